"""Blocks -> articles (provisional: one article per blank-separated block run)."""

from __future__ import annotations

from .model import Article, Page
from .read import RawPage


def segment_page(raw: RawPage, source: str) -> Page:
    paragraphs = [line.strip() for line in raw.text.split("\n") if line.strip()]
    articles = ()
    if paragraphs:
        articles = (
            Article(id="", source=source, title=paragraphs[0][:20], title_derived=True,
                    paragraphs=tuple(paragraphs)),
        )
    return Page(source=source, path=str(raw.path), raw=raw.text, articles=articles,
                encoding=raw.encoding)
