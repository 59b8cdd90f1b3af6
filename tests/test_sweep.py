"""The last pass keeps what no other pass claimed, exactly, and says so: swept
text is marked, and stays a small share of a real page."""

from __future__ import annotations

from pathlib import Path

import pytest

from hnreader.corpus import seeds_path
from hnreader.corpus.export import source_dict
from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import squash
from hnreader.corpus.segment import column_pages, paragraph_pages, segment_page
from hnreader.corpus.segment.kinds import ExtraKind
from hnreader.corpus.segment.sweep import Ledger, swept_share
from hnreader.corpus.segment.thresholds import SWEPT_SHARE_MAX

SEEDS = sorted(seeds_path().glob("*.txt"))
DEV = sorted((Path(__file__).parent / "dev" / "pages").glob("*.txt"))
DEV_PAGE_SHARE_MAX = 0.02  # no development page loses more than this to the sweep


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def share(page) -> float:
    return swept_share(page.raw, page.extras, page.extra_kinds)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_swept_text_is_a_small_share_of_a_seed_page(path):
    page = parse(path.read_text(encoding="utf-8"), path.name)
    assert share(page) < SWEPT_SHARE_MAX


@pytest.mark.skipif(not DEV, reason="no development corpus")
def test_swept_text_is_a_small_share_of_the_development_corpus():
    """Under 1% of all the corpus's characters, and no page far above it
    (the worst pages today hold a doubled headline or a cut the passes miss)."""
    swept = total = 0.0
    for path in DEV:
        page = parse(path.read_text(encoding="utf-8"), path.name)
        chars = len(squash(page.raw))
        swept += share(page) * chars
        total += chars
        assert share(page) < DEV_PAGE_SHARE_MAX, path.name
    assert swept / total < SWEPT_SHARE_MAX


def test_a_segmenter_that_finds_nothing_fails_the_share(monkeypatch):
    """The safety net keeps everything, so coverage alone cannot tell a
    segmenter that returns nothing; the swept share does."""
    nothing = lambda lines: ([], [], [])  # noqa: E731
    monkeypatch.setattr(column_pages, "segment", nothing)
    monkeypatch.setattr(paragraph_pages, "segment", nothing)
    for path in SEEDS:
        page = parse(path.read_text(encoding="utf-8"), path.name)
        assert not page.articles
        assert share(page) > 0.9
        assert ExtraKind.SWEPT in page.extra_kinds


def test_extras_carry_their_kind_in_the_export():
    text = (
        "2026年1月\n\n9\n\n星期五\n\n丙午年冬月廿一\n第28001号\n\n今日8版\n\n"
        "距离全省运动会开幕\n\n还有30天\n\n"
        "春运首日客流平稳\n\n"
        "湖南日报1月8日讯（全媒体记者 何青）今天，全省春运首日发送旅客42万人次。\n\n"
    )
    data = source_dict(parse(text))
    assert len(data["extras"]) == len(data["extra_kinds"])
    assert data["extra_kinds"][:2] == ["masthead", "box"]
    assert all(isinstance(e, str) for e in data["extras"])


def test_a_short_line_is_not_found_inside_longer_ones():
    """Each output character accounts for one line only: "全媒" among
    "全媒体" lines is missing when the output holds it only inside those."""
    ledger = Ledger(["全媒体记者 甲", "全媒体记者 乙"])
    assert ledger.take("全媒体记者甲")
    assert ledger.take("全媒体记者乙")
    assert not ledger.take("全媒")


def test_a_line_is_matched_as_pieces_of_several_fields():
    ledger = Ledger(["湖南日报1月8日讯（全媒体记者 何青）", "今天，全省春运首日发送旅客42万人次。"])
    assert ledger.take("湖南日报1月8日讯（全媒体记者何青）今天，全省春运")
    assert not ledger.take("今天，全省春运")  # used up by the line above
    assert ledger.take("首日发送旅客42万人次。")


def test_a_lost_line_is_swept_and_marked(monkeypatch):
    text = (
        "春运首日客流平稳\n\n"
        "湖南日报1月8日讯（全媒体记者 何青）今天，全省春运首日发送旅客42万人次。\n\n"
        "铁路部门加开夜间列车，满足务工人员返乡需求。\n\n"
    )
    whole = parse(text)
    assert ExtraKind.SWEPT not in whole.extra_kinds
    real = paragraph_pages.segment

    def loses_a_paragraph(lines):
        drafts, boxes, duplicates = real(lines)
        drafts[0].paras.pop()
        return drafts, boxes, duplicates

    monkeypatch.setattr(paragraph_pages, "segment", loses_a_paragraph)
    page = parse(text)
    assert page.extras == ("铁路部门加开夜间列车，满足务工人员返乡需求。",)
    assert page.extra_kinds == (ExtraKind.SWEPT,)
