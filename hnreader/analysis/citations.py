"""A result set as citations: JSON, Markdown or CSV, one record per article.

Each record carries what a citation needs (date, 版, headline parts, byline
and dateline, the parsed names, the stable id) so it can be looked up again
with ``hnreader show ID``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from ..corpus.export import _md
from ..corpus.model import Article
from .names import names

PAPER = "湖南日报"
FIELDS = (
    "date",
    "page",
    "kicker",
    "title",
    "subtitle",
    "column",
    "kind",
    "byline",
    "dateline",
    "reporters",
    "id",
    "source",
)


class ExportFormat(StrEnum):
    """The forms a result set is written in."""

    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


def citation(article: Article) -> dict[str, Any]:
    """The citation fields of one article."""
    return {
        "date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page_number,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "column": article.column,
        "kind": article.kind,
        "byline": article.byline,
        "dateline": article.dateline,
        "reporters": names(article.byline, article.dateline),
        "id": article.id,
        "source": article.source,
    }


def export(articles: Iterable[Article], form: ExportFormat, query: str = "") -> str:
    """``articles`` written as ``form``."""
    records = [citation(a) for a in articles]
    if form is ExportFormat.JSON:
        return json.dumps({"query": query, "articles": records}, ensure_ascii=False, indent=1)
    if form is ExportFormat.CSV:
        return _csv(records)
    return _markdown(records, query)


def _csv(records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                **record,
                "page": "" if record["page"] is None else record["page"],
                "date": record["date"] or "",
                "reporters": " ".join(record["reporters"]),
            }
        )
    return out.getvalue()


def _markdown(records: list[dict[str, Any]], query: str) -> str:
    """One list item per article, in the form a footnote cites a newspaper."""
    lines = [f"# {_md(query)}", ""] if query else []
    for r in records:
        headline = "：".join(p for p in (r["kicker"], r["title"]) if p)
        if r["subtitle"]:
            headline += f"——{r['subtitle']}"
        where = [PAPER, r["date"] or "日期不明"]
        if r["page"] is not None:
            where.append(f"第{r['page']}版")
        credit = r["byline"] or " ".join(r["reporters"])
        item = f"- {_md(credit)}：《{_md(headline)}》，" if credit else f"- 《{_md(headline)}》，"
        lines.append(item + f"{'，'.join(where)}。`{r['id']}`")
    return "\n".join(lines) + "\n"
