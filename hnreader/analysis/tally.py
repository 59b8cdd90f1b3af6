"""Counting a query's matches by period and facet, from where the matches are kept.

A :class:`Tally` answers three questions about the articles a query matches,
narrowed by facet choices and a period: how many per month, how many per value
of a facet, and how many in all. :class:`RowTally` counts rows held in memory;
:class:`EngineTally` asks the archive's engine, counting its fast fields without
loading a single article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..corpus.model import Article
from .facets import Choice, Facet, count, rank_values, select
from .rows import Row
from .trend import Granularity, Period, Trend, trend_counts

# Values asked of the engine per facet: far more than any list shows, so the
# most frequent ones are exact.
ENGINE_VALUES = 1000
# Month buckets asked of the engine: more than a century of months.
ENGINE_MONTHS = 1500
# Articles listed for one facet value (a reporter's pieces), newest first.
ENGINE_PIECES = 2000


class Tally(Protocol):
    """Counts of what a query (None: every article) matches, narrowed by choices."""

    def months(
        self, query: str | None, choices: Sequence[Choice] = (), period: Period | None = None
    ) -> Counter[dt.date | None]:
        """Matches per month (keyed by its first day; None for undated ones)."""
        ...

    def values(
        self,
        query: str | None,
        facet: Facet,
        choices: Sequence[Choice] = (),
        period: Period | None = None,
        limit: int | None = None,
    ) -> list[tuple[str, int]]:
        """Each value of ``facet`` among the matches and how many carry it, most first."""
        ...

    def total(
        self, query: str | None, choices: Sequence[Choice] = (), period: Period | None = None
    ) -> int:
        """How many articles match."""
        ...

    def breakdown(
        self,
        query: str | None,
        facets: Iterable[Facet],
        choices: Sequence[Choice] = (),
        period: Period | None = None,
        limit: int | None = None,
    ) -> Breakdown:
        """``months`` and ``values`` of several facets at once (one pass where it can)."""
        ...


@dataclass(frozen=True)
class Breakdown:
    """Matches per month and the most frequent values of some facets."""

    months: Counter[dt.date | None]
    values: dict[Facet, list[tuple[str, int]]]


def query_trend(
    tally: Tally,
    queries: Sequence[str | None],
    choices: Sequence[Choice] = (),
    by: Granularity | None = None,
    labels: Sequence[str] = (),
) -> Trend:
    """``queries`` (None: every article) counted over the same periods, spanning
    every article's date; each series is labelled by its query unless ``labels``
    names it."""
    series: dict[str, Counter[dt.date | None]] = {}
    for n, query in enumerate(queries):
        label = labels[n] if n < len(labels) else query or ""
        if label in series:
            label = f"{label} ({n + 1})"
        series[label] = tally.months(query, choices)
    return trend_counts(series, tally.months(None), by)


class RowTally:
    """Counts over rows in memory; ``matching(query)`` gives the ids a query matches."""

    def __init__(
        self, rows: Callable[[], Sequence[Row]], matching: Callable[[str], Iterable[str]]
    ) -> None:
        self._all = rows
        self._matching = matching
        self._by_id: dict[str, Row] | None = None

    def rows(
        self, query: str | None, choices: Sequence[Choice] = (), period: Period | None = None
    ) -> list[Row]:
        """The rows matching, in the order ``matching`` gives them."""
        if self._by_id is None:
            self._by_id = {r.id: r for r in self._all()}
        if query is None:
            found = list(self._by_id.values())
        else:
            found = [self._by_id[i] for i in self._matching(query) if i in self._by_id]
        found = select(found, choices)
        if period is not None:
            found = [r for r in found if period.contains(r.date)]
        return found

    def months(self, query, choices=(), period=None) -> Counter[dt.date | None]:
        return Counter(_month(r.date) for r in self.rows(query, choices, period))

    def values(self, query, facet, choices=(), period=None, limit=None):
        return count(self.rows(query, choices, period), facet, limit)

    def total(self, query, choices=(), period=None) -> int:
        return len(self.rows(query, choices, period))

    def breakdown(self, query, facets, choices=(), period=None, limit=None) -> Breakdown:
        rows = self.rows(query, choices, period)
        months = Counter(_month(r.date) for r in rows)
        return Breakdown(months, {f: count(rows, f, limit) for f in facets})


class EngineTally:
    """Counts from the archive engine's fast fields (month, page, kind, reporter,
    place, column), for the articles under ``paths`` (None: the whole archive)."""

    def __init__(self, archive: Any, paths: Sequence[str] | None = None) -> None:
        self.archive = archive
        self.paths = list(paths) if paths else None
        # Every article's months, the same for every query: kept while the index is.
        self._everything: tuple[Any, Counter[dt.date | None]] | None = None

    def within(self, choices: Sequence[Choice] = (), period: Period | None = None) -> Any:
        """The engine query for the chosen values and period (None: no narrowing)."""
        engine = self.archive.engine
        parts = [
            engine.value(c.facet.value, int(c.value) if c.facet is Facet.PAGE else c.value)
            for c in choices
        ]
        if period is not None:
            parts.append(engine.dates([(period.start, period.last_day)]))
        if not parts:
            return None
        from ..archive.engine import all_of

        return all_of(parts)

    def articles(self, choices: Sequence[Choice], limit: int = ENGINE_PIECES) -> list[Article]:
        """The articles carrying every chosen value, newest first, without their bodies."""
        from ..archive.engine import all_of

        engine = self.archive.engine
        query = all_of([q for q in (self.within(choices), self._scope()) if q is not None])
        keys = [key for key, _ in engine.entries(query, limit)]
        found = self.archive.store.articles_by_key(keys, bodies=False)
        return [found[k] for k in keys if k in found]

    def _counts(self, query, sizes, choices, period) -> dict[str, dict[Any, int]]:
        within = self.within(choices, period)
        if query is None:
            from ..archive.engine import all_of

            everything = all_of([q for q in (within, self._scope()) if q is not None])
            return self.archive.engine.counts_by(everything, sizes)
        return self.archive.searcher.counts_by(query, sizes, self.paths, within)

    def _scope(self) -> Any:
        if not self.paths:
            return None
        files = sorted(self.archive.store.files(self.paths))
        return self.archive.engine.paths(files)

    def months(self, query, choices=(), period=None) -> Counter[dt.date | None]:
        if query is None and not choices and period is None:
            return self._all_months()
        return _months(self._counts(query, {"month": ENGINE_MONTHS}, choices, period)["month"])

    def _all_months(self) -> Counter[dt.date | None]:
        searcher = self.archive.engine.searcher  # a new one after every commit
        if self._everything is None or self._everything[0] is not searcher:
            counted = self._counts(None, {"month": ENGINE_MONTHS}, (), None)["month"]
            self._everything = (searcher, _months(counted))
        return self._everything[1]

    def values(self, query, facet, choices=(), period=None, limit=None):
        return self.breakdown(query, [facet], choices, period, limit).values[facet]

    def breakdown(self, query, facets, choices=(), period=None, limit=None) -> Breakdown:
        facets = list(facets)
        sizes = {"month": ENGINE_MONTHS, **{f.value: ENGINE_VALUES for f in facets}}
        counted = self._counts(query, sizes, choices, period)
        values = {}
        for facet in facets:
            found = counted[facet.value]
            if facet is Facet.PAGE:
                found = {str(k): n for k, n in found.items() if k}  # 0: no page number
            ranked = rank_values(((str(v), n) for v, n in found.items()), facet)
            values[facet] = ranked[:limit] if limit is not None else ranked
        return Breakdown(_months(counted["month"]), values)

    def total(self, query, choices=(), period=None) -> int:
        return sum(self.months(query, choices, period).values())


def _month(date: dt.date | None) -> dt.date | None:
    return date.replace(day=1) if date else None


def _months(counted: dict[int, int]) -> Counter[dt.date | None]:
    """Engine month buckets (YYYYMM; 0 for no date) as first days of months."""
    found: Counter[dt.date | None] = Counter()
    for month, n in counted.items():
        found[dt.date(month // 100, month % 100, 1) if month else None] += n
    return found
