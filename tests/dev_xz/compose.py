#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files
(pages/NNN_<sha16>.txt), their gold annotations (gold/NNN_<sha16>.json) and
README.md (from README.in).  Standard library only; deterministic: every small
choice comes from random.Random seeded by the source file name.

    python3 compose.py [OUTDIR]      (default: the folder of this script)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ----------------------------------------------------------------- text helpers
CLOSE = set("，。、；：！？）》”’…")      # may not begin a line
OPEN = set("（《“‘")                      # may not end a line
COMPRESS = set("，。、；：")               # squeezed to half width in print
NO_SPACE_AFTER = set("，。、；：！？）》”（《")   # spread rule (measured on seeds)
NO_SPACE_BEFORE = set("《》（）“")


def width(ch: str) -> float:
    if ch in "“”‘’…—·":
        return 1.0
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def twidth(s: str) -> float:
    return sum(width(c) for c in s if c != " ")


def squash(s: str) -> str:
    """Whitespace removed (extras and duplicates are stored so; characters kept as printed)."""
    return re.sub(r"\s+", "", s or "")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},                      # full commas, half brackets
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


CUT = re.compile(r"‖([uvwnd]?)")


def clean(s: str) -> str:
    """Source text -> gold text: cut marks and print line breaks removed."""
    return CUT.sub("", s)


# ----------------------------------------------------------------- source parser
class Article:
    FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
              "dateline", "continued")

    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in self.FIELDS}
        self.f["kind"] = "news"
        self.subheads = []
        self.paras = []          # source paragraphs (with ‖ marks, '## ' subheads)
        self.width = 17
        self.credit = "own"      # photos: inline | inline0 | own
        self.mark = ""           # jump marker glyph printed at the head of the body
        self.lines = []          # rendered body lines
        self.printed = []        # indices printed (not dups)
        self.cursor = 0


def parse_source(path: Path):
    page = OrderedDict()
    extras = OrderedDict()
    arts = OrderedDict()
    layout = []
    sect, cur, in_text = None, None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") and not raw.startswith("## "):
            continue
        if raw.startswith("@"):
            parts = raw[1:].split()
            sect = parts[0]
            in_text = False
            if sect == "extra":
                cur = extras.setdefault(parts[1], [])
            elif sect == "article":
                cur = Article(parts[1])
                arts[parts[1]] = cur
            continue
        if sect == "page":
            if raw.strip():
                k, _, v = raw.partition(":")
                page[k.strip()] = v.strip()
        elif sect == "extra":
            if raw.strip():
                cur.append(raw)
        elif sect == "layout":
            if raw.strip():
                layout.append(raw.strip())
        elif sect == "article":
            if in_text:
                if raw.strip():
                    cur.paras.append(raw.strip())
                continue
            if not raw.strip():
                continue
            k, _, v = raw.partition(":")
            k, v = k.strip(), v.strip()
            if k == "text":
                in_text = True
            elif k == "width":
                cur.width = float(v)
            elif k == "credit":
                cur.credit = v
            elif k == "mark":
                cur.mark = v.replace("_", " ")
            elif k in Article.FIELDS:
                cur.f[k] = v
            else:
                raise SystemExit(f"{path}: unknown field {k!r}")
    for a in arts.values():
        a.subheads = [p[3:].strip() for p in a.paras if p.startswith("## ")]
    return page, extras, arts, layout


# ----------------------------------------------------------------- column renderer
TOKEN = re.compile(r"‖[uvwnd]?|[0-9A-Za-z][0-9A-Za-z.%]*|\s|.")


def tokenize(text: str, dateline: bool = False):
    toks = []
    for m in TOKEN.finditer(text):
        t = m.group()
        if t.startswith("‖"):
            toks.append(("brk", t))
        elif t.isspace():
            toks.append(("sp", " "))
        elif re.match(r"[0-9A-Za-z]", t):
            toks.append(("num", t))
        elif is_cjk(t):
            toks.append(("cjk", t))
        else:
            toks.append(("pun", t))
    if dateline:   # names inside the brackets are unbreakable groups
        out, depth = [], 0
        for kind, t in toks:
            if t in "（(":
                depth += 1
            elif t in "）)":
                depth -= 1
            if depth and kind == "cjk" and out and out[-1][0] in ("cjk", "grp") \
                    and out[-1][1] not in "（(":
                out[-1] = ("grp", out[-1][1] + t)
            else:
                out.append((kind, t))
        # the last name and its bracket must not stand alone on a line (fewer than
        # four characters would be lost to the scorer's coverage): bind it to the
        # group before it
        for j in range(len(out) - 1, 1, -1):
            if out[j][0] == "grp" and j + 1 < len(out) and out[j + 1][1] in "）)":
                if len(out[j][1]) < 3 and out[j - 1][0] == "sp" and out[j - 2][0] == "grp":
                    out[j - 2:j + 1] = [("grp", out[j - 2][1] + " " + out[j][1])]
                break
        toks = out
    return toks


def tok_w(tok):
    kind, t = tok
    if kind == "sp":
        return 1.0
    if kind == "brk":
        return 0.0
    return twidth(t)


class Style:
    def __init__(self, page, rng, stats):
        self.rng = rng
        self.stats = stats
        self.p_before = float(page.get("numspace_before", "0.92"))
        self.p_after = float(page.get("numspace_after", "0.6"))
        self.p_glyph = float(page.get("glyph", "0.04"))
        self.p_pct = float(page.get("pct", "0.1"))


def fill(tokens, W, indent):
    """Greedy line fill; returns list of (tokens, justified)."""
    lines, cur = [], []
    cap = W - indent
    marks = 0
    start_marks = 0

    def fits(line, tok):
        cand = line + [tok]
        nat = sum(tok_w(t) for t in cand)
        k = sum(1 for t in cand[:-1] if t[1] in COMPRESS)
        c = cap + 0.5 * k
        if nat <= c:
            return True
        return tok[1] in CLOSE and nat <= c + 1.0      # hanging punctuation

    for tok in tokens:
        if tok[0] == "brk":
            marks += 1
            if cur:
                lines.append((cur, False, start_marks))
                cur, cap = [], W
            start_marks = marks
            continue
        if tok[0] == "sp" and not cur:
            continue
        if not cur or fits(cur, tok):
            cur.append(tok)
            continue
        carry = []
        if tok[1] in CLOSE:       # no closing mark may begin a line: take a character along
            while len(cur) > 1 and cur[-1][1] in CLOSE:
                carry.insert(0, cur.pop())
            if len(cur) > 1:
                carry.insert(0, cur.pop())
        while cur and (cur[-1][1] in OPEN or cur[-1][0] == "sp"):   # no opener at line end
            carry.insert(0, cur.pop())
        # a line left short before an unbreakable dateline name is ragged, not spread
        lines.append((cur, tok[0] not in ("grp", "sp"), start_marks))
        start_marks = marks
        cur, cap = [t for t in carry if t[0] != "sp"] + [tok], W
    if cur:
        lines.append((cur, False, start_marks))
    return lines, cap


def render_line(toks, W, first, justified, st: Style):
    cap = W - (2 if first else 0)
    nat = sum(tok_w(t) for t in toks)
    k = sum(1 for t in toks[:-1] if t[1] in COMPRESS)
    slack = cap + 0.5 * k - nat
    toks = [t for t in toks]
    while toks and toks[-1][0] == "sp":
        toks.pop()
    if justified and slack >= 1.5 and len(toks) > 3:
        st.stats["justified line spread with spaces"] += 1
        out = toks[0][1]
        for a, b in zip(toks, toks[1:]):
            if a[0] == "sp" or b[0] == "sp":
                out += b[1] if b[0] != "sp" else " "
                continue
            if a[1] in NO_SPACE_AFTER or b[1] in NO_SPACE_BEFORE:
                out += b[1]
            else:
                out += " " + b[1]
        return re.sub(" +", " ", out)
    out = ""
    prev = None
    for i, tok in enumerate(toks):
        kind, t = tok
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if kind == "num":
            if prev and prev[0] in ("cjk", "grp") and st.rng.random() < st.p_before:
                out += " "
                st.stats["space around a number run"] += 1
            if t.endswith("%") and len(t) > 1 and st.rng.random() < st.p_pct:
                t = t[:-1] + " %"
                st.stats["glyph-gap space (before %, around punctuation)"] += 1
            out += t
            if nxt and nxt[0] == "cjk" and not t.endswith("%") \
                    and st.rng.random() < st.p_after:
                out += " "
                st.stats["space around a number run"] += 1
        elif kind == "sp":
            if not out.endswith(" "):
                out += " "
        elif kind == "pun" and t == "、" and prev and prev[0] == "cjk" \
                and st.rng.random() < st.p_glyph:
            out += " 、"
            st.stats["glyph-gap space (before %, around punctuation)"] += 1
        elif kind == "pun" and t == "“" and nxt and nxt[0] == "cjk" \
                and st.rng.random() < st.p_glyph:
            out += "“ "
            st.stats["space after an opening quote"] += 1
        else:
            out += t
        prev = tok
    return re.sub(" +", " ", out)


def render_column_body(a: Article, mode, st: Style):
    lines = []
    paras = [punct(p, mode) for p in a.paras]
    base = 0
    for i, p in enumerate(paras):
        sub = p.startswith("## ")
        if sub:
            lines.append((p[3:].strip(), i, base))
            continue
        toks = []
        if i == 0 and a.f["dateline"]:
            toks += tokenize(punct(a.f["dateline"].replace("/", "‖"), mode), dateline=True)
        if i == 0 and a.mark:
            lb, rb = ("(", ")") if mode != "full" else ("（", "）")
            toks.append(("grp", f"{a.mark}{lb}{punct(a.f['continued'], mode)}{rb}"))
            st.stats["jump markers"] += 1
        toks += tokenize(clean(p))    # cut marks only matter on paragraph pages
        first_indent = 2
        filled, _ = fill(toks, a.width, first_indent)
        nd = len(CUT.findall(a.f["dateline"].replace("/", "‖"))) if i == 0 else 0
        for j, (lt, just, m) in enumerate(filled):
            s = render_line(lt, a.width, j == 0, just, st)
            lines.append((s.strip(" ") if j else s.lstrip(" "), i, base + m - nd))

    if a.f["kind"] == "photo" and a.credit.startswith("inline") and lines:
        s, i, m = lines[-1]
        lines[-1] = (s + (" " if a.credit == "inline" else "") + punct(a.f["byline"], mode), i, m)
    return lines


def render_paragraph_body(a: Article, mode, stats):
    lines = []
    base = 0
    for i, p in enumerate(a.paras):
        p = punct(p, mode)
        if p.startswith("## "):
            lines.append((p[3:].strip(), i, base))
            continue
        pieces = CUT.split(p)
        pieces = pieces[0::2]
        if i == 0 and a.f["dateline"]:
            pieces[0] = punct(clean(a.f["dateline"]).replace("/", " "), mode) + pieces[0]
        if i == 0 and a.mark:
            lb, rb = ("(", ")") if mode != "full" else ("（", "）")
            pieces[0] = f"{a.mark}{lb}{punct(a.f['continued'], mode)}{rb}" + pieces[0]
            stats["jump markers"] += 1
        for k, s in enumerate(pieces):
            lines.append((s, i, base + k))
        base += len(pieces) - 1
    if a.f["kind"] == "photo" and a.credit.startswith("inline") and lines:
        s, i, m = lines[-1]
        lines[-1] = (s + (" " if a.credit == "inline" else "") + punct(a.f["byline"], mode), i, m)
    return lines


# ----------------------------------------------------------------- page composer
SEPS = {"/n": "\n", "/s": " ", "/ns": "\n ", "/0": "", "/4": "\n\n\n\n", "/3": "\n\n\n",
        "/nn": "\n\n"}
HEAD_PARTS = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}


def compose_page(src: Path, stats: Counter):
    page, extras, arts, layout = parse_source(src)
    rng = random.Random(src.name)
    mode = page["punct"]
    lay = page["layout"]
    st = Style(page, rng, stats)
    for a in arts.values():
        a.lines = render_column_body(a, mode, st) if lay == "column" \
            else render_paragraph_body(a, mode, stats)
    out = []            # (sep, text)
    dups = []
    extra_out = []
    last_owner = None
    head_done = set()
    body_started = set()
    events = []          # for phenomena: sequence of (kind, article id)
    other_body_since = {}  # article id -> another story's body printed since its last piece

    def emit(sep, text):
        out.append((sep, text))

    def head_text(a, style, parts, x2):
        segs = []
        for p in parts:
            v = punct(a.f[HEAD_PARTS[p]], mode)
            if v:
                segs.append(v)
        if x2:
            segs = [s + s if i == (len(segs) - 1 if "t" not in parts else
                                   [q for q in parts if a.f[HEAD_PARTS[q]]].index("t"))
                    else s for i, s in enumerate(segs)]
        segs = [s.replace("/", "\n") for s in segs]
        if style == "one":
            return " ".join(segs)
        if style == "tight":
            return "\n".join(segs)
        return "\n\n".join(segs)

    for item in layout:
        toks = item.split()
        sep = "\n\n"
        if toks[0] in SEPS:
            sep = SEPS[toks.pop(0)]
        dup = False
        if toks[0] == "dup":
            dup = True
            toks.pop(0)
        cmd = toks[0]
        if cmd in ("mast", "extra"):
            name = "mast" if cmd == "mast" else toks[1]
            blk = extras[name]
            first = True
            text = ""
            for ln in blk:
                s = "\n\n"
                parts = ln.split(" ", 1)
                if parts[0] in SEPS:
                    s, ln = SEPS[parts[0]], parts[1]
                text += ("" if first else s) + ln
                first = False
            emit(sep, text)
            extra_out.append(squash(text))
            if name == "mast":
                stats["masthead pieces in drawing order"] += len(blk)
            else:
                stats["short box lines (countdown, code prompt, 导读, label)"] += len(blk)
            events.append(("extra", name))
            continue
        a = arts[toks[1]]
        if cmd == "head":
            style = toks[2] if len(toks) > 2 else "stack"
            parts = toks[3] if len(toks) > 3 and toks[3] != "x2" else "kts"
            x2 = "x2" in toks
            text = head_text(a, style, parts, x2)
            emit(sep, text)
            if x2:
                dups.append(squash(punct(a.f["title"], mode).replace("/", "")))
                stats["headline drawn twice"] += 1
            if dup:
                dups.append(squash(text))
                stats["headline drawn twice"] += 1
            if a.id in body_started and not dup:
                stats["headline printed after its body"] += 1
            if events and events[-1][0] == "head" and events[-1][1] != a.id and not dup:
                stats["headline bunched with another story's headline"] += 1
            for p in parts:
                v = a.f[HEAD_PARTS[p]]
                if "/" in v and p in "kts":
                    tail = v.split("/")[-1]
                    key = "headline's last word alone on a line" if len(tail) <= 3 \
                        else "headline split over lines"
                    stats[key] += 1
            events.append(("head", a.id))
        elif cmd == "byline":
            text = punct(a.f["byline"], mode).replace("/", "\n")
            if "/" in a.f["byline"]:
                stats["line break inside a byline"] += 1
            if "right" in toks[2:]:
                text = " " * 24 + text
                stats["credit right-aligned on its own line"] += 1
            emit(sep, text)
            events.append(("byline", a.id))
        elif cmd == "mark":
            glyph = toks[2].replace("_", " ")
            lb, rb = ("(", ")") if mode != "full" else ("（", "）")
            emit(sep, f"{glyph}{lb}{punct(a.f['continued'], mode)}{rb}")
            extra_out.append(squash(f"{glyph}{lb}{punct(a.f['continued'], mode)}{rb}"))
            stats["jump markers"] += 1
            events.append(("mark", a.id))
        elif cmd == "body":
            rngspec = toks[2] if len(toks) > 2 else "*"
            n = len(a.lines)
            if ":" in rngspec:
                lo, hi = rngspec.split(":")
                lo = int(lo) if lo else 0
                hi = int(hi) if hi else n
            elif rngspec.startswith("@"):
                lo = a.cursor
                want = int(rngspec[1:])
                # line index just after the line ending at cut #want
                hi = cut_line(a, want, lay)
            elif rngspec == "*":
                lo, hi = a.cursor, n
            else:
                lo, hi = a.cursor, a.cursor + int(rngspec)
            if hi > n or lo >= hi:
                raise SystemExit(f"{src.name}: bad range {item} (have {n} lines)")
            seg = [a.lines[i][0] for i in range(lo, hi)]
            if a.mark and lo == 0 and not dup:
                lb, rb = ("(", ")") if mode != "full" else ("（", "）")
                extra_out.append(squash(f"{a.mark}{lb}{punct(a.f['continued'], mode)}{rb}"))
            emit(sep, "\n\n".join(seg))
            if dup:
                dups.extend(squash(s) for s in seg)
                stats["lines printed twice"] += len(seg)
            else:
                if a.id in body_started and other_body_since.get(a.id):
                    stats["story continued after a piece of another story"] += 1
                    if lo > 0 and a.lines[lo - 1][1] == a.lines[lo][1]:
                        stats["paragraph continued after a piece of another story"] += 1
                for k in other_body_since:
                    if k != a.id:
                        other_body_since[k] = True
                other_body_since[a.id] = False
                if events and events[-1] == ("body", a.id) and lo > 0 and \
                        a.lines[lo - 1][1] == a.lines[lo][1] and lay == "paragraph":
                    stats["paragraph split by a column break, nothing between"] += 1
                a.printed.extend(range(lo, hi))
                a.cursor = hi
                body_started.add(a.id)
            events.append(("body", a.id) if not dup else ("dup", a.id))
        else:
            raise SystemExit(f"{src.name}: unknown layout command {item!r}")

    for a in arts.values():
        if sorted(a.printed) != list(range(len(a.lines))):
            raise SystemExit(f"{src.name}: article {a.id} lines printed "
                             f"{sorted(a.printed)} of {len(a.lines)}")
    # cut statistics (source marks)
    tagname = {"u": "paragraph cut between a figure and its unit",
               "v": "paragraph cut between a verb and its figure",
               "w": "paragraph cut inside a word or quoted term",
               "n": "paragraph cut inside a name",
               "d": "line break inside a dateline's date"}
    for a in arts.values():
        for p in (a.paras if lay == "paragraph" else []) + [a.f["dateline"]]:
            for m in CUT.finditer(p):
                if m.group(1):
                    stats[tagname[m.group(1)]] += 1
        if lay == "column":
            for (l1, p1, _), (l2, p2, _) in zip(a.lines, a.lines[1:]):
                if p1 == p2 and re.search(r"[0-9]$", l1) and re.match(r"[亿万元台个项米户家吨人千百辆套件]", l2):
                    stats["column line break between a figure and its unit"] += 1
        if "/" in a.f["dateline"]:
            stats["line break inside a dateline (names, 通讯员)"] += 1

    # text
    text = "" if lay == "paragraph" else " "
    if lay == "paragraph":
        text = "\n\n"
    first = True
    for sep, t in out:
        text += ("" if first else sep) + t
        first = False
    text += "\n\n\n" if lay == "column" else ""
    if lay == "column":
        stats["page-initial line with a leading space"] += 1
        # break before 通讯员 as printed
    stats["line beginning with 通讯员 (dateline/byline broken)"] += sum(
        1 for ln in text.split("\n") if ln.startswith("通讯员"))

    gold_arts = []
    for a in arts.values():
        g = OrderedDict()
        g["kind"] = a.f["kind"]
        for k in ("column", "kicker", "title", "subtitle"):
            g[k] = punct(a.f[k], mode).replace("/", "")
        g["byline"] = punct(a.f["byline"], mode).replace("/", " ")
        g["dateline"] = re.sub(r"\s+", " ", punct(clean(a.f["dateline"]), mode).replace("/", " "))
        g["continued"] = punct(a.f["continued"], mode)
        g["subheads"] = [punct(s, mode) for s in a.subheads]
        paras = []
        for p in a.paras:
            p = punct(clean(p), mode)
            if p.startswith("## "):
                p = p[3:].strip().replace(" ", "")
            paras.append(p)
        g["paragraphs"] = paras
        gold_arts.append(g)
    meta = dict(page)
    return text, gold_arts, extra_out, dups, meta, arts


def cut_line(a, want, lay):
    """Index of the first rendered line after cut mark number `want` (1-based)."""
    for j, ln in enumerate(a.lines):
        if ln[2] >= want:
            return j
    raise SystemExit(f"article {a.id}: no cut #{want}")


def build(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (outdir / d).glob("*"):
            f.unlink()
    stats = Counter()
    rows = []
    for src in srcs:
        text, garts, extras, dups, meta, arts = compose_page(src, stats)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{meta['no']}_{sha}"
        (outdir / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = OrderedDict()
        gold["source"] = f"{name}.txt"
        gold["issue_date"] = meta["date"]
        gold["issue_number"] = meta.get("issue_number") or None
        pc = meta.get("page_count")
        gold["page_count"] = int(pc) if pc else None
        gold["articles"] = garts
        gold["extras"] = extras
        gold["duplicates"] = dups
        (outdir / "gold" / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append((name, meta, len(garts), len(re.sub(r"\s", "", text)), text))
    readme_in = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items(), key=lambda kv: kv[0]):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, meta, na, nc, _ in rows:
        pg.append(f"| {name}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | "
                  f"{meta['punct']} | {na} | {nc} | {meta.get('subjects', '')} |")
    readme = readme_in.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return stats, rows


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    stats, rows = build(out)
    print(f"composed {len(rows)} pages into {out}")
