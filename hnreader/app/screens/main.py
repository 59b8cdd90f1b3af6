"""The main screen: header, search bar, list pane and reading pane.

The screen owns the reader's state (issue, page, article, query, matches) and
pushes it down to the widgets; the widgets report up with messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.command import CommandPalette
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..commands import bindings
from ..display import ArticleDisplay, issue_keys, issue_summary
from ..messages import SearchFinished
from ..widgets.article_body import ArticleBody
from ..widgets.article_list import ArticleList
from ..widgets.article_view import ArticleView
from ..widgets.facet_list import FacetList
from ..widgets.issue_header import IssueHeader
from ..widgets.loading_panel import LoadingPanel
from ..widgets.search_bar import SearchBar
from ..widgets.trend_chart import TrendChart
from .analyst_hooks import AnalystHooks
from .bookmarks_screen import BookmarksScreen
from .help_screen import HelpScreen, binding_rows
from .issue_picker import IssuePicker
from .raw_page import RawPageScreen

if TYPE_CHECKING:
    from ...corpus.model import Corpus, Issue

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
}
NEEDS_ARTICLE = {"toggle_bookmark", "copy", "raw", "reporter"}


class MainScreen(AnalystHooks, Screen[None]):
    """Reads one issue at a time; searches all of them."""

    BINDINGS = bindings()
    AUTO_FOCUS = "ArticleList"

    def __init__(self) -> None:
        super().__init__(classes="-loading")
        self.corpus: Corpus | None = None
        self.index: Any = None
        self.displays: dict[str, ArticleDisplay] = {}
        self.issue_index = -1
        self.page_index = 0
        self.article_id: str | None = None
        self.query_text = ""
        self.results = False
        self.hits: list[Any] = []
        self.matches: tuple[Any, ...] = ()
        self.match_index = -1
        # Articles left by following a continued-story link; Escape goes back.
        self.followed: list[str] = []
        self._listed_issue = -1
        self._read_timer: Timer | None = None

    # ---- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield IssueHeader(id="header")
        yield SearchBar(id="search")
        yield LoadingPanel(id="loading")
        yield TrendChart(id="trend")
        with Horizontal(id="panes"):
            yield ArticleList(id="list")
            yield FacetList(id="facets")
            yield ArticleView(id="reader")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(IssueHeader).show(None, 0, 0, 0)
        self.set_class(self.app.size.width < NARROW, "-narrow")

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

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
            self.article_list.set_options([Option(Content("（没有可显示的文章）"), disabled=True)])
            return
        state = self.app.state
        if state.last_article in displays:
            self.open_article(state.last_article)
            return
        labels = [i.label for i in corpus.issues]
        if state.last_issue in labels:
            self.go_issue(labels.index(state.last_issue))
        else:
            self.go_issue(self._newest())
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
            self.article_list.show_issue(issue, self.displays, self._flags)
            self.query_one(IssueHeader).show(issue, 0, index, len(self.corpus.issues))
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
                selected=article_id,
            )
        else:
            listing.select_article(article_id)
        self._show_matches(first=True)
        self.query_one(IssueHeader).show(
            self.issue, self.page_index, self.issue_index, len(self.corpus.issues)
        )
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
        if self.app.state.mark_read(article_id):
            self.article_list.refresh_row(article_id, *self._flags(article_id))
            self.app.schedule_save()

    @on(ArticleList.Highlighted)
    def _highlighted(self, event: ArticleList.Highlighted) -> None:
        if event.article_id != self.article_id:
            self.open_article(event.article_id)

    @on(ArticleList.Opened)
    def _opened(self, event: ArticleList.Opened) -> None:
        self.open_article(event.article_id, focus_reader=True)

    @on(ArticleBody.LinkClicked)
    def _link(self, event: ArticleBody.LinkClicked) -> None:
        self.open_article(event.article_id, focus_reader=True)

    # ---- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        self.add_class("-searching")
        bar = self.search_bar
        bar.focus()
        bar.select_all() if bar.value else None

    @on(Input.Changed, "SearchBar")
    def _query_changed(self, event: Input.Changed) -> None:
        query = event.value.strip()
        self.query_text = query
        if not query:
            if self.results:
                self._show_issue_list()
            return
        self._search(query)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        hits = self.index.search(query, limit=SEARCH_LIMIT) if self.index else []
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, hits))
            self.analyse(query)

    @on(SearchFinished)
    def _search_finished(self, event: SearchFinished) -> None:
        if event.query != self.query_text:
            return  # typed on since: a newer search is on its way
        self.results = True
        self.hits = event.hits
        listing = self.article_list
        listing.show_results(
            event.hits, self.displays, self._flags, empty=f"（没有找到：{event.query}）"
        )
        listing.border_title = f"搜索结果 {len(event.hits)}"
        if event.hits:
            self.open_article(event.hits[0].article.id)

    @on(Input.Submitted, "SearchBar")
    def _query_submitted(self) -> None:
        if self.results and self.hits:
            listing = self.article_list
            option = listing.highlighted_option
            self.open_article(
                option.id if option and option.id else self.hits[0].article.id, focus_reader=True
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
        self.remove_class("-searching")
        self._show_issue_list()

    def action_back(self) -> None:
        focused = self.focused
        if isinstance(focused, SearchBar):
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
            self.notify("已是最后一期" if step > 0 else "已是第一期", timeout=2)
            return
        issue = self.issue
        page = issue.pages[self.page_index] if issue and issue.pages else None
        self.go_issue(target, page_number=page.number if page else None, page_index=self.page_index)

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
            self.notify("已是最后一版" if step > 0 else "已是第一版", timeout=2)

    def action_prev_page(self) -> None:
        self._step_page(-1)

    def action_next_page(self) -> None:
        self._step_page(1)

    def action_newest_issue(self) -> None:
        self.go_issue(self._newest())

    def action_pick_issue(self) -> None:
        if self.corpus is None:
            return
        issues = self.corpus.issues
        self.app.push_screen(
            IssuePicker(
                [issue_summary(i) for i in issues],
                [issue_keys(i) for i in issues],
                self.issue_index,
            ),
            self._picked,
        )

    def _picked(self, index: int | None) -> None:
        if index is not None:
            self.go_issue(index)
            self.article_list.focus()

    def action_jump_issue(self) -> None:
        from ..providers import IssueJumps

        self.app.push_screen(CommandPalette(providers=[IssueJumps], placeholder="跳到某一期…"))

    def action_jump_article(self) -> None:
        from ..providers import ArticleJumps

        self.app.push_screen(CommandPalette(providers=[ArticleJumps], placeholder="跳到文章…"))

    # ---- the article ----------------------------------------------------------------------

    def action_follow_link(self) -> None:
        disp = self.article
        if disp and disp.links:
            self.followed.append(disp.id)
            self.open_article(disp.links[0], focus_reader=True)

    def action_toggle_bookmark(self) -> None:
        disp = self.article
        if disp is None:
            return
        marked = self.app.state.toggle_bookmark(disp.id)
        self.article_list.refresh_row(disp.id, *self._flags(disp.id))
        self.app.schedule_save()
        self.notify("已加入书签" if marked else "已取消书签", timeout=2)

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
            self.open_article(article_id, focus_reader=True)

    def action_copy(self) -> None:
        disp = self.article
        if disp is not None:
            self.app.copy_to_clipboard(disp.plain_text())
            self.notify(f"已复制，附出处：{disp.citation}", markup=False, timeout=3)

    def action_raw(self) -> None:
        disp = self.article
        if disp is not None:
            self.app.push_screen(RawPageScreen(disp))

    def action_help(self) -> None:
        nodes = [
            ("App", self.app),
            ("Reader", self),
            ("List pane", self.article_list),
            ("Reading pane", self.reader),
        ]
        self.app.push_screen(HelpScreen(binding_rows(self.app, nodes)))

    def action_quit(self) -> None:
        self.app.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in NEEDS_CORPUS and self.corpus is None:
            return None
        if action in NEEDS_ARTICLE and self.article is None:
            return None
        if action in ("next_match", "prev_match") and not self.matches:
            return None
        if action == "follow_link" and not (self.article and self.article.links):
            return None
        return True
