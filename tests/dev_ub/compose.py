#!/usr/bin/env python3
"""Lay out the dev_ub page sources (src/pNN.txt) as raw extraction pages.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR
defaults to this folder).  Standard library only; every small choice comes
from a random.Random seeded by the source file name, so runs are identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
          "dateline", "continued")
CUT_TYPES = {
    "u": "cut between a figure and its unit",
    "v": "cut between a verb and its figure",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "p": "cut inside a place name",
    "c": "paragraph split by a column break, nothing between",
    "s": "cut at a sentence end (story continued later)",
}
CUT_RE = re.compile(r"¦([a-z]) ?")

# ---------------------------------------------------------------- punctuation
PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}
PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width ()",
               "half": "half-width , ( ) ; :"}


def conv(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.f["kind"] = "news"
        self.paras = []          # (is_subhead, text with cut marks)
        self.width = 17
        self.head = "k|t|s"
        self.credit = "line"     # photo credit: end | line | before | right
        self.lead = ""           # marker printed at the start of the body
        self.dstyle = ""         # dateline number spacing in column layout


def parse(path: Path):
    page, arts, layout = {}, {}, []
    cur, section = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=page"):
            section = "page"
            continue
        if line.startswith("=article"):
            section = "article"
            cur = Article(line.split()[1])
            arts[cur.id] = cur
            continue
        if line.startswith("=layout"):
            section = "layout"
            continue
        if section == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "page":
            page[key] = val
        elif key == "p":
            cur.paras.append((False, val))
        elif key == "sub":
            cur.paras.append((True, val))
        elif key == "width":
            cur.width = float(val)
        elif key in ("head", "credit", "lead", "dstyle"):
            setattr(cur, key, val)
        elif key in FIELDS:
            cur.f[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return page, arts, layout


# ---------------------------------------------------------------- column setting
SQ = set("，、。；：“”‘’（）《》！？")
NO_START = set("，。、；：？！”’）》%…,;:)")
NO_END = set("“‘（《(")
AFTER_NO = set("，、。；：？！”’）》,;:)")
BEFORE_NO = set("“‘（《）》()")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-]+")


def units(text: str, names_unbreakable=False):
    """Split text into typesetting units: (string, width_em, type)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\x01":
            out.append(("", 0, "BR"))
            i += 1
        elif c == " ":
            out.append((" ", 0.5, "SP"))
            i += 1
        elif ASCII_RUN.match(text, i):
            m = ASCII_RUN.match(text, i)
            out.append((m.group(), 0.5 * len(m.group()), "NUM"))
            i = m.end()
        elif ord(c) < 128:
            out.append((c, 0.5, "P"))
            i += 1
        else:
            if names_unbreakable and (i > 0 and text[i - 1] == " "):
                m = re.match(r"[\u4e00-\u9fff]{2,4}(?=[ ）)\x01]|$)", text[i:])
                if m:
                    out.append((m.group(), len(m.group()), "NAME"))
                    i += len(m.group())
                    continue
            out.append((c, 1.0, "P" if c in SQ or c in "…—" else "C"))
            i += 1
    return out


def natural(line):
    return sum(u[1] for u in line)


def squeeze(line):
    return min(1.0, 0.5 * sum(1 for u in line if u[0] in SQ))


def set_paragraph(us, width, indent):
    """Greedy line filling with kinsoku; returns list of (units, cap, last)."""
    lines, i, first = [], 0, True
    n = len(us)
    while i < n:
        cap = width - (indent if first else 0)
        line, j = [], i
        forced = False
        while j < n:
            u = us[j]
            if u[2] == "BR":
                j += 1
                forced = True
                break
            if u[2] == "SP" and not line:
                j += 1
                continue
            trial = line + [u]
            if natural(trial) - squeeze(trial) <= cap or not line:
                line = trial
                j += 1
            else:
                break
        if not forced:
            while j < n and us[j][0][:1] in NO_START and len(line) > 2:
                line.pop()
                j -= 1
            while line and line[-1][0] in NO_END and j < n:
                line.pop()
                j -= 1
        while line and line[-1][2] == "SP":
            line.pop()
        lines.append([line, cap, forced])
        i, first = j, False
    for k, l in enumerate(lines):
        l.append(k == len(lines) - 1)
    return lines


class Renderer:
    def __init__(self, rng, numspace, stats):
        self.rng, self.numspace, self.stats = rng, numspace, stats

    def is_spread(self, line, cap, forced, last):
        if last or forced:
            return False
        if any(u[2] in ("SP", "NAME") for u in line):
            return False
        return cap - natural(line) >= 1.0

    def render(self, line, spread, numspace=None):
        ns = numspace or self.numspace
        if spread:
            self.stats["justified line spread with spaces"] += 1
            out = ""
            for k, u in enumerate(line):
                if k and not (out[-1] in AFTER_NO or u[0][0] in BEFORE_NO
                              or out[-1] in "（《("):
                    out += " "
                out += u[0]
            return out
        out = ""
        for k, u in enumerate(line):
            s = u[0]
            if u[2] == "NUM" and s.endswith("%") and len(s) > 1 and self.rng.random() < 0.12:
                s = s[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            if k and u[2] == "NUM" and line[k - 1][2] == "C" and ns in ("both", "before", "mixed"):
                if ns != "mixed" or self.rng.random() < 0.6:
                    out += " "
                    self.stats["space around a number run"] += 1
            if k and u[2] == "C" and line[k - 1][2] == "NUM" and (
                    ns == "both" or (ns == "mixed" and self.rng.random() < 0.5)):
                out += " "
                self.stats["space around a number run"] += 1
            if k and u[0] in "，、" and line[k - 1][2] in ("C", "NUM") and self.rng.random() < 0.02:
                out += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            out += s
            if u[0] == "“" and k + 1 < len(line) and self.rng.random() < 0.04:
                out += " "
                self.stats["space after an opening quote"] += 1
        return out


# ---------------------------------------------------------------- page
def split_field(s):
    """'/' marks printed line breaks; the gold drops it ('//' is a real slash)."""
    parts = s.replace("//", "\x00").split("/")
    return [p.replace("\x00", "/") for p in parts], unslash(s)


def unslash(s):
    return s.replace("//", "\x00").replace("/", "").replace("\x00", "/")


def compose_page(path: Path):
    name = path.stem
    rng = random.Random(name)
    page, arts, layout = parse(path)
    mode = page["punct"]
    colmode = page["layout"] == "column"
    stats = Counter()
    for a in arts.values():
        for k in FIELDS:
            a.f[k] = conv(a.f[k], mode)
        a.paras = [(s, conv(t, mode)) for s, t in a.paras]
        a.lead = conv(a.lead, mode)
    numspace = page.get("numspace", "both")
    R = Renderer(rng, numspace, stats)

    # ---- per article: body pieces -> printed lines
    pieces = {}
    for a in arts.values():
        stats["article kind: " + a.f["kind"]] += 1
        if colmode:
            pieces[a.id] = column_pieces(a, R, rng, stats)
        else:
            pieces[a.id] = paragraph_pieces(a, stats)

    chunks, extras, dups = [], [], []
    pieces_used = {}
    printed = {}   # article id -> list of printed body lines (for dup)
    seen_body, seen_head = set(), set()
    prev_cmd = ""
    for cmd in layout:
        op, _, arg = cmd.partition(" ")
        if op in ("extra", "box"):
            arg = conv(arg, mode)
            parts = arg.split("|")
            chunks.extend(p.replace("/", "\n") for p in parts)
            extras.append(nows(arg.replace("|", "").replace("/", "")))
            key = ("masthead piece" if op == "extra"
                   else "box line (countdown, code prompt, framed label, notice)")
            stats[key] += len([q for p in parts for q in p.split("/")])
        elif op == "head":
            aid = arg.split()[0]
            a = arts[aid]
            lines = head_lines(a, stats, dups)
            chunks.extend(lines)
            if aid in seen_body:
                stats["headline printed after its body"] += 1
            if prev_cmd.startswith("head "):
                stats["headline bunched with another story's headline"] += 1
            seen_head.add(aid)
        elif op == "label":
            chunks.append(arts[arg].f["column"])
            stats["column label on a line of its own"] += 1
        elif op == "byline":
            a = arts[arg]
            parts, _ = split_field(a.f["byline"])
            chunks.extend(p.strip() for p in parts)
            if len(parts) > 1:
                stats["line break inside a byline"] += 1
        elif op == "body":
            aid, _, spec = arg.partition(" ")
            ps = pieces[aid]
            if spec in ("", "all"):
                idx = range(len(ps))
            elif "-" in spec:
                lo, hi = spec.split("-")
                idx = range(int(lo), int(hi) + 1)
            else:
                idx = [int(spec)]
            for k in idx:
                pieces_used.setdefault(aid, []).append(k)
                chunks.extend(ps[k])
                printed.setdefault(aid, []).extend(ps[k])
            seen_body.add(aid)
        elif op == "credit":
            aid, _, how = arg.partition(" ")
            cr = unslash(arts[aid].f["byline"])
            if how == "right":
                chunks.append(" " * (20 + rng.randrange(12)) + cr)
                stats["credit right-aligned on a line of its own"] += 1
            else:
                chunks.append(cr)
                stats["credit on a line of its own"] += 1
        elif op == "marker":
            chunks.append(conv(arg, mode))
            stats["jump marker"] += 1
        elif op == "dup":
            aid, k = arg.split()
            line = printed[aid][int(k)]
            chunks.append(line)
            dups.append(nows(line))
            stats["line printed twice"] += 1
        elif op == "blank":
            chunks.extend([""] * int(arg or 1))
        else:
            raise SystemExit(f"{path.name}: bad layout command {cmd!r}")
        prev_cmd = cmd
    for aid in arts:
        if aid not in seen_body:
            raise SystemExit(f"{path.name}: article {aid} never printed")
        if len(pieces_used.get(aid, [])) != len(pieces[aid]) or sorted(pieces_used[aid]) != list(range(len(pieces[aid]))):
            raise SystemExit(f"{path.name}: article {aid} pieces printed {pieces_used.get(aid)} of {len(pieces[aid])}")

    if colmode:
        text = "\n\n".join(chunks) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(chunks)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    fname = f"{page['seq']}_{digest}"

    garts = []
    for a in arts.values():
        g = {k: a.f[k] for k in ("kind", "column")}
        for k in ("kicker", "title", "subtitle"):
            g[k] = a.f[k].replace("/", "")
        g["byline"] = unslash(a.f["byline"])
        g["dateline"] = unslash(a.f["dateline"])
        g["continued"] = a.f["continued"]
        g["subheads"] = [t for s, t in a.paras if s]
        g["paragraphs"] = [nows(CUT_RE.sub("", t)) for s, t in a.paras]
        garts.append(g)
    gold = {
        "source": fname + ".txt",
        "issue_date": page["date"],
        "issue_number": page.get("issue_number") or None,
        "page_count": int(page["page_count"]) if page.get("page_count") else None,
        "articles": garts,
        "extras": extras,
        "duplicates": dups,
    }
    info = {
        "file": fname + ".txt", "date": page["date"], "page": page["pageno"],
        "layout": page["layout"], "punct": PUNCT_NAMES[mode],
        "articles": len(garts), "chars": len(nows(text)),
        "subjects": page.get("subjects", ""),
    }
    return fname, text, gold, info, stats


def head_lines(a, stats, dups):
    out, prev = [], None
    for group in a.head.split("|"):
        parts = []
        for tok in group.split():
            if tok == "k":
                parts.append(a.f["kicker"])
            elif tok == "t":
                parts.append(a.f["title"])
            elif tok == "s":
                parts.append(a.f["subtitle"])
            elif tok == "c":
                parts.append(a.f["column"])
                stats["column label on a line of its own"] += 1
            elif tok == "tt":
                t = a.f["title"].replace("/", "")
                parts.append(t + t)
                dups.append(nows(t))
                stats["headline drawn twice"] += 1
            else:
                raise SystemExit(f"bad head token {tok!r}")
        parts = [p for p in parts if p]
        if not parts:
            continue
        if len(parts) == 1:
            sub = parts[0].split("/")
            if len(sub) > 1:
                stats["headline broken over lines"] += 1
                if len(sub[-1]) <= 3:
                    stats["headline's last word alone on a line"] += 1
            lines = sub
        else:
            lines = [" ".join(p.replace("/", "") for p in parts)]
            stats["headline parts on one line"] += 1
        if lines == prev:
            # the same headline drawn again on its own line(s)
            dups.append(nows("".join(lines)))
            stats["headline drawn twice"] += 1
        out.extend(lines)
        prev = lines
    return out


def count_cuts(a, stats):
    for s, t in a.paras:
        for m in CUT_RE.finditer(t):
            stats[CUT_TYPES[m.group(1)]] += 1


def count_dateline(a, stats, col):
    d = a.f["dateline"]
    if "/" in d:
        before, after = d.split("/", 1)
        if re.search(r"\d$|月$", before) and "讯" in after[:6] + "电":
            stats["line break inside a dateline's date"] += 1
        elif after.lstrip().startswith("通讯员"):
            stats["line break before 通讯员"] += 1
        else:
            stats["line break between a dateline's names"] += 1
    if "电（" in d or "电(" in d:
        stats["dateline with 电"] += 1
    elif d:
        stats["dateline with 讯"] += 1


def paragraph_pieces(a, stats):
    """Paragraph layout: one paragraph a line; cut marks start new pieces."""
    count_cuts(a, stats)
    count_dateline(a, stats, False)
    pieces, cur = [], []
    for k, (s, t) in enumerate(a.paras):
        if k == 0:
            t = a.lead + a.f["dateline"].replace("/", "\x02") + t
        segs = CUT_RE.split(t)
        # segs: text, type, text, type, text ...
        for j in range(0, len(segs), 2):
            seg = segs[j]
            lines = seg.split("\x02")
            cur.extend(lines)
            if j + 1 < len(segs):
                pieces.append(cur)
                cur = []
    if a.f["kind"] == "photo" and a.credit == "end":
        cur[-1] = cur[-1] + " " + unslash(a.f["byline"])
    pieces.append(cur)
    return [[l for l in p] for p in pieces]


def column_pieces(a, R, rng, stats):
    count_cuts(a, stats)
    count_dateline(a, stats, True)
    pieces, cur = [], []
    for k, (s, t) in enumerate(a.paras):
        plain = CUT_RE.sub("\x03", t)
        lead = ""
        if k == 0 and a.f["dateline"]:
            lead = a.f["dateline"].replace("/", "\x01")
            ds = a.dstyle or rng.choice(["none", "before", "before", "both"])
            lead = date_spacing(lead, ds)
        if k == 0 and a.lead:
            lead = a.lead + lead
        full = lead + plain
        if s:   # subhead: own line, no indent
            lines = [[list(units(full.replace("\x03", ""))), 99, True, True]]
        else:
            us = units(full.replace("\x03", ""), names_unbreakable=True)
            lines = set_paragraph(us, a.width, 0 if k == 0 and (
                a.lead or a.f["kind"] == "continuation") else 2)
        # where do cut marks fall?  count visible chars
        cut_at = []
        pos = 0
        for ch in full:
            if ch == "\x03":
                cut_at.append(pos)
            elif ch not in " \x01":
                pos += 1
        pos, bounds = 0, []
        for li, (line, cap, forced, last) in enumerate(lines):
            pos += sum(len(u[0].replace(" ", "")) for u in line)
            bounds.append(pos)
        breaks = set()
        for c in cut_at:
            for li, b in enumerate(bounds):
                if b >= c:
                    breaks.add(li)
                    break
        for li, (line, cap, forced, last) in enumerate(lines):
            spread = R.is_spread(line, cap, forced, last) and not s and not (
                k == 0 and li == 0 and a.f["dateline"])
            txt = R.render(line, spread, "none" if k == 0 and li == 0 and a.f["dateline"] else None)
            if k == 0 and li == 0 and a.f["dateline"] and len(nows(txt)) < len(nows(lead)):
                stats["line break inside a dateline (column setting)"] += 1
            if k == 0 and li == 0 and a.f["dateline"] and rng.random() < 0.4:
                txt = " " + txt
            cur.append(txt)
            if li in breaks:
                pieces.append(cur)
                cur = []
    if a.f["kind"] == "photo" and a.credit == "end":
        cur[-1] = cur[-1] + " " + unslash(a.f["byline"])
    pieces.append(cur)
    return pieces


def date_spacing(d, style):
    """Number spacing inside a dateline as the column pages print it."""
    m = re.match(r"^(\D*?)(\d+月\d+日)(.*)$", d)
    if not m:
        return d
    head, date, rest = m.groups()
    if style == "before":
        date = re.sub(r"(\d+)", r" \1", date)
    elif style == "both":
        date = re.sub(r"(\d+)", r" \1 ", date).rstrip()
        date = date.replace("  ", " ")
    return head + date + rest


# ---------------------------------------------------------------- main
def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).iterdir():
            f.unlink()
    infos, total = [], Counter()
    per_page = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        fname, text, gold, info, stats = compose_page(src)
        (out / "pages" / (fname + ".txt")).write_text(text, encoding="utf-8")
        (out / "gold" / (fname + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        infos.append(info)
        total.update(stats)
        per_page[fname] = stats
    # README
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        npg = sum(1 for s in per_page.values() if s.get(k))
        rows.append(f"| {k} | {total[k]} | {npg} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for i in infos:
        prow.append(f"| {i['file']} | {i['date']} | {i['page']} | {i['layout']} | {i['punct']} "
                    f"| {i['articles']} | {i['chars']} | {i['subjects']} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))
    (out / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(infos)} pages into {out}")


if __name__ == "__main__":
    main()
