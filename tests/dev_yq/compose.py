#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: the only randomness is a random.Random
seeded by the source file name (small choices such as which spaces to drop).

    python3 compose.py            # writes pages/, gold/, README.md next to this file
    python3 compose.py OUTDIR     # writes them under OUTDIR (used by check.py)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

CJK = re.compile(r"[\u3400-\u9fff]")
OPEN = "“‘（《〈【(["
CLOSE = "”’）》〉】)]"
MIDP = "，、。；：？！,;:?!"
NOHEAD = CLOSE + MIDP          # may not begin a column line: hangs at the end instead
ASCII_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+×:/\-]*")

PUNCT_MODES = {
    "full": {},
    "mixbr": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}
PUNCT_NAMES = {"full": "全角", "mixbr": "全角标点+半角括号", "half": "半角 ,();:"}

PHEN = Counter()   # phenomena counted while composing (whole set)


# ----------------------------------------------------------------- source
def parse_src(path: Path):
    page, arts, layout = {}, OrderedDict(), []
    cur, section = None, None
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        if ln.startswith("@page"):
            section, cur = "page", page
            continue
        if ln.startswith("@art "):
            section = "art"
            aid = ln.split()[1]
            cur = arts[aid] = {"id": aid, "p": [], "opts": {}}
            continue
        if ln.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            layout.append(ln.strip())
            continue
        key, _, val = ln.partition(":")
        key, val = key.strip(), val.strip()
        if section == "art" and key == "p":
            cur["p"].append(val)
        elif section == "art" and key == "opt":
            for kv in val.split():
                k, _, v = kv.partition("=")
                cur["opts"][k] = v
        else:
            cur[key] = val
    return page, arts, layout


def conv(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    return s.replace("⏎", "").replace("¦", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------- raw text helpers
def numspace(s: str, style: str, rnd: random.Random, gaps: bool) -> str:
    """PDF extraction spaces around number runs (column layout)."""
    if style == "none" and not gaps:
        return s
    out, i = [], 0
    for m in ASCII_RUN.finditer(s):
        out.append(s[i:m.start()])
        run = m.group(0)
        prev = s[m.start() - 1] if m.start() else ""
        nxt = s[m.end()] if m.end() < len(s) else ""
        if style in ("before", "both") and (CJK.match(prev) or prev in "，、；：,;:"):
            out.append(" ")
            PHEN["space before number run"] += 1
        if gaps and run.endswith("%") and rnd.random() < 0.35:
            run = run[:-1] + " %"
            PHEN["glyph-gap space before %"] += 1
        out.append(run)
        if style == "both" and CJK.match(nxt or "x"):
            out.append(" ")
        i = m.end()
    out.append(s[i:])
    s = "".join(out)
    if gaps:
        t = []
        for ch in s:
            if ch in "“" and rnd.random() < 0.3:
                t.append(ch + " ")
                PHEN["space after opening quote"] += 1
            elif ch in "、，" and rnd.random() < 0.06:
                t.append(" " + ch)
                PHEN["glyph-gap space before full-width punctuation"] += 1
            else:
                t.append(ch)
        s = "".join(t)
    return s


def atoms(s: str):
    """Split raw text into unbreakable atoms (number runs, names in datelines, chars)."""
    res, i = [], 0
    pat = re.compile(r"⏎|[A-Za-z0-9][A-Za-z0-9.%+×:/\-]*(?: %)?|(?<=[ （(])[\u4e00-\u9fff]{2,4}(?=[ ）)])|\s+|.")
    for m in pat.finditer(s):
        res.append(m.group(0))
    return res


def width(a: str) -> float:
    w = 0.0
    for ch in a:
        if ch == " " or ch == "⏎":
            continue
        w += 0.5 if ord(ch) < 128 else 1.0
    return w


def spread(line_atoms):
    """Justified line: the compositor spread its glyphs, extraction shows spaces."""
    parts = []
    for a in line_atoms:
        if a.isspace():
            continue
        if parts and (a in CLOSE):
            parts[-1] += a
        elif parts and parts[-1] and parts[-1][-1] in OPEN + MIDP:
            parts[-1] += a
        else:
            parts.append(a)
    return " ".join(parts)


def wrap(text: str, W: float, rnd: random.Random, justify: bool = True):
    """Wrap one paragraph (raw form) into column lines of W em."""
    lines, cur, curw = [], [], 0.0
    ats = atoms(text)
    i = 0
    while i < len(ats):
        a = ats[i]
        if a == "⏎":
            PHEN["forced line break (dateline date, between names, before 通讯员)"] += 1
            lines.append((cur, True))
            cur, curw = [], 0.0
            i += 1
            continue
        aw = width(a)
        if not cur and a.isspace():
            i += 1
            continue
        if curw + aw <= W or not cur:
            cur.append(a)
            curw += aw
            i += 1
            continue
        if a and a[0] in NOHEAD:
            cur.append(a)     # hanging punctuation
            i += 1
            # a closing quote may follow a comma, keep it too
            while i < len(ats) and ats[i] and ats[i][0] in CLOSE:
                cur.append(ats[i])
                i += 1
        carry = []
        while len(cur) > 1 and cur[-1] and cur[-1][-1] in OPEN:
            carry.insert(0, cur.pop())     # an opening mark never ends a line
        lines.append((cur, False))
        cur, curw = carry, sum(width(x) for x in carry)
    if cur:
        lines.append((cur, True))
    out = []
    for k, (la, final) in enumerate(lines):
        raw = "".join(la).strip()
        if justify and not final:
            slack = W - width(raw)
            mids = sum(1 for a in la[:-1] if a in "，、。；：")
            named = "记者" in raw or "通讯员" in raw
            if named:
                pass
            elif slack >= 1 and len(la) > 3:
                raw = spread(la)
                PHEN["justified line spread with spaces"] += 1
            elif mids >= 2 and rnd.random() < 0.3:
                raw = spread(la)
                PHEN["justified line spread with spaces"] += 1
        out.append(raw)
    return out


def split_spec(spec: str):
    """'a / b // c' -> [('a', False), ('b', True), ('c', ...)]: text, blank-line-after."""
    res = []
    for chunk in spec.split(" // "):
        pieces = chunk.split(" / ")
        for j, p in enumerate(pieces):
            res.append((p, j == len(pieces) - 1))
    return res


# ----------------------------------------------------------------- page composer
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.page, self.arts, self.layout = parse_src(path)
        self.rnd = random.Random(path.name)
        self.mode = self.page.get("punct", "full")
        self.col = self.page["layout"] == "column"
        self.out = []          # list of (line, blank_after)
        self.extras, self.dups = [], []
        self.order = []        # article ids in order of first appearance
        self.started = set()   # articles whose dateline was printed

    # output helpers
    def emit(self, line: str, blank: bool = True):
        self.out.append((line, blank))

    def seen(self, aid):
        if aid not in self.order:
            self.order.append(aid)

    def c(self, s):
        return conv(s, self.mode)

    def art(self, aid):
        return self.arts[aid]

    def para_parts(self, a, idx):
        return a["p"][idx].split("¦")

    def raw_col(self, a, s):
        o = a["opts"]
        return numspace(self.c(s), o.get("num", "before"), self.rnd, o.get("gaps", "1") == "1")

    def emit_text(self, a, text, first=False, final_blank=True):
        """Emit a body piece of article a (raw text already holds dateline/marker)."""
        if self.col:
            W = float(a["opts"].get("w", self.page.get("width", "17")))
            lines = wrap(self.raw_col(a, text), W, self.rnd)
            for ln in lines:
                self.emit(ln)
        else:
            br = "\n" if a["opts"].get("brk") == "1" else ""
            if br and "⏎" in text:
                PHEN["line break inside a dateline"] += 1
            self.emit(self.c(text).replace("⏎", br))

    def head_default(self, a):
        parts = [a.get(k, "") for k in ("kicker", "title", "subtitle")]
        parts = [self.c(p) for p in parts if p]
        if self.col:
            for p in parts:
                self.emit(p)
        else:
            self.emit(" ".join(parts))
            if len(parts) > 1:
                PHEN["headline stack printed on one line"] += 1

    def body(self, aid, items, dupline=None):
        a = self.art(aid)
        self.seen(aid)
        n0 = len(self.out)
        for it in items:
            if "-" in it:
                lo, hi = it.split("-")
            else:
                lo = hi = it
            # lo / hi may be 'i' or 'i.k'
            def unpack(x):
                if "." in x:
                    i, k = x.split(".")
                    return int(i), int(k)
                return int(x), None
            li, lk = unpack(lo)
            hi_i, hk = unpack(hi)
            if lk:
                PHEN["cut paragraph continued after a piece of another story"] += 1
            for pi in range(li, hi_i + 1):
                parts = self.para_parts(a, pi)
                ks = list(range(len(parts)))
                if pi == li and lk is not None:
                    ks = [k for k in ks if k >= lk]
                if pi == hi_i and hk is not None:
                    ks = [k for k in ks if k <= hk]
                for k in ks:
                    text = parts[k]
                    if pi == 0 and k == 0 and aid not in self.started:
                        self.started.add(aid)
                        pre = ""
                        if a.get("marker") and a["opts"].get("markerpos") == "inline":
                            pre = a["marker"]
                            PHEN["jump marker"] += 1
                        if a.get("dateline"):
                            pre += a["dateline"]
                        text = pre + text
                    if k > 0:
                        PHEN["paragraph split over two text lines"] += 1
                    self.emit_text(a, text)
        if dupline is not None:
            j = n0 + int(dupline)
            ln, bl = self.out[j]
            self.out.insert(j + 1, (ln, bl))
            self.dups.append(nows(ln))
            PHEN["line printed twice"] += 1

    def run(self):
        prev_op = ""
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            rest = rest.strip()
            if op in ("head", "headraw", "headdup"):
                hid = rest.split()[0]
                if hid in self.started:
                    PHEN["headline printed after its body"] += 1
                if prev_op in ("head", "headraw", "headdup"):
                    PHEN["headline bunched with another story's headline"] += 1
            prev_op = op
            if op == "mast":
                pieces = split_spec(rest)
                for p, bl in pieces:
                    self.emit(p, bl)
                self.extras.append("".join(nows(p) for p, _ in pieces))
                PHEN["masthead block"] += 1
            elif op == "extra":
                pieces = split_spec(rest)
                for p, bl in pieces:
                    self.emit(p, bl)
                self.extras.append("".join(nows(p) for p, _ in pieces))
                PHEN["box line / page furniture (extras)"] += 1
            elif op == "head":
                aid = rest.split()[0]
                self.seen(aid)
                self.head_default(self.art(aid))
            elif op == "headraw":
                aid, _, spec = rest.partition(" = ")
                aid = aid.strip()
                self.seen(aid)
                for p, bl in split_spec(spec):
                    self.emit(self.c(p), bl)
                PHEN["headline broken or laid out by hand"] += 1
            elif op == "headdup":
                # headline drawn twice: 'inline' doubled on one line, else two identical lines
                aid, *flag = rest.split()
                a = self.art(aid)
                self.seen(aid)
                parts = [self.c(a[k]) for k in ("kicker", "title", "subtitle") if a.get(k)]
                h = " ".join(parts) if not self.col else parts[-1]
                if self.col and len(parts) > 1:
                    for p in parts[:-1]:
                        self.emit(p)
                if flag and flag[0] == "inline":
                    self.emit(h + h)
                else:
                    self.emit(h)
                    self.emit(h)
                self.dups.append(nows(h))
                PHEN["headline drawn twice"] += 1
            elif op == "col":
                a = self.art(rest)
                self.emit(self.c(a["column"]))
                PHEN["column label on its own line"] += 1
            elif op == "byline":
                a = self.art(rest)
                self.seen(rest)
                self.emit(re.sub(r"\s*⏎\s*", "\n", self.c(a["byline"])))
                if "⏎" in a["byline"]:
                    PHEN["line break inside a byline"] += 1
            elif op == "body":
                aid, *items = rest.split()
                dl = None
                its = []
                for x in items:
                    if x.startswith("dupline="):
                        dl = x.split("=")[1]
                    else:
                        its.append(x)
                self.body(aid, its, dl)
            elif op == "dup":
                aid, idx = rest.split()
                a = self.art(aid)
                if "." in idx:
                    i, k = idx.split(".")
                    t = self.para_parts(a, int(i))[int(k)]
                else:
                    t = clean(a["p"][int(idx)])
                self.emit(self.c(clean(t)))
                self.dups.append(nows(self.c(clean(t))))
                PHEN["paragraph printed twice"] += 1
            elif op == "marker":
                a = self.art(rest)
                self.emit(self.c(a["marker"]))
                PHEN["jump marker"] += 1
            elif op == "photo":
                aid, *st = rest.split()
                st = st[0] if st else "right"
                a = self.art(aid)
                self.seen(aid)
                cap = self.c(clean(a["p"][0]))
                cred = self.c(a.get("byline", ""))
                if a.get("title"):
                    self.emit(self.c(a["title"]))
                W = float(a["opts"].get("w", "44"))
                caplines = wrap(cap, W, self.rnd, justify=False) if self.col or st == "two" else [cap]
                if st == "inline":
                    caplines[-1] = caplines[-1] + " " + cred.replace("⏎", "")
                    for ln in caplines:
                        self.emit(ln)
                    PHEN["photo credit on the caption line"] += 1
                else:
                    for ln in caplines:
                        self.emit(ln, False)
                    if len(caplines) == 2:
                        PHEN["two-line caption before its credit"] += 1
                    self.out[-1] = (self.out[-1][0], True)
                    if cred:
                        pad = " " * (self.rnd.randint(20, 40) if st in ("right", "two") else 0)
                        parts = [x.strip() for x in cred.split("⏎")]
                        self.emit("\n".join(pad + x for x in parts))
                        PHEN["credit on a line of its own"] += 1
                        if len(parts) > 1:
                            PHEN["line break inside a credit"] += 1
                for extra in a["p"][1:]:
                    self.emit(self.c(clean(extra)))
            elif op == "raw":
                self.emit(rest)
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {op!r}")
        for aid in self.arts:
            if aid not in self.order:
                raise SystemExit(f"{self.path.name}: article {aid} not laid out")

    def text(self):
        lines = []
        if not self.col:
            lines += ["", ""]
        for k, (ln, bl) in enumerate(self.out):
            if k == 0 and self.col:
                ln = " " + ln
            lines.append(ln)
            if bl:
                lines.append("")
        return "\n".join(lines) + "\n"

    def gold(self, fname):
        p = self.page
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            cont = a.get("marker", "")
            cont = re.sub(r"[\s▲▷▶△◀（）()]", "", cont)
            subheads = [s for s in a.get("subheads", "").split("|") if s]
            arts.append(OrderedDict([
                ("kind", a["kind"]),
                ("column", self.c(a.get("column", ""))),
                ("kicker", self.c(a.get("kicker", ""))),
                ("title", self.c(a.get("title", ""))),
                ("subtitle", self.c(a.get("subtitle", ""))),
                ("byline", self.c(clean(a.get("byline", "")))),
                ("dateline", self.c(clean(a.get("dateline", "")))),
                ("continued", self.c(cont)),
                ("subheads", [self.c(s) for s in subheads]),
                ("paragraphs", [nows(self.c(clean(x))) for x in a["p"]]),
            ]))
        ino = p.get("issue_number") or None
        pc = int(p["page_count"]) if p.get("page_count") else None
        return OrderedDict([
            ("source", fname), ("issue_date", p["date"]),
            ("issue_number", ino), ("page_count", pc),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).iterdir():
            f.unlink()
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        no = pg.page["no"]
        name = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(f"{name}.txt")
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        chars = len(re.sub(r"\s+", "", text))
        rows.append((f"{name}.txt", g["issue_date"], pg.page["pageno"],
                     pg.page["layout"], PUNCT_NAMES[pg.mode], len(g["articles"]), chars,
                     pg.page.get("subjects", "")))
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items(), key=lambda x: (-x[1], x[0])))
    ph = "| phenomenon | count |\n|---|---|\n" + ph
    pt = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
         "|---|---|---|---|---|---|---|---|\n" + \
         "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (out / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt),
                                   encoding="utf-8")
    print(f"composed {len(rows)} pages into {out}")


if __name__ == "__main__":
    main()
