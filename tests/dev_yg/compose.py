#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages, gold annotations and README.md.

    python3 compose.py

Standard library only. Every small choice comes from random.Random seeded by the
source file name, so the output is the same byte for byte on every run.
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
SEEDS = Path("/work/shared/seeds")

CLOSING = set("，。、；：？！”’）》」』,;:?!)")
OPENING = set("“‘（《「『(")
NO_SPACE_AFTER = CLOSING | set("（《(「")
NO_SPACE_BEFORE = set("“‘") | set("》）)」（《(「")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*")
IDEO = re.compile(r"[\u4e00-\u9fff]")

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued")


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            section, cur = "page", page["meta"]
            continue
        if line.startswith("@a "):
            aid = line.split()[1]
            cur = {"id": aid, "paras": [], "sh": set(), "kind": "news"}
            for k in ART_KEYS:
                cur.setdefault(k, "")
            cur["kind"] = "news"
            page["arts"][aid] = cur
            section = "art"
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "art" and key in ("p", "sh"):
            cur["paras"].append(val)
            if key == "sh":
                cur["sh"].add(len(cur["paras"]) - 1)
        else:
            cur[key] = val
    return page


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


CUT = re.compile(r"‖([a-z]?)")


def pieces(text: str):
    """Split a paragraph at its cut marks: [(piece, cut_type_after)]."""
    out, pos, kinds = [], 0, []
    for m in CUT.finditer(text):
        out.append(text[pos:m.start()])
        kinds.append(m.group(1) or "x")
        pos = m.end()
    out.append(text[pos:])
    kinds.append("")
    return list(zip(out, kinds))


def clean(text: str) -> str:
    return CUT.sub("", text)


# ---------------------------------------------------------------- column layout
def tokens(text: str):
    toks, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            toks.append(m.group())
            i = m.end()
        else:
            toks.append(text[i])
            i += 1
    return toks


def em(tok: str) -> float:
    if tok == " ":
        return 0.5
    if ord(tok[0]) < 128:
        return 0.5 * len(tok)
    return 1.0


def wrap(text: str, width: float, rnd: random.Random, indent: float = 0.0):
    """Greedy fill to width em with the seeds' break rules (the first line of a
    paragraph is indented 2 em, the indent itself is not extracted).
    Returns [(tokens, width_used, line_width)]."""
    lines, cur, w = [], [], 0.0
    for tok in tokens(text):
        t = em(tok)
        lw = width - (indent if not lines else 0)
        if not cur or w + t <= lw:
            if tok == " " and not cur:
                continue
            cur.append(tok)
            w += t
            continue
        nxt = [tok]
        if tok in CLOSING:
            if rnd.random() < 0.55:            # hang the mark at the line end
                cur.append(tok)
                w += t
                nxt = []
            else:                              # push the last glyph down with it
                moved = cur.pop()
                nxt = [moved, tok]
        elif cur[-1] in OPENING:
            moved = cur.pop()
            nxt = [moved, tok]
        while cur and cur[-1] == " ":
            cur.pop()
        lines.append(cur)
        cur = [x for x in nxt if not (x == " " and not cur)]
        w = sum(em(x) for x in cur)
        if cur and cur[0] == " ":
            cur = cur[1:]
            w -= 0.5
    if cur:
        lines.append(cur)
    return [(ln, sum(em(x) for x in ln), width - (indent if i == 0 else 0))
            for i, ln in enumerate(lines)]


def is_ideo(tok: str) -> bool:
    return len(tok) == 1 and bool(IDEO.match(tok))


def render_line(toks, spread: bool, rnd: random.Random, stats: Counter) -> str:
    if spread:
        stats["justified line spread with spaces"] += 1
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a == " " or b == " ":
                out += b if b != " " else ""
                if b == " ":
                    out += " "
                continue
            if a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE:
                out += b
            else:
                out += " " + b
        return re.sub(" +", " ", out)
    out = ""
    for i, tok in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if ASCII_RUN.fullmatch(tok):
            if prev and is_ideo(prev) and rnd.random() < 0.85:
                out += " "
                stats["space around a number run"] += 1
            if tok.endswith("%") and len(tok) > 1 and rnd.random() < 0.12:
                tok = tok[:-1] + " %"
                stats["glyph-gap space before %"] += 1
            out += tok
            if nxt and is_ideo(nxt) and rnd.random() < 0.5:
                out += " "
                stats["space around a number run"] += 1
            continue
        if tok in CLOSING and prev and prev != " " and tok in "，、。；" and rnd.random() < 0.025:
            out += " "
            stats["glyph-gap space before full-width punctuation"] += 1
        out += tok
        if tok == "“" and nxt and is_ideo(nxt) and rnd.random() < 0.08:
            out += " "
            stats["space after an opening quote"] += 1
    return re.sub(" +", " ", out)


# ---------------------------------------------------------------- page builder
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse_source(src)
        self.meta = self.p["meta"]
        self.arts = self.p["arts"]
        self.layout = self.meta.get("layout", "column")
        self.mode = self.meta.get("punct", "full")
        self.rnd = random.Random(src.name)
        self.stats = Counter()
        self.lines = []          # list of (text, sep_before) sep: "\n\n" or "\n"
        self.extras, self.dups = [], []
        self.dl_done = set()
        self.body_seen = set()
        self.printed = set()
        self.photos = set()

    # -- helpers
    def P(self, s):
        return punct(s, self.mode)

    def emit(self, text, tight=False):
        self.lines.append((text, "\n" if tight else "\n\n"))

    def width(self, a):
        return float(a.get("w") or self.meta.get("w") or 16)

    def head_parts(self, a):
        return [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]

    # -- directives
    def d_x(self, rest, opts):
        parts = [x.strip() for x in rest.split("|")]
        for i, x in enumerate(parts):
            self.emit(self.P(x), tight=(i > 0 and "tight" in opts))
        self.extras.append(self.P("".join(parts)))
        self.stats["masthead / furniture pieces"] += len(parts)
        self.stats["merged masthead piece (e.g. day + weekday)"] += sum(" " in x for x in parts)

    def d_box(self, rest, opts):
        self.emit(self.P(rest), tight="tight" in opts)
        self.extras.append(self.P(rest))
        self.stats["short box line (countdown, code prompt, framed label)"] += 1

    def d_col(self, aid, opts):
        a = self.arts[aid]
        self.emit(self.P(a["column"]), tight="tight" in opts)
        self.stats["column label on its own line"] += 1
        if "after" in opts:
            self.stats["column label printed after its piece"] += 1

    def d_head(self, aid, opts):
        a = self.arts[aid]
        parts = [self.P(x) for x in self.head_parts(a)]
        if aid in self.body_seen:
            self.stats["headline printed after its body"] += 1
        if "tight" in opts:
            self.stats["headline bunched with another story's headline"] += 1
        one = opts.get("oneline", "1" if self.layout == "para" else "")
        if one:
            line = " ".join(parts)
            self.emit(line, tight="tight" in opts)
            return
        kb = int(opts.get("kbreak", 0))
        last = int(opts.get("last", 0))
        for i, x in enumerate(parts):
            tight = "tight" in opts if i == 0 else ("glue" in opts)
            is_title = self.P(a["title"]) == x and a["title"]
            if i == 0 and kb and self.P(a["kicker"]) == x:
                self.emit(x[:kb], tight=tight)
                self.emit(x[kb:], tight=True)
                self.stats["kicker broken over two lines"] += 1
                continue
            if is_title and "double" in opts:
                self.emit(x + x, tight=tight)
                self.dups.append(x)
                self.stats["headline drawn twice (doubled on one line)"] += 1
                continue
            if is_title and last:
                self.emit(x[:-last], tight=tight)
                self.emit(x[-last:], tight=True)
                self.stats["headline's last word alone on a line"] += 1
                continue
            self.emit(x, tight=tight)
            if is_title and "twice" in opts:
                self.emit(x, tight=False)
                self.dups.append(x)
                self.stats["headline drawn twice (two identical lines)"] += 1
        if len(parts) >= 3:
            self.stats["three-line headline stack"] += 1

    def d_by(self, aid, opts):
        a = self.arts[aid]
        by = self.P(a["byline"])
        br = opts.get("break")
        if br and br in by:
            i = by.index(br)
            self.emit(by[:i].rstrip(), tight="tight" in opts)
            self.emit(by[i:], tight=True)
            self.stats["line break inside a byline (between names)"] += 1
        else:
            pad = " " * int(opts.get("right", 0))
            self.emit(pad + by, tight="tight" in opts)
        if opts.get("right"):
            self.stats["credit right-aligned on its own line"] += 1

    def d_dl(self, aid, opts):
        a = self.arts[aid]
        self.dl_done.add(aid)
        for k, ln in enumerate(self.dl_lines(a, opts)):
            self.emit(ln, tight=(k > 0))

    def dl_lines(self, a, opts):
        dl = self.P(a["dateline"])
        br = opts.get("dlbreak") or a.get("dlbreak")
        if br and br in dl:
            i = dl.index(br)
            self.count_dlbreak(br)
            return [dl[:i].rstrip(), dl[i:]]
        return [dl]

    def count_dlbreak(self, br):
        if br.startswith("通讯员"):
            self.stats["line break before 通讯员 in a dateline"] += 1
        elif re.match(r"[0-9日月讯电]", br):
            self.stats["line break inside a dateline's date"] += 1
        else:
            self.stats["line break between a dateline's names"] += 1

    def select(self, a, rng):
        """Pieces of paragraphs for a range like 1-3, 2b-4, 3a, *."""
        paras = [pieces(self.P(p)) for p in a["paras"]]
        flat = []
        for i, ps in enumerate(paras):
            for j, (txt, cut) in enumerate(ps):
                flat.append((i + 1, "abcdefg"[j] if len(ps) > 1 else "", txt, cut,
                             j == len(ps) - 1))
        if rng == "*":
            return flat

        cut_at = next((i + 1 for i, ps in enumerate(paras) if len(ps) > 1), 0)

        def pos(tok, end):
            if tok.startswith("^"):            # ^a / ^b: pieces of the cut paragraph
                n, letter = cut_at, tok[1:]
            else:
                m = re.fullmatch(r"(\d+)([a-g]?)", tok)
                n, letter = int(m.group(1)), m.group(2)
            idx = [k for k, f in enumerate(flat) if f[0] == n and (not letter or f[1] == letter)]
            return idx[-1] if end else idx[0]
        lo, dash, hi = rng.partition("-")
        if dash and not hi:
            return flat[pos(lo, False):]
        return flat[pos(lo, False): pos(hi or lo, True) + 1]

    def d_body(self, aid, opts):
        a = self.arts[aid]
        sel = self.select(a, opts["range"])
        prefix = ""
        if "mark" in opts:
            prefix = self.P(a["mark"])
            self.stats["jump marker"] += 1
        first = True
        for (n, letter, txt, cut, last_piece) in sel:
            key = (aid, n, letter)
            if key in self.printed:
                raise SystemExit(f"{self.src.name}: {aid} paragraph {n}{letter} printed twice")
            self.printed.add(key)
            if cut and cut != "x":
                self.stats[CUTNAMES.get(cut, "cut")] += 1
            is_start = letter in ("", "a")
            text = txt
            dl_lines = []
            if n == 1 and is_start and a["dateline"] and aid not in self.dl_done:
                self.dl_done.add(aid)
                dl_lines = self.dl_lines(a, opts)
            if self.layout == "para":
                if dl_lines:
                    if len(dl_lines) > 1:
                        self.emit(dl_lines[0], tight=first and "tight" in opts)
                        self.emit(dl_lines[1] + text, tight=True)
                    else:
                        self.emit(dl_lines[0] + text, tight=first and "tight" in opts)
                else:
                    self.emit((prefix + text) if first else text,
                              tight=(first and "tight" in opts) or (first and "glue" in opts))
                first = False
                continue
            # column layout: wrap
            W = self.width(a)
            blocks = []
            if dl_lines and len(dl_lines) > 1:
                blocks = [(dl_lines[0], False), (dl_lines[1] + text, last_piece)]
            else:
                blocks = [(("".join(dl_lines)) + text, last_piece)]
            if first and prefix:
                blocks[0] = (prefix + blocks[0][0], blocks[0][1])
            for bi, (btxt, ends_para) in enumerate(blocks):
                ind = 2.0 if (is_start and bi == 0) else 0.0
                dlen = len(dl_lines[-1]) if (dl_lines and bi == len(blocks) - 1) else 0
                wl = self.wrap_clear(btxt, W, ind, dlen)
                for li, (toks, used, lw) in enumerate(wl):
                    last_line = li == len(wl) - 1
                    spread = (not last_line) and used <= lw - 1
                    line = render_line(toks, spread, self.rnd, self.stats)
                    if first and li == 0 and bi == 0 and opts.get("lead"):
                        line = " " + line
                    self.emit(line, tight=(first and li == 0 and bi == 0 and
                                           ("tight" in opts or "glue" in opts)))
            first = False
        self.body_seen.add(aid)

    def wrap_clear(self, text, W, ind, dlen):
        """Wrap; when a line would start with a 1-3 character tail of the dateline
        (text no reader could place), narrow the column by half an em and retry."""
        for k in range(8):
            state = self.rnd.getstate()
            wl = wrap(text, W - 0.5 * k, self.rnd, ind)
            if not dlen:
                return wl
            off, bad = 0, False
            for toks, used, lw in wl:
                start = text.find("".join(toks)[:1], off)
                if 0 < dlen - start < 4 and "".join(toks).strip():
                    bad = True
                off += sum(len(t) for t in toks)
                # skip spaces dropped at line breaks
                while off < len(text) and text[off] == " ":
                    off += 1
            if not bad:
                return wl
            self.rnd.setstate(state)
        return wl

    def d_photo(self, aid, opts):
        a = self.arts[aid]
        self.photos.add(aid)
        cap = " ".join(self.P(p) for p in a["paras"])
        if a["title"]:
            self.emit(self.P(a["title"]), tight="tight" in opts)
        credit = self.P(a["byline"])
        how = opts.get("credit", "same")
        if not credit:
            self.emit(cap, tight="tight" in opts and not a["title"])
        elif how == "same":
            self.emit(cap + " " + credit, tight="tight" in opts and not a["title"])
        else:
            self.emit(cap, tight="tight" in opts and not a["title"])
            pad = " " * int(opts.get("pad", 24)) if how == "right" else ""
            self.emit(pad + credit, tight=True)
            if how == "right":
                self.stats["credit right-aligned on its own line"] += 1
        self.stats["photo / cartoon caption"] += 1

    def d_mark(self, aid, opts):
        a = self.arts[aid]
        self.emit(self.P(a["mark"]), tight="tight" in opts)
        self.stats["jump marker"] += 1

    def d_dup(self, rest, opts):
        text, sep = self.lines[-int(opts.get("of", 1))]
        self.emit(text, tight="tight" in opts)
        self.dups.append(text.strip())
        self.stats["line printed twice"] += 1

    def d_gap(self, rest, opts):
        self.lines.append(("", "\n"))

    def run(self):
        for d in self.p["layout"]:
            words = d.split()
            cmd, args = words[0], words[1:]
            opts = {}
            plain = []
            for w in args:
                if "=" in w:
                    k, v = w.split("=", 1)
                    opts[k] = v
                else:
                    plain.append(w)
            for w in list(plain):
                if w in ("tight", "glue", "double", "twice", "mark", "after"):
                    opts[w] = "1"
            if cmd in ("x", "box"):
                rest = d[len(cmd):].strip()
                rest = re.sub(r"\s+tight$", "", rest)
                if d.rstrip().endswith(" tight"):
                    opts["tight"] = "1"
                getattr(self, "d_" + cmd)(rest, opts)
            elif cmd in ("dup", "gap"):
                getattr(self, "d_" + cmd)("", opts)
            elif cmd == "body":
                rng = [w for w in plain[1:] if re.fullmatch(r"\*|(\d+[a-g]?|\^[a-g])(-((\d+[a-g]?)|\^[a-g])?)?", w)]
                opts["range"] = rng[0] if rng else "*"
                self.d_body(plain[0], opts)
            else:
                getattr(self, "d_" + cmd)(plain[0], opts)
        for a in self.arts.values():
            if a["kind"] == "photo" and a["id"] in self.photos:
                continue
            for n, p in enumerate(a["paras"], 1):
                ps = pieces(p)
                for j in range(len(ps)):
                    key = (a["id"], n, "abcdefg"[j] if len(ps) > 1 else "")
                    if key not in self.printed:
                        raise SystemExit(f"{self.src.name}: {a['id']} paragraph {n}{key[2]} never printed")
        text = "".join(sep + t for t, sep in self.lines)
        lead = self.meta.get("lead", "")
        if lead:
            text = lead.replace("\\n", "\n") + text.lstrip("\n")
        else:
            text = text.lstrip("\n")
        return text + "\n"

    def gold(self, name):
        arts = []
        for a in self.arts.values():
            paras = [clean(self.P(p)) for p in a["paras"]]
            arts.append(OrderedDict([
                ("kind", a["kind"]), ("column", self.P(a["column"])),
                ("kicker", self.P(a["kicker"])), ("title", self.P(a["title"])),
                ("subtitle", self.P(a["subtitle"])), ("byline", self.P(a["byline"])),
                ("dateline", self.P(a["dateline"])), ("continued", a["continued"]),
                ("subheads", [paras[i] for i in sorted(a["sh"])]),
                ("paragraphs", paras)]))
        inum = self.meta.get("issue_number") or None
        pc = self.meta.get("page_count") or None
        return OrderedDict([
            ("source", name), ("issue_date", self.meta["date"]),
            ("issue_number", int(inum) if inum else None),
            ("page_count", int(pc) if pc else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


CUTNAMES = {
    "v": "paragraph cut between a verb and its figure",
    "u": "paragraph cut between a figure and its unit",
    "w": "paragraph cut inside a word",
    "q": "paragraph cut inside a quoted term",
    "n": "paragraph cut inside a name",
    "c": "paragraph split by a column break with nothing between",
    "s": "paragraph cut at a sentence or clause boundary",
}


def squash_len(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def measure_seeds():
    """Line widths (em) and blank-line pattern of the seed pages, for the README."""
    rows = []
    for f in sorted(SEEDS.glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        lines = [l for l in t.split("\n") if l.strip()]
        widths = Counter()
        spread = 0
        for l in lines:
            s = l.replace(" ", "")
            widths[sum(0.5 if ord(c) < 128 else 1 for c in s)] += 1
            if re.search(r"(\S \S ){4}", l):
                spread += 1
        single = len(re.findall(r"[^\n]\n[^\n]", t))
        double = len(re.findall(r"[^\n]\n\n[^\n]", t))
        common = ", ".join(f"{k:g}" for k, _ in widths.most_common(5))
        rows.append((f.name, len(lines), common, spread, single, double))
    return rows


def build():
    out = {}
    srcs = sorted((HERE / "src").glob("p*.txt"))
    table, allstats = [], Counter()
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        out[f"pages/{name}.txt"] = text
        gold = pg.gold(name + ".txt")
        out[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        # counted from the source as well
        st = pg.stats
        for a in pg.arts.values():
            if a["sh"]:
                st["in-body crosshead (subhead)"] += len(a["sh"])
            if a["kicker"] and a["title"] and a["subtitle"]:
                pass
            if a["subtitle"].startswith("——"):
                st["dash-led subtitle"] += 1
            if a["title"] and " " in a["title"]:
                st["two-phrase title split at a space"] += 1
            if a["kind"] == "continuation":
                st["continuation story (上接)"] += 1
            if a["dateline"] and "电" in a["dateline"].split("（")[0]:
                st["dateline with 电"] += 1
            if a["paras"] and a["paras"][-1].startswith("（作者系"):
                st["作者系… line at the end"] += 1
        allstats.update(st)
        m = pg.meta
        table.append((name + ".txt", m["date"], m.get("edition", ""), m.get("section", ""),
                      pg.layout, m.get("punct", "full"), len(pg.arts), squash_len(text),
                      m.get("subjects", "")))
    # README
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---:|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(allstats.items(), key=lambda kv: kv[0]))
    pt = ("| file | issue date | page | section | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---:|---:|---|\n" + "".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} | {r[8]} |\n"
              for r in table))
    ms = ("| seed | text lines | commonest line widths (em) | spread lines | single newlines | blank-line gaps |\n"
          "|---|---:|---|---:|---:|---:|\n" + "".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} |\n" for r in measure_seeds()))
    readme = tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt).replace("{{SEEDS}}", ms)
    out["README.md"] = readme
    return out


def main():
    out = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in out if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
