"""The reading pane: a scrollable, width-limited view of one article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content

from ...i18n import t
from ..commands import pager_bindings
from ..display import ArticleDisplay
from .article_body import ArticleBody


class ArticleView(VerticalScroll, can_focus=True):
    """Scrolls the article body; j/k, space, g/G as in a pager."""

    ALLOW_MAXIMIZE = True
    BINDINGS: ClassVar[list[BindingType]] = pager_bindings(
        {
            "down": "scroll_down",
            "up": "scroll_up",
            "top": "scroll_home",
            "bottom": "scroll_end",
            "page_down": "page_down",
        }
    )

    def compose(self) -> ComposeResult:
        yield ArticleBody()

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def show(
        self,
        article: ArticleDisplay | None,
        matches: Sequence[Any] = (),
        current: int = -1,
        keep_scroll: bool = False,
    ) -> None:
        """Show ``article``; scroll to the top, or to the current match."""
        same = self.body.article is article
        self.body.show(article, matches, current)
        self.border_title = Content(f"{article.date_label} {article.page_label}" if article else "")
        self.border_subtitle = t("matches", n=current + 1, total=len(matches)) if matches else ""
        if current >= 0:
            self.call_after_refresh(self._scroll_to_match, current)
        elif not (same and keep_scroll):
            self.scroll_home(animate=False)

    def _scroll_to_match(self, index: int) -> None:
        line = self.body.virtual_region.y + self.body.match_line(index)
        target = line - self.scrollable_content_region.height // 3
        self.scroll_to(y=max(target, 0), animate=False)
