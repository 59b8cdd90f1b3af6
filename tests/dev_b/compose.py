#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw e-paper pages and write their exact gold.

    python3 compose.py            writes pages/<name>.txt, gold/<name>.json, phenomena.json

Two layouts, both drawn from how the seed pages come out of the PDF extraction:

* columns  (seeds 000, 004): one printed column line per text line, a blank line after
  every line; justified lines that came out short are spread with a space between glyphs;
  headlines stand after their body, before it, or bunched with other stories' headlines.
* lines    (seeds 001-003): one paragraph a line; headline parts joined by spaces; a
  paragraph may be cut and finished later, after pieces of the next story; lines may be
  printed twice; photo captions follow three blank lines.

Every random choice comes from random.Random(<page file name>), so the output is the same
on every run. Python 3.11 standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import math
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEK = "一二三四五六日"
CIRCLED = "①②③④⑤⑥"

# glyph classes (what the line breaker and the spreading need to know)
CLOSE = set("，。、；：？！”’）》」…—,;:?!)")          # may not start a line
OPEN = set("“‘（《「(")                                 # may not end a line
GLUE_NEXT = set("，。、；：？！”’）》」,;:?!)")          # spread lines: no space after these
GLUE_PREV_B = set("“‘（《(")                             # spread lines: no space before these
GLUE_AFTER_OPEN = set("（《(")                           # spread lines: brackets hug what follows
GLUE_BEFORE_CLOSE = set("）》)")                         # … and what precedes
RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%‰+\-]*")
CJK = re.compile(r"[\u3400-\u9fff]")


# ----------------------------------------------------------------------------- text utils
def is_han(ch: str) -> bool:
    return bool(ch) and bool(CJK.match(ch))


def is_bare_names(b: str) -> bool:
    """A byline that is only one or two personal names (issue 8, cause 4)."""
    parts = b.split()
    return 1 <= len(parts) <= 2 and all(2 <= len(x) <= 4 and all(is_han(c) for c in x) for x in parts)


def clean_para(s: str) -> str:
    """Gold paragraphs carry no layout space between Chinese characters."""
    return re.sub(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])", "", s)


def punct(s: str, style: str) -> str:
    """The page's punctuation widths (seed 001 prints half-width , ; : ( ), 002/003 half-width ( ))."""
    if style == "full" or not s:
        return s
    table = {"（": "(", "）": ")"}
    if style == "half":
        table.update({"，": ",", "；": ";", "：": ":"})
    return s.translate(str.maketrans(table))


class Tok:
    __slots__ = ("t", "w", "kind")

    def __init__(self, t: str, w: float, kind: str):
        self.t, self.w, self.kind = t, w, kind      # kind: han | run | punct | space


def tokenize(s: str) -> list[Tok]:
    out, i = [], 0
    while i < len(s):
        m = RUN.match(s, i)
        if m:
            r = m.group(0)
            out.append(Tok(r, max(0.5, math.ceil(len(r)) * 0.5), "run"))
            i = m.end()
            continue
        two = s[i:i + 2]
        if two in ("……", "——"):
            out.append(Tok(two, 2.0, "punct"))
            i += 2
            continue
        ch = s[i]
        if ch == " ":
            out.append(Tok(" ", 0.5, "space"))
        elif ch in CLOSE or ch in OPEN or ch in "·丨|":
            out.append(Tok(ch, 1.0, "punct"))
        else:
            out.append(Tok(ch, 1.0, "han"))
        i += 1
    return out


class Style:
    """Per-page habits of the extraction: number spacing, punctuation width, glyph gaps."""

    def __init__(self, rng: random.Random, layout: str):
        self.rng = rng
        if layout == "columns":
            self.punct = rng.choices(["full", "paren"], [0.8, 0.2])[0]
            self.p_before = rng.choice([0.95, 0.9, 0.6])
            self.p_after = rng.choice([0.85, 0.5, 0.1])
            self.spread_extra = rng.choice([0.02, 0.05])
        else:
            self.punct = rng.choices(["full", "paren", "half"], [0.5, 0.3, 0.2])[0]
            spaced = rng.random() < 0.35
            self.p_before = 0.9 if spaced else 0.0
            self.p_after = rng.choice([0.9, 0.6]) if spaced else 0.0
            self.spread_extra = 0.0
        self.pct_gap = rng.random() < 0.12          # "12 %"
        self.quote_gap = rng.random() < 0.25        # "“ 新湖南”"
        self.punct_gap = rng.random() < 0.2         # "隆 ， 20 多"
        self.tags = set()
        if self.punct != "full":
            self.tags.add("punct_" + self.punct)
        if self.p_before:
            self.tags.add("number_spaces")

    # a normally set line: spaces only where the glyph gaps of the PDF leave them
    def render(self, toks: list[Tok]) -> str:
        rng, out = self.rng, []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.kind == "run":
                if prev is not None and prev.kind == "han" and rng.random() < self.p_before:
                    out.append(" ")
                r = t.t
                if self.pct_gap and r.endswith("%") and len(r) > 1 and rng.random() < 0.5:
                    r = r[:-1] + " %"
                    self.tags.add("percent_gap")
                out.append(r)
                if nxt is not None and nxt.kind == "han" and rng.random() < self.p_after:
                    out.append(" ")
                continue
            if t.kind == "punct" and self.punct_gap and t.t in "，、" and rng.random() < 0.08:
                out.append(" " + t.t + " ")
                self.tags.add("punct_gap")
                continue
            out.append(t.t)
            if t.t == "“" and self.quote_gap and rng.random() < 0.35:
                out.append(" ")
                self.tags.add("quote_gap")
        return re.sub(r" {2,}", " ", "".join(out)).strip(" ") if toks else ""

    def text(self, s: str) -> str:
        return self.render(tokenize(s))


def spread(toks: list[Tok]) -> str:
    """A justified line that came out short: the extraction puts a space between glyphs,
    except that punctuation hugs one side (seed 000: `总 部 、区 域`, `是“ 买 全 球 ”“ 卖`)."""
    parts = [t for t in toks if t.kind != "space"]
    out = []
    for i, t in enumerate(parts):
        if i:
            a, b = parts[i - 1].t, t.t
            glue = (a[-1] in GLUE_NEXT or b[0] in GLUE_PREV_B or a[-1] in GLUE_AFTER_OPEN
                    or b[0] in GLUE_BEFORE_CLOSE)
            if not glue:
                out.append(" ")
        out.append(t.t)
    return "".join(out)


def break_lines(toks: list[Tok], width: int, first: int) -> list[tuple[list[Tok], float, float]]:
    """Fill lines of `width` ems (the first one `first` ems: the paragraph indent).
    Closing punctuation may hang one em past the edge; an opening mark never ends a line;
    a number run that does not fit goes down whole. Returns (tokens, used, limit)."""
    lines = []
    cur, used, limit = [], 0.0, float(first)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "space" and not cur:
            i += 1
            continue
        if used + t.w <= limit + 1e-9:
            cur.append(t)
            used += t.w
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nxt_close = nxt is not None and nxt.kind == "punct" and nxt.t[0] in CLOSE
        if t.kind == "punct" and t.t[0] in CLOSE and used + t.w <= limit + 1.01 and not nxt_close:
            cur.append(t)           # hanging punctuation
            used += t.w
            i += 1
        elif t.kind == "punct" and t.t[0] in CLOSE and cur:
            # a closing mark may not start a line: take the last glyph down with it
            while cur and cur[-1].kind == "punct" and cur[-1].t[0] in CLOSE:
                used -= cur.pop().w
                i -= 1
            if cur:
                used -= cur.pop().w
                i -= 1
        while cur and (cur[-1].t[-1] in OPEN or cur[-1].kind == "space"):
            last = cur.pop()
            used -= last.w
            i -= 1
        if not cur:                 # pathological: force the token onto this line
            cur.append(toks[i])
            used += toks[i].w
            i += 1
        # a line that ends where the text has a space (between a byline's names) is set
        # ragged, not spread (seed 004: `…（全媒体记者 彭可心` / `通讯员 苏立）…`)
        if i < len(toks) and toks[i].kind == "space":
            limit = used
        lines.append((cur, used, limit))
        cur, used, limit = [], 0.0, float(width)
    if cur:
        lines.append((cur, used, limit))
    return lines


def choose_cut(text: str, rng: random.Random, start: int = 0) -> tuple[int, str]:
    """Where the one-paragraph-a-line layout cuts a paragraph (issue 8: between a verb and
    its figure, a figure and its unit, inside a word or an abbreviation, after a comma,
    before a closing mark)."""
    lo, hi = max(start + 6, 6), len(text) - 5
    cands: dict[str, list[int]] = {"num_before": [], "num_unit": [], "word": [], "comma": [], "close": []}
    in_run = set()
    for m in RUN.finditer(text):
        in_run.update(range(m.start() + 1, m.end()))
    for i in range(lo, hi):
        a, b = text[i - 1], text[i]
        if i in in_run:
            continue
        if b.isdigit() and is_han(a):
            cands["num_before"].append(i)
        elif (a.isdigit() or a == "%") and is_han(b):
            cands["num_unit"].append(i)
        elif a in "，、；,;" and is_han(b):
            cands["comma"].append(i)
        elif b in "”）)，、" and is_han(a):
            cands["close"].append(i)
        elif is_han(a) and is_han(b):
            cands["word"].append(i)
    weights = {"num_before": 3, "num_unit": 3, "word": 3, "comma": 2, "close": 0.6}
    kinds = [k for k in cands if cands[k]]
    if not kinds:
        return -1, ""
    k = rng.choices(kinds, [weights[x] for x in kinds])[0]
    return rng.choice(cands[k]), k


# ----------------------------------------------------------------------------- stories -> gold
def cut_of(st: dict):
    return tuple(st["cut"]) if st.get("cut") else None


def split_paras(st: dict, part: str) -> list[str]:
    paras = st["paragraphs"]
    c = cut_of(st)
    if part == "whole" or c is None:
        return list(paras)
    pi, ci = c
    if part == "head":
        return paras[:pi] + [paras[pi][:ci]]
    return [paras[pi][ci:]] + paras[pi + 1:]


class Item:
    """One article as laid out on one page, with its gold record."""

    def __init__(self, st: dict, part: str, style: Style, marker: str = ""):
        self.st, self.part, self.style = st, part, style
        P = lambda s: punct(s, style.punct)
        self.kind = "continuation" if part == "tail" else st["kind"]
        whole_or_head = part in ("whole", "head")
        self.column = P(st["column"]) if whole_or_head else ""
        self.kicker = P(st["kicker"]) if whole_or_head else ""
        self.title = P(st["title"]) if whole_or_head else ""
        self.subtitle = P(st["subtitle"]) if whole_or_head else ""
        self.extra = P(st["extra"]) if whole_or_head else ""
        self.byline = P(st["byline"] or st["credit"]) if whole_or_head else ""
        self.endline = P(st["endline"]) if part in ("whole", "tail") else ""
        self.dateline = P(st["dateline"]) if whole_or_head else ""
        self.paras = [P(p) for p in split_paras(st, part)]
        subs = {P(s) for s in st["subheads"]}
        self.subheads = [p for p in self.paras if p in subs]
        self.marker = marker            # continued text: 下转2版 / 上接1版①
        self.tags: set[str] = set()
        self.flags = set(st["flags"])

    @property
    def photo(self) -> bool:
        return self.kind == "photo"

    def gold(self) -> dict:
        sub = self.subtitle
        if self.extra:
            sub = (sub + " " + self.extra).strip()
        return {
            "kind": self.kind, "column": self.column, "kicker": self.kicker, "title": self.title,
            "subtitle": sub, "byline": self.byline or self.endline, "dateline": self.dateline,
            "continued": self.marker, "subheads": self.subheads,
            "paragraphs": [clean_para(p) for p in self.paras],
        }

    def head_lines(self) -> list[tuple[str, str]]:
        """The headline stack as (role, text)."""
        out = []
        for role in ("kicker", "title", "subtitle", "extra"):
            v = getattr(self, role)
            if v:
                out.append((role, v))
        return out


# ----------------------------------------------------------------------------- page furniture
def masthead(rng: random.Random, issue: dict, date: datetime.date, layout: str) -> list[list[str]]:
    """Front-page masthead pieces in PDF drawing order; a list of row groups."""
    wk = "星期" + WEEK[date.weekday()]
    ym = f"{date.year}年{date.month}月"
    d = str(date.day)
    no = f"第{issue['no']}号"
    pages = f"今日{issue['pages']}版"
    lunar = issue["lunar"]
    variants = [
        [[ym], [d], [wk], [lunar, no], [pages]],
        [[ym], [d + " " + wk], [lunar], [no], [pages]],
        [[f"{ym}{d}日"], [wk], [lunar, no], [pages]],
        [[ym], [d], [wk], ["农历" + lunar], [no + " " + pages]],
    ]
    rows = rng.choice(variants)
    if rng.random() < 0.4:
        rows = rows + [["国内统一连续出版物号 CN 43-0001"]]
    if rng.random() < 0.25:
        rows = [["湖南日报社出版"]] + rows
    return rows


def header_strip(rng: random.Random, date: datetime.date, page: dict, editors: tuple[str, str]) -> list[list[str]]:
    wk = "星期" + WEEK[date.weekday()]
    full = f"{date.year}年{date.month}月{date.day}日"
    no = page["no"]
    sec = page["section"]
    ed = f"责任编辑 {editors[0]} 版式编辑 {editors[1]}"
    pieces = [[full + " " + wk] if rng.random() < 0.6 else [full, wk], [sec], [no]]
    rng.shuffle(pieces)
    if rng.random() < 0.3:
        pieces.insert(rng.randrange(len(pieces) + 1), ["湖南日报"])
    return pieces + [[ed]] if rng.random() < 0.5 else [[ed]] + pieces


EDITORS = ["邵新宇", "黎明翰", "谭雅文", "钱晓东", "覃思远", "喻子衿", "毛静怡", "焦宏伟",
           "管一航", "成雨萌", "严可欣", "瞿立新"]


# ----------------------------------------------------------------------------- composer
class Page:
    def __init__(self, name: str, page: dict, issue: dict, items: list[Item], style: Style,
                 rng: random.Random):
        self.name, self.page, self.issue, self.items = name, page, issue, items
        self.style, self.rng = style, rng
        self.rows: list[list[str]] = []     # [text, separator after]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.page_tags: set[str] = set()
        self.date = datetime.date.fromisoformat(issue["date"])

    # -- shared
    def emit(self, text: str, sep: str = "\n\n"):
        self.rows.append([text, sep])

    def furniture(self, groups: list[list[str]], tag: str, inner_sep: str = "\n\n"):
        """Masthead / header / box pieces; each group is a row set joined on the page."""
        for g in groups:
            for j, piece in enumerate(g):
                self.emit(piece, "\n" if j + 1 < len(g) else inner_sep)
        self.extras.append("".join("".join(g) for g in groups))
        self.page_tags.add(tag)

    def box(self, rows: list[str], tag: str):
        for j, r in enumerate(rows):
            self.emit(r, "\n\n")
        self.extras.append("".join(rows))
        self.page_tags.add(tag)

    def top_furniture(self):
        rng = self.rng
        if self.page["front"]:
            self.furniture(masthead(rng, self.issue, self.date, self.page["layout"]), "masthead")
            self.rows[-1][1] = "\n\n\n\n" if self.page["layout"] == "lines" else "\n\n"
            return None
        eds = tuple(rng.sample(EDITORS, 2))
        strip = header_strip(rng, self.date, self.page, eds)
        if rng.random() < 0.8:
            self.furniture(strip, "header_strip")
            return None
        return strip                     # printed at the bottom of the page

    def boxes(self) -> list[tuple[list[str], str]]:
        rng, out = self.rng, []
        for cd in (self.issue.get("countdowns") or []) if self.page["front"] else []:
            ev, _, days = cd.partition(":")
            out.append(([f"距离{ev}", f"还有{days}天"], "countdown_box"))
        if not self.page["front"] and rng.random() < 0.2:
            lab = rng.choice(["奋进新征程 建功新时代", "高质量发展在湖南", "三高四新 湘当给力",
                              "走基层 看发展", "奋楫扬帆 勇立潮头"])
            out.append(([lab], "label_box"))
        return out

    def marker_text(self, it: Item) -> str:
        """How the jump marker is printed (the gold keeps only the words, as in the seeds)."""
        rng = self.rng
        if it.part == "head":
            deco = rng.choice(["▶（{}）", "▷（{}）", "（{}）", "▶ （{}）"])
        else:
            deco = rng.choice(["▲ ▲（{}）", "▲（{}）", "（{}）", "△（{}）"])
        m = punct(deco.format(it.marker), self.style.punct)
        self.extras.append(m.replace(" ", ""))
        return m

    def write(self, out_dir: Path, gold_dir: Path) -> dict:
        text = "".join(t + s for t, s in self.rows)
        if self.page["layout"] == "lines":
            text = "\n\n" + text
        (out_dir / self.name).write_text(text, encoding="utf-8")
        front = self.page["front"]
        gold = {
            "source": self.name, "issue_date": self.issue["date"],
            "issue_number": str(self.issue["no"]) if front else None,
            "page_count": self.issue["pages"] if front else None,
            "articles": [it.gold() for it in self.items],
            "extras": self.extras, "duplicates": self.dups,
        }
        (gold_dir / (Path(self.name).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return {
            "page": self.name, "issue_date": self.issue["date"], "page_no": self.page["no"],
            "section": self.page["section"], "layout": self.page["layout"],
            "front": front, "page_phenomena": sorted(self.page_tags | self.style.tags),
            "articles": [{"kind": it.kind, "headline": (it.kicker + it.title + it.subtitle)[:40]
                          or it.paras[0][:20], "phenomena": sorted(it.tags)} for it in self.items],
        }


# ============================================================================= columns layout
class ColumnsPage(Page):
    def width_for(self, it: Item) -> int:
        rng = self.rng
        k = it.kind
        if k == "commentary":
            return rng.choice([11, 12, 12, 13, 14, 16])
        if k == "other":
            return rng.choice([16, 18, 20, 22, 24])
        if k == "feature":
            return rng.choice([17, 18, 20, 21, 22])
        return rng.choice([14, 15, 16, 16, 17, 18, 19, 20, 21, 22])

    def body_rows(self, it: Item) -> list[str]:
        """The article's column text, one printed line a row."""
        rng, st = self.rng, self.style
        W = self.width_for(it)
        it.tags.add(f"col_width_{W}")
        rows: list[str] = []
        change_at = rng.randrange(8, 30) if rng.random() < 0.15 else -1
        newW = max(10, W + rng.choice([-4, -3, 3, 4, 5])) if change_at > 0 else W
        marker_inline = None
        if it.part == "tail":
            m = self.marker_text(it)
            if rng.random() < 0.4:
                marker_inline = m
                it.tags.add("marker_inline")
            else:
                rows.append(m)
                it.tags.add("marker_own_line")
        # bylines printed on top of the body column
        if it.byline and not it.photo and not getattr(it, "byline_in_head", False):
            rows.extend(self.byline_rows(it, W))
        for pi, p in enumerate(it.paras):
            if p in it.subheads:
                rows.append(p)
                it.tags.add("crossheads")
                continue
            text = p
            if pi == 0 and it.dateline:
                text = it.dateline + p
            if pi == 0 and marker_inline:
                text = marker_inline + text
            first = W - 2
            if pi == 0 and it.part == "tail" and not marker_inline:
                first = W if rng.random() < 0.5 else W - 2     # a cut paragraph has no indent
            toks = tokenize(text)
            if marker_inline and pi == 0:
                # the printed marker is one unbreakable piece
                mt = tokenize(marker_inline)
                toks = [Tok(marker_inline, sum(t.w for t in mt), "punct")] + toks[len(mt):]
            lines = break_lines(toks, W, first)
            if pi == 0 and it.dateline:
                lines = self.safe_dateline_break(toks, W, first, len(it.dateline.replace(" ", "")))
            for li, (lt, used, limit) in enumerate(lines):
                last = li == len(lines) - 1
                if len(rows) == change_at and newW != W:
                    W = newW
                    it.tags.add("width_change")
                if not last and used < limit - 0.99:
                    rows.append(spread(lt))
                    it.tags.add("spread_lines")
                elif not last and st.spread_extra and rng.random() < st.spread_extra and \
                        any(t.kind == "punct" for t in lt):
                    rows.append(spread(lt))
                    it.tags.add("spread_lines")
                else:
                    rows.append(st.render(lt))
            if pi == 0 and it.dateline:
                it.tags.add("dateline_dian" if "电（" in it.dateline or "电(" in it.dateline else "dateline_xun")
                if len(lines) > 1 and len(tokenize(it.dateline)) > sum(1 for _ in lines[0][0]):
                    it.tags.add("dateline_broken")
        if it.endline:
            rows.append(st.text(it.endline))
            it.tags.add("endline_byline")
        if it.part == "head":
            rows.append(self.marker_text(it))
            it.tags.add("jump_out")
        if rows and rng.random() < 0.04:
            rows[0] = " " + rows[0]
            it.tags.add("leading_space")
        return rows

    def safe_dateline_break(self, toks: list[Tok], W: int, first: int, dl: int):
        """Break the dateline paragraph so that no line starts with a scrap of fewer than four
        characters of the dateline followed by the body: the scorer's coverage counts text in
        pieces of four characters or more, so such a scrap could not be accounted for."""
        for f in (first, first - 1, first + 1, first - 2, W, first - 3):
            lines = break_lines(toks, W, f)
            seen, ok = 0, True
            for lt, _, _ in lines:
                n = sum(len(t.t.replace(" ", "")) for t in lt)
                if 0 < seen < dl < seen + n and dl - seen < 4:
                    ok = False
                    break
                seen += n
            if ok:
                return lines
        return break_lines(toks, W, first)

    def byline_rows(self, it: Item, W: int) -> list[str]:
        rng = self.rng
        b = it.byline
        tags = {"commentary": "commentary_byline_top", "feature": "feature_byline_first_line",
                "other": "essay_byline"}
        it.tags.add(tags.get(it.kind, "byline_top"))
        if is_bare_names(b):
            it.tags.add("bare_name_byline")
        if " " not in b:
            return [b]
        if len(b.replace(" ", "")) > W or rng.random() < 0.5:
            head, _, rest = b.partition(" ")
            if b.startswith("文丨"):
                return [b]
            if "通讯员" in rest and rng.random() < 0.5:
                a, _, c = b.partition(" 通讯员")
                it.tags.add("byline_broken")
                return [a, "通讯员" + c]
            it.tags.add("byline_broken")
            return [head, rest]
        return [b]

    def head_rows(self, it: Item) -> list[tuple[str, str]]:
        """Headline stack as rows; separators vary (seeds: wrapped titles without a blank)."""
        rng = self.rng
        lines = it.head_lines()
        rows: list[tuple[str, str]] = []
        hw = rng.choice([10, 12, 13, 14, 16, 18, 20, 22, 26, 30])
        forced = it.flags & {"dbl1", "dbl2"}
        for role, text in lines:
            pieces = [text]
            if len(text.replace(" ", "")) > hw and rng.random() < 0.7 and not (forced and role == "title"):
                pieces = self.wrap_head(text, hw)
                it.tags.add("headline_wrapped")
            dbl = role == "title" and (bool(forced) or rng.random() < 0.025)
            for j, pc in enumerate(pieces):
                last = j == len(pieces) - 1
                sep = ("\n" if rng.random() < 0.7 else "\n\n") if not last else \
                      ("\n" if rng.random() < 0.35 else "\n\n")
                if dbl and len(pieces) == 1:
                    if "dbl1" in it.flags or ("dbl2" not in it.flags and rng.random() < 0.5):
                        rows.append((pc + pc, sep))
                        it.tags.add("headline_doubled_one_line")
                    else:
                        rows.append((pc, "\n"))
                        rows.append((pc, sep))
                        it.tags.add("headline_doubled_two_lines")
                    self.dups.append(pc)
                else:
                    rows.append((pc, sep))
        n = len(lines)
        it.tags.add(f"headline_{n}_lines")
        if it.kicker:
            it.tags.add("kicker")
        if it.subtitle.startswith("——"):
            it.tags.add("dash_subtitle")
        if it.extra:
            it.tags.add("attend_line")
        return rows

    def wrap_head(self, text: str, hw: int) -> list[str]:
        rng = self.rng
        if " " in text and rng.random() < 0.6:
            a, _, b = text.partition(" ")
            return [a, b]
        n = len(text)
        if rng.random() < 0.3:
            k = n - rng.randint(2, 3)                   # the last word alone on a line
        else:
            k = min(hw, n - 2)
        k = max(2, min(k, n - 1))
        while k < n and text[k] in CLOSE:
            k += 1
        while k > 1 and text[k - 1] in OPEN:
            k -= 1
        return [text[:k], text[k:]] if 0 < k < n else [text]

    def caption_rows(self, it: Item) -> list[str]:
        rng, st = self.rng, self.style
        rows: list[str] = []
        for role, text in it.head_lines():
            rows.append(text)
            it.tags.add("photo_" + role)
        C = rng.choice([26, 30, 34, 38, 42, 46])
        for k, p in enumerate(it.paras):
            if len(p) <= C + 6 and rng.random() < 0.5 or rng.random() < 0.3:
                ls = [st.text(p)]
            else:
                ls = [st.render(lt) for lt, _, _ in break_lines(tokenize(p), C, C)]
            rows.extend(ls)
        credit = it.byline
        if credit:
            r = rng.random()
            if r < 0.5 and len(rows[-1].replace(" ", "")) >= 4:
                rows[-1] = rows[-1] + rng.choice([" ", "  ", "   "]) + credit
                it.tags.add("credit_on_caption")
            elif r < 0.75:
                rows.append(" " * rng.randint(12, 40) + credit)
                it.tags.add("credit_right_aligned")
            else:
                rows.append(credit)
                it.tags.add("credit_own_line")
            if credit.startswith(("以上图片", "本版图片", "（本文图片", "(本文图片")):
                it.tags.add("group_credit")
        if len(it.paras) > 1:
            it.tags.add("photo_spread")
        return rows

    def compose(self):
        rng = self.rng
        bottom = self.top_furniture()
        boxes = self.boxes()
        texts = [it for it in self.items if not it.photo]
        photos = [it for it in self.items if it.photo]
        # where each photo goes: after the k-th text article (0 = before all)
        photo_at = {id(p): rng.choice([0] + list(range(1, len(texts) + 1)) * 2) for p in photos}
        box_at = [rng.randrange(0, len(texts) + 1) for _ in boxes]
        bunch: list[tuple[str, str]] = []

        def flush_bunch():
            for t, s in bunch:
                self.emit(t, s)
            if bunch:
                self.rows[-1][1] = "\n\n"
            bunch.clear()

        def put_photos(k):
            for p in photos:
                if photo_at[id(p)] == k:
                    for r in self.caption_rows(p):
                        self.emit(r)

        for k, it in enumerate(texts):
            put_photos(k)
            for bi, (rows, tag) in enumerate(boxes):
                if box_at[bi] == k:
                    self.box(rows, tag)
            head = self.head_rows(it) if (it.title or it.kicker or it.subtitle) else []
            label = it.column
            # a commentary/essay byline may sit with the headline (seed 004: title + byline)
            if head and it.byline and it.kind in ("commentary", "other") and rng.random() < 0.35:
                it.byline_in_head = True
                head.append((it.byline, "\n\n"))
                it.tags.add("byline_with_headline")
            if label:
                lp = rng.choice(["before_head", "after_body", "after_body", "in_head"])
                it.tags.add("column_label_" + lp)
            else:
                lp = ""
            if label and lp == "in_head" and head:
                head.insert(0, (label, "\n" if rng.random() < 0.5 else "\n\n"))
            if head:
                head[-1] = (head[-1][0], "\n\n")
            body = self.body_rows(it)
            if head:
                where = rng.choices(["after", "before", "bunch"], [0.45, 0.25, 0.30])[0]
                if "head_before" in it.flags:
                    where = "before"
                it.tags.add("head_" + where + ("_body" if where != "bunch" else "ed"))
            else:
                where = "none"
                it.tags.add("no_headline")
            if label and (lp == "before_head" or (lp == "in_head" and not head)):
                self.emit(label)
            if where == "before":
                for t, s in head:
                    self.emit(t, s)
            for r in body:
                self.emit(r)
            if label and lp == "after_body":
                self.emit(label)
            if where == "after":
                for t, s in head:
                    self.emit(t, s)
            elif where == "bunch":
                bunch.extend(head)
            if bunch and rng.random() < 0.35:
                flush_bunch()
        put_photos(len(texts))
        for bi, (rows, tag) in enumerate(boxes):
            if box_at[bi] == len(texts):
                self.box(rows, tag)
        flush_bunch()
        if bottom:
            self.furniture(bottom, "header_strip_bottom")
        self.rows[-1][1] = "\n\n" if rng.random() < 0.6 else "\n"


# ============================================================================= lines layout
class LinesPage(Page):
    """Rows are [text, sep, owner, kind]; kind: head/label/byline/body/cut/marker/end/photo."""

    def head_rows(self, it: Item) -> list[list]:
        rng = self.rng
        lines = it.head_lines()
        rows: list[list] = []
        groups: list[list[tuple[str, str]]] = []
        for role, text in lines:
            if groups:
                prev_role = groups[-1][-1][0]
                pj = {("kicker", "title"): 0.5, ("title", "subtitle"): 0.55,
                      ("subtitle", "extra"): 0.15, ("title", "extra"): 0.15}.get((prev_role, role), 0.3)
                if rng.random() < pj:
                    groups[-1].append((role, text))
                    it.tags.add("headline_joined")
                    continue
            groups.append([(role, text)])
        for g in groups:
            text = " ".join(t for _, t in g)
            forced = it.flags & {"dbl1", "dbl2"}
            dbl = any(r == "title" for r, _ in g) and (bool(forced) or rng.random() < 0.025)
            if len(text) > 12 and rng.random() < 0.1 and not dbl:
                k = len(text) - rng.randint(2, 4) if rng.random() < 0.5 else rng.randint(4, len(text) - 4)
                if len(g) > 1:
                    k = len(g[0][1])                 # a joined stack breaks where its parts meet
                elif " " in text:
                    k = text.index(" ")
                a, b = text[:k].rstrip(), text[k:].lstrip()
                if a and b:
                    rows.append([a, "\n"])
                    rows.append([b, "\n\n"])
                    it.tags.add("headline_wrapped")
                    continue
            if dbl:
                if "dbl1" in it.flags or ("dbl2" not in it.flags and rng.random() < 0.5):
                    rows.append([text + text, "\n\n"])
                    it.tags.add("headline_doubled_one_line")
                else:
                    rows.append([text, "\n\n"])
                    rows.append([text, "\n\n"])
                    it.tags.add("headline_doubled_two_lines")
                self.dups.append(text)
                continue
            rows.append([text, "\n\n"])
        it.tags.add(f"headline_{len(lines)}_lines")
        if it.kicker:
            it.tags.add("kicker")
        if it.subtitle.startswith("——"):
            it.tags.add("dash_subtitle")
        if it.extra:
            it.tags.add("attend_line")
        return rows

    def byline_rows(self, it: Item) -> list[list]:
        rng = self.rng
        b = it.byline
        tags = {"commentary": "commentary_byline", "feature": "feature_byline_first_line",
                "other": "essay_byline"}
        it.tags.add(tags.get(it.kind, "byline_top"))
        if is_bare_names(b):
            it.tags.add("bare_name_byline")
        if " 通讯员" in b and rng.random() < 0.6:
            a, _, c = b.partition(" 通讯员")
            it.tags.add("byline_broken")
            return [[a, "\n"], ["通讯员" + c, "\n\n"]]
        if b.count(" ") >= 1 and not b.startswith("文丨") and rng.random() < 0.35:
            a, _, c = b.partition(" ")
            it.tags.add("byline_broken")
            return [[a, "\n"], [c, "\n\n"]]
        return [[b, "\n\n"]]

    def body_pieces(self, it: Item) -> list[dict]:
        """Body rows before interleaving: {text, para, end, sub}."""
        rng = self.rng
        out = []
        for pi, p in enumerate(it.paras):
            if p in it.subheads:
                out.append({"text": p, "para": pi, "end": True, "sub": True})
                it.tags.add("crossheads")
                continue
            t = (it.dateline + p) if (pi == 0 and it.dateline) else p
            start = len(it.dateline) if (pi == 0 and it.dateline) else 0
            # the printed jump head ends open; the rest may be cut next to itself
            if len(p) >= 60 and rng.random() < 0.1:
                k, kind = choose_cut(t, rng, start)
                if k > 0:
                    out.append({"text": t[:k], "para": pi, "end": False, "sub": False})
                    out.append({"text": t[k:], "para": pi, "end": True, "sub": False})
                    it.tags.add("cut_adjacent")
                    it.tags.add("cut_" + kind)
                    continue
            out.append({"text": t, "para": pi, "end": True, "sub": False})
        if it.dateline:
            it.tags.add("dateline_dian" if "电（" in it.dateline or "电(" in it.dateline else "dateline_xun")
        return out

    def split_piece(self, it: Item, pieces: list[dict], lo: int) -> int | None:
        """Cut one paragraph piece at index >= lo in two; return the index of the tail piece."""
        rng = self.rng
        cand = [i for i in range(lo, len(pieces)) if not pieces[i]["sub"] and pieces[i]["end"]
                and len(pieces[i]["text"]) > 40 and not pieces[i].get("marker")]
        if not cand:
            return None
        i = rng.choice(cand)
        pc = pieces[i]
        start = len(it.dateline) if (pc["para"] == 0 and it.dateline) else 0
        k, kind = choose_cut(pc["text"], rng, start)
        if k <= 0:
            return None
        pieces[i:i + 1] = [{"text": pc["text"][:k], "para": pc["para"], "end": False, "sub": False},
                           {"text": pc["text"][k:], "para": pc["para"], "end": True, "sub": False}]
        it.tags.add("cut_" + kind)
        return i + 1

    def article_seq(self, it: Item) -> dict:
        """All rows of one article in reading order, with the places it may be cut."""
        rng = self.rng
        label_rows, head, byl, body, end = [], [], [], [], []
        if it.title or it.kicker or it.subtitle:
            head = self.head_rows(it)
        else:
            it.tags.add("no_headline")
        lp = ""
        if it.column:
            lp = rng.choices(["before_head", "after_body", "after_head"], [0.55, 0.25, 0.2])[0]
            it.tags.add("column_label_" + lp)
            label_rows = [[it.column, "\n\n"]]
        if it.byline and not it.photo:
            byl = self.byline_rows(it)
        pieces = self.body_pieces(it)
        if it.endline:
            end = [[self.style.text(it.endline), "\n\n"]]
            it.tags.add("endline_byline")
        return {"it": it, "label": label_rows, "lp": lp, "head": head, "byline": byl,
                "pieces": pieces, "end": end}

    def render_piece(self, pc: dict) -> str:
        return self.style.text(pc["text"])

    def compose(self):
        rng = self.rng
        bottom = self.top_furniture()
        boxes = self.boxes()
        texts = [it for it in self.items if not it.photo]
        photos = [it for it in self.items if it.photo]
        seqs = [self.article_seq(it) for it in texts]

        # 1. each article as a list of blocks; a block is a list of rows [text, sep, kind]
        blocks: list[tuple[int, list[list], str]] = []    # (article index, rows, role)
        for ai, sq in enumerate(seqs):
            it = sq["it"]
            rows = []
            pre_byline = it.kind == "feature" and not (it.title or it.kicker) and sq["byline"]
            if it.part == "tail":
                m = self.marker_text(it)
                if rng.random() < 0.3 and sq["pieces"]:
                    sq["pieces"][0]["text"] = m + sq["pieces"][0]["text"]
                    sq["pieces"][0]["marker"] = True
                    it.tags.add("marker_inline")
                else:
                    rows.append([m, "\n\n", "marker"])
                    it.tags.add("marker_own_line")
            if sq["lp"] == "before_head":
                rows += [r + ["label"] for r in sq["label"]]
            if pre_byline:
                rows += [r + ["byline"] for r in sq["byline"]]
            rows += [r + ["head"] for r in sq["head"]]
            if sq["lp"] == "after_head":
                rows += [r + ["label"] for r in sq["label"]]
            if not pre_byline:
                rows += [r + ["byline"] for r in sq["byline"]]
            sq["front"] = rows
        # 2. interleave: alternating pieces between neighbours (issue 8, cause 1)
        order: list[tuple[int, str, int, int]] = []       # (article, what, from piece, to piece)
        spans = {ai: [(0, len(sq["pieces"]))] for ai, sq in enumerate(seqs)}
        alt_pairs = []
        ai = 0
        n_alt = 0
        while ai < len(seqs) - 1:
            x, y = seqs[ai], seqs[ai + 1]
            if n_alt < 2 and rng.random() < (0.55 if n_alt == 0 else 0.25) and \
                    len(x["pieces"]) >= 2 and len(y["pieces"]) >= 2 and x["it"].part != "head" \
                    and y["it"].part != "head" \
                    and "no_alt" not in x["it"].flags:
                alt_pairs.append(ai)
                n_alt += 1
                ai += 2
            else:
                ai += 1
        pre_block = None
        flagged = [i for i, sq in enumerate(seqs) if "preblock" in sq["it"].flags and i not in alt_pairs
                   and i - 1 not in alt_pairs and len(sq["pieces"]) >= 3]
        if flagged:
            pre_block = flagged[0]
        elif rng.random() < 0.25 and seqs:
            cands = [i for i, sq in enumerate(seqs) if len(sq["pieces"]) >= 4 and i not in alt_pairs
                     and i - 1 not in alt_pairs and sq["it"].part == "whole"]
            if cands:
                pre_block = rng.choice(cands)

        def emit_rows(rows, owner):
            for r in rows:
                self.rows.append([r[0], r[1]])

        def emit_pieces(sq, a, b):
            for pc in sq["pieces"][a:b]:
                self.rows.append([self.render_piece(pc), "\n\n"])

        photo_at = {id(p): rng.choice(["top", "end", "end"] + [f"after{i}" for i in range(len(seqs))])
                    for p in photos}
        box_at = [rng.choice(["end", "end"] + [f"after{i}" for i in range(len(seqs))]) for _ in boxes]

        def put_photos(where):
            for p in photos:
                if photo_at[id(p)] == where:
                    self.photo_block(p, where)

        def put_boxes(where):
            for bi, (rows, tag) in enumerate(boxes):
                if box_at[bi] == where:
                    self.box(rows, tag)

        put_photos("top")
        pending_marker = None
        i = 0
        while i < len(seqs):
            sq = seqs[i]
            it = sq["it"]
            if i in alt_pairs:
                y = seqs[i + 1]
                cut_x = self.split_piece(it, sq["pieces"], 1 if len(sq["pieces"]) > 2 else 0)
                if cut_x is None:
                    cut_x = max(1, len(sq["pieces"]) - rng.randint(1, 2))
                    it.tags.add("cut_paragraph_boundary")
                it.tags.add("alternating")
                y["it"].tags.add("alternating_host")
                m = min(len(y["pieces"]), rng.randint(1, 2))
                dup = rng.random() < 0.4 and not sq["pieces"][cut_x - 1]["end"]
                emit_rows(sq["front"], it)
                emit_pieces(sq, 0, cut_x)
                if rng.random() < 0.75:       # X1 Y1 X2 Y2  (seed 001)
                    emit_rows(y["front"], y["it"])
                    emit_pieces(y, 0, m)
                    if dup:
                        self.rows.append([self.render_piece(sq["pieces"][cut_x - 1]), "\n\n"])
                        self.dups.append(sq["pieces"][cut_x - 1]["text"])
                        it.tags.add("duplicate_lines")
                    emit_pieces(sq, cut_x, len(sq["pieces"]))
                    self.emit_tail(sq)
                    emit_pieces(y, m, len(y["pieces"]))
                    self.emit_tail(y)
                else:                          # X1 Y X2
                    emit_rows(y["front"], y["it"])
                    emit_pieces(y, 0, len(y["pieces"]))
                    self.emit_tail(y)
                    emit_pieces(sq, cut_x, len(sq["pieces"]))
                    self.emit_tail(sq)
                put_photos(f"after{i}")
                put_photos(f"after{i + 1}")
                put_boxes(f"after{i}")
                put_boxes(f"after{i + 1}")
                i += 2
                continue
            if i == pre_block:
                # seed 002: a later block of the story printed before its headline
                cut = self.split_piece(it, sq["pieces"], 2 if len(sq["pieces"]) > 3 else 1)
                if cut is not None:
                    tail_from = cut
                    emit_pieces(sq, tail_from, len(sq["pieces"]))
                    emit_rows(sq["end"], it)
                    sq["end"] = []
                    it.tags.add("block_before_headline")
                    if rng.random() < 0.6:
                        k = max(1, tail_from - 2)
                        for pc in sq["pieces"][k:tail_from]:
                            self.rows.append([self.render_piece(pc), "\n\n"])
                            self.dups.append(pc["text"])
                        it.tags.add("duplicate_lines")
                    emit_rows(sq["front"], it)
                    emit_pieces(sq, 0, tail_from)
                    self.emit_tail(sq)
                    put_photos(f"after{i}")
                    put_boxes(f"after{i}")
                    i += 1
                    continue
            emit_rows(sq["front"], it)
            if it.part == "head":
                # the jumping story: its printed text ends inside a sentence
                emit_pieces(sq, 0, len(sq["pieces"]))
                mk = self.marker_text(it)
                it.tags.add("jump_out")
                if i + 1 < len(seqs) and rng.random() < 0.3:
                    pending_marker = mk
                    it.tags.add("marker_deferred")
                else:
                    self.rows.append([mk, "\n\n"])
                self.emit_tail(sq)
            else:
                emit_pieces(sq, 0, len(sq["pieces"]))
                if pending_marker and rng.random() < 0.6:
                    # marker printed after a piece of the next story (issue 8, cause 8)
                    self.rows.append([pending_marker, "\n\n"])
                    pending_marker = None
                self.emit_tail(sq)
            if pending_marker:
                self.rows.append([pending_marker, "\n\n"])
                pending_marker = None
            put_photos(f"after{i}")
            put_boxes(f"after{i}")
            i += 1
        if pending_marker:
            self.rows.append([pending_marker, "\n\n"])
        put_photos("end")
        put_boxes("end")
        if bottom:
            self.furniture(bottom, "header_strip_bottom")
        if self.rows:
            self.rows[-1][1] = rng.choice(["", "\n", "\n\n"])

    def emit_tail(self, sq):
        for r in sq["end"]:
            self.rows.append([r[0], r[1]])
        if sq["lp"] == "after_body":
            for r in sq["label"]:
                self.rows.append([r[0], r[1]])

    def photo_block(self, it: Item, where: str):
        rng, st = self.rng, self.style
        if self.rows:
            self.rows[-1][1] = "\n\n\n\n"
        it.tags.add("photo_at_" + ("top" if where == "top" else "end" if where == "end" else "middle"))
        heads = [t for _, t in it.head_lines()]
        if heads:
            if len(heads) > 1 and rng.random() < 0.5:
                self.emit(" ".join(heads))
                it.tags.add("headline_joined")
            else:
                for h in heads:
                    self.emit(h)
            for role, _ in it.head_lines():
                it.tags.add("photo_" + role)
        for k, p in enumerate(it.paras):
            txt = st.text(p)
            if rng.random() < 0.12:
                txt = spread(tokenize(p))
                it.tags.add("caption_spread")
            if k and len(it.paras) > 1:
                self.rows[-1][1] = "\n\n\n\n"
            self.emit(txt)
        credit = it.byline
        if credit:
            r = rng.random()
            if r < 0.45 and len(it.paras) == 1:
                self.rows[-1][0] += rng.choice([" ", "  "]) + credit
                it.tags.add("credit_on_caption")
            elif r < 0.7:
                self.emit(" " * rng.randint(10, 36) + credit)
                it.tags.add("credit_right_aligned")
            else:
                self.emit(credit)
                it.tags.add("credit_own_line")
            if credit.startswith(("以上图片", "本版图片", "（本文图片", "(本文图片")):
                it.tags.add("group_credit")
        if len(it.paras) > 1:
            it.tags.add("photo_spread")
        self.rows[-1][1] = "\n\n"


# ----------------------------------------------------------------------------- driver
def page_name(idx: int, issue: str, no: str) -> str:
    h = hashlib.sha1(f"setB/{issue}/{no}".encode()).hexdigest()[:16]
    return f"b{idx:02d}_{h}.txt"


def main():
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    issues = {i["date"]: i for i in data["issues"]}
    pages = sorted(data["pages"], key=lambda p: (p["issue"], p["no"]))
    stories = data["stories"]
    out_dir, gold_dir = HERE / "pages", HERE / "gold"
    for d in (out_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    # continuation markers: numbered when a page carries several from the same page
    jumps: dict[tuple[str, str], list[dict]] = {}
    for s in stories:
        if s["jump"]:
            jumps.setdefault((s["issue"], s["jump"]), []).append(s)
    report = []
    for idx, pg in enumerate(pages):
        name = page_name(idx, pg["issue"], pg["no"])
        rng = random.Random(name)
        style = Style(rng, pg["layout"])
        items: list[Item] = []
        conts = jumps.get((pg["issue"], pg["no"]), [])
        for k, s in enumerate(conts):
            src = str(int(s["page"]))
            word = "紧接" if rng.random() < 0.35 else "上接"
            num = CIRCLED[k] if len(conts) > 1 or rng.random() < 0.2 else ""
            items.append(Item(s, "tail", style, f"{word}{src}版{num}"))
        for s in stories:
            if s["issue"] == pg["issue"] and s["page"] == pg["no"]:
                part = "head" if s["jump"] else "whole"
                mark = f"下转{int(s['jump'])}版" if s["jump"] else ""
                items.append(Item(s, part, style, mark))
        # the lead story stays first; the others are not always in the source order
        own = [it for it in items if it.part != "tail"]
        for _ in range(len(own) // 2):
            if len(own) > 2:
                j = rng.randrange(1, len(own) - 1)
                own[j], own[j + 1] = own[j + 1], own[j]
        items = [it for it in items if it.part == "tail"] + own
        # continuations usually open the inner page, but not always
        if conts and rng.random() < 0.35:
            c = [it for it in items if it.part == "tail"]
            rest = [it for it in items if it.part != "tail"]
            pos = rng.randrange(1, len(rest) + 1)
            items = rest[:pos] + c + rest[pos:]
        cls = ColumnsPage if pg["layout"] == "columns" else LinesPage
        page = cls(name, pg, issues[pg["issue"]], items, style, rng)
        page.compose()
        report.append(page.write(out_dir, gold_dir))
    (HERE / "phenomena.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"{len(report)} pages, {sum(len(r['articles']) for r in report)} articles")


if __name__ == "__main__":
    main()
