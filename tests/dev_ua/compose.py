#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw page texts, gold annotations and README.md.

    python3 compose.py            # writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice (number spacing, justified lines, glyph gaps)
comes from a random.Random seeded by the source file name, so a rebuild is byte-for-byte.
See README.md for the source format.
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
CUT = re.compile(r"\{\|(\w*)\}")          # cut point inside a body, optional tag
BRK = "{^}"                                # forced line break (column layout, heads, bylines)
OPEN = "“‘（《(【"
CLOSE = "，。、；：？！”’）》),;:%】…"
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*%?")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- source reading
class Article:
    def __init__(self, aid: str):
        self.aid = aid
        self.f = {k: "" for k in FIELDS}
        self.f["kind"] = "news"
        self.width = 17
        self.units: list[tuple[str, str]] = []   # ('p', text) | ('h', subhead)

    def clean(self, key: str) -> str:
        return self.f[key].replace(BRK, "").strip()


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []


def conv(text: str, punct: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if punct in ("full", "mixed"):
        # a half-width mark typed in a full-width page follows the page's width
        for h, f in ((",", "，"), (";", "；"), (":", "：")):
            text = re.sub(rf"(?<=[^\x00-\x7f]){h}|{h}(?=[^\x00-\x7f])", f, text)
    if punct == "full":
        text = re.sub(r"\((?=[^\x00-\x7f])", "（", text)
        text = re.sub(r"(?<=[^\x00-\x7f])\)", "）", text)
    if punct in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if punct == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


def read_source(path: Path) -> Page:
    pg = Page(path)
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or (line.startswith("#") and not line.startswith("## ")):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line.strip())
        if m:
            name = m.group(1)
            if name == "layout":
                section = "layout"
            else:
                section = "art"
                cur = Article(name)
                pg.arts[name] = cur
                pg.order.append(name)
            continue
        if section == "layout":
            pg.layout.append(line.strip())
        elif line.startswith("> "):
            cur.units.append(("p", line[2:].strip()))
        elif line.startswith("## "):
            cur.units.append(("h", line[3:].strip()))
        else:
            k, _, v = line.partition("=")
            k, v = k.strip(), v.strip()
            if section == "meta":
                pg.meta[k] = v
            elif k == "width":
                cur.width = float(v)
            else:
                assert k in FIELDS, (path, k)
                cur.f[k] = v
    punct = pg.meta.get("punct", "full")
    for a in pg.arts.values():
        for k in FIELDS:
            a.f[k] = conv(a.f[k], punct)
        a.units = [(t, conv(x, punct)) for t, x in a.units]
    return pg


# ---------------------------------------------------------------- text helpers
def cw(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def width(s: str) -> float:
    return sum(cw(c) for c in s if c != " ")


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and m.end() > i:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- composer
class Composer:
    def __init__(self, pg: Page, stats: Counter):
        self.pg = pg
        self.layout = pg.meta["layout"]
        self.rng = random.Random(pg.path.name)
        self.stats = stats
        self.items: list[str] = []           # printed blocks, joined by a blank line
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.first_seen: dict[str, int] = {}
        self.printed_segs: dict[str, set] = {}
        self.headed: set[str] = set()
        self.last_body: str | None = None
        self.segs: dict[str, list] = {a: self.segments(pg.arts[a]) for a in pg.order}
        self.prev_cmd = ""

    # ---- body segmentation
    def segments(self, a: Article):
        """Split an article body into segments at cut markers.

        Returns a list of segments; each is a list of pieces (kind, text, starts, ends).
        In the column layout a cut falls at the end of the printed line holding it."""
        segs, cur = [], []
        first_p = True
        for kind, text in a.units:
            if kind == "h":
                cur.append(("h", text, True, True))
                continue
            dl = 0
            if first_p and a.f["dateline"]:
                text = a.f["dateline"] + text
                dl = len(a.f["dateline"].replace(BRK, ""))
            first_p = False
            parts = CUT.split(text)          # text, tag, text, tag, ...
            pieces = parts[0::2]
            tags = parts[1::2]
            for t in tags:
                self.stats["cut inside a paragraph" + (f" ({t})" if t else "")] += 1
            if self.layout == "column":
                # the column breaks at the end of the printed line holding the cut
                lines = self.wrap("".join(pieces), a.width - 2, a.width)
                if dl:
                    lines = self.keep_dateline_tail(lines, dl)
                    dl = 0
                offs, o = [], 0
                for pc in pieces[:-1]:
                    o += len(pc.replace(BRK, ""))
                    offs.append(o)
                groups, g, k = [], [], 0
                for j, (ln, end) in enumerate(lines):
                    g.append((ln, j == len(lines) - 1))
                    while k < len(offs) and offs[k] <= end:
                        k += 1
                        if g:
                            groups.append(g)
                            g = []
                if g:
                    groups.append(g)
                while len(groups) < len(pieces):
                    groups.append([])
                for i, g in enumerate(groups):
                    cur.append(("lines", g, i == 0, i == len(groups) - 1))
                    if i < len(groups) - 1:
                        segs.append(cur)
                        cur = []
                continue
            for i, piece in enumerate(pieces):
                cur.append(("p", piece, i == 0, i == len(pieces) - 1))
                if i < len(pieces) - 1:
                    segs.append(cur)
                    cur = []
        # whole-paragraph cut markers at paragraph ends are written as a lone {|} line
        segs.append(cur)
        return [s for s in segs if s]

    @staticmethod
    def keep_dateline_tail(lines, dl):
        """A line never starts with only 1-3 characters of the dateline's tail
        (a reader could not tell them from body text)."""
        out = list(lines)
        for k in range(len(out) - 1):
            ln, end = out[k]
            if 0 < dl - end < 4:
                move = 4 - (dl - end)
                nxt, nend = out[k + 1]
                out[k] = (ln[:-move], end - move)
                out[k + 1] = (ln[-move:] + nxt, nend)
        return out

    # ---- line rendering (column layout)
    def numspace(self, line: str) -> str:
        out = []
        toks = tokens(line)
        for i, t in enumerate(toks):
            if ASCII_RUN.fullmatch(t) and any(c.isdigit() for c in t):
                before = i > 0 and toks[i - 1] not in " " and ord(toks[i - 1][-1]) >= 128
                after = i + 1 < len(toks) and ord(toks[i + 1][0]) >= 128
                if before and self.rng.random() < 0.7:
                    out.append(" ")
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph gap before %"] += 1
                out.append(t)
                if after and self.rng.random() < 0.5:
                    out.append(" ")
                    self.stats["space around a number run"] += 1
            elif t in "，、；" and i > 0 and self.rng.random() < 0.04:
                out.append(" " + t)
                self.stats["glyph gap at full-width punctuation"] += 1
            elif t in "“" and i + 1 < len(toks) and self.rng.random() < 0.12:
                out.append(t + " ")
                self.stats["space after an opening quote"] += 1
            else:
                out.append(t)
        return re.sub(" +", " ", "".join(out)).strip()

    def justify(self, line: str) -> str:
        toks = tokens(line)
        out = ""
        for i, t in enumerate(toks):
            out += t
            if i + 1 == len(toks):
                break
            nxt = toks[i + 1]
            if t[-1] in CLOSE and t != "%":
                continue          # a full-width mark keeps its half-width glyph tight
            if nxt in OPEN:
                continue
            out += " "
        self.stats["justified column line"] += 1
        return out

    def wrap(self, text: str, first_w: float, w: float) -> list[tuple[str, int]]:
        """Wrap text into lines; returns (line, end offset in text-without-breaks)."""
        lines, cur, cwid, lim, pos = [], "", 0.0, first_w, 0
        toks = tokens(text.replace(BRK, "\x01"))
        for t in toks:
            if t == "\x01":
                lines.append((cur, pos))
                cur, cwid, lim = "", 0.0, w
                self.stats["forced break (dateline / byline)"] += 1
                continue
            tw = sum(cw(c) for c in t)
            if cur and cwid + tw > lim and t[0] not in CLOSE:
                carry = ""
                if cur[-1] in OPEN:
                    carry, cur = cur[-1], cur[:-1]
                lines.append((cur, pos - len(carry)))
                cur, cwid, lim = carry, width(carry), w
            cur += t
            cwid += tw
            pos += len(t)
        if cur:
            lines.append((cur, pos))
        return lines

    def render_pieces_column(self, a: Article, seg) -> list[str]:
        out = []
        for kind, content, starts, ends in seg:
            if kind == "h":
                out.append(content)
                continue
            for ln, lastline in content:
                last = ends and lastline
                prevj = out and out[-1].count(" ") > 4
                p = 0.45 if prevj else 0.05
                if not last and len(ln) > 6 and " " not in ln and self.rng.random() < p:
                    out.append(self.justify(ln))
                else:
                    out.append(self.numspace(ln))
        return out

    # ---- emit helpers
    def emit(self, text: str):
        self.items.append(text)

    def mark_seen(self, aid: str):
        self.first_seen.setdefault(aid, len(self.first_seen))

    def headline_parts(self, a: Article) -> list[str]:
        return [a.f[k] for k in ("kicker", "title", "subtitle") if a.f[k]]

    def split_br(self, s: str) -> str:
        return "\n".join(x.strip() for x in s.split(BRK))

    # ---- commands
    def run(self):
        for cmd in self.pg.layout:
            op, _, rest = cmd.partition(" ")
            getattr(self, "do_" + op)(rest.strip())
            if op != "dup":
                self.prev_cmd = op
        for aid in self.pg.order:
            a = self.pg.arts[aid]
            assert self.printed_segs.get(aid, set()) == set(range(len(self.segs[aid]))) or a.f["kind"] == "photo", (self.pg.path, aid, self.printed_segs.get(aid))
            if self.headline_parts(a):
                assert aid in self.headed, (self.pg.path, aid, "headline never printed")

    def do_extra(self, rest: str):
        text = rest.replace("{^^}", "\n\n").replace(BRK, "\n")
        self.emit(text)
        self.extras.append("".join(x.strip() for x in text.split("\n")))
        self.stats["box / masthead line group"] += 1

    def do_mast(self, rest: str):
        """Masthead pieces in drawing order, '/' between lines, '//' tight (no blank)."""
        pieces = rest.replace(" // ", "\x02").split(" / ")
        text = "\n\n".join(p.replace("\x02", "\n") for p in pieces)
        self.emit(text)
        self.extras.append("".join(x.strip().replace(" ", "") for x in text.split("\n")))
        self.stats["masthead"] += 1

    def do_head(self, rest: str):
        aid, _, mode = rest.partition(" ")
        mode = mode or "stack"
        a = self.pg.arts[aid]
        parts = [self.split_br(p) for p in self.headline_parts(a)]
        if mode == "stack":
            self.emit("\n\n".join(parts))
        elif mode == "tight":
            self.emit("\n".join(parts))
        elif mode == "one":
            self.emit(" ".join(p.replace("\n", " ") for p in parts))
            self.stats["headline parts on one line"] += 1
        elif mode == "double":
            t = a.clean("title")
            parts = [(p + p) if p.replace("\n", "") == t else p for p in parts]
            self.emit("\n\n".join(parts))
            self.dups.append(t)
            self.stats["headline doubled on one line"] += 1
        elif mode == "twice":
            t = a.clean("title")
            parts = [(p + "\n" + p) if p.replace("\n", "") == t else p for p in parts]
            self.emit("\n\n".join(parts))
            self.dups.append(t)
            self.stats["headline on two identical lines"] += 1
        else:
            raise ValueError(mode)
        if any("\n" in self.split_br(p) for p in self.headline_parts(a)):
            self.stats["headline word left alone on a line"] += 1
        if aid in self.first_seen:
            self.stats["headline printed after its body"] += 1
        if self.prev_cmd == "head":
            self.stats["headline bunched with another story's headline"] += 1
        self.headed.add(aid)

    def do_col(self, rest: str):
        a = self.pg.arts[rest]
        self.emit(a.f["column"])
        self.stats["column label line"] += 1

    def do_by(self, rest: str):
        aid, _, mode = rest.partition(" ")
        a = self.pg.arts[aid]
        text = a.f["byline"].replace("{^^}", "\n\n")
        text = "\n".join(x.strip() for x in text.split(BRK))
        if mode == "right":
            text = "\n".join(" " * 24 + x for x in text.split("\n"))
            self.stats["credit right-aligned on its own line"] += 1
        self.emit(text)
        self.stats["byline on its own line"] += 1

    def do_body(self, rest: str):
        args = rest.split(" ")
        aid = args[0]
        pre = ""
        rng = None
        for x in args[1:]:
            if x.startswith("pre="):
                pre = x[4:].replace("_", " ")
            else:
                rng = x
        n = len(self.segs[aid])
        if rng is None:
            idx = list(range(n))
        elif "-" in rng:
            lo, hi = rng.split("-")
            idx = list(range(int(lo), int(hi) + 1))
        else:
            idx = [int(rng)]
        a = self.pg.arts[aid]
        self.mark_seen(aid)
        for i in idx:
            assert i not in self.printed_segs.setdefault(aid, set()), (aid, i)
            self.printed_segs[aid].add(i)
            seg = self.segs[aid][i]
            if self.layout == "column":
                lines = self.render_pieces_column(a, seg)
            else:
                lines = [p[1].replace(BRK, "") for p in seg]
            if pre and i == idx[0]:
                lines[0] = pre + lines[0]
            self.emit("\n\n".join(lines))
            if i > 0 and seg[0][0] != "h" and not seg[0][2]:
                if self.prev_cmd == "body" and self.last_body == aid and self.last_seg == i - 1:
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["paragraph continued after a piece of another story"] += 1
            self.last_seg = i
            self.prev_cmd = "body"
        self.last_body = aid

    def caption(self, a: Article) -> str:
        return a.units[0][1]

    def do_photo(self, rest: str):
        args = rest.split(" ")
        aid, mode = args[0], (args[1] if len(args) > 1 else "own")
        w = float(args[2]) if len(args) > 2 else 0
        a = self.pg.arts[aid]
        self.mark_seen(aid)
        self.printed_segs[aid] = set(range(len(self.segs[aid])))
        cap, credit = self.caption(a), a.clean("byline")
        if mode == "inline":
            text = cap + (" " + credit if credit else "")
            if w:
                text = "\n\n".join(self.numspace(x) if self.layout == "column" else x
                                   for x, _ in self.wrap(text, w - 2, w))
            self.emit(text)
        else:
            if w:
                cap = "\n\n".join(x for x, _ in self.wrap(cap, w - 2, w))
            self.emit(cap)
            if credit:
                pad = " " * 24 if mode == "right" else ""
                self.emit(pad + credit)
                self.stats["photo credit on its own line" + (" (right-aligned)" if pad else "")] += 1
        self.stats["photo caption"] += 1

    def do_photomix(self, rest: str):
        a1, a2, w = rest.split(" ")
        w = float(w)
        A, B = self.pg.arts[a1], self.pg.arts[a2]
        self.mark_seen(a1)
        self.mark_seen(a2)
        for x in (a1, a2):
            self.printed_segs[x] = set(range(len(self.segs[x])))
        la = [x for x, _ in self.wrap(self.caption(A), w - 2, w)]
        lb = [x for x, _ in self.wrap(self.caption(B), w - 2, w)]
        out = []
        for i in range(max(len(la), len(lb))):
            if i < len(la):
                out.append(la[i])
            if i < len(lb):
                out.append(lb[i])
        self.emit("\n\n".join(out))
        for a in (A, B):
            if a.clean("byline"):
                self.emit(a.clean("byline"))
        self.stats["two photo captions interleaved"] += 1

    def do_mark(self, rest: str):
        self.emit(rest.replace("_", " "))
        self.stats["jump marker line"] += 1

    def do_dup(self, rest: str):
        last = self.items[-1].split("\n")
        line = [x for x in last if x.strip()][-1 if rest != "first" else 0]
        self.emit(line)
        self.dups.append(line.strip())
        self.stats["line printed twice"] += 1

    def do_blank(self, rest: str):
        self.items.append("\n" * (int(rest) - 1) if int(rest) > 1 else "")
        if int(rest) <= 1:
            self.items.pop()
            self.items[-1] += "\n"

    # ---- output
    def text(self) -> str:
        body = "\n\n".join(self.items)
        if self.layout == "column":
            lines = body.split("\n")
            if lines and not lines[0].startswith(" "):
                lines[0] = " " + lines[0]
            return "\n".join(lines) + "\n\n\n"
        return "\n\n" + body

    def gold(self, fname: str) -> dict:
        arts = sorted(self.pg.order, key=lambda x: self.first_seen.get(x, 999))
        out = []
        for aid in arts:
            a = self.pg.arts[aid]
            paras, subs = [], []
            for kind, text in a.units:
                t = CUT.sub("", text).replace(BRK, "")
                paras.append(t)
                if kind == "h":
                    subs.append(t)
            rec = {"kind": a.f["kind"]}
            for k in FIELDS[1:]:
                rec[k] = a.clean(k)
            rec["subheads"] = subs
            rec["paragraphs"] = paras
            out.append(rec)
        m = self.pg.meta
        return {
            "source": fname,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": out,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build() -> tuple[dict[str, str], list[dict], Counter]:
    """Return {relative path: content} for everything compose writes, page rows, stats."""
    files: dict[str, str] = {}
    rows = []
    stats: Counter = Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        pg = read_source(sp)
        c = Composer(pg, stats)
        c.run()
        text = c.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = c.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        stats[pg.meta["layout"] + " layout page"] += 1
        rows.append({
            "file": name + ".txt", "date": pg.meta["date"], "page": pg.meta["page"],
            "layout": pg.meta["layout"], "punct": pg.meta.get("punct", "full"),
            "articles": len(gold["articles"]), "chars": len(squash(text)),
            "subjects": pg.meta.get("subjects", ""),
        })
    files["README.md"] = readme(rows, stats)
    return files, rows, stats


def readme(rows, stats) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(stats):
        ph.append(f"| {k} | {stats[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
                  f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files, rows, stats = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages, {sum(r['articles'] for r in rows)} articles")


if __name__ == "__main__":
    sys.exit(main())
