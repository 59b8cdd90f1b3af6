#!/usr/bin/env python3
"""Lay out the hand-written page sources of this set (src/pNN.txt) as raw page
text in the two extraction layouts of the seeds, and write the gold annotations.

    python3 compose.py          # writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice comes from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.
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

CLOSE = "，。、；：？！”’）》,.;:?!)%"        # may not start a line; ink on the left
OPEN = "“‘（《("                           # may not end a line; ink on the right
PUNCT = set("，。、；：？！“”‘’（）《》,;:?!()—…·")
HALFW = re.compile(r"[0-9A-Za-z.%+\-/×]")
CJK1 = re.compile(r"[\u4e00-\u9fff]")
CUTRE = re.compile(r"¦([a-z]?)")
CUT_NAMES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "m": "cut inside a name",
    "s": "cut after a clause / at a sentence end",
    "c": "paragraph split by a column break, nothing between",
    "p": "story cut at a paragraph end",
}


# ----------------------------------------------------------------- source ---
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued", "mark")}
        self.paras: list[tuple[str, str]] = []      # ("p"|"h", text with cut marks)
        self.width = None
        self.chunks = None          # filled by the layout engine
        self.next_chunk = 0
        self.dateline_done = False


def parse_source(path: Path):
    meta, extras, arts, layout = {}, {}, [], []
    sec, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sec = "page"
            continue
        if line.startswith("@art "):
            _, aid, kind = line.split()
            cur = Article(aid, kind)
            arts.append(cur)
            sec = "art"
            continue
        if line.startswith("@layout"):
            sec = "layout"
            continue
        if sec == "page":
            key, _, val = line.partition(":")
            key, val = key.strip(), val.strip()
            if key.startswith("extra "):
                extras[key.split()[1]] = val.split("|")
            else:
                meta[key] = val
        elif sec == "art":
            key, _, val = line.partition(":")
            key, val = key.strip(), val.strip()
            if key in ("p", "h"):
                cur.paras.append((key, val))
            elif key == "W":
                cur.width = float(val)
            elif key in cur.f:
                cur.f[key] = val
            else:
                raise SystemExit(f"{path.name}: unknown field {key!r}")
        elif sec == "layout":
            layout.append(line.strip())
    return meta, extras, arts, layout


def punct_style(text: str, style: str) -> str:
    if style == "mixed":          # full commas, half-width brackets
        return text.replace("（", "(").replace("）", ")")
    if style == "half":           # half-width , ( ) ; :
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            text = text.replace(a, b)
        return text
    return text


def despace(text: str) -> str:
    """Remove layout spaces, keeping a space only between two Latin letters/digits."""
    return re.sub(r"(?<![A-Za-z0-9]) +| +(?![A-Za-z0-9])", "", text.strip())


def clean(text: str) -> str:
    """Gold form: cut marks removed."""
    return CUTRE.sub("", text)


# ------------------------------------------------------------ typesetting ---
def units(text: str):
    """Split text into typesetting units: number/latin runs, doubled dashes and
    ellipses, single characters.  Width in em."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        # a two-character name printed with a space inside ("王 晗") never breaks
        if (CJK1.match(c) and text[i + 1:i + 2] == " " and CJK1.match(text[i + 2:i + 3] or "x")
                and (i == 0 or text[i - 1] in " （(") and text[i + 3:i + 4] in ("", " ", "）", ")")):
            out.append((text[i:i + 3], 2.5, "cjk"))
            i += 3
            continue
        if HALFW.match(c) and not (c in "%" and not out):
            j = i
            while j < len(text) and HALFW.match(text[j]):
                j += 1
            run = text[i:j]
            out.append((run, 0.5 * len(run), "num"))
            i = j
            continue
        if c in "—…" and i + 1 < len(text) and text[i + 1] == c:
            out.append((c * 2, 2.0, "cjk"))
            i += 2
            continue
        if c in CLOSE:
            out.append((c, 0.5, "close"))
        elif c in OPEN:
            out.append((c, 0.5, "open"))
        elif c == " ":
            out.append((c, 0.5, "space"))
        else:
            out.append((c, 1.0, "cjk"))
        i += 1
    return out


def wrap(text: str, width: float, first_indent: float = 2.0):
    """Greedy column fill with the seeds' rules: number runs unbreakable,
    closing punctuation may hang half an em, opening punctuation never ends a
    line.  Returns lines as lists of units plus the deficit of each line."""
    us = units(text)
    lines, cur, w, avail = [], [], 0.0, width - first_indent
    i = 0
    while i < len(us):
        u = us[i]
        if not cur and u[2] == "space" and lines:
            i += 1                      # no space at the start of a column line
            continue
        if not cur or w + u[1] <= avail or (u[2] == "close" and w + u[1] <= avail + 0.5):
            cur.append(u)
            w += u[1]
            i += 1
            continue
        # break: an opening mark may not end the line
        if cur and cur[-1][2] == "open" and len(cur) > 1:
            i -= 1
            w -= cur[-1][1]
            cur.pop()
        lines.append((cur, avail - w))
        cur, w, avail = [], 0.0, width
    if cur:
        lines.append((cur, None))      # last line of a paragraph: never spread
    return lines


class Typesetter:
    def __init__(self, rng: random.Random, stats: Counter, punct: str):
        self.rng, self.stats, self.punct = rng, stats, punct

    def render(self, line_units, deficit, allow_quote_gap=True):
        """Render a column line as the extraction prints it."""
        if deficit is not None and deficit >= 1.0 and len(line_units) > 2:
            self.stats["justified column lines spread with spaces"] += 1
            out = ""
            for k, (t, _, kind) in enumerate(line_units):
                if k:
                    prev = line_units[k - 1][2]
                    if prev == "close" or kind == "open" or kind == "space" \
                            or line_units[k - 1][2] == "space":
                        pass
                    else:
                        out += " "
                out += t
            return out
        out = ""
        gap = False
        for k, (t, _, kind) in enumerate(line_units):
            prev = line_units[k - 1] if k else None
            nxt = line_units[k + 1] if k + 1 < len(line_units) else None
            if kind == "num":
                if prev and prev[2] == "cjk" and not out.endswith(" ") and self.rng.random() < 0.8:
                    out += " "
                    gap = True
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.2:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap spaces before %"] += 1
                out += t
                if nxt and nxt[2] == "cjk" and self.rng.random() < 0.55:
                    out += " "
                    gap = True
                continue
            if kind == "close" and t in "、，" and prev and prev[2] == "cjk" \
                    and self.rng.random() < 0.04:
                out += " "
                self.stats["glyph-gap spaces before full-width punctuation"] += 1
            out += t
            if kind == "open" and t in "“‘" and allow_quote_gap and nxt and nxt[2] == "cjk" \
                    and self.rng.random() < 0.12:
                out += " "
                self.stats["spaces after an opening quote"] += 1
        if gap:
            self.stats["lines with spaces around number runs"] += 1
        return out


# ------------------------------------------------------------------ pages ---
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.extras_def, self.arts, self.layout = parse_source(src)
        self.rng = random.Random(src.name)
        self.stats = Counter()
        self.layout_kind = self.meta["layout"]
        self.punct = self.meta.get("punct", "full")
        self.byid = {a.id: a for a in self.arts}
        for a in self.arts:
            for k in a.f:
                a.f[k] = punct_style(a.f[k], self.punct) if k != "mark" else a.f[k]
            a.paras = [(t, punct_style(x, self.punct)) for t, x in a.paras]
            if a.width is None:
                a.width = float(self.meta.get("width", "17"))
        self.ts = Typesetter(self.rng, self.stats, self.punct)
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.saved: dict[str, str] = {}
        self.last_line = ""
        self.head_done: set[str] = set()
        self.last_body = None
        self.last_op = None
        self.body_started: set[str] = set()

    # -- output helpers
    def emit(self, text: str, tight_with_prev=False):
        if tight_with_prev and self.blocks:
            self.blocks[-1] += "\n" + text
        else:
            self.blocks.append(text)
        self.last_line = text

    # -- body chunks
    def build_chunks(self, a: Article):
        """Split the article body (dateline + paragraphs) into chunks at cut marks.
        Paragraph layout: a chunk is a list of (kind, text, continues) pieces.
        Column layout: each paragraph is set whole, and a cut ends the chunk after
        the column line holding the cut point: pieces are ("L", [lines], 0)."""
        chunks, cur = [], []
        for pi, (kind, text) in enumerate(a.paras):
            if pi == 0 and a.f["dateline"] and kind == "p":
                text = "\u0001" + text          # the dateline goes here
            parts = CUTRE.split(text)
            segs, types = [parts[0]], []
            for k in range(1, len(parts), 2):
                types.append(parts[k] or "s")
                segs.append(parts[k + 1])
            for t in types:
                if self.layout_kind == "para" or t == "c":
                    self.stats[CUT_NAMES[t]] += 1
                else:
                    self.stats["column break inside a paragraph"] += 1
            if self.layout_kind == "column":
                if kind == "h":
                    lines = [(clean(text), 0)]
                else:
                    dl = ""
                    body = "".join(segs)
                    if body.startswith("\u0001"):
                        body, dl = body[1:], a.f["dateline"]
                    lines = self.column_lines(a, dl, body)
                # cut offsets in characters of the body text
                offs, acc = [], 0
                for seg in segs[:-1]:
                    acc += len(seg.replace("\u0001", "").replace(" ", ""))
                    offs.append(acc)
                dl_len = len(clean(a.f["dateline"]).replace(" ", "")) if segs[0].startswith("\u0001") else 0
                start, acc, li_prev = 0, 0, 0
                bounds = []
                for li, (_, n) in enumerate(lines):
                    acc += n
                    while offs and acc - dl_len >= offs[0]:
                        bounds.append(li + 1)
                        offs.pop(0)
                for b in bounds:
                    cur.append(("L", [x for x, _ in lines[start:b]], False))
                    chunks.append(cur)
                    cur, start = [], b
                cur.append(("L", [x for x, _ in lines[start:]], False))
                continue
            for si, seg in enumerate(segs):
                if seg:
                    cur.append((kind, seg, si > 0))
                if si < len(types):
                    chunks.append(cur)
                    cur = []
        if cur:
            chunks.append(cur)
        a.chunks = chunks

    def dateline_text(self, a: Article) -> str:
        return a.f["dateline"]

    def body(self, a: Article, args):
        if a.chunks is None:
            self.build_chunks(a)
        if a.next_chunk >= len(a.chunks):
            raise SystemExit(f"{self.src.name}: no more body for {a.id}")
        if a.id not in self.body_started:
            self.body_started.add(a.id)
        chunk = a.chunks[a.next_chunk]
        if a.next_chunk > 0:
            if self.last_body not in (None, a.id):
                self.stats["story pieces continued after a piece of another story"] += 1
            elif self.last_body == a.id and self.last_op == "body":
                self.stats["story pieces continued in the next column, nothing between"] += 1
        self.last_body = a.id
        a.next_chunk += 1
        join_first = "+" in args
        for pi, (kind, seg, cont) in enumerate(chunk):
            if kind == "L":
                for li, line in enumerate(seg):
                    if join_first and pi == 0 and li == 0:
                        self.blocks[-1] += line
                        self.last_line = self.blocks[-1]
                    else:
                        self.emit(line)
                continue
            if kind == "h":
                self.emit(CUTRE.sub("", seg).replace("\u0001", ""))
                continue
            dl = ""
            if seg.startswith("\u0001"):
                seg = seg[1:]
                dl = a.f["dateline"]
            if self.layout_kind == "para":
                pieces = (dl + seg).split("¦")
                for k, piece in enumerate(pieces):
                    if k:
                        self.stats["line breaks inside a dateline"] += 1
                    if join_first and pi == 0 and k == 0:
                        self.blocks[-1] += piece
                        self.last_line = self.blocks[-1]
                    else:
                        self.emit(piece)
            else:
                self.column_para(a, dl, seg, cont, join_first and pi == 0)

    def column_lines(self, a: Article, dl: str, text: str):
        """Set one paragraph (with its dateline) in the article's column; returns
        [(printed line, characters of text it holds)]."""
        W = a.width
        forced = []
        body_text = text
        if dl:
            dparts = dl.split("¦")
            forced = dparts[:-1]
            text = dparts[-1] + text
            for k, fp in enumerate(forced):
                self.stats["line breaks inside a dateline or between its names"] += 1
                if dparts[k + 1].lstrip().startswith("通讯员"):
                    self.stats["line breaks before 通讯员"] += 1
        lines = [(units(fp.strip()), None) for fp in forced]
        lines += wrap(text, W, 0.0 if forced else 2.0)
        if dl:
            # a dateline tail of under 4 characters alone at a line start would be
            # unreadable as a dateline: break the dateline before its bracket instead
            dlen = len(clean(dl).replace(" ", ""))
            acc = 0
            for lu, _ in lines[:-1]:
                acc += sum(len(t.replace(" ", "")) for t, _, _ in lu)
                if dlen - 4 < acc < dlen:
                    k = max(dl.rfind("（"), dl.rfind("("))
                    if "¦" not in dl and k > 0:
                        return self.column_lines(a, dl[:k] + "¦" + dl[k:], body_text)
                    break
        out = []
        for li, (lu, deficit) in enumerate(lines):
            s = self.ts.render(lu, deficit)
            if li + 1 < len(lines):
                nxt = lines[li + 1][0]
                if lu and lu[-1][2] == "num" and nxt and nxt[0][0][0] in "万亿元个件名处架条吨户家人株种次":
                    self.stats["figures cut from their units by a column line end"] += 1
            out.append((s, len(s.replace(" ", ""))))
        return out

    # -- headlines
    def head(self, a: Article, spec: str | None, tight: bool):
        if spec is None:
            spec = "k/t/s" if self.layout_kind == "column" else "k+t+s"
        if a.id in self.body_started:
            self.stats["headlines printed after their body"] += 1
        self.head_done.add(a.id)
        first = True
        for group in spec.split("/"):
            texts = []
            for part in group.split("+"):
                dbl = part.endswith("*2")
                part = part[:-2] if dbl else part
                key = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column",
                       "b": "byline"}[part]
                t = a.f[key]
                if not t:
                    continue
                if dbl:
                    self.stats["headlines drawn twice on one line"] += 1
                    self.dups.append(clean(t))
                    t = t + " " + t
                texts.append(t)
            if not texts:
                continue
            line = " ".join(texts)
            pieces = line.split("¦")
            if len(pieces) > 1:
                self.stats["headline lines broken, last word alone"] += 1
            for k, piece in enumerate(pieces):
                if self.layout_kind == "column" and self.rng.random() < 0.3:
                    piece = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", piece, count=1)
                self.emit(piece.strip(), tight_with_prev=(tight and not first))
                first = False

    def run(self):
        lead = self.rng.choice(["", "", "\n", "\n\n"]) if self.layout_kind == "para" else ""
        pending_bunch = []
        for d in self.layout:
            op, *args = d.split()
            if op in ("head", "headt"):
                if args[0] not in pending_bunch:
                    pending_bunch.append(args[0])
            else:
                if len(pending_bunch) >= 2:
                    self.stats["headlines bunched with other stories' headlines"] += len(pending_bunch)
                pending_bunch = []
            if op == "x":
                pieces = self.extras_def[args[0]]
                self.extras.append("".join(p.replace(" ", "") for p in pieces))
                tight = "tight" in args
                for k, p in enumerate(pieces):
                    self.emit(p, tight_with_prev=tight and k > 0)
                if args[0].startswith("m"):
                    self.stats["masthead pieces in drawing order"] += len(pieces)
                else:
                    self.stats["box lines (countdowns, prompts, framed labels)"] += len(pieces)
            elif op in ("head", "headt"):
                a = self.byid[args[0]]
                self.head(a, args[1] if len(args) > 1 else None, op == "headt")
            elif op == "col":
                a = self.byid[args[0]]
                self.emit(a.f["column"])
                self.stats["column labels on their own line"] += 1
            elif op in ("by", "byt"):
                a = self.byid[args[0]]
                pieces = a.f["byline"].split("¦")
                if len(pieces) > 1:
                    self.stats["line breaks between a byline's names"] += 1
                for k, p in enumerate(pieces):
                    self.emit(p.strip(), tight_with_prev=(op == "byt"))
            elif op == "body":
                self.body(self.byid[args[0]], args[1:])
            elif op == "cont":
                a = self.byid[args[0]]
                self.emit(a.f["mark"])
                self.stats["jump markers"] += 1
            elif op == "photo":
                self.photo(self.byid[args[0]], args[1] if len(args) > 1 else "inline")
            elif op == "again":
                self.dups.append(despace(self.last_line if not args else self.saved[args[0]]))
                self.emit(self.last_line if not args else self.saved[args[0]])
                self.stats["lines printed twice"] += 1
            elif op == "save":
                self.saved[args[0]] = self.last_line
            elif op == "blank":
                self.blocks.append("\n" * (int(args[0]) - 1) if int(args[0]) > 1 else "")
            else:
                raise SystemExit(f"{self.src.name}: bad layout line {d!r}")
            self.last_op = op
        for a in self.arts:
            if a.chunks is None or a.next_chunk != len(a.chunks):
                raise SystemExit(f"{self.src.name}: body of {a.id} not fully laid out")
        text = lead + "\n\n".join(self.blocks)
        text += "\n\n\n" if self.layout_kind == "column" else ""
        self.text = text
        # duplicates: gold keeps the text as printed, squashed of layout spaces
        return text

    def photo(self, a: Article, style: str):
        cap = CUTRE.sub("", "".join(t for _, t in a.paras))
        if a.chunks is None:
            a.chunks = [[]]
            a.next_chunk = 1
        credit = a.f["byline"]
        self.stats["photo captions"] += 1
        if style == "inline":
            self.emit(cap + (" " + credit if credit else ""))
        elif style == "wrap":     # caption wrapped in wide lines, credit at the end
            W = 46.0
            lines = wrap(cap + " " + credit, W, 0.0)
            for lu, _ in lines:
                self.emit("".join(t for t, _, _ in lu))
        elif style == "right":
            self.emit(cap)
            pad = " " * self.rng.randint(18, 40)
            self.emit(pad + credit)
            self.stats["credits right-aligned on a line of their own"] += 1
        elif style == "below":
            self.emit(cap)
            self.emit(credit)
        elif style == "nocredit":
            self.emit(cap)
        else:
            raise SystemExit(f"bad photo style {style}")

    # -- gold
    def gold(self, name: str) -> dict:
        arts = []
        for a in self.arts:
            paras = [clean(t).replace("\u0001", "") for _, t in a.paras]
            subs = [clean(t) for k, t in a.paras if k == "h"]
            paras = [despace(p) if k == "h" else p for (k, _), p in zip(a.paras, paras)]
            arts.append({
                "kind": a.kind,
                "column": a.f["column"],
                "kicker": clean(a.f["kicker"]),
                "title": clean(a.f["title"]),
                "subtitle": clean(a.f["subtitle"]),
                "byline": clean(a.f["byline"]),
                "dateline": clean(a.f["dateline"]),
                "continued": a.f["continued"],
                "subheads": subs,
                "paragraphs": paras,
            })
        return {
            "source": name,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue_number") or None,
            "page_count": int(self.meta["page_count"]) if self.meta.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build():
    """Compose every page in memory: {relative path: bytes}, plus page records."""
    outputs, records = {}, []
    total = Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{digest}"
        gold = pg.gold(name + ".txt")
        outputs[f"pages/{name}.txt"] = text.encode("utf-8")
        outputs[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1).encode("utf-8")
        nchars = len(re.sub(r"\s", "", text))
        records.append({"file": name + ".txt", "date": pg.meta["date"], "page": pg.meta["page"],
                        "layout": pg.layout_kind, "punct": pg.punct,
                        "articles": len(gold["articles"]), "chars": nchars,
                        "subjects": pg.meta.get("subjects", ""),
                        "front": pg.meta.get("issue_number") is not None})
        total.update(pg.stats)
        for a in gold["articles"]:
            total[f"kind: {a['kind']}"] += 1
    outputs["README.md"] = readme(records, total).encode("utf-8")
    return outputs, records, total


PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width ( )",
               "half": "half-width , ( ) ; :"}


def readme(records, total) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total, key=lambda k: (k.startswith("kind"), k)):
        ph.append(f"| {k} | {total[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in records:
        pt.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | "
                  f"{PUNCT_NAMES[r['punct']]} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    outputs, records, _ = build()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, data in outputs.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(records)} pages")


if __name__ == "__main__":
    main()
