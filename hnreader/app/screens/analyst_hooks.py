"""The analyst views on the main screen: a trend chart over the results, facet lists
beside them, a reporter's page from the article.

Mixed into the main screen, which calls three hooks: :meth:`AnalystHooks.analyse`
from its search worker, :meth:`AnalystHooks.end_analysis` when it leaves the
results, :meth:`AnalystHooks.undo_narrowing` on Escape. The rest answers the
widgets' messages. Counting runs in workers; only their results touch widgets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from ...analysis.narrowing import Narrowing
from ...analysis.rows import CorpusRows
from ..widgets.article_list import ArticleList
from ..widgets.facet_list import FacetList
from ..widgets.trend_chart import TrendChart
from .reporter_screen import ReporterScreen

NARROWED_LIMIT = 200  # narrowed results listed, best first
EMPTY = "（没有符合所选条件的文章）"
RESULTS = "搜索结果"


class AnalysisReady(Message):
    """Every match of ``query`` as rows, ready to count and narrow."""

    def __init__(self, query: str, narrowing: Narrowing) -> None:
        super().__init__()
        self.query, self.narrowing = query, narrowing


class ComparisonReady(Message):
    """The matches of a second query to draw on the chart (None: stop comparing)."""

    def __init__(self, narrowing: Narrowing | None) -> None:
        super().__init__()
        self.narrowing = narrowing


class NarrowedResults(Message):
    """The hits left by the narrowing of ``query``, best first."""

    def __init__(self, query: str, narrowing: Narrowing, hits: list[Any]) -> None:
        super().__init__()
        self.query, self.narrowing, self.hits = query, narrowing, hits


class AnalystHooks:
    """Trend chart, facet lists and reporter pages for the main screen."""

    narrowing: Narrowing | None = None
    comparison: Narrowing | None = None
    _rows: CorpusRows | None = None
    _dates: list[dt.date | None] | None = None

    # ---- hooks the screen calls -----------------------------------------------------------

    def analyse(self, query: str) -> None:
        """Count every match of ``query`` (called from the search worker)."""
        narrowing = self._narrowing_of(query)
        if narrowing is not None and not get_current_worker().is_cancelled:
            self.post_message(AnalysisReady(query, narrowing))

    def end_analysis(self) -> None:
        """Back to reading: forget the query's counts and choices."""
        self.narrowing = None
        self.comparison = None
        self.remove_class("-analysing")

    def undo_narrowing(self) -> bool:
        """Undo the last facet choice or period; False when there is nothing to undo."""
        if not (self.results and self.narrowing and self.narrowing.narrowed):
            return False
        self._narrow(self.narrowing.undo())
        return True

    # ---- counting -------------------------------------------------------------------------

    def _narrowing_of(self, query: str) -> Narrowing | None:
        if self.index is None or self.corpus is None:
            return None
        rows = self._corpus_rows()
        from ...corpus.query import QueryError

        try:
            articles = self.index.matching(query)
        except QueryError:
            return None
        return Narrowing(query, tuple(rows.rows(a.id for a in articles)))

    def _corpus_rows(self) -> CorpusRows:
        """Rows of the loaded corpus (made again when another corpus is loaded)."""
        rows = self._rows
        if rows is None or rows.corpus is not self.corpus:
            self._dates = [a.issue_date for a in self.corpus.articles]
            rows = self._rows = CorpusRows(self.corpus)
        return rows

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.query != self.query_text:
            return
        self.narrowing = message.narrowing
        self.comparison = None
        self.add_class("-analysing")
        self._draw_analysis()

    def _draw_analysis(self) -> None:
        narrowing = self.narrowing
        if narrowing is None:
            return
        chart = self.query_one(TrendChart)
        chart.show(narrowing.trend(self._dates or [], compare=self.comparison), narrowing.period)
        self.query_one(FacetList).show(narrowing.facet_counts(), narrowing.choices)

    def _narrow(self, narrowing: Narrowing) -> None:
        self.narrowing = narrowing
        self._draw_analysis()
        if narrowing.narrowed:
            self._narrowed_hits(narrowing)
        else:
            self._list_hits(self.hits, len(narrowing.rows))

    @work(thread=True, exclusive=True, group="narrow")
    def _narrowed_hits(self, narrowing: Narrowing) -> None:
        kept = set(narrowing.kept_ids())
        hits = [
            h for h in self.index.search(narrowing.query, len(self.index)) if h.article.id in kept
        ]
        if not get_current_worker().is_cancelled:
            self.post_message(NarrowedResults(narrowing.query, narrowing, hits[:NARROWED_LIMIT]))

    def on_narrowed_results(self, message: NarrowedResults) -> None:
        if message.narrowing is not self.narrowing:
            return  # chosen on since
        self._list_hits(message.hits, len(message.narrowing.kept()))

    def _list_hits(self, hits: list[Any], total: int) -> None:
        listing = self.query_one(ArticleList)
        listing.show_results(hits, self.displays, self._flags, empty=EMPTY)
        listing.border_title = f"{RESULTS} {total}"
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
        self._compare(message.query)

    @work(thread=True, exclusive=True, group="compare")
    def _compare(self, query: str) -> None:
        narrowing = self._narrowing_of(query) if query else None
        if not get_current_worker().is_cancelled:
            self.post_message(ComparisonReady(narrowing))

    def on_comparison_ready(self, message: ComparisonReady) -> None:
        self.comparison = message.narrowing
        self._draw_analysis()

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
        rows = self._corpus_rows()
        self.app.push_screen(
            ReporterScreen(found, rows.all_rows, self.displays), self._reporter_piece
        )

    def _reporter_piece(self, article_id: str | None) -> None:
        if article_id:
            if self.results:
                self._end_search()
            self.open_article(article_id, focus_reader=True)
