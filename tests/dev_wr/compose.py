#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw page files, gold annotations and README.md.

    python3 compose.py [OUTDIR]      (default: this folder)

Deterministic: every small choice comes from random.Random seeded by the source file name.
Standard library only.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

CLOSE = set("，。、；：？！）》”’」…")
OPEN = set("“‘《（「")
FULLP = CLOSE | OPEN
RUN = re.compile(r"[0-9A-Za-z.%+\-×/]+")
CUT = re.compile(r"\|([a-z])")
WEEK = "一二三四五六日"

PHEN = Counter()          # phenomena counted while composing (whole set)


def clean(s):
    """Source text -> text as the editor reads it (gold)."""
    return CUT.sub("", s).replace("^", "")


def punct(s, mode):
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        return (s.replace("（", "(").replace("）", ")").replace("，", ",")
                .replace("；", ";").replace("：", ":"))
    return s


# ---------------------------------------------------------------- source parsing
def parse(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n=== ", 1)
    meta = OrderedDict()
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    arts, layout = OrderedDict(), []
    for sec in ("=== " + rest).split("\n=== "):
        sec = sec[4:] if sec.startswith("=== ") else sec
        name, _, body = sec.partition("\n")
        name = name.strip()
        if name == "layout":
            layout = [l.rstrip() for l in body.splitlines() if l.strip() and not l.startswith("#")]
            continue
        a = OrderedDict((f, "") for f in FIELDS)
        a["subheads"], a["paras"] = [], []
        for line in body.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                a["paras"].append(v)
            elif k == "h":                      # in-body subhead (crosshead)
                a["paras"].append("##" + v)
            else:
                a[k] = v
        arts[name] = a
    return meta, arts, layout


# ---------------------------------------------------------------- column wrapping
ATOMS = []     # names in the current dateline: never broken across lines


def units(s):
    out, i = [], 0
    while i < len(s):
        a = next((x for x in ATOMS if s.startswith(x, i)), None)
        if a:
            out.append(a)
            i += len(a)
            continue
        m = RUN.match(s, i)
        if m and m.group(0):
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def uw(u):
    return sum(0.5 if ord(c) < 128 else 1.0 for c in u)


def is_run(u):
    return bool(RUN.fullmatch(u))


def is_cjk(u):
    return len(u) == 1 and "\u3400" <= u <= "\u9fff"


LEAD = "\x00"


def wrap(text, width, indent, forced_final=True, lead=""):
    """Greedy line filling of one paragraph piece. Returns [(units, spread)]."""
    segs = text.split("^")
    lines = []
    for si, seg in enumerate(segs):
        us = units(seg)
        cur, w = [], 0.0
        if lead and si == 0:
            cur, w = [lead], uw(lead.replace(" ", ""))
        first_w = width - (2 if indent and si == 0 else 0)
        lim = first_w
        for u in us:
            x = uw(u) if u != " " else 0.0
            if cur and w + x > lim + 0.01 and u not in CLOSE and u != " ":
                carry = []
                while cur and (cur[-1] in OPEN or cur[-1] == " "):   # never end a line with an opening mark
                    q = cur.pop()
                    w -= uw(q) if q != " " else 0.0
                    if q != " ":
                        carry.insert(0, q)
                lines.append([cur, w, lim, False])
                cur, w, lim = carry, sum(uw(q) for q in carry), width
                if u == " ":
                    continue
            if u == " " and not cur:
                continue
            cur.append(u)
            w += x
        if cur:
            lines.append([cur, w, lim, True])      # end of segment: final line, never spread
    if lines and not forced_final:
        lines[-1][3] = False
        lines[-1][1] = -1                           # piece cut mid-paragraph: not spread
    out = []
    for cur, w, lim, final in lines:
        while cur and cur[-1] == " ":
            cur.pop()
        if not cur:
            continue
        npunct = sum(1 for u in cur[:-1] if u in FULLP)
        spread = (not final) and w >= 0 and (lim - w >= 0.99 or npunct >= 3)
        out.append((cur, spread))
    return out


def render(cur, spread, rng, style):
    if spread:
        PHEN["justified line spread with spaces"] += 1
        s = ""
        for i, u in enumerate(cur):
            if u == " ":
                continue
            if i and not (cur[i - 1] in CLOSE or u in OPEN or cur[i - 1].startswith("▲")) and not s.endswith(" "):
                s += " "
            s += u
        return s
    s = ""
    for i, u in enumerate(cur):
        prev = cur[i - 1] if i else ""
        if u.startswith("▲"):
            s += u
            continue
        if is_run(u) and any(c.isdigit() for c in u):
            if i and prev not in FULLP and not prev.startswith("▲") and prev != " " and style != "none":
                s += " "
                PHEN["space around a number run"] += 1
            if u.endswith("%") and len(u) > 1 and rng.random() < 0.12:
                u = u[:-1] + " %"
                PHEN["glyph-gap space before %"] += 1
            s += u
            nxt = cur[i + 1] if i + 1 < len(cur) else ""
            if nxt and nxt not in FULLP and style == "both" and rng.random() < 0.55:
                s += " "
            continue
        if u == "“" and i + 1 < len(cur) and rng.random() < 0.06:
            s += u + " "
            PHEN["space after an opening quote"] += 1
            continue
        if u in ("、", "，") and i and rng.random() < 0.03:
            s += " " + u
            PHEN["glyph-gap space before full-width punctuation"] += 1
            continue
        s += u
    return s


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.mode = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.blocks = []          # list of (lines, tight)
        self.extras, self.dups = [], []
        self.pieces = {}
        self.cursor = {}
        self.started = set()
        self.style = {}
        self.seen_head, self.seen_body = set(), set()
        self.headlines = {}

    def P(self, s):
        return punct(s, self.mode)

    def emit(self, lines, tight=False):
        self.blocks.append((list(lines), tight))

    def article_pieces(self, name):
        if name not in self.pieces:
            a = self.arts[name]
            ps = []
            for pi, p in enumerate(a["paras"]):
                raw = p[2:] if p.startswith("##") else p
                parts = CUT.split(raw)
                texts, tags = parts[0::2], parts[1::2]
                for k, t in enumerate(texts):
                    ps.append((pi, k, t, k < len(texts) - 1, p.startswith("##")))
                for tg in tags:
                    PHEN[{"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
                          "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
                          "p": "cut at a plain point", "c": "cut inside a number (figure split)"}[tg]] += 1
            self.pieces[name] = ps
            self.cursor[name] = 0
            self.style[name] = self.rng.choice(["both", "both", "before", "none"])
        return self.pieces[name]

    def cmd_body(self, name, opts, lead):
        a = self.arts[name]
        ps = self.article_pieces(name)
        n = opts.get("n", "*")
        i0 = self.cursor[name]
        i1 = len(ps) if n == "*" else i0 + int(n)
        if name in self.seen_body and i0 > 0:
            PHEN["story continued after a piece of another story"] += 0  # counted in layout pass
        self.seen_body.add(name)
        self.cursor[name] = i1
        width = float(opts.get("w", 17))
        lines = []
        ATOMS[:] = []
        m = re.search(r"[（(]([^）)]*)[）)]", a["dateline"])
        if m:
            ATOMS[:] = [x for x in m.group(1).replace("^", " ").split()
                        if x not in ("记者", "全媒体记者", "通讯员") and len(x) <= 4 and not x.endswith("记者")]
        for idx in range(i0, i1):
            pi, k, t, cut, sub = ps[idx]
            if idx > 0 and ps[idx - 1][0] == pi and (idx > i0 or self.last_body == (name, idx - 1)):
                PHEN["paragraph split by a column break, nothing between"] += 1
            t = self.P(t)
            if idx == 0 and a["dateline"] and not sub:
                t = self.P(a["dateline"]) + t
            if idx == i0 and lead and not self.col:
                t = self.P(lead) + t
            if self.col:
                if sub:
                    lines.append(t.replace("^", ""))
                    continue
                ld = self.P(lead) if (idx == i0 and lead) else ""
                for cur, spread in wrap(t, width, indent=(k == 0 and not ld), forced_final=not cut, lead=ld):
                    lines.append(render(cur, spread, self.rng, self.style[name]))
            else:
                lines.append(t.replace("^", ""))
        self.last_body = (name, i1 - 1)
        if lines and self.col and opts.get("pad") == "1":
            lines[0] = " " + lines[0]
        self.emit(lines)

    def head_lines(self, name, spec):
        a = self.arts[name]
        out = []
        for grp in spec:
            times = 1
            if "*" in grp:
                grp, times = grp.split("*")
                times = int(times)
            parts = []
            for ch in grp:
                f = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}[ch]
                parts.append(self.P(a[f]))
            txt = " ".join(parts)
            if times > 1:
                self.dups.append(clean(txt).replace(" ", ""))
                PHEN["headline drawn twice on one line"] += 1
                txt = " ".join([txt] * times)
            if self.col:
                out.extend(x.strip() for x in txt.split("^"))
            else:
                out.append(" ".join(x.strip() for x in txt.split("^") if x.strip()))
        self.headlines[name] = self.headlines.get(name, 0) + len(out)
        return out

    def run(self):
        order = []
        self.last_body = None
        for line in self.layout:
            cmd, _, rest = line.partition(" ")
            if cmd != "body":
                self.last_body = None
            lead = ""
            if " | " in rest:
                rest, lead = rest.split(" | ", 1)
            args = rest.split()
            opts = {}
            pos = []
            for x in args:
                if "=" in x and not x.startswith("="):
                    k, v = x.split("=", 1)
                    opts[k] = v
                else:
                    pos.append(x)
            tight = opts.get("tight") == "1"
            if cmd == "head":
                name, spec = pos[0], pos[1:]
                if name in self.seen_body:
                    PHEN["headline printed after its body"] += 1
                if order and order[-1][0] == "head" and order[-1][1] != name:
                    PHEN["headlines bunched with another story's headline"] += 1
                self.seen_head.add(name)
                self.emit(self.head_lines(name, spec), tight)
                order.append(("head", name))
            elif cmd == "body":
                name = pos[0]
                if len(pos) > 1:
                    opts["n"] = pos[1]
                if order and any(o == ("body", name) for o in order) and order[-1] != ("body", name):
                    PHEN["story continued after a piece of another story"] += 1
                self.cmd_body(name, opts, lead)
                order.append(("body", name))
            elif cmd == "col":
                self.emit([self.P(self.arts[pos[0]]["column"])])
                PHEN["column label on its own line"] += 1
                order.append(("col", pos[0]))
            elif cmd == "byline":
                b = self.P(self.arts[pos[0]]["byline"])
                ls = [x.strip() for x in b.split("^")]
                if len(ls) > 1:
                    PHEN["line break inside a byline"] += 1
                self.emit(ls, True)
                order.append(("byline", pos[0]))
            elif cmd == "photo":
                a = self.arts[pos[0]]
                cred = self.P(a["byline"])
                where = opts.get("credit", "end")
                w = float(opts.get("w", 40))
                ls = []
                for para in a["paras"]:
                    cap = self.P(clean(para))
                    if self.col:
                        ls += [render(c, False, self.rng, "before") for c, _ in wrap(cap, w, False)]
                    else:
                        ls.append(cap)
                if cred and where == "end":
                    ls[-1] += (" " if self.col else "") + cred
                elif cred:
                    PHEN["credit on a line of its own"] += 1
                    ls.append((" " * int(opts.get("pad", 0))) + cred)
                PHEN["photo"] += 1
                self.emit(ls, tight)
                order.append(("photo", pos[0]))
            elif cmd == "extra":
                t = self.P(rest).replace("\\n", "\n")
                flat = re.sub(r"\s+", "", t)
                if order and order[-1][0] == "extra":
                    self.extras[-1] += flat
                else:
                    self.extras.append(flat)
                    PHEN["page furniture block (masthead, box line)"] += 1
                self.emit([t])
                order.append(("extra", ""))
            elif cmd == "marker":
                self.emit([rest])
                PHEN["jump marker"] += 1
                order.append(("marker", ""))
            elif cmd == "dup":
                t = self.P(rest)
                self.dups.append(t.replace(" ", ""))
                PHEN["line printed twice"] += 1
                self.emit([t])
                order.append(("dup", ""))
            elif cmd == "repeat":
                k = int(pos[0])
                prev = [l for l in self.blocks[-1][0]][-k:]
                for l in prev:
                    self.dups.append(l.replace(" ", ""))
                PHEN["line printed twice"] += len(prev)
                self.emit(prev)
                order.append(("dup", ""))
            elif cmd == "gap":
                self.blocks.append(([""], False))
                continue
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {line!r}")
        for name in self.arts:
            ps = self.article_pieces(name)
            kind = self.arts[name]["kind"]
            if kind != "photo" and self.cursor[name] != len(ps):
                raise SystemExit(f"{self.src.name}: {name} has unprinted pieces")

    def text(self):
        out = []
        for lines, tight in self.blocks:
            out.append(("\n" if tight else "\n\n").join(lines))
        body = "\n\n".join(out)
        return (" " + body + "\n\n\n") if self.col else ("\n\n" + body)

    def gold(self, fname):
        arts = []
        for name, a in self.arts.items():
            g = OrderedDict()
            for f in FIELDS:
                v = clean(self.P(a[f]))
                g[f] = v
            g["subheads"] = [clean(self.P(p[2:])) for p in a["paras"] if p.startswith("##")]
            g["paragraphs"] = [clean(self.P(p[2:] if p.startswith("##") else p)).replace(" ", "")
                               if not p.startswith("##") else clean(self.P(p[2:])).replace(" ", "")
                               for p in a["paras"]]
            arts.append(g)
        m = self.meta
        return OrderedDict([
            ("source", fname), ("issue_date", m["date"]),
            ("issue_number", int(m["issue"]) if m.get("issue") else None),
            ("page_count", int(m["pages"]) if m.get("pages") else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def census(pg, g):
    """Count the paper's variants on one page (README phenomenon table)."""
    lay = "\n".join(pg.layout)
    for (name, src), a in zip(pg.arts.items(), g["articles"]):
        d, b, k = a["dateline"], a["byline"], a["kind"]
        PHEN[f"article kind: {k}"] += 1
        if "讯" in d:
            PHEN["dateline with 讯"] += 1
        if d.endswith("电") or "电（" in d or "电(" in d:
            PHEN["dateline with 电"] += 1
        if d.startswith("新华社"):
            PHEN["新华社 dateline"] += 1
        if re.search(r"[（(]记者", d) or b.startswith("湖南日报记者") or "华声在线记者" in b:
            PHEN["记者 (pre-2020 style) in dateline or byline"] += 1
        if "全媒体记者" in d + b:
            PHEN["全媒体记者 in dateline or byline"] += 1
        if "华声在线" in b:
            PHEN["byline 湖南日报·华声在线记者"] += 1
        if "新湖南客户端" in d + b:
            PHEN["湖南日报·新湖南客户端 byline or dateline"] += 1
        if b.startswith("文丨"):
            PHEN["byline 文丨X (副刊, no dateline)"] += 1
        if b.startswith("文/图"):
            PHEN["byline 文/图 over the first paragraph"] += 1
        if "评论员" in b:
            PHEN["byline 湖南日报(全媒体)评论员"] += 1
        if k in ("commentary",) and b and "评论员" not in b and "记者" not in b:
            PHEN["bare name on a commentary or theory piece"] += 1
        if k == "feature" and b and f"byline {name}" in lay:
            PHEN["feature byline on a line of its own"] += 1
        if "摄（湖南图片库）" in b or "摄(湖南图片库)" in b:
            PHEN["credit … 摄（湖南图片库）"] += 1
        elif b.startswith("以上图片均由"):
            PHEN["group credit 以上图片均由 … 摄"] += 1
        elif b.startswith("漫画"):
            PHEN["cartoon credit"] += 1
        elif b.endswith("摄"):
            PHEN["credit … 摄"] += 1
        if a["kicker"]:
            PHEN["kicker (引题)"] += 1
        if a["subtitle"]:
            PHEN["subtitle (副题)"] += 1
        if a["subtitle"].startswith("——"):
            PHEN["dash-led subtitle ——记…"] += 1
        if a["subtitle"].endswith("出席"):
            PHEN["short trailing line 某某某出席"] += 1
        if a["column"]:
            PHEN["column label (栏目)"] += 1
        if a["subheads"]:
            PHEN["in-body crossheads"] += len(a["subheads"])
        if a["continued"].startswith("下转"):
            PHEN["jump 下转2版"] += 1
        if a["continued"].startswith("上接"):
            PHEN["continuation 上接1版"] += 1
        if re.search(r"\d\^|\^\d|月\^|\^月", src["dateline"]):
            PHEN["line break inside a dateline's date"] += 1
        if "^通讯员" in src["dateline"] + src["byline"]:
            PHEN["line break before 通讯员"] += 1
        t = src["title"]
        if "^" in t and len(t.split("^")[-1].strip()) <= 2:
            PHEN["headline's last word alone on a line"] += 1
        if " ^" in t:
            PHEN["two-phrase title split at its space"] += 1
        if any(p.startswith(("一是", "1.")) or "一是" in p for p in a["paragraphs"]):
            PHEN["numbered list in the paragraphs"] += 1
        n = pg.headlines.get(name, 0)
        if n:
            PHEN[f"headline stack printed on {min(n, 4)} line(s)"] += 1
    for line in pg.layout:
        if line.startswith("extra ") and re.search(r"\S \S", line[6:]):
            PHEN["furniture pieces merged on one line (e.g. 26 星期四)"] += 1


def nchars(s):
    return len(re.sub(r"\s+", "", s))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    rows = []
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        pg.run()
        txt = pg.text()
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        (out / "pages" / (stem + ".txt")).write_text(txt, encoding="utf-8")
        g = pg.gold(stem + ".txt")
        census(pg, g)
        (out / "gold" / (stem + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        m = pg.meta
        rows.append((stem + ".txt", m["date"], m["page"], m["layout"], m["punct"],
                     len(g["articles"]), nchars(txt), m.get("subjects", "")))
    # README
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items(), key=lambda kv: (-kv[1], kv[0])))
    pt = "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("@PHENOMENA@", "| phenomenon | count |\n|---|---|\n" + ph).replace(
        "@PAGES@", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
        "|---|---|---|---|---|---|---|---|\n" + pt)
    (out / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
