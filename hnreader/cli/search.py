"""``hnreader search``: the best articles for a query, as a table, text or JSON."""

from __future__ import annotations

import argparse
import os
import re
import sys

from rich.table import Table
from rich.text import Text

from ..analysis.citations import ExportFormat
from ..i18n import kind_label, t
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .output import add_archive, console, error, plain, print_json, print_rows, safe
from .selection import add_facet_option

DEFAULT_LIMIT = 20

# What a query word looks like when it was meant as one: no path separator and
# no file suffix, and Chinese, a date, a field (题:…), an operator (-x, a|b).
_PATHISH = re.compile(r"[/\\]|\.[A-Za-z0-9]{1,5}$")
_QUERYISH = re.compile(r"[\u3400-\u9fff]|^\d{4}(-\d{2}){0,2}$|^[-|]|:|\|")


def query_word(arg: str) -> bool:
    """Whether a missing PATH argument reads as more words of the query."""
    return not os.path.exists(arg) and not _PATHISH.search(arg) and bool(_QUERYISH.search(arg))


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="search the loaded articles",
        description="Search the loaded articles, best first. Query syntax: words (all must "
        'match), "exact phrase", -excluded, a | b, 题:/title:, 作者:/by:, 栏目:/column:, '
        "kind:消息|评论|通讯|图片, dates 2024-03-09, 2024-03, 2024-03..2024-12, date:2024. "
        "Exit status: 0 found, 1 nothing found, 2 usage or input error.",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="page files or folders, added to the archive if new or changed; only their "
        "articles are searched (default: the whole archive)",
    )
    add_archive(p)
    p.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help=f"show at most N results (default {DEFAULT_LIMIT}; --export: every result)",
    )
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument(
        "--export",
        choices=[f.value for f in ExportFormat],
        help="write every result (or the first N) with its citation fields: date, page, "
        "headline parts, byline, dateline, reporters, id",
    )
    add_facet_option(p)


def run(args: argparse.Namespace) -> int:
    from ..search.query import QueryError, parse
    from .output import open_archive, report_errors

    if args.limit is not None and args.limit < 1:
        error(t("cli.limit"))
        return EXIT_USAGE
    words = [p for p in args.paths if query_word(p)]
    if words:
        joined = " ".join([args.query, *words])
        for word in words:
            error(t("cli.query_words", arg=word, joined=joined))
        return EXIT_USAGE
    try:
        query = parse(args.query)
    except QueryError as exc:
        print(f"hnreader: {safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    if query.is_empty:
        error(t("cli.empty_query"))
        return EXIT_USAGE
    archive, errors = open_archive(args)
    report_errors(errors)
    scope = archive.scope(args.paths)
    if not archive.store.has_pages(scope):
        error(t("cli.no_pages"))
        return EXIT_USAGE
    within = None
    if args.facet:
        from ..analysis.tally import EngineTally

        within = EngineTally(archive, scope).within(args.facet)
    if args.export:
        return _export(args, archive, scope, query, within)
    hits = archive.searcher.search(
        query, limit=args.limit or DEFAULT_LIMIT, paths=scope, within=within
    )
    if args.json:
        total = getattr(hits, "total", len(hits))
        results = [_record(h) for h in hits]
        print_json({"query": args.query, "total": total, "results": results})
    elif hits:
        _print(hits)
    else:
        error(t("cli.nothing"))
    return EXIT_OK if hits else EXIT_NOTHING


def _export(args: argparse.Namespace, archive, scope, query, within) -> int:
    """Every result (or the first --limit) as citations."""
    from ..analysis.citations import export

    limit = args.limit or max(1, len(archive.engine))
    hits = archive.searcher.search(query, limit=limit, paths=scope, shown=0, within=within)
    articles = [h.article for h in hits]
    sys.stdout.write(export(articles, ExportFormat(args.export), args.query))
    if not articles:
        error(t("cli.nothing"))
    return EXIT_OK if articles else EXIT_NOTHING


def _record(hit) -> dict:
    """The contract's article fields that identify a hit, with its score and snippet."""
    from ..corpus.export import article_dict

    article = article_dict(hit.article)
    keys = ("source", "issue_date", "kind", "kicker", "title", "subtitle")
    record = {"id": hit.article.id, **{k: article[k] for k in keys}}
    near = bool(getattr(hit, "near", False))
    return {**record, "score": hit.score, "near": near, "snippet": hit.snippet}


def _highlighted(text: str, spans) -> Text:
    # Escapes keep their visible length only if nothing was escaped; else no highlight.
    shown = plain(text)
    if len(shown.plain) == len(text):
        for start, end in spans:
            shown.stylize("bold reverse", start, end)
    return shown


def _print(hits) -> None:
    out = console()
    if not out.is_terminal:
        # One result a line, for cut and awk: id, date, kind, headline, score, snippet.
        print_rows(
            (
                h.article.id,
                h.article.issue_date.isoformat() if h.article.issue_date else "undated",
                h.article.kind,
                h.article.headline,
                f"{h.score:g}",
                h.snippet,
            )
            for h in hits
        )
        return
    table = Table(show_lines=False, expand=True)
    table.add_column(t("cli.date"), no_wrap=True)
    table.add_column(t("cli.kind"), no_wrap=True)
    table.add_column(t("cli.title"), ratio=2)
    table.add_column(t("cli.snippet"), ratio=3)
    table.add_column(t("cli.score"), justify="right", no_wrap=True)
    for hit in hits:
        a = hit.article
        near = f" ({t('near')})" if getattr(hit, "near", False) else ""
        table.add_row(
            plain(a.issue_date.isoformat() if a.issue_date else t("undated")),
            plain(kind_label(a.kind) + near),
            plain(a.headline),
            _highlighted(hit.snippet, hit.snippet_spans),
            plain(f"{hit.score:g}"),
        )
    out.print(table)
