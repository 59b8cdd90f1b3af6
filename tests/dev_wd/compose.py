#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name, so running it twice gives the
same bytes.  check.py imports build() from here and compares with the disk.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# --- widths (em), measured on the seeds' column layout --------------------------------
# CJK glyph 1 em; full-width punctuation is compressed to 0.5 em by the typesetter;
# ASCII (digits, Latin, %) 0.5 em.  A justified line whose natural width falls
# 1 em or more short of the column width comes out "spread" (a space between glyphs).
PUNCT = set("，、。；：！？“”‘’（）《》")
CLOSE = set("，、。；：！？”’）》%")      # may not start a line (hang on the previous one)
OPEN = set("“‘（《")                      # may not end a line
NOSP_BEFORE = set("》）（《“‘")
NOSP_AFTER = set("，、。；：！？”’（《")
SPREAD_SLACK = 1.0

CUT = "¦"           # paragraph cut point (pieces a, b, c ...)
BREAK = "|"         # forced line break inside headlines, bylines, datelines


def em(tok: str) -> float:
    t = 0.0
    for c in tok:
        if c == " ":
            continue
        t += 0.5 if (c in PUNCT or ord(c) < 128) else 1.0
    return t


def tokens(s: str) -> list[str]:
    """Split into unbreakable units: ASCII runs (numbers, Latin words) and single glyphs."""
    return re.findall(r"[0-9A-Za-z.%+\-/]+|[^\s]| ", s) if s else []


def is_ascii(t: str) -> bool:
    return bool(t) and ord(t[0]) < 128 and t != " "


# --- punctuation modes ----------------------------------------------------------------
def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
    return s


# --- source parsing -------------------------------------------------------------------
def parse(path: Path) -> dict:
    head, rest = path.read_text(encoding="utf-8").split("\n====\n", 1)
    arts_txt, layout_txt = rest.split("\n====layout\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    arts, order, cur = {}, [], None
    for line in arts_txt.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"\[(\w+)\]\s+(\w+)$", line)
        if m:
            cur = {"id": m.group(1), "kind": m.group(2), "paras": [], "subs": set(),
                   "opt": {}}
            for f in FIELDS:
                cur[f] = ""
            arts[cur["id"]] = cur
            order.append(cur["id"])
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        names = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
                 "by": "byline", "dl": "dateline", "cont": "continued"}
        if k in names:
            cur[names[k]] = v
        elif k in ("p", "h"):
            if k == "h":
                cur["subs"].add(len(cur["paras"]))
            cur["paras"].append(v)
        else:
            cur["opt"][k] = v
    layout = [l.rstrip() for l in layout_txt.splitlines() if l.strip() and not l.startswith("#")]
    return {"meta": meta, "arts": arts, "order": order, "layout": layout}


def clean(s: str) -> str:
    """Gold text of a source field: markers removed."""
    s = s.replace(CUT, "").replace("{n}", "").replace(BREAK, "")
    return s


# --- column layout: wrapping ----------------------------------------------------------
def spaced(toks: list[str], numsp: str) -> str:
    """Ordinary (not spread) line: layout spaces only around number runs / quotes."""
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if i and is_ascii(t) and not is_ascii(prev) and prev not in PUNCT and "b" in numsp:
            out += " "
        elif i and is_ascii(prev) and not is_ascii(t) and t not in PUNCT and "a" in numsp:
            out += " "
        elif i and is_ascii(prev) and t in "、，；。" and "g" in numsp:
            out += " "
        elif i and prev == "“" and "q" in numsp:
            out += " "
        if "g" in numsp and is_ascii(t) and t.endswith("%") and len(t) > 1 and "p" in numsp:
            t = t[:-1] + " %"
        out += t
    return out


def spread(toks: list[str]) -> str:
    out = ""
    for i, t in enumerate(toks):
        if i and t not in NOSP_BEFORE and toks[i - 1] not in NOSP_AFTER:
            out += " "
        out += t
    return out


def wrap(text: str, width: float, first_prefix: list[str] | None = None) -> list[list[str]]:
    """Greedy fill; returns token lines.  first_prefix: tokens of a dateline, whose
    spaces are break opportunities (its words are not split)."""
    units: list[list[str]] = []        # each unit unbreakable
    if first_prefix:
        word: list[str] = []
        for t in first_prefix:
            if t == " ":
                if word:
                    units.append(word)
                word = []
                units.append([" "])
            elif t == "\n":
                if word:
                    units.append(word)
                word = []
                units.append(["\n"])
            else:
                word.append(t)
        if word:
            units.append(word)
    for t in tokens(text):
        units.append([t])
    lines, cur, w = [], [], 0.0
    i = 0
    while i < len(units):
        u = units[i]
        if u == ["\n"]:
            lines.append(cur)
            cur, w = [], 0.0
            i += 1
            continue
        if u == [" "]:
            if cur:
                cur.append(" ")
            i += 1
            continue
        uw = em("".join(u))
        if w + uw <= width or not cur or (len(u) == 1 and u[0] in CLOSE):
            cur.extend(u)
            w += uw
            i += 1
            continue
        # opening punctuation may not end a line
        if cur and cur[-1] in OPEN:
            moved = cur.pop()
            lines.append(cur)
            cur, w = [moved], em(moved)
            continue
        lines.append(cur)
        cur, w = [], 0.0
    if cur:
        lines.append(cur)
    return [[t for t in ln] for ln in lines]


def render_lines(toklines, width, numsp, last_is_para_end=True):
    out = []
    for j, ln in enumerate(toklines):
        while ln and ln[-1] == " ":
            ln = ln[:-1]
        while ln and ln[0] == " ":
            ln = ln[1:]
        is_last = j == len(toklines) - 1
        nat = em("".join(t for t in ln if t != " "))
        if not is_last and width - nat >= SPREAD_SLACK and " " not in ln:
            out.append((spread(ln), "spread"))
        else:
            # keep dateline spaces, add number spaces
            segs, buf = [], []
            for t in ln:
                if t == " ":
                    segs.append(buf)
                    buf = []
                else:
                    buf.append(t)
            segs.append(buf)
            out.append((" ".join(spaced(s, numsp) for s in segs), "plain"))
    return out


# --- the page builder -----------------------------------------------------------------
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.d = parse(src)
        self.meta = self.d["meta"]
        self.arts = self.d["arts"]
        self.rng = random.Random(src.name)
        self.layout = self.meta["layout"]
        self.pmode = self.meta.get("punct", "full")
        self.lines: list[tuple[str, bool]] = []   # (text, glue_to_previous)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.pieces = {aid: self.split_pieces(a) for aid, a in self.arts.items()}
        self.printed = Counter()
        self.heads = Counter()

    # paragraphs -> pieces (by cut markers)
    def split_pieces(self, a):
        res = []
        for p in a["paras"]:
            res.append(p.split(CUT))
        return res

    def P(self, s):
        return punct(s, self.pmode)

    def emit(self, text, glue=False):
        self.lines.append((text, glue))

    # headline --------------------------------------------------------------------
    def head(self, aid, how):
        self.heads[("head", aid)] += 1
        a = self.arts[aid]
        parts = [a[k] for k in ("kicker", "title", "subtitle") if a[k]]
        if self.layout == "para" and (how or a["opt"].get("hl", "join")) == "join" and how not in ("lines",):
            text = " ".join(self.P(p) for p in parts)
            for i, seg in enumerate(text.split(BREAK)):
                self.emit(seg.strip())
            self.count["headline joined on one line"] += len(parts) > 1
            return
        adj = self.rng.random() < 0.5 if self.layout == "column" else False
        first = True
        for k in ("kicker", "title", "subtitle"):
            if not a[k]:
                continue
            segs = self.P(a[k]).split(BREAK)
            if len(segs) > 1:
                self.count["headline broken across lines"] += 1
                if len(segs[-1]) <= 3:
                    self.count["headline's last word alone on a line"] += 1
            for seg in segs:
                self.emit(seg.strip(), glue=(adj and not first))
                first = False
            if k == "title" and how == "double":
                self.lines[-1] = (self.lines[-1][0] + clean(self.P(a[k])), self.lines[-1][1])
                self.dups.append(clean(self.P(a[k])))
                self.count["headline doubled on one line"] += 1
            if k == "title" and how == "twice":
                self.emit(clean(self.P(a[k])), glue=True)
                self.dups.append(clean(self.P(a[k])))
                self.count["headline printed on two identical lines"] += 1

    def byline(self, aid):
        self.heads[("by", aid)] += 1
        a = self.arts[aid]
        segs = self.P(a["byline"]).split(BREAK)
        if len(segs) > 1:
            self.count["byline broken between names"] += 1
        for s in segs:
            self.emit(s.strip())

    # body -------------------------------------------------------------------------
    def ranges(self, aid, spec):
        """'1-3', '4a', '4b-6', '' (all) -> list of (para_index, piece_index|None)."""
        n = len(self.pieces[aid])
        if not spec:
            return [(i, None) for i in range(n)]
        if spec.endswith("-"):
            spec += str(n)
        m = re.match(r"(\d+)([a-z]?)(?:-(\d+)([a-z]?))?$", spec)
        s, sp, e, ep = m.groups()
        s = int(s) - 1
        e = int(e) - 1 if e else s
        if not m.group(3):
            ep = sp
        out = []
        for i in range(s, e + 1):
            pcs = self.pieces[aid][i]
            if i == s and sp:
                lo = ord(sp) - 97
            else:
                lo = 0
            if i == e and ep:
                hi = ord(ep) - 97
            else:
                hi = len(pcs) - 1
            if lo == 0 and hi == len(pcs) - 1:
                out.append((i, None))
            else:
                for k in range(lo, hi + 1):
                    out.append((i, k))
        return out

    def body(self, aid, spec):
        a = self.arts[aid]
        items = self.ranges(aid, spec)
        width = float(a["opt"].get("w", "17"))
        numsp = a["opt"].get("num", "ba")
        for idx, (i, k) in enumerate(items):
            pcs = self.pieces[aid][i]
            for kk in ([k] if k is not None else range(len(pcs))):
                self.printed[(aid, i, kk)] += 1
            text = "".join(pcs) if k is None else pcs[k]
            cuttag = ""
            if "{n}" in text:
                text = text.replace("{n}", "")
            if k is not None and k < len(pcs) - 1:
                self.classify_cut(pcs[k], pcs[k + 1])
            with_dl = (i == 0 and (k is None or k == 0) and a["dateline"])
            if self.layout == "para":
                line = self.P(text)
                if with_dl:
                    dl = self.P(a["dateline"])
                    if BREAK in dl:
                        x, y = dl.split(BREAK, 1)
                        self.emit(x)
                        self.count["dateline broken across two lines"] += 1
                        dl = y
                    line = dl + line
                if k is not None and k > 0 and pcs[k - 1] and idx == 0:
                    pass
                self.emit(line)
            else:
                pre = None
                if with_dl:
                    dl = self.P(a["dateline"])
                    if BREAK in dl:
                        self.count["dateline broken across two lines"] += 1
                    dl = dl.replace(BREAK, "\n")
                    pre = self.dl_tokens(dl, a)
                toklines = wrap(self.P(text), width, pre)
                rendered = render_lines(toklines, width, numsp)
                if with_dl and "lead" in a["opt"].get("dlsp", ""):
                    rendered[0] = (" " + rendered[0][0], rendered[0][1])
                for ln, kind in rendered:
                    if kind == "spread":
                        self.count["justified line spread with spaces"] += 1
                    if re.search(r"[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]", ln):
                        self.count["line with spaces around a number run"] += 1
                    self.emit(ln)

    def dl_tokens(self, dl, a):
        """Dateline tokens; spaces (and forced breaks) are its only break points.
        dlsp 'date': the extraction puts a space before each number of the date."""
        opt = a["opt"].get("dlsp", "")
        out = []
        for t in re.findall(r"\n|[0-9A-Za-z.%]+|[^\s]| ", dl):
            if "date" in opt and is_ascii(t) and out and out[-1] not in (" ", "\n"):
                out.append(" ")
            out.append(t)
        return out

    def classify_cut(self, left, right):
        l, r = left[-1:], right[:1]
        if not l or not r:
            return
        if "{n}" in right or "{n}" in left:
            self.count["cut inside a name"] += 1
        elif l.isdigit() and not r.isascii():
            self.count["cut between a figure and its unit"] += 1
        elif not l.isascii() and r.isdigit():
            self.count["cut between a verb and its figure"] += 1
        elif left.count("“") > left.count("”"):
            self.count["cut inside a quoted term"] += 1
        else:
            self.count["cut inside a word"] += 1

    def caption(self, aid, how):
        a = self.arts[aid]
        self.printed[(aid, 0, 0)] += 1
        if how != "none":
            self.heads[("by", aid)] += 1
        cap = self.P(a["paras"][0])
        credit = self.P(a["byline"])
        if self.layout == "column":
            width = float(a["opt"].get("w", "44"))
            tl = wrap(cap, width)
            lines = ["".join(t for t in ln) for ln in tl]
        else:
            lines = [cap]
        csegs = [c.strip() for c in credit.split(BREAK)] if credit else []
        if len(csegs) > 1:
            self.count["credit broken between names"] += 1
        if credit and how != "own" and how != "none":
            lines[-1] = lines[-1] + " " + csegs[0]
            csegs = csegs[1:]
            self.count["credit at the end of its caption"] += 1
        elif credit and how == "own":
            self.count["credit on a line of its own"] += 1
        for ln in lines:
            self.emit(ln)
        if how != "none":
            for c in csegs:
                self.emit(c)

    # run the layout script ---------------------------------------------------------
    def run(self):
        for cmd in self.d["layout"]:
            op, _, arg = cmd.partition(" ")
            args = arg.split()
            if op == "head":
                self.head(args[0], args[1] if len(args) > 1 else "")
            elif op == "col":
                for x in args:      # one label may head a group (a 简讯 column)
                    self.heads[("col", x)] += 1
                self.emit(self.P(self.arts[args[0]]["column"]))
                self.count["column label on its own line"] += 1
            elif op == "by":
                self.byline(args[0])
            elif op == "body":
                self.body(args[0], args[1] if len(args) > 1 else "")
            elif op == "cap":
                self.caption(args[0], args[1] if len(args) > 1 else "")
            elif op == "credit":
                self.heads[("by", args[0])] += 1
                self.emit(self.P(self.arts[args[0]]["byline"]))
                self.count["credit on a line of its own"] += 1
            elif op == "mark":
                self.emit(arg)
                self.count["jump marker"] += 1
            elif op == "extra":
                pieces = arg.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(pieces))
                self.count["furniture line (masthead, box)"] += len(pieces)
            elif op == "dup":
                n = int(args[0]) if args else 1
                last = [t for t, _ in self.lines[-n:]]
                for t in last:
                    self.emit(t)
                    self.dups.append(t.strip())
                self.count["line printed twice"] += n
            elif op == "blank":
                self.emit(None)
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd!r}")

    def verify(self):
        """Every piece of every article printed exactly once (captions: once)."""
        for aid, paras in self.pieces.items():
            for i, pcs in enumerate(paras):
                for k in range(len(pcs)):
                    if self.printed[(aid, i, k)] != 1:
                        raise SystemExit(f"{self.src.name}: {aid} paragraph {i + 1} piece {k} "
                                         f"printed {self.printed[(aid, i, k)]} times")

        for aid, a in self.arts.items():
            need = [("head", a["kicker"] or a["title"] or a["subtitle"]), ("by", a["byline"]),
                    ("col", a["column"])]
            for what, present in need:
                if bool(present) != (self.heads[(what, aid)] == 1):
                    raise SystemExit(f"{self.src.name}: {aid} {what} printed "
                                     f"{self.heads[(what, aid)]} times")

    def text(self) -> str:
        if self.layout == "para":
            out = "\n\n"
            for t, glue in self.lines:
                out += "\n" if t is None else t + "\n\n"
            return out.rstrip("\n")
        out = []
        for t, glue in self.lines:
            if t is None:
                continue
            if glue and out:
                out[-1] += "\n" + t
            else:
                out.append(t)
        return "\n\n".join(out) + "\n"

    def gold_articles(self):
        res = []
        for aid in self.d["order"]:
            a = self.arts[aid]
            paras = [clean(self.P(p)) for p in a["paras"]]
            res.append({
                "kind": a["kind"],
                "column": clean(self.P(a["column"])),
                "kicker": clean(self.P(a["kicker"])),
                "title": clean(self.P(a["title"])),
                "subtitle": clean(self.P(a["subtitle"])),
                "byline": clean(self.P(a["byline"])),
                "dateline": clean(self.P(a["dateline"])),
                "continued": a["continued"],
                "subheads": [paras[i] for i in sorted(a["subs"])],
                "paragraphs": paras,
            })
        return res


def build() -> dict[str, str]:
    """Return {relative path: file content} for everything compose.py writes."""
    files: dict[str, str] = {}
    rows, phen = [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        pg.verify()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        m = pg.meta
        front = m.get("front", "")
        num, cnt = (front.split("|") + [""])[:2] if front else ("", "")
        gold = {
            "source": name + ".txt",
            "issue_date": m["date"],
            "issue_number": num or None,
            "page_count": int(cnt) if cnt else None,
            "articles": pg.gold_articles(),
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        for a in gold["articles"]:
            if "（" in "".join(a["paragraphs"]) and pg.pmode != "full":
                raise SystemExit("punctuation mode leak")
        phen.update(pg.count)
        phen["articles"] += len(gold["articles"])
        for a in gold["articles"]:
            phen[f"kind: {a['kind']}"] += 1
        chars = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", m["date"], m["page"], "column" if pg.layout == "column" else "paragraph",
                     {"full": "full-width", "mixed": "full commas, half brackets", "half": "half-width ,();:"}[pg.pmode],
                     len(gold["articles"]), chars, m.get("subjects", "")))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    pt = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(phen):
        pt.append(f"| {k} | {phen[k]} |")
    gt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        gt.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(pt)).replace("{{PAGES}}", "\n".join(gt))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.glob("*"):
            if f.relative_to(HERE).as_posix() not in files:
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")


if __name__ == "__main__":
    main()
