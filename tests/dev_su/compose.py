#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py      writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice is drawn from random.Random seeded
with the source file name, so a rebuild is byte-for-byte identical.
See README.md ("The source format") for the format of src/pNN.txt.
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
SRC = HERE / "src"

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
            "dateline", "continued")
CLOSE_NOSPACE = set("，。、；：？！,;:?!")
CLOSE = set("，。、；：？！”’）》」,.;:?!)")
OPEN = set("“‘（《「(")
BRACKET = set("《》（）()")
PUNCT = CLOSE | OPEN | set("—…·")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-]*")


# ---------------------------------------------------------------- parsing
def conv(s: str, punct: str) -> str:
    """Punctuation width of the page: full / mixed (half brackets) / half."""
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse(path: Path) -> dict:
    page = {"name": path.name, "arts": {}, "order": [], "layout": []}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("@"):
            head = line[1:].split()
            if head[0] == "page":
                mode, cur = "page", None
            elif head[0] == "layout":
                mode, cur = "layout", None
            else:
                cur = {"id": head[0], "kind": head[1], "paras": [], "opts": {}}
                for k in ART_KEYS[1:]:
                    cur[k] = ""
                page["arts"][head[0]] = cur
                page["order"].append(head[0])
                mode = "art"
            continue
        if mode == "page":
            k, _, v = line.partition(" ")
            page[k] = v.strip()
        elif mode == "layout":
            page["layout"].append(line.strip())
        elif mode == "art":
            if line == "text":
                mode = "text"
                continue
            k, _, v = line.partition(" ")
            if k in ART_KEYS:
                cur[k] = v.strip()
            else:
                cur["opts"][k] = v.strip()
        elif mode == "text":
            if line.startswith("@"):
                continue
            cur["paras"].append(line.strip())
    # text mode ends at the next '@' header: handled above by the '@' branch
    return page


def prepare(page: dict) -> None:
    """Apply punctuation width; split paragraphs at cut marks ^x."""
    p = page["punct"]
    for a in page["arts"].values():
        for k in ART_KEYS[1:]:
            a[k] = conv(a[k], p)
        a["subheads"] = []
        a["pieces"] = []      # per paragraph: list of (text, cut-type-before)
        clean = []
        for para in a["paras"]:
            sub = para.startswith("## ")
            if sub:
                para = para[3:]
            para = conv(para, p)
            parts = re.split(r"\^([a-z])", para)
            pieces = [(parts[0], "")]
            for i in range(1, len(parts), 2):
                pieces.append((parts[i + 1], parts[i]))
            text = "".join(t for t, _ in pieces)
            if sub:
                a["subheads"].append(text)
                # as in the seeds' gold: the paragraph copy of a crosshead
                # carries no inner space, the subheads entry keeps it
                text = re.sub(r"\s+", "", text)
            clean.append(text)
            a["pieces"].append(pieces)
        a["clean"] = clean


# ---------------------------------------------------------------- layout helpers
def width(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def tokens(s: str) -> list[str]:
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


def is_run(t: str) -> bool:
    return bool(ASCII_RUN.fullmatch(t))


def is_cjk(t: str) -> bool:
    return len(t) == 1 and ("\u3400" <= t <= "\u9fff")


class Composer:
    def __init__(self, page: dict):
        self.page = page
        self.rng = random.Random(page["name"])
        self.count = Counter()
        self.lines: list[tuple[str, str]] = []   # (separator-before, line)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.column = page["layout_kind"] == "column"
        self.seen_body: set[str] = set()
        self.seen_head: set[str] = set()
        self.prev_op = ""
        self.last_piece = None

    # -- emit
    def emit(self, line: str, glue: str = "\n\n") -> None:
        self.lines.append((glue, line))

    # -- column line rendering
    def render(self, toks: list[str], spread: bool) -> str:
        rng = self.rng
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if i and spread:
                if not (prev in CLOSE_NOSPACE or t in ("“", "‘") or prev in BRACKET
                        or t in BRACKET):
                    out += " "
            elif i and not spread:
                if is_run(t) and is_cjk(prev) and rng.random() < 0.8:
                    out += " "
                    self.count["space before a number run"] += 1
                elif is_run(prev) and is_cjk(t) and rng.random() < 0.5:
                    out += " "
                    self.count["space after a number run"] += 1
                elif t in ("，", "、") and is_cjk(prev) and rng.random() < 0.03:
                    out += " "
                    self.count["glyph-gap space before full-width punctuation"] += 1
                elif prev in ("“",) and is_cjk(t) and rng.random() < 0.08:
                    out += " "
                    self.count["space after an opening quote"] += 1
            if spread or not (is_run(t) and t.endswith("%") and len(t) > 1
                              and rng.random() < 0.12):
                out += t
            else:
                out += t[:-1] + " %"
                self.count["space before %"] += 1
        if spread:
            self.count["justified line spread with spaces"] += 1
        return out

    def flow(self, text: str, w0: float, brk: str = "", indent: float = 2.0,
             brk_idx: int | None = None) -> list[str]:
        """Greedy column fill; lines short by >= 1 em (not paragraph end) are spread.
        The first line of a paragraph is indented by two em (not printed)."""
        toks = tokens(text)
        lines, cur, cw = [], [], 0.0
        w = w0 - indent
        forced = None
        if brk and brk in text:
            forced = len(tokens(text[:text.index(brk)]))
        if brk_idx is not None:
            forced = len(tokens(text[:brk_idx]))
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if forced is not None and i == forced and cur:
                lines.append((cur, False))
                w = w0
                cur, cw = [], 0.0
                forced = None
                continue
            if cw + tw <= w + 1e-9 or not cur:
                cur.append(t)
                cw += tw
                i += 1
                continue
            if t in CLOSE:               # hanging / compressed punctuation
                cur.append(t)
                i += 1
                lines.append((cur, False))
                w = w0
                cur, cw = [], 0.0
                continue
            moved = []
            while cur and cur[-1] in OPEN:  # an opening mark never ends a line
                moved.insert(0, cur.pop())
            cw2 = sum(width(x) for x in cur)
            lines.append((cur, w - cw2 >= 1.0))
            w = w0
            cur = moved
            cw = sum(width(x) for x in cur)
        if cur:
            lines.append((cur, False))
        return [self.render(tk, sp).strip() for tk, sp in lines]

    # -- ops
    def art(self, aid: str) -> dict:
        return self.page["arts"][aid]

    def piece_range(self, a: dict, spec: str):
        """'0-3', '2', '1.1-4', '0-2.0' -> list of (para index, piece index) spans."""
        def pt(x, end):
            if "." in x:
                p, q = x.split(".")
                return int(p), int(q)
            return (int(x), len(a["pieces"][int(x)]) - 1) if end else (int(x), 0)
        if spec == "*":
            spec = f"0-{len(a['pieces']) - 1}"
        lo, _, hi = spec.partition("-")
        hi = hi or lo
        if int(hi.split(".")[0]) >= len(a["pieces"]):
            raise SystemExit(f"{self.page['name']}: {a['id']} has no paragraph {hi}")
        s, e = pt(lo, False), pt(hi, True)
        out = []
        for pi in range(s[0], e[0] + 1):
            q0 = s[1] if pi == s[0] else 0
            q1 = e[1] if pi == e[0] else len(a["pieces"][pi]) - 1
            out.append((pi, q0, q1))
        return out

    def op_p(self, args: list[str], kw: dict) -> None:
        a = self.art(args[0])
        aid = args[0]
        if aid not in self.seen_body and aid in self.seen_head:
            pass
        self.seen_body.add(aid)
        w = float(kw.get("w", a["opts"].get("width", self.page.get("width", "17"))))
        first = True
        dupl = {int(x) for x in kw.get("d", "").split(",") if x}
        out_lines = []
        for pi, q0, q1 in self.piece_range(a, args[1]):
            pcs = a["pieces"][pi]
            text = "".join(t for t, _ in pcs[q0:q1 + 1])
            if q0 > 0:
                if self.last_piece == (args[0], pi, q0 - 1):
                    self.count["paragraph split by a column break, nothing between"] += 1
                else:
                    self.count["paragraph resumed after a piece of another story"] += 1
            self.last_piece = (args[0], pi, q1)
            if q1 < len(pcs) - 1:
                self.count["paragraph cut: " + CUT_NAMES[pcs[q1 + 1][1]]] += 1
            if pi == 0 and q0 == 0 and a["dateline"]:
                text = a["dateline"] + text
            pre = kw.get("pre", "").replace("_", " ") if first else ""
            if self.column:
                ls = self.flow(text, w, kw.get("brk", "") if pi == 0 and q0 == 0 else "",
                               indent=0.0 if q0 > 0 else 2.0)
                if pi == 0 and q0 == 0 and a["dateline"]:
                    # a dateline tail of 1-3 characters at a line start would be
                    # unreadable as a piece: break the line a little earlier
                    dl = a["dateline"]
                    acc = 0
                    for ln in ls:
                        n = len(re.sub(r"\s+", "", ln))
                        if acc < len(re.sub(r"\s+", "", dl)) < acc + n:
                            tail = len(re.sub(r"\s+", "", dl)) - acc
                            if tail < 4 and acc > 0:
                                ls = self.flow(text, w, "", indent=2.0,
                                               brk_idx=len(dl.rstrip()) - 5)
                            break
                        acc += n
                if pi == 0 and q0 == 0 and a["dateline"]:
                    self.note_dateline(a["dateline"], ls)
            else:
                ls = [text]
            if pre:
                if kw.get("preline"):
                    out_lines.append(pre)
                else:
                    ls[0] = pre + ls[0]
            out_lines.extend(ls)
            first = False
        for i, l in enumerate(out_lines):
            self.emit(l)
            if i in dupl:
                self.emit(l, "\n\n")
                self.dups.append(re.sub(r"\s+", "", l))
                self.count["line printed twice"] += 1

    def note_dateline(self, dl: str, ls: list[str]) -> None:
        sq = re.sub(r"\s+", "", ls[0])
        d = re.sub(r"\s+", "", dl)
        if len(sq) < len(d):
            cut = sq
            m = re.search(r"\d+月\d+日", d)
            if m and len(cut) < m.end() and len(cut) > m.start():
                self.count["line break inside a dateline's date"] += 1
            elif "通讯员" in d and cut.endswith(d[:d.index("通讯员")]):
                self.count["line break before 通讯员 in a dateline"] += 1
            else:
                self.count["line break inside a dateline (names)"] += 1

    def op_h(self, args: list[str], kw: dict) -> None:
        a = self.art(args[0])
        if args[0] in self.seen_body:
            self.count["headline printed after its body"] += 1
        if self.prev_op == "h":
            self.count["headline bunched with another story's headline"] += 1
        self.seen_head.add(args[0])
        spec = args[1]
        glue = "\n\n"
        cur = None
        names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        for tok in re.split(r"([/+_])", spec):
            if tok in ("/", "+", "_"):
                glue = {"/": "\n\n", "+": "\n", "_": " "}[tok]
                continue
            m = re.fullmatch(r"([2=]?)([ktscb])(?:<(.+))?", tok)
            dbl, part, split = m.groups()
            text = a[names[part]]
            segs = [text]
            if split:
                split = split.replace("~", " ")
                i = text.index(split)
                segs = [text[:i].rstrip(), text[i:].lstrip()]
                self.count["headline split, last words alone on a line"] += 1
            if dbl == "2":
                segs[-1] = segs[-1] + segs[-1]
                self.dups.append(re.sub(r"\s+", "", text))
                self.count["headline drawn twice on one line"] += 1
            for j, sgt in enumerate(segs):
                g = glue if j == 0 else "\n"
                if g == " " and cur is not None:
                    self.lines[-1] = (self.lines[-1][0], self.lines[-1][1] + " " + sgt)
                else:
                    self.emit(sgt, g if cur is not None else GLUE[kw.get("g", "2")])
                cur = sgt
            if dbl == "=":
                self.emit(text, "\n")
                self.dups.append(re.sub(r"\s+", "", text))
                self.count["headline printed as two identical lines"] += 1
            if part == "c":
                self.count["column label line"] += 1
            glue = "\n\n"

    def op_b(self, args: list[str], kw: dict) -> None:
        a = self.art(args[0])
        text = a["byline"]
        if len(args) > 1:
            g = "\n" if args[1][0] == "+" else "\n\n"
            key = args[1][1:].replace("~", " ")
            i = text.index(key)
            self.emit(text[:i].rstrip(), GLUE[kw.get("g", "2")])
            self.emit(text[i:].lstrip(), g)
            self.count["byline broken before 通讯员" if key.startswith("通讯员")
                       else "byline broken between names"] += 1
        else:
            self.emit(text, GLUE[kw.get("g", "2")])

    def op_ph(self, args: list[str], kw: dict) -> None:
        a = self.art(args[0])
        mode = args[1] if len(args) > 1 else "own"
        if a["title"] and "notitle" not in kw:
            self.emit(a["title"])
        w = float(kw.get("w", 0))
        for k, cap in enumerate(a["clean"]):
            ls = self.flow(cap, w) if (w and self.column) else [cap]
            last = k == len(a["clean"]) - 1
            for j, l in enumerate(ls):
                if last and j == len(ls) - 1 and mode == "inline":
                    l = l + " " * int(kw.get("sp", "1")) + a["byline"]
                    self.count["photo credit inline after the caption"] += 1
                self.emit(l)
        if mode == "right":
            self.emit(" " * int(kw.get("sp", "40")) + a["byline"])
            self.count["credit right-aligned on a line of its own"] += 1
        elif mode == "own":
            self.emit(a["byline"])
        elif mode == "glued":
            self.lines[-1] = (self.lines[-1][0], self.lines[-1][1] + a["byline"])

    def op_x(self, args: list[str], kw: dict, kind: str) -> None:
        text = " ".join(args)
        group = ""
        for i, piece in enumerate(re.split(r"(\||\+)", text)):
            if piece in ("|", "+"):
                continue
            glue = "\n\n"
            if i > 1 and re.split(r"(\||\+)", text)[i - 1] == "+":
                glue = "\n"
            piece = piece.replace("~", " ")
            self.emit(piece, glue if i else GLUE[kw.get("g", "2")])
            group += re.sub(r"\s+", "", piece)
            self.count[kind] += 1
        self.extras.append(group)

    def op_m(self, args: list[str], kw: dict) -> None:
        self.emit(" ".join(args[1:]).replace("~", " "))
        self.count["jump marker line"] += 1

    def op_dup(self, args: list[str], kw: dict) -> None:
        a = self.art(args[0])
        for pi, q0, q1 in self.piece_range(a, args[1]):
            text = "".join(t for t, _ in a["pieces"][pi][q0:q1 + 1])
            self.emit(text)
            self.dups.append(re.sub(r"\s+", "", text))
            self.count["passage printed twice"] += 1

    def run(self) -> str:
        for op in self.page["layout"]:
            parts = op.split()
            name, rest = parts[0], parts[1:]
            args = [x for x in rest if "=" not in x or x.startswith("=")]
            kw = dict(x.split("=", 1) for x in rest if "=" in x and not x.startswith("="))
            if name == "p":
                self.op_p(args, kw)
            elif name == "h":
                self.op_h(args, kw)
            elif name == "b":
                self.op_b(args, kw)
            elif name == "ph":
                self.op_ph(args, kw)
            elif name == "mast":
                self.op_x(args, kw, "masthead piece")
            elif name == "box":
                self.op_x(args, kw, "box line (page furniture)")
            elif name == "m":
                self.op_m(args, kw)
            elif name == "dup":
                self.op_dup(args, kw)
            else:
                raise SystemExit(f"{self.page['name']}: unknown op {op!r}")
            self.prev_op = name
            if name != "p":
                self.last_piece = None
        text = self.page.get("lead", "").replace("n", "\n").replace("s", " ")
        for i, (glue, line) in enumerate(self.lines):
            text += (glue if i else "") + line
        text += self.page.get("tail", "").replace("n", "\n")
        return text


GLUE = {"0": " ", "1": "\n", "2": "\n\n", "3": "\n\n\n"}

CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "c": "column break, nothing between", "s": "at a sentence end"}


def gold_of(page: dict, fname: str) -> dict:
    arts = []
    for aid in page["order"]:
        a = page["arts"][aid]
        d = {k: a[k] for k in ART_KEYS}
        d["subheads"] = list(a["subheads"])
        d["paragraphs"] = list(a["clean"])
        arts.append(d)
    return arts


def build(only: str | None = None) -> dict:
    """Return {relative path: bytes} for every generated file."""
    out = {}
    rows = []
    total = Counter()
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        page = parse(src)
        page["layout_kind"] = page["format"]
        prepare(page)
        comp = Composer(page)
        text = comp.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        gold = {
            "source": stem + ".txt",
            "issue_date": page["date"],
            "issue_number": int(page["issue"]) if page.get("issue", "-") != "-" else None,
            "page_count": int(page["pagecount"]) if page.get("pagecount", "-") != "-" else None,
            "articles": gold_of(page, stem),
            "extras": comp.extras,
            "duplicates": comp.dups,
        }
        out[f"pages/{stem}.txt"] = text.encode("utf-8")
        out[f"gold/{stem}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((stem, page, gold, nchar))
        for k, v in comp.count.items():
            total[k] += v
        total["_pages"] += 1
    out["README.md"] = readme(rows, total).encode("utf-8")
    return out


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(k for k in total if not k.startswith("_")):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for stem, page, gold, nchar in rows:
        pg.append(f"| {stem}.txt | {page['date']} | {page['page']} | {page['format']} | "
                  f"{page['punct']} | {len(gold['articles'])} | {nchar} | {page['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    n = sum(1 for r in files if r.startswith("pages/"))
    print(f"composed {n} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
