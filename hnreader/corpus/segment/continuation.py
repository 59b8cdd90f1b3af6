"""Does one piece of text go on another? The evidence read across a cut.

The assignment reads open tails (paragraphs that stop mid-sentence) with pieces
that cannot start a paragraph. This module classifies the two ends of a cut,
cached per text so a page costs near linear time in jieba calls:

- how a piece starts (``Start``): punctuation or a closing mark, a unit after
  a figure (万标箱…), a figure with its unit (860亿元…), the second half of a
  word (株潭…), a function word that cannot open a paragraph (的…, 和…), or a
  plain opening (one that a paragraph may have);
- how a tail ends (``End``): on a bare figure (61.8), on a lone character
  that is no word alone (…与长), on a word, or on a comma;
- ``parallel_opening``: 稳，是前提。 opens a paragraph, whatever precedes it.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

import jieba

from ..match import dictionary_words, first_tagged, starts_with_fragment
from ..reflow import (
    CONTINUATION_START,
    is_cjk,
    squash_head,
    squash_tail,
    starts_mid_sentence,
)
from . import thresholds as T
from .patterns import ENUMERATED, REPORTED
from .vocabulary import SPEECH_VERBS, SURNAMES

#: A figure with its unit: 860亿元, 3.2万亩, 18.7%; or a figure alone, its
#: unit printed further on (243.5 / a photo / 毫米，…).
_FIGURE_START = re.compile(r"^[0-9][0-9.]*(?:多|余)?(?:[万亿千百]?[^\W\d]|[%％‰]|[万亿千百]?$)")
#: A figure left open at the tail's end: 61.8, 160多.
_FIGURE_END = re.compile(r"[0-9][多余]?$")
#: What follows a figure: units and measure words (公里, 万, 亿元, 个, 人次, …).
_UNITS = frozenset(
    "公千米克吨升亩顷万亿元角分个家人次名位户项件台辆架艘座所条只头批场期篇种类款份倍年月日天时岁%‰"
    # (and the measure words of trains, trips, cases and things counted: 58 / 列班列)
    "列趟"
)
#: Units of more than one character as jieba reads them (a figure's unit).
_UNIT_WORDS = frozenset(
    (
        "万元",
        "亿元",
        "千元",
        "百万",
        "千万",
        "公里",
        "公斤",
        "千米",
        "千克",
        "平方米",
        "平方公里",
        "人次",
        "万人",
        "万人次",
        "万吨",
        "亿吨",
        "万亩",
        # (foreign currencies, as trade and foreign capital are counted: 28.6 / 亿美元)
        "美元",
        "万美元",
        "亿美元",
        "欧元",
        "万欧元",
        "亿欧元",
        "港元",
        "千瓦",
        "千瓦时",
        # (the measures of the air, water and rain: 39 / 微克/立方米, 0.07 / 毫克/升)
        "微克",
        "毫克",
        "毫米",
        "厘米",
        "毫升",
        "立方米",
        "万立方米",
        "亿立方米",
        "公顷",
        "万公顷",
        "万千瓦",
        "亿千瓦时",
        "标箱",
        "万标箱",
        "个百分点",
        "百分点",
        "余家",
        "余个",
        "多万",
        # (the spans of time a figure counts: 第18 / 分钟, 48 / 小时, 6 / 个月)
        "分钟",
        "小时",
        "个月",
        "周年",
        # (the trips a figure counts: 1.5万 / 架次, 艘次, 班次, 车次)
        "架次",
        "万架次",
        "艘次",
        "班次",
        "车次",
        "台次",
    )
)
#: ... those the dictionary reads as characters apart (标 / 箱): matched as text.
_UNITS_UNREAD = ("标箱", "万标箱", "个百分点")
#: Function words that never open a paragraph of news prose: a clause joined
#: to the one before it (…，和 / 的 / 并 / 等). From the grammar of written
#: Chinese, not from any page.
_CLAUSE_WORDS = frozenset("的地得了着过和与及并而或等吗呢吧")
#: Single characters that open a clause of their own (prepositions, copula,
#: pronouns): a piece starting on one is no broken word.
_CLAUSE_OPENERS = frozenset("在对从为把被将向于以由据经当是有这那我他她它其每各该此")
#: Single characters that are words of their own at a clause's end (modals,
#: adverbs, prepositions before their object): a tail stopping on one is no
#: broken word.
_STANDALONE = frozenset("要将会能可应把被对向在从为于是有也都还就又才再更很最让使给")
#: A parallel opening (稳，是前提。 / 干，是关键。): one character, a comma,
#: then a copula or modal; a paragraph may start so.
_PARALLEL = re.compile(r"^\w[，,][是要就才在还更也贵重关]")
#: A sentence may open on a conjunction that frames it (与往届相比，… 与此同时，
#: 与会代表…): no clause of a sentence begun elsewhere.
_FRAMED_OPENING = re.compile(
    r"^(?:[与和同跟][^，,。；;]{1,12}(?:相比|相较|比较)[，,]|与此同时|与会)"
)
#: A two-character verb and a pause (覆盖，不放过…): the predicate of a
#: sentence begun elsewhere. A verb as subject (创新，是…) or one that opens
#: a paragraph as a discourse word (据悉，比如，可见，看来，) is none.
_BARE_PREDICATE = re.compile(r"^(\w\w)[，,](?![是要就才在])")
_DISCOURSE_VERBS = frozenset(("比如", "例如", "譬如", "可见", "看来", "记得", "回想", "想想"))
#: Verbs of change and amount with their figure right after them (增长12.7%,
#: 完成860亿元, 签约41.5亿元): the way a report states a figure of a subject.
_CHANGE_AND_FIGURE = re.compile(
    r"^(?:(增长|下降|增加|减少|提高|降低|上涨|下跌|回落|攀升|达到|突破|超过|完成|实现|签约"
    r"|[增降升]至|(?:发展|提高|增加|扩大|下降|减少)到)[0-9]"
    # (a share of a whole, 占全州游客总数的37%: what it is a share of, named before)
    r"|占(?!地)[^，,。；;、]{1,14}?(?:[0-9０-９]|[一二三四五六七八九十]成|[一二三四五六七八九十]分之|一半|半数))"
)
#: Adverbs and comparisons that point back to a subject named before them
#: (…产量 / 分别增长28.6%, …投资 / 同比增长9.4%): a sentence of the
#: paper's reports never begins on one, so a piece that does goes on a tail.
_ANAPHORIC = re.compile(
    r"^(?:分别|同比|环比|依次|均[为在已达有比较]|[比较](?:上年|去年|上月|同期|年初))"
)


#: How much likelier a paragraph is to open on a word of each part of speech
#: (jieba's tags) than a cut piece inside a paragraph is (natural log odds,
#: measured on paragraph starts against word boundaries inside paragraphs of
#: the development corpus, 3,000 paragraphs; rounded): a time, a
#: preposition, a place or person, a pronoun, a quote open paragraphs; a
#: particle, an adverb, a localizer, a numeral go on a clause.
_OPENING_ODDS = {
    "t": 2.2,
    "p": 1.3,
    "nr": 1.2,
    "ns": 1.2,
    "i": 1.1,
    "r": 0.9,
    "x": 0.9,
    "rz": 0.9,
    "l": 0.5,
    "nrt": 0.5,
    "nz": 0.1,
    "j": 0.0,
    "n": 0.0,
    "c": -0.2,
    "s": -0.4,
    "b": -0.4,
    "v": -0.5,
    "q": -0.6,
    "a": -0.7,
    "vn": -0.8,
    "m": -0.9,
    "nt": -1.0,
    "f": -1.5,
    "d": -1.5,
    "ad": -1.8,
    "z": -1.8,
    "ud": -2.0,
    "uv": -2.0,
    "uz": -2.5,
    "u": -3.7,
    "ul": -3.8,
    "uj": -4.8,
}


@lru_cache(maxsize=8192)
def opening_odds(text: str) -> float:
    """How much likelier ``text`` is to open a paragraph than to go on a cut
    one, by the part of speech of its first word (log odds)."""
    flat = squash_head(text, 8)
    if not flat:
        return 0.0
    if REPORTED.match(flat):
        # (据统计，… opens on the preposition 据, which jieba reads into a verb)
        return _OPENING_ODDS["p"]
    if frame_lead(text):
        # (两年来，… / 活动期间，… open on a numeral or a verb, which go on
        # a clause; a frame of time or topic and its pause opens a sentence)
        return _OPENING_ODDS["t"]
    _word, flag = first_tagged(flat)
    return _OPENING_ODDS.get(flag, 0.0)


#: A sentence's frame of time or topic and its pause (两年来，/ 活动期间，/ 审议中，
#: / 开幕式上，/ 疫情防控方面，/ 发现被骗后，): what a paragraph opens on.
_FRAME_LEAD = re.compile(r"^([^\W\d]{1,6}?)(?:以来|期间|方面|之后|后|中|上|时|来)[，,]")
#: Frame-shaped leads that are not frames: a figure's 以上 / 以下, a verb's
#: complement (结合起来，), 的同时，, 其中，.
_NOT_FRAME = re.compile(r"(?:以|起|下|出|同|其|进|过|回|原|本)$")
#: What a frame never opens on: a particle or conjunction, a unit.
_NO_FRAME_START = frozenset("的地得了着过和与及并或而且但也都就还又再万亿元亩吨千百个家名")


def frame_lead(text: str) -> bool:
    """``text`` opens on a frame of time or topic and its pause (see
    ``_FRAME_LEAD``)."""
    flat = squash_head(text, 12)
    found = _FRAME_LEAD.match(flat)
    return bool(found and flat[0] not in _NO_FRAME_START and not _NOT_FRAME.search(found.group(1)))


class Start(Enum):
    """How a piece begins, from least to most able to open a paragraph."""

    MID = "mid"  # punctuation, a closing mark, 务。…: inside a sentence
    UNIT = "unit"  # a unit with no figure before it: 万标箱…
    FRAGMENT = "fragment"  # the second half of a word: 株潭国家…
    CLAUSE = "clause"  # a function word: 的…, 和…
    FIGURE = "figure"  # a figure with its unit: 860亿元，… (a paragraph may start so)
    PLAIN = "plain"


class End(Enum):
    """How an open tail stops."""

    FIGURE = "figure"  # 61.8 | 160多: the unit follows
    LONE = "lone"  # a character that is no word alone: …与长
    WORD = "word"
    COMMA = "comma"  # …，: the sentence goes on
    OTHER = "other"


#: A maxim opening a paragraph of a parallel series (开局，要谋在前。 / 稳，是前提。):
#: a lead word of one to four characters, a comma, a copula or modal, and the
#: sentence closed within a few characters more.
_MAXIM = re.compile(r"^(\w{1,4})[，,]([是要就才在还更也贵重关])[^，,。；;！？]{1,8}[。；;！？]")


def parallel_series(text: str) -> tuple | None:
    """What a paragraph of a commentary's parallel series shares with its
    siblings, or None: the lead word and its copula (开局，要 …), or for one
    character (稳，是 / 进，是 …) the copula alone."""
    found = _MAXIM.match(squash_head(text, 16))
    if not found:
        return _clause_series(text)
    lead, copula = found.groups()
    return (1, copula) if len(lead) == 1 else (lead, copula)


#: A commentary's paragraphs opening on the same clause, each going on
#: differently (治江需要韧劲，首先要… / 治江需要韧劲，还要…): the clause.
_LEAD_CLAUSE = re.compile(
    r"^([^\W\d][^，,。；;！？：:0-9０-９]"
    rf"{{{T.SERIES_CLAUSE_MIN - 1},{T.SERIES_CLAUSE_MAX - 1}}})[，,]"
)
#: A clause any report may open on: a time, a source, a speaker.
_COMMON_LEAD = re.compile(
    r"(?:以来|期间|年来|之际|为此|同时|基础上|来看|看来|据悉|获悉|了解到|说|介绍|认为|看到|发现|"
    + "|".join(sorted(SPEECH_VERBS))
    + r")$"
)


def _clause_series(text: str) -> tuple | None:
    """The clause a paragraph of a series opening alike leads with, or None
    for a clause any report opens on (今年以来，…, 该负责人表示，…)."""
    found = _LEAD_CLAUSE.match(squash_head(text, T.SERIES_CLAUSE_MAX + 1))
    if not found or REPORTED.match(found.group(0)) or _COMMON_LEAD.search(found.group(1)):
        return None
    return (found.group(1), "")


def parallel_opening(text: str) -> bool:
    """A paragraph opening of the parallel kind (稳，是前提。 / 干，是关键。):
    whole, however its first character reads after an open tail."""
    return bool(_PARALLEL.match(squash_head(text, 6)))


@lru_cache(maxsize=8192)
def start_of(text: str) -> Start:
    """How ``text`` begins (see ``Start``)."""
    flat = squash_head(text, T.CUT_CONTEXT * 2)
    if not flat:
        return Start.PLAIN
    if _PARALLEL.match(flat) or _FRAMED_OPENING.match(flat) or ENUMERATED.match(flat):
        return Start.PLAIN
    if flat[0] in CONTINUATION_START:
        return Start.MID
    if _unit_start(flat):
        return Start.UNIT
    if starts_mid_sentence(text):
        return Start.MID
    if flat[0] in _CLAUSE_WORDS and len(dictionary_words(flat[:6])[0]) == 1:
        return Start.CLAUSE
    if _bare_predicate(flat) or leans_on_subject(flat):
        return Start.CLAUSE
    if _word_half(flat) or last_words_alone(flat):
        return Start.FRAGMENT
    if _FIGURE_START.match(flat):
        return Start.FIGURE
    return Start.PLAIN


def last_words_alone(flat: str) -> bool:
    """The whole text a word or two and its stop (红利。, 行为。): a sentence's
    last words, cut from it; no paragraph is that."""
    return (
        len(flat) <= T.LAST_WORDS_MAX + 1
        and flat[-1] in "。！？"
        and all("\u4e00" <= c <= "\u9fff" for c in flat[:-1])
    )


def _bare_predicate(flat: str) -> bool:
    """The text opens on a verb of two characters and a comma (覆盖，…)."""
    match = _BARE_PREDICATE.match(flat)
    if not match:
        return False
    verb = match.group(1)
    if verb in _DISCOURSE_VERBS or verb[0] in "据听相":
        return False
    return first_tagged(flat[:4]) == (verb, "v")


def leans_on_subject(flat: str) -> bool:
    """The text opens on what is said of a subject named before it: an
    adverb pointing back (分别, 同比) or a verb of change with its figure."""
    return bool(_ANAPHORIC.match(flat)) or _verb_and_figure(flat)


def _verb_and_figure(flat: str) -> bool:
    """The text opens on a verb of change and its figure (增长12.7%,
    完成860亿元): the predicate of a subject printed at the end of a line."""
    return bool(_CHANGE_AND_FIGURE.match(flat))


def unit_cut_inside(left: str, right: str) -> bool:
    """A figure's unit cut inside itself: the figure and the unit's first
    character or two, then its rest (…下降0.24个 / 百分点, …3.2万千 / 瓦)."""
    for k in (1, 2):
        head, before = left[-k:], left[:-k]
        if not before or not (before[-1].isdigit() or before[-1] in "万亿千百"):
            continue
        if any(
            len(unit) > k and unit.startswith(head) and right.startswith(unit[k:])
            for unit in (*_UNIT_WORDS, *_UNITS_UNREAD)
        ):
            return True
    return False


def _unit_start(flat: str) -> bool:
    """The text opens on a unit with no figure before it (万标箱…, 项，…,
    个高清摄像头, 亿元): its first word is a measure word or a unit, or a
    magnitude before one. A word that only starts with such a character is
    no unit (公共服务, 年轻人, 个人): jieba reads it whole. 年/月/日 open a
    unit only before a figure or a stop (6 + 年的…: but 日前, 月亮)."""
    if flat[0] == "°":
        return True  # a temperature's degree (℃, read °C): 38 + ℃至40℃
    first = dictionary_words(flat[:6])[0]
    if first in _UNIT_WORDS or flat.startswith(_UNITS_UNREAD):
        return True
    if flat[0] == "余" and flat[1:2] in _UNITS:
        return True  # "more than" between a figure and its unit (300 + 余名，…)
    if len(first) > 1 and first[0] in "万亿千百" and all(c in _UNITS for c in first):
        return True  # magnitudes and a unit read as one word (万亿元, 亿千瓦)
    if len(first) != 1 or first not in _UNITS:
        return False
    return first not in "年月日时分" or bool(re.match(r"^.[0-9，,。、的]", flat))


def _word_half(flat: str) -> bool:
    """The text opens on a character jieba makes no word of, that is no
    preposition opening a clause (在, 对, 从 …), no surname of a name
    jieba's name model finds (沈晓明强调) or of one a verb of saying follows
    (张德华要求，…, read 张 / 德华), and no province's or city's body
    (省环保厅…): the second half of a cut word."""
    if not starts_with_fragment(flat) or flat[0] in _CLAUSE_OPENERS:
        return False
    if _SPEAKER_OPENS.match(flat) or _BODY_OPENS.match(flat):
        return False
    return len(jieba.lcut(flat[:8])[0]) < 3


def opens_on_quarter(flat: str) -> bool:
    """The text opens on a place named with its quarter (南洞庭湖…, 西洞庭…),
    which jieba reads as a lone character and a place."""
    return flat[:1] in _QUARTERS and len(flat) > 2 and first_tagged(flat[1:8])[1] == "ns"


#: The quarters a place's name may open on (东洞庭湖, 湘西北).
_QUARTERS = "东南西北"


#: A paragraph of a meeting's report opening on who spoke: a surname, a given
#: name of one or two characters, a verb of saying.
_SPEAKER_OPENS = re.compile(
    "^["
    + "".join(sorted(SURNAMES))
    + r"]\w{1,2}(?:"
    + "|".join((*SPEECH_VERBS, "说", "介绍"))
    + ")"
)
#: A paragraph opening on a body of the province, a city or a county: 省环保厅,
#: 市委, 县政府, 州人大 (the level, then the body).
_BODY_OPENS = re.compile(
    r"^[省市县区州](?:委|政府|人大|政协|纪委|法院|检察院|[\u4e00-\u9fff]{1,5}?[厅局委办院])"
)


@lru_cache(maxsize=8192)
def end_of(text: str) -> End:
    """How an open ``text`` stops (see ``End``)."""
    flat = squash_tail(text, T.CUT_CONTEXT * 2)
    if not flat:
        return End.OTHER
    if _FIGURE_END.search(flat):
        return End.FIGURE
    if flat[-1] in "，,、；;：:":
        return End.COMMA
    if not is_cjk(flat[-1]):
        return End.OTHER
    last = dictionary_words(flat[-6:])[-1]
    if len(last) == 1 and flat[-1] not in _CLAUSE_WORDS and flat[-1] not in _STANDALONE:
        return End.LONE
    return End.WORD
