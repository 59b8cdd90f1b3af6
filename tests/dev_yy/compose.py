#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
gold annotations (gold/) and README.md.  Standard library only; deterministic
(every small choice comes from random.Random seeded by the source file name).

    python3 compose.py
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CUT, BRK = "¦", "⏎"
CLOSE = set("，。、；：？！）”’》%．,.;:?!)")
OPEN = set("（“‘《(")
PAUSE = set("，。、；：？！")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}


def conv(s: str, mode: str) -> str:
    """Punctuation width of a page: full | mixed (full commas, half brackets) | half."""
    if mode == "full":
        return s
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    return "".join(HALF.get(c, c) for c in s)


def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    head, arts, layout = {}, {}, []
    cur, mode = None, "head"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("## "):
            continue
        m = re.match(r"^=== (\S+)$", line)
        if m:
            if m.group(1) == "layout":
                mode = "layout"
            else:
                mode = "art"
                cur = {"id": m.group(1), "head": [], "by": [], "text": [], "opts": {}}
                for f in FIELDS:
                    cur[f] = ""
                arts[cur["id"]] = cur
            continue
        if mode == "head":
            if ":" in line:
                k, v = line.split(":", 1)
                head[k.strip()] = v.strip()
        elif mode == "art":
            if cur.get("_intext"):
                if line.strip():
                    cur["text"].append(line.strip())
                continue
            if not line.strip():
                continue
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "text":
                cur["_intext"] = True
            elif k == "head":
                cur["head"].append(v)
            elif k == "by":
                cur["by"].append(v)
            elif k in FIELDS:
                cur[k] = v
            else:
                cur["opts"][k] = v
        else:
            if line.strip():
                layout.append(line.strip())
    return {"head": head, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- tokenising
TOK = re.compile(r"[0-9][0-9.,:%×]*%?|[A-Za-z]+|" + CUT + "|" + BRK + "|.", re.S)


def tokens(s: str) -> list[str]:
    return TOK.findall(s)


def is_num(t: str) -> bool:
    return bool(re.match(r"[0-9]", t))


def is_cjk(t: str) -> bool:
    return len(t) == 1 and "\u3400" <= t <= "\u9fff"


def wrap(text: str, width: float, indent: float) -> list[list[str]]:
    """Wrap one paragraph into column lines (token lists).  CUT / BRK tokens are
    kept: BRK forces a line end, CUT marks a piece boundary at the next line end."""
    lines, cur, w = [], [], indent
    toks = tokens(text)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == BRK:
            lines.append(cur)
            cur, w = [], 0.0
            i += 1
            continue
        if t == CUT:
            cur.append(t)
            i += 1
            continue
        tw = em(t)
        if cur and w + tw > width + 1e-9:
            # kinsoku: closing punctuation stays on the line it closes
            if t in CLOSE:
                cur.append(t)
                i += 1
                continue
            # an opening mark never ends a line
            if cur[-1] in OPEN:
                moved = cur.pop()
                lines.append(cur)
                cur, w = [moved], em(moved)
                continue
            lines.append(cur)
            cur, w = [], 0.0
        cur.append(t)
        w += tw
        i += 1
    if cur:
        lines.append(cur)
    return [l for l in lines if [t for t in l if t != CUT]] or [[]]


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.src = parse(path)
        h = self.src["head"]
        self.h = h
        self.rng = random.Random(path.name)
        self.layout = h["layout"]
        self.punct = h.get("punct", "full")
        self.width = float(h.get("width", 17))
        self.numspace = float(h.get("numspace", 0))
        self.spread = float(h.get("spread", 0))
        self.gap = float(h.get("gap", 0))
        self.qspace = float(h.get("qspace", 0))
        self.pct = float(h.get("pctgap", 0))
        self.count = Counter()
        self.pieces = {}
        for a in self.src["arts"].values():
            self.pieces[a["id"]] = self.make_pieces(a)

    # ---- rendering of one column line
    def render_line(self, toks: list[str], last: bool) -> str:
        toks = [t for t in toks if t not in (CUT, BRK)]
        c = self.count
        ninner = sum(1 for t in toks[:-1] if t in PAUSE)
        spread = (self.layout == "column" and not last and len(toks) >= 8 and
                  self.rng.random() < self.spread * (1.0 if ninner else 0.3))
        out = []
        if spread:
            c["justified line spread with spaces"] += 1
            for k, t in enumerate(toks):
                out.append(t)
                if k < len(toks) - 1 and t not in CLOSE - {"%"} and not (t in OPEN and self.rng.random() < 0.5):
                    out.append(" ")
            return "".join(out).strip()
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if is_num(t) and self.numspace:
                if t.endswith("%") and self.pct and self.rng.random() < self.pct:
                    t = t[:-1] + " %"
                    c["glyph-gap space before %"] += 1
                if (is_cjk(prev) or prev in PAUSE) and self.rng.random() < self.numspace:
                    out.append(" ")
                    c["space before a number run"] += 1
                out.append(t)
                if is_cjk(nxt) and self.rng.random() < self.numspace * 0.75:
                    out.append(" ")
                    c["space after a number run"] += 1
                continue
            if t in PAUSE and k and self.gap and self.rng.random() < self.gap:
                out.append(" ")
                c["glyph-gap space before full-width punctuation"] += 1
            out.append(t)
            if t == "“" and nxt and self.qspace and self.rng.random() < self.qspace:
                out.append(" ")
                c["space after an opening quote"] += 1
        return re.sub(r" +", " ", "".join(out)).strip()

    # ---- pieces of an article body: list of (raw lines, gold text)
    def make_pieces(self, a: dict):
        opts = a["opts"]
        paras = [p[3:] if p.startswith("## ") else p for p in a["text"]]
        pieces, cur_lines, cur_gold = [], [], []
        dl = a["dateline"]
        if self.layout == "column" and opts.get("wrap") != "no":
            width = float(opts.get("width", self.width))
            for n, p in enumerate(paras):
                is_sub = a["text"][n].startswith("## ")
                text = (dl + p) if (n == 0 and dl) else p
                if n == 0 and dl and BRK in dl:
                    self.count["line break inside a dateline"] += dl.count(BRK)
                lines = wrap(text, width, 0.0 if is_sub or (n == 0 and dl and opts.get("dlindent") == "0") else 2.0)
                for li, lt in enumerate(lines):
                    if lt and lt[0] == CUT:
                        if cur_lines:
                            pieces.append((cur_lines, "".join(cur_gold)))
                            cur_lines, cur_gold = [], []
                        lt = lt[1:]
                    cur_lines.append(self.render_line(lt, li == len(lines) - 1))
                    cur_gold.append("".join(t for t in lt if t not in (CUT, BRK)))
                    if CUT in lt:
                        pieces.append((cur_lines, "".join(cur_gold)))
                        cur_lines, cur_gold = [], []
        else:
            for n, p in enumerate(paras):
                text = (dl + p) if (n == 0 and dl) else p
                text = text.replace(BRK, "")
                parts = text.split(CUT)
                for k, part in enumerate(parts):
                    if part:
                        cur_lines.append(part)
                        cur_gold.append(part)
                    if k < len(parts) - 1:
                        pieces.append((cur_lines, "".join(cur_gold)))
                        cur_lines, cur_gold = [], []
        if cur_lines:
            pieces.append((cur_lines, "".join(cur_gold)))
        if len(pieces) > 1:
            self.count["article body cut into pieces"] += 1
        return pieces

    def gold_article(self, a: dict) -> dict:
        P = lambda s: conv(s.replace(BRK, "").replace(CUT, ""), self.punct)
        paras = [P(p[3:] if p.startswith("## ") else p) for p in a["text"]]
        subs = [P(p[3:]) for p in a["text"] if p.startswith("## ")]
        # A piece whose headline is never printed (a photo with its caption
        # alone) has none in the gold, as the seeds' untitled photos.
        shown = (lambda s: P(s)) if a["head"] else (lambda s: "")
        return {"kind": a["kind"], "column": P(a["column"]), "kicker": shown(a["kicker"]),
                "title": shown(a["title"]), "subtitle": shown(a["subtitle"]), "byline": P(a["byline"]),
                "dateline": P(a["dateline"]), "continued": P(a["continued"]),
                "subheads": subs, "paragraphs": paras}

    def build(self):
        blocks = []          # each block: list of lines printed with no blank between
        extras, dups = [], []
        arts = self.src["arts"]
        seen_body, seen_piece = set(), {}
        order = []           # article ids in first-print order
        markers = {}
        c = self.count
        for item in self.src["layout"]:
            op, _, rest = item.partition(" ")
            if op in ("X", "X+"):
                lines = [conv(x.strip(), self.punct) for x in rest.split(" // ")]
                blocks.append(lines)
                sq = "".join(x.strip() for x in lines)
                if op == "X+" and extras:
                    extras[-1] += sq
                else:
                    extras.append(sq)
                c["furniture / box line (extra)"] += len(lines)
                continue
            aid, _, arg = rest.partition(" ")
            aid, _, rng_s = aid.partition(".")
            a = arts[aid]
            if aid not in order:
                order.append(aid)
            if op == "H":
                hl = a["head"]
                if arg:
                    idx = []
                    for part in arg.split(","):
                        lo, _, hi = part.partition("-")
                        idx += list(range(int(lo), int(hi or lo) + 1))
                    hl = [hl[i] for i in idx]
                for hline in hl:
                    blocks.append([conv(x.strip(), self.punct) for x in hline.split(" // ")])
                if aid in seen_body:
                    c["headline printed after its body"] += 1
                c["headline lines printed"] += len(hl)
            elif op == "Y":
                for bl in a["by"]:
                    blocks.append([conv(x.rstrip(), self.punct) for x in bl.split(" // ")])
                c["byline/credit line printed apart"] += len(a["by"])
            elif op == "M":
                blocks.append([conv(arg, self.punct)])
                markers.setdefault(aid, []).append(conv(arg, self.punct))
                c["jump marker line"] += 1
            elif op in ("B", "D"):
                pcs = self.pieces[aid]
                lo, _, hi = rng_s.partition("-")
                lo = int(lo or 0)
                hi = int(hi) if hi else (lo if rng_s else len(pcs) - 1)
                if rng_s == "":
                    lo, hi = 0, len(pcs) - 1
                sel = pcs[lo:hi + 1]
                lines = [conv(l, self.punct) for pc in sel for l in pc[0]]
                if arg.startswith("^"):
                    mk = conv(arg[1:], self.punct)
                    lines[0] = mk + lines[0]
                    markers.setdefault(aid, []).append(mk)
                    c["jump marker run into a text line"] += 1
                elif arg == "+by":
                    lines[-1] = lines[-1] + "  " + conv(a["by"][0], self.punct)
                    c["credit on the caption line"] += 1
                if op == "D":
                    for pc in sel:
                        dups.append(conv(pc[1], self.punct))
                    c["text printed twice (duplicate)"] += 1
                else:
                    for k in range(lo, hi + 1):
                        seen_piece.setdefault(aid, set()).add(k)
                    if aid in seen_body and lo > 0 and (lo - 1) not in seen_piece[aid] - set(range(lo, hi + 1)):
                        pass
                    if aid in seen_body:
                        c["story continued after a piece of another story"] += 1
                    seen_body.add(aid)
                for l in lines:
                    blocks.append([l])
            else:
                raise SystemExit(f"{self.path.name}: bad layout line {item!r}")
        # every piece printed exactly once
        for aid, pcs in self.pieces.items():
            got = seen_piece.get(aid, set())
            if got != set(range(len(pcs))):
                raise SystemExit(f"{self.path.name}: {aid} pieces printed {sorted(got)} of {len(pcs)}")
        text = "\n\n".join("\n".join(b) for b in blocks) + "\n"
        golds = [self.gold_article(arts[aid]) for aid in order]
        return text, golds, extras, dups, markers, order


def build_all():
    out = {}
    pages = []
    phen = Counter()
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(src)
        text, golds, extras, dups, markers, order = pg.build()
        h = pg.h
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold = {"source": name + ".txt", "issue_date": h["date"],
                "issue_number": int(h["issue_number"]) if h.get("issue_number") else None,
                "page_count": int(h["page_count"]) if h.get("page_count") else None,
                "articles": golds, "extras": extras, "duplicates": dups}
        out[f"pages/{name}.txt"] = text
        out[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        # raw jump markers, kept for the export a perfect segmenter would print
        out_m = {str(order.index(k)): v for k, v in markers.items()}
        phen.update(pg.count)
        pages.append({"file": name + ".txt", "date": h["date"], "page": h["page"],
                      "layout": pg.layout, "punct": pg.punct, "articles": len(golds),
                      "chars": len(re.sub(r"\s", "", text)), "subjects": h.get("subjects", ""),
                      "markers": out_m, "src": src.name})
    # phenomena counted on the sources themselves
    for src in sorted(SRC.glob("p*.txt")):
        s = parse(src)
        for a in s["arts"].values():
            phen["headline lines in stacks (source)"] += 0
            if a["column"]:
                phen["article with a column label"] += 1
            if a["subtitle"].startswith("——"):
                phen["dash-led subtitle"] += 1
            if any(" " in x for x in (a["title"],)) and a["title"]:
                phen["two-phrase title split at a space"] += 1
            if any(x.startswith("## ") for x in a["text"]):
                phen["feature with crossheads"] += 1
            if a["kind"] == "photo":
                phen["photo news"] += 1
            if a["kind"] == "continuation":
                phen["continuation (上接)"] += 1
            if a["continued"].startswith("下转"):
                phen["jump out (下转)"] += 1
            if "文丨" in a["byline"]:
                phen["副刊 essay byline 文丨X"] += 1
    del phen["headline lines in stacks (source)"]
    rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(phen.items(), key=lambda x: (-x[1], x[0])))
    ptab = "\n".join(
        f"| {p['file']} | {p['date']} | {p['page']} | {p['layout']} | {p['punct']} | {p['articles']} | {p['chars']} | {p['subjects']} |"
        for p in pages)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + rows)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + ptab)
    out["README.md"] = readme
    out["markers.json"] = json.dumps({p["file"]: p["markers"] for p in pages}, ensure_ascii=False, indent=1) + "\n"
    return out, pages, phen


def main():
    out, pages, phen = build_all()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(pages)} pages")


if __name__ == "__main__":
    main()
