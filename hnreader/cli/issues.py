"""``hnreader issues``: one line per loaded issue."""

from __future__ import annotations

import argparse
import sys

from rich.table import Table

from ..corpus import Issue
from ..i18n import MESSAGES, t, weekday
from . import EXIT_OK, EXIT_USAGE
from .output import (
    add_paths,
    console,
    is_tty,
    load_corpus,
    pipe_closed_quietly,
    plain,
    print_json,
    print_rows,
)


def date_source_label(key: str) -> str:
    """How sure an issue's date is, for people (scripts get the bare key)."""
    return t(f"date.{key}") if f"date.{key}" in MESSAGES else key


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
    p.add_argument("--json", action="store_true", help="print a JSON list of the issues")


def date_key(issue: Issue) -> str:
    """An issue's date as scripts see it: ISO, or ``undated``."""
    return issue.date.isoformat() if issue.date else "undated"


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.paths)
    if corpus is None:
        return EXIT_USAGE
    with pipe_closed_quietly():
        if args.json:
            print_json([issue_record(issue) for issue in corpus.issues])
        elif is_tty(sys.stdout):
            heads = ("cli.date", "cli.weekday", "cli.pages", "cli.articles", "cli.date_from")
            table = Table(*(t(h) for h in heads), box=None)
            for issue in corpus.issues:
                table.add_row(
                    plain(issue.label if issue.date else t("undated")),
                    plain(weekday(issue.date.weekday()) if issue.date else ""),
                    str(len(issue.pages)),
                    str(len(issue.articles)),
                    plain(date_source_label(issue.date_source)),
                )
            console().print(table)
        else:
            print_rows(
                (
                    date_key(issue),
                    issue.weekday or "-",
                    len(issue.pages),
                    len(issue.articles),
                    issue.date_source,
                )
                for issue in corpus.issues
            )
    return EXIT_OK


def issue_record(issue: Issue) -> dict:
    """An issue for scripts: date (ISO or null), pages, articles, where the date came from."""
    return {
        "date": issue.date.isoformat() if issue.date else None,
        "pages": [p.number for p in issue.pages],
        "articles": len(issue.articles),
        "date_source": issue.date_source,
    }
