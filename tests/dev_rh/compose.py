#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page text
(pages/NNN_<sha16>.txt), gold annotations (gold/NNN_<sha16>.json) and README.md.

Standard library only.  Deterministic: every small choice is drawn from a
random.Random seeded by the source file name.  See README.in / README.md for the
source format.
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

CLOSE = "，。、；：？！”’）》」"
OPEN = "“‘（《「"
FULLP = CLOSE + OPEN
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/:]*%?")
CJK = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------- parsing


def parse(path: Path) -> dict:
    page = {"meta": {}, "masthead": [], "extras": {}, "articles": {}, "order": [], "layout": []}
    sec, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            sec = parts[0]
            if sec == "article":
                cur = {"id": parts[1], "kind": "news", "column": "", "kicker": "", "title": "",
                       "subtitle": "", "byline": "", "dateline": "", "continued": "",
                       "width": 17, "dlbreak": "记者", "items": []}
                page["articles"][parts[1]] = cur
                page["order"].append(parts[1])
            elif sec == "extra":
                cur = page["extras"].setdefault(parts[1], [])
            continue
        if sec == "page":
            k, v = line.split(":", 1)
            page["meta"][k.strip()] = v.strip()
        elif sec == "masthead":
            page["masthead"].append(line.strip())
        elif sec == "extra":
            cur.append(line.strip())
        elif sec == "layout":
            page["layout"].append(line.split())
        elif sec == "article":
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k in ("p", "h"):
                cur["items"].append((k, v))
            elif k == "width":
                cur["width"] = float(v)
            else:
                cur[k] = v
    return page


# ---------------------------------------------------------------- text helpers

def punct(s: str, style: str) -> str:
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Source text -> printed canonical text (cut marks and split marks removed)."""
    return s.replace("‖", "").replace("|", "").replace("/", "")


def em(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def wrap(text: str, width: float, first: float):
    """Break text into column lines: first line holds `first` em, the others `width`.
    Closing punctuation hangs at the line end; ASCII runs are never broken."""
    lines, cur, w, cap = [], "", 0.0, first
    for t in tokens(text):
        tw = sum(em(c) for c in t)
        if cur and w + tw > cap + 1e-9 and not (len(t) == 1 and t in CLOSE):
            lines.append(cur)
            cur, w, cap = "", 0.0, width
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Art:
    def __init__(self, a: dict, style: str):
        self.a = a
        self.style = style
        self.pieces = []      # (para_index, text, cut_kind_before)
        self.paras = []
        self.subheads = []
        for k, v in a["items"]:
            v = punct(v, style)
            idx = len(self.paras)
            self.paras.append(clean(v))
            if k == "h":
                self.subheads.append(clean(v))
            segs = re.split(r"(‖|\|)", v)
            kind = None
            for s in segs:
                if s in ("|", "‖"):
                    kind = "name" if s == "‖" else "cut"
                    continue
                self.pieces.append((idx, s.replace("/", ""), kind))
                kind = None

    def f(self, key):
        return punct(self.a.get(key, ""), self.style)


def cut_kind(left: str, right: str, marked: str) -> str:
    if marked == "name":
        return "cut inside a name"
    if left.count("“") > left.count("”") or left.count("《") > left.count("》"):
        return "cut inside a quoted term"
    if left and right and left[-1].isdigit() and not right[0].isdigit() and right[0] not in FULLP:
        return "cut between a figure and its unit"
    if right and right[0].isdigit():
        return "cut between a verb and its figure"
    if left and right and CJK.match(left[-1]) and CJK.match(right[0]):
        return "cut inside a word"
    return "cut at punctuation"


# ---------------------------------------------------------------- page artefacts

def space_numbers(line: str, rng: random.Random, stats: Counter) -> str:
    out = []
    toks = tokens(line)
    for i, t in enumerate(toks):
        if len(t) == 1 and ord(t) < 128 and not t.isalnum():
            if t.strip() and rng.random() < 0.12:
                out.append(" " + t)
                stats["glyph-gap space before half-width punctuation"] += 1
            else:
                out.append(t)
        elif len(t) > 1 or (t and ord(t[0]) < 128 and t.strip()):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            r = rng.random()
            before = prev and (CJK.match(prev[-1]) or prev in "，。、；：") and r < 0.87
            after = nxt and CJK.match(nxt[0]) and r < 0.65
            if nxt and nxt in CLOSE and rng.random() < 0.4:
                after = True
                stats["glyph-gap space before full-width punctuation"] += 1
            if before or after:
                stats["spaces around a number run"] += 1
            out.append((" " if before else "") + t + (" " if after else ""))
        else:
            out.append(t)
    s = "".join(out)
    return s


def spread(line: str) -> str:
    toks = tokens(line.replace(" ", ""))
    out = toks[0] if toks else ""
    for a, b in zip(toks, toks[1:]):
        gap = " "
        if a in CLOSE or a in "（《" or b in OPEN:
            gap = ""
        out += gap + b
    return out


# ---------------------------------------------------------------- composing

def compose_page(src: Path):
    page = parse(src)
    m = page["meta"]
    rng = random.Random(src.name)
    style = m["punct"]
    layout = m["layout"]
    stats = Counter()
    arts = {k: Art(v, style) for k, v in page["articles"].items()}
    lines = []          # (text, sep_before)  sep: "\n\n" normal, "\n" tight
    extras, dups = [], []
    tight = False
    gaps = 0
    p_spread = float(m.get("spread", "0.07"))
    printed = Counter()

    def emit(text, force_tight=False):
        nonlocal tight, gaps
        sep = "\n" if (tight or force_tight) else "\n\n" + "\n" * gaps
        lines.append((text, sep))
        tight = False
        gaps = 0

    def colfix(line):
        if layout != "column":
            return line
        return space_numbers(line, rng, stats)

    def head_parts(a: Art):
        parts = []
        for k in ("kicker", "title", "subtitle"):
            v = a.f(k)
            if v:
                parts.append((k, v))
        return parts

    for step in page["layout"]:
        op, args = step[0], step[1:]
        if op == "masthead":
            for i, piece in enumerate(page["masthead"]):
                emit(piece, force_tight=(i > 0 and piece.startswith("|")) )
            extras.append("".join(p.lstrip("|") for p in page["masthead"]).replace(" ", ""))
            stats["masthead pieces"] += len(page["masthead"])
            # strip the tight marks from printed text
            for i in range(len(lines) - len(page["masthead"]), len(lines)):
                t, s = lines[i]
                lines[i] = (t.lstrip("|"), s)
        elif op == "extra":
            box = page["extras"][args[0]]
            for piece in box:
                emit(piece)
            extras.append("".join(box).replace(" ", ""))
            stats["box / furniture lines (countdowns, code prompts, framed labels)"] += len(box)
        elif op == "tight":
            tight = True
        elif op == "gap":
            gaps += int(args[0]) if args else 1
        elif op == "head":
            a = arts[args[0]]
            opts = set(args[1:])
            parts = head_parts(a)
            stats[f"headline stack of {len(parts) + (1 if a.f('column') and 'withlabel' in opts else 0)} line(s)"] += 1
            if "one" in opts:
                txt = " ".join(v.replace("/", "") for _, v in parts)
                emit(txt)
                stats["headline parts printed on one line"] += 1
                continue
            first = True
            for k, v in parts:
                segs = v.split("/")
                for j, s in enumerate(segs):
                    emit(s, force_tight=(j > 0) or ("stack" in opts and not first))
                    first = False
                if len(segs) > 1:
                    stats["headline's last word left alone on a line"] += 1
                if k == "title" and "double" in opts:
                    t = v.replace("/", "")
                    lines[-1] = (t + t, lines[-1][1]) if len(segs) == 1 else lines[-1]
                    dups.append(t)
                    stats["headline doubled on one line"] += 1
                if k == "title" and "twice" in opts:
                    t = v.replace("/", "")
                    emit(t)
                    dups.append(t)
                    stats["headline drawn twice (two identical lines)"] += 1
            if "after" in opts:
                stats["headline printed after its body"] += 1
            if "bunch" in opts:
                stats["headline bunched with other stories' headlines"] += 1
        elif op == "label":
            a = arts[args[0]]
            emit(a.f("column"))
            stats["column label on its own line"] += 1
        elif op == "byline":
            a = arts[args[0]]
            b = a.f("byline")
            if "split" in args[1:] and "通讯员" in b:
                i = b.index("通讯员")
                emit(b[:i].rstrip())
                emit(b[i:], force_tight="loose" not in args)
                stats["line break in a byline before 通讯员"] += 1
            elif "right" in args[1:]:
                emit(" " * 12 + b)
                stats["credit right-aligned on a line of its own"] += 1
            else:
                emit(b)
            stats["byline on its own line"] += 1
        elif op == "marker":
            a = arts[args[0]]
            c = a.f("continued")
            mk = "▶" if "solid" in args[1:] else "▷"
            if c.startswith(("上接", "紧接")):
                mk = "▲ ▲"
            emit(f"{mk}({c})" if style != "full" else f"{mk}（{c}）")
            stats["jump marker line"] += 1
        elif op == "photo":
            a = arts[args[0]]
            cap = "".join(p for p in a.paras)
            credit = a.f("byline")
            if "own" in args[1:] or not credit:
                emit(cap)
            else:
                emit(cap + "  " + credit)
                stats["photo credit appended to its caption"] += 1
        elif op == "dup":
            a = arts[args[0]]
            k = int(args[1])
            t = a.pieces[k][1]
            emit(t)
            dups.append(t)
            stats["line printed twice"] += 1
        elif op == "body":
            a = arts[args[0]]
            rng_s = args[1]
            lo, hi = rng_s.split("-")
            lo = int(lo)
            hi = int(hi) if hi else len(a.pieces) - 1
            opts = dict(x.split("=") if "=" in x else (x, "1") for x in args[2:])
            width = float(opts.get("w", a.a["width"]))
            segs = []  # list of (text, starts_paragraph)
            for k in range(lo, hi + 1):
                idx, t, kind = a.pieces[k]
                printed[(a.a["id"], k)] += 1
                starts = k == 0 or a.pieces[k - 1][0] != idx
                if not starts and k == lo:
                    prev = a.pieces[k - 1][1]
                    stats[cut_kind(prev, t, kind)] += 1
                if segs and not starts:
                    segs[-1] = (segs[-1][0] + t, segs[-1][1])
                else:
                    segs.append((t, starts))
            prefix = ""
            if lo == 0 and a.f("dateline"):
                prefix = a.f("dateline")
                stats["dateline with " + ("电" if "电" in prefix.split("（")[0].split("(")[0] else "讯")] += 1
            if lo == 0 and a.a["kind"] == "continuation" and "inline" in opts:
                c = a.f("continued")
                prefix = ("▲ ▲（" + c + "）") if style == "full" else ("▲ ▲(" + c + ")")
                stats["jump marker merged into the first body line"] += 1
            for si, (t, starts) in enumerate(segs):
                if layout == "para":
                    emit((prefix if si == 0 else "") + t)
                    continue
                if si == 0 and prefix:
                    brk = opts.get("dl", a.a["dlbreak"])
                    if brk != "none" and brk in prefix:
                        cut = prefix.index(brk) + len(brk)
                        head, rest = prefix[:cut], prefix[cut:]
                        lead = " " if rng.random() < 0.4 else ""
                        emit(lead + colfix(head.rstrip()))
                        if re.search(r"\d月$", head.rstrip()):
                            where = "inside its date"
                        elif rest.lstrip().startswith("通讯员"):
                            where = "before 通讯员"
                        elif head.rstrip().endswith("记者"):
                            where = "after 记者, before the names"
                        else:
                            where = "between a byline's names"
                        stats["line break inside a dateline: " + where] += 1
                        body = wrap(rest.lstrip() + t, width, width)
                    else:
                        body = wrap(prefix + t, width, width)
                else:
                    body = wrap(t, width, width - 2 if starts else width)
                for li, ln in enumerate(body):
                    last = li == len(body) - 1
                    if not last and rng.random() < p_spread and len(ln) > 6:
                        ln = spread(ln)
                        stats["justified line spread with spaces"] += 1
                    else:
                        ln = colfix(ln)
                        if "“" in ln and rng.random() < 0.12:
                            ln = ln.replace("“", "“ ", 1)
                            stats["space after an opening quote"] += 1
                    emit(ln)
        elif op == "text":
            emit(" ".join(args))
        else:
            raise SystemExit(f"{src}: unknown layout op {op}")

    for aid, a in arts.items():
        if a.a["kind"] == "photo" and not any(k[0] == aid for k in printed):
            for k in range(len(a.pieces)):
                printed[(aid, k)] += 1
        for k in range(len(a.pieces)):
            if printed[(aid, k)] != 1:
                raise SystemExit(f"{src.name}: piece {k} of {aid} printed {printed[(aid, k)]} times")
    # ---- page text
    if layout == "column":
        text = ""
        for i, (t, sep) in enumerate(lines):
            text += ("" if i == 0 else sep) + t
        text += "\n\n\n"
    else:
        text = "\n\n"
        for i, (t, sep) in enumerate(lines):
            text += ("" if i == 0 else sep) + t
    # ---- gold
    golds = []
    for aid in page["order"]:
        a = arts[aid]
        golds.append({
            "kind": a.a["kind"], "column": a.f("column"), "kicker": a.f("kicker").replace("/", ""),
            "title": a.f("title").replace("/", ""), "subtitle": a.f("subtitle").replace("/", ""),
            "byline": a.f("byline"), "dateline": a.f("dateline"), "continued": a.f("continued"),
            "subheads": a.subheads, "paragraphs": a.paras})
    stats["articles"] += len(golds)
    return page, text, golds, extras, dups, stats


def build(write=True):
    out = {}
    allstats = Counter()
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        page, text, golds, extras, dups, stats = compose_page(src)
        m = page["meta"]
        num = "%03d" % int(src.stem[1:])
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = {"source": name + ".txt", "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pagecount"]) if m.get("pagecount") else None,
                "articles": golds, "extras": extras, "duplicates": dups}
        out["pages/" + name + ".txt"] = text
        out["gold/" + name + ".json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        allstats.update(stats)
        nchars = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", m["date"], m["page"], m["layout"], m["punct"], len(golds), nchars,
                     m.get("subjects", "")))
    # README
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(allstats):
        ph.append(f"| {k} | {allstats[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % r)
    out["README.md"] = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    if write:
        for d in ("pages", "gold"):
            (HERE / d).mkdir(exist_ok=True)
            for f in (HERE / d).iterdir():
                if f.is_file() and ("%s/%s" % (d, f.name)) not in out:
                    f.unlink()
        for k, v in out.items():
            (HERE / k).write_text(v, encoding="utf-8")
    return out, allstats, rows


if __name__ == "__main__":
    out, st, rows = build()
    print(f"composed {len(rows)} pages")
