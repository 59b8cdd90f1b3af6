#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw page files, gold annotations and README.md.

    python3 compose.py            # writes pages/, gold/, README.md next to this file
    python3 compose.py --out DIR  # writes them under DIR instead (check.py uses this)

Standard library only. Every small choice comes from a random.Random seeded by the
source file's name, so the output is the same byte for byte on every run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》…,.;:?!)%")     # may not start a line (hang instead)
OPEN = set("“‘（《(")                              # may not end a line
FWPUNCT = set("，。、；：？！（）《》")              # compressed to half an em in body type
NOSP_AFTER = set("，、。；：？！”’》）（《,;:)(")     # spread lines: no gap after these
NOSP_BEFORE = set("“‘《）》（()")                    # spread lines: no gap before these
CUT_TAGS = {"v": "between a verb and its figure", "u": "between a figure and its unit", "w": "inside a word",
            "q": "inside a quoted term", "n": "inside a name", "p": "between sentences",
            "c": "column break, nothing between"}
CUT = "‖"

PUNCT_MAPS = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"},
}
PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width ( )",
               "half": "half-width , ( ) ; :"}


def conv(s: str, mode: str) -> str:
    for a, b in PUNCT_MAPS[mode].items():
        s = s.replace(a, b)
    return s


def is_cjk(t: str) -> bool:
    return len(t) == 1 and ("\u4e00" <= t <= "\u9fff" or t in "〇")


def tok_w(t: str) -> float:
    if t == " ":
        return 0.5
    if len(t) == 1 and t in FWPUNCT:
        return 0.5
    if t[0].isascii():
        return 0.5 * len(t) + (0.5 if "%" in t else 0)
    return 1.0


def tokens(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9.%+]+|.", s)


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid):
        self.id = aid
        self.f = {"kind": "news", "column": "", "kicker": "", "title": "", "subtitle": "",
                  "byline": "", "dateline": "", "continued": ""}
        self.opt = {}
        self.paras: list[str] = []      # raw source paragraphs (with cut marks)
        self.subheads: list[str] = []
        self.carry = ""

    # paragraphs split into segments at the cut marks
    def segments(self):
        segs = [[]]          # list of [para_index, text, starts_para, ends_para]
        tags = []
        for pi, p in enumerate(self.paras):
            parts = re.split(CUT + r"([a-z])", p)
            texts, ptags = parts[0::2], parts[1::2]
            for k, t in enumerate(texts):
                segs[-1].append([pi, t, k == 0, k == len(texts) - 1])
                if k < len(texts) - 1:
                    tags.append(ptags[k])
                    segs.append([])
        return segs, tags


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    cur, mode = None, None
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith(";;"):
            continue
        if ln.startswith("#page"):
            mode = "page"; continue
        if ln.startswith("#a "):
            mode = "art"; cur = Article(ln[3:].strip()); arts[cur.id] = cur; continue
        if ln.startswith("#layout"):
            mode = "layout"; continue
        if mode == "page":
            k, v = ln.split(":", 1); meta[k.strip()] = v.strip()
        elif mode == "art":
            if ln.startswith("|#"):
                t = ln[2:].strip(); cur.paras.append(t); cur.subheads.append(t)
            elif ln.startswith("|"):
                cur.paras.append(ln[1:].strip())
            else:
                k, v = ln.split(":", 1); k, v = k.strip(), v.strip()
                if k in cur.f:
                    cur.f[k] = v
                else:
                    cur.opt[k] = v
        elif mode == "layout":
            layout.append(ln.split())
    return meta, arts, layout


# ---------------------------------------------------------------- the page builder
class Page:
    def __init__(self, src: Path, stats: Counter):
        self.src = src
        self.meta, self.arts, self.layout = parse_source(src)
        self.rng = random.Random(src.name)
        self.lay = self.meta["layout"]            # column | paragraph
        self.pm = self.meta.get("punct", "full")
        self.stats = stats
        self.out: list[tuple[str, str]] = []      # (text, separator before)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.started: set[str] = set()
        self.used: set[tuple] = set()

    # -- helpers ----------------------------------------------------------
    def c(self, s):
        return conv(s, self.pm)

    def emit(self, line, sep=None):
        if sep is None:
            sep = "\n\n"
        self.out.append((line, sep))

    def count(self, key, n=1):
        self.stats[key] += n

    # -- column typesetting -------------------------------------------------
    def render_line(self, toks, spread, art):
        num = art.opt.get("num", "both")
        if spread:
            self.count("justified line spread with spaces")
            s = ""
            for i, t in enumerate(toks):
                if i and t != " " and toks[i - 1] != " " and \
                        toks[i - 1] not in NOSP_AFTER and t not in NOSP_BEFORE:
                    s += " "
                s += t
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isascii() and t != " " and any(ch.isalnum() for ch in t):
                tt = t
                if num == "pct" and tt.endswith("%"):
                    tt = tt[:-1] + " %"; self.count("glyph-gap space before %")
                if num in ("both", "before", "pct") and is_cjk(prev):
                    s += " "; self.count("space around a number run")
                s += tt
                if num in ("both", "pct") and is_cjk(nxt):
                    s += " "; self.count("space around a number run")
                continue
            if t == "“" and art.opt.get("qsp") == "1" and is_cjk(nxt):
                s += t + " "; self.count("space after an opening quote"); continue
            if t in "、，" and art.opt.get("gap") == "1" and is_cjk(prev) and self.rng.random() < 0.12:
                s += " " + t; self.count("glyph-gap space before full-width punctuation"); continue
            s += t
        return s

    def flow(self, text, width, first_w, art, last_final=True, carry=False, guard=-1):
        """Break text into column lines. Returns printed lines. With carry, the last
        partial line is not printed but kept for the next piece of the article."""
        toks = tokens(text)
        lines, cur, w = [], [], 0.0
        limit = first_w
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = tok_w(t)
            if cur and w + tw > limit + 1e-9 and t not in CLOSE:
                # do not end a line with an opening mark
                back = []
                # keep at least four characters of a dateline's tail together
                while cur and 0 < sum(1 for x in toks[i - len(back):guard] if x != " ") < 4:
                    back.insert(0, cur.pop())
                while cur and cur[-1] in OPEN:
                    back.insert(0, cur.pop())
                while cur and cur[-1] == " ":
                    cur.pop()
                gap = limit - sum(tok_w(x) for x in cur)
                lines.append((cur, gap >= 1.5))
                cur = back; w = sum(tok_w(x) for x in cur); limit = width
                continue
            if t == " " and not cur:
                i += 1; continue
            cur.append(t); w += tw; i += 1
        if cur and carry:
            art.carry = "".join(cur)
        elif cur:
            lines.append((cur, False))
        out = []
        for k, (tk, sp) in enumerate(lines):
            if k == len(lines) - 1 and last_final:
                sp = False
            out.append(self.render_line(tk, sp, art))
        return out

    # -- directives ---------------------------------------------------------
    def d_mast(self, args):
        items = " ".join(args).split("|")
        for it in items:
            parts = it.strip().split("/")
            for p in parts:
                self.emit(self.c(p.strip()))
            self.extras.append(self.c("".join(p.strip() for p in parts)))
            self.count("masthead piece")
            if len(parts) == 1 and re.match(r"\d+ 星期", it.strip()):
                self.count("merged masthead piece")

    def d_extra(self, args):
        items = " ".join(args).split("|")
        for it in items:
            parts = [p.strip() for p in it.split("/")]
            for p in parts:
                self.emit(self.c(p))
            self.extras.append(self.c("".join(parts)))
            self.count("box line / extra")

    def head_parts(self, a):
        return [p for p in (a.f["kicker"], a.f["title"], a.f["subtitle"]) if p]

    def d_head(self, args):
        a = self.arts[args[0]]
        opts = set(args[1:])
        if a.id in self.started:
            self.count("headline printed after its body")
        parts = [self.c(p) for p in self.head_parts(a)]
        title = self.c(a.f["title"])
        if self.lay == "paragraph" and "lines" not in opts:
            line = " ".join(p.replace("/", "") for p in parts)
            if "double" in opts:
                line = line.replace(title.replace("/", ""), title.replace("/", "") + " " + title.replace("/", ""), 1)
                self.dups.append(title.replace("/", ""))
                self.count("headline doubled on one line")
            self.emit(line)
            if "twice" in opts:
                self.emit(line); self.dups.append(line); self.count("headline printed twice")
            self.count("headline stack on one line")
            return
        lines = []
        for p in parts:
            if p == title and "/" in p and self.lay == "column":
                lines += p.split("/"); self.count("headline split, last words alone")
            else:
                lines.append(p.replace("/", ""))
        tight = "tight" in opts or ("loose" not in opts and self.rng.random() < 0.5)
        for k, ln in enumerate(lines):
            if "double" in opts and ln == title.replace("/", ""):
                self.emit(ln + " " + ln, "\n" if (k and tight) else "\n\n")
                self.dups.append(ln); self.count("headline doubled on one line")
                continue
            self.emit(ln, "\n" if (k and tight) else "\n\n")
            if "twice" in opts and ln == title.replace("/", ""):
                self.emit(ln, "\n"); self.dups.append(ln); self.count("headline printed twice")

    def d_col(self, args):
        a = self.arts[args[0]]
        self.emit(self.c(a.f["column"]))
        self.count("column label line")

    def d_byl(self, args):
        a = self.arts[args[0]]
        b = self.c(a.f["byline"])
        opts = set(args[1:])
        if self.lay == "column" and "/" in b:
            for k, p in enumerate(b.split("/")):
                self.emit(p.strip(), "\n" if k else "\n\n")
            self.count("byline broken between names / before 通讯员")
        elif "right" in opts:
            self.emit(" " * 24 + b.replace("/", " ")); self.count("credit right-aligned on its own line")
        else:
            self.emit(b.replace("/", " "))
        self.count("byline on its own line")

    def d_mark(self, args):
        a = self.arts[args[0]]
        self.emit(self.c(a.opt["marker"]))
        self.count("jump marker line")

    def d_blank(self, args):
        n = int(args[0])
        if self.out:
            t, sep = self.out[-1]
        self.out.append(("", "\n" * n))

    def d_dup(self, args):
        a = self.arts[args[0]]
        k = int(args[1]) - 1
        t = self.c(a.paras[k].replace(CUT, "")[:0] + re.sub(CUT + "[a-z]", "", a.paras[k]))
        self.emit(t); self.dups.append(t); self.count("paragraph printed twice")

    def d_photo(self, args):
        a = self.arts[args[0]]
        opts = dict(x.split("=") for x in args[1:] if "=" in x)
        cap = self.c(re.sub(CUT + "[a-z]", "", " ".join(a.paras)))
        cred = self.c(a.f["byline"]).replace("/", " ")
        how = opts.get("credit", "space")
        self.started.add(a.id)
        if a.f["title"] and opts.get("title", "1") == "1":
            self.emit(self.c(a.f["title"]))
        if self.lay == "column":
            w = float(opts.get("w", 40))
            lines = []
            for p in a.paras:
                lines += self.flow(self.c(re.sub(CUT + "[a-z]", "", p)), w, w, a)
        else:
            lines = [cap]
        if len(lines) > 1:
            self.count("photo caption over two or more lines")
        if cred and how in ("space", "inline"):
            lines[-1] = lines[-1] + (" " if how == "space" else "") + cred
            self.count("credit appended to caption")
        for k, ln in enumerate(lines):
            self.emit(ln, "\n" if (k and self.lay == "column" and opts.get("tight") == "1") else "\n\n")
        if cred and how == "own":
            self.emit(cred); self.count("credit on its own line")
        if cred and how == "right":
            self.emit(" " * int(opts.get("pad", 30)) + cred); self.count("credit right-aligned on its own line")

    def d_body(self, args):
        a = self.arts[args[0]]
        segs, tags = a.segments()
        k = int(args[1]) - 1
        opts = dict(x.split("=") if "=" in x else (x, "1") for x in args[2:])
        seg = segs[k]
        self.used.add((a.id, k))
        if k > 0:
            tag = tags[k - 1]
            if self.lay == "paragraph":
                self.count("cut: " + CUT_TAGS[tag])
            else:
                self.count("column break inside a paragraph")
        first_of_art = a.id not in self.started
        self.started.add(a.id)
        lead = ""
        if "lead" in opts:              # jump marker printed at the start of the first line
            lead = self.c(a.opt["marker"])
            self.count("jump marker leading a body line")
        if self.lay == "paragraph":
            lines = []
            for j, (pi, text, sp, ep) in enumerate(seg):
                t = self.c(text)
                if j == 0 and k == 0 and a.f["dateline"]:
                    t = self.c(a.f["dateline"].replace("/", " ")) + t
                    self.count("dateline opening a paragraph line")
                if j == 0 and lead:
                    t = lead + t
                lines.append(t)
            sep0 = "\n" if opts.get("tight") else None
            for j, t in enumerate(lines):
                self.emit(t, sep0 if j == 0 else None)
                if opts.get("dup") == str(j + 1):
                    self.emit(t); self.dups.append(t); self.count("paragraph printed twice")
            return
        W = float(opts.get("w", a.opt.get("w", 17)))
        lines = []
        for j, (pi, text, sp, ep) in enumerate(seg):
            t = self.c(text)
            cont = j == 0 and k > 0 and getattr(a, "carry", "")
            if cont:
                t = a.carry + t; a.carry = ""
            if j == 0 and k == 0 and a.f["dateline"]:
                dl = self.c(a.f["dateline"])
                chunks = dl.split("/")
                if len(chunks) > 1:
                    self.count("dateline broken across lines")
                    if re.search(r"\d月$|\d$", chunks[0]):
                        self.count("line break inside a dateline's date")
                for ch in chunks[:-1]:
                    lines += self.flow(lead + ch, W, W, a); lead = ""
                g = len(tokens(lead + chunks[-1]))
                lines += self.flow(lead + chunks[-1] + t, W, W, a, last_final=ep, carry=not ep, guard=g); lead = ""
                continue
            first_w = W - 2 if sp else W
            if j == 0 and k == 0 and a.f["kind"] == "continuation" and not a.opt.get("newpara"):
                first_w = W           # a continuation starts in the middle of a paragraph
            if lead:
                t = lead + t; lead = ""; first_w = W
            lines += self.flow(t, W, first_w, a, last_final=ep, carry=not ep)
        dupk = int(opts.get("dup", 0))
        for j, ln in enumerate(lines):
            sep = None
            if j == 0 and opts.get("tight"):
                sep = "\n"
            if j == 0 and opts.get("ls"):
                ln = " " + ln; self.count("leading space on a line")
            self.emit(ln, sep)
            if dupk and j + 1 == dupk:
                self.emit(ln); self.dups.append(ln); self.count("column line printed twice")

    # -- whole page ---------------------------------------------------------
    def build(self):
        for d in self.layout:
            getattr(self, "d_" + d[0])(d[1:])
        text = ""
        for k, (ln, sep) in enumerate(self.out):
            if k == 0:
                text += ("\n\n" if self.lay == "paragraph" else "") + ln
            else:
                text += sep + ln
        text += "\n"
        text = re.sub(r"\n{3,}$", "\n", text)
        return text

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            if a.id not in self.started:
                raise SystemExit(f"{self.src.name}: article {a.id} never laid out")
            if a.f["kind"] != "photo" or a.id in {x for x, _ in self.used}:
                n = len(a.segments()[0])
                miss = [k + 1 for k in range(n) if (a.id, k) not in self.used]
                if miss:
                    raise SystemExit(f"{self.src.name}: {a.id} segments {miss} never laid out")
            f = {k: self.c(v) for k, v in a.f.items()}
            f["kicker"] = f["kicker"].replace("/", "")
            f["title"] = f["title"].replace("/", "")
            f["subtitle"] = f["subtitle"].replace("/", "")
            if self.lay == "column":
                f["dateline"] = f["dateline"].replace("/", "")
            else:
                f["dateline"] = f["dateline"].replace("/", " ")
            f["byline"] = re.sub(" +", " ", f["byline"].replace("/", " "))
            paras = [self.c(re.sub(CUT + "[a-z]", "", p)) for p in a.paras]
            arts.append({"kind": f["kind"], "column": f["column"], "kicker": f["kicker"],
                         "title": f["title"], "subtitle": f["subtitle"], "byline": f["byline"],
                         "dateline": f["dateline"], "continued": f["continued"],
                         "subheads": [self.c(s) for s in a.subheads], "paragraphs": paras})
        m = self.meta
        return {"source": fname, "issue_date": m["date"],
                "issue_number": int(m["issue"]) if m.get("issue") else None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def nonws(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build_all(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages_dir, gold_dir = outdir / "pages", outdir / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    total = Counter()
    rows = []
    for src in srcs:
        st = Counter()
        pg = Page(src, st)
        text = pg.build()
        nnn = "%03d" % int(src.stem[1:])
        fname = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (pages_dir / (fname + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(fname + ".txt")
        (gold_dir / (fname + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(st)
        m = pg.meta
        rows.append((fname + ".txt", m["date"], m["page"], pg.lay, PUNCT_NAMES[pg.pm],
                     len(g["articles"]), nonws(text), m.get("subjects", "")))
    # README
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---:|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(total.items()))
    pt = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
         "|---|---|---|---|---|---:|---:|---|\n" + "\n".join(
             "| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    readme = tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return rows, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args()
    rows, total = build_all(Path(a.out))
    print(f"composed {len(rows)} pages into {a.out}")


if __name__ == "__main__":
    main()
