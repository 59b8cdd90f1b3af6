#!/usr/bin/env python3
"""Compose the dev_s blind test pages from the hand-written stories in src/.

Deterministic: every random choice comes from random.Random seeded by the page's
source file name.  Writes pages/NNN_<hash>.txt and gold/NNN_<hash>.json.

Source format (src/NN.txt):
  @ key=value ...            page header (date, layout, punct, width, pages, seed)
  == bunch                   column layout: emit headlines collected so far here
  == box TEXT[|TEXT]         a box line (countdown, code prompt) -> extras
  == KIND opt=val ...        a story; KIND in news commentary feature photo continuation other
  c= k= t= s= b= d= j=       column, kicker, title, subtitle, byline, dateline, continued
  h=TEXT                     crosshead (in subheads and in paragraphs)
  any other line             a paragraph
Markers inside text: "/" in headline fields = printed line break; "|" = printed line
break (paragraph layout); "¦" = the story is cut here and continued after a piece of the
next story (paragraph layout, opt zip); a paragraph line holding only "¦" = cut between
paragraphs.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

STATS: Counter = Counter()  # phenomena laid out, for the README

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

WEEK = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()
LUNAR = {  # checked against the new-year dates of each lunar year
    "2016-02-25": "丙申年正月十八", "2018-03-06": "戊戌年正月十九",
    "2020-01-09": "己亥年腊月十五", "2022-02-22": "壬寅年正月廿二",
    "2024-02-28": "甲辰年正月十九", "2025-03-14": "乙巳年二月十五",
}
OPEN = "“《（(‘"
CLOSE = "，。、；：？！）》”’,)"


def issue_no(date: str) -> int:
    d = datetime.date.fromisoformat(date)
    return 27314 + (d - datetime.date(2025, 3, 27)).days


# ---------------------------------------------------------------- parsing
class Story:
    def __init__(self, kind, opts):
        self.kind, self.opts = kind, opts
        self.f = {k: "" for k in "ckts bdj".replace(" ", "")}
        self.body = []  # list of ("p", text) / ("h", text)

    def o(self, key, default=None):
        return self.opts.get(key, default)


def parse(path: Path):
    head, items = {}, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            head.update(kv.split("=", 1) for kv in line[2:].split())
        elif line.startswith("== "):
            parts = line[3:].split(" ", 1)
            kind = parts[0]
            if kind == "box":
                items.append(("box", parts[1]))
            elif kind == "bunch":
                items.append(("bunch", None))
            else:
                opts = dict(kv.split("=", 1) for kv in (parts[1].split() if len(parts) > 1 else []))
                items.append(("story", Story(kind, opts)))
        elif re.match(r"^[ckstbdjh]=", line):
            st = items[-1][1]
            if line[0] == "h":
                st.body.append(("h", line[2:]))
            else:
                st.f[line[0]] = line[2:]
        else:
            items[-1][1].body.append(("p", line.strip()))
    return head, items


# ---------------------------------------------------------------- text helpers
def clean(s: str) -> str:
    return s.replace("/", "").replace("|", "").replace("¦", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", clean(s))


def punct(s: str, mode: str) -> str:
    if mode in ("paren", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",")
    return s


def em(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def tokens(text: str):
    """Split into glyph tokens; runs of ASCII (figures, Latin) stay together."""
    return re.findall(r"[0-9A-Za-z.%+×\-]+|.", text)


def wrap(text: str, width: float, indent: float = 2.0, keep: int = -1):
    """Wrap to a column width; no break within 4 glyphs before offset `keep` (a
    dateline's end), so a line never holds only a scrap of a name."""
    lines, cur, w, cap, off = [], "", 0.0, width - indent, 0
    for tok in tokens(text):
        tw = sum(em(c) for c in tok)
        near = keep - 4 < off < keep + 1
        if cur and w + tw > cap and tok not in CLOSE and not (near and w + tw <= cap + 4):
            carry = ""
            while cur and cur[-1] in OPEN:      # an opening quote never ends a line
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur, w, cap = carry, float(len(carry)), width
        cur += tok
        w += tw
        off += len(tok)
    if cur:
        lines.append(cur)
    return lines


def space_figures(line: str, rng, pb: float, pa: float) -> str:
    def rep(m):
        s, e = m.start(), m.end()
        pre = " " if s > 0 and not line[s - 1].isascii() and rng.random() < pb else ""
        post = " " if e < len(line) and not line[e].isascii() and rng.random() < pa else ""
        return pre + m.group() + post
    return re.sub(r"[0-9][0-9.%+×]*[A-Za-z]*", rep, line)


def spread(line: str) -> str:
    """A justified line drawn glyph by glyph: spaces between glyphs, as in 总 部 、区 域."""
    toks = tokens(line.replace(" ", ""))
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if b in "“《（(" or a in "（《(" or b in "》）”)" or a in "、，。；：？！”》）,":
            out += b
        else:
            out += " " + b
    return out


def glyph_gaps(line: str, rng, n: int = 2) -> str:
    """Extraction gaps: a space around a comma, after a figure, before %."""
    spots = [m.start() for m in re.finditer(r"[，,、]|(?<=[0-9])(?=[^0-9.\s])|(?=%)", line)]
    rng.shuffle(spots)
    for pos in sorted(spots[:n], reverse=True):
        if pos < len(line) and line[pos] in "，,、":
            line = line[:pos] + " " + line[pos] + " " + line[pos + 1:]
        else:
            line = line[:pos] + " " + line[pos:]
    return line


# ---------------------------------------------------------------- gold
def gold_article(st: Story, pm: str) -> dict:
    f = {k: punct(clean(v), pm).strip() for k, v in st.f.items()}
    paras, subs = [], []
    for typ, text in st.body:
        if text == "¦":
            continue
        if typ == "h":
            subs.append(punct(clean(text), pm))
        paras.append(punct(nows(text), pm))
    kind = st.kind
    return {"kind": kind, "column": f["c"], "kicker": f["k"], "title": f["t"],
            "subtitle": f["s"], "byline": re.sub(r"\s+", " ", f["b"]),
            "dateline": f["d"], "continued": f["j"], "subheads": subs, "paragraphs": paras}


# ---------------------------------------------------------------- column layout
def head_lines(st: Story, rng, dups):
    out = []
    for key in "kts":
        v = st.f[key]
        if not v:
            continue
        parts = v.split("/")
        if key == "t" and st.o("dbl") == "1":      # bold title drawn twice on one line
            parts = [clean(v) + clean(v)]
            dups.append(clean(v))
        out += [p.strip() for p in parts]
        if key == "t" and st.o("dbl") == "2":      # drawn twice on two lines
            out += [p.strip() for p in parts]
            dups.append(clean(v))
    return out


def compose_col(head, items, rng, extras, dups):
    pm = head.get("punct", "full")
    base = float(head.get("width", 14))
    pb, pa = float(head.get("pb", 0.85)), float(head.get("pa", 0.55))
    lines, bunch, top = [], [], []
    stories = [it for it in items if it[0] == "story"]
    has_bunch = any(it[0] == "bunch" for it in items)
    for typ, st in items:
        if typ == "box":
            lines += st.split("|")
            extras.append(st.replace("|", ""))
            continue
        if typ == "bunch":
            lines += bunch
            bunch = []
            continue
        hl = head_lines(st, rng, dups)
        col = [st.f["c"]] if st.f["c"] else []
        byl = [x.strip() for x in st.f["b"].split("|")] if st.f["b"] and st.kind != "photo" else []
        if st.kind == "photo":
            cap = st.body[0][1]
            credit = st.f["b"].replace("|", " ")
            if st.o("gap") == "1":
                cap = " ".join(tokens(cap))
            mode = st.o("credit", "inline")
            out = hl[:]
            if not credit:
                out.append(cap)
            elif mode == "inline":
                out.append(cap + " " + credit)
            elif mode == "right":
                out += [cap, " " * rng.randint(18, 40) + credit]
            elif mode == "top":
                out.append(cap)
                top.append(credit)
            else:
                out += [cap, credit]
            lines += out
            continue
        width = float(st.o("w", base + rng.choice([-1, 0, 0, 1])))
        if st.kind == "commentary":
            width = float(st.o("w", base - 2))
        body = []
        first = True
        for btyp, text in st.body:
            if text == "¦":
                continue
            if btyp == "h":
                body.append(("h", clean(text)))
                continue
            t = clean(text)
            keep = -1
            if first and st.f["d"]:
                t = clean(st.f["d"]) + t
                keep = len(clean(st.f["d"]))
            if first and st.kind == "continuation" and st.o("inline") == "1":
                t = "▲ ▲（" + st.f["j"] + "）" + t
            first = False
            wl = wrap(t, width, keep=keep)
            for i, l in enumerate(wl):
                body.append(("l" if i < len(wl) - 1 else "e", l))
        blines = []
        sp = float(head.get("spread", 0.12))
        for typ2, l in body:
            if typ2 == "h":
                blines.append(l)
                continue
            l = punct(l, pm)
            if typ2 == "l" and (re.search(r"[0-9]", l) and re.search(r"[，、；。]", l)) and rng.random() < sp:
                blines.append(spread(l))
                STATS["col: justified line spread glyph by glyph"] += 1
            elif typ2 == "l" and rng.random() < sp / 5:
                blines.append(spread(l))
                STATS["col: justified line spread glyph by glyph"] += 1
            else:
                blines.append(space_figures(l, rng, pb, pa))
        if st.f["d"] and blines and rng.random() < 0.5:
            blines[0] = " " + re.sub(r"湖南日报(?=\d)", "湖南日报 ", blines[0])
        if "dup" in st.opts:
            i = int(st.o("dup"))
            STATS["col: body line printed twice"] += 1
            blines.insert(i + 1, blines[i])
            dups.append(blines[i])
        if "box" in st.opts:
            i, txt = st.o("box").split(":", 1)
            STATS["col: box line inside a story's body"] += 1
            blines.insert(int(i), txt)
            extras.append(txt)
        if st.kind == "continuation" and st.o("inline") != "1":
            blines.insert(0, "▲ ▲（" + st.f["j"] + "）")
        if st.kind == "continuation":
            extras.append("▲ ▲（" + st.f["j"] + "）")
        if st.kind != "continuation" and st.f["j"]:
            blines.append("（" + st.f["j"] + "）")
            extras.append("（" + st.f["j"] + "）")
        pos = st.o("head") or rng.choice(["before", "before", "after", "after"] + (["bunch"] if has_bunch else []))
        if st.kind != "continuation" and hl:
            STATS["col: headline " + {"before": "before its body", "after": "printed after its body",
                                      "bunch": "bunched with other headlines elsewhere"}[pos]] += 1
        hl = [punct(x, pm) for x in hl]
        if st.kind == "commentary":
            # label and title of a commentary often printed after the body
            if pos == "before":
                lines += col + hl + byl + blines
            elif pos == "after":
                lines += byl + blines + col + hl
            else:
                lines += blines + col
                bunch += hl + byl
        elif st.kind == "continuation":
            lines += blines
        elif pos == "before":
            lines += col + hl + byl + blines
        elif pos == "after":
            lines += byl + blines + col + hl
        else:
            lines += byl + blines
            bunch += col + hl
    lines += bunch
    lines = top + lines
    return "\n\n".join(lines) + "\n"


# ---------------------------------------------------------------- paragraph layout
def compose_para(head, items, rng, extras, dups):
    pm = head.get("punct", "full")
    seqs = []  # per item: list of segments, each a list of lines
    for typ, st in items:
        if typ == "box":
            seqs.append(([[*st.split("|")]], None))
            extras.append(st.replace("|", ""))
            continue
        if typ == "bunch":
            continue
        segs, cur = [], []
        if st.f["c"] and st.kind != "commentary":
            cur.append(st.f["c"])
        parts = [st.f[k] for k in "kts" if st.f[k]]
        if st.o("headjoin") == "1":
            joined = " ".join(clean(p) for p in parts)
            cur.append(joined)
            if st.o("dbl") == "2":
                cur.append(joined)
                dups.append(joined)
        elif parts:
            for key in "kts":
                if st.f[key]:
                    if key == "t" and st.o("dbl") == "1":
                        cur.append(clean(st.f[key]) * 2)
                        dups.append(clean(st.f[key]))
                    else:
                        cur += [x.strip() for x in st.f[key].split("/")]
                        if key == "t" and st.o("dbl") == "2":
                            cur.append(clean(st.f[key]))
                            dups.append(clean(st.f[key]))
        if st.f["c"] and st.kind == "commentary":
            cur.append(st.f["c"])
        if st.kind == "photo":
            cap = st.body[0][1]
            credit = st.f["b"].replace("|", " ")
            if st.o("gap") == "1":
                cap = " ".join(tokens(cap))
            mode = st.o("credit", "inline")
            if not credit:
                cur.append(cap)
            elif mode == "inline":
                cur.append(cap + " " + credit)
            elif mode == "right":
                cur += [cap, " " * rng.randint(20, 50) + credit]
            else:
                cur += [cap, credit]
            seqs.append(([cur], st))
            continue
        if st.f["b"]:
            cur += [x.strip() for x in st.f["b"].split("|")]
        if st.kind == "continuation" and st.o("inline") != "1":
            cur.append("（" + st.f["j"] + "）")
        if st.kind == "continuation":
            extras.append("（" + st.f["j"] + "）")
        first = True
        for btyp, text in st.body:
            if text == "¦":
                segs.append(cur)
                cur = []
                continue
            if first and st.f["d"]:
                text = st.f["d"] + text
            if first and st.kind == "continuation" and st.o("inline") == "1":
                text = "（" + st.f["j"] + "）" + text
            first = False
            pieces = text.split("¦")
            for n, piece in enumerate(pieces):
                if n:
                    segs.append(cur)
                    cur = []
                cur += [x for x in piece.split("|")]
        if st.kind != "continuation" and st.f["j"]:
            mark = "▷(" + st.f["j"] + ")"
            cur.append(mark)
            extras.append(mark)
            if st.o("jj") == "1":
                cur.insert(len(cur) - 3, mark)
        segs.append(cur)
        seqs.append((segs, st))
    # interleave: a story with zip=1 alternates its pieces with the next story's
    out, i = [], 0
    while i < len(seqs):
        segs, st = seqs[i]
        if st is not None and st.o("zip") == "1" and i + 1 < len(seqs):
            STATS["para: story cut, continued after a piece of the next story (zip)"] += 1
            other = seqs[i + 1][0]
            for n in range(max(len(segs), len(other))):
                if n < len(segs):
                    out.append((segs[n], st))
                if n < len(other):
                    out.append((other[n], seqs[i + 1][1]))
            i += 2
        else:
            for s in segs:
                out.append((s, st))
            i += 1
    lines = []
    for seg, st in out:
        seg = [punct(x, pm) if not x.startswith("▷") else x for x in seg]
        if st is not None and st.o("gaps") == "1":
            STATS["para: glyph-gap spaces (around commas, after figures, before %)"] += sum(len(x) > 40 for x in seg)
            seg = [glyph_gaps(x, rng) if len(x) > 40 else x for x in seg]
        if st is not None and "dup" in st.opts and seg:
            # a line printed twice: the story's n-th line of this segment, again later
            n = int(st.o("dup"))
            if n < len(seg) and not getattr(st, "_dupd", False):
                st._dupd = True
                seg = seg[:]
                at = min(len(seg), n + 1 + int(st.o("dupoff", 1)))
                seg.insert(at, seg[n])
                dups.append(seg[n])
                STATS["para: line printed twice"] += 1
        lines += seg
    return "\n\n".join(lines) + "\n"


# ---------------------------------------------------------------- masthead
def masthead(head, layout, extras):
    d = head["date"]
    dt = datetime.date.fromisoformat(d)
    week = WEEK[dt.weekday()]
    pieces = [f"{dt.year}年{dt.month}月", str(dt.day), week, LUNAR[d], f"第{issue_no(d)}号",
              f"今日{head['pages']}版"]
    extras.insert(0, "".join(pieces))
    if head.get("mastmerge") == "1":
        shown = [pieces[0], pieces[1] + " " + pieces[2], pieces[3] + "\n" + pieces[4], pieces[5]]
    else:
        shown = [pieces[0], pieces[1], pieces[2], pieces[3] + "\n" + pieces[4], pieces[5]]
    return "\n\n" + "\n\n".join(shown) + "\n\n\n\n"


def source_stats(pages_items):
    """Count the phenomena written into the sources (options and markers)."""
    c = Counter()
    for head, items in pages_items:
        lay = "col" if head["layout"] == "col" else "para"
        c[f"{lay}: page"] += 1
        if head.get("page") == "1":
            c["masthead (date, weekday, lunar date, issue number, pages)"] += 1
            if head.get("mastmerge") == "1":
                c["masthead pieces merged on one line (`9 星期四`)"] += 1
        if head.get("punct", "full") != "full":
            c[f"punctuation half-width ({head['punct']}: " + ("`()` only" if head["punct"] == "paren" else "`,()`") + ")"] += 1
        for typ, st in items:
            if typ == "box":
                c["box line (countdown / code prompt) -> extras"] += 1
                continue
            if typ != "story":
                continue
            c[f"kind: {st.kind}"] += 1
            f, o = st.f, st.opts
            parts = [k for k in "kts" if f[k]]
            if parts:
                c[f"headline stack of {len(parts)} part(s)"] += 1
            if any("/" in f[k] for k in "kts"):
                c["headline part broken over two lines (last word(s) alone)"] += 1
            if f["s"].startswith("——"):
                c["dash-led subtitle (`——记…`)"] += 1
            if f["k"].endswith("——"):
                c["kicker ending in a dash"] += 1
            if re.search(r"(出席|主持|出席并讲话)$", f["s"]):
                c["short subtitle line like `某某出席`"] += 1
            if o.get("headjoin") == "1":
                c["para: headline parts joined by spaces on one line"] += 1
            if o.get("dbl") == "1":
                c["headline drawn twice on one line (bold)"] += 1
            if o.get("dbl") == "2":
                c["headline printed on two identical lines"] += 1
            if f["c"]:
                c["column label (栏目) on its own line"] += 1
            if f["d"]:
                c["dateline with 电" if "电（" in f["d"] or "电(" in f["d"] else "dateline with 讯"] += 1
                if "|" in f["d"]:
                    c["para: dateline broken inside its date"] += 1
                if "全媒体记者" not in f["d"] and "新华社" not in f["d"]:
                    c["pre-2019 byline form `记者` (not `全媒体记者`)"] += 1
            if f["b"] and st.kind != "photo":
                if "|" in f["b"]:
                    c["byline broken over two lines (before 通讯员 / before the name)"] += 1
                if not re.search(r"记者|评论员|文丨", f["b"]):
                    c["bare-name byline (a line holding only a name)"] += 1
                if "文丨" in f["b"]:
                    c["副刊 essay byline `文丨X`"] += 1
                if "华声在线" in f["b"] or "新湖南客户端" in f["b"]:
                    c["`湖南日报·华声在线` / `·新湖南客户端…报道` byline"] += 1
            if st.kind == "photo":
                mode = o.get("credit", "inline")
                if not f["b"]:
                    c["photo: caption without credit (group credit follows)"] += 1
                else:
                    c[f"photo: credit {dict(inline='on the caption line', line='on its own line', right='right-aligned on its own line', top='at the top of the page')[mode]}"] += 1
                if "以上图片均由" in f["b"]:
                    c["photo: group credit `以上图片均由…`"] += 1
                if "湖南图片库" in f["b"]:
                    c["photo: credit `某某 摄（湖南图片库）`"] += 1
                if f["t"]:
                    c["photo: title line"] += 1
                if o.get("gap") == "1":
                    c["photo: caption spaced glyph by glyph"] += 1
            if f["j"]:
                c["jump marker " + ("上接 (continuation on an inside page)" if "上接" in f["j"] else "下转 (front-page story cut)")] += 1
                if o.get("jj") == "1":
                    c["para: jump marker printed twice"] += 1
            for typ2, text in st.body:
                if typ2 == "h":
                    c["crosshead (subhead)"] += 1
                if "¦" in text and text != "¦":
                    c["para: cut inside a paragraph (word / figure-unit / verb-figure)"] += 1
                if text == "¦":
                    c["para: cut between paragraphs"] += 1
                if "|" in text:
                    c["para: paragraph broken over two lines"] += 1
                if re.match(r"^.，是", text):
                    c["parallel paragraph opening (`稳，是前提。`)"] += 1
                if "“ " in text:
                    c["space after an opening quote (`“ 新湖南”`)"] += 1
    return c


def write_readme(rows, pstats):
    stats = Counter(STATS)
    stats.update(pstats)
    kinds = Counter()
    for r in rows:
        kinds.update(r["kinds"])
    lines = (HERE / "README.head.md").read_text(encoding="utf-8").rstrip() + "\n\n"
    lines += "## Pages\n\n| file | issue date | page of issue | layout | punctuation | articles | characters |\n|---|---|---|---|---|---|---|\n"
    for r in rows:
        lines += f"| {r['name']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | {r['n']} | {r['chars']} |\n"
    tot = sum(r["n"] for r in rows)
    lines += f"\nTotal: {len(rows)} pages, {tot} articles (" + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "), "
    lines += f"{sum(r['chars'] for r in rows)} characters (whitespace excluded).\n\n"
    lines += "## Phenomena laid out (counts)\n\n| phenomenon | count |\n|---|---|\n"
    for k in sorted(stats):
        lines += f"| {k} | {stats[k]} |\n"
    lines += "\n" + (HERE / "README.tail.md").read_text(encoding="utf-8").rstrip() + "\n"
    (HERE / "README.md").write_text(lines, encoding="utf-8")


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, parsed = [], []
    for n, path in enumerate(sorted(SRC.glob("*.txt"))):
        head, items = parse(path)
        parsed.append((head, items))
        rng = random.Random(path.name + head.get("seed", ""))
        extras, dups = [], []
        layout = head["layout"]
        body = (compose_col if layout == "col" else compose_para)(head, items, rng, extras, dups)
        front = head.get("page") == "1"
        pm = head.get("punct", "full")
        text = punct((masthead(head, layout, extras) if front else "") + body, pm)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": head["date"],
                "issue_number": issue_no(head["date"]) if front else None,
                "page_count": int(head["pages"]) if front else None,
                "articles": [gold_article(st, pm) for t, st in items if t == "story"],
                "extras": [punct(e, pm) for e in extras],
                "duplicates": [punct(x, pm) for x in dups]}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        rows.append({"name": name, "date": head["date"], "page": head["page"], "layout": layout,
                     "punct": pm, "n": len(gold["articles"]),
                     "chars": len(re.sub(r"\s", "", text)),
                     "kinds": Counter(a["kind"] for a in gold["articles"])})
    if (HERE / "README.head.md").exists():
        write_readme(rows, source_stats(parsed))
    print(f"composed {n + 1} pages")


if __name__ == "__main__":
    main()
