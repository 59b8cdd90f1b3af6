#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice (number spacing, justified lines,
glyph gaps) comes from a random.Random seeded by the source file's name, so a
rebuild is byte-for-byte identical.  See README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
PUNCT = set("，。、；：？！“”‘’（）《》…—·「」")
NO_SPACE_AFTER = set("，。、；：？！”）》（《’")
CUT = re.compile(r"‖(?:\[([a-z])\])?")
CUT_KINDS = {"": "plain", "v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def char_width(ch: str) -> float:
    """Width in em as the seeds print it: CJK 1, compressed punctuation and ASCII 1/2."""
    if ch in PUNCT or ord(ch) < 128:
        return 0.5
    return 1.0


def to_punct(text: str, mode: str) -> str:
    """Punctuation width of the page: full, halfbr (half-width brackets), half (,();:)."""
    if mode in ("halfbr", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


# ---------------------------------------------------------------- sources
class Article:
    def __init__(self, aid: str, kind: str, opts: dict):
        self.aid, self.kind, self.opts = aid, kind, opts
        self.f = {k: "" for k in FIELDS}
        self.paras: list[str] = []      # source paragraphs (with cut marks, '## ' subheads)

    def width(self, default: float) -> float:
        return float(self.opts.get("w", default))


def parse_source(path: Path) -> dict:
    page = {"arts": {}, "order": [], "layout": [], "notes": [], "meta": {}}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@page"):
            page["meta"] = dict(kv.split("=", 1) for kv in line.split()[1:])
        elif line.startswith("@note"):
            page["notes"].append(line[5:].strip())
        elif line.startswith("@art"):
            parts = line.split()
            opts = dict(kv.split("=", 1) for kv in parts[3:])
            cur = Article(parts[1], parts[2], opts)
            page["arts"][cur.aid] = cur
            page["order"].append(cur.aid)
        elif line.startswith("@layout"):
            in_layout, cur = True, None
        elif in_layout:
            page["layout"].append(line.strip())
        elif line.startswith(">"):
            cur.paras.append(line[1:].strip())
        else:
            key, _, val = line.partition("=")
            if key.strip() not in FIELDS:
                raise SystemExit(f"{path.name}: unknown field {key!r}")
            cur.f[key.strip()] = val.strip()
    return page


def clean_head(s: str) -> str:
    return s.replace("|", "")


def clean_byline(s: str) -> str:
    return re.sub(r" {2,}", " ", s.replace("|", " ")).strip()


def pieces_of(art: Article):
    """Split the body at cut marks: a list of pieces, each a list of
    (text, starts_paragraph, ends_paragraph, is_subhead); and the cut tags."""
    pieces, cur, tags = [], [], []
    for para in art.paras:
        sub = para.startswith("## ")
        text = para[3:] if sub else para
        chunks = CUT.split(text)
        frags, kinds = chunks[0::2], chunks[1::2]
        for i, frag in enumerate(frags):
            if frag:
                cur.append((frag, i == 0, i == len(frags) - 1, sub))
            if i < len(frags) - 1:
                pieces.append(cur)
                cur = []
                tags.append((kinds[i] or "", i < len(frags) - 2 or bool(frags[-1])))
    pieces.append(cur)
    return [p for p in pieces if p], tags


# ---------------------------------------------------------------- rendering
class Composer:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse_source(src)
        self.m = self.p["meta"]
        self.rng = random.Random(src.name)
        self.layout = self.m["layout"]
        self.punct = self.m.get("punct", "full")
        self.lines: list[str] = []
        self.seps: list[str] = []        # separator before each line
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.first_seen: dict[str, int] = {}
        self.raw_markers: dict[str, list[str]] = {}
        self.stats = Counter()
        self.printed_body: set[str] = set()
        self.last_op = ""
        self.pending_sep = None

    # -- output
    def emit(self, line: str, aid: str | None = None):
        sep = self.pending_sep
        if sep is None:
            sep = "\n\n"
        self.pending_sep = None
        self.lines.append(line)
        self.seps.append(sep)
        if aid and aid not in self.first_seen:
            self.first_seen[aid] = len(self.lines)

    def P(self, s: str) -> str:
        return to_punct(s, self.punct)

    # -- column layout helpers
    def tokens(self, text: str):
        """Unbreakable units: ASCII runs, CJK chars; punctuation sticks to the unit before."""
        toks = []
        for m in re.finditer(r"[A-Za-z0-9.%+\-/×]+|.", text):
            t = m.group(0)
            if toks and (t in PUNCT and t not in "“《（‘" or (toks[-1][-1] in "“《（‘")):
                toks[-1] += t
            else:
                toks.append(t)
        return toks

    def join_plain(self, toks: list[str]) -> str:
        """Join units of a normal column line: spaces around number runs, glyph gaps."""
        out = ""
        for i, t in enumerate(toks):
            if i and re.match(r"[0-9]", t) and is_cjk(out[-1]):
                if self.rng.random() < 0.8:
                    out += " "
                    self.stats["space before a number run"] += 1
            elif i and re.match(r"[0-9.%A-Za-z]", out[-1]) and out[-1] != "%" and is_cjk(t[0]) \
                    and re.search(r"[0-9]", out.split(" ")[-1]):
                if self.rng.random() < 0.45:
                    out += " "
                    self.stats["space after a number run"] += 1
            if re.fullmatch(r"[0-9.%]+[、，]", t) and self.rng.random() < 0.5:
                t = t[:-1] + " " + t[-1]
                self.stats["glyph gap before full-width punctuation"] += 1
            if "%" in t and len(t) > 1 and self.rng.random() < 0.12:
                t = t.replace("%", " %", 1)
                self.stats["glyph gap before %"] += 1
            out += t
        return out

    def join_spread(self, toks: list[str]) -> str:
        units = []
        for t in toks:
            units.extend(re.findall(r"[A-Za-z0-9.%+\-/×]+|.", t))
        out = ""
        for i, u in enumerate(units):
            if i and out[-1] not in NO_SPACE_AFTER and u != "“":
                out += " "
            out += u
        return out

    def wrap(self, segs, width: float, spread_ok: bool = True):
        """segs: list of (text, forced_break_after, paragraph_end). Yields lines."""
        lines = []
        for text, _forced, para_end in segs:
            parts = text.split("|")
            for pi, part in enumerate(parts):
                toks = self.tokens(part)
                line, w = [], 0.0
                for t in toks:
                    tw = sum(char_width(c) for c in t)
                    if line and w + tw > width:
                        gap = width - w
                        npunct = sum(1 for x in line for c in x if c in "，、。；：")
                        spread = spread_ok and (gap >= 1.0 or (npunct >= 2 and self.rng.random() < 0.08))
                        lines.append(self.join_spread(line) if spread else self.join_plain(line))
                        if spread:
                            self.stats["justified line spread with spaces"] += 1
                        line, w = [], 0.0
                    line.append(t)
                    w += tw
                if line:
                    lines.append(self.join_plain(line))
        return lines

    # -- operations
    def op_body(self, aid, args):
        art = self.p["arts"][aid]
        pieces, _ = pieces_of(art)
        sel = range(len(pieces))
        if args:
            a = args[0]
            if "-" in a:
                lo, hi = a.split("-")
                sel = range(int(lo), int(hi) + 1)
            else:
                sel = [int(a)]
        for k in sel:
            piece = pieces[k]
            if k in self.done_pieces[aid]:
                raise SystemExit(f"{self.src.name}: piece {aid}:{k} printed twice")
            self.done_pieces[aid].add(k)
            if k > 0 and (k - 1) in self.done_pieces[aid] and self.last_op == f"body {aid}":
                self.stats["paragraph split by a column break, nothing between"] += 1
            self.body_piece(art, k, piece)
            self.last_op = f"body {aid}"
        self.printed_body.add(aid)

    def body_piece(self, art, k, piece):
        prefix = self.prefix.pop(art.aid, "")
        dl = self.P(art.f["dateline"]) if k == 0 else ""
        if self.layout == "para" and art.opts.get("dlbreak") != "1":
            dl = dl.replace("|", "")       # paragraph pages print the dateline inline
        if "|" in dl and len(re.sub(r"\s", "", dl.split("|")[-1])) < 4:
            raise SystemExit(f"{self.src.name}: {art.aid}: dateline tail after the break under 4 characters")
        if self.layout == "para":
            for j, (text, start, end, sub) in enumerate(piece):
                text = self.P(text)
                if j == 0 and dl:
                    head = dl.split("|")
                    for h in head[:-1]:
                        self.emit(h.rstrip(), art.aid)
                        self.pending_sep = "\n"
                        self.stats["line break inside a dateline"] += 1
                    text = head[-1] + text
                if j == 0 and prefix:
                    text = prefix + text
                self.emit(text, art.aid)
            return
        width = art.width(float(self.m.get("w", 17)))
        segs = []
        for j, (text, start, end, sub) in enumerate(piece):
            text = self.P(text)
            if sub:
                if segs:
                    for ln in self.wrap(segs, width):
                        self.emit(ln, art.aid)
                    segs = []
                self.emit(text, art.aid)
                continue
            if j == 0 and dl:
                if "|" in dl:
                    self.stats["line break inside a dateline"] += dl.count("|")
                text = dl + text
            segs.append((text, False, end))
            for n, ln in enumerate(self.wrap(segs, width)):
                if prefix:
                    ln, prefix = prefix + ln, ""
                if dl and j == 0 and n == 0 and self.rng.random() < 0.5:
                    ln = " " + ln
                    self.stats["leading space before a dateline"] += 1
                self.emit(ln.rstrip(), art.aid)
            segs = []

    def op_head(self, aid, args):
        art = self.p["arts"][aid]
        parts = [self.P(art.f[k]) for k in ("kicker", "title", "subtitle") if art.f[k]]
        if not parts:
            return
        if self.last_op.startswith("head ") and self.last_op != f"head {aid}":
            self.stats["headlines bunched with another story's"] += 1
        if aid in self.printed_body:
            self.stats["headline printed after its body"] += 1
        title = self.P(art.f["title"])
        lines = []
        if self.layout == "para" and "lines" not in args:
            lines = [" ".join(p.replace("|", "") for p in parts)]
        else:
            for p in parts:
                sub = p.split("|")
                if len(sub) > 1:
                    self.stats["headline's last word left alone"] += 1
                lines.extend(sub)
        if "double" in args:
            t = title.replace("|", "")
            lines = [ln + t if ln.replace("|", "") == t or ln.endswith(t) else ln for ln in lines]
            self.dups.append(t)
            self.stats["headline drawn twice on one line"] += 1
        for ln in lines:
            self.emit(ln, aid)
            if "twice" in args and ln == title.split("|")[-1]:
                self.emit(ln, aid)
                self.dups.append(ln)
                self.stats["headline drawn twice (two identical lines)"] += 1
        self.stats["headline stack lines"] += len(lines)
        self.last_op = f"head {aid}"

    def op_byline(self, aid, args):
        art = self.p["arts"][aid]
        by = self.P(art.f["byline"])
        sub = [s.strip() for s in by.split("|")]
        if len(sub) > 1:
            self.stats["line break inside a byline"] += 1
        for s in sub:
            self.emit(s, aid)
        self.last_op = f"byline {aid}"

    def op_col(self, aid, args):
        art = self.p["arts"][aid]
        self.emit(self.P(art.f["column"]), aid)
        self.stats["column label on its own line"] += 1
        self.last_op = f"col {aid}"

    def op_mark(self, aid, text, inline=False):
        text = self.P(text)
        self.raw_markers.setdefault(aid, []).append(text)
        self.stats["jump marker"] += 1
        if inline:
            self.prefix[aid] = text
            self.stats["jump marker on the first body line"] += 1
        else:
            self.emit(text, aid)
        self.last_op = f"mark {aid}"

    def op_photo(self, aid, args):
        art = self.p["arts"][aid]
        credit = self.P(art.f["byline"])
        lines = []
        for para in art.paras:
            text = self.P(CUT.sub("", para))
            if self.layout == "col":
                lines.extend(self.wrap([(text, False, True)], float(self.m.get("pw", 40)), spread_ok=False))
            else:
                lines.append(text)
        mode = args[0] if args else "same"
        parts = [c.strip() for c in credit.split("|")]
        if len(parts) > 1:
            self.stats["line break inside a byline"] += 1
        if credit and mode == "same":
            lines[-1] += " " + " ".join(parts)
        for ln in lines:
            self.emit(ln, aid)
        if credit and mode == "own":
            for c in parts:
                self.emit(c, aid)
            self.stats["credit on a line of its own"] += 1
        if credit and mode == "right":
            for c in parts:
                self.emit(" " * 24 + c, aid)
            self.stats["credit right-aligned on a line of its own"] += 1
        self.printed_body.add(aid)
        self.last_op = f"photo {aid}"

    def run(self):
        self.prefix: dict[str, str] = {}
        self.done_pieces = {aid: set() for aid in self.p["order"]}
        for line in self.p["layout"]:
            op, _, rest = line.partition(" ")
            args = rest.split()
            if op == "body":
                self.op_body(args[0], args[1:])
            elif op == "head":
                self.op_head(args[0], args[1:])
            elif op == "byline":
                self.op_byline(args[0], args[1:])
            elif op == "col":
                self.op_col(args[0], args[1:])
            elif op in ("mark", "markin"):
                aid, _, text = rest.partition(" ")
                self.op_mark(aid, text, inline=(op == "markin"))
            elif op == "photo":
                self.op_photo(args[0], args[1:])
            elif op in ("mast", "extra", "box"):
                pcs = [p for p in rest.split("|")]
                for pc in pcs:
                    self.emit(self.P(pc))
                    if op == "mast" and re.match(r"\d+ \S", pc.strip()):
                        self.stats["masthead pieces merged on one line"] += 1
                self.extras.append("".join(self.P(p) for p in pcs))
                key = {"mast": "masthead piece", "extra": "page furniture line",
                       "box": "short box line (countdown, code prompt, framed label)"}[op]
                self.stats[key] += len(pcs)
                self.last_op = op
            elif op == "dup":
                prev = self.lines[-1]
                self.emit(prev)
                self.dups.append(dup_clean(prev))
                self.stats["line printed twice"] += 1
                self.last_op = op
            elif op == "tight":
                self.pending_sep = "\n"
            elif op == "gap":
                self.pending_sep = "\n\n\n\n"
            else:
                raise SystemExit(f"{self.src.name}: unknown layout op {line!r}")
        for aid in self.p["order"]:
            art = self.p["arts"][aid]
            if art.kind != "photo":
                n = len(pieces_of(art)[0])
                if self.done_pieces[aid] != set(range(n)):
                    raise SystemExit(f"{self.src.name}: {aid} pieces printed {sorted(self.done_pieces[aid])} of {n}")
            for tag, mid in pieces_of(art)[1]:
                self.stats[f"paragraph story cut ({CUT_KINDS[tag]})" if mid else "story cut at a paragraph end"] += 1

    def page_text(self) -> str:
        out = "\n" if self.layout == "para" else ""
        for sep, ln in zip(self.seps, self.lines):
            out += (sep if out else "") + ln
        return out + "\n"

    def gold(self, name: str) -> dict:
        arts = []
        for aid in sorted(self.p["order"], key=lambda a: self.first_seen.get(a, 10**6)):
            a = self.p["arts"][aid]
            paras, subs = [], []
            for para in a.paras:
                sub = para.startswith("## ")
                text = self.P(CUT.sub("", para[3:] if sub else para))
                paras.append(text)
                if sub:
                    subs.append(text)
            arts.append({
                "kind": a.kind,
                "column": self.P(clean_head(a.f["column"])),
                "kicker": self.P(clean_head(a.f["kicker"])),
                "title": self.P(clean_head(a.f["title"])),
                "subtitle": self.P(clean_head(a.f["subtitle"])),
                "byline": self.P(clean_byline(a.f["byline"])),
                "dateline": self.P(a.f["dateline"].replace("|", "")),
                "continued": self.P(a.f["continued"]),
                "subheads": subs,
                "paragraphs": paras,
            })
        m = self.m
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": m.get("issue"),
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def dup_clean(line: str) -> str:
    s = line.strip()
    return re.sub(r"(?<=[^A-Za-z0-9]) +| +(?=[^A-Za-z0-9])", "", s)


def nonspace_len(s: str) -> int:
    return len(re.sub(r"\s", "", s))


# ---------------------------------------------------------------- build
def build():
    """Compose every source: {relative path: text} plus page rows and phenomenon counts."""
    files, rows, total = {}, [], Counter()
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        c = Composer(src)
        c.run()
        text = c.page_text()
        name = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = c.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(c.stats)
        total["articles"] += len(gold["articles"])
        for a in gold["articles"]:
            total[f"kind: {a['kind']}"] += 1
        m = c.m
        rows.append({
            "file": name + ".txt", "src": src.name, "date": m["date"], "page": m["page"],
            "layout": "column" if m["layout"] == "col" else "paragraph", "punct": c.punct,
            "articles": len(gold["articles"]), "chars": nonspace_len(text),
            "subjects": "; ".join(c.p["notes"]),
        })
    files["README.md"] = readme(rows, total)
    return files, rows, total


PUNCT_NAME = {"full": "full-width", "halfbr": "full, half-width ()", "half": "half-width ,();:"}


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | source | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pg.append(f"| {r['file']} | {r['src']} | {r['date']} | {r['page']} | {r['layout']} | "
                  f"{PUNCT_NAME[r['punct']]} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files, rows, total = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if old.is_file() and f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(rows)} pages, {total['articles']} articles")


if __name__ == "__main__":
    sys.exit(main())
