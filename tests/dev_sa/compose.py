#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw extracted page text (pages/), with their
gold annotations (gold/) and README.md (from README.in).

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file's name.

    python3 compose.py            # writes pages/, gold/, README.md
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
SRC = HERE / "src"

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！）》”’…—,.;:?!)")      # may not start a line; no gap after
OPEN = set("（《“‘(")                               # may not end a line
NO_GAP_BEFORE = set("》）)")                        # closing brackets hug the glyph before
NO_GAP_AFTER = set("，。、；：？！）》”’（《(),;:")    # glyphs whose blank side follows
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/·:]+")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


PUNCT = {
    # full: leave as written (sources are written full-width)
    "full": {},
    # full commas and stops, half-width brackets (seeds 002, 003)
    "mixed": {"（": "(", "）": ")"},
    # half-width , ( ) ; : (seed 001)
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT[mode].items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- source parsing
META_KEYS = ("date", "page", "layout", "punct", "issue", "pages", "subjects", "note")
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "marker", "head", "w", "num", "bybreak", "dlbreak", "photo",
            "markerglue", "headdup")


def parse_src(path: Path) -> dict:
    meta: dict = {}
    arts: dict = {}
    layout: list = []
    cur = None
    mode = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            cur = {"id": parts[0], "kind": parts[1], "body": [], "opts": {}}
            for k in ART_KEYS:
                cur.setdefault(k, "")
            cur["kind"] = parts[1]
            arts[cur["id"]] = cur
            mode = "art"
            continue
        if line.strip() == "@layout":
            mode = "layout"
            continue
        if mode == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif mode == "art":
            if line.strip() == "--":
                mode = "body"
                continue
            k, _, v = line.partition(":")
            k = k.strip()
            if k not in ART_KEYS:
                raise SystemExit(f"{path.name}: unknown key {k!r} in {cur['id']}")
            cur[k] = v.strip()
        elif mode == "body":
            cur["body"].append(line.strip())
        elif mode == "layout":
            layout.append(line.strip())
    return {"meta": meta, "arts": arts, "layout": layout, "name": path.name}


# ---------------------------------------------------------------- tokens and line flow
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.group()[0] not in ".:/-·":
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tw(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok if c != " ")


def lead_tokens(lead: str, cap: float) -> list[str]:
    """A dateline's words (names, 通讯员, the date) are not broken inside: each
    space-separated word is one token when it fits the line (seed habit)."""
    out = []
    for j, word in enumerate(lead.split(" ")):
        if j:
            out.append(" ")
        if sum(tw(t) for t in tokens(word)) <= min(cap, 7):
            out.append(word)
        else:
            out.extend(tokens(word))
    return out


def flow(text: str, width: float, indent: float = 2.0, lead: str = "") -> list[tuple[list[str], float, bool]]:
    """Set one paragraph into lines of `width` em. Returns (tokens, slack, last) per
    line. Measured on the column seeds: CJK and full-width punctuation 1 em, ASCII
    0.5 em; mid-line punctuation may be squeezed to 0.5 em so a closing mark can
    join the line; a closing mark that cannot join pulls the last character down,
    and an opening mark never ends a line, which leaves slack that the printer
    spreads (the justified lines of seeds 000 and 004)."""
    toks = (lead_tokens(lead, width - indent) if lead else []) + tokens(text)
    lines = []
    i = 0
    cap = width - indent
    while i < len(toks):
        line, w = [], 0.0
        while i < len(toks):
            t = toks[i]
            if t == " " and not line:
                i += 1
                continue
            if w + tw(t) <= cap:
                line.append(t)
                w += tw(t)
                i += 1
                continue
            # squeeze: closing punctuation joins if squeezing mid-line punctuation makes room
            npunct = sum(1 for x in line if x in CLOSE)
            if t in CLOSE and len(t) == 1 and npunct and w + 1.0 - 0.5 * npunct <= cap:
                line.append(t)
                w += 0.5
                i += 1
            break
        # kinsoku: next token may not start a line
        if i < len(toks) and toks[i] in CLOSE and len(line) > 2:
            while line and line[-1] in CLOSE:
                i -= 1
                w -= tw(line.pop())
            i -= 1
            w -= tw(line.pop())
        while line and line[-1] in OPEN and len(line) > 2:
            i -= 1
            w -= tw(line.pop())
        lines.append((line, max(0.0, cap - w), i >= len(toks)))
        cap = width
    return lines


def render_line(toks: list[str], spread: bool, numsp: str, rng: random.Random, st: Counter) -> str:
    if spread:
        st["justified (spread) lines"] += 1
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            gap = " "
            if a in NO_GAP_AFTER or a in "《（" or b in NO_GAP_BEFORE or b in "《（“":
                gap = ""
            out += gap + b
        return re.sub(r" +", " ", out).strip(" ")
    out = ""
    for j, t in enumerate(toks):
        asc = all(ord(c) < 128 for c in t) and t != " "
        if asc and numsp != "none" and t[0].isdigit():
            if j > 0 and not out.endswith(" ") and out[-1:] not in NO_GAP_AFTER and out[-1:] not in "“‘":
                out += " "
            out += t
            if numsp == "both" and j < len(toks) - 1:
                out += " "
            st["spaces around number runs"] += 1
            continue
        if t in "、，" and j > 0 and toks[j - 1][-1:] in "%0123456789" and rng.random() < 0.3:
            out = out.rstrip() + " "
            st["glyph-gap spaces at punctuation"] += 1
        if t == "%" and rng.random() < 0.5:
            out += " "
            st["glyph-gap spaces at punctuation"] += 1
        if t == "“" and j < len(toks) - 1 and rng.random() < 0.07:
            out += t + " "
            st["space after an opening quote"] += 1
            continue
        out += t
    return re.sub(r" +", " ", out).strip(" ")


# ---------------------------------------------------------------- page rendering
class Page:
    def __init__(self, src: dict):
        self.src = src
        self.meta = src["meta"]
        self.mode = self.meta["punct"]
        self.col = self.meta["layout"] == "column"
        self.rng = random.Random(src["name"])
        self.st: Counter = Counter()
        self.out: list[str] = []          # printed blocks; joined later
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed_markers: dict[str, str] = {}
        self.first: dict[str, int] = {}
        self.arts = src["arts"]
        for a in self.arts.values():
            self.prepare(a)

    # -- text helpers
    def p(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, text: str, sep: str = "\n\n"):
        if getattr(self, "pending_lead", False) and text:
            text = " " + text
            self.pending_lead = False
            self.st["leading space on a line"] += 1
        self.out.append((text, sep))

    def prepare(self, a: dict):
        paras, subs = [], []
        for line in a["body"]:
            if line.startswith("## "):
                subs.append(self.p(line[3:]))
                paras.append(self.p(line[3:]))
            else:
                paras.append(self.p(line))
        a["paras_src"] = paras            # may hold | cut marks
        a["subs"] = subs
        a["w_raw"] = a["w"]
        a["w"] = float(a["w"] or 17)
        a["num"] = a["num"] or self.rng.choice(["both", "before", "before", "none"])
        # pieces for the paragraph layout: split at | (a cut inside or after a paragraph)
        pieces, cur = [], []
        for para in paras:
            bits = para.split("|")
            for j, b in enumerate(bits):
                if j > 0:
                    pieces.append(cur)
                    cur = []
                if b:
                    cur.append([b, j == 0])  # [text, starts a paragraph]
        if cur:
            pieces.append(cur)
        a["pieces"] = pieces
        a["lines"] = None
        a["started"] = False

    # -- gold
    def gold_article(self, a: dict) -> dict:
        paras = [nows(x.replace("|", "")) for x in a["paras_src"]]
        return {
            "kind": a["kind"],
            "column": self.p(a["column"]),
            "kicker": self.p(a["kicker"]),
            "title": self.p(a["title"]),
            "subtitle": self.p(a["subtitle"]),
            "byline": self.p(a["byline"]),
            "dateline": self.p(a["dateline"]),
            "continued": self.p(a["continued"]),
            "subheads": a["subs"],
            "paragraphs": [x for x in paras if x],
        }

    # -- headlines
    def head(self, a: dict, style: str = ""):
        style = style or a["head"] or "stack"
        parts = [self.p(x) for x in (a["kicker"], a["title"], a["subtitle"]) if x]
        title = self.p(a["title"])
        if style.startswith("split"):
            # the title's last word alone on the next line
            n = int(style.split(":")[1])
            lines = []
            for x in parts:
                if x == title:
                    lines.append((x[:-n], "\n"))
                    lines.append((x[-n:], "\n\n"))
                    self.st["headline's last word alone"] += 1
                else:
                    lines.append((x, "\n\n"))
        elif style == "tight":
            lines = [(x, "\n") for x in parts[:-1]] + [(parts[-1], "\n\n")]
        elif style == "one":
            lines = [(" ".join(parts), "\n\n")]
            if len(parts) > 1:
                self.st["headline stack joined on one line"] += 1
        elif style == "kt":   # kicker and title on one line, subtitle below
            lines = [(" ".join(parts[:2]), "\n\n")] + [(x, "\n\n") for x in parts[2:]]
        elif style == "double":
            lines = [(x, "\n\n") if x != title else (x + " " + x, "\n\n") for x in parts]
            self.dups.append(nows(title))
            self.st["headline drawn twice"] += 1
        elif style == "twice":
            lines = []
            for x in parts:
                lines.append((x, "\n\n"))
                if x == title:
                    lines.append((x, "\n\n"))
            self.dups.append(nows(title))
            self.st["headline drawn twice"] += 1
        else:
            lines = [(x, "\n\n") for x in parts]
        if len(parts) > 1:
            self.st["headline stacks of 2-4 lines"] += 1
        for t, sep in lines:
            self.emit(t, sep)

    def byline(self, a: dict):
        b = self.p(a["byline"])
        brk = a["bybreak"]
        if brk:
            for piece in brk.split(";"):
                k, _, sep = piece.partition("@")
                k = self.p(k)
                i = b.index(k)
                sep = {"n": "\n", "b": "\n\n", "": "\n"}[sep]
                b = b[:i].rstrip() + sep + b[i:]
                self.st["line break inside a byline"] += 1
        self.emit(b)

    def label(self, a: dict):
        self.emit(self.p(a["column"]))
        self.st["column labels on their own line"] += 1

    def marker(self, a: dict):
        m = self.p(a["marker"])
        self.printed_markers[a["id"]] = m
        self.emit(m)
        self.st["jump markers"] += 1

    # -- bodies
    def lead_text(self, a: dict) -> str:
        dl = self.p(a["dateline"])
        pre = ""
        if a["markerglue"]:
            pre = self.p(a["marker"])
            self.printed_markers[a["id"]] = pre
            self.st["jump markers"] += 1
        return pre + dl

    def col_lines(self, a: dict) -> list[str]:
        if a["lines"] is not None:
            return a["lines"]
        out = []
        lead = self.lead_text(a)
        dlb = a["dlbreak"]
        for k, para in enumerate(a["paras_src"]):
            para = para.replace("|", "")
            is_sub = para in a["subs"]
            if k == 0 and lead:
                if dlb:
                    # forced break inside the dateline
                    i = lead.index(self.p(dlb)) + len(self.p(dlb))
                    out.append(lead[:i])
                    lead = lead[i:]
                    self.st["line break inside a dateline"] += 1
                text = para
                ind = 0.0 if dlb else 2.0
            else:
                text, ind = para, (0.0 if is_sub else 2.0)
            if is_sub:
                out.append(para)
                continue
            fl = flow(text, a["w"], ind, lead if k == 0 else "")
            for toks, slack, last in fl:
                # a line broken at a word space (the dateline's names) stays ragged
                spread = slack >= 1.0 and not last and len(toks) > 4 and " " not in toks
                out.append(render_line(toks, spread, a["num"], self.rng, self.st))
            if k == 0 and lead and not dlb:
                # seed habit: "湖南日报 3月 8日讯（…" gaps inside the date
                if self.rng.random() < 0.5 and out:
                    first = out[-len(fl)]
                    first2 = re.sub(r"(湖南日报)(\d)", r"\1 \2", first, count=1)
                    first2 = re.sub(r"(\d+月)(\d)", r"\1 \2", first2, count=1)
                    out[-len(fl)] = first2
        a["lines"] = out
        a["pos"] = 0
        return out

    def body(self, a: dict, arg: str):
        if self.col:
            lines = self.col_lines(a)
            n = len(lines) - a["pos"] if arg in ("", "*") else int(arg)
            chunk = lines[a["pos"]:a["pos"] + n]
            if a["pos"] + n < len(lines) and a["pos"] > 0 or (a["pos"] == 0 and n < len(lines)):
                self.st["column-layout body pieces (story resumed later)"] += 1
            a["pos"] += n
            for ln in chunk:
                self.emit(ln)
            self.last_line = chunk[-1] if chunk else ""
            return
        take = len(a["pieces"]) if arg in ("*",) else 1
        for _ in range(take):
            if not a["pieces"]:
                return
            piece = a["pieces"].pop(0)
            if a["pieces"]:
                self.st["paragraph-layout cuts (story continued later)"] += 1
            for j, (txt, starts) in enumerate(piece):
                if not a["started"]:
                    lead = self.lead_text(a)
                    if a["dlbreak"]:
                        i = lead.index(self.p(a["dlbreak"])) + len(self.p(a["dlbreak"]))
                        self.emit(lead[:i])
                        lead = lead[i:]
                        self.st["line break inside a dateline"] += 1
                    txt = lead + txt
                    a["started"] = True
                self.emit(txt)
                self.last_line = txt

    def photo(self, a: dict):
        style = a["photo"] or "inline"
        cap = "".join(self.p(x) for x in a["paras_src"])
        cred = self.p(a["byline"])
        if self.col:
            fl = flow(cap, float(a["w_raw"] or 44), 0)
            lines = [render_line(t, False, "none", self.rng, self.st) for t, _, _ in fl]
        else:
            lines = [self.p(x).replace("|", "") for x in a["paras_src"]]
        if not cred:
            pass
        elif style == "inline":
            lines[-1] = lines[-1] + " " + cred
        elif style == "right":
            lines.append(" " * self.rng.randint(18, 40) + cred)
            self.st["credits right-aligned on their own line"] += 1
        else:  # below
            lines.append(cred)
        self.st["photo captions"] += 1
        for ln in lines:
            self.emit(ln)

    # -- layout driver
    def run(self):
        for op in self.src["layout"]:
            cmd, _, rest = op.partition(" ")
            rest = rest.strip()
            args = rest.split()
            a = self.arts.get(args[0]) if args else None
            if a is not None and cmd in ("head", "byline", "label", "marker", "body", "photo"):
                self.first.setdefault(a["id"], len(self.out))
            if cmd == "head":
                self.head(a, args[1] if len(args) > 1 else "")
            elif cmd == "byline":
                self.byline(a)
            elif cmd == "label":
                self.label(a)
            elif cmd == "marker":
                self.marker(a)
            elif cmd == "body":
                self.body(a, args[1] if len(args) > 1 else "")
            elif cmd == "photo":
                self.photo(a)
            elif cmd == "dup":
                # the extraction printed the last line (or paragraph piece) twice
                self.emit(self.last_line)
                self.dups.append(nows(self.last_line))
                self.st["lines printed twice"] += 1
            elif cmd == "masthead":
                pieces = [self.p(x.strip()) for x in rest.split("|")]
                for x in pieces:
                    self.emit(x)
                self.extras.append(nows("".join(pieces)))
                self.st["masthead pieces"] += len(pieces)
            elif cmd == "extra":
                pieces = [self.p(x.strip()) for x in rest.split("|")]
                for x in pieces:
                    self.emit(x)
                self.extras.append(nows("".join(pieces)))
                self.st["box lines (countdowns, prompts, labels)"] += 1
            elif cmd == "blank":
                self.emit("", "\n" * int(args[0]))
            elif cmd == "nl":       # the previous line is followed by a single newline
                t, _ = self.out[-1]
                self.out[-1] = (t, "\n")
            elif cmd == "lead":     # leading space on the next line (drawing debris)
                self.pending_lead = True
            else:
                raise SystemExit(f"{self.src['name']}: unknown layout op {op!r}")
        for a in self.arts.values():
            if self.col:
                if a["kind"] != "photo" and (a["lines"] is None or a["pos"] < len(a["lines"])):
                    raise SystemExit(f"{self.src['name']}: body of {a['id']} not fully printed")
            elif a["kind"] != "photo" and a["pieces"]:
                raise SystemExit(f"{self.src['name']}: body of {a['id']} not fully printed")

    def text(self) -> str:
        s = "\n\n" if not self.col else ""
        for t, sep in self.out:
            s += t + sep
        if self.col:
            s = " " + s
        return s


def article_order(page: Page) -> list[str]:
    """Gold order: articles in the order their first text appears on the page."""
    ids = list(page.arts)
    return sorted(ids, key=lambda k: (page.first.get(k, 10**9), ids.index(k)))


def build(path: Path) -> dict:
    src = parse_src(path)
    pg = Page(src)
    pg.run()
    text = pg.text()
    meta = src["meta"]
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = "%03d" % int(re.sub(r"\D", "", path.stem))
    name = f"{num}_{h}"
    issue, pages = None, None
    if meta.get("issue"):
        issue = meta["issue"]
        pages = int(meta["pages"])
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": issue,
        "page_count": pages,
        "articles": [pg.gold_article(pg.arts[k]) for k in article_order(pg)],
        "extras": pg.extras,
        "duplicates": pg.dups,
    }
    return {"name": name, "text": text, "gold": gold, "stats": pg.st, "meta": meta,
            "markers": pg.printed_markers, "arts": pg.arts, "src": path.name}


def build_all() -> list[dict]:
    return [build(p) for p in sorted(SRC.glob("p*.txt"))]


def gold_json(g: dict) -> str:
    return json.dumps(g, indent=1, ensure_ascii=False) + "\n"


def readme(res: list[dict]) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tot: Counter = Counter()
    for r in res:
        tot.update(r["stats"])
    extra = Counter()
    for r in res:
        g = r["gold"]
        for a in g["articles"]:
            extra["articles (%s)" % a["kind"]] += 1
            if a["continued"]:
                extra["articles with a jump marker"] += 1
            if a["subheads"]:
                extra["crossheads (subheads)"] += len(a["subheads"])
            if a["column"]:
                extra["column labels (栏目)"] += 1
        extra["extras (page furniture)"] += len(g["extras"])
        extra["duplicates"] += len(g["duplicates"])
    tot.update(extra)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(tot):
        rows.append(f"| {k} | {tot[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in res:
        m = r["meta"]
        chars = len(re.sub(r"\s", "", r["text"]))
        prow.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(r['gold']['articles'])} | {chars} | {m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def outputs(res: list[dict]) -> dict[str, str]:
    files = {}
    for r in res:
        files["pages/" + r["name"] + ".txt"] = r["text"]
        files["gold/" + r["name"] + ".json"] = gold_json(r["gold"])
    files["README.md"] = readme(res)
    return files


def main():
    res = build_all()
    files = outputs(res)
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    for r in res:
        chars = len(re.sub(r"\s", "", r["text"]))
        print(f"{r['name']}  {r['meta']['layout']:9} {chars:5d} chars  {len(r['gold']['articles']):2d} articles")


if __name__ == "__main__":
    main()
