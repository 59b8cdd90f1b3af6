#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold annotations (gold/)
and README.md (from README.in).  Standard library only; deterministic: every small
choice comes from random.Random seeded by the source file name.

    python3 compose.py

Source format: see README.in ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs")
CLOSE = set("、，。；：！？”’,;:!?")        # may not start a line; glyph at the left
OPEN = set("“‘")                            # may not end a line; glyph at the right
BRACKET_OPEN = set("（《(〈")
BRACKET_CLOSE = set("）》)〉")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%℃·+\-/]*%?")
CJK = re.compile(r"[\u3400-\u9fff]")

PUNCT_STYLES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},                      # full commas, half brackets
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}


# ----------------------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "layout": []}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            name = line[3:].split()
            if name[0] == "layout":
                section = "layout"
                cur = None
                continue
            section = "art"
            cur = {"id": name[0], "kind": name[1] if len(name) > 1 else "news",
                   "paras": [], "opts": {}}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                      "continued", "marker", "width", "credit_style", "dl"):
                cur.setdefault(k, "")
            page["arts"][cur["id"]] = cur
            continue
        if section == "layout":
            page["layout"].append(line.strip().split(None, 2))
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "meta":
            page["meta"].setdefault(key, []).append(val)
        elif key == "p":
            cur["paras"].append(("p", val))
        elif key == "h":
            cur["paras"].append(("h", val))
        else:
            cur[key] = val
    m = page["meta"]
    page["meta"] = {k: (v if k in ("box", "mast") else v[0]) for k, v in m.items()}
    return page


def conv(s: str, style: str) -> str:
    for a, b in PUNCT_STYLES[style].items():
        s = s.replace(a, b)
    return s


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------------------- column flow
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tok_width(t: str) -> float:
    if t == " ":
        return 0.5
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in t)


def is_num(t: str) -> bool:
    return bool(NUMRUN.fullmatch(t))


def flow(toks: list[str], width: float, first_indent: float = 0.0):
    """Greedy fill of one paragraph into lines of `width` em.  Returns a list of
    (tokens, short) where short says the line fell >= 1 em short of the measure
    and is not the paragraph's last line (it is then printed justified)."""
    lines, cur, w, squeezed = [], [], first_indent, 0
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = tok_width(t)
        if t in CLOSE and any(x in CLOSE for x in cur):
            tw = 0.5                        # second and later stops on a line squeeze
        if w + tw <= width + 1e-9 or not cur:
            cur.append(t)
            w += tw
            i += 1
            continue
        # break before t; kinsoku: a closing stop may not start the next line
        if t in CLOSE and len(cur) > 1:
            back = cur.pop()
            w -= tok_width(back)
            i -= 1
        while len(cur) > 1 and cur[-1] in OPEN | BRACKET_OPEN:
            cur.pop()
            i -= 1
            w = sum(tok_width(x) for x in cur)
        lines.append((cur, width - w >= 1.0))
        cur, w = [], 0.0
        while i < len(toks) and toks[i] == " ":
            i += 1
    if cur:
        lines.append((cur, False))
    return lines


def render_line(toks, spread: bool, numsp: str, rng: random.Random, counts: Counter) -> str:
    """One printed column line.  A justified (spread) line shows a space between
    glyphs, none where a stop's blank half was squeezed away: stops (、，。”) take a
    space before and none after, opening quotes none before and one after, brackets
    none on either side.  Ordinary lines show spaces around number runs (page style)."""
    out = ""
    for j, t in enumerate(toks):
        prev = toks[j - 1] if j else None
        if t == " ":
            out += " "
            continue
        if j and prev == " ":
            pass
        elif spread and j:
            if prev in OPEN:
                out += " "
            elif (prev in CLOSE or prev in BRACKET_OPEN or prev in BRACKET_CLOSE
                  or t in OPEN or t in BRACKET_OPEN or t in BRACKET_CLOSE):
                pass
            else:
                out += " "
        elif j:
            if is_num(t) and numsp in ("both", "before") and CJK.match(prev[-1]):
                out += " "
                counts["spaces around number runs"] += 1
            elif is_num(prev) and numsp == "both" and CJK.match(t[0]):
                out += " "
            elif t in "、，" and rng.random() < 0.03:
                out += " "
                counts["glyph-gap space before a stop"] += 1
            elif prev in OPEN and rng.random() < 0.03:
                out += " "
                counts["space after an opening quote"] += 1
        if not spread and t.endswith("%") and len(t) > 1 and rng.random() < 0.2:
            t = t[:-1] + " %"
            counts["glyph-gap space before %"] += 1
        out += t
    if spread:
        counts["justified lines spread with spaces"] += 1
    return out


def column_lines(art, page_style, rng, counts):
    """Flow an article's dateline and paragraphs into column lines.  A ¦ in a
    paragraph is a column break: the line ends there unjustified and the text goes
    on at the top of the next column.  Returns (lines, cut indices)."""
    width = float(art["width"] or page_style["width"])
    numsp = page_style["numsp"]
    lines, cuts = [], []
    dl = art["dateline_p"]
    first = True
    for kind, text in art["paras_p"]:
        if kind == "h":
            lines.append(text.replace("¦", ""))
            continue
        parts = text.split("¦")
        for pi, part in enumerate(parts):
            if pi:
                cuts.append(len(lines))
            toks = tokens(part)
            if first and dl:
                words = []
                for wd in dl.split(" "):
                    # a title of office stays with the name it introduces
                    if words and words[-1] in ("记者", "通讯员", "全媒体记者"):
                        words[-1] += " " + wd
                    else:
                        words.append(wd)
                if len(words) > 2 and len(nows(words[-1])) < 4:
                    words[-2:] = [words[-2] + " " + words[-1]]
                dtoks = []
                for k, wd in enumerate(words):
                    if k:
                        dtoks.append(" ")
                    if k == 0:
                        for m in re.finditer(r"[0-9]+[月日][讯电]?|.", wd):
                            if m.group()[0].isdigit() and numsp != "none" and dtoks:
                                dtoks.append(" ")
                            dtoks.append(m.group())
                    else:
                        dtoks.append(wd)      # a name does not break
                if art["dl"] == "own":
                    for toks_l, short in flow(dtoks, width):
                        lines.append(render_line(toks_l, False, numsp, rng, counts).rstrip())
                else:
                    toks = dtoks + toks
            n_dl = len(dtoks) if (first and dl and art["dl"] != "own") else 0
            first = False
            used = 0
            for toks_l, short in flow(toks, width):
                # a line still inside the dateline is never justified (the seeds
                # print " 湖南日报 3月 8日讯（全媒体记者" short and plain)
                if used < n_dl:
                    short = False
                used += len(toks_l)
                lines.append(render_line(toks_l, short, numsp, rng, counts).rstrip())
            if re.search(r"[0-9]$", lines[-1]) and pi < len(parts) - 1:
                counts["figure cut from its unit"] += 1
    if dl and art["dl"] != "own":
        want, got = nows(dl), ""
        for x in lines:
            got += nows(x)
            if len(got) >= len(want):
                break
            rest = want[len(got):]
            if rest.startswith("通讯员"):
                counts["dateline broken before 通讯员"] += 1
            elif "讯" in rest[:6] or "电" in rest[:6]:
                counts["dateline broken inside its date"] += 1
            else:
                counts["dateline broken between names"] += 1
    for x, y in zip(lines, lines[1:]):
        if re.search(r"[0-9]$", x) and CJK.match(y[:1] or " "):
            counts["figure cut from its unit at a line end"] += 1
    return lines, cuts


# ----------------------------------------------------------------------------- page
def compose(path: Path) -> tuple[str, dict, dict]:
    rng = random.Random(path.name)
    src = parse_source(path)
    meta = src["meta"]
    style = meta.get("punct", "full")
    layout_kind = meta["layout"]
    counts: Counter = Counter()
    page_style = {"width": meta.get("width", "17"), "numsp": meta.get("numsp", "none")}

    arts = src["arts"]
    for a in arts.values():
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                  "continued", "marker"):
            a[k + "_p"] = conv(a[k], style)
        a["paras_p"] = [(k, conv(t, style)) for k, t in a["paras"]]
        a["pos"] = 0          # pieces / lines consumed
        if layout_kind == "column":
            a["lines"] = None
        else:
            pieces = []
            for pi, (k, t) in enumerate(a["paras_p"]):
                parts = t.split("¦")
                for j, part in enumerate(parts):
                    if pi == 0 and j == 0 and a["dateline_p"]:
                        part = a["dateline_p"] + part
                    pieces.append(part.strip())
                for j in range(1, len(parts)):
                    left, right = parts[j - 1], parts[j]
                    before = "".join(parts[:j])
                    if re.search(r"[0-9]$", left) and not right[:1].isdigit():
                        kind = "paragraph cut between a figure and its unit"
                    elif right[:1].isdigit():
                        kind = "paragraph cut between a verb and its figure"
                    elif before.count("“") > before.count("”"):
                        kind = "paragraph cut inside a quoted term"
                    else:
                        kind = "paragraph cut inside a word or a name"
                    counts[kind] += 1
            a["pieces"] = pieces

    out: list[str] = []          # printed blocks; joined with blank lines
    extras: list[str] = []
    dups: list[str] = []
    emitted_body: list[str] = []

    def emit(s: str, tight_with_prev: bool = False):
        if tight_with_prev and out:
            out[-1] = out[-1] + "\n" + s
        else:
            out.append(s)

    prev_op = ""
    for item in src["layout"]:
        op = item[0]
        arg = item[1] if len(item) > 1 else ""
        opt = item[2] if len(item) > 2 else ""
        a = arts.get(arg)
        if op == "mast":
            pieces = meta["mast"][0].split("|")
            for p in pieces:
                emit(p.strip())
            extras.append(nows("".join(pieces)))
            counts["masthead pieces in drawing order"] += len(pieces)
        elif op == "box":
            box = meta["box"][int(arg) - 1]
            parts = [x.strip() for x in box.split("|")]
            for p in parts:
                emit(p)
            extras.append(nows(conv("".join(parts), "full")))
            counts["short box lines (countdown, code prompt)"] += 1
        elif op == "head":
            if a["pos"]:
                counts["headline printed after (part of) its body"] += 1
            if prev_op == "head":
                counts["headline bunched with another story's headline"] += 1
            parts = [a["kicker_p"], a["title_p"], a["subtitle_p"]]
            parts = [p for p in parts if p]
            opts = opt.split(",") if opt else []
            tight = "tight" in opts
            if "join" in opts:
                emit(" ".join(parts))
                counts["headline stack printed on one line"] += 1
            else:
                for p in parts:
                    if p == a["title_p"] and "split2" in opts and " " in p:
                        x, y = p.split(" ", 1)
                        emit(x, tight)
                        emit(y, True if tight else False)
                        counts["two-phrase title split at its space"] += 1
                    elif p == a["title_p"] and "orphan" in opts:
                        emit(p[:-3], tight)
                        emit(p[-3:], tight)
                        counts["headline's last word alone on a line"] += 1
                    elif p == a["kicker_p"] and "kick2" in opts:
                        cut = len(p) // 2
                        emit(p[:cut], tight)
                        emit(p[cut:], tight)
                        counts["kicker broken over two lines"] += 1
                    else:
                        emit(p, tight)
                    tight = "tight" in opts
            if "double" in opts:
                emit(a["title_p"] + " " + a["title_p"])
                dups.append(nows(a["title_p"]))
                counts["headline drawn twice"] += 1
            if "twice" in opts:
                emit(a["title_p"])
                dups.append(nows(a["title_p"]))
                counts["headline drawn twice"] += 1
        elif op == "col":
            emit(a["column_p"])
            counts["column label on its own line"] += 1
        elif op == "by":
            b = a["byline_p"]
            if opt == "split" and " 通讯员" in b:
                x, y = b.split(" 通讯员", 1)
                emit(x)
                emit("通讯员" + y)
                counts["byline broken before 通讯员"] += 1
            elif opt == "names" and " " in b:
                x, y = b.split(" ", 1)
                emit(x)
                emit(y)
                counts["byline broken between its parts"] += 1
            else:
                emit(b)
        elif op == "body":
            if layout_kind == "column":
                if a["lines"] is None:
                    a["lines"], a["cuts"] = column_lines(a, page_style, rng, counts)
                left = len(a["lines"]) - a["pos"]
                if opt == "¦":
                    n = min(c for c in a["cuts"] if c > a["pos"]) - a["pos"]
                elif opt.endswith("%"):
                    n = round(len(a["lines"]) * int(opt[:-1]) / 100)
                else:
                    n = int(opt) if opt else left
                chunk = a["lines"][a["pos"]:a["pos"] + n]
                a["pos"] += n
                if opt:
                    counts["column break inside a story"] += 1
            else:
                n = int(opt) if opt else len(a["pieces"]) - a["pos"]
                chunk = a["pieces"][a["pos"]:a["pos"] + n]
                a["pos"] += n
            for line in chunk:
                emit(line)
            emitted_body.extend(chunk)
        elif op == "dup":
            n = int(arg)
            for line in emitted_body[-n:]:
                emit(line)
                dups.append(nows(line))
            counts["lines printed twice"] += n
        elif op == "marker":
            emit(a["marker_p"])
            counts["jump markers"] += 1
        elif op == "photo":
            first_block = len(out)
            cap = "".join(t for k, t in a["paras_p"])
            credit = a["byline_p"]
            if a["title_p"]:
                emit(a["title_p"])
            if opt == "right":
                emit(cap)
                emit(" " * 36 + credit)
                counts["credit right-aligned on its own line"] += 1
            elif opt == "own" or (opt == "" and not credit):
                emit(cap)
                if credit:
                    emit(credit)
            else:
                emit((cap + " " + credit) if credit else cap)
            if layout_kind == "paragraph":
                out[first_block] = "\n\n" + out[first_block]
        elif op == "extra":
            t = arg + ((" " + opt) if opt else "")
            emit(t)
            extras.append(nows(t))
            counts["short box lines (countdown, code prompt)"] += 1
        else:
            raise SystemExit(f"{path.name}: unknown layout item {item}")
        prev_op = op

    for a in arts.values():
        need = len(a["lines"]) if layout_kind == "column" and a["lines"] is not None else (
            len(a.get("pieces", [])) if layout_kind == "paragraph" else 0)
        if a["kind"] != "photo" and a["pos"] != need:
            raise SystemExit(f"{path.name}: {a['id']} body not fully laid out ({a['pos']}/{need})")

    text = "\n\n".join(out)
    if layout_kind == "paragraph":
        text = "\n\n" + text
    else:
        text = text + "\n"

    gold_arts = []
    for a in arts.values():
        paras = []
        subheads = []
        for k, t in a["paras_p"]:
            paras.append(nows(t.replace("¦", "")))
            if k == "h":
                subheads.append(t.strip())
        g = OrderedDict()
        g["kind"] = a["kind"]
        g["column"] = a["column_p"]
        g["kicker"] = a["kicker_p"]
        g["title"] = a["title_p"]
        g["subtitle"] = a["subtitle_p"]
        g["byline"] = a["byline_p"]
        g["dateline"] = a["dateline_p"]
        g["continued"] = a["continued_p"]
        g["subheads"] = subheads
        g["paragraphs"] = paras
        gold_arts.append(g)
        if a["kind"] == "photo":
            counts["photo captions"] += 1
    gold = OrderedDict()
    gold["issue_date"] = meta["date"]
    gold["issue_number"] = meta.get("issue") or None
    gold["page_count"] = int(meta["pages"]) if meta.get("pages") else None
    gold["articles"] = gold_arts
    gold["extras"] = extras
    gold["duplicates"] = dups
    return text, gold, {"meta": meta, "counts": counts, "arts": arts}


def main() -> None:
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, total = [], Counter()
    for i, path in enumerate(sorted(SRC.glob("p*.txt")), 1):
        text, gold, info = compose(path)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        g = OrderedDict([("source", f"{name}.txt")])
        g.update(gold)
        (GOLD / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta = info["meta"]
        total.update(info["counts"])
        n_chars = len(nows(text))
        rows.append(f"| `{name}.txt` | {meta['date']} | {meta['page']} | {meta['layout']} | "
                    f"{meta.get('punct', 'full')} | {len(gold['articles'])} | {n_chars} | "
                    f"{meta.get('subjects', '')} |")
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("@@PAGES@@", "\n".join(rows)).replace("@@PHENOMENA@@", phen)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
