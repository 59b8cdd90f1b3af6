"""Continued stories: link 下转N版 on one page to 上接/紧接 on another of the same issue."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .match import similarity
from .model import Article, Issue

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def link_jumps(issues: Sequence[Issue]) -> tuple[Issue, ...]:
    """Set ``Article.links`` on both halves of every story whose halves are loaded."""
    out = []
    for issue in issues:
        links = _issue_links(issue)
        if not links:
            out.append(issue)
            continue
        pages = []
        for page in issue.pages:
            arts = tuple(
                dataclasses.replace(a, links=tuple(links[a.id])) if a.id in links else a
                for a in page.articles
            )
            pages.append(dataclasses.replace(page, articles=arts))
        out.append(dataclasses.replace(issue, pages=tuple(pages)))
    return tuple(out)


def _issue_links(issue: Issue) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for page in issue.pages:
        for part in page.articles:
            for jump in part.jumps:
                if jump.direction != "from":
                    continue
                origin = _origin(issue, part, jump.page, jump.slot)
                if origin is not None:
                    links.setdefault(part.id, []).append(origin.id)
                    links.setdefault(origin.id, []).append(part.id)
    return links


def _origin(issue: Issue, part: Article, page_no: int, slot: str) -> Article | None:
    """The story on page ``page_no`` that jumps to where ``part`` is printed."""
    pages = [p for p in issue.pages if p.number == page_no]
    candidates = [
        a
        for p in pages
        for a in p.articles
        if any(
            j.direction == "to" and (part.page_number is None or j.page == part.page_number)
            for j in a.jumps
        )
    ]
    if not candidates:
        return None
    if slot and slot in _CIRCLED:
        k = _CIRCLED.index(slot)
        if k < len(candidates):
            return candidates[k]
    return max(candidates, key=lambda a: similarity(a.body, part.body))
