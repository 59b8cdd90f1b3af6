#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small layout choice comes from a random.Random seeded
by the source file's name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSING = set("，。、；：？！）》”’…%％,.;:?!)")  # may not start a line; no space after them
OPENING = set("“‘（《(")                        # may not end a line; no space before them
FULLPUNCT = set("，。、；：？！）》”’（《“‘…—·")
HALF = {"full": {}, "halfbr": {"（": "(", "）": ")"},
        "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"}}
TAGS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
        "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
        "s": "cut at a sentence end"}


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    meta, arts, layout = {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!") or (not line and mode != "body"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v.strip()
            continue
        m = re.match(r"^=== (\S+)(?: (\S+))?$", line)
        if m:
            if m.group(1) == "layout":
                mode, cur = "layout", None
            else:
                cur = {"id": m.group(1), "kind": m.group(2), "paras": [], "width": None}
                for f in FIELDS:
                    cur[f] = ""
                arts.append(cur)
                mode = "head"
            continue
        if mode == "layout":
            layout.append(line)
        elif mode == "head":
            if line == "---":
                mode = "body"
                continue
            k, _, v = line.partition(":")
            k = k.strip()
            if k in FIELDS:
                cur[k] = v.strip()
            elif k == "width":
                cur["width"] = float(v)
            else:
                raise SystemExit(f"{path.name}: unknown field {k!r}")
        elif mode == "body":
            if line:
                cur["paras"].append(line)
    return {"meta": meta, "arts": arts, "layout": layout, "name": path.stem}


def clean(s: str) -> str:
    """Gold form of a source string: drop layout marks."""
    s = re.sub(r"‖(\{[a-z]\})?", "", s)
    return s.replace("^", "")


def punct(s: str, mode: str) -> str:
    for a, b in HALF[mode].items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- line setting
def tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z.%+×/\-:]+|.", s)


def em(tok: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in tok)


def wrap(text: str, width: float, forced: set[int]) -> list[tuple[str, str]]:
    """Greedy column setting with the usual line-breaking rules. Returns
    (line, kind) pairs; kind "short" (a full em or more left) lines get justified."""
    toks = tokens(text)
    bset, off = set(), 0
    for i, t in enumerate(toks):
        if off in forced:
            bset.add(i)
        off += len(t)
    lines, cur, w, i = [], [], 0.0, 0
    while i < len(toks):
        t = toks[i]
        if i in bset and cur:
            lines.append(("".join(cur), "forced"))
            cur, w = [], 0.0
        if w + em(t) <= width + 1e-9:
            cur.append(t)
            w += em(t)
            i += 1
            continue
        if t in CLOSING and em(t) == 1 and w + 0.5 <= width + 1e-9:
            cur.append(t)                      # a closing mark squeezed to half width
            w += 0.5
            i += 1
            continue
        while toks[i] in CLOSING and len(cur) > 1:   # no closing mark at a line start
            w -= em(cur.pop())
            i -= 1
        while len(cur) > 1 and cur[-1] in OPENING:   # no opening mark at a line end
            w -= em(cur.pop())
            i -= 1
        lines.append(("".join(cur), "full" if w >= width - 0.75 else "short"))
        cur, w = [], 0.0
    if cur:
        lines.append(("".join(cur), "last"))
    return lines


def spread(line: str) -> str:
    """A justified line as the extraction prints it: a space between glyphs,
    none after closing punctuation nor before an opening one."""
    toks = tokens(line)
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSING or a in FULLPUNCT and a not in OPENING or b in OPENING:
            out += b
        else:
            out += " " + b
    return out


def numspace(line: str, rnd: random.Random, stats: Counter, p_before=0.85, p_after=0.55) -> str:
    """Spaces the extraction leaves around runs of digits in column text."""
    def rep(m):
        s, a, b = m.group(0), m.start(), m.end()
        pre = line[a - 1] if a else ""
        post = line[b] if b < len(line) else ""
        if not re.search(r"\d", s):
            return s
        out = s
        if pre and ord(pre) > 0x2000 and pre not in OPENING and rnd.random() < p_before:
            out = " " + out
            stats["spaces around number runs"] += 1
        if post and ord(post) > 0x2000 and post not in CLOSING and rnd.random() < p_after:
            out = out + " "
            stats["spaces around number runs"] += 1
        return out
    return re.sub(r"[0-9A-Za-z.%+×/\-:]+", rep, line)


def gapspace(line: str, rnd: random.Random, stats: Counter) -> str:
    """Glyph-gap spaces before a full-width comma or enumeration mark, or a percent sign."""
    cands = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff0-9%])[、，%]", line)]
    if cands and rnd.random() < 0.5:
        k = rnd.choice(cands)
        stats["glyph-gap spaces before punctuation or %"] += 1
        return line[:k] + " " + line[k:]
    return line


# ---------------------------------------------------------------- page build
class Page:
    def __init__(self, src: dict):
        self.src = src
        self.meta = src["meta"]
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.rnd = random.Random(src["name"])
        self.stats = Counter()
        self.arts = {a["id"]: a for a in src["arts"]}
        self.out: list[tuple[str, bool]] = []  # (line, adjacent-to-previous)
        self.extras, self.dups = [], []
        self.printed = Counter()
        self.body_started = set()
        self.head_done = set()

    # -- helpers
    def P(self, s):
        return punct(s, self.mode)

    def emit(self, line, adj=False):
        self.out.append((line.rstrip(), adj))

    def pieces(self, a):
        """Split an article's body at cut marks. Each piece: list of (para_index, text)."""
        pieces, cur = [], []
        for pi, para in enumerate(a["paras"]):
            if para.startswith("## "):
                cur.append((pi, "##" + para[3:]))
                continue
            parts = re.split(r"‖(\{[a-z]\})?", para)
            texts, tags = parts[0::2], parts[1::2]
            for j, t in enumerate(texts):
                cur.append((pi, t))
                if j < len(tags):
                    pieces.append(cur)
                    cur = []
        pieces.append(cur)
        return pieces

    def width(self, a):
        return a["width"] or float(self.meta.get("width", 17))

    def colset(self, a):
        """Set a whole article in its column once; split the lines into the body
        pieces, each cut snapping to the end of the line it falls in."""
        if "_set" in a:
            return a["_set"]
        w = self.width(a)
        pieces, cur = [], []
        first = True
        for pi, para in enumerate(a["paras"]):
            if para.startswith("## "):
                cur.append(self.P(para[3:]))
                self.stats["subheads (crossheads)"] += 1
                continue
            parts = re.split(r"‖(?:\{[a-z]\})?", para)
            text, cuts, off = "", [], 0
            forced = set()
            if first and a["dateline"]:
                dl = self.P(a["dateline"])
                if "^" in dl:
                    forced.add(dl.index("^"))
                    dl = dl.replace("^", "")
                text = dl
            first = False
            for j, p in enumerate(parts):
                text += self.P(p.replace("^", ""))
                if j < len(parts) - 1:
                    cuts.append(len(text))
            rows = wrap(text, w, forced)
            end, ends = 0, []
            for ln, kind in rows:
                end += len(ln)
                ends.append(end)
            cut_rows = []
            for c in cuts:
                r = next(r for r, e in enumerate(ends) if e >= c)
                cut_rows.append(r)
            for r, (ln, kind) in enumerate(rows):
                if kind == "short":
                    ln = spread(ln)
                    self.stats["justified lines spread with spaces"] += 1
                    if re.search(r"[“‘] ", ln):
                        self.stats["space after an opening quote"] += 1
                else:
                    ln = numspace(ln, self.rnd, self.stats)
                    if kind == "full" and self.rnd.random() < 0.12:
                        ln = gapspace(ln, self.rnd, self.stats)
                cur.append(ln)
                for _ in range(cut_rows.count(r)):
                    pieces.append(cur)
                    cur = []
        pieces.append(cur)
        a["_set"] = pieces
        return pieces

    # -- layout commands
    def cmd_H(self, aid, spec):
        a = self.arts[aid]
        self.head_done.add(aid)
        if aid in self.body_started:
            self.stats["headlines printed after their body"] += 1
        for tok in spec.split():
            lead = tok.startswith("_")
            tok = tok.lstrip("_")
            m = re.match(r"^([cktsy+]+)(?:([*=])2)?$", tok)
            parts, dbl = m.group(1).split("+"), m.group(2)
            key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "y": "byline"}
            texts = [self.P(a[key[p]]) for p in parts]
            line = " ".join(t for t in texts if t)
            segs = line.split("^")
            if len(segs) > 1:
                self.stats["headline's last word left alone on a line" if len(segs[-1].strip()) <= 6
                           else "headline broken over two lines"] += 1
            for j, sg in enumerate(segs):
                text = (" " if lead and j == 0 else "") + sg.strip()
                if lead and j == 0:
                    self.stats["line opened by a stray space"] += 1
                if dbl == "*":
                    self.emit(text + " " + sg.strip(), adj=(j > 0 and self.layout == "column"))
                    self.dups.append(re.sub(r"\s+", "", sg))
                    self.stats["headline drawn twice on one line"] += 1
                else:
                    self.emit(text, adj=(j > 0 and self.layout == "column"))
                if dbl == "=":
                    self.emit(sg.strip(), adj=self.layout == "column")
                    self.dups.append(re.sub(r"\s+", "", sg))
                    self.stats["headline drawn twice as two identical lines"] += 1
            if "c" in parts:
                self.stats["column labels on their own line"] += 1

    def cmd_Y(self, aid):
        a = self.arts[aid]
        segs = self.P(a["byline"]).split("^")
        if len(segs) > 1:
            self.stats["line break inside a byline"] += 1
        for sg in segs:
            self.emit(sg.strip())
        self.stats["bylines on a line of their own"] += 1

    def cmd_B(self, aid, idx, dup, prefix):
        a = self.arts[aid]
        pcs = self.pieces(a)
        self.printed[(aid, idx)] += 1
        self.body_started.add(aid)
        piece = pcs[idx]
        first_para = a["paras"][0]
        lines_out = []
        if self.layout == "paragraph":
            for k, (pi, t) in enumerate(piece):
                if t.startswith("##"):
                    lines_out.append(self.P(t[2:]))
                    self.stats["subheads (crossheads)"] += 1
                    continue
                t = self.P(t.replace("^", ""))
                if idx == 0 and k == 0 and a["dateline"]:
                    dl = self.P(a["dateline"])
                    while "^" in dl:
                        x, dl = dl.split("^", 1)
                        lines_out.append(x.rstrip())
                        self.stats["line break inside a dateline"] += 1
                    t = dl + t
                lines_out.append(t)
        else:
            lines_out = self.colset(a)[idx]
        if prefix:
            lines_out[0] = prefix + lines_out[0]
            self.extras.append(re.sub(r"\s+", "", prefix))
            self.stats["jump markers"] += 1
        for j, ln in enumerate(lines_out):
            self.emit(ln)
            if dup is not None and j == dup:
                self.emit(ln, adj=self.layout == "column")
                self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", ln))
                self.stats["lines printed twice"] += 1

    def cmd_R(self, aid, idx):
        """A whole body piece printed a second time (extraction duplicate)."""
        a = self.arts[aid]
        piece = self.pieces(a)[idx]
        for pi, t in piece:
            t = self.P(t)
            self.emit(t)
            self.dups.append(t)
        self.stats["pieces printed twice"] += 1

    def cmd_P(self, aid, style):
        a = self.arts[aid]
        caps = [self.P(p) for p in a["paras"]]
        credit = self.P(a["byline"])
        self.stats["photo captions"] += 1
        lines = []
        w = None
        m = re.search(r"w=(\d+)", style)
        if m:
            w = int(m.group(1))
        for c in caps:
            if w:
                rows, s = [], c
                while s:
                    rows.append(s[:w])
                    s = s[w:]
                lines += rows
            else:
                lines.append(c)
        if credit:
            if "^" in credit:
                lines += [c.strip() for c in credit.split("^")[:-1]]
                credit = credit.split("^")[-1].strip()
            if "inline" in style:
                lines[-1] += " " + credit
                self.stats["credits at the end of a caption"] += 1
            elif "right" in style:
                lines.append(" " * self.rnd.randint(24, 44) + credit)
                self.stats["credits right-aligned on a line of their own"] += 1
            else:
                lines.append(credit)
                self.stats["credits on a line of their own"] += 1
            if credit.startswith("以上图片均由"):
                self.stats["group credits"] += 1
        for ln in lines:
            self.out.append((ln.rstrip() if not ln.strip() == "" else ln, False))
        self.printed[(aid, 0)] += 1

    def cmd_E(self, spec):
        groups = spec.split(" | ")
        text = []
        for g in groups:
            for j, piece in enumerate(g.split(" / ")):
                self.emit(piece, adj=j > 0)
                text.append(piece)
                self.stats["masthead or box pieces"] += 1
                if re.search(r"\d \S", piece):
                    self.stats["merged masthead pieces"] += 1
        self.extras.append(re.sub(r"\s+", "", "".join(text)))

    def cmd_X(self, text):
        self.emit(text)
        self.extras.append(re.sub(r"\s+", "", text))
        self.stats["short box lines"] += 1

    def cmd_K(self, text):
        self.emit(text)
        self.extras.append(re.sub(r"\s+", "", text))
        self.stats["jump markers"] += 1

    def run(self):
        for line in self.src["layout"]:
            c, _, rest = line.partition(" ")
            if c == "H":
                aid, _, spec = rest.partition(" ")
                self.cmd_H(aid, spec)
            elif c == "Y":
                self.cmd_Y(rest.strip())
            elif c == "B":
                m = re.match(r"^(\S+) (\d+)(?: dup=(\d+))?(?: \+(.*))?$", rest)
                self.cmd_B(m.group(1), int(m.group(2)),
                           int(m.group(3)) if m.group(3) else None, m.group(4))
            elif c == "R":
                aid, idx = rest.split()
                self.cmd_R(aid, int(idx))
            elif c == "P":
                aid, _, style = rest.partition(" ")
                self.cmd_P(aid, style)
            elif c == "E":
                self.cmd_E(rest)
            elif c == "X":
                self.cmd_X(rest)
            elif c == "K":
                self.cmd_K(rest)
            elif c == "G":
                self.out.append(("", "gap" + rest.strip()))
            else:
                raise SystemExit(f"{self.src['name']}: bad layout line {line!r}")
        # every body piece exactly once
        for a in self.src["arts"]:
            if a["kind"] == "photo" and not self.printed.get((a["id"], 0)):
                raise SystemExit(f"{self.src['name']}: photo {a['id']} not printed")
            if a["kind"] != "photo":
                n = len(self.pieces(a))
                for i in range(n):
                    if self.printed[(a["id"], i)] != 1:
                        raise SystemExit(f"{self.src['name']}: {a['id']} piece {i} printed "
                                         f"{self.printed[(a['id'], i)]} times")
        return self

    def text(self) -> str:
        parts = []
        for ln, adj in self.out:
            if isinstance(adj, str) and adj.startswith("gap"):
                parts.append("\n" * int(adj[3:] or 2))
                continue
            if parts:
                parts.append("\n" if adj is True else "\n\n")
            parts.append(ln)
        body = "".join(parts)
        if self.layout == "column":
            return body + "\n\n\n"
        return "\n\n" + body

    def gold(self, fname: str) -> dict:
        arts = []
        for a in self.src["arts"]:
            paras = [self.P(clean(p[3:] if p.startswith("## ") else p)) for p in a["paras"]]
            subs = [self.P(clean(p[3:])) for p in a["paras"] if p.startswith("## ")]
            g = {"kind": a["kind"]}
            for f in FIELDS:
                g[f] = self.P(clean(a[f]))
            g["subheads"] = subs
            g["paragraphs"] = paras
            # key order as in the seeds' gold
            arts.append({k: g[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                          "byline", "dateline", "continued", "subheads",
                                          "paragraphs")})
        m = self.meta
        return {"source": fname + ".txt", "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build_all():
    results = []
    for sp in sorted(SRC.glob("p*.txt")):
        src = parse(sp)
        page = Page(src)
        # run once for text; count phenomena on a second, identical run with counting on
        page.run()
        layout_stats(page)
        text = page.text()
        num = int(src["meta"]["no"])
        fname = f"{num:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold = page.gold(fname)
        results.append({"src": src, "name": fname, "text": text, "gold": gold,
                        "stats": page.stats})
    return results


def layout_stats(page: Page):
    """Phenomena seen in the source rather than while setting lines."""
    for a in page.src["arts"]:
        for p in a["paras"]:
            for t in re.findall(r"‖(\{[a-z]\})?", p):
                if page.layout == "paragraph":
                    page.stats["paragraph " + (TAGS[t[1]] if t else "cut (untyped)")] += 1
                else:
                    page.stats["column breaks inside a paragraph (snapped to a line end)"] += 1
    # layout-level phenomena
    lay = page.src["layout"]
    heads = [i for i, l in enumerate(lay) if l.startswith("H ")]
    bunched = 0
    for i in range(1, len(lay)):
        if lay[i].startswith("H ") and lay[i - 1].startswith("H ") and \
                lay[i].split()[1] != lay[i - 1].split()[1]:
            bunched += 1
    if bunched:
        page.stats["headlines bunched with other stories' headlines"] += bunched
    prev = None
    for l in lay:
        if l.startswith("B "):
            aid, idx = l.split()[1], int(l.split()[2])
            if prev == (aid, idx - 1):
                page.stats["body pieces set one after the other (column break, nothing between)"] += 1
            prev = (aid, idx)
        else:
            prev = None
    for a in page.src["arts"]:
        if "^通讯员" in a["dateline"] or " ^通讯员" in a["dateline"]:
            page.stats["line break before 通讯员"] += 1
        if re.search(r"\d月\^|\^\d", a["dateline"]):
            page.stats["line break inside a dateline's date"] += 1
    return page


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(results) -> str:
    tot = Counter()
    for r in results:
        tot.update(r["stats"])
    ph = table([(k, v) for k, v in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0])) if v],
               ("phenomenon", "count"))
    rows = []
    for r in results:
        m = r["src"]["meta"]
        chars = len(re.sub(r"\s", "", r["text"]))
        rows.append((r["name"] + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(r["gold"]["articles"]), chars, m.get("subjects", "")))
    pg = table(rows, ("file", "issue date", "page", "layout", "punctuation", "articles",
                      "characters", "subjects"))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg)


def main():
    results = build_all()
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    for r in results:
        (PAGES / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (GOLD / (r["name"] + ".json")).write_text(
            json.dumps(r["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    main()
