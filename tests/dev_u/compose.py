#!/usr/bin/env python3
"""Compose the blind Hunan Daily test pages from the hand-written stories in src/.

Deterministic: the same src/ always gives the same pages/ and gold/ (and README.md).
Python 3 standard library only.

Source format (src/NNN.txt, one file per printed page): see README.md, "How the set was made".
"""
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》…,.;:?!)")
OPEN = set("“‘（《(")
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!"})
PAREN = str.maketrans({"（": "(", "）": ")"})
NUM = re.compile(r"[0-9][0-9.]*%?|[A-Za-z][A-Za-z0-9+.\-]*")


# ----------------------------------------------------------------- source parsing
class Art:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {"k": "", "t": "", "s": "", "c": "", "b": "", "d": "", "j": ""}
        self.paras = []      # (text, is_subhead)
        self.opt = {}


def parse(path):
    page = {"opts": {}, "arts": [], "boxes": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#"):
            key, _, val = line[1:].partition(" ")
            if key == "box":
                page["boxes"].append(val.split("|"))
            else:
                page["opts"][key] = val.strip()
            continue
        if line.startswith("@"):
            aid, kind = line[1:].split()
            cur = Art(aid, kind)
            page["arts"].append(cur)
            continue
        key, _, val = line.partition(" ")
        if key in cur.f:
            cur.f[key] = val
        elif key == "p":
            cur.paras.append((val, False))
        elif key == "x":
            cur.paras.append((val, True))
        elif key == "o":
            for kv in val.split():
                k, _, v = kv.partition("=")
                cur.opt[k] = v
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r} in {line!r}")
    return page


# ----------------------------------------------------------------- text helpers
def width(tok):
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in tok)


def tokens(text):
    out, i = [], 0
    while i < len(text):
        m = NUM.match(text, i)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def isnum(tok):
    return bool(tok) and tok[0].isdigit()


def iscjk(tok):
    return len(tok) == 1 and "\u4e00" <= tok <= "\u9fff"


def wrap(text, w):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = width(t)
        if t == " " and not cur:
            continue
        if cur and cw + tw > w and t not in CLOSE and t != " ":
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur, cw = carry, sum(width(x) for x in carry)
        cur.append(t)
        cw += tw
    if cur:
        lines.append(cur)
    for l in lines:
        while l and l[-1] == " ":
            l.pop()
    return [l for l in lines if l]


def join_tokens(toks, mode="none", spread=False, qsp=False, spread_from=0):
    """Render a token list as a printed line, inserting the gaps a PDF extraction leaves."""
    out = ""
    for i, t in enumerate(toks):
        if i and (t == " " or toks[i - 1] == " "):
            pass
        elif i:
            a = toks[i - 1]
            sp = False
            if spread and i > spread_from:
                sp = a not in CLOSE and a not in "（《(" and t not in "“（《》）(" 
            else:
                if isnum(t) and iscjk(a) and mode in ("both", "before"):
                    sp = True
                if isnum(a) and iscjk(t) and mode in ("both", "after") and not a.endswith("%"):
                    sp = True
                if a == "“" and qsp:
                    sp = True
            out += " " if sp else ""
        out += t
    return out


def squash(s):
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------- composing
class Page:
    def __init__(self, name, spec):
        self.name, self.spec = name, spec
        self.o = spec["opts"]
        self.layout = self.o["layout"]
        self.half = self.o.get("punct") == "half"
        self.paren = self.o.get("punct") == "paren"
        self.rng = random.Random("dev_u/" + name)
        self.items = []            # (text, sep_before)
        self.extras, self.dups = [], []
        self.stats = {}

    def P(self, s):
        if self.paren:
            return s.translate(PAREN)
        return s.translate(HALF) if self.half else s

    def stat(self, k, n=1):
        self.stats[k] = self.stats.get(k, 0) + n

    def emit(self, text, gap=2):
        self.items.append((text, gap))

    # -- headline lines of an article
    def head_lines(self, a):
        f, o = a.f, a.opt
        out = []
        if f["k"]:
            ks = o.get("ksplit")
            k = self.P(f["k"])
            if ks:
                i = k.index(ks) + len(ks)
                out += [k[:i], k[i:]]
                self.stat("kicker split over two lines")
            else:
                out.append(k)
        if f["t"]:
            t = self.P(f["t"])
            if o.get("tsplit"):
                i = t.index(o["tsplit"]) + len(o["tsplit"])
                out += [t[:i].strip(), t[i:].strip()]
                self.stat("title split, last word alone on a line")
            elif o.get("tdup") == "1":
                out.append(t + t)
                self.dups.append(t)
                self.stat("headline drawn twice on one line")
            elif o.get("tdup") == "2":
                out += [t, t]
                self.dups.append(t)
                self.stat("headline drawn twice as two lines")
            else:
                out.append(t)
        if f["s"]:
            out.append(self.P(f["s"]))
        if out:
            self.stat("headline of %d part(s) (kicker/title/subtitle)" % len([x for x in (f["k"], f["t"], f["s"]) if x]))
        if f["s"].startswith("——"):
            self.stat("dash-led subtitle")
        return out

    def marker(self, a):
        j = a.f["j"]
        if not j:
            return ""
        if j.startswith("下转"):
            m = a.opt.get("jr", "▷（%s）" % j)
        else:
            m = a.opt.get("jr", "▲ ▲（%s）" % j)
        m = self.P(m)
        self.extras.append(m)
        self.stat("jump marker " + ("下转" if j.startswith("下转") else "上接/紧接"))
        return m

    # -- column layout ---------------------------------------------------
    def col_body(self, a):
        o = a.opt
        w = float(o.get("w", self.o.get("w", 17)))
        mode = o.get("num", self.o.get("num", "both"))
        ps = float(o.get("spread", self.o.get("spread", 0.08)))
        qsp = o.get("qsp") == "1"
        lines = []
        if a.kind != "photo":
            self.stat("column story with gaps at number runs: %s" % mode)
            if qsp:
                self.stat("column story with a gap after opening quotes")
        if a.kind == "photo":
            return self.photo_lines(a)
        if a.f["b"] and o.get("bpos", "before") == "before":
            b = self.P(a.f["b"])
            if o.get("bsplit"):
                lines += b.split(" ", 1) if " " in b else [b]
                self.stat("byline split over two lines")
            else:
                lines.append(b)
            if " " not in b:
                self.stat("bare-name byline")
        mk = self.marker(a) if a.kind == "continuation" else ""
        if mk and o.get("jm") == "line":
            lines.append(mk)
        first = True
        for text, sub in a.paras:
            text = self.P(text)
            if sub:
                lines.append(text)
                self.stat("crosshead (subhead) line")
                continue
            full = text
            if first and a.f["d"]:
                full = self.P(a.f["d"]) + text
            if first and mk and o.get("jm") != "line":
                full = mk + text
            if first and a.f["d"] and o.get("dlbreak"):
                m = re.search(r"\d+日", full)
                cut = m.start() + len(m.group(0)) - 1
                wl = wrap(full[:cut], w) + wrap(full[cut:], w)
                self.stat("line break inside the dateline's date")
            else:
                wl = wrap(full, w)
            for li, toks in enumerate(wl):
                last = li == len(wl) - 1
                spread = (not last) and self.rng.random() < ps and width("".join(toks)) >= w - 1.5
                sf = self.rng.choice([0, 0, 0, 3, 5]) if spread else 0
                s = join_tokens(toks, mode, spread, qsp, sf)
                if spread:
                    self.stat("justified line spread with spaces")
                if first and li == 0 and a.f["d"] and o.get("lead") == "1":
                    s = " " + s
                    self.stat("leading space before dateline")
                lines.append(s)
            first = False
        if o.get("dupl"):
            i = int(o["dupl"])
            lines.insert(i + 1, lines[i])
            self.dups.append(lines[i])
            self.stat("body line printed twice")
        if a.f["b"] and o.get("bpos") == "end":
            lines.append(self.P(a.f["b"]))
        if a.f["j"] and a.kind != "continuation":
            lines.append(self.marker(a))
        return lines

    def photo_lines(self, a):
        o = a.opt
        cap = self.P(a.paras[0][0])
        cred = self.P(a.f["b"])
        cr = o.get("cr", "inline")
        lines = []
        if a.f["t"]:
            lines += self.head_lines(a)
        if o.get("capspread"):
            cap = join_tokens(tokens(cap), spread=True)
            self.stat("caption line spread with glyph gaps")
        if cr == "inline" and cred:
            cap = cap + " " + cred
            self.stat("photo credit on the caption line")
        cw = o.get("capw")
        if cw:
            for toks in wrap(cap, float(cw)):
                lines.append(join_tokens(toks, "none"))
        else:
            lines.append(cap)
        if cred and cr == "line":
            lines.append(cred)
            self.stat("photo credit on its own line")
        if cred and cr == "right":
            lines.append(" " * int(o.get("indent", 24)) + cred)
            self.stat("photo credit right-aligned (leading spaces)")
        if cred and cr == "top":
            self.stat("photo credit printed at the top of the page")
        return lines

    # -- paragraph layout ------------------------------------------------
    def par_pieces(self, a):
        """Return list of pieces; each piece is a list of printed lines."""
        o = a.opt
        if a.kind == "photo":
            return [self.photo_lines(a)]
        lines = []
        mk = self.marker(a) if a.kind == "continuation" else ""
        if mk and o.get("jm") == "line":
            lines.append(mk)
        if a.f["b"] and o.get("bpos", "before") == "before":
            b = self.P(a.f["b"])
            if o.get("bsplit") and " 通讯员" in b:
                i = b.index(" 通讯员")
                lines += [b[:i], b[i + 1:]]
                self.stat("byline broken before 通讯员")
            elif o.get("bsplit") and " " in b:
                lines += b.split(" ", 1)
                self.stat("byline split over two lines")
            else:
                lines.append(b)
            if " " not in b:
                self.stat("bare-name byline")
        cuts = {}
        for key in ("cut", "brk"):
            for c in filter(None, o.get(key, "").split(";")):
                pi, _, sub = c.partition(":")
                cuts[int(pi)] = (sub, key)
        pieces, cur = [], lines
        first = True
        for n, (text, sub) in enumerate(a.paras, 1):
            text = self.P(text)
            if sub:
                cur.append(text)
                self.stat("crosshead (subhead) line")
                continue
            full = text
            if first and a.f["d"]:
                d = self.P(a.f["d"])
                if o.get("dlbreak"):
                    m = re.search(r"\d+日", d)
                    cur.append(d[:m.start() + len(m.group(0)) - 1])
                    full = d[m.start() + len(m.group(0)) - 1:] + text
                    self.stat("line break inside the dateline's date")
                else:
                    full = d + text
            if first and mk and o.get("jm") != "line":
                full = mk + full
            first = False
            if n in cuts:
                sub_, key = cuts[n]
                sub_ = self.P(sub_)
                i = full.index(sub_) + len(sub_)
                cur.append(self.gaps(full[:i], o, n))
                if key == "cut":
                    pieces.append(cur)
                    cur = []
                    self.stat("story cut mid-paragraph, resumed after another story")
                else:
                    self.stat("paragraph broken over two lines in place")
                cur.append(self.gaps(full[i:], o, n))
            else:
                cur.append(self.gaps(full, o, n))
        if a.f["b"] and o.get("bpos") == "end":
            cur[-1] = cur[-1] + self.P(a.f["b"]) if o.get("bjoin") else cur[-1]
            if not o.get("bjoin"):
                cur.append(self.P(a.f["b"]))
            self.stat("byline printed after the body")
        if a.f["j"] and a.kind != "continuation":
            cur.append(self.marker(a))
        pieces.append(cur)
        return pieces

    def gaps(self, s, o, n=0):
        mode = o.get("num", self.o.get("num", "none"))
        qsp = o.get("qsp") == "1"
        if mode == "none" and not qsp and not o.get("pct") and o.get("comma") != str(n):
            return s
        out = join_tokens(tokens(s), mode, False, qsp)
        if mode != "none":
            self.stat("gaps at number runs (%s) on a paragraph-layout story" % mode)
        if qsp:
            self.stat("gap after opening quotes")
        if o.get("pct"):
            self.stat("glyph gap before %")
            out = re.sub(r"(\d)%", r"\1 %", out)
        if o.get("comma") == str(n):
            self.stat("glyph gaps around a comma")
            out = out.replace(self.P("，"), " " + self.P("，") + " ", 1)
        return out

    # -- whole page --------------------------------------------------------
    def compose(self):
        arts = {a.id: a for a in self.spec["arts"]}
        order = self.o.get("order", "M " + " ".join(a.id for a in self.spec["arts"])).split()
        if "M" not in order and self.o.get("mast"):
            order.insert(0, "M")
        rendered = {}
        for a in self.spec["arts"]:
            if self.layout == "column":
                body = self.col_body(a)
                head = self.head_lines(a) if a.kind != "photo" else []
                rendered[a.id] = (head, body)
            else:
                pcs = self.par_pieces(a)
                rendered[a.id] = (self.head_lines(a) if a.kind != "photo" else [], pcs)
        for tok in order:
            if tok == "M":
                for i, piece in enumerate(self.o["mast"].split("|")):
                    self.emit(piece, 1 if (i and self.rng.random() < 0.2) else 2)
                self.extras.append("".join(self.o["mast"].split("|")))
                self.stat("masthead")
            elif tok.startswith("X"):
                box = self.spec["boxes"][int(tok[1:])]
                for piece in box:
                    self.emit(piece)
                self.extras.append("".join(box))
                self.stat("box lines (countdown / label / code prompt)")
            elif tok.startswith("H:"):
                for aid in tok[2:].split(","):
                    a = arts[aid]
                    if rendered[aid][0]:
                        self.stat("headline stack printed on %d line(s)" % len(rendered[aid][0]))
                    for l in rendered[aid][0]:
                        self.emit(l)
                    if a.f["c"] and a.opt.get("cp") == "bunch":
                        self.emit(self.P(a.f["c"]))
                    if a.f["b"] and a.opt.get("bpos") == "bunch":
                        self.emit(self.P(a.f["b"]))
                self.stat("headlines bunched apart from their bodies", len(tok[2:].split(",")))
            elif tok.startswith("C:"):
                a = arts[tok[2:]]
                self.emit(" " * int(a.opt.get("indent", 0)) + self.P(a.f["b"]))
            elif tok.startswith("D:"):
                aid, n = tok[2:].split(":")
                a = arts[aid]
                text = self.P(a.paras[int(n) - 1][0])
                self.emit(text)
                self.dups.append(text)
                self.stat("paragraph line printed twice")
            else:
                aid, piece = (tok[:-1], int(tok[-1]) - 1) if tok[-1].isdigit() else (tok, None)
                a = arts[aid]
                head, body = rendered[aid]
                hp = a.opt.get("h", "before")
                if self.layout == "column":
                    self.put_column(a, head, body, hp)
                else:
                    self.put_par(a, head, body, hp, piece)
        text = ""
        for i, (s, gap) in enumerate(self.items):
            text += ("\n" * gap if i else "") + s
        text += "\n\n"
        return text

    def label(self, a, where):
        if a.f["c"] and a.opt.get("cp", "before") == where:
            self.emit(self.P(a.f["c"]))
            self.stat("column label line")

    def put_column(self, a, head, body, hp):
        self.label(a, "top")
        if head and hp in ("before", "after"):
            self.stat("headline stack printed on %d line(s)" % len(head))
        if hp == "before":
            for l in head:
                self.emit(l)
        self.label(a, "before")
        for l in body:
            self.emit(l)
        if hp == "after":
            for l in head:
                self.emit(l)
            if head:
                self.stat("headline printed after its body")
        self.label(a, "after")

    def put_par(self, a, head, pieces, hp, piece):
        o = a.opt
        if piece is None or piece == 0:
            self.label(a, "top")
            if head and hp == "join":
                self.emit(" ".join(head), int(o.get("gap", 2)))
                self.stat("headline parts joined by spaces on one line")
            elif hp != "bunch":
                if head:
                    self.stat("headline stack printed on %d line(s)" % len(head))
                for i, l in enumerate(head):
                    self.emit(l, int(o.get("gap", 2)) if i == 0 else 2)
            self.label(a, "before")
        pcs = pieces if piece is None else [pieces[piece]]
        for pc in pcs:
            for i, l in enumerate(pc):
                g = int(o.get("gap", 2)) if (i == 0 and not head and piece in (None, 0)) else 2
                self.emit(l, g)
        if piece is None or piece == len(pieces) - 1:
            self.label(a, "after")

    # -- gold ----------------------------------------------------------------
    def gold(self, source):
        arts = []
        for a in self.spec["arts"]:
            paras = [squash(self.P(t)) if sub else self.P(t) for t, sub in a.paras]
            arts.append({
                "kind": a.kind,
                "column": self.P(a.f["c"]),
                "kicker": self.P(a.f["k"]),
                "title": self.P(a.f["t"]),
                "subtitle": self.P(a.f["s"]),
                "byline": self.P(a.f["b"]),
                "dateline": self.P(a.f["d"]),
                "continued": self.P(a.f["j"]),
                "subheads": [self.P(t) for t, sub in a.paras if sub],
                "paragraphs": paras,
            })
        iss = self.o.get("issue", "").split()
        return {
            "source": source,
            "issue_date": self.o["date"],
            "issue_number": int(iss[0]) if iss else None,
            "page_count": int(iss[1]) if iss else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    summary = []
    for sp in sorted(SRC.glob("[0-9][0-9][0-9].txt")):
        spec = parse(sp)
        pg = Page(sp.stem, spec)
        text = pg.compose()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{sp.stem}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        summary.append((name, pg, gold, len(squash(text))))
    write_readme(summary)
    for name, pg, gold, n in summary:
        print(f"{name}  {pg.o['date']}  p{pg.o['pageno']:>2}  {pg.layout:9} "
              f"{len(gold['articles']):3} articles  {n:5} chars")
    print(f"{len(summary)} pages, {sum(len(g['articles']) for _, _, g, _ in summary)} articles")


def write_readme(summary):
    tpl = (HERE / "README.template.md").read_text(encoding="utf-8")
    kinds, phen = {}, {}
    for _, pg, gold, _ in summary:
        for a in gold["articles"]:
            kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
            if a["dateline"] and "电" in a["dateline"].split("（")[0].split("(")[0]:
                phen["dateline with 电"] = phen.get("dateline with 电", 0) + 1
        for k, v in pg.stats.items():
            phen[k] = phen.get(k, 0) + v
        if pg.half:
            phen["page with half-width punctuation"] = phen.get("page with half-width punctuation", 0) + 1
    rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(phen.items()))
    krows = "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items()))
    prows = "\n".join(
        f"| {name} | {pg.o['date']} | {pg.o['pageno']} | {pg.layout} | {len(gold['articles'])} | {n} |"
        for name, pg, gold, n in summary)
    total = sum(len(g["articles"]) for _, _, g, _ in summary)
    out = (tpl.replace("{{PHENOMENA}}", rows).replace("{{KINDS}}", krows)
           .replace("{{PAGES}}", prows).replace("{{NPAGES}}", str(len(summary)))
           .replace("{{NARTICLES}}", str(total)))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
