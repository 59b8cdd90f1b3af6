#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice is drawn from a random.Random seeded by
the source file name, so a rebuild is byte-for-byte identical.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
OPEN_P = "“‘（《〈【(「"
CLOSE_P = "，。、；：？！”’）》〉】),;:!?」%"
FULL_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」"
PHEN = Counter()          # phenomena counted while composing (all pages)


# ---------------------------------------------------------------- source
class Art:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.paras = []       # list of (is_subhead, text with | cut marks)
        self.width = None
        self.marker = ""
        self.cursor = 0       # position in the flat body stream during layout
        self.started = False


def parse(path):
    meta, arts, layout = {}, OrderedDict(), []
    cur, sect = None, None
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        if ln.startswith("@page"):
            sect = "page"
            continue
        if ln.startswith("@art"):
            sect = "art"
            cur = Art(ln.split()[1])
            arts[cur.id] = cur
            continue
        if ln.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "layout":
            layout.append(ln.rstrip())
            continue
        key, _, val = ln.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            meta[key] = val
        elif key in FIELDS:
            cur.f[key] = val
        elif key == "p":
            cur.paras.append((False, val))
        elif key == "h":
            cur.paras.append((True, val))
        elif key == "width":
            cur.width = float(val)
        elif key == "marker":
            cur.marker = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout


def punct(s, mode):
    """Apply the page's punctuation width."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s):
    return s.replace("|", "").replace("¶", "")


# ---------------------------------------------------------------- units
def units(text):
    """Split text into layout units: number/latin runs, single chars, names in
    datelines are handled by the caller."""
    out = []
    for m in re.finditer(r"[0-9A-Za-z][0-9A-Za-z.%×+\-/]*|\s+|.", text):
        out.append(m.group())
    return out


def uwidth(u):
    if u.isspace():
        return 0.0
    return sum(0.5 if ord(c) < 128 else 1.0 for c in u)


def is_num(u):
    return bool(re.match(r"[0-9A-Za-z]", u))


def is_cjk(u):
    return len(u) == 1 and ("\u4e00" <= u <= "\u9fff")


class Page:
    def __init__(self, path):
        self.name = path.stem
        self.meta, self.arts, self.layout = parse(path)
        self.rng = random.Random(path.name)
        self.mode = self.meta.get("layout", "column")
        self.pmode = self.meta.get("punct", "full")
        self.out = []            # raw lines (strings); "" = blank
        self.extras = OrderedDict()
        self.dups = []
        self.phen = Counter()
        # per page artefact probabilities
        r = self.rng
        self.p_numspace = float(self.meta.get("numspace", r.choice([0.55, 0.7, 0.85])))
        self.p_gap = float(self.meta.get("gap", 0.04))
        self.width = float(self.meta.get("width", 17))

    # ------------------------------------------------------------ output
    def emit(self, line, tight=False):
        if self.out and not tight:
            self.out.append("")
        self.out.append(line)

    # ------------------------------------------------------------ spacing
    def join_normal(self, us, allow_art=True):
        """Join units of an ordinary (unspread) line with extraction spaces
        around number runs, glyph gaps before full-width punctuation and %."""
        s = ""
        r = self.rng
        for i, u in enumerate(us):
            if u.isspace():
                s += " "
                continue
            if allow_art and is_num(u):
                mode = r.random()
                left = mode < self.p_numspace + (1 - self.p_numspace) / 2
                right = mode < self.p_numspace
                if "%" in u and r.random() < 0.25:
                    u = u.replace("%", " %")
                    self.phen["space before %"] += 1
                if left and s and not s.endswith(" ") and not s[-1] in OPEN_P:
                    s += " "
                s += u
                if right and i + 1 < len(us) and not (us[i + 1] in CLOSE_P):
                    s += " "
                if left or right:
                    self.phen["number run spaced"] += 1
                continue
            if allow_art and u in "，。、；：）》”" and s and not s.endswith(" ") and r.random() < self.p_gap:
                s += " "
                self.phen["glyph gap at punctuation"] += 1
            s += u
            if allow_art and u == "“" and r.random() < self.p_gap:
                s += " "
                self.phen["space after opening quote"] += 1
        return re.sub(r" +", " ", s).strip()

    def join_spread(self, us):
        s = ""
        for i, u in enumerate(us):
            if u.isspace():
                continue
            nxt = us[i + 1] if i + 1 < len(us) else ""
            s += u
            if u in FULL_PUNCT or u in ",;:()":
                if u == "“":
                    s += " "
                continue
            if nxt in ("“", "（", "《", "("):
                continue
            s += " "
        return re.sub(r" +", " ", s).strip()

    # ------------------------------------------------------------ column lines
    def col_lines(self, pieces, width, first_indent):
        """pieces: list of (text, kind) where kind 'dl' (dateline, names unbreakable)
        or 'body'.  Returns list of (units, is_last_line_of_para, in_dateline, forced)."""
        toks = []
        for text, kind in pieces:
            if kind == "dl":
                # names inside the bracket are unbreakable units
                for m in re.finditer(r"¶|[0-9]+|[\u4e00-\u9fff]{2,4}(?=[ ）)])|\s+|.", text):
                    toks.append((m.group(), True))
            else:
                for u in units(text):
                    toks.append((u, False))
        # a dateline may only break where at least four characters of it are
        # left for the next line (the scorer finds a line's text in pieces of
        # four or more): the tail of the dateline is one unbreakable unit
        dl_idx = [k for k, (u, d) in enumerate(toks) if d and u != "¶"]
        if dl_idx:
            end = dl_idx[-1]
            j, acc = end, 0
            while j >= 0 and toks[j][1] and toks[j][0] != "¶":
                acc += len(toks[j][0].strip())
                if acc >= 4 and (j == 0 or toks[j - 1][0].isspace() or toks[j - 1][0] in "（("):
                    break
                j -= 1
            j = max(j, 0)
            if toks[j][0] == "¶":
                j += 1
            glued = "".join(u for u, _ in toks[j:end + 1])
            toks[j:end + 1] = [(glued, True)]
        lines, cur, w = [], [], 0.0
        avail = width - first_indent
        i = 0
        while i < len(toks):
            u, dl = toks[i]
            if u == "¶":
                lines.append((cur, False, True, True))
                cur, w, avail = [], 0.0, width
                i += 1
                continue
            if u.isspace() and not cur:
                i += 1
                continue
            uw = uwidth(u)
            if w + uw <= avail + 1e-9 or not cur:
                cur.append((u, dl))
                w += uw
                i += 1
                continue
            # kinsoku: closing punctuation hangs on the line
            while i < len(toks) and toks[i][0] in CLOSE_P:
                cur.append(toks[i])
                i += 1
            # opening punctuation may not end a line
            while cur and cur[-1][0] in OPEN_P:
                i -= 1
                cur.pop()
            lines.append((cur, False, cur[-1][1] if cur else False, False))
            cur, w, avail = [], 0.0, width
        if cur:
            lines.append((cur, True, cur[-1][1], False))
        res = []
        for cu, last, indl, forced in lines:
            us = [u for u, _ in cu]
            wsum = sum(uwidth(u) for u in us)
            res.append((us, last, indl, forced, wsum))
        return res

    def render_col_para(self, art, text, first, lead, width, indent=True):
        """Render one (part of a) paragraph in column layout into raw lines."""
        pieces = []
        if lead:
            pieces.append((lead, "dl"))
        pieces.append((text, "body"))
        first_indent = 2 if (indent and first) else 0
        rows = self.col_lines(pieces, width, first_indent)
        lines = []
        for k, (us, last, indl, forced, wsum) in enumerate(rows):
            avail = width - (first_indent if k == 0 else 0)
            slack = avail - wsum
            if not last and not indl and not forced and slack >= 1.0 and len(us) > 3:
                lines.append(self.join_spread(us))
                self.phen["justified line spread with spaces"] += 1
            else:
                if indl and k + 1 < len(rows) and not forced:
                    self.phen["line break inside dateline"] += 1
                if forced:
                    self.phen["line break inside dateline"] += 1
                lines.append(self.join_normal(us))
        return lines

    # ------------------------------------------------------------ body stream
    def stream(self, art):
        """Flat list of segments: (para_index, part_text, para_start, para_end)."""
        segs = []
        for pi, (sub, text) in enumerate(art.paras):
            parts = punct(text, self.pmode).split("|")
            for k, ptxt in enumerate(parts):
                segs.append((pi, ptxt, k == 0, k == len(parts) - 1, sub))
        return segs

    def body(self, art, upto=None, tight=False, noindent=False):
        segs = self.stream(art)
        end = len(segs) if upto is None else upto
        if art.cursor >= end:
            raise SystemExit(f"{self.name}: body {art.id} empty range")
        chunk = segs[art.cursor:end]
        if upto is not None:
            self.phen["body interrupted (cut or paragraph break), continued later"] += 1
        # group consecutive segments of the same paragraph into one line of text
        groups = []
        for pi, t, st, en, sub in chunk:
            if groups and groups[-1][0] == pi:
                g = groups[-1]
                groups[-1] = (pi, g[1] + t, g[2], en, sub)
            else:
                groups.append((pi, t, st, en, sub))
        width = art.width or self.width
        for gi, (pi, t, st, en, sub) in enumerate(groups):
            lead = ""
            if not art.started:
                art.started = True
                if art.f["dateline"]:
                    lead = punct(art.f["dateline"], self.pmode)
                if art.marker and getattr(art, "inline_marker", False):
                    lead = art.marker + lead
            if self.mode == "column":
                if sub:
                    lines = [self.join_normal(units(t), allow_art=False)]
                else:
                    lines = self.render_col_para(art, t, st, lead, width, indent=not noindent)
                for k, l in enumerate(lines):
                    self.emit(l, tight=tight and gi == 0 and k == 0)
            else:
                line = lead.replace("¶", "\n\n") + t
                if lead and "¶" in lead:
                    self.phen["line break inside dateline"] += 1
                line = self.para_art(line)
                for k, l in enumerate(line.split("\n\n")):
                    self.emit(l, tight=tight and gi == 0 and k == 0)
        art.cursor = end

    def para_art(self, s):
        """Light extraction artefacts of the paragraph layout."""
        r = self.rng
        if self.p_gap > 0:
            def q(m):
                if r.random() < self.p_gap:
                    self.phen["space after opening quote"] += 1
                    return m.group() + " "
                return m.group()
            s = re.sub("“", q, s)

            def pc(m):
                if r.random() < self.p_gap * 2:
                    self.phen["space before %"] += 1
                    return " %"
                return m.group()
            s = re.sub("%", pc, s)
        return s

    # ------------------------------------------------------------ heads
    def head_parts(self, art, which):
        parts = []
        for w in which:
            v = art.f[w]
            if v:
                parts.append(punct(v, self.pmode))
        return parts

    def head(self, art, opts):
        which = opts.get("parts", "kicker,title,subtitle").split(",")
        parts = self.head_parts(art, which)
        double = "double" in opts
        twice = "twice" in opts
        tpart = punct(art.f["title"], self.pmode)
        if self.mode == "para" and "sep" not in opts:
            lines = [" ".join(parts)]
            if double and tpart:
                lines = [lines[0].replace(tpart, tpart + tpart, 1)]
        else:
            lines = []
            for p in parts:
                wrap = opts.get("wrap")
                if p == tpart and wrap:
                    cut = int(wrap)
                    lines += [p[:cut].strip(), p[cut:].strip()]
                    self.phen["headline wrapped, last word alone"] += 1
                elif p == tpart and double:
                    lines.append(p + p)
                else:
                    lines.append(p)
        if double:
            self.dups.append(tpart)
            self.phen["headline drawn twice"] += 1
        tight_all = self.mode == "column" and opts.get("tight", "r") != "no"
        for k, l in enumerate(lines):
            t = opts.get("tightfirst") == "yes" if k == 0 else (tight_all and self.rng.random() < 0.6)
            self.emit(l, tight=t)
            if twice and l.replace(" ", "") == tpart.replace(" ", ""):
                self.emit(l, tight=self.mode == "column")
                self.dups.append(tpart)
                self.phen["headline drawn twice"] += 1
        self.phen["headline lines"] += len(lines)
        if len([w for w in which if art.f[w]]) >= 3:
            self.phen["three-part headline stack"] += 1

    # ------------------------------------------------------------ layout
    def run(self):
        for ln in self.layout:
            tight = ln.startswith("+")
            ln = ln.lstrip("+")
            cmd, _, rest = ln.partition(" ")
            if cmd == "x":                          # page furniture / box line
                blk, _, text = rest.partition(" ")
                self.extras.setdefault(blk, []).append(text)
                self.emit(text, tight)
                self.phen["furniture/box line"] += 1
                continue
            if cmd == "blank":
                self.out += [""] * int(rest)
                continue
            if cmd == "dupline":                    # the previous printed line again
                prev = [l for l in self.out if l.strip()][-1]
                self.emit(prev, tight)
                self.dups.append(prev.strip())
                self.phen["line printed twice"] += 1
                continue
            args = rest.split()
            art = self.arts[args[0]]
            opts = {}
            for a in args[1:]:
                k, _, v = a.partition("=")
                opts[k] = v
            if cmd == "head":
                if art.started:
                    self.phen["headline printed after (part of) its body"] += 1
                self.head(art, opts)
            elif cmd == "col":
                self.emit(art.f["column"], tight)
                self.phen["column label line"] += 1
            elif cmd == "byline":
                b = punct(art.f["byline"], self.pmode)
                if "¶" in b:
                    a1, a2 = b.split("¶")
                    self.emit(a1.strip(), tight)
                    self.emit(a2.strip(), self.mode == "column")
                    self.phen["line break inside byline"] += 1
                elif "right" in opts:
                    self.emit(" " * int(opts.get("right") or 24) + b, tight)
                    self.phen["credit right-aligned on its own line"] += 1
                else:
                    self.emit(b, tight)
            elif cmd == "body":
                upto = opts.get("upto")
                if upto is not None and upto.startswith("p"):
                    upto = sum(t.count("|") + 1 for _, t in art.paras[:int(upto[1:])])
                    self.phen["headline printed after (part of) its body"] += 0
                elif upto is not None:
                    upto = self.cut_index(art, int(upto))
                self.body(art, upto, tight, noindent="noindent" in opts)
            elif cmd == "mark":
                if "inline" in opts:
                    art.inline_marker = True
                    self.phen["jump marker"] += 1
                else:
                    self.emit(art.marker, tight)
                    self.phen["jump marker"] += 1
            elif cmd == "photo":
                self.photo(art, opts, tight)
            else:
                raise SystemExit(f"{self.name}: unknown layout command {cmd}")

    def cut_index(self, art, n):
        """Segment index just after the n-th cut mark (1-based) of the article."""
        count, idx = 0, 0
        for pi, (sub, text) in enumerate(art.paras):
            k = text.count("|")
            for _ in range(k + 1):
                idx += 1
                if _ < k:
                    count += 1
                    if count == n:
                        return idx
        raise SystemExit(f"{self.name}: {art.id} has no cut {n}")

    def photo(self, art, opts, tight):
        cap = [punct(t, self.pmode) for _, t in art.paras]
        credit = punct(art.f["byline"], self.pmode)
        if art.f["title"] and "notitle" not in opts:
            self.head(art, {"parts": "kicker,title,subtitle"})
        how = opts.get("credit", "same")
        for k, c in enumerate(cap):
            if k == len(cap) - 1 and how == "same" and credit:
                self.emit(c + " " + credit, tight and k == 0)
            else:
                self.emit(c, tight and k == 0)
        if how == "line" and credit:
            self.emit(credit, self.mode == "column")
        elif how == "right" and credit:
            self.emit(" " * 26 + credit, False)
            self.phen["credit right-aligned on its own line"] += 1
        self.phen["photo"] += 1
        art.started = True

    # ------------------------------------------------------------ gold
    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras = [punct(clean(t), self.pmode) for _, t in a.paras]
            d = OrderedDict()
            for k in FIELDS:
                v = clean(a.f[k])
                d[k] = punct(v, self.pmode) if k not in ("kind",) else v
            d["subheads"] = [punct(clean(t), self.pmode) for s, t in a.paras if s]
            d["paragraphs"] = paras
            arts.append(d)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = self.meta["date"]
        g["issue_number"] = self.meta.get("issue") or None
        g["page_count"] = int(self.meta["pages"]) if self.meta.get("pages") else None
        g["articles"] = arts
        g["extras"] = ["".join(v) for v in self.extras.values()]
        g["duplicates"] = self.dups
        return g

    def check_consumed(self):
        for a in self.arts.values():
            if a.f["kind"] == "photo" or not a.paras:
                continue
            if a.cursor != len(self.stream(a)):
                raise SystemExit(f"{self.name}: body of {a.id} not fully laid out")


def build_page(path):
    pg = Page(path)
    pg.run()
    pg.check_consumed()
    text = "\n".join(pg.out) + "\n"
    text = "\n\n" + text if pg.meta.get("lead_blank") == "yes" else text
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = pg.meta["num"]
    fname = f"{num}_{h}.txt"
    return pg, text, fname


def table_rows(pages):
    rows = []
    for pg, text, fname in pages:
        m = pg.meta
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| `{fname}` | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(pg.arts)} | {nchar} | {m['subjects']} |")
    return "\n".join(rows)


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    built = []
    for src in sorted(SRC.glob("p*.txt")):
        pg, text, fname = build_page(src)
        (PAGES / fname).write_text(text, encoding="utf-8")
        g = pg.gold(fname)
        (GOLD / fname.replace(".txt", ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        PHEN.update(pg.phen)
        for a in g["articles"]:
            PHEN[f"article kind: {a['kind']}"] += 1
            dl, by = a["dateline"], a["byline"]
            if dl:
                PHEN["dateline with 电" if "电" in dl.split("（")[0].split("(")[0] else "dateline with 讯"] += 1
                if dl.startswith("新华社"):
                    PHEN["dateline of 新华社"] += 1
                if "全媒体记者" in dl:
                    PHEN["dateline byline 全媒体记者"] += 1
                elif "记者" in dl:
                    PHEN["dateline byline 记者"] += 1
            if by.startswith("文丨"):
                PHEN["byline 文丨X (副刊)"] += 1
            if "评论员" in by:
                PHEN["byline 评论员"] += 1
            if "华声在线" in by or "华声在线" in dl:
                PHEN["湖南日报·华声在线"] += 1
            if "新湖南客户端" in by or "新湖南客户端" in dl:
                PHEN["湖南日报·新湖南客户端"] += 1
            if a["subtitle"].startswith("——"):
                PHEN["dash-led subtitle"] += 1
            if a["subheads"]:
                PHEN["article with crossheads"] += 1
            if a["column"]:
                PHEN["article with column label"] += 1
        built.append((pg, text, fname))
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items(), key=lambda x: (-x[1], x[0])))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + phen)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
                            "|---|---|---|---|---|---|---|---|\n" + table_rows(built))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(built)} pages")


if __name__ == "__main__":
    main()
