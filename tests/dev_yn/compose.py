#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py

Reads src/pNN.txt, writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and
README.md (from README.in). Deterministic: every small choice comes from a
random.Random seeded by the source file name. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

OPENERS = "“‘（《〈【(「"
CLOSERS = "，。、；：？！”’）》〉】,.;:)」…—"
PUNCT = OPENERS + CLOSERS
MARK = re.compile(r"\{[A-Za-z0-9_]+\}")
KEYS = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
        "by": "byline", "dl": "dateline", "cont": "continued"}


# ---------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    meta, arts, layout = {}, {}, []
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("=== "):
            head = line[4:].split()
            if head[0] == "layout":
                section, cur = "layout", None
                continue
            section = "art"
            opts = dict(o.split("=", 1) for o in head[2:] if "=" in o)
            cur = {"id": head[0], "kind": head[1], "opts": opts, "paras": [],
                   "subheads": [], **{v: "" for v in KEYS.values()}}
            arts[head[0]] = cur
            continue
        if section == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif section == "layout":
            layout.append(line.strip())
        else:
            m = re.match(r"^(col|kick|title|sub|by|dl|cont):\s?(.*)$", line)
            if m:
                cur[KEYS[m.group(1)]] = m.group(2).strip()
            elif line.startswith("#"):
                cur["paras"].append(("sub", line.lstrip("#").strip()))
            else:
                cur["paras"].append(("p", line.strip()))
    return {"meta": meta, "arts": arts, "layout": layout}


def punct_conv(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a body text: markers and forced breaks out, no spaces."""
    return re.sub(r"\s+", "", MARK.sub("", s).replace("¦", ""))


def clean_head(s: str) -> str:
    """Gold form of a headline part: '/' is a print-only break, '^' a space."""
    return s.replace("/", "").replace("^", " ").replace("¦", "").strip()


def clean_field(s: str) -> str:
    return re.sub(r" +", " ", s.replace("¦", " ").replace("/", "")).strip()


# ---------------------------------------------------------------- tokens
def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def tokenize(s: str) -> list[str]:
    """CJK characters, punctuation marks, number runs and Latin runs."""
    return re.findall(r"[0-9][0-9.]*%?|[A-Za-z][A-Za-z\-]*|¦|\s|.", s)


def tok_w(t: str, rng: random.Random) -> float:
    if t in PUNCT and is_wide(t):
        return 0.5 if rng.random() < 0.35 else 1.0
    return sum(1.0 if is_wide(c) else 0.5 for c in t)


def is_han(t: str) -> bool:
    return len(t) == 1 and is_wide(t) and t not in PUNCT


def is_num(t: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", t))


class Stats(Counter):
    pass


def render_line(toks: list[str], spread: bool, rng: random.Random, st: Stats) -> str:
    out = ""
    for i, t in enumerate(toks):
        if i == 0:
            out = t
            continue
        a = toks[i - 1]
        if t == " " or a == " ":
            out += t
            continue
        if spread:
            sp = not (t in OPENERS or a in CLOSERS)
            if is_num(a) and t == "%":
                sp = False
        else:
            sp = False
            if is_num(t) and is_han(a) and rng.random() < 0.85:
                sp = True
                st["number_spaces"] += 1
            elif is_num(a) and is_han(t) and rng.random() < 0.55:
                sp = True
                st["number_spaces"] += 1
        if not spread and is_num(t) and t.endswith("%") and len(t) > 1 and rng.random() < 0.1:
            t = t[:-1] + " %"                     # glyph gap before a per-cent sign
            st["space_before_percent"] += 1
        out += (" " if sp else "") + t
    if spread:
        st["justified_spread_lines"] += 1
    return out


def wrap_para(text: str, width: float, rng: random.Random, st: Stats,
              marks: dict, mark_base: int) -> list[tuple[str, bool]]:
    """Wrap one paragraph into column lines. Returns (line, is_final) pairs and
    records in `marks` the line index (relative to mark_base) holding each mark."""
    pending = {}
    toks = []
    for piece in re.split(r"(\{[A-Za-z0-9_]+\})", text):
        if MARK.fullmatch(piece):
            pending[piece[1:-1]] = len(toks)
        else:
            toks.extend(tokenize(piece))
    lines, cur, w, starts = [], [], 0.0, []
    i = 0
    tok_line = {}
    while i < len(toks):
        t = toks[i]
        if t == "¦":
            # a forced break (inside a date, between names, before 通讯员)
            # only where the column line is already well filled
            if cur and w >= width * 0.55:
                lines.append((cur, "forced"))
                cur, w = [], 0.0
                st["forced_breaks"] += 1
            i += 1
            continue
        if t.isspace():
            if cur and cur[-1] != " ":
                tok_line[i] = len(lines)
                cur.append(" ")
                w += 0.5
            i += 1
            continue
        tw = tok_w(t, rng)
        if w + tw > width + 1e-9 and cur:
            if t in CLOSERS:
                can_push = len(cur) > 1 and is_han(cur[-1])
                if rng.random() < 0.5 or not can_push:   # hang the mark in the margin
                    while i < len(toks) and toks[i] in CLOSERS:
                        tok_line[i] = len(lines)
                        cur.append(toks[i])
                        i += 1
                    lines.append((cur, "full"))
                    cur, w = [], 0.0
                    continue
                if len(cur) > 1 and is_han(cur[-1]):   # push a character down
                    i -= 1
                    cur = cur[:-1]
                    lines.append((cur, "short"))
                    cur, w = [], 0.0
                    continue
            if cur and cur[-1] in OPENERS and len(cur) > 1:
                i -= 1
                cur = cur[:-1]
                lines.append((cur, "short"))
                cur, w = [], 0.0
                continue
            lines.append((cur, "full" if w > width - 1.5 else "short"))
            cur, w = [], 0.0
        tok_line[i] = len(lines)
        cur.append(t)
        w += tw
        i += 1
    if cur:
        lines.append((cur, "final"))
    for name, ti in pending.items():
        li = tok_line.get(ti - 1, 0) if ti > 0 else 0
        marks[name] = mark_base + li
    out = []
    for k, (lt, how) in enumerate(lines):
        spread = how == "short"
        while lt and lt[-1] == " ":
            lt = lt[:-1]
        out.append((render_line(lt, spread, rng, st).strip(), how == "final"))
    return out


# ---------------------------------------------------------------- articles
def gold_article(a: dict, mode: str) -> dict:
    paras, subs = [], []
    for i, (kind, t) in enumerate(a["paras"]):
        t = punct_conv(t, mode)
        if kind == "sub":
            subs.append(clean_head(t))
        paras.append(clean(t))
    return {
        "kind": a["kind"],
        "column": punct_conv(clean_field(a["column"]), mode),
        "kicker": punct_conv(clean_head(a["kicker"]), mode),
        "title": punct_conv(clean_head(a["title"]), mode),
        "subtitle": punct_conv(clean_head(a["subtitle"]), mode),
        "byline": punct_conv(clean_field(a["byline"]), mode),
        "dateline": punct_conv(clean_field(a["dateline"]), mode),
        "continued": a["continued"],
        "subheads": subs,
        "paragraphs": paras,
    }


def stream(a: dict, mode: str) -> list[tuple[str, str]]:
    """Body stream: paragraphs with the dateline glued to the first one."""
    out = []
    for i, (kind, t) in enumerate(a["paras"]):
        t = punct_conv(t, mode)
        if i == 0 and a["dateline"]:
            t = punct_conv(a["dateline"], mode) + t
        out.append((kind, t))
    return out


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, src: dict, name: str):
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(name)
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.width = float(self.meta.get("width", 18))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.st = Stats()
        self.col_cache: dict[str, tuple[list[str], dict]] = {}

    # column layout: all lines of an article, and the line of each mark
    def col_lines(self, aid: str):
        if aid in self.col_cache:
            return self.col_cache[aid]
        a = self.src["arts"][aid]
        width = float(a["opts"].get("w", self.width))
        lines, marks = [], {}
        for kind, t in stream(a, self.mode):
            if kind == "sub":
                lines.append(clean_head(MARK.sub("", t)))
                continue
            lead = ""
            if t.startswith(punct_conv(a["dateline"], self.mode)) and a["dateline"] and not lines:
                lead = " " if self.rng.random() < 0.4 else ""
            wl = wrap_para(t, width, self.rng, self.st, marks, len(lines))
            if lead and wl:
                wl[0] = (lead + wl[0][0], wl[0][1])
                self.st["dateline_lead_space"] += 1
            lines.extend(x for x, _ in wl)
        self.col_cache[aid] = (lines, marks)
        return lines, marks

    def seg_col(self, aid: str, m1: str, m2: str) -> list[str]:
        lines, marks = self.col_lines(aid)
        lo = 0 if m1 == "^" else marks[m1] + 1
        hi = len(lines) if m2 == "$" else marks[m2] + 1
        return lines[lo:hi]

    # paragraph layout: text between two marks, one line per paragraph
    def seg_para(self, aid: str, m1: str, m2: str) -> list[str]:
        a = self.src["arts"][aid]
        full = "\n".join(t for _, t in stream(a, self.mode))
        if m1 == "^":
            lo = 0
        else:
            lo = full.index("{" + m1 + "}") + len(m1) + 2
        hi = len(full) if m2 == "$" else full.index("{" + m2 + "}")
        part = full[lo:hi]
        out = []
        for p in part.split("\n"):
            p = MARK.sub("", p).replace("¦", "")
            if p.strip():
                out.append(p)
        return out

    def seg(self, aid, m1, m2):
        return self.seg_col(aid, m1, m2) if self.layout == "column" else self.seg_para(aid, m1, m2)

    def head_lines(self, a: dict, style: str) -> list[list[str]]:
        """Headline stack as groups of adjacent lines."""
        parts = [punct_conv(a[k], self.mode) for k in ("kicker", "title", "subtitle") if a[k]]
        if style == "join":
            return [[" ".join(p.replace("/", "").replace("^", " ") for p in parts)]]
        groups = []
        for p in parts:
            ls = [x.strip() for x in re.split(r"[/^]", p) if x.strip()]
            if len(ls) > 1:
                self.st["headline_split_lines"] += 1
            groups.append(ls)
        if style == "adj":
            return [[l for g in groups for l in g]]
        if style == "sep":
            return [[l] for g in groups for l in g]
        return groups  # "grp": lines of one part adjacent, parts apart

    def check_bodies(self, used: dict):
        """Every article's body must be printed exactly once, mark to mark."""
        for aid, segs in used.items():
            cur = "^"
            rest = list(segs)
            while cur != "$":
                nxt = [s for s in rest if s[0] == cur]
                if not nxt:
                    raise SystemExit(f"{aid}: body not printed from {cur}")
                rest.remove(nxt[0])
                cur = nxt[0][1]
            if rest:
                raise SystemExit(f"{aid}: body segments printed twice {rest}")
        for aid, a in self.src["arts"].items():
            if aid not in used and a["kind"] != "photo":
                raise SystemExit(f"{aid}: body never printed")

    def run(self):
        arts = self.src["arts"]
        used: dict[str, list] = {}
        for d in self.src["layout"]:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "head":
                a = arts[args[0]]
                style = args[1] if len(args) > 1 else "grp"
                groups = self.head_lines(a, style)
                self.st["headline_stacks"] += 1
                if "dbl" in args or "twice" in args:
                    t = punct_conv(clean_head(a["title"]), self.mode)
                    tprint = punct_conv(a["title"].replace("/", "").replace("^", " "), self.mode)
                    for g in groups:
                        for k, l in enumerate(g):
                            if l.replace(" ", "") == tprint.replace(" ", "") or (
                                    style == "join" and tprint in l):
                                if "dbl" in args:
                                    g[k] = l + tprint if style != "join" else l + " " + tprint
                                    self.st["headline_doubled_on_line"] += 1
                                else:
                                    g.insert(k + 1, l)
                                    self.st["headline_two_identical_lines"] += 1
                                self.dups.append(t.replace(" ", ""))
                                break
                        else:
                            continue
                        break
                    else:
                        raise SystemExit(f"no title line to double in {args[0]}")
                for g in groups:
                    self.blocks.append("\n".join(g))
            elif op == "label":
                self.blocks.append(punct_conv(arts[args[0]]["column"], self.mode))
                self.st["column_labels"] += 1
            elif op == "by":
                a = arts[args[0]]
                parts = [x.strip() for x in punct_conv(a["byline"], self.mode).split("¦")]
                style = args[1] if len(args) > 1 else "sep"
                if style == "adj":
                    self.blocks.append("\n".join(parts))
                else:
                    self.blocks.extend(parts)
                if len(parts) > 1:
                    self.st["byline_line_breaks"] += len(parts) - 1
            elif op == "body":
                aid, m1, m2 = args[0], args[1], args[2]
                ls = self.seg(aid, m1, m2)
                used.setdefault(aid, []).append((m1, m2))
                if m1 != "^" or m2 != "$":
                    self.st["body_cuts"] += 1
                self.blocks.extend(ls)
            elif op == "dup":
                if len(args) == 2:      # the one column line holding a mark
                    lines, marks = self.col_lines(args[0])
                    ls = [lines[marks[args[1]]]]
                else:
                    ls = self.seg(args[0], args[1], args[2])
                self.blocks.extend(ls)
                for l in ls:
                    self.dups.append(re.sub(r"\s+", "", l))
                self.st["lines_printed_twice"] += len(ls)
            elif op == "photo":
                a = arts[args[0]]
                how = args[1] if len(args) > 1 else "inline"
                cap = "".join(clean(punct_conv(t, self.mode)) for _, t in a["paras"])
                credit = punct_conv(a["byline"], self.mode)
                self.st["photo_captions"] += 1
                pw = int(args[2]) if len(args) > 2 else 0
                caplines = [cap]
                if self.layout == "column" and pw:
                    caplines = [cap[i:i + pw] for i in range(0, len(cap), pw)]
                if how == "inline" and credit:
                    sep = "" if self.layout == "paragraph" and self.rng.random() < 0.5 else " "
                    caplines[-1] = caplines[-1] + sep + credit
                    self.blocks.append("\n\n".join(caplines))
                else:
                    self.blocks.append("\n\n".join(caplines))
                    if credit:
                        pad = " " * int(args[3]) if len(args) > 3 else " " * 24
                        self.blocks.append(pad + credit if how == "right" else credit)
                        if how == "right":
                            self.st["credits_right_aligned"] += 1
            elif op in ("mast", "box"):
                pieces = [x.strip() for x in rest.split("|")]
                self.blocks.extend(pieces)
                self.extras.append("".join(p.replace(" ", "") for p in pieces))
                self.st["masthead_pieces" if op == "mast" else "box_lines"] += len(pieces)
            elif op == "mark":
                self.blocks.append(rest)
                self.st["jump_markers"] += 1
            else:
                raise SystemExit(f"unknown layout op {op!r}")
        self.check_bodies(used)

    def text(self) -> str:
        if self.layout == "column":
            return "\n\n".join(self.blocks) + "\n"
        return "\n\n" + "\n\n".join(self.blocks)


def build(src_path: Path) -> tuple[str, dict, dict, Stats]:
    src = parse_source(src_path)
    pg = Page(src, src_path.name)
    pg.run()
    text = pg.text()
    m = src["meta"]
    gold = {
        "source": "",
        "issue_date": m["date"],
        "issue_number": int(m["issue"]) if m.get("issue") else None,
        "page_count": int(m["pages"]) if m.get("pages") else None,
        "articles": [gold_article(a, pg.mode) for a in src["arts"].values()],
        "extras": pg.extras,
        "duplicates": pg.dups,
    }
    return text, gold, m, pg.st


def build_all():
    out = []
    for i, sp in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        text, gold, meta, st = build(sp)
        name = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold["source"] = name + ".txt"
        gj = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        out.append((name, text, gj, gold, meta, st, sp.name))
    return out


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def readme(built) -> str:
    tot = Counter()
    for *_, st, _ in built:
        tot.update(st)
    for name, text, gj, gold, meta, st, sn in built:
        tot["pages_" + meta["layout"]] += 1
        tot["extras_entries"] += len(gold["extras"])
        tot["duplicate_entries"] += len(gold["duplicates"])
        for a in gold["articles"]:
            tot["kind_" + a["kind"]] += 1
            if a["column"]:
                tot["articles_with_column"] += 1
            if a["subheads"]:
                tot["articles_with_subheads"] += 1
            if a["continued"]:
                tot["jump_links"] += 1
            if "电（" in a["dateline"] or "电(" in a["dateline"]:
                tot["datelines_dian"] += 1
            elif a["dateline"]:
                tot["datelines_xun"] += 1
    phen = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(tot.items()))
    rows = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for name, text, gj, gold, meta, st, sn in built:
        rows.append(f"| {name}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | "
                    f"{meta.get('punct', 'full')} | {len(gold['articles'])} | {nchars(text)} | "
                    f"{meta.get('subjects', '')} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", "\n".join(rows))


def main():
    built = build_all()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    for name, text, gj, *_ in built:
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(gj, encoding="utf-8")
    (HERE / "README.md").write_text(readme(built), encoding="utf-8")
    print(f"composed {len(built)} pages")


if __name__ == "__main__":
    sys.exit(main())
