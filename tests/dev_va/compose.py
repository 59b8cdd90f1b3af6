#!/usr/bin/env python3
"""Lay out the dev_va test set: src/pNN.txt -> pages/*.txt, gold/*.json, README.md.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only. Every small choice is drawn from a random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
FULL_PUNCT = set("，。、；：？！“”‘’（）《》…—·「」")
HALF_PUNCT = set(",;:()!?")
OPEN = set("“‘（《(「")
NO_START = set("，。、；：？！”’）》…,;:)!?%」")      # may not begin a line
NO_SPACE_BEFORE = OPEN | set("》）)」")              # spread lines: no gap before these
SPACE_AFTER_PUNCT = set("“‘")                         # spread lines: gap after opening quotes
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/\-]+")
CJK = re.compile(r"[\u4e00-\u9fff]")

HALF_MAP = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED_MAP = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    """Apply the page's punctuation width to a string (raw and gold alike)."""
    table = {"half": HALF_MAP, "mixed": MIXED_MAP}.get(mode)
    if not table or not s:
        return s
    return "".join(table.get(c, c) for c in s)


def clean(s: str) -> str:
    """Source text -> gold text: drop forced-break marks."""
    return s.replace("\\", "")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source parsing
ART_KEYS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "opt")
CUT = re.compile(r"\{(vf|fu|w|q|n|s|c)\}")


class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ART_KEYS}
        self.paras: list[str] = []       # source paragraphs (with cut marks)
        self.subheads: list[str] = []
        self.opt: dict[str, str] = {}
        self.segments = None             # filled by the layout engine
        self.seg_i = 0


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                section, cur = "layout", None
            else:
                section = "art"
                cur = Article(head[0], head[1])
                arts[cur.id] = cur
            continue
        if not line.strip():
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif section == "layout":
            layout.append(line.strip())
        else:
            m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued|opt):\s?(.*)$", line)
            if m and not cur.paras:
                if m.group(1) == "opt":
                    for kv in m.group(2).split():
                        a, _, b = kv.partition("=")
                        cur.opt[a] = b
                else:
                    cur.f[m.group(1)] = m.group(2).strip()
            else:
                text = line.strip()
                if text.startswith("## "):
                    cur.subheads.append(text[3:])
                    cur.paras.append("\x01" + text[3:])
                else:
                    cur.paras.append(text)
    return meta, arts, layout


# ---------------------------------------------------------------- tokens
# token: (kind, text, width)   kinds: c (char), p (full punct), h (half punct), n (ascii run),
# g (unbreakable group), s (space), PB (paragraph break), SUB (subhead start), CUT, BR (forced break)

def tokenize(text: str) -> list:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(("n", m.group(0), 0.5 * len(m.group(0))))
            i = m.end()
            continue
        if ch == "\\":
            out.append(("BR", "", 0))
        elif ch == " ":
            out.append(("s", " ", 0.5))
        elif ch in FULL_PUNCT:
            out.append(("p", ch, 1.0))
        elif ch in HALF_PUNCT:
            out.append(("h", ch, 0.5))
        else:
            out.append(("c", ch, 1.0))
        i += 1
    return out


def dateline_tokens(dl: str) -> list:
    """A dateline: characters up to the bracket, then whole words (names never split);
    a short last word is glued to the word before it."""
    m = re.search(r"[（(]", dl)
    if not m:
        return tokenize(dl)
    head, rest = dl[: m.end()], dl[m.end():]
    toks = [("dn",) + t[1:] if t[0] == "n" else t for t in tokenize(head)]
    words = []
    for w in rest.split(" "):               # a two-character name printed as "贺 威" is one word
        core = re.sub(r"[）)\\]", "", w)
        if words and len(core) == 1 and len(re.sub(r"[\\]", "", words[-1])) == 1 and not w.startswith("\\"):
            words[-1] += "\x02" + w
        else:
            words.append(w)
    while len(words) >= 2 and len(squash(clean(words[-1].replace("\x02", "")))) < 4:
        words[-2:] = [words[-2] + "\x02" + words[-1]]
    for j, w in enumerate(words):
        if j:
            toks.append(("s", " ", 0.5))
        parts = w.split("\\")
        for q, part in enumerate(parts):
            if q:
                toks.append(("BR", "", 0))
            if part:
                txt = part.replace("\x02", " ")
                toks.append(("g", txt, sum(t[2] for t in tokenize(txt))))
    return toks


# ---------------------------------------------------------------- page composer
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse_source(src)
        self.rng = random.Random(src.name)
        self.mode = self.meta.get("layout", "column")
        self.pmode = self.meta.get("punct", "full")
        self.out: list[str] = []            # raw text pieces
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.order: list[str] = []          # article ids in order of first appearance

    # -- emission ------------------------------------------------------------
    def emit(self, line: str, sep: str = "\n\n"):
        self.out.append((sep, line.rstrip()))

    def P(self, s: str) -> str:
        return punct(s, self.pmode)

    def seen(self, a: Article):
        if a.id not in self.order:
            self.order.append(a.id)

    # -- column wrapping -----------------------------------------------------
    def render_line(self, toks, spread: bool, a: Article) -> str:
        if spread:
            self.stats["justified lines spread with spaces"] += 1
            units = []
            for k, t, _ in toks:
                if k in ("g",):
                    units.extend(("c", ch) if ch != " " else ("s", " ") for ch in t)
                else:
                    units.append((k, t))
            s = ""
            for i, (k, t) in enumerate(units):
                if i and k != "s" and units[i - 1][0] != "s":
                    pk, pt = units[i - 1]
                    gap = True
                    if pk in ("p", "h") and pt not in SPACE_AFTER_PUNCT:
                        gap = False
                    if t in NO_SPACE_BEFORE:
                        gap = False
                    if gap:
                        s += " "
                if pk_is_open_quote(units, i):
                    self.stats["space after an opening quote"] += 1
                s += t
            return s
        ns = a.opt.get("ns", self.meta.get("numsp", "both"))
        gap = float(a.opt.get("gap", self.meta.get("gap", "0")))
        s = ""
        for i, (k, t, _) in enumerate(toks):
            if k == "dn":
                if self.meta.get("dlns", "before") in ("both", "before") and i and toks[i - 1][0] == "c":
                    s += " "
                    self.stats["spaces around number runs"] += 1
                s += t
                if self.meta.get("dlns", "before") == "both" and i + 1 < len(toks) and toks[i + 1][0] == "c":
                    s += " "
                continue
            if k == "n":
                prev = toks[i - 1] if i else None
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if ns in ("both", "before") and prev and prev[0] in ("c", "g"):
                    s += " "
                    self.stats["spaces around number runs"] += 1
                body = t
                if gap and body.endswith("%") and len(body) > 1 and self.rng.random() < gap:
                    body = body[:-1] + " %"
                    self.stats["glyph-gap space before % or punctuation"] += 1
                s += body
                if ns == "both" and nxt and nxt[0] in ("c", "g") and not t.endswith("%"):
                    s += " "
                    self.stats["spaces around number runs"] += 1
                if gap and nxt and nxt[1] in "，、。" and self.rng.random() < gap:
                    s += " "
                    self.stats["glyph-gap space before % or punctuation"] += 1
            else:
                s += t
        return s

    def wrap(self, toks, W: float, a: Article, first_indent: bool):
        """Greedy column fill. Returns list of (tokens, kind) with kind in
        {'inner', 'last', 'forced'}; 'inner' lines with slack >= 1 em are spread."""
        lines, cur, width, npunct = [], [], 0.0, 0
        avail = W - 2 if first_indent else W
        i = 0
        while i < len(toks):
            tok = toks[i]
            k = tok[0]
            if k == "BR":
                lines.append((cur, "forced", avail - width))
                cur, width, npunct, avail = [], 0.0, 0, W
                self.stats["forced line breaks (dateline / headline)"] += 1
                i += 1
                continue
            if k == "s" and not cur:
                i += 1
                continue
            w = tok[2]
            fits = width + w <= avail + 1e-9
            squeeze = (k == "p" and width + w - 0.5 * (npunct + 1) <= avail + 1e-9)
            if fits or squeeze or not cur or tok[1] in NO_START:
                cur.append(tok)
                width += w
                npunct += k == "p"
                i += 1
                continue
            # break before tok
            while cur and (cur[-1][0] == "s"):
                cur.pop()
                width -= 0.5
            moved = []
            while cur and cur[-1][1] in OPEN:
                moved.insert(0, cur.pop())
            width = sum(t[2] for t in cur)
            lines.append((cur, "inner", avail - width))
            cur = moved
            width = sum(t[2] for t in cur)
            npunct = sum(t[0] == "p" for t in cur)
            avail = W
        if cur:
            lines.append((cur, "last", avail - width))
        return lines

    def column_body(self, a: Article, seg, W: float):
        """seg: list of (text, starts_para, ends_para, is_sub, with_dateline)."""
        out = []
        for text, starts, ends, is_sub, with_dl in seg:
            if is_sub:
                toks = tokenize(self.P(text))
                for toks_l, kind, slack in self.wrap(toks, W, a, False):
                    out.append(self.render_line(toks_l, False, a))
                continue
            toks = []
            if with_dl:
                toks += dateline_tokens(self.P(a.f["dateline"]))
            toks += tokenize(self.P(text))
            indent = starts and not (a.kind == "continuation" and a.paras and text == CUT.split(a.paras[0])[0])
            wl = self.wrap(toks, W, a, indent)
            for j, (toks_l, kind, slack) in enumerate(wl):
                last = j == len(wl) - 1
                npun = sum(t[0] == "p" for t in toks_l)
                spread = (kind == "inner" and not (last and ends)
                          and (slack >= 1 - 1e-9 or (slack >= 0.5 - 1e-9 and npun >= 2))
                          and not any(t[0] in ("g", "dn") for t in toks_l))
                if j < len(wl) - 1 and toks_l and toks_l[-1][0] == "n" and wl[j + 1][0] and wl[j + 1][0][0][0] == "c":
                    self.stats["figure and its unit on two column lines"] += 1
                out.append(self.render_line(toks_l, spread, a))
        return out

    # -- segments ------------------------------------------------------------
    def build_segments(self, a: Article):
        """Split an article body at its cut marks. Each segment is a list of
        (text, starts_para, ends_para, is_sub, with_dateline)."""
        segs, cur = [], []
        for pi, para in enumerate(a.paras):
            is_sub = para.startswith("\x01")
            body = para[1:] if is_sub else para
            pieces = CUT.split(body)
            texts, kinds = pieces[0::2], pieces[1::2]
            for q, t in enumerate(texts):
                starts = q == 0
                ends = q == len(texts) - 1
                if t:
                    cur.append((t, starts, ends, is_sub, pi == 0 and starts and bool(a.f["dateline"])))
                if q < len(kinds):
                    cut = kinds[q]
                    self.stats[CUT_NAMES[cut]] += 1
                    segs.append(cur)
                    cur = []
        if cur:
            segs.append(cur)
        a.segments = segs
        a.seg_i = 0

    # -- layout commands -----------------------------------------------------
    def part_text(self, a: Article, letter: str) -> str:
        key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[letter]
        return self.P(a.f[key])

    def cmd_head(self, a: Article, pattern: str):
        """pattern: letters c k t s b (column, kicker, title, subtitle, byline) joined by
        '/' (new line after a blank), '+' (new line, no blank), '_' (same line, a space);
        a letter followed by '*' is drawn twice on one line, by '**' on two lines."""
        self.seen(a)
        items = re.findall(r"([/+_]?)([ckstb])(\*{0,2})", pattern)
        line, line_sep = None, "\n\n"
        for sep, letter, star in items:
            txt = self.part_text(a, letter)
            if not txt:
                continue
            sub = [x.strip() for x in txt.split("\\")]
            if star == "*":
                self.stats["headline drawn twice on one line"] += 1
                self.dups.append(clean(txt))
                sub = ["".join(sub) * 2]
            if len(sub) > 1:
                self.stats["headline parts broken over lines"] += 1
            if line is None:
                line = sub[0]
            elif sep == "_":
                line += " " + sub[0]
                self.stats["headline parts joined on one line"] += 1
            else:
                self.emit(line, line_sep)
                line_sep = "\n" if sep == "+" else "\n\n"
                line = sub[0]
            for extra in sub[1:]:
                self.emit(line, line_sep)
                line_sep, line = "\n", extra
            if star == "**":
                self.emit(line, line_sep)
                line_sep = "\n"
                self.stats["headline drawn twice on two lines"] += 1
                self.dups.append(clean(txt))
        if line is not None:
            self.emit(line, line_sep)

    def cmd_body(self, a: Article, opts: dict):
        self.seen(a)
        if a.segments is None:
            self.build_segments(a)
        nseg = len(a.segments) - a.seg_i if "all" in opts else 1
        for _ in range(nseg):
            seg = a.segments[a.seg_i]
            a.seg_i += 1
            if self.mode == "column":
                W = float(opts.get("w", a.opt.get("w", self.meta.get("width", "18"))))
                lines = self.column_body(a, seg, W)
            else:
                lines, acc = [], ""
                for text, starts, ends, is_sub, with_dl in seg:
                    t = self.P(text)
                    if with_dl:
                        t = self.P(a.f["dateline"]).replace("\\", "") + t
                    lines.append(t)
            if "mark" in opts:
                lines[0] = self.marker(a) + lines[0]
                self.stats["jump markers"] += 1
            dup = int(opts.get("dup", 0))
            for j, ln in enumerate(lines, 1):
                self.emit(ln)
                if j == dup:
                    self.emit(ln)
                    self.dups.append(squash(ln))
                    self.stats["lines printed twice"] += 1

    def marker(self, a: Article) -> str:
        c = a.f["continued"]
        fmt = self.meta.get("down" if c.startswith("下") else "up", "（{}）")
        return self.P(fmt.replace("{}", c))

    def cmd_photo(self, a: Article, opts: dict):
        self.seen(a)
        a.seg_i = len(a.segments)
        style = opts.get("style", "end")
        credit = self.P(a.f["byline"])
        if a.f["title"]:
            self.cmd_head(a, opts.get("head", "t"))
        caps = [self.P(p) for p in a.paras]
        if self.mode == "column":
            W = float(opts.get("w", "44"))
            text_lines = []
            for cp in caps:
                toks = tokenize(cp)
                for toks_l, _, _ in self.wrap(toks, W, a, False):
                    text_lines.append(self.render_line(toks_l, False, a))
        else:
            text_lines = caps
        credit_lines = [x.strip() for x in credit.split("\\")]
        credit = " ".join(credit_lines)
        if style == "end" and credit:
            text_lines[-1] += " " + credit
            self.stats["photo credits ending a caption line"] += 1
        elif style == "endns" and credit:
            text_lines[-1] += credit
            self.stats["photo credits ending a caption line"] += 1
        first = True
        for ln in text_lines:
            self.emit(ln, "\n\n" if first else "\n")
            first = False
        if style == "own" and credit:
            for j, cl in enumerate(credit_lines):
                self.emit(cl, "\n\n" if j == 0 else "\n")
        elif style == "right" and credit:
            pad = int(opts.get("pad", "30"))
            self.emit(" " * pad + credit)
            self.stats["right-aligned credit lines"] += 1

    def cmd_extra(self, text: str, counter: str):
        parts = re.split(r"( \|\| | \| )", text)
        got = []
        first = True
        for j in range(0, len(parts), 2):
            sep = "\n\n" if first or parts[j - 1] == " || " else "\n"
            self.emit(self.P(parts[j]), sep)
            got.append(parts[j])
            first = False
        self.extras.append(squash(self.P("".join(got))))
        self.stats[counter] += 1

    def run(self):
        for a in self.arts.values():
            self.build_segments(a)
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "head":
                self.cmd_head(self.arts[args[0]], args[1])
                if cmd.endswith(" late"):
                    self.stats["headline printed after its body"] += 1
            elif op == "body":
                opts = {}
                for x in args[1:]:
                    k, _, v = x.partition("=")
                    opts[k] = v
                self.cmd_body(self.arts[args[0]], opts)
            elif op == "mark":
                self.seen(self.arts[args[0]])
                self.emit(self.marker(self.arts[args[0]]))
                self.stats["jump markers"] += 1
            elif op == "photo":
                opts = {}
                for x in args[1:]:
                    k, _, v = x.partition("=")
                    opts[k] = v
                self.cmd_photo(self.arts[args[0]], opts)
            elif op in ("mast", "box"):
                self.cmd_extra(rest, "masthead pieces" if op == "mast" else "short box lines")
            elif op == "blank":
                self.out.append(("\n", ""))
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd!r}")
        for a in self.arts.values():
            if a.seg_i != len(a.segments):
                raise SystemExit(f"{self.src.name}: {a.id} has {len(a.segments) - a.seg_i} unprinted segments")
            if a.id not in self.order:
                raise SystemExit(f"{self.src.name}: {a.id} never printed")
        text = ""
        for j, (sep, line) in enumerate(self.out):
            text += (sep if j else "") + line
        lead = "\n\n" if self.mode == "para" else ""
        tail = "\n\n" if self.mode == "column" else ""
        self.text = lead + text + tail
        return self.text

    # -- gold ----------------------------------------------------------------
    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras = []
            for p in a.paras:
                if p.startswith("\x01"):
                    p = p[1:]
                paras.append(re.sub(r"(?<=[\u4e00-\u9fff“”，。、])\s+(?=[\u4e00-\u9fff“”，。、])", "", self.P(CUT.sub("", p))))
            arts.append({
                "kind": a.kind,
                "column": self.P(clean(a.f["column"])),
                "kicker": self.P(clean(a.f["kicker"])),
                "title": self.P(clean(a.f["title"])),
                "subtitle": self.P(clean(a.f["subtitle"])),
                "byline": self.P(clean(a.f["byline"])),
                "dateline": self.P(clean(a.f["dateline"])),
                "continued": a.f["continued"],
                "subheads": [self.P(s) for s in a.subheads],
                "paragraphs": paras,
            })
        front = self.meta.get("front") == "yes"
        return {
            "source": name,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue_number") if front else None,
            "page_count": int(self.meta["page_count"]) if front else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def pk_is_open_quote(units, i):
    return i + 1 < len(units) and units[i][1] in SPACE_AFTER_PUNCT and units[i + 1][0] != "s"


CUT_NAMES = {
    "vf": "paragraph cut between a verb and its figure",
    "fu": "paragraph cut between a figure and its unit",
    "w": "paragraph cut inside a word",
    "q": "paragraph cut inside a quoted term",
    "n": "paragraph cut inside a name",
    "s": "story cut at a sentence or paragraph end",
    "c": "paragraph split by a column break, nothing between",
}


# ---------------------------------------------------------------- README tables
def count_chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def main(argv):
    outdir = Path(argv[1]).resolve() if len(argv) > 1 else HERE
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    total = Counter()
    rows = []
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page = Page(src)
        text = page.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{h}"
        (outdir / "pages" / f"{stem}.txt").write_text(text, encoding="utf-8")
        g = page.gold(f"{stem}.txt")
        (outdir / "gold" / f"{stem}.json").write_text(
            json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(page.stats)
        m = page.meta
        rows.append(f"| `{stem}.txt` | {m['date']} | {m['page']}{' (front)' if m.get('front') == 'yes' else ''} "
                    f"| {m['layout']} | {m['punct']} | {len(g['articles'])} | {count_chars(text)} | {m.get('subjects', '')} |")
    phen = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        phen.append(f"| {k} | {total[k]} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---:|---:|---|"] + rows
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(phen)).replace("{{PAGES}}", "\n".join(pages))
    (outdir / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
