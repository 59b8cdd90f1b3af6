#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.  See README.in for the source format.
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

BR = "‖"      # forced printed line break (never in gold)
CUT = "¦"     # piece cut inside a paragraph (never in gold)

HALF = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "！": "!", "？": "?"}
MIXED = {"（": "(", "）": ")"}

NO_START = set("，。、；：？！”’）》」,.;:?!)%")     # may not begin a printed line
NOSP_AFTER = set("、，。；：！？”）》（《,;:!?)(")     # spread lines: no space after
NOSP_BEFORE = set("“（《(")                          # spread lines: no space before
NUMTOK = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%×+\-]*")


# ----------------------------------------------------------------- parsing
def parse(path):
    page, arts, layout = OrderedDict(), OrderedDict(), []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!") or (mode != "text" and line.startswith("#")):
            continue
        if line == "@page":
            mode, cur = "page", page
            continue
        if line.startswith("@art "):
            key = line.split()[1]
            cur = OrderedDict(key=key, text=[])
            arts[key] = cur
            mode = "art"
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if mode == "layout":
            if line.strip():
                layout.append(line.strip())
            continue
        if mode == "text":
            if line.strip():
                cur["text"].append(line.strip())
            continue
        if not line.strip():
            continue
        if mode in ("page", "art"):
            if mode == "art" and line.strip() == "text:":
                mode = "text"
                continue
            k, _, v = line.partition(":")
            cur[k.strip()] = v.strip()
    # a text block ends at the next @art / @layout, handled above
    return page, arts, layout


# ----------------------------------------------------------------- text helpers
def punct(s, style):
    table = HALF if style == "half" else MIXED if style == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def clean(s):
    return s.replace(BR, "").replace(CUT, "")


def is_cjk(c):
    return "\u3400" <= c <= "\u9fff"


def width(tok):
    if NUMTOK.fullmatch(tok):
        return 0.5 * len(tok)
    if len(tok) > 1:
        return sum(width(c) for c in tok)
    c = tok[0]
    if c in ",.;:!?()%" or c == " ":
        return 0.5
    return 1.0


def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = NUMTOK.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def dl_tokens(dl):
    """A dateline wraps by characters up to its bracket, then by whole names:
    the typesetter breaks between names, before 通讯员, never inside a name."""
    k = max(dl.find("（"), dl.find("("))
    if k < 0:
        return tokens(dl)
    head, tail = dl[:k + 1], dl[k + 1:]
    out = tokens(head)
    for w in re.split(r"( )", tail):
        if w:
            out.append(w)
    return out


class Page:
    def __init__(self, path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.layout = parse(path)
        self.style = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]
        self.lines = []           # (text, sep) sep = blank lines after (0 = tight)
        self.extras, self.dups = [], []
        self.stats = Counter()
        self.seen_body = []
        for a in self.arts.values():
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                a[k] = punct(a.get(k, ""), self.style)
            a["text"] = [punct(t, self.style) for t in a["text"]]
            if self.kind == "column":          # column pages break datelines by wrapping
                a["dateline"] = a["dateline"].replace(BR, "")
            a["pieces"] = [t[3:] .split(CUT) if t.startswith("## ") else t.split(CUT) for t in a["text"]]
            a["sub"] = [t.startswith("## ") for t in a["text"]]

    # ------------------------------------------------------------- output
    def emit(self, text, sep=1):
        self.lines.append([text, sep])

    def tight(self):
        if self.lines:
            self.lines[-1][1] = 0

    def render(self):
        out = "\n\n" if self.kind == "paragraph" else ""
        for text, sep in self.lines:
            out += text + "\n" * (sep + 1)
        return out.rstrip("\n") + "\n"

    # ------------------------------------------------------------- numbers
    def numspace(self, tok, spread):
        if spread or not NUMTOK.fullmatch(tok) or self.kind != "column":
            return tok
        r = self.rng.random()
        if r < 0.55:
            self.stats["spaces around a number run"] += 1
            return " " + tok + " "
        if r < 0.8:
            self.stats["spaces around a number run"] += 1
            return " " + tok
        return tok

    def fmt_line(self, toks, spread):
        if spread:
            s = ""
            for i, t in enumerate(toks):
                if i and not (toks[i - 1][-1] in NOSP_AFTER or t[0] in NOSP_BEFORE):
                    s += " "
                s += t
            self.stats["justified line spread with spaces"] += 1
            return s
        s = ""
        for i, t in enumerate(toks):
            u = self.numspace(t, spread)
            if i and toks[i - 1][-1] in NOSP_AFTER:
                u = u.lstrip(" ")
            if t in ("、", "，") and i and self.rng.random() < 0.025:
                u = " " + t
                self.stats["glyph-gap space before full-width punctuation"] += 1
            if t.endswith("%") and NUMTOK.fullmatch(t) and self.rng.random() < 0.08:
                u = u.replace("%", " %")
                self.stats["glyph-gap space before %"] += 1
            s += u
        s = re.sub(r" +", " ", s)
        return s.strip(" ") if not s.startswith(" 湖南") else s.rstrip(" ")

    # ------------------------------------------------------------- column wrap
    def wrap(self, segments, W):
        """segments: list of (text, first_indent).  Returns list of lines."""
        out = []
        for text, indent in segments:
            toks = text if isinstance(text, list) else tokens(text)
            line, wid = [], 0.0
            limit = W - indent
            i = 0
            while i < len(toks):
                t = toks[i]
                if t == BR:
                    out.append(self.fmt_line(line, False))
                    self.stats["forced break (dateline/byline/headline)"] += 1
                    line, wid, limit = [], 0.0, W
                    i += 1
                    continue
                w = width(t)
                if wid + w <= limit + 1e-9 or not line or t in NO_START:
                    line.append(t)
                    wid += w
                    i += 1
                    continue
                while line and line[-1] == " ":
                    line.pop()
                    wid -= 0.5
                slack = limit - wid
                in_dateline = any(t in ("讯", "电") for t in line) and not any(t in ("）", ")") for t in line)
                out.append(self.fmt_line(line, slack >= 1.0 and not in_dateline))
                line, wid, limit = [], 0.0, W
            if line:
                out.append(self.fmt_line(line, False))
        return self.keep_tail(out)

    def keep_tail(self, out):
        """A dateline's closing bracket may not begin a line with fewer than four
        characters of the dateline before it: pull characters down from the line
        above (as a typesetter keeps a name together)."""
        for k in range(1, len(out)):
            nxt = out[k]
            sq = re.sub(r"\s+", "", nxt)
            m = re.search(r"[）)]", sq[:4])
            if not m or "（" in sq[:m.start()] or "(" in sq[:m.start()]:
                continue
            moved = False
            while len(re.sub(r"\s+", "", nxt.split("）")[0].split(")")[0])) < 4 and out[k - 1].strip():
                m = re.search(r"(\S+)\s*$", out[k - 1])
                if len(m.group(1)) <= 4 and not NUMTOK.search(m.group(1)):
                    out[k - 1] = out[k - 1][:m.start()]        # a whole name moves down
                    nxt = m.group(1) + " " + nxt
                else:
                    out[k - 1] = out[k - 1][:m.end(1) - 1]
                    nxt = m.group(1)[-1] + nxt
                moved = True
            out[k - 1] = out[k - 1].rstrip()
            out[k] = nxt
            if moved:
                self.stats["dateline tail pulled down to keep a name whole"] += 1
        return out

    # ------------------------------------------------------------- pieces
    def piece_list(self, a, spec):
        """spec 'all' | 'p.q-r.s' ranges over (paragraph, piece)."""
        allp = [(i, j) for i, ps in enumerate(a["pieces"]) for j in range(len(ps))]
        if spec == "all":
            return allp

        def pos(x, end):
            if "." in x:
                i, j = x.split(".")
                return (int(i), int(j))
            i = int(x)
            return (i, len(a["pieces"][i]) - 1) if end else (i, 0)
        lo, dash, hi = spec.partition("-")
        lo_p = pos(lo, False)
        hi_p = allp[-1] if (dash and not hi) else pos(hi or lo, True)
        return [p for p in allp if lo_p <= p <= hi_p]

    # ------------------------------------------------------------- ops
    def run(self):
        for op in self.layout:
            parts = op.split(None, 1)
            name, rest = parts[0], (parts[1] if len(parts) > 1 else "")
            getattr(self, "op_" + name)(rest)
        for a in self.arts.values():
            got = set(self.seen_body_of(a))
            need = {(i, j) for i, ps in enumerate(a["pieces"]) for j in range(len(ps))}
            if got != need:
                sys.exit(f"{self.path.name}: article {a['key']} pieces laid out {sorted(got)} != {sorted(need)}")

    def seen_body_of(self, a):
        return [p for k, p in self.seen_body if k == a["key"]]

    def op_gap(self, rest):
        if self.lines:
            self.lines[-1][1] += int(rest or 1)

    def op_tight(self, rest):
        self.tight()

    def op_extra(self, rest):
        pieces = [p.strip() for p in rest.split("|")]
        for k, p in enumerate(pieces):
            self.emit(p)
            if k < len(pieces) - 1 and self.rng.random() < 0.35:
                self.tight()
        self.extras.append(re.sub(r"\s+", "", "".join(pieces)))
        self.stats["furniture / box lines (extras)"] += len(pieces)

    def op_head(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        how = args[1] if len(args) > 1 else "stack"
        parts = [a[k] for k in ("kicker", "title", "subtitle") if a.get(k)]
        if how == "line":                       # paragraph layout: one line, parts spaced
            self.emit(" ".join(p.replace(BR, "") for p in parts))
            self.stats["headline stack printed on one line"] += 1
            return
        if how in ("double", "twice"):
            t = a["title"].replace(BR, "")
            for p in parts:
                if p is a["title"]:
                    if how == "double":
                        self.emit(t + t)
                        self.stats["headline doubled on one line"] += 1
                    else:
                        self.emit(t)
                        self.emit(t)
                        self.stats["headline printed on two identical lines"] += 1
                    self.dups.append(re.sub(r"\s+", "", t))
                else:
                    for q in p.split(BR):
                        self.emit(q)
            return
        for p in parts:                          # stack: one line per part, BR splits
            qs = p.split(BR)
            if len(qs) > 1:
                self.stats["headline line broken (last word alone)"] += 1
            for k, q in enumerate(qs):
                self.emit(q)
                if k < len(qs) - 1:
                    self.tight()
            if how == "tight":
                self.tight()
        if len(parts) > 1:
            self.stats["headline stacks of 2+ lines"] += 1

    def op_label(self, rest):
        a = self.arts[rest.split()[0]]
        qs = a["column"].split(BR)
        for k, q in enumerate(qs):
            self.emit(q)
            if k < len(qs) - 1:
                self.tight()
        self.stats["column label on its own line"] += 1

    def op_byline(self, rest):
        a = self.arts[rest.split()[0]]
        qs = [q.strip() for q in a["byline"].split(BR)]
        for k, q in enumerate(qs):
            self.emit(q)
            if k < len(qs) - 1 and self.kind == "paragraph":
                self.tight()
        if len(qs) > 1:
            self.stats["byline broken across lines"] += 1

    def op_marker(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        style = args[1] if len(args) > 1 else "tri"
        c = a["continued"]
        txt = {"tri": f"▷({c})", "arrow": f"▶({c})", "up": f"▲ ▲（{c}）", "br": f"（{c}）"}[style]
        self.emit(txt)
        self.stats["jump marker line"] += 1

    def op_body(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        rest_args = args[1:]
        spec = "all"
        if rest_args and re.match(r"^[0-9.\-]+$|^all$", rest_args[0]):
            spec = rest_args.pop(0)
        opts = set(rest_args)
        plist = self.piece_list(a, spec)
        for p in plist:
            self.seen_body.append((a["key"], p))
        if self.kind == "paragraph":
            self.body_par(a, plist, opts)
        else:
            self.body_col(a, plist, opts)

    def body_par(self, a, plist, opts):
        for (i, j) in plist:
            txt = a["pieces"][i][j]
            if i == 0 and j == 0 and a.get("dateline") and "nodl" not in opts:
                dl = a["dateline"]
                if BR in dl:
                    x, y = dl.split(BR, 1)
                    self.emit(x.rstrip())
                    self.tight()
                    self.stats["line break inside a dateline"] += 1
                    dl = y
                txt = dl + txt
            if "glue" in opts and i == 0 and j == 0 and a.get("continued", "").startswith(("上接", "紧接")):
                txt = f"▲ ▲（{a['continued']}）" + txt
            self.emit(txt.replace(BR, ""))
            if j < len(a["pieces"][i]) - 1:
                self.stats["paragraph cut (continued later)"] += 1
                self.classify_cut(txt, a["pieces"][i][j + 1])

    def classify_cut(self, left, right):
        l, r = left[-1], right[0]
        if l.isdigit() and not r.isdigit() and not r in "，。、%.":
            k = "cut between a figure and its unit"
        elif r.isdigit():
            k = "cut before a figure"
        elif left.count("“") > left.count("”") or left.count("《") > left.count("》"):
            k = "cut inside a quoted term"
        elif is_cjk(l) and is_cjk(r):
            k = "cut inside a word or name"
        else:
            k = "cut at punctuation"
        self.stats[k] += 1

    def body_col(self, a, plist, opts):
        W = float(a.get("width", "17"))
        segs = []
        for (i, j) in plist:
            txt = a["pieces"][i][j]
            indent = 2 if j == 0 and not a["sub"][i] else 0
            if a["sub"][i] and j == 0:
                segs.append(("SUB", txt))
                continue
            if i == 0 and j == 0:
                indent = 2 if a.get("noindent0") != "1" else 0
                if a.get("dateline") and "nodl" not in opts:
                    if a.get("dlsep") == "line":
                        segs.append(("DL", a["dateline"]))
                        indent = 0
                    else:
                        txt = dl_tokens(a["dateline"]) + tokens(txt)
                        indent = 0
                if a.get("continued", "").startswith(("上接", "紧接")) and "glue" in opts:
                    txt = tokens(f"▲ ▲（{a['continued']}）") + (txt if isinstance(txt, list) else tokens(txt))
                    indent = 0
            segs.append((txt, indent))
        lines = []
        for s in segs:
            if s[0] == "SUB":
                lines.append(s[1].replace(BR, ""))
            elif s[0] == "DL":
                lines.extend(self.wrap([(s[1], 0)], W + 3))
            else:
                lines.extend(self.wrap([s], W))
        for k, ln in enumerate(lines):
            if k == 0 and ln.startswith("湖南日报") and self.rng.random() < 0.5:
                ln = " " + ln
            self.emit(ln)
            if "dupline" in opts and k == len(lines) // 2:
                self.emit(ln)
                self.dups.append(re.sub(r"\s+", "", ln))
                self.stats["column line printed twice"] += 1

    def op_dup(self, rest):
        """paragraph layout: print piece p.q of article again (a line printed twice)."""
        key, spec = rest.split()
        a = self.arts[key]
        i, j = (int(x) for x in spec.split("."))
        txt = a["pieces"][i][j].replace(BR, "")
        self.emit(txt)
        self.dups.append(txt)
        self.stats["paragraph line printed twice"] += 1

    def op_photo(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        how = args[1] if len(args) > 1 else "same"
        if a.get("title"):
            self.emit(a["title"].replace(BR, ""))
        cap = a["pieces"][0][0].replace(BR, "")
        self.seen_body.append((a["key"], (0, 0)))
        for i in range(1, len(a["pieces"])):
            for j in range(len(a["pieces"][i])):
                self.seen_body.append((a["key"], (i, j)))
        extra = [t.replace(CUT, "").replace(BR, "") for t in a["text"][1:]]
        cr = a.get("byline", "")
        if how == "same":                      # credit after the caption, one space
            self.emit(" ".join([cap] + extra) + (" " + cr if cr else ""))
        elif how == "glued":                   # credit glued to the caption
            self.emit("".join([cap] + extra) + cr)
        elif how == "right":                   # credit right-aligned on its own line
            for t in [cap] + extra:
                self.emit(t)
            self.emit(" " * 24 + cr)
            self.stats["credit right-aligned on its own line"] += 1
        else:                                  # credit on its own line
            for t in [cap] + extra:
                self.emit(t)
            self.emit(cr)
        self.stats["photo / cartoon caption"] += 1

    # ------------------------------------------------------------- gold
    def gold(self, name):
        arts = []
        order = []
        for k, _ in self.seen_body:
            if k not in order:
                order.append(k)
        for k in order:
            a = self.arts[k]
            paras = [clean(t[3:] if t.startswith("## ") else t) for t in a["text"]]
            arts.append(OrderedDict([
                ("kind", a.get("kind", "news")),
                ("column", clean(a["column"])),
                ("kicker", clean(a["kicker"])),
                ("title", clean(a["title"])),
                ("subtitle", clean(a["subtitle"])),
                ("byline", clean(a["byline"])),
                ("dateline", clean(a["dateline"])),
                ("continued", clean(a["continued"])),
                ("subheads", [clean(t[3:]) for t in a["text"] if t.startswith("## ")]),
                ("paragraphs", paras),
            ]))
        inum = self.meta.get("issue_number") or None
        pc = self.meta.get("page_count")
        return OrderedDict([
            ("source", name),
            ("issue_date", self.meta["date"]),
            ("issue_number", inum),
            ("page_count", int(pc) if pc else None),
            ("articles", arts),
            ("extras", self.extras),
            ("duplicates", self.dups),
        ])


def nchars(s):
    return len(re.sub(r"\s+", "", s))


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    rows, total = [], Counter()
    for src in sorted(SRC.glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.render()
        num = "%03d" % int(src.stem[1:])
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stats)
        m = pg.meta
        rows.append(f"| {name}.txt | {m['date']} | {m.get('pageno', '')} | {m['layout']} | {m.get('punct', 'full')} "
                    f"| {len(g['articles'])} | {nchars(text)} | {m.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
