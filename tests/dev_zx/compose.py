#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files
(pages/*.txt), their gold annotations (gold/*.json) and README.md.

Standard library only.  Every small choice is made by a random.Random seeded
with the source file name, so the output is the same byte for byte on every run.

Source format (see README.in / README.md for the full description):

    @page                 page header: date, page, layout, punct, front, ...
    @a ID                 one article: kind, width, num, kicker, title, subtitle,
                          column, byline, dateline, continued, p:/h: paragraphs
    @layout               drawing order: head, body, mark, pre, extra, dup, gap
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued")
# punctuation that may not begin a line (it hangs in the margin instead)
CLOSE = set("，。、；：？！”’）》〉」』,.;:?!)…")
# punctuation that may not end a line (it moves down with the next character)
OPEN = set("“‘（《〈「『(")
# full-width punctuation after which a spread line puts no space (half-width glyph)
NOSPACE_AFTER = set("，。、；：？！”’）》")
NOSPACE_BEFORE = set("“‘（《")
TOKEN = re.compile(r"[0-9A-Za-z]+(?:[.:/\-][0-9A-Za-z]+)*%?|.", re.S)
ASCII_RUN = re.compile(r"[0-9A-Za-z]")
CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])\s+"
                     r"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])")


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page, arts, order, layout = {}, {}, [], []
    mode, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line == "@page":
            mode = "page"
            continue
        if line.startswith("@a "):
            mode = "art"
            aid = line[3:].strip()
            cur = {"id": aid, "paras": []}
            arts[aid] = cur
            order.append(aid)
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        key, sep, val = line.partition(":")
        if not sep:
            raise SystemExit(f"{path.name}: bad line {line!r}")
        key, val = key.strip(), val.strip()
        if mode == "page":
            page[key] = val
        elif key in ("p", "h"):
            cur["paras"].append((key, val))
        else:
            cur[key] = val
    return {"page": page, "arts": arts, "order": order, "layout": layout}


# ---------------------------------------------------------------- text helpers
def conv(text: str, style: str) -> str:
    """Punctuation width of the page: full | halfbr | half."""
    if style in ("halfbr", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


def clean(text: str) -> str:
    """Gold form of a source string: print markers removed."""
    return text.replace("¦", "").replace("|", "")


def is_ideo(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.category(ch) == "Lo"


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if len(tok) > 1 or ASCII_RUN.match(tok):
        return 0.5 * len(tok)
    return 1.0 if unicodedata.east_asian_width(tok) in "WFA" else 0.5


def nsq(s: str) -> int:
    return len(re.sub(r"\s", "", s))


# ---------------------------------------------------------------- composer
class Page:
    def __init__(self, name: str, spec: dict, counts: Counter):
        self.name = name
        self.spec = spec
        self.pg = spec["page"]
        self.arts = spec["arts"]
        self.rnd = random.Random(name)
        self.style = self.pg.get("punct", "full")
        self.layout = self.pg["layout"]
        self.out: list[list] = []          # [text, newlines_after]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pending = ""
        self.counts = counts
        self.heads_seen: dict[str, set] = {}
        self.body_seen: set[str] = set()
        self.last_kind = None               # 'head' / 'body' / other, for bunching
        self.last_head_art = None
        self.printed: set = set()
        self.last_seg = None
        self.dup_mode = False

    # -- output primitives
    def emit(self, text: str, sep_before: int | None = None):
        if self.pending:
            text = self.pending + text
            self.pending = ""
        if sep_before is not None and self.out:
            self.out[-1][1] = sep_before
        self.out.append([text, 2])

    def c(self, key: str, n: int = 1):
        self.counts[key] += n

    # -- segments of an article
    def segments(self, art: dict) -> list[dict]:
        segs = []
        for pi, (k, txt) in enumerate(art["paras"]):
            pieces = txt.split("|")
            for j, piece in enumerate(pieces):
                segs.append({"para": pi, "piece": j, "last": j == len(pieces) - 1,
                             "sub": k == "h", "text": conv(piece, self.style)})
        return segs

    def pick(self, art: dict, rng: str) -> list[dict]:
        segs = self.segments(art)
        if rng in ("", "all"):
            return segs
        a, _, b = rng.partition("-")
        lo = int(a)
        hi = len(segs) if (_ and not b) else (int(b) if b else lo)
        return segs[lo - 1:hi]

    # -- column wrapping
    def tokens(self, text: str) -> list[str]:
        return TOKEN.findall(text)

    def wrap(self, toks: list[str], first_cap: float, cap: float):
        """Greedy fill; returns [(tokens, used_width, cap)]."""
        lines, cur, used, c = [], [], 0.0, first_cap
        for t in toks:
            if t == " " and not cur:
                continue
            tw = width(t)
            if not cur or used + tw <= c:
                cur.append(t)
                used += tw
                continue
            if t in CLOSE:                       # hangs in the margin
                cur.append(t)
                used += tw
                continue
            carry = []
            if cur and cur[-1] in OPEN:          # may not end a line
                carry = [cur.pop()]
                used -= width(carry[0])
            while cur and cur[-1] == " ":
                cur.pop()
                used -= 0.5
            lines.append((cur, used, c))
            cur = carry + ([] if t == " " else [t])
            used = sum(width(x) for x in cur)
            c = cap
        if cur:
            lines.append((cur, used, c))
        return lines

    def render(self, toks: list[str], spread: bool, art: dict) -> str:
        num = art.get("num", "none")
        if spread:
            out = ""
            for i, t in enumerate(toks):
                if t == " ":
                    continue
                if out and not out.endswith(" "):
                    prev = out[-1]
                    if not (prev in NOSPACE_AFTER or t in NOSPACE_BEFORE):
                        out += " "
                out += t
            self.c("justified line spread with spaces")
            return out
        out = ""
        for i, t in enumerate(toks):
            if ASCII_RUN.match(t) and len(t) >= 1 and t[0].isdigit():
                prev = toks[i - 1] if i else ""
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                body = t
                if t.endswith("%") and len(t) > 1 and float(art.get("pct", 0)) > self.rnd.random():
                    body = t[:-1] + " %"
                    self.c("glyph-gap space before %")
                if num in ("both", "before") and prev and is_ideo(prev[-1]):
                    out += " "
                    self.c("space around a number run")
                out += body
                if num == "both" and nxt and is_ideo(nxt[0]):
                    out += " "
                    self.c("space around a number run")
                continue
            if t in "、，。" and out and not out.endswith(" ") and \
                    float(art.get("gap", 0)) > self.rnd.random():
                out += " "
                self.c("glyph-gap space before full-width punctuation")
            out += t
            if t == "“" and float(art.get("qs", 0)) > self.rnd.random():
                out += " "
                self.c("space after an opening quote")
        return re.sub(r" {2,}", " ", out).strip(" ")

    def column_lines(self, art: dict, text: str, first_cap: float, cap: float,
                     last_is_end: bool) -> list[str]:
        lines = self.wrap(self.tokens(text), first_cap, cap)
        res = []
        sp_prob = float(art.get("spread", 0.0))
        for i, (toks, used, c) in enumerate(lines):
            final = i == len(lines) - 1
            short = (c - used) >= 1.5
            puncts = sum(1 for t in toks if t in "、，。；")
            spread = (not final and short) or \
                     (not final and puncts >= 2 and sp_prob > self.rnd.random())
            res.append(self.render(toks, spread, art))
        return res

    # -- commands
    def head(self, aid: str, spec: str):
        art = self.arts[aid]
        seen = self.heads_seen.setdefault(aid, set())
        if self.last_kind == "head" and self.last_head_art not in (None, aid):
            self.c("headline bunched with another story's headline")
        if aid in self.body_seen and art.get("kind") != "photo":
            self.c("headline printed after its body")
        parts = re.findall(r"([,;_+]?)(\^?)([ktscbv])(>?)", spec)
        first = True
        for joiner, lead, tk, right in parts:
            field = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column",
                     "b": "byline", "v": "verbatim"}[tk]
            val = conv(art.get(field, ""), self.style)
            if not val:
                raise SystemExit(f"{self.name}: {aid} has no {field}")
            dup = tk in seen
            seen.add(tk)
            chunks = re.split(r"(¦¦|¦)", val)
            pieces = [(chunks[0], None)]
            for k in range(1, len(chunks), 2):
                pieces.append((chunks[k + 1], chunks[k]))
            if tk in "kts" and len(pieces) > 1 and nsq(pieces[-1][0]) <= 5:
                self.c("headline's last word left alone on a line")
            if tk == "b" and len(pieces) > 1:
                self.c("line break inside a byline")
                if any(p.startswith("通讯员") for p, _ in pieces[1:]):
                    self.c("line break before 通讯员")
            for n, (ptxt, br) in enumerate(pieces):
                ptxt = ptxt.strip(" ")
                text = ptxt
                if lead and n == 0:
                    text = " " + text
                    self.c("line with a leading space")
                if right:
                    text = " " * 24 + text
                    self.c("credit right-aligned on a line of its own")
                if n == 0 and not first and joiner in "_+":
                    glue = " " if joiner == "_" else ""
                    self.out[-1][0] += glue + text
                    if dup:
                        self.dups.append(ptxt)
                        self.c("headline drawn twice on one line")
                    continue
                if n == 0:
                    sep = None if first else (1 if joiner == "," else 2)
                else:
                    sep = 1 if br == "¦" else 2
                self.emit(text, sep)
                if dup:
                    self.dups.append(ptxt)
                    self.c("headline drawn twice as two identical lines")
            first = False
        self.last_kind = "head"
        self.last_head_art = aid

    def body(self, aid: str, rng: str, opts: list[str]):
        art = self.arts[aid]
        segs = self.pick(art, rng)
        if not self.dup_mode:
            for sg in segs:
                key = (aid, sg["para"], sg["piece"])
                if key in self.printed:
                    raise SystemExit(f"{self.name}: {aid} segment printed twice")
                self.printed.add(key)
        W = float(art.get("width", 17))
        dl = conv(art.get("dateline", ""), self.style)
        for seg in segs:
            if seg["piece"] > 0 and not self.dup_mode:
                if self.last_seg == (aid, seg["para"], seg["piece"] - 1):
                    self.c("paragraph cut by a column break, nothing between")
                else:
                    self.c("paragraph cut and continued after another story's piece")
            self.last_seg = (aid, seg["para"], seg["piece"])
            first_of_art = seg["para"] == 0 and seg["piece"] == 0
            text = seg["text"]
            if self.layout == "para":
                if first_of_art and dl:
                    text = dl.replace("¦", "") + text
                self.emit(text)
                continue
            # column layout
            if seg["sub"]:
                self.emit(text)
                continue
            indent = 2.0 if seg["piece"] == 0 else 0.0
            if first_of_art and dl:
                head, bar, rest = dl.partition("¦")
                if bar:
                    self.c("line break inside a dateline")
                    self.emit(self.render(self.tokens(head), False, art))
                    text = rest + text
                    indent = 0.0
                else:
                    text = dl + text
                    indent = 0.0
            for ln in self.column_lines(art, text, W - indent, W, seg["last"]):
                self.emit(ln)
        if segs and any(o.startswith("&") for o in opts):
            for o in opts:
                if o in ("&b", "&&b"):
                    glue = " " if o == "&b" else ""
                    self.out[-1][0] += glue + conv(art["byline"], self.style)
                    self.c("photo credit at the end of its caption")
        self.body_seen.add(aid)
        self.last_kind = "body"

    def run(self):
        for cmd in self.spec["layout"]:
            op, _, rest = cmd.partition(" ")
            rest = rest.strip()
            if op != "body":
                self.last_seg = None
            if op == "head":
                aid, _, spec = rest.partition(" ")
                self.head(aid, spec.strip())
            elif op == "body":
                bits = rest.split()
                aid = bits[0]
                rng = bits[1] if len(bits) > 1 and not bits[1].startswith("&") else ""
                self.body(aid, rng, [b for b in bits[1:] if b.startswith("&")])
            elif op == "mark":
                self.emit(rest)
                self.extras.append(rest)
                self.c("jump marker")
                self.last_kind = "mark"
            elif op == "pre":
                self.pending = rest
                self.extras.append(rest)
                self.c("jump marker")
            elif op == "extra":
                pieces = re.split(r"([,;])", rest)
                self.emit(pieces[0])
                for k in range(1, len(pieces), 2):
                    self.emit(pieces[k + 1], 1 if pieces[k] == "," else 2)
                n = (len(pieces) + 1) // 2
                self.extras.append("".join(pieces[0::2]))
                self.c("masthead piece" if n > 1 else "box line (countdown, prompt, label)", n)
                self.last_kind = "extra"
            elif op == "dupseg":
                bits = rest.split()
                start = len(self.out)
                seen = set(self.body_seen)
                lk = self.last_kind
                self.dup_mode = True
                self.body(bits[0], bits[1] if len(bits) > 1 else "", [])
                self.dup_mode = False
                self.body_seen, self.last_kind = seen, lk
                for item in self.out[start:]:
                    self.dups.append(item[0].strip())
                    self.c("line printed twice")
            elif op == "dup":
                n = int(rest or 1)
                for text, _ in [list(x) for x in self.out[-n:]]:
                    self.emit(text)
                    self.dups.append(text.strip())
                    self.c("line printed twice")
            elif op == "gap":
                self.out[-1][1] += int(rest)
                self.c("extra blank lines")
            else:
                raise SystemExit(f"{self.name}: unknown layout command {cmd!r}")
        for aid in self.spec["order"]:
            art = self.arts[aid]
            for sg in self.segments(art):
                if (aid, sg["para"], sg["piece"]) not in self.printed:
                    raise SystemExit(f"{self.name}: {aid} segment {sg['text'][:12]} never printed")
            need = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
            for tk, f in need.items():
                if art.get(f) and tk not in self.heads_seen.get(aid, set()) and \
                        not (tk == "b" and art.get("kind") == "photo" and aid in self.body_seen):
                    raise SystemExit(f"{self.name}: {aid} {f} never printed")

    def text(self) -> str:
        buf = []
        for i, (t, sep) in enumerate(self.out):
            buf.append(t)
            if i < len(self.out) - 1:
                buf.append("\n" * sep)
        body = "".join(buf)
        if self.layout == "para":
            return "\n\n" + body
        return (" " if self.pg.get("lead", "1") == "1" else "") + body + "\n\n\n"

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.spec["order"]:
            a = self.arts[aid]
            paras, subs = [], []
            for k, txt in a["paras"]:
                t = conv(clean(txt), self.style)
                # gold paragraphs carry no space between Chinese characters;
                # the subhead list keeps the printed form (as seed 003 does)
                paras.append(CJK_GAP.sub("", t))
                if k == "h":
                    subs.append(t)
            g = {}
            for f in FIELDS:
                v = a.get(f, "")
                g[f] = a.get("kind", "news") if f == "kind" else conv(clean(v), self.style)
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        pg = self.pg
        return {
            "source": fname,
            "issue_date": pg["date"],
            "issue_number": pg.get("issue") or None,
            "page_count": int(pg["pagecount"]) if pg.get("pagecount") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build() -> dict:
    """Returns {relative path: text} for everything compose.py writes."""
    files, rows, total = {}, [], Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for idx, sp in enumerate(srcs):
        spec = parse(sp)
        counts = Counter()
        pg = Page(sp.name, spec, counts)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{idx:03d}_{h}"
        gold = pg.gold(stem + ".txt")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(counts)
        p = spec["page"]
        rows.append((stem + ".txt", p["date"], p["page"], p["layout"], p.get("punct", "full"),
                     len(gold["articles"]), nsq(text), p.get("subjects", ""), sp.name, counts))
    files["README.md"] = readme(rows, total)
    return files


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    lay = {"para": "paragraph", "column": "column"}
    pages = ["| file | source | issue date | page | layout | punctuation | articles | chars | subjects |",
             "|---|---|---|---|---|---|---:|---:|---|"]
    for f, d, pgno, l, pu, na, nc, subj, src, _ in rows:
        pages.append(f"| `{f}` | {src} | {d} | {pgno} | {lay[l]} | {pu} | {na} | {nc} | {subj} |")
    names = sorted(total)
    ph = ["| phenomenon | total | pages with it |", "|---|---:|---:|"]
    for n in names:
        ph.append(f"| {n} | {total[n]} | {sum(1 for r in rows if r[9][n])} |")
    import measure
    return (tpl.replace("{{PAGES}}", "\n".join(pages))
               .replace("{{PHENOMENA}}", "\n".join(ph))
               .replace("{{MEASURE}}", "\n".join(measure.measure())))


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file():
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
