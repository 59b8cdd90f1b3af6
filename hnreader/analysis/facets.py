"""Facets: the reporter, place, column, page and kind of each piece, counted and chosen.

``facet_values`` gives an article's values for every facet (the archive stores
them as multi-valued fields); ``count`` and ``select`` work on :class:`~.rows.Row`
records from any source. Chosen values combine: a piece must carry every one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..corpus.model import KIND_LABELS, Article
from .names import names
from .places import places
from .rows import Row


class Facet(StrEnum):
    """A dimension an analyst can count and filter by."""

    REPORTER = "reporter"
    PLACE = "place"
    COLUMN = "column"
    PAGE = "page"
    KIND = "kind"


# Names typed for a facet (its own name and the Chinese one) -> the facet.
FACET_NAMES = {
    **{f.value: f for f in Facet},
    "作者": Facet.REPORTER,
    "记者": Facet.REPORTER,
    "地点": Facet.PLACE,
    "地区": Facet.PLACE,
    "栏目": Facet.COLUMN,
    "版": Facet.PAGE,
    "版面": Facet.PAGE,
    "体裁": Facet.KIND,
    "类型": Facet.KIND,
}
_KIND_OF_LABEL = {label: kind for kind, label in KIND_LABELS.items()}


class FacetError(ValueError):
    """A facet choice that names no facet, or a value it cannot hold."""


@dataclass(frozen=True, slots=True)
class Choice:
    """One chosen facet value: keep the pieces that carry it."""

    facet: Facet
    value: str

    @classmethod
    def parse(cls, text: str) -> Choice:
        """``reporter=张三``, ``地点=浏阳``, ``kind=评论``, ``page=3``."""
        name, sep, value = text.partition("=")
        facet = FACET_NAMES.get(name.strip().lower())
        value = value.strip()
        if not sep or facet is None or not value:
            known = ", ".join(f.value for f in Facet)
            raise FacetError(f"a facet choice is NAME=VALUE with NAME one of {known}: {text!r}")
        if facet is Facet.KIND:
            value = _KIND_OF_LABEL.get(value, value)
            if value not in KIND_LABELS:
                raise FacetError(f"unknown kind: {value!r}")
        elif facet is Facet.PAGE:
            value = value.removesuffix("版").lstrip("0") or "0"
        elif facet is Facet.PLACE:
            value = _place_name(value)
        return cls(facet, value)

    def __str__(self) -> str:
        return f"{self.facet.value}={self.value}"


def _place_name(value: str) -> str:
    from .places import gazetteer

    place = gazetteer().lookup(value, in_dateline=True)
    return place.name if place else value


def facet_values(article: Article) -> dict[str, list[str]]:
    """Every facet's values for ``article``, keyed by facet name.

    ``reporter``: names from the byline and dateline; ``place``: the dateline's
    place and the Hunan divisions named in the headline and text (each county
    followed by its prefecture); ``column``, ``page`` (the number as text) and
    ``kind`` hold one value or none.
    """
    headline = " ".join((article.kicker, article.title, article.subtitle))
    return {
        Facet.REPORTER.value: names(article.byline, article.dateline),
        Facet.PLACE.value: places(article.dateline, headline, *article.paragraphs),
        Facet.COLUMN.value: [article.column] if article.column else [],
        Facet.PAGE.value: [str(article.page_number)] if article.page_number is not None else [],
        Facet.KIND.value: [article.kind] if article.kind else [],
    }


def values_of(row: Row, facet: Facet) -> tuple[str, ...]:
    """The values ``row`` carries for ``facet``."""
    if facet is Facet.REPORTER:
        return row.reporters
    if facet is Facet.PLACE:
        return row.places
    if facet is Facet.COLUMN:
        return (row.column,) if row.column else ()
    if facet is Facet.PAGE:
        return (str(row.page),) if row.page is not None else ()
    return (row.kind,) if row.kind else ()


def select(rows: Iterable[Row], choices: Sequence[Choice]) -> list[Row]:
    """The rows carrying every chosen value."""
    return [r for r in rows if all(c.value in values_of(r, c.facet) for c in choices)]


def count(rows: Iterable[Row], facet: Facet, limit: int | None = None) -> list[tuple[str, int]]:
    """Each value of ``facet`` in ``rows`` and how many rows carry it, most first.

    Ties go in the value's natural order (page numbers as numbers).
    """
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(values_of(row, facet))
    ranked = rank_values(counts.items(), facet)
    return ranked[:limit] if limit is not None else ranked


def rank_values(counts: Iterable[tuple[str, int]], facet: Facet) -> list[tuple[str, int]]:
    """(value, count) pairs most first; ties in the value's natural order (pages by number)."""
    order = _page_order if facet is Facet.PAGE else _text_order
    return sorted(counts, key=lambda item: (-item[1], order(item[0])))


def count_all(
    rows: Sequence[Row], facets: Iterable[Facet] = Facet, limit: int | None = None
) -> dict[Facet, list[tuple[str, int]]]:
    """``count`` for several facets over the same rows."""
    return {facet: count(rows, facet, limit) for facet in facets}


def label(facet: Facet, value: str) -> str:
    """How a value is shown: kinds by their Chinese name, pages as 3版."""
    if facet is Facet.KIND:
        return KIND_LABELS.get(value, value)
    if facet is Facet.PAGE:
        return f"{value}版"
    return value


def _page_order(value: str) -> tuple:
    return (0, int(value), "") if value.isdigit() else (1, 0, value)


def _text_order(value: str) -> tuple:
    return (0, 0, value)
