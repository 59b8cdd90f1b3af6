#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md (from README.in).
Standard library only; every small choice comes from random.Random(source file name),
so running it twice gives the same bytes.  The layout numbers (column widths, how often
number runs get spaces, how short lines are spread) are measured on the seed pages in
/work/shared/seeds, never on anything else.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")
COLUMN_SEEDS = ["000_3ced2b817bf620dd.txt", "004_091cf2adba3318e3.txt"]

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+")
CLOSE = set("，、。；：？！）》”’%,;:)!?")          # may not start a line (hang instead)
OPEN = set("（《“‘(")                               # may not end a line (carried over)
NO_SPACE_AFTER = set("，、。；：？！）》”（《,;:()")  # spread lines: glyph pairs kept tight
NO_SPACE_BEFORE = set("（《“》）()")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
WEEK = "一二三四五六日"


# ----------------------------------------------------------------------------- seeds
def em(s: str) -> float:
    """Printed width in em: CJK glyphs and full-width marks 1, ASCII 0.5."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if not c.isspace())


def is_spread(line: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", line))


def measure_seeds() -> dict:
    """Column widths, number-space rates and spread-line share of the column seeds."""
    widths = Counter()
    spread = total = 0
    both = one = none = 0
    short_spread = short_total = 0
    for name in COLUMN_SEEDS:
        lines = [l for l in (SEEDS / name).read_text(encoding="utf-8").split("\n") if l.strip()]
        body = [l for l in lines if 10 <= em(l) <= 24]
        for l in body:
            total += 1
            widths[round(em(l))] += 1
            if is_spread(l):
                spread += 1
            else:
                for m in ASCII_RUN.finditer(l):
                    s, e = m.start(), m.end()
                    if s == 0 or e >= len(l.rstrip()):
                        continue
                    left, right = l[s - 1] == " ", l[e] == " "
                    both += left and right
                    one += left != right
                    none += not left and not right
        # a body line one glyph or more narrower than its neighbours, not ending a paragraph
        for i in range(1, len(body) - 1):
            l = body[i]
            nb = max(em(body[i - 1]), em(body[i + 1]))
            if em(l) <= nb - 1 and not l.rstrip().endswith(("。", "”", "）", "！", "？")):
                short_total += 1
                short_spread += is_spread(l)
    peaks = sorted(w for w, c in widths.items() if c >= 0.03 * total)
    n = both + one + none
    return {"widths": peaks, "width_hist": dict(sorted(widths.items())),
            "lines": total, "spread": spread,
            "num_both": both / n, "num_one": one / n, "num_none": none / n,
            "num_runs": n, "short": short_total, "short_spread": short_spread}


# ----------------------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {"column": "", "kicker": "", "title": "", "subtitle": "", "byline": "",
                  "dateline": "", "continued": "", "marker": "", "width": "", "credit": ""}
        self.paras: list[str] = []


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    order = []
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                in_layout, cur = True, None
                continue
            cur = Article(head[0], head[1])
            arts[cur.id] = cur
            order.append(cur.id)
            continue
        if in_layout:
            layout.append(line)
        elif cur is None:
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif line.startswith("> "):
            cur.paras.append(line[2:].strip())
        else:
            k, _, v = line.partition(":")
            k = k.strip()
            if k not in cur.f:
                raise SystemExit(f"{path.name}: unknown key {k!r}")
            cur.f[k] = v.strip()
    return meta, [arts[a] for a in order], layout


def punct(s: str, mode: str) -> str:
    """Page punctuation width: full, mixed (half-width brackets) or half (,();:)."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace("‖", "").replace("|", "")


# ----------------------------------------------------------------------------- layout
class Page:
    def __init__(self, name: str, meta: dict, arts: list, layout: list, M: dict):
        self.name, self.meta, self.layout, self.M = name, meta, layout, M
        self.rng = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.col = meta["layout"] == "column"
        self.arts = {a.id: a for a in arts}
        self.order = [a.id for a in arts]
        for a in arts:
            for k in list(a.f):
                a.f[k] = punct(a.f[k], self.mode)
            a.paras = [punct(p, self.mode) for p in a.paras]
        self.blocks: list[str] = []      # text blocks, joined by a blank line
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.raw_markers: dict[str, list[str]] = {}
        self.stats = Counter()
        self.printed: dict[str, list] = {}   # article id -> pieces printed

    # -- helpers --------------------------------------------------------------
    def add(self, *lines: str, tight: bool = False):
        if tight:
            self.blocks.append("\n".join(lines))
        else:
            self.blocks.extend(lines)

    def pieces(self, a: Article) -> dict:
        """Paragraph pieces: '3' whole, '3a' '3b' … parts at the ‖ cut marks."""
        out = {}
        for i, p in enumerate(a.paras, 1):
            parts = p.split("‖")
            out[str(i)] = p.replace("‖", "")
            for j, part in enumerate(parts):
                out[f"{i}{'abcdef'[j]}"] = part
        return out

    # -- artefacts of extraction on one body line -------------------------------
    def tokens(self, text: str) -> list[str]:
        out, i = [], 0
        while i < len(text):
            m = ASCII_RUN.match(text, i)
            if m:
                out.append(m.group())
                i = m.end()
            else:
                out.append(text[i])
                i += 1
        return out

    def render(self, toks: list[str], spread: bool, para_layout: bool = False) -> str:
        rng, M = self.rng, self.M
        if spread:
            s = ""
            for k, t in enumerate(toks):
                if k and not (toks[k - 1][-1] in NO_SPACE_AFTER or t[0] in NO_SPACE_BEFORE):
                    s += " "
                s += t
            self.stats["spread line (justified with spaces)"] += 1
            return s
        s = ""
        pnum = 0.12 if para_layout else 1.0
        for k, t in enumerate(toks):
            ascii_run = ASCII_RUN.fullmatch(t) is not None
            if ascii_run and 0 < k < len(toks) - 1:
                r = rng.random()
                if r < pnum * M["num_both"]:
                    t = " " + t + " "
                    self.stats["spaces around a number run"] += 1
                elif r < pnum * (M["num_both"] + M["num_one"]):
                    t = (" " + t) if rng.random() < 0.5 else (t + " ")
                    self.stats["spaces around a number run"] += 1
            if ascii_run and t.strip().endswith("%") and len(t.strip()) > 1 and rng.random() < (0.05 if para_layout else 0.12):
                t = t.replace("%", " %")
                self.stats["glyph gap before %"] += 1
            if t in "、，" and k and rng.random() < (0.01 if para_layout else 0.04):
                t = " " + t
                self.stats["glyph gap before full-width punctuation"] += 1
            if t == "“" and k < len(toks) - 1 and rng.random() < (0.02 if para_layout else 0.08):
                t = t + " "
                self.stats["space after an opening quote"] += 1
            s += t
        return re.sub(r"  +", " ", s).strip(" ")

    def flow(self, text: str, width: float, indent: float) -> list[str]:
        """Set text in a column of `width` em; '|' forces a line end."""
        toks = self.tokens(text)
        lines: list[tuple[list[str], bool]] = []   # (tokens, justified?)
        cur: list[str] = []
        w = indent
        for t in toks:
            if t == "|":
                lines.append((cur, False))
                cur, w = [], 0.0
                continue
            tw = em(t)
            if w + tw <= width + 1e-9 or not cur:
                cur.append(t)
                w += tw
            elif (t in CLOSE or t[0] in CLOSE) and len(cur) > 2 and CJK_RE.match(cur[-1]) \
                    and self.rng.random() < self.M["push_rate"]:
                # kinsoku by pushing out: the last glyph goes down with the mark,
                # the line comes up short and is spread (the seeds' justified lines)
                last = cur.pop()
                lines.append((cur, True))
                cur = [last, t]
                w = sum(em(x) for x in cur)
            elif t in CLOSE or t[0] in CLOSE:
                cur.append(t)           # hangs / compresses at the line end
                lines.append((cur, False))
                cur, w = [], 0.0
            else:
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                short = em("".join(cur)) + (indent if not lines else 0) <= width - 1 + 1e-9
                lines.append((cur, short))
                cur = carry + [t]
                w = sum(em(x) for x in cur)
        if cur:
            lines.append((cur, False))
        out = []
        for toks_, short in lines:
            cj = sum(1 for x in toks_ if CJK_RE.match(x))
            out.append(self.render(toks_, spread=short and cj >= 3))
        return [l for l in out if l.strip()]

    def width(self, a: Article) -> float:
        if a.f["width"]:
            return float(a.f["width"])
        a.f["width"] = str(self.rng.choice(self.M["widths_body"]))
        return float(a.f["width"])

    # -- directives ---------------------------------------------------------------
    def do_head(self, a: Article, opts: list[str]):
        order = next((o[6:] for o in opts if o.startswith("order=")), "kts")
        parts = []
        for ch in order:
            key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[ch]
            v = a.f[key]
            if not v:
                continue
            if key == "byline":
                self.note_byline(a)
                v = v.replace("|", " ")
            parts.append((key, v))
        if "join" in opts:
            text = " ".join(v.replace("|", "") for _, v in parts)
            if "dbl" in opts:
                text = text + text
                self.dups.append(re.sub(r"\s+", "", " ".join(v.replace("|", "") for _, v in parts)))
                self.stats["headline drawn twice"] += 1
            self.add(text)
            if len(parts) > 1:
                self.stats["headline parts joined on one line"] += 1
            return
        lines = []
        for key, v in parts:
            if key == "title" and "|" in v:
                lines.extend(v.split("|"))
                self.stats["headline's last words alone on a line"] += 1
            else:
                lines.append(v)
            if key == "title" and "dbl" in opts:
                lines[-1] = lines[-1] + lines[-1]
                self.dups.append(v.replace("|", ""))
                self.stats["headline drawn twice"] += 1
            if key == "title" and "twice" in opts:
                lines.append(v.replace("|", ""))
                self.dups.append(v.replace("|", ""))
                self.stats["headline drawn twice"] += 1
        lead = next((o[5:] for o in opts if o.startswith("lead=")), "")
        if lead:
            lines[0] = " " * int(lead) + lines[0]
        if "tight" in opts:
            self.add(*lines, tight=True)
        else:
            # a title broken over two lines stays tight, as the seeds print it
            if a.f["title"] and "|" in a.f["title"]:
                tl = a.f["title"].split("|")
                i = lines.index(tl[0])
                lines[i:i + len(tl)] = ["\n".join(tl)]
            self.add(*lines)

    def note_byline(self, a: Article):
        if "|" in a.f["byline"]:
            self.stats["line break inside a byline"] += 1

    def do_body(self, a: Article, specs: list[str]):
        pcs = self.pieces(a)
        opts = [s for s in specs if "=" in s or s.startswith("+")]
        specs = [s for s in specs if s not in opts]
        sel: list[str] = []
        for s in specs:
            if s == "all":
                sel += [str(i) for i in range(1, len(a.paras) + 1)]
            elif re.fullmatch(r"\d+-\d*", s):
                lo, hi = s.split("-")
                sel += [str(i) for i in range(int(lo), (int(hi) if hi else len(a.paras)) + 1)]
            else:
                sel.append(s)
        W = self.width(a) if self.col else 0
        for s in sel:
            if s not in pcs:
                raise SystemExit(f"{self.name}: {a.id} has no piece {s}")
            self.printed.setdefault(a.id, []).append(s)
            text = pcs[s]
            first = s in ("1", "1a")
            cont = s[-1] in "bcdef"            # rest of a cut paragraph
            if first and a.f["dateline"]:
                text = a.f["dateline"] + text
                if "|" in a.f["dateline"]:
                    self.stats["line break inside a dateline"] += 1
            if first and "+m" in opts:
                text = a.f["marker"] + text
                self.raw_markers.setdefault(a.id, []).append(a.f["marker"])
                self.stats["jump marker"] += 1
            if text.startswith("## "):
                self.add(text[3:])
                continue
            if self.col:
                if a.kind == "photo":
                    continue
                ind = 0 if (first and a.f["dateline"]) or cont or a.kind == "continuation" and first and "+m" in opts else 2
                lines = self.flow(text, W, ind)
                if first and a.f["dateline"] and self.rng.random() < 0.25:
                    lines[0] = " " + lines[0]
                self.add(*lines)
            else:
                for seg in text.split("|"):
                    toks = self.tokens(seg)
                    self.add(self.render(toks, spread=False, para_layout=True))

    def do_photo(self, a: Article, opts: list[str]):
        cap = a.paras[0]
        credit = a.f["byline"]
        self.printed.setdefault(a.id, []).append("1")
        if self.col:
            W = float(a.f["width"] or 40)
            lines = [self.render(self.tokens(l), False) if False else l for l in self._caplines(cap, W)]
        else:
            lines = [cap]
        if credit and "apart" in opts:
            self.add(*lines)
            self.add(" " * int(next((o[4:] for o in opts if o.startswith("pad=")), "24")) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif credit and "nocredit" not in opts:
            lines[-1] = lines[-1] + " " + credit
            self.add(*lines, tight=self.col and "loose" not in opts)
        else:
            self.add(*lines, tight=self.col and "loose" not in opts)

    def _caplines(self, cap: str, W: float) -> list[str]:
        out, cur, w = [], "", 0.0
        for t in self.tokens(cap):
            if w + em(t) > W and cur and t not in CLOSE:
                out.append(cur)
                cur, w = "", 0.0
            cur += t
            w += em(t)
        out.append(cur)
        return out

    def run(self):
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            args = rest.split()
            if cmd == "mast":
                d0 = dt.date.fromisoformat(self.meta["date"])
                rest = rest.replace("{issue}", str(issue_number(d0))).replace("{count}", self.meta.get("pagecount", ""))
                pieces = rest.split("|")
                self.add(*pieces)
                self.extras.append(re.sub(r"\s+", "", rest.replace("|", "")))
                self.stats["masthead pieces"] += len(pieces)
            elif cmd == "box":
                pieces = rest.split("|")
                self.add(*pieces)
                self.extras.append(re.sub(r"\s+", "", rest.replace("|", "")))
                self.stats["box line (countdown, code prompt, framed label)"] += len(pieces)
            elif cmd == "gap":
                self.blocks.append("\n" * (int(args[0]) - 1) if int(args[0]) > 1 else "")
            elif cmd == "head":
                a = self.arts[args[0]]
                self.do_head(a, args[1:])
                if a.id in self.printed:
                    self.stats["headline printed after its body"] += 1
                self.printed.setdefault(a.id, [])
            elif cmd == "label":
                a = self.arts[args[0]]
                self.add(a.f["column"])
                self.stats["column label on its own line"] += 1
            elif cmd == "byline":
                a = self.arts[args[0]]
                self.note_byline(a)
                parts = a.f["byline"].split("|")
                self.add(*parts, tight="tight" in args)
            elif cmd == "body":
                self.do_body(self.arts[args[0]], args[1:])
            elif cmd == "photo":
                self.do_photo(self.arts[args[0]], args[1:])
            elif cmd == "mark":
                a = self.arts[args[0]]
                self.add(a.f["marker"])
                self.raw_markers.setdefault(a.id, []).append(a.f["marker"])
                self.stats["jump marker"] += 1
            elif cmd == "dup":
                last = self.blocks[-1].split("\n")[-1]
                self.add(last)
                self.dups.append(re.sub(r"\s+", "", last))
                self.stats["line printed twice"] += 1
            elif cmd == "again":
                a = self.arts[args[0]]
                txt = self.pieces(a)[args[1]]
                self.add(txt)
                self.dups.append(re.sub(r"\s+", "", txt))
                self.stats["line printed twice"] += 1
            elif cmd == "raw":
                self.add(rest)
                self.extras.append(re.sub(r"\s+", "", rest))
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
        # every paragraph piece printed exactly once
        for aid, a in self.arts.items():
            got = self.printed.get(aid, [])
            want = []
            for i, p in enumerate(a.paras, 1):
                n = p.count("‖")
                want += [str(i)] if n == 0 else [f"{i}{'abcdef'[j]}" for j in range(n + 1)]
            if sorted(got) != sorted(want) and not (a.kind == "photo" and got == ["1"]):
                raise SystemExit(f"{self.name}: {aid} printed {got}, want {want}")
        self.count_cuts()

    def count_cuts(self):
        """Cuts of paragraphs: continued after another story, or straight on."""
        flat = []
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            args = rest.split()
            if cmd == "body":
                for s in args[1:]:
                    flat.append((args[0], s))
            elif cmd not in ("gap",):
                flat.append((args[0] if args else "", cmd))
        for i, (aid, s) in enumerate(flat):
            if re.fullmatch(r"\d+[b-f]", s):
                prev = flat[i - 1] if i else None
                if prev and prev[0] == aid and re.fullmatch(r"\d+[a-e]", prev[1]):
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["paragraph cut, continued after another story"] += 1

    def text(self) -> str:
        body = "\n\n".join(self.blocks)
        if self.col:
            return body + "\n\n"
        return "\n\n" + body


def gold_article(a: Article) -> dict:
    paras = [clean(p) for p in a.paras]
    paras = [p[3:] if p.startswith("## ") else p for p in paras]
    subheads = [clean(p)[3:] for p in a.paras if p.startswith("## ")]
    return {"kind": a.kind, "column": a.f["column"], "kicker": a.f["kicker"],
            "title": clean(a.f["title"]), "subtitle": a.f["subtitle"],
            "byline": a.f["byline"].replace("|", " ").strip(),
            "dateline": a.f["dateline"].replace("|", "").strip(),
            "continued": a.f["continued"], "subheads": subheads, "paragraphs": paras}


def issue_number(d: dt.date) -> int:
    """Daily numbering, anchored on the seed front page (2025-03-27 = 第27314号)."""
    return 27314 - (dt.date(2025, 3, 27) - d).days


def build() -> dict:
    """Return {relative path: bytes} for every generated file, plus the table rows."""
    M = measure_seeds()
    M["widths_body"] = [w for w in M["widths"] if w >= 12]
    # share of line-end marks set by pushing a glyph down rather than compressing:
    # chosen so the composed column pages spread about the seeds' share of lines
    M["push_rate"] = 0.6
    files: dict[str, bytes] = {}
    rows, total = [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for path in srcs:
        meta, arts, layout = parse_source(path)
        pg = Page(path.name, meta, arts, layout, M)
        pg.run()
        text = pg.text()
        seq = meta["seq"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{seq}_{h}"
        d = dt.date.fromisoformat(meta["date"])
        front = meta.get("page") == "1"
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": issue_number(d) if front else None,
                "page_count": int(meta["pagecount"]) if front else None,
                "articles": [gold_article(pg.arts[a]) for a in pg.order],
                "extras": pg.extras, "duplicates": pg.dups}
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        files[f"markers/{name}.json"] = (json.dumps(pg.raw_markers, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        if pg.col:
            total["_column lines"] += sum(1 for l in text.split("\n") if l.strip())
        total.update(pg.stats)
        rows.append((name + ".txt", meta["date"], meta.get("page", "?"), meta["layout"], pg.mode,
                     len(gold["articles"]), nchar, meta.get("subjects", "")))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append("| " + " | ".join(str(x) for x in r) + " |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        if k.startswith("_"):
            continue
        ftab.append(f"| {k} | {v} |")
    mtab = (f"- body-line widths (em, rounded; lines of 10–24 em) in seeds 000 and 004: "
            f"{M['width_hist']}\n"
            f"- widths used for columns (peaks holding ≥3% of those lines): {M['widths']}\n"
            f"- spread (justified-with-spaces) lines: {M['spread']} of {M['lines']}; of the lines "
            f"a glyph or more narrower than their neighbours and not ending a paragraph, "
            f"{M['short_spread']} of {M['short']} are spread\n"
            f"- number runs inside unspread lines ({M['num_runs']}): spaces both sides "
            f"{M['num_both']:.2f}, one side {M['num_one']:.2f}, none {M['num_none']:.2f}\n"
            f"- this set's column pages: {total['spread line (justified with spaces)']} spread lines "
            f"of {total['_column lines']} printed lines "
            f"({total['spread line (justified with spaces)'] / max(1, total['_column lines']):.1%}; "
            f"seeds {M['spread'] / M['lines']:.1%} of their body lines)")
    readme = readme.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
    readme = readme.replace("{{MEASURE}}", mtab)
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    files = {k: v for k, v in files.items() if not k.startswith("markers/")}
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if f"{sub}/{old.name}" not in files:
                old.unlink()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            p.write_bytes(data)
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
