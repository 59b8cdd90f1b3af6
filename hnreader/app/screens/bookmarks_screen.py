"""The bookmarked articles; Enter opens one, d removes one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...i18n import t
from ..commands import pager_bindings
from ..display import MUTED, ArticleDisplay


class BookmarksScreen(ModalScreen[str | None]):
    """Bookmarks, newest first; dismisses with the chosen article id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,B", "dismiss(None)", t("key.close"), show=False),
        *pager_bindings({"down": "cursor('down')", "up": "cursor('up')"}),
        Binding("d,delete", "remove", t("key.remove"), show=False),
    ]

    def __init__(self, articles: Sequence[ArticleDisplay], remove: Callable[[str], None]) -> None:
        super().__init__()
        self.articles = list(articles)
        self._unbookmark = remove  # takes the bookmark off (state and list marks)

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-box") as box:
            box.border_title = t("bookmarks.title", n=len(self.articles))
            box.border_subtitle = t("bookmarks.hint")
            options = [
                Option(
                    Content.assemble(
                        Content.styled(f"{d.date_label} {d.page_label} ", MUTED),
                        d.prompt(False, True),
                    ),
                    id=d.id,
                )
                for d in self.articles
            ]
            if not options:
                options = [Option(Content(t("bookmarks.none")), disabled=True)]
            yield OptionList(*options, markup=False, id="bookmarks-list")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_remove(self) -> None:
        listing = self.query_one(OptionList)
        index = listing.highlighted
        if index is None:
            return
        option = listing.get_option_at_index(index)
        if option.disabled or option.id is None:
            return
        listing.remove_option_at_index(index)
        self.articles = [d for d in self.articles if d.id != option.id]
        self.query_one("#bookmarks-box").border_title = t("bookmarks.title", n=len(self.articles))
        self._unbookmark(option.id)

    def action_cursor(self, direction: str) -> None:
        listing = self.query_one(OptionList)
        listing.action_cursor_down() if direction == "down" else listing.action_cursor_up()
