#!/usr/bin/env python3
"""Lay out the hand-written page sources of src/ into raw page texts and gold files.

    python3 compose.py        writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice is drawn from random.Random(<source
file name>), so the output is the same byte for byte on every run.

Source format: see README.in (section "The source format").
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

# ---------------------------------------------------------------- constants
# measured on the column seeds 000 and 004 (see README "The two layouts"):
# body columns set 12 to 21 em wide; a paragraph's first line is indented 2 em;
# a non-final line whose natural width (CJK 1 em, full-width punctuation and
# ASCII 0.5 em) falls 1.5 em or more short of the column is spread with spaces.
SPREAD_SLACK = 1.5
INDENT = 2
CAPTION_WIDTH = 46          # photo captions on column pages wrap at ~46 em (seed 004)

PUNCT = set("，。、；：？！“”‘’（）《》…—·")
CLOSE = set("，。、；：？！”’）》…")      # may not begin a line
OPEN = set("“‘（《")                    # may not end a line
NOSPACE_AFTER = set("，。、；：？！”’）》（《")
NOSPACE_BEFORE = set("“‘（《）》")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/:,();]+")

CUT = "¦"          # cut point in a paragraph, followed by a one-letter type
BRK = "⏎"          # printed line break, a blank line follows (not in gold)
TBRK = "↩"         # printed line break, no blank line (not in gold)
CUT_TYPES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "m": "cut between a noun and its measure word (figure)",
    "x": "cut at another point",
}

HALF = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}
MIXED = {"（": "(", "）": ")"}


def strip_marks(s: str) -> str:
    s = re.sub(CUT + "[a-z]", "", s)
    return s.replace(BRK, "").replace(TBRK, "")


def convert(s: str, punct: str) -> str:
    table = {"full": {}, "mixed": MIXED, "half": HALF}[punct]
    return "".join(table.get(c, c) for c in s)


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


# ---------------------------------------------------------------- parsing
class Article:
    FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

    def __init__(self, aid: str, kind: str):
        self.id = aid
        self.f = {k: "" for k in self.FIELDS}
        self.f["kind"] = kind
        self.marker = ""
        self.width = 0
        self.paras: list[tuple[bool, str]] = []     # (is_subhead, text with marks)

    def gold(self, punct: str) -> dict:
        f = dict(self.f)
        # a printed break inside a byline is a space in the gold; inside a
        # dateline it is a space too, except inside the date ("6月⏎18日讯")
        f["byline"] = re.sub("[" + BRK + TBRK + "]", " ", f["byline"])
        f["dateline"] = re.sub(r"(?<![\d月报])[" + BRK + TBRK + "](?!通讯员)", " ", f["dateline"])
        f["dateline"] = re.sub("[" + BRK + TBRK + "]通讯员", " 通讯员", f["dateline"])
        f["dateline"] = re.sub(r"  +", " ", f["dateline"])
        g = {k: convert(strip_marks(f[k]), punct) for k in self.FIELDS}
        g["kind"] = self.f["kind"]
        g["subheads"] = [convert(strip_marks(t), punct) for sh, t in self.paras if sh]
        g["paragraphs"] = [convert(strip_marks(t), punct) for sh, t in self.paras]
        return g


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur = None
    mode = "meta"
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("@layout"):
            mode = "layout"
            continue
        if ln.startswith("@"):
            aid, kind = ln[1:].split()
            cur = Article(aid, kind)
            arts[aid] = cur
            mode = "art"
            continue
        if mode == "meta":
            k, v = ln.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "art":
            if ln.startswith(">§"):
                cur.paras.append((True, ln[2:].strip()))
            elif ln.startswith(">"):
                cur.paras.append((False, ln[1:].strip()))
            else:
                k, v = ln.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "marker":
                    cur.marker = v
                elif k == "width":
                    cur.width = int(v)
                else:
                    cur.f[k] = v
        else:
            layout.append(ln.rstrip())
    return meta, arts, layout


# ---------------------------------------------------------------- layout engine
class Page:
    def __init__(self, name: str, meta: dict, arts: dict, layout: list):
        self.name = name
        self.meta = meta
        self.arts = arts
        self.layout = layout
        self.col = meta["layout"] == "column"
        self.punct = meta.get("punct", "full")
        self.rng = random.Random(name)
        self.stat = Counter()
        self.lines: list[tuple[str, str]] = []      # (separator before, text)
        self.extras: list[str] = []
        self.mast: list[str] = []
        self.dups: list[str] = []
        self.printed: dict[tuple, list[str]] = {}   # (aid, piece) -> printed lines

    # -- small helpers
    def cv(self, s: str) -> str:
        return convert(s, self.punct)

    def emit(self, texts, sep_first="\n\n", inner="\n\n"):
        for i, t in enumerate(texts):
            self.lines.append((sep_first if i == 0 else inner, t))

    def split_marked(self, s: str):
        """Split a printed element at BRK / TBRK into (sep, text) pieces."""
        out, sep, buf = [], None, ""
        for c in s:
            if c in (BRK, TBRK):
                out.append((sep, buf))
                sep, buf = ("\n\n" if c == BRK else "\n"), ""
            else:
                buf += c
        out.append((sep, buf))
        return out

    def emit_marked(self, s: str, sep_first: str, prefix: str = ""):
        parts = self.split_marked(self.cv(s))
        for i, (sep, t) in enumerate(parts):
            self.lines.append((sep_first if i == 0 else sep, (prefix if i == 0 else "") + t))
        return [t for _, t in parts]

    # -- column line breaking
    @staticmethod
    def tokens(s: str):
        toks, i = [], 0
        while i < len(s):
            m = ASCII_RUN.match(s, i)
            if m:
                toks.append(m.group())
                i = m.end()
            else:
                toks.append(s[i])
                i += 1
        return toks

    @staticmethod
    def box_w(t: str) -> float:
        if ASCII_RUN.fullmatch(t):
            return 0.5 * len(t)
        return sum(0.5 if ord(c) < 128 else 1.0 for c in t) if len(t) > 1 else 1.0

    @staticmethod
    def nat_w(t: str) -> float:
        if ASCII_RUN.fullmatch(t):
            return 0.5 * len(t)
        if len(t) > 1:
            return sum(0.5 if (ord(c) < 128 or c in PUNCT) else 1.0 for c in t)
        return 0.5 if t in PUNCT else 1.0

    def dl_tokens(self, seg: str, dlen: int):
        """Tokens of a segment whose first dlen characters belong to the dateline:
        the names in the dateline's brackets are never broken."""
        head, tail = seg[:dlen], seg[dlen:]
        k = max(head.find("（"), head.find("("))
        pre, names = (head[:k + 1], head[k + 1:]) if k >= 0 else ("", head)
        toks = self.tokens(pre)
        words = [w for w in re.split(r"( )", names) if w]
        # a closing name shorter than 4 characters is kept with the word before it,
        # so that no line starts with a dateline scrap too short to be traced
        if len(words) >= 3 and len(words[-1]) < 4 and words[-2] == " ":
            words[-3:] = ["".join(words[-3:])]
        return toks + words + self.tokens(tail)

    def wrap(self, toks, first_cap, cap):
        """Greedy fill; closing punctuation is squeezed in, opening punctuation pushed down."""
        lines, cur, w, c = [], [], 0.0, first_cap
        for t in toks:
            bw = self.box_w(t)
            if cur and w + bw > c and not (t in CLOSE):
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, c))
                cur, w, c = carry, sum(self.box_w(x) for x in carry), cap
            cur.append(t)
            w += bw
        if cur:
            lines.append((cur, c))
        return lines

    def render_plain(self, toks):
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if ASCII_RUN.fullmatch(t) and re.match(r"\d", t):
                if prev and is_cjk(prev[-1]) and self.rng.random() < 0.8:
                    out.append(" ")
                    self.stat["space before a number run"] += 1
                if "%" in t and len(t) > 1 and self.rng.random() < 0.06:
                    t = t.replace("%", " %")
                    self.stat["glyph-gap space before %"] += 1
                out.append(t)
                if nxt and is_cjk(nxt[0]):
                    p = 0.3 if t.endswith("%") else 0.7
                    if self.rng.random() < p:
                        out.append(" ")
                        self.stat["space after a number run"] += 1
                continue
            if t in "、，；" and prev and is_cjk(prev[-1]) and self.rng.random() < 0.025:
                out.append(" ")
                self.stat["glyph-gap space before full-width punctuation"] += 1
            out.append(t)
            if t == "“" and nxt and is_cjk(nxt[0]) and self.rng.random() < 0.06:
                out.append(" ")
                self.stat["space after an opening quote"] += 1
        return "".join(out)

    def render_spread(self, toks):
        self.stat["justified line spread with spaces"] += 1
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a in NOSPACE_AFTER or b in NOSPACE_BEFORE:
                out += b
            else:
                out += " " + b
        return out

    def column_lines(self, art: Article, piece: int, texts):
        """texts: list of (kind, text) where kind in first/para/cont/sub/dl."""
        W = art.width
        out = []
        for kind, s in texts:
            if kind == "sub":
                out.append(self.cv(s))
                continue
            segs = self.split_marked(self.cv(s))
            for si, (_, seg) in enumerate(segs):
                dl = self.cv(art.f["dateline"])
                dsegs = [x for _, x in self.split_marked(dl)] if dl else []
                if piece == 0 and kind == "para" and texts and s == texts[0][1] and si < len(dsegs):
                    toks = self.dl_tokens(seg, len(dsegs[si]))
                else:
                    toks = self.tokens(seg)
                if not toks:
                    continue
                indent = INDENT if (si == 0 and kind in ("first", "para")) else 0
                lines = self.wrap(toks, W - indent, W)
                for li, (lt, cap) in enumerate(lines):
                    last = li == len(lines) - 1
                    slack = cap - sum(self.nat_w(x) for x in lt)
                    if not last and slack >= SPREAD_SLACK and len(lt) > 2:
                        out.append(self.render_spread(lt).strip())
                    else:
                        out.append(self.render_plain(lt).strip())
        return out

    # -- body pieces
    def pieces(self, art: Article, count: bool = False):
        """Split the body (dateline + paragraphs) at the cut marks into pieces.
        Each piece is a list of (kind, text): kind first = starts a paragraph,
        cont = continues a paragraph cut before, sub = subhead."""
        res, cur = [], []
        for pi, (sh, text) in enumerate(art.paras):
            if pi == 0 and art.f["dateline"] and not sh:
                text = art.f["dateline"] + text
            parts = re.split(CUT + "([a-z])", text)
            segs = parts[0::2]
            types = parts[1::2]
            for si, seg in enumerate(segs):
                if si > 0:
                    res.append(cur)
                    cur = []
                    if count:
                        self.stat[CUT_TYPES[types[si - 1]]] += 1
                kind = "sub" if sh else ("para" if si == 0 else "cont")
                cur.append((kind, seg))
        res.append(cur)
        return res

    def print_body(self, aid, k, flags):
        art = self.arts[aid]
        pcs = self.pieces(art)
        texts = pcs[k]
        if self.col:
            lines = self.column_lines(art, k, texts)
            if k == 0 and art.marker and "markinline" in flags:
                lines[0] = self.cv(art.marker) + lines[0]
                self.stat["jump marker"] += 1
        else:
            lines = []
            for kind, s in texts:
                for sep, t in self.split_marked(self.cv(s)):
                    lines.append(t)
            if k == 0 and art.marker and "markinline" in flags:
                lines[0] = self.cv(art.marker) + lines[0]
                self.stat["jump marker"] += 1
        self.printed[(aid, k)] = lines
        self.emit(lines, self.sep(flags))
        return lines

    def sep(self, flags):
        return "\n" if "tight" in flags else "\n\n"

    # -- ops
    def run(self):
        seen_body = set()
        prev_op = None
        for ln in self.layout:
            op, *rest = ln.split(" ", 1)
            arg = rest[0] if rest else ""
            if op in ("mast", "extra"):
                text = arg
                parts = self.emit_marked(text, "\n\n")
                if op == "mast":
                    self.mast.append(self.cv(strip_marks(text)))
                    self.stat["masthead piece"] += len(parts)
                else:
                    self.extras.append(self.cv(strip_marks(text)))
                    self.stat["box line (countdown, code prompt, notice)"] += len(parts)
                prev_op = op
                continue
            if op == "gap":
                self.lines.append(("\n" * int(arg), None))
                continue
            words = arg.split()
            aid = words[0]
            flags = set(words[1:])
            art = self.arts[aid]
            sepf = self.sep(flags)
            if op == "head":
                parts = [w for w in words[1:] if re.fullmatch(r"[kts]+", w)]
                which = parts[0] if parts else "kts"
                self.print_head(art, which, flags, sepf)
                if aid in seen_body:
                    self.stat["headline printed after its body"] += 1
                if prev_op == "head":
                    self.stat["headline bunched with another story's headline"] += 1
            elif op == "col":
                self.emit_marked(art.f["column"], sepf, " " if "sp" in flags else "")
                self.stat["column label on its own line"] += 1
            elif op == "by":
                parts = self.emit_marked(art.f["byline"], sepf)
                if len(parts) > 1:
                    self.stat["line break inside a byline"] += 1
            elif op == "body":
                k = int(words[1])
                self.print_body(aid, k, flags)
                seen_body.add(aid)
                if k == 0:
                    d = art.f["dateline"]
                    bits = re.split("[" + BRK + TBRK + "]", d)
                    for a, b in zip(bits, bits[1:]):
                        if b.startswith("通讯员"):
                            self.stat["line break before 通讯员"] += 1
                        elif re.search(r"(\d+月|日报)$", a):
                            self.stat["line break inside a dateline's date"] += 1
                        else:
                            self.stat["line break between a dateline's names"] += 1
                if (aid, k - 1) in self.printed and prev_op == ("body", aid, k - 1):
                    self.stat["paragraph split by a column break, nothing between"] += 1
                elif k > 0:
                    self.stat["story continued after a piece of another story"] += 1
                prev_op = ("body", aid, k)
                continue
            elif op == "photo":
                self.print_photo(art, flags, sepf)
                seen_body.add(aid)
            elif op == "mark":
                self.emit([self.cv(art.marker)], sepf)
                self.stat["jump marker"] += 1
            elif op == "dup":
                k = int(words[1])
                n = int(words[2]) if len(words) > 2 and words[2].isdigit() else None
                if (aid, k) in self.printed:
                    src = self.printed[(aid, k)]
                elif not self.col:
                    src = [t for kind, x in self.pieces(art)[k] for _, t in self.split_marked(self.cv(x))]
                else:
                    raise SystemExit(f"{self.name}: dup of {aid} {k} before it is printed")
                again = src[-n:] if n else src
                self.emit(again, sepf)
                self.dups.extend(again)
                self.stat["line printed twice"] += len(again)
            prev_op = op

    def verify(self):
        for aid, art in self.arts.items():
            if art.f["kind"] == "photo":
                continue
            for k in range(len(self.pieces(art, count=True))):
                if (aid, k) not in self.printed:
                    raise SystemExit(f"{self.name}: piece {k} of {aid} never printed")

    def print_head(self, art, which, flags, sepf):
        order = [("k", "kicker"), ("t", "title"), ("s", "subtitle")]
        parts = [art.f[f] for c, f in order if c in which and art.f[f]]
        if not parts:
            return
        if "join" in flags or not self.col:
            text = " ".join(self.cv(p.replace(BRK, "").replace(TBRK, "")) for p in parts)
            if "double" in flags:
                t = self.cv(strip_marks(art.f["title"]))
                text = text.replace(t, t + t, 1)
                self.dups.append(t)
                self.stat["headline drawn twice on one line"] += 1
            self.emit([(" " if "sp" in flags else "") + text], sepf)
            if "twice" in flags:
                self.emit([text], "\n\n")
                self.dups.append(text)
                self.stat["headline drawn twice on two lines"] += 1
            return
        inner = "\n" if "tl" in flags else "\n\n"
        first = True
        for c, f in order:
            if c not in which or not art.f[f]:
                continue
            s = art.f[f]
            if f == "title" and "double" in flags:
                t = self.cv(strip_marks(s))
                s = strip_marks(s) + strip_marks(s)
                self.dups.append(t)
                self.stat["headline drawn twice on one line"] += 1
            segs = self.split_marked(self.cv(s))
            if f == "title" and len(segs) > 1 and len(segs[-1][1]) <= 5:
                self.stat["headline's last word left alone on a line"] += 1
            for i, (sp, t) in enumerate(segs):
                sep = (sepf if first else inner) if i == 0 else sp
                if first and "sp" in flags:
                    t = " " + t
                self.lines.append((sep, t))
                first = False
            if f == "title" and "twice" in flags:
                t = self.cv(strip_marks(s))
                self.lines.append(("\n\n", t))
                self.dups.append(t)
                self.stat["headline drawn twice on two lines"] += 1

    def print_photo(self, art, flags, sepf):
        first = True
        if art.f["title"]:
            self.emit([self.cv(strip_marks(art.f["title"]))], sepf)
            first = False
        cap_lines = []
        for sh, t in art.paras:
            t = self.cv(strip_marks(t))
            if self.col and "wrap" in flags:
                toks = self.tokens(t)
                cap_lines += ["".join(x) for x, _ in self.wrap(toks, CAPTION_WIDTH, CAPTION_WIDTH)]
            else:
                cap_lines.append(t)
        credit = self.cv(strip_marks(art.f["byline"]))
        if credit and "inline" in flags:
            cap_lines[-1] = cap_lines[-1] + " " + credit
            credit = ""
        elif credit and "before" in flags:
            cap_lines.insert(0, credit)
            credit = ""
        self.emit(cap_lines, sepf if first else "\n\n")
        if credit:
            if "right" in flags:
                pad = " " * self.rng.randint(18, 30)
                self.emit([pad + credit], "\n\n")
                self.stat["credit right-aligned on a line of its own"] += 1
            else:
                self.emit([credit], "\n\n")

    def text(self) -> str:
        out = "\n\n" if not self.col else ""
        first = True
        pending = ""
        for sep, t in self.lines:
            if t is None:
                pending += sep
                continue
            if first:
                out += pending + t
                first = False
            else:
                out += sep + pending + t
            pending = ""
        return out + ("\n\n\n" if self.col else "")


# ---------------------------------------------------------------- build
def gold_for(page: Page, fname: str) -> dict:
    m = page.meta
    arts = [a.gold(page.punct) for a in page.arts.values()]
    extras = []
    if page.mast:
        extras.append("".join(page.mast))
    extras += page.extras
    return {
        "source": fname,
        "issue_date": m["date"],
        "issue_number": m.get("issue") or None,
        "page_count": int(m["pagecount"]) if m.get("pagecount") else None,
        "articles": arts,
        "extras": extras,
        "duplicates": page.dups,
    }


def uncovered(text: str, g: dict):
    """Lines of the page whose text the gold does not cover (the scorer's rule)."""
    sys.path.insert(0, "/work/shared/tools")
    import score
    hay = "\u0000".join(score.squash(x) for x in score.strings_in(g["articles"]) + g["extras"] + g["duplicates"])
    bad = []
    for line in text.splitlines():
        q = score.squash(re.sub(r"^[▷▶▲ ]+[(（][上下紧]接?转?\d版[①-⑳]?[)）]", "", line.strip()))
        if score.covered(q, hay) < len(q) and not re.fullmatch(r"[▷▶▲ ]*[(（][上下紧]接?转?\d版[①-⑳]?[)）]", line.strip()):
            bad.append(line)
    return bad


def nows(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build():
    files: dict[str, str] = {}
    rows, totals = [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for i, sp in enumerate(srcs, 1):
        meta, arts, layout = parse(sp)
        page = Page(sp.name, meta, arts, layout)
        page.run()
        page.verify()
        text = page.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        g = gold_for(page, stem + ".txt")
        lost = uncovered(text, g)
        if lost:
            raise SystemExit(f"{sp.name}: lines not fully covered by the gold: {lost[:5]}")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        totals.update(page.stat)
        totals["articles"] += len(arts)
        rows.append((stem, meta, page, len(arts), nows(text), sp.name))
    files["README.md"] = readme(rows, totals)
    return files


def readme(rows, totals) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(totals, key=lambda x: (-totals[x], x)):
        if k == "articles":
            continue
        ph.append(f"| {k} | {totals[k]} |")
    pg = ["| file | source | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---:|---:|---|"]
    for stem, meta, page, n, chars, src in rows:
        pg.append(f"| {stem}.txt | {src} | {meta['date']} | {meta['page']} | {meta['layout']} | "
                  f"{meta.get('punct', 'full')} | {n} | {chars} | {meta.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
