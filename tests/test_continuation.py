"""How the two ends of a cut paragraph are read, and a parallel opening kept whole."""

from __future__ import annotations

import pytest

from hnreader.corpus.segment.continuation import (
    End,
    Start,
    end_of,
    parallel_opening,
    start_of,
)


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("万吨，同比增长百分之十二。", Start.UNIT),  # after a bare figure
        ("860亿元，同比增长9.1%。", Start.FIGURE),  # after a verb
        ("，同比增长9.1%。", Start.MID),
        ("潭两市联合开通公交线路。", Start.FRAGMENT),  # the rest of an abbreviation
        ("实，是关键。抓落实要见真章。", Start.PLAIN),  # a parallel opening
        ("会议要求，各地要抓好落实。", Start.PLAIN),
        ("与上年相比，今年参展企业更多。", Start.PLAIN),  # a frame opens a sentence
        ("与此同时，各地加快项目建设。", Start.PLAIN),
        ("与国有企业享受同等待遇。", Start.CLAUSE),  # a sentence's second half
    ],
)
def test_how_a_piece_starts(piece, kind):
    assert start_of(piece) is kind


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("全年粮食产量达 12.6", End.FIGURE),
        ("推动湘江新区与长", End.LONE),  # half of an abbreviation
        ("各地要", End.WORD),  # a modal is a word of its own
        ("全年完成投资", End.WORD),
        ("统筹推进项目建设，", End.COMMA),
    ],
)
def test_how_an_open_tail_ends(tail, kind):
    assert end_of(tail) is kind


def test_a_parallel_opening_is_whole_and_a_cut_word_is_not():
    assert parallel_opening("实，是关键。抓落实要见真章。")
    assert not parallel_opening("务。全市各地积极行动。")
    assert not parallel_opening("实施方案已经印发。")
