"""A query's matches narrowed step by step: facet choices and a period, undone in reverse.

The reader keeps one :class:`Narrowing` per query: the query, the facet values
chosen and the period picked on the chart, and the :class:`~.tally.Tally` that
counts them. It answers what the facet lists count and what the chart draws;
Escape undoes the last step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .facets import Choice, Facet
from .tally import Tally, query_trend
from .trend import Granularity, Period, Trend, trend_counts

# Values listed per facet beside the results.
FACET_LIST_LENGTH = 8


@dataclass(frozen=True)
class Narrowing:
    """A query, and the choices that narrow its matches, in the order made."""

    query: str
    tally: Tally = field(compare=False, repr=False)
    choices: tuple[Choice, ...] = ()
    period: Period | None = None

    def choose(self, choice: Choice) -> Narrowing:
        """Also keep only matches carrying ``choice`` (choosing it again changes nothing)."""
        if choice in self.choices:
            return self
        return replace(self, choices=(*self.choices, choice))

    def pick(self, period: Period | None) -> Narrowing:
        """Keep only matches of ``period`` (None: any date)."""
        return replace(self, period=period)

    def undo(self) -> Narrowing:
        """Without the last step: the period if one is picked, else the last choice."""
        if self.period is not None:
            return replace(self, period=None)
        return replace(self, choices=self.choices[:-1])

    @property
    def narrowed(self) -> bool:
        return bool(self.choices) or self.period is not None

    def total(self) -> int:
        """How many matches are kept."""
        return self.tally.total(self.query, self.choices, self.period)

    def facet_counts(
        self, facets: Iterable[Facet] = Facet, limit: int = FACET_LIST_LENGTH
    ) -> dict[Facet, list[tuple[str, int]]]:
        """The most frequent values of each facet among the kept matches, not yet chosen."""
        facets = list(facets)
        found = self.tally.breakdown(
            self.query, facets, self.choices, self.period, limit + len(self.choices)
        )
        return self._unchosen(found.values, limit)

    def _unchosen(self, values: dict[Facet, list[tuple[str, int]]], limit: int) -> dict:
        taken = {(c.facet, c.value) for c in self.choices}
        return {
            facet: [(v, n) for v, n in found if (facet, v) not in taken][:limit]
            for facet, found in values.items()
        }

    def trend(self, by: Granularity | None = None, compare: str | None = None) -> Trend:
        """The matches with the chosen values per period, over every article's span.

        The chart shows every period, so the picked one is not applied here;
        ``compare`` is a second query, narrowed by the same choices, on the same axis.
        """
        queries = [self.query, compare] if compare else [self.query]
        return query_trend(self.tally, queries, self.choices, by)

    def view(
        self,
        compare: str | None = None,
        facets: Iterable[Facet] = Facet,
        limit: int = FACET_LIST_LENGTH,
        by: Granularity | None = None,
    ) -> tuple[Trend, dict[Facet, list[tuple[str, int]]]]:
        """:meth:`trend` and :meth:`facet_counts` together, in one pass over the
        matches when no period is picked (the months and the facets count the same
        articles then)."""
        facets = list(facets)
        size = limit + len(self.choices)
        found = self.tally.breakdown(self.query, facets, self.choices, self.period, size)
        months = found.months
        if self.period is not None:
            months = self.tally.months(self.query, self.choices)
        series = {self.query: months}
        if compare:
            label = compare if compare != self.query else f"{compare} (2)"
            series[label] = self.tally.months(compare, self.choices)
        trend = trend_counts(series, self.tally.months(None), by)
        return trend, self._unchosen(found.values, limit)
