#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py [OUTDIR]      (default: this folder)

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (from README.in).
Deterministic: every small choice comes from random.Random seeded by the source name.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL_PUNCT = set("，。、；：？！“”‘’（）《》「」…—·")
CLOSERS = set("，。、；：？！”’）》」…,;:)")
OPENERS = set("“‘（《「(")
NUM_RUN = re.compile(r"[0-9A-Za-z.%]+")
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs")


# ---------------------------------------------------------------- parsing
def parse_source(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    cur, body = None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("@page"):
            cur, body = page, False
            continue
        if line.startswith("@art "):
            aid = line.split()[1]
            cur = arts[aid] = {"id": aid, "_body": []}
            body = False
            continue
        if line.startswith("@layout"):
            cur, body = None, False
            layout_mode = True
            continue
        if cur is None:
            if line.strip() and not line.startswith("#"):
                layout.append(line.strip())
            continue
        if body:
            if line.strip():
                cur["_body"].append(line.strip())
            continue
        if line.strip() == "--":
            body = True
            continue
        if not line.strip() or line.startswith("#"):
            continue
        key, _, val = line.partition(": ")
        if not _:
            key, val = line.rstrip(":"), ""
        cur[key.strip()] = val.strip()
    return {"page": page, "arts": arts, "layout": layout}


def conv(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half (,();:)."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def strip_marks(s: str) -> str:
    return s.replace("¦", "").replace("‖", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def width(tok: str) -> float:
    w = 0.0
    for ch in tok:
        if ch == " ":
            continue
        if unicodedata.east_asian_width(ch) in "WF" or ch in FULL_PUNCT:
            w += 1
        else:
            w += 0.5
    return w


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\x00":
            j = text.index("\x00", i + 1)
            out.append(text[i + 1:j])
            i = j + 1
            continue
        m = NUM_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, src: Path):
        self.src = src
        d = parse_source(src)
        self.meta, self.arts, self.layout = d["page"], d["arts"], d["layout"]
        self.rng = random.Random(src.name)
        self.mode = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.p_spread = float(self.meta.get("spread", "0.3"))
        self.p_numsp = float(self.meta.get("numsp", "0.5"))
        self.p_qspace = float(self.meta.get("qspace", "0.3"))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.printed_body: set[str] = set()
        self.printed_head: set[str] = set()
        for a in self.arts.values():
            self.prepare(a)

    # -- article text -------------------------------------------------------
    def prepare(self, a: dict) -> None:
        m = self.mode
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "marker"):
            a[k] = conv(a.get(k, ""), m)
        paras, subheads = [], []
        for ln in a["_body"]:
            ln = conv(ln, m)
            if ln.startswith("## "):
                subheads.append(strip_marks(ln[3:]))
                paras.append(("sub", ln[3:]))
            elif ln == "‖":
                paras.append(("cut", ""))
            else:
                paras.append(("p", ln))
        a["_paras"] = paras
        a["_subheads"] = subheads
        a["width"] = float(a.get("width", "17"))

    def gold_article(self, a: dict) -> dict:
        paras = [nows(strip_marks(t)) for k, t in a["_paras"] if k != "cut"]
        for p in paras:
            assert p, a["id"]
        g = {
            "kind": a["kind"], "column": strip_marks(a["column"]),
            "kicker": strip_marks(a["kicker"]), "title": strip_marks(a["title"]),
            "subtitle": strip_marks(a["subtitle"]), "byline": strip_marks(a["byline"]),
            "dateline": strip_marks(a["dateline"]), "continued": a["continued"],
            "subheads": a["_subheads"], "paragraphs": paras,
        }
        return {k: g[k] for k in ART_KEYS}

    # -- pieces -------------------------------------------------------------
    def pieces_paragraph(self, a: dict) -> list[list[str]]:
        """Paragraph layout: exact cut points; a piece is a list of printed lines."""
        pieces, cur = [], []
        first = True
        for kind, text in a["_paras"]:
            if kind == "cut":
                pieces.append(cur)
                cur = []
                self.count["column break between paragraphs"] += 0
                continue
            if first and a["dateline"]:
                text = a["dateline"].replace("¦", "") + text
            first = False
            segs = text.replace("¦", "").split("‖")
            for j, seg in enumerate(segs):
                if j:
                    pieces.append(cur)
                    cur = []
                cur.append(seg)
        pieces.append(cur)
        return pieces

    def flow(self, a: dict, text: str, w: float, indent: float, cuts: list) -> list[str]:
        """Column layout: fill lines of width w em (first line indented)."""
        lines, cur, cw = [], [], indent
        toks = tokens(text)
        for t in toks:
            if t == "¦":
                lines.append(cur)
                cur, cw = [], 0.0
                continue
            if t == "‖":
                cuts.append((len(lines), bool(cur)))
                continue
            tw = width(t)
            if cur and cw + tw > w and not (t in CLOSERS and cw + tw <= w + 2):
                carry = []
                while cur and cur[-1] in OPENERS:      # an opening mark never ends a line
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur, cw = carry, sum(width(x) for x in carry)
            cur.append(t)
            cw += tw
        if cur:
            lines.append(cur)
        return lines

    def pieces_column(self, a: dict) -> list[list[str]]:
        all_lines, cuts, final = [], [], set()
        first = True
        w = a["width"]
        for kind, text in a["_paras"]:
            if kind == "cut":
                cuts.append((len(all_lines), False))
                continue
            if kind == "sub":
                ls = self.flow(a, text, w, 0, [])
                all_lines += [("sub", l) for l in ls]
                final.add(len(all_lines) - 1)
                continue
            if first and a["dateline"]:
                # the dateline's last four characters never start a line alone
                # (a shorter tail would be unreadable as a field of its own)
                dl, k, n = a["dateline"], len(a["dateline"]), 0
                while k > 0 and n < 4:
                    k -= 1
                    n += not dl[k].isspace()
                text = dl[:k] + "\x00" + dl[k:] + "\x00" + text
            first = False
            local = []
            ls = self.flow(a, text, w, 2, local)
            if a["dateline"] and not any(k == "p" for k, _ in all_lines):
                self.classify_dateline_breaks(a["dateline"], ls)
            base = len(all_lines)
            for li, mid in local:
                # a cut inside a paragraph falls at the end of the line it is on
                cuts.append((base + li + (1 if mid else 0), False))
            all_lines += [("p", l) for l in ls]
            final.add(len(all_lines) - 1)
        rendered = []
        starts = {0} | {i + 1 for i in final}
        for i, (k, toks) in enumerate(all_lines):
            room = w - (2 if i in starts and k == "p" else 0)
            short = sum(width(t) for t in toks) <= room - 1
            rendered.append(self.render_line(toks, eligible=(k == "p" and i not in final), short=short))
        bounds = sorted({c for c, _ in cuts if 0 < c < len(rendered)})
        pieces, start = [], 0
        for b in bounds + [len(rendered)]:
            pieces.append(rendered[start:b])
            start = b
        return pieces

    def classify_dateline_breaks(self, dl: str, lines: list) -> None:
        """Count where the column's line ends fall inside a dateline."""
        dl = dl.replace("¦", "")
        pos = 0
        for toks in lines[:-1]:
            pos += sum(len(t) for t in toks)
            if pos >= len(dl):
                break
            before, after = dl[:pos], dl[pos:]
            if not re.search(r"[讯电]", before):
                what = "line break inside a dateline's date"
            elif after.lstrip().startswith("通讯员"):
                what = "line break before 通讯员 in a dateline"
            elif "记者" in before and not after.startswith("）") and not after.startswith(")"):
                what = "line break between or inside a byline's names"
            else:
                what = "line break elsewhere in a dateline"
            self.count[what] += 1

    def render_line(self, toks: list[str], eligible: bool, short: bool = False) -> str:
        """One column line. A justified line is stretched (spaces between glyphs) when
        it falls at least 1 em short of the column (a number run or an opening mark
        pushed to the next line), and now and then when its compressible full-width
        marks leave slack (page setting `spread`, measured on the seeds)."""
        rng = self.rng
        npunct = sum(1 for t in toks if t in FULL_PUNCT)
        if eligible and ((short and rng.random() < 0.8)
                         or (npunct >= 2 and rng.random() < self.p_spread)):
            self.count["justified line spread with spaces"] += 1
            out = toks[0]
            for prev, t in zip(toks, toks[1:]):
                if prev == "“" and rng.random() < 0.5:
                    out += " " + t
                    self.count["space after an opening quote"] += 1
                elif prev in FULL_PUNCT or prev in OPENERS or t in OPENERS or t in "）》)":
                    out += t
                else:
                    out += " " + t
            return out.strip()
        out = ""
        for i, t in enumerate(toks):
            isnum = bool(NUM_RUN.fullmatch(t))
            if isnum and i and rng.random() < self.p_numsp and not out.endswith(" ") \
                    and toks[i - 1] not in FULL_PUNCT and toks[i - 1] not in OPENERS:
                out += " "
                self.count["space around a number run"] += 1
            if t in FULL_PUNCT and i and NUM_RUN.fullmatch(toks[i - 1]) and rng.random() < 0.15:
                out += " "
                self.count["glyph-gap space before full-width punctuation"] += 1
            if t == "%" and rng.random() < 0.3:
                out += " "
            if isnum and t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                t = t[:-1] + " %"
                self.count["glyph-gap space before %"] += 1
            out += t
            if isnum and i + 1 < len(toks) and toks[i + 1] not in FULL_PUNCT \
                    and not NUM_RUN.fullmatch(toks[i + 1]) and rng.random() < self.p_numsp:
                out += " "
        return out.strip()

    def pieces(self, a: dict) -> list[list[str]]:
        if "_pieces" not in a:
            a["_pieces"] = self.pieces_column(a) if self.col else self.pieces_paragraph(a)
        return a["_pieces"]

    # -- head lines ---------------------------------------------------------
    def head_blocks(self, a: dict) -> list[str]:
        spec = a.get("heads") or "|".join(x for x, k in (("K", "kicker"), ("T", "title"), ("S", "subtitle")) if a[k])
        val = {"K": a["kicker"], "T": a["title"], "S": a["subtitle"], "C": a["column"], "B": a["byline"]}
        blocks = []
        for blk in spec.split("|"):
            lines = []
            for ln in blk.split("/"):
                parts = []
                for tok in ln.split("+"):
                    tok = tok.strip()
                    if tok == "TT":
                        parts.append(a["title"].replace("¦", "") * 2)
                        self.dups.append(nows(strip_marks(a["title"])))
                        self.count["headline doubled on one line"] += 1
                    else:
                        parts.append(val[tok])
                        if tok == "C" and blk.strip() == "C":
                            self.count["column label on its own line"] += 1
                lines.append(" ".join(parts))
            text = "\n".join(lines).replace("¦", "\n")
            blocks.append(text)
        seen = Counter(blocks)
        for b, n in seen.items():
            if n > 1:
                self.dups.append(nows(b))
                self.count["headline printed on two identical lines"] += 1
        for b in blocks:
            if "\n" in b:
                self.count["headline broken inside a line group"] += 1
        return blocks

    # -- layout -------------------------------------------------------------
    def run(self) -> None:
        prev_head = False
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "mast":
                for piece in rest.split("|"):
                    self.blocks.append(piece.replace("/", "\n"))
                    self.count["masthead piece"] += 1
                self.extras.append(nows(rest.replace("|", "").replace("/", "")))
            elif op == "extra":
                self.blocks.append(rest.replace("/", "\n"))
                self.extras.append(nows(rest.replace("/", "")))
                self.count["box line (countdown, code prompt, 导读)"] += rest.count("/") + 1
            elif op == "blank":
                self.blocks.append("")
            elif op == "head":
                a = self.arts[args[0]]
                self.blocks += self.head_blocks(a)
                if a["id"] in self.printed_body:
                    self.count["headline printed after its body"] += 1
                if prev_head:
                    self.count["headline bunched with another story's"] += 1
                self.printed_head.add(a["id"])
            elif op == "col":
                self.blocks.append(self.arts[args[0]]["column"])
                self.arts[args[0]]["_col"] = True
                self.count["column label on its own line"] += 1
            elif op == "by":
                a = self.arts[args[0]]
                a["_by"] = True
                self.blocks.append(a["byline"].replace("¦", "\n"))
                if "¦" in a["byline"]:
                    self.count["byline broken between names"] += 1
            elif op == "mark":
                self.blocks.append(self.arts[args[0]]["marker"])
                self.arts[args[0]]["_mark"] = True
                self.count["jump marker"] += 1
            elif op == "body":
                self.body(self.arts[args[0]], args[1] if len(args) > 1 else "*")
            elif op == "dup":
                a = self.arts[args[0]]
                lines = self.pieces(a)[int(args[1])]
                self.blocks += lines
                self.dups.append(nows("".join(lines)))
                self.count["lines printed twice"] += len(lines)
            elif op == "photo":
                self.photo(self.arts[args[0]], args[1] if len(args) > 1 else "inline")
            else:
                raise SystemExit(f"{self.src.name}: unknown layout op {op}")
            prev_head = op == "head"

    def body(self, a: dict, spec: str) -> None:
        ps = self.pieces(a)
        if spec == "*":
            idx = list(range(len(ps)))
        elif "-" in spec:
            lo, hi = spec.split("-")
            idx = list(range(int(lo), int(hi) + 1 if hi else len(ps)))
        else:
            idx = [int(spec)]
        for i in idx:
            a.setdefault("_done", set()).add(i)
            lines = list(ps[i])
            if i == 0 and a.get("markinline"):
                lines[0] = a["marker"] + lines[0]
                self.count["jump marker"] += 1
            if i > 0 and not self.col and a.get("_last_piece") is not None:
                if a["_last_piece"] != len(self.blocks):
                    self.count["story continued after a piece of another"] += 1
                else:
                    self.count["paragraph split by a column break, nothing between"] += 1
            self.blocks += lines
            a["_last_piece"] = len(self.blocks)
        self.printed_body.add(a["id"])

    def verify(self) -> None:
        """Every piece of every story printed; every headline, byline and marker too."""
        for a in self.arts.values():
            if a["kind"] == "photo" and a.get("_photo"):
                continue
            n = len(self.pieces(a))
            if a.get("_done", set()) != set(range(n)):
                raise SystemExit(f"{self.src.name}: {a['id']} pieces printed {sorted(a.get('_done', []))} of {n}")
            if (a["kicker"] or a["title"] or a["subtitle"]) and a["id"] not in self.printed_head:
                raise SystemExit(f"{self.src.name}: {a['id']} headline never printed")
            if a.get("_by") and "B" in (a.get("heads") or ""):
                raise SystemExit(f"{self.src.name}: {a['id']} byline printed twice")
            if a.get("_col") and "C" in (a.get("heads") or ""):
                raise SystemExit(f"{self.src.name}: {a['id']} column label printed twice")
            if a["byline"] and not a.get("_by") and "B" not in (a.get("heads") or ""):
                raise SystemExit(f"{self.src.name}: {a['id']} byline never printed")
            if a["column"] and not a.get("_col") and "C" not in (a.get("heads") or ""):
                raise SystemExit(f"{self.src.name}: {a['id']} column label never printed")
            if a.get("marker") and not a.get("_mark") and not a.get("markinline"):
                raise SystemExit(f"{self.src.name}: {a['id']} jump marker never printed")

    def photo(self, a: dict, mode: str) -> None:
        a["_photo"] = True
        cap = "".join(t for k, t in a["_paras"] if k != "cut")
        cred = a["byline"]
        if not self.col:
            self.blocks.append(cap)
            if cred:
                self.blocks.append(cred)
            return
        if mode == "inline":
            self.blocks.append(cap + (" " + cred if cred else ""))
        elif mode == "right":
            self.blocks.append(cap)
            self.blocks.append(" " * 24 + cred)
            self.count["credit right-aligned on its own line"] += 1
        elif mode.startswith("wrap"):
            ls = self.flow(a, cap, float(mode[4:]), 0, [])
            lines = ["".join(l) for l in ls]
            if cred:
                lines[-1] += " " + cred
            self.blocks += lines
        self.count["photo caption"] += 1

    def text(self) -> str:
        if self.col:
            return "\n\n".join(self.blocks) + "\n\n\n"
        return "\n\n" + "\n\n".join(self.blocks)

    def gold(self, name: str) -> dict:
        order = self.meta.get("order", "").split()
        ids = order or list(self.arts)
        return {
            "source": name,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue_number") or None,
            "page_count": int(self.meta["page_count"]) if self.meta.get("page_count") else None,
            "articles": [self.gold_article(self.arts[i]) for i in ids],
            "extras": self.extras,
            "duplicates": self.dups,
        }


def page_chars(text: str) -> int:
    return len(nows(text))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "gold").glob("*.json")):
        old.unlink()
    total = Counter()
    rows = []
    shares: list[float] = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        pg.run()
        pg.verify()
        text = pg.text()
        num = pg.meta["num"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(name + ".txt")
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.count)
        total["cut mid-paragraph (paragraph layout)" if not pg.col else "column break inside a paragraph (column layout)"] += sum(
            t.count("‖") for k, t in sum(([(k, t) for k, t in a["_paras"]] for a in pg.arts.values()), []))
        if pg.col:
            lines = [ln for ln in text.split("\n") if ln.strip()]
            stretched = sum(1 for ln in lines if len(re.findall(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", ln)) >= 3)
            shares.append(stretched / len(lines))
        total["pages"] += 1
        total["articles"] += len(gold["articles"])
        rows.append((name + ".txt", gold["issue_date"], pg.meta.get("page", ""), pg.meta["layout"], pg.mode,
                     len(gold["articles"]), page_chars(text), pg.meta.get("subjects", "")))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(total.items()) if v)
    pt = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
         "|---|---|---|---|---|---|---|---|\n" + "\n".join(
             "| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt).replace(
        "{{SPREAD}}", f"{100 * min(shares):.1f}–{100 * max(shares):.1f} %")
    (out / "README.md").write_text(readme, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
