#!/usr/bin/env python3
"""Compose the dev_r blind test set: lay hand-written stories (src/*.txt) out into raw
page files as the Hunan Daily e-paper extraction prints them, in the two layouts of the
seeds, and write the exact gold annotation of every page.

    python3 compose.py            # writes pages/, gold/, README.md

Deterministic: every page draws its random choices from random.Random seeded by the
sha256 of the page's fixed key (#key in its source file). Standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》…」")
OPEN = set("“‘（《「")
PUNCT = CLOSE | OPEN
ATOM = re.compile(r"[0-9A-Za-z.%+\-/·×]+|\s|.")
CJK = re.compile(r"[\u4e00-\u9fff]")

STATS: Counter = Counter()          # phenomena counts over the whole set
HL_DUPS: list = []                  # headline copies drawn twice on the current page


# ----------------------------------------------------------------------------- source
def norm(text: str) -> str:
    """Sources are written with full-width punctuation; the page style converts later."""
    text = text.replace(",", "，").replace(";", "；").replace("?", "？").replace("!", "！")
    text = text.replace("(", "（").replace(")", "）")
    return re.sub(r"(?<!\d):(?!\d)", "：", text)


def parse_src(path: Path) -> tuple[dict, list[dict]]:
    page: dict = {"masthead": [], "boxes": [], "path": path.name}
    stories: list[dict] = []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#") and cur is None:
            key, _, val = line[1:].partition(" ")
            if key in ("masthead", "masthead+"):
                page["masthead"].append((val, key == "masthead+"))
            elif key == "box":
                pos, _, text = val.partition(" ")
                page["boxes"].append((pos, text.split("|")))
            else:
                page[key] = val.strip()
            continue
        if line.startswith("@@"):
            flags = dict(tok.split("=", 1) for tok in line[2:].split())
            cur = {"flags": flags, "kind": flags.get("kind", "news"), "paras": [],
                   "column": "", "kicker": "", "title": "", "subtitle": "", "byline": "",
                   "dateline": "", "continued": "", "marker": "", "credit": ""}
            stories.append(cur)
            continue
        if line.startswith(">"):
            cur["paras"].append(norm(line[1:].strip()))
            continue
        key, sep, val = line.partition(":")
        if sep and key.strip() in cur and key.strip() not in ("flags", "paras"):
            cur[key.strip()] = norm(val.strip())
        else:
            raise SystemExit(f"{path.name}: cannot read line {raw!r}")
    return page, stories


# ----------------------------------------------------------------------------- helpers
def conv(text: str, mode: str) -> str:
    """Page punctuation style: full (as written), mixed (half-width parentheses),
    half (half-width , ; : ? ! and parentheses)."""
    if mode in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in zip("，；：？！", ",;:?!"):
            text = text.replace(a, b)
    return text


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nospace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def wid(s: str) -> float:
    return sum(0 if c.isspace() and c != " " else (0.5 if ord(c) < 128 else 1) for c in s)


def atoms(text: str) -> list[str]:
    return ATOM.findall(text)


def is_ascii_run(a: str) -> bool:
    return bool(a) and all(ord(c) < 128 for c in a) and not a.isspace()


def gold_para(p: str, mode: str) -> str:
    return nospace(conv(p.replace("¦", ""), mode).replace("## ", ""))


# ----------------------------------------------------------------------------- column layout
class Column:
    def __init__(self, rng: random.Random, page: dict):
        self.rng = rng
        self.page = page
        self.pb = float(page.get("digit_before", 0.85))   # space before a number run
        self.pa = float(page.get("digit_after", 0.6))     # space after a number run
        self.pspread = float(page.get("spread", 0.15))      # justified lines spread with spaces

    def flow(self, text: str, width: float, indent: bool = True) -> list[str]:
        """Break one paragraph into printed column lines (first line indented two
        characters: the extraction drops the indent, so the line is shorter)."""
        rng = self.rng
        toks = atoms(text)
        lines, cur, i = [], [], 0
        cap = width - (2 if indent else 0) + rng.uniform(-0.8, 0.6)
        while i < len(toks):
            t = toks[i]
            if cur and wid("".join(cur)) + wid(t) > cap:
                # hanging punctuation: a closing mark never starts a line
                while i < len(toks) and toks[i] in CLOSE:
                    cur.append(toks[i])
                    i += 1
                if cur and cur[-1] in OPEN:
                    i -= 1
                    cur.pop()
                line = "".join(cur).strip()
                if line:
                    lines.append(line)
                cur = []
                cap = width + rng.uniform(-1.0, 0.6)
                continue
            cur.append(t)
            i += 1
        if cur:
            line = "".join(cur).strip()
            if line:
                lines.append(line)
        return lines

    def decorate(self, line: str, spread_ok: bool = True) -> str:
        """Spaces a PDF extraction leaves on a column line: around number runs, after an
        opening quote, and between every glyph of a justified (spread) line."""
        rng = self.rng
        toks = [t for t in atoms(line)]
        npunct = sum(t in PUNCT for t in toks) + sum(is_ascii_run(t) for t in toks)
        p = self.pspread * (1.0 if npunct >= 3 else 0.4 if npunct == 2 else 0.08)
        if spread_ok and len(toks) > 6 and rng.random() < p:
            STATS["column line spread with spaces (justified)"] += 1
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a == " " or b == " ":
                    out += b
                    continue
                if a in "，。、；：？！”’》）" or b in "》）" or (a in OPEN and rng.random() < 0.5):
                    out += b
                else:
                    out += " " + b
            return re.sub(r" {2,}", " ", out)
        out = ""
        spaced_num = False
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if is_ascii_run(t) and any(c.isdigit() for c in t):
                if prev and CJK.match(prev[-1]) and rng.random() < self.pb:
                    out += " "
                    spaced_num = True
                if t.endswith("%") and rng.random() < 0.08:
                    t = t[:-1] + " %"
                out += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and (CJK.match(nxt[0]) or nxt in PUNCT) and rng.random() < self.pa:
                    out += " "
                    spaced_num = True
                continue
            out += t
            if t == "“" and k + 1 < len(toks) and rng.random() < 0.07:
                out += " "
                STATS["space after an opening quote"] += 1
        if spaced_num:
            STATS["column line with spaces around numbers"] += 1
        return re.sub(r" {2,}", " ", out).rstrip()


def compose_column(page: dict, stories: list[dict], rng: random.Random):
    mode = page.get("punct", "full")
    col = Column(rng, page)
    W = float(page.get("width", 18))
    blocks: list[list[tuple[str, str]]] = []   # each: [(line, sep_after)]
    dups: list[str] = []
    bunch: list[list[tuple[str, str]]] = []
    bunch_after = int(page.get("bunch", "-1"))
    extras_at: dict[str, list[list[str]]] = {}
    for pos, pieces in page["boxes"]:
        extras_at.setdefault(pos, []).append(pieces)

    def box_block(pieces):
        STATS["box lines (countdown, code prompt, frame)"] += 1
        return [(p, "\n\n") for p in pieces]

    if page["masthead"]:
        blk = []
        for text, adj in page["masthead"]:
            if adj and blk:
                blk[-1] = (blk[-1][0], "\n")
            blk.append((text, "\n\n"))
        blocks.append(blk)
        STATS["masthead"] += 1
    for st in stories:
        if st["kind"] == "photo" and st["flags"].get("cr") == "top":
            blocks.append([(conv(st["credit"], mode), "\n\n")])

    story_blocks: list = []
    late: list = []
    for si, st in enumerate(stories):
        f = st["flags"]
        sw = float(f.get("w", W + rng.choice([-1, 0, 0, 1])))
        hl = headline_lines(st, mode, rng, column=True)
        body: list[tuple[str, str]] = []
        kind = st["kind"]
        lab = conv(st["column"], mode)
        labpos = f.get("lab", "before")
        if lab and labpos == "before":
            body.append((lab, "\n\n"))
            STATS["column label on its own line"] += 1
        if f.get("hl", "after") == "before":
            body += hl
            STATS["headline stack before its body"] += 1
        by = conv(st["byline"], mode)
        if by and kind != "photo" and f.get("bypos", "body") == "body":
            if f.get("by2") and " " in by:
                a, b = by.rsplit(" ", 1) if f["by2"] == "last" else by.split(" ", 1)
                body += [(a, "\n\n"), (b, "\n\n")]
                STATS["byline broken over two lines"] += 1
            else:
                body.append((by, "\n\n"))
            if len(nospace(by)) <= 4:
                STATS["bare-name byline"] += 1
        if kind == "photo":
            body += photo_lines(st, mode, rng, column=True)
        else:
            marker = conv(st["marker"], mode)
            mk_inline = f.get("mk") == "inline"
            if marker and st["kind"] == "continuation" and not mk_inline:
                body.append((marker, "\n\n"))
            dl = conv(st["dateline"], mode)
            for k, p in enumerate(st["paras"]):
                p = conv(p.replace("¦", ""), mode)
                if p.startswith("## "):
                    body.append((p[3:], "\n\n"))
                    continue
                text = p
                if k == 0 and dl:
                    text = dl + p
                if k == 0 and marker and st["kind"] == "continuation" and mk_inline:
                    text = marker + p
                lines = col.flow(text, sw if kind != "commentary" else sw - float(f.get("narrow", 4)))
                if k == 0 and dl and f.get("dl"):
                    lines = force_dateline_break(col, dl, p, f["dl"], lines, sw)
                if k == 0 and (dl or (marker and mk_inline)):
                    lines = fix_head_tail(lines, dl or marker)
                for li, line in enumerate(lines):
                    spread_ok = not (k == 0 and dl and li == 0)
                    d = col.decorate(line, spread_ok)
                    if k == 0 and li == 0 and f.get("lead"):
                        d = " " + d
                    body.append((d, "\n\n"))
                if f.get("dup") == str(k) and len(lines) > 2:
                    j = len(body) - 1 - rng.randrange(1, len(lines) - 1)
                    body.insert(j + 1, body[j])
                    dups.append(nospace(body[j][0]))
                    STATS["duplicated line"] += 1
            if marker and st["kind"] != "continuation":
                body.append((marker, "\n\n"))
        if lab and labpos == "after":
            body.append((lab, "\n\n"))
            STATS["column label on its own line"] += 1
        where = f.get("hl", "after")
        if where == "after":
            body += hl
            if hl:
                STATS["headline stack after its body"] += 1
        elif where == "bunch":
            bunch.append(hl)
            STATS["headline stack bunched with other stacks"] += 1
        elif where == "bunchbefore":       # last stack of the bunch, its body follows
            STATS["headline stack bunched with other stacks"] += 1
        story_blocks.append(body)
        if where == "bunchbefore":
            late.append(hl)
    bunch += late
    for si, body in enumerate(story_blocks):
        for pieces in extras_at.get(str(si), []):
            blocks.append(box_block(pieces))
        blocks.append(body)
        if si == bunch_after:
            blocks.append([x for h in bunch for x in h])
            bunch = []
    if bunch:
        blocks.append([x for h in bunch for x in h])
    for pieces in extras_at.get("end", []):
        blocks.append(box_block(pieces))
    lines = [x for b in blocks for x in b]
    text = "".join(l + s for l, s in lines)
    text = text.rstrip("\n") + "\n\n\n"
    return text, dups


def fix_head_tail(lines: list[str], head: str) -> list[str]:
    """Keep at least four characters of the dateline on the line where it ends (a line
    holding the last one to three characters of a dateline before the body is moved a
    few characters back, as a typesetter's line breaking would do with a name)."""
    need = len(nospace(head))
    seen = 0
    for i, line in enumerate(lines):
        n = len(nospace(line))
        if seen + n >= need:
            tail = need - seen
            if 0 < tail < 4 and i > 0 and len(lines[i - 1]) > 6:
                move = 4 - tail
                lines[i - 1], lines[i] = lines[i - 1][:-move], lines[i - 1][-move:] + line
            break
        seen += n
    return lines


def force_dateline_break(col: Column, dl: str, p: str, how: str, lines, sw):
    """Break the first column line inside the dateline: inside its date, between the
    reporters' names, or before 通讯员."""
    if how == "date":
        m = re.search(r"\d+日(讯|电)", dl)
        cut = m.start() + len(re.match(r"\d+", dl[m.start():]).group()) if m else None
        label = "line break inside a dateline's date"
    elif how == "tongxun":
        cut = dl.find(" 通讯员")
        label = "line break before 通讯员"
    else:
        # a space with a reporter's name on both sides (not after 记者, not before 通讯员)
        cut = None
        for m in re.finditer(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", dl):
            before = dl[:m.start()].split(" ")[-1]
            after = re.split(r"[ ）)]", dl[m.end():])[0]
            if not before.endswith(("记者", "通讯员")) and "（" not in before and "(" not in before \
                    and after != "通讯员" and 2 <= len(after) <= 3:
                cut = m.start()
                break
        label = "line break between a byline's names"
    if not cut or cut < 0:
        return lines
    STATS[label] += 1
    first = dl[:cut].strip()
    rest = col.flow(dl[cut:].strip() + p, sw, indent=False)
    return [first] + rest


def headline_lines(st: dict, mode: str, rng: random.Random, column: bool):
    """The headline stack as printed lines [(line, sep_after)]."""
    f = st["flags"]
    out: list[tuple[str, str]] = []
    parts = []
    for role in ("kicker", "title", "subtitle"):
        v = conv(st[role], mode)
        if v:
            parts.append((role, v))
    extra_by = conv(st["byline"], mode) if f.get("bypos") == "hl" else ""
    if not parts and not extra_by:
        return out
    if st["kind"] == "photo":
        return out          # a photo's title is printed with its caption (photo_lines)
    join = f.get("join", "")
    if not column and join:
        # parts on one line, split at a space
        roles = join.split("+")
        joined = [v for r, v in parts if r in roles]
        rest = [(r, v) for r, v in parts if r not in roles]
        seq = []
        done = False
        for r, v in parts:
            if r in roles:
                if not done:
                    seq.append((r, " ".join(x.replace("|", "") for x in joined)))
                    done = True
            else:
                seq.append((r, v))
        parts = seq
        STATS["headline parts joined on one line by a space"] += 1
    for idx, (role, v) in enumerate(parts):
        segs = [v]
        if "|" in v:
            if f.get("hlwrap") and role in f.get("hlwrap").split(","):
                segs = [s for s in v.split("|")]
                STATS["headline wrapped over two lines (last word alone)"] += 1
            else:
                segs = [v.replace("|", "")]
        for si, s in enumerate(segs):
            out.append((s, "\n" if si < len(segs) - 1 else "\n\n"))
        if role == "title" and f.get("hldup"):
            t = v.replace("|", "")
            if f["hldup"] == "1":
                out[-1] = (t + t, "\n\n")
            else:
                out.append((t, "\n\n"))
            HL_DUPS.append(t)
            STATS["headline drawn twice (bold)"] += 1
        # adjacency between stack parts (no blank line between them)
        if idx < len(parts) - 1 and column and rng.random() < float(f.get("adj", 0.35)):
            out[-1] = (out[-1][0], "\n")
    if extra_by:
        out[-1] = (out[-1][0], "\n")
        out.append((extra_by, "\n\n"))
    if column and f.get("lead_hl"):
        out[0] = (" " + out[0][0], out[0][1])
    return out


def photo_lines(st: dict, mode: str, rng: random.Random, column: bool):
    f = st["flags"]
    cap = conv(st["paras"][0], mode)
    cred = conv(st["credit"], mode)
    out: list[tuple[str, str]] = []
    if st["title"] and column:
        out.append((conv(st["title"], mode), "\n\n"))
    how = f.get("cr", "inline")
    if how == "top":
        STATS["photo credit at the top of the page"] += 1
    if f.get("spaced"):
        cap = " ".join(atoms(cap)).replace("  ", " ")
        STATS["caption line spread with spaces"] += 1
    if column and f.get("capw"):
        w = int(f["capw"])
        caplines = [cap[i:i + w] for i in range(0, len(cap), w)]
    else:
        caplines = [cap]
    if cred and how == "inline":
        caplines[-1] += " " + cred
        STATS["photo credit on the caption line"] += 1
    elif cred and how == "inline0":
        caplines[-1] += cred
        STATS["photo credit on the caption line"] += 1
    out += [(c, "\n\n") for c in caplines]
    if cred and how == "own":
        out.append((cred, "\n\n"))
        STATS["photo credit on its own line"] += 1
    elif cred and how == "right":
        out.append((" " * rng.randint(12, 30) + cred, "\n\n"))
        STATS["photo credit right-aligned (leading spaces)"] += 1
    if cred and "均由" in cred:
        STATS["group photo credit"] += 1
    return out


# ----------------------------------------------------------------------------- paragraph layout
def compose_para(page: dict, stories: list[dict], rng: random.Random):
    mode = page.get("punct", "full")
    dups: list[str] = []
    units_of: list[list[list[tuple[str, str]]]] = []   # story -> units -> lines
    cutidx: list[int | None] = []
    for st in stories:
        f = st["flags"]
        units: list[list[tuple[str, str]]] = []
        lab = conv(st["column"], mode)
        labpos = f.get("lab", "before")
        head: list[tuple[str, str]] = []
        if st["kind"] == "photo":
            pl = []
            if st["title"]:
                pl.append((conv(st["title"], mode), "\n\n"))
            pl += photo_lines(st, mode, rng, column=False)
            pl[0] = ("\n\n" + pl[0][0], pl[0][1])
            units.append(pl)
            units_of.append(units)
            cutidx.append(None)
            continue
        if lab and labpos == "before":
            head.append((lab, "\n\n"))
            STATS["column label on its own line"] += 1
        head += headline_lines(st, mode, rng, column=False)
        by = conv(st["byline"], mode)
        if by:
            if f.get("by2") and " " in by:
                a, b = by.rsplit(" ", 1) if f["by2"] == "last" else by.split(" ", 1)
                if f["by2"] == "tx":
                    a, b = by.split(" 通讯员", 1)
                    b = "通讯员" + b
                head += [(a, "\n"), (b, "\n\n")]
                STATS["byline broken over two lines"] += 1
            else:
                head.append((by, "\n\n"))
            if len(nospace(by)) <= 4:
                STATS["bare-name byline"] += 1
        if head:
            units.append(head)
        dl = conv(st["dateline"], mode)
        cut = None
        marker = conv(st["marker"], mode)
        for k, p in enumerate(st["paras"]):
            p = conv(p, mode)
            if p.startswith("## "):
                units.append([(p[3:], "\n\n")])
                continue
            if k == 0 and dl:
                p = dl + p
            if k == 0 and marker and st["kind"] == "continuation":
                if f.get("mk") == "own":
                    units.append([(marker, "\n\n")])
                else:
                    p = marker + p
            if "¦" in p:
                a, b = p.split("¦", 1)
                units.append([(a, "\n\n")])
                cut = len(units)
                units.append([(b, "\n\n")])
                STATS["paragraph cut mid-sentence and rejoined"] += 1
            else:
                units.append([(p, "\n\n")])
            if f.get("dup") == str(k):
                last = units[-1][-1][0]
                units[-1].append((last, "\n\n"))
                dups.append(last)
                STATS["duplicated line"] += 1
            if f.get("mk2") == str(k) and marker:
                units.append([(marker, "\n\n")])
                STATS["jump marker"] += 1
        if marker and st["kind"] != "continuation":
            units.append([(marker, "\n\n")])
            STATS["jump marker"] += 1
        if lab and labpos == "after":
            units.append([(lab, "\n\n")])
            STATS["column label on its own line"] += 1
        units_of.append(units)
        cutidx.append(cut)

    # reading order of units, with the cut-and-continue interleavings of the seeds
    order: list[list[tuple[str, str]]] = []
    i = 0
    n = len(stories)
    pending: list[list[tuple[str, str]]] = []
    consumed = [0] * n
    while i < n:
        st, units, cut = stories[i], units_of[i], cutidx[i]
        f = st["flags"]
        start = consumed[i]
        if f.get("tail") and cut is not None and start == 0:
            # the tail of this story was printed before its head (after the previous story)
            order += units[cut:]
            order += units[:cut]
            STATS["story tail printed before its headline"] += 1
            i += 1
            continue
        inter = int(f.get("inter", "-1"))
        if cut is not None and inter > 0 and i + 1 < n:
            order += units[start:cut]
            nxt = units_of[i + 1]
            take = min(inter, len(nxt))
            order += nxt[:take]
            consumed[i + 1] = take
            order += units[cut:]
            STATS["story cut and continued after the next story's opening"] += 1
        else:
            order += units[start:]
        i += 1
    lines = [x for u in order for x in u]
    head = ""
    if page["masthead"]:
        blk = ""
        for text, adj in page["masthead"]:
            if adj:
                blk = blk.rstrip("\n") + "\n"
            blk += text + "\n\n"
        head = blk + "\n\n"
        STATS["masthead"] += 1
    body = "".join(l + s for l, s in lines)
    for st in stories:
        if st["kind"] == "photo" and st["flags"].get("cr") == "top":
            body = conv(st["credit"], mode) + "\n\n" + body
    for pos, pieces in page["boxes"]:
        STATS["box lines (countdown, code prompt, frame)"] += 1
        btxt = "\n\n".join(pieces)
        if pos == "end":
            body = body.rstrip("\n") + "\n\n" + btxt
        else:
            # before the first line of story pos: find its first unit's first line
            anchor = units_of[int(pos)][0][0][0]
            body = body.replace(anchor, btxt + "\n\n" + anchor, 1)
    text = "\n\n" + head + body
    return text.rstrip("\n"), dups


# ----------------------------------------------------------------------------- gold
def gold_article(st: dict, mode: str) -> dict:
    subheads = [conv(p[3:], mode) for p in st["paras"] if p.startswith("## ")]
    paras = [gold_para(p, mode) for p in st["paras"]]
    cont = st["continued"] or re.sub(r"[▲▶▷◀ \s()（）]", "", st["marker"])
    return {
        "kind": st["kind"],
        "column": conv(st["column"], mode),
        "kicker": conv(st["kicker"], mode).replace("|", ""),
        "title": conv(st["title"], mode).replace("|", ""),
        "subtitle": conv(st["subtitle"], mode).replace("|", ""),
        "byline": conv(st["credit"] if st["kind"] == "photo" else st["byline"], mode).strip(),
        "dateline": conv(st["dateline"], mode),
        "continued": conv(cont, mode),
        "subheads": subheads,
        "paragraphs": paras,
    }


def count_story_phenomena(page: dict, st: dict):
    f = st["flags"]
    STATS[f"articles: {st['kind']}"] += 1
    if "电（" in st["dateline"] or "电(" in st["dateline"]:
        STATS["dateline with 电 (wire)"] += 1
    elif st["dateline"]:
        STATS["dateline with 讯"] += 1
    if st["subtitle"].startswith("——"):
        STATS["dash-led subtitle (——记…)"] += 1
    if st["kicker"].endswith("——"):
        STATS["dash-ended kicker"] += 1
    if st["subtitle"].endswith(("出席", "参加", "主持", "讲话", "祝贺", "工作报告")):
        STATS["stack line like 某某某出席 / 某某讲话 某某主持"] += 1
    nparts = sum(bool(st[r]) for r in ("kicker", "title", "subtitle"))
    if nparts == 3:
        STATS["three-part headline stack"] += 1
    if any(p.startswith("## ") for p in st["paras"]):
        STATS["article with crossheads (subheads)"] += 1
    if st["kind"] == "continuation":
        STATS["continuation of a front-page story"] += 1
    if st["marker"] and st["kind"] != "continuation" and page["layout"] == "column":
        STATS["jump marker"] += 1
    if st["kind"] != "photo" and not st["title"] and not st["kicker"] and not st["subtitle"] \
            and st["kind"] != "continuation":
        STATS["article printed without a headline"] += 1
    if st["byline"].startswith("文丨") or st["byline"].startswith("文|"):
        STATS["副刊 byline 文丨X"] += 1
    if f.get("parallel"):
        STATS["paragraph openings of a parallel kind"] += 1
    if "记者" in st["dateline"] and "全媒体记者" not in st["dateline"]:
        STATS["dateline with 记者 (pre-2019 style)"] += 1
    if "华声在线" in st["byline"] or "客户端" in st["byline"]:
        STATS["byline 湖南日报·华声在线 / 新湖南客户端"] += 1


def build_page(path: Path):
    page, stories = parse_src(path)
    seed = int(hashlib.sha256(page["key"].encode()).hexdigest()[:16], 16)
    rng = random.Random(seed)
    page["layout"] = page.get("layout", "column")
    HL_DUPS.clear()
    mode = page.get("punct", "full")
    STATS[f"pages: {page['layout']} layout"] += 1
    if mode != "full":
        STATS[f"pages with {mode}-width punctuation"] += 1
    if page["layout"] == "column":
        text, dups = compose_column(page, stories, rng)
    else:
        text, dups = compose_para(page, stories, rng)
    for st in stories:
        count_story_phenomena(page, st)
    extras = []
    if page["masthead"]:
        extras.append("".join(nospace(t) for t, _ in page["masthead"]))
    for pos, pieces in page["boxes"]:
        extras.append("".join(nospace(p) for p in pieces))
    gold = {
        "source": "",
        "issue_date": page["date"],
        "issue_number": page.get("issue"),
        "page_count": int(page["pages"]) if page.get("pages") else None,
        "articles": [gold_article(st, mode) for st in stories],
        "extras": extras,
        "duplicates": dups + HL_DUPS,
    }
    return page, stories, text, gold


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for old in d.glob("*"):
            old.unlink()
    rows = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt"))):
        page, stories, text, gold = build_page(path)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        chars = len(re.sub(r"\s+", "", text))
        rows.append((name, page, len(gold["articles"]), chars,
                     Counter(a["kind"] for a in gold["articles"])))
    write_readme(rows)
    for name, page, na, chars, kinds in rows:
        print(f"{name}  {page['date']}  p{page['page']:>2}  {page['layout']:6}  "
              f"{na:2} articles  {chars:5} chars  {dict(kinds)}")
    print(f"{len(rows)} pages, {sum(r[2] for r in rows)} articles")


def write_readme(rows):
    kinds = Counter()
    for r in rows:
        kinds.update(r[4])
    tpl = README
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(STATS.items()) if not k.startswith(("articles:", "pages:")))
    pg = "\n".join(
        f"| {name[:3]} | {p['date']} | {p['page']} | {p['layout']} | {na} | {chars} | "
        f"{', '.join(f'{k} {v}' for k, v in sorted(kd.items()))} |"
        for name, p, na, chars, kd in rows)
    kd = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    tot = sum(r[2] for r in rows)
    chars = [r[3] for r in rows]
    layout = Counter(r[1]["layout"] for r in rows)
    out = (tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg).replace("{{KINDS}}", kd)
           .replace("{{NARTICLES}}", str(tot)).replace("{{NPAGES}}", str(len(rows)))
           .replace("{{CHARS}}", f"{min(chars)}–{max(chars)} (mean {sum(chars) // len(chars)})")
           .replace("{{LAYOUTS}}", f"{layout['column']} column, {layout['para']} paragraph"))
    (HERE / "README.md").write_text(out, encoding="utf-8")


README = """# dev_r — a blind test set of Hunan Daily (湖南日报) pages

{{NPAGES}} raw page files ({{LAYOUTS}} layout), {{NARTICLES}} gold articles, built
without any sight of the segmenter, from the brief `tests/BLIND_SETS.md`, the five seed
pages, their gold and the scorer only.

    python3 compose.py && python3 check.py      # rebuilds pages/, gold/, this README; prints `check passed`

## How it was made

- `src/pNN_<date>_<page>.txt`: one file per printed page, holding the stories of that page,
  all hand-written for this set in the manner of the paper (provincial meetings, economy
  with dated figures, counties, agriculture, rule of law, culture, commentary, 副刊 essays,
  photos). Every person, company and figure is invented. Six issue dates, 2015–2026
  (2015-06-18, 2017-09-21, 2019-04-12, 2021-11-20, 2023-07-06, 2026-01-15), two or three
  pages each; front pages and the inside pages that carry their continuations are of the
  same issue. Bylines follow the years: `记者` up to 2019, `全媒体记者` from 2021,
  `湖南日报·华声在线记者`, `湖南日报·新湖南客户端记者 X 报道`, `文丨X` on the 副刊,
  `新华社长沙X月X日电（记者 X）`.
- `compose.py` lays each page out in one of the two layouts of the seeds and writes
  `pages/NNN_<sha16>.txt` (NNN in source order, sha16 = first 16 hex of the sha256 of the page
  text) and `gold/NNN_<sha16>.json`. Every random choice (line widths, where numbers and
  justified lines get spaces, which headline stacks sit together, …) comes from
  `random.Random` seeded with the sha256 of the page's `#key`, so the output is identical on
  every run.
- `check.py` builds the export a perfect segmenter would print (every gold article; page
  extras and duplicates as the source's `extras`), runs
  `/work/shared/tools/score.py EXPORT gold --pages pages -v`, requires every figure 1.000,
  coverage 1.000, `cjk_space_left` 0 and no problem line, checks sizes (16 pages, ≥140
  articles, 4,500–7,000 characters and 6–14 articles a page), and checks that no run of six
  Chinese characters of the seeds' gold headlines/paragraphs occurs in this gold, apart from
  runs made of generic words (a list of 58 in check.py: institution and place names,
  statistical terms such as 规模工业增加值, formulae such as 会议在长沙召开; a run counts as
  generic when such a word makes up all of it but at most two characters).

## Source markup (src/)

Page header lines `#key #date #page #layout column|para #width #punct full|mixed|half
#issue #pages #masthead[+] #box POS piece|piece #bunch N #digit_before #digit_after
#spread`; each story starts with `@@ kind=… flags`, then `kicker: title: subtitle: byline:
dateline: column: marker: credit:` and one `> paragraph` a line (`> ## …` a crosshead,
`¦` the point where the printed paragraph is cut, `|` a headline's wrap point). Flags:
`hl=after|before|bunch|bunchbefore` (column: where the stack is printed), `join=kicker+title`
(paragraph: parts on one line), `hlwrap`, `hldup=1|2` (headline drawn twice), `adj` (stack
lines without a blank line), `lab=before|after` (column label line), `bypos=hl`, `by2`,
`dl=date|names|tongxun` (break inside the dateline), `lead`, `dup=K` (a line of paragraph K
printed twice), `inter=N` / `tail=1` (paragraph layout cut-and-continue, see below),
`mk=own|inline`, `mk2=K`, `cr=inline|inline0|own|right|top`, `spaced=1`, `capw`, `narrow`,
`parallel`.

## Layouts (as the seeds print them)

- **Column** (seeds 000, 004): one printed column line per text line, each followed by a
  blank line. First line of a paragraph two characters shorter (the indent is lost), widths
  per page and story (14–24, commentary 2–5 narrower), punctuation hanging at line ends.
  Spaces around number runs (page-dependent rates), sometimes after an opening quote, and
  justified lines spread with spaces between glyphs. Each story's body lines in one run;
  headline stacks after their body, before it, or bunched with other stories' stacks
  (the last stack of a bunch may belong to the body that follows it). Masthead pieces,
  countdowns, code prompts as extra lines; photo captions as long lines with the credit
  on the caption line, on its own line, right-aligned with leading spaces, or as a group
  credit.
- **Paragraph** (seeds 001–003): one paragraph a line, blank lines between, photos after
  a double blank line. Headline parts on their own lines or joined by a space; dateline
  and first paragraph on one line; a paragraph cut (between a figure and its unit, inside a
  word…) either continued on the next line, or continued after the next story's headline
  and first paragraphs (`inter`, as seed 001), or the story's tail printed before its
  headline (`tail`, as seed 002); lines printed twice; jump markers `▷(下转2版)` on their
  own line, twice when the story is in two blocks; half-width `,()` on some pages, half-width
  parentheses only on others.

## Gold conventions followed (from the seeds' gold)

- Paragraphs: page punctuation as printed, every whitespace removed, cut paragraphs rejoined
  in reading order; crossheads kept as paragraphs and listed in `subheads`.
- Headline fields keep their meaningful spaces (`以开放倒逼改革 以改革激活发展`); a wrapped
  headline is joined without a space; a short stack line like `欧阳平讲话 谭铁军主持` /
  `许海清出席` is the `subtitle`; a dash-ended lead line is the `kicker`.
- `dateline` as printed without line breaks or number spaces; the reporters' names keep
  their spaces.
- Commentaries: `kind` commentary, `byline` 湖南日报评论员 or the bare name, `column` the
  label. Features and 副刊 essays: `kind` feature, byline as printed. A reader's letter and a
  call for contributions: `kind` other.
- Photos: `kind` photo, `title` when one is printed, caption as the one paragraph, the credit
  (also a cartoonist's 漫画 credit and a group credit) as `byline` of the photo it is printed
  with; a photo printed without its own credit has an empty byline.
- Jump markers: `continued` holds `下转2版①` / `上接1版②` without arrows or brackets (the
  arrows and brackets are in no field, as in seeds 001 and 004: they cost the scorer's
  coverage a few characters, which still rounds to 1.000); continuations are `kind`
  continuation with no headline.
- `extras`: the masthead block as one string, each box (countdown, code prompt, 副刊 page
  header) as one string; `duplicates`: each line printed twice (or the second copy of a
  headline drawn twice), once.
- `issue_date` is the date of the paper (datelines are the day before); `issue_number` and
  `page_count` only on front pages, which print them.

## Articles by kind

{{KINDS}} — {{NARTICLES}} in all; characters per page (whitespace excluded) {{CHARS}}.

## Phenomena (counts over the set, as the composer applied them)

| phenomenon | count |
|---|---|
{{PHENOMENA}}

## Pages

| file | issue date | page | layout | articles | characters | kinds |
|---|---|---|---|---|---|---|
{{PAGES}}

## Limits

- The stories are invented and written by one hand; their vocabulary and sentence shapes
  are narrower than six issues of a real paper, and most news stories end with a
  "负责人表示" paragraph.
- The layouts are simulated from five seed pages only: the column widths, spacing rates and
  where headlines land follow those pages, not a survey of the e-paper; other artefacts of
  real extractions (tables, lists of names in boxes, pages of adverts, two-column
  captions) are absent.
- Paragraph ends on column pages are not always recognisable from the raw text (a last line
  can fill the column), exactly as on a real page; the gold knows them from the source.
- The seed-reuse check compares runs of Chinese characters only; short formulae and the
  generic words listed in check.py may recur.
- Some gold conventions are my reading of five pages: the cut and duplicated-line cases, the
  group credit attached to one photo, a cartoon as a photo item, the 副刊 header box as an
  extra, `other` for a letter and a notice.
"""


if __name__ == "__main__":
    main()
