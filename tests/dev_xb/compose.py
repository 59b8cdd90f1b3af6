#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py

Reads src/pNN.txt, writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and
README.md (README.in with its tables filled). Standard library only; every
small choice comes from a random.Random seeded by the source file name, so a
rebuild is byte-for-byte identical.

Source format (one file per page):

    #meta                      key: value lines (no, date, page, layout, punct,
                               issue_number, page_count, subjects)
    #art ID                    an article: key: value lines (kind, column, kicker,
                               title, subtitle, byline, dateline, continued, width,
                               nums, quote), then a line `---`, then one paragraph
                               a line; `## ` starts a subhead; `¦` marks a cut
                               (the body is printed in segments split there);
                               `/` inside a head, byline or dateline marks where
                               the print breaks the line (not kept in the gold)
    #layout                    one operation a line, in print order (see OPS)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = "，。、；：？！”’）》…,.;:?!)"
HUG_AFTER = "（《(‘"          # no space after these in a spread line
HUG_BEFORE = "（《“(）》)"     # no space before these in a spread line
TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-]*%?|.")
NUMRUN = re.compile(r"^[0-9][0-9.%+\-]*$|^[A-Za-z][0-9A-Za-z.+\-]*$")

# ---------------------------------------------------------------- parsing


def parse(path: Path) -> dict:
    meta, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("%"):           # comment
            continue
        if line == "#meta":
            mode = "meta"
            continue
        if line.startswith("#art "):
            cur = {"id": line.split()[1], "paras": [], "in_body": False}
            arts[cur["id"]] = cur
            order.append(cur["id"])
            mode = "art"
            continue
        if line == "#layout":
            mode = "layout"
            continue
        if not line.strip():
            continue
        if mode == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif mode == "art":
            if cur["in_body"]:
                cur["paras"].append(line.strip())
            elif line.strip() == "---":
                cur["in_body"] = True
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif mode == "layout":
            layout.append(line.strip())
    return {"meta": meta, "arts": arts, "order": order, "layout": layout}


def punct(s: str, mode: str) -> str:
    """The page's punctuation width: full, mixed (half brackets), half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def nospace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def gold_head(s: str) -> str:
    return s.replace("/", "")


# ---------------------------------------------------------------- widths


def em(tok: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 and c not in "“”‘’" else 1.0 for c in tok)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_num(tok: str) -> bool:
    return bool(NUMRUN.match(tok)) and len(tok) > 0 and tok[0].isalnum()


class Page:
    def __init__(self, src: dict, name: str):
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(name)
        self.layout = self.meta["layout"]
        self.pmode = self.meta.get("punct", "full")
        self.out: list[str] = []     # printed lines (None = forced no-gap join marker)
        self.stats = Counter()
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.prefix = ""
        self.last_seg = None
        self.arts = {}
        for aid in src["order"]:
            a = src["arts"][aid]
            self.arts[aid] = self.prepare(a)

    # -- article text -------------------------------------------------
    def prepare(self, a: dict) -> dict:
        P = lambda s: punct(s, self.pmode)   # noqa: E731
        segs = [[]]        # list of segments; a segment = list of (kind, text, first_piece)
        subheads = []
        paras_gold = []
        for p in a["paras"]:
            if p.startswith("## "):
                t = P(p[3:].strip())
                subheads.append(t)
                paras_gold.append(nospace(t))
                segs[-1].append(("sub", t))
                continue
            p = P(p)
            pieces = p.split("¦")
            paras_gold.append(nospace("".join(pieces)))
            for i, piece in enumerate(pieces):
                if i > 0:
                    segs.append([])
                    self.stats["paragraph cut (story continues elsewhere)"] += 1
                segs[-1].append(("para" if i == 0 else "cont", piece))
        g = {
            "kind": a.get("kind", "news"),
            "column": P(a.get("column", "")),
            "kicker": P(gold_head(a.get("kicker", ""))),
            "title": P(gold_head(a.get("title", ""))),
            "subtitle": P(gold_head(a.get("subtitle", ""))),
            "byline": P(re.sub(r"\s*/\s*", " ", a.get("byline", ""))).strip(),
            "dateline": P(a.get("dateline", "").replace("/", "")),
            "continued": P(a.get("continued", "")),
            "subheads": subheads,
            "paragraphs": paras_gold,
        }
        return {"src": a, "gold": g, "segs": segs, "printed": set(),
                "width": float(a.get("width", "17")),
                "nums": a.get("nums", self.rng.choice(["both", "before", "none", "both"])),
                "quote": a.get("quote", "0") == "1",
                "dl": P(a.get("dateline", ""))}

    # -- output helpers ------------------------------------------------
    def emit(self, line: str, gap: bool = True):
        if self.prefix:
            line = self.prefix + line
            self.prefix = ""
        self.out.append((line, gap))

    def render_page(self) -> str:
        parts = []
        if self.layout == "paragraph":
            parts.append("\n")
        for i, (line, gap) in enumerate(self.out):
            if i:
                parts.append("\n\n" if gap else "\n")
            parts.append(line)
        parts.append("\n\n\n" if self.layout == "paragraph" else "\n")
        return "".join(parts)

    # -- column rendering ------------------------------------------------
    def num_spaced(self, toks, mode, quote):
        """Join tokens of a normal (not spread) column line with the layout
        spaces the extraction leaves around number runs."""
        s = ""
        for i, t in enumerate(toks):
            if is_num(t) and t[0].isdigit() and mode != "none":
                if s and not s.endswith((" ",) + tuple("“（(") + tuple(CLOSE)):
                    s += " "
                    self.stats["space around a number run"] += 1
                s += t
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if mode == "both" and nxt and nxt not in CLOSE and not is_num(nxt):
                    s += " "
                continue
            if t in "，、；。" and s and not s.endswith(" ") and self.rng.random() < 0.02:
                s += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            s += t
            if t == "“" and quote and i + 1 < len(toks):
                s += " "
                self.stats["space after an opening quote"] += 1
        return s

    def spread(self, toks):
        self.stats["justified column line spread with spaces"] += 1
        s = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a in CLOSE or a in HUG_AFTER or b in HUG_BEFORE:
                s += b
            else:
                s += " " + b
        return s

    def wrap(self, text: str, width: float, art: dict):
        """Fill column lines of `width` em. Returns printed lines."""
        toks = tokens(text)
        lines = []
        cur, w, i = [], 0.0, 0
        while i < len(toks):
            t = toks[i]
            tw = em(t)
            hang = t in CLOSE and cur and cur[-1] not in CLOSE and w + tw <= width + 1
            if w + tw <= width or not cur or hang:
                cur.append(t)
                w += tw
                i += 1
                continue
            short = False
            if t in CLOSE:                        # no line starts with closing punctuation
                while cur and len(cur) > 1:
                    back = cur.pop()
                    i -= 1
                    w -= em(back)
                    if back not in CLOSE:
                        break
                short = True
                self.stats["line pulled short (closing punctuation)"] += 1
            elif cur and cur[-1] in "“（《(":      # nor ends with opening punctuation
                cur.pop()
                i -= 1
                short = True
            elif is_num(t):
                short = width - w >= 1
            lines.append((cur, short or (width - w >= 1.5)))
            cur, w = [], 0.0
        if cur:
            lines.append((cur, None))
        out = []
        for toks_, short in lines:
            n_p = sum(1 for t in toks_ if t in "，、；。：")
            if short is None:
                out.append(self.num_spaced(toks_, art["nums"], art["quote"]))
            elif short or (n_p >= 1 and self.rng.random() < 0.07):
                out.append(self.spread(toks_))
            else:
                out.append(self.num_spaced(toks_, art["nums"], art["quote"]))
        return out

    def dateline_lines(self, art, width):
        """Column layout: the dateline is set inline before the first paragraph,
        breaking only between its words (or where `/` says)."""
        dl = art["dl"]
        mode = art["nums"]
        if mode != "none":
            dl = re.sub(r"(?<=报)(\d)", r" \1", dl)
            dl = re.sub(r"(?<=月)(\d)", r" \1", dl)
            if mode == "both":
                dl = re.sub(r"(\d)(?=[月日])", r"\1 ", dl)
        words = []
        for part in dl.split("/"):
            words.append(part.strip().split(" "))
        lines, cur = [], ""
        for gi, grp in enumerate(words):
            for wd in grp:
                cand = (cur + " " + wd) if cur else wd
                if em(cand.replace(" ", "")) <= width or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    self.stats["line break inside a dateline"] += 1
                    cur = wd
            if gi < len(words) - 1:
                lines.append(cur)
                self.stats["line break inside a dateline"] += 1
                cur = ""
        # a line that opens with the dateline's end keeps at least four glyphs
        # before the closing bracket (a two-character name is not left alone)
        while lines and len(nospace(cur.split("）")[0].split(")")[0])) < 4 and " " in lines[-1]:
            head, _, last = lines[-1].rpartition(" ")
            lines[-1] = head
            cur = last + " " + cur
        return lines, cur

    # -- operations ------------------------------------------------------
    def op_body(self, aid, rng_spec, extra_flags):
        art = self.arts[aid]
        segs = art["segs"]
        if rng_spec is None:
            lo, hi = 0, len(segs) - 1
        elif "-" in rng_spec:
            a, b = rng_spec.split("-")
            lo, hi = int(a), int(b) if b else len(segs) - 1
        else:
            lo = hi = int(rng_spec)
        for si in range(lo, hi + 1):
            if si in art["printed"]:
                raise SystemExit(f"segment {aid}:{si} printed twice")
            art["printed"].add(si)
            if si > 0:
                key = "paragraph split by a column break, nothing between" \
                    if self.last_seg == (aid, si - 1) else "story resumed after another story's text"
                self.stats[key] += 1
            self.last_seg = (aid, si)
            for k, (kind, text) in enumerate(segs[si]):
                first = si == 0 and k == 0
                if self.layout == "paragraph":
                    if kind == "sub":
                        self.emit(text)
                        continue
                    if first and art["dl"]:
                        dls = art["dl"].split("/")
                        for d in dls[:-1]:
                            self.emit(d.strip())
                            self.stats["line break inside a dateline"] += 1
                        self.emit(dls[-1].strip() + text)
                    else:
                        self.emit(text)
                else:
                    width = art["width"]
                    if kind == "sub":
                        self.emit(text)
                        continue
                    if first and art["dl"]:
                        dlines, tail = self.dateline_lines(art, width)
                        for j, d in enumerate(dlines):
                            self.emit((" " if j == 0 and "lead" in extra_flags else "") + d)
                        lead = " " if "lead" in extra_flags and not dlines else ""
                        room = width - em(tail.replace(" ", ""))
                        toks = tokens(text)
                        take, w = [], 0.0
                        while toks and w + em(toks[0]) <= room:
                            take.append(toks.pop(0))
                            w += em(take[-1])
                        while take and toks and toks[0] in CLOSE:
                            toks.insert(0, take.pop())
                        self.emit(lead + tail + self.num_spaced(take, art["nums"], art["quote"]))
                        for ln in (self.wrap("".join(toks), width, art) if toks else []):
                            self.emit(ln)
                    else:
                        for ln in self.wrap(text, width, art):
                            self.emit(ln)

    def head_lines(self, aid, one=False):
        g = self.arts[aid]["src"]
        parts = []
        for key in ("kicker", "title", "subtitle"):
            v = punct(g.get(key, ""), self.pmode)
            if v:
                parts.append(v)
        if one:
            return [" ".join(p.replace("/", "") for p in parts)]
        lines = []
        for p in parts:
            lines.extend(x.strip() for x in p.split("/"))
        return lines

    def run(self):
        head_gap = self.meta.get("headgap", "0") == "1"
        for op in self.src["layout"]:
            w = op.split()
            cmd = w[0]
            if cmd != "body":
                self.last_seg = None
            if cmd == "body":
                flags = [x for x in w[2:] if not re.match(r"^\d+(-\d*)?$", x)]
                spec = next((x for x in w[2:] if re.match(r"^\d+(-\d*)?$", x)), None)
                self.op_body(w[1], spec, flags)
            elif cmd == "head":
                aid, flags = w[1], w[2:]
                lines = self.head_lines(aid, one="one" in flags)
                if len(lines) > 1 and "one" not in flags:
                    self.stats["headline stack printed on several lines"] += 1
                if "one" in flags and len(self.head_lines(aid)) > 1:
                    self.stats["headline stack printed on one line"] += 1
                title = punct(self.arts[aid]["src"].get("title", ""), self.pmode)
                for j, ln in enumerate(lines):
                    self.emit(ln, gap=(j == 0) or head_gap or self.layout == "paragraph")
                    if "double" in flags and title and ln == title.split("/")[0].strip():
                        self.out[-1] = (ln + ln, self.out[-1][1])
                        self.dups.append(ln)
                        self.stats["headline drawn twice (doubled on one line)"] += 1
                    if "twice" in flags and ln == title.replace("/", ""):
                        self.emit(ln, gap=head_gap or self.layout == "paragraph")
                        self.dups.append(ln)
                        self.stats["headline drawn twice (two identical lines)"] += 1
                if "after" in flags:
                    self.stats["headline printed after its body"] += 1
                if "bunch" in flags:
                    self.stats["headline bunched with other stories' headlines"] += 1
                if any("/" in self.arts[aid]["src"].get(k, "") for k in ("title",)) \
                        and len(self.arts[aid]["src"]["title"].split("/")[-1]) <= 3:
                    self.stats["headline's last word alone on a line"] += 1
            elif cmd == "col":
                self.emit(punct(self.arts[w[1]]["src"]["column"], self.pmode))
                self.stats["column label on its own line"] += 1
            elif cmd == "by":
                b = punct(self.arts[w[1]]["src"]["byline"], self.pmode)
                parts = [x.strip() for x in b.split("/")]
                if len(parts) > 1:
                    self.stats["line break inside a byline"] += 1
                for j, ln in enumerate(parts):
                    self.emit(ln, gap=(j == 0) or self.layout == "paragraph")
            elif cmd == "photo":
                self.op_photo(w[1], w[2:])
            elif cmd in ("extra", "extra0"):
                pieces = [punct(x, self.pmode) for x in op.split(None, 1)[1].split("|")]
                for j, pc in enumerate(pieces):
                    self.emit(pc, gap=(j == 0) or cmd == "extra")
                self.extras.append(nospace("".join(pieces)))
                self.stats["page furniture / box lines (extras)"] += 1
            elif cmd == "mark":
                self.emit(punct(op.split(None, 1)[1], self.pmode))
                self.stats["jump marker line"] += 1
            elif cmd == "mark+":
                self.prefix = punct(op.split(None, 1)[1], self.pmode)
                self.stats["jump marker line"] += 1
            elif cmd == "dup":
                k = int(w[1])
                lines = [ln for ln, _ in self.out[-k:]]
                for ln in lines:
                    self.emit(ln)
                self.dups.append(nospace("".join(lines)))
                self.stats["lines printed twice"] += 1
            else:
                raise SystemExit(f"unknown op {op!r}")
        for aid, art in self.arts.items():
            missing = set(range(len(art["segs"]))) - art["printed"]
            if missing and art["src"].get("kind") not in ("photo",):
                raise SystemExit(f"{aid}: segments never printed: {sorted(missing)}")

    def op_photo(self, aid, flags):
        art = self.arts[aid]
        src = art["src"]
        P = lambda s: punct(s, self.pmode)   # noqa: E731
        art["printed"].update(range(len(art["segs"])))
        caps = [P(p) for p in src["paras"]]
        credit = P(src.get("byline", ""))
        if src.get("title") and "notitle" not in flags:
            for j, ln in enumerate(P(src["title"]).split("/")):
                self.emit(ln.strip(), gap=(j == 0) or self.layout == "paragraph")
        if "inline" in flags:                      # caption and credit run together
            for c in caps[:-1]:
                self.emit(c)
            self.emit(caps[-1] + credit)
        elif "tail" in flags:                      # wide caption, credit after two spaces
            width = 44.0
            for j, c in enumerate(caps):
                lines = []
                cur = ""
                for t in tokens(c):
                    if em(cur + t) > width and cur:
                        lines.append(cur)
                        cur = ""
                    cur += t
                lines.append(cur + ("  " + credit if j == len(caps) - 1 and credit else ""))
                for ln in lines:
                    self.emit(ln, gap=self.layout == "paragraph")
            self.stats["photo credit after the caption"] += 1
        else:                                       # credit right-aligned on its own line
            for c in caps:
                self.emit(c)
            if credit:
                self.emit(" " * self.rng.choice([18, 24, 30]) + credit)
                self.stats["credit right-aligned on its own line"] += 1

    # -- gold --------------------------------------------------------------
    def gold(self, source: str) -> dict:
        m = self.meta
        return {
            "source": source,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": [self.arts[a]["gold"] for a in self.src["order"]],
            "extras": self.extras,
            "duplicates": self.dups,
        }


def compose_all():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, totals = [], Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        src = parse(sp)
        pg = Page(src, sp.name)
        pg.run()
        text = pg.render_page()
        no = src["meta"]["no"]
        base = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{base}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(base + ".txt")
        (GOLD / f"{base}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        totals.update(pg.stats)
        m = src["meta"]
        rows.append((base + ".txt", m["date"], m.get("page", ""), m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), len(nospace(unicodedata.normalize("NFKC", text))), m.get("subjects", "")))
    return rows, totals


def readme(rows, totals):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        if v:
            ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    out = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(out, encoding="utf-8")


def main():
    rows, totals = compose_all()
    readme(rows, totals)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
