#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (spaces around number runs, glyph
gaps) comes from a random.Random seeded by the source file name, so the
output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KINDS = ("news", "commentary", "feature", "photo", "continuation", "other")

# ---------------------------------------------------------------- widths
# Measured on the column-layout seeds (000, 004): a Chinese character is one
# em, a run of Latin letters / digits is half an em per character, and the
# full-width punctuation is set at half an em (compressed), so a 17-em column
# holds 17 characters, or 18 when two commas fall on the line.
PUNCT_HALF = "，。、；：？！“”‘’《》（）,.;:()"
NOSTART = "，。、；：？！”’》）%…—,.;:)"
NOEND = "“‘《（("
# spread (justified) line: no space after these ...
NO_SPACE_AFTER = "，。、；：？！”’》）《（,;:()"
# ... and none before these
NO_SPACE_BEFORE = "“‘《》（）()"

TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%·×+\-]*|……|——|.")
NUM_RE = re.compile(r"^[0-9]")


def cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def cwidth(c: str) -> float:
    if c in PUNCT_HALF:
        return 0.5
    if unicodedata.east_asian_width(c) in "WF" or c in "—…":
        return 1.0
    return 0.5


def twidth(toks) -> float:
    return sum(cwidth(c) for t in toks for c in t)


class DT(str):
    """A token of a dateline: the extraction never spreads it."""


def tokens(s: str, dt: bool = False):
    toks = TOKEN_RE.findall(s)
    return [DT(t) for t in toks] if dt else toks


# ---------------------------------------------------------------- punctuation
HALF_MAP = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED_MAP = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    m = {"full": {}, "mixed": MIXED_MAP, "half": HALF_MAP}[mode]
    return "".join(m.get(c, c) for c in s)


CUT_RE = re.compile(r"\{cut:(\w+)\}")
BR = "¦"


def clean_field(s: str) -> str:
    """A headline/byline/dateline field as the gold stores it."""
    s = s.replace(BR, "")
    return re.sub(r" {2,}", " ", s).strip()


# ---------------------------------------------------------------- sources
class Art:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.kind = "news"
        self.width = None
        self.paras = []          # raw paragraph strings (with cut markers)
        self.opts = set()


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta = {}
        self.arts: "OrderedDict[str, Art]" = OrderedDict()
        self.layout = []


def parse(path: Path) -> Page:
    pg = Page(path)
    sec, cur, intext = None, None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("%"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            sec = parts[0]
            intext = False
            if sec == "art":
                cur = Art(parts[1])
                if cur.id in pg.arts:
                    raise SystemExit(f"{path}: duplicate article {cur.id}")
                pg.arts[cur.id] = cur
            continue
        if sec == "meta":
            if line.strip():
                k, v = line.split(":", 1)
                pg.meta[k.strip()] = v.strip()
        elif sec == "art":
            if intext:
                if line.strip():
                    cur.paras.append(line.strip())
                continue
            if not line.strip():
                continue
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "text":
                intext = True
            elif k == "kind":
                assert v in KINDS, (path, v)
                cur.kind = v
            elif k == "width":
                cur.width = float(v)
            elif k == "opts":
                cur.opts = set(v.split())
            elif k in FIELDS:
                cur.f[k] = v
            else:
                raise SystemExit(f"{path}: unknown key {k}")
        elif sec == "layout":
            if line.strip():
                pg.layout.append(line.strip())
    return pg


# ---------------------------------------------------------------- chunks
def chunks_of(art: Art, mode: str):
    """Split the body into the pieces the layout places; each piece is a list
    of (para_index, text, starts_para, ends_para)."""
    out, cur = [], []
    cuts = []
    for i, p in enumerate(art.paras):
        p = punct(p, mode)
        pieces = CUT_RE.split(p)
        # pieces: text, type, text, type, text ...
        texts = pieces[0::2]
        types = pieces[1::2]
        for j, t in enumerate(texts):
            cur.append((i, t, j == 0, j == len(texts) - 1))
            if j < len(types):
                cuts.append(types[j])
                out.append(cur)
                cur = []
    out.append(cur)
    return out, cuts


def para_clean(p: str, mode: str) -> str:
    p = CUT_RE.sub("", punct(p, mode))
    if p.startswith("## "):
        p = p[3:]
    # the gold keeps no space between Chinese characters in paragraphs
    return re.sub(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", "", p)


# ---------------------------------------------------------------- printing
class Printer:
    """Turns token lines into the text the PDF extraction prints."""

    def __init__(self, rng: random.Random, meta: dict):
        self.rng = rng
        self.p_before = float(meta.get("numspace_before", "0.85"))
        self.p_after = float(meta.get("numspace_after", "0.5"))
        self.p_gap = float(meta.get("glyphgap", "0.03"))
        self.p_pct = float(meta.get("pctgap", "0.06"))
        self.stats = Counter()

    def plain(self, toks, artefacts=True):
        out = []
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if artefacts and k and NUM_RE.match(t) and prev and cjk(prev[-1]) \
                    and self.rng.random() < self.p_before:
                out.append(" ")
                self.stats["space before a number run"] += 1
            if artefacts and k and NUM_RE.match(prev) and (cjk(t[0])) and self.rng.random() < self.p_after:
                out.append(" ")
                self.stats["space after a number run"] += 1
            if artefacts and t.endswith("%") and len(t) > 1 and self.rng.random() < self.p_pct:
                t = t[:-1] + " %"
                self.stats["glyph gap before %"] += 1
            if artefacts and k and t in "、，；：" and cjk(prev[-1]) and self.rng.random() < self.p_gap:
                out.append(" ")
                self.stats["glyph gap before full-width punctuation"] += 1
            out.append(t)
            if artefacts and t in "“" and k + 1 < len(toks) and self.rng.random() < self.p_gap * 3:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out)

    def spread(self, toks):
        out = []
        for k, t in enumerate(toks):
            if k:
                a, b = toks[k - 1][-1], t[0]
                if not (a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE or a == " " or b == " "
                        or isinstance(t, DT) or isinstance(toks[k - 1], DT)):
                    out.append(" ")
            out.append(t)
        self.stats["justified line spread with spaces"] += 1
        return "".join(out)


class Flow:
    """Fills a column of W em with tokens, the way the seeds' columns fill."""

    def __init__(self, W):
        self.W = W
        self.lines = []        # (tokens, forced_end, indent)
        self.cur, self.ind = [], 0.0

    def width(self):
        return self.ind + twidth(self.cur)

    def end(self, forced=True):
        if self.cur:
            self.lines.append((self.cur, forced, self.ind))
        self.cur, self.ind = [], 0.0

    def add(self, text, indent=0.0, dt=False):
        if not self.cur:
            self.ind = indent
        for t in tokens(text, dt):
            if not self.cur or self.width() + twidth([t]) <= self.W + 1e-9:
                self.cur.append(t)
                continue
            carry = []
            if t[0] in NOSTART and len(self.cur) > 1:
                carry.insert(0, self.cur.pop())
            while len(self.cur) > 1 and self.cur[-1][-1] in NOEND:
                carry.insert(0, self.cur.pop())
            self.lines.append((self.cur, False, self.ind))
            self.cur, self.ind = carry + [t], 0.0


# ---------------------------------------------------------------- page build
class Built:
    def __init__(self):
        self.items = []          # (text, attach)
        self.extras = []
        self.duplicates = []
        self.stats = Counter()


def build_page(pg: Page):
    m = pg.meta
    mode = m.get("punct", "full")
    layout = m["layout"]
    assert layout in ("column", "paragraph")
    rng = random.Random(pg.path.name)
    pr = Printer(rng, m)
    B = Built()
    st = B.stats
    W0 = float(m.get("width", "17"))

    # render every chunk first: the layout may print a line before its body
    rendered = {}            # (aid, k) -> list of (clean, printed)
    cuts_seen = Counter()
    for aid, a in pg.arts.items():
        chs, cuts = chunks_of(a, mode)
        for c in cuts:
            cuts_seen[c] += 1
        a._chunks = chs
    head_done, body_done = set(), set()
    last_kind = None

    def render_chunk(a: Art, k: int, opts: dict):
        ch = a._chunks[k]
        out = []
        if layout == "paragraph":
            for n, (pi, text, starts, ends) in enumerate(ch):
                if a.paras[pi].startswith("## ") and starts:
                    text = text[3:]
                    st["crosshead (subhead) line"] += 1
                line = text
                if k == 0 and n == 0 and a.f["dateline"]:
                    line = punct(clean_field(a.f["dateline"]), mode) + line
                out.append((line, line))
            return out
        W = float(opts.get("w", a.width or W0))
        st["crosshead (subhead) line"] += sum(1 for pi, t, starts, e in ch
                                               if starts and a.paras[pi].startswith("## "))
        fl = flow_chunk(a, k, opts, W)
        if k == 0 and a.f["dateline"] and "own" not in opts:
            # a dateline tail of fewer than four characters at the head of a
            # line that goes on with the story would be text no reader can
            # place; the paper's columns then end the dateline's line instead
            for toks, forced, ind in fl.lines:
                head = [t for t in toks if isinstance(t, DT)]
                if head and len(head) < len(toks) and isinstance(toks[0], DT) \
                        and len("".join(head).replace(" ", "")) < 4:
                    opts = dict(opts, own=True)
                    fl = flow_chunk(a, k, opts, W)
                    st["dateline forced onto a line of its own"] += 1
                    break
        for toks, forced, ind in fl.lines:
            clean = "".join(toks)
            deficit = W - ind - twidth(toks)
            if not forced and deficit >= 1.0 and "nospread" not in opts:
                printed = pr.spread(toks)
            else:
                printed = pr.plain(toks, artefacts="noart" not in opts)
            out.append((clean, printed))
        return out

    def flow_chunk(a: Art, k: int, opts: dict, W: float):
        ch = a._chunks[k]
        fl = Flow(W)
        if k == 0 and a.f["dateline"]:
            dl = punct(a.f["dateline"], mode)
            pieces = dl.split(BR)
            for n, piece in enumerate(pieces):
                piece = piece.strip() if n else piece.rstrip()
                fl.add(piece, dt=True)
                if n < len(pieces) - 1:
                    fl.end(True)
            if "own" in opts:
                fl.end(True)
        inline_dl = k == 0 and bool(a.f["dateline"]) and "own" not in opts
        for n, (pi, text, starts, ends) in enumerate(ch):
            sub = a.paras[pi].startswith("## ")
            if sub and starts:
                fl.end(True)
                fl.add(text[3:])
                fl.end(True)
                continue
            if starts and n == 0 and k == 0 and a.f["dateline"]:
                if not inline_dl:
                    fl.end(True)
                fl.add(text)
            elif starts:
                fl.end(True)
                fl.add(text, 0.0 if "noindent" in opts else 2.0)
            else:
                fl.add(text)
            if ends:
                fl.end(True)
        fl.end(True)
        return fl

    # pre-render all chunks in a fixed order so the rng is consumed the same
    for aid, a in pg.arts.items():
        for k in range(len(a._chunks)):
            opts = {}
            for d in pg.layout:
                p = d.lstrip("+").split()
                if p[0] == "body" and p[1] == aid and int(p[2]) == k:
                    for o in p[3:]:
                        if "=" in o:
                            kk, vv = o.split("=", 1)
                            opts[kk] = vv
                        else:
                            opts[o] = True
            rendered[(aid, k)] = (render_chunk(a, k, opts), opts)

    def emit(text, attach=False):
        B.items.append((text, attach))

    prev_directive = None
    for d in pg.layout:
        attach = d.startswith("+")
        p = d.lstrip("+").split()
        op = p[0]
        if op == "masthead":
            spec = m["masthead"]
            pieces = re.split(r"(\|\||\|)", spec)
            first = True
            nxt_attach = attach
            for x in pieces:
                if x == "||":
                    nxt_attach = False
                elif x == "|":
                    nxt_attach = True
                elif x.strip():
                    emit(x.strip(), nxt_attach if not first else attach)
                    first = False
                    st["masthead piece"] += 1
                    if " " in x.strip():
                        st["masthead pieces merged on one line"] += 1
            B.extras.append(re.sub(r"\s+", "", spec.replace("|", "")))
        elif op == "box":
            text = d.lstrip("+").split(None, 1)[1]
            parts = re.split(r"(\|\||\|)", text)
            first = True
            nxt = attach
            for x in parts:
                if x == "||":
                    nxt = False
                elif x == "|":
                    nxt = True
                elif x.strip():
                    emit(x.strip(), nxt if not first else attach)
                    first = False
            B.extras.append(re.sub(r"\s+", "", text.replace("|", "")))
            st["short box line (countdown, code prompt, framed label)"] += 1
        elif op == "blank":
            emit("", attach)
            st["extra blank lines"] += 1
        elif op in ("h", "hd"):
            a = pg.arts[p[1]]
            parts = []
            for fld in p[2:]:
                dup = fld.endswith("*")
                fld = fld.rstrip("*")
                v = punct(a.f[fld], mode)
                if dup:
                    B.duplicates.append(clean_field(v))
                    st["headline doubled on one line"] += 1
                parts.append(v)
            text = " ".join(parts)
            if op == "hd":
                B.duplicates.append(clean_field(text))
                st["headline printed twice (two identical lines)"] += 1
            segs = re.split(r"(¦¦|¦)", text)
            first = True
            nxt = attach
            for x in segs:
                if x == "¦¦":
                    nxt = False
                elif x == "¦":
                    nxt = True
                elif x.strip():
                    t = x.strip()
                    if layout == "column" and "noart" not in p:
                        t = pr.plain(tokens(t), artefacts=True) if rng.random() < 0.3 else t
                    emit(t, nxt if not first else attach)
                    first = False
            if BR in text:
                st["headline broken over lines"] += 1
            if p[1] in body_done and op == "h":
                st["headline printed after its body"] += 1
            if prev_directive and prev_directive[0] == "h" and prev_directive[1] != p[1]:
                st["headline bunched with another story's headline"] += 1
            head_done.add(p[1])
        elif op == "body":
            a = pg.arts[p[1]]
            k = int(p[2])
            lines, opts = rendered[(p[1], k)]
            for n, (clean, printed) in enumerate(lines):
                if n == len(lines) - 1 and "inline" in opts:
                    printed = printed + " " + punct(a.f["byline"], mode)
                    st["photo credit inline after caption"] += 1
                if n == 0 and "lead" in opts:
                    printed = " " + printed
                    st["line with a leading space"] += 1
                emit(printed, attach if n == 0 else False)
            if k > 0:
                st["story continued in a later piece"] += 1
            body_done.add(p[1])
        elif op == "credit":
            a = pg.arts[p[1]]
            t = punct(a.f["byline"], mode)
            if "lead" in p:
                t = " " + t
            emit(t, attach)
            st["photo credit on its own line"] += 1
            if "以上图片" in t or "本版图片" in t or "均由" in t:
                st["group photo credit"] += 1
        elif op == "marker":
            text = d.lstrip("+").split(None, 1)[1]
            emit(text, attach)
            st["jump marker"] += 1
        elif op == "dup":
            a = pg.arts[p[1]]
            k, ln = int(p[2]), int(p[3])
            clean, printed = rendered[(p[1], k)][0][ln]
            emit(printed, attach)
            B.duplicates.append(re.sub(r" +", "", clean) if layout == "column" else clean)
            st["line printed twice"] += 1
        else:
            raise SystemExit(f"{pg.path}: bad directive {d}")
        prev_directive = (op, p[1] if len(p) > 1 else "")

    # cuts
    names = {"vf": "cut between a verb and its figure", "fu": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between", "p": "cut at a sentence end"}
    for c, n in cuts_seen.items():
        st[names.get(c, c)] += n
    for k, v in pr.stats.items():
        st[k] += v

    # text
    out = []
    for n, (text, attach) in enumerate(B.items):
        if n:
            out.append("\n" if attach else "\n\n")
        out.append(text)
    body = "".join(out)
    if layout == "column":
        page_text = body + "\n\n\n"
    else:
        page_text = "\n\n" + body
    return page_text, B


def gold_of(pg: Page, B: Built, name: str):
    m = pg.meta
    mode = m.get("punct", "full")
    arts = []
    for aid, a in pg.arts.items():
        g = OrderedDict()
        g["kind"] = a.kind
        for k in FIELDS:
            g[k] = punct(clean_field(a.f[k]), mode)
        g["subheads"] = [punct(p[3:], mode) for p in a.paras if p.startswith("## ")]
        g["paragraphs"] = [para_clean(p, mode) for p in a.paras]
        # field order as the seeds have it
        o = OrderedDict()
        for k in ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                  "continued", "subheads", "paragraphs"):
            o[k] = g[k]
        arts.append(o)
    d = OrderedDict()
    d["source"] = name
    d["issue_date"] = m["date"]
    d["issue_number"] = m.get("issue_number") or None
    d["page_count"] = int(m["page_count"]) if m.get("page_count") else None
    d["articles"] = arts
    d["extras"] = B.extras
    d["duplicates"] = B.duplicates
    return d


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def phenomena_from_fields(pg: Page, st: Counter):
    for a in pg.arts.values():
        f = {k: clean_field(v) for k, v in a.f.items()}
        dl = f["dateline"]
        if dl:
            if "讯" in dl.split("（")[0].split("(")[0]:
                st["dateline with 讯"] += 1
            if "电" in dl.split("（")[0].split("(")[0]:
                st["dateline with 电"] += 1
            if dl.startswith("新华社"):
                st["dateline of 新华社"] += 1
            raw = a.f["dateline"]
            if BR in raw:
                for piece_left, piece_right in zip(raw.split(BR)[:-1], raw.split(BR)[1:]):
                    if piece_right.lstrip().startswith("通讯员"):
                        st["dateline broken before 通讯员"] += 1
                    elif re.search(r"[0-9月]$", piece_left.rstrip()) or re.match(r"^\s*[0-9日月]", piece_right):
                        st["dateline broken inside its date"] += 1
                    elif piece_left.rstrip().endswith(("记者", "评论员")):
                        st["dateline broken after 记者"] += 1
                    else:
                        st["dateline broken between names"] += 1
        for src in (f["dateline"], f["byline"]):
            if "全媒体记者" in src:
                st["湖南日报 byline/dateline with 全媒体记者 (2021 on)"] += 1
            elif "记者" in src and src.startswith("新华社"):
                st["新华社 dateline with 记者"] += 1
            elif "记者" in src:
                st["湖南日报 byline/dateline with 记者 (2015–2018)"] += 1
            if "华声在线" in src:
                st["湖南日报·华声在线记者"] += 1
            if "新湖南客户端" in src:
                st["湖南日报·新湖南客户端记者 … 报道"] += 1
        b = f["byline"]
        if b.startswith("文丨") or b.startswith("文|"):
            st["文丨 byline (副刊 essay)"] += 1
        if "评论员" in b:
            st["评论员 byline"] += 1
        if b and a.kind == "commentary" and not any(x in b for x in ("记者", "评论员", "丨", "|")):
            st["bare-name byline on a commentary"] += 1
        if a.kind == "feature" and b and not f["dateline"]:
            st["feature byline alone on its line"] += 1
        n = sum(1 for k in ("kicker", "title", "subtitle") if f[k])
        if f["title"] and a.kind != "photo":
            # the trailing 出席 line is kept in the subtitle
            lines = n + (1 if a.f["subtitle"].count(BR + BR) else 0)
            st[f"headline stack of {min(lines, 4)} part(s) (kicker, title, subtitle, trailing line)"] += 1
        if f["subtitle"].startswith("——") or f["kicker"].endswith("——"):
            st["dash-led subtitle / dash-ended kicker"] += 1
        if re.search(r"(出席|参加|讲话)$", f["subtitle"]):
            st["trailing 出席-type line"] += 1
        if " " in f["title"]:
            st["two-phrase title split at a space"] += 1
        if f["column"]:
            st["column label"] += 1
        if f["continued"]:
            st["jump field " + re.sub(r"[①-⑨]", "", f["continued"])] += 1
        if a.kind == "photo":
            st["photo item"] += 1
        if any(p.startswith("## ") for p in a.paras):
            st["article with crossheads"] += 1
        if any("记者手记" in p for p in a.paras):
            st["记者手记"] += 1


def build():
    files = {}
    pages = []
    total = Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        pg = parse(sp)
        text, B = build_page(pg)
        phenomena_from_fields(pg, B.stats)
        num = int(re.search(r"p(\d+)", sp.name).group(1))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num:03d}_{h}"
        gold = gold_of(pg, B, name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        st = B.stats
        st["punctuation: " + pg.meta.get("punct", "full")] += 1
        st["layout: " + pg.meta["layout"]] += 1
        total.update(st)
        pages.append({"file": name + ".txt", "date": pg.meta["date"], "page": pg.meta["page"],
                      "section": pg.meta.get("section", ""), "layout": pg.meta["layout"],
                      "punct": pg.meta.get("punct", "full"), "articles": len(gold["articles"]),
                      "chars": nchars(text), "subjects": pg.meta.get("subjects", ""),
                      "src": sp.name})
    files["README.md"] = readme(pages, total)
    return files, pages, total


def readme(pages, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count |", "| --- | ---: |"]
    for k in sorted(total):
        rows.append(f"| {k} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "| --- | --- | --- | --- | --- | ---: | ---: | --- |"]
    pm = {"full": "full-width", "mixed": "full commas, half-width brackets",
          "half": "half-width `,();:`"}
    for p in pages:
        prow.append(f"| {p['file']} | {p['date']} | {p['page']} ({p['section']}) | {p['layout']} | "
                    f"{pm[p['punct']]} | {p['articles']} | {p['chars']} | {p['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, pages, total = build()
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(pages)} pages")


if __name__ == "__main__":
    main()
