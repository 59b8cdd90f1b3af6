#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR is
this folder by default).  Standard library only; every small choice comes from
a random.Random seeded with the source file name, so the output is the same on
every run.  The source format is described in README.in / README.md.
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
CUT = re.compile(r"‖([uvwqnas])")
CUT_NAMES = {"u": "figure / unit", "v": "verb / figure", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "a": "inside an abbreviation",
             "s": "plain mid-sentence"}
PUNCT = set("，、。；：？！“”‘’（）《》")
NOSP_AFTER = set("，、。；：？！）》”’（《,;:()")
NOSP_BEFORE = set("）》（《“‘()")
OPENERS = set("“‘（《(")
CLOSERS = set("，、。；：？！）》”’,;:)")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- source
def parse_src(path: Path) -> dict:
    """Read one page source: header, articles, layout script."""
    page: dict = {"articles": {}, "layout": [], "name": path.name}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("page "):
            for kv in line[5:].split():
                k, v = kv.split("=", 1)
                page[k] = v
        elif line == "@layout":
            in_layout = True
        elif in_layout:
            page["layout"].append(line)
        elif line.startswith("@"):
            aid, kind = line[1:].split()
            cur = {"id": aid, "kind": kind, "paras": [], "subheads": []}
            for f in FIELDS + ("mark", "subjects"):
                cur.setdefault(f, "")
            page["articles"][aid] = cur
        elif line.startswith("|#"):
            cur["paras"].append(line[2:])
            cur["subheads"].append(line[2:])
        elif line.startswith("|"):
            cur["paras"].append(line[1:])
        else:
            k, v = line.split("=", 1)
            cur[k] = v
    return page


def punct(text: str, mode: str) -> str:
    """Punctuation width of the page: full, mixed (half brackets), half (,();:)."""
    if mode in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


def plain(text: str) -> str:
    return CUT.sub("", text)


def parts(text: str) -> list[str]:
    return CUT.split(text)[::2]


# ---------------------------------------------------------------- artefacts
def em(ch: str) -> float:
    if ch in PUNCT or ch in ",;:()":
        return 0.5
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text: str, width: float, indent: float = 0.0) -> list[str]:
    """Cut text into printed column lines of `width` em (closing punctuation hangs,
    an opening one never ends a line); the first line is indented `indent` em
    (the indent itself is not printed: the seeds show none)."""
    lines, cur, w = [], "", indent
    for tok in re.findall(r"[A-Za-z0-9.%]+|.", text):   # a number run is never broken
        tw = sum(em(ch) for ch in tok)
        if w + tw > width + 0.01 and cur and tok not in CLOSERS:
            if cur[-1] in OPENERS:
                lines.append(cur[:-1])
                cur, w = cur[-1], em(cur[-1])
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return [ln.strip() for ln in lines]


class Artefacts:
    """Extraction artefacts of one page, with the counts the README reports."""

    def __init__(self, rng: random.Random, counts: Counter, p_num: float, p_spread: float):
        self.rng, self.counts, self.p_num, self.p_spread = rng, counts, p_num, p_spread

    def numbers(self, s: str) -> str:
        def sub(m):
            a, b = m.group(1), m.group(2)
            if self.rng.random() < self.p_num:
                self.counts["space around a number run"] += 1
                return a + " " + b
            return a + b
        s = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", "\x01", s)
        s = re.sub(r"(?<=[0-9])(?=[\u4e00-\u9fff])", "\x01", s)
        out = []
        for piece in s.split("\x01"):
            if out and self.rng.random() < self.p_num:
                self.counts["space around a number run"] += 1
                out.append(" ")
            out.append(piece)
        s = "".join(out)
        if "%" in s and self.rng.random() < self.p_num / 2:
            s = s.replace("%", " %", 1)
            self.counts["glyph gap before %"] += 1
        if "“" in s and self.rng.random() < self.p_num / 3:
            s = s.replace("“", "“ ", 1)
            self.counts["space after an opening quote"] += 1
        return s

    def spread(self, s: str) -> str:
        toks = re.findall(r"[A-Za-z0-9.%]+|\S", s)
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            out += ("" if a in NOSP_AFTER or b in NOSP_BEFORE else " ") + b
        self.counts["justified line spread with spaces"] += 1
        return out

    def column_lines(self, text: str, width: float, last_full: bool = False,
                     indent: float = 2.0) -> list[str]:
        lines = wrap(text, width, indent)
        out = []
        for i, ln in enumerate(lines):
            full = i < len(lines) - 1 or last_full
            nump = sum(ch in PUNCT for ch in ln)
            if full and nump >= 2 and self.rng.random() < self.p_spread:
                out.append(self.spread(ln))
            else:
                out.append(self.numbers(ln))
        return out


# ---------------------------------------------------------------- layout
def parse_range(spec: str, art: dict) -> list[tuple[int, int | None]]:
    """'0-3' '2.1' '2.1-4' '0-2.0' -> [(para, part or None)]."""
    a, _, b = spec.partition("-")
    if b == "$":
        b = str(len(art["paras"]) - 1)
    def pt(x):
        p, _, q = x.partition(".")
        return int(p), (int(q) if q else None)
    start, end = pt(a), pt(b) if b else pt(a)
    out = []
    for k in range(start[0], end[0] + 1):
        n = len(parts(art["paras"][k]))
        lo = start[1] if k == start[0] and start[1] is not None else 0
        hi = end[1] if k == end[0] and end[1] is not None else n - 1
        if (k == start[0] and start[1] is not None) or (k == end[0] and end[1] is not None):
            out.extend((k, q) for q in range(lo, hi + 1))
        else:
            out.append((k, None))
    return out


def compose_page(src: Path) -> tuple[str, dict, dict]:
    page = parse_src(src)
    rng = random.Random(src.name)
    counts: Counter = Counter()
    mode = page.get("punct", "full")
    column = page["lay"] == "column"
    width = float(page.get("width", "17"))
    art = Artefacts(rng, counts, float(page.get("pnum", "0.5")) if column else 0.0,
                    float(page.get("pspread", "0.3")))
    P = lambda s: punct(s, mode)  # noqa: E731
    out: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    seen_body: set[str] = set()
    last_cmd = ""
    printed_parts: Counter = Counter()

    def emit(line: str, glue: bool = False):
        out.append(line)
        if not glue:
            out.append("")

    def emit_lines(lines: list[str], glue_last: bool = False):
        for i, ln in enumerate(lines):
            emit(ln, glue=glue_last and i == len(lines) - 1)

    for cmdline in page["layout"]:
        cmd, _, rest = cmdline.partition(" ")
        glue = cmd.endswith("+")
        cmd = cmd.rstrip("+")
        if cmd == "X":                       # page furniture / box line
            emit(P(rest), glue)
            extras.append(P(rest).strip())
            counts["furniture or box line"] += 1
            continue
        if cmd == "E":                       # an extra blank line
            out.append("")
            continue
        if cmd == "R":                       # a line printed twice (same as the last)
            emit(P(rest), glue)
            dups.append(P(rest).strip())
            counts["line printed twice"] += 1
            continue
        args = rest.split()
        a = page["articles"][args[0]]
        opts = dict(x.split("=", 1) if "=" in x else (x, "1") for x in args[1:])
        if cmd == "H":                       # headline stack
            spec = opts.get("spec", "k/t/s")
            n = int(opts.get("split", "0") or 0)
            if n:
                spec = spec.replace("t", "u~v")
            val = {"c": a["column"], "k": a["kicker"], "t": a["title"], "s": a["subtitle"],
                   "y": a["byline"], "u": a["title"][:-n] if n else a["title"],
                   "v": a["title"][-n:] if n else "", "d": a["title"] + a["title"]}
            if "d" in spec:
                dups.append(P(a["title"]))
                counts["headline doubled on one line"] += 1
            if n:
                counts["headline's last word alone on a line"] += 1
            lines, cur, seps = [], "", []
            tokens = re.findall(r"[ckstyuvd]|[/~_=]", spec)
            sep = None
            for t in tokens:
                if t in "/~_=":
                    sep = t
                    continue
                v = P(val[t])
                if not v:
                    continue
                if cur and sep in ("_", "="):
                    cur += (" " if sep == "_" else "") + v
                else:
                    if cur:
                        lines.append(cur)
                        seps.append(sep)
                    cur = v
                sep = None
            if cur:
                lines.append(cur)
            for i, ln in enumerate(lines):
                nxt = seps[i] if i < len(seps) else None
                emit(ln, glue=(nxt == "~") or (i == len(lines) - 1 and glue))
            if "twice" in opts:
                emit(lines[-1], glue)
                dups.append(lines[-1])
                counts["headline line printed twice"] += 1
            if a["id"] in seen_body:
                counts["headline printed after its body"] += 1
            if last_cmd == "H":
                counts["headline bunched with another story's"] += 1
            last_cmd = "H"
            continue
        last_cmd = cmd
        if cmd == "C":                       # column label alone
            emit(P(a["column"]), glue)
            counts["column label on its own line"] += 1
        elif cmd == "Y":                     # byline alone
            by = P(a["byline"])
            if "brk" in opts and " " in by:
                cut = by.rfind(" 通讯员") if " 通讯员" in by else by.rfind(" ")
                emit(by[:cut], glue=True)
                emit(by[cut + 1:], glue)
                counts["line break inside a byline"] += 1
            elif "right" in opts:
                emit(" " * int(opts["right"]) + by, glue)
                counts["credit right-aligned on its own line"] += 1
            else:
                emit(by, glue)
        elif cmd == "L":                     # dateline alone
            emit(P(a["dateline"]), glue)
        elif cmd == "M":                     # jump marker
            emit(P(a["mark"]), glue)
            counts["jump marker"] += 1
        elif cmd == "P":                     # photo: caption + credit
            cap = P(plain(a["paras"][0])) if a["paras"] else ""
            cred = P(a["byline"])
            title = P(a["title"])
            where = opts.get("credit", "inline")
            if title and "notitle" not in opts:
                emit(title)
            if where == "top":
                emit(cred)
                emit(cap, glue)
                counts["photo credit printed above its caption"] += 1
            elif where == "right":
                if cap:
                    emit(cap)
                emit(" " * int(opts.get("pad", "30")) + cred, glue)
                counts["credit right-aligned on its own line"] += 1
            elif where == "none":
                emit(cap, glue)
            else:
                if column and "w" in opts:
                    lines = wrap(cap + " " + cred, float(opts["w"]))
                    emit_lines(lines, glue)
                else:
                    emit(cap + " " + cred, glue)
            seen_body.add(a["id"])
        elif cmd == "B":                     # body range
            seen_body.add(a["id"])
            w = float(opts.get("w", width))
            for k, q in parse_range(args[1], a):
                ps = parts(a["paras"][k])
                text = ps[q] if q is not None else "".join(ps)
                if q is not None:
                    printed_parts[(a["id"], k)] += 1
                    if q > 0:
                        counts["paragraph continued after a cut"] += 1
                        m = CUT.findall(a["paras"][k])[q - 1]
                        counts["cut " + CUT_NAMES[m]] += 1
                first = k == 0 and (q is None or q == 0)
                if first and a["dateline"] and "nodl" not in opts:
                    text = a["dateline"] + text
                if first and a["mark"] and "glue" in opts:
                    text = a["mark"] + text
                text = P(text)
                if column:
                    lines = art.column_lines(text, w, last_full=q is not None and q < len(ps) - 1,
                                             indent=0.0 if q else 2.0)
                    if first and a["dateline"] and "nodl" not in opts:
                        dl = len(re.sub(r"\s", "", P(a["dateline"])))
                        if len(re.sub(r"\s", "", lines[0])) < dl:
                            counts["line break inside a dateline"] += 1
                    d = opts.get("dup")
                    if d and k == int(d.split(":")[0]):
                        j = int(d.split(":")[1])
                        lines.insert(j + 1, lines[j])
                        dups.append(re.sub(r"\s", "", lines[j]))
                        counts["line printed twice"] += 1
                    emit_lines(lines, glue)
                else:
                    emit(text, glue)
                    if "twice" in opts and k == int(opts["twice"]):
                        emit(text, glue)
                        dups.append(text)
                        counts["line printed twice"] += 1
        else:
            raise SystemExit(f"{src.name}: unknown layout command {cmdline!r}")

    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    gold_articles = []
    for a in page["articles"].values():
        g = {"kind": a["kind"]}
        for f in FIELDS:
            g[f] = P(a[f])
        g["subheads"] = [P(s) for s in a["subheads"]]
        g["paragraphs"] = [P(plain(p)) for p in a["paras"]]
        gold_articles.append({k: g[k] for k in ("kind",) + FIELDS[:7] + ("subheads", "paragraphs")})
    meta = {"page": page, "counts": counts, "chars": len(re.sub(r"\s", "", text))}
    gold = {"issue_date": page["date"],
            "issue_number": page.get("issue") or None,
            "page_count": int(page["count"]) if page.get("count") else None,
            "articles": gold_articles, "extras": extras, "duplicates": dups}
    return text, gold, meta


def order_gold(name: str, gold: dict) -> dict:
    g = {"source": name}
    g.update(gold)
    for a in g["articles"]:
        a_sorted = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                      "dateline", "continued", "subheads", "paragraphs")}
        a.clear()
        a.update(a_sorted)
    return g


# ---------------------------------------------------------------- README
def gold_counts(gold: dict) -> Counter:
    """Variants of the paper counted on the gold of one page."""
    c: Counter = Counter()
    for a in gold["articles"]:
        c["article kind: " + a["kind"]] += 1
        d, by = a["dateline"], a["byline"]
        if re.search(r"日讯", d):
            c["dateline with 讯"] += 1
        if re.search(r"日电", d):
            c["dateline with 电"] += 1
        if "全媒体记者" in d + by:
            c["byline or dateline with 全媒体记者"] += 1
        elif "记者" in d + by:
            c["byline or dateline with plain 记者"] += 1
        if "华声在线" in by or "新湖南客户端" in by + d:
            c["湖南日报·华声在线 / ·新湖南客户端 variant"] += 1
        if by.startswith("文丨"):
            c["byline 文丨X (副刊 essay)"] += 1
        if "评论员" in by:
            c["byline 湖南日报(全媒体)评论员"] += 1
        if a["kind"] == "photo" and ("摄" in by):
            c["photo credit … 摄"] += 1
        if "以上图片均由" in by:
            c["group photo credit 以上图片均由 … 摄"] += 1
        if a["subtitle"].startswith("——"):
            c["dash-led subtitle ——记…"] += 1
        if a["subtitle"].endswith("出席"):
            c["trailing short line 某某出席"] += 1
        if a["kicker"].startswith("“"):
            c["kicker that is a quotation"] += 1
        if " " in a["title"]:
            c["two-phrase title split at a space"] += 1
        if a["column"]:
            c["article with a column label"] += 1
        if a["subheads"]:
            c["crosshead (subhead)"] += len(a["subheads"])
        if not a["title"]:
            c["article the page prints no headline for"] += 1
    return c



def table(rows: list[list[str]], head: list[str]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    dest = Path(argv[1]) if len(argv) > 1 else HERE
    (dest / "pages").mkdir(parents=True, exist_ok=True)
    (dest / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((dest / "pages").glob("*.txt")) + list((dest / "gold").glob("*.json")):
        old.unlink()
    total: Counter = Counter()
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        text, gold, meta = compose_page(src)
        page = meta["page"]
        no = page["no"]
        name = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (dest / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        g = order_gold(name + ".txt", gold)
        (dest / "gold" / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(meta["counts"])
        total.update(gold_counts(gold))
        rows.append([f"`{name}.txt`", page["date"], page["pageno"], page["lay"], page["punct"],
                     len(gold["articles"]), meta["chars"], page.get("subjects", "").replace(",", "、")])
    phen = table([[k, v] for k, v in sorted(total.items()) if v], ["phenomenon", "count"])
    pages = table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles",
                         "characters", "subjects"])
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (dest / "README.md").write_text(tpl.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", pages),
                                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
