#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files
(pages/NNN_<sha16>.txt), gold annotations (gold/NNN_<sha16>.json) and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CL = set("，。、；：？！”’）》」』,.;:)?!")        # closing punctuation (never starts a line)
OP = set("“‘（《「『(")                            # opening punctuation (never ends a line)
PUNCT_MID = set("，。、；：,;:")
CUT_TAGS = {"n": "cut inside a name", "f": "cut between a figure and its unit",
            "v": "cut between a verb and its figure", "w": "cut inside a word",
            "q": "cut inside a quoted term", "x": "cut inside a figure", "-": "cut at a plain point"}
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%/+]*")


# --------------------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.paras = []          # list of (text_with_cuts, is_subhead)
        self.pieces = []         # list of dicts: text, para, first, last, tag

    def build_pieces(self):
        for pi, (text, sub) in enumerate(self.paras):
            parts = re.split(r"‖([nfvwqx-])", text)
            texts, tags = parts[0::2], [None] + parts[1::2]
            for k, t in enumerate(texts):
                self.pieces.append({"text": t, "para": pi, "first": k == 0,
                                    "last": k == len(texts) - 1, "tag": tags[k], "sub": sub})


def parse_source(path: Path):
    meta, arts, layout = OrderedDict(), OrderedDict(), []
    cur, in_layout = None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                in_layout, cur = True, None
            else:
                cur = Article(head[0], head[1])
                arts[cur.id] = cur
            continue
        if in_layout:
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            meta[key] = val
        elif key == "p":
            cur.paras.append((val, False))
        elif key == "h":
            cur.paras.append((val, True))
        elif key in FIELDS:
            cur.f[key] = val
        else:
            raise ValueError(f"{path.name}: unknown key {key!r}")
    for a in arts.values():
        a.build_pieces()
    return meta, arts, layout


# --------------------------------------------------------------------------- text helpers
def conv(s: str, mode: str) -> str:
    """Punctuation width of the page."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace("^", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def tokens(s: str):
    """Split text into layout tokens: number/latin runs, single characters,
    spaces and forced breaks (^)."""
    out, i = [], 0
    while i < len(s):
        m = NUMRUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def tw(t: str) -> float:
    if t == "^":
        return 0.0
    if t == " ":
        return 0.5
    if NUMRUN.fullmatch(t):
        return 0.55 * len(t)
    if len(t) > 1:
        return sum(tw(c) for c in t)
    if t in ",;:()":
        return 0.5
    return 1.0


# --------------------------------------------------------------------------- composer
class Composer:
    def __init__(self, name, meta, arts, layout):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rnd = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.colw = float(meta.get("width", "17"))
        self.blocks = []             # list of [text, glue_to_previous]
        self.extras, self.dups, self.marks = [], [], []
        self.printed = Counter()
        self.dateline_done = set()
        self.ph = Counter()
        self.last_op, self.last_id = None, None

    # ---- output
    def emit(self, text, glue=False):
        self.blocks.append([text, glue])

    def text(self):
        out = ""
        for i, (t, glue) in enumerate(self.blocks):
            if i:
                out += "\n" if glue else "\n\n"
            out += t
        return out + "\n"

    # ---- column-layout line rendering
    def render(self, toks, spread):
        s = ""
        prev = None
        for t in toks:
            if t in ("^",):
                continue
            isnum = bool(NUMRUN.fullmatch(t))
            if spread:
                if s and prev not in CL and prev != " " and t != " ":
                    s += " "
                s += t
            else:
                if isnum and s and not s.endswith(" ") and prev not in OP and \
                        (prev not in CL or self.rnd.random() < 0.1):
                    s += " "
                elif prev is not None and NUMRUN.fullmatch(prev) and t not in CL and t != " " \
                        and not s.endswith(" ") and self.rnd.random() < 0.6:
                    s += " "
                elif t in ("，", "、", "。") and s and self.rnd.random() < 0.02:
                    s += " "                           # glyph gap before punctuation
                    self.ph["glyph-gap space before full-width punctuation"] += 1
                if isnum and t.endswith("%") and self.rnd.random() < 0.15:
                    t = t[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                s += t
                if t == "“" and self.rnd.random() < 0.08:
                    s += " "
                    self.ph["space after an opening quote"] += 1
            prev = t
        if not spread and re.search(r" [0-9A-Za-z]|[0-9A-Za-z%] ", s):
            self.ph["lines with spaces around number runs"] += 1
        return s

    def flow(self, segs, width):
        """segs: list of (tokens, indent_first). Returns rendered lines."""
        lines = []
        for toks, indent in segs:
            cur, w, avail, forced = [], 0.0, width - indent, False
            seg_lines = []
            for t in toks:
                if t == "^":
                    seg_lines.append((cur, avail - w, True))
                    cur, w, avail = [], 0.0, width
                    continue
                x = tw(t)
                if cur and w + x > avail + 1e-9:
                    if t in CL:
                        cur.append(t)
                        w += x
                        continue
                    carry = []
                    while cur and cur[-1] in OP:
                        carry.insert(0, cur.pop())
                    if cur and cur[-1] == " ":
                        cur.pop()
                    seg_lines.append((cur, avail - w, False))
                    cur, avail = carry, width
                    w = sum(tw(c) for c in cur)
                    if t == " ":
                        continue
                cur.append(t)
                w += x
            if cur:
                seg_lines.append((cur, 99, True))
            for cur, slack, last in seg_lines:
                npunct = sum(1 for c in cur if c in PUNCT_MID)
                spread = (not last) and (slack >= 1.5 or (npunct >= 2 and self.rnd.random() < 0.12))
                if spread:
                    self.ph["justified lines spread with spaces"] += 1
                lines.append(self.render(cur, spread).strip(" ") if cur else "")
        return lines

    # ---- directives
    def art(self, aid):
        return self.arts[aid]

    def opts(self, words):
        o = {}
        for wd in words:
            k, eq, v = wd.partition("=")
            o[k] = v.replace("_", " ") if eq else True
        return o

    def do_mast(self, rest):
        pieces = [p.strip() for p in re.split(r"(\||~)", rest)]
        joined = ""
        glue = False
        for p in pieces:
            if p == "|":
                glue = False
                continue
            if p == "~":
                glue = True
                continue
            parts = [x.strip() for x in p.split("+")]
            if len(parts) > 1:
                self.ph["masthead pieces merged on one line"] += 1
            self.emit(" ".join(parts), glue)
            joined += "".join(parts)
            glue = False
        self.extras.append(joined)
        self.ph["masthead (extras)"] += 1

    def do_box(self, rest, o):
        lines = [x.strip() for x in rest.split("/")]
        for i, ln in enumerate(lines):
            self.emit(ln, bool(o.get("glue")) and i == 0)
        self.extras.append(conv("".join(lines), self.mode))
        self.ph["box lines (countdown, code prompt, page label)"] += 1

    def head_lines(self, a, parts):
        out = []
        for p in parts:
            v = conv(a.f[{"k": "kicker", "t": "title", "s": "subtitle"}[p]], self.mode)
            if v:
                out.append(v)
        return out

    def do_head(self, a, o):
        parts = o.get("parts", "kts")
        if any(self.printed[(a.id, k)] for k in range(1, len(a.pieces) + 1)) and "t" in parts:
            self.ph["headline printed after its body"] += 1
        if self.last_op == "head" and self.last_id != a.id:
            self.ph["headline bunched right after another story's headline"] += 1
        hl = self.head_lines(a, parts)
        glue = bool(o.get("glue"))
        if o.get("join"):
            hl = [" ".join(h.replace("^", "") for h in hl)]
            self.ph["headline parts joined on one line"] += 1
        if o.get("twice"):
            t = conv(clean(a.f["title"]), self.mode)
            hl = [t + t if h.replace("^", "") == t else h for h in hl]
            self.dups.append(t)
            self.ph["headline doubled on one line"] += 1
        blocks = []
        for h in hl:
            if "^" in h:
                tail = h.split("^")[-1]
                if len(tail) <= 3:
                    self.ph["headline last word left alone on a line"] += 1
                self.ph["headline broken over two lines"] += 1
            blocks.append(h.replace("^", "\n"))
        if o.get("lead") and blocks:
            blocks[0] = " " + blocks[0]
        if o.get("tight"):
            blocks = ["\n".join(blocks)]
        for i, b in enumerate(blocks):
            self.emit(b, glue if i == 0 else False)
            if o.get("dupline") and i == len(blocks) - 1:
                self.emit(b, False)
                self.dups.append(nows(b))
                self.ph["headline printed as two identical lines"] += 1

    def dateline_tokens(self, dl):
        """Dateline tokens for the column layout: characters and number runs
        before the bracket, unbreakable words (names) inside it; ^ = forced break."""
        m = re.match(r"(.*?[讯电])([（(].*)$", dl)
        head, br = (m.group(1), m.group(2)) if m else ("", dl)
        toks = tokens(head)
        words = re.split(r"(\s+|\^)", br)
        for w in words:
            if not w:
                continue
            if w == "^":
                toks.append("^")
            elif w.isspace():
                toks.append(" ")
            else:
                toks.append(w)
        return toks

    def piece_text(self, a, k):
        return conv(a.pieces[k - 1]["text"], self.mode)

    def do_body(self, a, rng, o):
        if rng == "all":
            rng = "1-"
        if "-" in rng:
            lo, hi = rng.split("-")
            lo, hi = int(lo), (int(hi) if hi else len(a.pieces))
        else:
            lo = hi = int(rng)
        width = float(o.get("w", self.colw))
        col = self.meta["layout"] == "column"
        pre = o.get("pre", "")
        lines_out = []
        for k in range(lo, hi + 1):
            pc = a.pieces[k - 1]
            self.printed[(a.id, k)] += 1
            txt = self.piece_text(a, k)
            if pc["tag"] and k == lo and lo > 1:
                self.ph[CUT_TAGS[pc["tag"]]] += 0
            with_dl = k == 1 and a.f["dateline"] and a.id not in self.dateline_done
            if with_dl:
                self.dateline_done.add(a.id)
                dl = conv(a.f["dateline"], self.mode)
                if "^" in dl:
                    self.ph["dateline with a forced line break (in the date, between names, before 通讯员)"] += 1
            if col:
                if with_dl:
                    segs = [(self.dateline_tokens(dl) + tokens(txt), 0)]
                else:
                    ind = 2 if (pc["first"] and not pc["sub"]) else 0
                    segs = [(tokens(txt), ind)]
                lines_out.extend(self.flow(segs, width))
            else:
                lines_out.append((dl.replace("^", "") if with_dl else "") + txt)
            if k > lo and not pc["first"]:
                self.ph["paragraph split by a column break, nothing between"] += 1
        if pre:
            lines_out[0] = pre + lines_out[0]
            self.marks.append(pre)
        dupk = int(o.get("dup", 0))
        glue = bool(o.get("glue"))
        for i, ln in enumerate(lines_out, 1):
            self.emit(ln, glue and i == 1)
            if i == dupk:
                self.emit(ln)
                self.dups.append(nows(ln))
                self.ph["body line printed twice"] += 1

    def do_photo(self, a, o):
        width = float(o.get("w", 44))
        cap = "".join(conv(p["text"], self.mode) for p in a.pieces)
        for k in range(1, len(a.pieces) + 1):
            self.printed[(a.id, k)] += 1
        credit = conv(a.f["byline"], self.mode)
        how = o.get("credit", "inline")
        if self.meta["layout"] == "column":
            lines = self.flow([(tokens(cap), 0)], width)
        else:
            lines = [cap]
        if credit and how == "inline":
            lines[-1] += " " + credit
        for ln in lines:
            self.emit(ln)
        if credit and how == "right":
            self.emit(" " * int(o.get("pad", 30)) + credit)
            self.ph["credit right-aligned on its own line"] += 1
        elif credit and how == "below":
            self.emit(credit)

    def run(self):
        for d in self.layout:
            w = d.split()
            op = w[0]
            if op == "mast":
                self.do_mast(d[4:].strip())
            elif op == "box":
                o = self.opts([x for x in w[2:]])
                self.do_box(w[1].replace("_", " "), o)
            elif op == "mark":
                o = self.opts(w[2:])
                t = conv(w[1].replace("_", " "), self.mode)
                self.emit(t, bool(o.get("glue")))
                self.marks.append(t)
                self.ph["jump markers"] += 1
            elif op == "head":
                self.do_head(self.art(w[1]), self.opts(w[2:]))
            elif op == "col":
                o = self.opts(w[2:])
                self.emit(conv(self.art(w[1]).f["column"], self.mode), bool(o.get("glue")))
                self.ph["column labels on their own line"] += 1
            elif op == "by":
                o = self.opts(w[2:])
                b = conv(self.art(w[1]).f["byline"], self.mode)
                if "^" in b:
                    self.ph["byline broken between names"] += 1
                self.emit(re.sub(r"\s*\^\s*", "\n", b), bool(o.get("glue")))
            elif op == "body":
                self.do_body(self.art(w[1]), w[2], self.opts(w[3:]))
            elif op == "again":
                a, k = self.art(w[1]), int(w[2])
                t = self.piece_text(a, k)
                self.emit(t)
                self.dups.append(nows(t))
                self.ph["paragraph piece printed twice"] += 1
            elif op == "photo":
                self.do_photo(self.art(w[1]), self.opts(w[2:]))
            else:
                raise ValueError(f"{self.name}: bad directive {d!r}")
            self.last_op, self.last_id = op, (w[1] if len(w) > 1 else None)
        for a in self.arts.values():
            for k in range(1, len(a.pieces) + 1):
                if self.printed[(a.id, k)] != 1:
                    raise SystemExit(f"{self.name}: piece {a.id}#{k} printed {self.printed[(a.id, k)]} times")
            if a.f["dateline"] and a.id not in self.dateline_done:
                raise SystemExit(f"{self.name}: dateline of {a.id} never printed")
            for pc in a.pieces[1:]:
                if pc["tag"]:
                    self.ph[CUT_TAGS[pc["tag"]]] += 1
        return self.text()

    # ---- gold
    def gold_articles(self):
        out = []
        for a in self.arts.values():
            g = OrderedDict()
            g["kind"] = a.kind
            for k in FIELDS:
                g[k] = conv(clean(a.f[k]), self.mode)
            paras = []
            for pi, (text, sub) in enumerate(a.paras):
                paras.append(nows(conv(re.sub(r"‖[nfvwqx-]", "", text), self.mode)))
            g["subheads"] = [p for p, (_, sub) in zip(paras, a.paras) if sub]
            g["paragraphs"] = paras
            # keep the seeds' key order
            out.append(OrderedDict((k, g[k]) for k in
                                   ("kind", "column", "kicker", "title", "subtitle", "byline",
                                    "dateline", "continued", "subheads", "paragraphs")))
        return out


def nchars(s):
    return len(nows(s))


def compose_all(write=True):
    srcs = sorted(SRC.glob("p*.txt"))
    results = []
    for idx, sp in enumerate(srcs, 1):
        meta, arts, layout = parse_source(sp)
        c = Composer(sp.name, meta, arts, layout)
        text = c.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{idx:03d}_{h}"
        gold = OrderedDict()
        gold["source"] = base + ".txt"
        gold["issue_date"] = meta["date"]
        gold["issue_number"] = meta.get("issue") or None
        gold["page_count"] = int(meta["pagecount"]) if meta.get("pagecount") else None
        gold["articles"] = c.gold_articles()
        gold["extras"] = c.extras
        gold["duplicates"] = c.dups
        results.append({"src": sp.name, "base": base, "text": text, "gold": gold,
                        "meta": meta, "marks": c.marks, "ph": c.ph, "arts": arts})
    if write:
        PAGES.mkdir(exist_ok=True)
        GOLD.mkdir(exist_ok=True)
        for old in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
            old.unlink()
        for r in results:
            (PAGES / (r["base"] + ".txt")).write_text(r["text"], encoding="utf-8")
            (GOLD / (r["base"] + ".json")).write_text(
                json.dumps(r["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        write_readme(results)
    return results


# --------------------------------------------------------------------------- README
def readme_text(results):
    tot = Counter()
    for r in results:
        tot.update(r["ph"])
    kinds = Counter(a["kind"] for r in results for a in r["gold"]["articles"])
    rows = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0])):
        if v:
            rows.append(f"| {k} | {v} |")
    for k, v in sorted(kinds.items()):
        rows.append(f"| articles of kind `{k}` | {v} |")
    rows.append(f"| dateline with 电 | {sum(1 for r in results for a in r['gold']['articles'] if re.search(r'日电[（(]', a['dateline']))} |")
    rows.append(f"| articles with a column label | {sum(1 for r in results for a in r['gold']['articles'] if a['column'])} |")
    rows.append(f"| articles with subheads (crossheads) | {sum(1 for r in results for a in r['gold']['articles'] if a['subheads'])} |")
    stacks = Counter()
    for r in results:
        for a in r["gold"]["articles"]:
            n = sum(1 for k in ("column", "kicker", "title", "subtitle") if a[k])
            if n:
                stacks[n] += 1
    for n in sorted(stacks):
        rows.append(f"| headline stacks of {n} line(s) (column label, kicker, title, subtitle) | {stacks[n]} |")
    rows.append(f"| two-phrase titles split at a space | {sum(1 for r in results for a in r['gold']['articles'] if ' ' in a['title'])} |")
    rows.append(f"| dash-led subtitles (——记…) | {sum(1 for r in results for a in r['gold']['articles'] if a['subtitle'].startswith('——'))} |")
    rows.append(f"| bylines 文丨X (副刊) | {sum(1 for r in results for a in r['gold']['articles'] if a['byline'].startswith('文丨'))} |")
    rows.append(f"| jump continued fields (下转/上接) | {sum(1 for r in results for a in r['gold']['articles'] if a['continued'])} |")
    prows = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        m = r["meta"]
        prows.append(f"| {r['base']}.txt | {m['date']} | {m['pageno']} | {m['layout']} | {m['punct']} | "
                     f"{len(r['gold']['articles'])} | {nchars(r['text'])} | {m['subjects']} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prows))


def write_readme(results):
    (HERE / "README.md").write_text(readme_text(results), encoding="utf-8")


if __name__ == "__main__":
    rs = compose_all(write=True)
    for r in rs:
        print(f"  {r['base']}  {r['src']}  chars={nchars(r['text'])}  articles={len(r['gold']['articles'])}")
    print(f"composed {len(rs)} pages")
