#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
their gold annotations (gold/) and README.md (from README.in).

Standard library only. Deterministic: every small choice is drawn from a
random.Random seeded by the source file name (e.g. "p01.txt").

Source format: see README.in ("Source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
HEADKEYS = {"C": "column", "K": "kicker", "T": "title", "S": "subtitle", "B": "byline"}

# ---------------------------------------------------------------- text helpers
CUT = re.compile(r"\{([a-z0-9]+)(?::([a-z\-]+))?\}")
BRK = "¦"
NOSTART = set("，。、；：？！”’）》%…,;:?!)")          # may not begin a printed line
NOEND = set("“‘（《(")                                 # may not end a printed line
PUNCT_FULL = set("，。、；：？！“”‘’（）《》—…·「」")
CLOSERS = set("，。、；：？！”’）》,;:?!)")
OPENERS = set("“‘（《(")


def punct(s: str, style: str) -> str:
    """Page punctuation: full (as written), mixed (half-width brackets),
    half (half-width , ; : and brackets; 。、“” stay full)."""
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a field: markers removed."""
    return CUT.sub("", s).replace(BRK, "")


def clean_para(s: str) -> str:
    return re.sub(r"\s+", "", clean(s))


def tokens(text: str):
    """Split text into print tokens: ASCII runs, single chars, spaces, breaks."""
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%+\-/:×]+|" + BRK + r"| |.", text):
        out.append(m.group())
    return out


def tw(tok: str) -> float:
    if len(tok) > 1 and not tok[0].isascii():
        return sum(tw(ch) for ch in tok)
    if tok == " ":
        return 0.5
    if tok == BRK:
        return 0.0
    if tok[0].isascii():
        return 0.5 * len(tok)
    if tok in PUNCT_FULL:
        return 0.5
    return 1.0


def is_num(tok: str) -> bool:
    return tok[0].isascii() and any(c.isdigit() for c in tok)


# ---------------------------------------------------------------- source parsing
def parse(path: Path):
    meta, arts, layout = OrderedDict(), OrderedDict(), []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                mode = "layout"
                continue
            cur = OrderedDict(id=parts[0], kind=parts[1], paras=[], subheads=[])
            for f in FIELDS:
                cur[f] = ""
            arts[parts[0]] = cur
            mode = "art"
            continue
        if mode == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "art":
            if line.startswith("|"):
                t = line[1:].strip()
                if t.startswith("#"):
                    t = t[1:].strip()
                    cur["subheads"].append(t)
                cur["paras"].append(t)
            else:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        else:
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- page builder
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.style = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.units: list[list[str]] = []      # blocks of adjacent lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.count = Counter()
        self.pos = {}                          # article id -> next body position
        self.printed = {}                      # article id -> printed body lines
        self.body_seen, self.head_seen = set(), set()
        self.last_op = None
        self.numsp = float(self.meta.get("numspace", "0"))
        self.gap = float(self.meta.get("glyphgap", "0"))
        self.wrapcache = {}

    # ------------------------------------------------ line decoration
    def render(self, toks, spread=False, heads=False):
        """Join the tokens of one printed line, with the extraction's spaces."""
        rng, out = self.rng, []
        p = self.numsp * (0.5 if heads else 1.0)
        for i, t in enumerate(toks):
            if t == " ":
                if out and out[-1] != " ":
                    out.append(" ")
                continue
            prev = toks[i - 1] if i else ""
            if spread and out and out[-1] != " " and prev not in CLOSERS and t not in OPENERS \
                    and prev != " ":
                out.append(" ")
                self.count["justified gap"] += 1
            elif not spread and out and out[-1] != " ":
                if is_num(t) and not is_num(prev) and rng.random() < p:
                    out.append(" ")
                    self.count["space around number run"] += 1
                elif is_num(prev) and not is_num(t) and t not in CLOSERS and rng.random() < p * 0.7:
                    out.append(" ")
                    self.count["space around number run"] += 1
                elif t in "、，" and rng.random() < self.gap:
                    out.append(" ")
                    self.count["glyph-gap space at punctuation"] += 1
                elif prev == "“" and rng.random() < self.gap * 2:
                    out.append(" ")
                    self.count["space after opening quote"] += 1
            if is_num(t) and t.endswith("%") and len(t) > 1 and not spread and rng.random() < self.gap * 3:
                t = t[:-1] + " %"
                self.count["glyph-gap space before %"] += 1
            out.append(t)
        s = "".join(out).strip()
        if spread:
            self.count["justified (spread) line"] += 1
        return s

    # ------------------------------------------------ column wrapping
    @staticmethod
    def bind_names(toks, text, dlen):
        """Inside a dateline's bracket the printed words (names) do not break; a last
        name shorter than three glyphs stays with the word before it."""
        op = max(text.rfind("（", 0, dlen), text.rfind("(", 0, dlen))
        if op < 0:
            return toks
        head = [t for t in toks if t[1] < op]
        words, pos = [], op
        for m in re.finditer(r"[^ ]+", text[op:dlen]):
            words.append([m.group(), op + m.start()])
        if len(words) >= 2 and len(words[-1][0]) < 4:
            last = words.pop()
            words[-1][0] = words[-1][0] + " " + last[0]
        out = list(head)
        for k, (w, p) in enumerate(words):
            if k:
                out.append((" ", p - 1))
            for j, part in enumerate(w.split(BRK)):
                if j:
                    out.append((BRK, p - 1))
                if part:
                    out.append((part, p))
                p += len(part) + 1
        out += [t for t in toks if t[1] >= dlen]
        return out

    def wrap(self, text: str, width: float, indent: float = 2.0, dlen: int = 0):
        """Greedy wrap of one paragraph; returns [(tokens, spread, start_offset)]."""
        toks = [(m.group(), m.start()) for m in
                re.finditer(r"[0-9A-Za-z.%+\-/:×]+|" + BRK + r"| |.", text)]
        if dlen:
            toks = self.bind_names(toks, text, dlen)
        lines, cur = [], []
        st = {"w": 0.0, "avail": width - indent}

        def flush(forced):
            while cur and cur[-1][0] == " ":
                cur.pop()
            if cur:
                gap = st["avail"] - st["w"]
                npun = sum(1 for t, _ in cur if t in PUNCT_FULL)
                spread = (not forced) and (gap >= 1.0 or (gap >= 0.5 and npun >= 2))
                lines.append(([t for t, _ in cur], spread, cur[0][1]))
            cur.clear()
            st["w"], st["avail"] = 0.0, width

        for t, p in toks:
            if t == BRK:
                flush(True)
                continue
            x = tw(t)
            if not cur and t == " ":
                continue
            if not cur or st["w"] + x <= st["avail"] + 1e-9 or \
                    (t in NOSTART and st["w"] + x <= st["avail"] + 0.5 + 1e-9):
                cur.append((t, p))
                st["w"] += x
                continue
            carry = []
            while len(cur) > 1 and cur[-1][0] in NOEND:
                carry.insert(0, cur.pop())
            st["w"] = sum(tw(c) for c, _ in cur)
            flush(False)
            for c in carry:
                cur.append(c)
                st["w"] += tw(c[0])
            if t != " ":
                cur.append((t, p))
                st["w"] += x
        flush(True)
        return lines

    # ------------------------------------------------ article text streams
    def stream(self, a):
        """Printable paragraphs of an article: (text_without_cuts, {cut: offset})."""
        out = []
        for i, p in enumerate(a["paras"]):
            t = p
            if i == 0 and a["dateline"]:
                t = a["dateline"] + t
            t = punct(t, self.style)
            cuts, buf, last = {}, [], 0
            for m in CUT.finditer(t):
                buf.append(t[last:m.start()])
                cuts[m.group(1)] = (sum(len(b) for b in buf), m.group(2) or "")
                last = m.end()
            buf.append(t[last:])
            out.append(("".join(buf), cuts))
        return out

    def find_cut(self, a, name):
        for i, (t, cuts) in enumerate(self.stream(a)):
            if name in cuts:
                return i, cuts[name][0], cuts[name][1]
        raise KeyError(f"{a['id']}: no cut {name}")

    # ------------------------------------------------ emitting
    def unit(self, lines):
        self.units.append(list(lines))

    def body(self, aid, rng_spec, width):
        a = self.arts[aid]
        st = self.stream(a)
        pi, off = self.pos.get(aid, (0, 0))
        if rng_spec:
            epi, eoff, kind = self.find_cut(a, rng_spec[1:].strip("{}"))
            self.count[f"paragraph cut ({kind or 'plain'})"] += 1
        else:
            epi, eoff = len(st) - 1, len(st[-1][0])
        if aid in self.body_seen:
            self.count["story resumed after a piece of another"] += 1
        self.body_seen.add(aid)
        out = self.printed.setdefault(aid, [])
        dlen = len(punct(a["dateline"], self.style))
        while True:
            text = st[pi][0]
            stop = eoff if pi == epi else len(text)
            prefix = ""
            if pi == 0 and off == 0 and a.get("marker") and a.get("markerpos", "inline") == "inline":
                prefix = punct(a["marker"], self.style)
                self.markers.append(prefix)
                self.count["jump marker"] += 1
            if self.col:
                wl = self.wrap_para(a, pi, text, width)
                newoff = len(text)
                for k, (toks, spread, start) in enumerate(wl):
                    if start < off:
                        continue
                    if start >= stop and stop < len(text):
                        newoff = start
                        break
                    s = prefix + self.render(toks, spread)
                    prefix = ""
                    self.unit([s])
                    out.append(s)
                off = newoff
            else:
                piece = text[off:stop]
                base = off
                for k, part in enumerate(piece.split(BRK)):
                    if k and not (pi == 0 and base < dlen):
                        self.count["paragraph split by a column break"] += 1
                    base += len(part) + 1
                    s = prefix + self.render(tokens(part))
                    prefix = ""
                    self.unit([s])
                    out.append(s)
                off = stop
            if off < len(text):
                break
            pi, off = pi + 1, 0
            if pi > epi:
                break
        self.pos[aid] = (pi, off)

    def wrap_para(self, a, pi, text, width):
        key = (a["id"], pi)
        if key not in self.wrapcache:
            dlen = len(punct(a["dateline"], self.style)) if pi == 0 else 0
            self.wrapcache[key] = self.wrap(text, width, 0.0 if (pi == 0 and a.get("marker")) else 2.0,
                                            dlen)
        return self.wrapcache[key]

    def head(self, aid, spec):
        a = self.arts[aid]
        if aid in self.body_seen:
            self.count["headline printed after its body"] += 1
        if self.last_op and self.last_op[0] == "head" and self.last_op[1] != aid:
            self.count["headline bunched with another story's"] += 1
        self.head_seen.add(aid)
        units, lines, line = [], [], []
        for tok in re.findall(r"[CKTSB](?:[*=]2)?|[ /|]", spec):
            if tok == " ":
                continue
            if tok in "/|":
                if line:
                    lines.append(" ".join(line))
                line = []
                if tok == "|":
                    units.append(lines)
                    lines = []
                continue
            text = punct(a[HEADKEYS[tok[0]]], self.style)
            if tok[0] in "KTS" and BRK in text:
                if " " + BRK in text:
                    self.count["two-phrase title split at its space"] += 1
                elif tok[0] == "K":
                    self.count["kicker printed on two lines"] += 1
                else:
                    self.count["headline's last word left alone"] += 1
            if tok[0] == "B" and BRK in text:
                self.count["line break inside a byline"] += 1
            parts = [p.strip() for p in text.split(BRK)]
            if tok.endswith("*2"):
                parts = [p + p for p in parts]
                self.dups.append(clean(text).replace(" ", ""))
                self.count["headline drawn twice on one line"] += 1
            parts = [self.render(tokens(p), heads=True) if tok[0] in "KTS" else p for p in parts]
            line.append(parts[0])
            for p in parts[1:]:
                lines.append(" ".join(line))
                line = [p]
            if tok.endswith("=2"):
                lines.append(" ".join(line))
                line = [parts[-1]]
                self.dups.append(parts[-1])
                self.count["headline printed as two identical lines"] += 1
        if line:
            lines.append(" ".join(line))
        if lines:
            units.append(lines)
        for u in units:
            self.unit(u)

    def photo(self, aid, style):
        a = self.arts[aid]
        cap = punct(clean(" ".join(a["paras"])), self.style)
        cred = punct(a["byline"], self.style).replace(BRK, "")
        self.body_seen.add(aid)
        self.count["photo / picture item"] += 1
        if style == "inline":
            self.unit([cap + " " + cred])
        elif style == "glued":
            self.unit([cap + cred])
        elif style.startswith("wrap"):
            w = float(style.split("=")[1])
            wl = self.wrap(cap + " " + cred, w, 0.0)
            for toks, spread, e in wl:
                self.unit([self.render(toks)])
        elif style.startswith("right"):
            w = int(style.split("=")[1])
            for toks, spread, e in self.wrap(cap, w, 0.0):
                self.unit([self.render(toks)])
            pad = max(2, 2 * w - len(cred) * 2)
            self.unit([" " * pad + cred])
            self.count["credit right-aligned on its own line"] += 1
        elif style == "first":
            self.unit([cred])
            for p in a["paras"]:
                self.unit([punct(clean(p), self.style)])
            self.count["credit printed before the caption"] += 1
        elif style == "after":
            for p in a["paras"]:
                self.unit([punct(clean(p), self.style)])
            self.unit([cred.replace(BRK, "")])
        else:
            raise ValueError(style)

    def furniture(self, spec, kind):
        """x (masthead / box) lines: '|' blank-separated, '/' adjacent lines."""
        units = [[ln.strip() for ln in u.split("/")] for u in spec.split("|")]
        for u in units:
            self.unit(u)
        self.extras.append(re.sub(r"\s+", "", spec.replace("|", "").replace("/", "")))
        if kind == "mast":
            self.count["masthead piece"] += sum(len(u) for u in units)
            self.count["merged masthead pieces"] += sum(1 for u in units for ln in u if " " in ln)
        else:
            self.count["short box line"] += sum(len(u) for u in units)

    # ------------------------------------------------ run the layout script
    def build(self):
        for op in self.layout:
            parts = op.split(None, 1)
            cmd, rest = parts[0], (parts[1] if len(parts) > 1 else "")
            if cmd == "head":
                aid, spec = (rest.split(None, 1) + [""])[:2]
                self.head(aid, spec or ("K|T|S" if self.col else "K T S"))
            elif cmd == "body":
                bits = rest.split()
                aid = bits[0]
                rng_spec = next((b for b in bits[1:] if b.startswith("-")), "")
                w = next((float(b[2:]) for b in bits[1:] if b.startswith("w=")), None)
                a = self.arts[aid]
                width = w or float(a.get("width") or self.meta.get("width", "17"))
                if a.get("marker") and a.get("markerpos") == "line" and aid not in self.body_seen:
                    m = punct(a["marker"], self.style)
                    self.unit([m])
                    self.markers.append(m)
                    self.count["jump marker"] += 1
                self.body(aid, rng_spec, width)
            elif cmd == "photo":
                aid, style = rest.split()
                self.photo(aid, style)
            elif cmd == "x":
                self.furniture(rest, "box")
            elif cmd == "mast":
                self.furniture(rest, "mast")
            elif cmd == "m":
                m = punct(rest, self.style)
                self.unit([m])
                self.markers.append(m)
                self.count["jump marker"] += 1
            elif cmd == "raw":                       # a line of an article, printed as is
                self.unit([punct(rest, self.style)])
            elif cmd == "dup":
                aid, n = rest.split()
                s = self.printed[aid][int(n)]
                self.unit([s])
                self.dups.append(s)
                self.count["line printed twice"] += 1
            elif cmd == "blank":
                self.units.append([])
            else:
                raise ValueError(f"{self.src.name}: bad op {op!r}")
            self.last_op = (cmd, rest.split()[0] if rest else "")
        for a in self.arts.values():
            if a["kind"] != "photo" and self.pos.get(a["id"]) != (len(a["paras"]), 0):
                raise ValueError(f"{self.src.name}: {a['id']} body not fully printed {self.pos.get(a['id'])}")
        # datelines: breaks inside
        for a in self.arts.values():
            d = a["dateline"]
            if BRK in d:
                i = d.index(BRK)
                if d[i + 1:].startswith("通讯员"):
                    self.count["line break before 通讯员"] += 1
                elif "（" in d[:i] or "(" in d[:i]:
                    self.count["line break between a dateline's names"] += 1
                else:
                    self.count["line break inside a dateline's date"] += 1
        text = "\n\n".join("\n".join(u) for u in self.units) + "\n"
        if self.col:
            text = " " + text
        else:
            text = "\n\n" + text
        self.text = text
        return text

    # ------------------------------------------------ gold
    def gold(self, name):
        arts = []
        for a in self.arts.values():
            g = OrderedDict()
            g["kind"] = a["kind"]
            for f in FIELDS:
                v = a[f]
                g[f] = punct(clean(v), self.style).strip()
            g["subheads"] = [punct(clean(s), self.style) for s in a["subheads"]]
            g["paragraphs"] = [punct(clean_para(p), self.style) for p in a["paras"]]
            arts.append(g)
        front = self.meta.get("front")
        inum, pcount = (None, None)
        if front:
            inum, pcount = (int(x) for x in front.split())
        return OrderedDict([
            ("source", name), ("issue_date", self.meta["date"]),
            ("issue_number", inum), ("page_count", pcount),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def build_all():
    """Return {src_name: dict(name, text, gold_json, page)} for every source."""
    out = OrderedDict()
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt"))):
        pg = Page(src)
        text = pg.build()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        gold = pg.gold(name + ".txt")
        gj = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        out[src.name] = dict(name=name, text=text, gold=gj, page=pg)
    return out


def nchars(s):
    return len(re.sub(r"\s+", "", s))


def readme(built):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tot = Counter()
    per = []
    for k, b in built.items():
        tot.update(b["page"].count)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for key in sorted(tot):
        rows.append(f"| {key} | {tot[key]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for k, b in built.items():
        m = b["page"].meta
        g = json.loads(b["gold"])
        prow.append(f"| {b['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(g['articles'])} | {nchars(b['text'])} | {m.get('subjects', '')} |")
    return tpl.replace("@@PHENOMENA@@", "\n".join(rows)).replace("@@PAGES@@", "\n".join(prow))


def main():
    built = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for b in built.values():
        (HERE / "pages" / (b["name"] + ".txt")).write_text(b["text"], encoding="utf-8")
        (HERE / "gold" / (b["name"] + ".json")).write_text(b["gold"], encoding="utf-8")
    (HERE / "README.md").write_text(readme(built), encoding="utf-8")
    print(f"composed {len(built)} pages")


if __name__ == "__main__":
    sys.exit(main())
