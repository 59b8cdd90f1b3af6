#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt as raw page text the way
the Hunan Daily PDF extraction prints it, and write pages/*.txt, gold/*.json and
README.md.  Standard library only; every small choice comes from a
random.Random seeded by the source file name, so a rerun is byte-identical.

Source format (see README.md for the full description):

    #page            key: value lines (date, page, layout, punct, width, ...)
    #art ID          key: value lines, then "body:" and one paragraph a line
    #layout          one command a line (mast, box, head, label, byline, body,
                     photo, marker, dup, blank)
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
CUT = "‖"     # piece boundary inside a paragraph (cut point)
BRK = "¦"     # forced line break inside a dateline, byline or headline
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
          "dateline", "continued")

CLOSE = set("，。、；：？！”’）》」』,.;:)?!")
OPEN = set("“‘（《「『(")
FULLPUNCT = set("，。、；：？！“”‘’（）《》「」『』…—")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}


# ----------------------------------------------------------------- parsing
def parse_source(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("%"):
            continue
        if line == "#page":
            mode = "page"
            continue
        if line.startswith("#art "):
            aid = line.split()[1]
            cur = {"id": aid, "body": [], "opts": {}}
            for f in FIELDS:
                cur[f] = ""
            arts[aid] = cur
            mode = "art"
            continue
        if line == "#layout":
            mode = "layout"
            continue
        if mode == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif mode == "art":
            if cur.get("_inbody"):
                cur["body"].append(line.strip())
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "body":
                cur["_inbody"] = True
            elif k in FIELDS or k in ("marker", "credit", "subjects"):
                cur[k] = v
            else:
                cur["opts"][k] = v
        elif mode == "layout":
            layout.append(line.split())
    for a in arts.values():
        a.pop("_inbody", None)
    return {"page": page, "arts": arts, "layout": layout, "name": path.name}


def convert_punct(s: str, style: str) -> str:
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        return "".join(HALF.get(c, c) for c in s)
    return s


# -------------------------------------------------------------- tokenizing
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-]*|……|——|\s+|.")


def tokens_of(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_ascii_run(t: str) -> bool:
    return t[:1].isascii() and t[:1].isalnum()


def width(t: str) -> float:
    if t.isspace():
        return 0.5
    return sum(0.5 if c.isascii() else 1.0 for c in t)


def is_fullpunct(t: str) -> bool:
    return t[:1] in FULLPUNCT


def is_punct(t: str) -> bool:
    return t[:1] in FULLPUNCT or t in CLOSE or t in OPEN


# ------------------------------------------------------------- the composer
class Composer:
    def __init__(self, src: dict):
        self.src = src
        self.page = src["page"]
        self.arts = src["arts"]
        self.rng = random.Random(src["name"])
        self.punct = self.page.get("punct", "full")
        self.layout = self.page.get("layout", "column")
        self.W = float(self.page.get("width", "17"))
        self.numsp = self.page.get("numsp", "mix")
        self.gap = float(self.page.get("gap", "0.02"))
        self.out: list[list[str]] = []     # [text, sep-before]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats: Counter = Counter()
        self.pending_prefix = ""
        self.markers: dict[str, list[str]] = {}
        for a in self.arts.values():
            for f in FIELDS + ("marker", "credit"):
                if a.get(f):
                    a[f] = convert_punct(a[f], self.punct)
            a["body"] = [convert_punct(p, self.punct) for p in a["body"]]
            a["pieces"] = self.pieces(a)
            a["next"] = 0

    # pieces: (paragraph index, text, is_first_piece_of_paragraph)
    def pieces(self, a: dict) -> list[tuple[int, str, bool]]:
        out = []
        for i, p in enumerate(a["body"]):
            if p.startswith("## "):
                out.append((i, p[3:], True))
                continue
            for j, piece in enumerate(p.split(CUT)):
                out.append((i, piece, j == 0))
        return out

    # ---- output helpers
    def emit(self, text: str, sep: str = "\n\n"):
        if self.pending_prefix:
            text = self.pending_prefix + text
            self.pending_prefix = ""
        self.out.append([text, sep])

    # ---- rendering of a compact (not spread) run of tokens
    def render_compact(self, toks: list[str], dateline: bool = False) -> str:
        res = []
        n = len(toks)
        for k, t in enumerate(toks):
            if t.isspace():
                res.append(" ")
                continue
            if is_ascii_run(t) and t[0].isdigit():
                prev = toks[k - 1] if k else ""
                nxt = toks[k + 1] if k + 1 < n else ""
                tt = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < self.gap:
                    tt = t[:-1] + " %"
                    self.stats["space before %"] += 1
                style = "before" if dateline and self.numsp != "none" else self.numsp
                before = after = False
                if style in ("both", "mix", "before") and prev and not is_punct(prev) and not prev.isspace():
                    before = True
                if style == "both" and nxt and not is_punct(nxt) and not nxt.isspace():
                    after = True
                if style == "mix" and nxt and not is_punct(nxt) and not nxt.isspace():
                    after = not t.endswith("%") and self.rng.random() < 0.6
                if before or after:
                    self.stats["spaces around number runs"] += 1
                res.append((" " if before else "") + tt + (" " if after else ""))
                continue
            if t in ("、", "，") and k and self.rng.random() < self.gap:
                res.append(" " + t)
                self.stats["glyph-gap space at punctuation"] += 1
                continue
            if t == "“" and k + 1 < n and self.rng.random() < self.gap * 2:
                res.append(t + " ")
                self.stats["space after opening quote"] += 1
                continue
            res.append(t)
        return "".join(res).strip()

    @staticmethod
    def render_spread(toks: list[str]) -> str:
        toks = [t for t in toks if not t.isspace()]
        res = toks[0] if toks else ""
        for prev, nxt in zip(toks, toks[1:]):
            if prev[-1] in "，。、；：？！”’,;:?!" and prev[-1] not in "“‘":
                sep = ""
            elif nxt in ("“", "‘"):
                sep = ""
            elif prev in ("“", "‘"):
                sep = " "
            elif prev in "（）《》()" or nxt in "（）《》()":
                sep = ""
            else:
                sep = " "
            res += sep + nxt
        return res

    # ---- column flow of one paragraph (list of tokens, BRK for forced break)
    def flow(self, toks: list[str], W: float, dl_end: int = -1) -> list[str]:
        """Return rendered column lines. Tokens before dl_end belong to the
        dateline (rendered without spreading, numbers spaced 'before')."""
        lines = []          # (list of (index, token), mode)
        cur: list[tuple[int, str]] = []
        w = 0.0
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == BRK:
                lines.append((cur, "ragged"))
                cur, w = [], 0.0
                i += 1
                continue
            if t.isspace():
                if cur:
                    cur.append((i, " "))
                    w += 0.5
                i += 1
                continue
            tw = width(t)
            np_ = sum(1 for _, x in cur if is_fullpunct(x)) + (1 if is_fullpunct(t) else 0)
            if not cur or w + tw <= W + 1e-9 or (is_fullpunct(t) and w + tw - 0.5 * np_ <= W + 1e-9):
                cur.append((i, t))
                w += tw
                i += 1
                continue
            # the token does not fit: break the line before it
            mode = "short"
            if cur[-1][1] == " ":
                mode = "ragged"          # broke at a dateline space
            while cur and cur[-1][1] == " ":
                cur.pop()
            if (t in CLOSE or t[:1] == "…") and len(cur) > 1 and cur[-1][0] >= dl_end:
                # kinsoku: a closing mark may not start a line; carry a char over
                i = cur.pop()[0]
                mode = "short"
            elif cur[-1][1] in OPEN and len(cur) > 1:
                i = cur.pop()[0]
                mode = "short"
            natural = sum(width(x) for _, x in cur)
            if mode == "short" and natural >= W - 0.25:
                mode = "full"
            lines.append((cur, mode))
            cur, w = [], 0.0
        if cur:
            lines.append((cur, "ragged"))
        out = []
        if sum(1 for items, _ in lines if any(j < dl_end for j, _ in items)) > 1:
            self.stats["dateline wrapped onto a second line"] += 1
        for items, mode in lines:
            if not items:
                continue
            toks_l = [x for _, x in items]
            k = sum(1 for j, _ in items if j < dl_end)
            if mode == "short" and k == 0:
                out.append(self.render_spread(toks_l))
                self.stats["justified lines spread with spaces"] += 1
            elif k:
                out.append((self.render_dl(toks_l[:k]) + self.render_compact(toks_l[k:])).strip())
            else:
                out.append(self.render_compact(toks_l))
        return out

    def render_dl(self, toks: list[str]) -> str:
        res = []
        for t in toks:
            if t.isspace():
                res.append(" ")
            else:
                res.append(self.render_compact(tokens_of(t), dateline=True))
        return "".join(res)

    @staticmethod
    def dl_tokens(dl: str) -> list[str]:
        """Dateline tokens: the groups between spaces do not break; a final
        group shorter than 4 characters sticks to the one before it."""
        out: list[str] = []
        segs = dl.split(BRK)
        for si, seg in enumerate(segs):
            words = [w for w in seg.split(" ") if w]
            if si == len(segs) - 1 and len(words) >= 2 and len(words[-1]) < 4:
                words[-2:] = [words[-2] + " " + words[-1]]
            for wi, w in enumerate(words):
                if wi:
                    out.append(" ")
                out.append(w)
            if si < len(segs) - 1:
                out.append(BRK)
        return out

    # ---------------------------------------------------------- commands
    def cmd_mast(self, args):
        pieces = self.page["mast"].split("|")
        joined = []
        for k, p in enumerate(pieces):
            sep = "\n\n"
            if p.startswith("/"):
                p, sep = p[1:], "\n"
            if p.startswith("+"):
                # merged with the previous piece on one line
                self.out[-1][0] += " " + p[1:]
                joined.append(p[1:])
                self.stats["masthead pieces merged on a line"] += 1
                continue
            self.emit(p, sep)
            joined.append(p)
        self.extras.append("".join(joined).replace(" ", ""))
        self.stats["masthead pieces"] += len(joined)

    def cmd_box(self, args):
        text = " ".join(args)
        parts = text.split("|")
        for p in parts:
            self.emit(p)
        self.extras.append("".join(parts).replace(" ", ""))
        self.stats["box lines (countdown, code prompt, framed label)"] += len(parts)

    def head_parts(self, a):
        return [p for p in (a["kicker"], a["title"], a["subtitle"]) if p]

    def cmd_head(self, args):
        a = self.arts[args[0]]
        opts = set(args[1:])
        sep0 = "\n" if "glue" in opts else "\n\n"
        lead = " " if "lead" in opts else ""
        parts = self.head_parts(a)
        if "only-title" in opts:
            parts = [a["title"]]
        if "no-title" in opts:
            parts = [p for p in (a["kicker"], a["subtitle"]) if p]
        inner = "\n" if "tight" in opts else "\n\n"
        if "one" in opts:
            lines = [(" ".join(p.replace(BRK, "") for p in parts), inner)]
            self.stats["headline stack printed on one line"] += 1
        else:
            lines = []
            for p in parts:
                sub = p.split(BRK)
                if len(sub) > 1:
                    self.stats["headline split, last word alone"] += 1
                # a broken headline keeps its pieces on consecutive lines
                lines.extend((x, inner if k == 0 else "\n") for k, x in enumerate(sub))
        first = True
        for ln, sep in lines:
            if "doubled" in opts and ln == a["title"]:
                self.dups.append(ln)
                ln = ln + ln
                self.stats["headline doubled on one line"] += 1
            self.emit((lead if first else "") + ln, sep0 if first else sep)
            if "twice" in opts and ln == a["title"].replace(BRK, ""):
                self.emit(ln, "\n\n")
                self.dups.append(ln)
                self.stats["headline printed on two identical lines"] += 1
            first = False
        if a.get("_body_started"):
            self.stats["headline printed after its body"] += 1
        if "bunch" in opts:
            self.stats["headline bunched with other stories' headlines"] += 1

    def cmd_label(self, args):
        a = self.arts[args[0]]
        sep = "\n" if "glue" in args[1:] else "\n\n"
        self.emit(a["column"], sep)
        self.stats["column labels on their own line"] += 1

    def cmd_byline(self, args):
        a = self.arts[args[0]]
        opts = set(args[1:])
        parts = a["byline"].split(BRK)
        sep = "\n" if "glue" in opts else "\n\n"
        for k, p in enumerate(parts):
            self.emit(p.strip(), sep if k == 0 else "\n")
        if len(parts) > 1:
            self.stats["byline broken across lines"] += 1

    def cmd_marker(self, args):
        a = self.arts[args[0]]
        m = a["marker"]
        self.markers.setdefault(a["id"], []).append(m)
        self.stats["jump markers"] += 1
        if "inline" in args[1:]:
            self.pending_prefix = m
        else:
            self.emit(m)

    def cmd_dup(self, args):
        n = int(args[0]) if args else 1
        block = [t for t, _ in self.out[-n:]]
        for t in block:
            self.emit(t)
            self.dups.append(re.sub(r"\s+", "", t))
        self.stats["lines printed twice"] += n

    def cmd_blank(self, args):
        n = int(args[0]) if args else 1
        for _ in range(n):
            self.out.append(["", "\n\n"])

    def cmd_photo(self, args):
        a = self.arts[args[0]]
        style = args[1] if len(args) > 1 else "inline"
        cap = "".join(a["body"]).replace(CUT, "")
        credit = a["byline"]
        if a["title"]:
            self.emit(a["title"])
        if style == "inline":
            self.emit(cap + " " + credit if credit else cap)
        elif style == "inline2":
            self.emit(cap + credit)
        elif style == "below":
            self.emit(cap)
            if credit:
                self.emit(credit)
        elif style == "right":
            self.emit(cap)
            self.emit(" " * int(self.page.get("rightpad", "24")) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif style.startswith("wrap"):
            w = float(style[4:])
            toks = tokens_of(cap) + ([" " + credit] if credit else [])
            lines, cur, cw = [], [], 0.0
            for t in toks:
                if cw + width(t) > w and cur and t not in CLOSE:
                    lines.append("".join(cur))
                    cur, cw = [], 0.0
                cur.append(t)
                cw += width(t)
            if cur:
                lines.append("".join(cur))
            for ln in lines:
                self.emit(ln.strip())
        self.stats["photo captions"] += 1
        a["next"] = len(a["pieces"])

    def cmd_body(self, args):
        a = self.arts[args[0]]
        opts = [x for x in args[1:]]
        n = len(a["pieces"]) - a["next"]
        for o in opts:
            if o.isdigit():
                n = int(o)
        glue = "glue" in opts
        W = float(a["opts"].get("width", self.W))
        start = a["next"]
        chunk = a["pieces"][start:start + n]
        a["next"] = start + n
        a["_body_started"] = True
        prev_par = None
        for k, (pi, text, first_piece) in enumerate(chunk):
            dl = ""
            is_first_of_art = (start + k == 0)
            if is_first_of_art and a["dateline"]:
                dl = a["dateline"]
            if prev_par is not None and pi == prev_par and not first_piece:
                self.stats["paragraph split by a column break, nothing between"] += 1
            if k == 0 and not first_piece and start > 0:
                self.stats["paragraph cut, continued after other text"] += 1
            prev_par = pi
            is_sub = a["body"][pi].startswith("## ")
            sep = "\n" if (glue and k == 0) else "\n\n"
            if is_sub:
                self.emit(text, sep)
                continue
            if self.layout == "para":
                prefix = ""
                if dl:
                    if a["opts"].get("dl") == "alone":
                        self.emit(dl.replace(BRK, ""), sep)
                        sep = "\n\n"
                    else:
                        parts = dl.split(BRK)
                        for p in parts[:-1]:
                            self.emit(p, sep)
                            sep = "\n\n"
                            self.stats["dateline broken across lines"] += 1
                        prefix = parts[-1]
                self.emit(prefix + self.render_compact(tokens_of(text)), sep)
                continue
            toks = []
            dl_end = -1
            if dl:
                if a["opts"].get("dl") == "alone":
                    for p in dl.split(BRK):
                        self.emit(self.render_compact(tokens_of(p), dateline=True))
                else:
                    toks = self.dl_tokens(dl)
                    dl_end = len(toks)
                    if BRK in dl:
                        self.stats["dateline broken across lines"] += 1
            toks += tokens_of(text)
            lines = self.flow(toks, W, dl_end)
            for j, ln in enumerate(lines):
                self.emit(ln, "\n" if (glue and k == 0 and j == 0) else "\n\n")

    # ---------------------------------------------------------------- run
    def run(self) -> str:
        for cmd in self.src["layout"]:
            getattr(self, "cmd_" + cmd[0].replace("-", "_"))(cmd[1:])
        for a in self.arts.values():
            if a["next"] != len(a["pieces"]):
                raise SystemExit(f"{self.src['name']}: {a['id']} not fully printed "
                                 f"({a['next']}/{len(a['pieces'])})")
        lead = self.page.get("lead", "nl")
        text = " " if lead == "space" else "\n\n"
        for k, (t, sep) in enumerate(self.out):
            text += (sep if k else "") + t
        return text + "\n"

    # --------------------------------------------------------------- gold
    def gold_article(self, a) -> dict:
        d = {"kind": a["kind"]}
        for f in FIELDS[1:]:
            v = a.get(f, "")
            if f in ("dateline", "byline"):
                v = re.sub(r"\s+", " ", v.replace(BRK, " ")).strip()
                v = re.sub(r"(?<=\d[月日]) (?=\d)", "", v)
            else:
                v = v.replace(BRK, "")
            d[f] = v
        subs, paras = [], []
        for p in a["body"]:
            if p.startswith("## "):
                subs.append(p[3:])
                paras.append(re.sub(r"\s+", "", p[3:]))
            else:
                paras.append(re.sub(r"\s+", "", p.replace(CUT, "")))
        d["subheads"] = subs
        d["paragraphs"] = paras
        return d


def issue_number(page):
    v = page.get("issue", "")
    return v or None


def build(src_path: Path):
    src = parse_source(src_path)
    c = Composer(src)
    text = c.run()
    page = src["page"]
    arts = [c.gold_article(a) for a in src["arts"].values()]
    pc = page.get("pages", "")
    return c, text, {
        "issue_date": page["date"],
        "issue_number": issue_number(page),
        "page_count": int(pc) if pc else None,
        "articles": arts,
        "extras": c.extras,
        "duplicates": c.dups,
    }


def gold_json(name: str, g: dict) -> str:
    d = {"source": name}
    d.update(g)
    return json.dumps(d, ensure_ascii=False, indent=1) + "\n"


def compose_all():
    """Return {relative path: content} for every generated file, plus table rows."""
    files = {}
    rows, stats_total = [], Counter()
    per_page_stats = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for k, sp in enumerate(srcs, start=1):
        c, text, g = build(sp)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{k:03d}_{h}.txt"
        files[f"pages/{name}"] = text
        files[f"gold/{name[:-4]}.json"] = gold_json(name, g)
        stats_total.update(c.stats)
        per_page_stats.append((name, c.stats))
        p = c.page
        nchar = len(re.sub(r"\s", "", text))
        rows.append((name, p["date"], p["page"], "column" if c.layout == "column" else "paragraph",
                     {"full": "full-width", "mixed": "full, half-width brackets",
                      "half": "half-width ,();:"}[c.punct],
                     len(g["articles"]), nchar, p.get("subjects", "")))
    files["README.md"] = readme(rows, stats_total)
    return files, rows, stats_total


def readme(rows, stats):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(stats):
        ph.append(f"| {k} | {stats[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files, rows, stats = compose_all()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).glob("*"):
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages, {sum(r[5] for r in rows)} articles, "
          f"{sum(r[6] for r in rows)} characters")


if __name__ == "__main__":
    sys.exit(main())
