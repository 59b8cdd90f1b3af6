#!/usr/bin/env python3
"""Compose the dev_zc blind test set: lay the hand-written stories in src/ out as
raw Hunan Daily page texts (column and paragraph layouts) and write their gold.

    python3 compose.py

Deterministic: every random choice comes from random.Random seeded by the page
number. Writes pages/, gold/ and README.md (tables filled from the run).
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PAGES = HERE / "pages"
GOLD = HERE / "gold"

PH = Counter()          # phenomena counts over the whole set
PAGE_ROWS = []          # README page table

WEEK = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()
CJK_RE = re.compile(r"[\u3400-\u9fff]")
NOSP_AFTER = set("，。、；：？！）》”’,.;:?!)（《(")
NOSP_BEFORE = set("“‘（《(")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").strip())


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "articles": []}
    cur = None
    mode = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#page"):
            mode = "meta"
            continue
        if line.startswith("@"):
            cur = {"kind": line[1:].strip(), "f": {}, "paras": [], "opt": set()}
            page["articles"].append(cur)
            mode = "head"
            continue
        if mode == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
            continue
        if mode == "head":
            if not line.strip():
                mode = "body"
                continue
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "opt":
                cur["opt"] |= {x.strip() for x in v.split(",") if x.strip()}
            else:
                cur["f"][k] = v
            continue
        if mode == "body" and line.strip():
            if line.startswith("## "):
                cur["paras"].append((line[3:].strip(), True))
            else:
                cur["paras"].append((line.strip(), False))
    return page


HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}


def halfwidth(s: str) -> str:
    return "".join(HALF.get(c, c) for c in s)


# ---------------------------------------------------------------- spacing
NUM_RE = re.compile(r"[0-9][0-9.]*%?")


def numspace(text: str, mode: str, rng: random.Random) -> str:
    """Spaces the PDF extraction leaves around digit runs."""
    if mode == "none":
        return text
    out, last = [], 0
    for m in NUM_RE.finditer(text):
        a, b = m.span()
        out.append(text[last:a])
        prev = text[a - 1] if a else ""
        nxt = text[b] if b < len(text) else ""
        tok = m.group()
        before = mode in ("around", "mixed") and prev and CJK_RE.match(prev)
        if mode == "mixed" and rng.random() < 0.25:
            before = False
        after = nxt and CJK_RE.match(nxt) and not tok.endswith("%")
        if mode == "mixed":
            after = after and rng.random() < 0.55
        if mode == "after":
            before = False
        out.append((" " if before else "") + tok + (" " if after else ""))
        last = b
    out.append(text[last:])
    s = "".join(out)
    if s != text:
        PH["spaces around digit runs"] += 1
    return s


def quotespace(text: str, rng: random.Random, p: float) -> str:
    if "“" in text and rng.random() < p:
        i = text.index("“")
        PH["space after an opening quote"] += 1
        return text[:i + 1] + " " + text[i + 1:]
    return text


def glyphgap(text: str, rng: random.Random) -> str:
    """One glyph-gap artefact: spaces around a comma, or before %."""
    cands = [m.start() for m in re.finditer(r"[，,](?=[0-9])", text)]
    pc = [m.start() for m in re.finditer(r"[0-9]%", text)]
    if cands and rng.random() < 0.6:
        i = rng.choice(cands)
        PH["glyph-gap spaces (‘隆 ， 20 多’, ‘7 %’)"] += 1
        return text[:i] + " " + text[i] + " " + text[i + 1:]
    if pc:
        i = rng.choice(pc)
        PH["glyph-gap spaces (‘隆 ， 20 多’, ‘7 %’)"] += 1
        return text[:i + 1] + " " + text[i + 1:]
    return text


def spread(line: str) -> str:
    """A justified line spread with spaces, as the extraction prints it."""
    toks = re.findall(r"[0-9A-Za-z.%]+|\S", line.replace(" ", ""))
    out = toks[0] if toks else ""
    for a, b in zip(toks, toks[1:]):
        if a[-1] in NOSP_AFTER or b[0] in NOSP_BEFORE:
            out += b
        else:
            out += " " + b
    return out


def width(s: str) -> float:
    w = 0.0
    for c in s:
        if c == " ":
            w += 0.3
        elif ord(c) < 128:
            w += 0.5
        else:
            w += 1
    return w


def wrap(text: str, w: float, first_w: float | None = None) -> list[str]:
    """Justified column lines of width w: figures and Latin words are not broken,
    no line opens with closing punctuation or ends with an opening one."""
    toks = re.findall(r"[0-9A-Za-z.%+]+|.", text)
    lines, cur, cw = [], "", 0.0
    lim = first_w or w
    for tk in toks:
        cc = width(tk)
        if cw + cc > lim + 0.01 and cur.strip():
            if tk in "，。、；：？！）》”,.;:)" and cw + cc <= lim + 2.01:
                cur += tk
                cw += cc
                continue
            carry = ""
            while cur and cur[-1] in "“（《(‘":
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, cw = carry, width(carry)
            lim = w
            if tk == " ":
                continue
        cur += tk
        cw += cc
    if cur.strip():
        lines.append(cur)
    return [x.strip() for x in lines if x.strip()]


# ---------------------------------------------------------------- helpers
def split_dateline_names(dl: str, rng: random.Random) -> tuple[str, str]:
    """Break a dateline where the seeds break it (inside the date, before 通讯员,
    between names)."""
    m = re.match(r"(湖南日报\s*\d+\s*月\s*)(\d+\s*日[讯电].*)", dl)
    r = rng.random()
    if m and r < 0.4:
        d = re.match(r"(湖南日报\s*\d+\s*月\s*\d+)(.*)", dl)
        PH["line break inside a dateline's date"] += 1
        return d.group(1), d.group(2)
    if "通讯员" in dl and r < 0.8:
        i = dl.index("通讯员")
        PH["line break before 通讯员 in a dateline"] += 1
        return dl[:i].rstrip(), dl[i:]
    i = dl.find("记者")
    if i > 0:
        PH["line break between 记者 and the names"] += 1
        return dl[:i + 2], dl[i + 2:].lstrip()
    return dl, ""


def dl_print(dl: str, rng: random.Random, column: bool, nummode: str = "mixed") -> str:
    """How the dateline's date is printed: 湖南日报 3月 8日讯 / 湖南日报3月8日讯."""
    m = re.match(r"湖南日报(\d+)月(\d+)日(.*)", dl)
    if not m:
        return dl
    r = rng.random()
    if not column and nummode == "none":
        return dl
    if column and r < 0.55:
        return f"湖南日报 {m.group(1)}月 {m.group(2)}日{m.group(3)}"
    if r < 0.7:
        return f"湖南日报 {m.group(1)} 月 {m.group(2)} 日{m.group(3)}" if rng.random() < 0.3 else dl
    return dl


def dl_tail_ok(lines: list[str], dl: str) -> bool:
    pos = 0
    for ln in lines:
        s = squash(ln)
        if pos < len(dl) < pos + len(s) and 0 < len(dl) - pos < 4 and pos > 0:
            return False
        pos += len(s)
    return True


def gold_article(a: dict) -> dict:
    f = a["f"]
    paras = [squash(t) for t, _ in a["paras"]]
    return OrderedDict([
        ("kind", a["kind"]),
        ("column", f.get("col", "")),
        ("kicker", norm(f.get("kick", ""))),
        ("title", norm(f.get("title", ""))),
        ("subtitle", norm(f.get("sub", ""))),
        ("byline", norm(f.get("by", ""))),
        ("dateline", norm(f.get("dl", ""))),
        ("continued", f.get("cont", "")),
        ("subheads", [norm(t) for t, s in a["paras"] if s]),
        ("paragraphs", paras),
    ])


def headline_parts(a: dict) -> list[tuple[str, str]]:
    f = a["f"]
    return [(k, f[k]) for k in ("kick", "title", "sub") if f.get(k)]


# ---------------------------------------------------------------- column layout
def column_page(page: dict, rng: random.Random, extras: list, dups: list) -> list[str]:
    meta = page["meta"]
    out: list[str] = []
    bunch: list[str] = []
    nummode = meta.get("numspace", "mixed")
    arts = page["articles"]
    # where headlines go
    modes = []
    for i, a in enumerate(arts):
        o = a["opt"]
        if "headbefore" in o:
            modes.append("before")
        elif "bunch" in o:
            modes.append("bunch")
        elif "headafter" in o or a["kind"] in ("photo", "continuation"):
            modes.append("after")
        else:
            r = rng.random()
            modes.append("after" if r < 0.62 else "bunch" if r < 0.9 else "before")
    flush_at = {}
    pending = [i for i, m in enumerate(modes) if m == "bunch"]
    # bunch headlines are flushed after the body of a later story (or at page end)
    groups, g = [], []
    for i in pending:
        g.append(i)
        if len(g) >= rng.choice([2, 3]):
            groups.append(g)
            g = []
    if g:
        groups.append(g)
    for grp in groups:
        later = [j for j in range(grp[-1] + 1, len(arts))]
        flush_at.setdefault(rng.choice(later) if later else len(arts) - 1, []).extend(grp)
    headlines = {}

    def head_lines(i: int) -> list[str]:
        a = arts[i]
        f = a["f"]
        o = a["opt"]
        res = []
        if f.get("col") and a["kind"] != "commentary" and "colafter" not in o:
            res.append(f["col"])
            PH["column label on its own line"] += 1
        parts = headline_parts(a)
        for k, v in parts:
            if k == "title" and "titlesplit" in o and len(v) > 9 and " " not in v:
                cut = len(v) - rng.choice([2, 3, 4])
                res += [v[:cut], v[cut:]]
                PH["headline's last words alone on a line"] += 1
            elif k == "title" and "duphead" in o:
                if rng.random() < 0.5:
                    res.append(v.replace(" ", "") + v.replace(" ", ""))
                    PH["headline drawn twice on one line"] += 1
                else:
                    res += [v, v]
                    PH["headline drawn twice as two lines"] += 1
                dups.append(v)
            elif k == "sub" and len(v) > 22 and " " not in v:
                cut = rng.randint(14, len(v) - 5)
                res += [v[:cut], v[cut:]]
            else:
                res.append(v)
        if a["kind"] == "commentary" and f.get("by") and "bytop" not in o:
            res.append(f["by"])
        if len(parts) > 1:
            PH["headline stack of 2+ lines"] += 1
        if res and rng.random() < 0.12:
            res[0] = " " + res[0]
        return res

    for i, a in enumerate(arts):
        f, o, kind = a["f"], a["opt"], a["kind"]
        if f.get("box"):
            extras.append(squash(f["box"]))
        body: list[str] = []
        if kind == "photo":
            w = rng.choice([34, 38, 42, 46])
            cap = " ".join(t for t, _ in a["paras"])
            cap = numspace(cap, "mixed", rng)
            if "spacedcap" in o:
                cap = spread(cap)
                PH["caption spaced across the whole line"] += 1
            if f.get("title"):
                body.append(f["title"])
                PH["photo title line"] += 1
            credit = f.get("by", "")
            if credit and ("creditline" in o or "credittop" in o):
                body += wrap(cap, w)
                if "credittop" in o:
                    out.insert(0, " " * rng.randint(20, 40) + credit)
                    PH["photo credit at page top"] += 1
                else:
                    body.append(" " * rng.randint(18, 40) + credit)
                    PH["photo credit right-aligned on its own line"] += 1
            elif credit:
                lines = wrap(cap, w)
                lines[-1] = lines[-1] + " " + credit
                body += lines
                PH["photo credit on the caption line"] += 1
            else:
                body += wrap(cap, w)
            if "以上图片" in credit or "均由" in credit:
                PH["group photo credit"] += 1
            out += body
            for j in flush_at.get(i, []):
                out += head_lines(j)
                PH["column: headline bunched with other stories'"] += 1
            if f.get("boxafter"):
                out.append(f["boxafter"])
                extras.append(squash(f["boxafter"]))
                PH["box line (countdown / code prompt / frame)"] += 1
            continue
        if kind == "commentary":
            w = rng.choice([11, 12, 12, 13, 14])
        elif kind in ("feature",):
            w = rng.choice([16, 18, 19, 20])
        else:
            w = rng.choice([15, 16, 17, 17, 18, 19, 20])
        if modes[i] == "before":
            body += head_lines(i)
            PH["column: headline before body"] += 1
        if kind == "commentary" and f.get("by") and "bytop" in o:
            by = f["by"]
            m = re.match(r"(.*?(?:评论员|记者))\s*(.*)", by)
            if m and m.group(2):
                body += [m.group(1), m.group(2)]
                PH["commentary byline split over two lines"] += 1
            else:
                body.append(by)
                PH["bare-name byline line"] += 1
        elif kind in ("feature", "news", "other") and f.get("by"):
            by = f["by"]
            if "通讯员" in by and rng.random() < 0.7:
                j = by.index("通讯员")
                body += [by[:j].strip(), by[j:]]
                PH["byline split before 通讯员"] += 1
            else:
                body.append(by)
                if not re.search(r"记者|评论员|文丨|报道", by):
                    PH["bare-name byline line"] += 1
        plines: list[str] = []
        for pi, (t, sub) in enumerate(a["paras"]):
            if sub:
                plines.append(t)
                PH["crosshead (subhead) line"] += 1
                continue
            txt = numspace(t, nummode, rng)
            if rng.random() < 0.05:
                txt = glyphgap(txt, rng)
            lead = ""
            if pi == 0 and f.get("dl"):
                dl = dl_print(f["dl"], rng, True)
                if "dlbreak" in o or rng.random() < 0.25:
                    d1, d2 = split_dateline_names(dl, rng)
                    plines.append(d1)
                    lead = d2
                else:
                    lead = dl
            if pi == 0 and kind == "continuation":
                lead = "▲ ▲（" + f["cont"] + "）"
                PH["continuation marker (上接/紧接)"] += 1
            lines = wrap(lead + txt, w)
            if pi == 0 and f.get("dl") and lead:
                # a line may not open with a 1-3 character tail of the dateline
                for ww in (w, w - 1, w + 1, w - 2, w + 2, w - 3):
                    lines = wrap(lead + txt, ww)
                    if dl_tail_ok(lines, squash(lead)):
                        break
            for li in range(len(lines) - 1):
                if rng.random() < float(meta.get("spread", 0.1)):
                    lines[li] = spread(lines[li])
                    PH["justified line spread with spaces"] += 1
            plines += lines
        if "dupline" in o and len(plines) > 6:
            k = rng.randint(2, len(plines) - 3)
            dups.append(plines[k])
            plines.insert(k + 1, plines[k])
            PH["body line printed twice"] += 1
        body += plines
        if f.get("col") and kind == "commentary" and "colbefore" not in o:
            body.append(f["col"])
            PH["column label on its own line"] += 1
        elif f.get("col") and kind == "commentary":
            body.insert(0, f["col"])
            PH["column label on its own line"] += 1
        elif f.get("col") and "colafter" in o:
            body.append(f["col"])
            PH["column label on its own line"] += 1
        if f.get("cont", "").startswith("下转"):
            body.append("▷（" + f["cont"] + "）")
            PH["jump marker (下转)"] += 1
        if modes[i] == "after":
            body += head_lines(i)
            PH["column: headline after body"] += 1
        out += body
        for j in flush_at.get(i, []):
            out += head_lines(j)
            PH["column: headline bunched with other stories'"] += 1
        if f.get("boxafter"):
            out.append(f["boxafter"])
            extras.append(squash(f["boxafter"]))
            PH["box line (countdown / code prompt / frame)"] += 1
    return out


# ---------------------------------------------------------------- paragraph layout
def cut_point(t: str, how: str, rng: random.Random) -> int:
    L = len(t)
    lo, hi = int(L * 0.25), int(L * 0.8)
    if how == "num":
        c = [m.start() for m in NUM_RE.finditer(t) if lo <= m.start() <= hi and CJK_RE.match(t[m.start() - 1])]
        if c:
            PH["cut between a verb and its figure"] += 1
            return rng.choice(c)
    if how == "unit":
        c = [m.end() for m in NUM_RE.finditer(t) if lo <= m.end() <= hi and not m.group().endswith("%")
             and m.end() < L and CJK_RE.match(t[m.end()])]
        if c:
            PH["cut between a figure and its unit"] += 1
            return rng.choice(c)
    c = [i for i in range(lo, hi) if CJK_RE.match(t[i - 1]) and CJK_RE.match(t[i])]
    PH["cut inside a word"] += 1
    return rng.choice(c) if c else L // 2


def para_page(page: dict, rng: random.Random, extras: list, dups: list) -> list[str]:
    meta = page["meta"]
    arts = page["articles"]
    nummode = meta.get("numspace", "none")
    qp = float(meta.get("quotespace", 0))
    units: dict[int, list] = {}
    top: list[str] = []

    def body_text(t: str) -> str:
        t = numspace(t, nummode, rng)
        t = quotespace(t, rng, qp)
        if rng.random() < float(meta.get("gap", 0.04)):
            t = glyphgap(t, rng)
        return t

    for i, a in enumerate(arts):
        f, o, kind = a["f"], a["opt"], a["kind"]
        head: list[str] = []
        if f.get("col") and "colafter" not in o:
            head.append(f["col"])
            PH["column label on its own line"] += 1
        parts = headline_parts(a)
        if parts:
            if "headjoin" in o and len(parts) > 1:
                head.append(" ".join(v for _, v in parts))
                PH["headline parts joined by spaces on one line"] += 1
            elif "headjoin2" in o and len(parts) == 3:
                head += [parts[0][1], parts[1][1] + " " + parts[2][1]]
                PH["headline parts joined by spaces on one line"] += 1
            else:
                for k, v in parts:
                    if k == "kick" and "kicksplit" in o:
                        cut = rng.randint(3, len(v) - 3)
                        head += [v[:cut], v[cut:]]
                        PH["kicker broken over two lines"] += 1
                    elif k == "title" and "duphead" in o:
                        head += [v, v]
                        dups.append(v)
                        PH["headline drawn twice as two lines"] += 1
                    else:
                        head.append(v)
                if len(parts) > 1:
                    PH["headline parts on their own lines"] += 1
        if f.get("by") and kind in ("news", "feature", "commentary", "other"):
            by = f["by"]
            if "bysplit" in o and "通讯员" in by:
                j = by.index("通讯员")
                head += [by[:j].strip(), by[j:]]
                PH["byline split before 通讯员"] += 1
            else:
                head.append(by)
                if not re.search(r"记者|评论员|文丨|报道|摄", by):
                    PH["bare-name byline line"] += 1
                if by.startswith("文丨"):
                    PH["文丨 byline (副刊)"] += 1
        plines: list[list[str]] = []      # per paragraph a list of printed pieces
        for pi, (t, sub) in enumerate(a["paras"]):
            if sub:
                plines.append([t])
                PH["crosshead (subhead) line"] += 1
                continue
            txt = body_text(t)
            if pi == 0 and f.get("dl"):
                txt = dl_print(f["dl"], rng, False, nummode) + txt
            plines.append([txt])
        if kind == "photo":
            cap = plines[0][0] if plines else ""
            credit = f.get("by", "")
            lines = []
            if f.get("title"):
                lines.append(f["title"])
                PH["photo title line"] += 1
            if "spacedcap" in o:
                cap = spread(cap)
                PH["caption spaced across the whole line"] += 1
            if credit and "credittop" in o:
                top.append(credit)
                lines.append(cap)
                PH["photo credit at page top"] += 1
            elif credit and "creditline" in o:
                lines += [cap, " " * rng.randint(20, 40) + credit if "rightalign" in o else credit]
                PH["photo credit on its own line"] += 1
                if "rightalign" in o:
                    PH["photo credit right-aligned on its own line"] += 1
            elif credit:
                lines.append(cap + " " + credit)
                PH["photo credit on the caption line"] += 1
            else:
                lines.append(cap)
            if "以上图片" in credit or "均由" in credit:
                PH["group photo credit"] += 1
            units[i] = {"head": [], "paras": [[x] for x in lines], "tail": []}
            continue
        # in-place splits: a paragraph printed over two lines
        for pi, pl in enumerate(plines):
            if f"split{pi}" in o:
                t = pl[0]
                c = cut_point(t, rng.choice(["num", "word"]), rng)
                plines[pi] = [t[:c], t[c:]]
                PH["paragraph broken over two lines in place"] += 1
        tail = []
        if f.get("cont", "").startswith("下转"):
            mk = rng.choice(["▷", "▷", "▶"])
            tail.append(f"{mk}({f['cont']})" if meta.get("punct") == "half" or rng.random() < .6 else f"{mk}（{f['cont']}）")
            PH["jump marker (下转)"] += 1
        if f.get("col") and "colafter" in o:
            tail.append(f["col"])
            PH["column label on its own line"] += 1
        if "duppara" in o and len(plines) > 2:
            k = rng.randint(1, len(plines) - 1)
            dups.append(plines[k][-1])
            plines[k] = plines[k] + [plines[k][-1]]
            PH["paragraph line printed twice"] += 1
        units[i] = {"head": head, "paras": plines, "tail": tail}

    # interleaving: a story cut mid-paragraph, continued after a piece of the next
    seq: list[str] = []
    done = set()
    for i, a in enumerate(arts):
        if i in done:
            continue
        u = units[i]
        o = a["opt"]
        cutk = [x for x in o if x.startswith("cut") and x[3:4].isdigit()]
        if cutk and i + 1 < len(arts):
            k = int(re.match(r"cut(\d+)", cutk[0]).group(1))
            how = cutk[0][len(f"cut{k}"):] or rng.choice(["num", "unit", "word"])
            j = i + 1
            v = units[j]
            t = u["paras"][k][0]
            c = cut_point(t, how, rng)
            PH["paragraph layout: story cut and resumed after the next story's start"] += 1
            seq += u["head"]
            for p in u["paras"][:k]:
                seq += p
            seq.append(t[:c])
            m = 1 + (1 if len(v["paras"]) > 3 and rng.random() < 0.5 else 0)
            seq += v["head"]
            mutual = "mutual" in o and len(v["paras"]) > m + 1
            for p in v["paras"][:m]:
                seq += p
            if mutual:
                t2 = v["paras"][m][0]
                c2 = cut_point(t2, "word", rng)
                seq.append(t2[:c2])
                PH["mutual interleave (both stories cut)"] += 1
            seq.append(t[c:])
            seq += u["paras"][k][1:]
            for p in u["paras"][k + 1:]:
                seq += p
            seq += u["tail"]
            if mutual:
                seq.append(t2[c2:])
                seq += v["paras"][m][1:]
                rest = v["paras"][m + 1:]
            else:
                rest = v["paras"][m:]
            for p in rest:
                seq += p
            seq += v["tail"]
            done |= {i, j}
            continue
        if "headlate" in o:
            # feature: byline and opening paragraphs first, headline later
            by = [x for x in u["head"] if x == a["f"].get("by")]
            hd = [x for x in u["head"] if x != a["f"].get("by")]
            seq += by
            n = rng.randint(2, 4)
            for p in u["paras"][:n]:
                seq += p
            seq += hd
            for p in u["paras"][n:]:
                seq += p
            PH["paragraph layout: headline printed after the opening paragraphs"] += 1
        else:
            seq += u["head"]
            for p in u["paras"]:
                seq += p
        seq += u["tail"]
        done.add(i)
    return top + seq


# ---------------------------------------------------------------- masthead
def masthead(meta: dict, rng: random.Random, column: bool) -> tuple[list[str], str]:
    parts = meta["masthead"].split("|")
    joined = squash("".join(parts))
    PH["front-page masthead"] += 1
    if column:
        # drawing order: day and weekday merged on one line
        lines = [parts[0], parts[1] + " " + parts[2], parts[3], parts[4] + " " + parts[5]]
    else:
        lines = [parts[0], parts[1], parts[2], parts[3] + "\n" + parts[4], parts[5]]
    return lines, joined


def render(lines: list[str], blank: bool = True) -> str:
    return "\n\n".join(lines) + "\n\n"


# ---------------------------------------------------------------- main
def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    srcs = sorted(SRC.glob("p*.txt"))
    kinds = Counter()
    for n, sp in enumerate(srcs):
        rng = random.Random(1000 + n)
        page = parse(sp)
        meta = page["meta"]
        if meta.get("punct") == "half":
            for a in page["articles"]:
                for k in a["f"]:
                    if k not in ("opt",):
                        a["f"][k] = halfwidth(a["f"][k])
                a["paras"] = [(halfwidth(t), s) for t, s in a["paras"]]
            PH["half-width punctuation page"] += 1
        extras: list[str] = []
        dups: list[str] = []
        column = meta["layout"] == "column"
        if column:
            lines = column_page(page, rng, extras, dups)
        else:
            lines = para_page(page, rng, extras, dups)
        if meta.get("masthead"):
            ml, joined = masthead(meta, rng, column)
            if column:
                pos = rng.randint(3, 12)
                lines = lines[:pos] + ml + lines[pos:]
            else:
                lines = ml + ["", ""] + lines
            extras.insert(0, joined)
        if meta.get("box"):
            bl = meta["box"].split("|")
            pos = len(lines) if not column else rng.randint(len(lines) // 2, len(lines))
            lines = lines[:pos] + bl + lines[pos:]
            extras.append(squash("".join(bl)))
            PH["box line (countdown / code prompt / frame)"] += 1
        if column:
            lines[0] = " " + lines[0].lstrip()
            text = "\n\n".join(lines) + "\n\n\n"
        else:
            text = "\n\n" + "\n\n".join(lines) + "\n"
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        arts = [gold_article(a) for a in page["articles"]]
        for a in arts:
            kinds[a["kind"]] += 1
            gold_phenomena(a)
        ym = meta.get("masthead", "")
        issue = re.search(r"第(\d+)号", ym)
        pc = re.search(r"今日(\d+)版", ym)
        gold = OrderedDict([
            ("source", f"{name}.txt"),
            ("issue_date", meta["date"]),
            ("issue_number", issue.group(1) if issue else None),
            ("page_count", int(pc.group(1)) if pc else None),
            ("articles", arts),
            ("extras", extras),
            ("duplicates", [squash(d) for d in dups]),
        ])
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        chars = len(squash(text))
        PAGE_ROWS.append((name, meta["date"], meta.get("pageno", "?"), meta["layout"], len(arts), chars))
    write_readme(kinds)
    print(f"{len(srcs)} pages, {sum(kinds.values())} articles {dict(kinds)}")
    for r in PAGE_ROWS:
        print("  ", *r)


def gold_phenomena(a: dict):
    """Phenomena read off the gold itself (headline kinds, bylines, datelines)."""
    if a["subtitle"].startswith("——"):
        PH["dash-led subtitle (——记…)"] += 1
    if re.search(r"(出席|讲话|主持|发言)$", a["subtitle"]):
        PH["short attendance line as subtitle (某某出席)"] += 1
    if a["kicker"] and a["title"] and a["subtitle"]:
        PH["three-part headline (引题/主题/副题)"] += 1
    if "电" in a["dateline"] and "讯" not in a["dateline"]:
        PH["dateline with 电"] += 1
    if a["dateline"].startswith("新华社"):
        PH["新华社 dateline (记者 …)"] += 1
    if "华声在线" in a["byline"]:
        PH["湖南日报·华声在线记者 byline"] += 1
    if "新湖南客户端" in a["byline"]:
        PH["湖南日报·新湖南客户端记者 … 报道 byline"] += 1
    if a["kind"] == "commentary" and a["column"]:
        PH["commentary under a column label"] += 1
    if a["kind"] in ("news", "feature", "commentary"):
        heads = [re.match(r"^(.{1,12}?)，", p) for p in a["paragraphs"]]
        starts = Counter(m.group(1) for m in heads if m)
        if any(v >= 2 for v in starts.values()):
            PH["parallel paragraph openings (‘X，要…’)"] += 1


def write_readme(kinds: Counter):
    tmpl = (HERE / "README.tmpl").read_text(encoding="utf-8") if (HERE / "README.tmpl").exists() else "{TABLES}"
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in sorted(PH.items()))
    pg = "| file | date | page | layout | articles | chars |\n|---|---|---|---|---|---|\n" + "\n".join(
        f"| {a} | {b} | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in PAGE_ROWS)
    cs = sorted(r[5] for r in PAGE_ROWS)
    kd = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    summ = (f"{len(PAGE_ROWS)} pages, {sum(kinds.values())} articles ({kd}); characters per page "
            f"(whitespace excluded) min {cs[0]}, median {cs[len(cs)//2]}, max {cs[-1]}.")
    txt = tmpl.replace("{SUMMARY}", summ).replace("{PHENOMENA}", ph).replace("{PAGES}", pg)
    (HERE / "README.md").write_text(txt, encoding="utf-8")


if __name__ == "__main__":
    main()
