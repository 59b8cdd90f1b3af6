"""Raw lines: the non-blank lines of a page, its layout, and what each line is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..match import pos_tags
from ..reflow import despread, ends_sentence, is_cjk, squash, squeeze, width
from . import thresholds as T
from .hunan_words import names_place
from .kinds import Layout, LineKind
from .patterns import (
    CAPTION_START,
    COUNTDOWN,
    COUNTDOWN_END,
    DASH_LED,
    DIGEST_HEAD,
    GROUP_CREDIT,
    ISSUE_NO,
    PAGE_HEADER,
    PAPER_DATED,
    PAPER_START,
    QR_PROMPT,
    SAME_DAY_CAPTION,
    SECTION_NAME,
    TEMPERATURES,
    WEATHER,
    WEEKLY_NAME,
    WRITER_SIGN,
    credit_match,
    dateline_match,
    is_byline,
    is_name_line,
    issues_notice,
    jumps_in,
    looks_like_column,
    poet_in_brackets,
    series_name,
)
from .vocabulary import (
    COMPOUND_SURNAMES,
    DANGLING_END,
    OPEN_MODIFIER_END,
    SURNAMES,
    SURNAMES_OF_WORDS,
)


@dataclass(slots=True)
class Line:
    """One non-blank raw line."""

    no: int  # 1-based line number in the raw page
    raw: str  # the line without surrounding whitespace
    gap: int  # blank lines before it
    indent: bool  # the raw line began with whitespace
    after_box: bool = False  # a box taken out of the text stood right before it
    # spread character by character to the column's full width (closed up in
    # ``raw``): a justified line, however few characters it holds
    spread: bool = False


def byline_apart(line: Line) -> list[Line]:
    """A title and an essay's byline set on one baseline come out on one line
    (父亲的自行车 文丨某某): the headline's words and the byline, as two lines.
    So does the paper's unnamed commentator printed at the head of the
    commentary's first paragraph (湖南日报评论员 一元复始，…): byline and text."""
    signed = _UNNAMED_WRITER_THEN_TEXT.match(line.raw)
    if signed:
        return [
            dataclasses.replace(line, raw=signed["by"]),
            dataclasses.replace(line, raw=signed["text"], gap=0, indent=False),
        ]
    match = _TITLE_THEN_ESSAY_BYLINE.match(line.raw)
    signed = match is not None and is_byline(match["by"])
    if not signed:
        match = _TITLE_THEN_POET.match(line.raw)
        signed = match is not None and poet_in_brackets(match["by"])
    if not signed or any(c in match["head"] for c in "，。；：,;:"):
        return [line]
    return [
        dataclasses.replace(line, raw=match["head"]),
        dataclasses.replace(line, raw=match["by"], gap=0),
    ]


def credit_apart(line: Line) -> list[Line]:
    """A cartoon's or a photo's title and its credit set on one line, wide
    apart (漫画：“留痕”  某某 作): the title and the credit, as two lines. A
    caption closed on its sentence keeps its credit (…。 某某 摄). (On a
    paragraph page: a column page's reader takes such a line as a caption.)"""
    match = _TITLE_THEN_CREDIT.match(line.raw)
    if (
        not match
        or any(c in match["head"] for c in "，。；,;！？!?")
        or not credit_match(match["by"])
    ):
        return [line]
    return [
        dataclasses.replace(line, raw=match["head"]),
        dataclasses.replace(line, raw=match["by"], gap=0),
    ]


#: A short title, a wide gap, then a credit (某某 作, 湖南日报记者 某某 摄).
_TITLE_THEN_CREDIT = re.compile(
    r"^(?P<head>\S.{1,20}?)\s{2,}(?P<by>(?:\S+\s)?[\u4e00-\u9fff·]{2,4}\s*[摄作])\s*$"
)


#: A line of headline words, then an essay's byline (文丨某某, 文/某某).
_TITLE_THEN_ESSAY_BYLINE = re.compile(
    r"^(?P<head>\S.{1,30}?)\s+(?P<by>(?:文|文图|文[·/]图)\s*[丨|｜/]\s*[\u4e00-\u9fff·]{2,4})\s*$"
)


#: A poem's short title, then its poet's name in brackets (某某诗题（某某）).
_TITLE_THEN_POET = re.compile(
    r"^\s*(?P<head>[^\s（(]{2,12}?)\s*(?P<by>[（(]\s*[\u4e00-\u9fff·]{2,4}\s*[）)])\s*$"
)


#: The paper's unnamed commentator, then the commentary's first words: text,
#: not a name (a name holds no punctuation and is at most four characters).
_UNNAMED_WRITER_THEN_TEXT = re.compile(
    r"^(?P<by>(?:湖南日报|本报)(?:全媒体)?评论员)\s+"
    r"(?P<text>[^\s，。；：,;:]{0,30}[，。；：,;:].*|[^\s]{5,}.*)$"
)


#: A line of nothing but closing marks and stops (”, ”。, ）).
_CLOSING_MARKS_ONLY = re.compile(r"[”’）)》」』。，、；：！？!?…]+")


def read_lines(raw_lines: Sequence[str], skip: set[int]) -> list[Line]:
    """The non-blank lines, without those at indexes in ``skip`` (the masthead)."""
    out: list[Line] = []
    gap = 0
    for i, text in enumerate(raw_lines):
        if i in skip:
            gap = 0
            continue
        if not text.strip():
            gap += 1
            continue
        closed = despread(text.strip())
        if out and _CLOSING_MARKS_ONLY.fullmatch(closed):
            # (a closing mark wrapped to a line of its own: the end of the line above)
            out[-1] = dataclasses.replace(out[-1], raw=out[-1].raw + closed)
            gap = 0
            continue
        out.append(Line(i + 1, closed, gap, text[:1].isspace(), spread=closed != text.strip()))
        gap = 0
    return out


def detect_layout(lines: Sequence[Line]) -> Layout:
    """Column lines are never much wider than a column; on a paragraph page
    many lines are (only captions are wide on a column page)."""
    if not lines:
        return Layout.PARAGRAPHS
    enough = T.PARAGRAPH_PAGE_WIDE_SHARE * len(lines)
    wide = 0
    for line in lines:
        # (a line no longer than a column is no wider; counted until enough are)
        if len(line.raw) > T.COLUMN_MAX_WIDTH and width(squeeze(line.raw)) > T.COLUMN_MAX_WIDTH:
            wide += 1
            if wide >= enough:
                return Layout.PARAGRAPHS
    return Layout.COLUMNS


def line_kind(line: Line) -> LineKind:
    """What a column-page line is, read alone."""
    text = line.raw
    if dateline_match(text):
        return LineKind.DATELINE
    if is_byline(text):
        return LineKind.BYLINE
    jumps = jumps_in(text)
    if jumps:
        match, jump = jumps[0]
        if jump.direction == "from" and match.start() <= T.JUMP_OPENS_WITHIN:
            return LineKind.JUMP_FROM
        if not squash(text[: match.start()] + text[match.end() :]):
            return LineKind.MARKER
    if credit_match(text):
        return LineKind.CAPTION
    if width(squeeze(text)) >= T.WIDE_LINE:
        return LineKind.WIDE
    return LineKind.TEXT


def line_kinds(lines: Sequence[Line]) -> list[LineKind]:
    """Kinds of all lines. A line wider than any column is a caption when it
    leads, over lines of its kind, to a credit (a photo, or several under one
    group credit), or when it opens on a caption's day and place; otherwise
    it is a headline spanning columns (text)."""
    kinds = [line_kind(line) for line in lines]
    for i in range(len(kinds) - 1):
        if kinds[i] == LineKind.BYLINE and issues_notice(lines[i].raw, lines[i + 1].raw):
            kinds[i] = LineKind.TEXT  # (a desk over the day: the notice's issuer)
    reaches_credit = [False] * len(kinds)
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == LineKind.CAPTION:
            reaches_credit[i] = True
        elif kinds[i] == LineKind.WIDE:
            nxt = i + 1
            reaches_credit[i] = (
                nxt < len(kinds)
                and lines[nxt].gap <= T.CAPTION_GAP
                and kinds[nxt] in (LineKind.WIDE, LineKind.CAPTION)
                and reaches_credit[nxt]
            )
    for i, kind in enumerate(kinds):
        if kind == LineKind.WIDE:
            caption = reaches_credit[i] or bool(CAPTION_START.match(lines[i].raw))
            kinds[i] = LineKind.CAPTION if caption else LineKind.TEXT
    for i in range(len(kinds) - 1, 0, -1):
        if kinds[i] == LineKind.CAPTION:
            _caption_lines_above(lines, kinds, i)
    for i in range(1, len(kinds) - 1):
        # A bare name between a headline (no sentence end) and body text is a byline.
        if (
            kinds[i] == LineKind.TEXT
            and kinds[i + 1] == LineKind.TEXT
            and kinds[i - 1] == LineKind.TEXT  # (names after a byline's role are read with it)
            and not ends_sentence(lines[i - 1].raw)
            and (is_name_line(lines[i].raw) or poet_in_brackets(lines[i].raw))
        ):
            kinds[i] = LineKind.BYLINE
        elif (
            kinds[i] == LineKind.TEXT
            and kinds[i - 1] == LineKind.TEXT
            and ends_sentence(lines[i - 1].raw)
            and is_name_line(lines[i].raw)
            and (
                (
                    len(squash(lines[i].raw)) >= T.SIGNED_NAME_MIN
                    and looks_like_column(squash(lines[i + 1].raw))
                )
                or _title_over_writer(lines, i + 1)
            )
        ):
            # A writer's name under a finished paragraph and over the next
            # piece's column label, or over its title and writer: the
            # signature of the piece above.
            kinds[i] = LineKind.BYLINE
    last = len(kinds) - 1
    if (
        last > 0
        and kinds[last] == LineKind.TEXT
        and kinds[last - 1] == LineKind.TEXT
        and ends_sentence(lines[last - 1].raw)
        and is_name_line(lines[last].raw)
    ):
        kinds[last] = LineKind.BYLINE  # a name closing the page signs the piece above
    return kinds


def _title_over_writer(lines: list[Line], j: int) -> bool:
    """Line ``j`` (or the line under it, under a column's label) is a title
    of no clause, a writer stands under it or under the dash-led subtitle
    under it, and prose under the writer (title / ——副题 / 某某 / …，…): a
    piece of opinion's, no poem's."""
    if j + 1 < len(lines) and (
        looks_like_column(squash(lines[j].raw)) or _short_word(lines[j].raw)
    ):
        j += 1  # (来信 / title / 某县读者 某某)
    title = squash(lines[j].raw)
    if ends_sentence(title) or any(c in title for c in "，,；;。：:"):
        return False
    k = j + 1
    if k < len(lines) and DASH_LED.match(squash(lines[k].raw)):
        k += 1
    # (prose breaks into clauses within two lines; verse seldom does)
    return (
        k + 1 < len(lines)
        and (is_name_line(lines[k].raw) or is_byline(lines[k].raw))
        and any(c in line.raw for line in lines[k + 1 : k + 3] for c in "，,；;。：:")
    )


def take_boxes(
    lines: list[Line], furniture: Sequence[int] = (), verse_apart: bool = False
) -> tuple[list[Line], list[str]]:
    """Short framed boxes printed anywhere on the page, out of the text: a
    countdown (距离…开幕 / 还有N天), a code to scan (某客户端 / 扫码阅读全文), a
    page's contacts and sponsor, a series' strip, the page's header strip.
    None of them is a story, and left in they glue onto headlines.
    ``furniture``: raw line numbers already read as the page's date block (a
    header strip's pieces printed around it are furniture too).
    ``verse_apart``: a paragraph page, where a poem's short lines stand out
    (two short words over them are its label and title, no frame).

    Each line is read by the recognizers of ``_BOXES`` in turn: the first
    that knows the line's kind says which lines its box holds (none: no box)."""
    boxed: set[int] = set()
    boxes: list[str] = []
    flats = [squash(line.raw) for line in lines]
    for i in range(len(lines)):
        if i in boxed or len(flats[i]) > T.BOX_LINE_LONGEST:
            continue
        box: list[int] = []
        for recognize in _BOXES:
            found = recognize(lines, flats, i, boxed, furniture)
            if found and recognize is _framed_pair and verse_apart and _verse_from(lines, i + 2):
                found = []  # (a poem's label and title: 诗页 / 秋夜 / verse…)
            if found is not None:
                box = found
                break
        if box:
            box.sort()
            boxed.update(box)
            boxes.append("".join(lines[k].raw for k in box))
    return _close_up(lines, boxed), boxes


# --- the boxes, one recognizer each: None when the line is none of its kind ---
# (a box's lines are short: ``BOX_LINE_MAX`` keeps a paragraph's line from
# the recognizers that ask it; ``flats`` holds each line squashed once)

Box = list[int] | None


def _count_ends_next(lines: list[Line], flats: list[str], i: int) -> bool:
    return (
        len(flats[i]) <= T.BOX_LINE_MAX
        and i + 1 < len(lines)
        and lines[i + 1].gap <= 1
        and bool(COUNTDOWN_END.match(flats[i + 1]))
    )


def _countdown(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """距离…开幕还有N天, on one line or over its count."""
    if not (len(flats[i]) <= T.BOX_LINE_MAX and COUNTDOWN.match(lines[i].raw)):
        return None
    if COUNTDOWN_END.search(lines[i].raw):
        return [i]
    # (the count set apart, on up to three lines: 开幕 / 还有 / 72 / 天, or
    # 开幕还有 / 72天)
    for end in range(i + 1, min(len(lines), i + T.COUNTDOWN_MAX_BLOCKS)):
        if lines[end].gap > 1 or len(flats[end]) > T.BOX_LINE_MAX:
            break
        if COUNTDOWN_END.search("".join(flats[i : end + 1])) and not ends_sentence(flats[end]):
            return list(range(i, end + 1))
    return []


def _event_over_count(
    lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture
) -> Box:
    """The event over its count: 某某博览会 / 倒计时10天."""
    if _count_ends_next(lines, flats, i) and not ends_sentence(flats[i]):
        return [i, i + 1]
    return None


def _digest_head(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    return [i] if DIGEST_HEAD.match(flats[i]) else None


def _digest_entry(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """An entry of a front page's digest: a story's title and the page it is
    on (聚焦春耕一线 3版, 3版 代表委员话发展); or, under the digest's head,
    the page named first (第2版 某某：…), the title's last characters maybe
    wrapped alone onto the next line."""
    if _DIGEST_ENTRY.match(flats[i]) and not _POINTS_ON.search(flats[i]):
        return [i]
    if not _under_digest_head(flats, i, boxed):
        return None
    if _PAGES_RUN.search(flats[i]) or (
        # (the run's last words, wrapped alone: …渔家新 / 生活。)
        len(flats[i]) <= T.DIGEST_END_MAX
        and ends_sentence(flats[i])
        and _PAGES_RUN.search(flats[i - 1])
    ):
        return [i]  # (entries run on: 第2版：…；第3版：…；…)
    if not _PAGE_FIRST.match(flats[i]):
        return None
    rest = i + 1
    if (
        rest < len(flats)
        and 0 < len(flats[rest]) <= T.WRAPPED_WORD_MAX
        and not ends_sentence(flats[rest])
        and (rest + 1 >= len(flats) or _PAGE_FIRST.match(flats[rest + 1]))
    ):
        return [i, rest]  # (…到“开放门 / 户”: the title's end wrapped alone)
    return [i]


#: A digest's entry that names its page first, in words (第2版 某某：…).
_PAGE_FIRST = re.compile(r"^第\d{1,2}版[^。；;]{2,30}$")
#: A digest's entries run on in one paragraph, each page named, then a
#: colon (第2版：…；第3 / 版：…): a line holding one such page.
_PAGES_RUN = re.compile(r"(?:第\d{1,2}|^)版[：:]")


def _under_digest_head(flats: list[str], i: int, boxed: set[int]) -> bool:
    """Line ``i`` follows the digest's head, or another of its entries."""
    k = i - 1
    while k >= 0 and k in boxed and not DIGEST_HEAD.match(flats[k]):
        k -= 1
    return k >= 0 and k in boxed and bool(DIGEST_HEAD.match(flats[k]))


#: A digest's entry, its page before or after the title (two may share a
#: line): short, no sentence in it; the title maybe led by its place and a
#: colon (怀化：冷链班列通东盟 2版).
_DIGEST_ENTRY = re.compile(
    r"^(?:(?:\d{1,2}版(?:[\u4e00-\u9fff]{2,6}[：:])?[^\d，,。；;：:]{2,24})+"
    r"|(?:(?:[\u4e00-\u9fff]{2,6}[：:])?[^\d，,。；;：:]{2,24}[^\d第]\d{1,2}版)+)$"
)
#: ... and no jump marker or pointer (下转2版, 上接1版, 详见3版), no masthead (今日8版).
_POINTS_ON = re.compile(r"[转接见]\d{1,2}版|^今日|[（(]")


def _schedule(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A listing's rows (演出预告 / 12月15日 某剧《某某》 某剧院 / …): two or
    more lines, each a day and then fields set apart by spaces, no sentence
    in any; the listing's name on a short line above, if any."""
    if not (_schedule_row(lines[i].raw) and i + 1 < len(lines)):
        return None
    if lines[i + 1].gap > 1 or not _schedule_row(lines[i + 1].raw):
        return None
    end = i + 1
    while end + 1 < len(lines) and lines[end + 1].gap <= 1 and _schedule_row(lines[end + 1].raw):
        end += 1
    rows = list(range(i, end + 1))
    if i > 0 and i - 1 not in boxed and lines[i].gap <= 1 and _short_word(lines[i - 1].raw):
        rows.insert(0, i - 1)
    return rows


#: A listing's row: a day (and an hour), then two or more fields apart.
_SCHEDULE_ROW = re.compile(
    r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}[:：]\d{2})?(?:\s+\S{2,}){2,4}\s*$"
)


def _schedule_row(text: str) -> bool:
    return (
        len(squash(text)) <= T.BOX_LINE_MAX
        and bool(_SCHEDULE_ROW.match(text))
        and not any(mark in text for mark in "，,。；;")
    )


def _tally(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A table's row of counts, each name set apart before its figure
    (一等奖 12个 二等奖 19个 三等奖 22个): no headline lists counts so; the
    table's title, a short line or two right above it, is the box's too."""
    if not (len(flats[i]) <= T.BOX_LINE_MAX and tally_row(lines[i].raw)):
        return None
    rows = [i]
    k = i
    while (
        len(rows) <= T.TALLY_TITLE_LINES
        and k > 0
        and k - 1 not in boxed
        and lines[k].gap <= 1
        and len(flats[k - 1]) <= T.STRIP_MAX
        and all(is_cjk(c) for c in flats[k - 1])
    ):
        k -= 1
        rows.insert(0, k)
    return rows


#: One count of a table's row: a name of a few characters, then its figure
#: and the figure's measure word, if it has one, set apart from the next name
#: (金牌 8枚, 金牌 8 枚, 一等奖 12).
_TALLY_COUNT = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff]{1,6})\s*\d+(?:\.\d+)?(?:\s*(?P<unit>[\u4e00-\u9fff]{1,2}))?(?=\s|$)"
)


#: A run of digits: a row of counts holds three at least.
_DIGIT_RUN = re.compile(r"\d+")


def tally_row(text: str) -> bool:
    """Three counts or more on a line, each set apart (金牌 8枚 银牌 6枚 铜牌
    5枚), and measured alike: every figure with its measure word or none. A
    headline whose figures the extraction spaced (前 8 个月引进 500 强企业项目
    46 个) reads as counts too, but its figures are measured unalike."""
    if " " not in text.strip() or len(_DIGIT_RUN.findall(text)) < 3:
        return False  # (most lines: no three figures set apart)
    counts, at = [], 0
    text = text.rstrip()
    while at < len(text):
        count = _TALLY_COUNT.match(text, at)
        if count is None:
            return False
        counts.append(count["unit"] is not None)
        at = count.end()
    return len(counts) >= 3 and len(set(counts)) == 1


def _data_panel(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A panel of figures under its name (数据 / 一季度全省文旅消费 / 接待游客
    1.2亿人次 / 旅游收入 1386.5亿元 …): the name alone, a short title at most,
    then rows of a name set apart from its figure. No story is set so."""
    if not _PANEL_NAME.fullmatch(flats[i]):
        return None
    rows, k = [i], i + 1
    if k < len(lines) and len(flats[k]) <= T.BOX_LINE_MAX and not _FIGURE_ROW.match(lines[k].raw):
        rows.append(k)  # (the panel's title)
        k += 1
    figures = 0
    while k < len(lines) and k not in boxed and _FIGURE_ROW.match(lines[k].raw):
        rows.append(k)
        figures += 1
        k += 1
    return rows if figures >= T.PANEL_ROWS_MIN else None


#: The name a panel of figures is printed under (数据, 数读, 图表, 数据链接).
_PANEL_NAME = re.compile(r"(?:数据|数读|数说|数字|图表)(?:链接|速览|看点)?")
#: A panel's row: a name of a few characters, apart from its figure and unit.
_FIGURE_ROW = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,10}\s+[0-9０-９]+(?:\.[0-9]+)?\s*[%％‰\u4e00-\u9fff]{0,3}\s*$"
)


def _weather(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A weather box: the temperatures, the weather on the line above."""
    if not (len(flats[i]) <= T.BOX_LINE_MAX and TEMPERATURES.search(flats[i])):
        return None
    if _TEMPERATURE_CHANGE.search(flats[i]):
        return None  # (a headline's: 10日起全省气温下降6℃至8℃)
    if any(mark in flats[i] for mark in "，。；,;、"):
        return None  # (a sentence's clauses: …最高气温35℃至37℃，局地可达…, running text)
    box, k = [i], i - 1
    if k >= 0 and k not in boxed and _weather_words(lines[k].raw):
        box.append(k)
        k -= 1
        if k >= 0 and k not in boxed and len(flats[k]) <= T.BOX_WORD_MAX and names_place(flats[k]):
            box.append(k)  # (the city the forecast is for, on a line of its own)
            k -= 1
    if k >= 0 and k not in boxed and _WEATHER_NAME.fullmatch(flats[k]):
        box.append(k)  # (the box's name over it: 今日天气)
    if i + 1 < len(lines) and i + 1 not in boxed and _WIND.fullmatch(flats[i + 1]):
        box.append(i + 1)  # (the wind under the temperatures)
    return box


#: Temperatures told as a change (气温下降6℃至8℃, 气温将降6℃): a report's
#: words, no forecast's box.
_TEMPERATURE_CHANGE = re.compile(r"下降|上升|回升|回落|降温|升温|[降升跌](?:至|幅|\d)")
#: A weather box's name (今日天气, 天气预报).
_WEATHER_NAME = re.compile(r"(?:今日|今天|明日|明天|本周|近期)?天气(?:预报)?")
#: The wind of a forecast: 北风3～4级, 东南风2级, 微风.
_WIND = re.compile(
    r"(?:[东南西北偏]{1,3}风(?:力)?\d+(?:[～~\-－至到]\d+)?级|微风)(?:转[^，。]{1,8})?"
)


def _series_strip(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A reporting series' strip (全国两会 / 特别报道), its name maybe above."""
    line = lines[i]
    if not (
        len(flats[i]) <= T.BOX_LINE_MAX
        and _SERIES_STRIP.search(flats[i])
        and not _by_page_header(lines, i)
    ):
        return None
    if i > 0 and i - 1 not in boxed and line.gap <= 1 and _short_word(lines[i - 1].raw):
        return [i, i - 1]
    return [i]


def _named_day(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A day of observance and its name (12月4日 国家宪法日, 4月23日 世界读书日),
    a campaign's word maybe over it (宪法宣传周): a box marking the day."""
    if not _NAMED_DAY.fullmatch(flats[i]):
        return None
    above = flats[i - 1] if i > 0 else ""
    if (
        i - 1 not in boxed
        and lines[i].gap <= 1
        and 2 <= len(above) <= T.NAMED_DAY_WORD_MAX
        and all(is_cjk(c) for c in above)
    ):
        return [i, i - 1]
    return [i]


def _submissions(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A page's call for contributions (欢迎投稿 / 某某版邮箱：…), or a hotline
    printed alone (防汛抗旱服务热线：12314, or its number under its name),
    framed apart."""
    flat = flats[i]
    if (
        _HOTLINE_NAME.match(flat)
        and i + 1 < len(lines)
        and i + 1 not in boxed
        and _NUMBER_ALONE.match(flats[i + 1])
    ):
        return [i, i + 1]
    if ends_sentence(flat) or not (
        _SUBMISSIONS.match(flat)
        or _HOTLINE.match(flat)
        or (len(flats[i]) <= T.BOX_LINE_MAX and _EMAIL.search(flat))
    ):
        return None
    if _ADDRESS_IN_SENTENCE.match(flat) and i > 0 and not ends_sentence(flats[i - 1]):
        return None  # (…请发送至电子邮箱 / 某某@163.com，邮件主题注明…: a sentence's words)
    if (
        i + 1 < len(lines)
        and i + 1 not in boxed
        and (
            _EMAIL.search(flats[i + 1])
            or _SUBMISSIONS.match(flats[i + 1])
            or _SUBMISSION_TERMS.match(flats[i + 1])
            # (where to, under a prompt handing over to it: 来信请寄： / 某报某部)
            or (
                flat[-1:] in "：:"
                and len(flats[i + 1]) <= T.BOX_WORD_MAX
                and not any(c in flats[i + 1] for c in "，,。；;")
            )
        )
        and not ends_sentence(flats[i + 1])
    ):
        return [i, i + 1]
    return [i]


def _sponsor(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A page's sponsor (某某部主办, 本版由某某协办), the page's section over it
    (a framed word, or a special page's name: 某某专版)."""
    if not (len(flats[i]) <= T.BOX_LINE_MAX and _SPONSOR.match(flats[i])):
        return None
    if (
        i > 0
        and i - 1 not in boxed
        and (_framed_word(lines[i - 1].raw) or WEEKLY_NAME.search(flats[i - 1]))
    ):
        return [i, i - 1]
    return [i]


def _pointer(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A pointer to more on the paper's app (更多报道 / 详见某某客户端), or to
    another page of the issue (重阳特刊见第7版)."""
    flat = flats[i]
    if len(flat) <= T.BOX_LINE_MAX and _PAGE_POINTER.search(flat):
        return [i]
    if not (len(flats[i]) <= T.BOX_LINE_MAX and _POINTER.match(flat) and _box_word(flat)):
        return None
    if i > 0 and i - 1 not in boxed and _QR_OFFER_ABOVE.match(flats[i - 1]):
        return [i, i - 1]
    return [i]


#: A code's prompt opening on the app it is scanned with (小程序扫码…, 微信扫码…).
_CHANNEL_FIRST = re.compile(r"^(?:微信)?(?:小程序|公众号|客户端|APP|App|app|微信)")
#: A code that loads the paper's app (某某客户端 扫码下载): what no headline prints.
_APP_TO_LOAD = re.compile(
    r"(?:客户端|APP|App|app).*(?:扫码|扫一扫)(?:下载|安装)|(?:扫码|扫一扫)(?:下载|安装)"
)
#: An account's name in quotation marks, alone on its line (“湖南统计”).
_QUOTED_ACCOUNT = re.compile(r"“[^“”]{2,10}”")
#: A code's prompt inside quotation marks: words a headline quotes, no prompt.
_QUOTED_QR = re.compile(r"“[^”]*(?:扫码|扫一扫|二维码)[^”]*”")


def _code(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A code to scan, and the app or paper it opens on the short line next to it."""
    if not (len(flats[i]) <= T.BOX_LINE_MAX and QR_PROMPT.search(flats[i])):
        return None
    if _QUOTED_QR.search(flats[i]):
        return None  # (a headline quoting it: 游武陵源可以“扫码听讲解”了)
    if any(mark in flats[i] for mark in "，。；,;、"):
        return None  # (a line of running text: …在闸机上刷身份证或手机扫码即, 扫码、测温…)
    from .joins import stops_on_open_word

    if stops_on_open_word(flats[i]):
        return None  # (nor does a box stop on a word that wants more: …扫码就能看到产品的)
    if (
        len(flats[i]) > T.BOX_WORD_MAX
        and i + 1 < len(lines)
        and dateline_match(lines[i + 1].raw) is not None
        and not _APP_TO_LOAD.search(flats[i])  # (湖南日报客户端 新湖南 扫码下载: a box still)
    ):
        return None  # (a headline over its dateline: …推进“智慧景区”建设 刷脸入园 扫码导览)
    if (
        flats[i].endswith("关注")
        and i + 1 < len(lines)
        and i + 1 not in boxed
        and _QUOTED_ACCOUNT.fullmatch(flats[i + 1])
    ):
        return [i, i + 1]  # (扫码关注 / “某某统计”: the account it follows)
    box = [i]
    if _QR_VIEW.search(flats[i]):
        # (扫码看 / 岳麓山实验室 / 专题报道: what is to be seen runs over the
        # next line or two, to the page or report it names)
        run = []
        for k in range(i + 1, min(len(lines), i + 1 + T.QR_OBJECT_LINES)):
            if k in boxed or len(flats[k]) > T.BOX_WORD_MAX or ends_sentence(flats[k]):
                break
            run.append(k)
            if _box_word(lines[k].raw) or _QR_REPORT.search(flats[k]):
                return box + run
    elif not _QR_REPORT.search(flats[i]) and i + 1 < len(lines) and i + 1 not in boxed:
        # (扫码看某某 / “某某”视频: the object named runs on to the report it is)
        # (扫描二维码 / 看某某现场: the next line opens on what to do)
        nxt = flats[i + 1]
        view_first = bool(_QR_VIEW_FIRST.match(nxt))
        longest = T.BOX_LINE_MAX if view_first else T.BOX_WORD_MAX
        if (
            len(nxt) <= longest
            and not ends_sentence(nxt)
            and (view_first or _QR_REPORT.search(nxt))
        ):
            return [i, i + 1]
    elif (
        _QR_TO_VIEW.search(flats[i])
        and i + 1 < len(lines)
        and i + 1 not in boxed
        and len(flats[i + 1]) <= T.BOX_LINE_MAX
        # (or the page's last line, printed tight under it: 扫码看视频 /
        # 稻田里的“虾”生活 closing the page)
        and (_QR_SHOWN.search(flats[i + 1]) or (i + 2 == len(lines) and lines[i + 1].gap == 0))
        and not any(mark in flats[i + 1] for mark in "，。；,;")
    ):
        # (扫码看视频 / 某某现场直击: the prompt names what it shows, and the
        # film's own name under it, on a report's word, is the box's too)
        return [i, i + 1]
    for k in (i - 1, i + 1):
        if 0 <= k < len(lines) and k not in boxed and _box_word(lines[k].raw):
            box.append(k)
    if (
        _CHANNEL_FIRST.match(flats[i])
        and i > 0
        and i - 1 not in box
        and i - 1 not in boxed
        and (i < 2 or ends_sentence(flats[i - 2]))
        and T.BOX_TITLE_MIN <= len(flats[i - 1]) <= T.BOX_WORD_MAX
        and all(is_cjk(c) for c in flats[i - 1])
        and credit_match(lines[i - 1].raw) is None
        and not is_byline(lines[i - 1].raw)
    ):
        # (湖南某某服务 / 小程序扫码报备: the service the code opens, named over
        # the prompt that says through which app, under finished text)
        box.append(i - 1)
    if i > 0 and i + 1 == len(lines) and i - 1 not in box and i - 1 not in boxed:
        # (closing the page, the code under its box's title, a few characters
        # and nothing else: 致敬最可爱的人 / 扫码观看…视频; a story's last line,
        # a date, a quoting title are no box's)
        above = flats[i - 1]
        if (
            T.BOX_TITLE_MIN <= len(above) <= T.BOX_WORD_MAX
            and all(is_cjk(c) for c in above)
            # (under finished text: a stack's last line is under its first)
            and (i < 2 or ends_sentence(flats[i - 2]))
            and credit_match(lines[i - 1].raw) is None
            and not is_byline(lines[i - 1].raw)
        ):
            box.append(i - 1)
    return box


def _framed_pair(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """Two short words framed together (今日 / 关注, 某刊 / 第7期): no story,
    label or headline is printed so. A name over its issue number is a frame
    whatever follows."""
    line = lines[i]
    if PAGE_HEADER.match(line.raw):
        return None  # (the paper's name over its page's section: the header strip's)
    if not (
        _short_word(line.raw)
        and i + 1 < len(lines)
        and lines[i + 1].gap <= 1
        and not (_goes_on_line_above(lines, i) and not _frame_pair_under_word(lines, i))
        and not (i + 2 < len(lines) and CAPTION_START.match(lines[i + 2].raw))
    ):
        return None
    nxt = lines[i + 1].raw
    if looks_like_column(flats[i]) and is_name_line(nxt):
        return None  # a column's name over its writer's (湘论 / 某某): a commentary's head
    if (looks_like_column(flats[i + 1]) and _name_under_sentence(lines, i)) or (
        i > 0
        and ends_sentence(lines[i - 1].raw.strip())
        and is_name_line(line.raw)
        and _title_over_writer(lines, i + 1)
    ):
        # a writer's name under a finished text, over the next piece's column
        # (…藏着陷阱。 / 某某 / 快评 or 来信 / title / writer): a signature and
        # a label, no frame
        return None
    if _label_and_writer_under_title(lines, flats, i):
        return None
    if SECTION_NAME.search(flats[i] + flats[i + 1]) and _framed_word(nxt):
        return [i, i + 1]  # a supplement's name in its frame (湘江 / 副刊), whatever follows
    if i + 2 < len(lines) and lines[i + 2].gap <= 1 and is_byline(lines[i + 2].raw):
        return None  # a title of two words over its writer (清明 / 回乡 / 文丨某某)
    if ISSUE_NO.match(flats[i + 1]) or (
        _framed_word(line.raw)
        and _framed_word(nxt)
        and not (i + 2 < len(lines) and _short_word(lines[i + 2].raw) and lines[i + 2].gap <= 1)
    ):
        return [i, i + 1]
    return []


def _label_and_writer_under_title(lines: list[Line], flats: list[str], i: int) -> bool:
    """Lines ``i`` and ``i + 1`` are a column's two-character label and its
    writer's name, in either order, under a title of no clause printed after
    its finished text (…。 / title / 锐见 / 某某, or title / 某某 / 锐见): the
    close of a commentary's stack, no frame."""
    if i == 0 or i + 1 >= len(lines):
        return False
    upper, lower = lines[i].raw.strip(), lines[i + 1].raw.strip()
    if not (
        (_two_characters(flats[i]) and is_name_line(lower))
        or (is_name_line(upper) and _two_characters(flats[i + 1]))
    ):
        return False
    k = i - 1
    title = flats[k]
    if len(title) < T.TITLE_OVER_NAME_MIN and k > 0 and not ends_sentence(lines[k - 1].raw.strip()):
        k -= 1  # (a title's last words on a line of their own: …别搭“涨价 / 快车”)
        title = flats[k] + title
    return (
        k > 0
        and len(title) >= T.TITLE_OVER_NAME_MIN
        and not ends_sentence(title)
        and not any(c in title for c in _CLAUSE_MARKS)
        and ends_sentence(lines[k - 1].raw.strip())
    )


def _two_characters(flat: str) -> bool:
    return len(flat) == 2 and all(is_cjk(c) for c in flat)


def _verse_from(lines: list[Line], i: int) -> bool:
    """Lines from ``i`` on are a poem's: at least ``VERSE_MIN_LINES`` short
    lines in a row, none closed by a stop."""
    run = lines[i : i + T.VERSE_MIN_LINES]
    return len(run) == T.VERSE_MIN_LINES and all(
        0 < len(squash(line.raw)) <= T.VERSE_LINE_MAX and not ends_sentence(line.raw.strip())
        for line in run
    )


def _marked_word(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """A bullet mark alone on its line over a short word (◆ / 数字湖南): a
    framed tag, no story's or headline's."""
    if not (_BULLET.fullmatch(flats[i]) and i + 1 < len(lines) and i + 1 not in boxed):
        return None
    word = flats[i + 1]
    if not (1 < len(word) <= T.BOX_WORD_MAX and all(is_cjk(c) for c in word)):
        return None
    return [i, i + 1]


#: A bullet mark drawn alone (◆, ■, ●); not the jump marker's ▲.
_BULLET = re.compile(r"[◆◇■□●○★☆]")


def _page_header(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    if not PAGE_HEADER.match(lines[i].raw):
        return None
    return _header_strip(lines, i, boxed, furniture)


def _paper_page_name(
    lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture
) -> Box:
    """The page's name set close to the paper's (湖南日报评论, 湖南日报理论,
    湖南日报文化周刊): the page's banner, wherever the extraction drew it,
    with the days it comes out on under it (每周四出版)."""
    if not _PAPER_PAGE_NAME.fullmatch(flats[i]):
        return None
    if i + 1 < len(lines) and i + 1 not in boxed and _COMES_OUT.fullmatch(flats[i + 1]):
        return [i, i + 1]
    return [i]


#: The paper's name with a page's (no byline: 湖南日报评论员 is one).
_PAPER_PAGE_NAME = re.compile(
    r"湖南日报(?:评论|理论|要闻|经济|文化|副刊|综合|法治|教育|体育|国际|国内)(?:周刊|专刊)?"
)
#: When a weekly page comes out (每周四出版, 逢周三出版).
_COMES_OUT = re.compile(r"(?:每|逢)周[一二三四五六日](?:、?周?[一二三四五六日])*出版")


def _section_atop(lines: list[Line], flats: list[str], i: int, boxed: set[int], furniture) -> Box:
    """The page's section named alone on its first line (经济, 要闻): the
    header strip's, no headline."""
    if i != 0 or not _PAGE_SECTION.fullmatch(flats[i]):
        return None
    if len(lines) > 1 and (
        PAGE_HEADER.match(lines[1].raw) or series_name(flats[1]) or looks_like_column(flats[1])
    ):
        return None  # (over the strip's rest or a series' name: read with them)
    return [i]


#: The names of the paper's news sections, as a page's header prints them;
#: an opinion page's name (评论) may head its column instead.
_PAGE_SECTION = re.compile(
    r"要闻|经济|文化|综合|法治|教育|体育|国际|国内|社会|民生|时政|财经|科技|文旅|农业"
)


#: The recognizers, in the order they are asked.
_BOXES = (
    _section_atop,
    _data_panel,
    _tally,
    _countdown,
    _event_over_count,
    _digest_head,
    _digest_entry,
    _schedule,
    _weather,
    _series_strip,
    _named_day,
    _submissions,
    _sponsor,
    _pointer,
    _code,
    _framed_pair,
    _marked_word,
    _page_header,
    _paper_page_name,
)


def _close_up(lines: list[Line], boxed: set[int]) -> list[Line]:
    """The lines without the boxes; a line that followed a box keeps the box's
    room as blank lines before it, so that what a box parted stays apart."""
    out: list[Line] = []
    room = 0
    for k, line in enumerate(lines):
        if k in boxed:
            room += line.gap + 1
            continue
        if room and out:
            line = dataclasses.replace(line, gap=line.gap + room, after_box=True)
        room = 0
        out.append(line)
    return out


def _header_strip(
    lines: list[Line], i: int, boxed: set[int], furniture: Sequence[int] = ()
) -> list[int]:
    """An inner page's header strip: its date, weekday, page number, editor
    and section name (要闻) printed as a run of short lines. A run counts
    only with two such pieces in it (the date read already as the page's
    counts, when printed right next to the run), so that a lone figure or
    date line of a story stays; the section's short name is taken only inside
    the run. The editors' line (责任编辑 某某) is furniture wherever it stands."""
    run = [i]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and k not in boxed:
            lower = max(k, k - step)  # the later of the two lines: its gap parts them
            if lines[lower].gap > 1:
                break
            if not (PAGE_HEADER.match(lines[k].raw) or _short_word(lines[k].raw)):
                break
            if _titles_caption(lines, k):
                break  # (a photo's title under the strip: 春到田野 / 3月17日，…)
            if step > 0 and _column_under_strip(lines[k].raw):
                break  # (the first story's column under the strip: 山居笔记)
            run.append(k)
            k += step
    # (the paper's name and the whole date on one line are two pieces)
    pieces = sum(
        bool(PAGE_HEADER.match(lines[k].raw)) + bool(PAPER_DATED.match(lines[k].raw)) for k in run
    )
    first, last = min(lines[k].no for k in run), max(lines[k].no for k in run)
    pieces += sum(
        first - T.HEADER_STRIP_REACH <= no <= last + T.HEADER_STRIP_REACH for no in furniture
    )
    # (the editors' line may carry the date before it: 2019年8月14日 星期三 责任编辑 某某)
    if pieces < T.HEADER_STRIP_PIECES and not _EDITORS.search(lines[i].raw):
        return []
    return sorted(run)


def _column_under_strip(text: str) -> bool:
    """A column's label under the page's strip, no section's name (副刊,
    经济周刊): the first story's."""
    flat = squash(text)
    return looks_like_column(flat) and not SECTION_NAME.search(flat)


def _titles_caption(lines: list[Line], k: int) -> bool:
    """A short word right over a caption's day (3月17日，…): the photo's title."""
    return (
        _short_word(lines[k].raw)
        and k + 1 < len(lines)
        and bool(CAPTION_START.match(lines[k + 1].raw))
    )


#: The page's editors' line (责任编辑 某某 版式编辑 某某): no story prints one.
_EDITORS = re.compile(
    r"(?:^|\s)(?:(?:责任|版式|美术|视觉)编辑|本版(?:编辑|责编)|责编)\s*[:：]?\s*\S(?:\s?\S){1,3}"
)


def _goes_on_line_above(lines: list[Line], i: int) -> bool:
    """A word of a few characters printed right under a long line that stops
    mid-phrase is that line's last word (…千方百计扩 / 投资), not a framed word."""
    if i == 0 or lines[i].gap > 1 or len(squash(lines[i].raw)) > T.HEAD_WORD_ALONE_MAX:
        return False
    above = squash(lines[i - 1].raw)
    return (
        # (a shorter line too when it stops on a word no headline ends on:
        # …要办得 / 更实)
        (len(above) >= T.HEAD_WORD_ALONE_AFTER or above[-1:] in DANGLING_END)
        and not ends_sentence(above)
        and above[-1] not in "”」）)》"
        and not is_byline(lines[i - 1].raw)
    )


def _frame_pair_under_word(lines: list[Line], i: int) -> bool:
    """Two framed words (今日 / 关注) under a line that stops on a whole word
    (…112.6亿元): a frame set there, not the line's last word. A line cut
    inside a word stops on a character that is no word alone (…扩 / 投资), or
    on a word no headline ends on (…要办得 / 更实)."""
    if not (_framed_word(lines[i].raw) and _framed_word(lines[i + 1].raw)):
        return False
    from .continuation import End, end_of

    above = squash(lines[i - 1].raw)
    # (nor on an adverb a title never stops on: …城市的心也 / 要通)
    return end_of(above) != End.LONE and above[-1:] not in DANGLING_END | OPEN_MODIFIER_END


def _weather_words(text: str) -> bool:
    """A short line of a place, a day and the weather (长沙 今日 中到大雨)."""
    flat = squash(text)
    return (
        len(flat) <= T.BOX_WORD_MAX + 2 and bool(WEATHER.search(flat)) and not ends_sentence(flat)
    )


def _box_word(text: str) -> bool:
    """The app, paper or page a printed code opens (某某客户端, 某某两会专题),
    or what it offers (更多精彩内容)."""
    flat = squash(text)
    return len(flat) <= T.BOX_WORD_MAX and (
        flat.endswith(_QR_TARGETS) or bool(_QR_OFFER.match(flat))
    )


def _by_page_header(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands next to the page's header strip (责任编辑…): the
    strip's section name, read with the strip."""
    return any(0 <= k < len(lines) and PAGE_HEADER.match(lines[k].raw) for k in (i - 1, i + 1))


#: A code's prompt to view what it opens (扫码看, 扫一扫阅读, 扫码查询), and the
#: report, film or listing named at the end of what it names (…专题报道,
#: …视频, …招聘信息).
_QR_VIEW = re.compile(r"(?:看|读|听|观看|阅读|收看|收听|查看|了解|参与|查询)$")
_QR_REPORT = re.compile(r"(?:报道|视频|直播|回放|全文|详情|讨论|互动|投票|动态|信息|指南)$")
#: A prompt to view a film (扫码看视频, 扫一扫观看) ...
_QR_TO_VIEW = re.compile(r"(?:扫码|扫一扫|二维码)(?:看|观看|收看)")
#: ... and a film's or a report's name under a prompt to view it (…现场直击).
_QR_SHOWN = re.compile(r"(?:报道|视频|直播|回放|直击|实录|纪实|现场)$")
#: ... and the line under a prompt that opens on what it offers (看…现场).
_QR_VIEW_FIRST = re.compile(r"^(?:看|读|听|观看|阅读|收看|收听|查看|了解)")
#: What a printed code opens: an app, a site, a paper's topic page or channel, its
#: accounts on the social platforms.
_QR_TARGETS = (
    "客户端",
    "APP",
    "App",
    "app",
    "网",
    "专题",
    "专栏",
    "专区",
    "频道",
    "公众号",
    "微信",
    "微博",
    "视频号",
    "抖音号",
    "在线",
    "数字版",
    "电子版",
    "数字报",
    "手机报",
)
#: A reporting series' strip in a frame (全国两会 / 特别报道): no story's line.
_SERIES_STRIP = re.compile(r"(?:特别|专题|系列|融媒体?|全媒体)报道$")
#: A day and the observance named after it, nothing else (12月4日国家宪法日).
_NAMED_DAY = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日[\u4e00-\u9fff]{2,10}[日节]")
#: An e-mail address: a contact in a page's frame, never a story's line.
_EMAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+")
#: An address opening a line whose sentence goes on after it, past a pause.
_ADDRESS_IN_SENTENCE = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+[，,；;][\u4e00-\u9fff]")
#: A page's or column's sponsor or producer in its frame (湖南日报全媒体评论部主办,
#: 湖南日报·新湖南客户端出品).
_SPONSOR = re.compile(
    r"^[\u4e00-\u9fff·]{2,16}(?:主办|出品)$"
    # (a sponsor's page names who joins the paper in it: 本版由某市某局协办)
    r"|^本版由[\u4e00-\u9fff·、]{2,24}(?:主办|协办|承办|联办|合办|供稿|支持)$"
    # (or names them each after their part: 主办：某省某局 承办：某报社某部)
    r"|^(?:(?:主办|协办|承办|联办|支持|出品)(?:单位)?[：:][\u4e00-\u9fff·、]{2,24}){1,4}$"
)
#: A page's call for contributions on a line of its own: where to send them.
_SUBMISSIONS = re.compile(
    r"^(?:欢迎[投来]稿|投稿(?:邮箱|信箱|地址|热线)|来稿(?:邮箱|请寄))[:：，,]?.{0,40}$"
    # (where readers' letters go, the address on the line under it: a
    # notice's own 来信请寄：某某处 is its text)
    r"|^来信请寄至?[:：]$"
    # (or a section's: 副刊投稿请登录某报官网)
    r"|^[\u4e00-\u9fff]{0,8}[投来]稿请(?:登录|登陆|发送|发至|寄至|投至).{0,30}$"
)
#: What a contribution must give, under the call for them (来稿请注明作者真实
#: 姓名和联系电话): the call's own line (a notice inviting them says so in
#: its text).
_SUBMISSION_TERMS = re.compile(r"^来稿(?:请|须|需|务请)(?:注明|写明|附上?|留下).{0,40}$")
#: A hotline on a line of its own, its number and nothing else: a box, no
#: story's line (a story names a hotline inside a sentence).
_HOTLINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:热线|专线)[:：]?\s*[\d\-－—\s]{3,}$")
#: A hotline's name alone, its number on the line under it (全国反诈专线 / 96110).
_HOTLINE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:热线|专线)[:：]?$")
_NUMBER_ALONE = re.compile(r"^[\d\-－—]{3,}$")
#: A pointer to more on the paper's app or site (更多报道 / 详见新湖南客户端).
_POINTER = re.compile(r"^(?:详见|更多[\u4e00-\u9fff]{0,4}(?:请|见)|请(?:关注|登录|下载))")


#: A short line sending the reader to another page (…见第7版, 详见3版, …▶2版):
#: no headline ends on a page number, and a jump marker is bracketed.
_PAGE_POINTER = re.compile(
    r"(?:(?<![（(])(?:详见|见)|[▶▷►→]\s*(?:详见|见)?)\s*第?[0-9０-９]{1,2}\s*版$"
)
#: What a pointer offers, on the line over it (更多报道, 更多精彩).
_QR_OFFER_ABOVE = re.compile(r"^更多(?:报道|精彩|内容|详情|资讯)$")
#: What a printed code offers, on the line under its prompt.
_QR_OFFER = re.compile(
    r"^(?:(?:看|阅读|了解|获取)?更多(?:精彩|详情|内容|资讯|要闻|新闻|报道|评论|观点|图片|视频)+"
    # (or what is to be watched, read or heard there: 看视频, 阅读全文, 听音频)
    r"|(?:看|观看|收看|阅读|听|收听)(?:视频|直播|全文|原文|详情|音频|专题))$"
)


def join_broken_datelines(lines: list[Line]) -> list[Line]:
    """A dateline broken across lines (湖南日报 1 月 22 / 日讯（…）, or inside
    the reporters' parenthesis): its lines are one, so that the dateline is
    seen where it starts."""
    rest = list(lines)
    out: list[Line] = []
    i = 0
    while i < len(rest):
        line = rest[i]
        i += 1
        while i < len(rest):
            joined = _dateline_goes_on(line.raw, rest[i].raw)
            if joined is None:
                later = _dateline_rest_later(line.raw, rest, i)
                if later < 0:
                    break
                # The rest printed a few lines on, another story's lines
                # between (a page cut inside the dateline): read it here.
                joined = _names_joined(line.raw, rest.pop(later).raw)
                line = Line(line.no, joined, line.gap, line.indent)
                continue
            line = Line(line.no, joined, line.gap, line.indent)
            i += 1
        out.append(line)
    return out


#: A byline stopped on its role, the name to follow (湖南日报全媒体评论员).
_BYLINE_ON_ROLE = re.compile(r"(?:记者|评论员|通讯员|实习生)\s*$")
#: A letter's signature stopped on its writer's standing (长沙市民, 株洲读者).
_READER_ON_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*(?:读者|市民|村民|居民|网友)\s*$")
#: A surname printed alone on its line, its name's rest under it: none opens
#: a word there, so the rarer ones that do elsewhere (章, 施) are read too.
_LONE_SURNAMES = SURNAMES | SURNAMES_OF_WORDS
#: A piece of names that stops on a name's first character (晗 通讯员 滕).
_NAME_BEGUN = re.compile(r"\s[\u4e00-\u9fff]$")
#: A line stopped on a surname set apart after its words: a title's writer
#: whose name's rest is printed on the line under it.
_TITLE_ON_SURNAME = re.compile(
    rf"\S\s+(?:[{''.join(sorted(SURNAMES))}]|{'|'.join(sorted(COMPOUND_SURNAMES))})$"
)
#: A character standing alone between spaces: a justified line spread out,
#: text, never a title.
_SPREAD_WORD = re.compile(r"(?:^|\s)\S(?:\s|$)")


def join_names_cut_apart(lines: list[Line]) -> list[Line]:
    """A byline stopped on its role and its one name printed a character or
    two a line under it (湖南日报全媒体记者 / 刘 / 勇): the name is the
    byline's, read on its line. No headline, label or text is so short. So
    are its names and roles cut inside a name, and a writer's sign or bare
    name printed a character a line (``_names_cut_apart``)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        pieces = _name_pieces(lines, i + 1) if _BYLINE_ON_ROLE.search(line.raw) else []
        if pieces and is_byline(line.raw):
            name = "".join(squash(lines[k].raw) for k in pieces)
            out.append(Line(line.no, f"{line.raw.rstrip()} {name}", line.gap, line.indent))
            i = pieces[-1] + 1
            continue
        names = _names_cut_apart(line.raw, lines, i + 1)
        if names is not None:
            last, text = names
            out.append(Line(line.no, text, line.gap, line.indent))
            i = last + 1
            continue
        out.append(line)
        i += 1
    return out


def _name_pieces(lines: list[Line], start: int) -> list[int]:
    """The lines from ``start`` that spell one name a character or two a line,
    the first of a surname (a compound surname may take the first two): two
    or three of them, of two to four characters in all, one of them a
    single character; []: none."""
    pieces: list[int] = []
    for k in range(start, min(len(lines), start + T.NAME_PIECES_MAX + 1)):
        flat = squash(lines[k].raw)
        if not 1 <= len(flat) <= 2 or not all(is_cjk(c) for c in flat):
            break
        pieces.append(k)
    name = "".join(squash(lines[k].raw) for k in pieces)
    if not 2 <= len(pieces) <= T.NAME_PIECES_MAX or not 2 <= len(name) <= 4:
        return []
    if min(len(squash(lines[k].raw)) for k in pieces) > 1:
        return []
    surname = name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES
    return pieces if surname else []


def _names_cut_apart(head: str, lines: list[Line], start: int) -> tuple[int, str] | None:
    """A byline or a writer's name cut inside a name, printed a few
    characters a line (湖南日报全媒体记者 / 肖 / 军 通讯员 / 曹 / 玲; 湖南日报
    记者 王 / 晗; 文丨 / 周 / 晓 / 阳; a bare name, 杨 / 毅): the last line it
    takes and the line read whole, a name's first character set tight on the
    rest of it. None: no such run."""
    opening = _cut_names_opening(head)
    if opening is None:
        return None
    lead, text, whole = opening
    # (how many characters of the name being read came one a line)
    spelled = len(text)
    best, cut = None, False
    for k in range(start, min(len(lines), start + T.BYLINE_PIECES_MAX)):
        piece = " ".join(lines[k].raw.split())
        flat = squash(piece)
        if not 1 <= len(flat) <= T.BYLINE_PIECE_MAX or not all(is_cjk(c) for c in flat):
            break
        if spelled == 1 or (spelled == 2 and len(flat) == 1):
            # (the rest of the name whose first characters the lines above hold)
            text, cut = text + piece, True
            spelled = spelled + 1 if len(flat) == 1 else 0
        else:
            text, spelled = f"{text} {piece}".strip(), int(len(flat) == 1)
            if spelled and flat not in _LONE_SURNAMES:
                break
        if not spelled and _NAME_BEGUN.search(piece):
            spelled = 1  # (a piece may stop on a name's first character: 晗 通讯员 滕)
        if cut and spelled != 1 and whole(text):
            best = (k, lead + text)
    if best is not None and not _set_apart(lines, start - 1, best[0]):
        return None
    return best


def _set_apart(lines: list[Line], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` stand apart from the lines around them: no
    run of a few characters a line goes on over or under them (text printed
    down a narrow column, a character or two a line, is no name; a label
    alone over or under a name is)."""

    def short(k: int) -> bool:
        return 0 <= k < len(lines) and len(squash(lines[k].raw)) < T.NAME_NEIGHBOUR_MIN

    return not (short(first - 1) and short(first - 2)) and not (short(last + 1) and short(last + 2))


def _cut_names_opening(head: str) -> tuple[str, str, Callable[[str], bool]] | None:
    """How a line may open names cut a few characters a line under it: what
    it keeps (the role, the sign), the name it has begun, and what the line
    read whole must be. None: no such opening."""
    flat = squash(head)
    if _BYLINE_ON_ROLE.search(head) and is_byline(head):
        return f"{head.rstrip()} ", "", lambda text: is_byline(f"{head} {text}")
    if WRITER_SIGN.match(flat) and len(flat) <= T.SIGN_ALONE_MAX:
        return flat, "", is_name_line
    if len(flat) == 1 and flat in _LONE_SURNAMES:
        return "", flat, is_name_line
    if len(flat) <= T.SIGN_PLACE_MAX and _READER_ON_ROLE.search(head):
        # (a reader's letter signed with place and standing: 长沙市民 / 某 / 某某)
        return f"{head.strip()} ", "", lambda text: is_byline(f"{head.strip()} {text}")
    role, _, first = head.strip().rpartition(" ")
    if (
        len(first) == 1
        and first in _LONE_SURNAMES
        and _BYLINE_ON_ROLE.search(role)
        and is_byline(role)
    ):
        return f"{role} ", first, lambda text: is_byline(f"{role} {text}")
    if (
        _TITLE_ON_SURNAME.search(head)
        and len(squash(role)) >= T.TITLE_ON_NAME_MIN
        and not ends_sentence(role)
        and not _SPREAD_WORD.search(role)
    ):
        # (a title with its writer's name set after it, cut after the
        # surname: 让班列跑得更满 曾 / 鹏飞; a compound surname's first
        # character is kept with the title, its last begins the name)
        kept = first[:-1]
        return f"{role} {kept}", first[-1], lambda text: is_name_line(kept + text)
    return None


def _dateline_rest_later(text: str, lines: list[Line], start: int) -> int:
    """Where the rest of a dateline broken off at ``text`` is printed, when it
    is not on the next line: a line a few on that opens on the rest of the
    date (日讯（…) or on the last names of the reporters' parenthesis and its
    closing mark (通讯员 某某）…). -1: none."""
    date_open = _date_open(text)
    if not (date_open or _open_paren(text)):
        return -1
    for k in range(start + 1, min(len(lines), start + T.DATELINE_REST_WITHIN)):
        nxt = lines[k].raw
        if date_open:
            if _DATE_REST.match(nxt) and _dateline_goes_on(text, nxt) is not None:
                return k
        elif _names_and_close(nxt, after_role=bool(_ENDS_ON_ROLE.search(text))):
            return k
    return -1


def _date_open(text: str) -> bool:
    """The paper's name and part of a date, the date unfinished (湖南日报 6 月 7,
    湖南日报 6 月 7 日 cut before its 讯)."""
    return (
        bool(PAPER_START.match(text))
        and not dateline_match(text)
        and len(squash(text)) <= T.DATELINE_HEAD_MAX
        and bool(re.search(r"[0-9０-９]\s*$|[月日]\s*$", text))
    )


#: The rest of a date, cut before its day, its 日 or its 讯: 7日讯（… / 日讯（… / 讯（….
_DATE_REST = re.compile(r"^\s*(?:(?:[0-9０-９]{1,2}\s*)?日\s*)?[讯电]\s*[（(]")
#: What a reporters' parenthesis holds before its closing mark: roles and names.
_PAREN_REST = re.compile(
    r"^\s*(?:(?:全媒体|融媒体)?(?:记者|通讯员|实习生|见习记者)?\s*[\u4e00-\u9fff·]{2,4}\s*)+[）)]"
)


#: A parenthesis broken right after a role: its names follow.
_ENDS_ON_ROLE = re.compile(r"(?:记者|通讯员|实习生)\s*$")


def _names_and_close(text: str, after_role: bool) -> bool:
    """A line opening on the last names of a reporters' parenthesis and its
    closing mark: holding a role word or two names (通讯员 某某）, 某某 某某）),
    or, where the parenthesis stopped on a role, one name of a common surname."""
    match = _PAREN_REST.match(text)
    if not match or len(squash(match.group(0))) > T.DATELINE_PAREN_REST_MAX:
        return False
    inside = match.group(0)[:-1].split()
    if re.search(r"记者|通讯员|实习生", "".join(inside)) or len(inside) >= 2:
        return True
    return after_role and len(inside) == 1 and len(inside[0]) in (2, 3) and inside[0][0] in SURNAMES


#: A role opening the rest of a reporters' parenthesis (通讯员 某某）).
_ROLE_OPENS = re.compile(r"^\s*(?:全媒体记者|见习记者|记者|通讯员|实习生)")


def _names_joined(text: str, nxt: str) -> str:
    """A dateline's pieces read as one line: a role opening the rest keeps
    the space that parts it from the name before (某某 通讯员 某某); a name
    broken between lines is joined whole."""
    if _ROLE_OPENS.match(nxt) and text[-1:].strip():
        return text + " " + nxt.lstrip()
    return text + nxt


def _dateline_goes_on(text: str, nxt: str) -> str | None:
    """``text + nxt`` when ``nxt`` finishes the dateline ``text`` begins."""
    if (
        PAPER_START.match(text)  # (first: most lines open on no paper's name)
        and not dateline_match(text)
        and len(squash(text)) <= T.DATELINE_HEAD_MAX
        and not credit_match(text)  # 湖南日报记者 某某 摄: a credit, whole
        and not is_byline(text)
        and not _box_word(text)  # 湖南日报两会专题: what a printed code opens
    ):
        match = dateline_match(text + nxt)
        # (not over a whole dateline of its own: 湖南日报 alone is the page's
        # header, or a weekly's name, printed over the story's dateline)
        if match and match.end() > len(text) and not dateline_match(nxt.lstrip()):
            return text + nxt
    if _paren_to_come(text) and nxt.lstrip()[:1] in "（(":
        # The line broken right before the reporters' parenthesis.
        close = min((nxt.find(c) for c in "）)" if c in nxt), default=-1)
        if 0 < close <= T.DATELINE_PAREN_MAX and _REPORTER.search(nxt[:close]):
            return text + nxt
    if _open_paren(text):
        # The reporters' parenthesis broken before its names end.
        close = min((nxt.find(c) for c in "）)" if c in nxt), default=-1)
        if 0 <= close <= T.DATELINE_PAREN_REST_MAX and "（" not in nxt[:close]:
            return _names_joined(text, nxt)
        if close < 0 and _NAME_BEGUN.search(text) and _NAME_REST.fullmatch(nxt.strip()):
            # (a name broken after its surname, its rest alone on the next
            # line, the parenthesis closed further on: …记者 苏 / 雨晨 / 通讯员…）)
            return text + nxt.strip()
        if close < 0 and (
            _names_inside(nxt)
            # (or the one name of the role the line stopped on: …全媒体记者 / 某某)
            or (bool(_ENDS_ON_ROLE.search(text)) and is_name_line(nxt.strip()))
        ):
            # (broken twice: a line of its names between, 通讯员 某某 某某)
            return text + " " + nxt.strip()
    return None


def _names_inside(text: str) -> bool:
    """A line of a reporters' parenthesis's roles and names, no more: a role
    word and a name, or two names."""
    match = _ROLES_AND_NAMES.fullmatch(text.strip())
    return bool(match) and (bool(_REPORTER.search(text)) or len(text.split()) >= 2)


#: Roles and names, set apart: 通讯员 某某 某某, 某某 某某.
_ROLES_AND_NAMES = re.compile(
    r"(?:(?:全媒体|融媒体)?(?:记者|通讯员|实习生|见习记者)\s*)?[\u4e00-\u9fff·]{2,4}"
    r"(?:\s+(?:(?:全媒体|融媒体)?(?:记者|通讯员|实习生|见习记者)\s*)?[\u4e00-\u9fff·]{2,4})*"
)


#: A given name alone, what a name broken after its surname leaves a line.
_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,2}")
#: Who a dateline's parenthesis names: reporters, correspondents.
_REPORTER = re.compile(r"记者|通讯员|评论员")


def _paren_to_come(text: str) -> bool:
    """A whole dateline's head on its line, nothing after 讯 or 电 (湖南日报
    1月22日讯): its reporters' parenthesis may open the next line."""
    match = dateline_match(text)
    return bool(match) and not squash(text[match.end() :]) and squash(text)[-1:] in "讯电"


def _open_paren(text: str) -> bool:
    """A dateline whose reporters' parenthesis is not closed on its line."""
    match = dateline_match(text)
    if not match:
        return False
    rest = text[match.end() :]
    opened = max(rest.rfind("（"), rest.rfind("("))
    return opened >= 0 and max(rest.rfind("）"), rest.rfind(")")) < opened


def _name_under_sentence(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a person's name under a finished sentence, or under a
    title of no clause (the title, its writer and its column's label printed
    after the piece's text: title / 某某 / 新论)."""
    if i == 0 or not is_name_line(lines[i].raw.strip()):
        return False
    above = squash(lines[i - 1].raw)
    titled = len(above) >= T.TITLE_OVER_NAME_MIN and not any(c in above for c in _CLAUSE_MARKS)
    tags = pos_tags(squash(lines[i].raw))
    return (ends_sentence(above) or titled) and len(tags) == 1 and tags[0].flag == "nr"


def _framed_word(text: str) -> bool:
    """A word of a frame's pair (今日 / 关注): two characters. A longer one
    beside another is more likely a column label (two labels may stand
    together where one story ends and another begins)."""
    flat = squash(text)
    return len(flat) == T.BOX_SHORT_MIN and all(is_cjk(c) for c in flat)


def _short_word(text: str) -> bool:
    flat = squash(text)
    return T.BOX_SHORT_MIN <= len(flat) <= T.BOX_SHORT_MAX and all(is_cjk(c) for c in flat)


#: Marks inside running text, never in a photo's title.
_CLAUSE_MARKS = frozenset("，,；;。")


#: A cartoon's or an artwork's credit on its own line (漫画/某某, 漫画 某某,
#: 作者 某某, 某某 作): the finished sentence right above it is the caption,
#: with no day or place.
_CARTOON = re.compile(
    r"^\s*(?:漫画\s*[/／丨|｜:：\s]|作者\s+[\u4e00-\u9fff])|[\u4e00-\u9fff]\s+作\s*$"
)


#: A line in brackets whole, of some words: a cartoon's scene set out.
_BRACKETED_WHOLE = re.compile(r"[（(][^（）()]{4,}[）)]")


def _under_group_credit(lines: Sequence[Line], kinds: list[LineKind], i: int) -> bool:
    """Do the caption lines from ``i`` down lead to a group credit (以上图片均由…)?"""
    for k in range(i, len(lines)):
        if kinds[k] != LineKind.CAPTION:
            return False
        if credit_match(lines[k].raw):
            return bool(GROUP_CREDIT.search(squash(lines[k].raw)))
    return False


def _caption_lines_above(lines: Sequence[Line], kinds: list[LineKind], i: int) -> None:
    """Caption lines of column width over the caption line at ``i``: a line
    opening on the caption's day (9月13日，) and the lines running from it,
    unfinished, into line ``i`` (the last of them may end the caption's
    sentence), when a finished sentence, a short title or no text stands
    above that day."""
    if (
        _CARTOON.match(lines[i].raw)
        and i > 0
        and kinds[i - 1] == LineKind.TEXT
        and lines[i].gap <= 1
        and (
            ends_sentence(squeeze(lines[i - 1].raw))
            # (or the scene it draws, in brackets: （一辆电动车在楼道里充电）)
            or bool(_BRACKETED_WHOLE.fullmatch(squash(lines[i - 1].raw)))
        )
    ):
        kinds[i - 1] = LineKind.CAPTION  # a cartoon's or artwork's words, no day or place
        return
    # Under a group credit the captions of several photos stand one over
    # another, each of a sentence or two, one opening on the day of the one
    # above (同日，…).
    group = _under_group_credit(lines, kinds, i)
    # (a caption of two sentences may set its second apart: 4月18日，… / …水带。 /
    # 演练模拟…, a line further up)
    sentences = 0
    apart = not group
    reach = T.CAPTION_LINES_ABOVE_MOST if apart else T.CAPTION_LINES_ABOVE
    for start in range(i - 1, max(-1, i - 1 - reach), -1):
        if kinds[start] != LineKind.TEXT or lines[start + 1].gap > 1:
            return
        opens = bool(CAPTION_START.match(lines[start].raw)) or (
            group and bool(SAME_DAY_CAPTION.match(lines[start].raw))
        )
        ended = start < i - 1 and ends_sentence(squeeze(lines[start].raw))
        if ended and len(squash(lines[start + 1].raw)) <= T.COLUMN_PHOTO_TITLE_SURE_MAX:
            apart = False  # (a title under it: 大堤上的“红马甲” / the photo's caption)
        sentences += ended
        if (
            not opens
            and ended
            and not group
            and (not apart or sentences > T.CAPTION_SENTENCES_APART)
        ):
            return
        if not opens and i - start >= T.CAPTION_LINES_ABOVE and not sentences:
            return  # (a caption of one sentence runs no further than it did)
        if opens:
            above = squash(lines[start - 1].raw) if start > 0 else ""
            fresh = (
                start == 0
                or kinds[start - 1] != LineKind.TEXT
                or ends_sentence(above)
                or (len(above) <= T.COLUMN_PHOTO_TITLE_SURE_MAX and not _CLAUSE_MARKS & set(above))
            )
            if fresh or start == i - 1:
                for k in range(start, i):
                    kinds[k] = LineKind.CAPTION
            return


def drawers_joined(lines: list[Line]) -> list[Line]:
    """A cartoon's credit broken after its word (漫画 / 某某): one line, the
    credit closing the cartoon's words, not a heading and a writer's name."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _DRAWN_WORD.fullmatch(squash(prev.raw))
            and is_name_line(line.raw.strip())
            # (a name that credits on its own, 某某 作, under the word the
            # cartoon prints: the two stay apart)
            and credit_match(line.raw) is None
            and credit_match(f"{squash(prev.raw)} {line.raw.strip()}") is not None
        ):
            out[-1] = Line(prev.no, f"{squash(prev.raw)} {line.raw.strip()}", prev.gap, prev.indent)
            continue
        out.append(line)
    return out


#: The word a cartoon's credit opens on, printed alone (漫画, 绘图).
_DRAWN_WORD = re.compile(r"漫画|绘图")
