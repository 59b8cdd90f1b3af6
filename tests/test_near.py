"""The near-match rule, alone and as the search applies it."""

from __future__ import annotations

import datetime as dt

import pytest

from hnreader.corpus.index import SearchIndex
from hnreader.corpus.near import in_order, near_enough

from .test_search import article, corpus_of


@pytest.mark.parametrize(
    ("term", "found", "near"),
    [
        ("天心", "天心", True),
        ("天心", "心天", False),  # two characters: exact only
        ("天心", "天", False),
        ("天心区", "天心区", True),
        ("天心区", "天新区", True),  # one wrong
        ("天心区", "天区", True),  # one missing
        ("天心区", "天心城区", True),  # one extra
        ("天心区", "区心天", False),  # order lost
        ("智赋万企", "赋万企智", True),  # all but one in order
        ("欧阳晓东", "晓东欧阳", False),  # two out of order
        ("智赋万企", "智赋", False),  # too short
        ("智赋万企", "智赋万企业发展", False),  # too long
    ],
)
def test_near_enough(term, found, near):
    assert near_enough(term, found) is near


def test_in_order():
    assert in_order("abcd", "xaybzd") == 3
    assert in_order("", "abc") == 0


D = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    arts = [
        article("exact", D, "天心区举办活动", ("天心区的居民参加。",)),
        article("scattered", D, "今天的新闻", ("市民中心开放。",)),  # 天…心 apart
        article("shuffled", D, "心天公园", ("公园开放。",)),
        article("near", D, "天新区举办活动", ("居民参加。",)),
    ]
    arts += [article(f"many-{n}", D, f"天心第{n}条", ()) for n in range(12)]
    return SearchIndex.build(corpus_of(arts))


def ids(hits):
    return [h.article.id for h in hits]


def test_two_characters_find_only_themselves(index):
    found = ids(index.search("天心", limit=100))
    assert "scattered" not in found and "shuffled" not in found
    assert "exact" in found


def test_near_matches_rank_below_exact_ones_and_say_so(index):
    hits = index.search("天心区")
    assert ids(hits)[0] == "exact" and not hits[0].near
    near = [h for h in hits if h.article.id == "near"]
    assert near and near[0].near
    flags = [h.near for h in hits]
    assert flags == sorted(flags)  # every exact match before every near one


def test_total_counts_beyond_the_limit(index):
    hits = index.search("天心", limit=5)
    assert len(hits) == 5
    assert hits.total == 13  # "exact" and twelve more, all shown as found
