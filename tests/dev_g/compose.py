#!/usr/bin/env python3
"""Lay out stories.json as raw Hunan Daily e-paper text pages, with exact gold.

    python3 compose.py

Writes pages/NNN_<16 hex>.txt (the raw text a PDF extraction gives for one printed
page), gold/NNN_<16 hex>.json (format of tests/gold/FORMAT.md) and phenomena.json (per
page: layout, date, and per article the layout phenomena it carries).

Two extraction layouts, drawn from the seed pages (the repo's seeds/):
  para    one paragraph a line (seeds 001-003): masthead pieces, headline parts on one
          line or on lines of their own, the dateline opening the first paragraph,
          paragraphs cut at a column foot with the rest printed later, lines printed
          twice, photo items (title, caption, credit).
  column  one printed column line a text line (seeds 000, 004): justified lines spread
          with spaces, headlines after / before their body or bunched, the dateline
          inline with the first paragraph and broken wherever the column breaks.

Deterministic: every random choice of a page comes from random.Random(<page id>), the
page id being '<issue date>-p<page number>' (the file's hex is a hash of its content,
so it cannot seed the content).  Standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
               "continued", "subheads", "paragraphs")

CLOSE = set("，。、；：？！”’）》」』,.;:?!)")
OPEN = set("“‘（《「『(")
RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%‰+×/\-]*")
PUNCT_STYLES = {
    "half": {"，": ",", "；": ";", "（": "(", "）": ")"},
    "mixed": {"（": "(", "）": ")"},
    "full": {},
}
ABBREV = ("长株潭", "湘江新区", "中非经贸", "发改委", "人社厅", "自贸区", "洞庭湖", "高铁",
          "工程机械", "规模以上", "专精特新", "以旧换新", "新能源", "产业链", "乡村振兴",
          "经开区", "高新区", "综保区", "城陵矶", "岳阳楼", "杂交水稻", "双季稻")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def cw(ch: str) -> float:
    if ch == " ":
        return 0.3
    if ch.isascii():
        return 0.55 if ch.isalpha() else 0.5
    return 1.0


def width(s: str) -> float:
    return sum(cw(c) for c in s)


def conv(text: str, style: str) -> str:
    for a, b in PUNCT_STYLES[style].items():
        text = text.replace(a, b)
    return text


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
            continue
        if s[i] in "—…" and i + 1 < len(s) and s[i + 1] == s[i]:
            out.append(s[i:i + 2])
            i += 2
            continue
        out.append(s[i])
        i += 1
    return out


# --------------------------------------------------------------------------- rendering

class Render:
    """Layout spaces of the PDF extraction, drawn per page."""

    def __init__(self, rng: random.Random, numspace: float, quote: float, gap: float,
                 pct: float):
        self.rng, self.numspace, self.quote, self.gap, self.pct = rng, numspace, quote, gap, pct
        self.tags: list[str] = []

    def normal(self, s: str) -> str:
        """Spaces around number runs, after an opening quote, around a punctuation mark."""
        if self.numspace <= 0 and self.quote <= 0 and self.gap <= 0:
            return s
        rng = self.rng
        out = []
        i = 0
        for m in RUN.finditer(s):
            out.append(s[i:m.start()])
            run = m.group()
            if has_digit(run) and rng.random() < self.numspace:
                mode = rng.choices(["both", "before", "after"], [6, 2, 2])[0]
                before = m.start() > 0 and is_cjk(s[m.start() - 1]) and mode in ("both", "before")
                after = m.end() < len(s) and is_cjk(s[m.end()]) and mode in ("both", "after")
                if run.endswith("%") and len(run) > 1 and rng.random() < self.pct:
                    run = run[:-1] + " %"
                    self.tags.append("space_before_percent")
                if after and not before:
                    self.tags.append("space_after_digits_only")
                run = (" " if before else "") + run + (" " if after else "")
                if before or after:
                    self.tags.append("number_spaces")
            out.append(run)
            i = m.end()
        out.append(s[i:])
        s = "".join(out)
        if self.quote > 0 and "“" in s:
            t = []
            for j, ch in enumerate(s):
                t.append(ch)
                if ch == "“" and j + 1 < len(s) and is_cjk(s[j + 1]) and rng.random() < self.quote:
                    t.append(" ")
                    self.tags.append("space_after_open_quote")
            s = "".join(t)
        if self.gap > 0 and rng.random() < self.gap:
            marks = [j for j, ch in enumerate(s) if ch in "，、；," and 0 < j < len(s) - 1]
            if marks:
                j = rng.choice(marks)
                s = s[:j] + " " + s[j] + " " + s[j + 1:]
                self.tags.append("space_around_punct")
        return re.sub(r" {2,}", " ", s)

    @staticmethod
    def spread(toks: list[str]) -> str:
        """A justified line whose glyphs were spaced out: a space between glyphs, none
        after a closing mark nor before an opening one."""
        parts: list[str] = []
        prev = ""
        for t in toks:
            if t == " ":
                continue
            if parts and not (prev in CLOSE or t[0] in OPEN):
                parts.append(" ")
            parts.append(t)
            prev = t[-1]
        return "".join(parts)


# --------------------------------------------------------------------------- page record

class PageOut:
    def __init__(self):
        self.lines: list[dict] = []      # {"t": text, "gap": blank lines before}
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.page_tags: list[str] = []
        self.art_tags: dict[int, list[str]] = {}

    def tag(self, ai: int | None, t: str):
        if ai is None:
            if t not in self.page_tags:
                self.page_tags.append(t)
        else:
            lst = self.art_tags.setdefault(ai, [])
            if t not in lst:
                lst.append(t)


def unit(t: str, ai, role: str, gap: int = 1, **kw) -> dict:
    d = {"t": t, "art": ai, "role": role, "gap": gap}
    d.update(kw)
    return d


def split_marks(text: str, rng: random.Random, p: float) -> list[str]:
    """Split a headline at its '|' wrap marks, each taken with probability p."""
    if "|" not in text:
        return [text]
    parts = text.split("|")
    out = [parts[0]]
    for piece in parts[1:]:
        if rng.random() < p:
            out.append(piece)
        else:
            out[-1] += piece
    return out


def cut_point(text: str, rng: random.Random) -> tuple[int, str] | None:
    """Where a column foot cuts a paragraph: often where no dictionary word is split,
    between a verb and a figure, a figure and its unit, or inside an abbreviation."""
    n = len(text)
    lo, hi = 12, n - 8
    if hi <= lo:
        return None
    cands: dict[str, list[int]] = {"verb_figure": [], "figure_unit": [], "abbrev": [], "any": []}
    for m in RUN.finditer(text):
        if not has_digit(m.group()):
            continue
        s, e = m.start(), m.end()
        if lo <= s <= hi and s > 0 and is_cjk(text[s - 1]):
            cands["verb_figure"].append(s)
        if lo <= e <= hi and e < n and is_cjk(text[e]):
            cands["figure_unit"].append(e)
    for ab in ABBREV:
        for m in re.finditer(re.escape(ab), text):
            for k in range(1, len(ab)):
                if lo <= m.start() + k <= hi:
                    cands["abbrev"].append(m.start() + k)
    for k in range(lo, hi + 1):
        if is_cjk(text[k - 1]) and is_cjk(text[k]):
            cands["any"].append(k)
    order = rng.choices(["verb_figure", "figure_unit", "abbrev", "any"], [35, 25, 15, 25])[0]
    for kind in [order, "verb_figure", "figure_unit", "abbrev", "any"]:
        if cands[kind]:
            return rng.choice(cands[kind]), kind
    return None


def dateline_break(dl: str, mode: str) -> int | None:
    """Index to break a dateline at: inside its date, or before 通讯员."""
    if mode == "date":
        m = re.search(r"\d+[月]\d+(?=日[讯电])", dl)
        return m.end() if m else None
    i = dl.find(" 通讯员")
    return i if i > 0 else None


# --------------------------------------------------------------------------- para layout

def jump_marker(cont: str, style: str, rng: random.Random) -> str:
    arrow = rng.choice(["▷", "▷", "▶"])
    return arrow + conv("（" + cont + "）", style)


def para_story_units(s: dict, ai: int, page: dict, rng: random.Random, out: PageOut,
                     style: str, doubled: bool) -> list[dict]:
    prn = s.get("print", {})
    fx = s.get("fx", [])
    U: list[dict] = []
    kind = s["kind"]
    label_pos = None
    if s["column"]:
        label_pos = "after" if ("label_after" in fx or rng.random() < 0.3) else "before"
        if "label_before" in fx:
            label_pos = "before"

    # headline lines
    head: list[dict] = []
    K = conv(prn.get("kicker", s["kicker"]), style)
    T = conv(prn.get("title", s["title"]), style)
    S = conv(prn.get("subtitle", s["subtitle"]), style)
    A = conv(prn.get("attend", ""), style)
    if "attend" not in prn:
        S = conv(prn.get("subtitle", s["subtitle"]), style)
    if kind == "photo":
        if T:
            head.append(unit(T.replace("|", ""), ai, "head"))
    elif T or K or S:
        choices = ["stack"]
        if K and T and len(K.replace("|", "")) >= 4:
            choices += ["kt", "kt"]
        if T and S and not A and len(T.replace("|", "")) >= 4:
            choices += ["ts", "ts"]
        if K and T and S and not A:
            choices += ["kts"]
        arr = rng.choice(choices)
        if "stack" in fx or doubled:
            arr = "stack"
        kl = split_marks(K, rng, 0.5) if K else []
        if len(kl) > 1:
            out.tag(ai, "kicker_wrapped")
        title_lines = [T.replace("|", "")] if T else []
        if T and arr in ("stack", "kt") and not doubled:
            if " " in T.replace("|", "") and rng.random() < 0.35:
                title_lines = T.replace("|", "").split(" ", 1)
                out.tag(ai, "two_phrase_title_split")
            elif "|" in T and rng.random() < 0.2:
                a, b = T.rsplit("|", 1)
                title_lines = [a.replace("|", ""), b]
                out.tag(ai, "headline_last_word_alone")
        KK = " ".join(x.replace("|", "") for x in kl)
        SS = S.replace("|", "")
        if arr == "stack":
            for j, x in enumerate(kl):
                head.append(unit(x.replace("|", ""), ai, "head", gap=0 if j else 1))
            for j, x in enumerate(title_lines):
                head.append(unit(x, ai, "head", gap=0 if j and rng.random() < 0.4 else 1))
            if SS:
                head.append(unit(SS, ai, "head"))
            out.tag(ai, f"headline_{len(head)}_lines")
        elif arr == "kt":
            head.append(unit(KK + " " + title_lines[0], ai, "head"))
            for x in title_lines[1:]:
                head.append(unit(x, ai, "head"))
            if SS:
                head.append(unit(SS, ai, "head"))
            out.tag(ai, "kicker_title_one_line")
        elif arr == "ts":
            for j, x in enumerate(kl):
                head.append(unit(x.replace("|", ""), ai, "head", gap=0 if j else 1))
            head.append(unit(T.replace("|", "") + " " + SS, ai, "head"))
            out.tag(ai, "title_subtitle_one_line")
        else:
            head.append(unit(KK + " " + T.replace("|", "") + " " + SS, ai, "head"))
            out.tag(ai, "headline_one_line")
        if A:
            head.append(unit(A, ai, "head"))
            out.tag(ai, "attend_line")
        if SS.startswith("——"):
            out.tag(ai, "dash_subtitle")
        if doubled and T:
            tclean = T.replace("|", "")
            for j, h in enumerate(head):
                if h["t"] == tclean:
                    if rng.random() < 0.5:
                        h["t"] = tclean + tclean
                        out.tag(ai, "headline_doubled_one_line")
                    else:
                        head.insert(j + 1, unit(tclean, ai, "head", gap=rng.choice([0, 1])))
                        out.tag(ai, "headline_doubled_two_lines")
                    out.dups.append(tclean)
                    break

    # byline printed apart (features, commentary, essays, letters)
    byl: list[dict] = []
    by = conv(s["byline"], style)
    byline_end = "byline_end" in fx
    if by and kind != "photo" and not byline_end:
        parts = [by]
        if " 通讯员" in by and rng.random() < 0.6:
            i = by.index(" 通讯员")
            parts = [by[:i], by[i + 1:]]
            out.tag(ai, "byline_break_before_tongxunyuan")
        elif by.count(" ") >= 2 and rng.random() < 0.3:
            i = by.rindex(" ")
            parts = [by[:i], by[i + 1:]]
            out.tag(ai, "byline_break_between_names")
        for x in parts:
            byl.append(unit(x, ai, "byline"))
        if by.startswith("文丨") or by.startswith("文/"):
            out.tag(ai, "wen_byline")
        elif len(by.replace(" ", "")) <= 7 and "记者" not in by and "评论员" not in by:
            out.tag(ai, "bare_name_byline")
        else:
            out.tag(ai, "byline_own_line")

    # body
    body: list[dict] = []
    paras = [conv(p, style) for p in s["paragraphs"]]
    subs = set(conv(x, style) for x in s["subheads"])
    dl = conv(s["dateline"], style)
    if kind == "photo":
        cap = paras[0] if paras else ""
        credit_mode = rng.choice(["inline", "own"]) if by else None
        if "credit_own" in fx:
            credit_mode = "own"
        if "credit_inline" in fx:
            credit_mode = "inline"
        for p in paras[:-1]:
            body.append(unit(p, ai, "caption"))
        last = paras[-1] if paras else cap
        if credit_mode == "inline":
            body.append(unit(last + " " + by, ai, "caption"))
            out.tag(ai, "credit_on_caption_line")
        else:
            body.append(unit(last, ai, "caption"))
            if by:
                body.append(unit(by, ai, "credit"))
                out.tag(ai, "credit_own_line")
        if by.startswith("以上图片") or by.startswith("本版图片") or "均由" in by:
            out.tag(ai, "group_credit")
        if s["column"]:
            out.tag(ai, "column_label_before")
            return [unit(conv(s["column"], style), ai, "label")] + head + body
        return head + body
    if kind == "continuation":
        mk = conv("（" + s["continued"] + "）", style)
        if rng.random() < 0.5:
            out.extras.append(mk)
            body.append(unit(mk, ai, "marker"))
            out.tag(ai, "continuation_marker_own_line")
            first = paras[0]
        else:
            out.extras.append(mk)
            first = mk + paras[0]
            out.tag(ai, "continuation_marker_inline")
        body.append(unit(first, ai, "body", pi=0, mk=len(mk) if first != paras[0] else 0))
        rest = paras[1:]
        start = 1
    else:
        rest = paras
        start = 0
        if dl:
            mode = None
            if "dl_split" in fx or rng.random() < 0.07:
                mode = "date"
            elif "dl_tx" in fx or (" 通讯员" in dl and rng.random() < 0.07):
                mode = "tx"
            k = dateline_break(dl, mode) if mode else None
            if k:
                body.append(unit(dl[:k], ai, "dlpiece"))
                body.append(unit(dl[k:].lstrip() + paras[0], ai, "body", pi=0))
                out.tag(ai, "dateline_break_in_date" if mode == "date"
                        else "dateline_break_before_tongxunyuan")
            else:
                body.append(unit(dl + paras[0], ai, "body", pi=0))
            rest = paras[1:]
            start = 1
            if "电（" in dl or "电(" in dl:
                out.tag(ai, "dateline_dian")
            if dl.startswith("新华社"):
                out.tag(ai, "xinhua")
    for j, p in enumerate(rest, start):
        if p in subs:
            body.append(unit(p, ai, "sub"))
            out.tag(ai, "crosshead")
        else:
            body.append(unit(p, ai, "body", pi=j))
        if re.match(r"^[\u4e00-\u9fff]{1,2}[，,]是[^。]{1,8}。", p):
            out.tag(ai, "parallel_form_opening")
    if byline_end and by:
        if rng.random() < 0.5:
            body.append(unit(by, ai, "byline"))
            out.tag(ai, "trailing_byline_own_line")
        else:
            body[-1]["t"] += " " + by
            body[-1]["role"] = "body_end"
            out.tag(ai, "trailing_byline_on_last_line")
        if "新湖南客户端" in by:
            out.tag(ai, "byline_xinhunan_client")
    if s["continued"].startswith("下转"):
        mk = jump_marker(s["continued"], style, rng)
        out.extras.append(mk)
        body.append(unit(mk, ai, "marker"))
        out.tag(ai, "jump_marker_xiazhuan")

    label = [unit(conv(s["column"], style), ai, "label")] if s["column"] else []
    if label:
        out.tag(ai, f"column_label_{label_pos}")

    # a feature's head printed after its first paragraphs
    if (kind == "feature" and head and "head_first" not in fx
            and ("head_after" in fx or rng.random() < 0.35)):
        bodies = [j for j, u in enumerate(body) if u["role"] == "body"]
        if len(bodies) >= 4:
            k = rng.randint(1, min(4, len(bodies) - 2))
            cut = bodies[k]
            body = body[:cut] + head + body[cut:]
            head = []
            out.tag(ai, "head_after_first_paragraphs")
    units = (label if label_pos == "before" else []) + head + byl + body
    if label_pos == "after":
        units += label
    return units


def para_page(page: dict, rng: random.Random, out: PageOut):
    style = page["punct"]
    stories = page["stories"]
    fx = page.get("pagefx", [])
    pdfspace = "pdfspace" in fx
    rd = Render(rng, 0.8 if pdfspace else 0.0, 0.25 if pdfspace else 0.0,
                0.12 if pdfspace else 0.0, 0.1)
    if pdfspace:
        out.tag(None, "pdf_spacing")

    doubled_ai = None
    if "doubled" in fx:
        cands = [i for i, s in enumerate(stories) if s["title"] and s["kind"] != "photo"]
        doubled_ai = rng.choice(cands[1:] or cands)

    blocks: list[list[dict]] = []
    kinds: list[str] = []
    for ai, s in enumerate(stories):
        blocks.append(para_story_units(s, ai, page, rng, out, style, ai == doubled_ai))
        kinds.append(s["kind"])

    # photo groups: consecutive photo stories
    groups: list[list[int]] = []
    i = 0
    while i < len(stories):
        if kinds[i] == "photo":
            j = i
            while j + 1 < len(stories) and kinds[j + 1] == "photo":
                j += 1
            groups.append(list(range(i, j + 1)))
            i = j + 1
        else:
            i += 1

    seq: list[list[dict]] = []   # blocks in print order, photo groups possibly moved
    top: list[dict] = []
    moved: set[int] = set()
    between_done = False
    for g in groups:
        first = stories[g[0]]
        pu = [u for ai in g for u in blocks[ai]]
        pu[0] = dict(pu[0], gap=3)
        if "photo_top" in first.get("fx", []):
            top += pu
            moved.update(g)
            for ai in g:
                out.tag(ai, "photo_at_top")
            continue
        host = g[0] - 1
        while host >= 0 and kinds[host] == "photo":
            host -= 1
        want = "photo_between" in first.get("fx", []) or (not between_done and rng.random() < 0.6)
        if "photo_own" in first.get("fx", []):
            want = False
        if want and host >= 0:
            hb = blocks[host]
            idx = [j for j, u in enumerate(hb) if u["role"] == "body"]
            if len(idx) >= 3:
                k = rng.choice(idx[1:-1])
                after = dict(hb[k + 1], gap=rng.choice([1, 3]))
                blocks[host] = hb[:k + 1] + pu + [after] + hb[k + 2:]
                moved.update(g)
                for ai in g:
                    out.tag(ai, "photo_between_paragraphs")
                out.tag(host, "photo_inside_story")
                between_done = True
    for ai in range(len(stories)):
        if ai in moved:
            continue
        b = blocks[ai]
        if kinds[ai] == "photo" and b:
            b[0] = dict(b[0], gap=3)
        seq.append(b)
    owners = [b[0]["art"] if b else None for b in seq]

    # cuts: a paragraph cut at a column foot, its tail (and the run after it) printed
    # after a paragraph or two of the next story, or after the next story's headline,
    # or simply on the next line
    ncut = rng.randint(3, 5)
    ops = {}
    order = list(range(len(seq)))
    rng.shuffle(order)
    used_pairs: set[int] = set()
    for bi in order:
        if len(ops) >= ncut:
            break
        ai = owners[bi]
        if ai is None or kinds[ai] in ("photo",):
            continue
        b = seq[bi]
        cands = [j for j, u in enumerate(b) if u["role"] == "body" and u["art"] == ai
                 and len(u["t"]) >= 70]
        if not cands:
            continue
        nxt = bi + 1
        can_pair = (nxt < len(seq) and owners[nxt] is not None and kinds[owners[nxt]] != "photo"
                    and bi not in used_pairs and nxt not in used_pairs and bi - 1 not in used_pairs)
        if can_pair:
            nb = seq[nxt]
            nbody = [j for j, u in enumerate(nb) if u["role"] == "body" and u["art"] == owners[nxt]]
            heads_first = bool(nb) and nb[0]["role"] in ("head", "label", "byline")
            typ = rng.choices(["alt", "after_head", "adjacent"], [5, 2, 2])[0]
            if typ == "alt" and len(nbody) < 2:
                typ = "after_head" if heads_first else "adjacent"
            if typ == "after_head" and not heads_first:
                typ = "adjacent"
        else:
            typ = "adjacent"
        j = rng.choice(cands)
        cp = cut_point(b[j]["t"], rng)
        if not cp:
            continue
        ops[bi] = (typ, j, cp)
        if typ != "adjacent":
            used_pairs.update({bi, nxt})

    flat: list[dict] = list(top)
    bi = 0
    while bi < len(seq):
        b = seq[bi]
        op = ops.get(bi)
        if not op:
            flat += b
            bi += 1
            continue
        typ, j, (k, why) = op
        ai = owners[bi]
        u = b[j]
        headp = dict(u, t=u["t"][:k])
        tailp = dict(u, t=u["t"][k:], role="tail", gap=1)
        out.tag(ai, f"cut_{why}")
        if typ == "adjacent":
            flat += b[:j] + [headp, tailp] + b[j + 1:]
            out.tag(ai, "cut_tail_next_line")
            bi += 1
            continue
        nb = seq[bi + 1]
        na = owners[bi + 1]
        nbody = [x for x, v in enumerate(nb) if v["role"] == "body" and v["art"] == na]
        if typ == "alt":
            m = nbody[0] if len(nbody) < 3 or rng.random() < 0.5 else nbody[1]
            pre, post = nb[:m + 1], nb[m + 1:]
            out.tag(ai, "tail_after_other_story_paragraphs")
            out.tag(na, "interleaved_with_previous_story")
            # the next story's last printed paragraph may be cut as well, its tail
            # coming after the first story's run (pieces alternate)
            last = pre[-1]
            cp2 = cut_point(last["t"], rng) if len(last["t"]) >= 70 and rng.random() < 0.5 else None
            if cp2:
                k2, why2 = cp2
                pre = pre[:-1] + [dict(last, t=last["t"][:k2])]
                post = [dict(last, t=last["t"][k2:], role="tail", gap=1)] + post
                out.tag(na, f"cut_{why2}")
                out.tag(na, "tail_after_other_story_paragraphs")
                out.tag(None, "alternating_pieces")
        else:
            starts = [x for x, v in enumerate(nb) if v["role"] in ("body", "dlpiece", "marker")
                      and v["art"] == na]
            m = starts[0] if starts else len(nb)
            pre, post = nb[:m], nb[m:]
            out.tag(ai, "tail_after_other_story_headline")
        flat += b[:j] + [headp] + pre + [tailp] + b[j + 1:] + post
        bi += 2

    # a line printed twice
    if "dup" in fx or rng.random() < 0.4:
        cands = [x for x, v in enumerate(flat) if v["role"] in ("body", "tail") and 20 <= len(v["t"]) <= 240
                 and not v.get("mk")]
        if cands:
            x = rng.choice(cands)
            v = flat[x]
            pos = x + 1 if rng.random() < 0.5 else min(len(flat), x + rng.randint(2, 3))
            v["src"] = x
            flat.insert(pos, dict(v, gap=1, dup=True))
            out.dups.append(v["t"])
            out.tag(v["art"], "line_printed_twice")

    # boxes (countdowns, framed labels) anywhere on the page
    for box in page.get("boxes", []):
        lines = [conv(x, style) for x in box]
        pos = rng.randint(1, len(flat))
        ins = [unit(t, None, "box", gap=3 if i == 0 else rng.choice([0, 1])) for i, t in enumerate(lines)]
        if pos < len(flat):
            flat[pos] = dict(flat[pos], gap=3)
        flat[pos:pos] = ins
        out.extras += lines
        out.tag(None, "box_lines")

    # masthead / header strip
    furn = masthead_lines(page, rng, out, style) + header_lines(page, rng, out, style)
    if furn:
        if flat:
            flat[0] = dict(flat[0], gap=3)
        flat = furn + flat

    cache: dict[int, str] = {}
    capdone = False
    for v in flat:
        t = v["t"]
        if v.get("dup") and v.get("src") in cache:
            out.lines.append({"t": cache[v["src"]], "gap": v["gap"]})
            continue
        if v["role"] in ("body", "tail", "caption", "dlpiece", "body_end"):
            if v["role"] == "caption" and "capspace" in fx and (not capdone or rng.random() < 0.3):
                capdone = True
                t = Render.spread(tokens(t))
                out.tag(v["art"], "caption_spaced_out")
            else:
                t = rd.normal(t)
        if "src" in v:
            cache[v["src"]] = t
        out.lines.append({"t": t, "gap": v["gap"]})
    for t in rd.tags:
        out.tag(None, t)


def masthead_lines(page: dict, rng: random.Random, out: PageOut, style: str) -> list[dict]:
    mh = page.get("masthead")
    if not mh:
        return []
    y, m, d = page["date"].split("-")
    wd = "一二三四五六日"[datetime.date(int(y), int(m), int(d)).weekday()]
    pieces = [f"{int(y)}年{int(m)}月", str(int(d)), f"星期{wd}", mh["lunar"],
              f"第{mh['number']}号", f"今日{mh['pages']}版"]
    lines: list[dict] = []
    merged = rng.random() < 0.5
    i = 0
    while i < len(pieces):
        p = pieces[i]
        gap = 1
        if merged and i == 1:
            p = pieces[1] + " " + pieces[2]
            i += 1
            out.tag(None, "masthead_merged_piece")
        if i == 4 and rng.random() < 0.7:
            gap = 0
        lines.append(unit(p, None, "mast", gap=gap))
        out.extras.append(p)
        i += 1
    out.tag(None, "masthead")
    return lines


def header_lines(page: dict, rng: random.Random, out: PageOut, style: str) -> list[dict]:
    hs = page.get("header") or []
    lines = []
    for i, h in enumerate(hs):
        h = conv(h, style)
        lines.append(unit(h, None, "header", gap=1 if i == 0 else rng.choice([0, 1])))
        out.extras.append(h)
    if hs:
        out.tag(None, "header_strip")
    return lines


# --------------------------------------------------------------------------- column layout

class Wrapper:
    def __init__(self, rng: random.Random, rd: Render, spread_p: float):
        self.rng, self.rd, self.spread_p = rng, rd, spread_p

    def wrap(self, text: str, first: float, width_: float, protect: int = 0) -> list[list[str]]:
        """Greedy justified column fill.  protect: length of a leading field (dateline,
        marker) of which no piece shorter than 4 characters may open a line."""
        toks = tokens(text)
        lines: list[list[str]] = []
        cur: list[str] = []
        curw = 0.0
        limit = first
        for t in toks:
            tw = width(t)
            if curw + tw <= limit + 1e-9 or not cur:
                cur.append(t)
                curw += tw
                continue
            if t[0] in CLOSE:
                cur.append(t)      # hanging punctuation
                curw += tw
                continue
            carry: list[str] = []
            while cur and cur[-1][-1] in OPEN:
                carry.insert(0, cur.pop())
            if protect:
                # nor may a line end with 1-3 characters of the body after the field
                done = sum(len(x) for ln in lines for x in ln)
                after = done + sum(len(x) for x in cur) - protect
                if done < protect and 0 < after < 4:
                    while cur and sum(len(x) for x in carry) < after:
                        carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry + [t]
            curw = sum(width(x) for x in cur)
            limit = width_
        if cur:
            lines.append(cur)
        if protect:
            self._protect(lines, protect)
        return [[t for t in ln] for ln in lines if any(x.strip() for x in ln)]

    @staticmethod
    def _protect(lines: list[list[str]], n: int):
        """Move a line break so that a line holding the end of the leading field and the
        start of the body carries at least 4 characters of that field."""
        pos = 0
        for li, ln in enumerate(lines):
            start = pos
            pos += sum(len(t) for t in ln)
            if li == 0 or not (start < n < pos):
                continue
            piece = lambda: "".join(lines[li])[: n - start].replace(" ", "")
            while len(piece()) < 4 and lines[li - 1]:
                t = lines[li - 1].pop()
                lines[li].insert(0, t)
                start -= len(t)
            break

    def render(self, lines: list[list[str]], widths: list[float], last_is_end: bool = True,
               nospread: tuple = ()) -> tuple[list[str], int]:
        out = []
        nspread = 0
        for i, ln in enumerate(lines):
            w = widths[i] if i < len(widths) else widths[-1]
            body = [t for t in ln]
            while body and body[0] == " ":
                body.pop(0)
            while body and body[-1] == " ":
                body.pop()
            natural = sum(width(t) for t in body)
            final = last_is_end and i == len(lines) - 1
            inner_punct = sum(1 for t in body[:-1] if t in CLOSE)
            spread = False
            if not final and i not in nospread:
                if w - natural >= 0.9 and self.rng.random() < 0.85:
                    spread = True
                elif inner_punct >= 2 and self.rng.random() < self.spread_p:
                    spread = True
            if spread:
                out.append(Render.spread(body))
                nspread += 1
            else:
                out.append(self.rd.normal("".join(body)))
        return out, nspread


def col_page(page: dict, rng: random.Random, out: PageOut):
    style = page["punct"]
    stories = page["stories"]
    fx = page.get("pagefx", [])
    rd = Render(rng, 0.85, 0.15, 0.03, 0.12)
    wr = Wrapper(rng, rd, rng.choice([0.12, 0.18, 0.24]))
    base = rng.choice([15, 16, 17, 19, 20, 21, 22])
    out.tag(None, f"column_width_{base}")

    blocks: list[dict] = []          # per story: {"head": [...], "body": [...], "place": ...}
    has_photo = any(s["kind"] == "photo" for s in stories)
    wide_subs = [conv(s.get("print", {}).get("subtitle", s["subtitle"]), style).replace("|", "")
                 for s in stories if "wide_sub" in s.get("fx", []) and s["subtitle"] and has_photo]
    doubled_ai = None
    if "doubled" in fx:
        cands = [i for i, s in enumerate(stories) if s["title"] and s["kind"] not in ("photo",)]
        doubled_ai = rng.choice(cands)
    for ai, s in enumerate(stories):
        prn = s.get("print", {})
        sfx = s.get("fx", [])
        kind = s["kind"]
        W = base + rng.choice([-1, 0, 0, 1])
        if kind == "commentary":
            W = max(12, base - rng.randint(2, 4))
        paras = [conv(p, style) for p in s["paragraphs"]]
        subs = set(conv(x, style) for x in s["subheads"])
        dl = conv(s["dateline"], style)
        by = conv(s["byline"], style)
        body: list[tuple[str, int]] = []     # (text, gap)

        def emit(lines, gap_first=1):
            for i, t in enumerate(lines):
                body.append((t, gap_first if i == 0 else 1))

        # --- photos
        if kind == "photo":
            CW = rng.choice([40, 42, 44, 46])
            T = conv(prn.get("title", s["title"]), style).replace("|", "")
            if s["column"]:
                body.append((conv(s["column"], style), 1))
                out.tag(ai, "column_label_before")
            if T:
                body.append((T, 1))
                out.tag(ai, "photo_title_column_page")
            cap = paras[0] if paras else ""
            credit_own = ("credit_own" in sfx or rng.random() < 0.5) and "credit_inline" not in sfx
            text = cap if (credit_own or not by) else cap + " " + by
            toks_lines = wr.wrap(text, CW, CW)
            if not credit_own and by:
                lastpiece = "".join(toks_lines[-1]).replace(" ", "")
                if len(lastpiece) - len(by.replace(" ", "")) < 4:
                    credit_own = True
                    toks_lines = wr.wrap(cap, CW, CW)
            if rng.random() < 0.25:
                rendered = [Render.spread(t) for t in toks_lines]
                out.tag(ai, "caption_spaced_out")
            else:
                rendered, _ = wr.render(toks_lines, [CW], nospread=tuple(range(len(toks_lines))))
            if wide_subs:
                body.append((wide_subs.pop(0), 1))
                out.tag(ai, "wide_subtitle_next_to_caption")
            emit(rendered)
            if by and credit_own:
                pad = " " * rng.randint(18, 44)
                body.append((pad + by, 1))
                out.tag(ai, "credit_right_aligned_own_line")
            elif by:
                out.tag(ai, "credit_end_of_caption")
            if "均由" in by:
                out.tag(ai, "group_credit")
            blocks.append({"head": [], "body": body, "place": "after", "ai": ai})
            continue

        # --- continuation marker
        lead = ""
        if kind == "continuation":
            arrow = rng.choice(["▲ ▲", "◀", ""])
            mk = (arrow + " " if arrow else "") + conv("（" + s["continued"] + "）", style)
            out.extras.append(mk.strip())
            if rng.random() < 0.5:
                body.append((mk.strip(), 1))
                out.tag(ai, "continuation_marker_own_line")
            else:
                lead = mk.replace(" ", "") if not arrow else mk
                out.tag(ai, "continuation_marker_inline")
        # --- byline before body (feature: alone on its first line; commentary: two lines)
        if by and "byline_end" not in sfx and kind != "commentary":
            parts = [by]
            if " 通讯员" in by and rng.random() < 0.5:
                i = by.index(" 通讯员")
                parts = [by[:i], by[i + 1:]]
                out.tag(ai, "byline_break_before_tongxunyuan")
            for x in parts:
                body.append((x, 1))
            if by.startswith("文丨"):
                out.tag(ai, "wen_byline")
            elif len(by.replace(" ", "")) <= 7 and "记者" not in by:
                out.tag(ai, "bare_name_byline")
            else:
                out.tag(ai, "byline_own_line")
        com_by_pos = None
        if kind == "commentary" and by:
            bare = "评论员" not in by and "记者" not in by and len(by.replace(" ", "")) <= 7
            if bare:
                body.append((by, 1))
                out.tag(ai, "bare_name_byline")
                com_by_pos = "body"
            else:
                com_by_pos = rng.choice(["top", "head"])
                if com_by_pos == "top":
                    if by.startswith("湖南日报评论员"):
                        parts = [by]
                    else:
                        i = by.rfind(" ")
                        parts = [by[:i], by[i + 1:]] if i > 0 else [by]
                    for x in parts:
                        body.append((x, 1))
                    out.tag(ai, "commentary_byline_top")
        # --- paragraphs
        for j, p in enumerate(paras):
            if p in subs:
                body.append((p, 1))
                out.tag(ai, "crosshead")
                continue
            text = p
            protect = 0
            first_w = W - 2
            nospread = ()
            if j == 0 and dl:
                text = dl + p
                protect = len(dl)
                if "电（" in dl or "电(" in dl:
                    out.tag(ai, "dateline_dian")
                if dl.startswith("新华社"):
                    out.tag(ai, "xinhua")
                mode = None
                if "dl_split" in sfx or rng.random() < 0.08:
                    mode = "date"
                elif "dl_tx" in sfx:
                    mode = "tx"
                k = dateline_break(dl, mode) if mode else None
                if k:
                    head_txt = dl[:k]
                    body.append((rd.normal(head_txt), 1))
                    text = dl[k:].lstrip() + p
                    protect = len(dl) - k
                    out.tag(ai, "dateline_break_in_date" if mode == "date"
                            else "dateline_break_before_tongxunyuan")
                    first_w = W
                elif rng.random() < 0.5:
                    out.tag(ai, "dateline_wrapped")
            if j == 0 and lead:
                text = lead + text
                protect = len(lead)
            if re.match(r"^[\u4e00-\u9fff]{1,2}[，,]是[^。]{1,8}。", p):
                out.tag(ai, "parallel_form_opening")
            lines = wr.wrap(text, first_w, W, protect)
            rendered, nsp = wr.render(lines, [first_w, W], nospread=nospread)
            if nsp:
                out.tag(ai, "spread_lines")
            emit(rendered)
        if "byline_end" in sfx and by:
            body.append((by, 1))
            out.tag(ai, "trailing_byline_own_line")
        if s["continued"].startswith("下转"):
            mk = jump_marker(s["continued"], style, rng)
            out.extras.append(mk)
            body.append((mk, 1))
            out.tag(ai, "jump_marker_xiazhuan")
        # --- headline stack
        K = conv(prn.get("kicker", s["kicker"]), style)
        T = conv(prn.get("title", s["title"]), style)
        S = conv(prn.get("subtitle", s["subtitle"]), style)
        A = conv(prn.get("attend", ""), style)
        head: list[str] = []
        for x in split_marks(K, rng, 0.6) if K else []:
            head.append(x)
        tl = split_marks(T, rng, 0.35) if T else []
        if len(tl) > 1:
            out.tag(ai, "headline_last_word_alone")
        elif T and " " in T and rng.random() < 0.3:
            tl = T.split(" ", 1)
            out.tag(ai, "two_phrase_title_split")
        if ("doubled" in sfx or ai == doubled_ai) and tl:
            if rng.random() < 0.5:
                tl = [tl[0] + tl[0]] + tl[1:] if len(tl) == 1 else tl + [T.replace("|", "")]
                out.tag(ai, "headline_doubled_one_line" if len(tl) == 1 else "headline_doubled_two_lines")
            else:
                tl = tl + [T.replace("|", "")] if len(tl) > 1 else tl + tl
                out.tag(ai, "headline_doubled_two_lines")
            out.dups.append(T.replace("|", ""))
        head += tl
        sl = split_marks(S, rng, 0.6) if S else []
        if "wide_sub" in sfx and S and has_photo:
            sl = []
            out.tag(ai, "wide_subtitle_next_to_caption")
        head += sl
        if A:
            head.append(A)
            out.tag(ai, "attend_line")
        if S.startswith("——"):
            out.tag(ai, "dash_subtitle")
        if kind == "commentary" and com_by_pos == "head":
            head.append(by)
            out.tag(ai, "commentary_byline_with_title")
        label = conv(s["column"], style)
        if label:
            lp = rng.choice(["before", "after", "head"])
            if "label_after" in sfx:
                lp = "after"
            if "label_before" in sfx:
                lp = "before"
            out.tag(ai, f"column_label_{lp}")
        else:
            lp = None
        place = rng.choices(["after", "before", "bunch"], [45, 30, 25])[0]
        for p_ in ("after", "before", "bunch"):
            if f"head_{p_}" in sfx:
                place = p_
        if not head:
            place = "after"
        else:
            out.tag(ai, f"headline_{place}_body")
        blocks.append({"head": head, "body": body, "place": place, "ai": ai, "label": label,
                       "lp": lp})

    # assemble
    lines: list[dict] = []
    cluster: list[list[str]] = []
    for b in blocks:
        if b["place"] == "bunch":
            cluster.append(b["head"])
    cluster_at = rng.randint(max(0, len(blocks) // 2 - 1), len(blocks) - 1) if cluster else -1
    first_line = True

    def put(t, gap):
        nonlocal first_line
        if first_line:
            t = " " + t
            first_line = False
        lines.append({"t": t, "gap": gap})

    def put_head(hl):
        for i, t in enumerate(hl):
            put(t, 1 if i == 0 else rng.choice([0, 0, 1]))

    for bi, b in enumerate(blocks):
        lab = b.get("label")
        if lab and b["lp"] in ("before",):
            put(lab, 1)
        if b["place"] == "before":
            if lab and b["lp"] == "head":
                put(lab, 1)
            put_head(b["head"])
        for t, g in b["body"]:
            put(t, g)
        if b["place"] == "after":
            if lab and b["lp"] == "head":
                put(lab, 1)
            put_head(b["head"])
        if lab and b["lp"] == "after":
            put(lab, 1)
        if b["place"] == "bunch" and lab and b["lp"] == "head":
            put(lab, 1)
        if bi == cluster_at:
            rng.shuffle(cluster)
            for hl in cluster:
                put_head(hl)
            out.tag(None, "headlines_bunched")
    # header strip and boxes
    for box in page.get("boxes", []):
        bl = [conv(x, style) for x in box]
        pos = rng.randint(1, len(lines))
        lines[pos:pos] = [{"t": t, "gap": 1} for t in bl]
        out.extras += bl
        out.tag(None, "box_lines")
    hs = [conv(h, style) for h in page.get("header") or []]
    if hs:
        hl = [{"t": t, "gap": 1} for t in hs]
        if rng.random() < 0.5:
            lines = lines + hl
        else:
            lines[0]["t"] = lines[0]["t"].lstrip()
            hl[0]["t"] = " " + hl[0]["t"]
            lines = hl + lines
        out.extras += hs
        out.tag(None, "header_strip")
    out.lines = lines
    for t in rd.tags:
        out.tag(None, t)


# --------------------------------------------------------------------------- driver

def serialise(page: dict, out: PageOut) -> str:
    if page["layout"] == "para":
        parts = ["\n\n"]
        for i, v in enumerate(out.lines):
            if i:
                parts.append("\n" * (v["gap"] + 1))
            parts.append(v["t"])
        return "".join(parts)
    parts = []
    for i, v in enumerate(out.lines):
        if i:
            parts.append("\n" * (v["gap"] + 1))
        parts.append(v["t"])
    return "".join(parts) + "\n\n\n"


def gold_article(s: dict) -> dict:
    return {k: s[k] for k in GOLD_FIELDS}


def convert_story(s: dict, style: str) -> dict:
    c = dict(s)
    for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
        c[k] = conv(s[k], style)
    c["subheads"] = [conv(x, style) for x in s["subheads"]]
    c["paragraphs"] = [conv(x, style) for x in s["paragraphs"]]
    return c


def main() -> int:
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if f.suffix in (".txt", ".json"):
                f.unlink()
    phen = {}
    n = 0
    for issue in data["issues"]:
        for page in issue["pages"]:
            rng = random.Random(page["id"])
            out = PageOut()
            if page["layout"] == "para":
                para_page(page, rng, out)
            else:
                col_page(page, rng, out)
            text = serialise(page, out)
            name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
            n += 1
            (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
            arts = [gold_article(convert_story(s, page["punct"])) for s in page["stories"]]
            mh = page.get("masthead")
            gold = {"source": f"{name}.txt", "issue_date": issue["date"],
                    "issue_number": mh["number"] if mh else None,
                    "page_count": int(mh["pages"]) if mh else None,
                    "articles": arts,
                    "extras": out.extras, "duplicates": out.dups}
            (HERE / "gold" / f"{name}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            chars = sum(len(re.sub(r"\s", "", ln)) for ln in text.splitlines())
            phen[f"{name}.txt"] = {
                "page_id": page["id"], "layout": page["layout"], "date": issue["date"],
                "page_no": page["page_no"], "section": page.get("section", ""),
                "punct": page["punct"], "chars": chars, "page": out.page_tags,
                "articles": [{"id": s["id"], "kind": s["kind"],
                              "headline": (s["kicker"] + s["title"] + s["subtitle"])[:40],
                              "phenomena": out.art_tags.get(i, [])}
                             for i, s in enumerate(page["stories"])]}
    (HERE / "phenomena.json").write_text(json.dumps(phen, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"composed {n} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
