#!/usr/bin/env python3
"""Lay out the dev_tc pages from src/pNN.txt: writes pages/*.txt, gold/*.json, README.md.

Standard library only.  Every small choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.
"""
import hashlib
import json
import random
import re
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」』%,.;:?!)")
OPEN = set("“‘（《「『(")
PUNCT = CLOSE | OPEN | set("—…·")
CUT = "¦"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- source parsing
def parse(path):
    page, arts, layout = {}, OrderedDict(), []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            head = line[4:].split()
            if head[0] == "page":
                cur = page
            elif head[0] == "layout":
                cur = layout
            else:
                cur = {"id": head[0], "kind": head[1], "paras": [], "opts": {}}
                for f in FIELDS:
                    cur[f] = ""
                arts[head[0]] = cur
            continue
        if cur is layout:
            layout.append(line.split(None, 2))
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is page:
            page[key] = val
        elif key in ("p", "s"):
            cur["paras"].append((key, val))
        elif key in FIELDS:
            cur[key] = val
        else:
            cur["opts"][key] = val
    return page, arts, layout


def conv(s, punct):
    """Page punctuation style: full / mixed (full commas, half brackets) / half."""
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- text units
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/×]*")


def units(text):
    """Split text into layout units: a CJK char, a punctuation mark, an ASCII run."""
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def width(u):
    if u == "\n":
        return 0
    return sum(0.5 if ord(c) < 128 else 1 for c in u)


def is_run(u):
    return bool(NUMRUN.fullmatch(u))


class Composer:
    def __init__(self, name, page, arts, layout):
        self.name, self.page, self.arts, self.layout = name, page, arts, layout
        self.rng = random.Random(name)
        self.punct = page.get("punct", "full")
        self.col = page["layout"] == "column"
        self.stats = Counter()
        self.out = []          # list of (line, gap_before)
        self.extras, self.dups = [], []
        self.pnum = float(page.get("numspace", "0.5"))
        self.pgap = float(page.get("glyphgap", "0.04"))
        self.seen_body = set()
        self.seen_head = set()
        self.next_gap = None

    # -- emit
    def emit(self, line, gap=1):
        if self.next_gap is not None:
            gap, self.next_gap = self.next_gap, None
        self.out.append((line, gap))

    def render(self):
        lines = []
        if self.col:
            for k, (line, gap) in enumerate(self.out):
                if k:
                    lines.extend([""] * gap)
                lines.append(line)
            if self.layout and self.layout[0][0] == "body":
                lines[0] = " " + lines[0]
                self.stats["leading space on the page's first line"] += 1
            return "\n".join(lines) + "\n\n\n"
        parts = ["", ""]
        for k, (line, gap) in enumerate(self.out):
            if k:
                parts.extend([""] * gap)
            parts.append(line)
        return "\n".join(parts)

    # -- artefacts on an ordinary printed line
    def plain(self, us, body=True):
        s = ""
        for k, u in enumerate(us):
            if u == "\n":
                continue
            if is_run(u) and u.endswith("%") and len(u) > 1 and self.rng.random() < self.pgap * 2:
                u = u[:-1] + " %"
                self.stats["space before %"] += 1
            if is_run(u) and body and 0 < k < len(us) - 1 and self.rng.random() < self.pnum:
                if not s.endswith(" "):
                    s += " "
                s += u + " "
                self.stats["spaces around a number run"] += 1
                continue
            if u in CLOSE and u not in "%,.;:?!)" and k and self.rng.random() < self.pgap:
                s = s.rstrip(" ") + " " + u
                self.stats["glyph-gap space at full-width punctuation"] += 1
                continue
            if u in "“‘" and k < len(us) - 1 and self.rng.random() < self.pgap * 2:
                s += u + " "
                self.stats["space after an opening quote"] += 1
                continue
            s += u
        return s.strip(" ")

    def spread(self, us):
        us = [u for u in us if u != "\n"]
        s = us[0]
        for a, b in zip(us, us[1:]):
            s += ("" if (a in CLOSE or b in OPEN) else " ") + b
        self.stats["justified line spread with spaces"] += 1
        return s

    # -- column wrapping
    def wrap(self, text, w, indent=2, first_indent=True, breaks=()):
        """Greedy column wrap; returns printed lines (with artefacts)."""
        for b in breaks:   # forced line break after a substring (dateline / byline pieces)
            if b and b in text:
                i = text.index(b) + len(b)
                text = text[:i] + "\n" + text[i:]
        us = units(text)
        lines, cur, cw = [], [], 0.0
        cap = w - (indent if first_indent else 0)
        i = 0
        forced = []
        while i < len(us):
            u = us[i]
            if u == "\n":
                lines.append(cur)
                forced.append(True)
                cur, cw, cap = [], 0.0, w
                i += 1
                continue
            uw = width(u)
            if cw + uw <= cap or not cur:
                cur.append(u)
                cw += uw
                i += 1
                continue
            if u in CLOSE and cw + uw <= cap + 1:      # hanging punctuation
                cur.append(u)
                i += 1
            elif len(cur) > 1 and cur[-1] in OPEN:     # opening mark may not end a line
                cur.pop()
                i -= 1
            lines.append(cur)
            forced.append(False)
            cur, cw, cap = [], 0.0, w
        if cur:
            lines.append(cur)
            forced.append(True)
        printed = []
        for k, ln in enumerate(lines):
            c = w - (indent if (k == 0 and first_indent) else 0)
            lw = sum(width(u) for u in ln)
            last = k == len(lines) - 1 or forced[k]
            if not last and c - lw >= 1 and len(ln) > 3:
                printed.append(self.spread(ln))
            else:
                printed.append(self.plain(ln))
        return printed

    # -- paragraph pieces
    def pieces(self, a, n):
        kind, text = a["paras"][n]
        return text.split(CUT)

    def refs(self, a, spec):
        out = []
        for part in spec.split(","):
            part = part.strip()
            if "-" in part:
                lo, hi = part.split("-")
                hi = hi or len(a["paras"]) - 1
                out += [(n, None) for n in range(int(lo), int(hi) + 1)]
            elif "." in part:
                n, k = part.split(".")
                out.append((int(n), int(k)))
            else:
                out.append((int(part), None))
        return out

    # -- layout items
    def do_body(self, aid, spec, mode=""):
        a = self.arts[aid]
        w = float(a["opts"].get("w", "17"))
        prev_text = None
        for n, k in self.refs(a, spec):
            kind, text = a["paras"][n]
            ps = text.split(CUT)
            if k is None:
                piece, start = "".join(ps), True
            else:
                piece, start = ps[k], k == 0
                self.stats["paragraph printed in pieces"] += (k == 0)
            piece = conv(piece, self.punct)
            if n == 0 and start and a["dateline"]:
                dl = conv(a["dateline"], self.punct)
                piece = dl + piece
                self.stats["dateline ran into first paragraph"] += 1
            if (aid, n, k) in self.seen_body:
                raise SystemExit(f"{self.name}: {aid} para {n}.{k} printed twice")
            self.seen_body.add((aid, n, k))
            if self.col:
                br = []
                if n == 0 and start and a["opts"].get("dlbreak"):
                    br = a["opts"]["dlbreak"].split("|")
                    self.stats["line break inside a dateline"] += 1
                for ln in self.wrap(piece, w, first_indent=start and kind == "p", breaks=br):
                    self.emit(ln)
            else:
                if kind == "s":
                    self.emit(piece)
                else:
                    self.emit(self.plain(units(piece), body=False) if self.rng.random() < 0.3 else piece)

    def head_lines(self, a):
        parts = []
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                parts.append((f, conv(a[f], self.punct)))
        return parts

    def do_head(self, aid, mode=""):
        a = self.arts[aid]
        self.seen_head.add(aid)
        if any(x[0] == aid for x in self.seen_body):
            self.stats["headline printed after its body"] += 1
        parts = self.head_lines(a)
        if self.col or mode == "lines":
            first = True
            for f, t in parts:
                segs = t.split("/")
                if f == "title" and mode == "twice":
                    self.emit(t.replace("/", "") * 2, 1)
                    self.dups.append(t.replace("/", ""))
                    self.stats["headline doubled on one line"] += 1
                    first = False
                    continue
                for s in segs:
                    gap = 1 if first else self.rng.choice([0, 1])
                    self.emit(s, gap)
                    first = False
                if len(segs) > 1:
                    self.stats["headline broken over lines"] += 1
                if f == "title" and mode == "rep":
                    self.emit(t.replace("/", ""), 1)
                    self.dups.append(t.replace("/", ""))
                    self.stats["headline printed as two identical lines"] += 1
        else:
            line = " ".join(t.replace("/", "") for f, t in parts)
            if mode == "twice":
                t = conv(a["title"], self.punct).replace("/", "")
                line = line.replace(t, t + t, 1)
                self.dups.append(t)
                self.stats["headline doubled on one line"] += 1
            self.emit(line)
            if mode == "rep":
                self.emit(line)
                self.dups.append(line)
                self.stats["headline printed as two identical lines"] += 1
            self.stats["headline stack joined on one line"] += len(parts) > 1

    def do_label(self, aid):
        self.emit(conv(self.arts[aid]["column"], self.punct))
        self.stats["column label on its own line"] += 1

    def do_by(self, aid, mode=""):
        a = self.arts[aid]
        b = conv(a["byline"], self.punct)
        if mode.startswith("split:"):
            at = mode[6:]
            i = b.index(at)
            self.emit(b[:i].rstrip())
            self.emit(b[i:], 0 if self.col else 1)
            self.stats["byline broken over lines"] += 1
        else:
            self.emit(b)
        self.stats["byline on a line of its own"] += 1

    def do_photo(self, aid, mode=""):
        a = self.arts[aid]
        cap = conv(a["paras"][0][1], self.punct)
        cr = conv(a["byline"], self.punct)
        if a["title"]:
            self.emit(conv(a["title"], self.punct), 3 if not self.col else 1)
        gap = 1 if (self.col or a["title"]) else 3
        if self.col:
            w = float(a["opts"].get("w", "44"))
            lines = self.wrap(cap, w, first_indent=False) if len(cap) > w else [cap]
            lines = [ln.replace(" ", "") if " " in ln else ln for ln in lines]
        else:
            lines = [cap]
        for k, ln in enumerate(lines):
            self.emit(ln, gap if k == 0 else 1)
        if cr:
            if mode == "right":
                self.emit(" " * self.rng.randint(18, 30) + cr)
                self.stats["credit right-aligned on its own line"] += 1
            elif mode == "own":
                self.emit(cr)
            elif len(self.out[-1][0]) < 8:
                self.emit(cr)
            else:
                ln, g = self.out.pop()
                self.emit(ln + " " * self.rng.randint(1, 3) + cr, g)
                self.stats["credit on the caption's last line"] += 1
        self.stats["photo caption"] += 1

    def do_mark(self, aid, mode=""):
        a = self.arts[aid]
        c = a["continued"]
        if c.startswith("下转"):
            txt = self.rng.choice(["▷(%s)" % c, "▶(%s)" % c]) if self.punct != "full" else "▷（%s）" % c
        else:
            txt = "▲ ▲（%s）" % c if self.punct == "full" else "▲ ▲(%s)" % c
        self.stats["jump marker"] += 1
        if mode == "inline":
            self.pending = txt
        else:
            self.emit(txt)

    def run(self):
        self.pending = None
        for item in self.layout:
            op = item[0]
            arg = item[1] if len(item) > 1 else ""
            rest = item[2] if len(item) > 2 else ""
            n0 = len(self.out)
            if op == "mast":
                pieces = self.page["masthead"].split("|")
                for k, p in enumerate(pieces):
                    self.emit(p, 1 if (self.col or k in (0, 1, 2, 3, 5)) else 0)
                self.extras.append("".join(pieces))
                self.stats["masthead piece"] += len(pieces)
                self.stats["masthead pieces merged on one line"] += sum(" " in p for p in pieces)
            elif op == "box":
                pieces = (arg + (" " + rest if rest else "")).split("|")
                for k, p in enumerate(pieces):
                    self.emit(p, 1)
                self.extras.append("".join(pieces))
                self.stats["box line (furniture)"] += len(pieces)
            elif op == "head":
                self.do_head(arg, rest)
            elif op == "label":
                self.do_label(arg)
            elif op == "by":
                self.do_by(arg, rest)
            elif op == "body":
                self.do_body(arg, rest)
                if self.pending:
                    ln, g = self.out[n0]
                    self.out[n0] = (self.pending + ln, g)
                    self.pending = None
            elif op == "photo":
                self.do_photo(arg, rest)
            elif op == "mark":
                self.do_mark(arg, rest)
            elif op == "dup":
                ln, g = self.out[-1]
                self.emit(ln)
                self.dups.append(ln.replace(" ", "") if self.col else ln)
                self.stats["line printed twice"] += 1
            elif op == "gap":
                self.next_gap = int(arg)
                continue
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op}")
            if op == "head" and n0 and self.layout_prev == "head":
                self.stats["headlines bunched together"] += 1
            self.layout_prev = op
        # every paragraph piece printed exactly once
        for aid, a in self.arts.items():
            for n, (kind, text) in enumerate(a["paras"]):
                if a["kind"] == "photo":
                    continue
                ps = text.split(CUT)
                whole = (aid, n, None) in self.seen_body
                got = [(aid, n, k) in self.seen_body for k in range(len(ps))]
                if not (whole or all(got)) or (whole and any(got)):
                    raise SystemExit(f"{self.name}: {aid} para {n} not printed exactly once")

    layout_prev = None


def gold_of(c, fname):
    arts = []
    for aid, a in c.arts.items():
        P = c.punct
        paras = [conv(t.replace(CUT, ""), P) for _, t in a["paras"]]
        arts.append(OrderedDict([
            ("kind", a["kind"]),
            ("column", conv(a["column"], P)),
            ("kicker", conv(a["kicker"], P)),
            ("title", conv(a["title"].replace("/", ""), P)),
            ("subtitle", conv(a["subtitle"], P)),
            ("byline", conv(a["byline"], P)),
            ("dateline", conv(a["dateline"], P)),
            ("continued", a["continued"]),
            ("subheads", [conv(t, P) for k, t in a["paras"] if k == "s"]),
            ("paragraphs", paras),
        ]))
    pg = c.page
    return OrderedDict([
        ("source", fname),
        ("issue_date", pg["date"]),
        ("issue_number", int(pg["issue"]) if pg.get("issue") else None),
        ("page_count", int(pg["pages"]) if pg.get("issue") else None),
        ("articles", arts),
        ("extras", c.extras),
        ("duplicates", c.dups),
    ])


def coverage_loss(text, g):
    import sys
    sys.path.insert(0, "/work/shared/tools")
    from score import squash, covered, strings_in
    hay = "\0".join(squash(x) for x in strings_in(g["articles"]) + g["extras"] + g["duplicates"])
    out = []
    for line in text.splitlines():
        q = squash(line)
        miss = len(q) - covered(q, hay)
        if miss and not re.match(r"^[▷▶▲ ]", line.strip()):
            out.append(line.strip()[:20])
    return out


def nows(s):
    return len(re.sub(r"\s+", "", s))


def build():
    """Return {relative path: text} of everything compose writes, plus the page table."""
    files, rows, total = {}, [], Counter()
    for k, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        page, arts, layout = parse(src)
        c = Composer(src.name, page, arts, layout)
        c.run()
        text = c.render()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{k:03d}_{h}"
        g = gold_of(c, stem + ".txt")
        lost = coverage_loss(text, g)
        if lost:
            print(f"warning {src.name}: text the scorer's coverage would miss: {lost}")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        c.stats["article"] += len(arts)
        total.update(c.stats)
        rows.append((stem + ".txt", page["date"], page["page"], page["layout"], c.punct,
                     len(arts), nows(text), page.get("subjects", "")))
    return files, rows, total


def tables(rows, total):
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(ph), "\n".join(pt)


def main():
    files, rows, total = build()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    ph, pt = tables(rows, total)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
