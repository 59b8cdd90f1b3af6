"""A small corpus built from the model, with every feature the reader shows."""

from __future__ import annotations

import datetime as dt

import pytest

from hnreader.app import make_app
from hnreader.corpus.model import Article, Corpus, Issue, Jump, LoadError, Masthead, Page

HOSTILE = "[bold]粗体[/] [/] \x1b[31m红色\x1b[0m \x07 [link=http://x]链接[/link]"


def _article(date: dt.date, page: int, n: int, **fields) -> Article:
    fields.setdefault("title", f"第{page}版文章{n}标题")
    fields.setdefault("paragraphs", (f"第{page}版文章{n}的正文，测试用。",))
    return Article(
        id=f"{date:%Y%m%d}-p{page}-{n:02d}",
        source=f"{date:%Y%m%d}-{page}.txt",
        issue_date=date,
        page_number=page,
        position=n,
        **fields,
    )


def _page(date: dt.date, number: int, articles: tuple[Article, ...], **extra) -> Page:
    raw = "\n".join(f"原始第{k}行" for k in range(1, 31))
    return Page(
        source=f"{date:%Y%m%d}-{number}.txt",
        path=f"/data/{date:%Y%m%d}-{number}.txt",
        raw=raw,
        articles=articles,
        issue_date=date,
        number=number,
        **extra,
    )


def build_corpus(errors: tuple[LoadError, ...] = ()) -> Corpus:
    """Three issues; the newest has a masthead, a continued story and hostile text."""
    d1, d2, d3 = dt.date(2024, 3, 8), dt.date(2024, 3, 9), dt.date(2024, 3, 10)
    long_body = tuple(f"长文第{k}段，洞庭湖水位持续上涨。" * 6 for k in range(1, 25))
    front = (
        _article(
            d3,
            1,
            1,
            kicker="引题在上",
            title="洞庭湖生态保护取得新进展",
            subtitle="副题在下",
            column="要闻",
            byline="记者 张三",
            dateline="湖南日报3月9日讯",
            subheads=("小标题一",),
            paragraphs=("第一段提到洞庭湖。", "小标题一", "第二段又提到洞庭湖和长沙。"),
            source_lines=(3, 4, 5),
            continued="下转2版",
            jumps=(Jump("to", 2, "", "下转2版"),),
            links=(f"{d3:%Y%m%d}-p2-01",),
        ),
        _article(
            d3, 1, 2, kind="commentary", title="评论一则", title_derived=True, paragraphs=long_body
        ),
        _article(d3, 1, 3, kind="photo", title=HOSTILE, paragraphs=(HOSTILE,)),
    )
    second = (
        _article(
            d3,
            2,
            1,
            kind="continuation",
            title="接上文",
            title_derived=True,
            continued="上接1版",
            jumps=(Jump("from", 1, "", "上接1版"),),
            links=(f"{d3:%Y%m%d}-p1-01",),
            paragraphs=("续篇的正文。",),
        ),
        _article(d3, 2, 2, kind="feature", title="通讯一篇"),
    )
    mast = Masthead(date=d3, weekday=6, lunar="甲辰年正月三十", issue_number=27000, page_count=8)
    newest = Issue(d3, (_page(d3, 1, front, masthead=mast), _page(d3, 2, second)))
    middle = Issue(
        d2,
        (
            _page(d2, 1, (_article(d2, 1, 1, title="中间一期头版"),)),
            _page(d2, 2, (_article(d2, 2, 1, title="中间一期二版"),)),
        ),
    )
    oldest = Issue(d1, (_page(d1, 1, (_article(d1, 1, 1, title="最早一期头版"),)),))
    return Corpus(issues=(oldest, middle, newest), errors=errors)


@pytest.fixture(autouse=True)
def no_clipboard_tools(tmp_path, monkeypatch):
    """No clipboard tool and no display: copying falls back to OSC 52 unless a
    test puts a tool in ``tmp_path / "bin"``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return bin_dir


@pytest.fixture
def corpus() -> Corpus:
    return build_corpus()


@pytest.fixture
def reader(tmp_path, corpus):
    """A reader app on the small corpus."""

    def make(**kwargs):
        kwargs.setdefault("state_dir", tmp_path / "state")
        kwargs.setdefault("settings_dir", tmp_path / "config")
        app = make_app(corpus=kwargs.pop("corpus", corpus), **kwargs)
        app.read_after = 3600  # read marks come from Enter unless a test says otherwise
        return app

    return make
