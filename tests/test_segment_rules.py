"""General rules of segmentation, each on a small page of new text."""

from __future__ import annotations

from pathlib import Path

import pytest

from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import starts_mid_sentence
from hnreader.corpus.segment import segment_page
from hnreader.corpus.segment.kinds import ExtraKind
from hnreader.corpus.segment.patterns import is_byline

LEAD = "今天，全市首批智慧农业示范基地正式挂牌，覆盖水稻、柑橘、茶叶等主导产业。"
MORE = "据介绍，示范基地将推广水肥一体化和无人机植保，带动周边农户增收。"


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def stories(page):
    return [a for a in page.articles if a.kind != "photo"]


@pytest.mark.parametrize(
    "text",
    [
        "湖南日报·华声在线记者 周小安",
        "湖南日报·新湖南客户端记者 钱多多 通讯员 孙一 报道",
        "文丨李清照",
        "记者 王立 通讯员 赵平",
    ],
)
def test_bylines_of_other_desks_and_years(text):
    assert is_byline(text)


def test_a_parallel_opening_is_no_fragment():
    assert not starts_mid_sentence("稳，是前提。发展要稳字当头。")
    assert starts_mid_sentence("务。全市各地积极行动。")


def test_a_dateline_broken_across_lines_is_read_whole():
    page = parse(
        "智慧农业示范基地挂牌\n\n湖南日报 6 月 3\n\n日讯（全媒体记者 周明 通讯员\n\n"
        f"李华）{LEAD}\n\n{MORE}\n"
    )
    (art,) = stories(page)
    assert art.dateline.replace(" ", "") == "湖南日报6月3日讯（全媒体记者周明通讯员李华）"
    assert art.paragraphs[0] == LEAD


def test_a_credit_is_not_joined_to_the_dateline_below_it():
    page = parse(
        "稻田里的无人机\n\n"
        "6月2日，益阳市赫山区，农技人员操作无人机为稻田喷施叶面肥。 湖南日报记者 陈青 摄\n\n"
        "智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.byline.replace(" ", "") == "湖南日报记者陈青摄"
    assert photo.title == "稻田里的无人机"
    (art,) = stories(page)
    assert art.title == "智慧农业示范基地挂牌"


def test_captions_under_a_group_credit_are_photos_of_their_own():
    page = parse(
        "田间新农人\n\n"
        "6月1日，浏阳市一家农场，返乡青年在调试智能灌溉设备。\n\n"
        "6月2日，宁乡市一处育秧工厂，工人在搬运秧盘。\n\n"
        "以上图片均由 湖南日报全媒体记者 吴凡 摄\n\n"
        "智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert len(photos) == 2
    assert photos[0].title == "田间新农人" and not photos[0].byline
    assert photos[1].byline.startswith("以上图片均由")
    assert len(stories(page)) == 1


def test_a_short_label_over_a_signed_piece_is_its_column():
    body = (
        "乡村振兴，人才是关键。近年来，不少年轻人回到家乡，把新技术带进田间地头。\n\n"
        "留住人才，既要有事业平台，也要有生活保障，让返乡者安心扎根。\n"
    )
    page = parse(f"乡野漫笔\n\n让返乡青年留得住\n\n欧阳青\n\n{body}")
    (art,) = stories(page)
    assert (art.column, art.title, art.byline) == ("乡野漫笔", "让返乡青年留得住", "欧阳青")
    assert art.kind == "commentary"


def test_two_framed_short_words_are_a_box():
    page = parse(
        "今日\n\n关注\n\n智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    assert (ExtraKind.BOX, "今日关注") in set(zip(page.extra_kinds, page.extras, strict=True))
    (art,) = stories(page)
    assert art.title == "智慧农业示范基地挂牌"
