"""Does a piece of text go on the sentence another leaves open? Read from the
two ends alone.

The extraction cuts a paragraph anywhere: inside a word (现场服 + 务两次), between a
figure and its unit (61.8 + 万标箱), between a verb and its figure (完成投资 +
860亿元), after a comma. ``join_evidence`` weighs what the two ends say:

- a word that runs over the cut: the log probability of the best reading of
  the joined ends, less that of the two ends read apart (jieba's word
  frequencies, ``cohesion``), plus the province's own words jieba lacks;
- figures and units, which must meet: a bare figure takes its unit, a unit
  its figure (a pair that breaks this cannot join);
- a piece that cannot open a paragraph (it starts on a stop, a closing mark
  or a particle) needs a predecessor; one that opens on a figure with its
  unit fits a tail stopped on a word;
- a tail stopped on a comma goes on with a clause of its own.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..match import dictionary_words, ends_with_number, joins_word, pos_tags
from ..reflow import ends_sentence, is_cjk, squash, squash_head, squash_tail
from . import thresholds as T
from .continuation import (
    End,
    Start,
    end_of,
    last_words_alone,
    parallel_opening,
    start_of,
    unit_cut_inside,
)
from .hunan_words import straddles
from .patterns import QA_TURN, REPORTED, SET_IN_PLACE, jumps_in
from .vocabulary import COMPOUND_SURNAMES, DANGLING_END, MEASURES, OPEN_ENDS, SURNAMES

#: The rest of a figure cut after its digits: 余家, 多万元, 多个, 万余名.
_APPROX_UNIT = re.compile(
    r"^[万亿千百]?[多余][万亿千百]?[公千米克吨升亩顷元个家人名位户项件台辆座所条只头批场期篇种类款份倍年天岁处套栋间株棵张支枚根宗例幅盏册届部本起首列趟]"
)
#: What may follow a bare figure: its decimals, a percent sign, an
#: approximation. Not more digits: a figure's digits are set as one word, never
#: broken over a line (1至8 + 45岁 is two figures, not one).
_FIGURE_GOES_ON = re.compile(r"^(?:[.．][0-9０-９]|[%％‰]|[多余])")
#: What goes on a bare figure: a magnitude (万, 亿) or a unit, a year's,
#: month's or day's character (1.1 + 万公里, 2002 + 年施行以来).
_MAGNITUDE_OR_UNIT = re.compile(
    r"^[万亿千百]?(?:公里|公斤|公顷|平方米|立方米|千米|千克|千瓦|微克|毫克|毫米|厘米|毫升|分贝|[美欧港]元"
    r"|[米克吨升亩顷元角个家人次名位户项件台辆架艘座所条只头批场期篇种类款份倍年月日天时岁处套栋间株棵张支枚根宗例幅盏册届部本起首列趟])"
)
#: The rest of a figure's digits and what follows them (9年, 20座, 45%).
_DIGITS_GO_ON = re.compile(r"^[0-9０-９]{1,3}(?:[.．][0-9]+)?(?:[%％‰万亿千百]|[\u4e00-\u9fff])")
#: A tail stopped on a figure, not the end of a range (1至8 is whole): the
#: digits a cut may leave for the next line, the first alone too (…增长1 /
#: 8.9%，…: a paragraph never opens on a bare percentage).
_DIGITS_CUT = re.compile(r"(?<![至到～~\-－—、0-9０-９])[0-9０-９]+$")
#: A figure's decimals at a tail's end, and a figure with decimals of its own
#: opening a piece: the two are two figures (提高2.3 / 74.4%), never one.
_DECIMALS_AT_END = re.compile(r"[.．][0-9０-９]+$")
_DECIMAL_FIGURE = re.compile(r"^[0-9０-９]+[.．][0-9０-９]")
#: A tail's figure and the words of approximation before it (约210, 超过 3.5).
_FIGURE_AT_END = re.compile(
    r"(?:约为|仅为|约|近|超|超过|逾|达|达到|共|为|仅)?[0-9０-９][0-9０-９.．]*$"
)
#: Connectives that open a sentence, after a stop, never a clause after a
#: pause (此外，…, 与此同时，…; but 同时 may go on a clause: …，同时…).
#: A sentence opening on a turn of the argument (更重要的是，…, 但是，…).
_TURN_OPENS = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}的是|但是|然而|因此|所以|可见|总之)[，,]")
#: A list's last item and the 等 that closes it (电商等技能培训…).
_LIST_CLOSED = re.compile(r"^[^，,。；;：:、\d]{1,8}等")
_SENTENCE_CONNECTIVE = re.compile(r"^(?:此外|另外|与此同时|总之|总而言之|综上所述)[，,]")
#: Chinese numerals: a tail stopped on one is half a figure or a word (一带一).
_NUMERALS = frozenset("零一二三四五六七八九十百千万亿两几")
#: A piece that opens on the last character or two of a word and a stop
#: (生。发展的…): the end of a word cut at the tail's last character.
_WORD_END = re.compile(r"^[\u4e00-\u9fff]{1,2}[。！？]")
#: A figure and its unit modifying a noun (10岁的男孩, 3000余株的苗木): the start
#: of a subject, not the object a verb left at the cut awaits.
_FIGURE_MODIFIES = re.compile(r"^[0-9０-９][0-9０-９.．]*[多余]?[万亿千百]?[^\W\d]{1,2}的")
#: A count closing its clause (86台，…, 300余人。): the number of the things the
#: tail has just named (…共派出监测车 + 86台，), a noun's own count, so the
#: noun the tail stops on is whole, not half a word.
#: The measure words a count closes on (58处, 3.2万个).
COUNTERS = (
    "个家人名位户项件台辆架艘座所条只头批场期篇种类款份次处套栋间株棵张"
    "支枚根宗例幅盏册届部本起首列趟"
)
_COUNT_CLOSES = re.compile(
    rf"^[0-9０-９][0-9０-９.．]*[多余]?[万亿千百]?[多余]?[{COUNTERS}][，,、。；;]"
)
#: A rate: a share or change in percent or points (19.7%，, 0.21个百分点).
_RATE = re.compile(r"^[0-9０-９][0-9０-９.．]*\s*(?:%|％|个百分点)")
#: A figure and the unit after it (780余万亩 → 亩, 3600余万元 → 元).
_FIGURE_UNIT = re.compile(r"^[0-9０-９][0-9０-９.．]*[多余]?[万亿千百]*[多余]?([^\W\d]{1,3})")
#: A date opens many paragraphs (3月26日，…): no figure cut from its verb.
_DATE_START = re.compile(
    r"^[0-9０-９]{1,4}(?:年|月|日)|^[0-9０-９]{1,2}(?:至|到|-|—)[0-9０-９]{1,2}月"
)


#: A tail stopped on a verb of reaching a quantity, which cannot close a
#: sentence without its object (…全年完成, …累计实现): the object comes next.
_WANTS_QUANTITY = re.compile(r"(?:完成|实现|达到|突破|超过|新增|累计|共计|共完成|完成了|实现了)$")
#: What such a verb takes: a measure named in a word or two, then its figure
#: (工业投资620亿元, 营业收入3.2亿元, 产值 18 亿元); a day or a month
#: named so (今年5月以来，…) is a time, opening its own sentence.
_QUANTITY_NAMED = re.compile(r"^[\u4e00-\u9fff]{1,6}\s?[0-9０-９][0-9０-９.]*\s?(?![年月日号])")


#: A verb of reaching or an approximation between a measure's noun and its
#: figure (总投资额达, 亩产达到, 出口额超过).
_REACHES = re.compile(r"(?:达到|达|约为|为|突破|超过|逾|近|约|共计|累计|共)$")
#: A count's own noun after what it counts (企业数量, 合作社总数).
_COUNT_NOUN = re.compile(r"(?:总数|数量|总量|个数)$")
#: A figure and its magnitude alone at a text's end (…面积约8.6万): the
#: figure's unit is to come.
_FIGURE_MAGNITUDE_END = re.compile(r"[0-9０-９][多余]?[万亿][多余]?$")
#: A tail stopped on a comparison or a change, whose amount comes next
#: (…每斤高出, …同比增长).
_COMPARES = re.compile(
    r"(?:高出|高于|低于|多出|增长|增加|下降|降低|提高|减少|上涨|下跌|节省|节约|相差)$"
)
#: A figure in words and its measure (两毛钱, 三成, 一倍, 五万余元); not a
#: count of things (一家企业…), which opens sentences of its own.
_WORDED_FIGURE = re.compile(
    r"^(?:[一二两三四五六七八九十几半]|百分之)[一二两三四五六七八九十百千万亿几多余]*"
    r"(?:毛|角|成|倍|个百分点|万|亿|元|斤|吨|亩)"
)
#: An approximate amount: the word of approximation, then the figure.
_APPROXIMATE_FIGURE = re.compile(r"^(?:约|近|逾|超)[0-9０-９]")


#: A tail stopped on a preposition, which no sentence ends on (…将重点在,
#: …进一步向), or on one opening a clause after a pause (…，对): the next
#: piece holds its object ...
_WANTS_OBJECT = re.compile(
    r"(?:[^\W\d]|[，,；;])(?:在|对|向|把|从|为|与|于|给|被|让|以|按|经|由|跟)$"
)
#: ... unless that piece opens a sentence of its own: a time or a place and a
#: pause (今年以来，…), or a dateline.
_OPENS_CLAUSE = re.compile(r"^(?:[^\W\d]{1,8}[，,：:]|湖南日报|新华社|本报)")
#: A report's source and the verb of learning that closes the frame a lead
#: opens on 从 (记者今天从 + 省生态环境厅获悉，): the pause after it is the
#: frame's, not a clause of its own.
_SOURCE_LEARNT = re.compile(r"^[^\W\d]{1,14}?(?:获悉|了解到|得知)")


def _last_words_first(flat: str) -> bool:
    """The piece's first sentence is a word or two and its stop (人声鼎沸。…):
    no paragraph opens so."""
    stops = [flat.find(c) for c in "。！？" if c in flat]
    return bool(stops) and last_words_alone(flat[: min(stops) + 1])


def join_evidence(tail: str, piece: str, page: str = "") -> float | None:
    """Evidence that ``piece`` goes on the sentence ``tail`` leaves open,
    from the text at the cut; None when the two cannot meet (a bare figure
    and no unit, a unit and no figure). ``page``: the page's text, where a
    person's name cut in two is printed again whole."""
    end, start = end_of(tail), start_of(piece)
    left, right = squash_tail(tail, T.CUT_CONTEXT), squash_head(piece, T.CUT_CONTEXT)
    if not left or not right:
        return None
    if QA_TURN.match(right):
        return None  # an interview's turn (问：…, 答：…) opens its paragraph
    if end == End.FIGURE:
        if start == Start.UNIT or _FIGURE_GOES_ON.match(right) or _APPROX_UNIT.match(right):
            # (the unit fits what the tail measures or not: 占地约210 + 亩，
            # not + 亿元，)
            fits = measure_fits(_FIGURE_AT_END.sub("", left), "1" + right)
            if fits is None:
                return T.JOIN_FIGURE_UNIT
            return T.JOIN_FIGURE_UNIT + (T.JOIN_MEASURE if fits else -T.JOIN_MEASURE)
        if _date_goes_on(left, right) or (
            _MAGNITUDE_OR_UNIT.match(right) and not _noun_of_counter(right)
        ):
            return T.JOIN_FIGURE_UNIT  # 2月2 + 7日, 1.1 + 万公里, 2002 + 年施行…
        if (
            _DIGITS_GO_ON.match(right)
            and _DIGITS_CUT.search(left)
            and not (_DECIMALS_AT_END.search(left) and _DECIMAL_FIGURE.match(right))
        ):
            return T.JOIN_DIGITS  # a figure cut inside its digits: 201 + 9年
        return None
    if start == Start.UNIT:
        # A unit goes on a figure, in digits or in words (上千 + 亩, 几 + 个),
        # or on its own first characters after one (0.24个 + 百分点); a word
        # may also run over the cut on the same character (老 + 家).
        if left[-1] in _NUMERALS or unit_cut_inside(left, right):
            return T.JOIN_FIGURE_UNIT
        if word_across(left, right) < T.WORD_READ:
            return None
    if end == End.COMMA and _WORD_END.match(right):
        return None  # after a pause, a clause of its own: never a word's last character and a stop
    if end == End.COMMA and _SENTENCE_CONNECTIVE.match(right):
        return None  # (…日前结束， + 与此同时，…: a connective opens a sentence, never a clause)
    if left[-1] == "、" and _TURN_OPENS.match(right):
        return None  # (…电工、厨师、 + 更重要的是，…: a list's next item is no turn of thought)
    # (an attribution opens its sentence: 人数 + 据统计，… reads no 数据 across
    # the cut, unless a pause before it leaves the sentence going on)
    # (nor does a sentence set in its place: 已实 + 在一些贫困村，… reads no
    # 实在 across the cut)
    opens = REPORTED.match(right) or SET_IN_PLACE.match(right)
    word = 0.0 if opens and end != End.COMMA else word_across(left, right)
    if name_across(left, right) or (page and name_printed_again(left, right, page)):
        word = 1.0  # (…庭长曾 + 柏舟介绍: a person's name, whatever its characters' rarity)
    score = T.JOIN_WORD * word
    if (
        start == Start.MID
        or (start == Start.FRAGMENT and end != End.COMMA and last_words_alone(right))
        or (end == End.LONE and _last_words_first(right))
        # (or after a tail stopped on a word wanting what follows: …面临失传的
        # + 危险。老艺人…, the noun it qualifies and the stop)
        or (left[-1] in DANGLING_END and _last_words_first(right))
    ):
        # (a sentence's last word and its stop, alone: …享受到政策 + 红利。;
        # or opening the piece, after a tail stopped on a character no word
        # holds: …菜市场里 + 人声鼎沸。买菜的…)
        score += T.JOIN_MID
    elif start == Start.CLAUSE:
        score += T.JOIN_CLAUSE
    elif (
        start == Start.FIGURE
        and _takes_figure(left)
        and not (end == End.LONE and _noun_half(left) and not _COUNT_CLOSES.match(right))
        and not _DATE_START.match(right)
        and not _FIGURE_MODIFIES.match(right)
    ):
        score += T.JOIN_FIGURE  # …完成投资 + 860亿元
    elif start == Start.PLAIN and _WANTS_QUANTITY.search(left) and _QUANTITY_NAMED.match(right):
        score += T.JOIN_FIGURE  # …全年完成 + 工业投资620亿元: the verb's object, a figure in it
    elif (
        start in (Start.PLAIN, Start.FRAGMENT)
        and (_WANTS_QUANTITY.search(left) or _COMPARES.search(left))
        and _WORDED_FIGURE.match(right)
    ):
        score += T.JOIN_FIGURE  # …每斤高出 + 两毛钱左右。: a figure in words
    elif (
        start in (Start.PLAIN, Start.FRAGMENT)
        and end != End.COMMA
        and _takes_figure(left)
        and _APPROXIMATE_FIGURE.match(right)
    ):
        score += T.JOIN_FIGURE  # …削减生猪存栏 + 约18万头。: an amount, approximate
    elif (
        start == Start.PLAIN
        and _WANTS_OBJECT.search(left)
        and _preposition_last(left)
        and (not _OPENS_CLAUSE.match(right) or _SOURCE_LEARNT.match(right))
    ):
        score += T.JOIN_CLAUSE  # …将重点在 + 肿瘤、心脑血管…: a preposition's object
    elif start == Start.PLAIN and stops_on_copula(left) and not _OPENS_CLAUSE.match(right):
        score += T.JOIN_COPULA  # …稳中有增是 + 今年丰收的一大亮点。: what the subject is
    elif start in (Start.PLAIN, Start.FRAGMENT) and _object_awaits_verb(left, right):
        score += T.JOIN_CLAUSE  # …把品牌 + 立起来，…: what is done to the object
    elif start in (Start.PLAIN, Start.FRAGMENT) and _copula_frame_closed(tail, piece):
        score += T.JOIN_COPULA  # …是老纸坊用当地嫩竹 + 手工抄制的，…: 是…的 closed
    if start == Start.FIGURE:
        fits = measure_fits(left, right)
        if fits is None and _COMPARES.search(left) and _RATE.match(right):
            fits = True  # (…比上年提高 + 18.6%: a change takes its rate)
        if fits is not None:
            score += T.JOIN_MEASURE if fits else -T.JOIN_MEASURE
    if end == End.COMMA:
        score += T.JOIN_COMMA
    if left[-1] == "、" and _LIST_CLOSED.match(right):
        score += T.JOIN_CLAUSE  # (…电工、厨师、 + 电商等技能培训；…: the list's last item)
    if overlaps(left, right):
        score += T.JOIN_OVERLAP
    if _closes(tail, piece):
        score += T.JOIN_CLOSES
    if parallel_opening(piece):
        score -= T.JOIN_WORD  # 稳，是前提。 opens a paragraph whatever precedes it
    return score


def wants_quantity(text: str) -> bool:
    """``text`` stops on a verb that takes an amount (…面积达到, …全年完成):
    no title or phrase ends so, its figure is on the next line."""
    return bool(_WANTS_QUANTITY.search(squash_tail(text, T.CUT_CONTEXT)))


def figure_goes_on(tail: str, piece: str) -> bool:
    """``piece`` opens on the figure ``tail`` stops before (…预拨救灾资金 +
    8000万元，…): however like a crosshead the tail is, a crosshead's
    section opens on no bare amount (a day or a year may open it)."""
    right = squash_head(piece, T.CUT_CONTEXT)
    return (
        start_of(piece) == Start.FIGURE
        and not _DATE_START.match(right)
        and (join_evidence(tail, piece) or 0.0) >= T.JOIN_FIGURE
    )


def measure_fits(left: str, right: str) -> bool | None:
    """Does the unit of the figure ``right`` opens on fit the measure the
    tail ``left`` stops on (面积 + 780余万亩: yes; 捐款 + 780余万亩: no)? None
    when the tail names no measure or the piece's unit is none of them."""
    unit = _FIGURE_UNIT.match(right)
    if unit is None:
        return None
    left = _REACHES.sub("", left)  # (亩产达到 + 602公斤: the measure is the noun's)
    named = {kind for kind, (nouns, _units) in MEASURES.items() if left.endswith(nouns)}
    if not named and _COUNT_NOUN.search(left):
        # (合作社总数 + 2860家, 企业数量 + 1.2万家: what the count is of)
        left = _COUNT_NOUN.sub("", left)
        named = {kind for kind, (nouns, _units) in MEASURES.items() if left.endswith(nouns)}
    # (the unit's whole name, which may run past three characters: 立方米每秒)
    named_unit = right[unit.start(1) :]
    # (the longest unit that fits: 人次 is no 人)
    found = {
        kind: max(len(u) for u in units if named_unit.startswith(u))
        for kind, (_nouns, units) in MEASURES.items()
        if named_unit.startswith(units)
    }
    measured = {kind for kind, size in found.items() if size == max(found.values(), default=0)}
    if not named or not measured:
        return None
    return bool(named & measured)


def rate_after_amount(tail: str, piece: str) -> bool:
    """``piece`` opens on a rate (19.7%，, 0.21个百分点) and ``tail`` stops on
    the noun of an amount (…贸易总值): an amount's noun takes an amount,
    never a rate, so the sentence cannot go on so."""
    left = squash_tail(tail, T.CUT_CONTEXT)
    return bool(_RATE.match(squash_head(piece, T.CUT_CONTEXT))) and any(
        left.endswith(nouns) for nouns, _units in MEASURES.values()
    )


def rate_after_change(tail: str, piece: str) -> bool:
    """``tail`` stops on a change (…用电量则下降) and ``piece`` opens on its
    rate (2.3%，…): no paragraph opens on a bare rate, this one goes on it."""
    return bool(_RATE.match(squash_head(piece, T.CUT_CONTEXT))) and bool(
        _COMPARES.search(squash_tail(tail, T.CUT_CONTEXT))
    )


@lru_cache(maxsize=65536)
def _preposition_last(left: str) -> bool:
    """The tail's last word is the preposition alone (…重点在), not a word
    ending on its character (存在, 现在)."""
    import jieba.posseg

    last = jieba.posseg.lcut(left[-6:], HMM=False)[-1]
    return len(last.word) == 1 and last.flag == "p"


def _date_goes_on(left: str, right: str) -> bool:
    """A month's day broken inside its digits (2月2 + 7日): the only figure a
    cut may split, as a date's digits may break from their month."""
    day = re.search(r"月([0-9０-９])$", left)
    rest = re.match(r"^([0-9０-９])日", right)
    return bool(day and rest) and 1 <= int(day.group(1) + rest.group(1)) <= 31


def _noun_of_counter(right: str) -> bool:
    """The piece opens on a word that only starts with a counter's character
    (项目, 人员, 家庭): no unit, whatever figure ends the tail."""
    if right[:1] not in _COUNTERS:
        return False
    first = dictionary_words(right[: T.CUT_CONTEXT])[:1]
    return bool(first) and len(first[0]) >= 2 and first[0] not in _COUNTER_WORDS


#: Counters of things that open nouns too (the units of time run into their
#: own words after a figure, 年底, 月初, and stay units).
_COUNTERS = frozenset(
    "个家人名位户项件台辆架艘座所条只头批场期篇种类款份倍次处套栋间株棵张支枚根宗例幅盏册届部本起首列趟"
)
#: Words a counter opens that are still the counter after a figure.
_COUNTER_WORDS = frozenset({"人次", "架次", "个人", "场次", "批次", "倍数"})


def breaks_last_word(tail: str, piece: str) -> bool:
    """Would the word read across the cut take the last character of a
    whole word the tail ends on (…占比过半 + 开年…: 半开)? A word cut by the
    page runs over on a character left alone (现场服 + 务) or holds the
    tail's last word whole (年吞吐 + 能力: 吞吐能力)."""
    left, right = squash_tail(tail, T.CUT_CONTEXT), squash_head(piece, T.CUT_CONTEXT)
    if not left or not right:
        return False
    last = dictionary_words(left)[-1]
    if len(last) < 2:
        return False
    seen = 0
    for word in dictionary_words(last + dictionary_words(right)[0]):
        if seen < len(last) < seen + len(word):
            return seen > 0  # the word across starts inside the tail's last word
        seen += len(word)
    return False


def word_across(tail: str, piece: str) -> float:
    """0..1: how surely a word runs over the cut between the two ends (its
    cohesion against the cap; a word of the province's own, sure)."""
    return _word_across_ends(squash_tail(tail, T.CUT_CONTEXT), squash_head(piece, T.CUT_CONTEXT))


def completes_word(tail: str, piece: str) -> bool:
    """A piece that cannot open a paragraph completes the tail's last word
    (…运送的货 + 物主要为…, …加装护 + 栏，…): the two are one sentence, cut
    inside a word, however like a headline or a crosshead the tail looks."""
    # (a numeral ends a figure, …增长百分之八点三, whatever word it makes
    # with the next piece's first character: 三 + 分门类看)
    return (
        start_of(piece) in (Start.MID, Start.FRAGMENT)
        and squash(tail)[-1:] not in _NUMERALS
        and word_across(tail, piece) >= T.HEAD_CUT_WORD
    ) or name_across(tail, piece)


#: Who a person is, printed right before the name: a post (…厅长, 书记, 主任),
#: a trade or a role (记者, 教授, 师傅, 通讯员, 负责人).
_NAMED_AFTER = (
    "长", "书记", "主任", "主席", "委员", "代表", "记者", "员", "人",
    "教授", "老师", "师傅", "经理", "工程师", "院士", "专家", "村民", "市民",
)  # fmt: skip


#: A given name of one or two characters, then a verb of speech: the rest of
#: a name cut after its surname (立新介绍，…), whatever jieba reads there.
_GIVEN_NAME_SPEAKS = re.compile(
    r"^[\u4e00-\u9fff]{1,2}(?:介绍|说|表示|指出|告诉记者|认为|坦言)[，,：:]"
    # (or what a deputy brought or proposed: 红梅带来了…的建议)
    r"|^[\u4e00-\u9fff]{1,2}(?:带来了|提出了?|建议|呼吁)"
    r"|^[\u4e00-\u9fff]{1,2}(?:说|表示)。"  # (after the words quoted: “…。”某某说。)
)


#: How the paper names a person by surname alone (金女士, 刘师傅, 王大爷).
_HONORIFICS = ("女士", "先生", "师傅", "大爷", "大妈")


@lru_cache(maxsize=65536)
def name_across(tail: str, piece: str) -> bool:
    """A person's name cut after its surname (…副厅长刘 + 振华介绍，…):
    who the person is, then a surname at the tail's end, and jieba reads a
    name of three characters over the cut."""
    left, right = squash(tail)[-4:], squash(piece)[:4]
    # (a surname of two characters too: …负责人欧阳 + 文杰介绍，…)
    surname = 2 if left[-2:] in COMPOUND_SURNAMES else 1
    if not left or (surname == 1 and left[-1] not in SURNAMES) or not right or not is_cjk(right[0]):
        return False
    if right.startswith(_HONORIFICS):
        return True  # (…来自韩国的游客金 + 女士买了…: a surname and how one addresses its bearer)
    if not squash(tail)[:-surname].endswith(_NAMED_AFTER):
        return False  # (a name so cut follows who the person is; jieba guesses names anywhere)
    if stops_in_name(squash(tail)) and _GIVEN_NAME_SPEAKS.match(squash(piece)):
        return True  # (…负责人彭 + 立新介绍，…: a given name, then what the person said)
    at = 0
    for token in pos_tags(left + right):
        end = at + len(token.word)
        # (a given name of two characters after the cut: one alone is too
        # often a word's)
        if at < len(left) <= end - 2 and token.flag == "nr":
            return True
        at = end
    return False


def name_printed_again(left: str, right: str, page: str) -> bool:
    """A name of three characters cut after its surname or its second
    character (…种粮大户李德 + 清有一个账本…) that the page prints whole
    again and again: a story names its people more than once, and jieba
    knows few of their names."""
    for n in (1, 2):
        name = left[-n:] + right[: 3 - n]
        if (
            len(name) == 3
            and name[0] in SURNAMES
            and all(is_cjk(c) for c in name)
            and page.count(name) >= T.NAME_AGAIN_MIN
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def _word_across_ends(left: str, right: str) -> float:
    if straddles(left, right):
        return 1.0
    share = min(cohesion(left[-4:], right[:4]), T.COHESION_CAP) / T.COHESION_CAP
    if share < T.WORD_READ and joins_word(left, right):
        # jieba reads a word over the cut: of common characters (而 + 是) the
        # gain in probability is small, but the reading is there.
        share = max(share, T.WORD_READ)
    return share


def _takes_figure(left: str) -> bool:
    """A tail stopped on a word a figure may follow (投资, 增长, 等); not on a
    numeral of its own (一, 几) or a mark."""
    return is_cjk(left[-1]) and left[-1] not in _NUMERALS


@lru_cache(maxsize=65536)
def _noun_half(left: str) -> bool:
    """The tail stops on a lone character jieba reads as a noun or a bound
    morpheme (…整洁明亮，工): half of a word cut at the line's end, which the
    next piece must complete. A figure follows a verb (…同比增 + 12%), an
    adverb (约, 共) or a preposition (为), never such a half."""
    import jieba.posseg

    return jieba.posseg.lcut(left[-6:], HMM=False)[-1].flag in _HALF_TAGS


#: jieba's tags of a noun and of morphemes that are no word alone.
_HALF_TAGS = frozenset(("n", "ng", "g", "zg", "vg", "ag"))


_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"))


def _closes(tail: str, piece: str) -> bool:
    """The tail leaves a bracket or quote open and the piece closes it early,
    opening none of its kind first."""
    head = piece[: T.CLOSES_WITHIN]
    for opening, closing in _PAIRS:
        if tail.rfind(opening) > tail.rfind(closing):
            at = head.find(closing)
            if at >= 0 and opening not in head[:at]:
                return True
    return False


def stands_alone(piece: str) -> float:
    """What a piece is worth as a paragraph of its own: a plain opening may
    start one (so a tail must bring more than that to take it); one that
    cannot start a paragraph is worth nothing alone."""
    start = start_of(piece)
    if start == Start.PLAIN or parallel_opening(piece):
        return T.STAND_PLAIN
    if start == Start.FIGURE:
        return T.STAND_FIGURE
    return 0.0


def stops_on_magnitude(text: str) -> bool:
    """A figure and its magnitude alone end the text (…面积约8.6万)."""
    return bool(_FIGURE_MAGNITUDE_END.search(squash(text)))


def magnitude_takes_unit(tail: str, piece: str) -> bool:
    """``piece`` opens on the unit the measure ``tail`` names fits, the tail
    stopped on a figure and its magnitude (面积约8.6万 + 平方米，…)."""
    left = squash_tail(tail, T.CUT_CONTEXT)
    figure = _FIGURE_MAGNITUDE_END.search(left)
    if figure is None:
        return False
    return (
        measure_fits(left[: figure.start()].rstrip("0123456789０-９.．"), "1" + squash(piece))
        is True
    )


def ends_open(text: str) -> bool:
    """A tail: a block that stops mid-sentence and reads as running text. A
    headline or label left among the paragraphs stops so too, but is short
    and holds no punctuation; a bare figure is open whatever its length."""
    flat = squash(text)
    if not flat or ends_sentence(flat):
        return False
    if ends_with_number(flat) or jumps_in(text):
        return True  # a bare figure; a continuation's first words (（上接1版）推动…与长)
    if flat.count("“") > flat.count("”") or flat.count("（") > flat.count("）"):
        return True  # a quote or bracket left open: the words in it go on
    if stops_in_name(flat):
        return True  # a name cut after its surname (…副局长江 / 文辉介绍，…)
    if stops_on_copula(flat):
        return True  # (no headline stops on 是: …稳中有增是 / 今年…)
    return len(flat) >= T.TAIL_TEXT_MIN or any(c in flat for c in "，,、；;：:。")


#: Posts, or what a person is, that a person is named after (…副局长 +
#: 江某某, …83岁的老人 + 周某某): text that stops on one and a surname has
#: the name cut.
_POSTS = (
    "局长", "厅长", "处长", "科长", "县长", "市长", "省长", "区长", "乡长", "镇长",
    "主任", "书记", "主席", "院长", "校长", "所长", "站长", "社长", "经理", "董事长",
    "部长", "队长", "会长", "行长", "支书", "负责人", "委员", "代表", "教授", "研究员",
    "工程师", "医生", "民警", "老师",
    "运动员", "选手", "教练", "老人", "村民", "居民", "市民", "农民", "师傅", "志愿者",
    "队员", "职工", "学生", "患者", "游客", "律师", "法官", "检察官", "护士", "网格员",
    "店主", "老板", "理事长", "秘书长", "厂长", "馆长", "团长", "组长", "传人", "传承人",
)  # fmt: skip


def stops_in_name(flat: str) -> bool:
    """The text stops on a post and a surname (…省文物局副局长江): the
    person's name is cut, and goes on in the next piece."""
    if len(flat) > 2 and flat[-2:] in COMPOUND_SURNAMES and flat[:-2].endswith(_POSTS):
        return True  # (…物流处负责人欧阳 / 文杰介绍，…)
    return len(flat) > 1 and flat[-1] in SURNAMES and flat[:-1].endswith(_POSTS)


def list_awaits_count(text: str) -> bool:
    """A list closed on 等 (…内分泌科、心血管内科、精神心理科等): a paragraph's
    line waiting for the count of its items (18个科室); a headline's list
    goes on to what the items did."""
    flat = squash(text)
    return "、" in flat and flat.endswith("等")


@lru_cache(maxsize=65536)
def cohesion(left: str, right: str) -> float:
    """How much likelier the two ends read with the cut closed: the log
    probability of the best reading of ``left + right`` less those of
    ``left`` and ``right`` apart, by jieba's word frequencies. A word that
    runs over the cut makes it large (现场服 + 务: 13; 中石 + 化: 10); two words
    that merely meet, zero."""
    if not left or not right:
        return 0.0
    return max(0.0, _best(left + right) - _best(left) - _best(right))


@lru_cache(maxsize=65536)
def _best(text: str) -> float:
    import jieba

    tokenizer = jieba.dt
    tokenizer.check_initialized()
    dag = tokenizer.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(text, dag, route)
    return route[0][0] if route else -math.inf


def overlaps(tail: str, head: str) -> bool:
    """The extraction repeats the last characters before a cut (任务。 / 务。):
    the repeat closes on a mark. A word that merely opens the next sentence
    again (…各级河长 / 河长制推行以来) is no repeat."""
    tail, head = squash_tail(tail, T.CUT_CONTEXT), squash_head(head, T.CUT_CONTEXT)
    return len(head) > 2 and any(
        tail.endswith(head[:k]) and not all(is_cjk(c) for c in head[: k + 1])
        for k in range(T.OVERLAP_MIN, min(T.OVERLAP_MAX, len(head)) + 1)
    )


#: A tail stopped on 把 (or 将) and the object it brings forward, no verb yet.
_OBJECT_FORWARD = re.compile(r"(?:把|将)([\u4e00-\u9fff“”]{1,6})$")


def _object_awaits_verb(left: str, right: str) -> bool:
    """The tail brings its object forward and stops before the verb (…把品牌),
    and the piece opens on a verb (立起来，…): one clause, cut between the two."""
    match = _OBJECT_FORWARD.search(left)
    if not match:
        return False
    object_tags = [t.flag for t in pos_tags(match.group(1)) if t.flag != "x"]
    if not object_tags or any(flag.startswith("v") for flag in object_tags):
        return False
    first = next((t for t in pos_tags(right[:4]) if t.flag != "x"), None)
    return first is not None and first.flag.startswith("v")


#: The last clause of a tail, opened on 是 and not closed (…，是老纸坊用当地嫩竹).
_COPULA_OPEN = re.compile(r"是[^，,。；;！？：:是]{2,}$")
#: A piece's first clause closing on 的 (手工抄制的，…): the rest of a 是…的 frame.
#: (Not a pseudo-cleft, 最让我盼望的，是…: a sentence of its own.)
_FRAME_CLOSE = re.compile(r"^[^\W\d][^，,。；;！？：:“”]{0,8}的(?:[，,](?!是)|[。；;])")


def _copula_frame_closed(tail: str, piece: str) -> bool:
    """The tail's last clause opens 是…, the piece's first closes on 的: one
    sentence (是镇上的老纸坊用当地嫩竹 + 手工抄制的，), cut inside its frame."""
    return bool(
        _COPULA_OPEN.search(squash_tail(tail, T.COPULA_FRAME_REACH))
        and _FRAME_CLOSE.match(squash_head(piece, T.COPULA_FRAME_REACH))
    )


def stops_on_copula(text: str) -> bool:
    """The text stops on 是 that wants what its subject is (…稳中有增是, 关键是),
    not on a word closing in it (实事求是, 比比皆是: idioms, names)."""
    if not text.endswith("是"):
        return False
    tagged = [t for t in pos_tags(text[-6:]) if t.flag != "x"]
    return bool(tagged) and not tagged[-1].flag.startswith(_NAMING_TAGS)


#: Parts of speech (jieba's) of a word that may close a headline: a noun, an
#: idiom, a set phrase (实事求是, 比比皆是).
_NAMING_TAGS = ("n", "i", "l")


def stops_on_open_word(text: str) -> bool:
    """The text stops on a word no phrase ends on: a preposition, a
    conjunction or a particle (…今年不少地方把, …比书包、比文具、比)."""
    tagged = [t for t in pos_tags(text[-6:]) if t.flag != "x"]
    return bool(tagged) and tagged[-1].flag.startswith(OPEN_ENDS)
