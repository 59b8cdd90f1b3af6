"""Lay the held-out stories out as raw page text, with gold, the way the paper's PDF
extraction prints them.

    python tests/holdout/compose.py

Reads stories.json beside this file and rewrites pages/*.txt and gold/*.json. Each issue
of stories is laid out on four pages: two in the column-broken layout (one printed column
line per text line, blank lines between) and two in the one-paragraph-a-line layout.
Deterministic: every choice comes from a generator seeded by the page's name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
WEEKDAYS = "一二三四五六日"
# Lunar dates and issue numbers as the masthead prints them (the issue number grows by one
# a day from a known pair).
LUNAR = {
    "2016-05-13": "丙申年四月初七",
    "2018-09-21": "戊戌年八月十二",
    "2022-11-04": "壬寅年十月十一",
    "2024-06-28": "甲辰年五月廿三",
    "2026-03-17": "丙午年正月廿九",
}
ISSUE_NUMBER_AT = (dt.date(2025, 3, 27), 27314)
HALF_WIDTH = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?"})
# Characters a printed line never starts with: they hang at the end of the line before.
NO_LINE_START = set("，。、；：？！）》”’%,.;:?!)")
PUNCT = set("，。、；：？！（）《》“”‘’—…,.;:?!()")
OPENERS = set("“‘（《(")
UNIT_AFTER_FIGURE = re.compile(r"\d+(?:\.\d+)?(?=[万亿千百个家项名元吨亩人公条对座户%])")
EDITORS = ["唐一帆", "邵雨晴", "曾柏林", "龚晓岚", "罗梦溪"]


def width(text: str) -> int:
    """Display width in half-character units: CJK and full-width take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ---------------------------------------------------------------- PDF spacing artefacts


def space_numbers(line: str, both: bool) -> str:
    """Glyph gaps around digit runs: `今年 2 月`, ` 2600亿元` (before only)."""
    line = re.sub(r"(?<=[^\x00-\x7f])(?=\d)", " ", line)
    if both:
        line = re.sub(r"(?<=\d)(?=[^\x00-\x7f%])", " ", line)
    return line


def space_punct(line: str) -> str:
    """Gaps around full-width commas and stops: `隆 ， 20 多`."""
    return re.sub(r"\s*([，。、；])\s*", r" \1 ", line).strip()


def space_quotes(line: str) -> str:
    """A gap after an opening quote: `“ 新湖南”`."""
    return line.replace("“", "“ ")


def spread(line: str) -> str:
    """A justified line whose glyphs were spread: a gap after every glyph but punctuation,
    digit runs kept whole (`总 部 、区 域 总 部 、功 能`)."""
    tokens = re.findall(r"[0-9A-Za-z.%]+|.", line)
    out = ""
    for tok in tokens:
        out += tok if tok in PUNCT else tok + " "
    return out.strip()


def space_all(line: str) -> str:
    """A caption whose every glyph came out apart."""
    return " ".join(line)


# ---------------------------------------------------------------- page and gold


@dataclass
class Page:
    name: str
    issue_date: str
    lines: list[str] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    def gold(self) -> dict:
        return {
            "source": self.name + ".txt",
            "issue_date": self.issue_date,
            "issue_number": None,
            "page_count": None,
            "articles": self.articles,
            "extras": self.extras,
            "duplicates": self.duplicates,
        }


def gold_article(story: dict, paragraphs: list[str]) -> dict:
    keys = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
    art = {k: story[k] for k in keys}
    art["subheads"] = list(story["subheads"])
    art["paragraphs"] = paragraphs
    return art


def localise(story: dict, half: bool) -> dict:
    """The story as this page prints it: half-width punctuation on some pages."""
    if not half:
        return story
    out = {}
    for k, v in story.items():
        if isinstance(v, str):
            out[k] = v.translate(HALF_WIDTH)
        elif k in ("subheads", "paragraphs"):
            out[k] = [p.translate(HALF_WIDTH) for p in v]
        else:
            out[k] = v
    return out


def jumped(story: dict) -> list[str]:
    """Paragraphs as printed: a story that jumps to another page stops mid-sentence."""
    paras = list(story["paragraphs"])
    if story["continued"].startswith("下转"):
        last = paras[-1]
        cut = int(len(last) * 0.6)
        while last[cut - 1] in PUNCT or last[cut] in PUNCT:
            cut += 1
        paras[-1] = last[:cut]
    return paras


def cut_point(text: str, rng: random.Random) -> int:
    """Where a paragraph is cut mid-sentence: before a figure or between a figure and
    its unit when it has one, else inside a run of characters."""
    lo, hi = int(len(text) * 0.25), int(len(text) * 0.85)
    figures = [m for m in UNIT_AFTER_FIGURE.finditer(text) if lo <= m.start() < hi]
    if figures:
        m = rng.choice(figures)
        return m.end() if rng.random() < 0.5 else m.start()
    for _ in range(50):
        i = rng.randrange(lo, hi)
        if text[i - 1] not in PUNCT and text[i] not in PUNCT and not text[i].isdigit():
            return i
    return lo


def issue_number(date: str) -> int:
    day = dt.date.fromisoformat(date)
    return ISSUE_NUMBER_AT[1] + (day - ISSUE_NUMBER_AT[0]).days


def masthead_front(date: str, pages: int, rng: random.Random) -> list[list[str]]:
    """The front page masthead in drawing order, as groups of adjacent lines."""
    day = dt.date.fromisoformat(date)
    y_m, d, wk = f"{day.year}年{day.month}月", str(day.day), "星期" + WEEKDAYS[day.weekday()]
    groups = [[y_m]]
    groups += [[f"{d} {wk}"]] if rng.random() < 0.5 else [[d], [wk]]
    groups += [[LUNAR[date], f"第{issue_number(date)}号"], [f"今日{pages}版"]]
    return groups


def masthead_inner(date: str, page_no: int, section: str, rng: random.Random) -> list[str]:
    """An inner page's header pieces, some merged, in drawing order."""
    day = dt.date.fromisoformat(date)
    wk = "星期" + WEEKDAYS[day.weekday()]
    full = f"{day.year}年{day.month}月{day.day}日"
    pieces = [f"{full} {wk}"] if rng.random() < 0.5 else [full, wk]
    pieces += [section, f"{page_no:02d}", f"责任编辑 {rng.choice(EDITORS)}"]
    head, tail = pieces[:2], pieces[2:]
    rng.shuffle(tail)
    return head + tail


# ---------------------------------------------------------------- column-broken layout


@dataclass
class ColStyle:
    numbers: str  # "", "before" or "both"
    spread_p: float
    glyph_p: float
    heads: list[str]  # per story: "before", "after" or "bunched"


class ColumnPage:
    """One printed column line per text line, a blank line between lines; a headline
    broken over lines keeps its pieces adjacent."""

    def __init__(self, page: Page, style: ColStyle, rng: random.Random):
        self.page, self.style, self.rng = page, style, rng
        self.groups: list[list[str]] = []  # adjacent lines; groups are blank-separated

    def emit(self, *lines: str) -> None:
        self.groups.append(list(lines))

    def body_line(self, line: str, last: bool) -> str:
        st, rng = self.style, self.rng
        justified = not last and not line.startswith("▲")
        if justified and rng.random() < st.spread_p and any(c in PUNCT for c in line):
            return spread(line)
        if st.numbers:
            line = space_numbers(line, st.numbers == "both")
        if rng.random() < st.glyph_p:
            line = space_punct(line)
        return line

    def flow(self, text: str, cols: int, force: int = 0) -> list[str]:
        """Break text into column lines of `cols` half-width units; a forced first break
        at `force` characters (a dateline cut in its date or after 记者)."""
        # a figure is set as one unbreakable run of glyphs
        tokens = re.findall(r"[0-9.%]+|.", text)
        lines, i = [], 0
        if force:
            k, n = 0, 0
            while n < force:
                n += len(tokens[k])
                k += 1
            lines.append("".join(tokens[:k]))
            i = k
        while i < len(tokens):
            j, w = i, 0
            while j < len(tokens) and (j == i or w + width(tokens[j]) <= cols):
                w += width(tokens[j])
                j += 1
            while j < len(tokens) and tokens[j] in NO_LINE_START:
                j += 1
            if j - i > 1 and j < len(tokens) and tokens[j - 1] in OPENERS:
                j -= 1  # an opening mark never ends a line
            lines.append("".join(tokens[i:j]))
            i = j
        return lines

    def paragraph(self, text: str, cols: int, force: int = 0) -> None:
        lines = self.flow(text, cols, force)
        for n, line in enumerate(lines):
            # a line cut short by a forced break is not justified
            self.emit(self.body_line(line, n == len(lines) - 1 or (n == 0 and bool(force))))

    def headline(self, st: dict) -> list[list[str]]:
        rng, groups = self.rng, []
        if st["kicker"]:
            groups.append([st["kicker"]])
        title = st["title"]
        if title:
            splits = [k for k in range(3, 7) if len(title) >= 13 and self.breakable(title, k)]
            if splits and rng.random() < 0.6:
                k = rng.choice(splits)
                groups.append([title[:-k], title[-k:]])
            elif " " in title and rng.random() < 0.3:
                groups.append(title.split(" ", 1))
            else:
                groups.append([title])
        if st["subtitle"]:
            groups.append([st["subtitle"]])
        if st["kind"] == "commentary" and st["byline"] and groups:
            groups[-1].append(st["byline"])  # a commentary's byline sits under its title
        return groups

    @staticmethod
    def breakable(title: str, k: int) -> bool:
        """Whether a headline may wrap before its last k characters: not after an
        opening mark, not before a closing one, not inside a quotation."""
        head, tail = title[:-k], title[-k:]
        return (
            head[-1] not in OPENERS
            and tail[0] not in NO_LINE_START
            and tail.count("“") == tail.count("”")
            and " " not in tail
        )

    def dateline_break(self, dateline: str) -> int:
        mode = self.rng.choice(["flow", "label", "date", "tongxun"])
        if mode == "label" and "记者" in dateline:
            return dateline.index("记者") + 2
        if mode == "date":
            m = re.search(r"\d+(?=日[讯电])", dateline)
            return m.end() if m else 0
        if mode == "tongxun" and "通讯员" in dateline:
            return dateline.index("通讯员")
        return 0

    def story(self, st: dict, cols: int, head_mode: str, bunch: list) -> None:
        rng = self.rng
        paras = jumped(st)
        heads = self.headline(st)
        label_after = st["column"] and rng.random() < 0.5
        if st["column"] and not label_after:
            self.emit(st["column"])
        if head_mode == "before":
            for g in heads:
                self.emit(*g)
        elif head_mode == "bunched":
            bunch.extend(heads)
        if st["kind"] == "photo":
            self.photo(st, paras[0])
        else:
            # a commentary's byline sits under its title unless the title comes after
            if st["byline"] and (st["kind"] != "commentary" or head_mode == "after"):
                self.byline(st["byline"])
            if st["continued"].startswith(("上接", "紧接")):
                marker = "▲ ▲（" + st["continued"] + "）"
                self.page.extras.append(marker)
                if rng.random() < 0.5:
                    self.emit(marker)
                else:
                    paras = [marker + paras[0], *paras[1:]]
            for n, p in enumerate(paras):
                if p in st["subheads"]:
                    self.emit(p)
                elif n == 0 and st["dateline"]:
                    dl = st["dateline"]
                    self.paragraph(dl + p, cols, self.dateline_break(dl))
                else:
                    self.paragraph(p, cols)
            if st["continued"].startswith("下转"):
                marker = rng.choice(["▶", "▷", ""]) + "（" + st["continued"] + "）"
                self.page.extras.append(marker)
                if rng.random() < 0.5:
                    self.groups[-1][-1] += marker
                else:
                    self.emit(marker)
        if head_mode == "after":
            for g in heads:
                if st["kind"] == "commentary":
                    g = [x for x in g if x != st["byline"]]
                if g:
                    self.emit(*g)
        if label_after:
            self.emit(st["column"])

    def byline(self, text: str) -> None:
        parts = text.split(" ")
        if len(parts) >= 2 and self.rng.random() < 0.5:
            k = self.rng.randint(1, len(parts) - 1)
            self.emit(" ".join(parts[:k]))
            self.emit(" ".join(parts[k:]))
        else:
            self.emit(text)

    def photo(self, st: dict, caption: str) -> None:
        rng = self.rng
        credit = st["byline"]
        if credit.startswith("以上图片"):
            self.paragraph(caption, 88)
            self.emit(credit)
            return
        mode = rng.choice(["one", "flow", "own"])
        if mode == "one":
            self.emit(caption + " " + credit)
        elif mode == "flow":
            lines = self.flow(caption + " " + credit, 92)
            for line in lines:
                self.emit(line)
        else:
            self.emit(caption)
            self.emit(" " * rng.randint(20, 40) + credit)

    def render(self, stories: list[dict], extras_top: list[str], box: list[str]) -> None:
        rng = self.rng
        for piece in extras_top:
            self.emit(piece)
        bunch: list[list[str]] = []
        for st, mode in zip(stories, self.style.heads, strict=True):
            if st["kind"] == "photo" and mode == "bunched":
                mode = "before"
            if st["kind"] == "commentary":
                cols = rng.choice([24, 26])
            elif st["kind"] == "feature":
                cols = rng.choice([40, 44])
            else:
                cols = rng.choice([30, 32, 34, 44])
            self.story(st, cols, mode, bunch)
            if box and rng.random() < 0.3:
                self.emit(*box)
                box = []
            if bunch and rng.random() < 0.3:
                # headlines drawn apart from their stories come out together
                for g in bunch:
                    self.emit(*g)
                bunch = []
        for g in bunch:
            self.emit(*g)
        if box:
            self.emit(*box)
        out = []
        for g in self.groups:
            out.extend(g)
            out.append("")
        self.page.lines = out


# ---------------------------------------------------------------- one-paragraph-a-line layout


@dataclass
class LineStyle:
    half: bool
    numbers: bool
    quotes: bool
    cut_p: float
    interleave_p: float
    dup: bool


class LinePage:
    """Masthead on top, each paragraph on one line, a blank line between; stories cut
    mid-sentence and continued after a piece of the next story."""

    def __init__(self, page: Page, style: LineStyle, rng: random.Random):
        self.page, self.style, self.rng = page, style, rng

    def headline(self, st: dict) -> list[str]:
        rng, page = self.rng, self.page
        parts = [p for p in (st["kicker"], st["title"], st["subtitle"]) if p]
        if not parts:
            return []
        mode = rng.choice(["one", "multi", "multi", "split"])
        if mode == "one" and len(parts) > 1 and not st["subtitle"].endswith("出席"):
            lines = [" ".join(parts)]
        elif mode == "split" and st["kicker"] and len(st["kicker"]) >= 8:
            kicker = st["kicker"]
            k = rng.randint(3, len(kicker) - 4)
            while k < len(kicker) - 2 and (kicker[k - 1] in PUNCT or kicker[k] in PUNCT):
                k += 1
            lines = [st["kicker"][:k], st["kicker"][k:], *parts[1:]]
        else:
            lines = parts
        if st["title"] and rng.random() < 0.25:
            # a title drawn twice for a bold effect
            i = next(n for n, x in enumerate(lines) if st["title"] in x)
            if lines[i] == st["title"] and rng.random() < 0.5:
                lines.insert(i + 1, st["title"])
            else:
                lines[i] = lines[i].replace(st["title"], st["title"] * 2)
            page.duplicates.append(st["title"])
        return lines

    def body(self, line: str, caption: bool = False) -> str:
        st, rng = self.style, self.rng
        if caption and rng.random() < 0.3:
            return space_all(line)
        if st.numbers:
            line = space_numbers(line, rng.random() < 0.5)
        if st.quotes and rng.random() < 0.5:
            line = space_quotes(line)
        if rng.random() < 0.1:
            line = space_punct(line)
        return line

    def units(self, st: dict) -> list[tuple[str, str]]:
        """The story's printed lines, each with its kind: "cut" (a body paragraph that may
        be cut), "body" (one that is not), "caption" or "plain"."""
        rng = self.rng
        out: list[tuple[str, str]] = []
        label_after = st["column"] and rng.random() < 0.5
        if st["column"] and not label_after:
            out.append((st["column"], "plain"))
        out += [(h, "plain") for h in self.headline(st)]
        paras = jumped(st)
        if st["kind"] == "photo":
            if st["byline"].startswith("以上图片") or rng.random() < 0.5:
                out += [(paras[0], "caption"), (st["byline"], "plain")]
            else:
                out.append((paras[0] + " " + st["byline"], "caption"))
            return out
        byline_end = st["byline"].endswith("报道") and rng.random() < 0.5
        if st["byline"] and not byline_end:
            out.append((st["byline"], "plain"))
        for n, p in enumerate(paras):
            if p in st["subheads"]:
                out.append((p, "plain"))
            elif n == 0 and st["continued"].startswith(("上接", "紧接")):
                marker = "（" + st["continued"] + "）"
                self.page.extras.append(marker)
                out.append((marker + p, "body"))
            elif n == 0 and st["dateline"]:
                out.append((st["dateline"] + p, "body"))
            else:
                out.append((p, "cut"))
        if byline_end:
            out.append((st["byline"], "plain"))
        if st["continued"].startswith("下转"):
            marker = rng.choice(["▷", "▶"]) + "(" + st["continued"] + ")"
            self.page.extras.append(marker)
            out.append((marker, "plain"))
        if label_after:
            out.append((st["column"], "plain"))
        return out

    def render(self, stories: list[dict], top: list[list[str]], box: list[str]) -> None:
        rng, style = self.rng, self.style
        units = [self.units(st) for st in stories]
        stream: list[tuple[str, str]] = [("\n".join(g), "plain") for g in top]
        i = 0
        pending: list[tuple[str, str]] = []  # the rest of a story already started
        while i < len(units):
            mine = pending or units[i]
            cuttable = [n for n, (_, kind) in enumerate(mine) if kind == "cut"]
            pending = []
            if not cuttable or rng.random() >= style.cut_p:
                stream += mine
                i += 1
                continue
            n = rng.choice(cuttable)
            text = mine[n][0]
            k = cut_point(text, rng)
            head, tail = (text[:k], "body"), (text[k:], "body")
            if i + 1 < len(units) and rng.random() < style.interleave_p:
                # the tail comes after the next story's headline and first paragraph
                nxt = units[i + 1]
                take = next((m for m, (_, kind) in enumerate(nxt) if kind != "plain"), 0)
                take = min(len(nxt), take + 1 + rng.randint(0, 1))
                stream += [*mine[:n], head, *nxt[:take], tail, *mine[n + 1 :]]
                pending = nxt[take:]
                i += 1 if pending else 2
                continue
            stream += [*mine[:n], head, tail, *mine[n + 1 :]]
            i += 1
        if style.dup:
            body = [n for n, (s, kind) in enumerate(stream) if kind != "plain" and len(s) > 30]
            if body:
                n = rng.choice(body[len(body) // 2 :])
                dup = stream[n : n + rng.randint(1, 2)]
                at = min(len(stream), n + len(dup) + rng.randint(1, 3))
                stream[at:at] = dup
                self.page.duplicates.extend(s for s, _ in dup)
        if box:
            stream.insert(rng.randint(len(top), len(stream)), ("\n".join(box), "plain"))
        printed = [s if kind == "plain" else self.body(s, kind == "caption") for s, kind in stream]
        self.page.lines = ["", "", *(x for s in printed for x in (s, ""))]


# ---------------------------------------------------------------- the twenty pages


def page_name(date: str, variant: int, n: int) -> str:
    digest = hashlib.sha256(f"holdout-{date}-{variant}".encode()).hexdigest()[:16]
    return f"h{n:02d}_{digest}"


def compose(issue: dict, variant: int, n: int) -> Page:
    date, page_no = issue["issue_date"], issue["page"]
    name = page_name(date, variant, n)
    rng = random.Random(name)
    page = Page(name, date)
    stories = list(issue["stories"])
    rng.shuffle(stories)
    if variant % 2 and len(stories) > 5:
        stories = stories[:5]
    if variant < 2:  # column-broken
        half = False
        stories = [localise(s, half) for s in stories]
        heads = [
            rng.choice(
                ["after", "after", "before", "bunched"]
                if variant == 0
                else ["before", "before", "after", "bunched"]
            )
            for _ in stories
        ]
        style = ColStyle(
            numbers=["both", "before"][variant], spread_p=0.12, glyph_p=0.05, heads=heads
        )
        header = masthead_inner(date, page_no if page_no > 1 else 2, "要闻", rng)
        page.extras.extend(header)
        box = []
        if variant == 1:
            box = [f"距离{date[:4]}湖南（国际）矿物宝石博览会开幕", f"还有{rng.randint(20, 90)}天"]
            page.extras.extend(box)
        cp = ColumnPage(page, style, rng)
        top = header if rng.random() < 0.5 else []
        cp.render(stories, top, box)
        if not top:
            page.lines += [*(x for h in header for x in (h, ""))]
        order = stories
    else:
        half = variant == 3
        stories = [localise(s, half) for s in stories]
        style = LineStyle(
            half=half,
            numbers=variant == 3 or rng.random() < 0.5,
            quotes=variant == 2,
            cut_p=0.6,
            interleave_p=0.6,
            dup=True,
        )
        if page_no == 1:
            top = masthead_front(date, rng.choice([8, 12, 16]), rng)
        else:
            top = [[p] for p in masthead_inner(date, page_no, "要闻", rng)]
        for g in top:
            page.extras.extend(g)
        photos = [s for s in stories if s["kind"] == "photo"]
        if photos and variant == 3:  # a photo at the top of the page
            stories = photos + [s for s in stories if s["kind"] != "photo"]
        box = []
        if variant == 2:
            box = [f"{date[:4]}湖南国际矿物宝石博览会", f"倒计时{rng.randint(5, 30)}天"]
            page.extras.extend(box)
        LinePage(page, style, rng).render(stories, top, box)
        order = stories
    page.articles = [gold_article(s, jumped(s)) for s in order]
    return page


def write(out: Path) -> int:
    """Compose every page into out/pages and out/gold; returns how many pages."""
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    pages_dir, gold_dir = out / "pages", out / "gold"
    for d in (pages_dir, gold_dir):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("h*_*.*"):
            old.unlink()
    n = 0
    for issue in data["issues"]:
        for variant in range(4):
            page = compose(issue, variant, n)
            n += 1
            (pages_dir / f"{page.name}.txt").write_text("\n".join(page.lines), encoding="utf-8")
            (gold_dir / f"{page.name}.json").write_text(
                json.dumps(page.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    return n


if __name__ == "__main__":
    print(f"{write(HERE)} pages")
