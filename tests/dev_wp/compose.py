#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) into raw page text
(pages/*.txt), gold annotations (gold/*.json) and README.md.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only.  Every small choice comes from random.Random seeded by
the source file name, so the output is byte-for-byte reproducible.
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
FIELDS = {"C": "column", "K": "kicker", "T": "title", "S": "subtitle",
          "B": "byline", "D": "dateline", "J": "continued"}
PUNCT_FW = "，。、；：？！）》”’"
CUT = "‖"           # cut point inside a paragraph: ‖ + one-letter type
CUT_TYPES = {"n": "cut between a figure and its unit", "v": "cut between a verb and its figure",
             "w": "cut inside a word", "q": "cut inside a quoted term", "m": "cut inside a name",
             "c": "paragraph split by a column break, nothing between", "s": "cut at a sentence end"}
CJK = re.compile(r"[\u4e00-\u9fff]")

# measured on seeds 000 and 004 (column layout), see README
P_SPREAD = 0.05                                  # 37 of 734 column lines are spread
NUM_SPACE = [(0.36, (1, 1)), (0.26, (1, 0)), (0.16, (0, 1)), (0.22, (0, 0))]   # 81/58/35/48 of 222 number runs


def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s)


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta: dict[str, str] = {}
        self.arts: dict[str, dict] = {}
        self.order: list[str] = []
        self.layout: list[str] = []
        self.stats: Counter = Counter()
        self.parse(path.read_text(encoding="utf-8"))

    # ------------------------------------------------------------ parsing
    def punct(self, s: str) -> str:
        mode = self.meta.get("punct", "full")
        if mode in ("halfbr", "half"):
            s = s.replace("（", "(").replace("）", ")")
        if mode == "half":
            s = s.replace("，", ",").replace("；", ";").replace("：", ":")
        return s

    def parse(self, text: str):
        cur = None
        for raw in text.splitlines():
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                name, *opts = line[3:].split()
                if name == "layout":
                    cur = "layout"
                    continue
                cur = {"id": name, "kind": "news", "paras": [], "heads": [], "hl": None,
                       "M": "", "opts": {}}
                for o in opts:
                    k, _, v = o.partition("=")
                    cur["opts"][k] = v
                cur["kind"] = cur["opts"].get("kind", "news")
                self.arts[name] = cur
                self.order.append(name)
                continue
            if cur is None:
                k, _, v = line.partition(":")
                self.meta[k.strip()] = v.strip()
            elif cur == "layout":
                self.layout.append(line.strip())
            else:
                k, _, v = line.partition(":")
                k, v = k.strip(), self.punct(v.strip())
                if k in FIELDS:
                    cur[k] = v
                elif k == "L":
                    cur["hl"] = v
                elif k == "M":
                    cur["M"] = v
                elif k in ("P", "P#"):
                    cur["paras"].append(v)
                    if k == "P#":
                        cur["heads"].append(v)
                else:
                    raise SystemExit(f"{self.path.name}: unknown key {k!r}")
        for a in self.arts.values():
            segs = []
            for pi, p in enumerate(a["paras"]):
                parts = p.split(CUT)
                for si, part in enumerate(parts):
                    typ = ""
                    if si > 0:
                        typ, part = part[0], part[1:]
                    segs.append({"p": pi, "text": part, "first": si == 0,
                                 "last": si == len(parts) - 1, "cut_in": typ})
            a["segs"] = segs

    # ------------------------------------------------------------ gold
    @staticmethod
    def clean(s: str) -> str:
        return (s or "").replace("/", "").replace("＋", "")

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras = [re.sub(CUT + ".", "", p) for p in a["paras"]]
            g = {"kind": a["kind"]}
            for k in "CKTSBDJ":
                g[FIELDS[k]] = self.clean(a.get(k, ""))
            g["subheads"] = list(a["heads"])
            g["paragraphs"] = paras
            arts.append(g)
        issue = self.meta.get("issue") or None
        pc = self.meta.get("pages")
        return {"source": fname, "issue_date": self.meta["date"], "issue_number": issue,
                "page_count": int(pc) if pc else None, "articles": arts,
                "extras": self.extras, "duplicates": self.dups}

    # ------------------------------------------------------------ printing helpers
    def deco(self, line: str) -> str:
        """PDF artefacts of a column-layout line: spaces around number runs,
        glyph gaps before full-width punctuation / %, space after an opening quote."""
        rng = self.rng

        def num(m):
            s = m.group(0)
            r = rng.random()
            acc = 0.0
            for p, (b, a) in NUM_SPACE:
                acc += p
                if r < acc:
                    break
            st, en = m.start(), m.end()
            before = b and st > 0 and line[st - 1] != " "
            after = a and en < len(line) and line[en] not in " ，。、；：%"
            if before or after:
                self.stats["space around a number run"] += 1
            return (" " if before else "") + s + (" " if after else "")
        out = re.sub(r"\d[\d.]*", num, line)
        if "%" in out and rng.random() < 0.15:
            out = out.replace("%", " %", 1)
            self.stats["glyph-gap space before %"] += 1
        m = re.search(r"[\u4e00-\u9fff%]([、，；])", out)
        if m and rng.random() < 0.05:
            out = out[:m.start(1)] + " " + out[m.start(1):]
            self.stats["glyph-gap space before full-width punctuation"] += 1
        if out.startswith("“") and rng.random() < 0.4:
            out = "“ " + out[1:]
            self.stats["space after an opening quote"] += 1
        return out

    @staticmethod
    def spread(line: str) -> str:
        out = []
        toks = re.findall(r"[0-9A-Za-z.%]+|.", line)
        for i, t in enumerate(toks):
            out.append(t)
            if i < len(toks) - 1 and t not in PUNCT_FW + ",;:)":
                out.append(" ")
        return "".join(out).replace("  ", " ")

    def wrap(self, text: str, width: float, justify=True, guard: int = 0) -> list[str]:
        """Cut text into printed column lines of `width` em; '/' forces a break."""
        lines, cur, w = [], "", 0.0
        target = width
        pieces = text.split("/")
        for pi, piece in enumerate(pieces):
            toks = re.findall(r"[0-9A-Za-z.%]+|.", piece)
            i = 0
            while i < len(toks):
                c = toks[i]
                cw = em(c)
                if w + cw > target + 0.01 and cur and not (c in PUNCT_FW and w <= target + 0.01):
                    lines.append((cur, target < width))
                    cur, w = "", 0.0
                    target = width - 2 if (justify and self.rng.random() < P_SPREAD) else width
                    continue
                cur += c
                w += cw
                i += 1
            if pi < len(pieces) - 1:
                lines.append((cur, False))
                self.stats["forced line break inside a dateline/byline/headline"] += 1
                cur, w = "", 0.0
        if cur:
            lines.append((cur, False))
        if guard:      # keep at least 4 characters of a dateline's tail together
            pos = 0
            for k in range(len(lines) - 1):
                pos += len(lines[k][0])
                if guard - 4 < pos < guard:
                    mv = pos - (guard - 4)
                    ln, sh = lines[k]
                    lines[k] = (ln[:-mv], sh)
                    lines[k + 1] = (ln[-mv:] + lines[k + 1][0], lines[k + 1][1])
                    pos -= mv
        out = []
        for k, (ln, short) in enumerate(lines):
            last = k == len(lines) - 1
            if short and not last:
                self.stats["justified line spread with spaces"] += 1
                out.append(self.spread(ln))
            else:
                out.append(self.deco(ln))
        return out

    # ------------------------------------------------------------ layout
    def emit(self, lines, glue=False):
        """A block: lines printed one after another (no blank between when glue)."""
        if glue:
            self.blocks.append(list(lines))
        else:
            for ln in lines:
                self.blocks.append([ln])

    def head_lines(self, a) -> list[str]:
        spec = a["hl"] or ("C/K/T/S" if self.col else "C/K+T+S")
        seen, out = Counter(), []
        for part in spec.split("/"):
            pieces = []
            for tok in part.split("+"):
                k, mult = tok[0], 2 if tok.endswith("2") else 1
                v = a.get(k, "")
                if not v:
                    continue
                seen[k] += 1
                if seen[k] > 1:      # the same part drawn again on a line of its own
                    self.dups.append(self.clean(v))
                    self.stats["headline drawn twice (two identical lines)"] += 1
                if mult == 2:
                    self.dups.append(self.clean(v))
                    self.stats["headline drawn twice (doubled on one line)"] += 1
                pieces.append(v * mult if "/" not in v else v)
            if not pieces:
                continue
            text = " ".join(pieces)
            sub = [s.strip() for s in text.split("/")]
            if len(sub) > 1:
                self.stats["headline split over lines (last word alone)"] += 1
            out.extend(s for s in sub if s)
        return out

    def run(self):
        self.col = self.meta["layout"] == "column"
        width = float(self.meta.get("width", "17"))
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        printed: list[str] = []
        done_segs: dict[str, int] = Counter()
        for cmd in self.layout:
            op, *args = cmd.split(" ", 1)
            arg = args[0] if args else ""
            n0 = len(self.blocks)
            if op == "mast":
                pieces = [p.strip() for p in self.meta["masthead"].split(" / ")]
                self.extras.append("".join(p.replace(" ", "") for p in pieces))
                self.stats["masthead piece lines"] += len(pieces)
                self.stats["masthead pieces merged on one line"] += sum(" " in p for p in pieces)
                for p in pieces:
                    self.emit([p])
            elif op == "head":
                a = self.arts[arg]
                hl = self.head_lines(a)
                self.stats[f"headline stack of {len(hl)} printed line(s)"] += 1
                self.emit(hl, glue=self.col)
            elif op == "by":
                a = self.arts[arg]
                parts = [s.strip() for s in a["B"].split("/")]
                if len(parts) > 1:
                    self.stats["byline broken over lines"] += 1
                self.emit(parts, glue=self.col)
            elif op == "body":
                aid, rng_ = arg.split()
                a = self.arts[aid]
                lo, _, hi = rng_.partition("-")
                lo = int(lo)
                hi = int(hi) if hi else len(a["segs"]) - 1
                w = float(a["opts"].get("w", width))
                chunks = []          # (first seg index, text): same-paragraph segs joined
                for si in range(lo, hi + 1):
                    seg = a["segs"][si]
                    text = seg["text"]
                    if si == 0:
                        d = a.get("D", "")
                        if a["M"] and a["kind"] == "continuation":
                            text = a["M"] + text
                            self.extras.append(a["M"])
                            self.stats["jump marker (上接)"] += 1
                        text = d + text if self.col else d.replace("/", "") + text
                    if chunks and not seg["first"] and si > lo and seg["cut_in"] != "c":
                        chunks[-1][1] += text
                    else:
                        chunks.append([si, text])
                if hi + 1 < len(a["segs"]) and not a["segs"][hi + 1]["first"]:
                    self.stats[CUT_TYPES[a["segs"][hi + 1]["cut_in"]]] += 1
                for si in range(lo + 1, hi + 1):
                    if a["segs"][si]["cut_in"] == "c":
                        self.stats[CUT_TYPES["c"]] += 1
                if done_segs[aid] != lo:
                    self.stats["story resumed after a piece of another story"] += 1
                done_segs[aid] = hi + 1
                for si, text in chunks:
                    g = len(a.get("D", "").replace("/", "")) + (len(a["M"]) if a["kind"] == "continuation" else 0)
                    self.emit(self.wrap(text, w, guard=g if si == 0 else 0) if self.col else [text])
            elif op == "jump":
                a = self.arts[arg]
                self.extras.append(a["M"])
                self.stats["jump marker (下转)"] += 1
                self.emit([a["M"]])
            elif op == "photo":
                a = self.arts[arg]
                head = self.head_lines(a) if a.get("T") else []
                if head:
                    self.emit(head, glue=self.col)
                for si, seg in enumerate(a["segs"]):
                    cap = seg["text"]
                    if si == len(a["segs"]) - 1 and a.get("B") and a["opts"].get("credit") != "own":
                        cap = cap + "  " + a["B"]
                    if self.col:
                        self.emit(self.wrap_caption(cap))
                    else:
                        self.emit([cap])
                if a.get("B") and a["opts"].get("credit") == "own":
                    self.stats["credit right-aligned on its own line"] += 1
                    self.emit([" " * 24 + a["B"]])
            elif op == "line":
                self.extras.append(arg)
                self.stats["box line (countdown, code prompt, label)"] += 1
                self.emit([arg])
            elif op == "dup":
                n = int(arg)
                txt = printed[-n]
                self.dups.append(txt.strip())
                self.stats["line printed twice"] += 1
                self.emit([txt])
            elif op == "gap":
                for _ in range(int(arg)):
                    self.blocks.append([])
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {op}")
            for b in self.blocks[n0:]:
                printed.extend(x for x in b if x.strip())
        self.check_all_printed(done_segs)
        return self.render()

    def wrap_caption(self, cap: str) -> list[str]:
        out, cur, w = [], "", 0.0
        for c in cap:
            if w + em(c) > 46 and cur:
                out.append(cur)
                cur, w = "", 0.0
            cur += c
            w += em(c)
        out.append(cur)
        return out

    def check_all_printed(self, done):
        for aid, a in self.arts.items():
            if a["kind"] == "photo":
                continue
            if done[aid] != len(a["segs"]):
                raise SystemExit(f"{self.path.name}: {aid} printed {done[aid]} of {len(a['segs'])} segments")

    def render(self) -> str:
        out = []
        if not self.col:
            out.extend(["", ""])
        for b in self.blocks:
            if not b:              # gap marker: an extra blank line
                out.append("")
                continue
            out.extend(b)
            out.append("")
        text = "\n".join(out)
        if self.col:
            text = " " + text.rstrip("\n") + "\n"
        else:
            text = text.rstrip("\n")
        return text


def md_table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    total = Counter()
    rows = []
    for i, sp in enumerate(srcs, 1):
        pg = Page(sp)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (outdir / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (outdir / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stats)
        total["pages"] += 1
        m = pg.meta
        rows.append([f"`{name}.txt`", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), len(re.sub(r"\s", "", text)), m.get("subjects", "")])
    phen = md_table(sorted(total.items()), ["phenomenon", "count"])
    pages = md_table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles",
                            "characters", "subjects"])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", pages)
    (outdir / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
