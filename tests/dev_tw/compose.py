#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
exact gold annotations (gold/) and README.md (from README.in).

Standard library only.  Every small choice comes from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.
"""
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

SET = Path(__file__).resolve().parent
SRC, PAGES, GOLD = SET / "src", SET / "pages", SET / "gold"
CUT = "¦"      # cut point inside a paragraph (body segments are numbered from 1)
BRK = "⏎"      # forced line break (dateline, byline, headline part); not in gold
CLOSE = "，。、；：？！”’）》」％%,.;:?!)"
FULLP = "，。、；：？！“”‘’（）《》"


def em(s):
    return sum(0 if c == " " else (1 if unicodedata.east_asian_width(c) in "WF" else 0.5) for c in s)


def punct(s, mode):
    if mode in ("halfbr", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parser
def parse(path):
    meta, arts, layout = OrderedDict(), OrderedDict(), []
    cur, sect = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("//"):
            continue
        if line == "@meta":
            sect = "meta"
            continue
        if line == "@layout":
            sect = "layout"
            continue
        if line.startswith("@a "):
            sect = "art"
            cur = OrderedDict(kind="news", column="", kicker="", title="", subtitle="",
                              byline="", dateline="", continued="", subheads=[], paras=[], width=None)
            arts[line[3:].strip()] = cur
            continue
        if sect == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif sect == "art":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            v = v.replace(",", "，").replace("(", "（").replace(")", "）").replace(";", "；")
            if k == "p":
                cur["paras"].append(v)
            elif k == "s":
                cur["subheads"].append(v)
                cur["paras"].append(v)
            elif k == "width":
                cur["width"] = float(v)
            else:
                cur[k] = v.replace(CUT, "")
        elif sect == "layout":
            layout.append(line.split())
    return meta, arts, layout


def clean(s):
    return s.replace(CUT, "").replace(BRK, "")


def segments(art):
    """Body split at cut marks: list of (text, para_index, starts_para, ends_para)."""
    segs = []
    for i, p in enumerate(art["paras"]):
        pieces = p.split(CUT)
        for j, piece in enumerate(pieces):
            segs.append((piece, i, j == 0, j == len(pieces) - 1))
    return segs


# ---------------------------------------------------------------- page composer
class Page:
    def __init__(self, name, meta, arts, layout):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rng = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.col = meta["layout"] == "column"
        self.width = float(meta.get("width", "17"))
        self.lines = []          # printed lines (a '' means blank line)
        self.extras, self.dups = [], []
        self.stat = Counter()
        self.lastline = {}       # article id -> last printed body line (plain)
        self.segs = {k: segments(a) for k, a in arts.items()}
        self.printed = Counter()
        self.shown = set()

    def P(self, s):
        return punct(s, self.mode)

    def emit(self, s, blank=True):
        if blank and self.lines:
            self.lines.append("")
        self.lines.append(s)

    # --- column-layout artefacts
    def numspace(self, line):
        """Spaces around runs of digits / Latin, glyph gaps around full punctuation, before %."""
        out = []
        toks = re.findall(r"[0-9A-Za-z.%×+]+|.", line)
        for k, t in enumerate(toks):
            if re.fullmatch(r"[0-9A-Za-z.%×+]+", t) and len(toks) > 1:
                r = self.rng.random()
                if t.endswith("%") and len(t) > 1 and r < 0.12:
                    t = t[:-1] + " %"
                    self.stat["space before %"] += 1
                if r < 0.65:
                    if k > 0 and out and not out[-1].endswith(" "):
                        t = " " + t
                    if k < len(toks) - 1:
                        t = t + " "
                    self.stat["spaces around number runs"] += 1
            elif t in "“" and k < len(toks) - 1 and self.rng.random() < 0.15:
                t = t + " "
                self.stat["space after opening quote"] += 1
            elif t in "，、。；" and k > 0 and re.fullmatch(r"[0-9.%]+ ?", toks[k - 1] if toks[k - 1] else "x") and self.rng.random() < 0.5:
                t = " " + t
                self.stat["glyph-gap space at full punctuation"] += 1
            out.append(t)
        return re.sub(" +", " ", "".join(out)).strip(" ") if out else line

    def spread(self, line):
        """Justified column line spread with spaces (no space after full punctuation)."""
        out = ""
        for k, c in enumerate(line):
            out += c
            if k < len(line) - 1 and c not in FULLP and not (c.isascii() and line[k + 1].isascii()):
                out += " "
        self.stat["justified lines spread with spaces"] += 1
        return out

    def wrap(self, text, width, protect=0):
        """Greedy column wrapping on em width; kinsoku for closing punctuation;
        never leave 1-3 characters of a protected prefix (dateline) at a line start."""
        lines, cur = [], ""
        pos = 0
        chars = list(text)
        while pos < len(chars):
            c = chars[pos]
            w = width - self.rng.choice([0, 0, 0, 1, 1, 2]) if not cur else w
            inrun = c.isascii() and c.isalnum() and cur[-1:].isascii() and cur[-1:].isalnum() and cur[-1:] != ""
            if em(cur + c) > w and cur and c not in CLOSE and not inrun:
                left = protect - pos
                if 0 < left < 4:
                    cur += c
                    pos += 1
                    continue
                lines.append(cur)
                cur = ""
                continue
            cur += c
            pos += 1
        if cur:
            lines.append(cur)
        return lines

    def body_lines(self, aid, text, first, final, protect):
        """Print one body segment; returns nothing."""
        art = self.arts[aid]
        if not self.col:
            parts = text.split(BRK)
            for k, part in enumerate(parts):
                self.emit(part)
                self.lastline[aid] = part
            return
        width = art["width"] or self.width
        chunks = text.split(BRK)
        out = []
        off = 0
        for chunk in chunks:
            ls = self.wrap(chunk, width, protect - off if protect > off else 0)
            out.extend(ls)
            off += len(chunk)
        for k, l in enumerate(out):
            plain = l
            last = k == len(out) - 1
            l = self.numspace(l)
            if not last and len(plain) >= 8 and self.rng.random() < 0.06:
                l = self.spread(plain)
            if self.rng.random() < 0.02 and k == 0 and first:
                l = " " + l
            self.emit(l)
            self.lastline[aid] = plain

    # --- directives
    def d_mast(self, args):
        pieces = " ".join(args).split("|")
        for p in pieces:
            self.emit(self.P(p))
        self.extras.append(self.P("".join(pieces).replace(" ", "")))
        self.stat["masthead pieces"] += len(pieces)

    def d_x(self, args):
        s = self.P(" ".join(args))
        self.emit(s)
        self.extras.append(s)
        self.stat["box lines / page furniture"] += 1

    def d_mark(self, args):
        s = self.P(" ".join(args))
        self.emit(s)
        self.extras.append(s)
        self.stat["jump markers"] += 1

    def d_head(self, args):
        aid, opts = args[0], args[1:]
        a = self.arts[aid]
        self.shown |= {(aid, f) for f in ("kicker", "title", "subtitle")}
        parts = [self.P(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
        if not parts:
            return
        if "twice" in opts:           # title drawn twice on one line
            parts = [p + p if self.P(a["title"]) == p else p for p in parts]
            self.stat["headline doubled on one line"] += 1
        if "join" in opts:
            self.emit(" ".join(p.replace(BRK, "") for p in parts))
            self.stat["headline stack joined on one line"] += 1
        else:
            for p in parts:
                if BRK in p:
                    self.stat["headline word left alone on a line"] += 1
                self.emit(p.replace(BRK, "\n"))
        if "dup" in opts:             # the whole stack printed twice as identical lines
            last = parts[-1].replace(BRK, "")
            self.emit(last)
            self.dups.append(last)
            self.stat["headline printed as two identical lines"] += 1
        if "after" in opts:
            self.stat["headline printed after its body"] += 1
        if "bunch" in opts:
            self.stat["headline bunched with other headlines"] += 1

    def d_col(self, args):
        a = self.arts[args[0]]
        self.shown |= {(x, "column") for x in args if x in self.arts}
        s = self.P(a["column"])
        if "box" in args[1:]:
            s = "【" + s + "】" if False else s
        self.emit(s)
        self.stat["column labels"] += 1

    def d_by(self, args):
        a = self.arts[args[0]]
        self.shown.add((args[0], "byline"))
        s = self.P(a["byline"])
        if "right" in args[1:]:
            s = " " * self.rng.randint(18, 30) + s.replace(BRK, "")
            self.stat["credit right-aligned on its own line"] += 1
            self.emit(s)
            return
        for piece in s.split(BRK):
            self.emit(piece)
        if BRK in s:
            self.stat["line break inside a byline"] += 1

    def d_body(self, args):
        aid = args[0]
        a = self.arts[aid]
        segs = self.segs[aid]
        rng = []
        for spec in args[1:]:
            if spec == "*":
                rng.extend(range(1, len(segs) + 1))
            elif spec.endswith("-"):
                rng.extend(range(int(spec[:-1]), len(segs) + 1))
            elif "-" in spec:
                x, y = spec.split("-")
                rng.extend(range(int(x), int(y) + 1))
            else:
                rng.append(int(spec))
        for n in rng:
            text, pi, first, final = segs[n - 1]
            self.printed[(aid, n)] += 1
            text = self.P(text)
            protect = 0
            if n == 1:
                self.shown.add((aid, "dateline"))
            if n == 1 and a["dateline"]:
                dl = self.P(a["dateline"])
                if BRK in dl:
                    self.stat["line break inside a dateline"] += 1
                if self.col:
                    protect = len(dl.replace(BRK, ""))
                text = dl + text
            if not first:
                self.stat["paragraph continued after a cut"] += 1
            if not final:
                self.stat["paragraph cut"] += 1
            self.body_lines(aid, text, first, final, protect)

    def d_photo(self, args):
        aid, opts = args[0], args[1:]
        a = self.arts[aid]
        cap = self.P(a["paras"][0])
        cred = self.P(a["byline"])
        self.shown |= {(aid, "byline"), (aid, "title")}
        if a["title"]:
            self.emit(self.P(a["title"]))
        if "inline" in opts:
            self.emit(cap + " " * self.rng.randint(1, 3) + cred)
            self.stat["photo credit inline"] += 1
        else:
            if self.col:
                self.body_lines(aid, cap, True, True, 0)
            else:
                self.emit(cap)
            self.emit(" " * self.rng.randint(16, 34) + cred)
            self.stat["credit right-aligned on its own line"] += 1
        self.printed[(aid, 1)] += 1

    def d_again(self, args):
        aid = args[0]
        l = self.lastline[aid]
        self.emit(self.numspace(l) if self.col else l)
        self.dups.append(l)
        self.stat["lines printed twice"] += 1

    def d_blank(self, args):
        self.lines.append("")

    def run(self):
        for d in self.layout:
            getattr(self, "d_" + d[0])(d[1:])
        for aid, segs in self.segs.items():
            for n in range(1, len(segs) + 1):
                assert self.printed[(aid, n)] == 1, (self.name, aid, n, self.printed[(aid, n)])
        for aid, a in self.arts.items():
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                assert not a[f] or (aid, f) in self.shown, (self.name, aid, f, "never printed")
        text = "\n".join(self.lines) + "\n"
        return text

    def gold(self, fname):
        arts = []
        for aid, a in self.arts.items():
            paras = [self.P(clean(p)) for p in a["paras"]]
            arts.append(OrderedDict([
                ("kind", a["kind"]), ("column", self.P(a["column"])),
                ("kicker", self.P(clean(a["kicker"]))), ("title", self.P(clean(a["title"]))),
                ("subtitle", self.P(clean(a["subtitle"]))), ("byline", self.P(clean(a["byline"]))),
                ("dateline", self.P(clean(a["dateline"]))), ("continued", self.P(a["continued"])),
                ("subheads", [self.P(s) for s in a["subheads"]]), ("paragraphs", paras)]))
        return OrderedDict([
            ("source", fname), ("issue_date", self.meta["date"]),
            ("issue_number", self.meta.get("issue") or None),
            ("page_count", int(self.meta["pages"]) if self.meta.get("pages") else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def nows(s):
    return len(re.sub(r"\s+", "", s))


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for f in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        f.unlink()
    rows, total = [], Counter()
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        meta, arts, layout = parse(src)
        pg = Page(src.name, meta, arts, layout)
        text = pg.run()
        stem = "%03d_%s" % (n, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        (PAGES / (stem + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(stem + ".txt")
        (GOLD / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stat)
        total["datelines with 讯"] += sum(1 for a in arts.values() if "讯" in a["dateline"])
        total["datelines with 电"] += sum(1 for a in arts.values() if "电" in a["dateline"])
        total["features with crossheads"] += sum(1 for a in arts.values() if a["subheads"])
        total["photo / cartoon items"] += sum(1 for a in arts.values() if a["kind"] == "photo")
        total["commentaries"] += sum(1 for a in arts.values() if a["kind"] == "commentary")
        rows.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            stem + ".txt", meta["date"], meta["page"], meta["layout"], meta.get("punct", "full"),
            len(arts), nows(text), meta.get("subjects", "")))
    phen = "\n".join("| %s | %d |" % (k, v) for k, v in sorted(total.items()))
    readme = (SET / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + phen)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
                            "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows))
    (SET / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
