"""``hnreader list``: the loaded articles with their stable ids."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from rich.table import Table
from rich.text import Text

from ..corpus import Article, Corpus, Issue
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .issues import date_key
from .output import (
    add_paths,
    console,
    error,
    is_tty,
    load_corpus,
    one_line,
    pipe_closed_quietly,
    plain,
)

UNDATED = "undated"
_LEAD_CHARS = 24


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "list",
        help="list articles with their ids",
        description="One line per article: id (for 'hnreader show'), page, kind and "
        "headline. Piped output is tab-separated. Exit status: 0 ok, 1 no article "
        "(or no issue of that date), 2 usage error or nothing could be loaded.",
    )
    p.add_argument(
        "--issue",
        metavar="DATE",
        type=issue_date,
        help="only the issue of DATE (YYYY-MM-DD, YYYYMMDD, or 'undated')",
    )
    add_paths(p)


def issue_date(text: str) -> dt.date | str:
    """``--issue`` value: a date, or ``undated`` for pages with no known date."""
    text = text.strip()
    if text.lower() == UNDATED:
        return UNDATED
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%Y.%m.%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD or 'undated')")


def headline_of(article: Article) -> str:
    """What a list shows for an article: its headline, else the start of its text."""
    if article.headline:
        return article.headline
    lead = article.body.replace("\n", " ")
    if len(lead) > _LEAD_CHARS:
        lead = lead[:_LEAD_CHARS] + "…"
    return f"(无标题) {lead}".rstrip()


def select(corpus: Corpus, wanted: dt.date | str | None) -> tuple[Issue, ...] | None:
    """The issues to list; None when no issue has the wanted date."""
    if wanted is None:
        return corpus.issues
    date = None if wanted == UNDATED else wanted
    issue = corpus.issue(date)
    return (issue,) if issue else None


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args, bodies=False)
    if corpus is None:
        return EXIT_USAGE
    issues = select(corpus, args.issue)
    if issues is None:
        wanted = args.issue if isinstance(args.issue, str) else args.issue.isoformat()
        loaded = ", ".join(date_key(i) for i in corpus.issues)
        error(f"no issue dated {wanted} (loaded: {loaded})")
        return EXIT_NOTHING
    if not any(i.articles for i in issues):
        error("no article found")
        return EXIT_NOTHING
    with pipe_closed_quietly():
        if is_tty(sys.stdout):
            _print_tables(issues)
        else:
            for issue in issues:
                for article in issue.articles:
                    fields = (
                        article.id,
                        str(article.page_number or "-"),
                        article.kind_label,
                        headline_of(article),
                    )
                    sys.stdout.write("\t".join(one_line(f) for f in fields) + "\n")
    return EXIT_OK


def _print_tables(issues: tuple[Issue, ...]) -> None:
    out = console()
    for issue in issues:
        if not issue.articles:
            continue
        title = Text(f"{issue.label} {issue.weekday}".strip(), style="bold")
        table = Table("ID", "版", "类别", "标题", title=title, title_justify="left", box=None)
        for article in issue.articles:
            headline = plain(headline_of(article))
            if article.title_derived or not article.headline:
                headline.stylize("italic dim")
            table.add_row(
                plain(article.id),
                str(article.page_number or "-"),
                plain(article.kind_label),
                headline,
            )
        out.print(table)
