#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Everything is deterministic: the only randomness is a random.Random seeded by the
source file name (src/pNN.txt), used for small choices (spaces around number runs,
glyph gaps).  See README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》」…%")   # may not start a line (hang instead)
OPEN = set("“‘（《「")                      # may not end a line
FULLP = set("，。、；：？！”’）》」（《「…—·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/:\-]+")


# ---------------------------------------------------------------- source parsing
def punct(s: str, mode: str) -> str:
    """Apply the page's punctuation width: full | mixed (half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse(path: Path):
    meta, arts, order, layout = {}, {}, [], []
    cur, section = None, "page"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("@page"):
            section = "page"
            continue
        if raw.startswith("@article"):
            section = "article"
            aid = raw.split()[1]
            cur = {f: "" for f in FIELDS}
            cur.update(id=aid, paras=[], subs=[])
            arts[aid] = cur
            order.append(aid)
            continue
        if raw.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            layout.append(raw.rstrip())
            continue
        key, _, val = raw.partition(":")
        key, val = key.strip(), val.strip()
        if section == "page":
            meta[key] = val
        elif key == "p":
            cur["paras"].append(val)
        elif key == "sub":
            cur["paras"].append(val)
            cur["subs"].append(val)
        else:
            cur[key] = val
    mode = meta.get("punct", "full")
    for a in arts.values():
        for f in FIELDS:
            if f != "kind":
                a[f] = punct(a[f], mode)
        a["paras"] = [punct(p, mode) for p in a["paras"]]
        a["subs"] = [punct(p, mode) for p in a["subs"]]
        # segments: paragraphs cut at ¦ (continued elsewhere on the page)
        segs = []
        for i, p in enumerate(a["paras"]):
            for j, piece in enumerate(p.split("¦")):
                segs.append({"para": i, "text": piece, "start": j == 0,
                             "sub": p in a["subs"]})
        a["segs"] = segs
    return meta, arts, order, layout


def clean_head(s: str) -> str:
    """Gold form of a printed headline part: '/' marks a printed line break."""
    return re.sub(r"\s*/\s*", lambda m: " " if " " in m.group(0) else "", s).strip()


def head_lines(s: str) -> list[str]:
    return [x.strip() for x in s.split("/") if x.strip()]


def despace(s: str) -> str:
    """Text of a printed line as an editor would store it (layout spaces gone)."""
    s = re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", s.strip())
    return s


# ---------------------------------------------------------------- column wrapping
def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(1.0 if (unicodedata.east_asian_width(c) in "WFA" and ord(c) > 0x2000) else 0.5
               for c in tok)


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.end() > i:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


class Counter(dict):
    def add(self, k, n=1):
        self[k] = self.get(k, 0) + n


class Column:
    """Greedy line filling of one column of width W em, as the PDF prints it."""

    def __init__(self, rng, stats, w):
        self.rng, self.stats, self.w = rng, stats, w

    def render(self, toks: list[str], spread: bool) -> str:
        out = []
        for i, t in enumerate(toks):
            if t == "\u2002":          # unbreakable word separator of a dateline
                out.append(" ")
                continue
            prev = toks[i - 1] if i else ""
            if spread:
                if out and prev not in FULLP - {"“"} and t not in "《（" and prev != "\u2002":
                    out.append(" ")
                out.append(t)
                continue
            isnum = bool(ASCII_RUN.fullmatch(t)) and len(t) > 0 and not t.isalpha()
            if isnum and out and prev not in (" ", "\u2002") and not ASCII_RUN.fullmatch(prev or "x1"):
                if self.rng.random() < 0.8:
                    out.append(" ")
                    self.stats.add("space around a number run")
            if t in "、，。；" and out and self.rng.random() < 0.025:
                out.append(" ")
                self.stats.add("glyph-gap space before full-width punctuation")
            if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.12:
                t = t[:-1] + " %"
                self.stats.add("glyph-gap space before %")
            out.append(t)
            if isnum and i + 1 < len(toks) and not ASCII_RUN.fullmatch(toks[i + 1]) \
                    and toks[i + 1] not in FULLP and self.rng.random() < 0.55:
                out.append(" ")
                self.stats.add("space around a number run")
        return "".join(out).rstrip()

    def wrap(self, units: list[tuple[list[str], bool]], cuts=()) -> list[str]:
        """units: (tokens, first line indented).  Each unit starts a new line."""
        lines = []
        for toks, indent in units:
            cap = self.w - (2 if indent else 0)
            line, used, k = [], 0.0, 0
            while k < len(toks):
                t = toks[k]
                if t == "\n":                      # forced break
                    lines.append(self.render(line, False))
                    self.stats.add("forced line break inside a dateline")
                    line, used, cap = [], 0.0, self.w
                    k += 1
                    continue
                tw = width(t) if t != "\u2002" else 0.5
                if used + tw <= cap + 1e-9 or not line:
                    line.append(t)
                    used += tw
                    k += 1
                    continue
                if t in CLOSE and used + tw <= cap + 1.01 and len(t) == 1:
                    line.append(t)                 # hanging punctuation
                    used += tw
                    k += 1
                    continue
                # move a trailing opening quote to the next line
                carry = []
                while line and line[-1] in OPEN:
                    carry.insert(0, line.pop())
                    used -= 1
                if line and line[-1] == "\u2002":
                    line.pop()
                    used -= 0.5
                left = cap - used
                sp = left >= 1.0 and len(line) > 2
                if sp:
                    self.stats.add("justified line spread with spaces")
                lines.append(self.render(line, sp))
                line, used, cap = carry, float(sum(width(c) for c in carry)), self.w
                if toks[k] == "\u2002":
                    k += 1
            if line:
                lines.append(self.render(line, False))
        return lines


def dateline_tokens(dl: str, cut: str) -> list[str]:
    words = dl.split(" ")
    toks = []
    for n, w in enumerate(words):
        if n:
            toks.append("\u2002")
        if n == 0 or len(w) > 6:
            toks.extend(tokens(w))
        else:
            toks.append(w)
    if cut:
        # forced break after the given substring of the dateline
        acc, out, done = "", [], False
        for t in toks:
            out.append(t)
            acc += " " if t == "\u2002" else t
            if not done and acc.replace(" ", "").endswith(cut.replace(" ", "")):
                out.append("\n")
                done = True
        toks = [t for i, t in enumerate(out) if not (t == "\u2002" and i and out[i - 1] == "\n")]
        toks = [t for i, t in enumerate(toks) if not (t == "\u2002" and i + 1 < len(toks) and toks[i + 1] == "\n")]
    return toks


# ---------------------------------------------------------------- page rendering
def opts_of(parts):
    o = {}
    for p in parts:
        if "=" in p:
            k, _, v = p.partition("=")
            o[k] = v
        else:
            o[p] = True
    return o


def seg_range(a, spec):
    n = len(a["segs"])
    if spec == "all":
        return list(range(n))
    lo, _, hi = spec.partition("-")
    lo = int(lo)
    hi = n - 1 if hi == "" else int(hi)
    if "-" not in spec:
        hi = lo
    return list(range(lo, hi + 1))


def build_page(path: Path):
    meta, arts, order, layout = parse(path)
    rng = random.Random(path.name)
    stats = Counter()
    col_layout = meta["layout"] == "column"
    W = float(meta.get("width", 17))
    lines: list[tuple[str, str]] = []     # (separator before, text)
    extras, dups = [], []
    printed = {aid: set() for aid in arts}
    pending_sep = None

    def emit(text, sep=None):
        nonlocal pending_sep
        s = sep if sep is not None else ("\n\n")
        if pending_sep is not None:
            s = pending_sep
            pending_sep = None
        lines.append((s, text))

    for raw in layout:
        join = raw.startswith("^")
        lead = raw.startswith("_")
        d = raw[1:] if (join or lead) else raw
        first_sep = "\n" if join else None
        if join:
            stats.add("line joined to the previous one by a single line break")

        def out(text, _n=[0]):
            nonlocal first_sep
            if lead and first_sep != "used":
                text = " " + text
                stats.add("stray leading space at a line start")
            emit(text, first_sep if first_sep not in (None, "used") else None)
            first_sep = "used"

        if d == "gap":
            pending_sep = "\n\n\n\n"
            continue
        if d.startswith("x:"):
            pieces = [p for p in d[2:].strip().split("|")]
            for p in pieces:
                if p.startswith("^"):
                    emit(p[1:], "\n")
                else:
                    out(p)
            extras.append("".join(despace(p.lstrip("^")) for p in pieces))
            stats.add("box / masthead line")
            continue
        if d.startswith("mark:"):
            out(d[5:].strip())
            stats.add("jump marker")
            continue
        if d.startswith("dup "):
            n = int(d.split()[1])
            rep = [t for _, t in lines[-n:]]
            for t in rep:
                out(t)
            dups.append("".join(despace(t) for t in rep))
            stats.add("line printed twice")
            continue
        parts = d.split()
        cmd, aid, rest = parts[0], parts[1], parts[2:]
        a = arts[aid]
        o = opts_of([r for r in rest if not re.fullmatch(r"\d+-?\d*|all", r)])
        w = float(o.get("w", W))
        if cmd == "head":
            which = o.get("parts", "kts")
            sep = o.get("sep", "blank")
            seq = [(c, a[{"k": "kicker", "t": "title", "s": "subtitle"}[c]]) for c in which]
            seq = [(c, v) for c, v in seq if v]
            printed[aid].update(c for c, _ in seq)
            blocks = []
            for c, v in seq:
                ls = head_lines(v)
                if len(ls) > 1:
                    stats.add("headline broken over lines")
                    if len(ls[-1]) <= 3:
                        stats.add("headline's last word left alone on a line")
                if c == "t" and "double" in o:
                    ls = [ls[0] + ls[0]] if len(ls) == 1 else ls
                    dups.append(clean_head(v).replace(" ", ""))
                    stats.add("headline drawn twice")
                blocks.append(ls)
                if c == "t" and "twice" in o:
                    blocks.append(list(ls))
                    dups.append(clean_head(v).replace(" ", ""))
                    stats.add("headline drawn twice")
            if sep == "space":
                out(" ".join(" ".join(b) for b in blocks))
                if len(blocks) > 1:
                    stats.add("headline stack printed on one line")
            else:
                for bi, b in enumerate(blocks):
                    for li, l in enumerate(b):
                        if bi == 0 and li == 0:
                            out(l)
                        elif li > 0 or sep == "nl":
                            emit(l, "\n")
                        else:
                            emit(l)
            if "after" in o:
                stats.add("headline printed after its body")
            if "bunch" in o:
                stats.add("headline bunched with other stories' headlines")
            continue
        if cmd == "label":
            out(a["column"])
            printed[aid].add("c")
            stats.add("column label on its own line")
            continue
        if cmd == "byline":
            b = a["byline"]
            printed[aid].add("b")
            if "splitb" in o:
                k = b.find(o["splitb"])
                out(b[:k].strip())
                emit(b[k:].strip())
                stats.add("line break inside a byline")
            elif "split" in o and " " in b:
                x, _, y = b.rpartition(" ") if o["split"] is True else b.partition(o["split"])
                if o["split"] is not True:
                    x, y = x + o["split"], y
                out(x.strip())
                emit(y.strip())
                stats.add("line break inside a byline")
            elif "right" in o:
                out(" " * int(o.get("pad", 24)) + b)
                stats.add("credit right-aligned on its own line")
            else:
                out(b)
            continue
        if cmd == "photo":
            printed[aid].add("b")
            printed[aid].update(range(len(a["segs"])))
            cap = "".join(s["text"] for s in a["segs"])
            credit = a["byline"]
            how = o.get("credit", "inline")
            if col_layout and "w" in o:
                col = Column(rng, stats, w)
                ls = col.wrap([(tokens(cap) + (["\u2002"] + [credit] if how == "inline" and credit else []), False)])
                for l in ls:
                    out(l)
            else:
                out(cap + ((" " if col_layout else "") + credit if how == "inline" and credit else ""))
            if credit and how == "line":
                emit(credit)
            elif credit and how == "right":
                emit(" " * int(o.get("pad", 30)) + credit)
                stats.add("credit right-aligned on its own line")
            stats.add("photo caption")
            continue
        if cmd == "body":
            spec = next((r for r in rest if re.fullmatch(r"\d+-?\d*|all", r)), "all")
            idx = seg_range(a, spec)
            for i in idx:
                if i in printed[aid]:
                    raise SystemExit(f"{path.name}: {aid} segment {i} printed twice")
                printed[aid].add(i)
            with_dl = (0 in idx) and a["dateline"] and "nodl" not in o
            if with_dl:
                printed[aid].add("d")
            if col_layout:
                col = Column(rng, stats, w)
                units = []
                for i in idx:
                    s = a["segs"][i]
                    toks = tokens(s["text"])
                    indent = s["start"] and not s["sub"] and not ("cont" in o and i == idx[0])
                    if i == 0 and with_dl:
                        toks = dateline_tokens(a["dateline"], o.get("dlcut", "")) + toks
                        indent = True
                    units.append((toks, indent))
                for l in col.wrap(units):
                    out(l)
            else:
                for i in idx:
                    s = a["segs"][i]
                    t = s["text"]
                    if i == 0 and with_dl:
                        dl = a["dateline"]
                        if "dlcut" in o:
                            k = dl.find(o["dlcut"]) + len(o["dlcut"])
                            out(dl[:k].rstrip())
                            emit(dl[k:].lstrip() + t, "\n")
                            stats.add("forced line break inside a dateline")
                            continue
                        t = dl + t
                    out(t)
            for i in idx:
                if not a["segs"][i]["start"]:
                    stats.add("paragraph cut and continued")
            continue
        raise SystemExit(f"{path.name}: unknown layout line {raw!r}")

    # every article fully printed?
    for aid, a in arts.items():
        need = set(range(len(a["segs"])))
        if not need <= printed[aid]:
            raise SystemExit(f"{path.name}: {aid} segments not laid out: {sorted(need - printed[aid])}")
        for c, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle"), ("c", "column"), ("d", "dateline")):
            if a[f] and c not in printed[aid] and not (f == "dateline"):
                raise SystemExit(f"{path.name}: {aid} {f} not laid out")
        if a["byline"] and "b" not in printed[aid]:
            raise SystemExit(f"{path.name}: {aid} byline not laid out")

    if col_layout:
        text = " " + "".join((s if i else "") + t for i, (s, t) in enumerate(lines)) + "\n\n\n"
    else:
        text = "\n\n" + "".join((s if i else "") + t for i, (s, t) in enumerate(lines))

    gold_articles = []
    for aid in order:
        a = arts[aid]
        g = {"kind": a["kind"], "column": a["column"], "kicker": clean_head(a["kicker"]),
             "title": clean_head(a["title"]), "subtitle": clean_head(a["subtitle"]),
             "byline": a["byline"], "dateline": a["dateline"], "continued": a["continued"],
             "subheads": list(a["subs"]),
             "paragraphs": [p.replace("¦", "") for p in a["paras"]]}
        gold_articles.append(g)
    return meta, text, gold_articles, extras, dups, stats


def compose(write=True):
    results = []
    srcs = sorted(SRC.glob("p*.txt"))
    for n, path in enumerate(srcs, 1):
        meta, text, arts, extras, dups, stats = build_page(path)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": arts, "extras": extras, "duplicates": dups}
        gjson = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        results.append({"name": name, "src": path.name, "meta": meta, "text": text,
                        "gold": gold, "gjson": gjson, "stats": stats})
    readme = make_readme(results)
    if write:
        PAGES.mkdir(exist_ok=True)
        GOLD.mkdir(exist_ok=True)
        for f in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
            f.unlink()
        for r in results:
            (PAGES / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
            (GOLD / (r["name"] + ".json")).write_text(r["gjson"], encoding="utf-8")
        (HERE / "README.md").write_text(readme, encoding="utf-8")
    return results, readme


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def make_readme(results) -> str:
    total = Counter()
    for r in results:
        for k, v in r["stats"].items():
            total.add(k, v)
        g = r["gold"]
        total.add("articles", len(g["articles"]))
        for a in g["articles"]:
            total.add("kind: " + a["kind"])
            if a["column"]:
                total.add("column label (栏目)")
            if a["kicker"]:
                total.add("kicker (引题)")
            if a["subtitle"]:
                total.add("subtitle (副题)")
            if a["subtitle"].startswith("——"):
                total.add("dash-led subtitle")
            if a["kicker"] and len(a["kicker"]) > len(a["title"]) and a["title"]:
                total.add("kicker longer than its title")
            if a["continued"]:
                total.add("jump (continued) field")
            if a["subheads"]:
                total.add("article with crossheads", 1)
            if a["dateline"]:
                total.add("dateline with 电" if "电" in a["dateline"][:16] else "dateline with 讯")
            if a["byline"]:
                total.add("byline printed apart from a dateline")
            if not (a["kicker"] or a["title"] or a["subtitle"]):
                total.add("article with no printed headline")
        total.add("extras entries", len(g["extras"]))
        total.add("duplicates entries", len(g["duplicates"]))
    rows = ["| phenomenon | count |", "|---|---:|"]
    rows += [f"| {k} | {total[k]} |" for k in sorted(total)]
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in results:
        m, g = r["meta"], r["gold"]
        prow.append(f"| {r['name']}.txt | {g['issue_date']} | {m['page']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(g['articles'])} | {nchars(r['text'])} | {m.get('subjects', '')} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


if __name__ == "__main__":
    res, _ = compose(True)
    for r in res:
        print(r["name"], r["meta"]["layout"], len(r["gold"]["articles"]), nchars(r["text"]))
