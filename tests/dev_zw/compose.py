#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice comes from a random.Random seeded by
the source file name, so the output is the same byte for byte on every run.
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
SEEDS = Path("/work/shared/seeds")

CLOSE = set("，。、；：？！”’》）,.;:?!)%")      # may not start a line
OPEN = set("“‘《（(")                             # may not end a line
NOSPACE_AFTER = set("，。、；：？！”’》）,;:?!)")
NOSPACE_BEFORE = set("》）“‘《（)(")
CUT_TAGS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
            "w": "cut inside a word", "n": "cut inside a name", "q": "cut inside a quoted term",
            "p": "cut at a clause boundary"}
PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.width = 17
        self.paras = []          # list of (text_with_cuts, is_subhead)
        self.segments = None     # built later
        self.cursor = 0
        self.last_blocks = []


def parse_source(path: Path):
    head, arts, layout = {}, [], []
    mode, cur, in_body = "head", None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("== "):
            _, aid, kind = line.split()
            cur = Article(aid, kind)
            arts.append(cur)
            mode, in_body = "art", False
            continue
        if line.strip() == "@layout":
            mode = "layout"
            continue
        if mode == "head":
            if line.strip():
                k, v = line.split(":", 1)
                head[k.strip()] = v.strip()
        elif mode == "art":
            if not in_body:
                if line.strip() == "--":
                    in_body = True
                elif line.strip():
                    k, v = line.split(":", 1)
                    k, v = k.strip(), v.strip()
                    if k == "width":
                        cur.width = float(v)
                    else:
                        cur.f[k] = v
            elif line.strip():
                if line.startswith("## "):
                    cur.paras.append((line[3:].strip(), True))
                else:
                    cur.paras.append((line.strip(), False))
        elif mode == "layout":
            if line.strip():
                layout.append(line.strip())
    return head, arts, layout


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT[mode].items():
        s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Gold form of a field: print-only line-break marks removed."""
    return s.replace("|", "")


CUT_RE = re.compile(r"‖([vuwnqp]?)")


def gold_para(s: str) -> str:
    return CUT_RE.sub("", s)


# ---------------------------------------------------------------- typesetting
TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/:×]*%?|\|| |.", re.S)


SQUEEZE = set("、，。；：,;:")   # punctuation the typesetter squeezes; such lines get justified


def em(tok: str) -> float:
    if tok == " ":
        return 0.5
    if len(tok) > 1 and not is_run(tok):        # a dateline chunk
        return sum(0.5 if ord(c) < 128 or c == "\u00a0" else 1.0 for c in tok)
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def is_run(tok: str) -> bool:
    return bool(tok) and ord(tok[0]) < 128 and tok[0].isalnum()


def dateline_tokens(dl: str):
    """A dateline breaks only at its spaces (or a forced |); its last name and
    the closing bracket stay with the chunk before them."""
    toks = []
    for k, part in enumerate(dl.split("|")):
        if k:
            toks.append("|")
        chunks = part.split(" ")
        if len(chunks) >= 2 and len(chunks[-1]) <= 4:
            chunks[-2:] = [chunks[-2] + "\u00a0" + chunks[-1]]
        for j, c in enumerate(chunks):
            if j:
                toks.append(" ")
            if c:
                toks.append(c)
    return toks


def wrap(text: str, width: float, first: float, pre=None, keep4=False):
    """Greedy fill of em-width lines; returns list of (tokens, slack, forced)."""
    toks = (pre or []) + TOKEN_RE.findall(text)
    lines, cur, w, cap = [], [], 0.0, first
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "|":
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append([cur, cap - w, True])
            cur, w, cap = [], 0.0, width
            i += 1
            continue
        if t == " " and not cur:
            i += 1
            continue
        tw = em(t)
        if w + tw <= cap or not cur:
            cur.append(t)
            w += tw
            i += 1
            continue
        if t in CLOSE:                      # hang closing punctuation
            cur.append(t)
            w += tw
            i += 1
            continue
        carry = []
        while cur and cur[-1] in OPEN:       # opening punctuation goes down
            carry.insert(0, cur.pop())
        while cur and cur[-1] == " ":
            cur.pop()
        lw = sum(em(x) for x in cur)
        lines.append([cur, cap - lw, False])
        cur, cap = carry, width
        w = sum(em(x) for x in cur)
    if cur:
        lines.append([cur, cap - w, True])
    if keep4 and len(lines) >= 2:
        # a caption's last line keeps at least 4 characters before a credit glued to it
        def n(ts):
            return len("".join(ts).replace(" ", ""))
        while n(lines[-1][0]) < 4 and len(lines[-2][0]) > 1:
            lines[-1][0].insert(0, lines[-2][0].pop())
            while lines[-1][0][0] in CLOSE and len(lines[-2][0]) > 1:
                lines[-1][0].insert(0, lines[-2][0].pop())
        lines[-2][1] = 0.0
    if lines:
        lines[-1][2] = True                 # last line of a paragraph is never justified
    return lines


class Printer:
    def __init__(self, name, head):
        self.rng = random.Random(name)
        self.layout = head["layout"]
        self.pmode = head.get("punct", "full")
        self.numspace = float(head.get("numspace", "0.5" if self.layout == "column" else "0"))
        self.quotegap = float(head.get("quotegap", "0.15" if self.layout == "column" else "0"))
        self.glyphgap = float(head.get("glyphgap", "0.04" if self.layout == "column" else "0"))
        self.count = Counter()

    # one printed line from tokens
    def render(self, toks, spread):
        out = []
        n = len(toks)
        for j, t in enumerate(toks):
            if len(t) > 1 and not is_run(t):          # dateline chunk
                t = t.replace("\u00a0", " ")
                if self.numspace:
                    def sp(m):
                        r = self.rng.random()
                        if r < self.numspace * 0.7:
                            self.count["space before a number run"] += 1
                            return " " + m.group(0)
                        return m.group(0)
                    t = re.sub(r"(?<=[^\s（(])[0-9]+", sp, t)
                if j and spread and toks[j - 1] != " ":
                    out.append(" ")
                out.append(t)
                continue
            if j and spread:
                a = toks[j - 1]
                if not (a in NOSPACE_AFTER or t in NOSPACE_BEFORE or a in "《（(" or a == " " or t == " "):
                    out.append(" ")
            if is_run(t) and not spread and self.numspace:
                r = self.rng.random()
                if j and r < self.numspace and out and out[-1] != " ":
                    out.append(" ")
                    self.count["space before a number run"] += 1
                out.append(t)
                if j < n - 1 and self.rng.random() < self.numspace * 0.6 and toks[j + 1] not in CLOSE:
                    out.append(" ")
                    self.count["space after a number run"] += 1
                continue
            if not spread and t in "、，" and j and self.rng.random() < self.glyphgap:
                out.append(" ")
                self.count["glyph-gap space before punctuation"] += 1
            if not spread and t.endswith("%") and len(t) > 1 and self.rng.random() < self.glyphgap * 2:
                t = t[:-1] + " %"
                self.count["glyph-gap space before %"] += 1
            out.append(t)
            if not spread and t in "“‘" and j < n - 1 and self.rng.random() < self.quotegap:
                out.append(" ")
                self.count["space after an opening quote"] += 1
        s = "".join(out)
        s = re.sub(r" {2,}", " ", s)
        return s

    def column_lines(self, text, width, first, pre=None, keep4=False):
        res = []
        for toks, slack, forced in wrap(text, width, first, pre, keep4):
            squeezed = any(t in SQUEEZE for t in toks[:-1])
            spread = (not forced) and (slack >= 1.0 or (slack >= 0.5 and squeezed and self.rng.random() < 0.6))
            if spread:
                self.count["justified line spread with spaces"] += 1
            res.append(self.render(toks, spread))
        return res


# ---------------------------------------------------------------- page build
def build_page(src: Path):
    head, arts, layout = parse_source(src)
    P = Printer(src.name, head)
    pm = P.pmode
    byid = {a.id: a for a in arts}
    for a in arts:
        for k in FIELDS:
            a.f[k] = punct(a.f[k], pm)
        a.paras = [(punct(t, pm), sh) for t, sh in a.paras]
    blocks = []          # list of [text, joiner-before]
    extras_groups, extras_order, dups = {}, [], []
    printed_by = []      # article id per block (None for furniture)
    cnt = P.count

    def add(text, join="\n\n", owner=None):
        blocks.append([text, join])
        printed_by.append(owner)

    def segments(a: Article):
        """Split the article body at cut marks: list of segments, each a list of
        (paragraph index, text, is_first_piece_of_paragraph)."""
        segs, cur = [], []
        for pi, (t, sh) in enumerate(a.paras):
            parts = CUT_RE.split(t)
            # parts: text, tag, text, tag, ...
            pieces = parts[0::2]
            tags = parts[1::2]
            for k, piece in enumerate(pieces):
                if k > 0:
                    segs.append(cur)
                    cur = []
                    cnt[CUT_TAGS[tags[k - 1] or "p"]] += 0  # counted when printed apart
                if piece:
                    cur.append((pi, piece, k == 0, k == len(pieces) - 1, tags[k - 1] if k else None))
        if cur:
            segs.append(cur)
        return segs

    for a in arts:
        a.segments = segments(a)

    def opts_of(words):
        o = {}
        for w in words:
            if "=" in w:
                k, v = w.split("=", 1)
                o[k] = v
            else:
                o[w] = True
        return o

    def joiner(o):
        if o.get("glue"):
            return "\n"
        if o.get("gluesp"):
            return "\n "
        if o.get("same"):
            return " "
        if o.get("tight"):
            return ""
        return "\n\n"

    last_body_owner = None
    for ins in layout:
        words = ins.split()
        op = words[0]
        if op.startswith("x"):
            m = re.match(r"x(?:\[(\w+)\])?$", op)
            g = m.group(1) or f"_{len(extras_order)}"
            rest = ins.split(None, 1)[1]
            o = {}
            if rest.startswith("{"):
                spec, rest = rest[1:].split("}", 1)
                o = opts_of(spec.split())
                rest = rest.strip()
            text = rest.replace("\\s", " ").replace("|", "\n")
            add(text, joiner(o))
            if g not in extras_groups:
                extras_groups[g] = []
                extras_order.append(g)
            extras_groups[g].append(re.sub(r"\s+", "", text))
            cnt["masthead piece" if g == "m" else "box line / furniture"] += 1
            continue
        if op == "gap":
            add("", "\n\n")
            blocks[-1][0] = None
            cnt["empty image gap"] += 1
            continue
        a = byid[words[1]]
        o = opts_of(words[2:])
        if op == "head":
            parts = words[2] if len(words) > 2 and re.fullmatch(r"[cktsb]+", words[2]) else "ckts"
            keys = [{"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[c] for c in parts]
            vals = [(k, a.f[k]) for k in keys if a.f[k]]
            if P.layout == "para" and not o.get("stack"):
                # one line, parts separated by a space; column label on its own line
                colv = [v for k, v in vals if k == "column"]
                rest = [v for k, v in vals if k != "column"]
                first = True
                for v in colv:
                    add(v.replace("||", "\n\n").replace("|", "\n"), joiner(o) if first else "\n\n", a.id)
                    first = False
                if rest:
                    text = " ".join(v.replace("||", "\n\n").replace("|", "\n") for v in rest)
                    add(text, joiner(o) if first else "\n\n", a.id)
            else:
                first = True
                for k, v in vals:
                    text = v.replace("||", "\n\n").replace("|", "\n")
                    if o.get("double") and k == "title":
                        text = text + text
                        dups.append(re.sub(r"\s+", "", v.replace("|", "")))
                        cnt["headline doubled on one line"] += 1
                    add(text, joiner(o) if first else "\n\n", a.id)
                    first = False
                    if o.get("twice") and k == "title":
                        add(text, "\n\n", a.id)
                        dups.append(re.sub(r"\s+", "", v.replace("|", "")))
                        cnt["headline printed as two identical lines"] += 1
            if o.get("double") and P.layout == "para":
                raise SystemExit(f"{src.name}: 'double' only in column layout")
            if o.get("after"):
                cnt["headline printed after its body"] += 1
            if o.get("bunch"):
                cnt["headline bunched with other stories' headlines"] += 1
            if a.f["column"] and "c" in parts:
                cnt["column label line"] += 1
            continue
        if op == "byl":
            text = a.f["byline"]
            if o.get("right"):
                text = " " * int(o.get("right") if o.get("right") is not True else 24) + text
                cnt["credit right-aligned on its own line"] += 1
            if "|" in text:
                cnt["line break inside a byline"] += 1
            add(text.replace("||", "\n\n").replace("|", "\n"), joiner(o), a.id)
            continue
        if op == "mark":
            text = ins.split(None, 2)[2]
            mo = {}
            if text.startswith("{"):
                spec, text = text[1:].split("}", 1)
                mo = opts_of(spec.split())
                text = text.strip()
            text = text.replace("\\s", " ")
            assert clean(a.f["continued"]) in re.sub(r"\s+", "", text), (src.name, text)
            add(text, joiner(mo), a.id)
            g = f"_mark{len(extras_order)}"
            extras_groups[g] = [re.sub(r"\s+", "", text)]
            extras_order.append(g)
            cnt["jump marker"] += 1
            continue
        if op == "echo":
            k = int(words[2])
            for b in a.last_blocks[-k:]:
                add(b, "\n\n", None)
                dups.append(re.sub(r"\s+", "", b))
                cnt["line printed twice"] += 1
            continue
        if op == "body":
            n = int(words[2]) if len(words) > 2 and words[2].isdigit() else len(a.segments) - a.cursor
            segs = a.segments[a.cursor:a.cursor + n]
            if not segs:
                raise SystemExit(f"{src.name}: no segments left for {a.id}")
            if a.cursor > 0:
                # a continuation of this story: was anything of another story printed since?
                between = [ow for ow in printed_by[a.last_index + 1:] if ow is not None and ow != a.id]
                tag = a.segments[a.cursor][0][4] if a.segments[a.cursor] else None
                if between:
                    cnt["story continued after a piece of another story"] += 1
                else:
                    cnt["paragraph split by a column break, nothing between"] += 1
                cnt[CUT_TAGS[tag or "p"]] += 1
            a.cursor += n
            out = []
            first_block = True
            W = a.width
            for seg in segs:
                for pi, piece, is_first, is_last, tag in seg:
                    t = piece
                    lead = is_first and pi == 0 and a.f["dateline"] and a.cursor - n == 0 and seg is segs[0] and not o.get("nodate")
                    if P.layout == "column":
                        if lead:
                            dl = a.f["dateline"]
                            if "|" in dl.rstrip("|"):
                                cnt["line break inside a dateline"] += 1
                        firstw = W - 2 if is_first and not a.paras[pi][1] else W
                        if not is_first:
                            firstw = W
                        lines = P.column_lines(t, W, firstw, dateline_tokens(a.f["dateline"]) if lead else None,
                                               keep4=a.kind == "photo")
                        if not is_last:
                            pass
                        out.extend(lines)
                    else:
                        if lead:
                            t = a.f["dateline"].replace("|", "\n") + t
                        out.append(t)
            for k in range(1, len(segs)):
                cnt["paragraph split by a column break, nothing between"] += 1
                cnt[CUT_TAGS[segs[k][0][4] or "p"] if segs[k] else CUT_TAGS["p"]] += 1
            reps = int(o.get("rep", 0))
            js = joiner(o)
            for j, line in enumerate(out):
                add(line, js if j == 0 else "\n\n", a.id)
            for line in out[len(out) - reps:] if reps else []:
                add(line, "\n\n", None)
                dups.append(re.sub(r"\s+", "", line))
                cnt["line printed twice"] += 1
            a.last_blocks = out
            a.last_index = len(printed_by) - 1
            continue
        raise SystemExit(f"{src.name}: unknown layout op {ins!r}")

    for a in arts:
        if a.cursor != len(a.segments):
            raise SystemExit(f"{src.name}: {a.id} printed {a.cursor} of {len(a.segments)} segments")

    # assemble raw text
    if P.layout == "column":
        text = " "
        for j, (b, jn) in enumerate(blocks):
            if b is None:
                text += "\n\n"
                continue
            text += (b if j == 0 else jn + b)
        text += "\n\n\n"
    else:
        text = "\n\n"
        for j, (b, jn) in enumerate(blocks):
            if b is None:
                text += "\n\n"
                continue
            text += (b if j == 0 else jn + b)
    # gold
    garts = []
    for a in arts:
        paras = [gold_para(t) for t, sh in a.paras]
        garts.append({
            "kind": a.kind,
            "column": clean(a.f["column"]),
            "kicker": clean(a.f["kicker"]),
            "title": clean(a.f["title"]),
            "subtitle": clean(a.f["subtitle"]),
            "byline": clean(a.f["byline"]),
            "dateline": clean(a.f["dateline"]),
            "continued": clean(a.f["continued"]),
            "subheads": [gold_para(t) for t, sh in a.paras if sh],
            "paragraphs": paras,
        })
    gold = {
        "source": None,
        "issue_date": head["date"],
        "issue_number": head.get("issue_number") or None,
        "page_count": int(head["page_count"]) if head.get("page_count") else None,
        "articles": garts,
        "extras": ["".join(extras_groups[g]) for g in extras_order],
        "duplicates": dups,
    }
    return head, text, gold, cnt


def page_name(idx: int, text: str) -> str:
    return f"{idx:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- seed measurements
def measure_seeds():
    """Line widths (em) and blank-line patterns of the seed pages, for the README."""
    rows = []
    for f in sorted(SEEDS.glob("*.txt")):
        txt = f.read_text(encoding="utf-8")
        lines = [l for l in txt.split("\n") if l.strip()]
        runs = Counter(len(m) for m in re.findall(r"\n+", txt))
        widths = Counter()
        spread = 0
        for l in lines:
            w = sum(0.5 if ord(c) < 128 else 1.0 for c in l if c != " ")
            widths[w] += 1
            if re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", l):
                spread += 1
        layout = "column" if runs[2] > 0.9 * sum(runs.values()) and len(lines) > 200 else "paragraph"
        top = ", ".join(f"{w:g}" for w, _ in widths.most_common(4))
        rows.append((f.name, layout, len(lines), top, spread,
                     " ".join(f"{k}×{v}" for k, v in sorted(runs.items())),
                     repr(txt[:2]), repr(txt[-3:])))
    out = ["| seed | layout | text lines | commonest line widths (em) | spread lines | newline runs | starts | ends |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


# ---------------------------------------------------------------- main
def build():
    files = {}
    srcs = sorted((HERE / "src").glob("p*.txt"))
    total = Counter()
    page_rows = []
    for idx, src in enumerate(srcs):
        head, text, gold, cnt = build_page(src)
        name = page_name(idx, text)
        gold["source"] = name + ".txt"
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(cnt)
        nchars = len(re.sub(r"\s+", "", text))
        page_rows.append(f"| {name}.txt | {head['date']} | {head['page']} | {head['layout']} | "
                         f"{head.get('punct', 'full')} | {len(gold['articles'])} | {nchars} | {head.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        if v:
            ph.append(f"| {k} | {v} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + page_rows
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = (tmpl.replace("{{PHENOMENA}}", "\n".join(ph))
              .replace("{{PAGES}}", "\n".join(pages))
              .replace("{{SEEDS}}", measure_seeds()))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if f.is_file():
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
