"""A reporter's page: every piece by one name, how often over time, where and about what."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..corpus.model import Article
from .facets import Choice, Facet
from .tally import Tally, query_trend
from .trend import Granularity, Trend

# How many places and topics a reporter's page lists.
TOP_PLACES = 8
TOP_TOPICS = 10
# Words of a topic at least this long (single characters say nothing on their own).
MIN_TOPIC_CHARS = 2


@dataclass(frozen=True)
class Profile:
    """What one reporter wrote: pieces newest first, their trend, places and topics."""

    name: str
    articles: tuple[Article, ...]
    trend: Trend
    places: list[tuple[str, int]]
    topics: list[tuple[str, int]]


def profile(
    name: str,
    tally: Tally,
    pieces: Callable[[Sequence[Choice]], Sequence[Article]],
    by: Granularity | None = None,
) -> Profile:
    """The profile of ``name``: ``pieces(choices)`` gives the articles carrying the
    chosen facet values, newest first; ``tally`` counts them. The trend spans the whole archive,
    so a reporter's quiet years show."""
    choice = Choice(Facet.REPORTER, name)
    mine = tuple(pieces([choice]))
    return Profile(
        name=name,
        articles=mine,
        trend=query_trend(tally, [None], [choice], by, labels=[name]),
        places=tally.values(None, Facet.PLACE, [choice], limit=TOP_PLACES),
        topics=topics([a.headline for a in mine]),
    )


_jieba_lock = threading.Lock()


def topics(headlines: Sequence[str], limit: int = TOP_TOPICS) -> list[tuple[str, int]]:
    """The words that stand out in ``headlines`` (TF-IDF against jieba's own
    frequencies) with how many headlines hold each, most first."""
    text = "\n".join(headlines)
    if not text.strip():
        return []
    with _jieba_lock:  # jieba's analyser loads its tables once, not thread-safely
        import jieba
        import jieba.analyse

        jieba.setLogLevel(logging.WARNING)
        words = jieba.analyse.extract_tags(text, topK=limit * 2)
    found = Counter({w: sum(w in h for h in headlines) for w in words if len(w) >= MIN_TOPIC_CHARS})
    return [(w, n) for w, n in found.most_common(limit) if n]
