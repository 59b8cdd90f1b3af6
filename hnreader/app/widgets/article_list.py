"""The list pane: an issue's articles grouped by page, or search results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...i18n import t
from ..commands import pager_bindings
from ..display import (
    MUTED,
    ArticleDisplay,
    collapse,
    moved,
    row,
    sanitize,
    snippet_window,
    styled_line,
)

if TYPE_CHECKING:
    from ...corpus.model import Issue, Page

Flags = Callable[[str], tuple[bool, bool]]
Heading = Callable[[int, "Page"], Content]
# Hits stand out by weight and underline as well as colour.
HIT_STYLE = "bold underline $reader-hit"
SNIPPET_INDENT = 4


class ArticleList(OptionList):
    """Articles as rows; reports highlighted and opened articles up."""

    BINDINGS: ClassVar[list[BindingType]] = pager_bindings(
        {
            "down": "cursor_down",
            "up": "cursor_up",
            "top": "first",
            "bottom": "last",
            "page_down": "page_down",
        }
    )

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
        self._headings: dict[str, tuple[int, Page]] = {}
        self._heading: Heading | None = None

    def show_issue(
        self,
        issue: Issue,
        displays: dict[str, ArticleDisplay],
        flags: Flags,
        heading: Heading,
        selected: str | None = None,
    ) -> None:
        """List ``issue``'s articles under one heading per page (``heading`` draws it)."""
        self.mode = "issue"
        self._rows = {}
        self._headings = {}
        self._heading = heading
        options: list[Option] = []
        for p, page in enumerate(issue.pages):
            if not page.articles:
                continue
            self._headings[f"page-{p}"] = (p, page)
            options.append(Option(heading(p, page), id=f"page-{p}", disabled=True))
            for art in page.articles:
                disp = displays[art.id]
                self._rows[art.id] = disp.prompt
                options.append(Option(disp.prompt(*flags(art.id)), id=art.id))
        self._replace(options, selected)

    def refresh_headings(self) -> None:
        """Redraw the page headings (their unread counts changed)."""
        if self.mode != "issue" or self._heading is None:
            return
        for option_id, (p, page) in self._headings.items():
            self.replace_option_prompt(option_id, self._heading(p, page))

    def show_results(
        self,
        hits: Sequence[Any],
        displays: dict[str, ArticleDisplay],
        flags: Flags,
        selected: str | None = None,
        empty: str = "",
    ) -> None:
        """List search hits: where, headline with its hits, snippet centred on the
        first hit in the body; near matches say so."""
        self.mode = "results"
        self._rows = {}
        self._headings = {}
        options = []
        snippet_cells = max(self.scrollable_content_region.width - SNIPPET_INDENT - 1, 10)
        for hit in hits:
            disp = displays.get(hit.article.id)
            if disp is None:
                continue
            self._rows[disp.id] = partial(_result_row, disp, hit, snippet_cells)
            options.append(Option(self._rows[disp.id](*flags(disp.id)), id=disp.id))
        if not options:
            options.append(Option(Content.styled(empty, MUTED), disabled=True))
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

    def show_message(self, text: str) -> None:
        """One disabled line instead of the list (loading, nothing to show)."""
        self._rows = {}
        self._headings = {}
        self.set_options([Option(Content.styled(text, MUTED), disabled=True)])

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


def _result_row(
    disp: ArticleDisplay, hit: Any, snippet_cells: int, read: bool, bookmarked: bool
) -> Content:
    """A search result: date and page, then the article's row with the headline's
    hits marked, then the snippet around the first hit in the body."""
    page = disp.article.page_number
    where_text = f"{disp.date_label} {t('page', n=page)} " if page else f"{disp.date_label} "
    where = Content.styled(where_text, MUTED)
    if getattr(hit, "near", False):
        where = Content.assemble(where, Content.styled(f"〔{t('near')}〕", "italic $reader-hit"))
    title_spans = _spans_in(hit, "title", disp.article.title)
    kicker_spans = _spans_in(hit, "kicker", disp.article.kicker)
    head = row(disp, read, bookmarked, title_spans, kicker_spans, HIT_STYLE, kicker_above=False)
    text, spans = snippet_window(sanitize(hit.snippet), list(hit.snippet_spans), snippet_cells)
    snippet = styled_line(text, MUTED, ((s, e, HIT_STYLE) for s, e in spans))
    return Content.assemble(where, head, "\n", " " * SNIPPET_INDENT, snippet)


def _spans_in(hit: Any, field: str, original: str) -> list[tuple[int, int]]:
    """The hit's matches in one headline field, as offsets into its displayed form."""
    _, where = collapse(sanitize(original))
    return moved(((m.start, m.end) for m in hit.matches if m.field == field), where)
