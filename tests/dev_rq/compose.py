#!/usr/bin/env python3
"""Lay out the pages of this test set from src/pNN.txt.

    python3 compose.py [OUTDIR]      (default: this folder)

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (from README.in).
Standard library only; every small choice comes from random.Random(<source file name>).
"""
import hashlib, json, os, random, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CUT = re.compile(r"¦(?:\[(\w+)\])?")
BR = "⏎"                       # forced line break (column break / broken dateline, byline)
CLOSE = set("、，。；：？！）》”’」,.;:?!)%")
OPEN = set("“‘（《「(")
HALFP = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%·]*")
NOSP = re.compile(r"(?<=[0-9%])\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+(?=[0-9])")
FIELDS = ["column", "kicker", "title", "subtitle", "byline", "dateline", "continued"]
CUTNAMES = {"vf": "between a verb and its figure", "fu": "between a figure and its unit",
            "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
            "s": "at a sentence or clause end"}


def conv(s, style):
    if style == "full" or not s:
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in HALFP.items():
            s = s.replace(a, b)
    return s


def emw(ch):
    return 0.5 if ord(ch) < 0x2000 and ch != " " else 1.0


def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = NUMRUN.match(s, i)
        if m:
            out.append(m.group()); i = m.end()
        else:
            out.append(s[i]); i += 1
    return out


def tw(t):
    return sum(emw(c) for c in t)


def parse(path):
    head, arts, layout, cur, mode = OrderedDict(), OrderedDict(), [], None, "head"
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            _, aid, kind = line.split()
            cur = arts[aid] = {"kind": kind, "p": [], "subheads": []}
            mode = "art"; continue
        if line == "@layout":
            mode = "layout"; continue
        if mode == "layout":
            layout.append(line); continue
        k, _, v = line.partition(":")
        v = v.strip()
        if mode == "head":
            head[k.strip()] = v
        elif k == "p":
            cur["p"].append(NOSP.sub("", v))
        elif k == "sh":
            cur["p"].append(v); cur["subheads"].append(v)
        else:
            cur[k.strip()] = v
    return head, arts, layout


class Page:
    def __init__(self, src):
        self.name = os.path.basename(src)
        self.rng = random.Random(self.name)
        self.head, self.arts, self.layout = parse(src)
        h = self.head
        self.style = h.get("punct", "full")
        self.col = h["layout"] == "column"
        self.W = float(h.get("width", 16))
        self.numsp = float(h.get("numsp", 0))
        self.gap = float(h.get("gap", 0))
        self.qsp = float(h.get("qsp", 0))
        self.lines, self.extras, self.dups = [], [], []
        self.ph = Counter()
        self.printed = Counter()
        for aid, a in self.arts.items():
            for k in list(a):
                if isinstance(a[k], str):
                    a[k] = conv(a[k], self.style)
            a["p"] = [conv(p, self.style) for p in a["p"]]
            a["subheads"] = [conv(p, self.style) for p in a["subheads"]]
            a["segs"] = self.segments(a)

    # ---- body segments split at cut marks
    def segments(self, a):
        segs, cur = [], []
        for pi, p in enumerate(a["p"]):
            parts = CUT.split(p)
            texts, tags = parts[0::2], parts[1::2]
            for j, t in enumerate(texts):
                cur.append((pi, j == 0, t))
                if j < len(tags):
                    self.ph["paragraph cut, " + CUTNAMES.get(tags[j] or "s", tags[j] or "")] += 1
                    segs.append(cur); cur = []
        segs.append(cur)
        return segs

    def emit(self, s, blank=1):
        self.lines.append(s.rstrip())
        self.lines.extend([""] * blank)

    # ---- artefacts on one printed line
    def decorate(self, s, spread):
        r = self.rng
        toks = tokens(s)
        if spread:
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                out += b if (a[-1] in CLOSE and a[-1] not in "%") or b in OPEN or " " in (a, b) else " " + b
            self.ph["justified line spread with spaces"] += 1
            return out
        out = ""
        for i, t in enumerate(toks):
            isnum = len(t) > 1 or t[0].isdigit() or t[0].isascii() and t[0].isalnum()
            if isnum and i > 0 and "\u4e00" <= toks[i - 1][-1] <= "\u9fff" and r.random() < self.numsp:
                out += " "; self.ph["space around a number run"] += 1
            if t in "、，" and i > 0 and r.random() < self.gap:
                out += " "; self.ph["glyph-gap space at full-width punctuation"] += 1
            if t == "%" and r.random() < self.gap:
                out += " "; self.ph["glyph-gap space before %"] += 1
            out += t
            if isnum and i + 1 < len(toks) and "\u4e00" <= toks[i + 1][0] <= "\u9fff" and r.random() < self.numsp * 0.6:
                out += " "; self.ph["space around a number run"] += 1
            if t == "“" and i + 1 < len(toks) and r.random() < self.qsp:
                out += " "; self.ph["space after an opening quote"] += 1
        return out

    def wrap(self, text, first_indent, W):
        """Greedy fill by em width; no closing mark at a line start."""
        toks = tokens(text)
        lines, cur, w, cap = [], [], 0.0, W - first_indent
        for t in toks:
            if cur and w + tw(t) > cap + 0.01:
                if t in CLOSE and len(cur) > 1 and self.rng.random() < 0.5:
                    lines.append(cur); cur, w, cap = [], 0.0, W          # squeeze it in
                    lines[-1] = lines[-1] + [t]; continue
                if t in CLOSE and len(cur) > 1:
                    carry = cur.pop(); lines.append(cur); cur, w, cap = [carry], tw(carry), W
                else:
                    lines.append(cur); cur, w, cap = [], 0.0, W
            cur.append(t); w += tw(t)
        if cur:
            lines.append(cur)
        for i in range(len(lines) - 1):          # no opening mark at a line end
            while len(lines[i]) > 1 and lines[i][-1] in OPEN:
                lines[i + 1].insert(0, lines[i].pop())
        lines = [l for l in lines if "".join(l).strip()]
        out = []
        for i, l in enumerate(lines):
            last = i == len(lines) - 1
            width = sum(tw(t) for t in l)
            c = (W - first_indent) if i == 0 else W
            out.append((("".join(l)), (not last) and width < c - 0.6))
        return out

    def body(self, a, k, opts):
        seg = a["segs"][k]
        W = float(a.get("width", self.W))
        self.printed[(id(a), k)] += 1
        for n, (pi, starts, text) in enumerate(seg):
            if BR in text:
                self.ph["paragraph split by a column break, nothing between"] += text.count(BR)
            if pi == 0 and starts and a.get("dateline") and "nodl" not in opts:
                text = a["dateline"] + text
            chunks = text.split(BR)
            for ci, ch in enumerate(chunks):
                if self.col:
                    ind = 2 if (starts and ci == 0 and not (pi == 0 and a.get("dateline"))) else 0
                    if ind and a["kind"] == "photo":
                        ind = 0
                    wl = self.wrap(ch, ind, W)
                    for li, (s, sp) in enumerate(wl):
                        if "+c" in opts and n == len(seg) - 1 and ci == len(chunks) - 1 and li == len(wl) - 1:
                            s = s + " " + a["byline"]; sp = False
                            self.ph["photo credit printed after its caption"] += 1
                        self.emit(self.decorate(s, sp))
                else:
                    s = self.decorate(ch, False)
                    if "+c" in opts and n == len(seg) - 1 and ci == len(chunks) - 1:
                        s = s + " " + a["byline"]
                        self.ph["photo credit printed after its caption"] += 1
                    self.emit(s)

    def headline(self, a, opts):
        parts = [a.get(x, "") for x in ("kicker", "title", "subtitle")]
        lab = a.get("column", "")
        if lab and "col-before" in opts:
            self.emit(lab); self.ph["column label on its own line"] += 1
        ks, t, sb = parts
        if "join" in opts:
            self.emit(" ".join(p for p in parts if p))
            self.ph["headline stack on one line"] += 1
        else:
            if ks:
                self.emit(ks)
            tl = [t] if t else []
            m = re.search(r"split=(\d+)", " ".join(opts))
            if t and m:
                n = int(m.group(1)); tl = [t[:-n], t[-n:]]
                self.ph["headline's last word alone on a line"] += 1
            if t and "tsplit" in opts and " " in t:
                tl = t.split(" ", 1); self.ph["two-phrase title split at its space"] += 1
            if t and "double" in opts:
                tl = [t + t]; self.dups.append(t); self.ph["headline doubled on one line"] += 1
            for x in tl:
                self.emit(x)
            if t and "twice" in opts:
                self.emit(t); self.dups.append(t); self.ph["headline printed on two identical lines"] += 1
            if sb:
                self.emit(sb)
        if lab and "col-after" in opts:
            self.emit(lab); self.ph["column label on its own line"] += 1

    def run(self):
        last = None
        seen_body, seen_head = set(), set()
        prev_cmd = None
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op in ("x", "x-"):
                self.emit(rest, 0 if op == "x-" else 1)
                self.extras.append(re.sub(r"\s+", "", rest) if "keep" not in self.head else rest)
                self.ph["page furniture line (masthead, box)"] += 1
            elif op == "xm":                      # extras printed merged in one string
                self.emit(rest); self.extras.append(rest.strip())
                self.ph["masthead pieces merged on one line"] += 1
            elif op == "blank":
                self.emit("", 0)
            elif op == "h":
                a = self.arts[args[0]]
                self.headline(a, args[1:])
                if args[0] in seen_body:
                    self.ph["headline printed after its body"] += 1
                if prev_cmd == "h":
                    self.ph["headline bunched with another story's headline"] += 1
                seen_head.add(args[0])
            elif op == "b":
                a = self.arts[args[0]]
                for piece in a["byline"].split(BR):
                    self.emit(piece.strip())
                if BR in a["byline"]:
                    self.ph["line break inside a byline"] += 1
            elif op == "t":
                a = self.arts[args[0]]
                k = int(args[1]) if len(args) > 1 and args[1].isdigit() else 0
                self.body(a, k, args[1:])
                seen_body.add(args[0])
            elif op == "m":
                a = self.arts[args[0]]
                self.emit(a["marker"]); self.ph["jump marker line"] += 1
            elif op == "c":
                a = self.arts[args[0]]
                self.emit(" " * self.rng.randint(14, 30) + a["byline"])
                self.ph["credit right-aligned on its own line"] += 1
            elif op == "r":
                i = len(self.lines) - 1
                while not self.lines[i].strip():
                    i -= 1
                self.emit(self.lines[i]); self.dups.append(re.sub(r"\s+", "", self.lines[i]))
                self.ph["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: bad layout line {cmd!r}")
            prev_cmd = op
        for aid, a in self.arts.items():
            for k in range(len(a["segs"]) if a["p"] else 0):
                if self.printed[(id(a), k)] != 1:
                    raise SystemExit(f"{self.name}: {aid} segment {k} printed {self.printed[(id(a), k)]} times")
            if BR in a.get("dateline", ""):
                self.ph["line break inside a dateline"] += 1
        self.ph["dateline with 讯"] += sum("讯" in a.get("dateline", "") for a in self.arts.values())
        self.ph["dateline with 电"] += sum(bool(re.search(r"日电[（(]", a.get("dateline", ""))) for a in self.arts.values())
        text = "\n".join(self.lines).rstrip("\n") + "\n"
        return text

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            g = OrderedDict()
            g["kind"] = a["kind"]
            for f in FIELDS:
                g[f] = a.get(f, "").replace(BR, "")
            g["subheads"] = a["subheads"]
            g["paragraphs"] = [CUT.sub("", p).replace(BR, "") for p in a["p"]]
            arts.append(g)
        d = OrderedDict()
        d["source"] = fname
        d["issue_date"] = self.head["date"]
        d["issue_number"] = self.head.get("issue") or None
        d["page_count"] = int(self.head["pages"]) if self.head.get("pages") else None
        d["articles"] = arts
        d["extras"] = self.extras
        d["duplicates"] = self.dups
        return d


def chars(s):
    return len(re.sub(r"\s+", "", s))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for sub in ("pages", "gold"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            os.remove(os.path.join(out, sub, f))
    total = Counter()
    rows = []
    srcs = sorted(f for f in os.listdir(os.path.join(HERE, "src")) if re.match(r"p\d+\.txt$", f))
    for i, s in enumerate(srcs, 1):
        pg = Page(os.path.join(HERE, "src", s))
        text = pg.run()
        base = "%03d_%s" % (i, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        with open(os.path.join(out, "pages", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        g = pg.gold(base + ".txt")
        with open(os.path.join(out, "gold", base + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        total.update(pg.ph)
        h = pg.head
        rows.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            base + ".txt", h["date"], h["pageno"], h["layout"], h.get("punct", "full"),
            len(g["articles"]), chars(text), h.get("subjects", "")))
    ph = ["| phenomenon | count |", "|---|---|"] + ["| %s | %d |" % (k, v) for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    tpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)


if __name__ == "__main__":
    main()
