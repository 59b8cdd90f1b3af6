"""What the counting needs of each piece, from whichever source holds the pieces.

A :class:`Row` is an article reduced to its id, date and facet values. The
in-memory corpus gives rows by reading its articles (:class:`CorpusRows`); the
archive gives the same rows from its stored fields without loading articles.
Counting code (:mod:`.trend`, :mod:`.facets`) sees only rows.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..corpus.model import Article, Corpus


@dataclass(frozen=True, slots=True)
class Row:
    """One piece as the counting sees it."""

    id: str
    date: dt.date | None
    page: int | None = None
    kind: str = ""
    column: str = ""
    reporters: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


class RowSource(Protocol):
    """Rows for every piece, and for chosen ones by id."""

    def all_rows(self) -> Sequence[Row]:
        """A row for every piece in the source."""
        ...

    def rows(self, ids: Iterable[str]) -> list[Row]:
        """The rows of ``ids``, in that order (unknown ids are skipped)."""
        ...


def row_of(article: Article) -> Row:
    """The row of one article, its names and places read from its text."""
    from .facets import facet_values

    values = facet_values(article)
    return Row(
        id=article.id,
        date=article.issue_date,
        page=article.page_number,
        kind=article.kind,
        column=article.column,
        reporters=tuple(values["reporter"]),
        places=tuple(values["place"]),
    )


class CorpusRows:
    """Rows of a loaded corpus, each read from its article once, on first need."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._rows: dict[str, Row] = {}
        self._lock = threading.Lock()  # the reader counts from a worker thread

    def _row(self, article: Article) -> Row:
        row = self._rows.get(article.id)
        if row is None:
            row = row_of(article)
            with self._lock:
                self._rows[article.id] = row
        return row

    def all_rows(self) -> list[Row]:
        return [self._row(a) for a in self.corpus.articles]

    def rows(self, ids: Iterable[str]) -> list[Row]:
        found = (self.corpus.get(i) for i in ids)
        return [self._row(a) for a in found if a is not None]
