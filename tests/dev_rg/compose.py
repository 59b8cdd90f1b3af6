#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py

Standard library only.  Every random choice comes from random.Random(<source file
name>), so a rebuild is byte-for-byte identical.  The source format is described in
README.in / README.md.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：！？”’）》」…—,.;:!?)%")
OPEN = set("“‘（《「(")
PUNCT = set("，。、；：！？")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

PHEN = Counter()          # phenomena counted while composing (whole set)


# ----------------------------------------------------------------- source parsing
def parse(path):
    page = {"meta": {}, "arts": OrderedDict(), "layout": []}
    cur, sect = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#art "):
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "w": 0, "paras": []}
            page["arts"][aid] = cur
            sect = "art"
            continue
        if line.startswith("#layout"):
            sect = "layout"
            continue
        if sect == "meta":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith("> "):
                cur["paras"].append(line[2:].strip())
            else:
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "w":
                    cur["w"] = float(v)
                else:
                    cur[k] = v.strip()
        else:
            page["layout"].append(line.strip())
    return page


def punct(s, mode):
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s):
    """Gold form of a source string: layout marks removed."""
    s = re.sub(r"‖[a-z]?", "", s)
    return s.replace("¦", "")


def pieces(para):
    """A paragraph split at its cut marks: [(text, cut_tag_after)]."""
    out, tags = [], []
    parts = re.split(r"‖([a-z]?)", para)
    for i in range(0, len(parts), 2):
        out.append(parts[i])
        tags.append(parts[i + 1] if i + 1 < len(parts) else "")
    return list(zip(out, tags))


# ----------------------------------------------------------------- column lines
def units(s):
    """Typeset units: digit/latin runs stay whole; everything else one glyph."""
    return re.findall(r"[0-9A-Za-z.%+·/-]+|¦|.", s)


def uw(u):
    if u == "¦":
        return 0
    return sum(0.5 if ord(c) < 128 else 1 for c in u)


def wrap(s, width):
    """Greedy column wrap in em; closing punctuation may hang; ¦ forces a break.
    Returns [(line, full)] where full says the line is justified to the width."""
    lines, cur, w = [], [], 0.0
    for u in units(s):
        if u == "¦":
            lines.append((cur, False))
            cur, w = [], 0.0
            continue
        if cur and w + uw(u) > width and not (u[0] in CLOSE and len(u) == 1):
            lines.append((cur, True))
            cur, w = [], 0.0
        cur.append(u)
        w += uw(u)
    if cur:
        lines.append((cur, False))
    return [(l, f) for l, f in lines if l]


def render_units(us, full, rng, page):
    """One printed column line with the extraction's spacing artefacts."""
    p = page["art_p"]
    npunct = sum(1 for u in us if u in PUNCT)
    if full and npunct >= 2 and rng.random() < p["spread"]:
        PHEN["justified line spread with spaces"] += 1
        out = ""
        for i, u in enumerate(us):
            if i and not (us[i - 1] in PUNCT or us[i - 1] in "”）)"):
                out += " "
            out += u
        return out
    out = ""
    for i, u in enumerate(us):
        if u[0].isdigit() and u.endswith("%") and len(u) > 1 and rng.random() < p["pct"]:
            u = u[:-1] + " %"
            PHEN["space before %"] += 1
        if u[0].isdigit() and len(u) > 0 and rng.random() < p["num"]:
            sp = " " if i else ""
            nxt = us[i + 1] if i + 1 < len(us) else ""
            if out and not out.endswith(" "):
                out += sp
            out += u
            if nxt and nxt != "%":
                out += " "
                PHEN["spaces around a number run"] += 1
            continue
        if u == "%" and out and rng.random() < p["pct"]:
            out += " "
            PHEN["space before %"] += 1
        if u in ("，", "、", "。") and out and not out.endswith(" ") and rng.random() < p["gap"]:
            out += " "
            PHEN["glyph-gap space before full-width punctuation"] += 1
        out += u
        if u == "“" and rng.random() < p["quote"]:
            out += " "
            PHEN["space after an opening quote"] += 1
    return out


def para_line(s, rng, page):
    """A paragraph-layout line: few artefacts (rare % and quote gaps)."""
    p = page["art_p"]
    out = ""
    for i, ch in enumerate(s):
        if ch == "%" and out and out[-1].isdigit() and rng.random() < p["pct"] / 3:
            out += " "
            PHEN["space before %"] += 1
        out += ch
        if ch == "“" and rng.random() < p["quote"] / 4:
            out += " "
            PHEN["space after an opening quote"] += 1
    return out


# ----------------------------------------------------------------- page layout
def compose_page(path):
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(path.name)
    mode = meta.get("punct", "full")
    col = meta["layout"] == "column"
    page["art_p"] = {"spread": float(meta.get("spread", 0.3)), "num": float(meta.get("numsp", 0.4)),
                     "pct": float(meta.get("pctgap", 0.2)), "gap": float(meta.get("gap", 0.04)),
                     "quote": float(meta.get("quote", 0.2))}
    P = lambda s: punct(s, mode)
    blocks = []            # list of strings (a block may hold "\n" inside)
    extras, dups = [], []
    used = Counter()
    dl_done = set()
    bodies_seen = set()
    heads_after = 0

    def emit(text):
        blocks.append(text)

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        if op == "x":                        # page furniture, one extra string
            parts = rest.split("|")
            emit("\n\n".join(P(x).replace("~", "\n") for x in parts))
            extras.append(P(rest.replace("|", "").replace("~", "")))
            if "~" in rest or len(parts) > 1:
                PHEN["masthead / box pieces on their own lines"] += len(parts)
            continue
        if op == "box":                      # short box line anywhere
            emit(P(rest))
            extras.append(P(rest))
            PHEN["short box line (countdown, code prompt, framed label)"] += 1
            continue
        if op == "m":                        # jump marker on its own line
            emit(P(rest))
            extras.append(P(rest))
            PHEN["jump marker line"] += 1
            continue
        if op == "dup":                      # last n emitted lines printed again
            n = int(rest)
            lines = "\n\n".join(blocks).split("\n\n")
            lines = [l for l in lines if l.strip()][-n:]
            emit("\n\n".join(lines))
            dups.append(re.sub(r"\s+", "", "".join(lines)) if col else "".join(lines))
            PHEN["lines printed twice"] += 1
            continue
        args = rest.split()
        a = arts[args[0]]
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        flags = [x for x in args[1:] if "=" not in x]
        if op == "h":                        # headline stack
            style = flags[0] if flags else "stack"
            parts = [P(a[k]) for k in ("kicker", "title", "subtitle") if a[k]]
            if args[0] in bodies_seen:
                heads_after += 1
                PHEN["headline printed after its body"] += 1
            if "¦" in "".join(parts):
                PHEN["headline's last word left alone on a line"] += 1
            parts = [x.replace("¦", "\n") for x in parts]
            if style == "one":
                emit(" ".join(parts))
                PHEN["headline stack on one line"] += 1
            elif style == "tight":
                emit("\n".join(parts))
            elif style == "dbl":
                t = P(a["title"]).replace("¦", "")
                rest_parts = [x for x in parts]
                i = [P(a[k]) for k in ("kicker", "title", "subtitle") if a[k]].index(P(a["title"]))
                rest_parts[i] = t + t
                emit("\n\n".join(rest_parts))
                dups.append(t)
                PHEN["headline doubled on one line"] += 1
            elif style == "twice":
                t = P(a["title"]).replace("¦", "")
                emit("\n\n".join(parts[:1] + [t] + parts[1:]) if False else "\n\n".join(
                    [p if p.replace("\n", "") != t else p + "\n\n" + p for p in parts]))
                dups.append(t)
                PHEN["headline drawn twice on two identical lines"] += 1
            else:
                emit("\n\n".join(parts))
            used["h" + args[0]] += 1
            continue
        if op == "hb":                       # several stories' headlines bunched
            group = []
            for aid in args:
                b = arts[aid]
                if "¦" in b["kicker"] + b["title"] + b["subtitle"]:
                    PHEN["headline's last word left alone on a line"] += 1
                group.append("\n".join(P(b[k]).replace("¦", "\n") for k in ("kicker", "title", "subtitle") if b[k]))
                used["h" + aid] += 1
                if aid in bodies_seen:
                    PHEN["headline printed after its body"] += 1
            emit("\n\n".join(group))
            PHEN["headlines bunched with other stories' headlines"] += 1
            continue
        if op == "col":                      # column label line
            emit(P(a["column"]))
            used["c" + args[0]] += 1
            PHEN["column label on its own line"] += 1
            continue
        if op == "by":                       # byline on its own line
            t = P(a["byline"])
            if "¦" in t:
                PHEN["line break between a byline's names"] += 1
            t = t.replace("¦", "\n")
            if "right" in flags:
                t = " " * int(opts.get("pad", 24)) + t
                PHEN["credit right-aligned on a line of its own"] += 1
            emit(t)
            used["y" + args[0]] += 1
            continue
        if op == "b":                        # body pieces FROM-TO (para[.piece])
            pcs = []
            for pi, para in enumerate(a["paras"]):
                for si, (txt, tag) in enumerate(pieces(para)):
                    pcs.append(((pi + 1, si), txt, tag, si == len(pieces(para)) - 1))
            lo, _, hi = args[1].partition("-")
            hi = hi or lo
            if hi == "$":
                hi = str(len(a["paras"]))
            key = lambda s: (int(s.split(".")[0]), int(s.split(".")[1]) if "." in s else None)
            klo, khi = key(lo), key(hi)

            def inrange(k):
                a0 = (klo[0], klo[1] if klo[1] is not None else 0)
                b0 = (khi[0], khi[1] if khi[1] is not None else 99)
                return a0 <= k <= b0
            sel = [p for p in pcs if inrange(p[0])]
            assert sel, (path.name, cmd)
            for j, (k, _t, tag, _l) in enumerate(sel):
                if tag:
                    if j + 1 < len(sel):
                        PHEN["paragraph split by a column break, nothing between"] += 1
                    else:
                        PHEN["story cut, continued after a piece of another story"] += 1
            width = float(opts.get("w", a["w"] or 20))
            out_lines = []
            for (k, txt, tag, last) in sel:
                used["p%s.%d.%d" % (args[0], k[0], k[1])] += 1
                txt = P(txt)
                is_sub = txt.startswith("= ")
                if is_sub:
                    txt = txt[2:]
                if k == (1, 0) and a["dateline"] and args[0] not in dl_done:
                    dl = P(a["dateline"])
                    if "¦" in dl:
                        if re.search(r"[0-9]¦|月¦|¦[0-9]", dl):
                            PHEN["line break inside a dateline's date"] += 1
                        elif "¦通讯员" in dl:
                            PHEN["line break before 通讯员"] += 1
                        else:
                            PHEN["line break between a byline's names"] += 1
                    if not col:
                        dl = dl.replace("¦", "")
                    txt = dl + txt
                    dl_done.add(args[0])
                pre = opts.get("pre", "").replace("_", " ") if k == sel[0][0] else None
                if pre:
                    txt = P(pre) + txt
                    extras.append(re.sub(r"\s+", "", P(pre)))
                    PHEN["jump marker run into a body line"] += 1
                if tag:
                    PHEN["story cut: " + {"v": "between a verb and its figure", "u": "between a figure and its unit",
                                          "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
                                          "s": "mid-sentence"}[tag]] += 1
                if col and not is_sub:
                    for us, full in wrap(txt, width):
                        out_lines.append(render_units(us, full, rng, page))
                else:
                    out_lines.append(para_line(txt.replace("¦", ""), rng, page) if not is_sub else txt)
            if "cr" in opts:                 # photo credit
                cr = P(a["byline"])
                used["y" + args[0]] += 1
                if opts["cr"] == "inline":
                    out_lines[-1] += " " + cr
                    PHEN["photo credit run on after the caption"] += 1
                else:
                    out_lines.append(" " * int(opts.get("pad", 30)) + cr)
                    PHEN["credit right-aligned on a line of its own"] += 1
            if "lead" in opts:               # leading space on the first line
                out_lines[0] = " " + out_lines[0]
            emit("\n\n".join(out_lines))
            bodies_seen.add(args[0])
            continue
        raise SystemExit("%s: unknown layout command %r" % (path.name, cmd))

    # every piece laid out exactly once, every headline/byline/column once
    for aid, a in arts.items():
        for pi, para in enumerate(a["paras"]):
            for si, _ in enumerate(pieces(para)):
                k = "p%s.%d.%d" % (aid, pi + 1, si)
                assert used[k] == 1, (path.name, k, used[k])
        if a["title"] or a["kicker"] or a["subtitle"]:
            assert used["h" + aid] == 1, (path.name, aid, "headline")
        if a["byline"]:
            assert used["y" + aid] == 1, (path.name, aid, "byline")
        if a["column"]:
            assert used["c" + aid] == 1, (path.name, aid, "column")

    text = "\n\n".join(blocks) + "\n"
    if meta.get("lead2"):
        text = "\n\n" + text
    # gold
    golds = []
    for aid, a in arts.items():
        paras = []
        subs = []
        for para in a["paras"]:
            t = P(clean(para))
            if t.startswith("= "):
                t = t[2:]
                subs.append(t)
            paras.append(t)
        g = OrderedDict()
        g["kind"] = a["kind"]
        for f in FIELDS[1:]:
            g[f] = P(clean(a[f]))
        g["subheads"] = subs
        g["paragraphs"] = paras
        golds.append(g)
        PHEN["articles of kind " + a["kind"]] += 1
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = meta["num"]
    name = "%s_%s" % (num, digest)
    gold = OrderedDict()
    gold["source"] = name + ".txt"
    gold["issue_date"] = meta["date"]
    gold["issue_number"] = int(meta["issue"]) if meta.get("issue") else None
    gold["page_count"] = int(meta["pages"]) if meta.get("pages") else None
    gold["articles"] = golds
    gold["extras"] = extras
    gold["duplicates"] = dups
    info = {"file": name + ".txt", "date": meta["date"], "page": meta["page"],
            "layout": meta["layout"], "punct": mode, "articles": len(golds),
            "chars": len(re.sub(r"\s", "", text)), "subjects": meta.get("subjects", "")}
    return name, text, gold, info


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    infos = []
    for src in sorted(SRC.glob("p*.txt")):
        name, text, gold, info = compose_page(src)
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        infos.append(info)
    rows = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for i in infos:
        rows.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            i["file"], i["date"], i["page"], i["layout"], i["punct"], i["articles"], i["chars"], i["subjects"]))
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(PHEN.items()):
        ph.append("| %s | %d |" % (k, v))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    out = tmpl.replace("{{PAGES}}", "\n".join(rows)).replace("{{PHENOMENA}}", "\n".join(ph))
    (HERE / "README.md").write_text(out, encoding="utf-8")
    print("composed %d pages" % len(infos))


if __name__ == "__main__":
    main()
