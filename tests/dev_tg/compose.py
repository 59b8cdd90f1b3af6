#!/usr/bin/env python3
"""Lay out the dev_tg test set.

    python3 compose.py        # src/pNN.txt -> pages/*.txt, gold/*.json, README.md

Every page is written from a source file (src/pNN.txt, format in README.in) that
holds the articles and a layout script.  The page text is drawn the way the seed
pages are printed; the gold annotation is taken from the same source, so both stay
in step.  Small choices (spaces around a number run, a glyph gap) come from a
random.Random seeded by the source file name: the build is byte-for-byte stable.
Standard library only.
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# ---------------------------------------------------------------- punctuation
CLOSE = set("，。、；：？！）》」』”’,;:?!)")
OPEN = set("（《「『“‘(")
QUOTES = set("“”‘’")
NOSP_AFTER = set("，。、；：？！”’）》（《,;:?!)(")      # justified lines: no space after these
NOSP_BEFORE = set("“‘（《）》(")                      # ... nor before these
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


def conv(s: str, style: str) -> str:
    table = HALF if style == "half" else MIXED if style == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- source parsing
def parse(text: str) -> dict:
    page: dict = {"layout_ops": []}
    arts: dict = {}
    order: list = []
    sec = None
    cur = None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sec = "page"
            continue
        if line.startswith("@art "):
            sec = "art"
            aid = line[5:].strip()
            cur = {f: "" for f in FIELDS}
            cur.update(id=aid, paras=[], width=17, kind="news")
            arts[aid] = cur
            order.append(aid)
            continue
        if line.startswith("@layout"):
            sec = "layout"
            continue
        key, _, val = line.strip().partition(" ")
        val = val.strip()
        if sec == "page":
            page[key] = val
        elif sec == "art":
            if key in ("p", "sub", "cap"):
                cur["paras"].append({"text": val, "sub": key == "sub"})
            elif key == "width":
                cur["width"] = float(val)
            elif key == "credit":
                cur["byline"] = val
            elif key in FIELDS:
                cur[key] = val
            else:
                raise SystemExit(f"unknown article key {key!r}")
        elif sec == "layout":
            page["layout_ops"].append((key, val))
        else:
            raise SystemExit(f"text outside a section: {line!r}")
    page["arts"] = arts
    page["order"] = order
    return page


# ---------------------------------------------------------------- tokens and wrapping
class Tok:
    __slots__ = ("kind", "text", "w", "pos")

    def __init__(self, kind, text, w, pos):
        self.kind, self.text, self.w, self.pos = kind, text, w, pos


NUM_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/:]*")


def char_w(c: str) -> float:
    if c in QUOTES or c in "()":
        return 0.5
    if ord(c) < 0x2E80 and unicodedata.east_asian_width(c) not in "FW":
        return 0.5
    return 1.0


def tokenize(text: str, base: int = 0) -> list:
    toks = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "^":
            toks.append(Tok("BR", "", 0, base + i))
            i += 1
            continue
        if c == " ":
            toks.append(Tok("SP", " ", 0.5, base + i))
            i += 1
            continue
        m = NUM_RE.match(text, i)
        if m:
            s = m.group()
            while s and s[-1] in ".:/-+":
                s = s[:-1]
            toks.append(Tok("N", s, 0.5 * len(s), base + i))
            i += len(s)
            continue
        if text.startswith("……", i) or text.startswith("——", i):
            toks.append(Tok("C", text[i:i + 2], 2.0, base + i))
            i += 2
            continue
        kind = "P" if (c in CLOSE or c in OPEN) else "C"
        toks.append(Tok(kind, c, char_w(c), base + i))
        i += 1
    return toks


def dateline_tokens(dl: str) -> list:
    """A dateline: the place/date part tokenised as usual, the bracket part as
    unbreakable words (a name never breaks inside)."""
    m = re.search(r"[（(]", dl)
    if not m:
        return tokenize(dl, -10000)
    head, tail = dl[:m.start()], dl[m.start():]
    toks = tokenize(head, -10000)
    for j, word in enumerate(re.split(r"( )", tail)):
        if word == " ":
            toks.append(Tok("SP", " ", 0.5, -5000))
        elif word == "^":
            toks.append(Tok("BR", "", 0, -5000))
        elif word:
            for k, part in enumerate(word.split("^")):
                if k:
                    toks.append(Tok("BR", "", 0, -5000))
                if part:
                    toks.append(Tok("W", part, sum(char_w(c) for c in part), -5000))
    # a lone short name closing the bracket stays with its role word
    # ("（记者 左丹）" breaks as a whole, as the seeds print it)
    ws = [k for k, t in enumerate(toks) if t.kind in ("W", "SP")]
    if len(ws) == 3 and toks[ws[0]].text.startswith(("（", "(")) and len(toks[ws[2]].text) <= 4:
        a, b = toks[ws[0]], toks[ws[2]]
        glued = Tok("W", a.text + " " + b.text, a.w + 0.5 + b.w, a.pos)
        toks = toks[:ws[0]] + [glued] + toks[ws[2] + 1:]
    return toks


def wrap(toks: list, width: float, indent: float) -> list:
    """Greedy line filling as the seeds' columns show it: closing punctuation may
    hang one em into the margin; if it cannot, the last character is pushed down
    with it (the short line is then justified: spread with spaces)."""
    lines = []
    i = 0
    first = True
    while i < len(toks):
        cap = width - (indent if first else 0)
        cur = []
        w = 0.0
        forced = False
        while i < len(toks):
            t = toks[i]
            if t.kind == "BR":
                i += 1
                forced = True
                break
            if not cur and t.kind == "SP":
                i += 1
                continue
            if w + t.w <= cap + 1e-9:
                cur.append(t)
                w += t.w
                i += 1
                continue
            if t.text in CLOSE and cur and w + t.w <= cap + 1 + 1e-9:
                cur.append(t)
                w += t.w
                i += 1
            elif t.text in CLOSE and len(cur) > 1:
                p = cur.pop()
                w -= p.w
                i -= 1
            elif not cur:
                cur.append(t)
                w += t.w
                i += 1
            break
        while len(cur) > 1 and cur[-1].text in OPEN:
            p = cur.pop()
            w -= p.w
            i -= 1
        while cur and cur[-1].kind == "SP":
            p = cur.pop()
            w -= p.w
        if cur or forced:
            lines.append({"toks": cur, "slack": cap - w, "forced": forced})
        first = False
    if lines:
        lines[-1]["last"] = True
    return lines


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.d = parse(src.read_text(encoding="utf-8"))
        self.layout = self.d["layout"]
        self.punct = self.d.get("punct", "full")
        self.arts = self.d["arts"]
        self.out: list = []          # (separator, line)
        self.extras: list = []
        self.dups: list = []
        self.ph = Counter()
        self.chunks_cache: dict = {}
        self.pending_prefix = ""
        self.printed_body: set = set()
        self.last_op_head = False
        numsp = self.d.get("numsp", "0.4 0.3 0.3").split()
        self.numsp = [float(x) for x in numsp]
        self.gap = float(self.d.get("gap", "0.04"))
        self.pctgap = float(self.d.get("pctgap", "0.0"))

    # ------------------------------------------------------------ helpers
    def c(self, s: str) -> str:
        return conv(s, self.punct)

    def emit(self, line: str, sep: str = "\n\n"):
        self.out.append((sep, line))

    def render(self, line: dict) -> str:
        toks = line["toks"]
        spread = line["slack"] >= 1 - 1e-9 and not line.get("last") and not line["forced"] \
            and not any(t.pos < -1000 for t in toks)
        s = ""
        if spread:
            self.ph["justified line spread with spaces"] += 1
            for k, t in enumerate(toks):
                if k:
                    a, b = toks[k - 1], t
                    if a.kind == "SP" or b.kind == "SP":
                        pass
                    elif not (a.text[-1] in NOSP_AFTER or b.text[0] in NOSP_BEFORE):
                        s += " "
                        if a.text == "“":
                            self.ph["space after an opening quote"] += 1
                s += t.text
            return s
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if t.kind == "N":
                r = self.rng.random()
                a, b = self.numsp[0], self.numsp[0] + self.numsp[1]
                before = prev is not None and (prev.kind == "C" or prev.kind == "W"
                                               and prev.text[-1] not in CLOSE) and r < b
                after = nxt is not None and nxt.kind in ("C", "W") and r < a
                txt = t.text
                if txt.endswith("%") and len(txt) > 1 and self.rng.random() < self.pctgap:
                    txt = txt[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                if before and not s.endswith(" "):
                    s += " "
                s += txt
                if before or after:
                    self.ph["spaces around a number run"] += 1
                if after:
                    s += " "
                elif nxt is not None and nxt.text in CLOSE and txt.endswith("%") and self.rng.random() < 0.5:
                    s += " "
                    self.ph["glyph-gap space at full-width punctuation"] += 1
                continue
            if t.kind == "P" and t.text in "，、。；" and prev is not None and prev.kind == "C" \
                    and self.rng.random() < self.gap:
                s += " "
                self.ph["glyph-gap space at full-width punctuation"] += 1
            s += t.text
        return s.rstrip()

    # ------------------------------------------------------------ chunks
    def chunks(self, aid: str) -> list:
        """Article body as chunks (cut at each ¦).  Each chunk is a list of printed
        lines."""
        if aid in self.chunks_cache:
            return self.chunks_cache[aid]
        a = self.arts[aid]
        chunks = [[]]
        for pi, para in enumerate(a["paras"]):
            raw = self.c(para["text"])
            cuts = []
            clean = ""
            for m in re.finditer(r"¦(?:⟨([a-z-]+)⟩)?|[^¦]+", raw):
                if m.group().startswith("¦"):
                    cuts.append((len(clean), m.group(1) or ""))
                else:
                    clean += m.group()
            for off, tag in cuts:
                self.classify_cut(clean, off, tag)
            prefix_dl = pi == 0 and a["dateline"] and a["kind"] != "photo"
            if self.layout == "para":
                pieces = []
                last = 0
                for off, _ in cuts:
                    pieces.append(clean[last:off])
                    last = off
                pieces.append(clean[last:])
                for k, piece in enumerate(pieces):
                    if k:
                        chunks.append([])
                    txt = piece
                    if k == 0 and prefix_dl:
                        txt = self.c(a["dateline"]).replace("^", "") + txt
                    chunks[-1].append(txt)
            else:
                if para["sub"]:
                    chunks[-1].append(clean)
                    continue
                toks = []
                if prefix_dl:
                    toks += dateline_tokens(self.c(a["dateline"]))
                toks += tokenize(clean)
                lines = wrap(toks, a["width"], 2)
                cut_after = set()
                for off, _ in cuts:
                    for li, ln in enumerate(lines):
                        ends = [t.pos + len(t.text) for t in ln["toks"] if t.pos >= 0]
                        if ends and max(ends) >= off:
                            cut_after.add(li)
                            break
                for li, ln in enumerate(lines):
                    chunks[-1].append(self.render(ln))
                    if li in cut_after:
                        chunks.append([])
                if prefix_dl:
                    self.count_dateline_breaks(lines)
        self.chunks_cache[aid] = chunks
        return chunks

    def classify_cut(self, clean: str, off: int, tag: str):
        a, b = clean[off - 1:off], clean[off:off + 1]
        if not tag:
            if a.isdigit() and not b.isdigit() and not b.isascii():
                tag = "num-unit"
            elif b.isdigit() and not a.isascii():
                tag = "verb-figure"
            else:
                tag = "word"
        names = {"num-unit": "story cut between a figure and its unit",
                 "verb-figure": "story cut between a verb and its figure",
                 "word": "story cut inside a word", "quote": "story cut inside a quoted term",
                 "name": "story cut inside a name", "plain": "story cut at a clause"}
        self.ph[names[tag]] += 1

    def count_dateline_breaks(self, lines):
        dl_lines = [ln for ln in lines if any(t.pos < -1000 for t in ln["toks"])]
        if len(dl_lines) > 1:
            first = dl_lines[0]["toks"]
            nxt = dl_lines[1]["toks"]
            if any(t.pos < -6000 for t in nxt):
                self.ph["line break inside a dateline's date"] += 1
            elif nxt and nxt[0].text.startswith("通讯员"):
                self.ph["line break before 通讯员"] += 1
            elif first and first[-1].kind == "W" and not first[-1].text.startswith("（"):
                self.ph["line break between a byline's names"] += 1
            else:
                self.ph["line break inside a dateline (after the role)"] += 1

    # ------------------------------------------------------------ ops
    def head_parts(self, a: dict) -> list:
        return [self.c(a[k]) for k in ("kicker", "title", "subtitle") if a[k]]

    def op_head(self, aid: str, opts: list):
        a = self.arts[aid]
        parts = self.head_parts(a)
        sep = "\n" if "tight" in opts else "\n\n"
        if aid in self.printed_body:
            self.ph["headline printed after its body"] += 1
        if self.last_op_head:
            self.ph["headline bunched with another story's headline"] += 1
        for p in parts:
            if "^" in p and len(p.split("^")[-1]) <= 5:
                self.ph["headline's last word left alone on a line"] += 1
        if self.layout == "para" and "stack" not in opts:
            line = " ".join(p.replace("^", "") for p in parts)
            if len(parts) > 1:
                self.ph["headline stack printed on one line"] += 1
            lines = [line]
        else:
            lines = []
            for p in parts:
                lines.append(p.replace("^", "\n"))
        inner = "\n" if "nl" in opts else "\n\n"
        if "double" in opts:
            t = self.c(a["title"]).replace("^", "")
            lines = [ln + t if ln.replace("\n", "") == t else ln for ln in lines]
            self.dups.append(squash(t))
            self.ph["headline drawn twice (on one line)"] += 1
        for k, ln in enumerate(lines):
            self.emit(ln, sep if k == 0 else inner)
        if "twice" in opts:
            self.emit(lines[-1], "\n")
            self.dups.append(squash(lines[-1]))
            self.ph["headline drawn twice (two identical lines)"] += 1
        self.last_op_head = True

    def op_body(self, aid: str, rng_spec: str, opts: list):
        ch = self.chunks(aid)
        if not rng_spec or rng_spec == "all":
            ks = list(range(len(ch)))
        elif rng_spec.endswith("-"):
            ks = list(range(int(rng_spec[:-1]), len(ch)))
        elif "-" in rng_spec:
            lo, hi = rng_spec.split("-")
            ks = list(range(int(lo), int(hi) + 1))
        else:
            ks = [int(rng_spec)]
        sep = "\n" if "tight" in opts else "\n\n"
        first = True
        for k in ks:
            for ln in ch[k]:
                if self.pending_prefix:
                    ln = self.pending_prefix + ln
                    self.pending_prefix = ""
                self.emit(ln, sep if first else "\n\n")
                first = False
        self.printed_body.add(aid)
        self.last_op_head = False

    def op_lines(self, text: str, to_extras: bool, opts=()):
        """box / masthead text: '||' = blank line, '|' = line break."""
        sep = "\n" if "tight" in opts else "\n\n"
        parts = re.split(r"(\|\|?)", text)
        s = ""
        for p in parts:
            s += "\n\n" if p == "||" else "\n" if p == "|" else p
        lines = s.split("\n")
        # emit as one block keeping its own newlines
        self.emit(s, sep)
        if to_extras:
            self.extras.append(squash(s))
        return lines

    def run(self):
        lead = int(self.d.get("lead", "0"))
        ops = self.d["layout_ops"]
        for key, val in ops:
            args = val.split()
            if key == "head":
                self.op_head(args[0], args[1:])
            elif key == "body":
                rs = args[1] if len(args) > 1 and re.match(r"^\d|^all", args[1]) else ""
                rest = args[2:] if rs else args[1:]
                self.op_body(args[0], rs, rest)
            elif key == "label":
                a = self.arts[args[0]]
                self.emit(self.c(a["column"]), "\n" if "tight" in args else "\n\n")
                self.ph["column label on its own line"] += 1
                self.last_op_head = False
            elif key == "byline":
                a = self.arts[args[0]]
                inner = "\n" if (self.layout == "para" or "nl" in args) else "\n\n"
                b = self.c(a["byline"]).replace("^", inner)
                if "^" in a["byline"]:
                    self.ph["byline broken over two lines"] += 1
                self.emit(b, "\n" if "tight" in args else "\n\n")
                self.last_op_head = False
            elif key == "mark":
                self.emit(val, "\n\n")
                self.ph["jump marker"] += 1
            elif key == "markin":
                self.pending_prefix = val
                self.ph["jump marker"] += 1
            elif key == "photo":
                self.op_photo(args[0], args[1:])
            elif key in ("box", "mast"):
                toks = val.split(" ")
                opts = []
                if toks and toks[-1] in ("tight",):
                    opts.append(toks.pop())
                self.op_lines(" ".join(toks), True, opts)
                self.ph["masthead block" if key == "mast" else "box line(s) (page furniture)"] += 1
                self.last_op_head = False
            elif key == "dup":
                n = int(args[0]) if args else 1
                block = self.out[-n:]
                for sep, ln in block:
                    self.emit(ln, "\n\n")
                    self.dups.append(squash(ln))
                self.ph["line printed twice"] += n
            elif key == "gap":
                self.emit("", "\n\n")
            else:
                raise SystemExit(f"{self.src.name}: unknown op {key}")
        text = "\n" * lead
        for k, (sep, ln) in enumerate(self.out):
            text += (sep if k else "") + ln
        text += "\n" * int(self.d.get("tail", "0"))
        text = " " * int(self.d.get("leadsp", "0") or 0) + text
        self.text = text
        self.check_printed()
        return text

    def op_photo(self, aid: str, opts: list):
        a = self.arts[aid]
        cap = self.c(" ".join(p["text"] for p in a["paras"]))
        credit = self.c(a["byline"])
        if a["title"]:
            self.emit(self.c(a["title"]).replace("^", ""))
        lines = [cap]
        wide = [o for o in opts if o.startswith("wrap=")]
        if wide and self.layout == "column":
            lines = [self.render(ln) for ln in wrap(tokenize(cap), float(wide[0][5:]), 0)]
        if "own" in opts or "right" in opts:
            pad = " " * (self.rng.randint(8, 30)) if "right" in opts else ""
            lines.append(pad + credit)
            self.ph["photo credit on a line of its own" + (" (right-aligned)" if pad else "")] += 1
        elif credit:
            glue = "" if "brk" in opts else " "
            lines[-1] = lines[-1] + glue + credit
        for k, ln in enumerate(lines):
            self.emit(ln, "\n\n" if k == 0 else ("\n" if "nl" in opts else "\n\n"))
        self.last_op_head = False

    def check_printed(self):
        for aid in self.d["order"]:
            a = self.arts[aid]
            if a["kind"] == "photo":
                continue
            if aid not in self.printed_body:
                raise SystemExit(f"{self.src.name}: body of {aid} never printed")

    # ------------------------------------------------------------ gold
    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.d["order"]:
            a = self.arts[aid]
            g = {"kind": a["kind"]}
            for f in FIELDS[1:]:
                v = self.c(a[f])
                if f == "byline":
                    v = v.replace("^", " ")
                else:
                    v = v.replace("^", "")
                g[f] = v
            g["subheads"] = [self.c(p["text"]) for p in a["paras"] if p["sub"]]
            g["paragraphs"] = [squash(self.c(re.sub(r"¦(⟨[a-z-]+⟩)?", "", p["text"]))) for p in a["paras"]]
            arts.append(g)
        issue = self.d.get("issue")
        pages = self.d.get("pages")
        return {"source": name, "issue_date": self.d["date"],
                "issue_number": int(issue) if issue else None,
                "page_count": int(pages) if pages else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build() -> tuple[dict, list]:
    files: dict = {}
    rows = []
    phen = Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        punct = {"full": "full-width", "mixed": "full, half-width ()", "half": "half-width ,();:"}[pg.punct]
        rows.append({"file": name + ".txt", "date": pg.d["date"], "page": pg.d.get("page", ""),
                     "layout": pg.layout, "punct": punct, "articles": len(gold["articles"]),
                     "chars": len(squash(text)), "subjects": pg.d.get("subjects", ""),
                     "src": src.name, "front": bool(pg.d.get("issue"))})
        for k, v in pg.ph.items():
            phen[(k, pg.layout)] += v
    files["README.md"] = readme(rows, phen)
    return files, rows


def readme(rows: list, phen: Counter) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    names = sorted({k for k, _ in phen})
    ph = ["| phenomenon | column pages | paragraph pages | total |", "|---|---:|---:|---:|"]
    for k in names:
        c, p = phen[(k, "column")], phen[(k, "para")]
        ph.append(f"| {k} | {c} | {p} | {c + p} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
                  f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files, rows = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if f"{d}/{f.name}" not in files:
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
