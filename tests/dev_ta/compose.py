#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files
(pages/*.txt), their gold annotations (gold/*.json) and README.md.

Standard library only.  Every small choice (number spacing, glyph gaps) comes
from a random.Random seeded by the source file name, so a rebuild is
byte-for-byte identical.  See README.in for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’》）%…")          # may not begin a line
OPEN = set("“‘《（")                            # may not end a line
PUNCT = set("，。、；：？！“”‘’《》（）…—·")
NO_BEFORE = set("》）《（“‘")                   # glyph-gap rule of spread lines
NO_AFTER = set("，。、；：？！》）《（”’")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×\-/:]+")
CJK = re.compile(r"[\u4e00-\u9fff]")

PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}


def conv(text: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        text = text.replace(a, b)
    return text


def gold_text(s: str) -> str:
    """Source field -> gold value: print breaks '/' removed (a space kept if one
    stood beside it), cut marks '|' removed."""
    s = s.replace("|", "")
    s = re.sub(r"\s*/\s*", lambda m: " " if m.group(0).strip() != m.group(0) else "", s)
    return s.strip()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str):
        self.aid = aid
        self.f = OrderedDict(kind="news", column="", kicker="", title="", subtitle="",
                             byline="", dateline="", continued="", lead="", width="17")
        self.paras: list[tuple[str, str]] = []   # (type p|s, text with | cuts)
        self.pieces: list[tuple[int, str]] = []  # (paragraph index, piece text)
        self.cursor = 0
        self.started = False


def parse(path: Path):
    head, arts, layout = {}, OrderedDict(), []
    cur = None
    section = "head"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            if name == "layout":
                section = "layout"
            else:
                section = "article"
                cur = arts[name] = Article(name)
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "head":
            head[key] = val
        elif section == "article":
            if key in ("p", "s"):
                cur.paras.append((key, val))
            else:
                cur.f[key] = val
        else:
            layout.append((key, val))
    for a in arts.values():
        for i, (_, t) in enumerate(a.paras):
            for piece in t.split("|"):
                a.pieces.append((i, piece))
    return head, arts, layout


# ---------------------------------------------------------------- column wrap
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tw(t: str) -> float:
    if t[0].isascii():
        return 0.5 * len(t)
    if t in PUNCT:
        return 0.5          # punctuation is squeezed to half width inside a line
    return 1.0


def wrap(text: str, width: float, indent: float):
    """Greedy fill with the two break rules seen on the seeds: closing
    punctuation never begins a line (the char before it is carried down with
    it), ascii/number runs are never split.  A line ended early by such a
    carry, leaving one em or more, is justified: printed spread (flag True)."""
    toks = tokens(text)
    lines, cur, cw, avail = [], [], 0.0, width - indent
    i = 0
    while i < len(toks):
        t = toks[i]
        w = tw(t)
        if cw + w <= avail or not cur or (t in CLOSE and cw + w <= avail + 0.25):
            cur.append(t)
            cw += w
            i += 1
            continue
        carried = False
        if t in CLOSE or t[0] in CLOSE:
            # carry the last glyph down with the punctuation
            if len(cur) > 1 and cur[-1] not in PUNCT:
                last = cur.pop()
                cw -= tw(last)
                i -= 1
                carried = True
        while cur and cur[-1] in OPEN:
            cur.pop()
            i -= 1
            carried = True
        slack = avail - cw
        spread = (carried or t[0].isascii()) and slack >= 1.0 and len(cur) > 3
        lines.append((cur, spread))
        cur, cw, avail = [], 0.0, width
    if cur:
        lines.append((cur, False))
    return lines


class Printer:
    def __init__(self, name: str, layout_kind: str, mode: str):
        self.rng = random.Random(name)
        self.kind = layout_kind
        self.mode = mode
        self.out: list[tuple[str, str]] = []   # (line, separator before it)
        self.stats = Counter()

    # separators: "blank" = one blank line before, "line" = directly below,
    # "gap" = three blank lines before (paragraph layout before photo captions)
    def emit(self, text: str, sep: str = "blank"):
        self.out.append((text, sep))

    def text(self) -> str:
        parts = []
        for i, (t, sep) in enumerate(self.out):
            if i:
                parts.append({"blank": "\n\n", "line": "\n", "gap": "\n\n\n\n"}[sep])
            parts.append(t)
        body = "".join(parts)
        if self.kind == "column":
            return " " + body + "\n\n\n"
        return "\n\n" + body

    # -- column-line rendering with PDF extraction artefacts
    def render(self, toks: list[str], spread: bool) -> str:
        if spread:
            self.stats["justified line spread with spaces"] += 1
            s = ""
            for j, t in enumerate(toks):
                if j:
                    a, b = toks[j - 1], t
                    if not (a[-1] in NO_AFTER or b[0] in NO_BEFORE):
                        s += " "
                s += t
            return s
        s = ""
        for j, t in enumerate(toks):
            prev = toks[j - 1] if j else ""
            if t[0].isascii() and t[0].isdigit() and prev and CJK.match(prev[-1]):
                if self.rng.random() < 0.7:
                    s += " "
                    self.stats["space around a number run"] += 1
            elif prev and prev[0].isascii() and prev[0].isdigit() and CJK.match(t[0]):
                if self.rng.random() < 0.45:
                    s += " "
                    self.stats["space around a number run"] += 1
            elif t in ("、", "，", "；") and prev and prev[-1] == "%":
                if self.rng.random() < 0.6:
                    s += " "
                    self.stats["glyph-gap space by full-width punctuation"] += 1
            elif prev == "“" and CJK.match(t) and self.rng.random() < 0.12:
                s += " "
                self.stats["space after an opening quote"] += 1
            elif t in ("、", "，") and prev and CJK.match(prev) and self.rng.random() < 0.015:
                s += " "
                self.stats["glyph-gap space by full-width punctuation"] += 1
            if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.1:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            s += t
        return s

    def space_numbers(self, text: str) -> str:
        """Dateline / headline / masthead text in the column layout: spaces
        around number runs as the extraction leaves them."""
        toks = tokens(text)
        s = ""
        for j, t in enumerate(toks):
            if j and t[0].isdigit() and self.rng.random() < 0.6 and not toks[j - 1][-1] in PUNCT:
                s += " "
                self.stats["space around a number run"] += 1
            s += t
        return s


# ---------------------------------------------------------------- layout
def layout_page(src: Path):
    head, arts, layout = parse(src)
    mode = head["punct"]
    kind = head["layout"]
    pr = Printer(src.name, kind, mode)
    extras, dups = [], []
    printed_dateline = set()

    def field(a, k):
        return conv(a.f[k], mode)

    def split_breaks(s: str) -> list[str]:
        return [x.strip() for x in s.split("/") if x.strip()]

    def emit_lines(lines, sep_first, sep_rest):
        for j, l in enumerate(lines):
            pr.emit(l, sep_first if j == 0 else sep_rest)

    for key, val in layout:
        args = val.split()
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        flags = {x for x in args[1:] if "=" not in x}
        sep = opts.get("sep")
        if key == "masthead":
            pieces = [p.strip() for p in val.split("|")]
            for p in pieces:
                pr.emit(pr.space_numbers(conv(p, mode)) if kind == "column" else conv(p, mode),
                        "line" if "consecutive" in head.get("mastheadsep", "") else "blank")
            pr.stats["masthead pieces in drawing order"] += len(pieces)
            pr.stats["masthead pieces merged on one line"] += sum(" " in p for p in pieces)
            extras.append(squash(conv("".join(pieces), mode)))
        elif key == "extra":
            body = re.sub(r"\s+sep=\w+$", "", val)
            pieces = [conv(p.strip(), mode) for p in body.split("|")]
            for j, p in enumerate(pieces):
                pr.emit(p, "blank" if j == 0 else opts.get("sep", "blank"))
            pr.stats["short box lines (countdown, code prompt, notice)"] += 1
            extras.append("".join(pieces))
        elif key == "marker":
            pr.emit(conv(val, mode))
            pr.stats["jump markers"] += 1
        elif key == "col":
            a = arts[args[0]]
            pr.emit(field(a, "column"), sep or "blank")
            pr.stats["column label on its own line"] += 1
        elif key == "head":
            a = arts[args[0]]
            parts = opts.get("parts", "kts")
            names = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle"}
            segs = []
            for p in parts:
                v = field(a, names[p])
                if not v:
                    continue
                lines = split_breaks(v)
                if len(lines) > 1:
                    pr.stats["headline split over lines (last word alone / two phrases)"] += 1
                if p == "t" and "double" in flags:
                    lines = [" ".join(lines) + " " + " ".join(lines)]
                    dups.append(gold_text(conv(a.f["title"], mode)))
                    pr.stats["headline drawn twice"] += 1
                if p == "t" and "twice" in flags:
                    lines = lines + lines
                    dups.append(gold_text(conv(a.f["title"], mode)))
                    pr.stats["headline drawn twice"] += 1
                segs.append(lines)
            if kind == "column" and "nums" in flags:
                segs = [[pr.space_numbers(l) for l in s] for s in segs]
            hsep = sep or ("join" if kind == "paragraph" else "blank")
            if hsep == "join":
                pr.emit(" ".join(l for s in segs for l in s), opts.get("before", "blank"))
            else:
                first = True
                for s in segs:
                    for j, l in enumerate(s):
                        pr.emit(l, opts.get("before", "blank") if first else ("line" if j else hsep))
                        first = False
            if len(segs) > 1:
                pr.stats["headline stacks of two or more lines"] += 1
            if a.started:
                pr.stats["headline printed after (part of) its body"] += 1
        elif key == "byline" or key == "credit":
            a = arts[args[0]]
            lines = split_breaks(field(a, "byline"))
            if len(lines) > 1:
                pr.stats["byline broken between names"] += 1
            if key == "credit":
                pr.stats["credit on a line of its own"] += 1
                if "right" in flags:
                    lines = ["                        " + l for l in lines]
            bsep = "blank" if kind == "column" else "line"
            emit_lines(lines, opts.get("before", "blank"), sep or bsep)
        elif key == "body":
            a = arts[args[0]]
            n = int(args[1]) if len(args) > 1 and args[1].isdigit() else None
            body_out(pr, a, n, kind, mode, printed_dateline, flags, opts)
        elif key == "dup":
            if kind == "column":
                k = int(args[0]) if args else 1
                idx = len(pr.out) - k
                while len(squash(pr.out[idx][0])) < 8:   # a line worth noticing
                    idx -= 1
                t, _ = pr.out[idx]
                pr.emit(t)
                dups.append(squash(t))
            else:
                a = arts[args[0]]
                k = int(args[1])
                t = conv(a.pieces[k][1], mode)
                pr.emit(t)
                dups.append(t)
            pr.stats["lines printed twice"] += 1
        else:
            raise SystemExit(f"{src.name}: unknown layout key {key!r}")
    for a in arts.values():
        if a.cursor != len(a.pieces):
            raise SystemExit(f"{src.name}: {a.aid} printed {a.cursor}/{len(a.pieces)} pieces")
    return head, arts, pr, extras, dups


def body_out(pr, a, n, kind, mode, printed_dateline, flags, opts):
    end = len(a.pieces) if n is None else a.cursor + n
    dl = conv(a.f["dateline"], mode)
    lead = conv(a.f["lead"], mode)
    first = not a.started
    a.started = True
    sep0 = opts.get("before", "blank")
    if kind == "paragraph":
        for k in range(a.cursor, end):
            pi, text = a.pieces[k]
            text = conv(text, mode)
            if k == 0:
                pre = (lead + dl) if a.f["kind"] != "photo" else ""
                if "/" in pre:
                    ls = [x.strip() for x in pre.split("/")]
                    pr.emit(ls[0], sep0)
                    pre = ls[1]
                    pr.stats["line break inside a dateline"] += 1
                    sep0 = "line"
                text = pre + text
            if a.f["kind"] == "photo" and k == len(a.pieces) - 1 and "nocredit" not in flags and a.f["byline"]:
                text = text + conv(opts.get("cj", "").replace("_", " "), mode) + conv(a.f["byline"], mode)
            pr.emit(text, sep0 if k == a.cursor else "blank")
            if k > 0 and a.pieces[k - 1][0] == pi:
                pr.stats["paragraph continued after a cut"] += 1
        a.cursor = end
        return
    # column layout ---------------------------------------------------
    W = float(a.f["width"])
    if a.f["kind"] == "photo":
        caption = "".join(conv(p[1], mode) for p in a.pieces[a.cursor:end])
        line = caption
        if "nocredit" not in flags and a.f["byline"]:
            line += " " + conv(a.f["byline"], mode)
        if "wrap" in opts:
            step = int(opts["wrap"])
            chunks = [line[i:i + step] for i in range(0, len(line), step)]
            for j, c in enumerate(chunks):
                pr.emit(c, sep0 if j == 0 else "blank")
        else:
            pr.emit(line, sep0)
        a.cursor = end
        return
    sep = sep0
    k = a.cursor
    while k < end:
        pi, text = a.pieces[k]
        ptype = a.paras[pi][0]
        # a paragraph = all its pieces in range
        buf = conv(text, mode)
        k2 = k + 1
        while k2 < end and a.pieces[k2][0] == pi:
            buf += conv(a.pieces[k2][1], mode)
            k2 += 1
        starts_para = (k == 0 or a.pieces[k - 1][0] != pi)
        if ptype == "s":
            for l in [x for x in buf.split("/") if x]:
                pr.emit(l, sep)
                sep = "blank"
            k = k2
            continue
        indent = 2.0 if starts_para else 0.0
        if k == 0 and (dl or lead):
            pre = lead + dl
            if "/" in pre:
                ls = [x for x in pre.split("/")]
                for l in ls[:-1]:
                    pr.emit(pr.space_numbers(l.strip()), sep)
                    sep = "blank"
                    pr.stats["line break inside a dateline"] += 1
                pre = ls[-1].lstrip()
                if ls[-1].startswith(" "):
                    pass
            pre = pr.space_numbers(pre)
            buf = pre + buf
            indent = 0.0
        for toks, spread in wrap(buf, W, indent):
            pr.emit(pr.render(toks, spread).strip(), sep)
            sep = "blank"
        k = k2
    a.cursor = end


# ---------------------------------------------------------------- gold
def gold_for(name: str, head, arts, extras, dups, mode):
    articles = []
    for a in arts.values():
        f = a.f
        paras = [gold_text(conv(t, mode)) for _, t in a.paras]
        subs = [gold_text(conv(t, mode)) for k, t in a.paras if k == "s"]
        articles.append(OrderedDict([
            ("kind", f["kind"]),
            ("column", gold_text(conv(f["column"], mode))),
            ("kicker", gold_text(conv(f["kicker"], mode))),
            ("title", gold_text(conv(f["title"], mode))),
            ("subtitle", gold_text(conv(f["subtitle"], mode))),
            ("byline", gold_text(conv(f["byline"], mode))),
            ("dateline", gold_text(conv(f["dateline"], mode))),
            ("continued", gold_text(conv(f["continued"], mode))),
            ("subheads", subs),
            ("paragraphs", paras),
        ]))
    g = OrderedDict([
        ("source", name),
        ("issue_date", head["date"]),
        ("issue_number", head.get("issue") or None),
        ("page_count", int(head["pagecount"]) if head.get("pagecount") else None),
        ("articles", articles),
        ("extras", extras),
        ("duplicates", dups),
    ])
    return json.dumps(g, indent=1, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- build
def build(out: Path = HERE, quiet: bool = False):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages_dir, gold_dir = out / "pages", out / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    total = Counter()
    rows = []
    for i, src in enumerate(srcs, 1):
        head, arts, pr, extras, dups = layout_page(src)
        text = pr.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}.txt"
        (pages_dir / name).write_text(text, encoding="utf-8")
        (gold_dir / name.replace(".txt", ".json")).write_text(
            gold_for(name, head, arts, extras, dups, head["punct"]), encoding="utf-8")
        total.update(pr.stats)
        stats_cut = sum(1 for a in arts.values() for j in range(1, len(a.pieces))
                        if a.pieces[j][0] == a.pieces[j - 1][0])
        rows.append((name, head, len(arts), len(squash(text)), stats_cut))
    # cuts are counted once per cut point
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    ph.append(f"| cut points inside paragraphs (paragraph layout pieces) | "
              f"{sum(r[4] for r in rows)} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, head, na, nc, _ in rows:
        pt.append(f"| {name} | {head['date']} | {head['page']} | {head['layout']} | "
                  f"{head['punct']} | {na} | {nc} | {head.get('subjects', '')} |")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (out / "README.md").write_text(readme, encoding="utf-8")
    if not quiet:
        print(f"composed {len(rows)} pages into {pages_dir} and {gold_dir}")
    return rows, total


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
