#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Everything is derived from src/pNN.txt (see README.md, "Source format").
Small choices (glyph-gap spaces, dateline spacing) come from a random.Random
seeded by the source file name, so the output is the same on every run.
Standard library only.
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

OPEN_Q = set("“‘")
CLOSE_Q = set("”’")
OPEN_B = set("（《〈【「(")
CLOSE_B = set("）》〉】」)")
STOPS = set("，。、；：？！,;:?!")
HALF_EM = OPEN_Q | CLOSE_Q | OPEN_B | CLOSE_B | STOPS          # compressed punctuation: 0.5 em
NO_START = CLOSE_Q | CLOSE_B | STOPS | set("…—%")              # may not begin a line
NO_END = OPEN_Q | OPEN_B                                         # may not end a line
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/×]*%?")
SPREAD_RATIO = 0.065     # measured on seeds 000/004: slack per glyph gap that shows as spaces

PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def conv(s: str, style: str) -> str:
    for a, b in PUNCT[style].items():
        s = s.replace(a, b)
    return s


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------- source parsing
class Art:
    def __init__(self, aid):
        self.id = aid
        self.f = {"kind": "news", "column": "", "kicker": "", "title": "", "subtitle": "",
                  "byline": "", "dateline": "", "continued": ""}
        self.opts = {}
        self.paras = []          # list of (is_subhead, text with {|x} cut marks)

    def segments(self):
        """Paragraphs split at cut marks: list of dict(pi, text, start, end, cut)."""
        out = []
        for pi, (sub, t) in enumerate(self.paras):
            parts = re.split(r"\{\|([a-z])\}", t)
            texts, kinds = parts[0::2], parts[1::2]
            for k, piece in enumerate(texts):
                out.append({"pi": pi, "text": piece, "start": k == 0, "end": k == len(texts) - 1,
                            "sub": sub, "cut": kinds[k] if k < len(kinds) else ""})
        return out


def parse(path: Path):
    page, arts, layout = {}, {}, []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("=page"):
            mode = "page"
            continue
        if line.startswith("=art "):
            cur = Art(line.split()[1])
            arts[cur.id] = cur
            mode = "head"
            continue
        if line.startswith("=layout"):
            mode = "layout"
            continue
        if mode == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif mode == "head":
            if line.strip() == "---":
                mode = "text"
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            assert "{|" not in v, (path.name, k)
            if k in cur.f:
                cur.f[k] = v
            else:
                cur.opts[k] = v
        elif mode == "text":
            t = line.strip()
            if t.startswith("## "):
                cur.paras.append((True, t[3:].strip()))
            else:
                cur.paras.append((False, t))
        elif mode == "layout":
            layout.append(line.strip())
    return page, arts, layout


# ----------------------------------------------------------------- measuring and breaking
def units(text: str):
    """Glyph units: an ASCII/number run is one unit, every other character one unit."""
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uw(u: str) -> float:
    if u == " ":
        return 0.0
    if len(u) > 1 or ord(u[0]) < 128:
        return 0.5 * len(u)
    return 0.5 if u in HALF_EM else 1.0


def is_num(u: str) -> bool:
    return len(u) > 1 or (len(u) == 1 and ord(u) < 128 and u != " ")


def is_cjk(u: str) -> bool:
    return len(u) == 1 and "\u4e00" <= u <= "\u9fff"


def fill(us, width, start_w=0.0):
    """Greedy line filling with kinsoku. Returns list of unit lists."""
    lines, cur, w = [], [], start_w
    for u in us:
        if cur and w + uw(u) > width + 1e-9:
            if u in NO_START or (len(u) == 1 and u in "…—" and cur[-1] == u):
                cur.append(u)
                w += uw(u)
                continue
            carry = []
            while cur and cur[-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur, w = carry, sum(uw(x) for x in carry)
        cur.append(u)
        w += uw(u)
    if cur:
        lines.append(cur)
    return lines


class Renderer:
    def __init__(self, name, page, arts):
        self.rng = random.Random(name)
        self.page = page
        self.arts = arts
        self.style = page.get("punct", "full")
        self.stats = Counter()

    # -- glyph-gap spaces on a normal (not spread) column line
    def plain(self, us):
        """A normal column line: glyph-gap spaces around number runs, chosen per line
        (seeds print both '今年 2 月' and '突破 2600亿元' and '2024年')."""
        r = self.rng.random()
        mode = "both" if r < 0.45 else ("before" if r < 0.8 else "none")
        out = []
        for i, u in enumerate(us):
            prev = us[i - 1] if i else None
            nxt = us[i + 1] if i + 1 < len(us) else None
            if is_num(u) and prev is not None and is_cjk(prev) and mode != "none":
                out.append(" ")
                self.stats["space before a number run"] += 1
            if u in "、，" and prev is not None and is_num(prev) and self.rng.random() < 0.3:
                out.append(" ")
                self.stats["glyph-gap space before full-width punctuation"] += 1
            if len(u) > 1 and u.endswith("%") and self.rng.random() < 0.25:
                u = u[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            out.append(u)
            if is_num(u) and nxt is not None and is_cjk(nxt) and mode == "both":
                out.append(" ")
                self.stats["space after a number run"] += 1
            if u in OPEN_Q and nxt is not None and self.rng.random() < 0.12:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out).strip()

    @staticmethod
    def spread(us):
        out = [us[0]]
        for a, b in zip(us, us[1:]):
            sep = " "
            if a in CLOSE_Q or a in STOPS or b in OPEN_Q:
                sep = ""
            if a in OPEN_B or a in CLOSE_B or b in OPEN_B or b in CLOSE_B:
                sep = ""
            out.append(sep + b)
        return "".join(out)

    def column_lines(self, art, segs):
        """Lay a run of segments of a column-layout article out as printed lines."""
        width = float(art.opts.get("width", self.page.get("width", "17")))
        lines = []
        for si, seg in enumerate(segs):
            text = conv(seg["text"], self.style)
            first_of_article = seg["pi"] == 0 and seg["start"]
            if seg["sub"]:
                lines.append(text)
                self.stats["crosshead lines"] += 1
                continue
            us = units(text)
            if first_of_article and art.f["dateline"]:
                l1, rest = self.dateline_lines(art, width)
                lines.append(l1)
                if rest is None:
                    broken = fill(us, width)
                    first_lead = None
                else:
                    lead = rest
                    broken = fill(us, width, start_w=sum(uw(x) for x in units(lead)) + 0.5 * lead.count(" "))
                    first_lead = lead
            else:
                first_lead = None
                indent = 2.0 if seg["start"] and not art.opts.get("noindent") else 0.0
                broken = fill(us, width, start_w=indent)
            for li, lu in enumerate(broken):
                final = li == len(broken) - 1 and seg["end"]
                if first_lead is not None and li == 0:
                    lines.append(first_lead + "".join(lu) if lu and lu[0] in NO_START
                                 else first_lead + self.plain(lu))
                    continue
                indent = 2.0 if (li == 0 and seg["start"] and not (first_of_article and art.f["dateline"])
                                 and not art.opts.get("noindent")) else 0.0
                wid = indent + sum(uw(u) for u in lu)
                gaps = max(len(lu) - 1, 1)
                if not final and (width - wid) / gaps >= SPREAD_RATIO and len(lu) > 3:
                    lines.append(self.spread(lu))
                    self.stats["justified lines spread with spaces"] += 1
                else:
                    lines.append(self.plain(lu))
        return lines

    def dateline_lines(self, art, width):
        """First printed line of a column dateline and the text that leads line two."""
        dl = conv(art.f["dateline"], self.style)
        m = re.match(r"^(.*?)([（(])(.*)([）)])$", dl)
        prefix, ob, inner, cb = m.groups()
        mode = art.opts.get("dlbreak", "role")
        toks = inner.split()
        # spaced date: 湖南日报 3月 8日讯
        if self.rng.random() < 0.6:
            pre = re.sub(r"(?<=[^\d\s])(\d+)", r" \1", prefix)
            self.stats["spaces inside a dateline's date"] += 1
        else:
            pre = prefix
        lead = " " if self.rng.random() < 0.5 else ""
        if mode == "date":
            mm = re.match(r"^(.*?\d+月)\s*(.*)$", pre)
            self.stats["line break inside a dateline's date"] += 1
            return lead + mm.group(1).strip(), mm.group(2).strip() + ob + " ".join(toks) + cb
        if mode == "fit":
            return lead + pre + ob + " ".join(toks) + cb, None
        if mode == "role":
            k = 1
            self.stats["line break between a dateline's role and names"] += 1
        elif mode == "tx":
            k = toks.index("通讯员")
            self.stats["line break before 通讯员"] += 1
        elif mode == "name":
            k = 2
            self.stats["line break between a dateline's names"] += 1
        else:
            raise ValueError(mode)
        return lead + pre + ob + " ".join(toks[:k]), " ".join(toks[k:]) + cb

    def para_texts(self, art, segs):
        out = []
        for seg in segs:
            t = conv(seg["text"], self.style)
            if seg["pi"] == 0 and seg["start"] and art.f["dateline"] and not seg["sub"]:
                t = conv(art.f["dateline"], self.style) + t
            out.append(t)
        return out


def seg_range(art, spec):
    segs = art.segments()
    if not spec:
        return segs
    a, _, b = spec.partition("-")
    if "-" not in spec:
        b = a
    lo = int(a) if a else 0
    hi = int(b) if b else len(segs) - 1
    return segs[lo:hi + 1]


def head_lines(r: Renderer, art: Art, spec: str):
    """Head spec: parts K T S C separated by '/' (next line) or '+' (same line, a space);
    'T~' title split at its space; 'T|n' title broken after n characters; 'TT' doubled."""
    f = {k: conv(v, r.style) for k, v in art.f.items()}
    lines, dups = [], []
    for line_spec in spec.split("/"):
        pieces = []
        for p in line_spec.split("+"):
            p = p.strip()
            if p == "K":
                pieces.append(f["kicker"])
            elif p == "S":
                pieces.append(f["subtitle"])
            elif p == "C":
                pieces.append(f["column"])
            elif p == "T":
                pieces.append(f["title"])
            elif p == "TT":
                pieces.append(f["title"] + f["title"])
                dups.append(f["title"])
                r.stats["headline drawn twice on one line"] += 1
            elif p == "T~":
                a, b = f["title"].split(" ", 1)
                pieces.append(a + "\n" + b)
                r.stats["two-phrase title split at its space onto two lines"] += 1
            elif p.startswith("T|"):
                n = int(p[2:])
                pieces.append(f["title"][:n] + "\n" + f["title"][n:])
                r.stats["headline's last word left alone on a line"] += 1
            elif p.startswith("K|"):
                n = int(p[2:])
                pieces.append(f["kicker"][:n] + "\n" + f["kicker"][n:])
                r.stats["headline's last word left alone on a line"] += 1
            else:
                raise ValueError(p)
        lines.extend(" ".join(pieces).split("\n"))
    return lines, dups


# ----------------------------------------------------------------- page composition
def compose_page(src: Path):
    page, arts, layout = parse(src)
    r = Renderer(src.name, page, arts)
    col = page["layout"] == "column"
    items = []            # (text, glue) glue: 'blank' | 'adj' | int extra blank lines
    extras, dups = [], []
    pending_gap = 0

    def put(text, glue="blank"):
        nonlocal pending_gap
        if pending_gap:
            glue = ("gap", pending_gap)
            pending_gap = 0
        items.append((text, glue))

    for cmd in layout:
        parts = cmd.split(None, 2)
        op = parts[0]
        if op == "gap":
            pending_gap = int(parts[1])
            continue
        if op in ("mast", "box", "extra"):
            spec = cmd.split(None, 1)[1]
            joined = []
            for k, chunk in enumerate(spec.split(";")):
                for j, piece in enumerate(chunk.split("/")):
                    piece = conv(piece.strip(), r.style)
                    put(piece, "adj" if j else "blank")
                    joined.append(piece)
            extras.append(nows("".join(joined)))
            r.stats["masthead pieces" if op == "mast" else "box lines (countdown, code prompt, framed label)"] += len(joined)
            if op == "mast":
                r.stats["masthead pieces merged on one line"] += sum(1 for p in joined if " " in p)
            continue
        art = arts[parts[1]]
        arg = parts[2] if len(parts) > 2 else ""
        if op == "head":
            spec = arg or art.opts.get("head", "K/T/S")
            hl, hd = head_lines(r, art, spec)
            hl = [x for x in hl if x.strip()]
            assert hl, cmd
            glue_in = "adj" if col or art.opts.get("headadj") else "blank"
            for i, l in enumerate(hl):
                put(l, glue_in if i else "blank")
            dups.extend(hd)
            if art.opts.get("headtwice"):
                put(hl[-1], glue_in)
                dups.append(nows(hl[-1]))
                r.stats["headline line printed twice"] += 1
            if art.opts.get("placed") == "after":
                r.stats["headlines printed after their body"] += 1
            if art.opts.get("placed") == "bunched":
                r.stats["headlines bunched with other stories' headlines"] += 1
        elif op == "label":
            assert art.f["column"], cmd
            put(conv(art.f["column"], r.style))
            r.stats["column labels on their own line"] += 1
        elif op == "bl":
            toks = conv(art.f["byline"], r.style).split()
            cuts = [int(x) for x in arg.split(",")] if arg else []
            lines, last = [], 0
            for c in cuts + [len(toks)]:
                lines.append(" ".join(toks[last:c]))
                last = c
            for i, l in enumerate(lines):
                put(l, "adj" if i else "blank")
            if cuts:
                r.stats["line break inside a byline"] += 1
            r.stats["bylines alone on their own line"] += 1
        elif op == "body":
            segs = seg_range(art, arg)
            if col:
                lines = r.column_lines(art, segs)
                dl = art.opts.get("dupline")
                for i, l in enumerate(lines):
                    put(l)
                    if dl and i == int(dl):
                        put(l)
                        dups.append(nows(l))
                        r.stats["lines printed twice"] += 1
            else:
                texts = r.para_texts(art, segs)
                for t in texts:
                    put(t)
            for s in segs:
                if not s["end"]:
                    r.stats["paragraph cuts (" + {"v": "verb / figure", "u": "figure / unit",
                             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
                             "c": "column break, nothing between"}[s["cut"]] + ")"] += 1
        elif op == "again":
            segs = seg_range(art, arg)
            texts = r.column_lines(art, segs) if col else r.para_texts(art, segs)
            for t in texts:
                put(t)
                dups.append(nows(t))
                r.stats["lines printed twice"] += 1
        elif op == "photo":
            segs = art.segments()
            texts = [conv(s["text"], r.style) for s in segs]
            credit = conv(art.f["byline"], r.style)
            if arg == "inline":
                texts[-1] = texts[-1] + " " + credit
                for t in texts:
                    put(t)
                r.stats["photo credits on the caption line"] += 1
            elif arg == "line":
                for t in texts:
                    put(t)
                if credit:
                    put(credit)
                    r.stats["credits right-aligned on a line of their own"] += 1
            elif arg == "nocredit":
                for t in texts:
                    put(t)
            else:
                raise ValueError(cmd)
        elif op == "credit":
            put(conv(art.f["byline"], r.style))
            r.stats["credits right-aligned on a line of their own"] += 1
        elif op == "mark":
            put(arg)
            assert nows(conv(art.f["continued"], r.style)) in nows(arg), cmd
            r.stats["jump markers"] += 1
        else:
            raise ValueError(cmd)

    # serialise
    out = []
    for i, (t, glue) in enumerate(items):
        if i:
            if glue == "adj":
                out.append("\n")
            elif isinstance(glue, tuple):
                out.append("\n" * (2 + glue[1]))
            else:
                out.append("\n\n")
        out.append(t)
    body = "".join(out)
    text = body + "\n\n\n" if col else "\n\n" + body

    # gold
    garts = []
    for a in arts.values():
        segs = a.segments()
        paras = []
        for pi, (sub, _) in enumerate(a.paras):
            paras.append(nows(conv("".join(s["text"] for s in segs if s["pi"] == pi), r.style)))
        f = {k: conv(v, r.style) for k, v in a.f.items()}
        garts.append({
            "kind": f["kind"], "column": f["column"], "kicker": f["kicker"], "title": f["title"],
            "subtitle": f["subtitle"], "byline": f["byline"], "dateline": f["dateline"],
            "continued": f["continued"],
            "subheads": [conv(t, r.style) for sub, t in a.paras if sub],
            "paragraphs": paras,
        })
    meta = {
        "issue_date": page["issue_date"],
        "issue_number": int(page["issue_number"]) if page.get("issue_number") else None,
        "page_count": int(page["page_count"]) if page.get("page_count") else None,
    }
    return text, garts, extras, dups, meta, page, r.stats


def build():
    files = {}
    srcs = sorted((HERE / "src").glob("p*.txt"))
    total = Counter()
    rows = []
    for n, src in enumerate(srcs, 1):
        text, garts, extras, dups, meta, page, stats = compose_page(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = {"source": name + ".txt", "issue_date": meta["issue_date"],
                "issue_number": meta["issue_number"], "page_count": meta["page_count"],
                "articles": garts, "extras": extras, "duplicates": dups}
        files["pages/" + name + ".txt"] = text.encode("utf-8")
        files["gold/" + name + ".json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(stats)
        chars = len(nows(text))
        rows.append(f"| {name}.txt | {meta['issue_date']} | {page.get('page_no', '')} | {page['layout']} | "
                    f"{page.get('punct', 'full')} | {len(garts)} | {chars} | {page.get('subjects', '')} |")
    ptab = ["| phenomenon | count |", "|---|---|"]
    ptab += [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pages_tab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                 "|---|---|---|---|---|---|---|---|"] + rows
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(pages_tab))
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
