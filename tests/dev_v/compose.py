#!/usr/bin/env python3
"""Compose the dev_v blind set: lay the hand-written stories in src/ out into raw
page files (column or paragraph layout, as the seeds are printed) and write the
exact gold annotation of each page.  Deterministic: every random choice comes
from random.Random seeded by the page's source file name.

    python3 compose.py        -> pages/*.txt, gold/*.json, README.md
"""
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
PH = Counter()          # phenomena laid out (for the README)

CLOSE = "，。、；：？！”’）》…%—"
OPENQ = "“‘（《"


# ----------------------------------------------------------------- parsing
def parse(path):
    page, arts, cur = {}, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== more "):
            # more paragraphs for an article written above (matched by headline)
            key = line[9:].strip()
            cur = next(a for a in arts if key in a["T"] + a["K"])
            continue
        if line.startswith("==="):
            bits = line[3:].split()
            opts = {}
            for b in bits[1:]:
                k, _, v = b.partition("=")
                opts[k] = v if v else "1"
            cur = {"kind": bits[0], "opts": opts, "K": "", "T": "", "S": "", "C": "",
                   "B": "", "D": "", "J": "", "body": []}
            arts.append(cur)
            continue
        key, _, val = line.partition(":")
        val = val.strip()
        if cur is None:
            page[key.strip()] = val
        elif key in ("P", "H"):
            cur["body"].append((key, val))
        else:
            cur[key] = val
    return page, arts


def punct(s, half):
    if not half:
        return s
    return s.replace("，", ",").replace("（", "(").replace("）", ")")


def gold_article(a, half):
    paras = [punct(t, half) for _, t in a["body"]]
    return {
        "kind": a["kind"], "column": a["C"], "kicker": a["K"], "title": a["T"],
        "subtitle": a["S"], "byline": punct(a["B"], half), "dateline": punct(a["D"], half),
        "continued": a["J"].strip("▷▶▲ ()（）"),
        "subheads": [punct(t, half) for k, t in a["body"] if k == "H"],
        "paragraphs": paras,
    }


# ----------------------------------------------------------------- text helpers
def wid(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def numspace(s, mode):
    """Spaces the PDF extraction leaves around digit runs (mode 1: both sides,
    mode 2: before only, mode 3: glyph gaps -- after figures only, around a
    comma before a figure, before %).  Never after punctuation."""
    if mode == 0:
        return s
    if mode == 3:
        s = re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", s)
        s = re.sub(r"(?<=[\u4e00-\u9fff])，(?=\d)", " ， ", s)
        s = re.sub(r"(?<=\d)%", " %", s)
        return s
    s = re.sub(r"(?<=[\u4e00-\u9fff“”A-Za-z])(?=\d)", " ", s)
    if mode == 1:
        s = re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", s)
    return s


def spread(s):
    """A justified line: every glyph pushed apart, punctuation glued on."""
    toks = re.findall(r"\d[\d.]*%?|[A-Za-z]+|.", s.replace(" ", ""))
    out = toks[0]
    for p, t in zip(toks, toks[1:]):
        if p in "，、。；：（《“" and p != "“":
            out += t
        elif t in "》）”" or (t == "“" and p not in "，、。；："):
            out += t
        else:
            out += " " + t
    return out


def wrap(text, width, first=None, dl=""):
    """Greedy column lines; a figure (digits, point, %) is never broken, closing
    punctuation never starts a line, an opening quote never ends one, and a name
    in the dateline is kept whole (the seeds break datelines at the spaces)."""
    lines, cur, w = [], "", 0.0
    lim = first if first else width
    toks = []
    if dl and text.startswith(dl):
        toks = re.findall(r"[\d.]+%?|[A-Za-z]+|[（(](?:全媒体)?记者|"
                          r" [\u4e00-\u9fff]{2,4}(?=[ ）)])|.", dl)
        text = text[len(dl):]
    toks += re.findall(r"[\d.]+%?|[A-Za-z]+|.", text)
    for tok in toks:
        tw = sum(wid(c) for c in tok)
        if w + tw > lim + 0.01 and cur and tok[0] not in CLOSE:
            carry = ""
            while cur and cur[-1] in OPENQ:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, w, lim = carry, sum(wid(c) for c in carry), width
            if not cur:
                tok = tok.lstrip()
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


def cut_points(text, rng, kind):
    """Positions where a paragraph is cut: after a comma, between a figure and
    its unit, between a verb and its figure, inside a word."""
    n = len(text)
    lo, hi = max(8, n // 6), min(n - 8, n - n // 6)
    cands = []
    for i in range(lo, hi):
        a, b = text[i - 1], text[i]
        if kind == "comma" and a == "，":
            cands.append(i)
        elif kind == "unit" and a.isdigit() and is_cjk(b):
            cands.append(i)
        elif kind == "verb" and is_cjk(a) and b.isdigit():
            cands.append(i)
        elif kind == "word" and is_cjk(a) and is_cjk(b):
            cands.append(i)
    return cands


CUTKINDS = ["unit", "verb", "word", "comma"]


def choose_cut(text, rng, pref=None):
    order = ([pref] if pref else []) + rng.sample(CUTKINDS, 4)
    for k in order:
        c = cut_points(text, rng, k)
        if c:
            return rng.choice(c), k
    return None, None


# ----------------------------------------------------------------- masthead
def masthead(page):
    pieces = page["masthead"].split("|")
    return [p.strip() for p in pieces if p.strip()]


# ----------------------------------------------------------------- column layout
def col_article(a, rng, half, extras, dups):
    o = a["opts"]
    kind = a["kind"]
    head = []
    for f in ("K", "T", "S"):
        if not a[f]:
            continue
        t = a[f]
        if f == "T" and "lastword" in o and is_cjk(t[-1]) and is_cjk(t[-2]):
            head += [t[:-2], t[-2:]]
            PH["headline last word alone on a line"] += 1
        elif f == "T" and ("split" in o or len(t) > 19):
            if " " in t:
                i = t.index(" ")
                head += [t[:i], t[i + 1:]]
            else:
                k = int(o.get("split", "0")) if o.get("split", "1") != "1" else len(t) // 2 + 2
                head += [t[:k], t[k:]]
            PH["title split over two lines"] += 1
        else:
            head.append(t)
    if "bold" in o and a["T"]:
        i = head.index(a["T"]) if a["T"] in head else None
        if i is not None:
            head[i] = a["T"] + a["T"]
            dups.append(a["T"])
            PH["headline drawn twice (one line)"] += 1
    if "bold2" in o and a["T"] in head:
        i = head.index(a["T"])
        head.insert(i, a["T"])
        dups.append(a["T"])
        PH["headline drawn twice (two lines)"] += 1
    if len([f for f in "KTS" if a[f]]) >= 2:
        PH["headline of 2-3 parts (kicker/title/subtitle)"] += 1
    label = [a["C"]] if a["C"] else []
    byl = []
    if a["B"] and kind != "photo":
        b = punct(a["B"], half)
        if "bsplit" in o:
            if "通讯员" in b:
                i = b.index("通讯员")
                byl = [b[:i].rstrip(), b[i:]]
                PH["byline broken before 通讯员"] += 1
            elif " " in b:
                i = b.rindex(" ")
                byl = [b[:i], b[i + 1:]]
                PH["byline broken before the name"] += 1
            else:
                byl = [b]
        else:
            byl = [b]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a["B"]):
            PH["bare-name byline"] += 1
    width = float(o.get("w", rng.choice([13, 14, 15, 16, 17, 18, 19, 20]) if kind != "commentary"
                        else rng.choice([11, 12, 13])))
    mode = int(o.get("num", rng.choice([0, 1, 1, 2])))
    if mode == 3:
        PH["glyph-gap spaces (after figures, around a comma, before %)"] += 1
    elif mode:
        PH["spaces around number runs (column page)"] += 1
    body = []
    if kind == "photo":
        cap = punct(a["body"][0][1], half)
        cred = punct(a["B"], half)
        how = o.get("credit", "inline")
        if "gap" in o:
            cap = spread(cap)
            PH["glyph-gap spaces across a caption line"] += 1
        capw = int(o.get("w", 46))
        if how == "inline" and cred:
            lines = wrap(cap + "  " + cred, capw)
            PH["photo credit on the caption line"] += 1
        else:
            lines = wrap(cap, capw)
        if a["T"]:
            lines = [a["T"]] + lines
            PH["photo title line"] += 1
        top = []
        if how == "own" and cred:
            lines.append(cred)
            PH["photo credit on its own line"] += 1
        elif how == "right" and cred:
            lines.append(" " * rng.randint(18, 40) + cred)
            PH["credit right-aligned (leading spaces)"] += 1
        elif how == "top" and cred:
            top.append(cred)
            PH["photo credit at the top of the page"] += 1
        if cred.startswith("以上图片"):
            PH["group photo credit"] += 1
        return {"head": [], "body": lines, "top": top, "label": [], "byl": [], "opts": o}
    paras = [punct(t, half) for _, t in a["body"]]
    marker = []
    if a["J"] and a["J"].lstrip("▲ ").startswith(("（上接", "（紧接", "(上接", "(紧接")):
        if "jumpprefix" in o:
            paras[0] = a["J"] + paras[0]
        else:
            marker = [a["J"]]
        extras.append(a["J"])
        PH["continuation from the front page"] += 1
    first = True
    dl = punct(a["D"], half)
    for k, (typ, _) in enumerate(a["body"]):
        t = paras[k]
        if typ == "H":
            body.append(t)
            continue
        if first and dl:
            t = dl + t
            fw = None
            if "dlbreak" in o:
                m = re.search(r"\d+月\d+", dl)
                fw = sum(wid(c) for c in dl[:m.end()])
                PH["line break inside the dateline's date"] += 1
            lines = wrap(t, width, fw, dl)
            # the PDF never leaves a dateline's last two or three glyphs glued
            # to the body on a line of their own width: re-break the first line
            sq = re.sub(r"\s", "", dl)
            for shrink in range(1, 6):
                acc, bad = "", False
                for ln in lines:
                    ln = re.sub(r"\s", "", ln)
                    if len(acc) < len(sq) <= len(acc) + len(ln):
                        tail = len(sq) - len(acc)
                        bad = 0 < tail < 4 and len(ln) > tail
                    acc += ln
                if not bad:
                    break
                lines = wrap(t, width, (fw or width) - shrink, dl)
            if re.search(r"\d日电", dl):
                PH["dateline with 电"] += 1
        else:
            lines = wrap(t, width)
        first = False
        out = []
        for ln in lines:
            ln = numspace(ln, mode)
            if rng.random() < (0.13 if kind == "commentary" else 0.065) and len(ln) > 8 and \
                    re.search(r"[，、。；]", ln[1:-1]):
                ln = spread(ln)
                PH["justified line spread with spaces"] += 1
            out.append(ln)
        body += out
    if a["J"] and "下转" in a["J"]:
        body.append(a["J"])
        extras.append(a["J"])
        PH["jump marker 下转"] += 1
    if "dup" in o and len(body) > 6:
        i = rng.randrange(2, len(body) - 2)
        body.insert(i + 1, body[i])
        dups.append(re.sub(r"\s+", "", body[i]))
        PH["duplicated line"] += 1
    if "ddl" in o and body:
        body[0] = " " + body[0]
        PH["leading space before the dateline line"] += 1
    return {"head": head, "body": marker + body, "top": [], "label": label, "byl": byl,
            "opts": o}


def layout_col(page, arts, rng, half):
    extras, dups, out, bunch, top = [], [], [], [], []
    mh = masthead(page) if page.get("masthead") else []
    if mh:
        extras.append("".join(mh))
        PH["masthead"] += 1
    rendered = [col_article(a, rng, half, extras, dups) for a in arts]
    bunch_at = int(page.get("bunch_at", len(arts) // 2))
    for i, (a, r) in enumerate(zip(arts, rendered)):
        o = r["opts"]
        top += r["top"]
        hp = o.get("head", "")
        if not hp:
            hp = rng.choices(["before", "after", "bunch"], [5, 3, 2])[0]
        if not r["head"]:
            hp = "before"
        lab = o.get("label", "after" if a["kind"] == "commentary" else "before")
        seq = []
        if r["label"] and lab == "top":
            seq += r["label"]
            PH["column label before the headline"] += 1
        if hp == "before":
            seq += r["head"]
            if r["label"] and lab == "before":
                seq += r["label"]
                PH["column label after the headline, before the body"] += 1
            seq += r["byl"] + r["body"]
        elif hp == "after":
            if r["label"] and lab == "before":
                seq += r["label"]
                PH["column label before the body"] += 1
            seq += r["byl"] + r["body"] + r["head"]
            PH["headline printed after its body"] += 1
        else:
            if r["label"] and lab == "before":
                seq += r["label"]
            seq += r["body"]
            bunch += r["head"] + (r["byl"] if o.get("bylbunch") else [])
            if not o.get("bylbunch"):
                seq[len(seq) - len(r["body"]):len(seq) - len(r["body"])] = r["byl"]
            PH["headline bunched with other headlines"] += 1
        if r["label"] and lab == "after":
            seq += r["label"]
            PH["column label after the body"] += 1
        out += seq
        if i == bunch_at and bunch:
            out += bunch
            bunch = []
        box = [bx.strip() for bx in page.get("box_after_%d" % i, "").split("|") if bx.strip()]
        if box:
            out += box
            extras.append("".join(box))
            PH["box mixed in among the stories (countdown/code prompt)"] += 1
    out += bunch
    lines = top + mh + out
    if mh:
        lines = top + mh + out
    text = "\n\n".join(lines) + "\n"
    return text, extras, dups


# ----------------------------------------------------------------- paragraph layout
def para_units(a, rng, half, extras, dups):
    """The article as printed: headline lines, then body lines (one a paragraph)."""
    o = a["opts"]
    head = []
    parts = [a[f] for f in ("K", "T", "S") if a[f]]
    join = o.get("join", rng.choice(["none", "none", "two", "all"]))
    if a["kind"] == "photo":
        join = "none"
    if len(parts) >= 2:
        PH["headline of 2-3 parts (kicker/title/subtitle)"] += 1
    if join == "all" and len(parts) >= 2:
        head = [" ".join(parts)]
        PH["headline parts joined by spaces on one line"] += 1
    elif join == "two" and len(parts) >= 2:
        head = [" ".join(parts[:2])] + parts[2:]
        PH["headline parts joined by spaces on one line"] += 1
    else:
        head = list(parts)
        if "lastword" in o and a["T"] in head and is_cjk(a["T"][-1]) and is_cjk(a["T"][-2]):
            i = head.index(a["T"])
            head[i:i + 1] = [a["T"][:-2], a["T"][-2:]]
            PH["headline last word alone on a line"] += 1
    if "bold" in o and a["T"]:
        for i, h in enumerate(head):
            if h == a["T"]:
                head[i] = a["T"] + a["T"]
                dups.append(a["T"])
                PH["headline drawn twice (one line)"] += 1
    if "bold2" in o and a["T"] in head:
        head.insert(head.index(a["T"]), a["T"])
        dups.append(a["T"])
        PH["headline drawn twice (two lines)"] += 1
    byl = []
    if a["B"] and a["kind"] != "photo":
        b = punct(a["B"], half)
        if "bsplit" in o and "通讯员" in b:
            i = b.index("通讯员")
            byl = [b[:i].rstrip(), b[i:]]
            PH["byline broken before 通讯员"] += 1
        elif "bsplit" in o and " " in b:
            i = b.rindex(" ")
            byl = [b[:i], b[i + 1:]]
            PH["byline broken before the name"] += 1
        else:
            byl = [b]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a["B"]):
            PH["bare-name byline"] += 1
    if a["kind"] == "photo":
        cap = punct(a["body"][0][1], half)
        cred = punct(a["B"], half)
        how = o.get("credit", "inline")
        if "gap" in o:
            cap = spread(cap)
            PH["glyph-gap spaces across a caption line"] += 1
        body, top = [], []
        if how == "inline" and cred:
            body = [cap + " " + cred]
            PH["photo credit on the caption line"] += 1
        else:
            body = [cap]
            if how == "own" and cred:
                body.append(cred)
                PH["photo credit on its own line"] += 1
            elif how == "right" and cred:
                body.append(" " * rng.randint(20, 40) + cred)
                PH["credit right-aligned (leading spaces)"] += 1
            elif how == "top" and cred:
                top = [cred]
                PH["photo credit at the top of the page"] += 1
        if cred.startswith("以上图片"):
            PH["group photo credit"] += 1
        if a["T"]:
            PH["photo title line"] += 1
        return {"head": head, "pre": [], "body": [[x] for x in body], "top": top, "opts": o,
                "tail": []}
    paras = [punct(t, half) for _, t in a["body"]]
    body = []
    dl = punct(a["D"], half)
    mode = int(o.get("num", "0"))
    first = True
    for k, (typ, _) in enumerate(a["body"]):
        t = paras[k]
        if typ == "P" and first and dl:
            t = dl + t
            if re.search(r"\d日电", dl):
                PH["dateline with 电"] += 1
        if typ == "P":
            first = False
        t = numspace(t, mode)
        body.append([t])
    if mode == 3:
        PH["glyph-gap spaces (after figures, around a comma, before %)"] += 1
    elif mode:
        PH["spaces around number runs (paragraph page)"] += 1
    pre = []
    if a["J"] and ("上接" in a["J"] or "紧接" in a["J"]):
        pre = [a["J"]]
        extras.append(a["J"])
        PH["continuation from the front page"] += 1
    tail = []
    if a["J"] and "下转" in a["J"]:
        tail = [a["J"]]
        extras.append(a["J"])
        PH["jump marker 下转"] += 1
    if "dlbreak" in o and dl:
        m = re.search(r"\d+月\d+", body[0][0])
        i = m.end()
        body[0] = [body[0][0][:i], body[0][0][i:]]
        PH["line break inside the dateline's date"] += 1
    # a paragraph line broken in two with nothing between
    nadj = int(o.get("adj", "0"))
    for _ in range(nadj):
        cands = [k for k, b in enumerate(body) if len(b) == 1 and len(b[0]) > 40 and k > 0]
        if not cands:
            break
        k = rng.choice(cands)
        pos, kind = choose_cut(body[k][0], rng)
        if pos:
            body[k] = [body[k][0][:pos], body[k][0][pos:]]
            PH["paragraph broken over two lines (%s)" % kind] += 1
    return {"head": head, "pre": pre, "body": body, "top": [], "opts": o, "tail": tail,
            "byl": byl, "label": [a["C"]] if a["C"] else []}


def emit_article(r, start, end, with_head, kind):
    seq = []
    o = r["opts"]
    late = int(o.get("late", "0"))
    if with_head:
        lab = o.get("label", "before")
        if r.get("label") and lab == "before":
            seq += r["label"]
            PH["column label before the headline"] += 1
        seq += r["pre"]
        if not late:
            seq += r["head"] + r.get("byl", [])
    for k in range(start, end):
        seq += r["body"][k] if isinstance(r["body"][k], list) else [r["body"][k]]
        if late and k == late - 1:
            seq += r["head"] + r.get("byl", [])
            PH["headline printed after its first paragraphs"] += 1
    return seq


def layout_para(page, arts, rng, half):
    extras, dups = [], []
    mh = masthead(page) if page.get("masthead") else []
    rs = [para_units(a, rng, half, extras, dups) for a in arts]
    lines, top = [], []
    for r in rs:
        top += r["top"]
    if mh:
        extras.append("".join(mh))
        PH["masthead"] += 1
        # drawing order: pieces separated by blank lines, a few glued
        ml = []
        for i, p in enumerate(mh):
            ml.append(p)
            if i % 3 != 2:
                ml.append("")
        lines += ml + ["", ""]
    i = 0
    skip_head = set()
    while i < len(arts):
        i0 = i
        a, r = arts[i], rs[i]
        o = r["opts"]
        if "cut" in o and i + 1 < len(arts):
            # A is cut inside paragraph k, B printed for some paragraphs, then A resumes
            b, rb = arts[i + 1], rs[i + 1]
            k = int(o["cut"])
            k = min(k, len(r["body"]) - 1)
            txt = r["body"][k][-1]
            pos, ck = choose_cut(txt, rng, o.get("ck"))
            while pos is None:          # paragraph too short to cut: the one before
                k -= 1
                txt = r["body"][k][-1]
                pos, ck = choose_cut(txt, rng, o.get("ck"))
            PH["story cut mid-paragraph and resumed after the next (%s)" % ck] += 1
            r["body"][k] = r["body"][k][:-1] + [txt[:pos], txt[pos:]]
            seqA1 = emit_article(r, 0, k, True, a["kind"]) + r["body"][k][:-1]
            seqA2 = [r["body"][k][-1]] + emit_article(r, k + 1, len(r["body"]), False, a["kind"])
            seqA2 += r["tail"]
            mb = int(o.get("bn", "2"))
            mb = min(mb, len(rb["body"]) - 1)
            if "bcut" in o and mb < len(rb["body"]):
                t2 = rb["body"][mb][-1]
                p2, ck2 = choose_cut(t2, rng, o.get("ck2"))
                while p2 is None:
                    mb -= 1
                    t2 = rb["body"][mb][-1]
                    p2, ck2 = choose_cut(t2, rng, o.get("ck2"))
                rb["body"][mb] = rb["body"][mb][:-1] + [t2[:p2], t2[p2:]]
                PH["story cut mid-paragraph and resumed after the next (%s)" % ck2] += 1
                seqB1 = emit_article(rb, 0, mb, True, b["kind"]) + rb["body"][mb][:-1]
                seqB2 = [rb["body"][mb][-1]] + emit_article(rb, mb + 1, len(rb["body"]), False,
                                                            b["kind"]) + rb["tail"]
            else:
                seqB1 = emit_article(rb, 0, mb, True, b["kind"])
                seqB2 = emit_article(rb, mb, len(rb["body"]), False, b["kind"]) + rb["tail"]
            seq = seqA1 + seqB1 + seqA2 + seqB2
            if r.get("label") and o.get("label") == "after":
                seq += r["label"]
                PH["column label after the story"] += 1
            i += 2
        else:
            seq = emit_article(r, 0, len(r["body"]), True, a["kind"]) + r["tail"]
            if o.get("jump2"):
                seq += r["tail"]
            if r.get("label") and o.get("label") == "after":
                seq += r["label"]
                PH["column label after the story"] += 1
            i += 1
        if "dup" in o:
            cands = [j for j, s in enumerate(seq) if len(s) > 30]
            j = cands[len(cands) // 2]
            seq.insert(j + 1 + int(o.get("dupgap", "0")), seq[j])
            dups.append(seq[j])
            PH["line printed twice"] += 1
        lines += seq
        box = [bx.strip() for j in range(i0, i)
               for bx in page.get("box_after_%d" % j, "").split("|") if bx.strip()]
        if box:
            lines += box
            extras.append("".join(box))
            PH["box mixed in among the stories (countdown/code prompt)"] += 1
    if page.get("countdown"):
        cd = page["countdown"].split("|")
        lines += ["", ""] + cd
        extras.append("".join(cd))
        PH["countdown box"] += 1
    text = "\n\n".join(top + lines) + "\n"
    text = re.sub(r"\n{5,}", "\n\n\n\n", text)
    return text, extras, dups


# ----------------------------------------------------------------- main
def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    table = []
    kinds = Counter()
    for n, sp in enumerate(sorted(SRC.glob("p*.txt"))):
        page, arts = parse(sp)
        rng = random.Random(sp.name)
        half = page.get("punct") == "half"
        if half:
            PH["half-width punctuation page"] += 1
        if page["layout"] == "col":
            text, extras, dups = layout_col(page, arts, rng, half)
        else:
            text, extras, dups = layout_para(page, arts, rng, half)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = "%03d_%s" % (n, h)
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = {
            "source": name + ".txt",
            "issue_date": page["date"],
            "issue_number": page.get("issue") or None,
            "page_count": int(page["count"]) if page.get("count") else None,
            "articles": [gold_article(a, half) for a in arts],
            "extras": extras,
            "duplicates": dups,
        }
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                             encoding="utf-8")
        nch = len(re.sub(r"\s", "", text))
        for a in arts:
            kinds[a["kind"]] += 1
        table.append((name, page["date"], page["page"], page["layout"], len(arts), nch))
        print("%s  %s  p%s  %-4s  %2d articles  %5d chars" % (name, page["date"], page["page"],
                                                              page["layout"], len(arts), nch))
    write_readme(table, kinds)


def write_readme(table, kinds):
    tpl = (HERE / "README.tpl.md").read_text(encoding="utf-8")
    ph = "\n".join("| %s | %d |" % (k, v) for k, v in sorted(PH.items()))
    pg = "\n".join("| %s | %s | %s | %s | %d | %d |" % r for r in table)
    tot = sum(r[4] for r in table)
    chars = [r[5] for r in table]
    kd = ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items()))
    out = tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg)
    out = out.replace("{{NART}}", str(tot)).replace("{{KINDS}}", kd)
    out = out.replace("{{CHARS}}", "%d–%d (mean %d)" % (min(chars), max(chars),
                                                        sum(chars) // len(chars)))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
