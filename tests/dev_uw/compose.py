#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice (which column line is spread, whether a
number run gets a space after it ...) comes from random.Random seeded by the
source file name, so the output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- measures
# Measured on the two column-layout seeds (000, 004) with CJK = 1 em,
# full-width punctuation squeezed to 0.5 em, ASCII = 0.5 em:
#   seed 000 news columns  ~16-17 em, its commentary column ~12 em,
#   seed 004 wide columns  ~19-20 em, photo caption lines ~46-50 em.
#   spread (justified, every glyph separated) lines: 23/375 and 12/359 -> ~6 %.
#   space before a number run after a CJK char: 139/162 (~86 %),
#   space after a number run before a CJK char: 118/181 (~65 %).
SPREAD_RATE = 0.065
NUM_BEFORE = 0.86
NUM_AFTER = 0.65
CAPTION_WIDTH = 46

CLOSE = "、，。；：？！”’）》」…,;:)?!"
OPEN = "“‘（《「("
SQUEEZE = set("、，。；：？！”“’‘（）《》「」")
CUT = re.compile(r"\{(\w+)\}")
CUT_NAMES = {
    "vf": "cut between a verb and its figure",
    "fu": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "d": "cut inside a date",
    "p": "cut at a plain point",
}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def punct_style(s: str, style: str) -> str:
    """Full-width source text in the punctuation width the page prints."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- sources
class Article:
    def __init__(self, aid, kind, fields, paras, style):
        self.id = aid
        self.kind = kind
        self.f = {k: punct_style(v, style) for k, v in fields.items()}
        self.raw = [punct_style(p, style) for p in paras]
        self.width = float(fields.get("width") or 0)
        body = "\n".join(self.raw)
        parts = CUT.split(body)
        self.pieces = parts[0::2]
        self.tags = parts[1::2]

    def field(self, k):
        return self.f.get(k, "")

    def gold(self):
        def clean(k):
            return self.field(k).replace("/", "")
        subheads, paragraphs = [], []
        for p in self.raw:
            p = CUT.sub("", p)
            if p.startswith("## "):
                subheads.append(p[3:].replace("/", ""))
                p = p[3:]
            paragraphs.append(nows(p.replace("/", "")))
        return {"kind": self.kind, "column": clean("column"), "kicker": clean("kicker"),
                "title": clean("title"), "subtitle": clean("subtitle"), "byline": clean("byline"),
                "dateline": clean("dateline"), "continued": clean("continued"),
                "subheads": subheads, "paragraphs": paragraphs}


def parse_kv(block):
    out = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        k, _, v = line.partition(":")
        out[k.strip()] = v.strip()
    return out


class Source:
    def __init__(self, path: Path):
        self.path = path
        text = path.read_text(encoding="utf-8")
        secs = re.split(r"^=== ", text, flags=re.M)
        self.h = parse_kv(secs[0])
        self.style = self.h["punct"]
        self.arts = {}
        self.order = []
        self.layout = []
        for sec in secs[1:]:
            first, _, rest = sec.partition("\n")
            if first.strip() == "layout":
                self.layout = [ln.strip() for ln in rest.splitlines()
                               if ln.strip() and not ln.lstrip().startswith("#")]
                continue
            aid, kind = first.split()
            meta, _, body = rest.partition("\n---\n")
            paras = [ln.strip() for ln in body.splitlines() if ln.strip()]
            self.arts[aid] = Article(aid, kind, parse_kv(meta), paras, self.style)
            self.order.append(aid)


# ---------------------------------------------------------------- layout
TOKEN = re.compile(r"[0-9]+(?:[.:][0-9]+)*%?|[A-Za-z][A-Za-z0-9+\-]*|\x00|.", re.S)


def em(tok: str) -> float:
    if tok in SQUEEZE:
        return 0.5
    if tok.isascii():
        return 0.5 * len(tok)
    return 1.0 * len(tok)


class Page:
    def __init__(self, src: Source):
        self.src = src
        self.rng = random.Random(src.path.name)
        self.column = src.h["layout"] == "column"
        self.width = float(src.h.get("width", 16))
        self.lines: list[str] = []     # printed lines; "" marks an extra blank (para layout)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.count = Counter()
        self.prefix = ""
        self.printed = Counter()       # article id -> pieces printed

    # ---- emit
    def emit(self, line):
        if self.prefix:
            line = self.prefix + line
            self.prefix = ""
        self.lines.append(line)

    # ---- column-layout rendering of one wrapped line
    def render(self, toks, spread):
        out = []
        if spread:
            self.count["justified column line spread with spaces"] += 1
            for i, t in enumerate(toks):
                if i and not (toks[i - 1] in CLOSE or toks[i - 1] in "（《「(" or t in "）》」)"
                              or t in OPEN or t == " " or toks[i - 1] == " "):
                    out.append(" ")
                out.append(t)
            return "".join(out)
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isdigit():
                if prev and is_cjk(prev[-1]) and self.rng.random() < NUM_BEFORE:
                    out.append(" ")
                    self.count["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.06:
                    t = t[:-1] + " %"
                    self.count["glyph-gap space before %"] += 1
                out.append(t)
                if nxt and (is_cjk(nxt[0]) and self.rng.random() < NUM_AFTER):
                    out.append(" ")
                    self.count["space around a number run"] += 1
                elif nxt and nxt in "、，；" and t.endswith("%") and self.rng.random() < 0.5:
                    out.append(" ")
                    self.count["glyph-gap space around full-width punctuation"] += 1
                continue
            out.append(t)
            if t == "“" and nxt and self.rng.random() < 0.12:
                out.append(" ")
                self.count["space after an opening quote"] += 1
        return "".join(out)

    def wrap(self, text, width, final_last=True):
        """Wrap one paragraph (or part of one) into column lines."""
        toks = TOKEN.findall(text)
        lines, cur, w = [], [], 0.0
        for i, t in enumerate(toks):
            if t == "\x00":
                if cur:
                    lines.append((cur, True))
                cur, w = [], 0.0
                continue
            # a forced break (a "/" in the source) close ahead wins over the width:
            # the seeds print such a line a little long rather than strand a name
            soon = "\x00" in toks[i:i + 4]
            if cur and w + em(t) > width + 1e-9 and not soon:
                if t in CLOSE and t not in ",;:)?!":
                    cur.append(t)
                    lines.append((cur, False))
                    cur, w = [], 0.0
                    continue
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, False))
                cur, w = carry, sum(em(x) for x in carry)
            cur.append(t)
            w += em(t)
        if cur:
            lines.append((cur, final_last))
        out = []
        for toks_, final in lines:
            spread = (not final) and len(toks_) > 6 and self.rng.random() < SPREAD_RATE
            out.append(self.render(toks_, spread).strip())
        return [x for x in out if x]

    # ---- commands
    def art(self, aid):
        return self.src.arts[aid]

    def cmd_mast(self, arg):
        pieces = [p.strip() for p in arg.split("|")]
        for p in pieces:
            self.emit(p)
            if " " in p:
                self.count["masthead pieces merged on one line"] += 1
        self.count["masthead pieces in drawing order"] += len(pieces)
        self.extras.append(nows("".join(pieces)))

    def cmd_box(self, arg):
        pieces = [p.strip() for p in arg.split("|")]
        for p in pieces:
            self.emit(p)
        self.count["short box line (countdown, code prompt, framed label)"] += len(pieces)
        self.extras.append(nows("".join(pieces)))

    def field_lines(self, text):
        return [x.strip() for x in text.split("/") if x.strip()]

    def cmd_head(self, arg):
        aid, *mode = arg.split()
        mode = mode[0] if mode else "stack"
        a = self.art(aid)
        k, t, s = a.field("kicker"), a.field("title"), a.field("subtitle")
        groups = []
        if mode == "one":
            groups = [[" ".join(x.replace("/", "") for x in (k, t, s) if x)]]
            self.count["headline stack printed on one line"] += 1
        elif mode == "kt":
            groups = [[" ".join(x.replace("/", "") for x in (k, t) if x)]]
            if s:
                groups.append(self.field_lines(s))
            self.count["headline stack printed on one line"] += 1
        else:
            for x in (k, t, s):
                if x:
                    groups.append(self.field_lines(x))
        if mode == "double":
            tl = t.replace("/", "")
            gi = [i for i, g in enumerate(groups) if "".join(g) == tl][0]
            groups[gi] = [tl + " " + tl]
            self.dups.append(nows(tl))
            self.count["headline drawn twice (doubled on one line)"] += 1
        if mode == "twice":
            tl = t.replace("/", "")
            gi = [i for i, g in enumerate(groups) if "".join(g) == tl][0]
            groups[gi] = [tl, tl]
            self.dups.append(nows(tl))
            self.count["headline drawn twice (two identical lines)"] += 1
        for x in (k, t, s):
            if "/" in x and x.rsplit("/", 1)[1].strip() and len(x.rsplit("/", 1)[1].strip()) <= 3:
                self.count["headline's last word left alone on a line"] += 1
        self.emit_groups(groups)
        if self.printed[aid]:
            self.count["headline printed after its body"] += 1

    def emit_groups(self, groups):
        for gi, g in enumerate(groups):
            for li, line in enumerate(g):
                if not self.column and li > 0:
                    self.lines.append(("tight", line))   # no blank line inside a field
                else:
                    self.emit(line)

    def cmd_col(self, arg):
        a = self.art(arg)
        self.emit(a.field("column"))
        self.count["column label on its own line"] += 1

    def cmd_byline(self, arg):
        a = self.art(arg)
        ls = self.field_lines(a.field("byline"))
        if len(ls) > 1:
            self.count["byline broken across lines"] += 1
        self.emit_groups([ls])

    def cmd_mark(self, arg):
        self.emit(arg)
        self.markers.append(arg)
        self.count["jump marker"] += 1

    def cmd_markin(self, arg):
        self.prefix = arg
        self.markers.append(arg)
        self.count["jump marker"] += 1

    def cmd_dup(self, arg):
        n = int(arg or 1)
        text = [ln for ln in self.lines if isinstance(ln, str) and ln][-n:]
        for ln in text:
            self.lines.append(ln)
            self.dups.append(nows(ln))
        self.count["line printed twice"] += n

    def cmd_blank(self, arg):
        for _ in range(int(arg or 1)):
            self.lines.append("")

    def cmd_photo(self, arg):
        aid, *mode = arg.split()
        mode = mode[0] if mode else "inline"
        a = self.art(aid)
        cap = " ".join(CUT.sub("", p) for p in a.raw)
        credit = a.field("byline")
        if not self.column:
            self.lines.append("")
            self.lines.append("")
        if self.column:
            ls = self.wrap(cap, CAPTION_WIDTH)
        else:
            ls = [CUT.sub("", p) for p in a.raw]
        if mode == "inline" and credit:
            ls[-1] = ls[-1] + " " + credit
        for ln in ls:
            self.emit(ln)
        if mode == "right" and credit:
            self.emit(" " * (24 if self.column else 40) + credit)
            self.count["credit right-aligned on its own line"] += 1
        elif mode == "below" and credit:
            self.emit(credit)
        self.printed[aid] += 1

    def cmd_body(self, arg):
        parts = arg.split()
        aid = parts[0]
        rng = parts[1] if len(parts) > 1 else "*"
        a = self.art(aid)
        n = len(a.pieces)
        if rng == "*":
            lo, hi = 0, n - 1
        elif rng.endswith("-"):
            lo, hi = int(rng[:-1]), n - 1
        elif "-" in rng:
            lo, hi = map(int, rng.split("-"))
        else:
            lo = hi = int(rng)
        text = ""
        for i in range(lo, hi + 1):
            text += a.pieces[i]
        starts_mid = lo > 0 and not a.pieces[lo].startswith("\n")
        ends_mid = hi < n - 1 and not a.pieces[hi + 1].startswith("\n")
        if lo > 0:
            if self.printed.get(aid + ":last") is not None and self.printed[aid + ":last"] == lo - 1 \
                    and self.last_was == aid:
                self.count["paragraph split by a column break, nothing between"] += 1
            elif starts_mid:
                self.count["story continued after a piece of another story"] += 1
            self.count[CUT_NAMES[a.tags[lo - 1]]] += 1
        paras = [p for p in text.split("\n")]
        first = lo == 0
        dl = a.field("dateline") if first else ""
        for pi, p in enumerate(paras):
            if p == "":
                continue
            last_para = pi == len(paras) - 1
            sub = p.startswith("## ")
            if sub:
                p = p[3:]
            if pi == 0 and dl:
                if "/" in dl:
                    self.note_dateline_break(dl)
                p = dl + p
            if self.column and not sub:
                p = p.replace("/", "\x00")
                w0 = a.width or self.width
                for w in (w0, w0 - 0.5, w0 + 0.5, w0 - 1, w0 + 1, w0 - 1.5):
                    ls = self.wrap(p, w, final_last=not (last_para and ends_mid))
                    if not (pi == 0 and dl) or self.dateline_ok(ls, dl):
                        break
            else:
                ls = [p.replace("/", "")]
            for ln in ls:
                self.emit(ln)
        self.printed[aid] += 1
        self.printed[aid + ":last"] = hi
        self.last_was = aid

    @staticmethod
    def dateline_ok(lines, dl):
        """No column line may start with a dateline tail shorter than 4 characters
        (the seeds never print one: a reader could not tell it from body text)."""
        n, pos = len(nows(dl.replace("/", ""))), 0
        for ln in lines:
            if pos < n and n - pos < 4 and pos > 0:
                return False
            pos += len(nows(ln))
        return True

    def note_dateline_break(self, dl):
        for seg in dl.split("/")[:-1]:
            tail = seg.rstrip()
            after = dl[len(seg) + 1:]
            if re.search(r"\d$", tail) or re.search(r"[0-9]+月$", tail) or re.search(r"月$", tail):
                self.count["line break inside a dateline's date"] += 1
            elif after.lstrip().startswith("通讯员"):
                self.count["line break before 通讯员"] += 1
            else:
                self.count["line break between a byline's names"] += 1

    def run(self):
        self.last_was = None
        for ln in self.src.layout:
            cmd, _, arg = ln.partition(" ")
            getattr(self, "cmd_" + cmd.replace("+", "in"))(arg.strip())
            if cmd not in ("body",):
                self.last_was = None
        return self.text()

    def text(self):
        if self.column:
            out = [ln[1] if isinstance(ln, tuple) else ln for ln in self.lines]
            return "\n\n".join(out) + "\n\n\n"
        out = ["", ""]
        for ln in self.lines:
            if isinstance(ln, tuple):
                out.append(ln[1])
            elif ln == "":
                out.append("")
            else:
                if out[-1] != "" or len(out) > 2:
                    out.append("")
                out.append(ln)
        # drop the separator blank before the first line
        while len(out) > 2 and out[2] == "":
            out.pop(2)
        return "\n".join(out)


# ---------------------------------------------------------------- build
def build():
    """Return {relative path: bytes} for every generated file, plus the page models."""
    files, models = {}, []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for sp in srcs:
        src = Source(sp)
        page = Page(src)
        text = page.run()
        num = src.h["file"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = {"source": name + ".txt", "issue_date": src.h["date"],
                "issue_number": src.h.get("issue_number") or None,
                "page_count": int(src.h["page_count"]) if src.h.get("page_count") else None,
                "articles": [src.arts[a].gold() for a in src.order],
                "extras": page.extras, "duplicates": page.dups}
        files["pages/" + name + ".txt"] = text.encode("utf-8")
        files["gold/" + name + ".json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        models.append({"name": name, "src": src, "page": page, "gold": gold, "text": text})
    files["README.md"] = readme(models).encode("utf-8")
    return files, models


def readme(models):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for m in models:
        total.update(m["page"].count)
        for a in m["src"].arts.values():
            if a.kind == "photo":
                total["photo article (caption + credit)"] += 1
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        if total[k]:
            rows.append(f"| {k} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for m in models:
        h = m["src"].h
        prow.append(f"| {m['name']}.txt | {h['date']} | {h['pagenum']} | {h['layout']} | {h['punct']} | "
                    f"{len(m['gold']['articles'])} | {len(nows(m['text']))} | {h['subjects']} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, _ = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if old.is_file() and ("pages/" if d == "pages" else "gold/") + old.name not in files:
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
