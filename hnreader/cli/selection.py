"""What the analyst commands share: a query, facet choices, and the archive that counts.

``trend``, ``facets`` and ``search --facet/--export`` all read QUERY [PATH...]
with any number of ``--facet NAME=VALUE``; :func:`open_selection` opens the
archive (adding the paths' new or changed pages) and counts from its engine.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from ..analysis.facets import Choice, FacetError
from ..analysis.tally import EngineTally
from ..search.query import Query, QueryError, parse
from .output import add_paths, error, open_archive, report_errors


@dataclass(frozen=True)
class Selection:
    """An archive scoped to the command's paths, what counts in it, and the choices."""

    archive: Any
    scope: list[str] | None
    tally: EngineTally
    choices: tuple[Choice, ...]


def choice(text: str) -> Choice:
    """``--facet`` value: NAME=VALUE."""
    try:
        return Choice.parse(text)
    except FacetError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_selection(parser: argparse.ArgumentParser) -> None:
    """QUERY, PATH..., --archive and --facet."""
    parser.add_argument("query", metavar="QUERY", help="a search query (see 'search --help')")
    add_paths(parser)
    add_facet_option(parser)


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


def open_selection(args: argparse.Namespace) -> Selection | None:
    """The archive brought up to date with the paths; None (after saying why) when
    not a single page could be loaded."""
    archive, errors = open_archive(args)
    report_errors(errors)
    scope = archive.scope(args.paths)
    if not archive.store.has_pages(scope):
        error("no page could be loaded")
        return None
    return Selection(archive, scope, EngineTally(archive, scope), tuple(args.facet))
