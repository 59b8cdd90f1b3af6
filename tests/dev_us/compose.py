#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages, gold annotations and README.md.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice comes from a random.Random seeded by the
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！）》”’…—,.;:?!)")
OPEN = set("“‘（《(")
TIGHT = set("《》（）()")          # spread lines put no space next to these
CUT_TAGS = {"v": "between a verb and its figure", "u": "between a figure and its unit", "w": "inside a word",
            "q": "inside a quoted term", "n": "inside a name", "p": "inside a percentage"}

# ---------------------------------------------------------------- source reading


def parse_source(path: Path) -> dict:
    page = {"articles": {}, "order": [], "layout_cmds": [], "name": path.stem}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("@layout"):
            in_layout = True
            continue
        if in_layout:
            page["layout_cmds"].append(line.strip())
            continue
        if line.startswith("== "):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "paras": [], "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "", "width": "",
                   "nums": "none"}
            page["articles"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("| "):
            cur["paras"].append(line[2:])
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            page[key] = val
        else:
            cur[key] = val
    return page


def punct(page: dict, s: str) -> str:
    style = page.get("punct", "full")
    # sources may be typed with either width; normalise, then print in the page's style
    s = s.replace(",", "，").replace(";", "；").replace("(", "（").replace(")", "）")
    s = re.sub(r"(?<![0-9A-Za-z]):", "：", s)
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a paragraph: cut marks and subhead marks removed, no spaces."""
    s = re.sub(r"¦[a-z]?", "", s)
    if s.startswith("## "):
        s = s[3:]
    return re.sub(r"\s+", "", s)


def pieces_of(art: dict) -> list[list[tuple[str, bool, bool]]]:
    """Split the article's paragraphs at cut marks into pieces; a piece is a list of
    (fragment, starts_paragraph, ends_paragraph)."""
    pieces, cur = [], []
    for para in art["paras"]:
        sub = para[3:] if para.startswith("## ") else para
        parts = re.split(r"¦[a-z]?", sub)
        for k, frag in enumerate(parts):
            if frag:
                cur.append((frag, k == 0, k == len(parts) - 1))
            if k < len(parts) - 1:
                pieces.append(cur)
                cur = []
    if cur:
        pieces.append(cur)
    return pieces


# ---------------------------------------------------------------- column layout


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in "·"


def width(tok: str) -> float:
    w = 0.0
    for c in tok:
        if c == " ":
            w += 0.5
        elif c in CLOSE or c in OPEN:
            w += 0.5 if ord(c) > 0x2000 else 0.5
        elif ord(c) < 0x2000:
            w += 0.5
        else:
            w += 1
    return w


def tokenize(text: str, names: str = "") -> list[str]:
    """Tokens for line breaking: a CJK character, an ASCII run, an unbreakable name,
    a space; closing punctuation sticks to the token before, opening to the one after."""
    toks: list[str] = []
    i = 0
    # the dateline's parenthesis holds names that never break inside
    protect = []
    if names:
        j = text.find(names)
        protect = [(j, j + len(names))]
    while i < len(text):
        c = text[i]
        inside = any(a <= i < b for a, b in protect)
        if inside and is_cjk(c):
            j = i
            while j < len(text) and is_cjk(text[j]) and any(a <= j < b for a, b in protect):
                j += 1
            toks.append(text[i:j])
            i = j
            continue
        if re.match(r"[0-9A-Za-z.%+]", c):
            j = i
            while j < len(text) and re.match(r"[0-9A-Za-z.%+]", text[j]):
                j += 1
            toks.append(text[i:j])
            i = j
            continue
        toks.append(c)
        i += 1
    # attach punctuation
    out: list[str] = []
    pending = ""
    for t in toks:
        if t in OPEN or (len(t) == 1 and t in "“‘（《"):
            pending += t
            continue
        if t in CLOSE and out and not pending:
            out[-1] += t
            continue
        out.append(pending + t)
        pending = ""
    if pending:
        out.append(pending)
    return out


def spread(tokens: list[str]) -> str:
    """A justified line as the extraction prints it: a space between glyphs, none after
    closing punctuation, none before an opening quote, none next to brackets."""
    glyphs: list[str] = []
    for t in tokens:
        if t == " ":
            continue
        j = 0
        while j < len(t):
            m = re.match(r"[0-9A-Za-z.%+]+", t[j:])
            if m:
                glyphs.append(m.group())
                j += len(m.group())
            else:
                glyphs.append(t[j])
                j += 1
    s = glyphs[0]
    for a, b in zip(glyphs, glyphs[1:]):
        gap = " "
        if a[-1] in CLOSE or b[0] in "“‘" or a[-1] in TIGHT or b[0] in TIGHT:
            gap = ""
        s += gap + b
    return s


def plain(tokens: list[str], nums: str, rng: random.Random, stats: Counter) -> str:
    s = ""
    for k, t in enumerate(tokens):
        if t == " ":
            s += " "
            continue
        core = t.lstrip("“‘（《")
        if re.match(r"[0-9A-Za-z]", core[:1]) and nums in ("both", "before") and s and \
                (is_cjk(s[-1])):
            s += " "
            stats["number run spaced"] += 1
        s += t
        if re.search(r"[0-9A-Za-z%]$", t) and nums == "both" and k + 1 < len(tokens) and \
                is_cjk(tokens[k + 1][0]):
            s += " "
    return s


def wrap_para(text: str, w: float, first_indent: bool, names: str = "") -> list[list[str]]:
    toks = tokenize(text, names)
    lines, cur, cw = [], [], 0.0
    avail = w - (2 if first_indent else 0)
    for t in toks:
        tw = width(t)
        if t == " " and not cur:
            continue
        if cur and cw + tw > avail + 1e-9:
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur, cw, avail = [], 0.0, w
            if t == " ":
                continue
        cur.append(t)
        cw += tw
    if cur:
        lines.append(cur)
    return lines


def render_column_piece(page, art, piece, w, rng, stats, first_piece):
    out = []
    nums = art.get("nums", "none")
    for n, (frag, starts, ends) in enumerate(piece):
        text = punct(page, frag)
        names = ""
        if first_piece and n == 0 and art["dateline"] and starts:
            dl = punct(page, art["dateline"])
            m = re.search(r"[（(](.*)[）)]", dl)
            names = m.group(1) if m else ""
            text = dl + text
        lines = wrap_para(text, w, starts, names)
        for k, toks in enumerate(lines):
            last = (k == len(lines) - 1) and ends
            lw = sum(width(t) for t in toks)
            avail = w - (2 if (k == 0 and starts) else 0)
            slack = avail - lw
            if not last and slack >= 1 and len(toks) > 3 and not (k == 0 and names) and " " not in toks:
                s = spread(toks)
                stats["justified line spread"] += 1
            else:
                s = plain(toks, nums, rng, stats)
                if not last and 0 < slack < 1 and rng.random() < 0.12:
                    m = list(re.finditer(r"(?<=[\u4e00-\u9fff0-9])(?=[、，。；%])", s))
                    if m:
                        p = rng.choice(m).start()
                        s = s[:p] + " " + s[p:]
                        stats["glyph-gap space at punctuation"] += 1
            if "“ " in s or "‘ " in s:
                stats["space after opening quote"] += 1
            out.append(s)
        if names and len(lines) > 1:
            d = re.sub(r"\s+", "", punct(page, art["dateline"]))
            l1 = len(re.sub(r"\s+", "", "".join(lines[0])))
            if l1 < len(d):
                m = re.search(r"[讯电]", d)
                if m and l1 <= m.start():
                    stats["line break inside a dateline's date"] += 1
                elif d[l1:].startswith("通讯员"):
                    stats["line break before 通讯员"] += 1
                else:
                    stats["line break between a dateline's names"] += 1
    return out


# ---------------------------------------------------------------- page building


def head_lines(page, art, style, stats):
    parts = [punct(page, art[k]) for k in ("kicker", "title", "subtitle") if art[k]]
    opts = style.split(",") if style else []
    dups = []
    t = punct(page, art["title"])
    if "double" in opts:
        parts = [p + p if p == t else p for p in parts]
        dups.append(t)
        stats["headline drawn twice (doubled on one line)"] += 1
    if "twice" in opts:
        i = parts.index(t)
        parts = parts[:i + 1] + [t] + parts[i + 1:]
        dups.append(t)
        stats["headline drawn twice (two identical lines)"] += 1
    for o in opts:
        if o.startswith("alone"):
            n = int(o[5:])
            i = parts.index(t)
            parts = parts[:i] + [t[:-n], t[-n:]] + parts[i + 1:]
            stats["headline's last word alone on a line"] += 1
        if o.startswith("kbreak"):
            n = int(o[6:])
            k = punct(page, art["kicker"])
            i = parts.index(k)
            parts = parts[:i] + [k[:n] + "\n" + k[n:]] + parts[i + 1:]
    if "join" in opts:
        return [" ".join(parts)], dups
    if "tight" in opts:
        return ["\n".join(parts)], dups
    return parts, dups


def build(path: Path):
    page = parse_source(path)
    rng = random.Random(path.name)
    stats: Counter = Counter()
    arts = page["articles"]
    layout = page["layout"]
    blocks: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    piece_cache = {aid: pieces_of(a) for aid, a in arts.items()}
    rendered = {}
    rendered_keys = []
    last_body = None
    for cmd in page["layout_cmds"]:
        op, _, arg = cmd.partition(" ")
        arg = arg.strip()
        if op != "body":
            last_body = None
        if op == "gap":
            blocks.extend([""] * int(arg))
        elif op == "extra" or op == "box":
            # pieces separated by " | " (own line) or " / " (next line, no blank)
            text = punct(page, arg)
            pieces = re.split(r" (\||/) ", text)
            block = pieces[0]
            joined = pieces[0]
            for sep, p in zip(pieces[1::2], pieces[2::2]):
                if sep == "|":
                    blocks.append(block)
                    block = p
                else:
                    block += "\n" + p
                joined += p
            blocks.append(block)
            extras.append(re.sub(r"\s+", "", joined) if op == "box" else joined.replace(" ", ""))
            stats["masthead piece" if op == "extra" else "short box line"] += len(pieces[::2])
        elif op == "head":
            aid, _, style = arg.partition(" ")
            ls, d = head_lines(page, arts[aid], style, stats)
            blocks.extend(ls)
            dups.extend(d)
        elif op == "col":
            blocks.append(punct(page, arts[arg]["column"]))
            stats["column label line"] += 1
        elif op == "by":
            aid, _, style = arg.partition(" ")
            b = punct(page, arts[aid]["byline"])
            if style.startswith("split"):
                n = style[5:]
                sep = "\n" if n == "1" else "\n\n"
                i = b.find(" ")
                if "通讯员" in b:
                    i = b.find(" 通讯员")
                blocks.append(b[:i] + sep + b[i + 1:])
                stats["byline broken between names"] += 1
            else:
                blocks.append(b)
            stats["byline alone on its line"] += 1
        elif op == "body":
            aidk, _, sl = arg.partition(" ")
            sl = sl or None
            aid, _, k = aidk.partition(".")
            art = arts[aid]
            k = int(k or 1)
            piece = piece_cache[aid][k - 1]
            if layout == "column" and sl is not None:
                # a column break: the same rendering sliced by line numbers
                if (aid, "all") not in rendered:
                    w = float(art["width"] or page.get("width", 16))
                    whole = [(clean(p), True, True) for p in art["paras"]]
                    rendered[(aid, "all")] = render_column_piece(page, art, whole, w, rng, stats, True)
                all_lines = rendered[(aid, "all")]
                a_, _, b_ = sl.partition(":")
                lines = all_lines[int(a_ or 0): int(b_) if b_ else None]
                if not a_ or a_ == "0":
                    if art["continued"].startswith(("上接", "紧接")) and art.get("marker"):
                        lines[0] = punct(page, art["marker"]) + lines[0]
                        stats["jump marker"] += 1
                else:
                    stats["column break inside a story"] += 1
                rendered[(aid, sl)] = lines
                rendered_keys.append((aid, "slice"))
                blocks.extend(lines)
                continue
            if layout == "column":
                w = float(art["width"] or page.get("width", 16))
                lines = render_column_piece(page, art, piece, w, rng, stats, k == 1)
                if art["continued"].startswith(("上接", "紧接")) and k == 1 and art.get("marker"):
                    lines[0] = punct(page, art["marker"]) + lines[0]
                    stats["jump marker"] += 1
                rendered[(aid, k)] = lines
                blocks.extend(lines)
            else:
                lines = []
                for n, (frag, starts, ends) in enumerate(piece):
                    s = punct(page, frag)
                    if k == 1 and n == 0 and art["dateline"] and starts:
                        s = punct(page, art["dateline"]) + s
                    if k == 1 and n == 0 and art.get("marker"):
                        s = punct(page, art["marker"]) + s
                        stats["jump marker"] += 1
                    lines.append(s)
                rendered[(aid, k)] = lines
                blocks.extend(lines)
            rendered_keys.append((aid, k))
            if k > 1:
                stats["story continued in a later piece"] += 1
                if last_body == (aid, k - 1):
                    stats["paragraph split by a column break with nothing between"] += 1
            last_body = (aid, k)
            continue
        elif op == "photo":
            aid, _, style = arg.partition(" ")
            art = arts[aid]
            cap = punct(page, clean(art["paras"][0]))
            cred = punct(page, art["byline"])
            w = float(art["width"] or 0)
            if layout == "column" and w:
                lines = [plain(t, "none", rng, stats) for t in wrap_para(cap, w, False)]
            else:
                lines = [cap]
            if style == "group":
                lines = [punct(page, clean(p)) for p in art["paras"]] + [cred]
                stats["photos under one group credit"] += 1
                blocks.extend(lines)
                continue
            if style == "inline" and cred:
                lines[-1] += " " + cred
                stats["photo credit after its caption"] += 1
            elif style == "right" and cred:
                lines.append(" " * rng.randint(18, 30) + cred)
                stats["credit right-aligned on its own line"] += 1
            elif cred:
                lines.append(cred)
                stats["credit on its own line"] += 1
            for p in art["paras"][1:]:
                lines.append(punct(page, clean(p)))
            blocks.extend(lines)
        elif op == "marker":
            blocks.append(punct(page, arg))
            stats["jump marker"] += 1
        elif op == "dup":
            aid, _, which = arg.partition(" ")
            a, _, k = aid.partition(".")
            key = (a, which.split()[0]) if ":" in which else (a, int(k or 1))
            which = which.split()[-1]
            lines = rendered[key]
            s = lines[0] if which == "first" else lines[-1]
            blocks.append(s)
            dups.append(re.sub(r"\s+", "", s))
            stats["line printed twice"] += 1
        elif op == "text":
            blocks.append(punct(page, arg))
        else:
            raise SystemExit(f"{path.name}: unknown layout command {cmd!r}")
    used = Counter(rendered_keys)
    for aid, ps in piece_cache.items():
        if arts[aid]["kind"] == "photo":
            continue
        if used[(aid, "slice")]:
            got = [ln for key, ls in rendered.items() if key[0] == aid and isinstance(key[1], str)
                   and key[1] != "all" for ln in ls]
            if len(got) != len(rendered[(aid, "all")]):
                raise SystemExit(f"{path.name}: slices of {aid} cover {len(got)} of "
                                 f"{len(rendered[(aid, 'all')])} lines")
            continue
        for k in range(1, len(ps) + 1):
            if used[(aid, k)] != 1:
                raise SystemExit(f"{path.name}: piece {aid}.{k} placed {used[(aid, k)]} times")
    if layout == "column":
        text = " " + "\n\n".join(blocks) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(blocks)
    # gold
    gold_arts = []
    for aid in page["order"]:
        a = arts[aid]
        paras = [punct(page, clean(p)) for p in a["paras"]]
        subs = [punct(page, clean(p)) for p in a["paras"] if p.startswith("## ")]
        subs = [punct(page, p[3:].replace("¦", "")) for p in a["paras"] if p.startswith("## ")]
        gold_arts.append({
            "kind": a["kind"], "column": punct(page, a["column"]), "kicker": punct(page, a["kicker"]),
            "title": punct(page, a["title"]), "subtitle": punct(page, a["subtitle"]),
            "byline": punct(page, a["byline"]), "dateline": punct(page, a["dateline"]),
            "continued": punct(page, a["continued"]), "subheads": subs, "paragraphs": paras})
        for p in a["paras"]:
            for m in re.finditer(r"¦([a-z]?)", p):
                stats["cut: " + CUT_TAGS.get(m.group(1), "between sentences / at a column")] += 1
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    fname = f"{page['page']}_{digest}"
    gold = {"source": fname + ".txt", "issue_date": page["date"],
            "issue_number": page.get("issue") or None,
            "page_count": int(page["pages"]) if page.get("pages") else None,
            "articles": gold_arts, "extras": extras, "duplicates": dups}
    return fname, text, gold, page, stats


def build_all():
    out = []
    for p in sorted(SRC.glob("p*.txt")):
        out.append(build(p))
    return out


# ---------------------------------------------------------------- README


def readme(results) -> str:
    total: Counter = Counter()
    for r in results:
        total.update(r[4])
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for fname, text, gold, page, _ in results:
        n = len(re.sub(r"\s+", "", text))
        pg.append(f"| {fname}.txt | {gold['issue_date']} | {page.get('pageno')} | {page['layout']} | "
                  f"{page.get('punct', 'full')} | {len(gold['articles'])} | {n} | {page.get('subjects', '')} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tot, lost = coverage_loss(results)
    cov = f"{tot:,} characters, {lost} not found"
    return (tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
            .replace("{{COVERAGE}}", cov))


def coverage_loss(results):
    """Characters of the raw pages that a perfect export does not hold, measured with the
    shared scorer's own `covered` (pieces of four or more characters)."""
    sys.path.insert(0, "/work/shared/tools")
    import score  # noqa: E402  (the shared scorer, standard library only)
    tot = lost = 0
    for _, text, gold, _, _ in results:
        strings = score.strings_in(gold["articles"]) + gold["extras"] + gold["duplicates"]
        hay = "\0".join(score.squash(x) for x in strings)
        for line in text.splitlines():
            sq = score.squash(line)
            tot += len(sq)
            lost += len(sq) - score.covered(sq, hay)
    return tot, lost


def outputs(results) -> dict[str, bytes]:
    files = {}
    for fname, text, gold, _, _ in results:
        files[f"pages/{fname}.txt"] = text.encode("utf-8")
        files[f"gold/{fname}.json"] = (json.dumps(gold, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    files["README.md"] = readme(results).encode("utf-8")
    return files


def main() -> int:
    results = build_all()
    files = outputs(results)
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            if f.is_file():
                f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(results)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
