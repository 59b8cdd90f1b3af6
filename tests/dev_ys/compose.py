#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw Hunan Daily page
text, in the two extraction layouts of the seeds, and write pages/*.txt,
gold/*.json and README.md.  Standard library only; deterministic (a
random.Random seeded by the source file name makes the small choices).

Source format: see README.in / README.md ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shlex
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

NL = "¦"      # printed line break, no blank line (removed in gold)
BL = "¶"      # printed line break with a blank line (removed in gold)
CUT = "‖"     # cut point inside a paragraph, followed by a type letter

OPEN = set("“‘（《(〈【")
CLOSE = set("，。、；：？！”’）》),;:〉】…")
NOSTART = set("，。、；：？！”’）》),;:%〉】")
CUT_TYPES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "s": "at a clause boundary"}

FIELDS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs"]
KEYMAP = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
          "by": "byline", "dl": "dateline", "cont": "continued"}


def conv(s: str, style: str) -> str:
    """Punctuation width of the page."""
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Gold form of a field: layout marks removed."""
    s = s.replace(NL, "").replace(BL, "")
    return re.sub(CUT + "[a-z]", "", s)


def width(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# ---------------------------------------------------------------- parsing
def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                mode = "layout"
                continue
            mode = "art"
            cur = {"id": parts[0], "kind": parts[1], "col": "", "kick": "", "title": "",
                   "sub": "", "by": "", "dl": "", "cont": "", "w": None, "paras": [], "heads": set()}
            arts[parts[0]] = cur
            continue
        if mode == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "art":
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "p":
                cur["paras"].append(v)
            elif k == "h":
                cur["heads"].add(len(cur["paras"]))
                cur["paras"].append(v)
            elif k == "w":
                cur["w"] = float(v)
            else:
                cur[k] = v
        else:
            layout.append(line.strip())
    style = meta.get("punct", "full")
    for a in arts.values():
        for k in ("col", "kick", "title", "sub", "by", "dl", "cont"):
            a[k] = conv(a[k], style)
        a["paras"] = [conv(p, style) for p in a["paras"]]
        a["segs"] = [re.split(CUT + "[a-z]", p) for p in a["paras"]]
        a["cuttypes"] = [re.findall(CUT + "([a-z])", p) for p in a["paras"]]
    return meta, arts, layout


# ---------------------------------------------------------------- tokens
TOKRE = re.compile(r"[0-9A-Za-z.%+\-]+|——|……|.", re.S)


def tokens(s: str):
    return TOKRE.findall(s)


def is_run(t: str) -> bool:
    return len(t) > 1 or (t.isascii() and t.isalnum())


class Page:
    def __init__(self, src: Path):
        self.name = src.stem
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.kind = self.meta["layout"]          # column | para
        self.W = float(self.meta.get("width", 17))
        self.groups: list[str] = []               # printed groups, joined by blank lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed = {}                         # art id -> {para index: set(seg idx)}
        self.ph = Counter()
        self.first_body = {}
        self.head_at = {}
        self.pre_tok = None
        self.last_item = None

    # ---- column-layout line rendering
    def spread(self, toks):
        """A justified column line whose glyphs the extraction spread apart."""
        out = ""
        for i, t in enumerate(toks):
            if i:
                a, b = toks[i - 1], t
                sp = True
                if a == " " or b == " ":
                    sp = False
                elif b in OPEN or (a in OPEN and a != "“"):
                    sp = False
                elif a in CLOSE:
                    sp = False
                if sp:
                    out += " "
            out += t
        return out

    def plain(self, toks):
        out = ""
        n = len(toks)
        for i, t in enumerate(toks):
            if t == self.pre_tok:
                out += t
                continue
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < n else ""
            if is_run(t) and any(c.isdigit() for c in t):
                if prev and is_cjk(prev[-1]) and self.rng.random() < 0.8:
                    out += " "
                    self.ph["space before a number run"] += 1
                if t.endswith("%") and len(t) > 2 and self.rng.random() < 0.12:
                    t = t[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                out += t
                if nxt and is_cjk(nxt[0]) and self.rng.random() < 0.55:
                    out += " "
                    self.ph["space after a number run"] += 1
                continue
            if t in "、，" and prev and is_cjk(prev[-1]) and self.rng.random() < 0.04:
                out += " "
                self.ph["glyph-gap space before full-width punctuation"] += 1
            out += t
            if t == "“" and nxt and is_cjk(nxt[0]) and self.rng.random() < 0.12:
                out += " "
                self.ph["space after an opening quote"] += 1
        return out

    def flow(self, text: str, W: float, pre: str = "", post: str = "", final=True, dl: str = ""):
        """Break text into printed column lines. Returns [(printed, canonical)]."""
        dt = tokens(dl)
        # the dateline's tail is kept whole, so no line starts with a scrap of it
        k, n = len(dt), 0
        while k > 0 and n < 4 and dt[k - 1] not in (NL, BL):
            k -= 1
            n += len(dt[k].strip())
        if k < len(dt):
            dt = dt[:k] + ["".join(dt[k:])]
        self.pre_tok = pre or None
        toks = ([pre] if pre else []) + dt + tokens(text)
        lines, cur, w = [], [], 0.0
        forced = set()
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in (NL, BL):
                lines.append(cur)
                forced.add(len(lines) - 1)
                cur, w = [], 0.0
                i += 1
                continue
            tw = width(t) if t != pre else width(pre)
            if cur and w + tw > W and t in "，。、" and self.rng.random() < 0.6:
                cur.append(t)               # punctuation hung at the line end
                w += tw
                i += 1
                continue
            if cur and w + tw > W:
                # no closing punctuation at a line start; no opening one at a line end
                if t in NOSTART and len(cur) > 1:
                    t2 = cur.pop()
                    lines.append(cur)
                    cur, w = [t2], width(t2)
                    continue
                if cur[-1] in OPEN and len(cur) > 1:
                    t2 = cur.pop()
                    lines.append(cur)
                    cur, w = [t2], width(t2)
                    continue
                lines.append(cur)
                cur, w = [], 0.0
                if t == " ":
                    i += 1
                    continue
            cur.append(t)
            w += tw
            i += 1
        if cur:
            lines.append(cur)
        out = []
        for k, ln in enumerate(lines):
            while ln and ln[0] == " ":
                ln = ln[1:]
            while ln and ln[-1] == " ":
                ln = ln[:-1]
            if not ln:
                continue
            lw = sum(width(t) for t in ln)
            last = k == len(lines) - 1
            canon = "".join(t for t in ln if t != pre)
            if not last and k not in forced and W - lw >= 1.0:
                s = self.spread(ln)
                self.ph["justified line spread with spaces"] += 1
            else:
                s = self.plain(ln)
            if last and post:
                s += post
            out.append((s, canon))
        return out

    # ---- body pieces
    def seg_range(self, a, spec):
        """'3' / '3.1' / '2-4.1' -> list of (para, seg) in order."""
        def pos(x, start):
            if "." in x:
                p, c = x.split(".")
                return int(p) - 1, int(c)
            p = int(x) - 1
            return (p, 0) if start else (p, len(a["segs"][p]))
        if spec == "all":
            spec = f"1-{len(a['segs'])}"
        if spec.endswith("-"):
            spec += str(len(a["segs"]))
        if "-" in spec:
            x, y = spec.split("-")
        else:
            x = y = spec
        (p0, c0), (p1, c1) = pos(x, True), pos(y, False)
        out = []
        for p in range(p0, p1 + 1):
            lo = c0 if p == p0 else 0
            hi = c1 if p == p1 else len(a["segs"][p])
            out.append((p, list(range(lo, hi))))
        return out

    def body(self, aid, spec, opts):
        a = self.arts[aid]
        W = float(opts.get("w", a["w"] or self.W))
        rep = int(opts.get("rep", 0))
        pre, post = opts.get("pre", ""), opts.get("post", "")
        self.first_body.setdefault(aid, len(self.groups))
        pieces = self.seg_range(a, spec)
        pr = self.printed.setdefault(aid, {})
        lines = []
        pieces = [(p, segs) for p, segs in pieces if segs]
        if pre or post:
            self.ph["jump marker"] += 1
        for n, (p, segs) in enumerate(pieces):
            text = "".join(a["segs"][p][s] for s in segs)
            before = pr.get(p, set())
            if before and min(segs) != max(before) + 1:
                raise SystemExit(f"{self.name} {aid} p{p+1}: pieces out of order")
            pr[p] = before | set(segs)
            dl = ""
            if p == 0 and 0 in segs and a["dl"]:
                dl = a["dl"] + ("" if a["dl"][-1] in "）)" else " ")
                for m in re.finditer(f"[{NL}{BL}]", dl):
                    before, after = dl[:m.start()].rstrip(), dl[m.end():]
                    if after.startswith("通讯员"):
                        self.ph["dateline broken before 通讯员"] += 1
                    elif "日" not in before:
                        self.ph["dateline broken inside its date"] += 1
                    else:
                        self.ph["dateline broken between names"] += 1
            if min(segs) > 0:
                if self.last_item == ("body", aid):
                    self.ph["paragraph split by a column break, nothing between"] += 1
                else:
                    self.ph["story continued after a piece of another story"] += 1
            if p in a["heads"]:
                self.ph["crosshead"] += 1
            pp = pre if n == 0 else ""
            qq = post if n == len(pieces) - 1 else ""
            if self.kind == "column":
                lines += self.flow(text, W, pp, qq, dl=dl)
            else:
                parts = re.split(f"[{NL}{BL}]", dl + text)
                for k, part in enumerate(parts):
                    s = (pp if k == 0 else "") + part + (qq if k == len(parts) - 1 else "")
                    lines.append((s.strip(), part))
        if rep:
            s, canon = lines[rep - 1]
            lines.insert(rep, (s, canon))
            self.dups.append(re.sub(r"\s+", "", canon))
            self.ph["text line printed twice"] += 1
        for s, _ in lines:
            self.groups.append(s)

    # ---- headline stacks
    def head(self, aid, opts):
        a = self.arts[aid]
        self.head_at[aid] = len(self.groups)
        parts = [x for x in (a["kick"], a["title"], a["sub"]) if x]
        if "title_only" in opts:
            parts = [a["title"]]
        if "dbl" in opts:
            t = a["title"].replace(NL, "").replace(BL, "")
            parts = [p if p != a["title"] else t + " " + t for p in parts]
            self.dups.append(clean(a["title"]))
            self.ph["headline drawn twice (one line)"] += 1
        if "dbl2" in opts:
            t = a["title"].replace(NL, "").replace(BL, "")
            parts = [p if p != a["title"] else t + NL + t for p in parts]
            self.dups.append(clean(a["title"]))
            self.ph["headline drawn twice (two lines)"] += 1
        for p in parts:
            segs = p.split(NL)
            if len(segs) > 1 and len(segs[-1]) <= 4 and "dbl2" not in opts:
                self.ph["headline's last word alone on a line"] += 1
        if "one" in opts:
            txt = " ".join(p.replace(NL, "").replace(BL, "") for p in parts)
            self.groups.append(txt)
            self.ph["headline parts printed on one line"] += 1
            return
        if "tight" in opts:
            self.groups.append("\n".join(s.strip() for p in parts for s in re.split(f"[{NL}{BL}]", p)))
            return
        for p in parts:
            for blk in p.split(BL):
                self.groups.append("\n".join(s.strip() for s in blk.split(NL)))

    def byline(self, aid, opts):
        a = self.arts[aid]
        by = a["by"]
        if "right" in opts:
            self.groups.append(" " * 24 + clean(by))
            self.ph["credit right-aligned on its own line"] += 1
            return
        for blk in by.split(BL):
            self.groups.append("\n".join(s.strip() for s in blk.split(NL)))
        if NL in by or BL in by:
            self.ph["line break inside a byline"] += 1

    def photo(self, aid, opts):
        a = self.arts[aid]
        self.first_body.setdefault(aid, len(self.groups))
        self.printed.setdefault(aid, {})[0] = set(range(len(a["segs"][0])))
        if a["title"]:
            self.groups.append(clean(a["title"]))
        cap = clean(a["paras"][0])
        by = clean(a["by"])
        if "right" in opts and by:
            self.groups.append(cap)
            self.groups.append(" " * 30 + by)
            self.ph["credit right-aligned on its own line"] += 1
        elif "sep" in opts and by:
            self.groups.append(cap)
            self.groups.append(by)
        elif "wrap" in opts:
            W = float(opts["wrap"])
            txt = cap + ("  " + by if by else "")
            cur, w = "", 0.0
            for c in txt:
                if w + width(c) > W:
                    self.groups.append(cur)
                    cur, w = "", 0.0
                cur += c
                w += width(c)
            self.groups.append(cur)
        else:
            self.groups.append(cap + (" " + by if by else ""))
        if by.startswith("以上图片") or by.startswith("（本版图片") or by.startswith("(本版图片"):
            self.ph["group photo credit"] += 1

    def run(self):
        self.ph_kinds = Counter()
        for line in self.layout:
            args = shlex.split(line)
            op, rest = args[0], args[1:]
            opts = {}
            pos = []
            for r in rest:
                if "=" in r:
                    k, v = r.split("=", 1)
                    opts[k] = v
                elif r in ("one", "tight", "dbl", "dbl2", "right", "sep", "title_only"):
                    opts[r] = True
                else:
                    pos.append(r)
            if op == "mast":
                text = " ".join(pos)
                for blk in text.split("|"):
                    self.groups.append("\n".join(blk.split(NL)))
                self.extras.append(re.sub(r"\s+", "", text.replace("|", "").replace(NL, "")))
                self.ph["masthead"] += 1
            elif op == "box":
                text = " ".join(pos)
                for blk in text.split("|"):
                    self.groups.append(blk)
                self.extras.append(re.sub(r"\s+", "", text.replace("|", "")))
                self.ph["box / banner line (extra)"] += 1
            elif op == "head":
                self.head(pos[0], opts)
            elif op == "col":
                self.groups.append(clean(self.arts[pos[0]]["col"]))
                if self.first_body.get(pos[0], 10**9) < len(self.groups) - 1:
                    self.ph["column label printed after its piece"] += 1
                else:
                    self.ph["column label printed before its piece"] += 1
            elif op == "by":
                self.byline(pos[0], opts)
            elif op == "body":
                self.body(pos[0], pos[1], opts)
            elif op == "photo":
                self.photo(pos[0], opts)
            elif op == "mark":
                self.groups.append(" ".join(pos))
                self.ph["jump marker"] += 1
            elif op == "dup":
                a = self.arts[pos[0]]
                p = int(pos[1]) - 1
                txt = clean(a["paras"][p])
                if self.kind == "column":
                    for s, _ in self.flow(txt, float(opts.get("w", a["w"] or self.W))):
                        self.groups.append(s)
                else:
                    self.groups.append(txt)
                self.dups.append(txt)
                self.ph["paragraph printed twice"] += 1
            elif op == "raw":
                self.groups.append(" ".join(pos))
                if "接" in line or "转" in line:
                    self.ph["jump marker"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op}")
            self.last_item = (op, pos[0] if pos else None)
        for aid in self.arts:
            if aid in self.head_at and aid in self.first_body and self.head_at[aid] > self.first_body[aid]:
                self.ph["headline printed after its body"] += 1
        heads = [l.split()[1] for l in self.layout if l.startswith("head ")]
        # bunched: two or more headlines in a row with no body between
        run = 0
        prev = None
        for line in self.layout:
            if line.startswith("head "):
                run += 1
                if run == 2:
                    self.ph["headlines bunched with other stories' headlines"] += 1
            elif not line.startswith(("col ", "by ")):
                run = 0
        text = "\n\n".join(self.groups)
        lead = self.meta.get("lead", "")
        text = lead.replace("\\n", "\n") + text + "\n"
        return text

    # ---- gold
    def gold(self, fname):
        arts = []
        for aid, a in self.arts.items():
            pr = self.printed.get(aid)
            if pr is None:
                raise SystemExit(f"{self.name}: {aid} never printed")
            paras, heads = [], []
            for p in sorted(pr):
                segs = sorted(pr[p])
                if segs != list(range(segs[0], segs[-1] + 1)) or segs[0] != 0:
                    raise SystemExit(f"{self.name} {aid} p{p+1}: gap in printed pieces {segs}")
                t = "".join(a["segs"][p][s] for s in segs)
                paras.append(t)
                if p in a["heads"]:
                    heads.append(t)
            if sorted(pr) != list(range(len(pr))):
                raise SystemExit(f"{self.name} {aid}: paragraphs missing {sorted(pr)}")
            full = all(sorted(pr.get(p, ())) == list(range(len(a["segs"][p]))) for p in range(len(a["segs"])))
            if not full and not a["cont"].startswith("下转"):
                raise SystemExit(f"{self.name} {aid}: not fully printed")
            d = OrderedDict()
            d["kind"] = a["kind"]
            for k in ("col", "kick", "title", "sub", "by", "dl", "cont"):
                d[KEYMAP[k]] = clean(a[k])
            d["subheads"] = heads
            d["paragraphs"] = paras
            arts.append(d)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = self.meta["date"]
        g["issue_number"] = int(self.meta["issue_number"]) if self.meta.get("issue_number") else None
        g["page_count"] = int(self.meta["page_count"]) if self.meta.get("page_count") else None
        g["articles"] = arts
        g["extras"] = self.extras
        g["duplicates"] = self.dups
        return g


def build():
    out = OrderedDict()
    rows, phen = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.run()
        num = pg.meta["page"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(name + ".txt")
        out[f"pages/{name}.txt"] = text
        out[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        phen.update(pg.ph)
        # cuts actually used as piece ends
        for line in pg.layout:
            if line.startswith("body "):
                parts = shlex.split(line)
                a = pg.arts[parts[1]]
                spec = parts[2]
                end = spec.split("-")[-1]
                if "." in end:
                    p, c = end.split(".")
                    t = a["cuttypes"][int(p) - 1][int(c) - 1]
                    phen["story cut " + CUT_TYPES[t]] += 1
        kinds = Counter(a["kind"] for a in pg.arts.values())
        for a in pg.arts.values():
            if a["dl"]:
                d = clean(a["dl"])
                if "新华社" in d:
                    phen["dateline: 新华社"] += 1
                elif "电（" in d or "电(" in d:
                    phen["dateline: 湖南日报 … 电"] += 1
                else:
                    phen["dateline: 湖南日报 … 讯"] += 1
                m = re.search(r"通讯员 ([^）)]*)", d)
                if m and len(m.group(1).split()) >= 3:
                    phen["dateline with three or more 通讯员"] += 1
            if a["col"]:
                phen["column label (栏目)"] += 1
            if a["kick"] and a["sub"]:
                phen["kicker-title-subtitle stack"] += 1
            if clean(a["sub"]).startswith("——"):
                phen["dash-led subtitle"] += 1
            if a["by"].startswith("文丨"):
                phen["byline 文丨X (副刊)"] += 1
        chars = len(re.sub(r"\s+", "", text))
        rows.append({"file": name + ".txt", "date": pg.meta["date"], "pageno": pg.meta.get("pageno", ""),
                     "layout": pg.kind, "punct": pg.meta.get("punct", "full"),
                     "articles": len(pg.arts), "chars": chars,
                     "subjects": pg.meta.get("subjects", ""), "kinds": dict(kinds)})
    # README
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ptab = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(phen.items()):
        ptab.append(f"| {k} | {v} |")
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        gtab.append(f"| {r['file']} | {r['date']} | {r['pageno']} | {r['layout']} | {r['punct']} | "
                    f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    out["README.md"] = readme
    return out, rows, phen


def main():
    out, rows, phen = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
