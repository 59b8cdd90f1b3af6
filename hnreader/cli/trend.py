"""``hnreader trend``: how many articles match a query, month by month or year by year."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from rich.table import Table
from rich.text import Text

from ..analysis.tally import query_trend
from ..analysis.trend import Granularity, Trend
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .output import console, error, is_tty, one_line, plain
from .selection import add_selection, open_selection, parse_query

UNDATED = "undated"
_BAR = 40  # characters of the longest bar on a terminal


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "trend",
        help="matching articles per month or year",
        description="Count the articles matching QUERY in every month (or year) from the "
        "first issue to the last. Long spans are counted per year unless --by says "
        "otherwise. Approximate matches (a character wrong or missing, pinyin), which search "
        "lists last, are not counted. Piped output is tab-separated with a header row. "
        "Exit status: 0 found, 1 nothing found, 2 usage or input error.",
    )
    add_selection(p)
    p.add_argument("--by", choices=[g.value for g in Granularity], help="period length")
    p.add_argument(
        "--normalise",
        "--normalize",
        action="store_true",
        help="also give each count as a share of all articles of its period",
    )
    p.add_argument("--vs", metavar="QUERY", help="a second query counted over the same periods")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--csv", action="store_true", help="print CSV with a header row")


def run(args: argparse.Namespace) -> int:
    queries = [args.query, *([args.vs] if args.vs else [])]
    if any(parse_query(q) is None for q in queries):
        return EXIT_USAGE
    selection = open_selection(args)
    if selection is None:
        return EXIT_USAGE
    by = Granularity(args.by) if args.by else None
    result = query_trend(selection.tally, queries, selection.choices, by)
    found = any(s.total for s in result.series)
    if args.json:
        print(json.dumps(as_dict(result), ensure_ascii=False, indent=1))
    elif not found:
        error("nothing found")
    elif args.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows(table_rows(result, args.normalise))
    elif is_tty(sys.stdout):
        _print(result, args.normalise)
    else:
        for row in table_rows(result, args.normalise):
            sys.stdout.write("\t".join(one_line(str(cell)) for cell in row) + "\n")
    return EXIT_OK if found else EXIT_NOTHING


def table_rows(result: Trend, normalised: bool) -> list[list[Any]]:
    """A header, then one row per period: period, all articles, each query's count
    (and share); a last ``undated`` row when some match has no known date."""
    header: list[Any] = ["period", "all"]
    for s in result.series:
        header += [s.label, f"{s.label} share"] if normalised else [s.label]
    rows = [header]
    for i, period in enumerate(result.periods):
        row: list[Any] = [period.label, result.totals[i]]
        for s in result.series:
            row += [s.counts[i], f"{s.shares[i]:.6f}"] if normalised else [s.counts[i]]
        rows.append(row)
    if any(s.undated for s in result.series):
        row = [UNDATED, ""]
        for s in result.series:
            row += [s.undated, ""] if normalised else [s.undated]
        rows.append(row)
    return rows


def as_dict(result: Trend) -> dict[str, Any]:
    return {
        "by": result.granularity.value,
        "queries": [s.label for s in result.series],
        "periods": [
            {
                "period": p.label,
                "start": p.start.isoformat(),
                "end": p.last_day.isoformat(),
                "all": result.totals[i],
                "counts": {s.label: s.counts[i] for s in result.series},
                "shares": {s.label: s.shares[i] for s in result.series},
            }
            for i, p in enumerate(result.periods)
        ],
        "undated": {s.label: s.undated for s in result.series},
        "matches": {s.label: s.total for s in result.series},
    }


def _print(result: Trend, normalised: bool) -> None:
    table = Table(box=None, title_justify="left")
    table.add_column("期间" if result.granularity is Granularity.MONTH else "年", no_wrap=True)
    table.add_column("全部", justify="right")
    for s in result.series:
        table.add_column(plain(s.label), justify="right")
        if normalised:
            table.add_column("占比", justify="right")
    table.add_column("")
    first = result.series[0]
    values = result.values(first, normalised)
    top = max(values, default=0) or 1
    for i, period in enumerate(result.periods):
        cells: list[Any] = [period.label, str(result.totals[i])]
        for s in result.series:
            cells.append(str(s.counts[i]))
            if normalised:
                cells.append(f"{s.shares[i]:.2%}")
        cells.append(Text("█" * round(_BAR * values[i] / top), style="cyan"))
        table.add_row(*cells)
    out = console()
    out.print(table)
    for s in result.series:
        note = f"{s.total} matches" + (f", {s.undated} undated" if s.undated else "")
        out.print(plain(f"{s.label}: {note}"), style="dim")
