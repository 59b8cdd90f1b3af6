"""Names and places read from the shapes the paper prints bylines and datelines in.

The names are invented; the shapes are the paper's.
"""

from __future__ import annotations

import pytest

from hnreader.analysis.names import Role, credits, names
from hnreader.analysis.places import dateline_place, gazetteer, places

R, C, P, E, A = Role.REPORTER, Role.CORRESPONDENT, Role.PHOTOGRAPHER, Role.COMMENTATOR, Role.AUTHOR

CREDITS = [
    # datelines: reporters in the parenthesis, spaced or run into the role
    ("湖南日报3月8日讯（全媒体记者石晓岚 通讯员 万青）", [("石晓岚", R), ("万青", C)]),
    ("湖南日报3月26日讯(全媒体记者 贺子鸣)", [("贺子鸣", R)]),
    (
        "湖南日报11月15日讯(全媒体记者 邝一帆 柯雨桐 通讯员 尤建国 包丽)",
        [("邝一帆", R), ("柯雨桐", R), ("尤建国", C), ("包丽", C)],
    ),
    ("湖南日报北京5月12日电（记者 欧阳卓 鲍文）", [("欧阳卓", R), ("鲍文", R)]),
    ("湖南日报·新湖南客户端5月12日讯（记者 阮星河）", [("阮星河", R)]),
    ("本报讯（通讯员 戚茂林）", [("戚茂林", C)]),
    ("湖南日报3月8日讯", []),
    # bylines
    ("湖南日报全媒体记者 石晓岚 通讯员 万青", [("石晓岚", R), ("万青", C)]),
    ("湖南日报全媒体评论员 蒲思远", [("蒲思远", E)]),
    ("湖南日报全媒体评论员", []),
    ("本报评论员", []),
    ("湖南日报·华声在线记者 阮星河", [("阮星河", R)]),
    ("湖南日报·新湖南客户端记者 阮星河 报道", [("阮星河", R)]),
    ("湖南日报首席记者 祁连山", [("祁连山", R)]),
    ("湖南日报见习记者 甘露 实习生 巫小溪", [("甘露", R), ("巫小溪", Role.INTERN)]),
    ("文丨蒲思远", [("蒲思远", A)]),
    ("文/蒲思远 图/柯雨桐", [("蒲思远", A), ("柯雨桐", P)]),
    ("文｜蒲思远  图｜柯雨桐", [("蒲思远", A), ("柯雨桐", P)]),
    ("湖南日报全媒体记者 贺子鸣 摄", [("贺子鸣", P)]),
    (
        "湖南日报全媒体记者 邝一帆 柯雨桐 石晓岚 摄影报道",
        [("邝一帆", P), ("柯雨桐", P), ("石晓岚", P)],
    ),
    ("湖南日报全媒体记者 邝一帆 通讯员 尤建国 摄影报道", [("邝一帆", P), ("尤建国", P)]),
    ("卜云舒 摄（湖南图片库）", [("卜云舒", P)]),
    ("卜云舒摄", [("卜云舒", P)]),
    ("通讯员 尤建国 供图", [("尤建国", P)]),
    ("买买提·吐尔逊 摄", [("买买提·吐尔逊", P)]),
    ("祁连山", [("祁连山", R)]),
    ("祁连山 甘露", [("祁连山", R), ("甘露", R)]),
    ("(本文图片均由某某经开区提供)", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_credits(text, expected):
    assert [(c.name, c.role) for c in credits(text)] == expected


def test_names_are_distinct_across_byline_and_dateline():
    byline = "湖南日报全媒体记者 石晓岚"
    dateline = "湖南日报3月8日讯（全媒体记者 石晓岚 通讯员 万青）"
    assert names(byline, dateline) == ["石晓岚", "万青"]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("湖南日报北京5月12日电（记者 欧阳卓）", "北京"),
        ("湖南日报浏阳5月1日讯（通讯员 万青）", "浏阳"),
        ("湖 南 日 报 株 洲 5 月 1 日 讯", "株洲"),
        ("湖南日报·新湖南客户端通道5月12日讯", "通道"),
        ("新华社北京3月8日电", "北京"),
        ("湖南日报长沙、岳阳7月5日讯（记者 邝远航）", "长沙、岳阳"),  # (filed from two places)
        ("湖南日报3月8日讯（全媒体记者 石晓岚）", ""),
        ("本报讯", ""),
        ("湖南日报全媒体记者 石晓岚", ""),  # a byline, not a dateline
    ],
)
def test_dateline_place(dateline, place):
    assert dateline_place(dateline) == place


def test_gazetteer_holds_every_division_with_its_source():
    gaz = gazetteer()
    assert len(gaz.prefectures) == 14
    assert len(gaz.places) - 14 == 122
    assert "民政部" in gaz.source
    assert gaz.lookup("长沙").name == "长沙市"
    assert gaz.lookup("浏阳").prefecture == "长沙市"
    assert gaz.lookup("湘西").name == "湘西土家族苗族自治州"
    assert gaz.lookup("通道") is None  # an everyday word in text
    assert gaz.lookup("通道", in_dateline=True).prefecture == "怀化市"


def test_places_of_a_piece():
    # the dateline's place first; a county counts for its prefecture too
    assert places("湖南日报浏阳5月1日讯", "浏阳花炮") == ["浏阳市", "长沙市"]
    assert places("湖南日报北京5月12日电", "") == ["北京"]
    assert places("湖南日报·新湖南客户端通道5月12日讯", "") == ["通道侗族自治县", "怀化市"]
    assert places("湖南日报长沙、岳阳7月5日讯", "") == [
        "长沙市",
        "岳阳市",
    ]  # (two places filed from)
    # the longest name wins: 长沙县 is a county, 湘潭县 not the city
    assert places("", "从长沙县到湘潭县") == ["长沙县", "长沙市", "湘潭县", "湘潭市"]


@pytest.mark.parametrize(
    "text",
    ["天津市的企业", "湖南县域经济", "省道县道改造", "中方表示", "绿色通道", "芙蓉花开"],
)
def test_words_that_only_look_like_places(text):
    assert places("", text) == []
