#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py

Standard library only. Every small choice comes from random.Random(<source file name>),
so the output is identical on every run.
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

CLOSE = set("、，。；：？！）》”’…,.;:?!)")
OPEN = set("“‘（《(")
MIDP = set("、，。；：？！")
ARTKEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUTTAGS = {"v": "between a verb and its figure", "u": "between a figure and its unit", "w": "inside a word", "q": "inside a quoted term",
           "n": "inside a name", "": "plain mid-sentence"}

# ---------------------------------------------------------------- source reading


def read_source(path):
    page = {"arts": {}, "order": [], "layout": [], "name": path.name}
    cur = None
    body = False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                cur, body = "layout", False
                continue
            cur = {"id": head[0], "kind": head[1], "width": 17, "dl": "wrap", "paras": []}
            for k in ARTKEYS[1:]:
                cur[k] = ""
            page["arts"][head[0]] = cur
            page["order"].append(head[0])
            body = False
            continue
        if cur is None:
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
            continue
        if cur == "layout":
            page["layout"].append(line.strip())
            continue
        if line == "---":
            body = True
            continue
        if not body:
            k, _, v = line.partition(":")
            k = k.strip()
            v = v.strip()
            cur[k] = int(v) if k == "width" else v
            continue
        if line.strip() == "||":
            cur["paras"].append(("cut", ""))
        elif line.startswith("## "):
            cur["paras"].append(("sub", line[3:].strip()))
        else:
            cur["paras"].append(("p", line.strip()))
    return page


def punct(s, mode):
    if mode in ("mix", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


CUT_RE = re.compile(r"¦([a-z]?)")


def clean(s):
    return CUT_RE.sub("", s)


def gold_article(a, mode):
    g = {}
    for k in ARTKEYS:
        g[k] = punct(a[k], mode)
    paras, subs = [], []
    for kind, text in a["paras"]:
        if kind == "cut":
            continue
        t = punct(clean(text), mode)
        paras.append(t)
        if kind == "sub":
            subs.append(t)
    g["subheads"] = subs
    g["paragraphs"] = paras
    return g


# ---------------------------------------------------------------- segments
# An article body is cut into segments at "||" lines (between paragraphs) and at
# "¦" marks (inside a paragraph). Each segment is a list of pieces
# (text, starts_paragraph, is_first_paragraph).


def segments(a, mode, stats):
    segs = [[]]
    first = True
    for kind, text in a["paras"]:
        if kind == "cut":
            segs.append([])
            stats["cut between paragraphs"] += 1
            continue
        parts = CUT_RE.split(punct(text, mode))
        pieces = parts[0::2]
        tags = parts[1::2]
        for t in tags:
            stats["paragraph cut: " + CUTTAGS[t]] += 1
        for i, p in enumerate(pieces):
            if i > 0:
                segs.append([])
            segs[-1].append((p, i == 0, first and i == 0))
        first = False
    return segs


# ---------------------------------------------------------------- column lines

NUM_RE = re.compile(r"[0-9][0-9.,:/%]*%?|[A-Za-z][A-Za-z0-9\-+]*")


def tokens(text):
    out, i = [], 0
    while i < len(text):
        m = NUM_RE.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tw(t):
    if t == " ":
        return 0
    return sum(0.5 if ord(c) < 128 else 1 for c in t)


def isnum(t):
    return len(t) > 1 or (t and ord(t[0]) < 128 and t[0] not in ",.;:?!()")


def break_lines(toks, width, indent, force_after=None):
    """Greedy fill at 1 em a full-width glyph, 0.5 em a half-width one; a closing
    mark never starts a line, an opening mark never ends one."""
    lines, cur, w = [], [], indent
    n = 0
    for t in toks:
        tww = tw(t)
        if cur and (w + tww > width) and t not in CLOSE:
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur, w = carry, sum(tw(x) for x in carry)
        if t == " " and not cur:
            n += 1
            continue
        cur.append(t)
        w += tww
        n += len(t)
        if force_after is not None and n >= force_after:
            lines.append(cur)
            cur, w = [], 0
            force_after = None
    if cur:
        lines.append(cur)
    return lines


def render_line(toks, width, indent, last, rng, stats):
    while toks and toks[-1] == " ":
        toks = toks[:-1]
    w = indent + sum(tw(t) for t in toks)
    spread = (not last) and (width - w >= 0.5) and len(toks) > 3
    out = ""
    for i, t in enumerate(toks):
        if i:
            prev = toks[i - 1]
            if t == " " or prev == " ":
                pass
            elif spread:
                if prev not in CLOSE and t not in OPEN:
                    out += " "
            elif isnum(t) and ord(prev[-1]) > 127 and prev not in CLOSE and rng.random() < 0.8:
                out += " "
                stats["space around a number run"] += 1
            elif isnum(prev) and ord(t[0]) > 127 and t not in CLOSE and rng.random() < 0.6:
                out += " "
                stats["space around a number run"] += 1
            elif prev == "“" and rng.random() < 0.12:
                out += " "
                stats["space after an opening quote"] += 1
            elif t in ("、", "，", "。") and rng.random() < 0.03:
                out += " "
                stats["glyph-gap space at full-width punctuation"] += 1
        if t.endswith("%") and len(t) > 1 and not spread and rng.random() < 0.15:
            t = t[:-1] + " %"
            stats["glyph-gap space before %"] += 1
        out += t
    if spread:
        stats["justified line spread with spaces"] += 1
    return out


def column_lines(a, mode, rng, stats):
    """All printed lines of an article body in column layout, and the line index
    after which each segment ends (a cut inside a paragraph ends its segment at the
    end of the printed line that holds the cut)."""
    width = a["width"]
    out, seg_ends = [], []
    dl = punct(a["dateline"], mode)
    first = True
    for kind, text in a["paras"]:
        if kind == "cut":
            seg_ends.append(len(out))
            stats["cut between paragraphs"] += 1
            continue
        parts = CUT_RE.split(punct(text, mode))
        pieces, tags = parts[0::2], parts[1::2]
        for t in tags:
            stats["paragraph cut: " + CUTTAGS[t]] += 1
        whole = "".join(pieces)
        cuts, acc = [], 0
        for p in pieces[:-1]:
            acc += len(p)
            cuts.append(acc)
        indent, force, lead = 2, None, 0
        if first and dl:
            if a["dl"] == "own":
                ls = break_lines(tokens(dl), width, 0)
                for j, l in enumerate(ls):
                    out.append(render_line(l, width, 0, j == len(ls) - 1, rng, stats))
                indent = 0
            else:
                whole = dl + whole
                lead = len(dl)
                indent = 0
                if a["dl"].startswith("brk:"):
                    force = int(a["dl"][4:])
                    stats["line break inside a dateline"] += 1
        first = False
        ls = break_lines(tokens(whole), width, indent, force)
        pos = 0
        for j, l in enumerate(ls):
            n = sum(len(t) for t in l)
            last = j == len(ls) - 1 or (force is not None and j == 0)
            out.append(render_line(l, width, indent if j == 0 else 0, last, rng, stats))
            pos += n
            while cuts and lead + cuts[0] <= pos and j < len(ls) - 1:
                seg_ends.append(len(out))
                cuts.pop(0)
        for _ in cuts:
            seg_ends.append(len(out))
    seg_ends.append(len(out))
    return out, seg_ends


# ---------------------------------------------------------------- layout


def headline_lines(a, opts, mode, stats, dups):
    parts = [punct(a[k], mode) for k in ("kicker", "title", "subtitle")]
    kick, title, sub = parts
    lines = []
    if "join" in opts:
        lines = [" ".join(p for p in parts if p)]
        if len([p for p in parts if p]) > 1:
            stats["headline stack printed on one line"] += 1
        return lines
    if kick:
        if "splitkick" in opts and " " in kick:
            lines += kick.split(" ", 1)
            stats["headline line split at a space"] += 1
        else:
            lines.append(kick)
    if title:
        if "split" in opts and " " in title:
            lines += title.split(" ", 1)
            stats["headline line split at a space"] += 1
        elif any(o.startswith("lastword:") for o in opts):
            n = int([o for o in opts if o.startswith("lastword:")][0][9:])
            lines += [title[:-n], title[-n:]]
            stats["headline's last word alone on a line"] += 1
        else:
            lines.append(title)
        if "double" in opts:
            lines[-1] = lines[-1] + " " + title
            dups.append(title)
            stats["headline doubled on one line"] += 1
        if "twice" in opts:
            lines.append(title)
            dups.append(title)
            stats["headline drawn twice (two identical lines)"] += 1
    if sub:
        lines.append(sub)
    return lines


def compose_page(page):
    name = page["name"]
    rng = random.Random(name)
    stats = Counter()
    date, pno, layout, mode = [x.strip() for x in page["page"].split("|")]
    arts = page["arts"]
    column = layout == "column"
    psep = "\n\n" if (column or page.get("blank", "no") == "yes") else "\n"
    blocks = []  # (list of lines, separator inside block)
    extras, dups = [], []
    col_cache = {}
    seg_used = Counter()
    printed_segments = []

    def body_of(aid):
        if aid not in col_cache:
            col_cache[aid] = column_lines(arts[aid], mode, rng, stats)
        return col_cache[aid]

    def para_segments(aid):
        a = arts[aid]
        segs = segments(a, mode, stats if aid not in col_cache else Counter())
        col_cache[aid] = True
        lines = []
        dl = punct(a["dateline"], mode)
        for seg in segs:
            ls = []
            for text, starts, first in seg:
                t = (dl + text) if (first and dl) else text
                if not starts and ls == [] and lines:
                    pass
                ls.append(t)
            lines.append(ls)
        return lines

    psegs = {}
    last_item = None
    heads_run = 0
    bodies_done = set()
    photo_ids = set()
    for item in page["layout"]:
        op, *args = item.split(" ", 1)
        arg = args[0] if args else ""
        if op == "mast":
            pieces = [p.strip() for p in arg.split(" / ")]
            blocks.append((pieces, psep))
            extras.append("".join(p.replace(" ", "") for p in pieces))
            stats["masthead pieces"] += len(pieces)
            stats["masthead pieces merged on one line"] += sum(1 for p in pieces if " " in p)
        elif op == "extra":
            blocks.append(([arg], psep))
            extras.append(arg)
            stats["box line (countdown, code prompt, label)"] += 1
        elif op == "marker":
            blocks.append(([arg], psep))
            extras.append(arg.replace(" ", ""))
            stats["jump marker line"] += 1
        elif op == "dup":
            blocks.append(([arg], psep))
            dups.append(arg)
            stats["line printed twice"] += 1
        elif op == "head":
            aid, *opts = arg.split()
            hl = headline_lines(arts[aid], opts, mode, stats, dups)
            sep = "\n" if column else psep
            if column and len(hl) > 2 and "gap" in opts:
                blocks.append((hl[:-1], sep))
                blocks.append((hl[-1:], sep))
            else:
                blocks.append((hl, sep))
            if aid in bodies_done:
                stats["headline printed after its body"] += 1
            if last_item == "head":
                stats["headline bunched with another story's headline"] += 1
        elif op == "col":
            blocks.append(([punct(arts[arg]["column"], mode)], psep))
            stats["column label on its own line"] += 1
        elif op == "byline":
            aid, *opts = arg.split()
            b = punct(arts[aid]["byline"], mode)
            if "brk" in opts:
                if " 通讯员" in b:
                    i = b.index(" 通讯员")
                    stats["line break before 通讯员"] += 1
                else:
                    i = b.rindex(" ")
                    stats["line break between a byline's names"] += 1
                blocks.append(([b[:i], b[i + 1:]], psep))
            elif "right" in opts:
                blocks.append(([" " * 24 + b], psep))
                stats["credit right-aligned on its own line"] += 1
            else:
                blocks.append(([b], psep))
        elif op == "photo":
            aid, *opts = arg.split()
            a = arts[aid]
            cap = punct(clean(a["paras"][0][1]), mode)
            b = punct(a["byline"], mode)
            if "own" in opts:
                blocks.append(([cap], psep))
                if b:
                    blocks.append(([" " * 30 + b], psep))
                    stats["credit right-aligned on its own line"] += 1
            else:
                blocks.append(([cap + ("  " + b if b else "")], psep))
            bodies_done.add(aid)
            photo_ids.add(aid)
        elif op == "seg":
            aid, _, si = arg.partition(".")
            si = int(si or 0)
            if column:
                lines, ends = body_of(aid)
                lo = ends[si - 1] if si else 0
                blocks.append((lines[lo:ends[si]], psep))
            else:
                if aid not in psegs:
                    psegs[aid] = para_segments(aid)
                blocks.append((psegs[aid][si], psep))
            if printed_segments and printed_segments[-1] == (aid, si - 1) and si > 0:
                stats["paragraph split by a column break with nothing between"] += 1
            printed_segments.append((aid, si))
            bodies_done.add(aid)
        elif op == "dupl":
            aid, k = arg.split()
            k = int(k)
            if column:
                lines, _ = body_of(aid)
                ln = lines[k]
            else:
                ln = [l for s in psegs[aid] for l in s][k]
            blocks.append(([ln], psep))
            dups.append(re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", ln))
            stats["line printed twice"] += 1
        else:
            raise SystemExit(f"{name}: unknown layout item {item!r}")
        last_item = op
    # text
    out = ""
    for lines, sep in blocks:
        for ln in lines:
            out += ln + sep
        if sep == "\n" and psep == "\n\n":
            out += "\n"
    text = out.rstrip("\n") + "\n"
    # every article must have been printed
    for aid, a in arts.items():
        if aid not in bodies_done:
            raise SystemExit(f"{name}: article {aid} never printed")
        nseg = len(segments(a, mode, Counter()))
        got = sorted(s for x, s in printed_segments if x == aid)
        if aid not in photo_ids and got != list(range(nseg)):
            raise SystemExit(f"{name}: {aid} segments printed {got}, has {nseg}")
    gold = {
        "source": None,
        "issue_date": date,
        "issue_number": int(page["number"]) if page.get("number") else None,
        "page_count": int(page["count"]) if page.get("count") else None,
        "articles": [gold_article(arts[i], mode) for i in page["order"]],
        "extras": extras,
        "duplicates": dups,
    }
    meta = {"date": date, "page": pno, "layout": layout, "punct": mode,
            "subjects": page.get("subjects", ""), "stats": stats}
    return text, gold, meta


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, total = [], Counter()
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        page = read_source(src)
        text, gold, meta = compose_page(page)
        stem = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold["source"] = stem + ".txt"
        (PAGES / (stem + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        total.update(meta["stats"])
        rows.append(f"| {stem}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | "
                    f"{meta['punct']} | {len(gold['articles'])} | {chars} | {meta['subjects']} |")
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"] + rows
    ftab = ["| phenomenon | count |", "|---|---|"] + [
        f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
