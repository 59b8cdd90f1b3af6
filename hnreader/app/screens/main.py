"""The main screen: header, search bar, list pane and reading pane.

The screen owns the reader's state (issue, page, article, query, matches) and
pushes it down to the widgets; the widgets report up with messages.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.command import CommandPalette
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from ...i18n import Lang, t
from ..clipboard import copy_with_tool, save_copy
from ..commands import bindings
from ..display import MUTED, ArticleDisplay, issue_keys, issue_summary
from ..messages import SearchFinished
from ..widgets.article_body import ArticleBody
from ..widgets.article_list import ArticleList
from ..widgets.article_view import ArticleView
from ..widgets.facet_list import FacetList
from ..widgets.issue_header import IssueHeader
from ..widgets.loading_panel import LoadingPanel
from ..widgets.search_bar import SearchBar, SyntaxHint
from ..widgets.trend_chart import TrendChart
from .analyst_hooks import AnalystHooks
from .bookmarks_screen import BookmarksScreen
from .help_screen import HelpScreen, binding_rows
from .issue_picker import IssuePicker
from .raw_page import RawPageScreen

if TYPE_CHECKING:
    from ...corpus.model import Corpus, Issue, Page

NARROW = 90  # below this width the panes are stacked
SEARCH_LIMIT = 200
NEEDS_CORPUS = {
    "search",
    "prev_issue",
    "next_issue",
    "prev_page",
    "next_page",
    "pick_issue",
    "newest_issue",
    "jump_issue",
    "jump_article",
    "next_unread",
}
NEEDS_ARTICLE = {
    "toggle_bookmark",
    "copy",
    "raw",
    "mark_page_read",
    "mark_issue_read",
    "maximize",
    "reporter",
}
HISTORY_SIZE = 200  # places remembered for H/L


class MainScreen(AnalystHooks, Screen[None]):
    """Reads one issue at a time; searches all of them."""

    BINDINGS = bindings()
    AUTO_FOCUS = "ArticleList"

    # Where the reader is: set by the screen only, pushed down to the panes.
    article_id: var[str | None] = var(None, init=False)
    issue_index: var[int] = var(-1, init=False)
    page_index: var[int] = var(0, init=False)
    results: var[bool] = var(False, init=False)

    def __init__(self) -> None:
        super().__init__(classes="-loading")
        self.corpus: Corpus | None = None
        self.index: Any = None
        self.displays: dict[str, ArticleDisplay] = {}
        self.query_text = ""
        self.hits: list[Any] = []
        self.matches: tuple[Any, ...] = ()
        self.match_index = -1
        # Articles left by following a continued-story link; Escape goes back.
        self.followed: list[str] = []
        # Where the reader has been (article ids), and where in that list we are.
        self.history: list[str] = []
        self.history_at = -1
        self._listed_issue = -1
        self._read_timer: Timer | None = None

    # ---- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield IssueHeader(id="header")
        yield SearchBar(id="search")
        yield SyntaxHint(id="syntax")
        yield LoadingPanel(id="loading")
        yield TrendChart(id="trend")
        with Horizontal(id="panes"):
            yield ArticleList(id="list")
            yield FacetList(id="facets")
            yield ArticleView(id="reader")
        # The palette has its own line in the help and the palette itself; the
        # footer keeps to the keys a reader needs first, so it fits 80 columns.
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(IssueHeader).show(None, 0, 0, 0)
        self.on_resize()
        self.reader.body.styles.max_width = self.app.settings.reading_width

    def on_resize(self) -> None:
        narrow = self.app.size.width < NARROW
        self.set_class(narrow, "-narrow")
        # Compact footer keys on narrow terminals, so every one of them shows.
        self.query_one(Footer).compact = narrow

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def issue(self) -> Issue | None:
        if self.corpus is None or not 0 <= self.issue_index < len(self.corpus.issues):
            return None
        return self.corpus.issues[self.issue_index]

    @property
    def article(self) -> ArticleDisplay | None:
        return self.displays.get(self.article_id) if self.article_id else None

    def watch_article_id(self) -> None:
        # What the keys can do follows the open article (copy, links, matches).
        self.refresh_bindings()

    def _show_header(self) -> None:
        issue = self.issue
        self.query_one(IssueHeader).show(
            issue,
            self.page_index,
            self.issue_index,
            len(self.corpus.issues) if self.corpus else 0,
            unread=self.unread_in(issue.articles) if issue else 0,
        )

    def unread_in(self, articles: Any) -> int:
        """How many of ``articles`` are not read yet."""
        read = self.app.state.read
        return sum(1 for a in articles if a.id not in read)

    def _page_heading(self, p: int, page: Page) -> Content:
        label = self.displays[page.articles[0].id].page_label
        text = t("page.heading", label=label, count=len(page.articles))
        unread = self.unread_in(page.articles)
        heading = Content.styled(text, f"bold {MUTED}")
        if unread:
            heading = Content.assemble(
                heading, "  ", Content.styled(t("issue.unread", n=unread), "$reader-accent")
            )
        return heading

    def _flags(self, article_id: str) -> tuple[bool, bool]:
        state = self.app.state
        return article_id in state.read, article_id in state.bookmarks

    # ---- loading ------------------------------------------------------------------------

    def progress(self, done: int, total: int, name: str) -> None:
        self.query_one(LoadingPanel).progress(done, total, name)

    def loaded(self, corpus: Corpus, index: Any, displays: dict[str, ArticleDisplay]) -> None:
        """Take the loaded corpus and go to the last position (else the newest issue)."""
        self.corpus, self.index, self.displays = corpus, index, displays
        self.remove_class("-loading")
        if not corpus.issues or not displays:
            self.query_one(IssueHeader).show(None, 0, 0, 0)
            self.article_list.show_message(t("empty.corpus"))
            return
        state = self.app.state
        if state.last_article in displays:
            self.open_article(state.last_article)
        else:
            labels = [i.label for i in corpus.issues]
            if state.last_issue in labels:
                self.go_issue(labels.index(state.last_issue))
            else:
                self.go_issue(self._newest())
        self._push_history()
        if self.query_text:
            # Typed while loading: run it now that there is something to search.
            self._search(self.query_text)
        self.refresh_bindings()

    def _newest(self) -> int:
        issues = self.corpus.issues if self.corpus else ()
        dated = [n for n, i in enumerate(issues) if i.date]
        if not dated:
            return len(issues) - 1
        return max(dated, key=lambda n: issues[n].date)

    # ---- moving around ------------------------------------------------------------------

    def go_issue(
        self,
        index: int,
        page_number: int | None = None,
        page_index: int | None = None,
        last: bool = False,
    ) -> None:
        """Show issue ``index`` at a page (same number, else index, else the first)."""
        if self.corpus is None or not 0 <= index < len(self.corpus.issues):
            return
        if self.results:
            self._end_search()
        issue = self.corpus.issues[index]
        pages = [n for n, p in enumerate(issue.pages) if p.articles]
        if not pages:
            self.issue_index, self._listed_issue = index, index
            self.article_list.show_issue(issue, self.displays, self._flags, self._page_heading)
            self._show_header()
            return
        target = pages[-1] if last else pages[0]
        numbered = [n for n in pages if issue.pages[n].number == page_number]
        if page_number is not None and numbered:
            target = numbered[0]
        elif page_index is not None:
            target = min(pages, key=lambda n: (abs(n - page_index), n))
        self.open_article(issue.pages[target].articles[0].id)

    def open_article(self, article_id: str, focus_reader: bool = False) -> None:
        """Show an article in the reading pane, its issue in the header."""
        disp = self.displays.get(article_id)
        if disp is None or self.corpus is None:
            return
        self.article_id = article_id
        self.issue_index, self.page_index = disp.issue_index, disp.page_index
        listing = self.article_list
        if not self.results and self._listed_issue != disp.issue_index:
            self._listed_issue = disp.issue_index
            listing.show_issue(
                self.corpus.issues[disp.issue_index],
                self.displays,
                self._flags,
                self._page_heading,
                selected=article_id,
            )
        else:
            listing.select_article(article_id)
        self._show_matches(first=True)
        self._show_header()
        self.app.state.remember(self.issue.label if self.issue else None, article_id)
        self.app.schedule_save()
        if self._read_timer is not None:
            self._read_timer.stop()
        if focus_reader:
            self.mark_read(article_id)
            self.reader.focus()
        else:
            self._read_timer = self.set_timer(
                self.app.read_after, lambda: self.mark_read(article_id)
            )
        self.refresh_bindings()

    def _show_matches(self, first: bool = False, keep_scroll: bool = False) -> None:
        disp = self.article
        if disp is None:
            return
        if first:
            query = self.query_text if self.results else ""
            self.matches = tuple(self.index.matches(disp.article, query)) if query else ()
            self.match_index = 0 if self.matches else -1
        self.reader.show(disp, self.matches, self.match_index, keep_scroll=keep_scroll)

    def mark_read(self, article_id: str) -> None:
        self.mark_many_read([article_id])

    def mark_many_read(self, article_ids: Any) -> int:
        """Mark articles read; redraw their rows, the counts, and save once."""
        changed = [a for a in article_ids if self.app.state.mark_read(a)]
        for article_id in changed:
            self.article_list.refresh_row(article_id, *self._flags(article_id))
        if changed:
            self.article_list.refresh_headings()
            self._show_header()
            self.app.schedule_save()
        return len(changed)

    # ---- history: back and forward across opens, links and jumps ----------------------

    def _push_history(self) -> None:
        """Remember the article on screen as a place in the history."""
        here = self.article_id
        if here is None:
            return
        if 0 <= self.history_at < len(self.history) and self.history[self.history_at] == here:
            return
        del self.history[self.history_at + 1 :]
        self.history.append(here)
        if len(self.history) > HISTORY_SIZE:
            del self.history[0]
        self.history_at = len(self.history) - 1

    def navigate(self, go: Any, *args: Any, **kwargs: Any) -> None:
        """Run a jump (``go``) so that where it left and where it lands are history."""
        self._push_history()
        go(*args, **kwargs)
        self._push_history()

    def action_history_back(self) -> None:
        self._push_history()  # where the cursor has wandered to counts as a place
        if self.history_at <= 0:
            self.notify(t("history.start"), timeout=2)
            return
        self.history_at -= 1
        self._revisit(self.history[self.history_at])

    def action_history_forward(self) -> None:
        if self.history_at >= len(self.history) - 1:
            self.notify(t("history.end"), timeout=2)
            return
        self.history_at += 1
        self._revisit(self.history[self.history_at])

    def _revisit(self, article_id: str) -> None:
        if self.results:
            self._end_search()
        self.open_article(article_id, focus_reader=self.focused is self.reader)

    @on(ArticleList.Highlighted)
    def _highlighted(self, event: ArticleList.Highlighted) -> None:
        if event.article_id != self.article_id:
            self.open_article(event.article_id)

    @on(ArticleList.Opened)
    def _opened(self, event: ArticleList.Opened) -> None:
        self.navigate(self.open_article, event.article_id, focus_reader=True)

    @on(ArticleBody.LinkClicked)
    def _link(self, event: ArticleBody.LinkClicked) -> None:
        self.navigate(self.open_article, event.article_id, focus_reader=True)

    # ---- for the palette's providers ---------------------------------------------------

    def jump_to_article(self, article_id: str) -> None:
        """Open an article from anywhere (palette), leaving search results."""
        if self.results:
            self._end_search()
        self.navigate(self.open_article, article_id, focus_reader=True)

    def jump_to_issue(self, index: int) -> None:
        self.navigate(self.go_issue, index)

    def issue_entries(self) -> list[tuple[int, str, str]]:
        """(index, summary, folded date forms) of every issue, newest first."""
        from ...corpus.fold import fold_aligned as fold

        issues = self.corpus.issues if self.corpus else ()
        return [
            (
                n,
                issue_summary(issues[n], self.unread_in(issues[n].articles)),
                fold(issue_keys(issues[n])),
            )
            for n in range(len(issues) - 1, -1, -1)
        ]

    def issue_articles(self) -> list[ArticleDisplay]:
        """The current issue's articles, in page order."""
        issue = self.issue
        return [self.displays[a.id] for a in issue.articles] if issue else []

    # ---- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        self.add_class("-searching")
        bar = self.search_bar
        bar.focus()
        bar.select_all() if bar.value else None

    def action_syntax(self) -> None:
        """Show or hide the query syntax under the search bar (opening the bar)."""
        if not self.has_class("-searching"):
            self.action_search()
        self.toggle_class("-syntax")

    @on(Input.Changed, "SearchBar")
    def _query_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        self.query_text = query
        if not query:
            if self.results:
                self._show_issue_list()
            return
        self._search(query)

    def _search(self, query: str) -> None:
        if self.index is None:
            # Still loading: keep the query; ``loaded`` runs it.
            self.article_list.border_title = t("loading.search", query=query)
            return
        self._search_worker(query)

    @work(thread=True, exclusive=True, group="search")
    def _search_worker(self, query: str) -> None:
        hits = self.index.search(query, limit=SEARCH_LIMIT) if self.index else []
        self.analyse(query)  # posted first: the chart is drawn in the frame of the results
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, hits))

    @on(SearchFinished)
    def _search_finished(self, event: SearchFinished) -> None:
        if event.query != self.query_text:
            return  # typed on since: a newer search is on its way
        self.results = True
        self.hits = event.hits
        listing = self.article_list
        listing.show_results(
            event.hits, self.displays, self._flags, empty=t("results.none", query=event.query)
        )
        total = getattr(event.hits, "total", len(event.hits))
        listing.border_title = (
            t("results", n=total)
            if total <= len(event.hits)
            else t("results.shown", n=total, shown=len(event.hits))
        )
        if event.hits:
            self.open_article(event.hits[0].article.id)

    @on(Input.Submitted, "SearchBar")
    def _query_submitted(self) -> None:
        if self.results and self.hits:
            listing = self.article_list
            option = listing.highlighted_option
            self.navigate(
                self.open_article,
                option.id if option and option.id else self.hits[0].article.id,
                focus_reader=True,
            )

    def _show_issue_list(self) -> None:
        """Back from results to the current issue's list, matches cleared."""
        self.results = False
        self.hits = []
        self.end_analysis()
        self.article_list.border_title = ""
        self._listed_issue = -1
        if self.article_id:
            self.open_article(self.article_id)

    def _end_search(self) -> None:
        self.query_text = ""
        bar = self.search_bar
        with bar.prevent(Input.Changed):
            bar.value = ""
        self.remove_class("-searching", "-syntax")
        self._show_issue_list()

    def action_back(self) -> None:
        focused = self.focused
        if self.maximized is not None:
            self.minimize()
        elif isinstance(focused, SearchBar):
            self.remove_class("-syntax")
            if not self.results:
                self.remove_class("-searching")
            self.article_list.focus()
        elif focused is self.reader and self.followed:
            # Back from the other half of a continued story to where the link was.
            self.open_article(self.followed.pop(), focus_reader=True)
        elif focused is self.reader:
            self.article_list.focus()
        elif self.undo_narrowing():
            pass
        elif self.results or self.has_class("-searching"):
            self._end_search()
            self.article_list.focus()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if self.matches:
            self.match_index = (self.match_index + step) % len(self.matches)
            self._show_matches()

    # ---- issues and pages ---------------------------------------------------------------

    def _step_issue(self, step: int) -> None:
        if self.corpus is None:
            return
        target = self.issue_index + step
        if not 0 <= target < len(self.corpus.issues):
            self.notify(t("last.issue") if step > 0 else t("first.issue"), timeout=2)
            return
        issue = self.issue
        page = issue.pages[self.page_index] if issue and issue.pages else None
        self.navigate(
            self.go_issue,
            target,
            page_number=page.number if page else None,
            page_index=self.page_index,
        )

    def action_prev_issue(self) -> None:
        self._step_issue(-1)

    def action_next_issue(self) -> None:
        self._step_issue(1)

    def _step_page(self, step: int) -> None:
        issue = self.issue
        if issue is None:
            return
        pages = [n for n, p in enumerate(issue.pages) if p.articles]
        following = [n for n in pages if (n - self.page_index) * step > 0]
        if following:
            target = min(following) if step > 0 else max(following)
            self.go_issue(self.issue_index, page_index=target)
        elif self.corpus and 0 <= self.issue_index + step < len(self.corpus.issues):
            self.go_issue(self.issue_index + step, last=step < 0)
        else:
            self.notify(t("last.page") if step > 0 else t("first.page"), timeout=2)

    def action_prev_page(self) -> None:
        self._step_page(-1)

    def action_next_page(self) -> None:
        self._step_page(1)

    def action_newest_issue(self) -> None:
        self.navigate(self.go_issue, self._newest())

    def action_pick_issue(self) -> None:
        if self.corpus is None:
            return
        issues = self.corpus.issues
        self.app.push_screen(
            IssuePicker(
                [issue_summary(i, self.unread_in(i.articles)) for i in issues],
                [issue_keys(i) for i in issues],
                self.issue_index,
                [i.date for i in issues],
            ),
            self._picked,
        )

    def _picked(self, index: int | None) -> None:
        if index is not None:
            self.navigate(self.go_issue, index)
            self.article_list.focus()

    def action_jump_issue(self) -> None:
        from ..providers import IssueJumps

        self.app.push_screen(CommandPalette(providers=[IssueJumps], placeholder=t("palette.issue")))

    def action_jump_article(self) -> None:
        from ..providers import ArticleJumps

        self.app.push_screen(
            CommandPalette(providers=[ArticleJumps], placeholder=t("palette.article"))
        )

    def action_palette(self) -> None:
        self.app.action_command_palette()

    # ---- unread ---------------------------------------------------------------------------

    def action_next_unread(self) -> None:
        """The next unread article after this one: this issue, then later ones, then
        from the first issue round to here."""
        if self.corpus is None:
            return
        order = [a.id for issue in self.corpus.issues for a in issue.articles]
        start = order.index(self.article_id) + 1 if self.article_id in order else 0
        read = self.app.state.read
        for article_id in order[start:] + order[:start]:
            if article_id not in read and article_id != self.article_id:
                if self.results:
                    self._end_search()
                self.navigate(self.open_article, article_id)
                return
        self.notify(t("unread.none"), timeout=2)

    def action_mark_page_read(self) -> None:
        issue = self.issue
        if issue is None or not issue.pages:
            return
        page = issue.pages[self.page_index]
        n = self.mark_many_read(a.id for a in page.articles)
        self.notify(t("marked.page", n=n), timeout=2)

    def action_mark_issue_read(self) -> None:
        issue = self.issue
        if issue is None:
            return
        n = self.mark_many_read(a.id for a in issue.articles)
        self.notify(t("marked.issue", n=n), timeout=2)

    def action_maximize(self) -> None:
        """The reading pane fills the screen (narrow terminals); again to restore."""
        if self.maximized is not None:
            self.minimize()
        else:
            self.maximize(self.reader)
            self.reader.focus()

    # ---- the article ----------------------------------------------------------------------

    def action_follow_link(self) -> None:
        disp = self.article
        if disp and disp.links:
            self.followed.append(disp.id)
            self.navigate(self.open_article, disp.links[0], focus_reader=True)

    def action_toggle_bookmark(self) -> None:
        disp = self.article
        if disp is None:
            return
        marked = self.app.state.toggle_bookmark(disp.id)
        self.article_list.refresh_row(disp.id, *self._flags(disp.id))
        self.app.schedule_save()
        self.notify(t("bookmarked") if marked else t("unbookmarked"), timeout=2)

    def action_bookmarks(self) -> None:
        saved = [self.displays[b] for b in self.app.state.bookmarks if b in self.displays]
        self.app.push_screen(BookmarksScreen(saved, self._remove_bookmark), self._bookmark_chosen)

    def _remove_bookmark(self, article_id: str) -> None:
        if article_id in self.app.state.bookmarks:
            self.app.state.toggle_bookmark(article_id)
            if article_id in self.displays:
                self.article_list.refresh_row(article_id, *self._flags(article_id))
            self.app.schedule_save()

    def _bookmark_chosen(self, article_id: str | None) -> None:
        if article_id:
            if self.results:
                self._end_search()
            self.navigate(self.open_article, article_id, focus_reader=True)

    def action_copy(self) -> None:
        disp = self.article
        if disp is not None:
            self._copy(disp.plain_text(), disp.id, disp.citation)

    @work(thread=True, exclusive=True, group="copy")
    def _copy(self, text: str, name: str, citation: str) -> None:
        """Copy with a clipboard tool when there is one (its exit status says it
        worked); else OSC 52, which cannot be confirmed: say so, and save a file."""
        tool = copy_with_tool(text)
        if tool is not None:
            message = t("copied", tool=tool, citation=citation)
            self.app.call_from_thread(self._copied, message, "information")
            return
        self.app.call_from_thread(self.app.copy_to_clipboard, text)
        try:
            path = save_copy(text, self.app.copies_dir, name)
            message = t("copy.unsure", path=path)
        except OSError as exc:
            message = t("copy.unsure.nosave", error=exc)
        self.app.call_from_thread(self._copied, message, "warning")

    def _copied(self, message: str, severity: str) -> None:
        from ..display import sanitize

        self.notify(
            sanitize(message), title=t("copy.title"), severity=severity, markup=False, timeout=8
        )

    def action_raw(self) -> None:
        disp = self.article
        if disp is not None:
            self.app.push_screen(RawPageScreen(disp))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(binding_rows(self.app, self.active_bindings)))

    def action_quit(self) -> None:
        self.app.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("search", "syntax"):
            return True  # typed while loading, run once loaded
        if action in NEEDS_CORPUS and self.corpus is None:
            return None
        if action in NEEDS_ARTICLE and self.article is None:
            return None
        if action in ("next_match", "prev_match") and not self.matches:
            return None
        if action == "follow_link" and not (self.article and self.article.links):
            return None
        if action == "history_back" and not self.history:
            return None
        return True


@functools.cache
def screen_class(lang: Lang) -> type[MainScreen]:
    """The main screen with its bindings labelled in ``lang`` (bindings are made
    with the class, so each language has its own)."""
    return type("MainScreen", (MainScreen,), {"BINDINGS": bindings(), "__module__": __name__})
