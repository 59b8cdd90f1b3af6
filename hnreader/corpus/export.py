"""JSON (the scorer's contract, see tests/gold/FORMAT.md) and Markdown export."""

from __future__ import annotations

import json
import re
from typing import Any

from .model import Article, Corpus, Page

#: Keys every exported article carries (the scorer's contract, FORMAT.md).
CONTRACT_KEYS = frozenset(
    (
        "source",
        "issue_date",
        "kind",
        "column",
        "kicker",
        "title",
        "subtitle",
        "title_derived",
        "byline",
        "dateline",
        "continued",
        "paragraphs",
    )
)


def article_dict(article: Article) -> dict[str, Any]:
    """One article in the export contract, plus our extra keys."""
    return {
        "id": article.id,
        "source": article.source,
        "issue_date": article.issue_date.isoformat() if article.issue_date else None,
        "page": article.page_number,
        "kind": article.kind,
        "column": article.column,
        "kicker": article.kicker,
        # The title the page prints; a stand-in taken from the text is kept apart,
        # so that the printed fields hold only what the page prints.
        "title": "" if article.title_derived else article.title,
        "subtitle": article.subtitle,
        "title_derived": article.title_derived,
        "display_title": article.title,
        "byline": article.byline,
        "dateline": article.dateline,
        "continued": article.continued,
        "subheads": list(article.subheads),
        "paragraphs": list(article.paragraphs),
        "markers": list(article.markers),
        "links": list(article.links),
    }


def source_dict(page: Page) -> dict[str, Any]:
    masthead = page.masthead
    return {
        "source": page.source,
        "issue_date": page.issue_date.isoformat() if page.issue_date else None,
        "date_source": page.date_source,
        "page": page.number,
        "issue_number": masthead.issue_number if masthead else None,
        "page_count": masthead.page_count if masthead else None,
        "lunar": masthead.lunar if masthead else "",
        "encoding": page.encoding,
        "extras": list(page.extras),
        "extra_kinds": list(page.extra_kinds),
        "duplicates": list(page.duplicates),
    }


def to_json(corpus: Corpus) -> str:
    data = {
        "articles": [article_dict(a) for a in corpus.articles],
        "sources": [source_dict(p) for p in corpus.pages],
        "errors": [{"path": e.path, "reason": e.reason} for e in corpus.errors],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def to_markdown(corpus: Corpus) -> str:
    """A readable dump: issue, page, headline hierarchy, byline, paragraphs."""
    out: list[str] = []
    for issue in corpus.issues:
        head = f"# 湖南日报 {issue.label}"
        if issue.date:
            head += f" {issue.weekday}"
        masthead = issue.masthead
        if masthead and masthead.issue_number:
            head += f" 第{masthead.issue_number}号"
        out.append(head)
        for page in issue.pages:
            number = f"第{page.number}版" if page.number else "版次不明"
            out.append(f"\n## {number} ({_md(page.source)})")
            for art in page.articles:
                out.append("")
                if art.column:
                    out.append(f"*【{_md(art.column)}】*")
                if art.kicker:
                    out.append(f"*{_md(art.kicker)}*")
                title = art.title or "(无标题)"
                out.append(f"### {_md(title)}" + (" (摘自正文)" if art.title_derived else ""))
                if art.subtitle:
                    out.append(f"**——{_md(art.subtitle)}**")
                meta = [m for m in (art.byline, art.dateline, art.continued) if m]
                if meta:
                    out.append("")
                    out.append(" · ".join(_md(m) for m in meta))
                for para in art.paragraphs:
                    out.append("")
                    out.append(f"**{_md(para)}**" if para in art.subheads else _md(para))
    return "\n".join(out) + "\n"


# Every character Markdown (and the HTML it allows) could read as syntax:
# emphasis, code, links and images, raw HTML, headings, tables, entities.
_MD_SYNTAX = re.compile(r"([\\`*_\[\]<>#|!&()~])")


def _md(text: str) -> str:
    """Escape what Markdown would read as syntax: newspaper text and file names are data.

    A line end would start a new block (a forged heading), so it becomes a space.
    """
    return _MD_SYNTAX.sub(r"\\\1", " ".join(text.splitlines()))
