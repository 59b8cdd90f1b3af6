"""The list pane: an issue's articles grouped by page, or search results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..display import ArticleDisplay, sanitize, styled_line

if TYPE_CHECKING:
    from ...corpus.model import Issue

Flags = Callable[[str], tuple[bool, bool]]
HIT_STYLE = "bold $text-warning"


class ArticleList(OptionList):
    """Articles as rows; reports highlighted and opened articles up."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved onto an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Opened(Message):
        """An article was chosen (Enter or click)."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, **kwargs)
        self.mode = "issue"
        self._rows: dict[str, Callable[[bool, bool], Content]] = {}

    def show_issue(
        self,
        issue: Issue,
        displays: dict[str, ArticleDisplay],
        flags: Flags,
        selected: str | None = None,
    ) -> None:
        """List ``issue``'s articles under one heading per page."""
        self.mode = "issue"
        self._rows = {}
        options: list[Option] = []
        for p, page in enumerate(issue.pages):
            if not page.articles:
                continue
            label = displays[page.articles[0].id].page_label
            count = len(page.articles)
            options.append(
                Option(
                    Content.styled(f"── {label} · {count}篇", "bold $text-muted"),
                    id=f"page-{p}",
                    disabled=True,
                )
            )
            for art in page.articles:
                disp = displays[art.id]
                self._rows[art.id] = disp.prompt
                options.append(Option(disp.prompt(*flags(art.id)), id=art.id))
        self._replace(options, selected)

    def show_results(
        self,
        hits: Sequence[Any],
        displays: dict[str, ArticleDisplay],
        flags: Flags,
        selected: str | None = None,
        empty: str = "",
    ) -> None:
        """List search hits: date and page, headline, snippet with the hits highlighted."""
        self.mode = "results"
        self._rows = {}
        options = []
        for hit in hits:
            disp = displays.get(hit.article.id)
            if disp is None:
                continue

            def row(read: bool, bookmarked: bool, disp=disp, hit=hit) -> Content:
                # The date says where a hit is; a page is worth the room only when known.
                page = disp.article.page_number
                where_text = f"{disp.date_label} 第{page}版 " if page else f"{disp.date_label} "
                where = Content.styled(where_text, "$text-muted")
                snippet = styled_line(
                    sanitize(hit.snippet),
                    "$text-muted",
                    ((s, e, HIT_STYLE) for s, e in hit.snippet_spans),
                )
                return Content.assemble(where, disp.prompt(read, bookmarked), "\n    ", snippet)

            self._rows[disp.id] = row
            options.append(Option(row(*flags(disp.id)), id=disp.id))
        if not options:
            options.append(Option(Content.styled(empty, "$text-muted"), disabled=True))
        self._replace(options, selected)

    def _replace(self, options: list[Option], selected: str | None) -> None:
        self.set_options(options)
        index = None
        if selected is not None:
            try:
                index = self.get_option_index(selected)
            except Exception:  # an id from another issue: start at the top instead
                index = None
        if index is None:
            index = next((n for n, o in enumerate(options) if not o.disabled), None)
        self.highlighted = index
        if index is not None:
            self.scroll_to_highlight()

    def action_page_up(self) -> None:
        # The page heading rows are disabled; landing on one must not stall the cursor.
        before = self.highlighted
        super().action_page_up()
        if self.highlighted is None or self.highlighted == before:
            self.action_first()

    def action_page_down(self) -> None:
        before = self.highlighted
        super().action_page_down()
        if self.highlighted is None or self.highlighted == before:
            self.action_last()

    def refresh_row(self, article_id: str, read: bool, bookmarked: bool) -> None:
        """Redraw one row after its read or bookmark mark changed."""
        row = self._rows.get(article_id)
        if row is not None:
            self.replace_option_prompt(article_id, row(read, bookmarked))

    def select_article(self, article_id: str) -> bool:
        """Move the cursor to ``article_id`` if it is listed."""
        if article_id not in self._rows:
            return False
        self.highlighted = self.get_option_index(article_id)
        self.scroll_to_highlight()
        return True

    @property
    def article_ids(self) -> list[str]:
        return list(self._rows)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id in self._rows:
            self.post_message(self.Highlighted(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self._rows:
            self.post_message(self.Opened(event.option.id))
