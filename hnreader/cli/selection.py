"""What the analyst commands share: a query, facet choices, and the articles they select.

``trend``, ``facets`` and ``search --export`` all read QUERY [PATH...] with any
number of ``--facet NAME=VALUE``; :func:`open_selection` loads the pages (through
the index cache), finds every match and keeps those carrying each chosen value.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from ..analysis.facets import Choice, FacetError, select
from ..analysis.rows import CorpusRows, Row
from ..corpus.index import SearchIndex
from ..corpus.model import Article, Corpus
from ..corpus.query import Query, QueryError, parse
from .output import add_paths, error, report_errors


@dataclass(frozen=True)
class Selection:
    """The articles a query and facet choices select, best first, with their rows."""

    corpus: Corpus
    index: SearchIndex
    source: CorpusRows
    query: Query
    choices: tuple[Choice, ...]
    articles: tuple[Article, ...]
    rows: tuple[Row, ...]


def choice(text: str) -> Choice:
    """``--facet`` value: NAME=VALUE."""
    try:
        return Choice.parse(text)
    except FacetError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_selection(parser: argparse.ArgumentParser, query: bool = True) -> None:
    """QUERY, PATH..., --facet, and the cache options."""
    if query:
        parser.add_argument("query", metavar="QUERY", help="a search query (see 'search --help')")
    add_paths(parser)
    add_facet_option(parser)
    add_cache_options(parser)


def add_facet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--facet",
        action="append",
        type=choice,
        default=[],
        metavar="NAME=VALUE",
        help="keep only articles with this value (reporter=, place=, column=, page=, kind=); "
        "repeat to combine",
    )


def add_cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache-dir", metavar="DIR", help="where to keep the index cache")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def parse_query(text: str) -> Query | None:
    """The parsed query, or None after saying why it cannot be used."""
    try:
        query = parse(text)
    except QueryError as exc:
        error(str(exc))
        return None
    if query.is_empty:
        error("the query is empty")
        return None
    return query


def open_selection(args: argparse.Namespace, text: str | None = None) -> Selection | None:
    """Load, search and filter; None (after saying why) on a usage or input error."""
    from ..corpus.cache import open_index

    query = parse_query(args.query if text is None else text)
    if query is None:
        return None
    corpus, index = open_index(
        args.paths or None, cache_dir=args.cache_dir, use_cache=not args.no_cache
    )
    report_errors(corpus)
    if not corpus.pages:
        error("no page could be loaded")
        return None
    return narrow(corpus, index, CorpusRows(corpus), query, tuple(args.facet))


def narrow(
    corpus: Corpus,
    index: SearchIndex,
    source: CorpusRows,
    query: Query,
    choices: tuple[Choice, ...],
) -> Selection:
    """Every match of ``query`` carrying each of ``choices``."""
    articles = index.matching(query)
    rows = source.rows(a.id for a in articles)
    if choices:
        kept = {r.id for r in select(rows, choices)}
        articles = [a for a in articles if a.id in kept]
        rows = [r for r in rows if r.id in kept]
    return Selection(corpus, index, source, query, choices, tuple(articles), tuple(rows))
