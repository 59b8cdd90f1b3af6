#!/usr/bin/env python3
"""Lay out the page sources of src/ into pages/*.txt, gold/*.json and README.md.

    python3 compose.py [OUTDIR]

Standard library only. Every small choice comes from a random.Random seeded by
the source file name, so a rebuild is byte-for-byte identical.
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

CLOSING = set("，。、；：？！”’）》…%,.;:?!)")
NO_SPACE_BEFORE = set("》）“‘《（)")
NO_SPACE_AFTER_OPEN = set("（《(")
OPENING = set("“‘（《(")
FULLPUNCT = set("，。、；：？！“”‘’（）《》—…·")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
PHENOMENA = [
    ("spread", "justified column lines spread with spaces"),
    ("numspace", "spaces put around number / Latin runs"),
    ("gapspace", "glyph-gap spaces around full-width punctuation or before %"),
    ("quotespace", "space after an opening quote"),
    ("head_after", "headlines printed after their body"),
    ("head_bunch", "headlines bunched with other stories' headlines"),
    ("head_double_line", "headline doubled on one line"),
    ("head_twice", "headline drawn as two identical lines"),
    ("head_lone_word", "headline's last word left alone on a line"),
    ("head_join", "headline parts joined on one line by a space"),
    ("label_line", "column label (栏目) lines"),
    ("dateline_break", "line breaks inside a dateline (date, names, before 通讯员)"),
    ("byline_break", "line breaks inside a byline"),
    ("dup_line", "lines printed twice"),
    ("mast_piece", "masthead pieces"),
    ("box_line", "short box lines (countdown, code prompt, framed label)"),
    ("jump_marker", "jump markers (下转 / 上接)"),
    ("cut_piece", "paragraph pieces continued after another story's piece"),
    ("col_split", "paragraphs split by a column break with nothing between"),
    ("credit_own", "photo credits on a line of their own (right-aligned in column pages)"),
    ("credit_inline", "photo credits run on after the caption"),
    ("photo", "photo stories"),
]


# ---------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page = {"articles": [], "layout_ops": [], "name": path.stem}
    cur = None
    mode = "page"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            tag = line[3:].strip()
            if tag == "layout":
                mode = "layout"
                continue
            mode = "article"
            cur = {"id": tag, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "prefix": "", "width": None, "paras": []}
            page["articles"].append(cur)
            continue
        if mode == "layout":
            page["layout_ops"].append(line.strip())
            continue
        if mode == "article" and line.startswith("> "):
            cur["paras"].append(("p", line[2:].strip()))
            continue
        if mode == "article" and line.startswith("## "):
            cur["paras"].append(("h", line[3:].strip()))
            continue
        key, _, val = line.strip().partition(" ")
        val = val.strip()
        if mode == "page":
            page[key] = val
        else:
            if key == "width":
                cur["width"] = float(val)
            else:
                cur[key] = val
    return page


# ---------------------------------------------------------------- text helpers
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}


def punct(s: str, style: str) -> str:
    if style == "full":
        return s
    if style == "mixhalf":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        return "".join(HALF.get(c, c) for c in s)
    raise ValueError(style)


def plain(s: str, sep_slash: str = "", sep_bar: str = " ") -> str:
    """Field text as the gold keeps it: '/' breaks vanish, '|' breaks become a space."""
    return s.replace("¦", "").replace("/", sep_slash).replace("|", sep_bar)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_ascii_run_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in ".%+-~/:" )


def tokenize(text: str, units: bool = False) -> list[str]:
    """Characters, with runs of digits/Latin (and a trailing %) kept whole.
    With units=True, space-separated chunks after the first are unbreakable."""
    if units:
        parts = text.split(" ")
        toks = tokenize(parts[0])
        for p in parts[1:]:
            toks.append(" ")
            toks.append(p)
        return toks
    toks, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isascii() and c.isalnum():
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".%" ) \
                    and not (text[j] == "." and (j + 1 >= len(text) or not text[j + 1].isalnum())):
                j += 1
            toks.append(text[i:j])
            i = j
        else:
            toks.append(c)
            i += 1
    return toks


def tok_width(t: str) -> float:
    if t == " ":
        return 0.5
    if t in FULLPUNCT or t in CLOSING or t in OPENING:
        return 0.5 if len(t) == 1 else 1.0
    w = 0.0
    for c in t:
        w += 0.5 if c.isascii() else 1.0
    return w


def is_cjk(t: str) -> bool:
    return len(t) >= 1 and not t[0].isascii() and t[0] not in FULLPUNCT and t[0] not in CLOSING \
        and t[0] not in OPENING and t != " "


def is_run(t: str) -> bool:
    return t != " " and t[0].isascii() and t[0].isalnum()


# ---------------------------------------------------------------- page builder
class Builder:
    def __init__(self, page: dict, rng: random.Random, stats: Counter):
        self.page = page
        self.rng = rng
        self.stats = stats
        self.out: list[str] = []          # raw lines (blank lines included)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.mast: list[str] = []
        self.arts = {a["id"]: a for a in page["articles"]}
        self.layout = page["layout"]
        self.style = page.get("punct", "full")
        self.numsp = page.get("numsp", "none")
        self.width = float(page.get("width", 17))
        self.pieces = {}
        self.printed = Counter()
        self.head_seen = {}
        for a in page["articles"]:
            ps = []
            for pi, (kind, text) in enumerate(a["paras"]):
                parts = text.split("¦")
                for k, part in enumerate(parts):
                    ps.append({"text": punct(part.strip() if kind == "h" else part, self.style),
                               "para": pi, "first": k == 0, "head": kind == "h",
                               "cont": k > 0})
            self.pieces[a["id"]] = ps

    # -- raw output
    def emit(self, line: str, blank_after: int = 1):
        self.out.append(line)
        for _ in range(blank_after):
            self.out.append("")

    def P(self, s: str) -> str:
        return punct(s, self.style)

    # -- spacing of a laid-out line
    def render(self, toks: list[str], spread: bool) -> str:
        s = ""
        prev = None
        for t in toks:
            if prev is not None:
                sp = False
                if t == " " or prev == " ":
                    sp = False
                elif spread:
                    sp = not (prev in CLOSING or t in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER_OPEN
                              or prev[-1] in "%" and t in CLOSING and False)
                else:
                    if is_run(t) and is_cjk(prev) and self.numsp in ("both", "before", "mix"):
                        sp = self.numsp != "mix" or self.rng.random() < 0.6
                        if sp:
                            self.stats["numspace"] += 1
                    elif is_run(prev) and is_cjk(t) and self.numsp in ("both", "mix"):
                        sp = self.numsp == "both" or self.rng.random() < 0.5
                        if sp:
                            self.stats["numspace"] += 1
                    elif t in "，、。；" and self.rng.random() < 0.03 and self.numsp != "none":
                        sp = True
                        self.stats["gapspace"] += 1
                    elif prev == "“" and self.rng.random() < 0.12 and self.numsp != "none":
                        sp = True
                        self.stats["quotespace"] += 1
                s += " " if sp else ""
            if t == " ":
                s += " "
            elif spread or not (is_run(t) and t.endswith("%") and self.numsp != "none"
                                and self.rng.random() < 0.06):
                s += t
            else:
                s += t[:-1] + " %"
                self.stats["gapspace"] += 1
            prev = t
        return s

    # -- column flow: returns lines
    def flow(self, toks: list[str], width: float, indent: float, last_is_end: bool,
             forced: set[int] = frozenset()) -> list[str]:
        lines = []
        i = 0
        first = True
        n = len(toks)
        while i < n:
            cap = width - (indent if first else 0)
            cur, w = [], 0.0
            while i < n:
                t = toks[i]
                if i in forced and cur:
                    break
                tw = tok_width(t)
                if t == " " and not cur:
                    i += 1
                    continue
                if w + tw <= cap + 1e-9:
                    cur.append(t)
                    w += tw
                    i += 1
                    continue
                # hanging closing punctuation
                if t in CLOSING and len(t) == 1 and w + tw <= cap + 0.5 + 1e-9:
                    cur.append(t)
                    w += tw
                    i += 1
                break
            # no opening punctuation at a line end
            while len(cur) > 1 and cur[-1] in OPENING and i < n:
                cur.pop()
                i -= 1
                w -= 0.5
            while cur and cur[-1] == " ":
                cur.pop()
                w -= 0.5
            ended = i >= n
            slack = cap - w
            spread = (not ended or not last_is_end) and slack >= 1.0 and " " not in cur \
                and not (i in forced) and not (first and self.in_lead)
            if spread and ended and not last_is_end:
                spread = False
            if spread:
                self.stats["spread"] += 1
            lines.append(self.render(cur, spread))
            first = False
        return lines

    # -- headline pieces
    def field_lines(self, a: dict, key: str) -> list[str]:
        val = a[key]
        if not val:
            return []
        parts = re.split(r"[/|]", self.P(val))
        if len(parts) > 1:
            if key in ("title", "kicker", "subtitle") and len(parts[-1]) <= 4:
                self.stats["head_lone_word"] += 1
            if key == "byline":
                self.stats["byline_break"] += 1
        return parts

    def op_head(self, a: dict, spec: list[str]):
        names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        seen = self.head_seen.setdefault(a["id"], Counter())
        for item in spec:
            if item == "t2":
                t = self.P(plain(a["title"]))
                self.emit(t + t)
                self.dups.append(t)
                self.stats["head_double_line"] += 1
                continue
            keys = item.split("+")
            if len(keys) > 1:
                self.stats["head_join"] += 1
                line = " ".join(self.P(plain(a[names[k]])) for k in keys)
                self.emit(line)
                for k in keys:
                    seen[k] += 1
                continue
            k = item
            seen[k] += 1
            lines = self.field_lines(a, names[k])
            if seen[k] > 1:
                self.dups.append(self.P(plain(a[names[k]])))
                self.stats["head_twice"] += 1
            if k == "c":
                self.stats["label_line"] += 1
            for ln in lines:
                self.emit(ln)

    def op_body(self, a: dict, rng_spec: str | None, opts: set[str]):
        ps = self.pieces[a["id"]]
        if rng_spec is None:
            lo, hi = 0, len(ps) - 1
        else:
            m = re.fullmatch(r"(\d+)(?:-(\d*))?", rng_spec)
            lo = int(m.group(1))
            hi = lo if m.group(2) is None else (int(m.group(2)) if m.group(2) else len(ps) - 1)
        for idx in range(lo, hi + 1):
            pc = ps[idx]
            key = (a["id"], idx)
            self.printed[key] += 1
            text = pc["text"]
            lead = ""
            dl_forced = []
            if idx == 0:
                pre = self.P(a["prefix"]) if a["prefix"] else ""
                dl = self.P(a["dateline"]) if a["dateline"] else ""
                lead = pre + dl
            if pc["cont"]:
                prevkey = (a["id"], idx - 1)
                if self.last_piece == prevkey:
                    self.stats["col_split"] += 1
                else:
                    self.stats["cut_piece"] += 1
            if self.layout == "para":
                if "/" in lead or "|" in lead:
                    self.stats["dateline_break"] += 1
                    segs = re.split(r"[/|]", lead)
                    for sg in segs[:-1]:
                        self.emit(sg)
                    lead = segs[-1]
                self.emit(lead + text)
            else:
                width = a["width"] or self.width
                toks = []
                forced = set()
                if lead:
                    segs = re.split(r"([/|])", lead)
                    for sg in segs:
                        if sg in "/|" and sg:
                            forced.add(len(toks))
                            if sg == "/":
                                self.stats["dateline_break"] += 1
                            continue
                        toks += tokenize(sg, units=True)
                    if any(t.startswith("通讯员") for t in toks):
                        pass
                    lead_leading = " " if "lead_space" in opts else ""
                else:
                    lead_leading = ""
                toks += tokenize(text)
                self.in_lead = bool(lead)
                if pc["head"]:
                    lines = [self.render(tokenize(text), False)]
                else:
                    last_piece_of_para = idx + 1 >= len(ps) or not ps[idx + 1]["cont"]
                    indent = 2.0 if (pc["first"] and not lead) or (pc["first"] and lead) else 0.0
                    if lead and a["kind"] == "continuation":
                        indent = 0.0
                    lines = self.flow(toks, width, indent, last_piece_of_para, forced)
                    if lead and len(lines) > 1:
                        # a dateline's names broke across lines
                        self.stats["dateline_break"] += 1
                if lines and lead_leading:
                    lines[0] = lead_leading + lines[0]
                for ln in lines:
                    self.emit(ln)
            self.last_piece = key

    def op_caption(self, a: dict, how: str, width: float | None):
        caps = [self.P(plain(t)) for _, t in a["paras"]]
        credit = self.P(plain(a["byline"], " ", " ")) if a["byline"] else ""
        self.stats["photo"] += 1
        for idx in range(len(self.pieces[a["id"]])):
            self.printed[(a["id"], idx)] += 1
        lines = []
        for cap in caps:
            if self.layout == "column" and width:
                toks = tokenize(cap)
                cl, cur, w = [], [], 0.0
                for t in toks:
                    if w + tok_width(t) > width and t not in CLOSING:
                        cl.append(self.render(cur, False))
                        cur, w = [], 0.0
                    cur.append(t)
                    w += tok_width(t)
                if cur:
                    if cl and sum(tok_width(t) for t in cur) < 6:
                        cl[-1] = cl[-1] + self.render(cur, False)
                    else:
                        cl.append(self.render(cur, False))
                lines += cl
            else:
                lines.append(cap)
        if credit and how == "inline":
            lines[-1] = lines[-1] + (" " if self.layout == "column" else "") + credit
            self.stats["credit_inline"] += 1
        for ln in lines:
            self.emit(ln)
        if credit and how == "own":
            pad = " " * 24 if self.layout == "column" else ""
            self.emit(pad + credit)
            self.stats["credit_own"] += 1

    def run(self):
        self.last_piece = None
        self.in_lead = False
        # headline placement, counted from the layout script
        body_seen, prev_head = set(), False
        for op in self.page["layout_ops"]:
            parts = op.split()
            if parts[0] == "head":
                if parts[1] in body_seen:
                    self.stats["head_after"] += 1
                if prev_head:
                    self.stats["head_bunch"] += 1
                prev_head = True
            else:
                prev_head = False
            if parts[0] == "body":
                body_seen.add(parts[1])
        for op in self.page["layout_ops"]:
            parts = op.split()
            cmd = parts[0]
            if cmd == "mast":
                text = op[5:].strip()
                self.stats["mast_piece"] += 1
                if text.endswith(" ~"):
                    text = text[:-2]
                    self.emit(text, 0)
                else:
                    self.emit(text)
                self.mast.append(text)
            elif cmd == "box":
                text = op[4:].strip()
                self.extras.append(text)
                self.stats["box_line"] += 1
                self.emit(text)
            elif cmd == "gap":
                for _ in range(int(parts[1])):
                    self.out.append("")
            elif cmd == "marker":
                self.emit(op[7:].strip())
                self.stats["jump_marker"] += 1
            elif cmd == "head":
                self.op_head(self.arts[parts[1]], parts[2:])
            elif cmd == "body":
                a = self.arts[parts[1]]
                rs = parts[2] if len(parts) > 2 and parts[2][0].isdigit() else None
                self.op_body(a, rs, set(parts[2:]))
            elif cmd == "caption":
                a = self.arts[parts[1]]
                how = parts[2] if len(parts) > 2 else "own"
                width = float(parts[3]) if len(parts) > 3 else None
                self.op_caption(a, how, width)
            elif cmd == "byline":
                for ln in self.field_lines(self.arts[parts[1]], "byline"):
                    self.emit(ln)
            elif cmd == "label":
                self.emit(self.P(plain(self.arts[parts[1]]["column"])))
                self.stats["label_line"] += 1
            elif cmd == "credit":
                a = self.arts[parts[1]]
                self.emit(" " * 24 + self.P(plain(a["byline"], " ")))
                self.stats["credit_own"] += 1
            elif cmd == "dup":
                last = [l for l in self.out if l.strip()][-1]
                self.emit(last)
                self.dups.append(squash(last))
                self.stats["dup_line"] += 1
            elif cmd == "count":
                self.stats[parts[1]] += int(parts[2])
            else:
                raise ValueError(f"{self.page['name']}: unknown op {op!r}")
        # every piece printed exactly once
        for aid, ps in self.pieces.items():
            for idx in range(len(ps)):
                if self.printed[(aid, idx)] != 1:
                    raise ValueError(f"{self.page['name']}: piece {aid}/{idx} printed "
                                     f"{self.printed[(aid, idx)]} times")
        while self.out and not self.out[-1]:
            self.out.pop()
        return "\n".join(self.out) + "\n"


def gold_article(a: dict, style: str) -> dict:
    P = lambda s: punct(s, style)
    paras = [squash(P(plain(t))) for _, t in a["paras"]]
    subs = [squash(P(plain(t))) for k, t in a["paras"] if k == "h"]
    g = {"kind": a["kind"], "column": P(plain(a["column"])), "kicker": P(plain(a["kicker"])),
         "title": P(plain(a["title"])), "subtitle": P(plain(a["subtitle"])),
         "byline": P(plain(a["byline"], " ", " ")),
         "dateline": P(plain(a["dateline"], "", " ")),
         "continued": a["continued"], "subheads": subs, "paragraphs": paras}
    return g


def build_page(src: Path, stats_all: Counter):
    page = parse_source(src)
    rng = random.Random(src.name)
    stats = Counter()
    b = Builder(page, rng, stats)
    text = b.run()
    stats_all.update(stats)
    extras = []
    if b.mast:
        extras.append("".join(squash(m) for m in b.mast))
    extras += [squash(e) for e in b.extras]
    pid = page["page"]
    name = f"{pid}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    gold = {"source": name + ".txt", "issue_date": page["date"],
            "issue_number": int(page["issue"]) if page.get("issue") else None,
            "page_count": int(page["pages"]) if page.get("pages") else None,
            "articles": [gold_article(a, b.style) for a in page["articles"]],
            "extras": extras, "duplicates": b.dups}
    info = {"file": name + ".txt", "date": page["date"], "pageno": page.get("pageno", ""),
            "layout": page["layout"], "punct": page.get("punct", "full"),
            "articles": len(page["articles"]), "chars": len(squash(text)),
            "subjects": page.get("subjects", ""), "stats": stats}
    return name, text, gold, info


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    stats = Counter()
    infos = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        name, text, gold, info = build_page(src, stats)
        (out / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (out / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        infos.append(info)
    # README
    ph = ["| phenomenon | count |", "|---|---:|"]
    for key, label in PHENOMENA:
        ph.append(f"| {label} | {stats[key]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for i in infos:
        pt.append(f"| {i['file']} | {i['date']} | {i['pageno']} | {i['layout']} | {i['punct']} | "
                  f"{i['articles']} | {i['chars']} | {i['subjects']} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("@PHENOMENA@", "\n".join(ph)).replace("@PAGES@", "\n".join(pt))
    (out / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(infos)} pages into {out}")


if __name__ == "__main__":
    main()
