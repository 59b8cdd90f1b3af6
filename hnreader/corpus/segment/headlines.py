"""Headline hierarchy: which printed pieces are 引题 kicker, 主题 title, 副题 subtitle.

Roles come from the structure of the stack: the order of the pieces, a dash
or colon that hands over to the next piece, a short "某某出席" line at the
foot, which piece carries figures and clauses (the 副题 adds facts), which
piece reports an event or a speech (the secondary one) and which has a
subject of its own. The few words used are general headline vocabulary
(``vocabulary``), never a phrase of one page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..match import joins_word, pos_cut, pos_tags
from ..reflow import squash, squeeze, width
from . import thresholds as T
from . import vocabulary as vocab
from .continuation import leans_on_subject
from .hunan_words import names_place
from .patterns import SALUTATION, WHOM_INTERVIEWED, series_name

_HANDOVER_END = re.compile(r"(?:——|—|：|:)$")
#: A line closed on a report's genre (…一线见闻, …纪实): a whole kicker.
_GENRE_END = re.compile(rf"(?:{'|'.join(vocab.GENRE_WORDS)})$")
_DASH_LED = re.compile(r"^[—－-]{1,2}")
#: A part of a series of reports or commentaries, numbered (…系列评论之一,
#: …产业链观察之二): a kicker over the part's own title.
_SERIES_PART = re.compile(
    r"(?:报道|评论|述评|观察|调查|回眸|巡礼|纪行|见闻|手记)之[一二三四五六七八九十]{1,3}$"
)
_SPEECH_END = re.compile(rf"(?:{'|'.join(vocab.SPEECH_VERBS)})$")
# "在…会上强调": the frame of a speech report, wherever the verb falls.
_SPEECH_FRAME = re.compile(rf"在.{{2,40}}(?:上|时|中|期间)(?:{'|'.join(vocab.SPEECH_VERBS)})")
_ACTIVITY = re.compile(rf"(?:{'|'.join(vocab.ACTIVITY_VERBS)})")
_EVENT = re.compile(rf"(?:{'|'.join(vocab.EVENT_VERBS)})|(?:{'|'.join(vocab.MEETING_NOUNS)})$")
_EVENT_DONE = re.compile(rf"(?:{'|'.join(vocab.EVENT_VERBS)})$")
_ATTENDED = re.compile(rf"(?:{'|'.join(vocab.ATTENDANCE_VERBS)})$")
_EFFORT = re.compile(rf"(?:{'|'.join(vocab.EFFORT_VERBS)})")
ENDS_ON_FIGURE = re.compile(r"[0-9０-９][^0-9０-９\s]{0,2}$")
_CLAUSES = re.compile(r"[，,、；;]")
_FIGURE = re.compile(r"[0-9０-９%％]")
#: A verb of change or amount before its figure.
_AMOUNT_STATED = re.compile(
    r"(?:增长|下降|增加|减少|提高|降低|突破|超过|达到?|增至|降至|完成|实现|签约)\s*"
    r"(?:[0-9０-９]|[一二两三四五六七八九十百千万亿]{1,4}(?:[万亿]|成|倍|元|吨|人次?|家|个))"
)
#: A figure with its unit of amount (18.6亿元, 2300万, 9.4%), not a year or an ordinal.
_QUANTITY = re.compile(r"[0-9０-９][0-9０-９.]*\s*(?:[万亿千百]|元|%|％|个|家|人|吨|亩|项)")
#: A quantity in words (两千元, 三成, 近四成, 百万吨): a subtitle's figures too.
_QUANTITY_IN_WORDS = re.compile(
    r"[一二两三四五六七八九十百千]+[万亿千百]?(?:元|个|家|人|吨|亩|项|倍|成)"
)


#: A quantity and nothing else (逾百亿元, 超2500家, 近四成, 12.6万亩).
_QUANTITY_ALONE = re.compile(
    r"^(?:逾|超|近|约|达|超过|突破)?(?:[0-9０-９][0-9０-９.]*|[一二两三四五六七八九十百千万亿]+)"
    r"[万亿千百]?[多余]?(?:元|个|家|人|吨|亩|项|倍|成|座|台|件|户|名|公里|%|％|人次)$"
)


def quantity_alone(text: str) -> bool:
    """A line stating a quantity alone: no piece of a stack by itself, but the
    end of the line above it, wrapped (…完成投资 / 逾百亿元)."""
    return bool(_QUANTITY_ALONE.match(squash(text)))


def carries_quantity(text: str) -> bool:
    """A headline line stating a figure with its unit, in digits or in words:
    the subtitle's part of a stack, under the line that names what it counts."""
    return bool(_QUANTITY.search(text) or _QUANTITY_IN_WORDS.search(text))


ATTENDANCE_MAX = 12  # characters: "某某某出席", "某某某、某某某出席"
BROKEN_TAIL_MAX = 8  # characters: a headline's last word left alone on a line
BROKEN_HEAD_MIN = 16  # characters: ... under a line that long
WHOLE_TAIL_MIN = 5  # characters: a short line under it that says something is a piece whole
LONG_KICKER_MIN = 32  # characters: a line of clauses this long is a kicker whole
LONE_WORD_MAX = 2  # characters: a line this short is no headline piece of its own
PARALLEL_MAX = 16  # characters of one of two parallel phrases on one line
PARALLEL_RATIO = 1.8  # ... each at most this much longer than the other
PARALLEL_SIMILAR = 0.75  # two phrases built alike differ little in length
COUPLET_MAX = 7  # characters of each of two phrases of one length: a couplet title
SHORT_KICKER_RATIO = 1.5  # a figure line this much narrower than the line below
WRAP_MAX = 32  # characters: a headline piece wrapped over two lines is no longer
WRAP_HALF_MAX = 12  # characters: a column's headline line; a longer line is a piece
WRAP_PIECES_MIN = 8  # characters of each of two lines: a piece each, not one wrapped
SHORT_PAIR_MAX = 10  # characters of each of a title's two short halves under a kicker
NAME_KICKER_MAX = 8  # characters: a place, a body or a scene named over the statement
SCENE_KICKER_MAX = 15  # characters: a scene or an effort over the figures of its news
NARROW_PIECE_RATIO = 0.8  # a line at most this wide as the line under it is a piece of its own


@dataclass(frozen=True, slots=True)
class Headline:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    doubled: tuple[str, ...] = ()  # copies of pieces printed twice, dropped

    @property
    def text(self) -> str:
        return "".join((self.kicker, self.title, self.subtitle))


def clean(part: str) -> str:
    """A headline piece: layout spaces gone, the space between phrases kept."""
    phrases = [squeeze(p) for p in re.split(r"\s{1,}", part.strip()) if p.strip()]
    out = ""
    for phrase in phrases:
        if out and _phrase_break(out, phrase):
            out += " "
        out += phrase
    return out


def phrases(line: str) -> list[str]:
    """A headline line's phrases: split at its spaces, but not at the spaces
    PDF extraction sets around a figure or inside quotes (突破 35 万户,
    “ 新湖南”)."""
    out: list[str] = []
    after_pause = False
    for part in line.split():
        if out and (_layout_space(out[-1], part) or after_pause or part in _SET_APART):
            out[-1] += part
        else:
            out.append(part)
        after_pause = part in _SET_APART
    return out


#: A pause the extraction set apart on both sides (隆 ， 20 多): a glyph gap,
#: no phrase's end.
_SET_APART = frozenset("，、；：")


def _layout_space(left: str, right: str) -> bool:
    """A space the extraction set, no phrase's end: after a figure, before a
    figure standing alone (突破 35 万户; a phrase that opens on a figure,
    1至4月…, is a phrase), inside quotes or brackets, before a percent sign."""
    a, b = left[-1], right[0]
    bare_figure = b.isdigit() and bool(_BARE_FIGURE.match(right))
    return a.isdigit() or bare_figure or a in "“‘《（(" or b in "”’》）)%％"


def _phrase_break(left: str, right: str) -> bool:
    """Keep a space only between two whole phrases, not around digits or signs."""
    a, b = left[-1], right[0]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        return True
    return (
        len(right) >= 4
        and len(left) >= 4
        and not _layout_space(left, right)
        and a not in "、，"
        and b not in "、，"
    )


_BARE_FIGURE = re.compile(r"^[0-9０-９.．]+[%％]?$")
#: A line of a figure and its unit alone (12个, 4.6万人, 22%).
_FIGURE_ALONE = re.compile(r"^[0-9０-９.．]+\s*(?:[%％]|[\u4e00-\u9fff]{1,3})$")


def undouble(text: str) -> str:
    """A headline drawn twice for a bold effect comes out doubled (标题标题): once."""
    flat = text.replace(" ", "")
    half = len(flat) // 2
    if len(flat) >= 8 and len(flat) % 2 == 0 and flat[:half] == flat[half:]:
        # Keep the spacing of the first copy.
        seen = 0
        for k, ch in enumerate(text):
            seen += ch != " "
            if seen == half:
                return text[: k + 1].strip()
    return text


#: A line that opens on a piece of four characters or more printed twice
#: (签约项目56个签约项目56个 / 总金额…, the first line of two drawn twice).
_OPENS_TWICE = re.compile(r"^(.{4,}?)\1")


def _drop_copies(units: list[str]) -> tuple[list[str], list[str]]:
    """Lines of a stack without the copies a headline drawn twice for a bold
    effect leaves: a line that repeats the lines right above it put together
    (支持退役军人 / 就业创业 / 支持退役军人就业创业: once wrapped, once whole; or
    the end of the piece above repeated), and
    the second copy of a piece a line opens on twice. Returns the lines kept
    and the copies."""
    kept: list[str] = []
    copies: list[str] = []
    for unit in units:
        flat = unit.replace(" ", "")
        joined = ""
        for prev in reversed(kept):
            joined = prev.replace(" ", "") + joined
            if len(joined) >= len(flat):
                break
        # (the lines above may have come as one piece, set tight)
        if kept and joined.endswith(flat) and len(flat) >= T.DOUBLED_MIN:
            copies.append(unit)
            continue
        twice = _OPENS_TWICE.match(flat)
        if twice and flat != twice.group(0):
            copies.append(twice.group(1))
            unit = flat[len(twice.group(1)) :]
        last = kept[-1].replace(" ", "") if kept else ""
        whole = undouble(unit).replace(" ", "")
        if len(last) >= T.DOUBLED_MIN and len(whole) > len(last) and whole.startswith(last):
            # The first line of a title drawn twice, broken where the first
            # copy wrapped, over the title whole (寒假工作 / 寒假工作部署…).
            copies.append(kept.pop())
        kept.append(unit)
    return kept, copies


def split_roles(units: Sequence[str], separate_lines: bool) -> Headline:
    """Assign kicker/title/subtitle to headline pieces in print order.

    ``units`` are the printed lines (``separate_lines``) or the space-separated
    phrases of one headline line.
    """
    cleaned = [u for u in (clean(u) for u in units) if u]
    doubled_line: list[str] = []
    if not separate_lines and cleaned:
        # A headline line printed twice, whatever its phrases: keep it once.
        whole = " ".join(cleaned)
        once = undouble(whole)
        if once != whole:
            doubled_line.append(once)
            cleaned = once.split()
    if separate_lines:
        cleaned, copies = _drop_copies(cleaned)
        doubled_line += copies
        cleaned = rejoin_broken(cleaned)  # a doubled line may be broken too
        cleaned = _split_reports(cleaned)
    doubled = doubled_line + [undouble(u) for u in cleaned if undouble(u) != u]
    units = [undouble(u) for u in cleaned]
    half = len(units) // 2
    if half and len(units) % 2 == 0 and units[:half] == units[half:]:
        doubled += units[half:]  # a headline line of several phrases printed twice
        units = units[:half]
    doubled += [u for k, u in enumerate(units) if k and u == units[k - 1]]
    units = [u for k, u in enumerate(units) if k == 0 or u != units[k - 1]]
    if not units:
        return Headline()
    head = _roles(units, separate_lines)
    if head.kicker and _short_pair(head.title, head.subtitle):
        # Two short phrases under a kicker are its title's two halves (某会召开 /
        # 抢抓农时 / 确保春播面积稳中有增): a subtitle under a kicker and a title
        # is a longer statement of facts. Of such stacks on the read sets'
        # pages the gold sets 63 as kicker and title, 8 as three pieces.
        head = Headline(head.kicker, f"{head.title} {head.subtitle}")
    return Headline(head.kicker, head.title, head.subtitle, tuple(doubled))


def _short_pair(title: str, subtitle: str) -> bool:
    """A title and a subtitle both no longer than a short phrase, the
    subtitle neither dash-led nor who attended."""
    return (
        bool(title and subtitle)
        and max(len(squeeze(title)), len(squeeze(subtitle))) <= SHORT_PAIR_MAX
        and not _DASH_LED.match(subtitle)
        and not _ATTENDED.search(subtitle)
    )


def _roles(units: list[str], separate_lines: bool) -> Headline:
    if separate_lines:
        units = rejoin_broken(units)
    if separate_lines and len(units) > 1:
        # A line under another that ends on a dash-led phrase holds the
        # subtitle after its title (稳中有进 向新而行 ——前5个月…); one line
        # alone is read phrase by phrase below.
        units = [part for unit in units for part in _BEFORE_DASH.split(unit)]
    if separate_lines and len(units) == 2 and _DASH_LED.match(units[1]):
        # A dash-led subtitle is one, whatever it lists (——某某主持 某某发言);
        # over it, two unlike phrases on one line are kicker and title, as on
        # one line "引题 主题 ——副题" below.
        parts = phrases(units[0])
        if len(parts) == 2 and not _parallel(parts[0], parts[1]):
            return Headline(parts[0], parts[1], units[1])
    elif separate_lines and len(units) == 2:
        # A title line under a kicker that ends on who attended holds the
        # subtitle too (… 某某出席); a third line is the subtitle whole.
        units = [units[0], *_attendance_apart(units[1])]
    if separate_lines and len(units) == 2 and speaks(units[1]) and not speaks(units[0]):
        # The speaker's line (…会议要求) drawn after what was said: the kicker
        # still, what it introduces the title.
        return Headline(units[1], units[0])
    if len(units) == 1 and separate_lines and " " in units[0]:
        return _roles(units[0].split(), separate_lines=False)  # one line, rejoined
    if len(units) == 1:
        return Headline(title=units[0])
    if separate_lines and len(units) >= 3:
        # The subtitle begins at its dash, however many lines follow it
        # (引题 / 主题 / ——副题 / 某某出席).
        dash = next((k for k in range(1, len(units)) if _DASH_LED.match(units[k])), None)
        if dash == 1:
            return Headline("", units[0], " ".join(units[1:]))
        if dash is not None:
            return Headline(units[0], " ".join(units[1:dash]), " ".join(units[dash:]))
        return Headline(units[0], " ".join(units[1:-1]), units[-1])
    if len(units) >= 3 and _DASH_LED.match(units[-1]) and not _parallel(units[0], units[1]):
        # One line "引题 主题 ——副题": the dash marks the subtitle, so the two
        # phrases before it, unlike each other, are kicker and title.
        return Headline(units[0], " ".join(units[1:-1]), units[-1])
    first, rest = units[0], units[1:]
    if not (not separate_lines and _parallel(first, rest[0])) and is_kicker(
        first, rest[0], one_line=not separate_lines
    ):
        title_parts, sub = _title_then_subtitle(rest, separate_lines)
        return Headline(first, " ".join(title_parts), " ".join(sub))
    title_parts, sub = _title_then_subtitle(units, separate_lines)
    return Headline("", " ".join(title_parts), " ".join(sub))


#: The space before a dash-led subtitle set on its title's line.
_BEFORE_DASH = re.compile(r"\s+(?=——)")


def _attendance_apart(unit: str) -> list[str]:
    """A line's last phrase set apart when it says who attended."""
    head, _, last = unit.rstrip().rpartition(" ")
    if head.strip() and is_attendance(last):
        return [head.rstrip(), last]
    return [unit]


def speaks(text: str) -> bool:
    """A piece that reports a speaker (某某在…时强调): always a kicker, whole.
    Not a line whose 要求 or 希望 is the object of a verb (落实“双减”要求)."""
    flat = text.replace(" ", "")
    return bool(_SPEECH_END.search(flat)) and not _DEMAND_AS_OBJECT.search(flat)


#: 要求 / 希望 as what is carried out (落实…要求, 按照…要求, 不负…希望): a noun.
_DEMAND_AS_OBJECT = re.compile(
    r"(?:落实|贯彻|执行|按照|对照|符合|达到|满足|不负|寄托)\S{0,12}(?:要求|希望)$"
)


def frame_wrapped(above: str, below: str) -> bool:
    """A speaker's frame set on two lines (某某在湘赣边 / 区域调研时强调): the
    second closes it on the speech verb, neither holds it alone."""
    above, below = above.replace(" ", ""), below.replace(" ", "")
    return bool(
        _SPEECH_END.search(below)
        and not _SPEECH_END.search(above)
        and _SPEECH_FRAME.search(above + below)
        and not _SPEECH_FRAME.search(below)
    )


#: A causative or disposal frame (让…, 把…, 使…) left without its verb at a
#: line's end: 别让“微腐败” / 啃食群众获得感.
_FRAME_OPEN = re.compile(r"(?:让|使|把|令|叫)([^，,。；;：:让使把令叫]*)$")


def causative_wrapped(above: str, below: str) -> bool:
    """A line that ends on a causative or disposal frame with no verb after
    its object (别让“微腐败”) goes on on the next, which opens on that verb."""
    above, below = above.replace(" ", ""), below.replace(" ", "")
    frame = _FRAME_OPEN.search(above)
    if not frame or not frame.group(1) or not below:
        return False
    from ..match import pos_tags

    rest = [w.flag for w in pos_tags(frame.group(1))]
    first = pos_tags(below[:6])
    # (its object alone, a noun phrase: no predicate of any kind after it)
    return (
        all(flag[:1] in _NOUN_PHRASE for flag in rest)
        and bool(first)
        and first[0].flag.startswith("v")
        and not names_place(first[0].word)  # (jieba reads 怀化 as a verb)
    )


#: jieba's tags (their first letter) of what a noun phrase holds: nouns and
#: names, pronouns, numerals and measures, particles (的), localizers, places,
#: abbreviations, marks, and adjectives jieba reads into it (微 + 腐败).
_NOUN_PHRASE = frozenset("nrmqufsjxa")


def _split_reports(units: list[str]) -> list[str]:
    """A first line whose first phrase reports a speech or an event and whose
    other phrases do not (某某在…会上强调 时刻绷紧这根弦, 某会议在长开幕 凝心聚力
    同心共绘): the report is the kicker, a piece of its own over the rest."""
    if len(units) < 2:
        return units
    first, *rest = units[0].split()
    if rest and _reports(first) and not any(_reports(p) for p in rest):
        return [first, " ".join(rest), *units[1:]]
    return units


def _reports(phrase: str) -> bool:
    """A phrase ending on a speech, an event taking place or who attended."""
    return bool(
        _SPEECH_END.search(phrase) or _EVENT_DONE.search(phrase) or _ATTENDED.search(phrase)
    )


def is_attendance(text: str) -> bool:
    """A short "某某出席" line: the last line of a meeting's headline stack."""
    flat = text.replace(" ", "")
    if len(flat) <= ATTENDANCE_MAX and _ATTENDED.search(flat):
        return True
    # (who chaired and who attended, set apart: 某某主持并讲话 某某出席)
    pieces = text.split()
    return len(pieces) > 1 and all(len(p) <= ATTENDANCE_MAX and _ATTENDED.search(p) for p in pieces)


def is_kicker(first: str, second: str, one_line: bool = False) -> bool:
    """Is ``first`` the kicker above ``second``, rather than the title over a subtitle?
    (``one_line``: two phrases set apart on one line, no wrap between them.)

    The cues in the order they decide, strongest first.
    """
    if _HANDOVER_END.search(first):
        return True  # "…——" / "…：" hands over to the title below
    if WHOM_INTERVIEWED.match(squeeze(first)):
        return True  # whom the piece interviews (访某某…), over what they say
    if _DASH_LED.match(second) or (_ATTENDED.search(second) and len(second) <= ATTENDANCE_MAX):
        return False  # "——记…" and "某某出席" are subtitles
    if _SPEECH_END.search(first) or _SPEECH_FRAME.search(first):
        return True  # the speaker above the message
    if _GENRE_END.search(first) or _SERIES_PART.search(first):
        return True  # what kind of report follows (…一线见闻 / 守堤人的夏天)
    narrower = _narrower(first, second) or (
        one_line and width(first) <= NARROW_PIECE_RATIO * width(second)
    )
    if len(squeeze(first)) <= NAME_KICKER_MAX and narrower and _names(first):
        # A short line over a wider one names where or whom the news is of
        # (郴州, 市中级法院, 博览会首日), unless it opens on its verb: a
        # motto (让老街焕发新生机) is a title.
        return True
    first_event = bool(_ACTIVITY.search(first) or _EVENT.search(first))
    second_event = bool(_ACTIVITY.search(second) or _EVENT.search(second))
    if first_event and not second_event and _CLAUSES.search(second) and not _CLAUSES.search(first):
        # An event, then what it came to in clauses (…集中签约 / 总投资超500亿元，
        # 制造业项目占比过半): the facts a subtitle adds.
        return False
    if first_event != second_event:
        return first_event  # the line reporting the event is the secondary one
    first_effort, second_effort = bool(_EFFORT.search(first)), bool(_EFFORT.search(second))
    if first_effort and not second_effort:
        return True  # an ongoing effort sets the scene for the news below it
    if _CLAUSES.search(second) and not _CLAUSES.search(first):
        return False  # a subtitle spells out in clauses what the title states
    if _FIGURE.search(first) and _QUOTED_TERM.search(second) and not _FIGURE.search(second):
        return True  # a catchword in quotes is the title's (…增长31% / “湖南红”茶叶…)
    if _CLAUSES.search(first) and _FIGURE.search(first) and not _FIGURE.search(second):
        # so are clauses of figures over one (总投资120亿元，规划年产能30万辆 /
        # 某项目落户湘潭): the clauses, secondary, go over the title here
        return not _CLAUSES.search(second)
    if _FIGURE.search(first) and not _FIGURE.search(second) and not _COMPARES.search(second):
        # Figures over a plain statement are the facts that news adds up to
        # (前三季度…产量达210亿斤 / 秋粮收购工作全面展开): the kicker; a line
        # comparing them (…创历史新高, 高于全省) is the title's subtitle.
        return True
    if _FIGURE.search(first):
        # A title with its figure has a shorter subtitle comparing it in
        # figures; a short figure line over a longer statement is the
        # kicker's lead (票价降至2元 / 某地开通首条线路), and so is a figure
        # line over one that opens on its own figure, the news (全省今年受理
        # 法律援助案件2.6万件 / 1.9万名困难群众获免费法律帮助).
        if _FIGURE.match(second) and not _COMPARES.search(second):
            return True
        return width(second) >= SHORT_KICKER_RATIO * width(first)
    if " " in first and " " not in second:
        return True  # two parallel phrases above a plain statement
    start_1, start_2 = start_tag(first), start_tag(second)
    if start_2 in vocab.SUBJECTLESS_START:
        return True  # the title leans on the kicker for its subject
    if start_1 in vocab.SUBJECTLESS_START and start_2 in vocab.SUBJECT_START:
        return True  # a motive ("加快建设…") above the statement with its subject
    # A figure line wider than a whole statement over it spells out its facts:
    # a subtitle. With no cue the paper's two-line stack is most often a
    # kicker over its title (a scene, a series or an effort, then the news:
    # 老工业基地转型观察 / 一座老厂的“新赛道”), and a short line over figures
    # is one (秋冬农业生产有序推进 / 全省油菜播种面积预计超2000万亩).
    # (a catchword in quotes over it makes the first line a kicker's scene:
    # 乡村“夜经济”点亮消费 / 前三季度全省夜间消费额同比增长23.5%)
    return not (
        _FIGURE.search(second)
        and width(second) > width(first)
        and len(squeeze(first)) > SCENE_KICKER_MAX
        and not _CATCHWORD.search(first)
    )


#: A line that sets a figure against another or a record (创…新高, 高于…,
#: 居…前列): what a subtitle says of its title's figure.
_COMPARES = re.compile(r"创[^，,]{0,8}新高|[高快低]于|居[^，,]{0,8}(?:前列|首位|第一)|领先")

#: A word or phrase set in quotes as a catchword (“夜经济”, “一站式”).
_CATCHWORD = re.compile(r"“[^“”]{1,8}”")


def _opens_on_verb(text: str) -> bool:
    """The line opens on its verb (or an adverb, a preposition, a
    conjunction before one); a verb used as a noun (抗冰一线) names."""
    tag = start_tag(text)
    return tag[:1] in ("p", "d", "c") or (tag[:1] == "v" and tag != "vn")


def _names(text: str) -> bool:
    """A line that names rather than says or goes on: it opens on no verb
    and stops on no comma (险情当前， / …)."""
    flat = squeeze(text)
    return not _opens_on_verb(flat) and flat[-1:] not in "，,、：:；;"


def reports_event(text: str) -> bool:
    """A headline line closing on an event taking place (…推进会召开, …开幕):
    the secondary line of its stack, the message on the line beside it."""
    return bool(_EVENT_DONE.search(squash(text)))


def _stops_on_adverb(text: str) -> bool:
    """The line stops on an adverb of one character (再, 更, 也): no headline
    piece ends on one, its verb or adjective is on the next line."""
    words = pos_tags(text[-6:])
    return bool(words) and len(words[-1].word) == 1 and words[-1].flag == "d"


def _quote_left_open(text: str) -> bool:
    """A quote or title mark opened and not closed on the line."""
    return any(text.count(o) > text.count(c) for o, c in zip(_OPENERS, _CLOSERS, strict=True))


def _narrower(above: str, below: str) -> bool:
    """A whole line clearly narrower than a statement under it: no wrapped
    piece's first line, for a wrap fills its first line. A word or a quote
    cut at its end, a subtitle's dash, a verb whose object is the line below
    (加快建设 / 现代化产业体系示范区) or a line below opening on its verb
    (…农产品 / 亮相…) make a wrap whatever the widths."""
    return (
        width(above) <= NARROW_PIECE_RATIO * width(below)
        and not _quote_left_open(above)
        and not _DASH_LED.match(above)
        and not frame_wrapped(above, below)
        and not _opens_on_particle(below)
        and not joins_word(above, below)
        and (_predicate(below) or names_place(above))
        and not _opens_on_verb(below)
    )


def _parallel(a: str, b: str) -> bool:
    """Two phrases of one line built alike (以…保障… 以…服务…): a two-part title."""
    if _subtitle_like(a) or _subtitle_like(b):
        return False
    similar = min(len(a), len(b)) >= PARALLEL_SIMILAR * max(len(a), len(b))
    # (two statements longer than a title's halves, each with its subject, are
    # a kicker and its title whatever their first words)
    alike = max(len(a), len(b)) <= PARALLEL_MAX and (a[0] == b[0] or start_tag(a) == start_tag(b))
    return similar and (couplet(a, b) or alike)


def couplet(a: str, b: str) -> bool:
    """Two short phrases of one length are a couplet title's halves, whatever
    their words (稳字当头 进中求质, 迎国庆 展新颜)."""
    return len(a) == len(b) <= COUPLET_MAX


#: Words that may open a line before its predicate without being its
#: subject: a time, a place word, a figure and its measure (前8个月, 今年).
_FRAMING_TAGS = frozenset(("t", "f", "m", "q", "mq"))


@lru_cache(maxsize=4096)
def leans_on_line_above(text: str) -> bool:
    """A headline line that opens on a time or a figure and goes on with what
    was done, no one doing it (前8个月接待境外游客…, 今年已压减…): its
    subject is the line above's."""
    flat = re.sub(r"^[“‘「《\"'（(]+", "", text.replace(" ", ""))
    framed = False
    for word in pos_cut(flat[:16]):  # (its first words: most lines open on no frame)
        if word.flag in _FRAMING_TAGS or (framed and word.word in ("至", "到")):
            framed = True
            continue
        # (a line opening on its verb is a statement or a motto of its own:
        # 推动全域旅游, 扶贫先扶志)
        return framed and word.flag[:1] in ("v", "d") and word.flag != "vn"
    return False


@lru_cache(maxsize=4096)
def start_tag(text: str) -> str:
    """jieba's part of speech of the first word of a headline line."""
    flat = re.sub(r"^[“‘「《\"'（(]+", "", text.replace(" ", ""))
    first = next(pos_cut(flat[:12]), None)
    return first.flag if first else ""


_TRAILING_FIGURE = re.compile(r"\s+([0-9０-９.．]+)$")


def join_piece(lines: Sequence[str]) -> str:
    """The lines of one headline piece as one: a figure left bare at a line's
    end was spaced by the extraction, not set apart as a phrase (发送旅客 13 /
    万人次 is one phrase)."""
    out = ""
    for line in lines:
        out = _TRAILING_FIGURE.sub(r"\1", out) + line if out else line
    return out


def rejoin_broken(units: list[str]) -> list[str]:
    """A long line followed by a short tail is one piece printed on two lines
    (…全省文化旅游 / 发展大会开幕)."""
    # A meeting's stack closing on "某某出席" sets its kicker and title whole.
    meeting = bool(units) and bool(_ATTENDED.search(units[-1]))
    out: list[str] = []
    for k, unit in enumerate(units):
        if out and _continues(out[-1], unit, meeting) and not _over_wrap(out[-1], units[k:]):
            # (a figure left bare at the line's end was spaced by the
            # extraction, not set apart as a phrase: 发送旅客 13 / 万人次)
            out[-1] = join_piece([out[-1], unit])
        else:
            out.append(unit)
    return out


#: Modals a question stops on at a line's end, what they ask on the next
#: (…能不能 / 多开几班？, …什么时候能 / 修好？).
_MODAL_ENDS = frozenset("能会要该可")


def _over_wrap(above: str, rest: list[str]) -> bool:
    """A narrow line over a statement wrapped on the next two lines
    (永州 / 零陵古城景区 / 迎来旅游旺季): a piece of its own."""
    return len(rest) > 1 and _wrapped(rest[0], rest[1]) and _narrower(above, rest[0] + rest[1])


def _continues(above: str, unit: str, meeting: bool = False) -> bool:
    """Is ``unit`` the rest of the piece printed on the line above it?"""
    if series_name(above):
        return False  # a series' name (长江大保护·湖南实践) is a piece whole
    if closes_piece(above):
        return False
    if _wrapped(above, unit, meeting):
        return True
    if unit[-1:] in "？?" and above[-1:] in _MODAL_ENDS:
        return True  # a question cut after its modal (…能不能 / 多开几班？)
    if _FIGURE_ALONE.match(unit):
        return True  # a figure and its unit say nothing alone (…引进智能制造项目 / 12个)
    if _opens_after_figure(above, unit):
        return False
    if len(unit) > BROKEN_TAIL_MAX:
        return False
    if len(above) >= LONG_KICKER_MIN and _CLAUSES.search(above) and not joins_word(above, unit):
        # (a long kicker of clauses over a short title: …攻关，研制出… / “耐火金刚”问世)
        return False
    if len(unit) <= LONE_WORD_MAX or joins_word(above, unit):
        return True  # a lone word, or a word cut at the line's end
    if _CLAUSES.search(above) and ENDS_ON_FIGURE.search(above):
        return False  # clauses closed on a figure and its unit are whole (…年产能8万辆)
    if (
        len(unit) >= WHOLE_TAIL_MIN
        and _predicate(above)
        and _predicate(unit)
        and not leans_on_subject(unit)
        and not (closes_on_event(unit) and not closes_on_event(above))
    ):
        # Two statements, no word run over the break: the stack's next piece
        # (…推进会在浏阳召开 / 做强县域主导产业), not the last words of a long
        # line (…改造 / 完工) nor the event a long line names (…教育系统 /
        # 表彰大会召开). Of such pairs on the read sets' column pages, the
        # gold sets 29 apart and 3 as one piece.
        return False
    return (
        len(above) >= BROKEN_HEAD_MIN
        and " " not in unit + above  # two whole phrases are a finished line
        and not speaks(above)  # a speaker's frame is a whole kicker
        and not _ATTENDED.search(unit)
        and not _EFFORT.search(above)  # an ongoing effort is a whole kicker
        and not _GENRE_END.search(above)  # so is a line closed on its genre
    )


def asks_over_salutation(text: str, below: str, marked: bool = True) -> bool:
    """A short question right over a letter's salutation (…谁来管？ /
    编辑同志：): the letter's title, though it ends on its mark. Not
    ``marked``: any short line of no sentence there (…能否多开几班 /
    编辑同志：), where headlines are printed over their text."""
    flat = squash(text)
    # (a question may set one clause before it: 航班延误时，能否多一句解释？)
    clauses = sum(flat.count(c) for c in "，,")
    return (
        bool(flat)
        and (flat[-1] in "？?" if marked else flat[-1] not in "。！!：:")
        and len(flat) <= T.HEAD_STACKED_MAX
        and not any(c in flat for c in "。；;")
        and clauses <= (1 if flat[-1] in "？?" else 0)
        and bool(SALUTATION.match(squeeze(below)))
    )


def closes_piece(text: str) -> bool:
    """A headline line no wrapped words follow: a question or an exclamation
    (…如何留住回头客？, …怎么破 with no mark), a review's kicker naming the
    work it reads (读《某书》), or the kicker of a piece studying a meeting's
    or a speech's spirit (深入学习贯彻…精神), closed on that word."""
    return text[-1:] in "？?！!" or bool(
        _READS_WORK.match(text) or _ASKED.search(text) or studies_spirit(text)
    )


def closes_on_event(text: str) -> bool:
    """A headline line closed on its event's verb (…推进会召开): whole, no
    wrapped words follow it."""
    return bool(_EVENT_DONE.search(squash(text)))


def closes_on_count(text: str) -> bool:
    """A headline line closed on a count whose noun it has named already
    (…新增市场主体62.4万户, …口袋公园156个), one in a unit of its own
    (…收入1709亿元) or one a verb takes whole (…突破6亿件): the line says
    all it says; a phrase set tight under it is another piece. A count
    that a verb hands on (…新开5条 / 国际航线) wants its noun under it."""
    flat = squash(text).rstrip("”’")
    match = _COUNT_AT_END.search(flat)
    if not match:
        return False
    before = flat[: match.start()].rstrip("“”‘’")
    if match.group(1) in vocab.UNITS_ALONE or before.endswith(vocab.QUANTITY_VERBS):
        return True
    # (a noun right before the figure, no person's name: jieba reads some
    # verb phrases as names, 图书车开进 + 108个)
    tags = [t.flag for t in pos_tags(before) if t.flag != "x"]
    return bool(tags) and ((tags[-1].startswith("n") and tags[-1] != "nr") or tags[-1] == "vn")


#: A figure, its magnitude and its measure or unit at a line's end (62.4万户, 156个, 1709亿元).
_COUNT_AT_END = re.compile(
    r"[0-9０-９][0-9０-９.．]*(?:多|余)?[万亿]?(?![万亿])([\u4e00-\u9fff]{1,4})$"
)


def studies_spirit(text: str) -> bool:
    """A study piece's kicker (学习贯彻党的某某会精神, 深入学习贯彻…重要讲话精神):
    whole, and no column's name."""
    return bool(_STUDIES_SPIRIT.match(squash(text)))


_STUDIES_SPIRIT = re.compile(r"^(?:深入)?学习(?:宣传)?贯彻[^，。,；;]{2,40}精神$")


#: A question closed on its question word and verb, with no mark (…怎么破, …如何破局).
_ASKED = re.compile(r"(?:怎么|怎样|如何|咋)[\u4e00-\u9fff]{1,2}$")
#: A review's kicker: the work it reads, whole (读《湘江九章》, 读长篇小说《某书》).
_READS_WORK = re.compile(
    r"^(?:读|品|评|再读|重读)(?:[\u4e00-\u9fff]{2,6})?《[^《》]+》(?:有感|札记|随想)?$"
)


def _opens_after_figure(above: str, below: str) -> bool:
    """A conjunction after a statement closed on its figure opens the next
    piece (…进出口4216.3亿元 / 与共建国家贸易额增长9.7%)."""
    return below[:1] in ("与", "和", "及") and bool(ENDS_ON_FIGURE.search(above))


_OPENERS = "“‘《「（("
_CLOSERS = "”’》」）)"
#: A headline piece cannot open on a particle, a conjunction or a closing mark:
#: the line before ran out of width (…老工业区 / 的“蝶变”之路).
_NO_PIECE_START = frozenset("的之地得与和及、，," + _CLOSERS)
#: ... unless that character opens a word of its own (地区生产总值, 及时, 和美).
_PARTICLE_OR_WORD = frozenset("的之地得和及")


def _opens_on_particle(text: str) -> bool:
    """Does ``text`` open where no headline piece can (see ``_NO_PIECE_START``)?"""
    if text[:1] not in _NO_PIECE_START:
        return False
    if text[:1] in _PARTICLE_OR_WORD:
        first = next(iter(pos_cut(text[:6])), None)
        return first is None or len(first.word) < 2
    return True


def _wrapped(above: str, below: str, meeting: bool = False) -> bool:
    """Is ``below`` the rest of the piece ``above``, set on two lines because a
    column is narrow, rather than a piece of its own?

    A kicker, a title and a subtitle are each a whole statement: each has a
    predicate (a verb or adjective), opens on a word of its own and closes its
    quotes. A line that breaks one of these is half of a wrapped piece.
    """
    if above == below or " " in above + below or len(above) + len(below) > WRAP_MAX:
        return False  # a doubled line, two phrases set apart, or two pieces
    if _HANDOVER_END.search(above) or _DASH_LED.match(below) or _ATTENDED.search(below):
        return False
    if _quote_left_open(above):
        return True  # a quote or title mark left open
    if _stops_on_adverb(above):
        return True  # an adverb waits for its verb (…再 / 多提醒也不为过)
    if frame_wrapped(above, below):
        return True  # a speaker's frame (某某在…会上 / 强调) set on two lines
    if speaks(above) or _GENRE_END.search(above):
        return False  # a speaker's frame closed on its verb, or a genre: a whole kicker
    if _opens_on_particle(below):
        # (but a conjunction after a statement closed on its figure opens the
        # next piece: …进出口4216.3亿元 / 与共建国家贸易额增长9.7%)
        return not _opens_after_figure(above, below)
    if above[0] in "与和及" and not ENDS_ON_FIGURE.search(above) and not _DASH_LED.match(below):
        return True  # a piece led by its conjunction runs on to its figure
    if _for_whom(above) and _opens_on_verb(below):
        return True  # (为就业困难人员 / 送去2.6万个岗位: whom it is for, then the deed)
    if _WHOLE_QUOTE.fullmatch(below) and _predicate(below[1:-1]) and not _ends_on_verb(above):
        # A saying quoted whole is a title of its own (汛期一线 / “堤在人在”);
        # a catchword quoted is a word of the line above (…跑出 / “加速度”).
        return False
    short = max(len(above), len(below)) <= WRAP_HALF_MAX
    if short and joins_word(above, below) and not (_predicate(above) and _predicate(below)):
        return True  # a word cut at the line's end (智能网 / 联汽车…)
    if leans_on_subject(below) and not _QUANTITY.search(above):
        return (
            True  # the figure of a subject named on the line above (湖南外贸前5月 / 同比增长35.6%)
        )
    if _CLAUSES.search(below) or (_FIGURE.match(below) and _predicate(below)):
        return False  # a subtitle's facts, in clauses or opening on a figure
    if meeting or not short:
        return False  # wider than a column's headline line: a piece of its own
    if _narrower(above, below):
        return False  # a piece of its own over a wider one (灾后重建一线 / 团洲垸迎来新生活)
    if ENDS_ON_FIGURE.search(above):
        return False  # a fact line ends on its figure (总投资约96亿元)
    if _NAMED_AT_END.search(above) and _predicate(below):
        return False  # a thing named in quotes closes a kicker (乡村教师的“百宝箱”)
    if _NAMED_AT_END.search(below) and _predicate(above):
        # ... and a title under a kicker that says something (夜访城中村 /
        # 一间出租屋的“新变化”)
        return False
    if _OF_PHRASE.fullmatch(above) and _OF_PHRASE.fullmatch(below):
        return False  # two things named, each whole (老城区的新变化 / 街巷里的“微”更新)
    if above[-1:] in _CLOSERS and _predicate(above) and _OF_PHRASE.fullmatch(below):
        # a statement closed on its quoted object is whole over a thing named
        # (…编出“某某” / 某地的某人)
        return False
    if min(len(above), len(below)) >= WRAP_PIECES_MIN and not _WHOLE_QUOTE.fullmatch(below):
        # Two lines each as wide as a column's headline line are two pieces,
        # a kicker's grammar running on into its title (岳阳聚力建设长江… /
        # 中非经贸合作论坛举行 / 共商…): of such pairs on the read sets' pages
        # the gold sets 106 apart and 56 as one piece. (A catchword quoted
        # whole is the object of the line above: …公布首批 / “某某品牌”.)
        return False
    return not (_predicate(above) and _predicate(below))


#: Prepositions of whom or what a deed is done for or to (为…, 向…, 给…).
_FOR_WHOM = ("为", "向", "给", "替", "把", "对")


def _for_whom(text: str) -> bool:
    """The line is a preposition and its object alone (为就业困难人员): the
    deed it leads to is on the next line."""
    tagged = [t for t in pos_tags(text) if t.flag != "x"]
    return (
        len(tagged) >= 2
        and tagged[0].flag == "p"
        and tagged[0].word in _FOR_WHOM
        and tagged[-1].flag.startswith("n")
    )


#: A thing named by what it is of (某地的某物): a whole noun phrase.
_OF_PHRASE = re.compile(r"[^的，。,]{2,}的[^的，。,]{2,}")
#: A line that is one quotation and nothing else.
_WHOLE_QUOTE = re.compile(r"“[^“”]+”")


def _ends_on_verb(text: str) -> bool:
    """The line stops where the quotation under it goes on its phrase: on a
    verb or its count, whose object it is (打造 / “某某名片”, 公布首批 / “…”),
    or on 的 (…大会的 / “某某答卷”)."""
    tagged = [t for t in pos_tags(text) if t.flag != "x"]
    if not tagged or text.endswith(("的", "之")):
        return bool(tagged)
    verbs = [t.flag.startswith("v") and t.flag != "vn" for t in tagged]  # (vn: a verb as noun)
    return verbs[-1] or (tagged[-1].flag == "m" and any(verbs))


def says_something(text: str) -> bool:
    """Does a headline piece state something, a verb or an adjective in it
    (``_predicate``), rather than name a thing?"""
    return _predicate(text)


#: A line closed on a term in quotes, after what it belongs to (…的“百宝箱”).
_NAMED_AT_END = re.compile(r"的[“‘《「][^”’》」]+[”’》」]$")


_QUOTED_TERM = re.compile(r"[“‘《「][^”’》」]{3,}[”’》」]")


@lru_cache(maxsize=4096)
def _predicate(text: str) -> bool:
    """Does a headline piece say something (a verb or an adjective), rather than
    name a thing (北京国际设计周 / 研学旅行基地授牌 is half a statement)?"""
    if _EVENT.search(text) or _ACTIVITY.search(text) or _ATTENDED.search(text):
        return True  # jieba tags some of these as nouns (在京举行)
    if _AMOUNT_STATED.search(text):
        return True  # a figure stated (突破800万元), however jieba tags the verb
    # A quoted term of a few characters names a thing (“三高四新”), whatever
    # its words; a quoted word or two is used as one (“活”起来).
    named = _QUOTED_TERM.sub("事物", text)
    flat = re.sub(r"[“”‘’《》「」（）()\"':：]", "", named)
    tagged = list(pos_cut(flat))
    # A verb or an idiom (因地制宜) says something; an adjective only at the end
    # (绿意浓), for before a noun it names a thing (新材料).
    verb = any(w.flag[:1] == "v" and w.flag != "vn" for w in tagged)  # vn: 建设 as a noun
    return (
        verb
        or any(w.flag in ("i", "l") for w in tagged)
        or (bool(tagged) and tagged[-1].flag == "a")
    )


def _title_then_subtitle(units: Sequence[str], separate_lines: bool) -> tuple[list[str], list[str]]:
    """Title phrases run until a piece that reads as a subtitle."""
    title = [units[0]]
    for i, unit in enumerate(units[1:], 1):
        parallel = (
            not separate_lines
            and not _subtitle_like(unit)
            and not _FIGURE.search(title[-1])  # a statement with its figure is whole
            and len(unit) <= PARALLEL_MAX
            and len(unit) <= PARALLEL_RATIO * len(title[-1])
        )
        if not parallel:
            return title, list(units[i:])
        title.append(unit)
    return title, []


def _subtitle_like(unit: str) -> bool:
    """A subtitle adds facts: figures, clauses, the event or who attended."""
    return bool(
        _FIGURE.search(unit)
        or _CLAUSES.search(unit)
        or _DASH_LED.match(unit)
        or _ATTENDED.search(unit)
        or _EVENT.search(unit)
    )
