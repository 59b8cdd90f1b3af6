#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
their gold annotations (gold/) and README.md.  Standard library only.

    python3 compose.py

Every small choice (which number run gets a space, which full line is printed
spread, ...) comes from random.Random seeded by the source file name, so the
output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = "‖"                       # cut point in a paragraph; next char = cut type
CUT_TYPES = {"v": "between a verb and its figure", "u": "between a figure and its unit", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "c": "column break, nothing between",
             "x": "other sentence cut"}
BRK = "^"                       # printed line break inside a headline / byline / dateline
CLOSE = set("，。、；：！？”）》…,.;:!?)」』")
OPEN = set("“（《(「『")
PUNCT = CLOSE | OPEN
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-]*")
KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued", "subheads", "paragraphs")


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Source text -> gold text: drop cut marks and print breaks."""
    s = re.sub(CUT + "[a-z]", "", s)
    return s.replace(BRK, "")


def width(c: str) -> float:
    return 0.5 if ord(c) < 128 else 1.0


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, *blocks = re.split(r"^== ", text, flags=re.M)
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    for line in head.splitlines():
        if ":" in line and not line.startswith("#"):
            k, v = line.split(":", 1)
            page["meta"][k.strip()] = v.strip()
    mode = page["meta"].get("punct", "full")
    for b in blocks:
        first, _, rest = b.partition("\n")
        if first.strip() == "LAYOUT":
            page["layout"] = [l.rstrip() for l in rest.splitlines()
                              if l.strip() and not l.lstrip().startswith("#")]
            continue
        aid, kind = first.split()[:2]
        if rest.startswith("---\n"):
            fields, body = "", rest[4:]
        else:
            fields, _, body = rest.partition("\n---\n")
        art = {k: "" for k in KEYS}
        art["kind"] = kind
        art["_opts"] = {}
        for line in fields.splitlines():
            if not line.strip():
                continue
            k, v = line.split(":", 1)
            k = k.strip()
            if k in KEYS:
                art[k] = punct(v.strip(), mode)
            else:
                art["_opts"][k] = v.strip()
        paras = [punct(p.strip(), mode) for p in body.strip().split("\n") if p.strip()]
        art["_paras"] = paras
        page["arts"][aid] = art
        page["order"].append(aid)
    return page


def segments(paras: list[str]) -> list[list[tuple[str, bool, bool]]]:
    """Split paragraphs at cut marks.  Returns segments, each a list of
    (text, starts_paragraph, ends_paragraph)."""
    segs, cur = [], []
    for p in paras:
        pieces = re.split(CUT + "[a-z]", p)
        for i, piece in enumerate(pieces):
            cur.append((piece, i == 0, i == len(pieces) - 1))
            if i < len(pieces) - 1:
                segs.append(cur)
                cur = []
    segs.append(cur)
    return segs


# ---------------------------------------------------------------- column lines
class Col:
    """Typesetter for the column layout (seeds 000, 004)."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def wrap(self, text: str, w: float, indent: bool) -> list[tuple[str, float]]:
        """Fill lines of w em (first line indented 2 em); returns (line, limit)."""
        toks = []
        i = 0
        while i < len(text):
            m = ASCII_RUN.match(text, i)
            if m:
                toks.append(m.group())
                i = m.end()
            else:
                toks.append(text[i])
                i += 1
        lines, cur, cw, hang = [], "", 0.0, False
        lim = w - 2 if indent else w
        for t in toks:
            tw = sum(width(c) for c in t)
            if hang and t in CLOSE:            # a run of closing marks hangs together
                cur += t
                continue
            if hang:
                lines.append((cur, lim))
                cur, cw, lim, hang = "", 0.0, w, False
            if cw + tw > lim + 1e-9 and cur:
                if t in CLOSE:                 # no line may start with a closing mark
                    cur += t
                    hang = True
                    continue
                if cur[-1] in OPEN:            # nor end with an opening one
                    lines.append((cur[:-1], lim))
                    cur, cw, lim = cur[-1], 1.0, w
                else:
                    lines.append((cur, lim))
                    cur, cw, lim = "", 0.0, w
            cur += t
            cw += tw
        if cur:
            lines.append((cur, lim))
        return lines

    def dress(self, line: str, full: bool, w: float) -> str:
        """Add the extraction artefacts to one column line (clean text in)."""
        rng = self.rng
        toks = re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-]*|.", line)
        npunct = sum(1 for t in toks if t in PUNCT)
        nat = sum(width(c) for c in line) - 0.5 * npunct
        if full and len(toks) > 6 and w - nat >= 1.5 and rng.random() < 0.3:
            self.stats["justified line spread with spaces"] += 1
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a in CLOSE or b in OPEN or (a in OPEN and rng.random() < 0.5):
                    out += b
                else:
                    out += " " + b
            return re.sub(" +", " ", out).strip()
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if ASCII_RUN.fullmatch(t):
                if prev and not ASCII_RUN.fullmatch(prev) and prev not in PUNCT and rng.random() < 0.8:
                    out += " "
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                out += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and nxt not in PUNCT and not ASCII_RUN.fullmatch(nxt) and rng.random() < 0.55:
                    out += " "
                    self.stats["space around a number run"] += 1
                elif nxt in CLOSE and rng.random() < 0.3:
                    out += " "
                    self.stats["glyph-gap space at full-width punctuation"] += 1
                continue
            if t in ("、", "，", "；") and prev and not out.endswith(" ") and rng.random() < 0.04:
                out += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            out += t
            if t == "“" and k + 1 < len(toks) and rng.random() < 0.12:
                out += " "
                self.stats["space after an opening quote"] += 1
        return re.sub(" +", " ", out).strip()


# ---------------------------------------------------------------- page
def compose_page(src: Path) -> tuple[str, dict, dict]:
    page = parse(src)
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(src.name)
    stats: Counter = Counter()
    col = Col(rng, stats)
    layout = meta["layout"]
    W = float(meta.get("width", 17))
    out: list[tuple[str, bool]] = []      # (line, blank line before it)
    extras, dups = [], []
    state = {"nb": False, "last": None}
    segcache = {aid: segments(a["_paras"]) for aid, a in arts.items()}
    used = Counter()

    def emit(line: str, clean_text: str | None = None):
        out.append((line, not state["nb"]))
        state["nb"] = False
        state["last"] = (line, clean_text if clean_text is not None else line.strip())

    def artw(a):
        return float(a["_opts"].get("width", W))

    def body(aid: str, n: int, pre: str = ""):
        a = arts[aid]
        seg = segcache[aid][n]
        used[(aid, n)] += 1
        first_line = True
        for j, (text, starts, ends) in enumerate(seg):
            if n == 0 and j == 0 and a["dateline"] and a["_opts"].get("dl", "inline") == "inline":
                dl = a["dateline"]
                # a printed break inside the dateline must leave at least 4
                # characters before the body text runs on (else the raw line
                # starts with a scrap too short to be told apart)
                pcs = dl.split(BRK)
                while len(pcs) > 1 and len(re.sub(r"\s", "", pcs[-1])) < 4:
                    pcs[-2:] = [pcs[-2] + pcs[-1]]
                dl = BRK.join(pcs)
                if layout == "column":
                    text = dl + text
                else:
                    text = dl.replace(BRK, "") + text
            if text.startswith("## "):
                stats["feature crosshead"] += 1
                emit(text[3:])
                continue
            if layout == "para":
                line = (pre if first_line else "") + text.replace(BRK, "")
                emit(line, text.replace(BRK, ""))
                first_line = False
                continue
            w = artw(a)
            # explicit breaks (^) inside a dateline: wrap each piece on its own
            pieces = text.split(BRK)
            lines = []
            for pi, piece in enumerate(pieces):
                got = col.wrap(piece, w, indent=starts and pi == 0)
                last = pi == len(pieces) - 1
                lines += [(ln, lim, (k < len(got) - 1) or (last and not ends))
                          for k, (ln, lim) in enumerate(got)]
            if len(pieces) > 1:
                stats["line break inside a dateline"] += 1
            for li, (ln, lim, full) in enumerate(lines):
                d = col.dress(ln, full, lim)
                if first_line and pre:
                    d = pre + d
                if first_line and n == 0 and j == 0 and a["dateline"] and rng.random() < 0.3:
                    d = " " + d
                    stats["leading space before a dateline"] += 1
                emit(d, ln)
                first_line = False

    def head(aid: str, mode: str, opts: list[str]):
        a = arts[aid]
        parts = [a[k] for k in ("kicker", "title", "subtitle") if a[k]]
        if "dbl" in opts:
            stats["headline drawn twice"] += 1
        if mode == "join":
            line = " ".join(p.replace(BRK, "") for p in parts)
            emit(line)
            if len(parts) > 1:
                stats["headline parts bunched on one line"] += 1
            return
        first = True
        for k in ("kicker", "title", "subtitle"):
            if not a[k]:
                continue
            pieces = a[k].split(BRK)
            if len(pieces) > 1:
                stats["headline part broken over two lines"] += 1
            for pi, piece in enumerate(pieces):
                if not first and ("tight" in opts or (pi > 0 and rng.random() < 0.5)):
                    state["nb"] = True
                if k == "title" and "dbl" in opts and len(pieces) == 1:
                    emit(piece + piece, piece)
                    dups.append(piece)
                else:
                    emit(piece)
                first = False

    for cmd in page["layout"]:
        op, *args = cmd.split(None, 1)
        arg = args[0] if args else ""
        if op == "extra":
            pieces = arg.split("|")
            for k, p in enumerate(pieces):
                if p.startswith("+"):        # no blank line before this piece
                    state["nb"] = True
                    p = p[1:]
                emit(p)
            extras.append("".join(p.lstrip("+") for p in pieces))
            stats["furniture line (masthead, box, label)"] += len(pieces)
        elif op == "head":
            aid, *o = arg.split()
            mode = "join" if "join" in o else "lines"
            head(aid, mode, o)
            if "after" in o:
                stats["headline printed after its body"] += 1
        elif op == "col":
            emit(arts[arg.split()[0]]["column"])
            stats["column label on its own line"] += 1
        elif op == "by":
            a = arts[arg.split()[0]]
            pieces = a["byline"].split(BRK)
            for k, p in enumerate(pieces):
                emit(p.strip())
            if len(pieces) > 1:
                stats["byline broken over lines"] += 1
        elif op == "body":
            toks = arg.split(None, 2)
            aid, n = toks[0], int(toks[1])
            pre = toks[2][4:] if len(toks) > 2 and toks[2].startswith("pre=") else ""
            if pre:
                stats["jump marker"] += 1
            body(aid, n, pre)
        elif op == "photo":
            aid, *o = arg.split()
            a = arts[aid]
            cap = "".join(a["_paras"])
            cr = a["byline"]
            style = o[0] if o else "apart"
            if style == "inline":
                emit(cap + " " + cr)
            elif style == "right":
                emit(cap)
                emit(" " * (18 + rng.randrange(20)) + cr, cr)
                stats["credit right-aligned on its own line"] += 1
            elif style == "nocredit":
                emit(cap)
            else:
                emit(cap)
                if cr:
                    emit(cr)
            stats["photo caption"] += 1
        elif op == "credit":              # group credit printed apart
            a = arts[arg.split()[0]]
            emit(" " * (10 + rng.randrange(20)) + a["byline"], a["byline"])
            stats["credit right-aligned on its own line"] += 1
        elif op == "mark":
            emit(arg)
            stats["jump marker"] += 1
        elif op == "dup":
            line, ctext = state["last"]
            emit(line, ctext)
            dups.append(ctext)
            stats["line printed twice"] += 1
        elif op == "nb":
            state["nb"] = True
        elif op == "blank":
            out.append(("", False))
            for _ in range(int(arg or 1) - 1):
                out.append(("", False))
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op!r}")
    # every body segment printed exactly once
    for aid, segs in segcache.items():
        if arts[aid]["kind"] == "photo":
            continue
        for n in range(len(segs)):
            if used[(aid, n)] != 1:
                raise SystemExit(f"{src.name}: segment {aid} {n} printed {used[(aid, n)]} times")
    # cut statistics
    for a in arts.values():
        for p in a["_paras"]:
            for t in re.findall(CUT + "([a-z])", p):
                stats["cut: " + CUT_TYPES[t]] += 1
    # assemble raw text
    if layout == "column":
        text = ""
        for k, (line, blank) in enumerate(out):
            if k:
                text += "\n\n" if blank else "\n"
            text += line
        text += "\n"
    else:
        text = "\n\n"
        for k, (line, blank) in enumerate(out):
            if k:
                text += "\n\n" if blank else "\n"
            text += line
    # gold
    garts = []
    for aid in page["order"]:
        a = arts[aid]
        paras = [clean(p) for p in a["_paras"]]
        subheads = [p[3:] for p in paras if p.startswith("## ")]
        paras = [p[3:] if p.startswith("## ") else p for p in paras]
        paras = [re.sub(r"(?<=\S) (?=\S)", "", p) if not re.search(r"[A-Za-z] [A-Za-z]", p) else p for p in paras]
        g = {}
        for k in KEYS:
            v = a[k]
            if k == "subheads":
                v = subheads
            elif k == "paragraphs":
                v = paras
            else:
                v = clean(v)
                if k == "byline":
                    v = re.sub(r"\s+", " ", a[k].replace(BRK, " ")).strip()
            g[k] = v
        garts.append(g)
    info = {"meta": meta, "stats": stats, "arts": garts, "text": text}
    gold = {"source": None, "issue_date": meta["date"],
            "issue_number": meta.get("issue") or None,
            "page_count": int(meta["pagecount"]) if meta.get("pagecount") else None,
            "articles": garts, "extras": extras, "duplicates": dups}
    return text, gold, info


def build():
    """Return {path: content} for every generated file."""
    files = {}
    rows, total = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        text, gold, info = compose_page(src)
        num = "%03d" % int(src.stem[1:])
        name = num + "_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold["source"] = name + ".txt"
        files["pages/" + name + ".txt"] = text
        files["gold/" + name + ".json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(info["stats"])
        m = info["meta"]
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| {name}.txt | {m['date']} | {m['page']} | {m['layout']} | {m.get('punct', 'full')} "
                    f"| {len(gold['articles'])} | {nchar} | {m.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if "/".join((d, f.name)) not in files:
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
