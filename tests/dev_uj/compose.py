#!/usr/bin/env python3
"""Lay out the dev_uj pages from src/pNN.txt: writes pages/*.txt, gold/*.json, README.md.

Standard library only.  Every small choice (where a layout space falls) comes from a
random.Random seeded by the source file name, so a rebuild is byte-for-byte identical.
See README.in / README.md for the source format.
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

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》」』…,.;:?!)")
OPEN = set("“‘（《「『(")
RUNCH = re.compile(r"[0-9A-Za-z.%+×/\-~]")
CUT_RE = re.compile(r"([‖¦])(?:\{(\w+)\})?")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}

PHEN = Counter()          # phenomena counted while composing (all pages)


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    meta, arts, layout = {}, {}, []
    cur, in_text = None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):
            continue                     # comment
        if line == "@meta":
            cur, in_text = meta, False
            continue
        if line == "@layout":
            cur, in_text = layout, False
            continue
        m = re.fullmatch(r"@(\w+)", line)
        if m:
            cur = {"id": m.group(1), "text": []}
            arts[m.group(1)] = cur
            in_text = False
            continue
        if cur is layout:
            if line.strip():
                layout.append(line.strip())
            continue
        if in_text:
            if line.strip():
                cur["text"].append(line.strip())
            continue
        if not line.strip():
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if k == "text" and cur is not meta:
            in_text = True
            continue
        cur[k] = v
    return {"meta": meta, "arts": arts, "layout": layout}


def punct(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def clean(s: str) -> str:
    """Gold text: markers removed."""
    s = CUT_RE.sub("", s)
    return s.replace("⏎", "")


def pieces_of(art: dict, mode: str) -> list[list[str]]:
    """Split an article's text lines into pieces at ‖.  Each piece is a list of raw
    fragments, one per printed paragraph-line; '¦' stays in fragments (column break)."""
    pieces, cur = [], []
    for para in art["text"]:
        para = punct(para[3:] if para.startswith("## ") else para, mode)
        parts = re.split(r"‖(?:\{\w+\})?", para)
        for i, part in enumerate(parts):
            if i:
                pieces.append(cur)
                cur = []
            if part:
                cur.append(part)
    pieces.append(cur)
    return pieces


def cut_tags(art: dict) -> list[str]:
    tags = []
    for para in art["text"]:
        for m in CUT_RE.finditer(para):
            tags.append(("cut:" if m.group(1) == "‖" else "colbreak:") + (m.group(2) or "plain"))
    return tags


# ---------------------------------------------------------------- column wrapping
def tokens(text: str, protect: int = 0) -> list[str]:
    """Layout tokens.  Within the first `protect` characters (a dateline), the names in
    the bracket are kept whole: a printed line may break between names, never inside."""
    out, i = [], 0
    if protect:
        head, text = text[:protect], text[protect:]
        b = max(head.find("（"), head.find("("))
        if b >= 0:
            out += tokens(head[:b])
            for j, word in enumerate(re.split(r"( )", head[b:])):
                if word:
                    out.append(word)
        else:
            out += tokens(head)
    while i < len(text):
        c = text[i]
        if RUNCH.match(c) and c not in ".":
            j = i
            while j < len(text) and RUNCH.match(text[j]):
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def tw(t: str) -> float:
    if t == " ":
        return 0.5
    if t == "⏎":
        return 0.0
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in t)


def wrap(text: str, width: float, hard_end: bool = False, protect: int = 0) -> list[tuple[list[str], bool]]:
    """Wrap one paragraph fragment.  Returns (tokens, justified) per line; the last line
    of a paragraph is not justified unless hard_end (the fragment ends at a column end)."""
    lines, line, w = [], [], 0.0
    toks = tokens(text, protect)
    for t in toks:
        if t == "⏎":                           # forced line end (dateline break)
            lines.append((line, False))
            line, w = [], 0.0
            continue
        x = tw(t)
        if t == " " and not line:
            continue
        if w + x <= width or (t in CLOSE and w + x <= width + 1.0) or not line:
            line.append(t)
            w += x
            continue
        carry = []
        while line and (line[-1] in OPEN or line[-1] == " "):
            carry.insert(0, line.pop())
        carry = [c for c in carry if c != " "]
        lines.append((line, True))
        line = carry + ([] if t == " " else [t])
        w = sum(tw(c) for c in line)
    if line:
        lines.append((line, hard_end))
    return lines


def width_of(toks: list[str]) -> float:
    return sum(tw(t) for t in toks)


def render(toks: list[str], justified: bool, width: float, rng: random.Random, ns: float) -> str:
    """One printed column line, with the extraction's layout spaces."""
    short = width - width_of(toks)
    if justified and short >= 1.0 and len(toks) > 2:
        PHEN["justified line spread with spaces"] += 1
        out = ""
        for i, t in enumerate(toks):
            if t == " ":
                continue
            if i and toks[i - 1] not in CLOSE and toks[i - 1] != " " and not (t in CLOSE and rng.random() < 0.3):
                out += " "
            elif i and toks[i - 1] == " ":
                out += " "
            out += t
        return out
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if t[0].isdigit() and ns:
            if i and prev not in OPEN and prev != " " and rng.random() < ns:
                out += " "
                PHEN["space before a number run"] += 1
            if t.endswith("%") and len(t) > 1 and rng.random() < ns / 6:
                t = t[:-1] + " %"
                PHEN["glyph-gap space before %"] += 1
            out += t
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and nxt != " ":
                if nxt in CLOSE and rng.random() < ns / 3:
                    out += " "
                    PHEN["glyph-gap space at full-width punctuation"] += 1
                elif nxt not in CLOSE and rng.random() < ns / 1.6:
                    out += " "
                    PHEN["space after a number run"] += 1
            continue
        out += t
        if t == "“" and ns and i + 1 < len(toks) and rng.random() < ns / 5:
            out += " "
            PHEN["space after an opening quote"] += 1
    return out


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        d = parse_source(src)
        self.meta, self.arts, self.layout = d["meta"], d["arts"], d["layout"]
        self.mode = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.width = float(self.meta.get("width", "17"))
        self.ns = float(self.meta.get("numspace", "0"))
        self.lines: list[tuple[str, bool]] = []   # (text, glued-to-previous)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pieces = {k: pieces_of(a, self.mode) for k, a in self.arts.items()}
        self.started: set[str] = set()
        self.glue_next = ""

    def f(self, art: dict, key: str) -> str:
        return punct(art.get(key, ""), self.mode)

    def emit(self, text: str, glue: bool = False):
        if self.glue_next:
            text = self.glue_next + text
            self.glue_next = ""
        self.lines.append((text, glue))

    def emit_multi(self, text: str, glue: bool = False):
        """A headline/byline string: ⏎ breaks it over adjacent lines."""
        for i, part in enumerate(text.split("⏎")):
            self.emit(part.strip(), glue or i > 0)

    # -- directives
    def d_extra(self, rest: str):
        rest = punct(rest, self.mode)
        groups = rest.split("||")
        for gi, g in enumerate(groups):
            for li, ln in enumerate(g.split("|")):
                self.emit(ln, glue=li > 0)
        self.extras.append("".join(p for g in groups for p in g.split("|")))
        PHEN["furniture block (masthead, box line)"] += 1
        if len(groups) + sum(g.count("|") for g in groups) > 1:
            PHEN["masthead pieces in drawing order"] += 1

    def d_head(self, aid: str, opts: str):
        a = self.arts[aid]
        o = set(opts.split(",")) if opts else set()
        k, t, s = self.f(a, "kicker"), self.f(a, "title"), self.f(a, "subtitle")
        glue = "tight" in o
        if "tight" in o:
            PHEN["headline glued to another's line"] += 1
        if "join" in o:
            self.emit(" ".join(x.replace("⏎", " ") for x in (k, t, s) if x), glue)
            PHEN["headline parts joined on one line"] += 1
            return
        rows = []
        if "kt" in o:
            rows = [k + " " + t] + ([s] if s else [])
        elif "ts" in o:
            rows = ([k] if k else []) + [t + " " + s]
        else:
            rows = [x for x in (k, t, s) if x]
        for r in rows:
            is_title = t and t in r
            if is_title and "double" in o:
                bare = t.replace("⏎", "")
                r = r.replace(t, bare + bare)
                self.dups.append(clean(bare))
                PHEN["headline drawn twice (doubled on one line)"] += 1
            if "⏎" in r:
                PHEN["headline broken, last word alone"] += 1
            self.emit_multi(r, glue)
            glue = False
            if is_title and "twice" in o:
                self.emit_multi(r, True)
                self.dups.append(clean(r))
                PHEN["headline drawn twice (two identical lines)"] += 1
        if len(rows) >= 3:
            PHEN["headline stack of three lines"] += 1

    def d_label(self, aid: str, opts: str):
        self.emit(self.f(self.arts[aid], "column"))
        PHEN["column label on its own line"] += 1

    def d_byline(self, aid: str, opts: str):
        b = self.f(self.arts[aid], "byline")
        if "⏎" in b:
            PHEN["line break inside a byline"] += 1
        if "right" in opts:
            self.emit(" " * 24 + b)
            PHEN["credit right-aligned on its own line"] += 1
            return
        self.emit_multi(b)

    def d_marker(self, rest: str, glue: bool):
        rest = punct(rest, self.mode)
        PHEN["jump marker"] += 1
        if glue:
            self.glue_next = rest
        else:
            self.emit(rest)

    def d_photo(self, aid: str, opts: str):
        a = self.arts[aid]
        cap = [punct(p, self.mode) for p in a["text"]]
        credit = self.f(a, "byline")
        PHEN["photo / cartoon"] += 1
        w = None
        for o in opts.split(","):
            if o.startswith("w="):
                w = float(o[2:])
        for i, c in enumerate(cap):
            last = i == len(cap) - 1
            if w:
                rows = [t for t in wrap(c, w)]
                for j, (toks, _j) in enumerate(rows):
                    txt = "".join(toks)
                    if last and j == len(rows) - 1 and "inline" in opts and credit:
                        txt += " " + credit
                    self.emit(txt)
            else:
                self.emit(c + (" " + credit if last and "inline" in opts and credit else ""))
        if credit and "inline" not in opts:
            if "right" in opts:
                self.emit(" " * 30 + credit)
                PHEN["credit right-aligned on its own line"] += 1
            else:
                self.emit(credit)

    def d_body(self, ref: str, opts: str):
        aid, _, n = ref.partition(".")
        n = int(n or 0)
        a = self.arts[aid]
        frags = list(self.pieces[aid][n])
        o = {}
        for x in opts.split(","):
            if "=" in x:
                k, v = x.split("=", 1)
                o[k] = v
        dup = o.get("dup")
        first_piece = n == 0
        dl = self.f(a, "dateline")
        if first_piece and dl:
            if "⏎" in dl:
                PHEN["line break inside a dateline"] += 1
            frags[0] = dl + frags[0] if frags else dl
        more = n + 1 < len(self.pieces[aid])
        out_lines: list[tuple[str, str, bool]] = []   # (rendered, clean, glue)
        if self.col:
            width = float(o.get("w", a.get("width", self.width)))
            for fi, fr in enumerate(frags):
                hard = fi == len(frags) - 1 and more
                parts = re.split(r"¦(?:\{\w+\})?", fr)
                for part_i, part in enumerate(parts):
                    part = CUT_RE.sub("", part)
                    hard2 = hard or part_i < len(parts) - 1
                    prot = len(dl) if (first_piece and dl and fi == 0 and part_i == 0) else 0
                    for toks, just in wrap(part, width, hard2, prot):
                        txt = render(toks, just, width, self.rng, self.ns)
                        out_lines.append((txt, clean("".join(toks)), False))
        else:
            for fr in frags:
                parts = re.split(r"¦(?:\{\w+\})?", fr)
                for pi, part in enumerate(parts):
                    if "⏎" in part:
                        segs = part.split("⏎")
                        for si, sg in enumerate(segs):
                            out_lines.append((self.para_render(sg), clean(sg), si > 0))
                    else:
                        out_lines.append((self.para_render(part), clean(part), False))
        if dup is not None:
            k = int(dup)
            txt, cl, g = out_lines[k]
            out_lines.insert(k + 1 if k >= 0 else len(out_lines) + k + 1, (txt, cl, True))
            self.dups.append(cl)
            PHEN["line printed twice"] += 1
        for txt, _cl, g in out_lines:
            self.emit(txt, g)

    def para_render(self, s: str) -> str:
        s = CUT_RE.sub("", s)
        if not self.ns:
            return s
        return render(tokens(s), False, 1e9, self.rng, self.ns)

    def compose(self) -> tuple[str, dict]:
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            if cmd == "extra":
                self.d_extra(rest)
            elif cmd in ("marker", "marker+"):
                self.d_marker(rest, cmd == "marker+")
            else:
                ref, _, opts = rest.partition(" ")
                getattr(self, "d_" + cmd)(ref, opts.strip())
        for a in self.arts.values():
            for t in cut_tags(a):
                PHEN[t] += 1
        sep = "\n" if self.meta.get("blank", "1") == "1" else ""
        out = []
        for i, (txt, glue) in enumerate(self.lines):
            if i and not glue:
                out.append(sep)
            out.append(txt.rstrip() + "\n")
        text = "".join(out)
        return text, self.gold()

    def gold(self) -> dict:
        arts = []
        for a in self.arts.values():
            if a.get("kind") == "photo":
                paras = [punct(p, self.mode) for p in a["text"]]
                subheads = []
            else:
                paras, subheads = [], []
                for p in a["text"]:
                    c = clean(punct(p[3:] if p.startswith("## ") else p, self.mode))
                    paras.append(c)
                    if p.startswith("## "):
                        subheads.append(c)
            g = {k: clean(self.f(a, k)) if k != "kind" else a["kind"] for k in FIELDS}
            if g["dateline"]:
                g["dateline"] = re.sub(r"\s*⏎\s*", "", g["dateline"])
            g["subheads"] = subheads
            g["paragraphs"] = paras
            arts.append(g)
        m = self.meta
        return {
            "source": None,
            "issue_date": m["date"],
            "issue_number": m.get("issue") or None,
            "page_count": int(m["pages"]) if m.get("pages") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build() -> dict[str, bytes]:
    """All generated files, path (relative to the set) -> bytes."""
    PHEN.clear()
    files: dict[str, bytes] = {}
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text, gold = pg.compose()
        seq = "%03d" % int(src.stem[1:])
        name = f"{seq}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold["source"] = name + ".txt"
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        m = pg.meta
        rows.append((name + ".txt", m["date"], m["page"], m["layout"],
                     {"full": "full-width", "mixed": "full commas, half brackets",
                      "half": "half-width ,();:"}[pg.mode],
                     len(gold["articles"]), len(re.sub(r"\s", "", text)), m.get("subjects", "")))
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    ptab += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    htab = ["| phenomenon | count |", "|---|---|"]
    htab += [f"| {k} | {v} |" for k, v in sorted(PHEN.items())]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(htab)).replace("{{PAGES}}", "\n".join(ptab))
    files["README.md"] = readme.encode("utf-8")
    return files


def main() -> int:
    files = build()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if f"{sub}/{old.name}" not in files:
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for r in files if r.startswith('pages/'))} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
