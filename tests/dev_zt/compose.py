#!/usr/bin/env python3
"""Compose the dev_zt blind test pages of the Hunan Daily (湖南日报).

Reads the hand-written stories and layout scripts in src/*.txt and lays every
page out as the e-paper text extraction prints it, in one of the two layouts the
seeds show:

  column     one printed column line per text line, each followed by a blank
             line (seeds 000, 004): lines cut at the story's column width, lines
             justified with spaces, spaces around number runs, headlines moved
             after their bodies or bunched, box lines and masthead mixed in.
  paragraph  one paragraph per line, blank lines between (seeds 001-003):
             headline parts on lines of their own or joined by spaces, stories
             cut mid-paragraph and continued after a piece of another story,
             lines printed twice, photo areas after runs of blank lines.

Writes pages/NNN_<hash>.txt, gold/NNN_<hash>.json and README.md. Deterministic:
every random choice comes from a random.Random seeded by the page's source.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
PAGES = ROOT / "pages"
GOLD = ROOT / "gold"

CUT = "¦"            # cut point inside a source paragraph (paragraph layout)
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")",
                      "？": "?", "！": "!"})
MIXED = str.maketrans({"（": "(", "）": ")"})

# punctuation classes for line breaking and for the justification spaces
CLOSE = set("，。、；：？！”’）》,.;:?!)%")     # may not start a line
OPEN = set("“‘（《(")                          # may not end a line
PUNCT = set("，。、；：？！“”‘’（）《》,;:?!()—…·")
NO_SPACE_AFTER = set("、。，；：？！”’》）（《,;:?!()")
NO_SPACE_BEFORE = set("“‘《（》）(")

TALLY: Counter = Counter()          # phenomena, counted as they are laid out


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f: dict[str, str] = {}
        self.paras: list[str] = []

    def get(self, key: str, default: str = "") -> str:
        return self.f.get(key, default)

    def num(self, key: str, default: float) -> float:
        return float(self.f[key]) if key in self.f else default


def parse(path: Path) -> dict:
    page = {"head": {}, "arts": {}, "order": [], "script": []}
    cur = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!"):                      # comment
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                cur = "layout"
            else:
                cur = Article(parts[0], parts[1])
                page["arts"][cur.id] = cur
                page["order"].append(cur.id)
            in_body = False
            continue
        if cur is None:
            if ":" in line:
                k, v = line.split(":", 1)
                page["head"][k.strip()] = v.strip()
            continue
        if cur == "layout":
            if line.strip():
                page["script"].append(line.strip())
            continue
        if not in_body:
            if line.strip() == "--":
                in_body = True
            elif ":" in line:
                k, v = line.split(":", 1)
                cur.f[k.strip()] = v.strip()
            continue
        if line.strip():
            cur.paras.append(line.strip())
    return page


# ---------------------------------------------------------------- helpers
def is_ascii_tok(t: str) -> bool:
    return t[0].isascii() and t[0].isalnum()


def tokens(text: str) -> list[str]:
    """Split into breakable units: runs of ASCII letters/digits stay whole."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9.%+/]*|\s|.", text.replace(SP, " "))


def tok_width(t: str) -> float:
    if t.isspace():
        return 0.5
    if is_ascii_tok(t):
        return 0.5 * len(t)
    if t in PUNCT:
        return 0.8
    return 1.0


SP = "\u2423"        # a space the page prints that the gold text leaves out


def clean(s: str) -> str:
    return s.replace(CUT, "").replace("|", "").replace(SP, "")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_han(t: str) -> bool:
    return len(t) == 1 and not t.isascii() and t not in PUNCT


def is_punct_tok(t: str) -> bool:
    return len(t) == 1 and t in PUNCT


# ---------------------------------------------------------------- composer
class Composer:
    def __init__(self, page: dict, rng: random.Random):
        self.page = page
        self.rng = rng
        h = page["head"]
        self.layout = h["layout"]
        self.punct = h.get("punct", "full")
        self.out: list[str] = []        # printed lines / blocks
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.seen_head: set[str] = set()
        self.cols_printed: set[str] = set()
        self.by_printed: set[str] = set()
        self.col_lines: dict[str, list[str]] = {}
        self.tr = {"half": HALF, "mixed": MIXED}.get(self.punct)
        if self.tr:
            for a in page["arts"].values():
                a.f = {k: v.translate(self.tr) for k, v in a.f.items()}
                a.paras = [p.translate(self.tr) for p in a.paras]

    # ---- printing primitives
    def emit(self, text: str):
        if not text.strip():
            raise SystemExit(f"empty line emitted on {self.page['head']['date']}")
        self.out.append(text)

    def block_gap(self):
        self.out.append(None)          # paragraph layout: extra blank lines

    # ---- spacing of a printed column line
    def space_line(self, toks: list[str], art: Article | None, spread: bool) -> str:
        toks = [t for t in toks]
        while toks and toks[0].isspace():
            toks.pop(0)
        while toks and toks[-1].isspace():
            toks.pop()
        if not toks:
            return ""
        if spread:
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a.isspace() or b.isspace():
                    out += b if not out.endswith(" ") else b.strip()
                    continue
                if a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE:
                    out += b
                else:
                    out += " " + b
            TALLY["column lines justified with spaces"] += 1
            return out
        pb, pa, pp = (0.0, 0.0, 0.0)
        gaps = qgap = 0.0
        if art is not None:
            ns = art.get("numsp", self.page["head"].get("numsp", "0 0 0")).split()
            pb, pa = float(ns[0]), float(ns[1])
            pp = float(ns[2]) if len(ns) > 2 else 0.0
            gaps = art.num("gaps", 0.0)
            qgap = art.num("qgap", 0.0)
        out = ""
        prev = None
        for t in toks:
            piece = t
            if is_ascii_tok(t) and pp and t.endswith("%") and len(t) > 1 \
                    and self.rng.random() < pp:
                piece = t[:-1] + " %"
                TALLY["space before %"] += 1
            if prev is not None and not out.endswith(" ") and not t.isspace():
                sp = False
                if is_ascii_tok(t) and is_han(prev) \
                        and self.rng.random() < pb:
                    sp = True
                elif is_ascii_tok(prev) and is_han(t) and self.rng.random() < pa:
                    sp = True
                elif gaps and (t in "，、" or prev in "，、") and self.rng.random() < gaps:
                    sp = True
                    TALLY["glyph-gap spaces around punctuation"] += 1
                elif qgap and prev == "“" and self.rng.random() < qgap:
                    sp = True
                    TALLY["space after an opening quote"] += 1
                if sp:
                    out += " "
            out += piece
            prev = t
        return out

    # ---- column wrapping
    @staticmethod
    def dateline_ok(lines: list[str], prefix: str) -> bool:
        """A line must not start with a scrap of 1-3 characters of the dateline
        followed by body text (no reader can place such a scrap)."""
        rest = squash(prefix.replace("|", ""))
        for ln in lines:
            s = squash(ln)
            if len(s) >= len(rest):
                return not (0 < len(rest) < 4 and len(s) > len(rest))
            rest = rest[len(s):]
        return True

    def wrap(self, text: str, width: float, indent: bool, last_is_end: bool,
             art: Article | None, adj: float = 0) -> list[str]:
        """Fill column lines of `width` em; the first line is indented 2 em
        when it opens a paragraph. Returns printed lines."""
        spread_p = art.num("spread", float(self.page["head"].get("spread", 0.06))) \
            if art is not None else 0.0
        segs = text.split("|")
        lines: list[tuple[list[str], float, bool]] = []   # tokens, slack, hard_end
        first = True
        for si, seg in enumerate(segs):
            toks = tokens(seg)
            i = 0
            while i < len(toks):
                cap = width - (2 if (first and indent) else 0) + (adj if first else 0)
                first = False
                cur: list[str] = []
                w = 0.0
                while i < len(toks):
                    t = toks[i]
                    tw = tok_width(t)
                    if not cur and t.isspace():
                        i += 1
                        continue
                    if w + tw <= cap + 1e-9:
                        cur.append(t)
                        w += tw
                        i += 1
                        continue
                    if t in CLOSE and cur:            # hanging punctuation
                        cur.append(t)
                        w += tw
                        i += 1
                    break
                while i < len(toks) and toks[i] in CLOSE and cur:
                    cur.append(toks[i])
                    w += tok_width(toks[i])
                    i += 1
                if i < len(toks) and cur and cur[-1] in OPEN and len(cur) > 1:
                    i -= 1
                    w -= tok_width(cur.pop())
                if not cur:           # a token wider than the line
                    cur.append(toks[i])
                    w += tok_width(toks[i])
                    i += 1
                hard = i >= len(toks)
                lines.append((cur, cap - w, hard and si < len(segs) - 1))
        printed = []
        for k, (toks, slack, hard) in enumerate(lines):
            is_last = k == len(lines) - 1
            spread = False
            if not (is_last and last_is_end) and not hard:
                if slack >= 1.0:
                    spread = True
                elif spread_p and any(t in PUNCT or is_ascii_tok(t) for t in toks) \
                        and self.rng.random() < spread_p:
                    spread = True
            printed.append(self.space_line(toks, art, spread))
        return printed

    # ---- script commands
    def art(self, aid: str) -> Article:
        return self.page["arts"][aid]

    def cmd_head(self, a: Article, mode: list[str]):
        parts = [a.get("kicker"), a.get("title"), a.get("subtitle")]
        parts = [p for p in parts if p]
        lead_space = "sp" in mode
        self.seen_head.add(a.id)
        if self.layout == "paragraph":
            if "join" in mode:
                line = " ".join(p.replace("|", "") for p in parts)
                self.emit(line)
                if len(parts) > 1:
                    TALLY["headline parts joined by spaces on one line"] += 1
            else:
                for p in parts:
                    self.emit("\n".join(p.split("|")))
                    if "|" in p:
                        TALLY["headline part broken over two lines"] += 1
        else:
            first = True
            for p in parts:
                for seg in p.split("|"):
                    self.emit((" " if (first and lead_space) else "") + seg)
                    first = False
                if "|" in p:
                    TALLY["headline part broken over two lines"] += 1
        if "bold2" in mode or "bold1" in mode:
            t = clean(a.get("title"))
            if "bold2" in mode:
                self.emit(t)
            else:
                self.out[-1] = self.out[-1] + t if self.out[-1] else t
            self.dups.append(t)
            TALLY["headline drawn twice (bold)"] += 1

    def cmd_by(self, a: Article):
        self.by_printed.add(a.id)
        segs = [s.strip() for s in a.get("byline").split("|")]
        if self.layout == "paragraph":
            self.emit("\n".join(segs))
        else:
            for s in segs:
                self.emit(s)
        if len(segs) > 1:
            TALLY["byline broken over lines"] += 1

    def cmd_col(self, a: Article):
        self.cols_printed.add(a.id)
        segs = [s.strip() for s in a.get("column").split("|")]
        if self.layout == "paragraph":
            self.emit("\n".join(segs))
        else:
            for s in segs:
                self.emit(s)
        TALLY["column labels printed"] += 1

    def pos(self, a: Article, s: str) -> tuple[int, int]:
        if s == "end":
            return (len(a.paras), 0)
        if "^" in s:
            p, c = s.split("^")
            return (int(p), int(c))
        return (int(s), 0)

    def pieces(self, a: Article, start: str, end: str):
        (p0, c0), (p1, c1) = self.pos(a, start), self.pos(a, end)
        for p, c in ((p0, c0), (p1, c1)):
            if c and a.paras[p].count(CUT) < c:
                raise SystemExit(f"{a.id}: no cut marker {c} in paragraph {p}")
        last = p1 if c1 > 0 else p1 - 1
        res = []
        for i in range(p0, last + 1):
            parts = a.paras[i].split(CUT)
            lo = c0 if i == p0 else 0
            hi = c1 if (i == p1 and c1 > 0) else len(parts)
            res.append((i, "".join(parts[lo:hi]), lo == 0, hi == len(parts)))
        return res

    def dateline_print(self, a: Article) -> str:
        return a.get("dateline")

    def cmd_body(self, a: Article, start: str, end: str, dup: bool = False):
        width = a.num("width", float(self.page["head"].get("width", 18)))
        lead = a.get("lead")
        leadmode = a.get("leadmode", "own")
        pcs = self.pieces(a, start, end)
        for n, (i, text, is_start, is_end) in enumerate(pcs):
            sub = text.startswith("## ")
            if sub:
                text = text[3:]
            prefix = ""
            if i == 0 and is_start:
                if lead and not dup:
                    if leadmode == "inline":
                        prefix = lead
                    else:
                        self.emit(lead)
                dl = self.dateline_print(a)
                if dl:
                    prefix += dl
            if dup:
                self.dups.append(clean(text))
            if self.layout == "paragraph":
                full = prefix + text
                for seg in full.split("|"):
                    self.emit(self.para_line(seg, a))
                if "|" in full:
                    TALLY["paragraph split by a column break (rejoined)"] += 1
            else:
                if sub:
                    self.emit(text)
                    continue
                full = prefix + text.replace(CUT, "")
                state = self.rng.getstate()
                for adj in (0, -1, 1, -2, 2, -3):
                    self.rng.setstate(state)
                    indent = is_start and not (i == 0 and a.kind == "continuation")
                    lines = self.wrap(full, width, indent, is_end, a, adj)
                    if not prefix or self.dateline_ok(lines, prefix):
                        break
                for ln in lines:
                    self.emit(ln)
                self.col_lines.setdefault(a.id, []).extend(lines)
            if not is_end and self.layout == "paragraph" and not dup:
                TALLY["paragraph cut mid-text (continued later)"] += 1
        if dup:
            TALLY["lines printed twice"] += len(pcs)

    def para_line(self, text: str, a: Article) -> str:
        text = text.replace(CUT, "").replace(SP, " ")
        if a.f.get("numsp") or a.f.get("gaps") or a.f.get("qgap"):
            return self.space_line(tokens(text), a, False)
        return text

    def cmd_photo(self, a: Article, mode: list[str]):
        cap = " ".join(a.paras)
        credit = a.get("byline")
        title = a.get("title")
        self.seen_head.add(a.id)
        if title:
            self.emit(title)
            TALLY["photo titles"] += 1
        if self.layout == "paragraph":
            if "inline" in mode and credit:
                self.emit(cap + " " + credit)
                TALLY["photo credit on the caption line"] += 1
            else:
                self.emit(cap)
                if credit:
                    self.emit(credit)
                    TALLY["photo credit on its own line"] += 1
            return
        width = a.num("width", 40)
        spreadcap = "spreadcap" in mode
        lines = self.wrap(cap, width, False, True, a)
        if spreadcap:
            lines = [self.space_line(tokens(l.replace(" ", "")), a, True) for l in lines]
            TALLY["caption lines spread with spaces"] += 1
        if "inline" in mode and credit:
            lines[-1] = lines[-1] + " " + credit
            TALLY["photo credit on the caption line"] += 1
        for ln in lines:
            self.emit(ln)
        if credit and "inline" not in mode:
            if "right" in mode:
                self.emit(" " * int(a.num("pad", 24)) + credit)
                TALLY["credit right-aligned (leading spaces)"] += 1
            else:
                self.emit(credit)
            TALLY["photo credit on its own line"] += 1

    def run(self):
        h = self.page["head"]
        body_done: set[str] = set()
        run_len = 0
        for line in self.page["script"]:
            parts = line.split()
            c = parts[0]
            if c == "head" and parts[1] in body_done:
                TALLY["headlines printed after their body"] += 1
                run_len += 1
                if run_len == 2 and self.layout == "column":
                    TALLY["bunched headlines (2+ stories' headlines in a row after their bodies)"] += 1
            else:
                run_len = 0
            if c == "body":
                body_done.add(parts[1])
                a = self.art(parts[1])
                if parts[2] == "0" and "|" in a.get("dateline"):
                    TALLY["dateline broken inside its date"] += 1
            if c == "mast":
                pieces = [p for p in h["mast"].split("|")]
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(pieces))
                TALLY["masthead"] += 1
            elif c == "extra":
                text = line[len("extra"):].strip()
                segs = text.split("|")
                if self.layout == "paragraph":
                    for s in segs:
                        self.emit(s)
                else:
                    for s in segs:
                        self.emit(s)
                self.extras.append("".join(segs))
                TALLY["box lines (extras)"] += 1
            elif c == "marker":
                self.emit(line[len("marker"):].strip())
                TALLY["jump markers (下转)"] += 1
            elif c == "gap":
                self.block_gap()
            elif c == "head":
                self.cmd_head(self.art(parts[1]), parts[2:])
            elif c == "by":
                self.cmd_by(self.art(parts[1]))
            elif c == "col":
                self.cmd_col(self.art(parts[1]))
            elif c == "body":
                self.cmd_body(self.art(parts[1]), parts[2], parts[3])
            elif c == "dupbody":
                self.cmd_body(self.art(parts[1]), parts[2], parts[3], dup=True)
            elif c == "dupcol":            # a printed column line drawn again
                t = self.col_lines[parts[1]][int(parts[2])]
                self.emit(t)
                self.dups.append(t.strip())
                TALLY["lines printed twice"] += 1
            elif c == "dupline":
                t = line[len("dupline"):].strip()
                self.emit(t)
                self.dups.append(t)
                TALLY["lines printed twice"] += 1
            elif c == "photo":
                self.cmd_photo(self.art(parts[1]), parts[2:])
            else:
                raise SystemExit(f"unknown layout command {line!r}")

    def text(self) -> str:
        if self.layout == "column":
            lines = [l for l in self.out if l is not None]
            lines[0] = " " + lines[0] if not lines[0].startswith(" ") else lines[0]
            return "\n\n".join(lines) + "\n\n\n"
        buf = ""
        for l in self.out:
            if l is None:
                buf += "\n\n"
            else:
                buf += "\n\n" + l
        return buf

    def gold_articles(self) -> list[dict]:
        res = []
        for aid in self.page["order"]:
            a = self.art(aid)
            paras, subs = [], []
            for p in a.paras:
                if p.startswith("## "):
                    s = p[3:]
                    subs.append(s)
                    paras.append(s)
                else:
                    paras.append(clean(p))
            res.append({
                "kind": a.kind,
                "column": clean(a.get("column")),
                "kicker": clean(a.get("kicker")),
                "title": clean(a.get("title")),
                "subtitle": clean(a.get("subtitle")),
                "byline": " ".join(s.strip() for s in clean(a.get("byline").replace("|", "\n")).split("\n") if s.strip()),
                "dateline": clean(a.get("dateline")),
                "continued": a.get("continued"),
                "subheads": subs,
                "paragraphs": paras,
            })
        return res


# ---------------------------------------------------------------- main
def main():
    TALLY.clear()
    srcs = sorted(SRC.glob("p*.txt"))
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    kinds = Counter()
    for n, path in enumerate(srcs):
        page = parse(path)
        h = page["head"]
        rng = random.Random(f"dev_zt:{path.name}:{h.get('seed', '0')}")
        comp = Composer(page, rng)
        comp.run()
        for a in page["order"]:
            art = comp.art(a)
            if art.get("column") and a not in comp.cols_printed:
                raise SystemExit(f"{path.name}: column label of {a} never printed")
            if art.kind != "photo" and any(art.get(k) for k in ("kicker", "title", "subtitle")) \
                    and a not in comp.seen_head:
                raise SystemExit(f"{path.name}: headline of {a} never printed")
            if art.get("byline") and art.kind != "photo" and a not in comp.by_printed:
                raise SystemExit(f"{path.name}: byline of {a} never printed")
        missing = [a for a in page["order"] if not any(
            (l.split()[1:2] == [a]) for l in page["script"] if l.split()[0] in
            ("body", "photo"))]
        if missing:
            raise SystemExit(f"{path.name}: articles never laid out: {missing}")
        text = comp.text()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{digest}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        arts = comp.gold_articles()
        gold = {
            "source": f"{name}.txt",
            "issue_date": h["date"],
            "issue_number": h.get("issue") or None,
            "page_count": int(h["pages"]) if h.get("pages") else None,
            "articles": arts,
            "extras": comp.extras,
            "duplicates": comp.dups,
        }
        (GOLD / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for a in arts:
            kinds[a["kind"]] += 1
        TALLY[f"pages in the {comp.layout} layout"] += 1
        if comp.punct == "half":
            TALLY["pages with half-width punctuation (,();:)"] += 1
        if comp.punct == "mixed":
            TALLY["pages with full-width commas, half-width parentheses"] += 1
        for a in arts:
            if "电（" in a["dateline"] or "电(" in a["dateline"]:
                TALLY["新华社 datelines with 电"] += 1
            if "新湖南客户端" in a["byline"]:
                TALLY["湖南日报·新湖南客户端记者 … 报道 bylines"] += 1
            if a["kind"] == "continuation":
                TALLY["continuations (上接/紧接)"] += 1
            if a["subheads"]:
                TALLY["articles with crossheads"] += 1
            if a["subtitle"].startswith("——"):
                TALLY["dash-led subtitles"] += 1
            if a["column"]:
                TALLY["articles with a column label"] += 1
            if a["kind"] in ("commentary", "feature") and a["byline"] and \
                    " " not in a["byline"] and "记者" not in a["byline"]:
                TALLY["bare-name bylines"] += 1
        rows.append({
            "file": name, "date": h["date"], "page": h.get("pageno", "?"),
            "layout": comp.layout, "punct": comp.punct,
            "articles": len(arts), "chars": len(squash(text)),
            "front": h.get("front", "no"), "topic": h.get("topic", ""),
        })
    write_readme(rows, kinds)
    print(f"composed {len(rows)} pages")


def write_readme(rows, kinds):
    tmpl = (ROOT / "README.in").read_text(encoding="utf-8")
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(TALLY.items()))
    pg = "\n".join(
        f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
        f"{r['articles']} | {r['chars']} | {r['topic']} |" for r in rows)
    kd = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    total = sum(r["chars"] for r in rows)
    text = (tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg)
            .replace("{{KINDS}}", kd).replace("{{NARTS}}", str(sum(kinds.values())))
            .replace("{{TOTAL}}", str(total)))
    (ROOT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
