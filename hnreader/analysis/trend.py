"""How often a query matches, period by period.

Counts per month, or per year when the span is long (more months than a
terminal chart can show as bars); every period between the first and the last
is present, empty ones as zero, so several series line up on one axis. The
normalised figure is a period's matches over all pieces of that period, so a
year with more pages does not look like more interest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

# Spans longer than this many months are counted per year when no period is asked for.
AUTO_YEARLY_AFTER_MONTHS = 36


class Granularity(StrEnum):
    """How long one period of a trend is."""

    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One month or one year, named by its first day."""

    start: dt.date
    granularity: Granularity

    @classmethod
    def of(cls, date: dt.date, granularity: Granularity) -> Period:
        """The period holding ``date``."""
        month = date.month if granularity is Granularity.MONTH else 1
        return cls(dt.date(date.year, month, 1), granularity)

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        return self.next().start

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    def next(self) -> Period:
        year, month = self.start.year, self.start.month
        if self.granularity is Granularity.YEAR:
            return Period(dt.date(year + 1, 1, 1), self.granularity)
        return Period(dt.date(year + month // 12, month % 12 + 1, 1), self.granularity)

    def contains(self, date: dt.date | None) -> bool:
        return date is not None and self.start <= date < self.end

    @property
    def label(self) -> str:
        """``2024-03`` or ``2024``: also the query syntax for the same dates."""
        if self.granularity is Granularity.YEAR:
            return f"{self.start.year}"
        return f"{self.start.year}-{self.start.month:02d}"


@dataclass(frozen=True, slots=True)
class Series:
    """One query's counts over a trend's periods."""

    label: str
    counts: tuple[int, ...]
    shares: tuple[float, ...]  # count over all pieces of the period (0 where there are none)
    undated: int = 0  # matches with no known date, in no period

    @property
    def total(self) -> int:
        """Every match of the query, dated or not."""
        return sum(self.counts) + self.undated


@dataclass(frozen=True, slots=True)
class Trend:
    """Counts of one or more queries over the same consecutive periods."""

    granularity: Granularity
    periods: tuple[Period, ...]
    totals: tuple[int, ...]  # all pieces of each period, matching or not
    series: tuple[Series, ...]

    def values(self, series: Series, normalised: bool = False) -> tuple[float, ...]:
        return series.shares if normalised else tuple(float(c) for c in series.counts)


def granularity_for(dates: Iterable[dt.date]) -> Granularity:
    """Months, or years when the dates span more than ``AUTO_YEARLY_AFTER_MONTHS``."""
    known = [d for d in dates if d is not None]
    if not known:
        return Granularity.MONTH
    first, last = min(known), max(known)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return Granularity.YEAR if months > AUTO_YEARLY_AFTER_MONTHS else Granularity.MONTH


def periods_between(first: dt.date, last: dt.date, granularity: Granularity) -> list[Period]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    period, stop = Period.of(first, granularity), Period.of(last, granularity)
    found = [period]
    while period < stop:
        period = period.next()
        found.append(period)
    return found


def trend(
    matches: Mapping[str, Iterable[dt.date | None]],
    everything: Iterable[dt.date | None] = (),
    by: Granularity | None = None,
) -> Trend:
    """Counts per period of each labelled series of match dates.

    ``everything`` holds the date of every piece (matching or not): it sets
    the span (so a series is drawn across the whole archive) and the totals
    the shares are taken of. Without it, the span is that of the matches and
    the shares are left at zero.
    """
    series = {label: Counter(dates) for label, dates in matches.items()}
    return trend_counts(series, Counter(everything), by)


def trend_counts(
    matches: Mapping[str, Mapping[dt.date | None, int]],
    everything: Mapping[dt.date | None, int] | None = None,
    by: Granularity | None = None,
) -> Trend:
    """:func:`trend` from counts by date (any day of a period stands for it):
    what an index that counts by month answers."""
    all_dates = {d: n for d, n in (everything or {}).items() if d is not None and n}
    span = set(all_dates) or {d for c in matches.values() for d, n in c.items() if d and n}
    granularity = by or granularity_for(span)
    if not span:
        series = tuple(Series(label, (), (), sum(c.values())) for label, c in matches.items())
        return Trend(granularity, (), (), series)
    periods = periods_between(min(span), max(span), granularity)
    index = {p.start: i for i, p in enumerate(periods)}

    def bucket(date: dt.date) -> int | None:
        return index.get(Period.of(date, granularity).start)

    totals = [0] * len(periods)
    for date, n in all_dates.items():
        totals[bucket(date)] += n
    series = []
    for label, counted in matches.items():
        counts, undated = [0] * len(periods), 0
        for date, n in counted.items():
            at = bucket(date) if date is not None else None
            if at is None:
                undated += n  # no date, or outside the span of ``everything``
            else:
                counts[at] += n
        shares = tuple(c / t if t else 0.0 for c, t in zip(counts, totals, strict=True))
        series.append(Series(label, tuple(counts), shares, undated))
    return Trend(granularity, tuple(periods), tuple(totals), tuple(series))
