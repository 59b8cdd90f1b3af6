#!/usr/bin/env python3
"""Lay the hand-written stories of src/*.txt out as Hunan Daily page texts.

Deterministic: the same src gives the same pages/ and gold/ byte for byte.
Two layouts, drawn from the seeds:
  column     one printed column line per text line, each followed by a blank
             line; a story's body lines in one run, its headline stack before
             the body, after it, or bunched with other stories' headlines
             (#cluster); commentary narrower; justified lines spread; digits
             set off by spaces.
  paragraph  one paragraph per line (blank line between); headline parts on
             their own lines or joined by spaces; stories cut mid-paragraph and
             resumed later (#order); lines printed twice; jump markers.
Python 3 standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」』…—,.;:?!)")   # glyph on the left: no gap after
OPEN = set("“‘（《「『(")                        # glyph on the right: no gap before
PUNCT = CLOSE | OPEN | set("·")
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%×+\-/:]*%?")
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"})
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ----------------------------------------------------------------- source

class Story:
    def __init__(self, sid: str, kind: str, opts: dict):
        self.id, self.kind, self.opts = sid, kind, opts
        self.f = {k: "" for k in FIELDS}
        self.body: list[tuple[str, str]] = []      # ("p", text) | ("h", crosshead)

    def o(self, key, default=None):
        return self.opts.get(key, default)


def parse_opts(words):
    d = {}
    for w in words:
        k, _, v = w.partition("=")
        d[k] = v if _ else "1"
    return d


def parse(path: Path):
    page, items, story = {}, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#page"):
            page = parse_opts(line.split()[1:])
        elif line.startswith("#") and not line.startswith("## "):
            cmd, _, rest = line.partition(" ")
            items.append((cmd[1:], rest))
            story = None
        elif line.startswith("==="):
            w = line[3:].split()
            story = Story(w[0], w[1], parse_opts(w[2:]))
            story.in_head = True
            items.append(("story", story))
        elif story is not None and story.in_head:
            if line == "---":
                story.in_head = False
            else:
                k, _, v = line.partition(":")
                assert k in FIELDS, (path, line)
                story.f[k] = v.strip()
        elif story is not None:
            if line.startswith("## "):
                story.body.append(("h", line[3:].strip()))
            else:
                story.body.append(("p", line.strip()))
        else:
            raise ValueError(f"{path}: stray line {line!r}")
    return page, items


# ------------------------------------------------------------------- gold

def nosp(s: str) -> str:
    return re.sub(r"\s+", "", s)


def clean(s: str) -> str:
    return s.replace("¦", "").replace("‖", "")


def gold_article(st: Story, half: bool) -> dict:
    conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
    a = {"kind": st.kind}
    for k in FIELDS:
        v = clean(st.f[k])
        if k == "byline":
            v = v.replace("|", " ")
        else:
            v = v.replace("|", "")
        a[k] = conv(re.sub(r"\s+", " ", v).strip())
    a["subheads"] = [conv(t) for kind, t in st.body if kind == "h"]
    a["paragraphs"] = [conv(nosp(clean(t))) for kind, t in st.body]
    return a


# --------------------------------------------------------- column layout

def units(text: str):
    """Split text into glyph units: digit/latin runs stay whole."""
    out, i = [], 0
    while i < len(text):
        m = NUM.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uwidth(u: str, prev: str | None) -> float:
    if u == " ":
        return 0.5
    if NUM.fullmatch(u):
        return 0.5 * len(u)
    if u in PUNCT and prev is not None and prev in PUNCT:
        return 0.5                     # adjacent punctuation is set half-width
    return 1.0


def is_cjk(u: str) -> bool:
    return len(u) == 1 and "\u3400" <= u <= "\u9fff"


def wrap(text: str, width: float, indent: float = 2.0, protect: int = 0):
    """Greedy line breaking with hanging closing punctuation.  `protect`: the
    first `protect` characters (a dateline) must not leave 1-3 of their
    characters alone at the start of a line that goes on with body text."""
    us = units(text)
    starts, pos = [], 0
    for u in us:
        starts.append(pos)
        pos += len(u)
    lines, cur, w, cap = [], [], 0.0, width - indent
    i = 0
    while i < len(us):
        u = us[i]
        uw = uwidth(u, cur[-1] if cur else None)
        if not cur and u == " ":
            i += 1
            continue
        if w + uw <= cap + 1e-9 or not cur or (u in CLOSE and len(u) == 1):
            cur.append(i)
            w += uw
            i += 1
            continue
        # break before unit i
        while len(cur) > 1 and us[cur[-1]] in OPEN:
            cur.pop()
        nxt = cur[-1] + 1
        if protect:
            tail = [j for j in range(nxt, len(us)) if starts[j] < protect and us[j] != " "]
            if 0 < len(tail) < 4:
                need = 4 - len(tail)
                while need and len(cur) > 1:
                    if us[cur[-1]] != " ":
                        need -= 1
                    cur.pop()
                nxt = cur[-1] + 1
        lines.append(cur)
        cur, w, cap, i = [], 0.0, width, nxt
    if cur:
        lines.append(cur)
    out = []
    for n, idx in enumerate(lines):
        lw = 0.0
        for k, j in enumerate(idx):
            lw += uwidth(us[j], us[idx[k - 1]] if k else None)
        full = (width - indent) if n == 0 else width
        out.append(([us[j] for j in idx], full - lw, n == len(lines) - 1))
    return out


def render(us, spread: bool, o: dict, rnd: random.Random) -> str:
    us = [u for u in us if u != " "] if spread else list(us)
    s = ""
    mode = o.get("nums", "before")
    p_after = {"before": 0.15, "both": 1.0, "none": 0.0, "after": 1.0}.get(mode, 0.15)
    for k, u in enumerate(us):
        prev = us[k - 1] if k else None
        if spread:
            if prev is not None and prev not in CLOSE and u not in OPEN:
                s += " "
            s += u
            continue
        if NUM.fullmatch(u):
            if prev and (is_cjk(prev) or prev == "”") and mode in ("before", "both"):
                s += " "
            s += u
            nxt = us[k + 1] if k + 1 < len(us) else None
            if nxt and is_cjk(nxt) and rnd.random() < p_after:
                s += " "
            continue
        if u in "，、" and o.get("gap") and prev and is_cjk(prev) and rnd.random() < float(o["gap"]):
            s += " "                                     # a single glyph gap
        s += u
        if u in "“" and o.get("qsp"):
            s += " "
    return re.sub(r" {2,}", " ", s).strip()


def body_lines(st: Story, width: float, rnd: random.Random) -> list[str]:
    o = st.opts
    just = float(o.get("just", "0.06"))
    out = []
    first = True
    for kind, text in st.body:
        if kind == "h":
            out.append(text)
            continue
        text = clean(text)
        protect = 0
        if first and st.f["dateline"]:
            dl = st.f["dateline"].replace("|", " ")
            if "¦" in dl:                      # forced break inside the dateline
                part, dl = dl.split("¦", 1)
                out.append(render(units(part), False, o, rnd))
            if o.get("dl") == "line":
                out.append(render(units(dl), False, o, rnd))
            else:
                text, protect = dl + text, len(dl)
        first = False
        for us, slack, last in wrap(text, width, 2.0, protect):
            spread = (not last) and (slack >= 1.0 or rnd.random() < just)
            out.append(render(us, spread, o, rnd))
    return out


def head_lines(st: Story, with_by: bool) -> list[list[str]]:
    """Headline stack as groups; lines inside a group print without blank."""
    groups = []
    for k in ("kicker", "title", "subtitle"):
        v = st.f[k]
        if not v:
            continue
        parts = v.split("|")
        if st.o("bold") == k:
            parts = [p + p for p in parts]
        groups.append(parts)
        if st.o("boldline") == k:
            groups.append(parts)
    if with_by and st.f["byline"]:
        groups.append(st.f["byline"].split("|"))
    return groups


def compose_column(page, items, rnd):
    lines: list[tuple[str, bool]] = []           # (text, blank line before)
    extras, dups, arts = [], [], []
    pending: list[list[list[str]]] = []
    top_credits = []

    def put(text, blank=True):
        lines.append((text, blank))

    def put_groups(groups):
        for g in groups:
            for n, t in enumerate(g):
                put(t, n == 0)

    for cmd, arg in items:
        if cmd == "masthead":
            pieces = arg.split("|")
            for p in pieces:
                put(p)
            extras.append("".join(pieces))
        elif cmd in ("box", "raw"):
            pieces = arg.split("|")
            for p in pieces:
                put(p)
            extras.append("".join(pieces))
        elif cmd == "cluster":
            opts = parse_opts(arg.split())
            tight = {int(x) for x in opts.get("tight", "").split(",") if x}
            for n, groups in enumerate(pending):
                for gi, g in enumerate(groups):
                    for li, t in enumerate(g):
                        if n in tight and gi == 0 and li == 0:
                            put(" " + t, False)
                        else:
                            put(t, li == 0)
            pending = []
        elif cmd == "story":
            st = arg
            arts.append(st)
            w = float(st.o("w", "17"))
            if st.kind == "photo":
                cred = st.f["byline"]
                put_groups(head_lines(st, False))
                mode = st.o("cap", "inline")
                cw = int(st.o("cw", "0"))
                caplines = []
                for _, t in st.body:
                    cap = clean(t)
                    if cw:
                        caplines += [cap[i:i + cw] for i in range(0, len(cap), cw)]
                    else:
                        caplines.append(cap)
                if st.o("capgap"):
                    caplines = [" ".join(c) for c in caplines]
                if mode == "inline":
                    caplines[-1] += " " + cred
                for c in caplines:
                    put(c)
                if mode == "line":
                    put(cred)
                elif mode == "right":
                    put(" " * int(st.o("pad", "24")) + cred)
                elif mode == "top":
                    top_credits.append(cred)
                continue
            head = st.o("head", "before")
            by = st.o("by", "body")
            lab = st.o("lab", "before")
            groups = head_lines(st, by == "head")
            if st.f["column"] and lab == "top":
                put(st.f["column"])
            if st.f["column"] and lab == "before":
                groups = [[st.f["column"]]] + groups     # the label goes with the headline
            if head == "before":
                put_groups(groups)
            if by == "body" and st.f["byline"]:
                put_groups([st.f["byline"].split("|")])
            if st.f["continued"] and st.o("contline"):
                marker = st.o("contline").replace("_", " ")
            else:
                marker = ""
            body = body_lines(st, w, rnd)
            if marker and st.o("cont", "inline") == "inline" and st.f["continued"].startswith(("上接", "紧接")):
                body[0] = marker + body[0]
            elif marker and st.f["continued"].startswith(("上接", "紧接")):
                body.insert(0, marker)
            if st.o("dupline"):
                k = int(st.o("dupline"))
                body.insert(k + 1, body[k])
                dups.append(body[k])
            for t in body:
                put(t)
            if marker and st.f["continued"].startswith("下转"):
                put(marker)
            if head == "after":
                put_groups(groups)
            elif head == "bunch":
                pending.append(groups)
            if st.f["column"] and lab == "after":
                put(st.f["column"])
            if st.o("bold") or st.o("boldline"):
                dups.append(st.f[st.o("bold") or st.o("boldline")].replace("|", ""))
        else:
            raise ValueError(cmd)
    assert not pending, "bunched headlines never printed"
    if top_credits:
        lines = [(c, True) for c in top_credits] + lines
    text = ""
    for n, (t, blank) in enumerate(lines):
        if n == 0:
            text = " " + t if not t.startswith(" ") else t
        else:
            text += ("\n\n" if blank else "\n") + t
    return text + "\n\n\n", arts, extras, dups


# ------------------------------------------------------ paragraph layout

def space_numbers(t: str, qsp) -> str:
    """Glyph gaps around every number run (and after an opening quote)."""
    t = re.sub(r"(?<=[\u3400-\u9fff”])(?=[0-9])", " ", t)
    t = re.sub(r"(?<=[0-9%])(?=[\u3400-\u9fff])", " ", t)
    if qsp:
        t = re.sub(r"“(?=[\u3400-\u9fff])", "“ ", t)
    return t


def compose_paragraph(page, items, rnd, half):
    conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
    blocks: list[str] = []          # each block = one printed line, "" = extra gap
    extras, dups, arts = [], [], []
    segs: dict[str, list[str]] = {}
    seq: list[str] = []              # order of emission
    order = None

    def story_segments(st: Story):
        o = st.opts
        head = []
        spec = o.get("hl", "k,t,s")
        lab = o.get("lab", "before")
        if st.f["column"] and lab == "before":
            head.append(st.f["column"])
        for grp in spec.split(","):
            parts = []
            for ch in grp:
                key = {"k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[ch]
                v = st.f[key]
                if v:
                    parts.append(v)
            if not parts:
                continue
            joined = " ".join(parts)
            head.append(joined.replace("|", "\n"))     # a field's lines print without gap
        if "b" not in spec and st.f["byline"] and st.kind != "photo":
            head.append(st.f["byline"].replace("|", "\n"))
        lines = []
        first = True
        for kind, t in st.body:
            if kind == "h":
                lines.append(t)
                continue
            if page.get("nums") == "both" or o.get("nums") == "both":
                t = space_numbers(t, page.get("qsp") or o.get("qsp"))
            if first and st.f["dateline"]:
                t = clean(st.f["dateline"]) + t
            first = False
            lines.extend(t.split("¦"))
        if st.kind == "photo":
            cred = st.f["byline"]
            mode = o.get("cap", "inline")
            if mode == "inline":
                lines[-1] += o.get("sep", "") + cred
            elif mode == "right":
                lines.append(" " * int(o.get("pad", "30")) + cred)
            else:
                lines.append(cred)
        if o.get("dup"):
            k = int(o["dup"])
            lines.insert(k + 1, lines[k])
            dups.append(nosp(clean(lines[k])))
        # cut into segments at ‖
        segments, cur = [], head[:]
        for ln in lines:
            if "‖" in ln:
                a, b = ln.split("‖", 1)
                cur.append(a)
                segments.append(cur)
                cur = [b] if b else []
            else:
                cur.append(ln)
        if st.f["continued"].startswith("下转") and o.get("jumpline"):
            for j in o["jumpline"].split("|"):
                pos = int(j.split("@")[1]) if "@" in j else len(cur)
                cur.insert(pos, j.split("@")[0])
        if st.f["column"] and lab == "after":
            cur.append(st.f["column"])
        segments.append(cur)
        return segments

    nl = 0
    for cmd, arg in items:
        if cmd in ("masthead", "box", "raw"):
            pieces = arg.split("|")
            nl += 1
            if cmd == "masthead":
                segs[f"L{nl}"] = [p.replace("~", "\n") for p in pieces] + [""]
                extras.append("".join(p.replace("~", "") for p in pieces))
            else:
                segs[f"L{nl}"] = pieces
                extras.append("".join(pieces))
            seq.append(f"L{nl}")
        elif cmd == "order":
            order = arg.split()
        elif cmd == "story":
            st = arg
            arts.append(st)
            for n, s in enumerate(story_segments(st), 1):
                segs[f"{st.id}{n}"] = s
                seq.append(f"{st.id}{n}")
        else:
            raise ValueError(cmd)
    if order:
        assert sorted(order) == sorted(seq), (sorted(set(seq) - set(order)), sorted(set(order) - set(seq)))
        seq = order
    photo_ids = {st.id for st in arts if st.kind == "photo"}
    for x in seq:
        if x[:-1] in photo_ids and x.endswith("1"):
            blocks.append("")
        blocks.extend(segs[x])
    text = "\n\n" + "\n\n".join(conv(b) for b in blocks)
    text = re.sub(r"\n{7,}", "\n\n\n\n\n\n", text)
    return text, arts, extras, dups


# ------------------------------------------------------------------ README

README_HEAD = """# dev_zq — a blind test set of Hunan Daily (湖南日报) pages

Fourteen page texts (`pages/`) with exact gold annotations (`gold/`), made without any
sight of hnreader: only the five seed pages, their gold, `FORMAT.md` and `score.py` in
`/work/shared` were read.  Issues are dated 2016–2025; 9 pages are in the *column*
layout (seeds 000/004), 5 in the *paragraph* layout (seeds 001–003).

## How it was made

- `src/NN_<date>_<c|p>.txt`: every story hand-written for this set (all people, places
  within Hunan's real counties, events and figures invented), with a small header per
  story (`=== id kind options`, then `kicker:` `title:` `subtitle:` `column:` `byline:`
  `dateline:` `continued:`, `---`, then one paragraph per line, `## ` for a crosshead).
  In headline fields `|` marks a printed line break; in paragraphs `‖` marks where a
  story is cut (paragraph layout) and `¦` a paragraph printed over two lines.  Page
  lines: `#page` (date = issue date, layout, page of issue, issue number, page count,
  punctuation, number spacing), `#masthead`, `#box`, `#raw` (furniture → extras),
  `#cluster` (column layout: print the bunched headlines here), `#order` (paragraph
  layout: the order in which story pieces are printed).
- `compose.py` (standard library only, deterministic) lays the stories out and writes
  `pages/NNN_<sha256[:16]>.txt`, `gold/NNN_<same>.json` and this README.
  - column layout: each story's body is wrapped at its own width (12–13 ems for
    commentary, 14–21 for news and features; first line of a paragraph indented 2 ems,
    digits half width, adjacent punctuation half width, closing punctuation hung,
    opening punctuation never left at a line end); every line is followed by a blank
    line; lines with slack (or, at a per-story rate, others) are justified and
    extracted with a space at every glyph gap except beside the blank half of full-width
    punctuation (`总 部 、区 域`); digit runs get a space before them (and after them
    at a per-story rate); the dateline runs into the first paragraph and is broken
    wherever the column breaks (inside a date, between names, before `通讯员`), never
    leaving 1–3 of its characters alone before body text.  Headline stacks are printed
    before the body, right after it, or bunched with other stories' headlines in a
    `#cluster` later on the page (one cluster line joined without blank line and with a
    leading space, as in seed 000).  As in the seeds, a story's body lines are printed in
    one run.  The file starts with a space and ends with two blank lines.
  - paragraph layout: one paragraph per line with a blank line between; headline parts
    on their own lines or joined by a space; the dateline runs into the first
    paragraph; stories cut mid-paragraph (inside a word, between a verb and its figure,
    between a figure and its unit) and resumed after pieces of the next story; lines
    printed twice; jump markers `▷(下转2版)`; photos preceded by an extra gap; the file
    starts with two blank lines and has no final newline.
- `check.py` builds the export a perfect segmenter would print from the gold (every gold
  article; extras and duplicates as the source's extras), runs
  `/work/shared/tools/score.py EXPORT gold --pages pages -v`, and requires every figure
  1.000, coverage 1.000, `cjk_space_left` 0 and no problem line; it also checks page
  names against their hash, 3,500–7,500 characters and 6–14 articles a page, re-does
  coverage character by character (only the decorations of jump markers, `▷ ▲ ( )`, may
  be missing from the gold, as in the seeds), and fails if any 6-character run of the
  seeds' gold headlines or paragraphs occurs in this gold unless it is made only of
  generic words (listed in `check.py`), digits and punctuation.

## Gold conventions followed (from the seeds)

- Paragraphs keep no whitespace at all; headline fields keep a meaningful inner space
  (`聚力自主安全 领跑先进计算`); a headline role printed over two lines is joined
  without space; a byline printed over two lines is joined with a space.
- A crosshead is listed in `subheads` and also kept, spaces removed, as a paragraph.
- A short `某某出席/主持` line under the title is the subtitle; a kicker ending in `——`
  keeps the dash; `——记…` lines are subtitles.
- Column labels (栏目) go in `column` wherever they are printed (before the headline,
  on top, or after the body); commentary bylines and bare-name bylines go in `byline`.
- Photos: `kind` photo, printed title (if any) in `title`, wide line above the caption in
  `subtitle`, caption(s) as paragraphs, the credit (inline, own line, right-aligned, or
  at the top of the page) in `byline`; a group credit (`以上图片均由 …`) is the byline of
  the one photo item whose captions it covers.
- Jump markers: `continued` holds `下转2版` / `上接1版` / `紧接1版②` without the
  arrows and brackets; a continuation on an inside page is `kind` continuation with no
  title.  A story cut at the page end keeps its last, unfinished paragraph as printed.
- Masthead pieces become one extras string (pieces concatenated), a countdown box one
  string, a code prompt or mailbox line one string; `issue_number` and `page_count` are
  filled on front pages only.  Lines printed twice (and the second copy of a headline
  drawn twice for bold) go in `duplicates`.
- Essays of the 副刊 page are `feature`; commentaries are `commentary` even on the front
  page (`湖南日报评论员`).
"""

README_TAIL = """
## Limits

- Length: pages hold {lo:,}–{hi:,} characters (whitespace excluded), inside the brief's
  3,500–7,500 but mostly under the 4,500–6,500 the task aimed at; the stories are
  full-length but the pages carry fewer of them than the seeds (6–14 articles each).
- Layout is simulated from five seed pages, not from real PDFs: widths, justification
  rate, digit spacing and line-break rules are models of what the seeds show.  The
  column layout never interleaves story bodies (the seeds do not); only headlines move.
- Page furniture in the column layout's front page (masthead) is laid out like the
  paragraph layout's, piece by piece; no seed shows a column-layout front page.
- Some gold conventions are guesses where the seeds are silent (see the report): a group
  credit attached to one photo item holding several captions; 副刊 essays as `feature`;
  a painting reproduced on the 副刊 page annotated as a photo item; `新华社…电` datelines
  kept whole in `dateline`.
- The seed-overlap check exempts generic official phrases (listed in `check.py`), so
  common run-of-the-mill wording (`有关负责人表示`, `人均可支配收入` …) is shared with
  the seeds; no distinctive sentence or headline is.
"""

def phenomena(pages):
    """Count the layout phenomena laid out, from the sources and the pages."""
    from collections import Counter
    c = Counter()
    kinds = Counter()
    for page, items, text, arts, extras, dups in pages:
        col = page["layout"] == "column"
        c["pages, column layout" if col else "pages, paragraph layout"] += 1
        if page.get("punct") == "half":
            c["pages with half-width punctuation `,()`"] += 1
        if page.get("nums") == "both":
            c["pages with spaces around every number run (paragraph layout)"] += 1
        if page.get("qsp"):
            c["pages with a space after opening quotes (`“ 新湖南`)"] += 1
        for cmd, arg in items:
            if cmd == "masthead":
                c["mastheads (front pages)"] += 1
                if re.search(r"\d+ 星期", arg):
                    c["masthead pieces merged (`26 星期五`)"] += 1
            elif cmd == "box":
                c["box lines in extras (countdowns, page furniture)"] += 1
            elif cmd == "raw":
                c["furniture lines in extras (code prompts, mailbox)"] += 1
            elif cmd == "cluster":
                c["headline clusters (several stories' headlines bunched)"] += 1
                if "tight" in arg:
                    c["cluster lines joined without blank line + leading space"] += 1
            elif cmd == "order":
                pass
        for st in arts:
            kinds[st.kind] += 1
            f, o = st.f, st.opts
            roles = [k for k in ("kicker", "title", "subtitle") if f[k]]
            nlines = sum(len(f[k].split("|")) for k in roles)
            if roles:
                c[f"headline stacks of {nlines} printed line(s)"] += 1
            if any("|" in f[k] for k in roles):
                c["headline role broken over two lines (last word alone etc.)"] += 1
            if f["kicker"].endswith("——") or f["kicker"].endswith("|——"):
                c["kickers ending in a dash"] += 1
            if f["subtitle"].startswith("——"):
                c["dash-led subtitles (`——记…`)"] += 1
            if re.search(r"(出席|主持|参加|讲话)$", f["subtitle"].replace("|", " ")):
                c["short `某某出席/主持` subtitle lines"] += 1
            if col:
                h = o.get("head", "before")
                if st.kind != "photo" and st.kind != "continuation":
                    c[f"column layout: headline printed {h} the body" if h != "bunch"
                      else "column layout: headline bunched away from the body"] += 1
            else:
                spec = o.get("hl", "k,t,s")
                if any(len(g) > 1 for g in spec.split(",")) and len(roles) > 1:
                    c["paragraph layout: headline parts joined by a space on one line"] += 1
            if f["column"]:
                c[f"column labels (栏目), printed {o.get('lab', 'before')}"] += 1
            by = f["byline"]
            if by and st.kind != "photo":
                if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", by):
                    c["bare-name bylines"] += 1
                elif by.startswith("文丨"):
                    c["`文丨X` bylines (副刊)"] += 1
                elif "|" in by:
                    c["bylines broken over two lines"] += 1
            if st.kind == "photo":
                c[f"photo credits {o.get('cap', 'inline')}"] += 1
                if by.startswith(("以上图片", "(本", "（本")):
                    c["group credits / 本版图片 credits"] += 1
                if f["title"]:
                    c["photo items with a title"] += 1
                if f["subtitle"]:
                    c["photo items with a wide subtitle above the caption"] += 1
            if "电（" in f["dateline"] or "电(" in f["dateline"]:
                c["datelines with 电"] += 1
            if "华声在线" in f["dateline"] or "新湖南客户端" in f["dateline"]:
                c["datelines 湖南日报·华声在线 / ·新湖南客户端"] += 1
            if f["dateline"] and "全媒体" not in f["dateline"] and "记者" in f["dateline"]:
                c["datelines with plain 记者 (before 2019)"] += 1
            hs = [t for k, t in st.body if k == "h"]
            if hs:
                c["crossheads (subheads) inside features/continuations"] += len(hs)
            if f["continued"].startswith("下转"):
                c["jump markers 下转"] += 1
            if st.kind == "continuation":
                c["continuations (上接/紧接) on inside pages"] += 1
            for _, t in st.body:
                if "‖" in t:
                    c["paragraph layout: story cut mid-paragraph"] += 1
                if "¦" in t:
                    c["paragraph layout: paragraph broken over two lines"] += 1
            if o.get("dup") or o.get("dupline"):
                c["lines printed twice"] += 1
            if "¦" in f["dateline"]:
                c["column layout: dateline broken inside its date"] += 1
            if o.get("bold"):
                c["headline drawn twice on one line (bold)"] += 1
            if o.get("boldline"):
                c["headline drawn twice on two lines"] += 1
        if col:
            for line in text.splitlines():
                if re.search(r"(\S ){6,}\S", line) and not line.startswith(" "):
                    c["column layout: justified lines spread with spaces"] += 1
    return c, kinds


def write_readme(pages, rows):
    c, kinds = phenomena(pages)
    total_chars = sum(r[4] for r in rows)
    out = [README_HEAD]
    out.append("## Pages\n")
    out.append("| file | issue date | page of issue | layout | articles | characters |")
    out.append("|---|---|---|---|---|---|")
    for r in rows:
        out.append(f"| `{r[0]}` | {r[1]} | {r[2]} | {r[3]} | {r[5]} | {r[4]} |")
    out.append(f"\n{len(rows)} pages, {sum(r[5] for r in rows)} articles, {total_chars} characters "
               "(whitespace excluded).\n")
    out.append("Articles by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".\n")
    out.append("## Phenomena laid out\n")
    out.append("| phenomenon | count |")
    out.append("|---|---|")
    for k in sorted(c):
        out.append(f"| {k} | {c[k]} |")
    out.append(README_TAIL.format(lo=min(r[4] for r in rows), hi=max(r[4] for r in rows)))
    (HERE / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# -------------------------------------------------------------------- main

def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    done, rows = [], []
    for n, path in enumerate(sorted(SRC.glob("*.txt"))):
        page, items = parse(path)
        rnd = random.Random(path.name)
        half = page.get("punct") == "half"
        if page["layout"] == "column":
            text, arts, extras, dups = compose_column(page, items, rnd)
        else:
            text, arts, extras, dups = compose_paragraph(page, items, rnd, half)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"{name}.txt",
            "issue_date": page["date"],
            "issue_number": page.get("issue"),
            "page_count": int(page["pages"]) if page.get("pages") else None,
            "articles": [gold_article(st, half) for st in arts],
            "extras": extras,
            "duplicates": dups,
        }
        (GOLD / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        done.append((page, items, text, arts, extras, dups))
        rows.append((f"{name}.txt", page["date"], page.get("pageno", "?"), page["layout"],
                     len(re.sub(r"\s", "", text)), len(arts)))
    write_readme(done, rows)
    print(f"composed {n + 1} pages")


if __name__ == "__main__":
    main()
