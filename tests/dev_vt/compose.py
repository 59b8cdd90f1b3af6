#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Every page is built from its source alone; small choices (spaces around number
runs, glyph gaps) come from random.Random seeded with the source's file name, so
a rebuild is byte-for-byte identical. Standard library only.
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

# ---------------------------------------------------------------- characters
CLOSE = "，。、；：？！”’）》…,;:?!)"
OPEN = "“‘（《("
PUNCT_FULL = "，。、；：？！“”‘’（）《》"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs")
CUT_TAGS = {"u": "between a figure and its unit", "v": "between a verb and its figure", "w": "inside a word",
            "q": "inside a quoted term", "n": "inside a name", "s": "between sentences"}


def is_cjk(ch: str) -> bool:
    return bool(CJK_RE.match(ch))


def em(ch: str) -> float:
    """Printed width in em: ASCII half, punctuation compressed to half, else one."""
    if ch in " \u2060\u00a0":
        return 0.0
    if ord(ch) < 128:
        return 0.5
    if ch in PUNCT_FULL:
        return 0.5
    return 1.0


def clean(s: str) -> str:
    """Gold text of a source field: layout marks removed, spaces collapsed."""
    s = re.sub(r"‖[a-z]?", "", s).replace("¦", "")
    return re.sub(r" {2,}", " ", s).strip()


def punct(s: str, mode: str) -> str:
    """Apply the page's punctuation width to (full-width) source text."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- sources
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("//"):
            continue
        if line.startswith("@page"):
            mode, cur = "meta", page["meta"]
            continue
        if line.startswith("@art "):
            aid = line.split()[1]
            cur = {"id": aid, "text": [], "width": "17", "credit": "line"}
            page["arts"][aid] = cur
            page["order"].append(aid)
            mode = "art"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "layout":
            if line.strip():
                page["layout"].append(line.strip())
            continue
        if mode == "text":
            if line.startswith("@"):
                raise SystemExit(f"{path}: unexpected {line}")
            if line.strip():
                cur["text"].append(line.strip())
            continue
        if not line.strip():
            continue
        if mode in ("meta", "art"):
            if mode == "art" and line.strip() == "text:":
                mode = "text"
                continue
            k, _, v = line.partition(":")
            cur[k.strip()] = v.strip()
        # a new @art ends a text block
    return page


def article_gold(a: dict, pm: str) -> dict:
    subheads, paras = [], []
    for t in a["text"]:
        if t.startswith("## "):
            sh = punct(clean(t[3:]), pm)
            subheads.append(sh)
            paras.append(sh.replace(" ", ""))
        else:
            paras.append(punct(clean(t), pm))
    g = {"kind": a.get("kind", "news")}
    for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
        g[k] = punct(clean(a.get(k, "")), pm)
    g["subheads"] = subheads
    g["paragraphs"] = paras
    return g


# ---------------------------------------------------------------- column wrapping
def tokens(s: str) -> list[str]:
    """Unbreakable units: ASCII runs (numbers, Latin) and single characters."""
    return re.findall(r"[0-9A-Za-z.%+\-×/·]+|.", s)


class Column:
    """Wraps one article's text into printed lines of a fixed width in em."""

    def __init__(self, width: float, rng: random.Random, stats: Counter):
        self.w = width
        self.rng = rng
        self.stats = stats

    def wrap(self, text: str) -> list[tuple[str, bool, bool]]:
        """Return (line, justified, cut_after) triples. `¦` forces a break,
        `‖x` ends the current piece at the end of the line holding it."""
        out = []
        for forced in text.split("¦"):
            out.extend(self._wrap_run(forced))
            if out:
                out[-1] = (out[-1][0], False, out[-1][2])
        if out:
            out[-1] = (out[-1][0], False, out[-1][2])
        return out

    def _wrap_run(self, text: str):
        toks = []
        cut_at = set()
        for t in re.findall(r"‖[a-z]?|(?:.\u2060)+.|[0-9A-Za-z.%+\-×/·]+|.", text):
            if t.startswith("‖"):
                cut_at.add(len(toks))
            else:
                toks.append(t)
        lines, cur, width, i = [], [], 0.0, 0
        cut_pending = False
        while i < len(toks):
            t = toks[i]
            if i in cut_at:
                cut_pending = True
            tw = sum(em(c) for c in t)
            fits = width + tw <= self.w + 1e-9
            hang = t in CLOSE and cur
            if fits or hang or not cur:
                cur.append(t)
                width += tw
                i += 1
                continue
            # a line may not end with an opening mark
            if cur and cur[-1] in OPEN and len(cur) > 1:
                i -= 1
                cur.pop()
                width = sum(em(c) for c in "".join(cur))
            lines.append(("".join(cur).replace("\u2060", "").replace("\u00a0", " "), self.w - width >= 1.0, cut_pending))
            cut_pending = False
            cur, width = [], 0.0
        if cur:
            if len(toks) in cut_at:
                cut_pending = True
            lines.append(("".join(cur).replace("\u2060", "").replace("\u00a0", " "), False, cut_pending))
        return lines


def spread(line: str) -> str:
    """A justified line whose gaps the extraction turned into spaces."""
    toks = tokens(line)
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in "，。、；：？！”’）》,;:?!)" or a in "（《(" or b in "“‘（《(》）)":
            out += b
        else:
            out += " " + b
    return out


def num_spaces(line: str, rng: random.Random, stats: Counter) -> str:
    """Spaces the extraction leaves around runs of digits."""
    def rep(m):
        s, a, b = m.group(0), m.start(), m.end()
        pre = line[a - 1] if a else ""
        post = line[b] if b < len(line) else ""
        out = s
        if pre and is_cjk(pre) and rng.random() < 0.8:
            out = " " + out
            stats["spaces around number runs"] += 1
        if post and is_cjk(post) and rng.random() < 0.55:
            out = out + " "
            stats["spaces around number runs"] += 1
        return out
    return re.sub(r"[0-9][0-9.]*%?", rep, line)


def glyph_gaps(line: str, rng: random.Random, stats: Counter) -> str:
    out = []
    for i, ch in enumerate(line):
        if ch in "、，；。" and i and line[i - 1] != " " and rng.random() < 0.05:
            out.append(" ")
            stats["glyph-gap spaces at full-width punctuation"] += 1
        if ch == "%" and i and line[i - 1].isdigit() and rng.random() < 0.12:
            out.append(" ")
            stats["glyph-gap spaces before %"] += 1
        out.append(ch)
        if ch == "“" and i + 1 < len(line) and rng.random() < 0.25:
            out.append(" ")
            stats["spaces after an opening quote"] += 1
    return "".join(out)


# ---------------------------------------------------------------- page layout
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse_source(src)
        m = self.p["meta"]
        self.meta = m
        self.layout = m["layout"]
        self.pm = m.get("punct", "full")
        self.rng = random.Random(src.name)
        self.stats = Counter()
        self.gold_arts = {aid: article_gold(self.p["arts"][aid], self.pm)
                          for aid in self.p["order"]}
        self.pieces = {aid: self._pieces(aid) for aid in self.p["order"]}
        self.blocks: list[list[str]] = []
        self.glue_next = False
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.seen_body: set[str] = set()
        self.seen_head: set[str] = set()
        self.last_cmd = ""
        self.printed: list[tuple[str, int]] = []

    # -- article text -> printed pieces (each a list of lines)
    def _pieces(self, aid: str) -> list[list[str]]:
        a = self.p["arts"][aid]
        pm = self.pm
        paras = []
        for t in a["text"]:
            paras.append(("sub", t[3:]) if t.startswith("## ") else ("p", t))
        dl = a.get("dateline", "")
        kind = a.get("kind", "news")
        for part in dl.split("¦")[1:]:
            if part.lstrip().startswith("通讯员"):
                self.stats["dateline broken before 通讯员"] += 1
            elif re.match(r"\s*\d+日[讯电]", part):
                self.stats["dateline broken inside its date"] += 1
            else:
                self.stats["dateline broken between names"] += 1
        if re.search(r"日电（|日电\(", dl):
            self.stats["datelines with 电 (Beijing, Taiyuan, Xinhua)"] += 1
        credit = a.get("byline", "") if kind == "photo" and a.get("credit") == "inline" else ""
        pieces: list[list[str]] = [[]]
        if self.layout == "column":
            col = Column(float(a["width"]), self.rng, self.stats)
            for n, (k, t) in enumerate(paras):
                if k == "sub":
                    pieces[-1].append(punct(t, pm))
                    continue
                # the dateline's last characters stay on one line with the text
                # after them (a line never opens on a 1-3 character dateline tail)
                d = dl.rstrip()
                k = len(d)
                while k > 0 and len(d[k:].replace(" ", "")) < 4:
                    k -= 1
                text = (d[:k] + "\u2060".join(d[k:].replace(" ", "\u00a0")) + "\u2060" + t) if (n == 0 and dl) else t
                for line, just, cut in col.wrap(punct(text, pm)):
                    if just and kind != "photo":
                        line = spread(line)
                        self.stats["justified lines spread with spaces"] += 1
                    else:
                        line = num_spaces(line, self.rng, self.stats)
                        line = glyph_gaps(line, self.rng, self.stats)
                    line = line.rstrip()
                    pieces[-1].append(line)
                    if cut:
                        pieces.append([])
            if credit:
                pieces[-1][-1] += " " + punct(credit, pm)
                self.stats["photo credits on the caption line"] += 1
        else:
            for n, (k, t) in enumerate(paras):
                if k == "sub":
                    pieces[-1].append(punct(t, pm))
                    continue
                text = (dl + t) if (n == 0 and dl) else t
                text = punct(text, pm)
                for j, part in enumerate(text.split("¦")):
                    if j:
                        self.stats["paragraph split by a column break, nothing between"] += 1
                    segs = re.split(r"‖([a-z]?)", part)
                    pieces[-1].append(segs[0])
                    for tag, seg in zip(segs[1::2], segs[2::2]):
                        self.stats["cut: " + CUT_TAGS.get(tag, "other")] += 1
                        pieces.append([seg])
            if credit:
                pieces[-1][-1] += a.get("credit_sep", "") + punct(credit, pm)
                self.stats["photo credits on the caption line"] += 1
        if self.layout == "column":
            for t in a["text"]:
                for tag in re.findall(r"‖([a-z]?)", t):
                    self.stats["column break: " + CUT_TAGS.get(tag, "other")] += 1
        return [[ln for ln in pc if ln.strip()] for pc in pieces]

    # -- output primitives
    def add(self, lines: list[str], block: bool = True):
        """block=True: the lines stay together (no blank line between them)."""
        if not lines:
            return
        groups = [lines] if block else [[x] for x in lines]
        for g in groups:
            if self.glue_next and self.blocks:
                self.blocks[-1].extend(g)
                self.glue_next = False
            else:
                self.blocks.append(list(g))

    def head_lines(self, aid: str, parts=("kicker", "title", "subtitle")):
        a = self.p["arts"][aid]
        out = []
        for k in parts:
            v = a.get(k, "")
            if v:
                out.append((k, [punct(x.strip(), self.pm) for x in v.split("¦") if x.strip()]))
        return out

    def run(self):
        if self.layout == "para":
            self.blocks.append([""])  # the page opens on blank lines
        for cmd in self.p["layout"]:
            self.do(cmd)
        return self.render()

    def do(self, cmd: str):
        op, *args = cmd.split(" ", 1)
        arg = args[0] if args else ""
        words = arg.split()
        st = self.stats
        if op == "extra":
            # a box or masthead: `|` separates lines printed apart, `+` lines printed together
            for grp in arg.split("|"):
                self.add([x for x in grp.split("+")], block=True)
            self.extras.append(re.sub(r"\s+", "", arg.replace("|", "").replace("+", "")))
            kind = self.meta.get("extra_kind", "")
            n = len(re.split(r"[|+]", arg))
            if cmd.startswith("extra 20") or "星期" in arg:
                st["masthead pieces"] += n
                if re.search(r"\d+ 星期", arg):
                    st["masthead pieces merged on one line"] += 1
            else:
                st["box lines (countdowns, code prompts, notes)"] += n
        elif op == "mark":
            self.add([arg])
            st["jump markers"] += 1
        elif op == "glue":
            self.glue_next = True
        elif op == "blank":
            self.blocks.append([""] * int(arg or 1))
        elif op == "col":
            a = self.p["arts"][words[0]]
            self.add([punct(a["column"], self.pm)])
            st["column labels on their own line"] += 1
            if words[0] in self.seen_body:
                st["column label printed after its story's text"] += 1
        elif op == "byline":
            a = self.p["arts"][words[0]]
            parts = [punct(x.strip(), self.pm) for x in a["byline"].split("¦")]
            if len(parts) > 1:
                st["byline broken between names"] += 1
            self.add(parts, block=("tight" in words))
        elif op == "credit":
            a = self.p["arts"][words[0]]
            c = punct(clean(a["byline"]), self.pm)
            pad = " " * int(words[1]) if len(words) > 1 else " " * 24
            self.add([pad + c])
            st["credits right-aligned on their own line"] += 1
        elif op == "body":
            aid = words[0]
            pcs = self.pieces[aid]
            sel = range(len(pcs))
            if len(words) > 1:
                lo, _, hi = words[1].partition("-")
                sel = range(int(lo), int(hi or lo) + 1)
            for i in sel:
                self.add(pcs[i], block=False)
                self.printed.append((aid, i))
            self.seen_body.add(aid)
        elif op == "head":
            self.head(words)
        elif op == "dup":
            aid, n = words[0], int(words[1])
            lines = [ln for pc in self.pieces[aid] for ln in pc]
            self.add([lines[n]])
            self.dups.append(lines[n].strip())
            st["lines printed twice"] += 1
        elif op == "deliver":
            pass
        else:
            raise SystemExit(f"{self.src}: unknown layout command {cmd}")
        if op == "head" and self.last_cmd == "head":
            st["headlines bunched with another story's headline"] += 1
        self.last_cmd = op

    def head(self, words):
        aid, opts = words[0], set(words[1:])
        st = self.stats
        parts = ("kicker", "title", "subtitle")
        only = [p for p in parts if p in opts]
        hl = self.head_lines(aid, only or parts)
        if not hl:
            return
        if aid in self.seen_body:
            st["headlines printed after their body"] += 1
        for k, ls in hl:
            if len(ls) > 1 and len(re.sub(r"\s", "", ls[-1])) <= 3:
                st["headline's last word alone on a line"] += 1
        if self.layout == "para" and "stack" not in opts:
            line = " ".join("".join(ls) for _, ls in hl)
            if "double" in opts:
                self.dups.append(line)
                line = line + line
                st["headline drawn twice (doubled on one line)"] += 1
            self.add([line])
            if "twice" in opts:
                self.add([line])
                self.dups.append(line)
                st["headline drawn twice (two identical lines)"] += 1
            return
        lead = "lead" in opts
        flat = []
        for k, ls in hl:
            if "double" in opts and k == "title":
                self.dups.append("".join(ls))
                ls = ["".join(ls) + "".join(ls)]
                st["headline drawn twice (doubled on one line)"] += 1
            if "twice" in opts and k == "title":
                self.dups.append("".join(ls))
                ls = ls + ls
                st["headline drawn twice (two identical lines)"] += 1
            flat.append(ls)
        if lead:
            flat[0] = [" " + flat[0][0]] + flat[0][1:]
        if "tight" in opts:
            self.add([x for ls in flat for x in ls], block=True)
        elif "loose" in opts or self.layout == "para":
            self.add([x for ls in flat for x in ls], block=False)
        else:
            for ls in flat:
                self.add(ls, block=True)

    def verify(self):
        """Every piece of every article is printed exactly once."""
        for aid, pcs in self.pieces.items():
            want = [(aid, i) for i in range(len(pcs))]
            got = [x for x in self.printed if x[0] == aid]
            if sorted(got) != want:
                raise SystemExit(f"{self.src.name}: article {aid} pieces printed {sorted(got)}, "
                                 f"expected {want}")

    def render(self) -> str:
        self.verify()
        text = "\n\n".join("\n".join(b) for b in self.blocks) + "\n"
        if self.layout == "column":
            text = " " + text
        return text

    def gold(self, fname: str) -> dict:
        m = self.meta
        arts = [self.gold_arts[a] for a in self.p["order"]]
        return {"source": fname, "issue_date": m["date"],
                "issue_number": m.get("issue_number") or None,
                "page_count": int(m["page_count"]) if m.get("page_count") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


# ---------------------------------------------------------------- the set
def build() -> dict[str, bytes]:
    """Every generated file, keyed by its path relative to the set."""
    out: dict[str, bytes] = {}
    rows, phen = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.run()
        no = pg.meta["file_no"]
        name = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(name + ".txt")
        out[f"pages/{name}.txt"] = text.encode("utf-8")
        out[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        phen.update(pg.stats)
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| `{name}.txt` | {pg.meta['date']} | {pg.meta['page']} | {pg.layout} | "
                    f"{pg.pm} | {len(gold['articles'])} | {nchar} | {pg.meta.get('subjects', '')} |")
    ptab = ["| phenomenon | count |", "|---|---:|"] + [
        f"| {k} | {v} |" for k, v in sorted(phen.items())]
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---:|---:|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(pages))
    out["README.md"] = readme.encode("utf-8")
    return out


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
