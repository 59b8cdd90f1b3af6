#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw pages and gold.

    python3 compose.py            # writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice (number spacing, glyph gaps) comes
from random.Random seeded by the source file name, so a rebuild is byte-for-byte.
See README.in / README.md for the source format and the layout rules.
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

CUT_KINDS = {
    "vf": "cut between a verb and its figure",
    "fu": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "s": "cut between clauses",
    "c": "paragraph split by a column break, nothing between",
}
CUT_RE = re.compile(r"\{(vf|fu|w|q|n|s|c)\}")

# punctuation classes (full and half width) for line breaking and spreading
CLOSING = set("，、。；：？！”’》）」,;:)?!")
OPENING = set("“‘《（「(")
PUNCT = CLOSING | OPENING | set("—…·")
NOAFTER = set("，、。；：？！”’》）（《「」,;:()")
NOBEFORE = set("》）“‘《（「」()%")
ASCII_RUN = re.compile(r"[0-9A-Za-z.+×]+|%")

# The sources may be typed in either width; each page prints one convention:
#   full  -- ，；：（） full width (seeds 000, 004)
#   mixed -- ，；： full width, () half width (seeds 002, 003)
#   half  -- ,;:() half width, 。、“” full width (seed 001)
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
MIXED = str.maketrans({",": "，", ";": "；", ":": "：", "（": "(", "）": ")"})
FULL = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def conv(s: str, punct: str) -> str:
    if punct == "half":
        return s.translate(HALF)
    if punct == "mixed":
        return s.translate(MIXED)
    return s.translate(FULL)


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued")}
        self.paras = []      # list of list of (text, cut_after or None)
        self.subheads = []

    def pieces(self):
        out = []
        for pi, para in enumerate(self.paras):
            for j, (t, cut) in enumerate(para):
                out.append({"para": pi, "first": j == 0, "text": t, "cut": cut})
        return out


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur, section = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                section, cur = "layout", None
            else:
                section = "art"
                cur = Article(parts[0], parts[1])
                if cur.id in arts:
                    raise SystemExit(f"{path}: duplicate article {cur.id}")
                arts[cur.id] = cur
            continue
        if section == "meta":
            k, _, v = line.partition(" ")
            meta[k] = v.strip()
        elif section == "art":
            tag, _, v = line.partition(" ")
            v = v.strip()
            if tag in ("p", "h"):
                if " " in v or "\u3000" in v:
                    raise SystemExit(f"{path}: space inside paragraph: {v[:30]}")
                segs = CUT_RE.split(v)
                para = []
                for i in range(0, len(segs), 2):
                    cut = segs[i + 1] if i + 1 < len(segs) else None
                    para.append((segs[i], cut))
                cur.paras.append(para)
                if tag == "h":
                    cur.subheads.append(v)
            elif tag.endswith(":"):
                cur.f[tag[:-1]] = v
            else:
                raise SystemExit(f"{path}: bad line {line!r}")
        else:
            layout.append(line)
    return meta, arts, layout


# ---------------------------------------------------------------- helpers
def em(tok: str) -> float:
    if tok in PUNCT:
        return 1.0 if ord(tok) > 127 else 0.5
    if ord(tok[0]) < 128:
        return 0.5 * len(tok)
    return 1.0


def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def is_cjk(tok):
    return bool(tok) and ("\u4e00" <= tok[0] <= "\u9fff")


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        m = self.meta
        self.punct = m.get("punct", "full")
        self.kind = m["layout"]
        self.width = float(m.get("width", "16"))
        self.rng = random.Random(src.name)
        self.lines = []          # (text, newlines_before)
        self.extras, self.dups = [], []
        self.tally = Counter()
        self.order = []          # article ids in order of first appearance
        self.seen_body = set()
        self.last_kind = None
        self.last_art = None
        self.markloss = 0
        for a in self.arts.values():
            for k in a.f:
                a.f[k] = conv(a.f[k], self.punct)
            a.paras = [[(conv(t, self.punct), c) for t, c in para] for para in a.paras]
            a.subheads = [conv(s, self.punct) for s in a.subheads]

    # -- output primitives
    def emit(self, text, glue=False, gap=None):
        if gap is None:
            gap = 1 if glue else 2
        if getattr(self, "after_block", False):
            gap, self.after_block = max(gap, 4), False
        if not self.lines:
            gap = 0
        self.lines.append([text, gap])

    def see(self, aid):
        if aid not in self.order:
            self.order.append(aid)

    # -- column-layout text flow
    def flow(self, text, width, final=True, prefix=""):
        """Break text into printed column lines of `width` em."""
        toks = tokens(text)
        lines, cur, w = [], [], 0.0
        if prefix:
            cur, w = [prefix], sum(em(t) for t in tokens(prefix))
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = em(t)
            if w + tw <= width + 1e-9 or not cur:
                cur.append(t)
                w += tw
                i += 1
                continue
            if t in CLOSING:                      # no closing mark at a line start
                cur.append(t)
                w += tw
                i += 1
                continue
            if cur and cur[-1] in OPENING:        # no opening mark at a line end
                back = cur.pop()
                lines.append((cur, width - (w - em(back))))
                cur, w = [back], em(back)
                continue
            lines.append((cur, width - w))
            cur, w = [], 0.0
        if cur:
            lines.append((cur, None))             # last line of the paragraph
        out = []
        for k, (toks_l, slack) in enumerate(lines):
            pre = 1 if (k == 0 and prefix) else 0
            npunct = sum(1 for t in toks_l if t in PUNCT and ord(t) > 127)
            # justified-line rule measured on the seeds: a full line whose glyphs fall
            # 1 em short of the measure, or whose 3+ full-width marks were compressed
            # (half an em each), is stretched; the extraction then spaces every glyph.
            stretched = slack is not None and (slack >= 1.0 or (npunct >= 3 and self.rng.random() < 0.45))
            if stretched:
                out.append(self.spread(toks_l, pre))
            else:
                out.append(self.plain(toks_l, pre))
        return out

    def flow_dl(self, dl, text, width, final, pre):
        """Flow a dateline and its first paragraph; a line may not open with a
        dateline tail of 1-3 characters (it would read as neither), so such a
        layout is re-flowed a little narrower, as a compositor would rebreak."""
        w = width
        for _ in range(8):
            saved, tal = self.rng.getstate(), Counter(self.tally)
            lines = self.flow(dl + text, w, final, prefix=pre)
            n = len(re.sub(r"\s", "", pre))
            end = n + len(re.sub(r"\s", "", dl))
            pos, ok = 0, True
            for ln in lines:
                k = len(re.sub(r"\s", "", ln))
                if pos < end < pos + k and 0 < end - pos < 4:
                    ok = False
                pos += k
            if ok or not dl:
                return lines
            self.rng.setstate(saved)
            self.tally = tal
            w -= 0.5
        return lines

    def spread(self, toks, pre=0):
        self.tally["justified line spread with spaces"] += 1
        s = "".join(toks[:pre])
        body = toks[pre:]
        for j, t in enumerate(body):
            if j == 0:
                s += (" " if pre and s and s[-1] not in NOAFTER else "") + t
                continue
            prev = body[j - 1]
            if prev in NOAFTER or t in NOBEFORE:
                s += t
            else:
                s += " " + t
        return s

    def plain(self, toks, pre=0):
        s = "".join(toks[:pre])
        body = toks[pre:]
        r = self.rng
        for j, t in enumerate(body):
            prev = body[j - 1] if j else None
            nxt = body[j + 1] if j + 1 < len(body) else None
            sp = ""
            if ord(t[0]) < 128 and t[0].isalnum() and prev and is_cjk(prev) and r.random() < 0.55:
                sp = " "
                self.tally["space around a number run"] += 1
            elif prev and ord(prev[0]) < 128 and prev[0].isalnum() and is_cjk(t) and r.random() < 0.45:
                sp = " "
                self.tally["space around a number run"] += 1
            elif t in "，、。；：" and prev and r.random() < 0.03:
                sp = " "
                self.tally["glyph-gap space at full-width punctuation"] += 1
            elif t == "%" and r.random() < 0.3:
                sp = " "
                self.tally["glyph-gap space before %"] += 1
            if prev in ("“", "‘") and r.random() < 0.12:
                sp = " "
                self.tally["space after an opening quote"] += 1
            s += sp + t
        return s

    # -- directives
    def run(self):
        first = True
        for d in self.layout:
            glue = d.startswith("+")
            d = d.lstrip("+")
            op, _, rest = d.partition(" ")
            getattr(self, "do_" + op)(rest.strip(), glue)
            if first and self.kind == "column" and self.lines:
                self.lines[0][0] = " " + self.lines[0][0]
                first = False

    @staticmethod
    def opts(rest):
        args, kw = [], {}
        for part in re.findall(r'(\w+="[^"]*"|\S+)', rest):
            if "=" in part and re.match(r"^\w+=", part):
                k, v = part.split("=", 1)
                kw[k] = v.strip('"')
            else:
                args.append(part)
        return args, kw

    def do_extra(self, rest, glue, label="masthead piece"):
        pieces = rest.split("|")
        for k, p in enumerate(pieces):
            self.emit(p, glue=(glue if k == 0 else False))
        self.extras.append("".join(p.replace(" ", "") for p in pieces))
        if self.kind == "paragraph":
            self.after_block = True         # seeds: three blank lines after the masthead
        self.tally[label + "s"] += len(pieces)
        self.tally[label + " groups"] += 0
        if any(" " in p.strip() for p in pieces):
            self.tally["merged masthead pieces (e.g. `15 星期四`)"] += 1

    def do_box(self, rest, glue):
        pieces = rest.split("|")
        for k, p in enumerate(pieces):
            self.emit(p, glue=(glue if k == 0 else k > 0 and self.kind == "column"))
        self.extras.append("".join(pieces))
        self.tally["short box lines (countdown, code prompt, framed label)"] += len(pieces)

    def do_dup(self, rest, glue):
        text = self.lines[-1][0]
        self.emit(text, glue=glue)
        self.dups.append(text.strip())
        self.tally["lines printed twice"] += 1

    def do_col(self, rest, glue):
        a = self.arts[rest.split()[0]]
        self.see(a.id)
        self.emit(a.f["column"], glue=glue)
        where = "after" if a.id in self.seen_body else "before"
        self.tally[f"column label on its own line, {where} the piece"] += 1

    def do_byline(self, rest, glue):
        args, kw = self.opts(rest)
        a = self.arts[args[0]]
        self.see(a.id)
        b = a.f["byline"]
        if "brk" in kw:
            k = b.index(kw["brk"])
            self.emit(b[:k].rstrip(), glue=glue)
            self.emit(b[k:], glue=kw.get("adj") == "1")
            self.tally["line break inside a byline"] += 1
        else:
            self.emit(b, glue=glue)

    def do_head(self, rest, glue):
        args, kw = self.opts(rest)
        a = self.arts[args[0]]
        self.see(a.id)
        mode = kw.get("mode", "stack" if self.kind == "column" else "one")
        if a.id in self.seen_body:
            self.tally["headline printed after its body"] += 1
        if self.last_kind == "head" and self.last_art != a.id:
            self.tally["headline bunched with another story's headline"] += 1
        parts = []
        for role in ("kicker", "title", "subtitle"):
            t = a.f[role]
            if not t:
                continue
            segs = [t]
            if role[0] + "split" in kw:          # ksplit / tsplit / ssplit: break before it
                n = t.index(kw[role[0] + "split"])
                segs = [t[:n].rstrip(), t[n:]]
                self.tally["headline split, last word alone on a line"] += 1
            parts.append((role, segs))
        if mode == "one":
            line = " ".join(s for _, segs in parts for s in segs)
            self.emit(line, glue=glue)
        else:
            adj = kw.get("adj", "")
            k = 0
            for role, segs in parts:
                for j, s in enumerate(segs):
                    g = glue if k == 0 else (j > 0 or role[0] in adj)
                    self.emit(s, glue=g)
                    k += 1
        dbl = kw.get("double")
        if dbl == "inline":
            t = a.f["title"]
            for ln in self.lines[::-1]:
                if ln[0].strip() == t or ln[0].endswith(t):
                    ln[0] = ln[0] + " " + t
                    break
            self.dups.append(t)
            self.tally["headline drawn twice"] += 1
        elif dbl == "line":
            self.emit(a.f["title"], glue=True)
            self.dups.append(a.f["title"])
            self.tally["headline drawn twice"] += 1
        self.last_kind, self.last_art = "head", a.id

    def do_mark(self, rest, glue):
        args, kw = self.opts(rest)
        a = self.arts[args[0]]
        self.emit(kw["text"], glue=glue)
        self.tally["jump markers"] += 1
        self.markloss += len(re.sub(r"\s", "", kw["text"])) - len(a.f["continued"])

    def do_photo(self, rest, glue):
        args, kw = self.opts(rest)
        a = self.arts[args[0]]
        self.see(a.id)
        self.seen_body.add(a.id)
        cap = "".join(t for para in a.paras for t, _ in para)
        credit = a.f["byline"]
        where = kw.get("credit", "end")
        if self.kind == "paragraph":
            gap = 4 if not glue else 1
            if where == "end" and credit:
                self.emit(cap + " " + credit if kw.get("sep", " ") == " " else cap + credit, gap=gap)
            else:
                self.emit(cap, gap=gap)
                if credit:
                    self.emit(credit)
        else:
            w = float(kw.get("w", 44))
            lines = [self.plain(t) for t in self._raw_wrap(cap, w)]
            for k, ln in enumerate(lines):
                self.emit(ln, glue=(glue if k == 0 else False))
            if credit and where == "end":
                self.lines[-1][0] += " " + credit
            elif credit:
                pad = " " * int(kw.get("pad", 24))
                self.emit(pad + credit)
        if credit and where != "end":
            self.tally["credit right-aligned on a line of its own" if self.kind == "column"
                       else "credit on a line of its own"] += 1
        if credit.startswith("以上图片") or credit.startswith("（本版图片") or credit.startswith("(本版图片"):
            self.tally["group photo credits"] += 1
        self.tally["photo captions"] += 1
        self.last_kind, self.last_art = "photo", a.id

    def _raw_wrap(self, text, width):
        out, cur, w = [], "", 0.0
        for t in tokens(text):
            if w + em(t) > width and cur and t not in CLOSING:
                out.append(cur)
                cur, w = "", 0.0
            cur += t
            w += em(t)
        if cur:
            out.append(cur)
        return out

    def do_body(self, rest, glue):
        args, kw = self.opts(rest)
        a = self.arts[args[0]]
        self.see(a.id)
        pcs = a.pieces()
        sl = args[1] if len(args) > 1 else ":"
        lo, _, hi = sl.partition(":")
        lo = int(lo) if lo else 0
        hi = int(hi) if hi else len(pcs)
        if a.id in self.seen_body and self.last_art != a.id:
            self.tally["story continued after a piece of another story"] += 1
        self.seen_body.add(a.id)
        width = float(kw.get("w", self.width))
        for k in range(lo, hi):
            pc = pcs[k]
            text = pc["text"]
            dl = ""
            if k == 0 and a.f["dateline"]:
                dl = a.f["dateline"]
            pre = kw.get("pre", "") if k == lo else ""
            if pre:
                self.tally["jump markers"] += 1
                self.markloss += len(re.sub(r"\s", "", pre)) - len(a.f["continued"])
            if self.kind == "paragraph":
                self.emit(pre + dl + text, glue=(glue if k == lo else False))
            else:
                final = pc["cut"] is None
                if dl and "brk" in kw:
                    j = dl.index(kw["brk"])
                    head = self.plain(tokens(dl[:j].rstrip()))
                    self.emit((pre + head) if pre else head, glue=(glue if k == lo else False))
                    self.tally["line break inside a dateline"] += 1
                    lines = self.flow_dl(dl[j:], text, width, final, "")
                    pre_ = ""
                else:
                    lines = self.flow_dl(dl, text, width, final, pre)
                for j, ln in enumerate(lines):
                    self.emit(ln, glue=(glue if (k == lo and j == 0 and not (dl and "brk" in kw)) else False))
            if pc["cut"]:
                self.tally[CUT_KINDS[pc["cut"]]] += 1
        self.last_kind, self.last_art = "body", a.id

    # -- results
    def text(self):
        if self.kind == "column":
            s = ""
            for t, gap in self.lines:
                s += "\n" * gap + t
            return s + "\n\n\n"
        s = "\n\n"
        for t, gap in self.lines:
            s += "\n" * gap + t
        return s

    def gold(self, name):
        m = self.meta
        arts = []
        missing = [a for a in self.arts if a not in self.order]
        if missing:
            raise SystemExit(f"{self.src}: articles never laid out: {missing}")
        for aid in self.order:
            a = self.arts[aid]
            paras = ["".join(t for t, _ in para) for para in a.paras]
            d = {"kind": a.kind}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                d[k] = a.f[k]
            d["subheads"] = list(a.subheads)
            d["paragraphs"] = paras
            arts.append(d)
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": m.get("issue") or None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build(out: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    rows, total = [], Counter()
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (out / "gold" / (name + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pg.tally["articles"] += len(g["articles"])
        for a in g["articles"]:
            if a["kicker"] and a["subtitle"]:
                pg.tally["four/three-line headline stacks (kicker+title+subtitle)"] += 1
            if a["subtitle"].startswith("——"):
                pg.tally["dash-led subtitles"] += 1
            if a["column"]:
                pg.tally["articles with a column label"] += 1
            if a["kind"] == "continuation":
                pg.tally["continuation pieces"] += 1
        total.update(pg.tally)
        chars = len(re.sub(r"\s+", "", text))
        rows.append((name, pg, g, chars))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        if total[k]:
            ph.append(f"| {k} | {total[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for name, pg, g, chars in rows:
        m = pg.meta
        pt.append(f"| {name}.txt | {m['date']} | {m['page']} | {pg.kind} | {pg.punct} | "
                  f"{len(g['articles'])} | {chars} | {m.get('subjects', '')} |")
    col_lines = sum(len([ln for ln in pg.lines if ln[0].strip()]) for _, pg, _, _ in rows
                    if pg.kind == "column")
    stretched = total["justified line spread with spaces"]
    allchars = sum(c for *_, c in rows)
    loss = sum(pg.markloss for _, pg, _, _ in rows)
    readme = (readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
              .replace("{{STRETCH}}", f"{stretched} of {col_lines:,} non-blank column lines "
                                      f"({100 * stretched / col_lines:.1f} %)")
              .replace("{{MARKLOSS}}", f"{loss} characters of {allchars:,}"))
    (out / "README.md").write_text(readme, encoding="utf-8")
    return rows, total


def main():
    for d in ("pages", "gold"):
        p = HERE / d
        if p.exists():
            for f in p.iterdir():
                f.unlink()
    rows, total = build(HERE)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
