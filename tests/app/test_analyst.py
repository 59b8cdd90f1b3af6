"""The analyst views in the reader: facet lists and the trend chart narrow the results,
Escape undoes the last step, a reporter's page opens from the article."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.app import App, ComposeResult

from hnreader.analysis.trend import Granularity, trend
from hnreader.app import make_app
from hnreader.app.screens.reporter_screen import ReporterScreen
from hnreader.app.widgets.article_list import ArticleList
from hnreader.app.widgets.facet_list import FacetList
from hnreader.app.widgets.trend_chart import TrendChart
from hnreader.corpus.model import Article, Corpus, Issue, Page

from .helpers import screen_text, settle

D = dt.date
# (date, page, reporter, place in the dateline): every piece is about 花炮.
PIECES = [
    (D(2024, 1, 5), 1, "石晓岚", "浏阳"),
    (D(2024, 1, 5), 2, "万青", "醴陵"),
    (D(2024, 2, 9), 1, "石晓岚", "浏阳"),
    (D(2024, 3, 1), 3, "石晓岚", "北京"),
    (D(2024, 3, 1), 1, "蒲思远", "浏阳"),
]


def _corpus() -> Corpus:
    issues = []
    for date in sorted({p[0] for p in PIECES}):
        pages = []
        for number in sorted({p[1] for p in PIECES if p[0] == date}):
            articles = tuple(
                Article(
                    id=f"{date:%Y%m%d}-{number}-{n}",
                    source=f"{date:%Y%m%d}-{number}.txt",
                    title=f"{place}花炮新闻{n}",
                    dateline=f"湖南日报{place}{date.month}月{date.day}日讯（全媒体记者 {who}）",
                    paragraphs=(f"{place}的花炮企业今天开工。",),
                    issue_date=date,
                    page_number=number,
                    position=n,
                )
                for n, (d, pg, who, place) in enumerate(PIECES)
                if d == date and pg == number
            )
            pages.append(
                Page(
                    f"{date:%Y%m%d}-{number}.txt",
                    f"/data/{date:%Y%m%d}-{number}.txt",
                    "原文",
                    articles,
                    date,
                    number=number,
                )
            )
        issues.append(Issue(date, tuple(pages)))
    return Corpus(tuple(issues))


@pytest.fixture
def app(tmp_path):
    made = make_app(corpus=_corpus(), state_dir=tmp_path / "state")
    made.read_after = 3600
    return made


async def _search(pilot, text: str) -> None:
    await settle(pilot)
    await pilot.press("slash", *text)
    await settle(pilot)


def _listed(app) -> list[str]:
    return app.screen.query_one(ArticleList).article_ids


async def test_a_facet_choice_filters_and_escape_undoes_it(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "花炮")
        assert len(_listed(app)) == 5
        facets = app.screen.query_one(FacetList)
        assert facets.display
        # choose 石晓岚 in the reporter list
        ids = [facets.get_option_at_index(i).id for i in range(facets.option_count)]
        facets.highlighted = next(i for i, o in enumerate(ids) if o and o.endswith("石晓岚"))
        facets.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(_listed(app)) == ["20240105-1-0", "20240209-1-2", "20240301-3-3"]
        # choices combine: then 北京 among the places
        await pilot.click(FacetList, offset=(3, _line_of(app, facets, "北京")))
        await settle(pilot)
        assert _listed(app) == ["20240301-3-3"]
        assert "已选" in screen_text(app)
        await pilot.press("escape")  # undoes 北京
        await settle(pilot)
        assert len(_listed(app)) == 3
        await pilot.press("escape")  # undoes 石晓岚
        await settle(pilot)
        assert len(_listed(app)) == 5
        await pilot.press("escape")  # then leaves the results
        await settle(pilot)
        assert not app.screen.results and not facets.display


async def test_the_analyst_views_speak_english_when_chosen(tmp_path):
    app = make_app(corpus=_corpus(), state_dir=tmp_path / "state", lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "花炮")
        text = screen_text(app)
        assert "Reporters" in text and "Places" in text and "articles a month" in text
        assert "体裁" not in text and "每月篇数" not in text
        assert "石晓岚" in text  # names are newspaper text: never translated


def _line_of(app, facets: FacetList, value: str) -> int:
    """The line of the facet list (from its top) where ``value`` is shown."""
    region = facets.region
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if region.y <= y < region.bottom and value in strip.crop(region.x, region.right).text:
            return y - region.y
    raise AssertionError(value)


async def test_the_charts_period_filters_the_results(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "花炮")
        chart = app.screen.query_one(TrendChart)
        assert [p.label for p in chart.trend.periods] == ["2024-01", "2024-02", "2024-03"]
        assert chart.trend.series[0].counts == (2, 1, 2)
        chart.focus()
        await pilot.press("left", "left", "enter")  # from the last period to the first
        await settle(pilot)
        assert sorted(_listed(app)) == ["20240105-1-0", "20240105-2-1"]
        assert "2024-01" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert len(_listed(app)) == 5


async def test_a_click_on_a_bar_picks_its_period(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "花炮")
        chart = app.screen.query_one(TrendChart)
        left, right = chart.plot.frame
        middle = left + 1 + (right - left - 1) * 3 // 6  # the centre of the second of three bars
        await pilot.click("#trend-plot", offset=(middle, 4))
        await settle(pilot)
        assert chart.picked.label == "2024-02"
        assert _listed(app) == ["20240209-1-2"]


async def test_normalised_and_overlaid(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "花炮")
        chart = app.screen.query_one(TrendChart)
        chart.focus()
        await pilot.press("percent_sign")
        assert chart.normalised and "百分比" in screen_text(app)
        await pilot.press("c", *"北京", "enter")
        await settle(pilot)
        assert [s.label for s in chart.trend.series] == ["花炮", "北京"]
        assert chart.trend.series[1].counts == (0, 0, 1)
        await pilot.press("c", "escape")  # the comparison box closes; the results stay
        await settle(pilot)
        assert not chart.has_class("-comparing") and app.screen.results
        assert len(chart.trend.series) == 2


async def test_a_reporters_page(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await _search(pilot, "石晓岚")
        await pilot.press("enter")  # open the first result in the reading pane
        await pilot.press("w")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReporterScreen)
        assert screen.profile.name == "石晓岚" and len(screen.profile.articles) == 3
        text = screen_text(app)
        assert "浏阳市 2" in text and "3 篇" in text
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ReporterScreen)
        assert app.screen.article_id == "20240301-3-3"  # the newest piece


class ChartApp(App):
    CSS = "TrendChart { height: 1fr; } #trend-compare { display: none; }"

    def compose(self) -> ComposeResult:
        yield TrendChart()

    def on_mount(self) -> None:
        months = [D(2023, m, 1) for m in range(1, 13) for _ in range(m % 5 + 1)]
        months += [D(2024, m, 3) for m in range(1, 7) for _ in range(7 - m)]
        other = [D(2023, m, 2) for m in range(3, 13, 2)] * 2
        every = months + other + [D(2024, 6, 30)] * 5
        self.query_one(TrendChart).show(
            trend({"外贸": months, "消费": other}, every, Granularity.MONTH)
        )


def test_chart_snapshot(snap_compare):
    assert snap_compare(ChartApp(), terminal_size=(120, 40))
