"""``hnreader search``: the best articles for a query, as a table, text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from rich.table import Table
from rich.text import Text

from ..analysis.citations import ExportFormat
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .output import console, plain, report_errors, safe
from .selection import add_cache_options, add_facet_option

DEFAULT_LIMIT = 20


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
        help="page files or folders (default: the bundled seeds)",
    )
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
    add_cache_options(p)


def run(args: argparse.Namespace) -> int:
    from ..corpus.cache import open_index
    from ..corpus.query import QueryError, parse

    if args.limit is not None and args.limit < 1:
        print("hnreader: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        query = parse(args.query)
    except QueryError as exc:
        print(f"hnreader: {safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    if query.is_empty:
        print("hnreader: the query is empty", file=sys.stderr)
        return EXIT_USAGE
    corpus, index = open_index(
        args.paths or None, cache_dir=args.cache_dir, use_cache=not args.no_cache
    )
    report_errors(corpus)
    if not corpus.pages:
        print("hnreader: no page could be loaded", file=sys.stderr)
        return EXIT_USAGE
    if args.export:
        return _export(args, corpus, index, query)
    limit = args.limit or DEFAULT_LIMIT
    if args.facet:
        from .selection import narrow

        kept = {
            a.id for a in narrow(corpus, index, _rows(corpus), query, tuple(args.facet)).articles
        }
        hits = [h for h in index.search(query, limit=len(index)) if h.article.id in kept][:limit]
    else:
        hits = index.search(query, limit=limit)
    if args.json:
        print(
            json.dumps(
                {"query": args.query, "results": [_record(h) for h in hits]},
                ensure_ascii=False,
                indent=1,
            )
        )
    elif hits:
        _print(hits)
    else:
        print("hnreader: nothing found", file=sys.stderr)
    return EXIT_OK if hits else EXIT_NOTHING


def _rows(corpus):
    from ..analysis.rows import CorpusRows

    return CorpusRows(corpus)


def _export(args: argparse.Namespace, corpus, index, query) -> int:
    """Every result (or the first --limit) as citations."""
    from ..analysis.citations import export
    from .selection import narrow

    articles = narrow(corpus, index, _rows(corpus), query, tuple(args.facet)).articles
    articles = articles[: args.limit] if args.limit else articles
    sys.stdout.write(export(articles, ExportFormat(args.export), args.query))
    if not articles:
        print("hnreader: nothing found", file=sys.stderr)
    return EXIT_OK if articles else EXIT_NOTHING


def _record(hit) -> dict:
    """The contract's article fields that identify a hit, with its score and snippet."""
    from ..corpus.export import article_dict

    article = article_dict(hit.article)
    keys = ("source", "issue_date", "kind", "kicker", "title", "subtitle")
    record = {k: article[k] for k in keys}
    return {**record, "score": hit.score, "snippet": hit.snippet}


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
        for hit in hits:
            a = hit.article
            date = a.issue_date.isoformat() if a.issue_date else "日期不明"
            out.print(plain(f"{date}  {a.kind_label}  {a.headline}  [{hit.score:g}]"))
            out.print(plain(f"    {hit.snippet}"))
            out.print(plain(f"    {a.source}"))
        return
    table = Table(show_lines=False, expand=True)
    table.add_column("日期", no_wrap=True)
    table.add_column("类", no_wrap=True)
    table.add_column("标题", ratio=2)
    table.add_column("摘要", ratio=3)
    table.add_column("分", justify="right", no_wrap=True)
    for hit in hits:
        a = hit.article
        table.add_row(
            plain(a.issue_date.isoformat() if a.issue_date else "日期不明"),
            plain(a.kind_label),
            plain(a.headline),
            _highlighted(hit.snippet, hit.snippet_spans),
            plain(f"{hit.score:g}"),
        )
    out.print(table)
