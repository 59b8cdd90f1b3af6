#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) of this test set.

Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md (from README.in).
Standard library only; every small choice comes from random.Random(source file name),
so running it twice gives the same bytes.
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

FULL_PUNCT = "，、。；：？！“”（）《》"
CLOSERS = "，、。；：？！”）》),;:?!"
OPENERS = "“（《("
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@art"):
            sect = "art"
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "body": [], "width": None, "marker": ""}
            for f in FIELDS:
                cur[f] = ""
            arts[aid] = cur
            continue
        if sect == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            page[key] = val
        elif key == "p":
            cur["body"].append(("p", val))
        elif key == "sub":
            cur["body"].append(("sub", val))
        elif key == "width":
            cur["width"] = float(val)
        else:
            cur[key] = val
    return {"page": page, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- text helpers
def punct(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half (,();:)."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text: drop forced breaks and cut marks."""
    return s.replace("¶", "").replace("¦", "")


def clean_field(s: str) -> str:
    return clean(s).strip()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def gap_free(s: str) -> str:
    """Whitespace a careful reader removes: everything except spaces between ASCII words."""
    s = re.sub(r"\s+", " ", s.strip())
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", s)


def width(s: str) -> float:
    return sum(0 if c == " " else 0.5 if ord(c) < 128 else 1 for c in s)


NUM = re.compile(r"[0-9][0-9.,%/:]*[0-9%]?|[0-9]")


def space_numbers(s: str, mode: str, rng: random.Random, stats: Counter) -> str:
    """Glyph-gap spaces the extraction leaves around number runs (column layout)."""
    out, last = [], 0
    for m in re.finditer(r"[0-9][0-9.]*%?", s):
        a, b = m.span()
        run = m.group()
        before = a > 0 and is_cjk(s[a - 1]) or (a > 0 and s[a - 1] in "，、。；：）")
        after = b < len(s) and is_cjk(s[b])
        out.append(s[last:a])
        if run.endswith("%") and rng.random() < 0.15:
            run = run[:-1] + " %"
            stats["space before %"] += 1
        if mode == "both":
            run = (" " if before else "") + run + (" " if after else "")
        elif mode == "before":
            run = (" " if before and rng.random() < 0.8 else "") + run
        if run != m.group():
            stats["spaced number runs"] += 1
        out.append(run)
        last = b
    out.append(s[last:])
    return "".join(out)


def units(s: str) -> list[str]:
    """Glyph units: ASCII runs stay whole, everything else one character."""
    return re.findall(r"[A-Za-z0-9.%]+|\s|.", s)


def spread(line: str) -> str:
    """A justified column line spread with spaces (the pattern of the seeds)."""
    us = [u for u in units(line) if u != " "]
    out = us[0]
    for prev, u in zip(us, us[1:]):
        if prev in CLOSERS and u not in OPENERS:
            out += u
        elif u in OPENERS and prev not in CLOSERS:
            out += u
        else:
            out += " " + u
    return out


def flow(text: str, w: float) -> list[str]:
    """Break running text into column lines of w em; ¶ forces a break."""
    lines = []
    for seg in text.split("¶"):
        cur, cw = "", 0.0
        for u in units(seg):
            uw = width(u)
            if cur and cw + uw > w + 0.01 and u not in CLOSERS:
                carry, cur = "", cur.rstrip()
                while cur and cur[-1] in OPENERS:  # an opening mark never ends a line
                    carry, cur = cur[-1] + carry, cur[:-1]
                lines.append(cur.strip())
                cur, cw = carry, width(carry)
            cur += u
            cw += uw
        if cur.strip():
            lines.append(cur.strip())
    return lines


# ---------------------------------------------------------------- composing one page
class Page:
    def __init__(self, src: dict, name: str):
        self.src, self.name = src, name
        self.rng = random.Random(name)
        p = src["page"]
        self.layout = p["layout"]
        self.pmode = p.get("punct", "full")
        self.nummode = p.get("numbers", "both")
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats: Counter = Counter()
        self.pos: dict[str, int] = {}
        self.pieces = {aid: self.split(a) for aid, a in src["arts"].items()}
        self.body_seen: set[str] = set()
        self.head_seen: set[str] = set()
        self.last_cmd = ""

    def P(self, s: str) -> str:
        return punct(s, self.pmode)

    def split(self, a: dict) -> list[tuple[str, str, bool]]:
        """Body pieces (text, role, ends_paragraph); ¦ marks a cut inside a paragraph."""
        out = []
        for role, text in a["body"]:
            parts = text.split("¦")
            for i, part in enumerate(parts):
                out.append((part, role, i == len(parts) - 1))
        return out

    def emit(self, line: str):
        self.lines.append(line)

    # --- headline pieces
    def head_lines(self, text: str) -> list[str]:
        return [self.P(x).strip() for x in text.split("¶") if x.strip()]

    def cmd_head(self, aid: str, parts: str):
        a = self.src["arts"][aid]
        joined = self.layout == "paragraph" and "+" in parts
        if aid in self.body_seen and aid not in self.head_seen:
            self.stats["headline printed after its body (articles)"] += 1
        if self.last_cmd.startswith("head ") and self.last_cmd.split()[1] != aid:
            self.stats["headline bunched with another story's"] += 1
        self.head_seen.add(aid)
        names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        groups = parts.split(",")
        for g in groups:
            segs = [a[names[x]] for x in g.split("+")]
            if len(segs) > 1:
                self.emit(" ".join(self.P(clean(s)).strip() for s in segs))
                self.stats["headline parts on one line"] += 1
            else:
                ls = self.head_lines(segs[0])
                if len(ls) > 1:
                    self.stats["headline / byline broken over lines"] += 1
                for ln in ls:
                    self.emit(ln)
        del joined

    def cmd_body(self, aid: str, n: str, w: float | None):
        a = self.src["arts"][aid]
        pcs = self.pieces[aid]
        start = self.pos.get(aid, 0)
        end = len(pcs) if n == "*" else start + int(n)
        w = w or a["width"] or 16
        if start == 0 and "¶" in a["dateline"]:
            self.stats["forced line break inside a dateline"] += 1
        if start > 0 and not pcs[start - 1][2]:
            self.stats["paragraph continued after a cut"] += 1
        for i in range(start, end):
            text, role, ends = pcs[i]
            text = self.P(text)
            if i == 0 and a["dateline"]:
                text = self.P(a["dateline"]) + text
            if not ends:
                self.stats["paragraph cut (continued elsewhere)"] += 1
            if self.layout == "paragraph":
                for seg in text.split("¶"):
                    self.emit(self.quote_gap(seg.strip()))
            else:
                if role == "p":
                    text = space_numbers(text, self.nummode, self.rng, self.stats)
                    text = self.quote_gap(text)
                ls = flow(text, w) if role == "p" else [x.strip() for x in text.split("¶")]
                if i == 0 and a["dateline"]:
                    ls = self.keep_dateline_tail(ls, self.P(a["dateline"]))
                for j, ln in enumerate(ls):
                    last = j == len(ls) - 1
                    if (role == "p" and not last and sum(ln.count(c) for c in "，、。；：") >= 2
                            and self.rng.random() < 0.15):
                        ln = spread(ln)
                        self.stats["justified line spread with spaces"] += 1
                    self.emit(ln)
        self.pos[aid] = end
        self.body_seen.add(aid)

    def keep_dateline_tail(self, ls: list[str], dateline: str) -> list[str]:
        """A line never starts with fewer than 4 characters of a dateline's end:
        the compositor hangs such a tail on the line before."""
        n = len(re.sub(r"\s|¶", "", dateline))
        seen = 0
        for k, ln in enumerate(ls):
            m = len(re.sub(r"\s", "", ln))
            if seen < n < seen + m and n - seen < 4 and k > 0:
                cut, cnt = 0, 0
                while cnt < n - seen:
                    if not ln[cut].isspace():
                        cnt += 1
                    cut += 1
                ls[k - 1] += ln[:cut].strip()
                ls[k] = ln[cut:].strip()
                self.stats["dateline tail hung on the line before"] += 1
                break
            seen += m
        return ls

    def quote_gap(self, s: str) -> str:
        if "“" in s and self.rng.random() < 0.25:
            self.stats["space after an opening quote"] += 1
            return s.replace("“", "“ ", 1)
        return s

    def cmd_photo(self, aid: str, how: str):
        a = self.src["arts"][aid]
        caps = [self.P(clean(t)) for _, t in a["body"]]
        credit = self.P(a["byline"])
        if a["title"]:
            for ln in self.head_lines(a["title"]):
                self.emit(ln)
        if how == "inline" and credit:
            caps[-1] = caps[-1] + " " + credit
        for cap in caps:
            if how == "wide":
                for ln in flow(cap, 45):
                    self.emit(ln)
            else:
                self.emit(cap)
        if how == "wide" and credit:
            self.lines[-1] += " " + credit
        elif how not in ("inline", "wide") and credit:
            if how == "right":
                self.emit(" " * self.rng.randint(18, 40) + credit)
                self.stats["credit right-aligned on its own line"] += 1
            else:
                self.emit(credit)
        self.stats["photo / cartoon pieces"] += 1

    def run(self):
        for cmd in self.src["layout"]:
            op, _, rest = cmd.partition(" ")
            if op == "masthead":
                pieces = [x.strip() for x in rest.split("|")]
                for x in pieces:
                    self.emit(self.P(x))
                self.extras.append(self.P("".join(x.replace(" ", "") for x in pieces)))
                self.stats["masthead pieces"] += len(pieces)
            elif op == "box":
                pieces = [self.P(x.strip()) for x in rest.split("|")]
                for x in pieces:
                    self.emit(x)
                self.extras.append(gap_free("".join(pieces)))
                self.stats["box lines (countdown, code prompt, frame)"] += len(pieces)
            elif op == "head":
                aid, parts = rest.split()
                self.cmd_head(aid, parts)
            elif op == "body":
                bits = rest.split()
                w = float(bits[2][2:]) if len(bits) > 2 else None
                self.cmd_body(bits[0], bits[1], w)
            elif op == "photo":
                bits = rest.split()
                self.cmd_photo(bits[0], bits[1] if len(bits) > 1 else "own")
            elif op == "marker":
                aid, text = rest.split(" ", 1)
                self.emit(self.P(text))
                self.stats["jump markers"] += 1
            elif op == "again":
                k = int(rest)
                again = self.lines[-k:]
                for ln in again:
                    self.emit(ln)
                    self.dups.append(gap_free(ln))
                self.stats["lines printed twice"] += k
            elif op == "double":
                aid, how = rest.split()
                t = self.P(clean(self.src["arts"][aid]["title"]))
                if how == "inline":
                    self.lines[-1] += t
                else:
                    self.emit(t)
                self.dups.append(t)
                self.stats["headline drawn twice"] += 1
            elif op == "blank":
                self.emit("")
            else:
                raise SystemExit(f"{self.name}: unknown layout command {cmd!r}")
            self.last_cmd = cmd
        for aid, pcs in self.pieces.items():
            if self.src["arts"][aid]["kind"] != "photo" and self.pos.get(aid, 0) != len(pcs):
                raise SystemExit(f"{self.name}: {aid} body not fully laid out")
            if aid not in self.head_seen and self.src["arts"][aid]["kind"] != "photo" and (
                    self.src["arts"][aid]["title"] or self.src["arts"][aid]["kicker"]):
                raise SystemExit(f"{self.name}: {aid} headline never printed")

    def text(self) -> str:
        lead = "\n\n" if self.layout == "paragraph" else " "
        return lead + "\n\n".join(self.lines) + "\n"

    def gold(self, fname: str) -> dict:
        p = self.src["page"]
        arts = []
        for a in self.src["arts"].values():
            paras = [self.P(clean(t)).strip() for _, t in a["body"]]
            subs = [self.P(clean(t)).strip() for r, t in a["body"] if r == "sub"]
            g = {"kind": a["kind"]}
            for f in FIELDS:
                g[f] = self.P(clean_field(a[f]))
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        return {
            "source": fname,
            "issue_date": p["date"],
            "issue_number": p.get("issue_number") or None,
            "page_count": int(p["page_count"]) if p.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def compose_all():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    rows, total = [], Counter()
    for i, sp in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(sp)
        pg = Page(src, sp.name)
        pg.run()
        text = pg.text()
        stem = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (PAGES / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{stem}.txt")
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stats)
        p = src["page"]
        chars = len(re.sub(r"\s", "", text))
        rows.append(f"| {stem}.txt | {p['date']} | {p['page']} | {p['layout']} | {p.get('punct', 'full')}"
                    f" | {len(gold['articles'])} | {chars} | {p.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    compose_all()
