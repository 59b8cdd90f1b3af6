"""The article itself, wrapped for Chinese and with search matches highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from ..display import ROLE_STYLES, ArticleDisplay, Block, wrap

MATCH_STYLE = "bold underline $reader-hit"
CURRENT_STYLE = "bold reverse $reader-hit"
HEAD_ROLES = {"kicker", "title", "title-derived", "subtitle", "column", "byline", "dateline"}


class ArticleBody(Widget):
    """Renders one article's blocks; lines are wrapped here, at any CJK character."""

    DEFAULT_CSS = """
    ArticleBody { height: auto; }
    """

    class LinkClicked(Message):
        """A link to another article was clicked."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.article: ArticleDisplay | None = None
        self.matches: Sequence[Any] = ()
        self.current = -1
        self._wrapped: tuple[int, list[Content], list[str | None], list[int]] | None = None

    def show(
        self, article: ArticleDisplay | None, matches: Sequence[Any] = (), current: int = -1
    ) -> None:
        """Display ``article`` with ``matches`` highlighted, ``current`` emphasised."""
        self.article, self.matches, self.current = article, tuple(matches), current
        self._wrapped = None
        self.refresh(layout=True)

    def _wrap_lines(self, width: int) -> tuple[list[Content], list[str | None], list[int]]:
        cached = self._wrapped
        if cached and cached[0] == width:
            return cached[1], cached[2], cached[3]
        lines: list[Content] = []
        links: list[str | None] = []
        match_lines = [0] * len(self.matches)
        by_block: dict[tuple[str, int], list[tuple[int, Any]]] = {}
        for n, m in enumerate(self.matches):
            by_block.setdefault((m.field, m.index), []).append((n, m))
        previous = ""
        for block in self.article.blocks if self.article else ():
            if lines and not (block.role in HEAD_ROLES and previous in HEAD_ROLES):
                lines.append(Content(""))
                links.append(None)
            previous = block.role
            found = by_block.get((block.field, block.index), [])
            first = len(lines)
            ranges = wrap(block.text, width)
            for n, m in found:
                match_lines[n] = first + next(
                    (k for k, (_, end) in enumerate(ranges) if m.start + block.shift < end),
                    len(ranges) - 1,
                )
            lines.extend(self._lines(block, ranges, found))
            links.extend([block.link] * len(ranges))
        self._wrapped = (width, lines, links, match_lines)
        return lines, links, match_lines

    def _lines(self, block: Block, ranges: list[tuple[int, int]], found: list[tuple[int, Any]]):
        content = Content(block.text)
        style = ROLE_STYLES.get(block.role, "")
        if style:
            content = content.stylize(style)
        for n, m in found:
            content = content.stylize(
                CURRENT_STYLE if n == self.current else MATCH_STYLE,
                m.start + block.shift,
                m.end + block.shift,
            )
        for start, end in ranges:
            yield content[start:end]

    def links_by_line(self) -> list[str | None]:
        """For each displayed line, the article it links to (None for most)."""
        return list(self._wrap_lines(self._width())[1])

    def match_line(self, index: int) -> int:
        """The line (within this widget) of match ``index``."""
        _, _, match_lines = self._wrap_lines(self._width())
        return match_lines[index] if 0 <= index < len(match_lines) else 0

    def _width(self) -> int:
        return max(self.content_region.width, 10) if self.is_mounted else 80

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrap_lines(width)[0])

    def render(self) -> Content:
        lines, _, _ = self._wrap_lines(self._width())
        return Content("\n").join(lines)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        _, links, _ = self._wrap_lines(self._width())
        if 0 <= offset.y < len(links) and links[offset.y]:
            event.stop()
            self.post_message(self.LinkClicked(links[offset.y]))
