#!/usr/bin/env python3
"""Lay out dev_f's stories as raw Hunan Daily e-paper text extractions, with exact gold.

Reads stories.json and writes:
  pages/NNN_<16 hex>.txt   one raw page, as the PDF text extraction would print it
  gold/NNN_<16 hex>.json   its exact gold (format of tests/gold/FORMAT.md)
  phenomena.json           per page: layout, date, and the phenomena each article carries

Every printed page is laid out twice: once column-broken ("cb", like seeds 000/004) and
once one paragraph a line ("opl", like seeds 001-003), each with its own random draws.
Standard library only; every random choice comes from random.Random(<page name>).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

CLOSE = set("，。、；：？！）》”’」』,.;:?!)…")
OPEN = set("（《“‘「『(")
PUNCT_MODES = {
    "full": {},
    "half_paren": {"（": "(", "）": ")"},
    "half_all": {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";", "？": "?", "！": "!"},
}
TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*|…+|—+|.", re.S)
ABBREVIATIONS = ("长株潭", "国开行", "省防指", "省发改委", "省农委", "省商务厅", "省统计局",
                 "中非经贸", "湘欧快线", "省人社厅", "省河长办", "经开区", "高新区", "示范区")
PARALLEL_RE = re.compile(r"^.{1,2}[，,]是.{1,6}。")


# ---------------------------------------------------------------- text helpers

def tokens(s: str) -> list[str]:
    return TOKEN_RE.findall(s)


def width(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def is_num(t: str) -> bool:
    return t[0].isascii() and t[0].isalnum()


def is_han(t: str) -> bool:
    return len(t) == 1 and not t.isascii() and t not in CLOSE and t not in OPEN and t not in "—…·"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


class Line:
    """One printed line: its text, how many blank lines precede it, and what it is."""

    def __init__(self, text: str, gap: int = 1, kind: str = "body", owner=None):
        self.text, self.gap, self.kind, self.owner = text, gap, kind, owner

    def copy(self):
        return Line(self.text, self.gap, self.kind, self.owner)


# ---------------------------------------------------------------- page style

class Style:
    """The page's random draws that shape how every line is printed."""

    def __init__(self, rng: random.Random, layout: str):
        self.layout = layout
        self.punct = rng.choice(["full", "full", "half_paren", "half_all"] if layout == "cb"
                                else ["full", "half_paren", "half_all", "half_all"])
        if layout == "cb":
            mode = rng.choice(["both", "both", "before", "after_only"])
            self.num_mode = mode
            self.num_before = {"both": 0.85, "before": 0.9, "after_only": 0.0}[mode]
            self.num_after = {"both": 0.8, "before": 0.15, "after_only": 0.9}[mode]
            self.quote_space = rng.choice([0.0, 0.3, 0.8])
            self.pct_space = rng.choice([0.0, 0.0, 0.4])
            self.glyph_gap = rng.choice([0.0, 0.03, 0.08])
        else:
            self.pdf_spacing = rng.random() < 0.4
            self.num_mode = "both" if self.pdf_spacing else "none"
            self.num_before = self.num_after = 1.0 if self.pdf_spacing else 0.0
            self.quote_space = 1.0 if self.pdf_spacing else 0.0
            self.pct_space = rng.choice([0.0, 0.5]) if self.pdf_spacing else 0.0
            self.glyph_gap = rng.choice([0.0, 0.0, 0.04])
        self.spaced_caption = rng.random() < 0.45


def render(toks: list[str], st: Style, rng: random.Random, spread: bool = False,
           tags: set | None = None) -> str:
    """Print tokens as the extraction would: spread lines get a space between glyphs,
    other lines get the PDF's spaces around numbers, after opening quotes, at glyph gaps."""
    if spread:
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i + 1 < len(toks) and t[0] not in CLOSE and t[0] not in OPEN:
                out.append(" ")
        return "".join(out)
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if is_num(t):
            if prev and is_han(prev) and rng.random() < st.num_before:
                out += " "
            tt = t
            if len(tt) > 1 and tt.endswith("%") and rng.random() < st.pct_space:
                tt = tt[:-1] + " %"
                if tags is not None:
                    tags.add("space_before_percent")
            out += tt
            if nxt and is_han(nxt) and rng.random() < st.num_after:
                out += " "
            continue
        if t in "“‘" and rng.random() < st.quote_space:
            out += t + " "
            if tags is not None:
                tags.add("space_after_open_quote")
            continue
        if t in "，、。；：" and prev and nxt and rng.random() < st.glyph_gap:
            out = out.rstrip(" ") + " " + t + " "
            if tags is not None:
                tags.add("glyph_gap_spaces")
            continue
        out += t
    return re.sub(r" {2,}", " ", out).strip()


def fill(toks: list[str], caps) -> list[list[str]]:
    """Greedy line filling with the paper's rules: a closing mark never starts a line
    (it hangs at the end of the previous one), an opening mark never ends one."""
    lines: list[list[str]] = []
    cur: list[str] = []
    w = 0.0
    for t in toks:
        tw = width(t)
        if t[0] in CLOSE and not cur and lines:
            lines[-1].append(t)
            continue
        cap = caps(len(lines))
        if not cur or w + tw <= cap + 1e-9:
            cur.append(t)
            w += tw
            continue
        if t[0] in CLOSE:
            cur.append(t)
            lines.append(cur)
            cur, w = [], 0.0
            continue
        carry: list[str] = []
        while cur and cur[-1][0] in OPEN:
            carry.insert(0, cur.pop())
        if not cur:
            cur, carry = carry, []
        lines.append(cur)
        cur = carry + [t]
        w = sum(width(x) for x in cur)
    if cur:
        lines.append(cur)
    return lines


def cut_point(text: str, rng: random.Random, lo_frac=0.3, hi_frac=0.85):
    """Where a column foot cuts a paragraph: preferably between a verb and a figure,
    a figure and its unit, or inside an abbreviation; else between two characters."""
    n = len(text)
    lo, hi = max(8, int(n * lo_frac)), min(n - 8, int(n * hi_frac))
    if hi <= lo:
        return None
    cands = {"verb_figure": [], "figure_unit": [], "abbreviation": []}
    for m in re.finditer(r"[0-9]+(?:\.[0-9]+)?%?", text):
        s, e = m.start(), m.end()
        if lo <= s <= hi and s > 0 and is_han(text[s - 1]):
            cands["verb_figure"].append(s)
        if lo <= e <= hi and e < n and is_han(text[e]) and not m.group().endswith("%"):
            cands["figure_unit"].append(e)
    for ab in ABBREVIATIONS:
        for m in re.finditer(re.escape(ab), text):
            p = m.start() + rng.randint(1, len(ab) - 1)
            if lo <= p <= hi:
                cands["abbreviation"].append(p)
    bounds = {"clause_boundary": [m.end() for m in re.finditer(r"[，、；：,;:]", text)
                                  if lo <= m.end() <= hi],
              "word_boundary": [m.end() for m in re.finditer(r"[的了和在将把对向从]", text)
                                if lo <= m.end() <= hi and is_han(text[m.end()])]}
    kinds = [k for k, v in cands.items() if v]
    if kinds and rng.random() < 0.8:
        k = rng.choice(kinds + [x for x in kinds if x != "abbreviation"])
        return rng.choice(cands[k]), k
    kinds = [k for k, v in bounds.items() if v]
    if kinds and rng.random() < 0.9:
        k = rng.choice(kinds)
        return rng.choice(bounds[k]), k
    for _ in range(40):
        p = rng.randint(lo, hi)
        if is_han(text[p - 1]) and is_han(text[p]):
            return p, "plain"
    return None


# ---------------------------------------------------------------- articles

class Art:
    """A story as printed on one page: gold text in the page's punctuation, plus tags."""

    def __init__(self, story: dict, mode: str, idx: int):
        self.story = story
        self.lay = story.get("layout", {})
        self.idx = idx
        self.g = {f: punct(story[f], mode) for f in FIELDS}
        self.g["kind"] = story["kind"]
        self.g["subheads"] = [punct(s, mode) for s in story["subheads"]]
        self.g["paragraphs"] = [punct(p, mode) for p in story["paragraphs"]]
        self.sub_parts = [punct(s, mode) for s in self.lay.get("subtitle_parts", [])] or (
            [self.g["subtitle"]] if self.g["subtitle"] else [])
        self.tags: set[str] = set()
        self.kind = story["kind"]

    def gold(self) -> dict:
        g = {"kind": self.kind}
        for f in FIELDS:
            g[f] = self.g[f]
        g["subheads"] = self.g["subheads"]
        g["paragraphs"] = self.g["paragraphs"]
        return g

    def desk_tags(self):
        txt = self.g["dateline"] + " " + self.g["byline"]
        if "华声在线" in txt:
            self.tags.add("desk_huasheng_zaixian")
        if "新湖南客户端" in txt:
            self.tags.add("desk_xinhunan_client")
        if re.search(r"[（(]记者", self.g["dateline"]) or "湖南日报记者" in txt:
            self.tags.add("desk_jizhe")
        if "电" in self.g["dateline"][:16] and self.g["dateline"]:
            self.tags.add("dateline_dian")
        elif self.g["dateline"]:
            self.tags.add("dateline_xun")
        if self.g["dateline"].startswith("新华社"):
            self.tags.add("xinhua_item")
        if self.g["byline"].startswith("文丨"):
            self.tags.add("wen_byline")
        if self.g["subheads"]:
            self.tags.add("crossheads")
        if any(PARALLEL_RE.match(p) for p in self.g["paragraphs"]):
            self.tags.add("parallel_form_paragraphs")
        if self.g["subtitle"].startswith("——"):
            self.tags.add("dash_subtitle")
        if self.g["kicker"].endswith("——"):
            self.tags.add("dash_kicker")
        if self.lay.get("attend"):
            self.tags.add("attend_line_in_subtitle")
        if self.g["continued"].startswith("下转"):
            self.tags.add("jump_down_marker")
        if self.g["continued"].startswith("上接"):
            self.tags.add("jump_up_marker")
        n = sum(1 for x in (self.g["kicker"], self.g["title"]) if x) + len(self.sub_parts)
        if n:
            self.tags.add(f"headline_stack_{n}")


def byline_lines(art: Art, rng: random.Random) -> list[str]:
    """A byline printed apart: whole, broken before 通讯员, or between two names."""
    b = art.g["byline"]
    words = b.split(" ")
    r = rng.random()
    if "通讯员" in words and words.index("通讯员") > 1 and r < 0.55:
        i = words.index("通讯员")
        art.tags.add("byline_break_before_tongxunyuan")
        return [" ".join(words[:i]), " ".join(words[i:])]
    if len(words) >= 3 and words[1] != "通讯员" and r < 0.8 and len(words[-1]) >= 2:
        art.tags.add("byline_break_between_names")
        return [" ".join(words[:-1]), words[-1]]
    if len(words) == 2 and len(words[0]) >= 5 and r < 0.5:
        art.tags.add("byline_break_between_names")
        return [words[0], words[1]]
    return [b]


def marker_text(cont: str, st: Style, rng: random.Random) -> str:
    lp, rp = punct("（", st.punct), punct("）", st.punct)
    orn = rng.choice(["", "", "▷", "▶"] if cont.startswith("下转") else ["", "", "▲ ▲", "▲"])
    return f"{orn}{lp}{cont}{rp}"


def headline_parts(art: Art, rng: random.Random, st: Style, dup: list[str]) -> list[list[str]]:
    """The headline's printed elements, each a list of line texts (kept together)."""
    els: list[list[str]] = []
    k, t = art.g["kicker"], art.g["title"]
    subs = list(art.sub_parts)
    if k:
        if len(k) >= 12 and rng.random() < 0.25:
            p = rng.randint(4, len(k) - 5)
            els.append([k[:p], k[p:]])
            art.tags.add("kicker_split_two_lines")
        else:
            els.append([k])
    if t:
        r = rng.random()
        if " " in t and rng.random() < 0.45:
            a, b = t.split(" ", 1)
            els.append([a, b])
            art.tags.add("title_split_at_space")
        elif r < 0.035:
            els.append([t + t])
            dup.append(t)
            art.tags.add("doubled_headline_one_line")
        elif r < 0.06:
            els.append([t, t])
            dup.append(t)
            art.tags.add("doubled_headline_two_lines")
        elif r < 0.16 and len(t) >= 8 and " " not in t[-4:]:
            kk = rng.choice([k for k in (1, 2, 3, 4) if not (t[-k - 1].isascii() and t[-k].isascii())
                             and t[-k] not in CLOSE and t[-k - 1] not in OPEN] or [len(t) // 2])
            els.append([t[:-kk], t[-kk:]])
            art.tags.add("headline_last_word_alone")
        else:
            els.append([t])
    for s in subs:
        els.append([s])
    return els


# ---------------------------------------------------------------- column-broken layout

def cb_dateline_body(art: Art, W: int, rng: random.Random, st: Style) -> list[Line]:
    """Body lines of a column-broken story: the dateline inline with the first paragraph,
    broken where the column breaks; justified lines spread; paragraph starts indented."""
    out: list[Line] = []
    paras = art.g["paragraphs"]
    subs = set(art.g["subheads"])
    dl = art.g["dateline"]
    lead_space = " " if rng.random() < 0.15 else ""
    if lead_space:
        art.tags.add("leading_space_first_line")
    first_prefix: list[str] = []
    if art.kind == "continuation":
        mk = marker_text(art.g["continued"], st, rng)
        art.marker = mk
        if rng.random() < 0.6:
            first_prefix = [mk]
            art.tags.add("jump_marker_inline")
        else:
            out.append(Line(mk, kind="marker", owner=art))
    for pi, para in enumerate(paras):
        if para in subs:
            out.append(Line(para, kind="subhead", owner=art))
            continue
        toks = tokens(para)
        if pi == 0 and dl:
            out.extend(cb_dateline_lines(art, dl, toks, W, rng, st, lead_space))
            continue
        if pi == 0 and first_prefix:
            pw = width(first_prefix[0])
            lines = fill(toks, lambda i: (W - 2 - pw) if i == 0 else W)
        else:
            lines = fill(toks, lambda i: W - 2 if i == 0 else W)
        for li, lt in enumerate(lines):
            cap = (W - 2) if li == 0 else W
            last = li == len(lines) - 1
            slack = cap - sum(width(x) for x in lt)
            spread = (not last) and len(lt) > 2 and slack >= 0.75 and not (pi == 0 and li == 0 and first_prefix)
            if spread:
                art.tags.add("justified_spread_lines")
            txt = render(lt, st, rng, spread, art.tags)
            if pi == 0 and li == 0 and first_prefix:
                txt = first_prefix[0] + txt
            out.append(Line(txt, owner=art))
    return out


def cb_dateline_lines(art, dl, toks, W, rng, st, lead_space) -> list[Line]:
    words = dl.split(" ")
    chunks = [(w, " " if i else "") for i, w in enumerate(words)]
    forced = set()
    m = re.match(r"^(.*?\d+月\d+)(日[讯电].*)$", words[0])
    if m and rng.random() < 0.12:
        chunks[0:1] = [(m.group(1), ""), (m.group(2), "")]
        forced.add(1)
        art.tags.add("dateline_date_break")
    lines: list[list[tuple[str, str]]] = [[]]
    caps = [W - 2]
    for ci, (c, sep) in enumerate(chunks):
        cur = lines[-1]
        cw = sum(width(x) + (0.5 if s else 0) for x, s in cur)
        need = width(c) + (0.5 if (sep and cur) else 0)
        if ci in forced or (cur and cw + need > caps[-1] + 0.5):
            lines.append([(c, "")])
            caps.append(W)
            if c.startswith("通讯员"):
                art.tags.add("dateline_break_before_tongxunyuan")
        else:
            cur.append((c, sep if cur else ""))
    out: list[Line] = []
    dl_texts = []
    for li, ln in enumerate(lines):
        txt = "".join(s + render(tokens(x), st, rng) for x, s in ln)
        dl_texts.append(txt)
    last_w = sum(width(x) + (0.5 if s else 0) for x, s in lines[-1])
    last_sq = len(squash("".join(x for x, _ in lines[-1])))
    room = caps[-1] - last_w
    for li, txt in enumerate(dl_texts[:-1]):
        out.append(Line((lead_space if li == 0 else "") + txt, owner=art))
    if room >= 2 and last_sq >= 4 and rng.random() < 0.9:
        body = fill(toks, lambda i: room if i == 0 else W)
        first = body[0]
        txt = dl_texts[-1] + render(first, st, rng)
        out.append(Line((lead_space if len(lines) == 1 else "") + txt, owner=art))
        rest = body[1:]
    else:
        out.append(Line((lead_space if len(lines) == 1 else "") + dl_texts[-1], owner=art))
        rest = fill(toks, lambda i: W)
    for li, lt in enumerate(rest):
        last = li == len(rest) - 1
        slack = W - sum(width(x) for x in lt)
        spread = (not last) and len(lt) > 2 and slack >= 0.75
        if spread:
            art.tags.add("justified_spread_lines")
        out.append(Line(render(lt, st, rng, spread, art.tags), owner=art))
    return out


def cb_head_lines(art: Art, rng: random.Random, st: Style, dup: list[str]) -> list[Line]:
    els = headline_parts(art, rng, st, dup)
    hw = rng.randint(11, 24)
    out: list[Line] = []
    for ei, el in enumerate(els):
        pieces: list[str] = []
        for part in el:
            doubled = len(part) % 2 == 0 and part[:len(part) // 2] == part[len(part) // 2:]
            if len(squash(part)) > hw + 8 and " " not in part and not doubled and rng.random() < 0.5:
                p = rng.randint(hw - 3, hw + 3)
                pieces.extend([part[:p], part[p:]])
                art.tags.add("headline_broken_at_width")
            else:
                pieces.append(part)
        for pi, pc in enumerate(pieces):
            gap = 1
            if ei or pi:
                gap = 0 if rng.random() < (0.65 if pi else 0.35) else 1
            out.append(Line(pc, gap=gap, kind="head", owner=art))
    return out


def cb_photo(art: Art, rng: random.Random, st: Style, group_credit: str | None,
             group_last: bool = False) -> list[Line]:
    out: list[Line] = []
    if art.g["column"]:
        out.append(Line(art.g["column"], kind="column", owner=art))
        art.tags.add("column_label_before_head")
    if art.g["title"]:
        out.append(Line(art.g["title"], kind="head", owner=art))
        art.tags.add("photo_title")
    cw = rng.randint(30, 46)
    cap_txt = art.g["paragraphs"][0] if art.g["paragraphs"] else ""
    credit = art.g["byline"] if group_credit is None else ""
    lines = fill(tokens(cap_txt), lambda i: cw) if cap_txt else []
    spaced = st.spaced_caption and rng.random() < 0.7
    texts = []
    for lt in lines:
        if spaced:
            texts.append(" ".join(lt))
        else:
            texts.append(render(lt, st, rng))
    if spaced and texts:
        art.tags.add("caption_spaced_whole_line")
    inline = bool(credit) and not group_last and texts and len(squash(texts[-1])) >= 4 and (
        art.lay.get("credit_inline") or (not art.lay.get("credit_own_line") and rng.random() < 0.6))
    for i, t in enumerate(texts):
        if i == len(texts) - 1 and inline:
            t = t + " " + credit
            art.tags.add("photo_credit_on_caption_line")
        out.append(Line(t, gap=0 if (i and rng.random() < 0.3) else 1, kind="caption", owner=art))
    if credit and not inline:
        pad = " " * rng.randint(8, 30) if rng.random() < 0.6 else ""
        if pad:
            art.tags.add("credit_right_aligned")
        art.tags.add("photo_credit_own_line")
        out.append(Line(pad + credit, kind="credit", owner=art))
    return out


def compose_cb(name, arts, page, issue, rng, st, extras, dup, ptags):
    W = rng.randint(13, 22)
    blocks = []          # (article, head_lines, body_block, head_mode)
    photo_groups: dict[str, list[Art]] = {}
    for a in arts:
        if a.kind == "photo" and a.lay.get("group"):
            photo_groups.setdefault(a.lay["group"], []).append(a)
    done_groups = set()
    for a in arts:
        a.desk_tags()
        if a.kind == "photo":
            g = a.lay.get("group")
            if g:
                if g in done_groups:
                    continue
                done_groups.add(g)
                lines = []
                grp = photo_groups[g]
                for j, pa in enumerate(grp):
                    last = j == len(grp) - 1
                    lines += cb_photo(pa, rng, st, None if last else "x", group_last=last)
                grp[-1].tags.add("group_credit")
                blocks.append((grp[0], [], lines, "photo"))
            else:
                blocks.append((a, [], cb_photo(a, rng, st, None), "photo"))
            continue
        aw = W
        if a.kind == "commentary":
            aw = max(11, W - rng.randint(1, 3))
        elif rng.random() < 0.3:
            aw = W + rng.choice([-1, 1, 2, 3])
        head = cb_head_lines(a, rng, st, dup) if (a.g["title"] or a.g["kicker"] or a.sub_parts) else []
        pre: list[Line] = []
        post: list[Line] = []
        col = a.g["column"]
        colpos = None
        if col:
            colpos = rng.choice(["before_head", "before_body", "after_body"])
            a.tags.add("column_label_" + colpos)
        if a.g["byline"] and not a.lay.get("byline_end"):
            bl = byline_lines(a, rng)
            if len(bl) == 1 and len(squash(bl[0])) <= 4:
                a.tags.add("bare_name_byline")
            elif a.kind == "commentary" and len(bl) == 2 and len(squash(bl[1])) <= 4:
                a.tags.add("bare_name_byline")
            a.tags.add("byline_top_own_line")
            pre += [Line(x, gap=0 if i and rng.random() < 0.5 else 1, kind="byline", owner=a)
                    for i, x in enumerate(bl)]
        body = cb_dateline_body(a, aw, rng, st)
        if a.lay.get("byline_end") and a.g["byline"]:
            pad = " " * rng.randint(4, 16) if rng.random() < 0.5 else ""
            post.append(Line(pad + a.g["byline"], kind="byline", owner=a))
            a.tags.add("byline_at_end")
            if pad:
                a.tags.add("credit_right_aligned")
        if a.g["continued"].startswith("下转"):
            mk = marker_text(a.g["continued"], st, rng)
            a.marker = mk
            post.append(Line(mk, kind="marker", owner=a))
        if col:
            cl = Line(col, kind="column", owner=a)
            if colpos == "before_head":
                head = [cl] + head
            elif colpos == "before_body":
                pre = [cl] + pre
            else:
                post.append(cl)
        if not head:
            mode = "none"
        else:
            mode = rng.choice(["before", "before", "after", "after", "bunch"])
            if a.lay.get("lead") and mode == "bunch":
                mode = "before"
        a.tags.add({"before": "headline_before_body", "after": "headline_after_body",
                    "bunch": "headline_bunched", "none": "no_printed_headline"}[mode])
        if mode == "after" and a.kind == "commentary" and pre and rng.random() < 0.5:
            # commentary: the byline drawn with the headline, after the body (seed 004)
            blocks.append((a, head + pre, body + post, "after"))
        else:
            blocks.append((a, head, pre + body + post, mode))
    # wide subtitle next to a photo caption
    photos = [b for b in blocks if b[3] == "photo"]
    withsub = [b for b in blocks if b[3] in ("before", "after", "bunch") and b[0].sub_parts
               and not b[0].lay.get("attend")]
    if photos and withsub and rng.random() < 0.6:
        pb = rng.choice(photos)
        sb = rng.choice(withsub)
        sub_line = [ln for ln in sb[1] if ln.text == sb[0].sub_parts[-1]]
        if sub_line:
            sb[1].remove(sub_line[0])
            pb[2].append(Line(sub_line[0].text, gap=0 if rng.random() < 0.5 else 1, kind="head", owner=sb[0]))
            sb[0].tags.add("wide_subtitle_next_to_caption")
            ptags.add("wide_subtitle_next_to_caption")
    # order: lead first (usually), the rest shuffled
    lead = [b for b in blocks if b[0].lay.get("lead")]
    rest = [b for b in blocks if not b[0].lay.get("lead")]
    rng.shuffle(rest)
    if lead and rng.random() < 0.75:
        order = lead + rest
    else:
        order = rest[:]
        for b in lead:
            order.insert(rng.randint(0, len(order)), b)
    seq: list[list[Line]] = []
    bunch: list[Line] = []
    for a, head, body, mode in order:
        if mode == "before":
            seq.append(head + body)
        elif mode == "after":
            seq.append(body + head)
        elif mode == "bunch":
            seq.append(body)
            hl = [h.copy() for h in head]
            hl[0].gap = 1
            bunch += hl
        else:
            seq.append(body)
    if bunch:
        ptags.add("bunched_headlines")
        pos = rng.randint(1, len(seq))
        seq.insert(pos, bunch)
    furniture_into(seq, page, issue, rng, st, extras, ptags, layout="cb")
    lines = [ln for blk in seq for ln in blk]
    text = ""
    for i, ln in enumerate(lines):
        if i:
            text += "\n" if ln.gap == 0 else "\n\n"
        text += ln.text
    return text + "\n\n\n"


# ---------------------------------------------------------------- furniture

def masthead_pieces(issue, rng, ptags) -> list[list[str]]:
    y, m, d = issue["issue_date"].split("-")
    pieces = [[f"{int(y)}年{int(m)}月"], [str(int(d))], [issue["weekday"]],
              [issue["lunar"], f"第{issue['issue_number']}号"], [f"今日{issue['page_count']}版"]]
    if rng.random() < 0.5:
        pieces[1:3] = [[f"{int(d)} {issue['weekday']}"]]
        ptags.add("masthead_merged_piece")
    if rng.random() < 0.5:
        pieces.insert(0, ["中共湖南省委机关报"])
    if rng.random() < 0.4:
        pieces.append(["湖南日报社出版"])
    ptags.add("masthead")
    return pieces


def header_pieces(issue, page, rng, ptags) -> list[list[str]]:
    y, m, d = issue["issue_date"].split("-")
    date = f"{int(y)}年{int(m)}月{int(d)}日 {issue['weekday']}"
    no = f"{page['page']:02d}" if rng.random() < 0.6 else str(page["page"])
    sec = page["section"]
    pieces = []
    if rng.random() < 0.5:
        pieces.append([f"{no} {sec}" if rng.random() < 0.5 else f"{sec} {no}"])
        ptags.add("header_strip_merged_piece")
    else:
        pieces += [[sec], [no]]
    pieces.append([date])
    if rng.random() < 0.5:
        pieces.insert(rng.randint(0, len(pieces)), ["湖南日报"])
    if page["editor"]:
        pieces.append([page["editor"]])
    rng.shuffle(pieces)
    ptags.add("header_strip")
    return pieces


def furniture_into(seq, page, issue, rng, st, extras, ptags, layout):
    """Masthead / header strip and box lines, placed where the extraction drops them."""
    if page["section"] == "front":
        ps = masthead_pieces(issue, rng, ptags)
        blk = []
        for p in ps:
            for j, x in enumerate(p):
                x = punct(x, st.punct)
                blk.append(Line(x, gap=0 if j else 1, kind="furniture"))
                extras.append(x)
        if layout == "opl" or rng.random() < 0.6:
            seq.insert(0, blk)
        else:
            seq.append(blk)
    else:
        ps = header_pieces(issue, page, rng, ptags)
        blk = []
        for p in ps:
            for x in p:
                x = punct(x, st.punct)
                blk.append(Line(x, kind="furniture"))
                extras.append(x)
        if rng.random() < 0.7:
            seq.insert(0, blk)
        else:
            seq.append(blk)
    for box in page["boxes"]:
        blk = []
        for j, x in enumerate(box):
            x = punct(x, st.punct)
            blk.append(Line(x, gap=0 if (j and rng.random() < 0.4) else 1, kind="furniture"))
            extras.append(x)
        ptags.add("box_lines")
        pos = rng.randint(1, len(seq)) if rng.random() < 0.7 else len(seq)
        seq.insert(pos, blk)


# ---------------------------------------------------------------- one paragraph a line

def opl_head(art: Art, rng, st, dup) -> list[Line]:
    els = headline_parts(art, rng, st, dup)
    out: list[Line] = []
    k, t = art.g["kicker"], art.g["title"]
    # kicker/title or title/subtitle joined on one line by a space
    flat = [x for el in els for x in el]
    r = rng.random()
    joined = None
    if k and t and len(els) >= 2 and els[0] == [k] and len(els[1]) == 1 and r < 0.35 \
            and len(squash(k)) >= 4 and els[1][0] in (t, t + t):
        joined = (0, 1)
    elif t and art.sub_parts and not art.lay.get("attend") and r < 0.6:
        ti = 1 if k else 0
        if len(els) > ti + 1 and len(els[ti]) == 1 and els[ti][0] == t:
            joined = (ti, ti + 1)
    if joined:
        i, j = joined
        line = els[i][0] + " " + els[j][0]
        els = els[:i] + [[line]] + els[j + 1:]
        art.tags.add("headline_parts_joined_on_one_line")
    del flat
    for ei, el in enumerate(els):
        for pi, x in enumerate(el):
            gap = 1
            if pi:
                gap = 0 if rng.random() < 0.6 else 1
            elif ei and rng.random() < 0.15:
                gap = 0
            out.append(Line(x, gap=gap, kind="head", owner=art))
    return out


def opl_article(art: Art, rng, st, dup) -> dict:
    """Printed pieces of one story in the one-paragraph-a-line layout."""
    head = opl_head(art, rng, st, dup) if (art.g["title"] or art.g["kicker"] or art.sub_parts) else []
    pre: list[Line] = []
    post: list[Line] = []
    col = art.g["column"]
    if col:
        pos = rng.choice(["before_head", "before_body", "after_body"] if art.kind == "commentary"
                         else ["before_head", "before_head", "before_body"])
        art.tags.add("column_label_" + pos)
        cl = Line(col, kind="column", owner=art)
        if pos == "before_head":
            head = [cl] + head
        elif pos == "before_body":
            pre.append(cl)
        else:
            post.append(cl)
    if art.g["byline"] and not art.lay.get("byline_end"):
        bl = byline_lines(art, rng)
        if len(bl) == 1 and len(squash(bl[0])) <= 4:
            art.tags.add("bare_name_byline")
        art.tags.add("byline_top_own_line")
        pre += [Line(x, gap=0 if i else 1, kind="byline", owner=art) for i, x in enumerate(bl)]
    paras: list[list[Line]] = []
    subs = set(art.g["subheads"])
    dl = art.g["dateline"]
    for pi, p in enumerate(art.g["paragraphs"]):
        if p in subs:
            paras.append([Line(p, kind="subhead", owner=art)])
            continue
        group: list[Line] = []
        text = p
        if pi == 0 and dl:
            words = dl.split(" ")
            m = re.match(r"^(.*?\d+月\d+)(日[讯电].*)$", dl)
            r = rng.random()
            if m and r < 0.08 and len(squash(m.group(2))) >= 4:
                group.append(Line(render(tokens(m.group(1)), st, rng), owner=art))
                text = m.group(2) + p
                art.tags.add("dateline_date_break")
            elif "通讯员" in words and r < 0.2:
                i = words.index("通讯员")
                group.append(Line(" ".join(render(tokens(w), st, rng) for w in words[:i]), owner=art))
                text = " ".join(words[i:]) + p
                art.tags.add("dateline_break_before_tongxunyuan")
            else:
                text = dl + p
        if pi == 0 and art.kind == "continuation":
            mk = marker_text(art.g["continued"], st, rng)
            art.marker = mk
            if rng.random() < 0.5:
                text = mk + text
                art.tags.add("jump_marker_inline")
            else:
                group.append(Line(mk, kind="marker", owner=art))
        cut = None
        if len(p) >= 110 and rng.random() < 0.22 and not (pi == 0 and dl):
            cut = cut_point(text, rng)
        if cut:
            c = cut[0]
            group.append(Line(render(tokens(text[:c]), st, rng, tags=art.tags), owner=art))
            group.append(Line(render(tokens(text[c:]), st, rng, tags=art.tags), owner=art))
            art.tags.add("paragraph_cut_at_column_foot")
        else:
            group.append(Line(render(tokens(text), st, rng, tags=art.tags), owner=art))
        paras.append(group)
    if art.lay.get("byline_end") and art.g["byline"]:
        pad = " " * rng.randint(6, 20) if rng.random() < 0.4 else ""
        post.insert(0, Line(pad + art.g["byline"], kind="byline", owner=art))
        art.tags.add("byline_at_end")
        if pad:
            art.tags.add("credit_right_aligned")
    if art.g["continued"].startswith("下转"):
        mk = marker_text(art.g["continued"], st, rng)
        art.marker = mk
        post.append(Line(mk, kind="marker", owner=art))
    return {"art": art, "head": head, "pre": pre, "paras": paras, "post": post}


def opl_photo(art: Art, rng, st, credit: str | None, first: bool) -> list[Line]:
    out: list[Line] = []
    gap = 3 if first and rng.random() < 0.7 else 1
    if art.g["column"]:
        out.append(Line(art.g["column"], gap=gap, kind="column", owner=art))
        art.tags.add("column_label_before_head")
        gap = 1
    if art.g["title"]:
        out.append(Line(art.g["title"], gap=gap, kind="head", owner=art))
        art.tags.add("photo_title")
        gap = 1
    cap = art.g["paragraphs"][0] if art.g["paragraphs"] else ""
    if cap:
        spaced = st.spaced_caption and rng.random() < 0.7
        txt = " ".join(tokens(cap)) if spaced else render(tokens(cap), st, rng)
        if spaced:
            art.tags.add("caption_spaced_whole_line")
        inline = bool(credit) and (art.lay.get("credit_inline") or (
            not art.lay.get("credit_own_line") and rng.random() < 0.5))
        if inline:
            txt += " " + credit
            art.tags.add("photo_credit_on_caption_line")
        out.append(Line(txt, gap=gap, kind="caption", owner=art))
        if credit and not inline:
            pad = " " * rng.randint(10, 30) if rng.random() < 0.4 else ""
            if pad:
                art.tags.add("credit_right_aligned")
            art.tags.add("photo_credit_own_line")
            out.append(Line(pad + credit, kind="credit", owner=art))
    elif credit:
        out.append(Line(credit, kind="credit", owner=art))
        art.tags.add("photo_credit_own_line")
    return out


def compose_opl(name, arts, page, issue, rng, st, extras, dup, ptags):
    items = []   # ("art", piece dict) or ("photo", lines, [arts])
    photo_groups: dict[str, list[Art]] = {}
    for a in arts:
        a.desk_tags()
        if a.kind == "photo" and a.lay.get("group"):
            photo_groups.setdefault(a.lay["group"], []).append(a)
    done = set()
    for a in arts:
        if a.kind == "photo":
            g = a.lay.get("group")
            if g:
                if g in done:
                    continue
                done.add(g)
                grp = photo_groups[g]
                lines = []
                for j, pa in enumerate(grp):
                    lines += opl_photo(pa, rng, st, None if j < len(grp) - 1 else "", j == 0)
                lines.append(Line(grp[-1].g["byline"], kind="credit", owner=grp[-1]))
                grp[-1].tags.add("group_credit")
                items.append(["photo", lines, grp])
            else:
                items.append(["photo", opl_photo(a, rng, st, a.g["byline"], True), [a]])
        else:
            items.append(["art", opl_article(a, rng, st, dup)])
    # a photo at the top of the page, sometimes
    photos = [it for it in items if it[0] == "photo"]
    if photos and rng.random() < 0.35:
        ph = rng.choice(photos)
        items.remove(ph)
        items.insert(0, ph)
        ptags.add("photo_at_top_of_page")
        for a in ph[2]:
            a.tags.add("photo_at_top_of_page")
    # wide subtitle printed right after a photo caption
    if photos and rng.random() < 0.6:
        cands = [it for it in items if it[0] == "art" and it[1]["art"].sub_parts
                 and not it[1]["art"].lay.get("attend")
                 and any(ln.text == it[1]["art"].sub_parts[-1] for ln in it[1]["head"])]
        if cands:
            it = rng.choice(cands)
            ph = rng.choice([p for p in items if p[0] == "photo"])
            items.remove(it)
            items.insert(items.index(ph) + 1, it)
            hd = it[1]["head"]
            sl = [ln for ln in hd if ln.text == it[1]["art"].sub_parts[-1]][0]
            hd.remove(sl)
            sl.gap = 0 if rng.random() < 0.5 else 1
            hd.insert(0, sl)
            it[1]["art"].tags.add("wide_subtitle_next_to_caption")
            ptags.add("wide_subtitle_next_to_caption")
    # sequence of units; alternating pieces between neighbouring stories
    seq: list[list[Line]] = []
    i = 0
    n_alt = 0
    while i < len(items):
        it = items[i]
        if it[0] == "photo":
            seq.append(it[1])
            i += 1
            continue
        A = it[1]
        nxt = items[i + 1] if i + 1 < len(items) else None
        body_paras = [k for k, g in enumerate(A["paras"]) if len(g) == 1 and g[0].kind == "body"
                      and len(A["art"].g["paragraphs"][k]) >= 50 and k >= 1]
        if (nxt and nxt[0] == "art" and body_paras and len(nxt[1]["paras"]) >= 2
                and n_alt < 2 and rng.random() < 0.45):
            B = nxt[1]
            k = rng.choice(body_paras)
            a = A["art"]
            full = a.g["paragraphs"][k]
            cp = cut_point(full, rng)
            if cp:
                c, ckind = cp
                h = Line(render(tokens(full[:c]), st, rng), owner=a)
                t = Line(render(tokens(full[c:]), st, rng), owner=a)
                m = rng.choice([1, 2]) if len(B["paras"]) >= 3 else 1
                part1 = A["head"] + A["pre"] + [x for g in A["paras"][:k] for x in g] + [h]
                part2 = [t] + [x for g in A["paras"][k + 1:] for x in g] + A["post"]
                bfirst = B["head"] + B["pre"] + [x for g in B["paras"][:m] for x in g]
                brest = [x for g in B["paras"][m:] for x in g] + B["post"]
                bp = B["paras"][m] if m < len(B["paras"]) else None
                if bp and len(bp) == 1 and bp[0].kind == "body" and rng.random() < 0.5:
                    bt = B["art"].g["paragraphs"][m]
                    cp2 = cut_point(bt, rng)
                    if cp2:
                        c2 = cp2[0]
                        bfirst.append(Line(render(tokens(bt[:c2]), st, rng), owner=B["art"]))
                        brest = [Line(render(tokens(bt[c2:]), st, rng), owner=B["art"])] + \
                            [x for g in B["paras"][m + 1:] for x in g] + B["post"]
                        B["art"].tags.add("paragraph_cut_alternating")
                        B["art"].tags.add("cut_" + cp2[1])
                seq += [part1, bfirst, part2, brest]
                a.tags.update({"paragraph_cut_alternating", "cut_" + ckind,
                               "tail_printed_after_next_story"})
                if part2[1:]:
                    a.tags.add("paragraphs_after_tail_move_with_it")
                ptags.add("alternating_pieces")
                n_alt += 1
                i += 2
                continue
        seq.append(A["head"] + A["pre"] + [x for g in A["paras"] for x in g] + A["post"])
        i += 1
    # lines printed twice
    if rng.random() < 0.7:
        cands = [(bi, li) for bi, blk in enumerate(seq) for li, ln in enumerate(blk)
                 if ln.kind == "body" and ln.owner is not None and len(squash(ln.text)) >= 20
                 and not (ln.owner.g["dateline"] and ln.owner.g["dateline"][:6] in ln.text)
                 and not getattr(ln.owner, "marker", "x") in ln.text]
        if cands:
            bi, li = rng.choice(cands)
            run = [seq[bi][li]]
            if li + 1 < len(seq[bi]) and seq[bi][li + 1].kind == "body" and rng.random() < 0.5:
                run.append(seq[bi][li + 1])
            copy = [r.copy() for r in run]
            copy[0].gap = 1
            target = rng.choice([b for b in range(len(seq) + 1) if b != bi + 1] or [0])
            seq.insert(target, copy)
            for r in run:
                dup.append(squash(r.text) if r.owner is None else dedup_text(r.text))
                r.owner.tags.add("lines_printed_twice")
            ptags.add("lines_printed_twice")
    furniture_into(seq, page, issue, rng, st, extras, ptags, layout="opl")
    lines = [ln for blk in seq for ln in blk]
    text = "\n\n"
    for i, ln in enumerate(lines):
        if i:
            text += "\n" * (ln.gap + 1)
        text += ln.text
    return text


def dedup_text(printed: str) -> str:
    """Gold form of a printed body line: layout spaces between glyphs removed."""
    return squash(printed)


# ---------------------------------------------------------------- driver

def compose_page(issue, page, layout, serial):
    name = f"{issue['issue_date']}-p{page['page']:02d}-{layout}"
    rng = random.Random(name)
    st = Style(rng, layout)
    arts = [Art(s, st.punct, i) for i, s in enumerate(page["stories"])]
    extras: list[str] = []
    dup: list[str] = []
    ptags: set[str] = {"punct_" + st.punct, "numbers_" + st.num_mode}
    if layout == "cb":
        text = compose_cb(name, arts, page, issue, rng, st, extras, dup, ptags)
    else:
        if st.pdf_spacing:
            ptags.add("pdf_spacing")
        text = compose_opl(name, arts, page, issue, rng, st, extras, dup, ptags)
    for a in arts:
        mk = getattr(a, "marker", None)
        if mk:
            extras.append(mk)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    fname = f"{serial:03d}_{digest}"
    front = page["section"] == "front"
    gold = {"source": fname + ".txt", "issue_date": issue["issue_date"],
            "issue_number": issue["issue_number"] if front else None,
            "page_count": issue["page_count"] if front else None,
            "articles": [a.gold() for a in arts], "extras": extras, "duplicates": dup}
    phen = {"source": fname + ".txt", "name": name, "layout": layout,
            "date": issue["issue_date"], "page": page["page"], "section": page["section"],
            "punctuation": st.punct, "page_phenomena": sorted(ptags),
            "articles": [{"kind": a.kind, "title": a.g["title"] or a.g["continued"] or
                          (a.g["paragraphs"][0][:16] if a.g["paragraphs"] else ""),
                          "phenomena": sorted(a.tags)} for a in arts]}
    return fname, text, gold, phen


def main():
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    serial = 0
    phen_all = []
    for issue in data["issues"]:
        for page in issue["pages"]:
            for layout in ("cb", "opl"):
                fname, text, gold, phen = compose_page(issue, page, layout, serial)
                (HERE / "pages" / (fname + ".txt")).write_text(text, encoding="utf-8")
                (HERE / "gold" / (fname + ".json")).write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                phen_all.append(phen)
                serial += 1
    (HERE / "phenomena.json").write_text(
        json.dumps(phen_all, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{serial} pages written")


if __name__ == "__main__":
    main()
