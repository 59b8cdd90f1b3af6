#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) of the dev_te test set.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice is drawn from a random.Random seeded
by the source file name, so the output is the same byte for byte on every run.
Source format: see README.in (section "The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

SET = Path(__file__).resolve().parent
SRC, PAGES, GOLD = SET / "src", SET / "pages", SET / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
OPEN_P = "“‘（《「"
CLOSE_P = "，。、；：？！”’）》」"
PUNCT = OPEN_P + CLOSE_P + "·"
CUT_RE = re.compile(r"¦([uvwnpcx]?)")
CUT_NAMES = {"u": "figure cut from its unit", "v": "verb cut from its figure",
             "w": "cut inside a word or quoted term", "n": "cut inside a name",
             "p": "cut inside a place name", "c": "column break, nothing between",
             "x": "plain cut", "": "plain cut"}

# ---------------------------------------------------------------- parsing


def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("@"):
            head = ln[1:].split()
            if head[0] == "page":
                cur = "page"
            elif head[0] == "layout":
                cur = "layout"
            else:
                aid, kind = head[0], head[1]
                cur = {"id": aid, "kind": kind, "f": {k: "" for k in FIELDS}, "paras": []}
                page["arts"][aid] = cur
                page["order"].append(aid)
            continue
        if cur == "page":
            k, _, v = ln.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif cur == "layout":
            page["layout"].append(ln.strip())
        else:
            if ln.startswith("|"):
                cur["paras"].append(ln[1:].strip())
            else:
                k, _, v = ln.partition(":")
                if k.strip() not in FIELDS:
                    raise SystemExit(f"{path.name}: unknown field {k!r}")
                cur["f"][k.strip()] = v.strip()
    return page


def punct_style(text: str, style: str) -> str:
    if style in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


def squash_sp(s: str) -> str:
    """Remove spaces between CJK characters/punctuation (clean gold text)."""
    return re.sub(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", "", s)

# ---------------------------------------------------------------- articles


class Art:
    def __init__(self, a: dict, style: str):
        self.id, self.kind = a["id"], a["kind"]
        self.f = {k: punct_style(v, style) for k, v in a["f"].items()}
        self.subheads = []
        self.paras = []        # list of (is_subhead, text with cut marks)
        for p in a["paras"]:
            p = punct_style(p, style)
            if p.startswith("## "):
                self.subheads.append(p[3:])
                self.paras.append((True, p[3:]))
            else:
                self.paras.append((False, p))
        # pieces: cut the running text at the cut marks
        self.pieces = [[]]     # piece -> list of (para index, fragment, starts, ends)
        self.cut_kinds = []
        for i, (sub, p) in enumerate(self.paras):
            frags = CUT_RE.split(p)
            texts, kinds = frags[0::2], frags[1::2]
            for j, t in enumerate(texts):
                if j > 0:
                    self.pieces.append([])
                    self.cut_kinds.append(kinds[j - 1] or "x")
                self.pieces[-1].append((i, t, j == 0, j == len(texts) - 1))

    def gold(self) -> dict:
        f = self.f
        return {"kind": self.kind, "column": f["column"], "kicker": f["kicker"],
                "title": f["title"], "subtitle": f["subtitle"], "byline": f["byline"],
                "dateline": f["dateline"], "continued": f["continued"],
                "subheads": list(self.subheads),
                "paragraphs": [squash_sp(CUT_RE.sub("", p)) for _, p in self.paras]}

# ---------------------------------------------------------------- column flow

UNIT_RE = re.compile(r"[0-9A-Za-z.%+×/:\-]+|——|……|.", re.S)


def is_cjk(u: str) -> bool:
    return len(u) == 1 and "\u4e00" <= u <= "\u9fff"


def is_num(u: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", u))


def width(u: str) -> float:
    if len(u) > 2 and not u.isascii():     # an unbreakable dateline remainder
        return sum(width(c) for c in u)
    if u in ("——", "……"):
        return 2.0
    if u[0].isascii():
        return 0.5 * len(u)
    if u in PUNCT or u == " ":
        return 0.5
    return 1.0


class Flow:
    """Sets text into printed column lines of a given width (em)."""

    def __init__(self, rng: random.Random, stats: Counter, numstyle: str, quote_sp: float):
        self.rng, self.stats = rng, stats
        self.numstyle, self.quote_sp = numstyle, quote_sp
        self.loose = 0.0

    def render(self, units: list[str], spread: bool) -> str:
        out = []
        for k, u in enumerate(units):
            prev = units[k - 1] if k else ""
            if k and spread:
                if prev in "“‘" or u in CLOSE_P:
                    sp = True
                elif prev in CLOSE_P or prev in OPEN_P or u in OPEN_P:
                    sp = False
                else:
                    sp = True
                if sp:
                    out.append(" ")
            elif k and not spread:
                nxt_num = is_num(u) and is_cjk(prev)
                prv_num = is_num(prev) and is_cjk(u)
                if nxt_num and self.numstyle in ("both", "before"):
                    out.append(" ")
                    self.stats["space before a number run"] += 1
                elif prv_num and self.numstyle == "both":
                    out.append(" ")
                    self.stats["space after a number run"] += 1
                elif u == "%" and False:
                    pass
                elif prev == "“" and self.rng.random() < self.quote_sp:
                    out.append(" ")
                    self.stats["space after an opening quote"] += 1
            out.append(u)
        if spread:
            self.stats["justified line spread with spaces"] += 1
        return "".join(out)

    def set(self, text: str, W: float, indent: bool, final: bool, lead: str = "",
            head_unit: str = "") -> list[str]:
        units = ([head_unit] if head_unit else []) + UNIT_RE.findall(text)
        lines, cur, w = [], [], 2.0 if indent else 0.0
        i = 0
        while i < len(units):
            u = units[i]
            uw = width(u)
            if cur and w + uw > W + 0.01:
                if u in CLOSE_P:                 # hanging punctuation
                    cur.append(u)
                    w += uw
                    i += 1
                    if i < len(units) and units[i] in CLOSE_P:
                        cur.append(units[i])
                        w += width(units[i])
                        i += 1
                    u = None
                carry = []
                while cur and cur[-1] in OPEN_P:  # an opening mark never ends a line
                    w -= width(cur[-1])
                    carry.insert(0, cur.pop())
                npunct = sum(1 for x in cur if x in PUNCT)
                short = W - w >= 1.0 or (npunct >= 2 and self.rng.random() < self.loose)
                lines.append(self.render(cur, spread=short))
                cur, w = carry, sum(width(x) for x in carry)
                if u is None:
                    continue
            cur.append(u)
            w += uw
            i += 1
        if cur:
            lines.append(self.render(cur, spread=False))
        if lead and lines:
            lines[0] = lead + lines[0]
        return lines

# ---------------------------------------------------------------- page layout


def head_lines(a: Art, opts: dict, stats: Counter) -> list[str]:
    """Headline block as printed; returns lines (a '' entry = blank line)."""
    f = a.f
    parts = []
    t = f["title"]
    if "tsplit" in opts:
        n = int(opts["tsplit"])
        t = t[:n] + "\n" + t[n:]
        stats["headline's last word left alone on a line"] += 1
    if "tsp" in opts:               # two-phrase title split at its space
        t = t.replace(" ", "\n", 1)
        stats["two-phrase title split at its space"] += 1
    if "dbl" in opts:
        t = t + t
        stats["headline drawn twice"] += 1
    k = f["kicker"]
    if "ksplit" in opts:
        n = int(opts["ksplit"])
        k = k[:n] + "\n" + k[n:]
    s = f["subtitle"]
    if "ssplit" in opts:
        n = int(opts["ssplit"])
        s = s[:n] + "\n\n" + s[n:]
    for x in (k, t, s):
        if x:
            parts.append(x)
    if "twice" in opts:
        parts.insert(parts.index(t) + 1, t)
        stats["headline drawn twice"] += 1
    joiner = {"one": " ", "sep": "\n", "blank": "\n\n"}[opts.get("j", "sep")]
    text = joiner.join(parts)
    if "col" in opts and f["column"]:
        if opts["col"] == "before":
            text = f["column"] + "\n\n" + text
        else:
            text = text + "\n\n" + f["column"]
        stats["column label on its own line"] += 1
    if "by" in opts and f["byline"]:
        text = text + ("\n" if opts["by"] == "tight" else "\n\n") + f["byline"]
    return [text] if text else []


def parse_opts(tokens: list[str]) -> dict:
    o = {}
    for t in tokens:
        k, _, v = t.partition("=")
        o[k] = v
    return o


def unesc(s: str) -> str:
    return s.replace("\\n", "\n").replace("\\s", " ")


def compose_page(path: Path, stats: Counter) -> dict:
    src = parse(path)
    m = src["meta"]
    rng = random.Random(path.name)
    style = m["punct"]
    arts = {aid: Art(src["arts"][aid], style) for aid in src["order"]}
    layout = m["layout"]
    blocks: list[str] = []        # printed blocks; joined by blank lines
    extras, dups, residue = [], [], []
    seen_piece = Counter()
    last_piece = None
    numstyles = {}
    for aid in src["order"]:
        numstyles[aid] = rng.choice(["both", "both", "before", "before", "none"]) \
            if layout == "column" else "none"

    for op in src["layout"]:
        tok = op.split()
        cmd, args = tok[0], tok[1:]
        if cmd == "box":          # box GOLD || RAW  (page furniture)
            gold, _, raw = op[4:].partition("||")
            gold, raw = gold.strip(), unesc(raw.strip())
            extras.append(gold)
            blocks.append(raw)
            stats["masthead/box piece"] += raw.count("\n") + 1 if "\n" in raw else 1
        elif cmd == "raw":        # literal residue line (marker etc.), not in gold
            raw = unesc(op[4:])
            residue.append(raw)
            blocks.append(raw)
            if "转" in raw or "接" in raw:
                stats["jump marker"] += 1
        elif cmd == "head":
            a = arts[args[0]]
            o = parse_opts(args[1:])
            hl = head_lines(a, o, stats)
            blocks.extend(hl)
            if "dbl" in o or "twice" in o:
                dups.append(a.f["title"])
            if o.get("pos") == "after":
                stats["headline printed after its body"] += 1
            if o.get("pos") == "bunch":
                stats["headline bunched with other stories' headlines"] += 1
        elif cmd == "label":
            a = arts[args[0]]
            blocks.append(a.f["column"])
            stats["column label on its own line"] += 1
        elif cmd == "byline":
            a = arts[args[0]]
            o = parse_opts(args[1:])
            b = a.f["byline"]
            if "at" in o:
                b = b.replace(" " + o["at"], "\n" + o["at"], 1) if o["at"] != "name" else \
                    re.sub(r"(评论员|记者) ", r"\1\n\n", b, count=1)
                stats["line break inside a byline"] += 1
            if "right" in o:
                b = " " * int(o["right"]) + b
                stats["credit right-aligned on its own line"] += 1
            blocks.append(b)
        elif cmd == "photo":      # caption + credit
            a = arts[args[0]]
            o = parse_opts(args[1:])
            cap = "".join(CUT_RE.sub("", p) for _, p in a.paras)
            cr = a.f["byline"]
            if a.f["title"]:
                blocks.append(a.f["title"])
            where = o.get("credit", "same")
            if where == "same":
                blocks.append(cap + " " + cr)
            elif where == "own":
                blocks.append(cap)
                blocks.append(cr)
                stats["photo credit on a line of its own"] += 1
            elif where == "right":
                blocks.append(cap)
                blocks.append(" " * int(o.get("n", "24")) + cr)
                stats["credit right-aligned on its own line"] += 1
            elif where == "before":
                blocks.append(cr)
                blocks.append(cap)
        elif cmd == "body":
            a = arts[args[0]]
            rest = args[1:]
            rng_s = ":"
            if rest and ":" in rest[0] and "=" not in rest[0]:
                rng_s, rest = rest[0], rest[1:]
            o = parse_opts(rest)
            lo, _, hi = rng_s.partition(":")
            lo = int(lo) if lo else 0
            hi = int(hi) if hi else len(a.pieces)
            if hi > len(a.pieces):
                raise SystemExit(f"{path.name}: {a.id} has only {len(a.pieces)} pieces")
            for pi in range(lo, hi):
                if last_piece == (a.id, pi - 1):
                    k = a.cut_kinds[pi - 1]
                    stats["paragraph split by a column break, nothing between"] += 1
                elif pi > 0:
                    stats["story continued after a piece of another story"] += 1
                    stats["cut: " + CUT_NAMES[a.cut_kinds[pi - 1]]] += 1
                blocks.extend(render_piece(a, pi, layout, o, rng, stats, numstyles[a.id]))
                seen_piece[(a.id, pi)] += 1
                last_piece = (a.id, pi)
            continue
        elif cmd == "dup":        # print the last printed line(s) once more
            n = int(args[0]) if args else 1
            lines = blocks[-n:]
            blocks.extend(lines)
            dups.append("".join(lines).replace(" ", "").replace("\n", ""))
            stats["line printed twice"] += n
        elif cmd == "dupgold":    # duplicates text as the gold should list it
            dups[-1] = op[8:].strip()
        else:
            raise SystemExit(f"{path.name}: unknown layout op {op!r}")
        last_piece = None if cmd != "body" else last_piece

    for aid, a in arts.items():
        if a.kind == "photo" or any(op.split()[:2] == ["photo", aid] for op in src["layout"]):
            continue
        for pi in range(len(a.pieces)):
            if seen_piece[(aid, pi)] != 1:
                raise SystemExit(f"{path.name}: piece {pi} of {aid} printed {seen_piece[(aid, pi)]} times")
    if layout == "column":
        text = " " + "\n\n".join(blocks) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(blocks)
    gold_arts = [arts[aid].gold() for aid in src["order"]]
    for g in gold_arts:
        stats["article kind: " + g["kind"]] += 1
        d, b = g["dateline"], g["byline"]
        if d:
            stats["dateline with 讯" if "讯" in d else "dateline with 电"] += 1
        for key, label in (("全媒体记者", "byline/dateline with 全媒体记者"),
                           ("特约通讯员", "byline/dateline with 特约通讯员"),
                           ("华声在线记者", "byline 湖南日报·华声在线记者"),
                           ("新湖南客户端记者", "byline 湖南日报·新湖南客户端记者"),
                           ("文丨", "副刊 byline 文丨X"),
                           ("评论员", "评论员 byline")):
            if key in d or key in b:
                stats[label] += 1
        if ("记者" in d or "记者" in b) and "全媒体记者" not in d + b:
            stats["byline/dateline with 记者 (before 2019)"] += 1
        if "摄" in b:
            stats["photo credit"] += 1
        if g["column"]:
            stats["article with a column label"] += 1
        n = sum(1 for k in ("column", "kicker", "title", "subtitle") if g[k])
        stats[f"headline stack of {n} line(s)"] += 1
        if g["subtitle"].startswith("——"):
            stats["dash-led subtitle"] += 1
        if g["subheads"]:
            stats["feature with crossheads"] += 1
        if g["continued"]:
            stats["jump (continued field)"] += 1
    return {"meta": m, "text": text, "arts": gold_arts, "extras": extras,
            "dups": dups, "residue": residue, "src": path.name,
            "ids": list(src["order"])}


def render_piece(a: Art, pi: int, layout: str, o: dict, rng, stats, numstyle) -> list[str]:
    frs = a.pieces[pi]
    out = []
    if layout == "paragraph":
        for k, (i, t, starts, ends) in enumerate(frs):
            sub = a.paras[i][0]
            line = t
            if pi == 0 and k == 0 and i == 0 and a.f["dateline"]:
                line = a.f["dateline"] + line
            if "pct" in o and "%" in line and rng.random() < 0.7:
                line = re.sub(r"(?<=\d)%", " %", line, count=1)
                stats["glyph-gap space before %"] += 1
            if "q" in o and "“" in line and rng.random() < 0.5:
                line = line.replace("“", "“ ", 1)
                stats["space after an opening quote"] += 1
            if "gap" in o and rng.random() < 0.4:
                mm = re.search(r"[\u4e00-\u9fff][，。；、]", line[10:])
                if mm:
                    p = 10 + mm.start() + 1
                    line = line[:p] + " " + line[p:]
                    stats["glyph-gap space around full-width punctuation"] += 1
            if line:
                out.append(line)
        return out
    # column layout
    W = float(o.get("w", "16"))
    fl = Flow(rng, stats, numstyle, float(o.get("qs", "0.3")))
    fl.loose = float(o.get("loose", "0.12"))
    for k, (i, t, starts, ends) in enumerate(frs):
        sub = a.paras[i][0]
        if sub:
            out.append(t)
            continue
        lead = ""
        txt = t
        first_of_story = pi == 0 and k == 0 and i == 0 and a.f["dateline"]
        pre = []
        if first_of_story:
            d = a.f["dateline"]
            dw = sum(width(u) for u in UNIT_RE.findall(d))
            if dw > W:
                cut = None
                for mm in re.finditer(" ", d):
                    ok = d[mm.end():].startswith("通讯员") or d[:mm.start()].endswith("记者")
                    if ok and len(d) - mm.end() >= 4 and \
                            sum(width(u) for u in UNIT_RE.findall(d[:mm.start()])) <= W:
                        cut = mm.start()
                if cut:
                    pre = [d[:cut]]
                    d = d[cut + 1:]
                    stats["line break inside a dateline (names, before 通讯员)"] += 1
            txt = t
            hu = d
        else:
            hu = ""
        if not txt and not hu:
            continue
        lines = pre + fl.set(txt, W, indent=starts and not first_of_story, final=ends, head_unit=hu)
        if first_of_story:
            d = a.f["dateline"]
            if "dsp" in o:          # ' 湖南日报 3月 8日讯'
                lines[0] = re.sub(r"(?<=[^\x00-\x7f])(\d+月) ?(\d+日)", r" \1 \2", lines[0], count=1)
                stats["spaces inside a dateline's date"] += 1
            if "dbreak" in o:       # break inside the dateline's date
                lines[0:1] = lines[0].split(o["dbreak"], 1)
                lines[1] = o["dbreak"] + lines[1]
                stats["line break inside a dateline"] += 1
        out.extend(lines)
    return out

# ---------------------------------------------------------------- output


def count_chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def build_all():
    stats_all = Counter()
    pages = []
    for path in sorted(SRC.glob("p*.txt")):
        st = Counter()
        pg = compose_page(path, st)
        pg["stats"] = st
        stats_all.update(st)
        pages.append(pg)
    return pages, stats_all


def file_name(pg) -> str:
    h = hashlib.sha256(pg["text"].encode("utf-8")).hexdigest()[:16]
    return f"{int(pg['meta']['no']):03d}_{h}"


def gold_json(pg, name) -> str:
    m = pg["meta"]
    d = {"source": name + ".txt", "issue_date": m["date"],
         "issue_number": m.get("issue") or None,
         "page_count": int(m["pages"]) if m.get("pages") else None,
         "articles": pg["arts"], "extras": pg["extras"], "duplicates": pg["dups"]}
    return json.dumps(d, ensure_ascii=False, indent=1) + "\n"


def readme(pages, stats) -> str:
    tpl = (SET / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for pg in pages:
        m = pg["meta"]
        prow.append(f"| {pg['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(pg['arts'])} | {count_chars(pg['text'])} | {m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    pages, stats = build_all()
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for pg in pages:
        name = file_name(pg)
        pg["name"] = name
        (PAGES / (name + ".txt")).write_text(pg["text"], encoding="utf-8")
        (GOLD / (name + ".json")).write_text(gold_json(pg, name), encoding="utf-8")
    (SET / "README.md").write_text(readme(pages, stats), encoding="utf-8")
    print(f"composed {len(pages)} pages")


if __name__ == "__main__":
    main()
