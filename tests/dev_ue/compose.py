#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages, gold annotations and README.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only. Every small choice comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
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
BR = "¦"          # forced line break (dateline / byline / headline piece)
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×\-/]+")
NO_SPACE_AFTER = set("，。、；：？！）》”’…—")
NO_SPACE_BEFORE = set("“‘（《")
CLOSING = set("，。、；：？！）》”’%")
CUT_TAGS = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "m": "cut inside an amount of money",
    "c": "paragraph split by a column break, nothing between",
    "s": "cut elsewhere in a sentence",
}


# ----------------------------------------------------------------- parsing
def conv(text: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half (,();:)."""
    if style in ("full", "mixed"):
        text = text.replace(",", "，").replace(";", "；")
        text = re.sub(r"(?<![A-Za-z0-9]):", "：", text)
    if style == "full":
        text = text.replace("(", "（").replace(")", "）")
    if style in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@page"):
            section, cur = "page", None
            continue
        if line.startswith("@layout"):
            section, cur = "layout", None
            continue
        if line.startswith("@art "):
            section = "art"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": [], "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "marker": "", "credit": "", "paras": []}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if section == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "page":
            page["meta"][key] = val
        elif key == "kicker":
            cur["kicker"].append(val)
        elif key in ("p", "h"):
            cur["paras"].append((key, val))
        elif key in cur and key not in ("id", "paras") or key in ("width", "inline_marker"):
            cur[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown line {line[:30]!r}")
    style = page["meta"].get("punct", "full")
    for a in page["arts"].values():
        for k in ("column", "title", "subtitle", "byline", "dateline", "continued",
                  "marker", "credit"):
            a[k] = conv(a[k], style)
        a["kicker"] = [conv(k, style) for k in a["kicker"]]
        a["paras"] = [(t, conv(v, style)) for t, v in a["paras"]]
    page["layout"] = [conv(x, style) for x in page["layout"]]
    return page


def pieces_of(art: dict) -> list[dict]:
    """Body pieces: paragraphs split at |x cut marks (x names the kind of cut)."""
    out = []
    for pi, (typ, text) in enumerate(art["paras"]):
        parts = re.split(r"\|([a-z])", text)
        texts, tags = parts[0::2], parts[1::2]
        for k, t in enumerate(texts):
            out.append({"para": pi, "type": typ, "text": t, "first": k == 0,
                        "last": k == len(texts) - 1, "tag": tags[k] if k < len(tags) else ""})
    return out


def clean_para(s: str) -> str:
    s = s.replace(BR, "")
    s = re.sub(r"\|[a-z]", "", s)
    return re.sub(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])", "", s)


def head_text(s: str) -> str:
    return s.replace("/", "").replace(BR, "")


# ------------------------------------------------------------ column layout
def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def tokens(s: str) -> list[str]:
    """Unbreakable units: ASCII runs, single CJK chars / punctuation."""
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


def wrap(s: str, width: float) -> list[str]:
    toks = tokens(s)
    lines, cur = [], []
    for t in toks:
        if cur and em("".join(cur)) + em(t) > width and t not in CLOSING:
            carry = []
            while cur and cur[-1] in NO_SPACE_BEFORE:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = carry
        cur.append(t)
    if cur:
        lines.append("".join(cur))
    return [ln.strip() for ln in lines]


def space_numbers(line: str, rng: random.Random, stats: Counter) -> str:
    def rep(m):
        run = m.group()
        if not re.search(r"[0-9]", run):
            return run
        a, b = m.start(), m.end()
        r = rng.random()
        left = a > 0 and line[a - 1] != " " and r < 0.85
        right = b < len(line) and r < 0.6 and line[b] not in "，。、；：）”%"
        if "%" in run and rng.random() < 0.2:
            run = run.replace("%", " %")
            stats["glyph-gap space before %"] += 1
        if left or right:
            stats["spaces around a number run"] += 1
        return (" " if left else "") + run + (" " if right else "")
    return ASCII_RUN.sub(rep, line)


def justify(line: str) -> str:
    toks = tokens(line.replace(" ", ""))
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a[-1] in NO_SPACE_AFTER or b[0] in NO_SPACE_BEFORE:
            out += b
        else:
            out += " " + b
    return out


def keep_dateline_tail(lines: list[str], seg_start: int, dl: int) -> list[str]:
    """A dateline's tail never starts a line with fewer than 4 characters: the
    editors' rule we follow so that every printed fragment stays findable.
    Positions count non-space characters."""
    pos = seg_start
    for i, ln in enumerate(lines):
        n = len(ln.replace(" ", ""))
        part = dl - pos
        if i > 0 and 0 < part < 4 and part < n:
            prev = tokens(lines[i - 1])
            moved = ""
            while prev and len(moved.replace(" ", "")) + part < 4:
                moved = prev.pop() + moved
            lines[i - 1] = "".join(prev).strip()
            lines[i] = moved.strip() + ln
            break
        pos += n
    return lines


def column_lines(text: str, width: float, rng, stats, dl: int = 0) -> list[str]:
    """Wrap one piece of body text into printed column lines."""
    out = []
    segs = text.split(BR)
    start = 0
    for si, seg in enumerate(segs):
        lines = keep_dateline_tail(wrap(seg, width), start, dl)
        start += len(seg.replace(" ", ""))
        for li, ln in enumerate(lines):
            last = li == len(lines) - 1
            short = em(ln) < width - 1.0
            if not last and short:
                ln = justify(ln)
                stats["justified (spread) column line"] += 1
            else:
                ln = space_numbers(ln, rng, stats)
            out.append(ln)
        if si < len(segs) - 1:
            stats["forced break in dateline/byline"] += 1
    return out


# ------------------------------------------------------------------ layout
def compose_page(src: Path, stats: Counter):
    rng = random.Random(src.name)
    page = parse(src)
    meta, arts = page["meta"], page["arts"]
    layout = meta["layout"]
    width = float(meta.get("width", "18"))
    blocks: list[list[str]] = []
    extras, dups = [], []
    first_seen: list[str] = []
    pieces = {aid: pieces_of(a) for aid, a in arts.items()}
    nxt: dict[str, int] = {}

    def seen(aid):
        if aid not in first_seen:
            first_seen.append(aid)

    def add(lines):
        blocks.append(lines)

    def head_lines(a):
        parts = [k for k in a["kicker"]]
        if a["title"]:
            parts.append(a["title"])
        if a["subtitle"]:
            parts.append(a["subtitle"])
        return parts

    for d in page["layout"]:
        op, _, rest = d.partition(" ")
        args = rest.split()
        if op == "mast" or op == "box":
            pieces_ = rest.split(BR)
            if op == "mast":
                for pc in pieces_:
                    if "+" in pc:                       # lines drawn without a blank between
                        add(pc.split("+"))
                    else:
                        add([pc])
                stats["masthead pieces"] += len(pieces_)
            else:
                for pc in pieces_:
                    add([pc])
                stats["box line (countdown / prompt / framed label)"] += len(pieces_)
            extras.append(re.sub(r"\s+", "", rest.replace(BR, "").replace("+", "")))
        elif op == "head" or op == "heads" or op == "headdbl" or op == "head2":
            a = arts[args[0]]
            parts = head_lines(a)
            if layout == "column" or op == "heads":
                lines = []
                for p in parts:
                    lines += [x.strip() for x in p.split("/")]
                if len(a["title"].split("/")) > 1:
                    stats["headline broken over lines (last word alone / split at a space)"] += 1
                if op == "heads":
                    for ln in lines:
                        add([ln])
                else:
                    add(lines)
                stats["headline stack lines"] += len(lines)
            else:
                one = " ".join(head_text(p) for p in parts)
                if op == "headdbl":
                    add([one + " " + one])
                    dups.append(one)
                    stats["headline doubled on one line"] += 1
                elif op == "head2":
                    add([one])
                    add([one])
                    dups.append(one)
                    stats["headline printed on two identical lines"] += 1
                else:
                    add([one])
            if layout == "column" and op in ("headdbl", "head2"):
                t = head_text(a["title"])
                if op == "headdbl":
                    blocks[-1] = [x if head_text(x) != t else x + " " + x for x in blocks[-1]]
                    stats["headline doubled on one line"] += 1
                else:
                    add([t])
                    stats["headline printed on two identical lines"] += 1
                dups.append(t)
            if first_seen and args[0] not in first_seen:
                pass
            if args[0] in first_seen:
                stats["headline printed after (part of) its body"] += 1
            if arts[args[0]]["kind"] == "photo" and args[0] in first_seen:
                stats["photo title printed after its caption"] += 1
        elif op == "col":
            a = arts[args[0]]
            add([a["column"]])
            stats["column label line"] += 1
        elif op == "byline":
            a = arts[args[0]]
            parts = a["byline"].split(BR)
            if layout == "column":
                for p in parts:
                    add([p])
            else:
                add(parts)
            if len(parts) > 1:
                stats["byline broken over lines"] += 1
            seen(args[0])
        elif op == "marker":
            a = arts[args[0]]
            add([a["marker"]])
            extras.append(a["marker"])
            stats["jump marker"] += 1
        elif op == "body":
            aid = args[0]
            a = arts[aid]
            spec = args[1] if len(args) > 1 else "rest"
            if spec == "rest":
                lo, hi = nxt.get(aid, 0), len(pieces[aid]) - 1
            elif spec.startswith("+"):
                lo = nxt.get(aid, 0)
                hi = lo + int(spec[1:]) - 1
            else:
                lo, _, hi = spec.partition("-")
                lo = int(lo)
                hi = int(hi) if hi else lo
            if lo != nxt.get(aid, 0) or hi >= len(pieces[aid]):
                raise SystemExit(f"{src.name}: body {aid} {spec}: pieces out of order")
            nxt[aid] = hi + 1
            seen(aid)
            for k in range(lo, hi + 1):
                pc = pieces[aid][k]
                text = pc["text"]
                if k == 0 and a.get("inline_marker") == "1":
                    text = a["marker"] + text
                    extras.append(a["marker"])
                    stats["jump marker"] += 1
                if k == 0 and a["dateline"]:
                    text = a["dateline"] + text
                    if BR in a["dateline"]:
                        stats["line break inside a dateline"] += 1
                if pc["tag"]:
                    stats[CUT_TAGS[pc["tag"]]] += 1
                if layout == "column":
                    w = float(a.get("width") or width)
                    if pc["type"] == "h":
                        add([text])
                    else:
                        dl = len(re.sub(r"\s", "", a["dateline"].replace(BR, ""))) if k == 0 else 0
                        for ln in column_lines(text, w, rng, stats, dl):
                            add([ln])
                else:
                    add(text.split(BR))
        elif op == "photo":
            aid = args[0]
            a = arts[aid]
            seen(aid)
            cap = a["paras"][0][1]
            mode = args[1] if len(args) > 1 else "inline"
            if layout == "column":
                lines = wrap(cap, float(meta.get("photo_width", "40")))
            else:
                lines = [cap]
            if mode == "inline":
                lines[-1] = lines[-1] + " " + a["credit"]
                for ln in lines:
                    add([ln])
            elif mode == "right":
                for ln in lines:
                    add([ln])
                add([" " * 24 + a["credit"]])
                stats["credit right-aligned on its own line"] += 1
            else:                                   # credit as its own block
                for ln in lines:
                    add([ln])
                add([a["credit"]])
        elif op == "credit":
            a = arts[args[0]]
            add([" " * 24 + a["credit"]])
            stats["credit right-aligned on its own line"] += 1
        elif op == "dupprev":
            last = blocks[-1][-1]
            add([last])
            dups.append(last.strip())
            stats["line printed twice"] += 1
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op!r}")

    for aid, a in arts.items():
        if a["kind"] != "photo" and nxt.get(aid, 0) != len(pieces[aid]):
            raise SystemExit(f"{src.name}: article {aid} printed {nxt.get(aid, 0)} of {len(pieces[aid])} pieces")

    for a in arts.values():
        if len(a["kicker"]) > 1:
            stats["headline with two kickers"] += 1
        if a["subtitle"].startswith(("（", "(")):
            stats["subtitle in brackets"] += 1
        if a["subtitle"].startswith("——"):
            stats["dash-led subtitle"] += 1
        if a["kind"] == "commentary" and a["title"].endswith(("？", "?")):
            stats["commentary whose title is a question"] += 1
        if a["kind"] == "continuation":
            stats["continuation (上接1版)"] += 1
        if a["dateline"] and "电" in a["dateline"].split("（")[0].split("(")[0]:
            stats["dateline with 电"] += 1

    # text of the page
    lead = "" if layout == "column" else "\n\n"
    tail = "\n\n\n" if layout == "column" else "\n"
    first = blocks[0][0]
    if layout == "column" and meta.get("lead_space") == "1":
        blocks[0][0] = " " + first
    text = lead + "\n\n".join("\n".join(b) for b in blocks) + tail

    # gold articles, in reading order of their bodies
    golds = []
    order = first_seen + [a for a in page["order"] if a not in first_seen]
    for aid in order:
        a = arts[aid]
        paras, subs = [], []
        if a["kind"] == "photo":
            paras = [clean_para(a["paras"][0][1])]
            byline = a["credit"]
        else:
            byline = " ".join(p.strip() for p in a["byline"].split(BR))
            for typ, v in a["paras"]:
                c = clean_para(v)
                paras.append(c)
                if typ == "h":
                    subs.append(v.replace(BR, " "))
        golds.append({
            "kind": a["kind"], "column": a["column"],
            "kicker": " ".join(a["kicker"]),
            "title": head_text(a["title"]), "subtitle": head_text(a["subtitle"]),
            "byline": byline, "dateline": a["dateline"].replace(BR, ""),
            "continued": a["continued"], "subheads": subs, "paragraphs": paras})
    return page, text, golds, extras, dups


def nospace_len(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    stats = Counter()
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        page, text, golds, extras, dups = compose_page(src, stats)
        meta = page["meta"]
        name = f"{meta['file_no']}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": golds, "extras": extras, "duplicates": dups}
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append((f"{name}.txt", meta["date"], meta["page"], meta["layout"],
                     meta.get("punct", "full"), len(golds), nospace_len(text),
                     meta.get("subjects", "")))
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(stats.items()))
    ph = "| phenomenon | count |\n|---|---|\n" + ph
    pg = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
    pg += "|---|---|---|---|---|---|---|---|\n"
    pg += "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (out / "README.md").write_text(tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
