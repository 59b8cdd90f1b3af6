#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Everything is derived from src/pNN.txt; small choices use random.Random seeded
by the source file name, so the output is the same byte for byte on every run.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》…,.;:?!)%")      # may not start a line; no space after when spread
OPEN = set("“‘（《(")                             # may not end a line; no space before when spread
PUNCT = CLOSE | OPEN | set("—·")
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×]*")

WEEKDAYS = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()


# ----------------------------------------------------------------- helpers
def em(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        if unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’…—·":
            w += 1
        else:
            w += 0.5
    return w


def conv(s: str, punct: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = NUM.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def is_num(tok: str) -> bool:
    return bool(NUM.fullmatch(tok))


# ----------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.w = None
        self.paras = []      # list of (kind 'p'|'h', pieces, cut types)

    def para_text(self, i):
        return "".join(self.paras[i][1])


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if line.startswith("@"):
            aid, kind = line[1:].split()
            cur = arts[aid] = Article(aid, kind)
            mode = "art"
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "meta":
            meta[key] = val
        elif key in ("p", "h"):
            parts = re.split(r"\^([a-z]?)", val)
            pieces, cuts = parts[0::2], parts[1::2]
            cur.paras.append((key, pieces, cuts))
        elif key == "w":
            cur.w = float(val)
        elif key in FIELDS:
            cur.f[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout


def parse_pos(s: str, end: bool):
    if "^" in s:
        p, k = s.split("^")
        return int(p), int(k)
    return int(s), (None if end else 0)


# ----------------------------------------------------------------- page
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.punct = self.meta["punct"]
        self.col = self.meta["layout"] == "column"
        self.width = float(self.meta.get("width", 17))
        self.lines: list[tuple[str, bool]] = []   # (text, attach without blank line)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.marks: list[str] = []
        self.order: list[str] = []
        self.count = Counter()
        self.xgroup = None
        self.seen_body = set()
        self.printed = set()
        self.last_op = None

    # -- output
    def emit(self, text, nb=False):
        self.lines.append((text, nb))

    def c(self, s):
        return conv(s, self.punct)

    # -- artefact spacing of one run of text (a printed line)
    def space_line(self, toks, spread):
        rng, out = self.rng, []
        if spread:
            self.count["justified line spread with spaces"] += 1
            for i, t in enumerate(toks):
                if i and not (toks[i - 1] in CLOSE or t in OPEN):
                    out.append(" ")
                out.append(t)
            return "".join(out).strip()
        p_num = 0.75 if self.col else 0.06
        for i, t in enumerate(toks):
            if is_num(t) and rng.random() < p_num:
                mode = rng.random()
                self.count["spaces around a number run"] += 1
                if t.endswith("%") and rng.random() < 0.3:
                    t = t[:-1] + " %"
                    self.count["glyph gap before %"] += 1
                if mode < 0.55:
                    t = " " + t + " "
                elif mode < 0.85:
                    t = " " + t
            elif t == "“" and rng.random() < (0.08 if self.col else 0.03):
                t = "“ "
                self.count["space after an opening quote"] += 1
            elif t in "，、。" and i and is_num(toks[i - 1]) and rng.random() < 0.25:
                t = " " + t
                self.count["glyph gap before full-width punctuation"] += 1
            out.append(t)
        return re.sub(r" +", " ", "".join(out)).strip()

    # -- column wrapping of a stream of text pieces; '~' forces a break
    def wrap(self, text, W, indent, lead=0):
        """Wrap into column lines. `lead` is the length of a dateline heading the
        text: a line may not hold only 1-3 of its last characters before the body
        (the line before is set shorter instead, as the typesetter would)."""
        reduce = {}
        for _ in range(4):
            lines = self.wrap_once(text, W, indent, reduce)
            if not lead:
                break
            seen, bad = 0, None
            for i, (toks, cw, last) in enumerate(lines):
                n = len("".join(toks).replace(" ", ""))
                if seen < lead < seen + n:
                    tail = lead - seen
                    if tail < 4 and i:
                        bad = i
                    break
                seen += n
            if bad is None:
                break
            reduce[bad - 1] = reduce.get(bad - 1, 0) + 1
        return self.finish(text, W, lines)

    def wrap_once(self, text, W, indent, reduce):
        lines = []
        for n, chunk in enumerate(text.split("~")):
            chunk = chunk.strip()
            toks = tokens(chunk)
            cur, cw = [], (indent if n == 0 else 0)
            for t in toks:
                tw = em(t)
                cap = W - reduce.get(len(lines), 0)
                if cur and cw + tw > cap and not (t in CLOSE and cw + tw <= cap + 1):
                    carry = []
                    while cur and cur[-1] in OPEN:
                        carry.insert(0, cur.pop())
                    lines.append((cur, cw - em("".join(carry)), False))
                    cur, cw = carry, em("".join(carry))
                cur.append(t)
                cw += tw
            if cur:
                lines.append((cur, cw, True))
        return lines

    def finish(self, text, W, lines):
        if len(text.split("~")) > 1:
            self.count["line break forced inside a dateline or byline"] += len(text.split("~")) - 1
        out = []
        for toks, cw, last in lines:
            spread = False
            if not last:
                if W - cw >= 1:
                    spread = True
                else:
                    pairs = sum(1 for a, b in zip(toks, toks[1:]) if a in PUNCT and b in PUNCT)
                    npunct = sum(1 for t in toks if t in PUNCT)
                    if (pairs and self.rng.random() < 0.6) or (npunct >= 3 and self.rng.random() < 0.45):
                        spread = True
            out.append(self.space_line(toks, spread))
        return out

    # -- directives
    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            if op not in ("x", "box"):
                self.xgroup = None
            getattr(self, "do_" + op)(rest)
            self.last_op = op
        for a in self.arts.values():
            for p, (_, pieces, _) in enumerate(a.paras):
                for k in range(len(pieces)):
                    if (a.id, p, k) not in self.printed:
                        raise SystemExit(f"{self.src.name}: {a.id} para {p} piece {k} never printed")
            if a.id not in self.order:
                raise SystemExit(f"{self.src.name}: article {a.id} has no body")

    def add_extra(self, text, new_group):
        if self.xgroup is None or new_group:
            self.extras.append("")
            self.xgroup = len(self.extras) - 1
        self.extras[self.xgroup] += re.sub(r"\s+", "", text)

    def do_x(self, rest):
        nb = rest.startswith("+ ")
        text = rest[2:] if nb else rest
        self.add_extra(text, False)
        self.count["masthead piece / page furniture line"] += 1
        self.emit(self.c(text), nb)

    def do_box(self, rest):
        self.add_extra(rest, self.last_op != "box")
        self.count["short box line (countdown, code prompt, framed label)"] += 1
        self.emit(self.c(rest))

    def do_gap(self, rest):
        for _ in range(int(rest or 1)):
            self.emit("", False)

    def do_mark(self, rest):
        self.marks.append(self.c(rest))
        self.count["jump marker line"] += 1
        self.emit(self.c(rest))

    def do_col(self, rest):
        a = self.arts[rest.split()[0]]
        self.count["column label on its own line"] += 1
        self.emit(self.c(a.f["column"]), "nb" in rest.split())

    def do_head(self, rest):
        args = rest.split()
        a, opts = self.arts[args[0]], set(args[1:])
        if a.id in self.seen_body:
            self.count["headline printed after its body"] += 1
        parts = [(k, self.c(a.f[k])) for k in ("kicker", "title", "subtitle") if a.f[k]]
        if "join" in opts:
            line = " ".join(v.replace("|", "") for _, v in parts)
            self.count["headline stack joined on one line"] += 1
            self.emit(line, "nb" in opts)
            return
        first = True
        for k, v in parts:
            pieces = v.split("|")
            if len(pieces) > 1:
                self.count["headline broken over lines"] += 1
            for j, piece in enumerate(pieces):
                nb = ("nb" in opts and first) or (j > 0) or ("tight" in opts and not first)
                text = piece
                if k == "title" and "double" in opts and j == 0 and len(pieces) == 1:
                    text = piece + " " + piece
                    self.dups.append(piece.replace("|", ""))
                    self.count["headline doubled on one line"] += 1
                self.emit(text, nb)
                if k == "title" and "twice" in opts and len(pieces) == 1:
                    self.emit(piece, False)
                    self.dups.append(piece)
                    self.count["headline printed as two identical lines"] += 1
                first = False

    def do_by(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        pieces = self.c(a.f["byline"]).split("~")
        if len(pieces) > 1:
            self.count["byline broken between names"] += 1
        if a.kind != "photo":
            self.count["byline alone on its own line"] += 1
        for j, p in enumerate(pieces):
            self.emit(p.strip(), j > 0 or "nb" in args[1:])

    def do_photo(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        idx = [int(x) for x in args[1:] if x.isdigit()]
        sep = "sep" in args
        nocredit = "nocredit" in args
        self.note(a)
        rng = range(len(a.paras)) if not idx else idx
        for i in rng:
            self.printed.add((a.id, i, 0))
        texts = [self.c(a.para_text(i)) for i in rng]
        credit = self.c(a.f["byline"]).replace("~", "")
        for j, t in enumerate(texts):
            line = self.space_line(tokens(t), False) if self.col else t
            if j == len(texts) - 1 and credit and not sep and not nocredit:
                line = line + " " + credit
                self.count["photo credit on the caption line"] += 1
            self.emit(line)
        if credit and sep and not nocredit:
            self.emit(" " * (18 + self.rng.randrange(12)) + credit)
            self.count["credit right-aligned on a line of its own"] += 1

    def note(self, a):
        if a.id not in self.order:
            self.order.append(a.id)
        self.seen_body.add(a.id)

    def do_body(self, rest):
        prefix = ""
        if "|" in rest:
            rest, _, prefix = rest.partition("|")
            prefix = prefix.strip()
        args = rest.split()
        a = self.arts[args[0]]
        opts = set(args[2:])
        dup = "dup" in opts
        if not dup:
            self.note(a)
        lo, _, hi = args[1].replace("$", str(len(a.paras) - 1)).partition("-")
        hi = hi or lo.split("^")[0]
        (p0, k0), (p1, k1) = parse_pos(lo, False), parse_pos(hi, True)
        W = a.w or self.width
        segs = []
        for p in range(p0, p1 + 1):
            kind, pieces, cuts = a.paras[p]
            s = k0 if p == p0 else 0
            e = (k1 if k1 is not None else len(pieces)) if p == p1 else len(pieces)
            text = "".join(pieces[s:e])
            if p == p1 and k1 is not None:
                ct = cuts[k1 - 1]
                self.count[{"n": "story cut inside a person's name", "u": "story cut between a figure and its unit",
                            "f": "story cut between a verb and its figure", "w": "story cut inside a word",
                            "q": "story cut inside a quoted term"}.get(ct, "story cut mid-paragraph")] += 1
            segs.append((kind, text, s == 0, p))
            if not dup:
                for k in range(s, e):
                    key = (a.id, p, k)
                    if key in self.printed:
                        raise SystemExit(f"{self.src.name}: {a.id} para {p} piece {k} printed twice")
                    self.printed.add(key)
        first_line = True
        dup_text = []
        for kind, text, at_start, p in segs:
            text = self.c(text)
            dup_text.append(text)
            if kind == "h":
                self.emit(text)
                first_line = False
                continue
            lead = ""
            if p == 0 and at_start and a.f["dateline"]:
                lead = self.c(a.f["dateline"])
            if self.col:
                stream = lead + text if "~" in lead else lead + text
                if prefix and first_line:
                    stream = prefix + stream
                lines = self.wrap(stream, W, 2 if at_start else 0,
                                  len(re.sub(r"[\s~]", "", lead)) if lead else 0)
                for ln in lines:
                    self.emit(ln, False)
            else:
                lead = lead.replace("~", "")
                line = self.space_line(tokens(lead + text), False)
                if prefix and first_line:
                    line = prefix + line
                self.emit(line, False)
            first_line = False
        if prefix:
            self.marks.append(prefix)
            self.count["jump marker heading a continued text"] += 1
        if dup:
            self.dups.append("".join(dup_text))
            self.count["text printed twice (duplicate lines)"] += 1
        elif p0 == p1 and k0 and len(a.paras[p0][1]) > 1:
            pass

    def do_dup(self, rest):
        text, nb = self.lines[-1]
        self.emit(text, False)
        self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text))
        self.count["line printed twice"] += 1

    # -- results
    def text(self):
        out = "\n\n" if not self.col else " "
        for i, (t, nb) in enumerate(self.lines):
            if i:
                out += "\n" if nb else "\n\n"
            out += t
        return out + "\n"

    def gold_articles(self):
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            g = {"kind": a.kind}
            for k in FIELDS:
                v = self.c(a.f[k])
                v = v.replace("|", "").replace("~", "")
                g[k] = v
            g["subheads"] = [self.c("".join(pc)) for kd, pc, _ in a.paras if kd == "h"]
            g["paragraphs"] = [self.c("".join(pc)) for kd, pc, _ in a.paras]
            arts.append(g)
        return arts


def build():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    files, rows, marks, metas = {}, [], {}, {}
    total = Counter()
    for src in srcs:
        pg = Page(src)
        pg.run()
        text = pg.text()
        num = src.stem[1:].zfill(3)
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        m = pg.meta
        gold = {
            "source": name + ".txt",
            "issue_date": m["date"],
            "issue_number": int(m["issue"]) if m.get("issue") else None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": pg.gold_articles(),
            "extras": [e for e in pg.extras if e],
            "duplicates": pg.dups,
        }
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        marks[name + ".txt"] = list(pg.marks)
        metas[name + ".txt"] = dict(m, counts=dict(pg.count))
        chars = len(re.sub(r"\s+", "", text))
        total.update(pg.count)
        rows.append((name + ".txt", m["date"], m["page"], m["layout"], m["punct"],
                     len(gold["articles"]), chars, m.get("subjects", "")))
    # README
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    files["README.md"] = readme
    return files, rows, marks, metas


def main():
    files, rows, _, _ = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        keep = {Path(k).name for k in files if k.startswith(d + "/")}
        for old in p.iterdir():
            if old.name not in keep:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    for r in rows:
        print(f"{r[0]}  {r[1]} p{r[2]:>2} {r[3]:6} {r[4]:5} {r[5]:2} arts {r[6]} chars")


if __name__ == "__main__":
    sys.exit(main())
