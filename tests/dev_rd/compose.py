#!/usr/bin/env python3
"""Lay out the dev_rd test pages from src/pNN.txt.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR defaults
to this folder). Standard library only; every small choice comes from a
random.Random seeded by the source file name, so a rebuild is byte-identical.
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
CLOSE = set("、，。；：！？”’）》,.;:!?)%…—")
OPEN = set("“‘（《(")
PUNCT = set("、，。；：！？“”‘’（）《》,;:()")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+\-×]+")
CUT = re.compile(r"\|([vuwqnc]?)")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "cut at a column break, continued with nothing between", "": "cut at a clause boundary"}
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# ---------------------------------------------------------------- source parsing


def parse(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if (line.startswith("#") and not line.startswith("## ")) or not line.strip():
            continue
        if line.startswith("@"):
            name = line[1:].strip()
            if name == "page":
                cur, mode = page, "meta"
            elif name == "layout":
                cur, mode = None, "layout"
            else:
                cur = {"id": name, "paras": []}
                arts[name] = cur
                mode = "meta"
            continue
        if mode == "layout":
            layout.append(line.strip())
        elif mode == "meta":
            if line.strip() == "---":
                mode = "text"
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif mode == "text" and line.strip():
            cur["paras"].append(line.strip())
    return {"page": page, "arts": arts, "layout": layout}


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a source string: layout marks removed."""
    s = CUT.sub("", s).replace("\\", "").replace("^", "")
    return re.sub(r" {2,}", " ", s).strip()


def cjk(c: str) -> bool:
    return len(c) == 1 and "\u4e00" <= c <= "\u9fff"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ---------------------------------------------------------------- layout engine


def em(tok: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in tok)


def tokens(text: str) -> list[str]:
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


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        d = parse(src)
        self.meta, self.arts, self.layout = d["page"], d["arts"], d["layout"]
        self.pm = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.order: list[str] = []
        self.printed: Counter = Counter()
        self.ph: Counter = Counter()
        self.prefix = ""
        for a in self.arts.values():
            for k in ART_KEYS:
                a[k] = punct(a.get(k, ""), self.pm)
            a["paras"] = [punct(p, self.pm) for p in a["paras"]]
            a["segs"] = self.segments(a)

    # ---- article body -> segments (split at cut marks)
    def segments(self, a: dict) -> list[list[tuple[str, str]]]:
        """Segments of an article body: lists of (kind, text) pieces, kind 'p'
        (paragraph start), 'c' (continuation of the paragraph cut before), 'h'
        (crosshead). In the column layout each piece also gets its printed lines:
        the paragraph is flowed whole and a cut snaps to the end of its line."""
        segs, cur = [], []
        for n, p in enumerate(a["paras"]):
            if p.startswith("## "):
                cur.append(("h", p[3:], [p[3:]]))
                continue
            text = p
            if n == 0 and a.get("dateline") and a["kind"] != "continuation":
                text = a["dateline"] + p
            parts = CUT.split(text)
            texts = parts[0::2]
            kinds = parts[1::2]
            if self.col and a["kind"] != "photo":
                plain = "".join(texts)
                dl = a["dateline"] if n == 0 and a.get("dateline") and a["kind"] != "continuation" else ""
                flowed = self.flow(a, plain, self.width(a), dl)
                ends, acc = [], 0
                for t in texts:
                    acc += len(t.replace("\\", ""))
                    ends.append(acc)
                groups = [[] for _ in texts]
                start = 0
                for line, end in flowed:
                    gi = 0
                    while gi < len(ends) - 1 and start >= ends[gi]:
                        gi += 1
                    groups[gi].append(line)
                    start = end
            else:
                groups = [[t.replace("\\", "")] for t in texts]
            cur.append(("p", texts[0], groups[0]))
            for j, kind in enumerate(kinds):
                self.ph[CUT_NAMES[kind]] += 1
                segs.append(cur)
                cur = [("c", texts[j + 1], groups[j + 1])]
        segs.append(cur)
        return segs

    # ---- output helpers
    def emit(self, lines: list[str]):
        if self.prefix and lines:
            lines = [self.prefix + lines[0]] + lines[1:]
            self.prefix = ""
        self.blocks.append([ln.rstrip() for ln in lines])

    def numspace(self, a: dict, toks: list[str]) -> str:
        mode = a.get("nums", "both")
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if i and ASCII_RUN.fullmatch(t) and cjk(prev):
                m = mode if self.rng.random() > 0.12 else self.rng.choice(["both", "before", "none"])
                if m in ("both", "before"):
                    out += " "
                    self.ph["space before a number run"] += 1
            if i and ASCII_RUN.fullmatch(prev) and cjk(t):
                m = mode if self.rng.random() > 0.12 else self.rng.choice(["both", "before", "none"])
                if m == "both":
                    out += " "
                    self.ph["space after a number run"] += 1
            if t == "%" or (t.endswith("%") and len(t) > 1 and self.rng.random() < 0.06):
                t = t[:-1] + " %"
                self.ph["glyph-gap space before %"] += 1
            if t in "、，；" and i and self.rng.random() < 0.03:
                out += " "
                self.ph["glyph-gap space before full-width punctuation"] += 1
            out += t
            if t in "“" and i + 1 < len(toks) and self.rng.random() < 0.08:
                out += " "
                self.ph["space after an opening quote"] += 1
        return out

    def spread(self, toks: list[str]) -> str:
        out = ""
        for i, t in enumerate(toks):
            if i:
                prev = toks[i - 1]
                if not (prev in CLOSE and not ASCII_RUN.fullmatch(prev)) and t not in OPEN:
                    out += " "
            out += t
        return out

    def flow(self, a: dict, text: str, width: float, protect: str = "") -> list[tuple[str, int]]:
        """Break text into column lines; returns (line, char offset of line end).
        protect: the dateline the text starts with (no line may start with a
        tail of it shorter than 4 characters)."""
        pieces = text.split("\\")
        out = []
        base = 0
        protect = protect.replace("\\", "")
        for pi, piece in enumerate(pieces):
            done0 = base
            if pi and 0 < len(re.sub(r"\s", "", protect[base:])) < 4:
                raise SystemExit(f"{self.src.name} {a['id']}: dateline break leaves a short tail")
            toks = tokens(piece)
            lines, cur, w = [], [], 0.0
            for t in toks:
                tw = em(t)
                if w + tw <= width or (t in CLOSE and cur and w + tw <= width + 1):
                    cur.append(t)
                    w += tw
                    continue
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                # a line must not start with a dateline tail shorter than 4
                # characters (the scorer finds printed text in pieces of 4 or more)
                done = done0 + sum(len(x) for ln, _ in lines for x in ln) + sum(len(x) for x in cur)
                while cur and 0 < len(re.sub(r"\s", "", protect[done:])) < 4:
                    carry.insert(0, cur.pop())
                    done -= len(carry[0])
                lines.append((cur, sum(em(x) for x in cur)))
                cur = carry + [t]
                w = sum(em(x) for x in cur)
            lines.append((cur, w))
            last = len(lines) - 1
            for li, (toks_l, w_l) in enumerate(lines):
                base += sum(len(x) for x in toks_l)
                final = li == last
                npunct = sum(1 for x in toks_l if x in PUNCT)
                if not final and (width - w_l >= 1 or (npunct >= 3 and self.rng.random() < 0.08)
                                  or self.rng.random() < 0.02):
                    s = self.spread(toks_l)
                    self.ph["justified line spread with spaces"] += 1
                else:
                    s = self.numspace(a, toks_l)
                out.append((s, base))
            if pi < len(pieces) - 1:
                nxt = pieces[pi + 1].lstrip()
                if re.search(r"\d月$", piece):
                    self.ph["line break inside a dateline's date"] += 1
                elif nxt.startswith("通讯员"):
                    self.ph["line break before 通讯员 in a dateline"] += 1
                else:
                    self.ph["line break between a dateline's names"] += 1
        return out

    # ---- directives
    def width(self, a: dict) -> float:
        return float(a.get("width") or self.meta.get("width", 16))

    def do_body(self, a: dict, rng_spec: str):
        n = len(a["segs"])
        if rng_spec:
            lo, _, hi = rng_spec.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else (n if _ else lo)
        else:
            lo, hi = 1, n
        for k in range(lo, hi + 1):
            self.printed[(a["id"], k)] += 1
            self.render_seg(a, k)
        self.note(a["id"])

    def render_seg(self, a: dict, k: int):
        for kind, text, lines in a["segs"][k - 1]:
            for line in lines:
                self.emit([line])

    def note(self, aid: str):
        if aid not in self.order:
            self.order.append(aid)

    def head_parts(self, a: dict) -> list[str]:
        return [a[k] for k in ("kicker", "title", "subtitle") if a.get(k)]

    def do_head(self, a: dict, style: str):
        parts = self.head_parts(a)
        assert parts, (self.src, a["id"], "no headline to print")
        if any(self.printed[(a["id"], k)] for k in range(1, len(a["segs"]) + 1)):
            self.ph["headline printed after its body"] += 1
        if self.last_op == "head":
            self.ph["headline bunched with another story's headline"] += 1
        self.printed[(a["id"], "head")] += 1
        if not self.col and style in ("", "line"):
            self.emit([" ".join(p.replace("\\", "") for p in parts)])
            self.ph[f"headline of {len(parts)} part{'s' if len(parts) > 1 else ''} on one line"] += 1
            if a.get("subtitle", "").startswith("——") or a.get("kicker", "").endswith("——"):
                self.ph["dash-led subtitle or dash-ended kicker"] += 1
            return
        lines = []
        for key in ("kicker", "title", "subtitle"):
            p = a.get(key)
            if not p:
                continue
            sub = [x.strip() for x in p.split("\\")]
            if len(sub) > 1:
                self.ph["headline part broken over two lines"] += 1
            if key == "title" and style == "orphan":
                t = sub[-1]
                sub = sub[:-1] + [t[:-2], t[-2:]]
                self.ph["headline's last word left alone on a line"] += 1
            if key == "title" and style == "double":
                sub = [" ".join([x for x in sub] * 2)] if len(sub) == 1 else sub
                self.dups.append(clean(p))
                self.ph["headline doubled on one line"] += 1
            if key == "title" and style == "twice":
                sub = sub + sub
                self.dups.append(clean(p))
                self.ph["headline drawn twice on two lines"] += 1
            lines += sub
        if style == "lead":
            lines[0] = " " + lines[0]
        if style == "spaced" or not self.col:
            for x in lines:
                self.emit([x])
        else:
            self.emit(lines)
        if self.col or style == "stack":
            self.ph[f"headline stack of {len(lines)} line{'s' if len(lines) > 1 else ''}"] += 1
        else:
            self.ph[f"headline of {len(parts)} part{'s' if len(parts) > 1 else ''} on one line"] += 1
        if a.get("subtitle", "").startswith("——") or a.get("kicker", "").endswith("——"):
            self.ph["dash-led subtitle or dash-ended kicker"] += 1
        if any(" " in clean(x) for x in parts):
            self.ph["two-phrase headline split at a space"] += 1

    def do_byline(self, a: dict, key: str = "byline"):
        text = a[key]
        self.printed[(a["id"], key)] += 1
        for blk in text.split("^"):
            self.emit([x.strip() for x in blk.split("\\")])
        if "\\" in text or "^" in text:
            self.ph["line break inside a byline"] += 1

    def do_photo(self, a: dict, style: str):
        caps = [p for p in a["paras"]]
        credit = a["byline"]
        for k in range(1, len(a["segs"]) + 1):
            self.printed[(a["id"], k)] += 1
        self.printed[(a["id"], "byline")] += 1
        self.note(a["id"])
        if style == "inline":
            self.emit([" ".join(caps) + " " + credit])
            self.ph["photo credit at the end of its caption line"] += 1
        elif style == "right":
            for c in caps:
                self.emit([c])
            self.emit([" " * self.rng.randint(8, 24) + credit])
            self.ph["credit right-aligned on a line of its own"] += 1
        else:  # below / group
            for c in caps:
                self.emit([c])
            self.emit([credit])
            if credit.startswith("以上图片均由"):
                self.ph["group photo credit"] += 1

    def do_mark(self, a: dict, style: str):
        c = a["continued"]
        if c.startswith("下转"):
            glyph = self.rng.choice(["▷", "▶", ""])
            m = f"{glyph}（{c}）" if self.pm == "full" else f"{glyph}({c})"
        else:
            sp = self.rng.choice([" ", ""])
            m = f"▲ ▲（{c[:2]}{sp}{c[2:]}）" if self.pm == "full" else f"▲ ▲({c})"
        self.printed[(a["id"], "continued")] += 1
        self.ph["jump marker"] += 1
        if style == "prefix":
            self.prefix = m
        else:
            self.emit([m])

    def run(self):
        mast = []
        self.last_op = ""
        for d in self.layout:
            op, _, rest = d.partition(" ")
            self.last_op, prev_op = op, self.last_op
            if op == "head":
                self.last_op = prev_op  # compared inside do_head, set below
            args = rest.split()
            if op == "mast":
                pieces = [x.strip() for x in rest.split("|")]
                for p in pieces:
                    self.emit([x.strip() for x in p.split("/")])
                    if "/" in p:
                        self.ph["masthead pieces on consecutive lines"] += 1
                    if "+" in p:
                        self.ph["masthead pieces merged on one line"] += 1
                self.blocks[-len(pieces):] = [[ln.replace("+", " ") for ln in b]
                                              for b in self.blocks[-len(pieces):]]
                mast.append("".join(p.replace("/", "").replace("+", "").replace(" ", "")
                                    for p in pieces))
                self.ph["masthead piece"] += len(pieces)
            elif op == "head":
                self.do_head(self.arts[args[0]], args[1] if len(args) > 1 else "")
                self.last_op = "head"
            elif op == "body":
                self.do_body(self.arts[args[0]], args[1] if len(args) > 1 else "")
            elif op == "byline":
                self.do_byline(self.arts[args[0]])
            elif op == "col":
                a = self.arts[args[0]]
                self.printed[(a["id"], "column")] += 1
                self.emit([a["column"]])
                self.ph["column label on its own line"] += 1
            elif op == "photo":
                self.do_photo(self.arts[args[0]], args[1] if len(args) > 1 else "below")
            elif op == "mark":
                self.do_mark(self.arts[args[0]], args[1] if len(args) > 1 else "")
            elif op == "extra":
                text = punct(rest, self.pm)
                for blk in text.split("^"):
                    self.emit([x.strip() for x in blk.split("\\")])
                self.extras.append(clean(text))
                self.ph["short box line (countdown, code prompt, framed label)"] += 1
            elif op == "dup":
                back = int(args[0]) if args else 1
                flat = [ln for b in self.blocks for ln in b if ln.strip()]
                line = flat[-back]
                self.emit([line])
                self.dups.append(line.strip())
                self.ph["line printed twice"] += 1
            elif op == "blank":
                self.emit([""])
            else:
                raise SystemExit(f"{self.src}: unknown directive {d!r}")
        self.extras = mast + self.extras
        self.check_printed()

    def check_printed(self):
        for a in self.arts.values():
            for k in range(1, len(a["segs"]) + 1):
                assert self.printed[(a["id"], k)] == 1, (self.src.name, a["id"], k, "segment")
            if self.head_parts(a):
                assert self.printed[(a["id"], "head")] >= 1, (self.src.name, a["id"], "head")
            for key in ("column", "continued"):
                if a.get(key):
                    assert self.printed[(a["id"], key)] == 1, (self.src.name, a["id"], key)
            if a.get("byline"):
                assert self.printed[(a["id"], "byline")] == 1, (self.src.name, a["id"], "byline")

    # ---- outputs
    def text(self) -> str:
        body = "\n\n".join("\n".join(b) for b in self.blocks)
        if self.col:
            return body + "\n\n\n"
        return "\n\n" + body

    def gold(self, source: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras = []
            for p in a["paras"]:
                paras.append(squash_cjk(clean(p[3:] if p.startswith("## ") else p)))
            arts.append({
                "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
                "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
                "byline": clean(a["byline"]), "dateline": dateline_gold(a["dateline"]),
                "continued": a["continued"],
                "subheads": [clean(p[3:]) for p in a["paras"] if p.startswith("## ")],
                "paragraphs": paras})
        pc = self.meta.get("pages")
        return {"source": source, "issue_date": self.meta["date"],
                "issue_number": self.meta.get("issue") or None,
                "page_count": int(pc) if pc else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def squash_cjk(s: str) -> str:
    """Paragraph text as the gold keeps it: no layout spaces at all."""
    return re.sub(r"\s+", "", s)


def dateline_gold(s: str) -> str:
    s = clean(s)
    return re.sub(r"\s+(?=[\d（(])|(?<=\d)\s+", "", s)


# ---------------------------------------------------------------- README tables


def readme(out: Path, rows: list[dict], ph: Counter, ph_col: Counter, ph_para: Counter):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    t1 = ["| phenomenon | column pages | paragraph pages | total |", "|---|---:|---:|---:|"]
    for k in sorted(ph, key=lambda k: (-ph[k], k)):
        t1.append(f"| {k} | {ph_col[k]} | {ph_para[k]} | {ph[k]} |")
    t2 = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        t2.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
                  f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    tpl = tpl.replace("{{PHENOMENA}}", "\n".join(t1)).replace("{{PAGES}}", "\n".join(t2))
    (out / "README.md").write_text(tpl, encoding="utf-8")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "gold").glob("*.json")):
        old.unlink()
    rows, ph, ph_col, ph_para = [], Counter(), Counter(), Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        ph.update(pg.ph)
        (ph_col if pg.col else ph_para).update(pg.ph)
        rows.append({"file": f"{name}.txt", "date": pg.meta["date"], "page": pg.meta["pageno"],
                     "layout": pg.meta["layout"], "punct": pg.pm, "articles": len(gold["articles"]),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": pg.meta.get("subjects", "")})
    readme(out, rows, ph, ph_col, ph_para)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
