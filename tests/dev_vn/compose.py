#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (spaces around a number run, which
lines come out justified) is drawn from a random.Random seeded by the source
file name, so the output is the same on every run.

Source format (see README.in for the long version):

    == page            key: value lines (num, date, page, layout, punct, ...)
    == art ID          key: value lines, then `text:` and one paragraph a line
    == layout          one directive a line (mast, extra, head, body, mark, photo, dup, gap)

Inside text:  `¦` cuts a paragraph into pieces (laid out apart, joined in gold),
`## ` starts a crosshead, `^` in a headline/byline/dateline is a printed line break.
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
CUT = "¦"
BRK = "^"
# punctuation the seeds' typesetting compresses to half an em
COMP = "，。、；：？！（）,.;:?!()"
CLOSE = "，。、；：？！”’）》,.;:?!)"
OPEN = "“‘（《("
NOSP_AFTER = "，。、；：？！”’）》（《(,;:?!)"
NOSP_BEFORE = "“‘（《》）()"
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%×+\-]*")


# ---------------------------------------------------------------- parsing
class Art:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued", "marker",
                                  "width", "credit")}
        self.f["kind"] = "news"
        self.paras: list[str] = []

    def pieces(self):
        """Pieces of the body: list of list-of-(para_index, fragment, starts_para)."""
        out, cur = [], []
        for i, p in enumerate(self.paras):
            frags = p.split(CUT)
            for j, fr in enumerate(frags):
                if j > 0:
                    out.append(cur)
                    cur = []
                cur.append((i, fr, j == 0))
        out.append(cur)
        return out


def parse(path: Path):
    page, arts, order, layout = {}, {}, [], []
    sect, cur, in_text = None, None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("%%"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            sect, in_text = head[0], False
            if sect == "art":
                cur = Art(head[1])
                arts[cur.id] = cur
                order.append(cur.id)
            continue
        if not line.strip():
            continue
        if sect == "page":
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif sect == "art":
            if in_text:
                cur.paras.append(line.strip())
            elif line.strip() == "text:":
                in_text = True
            else:
                k, v = line.split(":", 1)
                cur.f[k.strip()] = v.strip()
        elif sect == "layout":
            layout.append(line.strip())
    return page, arts, order, layout


# ------------------------------------------------------------ punctuation
def punct(s: str, style: str) -> str:
    if style in ("halfbr", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":"), ("？", "?"), ("！", "!")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BRK, "")


# ------------------------------------------------------------- column text
def cw(tok: str) -> float:
    if tok == " ":
        return 0.5
    w = 0.0
    for c in tok:
        w += 0.5 if (ord(c) < 128 or c in COMP) else 1.0
    return w


def tokens(text: str):
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


class Col:
    """Column typesetting measured on seeds 000 and 004."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def wrap(self, text: str, width: float, indent: bool, forced: set[int], dl_len: int = 0):
        """Greedy fill; returns list of (tokens, short) lines.  forced: token
        indexes before which a line must break (a `^` in a dateline)."""
        toks = tokens(text)
        lines, cur, w = [], [], 0.0
        lim = width - (2 if indent else 0)
        for n, t in enumerate(toks):
            x = cw(t)
            if n in forced and cur:
                lines.append((cur, False))
                cur, w, lim = [], 0.0, width
            elif cur and w + x > lim + 1e-9 and not (t in CLOSE):
                carry = []
                # never leave fewer than 4 characters of a dateline to open the next line
                # (the seeds break datelines before a name, not inside its last characters)
                while dl_len and n < dl_len and dl_len - n < 5 and len(cur) > 1 and dl_len - n + len(carry) < 5:
                    carry.insert(0, cur.pop())
                    w -= cw(carry[0])
                if carry:
                    lines.append((cur, False))
                    cur, w, lim = carry, sum(cw(c) for c in carry), width
                    cur.append(t)
                    w += x
                    continue
                while len(cur) > 1 and cur[-1] in OPEN:  # an opening mark never ends a line
                    carry.insert(0, cur.pop())
                    w -= cw(carry[0])
                lines.append((cur, w <= lim - 1.0))
                cur, w, lim = carry, sum(cw(c) for c in carry), width
            cur.append(t)
            w += x
        lines.append((cur, False))
        return lines

    def render(self, toks, spread: bool) -> str:
        rng, st = self.rng, self.stats
        if spread:
            st["justified line spread with spaces"] += 1
            s = ""
            for t in toks:
                if t == " ":
                    continue
                if s and s[-1] not in NOSP_AFTER and t[0] not in NOSP_BEFORE:
                    s += " "
                s += t
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if NUMRUN.fullmatch(t) and t[0].isdigit():
                r = rng.random()
                pre = r < 0.69 and prev not in ("", " ") and ord(prev[-1]) > 127
                post = (r < 0.40 or 0.69 <= r < 0.79) and nxt not in ("", " ") and ord(nxt[0]) > 127
                if pre or post:
                    st["space around a number run"] += 1
                if t.endswith("%") and rng.random() < 0.12 and len(t) > 1:
                    t = t[:-1] + " %"
                    st["glyph-gap space before %"] += 1
                s += (" " if pre else "") + t + (" " if post else "")
                continue
            if t in "，、；。" and prev and prev not in (" ",) and rng.random() < 0.035:
                s += " "
                st["glyph-gap space before full-width punctuation"] += 1
            s += t
            if t == "“" and nxt and rng.random() < 0.08:
                s += " "
                st["space after an opening quote"] += 1
        return re.sub(" +", " ", s)


# ------------------------------------------------------------------ layout
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.page, self.arts, self.order, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.stats: Counter = Counter()
        self.style = self.page.get("punct", "full")
        self.col = self.page.get("layout") == "column"
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.seen_art: list[str] = []
        self.printed: set = set()
        self.head_used: Counter = Counter()
        self.colt = Col(self.rng, self.stats)

    def p(self, s: str) -> str:
        return punct(s, self.style)

    def touch(self, aid: str):
        if aid not in self.seen_art:
            self.seen_art.append(aid)

    # -- directives
    def d_multi(self, arg: str):
        lines = [x.strip() for x in arg.split("|")]
        self.blocks.extend(self.p(x).replace("/", "\n") for x in lines)
        self.extras.append(self.p("".join(x.replace("/", "") for x in lines)).replace(" ", ""))

    def d_head(self, a: Art, spec: str):
        self.touch(a.id)
        name = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
        used = self.head_used
        out = ""
        for ch in spec:
            if ch in name:
                v = self.p(a.f[name[ch]])
                used[(a.id, ch)] += 1
                if used[(a.id, ch)] >= 2:
                    self.dups.append(clean(v).replace(" ", ""))
                    self.stats["headline drawn twice"] += 1
                if BRK in v:
                    self.stats["line break inside a headline or byline"] += 1
                out += v.replace(BRK, "\n")
            elif ch == "+":
                out += " "
            elif ch == "|":
                out += "\n"
            elif ch == "/":
                out += "\n\n"
            elif ch == "_":  # byline/credit pushed right
                out += " " * 24
        if "c" in spec:
            self.stats["column label on its own line"] += 1
        self.blocks.append(out)

    def frag_text(self, a: Art, pi: int, fr: str, starts: bool) -> str:
        t = fr
        if starts and pi == 0 and a.f["dateline"]:
            t = a.f["dateline"] + t
        if not self.col:
            t = t.replace(BRK, "")
        return self.p(t)

    def d_body(self, a: Art, rng_s: str | None, opts: list[str]):
        self.touch(a.id)
        pieces = a.pieces()
        if rng_s:
            lo, _, hi = rng_s.partition("-")
            sel = range(int(lo), int(hi or lo) + 1)
        else:
            sel = range(1, len(pieces) + 1)
        lines: list[str] = []
        for k in sel:
            piece = pieces[k - 1]
            key = (a.id, k)
            if key in self.printed:
                raise SystemExit(f"{self.src.name}: piece {k} of {a.id} laid out twice")
            self.printed.add(key)
            if k > sel[0]:
                pass
            for n, (pi, fr, starts) in enumerate(piece):
                if not fr:
                    continue
                txt = self.frag_text(a, pi, fr, starts)
                if txt.startswith("## "):
                    lines.append(txt[3:])
                    self.stats["crosshead"] += 1
                    continue
                if not self.col:
                    lines.append(txt)
                    continue
                width = float(a.f["width"] or 17)
                forced = set()
                if BRK in txt:
                    dl = self.p(a.f["dateline"])
                    segs = dl.split(BRK)
                    keep_d = segs[0]
                    for seg in segs[1:]:
                        tail = "".join(segs[segs.index(seg):]).replace(" ", "")
                        keep_d += (BRK if len(tail) >= 4 else "") + seg
                    txt = txt.replace(dl, keep_d, 1)
                    dl_len = len(tokens(dl.replace(BRK, "")))
                else:
                    dl_len = len(tokens(a.f["dateline"])) if (starts and pi == 0 and a.f["dateline"]) else 0
                if BRK in txt:
                    toks = tokens(txt)
                    j, keep = 0, []
                    for t in toks:
                        if t == BRK:
                            forced.add(j)
                            self.stats["line break inside a dateline"] += 1
                        else:
                            keep.append(t)
                            j += 1
                    txt = "".join(keep)
                wr = self.colt.wrap(txt, width, starts, forced, dl_len)
                for m, (toks, short) in enumerate(wr):
                    np_ = sum(1 for t in toks if t in COMP)
                    spread = short or (np_ >= 2 and self.rng.random() < 0.05)
                    lines.append(self.colt.render(toks, spread).strip())
        if "m" in opts and lines:
            lines[0] = self.p(a.f["marker"]) + lines[0]
            self.stats["jump marker"] += 1
        for o in opts:
            if o.startswith("d"):
                n = int(o[1:])
                self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])|(?<=\S) (?=[0-9%])|(?<=[0-9%]) (?=\S)", "", lines[n]))
                lines.insert(n + 1, lines[n])
                self.stats["line printed twice"] += 1
        sep = "\n\n"
        self.blocks.append(sep.join(lines))

    def d_photo(self, a: Art, opts: list[str]):
        self.touch(a.id)
        cap = self.p(clean(" ".join(a.paras)))
        self.printed.update((a.id, k) for k in range(1, len(a.pieces()) + 1))
        cred = self.p(a.f["byline"]).replace(BRK, "")
        if a.f["kind"] == "photo":
            self.stats["photo caption"] += 1
        if "r" in opts:
            self.blocks.append(cap)
            self.blocks.append(" " * 30 + cred)
            self.stats["credit right-aligned on its own line"] += 1
        elif "j" in opts:  # credit glued to the caption (seed 001)
            self.blocks.append(cap + cred)
        elif "n" in opts:  # no credit printed with caption
            self.blocks.append(cap)
        else:
            self.blocks.append(cap + "  " + cred)

    def d_dup(self, a: Art, k: int, n: int = 0):
        pieces = a.pieces()
        lines = []
        for pi, fr, starts in pieces[k - 1]:
            if fr:
                lines.append(self.frag_text(a, pi, fr, starts))
        if n:
            lines = lines[:n]
        self.blocks.append("\n\n".join(lines))
        self.dups.extend(clean(x) for x in lines)
        self.stats["line printed twice"] += len(lines)

    def build(self):
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            args = rest.split()
            if cmd in ("mast", "extra"):
                self.d_multi(rest)
                self.stats["masthead piece" if cmd == "mast" else "box line (extras)"] += rest.count("|") + 1
            elif cmd == "head":
                self.d_head(self.arts[args[0]], args[1])
            elif cmd == "body":
                rs = args[1] if len(args) > 1 and args[1][0].isdigit() else None
                opts = [x for x in args[1:] if not x[0].isdigit()]
                self.d_body(self.arts[args[0]], rs, opts)
            elif cmd == "mark":
                a = self.arts[args[0]]
                self.blocks.append(self.p(a.f["marker"]))
                self.stats["jump marker"] += 1
            elif cmd == "photo":
                self.d_photo(self.arts[args[0]], args[1:])
            elif cmd == "dup":
                self.d_dup(self.arts[args[0]], int(args[1]), int(args[2]) if len(args) > 2 else 0)
            elif cmd == "gap":
                self.blocks.append("")
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")
        for a in self.arts.values():
            if a.f["kind"] == "photo" and not self.col and False:
                continue
            if a.paras and not (a.f["kind"] == "photo"):
                for k in range(1, len(a.pieces()) + 1):
                    if (a.id, k) not in self.printed:
                        raise SystemExit(f"{self.src.name}: piece {k} of {a.id} never laid out")
        missing = [x for x in self.order if x not in self.seen_art]
        if missing:
            raise SystemExit(f"{self.src.name}: articles never laid out: {missing}")
        if self.col:
            text = " " + "\n\n".join(self.blocks) + "\n\n\n"
        else:
            text = "\n\n" + "\n\n".join(self.blocks)
        self.text = text
        self.count_pieces()
        return text

    def count_pieces(self):
        st = self.stats
        for a in self.arts.values():
            for p in a.paras:
                parts = p.split(CUT)
                for i in range(1, len(parts)):
                    left, right = CUT.join(parts[:i]), parts[i]
                    if left[-1:].isdigit():
                        kind = "figure / unit"
                    elif right[:1].isdigit():
                        kind = "verb / figure"
                    elif left.count("“") > left.count("”"):
                        kind = "inside a quoted term"
                    else:
                        kind = "inside a word or name"
                    st[f"paragraph cut ({kind}), joined in gold"] += 1
            d = a.f["dateline"]
            if d:
                st["dateline with 电" if "电（" in d or "电(" in d else "dateline with 讯"] += 1
            b = a.f["byline"].replace(BRK, "")
            for key in ("湖南日报·华声在线记者", "湖南日报·新湖南客户端记者", "湖南日报全媒体评论员",
                        "湖南日报评论员", "文丨", "以上图片均由"):
                if b.startswith(key):
                    st[f"byline {key}…"] += 1
                    break
            if a.f["kind"] == "commentary" and b and "评论员" not in b and not b.startswith("湖南日报"):
                st["commentary with a bare-name byline"] += 1
            if a.f["column"]:
                st["article with a column label"] += 1
            if sum(1 for k in ("kicker", "title", "subtitle") if a.f[k]) >= 3:
                st["three-part headline stack"] += 1
            if " " in a.f["title"]:
                st["two-phrase title split at a space"] += 1
            if any(p.startswith("## ") for p in a.paras):
                st["feature with crossheads"] += 1
        if not self.col:
            st["headline stack joined on one line"] += sum(
                1 for d in self.layout if d.startswith("head") and "+" in d.split()[-1])

    # -- gold
    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.seen_art:
            a = self.arts[aid]
            if a.f["kind"] == "photo" and not a.paras:
                continue
            paras, subs = [], []
            for p in a.paras:
                t = self.p(clean(p))
                if t.startswith("## "):
                    t = t[3:]
                    subs.append(t)
                paras.append(t)
            g = {"kind": a.f["kind"]}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                g[k] = self.p(clean(a.f[k]))
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        pc = self.page.get("count")
        return {
            "source": name,
            "issue_date": self.page["date"],
            "issue_number": self.page.get("issue") or None,
            "page_count": int(pc) if pc else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def gold_text(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def build_all():
    """Return {relative path: bytes content} for everything compose writes, plus page info."""
    out, info = {}, []
    total = Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.build()
        num = pg.page["num"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        g = pg.gold(name + ".txt")
        out[f"pages/{name}.txt"] = text.encode("utf-8")
        out[f"gold/{name}.json"] = gold_text(g).encode("utf-8")
        total.update(pg.stats)
        info.append((name, pg, g))
    out["README.md"] = readme(info, total).encode("utf-8")
    return out, info


def nchars(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def readme(info, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0])):
        ph.append(f"| {k} | {v} |")
    kinds = Counter(a["kind"] for _, _, g in info for a in g["articles"])
    ph.append(f"| articles by kind | {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for name, pg, g in info:
        pt.append(f"| {name}.txt | {g['issue_date']} | {pg.page['page']} | {pg.page['layout']} | "
                  f"{pg.page['punct']} | {len(g['articles'])} | {nchars(pg.text)} | {pg.page['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    out, _ = build_all()
    for d in ("pages", "gold"):
        dd = HERE / d
        dd.mkdir(exist_ok=True)
        for f in dd.glob("*"):
            if f"{d}/{f.name}" not in out:
                f.unlink()
    for rel, data in out.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for k in out if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
