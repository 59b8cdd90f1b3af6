#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.  See README.in for the
source format.
"""
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGIT = re.compile(r"[0-9A-Za-z.%+×/·-]")
CLOSE = set("、，。；：？！”’）》,;:)?!")
OPEN = set("“‘（《(")
PUNCT = set("、，。；：？！,;:?!")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def clean(s):
    """Gold form of a headline / byline / dateline: drop layout marks."""
    return re.sub(r" +", " ", s.replace("¦", "").replace("|", "")).strip()


def squash(s):
    return re.sub(r"\s+", "", s.replace("¦", "").replace("|", ""))


def parse(path):
    page = {"arts": {}, "order": [], "layout": []}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line == "@page":
            mode, cur = "page", page
            continue
        if line.startswith("@art "):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "paras": [], "subheads": [], "w": None}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][aid] = cur
            page["order"].append(aid)
            mode = "art"
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if mode == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "art":
            if key == "p":
                cur["paras"].append(val)
            elif key == "h":
                cur["paras"].append(val)
                cur["subheads"].append(clean(val))
            elif key == "w":
                cur["w"] = float(val)
            else:
                cur[key] = val
        else:
            page[key] = val
    return page


class Layout:
    def __init__(self, page, name):
        self.p = page
        self.rng = random.Random(name)
        self.out = []          # list of (text, tight) ; tight = no blank line before
        self.extras, self.dups = [], []
        self.markers = {}
        self.first = []        # article ids in order of first body
        self.seen_head, self.seen_body = set(), set()
        self.n = Counter()
        self.col = page["layout_kind"] == "col"
        self.W = float(page.get("width", "17"))
        self.numsp = page.get("numsp", "both")
        self.gap = page.get("gap", "none")
        self.last_head = False
        self.printed_cols = []

    # ---- low level -------------------------------------------------------
    def emit(self, text, tight=False):
        self.out.append((text, tight))

    def tokens(self, s):
        toks, i = [], 0
        while i < len(s):
            if s[i] == "\x01":
                j = s.index("\x02", i)
                toks.append(s[i + 1:j])
                i = j + 1
                continue
            m = re.match(r"[0-9A-Za-z.%+×/-]+", s[i:])
            if m and not s[i] in "·":
                toks.append(m.group(0))
                i += len(m.group(0))
            else:
                toks.append(s[i])
                i += 1
        return toks

    @staticmethod
    def width(tok):
        if tok == "¦":
            return 0
        return sum(0.5 if ord(c) < 128 else 1 for c in tok)

    def render_line(self, toks, full, cap, counted=True):
        """Draw one printed column line from its tokens."""
        em = sum(self.width(t) for t in toks)
        npunct = sum(1 for t in toks if t in PUNCT)
        spread = full and len(toks) > 4 and (
            em <= cap - 1 or (npunct >= 3 and self.rng.random() < 0.3))
        if self.gap == "all":
            spread = spread and self.rng.random() < 0.5
        if spread:
            s = ""
            for i, t in enumerate(toks):
                s += t
                if i + 1 < len(toks) and t not in CLOSE and toks[i + 1] not in OPEN:
                    s += " "
            if counted:
                self.n["justified lines spread with spaces"] += 1
                if "“ " in s:
                    self.n["space after an opening quote"] += 1
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            isnum = bool(re.match(r"[0-9]", t))
            if isnum and self.numsp != "none":
                if s and prev not in PUNCT and prev not in OPEN and not s.endswith(" "):
                    s += " "
                    self.n["spaces around number runs"] += 1
                s += t
                if (self.numsp == "both" and nxt and not t.endswith("%")
                        and nxt not in CLOSE and not re.match(r"[0-9]", nxt)):
                    s += " "
                continue
            if t == "%" or (t.endswith("%") and False):
                pass
            if self.gap == "all" and t in "，。":
                s = s.rstrip(" ") + " " + t + (" " if t == "，" and nxt else "")
                self.n["glyph-gap spaces around ， and 。"] += 1
                continue
            if self.gap == "punct" and t in "、，；" and nxt and self.rng.random() < 0.12:
                s += " " + t
                self.n["glyph-gap spaces before punctuation"] += 1
                continue
            if t == "“" and nxt and self.rng.random() < 0.08:
                s += "“ "
                self.n["space after an opening quote"] += 1
                continue
            s += t
        s = re.sub(r"(\d) %", r"\1%", s)
        if self.gap == "punct":
            s = re.sub(r"(\d%)(?=[、，])", lambda m: m.group(1) + " " if self.rng.random() < 0.5 else m.group(1), s)
        return s.strip(" ")

    def flow(self, text, W=None):
        """Break running text into column lines of W em; '¦' forces a break."""
        W = W or self.W
        toks = self.tokens(text.replace("|", ""))
        lines, cur, em = [], [], 0.0
        indent = 2.0
        for t in toks:
            if t == "¦":
                if cur:
                    lines.append((cur, False, W - indent))
                cur, em = [], 0.0
                indent = 0.0
                self.n["forced line breaks (dateline date, names, headline words)"] += 1
                continue
            w = self.width(t)
            if cur and em + w > W - indent and t not in CLOSE:
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, True, W - indent))
                cur, em = carry, sum(self.width(x) for x in carry)
                indent = 0.0
                if t == " ":
                    continue
            if not cur and t == " ":
                continue
            cur.append(t)
            em += w
        if cur:
            lines.append((cur, False, W - indent))
        return [self.render_line(c, full, cap) for c, full, cap in lines]

    def para_line(self, text):
        """Paragraph layout: one line; small artefacts only."""
        text = text.replace("¦", "").replace("|", "")
        if self.numsp != "none":
            toks = self.tokens(text)
            text = self.render_plain(toks)
        return text

    def render_plain(self, toks):
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if re.match(r"[0-9]", t) and s and prev not in PUNCT and prev not in OPEN and self.rng.random() < 0.5:
                s += " "
                self.n["spaces around number runs"] += 1
            s += t
        return s

    # ---- pieces ----------------------------------------------------------
    def art(self, aid):
        return self.p["arts"][aid]

    def body_text(self, a, spec):
        """Paragraph pieces selected by spec: 'all', '2', '0-3', '3a', '3b-5'."""
        paras = a["paras"]
        if spec == "all":
            spec = f"0-{len(paras) - 1}"
        m = re.fullmatch(r"(\d+)([ab]?)(?:-(\d+)([a]?))?", spec)
        i, half, j, half2 = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        j = int(j) if j is not None else i
        pieces = []
        for k in range(i, j + 1):
            t = paras[k]
            if k == i and half == "b":
                t = t.split("|", 1)[1]
            elif k == j and (half2 == "a" or (half == "a" and i == j)):
                t = t.split("|", 1)[0]
            pieces.append((k, t))
        return pieces

    def do_body(self, aid, spec, opts):
        a = self.art(aid)
        if aid not in self.seen_body:
            self.first.append(aid)
            self.seen_body.add(aid)
            if aid in self.seen_head:
                pass
        pieces = self.body_text(a, spec)
        W = float(opts.get("w", a["w"] or self.W))
        tight = "tight" in opts
        for n, (k, t) in enumerate(pieces):
            if k == 0 and not spec.endswith("b") and not re.match(r"0b", spec) and a["dateline"]:
                d = a["dateline"]
                if self.col:
                    # the dateline's tail is kept in one piece (at least 4 characters
                    # on the line that also holds the start of the paragraph)
                    n, j = 0, len(d)
                    while j > 0 and n < 4:
                        j -= 1
                        if d[j] not in " ¦":
                            n += 1
                    tail = d[j:].replace("¦", "")
                    d = d[:j] + "\x01" + tail + "\x02"
                t = d + t
            if self.col:
                for ln in self.flow(t, W):
                    self.emit(ln, tight)
                    tight = False
            else:
                self.emit(self.para_line(t), tight)
                tight = False
        if "cut" in opts:
            self.n["paragraph cut: " + opts["cut"]] += 1

    def do_head(self, aid, opts):
        a = self.art(aid)
        if aid in self.seen_body:
            self.n["headlines printed after their body"] += 1
        if self.last_head:
            self.n["headlines bunched with another story's headline"] += 1
        self.seen_head.add(aid)
        parts = [a[k] for k in ("kicker", "title", "subtitle") if a[k]]
        tight = "tight" in opts
        if "one" in opts:          # the whole stack on one line
            self.emit(" ".join(clean(x) for x in parts), tight)
            return
        for k in ("kicker", "title", "subtitle"):
            if not a[k]:
                continue
            txt = a[k]
            if "¦" in txt:
                first, rest = txt.split("¦", 1)
                self.emit(first.strip(), tight)
                self.emit(rest.strip(), True)
                self.n["headline's last words alone on a line"] += 1
            elif k == "title" and "twice" in opts:
                self.emit(clean(txt), tight)
                self.emit(clean(txt), "tight2" in opts)
                self.dups.append(squash(txt))
                self.n["headline drawn twice (two lines)"] += 1
            elif k == "title" and "double" in opts:
                self.emit(clean(txt) + clean(txt), tight)
                self.dups.append(squash(txt))
                self.n["headline drawn twice (one line)"] += 1
            else:
                self.emit(clean(txt), tight)
            tight = "stack" in opts

    def do_byline(self, aid, opts):
        a = self.art(aid)
        parts = [x.strip() for x in a["byline"].split("¦")]
        tight = "tight" in opts
        if len(parts) > 1:
            self.n["line breaks inside a byline"] += 1
            if parts[1].startswith("通讯员"):
                self.n["line break before 通讯员"] += 1
        for x in parts:
            self.emit(x, tight)
            tight = "stack" in opts

    def do_photo(self, aid, opts):
        a = self.art(aid)
        if aid not in self.seen_body:
            self.first.append(aid)
            self.seen_body.add(aid)
        if a["title"] and "notitle" not in opts:
            self.do_head(aid, {})
        cap = " ".join(p.replace("|", "") for p in a["paras"])
        credit = clean(a["byline"])
        if "right" in opts:
            self.emit(cap)
            self.emit(" " * self.rng.randint(18, 30) + credit)
            self.n["credits right-aligned on a line of their own"] += 1
        elif "credit-only" in opts:
            self.emit(" " * self.rng.randint(18, 30) + credit)
            self.n["credits right-aligned on a line of their own"] += 1
        elif credit and "nocredit" not in opts:
            self.emit(cap + " " + credit)
        else:
            self.emit(cap)

    def run(self):
        for d in self.p["layout"]:
            word, _, rest = d.partition(" ")
            args = rest.split()
            opts = {}
            pos = []
            for x in args:
                if "=" in x:
                    k, v = x.split("=", 1)
                    opts[k] = v
                elif x in ("tight", "one", "twice", "double", "stack", "right", "notitle",
                           "credit-only", "nocredit", "tight2"):
                    opts[x] = True
                else:
                    pos.append(x)
            is_head = False
            if word == "head":
                self.do_head(pos[0], opts)
                is_head = True
            elif word == "body":
                self.do_body(pos[0], pos[1] if len(pos) > 1 else "all", opts)
            elif word == "byline":
                self.do_byline(pos[0], opts)
            elif word == "column":
                self.emit(self.art(pos[0])["column"], "tight" in opts)
                self.printed_cols.append(self.art(pos[0])["column"])
                self.n["column labels on their own line"] += 1
            elif word == "photo":
                self.do_photo(pos[0], opts)
            elif word == "marker":
                aid = pos[0]
                txt = rest.split(None, 1)[1]
                self.markers.setdefault(aid, []).append(txt)
                self.emit(txt)
                self.n["jump markers"] += 1
            elif word == "extra":
                # pieces separated by ' / ' (blank line between) or ' // ' (same block)
                pieces = []
                tight = False
                for blk in rest.split(" / "):
                    sub = blk.split(" // ")
                    for m, s in enumerate(sub):
                        if " + " in s:          # pieces merged on one line
                            parts = s.split(" + ")
                            s = " ".join(parts)
                            self.n["masthead pieces merged on one line"] += 1
                        self.emit(s, tight or m > 0)
                        pieces.append(s)
                        tight = False
                self.extras.append("".join(squash(x) for x in pieces))
                self.n["box / masthead lines"] += len(pieces)
            elif word == "dupprev":
                k = len(self.out) - 1
                txt = self.out[k][0]
                self.emit(txt, "tight" in opts)
                self.dups.append(squash(txt))
                self.n["lines printed twice"] += 1
            elif word == "raw":
                self.emit(rest)
            elif word == "blank":
                self.emit("", True)
            else:
                raise SystemExit(f"unknown layout word {word!r}")
            self.last_head = is_head

    def text(self):
        s = ""
        for i, (t, tight) in enumerate(self.out):
            if i:
                s += "\n" if tight else "\n\n"
            s += t
        return s + "\n"


def gold_of(page, lay, name):
    arts = []
    order = lay.first + [a for a in page["order"] if a not in lay.first]
    for aid in order:
        a = page["arts"][aid]
        arts.append({
            "kind": a["kind"],
            "column": clean(a["column"]),
            "kicker": clean(a["kicker"]),
            "title": clean(a["title"]),
            "subtitle": clean(a["subtitle"]),
            "byline": clean(a["byline"]),
            "dateline": clean(a["dateline"]),
            "continued": clean(a["continued"]),
            "subheads": list(a["subheads"]),
            "paragraphs": [squash(p) for p in a["paras"]],
        })
    front = page.get("number")
    return {
        "source": name,
        "issue_date": page["date"],
        "issue_number": front if front else None,
        "page_count": int(page["count"]) if page.get("count") else None,
        "articles": arts,
        "extras": lay.extras,
        "duplicates": lay.dups,
    }, order


def build_page(i, path):
    page = parse(path)
    page["layout_kind"] = page.get("style", "para")
    lay = Layout(page, path.name)
    lay.run()
    text = lay.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{i:03d}_{h}.txt"
    gold, order = gold_of(page, lay, name)
    return page, lay, text, name, gold, order


def main():
    src = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).glob("*"):
            f.unlink()
    rows, totals = [], Counter()
    for i, path in enumerate(src, 1):
        page, lay, text, name, gold, order = build_page(i, path)
        (HERE / "pages" / name).write_text(text, encoding="utf-8")
        (HERE / "gold" / name.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s", "", text))
        totals.update(lay.n)
        rows.append((name, page["date"], page.get("page", ""), "column" if page["layout_kind"] == "col" else "paragraph",
                     page.get("punct", ""), len(gold["articles"]), nchar, page.get("subjects", "")))
    ph = "| phenomenon | count |\n|---|---:|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(totals.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---:|---:|---|\n" + "".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |\n" for r in rows))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
