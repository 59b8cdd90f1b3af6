#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice is drawn from a random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUTS = "‖¦"                      # ‖ cut point, ¦ cut point inside a personal name
CLOSE = "，。、；：！？）》”』」,.;:!?)"   # no space after these when a line is spread
OPEN = "（《“『「("                 # no space before these when a line is spread
MIDP = "，、；：。,;:"               # compressible punctuation that makes a line spread

# Measured on the seeds (see README): column widths in em of the column-layout pages.
WIDTH = {"news": 17, "feature": 20, "commentary": 12, "continuation": 19, "other": 20,
         "photo": 40}
ISSUE_REF = (date(2025, 3, 27), 27314)   # seed 001 masthead: 2025-03-27 is No. 27314


def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if not c.isspace())


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def punct(s: str, mode: str) -> str:
    """Printed punctuation width of a page: full | mixed (half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Source text -> gold text: drop cut marks and printed-line marks."""
    for c in CUTS + "/":
        s = s.replace(c, "")
    return s


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"arts": {}, "order": [], "script": []}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("page:"):
            d, pg, lay, pu = line[5:].split()
            page.update(date=d, page=int(pg), layout=lay, punct=pu)
        elif line.startswith("== layout"):
            in_layout = True
        elif in_layout:
            page["script"].append(line)
        elif line.startswith("["):
            m = re.match(r"\[(\w+)\]\s+(\w+)(.*)", line)
            cur = {"id": m.group(1), "kind": m.group(2), "opts": m.group(3).split(),
                   "paras": [], "subheads": []}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][cur["id"]] = cur
            page["order"].append(cur["id"])
        elif line.startswith("p "):
            cur["paras"].append(line[2:])
        elif line.startswith("sub "):
            cur["paras"].append(line[4:])
            cur["subheads"].append(line[4:])
        else:
            k, _, v = line.partition(":")
            assert k.strip() in FIELDS, (path, line)
            cur[k.strip()] = v.strip()
    return page


def segments(art: dict) -> list[tuple[int, str]]:
    """(paragraph index, text) pieces of an article, split at its cut marks."""
    out = []
    for i, p in enumerate(art["paras"]):
        for piece in re.split(f"[{CUTS}]", p):
            out.append((i, piece))
    return out


def cut_kind(left: str, right: str, mark: str) -> str:
    if mark == "¦":
        return "cut inside a name"
    if re.search(r"[0-9.]$", left) and re.match(r"[^\W\d_]", right) and not re.match(r"[a-zA-Z]", right):
        return "cut between a figure and its unit"
    if re.match(r"[0-9]", right):
        return "cut between a verb and its figure"
    if left.count("“") > left.count("”") or left.count("《") > left.count("》"):
        return "cut inside a quoted term"
    return "cut inside a word or phrase"


# ---------------------------------------------------------------- column layout
def tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z.%]+|\s|.", s)


def wrap(text: str, first: float, width: float) -> list[str]:
    toks = tokens(text)
    lines, cur, w, lim = [], "", 0.0, first
    for t in toks:
        tw = em(t)
        if cur and w + tw > lim + 0.01 and not (t in CLOSE):
            lines.append(cur)
            cur, w, lim = "", 0.0, width
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def spread(line: str) -> str:
    toks = [t for t in tokens(line) if not t.isspace()]
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSE or b in OPEN or a in "（《(":
            out += b
        else:
            out += " " + b
    return out


def number_spaces(line: str, rng: random.Random, tally: Counter) -> str:
    toks = tokens(line)
    out = ""
    for i, t in enumerate(toks):
        if re.match(r"[0-9]", t):
            if out and not out.endswith((" ", "“", "（", "(")) and rng.random() < 0.8:
                out += " "
                tally["space before a number run"] += 1
            if t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                t = t[:-1] + " %"
                tally["glyph-gap space before %"] += 1
            out += t
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and re.match(r"[\u4e00-\u9fff]", nxt) and rng.random() < 0.35:
                out += " "
                tally["space after a number run"] += 1
        elif t == "“" and out and rng.random() < 0.12:
            out += "“ "
            tally["space after an opening quote"] += 1
        elif t in "，、；。" and out and not out.endswith(" ") and rng.random() < 0.03:
            out += " " + t
            tally["glyph-gap space before full-width punctuation"] += 1
        else:
            out += t
    return out


def column_lines(art, segs, seg_range, rng, tally, lead=""):
    """Printed lines of body segments a..b of an article in the column layout."""
    a, b = seg_range
    width = float(art.get("width") or WIDTH.get(art["kind"], 17))
    out = []
    for k in range(a, b + 1):
        pi, text = segs[k]
        starts_para = k == 0 or segs[k - 1][0] != pi
        ends_para = k == len(segs) - 1 or segs[k + 1][0] != pi
        first = width - 2 if starts_para else width
        if k == 0 and art["dateline"]:
            dl = art["dateline"]
            if "通讯员" in dl and rng.random() < 0.6:
                pre, _, post = dl.partition(" 通讯员")
                dlines = wrap(pre, width, width)
                last = dlines.pop()
                out_d = [spaced_date(l, rng, tally) for l in dlines] + [spaced_date(last, rng, tally)]
                tally["line break before 通讯员 in a dateline"] += 1
                out.extend(out_d)
                text = "通讯员" + post + text
                first = width
            else:
                text = dl + text
                first = width
                tally["dateline run into its first paragraph"] += 1
        if k == a and lead:
            text = lead + text
        lines = wrap(text, first, width)
        for j, ln in enumerate(lines):
            is_last = j == len(lines) - 1 and ends_para
            if "讯（" in ln or "讯(" in ln or "电（" in ln or "电(" in ln:
                ln = spaced_date(ln, rng, tally)
                if rng.random() < 0.3:
                    ln = " " + ln
            elif not is_last and sum(ln.count(c) for c in MIDP) >= 2 and rng.random() < 0.4:
                ln = spread(ln)
                tally["justified line spread with spaces"] += 1
            else:
                ln = number_spaces(ln, rng, tally)
            out.append(ln)
        if k < b and segs[k + 1][0] == pi:
            tally["paragraph split by a column break, nothing between"] += 1
    return out


def spaced_date(line: str, rng, tally) -> str:
    m = re.match(r"(.*?(?:日报|社))(\S*?\d+月\d+日)(.*)", line)
    if not m:
        return line
    pre, d, post = m.groups()
    if rng.random() < 0.6:
        d = re.sub(r"(\d+)", r" \1", d)
        tally["spaces inside a dateline's date"] += 1
    return pre + d + post


# ---------------------------------------------------------------- headlines
def head_lines(art, style: str, mode: str, tally: Counter, dups: list) -> list[str]:
    """style: parts separated by | (one printed line each); within a part, k t s c b
    name the column label, kicker, title, subtitle and byline joined by a space.
    'T' prints the title doubled on one line; a trailing '=' prints the part twice."""
    names = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
    out = []
    for part in style.split("|"):
        twice = part.endswith("=")
        part = part.rstrip("=")
        texts = []
        for ch in part.replace(" ", ""):
            if ch == "T":
                t = clean(punct(art["title"], mode))
                texts.append(t + t)
                dups.append(squash(t))
                tally["headline doubled on one line"] += 1
            else:
                texts.append(punct(art[names[ch]], mode))
        joined = " ".join(texts)
        if len(part) > 1 and "T" not in part:
            tally["headline parts bunched on one line"] += 1
        pieces = joined.split("/")
        if len(pieces) > 1:
            tally["headline printed over several lines"] += 1
            if len(pieces[-1].replace(" ", "")) <= 5:
                tally["headline's last words alone on a line"] += 1
        for pc in pieces:
            out.append(pc.replace("‖", ""))
        if twice:
            out.extend(pieces)
            dups.append(squash(joined.replace("/", "")))
            tally["headline drawn twice on two lines"] += 1
    return out


def default_style(art) -> str:
    parts = [c for c, f in (("c", "column"), ("k", "kicker"), ("t", "title"), ("s", "subtitle"))
             if art[f]]
    return "|".join(parts)


# ---------------------------------------------------------------- page build
def build_page(src: Path):
    page = parse(src)
    rng = random.Random(src.name)
    tally = Counter()
    mode, layout = page["punct"], page["script"]
    arts = page["arts"]
    segs = {k: segments(a) for k, a in arts.items()}
    printed = []          # list of (text, sep) ; sep '\n\n' or '\n' after
    extras, dups = [], []
    meta = {"issue_number": None, "page_count": None}
    body_seen = set()
    last_kind = None
    pending_lead = {}
    done = {k: set() for k in arts}

    def emit(text, sep="\n\n"):
        printed.append([text, sep])

    for cmd in layout:
        op, _, rest = cmd.partition(" ")
        if op == "mast":
            pieces = rest.split("|")
            for pc in pieces:
                emit(pc, "\n" if rng.random() < 0.3 else "\n\n")
                if " " in pc:
                    tally["masthead pieces merged on one line"] += 1
            tally["masthead pieces in drawing order"] += len(pieces)
            joined = "".join(p.replace(" ", "") for p in pieces)
            extras.append(joined)
            m = re.search(r"第(\d+)号", joined)
            meta["issue_number"] = m.group(1) if m else None
            m = re.search(r"今日(\d+)版", joined)
            meta["page_count"] = int(m.group(1)) if m else None
        elif op == "extra":
            pieces = rest.split("|")
            for pc in pieces:
                emit(pc)
            extras.append("".join(pieces).replace(" ", ""))
            tally["box lines (countdown, code prompt, label)"] += 1
        elif op == "head":
            aid, _, style = rest.partition(" ")
            art = arts[aid]
            if aid in body_seen:
                tally["headline printed after its body"] += 1
            if last_kind == "head":
                tally["headline bunched with another story's headline"] += 1
            for ln in head_lines(art, style or default_style(art), mode, tally, dups):
                emit(ln)
            last_kind = "head"
            continue
        elif op == "byline":
            art = arts[rest.strip()]
            pieces = punct(art["byline"], mode).split("/")
            if len(pieces) > 1:
                tally["line break inside a byline"] += 1
            for pc in pieces:
                emit(pc.strip())
        elif op == "lead":
            aid, _, txt = rest.partition(" ")
            pending_lead[aid] = txt
        elif op == "body":
            aid, _, rng_s = rest.partition(" ")
            a_, dash, b_ = (rng_s or "0-").partition("-")
            a_ = int(a_)
            b_ = int(b_) if b_ else (len(segs[aid]) - 1 if dash else a_)
            for k in range(a_, b_ + 1):
                assert k not in done[aid], (src, aid, k)
                done[aid].add(k)
            art = arts[aid]
            sg = [(i, punct(t, mode)) for i, t in segs[aid]]
            lead = pending_lead.pop(aid, "")
            if page["layout"] == "column":
                for ln in column_lines(dict(art, dateline=punct(art["dateline"], mode)),
                                       sg, (a_, b_), rng, tally, lead):
                    emit(ln)
            else:
                for k in range(a_, b_ + 1):
                    text = sg[k][1]
                    if k == 0 and art["dateline"]:
                        text = punct(art["dateline"], mode) + text
                    if k == a_ and lead:
                        text = lead + text
                    emit(text)
                    if k < b_ and sg[k + 1][0] == sg[k][0]:
                        tally["paragraph split by a column break, nothing between"] += 1
            if aid in body_seen:
                tally["story continued after a piece of another story"] += 1
            body_seen.add(aid)
        elif op == "photo":
            aid, _, style = rest.partition(" ")
            art = arts[aid]
            caps = [punct(clean(p), mode) for p in art["paras"]]
            cred = punct(art["byline"], mode)
            done[aid].update(range(len(segs[aid])))
            if cred.startswith("以上图片"):
                tally["group photo credit"] += 1
            if style == "inline":
                for cap in caps[:-1]:
                    emit(cap)
                emit(caps[-1] + " " + cred)
                tally["photo credit run on after its caption"] += 1
            elif style == "right":
                for cap in caps:
                    if page["layout"] == "column":
                        for ln in wrap(cap, 40, 40):
                            emit(ln)
                    else:
                        emit(cap)
                emit(" " * 36 + cred)
                tally["credit right-aligned on a line of its own"] += 1
            else:
                for cap in caps:
                    emit(cap)
                emit(cred)
            body_seen.add(aid)
        elif op == "marker":
            emit(rest)
            tally["jump marker"] += 1
        elif op == "dup":
            txt = printed[-1][0]
            emit(txt)
            dups.append(squash(txt))
            tally["line printed twice"] += 1
        else:
            raise SystemExit(f"{src}: unknown layout op {op}")
        last_kind = op

    for aid, a in arts.items():
        if True:
            assert done[aid] == set(range(len(segs[aid]))), (src, aid, sorted(done[aid]))
    text = "".join(t + s for t, s in printed)
    text = "\n" + text.rstrip("\n") + "\n"
    # cut statistics
    for aid, a in arts.items():
        for p in a["paras"]:
            for m in re.finditer(f"[{CUTS}]", p):
                tally[cut_kind(p[:m.start()], p[m.end():], m.group())] += 1
    gold_arts = []
    for aid in page["order"]:
        a = arts[aid]
        g = {"kind": a["kind"]}
        for f in FIELDS:
            g[f] = clean(punct(a[f], mode))
        g["subheads"] = [clean(punct(s, mode)) for s in a["subheads"]]
        g["paragraphs"] = [clean(punct(p, mode)) for p in a["paras"]]
        gold_arts.append(g)
    gold = {"source": None, "issue_date": page["date"],
            "issue_number": meta["issue_number"], "page_count": meta["page_count"],
            "articles": gold_arts, "extras": extras, "duplicates": dups}
    return page, text, gold, tally


def subjects(page) -> str:
    return page.get("subjects", "")


def build_all():
    files = {}
    rows, total = [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        page, text, gold, tally = build_page(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(tally)
        subj = re.search(r"^# subjects: (.*)$", src.read_text(encoding="utf-8"), re.M)
        rows.append((name + ".txt", page["date"], page["page"], page["layout"], page["punct"],
                     len(gold["articles"]), len(re.sub(r"\s", "", text)),
                     subj.group(1) if subj else ""))
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0])))
    pt = "\n".join(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |"
                   for r in rows)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("@@PHENOMENA@@", "| phenomenon | count |\n|---|---|\n" + ph)
    readme = readme.replace("@@PAGES@@", "| file | issue date | page | layout | punctuation | "
                            "articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + pt)
    files["README.md"] = readme
    return files, rows, total


def main():
    files, rows, total = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages, {sum(r[5] for r in rows)} articles")


if __name__ == "__main__":
    main()
