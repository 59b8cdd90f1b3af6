"""Words of Hunan's public life that jieba's general dictionary lacks.

A paragraph cut inside one of these (与长 + 株潭…) leaves no word across the
cut that jieba's dictionary knows. Every entry is general knowledge of
the province: its city cluster, national new area and regions (the
province's own names for them), the slogans of its development plans as
the provincial government words them, and the standing formulas of the
national documents its reports of meetings quote. None comes from one page
of the paper.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reflow import squash

#: Regions and city clusters of the province.
PLACES = (
    "长株潭",  # the Changsha–Zhuzhou–Xiangtan city cluster
    "湘江新区",  # the national new area west of Changsha (2015)
    "湘赣边",  # the Hunan–Jiangxi border region of the revolutionary base areas
    "大湘西",  # the western mountain region (a tourism and poverty programme)
    "湘南湘西",  # the industrial-transfer demonstration zone
    "洞庭湖区",
    "环洞庭湖",
    "东江湖",  # the reservoir of Chenzhou
    "湘西州",  # Xiangxi Tujia and Miao Autonomous Prefecture, as the press shortens it
    "长沙经开区",
    "岳麓山",
    "橘子洲",
)

#: The province's fourteen cities and prefectures, as the press names them.
CITIES = (
    "长沙",
    "株洲",
    "湘潭",
    "衡阳",
    "邵阳",
    "岳阳",
    "常德",
    "张家界",
    "益阳",
    "郴州",
    "永州",
    "怀化",
    "娄底",
    "湘西",
)

#: The province's county-level cities and counties, as the press names them
#: without 市 or 县 (a reader signs a letter 沅江 某某). Those named like a
#: city's district or another word (南县, 津市, 韶山) are left out.
COUNTIES = (
    "浏阳", "宁乡", "醴陵", "湘乡", "耒阳", "常宁", "武冈", "邵东", "汨罗", "临湘",
    "沅江", "资兴", "洪江", "冷水江", "涟源", "吉首", "茶陵", "攸县", "炎陵", "平江",
    "华容", "湘阴", "安化", "桃江", "汉寿", "桃源", "澧县", "石门", "慈利", "桑植",
    "凤凰", "龙山", "永顺", "花垣", "保靖", "古丈", "泸溪", "新化", "双峰", "新邵",
    "隆回", "洞口", "绥宁", "新宁", "城步", "祁阳", "祁东", "衡山", "衡东", "衡南",
    "宁远", "道县", "江永", "江华", "蓝山", "新田", "双牌", "东安", "桂阳", "宜章",
    "永兴", "嘉禾", "临武", "汝城", "桂东", "安仁", "辰溪", "溆浦", "会同", "麻阳",
    "新晃", "芷江", "靖州", "通道", "沅陵", "安乡", "临澧",
)  # fmt: skip

#: A place's name: a city or region, then a county or district, then a
#: town or village, each named or closed by its kind of division (长沙市开福区,
#: 华容县, 汝城县沙洲村); no other words (走进县域园区 is none).
_PLACE = re.compile(
    "^(?=.)(?:(?:{})[市州]?)?(?:[\u4e00-\u9fff]{{2,3}}[县区市州])?(?:[\u4e00-\u9fff]{{2,3}}[镇乡村])?$".format(
        "|".join(sorted(CITIES + PLACES, key=len, reverse=True))
    )
)

#: Slogans and programmes of the provincial plans.
PROGRAMMES = (
    "两型",  # 资源节约型、环境友好型: the 2007 national pilot of the cluster
    "两型社会",
    "三高四新",  # the 2020 strategy: 三个高地、四新使命
    "放管服",  # the State Council's administrative reform, in every province
    "湘品出湘",  # the province's campaign selling its farm produce outside it
    "芙蓉计划",
    "湘商回归",
    "现代化新湖南",  # the provincial goal in every plan since 2020: 建设现代化新湖南
)

#: The standing formulas of the Party's and the state's documents, which the
#: paper prints in their fixed wording in every report of a meeting; jieba
#: reads each as several words, so a cut between them (…习近平新时代 +
#: 中国特色社会主义思想…) shows no word across it.
FORMULAS = (
    "习近平新时代中国特色社会主义思想",
    "以习近平同志为核心的党中央",
    "全面建设社会主义现代化国家",
    "中华民族伟大复兴",
    "全面建成小康社会",
    # the departments of government, named the same at every level (省 / 市 /
    # 县 住房和城乡建设厅 / 局 / 委员会), which jieba reads as several words
    "住房和城乡建设",
    "发展和改革委员会",
    "市场监督管理",
    "退役军人事务",
    "文化和旅游",
)

WORDS = PLACES + PROGRAMMES + FORMULAS
_NAMED = PLACES + CITIES + COUNTIES


def straddles(tail: str, head: str) -> bool:
    """One of these words is cut between the end of ``tail`` and the start
    of ``head`` (…与长株 + 潭国家…). Read from the strings alone: jieba's
    shared dictionary stays as it is for everything else that segments."""
    tail, head = squash(tail), squash(head)
    return any(
        head.startswith(rest)
        for k in range(1, min(len(tail), _LONGEST) + 1)
        for rest in _RESTS.get(tail[-k:], ())
    ) or _formula_cut(tail[-_FORMULA_SIDE:], head[:_FORMULA_SIDE])


#: Characters read on each side of a cut inside a formula: a formula is
#: longer than the context the joins read, so its middle is what shows.
_FORMULA_SIDE = 4


def stops_in_formula(tail: str) -> bool:
    """``tail`` stops inside one of the formulas (…住房和城乡): a cut there
    may go on in another piece."""
    left = squash(tail)[-_FORMULA_SIDE:]
    return bool(left) and any(
        formula.find(left) >= 0 and not formula.endswith(left) for formula in FORMULAS
    )


def formula_across(tail: str, head: str) -> bool:
    """One of the standing formulas or departments' names runs from the end
    of ``tail`` into the start of ``head`` (…住房和城乡 + 建设委员会…): long
    enough that no chance meeting of words reads as one."""
    return _formula_cut(squash(tail)[-_FORMULA_SIDE:], squash(head)[:_FORMULA_SIDE])


def _formula_cut(left: str, right: str) -> bool:
    """A formula runs over the cut: its characters before the cut end
    ``left`` and those after it open ``right`` (or fill it)."""
    for formula in FORMULAS:
        at = formula.find(left)
        while at >= 0:
            rest = formula[at + len(left) :]
            if rest and (right.startswith(rest) or rest.startswith(right)):
                return True
            at = formula.find(left, at + 1)
    return False


def _rests() -> dict[str, tuple[str, ...]]:
    """Each word's first part -> the parts that finish it after a cut."""
    rests: dict[str, list[str]] = {}
    for word in WORDS:
        for cut in range(1, len(word)):
            rests.setdefault(word[:cut], []).append(word[cut:])
    return {first: tuple(rest) for first, rest in rests.items()}


_RESTS = _rests()
_LONGEST = max(map(len, WORDS))


def places_named(text: str) -> frozenset[str]:
    """The cities, counties and regions of the province named in ``text``."""
    flat = squash(text)
    return frozenset(place for place in _NAMED if place in flat)


def opens_on_place(text: str) -> bool:
    """The text opens on a city's, a county's or a region's name (安化黑茶小镇…,
    which jieba may read as a verb: 安化, 怀化)."""
    return squash(text).startswith(_NAMED)


def names_place(text: str) -> bool:
    """The text is a place's name and nothing else (岳阳, 长沙市开福区, or a
    city and its county as the press pairs them: 郴州桂阳)."""
    flat = squash(text)
    return bool(_PLACE.match(flat)) or _city_and_county(flat)


@lru_cache(maxsize=4096)
def _city_and_county(flat: str) -> bool:
    """A city's name, then a county's without its 县 (郴州桂阳, 长沙浏阳): the
    county read as a place's name by jieba's dictionary."""
    city = next((c for c in CITIES if flat.startswith(c)), "")
    rest = flat[len(city) :]
    if not city or not 2 <= len(rest) <= 3:
        return False
    from ..match import pos_tags  # (jieba, loaded on first use)

    tagged = pos_tags(rest)
    return len(tagged) == 1 and tagged[0].flag == "ns"
