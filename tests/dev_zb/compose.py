#!/usr/bin/env python3
"""Deterministic composer for the dev_zb blind set.

Reads src/NN.txt (hand-written stories with layout directives), lays every page out in
the "column" layout (one printed column line per text line, blank line after each) or the
"paragraph" layout (one paragraph per line), and writes pages/ and gold/ (see README.md).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

STATS: Counter = Counter()

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》〉」』,.;:?!)%…—")
OPEN = set("“‘（《〈「『(")
CUT, BRK, FORCE = "｜", "‖", "\x01"


# ------------------------------------------------------------------ parsing
class Story:
    def __init__(self, kind, opts):
        self.kind = kind
        self.opts = opts
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.paras: list[str] = []      # raw, may hold CUT / BRK markers
        self.subheads: list[str] = []
        self.sub_idx: set[int] = set()

    def o(self, k, d=None):
        return self.opts.get(k, d)


KEYS = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
        "by": "byline", "dl": "dateline", "cont": "continued"}


def parse(path: Path):
    page = {"extras": []}
    stories: list[Story] = []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("%page"):
            for tok in line.split()[1:]:
                k, _, v = tok.partition("=")
                page[k] = v
            continue
        if line.startswith("%masthead"):
            page["masthead"] = line.split(None, 1)[1].split("|")
            continue
        if line.startswith("%extra"):
            _, pos, txt = line.split(None, 2)
            page["extras"].append((pos, txt.split("|")))
            continue
        if line.startswith("=="):
            toks = line[2:].split()
            opts = {}
            for t in toks[1:]:
                k, eq, v = t.partition("=")
                opts[k] = v if eq else True
            cur = Story(toks[0], opts)
            stories.append(cur)
            continue
        m = re.match(r"^(col|kick|title|sub|by|dl|cont):\s?(.*)$", line)
        if m and cur is not None:
            cur.f[KEYS[m.group(1)]] = m.group(2).strip()
            continue
        if line.startswith("## "):
            cur.sub_idx.add(len(cur.paras))
            cur.subheads.append(line[3:].strip())
            cur.paras.append(line[3:].strip())
            continue
        cur.paras.append(line.strip())
    return page, stories


# ------------------------------------------------------------------ text helpers
def punct(s: str, style: str) -> str:
    if style == "half":
        return s.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";"}))
    if style == "mixed":
        return s.translate(str.maketrans({"（": "(", "）": ")"}))
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BRK, "").replace(FORCE, "")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def tokens(s: str):
    """digit/latin runs stay whole; everything else one char a token."""
    return re.findall(r"[0-9][0-9.]*%?|[A-Za-z]+|.", s, flags=re.S)


def tw(t: str) -> float:
    if t == " ":
        return 0.5
    if len(t) > 1 and not re.match(r"[0-9A-Za-z]", t[0]):
        return sum(tw(c) for c in t)
    if re.match(r"[0-9A-Za-z.%+\-]", t[0]):
        return 0.55 * len(t)
    return 1.0


def dl_tail(dl: str) -> str:
    """the dateline's closing run kept on one line (a line must not start with a
    scrap of fewer than four dateline characters)."""
    j = dl.rfind(" ")
    tail = dl[j + 1:] if j >= 0 else dl[-4:]
    if len(tail) < 4:
        k = dl.rfind(" ", 0, j)
        tail = dl[k + 1:]
    return tail


def wrap(text: str, width: int, indent: float = 2.0, protect: str = "") -> list[str]:
    lines, cur, w = [], [], indent
    if protect and protect in text:
        a, b = text.split(protect, 1)
        toks = tokens(a) + [protect] + tokens(b)
    else:
        toks = tokens(text)
    for t in toks:
        if t == FORCE:
            lines.append("".join(cur).strip())
            cur, w = [], 0.0
            continue
        x = tw(t)
        if cur and w + x > width + 0.01 and not (t[0] in CLOSE):
            # keep an opening mark with what follows
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append("".join(cur).strip())
            cur, w = carry, sum(tw(c) for c in carry)
        cur.append(t)
        w += x
    if cur:
        lines.append("".join(cur).strip())
    return [l for l in lines if l]


def numspace(line: str, rng: random.Random, p_before=0.9, p_after=0.6) -> str:
    out = []
    toks = tokens(line)
    for i, t in enumerate(toks):
        if re.match(r"[0-9A-Za-z]", t[0]) and len(t) >= 1:
            prev = out[-1][-1] if out and out[-1] else ""
            if prev and is_cjk(prev) and rng.random() < p_before:
                out.append(" ")
            out.append(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and is_cjk(nxt[0]) and rng.random() < p_after:
                out.append(" ")
        else:
            out.append(t)
    return "".join(out)


def spread(line: str) -> str:
    toks = [t for t in tokens(line.replace(" ", "")) if t.strip()]
    out = ""
    for i, t in enumerate(toks):
        if i:
            prev = toks[i - 1]
            if not (prev[-1] in CLOSE and prev[-1] not in "%") and t[0] not in OPEN \
                    and prev[-1] not in "（《(":
                out += " "
            elif prev[-1] == "%" and t[0] in CLOSE:
                out += " "
        out += t
    return out


def gapspace(line: str, rng: random.Random) -> str:
    """glyph-gap spaces around one figure of a line (extraction artefact)."""
    ms = list(re.finditer(r"[0-9][0-9.]*%?", line))
    if not ms:
        return line
    m = ms[rng.randrange(len(ms))]
    a, b = m.start(), m.end()
    fig = m.group()
    mode = rng.choice(["after", "pct", "both"])
    if mode == "pct" and fig.endswith("%"):
        fig = fig[:-1] + " %"
    elif mode == "both":
        return line[:a].rstrip() + " " + fig + " " + line[b:]
    return line[:a] + fig + " " + line[b:]


# ------------------------------------------------------------------ gold
def gold_article(st: Story, style: str):
    g = {"kind": st.kind}
    for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
        g[k] = punct(st.f[k], style)
    g["subheads"] = [punct(s, style) for s in st.subheads]
    g["paragraphs"] = [squash(punct(clean(p), style)) for p in st.paras]
    return g


# ------------------------------------------------------------------ column layout
class Out:
    def __init__(self):
        self.items: list[list] = []   # [text, sep]

    def add(self, text, sep="\n\n"):
        self.items.append([text, sep])

    def glue(self):
        """make the previous line run straight into the next (no blank)."""
        if self.items:
            self.items[-1][1] = "\n"

    def render(self, head="", tail=""):
        return head + "".join(t + s for t, s in self.items) + tail


def col_headline(st: Story, rng, style, out: Out, dups: list):
    parts = []
    if st.f["column"] and st.o("labelpos", "after") == "hl":
        parts.append(st.f["column"])
    for k in ("kicker", "title", "subtitle"):
        v = punct(st.f[k], style)
        if not v:
            continue
        if k == "title" and st.o("hlwrap"):
            n = int(st.o("hlwrap"))
            parts.append((v[:n], v[n:]))
        elif k == "title" and st.o("bold") == "line":
            parts.append(v + v)
            dups.append(v)
        elif k == "title" and st.o("bold") == "two":
            parts.append((v, v))
            dups.append(v)
        else:
            parts.append(v)
    if st.f["byline"] and st.o("bypos") == "hl":
        parts.append(punct(st.f["byline"], style))
    for p in parts:
        if isinstance(p, tuple):
            out.add(p[0], "\n")
            out.add(p[1])
        else:
            out.add(p)
            if rng.random() < 0.4:
                out.glue()
    if out.items:
        out.items[-1][1] = "\n\n"


def col_body(st: Story, rng, style, page, out: Out, dups: list, extras_in):
    W = int(st.o("w", page["W"]))
    p_after = float(page.get("pafter", 0.6))
    sp = float(st.o("spread", page.get("spread", 0.12)))
    lines_all = []   # (text, is_last_of_para, pidx)
    for i, p in enumerate(st.paras):
        p = punct(clean(p), style)
        if i in st.sub_idx:
            lines_all.append((p, True, i))
            continue
        if i == 0 and st.f["dateline"]:
            dl = punct(st.f["dateline"], style)
            br = st.o("dlbr")
            pre = []
            if br:
                j = dl.find(br)
                pre = [dl[:j].strip()]
                dl = dl[j:]
            p = dl + p
            ls = pre + wrap(p, W, 0 if pre else 2.0, protect=dl_tail(dl))
            for j, l in enumerate(ls):
                lines_all.append((l, j == len(ls) - 1, i))
            continue
        ind = 2.0
        ls = wrap(p, W, ind)
        for j, l in enumerate(ls):
            lines_all.append((l, j == len(ls) - 1, i))
    res = []
    for (l, last, pi) in lines_all:
        if pi in st.sub_idx:
            res.append(l)
            continue
        l2 = numspace(l, rng, 0.9, p_after)
        if not last and re.search(r"[0-9A-Za-z“”]", l) and rng.random() < sp:
            l2 = spread(l)
            STATS["justified line spread with spaces (column layout)"] += 1
        elif not last and rng.random() < sp * 0.2:
            l2 = spread(l)
            STATS["justified line spread with spaces (column layout)"] += 1
        res.append(l2)
    if st.o("dup"):
        k = min(int(st.o("dup")), len(res) - 2)
        res.insert(k + 1, res[k])
        dups.append(res[k])
    for n, l in enumerate(res):
        for (k, pieces) in extras_in.get(n, []):
            for pc in pieces:
                out.add(pc)
        out.add(l)


def col_photo(st: Story, rng, style, out: Out):
    cap_w = int(st.o("capw", 44))
    mode = st.o("credit", "inline")
    cr = punct(st.f["byline"], style)
    if st.f["title"]:
        out.add(punct(st.f["title"], style))
    caps = [punct(clean(p), style) for p in st.paras]
    for ci, c in enumerate(caps):
        last = ci == len(caps) - 1
        text = c + (" " + cr if (mode == "inline" and last and cr) else "")
        ls = wrap(text, cap_w, 0) if len(text) > cap_w else [text]
        if st.o("capspread"):
            ls = [spread(x) for x in ls]
        for l in ls:
            out.add(l)
    if cr and mode == "own":
        out.add(cr)
    elif cr and mode == "right":
        out.add(" " * int(st.o("pad", 30)) + cr)


def compose_col(page, stories, rng):
    style = page.get("punct", "full")
    out, dups, extras = Out(), [], []
    bunch = []
    pos_extras = {}
    for pos, pieces in page["extras"]:
        pos_extras.setdefault(pos, []).append(pieces)
        extras.append("".join(squash(p) for p in pieces))
    if page.get("masthead"):
        extras.insert(0, "".join(squash(p) for p in page["masthead"]))
        pos_extras.setdefault(page.get("mastpos", "top"), []).insert(0, page["masthead"])
    bunch_at = page.get("bunch", "end")

    def emit_extras(pos):
        for pieces in pos_extras.get(pos, []):
            for i, pc in enumerate(pieces):
                out.add(pc)
                if i < len(pieces) - 1 and rng.random() < 0.3:
                    out.glue()

    def emit_bunch():
        for st in bunch:
            col_headline(st, rng, style, out, dups)
        bunch.clear()

    # top-of-page photo credits
    for st in stories:
        if st.kind == "photo" and st.o("credit") == "top":
            out.add(" " * int(st.o("pad", 24)) + punct(st.f["byline"], style))
    emit_extras("top")
    for si, st in enumerate(stories):
        emit_extras(f"before:{si}")
        if st.kind == "photo":
            col_photo(st, rng, style, out)
            emit_extras(f"after:{si}")
            continue
        hl = st.o("hl", "after")
        label = punct(st.f["column"], style)
        lp = st.o("labelpos", "after")
        if st.kind == "continuation":
            mk = punct(st.o("mark", "▲ ▲（" + st.f["continued"] + "）"), style)
            if st.o("markinline"):
                st.paras[0] = FORCE + st.paras[0]  # handled below
            out.add(mk)
            if st.o("markinline"):
                out.items.pop()
                first = True
            else:
                first = False
            extras_in = {}
            tmp = Out()
            col_body(st, rng, style, page, tmp, dups, extras_in)
            if first and tmp.items:
                tmp.items[0][0] = mk + tmp.items[0][0]
            out.items += tmp.items
            emit_extras(f"after:{si}")
            continue
        if label and lp == "before":
            out.add(label)
        if hl == "before":
            col_headline(st, rng, style, out, dups)
        if st.f["byline"] and st.o("bypos") in ("before", "bare"):
            by = punct(st.f["byline"], style)
            if st.o("bypos") == "bare" and " " in by:
                a, b = by.rsplit(" ", 1)
                out.add(a)
                out.add(b)
            else:
                out.add(by)
        ein = {}
        for pos, pieces in page["extras"]:
            if pos.startswith(f"in:{si}:"):
                ein.setdefault(int(pos.split(":")[2]), []).append((pos, pieces))
        col_body(st, rng, style, page, out, dups, ein)
        if st.f["continued"] and st.kind != "continuation":
            out.add(punct(st.o("mark", "▶（" + st.f["continued"] + "）"), style))
        if st.f["byline"] and st.o("bypos") == "after":
            out.add(punct(st.f["byline"], style))
        if label and lp == "after":
            out.add(label)
        if hl == "after":
            col_headline(st, rng, style, out, dups)
        elif hl == "bunch":
            bunch.append(st)
        emit_extras(f"after:{si}")
        if bunch_at == f"after:{si}":
            emit_bunch()
    emit_bunch()
    emit_extras("end")
    text = out.render(head=" " if page.get("lead", "1") == "1" else "", tail="\n")
    return text, extras, dups


# ------------------------------------------------------------------ paragraph layout
def par_story(st: Story, rng, style, page, dups):
    """returns (head_lines, body_lines); each line [text, sep]."""
    head, body = [], []
    P = lambda s: punct(s, style)
    if st.kind == "photo":
        mode = st.o("credit", "inline")
        cr = P(st.f["byline"])
        if st.f["title"]:
            head.append([P(st.f["title"]), "\n\n"])
        caps = [P(clean(p)) for p in st.paras]
        for ci, c in enumerate(caps):
            last = ci == len(caps) - 1
            t = c + (" " + cr if (mode == "inline" and last and cr) else "")
            if st.o("capspread"):
                t = spread(t)
            body.append([t, "\n\n"])
        if cr and mode in ("own", "group"):
            body.append([cr, "\n\n"])
        elif cr and mode == "right":
            body.append([" " * int(st.o("pad", 30)) + cr, "\n\n"])
        return head, body
    label = P(st.f["column"])
    lp = st.o("labelpos", "before")
    if label and lp == "before":
        head.append([label, "\n\n"])
    parts = [(k, P(st.f[k])) for k in ("kicker", "title", "subtitle") if st.f[k]]
    join = st.o("join")
    if join:
        # join the named parts with spaces on one line
        names = {"k": "kicker", "t": "title", "s": "subtitle"}
        want = [names[c] for c in join]
        line, rest = [], []
        for k, v in parts:
            (line if k in want else rest).append((k, v))
        order = [v for k, v in parts if k in want]
        first_idx = min(i for i, (k, v) in enumerate(parts) if k in want)
        new = parts[:first_idx] + [("join", " ".join(order))] + \
            [(k, v) for (k, v) in parts[first_idx:] if k not in want]
        parts = new
    for k, v in parts:
        if k == "title" and st.o("hlwrap"):
            n = int(st.o("hlwrap"))
            head.append([v[:n], "\n"])
            head.append([v[n:], "\n\n"])
        elif k == "kicker" and st.o("kwrap"):
            n = int(st.o("kwrap"))
            head.append([v[:n], "\n"])
            head.append([v[n:], "\n\n"])
        elif k in ("title", "join") and st.o("bold") == "line":
            t = P(st.f["title"])
            head.append([v.replace(t, t + t, 1), "\n\n"])
            dups.append(t)
        elif k in ("title", "join") and st.o("bold") == "two":
            head.append([v, "\n\n"])
            head.append([v, "\n\n"])
            dups.append(v)
        else:
            head.append([v, "\n\n"])
    if st.f["byline"] and st.o("bypos", "before") in ("before", "bare"):
        by = P(st.f["byline"])
        if st.o("bywrap"):
            a, b = by.split(" 通讯员", 1)
            head.append([a, "\n"])
            head.append(["通讯员" + b, "\n\n"])
        else:
            head.append([by, "\n\n"])
    for i, p in enumerate(st.paras):
        p = P(p)
        if i == 0 and st.f["dateline"]:
            dl = P(st.f["dateline"])
            if st.o("dlbr"):
                j = dl.find(st.o("dlbr"))
                body.append([dl[:j], "\n\n"])
                dl = dl[j:]
            if st.o("dlsep"):
                body.append([dl, "\n\n"])
                dl = ""
            p = dl + p
        if i == 0 and st.kind == "continuation":
            mk = P(st.o("mark", "（" + st.f["continued"] + "）"))
            if st.o("markinline"):
                p = mk + p
            else:
                body.append([mk, "\n\n"])
        if CUT in p:
            a, b = p.split(CUT, 1)
            body.append([a.replace(BRK, ""), "\n\n", "CUT"])
            body.append([b.replace(BRK, ""), "\n\n", "REST"])
            continue
        for s in p.split(BRK):
            body.append([s, "\n\n"])
    if st.o("dup"):
        k = int(st.o("dup"))
        line = body[k][0]
        dups.append(line)
        if st.o("duppre"):
            head.insert(0, [line, "\n\n"])
        else:
            body.insert(k + 1, [line, "\n\n"])
    if st.f["continued"] and st.kind != "continuation":
        body.append([P(st.o("mark", "▷(" + st.f["continued"] + ")")), "\n\n"])
    if st.f["byline"] and st.o("bypos") == "after":
        body.append([P(st.f["byline"]), "\n\n"])
    if label and lp == "after":
        body.append([label, "\n\n"])
    return head, body


def compose_par(page, stories, rng):
    style = page.get("punct", "full")
    dups, extras = [], []
    lines: list[list] = []
    pos_extras = {}
    for pos, pieces in page["extras"]:
        pos_extras.setdefault(pos, []).append(pieces)
        extras.append("".join(squash(p) for p in pieces))
    if page.get("masthead"):
        extras.insert(0, "".join(squash(p) for p in page["masthead"]))

    def emit_extras(pos):
        for pieces in pos_extras.get(pos, []):
            for pc in pieces:
                lines.append([pc, "\n\n"])
            lines[-1][1] = "\n\n\n\n" if pos == "end" else "\n\n"

    if page.get("masthead"):
        m = page["masthead"]
        for i, pc in enumerate(m):
            glue = pc.startswith("第") and i > 0
            if glue:
                lines[-1][1] = "\n"
            lines.append([pc, "\n\n"])
        lines[-1][1] = "\n\n\n\n"
    for st in stories:
        if st.kind == "photo" and st.o("credit") == "top":
            lines.insert(0, [" " * int(st.o("pad", 24)) + punct(st.f["byline"], style), "\n\n"])
    emit_extras("top")
    rendered = [par_story(st, rng, style, page, dups) for st in stories]
    pending = None   # (rest_lines, after_n) from a cut story
    for si, (st, (head, body)) in enumerate(zip(stories, rendered)):
        emit_extras(f"before:{si}")
        if st.kind == "photo" and lines:
            lines[-1][1] = "\n\n\n\n"
        if st.kind == "photo" and st.o("credit") == "top":
            body = [b for b in body if b[0].strip() != punct(st.f["byline"], style)]
        lines += head
        if pending:
            rest, n = pending
            pending = None
            lines += body[:n]
            lines += rest
            body = body[n:]
        cut = [i for i, b in enumerate(body) if len(b) > 2 and b[2] == "CUT"]
        if cut:
            c = cut[0]
            lines += [b[:2] for b in body[:c + 1]]
            rest = [b[:2] for b in body[c + 1:]]
            pending = (rest, int(st.o("cut", 1)))
            emit_extras(f"after:{si}")
            continue
        lines += [b[:2] for b in body]
        if st.kind == "photo":
            lines[-1][1] = "\n\n"
        emit_extras(f"after:{si}")
    if pending:
        lines += pending[0]
    emit_extras("end")
    # glyph-gap artefacts on a few body lines
    ng = int(page.get("gaps", 0))
    cand = [i for i, l in enumerate(lines) if re.search(r"[0-9]", l[0]) and len(l[0]) > 40
            and "讯" not in l[0][:20] and "接" not in l[0][:6] and l[0].count(" ") < 3]
    rng.shuffle(cand)
    for i in cand[:ng]:
        lines[i][0] = gapspace(lines[i][0], rng)
        STATS["glyph-gap spaces in a body line (paragraph layout)"] += 1
    lines[-1][1] = ""
    text = "\n\n" + "".join(t + s for t, s in lines)
    return text, extras, dups


# ------------------------------------------------------------------ main
def count_phenomena(page, stories, P: Counter):
    L = "col" if page["layout"] == "col" else "par"
    if page.get("masthead"):
        P[(L, "front page masthead (date, weekday, lunar date, issue no., page count)")] += 1
        if any(" " in m for m in page["masthead"]):
            P[(L, "masthead pieces merged on one line (`18 星期四`)")] += 1
    for pos, pieces in page["extras"]:
        txt = "".join(pieces)
        kind = ("countdown box" if "距" in txt else "code prompt box" if "扫" in txt
                else "box line / page label")
        P[(L, kind)] += 1
        if pos.startswith("in:"):
            P[(L, "box line printed inside a story's body")] += 1
    for st in stories:
        o = st.opts
        if st.kind == "photo":
            m = o.get("credit", "inline")
            name = {"inline": "photo credit on the caption line", "own": "photo credit on its own line",
                    "right": "photo credit right-aligned (leading spaces)", "top": "photo credit at the top of the page",
                    "group": "group photo credit (`以上图片均由 …`), several captions"}[m]
            P[(L, name)] += 1
            if st.f["title"]:
                P[(L, "photo title line")] += 1
            if o.get("capspread"):
                P[(L, "caption line spread with glyph-gap spaces")] += 1
            continue
        if L == "col" and st.kind != "continuation":
            h = o.get("hl", "after")
            P[(L, {"after": "headline printed after its body", "bunch": "headline bunched with other stories' headlines",
                   "before": "headline before its body"}[h])] += 1
        if o.get("join"):
            P[(L, "headline parts joined by spaces on one line")] += 1
        if o.get("hlwrap") or o.get("kwrap"):
            P[(L, "headline part wrapped, its last word(s) alone on the next line")] += 1
        if o.get("bold"):
            P[(L, "headline drawn twice for bold (" + ("one line" if o["bold"] == "line" else "two lines") + ")")] += 1
        if st.f["kicker"]:
            P[(L, "kicker (引题)")] += 1
        if st.f["subtitle"]:
            P[(L, "subtitle (副题)")] += 1
            if st.f["subtitle"].startswith("——"):
                P[(L, "dash-led subtitle (`——记…`)")] += 1
            if len(st.f["subtitle"]) <= 12 and re.search("出席|主持|揭牌", st.f["subtitle"]):
                P[(L, "short subtitle line (`某某某出席`)")] += 1
        if "cut" in o and any(CUT in x for x in st.paras):
            P[(L, "story cut mid-paragraph, continued after the next story's start")] += 1
        if any(BRK in x for x in st.paras):
            P[(L, "paragraph broken across two lines")] += 1
        if o.get("dup"):
            P[(L, "line printed twice" + (" (first copy before the headline)" if o.get("duppre") else ""))] += 1
        if st.f["continued"] and st.kind != "continuation":
            P[(L, "jump marker `下转N版`")] += 1
        if st.kind == "continuation":
            P[(L, "continuation piece (`上接1版` / `紧接1版②`)" + (", marker inline" if o.get("markinline") else ""))] += 1
        if o.get("dlbr"):
            P[(L, "line break inside a dateline (date / names / before 通讯员)")] += 1
        dl = st.f["dateline"]
        if "电（" in dl or "电(" in dl:
            P[(L, "dateline with 电 (新华社长沙…电)")] += 1
        if "新湖南客户端" in dl + st.f["byline"]:
            P[(L, "湖南日报·新湖南客户端 dateline / byline")] += 1
        if re.search(r"[（(]记者", dl) and not dl.startswith("新华社"):
            P[(L, "dateline with 记者 (not 全媒体记者)")] += 1
        if st.f["column"]:
            P[(L, "column label (栏目) on its own line")] += 1
        if o.get("bypos") == "bare" or (st.kind != "commentary" and st.f["byline"] and not st.f["dateline"]
                                        and not st.f["byline"].startswith(("湖南日报", "文丨", "本报"))):
            P[(L, "bare-name byline line / byline split over two lines")] += 1
        if st.f["byline"].startswith("文丨"):
            P[(L, "副刊 essay byline `文丨X`")] += 1
        if st.subheads:
            P[(L, "feature with crossheads (subheads)")] += 1
        if any(re.match(r"^.[，,]是", x) for x in st.paras):
            P[(L, "parallel paragraph openings (`实，是…`)")] += 1
    if page.get("punct") in ("half", "mixed"):
        P[(L, "page with half-width punctuation (" + page["punct"] + ")")] += 1


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    srcs = sorted(SRC.glob("*.txt"))
    P: Counter = Counter()
    rows, kinds, chars_all = [], Counter(), []
    for n, sp in enumerate(srcs):
        page, stories = parse(sp)
        rng = random.Random(int(page.get("seed", n + 1)) * 7919 + n)
        page.setdefault("W", str(rng.randint(16, 21)))
        style = page.get("punct", "full")
        before = Counter(STATS)
        if page["layout"] == "col":
            text, extras, dups = compose_col(page, stories, rng)
        else:
            text, extras, dups = compose_par(page, stories, rng)
        L = "col" if page["layout"] == "col" else "par"
        for k, v in (STATS - before).items():
            P[(L, k)] += v
        count_phenomena(page, stories, P)
        if dups:
            P[(L, "duplicates recorded in gold")] += len(dups)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"{name}.txt",
            "issue_date": page["date"],
            "issue_number": page.get("issue"),
            "page_count": int(page["count"]) if page.get("count") else None,
            "articles": [gold_article(st, style) for st in stories],
            "extras": extras,
            "duplicates": [d.strip() for d in dups],
        }
        (GOLD / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        chars = len(squash(text))
        chars_all.append(chars)
        for st in stories:
            kinds[st.kind] += 1
        rows.append((name, page["date"], page.get("pno", "?"), page["layout"], len(stories), chars,
                     style, "yes" if page.get("masthead") else ""))
        print(f"{name}  {page['layout']:3}  {page['date']}  {len(stories):2} articles  {chars} chars")
    write_readme(rows, kinds, chars_all, P)


def write_readme(rows, kinds, chars_all, P):
    tpl = (HERE / "README.in.md").read_text(encoding="utf-8")
    srt = sorted(chars_all)
    med = (srt[len(srt) // 2 - 1] + srt[len(srt) // 2]) / 2 if len(srt) % 2 == 0 else srt[len(srt) // 2]
    t = ["| page file | issue date | page | layout | articles | chars (no whitespace) | punctuation | masthead |",
         "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        t.append("| " + " | ".join(str(x) for x in r) + " |")
    k = ", ".join(f"{v} {n}" for n, v in kinds.most_common())
    summary = (f"{len(rows)} pages ({sum(1 for r in rows if r[3] == 'col')} column layout, "
               f"{sum(1 for r in rows if r[3] == 'par')} paragraph layout); {sum(kinds.values())} articles: {k}. "
               f"Characters a page (whitespace excluded): min {srt[0]}, median {med:g}, max {srt[-1]}.")
    ph = ["| phenomenon | column layout | paragraph layout |", "|---|---|---|"]
    names = sorted({n for (_, n) in P}, key=lambda n: n)
    for n in names:
        ph.append(f"| {n} | {P[('col', n)] or ''} | {P[('par', n)] or ''} |")
    out = tpl.replace("{{SUMMARY}}", summary).replace("{{PAGES}}", "\n".join(t)).replace(
        "{{PHENOMENA}}", "\n".join(ph))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
