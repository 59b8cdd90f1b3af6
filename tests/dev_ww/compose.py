#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files and gold.

    python3 compose.py      writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice is drawn from random.Random seeded by
the source file's name, so a rerun rebuilds every byte.  See README.in for the
source format and for the layout rules (measured on the seeds).
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
SRC = HERE / "src"

CLOSE = set("，。、；：！？”）》」』,.;:!?)%")     # may hang at a line end; never starts a line
OPEN = set("“（《「『(")                           # never ends a line
NOSPACE_AFTER = set("，。、；：！？”）》")           # left-drawn glyphs: no spread space after them
NOSPACE_BEFORE = set("“（《")                     # right-drawn glyphs: no spread space before them
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/·:]+")

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


class SourceError(Exception):
    pass


# ---------------------------------------------------------------- source

def parse_source(path: Path):
    page, arts, layout = {}, {}, []
    cur, section = None, None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            section = head[0]
            if section == "article":
                cur = {"id": head[1], "kind": head[2], "column": "", "kicker": "", "title": "",
                       "subtitle": "", "byline": "", "dateline": "", "continued": "",
                       "paras": []}
                arts[head[1]] = cur
            continue
        if section == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif section == "article":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k in ("p", "h"):
                cur["paras"].append((k, v))
            elif k in FIELDS:
                cur[k] = v
            else:
                raise SourceError(f"{path.name}:{n}: unknown field {k!r}")
        elif section == "layout":
            layout.append((n, line.strip()))
        else:
            raise SourceError(f"{path.name}:{n}: text outside a section")
    return page, arts, layout


def punct(s: str, mode: str) -> str:
    """The page's punctuation width: full; mixed (full commas, half brackets); half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace("¦", "")


def pieces(text: str) -> list[str]:
    return text.split("¦")


# ---------------------------------------------------------------- column flow

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


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


class Layout:
    def __init__(self, name, page, arts, rng, stats):
        self.name, self.page, self.arts, self.rng, self.stats = name, page, arts, rng, stats
        self.mode = page["layout"]
        self.out: list[list] = []           # [text, sep_after]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.last_body: list[str] = []

    # -- output
    def emit(self, text, sep="\n\n"):
        self.out.append([text.rstrip(), sep])

    def set_sep(self, sep):
        if self.out:
            self.out[-1][1] = sep

    def text(self) -> str:
        s = "".join(t + sep for t, sep in self.out)
        return s.rstrip("\n") + "\n"

    # -- column line rendering
    def flow(self, text: str, w: float, indent: bool, final_break=True):
        """Greedy fill of one paragraph (piece) into lines of w em.  Returns
        [(tokens, forced)], forced=True when the line ends at a forced break."""
        lines, cur, cw = [], [], (2.0 if indent else 0.0)
        segs = text.split("\n")
        for si, seg in enumerate(segs):
            for tok in tokens(seg):
                tw = width(tok)
                if cw + tw <= w or (tok in CLOSE and len(tok) == 1) or not cur:
                    cur.append(tok)
                    cw += tw
                    continue
                nxt = [tok]
                while cur and cur[-1] in OPEN:      # an opening mark never ends a line
                    nxt.insert(0, cur.pop())
                lines.append((cur, False))
                cur, cw = nxt, sum(width(t) for t in nxt)
            if si < len(segs) - 1:
                lines.append((cur, True))
                cur, cw = [], 0.0
        if cur:
            lines.append((cur, True))
        return lines

    def render(self, toks, w, last: bool, forced: bool) -> str:
        rng = self.rng
        lw = sum(width(t) for t in toks)
        npunct = sum(1 for t in toks[:-1] if t in NOSPACE_AFTER)
        spread = False
        if not last and not forced:
            if w - lw >= 1.0 and rng.random() < 0.9:
                spread = True
            elif npunct >= 3 and rng.random() < 0.3:
                spread = True
        if spread:
            self.stats["justified line spread with spaces"] += 1
            s = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a in NOSPACE_AFTER or b in NOSPACE_BEFORE or a == " " or b == " ":
                    s += b
                else:
                    s += " " + b
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if ASCII_RUN.fullmatch(t) and any(c.isdigit() for c in t):
                if i and is_cjk(prev[-1]) and rng.random() < 0.6:
                    s += " "
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                if i + 1 < len(toks) and is_cjk(toks[i + 1][0]) and rng.random() < 0.45:
                    s += " "
                    self.stats["space around a number run"] += 1
                continue
            if t in ("，", "、", "；", "。") and i and rng.random() < 0.015:
                s += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            s += t
            if t == "“" and i + 1 < len(toks) and rng.random() < 0.12:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s

    def column_text(self, text, w, indent, last_is_final=True):
        lines = self.flow(text, w, indent)
        out = []
        for k, (toks, forced) in enumerate(lines):
            last = k == len(lines) - 1 and last_is_final
            cap = w - 2 if (k == 0 and indent) else w
            out.append(self.render(toks, cap, last, forced and k != len(lines) - 1).strip())
        return out

    # -- directives
    def art(self, aid):
        if aid not in self.arts:
            raise SourceError(f"{self.name}: no article {aid}")
        a = self.arts[aid]
        a["used"] = True
        return a

    def part(self, a, tok):
        key = {"C": "column", "K": "kicker", "T": "title", "S": "subtitle", "B": "byline",
               "D": "dateline"}[tok[0]]
        val = a[key]
        if len(tok) > 1 and tok[1].isdigit():
            ps = pieces(val)
            return ps[int(tok[1]) - 1]
        return clean(val)

    def head(self, aid, spec, opts):
        a = self.art(aid)
        # separators: '//' blank line, '/' newline, '+' same line (space), '++' same line (no space)
        parts = re.split(r"(//|/|\+\+|\+)", spec)
        segs, seps = [], []
        for i in range(0, len(parts), 2):
            tok = parts[i]
            lead = ""
            if tok.startswith("_"):
                tok, lead = tok[1:], " "
                self.stats["stray leading space"] += 1
            dup = tok.endswith("*")
            tok = tok.rstrip("*")
            text = self.part(a, tok)
            if dup:
                self.dups.append(text)
                self.stats["headline drawn twice"] += 1
            sep = parts[i - 1] if i else None
            if sep == "+":
                segs[-1] += " " + text
            elif sep == "++":
                segs[-1] += text
            else:
                if sep:
                    seps.append(sep)
                segs.append(lead + text)
        for k, t in enumerate(segs):
            self.emit(t, "\n" if k < len(seps) and seps[k] == "/" else "\n\n")
        if any(re.fullmatch(r"[KTS]\d", p) for p in parts[::2]):
            self.stats["headline line broken (last word alone)"] += 1
        if "after" in opts:
            self.stats["headline printed after its body"] += 1
        if "bunch" in opts:
            self.stats["headline bunched with other stories' headlines"] += 1

    def body(self, aid, rng_spec, opts):
        a = self.art(aid)
        paras = a["paras"]
        if rng_spec in ("", "all"):
            rng_spec = f"0-{len(paras) - 1}"
        elif rng_spec.endswith("-"):
            rng_spec += str(len(paras) - 1)
        m = re.fullmatch(r"(\d+)(?:\.(\d+))?-(\d+)(?:\.(\d+))?", rng_spec)
        if not m:
            raise SourceError(f"{self.name}: bad range {rng_spec}")
        p0, q0, p1, q1 = int(m[1]), int(m[2] or 0), int(m[3]), m[4]
        done = a.setdefault("printed", set())
        w = float(opts.get("w", self.page.get("width", 17)))
        lead = opts.get("lead", "").replace("~", " ").replace("%s", a["continued"])
        first_line = True
        printed = []
        for p in range(p0, p1 + 1):
            if p >= len(paras):
                raise SourceError(f"{self.name}: {aid} has no paragraph {p}")
            kind, text = paras[p]
            ps = pieces(text)
            qa = q0 if p == p0 else 0
            qb = int(q1) if (p == p1 and q1 is not None) else len(ps) - 1
            for q in range(qa, qb + 1):
                piece = ps[q]
                if (p, q) in done:
                    raise SourceError(f"{self.name}: {aid} piece {p}.{q} printed twice")
                done.add((p, q))
                starts_para = q == 0
                ends_para = q == len(ps) - 1
                if p == 0 and q == 0 and a["dateline"]:
                    dl = a["dateline"]
                    if "¦" in dl:
                        self.stats["line break inside a dateline"] += 1
                    piece = dl.replace("¦", "\n") + piece
                if lead and first_line:
                    piece = lead + piece
                    self.stats["jump marker"] += 1
                first_line = False
                if self.mode == "paragraph":
                    for ln in piece.split("\n"):
                        printed.append(ln)
                        self.emit(ln)
                    if not ends_para:
                        self.stats["paragraph cut mid-sentence"] += 1
                else:
                    indent = starts_para and kind == "p" and not opts.get("noindent")
                    if kind == "h":
                        lines = [piece]
                    else:
                        lines = self.column_text(piece, w, indent, last_is_final=ends_para)
                    for ln in lines:
                        printed.append(ln)
                        self.emit(ln)
        self.last_body = printed

    def photo(self, aid, opts):
        a = self.art(aid)
        cap = clean(a["paras"][0][1])
        credit = clean(a["byline"])
        style = opts.get("credit", "same")
        w = float(opts.get("w", 0))
        if self.mode == "column" and w:
            lines = self.column_text(cap, w, False)
        else:
            lines = [cap]
        if credit and style == "same":
            lines[-1] = lines[-1] + " " + credit
        for k, ln in enumerate(lines):
            self.emit(ln, "\n" if (k < len(lines) - 1 and self.mode == "column" and w) else "\n\n")
        if credit and style == "right":
            self.emit(" " * int(opts.get("pad", 24)) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif credit and style == "own":
            self.emit(credit)

    def field(self, aid, key, opts):
        a = self.art(aid)
        val = a[{"byline": "byline", "dateline": "dateline", "column": "column"}[key]]
        sep = opts.get("sep", "/")
        ps = pieces(val)
        if len(ps) > 1 and key == "byline":
            self.stats["line break inside a byline"] += 1
        pad = " " * int(opts.get("pad", 0))
        if pad:
            self.stats["credit right-aligned on its own line"] += 1
        for k, ps_ in enumerate(ps):
            self.emit(pad + ps_.strip(), ("\n" if sep == "/" else "\n\n") if k < len(ps) - 1 else "\n\n")

    def furniture(self, spec, record=True, single=False):
        parts = re.split(r"(//|/)", spec)
        joined = ""
        for i in range(0, len(parts), 2):
            t = parts[i].replace("~", " ")
            sep = parts[i + 1] if i + 1 < len(parts) else "//"
            self.emit(t, "\n" if sep == "/" else "\n\n")
            joined += t
        if record:
            self.extras.append(re.sub(r"\s+", "", joined))

    def run(self, layout):
        for n, d in layout:
            cmd, _, rest = d.partition(" ")
            args = rest.split()
            opts = {}
            pos = []
            for x in args:
                if "=" in x and not x.startswith("="):
                    k, _, v = x.partition("=")
                    opts[k] = v
                else:
                    pos.append(x)
            try:
                if cmd == "head":
                    self.head(pos[0], pos[1], pos[2:])
                elif cmd == "body":
                    self.body(pos[0], pos[1] if len(pos) > 1 else "all", opts)
                elif cmd == "photo":
                    self.photo(pos[0], opts)
                elif cmd == "field":
                    self.field(pos[0], pos[1], opts)
                elif cmd == "mast":
                    self.furniture(rest)
                    self.stats["masthead pieces"] += len(re.split(r"//|/", rest))
                elif cmd == "box":
                    self.furniture(rest)
                    self.stats["box line (countdown, code prompt, label, 导读)"] += len(re.split(r"//|/", rest))
                elif cmd == "mark":
                    a = self.art(pos[0])
                    t = rest.split(None, 1)[1].replace("~", " ")
                    if "%s" not in t or not a["continued"]:
                        raise SourceError(f"{self.name}:{n}: marker without %s or continued")
                    self.emit(t.replace("%s", a["continued"]))
                    self.stats["jump marker"] += 1
                elif cmd == "dupline":
                    k = int(pos[0]) if pos else 1
                    for ln in self.last_body[-k:]:
                        self.emit(ln)
                        self.dups.append(re.sub(r"\s+", "", ln))
                    self.stats["line printed twice"] += k
                elif cmd == "dup":
                    a = self.art(pos[0])
                    p, _, q = pos[1].partition(".")
                    ps = pieces(a["paras"][int(p)][1])
                    t = ps[int(q)] if q else "".join(ps)
                    self.emit(t)
                    self.dups.append(t)
                    self.stats["paragraph printed twice"] += 1
                elif cmd == "nl":
                    self.set_sep("\n")
                elif cmd == "gap":
                    self.set_sep("\n" * (2 + int(pos[0] if pos else 1)))
                else:
                    raise SourceError(f"{self.name}:{n}: unknown directive {cmd}")
            except (IndexError, ValueError, KeyError) as e:
                raise SourceError(f"{self.name}:{n}: {d!r}: {e!r}")


# ---------------------------------------------------------------- build

def gold_article(a):
    subheads = [clean(t) for k, t in a["paras"] if k == "h"]
    return {
        "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
        "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
        "byline": clean(a["byline"]).strip(),
        "dateline": clean(a["dateline"]).replace("\n", ""),
        "continued": a["continued"], "subheads": subheads,
        "paragraphs": [clean(t) for _, t in a["paras"]],
    }


def build_page(path: Path, stats: Counter):
    page, arts, layout = parse_source(path)
    mode = page.get("punct", "full")
    for a in arts.values():
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            a[k] = punct(a[k], mode)
        a["paras"] = [(k, punct(t, mode)) for k, t in a["paras"]]
    rng = random.Random(path.name)
    lay = Layout(path.name, page, arts, rng, stats)
    lay.run(layout)
    unused = [k for k, a in arts.items() if not a.get("used")]
    if unused:
        raise SourceError(f"{path.name}: articles never laid out: {unused}")
    for k, a in arts.items():
        if a["kind"] == "photo":
            continue
        want = {(p, q) for p, (_, t) in enumerate(a["paras"]) for q in range(len(pieces(t)))}
        miss = sorted(want - a.get("printed", set()))
        if miss:
            raise SourceError(f"{path.name}: {k}: pieces never printed: {miss}")
    text = lay.text()
    gold = {
        "source": None,
        "issue_date": page["date"],
        "issue_number": page.get("issue") or None,
        "page_count": int(page["pagecount"]) if page.get("pagecount") else None,
        "articles": [gold_article(a) for a in arts.values()],
        "extras": lay.extras,
        "duplicates": lay.dups,
    }
    return page, text, gold


def build_all():
    """Everything compose writes, in memory: {relative path: text}, page rows, stats."""
    files, rows, stats = {}, [], Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for i, sp in enumerate(srcs, 1):
        pstats = Counter()
        page, text, gold = build_page(sp, pstats)
        stats.update(pstats)
        stem = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold["source"] = stem + ".txt"
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        rows.append({
            "file": stem + ".txt", "src": sp.name, "date": page["date"], "pageno": page["pageno"],
            "layout": page["layout"], "punct": page.get("punct", "full"),
            "articles": len(gold["articles"]),
            "chars": len(re.sub(r"\s+", "", text)),
            "subjects": page.get("subjects", ""),
        })
    files["README.md"] = readme(rows, stats)
    return files, rows, stats


def readme(rows, stats) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "| --- | ---: |"]
    for k in sorted(stats):
        ph.append(f"| {k} | {stats[k]} |")
    pg = ["| file | source | issue date | page | layout | punctuation | articles | characters | subjects |",
          "| --- | --- | --- | ---: | --- | --- | ---: | ---: | --- |"]
    for r in rows:
        pg.append(f"| {r['file']} | {r['src']} | {r['date']} | {r['pageno']} | {r['layout']} | "
                  f"{r['punct']} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    try:
        files, rows, stats = build_all()
    except SourceError as e:
        sys.exit(f"compose: {e}")
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if old.name not in {Path(k).name for k in files if k.startswith(d + "/")}:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(rows)} pages, {sum(r['articles'] for r in rows)} articles")


if __name__ == "__main__":
    main()
