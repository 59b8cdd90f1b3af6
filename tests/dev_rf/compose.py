#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/*.txt), their gold
annotations (gold/*.json) and README.md (filled from README.in).

Standard library only.  Deterministic: every small choice is drawn from a
random.Random seeded by the source file name, so a rerun rebuilds every file
byte for byte.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」")
OPEN = set("“‘（《「")
NOSPACE = set("（）《》")             # brackets take no glyph-gap space on either side
HALFW = CLOSE | OPEN | set("·")      # full-width punctuation is set half width in columns
BREAK = "¦"                          # forced line break (dateline, byline, headline)
CUT = "‖"                            # a paragraph cut point: pieces a, b, c …
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%‰℃+×:\-]*")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

PHEN = Counter()          # phenomena counted over the whole set (README table)


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    meta, arts, layout = {}, OrderedDict(), []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("=== "):
            head = line[4:].split()
            if head[0] == "layout":
                mode = "layout"
                continue
            cur = {"id": head[0], "kind": head[1], "paras": [], "opt": {}}
            for f in FIELDS:
                cur[f] = ""
            arts[head[0]] = cur
            mode = "fields"
            continue
        if mode == "meta":
            k, _, v = line.partition(" ")
            meta[k.lstrip("@")] = v.strip()
        elif mode == "fields":
            if line == "---":
                mode = "paras"
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k in FIELDS:
                cur[k] = v
            else:
                cur["opt"][k] = v
        elif mode == "paras":
            cur["paras"].append(line.strip())
        else:
            layout.append(line.strip())
    return {"meta": meta, "arts": arts, "layout": layout, "name": path.name}


# ---------------------------------------------------------------- text forms
def punct(s: str, style: str) -> str:
    """The page's punctuation width: full | mixed (full commas, half brackets) | half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
    return s


def plain(s: str) -> str:
    """Gold form of a source string: markers out."""
    s = re.sub(CUT + r"(\{\w+\})?", "", s)
    return s.replace(BREAK, "")


def clean_line(s: str) -> str:
    """A printed line without its layout spaces (for duplicates)."""
    return re.sub(r"(?<![A-Za-z]) | (?![A-Za-z])", "", s).strip()


def pieces(p: str) -> list[str]:
    return re.split(CUT + r"(?:\{\w+\})?", p)


# ---------------------------------------------------------------- column wrap
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUM.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == BREAK:
        return 0
    if tok[0].isascii():
        return 0.5 * len(tok)
    return sum(0.5 if c in HALFW else 1 for c in tok)


def numspace(toks: list[str], style: str) -> str:
    """Render a (non-spread) line: spaces beside number runs per the article's style."""
    s = ""
    for i, t in enumerate(toks):
        isnum = t[0].isascii() and t[0].isalnum()
        if isnum and style in ("both", "before") and i > 0:
            prev = toks[i - 1]
            if not (prev[-1] in CLOSE or prev[-1] in OPEN or prev[-1].isascii()):
                s += " "
        s += t
        if isnum and style == "both" and i + 1 < len(toks):
            nxt = toks[i + 1]
            if not (nxt[0] in CLOSE or nxt[0] in OPEN or nxt[0].isascii()):
                s += " "
    return s


def spread(toks: list[str], keep: int = 0) -> str:
    """A justified line drawn with stretched gaps: a space at every glyph gap.
    The first `keep` tokens (a dateline's tail) are drawn as set, as in seed 000."""
    s = numspace(toks[:keep], "both") if keep else toks[0]
    for i, (a, b) in enumerate(zip(toks, toks[1:]), 1):
        if i < keep:
            continue
        if a == " " or b == " ":
            s += b
        elif a[-1] in CLOSE or b[0] in OPEN or a[-1] in NOSPACE or b[0] in NOSPACE:
            s += b
        else:
            s += " " + b
    return s


def wrap(text: str, w: float, style: str, indent: bool, last_is_end: bool = True,
         dl: int = 0) -> list[str]:
    """Greedy column fill: 2 em indent on a paragraph's first line, punctuation
    half width, a closing mark may hang, an opening mark never ends a line.
    A line falling short of the measure by 1 em or more (not the last) is spread."""
    toks = tokens(text)
    dl_end = len(tokens(text[:dl])) if dl else 0   # dateline tokens come first
    lines, cur, cw = [], [], (2.0 if indent else 0.0)   # cur: [(index, token)]
    ends = []
    for j, t in enumerate(toks):
        if t == BREAK:
            lines.append(cur); ends.append(True); cur, cw = [], 0.0
            continue
        tw = width(t)
        if cur and cw + tw > w and not (t[0] in CLOSE and len(t) == 1):
            moved = []
            while cur and cur[-1][1][-1] in OPEN:
                moved.insert(0, cur.pop())
            # a dateline's tail is never left shorter than 4 characters on the next line
            tail = lambda: sum(len(x.strip()) for _, x in moved) + sum(len(x.strip()) for x in toks[j:dl_end])
            while j < dl_end and cur and tail() < 4:
                moved.insert(0, cur.pop())
            lines.append(cur); ends.append(False)
            cur = moved
            cw = sum(width(x) for _, x in cur)
        cur.append((j, t))
        cw += tw
    if cur:
        lines.append(cur); ends.append(last_is_end)
    out = []
    for i, (ln, forced) in enumerate(zip(lines, ends)):
        while ln and ln[-1][1] == " ":
            ln = ln[:-1]
        while ln and ln[0][1] == " ":
            ln = ln[1:]
        if not ln:
            continue
        keep = sum(1 for k, _ in ln if k < dl_end)
        ln = [x for _, x in ln]
        lw = sum(width(x) for x in ln) + (2.0 if indent and i == 0 else 0.0)
        if not forced and i < len(lines) - 1 and w - lw >= 1.0 and len(ln) > 2:
            out.append(spread(ln, keep)); PHEN["justified line spread with spaces"] += 1
        else:
            r = numspace(ln, style)
            if r != "".join(ln):
                PHEN["spaces around number runs"] += 1
            out.append(r)
    return out


# ---------------------------------------------------------------- page build
def refs(spec: list[str], art: dict) -> list[tuple[int, int | None]]:
    """'*', '2-', '0-3', '4', '4a' -> [(para, piece|None)]"""
    n = len(art["paras"])
    out = []
    for r in spec:
        if r == "*":
            out += [(i, None) for i in range(n)]
        elif re.fullmatch(r"\d+-\d*", r):
            a, b = r.split("-")
            out += [(i, None) for i in range(int(a), int(b) + 1 if b else n)]
        elif re.fullmatch(r"\d+", r):
            out.append((int(r), None))
        elif re.fullmatch(r"\d+[a-z]", r):
            out.append((int(r[:-1]), ord(r[-1]) - 97))
        else:
            raise ValueError(f"bad ref {r} in {art['id']}")
    return out


class Page:
    def __init__(self, src: dict):
        self.src, self.meta, self.arts = src, src["meta"], src["arts"]
        self.rng = random.Random(src["name"])
        self.layout = self.meta.get("layout", "column")
        self.style = self.meta.get("punct", "full")
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.order: list[str] = []
        self.dl_done: set[str] = set()
        self.body_seen: set[str] = set()
        self.last_item = ""
        self.printed: set = set()

    # helpers
    def p(self, s: str) -> str:
        return punct(s, self.style)

    def emit(self, *lines: str, tight=False):
        if tight:
            self.blocks.append("\n".join(lines))
        else:
            self.blocks.extend(lines)

    def seen(self, aid: str):
        if aid not in self.order:
            self.order.append(aid)

    def para_text(self, art, i, k):
        ps = pieces(art["paras"][i])
        t = "".join(ps) if k is None else ps[k]
        if t.startswith("## "):
            t = t[3:]
        return t

    # items
    def item(self, line: str):
        self.cur_item = line
        parts = line.split()
        op, args = parts[0], parts[1:]
        getattr(self, "do_" + op)(args, line)
        self.last_item = op if op != "head" else "head:" + (args[0] if args else "")

    def do_blank(self, args, line):
        self.blocks.append("")

    def do_extra(self, args, line):
        body = line.split(" ", 1)[1]
        blocks = body.split("|")
        for b in blocks:
            self.emit(*b.split("^"), tight=True)
        self.extras.append(re.sub(r"\s+", "", body.replace("|", "").replace("^", "")))
        PHEN["masthead / box pieces (extras)"] += 1

    def do_marker(self, args, line):
        self.emit(line.split(" ", 1)[1])
        PHEN["jump marker lines"] += 1

    def do_column(self, args, line):
        a = self.arts[args[0]]
        self.emit(self.p(a["column"]))
        PHEN["column label line"] += 1

    def do_byline(self, args, line):
        a = self.arts[args[0]]
        self.seen(args[0])
        b = self.p(a["byline"])
        self.emit(*[y.strip() for y in b.split(BREAK)], tight=True)
        if BREAK in b:
            PHEN["line break inside a byline"] += 1

    def do_dateline(self, args, line):
        a = self.arts[args[0]]
        self.dl_done.add(args[0])
        self.emit(*self.p(a["dateline"]).split(BREAK), tight=True)

    def do_head(self, args, line):
        aid = args[0]
        a = self.arts[aid]
        which, mode = "kts", "block"
        for x in args[1:]:
            if re.fullmatch(r"[kts]+", x):
                which = x
            else:
                mode = x
        parts = [self.p(a[f]) for c, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle")) if c in which and a[f]]
        if aid in self.body_seen:
            PHEN["headline printed after its body"] += 1
        if self.last_item.startswith("head:") and self.last_item != "head:" + aid:
            PHEN["headlines bunched with another story's"] += 1
        if any(BREAK in x for x in parts):
            PHEN["headline line broken (last word alone)"] += 1
        if mode == "join":
            self.emit(" ".join(x.replace(BREAK, "") for x in parts))
        elif mode == "tight":
            self.emit("\n".join(x.replace(BREAK, "\n") for x in parts), tight=True)
        elif mode == "glued":      # no blank line before: joined to the previous block
            txt = "\n".join(x.replace(BREAK, "\n") for x in parts)
            self.blocks[-1] += "\n" + txt
        elif mode == "twice":      # doubled on one line
            t = self.p(a["title"]).replace(BREAK, "")
            rest = [x.replace(BREAK, "") for x in parts]
            self.emit(*[x + x if x == t else x for x in rest])
            self.dups.append(t)
            PHEN["headline drawn twice"] += 1
        elif mode == "again":      # two identical lines
            t = self.p(a["title"]).replace(BREAK, "")
            for x in parts:
                self.emit(*x.split(BREAK), tight=True)
                if x.replace(BREAK, "") == t:
                    self.emit(*x.split(BREAK), tight=True)
            self.dups.append(t)
            PHEN["headline drawn twice"] += 1
        else:
            for x in parts:
                self.emit(*[y.strip() for y in x.split(BREAK)], tight=True)

    def do_dup(self, args, line):
        n = int(args[0])
        lines = [b for b in self.blocks if b.strip()][-n:]
        for b in lines:
            self.blocks.append(b)
            self.dups.append(clean_line(b))
        PHEN["lines printed twice"] += n

    def do_photo(self, args, line):
        aid = args[0]
        a = self.arts[aid]
        self.seen(aid)
        self.body_seen.add(aid)
        caps = [self.p(self.para_text(a, i, None)) for i in range(len(a["paras"]))]
        cap = caps[-1]
        if len(caps) > 1:
            self.emit(*caps[:-1])
        cred = self.p(a["byline"])
        mode = args[1] if len(args) > 1 else "inline"
        w = float(a["opt"].get("width", self.meta.get("photowidth", 40)))
        if mode == "inline":
            self.emit(cap + (" " + cred if cred else ""))
        elif mode == "wrap":
            ls = wrap(cap, w, a["opt"].get("numsp", "none"), False)
            if cred:
                ls[-1] += " " + cred
            self.emit(*ls)
        elif mode == "sep":
            self.emit(cap)
            if cred:
                self.emit(" " * self.rng.randint(18, 36) + cred)
                PHEN["credit right-aligned on its own line"] += 1
        elif mode == "above":      # credit first (group credit under a photo block)
            if cred:
                self.emit(cred)
            self.emit(cap)
        PHEN["photo captions"] += 1

    def do_body(self, args, line):
        aid = args[0]
        a = self.arts[aid]
        self.seen(aid)
        self.body_seen.add(aid)
        pre = ""
        spec = []
        for x in args[1:]:
            if x.startswith("pre="):
                pre = x[4:].replace("_", " ")
            else:
                spec.append(x)
        rs = refs(spec or ["*"], a)
        style = a["opt"].get("numsp", "none")
        w = float(a["opt"].get("width", self.meta.get("width", 17)))
        first = True
        for (i, k) in rs:
            t = self.p(self.para_text(a, i, k))
            start = k in (None, 0)
            whole_end = k is None or k == len(pieces(a["paras"][i])) - 1
            dlen = 0
            if i == 0 and start and a["dateline"] and aid not in self.dl_done:
                dl = self.p(a["dateline"])
                dlen = len(dl)
                if BREAK in dl.rstrip(BREAK):
                    PHEN["line break inside a dateline"] += 1
                t = dl + t
                self.dl_done.add(aid)
            first_pre = first and bool(pre)
            if first_pre:
                t = pre + t
            first = False
            if k is not None and not whole_end:
                PHEN["paragraph cut, continued elsewhere"] += 1
                tags = re.findall(CUT + r"(?:\{(\w+)\})?", a["paras"][i])
                name = {"v": "between a verb and its figure", "u": "between a figure and its unit",
                        "w": "inside a word", "q": "inside a quoted term", "n": "inside a name"}
                if k < len(tags) and tags[k] in name:
                    PHEN["cut " + name[tags[k]]] += 1
                nxt = self.src["layout"][self.src["layout"].index(self.cur_item) + 1:]
                if nxt and nxt[0].startswith("body " + aid + " ") and nxt[0].split()[2].startswith(f"{i}{chr(98 + k)}"):
                    PHEN["paragraph split by a column break, nothing between"] += 1
            key = (aid, i, k)
            if key in self.printed or (k is None and any(x[:2] == (aid, i) for x in self.printed)) \
                    or (k is not None and (aid, i, None) in self.printed):
                raise SystemExit(f"{self.src['name']}: {aid} paragraph {i}{'' if k is None else chr(97 + k)} printed twice")
            self.printed.add(key)
            if self.layout == "column":
                ind = start and not a["paras"][i].startswith("## ") and not (i == 0 and a["kind"] == "continuation")
                self.emit(*wrap(t, w, style, ind, dl=dlen + (len(pre) if first_pre else 0)))
            else:
                self.emit(t.replace(BREAK, ""))

    # gold
    def gold_article(self, a: dict) -> dict:
        paras, subs = [], []
        for p in a["paras"]:
            t = self.p(plain(p))
            if t.startswith("## "):
                t = t[3:]
                subs.append(t)
            paras.append(t)
        d = OrderedDict()
        d["kind"] = a["kind"]
        for f in FIELDS:
            v = self.p(plain(a[f]))
            if f in ("dateline",):
                v = re.sub(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)", "", v)
            d[f] = v.strip()
        d["subheads"] = subs
        d["paragraphs"] = paras
        return d

    def count_forms(self):
        for a in self.arts.values():
            d, b = a["dateline"], a["byline"]
            if d:
                PHEN["dateline with 讯" if "讯" in d else "dateline with 电"] += 1
                if d.startswith("新华社"):
                    PHEN["新华社 dateline"] += 1
                if "全媒体记者" in d:
                    PHEN["byline form 全媒体记者 (in dateline)"] += 1
                elif "记者" in d:
                    PHEN["byline form 记者 (in dateline)"] += 1
                if "华声在线" in d:
                    PHEN["湖南日报·华声在线 dateline"] += 1
            if b:
                if b.startswith("文丨"):
                    PHEN["essay byline 文丨X"] += 1
                elif "客户端记者" in b:
                    PHEN["byline 湖南日报·新湖南客户端记者 X 报道"] += 1
                elif b.endswith("评论员") or "评论员 " in b:
                    PHEN["byline 评论员"] += 1
                elif "摄" in b or " 作" in b:
                    PHEN["photo / cartoon credit"] += 1
                    if b.startswith("以上图片均由"):
                        PHEN["group photo credit 以上图片均由 … 摄"] += 1
                elif a["kind"] == "feature" and "记者" in b:
                    PHEN["feature byline alone on its line"] += 1
                elif a["kind"] in ("commentary", "other"):
                    PHEN["bare-name byline"] += 1
            if a["column"]:
                PHEN["column label (栏目)"] += 1
            if a["subtitle"].startswith("——") or a["kicker"].endswith("——"):
                PHEN["dash-led headline part"] += 1
            heads = [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]
            PHEN[f"headline stack of {len(heads)} line(s)"] += 1
            if any(p.startswith("## ") for p in a["paras"]):
                PHEN["feature / theory crossheads"] += sum(p.startswith("## ") for p in a["paras"])

    def build(self):
        self.count_forms()
        for it in self.src["layout"]:
            self.item(it)
        text = "\n\n".join(self.blocks)
        text = self.meta.get("lead", "").replace("\\n", "\n") + text + "\n"
        for a in self.arts.values():
            if a["id"] not in self.order:
                raise SystemExit(f"{self.src['name']}: article {a['id']} never laid out")
            if a["kind"] == "photo":
                continue
            for i, p in enumerate(a["paras"]):
                n = len(pieces(p))
                if (a["id"], i, None) in self.printed:
                    continue
                if not all((a["id"], i, k) in self.printed for k in range(n)):
                    raise SystemExit(f"{self.src['name']}: {a['id']} paragraph {i} not (fully) laid out")
        return text


def issue_fields(meta):
    num = meta.get("issue") or None
    cnt = int(meta["pages"]) if meta.get("pages") else None
    return num, cnt


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for f in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        f.unlink()
    rows = []
    for n, sp in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(sp)
        pg = Page(src)
        text = pg.build()
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        num, cnt = issue_fields(src["meta"])
        g = OrderedDict()
        g["source"] = name + ".txt"
        g["issue_date"] = src["meta"]["date"]
        g["issue_number"] = num
        g["page_count"] = cnt
        g["articles"] = [pg.gold_article(src["arts"][aid]) for aid in pg.order]
        g["extras"] = pg.extras
        g["duplicates"] = pg.dups
        (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", src["meta"]["date"], src["meta"].get("page", ""),
                     pg.layout, src["meta"].get("punct", "full"), len(g["articles"]), nchar,
                     src["meta"].get("subjects", "")))
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append("| " + " | ".join(str(x) for x in r) + " |")
    htab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(PHEN.items(), key=lambda kv: (-kv[1], kv[0])):
        if v:
            htab.append(f"| {k} | {v} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    out = tmpl.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(htab))
    (HERE / "README.md").write_text(out, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
