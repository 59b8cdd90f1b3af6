#!/usr/bin/env python3
"""Lay out the page sources src/p*.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice comes from random.Random(<source file name>),
so running this twice gives byte-identical output.  See README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = "‖"
FW_PUNCT = "，。、；：？！）》”’」"
OPENERS = "“‘（《「"

PHEN = [
    ("spread", "justified column lines spread with spaces"),
    ("numspace", "spaces around number runs (column pages)"),
    ("quotespace", "space after an opening quote"),
    ("glyphgap", "glyph-gap space before full-width punctuation"),
    ("pctgap", "space before %"),
    ("head_after", "headline printed after its body"),
    ("head_bunch", "headlines bunched with other stories' headlines"),
    ("head_join", "headline stack joined on one line"),
    ("head_tight", "headline parts on consecutive lines (no blank)"),
    ("head_split", "headline's last word left alone on a line"),
    ("head_double", "headline drawn twice on one line"),
    ("head_twice", "headline drawn as two identical lines"),
    ("col_before", "column label printed before its piece"),
    ("col_after", "column label printed after its piece"),
    ("dl_break", "line break inside a dateline (date / names / before 通讯员)"),
    ("by_break", "line break between a byline's names"),
    ("byline_first", "feature / commentary byline alone on its first line(s)"),
    ("dupline", "raw line printed twice"),
    ("duppiece", "body piece printed twice"),
    ("mast", "masthead pieces (drawing order, some merged)"),
    ("box", "short box lines (countdown, code prompt, notice frame)"),
    ("credit_right", "photo credit right-aligned on its own line"),
    ("credit_inline", "photo credit at the end of the caption line"),
    ("credit_below", "photo credit on its own line under the caption"),
    ("marker", "jump markers (下转 / 上接 / 紧接)"),
    ("cut", "paragraph cut and continued after another story's piece"),
    ("cut_v", "  of which: between a verb and its figure"),
    ("cut_u", "  of which: between a figure and its unit"),
    ("cut_w", "  of which: inside a word"),
    ("cut_q", "  of which: inside a quoted term"),
    ("cut_n", "  of which: inside a name"),
    ("colbreak", "paragraph split by a column break with nothing between"),
    ("subhead", "crossheads (subheads)"),
]

PUNCT_MAPS = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def conv(s: str, style: str) -> str:
    for a, b in PUNCT_MAPS[style].items():
        s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Remove cut marks (with optional [tag]) from source text."""
    return re.sub(CUT + r"(\[[a-z]\])?", "", s)


def is_ascii_tok(c: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z.%+/×\-]", c))


def tokens(s: str) -> list[str]:
    out = re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+/\-]*|.", s)
    return out


def tw(t: str) -> float:
    w = 0.0
    for c in t:
        if c == " ":
            continue
        w += 0.5 if (ord(c) < 0x2000 and c not in "“”‘’") else 1.0
    return w


class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {"col": "", "kick": "", "title": "", "sub": "", "by": "", "dl": "", "cont": ""}
        self.paras: list[list[tuple[str, str]]] = []   # paragraph -> pieces (text, tag of cut after)
        self.sub_idx: set[int] = set()
        self.width = None

    def pieces(self):
        out = []
        for pi, p in enumerate(self.paras):
            for k, (t, tag) in enumerate(p):
                out.append((pi, k, t, tag, k == len(p) - 1))
        return out


def parse(path: Path):
    meta, arts, layout, mast = {}, OrderedDict(), [], []
    cur, in_layout = None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                in_layout, cur = True, None
                continue
            cur = Article(head[0], head[1])
            for opt in head[2:]:
                if opt.startswith("w="):
                    cur.width = float(opt[2:])
            arts[cur.id] = cur
            continue
        if in_layout:
            layout.append(line.split(None, 1) if " " in line else [line])
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            if key == "mast":
                mast = [x.strip() for x in val.split("/")]
            else:
                meta[key] = val
            continue
        if key in cur.f:
            cur.f[key] = val
        elif key in ("p", "sh"):
            if key == "sh":
                cur.sub_idx.add(len(cur.paras))
            parts = re.split(CUT + r"(\[[a-z]\])?", val)
            texts, tags = parts[0::2], parts[1::2]
            pieces = []
            for i, t in enumerate(texts):
                tag = tags[i] if i < len(tags) else None
                pieces.append((t, (tag or "[x]")[1] if i < len(tags) else ""))
            cur.paras.append(pieces)
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout, mast


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta, self.arts, self.layout, self.mast = parse(path)
        self.rng = random.Random(path.name)
        m = self.meta
        self.date, self.pageno = m["date"], int(m["page"])
        self.mode, self.punct = m["layout"], m["punct"]
        self.width = float(m.get("width", "17"))
        self.numspace = float(m.get("numspace", "0.7"))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ph = Counter()
        self.printed = Counter()
        self.heads = Counter()

    # ---- text helpers -------------------------------------------------
    def c(self, s):
        return conv(s, self.punct)

    def render_normal(self, toks, at_start, at_end):
        out = ""
        for i, t in enumerate(toks):
            if is_ascii_tok(t[0]) and len(t) >= 1 and t[0].isdigit():
                pre = not (at_start and i == 0) and self.rng.random() < self.numspace
                body = t
                if body.endswith("%") and len(body) > 1 and self.rng.random() < 0.08:
                    body = body[:-1] + " %"
                    self.ph["pctgap"] += 1
                post = not (at_end and i == len(toks) - 1) and self.rng.random() < self.numspace
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt and nxt in FW_PUNCT and self.rng.random() < 0.5:
                    post = True
                if pre and out and not out.endswith(" "):
                    out += " "
                    self.ph["numspace"] += 1
                out += body
                if post:
                    out += " "
                continue
            if t in FW_PUNCT and out and not out.endswith(" ") and self.rng.random() < 0.02:
                out += " "
                self.ph["glyphgap"] += 1
            out += t
            if t == "“" and i + 1 < len(toks) and self.rng.random() < 0.15:
                out += " "
                self.ph["quotespace"] += 1
        return out.strip(" ")

    def render_spread(self, toks):
        out = ""
        for i, t in enumerate(toks):
            if i > 0:
                prev = toks[i - 1]
                if prev in FW_PUNCT or prev in "（《「":
                    pass
                elif t in "“（《「" :
                    pass
                else:
                    out += " "
                if prev == "“":
                    self.ph["quotespace"] += 1
                    if not out.endswith(" "):
                        out += " "
            out += t
        self.ph["spread"] += 1
        return out

    def wrap(self, text, width, final_natural=True, first_offset=0.0):
        """Greedy column wrap of text; returns list of (tokens, width)."""
        toks = text if isinstance(text, list) else tokens(text)
        lines, cur, w = [], [], first_offset
        for t in toks:
            tw_ = tw(t)
            if cur and w + tw_ > width:
                if t in FW_PUNCT:          # no line may start with closing punctuation
                    cur.append(t)
                    w += tw_
                    continue
                lines.append((cur, w))
                cur, w = [], 0.0
            cur.append(t)
            w += tw_
        if cur:
            lines.append((cur, w))
        return lines

    def col_lines(self, text, width, justify_last, prefix_lines=(), first_offset=0.0):
        lines = self.wrap(text, width, first_offset=first_offset)
        if first_offset:
            lines[0] = (lines[0][0], lines[0][1])
        out = list(prefix_lines)
        for i, (toks, w) in enumerate(lines):
            last = i == len(lines) - 1
            deficit = width - w
            if (not last or justify_last) and deficit >= 1.0 and len(toks) > 3:
                out.append(self.render_spread(toks))
            else:
                out.append(self.render_normal(toks, True, True))
        return out

    # ---- layout commands ----------------------------------------------
    def headline_parts(self, a):
        return [self.c(a.f[k]) for k in ("kick", "title", "sub") if a.f[k]]

    def cmd_head(self, a, style):
        parts = self.headline_parts(a)
        if style == "join":
            self.ph["head_join"] += 1
            self.blocks.append(" ".join(clean(p) for p in parts))
            return
        title = self.c(a.f["title"])
        lines = []
        for p in parts:
            if CUT in p:
                self.ph["head_split"] += 1
                lines.append("\n".join(p.split(CUT)))
            else:
                lines.append(p)
        if style in ("double", "twice"):
            self.ph["head_" + style] += 1
            i = parts.index(title)
            t = clean(title)
            lines[i] = t + t if style == "double" else t + "\n\n" + t
            self.dups.append(t)
        if style == "tight":
            self.ph["head_tight"] += 1
            self.blocks.append("\n".join(lines))
        else:
            self.blocks.append("\n\n".join(lines))

    def dateline_text(self, a):
        return self.c(a.f["dl"])

    def piece_lines(self, a, idx, lead=""):
        """Lines for piece idx of article a (dateline prefixed to piece 0)."""
        pcs = a.pieces()
        pi, k, text, tag, ends = pcs[idx]
        text = self.c(text)
        dl = self.dateline_text(a) if (pi == 0 and k == 0 and a.f["dl"]) else ""
        if dl and CUT in dl:
            self.ph["dl_break"] += dl.count(CUT)
        width = a.width or self.width
        if pi in a.sub_idx:
            self.ph["subhead"] += 1
            return [lead + text]
        if self.mode == "para":
            if dl:
                segs = dl.split(CUT)
                return [lead + segs[0]] + segs[1:-1] + [segs[-1] + text] if len(segs) > 1 else [lead + dl + text]
            return [lead + text]
        # column layout
        prefix = []
        off = 0.0
        if dl:
            segs = dl.split(CUT)
            for s in segs[:-1]:
                prefix.append(self.render_normal(tokens(lead + s), True, True))
                lead = ""
            tail = segs[-1]
            # the last 4 characters of a dateline never start a line alone
            # (the reader would see a 1-3 character scrap before the body)
            cut, seen = len(tail), 0
            while cut > 0 and seen < 4:
                cut -= 1
                seen += tail[cut] != " "
            text = tokens(lead + tail[:cut]) + [tail[cut:]] + tokens(text)
            lead = ""
        if isinstance(text, str):
            text = tokens(lead + text)
        off = 2.0 if (k == 0 and not prefix) else 0.0
        return self.col_lines(text, width, justify_last=not ends, prefix_lines=prefix, first_offset=off)

    def cmd_body(self, a, rng_spec, opts):
        n = len(a.pieces())
        if rng_spec in (None, "", "all"):
            lo, hi = 0, n - 1
        else:
            s, _, e = rng_spec.partition("-")
            lo = int(s)
            hi = int(e) if e else (lo if "-" not in rng_spec else n - 1)
        lead = ""
        for o in opts:
            if o.startswith("lead="):
                self.heads["cont:" + a.id] += 1
                lead = o[5:].replace("%s", self.c(a.f["cont"])).replace("_", " ")
                self.ph["marker"] += 1
        pcs = a.pieces()
        for idx in range(lo, hi + 1):
            self.printed[(a.id, idx)] += 1
            pi, k, text, tag, ends = pcs[idx]
            lines = self.piece_lines(a, idx, lead if idx == lo else "")
            sep = "\n\n"
            self.blocks.append(sep.join(lines))
            if not ends:
                # the paragraph continues in piece idx+1
                if idx + 1 <= hi:
                    if self.mode == "para":
                        self.ph["colbreak"] += 1
                else:
                    self.ph["cut"] += 1
                    if tag and tag != "x":
                        self.ph["cut_" + tag] += 1

    def run(self):
        for cmd in self.layout:
            op = cmd[0]
            args = cmd[1].split() if len(cmd) > 1 else []
            if op == "mast":
                self.ph["mast"] += 1
                self.blocks.append("\n\n".join(self.mast))
                self.extras.append(re.sub(r"\s+", "", "".join(self.mast)))
            elif op == "head":
                a = self.arts[args[0]]
                style = args[1] if len(args) > 1 else "stack"
                for o in args[2:]:
                    self.ph[o] += 1          # head_after / head_bunch bookkeeping
                self.heads["head:" + a.id] += 1
                self.cmd_head(a, style)
            elif op == "col":
                a = self.arts[args[0]]
                self.heads["col:" + a.id] += 1
                self.ph["col_" + (args[1] if len(args) > 1 else "before")] += 1
                self.blocks.append(self.c(a.f["col"]))
            elif op == "byline":
                a = self.arts[args[0]]
                by = self.c(a.f["by"])
                self.heads["by:" + a.id] += 1
                if CUT in by:
                    self.ph["by_break"] += 1
                self.ph["byline_first"] += 1
                sep = "\n" if "tight" in args else "\n\n"
                self.blocks.append(sep.join(by.split(CUT)))
            elif op == "body":
                a = self.arts[args[0]]
                spec = args[1] if len(args) > 1 and not args[1].startswith("lead=") else "all"
                self.cmd_body(a, spec, [x for x in args[1:] if x.startswith("lead=")])
            elif op == "photo":
                a = self.arts[args[0]]
                style = args[1] if len(args) > 1 else "inline"
                caps = ["".join(self.c(clean(t)) for t, _ in p) for p in a.paras]
                cap = "\n\n".join(caps)
                cred = self.c(a.f["by"])
                self.heads["photo:" + a.id] += 1
                self.ph["credit_" + style] += 1
                if style == "inline":
                    self.blocks.append(cap + "  " + cred)
                elif style == "right":
                    pad = " " * int(2 * max(4, (a.width or self.width) - tw(cred)))
                    self.blocks.append(cap + "\n\n" + pad + cred)
                else:
                    self.blocks.append(cap + "\n\n" + cred)
            elif op == "marker":
                a = self.arts[args[0]]
                self.heads["cont:" + a.id] += 1
                self.ph["marker"] += 1
                self.blocks.append(args[1].replace("%s", self.c(a.f["cont"])).replace("_", " "))
            elif op == "extra":
                text = cmd[1].split(None, 0)[0] if False else cmd[1]
                text = self.c(text)
                self.ph["box"] += 1
                self.blocks.append("\n".join(x.replace("_", " ") for x in text.split(CUT)))
                self.extras.append(re.sub(r"\s+", "", "".join(x.replace("_", "") for x in text.split(CUT))))
            elif op == "dup":
                a = self.arts[args[0]]
                idx = int(args[1])
                self.ph["duppiece"] += 1
                self.blocks.append("\n\n".join(self.piece_lines(a, idx)))
                self.dups.append(self.c(clean(a.pieces()[idx][2])))
            elif op == "dupline":
                last = self.blocks[-1].split("\n")[-1]
                self.ph["dupline"] += 1
                self.blocks.append(last)
                self.dups.append(re.sub(r"\s+", "", last))
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {op}")
        for a in self.arts.values():
            for idx in range(len(a.pieces())):
                if a.kind == "photo" and self.heads["photo:" + a.id]:
                    continue
                if self.printed[(a.id, idx)] != 1:
                    raise SystemExit(f"{self.path.name}: piece {idx} of {a.id} printed {self.printed[(a.id, idx)]} times")
            if (a.f["title"] or a.f["kick"] or a.f["sub"]) and not self.heads["head:" + a.id]:
                raise SystemExit(f"{self.path.name}: headline of {a.id} never printed")
            if a.f["col"] and not self.heads["col:" + a.id]:
                raise SystemExit(f"{self.path.name}: column label of {a.id} never printed")
            if a.f["by"] and a.kind != "photo" and not self.heads["by:" + a.id]:
                raise SystemExit(f"{self.path.name}: byline of {a.id} never printed")
            if a.f["cont"] and a.kind != "continuation" and not self.heads["cont:" + a.id]:
                raise SystemExit(f"{self.path.name}: jump marker of {a.id} never printed")
        text = self.meta.get("lead", "") + "\n\n".join(self.blocks) + "\n"
        return text

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras = []
            for pi, p in enumerate(a.paras):
                paras.append(self.c("".join(clean(t) for t, _ in p)))
            arts.append(OrderedDict([
                ("kind", a.kind), ("column", self.c(a.f["col"])),
                ("kicker", self.c(clean(a.f["kick"]))), ("title", self.c(clean(a.f["title"]))),
                ("subtitle", self.c(clean(a.f["sub"]))),
                ("byline", self.c(clean(a.f["by"])).replace(CUT, "")),
                ("dateline", self.c(clean(a.f["dl"]))), ("continued", self.c(a.f["cont"])),
                ("subheads", [paras[i] for i in sorted(a.sub_idx)]),
                ("paragraphs", paras)]))
        m = self.meta
        return OrderedDict([
            ("source", fname), ("issue_date", self.date),
            ("issue_number", m.get("issue") or None),
            ("page_count", int(m["pages"]) if m.get("pages") else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def build():
    """Return {relative path: bytes} of everything compose writes, plus table rows."""
    out, rows, total = {}, [], Counter()
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        gold = pg.gold(name + ".txt")
        out[f"pages/{name}.txt"] = text.encode("utf-8")
        out[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        total.update(pg.ph)
        rows.append((name + ".txt", pg.date, pg.pageno, pg.mode, pg.punct, len(gold["articles"]), nchar,
                     pg.meta.get("subjects", "")))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"] + [f"| {d} | {total[k]} |" for k, d in PHEN]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    pt += [f"| {r[0]} | {r[1]} | {r[2]} | {'column' if r[3] == 'column' else 'paragraph'} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |" for r in rows]
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    out["README.md"] = readme.encode("utf-8")
    return out


def main():
    out = build()
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    for rel, data in out.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for r in out if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
