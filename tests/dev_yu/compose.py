#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw Hunan Daily page
text in the two extraction layouts of the seeds, and write

    pages/NNN_<sha16>.txt   the raw page text
    gold/NNN_<sha16>.json   its exact annotation (format of /work/shared/gold)
    README.md               README.in with its tables filled in

Standard library only.  Every small choice is drawn from random.Random seeded
by the source file name, so the output is byte-for-byte reproducible.
See README.in for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

CLOSE = set("，。、；：！？”’）》…%,;:)!?")
OPEN = set("“‘（《(")
PUNCT = set("，。、；：！？“”‘’（）《》,;:()!?·")
NOSP_AFTER = set("，。、；：！？,;:（《(")
NOSP_BEFORE = set("“‘（《()》）")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×~\-]")


# ----------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.w = None
        self.paras: list[str] = []      # source paragraphs, with ‖ cut marks
        self.pieces: list[list[str]] = []
        self.cut_tags: list[str] = []
        self.pos = (0, 0)               # next (paragraph, piece) to print
        self.dl_done = False
        self.cuts_used = 0


class Page:
    def __init__(self, name):
        self.name = name
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []


def parse(path: Path) -> Page:
    pg = Page(path.name)
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!") or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "page":
                mode, cur = "page", None
            elif head[0] == "layout":
                mode, cur = "layout", None
            else:
                cur = Article(head[0], head[1])
                pg.arts[cur.id] = cur
                pg.order.append(cur.id)
                mode = "head"
            continue
        if not line.strip():
            continue
        if mode == "page":
            k, v = line.split(":", 1)
            pg.meta[k.strip()] = v.strip()
        elif mode == "head":
            if line.strip() == ">":
                mode = "body"
                continue
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "w":
                cur.w = float(v)
            else:
                assert k in FIELDS, (path, k)
                cur.f[k] = v
        elif mode == "body":
            cur.paras.append(line.strip())
        elif mode == "layout":
            pg.layout.append(line.strip())
    for a in pg.arts.values():
        for p in a.paras:
            parts = re.split(r"‖([a-z]?)", p)
            a.pieces.append(parts[0::2])
            a.cut_tags.extend(parts[1::2])
    return pg


# ------------------------------------------------------------ punctuation
def conv(s: str, punct: str) -> str:
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """gold form of a source field: layout marks removed."""
    return re.sub(r"‖[a-z]?", "", s.replace("|", "").replace("/", ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------ tokens
def tokens(text: str, unit_words=False):
    """(type, text, width): c = CJK glyph, p = punctuation, a = ASCII run,
    s = space, b = forced break."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "/":
            out.append(("b", "", 0.0)); i += 1
        elif ch == " ":
            out.append(("s", " ", 0.25)); i += 1
        elif ASCII_RUN.match(ch):
            j = i
            while j < len(text) and ASCII_RUN.match(text[j]):
                j += 1
            out.append(("a", text[i:j], 0.5 * (j - i))); i = j
        elif ch in PUNCT:
            out.append(("p", ch, 0.5)); i += 1
        else:
            out.append(("c", ch, 1.0)); i += 1
    if unit_words:          # names inside a dateline's bracket do not split
        merged, buf, inside = [], [], False
        for t in out:
            if t[1] in "（(":
                inside = True; merged.append(t); continue
            if t[1] in "）)":
                if buf:
                    merged.append(("n", "".join(x[1] for x in buf), sum(x[2] for x in buf))); buf = []
                inside = False; merged.append(t); continue
            if inside and t[0] in "ca":
                buf.append(t); continue
            if buf:
                merged.append(("n", "".join(x[1] for x in buf), sum(x[2] for x in buf))); buf = []
            merged.append(t)
        out = merged
    return out


def width(toks):
    return sum(t[2] for t in toks)


def wrap(toks, W, indent):
    """greedy column fill; returns [(tokens, slack, forced_end)]"""
    lines, cur = [], []
    limit = W - (2 if indent else 0)
    for t in toks:
        if t[0] == "b":
            lines.append((cur, limit - width(cur), True)); cur = []; limit = W
            continue
        if t[0] == "s" and not cur:
            continue
        cw = width(cur)
        fits = cw + t[2] <= limit + 1e-9
        hang = t[0] == "p" and t[1] in CLOSE and cw + t[2] <= limit + 0.5 + 1e-9
        if fits or hang or not cur:
            cur.append(t); continue
        carry = []
        while cur and (cur[-1][1] in OPEN or cur[-1][0] == "s"):
            carry.insert(0, cur.pop())
        carry = [c for c in carry if c[0] != "s"]
        lines.append((cur, limit - width(cur), False))
        cur = carry + [t]; limit = W
    if cur:
        lines.append((cur, limit - width(cur), True))
    return lines


def keep_dateline_tail(wl, dl_len):
    """the paper never leaves a lone short name (under four glyphs) of a
    dateline at the head of a column line: pull the name before it down too."""
    seen = 0
    for i, (lt, slack, forced) in enumerate(wl):
        if seen + len(lt) >= dl_len:
            k = dl_len - seen            # dateline tokens on this line
            if 0 < k < len(lt) and i > 0:
                tail = "".join(t[1] for t in lt[:k] if t[0] != "s")
                prev = wl[i - 1][0]
                if len(tail) < 4 and prev and prev[-1][0] == "n" and len(prev) > 1:
                    moved = [prev[-1], ("s", " ", 0.25)]
                    rest = prev[:-1]
                    while rest and rest[-1][0] == "s":
                        rest = rest[:-1]
                    wl[i - 1] = (rest, wl[i - 1][1] + width(moved), wl[i - 1][2])
                    wl[i] = (moved + lt, wl[i][1] - width(moved), forced)
            break
        seen += len(lt)
    return wl


class Render:
    def __init__(self, rng, meta, stats):
        self.rng, self.stats = rng, stats
        self.p_nb = float(meta.get("numsp_before", "0.85"))
        self.p_na = float(meta.get("numsp_after", "0.6"))
        self.p_q = float(meta.get("quote_space", "0.12"))
        self.p_g = float(meta.get("gap_space", "0.012"))
        self.p_pct = float(meta.get("pct_space", "0.1"))

    def spread(self, toks):
        self.stats["justified line spread with spaces"] += 1
        s = ""
        for i, t in enumerate(toks):
            if t[0] == "s":
                continue
            if s and not (prev[1] in NOSP_AFTER or t[1][0] in NOSP_BEFORE):
                s += " "
            s += t[1]
            prev = t
        return s

    def plain(self, toks):
        s, r = "", self.rng
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            txt = t[1]
            if t[0] == "a" and re.search(r"\d", txt):
                if txt.endswith("%") and len(txt) > 1 and r.random() < self.p_pct:
                    txt = txt[:-1] + " %"; self.stats["glyph-gap space before %"] += 1
                if prev is not None and prev[0] in "cn" and r.random() < self.p_nb:
                    s += " "; self.stats["space added around a number run"] += 1
                s += txt
                if nxt is not None and nxt[0] in "c" and r.random() < self.p_na:
                    s += " "; self.stats["space added around a number run"] += 1
                continue
            if t[0] == "p" and t[1] in "，、。" and s and not s.endswith(" ") and r.random() < self.p_g:
                s += " "; self.stats["glyph-gap space around full-width punctuation"] += 1
            s += txt
            if t[1] == "“" and nxt is not None and nxt[0] == "c" and r.random() < self.p_q:
                s += " "; self.stats["space after an opening quote"] += 1
        return s


# ------------------------------------------------------------ composing
def compose_page(pg: Page):
    rng = random.Random(pg.name)
    meta = pg.meta
    layout, punct = meta["layout"], meta["punct"]
    W0 = float(meta.get("w", "17"))
    stats = Counter()
    R = Render(rng, meta, stats)
    out: list[list] = []        # [gap_before, text]
    pending_gap = [0]
    extras, dups = [], []
    seen_body, seen_head = set(), []
    last_kind = [None]
    events = []                 # (kind, art) in layout order, for counting

    def emit(text, gap=1):
        out.append([gap + pending_gap[0], text.rstrip()])
        pending_gap[0] = 0

    def part_text(a, letter):
        key = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column"}[letter]
        return conv(a.f[key], punct)

    def head(a, spec):
        if not spec:
            spec = "/".join(l for l, k in (("k", "kicker"), ("t", "title"), ("s", "subtitle")) if a.f[k])
        items = re.findall(r"([/+_]?)([ktsc])([2=]?)", spec)
        first = True
        for sep, letter, mod in items:
            txt = part_text(a, letter)
            segs = txt.split("|")
            if mod == "2":
                segs = [segs[0] + segs[0]] if len(segs) == 1 else segs + segs
                dups.append(nows(clean(txt))); stats["headline drawn twice (doubled on one line)"] += 1
            if len(segs) > 1:
                stats["headline part broken over lines"] += 1
                if txt.split("|")[-2].endswith(" "):
                    stats["two-phrase title split at its space"] += 1
                elif len(nows(segs[-1])) <= 4:
                    stats["headline's last word left alone on a line"] += 1
            if letter == "c":
                stats["column label on its own line"] += 1
            for j, seg in enumerate(segs):
                if first:
                    emit(seg, 1)
                elif j == 0 and sep == "_":
                    out[-1][1] += " " + seg.strip()
                elif j == 0 and sep == "+":
                    emit(seg, 0)
                elif j == 0:
                    emit(seg, 1)
                else:
                    emit(seg, 0)
                first = False
            if mod == "=":
                emit(segs[-1] if len(segs) == 1 else segs[-1], 0)
                dups.append(nows(clean(segs[-1])))
                stats["headline drawn twice (two identical lines)"] += 1

    def body(a, opts):
        W = float(opts.get("w", a.w or W0))
        to = opts.get("to")
        pi, ki = a.pos
        chunk = []                       # [para_index, first_piece, last_piece, text]
        stop_para = None
        if to and to.startswith("p"):
            stop_para = int(to[1:]) - 1
        cut_no = sum(len(p) - 1 for p in a.pieces[:pi]) + ki   # cuts passed
        while pi < len(a.paras):
            if chunk and chunk[-1][0] == pi:
                chunk[-1][2] = ki
                chunk[-1][3] += a.pieces[pi][ki]
            else:
                chunk.append([pi, ki, ki, a.pieces[pi][ki]])
            if ki + 1 < len(a.pieces[pi]):
                cut_no += 1
                ki += 1
                if to and not to.startswith("p") and cut_no == int(to):
                    a.cuts_used += 1
                    break
                continue
            if stop_para is not None and pi == stop_para:
                pi, ki = pi + 1, 0
                break
            pi, ki = pi + 1, 0
        a.pos = (pi, ki)
        if a.id in seen_body:
            if last_kind[0] == ("body", a.id):
                stats["paragraph split by a column break, nothing between"] += 1
            else:
                stats["story continued after a piece of another story"] += 1
        seen_body.add(a.id)
        lines = []                       # (text, gap)
        pre = conv(opts["pre"], punct) if opts.get("pre") else None
        for n, (p_i, k_i, k_last, txt) in enumerate(chunk):
            txt = conv(txt, punct)
            is_sub = txt.startswith("## ")
            if is_sub:
                lines.append((txt[3:], 1)); continue
            lead = ""
            if p_i == 0 and k_i == 0 and a.f["dateline"] and not a.dl_done and opts.get("dl", "1") == "1":
                lead = conv(a.f["dateline"], punct)
                a.dl_done = True
            if layout == "para":
                text = txt
                if lead:
                    dl_parts = lead.split("/")
                    for d in dl_parts[:-1]:
                        lines.append((d, 1)); stats["line break inside a dateline"] += 1
                    text = dl_parts[-1] + txt
                if pre and n == 0:
                    text = pre + text; stats["jump marker glued to a story's first line"] += 1
                lines.append((text, 1))
            else:
                toks = (tokens(lead, unit_words=True) if lead else []) + tokens(txt)
                if lead and "/" in lead:
                    stats["line break inside a dateline"] += 1
                if pre and n == 0:
                    toks = tokens(pre) + toks
                    stats["jump marker glued to a story's first line"] += 1
                indent = k_i == 0 and not (pre and n == 0 and "紧接" in pre)
                wl = wrap(toks, W, indent)
                if lead and "/" not in lead:
                    wl = keep_dateline_tail(wl, len(tokens(lead, unit_words=True)) + (len(tokens(pre)) if pre and n == 0 else 0))
                if lead and "/" not in lead:
                    dl_len = len(tokens(lead, unit_words=True))
                    if len(wl) > 1 and len(wl[0][0]) < dl_len:
                        stats["dateline wrapped over two column lines"] += 1
                last_piece = k_last == len(a.pieces[p_i]) - 1
                for j, (lt, slack, forced) in enumerate(wl):
                    final = (j == len(wl) - 1 and last_piece) or forced
                    if (not final and slack >= 1.0 and sum(1 for t in lt if t[0] == "c") >= 4
                            and not any(t[0] == "n" for t in lt)):
                        lines.append((R.spread(lt), 1))
                    else:
                        lines.append((R.plain(lt), 1))
        if opts.get("credit") is not None:
            cr = conv(a.f["byline"], punct)
            lines[-1] = (lines[-1][0] + " " + cr, lines[-1][1])
            stats["photo credit at the end of its caption"] += 1
        dup = opts.get("dup")
        for j, (t, g) in enumerate(lines):
            emit(t, g)
            if dup and j + 1 == int(dup):
                emit(t, 1); dups.append(nows(t)); stats["line printed twice"] += 1
        last_kind[0] = ("body", a.id)
        return

    for item in pg.layout:
        parts = item.split(" ", 1)
        cmd, rest = parts[0], (parts[1] if len(parts) > 1 else "")
        if cmd in ("mast", "box"):
            pieces = re.split(r"([|+])", conv(rest, punct))
            sep = "|"
            for p in pieces:
                if p in "|+" and p:
                    sep = p; continue
                emit(p, 0 if sep == "+" else 1)
                if cmd == "mast":
                    stats["masthead piece"] += 1
                    if " " in p.strip():
                        stats["masthead pieces merged on one line"] += 1
                else:
                    stats["box line"] += 1
            extras.append(nows(rest.replace("|", "").replace("+", "")) if punct == "full" else nows(conv(rest, punct).replace("|", "").replace("+", "")))
            last_kind[0] = (cmd, None)
        elif cmd == "gap":
            pending_gap[0] += int(rest)
            stats["extra blank lines"] += 1
        elif cmd == "mark":
            aid, txt = rest.split(" ", 1)
            emit(conv(txt, punct), 1)
            stats["jump marker on its own line"] += 1
            last_kind[0] = ("mark", aid)
        elif cmd == "head":
            ws = rest.split()
            a = pg.arts[ws[0]]
            if a.id in seen_body and not ws[1:2] == ["c"]:
                stats["headline printed after its body"] += 1
            if last_kind[0] and last_kind[0][0] == "head" and last_kind[0][1] != a.id:
                stats["headline bunched with another story's headline"] += 1
            head(a, ws[1] if len(ws) > 1 else "")
            last_kind[0] = ("head", a.id)
        elif cmd == "col":
            a = pg.arts[rest.strip()]
            head(a, "c")
            last_kind[0] = ("col", a.id)
        elif cmd == "by":
            a = pg.arts[rest.strip()]
            segs = conv(a.f["byline"], punct).split("|")
            for j, s in enumerate(segs):
                emit(s, 1 if j == 0 else 0)
            if len(segs) > 1:
                stats["byline broken between names"] += 1
            stats["byline alone on its line"] += 1
            last_kind[0] = ("by", a.id)
        elif cmd == "credit":
            ws = rest.split()
            a = pg.arts[ws[0]]
            cr = conv(a.f["byline"], punct)
            if "right" in ws[1:]:
                emit(" " * 24 + cr, 1); stats["credit right-aligned on its own line"] += 1
            else:
                emit(cr, 1); stats["credit on its own line"] += 1
            if not out[:-1]:
                stats["credit on its own line at the top of the page"] += 1
            last_kind[0] = ("credit", a.id)
        elif cmd == "body":
            ws = rest.split(" ")
            a = pg.arts[ws[0]]
            opts = {}
            for w in ws[1:]:
                if "=" in w:
                    k, v = w.split("=", 1)
                    opts[k] = v.replace("_", " ")
                else:
                    opts[w] = ""
            body(a, opts)
        else:
            raise SystemExit(f"{pg.name}: unknown layout item {item!r}")
    for a in pg.arts.values():
        assert a.pos[0] == len(a.paras), (pg.name, a.id, "body not fully printed", a.pos)
        assert a.cuts_used == len(a.cut_tags), (pg.name, a.id, "cut marks not all used", a.cuts_used)
    for tag in (t for a in pg.arts.values() for t in a.cut_tags):
        stats[CUT_NAMES.get(tag, "cut")] += 1

    # raw text
    if layout == "column":
        txt = " " + out[0][1]
        for g, t in out[1:]:
            txt += "\n" * (1 + g) + t
        txt += "\n\n\n"
    else:
        txt = "\n\n" + out[0][1]
        for g, t in out[1:]:
            txt += "\n" * (1 + g) + t
    return txt, extras, dups, stats


CUT_NAMES = {
    "": "paragraph cut (plain)",
    "v": "cut between a verb and its figure",
    "f": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
}


def gold_of(pg: Page, fname: str, extras, dups):
    m = pg.meta
    punct = m["punct"]
    arts = []
    for aid in pg.order:
        a = pg.arts[aid]
        d = {"kind": a.kind}
        for k in FIELDS:
            v = conv(clean(a.f[k]), punct)
            d[k] = re.sub(r" +", " ", v).strip()
        subs, paras = [], []
        for p in a.paras:
            t = conv(clean(p), punct)
            if t.startswith("## "):
                subs.append(t[3:])
                paras.append(nows(t[3:]))
            else:
                paras.append(nows(t))
        d["subheads"] = subs
        d["paragraphs"] = paras
        arts.append(d)
    return {
        "source": fname,
        "issue_date": m["date"],
        "issue_number": int(m["issue"]) if m.get("issue") else None,
        "page_count": int(m["count"]) if m.get("count") else None,
        "articles": arts,
        "extras": extras,
        "duplicates": dups,
    }


def build():
    """returns {relative path: text} for everything compose writes, plus info."""
    files, info = {}, []
    total = Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = parse(src)
        txt, extras, dups, stats = compose_page(pg)
        no = pg.meta["no"]
        fname = f"{no}_{hashlib.sha256(txt.encode('utf-8')).hexdigest()[:16]}.txt"
        gold = gold_of(pg, fname, extras, dups)
        files[f"pages/{fname}"] = txt
        files[f"gold/{fname[:-4]}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(stats)
        info.append((fname, pg, gold, stats, txt))
    files["README.md"] = readme(info, total)
    return files, info


def readme(info, total):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        n_pages = sum(1 for x in info if x[3][k])
        rows.append(f"| {k} | {total[k]} | {n_pages} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for fname, pg, gold, stats, txt in info:
        m = pg.meta
        prow.append(f"| {fname} | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(gold['articles'])} | {len(nows(txt))} | {m.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, info = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(info)} pages")


if __name__ == "__main__":
    main()
