#!/usr/bin/env python3
"""Lay out the hand-written page sources of this test set.

    python3 compose.py

Reads src/pNN.txt, writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and
README.md (from README.in).  Standard library only; every small choice comes
from a random.Random seeded by the source file name, so the output is the
same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CLOSERS = set("，。、；：？！”’）》,.;:?!)」")
OPENERS = set("“‘（《(「")
CUT = "¦"          # cut mark in a paragraph: ¦ + one letter (the kind of cut)
BR = "//"          # printed line break inside a headline, dateline or byline
CUT_KINDS = {
    "n": "figure cut from its unit",
    "v": "verb cut from its figure",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "m": "cut inside a name",
    "c": "column break with nothing between",
    "p": "cut at a plain point",
}


# --------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "layout": []}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("= "):
            head = line[2:].split()
            if head[0] == "page":
                mode, cur = "meta", page["meta"]
            elif head[0] == "art":
                cur = {"id": head[1], "opts": {}, "body": []}
                for f in FIELDS:
                    cur[f] = [] if f in ("subheads", "paragraphs") else ""
                page["arts"][head[1]] = cur
                mode = "art"
            elif head[0] == "layout":
                mode = "layout"
            continue
        if mode == "layout":
            if line.strip() and not line.lstrip().startswith("#"):
                page["layout"].append(line.strip())
            continue
        if mode == "art" and cur.get("_inbody") and line.strip():
            cur["body"].append(line.strip())
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if mode == "meta":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif mode == "art":
            if cur.get("_inbody"):
                cur["body"].append(line.strip())
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "body":
                cur["_inbody"] = True
            elif k in FIELDS:
                cur[k] = v
            else:
                cur["opts"][k] = v
    return page


def conv_punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a source string: printed breaks and cut marks removed."""
    s = re.sub(CUT + ".", "", s)
    return s.replace(BR, "")


# ----------------------------------------------------------------- tokenising
RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-]*%?")


def tokens(text: str):
    """Split text into layout tokens: (text, em width).  Specials: ('<BR>', 0),
    ('<CUT>x', 0)."""
    out, i = [], 0
    while i < len(text):
        if text.startswith(BR, i):
            out.append(("<BR>", 0.0))
            i += 2
            continue
        if text[i] == CUT:
            out.append(("<CUT>" + text[i + 1], 0.0))
            i += 2
            continue
        m = RUN.match(text, i)
        if m:
            t = m.group(0)
            out.append((t, 0.5 * len(t)))
            i = m.end()
            continue
        ch = text[i]
        out.append((ch, 0.5 if ord(ch) < 128 else 1.0))
        i += 1
    return out


def is_run(t: str) -> bool:
    return bool(RUN.fullmatch(t))


# ------------------------------------------------------------------ the page
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.data = parse_source(src)
        self.meta = self.data["meta"]
        self.arts = self.data["arts"]
        self.layout = self.meta["layout"]
        self.punct = self.meta.get("punct", "full")
        self.lines: list[str] = []      # printed lines
        self.seps: list[str] = []       # separator printed before each line
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.next_sep = None
        self.printed = Counter()        # (art, part) printed
        self.segcache = {}

    # -- output
    def emit(self, text: str):
        sep = self.next_sep if self.next_sep is not None else "\n\n"
        self.next_sep = None
        self.seps.append(sep)
        self.lines.append(text)

    def text(self) -> str:
        out = []
        for i, (sep, line) in enumerate(zip(self.seps, self.lines)):
            if i == 0:
                sep = self.meta.get("top", "\n\n" if self.layout == "para" else "").replace("\\n", "\n")
            out.append(sep + line)
        return "".join(out)

    def c(self, s: str) -> str:
        return conv_punct(s, self.punct)

    # -- article field helpers
    def field(self, a: dict, f: str) -> str:
        return self.c(a[f])

    def opt(self, a: dict, k: str, default):
        v = a["opts"].get(k)
        if v is None:
            return default
        return type(default)(v) if not isinstance(default, str) else v

    def paragraphs(self, a: dict) -> list[str]:
        """Source paragraphs (with cut marks), subheads marked '## '."""
        return [self.c(p) for p in a["body"]]

    # -- column wrapping
    def wrap(self, a: dict, text: str, first_indent: bool = True):
        """Wrap one paragraph into column lines.  Returns (lines, cuts) where
        lines are lists of tokens with their limit and cuts[i] is the cut kind
        made after line i."""
        W = float(self.opt(a, "w", 17))
        toks = tokens(text)
        lines, cur, width = [], [], 0.0
        limit = W - 2 if first_indent else W
        cuts = {}
        forced = set()

        def flush(force=False):
            nonlocal cur, width, limit
            lines.append({"toks": cur, "width": width, "limit": limit, "forced": force})
            cur, width, limit = [], 0.0, W

        for t, tw in toks:
            if t == "<BR>":
                flush(True)
                continue
            if t.startswith("<CUT>"):
                cuts[len(lines)] = t[5:]
                continue
            if width + tw <= limit + 1e-9:
                cur.append((t, tw)); width += tw
            elif t in CLOSERS and width + tw <= limit + 1 + 1e-9:
                cur.append((t, tw)); width += tw          # hanging punctuation
            else:
                carry = []
                if t in CLOSERS:
                    # no closing mark may open a line: take the last
                    # character (and any marks after it) along
                    while cur and cur[-1][0] in CLOSERS:
                        carry.insert(0, cur.pop())
                    if cur:
                        carry.insert(0, cur.pop())
                if cur and cur[-1][0] in OPENERS:
                    carry.insert(0, cur.pop())
                width -= sum(cw for _, cw in carry)
                flush()
                for ct, cw in carry:
                    cur.append((ct, cw)); width += cw
                cur.append((t, tw)); width += tw
        flush()
        lines[-1]["last"] = True
        return lines, cuts

    def render_line(self, a: dict, ln: dict) -> str:
        toks = [t for t, _ in ln["toks"]]
        if not toks:
            return ""
        short = ln["limit"] - ln["width"]
        mids = sum(1 for t in toks[:-1] if t in "、，。；：")
        spread = short >= 0.75 or (mids >= 2 and self.rng.random() < 0.3)
        if not ln.get("last") and not ln.get("forced") and spread and len(toks) > 3:
            # justified line: the extraction spreads it with spaces
            self.count["justified line spread with spaces"] += 1
            out = toks[0]
            for prev, t in zip(toks, toks[1:]):
                if prev in CLOSERS or t in OPENERS:
                    out += t
                else:
                    out += " " + t
            return out
        numsp = self.opt(a, "num", "mix" if self.layout == "column" else "none")
        qsp = float(self.opt(a, "qsp", 0.15 if self.layout == "column" else 0.0))
        gap = float(self.opt(a, "gap", 0.015 if self.layout == "column" else 0.0))
        out = ""
        n = len(toks)
        for i, t in enumerate(toks):
            piece = t
            if is_run(t) and any(ch.isdigit() for ch in t) and numsp != "none":
                mode = numsp if numsp != "mix" else self.rng.choice(
                    ["both", "both", "both", "before", "before", "none"])
                if t.endswith("%") and len(t) > 1 and self.rng.random() < gap * 3:
                    piece = t[:-1] + " %"
                    self.count["glyph-gap space before %"] += 1
                if mode in ("both", "before") and i > 0 and not out.endswith(" ") \
                        and toks[i - 1] not in OPENERS and toks[i - 1] not in CLOSERS:
                    out += " "
                    self.count["space around a number run"] += 1
                out += piece
                if mode == "both" and i < n - 1 and toks[i + 1] not in CLOSERS \
                        and not is_run(toks[i + 1]):
                    out += " "
                continue
            if t in "、，" and i > 0 and self.rng.random() < gap and not out.endswith(" "):
                out += " "
                self.count["glyph-gap space before full-width punctuation"] += 1
            out += piece
            if t == "“" and i < n - 1 and self.rng.random() < qsp:
                out += " "
                self.count["space after an opening quote"] += 1
        return out.rstrip()

    # -- segments of an article body
    def segments(self, aid: str):
        """The article body cut into printable segments.  Each segment is a
        list of printed lines.  Paragraphs are cut at ¦ marks; in column
        layout a cut falls at the end of the column line holding it."""
        if aid in self.segcache:
            return self.segcache[aid]
        a = self.arts[aid]
        segs = []
        lead = self.c(a["opts"].get("lead", ""))
        dl = self.field(a, "dateline")
        for pi, p in enumerate(self.paragraphs(a)):
            sub = p.startswith("## ")
            if sub:
                p = p[3:]
            prefix = ""
            if pi == 0:
                prefix = lead + dl
            if self.layout == "para":
                full = prefix + p
                parts = re.split(CUT + "(.)", full)
                texts, kinds = parts[0::2], parts[1::2]
                for j, t in enumerate(texts):
                    segs.append(t.split(BR))
                    if j < len(kinds):
                        self.count["paragraph cut: " + CUT_KINDS[kinds[j]]] += 1
            else:
                if sub:
                    segs.append([p])
                    continue
                lines, cuts = self.wrap(a, prefix + p, first_indent=True)
                cur = []
                for li, ln in enumerate(lines):
                    cur.append(self.render_line(a, ln))
                    if li in cuts and li < len(lines) - 1:
                        self.count["paragraph cut: " + CUT_KINDS[cuts[li]]] += 1
                        segs.append(cur)
                        cur = []
                segs.append(cur)
        self.segcache[aid] = segs
        return segs

    # -- layout commands
    def run(self):
        for cmd in self.data["layout"]:
            op, _, rest = cmd.partition(" ")
            getattr(self, "op_" + op)(rest.strip())
        # every part of every article printed, every body segment exactly once
        bad = []
        for aid, a in self.arts.items():
            for letter, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle"),
                              ("c", "column"), ("b", "byline")):
                if a[f] and not self.printed[(aid, letter)]:
                    bad.append(f"{aid}: {f} not printed")
            if a["kind"] == "photo" and self.printed[(aid, "photo")]:
                continue
            for k in range(1, len(self.segments(aid)) + 1):
                if self.printed[(aid, "seg", k)] != 1:
                    bad.append(f"{aid}: segment {k} printed {self.printed[(aid, 'seg', k)]} times")
        if bad:
            raise SystemExit(f"{self.src.name}: " + "; ".join(bad))

    def part_text(self, a: dict, letter: str) -> str:
        f = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column",
             "b": "byline", "d": "dateline"}[letter]
        return self.field(a, f)

    def op_head(self, rest: str):
        """head A SPEC...  each SPEC is a printed line: letters k t s c b joined
        by '+' (one line, parts separated by a space); 'tt' is the title doubled
        on one line; a part printed twice is a duplicate."""
        aid, *specs = rest.split()
        a = self.arts[aid]
        if self.printed[(aid, "seg", 1)] and any(l in "kts" for sp in specs for l in sp):
            self.count["headline printed after its body"] += 1
        for spec in specs:
            if spec == "tt":
                t = self.part_text(a, "t")
                self.emit(clean(t) + self.rng.choice(["", " "]) + clean(t))
                self.dups.append(clean(t))
                self.count["headline drawn twice (doubled on one line)"] += 1
                self.printed[(aid, "t")] += 1
                continue
            pieces = []
            for letter in spec.split("+"):
                txt = self.part_text(a, letter)
                if self.printed[(aid, letter)]:
                    self.dups.append(clean(txt))
                    self.count["headline drawn twice (two identical lines)"] += 1
                self.printed[(aid, letter)] += 1
                if letter == "b" and BR in txt:
                    self.count["line break inside a byline"] += 1
                if letter in "kts" and BR in txt:
                    self.count["headline broken over lines (last word alone)"] += 1
                if letter == "c":
                    self.count["column label on its own line"] += 1
                pieces.append(txt)
            joined = " ".join(pieces)
            if len(pieces) > 1:
                self.count["headline parts bunched on one line"] += 1
            for ln in joined.split(BR):
                self.emit(ln.strip())

    def op_body(self, rest: str):
        aid, *rng = rest.split()
        segs = self.segments(aid)
        if rng:
            r = rng[0]
            lo, _, hi = r.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else (len(segs) if "-" in r else lo)
        else:
            lo, hi = 1, len(segs)
        a = self.arts[aid]
        if lo == 1 and a["dateline"] and BR in a["dateline"]:
            self.count["line break inside a dateline"] += 1
        for k in range(lo, hi + 1):
            self.printed[(aid, "seg", k)] += 1
        for seg in segs[lo - 1:hi]:
            for ln in seg:
                self.emit(ln)

    def op_photo(self, rest: str):
        aid, mode, *more = rest.split()
        a = self.arts[aid]
        self.printed[(aid, "photo")] += 1
        if mode != "own" or a["byline"]:
            self.printed[(aid, "b")] += 1
        caps = [self.c(clean(p)) for p in a["body"]]
        cred = self.field(a, "byline")
        wrapw = int(more[0]) if more else 0
        if mode == "first":
            self.emit(cred + " " + caps[0])
            self.count["photo credit opening the caption"] += 1
            for p in caps[1:]:
                self.emit(p)
            return
        text_lines = []
        for p in caps:
            if wrapw:
                text_lines += [p[i:i + wrapw] for i in range(0, len(p), wrapw)]
            else:
                text_lines.append(p)
        if mode == "inline":
            text_lines[-1] = text_lines[-1] + self.rng.choice([" ", "  ", ""]) + cred if cred else text_lines[-1]
            for t in text_lines:
                self.emit(t)
        elif mode == "own":
            for t in text_lines:
                self.emit(t)
            if cred:
                self.emit(cred)
        elif mode == "right":
            for t in text_lines:
                self.emit(t)
            self.emit(" " * self.rng.randint(18, 40) + cred)
            self.count["credit right-aligned on a line of its own"] += 1
        elif mode == "none":
            for t in text_lines:
                self.emit(t)

    def op_credit(self, rest: str):
        """credit A: a photo credit printed on its own (right-aligned) line."""
        aid = rest.split()[0]
        a = self.arts[aid]
        self.printed[(aid, "b")] += 1
        self.emit(" " * self.rng.randint(18, 40) + self.field(a, "byline"))
        self.count["credit right-aligned on a line of its own"] += 1

    def op_extra(self, rest: str):
        """extra P1 | P2 | ... : page furniture, one piece a line, one extras entry."""
        pieces = [p.strip() for p in rest.split("|")]
        for p in pieces:
            self.emit(p)
        self.extras.append("".join(pieces))
        self.count["box / furniture lines (extras)"] += len(pieces)

    def op_mast(self, rest: str):
        pieces = [p.strip() for p in rest.split("|")]
        for p in pieces:
            self.emit(p)
            if " " in p:
                self.count["masthead pieces merged on one line"] += 1
        self.extras.append("".join(pieces))
        self.count["masthead pieces"] += len(pieces)

    def op_mark(self, rest: str):
        self.emit(rest)
        self.count["jump marker"] += 1

    def op_dup(self, rest: str):
        n = int(rest or 1)
        for ln in self.lines[-n:]:
            self.emit(ln)
            self.dups.append(ln.strip())
            self.count["line printed twice"] += 1

    def op_gap(self, rest: str):
        self.next_sep = "\n" * (int(rest or 1) + 2)

    def op_tight(self, rest: str):
        self.next_sep = "\n"

    # -- gold
    def gold_articles(self):
        arts = []
        for aid, a in self.arts.items():
            g = OrderedDict()
            for f in FIELDS:
                if f == "paragraphs":
                    g[f] = [clean(self.c(p[3:] if p.startswith("## ") else p)) for p in a["body"]]
                elif f == "subheads":
                    g[f] = [clean(self.c(p[3:])) for p in a["body"] if p.startswith("## ")]
                else:
                    g[f] = clean(self.c(a[f]))
            arts.append(g)
        return arts


def chars(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def seed_measure() -> str:
    """Line widths of the seeds' column pages, in em, as measured here."""
    rows = []
    for f in sorted(SEEDS.glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        lines = [l for l in t.split("\n") if l.strip()]
        blank = t.count("\n\n")
        if len(lines) < 250:
            continue
        ws = []
        spread = 0
        for l in lines:
            w = sum(0.5 if ord(ch) < 128 else 1.0 for ch in l if ch != " ")
            ws.append(w)
            if re.search(r"\S \S \S \S", l) and not re.search(r"[0-9]", l[:1]):
                spread += 1
        cnt = Counter(round(w) for w in ws if 10 <= w <= 26)
        top = ", ".join(f"{w} em ×{n}" for w, n in sorted(cnt.most_common(6)))
        rows.append(f"| {f.name} | {len(lines)} | {blank} | {top} | {spread} |")
    return "\n".join(rows)


def main():
    src_dir = HERE / "src"
    pages_dir, gold_dir = HERE / "pages", HERE / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    total = Counter()
    rows = []
    for src in sorted(src_dir.glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        seq = int(pg.meta["seq"])
        name = f"{seq:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (pages_dir / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = OrderedDict()
        gold["source"] = name + ".txt"
        gold["issue_date"] = pg.meta["date"]
        gold["issue_number"] = pg.meta.get("issue") or None
        gold["page_count"] = int(pg.meta["count"]) if pg.meta.get("count") else None
        gold["articles"] = pg.gold_articles()
        gold["extras"] = pg.extras
        gold["duplicates"] = pg.dups
        (gold_dir / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # counts from the sources
        c = pg.count
        for a in pg.arts.values():
            dl = a["dateline"]
            if dl.endswith("讯") or "讯（" in dl or "讯(" in dl:
                c["dateline with 讯"] += 1
            if "电（" in dl or "电(" in dl:
                c["dateline with 电"] += 1
            hl = [a[f] for f in ("kicker", "title", "subtitle") if a[f]]
            c[f"headline stack of {len(hl)} part(s)"] += 1
            if a["subtitle"].startswith("——"):
                c["dash-led subtitle"] += 1
            if a["column"]:
                c["column label (栏目)"] += 1
            if a["kind"] == "feature" and [p for p in a["body"] if p.startswith("## ")]:
                c["feature with crossheads"] += 1
            c["article kind: " + a["kind"]] += 1
            by = a["byline"]
            if "新湖南客户端" in by:
                c["byline 湖南日报·新湖南客户端记者 X 报道"] += 1
            if "华声在线" in by:
                c["byline 湖南日报·华声在线记者"] += 1
            if by.startswith("文丨"):
                c["副刊 essay byline 文丨X (no dateline)"] += 1
            if "评论员" in by:
                c["byline 湖南日报(全媒体)评论员"] += 1
            if by.startswith("以上图片均由"):
                c["group photo credit 以上图片均由…摄"] += 1
            if by.startswith("漫画"):
                c["cartoon"] += 1
            if a["kind"] == "other" and sum(bool(re.match(r"[0-9一二三四五六七八九十]+[.、]", p)) for p in a["body"]) >= 3:
                c["notice with numbered items"] += 1
            if a["kind"] == "commentary" and a["byline"] and "（" not in a["byline"] and "(" not in a["byline"] \
                    and "评论员" not in a["byline"] and "记者" not in a["byline"]:
                c["commentary with a bare-name byline"] += 1
            if a["subtitle"] and len(a["subtitle"]) <= 8 and a["subtitle"].endswith(("出席", "主持")):
                c["short trailing headline line (… 出席)"] += 1
            if " " in clean(a["title"]):
                c["two-phrase title split at a space"] += 1
        total.update(c)
        arts = pg.gold_articles()
        kinds = Counter(x["kind"] for x in arts)
        rows.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
            name + ".txt", pg.meta["date"], pg.meta["page"], pg.meta["layout"], pg.punct,
            f"{len(arts)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})",
            chars(text), pg.meta.get("subjects", "")))
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + phen)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + "\n".join(rows))
    readme = readme.replace("{{MEASURE}}", "| seed | text lines | blank-line gaps | commonest line widths | spread lines |\n|---|---|---|---|---|\n" + seed_measure())
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


def show_segments(path: str):
    """Authoring aid: python3 compose.py --segs src/pNN.txt"""
    pg = Page(Path(path))
    for aid in pg.arts:
        for k, seg in enumerate(pg.segments(aid), 1):
            print(f"{aid} {k}: {seg[0][:14]} … {seg[-1][-10:]}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--segs"]:
        show_segments(sys.argv[2])
        sys.exit(0)
    sys.exit(main())
