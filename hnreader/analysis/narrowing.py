"""A query's matches narrowed step by step: facet choices and a period, undone in reverse.

The reader keeps one :class:`Narrowing` per query: the rows of every match
(best first), the facet values chosen and the period picked on the chart. It
answers what the results pane shows (the kept ids), what the facet lists count
and what the chart draws; Escape undoes the last step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .facets import Choice, Facet, count_all, select
from .rows import Row
from .trend import Granularity, Period, Trend, trend

# Values listed per facet beside the results.
FACET_LIST_LENGTH = 8


@dataclass(frozen=True)
class Narrowing:
    """Every match of a query, and the choices that narrow it, in the order made."""

    query: str
    rows: tuple[Row, ...]
    choices: tuple[Choice, ...] = ()
    period: Period | None = None

    def choose(self, choice: Choice) -> Narrowing:
        """Also keep only rows carrying ``choice`` (choosing it again changes nothing)."""
        if choice in self.choices:
            return self
        return replace(self, choices=(*self.choices, choice))

    def pick(self, period: Period | None) -> Narrowing:
        """Keep only rows of ``period`` (None: any date)."""
        return replace(self, period=period)

    def undo(self) -> Narrowing:
        """Without the last step: the period if one is picked, else the last choice."""
        if self.period is not None:
            return replace(self, period=None)
        return replace(self, choices=self.choices[:-1])

    @property
    def narrowed(self) -> bool:
        return bool(self.choices) or self.period is not None

    def chosen(self) -> list[Row]:
        """Rows carrying every chosen value, of any date."""
        return select(self.rows, self.choices)

    def kept(self) -> list[Row]:
        """Rows carrying every chosen value and dated in the picked period, best first."""
        rows = self.chosen()
        if self.period is not None:
            rows = [r for r in rows if self.period.contains(r.date)]
        return rows

    def kept_ids(self) -> list[str]:
        return [r.id for r in self.kept()]

    def facet_counts(
        self, facets: Iterable[Facet] = Facet, limit: int = FACET_LIST_LENGTH
    ) -> dict[Facet, list[tuple[str, int]]]:
        """The most frequent values of each facet among the kept rows, not yet chosen."""
        counts = count_all(self.kept(), facets, limit + len(self.choices))
        taken = {(c.facet, c.value) for c in self.choices}
        return {
            facet: [(v, n) for v, n in values if (facet, v) not in taken][:limit]
            for facet, values in counts.items()
        }

    def trend(
        self,
        everything: Sequence[dt.date | None],
        by: Granularity | None = None,
        compare: Narrowing | None = None,
    ) -> Trend:
        """The chosen rows per period over the span of ``everything`` (all dates).

        The chart shows every period, so the picked one is not applied here;
        ``compare`` is another query's matches, narrowed by the same choices and
        drawn on the same axis.
        """
        series = {self.query: [r.date for r in self.chosen()]}
        if compare is not None:
            label = compare.query if compare.query != self.query else f"{compare.query} (2)"
            series[label] = [r.date for r in select(compare.rows, self.choices)]
        return trend(series, everything, by)
