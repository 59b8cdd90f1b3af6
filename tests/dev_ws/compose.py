#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page texts (pages/),
their gold annotations (gold/) and README.md (from README.in).

Standard library only.  Every small choice is drawn from a random.Random seeded
with the source file name, so a rerun rebuilds everything byte for byte.

Source format: see README.in ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CUT = "‖"      # chunk boundary (story cut) inside a dateline or paragraph
BRK = "¦"      # forced line break (column layout only)
GLUE = "\x00"   # end of a dateline: its last characters stay on one line
OPEN = "“‘（《〈「(["
CLOSE = "”’），。、；：？！》〉」…—)],.;:?!%"
FULLPUNCT = "，。、；：？！“”‘’（）《》"
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}
ROLES = ("kicker", "title", "subtitle")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")


def em(s: str) -> float:
    """Printed width: CJK and full-width = 1 em, ASCII = 0.5 em, spaces nothing."""
    return sum(0 if c.isspace() else (0.5 if ord(c) < 0x2000 else 1.0) for c in s)


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def punct(text: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in text)


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid: str):
        self.aid = aid
        self.f = {k: "" for k in FIELDS if k not in ("subheads", "paragraphs")}
        self.f["kind"] = "news"
        self.paras: list[str] = []      # raw, with CUT / BRK marks
        self.heads: set[int] = set()    # indexes of subhead paragraphs
        self.width = None

    def chunks(self) -> list[list[tuple[str, bool, bool]]]:
        """Split dateline+paragraphs at CUT marks.  Each chunk is a list of
        (text, starts_paragraph, ends_paragraph); the dateline is glued to the
        first paragraph as the paper prints it."""
        seq = list(self.paras)
        if self.f["dateline"] and seq:
            seq[0] = self.f["dateline"] + GLUE + seq[0]
        elif self.f["dateline"]:
            seq = [self.f["dateline"]]
        out, cur = [], []
        for p in seq:
            pieces = p.split(CUT)
            for i, piece in enumerate(pieces):
                if i > 0:
                    out.append(cur)
                    cur = []
                cur.append((piece, i == 0, i == len(pieces) - 1))
        out.append(cur)
        return out

    def gold(self) -> dict:
        clean = lambda s: s.replace(CUT, "").replace(BRK, "")
        d = {k: clean(self.f[k]) for k in FIELDS if k not in ("subheads", "paragraphs")}
        d["subheads"] = [clean(self.paras[i]) for i in sorted(self.heads)]
        d["paragraphs"] = [clean(p) for p in self.paras]
        return {k: d[k] for k in FIELDS}


def parse(path: Path):
    meta, arts, layout, order = {}, {}, [], []
    sect = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            sect = m.group(1)
            if sect not in ("page", "layout"):
                arts[sect] = Article(sect)
                order.append(sect)
            continue
        if sect == "page":
            k, _, v = line.partition("=")
            meta[k.strip()] = v.strip()
        elif sect == "layout":
            layout.append(line.strip())
        else:
            a = arts[sect]
            if line.startswith(">#"):
                a.heads.add(len(a.paras))
                a.paras.append(line[2:].strip())
            elif line.startswith(">"):
                a.paras.append(line[1:].strip())
            else:
                k, _, v = line.partition("=")
                k, v = k.strip(), v.strip()
                if k == "width":
                    a.width = float(v)
                else:
                    a.f[k] = v
    mode = meta.get("punct", "full")
    for a in arts.values():
        for k in a.f:
            if k not in ("kind",):
                a.f[k] = punct(a.f[k], mode)
        a.paras = [punct(p, mode) for p in a.paras]
    return meta, arts, order, layout


# ---------------------------------------------------------------- printing
class Printer:
    def __init__(self, meta, rng: random.Random, stats: Counter):
        self.meta, self.rng, self.st = meta, rng, stats
        self.column = meta["layout"] == "column"
        self.width = float(meta.get("width", 17))
        self.lines: list[tuple[str, bool]] = []   # (text, tight: no blank after)
        self.dups: list[str] = []
        self.extras: list[str] = []
        self.printed: set = set()

    def emit(self, text: str, tight: bool = False):
        self.lines.append((text, tight))

    # -- artefacts of the extraction, column layout only
    def tokens(self, text: str) -> list[str]:
        return re.findall(r"[0-9A-Za-z.%+×/-]+|" + BRK + r"|.", text)

    def space_numbers(self, toks: list[str]) -> list[str]:
        """Spaces printed around number runs (and before a % glyph now and then)."""
        out = []
        for i, t in enumerate(toks):
            if re.match(r"[0-9]", t):
                if out and out[-1] != BRK and is_cjk(out[-1][-1]) and self.rng.random() < .8:
                    out.append(" ")
                    self.st["space before a number run"] += 1
                if t.endswith("%") and len(t) > 2 and self.rng.random() < .1:
                    t = t[:-1] + " %"
                    self.st["glyph gap before %"] += 1
                out.append(t)
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt and is_cjk(nxt) and self.rng.random() < .45:
                    out.append(" ")
                    self.st["space after a number run"] += 1
            else:
                out.append(t)
        return out

    def flow(self, pieces, width: float):
        """Column layout: break a chunk's paragraphs into printed lines."""
        for text, starts, ends in pieces:
            if GLUE in text:
                pre, post = text.split(GLUE)
                k = len(pre) - 5
                toks = self.space_numbers(self.tokens(pre[:k]) + [pre[k:].replace(BRK, "")] + self.tokens(post))
            else:
                toks = self.space_numbers(self.tokens(text))
            lines, cur, w = [], [], 2.0 if starts else 0.0
            for t in toks:
                if t == BRK:
                    lines.append((cur, False))
                    cur, w = [], 0.0
                    continue
                tw = em(t)
                if cur and w + tw > width and not (t in CLOSE and len(t) == 1):
                    if cur[-1] and cur[-1][-1] in OPEN:       # no opening mark at line end
                        lines.append((cur[:-1], True))
                        cur = [cur[-1]]
                        w = em(cur[0])
                    else:
                        lines.append((cur, True))
                        cur, w = [], 0.0
                    if t == " ":
                        continue
                if t == " " and not cur:
                    continue
                cur.append(t)
                w += tw
            lines.append((cur, False))
            for i, (toks_, full) in enumerate(lines):
                s = "".join(toks_).strip()
                if not s:
                    continue
                natural = em(s) + (2 if (i == 0 and starts) else 0)
                npunct = sum(c in FULLPUNCT for c in s)
                spread = full and (width - natural >= 1.5 or (npunct >= 3 and self.rng.random() < .35))
                if spread:
                    s = self.spread(toks_)
                    self.st["justified line spread with spaces"] += 1
                else:
                    s = self.gaps(s)
                self.emit(s)

    def spread(self, toks: list[str]) -> str:
        toks = [t for t in toks if t != " "]
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if (a[-1] in CLOSE and len(a) == 1) or (b in OPEN):
                out += b
            else:
                out += " " + b
        return out

    def gaps(self, s: str) -> str:
        r = self.rng.random()
        if r < .05 and re.search(r"[\u4e00-\u9fff][，、。；]", s):
            i = re.search(r"[\u4e00-\u9fff][，、。；]", s).start() + 1
            self.st["glyph gap before full-width punctuation"] += 1
            return s[:i] + " " + s[i:]
        if r > .96 and re.search(r"“[\u4e00-\u9fff]", s):
            i = s.index("“") + 1
            self.st["space after an opening quote"] += 1
            return s[:i] + " " + s[i:]
        return s

    def body(self, a: Article, spec: str):
        ch = a.chunks()
        lo, _, hi = spec.partition("-")
        for n in range(int(lo), int(hi or lo) + 1):
            if (a.aid, n) in self.printed:
                raise SystemExit(f"chunk {n} of {a.aid} printed twice")
            self.printed.add((a.aid, n))
            pieces = ch[n]
            if self.column:
                for text, _, _ in pieces:
                    for m in re.finditer(BRK, text):
                        before, after = text[:m.start()].rstrip(), text[m.end():]
                        if GLUE in after and len(after.split(GLUE)[0]) < 5:
                            continue        # undone: a dateline's last characters stay together
                        if after.startswith("通讯员"):
                            self.st["line break before 通讯员 in a dateline"] += 1
                        elif before[-1:].isdigit() or before.endswith("月"):
                            self.st["line break inside a dateline's date"] += 1
                        else:
                            self.st["line break inside a name in a dateline"] += 1
                if n > 0 and CUT in a.f["dateline"] and n == 1:
                    self.st["dateline cut inside a name, other story between"] += 1
                self.flow(pieces, a.width or self.width)
            else:
                for text, starts, ends in pieces:
                    self.emit(text.replace(BRK, "").replace(GLUE, ""))
            if n > int(lo) and not pieces[0][1]:
                self.st["paragraph split by a column break, nothing between"] += 1
            elif n > 0 and not pieces[0][1]:
                self.st["story cut mid-paragraph, continued after other text"] += 1


def headline_lines(a: Article, opts: list[str], rng, st) -> list[str]:
    roles = [(r, a.f[r]) for r in ROLES if a.f[r]]
    split = next((int(o[6:]) for o in opts if o.startswith("split=")), None)
    if "one" in opts:
        lines = [" ".join(v for _, v in roles)]
        if len(roles) > 1:
            st["headline roles on one line"] += 1
    elif "ks" in opts:           # kicker + title on one line, subtitle alone
        lines = [" ".join(v for r, v in roles if r != "subtitle")] + [v for r, v in roles if r == "subtitle"]
    else:
        lines = []
        for r, v in roles:
            if r == "title" and split:
                lines += [v[:split], v[split:]]
                st["headline broken, last word alone"] += 1
            elif r == "title" and "tbreak" in opts and " " in v:
                lines += v.split(" ", 1)
                st["two-phrase title split at its space"] += 1
            elif r == "kicker" and "kbreak" in opts and " " in v:
                lines += v.split(" ", 1)
            else:
                lines.append(v)
    return lines


def compose(path: Path, index: int):
    meta, arts, order, layout = parse(path)
    rng = random.Random(path.name)
    st: Counter = Counter()
    P = Printer(meta, rng, st)
    for d in layout:
        op, _, rest = d.partition(" ")
        args = rest.split()
        if op in ("extras", "box"):
            parts = [p.strip() for p in rest.split("|")]
            for i, p in enumerate(parts):
                P.emit(p, tight=(op == "box" and i < len(parts) - 1 and P.column))
            P.extras.append("".join(p.replace(" ", "") for p in parts))
            st["masthead pieces" if op == "extras" else "box lines"] += len(parts)
        elif op == "head":
            a = arts[args[0]]
            lines = headline_lines(a, args[1:], rng, st)
            tight = "tight" in args
            for i, ln in enumerate(lines):
                if "lead" in args and i == len(lines) - 1:
                    ln = " " + ln
                if "double" in args and ln == a.f["title"]:
                    P.dups.append(ln)
                    ln = ln + ln
                    st["headline doubled on one line"] += 1
                P.emit(ln, tight=tight and i < len(lines) - 1)
                if "twice" in args and ln == a.f["title"]:
                    P.emit(ln, tight=tight)
                    P.dups.append(ln)
                    st["headline printed on two identical lines"] += 1
            if "after" in args:
                st["headline printed after its body"] += 1
            if "bunch" in args:
                st["headline bunched with other headlines"] += 1
        elif op == "column":
            P.emit(arts[args[0]].f["column"], tight="tight" in args)
            st["column label line"] += 1
        elif op == "byline":
            a = arts[args[0]]
            b = a.f["byline"].replace(BRK, "")
            k = next((int(o[6:]) for o in args[1:] if o.startswith("split=")), None)
            if k:
                P.emit(b[:k].rstrip(), tight=True)
                P.emit(b[k:].lstrip())
                st["byline broken between names"] += 1
            else:
                P.emit(b, tight="tight" in args)
        elif op == "body":
            P.body(arts[args[0]], args[1])
        elif op == "photo":
            a = arts[args[0]]
            cap = " ".join(a.paras).replace(BRK, "")
            credit = "" if "nocredit" in args else a.f["byline"].replace(BRK, "")
            if a.f["title"] and "notitle" not in args:
                P.emit(a.f["title"])
            if "own" in args:
                P.emit(cap)
                if credit:
                    P.emit(" " * rng.randint(30, 60) + credit)
                    st["credit right-aligned on its own line"] += 1
            elif "credit-first" in args:
                P.emit(credit)
                P.emit(cap)
            else:
                P.emit(cap + ("  " + credit if credit else ""))
        elif op == "raw":
            P.emit(rest)
            if "下转" in rest or "上接" in rest or "紧接" in rest:
                st["jump marker"] += 1
        elif op == "again":
            k = int(args[0]) if args else 1
            for text, _ in P.lines[-k:]:
                P.emit(text)
                P.dups.append(text.strip())
            st["line printed twice"] += k
        else:
            raise SystemExit(f"{path.name}: unknown layout directive {d!r}")
    for k in order:          # every chunk of every story must be printed once
        a = arts[k]
        if a.f["kind"] != "photo" and (a.paras or a.f["dateline"]):
            want = {(k, n) for n in range(len(a.chunks()))}
            if want - P.printed:
                raise SystemExit(f"{path.name}: chunks never printed {sorted(want - P.printed)}")
    # ---- assemble the page text
    if P.column:
        out = []
        for text, tight in P.lines:
            out.append(text + ("\n" if tight else "\n\n"))
        page = "".join(out) + "\n"
    else:
        page = "\n\n" + "\n\n".join(t for t, _ in P.lines)
    sha = hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
    name = f"{index:03d}_{sha}"
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": meta.get("issue") or None,
        "page_count": int(meta["pages"]) if meta.get("pages") else None,
        "articles": [arts[k].gold() for k in order],
        "extras": P.extras,
        "duplicates": P.dups,
    }
    return name, page, gold, meta, st


def table(rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    total: Counter = Counter()
    per_page = []
    rows = [["file", "issue date", "page", "layout", "punctuation", "articles", "characters", "subjects"]]
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        name, page, gold, meta, st = compose(src, i)
        (PAGES / (name + ".txt")).write_text(page, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(st)
        per_page.append(st)
        chars = len(re.sub(r"\s", "", page))
        rows.append([f"`{name}.txt`", meta["date"], meta.get("page", ""), meta["layout"],
                     meta.get("punct", "full"), str(len(gold["articles"])), str(chars),
                     meta.get("subjects", "")])
    prow = [["phenomenon", "count", "pages"]]
    for k in sorted(total):
        prow.append([k, str(total[k]), str(sum(1 for s in per_page if s[k]))])
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", table(prow)).replace("{{PAGES}}", table(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows) - 1} pages")


if __name__ == "__main__":
    main()
