#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text and gold.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice (number spacing, glyph gaps, which
over-full line is pushed rather than hung) comes from a random.Random seeded by
the source file's name, so the output is the same byte for byte on every run.
The layout rules are the ones measured on the column-layout seeds (000, 004):
see README.in.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》…,;:?!)")     # may not start a line; no space after when spread
OPEN = set("“‘（《(")                        # may not end a line; no space before when spread
BRACKET_CLOSE = set("）》)")                  # glyph boxes without a gap on either side
BRACKET_OPEN = set("（《(")
RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-]*")
CUT = re.compile(r"¦([a-z]?)")               # cut mark in a paragraph, with its kind
CUT_KINDS = {"": "plain cut", "v": "verb / figure", "u": "figure / unit", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "p": "inside a place name"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def to_punct(s: str, mode: str) -> str:
    """The page's punctuation widths: full, mixed (half-width brackets) or half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean_para(s: str) -> str:
    """Gold paragraph text: no layout spaces next to Chinese text."""
    s = re.sub(r"\s+(?=[^\x00-\x7f])", "", s)
    s = re.sub(r"(?<=[^\x00-\x7f])\s+", "", s)
    return s.strip()


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.aid, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                                  "continued", "marker", "width", "num", "dlbreak", "credit", "inline")}
        self.paras: list[str] = []      # raw paragraph lines, cut marks kept
        self.pieces: list[dict] = []    # see split()
        self.subheads: list[str] = []

    def split(self):
        n = 0
        for pi, raw in enumerate(self.paras):
            sub = raw.startswith("## ")
            if sub:
                raw = raw[3:]
                self.subheads.append(raw)
            parts = CUT.split(raw)
            texts, kinds = parts[0::2], parts[1::2]
            for j, t in enumerate(texts):
                n += 1
                self.pieces.append({"n": n, "para": pi, "text": t, "start": j == 0,
                                    "end": j == len(texts) - 1, "sub": sub,
                                    "cut": kinds[j] if j < len(kinds) else None})

    def gold_paras(self) -> list[str]:
        out = []
        for raw in self.paras:
            if raw.startswith("## "):
                raw = raw[3:]
            out.append(clean_para(CUT.sub("", raw)))
        return out


def parse(path: Path) -> dict:
    head, arts, layout = {}, [], []
    cur, mode = None, "head"
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#!"):
            continue                                   # source comment
        if line.startswith("=== "):
            aid, kind = line[4:].split()
            cur = Article(aid, kind)
            arts.append(cur)
            mode = "fields"
            continue
        if line.strip() == "@layout":
            mode = "layout"
            continue
        if mode == "head":
            if line.strip():
                k, v = line.split(":", 1)
                head[k.strip()] = v.strip()
        elif mode == "fields":
            if line.strip() == "---":
                mode = "body"
            elif line.strip():
                k, v = line.split(":", 1)
                assert k.strip() in cur.f, (path, k)
                cur.f[k.strip()] = v.strip()
        elif mode == "body":
            if line.strip():
                cur.paras.append(line.strip())
        elif mode == "layout":
            if line.strip():
                layout.append(line)
    for a in arts:
        a.split()
    return {"head": head, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- column wrapping
def tokens(text: str, nospread=False) -> list[dict]:
    """Split text into layout units: a Chinese character or punctuation mark, or a
    run of Latin letters / digits that never breaks."""
    out, i = [], 0
    while i < len(text):
        m = RUN.match(text, i)
        if m:
            t = m.group()
            out.append({"t": t, "w": 0.5 * len(t), "run": True, "ns": nospread})
            i = m.end()
            continue
        ch = text[i]
        if ch == " ":
            out.append({"t": " ", "w": 0.5, "space": True, "ns": nospread})
        else:
            w = 0.5 if ord(ch) < 128 else 1.0
            out.append({"t": ch, "w": w, "p": ch in CLOSE or ch in OPEN, "ns": nospread})
        i += 1
    return out


def em(line: list[dict], punct_half=True) -> float:
    s = 0.0
    for t in line:
        if t.get("p") and punct_half:
            s += 0.5
        else:
            s += t["w"]
    return s


class Wrapper:
    """Greedy line filling with the seeds' habits: closing punctuation hangs past the
    measure (or the last character is pushed down instead), runs of digits never
    break, a line short of its measure is justified - the extractor then prints it
    with a space between the glyphs."""

    def __init__(self, rng: random.Random, stats: Counter, gap: float):
        self.rng, self.stats, self.gap = rng, stats, gap

    def wrap(self, toks: list[dict], first_w: float, w: float) -> list[tuple[list[dict], float, bool]]:
        lines, cur, width = [], [], first_w
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.get("space") and not cur:
                i += 1
                continue
            full = sum(x["w"] if not x.get("p") else 1.0 for x in cur) + (t["w"] if not t.get("p") else 1.0)
            if full <= width + 1e-9:
                cur.append(t)
                i += 1
                continue
            # t does not fit
            if t["t"] in CLOSE and cur:
                if self.rng.random() < 0.5 and not cur[-1].get("p") and not cur[-1].get("run") and len(cur) > 3:
                    moved = cur.pop()                       # push the last glyph down
                    lines.append((cur, width, False))
                    self.stats["line pushed short before closing punctuation"] += 1
                    cur, width = [moved], w
                    continue
                cur.append(t)                               # hang the punctuation
                i += 1
                lines.append((cur, width, False))
                cur, width = [], w
                continue
            if cur and cur[-1]["t"] in OPEN:                # an opening mark may not end a line
                moved = cur.pop()
                lines.append((cur, width, False))
                cur, width = [moved], w
                continue
            if t.get("space"):
                lines.append((cur, width, False))
                cur, width = [], w
                i += 1
                continue
            # inside a dateline, break at the last space rather than inside a word
            if t.get("ns") and any(x.get("space") for x in cur):
                k = max(j for j, x in enumerate(cur) if x.get("space"))
                rest = cur[k + 1:]
                lines.append((cur[:k], width, False))
                cur, width = rest, w
                continue
            lines.append((cur, width, False))
            cur, width = [], w
        if cur:
            lines.append((cur, width, True))
        return lines

    def render(self, line: list[dict], width: float, last: bool, nummode: str) -> str:
        body = [t for t in line]
        short = sum(x["w"] if not x.get("p") else 1.0 for x in body) <= width - 1 or em(body) <= width - 2.5
        spread = (not last) and short and sum(1 for x in body if not x.get("ns")) >= 6
        out = []
        for j, t in enumerate(body):
            prev = body[j - 1] if j else None
            if prev is not None:
                sep = ""
                if t.get("space") or prev.get("space"):
                    sep = ""
                elif spread and not (t.get("ns") and prev.get("ns")):
                    if not (prev["t"] in CLOSE or t["t"] in OPEN or t["t"] in BRACKET_CLOSE
                            or prev["t"] in BRACKET_OPEN):
                        sep = " "
                else:
                    sep = self.numspace(prev, t, nummode)
                    if not sep and self.gap and t["t"] in "，、。；" and not prev.get("p") and self.rng.random() < self.gap:
                        sep = " "
                        self.stats["glyph-gap space before full-width punctuation"] += 1
                    if not sep and self.gap and prev["t"] == "“" and self.rng.random() < self.gap * 4:
                        sep = " "
                        self.stats["space after an opening quote"] += 1
                out.append(sep)
            tt = t["t"]
            if t.get("run") and tt.endswith("%") and len(tt) > 1 and self.gap and self.rng.random() < self.gap * 3:
                tt = tt[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            out.append(tt)
        if spread:
            self.stats["justified line spread with spaces"] += 1
        return "".join(out)

    def numspace(self, prev: dict, t: dict, mode: str) -> str:
        if mode == "none":
            return ""
        a, b = prev, t
        if b.get("run") and not a.get("run") and not a.get("p") and is_cjk(a["t"][-1]):
            if self.rng.random() < 0.9:
                self.stats["space before a number run"] += 1
                return " "
        if a.get("run") and not b.get("run") and not b.get("p") and is_cjk(b["t"][0]) and mode == "both":
            if self.rng.random() < 0.8:
                self.stats["space after a number run"] += 1
                return " "
        if a.get("run") and b["t"] in "、，" and mode == "both" and self.rng.random() < 0.25:
            self.stats["glyph-gap space before full-width punctuation"] += 1
            return " "
        return ""


# ---------------------------------------------------------------- page composition
def ranges(spec: str, n: int) -> list[int]:
    out = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out += list(range(int(a), (int(b) if b else n) + 1))
        else:
            out.append(int(part))
    return out


def compose_page(src: Path) -> dict:
    page = parse(src)
    head, arts = page["head"], {a.aid: a for a in page["arts"]}
    rng = random.Random(src.name)
    stats: Counter = Counter()
    layout = head["layout"]
    punct = head.get("punct", "full")
    gap = float(head.get("gap", "0.03" if layout == "column" else "0"))
    wr = Wrapper(rng, stats, gap)
    P = lambda s: to_punct(s, punct)           # noqa: E731

    lines: list[tuple[str, bool]] = []          # (text, blank line before)
    extras: list[str] = []
    dups: list[str] = []
    mast: list[str] = []
    printed: Counter = Counter()
    dl_done: set[str] = set()

    def emit(text: str, blank=True):
        lines.append((text, blank))

    def flush_mast():
        if mast:
            extras.append("".join(x.strip() for x in mast))
            mast.clear()

    def nummode(a: Article) -> str:
        return a.f["num"] or ("both" if layout == "column" else "none")

    def dateline_parts(a: Article) -> list[str]:
        return [P(x) for x in a.f["dateline"].split("‖")]

    def column_body(a: Article, nums: list[int]):
        w = float(a.f["width"] or 17)
        mode = nummode(a)
        for n in nums:
            pc = a.pieces[n - 1]
            printed[(a.aid, n)] += 1
            toks = []
            lead_break = []
            if n == 1 and a.f["dateline"] and a.aid not in dl_done:
                dl_done.add(a.aid)
                parts = dateline_parts(a)
                for k, part in enumerate(parts):
                    dtext = part
                    if mode != "none":
                        dtext = re.sub(r"(?<=[^\x00-\x7f\s])(?=\d)", lambda m: " " if rng.random() < 0.6 else "", dtext)
                    dt = tokens(dtext, nospread=True)
                    if k < len(parts) - 1:
                        lead_break.append(dt)
                    else:
                        toks += dt
                if a.f["dlbreak"]:
                    lead_break.append(toks)
                    toks = []
                    stats["dateline alone on its line"] += 1
            text = P(pc["text"])
            if n == 1 and a.f["inline"]:
                toks += tokens(P(a.f["marker"]), nospread=True)
                extras.append(P(a.f["marker"]).strip())
                stats["jump marker"] += 1
            first_w = w - 2 if pc["start"] else w
            dl_lines = 0
            for k, dt in enumerate(lead_break):
                for ln, lw, last in wr.wrap(dt, first_w if k == 0 else w, w):
                    emit(wr.render(ln, lw, True, mode))
                    dl_lines += 1
                first_w = w
            if not toks and not text:
                continue
            toks += tokens(text)
            for ln, lw, last in wr.wrap(toks, first_w, w):
                emit(wr.render(ln, lw, last and pc["end"], mode))
                dl_lines += any(t.get("ns") for t in ln)
            if dl_lines > 1:
                stats["dateline broken across lines"] += 1

    def para_body(a: Article, nums: list[int]):
        for n in nums:
            pc = a.pieces[n - 1]
            printed[(a.aid, n)] += 1
            text = P(pc["text"])
            if n == 1 and a.f["inline"]:
                text = P(a.f["marker"]) + text
                extras.append(P(a.f["marker"]).strip())
                stats["jump marker"] += 1
            if n == 1 and a.f["dateline"] and a.aid not in dl_done:
                dl_done.add(a.aid)
                parts = dateline_parts(a)
                for part in parts[:-1]:
                    emit(part)
                    stats["dateline broken across lines"] += 1
                text = parts[-1] + text
            emit(text)

    body_seen: set[str] = set()
    last_op = ("", "")                          # (op, article) of the previous layout line
    last_piece: dict[str, int] = {}
    for op_line in page["layout"]:
        op, _, rest = op_line.partition(" ")
        blank = not op.endswith("+")
        op = op.rstrip("+")
        aid0 = rest.split(" ")[0] if op in ("H", "B", "P") else ""
        if op == "H":
            if aid0 in body_seen:
                stats["headline/label line printed after its body"] += 1
            if last_op[0] == "H" and last_op[1] != aid0:
                stats["headlines of different stories bunched"] += 1
            if not blank:
                stats["headline line continued without a blank line"] += 1
        if op == "B":
            a = arts[aid0]
            first = ranges(rest.split()[1], len(a.pieces))[0]
            if not a.pieces[first - 1]["start"] and last_piece.get(aid0) == first - 1:
                if last_op != ("B", aid0):
                    stats["paragraph resumed after a piece of another story"] += 1
            nums = ranges(rest.split()[1], len(a.pieces))
            for x, y in zip(nums, nums[1:]):
                if a.pieces[x - 1]["para"] == a.pieces[y - 1]["para"]:
                    stats["paragraph split by a column break, nothing between"] += 1
            last_piece[aid0] = nums[-1]
            body_seen.add(aid0)
        if op == "P":
            body_seen.add(aid0)
        last_op = (op, aid0)
        if op != "L":
            flush_mast()
        if op == "L":                                   # masthead piece (furniture)
            emit(P(rest), blank)
            mast.append(P(rest))
        elif op == "X":                                 # box line / furniture of its own
            emit(P(rest), blank)
            extras.append(squash(P(rest)) and P(rest).strip())
            stats["box or furniture line"] += 1
        elif op == "H":                                 # headline / label / byline line of an article
            aid, _, text = rest.partition(" ")
            assert aid in arts, (src, aid)
            emit(P(text), blank)
        elif op == "B":
            aid, spec = rest.split()
            a = arts[aid]
            nums = ranges(spec, len(a.pieces))
            (column_body if layout == "column" else para_body)(a, nums)
        elif op == "D":                                 # piece printed a second time
            aid, spec = rest.split()
            a = arts[aid]
            for n in ranges(spec, len(a.pieces)):
                t = P(a.pieces[n - 1]["text"])
                emit(t, blank)
                dups.append(clean_para(t))
                stats["paragraph line printed twice"] += 1
        elif op == "R":                                 # the previous line printed again
            t = lines[-1][0]
            emit(t, blank)
            dups.append(re.sub(r"\s+", "", t))
            stats["column line printed twice"] += 1
        elif op == "DL":                                # a literal line printed twice
            emit(P(rest), blank)
            dups.append(P(rest).strip())
            stats["headline drawn twice"] += 1
        elif op == "N":                                 # note a duplicate printed inside another line
            dups.append(P(rest).strip())
            stats["headline drawn twice"] += 1
        elif op == "M":                                 # jump marker line
            a = arts[rest.strip()]
            emit(P(a.f["marker"]), blank)
            extras.append(P(a.f["marker"]).strip())
            stats["jump marker"] += 1
        elif op == "P":                                 # photo caption + credit
            aid, style, *arg = rest.split()
            a = arts[aid]
            cap = [P(x.replace("¦", "")) for x in a.paras]
            credit = P(a.f["byline"])
            for pc in a.pieces:
                printed[(a.aid, pc["n"])] += 1
            if layout == "column":
                cap = [re.sub(r"(?<=[^\x00-\x7f])(?=\d)", " ", c) for c in cap]
            if style == "inline":
                for c in cap[:-1]:
                    emit(c)
                emit(cap[-1] + ("  " if layout == "column" else "") + credit if credit else cap[-1])
            elif style == "sep":
                for c in cap:
                    emit(c)
                if credit:
                    emit(credit)
            elif style == "right":
                for c in cap:
                    emit(c)
                emit(" " * int(arg[0] if arg else 30) + credit)
                stats["credit right-aligned on its own line"] += 1
            elif style == "wrap":
                text = "".join(cap) + " " + credit
                width = float(arg[0] if arg else 44)
                for ln, lw, last in wr.wrap(tokens(text), width, width):
                    emit("".join(t["t"] for t in ln))
            elif style == "none":
                for c in cap:
                    emit(c)
            stats["photo caption"] += 1
        elif op == "E":
            emit("", False)
        else:
            raise SystemExit(f"{src}: unknown layout op {op_line!r}")
    flush_mast()

    # every piece printed exactly once (duplicates aside)
    for a in arts.values():
        for pc in a.pieces:
            assert printed[(a.aid, pc["n"])] == 1, (src.name, a.aid, pc["n"], printed[(a.aid, pc["n"])])
        for k, v in Counter(pc["cut"] for pc in a.pieces if pc["cut"] is not None).items():
            stats["cut: " + CUT_KINDS[k]] += v

    # text
    out = []
    for text, blank in lines:
        if blank and out:
            out.append("")
        out.append(text)
    text = "\n".join(out) + "\n\n"
    if head.get("lead_blank"):
        text = "\n" * int(head["lead_blank"]) + text

    for a in page["arts"]:
        f = a.f
        if " " in f["title"]:
            stats["two-phrase title split at a space"] += 1
        if f["subtitle"].startswith("——"):
            stats["dash-led subtitle"] += 1
        if f["kicker"].endswith("——"):
            stats["kicker ending in a dash"] += 1
        if f["column"]:
            stats["column label"] += 1
        if f["byline"] and a.kind != "photo":
            stats["byline printed on its own line"] += 1
        if f["continued"]:
            stats["jump (continued) field"] += 1
        if a.subheads:
            stats["crossheads (subheads)"] += len(a.subheads)
    gold_arts = []
    for a in page["arts"]:
        f = {k: P(v) for k, v in a.f.items()}
        byline = f["byline"]
        gold_arts.append({
            "kind": a.kind, "column": f["column"], "kicker": f["kicker"], "title": f["title"],
            "subtitle": f["subtitle"], "byline": byline,
            "dateline": f["dateline"].replace("‖", ""), "continued": f["continued"],
            "subheads": [P(s) for s in a.subheads],
            "paragraphs": [P(p) for p in a.gold_paras()],
        })
    sq = squash(text)
    for g in gold_arts:                              # the gold is drawn from the printed text
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            assert squash(g[k]) in sq, (src.name, k, g[k])
    for a in page["arts"]:
        for pc in a.pieces:
            assert squash(P(pc["text"])) in sq, (src.name, a.aid, pc["n"], pc["text"][:20])
    return {"src": src.name, "head": head, "text": text, "articles": gold_arts,
            "extras": extras, "duplicates": dups, "stats": stats}


def build() -> dict[str, bytes]:
    """Everything compose.py writes, as {relative path: bytes}."""
    files: dict[str, bytes] = {}
    rows, totals = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = compose_page(src)
        h = pg["head"]
        num = src.stem[1:].rjust(3, "0")
        body = pg["text"].encode("utf-8")
        name = f"{num}_{hashlib.sha256(body).hexdigest()[:16]}"
        files[f"pages/{name}.txt"] = body
        gold = {"source": name + ".txt", "issue_date": h["date"],
                "issue_number": h.get("issue") or None,
                "page_count": int(h["pages"]) if h.get("pages") else None,
                "articles": pg["articles"], "extras": pg["extras"], "duplicates": pg["duplicates"]}
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        totals.update(pg["stats"])
        chars = len(re.sub(r"\s", "", pg["text"]))
        rows.append(f"| {name}.txt | {h['date']} | {h['page']} | {h['layout']} | {h.get('punct', 'full')} "
                    f"| {len(pg['articles'])} | {chars} | {h.get('subjects', '')} |")
    phen = ["| phenomenon | count |", "|---|---|"]
    phen += [f"| {k} | {v} |" for k, v in sorted(totals.items())]
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(phen)).replace("{{PAGES}}", "\n".join(pages))
    files["README.md"] = readme.encode("utf-8")
    return files


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file():
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages, gold and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
