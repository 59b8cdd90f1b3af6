#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name, so running this twice gives
byte-identical output.  See README.in / README.md for the source format.
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

CLOSE = "，。、；：！？）》”’」』,;:)!?"
OPEN = "（《“‘「『("
PUNCT = CLOSE + OPEN + "—…·"
NUMCH = "0-9A-Za-z.%+×/\\-"
NUM_RE = re.compile(f"[{NUMCH}]+")
CUT_RE = re.compile(r"‖(?:\{([^}]*)\})?")

# punctuation width per page style: full | mixed | half
CONVERT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}

ARTICLE_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
                "dateline", "continued")

# phenomenon labels (README table order)
PHEN = [
    ("spread", "justified column lines spread with spaces (column layout)"),
    ("numspace", "spaces put around number runs (column layout)"),
    ("quotespace", "space after an opening quote"),
    ("punctgap", "glyph-gap space before full-width punctuation"),
    ("pctgap", "glyph-gap space before %"),
    ("head_after", "headline printed after (part of) its body"),
    ("head_bunch", "headlines of two stories bunched together"),
    ("head_double", "headline drawn twice on one line"),
    ("head_twice", "headline drawn twice as two identical lines"),
    ("head_join", "headline parts printed on one line"),
    ("head_lastword", "headline's last word left alone on a line"),
    ("dateline_break", "line break inside a dateline (date, names, before 通讯员)"),
    ("byline_break", "feature byline broken between names / before 通讯员"),
    ("byline_alone", "feature byline lines standing alone (not run into the text)"),
    ("dup_line", "lines printed twice (duplicates)"),
    ("mast_piece", "masthead pieces (lines)"),
    ("box", "box lines (countdown, code prompt, notice frame)"),
    ("credit_right", "photo credit right-aligned on a line of its own"),
    ("credit_inline", "photo credit on the caption's line"),
    ("column_label", "column labels (栏目) on their own line"),
    ("marker", "jump markers (下转/上接)"),
    ("cut", "story cut and continued after a piece of another story"),
    ("cut_fig_unit", "  cut between a figure and its unit"),
    ("cut_verb_fig", "  cut between a verb and its figure"),
    ("cut_range", "  cut inside a year range"),
    ("cut_quote", "  cut inside a quoted term"),
    ("cut_name", "  cut inside a name"),
    ("cut_word", "  cut inside a word"),
    ("colbreak", "paragraph split by a column break with nothing between (paragraph layout)"),
    ("subhead", "crossheads (subheads)"),
    ("leadspace", "line starting with a stray space"),
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ----------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in ARTICLE_KEYS}
        self.f["kind"] = "news"
        self.paras = []          # raw paragraph source strings
        self.width = None


def parse(path: Path):
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n== ")
    rest = "== " + rest
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    conv = CONVERT[meta["punct"]]
    for a, b in conv.items():
        rest = rest.replace(a, b)
    arts, layout, cur = {}, [], None
    order = []
    for line in rest.splitlines():
        if line.startswith("== "):
            name = line[3:].strip()
            if name == "layout":
                cur = "layout"
            else:
                cur = Article(name)
                arts[name] = cur
                order.append(name)
            continue
        if cur is None or not line.strip() or line.startswith("#"):
            continue
        if cur == "layout":
            layout.append(line)
        elif line.startswith(">"):
            cur.paras.append(line[1:].strip())
        else:
            k, _, v = line.partition(":")
            k = k.strip()
            if k == "width":
                cur.width = float(v)
            else:
                cur.f[k] = v.strip()
    return meta, [arts[o] for o in order], layout


def segments(art: Article):
    """Split the body at cut marks: a list of segments, each a list of
    portions (text, starts_para, ends_para, is_subhead, cut_tag_after)."""
    segs, cur = [], []
    for p in art.paras:
        sub = p.startswith("## ")
        body = p[3:] if sub else p
        pieces = CUT_RE.split(body)
        # pieces: text, tag, text, tag, ...
        texts = pieces[0::2]
        tags = pieces[1::2]
        for i, t in enumerate(texts):
            cur.append([t, i == 0, i == len(texts) - 1, sub])
            if i < len(texts) - 1:
                segs.append((cur, tags[i] or ""))
                cur = []
    if cur:
        segs.append((cur, None))
    return segs


def unbreak_dateline(d: str) -> str:
    """A forced break in a dateline stands for a space between names (or before
    通讯员), and for nothing inside the date."""
    return re.sub(r"(.)¦(.)", lambda m: m.group(1) + ("" if m.group(2).isdigit() else " ")
                  + m.group(2), d).replace("¦", "")


def clean_para(p: str) -> str:
    if p.startswith("## "):
        p = p[3:]
    p = CUT_RE.sub("", p).replace("¦", "")
    return re.sub(r"\s+", "", p)


def classify_cut(before: str, after: str, tag: str) -> str:
    if tag:
        return "cut_" + tag
    b, a = before[-1:], after[:1]
    if re.match(r"[0-9]", b) and (before.endswith("—") or after.startswith("—")
                                 or re.search(r"\d{4}$", before) and after[:1] == "—"):
        return "cut_range"
    if b == "—" or (re.search(r"\d{4}—$", before)):
        return "cut_range"
    if re.search(r"[0-9][0-9.]*[万亿]?$", before) and a and is_cjk(a):
        return "cut_fig_unit"
    if a and re.match(r"[0-9]", a) and b and is_cjk(b):
        return "cut_verb_fig"
    if before.count("“") > before.count("”"):
        return "cut_quote"
    return "cut_word"


# ----------------------------------------------------------- column layout
def tokens(text: str):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "¦":
            out.append(("BR", ch, 0)); i += 1; continue
        if ch == "\x01":           # an unbreakable run (end of a dateline)
            j = text.index("\x02", i)
            s = text[i + 1:j]
            out.append(("C", s, float(len(s)))); i = j + 1; continue
        m = NUM_RE.match(text, i)
        if m:
            s = m.group(0)
            out.append(("N", s, 0.5 * len(s))); i = m.end(); continue
        if ch == " ":
            out.append(("S", " ", 0.5)); i += 1; continue
        if ch in CLOSE or ch in OPEN:
            # full-width marks take a full em unless they touch another mark
            # (the pair is set in one em); half-width ones take half an em
            full = unicodedata.east_asian_width(ch) in "FW"
            nxt = text[i + 1:i + 2]
            w = 1.0 if full and not (nxt and (nxt in CLOSE or nxt in OPEN)) else 0.5
            out.append(("PC" if ch in CLOSE else "PO", ch, w)); i += 1; continue
        if ch in "—…":
            out.append(("C", ch, 1.0)); i += 1; continue
        out.append(("C", ch, 1.0)); i += 1
    return out


class Ctx:
    def __init__(self, rnd, cnt):
        self.rnd, self.cnt = rnd, cnt


def render_line(toks, spread, ctx: Ctx) -> str:
    rnd, cnt = ctx.rnd, ctx.cnt
    toks = [t for t in toks]
    while toks and toks[0][0] == "S":
        toks.pop(0)
    while toks and toks[-1][0] == "S":
        toks.pop()
    if spread:
        cnt["spread"] += 1
        out = ""
        for j, (k, s, w) in enumerate(toks):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            out += s
            if nxt is None or k == "S" or nxt[0] == "S":
                continue
            if k == "PC" or s in "（《(":
                continue
            if nxt[1] in "》）)":
                continue
            out += " "
        return re.sub(r" +", " ", out).strip()
    out = ""
    for j, (k, s, w) in enumerate(toks):
        if k == "N" and re.search(r"\d", s):
            if s.endswith("%") and len(s) > 2 and rnd.random() < 0.08:
                s = s[:-1] + " %"
                cnt["pctgap"] += 1
            r = rnd.random()
            if r < 0.45:
                s = " " + s + " "
            elif r < 0.62:
                s = " " + s
            elif r < 0.72:
                s = s + " "
            if s != s.strip():
                cnt["numspace"] += 1
        elif k == "PO" and s == "“" and rnd.random() < 0.06:
            s = s + " "
            cnt["quotespace"] += 1
        elif k == "PC" and s in "、，" and out and is_cjk(out[-1]) and rnd.random() < 0.03:
            s = " " + s
            cnt["punctgap"] += 1
        out += s
    out = re.sub(r" +", " ", out).strip()
    return out


def wrap(text: str, width: float, indent: bool, last_is_para_end: bool, ctx: Ctx):
    toks = tokens(text)
    lines = []          # (toks, forced, w)
    cur, w = [], (2.0 if indent else 0.0)
    i = 0
    while i < len(toks):
        t = toks[i]
        k, s, tw = t
        if k == "BR":
            lines.append((cur, True, w)); cur, w = [], 0.0; i += 1; continue
        if w + tw <= width or not cur:
            cur.append(t); w += tw; i += 1; continue
        if k == "PC" and (ctx.rnd.random() < 0.6 or len(cur) < 4 or cur[-1][0] != "C"):
            # a closing mark may not start a line: let it hang in the margin
            cur.append(t); w += tw; i += 1
            lines.append((cur, False, width)); cur, w = [], 0.0
            continue
        if k == "PC":
            # ... or push the last character down with it (the line is then
            # justified, i.e. spread)
            back = cur.pop()
            lw = sum(x[2] for x in cur) + (2.0 if (indent and not lines) else 0.0)
            lines.append((cur, False, lw))
            cur, w = [back], back[2]
            continue
        # break before t; an opening mark may not end a line
        carry = []
        while cur and cur[-1][0] == "PO":
            carry.insert(0, cur.pop())
        lw = sum(x[2] for x in cur) + (2.0 if (indent and not lines) else 0.0)
        lines.append((cur, False, lw))
        cur = carry
        w = sum(x[2] for x in cur)
    if cur:
        lines.append((cur, True, w))
    out = []
    for j, (lt, forced, lw) in enumerate(lines):
        last = j == len(lines) - 1
        spread = (not forced) and (not last) and (width - lw >= 1.0) and len(lt) > 3
        out.append(render_line(lt, spread, ctx))
    return [o for o in out if o.strip()]


# ------------------------------------------------------------------ compose
def build_page(src: Path):
    meta, arts, layout = parse(src)
    rnd = random.Random(src.name)
    cnt = Counter()
    ctx = Ctx(rnd, cnt)
    A = {a.id: a for a in arts}
    colmode = meta["layout"] == "column"
    wnews = float(meta.get("width", "17"))
    segs = {a.id: segments(a) for a in arts}
    printed = {a.id: [] for a in arts}
    heads = {a.id: [] for a in arts}
    cols = {a.id: "" for a in arts}
    byls = {a.id: "" for a in arts}
    marks = {a.id: "" for a in arts}
    extras, dups = [], []
    lines = []                     # (text, glue)
    last_kind = None
    body_seen = set()
    prev_head_art = None

    def emit(text, glue=False):
        lines.append((text, glue))

    for raw in layout:
        glue = raw.startswith("+")
        d = raw[1:] if glue else raw
        lit = None
        if " | " in d or d.endswith(" |"):
            d, _, lit = d.partition(" |")
            lit = lit[1:] if lit.startswith(" ") else lit
            d = d.strip()
        parts = d.split()
        op = parts[0]
        kind_now = op
        if op in ("H", "HD"):
            aid = parts[1]
            if aid in body_seen:
                cnt["head_after"] += 1
            if prev_head_art and prev_head_art != aid and last_kind in ("H", "HD"):
                cnt["head_bunch"] += 1
            prev_head_art = aid
            s = squash(lit)
            if op == "HD":
                half = s[:len(s) // 2]
                assert half * 2 == s, (src, lit)
                heads[aid].append(half)
                dups.append(lit.strip()[:len(lit.strip()) // 2].strip())
                cnt["head_double"] += 1
            else:
                heads[aid].append(s)
            if " " in lit.strip() and op == "H":
                a = A[aid]
                parts_f = [squash(a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]
                if sum(1 for p in parts_f if p in s) >= 2:
                    cnt["head_join"] += 1
            if len(s) <= 3 and heads[aid] and len(heads[aid]) > 1:
                cnt["head_lastword"] += 1
            emit(lit, glue)
        elif op == "C":
            aid = parts[1]
            cols[aid] += squash(lit)
            cnt["column_label"] += 1
            emit(lit, glue)
        elif op == "B":
            aid = parts[1]
            if byls[aid]:
                cnt["byline_break"] += 1
            byls[aid] += squash(lit)
            if lit.startswith("    "):
                cnt["credit_right"] += 1
            elif A[aid].f["kind"] == "feature" and not byls[aid].endswith("摄"):
                cnt["byline_alone"] += 1 if not glue else 0
            emit(lit, glue)
        elif op == "M":
            aid = parts[1]
            marks[aid] += squash(lit)
            cnt["marker"] += 1
            # the arrows and brackets belong to no article: the whole marker
            # line is recorded among the extras (see README, unsure points)
            extras.append(re.sub(r"\s+", "", lit))
            emit(lit, glue)
        elif op in ("X", "XN"):
            if op == "XN" or last_kind not in ("X", "XN"):
                extras.append("")
            extras[-1] += re.sub(r"\s+", "", lit)
            cnt["mast_piece" if meta.get("issue") and len(extras) == 1 else "box"] += 1
            emit(lit, glue)
        elif op == "D":
            dups.append(lit.strip())
            for a in arts:
                if squash(lit) and squash(lit) in {squash(a.f[k]) for k in ("kicker", "title", "subtitle")}:
                    cnt["head_twice"] += 1
                    break
            else:
                cnt["dup_line"] += 1
            emit(lit, glue)
        elif op == "dup":
            t = lines[-1][0]
            dups.append(t.strip())
            cnt["dup_line"] += 1
            emit(t, glue)
        elif op == "blank":
            emit(None, int(parts[1]))
        elif op == "lead":
            t, g = lines[-1]
            lines[-1] = (" " + t, g)
            cnt["leadspace"] += 1
        elif op == "body":
            aid = parts[1]
            a = A[aid]
            body_seen.add(aid)
            which = parts[2] if len(parts) > 2 and parts[2] != "+cr" else "all"
            idx = list(range(len(segs[aid]))) if which == "all" else [int(x) for x in which.split(",")]
            credit = "+cr" in parts
            width = a.width or wnews
            first_line = True
            for si in idx:
                printed[aid].append(si)
                seg, tag = segs[aid][si]
                if tag is not None:
                    nxt = segs[aid][si + 1][0][0][0]
                    cnt["cut"] += 1
                    cnt[classify_cut(seg[-1][0], nxt, tag)] += 1
                for pi, (t, sp, ep, sub) in enumerate(seg):
                    dl = ""
                    if si == 0 and pi == 0 and a.f["dateline"]:
                        dl = a.f["dateline"]
                        if "¦" in dl and colmode:
                            cnt["dateline_break"] += 1
                        if not colmode:
                            dl = unbreak_dateline(dl)
                    if sub:
                        cnt["subhead"] += 1
                        emit(t, glue and first_line)
                        first_line = False
                        continue
                    if colmode:
                        if dl:
                            # the name closing a dateline is never split from its bracket
                            m = re.search(r"[^\s¦]{1,6}[)）]$", dl)
                            if m:
                                dl = dl[:m.start()] + "\x01" + m.group(0) + "\x02"
                        ls = wrap(dl + t, width, sp, ep, ctx)
                    else:
                        ls = [x for x in (dl + t).split("¦")]
                        cnt["colbreak"] += len(ls) - 1
                    for l in ls:
                        emit(l, glue and first_line)
                        first_line = False
            if credit:
                t, g = lines[-1]
                lines[-1] = (t + " " + a.f["byline"], g)
                byls[aid] += squash(a.f["byline"])
                cnt["credit_inline"] += 1
        else:
            raise SystemExit(f"{src}: unknown directive {raw!r}")
        last_kind = kind_now

    # validation
    for a in arts:
        assert sorted(printed[a.id]) == list(range(len(segs[a.id]))), (src.name, a.id, printed[a.id])
        hd = squash(a.f["kicker"] + a.f["title"] + a.f["subtitle"])
        assert "".join(heads[a.id]) == hd, (src.name, a.id, heads[a.id], hd)
        assert cols[a.id] == squash(a.f["column"]), (src.name, a.id, "column")
        if a.f["byline"]:
            assert byls[a.id] == squash(a.f["byline"]), (src.name, a.id, "byline", byls[a.id])
        if a.f["continued"]:
            assert squash(a.f["continued"]) in marks[a.id], (src.name, a.id, "continued")
    # text
    out = []
    for t, g in lines:
        if t is None:
            out.append("\n" * g)
            continue
        if out:
            out.append("\n" if g else "\n\n")
        out.append(t)
    body = "".join(out)
    if colmode:
        page = body + "\n\n\n"
        if not page.startswith(" "):
            page = " " + page
            cnt["leadspace"] += 1
    else:
        page = "\n\n" + body
    # gold
    golds = []
    for a in arts:
        g = {}
        for k in ARTICLE_KEYS:
            v = unbreak_dateline(a.f[k])
            g[k] = v
            if k == "continued":
                g["subheads"] = [p[3:] for p in a.paras if p.startswith("## ")]
        g["paragraphs"] = [clean_para(p) for p in a.paras]
        # keep key order of the seeds
        golds.append({k: g[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                         "byline", "dateline", "continued", "subheads",
                                         "paragraphs")})
    meta["_extras"] = extras
    meta["_dups"] = dups
    return meta, page, golds, cnt


def compose(write=True):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    results = {}
    rows = []
    total = Counter()
    for n, src in enumerate(srcs, 1):
        meta, page, golds, cnt = build_page(src)
        h = hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = {
            "source": name + ".txt",
            "issue_date": meta["date"],
            "issue_number": meta.get("issue") or None,
            "page_count": int(meta["count"]) if meta.get("count") else None,
            "articles": golds,
            "extras": meta["_extras"],
            "duplicates": meta["_dups"],
        }
        gtext = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        results[f"pages/{name}.txt"] = page
        results[f"gold/{name}.json"] = gtext
        nchar = len(re.sub(r"\s", "", page))
        rows.append((name + ".txt", meta["date"], meta["page"], meta["layout"],
                     meta["punct"], len(golds), nchar, meta.get("subjects", "")))
        total.update(cnt)
    # README
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for key, label in PHEN:
        ph.append(f"| {label} | {total.get(key, 0)} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    results["README.md"] = readme
    if write:
        for d in ("pages", "gold"):
            p = HERE / d
            p.mkdir(exist_ok=True)
            for f in p.iterdir():
                if ("%s/%s" % (d, f.name)) not in results:
                    f.unlink()
        for rel, text in results.items():
            (HERE / rel).write_text(text, encoding="utf-8")
    return results, rows, total


if __name__ == "__main__":
    res, rows, total = compose(write=True)
    for r in rows:
        print("  ".join(str(x) for x in r[:7]))
