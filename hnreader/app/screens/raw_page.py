"""The raw page text behind an article, its source lines marked."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from ...i18n import t
from ..commands import pager_bindings
from ..display import MUTED, ArticleDisplay, sanitize, wrap

MARKED = "$reader-hit"


class NumberedLines(Widget):
    """Numbered lines wrapped to the width, continuations indented under the text."""

    DEFAULT_CSS = """
    NumberedLines { height: auto; }
    """

    def __init__(self, lines: list[str], marked: set[int], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lines = [sanitize(line) for line in lines]
        self.marked = marked
        self.lead_cells = len(str(len(lines))) + 2  # mark, number, space
        self._cache: tuple[int, list[Content], list[int]] | None = None

    def _wrapped(self, width: int) -> tuple[list[Content], list[int]]:
        """Display lines, and for each source line the display line it starts on."""
        if self._cache and self._cache[0] == width:
            return self._cache[1], self._cache[2]
        out: list[Content] = []
        starts: list[int] = []
        room = max(width - self.lead_cells, 8)
        for n, line in enumerate(self.lines, 1):
            mark = n in self.marked
            starts.append(len(out))
            number = f"{'▌' if mark else ' '}{n:>{self.lead_cells - 2}} "
            text = Content(line).stylize(MARKED) if mark else Content(line)
            for k, (a, b) in enumerate(wrap(line, room)):
                lead = number if k == 0 else ("▌" if mark else " ") + " " * (self.lead_cells - 1)
                out.append(
                    Content.assemble(Content.styled(lead, MARKED if mark else MUTED), text[a:b])
                )
        self._cache = (width, out, starts)
        return out, starts

    def line_of(self, number: int) -> int:
        """The display line where source line ``number`` (1-based) starts."""
        _, starts = self._wrapped(self.content_region.width or 80)
        return starts[min(max(number - 1, 0), len(starts) - 1)] if starts else 0

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrapped(width)[0])

    def render(self) -> Content:
        return Content("\n").join(self._wrapped(self.content_region.width or 80)[0])


class RawPageScreen(ModalScreen[None]):
    """Numbered raw lines of the article's page; its own lines marked with ▌."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,r,q", "dismiss", t("key.close"), show=False),
        *pager_bindings(
            {
                "down": "scroll('down')",
                "up": "scroll('up')",
                "top": "edge('home')",
                "bottom": "edge('end')",
            }
        ),
    ]

    def __init__(self, article: ArticleDisplay) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        page = self.article.page
        marked = set(self.article.article.source_lines)
        with VerticalScroll(id="raw-box") as box:
            box.border_title = Content(f"{sanitize(page.source)} · {self.article.page_label}")
            box.border_subtitle = t("raw.lines", n=len(marked))
            yield NumberedLines(list(page.raw_lines), marked, id="raw-text")

    def on_mount(self) -> None:
        first = min(self.article.article.source_lines, default=1)
        self.call_after_refresh(self._scroll_to, first)

    def _scroll_to(self, first: int) -> None:
        line = self.query_one(NumberedLines).line_of(first)
        self.query_one(VerticalScroll).scroll_to(y=max(line - 3, 0), animate=False)

    def action_scroll(self, direction: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()

    def action_edge(self, where: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_home() if where == "home" else box.scroll_end()
