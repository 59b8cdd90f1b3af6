#!/usr/bin/env python3
"""Lay the page sources in src/ out as raw page text (pages/), gold annotations
(gold/) and README.md (from README.in).

    python3 compose.py [OUTDIR]

Standard library only.  Every small choice is drawn from a random.Random seeded
by the source file name, so the output is the same byte for byte on every run.
See README.md for the source format and the layout rules (measured on the seeds).
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

# ---------------------------------------------------------------- characters
CLOSE = set("，、。；：？！”’）》〉」』,;:)")
OPEN = set("“‘（《〈「『(")
MIDP = set("，、。；：")                 # punctuation that the typesetter may squeeze
NOSP_AFTER = set("，、。；：？！”’）》（《")  # measured on the seeds' spread lines
NOSP_BEFORE = set("“‘《（》）")
NUM_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*")

PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}


def width(tok: str, squeeze: bool = False) -> float:
    if NUM_RE.fullmatch(tok):
        return 0.5 * len(tok)
    if len(tok) == 1 and ord(tok) < 128:
        return 0.5
    if squeeze and tok in MIDP:
        return 0.5
    return 1.0 * len(tok)


def tokens(text: str) -> list[str]:
    """Characters, number/latin runs, '~' forced breaks; spaces kept as ' '."""
    out, i = [], 0
    while i < len(text):
        m = NUM_RE.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
            continue
        out.append(text[i])
        i += 1
    return out


def clean(text: str) -> str:
    """Gold form of a source string: cut marks and forced breaks removed."""
    return text.replace("|", "").replace("~", "").replace("‖", "")


# ---------------------------------------------------------------- source
class Art:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued", "mark", "width", "credit_form")}
        self.paras: list[tuple[str, str]] = []     # (type, text) type p|sub

    def segs(self):
        """Flat list of (label, para_index, piece_text, is_para_start, is_para_end)."""
        out = []
        for i, (_, t) in enumerate(self.paras, 1):
            pieces = t.split("|")
            for j, pc in enumerate(pieces):
                lab = str(i) if len(pieces) == 1 else f"{i}{'abcdefgh'[j]}"
                out.append((lab, i, pc, j == 0, j == len(pieces) - 1))
        return out


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur, sec = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sec = "page"
            continue
        if line.startswith("@art"):
            _, aid, kind = line.split()
            cur = arts[aid] = Art(aid, kind)
            sec = "art"
            continue
        if line.startswith("@layout"):
            sec = "layout"
            continue
        if sec == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sec == "page":
            meta[key] = val
        elif key in ("p", "sub"):
            cur.paras.append((key, val))
        else:
            cur.f[key] = val
    return meta, arts, layout


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, name: str, meta: dict, arts: dict, layout: list):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rng = random.Random(name)
        self.mode = meta["layout"]
        self.pmap = PUNCT_MODES[meta.get("punct", "full")]
        self.numsp = meta.get("numsp", "none")
        self.W = float(meta.get("width", "17"))
        self.squeeze = float(meta.get("squeeze", "0.25"))
        self.gap = float(meta.get("gap", "0.04"))
        self.lines: list[str] = []        # printed lines ('' = blank)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.last_clean = ""
        self.stats = Counter()
        self._tight = False

    # punctuation width of the page
    def P(self, s: str) -> str:
        return "".join(self.pmap.get(c, c) for c in s)

    def emit(self, printed: str, cleantext: str, tight: bool = False):
        tight = tight or self._tight
        self._tight = False
        if self.lines and not tight:
            self.lines.append("")
        self.lines.append(printed)
        self.last_clean = cleantext

    # ---- artefacts on an ordinary (not spread) line
    def dress(self, toks: list[str]) -> str:
        out = []
        n = len(toks)
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < n else ""
            if NUM_RE.fullmatch(t) and t.endswith("%") and len(t) > 1 and self.gap \
                    and self.rng.random() < 0.25:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            if NUM_RE.fullmatch(t.replace(" ", "")) and t[0].isdigit() and self.numsp != "none":
                if prev and prev not in CLOSE and prev not in OPEN and prev != " " \
                        and self.rng.random() < 0.85:
                    out.append(" ")
                    self.stats["space before a number run"] += 1
                out.append(t)
                if self.numsp == "both" and nxt and not t.endswith("%") \
                        and nxt not in CLOSE and nxt not in OPEN and not NUM_RE.fullmatch(nxt) \
                        and self.rng.random() < 0.8:
                    out.append(" ")
                    self.stats["space after a number run"] += 1
                continue
            if t in "、，" and prev and self.rng.random() < self.gap:
                out.append(" ")
                self.stats["glyph-gap space before full-width punctuation"] += 1
            out.append(t)
            if t in "“" and nxt and self.rng.random() < self.gap * 2:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out).replace("  ", " ")

    @staticmethod
    def spread(toks: list[str]) -> str:
        out = [toks[0]]
        for a, b in zip(toks, toks[1:]):
            if a not in NOSP_AFTER and b not in NOSP_BEFORE:
                out.append(" ")
            out.append(b)
        return "".join(out)

    # ---- column layout: wrap one run of text into column lines
    @staticmethod
    def dl_groups(dl: str) -> list:
        """A dateline breaks only between its words (as on the seeds: after
        '（记者', between names, before '通讯员'); its last piece keeps >= 4
        characters so that it never strands a bare name end."""
        out = []
        for n, part in enumerate(dl.split("~")):
            if n:
                out.append("~")
            words = []
            for w in (w for w in part.split(" ") if w):
                # a name printed with a gap (黄 婷) stays on one line
                if words and (len(words[-1].split(" ")[-1]) == 1):
                    words[-1] += " " + w
                else:
                    words.append(w)
            while len(words) > 1 and len(words[-1].replace(" ", "")) < 4:
                words[-2:] = [words[-2] + " " + words[-1]]
            for m, w in enumerate(words):
                if m:
                    out.append(" ")
                out.append(tuple(tokens(w.replace(" ", "\x00"))))
        return [tuple(" " if x == "\x00" else x for x in t) if isinstance(t, tuple) else t
                for t in out]

    def wrap(self, text: str, W: float, indent: bool, final: bool, lead: str = "", dl: str = ""):
        """text may hold '~' (forced break); dl (the dateline) breaks only between
        its words.  Returns list of (printed, clean) lines."""
        toks = (self.dl_groups(dl) if dl else []) + tokens(text)
        res = []
        i, first = 0, True
        while i < len(toks):
            cap = W - (2 if (first and indent) else 0)
            squeeze = self.rng.random() < self.squeeze
            line, cur = [], 0.0
            forced = False
            while i < len(toks):
                t = toks[i]
                if t == "~":
                    i += 1
                    forced = True
                    break
                if t == " ":
                    if line:
                        line.append(" ")
                        cur += 0.25
                    i += 1
                    continue
                w = sum(width(x) for x in t if x != " ") if isinstance(t, tuple) else width(t, squeeze)
                if cur + w <= cap + 1e-9 or not line:
                    line.append(t)
                    cur += w
                    i += 1
                    continue
                while i < len(toks) and toks[i] in CLOSE and cur + width(toks[i]) <= cap + 2.0:
                    line.append(toks[i])
                    cur += width(toks[i])
                    i += 1
                    self.stats["punctuation hung at a line end"] += 1
                break
            while line and line[-1] == " ":
                line.pop()
            # an opening mark may not end a line
            if i < len(toks) and not forced and len(line) > 2 and line[-1] in OPEN:
                line.pop()
                i -= 1
                while toks[i - 1] == " ":
                    i -= 1
            last = i >= len(toks)
            flat = []
            grouped = any(isinstance(t, tuple) for t in line)
            for t in line:
                flat.extend(t if isinstance(t, tuple) else [t])
            line = flat
            real = [t for t in line if t != " "]
            slack = cap - sum(width(t) for t in real)
            npunct = sum(1 for t in real if t in MIDP)
            do_spread = (not forced and not grouped and not (last and final) and len(real) >= 6
                         and " " not in line
                         and (slack >= 1.0 or (squeeze and npunct >= 2)))
            if do_spread:
                printed = self.spread(real)
                self.stats["justified line spread with spaces"] += 1
            else:
                printed = self.dress(line)
            if first and lead:
                printed = lead + printed
            res.append((printed, "".join(real)))
            first = False
        return res

    # ---- directives
    def head_lines(self, a: Art, spec: str):
        """spec: comma-separated lines; '+' joins parts on one line.
        parts: c column, k kicker, t title, s subtitle; suffix '/' = split at
        '‖' or space onto two lines; 't2' = title doubled on one line."""
        seen = set()
        for grp in spec.split(","):
            parts = grp.split("+")
            pieces = []
            for p in parts:
                key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle"}[p[0]]
                txt = self.P(a.f[key])
                if p[0] in seen:
                    self.dups.append(clean(txt))
                    self.stats["headline drawn twice (two identical lines)"] += 1
                seen.add(p[0])
                if p.endswith("2"):
                    self.dups.append(clean(txt))
                    self.stats["headline doubled on one line"] += 1
                    txt = clean(txt) + clean(txt)
                pieces.append((txt, p.endswith("/")))
            if len(pieces) > 1:
                self.stats["headline parts run together on one line"] += 1
            # a split part breaks the line at '‖' (or its space), no blank between
            out, buf = [], []
            for txt, split in pieces:
                if split:
                    cut = txt.split("‖", 1) if "‖" in txt else txt.split(" ", 1)
                    buf.append(cut[0])
                    out.append(" ".join(buf))
                    buf = [cut[1].replace("‖", "")]
                    self.stats["headline split over two lines"] += 1
                    if len(clean(cut[1])) <= 3:
                        self.stats["headline's last word alone on a line"] += 1
                else:
                    buf.append(txt.replace("‖", ""))
            if buf:
                out.append(" ".join(buf))
            for m, ln in enumerate(out):
                self.emit(ln, "", tight=m > 0)
        self.last_clean = clean(self.P(a.f["title"]))

    def body(self, a: Art, rng_spec: str):
        segs = a.segs()
        labels = [s[0] for s in segs]
        lo, hi = 0, len(segs) - 1
        if rng_spec:
            s, _, e = rng_spec.partition("-") if "-" in rng_spec else (rng_spec, "", rng_spec)

            def pos(lab, start):
                if lab in labels:
                    return labels.index(lab)
                idx = [k for k, x in enumerate(segs) if str(x[1]) == lab]
                return idx[0] if start else idx[-1]
            lo = pos(s, True) if s else 0
            hi = pos(e, False) if e else len(segs) - 1
        W = float(a.f["width"] or self.W)
        for k in range(lo, hi + 1):
            lab, pi, piece, pstart, pend = segs[k]
            ptype = a.paras[pi - 1][0]
            text = self.P(piece)
            lead, dl = "", ""
            if k == 0 and a.f["dateline"]:
                dl = self.P(a.f["dateline"])
                if self.mode == "para":
                    text = dl + text
                    dl = ""
                if "~" in dl:
                    self.stats["line break inside a dateline"] += 1
            if k == 0 and a.f["mark"] and a.f["continued"][:1] in "上紧":
                lead = self.P(a.f["mark"]) + ("" if a.f["mark"].endswith("）") else " ")
                self.stats["jump marker (上接/紧接) leading the body"] += 1
            if not pend:
                self.stats["paragraph cut at a column break"] += 1
            if self.mode == "para":
                for n, part in enumerate(text.split("~")):
                    self.emit((lead if n == 0 else "") + self.dress(tokens(part.replace("|", ""))),
                              clean(part))
                continue
            if ptype == "sub":
                self.emit(text, clean(text))
                self.stats["crosshead line"] += 1
                continue
            lines = self.wrap(text, W, indent=pstart, final=pend, lead=lead,
                              dl=dl if k == 0 and a.f["dateline"] else "")
            if k == 0 and self.rng.random() < 0.3:
                lines[0] = (" " + lines[0][0], lines[0][1])
            for pr, cl in lines:
                self.emit(pr, cl)

    def photo(self, a: Art, form: str):
        if a.f["title"]:
            self.emit(self.P(a.f["title"]), "")
        caps = [self.P(t) for _, t in a.paras]
        cred = self.P(a.f["byline"])
        if form == "inline":
            for c in caps[:-1]:
                self.emit(self.dress(tokens(c)), c)
            self.emit(self.dress(tokens(caps[-1])) + "  " + cred, caps[-1])
            self.stats["photo credit at the end of its caption"] += 1
        else:
            for c in caps:
                self.emit(self.dress(tokens(c)), c)
            if cred:
                if form == "right":
                    self.emit(" " * self.rng.randint(24, 40) + cred, cred)
                    self.stats["credit right-aligned on a line of its own"] += 1
                else:
                    self.emit(cred, cred)
                    self.stats["credit on a line of its own"] += 1

    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            args = rest.split(" ", 1) if rest else []
            if op == "mast":
                pieces = rest.split("|")
                tight = False
                for pc in pieces:
                    for m, sub in enumerate(pc.split("/")):
                        self.emit(self.P(sub), sub, tight=(m > 0))
                        self.stats["masthead piece"] += 1
                self.extras.append(self.P(clean(rest.replace("|", "").replace("/", "").replace(" ", ""))))
            elif op == "box":
                for m, sub in enumerate(rest.split("|")):
                    self.emit(self.P(sub), sub)
                self.extras.append(self.P(rest.replace("|", "")))
                self.stats["box line (countdown, code prompt, framed label)"] += 1
            elif op == "head":
                self.head_lines(self.arts[args[0]], args[1])
                self.stats["headline stack"] += 1
            elif op == "tail":           # short trailing headline line like 某某出席
                a = self.arts[args[0]]
                self.emit(self.P(a.f["subtitle"]), "")
            elif op == "by":
                a = self.arts[args[0]]
                parts = self.P(a.f["byline"]).split("~")
                for m, pc in enumerate(parts):
                    self.emit(pc.strip(), pc.strip(), tight=(m > 0 and len(args) > 1))
                if len(parts) > 1:
                    self.stats["byline broken over lines"] += 1
            elif op == "col":
                a = self.arts[args[0]]
                self.emit(self.P(a.f["column"]), "")
                self.stats["column label on its own line"] += 1
            elif op == "body":
                self.body(self.arts[args[0]], args[1] if len(args) > 1 else "")
            elif op == "photo":
                self.photo(self.arts[args[0]], args[1] if len(args) > 1 else "line")
            elif op == "mark":
                a = self.arts[args[0]]
                self.emit(self.P(a.f["mark"]), "")
                self.stats["jump marker line"] += 1
            elif op == "dup":
                self.emit(self.lines[-1], self.last_clean)
                self.dups.append(self.last_clean)
                self.stats["line printed twice"] += 1
            elif op == "blank":
                self.lines.extend([""] * int(args[0]))
            elif op == "tight":           # glue the next printed line to the previous
                self._tight = True
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
        return "\n".join(self.lines) + "\n"

    def gold(self, fname: str) -> dict:
        m = self.meta
        arts = []
        for a in self.arts.values():
            P = lambda s: clean(self.P(s))
            paras = []
            subs = []
            for typ, t in a.paras:
                paras.append(P(t).replace(" ", "") if typ == "sub" else P(t))
                if typ == "sub":
                    subs.append(P(t))
            arts.append({
                "kind": a.kind, "column": P(a.f["column"]), "kicker": P(a.f["kicker"]),
                "title": P(a.f["title"]), "subtitle": P(a.f["subtitle"]),
                "byline": P(a.f["byline"]).replace("  ", " "), "dateline": P(a.f["dateline"]),
                "continued": a.f["continued"], "subheads": subs, "paragraphs": paras})
        front = m.get("issue_number")
        return {"source": fname, "issue_date": m["date"],
                "issue_number": front or None,
                "page_count": int(m["page_count"]) if m.get("page_count") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def nonws(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    total = Counter()
    rows = []
    for n, sp in enumerate(srcs, 1):
        meta, arts, layout = parse(sp)
        page = Page(sp.name, meta, arts, layout)
        text = page.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{n:03d}_{h}.txt"
        (outdir / "pages" / fname).write_text(text, encoding="utf-8")
        g = page.gold(fname)
        (outdir / "gold" / fname.replace(".txt", ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(page.stats)
        total["articles"] += len(g["articles"])
        for a in g["articles"]:
            total[f"kind: {a['kind']}"] += 1
        total["duplicates (gold)"] += len(g["duplicates"])
        total["extras (gold)"] += len(g["extras"])
        rows.append((fname, meta["date"], meta["page"], meta["layout"], meta.get("punct", "full"),
                     len(g["articles"]), nonws(text), meta.get("subjects", "")))
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    pg = "\n".join(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |"
                   for r in rows)
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + ph)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | "
                            "articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + pg)
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return rows, total


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    build(out)
