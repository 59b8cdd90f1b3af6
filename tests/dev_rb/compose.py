#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice is drawn from a
random.Random seeded by the source file name.
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

SPREAD_GAP = 1.0
CLOSE = "，。、；：？！”’）》…,.;:?!)"
OPEN = "“‘（《("
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ----------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": [], "layout": [], "name": path.name}
    cur = None
    mode = "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "LAYOUT":
                mode, cur = "layout", None
                continue
            cur = {"id": head[0], "kind": head[1], "paras": [], "opts": {}}
            for f in FIELDS[1:]:
                cur[f] = ""
            page["arts"].append(cur)
            mode = "fields"
            continue
        if mode == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif mode == "fields":
            if line == "--":
                mode = "paras"
            elif ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k in FIELDS:
                    cur[k] = v
                else:
                    cur["opts"][k] = v
        elif mode == "paras":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip() and not line.startswith("#"):
                page["layout"].append(line.strip())
    return page


def punct(s: str, style: str) -> str:
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        return (s.replace("（", "(").replace("）", ")").replace("，", ",")
                 .replace("；", ";").replace("：", ":"))
    return s


def clean(s: str) -> str:
    """Gold form of a printed string: markers gone, spaces only between ASCII words."""
    s = s.replace("^", "")
    s = re.sub(r"¦[a-z]?", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", s)


# ----------------------------------------------------------------------------- tokens
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+\-/×]+")


def tokens(text: str):
    """(token, width in em, kind) with kind in cjk/asc/open/close/brk."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "^":
            out.append(("", 0, "brk"))
            i += 1
            continue
        m = ASCII_RUN.match(text, i) if ord(ch) < 128 and ch != " " else None
        if m:
            t = m.group(0)
            out.append((t, 0.5 * len(t), "asc"))
            i = m.end()
            continue
        if ch == " ":
            out.append((" ", 0.5, "sp"))
        elif ch in CLOSE:
            out.append((ch, 1 if ch == "…" else 0.5, "close"))
        elif ch in OPEN:
            out.append((ch, 0.5, "open"))
        else:
            out.append((ch, 1, "cjk"))
        i += 1
    return out


class Noise:
    """Spaces the PDF extraction leaves inside printed lines."""

    def __init__(self, rnd: random.Random, p: dict, stats: Counter):
        self.r, self.p, self.st = rnd, p, stats

    def plain(self, toks) -> str:
        s, prev = "", None
        for t, w, k in toks:
            if k == "sp":
                s += " "
                prev = (t, w, k)
                continue
            if k == "asc" and prev and prev[2] != "sp" and prev[2] != "asc":
                if self.r.random() < self.p["num_before"]:
                    s += " "
                    self.st["spaces around number runs"] += 1
            elif prev and prev[2] == "asc" and k != "asc":
                if self.r.random() < self.p["num_after"]:
                    s += " "
                    self.st["spaces around number runs"] += 1
            if prev and prev[0] == "“" and k == "cjk" and self.r.random() < self.p["quote"]:
                s += " "
                self.st["space after an opening quote"] += 1
            if k == "close" and t in "、，" and prev and prev[2] == "cjk" and self.r.random() < self.p["glyph"]:
                s += " "
                self.st["glyph-gap space before full-width punctuation"] += 1
            if k == "asc" and t.endswith("%") and len(t) > 1 and self.r.random() < self.p["pct"]:
                t = t[:-1] + " %"
                self.st["space before %"] += 1
            s += t
            prev = (t, w, k)
        return s

    def spread(self, toks) -> str:
        s, prev = "", None
        for t, w, k in toks:
            if k == "sp":
                continue
            if prev is not None and prev[2] != "close" and k != "open":
                s += " "
            s += t
            prev = (t, w, k)
        return s


def wrap(text: str, width: float, noise: Noise, stats: Counter, last_is_end: bool, indent: float = 0):
    """Fill a column of `width` em.  Returns printed lines.  A line left short
    (gap >= 1.5 em) that does not end its paragraph is justified: spread."""
    toks = tokens(text)
    lines, cur, w = [], [], float(indent)
    i = 0
    forced = []

    def flush(force=False):
        nonlocal cur, w
        if cur:
            lines.append((cur, w, force))
        cur, w = [], 0.0

    while i < len(toks):
        t = toks[i]
        if t[2] == "brk":
            flush(True)
            stats["forced breaks (dateline/byline)"] += 1
            i += 1
            continue
        if t[2] == "sp" and not cur:
            i += 1
            continue
        if w + t[1] <= width or not cur:
            cur.append(t)
            w += t[1]
        elif t[2] == "close" and (noise.r.random() < 0.6 or len(cur) < 3 or cur[-1][2] != "cjk"):
            cur.append(t)          # punctuation hangs in the margin
            w += t[1]
        elif t[2] == "close":      # or the last character is pulled down with it
            o = cur.pop()
            w -= o[1]
            flush()
            stats["character pulled down before line-start punctuation"] += 1
            cur, w = [o], o[1]
            continue
        else:
            if cur and cur[-1][2] == "open":   # an opening quote never ends a line
                o = cur.pop()
                w -= o[1]
                flush()
                cur, w = [o], o[1]
                continue
            flush()
            continue
        i += 1
    flush()
    out = []
    for n, (lt, lw, force) in enumerate(lines):
        is_last = n == len(lines) - 1
        if not force and width - lw >= SPREAD_GAP and not (is_last and last_is_end):
            out.append(noise.spread(lt).strip())
            stats["justified lines spread with spaces"] += 1
        else:
            out.append(noise.plain(lt).strip())
    return out


# ----------------------------------------------------------------------------- layout
def build(src: Path):
    page = parse(src)
    meta = page["meta"]
    rnd = random.Random(src.name)
    stats = Counter()
    style = meta.get("punct", "full")
    layout = meta["layout"]
    column = layout == "column"
    if column:
        p = {"num_before": 0.75, "num_after": 0.45, "quote": 0.12, "glyph": 0.04, "pct": 0.08}
    else:
        p = {"num_before": 0.08, "num_after": 0.05, "quote": 0.03, "glyph": 0.02, "pct": 0.03}
    noise = Noise(rnd, p, stats)
    arts = {a["id"]: a for a in page["arts"]}
    for a in page["arts"]:
        for f in FIELDS[1:]:
            a[f] = punct(a[f], style)
        a["paras"] = [punct(x, style) for x in a["paras"]]
        # chunks: the body split at the cut marks; each chunk a list of
        # (text, starts_paragraph, ends_paragraph)
        chunks, curc = [], []
        for para in a["paras"]:
            text = para[3:] if para.startswith("## ") else para
            pieces = re.split(r"¦([a-z]?)", text)
            segs = pieces[0::2]
            kinds = pieces[1::2]
            for k in kinds:
                stats["cut: " + {"v": "between a verb and its figure", "u": "between a figure and its unit",
                                 "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
                                 "c": "column break with nothing between", "": "plain sentence cut"}.get(k, k)] += 1
            for j, sg in enumerate(segs):
                curc.append((sg, j == 0, j == len(segs) - 1))
                if j < len(segs) - 1:
                    chunks.append(curc)
                    curc = []
        chunks.append(curc)
        a["chunks"] = chunks
        a["printed"] = {}
    default_w = float(meta.get("width", 17))

    out = []          # (line, sep) sep = "\n\n" or "\n"
    extras, dups = [], []
    xgroup = None

    def emit(line, sep="\n\n"):
        out.append([line, sep])

    def body_lines(a, ci):
        w = float(a["opts"].get("width", default_w))
        res = []
        for k, (txt, starts, ends) in enumerate(a["chunks"][ci]):
            prefix = ""
            if ci == 0 and k == 0:
                lead = a["opts"].get("lead", "")
                if lead:
                    prefix = lead
                elif a["dateline"]:
                    prefix = a["dateline"]
            full = prefix + txt
            if column:
                res += wrap(full, w, noise, stats, ends, 2 if starts else 0)
            else:
                res.append("\n".join(noise.plain(tokens(x)) for x in full.split("^")))
        return res

    last_body = None
    for d in page["layout"]:
        parts = d.split()
        op = parts[0]
        if op != "d":
            last_body = None
        if op not in ("x", "xn"):
            xgroup = None
        if op == "x":                       # masthead piece / page furniture
            text = d[2:]
            emit(text)
            stats["masthead / furniture pieces"] += 1
            if xgroup is None:
                extras.append(clean(text))
                xgroup = len(extras) - 1
            else:
                extras[xgroup] += clean(text)
        elif op == "xn":                    # same, joined by a single newline to the previous line
            text = d[3:]
            out[-1][1] = "\n"
            emit(text)
            stats["masthead / furniture pieces"] += 1
            extras[-1] += clean(text)
        elif op == "box":                   # short box line (countdown, code prompt)
            text = d[4:]
            emit(text)
            extras.append(clean(text))
            stats["short box lines"] += 1
        elif op == "h":                     # headline line(s)
            a = arts[parts[1]]
            roles = parts[2]
            opts = parts[3:]
            names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column"}
            text = " ".join(a[names[r]] for r in roles)
            if len(roles) > 1:
                stats["headline parts bunched on one line"] += 1
            if "dbl" in opts:
                emit(text + " " + text)
                dups.append(clean(text))
                stats["headline drawn twice"] += 1
            elif "spsplit" in opts:
                segs = text.split(" ")
                for sg in segs[:-1]:
                    emit(sg, "\n")
                emit(segs[-1])
                stats["two-phrase title split at its space"] += 1
            elif any(o.startswith("split=") for o in opts):
                n = int([o for o in opts if o.startswith("split")][0].split("=")[1])
                emit(text[:-n], "\n")
                emit(text[-n:])
                stats["headline's last word left alone"] += 1
            else:
                emit(text)
            if "twice" in opts:
                emit(text)
                dups.append(clean(text))
                stats["headline drawn twice"] += 1
            if "after" in opts:
                stats["headline printed after its body"] += 1
        elif op == "c":                     # column label
            a = arts[parts[1]]
            emit(a["column"])
            stats["column labels on their own line"] += 1
        elif op == "b":                     # byline on its own line(s)
            a = arts[parts[1]]
            segs = a["byline"].split("^")
            if len(segs) > 1:
                stats["byline names broken over lines"] += 1
            for s in segs:
                emit(("　" * 12 + s) if "right" in parts else s)
            if "right" in parts:
                stats["credits right-aligned on their own line"] += 1
        elif op == "d":                     # body chunks
            a = arts[parts[1]]
            rng = parts[2]
            lo, hi = (int(x) for x in rng.split("-")) if "-" in rng else (int(rng), int(rng))
            if lo > 0 and lo - 1 in a["printed"] and last_body == (a["id"], lo - 1):
                stats["paragraph split by a column break, nothing between"] += 1
            last_body = (a["id"], hi)
            for ci in range(lo, hi + 1):
                if ci > lo:
                    stats["paragraph split by a column break, nothing between"] += 1
                ls = body_lines(a, ci)
                a["printed"][ci] = ls
                for ln in ls:
                    emit(ln)
        elif op == "p":                     # photo / cartoon caption with its credit
            a = arts[parts[1]]
            cap = "".join(s for c in a["chunks"] for s, _, _ in c)
            if "sep" in parts:
                emit(noise.plain(tokens(cap)))
                emit("　" * 20 + a["byline"])
                stats["credits right-aligned on their own line"] += 1
            else:
                wrapw = [o for o in parts if o.startswith("wrap=")]
                if wrapw:
                    ls = wrap(cap + "　" + a["byline"], float(wrapw[0][5:]), noise, stats, True)
                    for ln in ls:
                        emit(ln.replace("　", " "))
                else:
                    emit(noise.plain(tokens(cap)) + " " + a["byline"])
            stats["photo / cartoon captions"] += 1
        elif op == "m":                     # jump marker line
            emit(d[2:])
            stats["jump markers"] += 1
        elif op == "dup":                   # a line printed twice
            a = arts[parts[1]]
            ci = int(parts[2])
            which = parts[3] if len(parts) > 3 else "last"
            ln = a["printed"][ci][-1 if which == "last" else 0]
            emit(ln)
            dups.append(clean(ln))
            stats["lines printed twice"] += 1
        elif op == "nl":                    # join the next line with a single newline
            out[-1][1] = "\n"
        else:
            raise SystemExit(f"{src.name}: unknown layout op {d!r}")

    # every chunk printed exactly once
    for a in page["arts"]:
        need = set(range(len(a["chunks"])))
        if a["kind"] == "photo":
            continue
        if set(a["printed"]) != need:
            raise SystemExit(f"{src.name}: {a['id']} chunks printed {sorted(a['printed'])} of {sorted(need)}")
        if len(a["chunks"]) > 1:
            stats["stories cut and continued later"] += 1

    text = "".join(l + s for l, s in out)
    if not text.endswith("\n"):
        text += "\n"
    stats["dateline breaks"] += sum(1 for a in page["arts"] if "^" in a["dateline"])

    golds = []
    for a in page["arts"]:
        paras, subs = [], []
        for para in a["paras"]:
            if para.startswith("## "):
                subs.append(clean(para[3:]))
                paras.append(clean(para[3:]))
            else:
                paras.append(clean(para))
        golds.append({
            "kind": a["kind"], "column": a["column"].replace("^", "").strip(),
            "kicker": a["kicker"].replace("^", "").strip(),
            "title": a["title"].replace("^", "").strip(),
            "subtitle": a["subtitle"].replace("^", "").strip(),
            "byline": a["byline"].replace("^", " ").strip() if a["byline"] else "",
            "dateline": a["dateline"].replace("^", "").strip(), "continued": a["continued"],
            "subheads": subs, "paragraphs": paras})
    info = {"meta": meta, "stats": stats, "golds": golds, "extras": extras, "dups": dups,
            "arts": page["arts"]}
    return text, info


def titles_keep_space(s):
    return s


def render_all():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    files = {}
    rows, total = [], Counter()
    for n, src in enumerate(srcs, 1):
        text, info = build(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        meta = info["meta"]
        gold = {"source": name + ".txt", "issue_date": meta["issue_date"],
                "issue_number": meta.get("issue_number") or None,
                "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
                "articles": info["golds"], "extras": info["extras"], "duplicates": info["dups"]}
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(info["stats"])
        nchar = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", meta["issue_date"], meta["page"], meta["layout"],
                     meta.get("punct", "full"), len(info["golds"]), nchar, meta.get("subjects", "")))
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pg.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    files["README.md"] = readme
    return files


def main():
    files = render_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
