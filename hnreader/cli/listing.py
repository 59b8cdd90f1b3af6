"""``hnreader list``: the loaded articles with their stable ids."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from rich.table import Table
from rich.text import Text

from ..corpus import Article, Corpus, Issue
from ..i18n import kind_label, t, weekday
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .issues import date_key
from .output import (
    add_paths,
    console,
    error,
    is_tty,
    load_corpus,
    pipe_closed_quietly,
    plain,
    print_json,
    print_rows,
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
    p.add_argument("--json", action="store_true", help="print a JSON list of the articles")


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
    return f"{t('untitled')} {lead}".rstrip()


def select(corpus: Corpus, wanted: dt.date | str | None) -> tuple[Issue, ...] | None:
    """The issues to list; None when no issue has the wanted date."""
    if wanted is None:
        return corpus.issues
    date = None if wanted == UNDATED else wanted
    issue = corpus.issue(date)
    return (issue,) if issue else None


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.paths)
    if corpus is None:
        return EXIT_USAGE
    issues = select(corpus, args.issue)
    if issues is None:
        wanted = args.issue if isinstance(args.issue, str) else args.issue.isoformat()
        loaded = ", ".join(date_key(i) for i in corpus.issues)
        error(t("cli.no_issue", date=wanted, loaded=loaded))
        return EXIT_NOTHING
    if not any(i.articles for i in issues):
        error(t("cli.no_article"))
        return EXIT_NOTHING
    with pipe_closed_quietly():
        if args.json:
            print_json([article_record(a) for issue in issues for a in issue.articles])
        elif is_tty(sys.stdout):
            _print_tables(issues)
        else:
            print_rows(
                (a.id, a.page_number or "-", a.kind_label, headline_of(a))
                for issue in issues
                for a in issue.articles
            )
    return EXIT_OK


def article_record(article: Article) -> dict:
    """An article as a list shows it, for scripts (``show ID --json`` has the rest)."""
    return {
        "id": article.id,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page_number,
        "kind": article.kind,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "title_derived": article.title_derived,
    }


def _print_tables(issues: tuple[Issue, ...]) -> None:
    out = console()
    for issue in issues:
        if not issue.articles:
            continue
        day = weekday(issue.date.weekday()) if issue.date else ""
        label = issue.label if issue.date else t("undated")
        title = Text(f"{label} {day}".strip(), style="bold")
        heads = (t("cli.id"), t("cli.page"), t("cli.kind"), t("cli.title"))
        table = Table(*heads, title=title, title_justify="left", box=None)
        for article in issue.articles:
            headline = plain(headline_of(article))
            if article.title_derived or not article.headline:
                headline.stylize("italic dim")
            table.add_row(
                plain(article.id),
                str(article.page_number or "-"),
                plain(kind_label(article.kind)),
                headline,
            )
        out.print(table)
