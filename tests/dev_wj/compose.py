#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice (number spacing, squeezed lines,
glyph gaps) comes from a random.Random seeded by the source file name, so a
rebuild is byte-for-byte identical. See README.md for the source format.
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
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = "¦"
CUT_TYPES = {
    "u": "figure / unit",
    "v": "verb / figure",
    "w": "inside a word",
    "q": "inside a quoted term",
    "n": "inside a name (after two characters)",
    "c": "between sentences or clauses",
}
# punctuation classes of the column typesetting
CLOSE = set("，。、；：？！”’）》〉】…%,.;:?!)")
OPEN = set("“‘（《〈【(")
NO_SPACE_AFTER = set("，。、；：？！”’）》〉】（《〈【—…,;:?!()")
NO_SPACE_BEFORE = set("“‘（《〈【(")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×~]+")


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        assert kind in KINDS, kind
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.marker = ""        # the jump marker as printed, e.g. ▷(下转2版)
        self.width = 20         # column width in em (column layout)
        self.dl = "flow"        # column layout: dateline flows into the first paragraph, or "own"
        self.nums = (0.85, 0.5)  # column layout: chance of a space before / after a number run
        self.paras: list[str] = []   # with cut marks ¦x
        self.subheads: set[int] = set()
        self.credit_own = False


class Page:
    def __init__(self, name: str):
        self.name = name
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[list[str]] = []


def parse(path: Path) -> Page:
    pg = Page(path.name)
    art = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("%"):
            continue
        if line == "=layout":
            in_layout = True
            continue
        if in_layout:
            pg.layout.append(line.split(None, 2))
            continue
        if line.startswith("@"):
            aid, kind = line[1:].split()
            art = Article(aid, kind)
            pg.arts[aid] = art
            pg.order.append(aid)
            continue
        if line.startswith(">"):
            text = line[1:].strip()
            if text.startswith("## "):
                art.subheads.add(len(art.paras))
                text = text[3:]
            art.paras.append(text)
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if art is None:
            pg.meta[key] = val
        elif key in FIELDS:
            art.f[key] = val
        elif key == "marker":
            art.marker = val
        elif key == "width":
            art.width = float(val)
        elif key == "dl":
            art.dl = val
        elif key == "nums":
            a, b = val.split("/")
            art.nums = (float(a), float(b))
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return pg


def strip_cuts(s: str) -> str:
    return re.sub(CUT + "[a-z]?", "", s)


def pieces(text: str) -> list[tuple[str, str]]:
    """Split a paragraph at its cut marks: [(piece, cut type before it)]."""
    out, typ = [], ""
    for i, part in enumerate(text.split(CUT)):
        if i:
            typ, part = part[0], part[1:]
            assert typ in CUT_TYPES, (typ, text)
        out.append((part, typ))
    return out


# ---------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- column typesetting
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and s[i] not in ",.;:?!()":
            out.append(m.group())
            i = m.end()
        elif s[i] == " ":
            out.append(" ")      # a word space (between names in a dateline)
            i += 1
        else:
            out.append(s[i])
            i += 1
    return out


def em(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


def is_ascii(tok: str) -> bool:
    return tok != " " and ord(tok[0]) < 128 and tok not in CLOSE and tok not in OPEN


def is_cjk(tok: str) -> bool:
    return len(tok) == 1 and "\u4e00" <= tok <= "\u9fff"


def short_tail(toks) -> bool:
    """True when the next line would open with a name of two characters and its bracket."""
    for k, x in enumerate(toks[:5]):
        if x in "）)":
            return k <= 2
        if x == " ":
            return False
    return False


class Setter:
    """Breaks text into justified column lines the way the seeds print them."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def lines(self, text: str, width: float, indent: float, nums, forced_ok=True) -> list[str]:
        out = []
        for k, seg in enumerate(text.split(CUT)):
            # a ¦ inside a dateline or byline is a printed line break
            toks = tokens(seg)
            out += self._set(toks, width, indent if k == 0 else 0, nums)
        return out

    def _set(self, toks, width, indent, nums):
        lines, cur, cap, i, n = [], [], width - indent, 0, len(toks)
        while i < n:
            t = toks[i]
            if t == " " and not cur:
                i += 1
                continue
            w = em(t)
            if sum(em(x) for x in cur) + w <= cap:
                cur.append(t)
                i += 1
                continue
            # overflow: decide where this line ends
            ended_at_space = False
            if t == " ":
                ended_at_space = True      # the line ends at a word space
                i += 1
            elif " " in cur:
                j = len(cur) - 1 - cur[::-1].index(" ")
                tail = cur[j + 1:]
                if j > 0 and len(tail) <= 4 and not any(x in "）)" for x in tail):
                    i -= len(tail)         # never break inside a name of a dateline
                    cur = cur[:j]
                    ended_at_space = True
            if ended_at_space and short_tail(toks[i:]) and " " in cur[1:]:
                # a two-character name alone before the bracket: the typesetter
                # carries the word before it (通讯员) down as well
                j = len(cur) - 1 - cur[::-1].index(" ")
                if j > 0:
                    i -= len(cur) - j - 1
                    cur = cur[:j]
            if not ended_at_space:
                has_p = any(x in CLOSE for x in cur)
                if t in CLOSE and cur:
                    if self.rng.random() < (0.6 if has_p else 0.35):
                        cur.append(t)          # squeezed punctuation hangs in the line
                        i += 1
                    elif not is_ascii(cur[-1]):
                        cur.pop()              # push a character down: line falls short
                        i -= 1
                    else:
                        cur.append(t)
                        i += 1
                elif cur and cur[-1] in OPEN:
                    cur.pop()
                    i -= 1
                elif has_p and w == 1 and self.rng.random() < 0.3:
                    cur.append(t)              # squeezed line holds one more character
                    i += 1
                    if i < n and toks[i] in CLOSE:
                        cur.append(toks[i])
                        i += 1
            short = cap - sum(em(x) for x in cur) >= 1 and not ended_at_space
            lines.append(self.render(cur, short, nums))
            cur, cap = [], width
        if cur:
            lines.append(self.render(cur, False, nums))
        return lines

    def render(self, cur, spread, nums) -> str:
        cur = [x for x in cur]
        while cur and cur[-1] == " ":
            cur.pop()
        if spread and len(cur) > 3:
            self.stats["justified lines spread with spaces"] += 1
            s = ""
            for a, b in zip(cur, cur[1:] + [""]):
                s += a
                if b and a != " " and b != " " and a not in NO_SPACE_AFTER and b not in NO_SPACE_BEFORE:
                    s += " "
            return s
        s = ""
        for k, a in enumerate(cur):
            prev = cur[k - 1] if k else ""
            if is_ascii(a) and a[0].isdigit():
                if prev and (is_cjk(prev) or prev == "“") and self.rng.random() < nums[0]:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                if a.endswith("%") and len(a) > 2 and self.rng.random() < 0.08:
                    a = a[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += a
                nxt = cur[k + 1] if k + 1 < len(cur) else ""
                if nxt and is_cjk(nxt) and self.rng.random() < nums[1]:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if a == "、" and prev and self.rng.random() < 0.04:
                s = s.rstrip(" ") + " "
                self.stats["glyph-gap space around full-width punctuation"] += 1
            s += a
            if a == "“" and self.rng.random() < 0.05:
                s += " "
                self.stats["space after an opening quote"] += 1
        return re.sub(" +", " ", s)


# ---------------------------------------------------------------- layout
class Composer:
    def __init__(self, pg: Page):
        self.pg = pg
        self.mode = pg.meta["layout"]
        assert self.mode in ("column", "paragraph")
        self.pm = pg.meta.get("punct", "full")
        self.rng = random.Random(pg.name)
        self.stats: Counter = Counter()
        self.setter = Setter(self.rng, self.stats)
        self.out: list[tuple[str, bool]] = []   # (line, glued to the previous one)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.lead = False
        self.body_seen: set[str] = set()
        self.used: Counter = Counter()          # (article, paragraph, piece) printed
        self.head_seen: dict[str, Counter] = {}
        self.prev_op, self.prev_art = "", ""

    def P(self, s: str) -> str:
        return punct(s, self.pm)

    def emit(self, line: str, glued=False):
        if self.lead:
            line, self.lead = " " + line, False
            self.stats["leading space on a line"] += 1
        self.out.append((line, glued))

    def blank(self):
        self.out.append(("", False))

    # -- headline parts
    def part(self, a: Article, code: str) -> str:
        key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[code[0]]
        text = self.P(a.f[key])
        if len(code) > 1 and code[1].isdigit():     # t1, t2: a piece of a headline split at ¦
            return text.split(CUT)[int(code[1]) - 1].strip()
        return text.replace(CUT, "")

    def head(self, a: Article, spec: str):
        """spec: parts c k t s b (t1 t2 pieces at ¦); '+' same line, '|' next line, '/' glued line."""
        seen = self.head_seen.setdefault(a.id, Counter())   # across calls: a headline drawn twice
        toks = re.split(r"([|/])", spec)
        for gi, group in enumerate(toks):
            if group in ("|", "/"):
                continue
            glued = gi > 0 and toks[gi - 1] == "/"
            codes = group.split("+")
            texts = []
            for code in codes:
                txt = self.part(a, code)
                if not txt:
                    raise SystemExit(f"{self.pg.name}: {a.id} has no {code}")
                seen[code] += 1
                if seen[code] > 1:
                    self.dups.append(squash(txt))
                    self.stats["headline drawn twice"] += 1
                texts.append(txt)
            sep = "" if len(set(codes)) == 1 and len(codes) > 1 else " "
            if len(codes) > 1 and sep == " ":
                self.stats["headline parts joined on one line"] += 1
            self.emit(sep.join(texts), glued)
        if re.search(r"[ktsb][12]", spec):
            self.stats["headline broken over lines (last word alone, two phrases)"] += 1
        if "c" in spec:
            self.stats["column labels on their own line"] += 1
        if a.id in self.body_seen:
            self.stats["headline printed after its body"] += 1
        if self.prev_op == "head" and self.prev_art != a.id:
            self.stats["headlines bunched with another story's headline"] += 1

    # -- body text
    def para_refs(self, a: Article, rng_spec: str) -> list[tuple[int, int, int]]:
        """'2-4b' -> [(para, first piece, last piece)] (pieces 0-based, -1 = to the end)."""
        def one(ref):
            m = re.fullmatch(r"(\d+)([a-z]?)", ref)
            return int(m.group(1)) - 1, (ord(m.group(2)) - 97 if m.group(2) else None)
        lo, _, hi = rng_spec.partition("-")
        (p0, k0), (p1, k1) = one(lo), one(hi or lo)
        res = []
        for p in range(p0, p1 + 1):
            first = k0 if (p == p0 and k0 is not None) else 0
            last = k1 if (p == p1 and k1 is not None) else -1
            if not hi and k0 is not None:
                last = k0
            res.append((p, first, last))
        return res

    def body(self, a: Article, rng_spec: str, opts: dict):
        refs = self.para_refs(a, rng_spec)
        width = float(opts.get("w", a.width))
        lines_all = []
        for n, (p, k0, k1) in enumerate(refs):
            pcs = pieces(self.P(a.paras[p]))
            k1 = len(pcs) - 1 if k1 == -1 else k1
            text = "".join(t for t, _ in pcs[k0:k1 + 1])
            for k in range(k0, k1 + 1):
                self.used[(a.id, p, k)] += 1
            if k0 > 0 and n == 0:
                self.stats["cut: " + CUT_TYPES[pcs[k0][1]]] += 1
                if self.prev_op == "body" and self.prev_art == a.id:
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["paragraph continued after a piece of another story"] += 1
            starts_para = k0 == 0
            sub = p in a.subheads
            if p == 0 and starts_para and a.f["dateline"] and not (self.mode == "column" and a.dl == "own"):
                text = self.P(a.f["dateline"]) + text
            elif p == 0 and starts_para and a.f["dateline"]:
                for ln in self.setter.lines(self.P(a.f["dateline"]), width, 0, a.nums):
                    lines_all.append(ln)
            if n == 0 and "mk" in opts:
                text = self.P(a.marker) + text
                self.stats["jump markers"] += 1
            if self.mode == "paragraph":
                lines_all.append(text.replace(CUT, ""))
            else:
                if sub:
                    lines_all.append(text)
                    self.stats["crossheads"] += 1
                else:
                    indent = 2 if starts_para else 0
                    lines_all += self.setter.lines(text, width, indent, a.nums)
        dup = int(opts["dup"]) if "dup" in opts else None
        for i, ln in enumerate(lines_all, 1):
            self.emit(ln, glued=False)
            if dup == i:
                self.emit(ln)
                self.dups.append(squash(ln))
                self.stats["lines printed twice"] += 1

    def photo(self, a: Article, opts: dict):
        """Caption(s) and credit; the credit ends the last caption or stands alone (own)."""
        for p in range(len(a.paras)):
            self.used[(a.id, p, 0)] += 1
        caps = [self.P(p) for p in a.paras]
        credit = self.P(a.f["byline"])
        if a.f["title"] and "notitle" not in opts:
            self.emit(self.P(a.f["title"]).replace(CUT, ""))
        own = "own" in opts
        if credit and not own:
            caps[-1] = caps[-1] + (" " if self.mode == "column" or "sp" in opts else "") + credit
        for cap in caps:
            if self.mode == "column":
                for ln in self._wrap_plain(cap, float(opts.get("w", 44))):
                    self.emit(ln)
            else:
                self.emit(cap)
        if own and credit:
            self.emit(" " * int(opts.get("pad", 0)) + credit)
            self.stats["credits right-aligned on their own line"] += 1
        if credit.startswith("以上图片"):
            self.stats["group photo credits"] += 1

    def _wrap_plain(self, text: str, w: float) -> list[str]:
        out, cur = [], ""
        for t in tokens(text):
            if em(cur + t) > w and cur and t not in CLOSE:
                out.append(cur.rstrip())
                cur = ""
            cur += t
        out.append(cur.rstrip())
        return out

    def run(self):
        for item in self.pg.layout:
            op = item[0]
            arg = item[1] if len(item) > 1 else ""
            rest = item[2] if len(item) > 2 else ""
            self.step(op, arg, rest, item)
            if op == "body":
                self.body_seen.add(arg)
            if op != "lead":
                self.prev_op, self.prev_art = op, arg

    def step(self, op, arg, rest, item):
        if op == "lead":
            self.lead = True
        elif op == "blank":
            for _ in range(int(arg)):
                self.blank()
        elif op in ("mast", "extra"):
            spec = " ".join(item[1:])
            self.extras.append(squash(spec.replace("|", "").replace("/", "")))
            for gi, piece in enumerate(re.split(r"([|/])", spec)):
                if piece in "|/":
                    continue
                glued = gi > 0 and re.split(r"([|/])", spec)[gi - 1] == "/"
                self.emit(piece.strip(), glued)
                self.stats["masthead pieces" if op == "mast" else "box lines (countdowns, prompts, frames)"] += 1
                if op == "mast" and " " in piece.strip():
                    self.stats["masthead pieces merged on one line"] += 1
        elif op == "head":
            self.head(self.pg.arts[arg], rest or "k|t|s")
        elif op == "body":
            opts = {o.partition("=")[0]: o.partition("=")[2] for o in rest.split()}
            rspec = [o for o in rest.split() if "=" not in o and o not in ("mk",)]
            a = self.pg.arts[arg]
            self.body(a, rspec[0] if rspec else f"1-{len(a.paras)}", opts)
        elif op == "photo":
            opts = {o.partition("=")[0]: o.partition("=")[2] for o in rest.split()}
            self.photo(self.pg.arts[arg], opts)
        elif op == "marker":
            self.emit(self.P(self.pg.arts[arg].marker))
            self.stats["jump markers"] += 1
        elif op == "byline":
            a = self.pg.arts[arg]
            for k, piece in enumerate(self.P(a.f["byline"]).split(CUT)):
                self.emit(piece.strip(), glued=k > 0 and self.mode == "paragraph")
            if CUT in a.f["byline"]:
                self.stats["byline broken between names"] += 1
        elif op == "dup":
            a = self.pg.arts[arg]
            p, k0, k1 = self.para_refs(a, rest)[0]
            pcs = pieces(self.P(a.paras[p]))
            k1 = len(pcs) - 1 if k1 == -1 else k1
            text = "".join(t for t, _ in pcs[k0:k1 + 1])
            if p == 0 and k0 == 0 and a.f["dateline"]:
                text = self.P(a.f["dateline"]) + text
            self.emit(text)
            self.dups.append(squash(text))
            self.stats["lines printed twice"] += 1
        elif op == "raw":
            self.emit(" ".join(item[1:]))
        else:
            raise SystemExit(f"{self.pg.name}: unknown layout op {op}")

    def verify(self):
        """Every piece of every article printed exactly once (duplicates come on top)."""
        want = Counter()
        for a in self.pg.arts.values():
            for p, text in enumerate(a.paras):
                for k in range(len(pieces(text))):
                    want[(a.id, p, k)] += 1
        if want != self.used:
            bad = sorted(set(want) ^ set(self.used)) + [k for k in want if self.used[k] > 1]
            raise SystemExit(f"{self.pg.name}: pieces printed wrongly: {bad[:8]}")

    def text(self) -> str:
        if self.mode == "column":
            parts = []
            for line, _ in self.out:
                parts.append(line + "\n\n" if line else "\n")
            return "".join(parts) + "\n"
        s = "\n\n"
        first = True
        for line, glued in self.out:
            if first:
                s += line
                first = False
            elif glued:
                s += "\n" + line
            elif line == "":
                s += "\n"
            else:
                s += "\n\n" + line
        return s


# ---------------------------------------------------------------- gold
def gold_article(a: Article, pm: str) -> dict:
    d = {"kind": a.kind}
    for k in FIELDS:
        v = a.f[k]
        v = v.replace(CUT, "")     # a printed line break (inside a name, a date or a headline)
        d[k] = punct(re.sub(" +", " ", v).strip(), pm)
    paras = [punct(strip_cuts(p), pm) for p in a.paras]
    d["subheads"] = [paras[i] for i in sorted(a.subheads)]
    d["paragraphs"] = [squash(p) for p in paras]
    return d


def fix_names_in_fields(d: dict) -> dict:
    # a dateline or byline broken at ¦ keeps one space where names meet, none inside a date
    for k in ("byline", "dateline"):
        d[k] = re.sub(r"(?<=[0-9月日])\s+(?=[0-9日讯电])", "", d[k])
    return d


def build(src: Path):
    pg = parse(src)
    c = Composer(pg)
    c.run()
    c.verify()
    text = c.text()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = pg.meta["file"]
    name = f"{num}_{digest}"
    pm = pg.meta.get("punct", "full")
    arts = [fix_names_in_fields(gold_article(pg.arts[i], pm)) for i in pg.order]
    gold = {
        "source": name + ".txt",
        "issue_date": pg.meta["date"],
        "issue_number": pg.meta.get("issue") or None,
        "page_count": int(pg.meta["pages"]) if pg.meta.get("pages") else None,
        "articles": arts,
        "extras": c.extras,
        "duplicates": c.dups,
    }
    for a in pg.arts.values():
        if re.search(r"\d月" + CUT, a.f["dateline"]) or re.search(r"月\d+" + CUT, a.f["dateline"]):
            c.stats["dateline broken inside its date"] += 1
        if re.search(CUT + r" ?通讯员", a.f["dateline"] + a.f["byline"]):
            c.stats["line break before 通讯员"] += 1
    return pg, name, text, gold, c.stats


def dumps(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def nchars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def build_all():
    res = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        res.append(build(src))
    return res


def readme(results) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for *_, st in results:
        total.update(st)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        if total[k]:
            rows.append(f"| {k} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for pg, name, text, gold, st in results:
        prow.append(f"| {name}.txt | {gold['issue_date']} | {pg.meta['page']} | {pg.meta['layout']} | "
                    f"{pg.meta.get('punct', 'full')} | {len(gold['articles'])} | {nchars(text)} | "
                    f"{pg.meta.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    results = build_all()
    pages, gold = HERE / "pages", HERE / "gold"
    for d in (pages, gold):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for pg, name, text, g, st in results:
        (pages / (name + ".txt")).write_text(text, encoding="utf-8")
        (gold / (name + ".json")).write_text(dumps(g), encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    sys.exit(main())
