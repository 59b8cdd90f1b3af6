#!/usr/bin/env python3
"""Lay out the dev_ts page sources (src/pNN.txt) into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
"""
import hashlib, json, os, random, re, sys, unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CUT = re.compile(r"\{([vuwqncp])\}")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
PUNCT_FULL = set("，。、；：？！“”‘’（）《》——…·")
OPENING = set("“‘（《(")
CLOSING = set("，。、；：？！”’）》),;:%")


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def width(c):
    if c == " ":
        return 0.0
    if c in PUNCT_FULL:
        return 0.5          # full-width punctuation is set half-em (compressed) in the columns
    return 1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5


def convert(s, punct):
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if punct == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
    return s


# ---------------------------------------------------------------- source parser
def parse(path):
    head, arts, layout = OrderedDict(), OrderedDict(), []
    cur, mode = None, "head"
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line == "=== layout":
            mode = "layout"
            continue
        m = re.match(r"^\[(\w+)\]\s+(\w+)$", line)
        if m and mode != "layout":
            mode = "art"
            cur = OrderedDict(id=m.group(1), kind=m.group(2), column="", kicker="", title="",
                              subtitle="", byline="", dateline="", continued="", w="17",
                              num="both", paras=[])
            arts[cur["id"]] = cur
            continue
        if mode == "layout":
            layout.append(line.strip())
        elif mode == "head":
            k, _, v = line.partition(":")
            head[k.strip()] = v.strip()
        else:
            if line.startswith(">"):
                cur["paras"].append(line[1:].strip())
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
    return head, arts, layout


# ---------------------------------------------------------------- article pieces
def pieces_of(art):
    """Split an article body into pieces at {x} cut marks.  A piece is a list of
    (paragraph_index, text, starts_paragraph)."""
    pieces, cur, cuts = [], [], []
    for pi, p in enumerate(art["paras"]):
        parts = CUT.split(p)
        # parts: text, kind, text, kind, text ...
        start = True
        for j in range(0, len(parts), 2):
            txt = parts[j]
            if txt:
                cur.append((pi, txt, start))
            start = False
            if j + 1 < len(parts):
                cuts.append(parts[j + 1])
                pieces.append(cur)
                cur = []
    pieces.append(cur)
    return pieces, cuts


def clean_para(p):
    return CUT.sub("", p)


# ---------------------------------------------------------------- column layout
def tokens(text):
    """Unbreakable units: an ASCII run (number with its % or decimal point), or one char."""
    out, i = [], 0
    while i < len(text):
        m = re.match(r"[0-9A-Za-z.%+×/\-]+", text[i:])
        if m and len(m.group(0)) > 0:
            out.append(m.group(0)); i += len(m.group(0))
        else:
            out.append(text[i]); i += 1
    return out


def wrap(text, w, first=None):
    """Greedy fill of a column w em wide (the first line `first` em when given);
    returns [(tokens, shortfall or None for a paragraph's last line)]."""
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = sum(width(c) for c in t)
        cap = first if (first is not None and not lines) else w
        if cur and cw + tw > cap + 0.01:
            # a closing mark may hang in the margin; it may not start a line
            if t in CLOSING and len(t) == 1:
                cur.append(t); cw += tw; i += 1
                continue
            # an opening mark may not end a line
            carry = []
            while cur and cur[-1] in OPENING:
                carry.insert(0, cur.pop())
            lines.append((cur, w - sum(width(c) for x in cur for c in x)))
            cur, cw = carry, sum(width(c) for x in carry for c in x)
            continue
        cur.append(t); cw += tw; i += 1
    if cur:
        lines.append((cur, None))       # last line of a paragraph: never justified
    return lines


class Page:
    def __init__(self, name, head, arts, layout):
        self.name, self.head, self.arts, self.layout = name, head, arts, layout
        self.rng = random.Random(name)
        self.punct = head.get("punct", "full")
        self.col = head.get("layout") == "column"
        self.lines = []          # printed lines (blank lines added at the end)
        self.tight = []          # True when the line follows the previous one with no blank
        self.extras, self.dups = [], []
        self.ph = Counter()
        for a in arts.values():
            for k in FIELDS:
                a[k] = convert(a[k], self.punct)
            a["paras"] = [convert(p, self.punct) for p in a["paras"]]
            a["pieces"], a["cuts"] = pieces_of(a)
            a["printed"] = set()
        self.lastcmd = None

    # -- emit one printed line
    def emit(self, s, tight=False):
        self.lines.append(s)
        self.tight.append(tight)

    # -- spaces a PDF extraction leaves inside a column line
    def space_line(self, toks, art, justify):
        if justify:
            self.ph["justified line spread with spaces"] += 1
            out = ""
            for j, t in enumerate(toks):
                if j and not (toks[j - 1] in PUNCT_FULL and toks[j - 1] not in "“") and \
                        not (t in PUNCT_FULL and toks[j - 1] in PUNCT_FULL):
                    out += " "
                out += t
            return out
        out = ""
        style = art["num"]
        for j, t in enumerate(toks):
            prev = toks[j - 1] if j else ""
            if re.match(r"[0-9]", t) and style != "none":
                if prev and is_cjk(prev[-1]) and self.rng.random() < 0.85:
                    out += " "; self.ph["space before a number run"] += 1
                out += t
                nxt = toks[j + 1] if j + 1 < len(toks) else ""
                if style == "both" and nxt and is_cjk(nxt[0]) and not t.endswith("%") and self.rng.random() < 0.8:
                    out += " "; self.ph["space after a number run"] += 1
                continue
            if t == "%" or (t.endswith("%") and False):
                pass
            if t in "、，" and prev and self.rng.random() < 0.04:
                out += " "; self.ph["glyph-gap space before full-width punctuation"] += 1
            out += t
            if t == "“" and j + 1 < len(toks) and self.rng.random() < 0.15:
                out += " "; self.ph["space after an opening quote"] += 1
        out = re.sub(r"(\d)%", lambda m: m.group(1) + (" %" if self.rng.random() < 0.3 else "%"), out)
        self.ph["glyph-gap space before %"] += out.count(" %")
        return out.replace("  ", " ")

    def print_block(self, text, art, w, first_dateline=None):
        brk = art.get("dlbreak") if first_dateline else None
        if brk:
            # the extraction broke the dateline's line early: inside its date (after the
            # month) or just before 通讯员; the head is printed as a short line of its own
            d = first_dateline
            at = d.index("月") + 1 if brk == "date" else d.index("通讯员")
            head = d[:at]
            self.emit(self.space_line(tokens(head), art, False).rstrip())
            self.ph["line break inside a dateline's date" if brk == "date" else "line break before 通讯员"] += 1
            text, first_dateline = text[at:], d[at:]
        rows = wrap(text, w)
        if first_dateline:
            # a dateline's last few characters are never left alone at the head of a
            # line before the body text: the first line then breaks a little earlier
            first = w
            while True:
                acc = 0
                bad = False
                for toks, _ in rows[:-1]:
                    acc += len("".join(toks))
                    if 0 < len(first_dateline) - acc < 4:
                        bad = True
                    if acc >= len(first_dateline):
                        break
                if not bad:
                    break
                first -= 0.5
                rows = wrap(text, w, first)
        for k, (toks, short) in enumerate(rows):
            justify = short is not None and short >= 1.0
            self.emit(self.space_line(toks, art, justify))
        if first_dateline:
            # where did the line break fall inside the dateline?
            acc = 0
            for toks, _ in rows[:-1]:
                acc += len("".join(toks))
                if acc < len(first_dateline):
                    d = first_dateline
                    if acc <= max(d.find("讯"), d.find("电")):
                        self.ph["line break inside a dateline's date"] += 1
                    elif d[acc:].startswith("通讯员"):
                        self.ph["line break before 通讯员"] += 1
                    else:
                        self.ph["line break inside a dateline's names"] += 1

    def body(self, art, lo, hi):
        w = float(art["w"])
        for n in range(lo, hi + 1):
            piece = art["pieces"][n]
            art["printed"].add(n)
            for (pi, txt, start) in piece:
                if start and txt.startswith("## "):
                    txt = txt[3:]
                    self.ph["crosshead (subhead) line"] += 1
                dl = art["dateline"] if (pi == 0 and start and art["dateline"]) else ""
                if self.col:
                    self.print_block(dl + txt, art, w, dl or None)
                else:
                    self.emit(self.para_artefacts(dl + txt))

    def para_artefacts(self, s):
        # paragraph layout: a few glyph-gap spaces around full-width punctuation
        if self.rng.random() < 0.12:
            m = list(re.finditer(r"[、，“]", s))
            if m:
                pos = self.rng.choice(m).start()
                s = s[:pos] + " " + s[pos:]
                self.ph["glyph-gap space before full-width punctuation"] += 1
        return s

    def head_parts(self, art):
        return [x for x in (art["kicker"], art["title"], art["subtitle"]) if x]

    def run(self):
        for cmd in self.layout:
            op, *args = cmd.split(" ", 2)
            getattr(self, "op_" + op)(args)
            self.lastcmd = op
        for a in self.arts.values():
            if len(a["printed"]) != len(a["pieces"]):
                raise SystemExit("%s: article %s pieces printed %s of %d" % (self.name, a["id"], sorted(a["printed"]), len(a["pieces"])))
        return self

    # ---------------- layout operations
    def op_mast(self, args):
        pieces = self.head["mast"].split("|")
        specs = (" ".join(args)).split()
        for j, sp in enumerate(specs):
            idx = [int(x) for x in sp.split("+")]
            self.emit(" ".join(pieces[i] for i in idx), tight=(j > 0 and self.rng.random() < 0.3))
            self.ph["masthead piece"] += 1
            if len(idx) > 1:
                self.ph["masthead pieces merged on one line"] += 1
        self.extras.append("".join(pieces))

    def op_head(self, args):
        art = self.arts[args[0]]
        mode = args[1] if len(args) > 1 else "lines"
        parts = self.head_parts(art)
        if self.lastcmd == "head":
            self.ph["headline bunched with another story's headline"] += 1
        if art["pieces"] and len(art["printed"]) == len(art["pieces"]):
            self.ph["headline printed after its body"] += 1
        if mode == "join":
            self.emit(" ".join(parts))
        elif mode == "tight":
            for j, p in enumerate(parts):
                self.emit(p, tight=j > 0)
        elif mode == "lone":   # the title's last word left alone on the next line
            for p in parts:
                if p == art["title"]:
                    cut = len(p) - self.rng.choice([2, 3])
                    self.emit(p[:cut]); self.emit(p[cut:], tight=True)
                    self.ph["headline's last word left alone"] += 1
                else:
                    self.emit(p)
        elif mode == "dbl":    # title drawn twice on one line
            for p in parts:
                self.emit(p + " " + p if p == art["title"] else p)
            self.dups.append(art["title"])
            self.ph["headline drawn twice"] += 1
        elif mode == "twice":  # title drawn twice, two identical lines
            for p in parts:
                self.emit(p)
                if p == art["title"]:
                    self.emit(p, tight=True)
            self.dups.append(art["title"])
            self.ph["headline drawn twice"] += 1
        else:
            for p in parts:
                self.emit(p)

    def op_col(self, args):
        self.emit(self.arts[args[0]]["column"])
        self.ph["column label line"] += 1

    def op_colbox(self, args):
        # a column label drawn in a frame: the frame's corner marks come out as brackets
        self.emit("【" + self.arts[args[0]]["column"] + "】")
        self.ph["column label line"] += 1
        self.ph["framed column label"] += 1

    def op_by(self, args):
        art = self.arts[args[0]]
        if len(args) > 1 and args[1] == "split":
            a, _, b = art["byline"].rpartition(" ")
            # names printed on their own line under the role
            role = art["byline"].split(" ")[0]
            self.emit(role)
            if art["byline"][len(role):].strip():
                self.emit(art["byline"][len(role):].strip())
                self.ph["byline's names on a line of their own"] += 1
        else:
            self.emit(art["byline"])

    def op_body(self, args):
        art = self.arts[args[0]]
        if len(args) > 1:
            a, _, b = args[1].partition("-")
            lo, hi = int(a), int(b or a)
        else:
            lo, hi = 0, len(art["pieces"]) - 1
        self.body(art, lo, hi)

    def op_photo(self, args):
        art = self.arts[args[0]]
        own = len(args) > 1 and args[1] == "own"
        caps = [clean_para(p) for p in art["paras"]]
        for j, c in enumerate(caps):
            last = j == len(caps) - 1
            text = c + (" " + art["byline"] if last and not own and art["byline"] else "")
            if self.col:
                self.print_block(text, art, float(art["w"]))
            else:
                self.emit(text)
        if own and art["byline"]:
            self.emit(" " * 24 + art["byline"])
            self.ph["credit right-aligned on its own line"] += 1
        art["printed"] = set(range(len(art["pieces"])))

    def op_mark(self, args):
        self.emit(" ".join(args))
        self.ph["jump marker"] += 1

    def op_extra(self, args):
        t = " ".join(args)
        self.emit(t)
        self.extras.append(t.replace(" ", ""))
        self.ph["box line (extras)"] += 1

    def op_dup(self, args):
        last = self.lines[-1]
        self.emit(last)
        self.dups.append(re.sub(r"\s+", "", last))
        self.ph["line printed twice"] += 1

    def op_tight(self, args):
        self.tight[-1] = True

    # ---------------- outputs
    def text(self):
        out = []
        for j, (l, t) in enumerate(zip(self.lines, self.tight)):
            if j and not t:
                out.append("")
            out.append(l)
        return "\n".join(out) + "\n"

    def gold(self, src_name):
        arts = []
        for a in self.arts.values():
            paras = [clean_para(p) for p in a["paras"]]
            subs = [p[3:] for p in paras if p.startswith("## ")]
            paras = [p[3:] if p.startswith("## ") else p for p in paras]
            arts.append(OrderedDict([
                ("kind", a["kind"]), ("column", a["column"]), ("kicker", a["kicker"]),
                ("title", a["title"]), ("subtitle", a["subtitle"]), ("byline", a["byline"]),
                ("dateline", a["dateline"]), ("continued", a["continued"]),
                ("subheads", subs), ("paragraphs", paras)]))
        h = self.head
        return OrderedDict([
            ("source", src_name), ("issue_date", h["date"]),
            ("issue_number", int(h["issue"]) if h.get("issue") else None),
            ("page_count", int(h["pages"]) if h.get("pages") else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def subhead_fix(p):
    return p


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(HERE, "src")) if re.match(r"p\d\d\.txt$", f))
    for d in ("pages", "gold"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    rows, total_ph = [], Counter()
    for n, f in enumerate(srcs):
        head, arts, layout = parse(os.path.join(HERE, "src", f))
        pg = Page(f, head, arts, layout).run()
        # cut statistics
        for a in arts.values():
            for c in a["cuts"]:
                pg.ph[{"v": "paragraph cut between a verb and its figure",
                       "u": "paragraph cut between a figure and its unit",
                       "w": "paragraph cut inside a word",
                       "q": "paragraph cut inside a quoted term",
                       "n": "paragraph cut inside a name",
                       "c": "paragraph split by a column break, nothing between",
                       "p": "story cut between paragraphs"}[c]] += 1
        text = pg.text()
        h16 = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = "%03d_%s" % (n + 1, h16)
        with open(os.path.join(HERE, "pages", base + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        g = pg.gold(base + ".txt")
        with open(os.path.join(HERE, "gold", base + ".json"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        total_ph.update(pg.ph)
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((base + ".txt", head["date"], head["page"], head["layout"], head.get("punct", "full"),
                     len(arts), nchar, head.get("subjects", "")))
    # README
    tpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    pt = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total_ph.items(), key=lambda kv: (-kv[1], kv[0])):
        pt.append("| %s | %d |" % (k, v))
    tt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        tt.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % r)
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(pt)).replace("{{PAGES}}", "\n".join(tt))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print("composed %d pages" % len(rows))


if __name__ == "__main__":
    main()
