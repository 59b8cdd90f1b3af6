"""``hnreader facets``: who, where, which column, page or kind the matches of a query are."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from rich.table import Table

from ..analysis.facets import FACET_NAMES, Facet, label
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .output import console, error, is_tty, one_line, plain
from .selection import add_selection, open_selection, parse_query


def facet(text: str) -> Facet:
    found = FACET_NAMES.get(text.strip().lower())
    if found is None:
        known = ", ".join(f.value for f in Facet)
        raise argparse.ArgumentTypeError(f"unknown facet {text!r} (one of {known})")
    return found


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "facets",
        help="count the matches of a query by reporter, place, column, page or kind",
        description="Count the articles matching QUERY (and every --facet choice) by one "
        "facet: reporter (names in bylines and datelines, correspondents included), place "
        "(the dateline's place and the Hunan cities and counties named; a county also "
        "counts for its city), column, page or kind. Most frequent first. Piped output is "
        "tab-separated with a header row. Approximate matches are not counted. Exit "
        "status: 0 found, 1 nothing found, 2 usage or input error.",
    )
    add_selection(p)
    p.add_argument(
        "--by",
        required=True,
        type=facet,
        metavar="|".join(f.value for f in Facet),
        help="the facet to count by",
    )
    p.add_argument("--limit", type=int, metavar="N", help="only the N most frequent values")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--csv", action="store_true", help="print CSV with a header row")


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        error("--limit must be at least 1")
        return EXIT_USAGE
    if parse_query(args.query) is None:
        return EXIT_USAGE
    selection = open_selection(args)
    if selection is None:
        return EXIT_USAGE
    tally, chosen = selection.tally, selection.choices
    counts = tally.values(args.query, args.by, chosen, limit=args.limit)
    matches = tally.total(args.query, chosen)
    if args.json:
        record = {
            "query": args.query,
            "facets": [str(c) for c in selection.choices],
            "by": args.by.value,
            "matches": matches,
            "values": [{"value": v, "label": label(args.by, v), "count": n} for v, n in counts],
        }
        print(json.dumps(record, ensure_ascii=False, indent=1))
    elif not matches:
        error("nothing found")
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([args.by.value, "count"])
        writer.writerows(counts)
    elif is_tty(sys.stdout):
        table = Table(args.by.value, "篇", box=None)
        for value, n in counts:
            table.add_row(plain(label(args.by, value)), str(n))
        out = console()
        out.print(table)
        out.print(plain(f"{matches} matches"), style="dim")
    else:
        sys.stdout.write(f"{args.by.value}\tcount\n")
        for value, n in counts:
            sys.stdout.write(f"{one_line(value)}\t{n}\n")
    return EXIT_OK if matches else EXIT_NOTHING
