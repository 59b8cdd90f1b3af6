"""The raw page text behind an article, its source lines marked."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..display import ArticleDisplay, sanitize

MARKED = "$text-warning"


class RawPageScreen(ModalScreen[None]):
    """Numbered raw lines of the article's page; its own lines marked with ▌."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,r,q", "dismiss", "Close", show=False),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
        Binding("g", "edge('home')", "Top", show=False),
        Binding("G", "edge('end')", "Bottom", show=False),
    ]

    def __init__(self, article: ArticleDisplay) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        page = self.article.page
        marked = set(self.article.full.source_lines)
        lines = self.article.raw_lines()
        width = len(str(len(lines)))
        parts: list[Content] = []
        for n, line in enumerate(lines, 1):
            mark = n in marked
            number = Content.styled(
                f"{'▌' if mark else ' '}{n:>{width}} ", MARKED if mark else "$text-muted"
            )
            text = Content(sanitize(line))
            parts.append(Content.assemble(number, text.stylize(MARKED) if mark else text))
        with VerticalScroll(id="raw-box") as box:
            box.border_title = Content(f"{sanitize(page.source)} · {self.article.page_label}")
            box.border_subtitle = f"▌ 本文 {len(marked)} 行  Esc 关闭"
            yield Static(Content("\n").join(parts), id="raw-text")

    def on_mount(self) -> None:
        first = min(self.article.full.source_lines, default=1)
        box = self.query_one(VerticalScroll)
        self.call_after_refresh(box.scroll_to, y=max(first - 4, 0), animate=False)

    def action_scroll(self, direction: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()

    def action_edge(self, where: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_home() if where == "home" else box.scroll_end()
