"""The analyst views on the main screen: a trend chart over the results, facet lists
beside them, a reporter's page from the article.

Mixed into the main screen, which calls three hooks: :meth:`AnalystHooks.analyse`
from its search worker, :meth:`AnalystHooks.end_analysis` when it leaves the
results, :meth:`AnalystHooks.undo_narrowing` on Escape. The rest answers the
widgets' messages. Counting runs in workers (the archive's engine counts its
fast fields); only their results touch widgets.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from ...analysis.facets import Facet
from ...analysis.narrowing import Narrowing
from ...analysis.trend import Trend
from ...i18n import t
from ..widgets.article_list import ArticleList
from ..widgets.facet_list import FacetList
from ..widgets.trend_chart import TrendChart
from .reporter_screen import ReporterScreen

NARROWED_LIMIT = 200  # narrowed results listed, best first


class AnalysisReady(Message):
    """What to draw for a narrowing: the chart's trend and the facet lists' counts."""

    def __init__(
        self, narrowing: Narrowing, trend: Trend, counts: dict[Facet, list[tuple[str, int]]]
    ) -> None:
        super().__init__()
        self.narrowing, self.trend, self.counts = narrowing, trend, counts


class NarrowedResults(Message):
    """The hits left by a narrowing, best first, and how many there are in all."""

    def __init__(self, narrowing: Narrowing, hits: list[Any], total: int) -> None:
        super().__init__()
        self.narrowing, self.hits, self.total = narrowing, hits, total


class AnalystHooks:
    """Trend chart, facet lists and reporter pages for the main screen."""

    narrowing: Narrowing | None = None
    comparison: str = ""

    # ---- hooks the screen calls -----------------------------------------------------------

    def analyse(self, query: str) -> None:
        """Count the matches of ``query`` (called from the search worker, before it
        posts the results, so that chart and results are drawn in the same frame)."""
        if self.index is None:
            return
        self._count(Narrowing(query, self.index.tally()), "")

    def end_analysis(self) -> None:
        """Back to reading: forget the query's counts and choices."""
        self.narrowing = None
        self.comparison = ""
        self.remove_class("-analysing")

    def undo_narrowing(self) -> bool:
        """Undo the last facet choice or period; False when there is nothing to undo."""
        if not (self.results and self.narrowing and self.narrowing.narrowed):
            return False
        self._narrow(self.narrowing.undo())
        return True

    # ---- counting -------------------------------------------------------------------------

    def _count(self, narrowing: Narrowing, comparison: str) -> None:
        """Work out what the chart and the facet lists show (on a worker thread)."""
        from ...search.query import QueryError

        try:
            trend, counts = narrowing.view(compare=comparison or None)
        except QueryError:
            return
        if not get_current_worker().is_cancelled:
            self.post_message(AnalysisReady(narrowing, trend, counts))

    @work(thread=True, exclusive=True, group="analysis")
    def _recount(self, narrowing: Narrowing, comparison: str) -> None:
        self._count(narrowing, comparison)

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        narrowing = message.narrowing
        if narrowing.query != self.query_text:
            return  # typed on since
        self.narrowing = narrowing
        self.add_class("-analysing")
        self.query_one(TrendChart).show(message.trend, narrowing.period)
        self.query_one(FacetList).show(message.counts, narrowing.choices)

    def _narrow(self, narrowing: Narrowing) -> None:
        self.narrowing = narrowing
        self._recount(narrowing, self.comparison)
        if narrowing.narrowed:
            self._narrowed_hits(narrowing)
        else:
            self._list_hits(self.hits, len(self.hits))

    @work(thread=True, exclusive=True, group="narrow")
    def _narrowed_hits(self, narrowing: Narrowing) -> None:
        tally = narrowing.tally
        within = tally.within(narrowing.choices, narrowing.period)
        hits = self.index.search(narrowing.query, NARROWED_LIMIT, within=within)
        total = narrowing.total()
        if not get_current_worker().is_cancelled:
            self.post_message(NarrowedResults(narrowing, hits, total))

    def on_narrowed_results(self, message: NarrowedResults) -> None:
        if message.narrowing is not self.narrowing:
            return  # chosen on since
        self._list_hits(message.hits, message.total)

    def _list_hits(self, hits: list[Any], total: int) -> None:
        listing = self.query_one(ArticleList)
        listing.show_results(hits, self.displays, self._flags, empty=t("narrowed.empty"))
        listing.border_title = f"{t('results.title')} {total}"
        if hits:
            self.open_article(hits[0].article.id)

    # ---- the widgets' requests ------------------------------------------------------------

    def on_facet_list_chosen(self, message: FacetList.Chosen) -> None:
        if self.narrowing is not None:
            self._narrow(self.narrowing.choose(message.choice))

    def on_trend_chart_period_picked(self, message: TrendChart.PeriodPicked) -> None:
        if self.narrowing is not None:
            self._narrow(self.narrowing.pick(message.period))

    def on_trend_chart_compare_asked(self, message: TrendChart.CompareAsked) -> None:
        self.comparison = message.query
        if self.narrowing is not None:
            self._recount(self.narrowing, self.comparison)

    # ---- a reporter's page ----------------------------------------------------------------

    def reporter_names(self) -> list[str]:
        """The names credited by the article in the reading pane."""
        from ...analysis.names import names

        disp = self.article
        return names(disp.article.byline, disp.article.dateline) if disp else []

    def action_reporter(self) -> None:
        found = self.reporter_names()
        if not found:
            self.notify("这篇文章没有署名", timeout=2)
            return
        from ...analysis.reporter import profile

        tally = self.index.tally()

        def profile_of(name: str):
            return profile(name, tally, tally.articles)

        self.app.push_screen(ReporterScreen(found, profile_of, self.displays), self._reporter_piece)

    def _reporter_piece(self, article_id: str | None) -> None:
        if article_id:
            if self.results:
                self._end_search()
            self.open_article(article_id, focus_reader=True)
