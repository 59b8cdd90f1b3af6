#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw Hunan Daily page
text, the way the two PDF extraction layouts of the seeds print it, and write
pages/*.txt, gold/*.json and README.md.  Standard library only; deterministic
(every small choice comes from a random.Random seeded by the source file name).

Source format: see README.in / README.md ("The source format").
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CUT = "‖"          # cut point inside a paragraph (a column break / jump)
BRK = "^"          # forced line break inside a dateline or byline
CLOSE = set("，、。；：？！）》”’,;:?!)")       # never starts a printed line
OPEN = set("“‘（《(")
FULLP = set("，、。；：？！")


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"name": path.stem, "arts": {}, "order": [], "layout_lines": []}
    cur = None
    mode = "head"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("== "):
            key = line[3:].strip()
            if key == "layout":
                mode, cur = "layout", None
            else:
                cur = {"id": key, "kind": "news", "column": "", "kicker": "", "title": "",
                       "subtitle": "", "byline": "", "dateline": "", "continued": "",
                       "credit": "", "width": "", "paras": []}
                page["arts"][key] = cur
                page["order"].append(key)
                mode = "art"
            continue
        if mode == "layout":
            if line.strip():
                page["layout_lines"].append(line.strip())
            continue
        if mode == "head":
            if ":" in line:
                k, v = line.split(":", 1)
                page[k.strip()] = v.strip()
            continue
        if mode == "art":
            if line == "text:":
                mode = "text"
                continue
            if ":" in line:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
            continue
        if mode == "text":
            if line.strip():
                cur["paras"].append(line.strip())
    return page


# ---------------------------------------------------------------- punctuation
def punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BRK, "")


# ---------------------------------------------------------------- width / wrap
def width(s: str) -> float:
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in s if c != " ")


def tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z.%+×\-]+|.", s)


def wrap(text: str, w: float, first: float | None = None) -> list[str]:
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    limit = first if first is not None else w
    for t in toks:
        tw = width(t)
        if cur and cw + tw > limit and t not in CLOSE:
            lines.append("".join(cur))
            cur, cw, limit = [], 0.0, w
        cur.append(t)
        cw += tw
    if cur:
        lines.append("".join(cur))
    # an opening mark never ends a line
    for i in range(len(lines) - 1):
        if lines[i] and lines[i][-1] in OPEN:
            lines[i + 1] = lines[i][-1] + lines[i + 1]
            lines[i] = lines[i][:-1]
    return [ln for ln in lines if ln]


def keep_tail(lines: list[str], dl: str) -> list[str]:
    """A dateline's last piece never starts a line with fewer than four
    characters before the body text: the extraction keeps such a short tail
    (a two-character name and its bracket) on the line above."""
    if not dl or len(lines) < 2:
        return lines
    pos = 0
    for i, ln in enumerate(lines):
        end = pos + len(ln)
        if pos < len(dl) < end and i > 0:
            frag = dl[pos:]
            if 0 < len(frag.replace(" ", "")) < 4:
                lines = lines[:]
                lines[i - 1] += frag
                lines[i] = ln[len(frag):]
            break
        pos = end
    return lines


# ---------------------------------------------------------------- artefacts
class Art:
    """Per-page artefact maker: spaces of PDF extraction."""

    def __init__(self, page: dict, rng: random.Random, tally: Counter):
        self.rng, self.t = rng, tally
        self.num = float(page.get("numspace", "0"))
        self.spread = float(page.get("spread", "0"))
        self.gap = float(page.get("gap", "0"))
        self.quote = float(page.get("quotespace", "0"))

    def numspace(self, s: str) -> str:
        if not self.num:
            return s
        out = []
        parts = re.split(r"([0-9][0-9.%]*)", s)
        for i, p in enumerate(parts):
            if i % 2 == 1 and self.rng.random() < self.num:
                before = i > 0 and parts[i - 1] and re.match(r"[\u4e00-\u9fff]", parts[i - 1][-1])
                after = i + 1 < len(parts) and parts[i + 1] and re.match(r"[\u4e00-\u9fff]", parts[i + 1][0])
                if before:
                    p = " " + p
                if after and self.rng.random() < 0.6 and not p.endswith("%"):
                    p = p + " "
                if before or after:
                    self.t["spaces around number runs"] += 1
            out.append(p)
        return "".join(out)

    def glyphgap(self, s: str) -> str:
        if not self.gap:
            return s

        def rep(m):
            if self.rng.random() < self.gap:
                self.t["glyph-gap spaces at punctuation / %"] += 1
                return m.group(1) + " " + m.group(2)
            return m.group(0)
        s = re.sub(r"([0-9%])([、，；])", rep, s)
        s = re.sub(r"([0-9])(%)", rep, s)
        s = re.sub(r"([\u4e00-\u9fff])(、)", lambda m: rep(m) if self.rng.random() < 0.15 else m.group(0), s)
        return s

    def quotes(self, s: str) -> str:
        if not self.quote:
            return s

        def rep(m):
            if self.rng.random() < self.quote:
                self.t["space after an opening quote"] += 1
                return "“ "
            return "“"
        return re.sub(r"“", rep, s)

    def spreadline(self, s: str) -> str:
        toks = tokens(s)
        out = ""
        for i, t in enumerate(toks):
            out += t
            if i + 1 < len(toks) and t not in CLOSE and toks[i + 1] != " " and t != " ":
                out += " "
        return re.sub(" +", " ", out)

    def line(self, s: str, last: bool) -> str:
        if (not last and self.spread and sum(c in FULLP for c in s) >= 2
                and self.rng.random() < self.spread):
            self.t["justified lines spread with spaces"] += 1
            return self.spreadline(s)
        s = self.numspace(s)
        s = self.glyphgap(s)
        s = self.quotes(s)
        return s


# ---------------------------------------------------------------- composing
def pieces(art: dict) -> list[tuple[int, str, bool]]:
    """(paragraph index, text, starts paragraph) for every cut piece."""
    out = []
    for i, p in enumerate(art["paras"]):
        for j, part in enumerate(p.split(CUT)):
            out.append((i, part, j == 0))
    return out


def gold_article(a: dict, style: str) -> dict:
    paras = [punct(clean(p[3:] if p.startswith("## ") else p), style) for p in a["paras"]]
    subs = [punct(clean(p[3:]), style) for p in a["paras"] if p.startswith("## ")]
    return {
        "kind": a["kind"], "column": punct(a["column"], style), "kicker": punct(a["kicker"], style),
        "title": punct(a["title"], style), "subtitle": punct(a["subtitle"], style),
        "byline": punct(clean(a["byline"] or a["credit"]), style), "dateline": punct(clean(a["dateline"]), style),
        "continued": punct(a["continued"], style), "subheads": subs, "paragraphs": paras,
    }


def compose_page(src: Path, tally: Counter) -> tuple[str, dict, dict]:
    page = parse(src)
    rng = random.Random(src.name)
    style = page.get("punct", "full")
    layout = page["layout"]
    col = layout == "column"
    W = float(page.get("width", "17"))
    art = Art(page, rng, tally)
    arts = page["arts"]
    P = lambda s: punct(s, style)  # noqa: E731
    blocks: list[list[str]] = []
    extras: list[str] = []
    dups: list[str] = []
    dl_done: set[str] = set()
    head_done: set[str] = set()
    body_seen: set[str] = set()
    printed: set[tuple[str, int]] = set()

    def emit_lines(lines, consecutive=False):
        if consecutive:
            blocks.append(lines)
        else:
            for ln in lines:
                blocks.append([ln])

    def dateline_text(a):
        d = P(a["dateline"])
        if BRK in d and len(re.sub(r"\s", "", d.split(BRK)[-1])) < 4:
            raise SystemExit(f"{src.name}: {a['id']}: dateline tail after ^ under 4 characters")
        if col and page.get("dlspace"):
            d = re.sub(r"(报|日)(\d)", r"\1 \2", d)
            d = re.sub(r"(\d)(日讯|日电)", r"\1\2", d)
            d = " " + d
        return d

    for spec in page["layout_lines"]:
        parts = spec.split()
        op = parts[0]
        opts = parts[2:] if len(parts) > 2 else []
        if op == "blank":
            blocks.append([""])
        elif op == "mast":
            txt = spec[5:]
            pieces_ = txt.split("|")
            extras.append("".join(p.replace("/", "").replace(" ", "") for p in pieces_))
            for p in pieces_:
                blocks.append(p.split("/"))
                tally["masthead pieces"] += len(p.split("/"))
        elif op == "extra":
            txt = spec[6:]
            extras.append(txt.replace("/", ""))
            blocks.append(txt.split("/"))
            tally["box lines (countdown, code prompt, framed label)"] += 1
        elif op == "mark":
            txt = P(spec[5:])
            extras.append(txt)
            blocks.append([txt])
            tally["jump markers"] += 1
        elif op == "col":
            a = arts[parts[1]]
            blocks.append([P(a["column"])])
            tally["column labels on their own line"] += 1
        elif op == "head":
            a = arts[parts[1]]
            head_done.add(a["id"])
            if a["id"] in body_seen:
                tally["headlines printed after their body"] += 1
            hl = [P(x) for x in (a["kicker"], a["title"], a["subtitle"]) if x]
            mode = opts[0] if opts else ("stack" if col else "join")
            if mode.startswith("+"):
                mode = ("stack" if col else "join") + mode
            if mode.startswith("join"):
                blocks.append([" ".join(hl)])
            elif mode == "blank":
                for h in hl:
                    blocks.append([h])
            elif mode.startswith("split"):      # split:K:N  -> line K broken after N chars
                _, k, n = mode.split(":")
                k, n = int(k), int(n)
                lines = []
                for i, h in enumerate(hl):
                    if i == k:
                        lines += [h[:n], h[n:]]
                    else:
                        lines.append(h)
                blocks.append(lines)
                tally["headline line broken (last word alone)"] += 1
            elif mode == "double":
                t = P(a["title"])
                lines = [(t + " " + t) if h == t else h for h in hl]
                dups.append(t)
                blocks.append(lines)
                tally["headline drawn twice"] += 1
            elif mode == "twice":
                t = P(a["title"])
                lines = []
                for h in hl:
                    lines.append(h)
                    if h == t:
                        lines.append(h)
                dups.append(t)
                blocks.append(lines)
                tally["headline drawn twice"] += 1
            else:
                blocks.append(hl)
            if "+by" in mode:
                blocks[-1] = blocks[-1] + [P(clean(a["byline"]))]
            if "+col" in mode:
                blocks[-1] = blocks[-1] + [P(a["column"])]
            tally["headline stacks"] += 1
        elif op == "byline":
            a = arts[parts[1]]
            b = P(a["byline"])
            segs = b.split(BRK)
            if len(segs) > 1:
                tally["byline broken (names / before 通讯员)"] += 1
            if "sep" in opts:
                for s in segs:
                    blocks.append([s.strip()])
            else:
                blocks.append([s.strip() for s in segs])
        elif op == "dl":
            a = arts[parts[1]]
            dl_done.add(a["id"])
            segs = dateline_text(a).split(BRK)
            if len(segs) > 1:
                tally["dateline broken inside"] += 1
            emit_lines([s.rstrip() for s in segs], consecutive=False)
        elif op == "credit":
            a = arts[parts[1]]
            blocks.append([" " * 28 + P(clean(a["credit"] or a["byline"]))])
            tally["credits right-aligned on their own line"] += 1
        elif op in ("body", "photo"):
            a = arts[parts[1]]
            body_seen.add(a["id"])
            ps = pieces(a)
            rng_ = parts[2] if len(parts) > 2 and re.match(r"\d", parts[2]) else "0-"
            if "-" not in rng_:
                rng_ = rng_ + "-" + rng_
            lo, hi = rng_.split("-")
            lo = int(lo)
            hi = int(hi) if hi else len(ps) - 1
            opts = [o for o in parts[3:]] if re.match(r"\d", parts[2] if len(parts) > 2 else "") else parts[2:]
            prefix = ""
            for o in opts:
                if o.startswith("pre="):
                    prefix = P(o[4:].replace("_", " "))
                    extras.append(prefix)
                    tally["jump markers"] += 1
            aw = float(a["width"]) if a["width"] else W
            credit = P(clean(a["credit"] or a["byline"])) if op == "photo" else ""
            if lo > 0 and not ps[lo][2]:
                tally["paragraph cut, continued after another piece"] += 1
            last_line = None
            for k in range(lo, hi + 1):
                if (a["id"], k) in printed:
                    raise SystemExit(f"{src.name}: {a['id']} piece {k} printed twice")
                printed.add((a["id"], k))
                pi, txt, start = ps[k]
                if txt.startswith("## "):
                    txt = txt[3:]
                    tally["subheads"] += 1
                txt = P(txt)
                endpara = k + 1 >= len(ps) or ps[k + 1][2]
                if k > lo and not start:
                    tally["paragraph split by a column break, nothing between"] += 1
                lead = ""
                if k == 0 and a["dateline"] and a["id"] not in dl_done:
                    lead = dateline_text(a)
                    if BRK in lead:
                        tally["dateline broken inside"] += 1
                    dl_done.add(a["id"])
                if k == lo and prefix:
                    lead = prefix + lead
                if col:
                    segs = (lead + txt).split(BRK)
                    lines = []
                    for si, sg in enumerate(segs):
                        lines += wrap(sg, aw)
                    lines = keep_tail(lines, lead.split(BRK)[-1] if lead else "")
                    out = []
                    for li, ln in enumerate(lines):
                        isl = li == len(lines) - 1 and endpara
                        if ln.startswith(" ") or (lead.startswith(" ") and li == 0):
                            out.append(art.line(ln, isl) if not ln.startswith(" ") else ln)
                        else:
                            out.append(art.line(ln, isl))
                    emit_lines(out)
                    last_line = out[-1]
                else:
                    segs = (lead + txt).split(BRK)
                    segs = [art.glyphgap(s) if art.gap else s for s in segs]
                    if op == "photo" and k == hi and credit and "right" not in opts:
                        segs[-1] = segs[-1] + " " + credit
                    emit_lines(segs, consecutive=True)
                    last_line = segs[-1]
            if col and op == "photo" and credit and "right" not in opts:
                blocks[-1] = [blocks[-1][-1] + " " + credit]
                last_line = blocks[-1][0]
            if op == "photo" and "right" in opts:
                blocks.append([" " * 24 + credit])
                tally["credits right-aligned on their own line"] += 1
            if "dup" in opts and last_line is not None:
                blocks.append([last_line])
                dups.append(re.sub(r"\s+", "", last_line) if col else last_line)
                tally["lines printed twice"] += 1
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op!r}")
    text = "\n\n".join("\n".join(b) for b in blocks)
    gold = {
        "issue_date": page["date"],
        "issue_number": int(page["issue"]) if page.get("issue") else None,
        "page_count": int(page["pages"]) if page.get("pages") else None,
        "articles": [gold_article(arts[k], style) for k in page["order"]],
        "extras": extras,
        "duplicates": dups,
    }
    missing = [(k, i) for k in page["order"] for i in range(len(pieces(arts[k])))
               if (k, i) not in printed]
    if missing:
        raise SystemExit(f"{src.name}: articles never laid out: {missing}")
    return text, gold, page


def nonspace(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build() -> tuple[dict[str, str], list[dict], Counter]:
    files: dict[str, str] = {}
    rows = []
    total = Counter()
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        tally = Counter()
        text, gold, page = compose_page(src, tally)
        total.update(tally)
        name = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        g = {"source": name + ".txt"}
        g.update(gold)
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        rows.append({"file": name + ".txt", "date": page["date"], "page": page.get("page", ""),
                     "layout": page["layout"], "punct": page.get("punct", "full"),
                     "articles": len(gold["articles"]), "chars": nonspace(text),
                     "subjects": page.get("subjects", ""), "front": bool(page.get("issue"))})
    files["README.md"] = readme(rows, total)
    return files, rows, total


PUNCT_NAME = {"full": "full-width", "mixed": "full commas, half-width brackets",
              "half": "half-width , ( ) ; :"}


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pg.append(f"| {r['file']} | {r['date']} | {r['page']}{' (front)' if r['front'] else ''} | "
                  f"{r['layout']} | {PUNCT_NAME[r['punct']]} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main() -> int:
    files, rows, total = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.name not in {Path(k).name for k in files if k.startswith(d + "/")}:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
