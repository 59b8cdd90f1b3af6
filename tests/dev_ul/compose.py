#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only. Deterministic: every small choice is drawn from a
random.Random seeded by the source file name.
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

CUT = "‖"        # cut point inside a paragraph (a piece ends here)
BRK = "¦"        # forced line break (short line, never justified)
HBR = "^"        # line break point inside a headline field
TIGHT = "⏎"      # newline with no blank line, inside a literal layout line

CLOSE = "，。、；：？！）”》’…"     # may not begin a line
OPEN = "（“《‘"
SPACE_BEFORE_IN_SPREAD = "，。、；：？！”"
FIELDS = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
          "by": "byline", "date": "dateline", "cont": "continued"}


# ----------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"extras": [], "arts": {}, "order": [], "layout": [], "name": path.stem}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if in_layout:
            page["layout"].append(line)
            continue
        if line.startswith("PAGE "):
            for k, v in re.findall(r"(\w+)=(\S+)", line[5:]):
                page[k] = v.replace("_", " ") if k == "subjects" else v
        elif line.startswith("EXTRA "):
            page["extras"].append(line[6:])
        elif line.startswith("ART "):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "paras": [], "subheads": []}
            page["arts"][aid] = cur
            page["order"].append(aid)
        elif line == "LAYOUT":
            in_layout = True
        else:
            key, _, val = line.partition(": ")
            key = key.strip()
            if key in FIELDS:
                cur[FIELDS[key]] = val
            elif key == "p":
                cur["paras"].append(val)
            elif key == "h":
                cur["paras"].append(val)
                cur["subheads"].append(val)
            else:
                raise SystemExit(f"{path}: cannot read {line!r}")
    return page


# ----------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    if mode in ("full", "mixed"):   # sources typed with half-width marks take the page's width
        s = re.sub(r"(?<=[^\x00-\x7f]),|,(?=[^\x00-\x7f])", "，", s)
        s = re.sub(r"(?<=[^\x00-\x7f]);|;(?=[^\x00-\x7f])", "；", s)
        s = re.sub(r"(?<=[^\x00-\x7f]):|:(?=[^\x00-\x7f])", "：", s)
        s = s.replace("(", "（").replace(")", "）")
    if mode == "mixed":          # full-width commas, half-width brackets
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":           # half-width , ( ) ; :
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BRK, "").replace(HBR, "")


def head_clean(s: str) -> str:
    return s.replace(HBR, "")


# ----------------------------------------------------------------- column text
def is_ascii_run(c: str) -> bool:
    return ord(c) < 128 and not c.isspace()


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if is_ascii_run(c) and c not in "(),;:":
            j = i
            while j < len(text) and is_ascii_run(text[j]) and text[j] not in "(),;:":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def width(tok: str) -> float:
    if tok == BRK:
        return 0
    if len(tok) == 1 and ord(tok) >= 128:
        return 1.0
    return 0.5 * len(tok)


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class Composer:
    def __init__(self, page: dict, stats: Counter):
        self.p = page
        self.rng = random.Random(page["name"])
        self.stats = stats
        self.mode = page.get("punct", "full")
        self.layout = page["layout_kind"]
        self.w = 17.0
        self.out: list[list] = []      # [text, sep_before]
        self.dups: list[str] = []
        self.extras: list[str] = []
        self.ptr = {}                  # article id -> (para index, char offset)

    # -- text of an article body, with the dateline glued to paragraph 0
    def body_text(self, a: dict) -> list[str]:
        paras = [punct(x, self.mode) for x in a["paras"]]
        if a["dateline"] and paras:
            paras[0] = punct(a["dateline"], self.mode) + paras[0]
        return paras

    def emit(self, text: str, sep: str = "\n\n"):
        self.out.append([text, sep])

    # -- spacing artefacts on a column line
    def space_line(self, toks: list[str], spread: bool) -> str:
        if spread:
            toks = [t for t in toks if t != " "]
            self.stats["justified lines spread with spaces"] += 1
            s = ""
            for k, t in enumerate(toks):
                if k == 0:
                    s = t
                    continue
                prev = toks[k - 1]
                if prev in CLOSE and prev not in "”":
                    s += t
                elif prev == "”" and t in OPEN:
                    s += t
                elif t in OPEN:
                    s += t
                elif prev in "（《":
                    s += t
                elif t in "）》":
                    s += t
                else:
                    s += " " + t
            return s
        s = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if len(t) >= 1 and is_ascii_run(t[0]) and t not in ("", BRK) and t not in "(),;:":
                if prev and is_cjk(prev[-1]) and self.rng.random() < 0.9:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                if "%" in t and t.endswith("%") and len(t) > 1 and self.rng.random() < 0.12:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and is_cjk(nxt[0]) and self.rng.random() < 0.45:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if t == "“" and k + 1 < len(toks) and self.rng.random() < 0.08:
                s += t + " "
                self.stats["space after an opening quote"] += 1
                continue
            if t in "，、；" and k and self.rng.random() < 0.03:
                s += " " + t
                self.stats["glyph-gap space before full-width punctuation"] += 1
                continue
            s += t
        return s.replace("  ", " ")

    def column_lines(self, text: str, start: int, cut_at: int | None,
                     guard: int = 0) -> tuple[list[str], int]:
        """Wrap text[start:] at self.w; stop after the line holding cut_at.
        guard: length of a dateline at the start of text; no line may begin with
        fewer than 4 of its characters (the dateline's tail stays readable)."""
        toks_all = tokens(text[start:])
        pos = start
        lines = []
        i = 0
        while i < len(toks_all):
            line, used = [], 0.0
            forced = False
            while i < len(toks_all):
                t = toks_all[i]
                if t == BRK:
                    i += 1
                    pos += 1
                    forced = True
                    self.stats["forced line breaks (dateline, byline, 通讯员)"] += 1
                    break
                if t == CUT:
                    i += 1
                    pos += 1
                    continue
                wt = width(t)
                if used + wt <= self.w or not line:
                    line.append(t)
                    used += wt
                    pos += len(t)
                    i += 1
                    continue
                if t in CLOSE and len(line) > 3 and is_cjk(line[-1][-1]) \
                        and toks_all[i - 1] == line[-1] and self.rng.random() < 0.5:
                    # no closing punct at a line start: push the last character down
                    # with it (the line comes out short and is spread) ...
                    back = line.pop()
                    used -= width(back)
                    pos -= len(back)
                    i -= 1
                    break
                if t in CLOSE:                       # ... or squeeze the mark into the line
                    line.append(t)
                    used += wt
                    pos += len(t)
                    i += 1
                break
            while guard and len(line) > 1 and pos < guard and \
                    len(re.sub(r"[\s¦‖]", "", text[pos:guard])) < 4:   # dateline tail too short
                t = line.pop()
                used -= width(t)
                pos -= len(t)
                i -= 1
                while toks_all[i] != t:
                    i -= 1
            while len(line) > 1 and line[-1] in OPEN:      # no opening punct at a line end
                t = line.pop()
                used -= width(t)
                pos -= len(t)
                i -= 1
                while toks_all[i] != t:
                    i -= 1
            while i < len(toks_all) and toks_all[i] == CUT:
                i += 1
                pos += 1
            last = i >= len(toks_all)
            slack = self.w - used
            spread = (not forced) and (not last) and slack >= 1 and len(line) > 3
            lines.append(re.sub(r" {2,}", " ", self.space_line(line, spread)).strip())
            if cut_at is not None and pos >= cut_at:
                return lines, pos
        return lines, pos

    # -- B op
    def body(self, aid: str, count: str, sep_first: str):
        a = self.p["arts"][aid]
        paras = self.body_text(a)
        pi, off = self.ptr.get(aid, (0, 0))
        if pi >= len(paras):
            raise SystemExit(f"{self.p['name']}: body of {aid} already printed")
        pieces = 10 ** 6 if count == "*" else int(count or 1)
        first = True
        while pieces > 0 and pi < len(paras):
            text = paras[pi]
            nxt = text.find(CUT, off)
            if self.layout == "column":
                guard = len(punct(a["dateline"], self.mode)) if pi == 0 and a["dateline"] else 0
                lines, newoff = self.column_lines(text, off, nxt if nxt >= 0 else None, guard)
                for ln in lines:
                    self.emit(ln, sep_first if first else "\n\n")
                    first = False
                if nxt >= 0 and newoff < len(text):
                    off = newoff
                    pieces -= 1
                    self.stats["column breaks inside a paragraph"] += 1
                    continue
                pi, off = pi + 1, 0
                pieces -= 1
            else:
                seg = text[off:nxt] if nxt >= 0 else text[off:]
                for k, part in enumerate(seg.replace(CUT, "").split(BRK)):
                    part = part.strip() if k else part
                    self.emit(part, (sep_first if first else "\n\n") if k == 0 else "\n")
                    first = False
                if nxt >= 0:
                    off = nxt + 1
                    pieces -= 1
                    self.stats["paragraphs cut between pieces"] += 1
                    continue
                pi, off = pi + 1, 0
                pieces -= 1
        self.ptr[aid] = (pi, off)

    # -- placeholder text
    def fill(self, s: str) -> str:
        def rep(m):
            aid, field = m.group(1), m.group(2)
            part = m.group(3)
            a = self.p["arts"][aid]
            key = FIELDS.get(field, field)
            if key.startswith("p") and key[1:].isdigit():
                val = clean(a["paras"][int(key[1:])])
            else:
                val = a[key]
            val = punct(val, self.mode)
            if part == "!":
                return head_clean(val)
            if part:
                return val.split(HBR)[int(part) - 1].strip()
            return re.sub(r"\s*[\^¦]\s*", TIGHT, val)
        return re.sub(r"\{(\w+)\.(\w+)(?:\.(\d|!))?\}", rep, s)

    def run(self):
        for op in self.p["layout"]:
            tag = ""
            if " #" in op:
                op, tag = op.split(" #", 1)
                self.stats[tag.strip()] += 1
            sep = "\n\n"
            if op.startswith("&"):
                sep, op = "\n", op[1:]
            join = op.startswith("+")
            if join:
                op = op[1:]
            cmd, _, arg = op.partition(" ")
            if cmd == "W":
                self.w = float(arg)
                continue
            if cmd == "G":
                self.emit("", "\n" * int(arg))
                self.out[-1][0] = None
                continue
            if cmd == "B":
                aid, _, cnt = arg.partition(" ")
                self.body(aid, cnt, sep)
                continue
            if cmd == "D":                      # the previous line printed again
                prev = [o for o in self.out if o[0]][-1][0]
                self.emit(prev, sep)
                self.dups.append(re.sub(r"\s+", "", prev))
                self.stats["lines printed twice"] += 1
                continue
            if cmd == "X2":                     # a headline field drawn twice on one line
                txt = self.fill("{" + arg + ".!}")
                self.emit(txt + txt, sep)
                self.dups.append(re.sub(r"\s+", "", txt))
                self.stats["headline drawn twice on one line"] += 1
                continue
            if cmd == "E":                      # a box line / furniture: printed and listed in extras
                self.emit(self.fill(arg), sep)
                self.extras.append(punct(self.fill(arg), self.mode).strip())
                self.stats["short box lines (countdowns, code prompts, labels)"] += 1
                continue
            if cmd in ("T", "R"):
                txt = self.fill(arg)
                if cmd == "R":
                    pad = int(self.w * 2 + 8 - len(txt) * 2) if self.layout == "column" else 24
                    txt = " " * max(pad, 6) + txt
                    self.stats["credits right-aligned on their own line"] += 1
                parts = txt.split(TIGHT)
                for k, part in enumerate(parts):
                    if k == 0 and join:
                        self.out[-1][0] += ("  " if cmd == "R" else " ") + part.lstrip()
                    else:
                        self.emit(part, sep if k == 0 else "\n")
                continue
            raise SystemExit(f"{self.p['name']}: unknown layout op {op!r}")
        text = ""
        for k, (ln, sep) in enumerate(self.out):
            if ln is None:
                text += sep
                continue
            text += (sep if k else "") + ln
        return text.rstrip("\n") + "\n"


# ----------------------------------------------------------------- gold
def gold_article(a: dict, mode: str) -> dict:
    g = {"kind": a["kind"], "column": punct(a["column"], mode)}
    for f in ("kicker", "title", "subtitle"):
        g[f] = punct(head_clean(a[f]), mode)
    g["byline"] = punct(clean(a["byline"]), mode)
    g["dateline"] = punct(clean(a["dateline"]), mode)
    g["continued"] = punct(a["continued"], mode)
    g["subheads"] = [punct(clean(s), mode) for s in a["subheads"]]
    g["paragraphs"] = [punct(clean(p), mode) for p in a["paras"]]
    return g


def build(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    stats = Counter()
    rows = []
    for sp in srcs:
        page = parse(sp)
        page["layout_kind"] = page.get("kind", "column")
        comp = Composer(page, stats)
        text = comp.run()
        name = f"{page['no']}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (outdir / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        mode = page.get("punct", "full")
        gold = {"source": f"{name}.txt", "issue_date": page["date"],
                "issue_number": page.get("issue"),
                "page_count": int(page["count"]) if page.get("count") else None,
                "articles": [gold_article(page["arts"][a], mode) for a in page["order"]],
                "extras": [punct(x, mode) for x in page["extras"]] + comp.extras,
                "duplicates": comp.dups}
        (outdir / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        kinds = Counter(a["kind"] for a in gold["articles"])
        rows.append(f"| {name}.txt | {page['date']} | {page['page']} | {page['kind']} | "
                    f"{ {'full': 'full-width', 'mixed': 'full commas, half brackets', 'half': 'half-width ,();:'}[mode]} | "
                    f"{len(gold['articles'])} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) | "
                    f"{nchar} | {page.get('subjects', '')} |")
        stats["pages"] += 1
    ptab = ["| phenomenon | count |", "|---|---|"]
    ptab += [f"| {k} | {v} |" for k, v in sorted(stats.items()) if k != "pages"]
    gtab = ["| file | issue date | page | layout | punctuation | articles | chars (no whitespace) | subjects |",
            "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    (outdir / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
