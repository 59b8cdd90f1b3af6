#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw extracted pages.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/NNN_<sha16>.txt, OUTDIR/gold/NNN_<sha16>.json and
OUTDIR/README.md (from README.in). OUTDIR defaults to this folder. Every small
choice comes from random.Random(<source file name>), so a rebuild is
byte-for-byte identical. Standard library only.
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

ROLE_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
             "dateline", "continued")
CUT = "‖"          # cut mark in a paragraph, followed by one tag letter
HBREAK = "¦"       # printed line break inside a headline / byline (not in gold)
FBREAK = "|"       # forced line break inside a dateline (not in gold)

# punctuation classes for layout
OPEN = "“‘（《(「"
CLOSE = "，。、；：？！”’）》,;:)」…—"
GLUE_PREV = "“‘）》)"            # in a spread line these stick to the glyph before
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/]+")

PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"},
}


class Tally(Counter):
    pass


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ---------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    order = []
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line == "@page":
            section, cur = "page", page
            continue
        if line.startswith("@a "):
            aid = line[3:].strip()
            cur = {"id": aid, "paras": [], "_body": False}
            arts[aid] = cur
            order.append(aid)
            section = "art"
            continue
        if line == "@layout":
            section = "layout"
            continue
        if section == "layout":
            layout.append(line.strip())
        elif section == "art" and cur["_body"]:
            cur["paras"].append(line.strip())
        elif section == "art" and line.strip() == "---":
            cur["_body"] = True
        else:
            k, _, v = line.partition(":")
            cur[k.strip()] = v.strip()
    return {"page": page, "arts": arts, "order": order, "layout": layout}


def conv(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Gold form of a headline / byline / dateline field."""
    s = s.replace(HBREAK, "").replace(FBREAK, "")
    return re.sub(r" {2,}", " ", s).strip()


def strip_cuts(s: str) -> str:
    return re.sub(CUT + "[a-z]", "", s)


# ---------------------------------------------------------------- column lines
def items_of(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def is_ascii_run(x: str) -> bool:
    return bool(ASCII_RUN.fullmatch(x))


def width(x: str) -> float:
    if x == " ":
        return 0.0
    if is_ascii_run(x) or all(ord(c) < 128 for c in x):
        return 0.5 * len(x)
    if x in CLOSE or x in OPEN:
        return 0.5          # compressed punctuation
    return 1.0


def clusters(text: str) -> list[str]:
    """Unbreakable clusters: an opening mark sticks to what follows, a closing
    mark to what precedes (no line starts with ，。 or ends with “)."""
    out: list[str] = []
    pending = ""
    for it in items_of(text):
        if it in OPEN:
            pending += it
        elif it in CLOSE and out and not pending:
            out[-1] += it
        else:
            out.append(pending + it)
            pending = ""
    if pending:
        out.append(pending)
    return out


def cl_width(c: str) -> float:
    return sum(width(x) for x in items_of(c))


def break_lines(text: str, w: float, forced: set[int] | None = None):
    """Greedy fill of a column of w em. Returns [(line_text, start, end, last)].
    forced: character offsets where a line must end."""
    forced = forced or set()
    cls = clusters(text)
    lines, cur, cw, start, pos = [], "", 0.0, 0, 0
    for c in cls:
        cwid = cl_width(c)
        if cur and cw + cwid > w:
            lines.append([cur, start, pos, False])
            cur, cw, start = "", 0.0, pos
        cur += c
        cw += cwid
        pos += len(c)
        if pos in forced:
            lines.append([cur, start, pos, "forced"])
            cur, cw, start = "", 0.0, pos
    if cur:
        lines.append([cur, start, pos, True])
    elif lines:
        lines[-1][3] = True
    return lines


def spread(line: str) -> str:
    groups: list[str] = []
    pending = ""
    for it in items_of(line):
        if it == " ":
            continue
        if it in GLUE_PREV and groups and not pending:
            groups[-1] += it
        elif it in OPEN or it in CLOSE:
            pending += it
        else:
            groups.append(pending + it)
            pending = ""
    if pending:
        if groups:
            groups[-1] += pending
        else:
            groups.append(pending)
    return " ".join(groups)


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def plain(line: str, rng: random.Random, t: Tally) -> str:
    its = items_of(line)
    out = ""
    for k, it in enumerate(its):
        prev = its[k - 1] if k else ""
        nxt = its[k + 1] if k + 1 < len(its) else ""
        if is_ascii_run(it) and any(ch.isdigit() for ch in it):
            mode = rng.choices(["both", "before", "none"], [0.45, 0.25, 0.3])[0]
            if mode != "none" and prev and is_cjk(prev[-1]):
                out += " "
                t["number-run spaces"] += 1
            if it.endswith("%") and len(it) > 1 and rng.random() < 0.2:
                out += it[:-1] + " %"
                t["glyph-gap space before %"] += 1
            else:
                out += it
            if it.endswith("%") is False and mode == "both" and nxt and is_cjk(nxt[0]):
                out += " "
                t["number-run spaces"] += 1
            continue
        if it in "“‘" and nxt and is_cjk(nxt[0]) and k and rng.random() < 0.1:
            out += it + " "
            t["space after an opening quote"] += 1
            continue
        if it in "、，" and k and prev and is_cjk(prev[-1]) and rng.random() < 0.03:
            out += " " + it
            t["glyph-gap space before punctuation"] += 1
            continue
        out += it
    return out.strip()


# ---------------------------------------------------------------- pages
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.src = parse_source(path)
        self.meta = self.src["page"]
        self.arts = self.src["arts"]
        self.rng = random.Random(path.name)
        self.mode = self.meta.get("punct", "full")
        self.layout_kind = self.meta["layout"]
        self.t = Tally()
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed: dict[str, set] = {a: set() for a in self.arts}
        self.first_seen: dict[str, int] = {}
        self.prefix_next = ""
        self.prepare()

    # articles ---------------------------------------------------------
    def prepare(self):
        for a in self.arts.values():
            paras = []
            for p in a["paras"]:
                p = conv(p, self.mode)
                paras.append(p)
            a["cparas"] = paras
            for k in ROLE_KEYS:
                a[k] = conv(a.get(k, ""), self.mode)
            # segments: list of lists of (para_index, text, is_subhead, tag)
            segs, cur = [], []
            for i, p in enumerate(paras):
                sub = p.startswith("## ")
                body = p[3:] if sub else p
                parts = re.split("(" + CUT + "[a-z])", body)
                cur.append([i, parts[0], sub])
                for j in range(1, len(parts), 2):
                    tag = parts[j][1]
                    self.t["cut: " + CUT_NAMES[tag]] += 1
                    segs.append(cur)
                    cur = [[i, parts[j + 1], sub]]
            segs.append(cur)
            a["segs"] = segs
            if self.layout_kind == "column":
                a["col_segs"] = self.column_segments(a)

    def column_segments(self, a):
        """Column layout: each paragraph is set whole; a cut ends the column at
        the end of the line that holds it."""
        out = [[] for _ in a["segs"]]
        ncut = 0
        for i, p in enumerate(a["cparas"]):
            sub = p.startswith("## ")
            body = p[3:] if sub else p
            cuts, text = [], ""
            for part in re.split("(" + CUT + "[a-z])", body):
                if part.startswith(CUT) and len(part) == 2:
                    cuts.append(len(text))
                else:
                    text += part
            if sub:
                self.t["crossheads"] += 1
            dl = a["dateline"] if (i == 0 and a.get("dateline")) else ""
            dlen = len(dl.replace(FBREAK, ""))
            for ln, s_, e_ in self.lay(a, dl, text, sub, spans=True):
                s_ -= dlen
                seg = ncut + sum(1 for c in cuts if c <= s_)
                if s_ < 0:
                    seg = ncut
                out[seg].append(ln)
            ncut += len(cuts)
        if any(not x for x in out):
            raise SystemExit(f"{self.path.name}: {a['id']}: two cuts in one printed line")
        return out

    def gold_article(self, a: dict) -> dict:
        paras, subs = [], []
        for p in a["cparas"]:
            if p.startswith("## "):
                p = p[3:]
                subs.append(strip_cuts(p))
            paras.append(strip_cuts(p))
        d = {k: clean(a.get(k, "")) for k in ROLE_KEYS}
        d["kind"] = a["kind"]
        d["subheads"] = subs
        d["paragraphs"] = paras
        return {k: d[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                    "byline", "dateline", "continued", "subheads",
                                    "paragraphs")}

    # printing ---------------------------------------------------------
    def emit(self, text: str, same_block: bool = False):
        if self.prefix_next:
            text = self.prefix_next + text
            self.prefix_next = ""
        if same_block and self.blocks:
            self.blocks[-1] += "\n" + text
        else:
            self.blocks.append(text)

    def run(self):
        for cmd in self.src["layout"]:
            op, _, rest = cmd.partition(" ")
            getattr(self, "op_" + op.replace("+", "_plus").replace("-", "_"))(rest.strip())
        for aid, segs in self.printed.items():
            n = len(self.arts[aid]["segs"])
            if segs != set(range(n)):
                raise SystemExit(f"{self.path.name}: {aid} segments printed {sorted(segs)} of {n}")
        lead = " " if self.meta.get("lead") == "yes" else ""
        if self.layout_kind == "column":
            text = lead + "\n\n".join(self.blocks) + "\n\n\n"
        else:
            text = "\n\n" + lead + "\n\n".join(self.blocks)
        return text

    def op_mast(self, rest):
        for bi, block in enumerate(rest.split("|")):
            lines = [x.strip() for x in block.split("+")]
            self.emit("\n".join(lines))
            self.t["masthead pieces"] += len(lines)
            if any(" " in x for x in lines):
                self.t["masthead pieces merged on one line"] += 1
        self.extras.append(conv(self.meta["masthead"], self.mode))

    def op_box(self, rest):
        rest = conv(rest, self.mode)
        self.emit(rest)
        self.extras.append(rest)
        self.t["box lines (countdown, code prompt, framed label)"] += 1

    def op_mark(self, rest):
        rest = conv(rest, self.mode)
        self.emit(rest)
        self.extras.append(rest)
        self.t["jump markers"] += 1

    def op_mark_plus(self, rest):
        rest = conv(rest, self.mode)
        self.prefix_next = rest
        self.extras.append(rest)
        self.t["jump markers"] += 1
        self.t["jump marker on the text's first line"] += 1

    def op_note(self, rest):
        self.t[rest] += 1

    def op_blank(self, rest):
        self.blocks[-1] += "\n"

    def role_text(self, a, r):
        return a[{"c": "column", "k": "kicker", "t": "title", "s": "subtitle",
                  "b": "byline"}[r]]

    def op_head(self, rest, plus=False):
        aid, _, spec = rest.partition(" ")
        a = self.arts[aid]
        self.t["headline stacks printed"] += 1
        # spec like "k/t|s": role letters c k t s b, modifier 2 (doubled on the
        # line) or = (line printed twice); separators / (next line, same block),
        # | (new block), _ (same line, a space between)
        toks = re.findall(r"([cktsb])([2=]?)([/|_]?)", spec)
        if "".join("".join(x) for x in toks) != spec:
            raise SystemExit(f"{self.path.name}: bad head spec {spec!r}")
        blocks: list[list[str]] = [[]]
        cur = ""
        for role, mod, sep in toks:
            txt = self.role_text(a, role)
            if not txt:
                raise SystemExit(f"{self.path.name}: {aid} has no role {role}")
            pr = txt
            if mod == "2":
                self.dups.append(clean(txt))
                self.t["headline doubled on one line"] += 1
                pr = txt.replace(HBREAK, "") * 2
            pieces = pr.split(HBREAK)
            if len(pieces) > 1:
                self.t["headline line broken (last words alone)"] += 1
            cur = (cur + " " + pieces[0]) if cur else pieces[0]
            for piece in pieces[1:]:
                blocks[-1].append(cur)
                cur = piece
            if mod == "=":
                blocks[-1].append(cur)
                blocks[-1].append(cur)
                self.dups.append(cur)
                self.t["headline printed twice on two lines"] += 1
                cur = ""
            if sep == "_":
                self.t["headline parts joined on one line with a space"] += 1
                continue
            if cur:
                blocks[-1].append(cur)
            cur = ""
            if sep == "|":
                blocks.append([])
        for bi, lines in enumerate(b for b in blocks if b):
            self.emit("\n".join(lines), same_block=(plus and bi == 0))

    def op_head_plus(self, rest):
        self.t["headline bunched with another story's headline"] += 1
        self.op_head(rest, plus=True)

    def op_byline(self, rest):
        aid = rest.split()[0]
        a = self.arts[aid]
        parts = a["byline"].split(HBREAK)
        if len(parts) > 1:
            self.t["byline broken between names"] += 1
        self.emit("\n".join(p.strip() for p in parts))
        self.t["byline on a line of its own"] += 1

    def op_credit(self, rest):
        aid = rest.split()[0]
        a = self.arts[aid]
        pad = " " * self.rng.randint(6, 14)
        self.emit(pad + a["byline"])
        self.t["credit right-aligned on its own line"] += 1

    def op_body(self, rest):
        args = rest.split()
        aid, rng_s = args[0], args[1]
        opts = args[2:]
        a = self.arts[aid]
        n = len(a["segs"])
        lo, _, hi = rng_s.partition("-")
        lo = int(lo)
        hi = (n - 1) if hi == "" and "-" in rng_s else int(hi or lo)
        self.first_seen.setdefault(aid, len(self.blocks))
        dup_at = {int(o[4:]) for o in opts if o.startswith("dup=")}
        with_credit = "+credit" in opts
        lines = []
        for si in range(lo, hi + 1):
            if si in self.printed[aid]:
                raise SystemExit(f"{self.path.name}: {aid} segment {si} printed twice")
            self.printed[aid].add(si)
            lines.extend(self.seg_lines(a, si))
        for k, ln in enumerate(lines, 1):
            self.emit(ln)
            if k in dup_at:
                self.emit(ln)
                self.dups.append(re.sub(r"\s+", "", ln))
                self.t["line printed twice"] += 1
        if with_credit and len(squash(lines[-1])) >= 4:
            self.blocks[-1] += " " + a["byline"]
            self.t["credit on the caption's line"] += 1
        elif with_credit:
            self.op_credit(aid)

    # one segment -> printed lines
    def seg_lines(self, a, si):
        if self.layout_kind == "column":
            return a["col_segs"][si]
        seg = a["segs"][si]
        out = []
        for k, (pi, text, sub) in enumerate(seg):
            dl = ""
            if pi == 0 and k == 0 and si == 0 and a.get("dateline"):
                dl = a["dateline"]
            if sub:
                self.t["crossheads"] += 1
            out.extend(self.lay(a, dl, text, sub))
        return out

    def lay(self, a, dl, text, sub, spans=False):
        if self.layout_kind == "para":
            full = dl + text
            if FBREAK in full:
                self.t["dateline broken (" + self.fb_kind(dl) + ")"] += 1
            return ["\n".join(x.strip() for x in full.split(FBREAK))]
        w = float(a.get("width") or self.meta["width"])
        if sub:
            return [(text, len(dl), len(dl) + len(text))]
        forced = set()
        full = ""
        for piece in (dl + text).split(FBREAK):
            full += piece
            forced.add(len(full))
        if FBREAK in dl:
            self.t["dateline broken (" + self.fb_kind(dl) + ")"] += 1
        forced.discard(len(full))
        lines = break_lines(full, w, forced)
        dlen = len(dl.replace(FBREAK, ""))
        for s_, e_ in [(x[1], x[2]) for x in lines]:
            if 0 < s_ < dlen < e_ and len(squash(full[s_:dlen])) < 4:
                # a dateline tail under 4 characters would be lost by a reader
                # that stores dateline and text apart: end the line earlier
                bounds = set()
                pos = 0
                for c in clusters(full):
                    pos += len(c)
                    bounds.add(pos)
                p = s_ - 1
                while p > 0 and (p not in bounds or len(squash(full[p:dlen])) < 4):
                    p -= 1
                forced.add(p)
                lines = break_lines(full, w, forced)
                self.t["line ended early to keep a dateline tail whole"] += 1
                break
        res = []
        for txt, s, e, last in lines:
            if not last and (w - cl_width(txt)) >= 1.0:
                res.append((spread(txt), s, e))
                self.t["justified line spread with spaces"] += 1
            else:
                res.append((plain(txt, self.rng, self.t), s, e))
        return res

    @staticmethod
    def fb_kind(dl):
        before = dl.split(FBREAK)[0]
        after = dl.split(FBREAK)[1]
        if after.startswith("通讯员"):
            return "before 通讯员"
        if before.endswith("月"):
            return "after its month"
        if re.search(r"\d$", before) or re.search(r"^\d", after) or before.endswith("日"):
            return "inside its date"
        return "between names"


CUT_NAMES = {
    "f": "figure / unit", "v": "verb / figure", "w": "inside a word",
    "q": "inside a quoted term", "n": "inside a name", "c": "column break, nothing between",
    "x": "column or jump at a sentence edge", "j": "jump to another page",
}


def strip_first(a):
    return a["segs"][0][0][1]


# ---------------------------------------------------------------- coverage
def covered(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def strings_in(obj):
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


# ---------------------------------------------------------------- main
def build(outdir: Path):
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    rows, totals = [], Counter()
    for idx, sp in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(sp)
        text = pg.run()
        name = f"{idx:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        order = sorted(pg.arts, key=lambda x: pg.first_seen.get(x, 10**9))
        arts = [pg.gold_article(pg.arts[x]) for x in order]
        m = pg.meta
        gold = {
            "source": name + ".txt",
            "issue_date": m["date"],
            "issue_number": int(m["issue_number"]) if m.get("issue_number") else None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        # every raw character must be found in the gold (coverage 1.000)
        hay = "\u0000".join(squash(s) for s in strings_in(arts) + pg.extras + pg.dups)
        for line in text.splitlines():
            s = squash(line)
            if covered(s, hay) != len(s):
                raise SystemExit(f"{sp.name}: line not covered by gold: {line!r}")
        for a in arts:
            for p in a["paragraphs"]:
                if re.search(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])", p):
                    raise SystemExit(f"{sp.name}: CJK space in paragraph {p[:30]!r}")
        (outdir / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (outdir / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pg.t["articles"] = len(arts)
        totals.update(pg.t)
        rows.append({
            "file": name + ".txt", "date": m["date"], "page": m["page"],
            "layout": pg.layout_kind, "punct": pg.mode, "articles": len(arts),
            "chars": len(re.sub(r"\s", "", text)), "subjects": m.get("subjects", ""),
            "tally": pg.t,
        })
    write_readme(outdir, rows, totals)
    return rows


PUNCT_DESC = {"full": "full-width", "mixed": "full commas, half-width ( )",
              "half": "half-width , ( ) : ;"}


def write_readme(outdir: Path, rows, totals):
    keys = sorted(k for k in totals if k != "articles")
    ph = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in keys:
        pages = sum(1 for r in rows if r["tally"].get(k))
        ph.append(f"| {k} | {totals[k]} | {pages} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | "
                  f"{PUNCT_DESC[r['punct']]} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    out = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    out = out.replace("{{NARTICLES}}", str(totals["articles"]))
    (outdir / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
