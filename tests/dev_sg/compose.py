#!/usr/bin/env python3
"""Lay out the dev_sg pages: src/pNN.txt -> pages/*.txt, gold/*.json, README.md.

Standard library only.  Every small choice is drawn from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = re.compile(r"¦\[(\w+)\]")
CLOSE = set("，。、；：？！）》”’…,;:)?!")
OPEN = set("（《“‘(")
PUNCT = CLOSE | OPEN | set("—·")
TOK = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*|‖|\s|.")
CUT_NAMES = {
    "vf": "cut between a verb and its figure",
    "fu": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "cb": "paragraph split by a column break, nothing between",
    "x": "cut at a clause boundary",
}


# ---------------------------------------------------------------- source
def parse(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art "):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "paras": []}
            arts[aid] = cur
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "page":
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith(">"):
                cur["paras"].append(line[1:].strip())
            else:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        elif sect == "layout":
            layout.append(line.strip())
    return {"page": page, "arts": arts, "layout": layout}


def conv(s: str, style: str) -> str:
    """Punctuation width of the page (sources may type ASCII ,;:?! for CJK text)."""
    s = re.sub(r",(?![0-9])|(?<![0-9]),", "，", s)
    s = re.sub(r";", "；", s)
    s = re.sub(r":(?![0-9])|(?<![0-9]):", "：", s)
    s = s.replace("?", "？").replace("!", "！")
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def field(s: str) -> str:
    """Gold form of a header field: forced breaks dropped, spaces collapsed."""
    s = s.replace("‖", "")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"([（(]) ", r"\1", s)
    s = re.sub(r" ([）)])", r"\1", s)
    return s


def body(s: str) -> str:
    """Gold form of body text: no layout spaces (kept only between Latin words)."""
    s = CUT.sub("", s).replace("‖", "")
    return re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", s)


def parts(p: str):
    """A paragraph's printed parts and the types of the cuts between them."""
    kinds = CUT.findall(p)
    return CUT.split(p)[0::2], kinds


# ---------------------------------------------------------------- column lines
def width(t: str) -> float:
    if t == "‖":
        return 0
    if t.isspace():
        return 0.5
    if t.isascii():
        return 0.5 * len(t)
    return 1.0


def wrap(text: str, cap0: float, cap: float, rng: random.Random, stats: Counter):
    """Fill column lines; returns [(tokens, spread)]."""
    toks = TOK.findall(text)
    lines, i = [], 0
    first = True
    while i < len(toks):
        lim = cap0 if first else cap
        first = False
        cur, cw, forced = [], 0.0, False
        while i < len(toks) and toks[i].isspace():
            i += 1
        while i < len(toks):
            t = toks[i]
            if t == "‖":
                i += 1
                forced = True
                break
            tw = width(t)
            if cw + tw <= lim or not cur:
                cur.append(t)
                cw += tw
                i += 1
                continue
            ahead, acc = None, 0.0
            for n in range(i, min(len(toks), i + 10)):
                if toks[n] == "‖":
                    ahead = n
                    break
                acc += width(toks[n])
                if acc > 4:
                    break
            if ahead is not None:  # a forced break just ahead: run the line on to it
                cur.extend(toks[i:ahead])
                cw += acc
                i = ahead + 1
                forced = True
            elif t in CLOSE:  # hanging punctuation
                cur.append(t)
                cw += tw
                i += 1
            else:
                # a dateline or byline breaks at its word space when one is near
                sp = [n for n in range(max(1, len(cur) - 4), len(cur)) if cur[n].isspace()]
                if sp:
                    i -= len(cur) - sp[-1]
                    del cur[sp[-1]:]
                    forced = True
            break
        while cur and cur[-1].isspace():
            cur.pop()
            cw -= 0.5
        # a line may not end on an opening mark
        while len(cur) > 1 and cur[-1] in OPEN:
            cur.pop()
            i -= 1
            cw -= 1
        last = i >= len(toks)
        spread = False
        if not last and not forced:
            # typesetter's squeeze: push one glyph down, spread the rest
            npunct = sum(1 for t in cur if t in CLOSE)
            if (npunct >= 2 and rng.random() < 0.22 and len(cur) > 4
                    and not cur[-1].isascii() and cur[-1] not in PUNCT
                    and toks[i] not in CLOSE and not cur[-2].isspace()):
                cur.pop()
                i -= 1
                cw -= 1
            if lim - cw >= 1 and not any(t.isspace() for t in cur):
                spread = True
                stats["justified column line spread with spaces"] += 1
        lines.append((cur, spread))
    return lines


def render(tokens, spread: bool, rng: random.Random, stats: Counter, numsp: float) -> str:
    out = []
    n = len(tokens)
    if spread:
        for j, t in enumerate(tokens):
            out.append(t)
            if j == n - 1 or t.isspace() or tokens[j + 1].isspace():
                continue
            nxt = tokens[j + 1]
            if t in PUNCT and t not in "“‘":
                continue
            if nxt in "》）)":
                continue
            out.append(" ")
        return "".join(out)
    for j, t in enumerate(tokens):
        prev = tokens[j - 1] if j else ""
        nxt = tokens[j + 1] if j + 1 < n else ""
        if t[0].isdigit() and prev and not prev.isspace() and not prev.isascii():
            if prev not in OPEN and rng.random() < numsp:
                out.append(" ")
                stats["space before a number run"] += 1
        if t[0].isdigit() and t.endswith("%") and len(t) > 2 and rng.random() < 0.12:
            t = t[:-1] + " %"
            stats["glyph gap before %"] += 1
        out.append(t)
        if t[0].isdigit() and nxt and not nxt.isspace() and not nxt.isascii() and nxt not in PUNCT:
            if rng.random() < numsp * 0.6:
                out.append(" ")
                stats["space after a number run"] += 1
        elif t[0].isdigit() and nxt in CLOSE and rng.random() < 0.15:
            out.append(" ")
            stats["glyph gap before full-width punctuation"] += 1
        elif t == "“" and nxt and not nxt.isspace() and rng.random() < 0.15:
            out.append(" ")
            stats["space after an opening quote"] += 1
        elif nxt in ("、", "，") and t not in PUNCT and not t.isspace() and rng.random() < 0.02:
            out.append(" ")
            stats["glyph gap before full-width punctuation"] += 1
    return re.sub(r" {2,}", " ", "".join(out))


# ---------------------------------------------------------------- page
class Page:
    def __init__(self, src: Path):
        self.name = src.name
        self.rng = random.Random(src.name)
        d = parse(src)
        self.meta, self.arts, self.layout = d["page"], d["arts"], d["layout"]
        self.style = self.meta.get("punct", "full")
        self.mode = self.meta["layout"]
        self.numsp = float(self.meta.get("numspace", "0.8"))
        self.stats = Counter()
        self.out: list[str] = []        # raw lines, "" = blank
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.leftover: list[str] = []   # raw text in no article nor extras (jump markers)
        self.body_lines: list[str] = []

    def c(self, s: str) -> str:
        return conv(s, self.style)

    # -- emit helpers
    def emit(self, line: str, blank: bool = True):
        self.out.append(line)
        if blank:
            self.out.append("")

    def paras(self, a):
        """[(para_index, [parts], [kinds], is_subhead)]"""
        res = []
        for k, p in enumerate(a["paras"], 1):
            sub = p.startswith("## ")
            if sub:
                p = p[3:]
            ps, ks = parts(p)
            res.append((k, ps, ks, sub))
        return res

    def seg_range(self, a, spec: str):
        ps = self.paras(a)

        def pos(s, end):
            m = re.fullmatch(r"(\d+)([a-z]?)", s)
            k = int(m.group(1))
            if m.group(2):
                j = ord(m.group(2)) - 97
            else:
                j = len(ps[k - 1][1]) - 1 if end else 0
            return k, j

        if "-" in spec:
            s0, s1 = spec.split("-")
            start = pos(s0, False)
            end = pos(s1, True) if s1 else (len(ps), len(ps[-1][1]) - 1)
        else:
            start, end = pos(spec, False), pos(spec, True)
        segs = []
        for k, pp, ks, sub in ps:
            for j, text in enumerate(pp):
                if start <= (k, j) <= end:
                    segs.append((k, j, text, sub, ks[j - 1] if j else None))
        return segs

    # -- directives
    def do_body(self, a, spec, opts):
        segs = self.seg_range(a, spec)
        W = float(a.get("width", self.meta.get("width", "16")))
        mark = "mark" in opts
        for k, j, text, sub, kind in segs:
            a.setdefault("_printed", Counter())[(k, j)] += 1
            if kind:
                self.stats[CUT_NAMES[kind]] += 1
            if k == 1 and j == 0 and a.get("dateline"):
                text = a["dateline"] + text
            text = self.c(text)
            if sub:
                line = text
                self.emit(line)
                self.body_lines = [line]
                continue
            if self.mode == "paragraph":
                text = text.replace("‖", "")
                if mark:
                    text = self.c(a["marker"]) + text
                    mark = False
                self.emit(text)
                self.body_lines = [text]
                continue
            indent = 2 if j == 0 else 0
            lines = wrap(text, W - indent, W, self.rng, self.stats)
            rendered = [render(t, s, self.rng, self.stats, self.numsp) for t, s in lines]
            if mark:
                rendered[0] = self.c(a["marker"]) + rendered[0]
                mark = False
            for r in rendered:
                self.emit(r)
            self.body_lines = rendered
            if k == 1 and j == 0 and a.get("dateline") and self.mode == "column":
                dl = a["dateline"]
                for m in re.finditer("‖", dl):
                    nxt = dl[m.end():].lstrip()
                    if nxt.startswith("通讯员"):
                        self.stats["line break before 通讯员 (dateline)"] += 1
                    elif nxt[:1].isdigit():
                        self.stats["line break inside a dateline's date"] += 1
                    else:
                        self.stats["line break between 记者 and the names (dateline)"] += 1
                head = re.sub(r"\s", "", rendered[0])
                if len(head) < len(re.sub(r"[\s‖]", "", self.c(dl))):
                    self.stats["dateline broken across column lines"] += 1

    def head_lines(self, a, opts):
        parts_ = []
        for key in ("kicker", "title", "subtitle"):
            v = a.get(key, "")
            if v:
                parts_.append((key, self.c(v)))
        if "sub1" in opts:  # subtitle printed above the title
            parts_.sort(key=lambda kv: {"subtitle": 0}.get(kv[0], 1))
        lines = []
        for key, v in parts_:
            if key == "title" and "dbl" in opts:
                v = v.replace("‖", "")
                lines.append(v + v)
                self.dups.append(re.sub(r"\s+", "", v))
                self.stats["headline drawn twice (doubled on one line)"] += 1
                continue
            if "‖" in v:
                lines.extend(x.strip() for x in v.split("‖"))
                self.stats["headline's last word left alone on a line"] += 1
            elif key == "title" and " " in v and "splitsp" in opts:
                lines.extend(v.split(" ", 1))
            else:
                lines.append(v)
            if key == "title" and "twice" in opts:
                lines.append(lines[-1])
                self.dups.append(re.sub(r"\s+", "", lines[-1]))
                self.stats["headline drawn twice (two identical lines)"] += 1
        return lines

    def do_head(self, a, opts):
        a.setdefault("_shown", set()).update({"kicker", "title", "subtitle"})
        lines = self.head_lines(a, opts)
        join = "join" in opts or (self.mode == "paragraph" and "lines" not in opts)
        if join:
            if "twice" in opts:
                self.emit(" ".join(lines[:-1]))
                self.emit(lines[-1])
                return
            self.emit(" ".join(lines))
            if len(lines) > 1:
                self.stats["headline stack printed on one line"] += 1
            return
        nb = "nb" in opts or (self.mode == "column" and "bl" not in opts)
        for n, line in enumerate(lines):
            self.emit(line, blank=not nb or n == len(lines) - 1)

    def do_by(self, a, opts):
        a.setdefault("_shown", set()).add("byline")
        by = self.c(a["byline"])
        pieces = [x.strip() for x in by.split("‖")]
        if len(pieces) > 1:
            if pieces[1].startswith("通讯员"):
                self.stats["line break before 通讯员 (byline)"] += 1
            else:
                self.stats["line break between a byline's names"] += 1
        for p in pieces:
            self.emit(p)

    def do_photo(self, a, opts):
        credit = self.c(a.get("byline", ""))
        caps = [self.c(body(p)) for p in a["paras"]]
        if a.get("title") and "notitle" not in opts:
            self.emit(self.c(a["title"]))
        W = float(a.get("width", "0"))
        for n, cap in enumerate(caps):
            last = n == len(caps) - 1
            if last and credit and "inline" in opts:
                cap = cap + " " + credit
            if self.mode == "column" and W:
                for t, s in wrap(cap, W, W, self.rng, self.stats):
                    self.emit("".join(t))
            else:
                self.emit(cap)
        if credit and "inline" not in opts:
            if "right" in opts:
                self.emit(" " * int(a.get("pad", "24")) + credit)
                self.stats["credit right-aligned on a line of its own"] += 1
            else:
                self.emit(credit)

    def run(self):
        if self.mode == "paragraph":
            self.out += ["", ""]
        for d in self.layout:
            words = d.split()
            op = words[0]
            if op == "mast":
                pieces = d.split(None, 1)[1].split("|")
                nb = {int(x) for x in self.meta.get("mast_nb", "").split(",") if x}
                for n, p in enumerate(pieces):
                    self.emit(p, blank=n not in nb)
                self.extras.append(re.sub(r"\s+", "", "".join(pieces)))
                self.stats["masthead piece"] += len(pieces)
                self.stats["masthead pieces merged on one line"] += sum(1 for p in pieces if " " in p)
                continue
            if op == "box":
                pieces = d.split(None, 1)[1].split("|")
                for p in pieces:
                    self.emit(self.c(p))
                self.extras.append(re.sub(r"\s+", "", self.c("".join(pieces))))
                self.stats["box line (countdown, code prompt, label)"] += 1
                continue
            if op == "dup":
                n = int(words[1]) if len(words) > 1 else 1
                for line in self.body_lines[-n:]:
                    self.emit(line)
                    self.dups.append(re.sub(r"\s+", "", line))
                    self.stats["line printed twice"] += 1
                continue
            if op == "blank":
                self.out += [""] * int(words[1])
                continue
            a = self.arts[words[1]]
            rest = words[2:]
            if op == "body":
                spec = rest[0] if rest and re.match(r"\d", rest[0]) else "1-"
                self.do_body(a, spec, rest)
            elif op == "head":
                self.do_head(a, rest)
                if a.get("_bodyseen"):
                    self.stats["headline printed after its body"] += 1
            elif op == "by":
                self.do_by(a, rest)
            elif op == "col":
                a.setdefault("_shown", set()).add("column")
                self.emit(self.c(a["column"]))
                self.stats["column label on its own line"] += 1
            elif op == "photo":
                a.setdefault("_shown", set()).update({"title", "byline"})
                self.do_photo(a, rest)
            elif op == "mark":
                a.setdefault("_shown", set()).add("continued")
                m = self.c(a["marker"])
                self.emit(m)
                self.leftover.append(m)
                self.stats["jump marker"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
            if op == "body":
                a["_bodyseen"] = True
                a.setdefault("_shown", set()).add("dateline")
                if "mark" in rest:
                    a["_shown"].add("continued")
                    self.leftover.append(self.c(a["marker"]))
                    self.stats["jump marker"] += 1
        for a in self.arts.values():
            for f in ("kicker", "title", "subtitle", "byline", "dateline", "column", "continued"):
                if a.get(f) and f not in a.get("_shown", ()):
                    raise SystemExit(f"{self.name}: {a['id']}.{f} never printed")
            if a.get("kind") == "photo":
                continue
            want = {(k, j) for k, pp, ks, sub in self.paras(a) for j in range(len(pp))}
            got = a.get("_printed", Counter())
            if set(got) != want or any(v != 1 for v in got.values()):
                raise SystemExit(f"{self.name}: article {a['id']} printed {sorted(got.items())}, want {sorted(want)}")
        # text: drop trailing blanks
        while self.out and self.out[-1] == "":
            self.out.pop()
        self.text = "\n".join(self.out)
        self.sha = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]
        self.num = "%03d" % int(re.search(r"\d+", self.name).group())
        self.fname = f"{self.num}_{self.sha}.txt"

    def gold(self) -> dict:
        m = self.meta
        arts = []
        for a in self.arts.values():
            if a.get("skip"):
                continue
            kind = a.get("kind", "news")
            subs, paras = [], []
            for p in a["paras"]:
                if p.startswith("## "):
                    subs.append(self.c(field(CUT.sub("", p[3:]))))
                    paras.append(self.c(body(p[3:])))
                else:
                    paras.append(self.c(body(p)))
            arts.append({
                "kind": kind,
                "column": self.c(field(a.get("column", ""))),
                "kicker": self.c(field(a.get("kicker", ""))),
                "title": self.c(field(a.get("title", ""))),
                "subtitle": self.c(field(a.get("subtitle", ""))),
                "byline": self.c(field(a.get("byline", ""))),
                "dateline": self.c(re.sub(r"(?<=[0-9月日])\s+|\s+(?=[0-9])", "", field(a.get("dateline", "")))),
                "continued": self.c(field(a.get("continued", ""))),
                "subheads": subs,
                "paragraphs": paras,
            })
        return {
            "source": self.fname,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def pages() -> list[Page]:
    res = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        p = Page(src)
        p.run()
        res.append(p)
    return res


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def readme(ps: list[Page]) -> str:
    tot = Counter()
    for p in ps:
        tot.update(p.stats)
    for p in ps:
        for a in p.gold()["articles"]:
            tot[f"article kind: {a['kind']}"] += 1
            if a["dateline"]:
                tot["dateline with 讯" if "讯" in a["dateline"] else "dateline with 电"] += 1
            if "北京" in a["dateline"] or "新华社" in a["dateline"] or "米兰" in a["dateline"]:
                tot["dateline from outside Changsha (北京/米兰电, 新华社)"] += 1
            n = sum(1 for f in ("kicker", "title", "subtitle") if a[f])
            if n:
                tot[f"headline stack with {n} part(s)"] += 1
            if a["subtitle"].startswith("——"):
                tot["dash-led subtitle (——记…)"] += 1
            if " " in a["title"]:
                tot["two-phrase title split at a space"] += 1
            if a["column"]:
                tot["column label (栏目)"] += 1
            tot["crosshead (subhead) in a feature"] += len(a["subheads"])
            by = a["byline"]
            if by.startswith("文丨"):
                tot["byline 文丨X (副刊)"] += 1
            elif "评论员" in by:
                tot["byline 湖南日报(全媒体)评论员"] += 1
            elif "摄" in by or "漫画" in by:
                tot["photo / cartoon credit"] += 1
            elif by and a["kind"] in ("feature",) and "记者" in by:
                tot["feature byline alone on its own line"] += 1
            elif by and a["kind"] == "commentary":
                tot["bare name on a commentary / theory piece"] += 1
            if "华声在线" in a["dateline"] + by or "客户端" in by:
                tot["湖南日报·华声在线 / 新湖南客户端 byline"] += 1
            if "全媒体记者" in a["dateline"] + by:
                tot["全媒体记者 (2019 on)"] += 1
            elif "记者" in a["dateline"] + by:
                tot["记者 (2017, early 2019, 新华社)"] += 1
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for p in ps:
        g = p.gold()
        prow.append(f"| {p.fname} | {p.meta['date']} | {p.meta['page']} | {p.mode} | {p.style} | "
                    f"{len(g['articles'])} | {nchars(p.text)} | {p.meta.get('subjects', '')} |")
    t = (HERE / "README.in").read_text(encoding="utf-8")
    return t.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def build() -> tuple[dict[str, bytes], list[Page]]:
    ps = pages()
    files = {}
    for p in ps:
        files[f"pages/{p.fname}"] = p.text.encode("utf-8")
        g = json.dumps(p.gold(), ensure_ascii=False, indent=1) + "\n"
        files[f"gold/{p.num}_{p.sha}.json"] = g.encode("utf-8")
    files["README.md"] = readme(ps).encode("utf-8")
    return files, ps


def main():
    files, _ = build()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            if f"{sub}/{f.name}" not in files:
                f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")
    import sys
    if "-v" in sys.argv:
        for p in _:
            print(p.fname, p.mode, len(p.gold()["articles"]), nchars(p.text))


if __name__ == "__main__":
    main()
