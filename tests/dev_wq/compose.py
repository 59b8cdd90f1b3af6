#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page text (pages/),
gold annotations (gold/) and README.md.  Standard library only; deterministic
(a random.Random seeded by each source file name makes the small choices).

Source format: see README.in ("The source format")."""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
            "dateline", "continued")
CLOSE = set("，。、；：！？”’）》%,.;:!?)")
OPEN = set("“‘（《(")
PUNCT = CLOSE | OPEN
NUM = re.compile(r"[0-9A-Za-z.%]+|¦|.", re.S)

# measured on the seeds (see README): column widths in em, share of spread lines
SPREAD_P = 0.12      # share of eligible full lines printed spread (seeds 000, 004: 4-7% of all lines spread)
NUMSPACE_P = 0.75    # number runs with a space before them in column pages
AFTERSPACE_P = 0.55  # ... and after them
QUOTESPACE_P = 0.15  # space after an opening quote
GLYPHGAP_P = 0.015   # space before a full-width mark on a plain line


def ucount(s):
    return len(re.sub(r"\s+", "", s))


def width(tok):
    return 0.5 * len(tok) if tok.isascii() else float(len(tok))


def conv(s, punct):
    """Print the text with the page's punctuation widths."""
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
    return s


def clean(s, punct):
    """Gold form of a source string: print marks removed."""
    return conv(s.replace("|", "").replace("¦", "").replace("‖", ""), punct)


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.name = path.stem
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.order, self.layout = {}, {}, [], []
        self.parse(path.read_text(encoding="utf-8"))
        self.punct = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]
        self.W = float(self.meta.get("width", 17))
        self.stats = Counter()

    # ---------------------------------------------------------------- parse
    def parse(self, text):
        sec, cur = None, None
        for raw in text.splitlines():
            line = raw.rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("= "):
                parts = line[2:].split()
                sec = parts[0]
                if sec == "article":
                    cur = {"id": parts[1], "paras": [], "width": None}
                    for k in ART_KEYS:
                        cur[k] = ""
                    self.arts[parts[1]] = cur
                    self.order.append(parts[1])
                continue
            if sec == "page":
                k, v = line.split(":", 1)
                self.meta[k.strip()] = v.strip()
            elif sec == "article":
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k in ("p", "h"):
                    cur["paras"].append((k, v))
                elif k == "width":
                    cur["width"] = float(v)
                elif k in ART_KEYS:
                    cur[k] = v
                else:
                    raise SystemExit(f"{self.path.name}: unknown key {k}")
            elif sec == "layout":
                self.layout.append(line.strip())

    # ---------------------------------------------------------------- body
    def pieces(self, a):
        out = [[]]
        for idx, (typ, text) in enumerate(a["paras"]):
            for j, part in enumerate(text.split("‖")):
                if j > 0:
                    out.append([])
                if part:
                    out[-1].append({"typ": typ, "text": part, "start": j == 0,
                                    "first": idx == 0 and j == 0})
        return out

    def seg_text(self, a, seg):
        t = seg["text"]
        if seg["first"] and a["dateline"]:
            t = a["dateline"] + t
        return conv(t.replace("|", ""), self.punct)

    def flow(self, text, W, indent):
        toks = NUM.findall(text)
        lines, cur, cw = [], [], 0.0
        cap = W - 2 if indent else W
        for t in toks:
            if t == "¦":
                lines.append((cur, cw, cap, True))
                cur, cw, cap = [], 0.0, W
                self.stats["forced line breaks (dateline date, names, 通讯员)"] += 1
                continue
            w = width(t)
            if cur and cw + w > cap and not (t in CLOSE and len(t) == 1):
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, cw, cap, True))
                cur, cap = carry, W
                cw = sum(width(x) for x in cur)
            cur.append(t)
            cw += w
        if cur:
            lines.append((cur, cw, cap, False))
        return lines

    def render_line(self, toks, full):
        rng = self.rng
        puncts = sum(1 for t in toks if t in PUNCT)
        nums = sum(1 for t in toks if t.isascii() and t.strip())
        if full and (puncts >= 2 or nums) and rng.random() < SPREAD_P:
            self.stats["justified lines spread with spaces"] += 1
            toks = [t for t in toks if t != " "]
            s = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a in CLOSE - {"”", "’"} and not a.isascii() or b in "“‘（《(":
                    s += b
                elif a in "（《(":
                    s += b
                else:
                    s += " " + b
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if t.isascii() and t[0].isalnum():
                if i and prev not in PUNCT and rng.random() < NUMSPACE_P:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                s += t
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt and nxt not in PUNCT and not nxt.isascii() and rng.random() < AFTERSPACE_P:
                    s += " "
                continue
            if t in "、，。" and i and rng.random() < GLYPHGAP_P:
                s += " "
                self.stats["glyph-gap spaces before full-width marks"] += 1
            s += t
            if t == "“" and i + 1 < len(toks) and rng.random() < QUOTESPACE_P:
                s += " "
                self.stats["spaces after an opening quote"] += 1
        s = re.sub(r" +", " ", s).strip()
        return s

    def body_lines(self, a, segs):
        W = a["width"] or self.W
        out = []
        for seg in segs:
            text = self.seg_text(a, seg)
            if self.kind == "para":
                out.append(text.replace("¦", ""))
                continue
            if seg["typ"] == "h":
                out.append(text.replace("¦", ""))
                continue
            for toks, cw, cap, more in self.flow(text, W, seg["start"]):
                full = more and cw >= cap - 1.0
                out.append(self.render_line(toks, full))
        return out

    # ---------------------------------------------------------------- head
    def head_tokens(self, a, spec):
        lines, cur, sep = [], [], None
        seen = []
        for m in re.finditer(r"([a-z][12]?)|([/+_~])", spec):
            if m.group(2):
                sep = m.group(2)
                if sep in "/+":
                    lines.append(("".join(cur), sep))
                    cur = []
                continue
            tok = m.group(1)
            field = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column",
                     "b": "byline"}[tok[0]]
            val = a[field]
            if len(tok) == 2:
                val = val.split("|")[int(tok[1]) - 1]
                self.stats["headline lines broken (last word alone)"] += tok[1] == "2" and sep in "/+"
            else:
                val = val.replace("|", "")
            val = conv(val, self.punct).replace("¦", "\n")
            if tok in seen:
                self.dups.append(val)
                self.stats["headlines drawn twice"] += 1
            seen.append(tok)
            if cur and sep == "_":
                cur.append(" ")
            cur.append(val)
        lines.append(("".join(cur), "/"))
        return lines

    # ---------------------------------------------------------------- page
    def build(self):
        rng = self.rng
        self.dups, extras = [], []
        out = []            # list of (text, sep) sep: "\n\n" or "\n"
        printed_body = set()
        pending_prefix = ""
        pieces = {k: self.pieces(a) for k, a in self.arts.items()}
        next_piece = {k: 0 for k in self.arts}
        head_run, last_head = 0, None
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            if op != "head":
                head_run = 0
            if op in ("mast", "box"):
                parts = rest.split("|")
                for p in parts:
                    sub = p.split("^")
                    for j, x in enumerate(sub):
                        out.append((x, "\n" if j < len(sub) - 1 else "\n\n"))
                extras.append(re.sub(r"\s+", "", "".join(parts).replace("^", "")))
                self.stats["masthead pieces" if op == "mast" else "box lines (countdowns, prompts, notices)"] += len(parts)
            elif op == "extra":
                out.append((rest, "\n\n"))
                extras.append(re.sub(r"\s+", "", rest))
                self.stats["box lines (countdowns, prompts, notices)"] += 1
            elif op == "marker":
                out.append((rest, "\n\n"))
                self.stats["jump markers"] += 1
            elif op == "prefix":
                pending_prefix = rest
                self.stats["jump markers"] += 1
            elif op == "head":
                aid, spec = rest.split(" ", 1)
                a = self.arts[aid]
                if aid in printed_body:
                    self.stats["headlines printed after their body"] += 1
                if head_run and last_head != aid:
                    self.stats["headlines bunched with other stories' heads"] += 1
                head_run, last_head = head_run + 1, aid
                for text, sep in self.head_tokens(a, spec):
                    out.append((text, "\n" if sep == "+" else "\n\n"))
                    if sep == "+":
                        self.stats["headline parts on single-newline lines"] += 1
            elif op == "body":
                parts = rest.split()
                aid = parts[0]
                a = self.arts[aid]
                P = pieces[aid]
                if len(parts) > 1:
                    r = parts[1]
                    lo, _, hi = r.partition("-")
                    lo = int(lo)
                    hi = (len(P) - 1 if hi == "" and "-" in r else int(hi or lo))
                else:
                    lo, hi = 0, len(P) - 1
                if lo != next_piece[aid]:
                    raise SystemExit(f"{self.name}: {aid} pieces out of order")
                next_piece[aid] = hi + 1
                if lo > 0:
                    self.stats["story pieces continued after a cut"] += 1
                segs = [s for p in P[lo:hi + 1] for s in p]
                lines = self.body_lines(a, segs)
                if pending_prefix and lines:
                    lines[0] = pending_prefix + lines[0]
                    pending_prefix = ""
                for ln in lines:
                    out.append((ln, "\n\n"))
                printed_body.add(aid)
            elif op == "repeat":
                t = out[-1][0]
                out.append((t, "\n\n"))
                self.dups.append(t.replace(" ", "") if self.kind == "column" else t)
                self.stats["lines printed twice"] += 1
            elif op == "photo":
                parts = rest.split()
                aid, mode = parts[0], (parts[1] if len(parts) > 1 else "inline")
                a = self.arts[aid]
                cap = conv(a["paras"][0][1], self.punct) if a["paras"] else ""
                cred = conv(a["byline"], self.punct)
                if mode == "inline":
                    out.append((cap + "  " + cred if cred else cap, "\n\n"))
                elif mode == "join":
                    out.append((cap + cred, "\n\n"))
                elif mode == "right":
                    out.append((cap, "\n\n"))
                    out.append((" " * 24 + cred, "\n\n"))
                    self.stats["credits right-aligned on a line of their own"] += 1
                elif mode == "below":
                    out.append((cap, "\n\n"))
                    out.append((cred, "\n\n"))
                elif mode == "caption":
                    out.append((cap, "\n\n"))
                printed_body.add(aid)
                self.stats["photo / cartoon captions"] += 1
            else:
                raise SystemExit(f"{self.name}: bad layout command {cmd}")
        for k, n in next_piece.items():
            if self.arts[k]["kind"] != "photo" and n != len(pieces[k]):
                raise SystemExit(f"{self.name}: {k} printed {n} of {len(pieces[k])} pieces")
        text = "\n\n"
        for t, sep in out:
            text += t + sep
        self.text = text
        self.extras = extras
        return text

    def gold(self, fname):
        arts = []
        for k in self.order:
            a = self.arts[k]
            g = {f: clean(a[f], self.punct) for f in ART_KEYS}
            g["kind"] = a["kind"]
            g["subheads"] = [clean(t, self.punct) for typ, t in a["paras"] if typ == "h"]
            g["paragraphs"] = [clean(t, self.punct) for typ, t in a["paras"]]
            arts.append({f: g[f] for f in ART_KEYS + ("subheads", "paragraphs")})
        front = self.meta.get("front", "").split()
        return {"source": fname, "issue_date": self.meta["date"],
                "issue_number": front[0] if front else None,
                "page_count": int(front[1]) if front else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build_all():
    files, rows, stats = {}, [], Counter()
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.build()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        stats.update(pg.stats)
        for a in gold["articles"]:
            stats[f"articles of kind {a['kind']}"] += 1
            if a["dateline"]:
                stats["datelines with 电" if "电" in a["dateline"] else "datelines with 讯"] += 1
            if a["column"]:
                stats["column labels (栏目)"] += 1
            if a["continued"]:
                stats["articles with a jump (continued)"] += 1
            stats["subheads (crossheads)"] += len(a["subheads"])
        if gold["issue_number"]:
            stats["front pages (masthead, issue number, page count)"] += 1
        stats["paragraph-layout pages" if pg.kind == "para" else "column-layout pages"] += 1
        rows.append((name + ".txt", pg.meta["date"], pg.meta["pageno"],
                     pg.kind, pg.punct, len(gold["articles"]), ucount(text),
                     pg.meta.get("subjects", "")))
    ph = ["| phenomenon | count |", "|---|---:|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(stats.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    pt += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    files["README.md"] = readme
    return files


def main():
    files = build_all()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            if f"{d.name}/{f.name}" not in files:
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
