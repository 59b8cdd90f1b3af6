"""Rules for variants of the paper and of its extraction that independent sets
showed on arrival, each on a small page of new text."""

from __future__ import annotations

from pathlib import Path

from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import squash
from hnreader.corpus.segment import segment_page


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def stories(page):
    return [a for a in page.articles if a.kind != "photo"]


def column_page(*blocks: str) -> str:
    """A column-broken page: one printed column line a text line, a blank between."""
    return "\n\n".join(line for block in blocks for line in block.split("\n")) + "\n"


def test_a_line_of_running_text_printed_twice_is_read_once_and_opens_no_story():
    page = parse(
        column_page(
            "湖南日报 4 月 2 日讯（全媒体记者\n王小川 通讯员 李青）今天上午，\n"
            "城东片区首批重点项目集中开工，\n18 个项目总投资 96 亿元。\n"
            "此次开工项目覆盖装备制造、数\n此次开工项目覆盖装备制造、数\n"
            "字经济和城市更新等领域，其中\n产业项目 11 个，占总投资的六\n成以上。",
            "城东片区首批重点项目集中开工",
            "湖南日报 4 月 2 日讯（全媒体记者\n赵一鸣）记者今天从市农业农村\n"
            "局获悉，全市春播面积已过半。",
            "全市春播面积过半",
        )
    )
    assert [a.title for a in stories(page)] == ["城东片区首批重点项目集中开工", "全市春播面积过半"]
    body = squash("".join(stories(page)[0].paragraphs))
    assert body.count("此次开工项目覆盖装备制造、数字经济") == 1
    assert any("此次开工项目覆盖装备制造" in d for d in page.duplicates)
