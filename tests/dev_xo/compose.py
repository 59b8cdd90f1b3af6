#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
exact annotations (gold/) and README.md.  Standard library only.

    python3 compose.py

Every choice left to chance uses random.Random seeded by the source file name,
so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
            "dateline", "continued", "subheads", "paragraphs")
CUT_RE = re.compile(r"⟨([a-z])⟩")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "n": "cut inside a name", "q": "cut inside a quoted term",
             "c": "paragraph split by a column break, nothing between",
             "p": "cut at a plain point"}
CLOSE = set("，。、；：？！）》”’,;:)?!")
OPEN = set("“‘《（(")
NUM_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%／/]*")
PUNCT_STYLE = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        m = re.fullmatch(r"\[(\w+)(?: (\w+))?\]", line.strip())
        if m:
            if m.group(1) == "page":
                mode = "page"
            elif m.group(1) == "layout":
                mode = "layout"
            else:
                cur = {"id": m.group(1), "kind": m.group(2), "paras": []}
                arts[cur["id"]] = cur
                order.append(cur["id"])
                mode = "head"
            continue
        if mode == "page":
            k, v = line.split("=", 1)
            page[k.strip()] = v.strip()
        elif mode == "head":
            if line.strip() == "---":
                mode = "body"
                continue
            k, v = line.split("=", 1)
            cur[k.strip()] = v.strip()
        elif mode == "body":
            cur["paras"].append(line.strip())
        elif mode == "layout":
            layout.append(line.strip())
    return {"page": page, "arts": arts, "order": order, "layout": layout}


def conv(s: str, style: str) -> str:
    for a, b in PUNCT_STYLE[style].items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, name: str, src: dict):
        self.name = name
        self.src = src
        self.p = src["page"]
        self.rng = random.Random(name)
        self.style = self.p.get("punct", "full")
        self.layout = self.p["layout"]
        self.width = float(self.p.get("width", 16))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.cursor: dict[str, int] = {}
        self.pieces: dict[str, list] = {}
        for aid in src["order"]:
            self.pieces[aid] = self.split_pieces(src["arts"][aid])
            self.cursor[aid] = 0

    def c(self, s):
        return conv(s, self.style)

    def split_pieces(self, a):
        """Body as a flat list of (text, ends_paragraph, cut_kind)."""
        out = []
        for para in a["paras"]:
            text = para[3:] if para.startswith("## ") else para
            parts = CUT_RE.split(self.c(text))
            texts, kinds = parts[0::2], parts[1::2] + [None]
            for t, k in zip(texts, kinds):
                out.append((t, k is None, k))
        return out

    # ---- helpers for printed lines
    def emit(self, *lines: str):
        """One block: lines printed tight; blocks are separated by a blank line."""
        self.blocks.append("\n".join(lines))

    def numspace(self, s: str) -> str:
        """Spaces around number runs and after opening quotes, glyph gaps."""
        pb, pa = float(self.p.get("num_before", 0.7)), float(self.p.get("num_after", 0.4))
        out = []
        i = 0
        for m in NUM_RE.finditer(s):
            out.append(s[i:m.start()])
            run = m.group(0)
            if m.start() > 0 and s[m.start() - 1] not in " " and self.rng.random() < pb:
                out.append(" ")
                self.stats["space around a number run"] += 1
            if run.endswith("%") and len(run) > 1 and self.rng.random() < float(self.p.get("pct_gap", 0)):
                run = run[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            out.append(run)
            if m.end() < len(s) and s[m.end()] not in " " and s[m.end()] not in CLOSE \
                    and self.rng.random() < pa:
                out.append(" ")
                self.stats["space around a number run"] += 1
            i = m.end()
        out.append(s[i:])
        s = "".join(out)
        res = []
        for j, ch in enumerate(s):
            if ch in "“" and j + 1 < len(s) and self.rng.random() < float(self.p.get("quote_gap", 0.12)):
                res.append(ch + " ")
                self.stats["space after an opening quote"] += 1
                continue
            if ch in "、，；" and j > 0 and self.rng.random() < float(self.p.get("punct_gap", 0.03)):
                res.append(" " + ch)
                self.stats["glyph-gap space at full-width punctuation"] += 1
                continue
            res.append(ch)
        return "".join(res)

    @staticmethod
    def tokens(s: str):
        toks, i = [], 0
        while i < len(s):
            m = NUM_RE.match(s, i)
            if m:
                toks.append(m.group(0))
                i = m.end()
            else:
                toks.append(s[i])
                i += 1
        return toks

    @staticmethod
    def tw(t: str) -> float:
        if len(t) > 1 or re.match(r"[0-9A-Za-z.%/ ,;:()?!]", t):
            return 0.5 * len(t)
        return 1.0

    def wrap(self, text: str, width: float, first: float = 0.0):
        """Greedy column fill; returns [(tokens, spread?)]. `first` = em already used."""
        toks = self.tokens(text)
        lines, line, w = [], [], first
        for t in toks:
            wt = self.tw(t)
            if not line and t == " ":
                continue
            if w + wt <= width + 1e-9 or not line:
                line.append(t)
                w += wt
                continue
            if t in CLOSE and t not in ")":
                line.append(t)  # squeezed in: a line may not start with it
                w += wt
                continue
            carry = []
            if line[-1] in OPEN and len(line) > 1:
                carry = [line.pop()]
                w -= 1
            lines.append((line, w < width - 0.99))
            line = carry + ([] if t == " " else [t])
            w = sum(self.tw(x) for x in line)
        if line:
            lines.append((line, False))
        return lines

    def render(self, toks, spread: bool) -> str:
        if not spread:
            return self.numspace("".join(toks)).strip()
        self.stats["justified line spread with spaces"] += 1
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if b == " ":
                out += "" if out.endswith(" ") else " "
                continue
            if a == " ":
                out += b
                continue
            if a in CLOSE or b in OPEN:
                out += b
            else:
                out += " " + b
        return out.strip()

    # ---- ops
    def heads(self, a) -> list[str]:
        return [self.c(a.get(k, "")) for k in ("kicker", "title", "subtitle") if a.get(k)]

    def op_head(self, aid, opts):
        a = self.src["arts"][aid]
        parts = []
        for k in ("kicker", "title", "subtitle"):
            v = self.c(a.get(k, ""))
            if v:
                parts.append((k, v))
        lines = []
        if "join" in opts:
            js = opts["join"].split(",") if opts["join"] is not True else ["kicker", "title"]
            merged, rest = [], []
            for k, v in parts:
                (merged if k in js else rest).append((k, v))
            new = []
            done = False
            for k, v in parts:
                if k in js:
                    if not done:
                        new.append(("title", " ".join(x for _, x in merged)))
                        done = True
                else:
                    new.append((k, v))
            parts = new
            self.stats["headline parts joined on one line"] += 1
        for k, v in parts:
            if k == "title" and "break" in opts:
                n = int(opts["break"])
                lines.append([v[:n], v[n:]])
                self.stats["headline broken across lines"] += 1
                if n < 0 and len(v[n:]) <= 2:
                    self.stats["headline's last word left alone"] += 1
            elif k == "title" and "double" in opts:
                lines.append([v + " " + v])
                self.dups.append(v)
                self.stats["headline drawn twice on one line"] += 1
            elif k == "title" and "twice" in opts:
                lines.append([v])
                lines.append([v])
                self.dups.append(v)
                self.stats["headline printed as two identical lines"] += 1
            else:
                lines.append([v])
        if "tight" in opts:
            self.emit(*[x for ls in lines for x in ls])
        else:
            for ls in lines:
                self.emit(*ls)
        self.stats["headline stacks printed"] += 1

    def op_col(self, aid, opts):
        a = self.src["arts"][aid]
        self.emit(self.c(a["column"]))
        self.stats["column label on its own line"] += 1

    def op_byline(self, aid, opts):
        a = self.src["arts"][aid]
        b = self.c(a["byline"])
        if "break" in opts:
            i = b.index(opts["break"])
            self.emit(b[:i].rstrip())
            self.emit(b[i:].lstrip())
            self.stats["line break inside a byline"] += 1
        elif "right" in opts:
            self.emit(" " * int(opts["right"]) + b)
            self.stats["credit right-aligned on its own line"] += 1
        else:
            self.emit(b)
        self.stats["byline on its own line"] += 1

    def op_photo(self, aid, opts):
        a = self.src["arts"][aid]
        cap = "".join(t for t, _, _ in self.pieces[aid])
        if a.get("byline") and "right" in opts:
            self.emit(cap)
            self.emit(" " * int(opts["right"]) + self.c(a["byline"]))
            self.stats["credit right-aligned on its own line"] += 1
        elif a.get("byline") and "nocredit" not in opts:
            self.emit(cap + "  " + self.c(a["byline"]))
            self.stats["photo credit after its caption"] += 1
        else:
            self.emit(cap)
        self.cursor[aid] = len(self.pieces[aid])

    def op_body(self, aid, opts, n):
        a = self.src["arts"][aid]
        pcs = self.pieces[aid]
        start = self.cursor[aid]
        end = len(pcs) if n is None else start + n
        assert end <= len(pcs), (self.name, aid, start, n, len(pcs))
        self.cursor[aid] = end
        dl = self.c(a.get("dateline", "")) if start == 0 else ""
        pre = opts.get("pre", "")
        if pre:
            self.stats["jump marker printed"] += 1
        for i in range(start, end):
            t, ends, kind = pcs[i]
            if kind and i < end - 1:
                pass
            if kind:
                self.stats[CUT_NAMES[kind]] += 1
        if self.layout == "para":
            self.body_para(aid, pcs[start:end], dl, opts, pre)
        else:
            self.body_column(aid, pcs[start:end], dl, opts, pre)

    def body_para(self, aid, pcs, dl, opts, pre):
        first = True
        dupi = int(opts.get("dup", -1))
        for k, (t, ends, kind) in enumerate(pcs):
            line = t
            if first and dl:
                if "dlbreak" in opts:
                    j = dl.index(opts["dlbreak"]) + int(opts.get("dlshift", 0))
                    self.emit(dl[:j].rstrip())
                    line = dl[j:].lstrip() + t
                    brk = opts["dlbreak"]
                    self.stats["line break before 通讯员 in a dateline" if brk == "通讯员"
                               else "line break inside a dateline's date" if brk in "月日"
                               else "line break inside a dateline"] += 1
                else:
                    line = dl + t
            if first and pre:
                line = pre + line if "inline" in opts else line
                if "inline" not in opts:
                    self.emit(pre)
            first = False
            if k > 0 and pcs[k - 1][2]:
                self.stats["paragraph split by a column break, nothing between"] += 1
            self.emit(line)
            if k == dupi:
                self.emit(line)
                self.dups.append(line)
                self.stats["line printed twice"] += 1

    def body_column(self, aid, pcs, dl, opts, pre):
        width = float(opts.get("w", self.width))
        dupi = int(opts.get("dup", -1))
        out = []
        if pre and "inline" not in opts:
            self.emit(pre)
        # glue pieces into paragraphs for wrapping
        paras, cur = [], ""
        for t, ends, kind in pcs:
            cur += t
            if ends:
                paras.append(cur)
                cur = ""
        if cur:
            paras.append(cur)
        for pi, ptext in enumerate(paras):
            text = (dl + ptext) if (pi == 0 and dl) else ptext
            if pi == 0 and pre and "inline" in opts:
                text = pre + text
            wl = self.wrap(text, width)
            if pi == 0 and dl:
                # the scorer only credits pieces of 4+ characters: never leave a
                # dateline tail of 1-3 characters at the start of a line
                extra = 0.0
                while extra < 6:
                    seen, bad = 0, False
                    n = len(re.sub(r"\s", "", dl))
                    for toks, _ in wl:
                        ln = len(re.sub(r"\s", "", "".join(toks)))
                        if seen and seen < n < seen + ln and 0 < n - seen < 4:
                            bad = True
                        seen += ln
                    if not bad:
                        break
                    extra += 1
                    wl = self.wrap(text, width, first=extra)
            for j, (toks, sp) in enumerate(wl):
                # seeds 000/004: ~5% of full column lines are spread even when no
                # token was pushed over (squeezed punctuation leaves slack)
                if not sp and j < len(wl) - 1 and len(toks) > 6 \
                        and self.rng.random() < float(self.p.get("spread", 0.04)):
                    sp = True
                out.append(self.render(toks, sp))
        if "lead" in opts:
            out[0] = " " + out[0]
        for j, l in enumerate(out):
            self.emit(l)
            if j == dupi:
                self.emit(l)
                self.dups.append(l)
                self.stats["line printed twice"] += 1

    def op_extra(self, rest):
        """Page furniture: pieces separated by ' | ' (blank line) or ' + ' (newline)."""
        groups = [g.split(" + ") for g in rest.split(" | ")]
        for g in groups:
            self.emit(*g)
        self.extras.append("".join(x.strip() for g in groups for x in g).replace(" ", ""))
        self.stats["box or masthead lines"] += len(groups)

    def note_order(self):
        """Count headlines printed after (part of) their own body."""
        seen_body = set()
        for op in self.src["layout"]:
            w = op.split()
            if len(w) > 1 and w[0] == "body":
                seen_body.add(w[1])
            elif len(w) > 1 and w[0] == "head" and w[1] in seen_body:
                self.stats["headline printed after its body"] += 1

    def run(self):
        self.note_order()
        for _ in range(int(self.p.get("lead_blank", 0))):
            self.blocks.append("")
        for op in self.src["layout"]:
            if op.startswith("extra "):
                self.op_extra(op[6:])
                continue
            if op.startswith("mark "):
                self.emit(op[5:])
                self.stats["jump marker printed"] += 1
                continue
            words = op.split()
            name, aid = words[0], words[1]
            opts, n = {}, None
            for w in words[2:]:
                if "=" in w:
                    k, v = w.split("=", 1)
                    opts[k] = v
                elif re.fullmatch(r"\d+", w):
                    n = int(w)
                else:
                    opts[w] = True
            if name == "body":
                self.op_body(aid, opts, n)
            else:
                getattr(self, "op_" + name)(aid, opts)
        for aid, pcs in self.pieces.items():
            assert self.cursor[aid] == len(pcs), (self.name, aid, "body not fully laid out")
        return "\n\n".join(self.blocks).rstrip("\n") + "\n"

    def gold_articles(self):
        arts = []
        for aid in self.src["order"]:
            a = self.src["arts"][aid]
            paras = [self.c(CUT_RE.sub("", p[3:] if p.startswith("## ") else p)) for p in a["paras"]]
            subheads = [self.c(p[3:]) for p in a["paras"] if p.startswith("## ")]
            d = {}
            for k in ART_KEYS:
                if k == "paragraphs":
                    d[k] = paras
                elif k == "subheads":
                    d[k] = subheads
                elif k == "kind":
                    d[k] = a["kind"]
                else:
                    d[k] = self.c(a.get(k, ""))
            arts.append(d)
        return arts


def build():
    """Return {relative path: bytes} for every generated file, plus table data."""
    files, rows, phen = {}, [], Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for idx, sp in enumerate(srcs):
        src = parse(sp)
        pg = Page(sp.name, src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{idx + 1:03d}_{h}"
        p = src["page"]
        gold = {
            "source": stem + ".txt",
            "issue_date": p["date"],
            "issue_number": p.get("issue") or None,
            "page_count": int(p["pages"]) if p.get("pages") else None,
            "articles": pg.gold_articles(),
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        files[f"pages/{stem}.txt"] = text.encode("utf-8")
        files[f"gold/{stem}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        phen.update(pg.stats)
        for a in src["arts"].values():
            pass
        nchar = len(re.sub(r"\s", "", text))
        rows.append((stem + ".txt", p["date"], p["page"], p["layout"], p.get("punct", "full"),
                     len(gold["articles"]), nchar, p.get("subjects", "")))
    # README
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append("| " + " | ".join(str(x) for x in r) + " |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(phen.items(), key=lambda kv: (-kv[1], kv[0])):
        ftab.append(f"| {k} | {v} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
