"""``hnreader issues``: one line per loaded issue."""

from __future__ import annotations

import argparse
import sys

from rich.table import Table

from ..corpus import Issue
from . import EXIT_OK, EXIT_USAGE
from .output import add_paths, console, is_tty, load_corpus, pipe_closed_quietly, plain

#: How sure an issue's date is, for people (scripts get the bare key).
DATE_SOURCE_LABELS = {
    "masthead": "masthead (printed on the page)",
    "filename": "file name",
    "dateline": "datelines + 1 day (inferred)",
    "unknown": "unknown",
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "issues",
        help="list the loaded issues, one line each",
        description="One line per issue: date, weekday, pages, articles and where the date "
        "comes from (masthead, filename, dateline or unknown). Piped output is "
        "tab-separated; an issue with no date shows as 'undated'. Exit status: 0 ok, "
        "2 nothing could be loaded.",
    )
    add_paths(p)


def date_key(issue: Issue) -> str:
    """An issue's date as scripts see it: ISO, or ``undated``."""
    return issue.date.isoformat() if issue.date else "undated"


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args, bodies=False)
    if corpus is None:
        return EXIT_USAGE
    with pipe_closed_quietly():
        if is_tty(sys.stdout):
            table = Table("Date", "Weekday", "Pages", "Articles", "Date from", box=None)
            for issue in corpus.issues:
                table.add_row(
                    plain(issue.label),
                    plain(issue.weekday),
                    str(len(issue.pages)),
                    str(len(issue.articles)),
                    plain(DATE_SOURCE_LABELS.get(issue.date_source, issue.date_source)),
                )
            console().print(table)
        else:
            for issue in corpus.issues:
                fields = (
                    date_key(issue),
                    issue.weekday or "-",
                    str(len(issue.pages)),
                    str(len(issue.articles)),
                    issue.date_source,
                )
                sys.stdout.write("\t".join(fields) + "\n")
    return EXIT_OK
