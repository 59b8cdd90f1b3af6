"""Trend and facet counting over rows, and the facet values of an article."""

from __future__ import annotations

import datetime as dt

import pytest

from hnreader.analysis.facets import Choice, Facet, FacetError, count, facet_values, label, select
from hnreader.analysis.rows import Row
from hnreader.analysis.trend import (
    AUTO_YEARLY_AFTER_MONTHS,
    Granularity,
    Period,
    granularity_for,
    trend,
)
from hnreader.corpus.model import Article

D = dt.date


def test_periods_step_over_year_ends():
    p = Period.of(D(2023, 12, 31), Granularity.MONTH)
    assert (p.label, p.next().label, p.last_day) == ("2023-12", "2024-01", D(2023, 12, 31))
    y = Period.of(D(2023, 6, 1), Granularity.YEAR)
    assert (y.label, y.end) == ("2023", D(2024, 1, 1))
    assert y.contains(D(2023, 12, 31)) and not y.contains(D(2024, 1, 1))


def test_trend_fills_empty_months_and_counts_undated():
    t = trend(
        {"q": [D(2024, 1, 5), D(2024, 3, 1), D(2024, 3, 9), None]},
        everything=[D(2023, 11, 2), D(2024, 1, 5), D(2024, 1, 6), D(2024, 3, 1), D(2024, 3, 9)],
        by=Granularity.MONTH,
    )
    assert [p.label for p in t.periods] == ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]
    (s,) = t.series
    assert s.counts == (0, 0, 1, 0, 2)
    assert t.totals == (1, 0, 2, 0, 2)
    assert s.shares == (0.0, 0.0, 0.5, 0.0, 1.0)
    assert (s.undated, s.total) == (1, 4)


def test_overlaid_series_share_one_axis():
    t = trend(
        {"a": [D(2020, 5, 1)], "b": [D(2022, 7, 1), D(2022, 8, 1)]},
        by=Granularity.YEAR,
    )
    assert [p.label for p in t.periods] == ["2020", "2021", "2022"]
    assert [s.counts for s in t.series] == [(1, 0, 0), (0, 0, 2)]


def test_long_spans_are_counted_per_year():
    start = D(2015, 1, 1)
    short = [start, D(2015 + AUTO_YEARLY_AFTER_MONTHS // 12 - 1, 12, 1)]
    assert granularity_for(short) is Granularity.MONTH
    assert granularity_for([start, D(2025, 1, 1)]) is Granularity.YEAR
    assert trend({"q": [start, D(2025, 1, 1)]}).granularity is Granularity.YEAR


def test_empty_trend():
    t = trend({"q": [None]})
    assert t.periods == () and t.series[0].undated == 1


ROWS = [
    Row("a", D(2024, 1, 1), 1, "news", "", ("石晓岚", "万青"), ("浏阳市", "长沙市")),
    Row("b", D(2024, 1, 2), 2, "news", "", ("石晓岚",), ("长沙市",)),
    Row("c", D(2024, 2, 1), 10, "commentary", "三湘时评", ("蒲思远",), ()),
    Row("d", D(2024, 2, 1), 2, "photo", "", ("万青",), ("株洲市",)),
]


def test_count_most_first_and_pages_in_number_order():
    assert count(ROWS, Facet.REPORTER) == [("万青", 2), ("石晓岚", 2), ("蒲思远", 1)]
    assert count(ROWS, Facet.PAGE) == [("2", 2), ("1", 1), ("10", 1)]
    assert count(ROWS, Facet.COLUMN) == [("三湘时评", 1)]
    assert count(ROWS, Facet.PLACE, limit=1) == [("长沙市", 2)]


def test_choices_combine():
    chosen = [Choice.parse("reporter=石晓岚")]
    assert [r.id for r in select(ROWS, chosen)] == ["a", "b"]
    chosen.append(Choice.parse("地点=浏阳"))
    assert [r.id for r in select(ROWS, chosen)] == ["a"]
    chosen.append(Choice.parse("kind=评论"))
    assert select(ROWS, chosen) == []
    assert [r.id for r in select(ROWS, [Choice.parse("版=10版")])] == ["c"]


@pytest.mark.parametrize("text", ["reporter", "who=张三", "kind=社论", "place="])
def test_bad_choices(text):
    with pytest.raises(FacetError):
        Choice.parse(text)


def test_labels():
    assert label(Facet.KIND, "commentary") == "评论"
    assert label(Facet.PAGE, "3") == "3版"


def test_facet_values_of_an_article():
    article = Article(
        id="x",
        source="p.txt",
        kind="news",
        column="一线调研",
        title="浏阳花炮出海",
        dateline="湖南日报浏阳5月1日讯（全媒体记者 石晓岚 通讯员 万青）",
        paragraphs=("花炮企业在醴陵和浏阳都有工厂。",),
        page_number=3,
    )
    assert facet_values(article) == {
        "reporter": ["石晓岚", "万青"],
        "place": ["浏阳市", "长沙市", "醴陵市", "株洲市"],
        "column": ["一线调研"],
        "page": ["3"],
        "kind": ["news"],
    }


def _tally():
    from hnreader.analysis.tally import RowTally

    matching = {"q": ["a", "b", "c", "d"], "r": ["c", "d"]}
    return RowTally(lambda: ROWS, matching.__getitem__)


def test_narrowing_steps_and_undo():
    from hnreader.analysis.narrowing import Narrowing

    n = Narrowing("q", _tally())
    assert n.total() == 4 and not n.narrowed
    n = n.choose(Choice(Facet.REPORTER, "万青"))
    assert n.total() == 2
    counts = n.facet_counts()
    assert ("万青", 2) not in counts[Facet.REPORTER]  # a chosen value is not offered again
    assert counts[Facet.REPORTER] == [("石晓岚", 1)]
    n = n.pick(Period.of(D(2024, 2, 1), Granularity.MONTH))
    assert n.total() == 1
    assert n.facet_counts()[Facet.KIND] == [("photo", 1)]
    # the chart still shows every period of the chosen rows
    assert n.trend(Granularity.MONTH).series[0].counts == (1, 1)
    n = n.undo()
    assert n.total() == 2 and n.period is None
    assert n.undo().total() == 4


def test_narrowing_overlay_takes_the_same_choices():
    from hnreader.analysis.narrowing import Narrowing

    n = Narrowing("q", _tally()).choose(Choice(Facet.KIND, "news"))
    t = n.trend(Granularity.MONTH, compare="r")
    assert [s.label for s in t.series] == ["q", "r"]
    assert [s.counts for s in t.series] == [(2, 0), (0, 0)]
    assert t.totals == (2, 2)
    # the chart and the facet lists together give what each gives alone
    for narrowed in (n, n.pick(Period.of(D(2024, 2, 1), Granularity.MONTH))):
        trend_, counts = narrowed.view(compare="r", by=Granularity.MONTH)
        assert trend_ == narrowed.trend(Granularity.MONTH, compare="r")
        assert counts == narrowed.facet_counts()


def test_reporter_profile():
    from hnreader.analysis.reporter import profile

    headlines = {
        "a": "浏阳花炮出口增长",
        "b": "长沙花炮产业链延伸",
        "c": "评论：守住底线",
        "d": "株洲花炮安全检查",
    }
    tally = _tally()

    def pieces(choices):
        rows = sorted(tally.rows(None, choices), key=lambda r: r.date, reverse=True)
        return [Article(id=r.id, source="", title=headlines[r.id]) for r in rows]

    p = profile("万青", tally, pieces, Granularity.MONTH)
    assert [a.id for a in p.articles] == ["d", "a"]  # newest first
    assert p.trend.series[0].label == "万青"
    assert p.trend.series[0].counts == (1, 1)
    assert dict(p.places) == {"浏阳市": 1, "长沙市": 1, "株洲市": 1}
    assert p.topics[0] == ("花炮", 2)


def test_rows_of_a_corpus_feed_a_tally():
    from hnreader.analysis.rows import CorpusRows
    from hnreader.analysis.tally import RowTally
    from hnreader.corpus.model import Corpus, Issue, Page

    articles = tuple(
        Article(
            id=f"a{n}",
            source="p.txt",
            title="花炮",
            dateline=f"湖南日报{place}5月1日讯（全媒体记者 {who}）",
            issue_date=D(2024, 5, 2),
            page_number=1,
            position=n,
        )
        for n, (who, place) in enumerate([("石晓岚", "浏阳"), ("万青", "醴陵"), ("石晓岚", "")])
    )
    corpus = Corpus((Issue(D(2024, 5, 2), (Page("p.txt", "/p.txt", "", articles),)),))
    rows = CorpusRows(corpus)
    tally = RowTally(rows.all_rows, lambda q: [a.id for a in corpus.articles if q in a.title])
    assert tally.values("花炮", Facet.REPORTER) == [("石晓岚", 2), ("万青", 1)]
    assert tally.values("花炮", Facet.PLACE, [Choice(Facet.REPORTER, "石晓岚")]) == [
        ("浏阳市", 1),
        ("长沙市", 1),
    ]
    assert tally.months("花炮") == {D(2024, 5, 1): 3}
