"""Compose the development corpus: raw pages in the two extraction layouts, and their gold.

    .venv/bin/python tests/dev/compose.py          # rewrite pages/, gold/ and manifest.json
    .venv/bin/python tests/dev/compose.py --check  # exit 1 when the committed files differ

Reads every ``stories/*.json`` (schema in README.md), lays each printed page of stories out
the way the e-paper's PDF extraction prints it, as column-broken pages and as
one-paragraph-a-line pages (``LAYOUTS_PER_PAGE`` draws in each layout), and writes one gold
file per page in the format of the seeds' gold (``tests/gold/FORMAT.md``). Every random
choice comes from a generator seeded by the page's name, so the output is the same on every
run.

The gold is what a careful editor reads on the page: each story's fields as written (in the
page's punctuation width), ``extras`` for masthead, box lines and the frames of jump markers,
``duplicates`` for text the extraction printed twice. The phenomena a page carries are listed
in ``manifest.json`` so that figures can be reported per phenomenon.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

import jieba

HERE = Path(__file__).resolve().parent
STORIES_DIR = HERE / "stories"
PAGES_DIR = HERE / "pages"
GOLD_DIR = HERE / "gold"
MANIFEST = HERE / "manifest.json"

# Each printed page is laid out this many times in each layout, with different draws.
LAYOUTS_PER_PAGE = 2

GOLD_KEYS = (
    "kind",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "continued",
    "subheads",
    "paragraphs",
)


class Layout(StrEnum):
    COLUMNS = "columns"
    PARAGRAPHS = "paragraphs"


class Ph(StrEnum):
    """Layout phenomena a page carries (story phenomena are the stories' own tags)."""

    HEADLINE_AFTER = "headline-after"  # column page: headline printed after its body
    HEADLINE_BEFORE = "headline-before"
    HEADLINE_BUNCHED = "headline-bunched"  # several stories' headlines together elsewhere
    HEADLINE_JOINED = "headline-joined"  # paragraph page: parts on one line, joined by a space
    HEADLINE_LINES = "headline-lines"  # paragraph page: parts on lines of their own
    HEADLINE_LAST_WORD = "headline-last-word-alone"
    DOUBLED_HEADLINE = "doubled-headline"  # drawn twice for bold: 标题标题 or two lines
    DATELINE_BREAK = "dateline-break"  # a line break inside a dateline
    BYLINE_BREAK = "byline-break"  # a break between a byline's names or before 通讯员
    SPLIT_BYLINE = "split-byline"  # commentary byline: role line, then name line
    COLUMN_LABEL = "column-label"  # 栏目 label on a short line of its own
    JUSTIFIED = "justified-spread"  # column lines spread character by character
    DIGIT_SPACING = "digit-spacing"  # spaces around digit runs, after digits only
    PDF_SPACING = "pdf-spacing"  # spaces after opening quotes, around punctuation, before %
    HALF_WIDTH = "half-width"  # ,() printed half-width
    MASTHEAD = "masthead"
    MASTHEAD_MERGED = "masthead-merged"  # masthead pieces merged on a line (31 星期六)
    BOX_LINES = "box-lines"  # countdowns and framed labels on short lines
    PHOTO_CREDIT_INLINE = "photo-credit-inline"  # … 张三 摄 on the caption line
    PHOTO_CREDIT_LINE = "photo-credit-own-line"
    PHOTO_TOP = "photo-top"  # a photo item at the top of the page
    JUMP_MARKER = "jump-marker"  # ▷(下转2版), ▲ ▲（上接1版②）
    JUMP_CUT_TAIL = "jump-cut-tail"  # the jumping story's last paragraph stops mid-sentence
    CUT_ALTERNATING = "cut-alternating"  # two stories printed in alternating pieces
    CUT_FIGURE_UNIT = "cut-figure-unit"  # …完成投资 | 860亿元 or 860 | 亿元
    CUT_ABBREVIATION = "cut-abbreviation"  # 长株 | 潭
    CUT_IN_WORD = "cut-in-word"
    CUT_CLAUSE = "cut-clause"  # after a comma
    DISPLACED_RUN = "displaced-run"  # the paragraphs after a cut tail travel with it
    LINE_BREAK_IN_PARAGRAPH = "line-break-in-paragraph"  # a paragraph on two adjacent lines
    DUPLICATE_LINE = "duplicate-line"
    HEADLINE_BROKEN = "headline-broken"  # a headline part broken over two lines
    HEADLINE_DISPLACED = "headline-displaced"  # a feature's headline after its first paragraphs
    PHOTO_INSIDE_STORY = "photo-inside-story"  # a photo item between a story's paragraphs
    CAPTION_SPREAD = "caption-spread"  # a caption line spread character by character


# Phenomena the paper prints in one layout only; every other one appears in both.
ONE_LAYOUT = {
    Ph.HEADLINE_AFTER: Layout.COLUMNS,
    Ph.HEADLINE_BEFORE: Layout.COLUMNS,
    Ph.HEADLINE_BUNCHED: Layout.COLUMNS,
    Ph.JUSTIFIED: Layout.COLUMNS,
    Ph.DIGIT_SPACING: Layout.COLUMNS,
    Ph.HEADLINE_JOINED: Layout.PARAGRAPHS,
    Ph.HEADLINE_LINES: Layout.PARAGRAPHS,
    Ph.HEADLINE_DISPLACED: Layout.PARAGRAPHS,
    Ph.PDF_SPACING: Layout.PARAGRAPHS,
    Ph.HALF_WIDTH: Layout.PARAGRAPHS,
    Ph.PHOTO_INSIDE_STORY: Layout.PARAGRAPHS,
    Ph.CUT_ALTERNATING: Layout.PARAGRAPHS,
    Ph.CUT_FIGURE_UNIT: Layout.PARAGRAPHS,
    Ph.CUT_ABBREVIATION: Layout.PARAGRAPHS,
    Ph.CUT_IN_WORD: Layout.PARAGRAPHS,
    Ph.CUT_CLAUSE: Layout.PARAGRAPHS,
    Ph.DISPLACED_RUN: Layout.PARAGRAPHS,
    Ph.LINE_BREAK_IN_PARAGRAPH: Layout.PARAGRAPHS,
    Ph.DUPLICATE_LINE: Layout.PARAGRAPHS,
}
MIN_PAGES_PER_PHENOMENON = 3

# Characters that never start a printed line (they hang on the line above).
NO_LINE_START = "，。、；：！？”’）》%…—·"
CLOSING = set("，。、；：！？”’）》")
OPENING = set("“‘（《")
SENTENCE_END = "。！？…”"
DIGITS = re.compile(r"[0-9][0-9.]*%?")
WEEKDAYS = "一二三四五六日"
# Abbreviations the paper uses that a general dictionary may not hold; a cut inside one
# splits no dictionary word.
ABBREVIATIONS = (
    "长株潭",
    "湘江新区",
    "两型",
    "湘赣边",
    "湘南湘西",
    "大湘西",
    "洞庭湖区",
    "长沙县",
    "湘西州",
    "岳麓山",
    "马栏山",
    "中非经贸",
    "城陵矶",
    "湘资沅澧",
    "湘粤",
)
BOXES = (
    ("距离第四届湖南旅游发展大会开幕", "还有{n}天"),
    ("距离湖南省第十五届运动会开幕", "还有{n}天"),
    ("新湖南客户端", "扫码阅读全文"),
    ("今日", "关注"),
    ("湘江周刊", "第{n}期"),
)


# ---------------------------------------------------------------- stories


@dataclass(frozen=True)
class Story:
    """One story as written in a stories file."""

    kind: str
    column: str
    kicker: str
    title: str
    subtitle: str
    byline: str
    dateline: str
    continued: str
    subheads: tuple[str, ...]
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]

    @classmethod
    def from_json(cls, d: dict) -> Story:
        return cls(
            kind=d["kind"],
            column=d.get("column", ""),
            kicker=d.get("kicker", ""),
            title=d.get("title", ""),
            subtitle=d.get("subtitle", ""),
            byline=d.get("byline", ""),
            dateline=d.get("dateline", ""),
            continued=d.get("continued", ""),
            subheads=tuple(d.get("subheads", ())),
            paragraphs=tuple(d["paragraphs"]),
            tags=tuple(d.get("tags", ())),
        )

    @property
    def jumps_out(self) -> bool:
        return self.continued.startswith(("下转", "转"))

    @property
    def jumps_in(self) -> bool:
        return bool(self.continued) and not self.jumps_out


@dataclass(frozen=True)
class PrintedPage:
    """The stories the paper printed on one page of one day."""

    issue_date: dt.date
    page: int
    stories: tuple[Story, ...]
    origin: str  # stories file and index, for the page's name


def load_stories(folder: Path = STORIES_DIR) -> list[PrintedPage]:
    pages = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, issue in enumerate(data["issues"]):
            pages.append(
                PrintedPage(
                    issue_date=dt.date.fromisoformat(issue["issue_date"]),
                    page=int(issue.get("page", 1)),
                    stories=tuple(Story.from_json(s) for s in issue["stories"]),
                    origin=f"{path.stem}:{i}",
                )
            )
    return pages


# ---------------------------------------------------------------- the page being built


@dataclass
class Sheet:
    """Raw lines and gold of one page, filled in as the page is laid out."""

    layout: Layout
    lines: list[str] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    article_tags: list[list[str]] = field(default_factory=list)
    article_phenomena: list[set[str]] = field(default_factory=list)
    current: int | None = None  # the article being laid out: marks go to it too
    number: int = 0  # the page's number in its layout
    extras: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    phenomena: set[str] = field(default_factory=set)
    issue_number: str | None = None
    page_count: int | None = None

    def add(self, article: dict, story: Story) -> None:
        self.articles.append(article)
        self.article_tags.append(sorted(story.tags))
        self.article_phenomena.append(set())
        self.current = len(self.articles) - 1

    def mark(self, *names: str, article: int | None = None, whole_page: bool = False) -> None:
        """Note phenomena on the page and on the article they touch (the one being laid
        out unless named; none for what belongs to the whole page)."""
        self.phenomena.update(names)
        target = article if article is not None else self.current
        if target is not None and not whole_page:
            self.article_phenomena[target].update(names)

    def text(self, rng: random.Random) -> str:
        out = []
        for line in self.lines:
            # The extraction leaves one blank line between lines, now and then three.
            out.append(line + ("\n\n\n\n" if rng.random() < 0.03 else "\n\n"))
        return "".join(out)


def gold_article(story: Story, punct) -> dict:
    art = {
        "kind": story.kind,
        "column": punct(story.column),
        "kicker": punct(story.kicker),
        "title": punct(story.title),
        "subtitle": punct(story.subtitle),
        "byline": punct(story.byline),
        "dateline": punct(story.dateline),
        "continued": punct(story.continued),
        "subheads": [punct(s) for s in story.subheads],
        "paragraphs": [punct(p) for p in story.paragraphs],
    }
    return {k: art[k] for k in GOLD_KEYS}


# ---------------------------------------------------------------- text helpers


def half_width(text: str) -> str:
    """Seed 001's punctuation: comma, parentheses and semicolon half-width."""
    return text.translate(str.maketrans("，（）；", ",();"))


def half_parens(text: str) -> str:
    """Parentheses half-width, the rest full-width (as in datelines of many pages)."""
    return text.translate(str.maketrans("（）", "()"))


def keep(text: str) -> str:
    return text


def units(text: str) -> list[str]:
    """Printing units: a digit/Latin run, or one other character."""
    return re.findall(r"[0-9A-Za-z.%+×]+|\s|.", text)


def visual(text: str) -> float:
    """Width in em: Chinese and full-width characters 1, Latin, digits and spaces 1/2."""
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in text)


def space_digits(text: str, rng: random.Random, p: float = 0.8, after_only: bool = False) -> str:
    """Spaces the extraction puts around digit runs (glyph gaps): 今年 2 月, 3.2 万亩."""

    def sub(m: re.Match) -> str:
        if rng.random() > p:
            return m.group(0)
        s, e = m.start(), m.end()
        # no space after a full-width mark: its glyph box already holds the gap
        before = (
            "" if after_only or s == 0 or text[s - 1] in " “（(" or text[s - 1] in CLOSING else " "
        )
        after = "" if e == len(text) or text[e] in " %，。、；）)”" else " "
        return before + m.group(0) + after

    return re.sub(r"[0-9][0-9.]*", sub, text)


def spread(line: str) -> str:
    """A justified line spread character by character (总 部 、区 域 总 部 。)."""
    out = ""
    for u in units(line):
        if u == " ":
            continue
        if u in OPENING and out.endswith(" "):
            out = out[:-1]
        out += u if u in CLOSING else u + " "
    return out.rstrip()


def pdf_spacing(text: str, rng: random.Random) -> str:
    """Glyph-gap spaces of PDF extraction: after an opening quote (“ 新湖南”), around
    full-width punctuation (隆 ， 20 多), before % (15 %), around number runs."""
    out = []
    for u in units(text):
        if u in "“" and rng.random() < 0.5:
            out.append(u + " ")
        elif u in "，、" and rng.random() < 0.08:
            out.append(" " + u + " ")
        elif u[0].isdigit() and rng.random() < 0.6:
            if u.endswith("%") and rng.random() < 0.5:
                u = u[:-1] + " %"
            out.append(" " + u + " ")
        else:
            out.append(u)
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def wrap(text: str, width: float, indent: float = 2.0) -> list[str]:
    """Break a paragraph into printed column lines of ``width`` em, the first indented."""
    us = units(text)
    lines, cur, room = [], "", width - indent
    for u in us:
        w = visual(u)
        if cur and visual(cur) + w > room + 0.01 and u not in NO_LINE_START:
            # An opening mark never ends a line: it goes down with what it opens.
            carry = cur[-1] if cur[-1] in OPENING else ""
            lines.append(cur[: len(cur) - len(carry)])
            cur, room = carry, width
        if not cur and u == " ":
            continue
        cur += u
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- dates


def weekday(d: dt.date) -> str:
    return "星期" + WEEKDAYS[d.weekday()]


# Lunar new year (正月初一) and the leap month of each lunar year the corpus spans.
_LUNAR_NEW_YEAR = {
    2014: (dt.date(2014, 1, 31), 9),
    2015: (dt.date(2015, 2, 19), 0),
    2016: (dt.date(2016, 2, 8), 0),
    2017: (dt.date(2017, 1, 28), 6),
    2018: (dt.date(2018, 2, 16), 0),
    2019: (dt.date(2019, 2, 5), 0),
    2020: (dt.date(2020, 1, 25), 4),
    2021: (dt.date(2021, 2, 12), 0),
    2022: (dt.date(2022, 2, 1), 0),
    2023: (dt.date(2023, 1, 22), 2),
    2024: (dt.date(2024, 2, 10), 0),
    2025: (dt.date(2025, 1, 29), 6),
    2026: (dt.date(2026, 2, 17), 0),
}


def _new_moon(k: int) -> dt.date:
    """Date (Beijing time) of new moon number k after 2000-01-06 (Meeus, ch. 49, main
    terms; accurate to well under an hour in this century)."""
    jde = 2451550.09766 + 29.530588861 * k
    m = math.radians(2.5534 + 29.10535670 * k)
    mp = math.radians(201.5643 + 385.81693528 * k)
    f = math.radians(160.7108 + 390.67050284 * k)
    jde += (
        -0.40720 * math.sin(mp)
        + 0.17241 * math.sin(m)
        + 0.01608 * math.sin(2 * mp)
        + 0.01039 * math.sin(2 * f)
        + 0.00739 * math.sin(mp - m)
        - 0.00514 * math.sin(mp + m)
        + 0.00208 * math.sin(2 * m)
    )
    jd = jde + 8 / 24 + 0.5  # UTC+8, days start at midnight
    return dt.date(2000, 1, 1) + dt.timedelta(days=math.floor(jd - 2451545.0))


def lunar(d: dt.date) -> str:
    """乙巳年二月廿八: the lunar date printed in the masthead."""
    year = d.year if d >= _LUNAR_NEW_YEAR[d.year][0] else d.year - 1
    start, leap = _LUNAR_NEW_YEAR[year]
    k = round((start - dt.date(2000, 1, 6)).days / 29.530588861)
    starts = [_new_moon(k + i) for i in range(14)]
    idx = max(i for i, s in enumerate(starts) if s <= d)
    day = (d - starts[idx]).days + 1
    if leap and idx == leap:
        month, is_leap = leap, True
    else:
        month, is_leap = (idx + 1 if not leap or idx < leap else idx), False
    stems, branches = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
    months = "正二三四五六七八九十冬腊"
    nums = "一二三四五六七八九十"
    if day <= 10:
        dname = "初" + nums[day - 1]
    elif day < 20:
        dname = "十" + nums[day - 11]
    elif day == 20:
        dname = "二十"
    elif day < 30:
        dname = "廿" + nums[day - 21]
    else:
        dname = "三十"
    return (
        f"{stems[(year - 4) % 10]}{branches[(year - 4) % 12]}年"
        f"{'闰' if is_leap else ''}{months[month - 1]}月{dname}"
    )


def issue_number(d: dt.date) -> int:
    """The paper's running number, one a day (第27314号 was 2025-03-27)."""
    return 27314 + (d - dt.date(2025, 3, 27)).days


def masthead_pieces(page: PrintedPage, rng: random.Random, sheet: Sheet) -> list[str]:
    d = page.issue_date
    count = rng.choice((8, 12, 16, 20))
    pieces = [
        f"{d.year}年{d.month}月",
        str(d.day),
        weekday(d),
        lunar(d),
        f"第{issue_number(d)}号",
        f"今日{count}版",
    ]
    if rng.random() < 0.5:  # drawing order merges the day and the weekday
        pieces[1:3] = [f"{d.day} {weekday(d)}"]
        sheet.mark(Ph.MASTHEAD_MERGED)
    sheet.issue_number, sheet.page_count = str(issue_number(d)), count
    sheet.mark(Ph.MASTHEAD)
    return pieces


def drawing_order(pieces: list[str], rng: random.Random) -> list[str]:
    """Masthead pieces in one of the orders a PDF draws them (not always reading order):
    as read, the numbers first, or the date block after the lunar date."""
    head, numbers = pieces[:-2], pieces[-2:]
    order = rng.choice(("read", "numbers-first", "lunar-first"))
    if order == "numbers-first":
        return numbers[::-1] + head
    if order == "lunar-first":
        return [head[-1], *head[:-1], *numbers]
    return pieces


def box_lines(rng: random.Random) -> list[str]:
    first, second = rng.choice(BOXES)
    n = rng.randint(2, 60)
    return [first.format(n=n), second.format(n=n)]


# ---------------------------------------------------------------- cuts


class Cut(StrEnum):
    FIGURE_UNIT = Ph.CUT_FIGURE_UNIT
    ABBREVIATION = Ph.CUT_ABBREVIATION
    IN_WORD = Ph.CUT_IN_WORD
    CLAUSE = Ph.CUT_CLAUSE


def cut_points(text: str) -> dict[Cut, list[int]]:
    """Where a paragraph can be cut mid-sentence, by kind of cut (never near its ends,
    never before closing punctuation, never after a sentence end)."""
    lo, hi = max(8, len(text) // 5), len(text) - 8

    def ok(i: int) -> bool:
        return lo <= i <= hi and text[i] not in NO_LINE_START and text[i - 1] not in SENTENCE_END

    found: dict[Cut, list[int]] = {c: [] for c in Cut}
    for m in re.finditer(r"(?<=[\u4e00-\u9fff]) ?[0-9][0-9.]*", text):
        found[Cut.FIGURE_UNIT].append(m.start())  # verb | figure
    for m in re.finditer(r"[0-9][0-9.]*(?= ?[\u4e00-\u9fff])", text):
        found[Cut.FIGURE_UNIT].append(m.end())  # figure | unit
    for abbr in ABBREVIATIONS:
        for m in re.finditer(abbr, text):
            found[Cut.ABBREVIATION].extend(range(m.start() + 1, m.end()))
    pos = 0
    for word in jieba.lcut(text, HMM=False):
        if len(word) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in word):
            found[Cut.IN_WORD].extend(range(pos + 1, pos + len(word)))
        pos += len(word)
    found[Cut.CLAUSE] = [m.end() for m in re.finditer("[，、；]", text)]
    return {c: sorted(i for i in v if ok(i)) for c, v in found.items()}


def jump_tail(paragraph: str, rng: random.Random) -> str:
    """A jumping story's last paragraph as printed on this page: stopped mid-sentence."""
    points = [i for i in cut_points(paragraph)[Cut.IN_WORD] if i > len(paragraph) // 2]
    return paragraph[: rng.choice(points)] if points else paragraph


def shuffled(stories: tuple[Story, ...], rng: random.Random) -> list[Story]:
    """The stories in a random order; a photo spread (photos up to one credited 以上图片均由…)
    stays together."""
    units: list[list[Story]] = []
    run: list[Story] = []
    for story in stories:
        if story.kind == "photo" and (run or not story.byline):
            run.append(story)
            if story.byline:
                units.append(run)
                run = []
            continue
        units.extend([s] for s in run)
        run = []
        units.append([story])
    units.extend([s] for s in run)
    rng.shuffle(units)
    return [s for unit in units for s in unit]


# ---------------------------------------------------------------- column layout


def break_headline(text: str) -> list[str]:
    """A headline part set on two lines, broken between words near its middle."""
    ends, pos = [], 0
    for word in jieba.lcut(text, HMM=False):
        pos += len(word)
        if 3 <= pos <= len(text) - 3:
            ends.append(pos)
    if not ends:
        return [text]
    at = min(ends, key=lambda e: abs(e - len(text) / 2))
    return [text[:at], text[at:]]


def _headline_lines(story: Story, rng: random.Random, sheet: Sheet) -> list[str]:
    """A story's headline as a column page prints it: a line per part, a long title in two."""
    lines = []
    if story.kicker:
        lines.append(story.kicker)
    if story.title:
        title = story.title
        if rng.random() < 0.07:
            sheet.mark(Ph.DOUBLED_HEADLINE)
            sheet.duplicates.append(title)
            lines.extend([title + title] if rng.random() < 0.5 else [title, title])
        elif len(title) > 14 and " " not in title and rng.random() < 0.6:
            lines.extend(break_headline(title))
            sheet.mark(Ph.HEADLINE_BROKEN)
        elif len(title) >= 8 and rng.random() < 0.15:
            sheet.mark(Ph.HEADLINE_LAST_WORD)
            lines.extend([title[:-2], title[-2:]])
        else:
            lines.append(title)
    if story.subtitle:
        lines.append(story.subtitle)
    if lines and rng.random() < 0.15:
        lines[0] = " " + lines[0]  # a stray leading space, as the extraction leaves
    return lines


def _dateline_lines(dateline: str, width: float, rng: random.Random) -> list[str]:
    """A dateline set in column lines: broken only between its names (湖南日报 3月 8日讯（全媒体
    记者 / 谢卓芳 通讯员 王静）)."""
    spaced = rng.choice(
        (
            dateline,
            re.sub(r"(?<=[报月])(?=[0-9])", " ", dateline),
            space_digits(dateline, rng, p=1.0),
        )
    )
    tokens = spaced.split(" ")
    if rng.random() < 0.25:
        # a narrow column breaks inside the date itself: 湖南日报 1 月 22 / 日讯（全媒体记者
        for i, t in enumerate(tokens):
            m = re.search(r"日[讯电]", t)
            if m and m.start() > 0:
                tokens[i : i + 1] = [t[: m.start()], "\n" + t[m.start() :]]
                break
    lines, cur = [], ""
    for t in tokens:
        forced = t.startswith("\n")
        t = t.lstrip("\n")
        cand = f"{cur} {t}" if cur else t
        if cur and (forced or visual(cand) > width):
            lines.append(cur)
            cur = t
        else:
            cur = cand
    lines.append(cur)
    return lines


def _body_lines(
    story: Story, width: float, rng: random.Random, sheet: Sheet, paragraphs
) -> list[str]:
    lines: list[str] = []
    spread_share = rng.choice((0.0, 0.1, 0.25))
    for k, para in enumerate(paragraphs):
        if k == 0 and story.dateline:
            head = _dateline_lines(story.dateline, width, rng)
            if len(head) > 1:
                sheet.mark(Ph.DATELINE_BREAK)
            if rng.random() < 0.1:
                head[0] = " " + head[0]  # a stray leading space, as on seed pages
            rest_room = width - visual(head[-1])
            if rest_room < 2:
                lines.extend(head)
                plines = wrap(para, width, indent=0)
            else:
                plines = wrap(para, rest_room, indent=0)
                first, rest = plines[0], "".join(plines[1:])
                lines.extend(head[:-1])
                lines.append(head[-1] + first)
                plines = wrap(rest, width, indent=0) if rest else []
            para_lines = plines
        elif k == 0 and story.jumps_in:
            marker = rng.choice(("▲ ▲（{}）", "（{}）", "▲ ▲（{}）"))
            marker = marker.format(
                re.sub(r"(?<=[接])(?=[0-9])", rng.choice(("", " ")), story.continued)
            )
            sheet.extras.append(marker)
            sheet.mark(Ph.JUMP_MARKER)
            para_lines = wrap(marker + para, width, indent=0)
        elif para in story.subheads:
            lines.append(para)
            continue
        else:
            para_lines = wrap(para, width)
        for j, line in enumerate(para_lines):
            last = j == len(para_lines) - 1
            # Justification spreads the lines whose marks or digits are set narrow, so they
            # come out short of the column: those are the ones spread (as on seed pages).
            narrow = sum(c in CLOSING or c.isdigit() for c in line[:-1])
            if not last and rng.random() < spread_share * min(narrow, 3):
                line = spread(line)
                sheet.mark(Ph.JUSTIFIED)
            elif DIGITS.search(line) and rng.random() < 0.7:
                line = space_digits(line, rng, after_only=rng.random() < 0.2)
                sheet.mark(Ph.DIGIT_SPACING)
            lines.append(line)
    return lines


def _byline_lines(story: Story, rng: random.Random, sheet: Sheet) -> list[str]:
    byline = story.byline
    if not byline or story.kind == "photo":
        return []
    if story.kind == "commentary" and "评论员" in byline and rng.random() < 0.7:
        role, _, name = byline.rpartition(" ")
        sheet.mark(Ph.SPLIT_BYLINE)
        return [role, name]
    parts = byline.split(" ")
    if len(parts) >= 3 and rng.random() < 0.6:
        at = parts.index("通讯员") if "通讯员" in parts else rng.randint(2, len(parts) - 1)
        sheet.mark(Ph.BYLINE_BREAK)
        return [" ".join(parts[:at]), " ".join(parts[at:])]
    return [byline]


def _photo_lines(story: Story, rng: random.Random, sheet: Sheet, punct) -> list[str]:
    lines = [punct(story.title)] if story.title else []
    caption = punct("".join(story.paragraphs))
    credit = punct(story.byline)
    if credit.startswith("以上"):
        lines.extend(punct(p) for p in story.paragraphs)
        lines.append(credit)
        sheet.mark(Ph.PHOTO_CREDIT_LINE)
        return lines
    if rng.random() < 0.4:
        caption = spread(caption)  # glyph gaps across a whole caption line
        sheet.mark(Ph.CAPTION_SPREAD)
    if rng.random() < 0.3 and len(caption) > 50:
        # A wide caption set over a few lines, the credit at the end of the last.
        parts = wrap(caption, rng.randint(38, 48), indent=0)
        parts[-1] += " " + credit if credit else ""
        lines.extend(parts)
    elif credit and rng.random() < 0.25:
        # the credit on a line of its own: right-aligned on column pages, often flush on
        # paragraph pages (as seed 002 prints it)
        flush = sheet.layout is Layout.PARAGRAPHS and rng.random() < 0.6
        lines.extend([caption, ("" if flush else " " * rng.randint(20, 40)) + credit])
        sheet.mark(Ph.PHOTO_CREDIT_LINE)
        return lines
    else:
        lines.append(caption + (" " + credit if credit else ""))
    if credit:
        sheet.mark(Ph.PHOTO_CREDIT_INLINE)
    return lines


def _column_story(
    story: Story, paragraphs: list[str], rng: random.Random, sheet: Sheet
) -> tuple[list[str], list[str]]:
    """The lines of one story on a column page, and the lines of it printed with other
    stories' headlines elsewhere on the page (its bunched headline)."""
    width = rng.uniform(11.0, 14.5) if story.kind == "commentary" else rng.uniform(15.0, 22.0)
    head = _headline_lines(story, rng, sheet)
    placement = rng.choice(
        (Ph.HEADLINE_AFTER, Ph.HEADLINE_AFTER, Ph.HEADLINE_BEFORE, Ph.HEADLINE_BUNCHED)
    )
    if head:
        sheet.mark(placement)
    label = [story.column] if story.column else []
    if label:
        sheet.mark(Ph.COLUMN_LABEL)
    block: list[str] = []
    if placement == Ph.HEADLINE_BEFORE:
        block += label + head
        label = []
    byline = _byline_lines(story, rng, sheet)
    # A byline set with the headline block (as seed 004 sets a commentary's), wherever that
    # block is printed.
    with_head = (
        story.kind in ("commentary", "feature", "other")
        and placement in (Ph.HEADLINE_AFTER, Ph.HEADLINE_BUNCHED)
        and rng.random() < 0.35
    )
    if not with_head:
        block += byline
    block += _body_lines(story, width, rng, sheet, paragraphs)
    if story.jumps_out:
        marker = rng.choice(("（{}）", "▷（{}）")).format(story.continued)
        sheet.extras.append(marker)
        sheet.mark(Ph.JUMP_MARKER)
        block.append(marker)
    if label and rng.random() < 0.5:
        block += label  # the label after the body
        label = []
    tail = label + head + (byline if with_head else [])
    if placement == Ph.HEADLINE_BUNCHED:
        return block, tail
    return block + (tail if placement == Ph.HEADLINE_AFTER else []), []


def render_columns(page: PrintedPage, rng: random.Random, number: int) -> Sheet:
    sheet = Sheet(Layout.COLUMNS, number=number)
    stories = shuffled(page.stories, rng)
    photos = [
        s for s in stories if s.kind == "photo" and s.byline and not s.byline.startswith("以上")
    ]
    top_photo = photos[0] if photos and rng.random() < 0.35 else None
    if top_photo:
        stories.remove(top_photo)
        stories.insert(0, top_photo)
    if page.page == 1:
        pieces = masthead_pieces(page, rng, sheet)
        sheet.extras.extend(pieces)
        sheet.lines.extend(drawing_order(pieces, rng))
    bunch: list[str] = []
    boundaries: list[int] = []
    for story in stories:
        paragraphs = list(story.paragraphs)
        cut_tail = story.jumps_out and rng.random() < 0.6
        if cut_tail:
            paragraphs[-1] = jump_tail(paragraphs[-1], rng)
        art = gold_article(story, keep)
        art["paragraphs"] = paragraphs
        sheet.add(art, story)
        if cut_tail:
            sheet.mark(Ph.JUMP_CUT_TAIL)
        if story is top_photo:
            sheet.mark(Ph.PHOTO_TOP)
        if story.kind == "photo":
            sheet.lines.extend(_photo_lines(story, rng, sheet, keep))
        else:
            block, bunched = _column_story(story, paragraphs, rng, sheet)
            sheet.lines.extend(block)
            bunch += bunched
        boundaries.append(len(sheet.lines))
        if rng.random() < 0.12:
            box = box_lines(rng)
            sheet.extras.extend(box)
            sheet.lines.extend(box)
            sheet.mark(Ph.BOX_LINES, whole_page=True)
    if bunch:
        # Headlines bunched together where a column of them was drawn: between stories.
        at = rng.choice(boundaries[len(boundaries) // 2 :] or [len(sheet.lines)])
        sheet.lines[at:at] = bunch
    return sheet


# ---------------------------------------------------------------- paragraph layout


class Role(StrEnum):
    LABEL = "label"
    HEAD = "head"
    BYLINE = "byline"
    LEAD = "lead"  # the first paragraph (with its dateline or jump marker)
    BODY = "body"
    SUBHEAD = "subhead"
    MARKER = "marker"
    PHOTO = "photo"


@dataclass
class Piece:
    """One printed line of a paragraph page, the story it belongs to and what it is."""

    text: str
    story: int
    role: Role


def _para_headline(story: Story, rng: random.Random, sheet: Sheet, punct) -> list[str]:
    parts = [punct(p) for p in (story.kicker, story.title, story.subtitle) if p]
    if not parts:
        return []
    doubled = story.title and rng.random() < 0.08
    if doubled:
        title = punct(story.title)
        sheet.duplicates.append(title)
        sheet.mark(Ph.DOUBLED_HEADLINE)
    if len(parts) > 1 and rng.random() < 0.55:
        sheet.mark(Ph.HEADLINE_JOINED)
        line = " ".join(parts)
        if doubled:
            i = parts.index(punct(story.title))
            parts2 = [*parts[:i], parts[i] * 2, *parts[i + 1 :]]
            line = " ".join(parts2)
        lines = [line]
    else:
        if len(parts) > 1:
            sheet.mark(Ph.HEADLINE_LINES)
        lines = []
        for p in parts:
            if doubled and p == punct(story.title):
                lines.extend([p, p] if rng.random() < 0.5 else [p + p])
            elif len(p) >= 10 and " " not in p and rng.random() < 0.2:
                lines.extend(break_headline(p))  # 奋力打造 / 国家重要先进制造业高地
                sheet.mark(Ph.HEADLINE_BROKEN)
            else:
                lines.append(p)
    if not doubled and rng.random() < 0.15 and len(lines[-1]) >= 8 and " " not in lines[-1][-3:]:
        sheet.mark(Ph.HEADLINE_LAST_WORD)
        lines[-1:] = [lines[-1][:-2], lines[-1][-2:]]
    return lines


def _para_byline(story: Story, rng: random.Random, sheet: Sheet, punct) -> list[str]:
    byline = punct(story.byline)
    if not byline or story.kind == "photo":
        return []
    if story.kind == "commentary" and "评论员" in byline and rng.random() < 0.3:
        role, _, name = byline.rpartition(" ")
        sheet.mark(Ph.SPLIT_BYLINE)
        return [role, name]
    parts = byline.split(" ")
    if len(parts) >= 3 and rng.random() < 0.5:
        at = parts.index("通讯员") if "通讯员" in parts else rng.randint(2, len(parts) - 1)
        sheet.mark(Ph.BYLINE_BREAK)
        return [" ".join(parts[:at]), " ".join(parts[at:])]
    return [byline]


def _split_dateline_line(line: str, dateline: str, rng: random.Random) -> list[str]:
    """A line break inside a dateline: in its date (湖南日报 1 月 22 / 日讯（…), between names
    or before 通讯员."""
    spots = [m.start() for m in re.finditer(r"日[讯电]", dateline)]
    spots += [m.start() for m in re.finditer(r" ", dateline)]
    if not spots:
        return [line]
    at = rng.choice(spots)
    # map the spot into the printed line (which may carry extra spaces)
    prefix = dateline[:at]
    pos, seen = 0, 0
    squashed = prefix.replace(" ", "")
    while seen < len(squashed) and pos < len(line):
        if line[pos] != " ":
            seen += 1
        pos += 1
    return [line[:pos].rstrip(), line[pos:].lstrip()]


def _story_pieces(
    idx: int, story: Story, rng: random.Random, sheet: Sheet, punct, spacing
) -> list[Piece]:
    """The printed lines of one story, in order, before any cut is moved."""
    out: list[Piece] = []
    head = _para_headline(story, rng, sheet, punct)
    label = punct(story.column)
    label_after = bool(label) and rng.random() < 0.4
    if label and not label_after:
        out.append(Piece(label, idx, Role.LABEL))
    if label:
        sheet.mark(Ph.COLUMN_LABEL)
    out += [Piece(h, idx, Role.HEAD) for h in head]
    if story.kind == "photo":
        lines = _photo_lines(replace(story, title=""), rng, sheet, punct)
        return out + [Piece(p, idx, Role.PHOTO) for p in lines]
    out += [Piece(b, idx, Role.BYLINE) for b in _para_byline(story, rng, sheet, punct)]
    paragraphs = [punct(p) for p in sheet.articles[-1]["paragraphs"]]
    for k, para in enumerate(paragraphs):
        if para in story.subheads:
            out.append(Piece(para, idx, Role.SUBHEAD))
            continue
        text = spacing(para)
        role = Role.LEAD if k == 0 else Role.BODY
        if k == 0 and story.dateline:
            dl = punct(story.dateline)
            dl_printed = space_digits(dl, rng, p=1.0) if rng.random() < 0.3 else dl
            line = dl_printed + text
            if rng.random() < 0.35:
                sheet.mark(Ph.DATELINE_BREAK)
                out += [Piece(x, idx, role) for x in _split_dateline_line(line, dl, rng)]
                continue
            text = line
        elif k == 0 and story.jumps_in:
            marker = punct(rng.choice(("▲ ▲（{}）", "（{}）"))).format(punct(story.continued))
            sheet.extras.append(marker)
            sheet.mark(Ph.JUMP_MARKER)
            text = marker + text
        out.append(Piece(text, idx, role))
    if story.jumps_out:
        marker = punct(rng.choice(("▷（{}）", "▶（{}）", "（{}）"))).format(punct(story.continued))
        sheet.extras.append(marker)
        sheet.mark(Ph.JUMP_MARKER)
        out.append(Piece(marker, idx, Role.MARKER))
    if label_after:
        out.append(Piece(label, idx, Role.LABEL))
    return out


def render_paragraphs(page: PrintedPage, rng: random.Random, number: int) -> Sheet:
    sheet = Sheet(Layout.PARAGRAPHS, number=number)
    mode = rng.choice(("full", "full", "half", "parens"))
    punct = {"full": keep, "half": half_width, "parens": half_parens}[mode]
    if mode == "half":
        sheet.mark(Ph.HALF_WIDTH)
    spaced = rng.random() < 0.45
    if spaced:
        sheet.mark(Ph.PDF_SPACING)
    spacing = (lambda t: pdf_spacing(t, rng)) if spaced else keep
    stories = shuffled(page.stories, rng)
    photos = [
        s for s in stories if s.kind == "photo" and s.byline and not s.byline.startswith("以上")
    ]
    top_photo = photos[0] if photos and rng.random() < 0.4 else None
    if top_photo:
        stories.remove(top_photo)
        stories.insert(0, top_photo)
    top: list[str] = []
    if page.page == 1:
        top = masthead_pieces(page, rng, sheet)
        sheet.extras.extend(top)
    blocks: list[list[Piece]] = []
    for idx, story in enumerate(stories):
        paragraphs = list(story.paragraphs)
        cut_tail = story.jumps_out and rng.random() < 0.6
        if cut_tail:
            paragraphs[-1] = jump_tail(paragraphs[-1], rng)
        art = gold_article(story, punct)
        art["paragraphs"] = [punct(p) for p in paragraphs]
        sheet.add(art, story)
        if cut_tail:
            sheet.mark(Ph.JUMP_CUT_TAIL)
        if story is top_photo:
            sheet.mark(Ph.PHOTO_TOP)
        blocks.append(_story_pieces(idx, story, rng, sheet, punct, spacing))
    sheet.current = None  # the passes below name the articles they touch
    _displace_headline(blocks, stories, sheet, rng)
    _photo_inside_story(blocks, stories, sheet, rng)
    _alternate(blocks, stories, sheet, rng)
    lines = [p.text for block in blocks for p in block]
    lines = _break_in_paragraph(lines, sheet, rng)
    lines = _duplicate(lines, sheet, rng)
    if rng.random() < 0.3:
        box = [punct(b) for b in box_lines(rng)]
        sheet.extras.extend(box)
        sheet.mark(Ph.BOX_LINES, whole_page=True)
        lines += box
    sheet.lines = top + lines
    return sheet


def _displace_headline(
    blocks: list[list[Piece]], stories: list[Story], sheet: Sheet, rng: random.Random
) -> None:
    """A feature's headline printed after its first paragraphs (as seed 003 prints one)."""
    for idx, story in enumerate(stories):
        block = blocks[idx]
        heads = [p for p in block if p.role is Role.HEAD]
        bodies = [i for i, p in enumerate(block) if p.role in (Role.LEAD, Role.BODY)]
        if story.kind != "feature" or not heads or len(bodies) < 6 or rng.random() > 0.3:
            continue
        rest = [p for p in block if p.role is not Role.HEAD]
        at = rest.index(block[bodies[rng.randint(1, 3)]]) + 1
        block[:] = rest[:at] + heads + rest[at:]
        sheet.mark(Ph.HEADLINE_DISPLACED, article=idx)


def _photo_inside_story(
    blocks: list[list[Piece]], stories: list[Story], sheet: Sheet, rng: random.Random
) -> None:
    """A photo item printed between two paragraphs of a long story (as in seed 003)."""
    photos = [
        i
        for i, s in enumerate(stories)
        if s.kind == "photo" and s.byline and not s.byline.startswith("以上")
    ]
    hosts = [i for i, b in enumerate(blocks) if sum(p.role is Role.BODY for p in b) >= 2]
    if not photos or not hosts or rng.random() > 0.35:
        return
    photo, host = rng.choice(photos), rng.choice(hosts)
    bodies = [i for i, p in enumerate(blocks[host]) if p.role is Role.BODY]
    at = bodies[len(bodies) // 2]
    blocks[host][at:at] = blocks[photo]
    blocks[photo] = []
    sheet.mark(Ph.PHOTO_INSIDE_STORY, article=photo)
    sheet.mark(Ph.PHOTO_INSIDE_STORY, article=host)


def _cuttable(piece: Piece, story: Story, kind: Cut) -> list[int]:
    """Where a paragraph line can be cut with a cut of this kind: never inside the
    dateline or jump marker that heads a lead paragraph."""
    start = 0
    if piece.role is Role.LEAD and (story.dateline or story.jumps_in):
        close = max(piece.text.find("）"), piece.text.find(")"))
        if close < 0:
            return []  # the first half of a broken dateline
        start = close + 6
    return [x for x in cut_points(piece.text)[kind] if x > start]


def _choose_cut(
    block: list[Piece], candidates: list[int], story: Story, turn: int, rng: random.Random
) -> tuple[int, int, Cut] | None:
    """(line, position, kind) of a cut among the candidate lines of a story: the kind first
    (taken in turn across the corpus so that each is well represented, the figure cut more
    often, as the paper shows it most), then a line that allows it."""
    kinds = list(Cut)
    order = kinds[turn % len(kinds) :] + kinds[: turn % len(kinds)]
    if rng.random() < 0.4:  # …完成投资 | 860亿元
        order.remove(Cut.FIGURE_UNIT)
        order.insert(0, Cut.FIGURE_UNIT)
    for kind in order:
        options = [i for i in candidates if _cuttable(block[i], story, kind)]
        if options:
            line = rng.choice(options)
            return line, rng.choice(_cuttable(block[line], story, kind)), kind
    return None


def _split(piece: Piece, at: int) -> tuple[Piece, Piece]:
    head, tail = piece.text[:at].rstrip(), piece.text[at:].lstrip()
    return Piece(head, piece.story, piece.role), Piece(tail, piece.story, Role.BODY)


def _alternate(
    blocks: list[list[Piece]], stories: list[Story], sheet: Sheet, rng: random.Random
) -> None:
    """Cut a story's paragraph mid-sentence and print the tail (and the paragraphs after
    it) a paragraph or two later inside the next story, as the extraction does when it
    reads two columns in alternation; often the next story is cut too where the tail
    lands, and its own tail follows (A1 B1 A2 B2, as seed 001 prints two stories)."""
    text_stories = [
        i for i, s in enumerate(stories) if s.kind != "photo" and len(s.paragraphs) >= 3
    ]
    pairs = list(itertools.pairwise(text_stories))
    rng.shuffle(pairs)
    n_cuts = rng.choice((0, 1, 2, 2, 3, 3))
    done: set[int] = set()
    for a, b in pairs[:n_cuts]:
        if a in done or b in done:
            continue
        A, B = blocks[a], blocks[b]
        body = [i for i, p in enumerate(A) if p.role in (Role.BODY, Role.LEAD) and p.story == a]
        cut = _choose_cut(A, body, stories[a], sheet.number + len(done), rng)
        if cut is None:
            continue
        ci, at, kind = cut
        head, tail = _split(A[ci], at)
        moved = [tail, *A[ci + 1 :]]
        A[ci:] = [head]
        # the tail lands after one or two paragraphs of the next story
        lead = next((i for i, p in enumerate(B) if p.role is Role.LEAD), 0)
        land = min(len(B), lead + rng.randint(1, 2))
        after: list[Piece] = []
        last = B[land - 1]
        if rng.random() < 0.5 and last.story == b and last.role in (Role.BODY, Role.LEAD):
            cut_b = _choose_cut(B, [land - 1], stories[b], sheet.number + len(done) + 1, rng)
            if cut_b is not None:
                _, at_b, kind_b = cut_b
                B[land - 1], tail_b = _split(B[land - 1], at_b)
                after = [tail_b]
                sheet.mark(kind_b, article=b)
        B[land:land] = moved + after
        # both stories come out mixed: the cut one and the one its tail lands in
        sheet.mark(Ph.CUT_ALTERNATING, kind, article=a)
        sheet.mark(Ph.CUT_ALTERNATING, article=b)
        if sum(p.role in (Role.BODY, Role.SUBHEAD) for p in moved) > 1:
            sheet.mark(Ph.DISPLACED_RUN, article=a)
        done.update((a, b))


def _break_in_paragraph(lines: list[str], sheet: Sheet, rng: random.Random) -> list[str]:
    """Now and then a long paragraph comes out on two adjacent lines (…全省上下持 / 续推动…)."""
    out = []
    for line in lines:
        if len(line) > 80 and rng.random() < 0.06:
            at = rng.randint(len(line) // 3, 2 * len(line) // 3)
            while at < len(line) and line[at] in NO_LINE_START + " ":
                at += 1
            out += [line[:at], line[at:]]
            sheet.mark(Ph.LINE_BREAK_IN_PARAGRAPH)
        else:
            out.append(line)
    return out


def _duplicate(lines: list[str], sheet: Sheet, rng: random.Random) -> list[str]:
    """A paragraph line printed a second time further down the page."""
    if rng.random() > 0.5:
        return lines
    bodies = [i for i, li in enumerate(lines) if len(li) > 40 and i < len(lines) - 3]
    if not bodies:
        return lines
    i = rng.choice(bodies)
    j = rng.randint(i + 2, len(lines))
    sheet.duplicates.append(lines[i].replace(" ", ""))
    sheet.mark(Ph.DUPLICATE_LINE)
    return [*lines[:j], lines[i], *lines[j:]]


# ---------------------------------------------------------------- the corpus


def page_name(layout: Layout, number: int, key: str) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    return f"{layout.value[0]}{number:02d}_{digest}.txt"


def compose(pages: list[PrintedPage]) -> tuple[dict[str, str], dict[str, dict], dict[str, dict]]:
    """All pages: name -> raw text, name -> gold, name -> manifest entry."""
    texts, golds, manifest = {}, {}, {}
    jieba.setLogLevel(60)
    for layout in Layout:
        render = render_columns if layout is Layout.COLUMNS else render_paragraphs
        number = 0
        for variant in range(LAYOUTS_PER_PAGE):
            for page in pages:
                key = f"{page.origin}:{layout.value}:{variant}"
                rng = random.Random(key)
                number += 1
                sheet = render(page, rng, number)
                name = page_name(layout, number, key)
                texts[name] = sheet.text(rng)
                tags = sorted({t for s in page.stories for t in s.tags})
                golds[name] = {
                    "source": name,
                    "issue_date": page.issue_date.isoformat(),
                    "issue_number": sheet.issue_number,
                    "page_count": sheet.page_count,
                    "articles": sheet.articles,
                    "extras": sheet.extras,
                    "duplicates": sheet.duplicates,
                }
                manifest[name] = {
                    "layout": layout.value,
                    "stories": page.origin,
                    "phenomena": sorted(sheet.phenomena | set(tags)),
                    "article_tags": sheet.article_tags,
                    "article_phenomena": [sorted(p) for p in sheet.article_phenomena],
                }
    return texts, golds, manifest


def thin_phenomena(manifest: dict) -> list[tuple[str, str]]:
    """(phenomenon, layout) pairs the corpus shows on too few pages."""
    counts = Counter((m["layout"], ph) for m in manifest.values() for ph in m["phenomena"])
    thin = []
    for ph in Ph:
        for layout in [ONE_LAYOUT[ph]] if ph in ONE_LAYOUT else list(Layout):
            if counts[(layout.value, ph.value)] < MIN_PAGES_PER_PHENOMENON:
                thin.append((ph.value, layout.value))
    return thin


def outputs() -> dict[Path, str]:
    texts, golds, manifest = compose(load_stories())
    out = {PAGES_DIR / n: t for n, t in texts.items()}
    for n, g in golds.items():
        out[GOLD_DIR / n.replace(".txt", ".json")] = (
            json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        )
    out[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    a = ap.parse_args(argv)
    out = outputs()
    existing = set(PAGES_DIR.glob("*.txt")) | set(GOLD_DIR.glob("*.json"))
    if a.check:
        stale = [p for p, t in out.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
        stale += sorted(existing - set(out))
        for p in stale:
            print(f"out of date: {p.relative_to(HERE)}")
        return 1 if stale else 0
    PAGES_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    for p in existing - set(out):
        p.unlink()
    for p, t in out.items():
        p.write_text(t, encoding="utf-8")
    manifest = json.loads(out[MANIFEST])
    counts = Counter((m["layout"], ph) for m in manifest.values() for ph in m["phenomena"])
    layouts = Counter(m["layout"] for m in manifest.values())
    for ph, layout in thin_phenomena(manifest):
        print(f"warning: {ph} on fewer than {MIN_PAGES_PER_PHENOMENON} {layout} pages")
    print(f"{len(manifest)} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())))
    for ph in sorted({ph for _, ph in counts}):
        col, par = counts[("columns", ph)], counts[("paragraphs", ph)]
        print(f"  {ph:28} columns {col:3}  paragraphs {par:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
