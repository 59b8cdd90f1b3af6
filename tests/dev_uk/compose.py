#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every random choice comes from a random.Random seeded by
the source file's name, so a rebuild is byte-for-byte identical.

    python3 compose.py          # writes pages/, gold/, README.md
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- punctuation
CLOSE = set("，。、；：？！”’）》」,.;:?!)")
OPEN = set("“‘（《「(")
CUT = re.compile(r"¦([a-z%])")          # paragraph cut point with its kind
BREAK = "⏎"                              # forced print line break (never in gold)

MIXED = str.maketrans({"（": "(", "）": ")"})
HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"})


def punct(text: str, style: str) -> str:
    """Apply the page's punctuation width: full | mixed | half."""
    if style == "mixed":
        return text.translate(MIXED)
    if style == "half":
        return text.translate(HALF)
    return text


def clean(text: str) -> str:
    """Gold form of a source string: cut marks and forced breaks removed."""
    return CUT.sub("", text).replace(BREAK, "")


# ---------------------------------------------------------------- source format
def parse(path: Path) -> dict:
    """Read one page source (see README: the source format)."""
    page = {"meta": {}, "masthead": [], "articles": {}, "order": [], "layout": []}
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            head = line[1:].split()
            sect = head[0]
            if sect == "article":
                cur = {"id": head[1], "kind": "news", "column": "", "kicker": "", "title": "",
                       "subtitle": "", "byline": "", "dateline": "", "continued": "",
                       "paras": []}
                page["articles"][head[1]] = cur
                page["order"].append(head[1])
            continue
        if sect == "page":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif sect == "masthead":
            page["masthead"].append(line.strip())
        elif sect == "article":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                cur["paras"].append(("p", v))
            elif k == "h":
                cur["paras"].append(("h", v))
            else:
                cur[k] = v
        elif sect == "layout":
            page["layout"].append(line.strip())
    return page


def segments(art: dict) -> list[tuple[str, bool, bool]]:
    """Body pieces: (text, starts_paragraph, ends_paragraph) split at cut marks."""
    out = []
    for _, p in art["paras"]:
        parts = CUT.split(p)
        texts = parts[0::2]
        for i, t in enumerate(texts):
            out.append((t, i == 0, i == len(texts) - 1))
    return out


def cut_kinds(art: dict) -> list[str]:
    return [m for _, p in art["paras"] for m in CUT.findall(p)]


# ---------------------------------------------------------------- column layout
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×:]+|[\s]|.", re.S)


def tokens(text: str) -> list[str]:
    return [t for t in ASCII_RUN.findall(text)]


def width(tok: str) -> float:
    if tok.isspace():
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def isnum(tok: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", tok))


class Stats(Counter):
    pass


def wrap(text: str, w: float, first: float) -> list[list[str]]:
    """Greedy fill of column lines; closing punctuation may hang, opening may not end."""
    lines, cur, cw, lim = [], [], 0.0, first
    forced = set()
    for piece_i, piece in enumerate(text.split(BREAK)):
        if piece_i:
            forced.add(len(lines))
            lines.append(cur)
            cur, cw, lim = [], 0.0, w
        for tok in tokens(piece):
            tw = width(tok)
            if cur and cw + tw > lim and tok not in CLOSE:
                carry = []
                if cur and cur[-1] in OPEN:
                    carry = [cur.pop()]
                lines.append(cur)
                cur = carry
                cw = sum(width(t) for t in cur)
                lim = w
                if tok.isspace():
                    continue
            cur.append(tok)
            cw += tw
    if cur:
        lines.append(cur)
    return lines, forced


def render(line: list[str], spread: bool, rng: random.Random, st: Stats, style: dict) -> str:
    """Print a column line as the PDF extraction does."""
    line = [t for t in line]
    while line and line[-1].isspace():
        line.pop()
    while line and line[0].isspace():
        line.pop(0)
    out = ""
    if spread:
        st["justified line spread with spaces"] += 1
        for i, t in enumerate(line):
            if t.isspace():
                continue
            if out and not out.endswith(" "):
                prev = out[-1]
                if not (prev in CLOSE or prev in "（《(" or t in "）》)" or t in OPEN):
                    out += " "
            out += t
        return out
    for i, t in enumerate(line):
        if t.isspace():
            out += " " if out and not out.endswith(" ") else ""
            continue
        if isnum(t):
            if "%" in t and rng.random() < style["pct_gap"]:
                t = t.replace("%", " %")
                st["glyph gap before %"] += 1
            if out and not out.endswith(" ") and rng.random() < style["num_before"]:
                out += " "
                st["space around a number run"] += 1
            out += t
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if nxt and not nxt.isspace() and nxt not in CLOSE and rng.random() < style["num_after"]:
                out += " "
                st["space around a number run"] += 1
            continue
        if t in "，、。；" and out and not out.endswith(" ") and rng.random() < style["punct_gap"]:
            out += " "
            st["glyph gap before full-width punctuation"] += 1
        out += t
        if t == "“" and i + 1 < len(line) and rng.random() < style["quote_gap"]:
            out += " "
            st["space after an opening quote"] += 1
    return out.rstrip()


def column_text(text: str, w: float, first: float, rng, st, style, last_is_end=True,
                dl_len: int = 0) -> list[str]:
    lines, forced = wrap(text, w, first)
    if dl_len:
        # a line must not open with a 1-3 character tail of the dateline (the reader
        # could not place such a sliver): pull characters down from the line above
        off = 0
        for i, ln in enumerate(lines):
            n = sum(len(t) for t in ln)
            if i and off < dl_len < off + n:
                while len(re.sub(r"\s", "", text.replace(BREAK, "")[off:dl_len])) < 4 and lines[i - 1]:
                    tok = lines[i - 1].pop()
                    ln.insert(0, tok)
                    off -= len(tok)
            off += sum(len(t) for t in ln)
    out = []
    for i, ln in enumerate(lines):
        lw = sum(width(t) for t in ln)
        last = i == len(lines) - 1
        lim = first if i == 0 else w
        npunct = sum(1 for t in ln if t in "，、。；：")
        spread = False
        if not (last and last_is_end) and i not in forced:
            if lw < lim - 0.75:
                spread = True
            elif npunct >= 3 and rng.random() < style["spread3"]:
                spread = True
        out.append(render(ln, spread, rng, st, style))
    return out


# ---------------------------------------------------------------- page building
def page_style(rng: random.Random) -> dict:
    return {
        "num_before": rng.choice([0.5, 0.7, 0.9]),
        "num_after": rng.choice([0.3, 0.5, 0.8]),
        "pct_gap": 0.12,
        "punct_gap": 0.03,
        "quote_gap": 0.2,
        "spread3": 0.25,
    }


def build_page(path: Path) -> tuple[dict, str, dict, Stats]:
    """Return (meta, page text, gold dict without source, phenomenon counts)."""
    page = parse(path)
    meta = page["meta"]
    rng = random.Random(path.name)
    st = Stats()
    style = page_style(rng)
    ps = meta["punct"]
    layout = meta["layout"]
    arts = page["articles"]
    P = lambda s: punct(s, ps)  # noqa: E731

    out: list[tuple[str, bool]] = []      # (line, tight = no blank line before)
    extras: list[str] = []
    dups: list[str] = []
    first_seen: dict[str, int] = {}
    tight_next = False
    printed: dict[str, list[int]] = {k: [] for k in arts}

    def emit(line: str, aid: str | None = None):
        nonlocal tight_next
        out.append((line, tight_next))
        tight_next = False
        if aid and aid not in first_seen:
            first_seen[aid] = len(out)

    def head_parts(a):
        return [(k, a[k]) for k in ("kicker", "title", "subtitle") if a[k]]

    for cmd in page["layout"]:
        op, *args = cmd.split()
        rest = cmd[len(op):].strip()
        if op == "mast":
            for m in page["masthead"]:
                emit(m)
            st["masthead pieces"] += len(page["masthead"])
            extras.append("".join(m.strip() for m in page["masthead"]))
        elif op == "tight":
            tight_next = True
        elif op == "extra":
            parts = rest.split("|")
            for i, p in enumerate(parts):
                if i:
                    tight_next = rng.random() < 0.5
                emit(P(p))
            extras.append(P("".join(parts)))
            st["box line (countdown, code prompt, notice frame)"] += 1
        elif op == "marker":
            emit(P(rest))
            st["jump marker"] += 1
        elif op == "col":
            emit(P(arts[args[0]]["column"]), args[0])
            st["column label on its own line"] += 1
        elif op == "head":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else ("lines" if layout == "column" else "join")
            parts = head_parts(a)
            if mode == "join":
                emit(P(" ".join(clean(v) for _, v in parts)))
                if len(parts) > 1:
                    st["headline stack printed on one line"] += 1
            else:
                for k, v in parts:
                    pieces = P(v).split(BREAK)
                    for i, pc in enumerate(pieces):
                        if i:
                            tight_next = True
                            st["headline wrapped, last word alone"] += 1
                        emit(pc.strip())
                    if mode == "double" and k == "title":
                        out[-1] = (out[-1][0] + clean(P(v)), out[-1][1])
                        dups.append(clean(P(v)))
                        st["headline doubled on one line"] += 1
                    if mode == "twin" and k == "title":
                        emit(clean(P(v)))
                        dups.append(clean(P(v)))
                        st["headline printed on two identical lines"] += 1
            if args[0] in first_seen:
                st["headline printed after its body"] += 1
        elif op == "byline":
            a = arts[args[0]]
            for i, pc in enumerate(P(a["byline"]).split(BREAK)):
                if i:
                    st["byline broken between names"] += 1
                emit(pc.strip(), args[0])
        elif op == "body":
            aid, rng_s = args[0], args[1]
            a = arts[aid]
            w = float(args[2]) if len(args) > 2 else 17
            segs = segments(a)
            lo, _, hi = rng_s.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else len(segs) - 1
            for si in range(lo, hi + 1):
                printed[aid].append(si)
                text, starts, ends = segs[si]
                text = P(text)
                if si == 0 and a["dateline"]:
                    dl = P(a["dateline"])
                    if BREAK in dl:
                        st["line break inside a dateline"] += 1
                    text = dl + text
                if layout == "paragraph":
                    emit(clean(text), aid)
                    if not ends:
                        st["paragraph cut mid-sentence"] += 1
                else:
                    dl_len = len(P(clean(a["dateline"]))) if si == 0 else 0
                    lines = column_text(text, w, w - 2 if starts else w, rng, st, style, ends, dl_len)
                    if si == 0 and a["dateline"] and rng.random() < 0.5:
                        lines[0] = " " + lines[0]
                    for ln in lines:
                        emit(ln, aid)
        elif op == "photo":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else "inline"
            w = float(args[2]) if len(args) > 2 else 44
            if mode == "group":
                # several captions, one group credit (以上图片均由 … 摄)
                if a["title"]:
                    emit(P(clean(a["title"])), args[0])
                for _, cp in a["paras"]:
                    for ln in column_text(P(clean(cp)), w, w, rng, st, style) if layout == "column" \
                            else [P(clean(cp))]:
                        emit(ln, args[0])
                emit(P(a["byline"]))
                st["group photo credit"] += 1
                continue
            cap = P(clean(a["paras"][0][1]))
            cred = P(a["byline"])
            if a["title"]:
                emit(P(clean(a["title"])), args[0])
            if mode == "inline":
                if layout == "column":
                    lines = column_text(cap, w, w, rng, st, style)
                    lines[-1] += " " + cred
                    for ln in lines:
                        emit(ln, args[0])
                else:
                    emit(cap + ("" if rng.random() < 0.5 else " ") + cred, args[0])
            else:
                if layout == "column":
                    for ln in column_text(cap, w, w, rng, st, style):
                        emit(ln, args[0])
                else:
                    emit(cap, args[0])
                if mode == "right":
                    emit(" " * int(w * 2 - len(cred) * 2) + cred)
                    st["credit right-aligned on its own line"] += 1
                elif cred:
                    emit(cred)
        elif op == "dup":
            line = out[-1][0]
            emit(line)
            dups.append(re.sub(r"\s+", "", line))
            st["line printed twice"] += 1
        else:
            raise ValueError(f"{path.name}: unknown layout op {op!r}")

    text = "\n\n" if meta.get("lead_blank") == "yes" else ""
    for i, (ln, tight) in enumerate(out):
        if i:
            text += "\n" if tight else "\n\n"
        text += ln
    text += "\n"

    for aid, a in arts.items():
        if a["kind"] == "photo" and len(a["paras"]) != 1 and "以上图片" not in a["byline"]:
            raise ValueError(f"{path.name}: photo {aid} must have one caption paragraph")
        if a["kind"] != "photo" and printed[aid] != list(range(len(segments(a)))):
            raise ValueError(f"{path.name}: {aid} body printed as {printed[aid]}")
    # gold
    order = sorted(arts, key=lambda k: first_seen.get(k, 10**6))
    garts = []
    for aid in order:
        a = arts[aid]
        paras = [P(clean(p)) for _, p in a["paras"]]
        garts.append({
            "kind": a["kind"], "column": P(a["column"]),
            "kicker": P(clean(a["kicker"])), "title": P(clean(a["title"])),
            "subtitle": P(clean(a["subtitle"])), "byline": P(clean(a["byline"])),
            "dateline": P(clean(a["dateline"])), "continued": a["continued"],
            "subheads": [P(clean(p)) for k, p in a["paras"] if k == "h"],
            "paragraphs": paras,
        })
        for c in cut_kinds(a):
            st[CUT_NAMES.get(c, c)] += 1
    gold = {
        "issue_date": meta["date"],
        "issue_number": meta.get("issue_number") or None,
        "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
        "articles": garts, "extras": extras, "duplicates": dups,
    }
    for a in garts:
        st[f"article kind {a['kind']}"] += 1
        n = sum(1 for k in ("kicker", "title", "subtitle") if a[k])
        if n:
            st[f"headline stack of {n} part(s)"] += 1
        if a["subtitle"].startswith("——"):
            st["dash-led subtitle"] += 1
        if " " in a["title"]:
            st["two-phrase title split at a space"] += 1
        if a["column"]:
            st["article with a column label"] += 1
        by, dl = a["byline"], a["dateline"]
        if "华声在线" in by + dl:
            st["byline 湖南日报·华声在线记者"] += 1
        if "新湖南客户端" in by:
            st["byline 湖南日报·新湖南客户端记者 … 报道"] += 1
        if by.startswith("文丨"):
            st["byline 文丨X (副刊)"] += 1
        if "评论员" in by:
            st["byline 湖南日报(全媒体)评论员"] += 1
        if a["kind"] == "commentary" and by and "评论员" not in by:
            st["commentary signed with a bare name"] += 1
        if a["kind"] == "feature" and by.startswith("湖南日报"):
            st["feature byline alone on its first line"] += 1
        if "全媒体记者" in dl:
            st["dateline with 全媒体记者"] += 1
        elif "记者" in dl:
            st["dateline with 记者 (older style)"] += 1
        if "星期" in dl:
            st["dateline with a weekday"] += 1
        if "以上图片均由" in by:
            pass
        elif a["kind"] == "photo" and by.endswith("摄"):
            st["photo credit … 摄"] += 1
        elif a["kind"] == "photo" and "湖南图片库" in by:
            st["photo credit … 摄（湖南图片库）"] += 1
        if a["dateline"]:
            st["dateline with 电" if "电" in a["dateline"].split("（")[0].split("(")[0] else "dateline with 讯"] += 1
    return meta, text, gold, st


CUT_NAMES = {
    "v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
    "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
    "%": "cut inside a percentage", "d": "cut inside a date",
    "c": "paragraph split by a column break, nothing between", "s": "cut at a plain point",
}


def nonspace(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build() -> dict[str, bytes]:
    """Everything compose writes, as {relative path: bytes}."""
    files: dict[str, bytes] = {}
    rows, total = [], Stats()
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, text, gold, st = build_page(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{meta['file_no']}_{h}"
        g = {"source": name + ".txt"}
        g.update(gold)
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(st)
        rows.append((name + ".txt", meta, len(gold["articles"]), nonspace(text)))
    files["README.md"] = readme(rows, total).encode("utf-8")
    return files


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, meta, n, chars in rows:
        pg.append(f"| {name} | {meta['date']} | {meta['page']} | {meta['layout']} | {meta['punct']} "
                  f"| {n} | {chars} | {meta.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            p.write_bytes(data)
    print(f"composed {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
