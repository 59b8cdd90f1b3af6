#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw page text the way
the extraction of Hunan Daily PDFs prints it, and write the exact gold.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice comes from random.Random(<source
file name>), so a rebuild is byte-for-byte identical.
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
SRC = HERE / "src"

CLOSE = set("，。、；：？！”’）》」,.;:?!)")
OPEN = set("“‘（《「(")
FULLP = set("，。、；：？！“”‘’（）《》「」")
HALF_MAP = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED_MAP = {"（": "(", "）": ")"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def conv(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half (,();:)."""
    table = HALF_MAP if mode == "half" else MIXED_MAP if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source parser
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {"column": "", "kicker": "", "title": "", "subtitle": "", "byline": "",
                  "dateline": "", "continued": "", "headprint": "", "bylineprint": "",
                  "dlbreak": "", "width": ""}
        self.paras: list[str] = []     # raw, with '|' cut marks and '## ' subheads
        self.pieces: list[dict] = []

    def build(self, mode):
        self.pieces = []
        for pi, p in enumerate(self.paras):
            sub = p.startswith("## ")
            body = p[3:] if sub else p
            parts = body.split("|")
            for k, t in enumerate(parts):
                name_cut = t.startswith("@")
                if name_cut:
                    t = t[1:]
                self.pieces.append({"para": pi, "text": conv(t, mode), "start": k == 0,
                                    "end": k == len(parts) - 1, "sub": sub,
                                    "namecut": name_cut})
        for p in self.pieces:
            pass

    def gold_paras(self, mode):
        out = []
        for p in self.paras:
            body = p[3:] if p.startswith("## ") else p
            out.append(squash(conv(body.replace("|@", "").replace("|", ""), mode)))
        return out

    def gold_subheads(self, mode):
        return [conv(p[3:].replace("|", ""), mode) for p in self.paras if p.startswith("## ")]


def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur, section, in_text = None, None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("@"):
            in_text = False
            head = line[1:].split()
            if head[0] == "page":
                section = "page"
            elif head[0] == "layout":
                section = "layout"
            else:
                section = "art"
                cur = Article(head[0], head[1])
                arts[cur.id] = cur
            continue
        if not line.strip():
            continue
        if section == "page":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif section == "art":
            if in_text:
                cur.paras.append(line.strip())
            elif line.strip() == "text:":
                in_text = True
            else:
                k, v = line.split(":", 1)
                assert k.strip() in cur.f, (path, k)
                cur.f[k.strip()] = v.strip()
        elif section == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- column layout
def tokens(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9.%+\-/·×]+|——|……|.", s)


def tw(t: str) -> float:
    if t in ("——", "……"):
        return 2.0
    if len(t) == 1 and t in FULLP:
        return 0.5
    if t[0].isascii():
        return 0.5 * len(t)
    return 1.0 * len(t)


class Page:
    def __init__(self, name, meta, arts, layout):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rng = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.col = meta["layout"] == "column"
        self.W = float(meta.get("width", "17"))
        self.out: list[str] = []          # emitted text lines; None = glue marker
        self.seps: list[str] = []         # separator emitted before each line
        self.count = Counter()
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pending_sep = None
        for a in arts.values():
            a.build(self.mode)

    # -- low level emission
    def emit(self, text, sep=None):
        if sep is None:
            sep = self.pending_sep if self.pending_sep is not None else ("\n\n" if self.out else "")
        self.pending_sep = None
        self.seps.append(sep)
        self.out.append(text)

    def emit_template(self, tpl):
        """'/' = next line with no blank between, '//' = with a blank line."""
        parts = re.split(r"(//|/)", tpl)
        first = True
        sep = None
        for p in parts:
            if p in ("/", "//"):
                sep = "\n" if p == "/" else "\n\n"
                continue
            if first:
                self.emit(p)
                first = False
            else:
                self.emit(p, sep)
                if sep == "\n":
                    self.count["lines set tight (no blank between)"] += 1

    def text(self):
        s = "".join(sep + t for sep, t in zip(self.seps, self.out))
        return s + self.meta_tail()

    def meta_tail(self):
        return "\n\n" if self.col else ""

    # -- spacing artefacts of an ordinary (unspread) line
    def space_line(self, toks):
        out = []
        r = self.rng
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isascii() and t[0] not in "(),;:":
                if prev and is_cjk(prev[-1]) and self.col:
                    out.append(" ")
                    self.count["space before a number run"] += 1
                if "%" in t and r.random() < 0.06:
                    t = t.replace("%", " %")
                    self.count["glyph gap before %"] += 1
                out.append(t)
                if nxt and is_cjk(nxt[0]) and self.col and r.random() < 0.55:
                    out.append(" ")
                    self.count["space after a number run"] += 1
                continue
            if t in "、，；" and prev and is_cjk(prev[-1]) and r.random() < (0.008 if self.col else 0.003):
                out.append(" ")
                self.count["glyph gap before full-width punctuation"] += 1
            out.append(t)
            if t in "“‘" and nxt and is_cjk(nxt[0]) and r.random() < (0.12 if self.col else 0.03):
                out.append(" ")
                self.count["space after an opening quote"] += 1
        return "".join(out).strip(" ")

    def spread_line(self, toks):
        out = [toks[0]]
        for a, b in zip(toks, toks[1:]):
            if a in CLOSE or b in OPEN:
                out.append(b)
            else:
                out.append(" " + b)
        self.count["justified line spread with spaces"] += 1
        return "".join(out)

    def wrap(self, toks, width, indent):
        """Greedy fill with kinsoku (closing marks hang, opening marks never end
        a line, number runs are never broken); returns [(tokens, measure)]."""
        lines, cur, w = [], [], 0.0
        lim = width - indent
        i = 0
        while i < len(toks):
            t = toks[i]
            x = tw(t)
            if not cur or w + x <= lim + 1e-9:
                cur.append(t)
                w += x
                i += 1
                continue
            if t in CLOSE and len(cur) > 1:       # a closing mark may not open a
                while len(cur) > 1 and toks[i] in CLOSE:   # line: push glyphs down
                    cur.pop()
                    i -= 1
                self.count["glyph pushed down before a closing mark"] += 1
            while len(cur) > 1 and cur[-1] in OPEN:
                cur.pop()
                i -= 1
            lines.append((cur, lim))
            cur, w, lim = [], 0.0, width
        if cur:
            lines.append((cur, lim))
        return lines

    def flow(self, toks, indent, final, lead=None):
        """Print a run of paragraph text in the column; final = the run ends
        the paragraph (its last line is not justified)."""
        if lead:
            toks = tokens(lead) + toks
        ls = self.wrap(toks, self.W, indent)
        for n, (lt, lim) in enumerate(ls):
            last = n == len(ls) - 1
            nat = sum(tw(t) for t in lt)
            if not last and lim - nat >= 1.0 and len(lt) > 1:
                self.emit(self.spread_line(lt))
            elif last and not final:
                self.emit(self.space_line(lt))     # cut: ends short, unjustified
            else:
                self.emit(self.space_line(lt))

    # -- commands
    def head(self, a, opt=""):
        f = a.f
        tpl = conv(f["headprint"], self.mode)
        parts = [conv(f[k], self.mode) for k in ("kicker", "title", "subtitle") if f[k]]
        if not tpl:
            if self.col or opt == "lines":
                tpl = "//".join(parts)
            else:
                tpl = " ".join(parts)
        assert squash(tpl.replace("/", "")) == squash("".join(parts)), (self.name, a.id, tpl)
        title = conv(f["title"], self.mode)
        if opt == "twice":
            self.emit_template(tpl)
            self.emit(title)
            self.dups.append(squash(title))
            self.count["headline drawn twice (two identical lines)"] += 1
            return
        if opt == "double":
            tpl = tpl.replace(title, title + " " + title) if title in tpl else tpl
            self.dups.append(squash(title))
            self.count["headline doubled on one line"] += 1
        self.emit_template(tpl)
        if "/" in tpl.replace("//", "") and self.col:
            self.count["headline line broken (last words alone)"] += 1

    def body(self, a, rng_spec, pre=""):
        lo, hi = rng_spec.split("-")
        lo = int(lo)
        hi = int(hi) if hi else len(a.pieces)
        sel = a.pieces[lo - 1:hi]
        prev_idx = getattr(a, "_last", 0)
        if prev_idx and lo != prev_idx + 1:
            raise SystemExit(f"{self.name} {a.id}: pieces out of order")
        if prev_idx and self.last_body != a.id:
            self.count["story continued after a piece of another story"] += 1
        a._last = hi
        self.W = float(a.f["width"] or self.meta.get("width", "17"))
        dl = conv(a.f["dateline"], self.mode)
        for k, pc in enumerate(sel):
            idx = lo + k
            txt = pc["text"]
            if not pc["start"]:
                self.count_cut(a, idx)
                if k > 0:
                    self.count["paragraph split by a column break, nothing between"] += 1
            if self.col:
                self.col_piece(a, idx, pc, dl, pre if k == 0 else "")
            else:
                line = txt
                if idx == 1 and dl:
                    line = dl + txt
                if k == 0 and pre:
                    line = pre + line
                    self.count["jump marker set before continued text"] += 1
                if pc["sub"]:
                    self.count["crosshead (subhead) line"] += 1
                self.emit(self.para_noise(line))
        self.last_body = a.id

    def count_cut(self, a, idx):
        left = a.pieces[idx - 2]["text"]
        right = a.pieces[idx - 1]["text"]
        l, r = left[-1], right[0]
        if a.pieces[idx - 1]["namecut"]:
            kind = "inside a name"
        elif l.isascii() and l.isalpha() and r.isascii() and r.isalpha():
            kind = "inside an abbreviation"
        elif re.search(r"[0-9][万亿千百]?$", left) and not r.isascii():
            kind = "between a figure and its unit"
        elif r.isdigit() and not l.isascii():
            kind = "between a verb and its figure"
        elif left.count("“") > left.count("”") or left.count("《") > left.count("》"):
            kind = "inside a quoted term"
        else:
            kind = "inside a word"
        self.count["paragraph cut " + kind] += 1

    def para_noise(self, line):
        toks = tokens(line)
        return self.space_line(toks)

    def col_piece(self, a, idx, pc, dl, pre):
        toks = tokens(pc["text"])
        if pc["sub"]:
            self.emit(pc["text"])
            self.count["crosshead (subhead) line"] += 1
            return
        if idx == 1 and dl:
            # dateline: bold run, broken at the listed places, text follows
            frags = [dl]
            for b in [x for x in a.f["dlbreak"].split(";") if x.strip()]:
                b = conv(b.strip(), self.mode)
                last = frags.pop()
                j = last.index(b) + len(b)
                frags += [last[:j], last[j:].lstrip(" ")]
                if b.endswith("月"):
                    self.count["dateline broken inside its date"] += 1
                elif last[j:].lstrip(" ").startswith("通讯员"):
                    self.count["dateline broken before 通讯员"] += 1
                elif last[j:].lstrip(" ").startswith(("（", "(")) or b.endswith("）") or b.endswith(")"):
                    self.count["dateline broken at its end"] += 1
                else:
                    self.count["dateline broken between byline names"] += 1
            while sum(tw(t) for t in tokens(frags[-1])) > self.W - 3:
                last = frags.pop()          # too wide: break at the last space that fits
                cut = [m.start() for m in re.finditer(" ", last)
                       if sum(tw(t) for t in tokens(last[:m.start()])) <= self.W]
                j = cut[-1]
                frags += [last[:j], last[j + 1:]]
                if last[j + 1:].startswith("通讯员"):
                    self.count["dateline broken before 通讯员"] += 1
                else:
                    self.count["dateline broken between byline names"] += 1
            if pre:
                frags[0] = pre + frags[0]
            for fr in frags[:-1]:
                self.emit(self.dl_space(fr))
            lead = frags[-1]
            ls = self.wrap(tokens(lead) + toks, self.W, 0)
            assert len(ls[0][0]) >= len(tokens(lead)), (self.name, a.id, "dateline fragment too long")
            for n, (lt, lim) in enumerate(ls):
                lastl = n == len(ls) - 1
                nat = sum(tw(t) for t in lt)
                if n == 0:
                    nd = len(tokens(lead))
                    self.emit(self.dl_space("".join(lt[:nd])) + self.space_line(lt[nd:]))
                elif not lastl and lim - nat >= 1.0 and len(lt) > 1:
                    self.emit(self.spread_line(lt))
                else:
                    self.emit(self.space_line(lt))
            return
        indent = 2 if pc["start"] else 0
        if pre:
            self.flow(toks, 0, pc["end"], lead=pre)
            self.count["jump marker set before continued text"] += 1
        else:
            self.flow(toks, indent, pc["end"])

    def dl_space(self, s):
        out = []
        for i, c in enumerate(s):
            if c.isdigit() and i and not s[i - 1].isdigit() and is_cjk(s[i - 1]) and self.rng.random() < 0.6:
                out.append(" ")
                self.count["space inside a dateline's date"] += 1
            out.append(c)
        return "".join(out)

    def photo(self, a, opt):
        caps = [p["text"] for p in a.pieces]
        cred = conv(a.f["byline"], self.mode)
        if opt == "inline":
            for c in caps[:-1]:
                self.emit(c)
            self.emit(caps[-1] + (" " if self.col else "") + cred if cred else caps[-1])
            self.count["photo credit at the end of its caption"] += 1
        elif opt.startswith("wrap"):
            w = float(opt.split(":")[1])
            toks = tokens(" ".join(caps) if False else "".join(caps))
            saveW, self.W = self.W, w
            ls = self.wrap(toks + [" "] + tokens(cred), w, 0)
            self.W = saveW
            for lt, _ in ls:
                self.emit("".join(lt).strip())
            self.count["photo caption wrapped over a wide measure"] += 1
        else:  # right: credit right-aligned on its own line
            for c in caps:
                self.emit(c)
            if cred:
                pad = int((self.W if self.col else 46) - len(cred)) + self.rng.randint(2, 8)
                self.emit(" " * max(pad, 4) + cred)
                self.count["credit right-aligned on a line of its own"] += 1
        self.count["photo"] += 1

    def run(self):
        self.last_body = None
        mast = self.meta.get("lead", "")
        if not self.col:
            self.emit("", "")                      # paragraph pages open with blank lines
            self.pending_sep = "\n\n"
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            if op == "head":
                aid, _, opt = rest.partition(" ")
                self.head(self.arts[aid], opt)
                if getattr(self.arts[aid], "_last", 0):
                    self.count["headline printed after its body"] += 1
                if self.last_op == "head":
                    self.count["headline bunched with another story's headline"] += 1
            elif op == "body":
                bits = rest.split(" ", 2)
                pre = bits[2][4:] if len(bits) > 2 and bits[2].startswith("pre:") else ""
                self.body(self.arts[bits[0]], bits[1], pre)
            elif op == "col":
                self.emit(conv(self.arts[rest].f["column"], self.mode))
                self.count["column label on its own line"] += 1
            elif op == "byline":
                a = self.arts[rest]
                tpl = a.f["bylineprint"] or a.f["byline"]
                assert squash(tpl.replace("/", "")) == squash(a.f["byline"])
                self.emit_template(conv(tpl, self.mode))
                self.count["byline on a line of its own"] += 1
            elif op == "photo":
                aid, _, opt = rest.partition(" ")
                self.photo(self.arts[aid], opt or "inline")
            elif op == "marker":
                self.emit(rest)
                self.count["jump marker line"] += 1
            elif op == "extra":
                self.emit_template(rest)
                self.extras.append(squash(rest.replace("/", "")))
                self.count["masthead / box line group"] += 1
            elif op == "dup":
                aid, n = rest.split()
                pc = self.arts[aid].pieces[int(n) - 1]
                self.emit(pc["text"])
                self.dups.append(squash(pc["text"]))
                self.count["line printed twice"] += 1
            elif op == "dupline":
                self.emit(self.out[-1])
                self.dups.append(squash(self.out[-1]))
                self.count["line printed twice"] += 1
            elif op == "glue":              # next line follows with no blank, led by a space
                self.pending_sep = "\n "
                self.count["line glued to the previous one"] += 1
            elif op == "blank":
                self.pending_sep = "\n" * (int(rest) + 1)
            else:
                raise SystemExit(f"{self.name}: unknown command {cmd}")
            self.last_op = op
        for a in self.arts.values():
            if a.kind != "photo" and getattr(a, "_last", 0) != len(a.pieces) and a.pieces:
                raise SystemExit(f"{self.name} {a.id}: pieces not all printed")
        txt = self.text()
        if self.meta.get("leadspace") == "1":
            txt = " " + txt
            self.count["page opens with a stray space"] += 1
        return txt

    last_op = None

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            f = a.f
            d = OrderedDict()
            d["kind"] = a.kind
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                d[k] = conv(f[k], self.mode)
            d["subheads"] = a.gold_subheads(self.mode)
            d["paragraphs"] = a.gold_paras(self.mode)
            arts.append(d)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = self.meta["date"]
        g["issue_number"] = self.meta.get("issue_number") or None
        pc = self.meta.get("page_count")
        g["page_count"] = int(pc) if pc else None
        g["articles"] = arts
        g["extras"] = self.extras
        g["duplicates"] = self.dups
        return g


def build():
    files, rows, total = {}, [], Counter()
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        meta, arts, layout = parse(src)
        pg = Page(src.name, meta, arts, layout)
        txt = pg.run()
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        files[f"pages/{base}.txt"] = txt.encode("utf-8")
        g = pg.gold(base + ".txt")
        files[f"gold/{base}.json"] = (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(pg.count)
        rows.append((base + ".txt", meta, len(arts), len(squash(txt)), pg.count))
    files["README.md"] = readme(rows, total).encode("utf-8")
    return files


def readme(rows, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for name, meta, na, nc, _ in rows:
        pt.append(f"| {name} | {meta['date']} | {meta['pageno']} | {meta['layout']} | "
                  f"{meta.get('punct', 'full')} | {na} | {nc} | {meta['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
