"""Evidence that reads across a cut: province words, and story topics that
hold no jump markers or figures."""

from __future__ import annotations

import jieba
import pytest

from hnreader.corpus.match import joins_word
from hnreader.corpus.segment import hunan_words
from hnreader.corpus.segment.stitching import topic_text


@pytest.mark.parametrize(
    ("tail", "piece"),
    [
        ("打造都市圈，深化与长", "株潭三市的产业协作。"),  # 长株潭
        ("支持长株", "潭建设现代化都市圈。"),
        ("推进湘赣", "边区域合作示范区建设。"),  # 湘赣边
        ("落实“三高", "四新”美好蓝图。"),  # 三高四新
    ],
)
def test_a_province_word_cut_in_two_joins_across_the_cut(tail, piece):
    hunan_words.load()
    assert joins_word(tail, piece)


def test_province_words_are_whole_words_to_jieba():
    hunan_words.load()
    assert "长株潭" in jieba.lcut("推动长株潭一体化发展", HMM=False)
    assert "湘江新区" in jieba.lcut("湘江新区管委会召开会议", HMM=False)


def test_a_plain_word_pair_is_still_no_cut_word():
    hunan_words.load()
    assert not joins_word("会议要求各地", "认真抓好落实。")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("▲ ▲（上接3版①）加快产业园区建设", "加快产业园区建设", ("上接", "3", "▲")),
        ("前9个月完成投资120.5亿元", "个月完成投资", ("9", "120.5")),
        ("项目建设提速(下转2版)", "项目建设提速", ("下转", "2")),
    ],
)
def test_a_topic_holds_words_not_markers_or_figures(text, kept, dropped):
    topic = topic_text(text)
    assert kept in topic.replace(" ", "")
    for part in dropped:
        assert part not in topic
