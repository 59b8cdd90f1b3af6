#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.  See README.md for the format.
"""
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")

CLOSE = set("，。、；：？！”’）》」%,.;:?!)")      # may not begin a line
OPEN = set("“‘（《「(")                          # may not end a line
PUNCT = set("，。、；：？！“”‘’（）《》「」")     # compressible full-width punctuation
NOSPACE_AFTER = set("，。、；：？！）》”’（《")      # spread lines: no gap after these
NOSPACE_BEFORE = set("“‘《（")                      # ... nor before these
CJK = re.compile(r"[\u4e00-\u9fff]")


def em(s):
    w = 0.0
    for c in s:
        if c in " \u3000\n":
            continue
        w += 1 if unicodedata.east_asian_width(c) in "WF" or c in "“”‘’…—·" else 0.5
    return w


def conv(s, style):
    """Punctuation width of the page: full / mixed (full commas, half brackets) / half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- seeds
def measure_seeds():
    """Column widths (em) and the justified-line rule, measured on the column seeds:
    the width of a column is the most common line width (em, spaces ignored) in each
    window of 8 consecutive text lines; spread lines are those with a gap between
    more than half of their characters."""
    widths = Counter()
    spread = Counter()
    for f in sorted(SEEDS.glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        blocks = t.split("\n\n")
        if len(blocks) < 200:           # paragraph layout: few long lines
            continue
        ws = []
        for b in blocks:
            b = b.strip()
            if not b or "\n" in b:
                continue
            n = len(b.replace(" ", ""))
            sp = b.count(" ") / max(1, n - 1)
            if sp > 0.5 and n >= 8:
                spread["spread"] += 1
                nspace = sum(1 for i in range(len(b) - 1) if b[i + 1] == " ")
                spread["gaps"] += nspace
                spread["no gap after closing mark"] += sum(
                    1 for i in range(len(b) - 1) if b[i] in NOSPACE_AFTER and b[i + 1] != " ")
            ws.append(int(em(b)))
        for i in range(0, len(ws) - 7, 8):
            widths[Counter(ws[i:i + 8]).most_common(1)[0][0]] += 1
    return widths, spread


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid):
        self.aid = aid
        self.f = OrderedDict(kind="news", column="", kicker="", title="", subtitle="",
                             byline="", dateline="", continued="")
        self.width = 18
        self.paras = []          # list of list of pieces (raw, with ‖ tags removed)
        self.cuts = []           # (para index, tag) per cut
        self.pieces = []         # flat: (para index, piece index in para, text)
        self.credit = ""


def parse(path):
    page = {}
    arts = OrderedDict()
    layout = []
    cur = None
    mode = None
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.startswith("//"):
            continue
        if ln.startswith("#page"):
            mode = "page"
            continue
        if ln.startswith("#article"):
            mode = "art"
            cur = Article(ln.split()[1])
            arts[cur.aid] = cur
            continue
        if ln.startswith("#layout"):
            mode = "layout"
            continue
        if mode == "page":
            k, v = ln.split(":", 1)
            page[k.strip()] = v.strip()
        elif mode == "art":
            if ln.startswith(">"):
                cur.paras.append(ln[1:].strip())
            else:
                k, v = ln.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "width":
                    cur.width = float(v)
                elif k == "credit":
                    cur.credit = v
                else:
                    cur.f[k] = v
        elif mode == "layout":
            layout.append(ln.strip())
    return page, arts, layout


# ---------------------------------------------------------------- column lines
def units(text):
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%+\-×]+|……|——|.", text):
        out.append(m.group())
    return out


def uw(u):
    return em(u)


def fill_lines(text, W, indent, forced_ok=True):
    """Break a flow of text into column lines of W em; ‖ forces a (short) break.
    Returns a list of (line_text, spread?) pairs."""
    segs = text.split("‖")
    lines = []
    first_width = W - indent
    for si, seg in enumerate(segs):
        us = units(seg)
        i = 0
        while i < len(us):
            lim = first_width if not lines else W
            cur, raw, np_ = [], 0.0, 0
            while i < len(us):
                u = us[i]
                w = uw(u)
                p = 1 if u in PUNCT else 0
                nraw, nnp = raw + w, np_ + p
                if nraw - 0.5 * nnp <= lim and nraw <= lim + 1:
                    cur.append(u)
                    raw, np_ = nraw, nnp
                    i += 1
                else:
                    break
            if i < len(us):
                # kinsoku: the next line may not begin with a closing mark
                while i < len(us) and us[i] in CLOSE and len(cur) > 1:
                    i -= 1
                    u = cur.pop()
                    raw -= uw(u)
                    np_ -= 1 if u in PUNCT else 0
                # the line may not end with an opening mark
                while cur and cur[-1] in OPEN:
                    i -= 1
                    u = cur.pop()
                    raw -= uw(u)
                    np_ -= 1 if u in PUNCT else 0
            last = i >= len(us)
            deficit = lim - (raw - 0.5 * np_)
            lines.append(["".join(cur), (not last) and deficit >= 1, cur])
            first_width = W
    return lines


def spread_line(us):
    out = ""
    for j, u in enumerate(us):
        out += u
        if j + 1 < len(us):
            nxt = us[j + 1]
            if u in NOSPACE_AFTER or nxt in NOSPACE_BEFORE:
                continue
            out += " "
    return out


def numspace(s, rng, p, stats):
    """Spaces around number runs, after an opening quote, before % (glyph gaps)."""
    def rep(m):
        a, num, b = m.group(1), m.group(2), m.group(3)
        r = num
        if a and rng.random() < p:
            r = " " + r
            stats["space around a number run"] += 1
        if b and rng.random() < p:
            r = r + " "
            stats["space around a number run"] += 1
        return (a or "") + r + (b or "")
    s = re.sub(r"([\u4e00-\u9fff，。、；：）“”]?)(\d[\d.]*)([\u4e00-\u9fff，。、；：（]?)", rep, s)
    if "%" in s and rng.random() < p / 2:
        s = s.replace("%", " %", 1)
        stats["glyph gap before %"] += 1
    if "“" in s and rng.random() < p / 2:
        s = s.replace("“", "“ ", 1)
        stats["space after an opening quote"] += 1
    return s


# ---------------------------------------------------------------- page
CUTNAME = {"~": "cut inside a name"}


def cut_kind(before, after, tag):
    if tag == "~":
        return "cut inside a name"
    if before and after and before[-1:].isdigit() is False and after[:1].isdigit():
        return "cut between a verb and its figure"
    if before[-1:].isdigit() and CJK.match(after[:1] or "x"):
        return "cut between a figure and its unit"
    if before.count("“") > before.count("”"):
        return "cut inside a quoted term"
    return "cut inside a word"


def compose_page(src):
    page, arts, layout = parse(src)
    rng = random.Random(src.name)
    style = page.get("punct", "full")
    col = page["layout"] == "column"
    stats = Counter()
    # split paragraphs into pieces
    for a in arts.values():
        for k in a.f:
            a.f[k] = conv(a.f[k], style)
        a.credit = conv(a.credit, style)
        flat = []
        clean = []
        for pi, p in enumerate(a.paras):
            p = conv(p, style)
            parts = re.split(r"‖(~?)", p)
            texts = parts[0::2]
            tags = parts[1::2]
            for j, t in enumerate(texts):
                flat.append((pi, j, t[3:] if t.startswith("## ") else t))
            for j, tg in enumerate(tags):
                if page["layout"] != "column":
                    stats[cut_kind(texts[j], texts[j + 1], tg)] += 1
            clean.append("".join(texts))
        a.pieces = flat
        a.clean = clean
    used = Counter()
    blocks = []
    extras, dups, markers = [], [], []
    head_printed = Counter()
    body_seen = set()
    last_cmd = None

    def hparts(a, spec):
        """Headline spec: tokens K T S C B T1 T2, separators / (newline) | (blank) _ (space);
        X^n puts the last n characters of X on a line of its own."""
        out = []
        for tok in re.findall(r"[/|_]|[A-Z][12]?(?:\^\^?\d+)?", spec):
            if tok in "/|_":
                out.append({"/": "\n", "|": "\n\n", "_": " "}[tok])
                continue
            m = re.match(r"([A-Z][12]?)(\^\^?)?(\d+)?", tok)
            name, hat, n = m.group(1), m.group(2), m.group(3)
            key = {"K": "kicker", "T": "title", "S": "subtitle", "C": "column", "B": "byline",
                   "T1": "title", "T2": "title"}[name]
            val = a.f[key]
            if name == "T1":
                val = val.split(" ", 1)[0]
            if name == "T2":
                val = val.split(" ", 1)[1]
            if name == "B":
                val = val.replace("‖", "\n")
                if "\n" in val:
                    stats["line break between a byline's names"] += 1
            head_printed[(a.aid, name)] += 1
            if head_printed[(a.aid, name)] > 1:
                dups.append(val.replace("\n", ""))
                stats["headline drawn twice"] += 1
            if hat:
                n = int(n)
                val = val[:-n] + ("\n" if hat == "^" else "\n\n") + val[-n:]
                stats["headline's last word alone on a line"] += 1
            out.append(val)
        return "".join(out)

    def body_col(a, lo, hi, pre=""):
        """Column layout: the flow of each paragraph is broken into column lines.  A body
        range that ends inside a paragraph ends at the column line nearest its cut; the
        lines after it are carried to the range that resumes the paragraph."""
        res = []
        k = lo
        if k in a.carry:
            lines, endk = a.carry.pop(k)
            if endk > hi:
                raise SystemExit(f"{src.name}: {a.aid} range {lo}-{hi} must finish the carried paragraph")
            res.extend(lines)
            k = endk + 1
        while k <= hi:
            pi, j, t = a.pieces[k]
            k2 = k
            seg = []
            while k2 < len(a.pieces) and a.pieces[k2][0] == pi:
                seg.append(a.pieces[k2][2])
                k2 += 1
            lastk = k2 - 1
            text = "".join(seg)
            prefix = ""
            indent = 2 if j == 0 else 0
            if j == 0 and pi == 0 and a.f["dateline"]:
                prefix = a.raw_dateline
                # a forced break may not leave fewer than 4 characters of the dateline
                # in front of the body text on the next line
                segs = prefix.split("‖")
                while len(segs) > 1 and len(re.sub(r"\s", "", segs[-1])) < 4:
                    segs[-2:] = [segs[-2] + segs[-1]]
                prefix = "‖".join(segs)
                if "‖" in prefix:
                    stats["line break inside a dateline"] += 1
            if pre and k == lo:
                prefix = pre + prefix
            lines = []
            for line, sp, us in fill_lines(prefix + text, a.width, indent):
                if sp:
                    lines.append((spread_line(us).rstrip(), len(line)))
                    stats["justified line spread with spaces"] += 1
                else:
                    lines.append((numspace(line, rng, 0.45, stats).rstrip(), len(line)))
            if lastk > hi:
                cutpos = len(prefix.replace("‖", "")) + sum(len(a.pieces[x][2]) for x in range(k, hi + 1))
                cum, split = 0, 1
                for n, (ln, ln_len) in enumerate(lines):
                    before = cum
                    cum += ln_len
                    if cum >= cutpos:
                        split = n + 1 if (cum - cutpos) <= (cutpos - before) else n
                        break
                split = max(1, min(split, len(lines) - 1))
                res.extend(ln for ln, _ in lines[:split])
                a.carry[hi + 1] = ([ln for ln, _ in lines[split:]], lastk)
                k = hi + 1
            else:
                res.extend(ln for ln, _ in lines)
                k = k2
        if res and a.pieces[lo][1] == 0 and rng.random() < 0.3 and res[0][:1] != " ":
            res[0] = " " + res[0]
        return res

    def body_par(a, lo, hi, pre=""):
        res = []
        k = lo
        while k <= hi:
            pi, j, t = a.pieces[k]
            seg = [t]
            k2 = k + 1
            while k2 <= hi and a.pieces[k2][0] == pi:
                seg.append(a.pieces[k2][2])
                k2 += 1
            text = "".join(seg)
            if j == 0 and pi == 0 and a.f["dateline"]:
                text = a.raw_dateline.replace("‖", "") + text
            if pre and k == lo:
                text = pre + text
            res.append(numspace(text, rng, 0.12, stats))
            k = k2
        return res

    for a in arts.values():
        a.carry = {}
        a.raw_dateline = a.f["dateline"]
        a.f["dateline"] = a.f["dateline"].replace("‖", "")
        a.f["byline"] = a.f["byline"]

    for cmd in layout:
        parts = cmd.split(" ", 2)
        op = parts[0]
        if op == "head":
            a = arts[parts[1]]
            blocks.append(hparts(a, parts[2]))
            if a.aid in body_seen:
                stats["headline printed after its body"] += 1
            if last_cmd and last_cmd[0] == "head" and last_cmd[1] != a.aid:
                stats["headline bunched with another story's headline"] += 1
        elif op == "byline":
            a = arts[parts[1]]
            b = a.f["byline"]
            if "‖" in b:
                stats["line break between a byline's names"] += 1
            blocks.append(b.replace("‖", "\n" if len(parts) < 3 else "\n\n"))
        elif op == "body":
            a = arts[parts[1]]
            rest = parts[2].split(" ", 1)
            lo, hi = (int(x) for x in rest[0].split("-"))
            pre = ""
            if len(rest) > 1 and rest[1].startswith("pre="):
                pre = conv(rest[1][4:], style)
                markers.append(pre)
                stats["jump marker"] += 1
            for k in range(lo, hi + 1):
                used[(a.aid, k)] += 1
            if a.aid in body_seen and last_cmd and last_cmd[0] == "body" and last_cmd[1] == a.aid:
                stats["paragraph split by a column break, nothing between"] += 1
            elif a.aid in body_seen and lo > 0 and a.pieces[lo][1] > 0:
                stats["story continued after a piece of another story"] += 1
            body_seen.add(a.aid)
            blocks.extend(body_col(a, lo, hi, pre) if col else body_par(a, lo, hi, pre))
        elif op == "photo":
            a = arts[parts[1]]
            where = parts[2] if len(parts) > 2 else "same"
            for k in range(len(a.pieces)):
                used[(a.aid, k)] += 1
            cap = a.clean[0]
            body_seen.add(a.aid)
            if where == "same":
                blocks.append(cap + " " + a.f["byline"].replace("‖", ""))
            elif where == "right":
                blocks.append(cap)
                blocks.append(" " * rng.randint(12, 30) + a.f["byline"].replace("‖", ""))
                stats["credit right-aligned on its own line"] += 1
            elif where == "none":
                blocks.append(cap)
            stats["photo caption"] += 1
        elif op == "credit":
            a = arts[parts[1]]
            blocks.append(" " * rng.randint(12, 30) + a.f["byline"].replace("‖", ""))
            stats["credit right-aligned on its own line"] += 1
        elif op == "marker":
            m = conv(parts[1] + (" " + parts[2] if len(parts) > 2 else ""), style)
            blocks.append(m)
            markers.append(m)
            stats["jump marker"] += 1
        elif op == "extra":
            # one furniture item drawn as pieces: / newline, | blank, _ space
            spec = cmd[len("extra "):]
            spec = conv(spec, style)
            pieces = re.split(r"([/|_])", spec)
            txt = "".join({"/": "\n", "|": "\n\n", "_": " "}.get(p, p) for p in pieces)
            blocks.append(txt)
            extras.append("".join(p for p in pieces if p not in "/|_"))
            stats["page furniture / box piece"] += 1
            if "_" in spec:
                stats["masthead pieces merged on one line"] += 1
        elif op == "dup":
            a = arts[parts[1]]
            k = int(parts[2])
            t = a.pieces[k][2]
            blocks.append(t)
            dups.append(t)
            stats["line printed twice"] += 1
        elif op == "repeat":
            # the extraction printed the previous line twice
            blocks.append(blocks[-1])
            dups.append(re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", blocks[-1].strip()))
            stats["line printed twice"] += 1
        elif op == "blank":
            blocks.append("")
        else:
            raise SystemExit(f"{src.name}: unknown layout op {cmd!r}")
        last_cmd = (op, parts[1] if len(parts) > 1 else "")

    for a in arts.values():
        if a.carry:
            raise SystemExit(f"{src.name}: {a.aid} carried lines never placed")
        for k in range(len(a.pieces)):
            if used[(a.aid, k)] != 1:
                raise SystemExit(f"{src.name}: {a.aid} piece {k} used {used[(a.aid, k)]} times")
    if col:
        text = "\n\n".join(blocks) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(blocks) + "\n"
    # gold
    garts = []
    for a in arts.values():
        paras = list(a.clean)
        subheads = []
        out_p = []
        for p in paras:
            if p.startswith("## "):
                p = p[3:]
                subheads.append(p)
            out_p.append(p)
        g = OrderedDict()
        g["kind"] = a.f["kind"]
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[k] = a.f[k].replace("‖", " ").replace("  ", " ")
        g["subheads"] = subheads
        g["paragraphs"] = out_p
        garts.append(g)
    return page, garts, extras, dups, markers, text, stats


def main():
    widths, spread = measure_seeds()
    measured = sorted(w for w, n in widths.items() if n >= 2)
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (HERE / d).glob("*"):
            f.unlink()
    rows = []
    allstats = Counter()
    export = {"articles": [], "sources": []}
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page, garts, extras, dups, markers, text, stats = compose_page(src)
        _, arts, _ = parse(src)
        for a in arts.values():
            if page["layout"] == "column" and a.f["kind"] != "photo" and a.width not in measured:
                raise SystemExit(f"{src.name} {a.aid}: width {a.width} not measured on the seeds")
        allstats.update(stats)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = OrderedDict()
        gold["source"] = name + ".txt"
        gold["issue_date"] = page["date"]
        gold["issue_number"] = page.get("issue") or None
        gold["page_count"] = int(page["pages"]) if page.get("pages") else None
        gold["articles"] = garts
        gold["extras"] = extras
        gold["duplicates"] = dups
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", page["date"], page["page"], page["layout"], page["punct"],
                     len(garts), nchar, page.get("subjects", "")))
    # README
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(allstats.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    ms = ["| column width (em) | windows of 8 lines in the column seeds |", "|---|---|"]
    for w in sorted(widths):
        ms.append(f"| {w} | {widths[w]} |")
    ms.append(f"| justified lines spread with spaces | {spread['spread']} lines |")
    tpl = tpl.replace("{{PAGES}}", "\n".join(pt)).replace("{{PHENOMENA}}", "\n".join(ph))
    tpl = tpl.replace("{{MEASURED}}", "\n".join(ms)).replace("{{WIDTHS}}", ", ".join(map(str, measured)))
    (HERE / "README.md").write_text(tpl, encoding="utf-8")


if __name__ == "__main__":
    main()
