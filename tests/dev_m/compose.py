#!/usr/bin/env python3
"""Compose the dev_m blind test set: lays the hand-written stories of src/ out into
Hunan Daily page files (both layouts of the seeds) with their exact gold annotations.

    python3 compose.py        # writes pages/, gold/ and README.md

Deterministic: each page's random generator is seeded from its fixed key (below).
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import engine as E  # noqa: E402
from layout_spec import ISSUES  # noqa: E402

WEEKDAY = "一二三四五六日"


class Page:
    """One printed page: raw lines (text, blank lines before) and its gold."""

    def __init__(self, spec: dict, issue: dict, stories: dict, key: str):
        self.spec, self.issue, self.stories = spec, issue, stories
        self.rng = random.Random(key)
        self.layout = spec["layout"]
        self.mode = spec.get("punct", "full")
        self.lines: list[list] = []          # [text, sep]
        self.arts: list[dict] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.bunch: list[list] = []
        self.pending: list[list] = []        # lines printed after the next item
        self.top: list[list] = []            # lines drawn at the top of the page
        self.stats = Counter()
        self.numsp = spec.get("numsp", False)   # spaces around every number run
        self.gaps = spec.get("gaps", 0.0)       # share of paragraph lines with glyph gaps

    # ------------------------------------------------------------ text helpers
    def P(self, s: str) -> str:
        return E.punct(s, self.mode)

    def emit(self, lines):
        for ln in lines:
            self.lines.append(list(ln))

    def stat(self, k, n=1):
        self.stats[k] += n

    # ------------------------------------------------------------ gold
    def gold(self, st: dict, part: str | None, paras: list) -> dict:
        P = self.P
        a = {"kind": st["kind"], "column": P(st["column"]), "kicker": P(st["kicker"]),
             "title": P(st["title"]), "subtitle": P(st["subtitle"]), "byline": P(st["byline"]),
             "dateline": P(st["dateline"]), "continued": "", "subheads": [], "paragraphs": []}
        if part == "front":
            a["continued"] = f"下转{self.cur_jump}版"
        if part == "cont":
            a.update(kind="continuation", column="", kicker="", title="", subtitle="",
                     byline="", dateline="", continued=self.cur_label or f"上接{self.cur_from}版")
        a["subheads"] = [P(t) for k, t in paras if k == "sub"]
        a["paragraphs"] = [P(t) for k, t in paras]
        self.arts.append(a)
        return a

    # ------------------------------------------------------------ masthead, boxes
    def masthead(self, opts):
        d = self.issue["date"]
        dd = datetime.date.fromisoformat(d)
        day = str(dd.day)
        wk = "星期" + WEEKDAY[dd.weekday()]
        pieces = [f"{dd.year}年{dd.month}月", day, wk, self.issue["lunar"],
                  f"第{self.issue['number']}号", f"今日{self.issue['pages']}版"]
        lines = []
        seps = [1, 1, 1, 1, 0, 1]
        if self.layout == "para":
            seps = [2, 1, 1, 1, 0, 1]
        merged = opts.get("merge")
        i = 0
        while i < len(pieces):
            if merged and i == 1:
                lines.append([f"{day} {wk}", seps[1]])
                self.stat("masthead_merged_piece")
                i += 2
                continue
            lines.append([pieces[i], seps[i]])
            i += 1
        if opts.get("split"):
            k = opts["split"]
            first, rest = lines[:k], lines[k:]
            self.extras.append("".join(t for t, _ in first))
            self.extras.append("".join(t for t, _ in rest))
            self.later_mast = rest
            lines = first
        else:
            self.extras.append("".join(t for t, _ in lines))
        self.stat("masthead")
        return lines

    def box(self, texts, sep=1):
        self.extras.append("".join(texts))
        self.stat("box_line", len(texts))
        return [[t, sep if i == 0 else (0 if self.layout == "para" else 1)] for i, t in enumerate(texts)]

    # ------------------------------------------------------------ headlines
    def head_parts(self, st, opts):
        """(role, text) printed headline lines, before layout-specific joins."""
        P = self.P
        k, t, s = P(st["kicker"]), P(st["title"]), P(st["subtitle"])
        return k, t, s

    def split_title(self, t, how):
        """A long title broken over two lines: at its space, or leaving the last
        word alone on a line."""
        if " " in t and how in ("space", "auto"):
            a, b = t.split(" ", 1)
            return [a, b]
        if isinstance(how, int):               # the last word (how chars) alone
            return [t[:-how], t[-how:]]
        cut = self.rng.randint(len(t) // 2, len(t) - 3)
        return [t[:cut], t[cut:]]

    def para_head(self, st, opts) -> list:
        k, t, s = self.head_parts(st, opts)
        style = opts.get("head") or self.rng.choice(["stack", "stack", "join", "join", "all"])
        L = []
        if not k and not t:
            style = "stack"
        if style == "stack4":                    # kicker / title 1 / title 2 / subtitle
            a, b = t.split(" ", 1)
            L = [[k, 1], [a, 1], [b, 1], [s, 1]]
            self.stat("headline_4_lines")
        elif style == "stack":
            L = [[x, 1] for x in (k, t, s) if x]
            if len(L) >= 3:
                self.stat("headline_3_lines")
        elif style == "kwrap":                   # a long kicker wrapped over two lines
            a, b = self.split_title(k, "cut")
            L = [[a, 1], [b, 0], [t, 1]] + ([[s, 1]] if s else [])
            self.stat("headline_wrapped")
        elif style == "join":                    # kicker + title on one line
            if k:
                L = [[k + " " + t, 1]]
                self.stat("kicker_title_one_line")
            else:
                L = [[t + " " + s, 1]] if s else [[t, 1]]
                s = ""
                self.stat("title_subtitle_one_line")
            if s:
                L.append([s, 1])
        elif style == "all":
            L = [[" ".join(x for x in (k, t, s) if x), 1]]
            self.stat("headline_all_one_line")
        else:
            raise ValueError(style)
        return self.bold(L, t, opts)

    def bold(self, L, t, opts):
        """A headline drawn twice for bold: doubled on its line or a second line."""
        b = opts.get("bold")
        if not b:
            return L
        for i, (x, sep) in enumerate(L):
            if x == t or x.endswith(t):
                if b == "inline":
                    L[i] = [x + t, sep]
                    self.stat("bold_title_doubled_inline")
                else:
                    L.insert(i + 1, [t, 0])
                    self.stat("bold_title_two_lines")
                self.dups.append(t)
                break
        return L

    def col_head(self, st, opts) -> list:
        k, t, s = self.head_parts(st, opts)
        L = []
        if k:
            L.append([k, 1])
        tsplit = opts.get("tsplit")
        if tsplit:
            a, b = self.split_title(t, tsplit)
            L += [[a, 1], [b, 0]]
            self.stat("title_over_two_lines")
            if isinstance(tsplit, int):
                self.stat("title_last_word_alone")
        elif t:
            L.append([t, 1])
        if k and s:
            self.stat("headline_3_lines" if len(L) == 2 else "headline_4_lines")
        if s:
            ssplit = opts.get("ssplit")
            if ssplit:
                a, b = self.split_title(s, "cut")
                L += [[a, 0], [b, 1]]
                self.stat("subtitle_over_two_lines")
            else:
                L.append([s, opts.get("ssep", 1)])
        return self.bold(L, t, opts)

    # ------------------------------------------------------------ paragraph layout
    def para_line(self, text):
        if self.numsp:
            text = E.space_numbers(text, 1.0, 1.0, self.rng)
            if "“" in text:
                text = text.replace("“", "“ ")
                self.stat("space_after_opening_quote")
        if self.gaps and self.rng.random() < self.gaps:
            g = E.glyph_gaps(text, self.rng, 2)
            if g != text:
                self.stat("glyph_gap_line")
            text = g
        return text

    def para_article(self, sid, opts, part=None):
        """Render one article in paragraph layout -> list of segments (lists of lines)."""
        st = self.stories[sid]
        P = self.P
        paras = st["paras"]
        if part:
            front, cont = E.split_jump(st)
            paras = front if part == "front" else cont
        self.gold(st, part, paras)
        segs = [[]]
        cur = segs[0]
        if part != "cont":
            if st["column"] and opts.get("label", "before") == "before":
                cur.append([P(st["column"]), 1])
                self.stat("column_label_before")
            if st["title"] or st["kicker"] or st["subtitle"]:
                cur += self.para_head(st, opts)
            by = P(st["byline"])
            if by and st["kind"] != "photo":
                if opts.get("bysplit") and " 通讯员" in by:
                    a, _, b = by.partition(" 通讯员")
                    cur += [[a, 1], ["通讯员" + b, 0]]
                    self.stat("byline_broken_before_tongxunyuan")
                else:
                    cur.append([by, 1])
                    if len(by) <= 4:
                        self.stat("bare_name_byline")
        else:
            mk = P(opts.get("mark", "（上接{n}版）").format(n=self.cur_from))
            self.extras.append(mk)
            if opts.get("mark_inline"):
                self.inline_mark = mk
            else:
                cur.append([mk, 1])
            self.stat("continuation_marker")
        cuts = {}
        for c in opts.get("cuts", []):               # (para index, kind, is_break)
            cuts.setdefault(c[0], []).append(c)
        pi = -1
        first = True
        dl = P(st["dateline"]) if part != "cont" else ""
        for kind, t in paras:
            t = P(t)
            if kind == "sub":
                shown = t
                cur.append([shown, 1])
                continue
            pi += 1
            prefix = ""
            if first and dl:
                prefix = dl
                self.stat("dateline_" + ("dian" if "电" in dl else "xun"))
            if first and part == "cont" and getattr(self, "inline_mark", None):
                prefix = self.inline_mark
                self.inline_mark = None
                self.stat("continuation_marker_inline")
            first = False
            pieces = [t]
            brk = []
            for (_, ck, is_break) in cuts.get(pi, []):
                off = E.find_cut(pieces[-1], ck, self.rng)
                a, b = pieces[-1][:off], pieces[-1][off:]
                pieces[-1:] = [a, b]
                brk.append(is_break)
                self.stat(("alternating_cut_" if is_break else "soft_break_") + ck)
            for j, pc in enumerate(pieces):
                text = (prefix + pc) if j == 0 else pc
                cur.append([self.para_line(text), 1])
                if j < len(brk) and brk[j]:
                    cur = []
                    segs.append(cur)
        if part == "front":
            mk = P(opts.get("jump", "▷(下转{n}版)").format(n=self.cur_jump))
            self.extras.append(mk)
            self.stat("jump_marker")
            where = opts.get("jump_at", "end")
            if where == "end":
                cur.append([mk, 1])
            elif where == "twice":
                cur.append([mk, 1])
                self.pending.append([mk, 1])
                self.dups.append(mk)
                self.stat("jump_marker_twice")
            else:
                self.pending.append([mk, 1])
                self.stat("jump_marker_displaced")
        if st["column"] and opts.get("label") == "after" and part != "cont":
            cur.append([P(st["column"]), 1])
            self.stat("column_label_after")
        for (idx, where) in opts.get("dup", []):
            body = [ln for s in segs for ln in s]
            ln = body[idx]
            self.dups.append(ln[0])
            self.stat("line_printed_twice")
            if where == "next":
                for s in segs:
                    if any(x is ln for x in s):
                        s.insert(next(i for i, x in enumerate(s) if x is ln) + 1, [ln[0], 1])
                        break
            else:
                self.pending.append([ln[0], 1])
        return segs

    def para_photo(self, sid, opts):
        st = self.stories[sid]
        P = self.P
        self.gold(st, None, st["paras"])
        cap = P(st["paras"][0][1])
        cr = P(st["byline"])
        form = opts.get("credit", "inline")
        L = []
        sep = opts.get("sep", 3)
        if st["title"]:
            L.append([P(st["title"]), sep])
            sep = 1
            self.stat("photo_title")
        if opts.get("spread"):
            cap = E.spread_all(cap)
            self.stat("caption_glyph_by_glyph")
        elif self.numsp:
            cap = E.space_numbers(cap, 1.0, 1.0, self.rng)
        self.stat("photo")
        if not cr:
            L.append([cap, sep])
            self.stat("photo_credit_none")
        elif form == "inline":
            L.append([cap + opts.get("gap", " ") + cr, sep])
            self.stat("photo_credit_inline")
        elif form == "own":
            L += [[cap, sep], [cr, 1]]
            self.stat("photo_credit_own_line")
        elif form == "right":
            L += [[cap, sep], [" " * opts.get("pad", 24) + cr, 1]]
            self.stat("photo_credit_right_aligned")
        elif form == "top":
            L.append([cap, sep])
            self.top.append([cr, 1])
            self.stat("photo_credit_top_of_page")
        elif form == "before":
            L += [[cr, sep], [cap, 1]]
            self.stat("photo_credit_before_caption")
        else:
            raise ValueError(form)
        if opts.get("group"):
            self.stat("photo_group_credit")
        return [L]

    # ------------------------------------------------------------ column layout
    def col_width(self, st, opts):
        if opts.get("w"):
            return opts["w"]
        if st["kind"] == "commentary":
            return self.rng.randint(12, 18)
        if opts.get("part") == "cont":
            return self.rng.randint(18, 22)
        return self.rng.randint(15, 22)

    def col_flow(self, st, paras, opts, part):
        """Wrapped body lines of a story, with glyph gaps and justified lines."""
        W = self.col_width(st, opts)
        cap = 2 * W
        p_b, p_a = opts.get("nums", self.rng.choice([(0.9, 0.9), (0.8, 0.5), (0.3, 0.3), (0.0, 0.0)]))
        pj = opts.get("justify", self.rng.choice([0.0, 0.06, 0.1, 0.15]))
        lines = []        # [text, sep, is_paragraph_end]
        dl = self.P(st["dateline"]) if part != "cont" else ""
        dlmode = opts.get("dl", "flow")
        first = True
        for kind, t in paras:
            t = self.P(t)
            if kind == "sub":
                lines.append([t, 1, True, "sub"])
                continue
            if first and dl:
                if dlmode == "own":
                    out = E.wrap_tokens(E.dateline_tokens(dl), cap, cap, self.rng)
                    out += E.wrap(t, cap, cap, self.rng)
                    self.stat("dateline_own_line")
                elif dlmode == "date":
                    m = re.match(r"(.*?\d+月\d+)(日.*)", dl)
                    out = [m.group(1)]
                    out += E.wrap_tokens(E.dateline_tokens(m.group(2)) + E.tokens(t), cap, cap, self.rng)
                    self.stat("dateline_broken_inside_date")
                elif dlmode == "tx":
                    a, _, b = dl.partition(" 通讯员")
                    out = [a]
                    out += E.wrap_tokens(E.dateline_tokens("通讯员" + b) + E.tokens(t), cap, cap, self.rng)
                    self.stat("dateline_broken_before_tongxunyuan")
                else:
                    out = E.wrap_tokens(E.dateline_tokens(dl) + E.tokens(t), cap, cap - 4, self.rng)
                self.stat("dateline_" + ("dian" if "电" in dl else "xun"))
            elif first and part == "cont" and opts.get("mark_inline"):
                mk = self.P(opts.get("mark", "▲ ▲（上接{n}版）").format(n=self.cur_from))
                out = E.wrap(mk + t, cap, cap, self.rng)
                self.stat("continuation_marker_inline")
            else:
                out = E.wrap(t, cap, cap - 4, self.rng)
            first = False
            for j, ln in enumerate(out):
                lines.append([ln, 1, j == len(out) - 1, "p"])
        # decorations
        for ln in lines:
            if ln[3] == "sub":
                continue
            txt = ln[0]
            if p_b or p_a:
                txt2 = E.space_numbers(txt, p_b, p_a, self.rng)
                if txt2 != txt:
                    self.stat("column_line_number_gaps")
                txt = txt2
            if not ln[2] and pj and self.rng.random() < pj and len(txt) > 8:
                start = 0 if self.rng.random() < 0.7 else self.rng.randint(3, max(3, len(E.tokens(txt)) - 5))
                txt = E.justify(txt, start)
                self.stat("justified_line" if start == 0 else "justified_line_partial")
            ln[0] = txt
        return [[t, s] for t, s, _, _ in lines]

    def col_article(self, sid, opts, part=None):
        st = self.stories[sid]
        P = self.P
        paras = st["paras"]
        if part:
            front, cont = E.split_jump(st)
            paras = front if part == "front" else cont
        self.gold(st, part, paras)
        opts = dict(opts, part=part)
        pre, post = [], []
        if part == "cont":
            mk = P(opts.get("mark", "▲ ▲（上接{n}版）").format(n=self.cur_from))
            self.extras.append(mk)
            if not opts.get("mark_inline"):
                pre.append([mk, 1])
            self.stat("continuation_marker")
        else:
            head = self.col_head(st, opts) if (st["title"] or st["kicker"] or st["subtitle"]) else []
            where = opts.get("head", "after")
            by = P(st["byline"])
            bylines = []
            bymode = opts.get("by", "with_title")
            if by:
                if bymode == "top2":          # 湖南日报评论员 / 名字 before the body
                    a, _, b = by.rpartition(" ")
                    assert a, by
                    pre += [[a, 1], [b, 1]]
                    self.stat("byline_over_two_lines")
                elif bymode == "bare":
                    pre.append([by, 1])
                    self.stat("bare_name_byline")
                elif bymode == "top":
                    pre.append([by, 1])
                else:
                    bylines = [[by, 0]]
            label = [[P(st["column"]), 1]] if st["column"] else []
            lwhere = opts.get("label", "after")
            if label and lwhere == "before":
                pre = label + pre
                self.stat("column_label_before")
            if where == "before":
                pre = head + bylines + pre
                self.stat("headline_before_body")
            elif where == "after":
                post += head + bylines
                if head:
                    self.stat("headline_after_body")
            elif where == "bunch":
                hb = head + bylines
                if hb and self.bunch and self.rng.random() < 0.3:
                    hb[0] = [" " + hb[0][0], 0]
                    self.stat("bunched_headline_no_gap")
                self.bunch += hb
                if head:
                    self.stat("headline_bunched")
            elif where == "none":
                self.stat("commentary_title_not_printed" if st["kind"] == "commentary" else "headline_not_printed")
            if label and lwhere == "after":
                post += label
                self.stat("column_label_after")
            elif label and lwhere == "bunch":
                self.bunch += label
                self.stat("column_label_bunched")
        body = self.col_flow(st, paras, opts, part)
        for (idx, where) in opts.get("dup", []):
            ln = body[idx]
            self.dups.append(ln[0])
            self.stat("line_printed_twice")
            if where == "next":
                body.insert(idx + 1 if idx >= 0 else len(body) + idx + 1, [ln[0], 1])
            else:
                self.pending.append([ln[0], 1])
        if part == "front":
            mk = P(opts.get("jump", "（下转{n}版）").format(n=self.cur_jump))
            self.extras.append(mk)
            post.append([mk, 1])
            self.stat("jump_marker")
        # alternating pieces: cut the body at given fractions
        segs = []
        cuts = sorted(opts.get("cuts", []))
        prev = 0
        for fr in cuts:
            k = max(1, min(len(body) - 1, round(fr * len(body))))
            segs.append(body[prev:k])
            prev = k
            self.stat("column_alternating_cut")
        segs.append(body[prev:])
        segs[0] = pre + segs[0]
        segs[-1] = segs[-1] + post
        return segs

    def col_photo(self, sid, opts):
        st = self.stories[sid]
        P = self.P
        self.gold(st, None, st["paras"])
        cap = P(st["paras"][0][1])
        cr = P(st["byline"])
        form = opts.get("credit", "inline")
        L = []
        if st["title"]:
            L.append([P(st["title"]), 1])
            self.stat("photo_title")
        self.stat("photo")
        if opts.get("spread"):
            cap = E.spread_all(cap)
            self.stat("caption_glyph_by_glyph")
        full = cap + (" " + cr if form == "inline" and cr else "")
        w = opts.get("w")
        if w:
            caplines = E.wrap(full, 2 * w, 2 * w, self.rng)
            self.stat("caption_wrapped")
        else:
            caplines = [full]
        L += [[x, 1] for x in caplines]
        if not cr:
            self.stat("photo_credit_none")
        elif form == "inline":
            self.stat("photo_credit_inline")
        elif form == "own":
            L.append([cr, 1])
            self.stat("photo_credit_own_line")
        elif form == "right":
            L.append([" " * opts.get("pad", 30) + cr, 1])
            self.stat("photo_credit_right_aligned")
        elif form == "top":
            self.top.append([cr, 1])
            self.stat("photo_credit_top_of_page")
        elif form == "before":
            L = [[cr, 1]] + L
            self.stat("photo_credit_before_caption")
        if opts.get("group"):
            self.stat("photo_group_credit")
        return [L]

    # ------------------------------------------------------------ page
    def render_item(self, item):
        typ = item[0]
        col = self.layout == "col"
        if typ == "art":
            _, sid, *rest = item
            opts = rest[0] if rest else {}
            part = opts.get("part")
            if part:
                self.cur_jump = opts.get("to", 2)
                self.cur_from = opts.get("from", 1)
                self.cur_label = opts.get("continued")
            segs = (self.col_article if col else self.para_article)(sid, opts, part)
            return [ln for s in segs for ln in s]
        if typ == "photo":
            _, sid, *rest = item
            opts = rest[0] if rest else {}
            segs = (self.col_photo if col else self.para_photo)(sid, opts)
            return [ln for s in segs for ln in s]
        if typ == "alt":
            _, members, opts = item
            allsegs = []
            for (sid, o) in members:
                part = o.get("part")
                if part:
                    self.cur_jump = o.get("to", 2)
                    self.cur_from = o.get("from", 1)
                    self.cur_label = o.get("continued")
                allsegs.append((self.col_article if col else self.para_article)(sid, o, part))
            self.stat("alternating_pair")
            out = []
            i = 0
            while any(allsegs):
                s = allsegs[i % len(allsegs)]
                if s:
                    out += s.pop(0)
                i += 1
            return out
        if typ == "mast":
            return self.masthead(item[1] if len(item) > 1 else {})
        if typ == "mast_rest":
            return self.later_mast
        if typ == "box":
            return self.box(item[1], item[2] if len(item) > 2 else 1)
        if typ == "bunch":
            b, self.bunch = self.bunch, []
            return b
        raise ValueError(typ)

    def build(self):
        after_mast = False
        for item in self.spec["items"]:
            out = self.render_item(item)
            if after_mast and out and self.layout == "para":
                out[0][1] = 3          # three blank lines below the masthead, as printed
            after_mast = item[0] == "mast"
            self.emit(out)
            if self.pending and item[0] not in ("mast", "box"):
                # lines the extraction drew after the next item
                if getattr(self, "_pend_wait", False):
                    self.emit(self.pending)
                    self.pending = []
                    self._pend_wait = False
                else:
                    self._pend_wait = True
        if self.pending:
            self.emit(self.pending)
        if self.bunch:
            raise ValueError("bunched headlines never printed")
        if self.top:
            at = self.spec.get("top_at", 0)
            self.lines[at:at] = self.top
        return self.text()

    def text(self) -> str:
        L = self.lines
        if self.layout == "col":
            out = " " + L[0][0]
            for t, sep in L[1:]:
                out += "\n" * (1 + (1 if sep else 0)) + t
            return out + "\n\n\n"
        out = "\n" * (L[0][1] if L[0][1] else 2) + L[0][0]
        for t, sep in L[1:]:
            out += "\n" * (sep + 1) + t
        return out


def validate(text: str, gold: dict):
    """Every raw line fully covered by gold text (as the scorer measures it)."""
    strings = []
    for a in gold["articles"]:
        strings += [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")]
        strings += a["paragraphs"]
    strings += gold["extras"] + gold["duplicates"]
    hay = "\u0000".join(E.squash(s) for s in strings)
    bad = []
    for ln in text.splitlines():
        s = E.squash(ln)
        if E.covered(s, hay) != len(s):
            bad.append(ln)
    return bad


def main():
    stories = {}
    for f in sorted((HERE / "src").glob("*.txt")):
        if f.name == "FORMAT.txt":
            continue
        stories.update(E.parse_stories(f.read_text(encoding="utf-8")))
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).glob("*"):
            old.unlink()
    rows, total = [], Counter()
    n = 0
    for issue in ISSUES:
        for spec in issue["pages_spec"]:
            key = f"dev_m/{issue['date']}/p{spec['page']}"
            for attempt in range(40):
                k = key if attempt == 0 else f"{key}#{attempt}"
                pg = Page(spec, issue, stories, k)
                text = pg.build()
                front = spec["page"] == 1
                gold = {"source": None, "issue_date": issue["date"],
                        "issue_number": str(issue["number"]) if front else None,
                        "page_count": issue["pages"] if front else None,
                        "articles": pg.arts, "extras": pg.extras, "duplicates": pg.dups}
                bad = validate(text, gold)
                if not bad:
                    break
            else:
                raise SystemExit(f"{key}: uncovered lines {bad[:3]}")
            h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            name = f"{n:03d}_{h}"
            gold["source"] = name + ".txt"
            (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
            (HERE / "gold" / (name + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            chars = len(E.squash(text))
            kinds = Counter(a["kind"] for a in pg.arts)
            punct = spec.get("punct", "full") + (", number gaps" if spec.get("numsp") else "")
            rows.append(dict(name=name, date=issue["date"], page=spec["page"], layout=spec["layout"],
                             arts=len(pg.arts), chars=chars, kinds=kinds, key=k, punct=punct))
            total.update(pg.stats)
            n += 1
    write_readme(rows, total)
    for r in rows:
        print(f"{r['name']}  {r['date']} p{r['page']:<2} {r['layout']:4} arts={r['arts']:2} chars={r['chars']}")
    print("pages", len(rows), "articles", sum(r["arts"] for r in rows))


def write_readme(rows, total):
    from readme import render
    (HERE / "README.md").write_text(render(rows, total), encoding="utf-8")


if __name__ == "__main__":
    main()
