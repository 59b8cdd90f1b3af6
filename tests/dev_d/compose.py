#!/usr/bin/env python3
"""Compose evaluation set D: raw Hunan Daily pages as the e-paper's PDF
extraction prints them, and the exact gold of every page.

    python3 compose.py            # writes pages/*.txt, gold/*.json, phenomena.json

Input: stories.json (built from src/*.txt by build_stories.py) and the page plan
below (PAGES). Every random choice of a page comes from random.Random(<page name>),
so the output is identical on every run. Standard library only (Python 3.11).

Two layouts, both drawn from the seed pages:
  opl  one paragraph a line (seeds 001-003): masthead pieces on top, headline
       parts on their own lines or joined by spaces, paragraphs cut and finished
       on the next line or after another story's lines, later paragraphs printed
       before the headline with lines printed twice, jump markers, photos after
       a wide gap with their credits.
  cbl  column-broken (seeds 000, 004): one printed column line a text line with
       blank lines between, justified lines spread with spaces, digits spaced,
       headlines after their body, before it, or bunched with other headlines.
"""
import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from textutil import (CLOSE, OPEN, covered, cw, issue_number, lunar_str, pstyle, space_numbers,
                      space_punct, space_quotes, spread, squash, weekday, width)

HERE = Path(__file__).resolve().parent
CIRC = "①②③④⑤⑥"

# ============================================================================ page plan
# Issues of the paper in the set: date and number of pages printed ("今日12版").
ISSUES = {
    "A": ("2015-06-18", 12), "B": ("2016-03-10", 16), "C": ("2017-09-22", 12),
    "D": ("2018-05-16", 12), "E": ("2019-11-08", 12), "F": ("2020-07-15", 8),
    "G": ("2021-12-03", 8), "H": ("2022-08-26", 8), "I": ("2023-04-14", 8),
    "J": ("2024-10-30", 8), "K": ("2025-06-20", 12), "L": ("2026-01-15", 8),
}

# (issue, page number, layout, section, items, boxes)
#   item "X"     the whole story X        "X>"  its front part, cut by a jump
#   item "X<"    its continuation          "X^"  a photo printed at the top
#   item "X@Y"   photo X printed inside story Y (one-paragraph pages)
#   boxes        short framed lines of the page (countdowns, banners): extras
from pageplan import PAGES  # noqa: E402  (kept apart: long and edited often)


# ============================================================================ names
EDITORS = ["刘颖", "陈永红", "周立", "王瑶", "胡蓉", "蒋洁", "杨柳", "彭雅", "龙腾", "谭晶晶",
           "曾晓", "邓芳", "贺冰", "黎明", "唐卉", "罗湘", "肖丹", "何文", "朱红", "石岩"]


def page_name(idx, issue, pno):
    h = hashlib.sha1(f"setD/{issue}/{pno}".encode()).hexdigest()[:16]
    return f"D{idx:02d}_{h}"


# ============================================================================ lines

class Line:
    """One printed line; sep = newlines after it (1: next line adjacent, 2: one
    blank line between, 4: the wide gap left where a picture stands)."""
    __slots__ = ("text", "sep", "tag", "clean")

    def __init__(self, text, sep=2, tag=None, clean=None):
        self.text, self.sep, self.tag = text, sep, tag
        self.clean = text if clean is None else clean

    def copy(self):
        return Line(self.text, self.sep, ("dup",) + tuple(self.tag or ()), self.clean)


# ============================================================================ gold

def circ_marks(plan):
    """Jump markers: stories of one page jumping to the same page are numbered
    ①②③ in page order; a lone jump carries no number."""
    marks, origin = {}, {}
    for (iss, pno, lay, sec, items, boxes) in plan:
        byto = {}
        for it in items:
            if it.endswith(">"):
                sid = it[:-1]
                byto.setdefault(STORIES[sid]["jump"]["to"], []).append(sid)
                origin[sid] = pno
        for to, sids in byto.items():
            for n, sid in enumerate(sids):
                marks[sid] = CIRC[n] if len(sids) > 1 else ""
    return marks, origin


def gold_article(st, part, pg):
    ps = pg["punct"]
    f = lambda s: pstyle(s, ps)  # noqa: E731
    paras = st["paragraphs"]
    a = {"kind": st["kind"], "column": f(st["column"]), "kicker": f(st["kicker"]),
         "title": f(st["title"]), "subtitle": f(st["subtitle"]), "byline": f(st["byline"]),
         "dateline": f(st["dateline"]), "continued": "", "subheads": [], "paragraphs": []}
    on = list(paras)
    if part in ("front", "cont"):
        j = st["jump"]
        k, off = j["para"], j["offset"]
        mark = MARKS.get(st["id"], "")
        if part == "front":
            on = paras[:k] + ([paras[k][:off]] if off else [])
            a["continued"] = f"下转{j['to']}版{mark}"
        else:
            on = ([paras[k][off:]] if off else [paras[k]]) + paras[k + 1:]
            for key in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                a[key] = ""
            a["kind"] = "continuation"
            a["continued"] = f"{'紧接' if off else '上接'}{ORIGIN[st['id']]}版{mark}"
    a["paragraphs"] = [f(p) for p in on]
    subs = set(st["subheads"])
    a["subheads"] = [f(p) for p in on if p in subs]
    return a


# ============================================================================ artefacts

def art_text(s, pg, rng, numeric=True):
    """Spacing artefacts of one printed line of a one-paragraph page."""
    if numeric and pg["num"]:
        s = space_numbers(s, rng, pg["num"][0], pg["num"][1])
    if pg["quote"]:
        s = space_quotes(s, rng, pg["quote"])
    if pg["gap"]:
        s = space_punct(s, rng, pg["gap"])
    return s


def dateline_print(d, pg, rng):
    """The dateline as the PDF gives it: digits often spaced ("湖南日报 3月 8日讯")."""
    mode = rng.random()
    if pg["num"] or mode < 0.25:
        d = re.sub(r"^(湖南日报(?:·[^0-9]+?)?)(?=[0-9])", lambda m: m.group(1) + " ", d) \
            if rng.random() < 0.6 else d
        d = re.sub(r"(?<=[0-9])(?=[月日])", lambda m: " " if rng.random() < 0.7 else "", d)
        d = re.sub(r"(?<=[月])(?=[0-9])", lambda m: " " if rng.random() < 0.5 else "", d)
    return d


# ============================================================================ cut positions

def cut_points(p, lo=8, tail_min=3):
    """Where a printed column line may end inside paragraph p: never inside a
    run of digits or letters, never before a closing mark or after an opening one."""
    pts = []
    for c in range(lo, len(p) - tail_min + 1):
        a, b = p[c - 1], p[c]
        if b in CLOSE or a in OPEN or b in "—…":
            continue
        if re.match(r"[0-9A-Za-z.%]", a) and re.match(r"[0-9A-Za-z.%]", b):
            continue
        if a == "—" and b == "—":
            continue
        pts.append(c)
    return pts


def choose_cut(p, rng, lo=8):
    pts = cut_points(p, lo)
    if not pts:
        return None
    # a share of cuts falls right before or after a figure: "全年完成投资" + "860亿元"
    near_num = [c for c in pts if re.match(r"[0-9]", p[c]) or re.match(r"[0-9%]", p[c - 1])]
    if near_num and rng.random() < 0.3:
        return rng.choice(near_num)
    return rng.choice(pts)


# ============================================================================ one-paragraph-a-line layout

def opl_headline(g, rng, pg, tags):
    """Headline stack lines of a one-paragraph page."""
    K, T, S = g["kicker"], g["title"], g["subtitle"]
    roles = [(r, x) for r, x in (("k", K), ("t", T), ("s", S)) if x]
    if not roles:
        return [], []
    dups = []
    n = len(roles)
    mode = "lines"
    if n > 1:
        mode = rng.choices(["lines", "joined", "mixed"], [0.42, 0.33, 0.25])[0]
    groups = []                       # each group printed as one line
    if mode == "lines":
        groups = [[r] for r in roles]
    elif mode == "joined":
        groups = [roles]
        tags.append("headline_joined")
    else:
        cut = rng.randint(1, n - 1)
        groups = [roles[:cut], roles[cut:]]
        tags.append("headline_joined")
    out = []
    for grp in groups:
        if len(grp) == 1:
            r, x = grp[0]
            if r == "k" and len(x) >= 12 and rng.random() < 0.3 and not x.endswith("——"):
                c = rng.randint(4, len(x) - 5)
                if x[c] not in CLOSE and x[c - 1] not in OPEN and not re.match(r"[0-9A-Za-z]{2}", x[c - 1:c + 1]):
                    out += [Line(x[:c], 1, ("hl",)), Line(x[c:], 2, ("hl",))]
                    tags.append("kicker_two_lines")
                    continue
            if r == "t" and " " in x and rng.random() < (0.6 if n == 3 else 0.3):
                a_, b_ = x.split(" ", 1)
                out += [Line(a_, rng.choice([1, 2]), ("hl",)), Line(b_, 2, ("hl",))]
                tags.append("title_parts_two_lines")
                continue
            if r == "t" and " " not in x and len(x) >= 9 and rng.random() < 0.1:
                k = rng.randint(1, 3)
                if x[-k] not in CLOSE and x[-k - 1] not in OPEN and not re.match(r"[0-9A-Za-z]{2}", x[-k - 1:-k + 1] if k > 1 else x[-2:]):
                    out += [Line(x[:-k], rng.choice([1, 2]), ("hl",)), Line(x[-k:], 2, ("hl",))]
                    tags.append("headline_last_word_alone")
                    continue
            if r == "t" and len(squash(x)) >= 6 and rng.random() < pg["double"]:
                if rng.random() < 0.5:
                    out.append(Line(x + x, 2, ("hl",)))
                    tags.append("headline_doubled_inline")
                else:
                    out += [Line(x, rng.choice([1, 2]), ("hl",)), Line(x, 2, ("dup",))]
                    tags.append("headline_doubled_lines")
                dups.append(x)
                continue
            out.append(Line(x, 2, ("hl",)))
        else:
            out.append(Line(" ".join(x for _, x in grp), 2, ("hl",)))
    return out, dups


def headline_tags(g, tags):
    n = sum(1 for x in (g["kicker"], g["title"], g["subtitle"]) if x)
    if n:
        tags.append(f"headline_roles_{n}")
    if g["kicker"].endswith("——"):
        tags.append("kicker_dash")
    if g["subtitle"].startswith("——"):
        tags.append("dash_subtitle")
    if g["subtitle"].endswith("出席") and len(g["subtitle"]) <= 10:
        tags.append("attend_line")
    if " " in g["title"]:
        tags.append("title_two_parts")
    if g["kind"] not in ("photo", "continuation") and not g["title"] and not g["kicker"]:
        tags.append("untitled")


def byline_tags(g, tags):
    b, d = g["byline"], g["dateline"]
    if d:
        tags.append("dateline_dian" if "电" in d[-25:].split("（")[0].split("(")[0] else "dateline_xun")
        if "·新湖南客户端" in d or "·华声在线" in d:
            tags.append("dateline_channel")
    for who in (b, d):
        if "全媒体记者" in who:
            tags.append("byline_era_quanmeiti")
        elif "新湖南客户端记者" in who:
            tags.append("byline_era_xinhunan")
        elif "华声在线记者" in who:
            tags.append("byline_era_huasheng")
        elif "记者" in who:
            tags.append("byline_era_jizhe")
        if "通讯员" in who:
            tags.append("tongxunyuan")
    if b.endswith("报道") and g["kind"] != "photo":
        tags.append("byline_baodao")
    if b.startswith("文丨") or b.startswith("文/"):
        tags.append("byline_wen")
    if b and re.fullmatch(r"[\u4e00-\u9fff]{2,3}( [\u4e00-\u9fff]{2,3})?", b):
        tags.append("bare_name_byline")
    if "评论员" in b:
        tags.append("commentator_byline")


def opl_story(g, st, part, pg, rng, tags, force_split=(), photo_inside=None):
    """Lines of one story on a one-paragraph page, in printed order.
    Returns (lines, duplicates, extras)."""
    lines, dups, extras = [], [], []
    kind = g["kind"]
    headline_tags(g, tags)
    byline_tags(g, tags)
    if kind == "photo":
        return opl_photo(g, pg, rng, tags), dups, extras
    col_after = False
    if g["column"]:
        if rng.random() < 0.35:
            col_after = True
            tags.append("column_label_after")
        else:
            lines.append(Line(g["column"], 2, ("col",)))
            tags.append("column_label_before")
    hl, d = opl_headline(g, rng, pg, tags)
    dups += d
    if g["subtitle"] and kind == "feature" and len(g["paragraphs"]) > 5 and rng.random() < 0.35 \
            and hl and all(len(ln.text) < 60 for ln in hl):
        # the subtitle printed in the middle of the feature (seed 003)
        hl_main = [ln for ln in hl if squash(ln.text) != squash(g["subtitle"])]
        if len(hl_main) < len(hl):
            hl = hl_main
            sub_mid = Line(g["subtitle"], 2, ("hl",))
            tags.append("subtitle_displaced")
        else:
            sub_mid = None
    else:
        sub_mid = None
    lines += hl
    b = g["byline"]
    end_byline = False
    if b:
        if kind in ("news",) and b.endswith("报道"):
            end_byline = True
        if not end_byline:
            lines += byline_lines(b, rng, tags, ("by",))
    # paragraphs
    paras = g["paragraphs"]
    subs = set(g["subheads"])
    cont_inline = None
    if part == "cont":
        mk = jump_marker_text(g["continued"], pg, rng, incoming=True)
        extras.append(mk)
        if g["continued"].startswith("紧接") and rng.random() < 0.6:
            cont_inline = mk
            tags.append("jump_in_inline")
        else:
            lines.append(Line(mk, 2, ("mark",)))
            tags.append("jump_in_own_line")
    n_split = 0
    for i, p in enumerate(paras):
        if p in subs:
            lines.append(Line(art_text(p, pg, rng), 2, ("sub",), p))
            continue
        text = p
        pre = cpre = ""
        if i == 0 and g["dateline"]:
            pre = dateline_print(g["dateline"], pg, rng)
            cpre = g["dateline"]
        if i == 0 and cont_inline:
            pre = cpre = cont_inline
        body = art_text(text, pg, rng)
        full = pre + body
        want = i in force_split
        if not want and len(p) >= 50 and rng.random() < pg["split"]:
            want = True
        if not want and i == 0 and pre and g["dateline"] and rng.random() < 0.06 and "dateline_split" not in tags:
            # a line break inside the dateline's date ("湖南日报 1 月 22" / "日讯（…")
            m = re.search(r"[0-9]+ ?(?=日[讯电])", pre)
            if m:
                c = m.end()
                lines.append(Line(pre[:c], 2, ("dl",)))
                lines.append(Line(pre[c:] + body, 2, ("p", i, "full"), g["dateline"] + p))
                tags.append("dateline_split")
                continue
        if want:
            c = choose_cut(p, rng)
            if c is not None:
                # cut in the clean text, then re-apply artefacts to each half
                h = art_text(p[:c], pg, rng)
                t = art_text(p[c:], pg, rng)
                lines.append(Line(pre + h, 2, ("p", i, "head"), cpre + p[:c]))
                lines.append(Line(t, 2, ("p", i, "tail"), p[c:]))
                n_split += 1
                continue
        lines.append(Line(full, 2, ("p", i, "full"), cpre + p))
        if sub_mid is not None and i == 3:
            lines.append(sub_mid)
            sub_mid = None
    if sub_mid is not None:
        lines.append(sub_mid)
    if n_split:
        tags.append("split_paragraph")
    if photo_inside:
        # a picture inside the story: after its 2nd-4th paragraph line
        plines, ptags = photo_inside
        pos = [k for k, ln in enumerate(lines) if ln.tag and ln.tag[0] == "p" and ln.tag[2] != "head"]
        at = pos[min(len(pos) - 1, rng.randint(1, 3))] + 1 if pos else len(lines)
        lines[at - 1].sep = 4
        lines[at:at] = plines
        plines[-1].sep = 4 if at < len(lines) - len(plines) else 2
    if end_byline:
        lines += byline_lines(b, rng, tags, ("by",))
        tags.append("byline_at_end")
    if part == "front":
        mk = jump_marker_text(g["continued"], pg, rng, incoming=False)
        extras.append(mk)
        lines.append(Line(mk, 2, ("mark",)))
        tags.append("jump_out")
    if col_after:
        lines.append(Line(g["column"], 2, ("col",)))
    return lines, dups, extras


def byline_lines(b, rng, tags, tag):
    """A byline on its own line(s): sometimes broken before 通讯员 or between names."""
    if " 通讯员 " in b and rng.random() < 0.45:
        a_, c_ = b.split(" 通讯员 ", 1)
        tags.append("byline_linebreak")
        return [Line(a_, rng.choice([1, 2]), tag), Line("通讯员 " + c_, 2, tag)]
    m = re.fullmatch(r"(.*记者 [\u4e00-\u9fff]{2,3}) ([\u4e00-\u9fff]{2,3}(?: [\u4e00-\u9fff]{2,3})*)", b)
    if m and rng.random() < 0.3:
        tags.append("byline_linebreak")
        return [Line(m.group(1), rng.choice([1, 2]), tag), Line(m.group(2), 2, tag)]
    if "评论员 " in b and rng.random() < 0.4:
        a_, c_ = b.split("评论员 ", 1)
        tags.append("byline_linebreak")
        return [Line(a_ + "评论员", 2, tag), Line(c_, 2, tag)]
    return [Line(b, 2, tag)]


def jump_marker_text(cont, pg, rng, incoming):
    """How a jump marker is printed: ▷(下转2版) / ▶（下转3版） / ▲▲（上接1版③）."""
    lp, rp = ("(", ")") if pg["punct"] != "fw" else ("（", "）")
    if rng.random() < 0.2:
        lp, rp = "（", "）"
    if incoming:
        pre = rng.choice(["▲▲", "▲ ▲", "", "▲"])
    else:
        pre = rng.choice(["▷", "▷", "▶", "", "▲"])
    return f"{pre}{lp}{cont}{rp}"


def opl_photo(g, pg, rng, tags):
    """A picture's lines: title line, caption(s), credit (on the caption line,
    on its own line, right-aligned, or one group credit for several pictures)."""
    tags.append("photo")
    caps = g["paragraphs"]
    T, B = g["title"], g["byline"]
    out = []
    if T:
        out.append(Line(T, 2, ("hl",)))
        tags.append("photo_title")
    spread_caps = rng.random() < pg["capspread"]
    for i, c in enumerate(caps):
        t = spread(c) if spread_caps else art_text(c, pg, rng)
        out.append(Line(t, 2, ("cap", i), c))
    if spread_caps:
        tags.append("caption_spread")
    if not B:
        tags.append("photo_no_credit")
        return out
    if len(caps) > 1 or B.startswith("以上图片") or B.startswith("本版图片"):
        tags.append("group_credit")
        mode = "own"
    else:
        mode = rng.choices(["inline", "own", "right"], [0.45, 0.35, 0.2])[0]
    if mode == "inline":
        out[-1].text += " " + B
        tags.append("credit_on_caption_line")
    elif mode == "right":
        out.append(Line(" " * rng.randint(6, 30) + B, 2, ("credit",)))
        tags.append("credit_right_aligned")
    else:
        out.append(Line(B, 2, ("credit",)))
        tags.append("credit_own_line")
    return out


def compose_opl(pg, items, rng, gold, tags_of):
    """Lay out a one-paragraph-a-line page; returns the page text."""
    # which neighbours alternate (a story cut, another's lines, then the rest)
    texty = [k for k, it in enumerate(items) if it["g"]["kind"] not in ("photo",) and it["part"] != "cont"
             and len([p for p in it["g"]["paragraphs"] if len(p) >= 40]) >= 2 and not it["inside"]]
    pairs = []
    cand = [k for k in texty if k + 1 in texty]
    rng.shuffle(cand)
    want = rng.choice([1, 1, 2, 2, 3])
    used = set()
    for k in cand:
        if len(pairs) >= want:
            break
        if k in used or k + 1 in used or items[k]["part"] == "front":
            continue
        pairs.append(k)
        used.update({k, k + 1})
    # a story printed with its later paragraphs before its headline (seed 002)
    rot = None
    rot_c = [k for k in texty if k not in used and items[k]["part"] == "whole"
             and len(items[k]["g"]["paragraphs"]) >= 5 and k > 0]
    if rot_c and rng.random() < pg["rotate"]:
        rot = rng.choice(rot_c)
    force = {k: set() for k in range(len(items))}
    for k in pairs:
        ga, gb = items[k]["g"], items[k + 1]["g"]
        la = [i for i, p in enumerate(ga["paragraphs"]) if len(p) >= 40 and p not in ga["subheads"]]
        lb = [i for i, p in enumerate(gb["paragraphs"]) if len(p) >= 40 and p not in gb["subheads"]]
        ia = la[-1] if rng.random() < 0.6 or len(la) < 2 else la[-2]
        ib = lb[min(len(lb) - 1, rng.choice([0, 1, 1, 2]))]
        force[k].add(("A", ia))
        force[k + 1].add(("B", ib))
    rot_k = None
    if rot is not None:
        gp = items[rot]["g"]["paragraphs"]
        cands = [i for i in range(2, len(gp) - 1) if len(gp[i]) >= 40 and gp[i] not in items[rot]["g"]["subheads"]]
        if cands:
            rot_k = rng.choice(cands)
            force[rot].add(("R", rot_k))
        else:
            rot = None
    streams = []
    for k, it in enumerate(items):
        if it["inside"]:
            streams.append(None)
            continue
        fs = {i for _, i in force[k]}
        ph_in = None
        for j, other in enumerate(items):
            if other["inside"] == it["sid"]:
                ptags = tags_of[j]
                plines = opl_photo(other["g"], pg, rng, ptags)
                headline_tags(other["g"], ptags)
                byline_tags(other["g"], ptags)
                ptags.append("photo_inside_story")
                ph_in = (plines, ptags)
        lines, dups, extras = opl_story(it["g"], it["st"], it["part"], pg, rng, tags_of[k], fs, ph_in)
        gold["duplicates"] += dups
        gold["extras"] += extras
        streams.append(lines)
    # rotation: tail(P_k) .. end, copies of the lines before the cut, headline .. head(P_k)
    if rot is not None and rot_k is not None:
        ls = streams[rot]
        it_ = next(i for i, ln in enumerate(ls) if ln.tag and ln.tag[0] == "p" and ln.tag[1] == rot_k and ln.tag[2] == "tail")
        first, second = ls[:it_], ls[it_:]
        nd = rng.choice([1, 2, 2])
        cps = [ln.copy() for ln in first[-nd:]]
        for c in cps:
            c.sep = 2
            gold["duplicates"].append(c.clean)
        streams[rot] = second + cps + first
        tags_of[rot].append("later_paragraphs_before_headline")
        tags_of[rot].append("duplicate_lines")
    # alternation: A .. head(a) | B .. head(b) | tail(a) .. | tail(b) ..
    order = []
    skip = set()
    for k in range(len(items)):
        if streams[k] is None or k in skip:
            continue
        if k in pairs:
            A, B = streams[k], streams[k + 1]
            ia = next(i for i, ln in enumerate(A) if ln.tag and ln.tag[0] == "p" and (("A", ln.tag[1]) in force[k]) and ln.tag[2] == "head")
            ib = next(i for i, ln in enumerate(B) if ln.tag and ln.tag[0] == "p" and (("B", ln.tag[1]) in force[k + 1]) and ln.tag[2] == "head")
            order += A[:ia + 1] + B[:ib + 1] + A[ia + 1:] + B[ib + 1:]
            tags_of[k].append("alternating_pieces")
            tags_of[k + 1].append("alternating_pieces")
            skip.add(k + 1)
        else:
            if items[k]["g"]["kind"] == "photo":
                if order:
                    order[-1].sep = 4
                streams[k][-1].sep = 2
            order += streams[k]
    return order


# ============================================================================ column-broken layout

def atoms(text):
    """Unbreakable pieces of running text: a closing mark stays with the glyph
    before it, an opening mark with the glyph after it, figures stay whole."""
    raw = re.findall(r"[0-9][0-9.]*%?|[A-Za-z][A-Za-z0-9]*|——|……| |.", text)
    out, pend = [], ""
    for t in raw:
        if t == " ":
            if pend:
                continue
            out.append(" ")
            continue
        if t[0] in OPEN:
            pend += t
            continue
        if (t[0] in CLOSE or t == "……") and out and not pend and out[-1] != " ":
            out[-1] += t
            continue
        out.append(pend + t)
        pend = ""
    if pend:
        out.append(pend)
    return out


def wrap(text, W, first, rng, comp=0.3):
    """Greedy fill of printed lines of width W (first line `first`), full-width
    marks sometimes compressed to half width as the typesetter does. Returns
    [(line, slack)] where slack is the room left on the line."""
    lines, cur, w, lim = [], "", 0.0, first
    for a in atoms(text):
        if a == " ":
            if cur:
                cur += " "
                w += 0.5
            continue
        aw = 0.0
        for ch in a:
            if ch in CLOSE and ch not in "%" and cw(ch) == 1.0:
                aw += 0.5 if rng.random() < comp else 1.0
            else:
                aw += cw(ch)
        if cur.strip() and w + aw > lim + 0.01:
            lines.append((cur.rstrip(), lim - w))
            cur, w, lim = "", 0.0, W
        cur += a
        w += aw
    if cur.strip():
        lines.append((cur.rstrip(), None))
    return lines


def _ns(s):
    return re.sub(r"\s", "", s)


def fix_boundary(lines, bpos):
    """Never leave fewer than 4 characters of a dateline or a marker at the start
    of a line that goes on with the story text (the scorer's coverage reads a
    line as pieces of 4 or more); where the wrap would, move the break so the
    line starts earlier (the previous line then spreads). bpos counts
    non-space characters."""
    for _ in range(8):
        starts, pos = [], 0
        for ln, _s in lines:
            starts.append(pos)
            pos += len(_ns(ln))
        bad = None
        for k, (ln, _s) in enumerate(lines):
            a, b = starts[k], starts[k] + len(_ns(ln))
            if a < bpos < b and 0 < len(squash(_ns(ln)[:bpos - a])) < 4 and k > 0:
                bad = k
        if bad is None:
            return lines
        prev, ps = lines[bad - 1]
        # move the last atom of the previous line down
        at = atoms(prev)
        while at and at[-1] == " ":
            at.pop()
        mv = at.pop()
        nprev = "".join(at).rstrip()
        lines[bad - 1] = (nprev, (ps or 0) + width(mv))
        lines[bad] = (mv + lines[bad][0], lines[bad][1])
    return lines


def cbl_lines(text, W, first, pg, rng, bounds=(), last_open=False):
    """Printed lines of one paragraph of a column page, with spacing artefacts."""
    wl = wrap(text, W, first, rng, pg["comp"])
    for bp in bounds:
        wl = fix_boundary(wl, bp)
    out = []
    for k, (ln, slack) in enumerate(wl):
        is_last = k == len(wl) - 1
        if not is_last and slack is not None and slack >= 0.99 and rng.random() < pg["spread"]:
            out.append(spread(ln))
            continue
        s = ln
        if pg["num"]:
            s = space_numbers(s, rng, pg["num"][0], pg["num"][1])
        if pg["gap"]:
            s = space_punct(s, rng, pg["gap"])
        if pg["quote"]:
            s = space_quotes(s, rng, pg["quote"])
        out.append(s)
    return out


def cbl_headline(g, pg, rng, tags):
    """Headline block of a column page: [(text, adjacent_to_next)], duplicates."""
    K, T, S = g["kicker"], g["title"], g["subtitle"]
    out, dups = [], []
    HW = pg["HW"] + rng.choice([-2, -1, 0, 0, 1, 2])
    for role, x in (("k", K), ("t", T), ("s", S)):
        if not x:
            continue
        hw = HW + (6 if role != "t" else 0)
        if role == "t" and " " in x and (width(x) > hw or rng.random() < 0.3):
            pieces = x.split(" ", 1)
            tags.append("title_parts_two_lines")
        elif width(x) > hw:
            pieces = [ln for ln, _ in wrap(x, hw, hw, rng, 0.0)]
            if len(pieces) > 1 and len(pieces[-1]) <= 3:
                tags.append("headline_last_word_alone")
        elif role == "t" and len(x) >= 10 and rng.random() < 0.08:
            k = rng.randint(2, 3)
            pieces = [x[:-k], x[-k:]]
            if pieces[1][0] in CLOSE or pieces[0][-1] in OPEN or re.match(r"[0-9A-Za-z]{2}", x[-k - 1:-k + 1]):
                pieces = [x]
            else:
                tags.append("headline_last_word_alone")
        else:
            pieces = [x]
        for j, pc in enumerate(pieces):
            last_of_role = j == len(pieces) - 1
            adj = rng.random() < (0.35 if last_of_role else 0.75)
            out.append([pc, adj])
        if role == "t" and len(pieces) == 1 and len(squash(x)) >= 6 and rng.random() < pg["double"]:
            if rng.random() < 0.5:
                out[-1][0] = x + x
                tags.append("headline_doubled_inline")
            else:
                out.append([x, rng.random() < 0.5])
                tags.append("headline_doubled_lines")
            dups.append(x)
    if out:
        out[-1][1] = False
    for o in out:
        if rng.random() < 0.05:
            o[0] = " " + o[0]
    return out, dups


def cbl_story(g, st, part, pg, rng, tags):
    """Blocks of one story on a column page: dict(pre, body, post, head)."""
    headline_tags(g, tags)
    byline_tags(g, tags)
    kind = g["kind"]
    W = pg["W"] if kind != "commentary" else pg["Wc"]
    if part == "cont":
        W = pg["W"] + rng.choice([0, 1, 2])
    blocks = {"pre": [], "body": [], "post": [], "head": [], "dups": [], "extras": [], "colpos": None}
    if kind == "photo":
        blocks["body"] = cbl_photo(g, pg, rng, tags)
        return blocks
    head, dups = cbl_headline(g, pg, rng, tags)
    blocks["head"], blocks["dups"] = head, dups
    b = g["byline"]
    if b:
        if kind == "news" and b.endswith("报道"):
            blocks["post"] += [[ln, False] for ln in byline_cbl(b, W, rng, tags)]
            tags.append("byline_at_end")
        elif kind == "commentary" and rng.random() < 0.5 and head:
            # title and byline together in the headline block (seed 004)
            blocks["head"].append([b, False])
            if len(blocks["head"]) > 1:
                blocks["head"][-2][1] = True
            tags.append("commentary_byline_with_title")
        else:
            blocks["pre"] += [[ln, False] for ln in byline_cbl(b, W, rng, tags)]
    if g["column"]:
        blocks["colpos"] = rng.choices(["after", "before", "top"], [0.5, 0.25, 0.25])[0]
        tags.append("column_label_after" if blocks["colpos"] == "after" else "column_label_before")
    paras = g["paragraphs"]
    subs = set(g["subheads"])
    mk_inline = None
    if part == "cont":
        mk = jump_marker_text(g["continued"], pg, rng, incoming=True)
        blocks["extras"].append(mk)
        if g["continued"].startswith("紧接") or rng.random() < 0.3:
            mk_inline = mk
            tags.append("jump_in_inline")
        else:
            blocks["pre"].append([mk, False])
            tags.append("jump_in_own_line")
    body = []
    for i, p in enumerate(paras):
        if p in subs:
            body.append(p)
            continue
        pre = ""
        if i == 0 and g["dateline"]:
            pre = dateline_print(g["dateline"], pg, rng)
        if i == 0 and mk_inline:
            pre = mk_inline
        first = W - rng.choice([2, 2, 2, 1, 0]) if i or not pre else W - rng.choice([2, 1, 0])
        bounds = [len(_ns(pre))] if pre else []
        body += cbl_lines(pre + p, W, first, pg, rng, bounds)
    if part == "front":
        mk = jump_marker_text(g["continued"], pg, rng, incoming=False)
        blocks["extras"].append(mk)
        if len(squash(body[-1])) >= 4 and rng.random() < 0.4:
            body[-1] = body[-1] + " " + mk
            tags.append("jump_out_inline")
        else:
            body.append(mk)
            tags.append("jump_out")
    blocks["body"] = [[ln, False] for ln in body]
    return blocks


def byline_cbl(b, W, rng, tags):
    if "评论员 " in b and rng.random() < 0.6:
        a_, c_ = b.split("评论员 ", 1)
        tags.append("byline_linebreak")
        return [a_ + "评论员", c_]
    if width(b) > W or (" 通讯员 " in b and rng.random() < 0.4):
        if " 通讯员 " in b:
            a_, c_ = b.split(" 通讯员 ", 1)
            tags.append("byline_linebreak")
            return [a_, "通讯员 " + c_]
        ws = b.split(" ")
        if len(ws) >= 3:
            tags.append("byline_linebreak")
            return [" ".join(ws[:2]), " ".join(ws[2:])]
    return [b]


def cbl_photo(g, pg, rng, tags):
    tags.append("photo")
    caps = g["paragraphs"]
    T, B = g["title"], g["byline"]
    Wc = rng.choice([24, 28, 34, 40, 46, 52])
    out = []
    if T:
        out.append([T, False])
        tags.append("photo_title")
    for c in caps:
        wl = wrap(c, Wc, Wc, rng, 0.0)
        if len(wl) > 1:
            tags.append("caption_wrapped")
        for ln, _ in wl:
            out.append([space_numbers(ln, rng, 0.7, 0.3) if pg["num"] else ln, False])
    if not B:
        tags.append("photo_no_credit")
        return out
    last = out[-1][0]
    if len(caps) == 1 and not B.startswith("以上") and width(last) + width(B) + 1 <= Wc + 12 \
            and len(squash(last)) >= 4 and rng.random() < 0.6:
        out[-1][0] = last + " " * rng.choice([1, 1, 2]) + B
        tags.append("credit_on_caption_line")
    elif rng.random() < 0.4:
        out.append([" " * rng.randint(8, 30) + B, False])
        tags.append("credit_right_aligned")
    else:
        out.append([B, False])
        tags.append("credit_own_line")
    if len(caps) > 1 or B.startswith("以上"):
        tags.append("group_credit")
    return out


def compose_cbl(pg, items, rng, gold, tags_of):
    """Lay out a column-broken page; returns [(text, adjacent_to_next)]."""
    seq = []
    pending = []          # headline blocks waiting to be printed in a bunch
    bodies_since = 0
    photos_end = []
    for k, it in enumerate(items):
        bl = cbl_story(it["g"], it["st"], it["part"], pg, rng, tags_of[k])
        gold["duplicates"] += bl["dups"]
        gold["extras"] += bl["extras"]
        if it["g"]["kind"] == "photo":
            if rng.random() < 0.55 and not it["top"]:
                photos_end.append(bl["body"])
            else:
                seq += bl["body"]
            continue
        col = [[it["g"]["column"], False]] if bl["colpos"] else []
        head = bl["head"]
        body = bl["pre"] + bl["body"] + bl["post"]
        if bl["colpos"] == "after":
            body = body + col
        elif bl["colpos"] == "before":
            body = col + body
        elif bl["colpos"] == "top":
            head = col + head
        if not head:
            seq += body
        else:
            place = rng.choices(["after", "before", "bunch"], [0.5, 0.2, 0.3])[0]
            if place == "after":
                seq += body + head
                tags_of[k].append("headline_after_body")
            elif place == "before":
                seq += head + body
                tags_of[k].append("headline_before_body")
            else:
                seq += body
                pending.append(head)
                tags_of[k].append("headline_bunched")
        bodies_since += 1
        if pending and bodies_since >= 2 and rng.random() < 0.45:
            for h in pending:
                seq += h
            pending = []
            bodies_since = 0
    for h in pending:
        seq += h
    for p in photos_end:
        seq += p
    return seq


# ============================================================================ page furniture

def masthead(date, npages, rng, layout):
    """Masthead pieces of a front page in PDF drawing order (seed 001: 2025年3月 /
    27 / 星期四 / 乙巳年二月廿八 / 第27314号 / 今日8版), some merged on one line."""
    d = datetime.date.fromisoformat(date)
    ym, dd, wk, lu = f"{d.year}年{d.month}月", str(d.day), weekday(d), lunar_str(d)
    no, pc = f"第{issue_number(d)}号", f"今日{npages}版"
    if d.year <= 2018:
        lu_p = rng.choice(["农历" + lu, lu])
    else:
        lu_p = lu
    pieces = [[ym, 2], [dd, 2], [wk, 2], [lu_p, rng.choice([1, 2])], [no, 2], [pc, 2]]
    if rng.random() < 0.3:                        # "31 星期六"
        pieces[1:3] = [[dd + " " + wk, 2]]
    if d.year <= 2018 and rng.random() < 0.6:
        pieces.append(["湖南日报社出版", 2])
    if rng.random() < 0.5:
        pieces.append([rng.choice(["国内统一连续出版物号 CN 43-0001", "国内统一连续出版物号CN43-0001"]), 2])
    if d.year <= 2016 and rng.random() < 0.6:
        pieces.append(["华声在线网址 www.voc.com.cn", 2])
    elif d.year >= 2017 and rng.random() < 0.4:
        pieces.append(["新湖南客户端 扫码下载", 2])
    return pieces, str(issue_number(d)), npages


def header_strip(date, pno, section, rng):
    """Header strip of an inner page: date, section name, page number, editors."""
    d = datetime.date.fromisoformat(date)
    ds = f"{d.year}年{d.month}月{d.day}日 {weekday(d)}"
    pn = rng.choice([str(pno), f"{pno:02d}"])
    ed = f"责任编辑 {rng.choice(EDITORS)} 版式编辑 {rng.choice(EDITORS)}"
    pieces = [[ds, 2], [section, 2], [pn, 2], [ed, 2]]
    r = rng.random()
    if r < 0.25:
        pieces = [[section + " " + pn, 2], [ds, 2], [ed, 2]]
    elif r < 0.45:
        pieces = [[pn, 2], [section, 1], [ds, 2], [ed, 2]]
    elif r < 0.6:
        pieces = [[ds + " " + section, 2], [pn, 2], [ed, 2]]
    if rng.random() < 0.3:
        pieces = [p for p in pieces if not p[0].startswith("责任编辑")]
        pieces.append([ed.replace("版式编辑", "美术编辑"), 2])
    return pieces


# ============================================================================ page

def page_params(layout, rng, year):
    """Per-page printing habits, drawn from the seeds."""
    pg = {}
    if layout == "opl":
        pg["punct"] = rng.choices(["fw", "hwparen", "hw"], [0.3, 0.45, 0.25])[0]
        pg["num"] = (0.95, 0.85) if rng.random() < 0.3 else None
        pg["quote"] = 0.7 if rng.random() < 0.25 else 0.0
        pg["gap"] = 0.04 if rng.random() < 0.2 else 0.0
        pg["capspread"] = 0.35
        pg["split"] = rng.choice([0.15, 0.2, 0.25])
        pg["rotate"] = 0.45
        pg["double"] = 0.06
    else:
        pg["punct"] = rng.choices(["fw", "hwparen"], [0.85, 0.15])[0]
        pg["num"] = (rng.choice([0.8, 0.9, 1.0]), rng.choice([0.5, 0.7, 0.9]))
        pg["quote"] = 0.5 if rng.random() < 0.3 else 0.0
        pg["gap"] = 0.03 if rng.random() < 0.4 else 0.0
        pg["W"] = rng.choice([16, 17, 18, 19, 20, 21, 22])
        pg["Wc"] = pg["W"] - rng.choice([0, 2, 3, 4])
        pg["HW"] = rng.choice([12, 14, 16, 18, 20])
        pg["spread"] = rng.choice([0.7, 0.85, 0.95])
        pg["comp"] = rng.choice([0.2, 0.3, 0.4])
        pg["double"] = 0.05
    return pg


def build_page(idx, entry):
    iss, pno, layout, section, items_spec, boxes = entry
    date, npages = ISSUES[iss]
    name = page_name(idx, iss, pno)
    rng = random.Random(name)
    pg = page_params(layout, rng, int(date[:4]))
    gold = {"source": name + ".txt", "issue_date": date, "issue_number": None, "page_count": None,
            "articles": [], "extras": [], "duplicates": []}
    items = []
    for spec in items_spec:
        top = spec.endswith("^")
        spec = spec.rstrip("^")
        inside = None
        if "@" in spec:
            spec, inside = spec.split("@")
        part = "whole"
        if spec.endswith(">"):
            part, spec = "front", spec[:-1]
        elif spec.endswith("<"):
            part, spec = "cont", spec[:-1]
        st = STORIES[spec]
        if st["issue_date"] != date:
            raise SystemExit(f"{name}: story {spec} belongs to {st['issue_date']}, page is {date}")
        items.append({"sid": spec, "st": st, "part": part, "g": gold_article(st, part, pg),
                      "top": top, "inside": inside if layout == "opl" else None})
    tags_of = [[] for _ in items]
    # page furniture
    furn = []
    if pno == 1:
        pieces, no, pc = masthead(date, npages, rng, layout)
        gold["issue_number"], gold["page_count"] = no, pc
        furn = pieces
    else:
        furn = header_strip(date, pno, section, rng)
    for p in furn:
        gold["extras"].append(p[0])
    box_lines = []
    for bx in boxes:
        box_lines.append([[pstyle(x, pg["punct"]), 2] for x in bx])
        for x in bx:
            gold["extras"].append(pstyle(x, pg["punct"]))
    # reading order of the articles in the gold = order of the plan; a photo
    # placed on top comes first
    order = sorted(range(len(items)), key=lambda k: (not items[k]["top"], k))
    items = [items[k] for k in order]
    tags_of = [tags_of[k] for k in order]
    if layout == "opl":
        lines = compose_opl(pg, items, rng, gold, tags_of)
        seq = [[ln.text, ln.sep] for ln in lines]
        # boxes stand between stories (before a headline) or at the end
        cut_at = [i + 1 for i, ln in enumerate(lines) if i + 1 < len(lines)
                  and (lines[i + 1].tag or ("",))[0] in ("hl", "col")]
        # a countdown box may stand between any two stories; a framed banner
        # (a single slogan) stands at the top of the page or at its foot, where
        # no reader would take it for the column label of the next story
        spots = []
        for bl in box_lines:
            if bl[0][0].startswith("距"):
                spots.append(rng.choice(cut_at) if cut_at and rng.random() < 0.7 else len(seq))
            else:
                spots.append(0 if rng.random() < 0.6 else len(seq))
        for at, bl in sorted(zip(spots, box_lines), key=lambda x: -x[0]):
            seq[at:at] = bl
        if furn:
            furn[-1][1] = 4
            if pno != 1 and rng.random() < 0.3:
                seq = seq + [[x, s] for x, s in furn]
            else:
                seq = [[x, s] for x, s in furn] + seq
        text = "\n\n" + "".join(x + "\n" * s for x, s in seq[:-1]) + seq[-1][0]
    else:
        seq = compose_cbl(pg, items, rng, gold, tags_of)
        for bl in box_lines:
            if bl[0][0].startswith("距"):
                at = rng.randrange(len(seq) + 1)
                while 0 < at < len(seq) and seq[at - 1][1]:
                    at -= 1
            else:
                at = 0 if rng.random() < 0.6 else len(seq)
            seq[at:at] = [[x, False] for x, _ in bl]
        fseq = [[x, s == 1] for x, s in furn]
        if pno == 1 or rng.random() < 0.7:
            seq = fseq + seq
        else:
            seq = seq + fseq
        if rng.random() < 0.6 and not seq[0][0].startswith(" "):
            seq[0][0] = " " + seq[0][0]
        text = "".join(x + ("\n" if adj else "\n\n") for x, adj in seq).rstrip("\n") + "\n\n\n"
    # gold articles in printed order of first appearance
    gold["articles"] = [it["g"] for it in items]
    return name, text, gold, pg, items, tags_of


# ============================================================================ validation

def gold_strings(g):
    out = []
    for a in g["articles"]:
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            out.append(a[f])
        out += a["paragraphs"]
    return out + g["extras"] + g["duplicates"]


def validate(name, text, gold):
    hay = "\u0000".join(squash(s) for s in gold_strings(gold))
    for ln in text.split("\n"):
        s = squash(ln)
        if covered(s, hay) != len(s):
            raise SystemExit(f"{name}: line not covered by gold: {ln!r}")
    # exact accounting: the page's characters are the gold's characters, the
    # jump markers' bare text (`continued`) being printed inside their marker
    page = Counter(squash(text))
    acc = Counter()
    for a in gold["articles"]:
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            acc.update(squash(a[f]))
        for p in a["paragraphs"]:
            acc.update(squash(p))
    for s in gold["extras"] + gold["duplicates"]:
        acc.update(squash(s))
    if page != acc:
        raise SystemExit(f"{name}: character accounting differs: page-gold {dict(page - acc)} gold-page {dict(acc - page)}")
    for a in gold["articles"]:
        if a["continued"] and not any(squash(a["continued"]) in squash(e) for e in gold["extras"]):
            raise SystemExit(f"{name}: marker {a['continued']} not printed")
        for p in a["paragraphs"]:
            if re.search(r"(?<=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])\s+(?=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])", p):
                raise SystemExit(f"{name}: CJK space in gold paragraph {p[:20]}")


def main():
    global STORIES, MARKS, ORIGIN
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    STORIES = {s["id"]: s for s in stories}
    MARKS, ORIGIN = circ_marks(PAGES)
    # a story may stand on two pages only when their layouts differ
    use = {}
    for (iss, pno, lay, sec, items, boxes) in PAGES:
        for it in items:
            sid = re.sub(r"[<>^]|@.*", "", it)
            use.setdefault(sid, []).append((lay, it[-1] if it[-1] in "<>" else ""))
    for sid, us in use.items():
        whole = [u for u in us if u[1] == ""]
        if len(whole) > 2 or (len(whole) == 2 and whole[0][0] == whole[1][0]):
            raise SystemExit(f"story {sid} reused on pages of one layout: {us}")
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).glob("*"):
            f.unlink()
    phen = {}
    for idx, entry in enumerate(PAGES):
        name, text, gold, pg, items, tags_of = build_page(idx, entry)
        validate(name, text, gold)
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        ptags = [f"punct_{pg['punct']}"]
        if pg.get("num"):
            ptags.append("digit_spacing")
        if pg.get("quote"):
            ptags.append("quote_spacing")
        if pg.get("gap"):
            ptags.append("punct_gap_spacing")
        if entry[1] == 1:
            ptags.append("masthead")
        else:
            ptags.append("header_strip")
        if entry[5]:
            ptags.append("box_lines")
        if gold["duplicates"]:
            ptags.append("duplicates")
        phen[name + ".txt"] = {
            "issue_date": gold["issue_date"], "page": entry[1], "section": entry[3],
            "layout": "one-paragraph-a-line" if entry[2] == "opl" else "column-broken",
            "page_phenomena": ptags,
            "chars": len(squash(text)),
            "articles": [{"story": it["sid"], "part": it["part"], "kind": it["g"]["kind"],
                          "headline": (it["g"]["kicker"] + " " + it["g"]["title"] + " " + it["g"]["subtitle"]).strip(),
                          "phenomena": sorted(set(t)) } for it, t in zip(items, tags_of)]}
    (HERE / "phenomena.json").write_text(json.dumps(phen, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(PAGES)} pages written")


if __name__ == "__main__":
    sys.exit(main())
