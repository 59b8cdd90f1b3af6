#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw PDF-extraction pages, with exact gold.

    python3 compose.py            writes pages/*.txt, gold/*.json, phenomena.json

Two layouts, drawn from the seed pages:

* column  (seeds 000, 004): one printed column line per text line, a blank line after
  each; justified lines spread with spaces; headlines before, after or bunched away
  from their bodies; datelines inline and broken where the column breaks.
* line    (seeds 001-003): one paragraph a line; headline parts joined by spaces or on
  lines of their own; paragraphs cut at a column foot (continued at once, or after a
  paragraph or two of the next story); lines printed twice; photo items.

Python 3.11, standard library only. Deterministic: every random choice of a page comes
from random.Random(<page key>), the page key being "<issue date>_p<page>" (the file
name itself hashes the page's content, so it cannot seed its own layout).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
             "continued", "subheads", "paragraphs")

# --------------------------------------------------------------------------- text

HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
PAREN = {"（": "(", "）": ")"}


def to_width(text: str, mode: str) -> str:
    """Print text in the page's punctuation width (full / paren / half)."""
    table = {"full": {}, "paren": PAREN, "half": HALF}[mode]
    return "".join(table.get(c, c) for c in text)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


NUMCH = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%+-/")
CLOSE = set("，。、；：？！”’）》」』】〉,;:?!)℃")
OPEN = set("“‘（《「『【〈(")


class U:
    """One typesetting unit: a Chinese character, a punctuation mark, or a run of
    digits / Latin letters that never breaks."""
    __slots__ = ("text", "kind", "w", "tag")

    def __init__(self, text, kind, w, tag):
        self.text, self.kind, self.w, self.tag = text, kind, w, tag


def tokenize(s: str, tag) -> list[U]:
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c in "…—" and i + 1 < n and s[i + 1] == c:
            out.append(U(c * 2, "close" if c == "…" else "dash", 2.0, tag))
            i += 2
            continue
        if c.isascii() and c.isalnum():
            j = i + 1
            while j < n and s[j] in NUMCH:
                j += 1
            while j - 1 > i and s[j - 1] in ".-/+":
                j -= 1
            out.append(U(s[i:j], "num", 0.5 * (j - i), tag))
            i = j
            continue
        if c == " ":
            out.append(U(" ", "space", 0.5, tag))
        elif c in CLOSE:
            out.append(U(c, "close", 0.5 if c.isascii() else 1.0, tag))
        elif c in OPEN:
            out.append(U(c, "open", 0.5 if c.isascii() else 1.0, tag))
        else:
            out.append(U(c, "cjk", 0.5 if c.isascii() else 1.0, tag))
        i += 1
    return out


class Spacing:
    """How a story's numbers and quotes are spaced by the PDF extraction."""

    def __init__(self, before=0.0, after=0.0, quote=0.0):
        self.before, self.after, self.quote = before, after, quote


def render(units: list[U], sp: Spacing, r: random.Random, spread: bool) -> str:
    parts = []
    for k, u in enumerate(units):
        if k:
            prev = units[k - 1]
            gap = False
            if u.kind == "space" or prev.kind == "space":
                gap = False
            elif spread:
                gap = not (prev.kind == "close" or u.kind == "open")
                if u.text in "》」" and r.random() < 0.6:
                    gap = False
            else:
                if u.kind == "num" and prev.kind == "cjk" and r.random() < sp.before:
                    gap = True
                if prev.kind == "num" and u.kind in ("cjk",) and r.random() < sp.after:
                    gap = True
                if prev.text == "“" and u.kind == "cjk" and r.random() < sp.quote:
                    gap = True
            if gap:
                parts.append(" ")
        parts.append(u.text)
    return "".join(parts).strip()


def seg_ok(units: list[U]) -> int:
    """0 if the line is safe for the scorer's coverage walk, else how many more
    characters the first too-short inner fragment needs (pieces of a field are
    only counted from four characters on, unless they end the line)."""
    segs: list[list] = []
    for u in units:
        if u.kind == "space":
            continue
        if segs and segs[-1][0] == u.tag:
            segs[-1][1] += u.text
        else:
            segs.append([u.tag, u.text])
    for tag, text in segs[:-1]:
        n = len(squash(text))
        if n < 4:
            return 4 - n
    return 0


def _flow(units, width, indent, cap_over, r):
    lines, i, n = [], 0, len(units)
    while i < n:
        while i < n and units[i].kind == "space":
            i += 1
        if i >= n:
            break
        ln = len(lines)
        cap = cap_over.get(ln, width - (indent if ln == 0 else 0))
        j, w = i, 0.0
        while j < n and w + units[j].w <= cap + 1e-9:
            w += units[j].w
            j += 1
        if j == i:
            j = i + 1
        if j < n:
            if units[j].kind == "close":
                if r.random() < 0.5 and units[j].w <= 1:
                    j += 1
                    while j < n and units[j].kind == "close":
                        j += 1
                else:
                    while j > i + 1 and units[j].kind == "close":
                        j -= 1
            while j > i + 1 and units[j - 1].kind == "open":
                j -= 1
        lines.append((units[i:j], cap))
        i = j
    return lines


def dateline_units(text: str, width: int) -> list[U]:
    """A dateline breaks only where it prints a space (between names, around the
    date's figures), never inside a name."""
    out = []
    for k, word in enumerate(text.split(" ")):
        if k:
            out.append(U(" ", "space", 0.5, ("d",)))
        if not word:
            continue
        us = tokenize(word, ("d",))
        w = sum(u.w for u in us)
        if w <= width - 3:
            out.append(U(word, "cjk", w, ("d",)))
        else:
            out.extend(us)
    return out


def flow(units, width, indent, seed):
    """Break a paragraph's units into column lines; returns [(units, slack)].
    Re-breaks when a line would start with a too-short fragment of one field."""
    cap_over: dict[int, float] = {}
    for _ in range(12):
        lines = _flow(units, width, indent, cap_over, random.Random(seed))
        bad = None
        for ln, (lu, cap) in enumerate(lines):
            need = seg_ok(lu)
            if need:
                bad = (ln, need)
                break
        if not bad:
            break
        ln, need = bad
        if ln == 0:
            break
        prev_cap = lines[ln - 1][1]
        cap_over[ln - 1] = prev_cap - need
    out = []
    for lu, cap in lines:
        w = sum(u.w for u in lu if u.kind != "space")
        out.append((lu, cap - w))
    return out


# --------------------------------------------------------------------------- stories

def gold_story(s: dict, mode: str) -> dict:
    g = {}
    for k in GOLD_KEYS:
        v = s[k]
        if isinstance(v, list):
            g[k] = [to_width(x, mode) for x in v]
        else:
            g[k] = to_width(v, mode)
    # paragraphs carry no layout spaces (a crosshead keeps its space in subheads)
    g["paragraphs"] = [squashless(p, None) for p in g["paragraphs"]]
    return g


def printed_dateline(dl: str, style: str) -> str:
    """The dateline as the PDF prints it: spaces around the date's figures."""
    head, sep, rest = dl.partition("讯") if "讯" in dl else dl.partition("电")
    if style == "before":
        head = re.sub(r"(?<=[^\d\s])(\d+)", r" \1", head)
    elif style == "both":
        head = re.sub(r"(\d+)", r" \1 ", head).replace("  ", " ").rstrip()
        head = re.sub(r"\s+(?=[月日])", " ", head)
    elif style == "lead":
        head = " " + re.sub(r"(?<=[^\d\s])(\d+)(?=月)", r" \1", head)
    return (head + sep + rest).replace("  ", " ")


def split_title(text: str, width: int, r: random.Random, lines_hint=None) -> list[str]:
    if lines_hint:
        return list(lines_hint)
    if len(text) <= width:
        return [text]
    if " " in text and r.random() < 0.8:
        out = []
        for part in text.split(" "):
            out.extend(split_title(part, width, r))
        return out
    n = -(-len(text) // width)
    size = -(-len(text) // n)
    return [text[i:i + size] for i in range(0, len(text), size)]


# cut points for one-paragraph-a-line pages: places no dictionary splits
ABBRS = ["长株潭", "省人社厅", "省发改委", "省工信厅", "湘江新区", "中欧班列", "张吉怀", "怀邵衡",
         "省农业农村厅", "省纪委监委", "人大常委会", "湘赣边", "省商务厅", "省生态环境厅", "洞庭湖",
         "中非经贸", "长江经济带", "省交通运输厅", "省水利厅", "省应急管理厅", "省住建厅"]


def cut_point(text: str, r: random.Random) -> tuple[int, str]:
    n = len(text)
    lo, hi = max(10, int(n * 0.3)), min(n - 8, int(n * 0.88))
    cands = {"num_unit": [], "verb_num": [], "abbr": [], "word": []}
    for m in re.finditer(r"\d(?=[亿万千百个家名项座条台辆吨元人次公里米亩倍周年月日%])", text):
        cands["num_unit"].append(m.end())
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?=\d)", text):
        cands["verb_num"].append(m.start())
    for a in ABBRS:
        for m in re.finditer(re.escape(a), text):
            cands["abbr"].append(m.start() + max(1, len(a) // 2))
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", text):
        cands["word"].append(m.start())
    # mostly places a dictionary does not split (figure|unit, verb|figure, inside
    # an abbreviation); now and then anywhere between two characters
    order = ["num_unit", "verb_num", "abbr"]
    r.shuffle(order)
    order.insert(0 if r.random() < 0.2 else 3, "word")
    for kind in order:
        ok = [p for p in cands[kind] if lo <= p <= hi]
        if ok:
            return r.choice(ok), kind
    return n // 2, "word"


def gap_spaces(text: str, r: random.Random, how: str) -> str:
    """Spaces from glyph gaps, as PDF extraction leaves them."""
    if how == "punct":
        return re.sub(r"([，、；：])", lambda m: f" {m.group(1)} " if r.random() < 0.5 else m.group(1), text)
    if how == "digits":
        return re.sub(r"(\d)(?=[\u4e00-\u9fff])", lambda m: m.group(1) + (" " if r.random() < 0.7 else ""), text)
    if how == "percent":
        return re.sub(r"(\d)%", lambda m: m.group(1) + (" %" if r.random() < 0.7 else "%"), text)
    if how == "all":
        return " ".join(text)
    return text


MARK_OUT = {"full": ["（下转{p}版）", "▶（下转{p}版）", "（下转{p}版）"],
            "paren": ["▷(下转{p}版)", "▶(下转{p}版)", "(下转{p}版)"],
            "half": ["▷(下转{p}版)", "▶(下转{p}版)"]}
MARK_IN = {"full": ["（{w}1版{m}）", "▲ ▲（{w}1版{m}）", "▲▲（{w}1版{m}）"],
           "paren": ["({w}1版{m})", "▲ ▲({w}1版{m})"],
           "half": ["({w}1版{m})", "▲ ▲({w}1版{m})"]}


class Page:
    """Collects the printed lines of one page and what the gold needs to know."""

    def __init__(self, key: str, spec: dict, issue: dict):
        self.key, self.spec, self.issue = key, spec, issue
        self.r = random.Random(key)
        self.mode = spec["punct"]
        self.out: list[tuple[str, str]] = []      # (line, separator after it)
        self.extras: list[str] = []
        self.duplicates: list[str] = []
        self.first_pos: dict[str, int] = {}
        self.tags: dict[str, list[str]] = {}
        self.page_tags: list[str] = []

    def emit(self, line: str, sep: str = "\n\n", sid: str | None = None, extra=False):
        if sid is not None and sid not in self.first_pos:
            self.first_pos[sid] = len(self.out)
        if extra:
            self.extras.append(line.strip())
        self.out.append((line, sep))

    def tag(self, sid: str, *names):
        lst = self.tags.setdefault(sid, [])
        for n in names:
            if n not in lst:
                lst.append(n)

    def text(self) -> str:
        body = "".join(line + sep for line, sep in self.out)
        return body

    def furniture(self):
        sp = self.spec
        r = self.r
        if sp.get("masthead"):
            pieces = list(sp["masthead"])
            merged = []
            k = 0
            while k < len(pieces):
                p = pieces[k]
                if k + 1 < len(pieces) and re.fullmatch(r"\d{1,2}", p) and r.random() < 0.4:
                    merged.append(p + " " + pieces[k + 1])
                    k += 2
                    self.page_tags.append("masthead_merged")
                    continue
                merged.append(p)
                k += 1
            for k, p in enumerate(merged):
                sep = "\n" if r.random() < 0.25 else "\n\n"
                self.emit(p, sep, extra=True)
            self.page_tags.append("masthead")
        if sp.get("header"):
            for p in sp["header"]:
                self.emit(p, "\n\n" if r.random() < 0.7 else "\n", extra=True)
            self.page_tags.append("header_strip")


# --------------------------------------------------------------------------- column layout

def column_page(pg: Page, stories: list[dict]):
    r = pg.r
    mode = pg.mode
    if r.random() < 0.3 and not pg.spec.get("masthead"):
        pg.out.append(("", "\n"))
    pg.furniture()
    boxes = list(pg.spec.get("boxes") or [])
    box_at = {}
    for b in boxes:
        box_at.setdefault(r.randrange(0, max(1, len(stories))), []).append(b)

    def emit_box(i):
        for b in box_at.get(i, []):
            for k, line in enumerate(b):
                pg.emit(line, "\n" if k + 1 < len(b) and r.random() < 0.5 else "\n\n", extra=True)
            pg.page_tags.append("box_lines")

    placement = {}
    for s in stories:
        fx = s["fx"]
        if s["kind"] in ("continuation", "photo"):
            continue
        if not (s["title"] or s["kicker"] or s["subtitle"]):
            placement[s["id"]] = "none"
            continue
        for p in ("before", "after", "bunch"):
            if p in fx:
                placement[s["id"]] = p
        if s["id"] not in placement:
            placement[s["id"]] = r.choices(["before", "after", "bunch"], [3, 4, 3])[0]
    bunch: list[dict] = []

    def flush_bunch():
        if not bunch:
            return
        order = list(bunch)
        r.shuffle(order)
        for k, s in enumerate(order):
            head_block(pg, s, lead_space=(k > 0 and r.random() < 0.3))
            pg.tag(s["id"], "headline_bunched")
        bunch.clear()

    for i, s in enumerate(stories):
        emit_box(i)
        sid = s["id"]
        fx = s["fx"]
        if s["kind"] == "photo":
            photo_block_column(pg, s)
            continue
        if s["kind"] == "continuation":
            column_body(pg, s)
            continue
        place = placement[sid]
        label_pos = None
        if s["column"]:
            label_pos = next((f for f in ("label_head", "label_before", "label_after") if f in fx), None)
            label_pos = label_pos or r.choice(["label_head", "label_after", "label_before"])
        if label_pos == "label_head" and place == "before":
            pg.emit(s["column"], sid=sid)
            pg.tag(sid, "column_label_before_headline")
        if place == "before":
            head_block(pg, s)
            pg.tag(sid, "headline_before")
        if label_pos in ("label_before",) or (label_pos == "label_head" and place != "before"):
            pg.emit(s["column"], sid=sid)
            pg.tag(sid, "column_label_before_body")
        column_body(pg, s)
        if label_pos == "label_after":
            pg.emit(s["column"], sid=sid)
            pg.tag(sid, "column_label_after_body")
        if place == "after":
            head_block(pg, s)
            pg.tag(sid, "headline_after")
        elif place == "bunch":
            bunch.append(s)
        if place == "none":
            pg.tag(sid, "no_headline")
        if "bunch_here" in fx or (bunch and i == len(stories) - 1):
            flush_bunch()
    flush_bunch()
    emit_box(len(stories))
    if pg.out:
        line, _ = pg.out[-1]
        pg.out[-1] = (line, "\n\n\n")


def head_lines(pg: Page, s: dict) -> list[tuple[str, str]]:
    """The printed headline stack: [(line, field)]."""
    r = pg.r
    mode = pg.mode
    pr = s.get("print", {})
    lines = []
    width = s.get("_hw") or r.choice([12, 14, 16, 18, 20])
    s["_hw"] = width
    if s["kicker"]:
        for t in split_title(to_width(s["kicker"], mode), 38, r, pr.get("kicker_lines")):
            lines.append((to_width(t, mode), "kicker"))
    if s["title"]:
        if "split_space" in s["fx"] and " " in s["title"]:
            tl = to_width(s["title"], mode).split(" ")
            pg.tag(s["id"], "title_split_at_space")
        else:
            tl = split_title(to_width(s["title"], mode), width, r, pr.get("title_lines"))
        for t in tl:
            lines.append((to_width(t, mode), "title"))
        if len(tl) > 1:
            pg.tag(s["id"], "title_wrapped")
            if " " in s["title"] and not pr.get("title_lines"):
                pg.tag(s["id"], "title_split_at_space")
            if len(squash(tl[-1])) <= 3:
                pg.tag(s["id"], "headline_last_word_alone")
        if "“ " in "".join(tl):
            pass
    sub = pr.get("subtitle_own", s["subtitle"]) if pr.get("attend") else s["subtitle"]
    if sub:
        for t in split_title(to_width(sub, mode), 40, r, pr.get("subtitle_lines")):
            lines.append((to_width(t, mode), "subtitle"))
        if sub.startswith("——"):
            pg.tag(s["id"], "dash_subtitle")
        if len(sub) >= 26:
            pg.tag(s["id"], "wide_subtitle")
    if pr.get("attend"):
        lines.append((to_width(pr["attend"], mode), "attend"))
        pg.tag(s["id"], "attend_line")
    n = len(lines)
    if n >= 3:
        pg.tag(s["id"], f"headline_stack_{min(n, 4)}")
    return lines


def head_block(pg: Page, s: dict, lead_space=False):
    r = pg.r
    sid = s["id"]
    fx = s["fx"]
    lines = head_lines(pg, s)
    if s["kind"] == "commentary" and s["byline"] and "byline_own" not in fx and "byline_end" not in fx:
        lines.append((to_width(s["byline"], pg.mode), "byline"))
        pg.tag(sid, "byline_with_headline")
    if "double1" in fx or "double2" in fx:
        k = next(i for i, (t, f) in enumerate(lines) if f == "title")
        t = lines[k][0]
        if "double1" in fx:
            lines[k] = (t + t, "title")
            pg.tag(sid, "headline_doubled_one_line")
        else:
            lines.insert(k + 1, (t, "title"))
            pg.tag(sid, "headline_doubled_two_lines")
        pg.duplicates.append(t)
    for k, (t, f) in enumerate(lines):
        if k + 1 < len(lines):
            same = lines[k + 1][1] == f
            sep = "\n" if r.random() < (0.75 if same else 0.3) else "\n\n"
        else:
            sep = "\n\n"
        lead = " " if (k == 0 and lead_space) else ""
        pg.emit(lead + t, sep, sid=sid)


def spacing_for(r: random.Random) -> Spacing:
    return r.choice([Spacing(0.9, 0.5, 0.3), Spacing(0.95, 0.9, 0.5), Spacing(0.6, 0.1, 0.0),
                     Spacing(0.0, 0.0, 0.0), Spacing(0.9, 0.2, 0.8)])


def column_body(pg: Page, s: dict):
    r = pg.r
    mode = pg.mode
    sid = s["id"]
    fx = s["fx"]
    kind = s["kind"]
    if kind == "commentary":
        width = r.choice([11, 12, 13, 14])
    elif kind in ("continuation", "feature") or "wide" in fx:
        width = r.choice([19, 20, 21, 22])
    else:
        width = r.choice([15, 16, 17, 17, 20, 21, 22])
    if "narrow" in fx:
        width = r.choice([11, 12, 13])
    sp = spacing_for(r)
    spread_p = r.choice([0.0, 0.8, 0.95])
    # byline on a line of its own before the body
    has_head = bool(s["title"] or s["kicker"] or s["subtitle"])
    if s["byline"] and kind in ("feature", "commentary", "other") and not s["byline"].endswith("报道") \
            and "byline_end" not in fx:
        if kind != "commentary" or "byline_own" in fx or not has_head:
            b = to_width(s["byline"], mode)
            if b.startswith("文丨") or b.startswith("文/"):
                pg.emit(b, sid=sid)
                pg.tag(sid, "wen_byline")
            elif " " in b and ("byline_split" in fx or (kind == "commentary" and r.random() < 0.7)):
                parts = b.split(" ")
                cut = 1 if kind == "commentary" else len(parts) - 1
                pg.emit(" ".join(parts[:cut]), sid=sid)
                pg.emit(" ".join(parts[cut:]), sid=sid)
                pg.tag(sid, "byline_split")
            else:
                pg.emit(b, sid=sid)
            if kind == "commentary" and " " not in b:
                pg.tag(sid, "bare_name_byline")
            elif kind == "commentary" and len(b.split(" ")[-1]) <= 3:
                pg.tag(sid, "bare_name_byline")
            if kind == "feature":
                pg.tag(sid, "feature_byline_first_line")
    marker_inline = None
    if kind == "continuation":
        c = s["continued"]
        word, mark = c[:2], c[4:]
        form = r.choice(MARK_IN[mode]).format(w=word, m=mark)
        if "marker_inline" in fx or ("marker_own" not in fx and r.random() < 0.4):
            marker_inline = form
            pg.tag(sid, "jump_in_inline")
        else:
            pg.emit(form, sid=sid, extra=True)
            pg.tag(sid, "jump_in_own_line")
    paras = [to_width(p, mode) for p in s["paragraphs"]]
    subheads = set(to_width(h, mode) for h in s["subheads"])
    dl = to_width(s["dateline"], mode)
    dl_style = r.choice(["before", "both", "none", "lead", "before"])
    any_spread = False
    for pi, p in enumerate(paras):
        if p in subheads and pi > 0:
            pg.emit(p, sid=sid)
            pg.tag(sid, "crossheads")
            continue
        units = tokenize(p, ("p", pi))
        indent = 2
        if pi == 0 and dl:
            units = dateline_units(printed_dateline(dl, dl_style), width) + units
        if pi == 0 and kind == "continuation" and s.get("print", {}).get("mid_sentence"):
            indent = 0
        if pi == 0 and marker_inline:
            units = tokenize(marker_inline, ("m",)) + units
            indent = 0
        lines = flow(units, width, indent, f"{pg.key}/{sid}/{pi}")
        if pi == 0 and dl:
            d_lines = sum(1 for lu, _ in lines if any(u.tag == ("d",) for u in lu))
            if d_lines > 1:
                pg.tag(sid, "dateline_broken")
        for k, (lu, slack) in enumerate(lines):
            last = k == len(lines) - 1
            spread = (not last) and slack >= 0.99 and r.random() < spread_p \
                and not any(u.tag in (("d",), ("m",)) for u in lu)
            any_spread |= spread
            line = render(lu, sp, r, spread)
            if k == 0 and pi == 0 and (dl or marker_inline) and r.random() < 0.25:
                line = " " + line
            pg.emit(line, sid=sid)
        if marker_inline and pi == 0:
            pg.extras.append(marker_inline)
    if any_spread:
        pg.tag(sid, "spread_lines")
    if s["byline"] and (s["byline"].endswith("报道") or "byline_end" in fx or kind == "news" and not dl):
        pg.emit(to_width(s["byline"], mode), sid=sid)
        pg.tag(sid, "trailing_byline")
    jo = s.get("print", {}).get("jump_out")
    if jo:
        form = r.choice(MARK_OUT[mode]).format(p=jo["page"])
        lead = " " * r.choice([0, 8, 20]) if r.random() < 0.5 else ""
        pg.emit(lead + form, sid=sid, extra=True)
        pg.tag(sid, "jump_out")


def photo_block_column(pg: Page, s: dict):
    r = pg.r
    mode = pg.mode
    sid = s["id"]
    fx = s["fx"]
    if s["title"]:
        t = to_width(s["title"], mode)
        pg.emit(t, "\n\n" if r.random() < 0.7 else "\n", sid=sid)
        pg.tag(sid, "photo_title")
    cap = to_width(s["paragraphs"][0], mode)
    credit = to_width(s["byline"], mode)
    width = r.choice([30, 34, 38, 42, 46]) if "narrowcap" not in fx else r.choice([16, 20])
    if len(cap) > width:
        pg.tag(sid, "wide_caption")
    own = "credit_own" in fx or "group_credit" in fx or (credit and "credit_inline" not in fx and r.random() < 0.35)
    units = tokenize(cap, ("p", 0))
    if credit and not own:
        # the credit rides on the caption's last line, as one unbreakable piece
        units += [U(" ", "space", 0.5, ("c",)), U(credit, "cjk", len(credit) * 0.9, ("c",))]
        pg.tag(sid, "credit_on_caption_line")
    lines = flow(units, width, 0, f"{pg.key}/{sid}/cap")
    sp = spacing_for(r)
    texts = [render(lu, sp, r, False) for lu, _ in lines]
    for k, t in enumerate(texts):
        pg.emit(t, sid=sid)
    if credit and own:
        lead = " " * r.choice([10, 24, 36]) if "group_credit" not in fx else ""
        if "group_credit" in fx:
            pg.tag(sid, "group_credit")
        elif lead:
            pg.tag(sid, "credit_right_aligned")
        else:
            pg.tag(sid, "credit_own_line")
        pg.emit(lead + credit, sid=sid)


# --------------------------------------------------------------------------- one paragraph a line

def line_items(pg: Page, s: dict) -> tuple[list[dict], list[dict]]:
    """Head items and body items of a story on a one-paragraph-a-line page.
    Each item: {"text", "sep", "role", "pi"}."""
    r = pg.r
    mode = pg.mode
    sid = s["id"]
    fx = s["fx"]
    kind = s["kind"]
    head, body = [], []
    pr = s.get("print", {})

    def add(lst, text, role, sep="\n\n", pi=None):
        lst.append({"text": text, "sep": sep, "role": role, "pi": pi})

    if kind == "photo":
        if s["title"]:
            add(head, to_width(s["title"], mode), "photo_title")
            pg.tag(sid, "photo_title")
        cap = to_width(s["paragraphs"][0], mode)
        credit = to_width(s["byline"], mode)
        if "gaps_all" in fx:
            cap = gap_spaces(cap, r, "all")
            pg.tag(sid, "caption_glyph_gaps")
        own = "credit_own" in fx or "group_credit" in fx or "credit_top" in fx or (
            credit and "credit_inline" not in fx and r.random() < 0.5)
        if credit and not own:
            add(body, cap + r.choice([" ", "", " "]) + credit, "caption", pi=0)
            pg.tag(sid, "credit_on_caption_line")
        else:
            add(body, cap, "caption", pi=0)
            if credit and "credit_top" not in fx:
                lead = " " * r.choice([0, 0, 12, 30])
                add(body, lead + credit, "credit")
                pg.tag(sid, "group_credit" if "group_credit" in fx else
                       ("credit_right_aligned" if lead else "credit_own_line"))
        return head, body

    if s["column"] and "label_after" not in fx:
        add(head, to_width(s["column"], mode), "column")
        pg.tag(sid, "column_label_before_headline")
    parts = []
    if s["kicker"]:
        parts.append(("kicker", to_width(s["kicker"], mode)))
    if s["title"]:
        parts.append(("title", to_width(s["title"], mode)))
    sub = pr.get("subtitle_own", s["subtitle"]) if pr.get("attend") else s["subtitle"]
    if sub:
        parts.append(("subtitle", to_width(sub, mode)))
        if sub.startswith("——"):
            pg.tag(sid, "dash_subtitle")
    if pr.get("attend"):
        parts.append(("attend", to_width(pr["attend"], mode)))
        pg.tag(sid, "attend_line")
    if len(parts) >= 3:
        pg.tag(sid, f"headline_stack_{min(len(parts), 4)}")
    hmode = next((f for f in ("hjoin", "hsep", "hstack") if f in fx), None)
    if not hmode:
        hmode = r.choice(["hjoin", "hsep", "hsep", "hstack"])
    # joining needs every inner part to be four characters or more
    if hmode == "hjoin" and any(len(squash(t)) < 4 for _, t in parts[:-1]):
        hmode = "hsep"
    title_text = to_width(s["title"], mode)
    doubled = "double1" in fx or "double2" in fx
    if parts:
        if hmode == "hjoin":
            joined = " ".join(t + (t if (f == "title" and "double1" in fx) else "") for f, t in parts)
            add(head, joined, "headline")
            pg.tag(sid, "headline_parts_joined")
        else:
            for k, (f, t) in enumerate(parts):
                tl = pr.get(f + "_lines") if f in ("kicker", "title", "subtitle") else None
                pieces = [to_width(x, mode) for x in tl] if (tl and "hbreak" in fx) else [t]
                if len(pieces) > 1:
                    pg.tag(sid, "headline_line_broken")
                    if len(squash(pieces[-1])) <= 3:
                        pg.tag(sid, "headline_last_word_alone")
                for q, piece in enumerate(pieces):
                    txt = piece + (piece if (f == "title" and "double1" in fx and len(pieces) == 1) else "")
                    sep = "\n" if (q + 1 < len(pieces)) else ("\n" if hmode == "hstack" else "\n\n")
                    add(head, txt, f, sep=sep)
                if f == "title" and "double2" in fx:
                    add(head, t, f)
            pg.tag(sid, "headline_parts_own_lines")
        if doubled:
            pg.duplicates.append(title_text)
            pg.tag(sid, "headline_doubled_one_line" if "double1" in fx else "headline_doubled_two_lines")
    # bylines printed apart
    byl = to_width(s["byline"], mode)
    trailing = byl and (byl.endswith("报道") and kind != "photo" or "byline_end" in fx)
    if byl and not trailing:
        if "byline_split" in fx and " " in byl:
            ps = byl.split(" ")
            k = next((i for i, x in enumerate(ps) if x.startswith("通讯员")), len(ps) - 1)
            add(head, " ".join(ps[:k]), "byline", sep="\n")
            add(head, " ".join(ps[k:]), "byline")
            pg.tag(sid, "byline_split")
        else:
            add(head, byl, "byline")
        if kind == "commentary" and len(byl) <= 3:
            pg.tag(sid, "bare_name_byline")
        if byl.startswith("文丨"):
            pg.tag(sid, "wen_byline")
        if kind == "feature":
            pg.tag(sid, "feature_byline_own_line")
    if kind == "continuation":
        c = s["continued"]
        form = r.choice(MARK_IN[mode]).format(w=c[:2], m=c[4:])
        s["_marker"] = form
    paras = [to_width(p, mode) for p in s["paragraphs"]]
    subheads = set(to_width(h, mode) for h in s["subheads"])
    dl = to_width(s["dateline"], mode)
    for pi, p in enumerate(paras):
        role = "subhead" if (p in subheads and pi > 0) else "para"
        if role == "subhead":
            pg.tag(sid, "crossheads")
        text = p
        if pi == 0 and dl:
            pdl = printed_dateline(dl, pg.spec.get("_dl_style", "none"))
            if "date_break" in fx:
                m = re.search(r"\d+日", pdl)
                cut = m.start() + len(m.group(0)) - 1
                add(body, pdl[:cut].rstrip(), "dateline", pi=None)
                text = pdl[cut:] + p
                pg.tag(sid, "dateline_date_broken")
            else:
                text = pdl + p
        add(body, text, role, pi=pi)
        body[-1]["prefix"] = len(text) - len(p)
    if kind == "continuation":
        if "marker_inline" in fx or r.random() < 0.4:
            body[0]["text"] = s["_marker"] + body[0]["text"]
            body[0]["marker"] = s["_marker"]
            body[0]["prefix"] = body[0].get("prefix", 0) + len(s["_marker"])
            pg.tag(sid, "jump_in_inline")
        else:
            body.insert(0, {"text": s["_marker"], "sep": "\n\n", "role": "marker", "pi": None, "extra": True})
            pg.tag(sid, "jump_in_own_line")
    if trailing:
        add(body, byl, "byline")
        pg.tag(sid, "trailing_byline")
    if s["column"] and "label_after" in fx:
        add(body, to_width(s["column"], mode), "column")
        pg.tag(sid, "column_label_after_body")
    jo = pr.get("jump_out")
    if jo:
        form = r.choice(MARK_OUT[mode]).format(p=jo["page"])
        body.append({"text": form, "sep": "\n\n", "role": "marker", "pi": None, "extra": True})
        pg.tag(sid, "jump_out")
    return head, body


def split_item(pg: Page, item: dict, sid: str) -> tuple[dict, dict, str]:
    """Cut a paragraph line in two at a column foot (never inside its dateline or
    jump marker)."""
    text = item["text"]
    pre = item.get("prefix", 0)
    pos, how = cut_point(text[pre:], pg.r)
    pos += pre
    a = dict(item, text=text[:pos], sep="\n\n")
    b = dict(item, text=text[pos:], role="para_tail", prefix=0)
    b.pop("marker", None)
    return a, b, how


def pick_cut(body: list[dict], r: random.Random, first_ok=True) -> int | None:
    cands = [k for k, it in enumerate(body) if it["role"] == "para" and len(it["text"]) >= 60
             and (first_ok or it["pi"] not in (0, None))]
    if not cands:
        return None
    return r.choice(cands)


def line_page(pg: Page, stories: list[dict]):
    r = pg.r
    pg.spec["_dl_style"] = r.choice(["none", "none", "before", "lead"])
    pg.out.append(("", "\n\n"))
    pg.furniture()
    fxp = pg.spec.get("fx", [])
    gap_mode = [f[4:] for f in fxp if f.startswith("gap_")]
    built = []
    for s in stories:
        head, body = line_items(pg, s)
        built.append([s, head, body])
    # cuts continued at once
    for s, head, body in built:
        if "cut" in s["fx"]:
            k = pick_cut(body, r)
            if k is not None:
                a, b, how = split_item(pg, body[k], s["id"])
                body[k:k + 1] = [a, b]
                pg.tag(s["id"], "para_cut_continued_at_once", f"cut_{how}")
    # alternation: story A cut, a paragraph or two of story B, then A's tail
    seq = []
    k = 0
    while k < len(built):
        s, head, body = built[k]
        if "alt" in s["fx"] and k + 1 < len(built):
            t, thead, tbody = built[k + 1]
            ka = pick_cut(body, r)
            if ka is None:
                raise SystemExit(f"{pg.key}: no paragraph to cut in {s['id']}")
            a, b, how = split_item(pg, body[ka], s["id"])
            a1, a2 = body[:ka] + [a], [b] + body[ka + 1:]
            pg.tag(s["id"], "alternation_cut", f"cut_{how}")
            # B shows its headline and one or two paragraphs, maybe itself cut
            n_b = min(len(tbody), r.choice([1, 2, 2, 3]))
            if "alt_cutb" in t["fx"] or ("alt_nocutb" not in t["fx"] and r.random() < 0.6):
                kb = pick_cut(tbody[:n_b + 1], r)
            else:
                kb = None
            if kb is not None:
                ba, bb, howb = split_item(pg, tbody[kb], t["id"])
                b1, b2 = tbody[:kb] + [ba], [bb] + tbody[kb + 1:]
                pg.tag(t["id"], "alternation_cut", f"cut_{howb}")
            else:
                b1, b2 = tbody[:n_b], tbody[n_b:]
            pg.tag(t["id"], "alternation_interleaved")
            seq.append((s, head + a1))
            seq.append((t, thead + b1))
            seq.append((s, a2))
            if b2:
                seq.append((t, b2))
            k += 2
            continue
        seq.append((s, head + body))
        k += 1
    # lines printed twice
    flat = []
    for s, items in seq:
        for it in items:
            flat.append((s, it))
    for s in stories:
        if "dup" not in s["fx"]:
            continue
        idx = [i for i, (t, it) in enumerate(flat) if t is s and it["role"] in ("para", "para_tail")
               and it["pi"] not in (0,)]
        if not idx:
            continue
        i0 = r.choice(idx[: max(1, len(idx) - 1)])
        run = [i0] + ([i0 + 1] if i0 + 1 in idx and r.random() < 0.5 else [])
        copies = [dict(flat[i][1], dup=True) for i in run]
        for c in copies:
            pg.duplicates.append(squashless(c["text"], pg))
        where = max(0, run[0] - r.choice([2, 3, 4])) if r.random() < 0.6 else min(len(flat), run[-1] + r.choice([2, 3]))
        for c in reversed(copies):
            flat.insert(where, (s, c))
        pg.tag(s["id"], "lines_printed_twice")
    # emit
    photo_prev = False
    for s, it in flat:
        sid = s["id"]
        text = it["text"]
        if s["kind"] == "photo" and it["role"] in ("photo_title", "caption") and not photo_prev:
            if pg.out:
                line, sep = pg.out[-1]
                pg.out[-1] = (line, "\n\n\n\n")
        photo_prev = s["kind"] == "photo"
        if gap_mode and it["role"] in ("para", "para_tail") and r.random() < 0.25:
            how = r.choice(gap_mode)
            text = gap_spaces(text, r, how)
            pg.tag(sid, f"glyph_gaps_{how}")
        if "quote_space" in fxp and "“" in text:
            text = re.sub("“(?=[\u4e00-\u9fff])", "“ ", text)
        pg.emit(text, it["sep"], sid=sid if not it.get("dup") else None, extra=bool(it.get("extra")))
        if it.get("marker"):
            pg.extras.append(it["marker"])
    for b in pg.spec.get("boxes") or []:
        for k, line in enumerate(b):
            pg.emit(line, "\n\n", extra=True)
        pg.page_tags.append("box_lines")
    # credits printed at the top of the page
    for s in stories:
        if s["kind"] == "photo" and "credit_top" in s["fx"]:
            c = to_width(s["byline"], pg.mode)
            at = next((i for i, (line, sep) in enumerate(pg.out) if line and line.strip() not in pg.extras), 0)
            pg.out.insert(at, (c, "\n\n"))
            pg.tag(s["id"], "credit_at_page_top")
    if pg.out:
        line, _ = pg.out[-1]
        pg.out[-1] = (line, "\n")


def squashless(text: str, pg: Page) -> str:
    """Duplicate text in gold form: layout spaces out, punctuation as printed."""
    return re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", text)


# --------------------------------------------------------------------------- driver

def compose_page(issue: dict, spec: dict) -> tuple[str, dict, dict]:
    key = f"{issue['date']}_p{spec['page']:02d}"
    pg = Page(key, spec, issue)
    stories = [dict(s, fx=list(s.get("fx", []))) for s in spec["stories"]]
    for n, s in enumerate(stories):
        s["id"] = s.get("id") or f"s{n}"
    if spec["layout"] == "column":
        column_page(pg, stories)
    else:
        line_page(pg, stories)
    text = pg.text()
    order = sorted(stories, key=lambda s: pg.first_pos.get(s["id"], 10 ** 6))
    gold = {"source": None, "issue_date": issue["date"],
            "issue_number": None, "page_count": None,
            "articles": [gold_story(s, pg.mode) for s in order],
            "extras": pg.extras, "duplicates": pg.duplicates}
    mast = " ".join(spec.get("masthead") or [])
    m = re.search(r"第(\d+)号", mast)
    if m:
        gold["issue_number"] = m.group(1)
    m = re.search(r"今日(\d+)版", mast)
    if m:
        gold["page_count"] = int(m.group(1))
    phen = {"key": key, "layout": spec["layout"], "date": issue["date"], "page": spec["page"],
            "section": spec.get("section", ""), "punct": spec["punct"],
            "page_phenomena": sorted(set(pg.page_tags)),
            "articles": []}
    for s in order:
        tags = list(pg.tags.get(s["id"], []))
        if re.search(r"日电", s["dateline"]):
            tags.append("dateline_dian")
        if s["dateline"].startswith("新华社"):
            tags.append("xinhua")
        if s["dateline"].startswith("湖南日报") and "记者" in s["dateline"] and "全媒体" not in s["dateline"]:
            tags.append("byline_desk_" + ("huasheng" if "华声在线" in s["dateline"] else "jizhe"))
        if "华声在线" in s["byline"] or "新湖南客户端" in s["byline"]:
            tags.append("byline_desk_other")
        n = len("".join(s["paragraphs"]))
        if s["kind"] == "news" and 80 <= n <= 260 and s["dateline"] and not s["continued"]:
            tags.append("brief")
        if any(re.match(r"^.{1,2}，是.{1,6}。", p) for p in s["paragraphs"]):
            tags.append("parallel_paragraph_openings")
        if s["kind"] == "feature" and n >= 1500:
            tags.append("long_feature")
        phen["articles"].append({"id": s["id"], "kind": s["kind"],
                                 "headline": (s["kicker"] + "|" + s["title"] + "|" + s["subtitle"]).strip("|"),
                                 "chars": n, "phenomena": tags})
    return text, gold, phen


def main() -> int:
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    pages_dir, gold_dir = HERE / "pages", HERE / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    specs = [(i, p) for i in data["issues"] for p in i["pages"]]
    specs.sort(key=lambda ip: (ip[0]["date"], ip[1]["page"]))
    phenomena = {}
    for n, (issue, spec) in enumerate(specs):
        text, gold, phen = compose_page(issue, spec)
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        gold["source"] = name
        (pages_dir / name).write_text(text, encoding="utf-8")
        (gold_dir / name.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        phenomena[name] = phen
    (HERE / "phenomena.json").write_text(json.dumps(phenomena, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"{len(specs)} pages written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
