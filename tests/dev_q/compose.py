#!/usr/bin/env python3
"""Compose the dev_q blind test set: lay the hand-written stories of src/*.txt
out into raw page files in the two layouts the Hunan Daily e-paper extraction
shows (see README.md), and write the matching gold annotations.

    python3 compose.py            # writes pages/, gold/, README.md

Deterministic: every page's random generator is seeded from a fixed key
("dev_q:" + the source file name)."""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

WEEK = "一二三四五六日"
CUT = re.compile(r"\[\[([uvwac/])\]\]")
CUT_NAMES = {"u": "figure|unit", "v": "verb|figure", "w": "inside a word",
             "a": "inside an abbreviation", "c": "clause boundary", "/": "plain split (no interleave)"}
CLOSE = set("，。、；：？！”’）》…,;:)")
OPEN = set("“‘（《(")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
PHEN = Counter()
QSPACE = [False]          # page option: a glyph gap after every opening quote          # phenomena actually laid out, over the whole set


# ----------------------------------------------------------------- source --
def parse_src(path: Path) -> dict:
    page = {"name": path.stem, "meta": {}, "blocks": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            page["meta"][k] = v.strip()
            continue
        if line.startswith("=="):
            parts = line[2:].split()
            flags = {}
            for p in parts[1:]:
                k, _, v = p.partition("=")
                flags[k] = v if v else True
            cur = {"type": parts[0], "f": {}, "flags": flags, "paras": []}
            page["blocks"].append(cur)
            continue
        m = re.match(r"^(col|kick|title|sub|by|dl|cont|line):\s?(.*)$", line)
        if m and cur is not None and not cur["paras"]:
            if m.group(1) == "line":
                cur.setdefault("lines", []).append(m.group(2))
            else:
                cur["f"][m.group(1)] = m.group(2).strip()
            continue
        m = re.match(r"^([PH])\s(.*)$", line)
        if m and cur is not None:
            cur["paras"].append((m.group(1), m.group(2).strip()))
            continue
        if cur is not None and cur["type"] in ("box", "masthead"):
            cur.setdefault("lines", []).append(line.strip())
            continue
        raise SystemExit(f"{path.name}: cannot parse line: {raw!r}")
    return page


# ------------------------------------------------------------- text utils --
def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(str.maketrans("，；：（）", ",;:()"))
    if mode == "paren":
        return s.translate(str.maketrans("（）", "()"))
    return s


def clean(s: str) -> str:
    """Gold form of a paragraph: markers removed, no whitespace."""
    return re.sub(r"\s+", "", CUT.sub("", s))


def hl(s: str) -> str:
    """Gold form of a headline part: line-split marks removed."""
    return s.replace("／", " ").replace("/", "")


TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%‰℃+×/\-]*|\s|.")


def tokens(s: str) -> list[str]:
    return TOKEN.findall(s)


def dl_tokens(dl: str) -> list[str]:
    """Dateline tokens: the writers' names (and 记者/通讯员 words) are not
    broken inside, as in the seeds."""
    m = re.search(r"[（(]", dl)
    if not m:
        return tokens(dl)
    head, rest = dl[:m.start() + 1], dl[m.start() + 1:]
    out = tokens(head)
    for w in re.split(r"( )", rest):
        if not w:
            continue
        if w.endswith(("）", ")")) and len(w) > 1:
            out += [w[:-1], w[-1]]
        else:
            out.append(w)
    return out


def isnum(t: str) -> bool:
    return bool(t) and t[0].isascii() and t[0].isalnum()


def width(t: str) -> int:
    if t == " ":
        return 1
    if isnum(t):
        return len(t)
    return sum(1 if c.isascii() else 2 for c in t)


def is_cjk(t: str) -> bool:
    return bool(CJK_RE.match(t))


def join_plain(toks: list[str], nums: str) -> str:
    """Join tokens as a normal (not spread) line, with glyph-gap spaces
    around number runs according to the story's spacing mode."""
    out = ""
    prev = ""
    for t in toks:
        if out and t != " " and prev != " ":
            if isnum(t) and is_cjk(prev) and nums in ("both", "before"):
                out += " "
            elif isnum(prev) and is_cjk(t) and nums in ("both", "after") \
                    and not (prev.endswith("%") and nums == "both"):
                out += " "
            elif prev == "“" and QSPACE[0] and is_cjk(t):
                out += " "
        out += t
        prev = t
    return out


def join_spread(toks: list[str]) -> str:
    """A justified line drawn with wide letter spacing: the extraction puts a
    space between glyphs (none after closing punctuation or before opening)."""
    out = ""
    prev = ""
    for t in toks:
        if out and t != " " and prev != " ":
            sp = True
            if prev in "，。、；：？！”’）》（《,;:()":
                sp = False
            if t in "“‘（《）》()":
                sp = False
            if sp:
                out += " "
        out += t
        prev = t
    return out


def wrap(text: str, W: int, rng: random.Random, nums: str, spread_p: float,
         breaks: tuple = (), dl: str = "") -> list[str]:
    """Cut text into printed column lines of W width units (CJK glyph = 2)."""
    toks = (dl_tokens(dl) if dl else []) + tokens(text[len(dl):])
    lines, cur, w = [], [], 0
    forced = set(breaks)
    pos = 0                      # character offset of the token in text

    def flush(short: int | None, force_plain=False):
        nonlocal cur, w
        while cur and cur[-1] == " ":
            cur.pop()
        if not cur:
            return
        spread = False
        if short is not None and not force_plain:
            has_p = any(t in "，。、；：" for t in cur)
            spread = short >= 3 or (has_p and rng.random() < spread_p)
        lines.append(join_spread(cur) if spread else join_plain(cur, nums))
        if spread:
            PHEN["justified line spread with spaces"] += 1
        cur, w = [], 0

    for t in toks:
        if pos in forced and cur and sum(width(x) for x in cur) > W // 3:
            flush(None, True)
        pos += len(t)
        tw = width(t)
        if cur and w + tw > W:
            if t in CLOSE:
                cur.append(t)
                w += tw
                continue
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            short = W - sum(width(x) for x in cur)
            flush(short)
            cur = carry
            w = sum(width(x) for x in cur)
        if t == " " and not cur:
            continue
        cur.append(t)
        w += tw
    flush(None)
    return lines


# ------------------------------------------------------------------- gold --
def gold_article(b: dict, pm: str) -> dict:
    f = b["f"]
    paras = []
    subheads = []
    for tag, text in b["paras"]:
        paras.append(punct(clean(text), pm))
        if tag == "H":
            subheads.append(punct(CUT.sub("", text), pm))
    return {
        "kind": b["type"],
        "column": punct(f.get("col", ""), pm),
        "kicker": punct(hl(f.get("kick", "")), pm),
        "title": punct(hl(f.get("title", "")), pm),
        "subtitle": punct(hl(f.get("sub", "")), pm),
        "byline": punct(f.get("by", ""), pm),
        "dateline": punct(f.get("dl", ""), pm),
        "continued": punct(f.get("cont", ""), pm),
        "subheads": subheads,
        "paragraphs": paras,
    }


ARTICLE_KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}


# ------------------------------------------------------ paragraph layout --
class PPage:
    """Paragraph layout: one printed paragraph (or headline piece) per line,
    every line followed by a blank line (seeds 001-003)."""

    def __init__(self, page, rng):
        self.p, self.rng = page, rng
        m = page["meta"]
        self.pm = m.get("punct", "full")
        self.nums = m.get("nums", "none")
        self.out: list[str] = ["", ""]
        self.dups: list[str] = []
        self.extras: list[str] = []
        self.top_credits: list[str] = []

    def emit(self, line, blank=True):
        self.out.append(line)
        if blank:
            self.out.append("")

    def txt(self, s):
        s = punct(s, self.pm)
        if self.nums != "none":
            s = join_plain(tokens(s), self.nums)
        return s

    def masthead(self, b):
        m = self.p["meta"]
        d = datetime.date.fromisoformat(m["date"])
        lunar, no, npages = m["masthead"].split()
        pieces = [f"{d.year}年{d.month}月", f"{d.day}", f"星期{WEEK[d.weekday()]}", lunar]
        for x in pieces[:-1]:
            self.emit(x)
        self.emit(pieces[-1], blank=False)   # the issue number follows the lunar date directly
        self.emit(f"第{no}号")
        self.emit(f"今日{npages}版")
        self.out += ["", ""]
        self.extras.append("".join(pieces) + f"第{no}号今日{npages}版")
        PHEN["masthead (front page)"] += 1

    def box(self, b):
        for x in b["lines"]:
            self.emit(punct(x, self.pm))
        self.extras.append(punct("".join(b["lines"]), self.pm))
        PHEN["box line(s) (extras)"] += 1

    def head_lines(self, b) -> list[tuple[str, bool]]:
        """Lines of the headline block; (text, blank_after)."""
        f, fl = b["f"], b["flags"]
        roles = {"C": f.get("col", ""), "K": f.get("kick", ""), "T": f.get("title", ""),
                 "S": "" if fl.get("subat") else f.get("sub", ""), "B": f.get("by", "")}
        style = fl.get("hl")
        if not style:
            have = "".join(r for r in "KTS" if roles[r])
            choices = {"KTS": ["K|T|S", "KT|S", "K|TS", "KTS"], "KT": ["K|T", "KT", "K|T"],
                       "TS": ["T|S", "TS", "T|S"], "T": ["T"], "KS": ["K|S"], "": [""],
                       "S": ["S"], "K": ["K"]}[have]
            style = self.rng.choice(choices)
            if roles["C"] and fl.get("colpos", "before") == "before":
                style = "C|" + style
        if roles["B"] and "B" not in style:
            style += "|B"
        lines = []
        for grp in style.split("|"):
            parts = [roles[r] for r in grp if roles[r]]
            if not parts:
                continue
            if grp == "B" and fl.get("bybreak"):
                name = roles["B"]
                i = name.rfind(" 通讯员") if " 通讯员" in name else name.rfind(" ")
                lines.append((name[:i].strip(), False))
                lines.append((name[i:].strip(), True))
                PHEN["byline broken across lines"] += 1
                continue
            if len(grp) == 1 and grp in "KTS" and re.search("[/／]", roles[grp]) \
                    and not (grp == "T" and fl.get("tt")):
                for x in re.split("[/／]", roles[grp]):
                    lines.append((x, True))
                PHEN["headline part broken over two lines"] += 1
                continue
            text = " ".join(hl(p) for p in parts)
            if grp == "T" and fl.get("tt"):
                t = hl(roles["T"])
                self.dups.append(t)
                PHEN["headline drawn twice"] += 1
                if fl["tt"] == "one":
                    lines.append((t + t, True))
                else:
                    lines.append((t, True))
                    lines.append((t, True))
                continue
            lines.append((text, True))
        if len([x for x in style.split("|") if x.strip("CB")]) >= 3 or \
                (len(lines) >= 3 and b["type"] == "news"):
            PHEN["headline block of 3+ printed lines"] += 1
        return [(punct(t, self.pm), bl) for t, bl in lines]

    def story_lines(self, b):
        """All printed lines of a story and the indexes of interleave cuts
        (positions in the list after which another story may come in)."""
        f, fl = b["f"], b["flags"]
        lines = self.head_lines(b) if b["type"] != "photo" else []
        if b["type"] == "continuation":
            lines.insert(0, (punct("（" + f["cont"] + "）", self.pm), True))
            PHEN["jump marker (上接) opening a continuation, paragraph layout"] += 1
        nhead = len(lines)
        cuts = []
        dl = f.get("dl", "")
        first = True
        for i, (tag, text) in enumerate(b["paras"], 1):
            pieces = re.split(r"\[\[[uvwac/]\]\]", text)
            kinds = CUT.findall(text)
            for j, piece in enumerate(pieces):
                s = piece
                if first and dl:
                    s = dl + s
                first = False
                lines.append((self.txt(s), True))
                if j < len(kinds):
                    if kinds[j] == "/":
                        PHEN["paragraph split across a blank line (no interleave)"] += 1
                    else:
                        cuts.append((len(lines), kinds[j]))
            if fl.get("subat") and int(fl["subat"]) == i:
                lines.append((punct(f["sub"], self.pm), True))
                PHEN["subtitle printed inside the body"] += 1
            if fl.get("dup") and int(fl["dup"]) == i:
                lines.append(lines[-1])
                self.dups.append(clean(punct(text, self.pm)))
                PHEN["line printed twice"] += 1
        if fl.get("jump"):
            lines.append((punct(f"▷(" + f["cont"] + ")", "half") if self.pm == "half"
                          else "▷（" + f["cont"] + "）", True))
            PHEN["jump marker (下转)"] += 1
        if f.get("col") and fl.get("colpos") == "after":
            lines.append((punct(f["col"], self.pm), True))
            PHEN["column label after its article"] += 1
        elif f.get("col"):
            PHEN["column label before its article"] += 1
        return lines, cuts, nhead

    def photo(self, b):
        f, fl = b["f"], b["flags"]
        self.out += ["", ""]
        if f.get("title"):
            self.emit(punct(f["title"], self.pm))
        cap = self.txt(clean(b["paras"][0][1]))
        cr = punct(f.get("by", ""), self.pm)
        mode = fl.get("credit", "inline" if cr else "none")
        if mode == "inline":
            self.emit(cap + " " + cr)
        else:
            self.emit(cap)
            if mode == "own":
                self.emit(cr)
            elif mode == "right":
                self.emit(" " * self.rng.randint(30, 60) + cr)
            elif mode == "top":
                self.top_credits.append(cr)
            elif mode == "group":
                self.emit(cr)
        PHEN[f"photo credit: {mode}"] += 1

    def render(self):
        blocks = self.p["blocks"]
        i = 0
        while i < len(blocks):
            b = blocks[i]
            t = b["type"]
            if t == "masthead":
                self.masthead(b)
            elif t == "box":
                self.box(b)
            elif t == "photo":
                self.photo(b)
            elif t in ARTICLE_KINDS:
                lines, cuts, _ = self.story_lines(b)
                if b["flags"].get("x"):
                    k = int(b["flags"]["x"])
                    nb = blocks[i + 1]
                    nlines, ncuts, nhead = self.story_lines(nb)
                    cpos, ckind = cuts[0]
                    PHEN[f"interleaved cut: {CUT_NAMES[ckind]}"] += 1
                    # the next story's first piece: headline, dateline and k paragraphs
                    end = nhead + k
                    for cp, ck in ncuts:
                        if cp <= end:
                            end = cp
                            PHEN[f"interleaved cut: {CUT_NAMES[ck]}"] += 1
                            break
                    for ln in lines[:cpos] + nlines[:end] + lines[cpos:] + nlines[end:]:
                        self.emit(*ln)
                    i += 2
                    continue
                for ln in lines:
                    self.emit(*ln)
            i += 1
        if self.top_credits:
            self.out[2:2] = [x for c in self.top_credits for x in (c, "")]
            PHEN["photo credit printed at the top of the page"] += len(self.top_credits)
        return "\n".join(self.out) + "\n"


# --------------------------------------------------------- column layout --
class CPage:
    """Column layout: one printed column line per text line, every line
    followed by a blank line (seeds 000 and 004)."""

    def __init__(self, page, rng):
        self.p, self.rng = page, rng
        m = page["meta"]
        self.pm = m.get("punct", "full")
        self.nums = m.get("nums", "both")
        self.W0 = int(m.get("width", rng.randint(15, 20)))
        self.spread_p = float(m.get("spread", 0.12))
        self.out: list[str] = []
        self.dups: list[str] = []
        self.extras: list[str] = []
        self.bunch: list[str] = []
        self.top_credits: list[str] = []

    def emit(self, line, blank=True):
        self.out.append(line)
        if blank:
            self.out.append("")

    def head_block(self, b) -> list[tuple[str, bool]]:
        f, fl = b["f"], b["flags"]
        res = []
        for role in ("kick", "title", "sub"):
            v = f.get(role, "")
            if not v:
                continue
            parts = re.split("[/／]", v)
            if role == "title" and fl.get("tt"):
                t = hl(v)
                self.dups.append(t)
                PHEN["headline drawn twice"] += 1
                res += [(t + t, True)] if fl["tt"] == "one" else [(t, True), (t, True)]
                continue
            for j, x in enumerate(parts):
                res.append((x, j == len(parts) - 1))
            if len(parts) > 1:
                PHEN["headline part broken over two lines"] += 1
        if len(res) >= 3 and b["type"] == "news":
            PHEN["headline block of 3+ printed lines"] += 1
        if res and self.rng.random() < 0.3:
            res = [(t, False) if k < len(res) - 1 else (t, True) for k, (t, _) in enumerate(res)]
        if res and self.rng.random() < 0.12:
            res[0] = (" " + res[0][0], res[0][1])
        return [(punct(t, self.pm), bl) for t, bl in res]

    def byline_lines(self, b):
        by = b["f"].get("by", "")
        if not by:
            return []
        if b["flags"].get("bybreak") and " " in by:
            i = by.find(" 通讯员") if " 通讯员" in by else by.rfind(" ")
            PHEN["byline broken across lines"] += 1
            return [(punct(by[:i].strip(), self.pm), True), (punct(by[i:].strip(), self.pm), True)]
        return [(punct(by, self.pm), True)]

    def body_lines(self, b) -> list[str]:
        f, fl = b["f"], b["flags"]
        W = int(fl.get("w", 0)) or self.W0 + self.rng.choice([-1, 0, 0, 1])
        nums = fl.get("nums", self.nums)
        out = []
        dl = punct(f.get("dl", ""), self.pm)
        if dl and nums != "none":
            # datelines carry the same glyph gaps as the body ("湖南日报 3月 8日讯")
            dl = join_plain(tokens(dl), "before" if self.rng.random() < 0.6 else "both")
        for i, (tag, text) in enumerate(b["paras"]):
            text = punct(CUT.sub("", text), self.pm)
            if tag == "H":
                out.append(text)
                continue
            breaks = ()
            if i == 0 and dl:
                if fl.get("dlbreak"):
                    m = re.search(r"日[讯电]", dl)
                    breaks = (m.start(),)
                    PHEN["dateline broken inside its date"] += 1
                elif fl.get("dltx") and "通讯员" in dl:
                    breaks = (dl.index("通讯员"),)
                    PHEN["dateline broken before 通讯员"] += 1
                text = dl + text
            out += wrap(text, 2 * W, self.rng, nums, self.spread_p, breaks,
                        dl if (i == 0 and dl) else "")
        return out

    def story(self, b):
        f, fl = b["f"], b["flags"]
        where = fl.get("head", "before")
        head = self.head_block(b)
        byl = self.byline_lines(b)
        col = []
        if f.get("col"):
            col = [(punct(f["col"], self.pm), True)]
        colpos = fl.get("colpos", "before")
        if where == "bunch":
            for t, bl in head + (byl if fl.get("bywithhead") else []):
                self.bunch.append((t, bl))
            PHEN["headline bunched with other stories' headlines"] += 1
            head = []
            if fl.get("bywithhead"):
                byl = []
        elif where == "after":
            PHEN["headline printed after its body"] += 1
        seq = []
        if col and colpos == "before":
            seq += col
            PHEN["column label before its article"] += 1
        if b["type"] == "continuation":
            mark = punct("▲ ▲（" + f["cont"] + "）", self.pm)
            PHEN["jump marker ▲ ▲（上接…） opening a continuation, column layout"] += 1
        if where == "before":
            seq += head
        seq += byl
        body = self.body_lines(b)
        if b["type"] == "continuation":
            if fl.get("contmark") == "inline":
                body[0] = mark + body[0]
            else:
                body.insert(0, mark)
        if fl.get("dup"):
            k = int(fl["dup"])
            body.insert(k, body[k - 1])
            self.dups.append(re.sub(r"\s+", "", body[k - 1]))
            PHEN["line printed twice"] += 1
        if fl.get("boxin"):
            k, txt = fl["boxin"].split(":", 1)
            body.insert(int(k), txt)
            self.extras.append(txt)
            PHEN["box line inside a story's body"] += 1
        seq += [(x, True) for x in body]
        if fl.get("jump"):
            seq.append((punct("（" + f["cont"] + "）", self.pm), True))
            PHEN["jump marker (下转)"] += 1
        if where == "after":
            seq += head
        if col and colpos == "after":
            seq += col
            PHEN["column label after its article"] += 1
        for t, bl in seq:
            self.emit(t, bl)

    def photo(self, b):
        f, fl = b["f"], b["flags"]
        cr = punct(f.get("by", ""), self.pm)
        mode = fl.get("credit", "inline" if cr else "none")
        if f.get("title"):
            self.emit(punct(f["title"], self.pm))
        cap = punct(clean(b["paras"][0][1]), self.pm)
        W = int(fl.get("w", 0)) or self.rng.randint(40, 46)
        lines = wrap(cap, 2 * W, self.rng, self.nums, 0.0)
        if fl.get("spacecap"):
            lines = [join_spread(tokens(x)) for x in lines]
            PHEN["caption spread with glyph-gap spaces"] += 1
        if mode == "inline":
            lines[-1] += " " + cr
        for x in lines:
            self.emit(x)
        if mode in ("own", "group"):
            self.emit(cr)
        elif mode == "right":
            self.emit(" " * self.rng.randint(24, 48) + cr)
        elif mode == "top":
            self.top_credits.append(cr)
        PHEN[f"photo credit: {mode}"] += 1

    def masthead(self, b):
        m = self.p["meta"]
        d = datetime.date.fromisoformat(m["date"])
        lunar, no, npages = m["masthead"].split()
        order = b["lines"][0].split("|") if b.get("lines") else None
        pieces = {"ym": f"{d.year}年{d.month}月", "d": f"{d.day}", "w": f"星期{WEEK[d.weekday()]}",
                  "l": lunar, "n": f"第{no}号", "p": f"今日{npages}版"}
        seq = order or ["ym", "d", "w", "l", "n", "p"]
        printed = []
        for grp in seq:
            printed.append(" ".join(pieces[k] for k in grp.split("+")))
        for x in printed:
            self.emit(x)
        self.extras.append("".join(printed).replace(" ", ""))
        PHEN["masthead (front page)"] += 1
        if any("+" in g for g in seq):
            PHEN["masthead pieces merged on one line"] += 1

    def box(self, b):
        for x in b["lines"]:
            self.emit(punct(x, self.pm))
        self.extras.append(punct("".join(b["lines"]), self.pm))
        PHEN["box line(s) (extras)"] += 1

    def render(self):
        marks = []
        for b in self.p["blocks"]:
            t = b["type"]
            if t == "masthead":
                self.masthead(b)
            elif t == "box":
                self.box(b)
            elif t == "bunch":
                marks.append(len(self.out))
            elif t == "photo":
                self.photo(b)
            elif t in ARTICLE_KINDS:
                self.story(b)
        if marks:
            ins = []
            for t, bl in self.bunch:
                ins.append(t)
                if bl:
                    ins.append("")
            if ins and ins[-1] != "":
                ins.append("")
            self.out[marks[0]:marks[0]] = ins
        if self.top_credits:
            self.out[0:0] = [x for c in self.top_credits for x in (c, "")]
            PHEN["photo credit printed at the top of the page"] += len(self.top_credits)
        if self.out and not self.out[0].startswith(" "):
            self.out[0] = " " + self.out[0]
        return "\n".join(self.out) + "\n"


# ------------------------------------------------------------------ main --
def compose():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    kinds = Counter()
    for n, path in enumerate(sorted(SRC.glob("*.txt"))):
        page = parse_src(path)
        rng = random.Random("dev_q:" + path.name)
        m = page["meta"]
        QSPACE[0] = m.get("qspace") == "yes"
        r = (PPage if m["layout"] == "P" else CPage)(page, rng)
        text = r.render()
        text = re.sub(r"\n{5,}", "\n\n\n\n", text)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        pm = m.get("punct", "full")
        arts = [gold_article(b, pm) for b in page["blocks"] if b["type"] in ARTICLE_KINDS]
        for a in arts:
            kinds[a["kind"]] += 1
        front = "masthead" in m
        gold = {"source": f"{name}.txt", "issue_date": m["date"],
                "issue_number": m["masthead"].split()[1] if front else None,
                "page_count": int(m["masthead"].split()[2]) if front else None,
                "articles": arts, "extras": r.extras, "duplicates": r.dups}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        chars = len(re.sub(r"\s+", "", text))
        rows.append((name, m["date"], m["page"], m["layout"], len(arts), chars, path.name))
    return rows, kinds


def count_src_phenomena():
    """Phenomena that live in the stories themselves (same in both layouts)."""
    c = Counter()
    par = re.compile(r"^[\u4e00-\u9fff]{1,4}，[\u4e00-\u9fff]{1,7}。")
    for path in sorted(SRC.glob("*.txt")):
        page = parse_src(path)
        for b in page["blocks"]:
            f = b["f"]
            dl = f.get("dl", "")
            if dl:
                c["dateline with 电" if re.search("电[（(]", dl) else "dateline with 讯"] += 1
                if "全媒体记者" in dl:
                    c["byline/dateline: 全媒体记者"] += 1
                elif "记者" in dl:
                    c["byline/dateline: 记者 (older usage)"] += 1
            by = f.get("by", "")
            if "华声在线" in by:
                c["byline: 湖南日报·华声在线记者"] += 1
            if "新湖南客户端" in by:
                c["byline: 湖南日报·新湖南客户端记者 … 报道"] += 1
            if by.startswith("文丨"):
                c["byline: 文丨X"] += 1
            if by and b["type"] in ("commentary", "feature") and " " not in by \
                    and not by.startswith("文丨"):
                c["bare-name byline"] += 1
            if f.get("sub", "").startswith("——"):
                c["dash-led subtitle"] += 1
            if re.search(r"出席$|主持$|讲话$", f.get("sub", "")):
                c["某某出席/讲话/主持 line"] += 1
            for tag, text in b["paras"]:
                if tag == "P" and par.match(clean(text)):
                    c["parallel paragraph opening (X，是Y。)"] += 1
                if tag == "H":
                    c["crosshead / subhead"] += 1
    return c


def write_readme(rows, kinds):
    src_ph = count_src_phenomena()
    tmpl = (HERE / "README.tmpl.md").read_text(encoding="utf-8")
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items()))
    ph2 = "\n".join(f"| {k} | {v} |" for k, v in sorted(src_ph.items()))
    pages = "\n".join(f"| {n} | {d} | {p} | {'paragraph' if l == 'P' else 'column'} | {a} | {c} | {s} |"
                      for n, d, p, l, a, c, s in rows)
    kinds_t = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    total = sum(r[4] for r in rows)
    text = (tmpl.replace("{{PHEN_LAYOUT}}", ph).replace("{{PHEN_TEXT}}", ph2)
            .replace("{{PAGES}}", pages).replace("{{KINDS}}", kinds_t)
            .replace("{{TOTAL}}", str(total)))
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    rows, kinds = compose()
    write_readme(rows, kinds)
    for r in rows:
        print(*r)
    print("articles:", sum(r[4] for r in rows), dict(kinds))
