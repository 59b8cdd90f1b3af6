#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py          # writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice is drawn from a random.Random seeded
by the source file name, so the output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》…—,;:)")          # may not start a line
OPEN = set("“‘（《(")                                # may not end a line
GAP_PUNCT = set("，。、；：")                         # glyph-gap spaces go before these
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/：:]+")
CUT = re.compile(r"\|(?:\{(\w)\})?")
CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "p": "inside a name",
             "s": "at a sentence end"}


# ---------------------------------------------------------------- source ---
def parse_source(path: Path) -> dict:
    page, arts, layout = {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):          # comment
            continue
        if line.startswith("@page"):
            mode = "page"
            continue
        if line.startswith("@article"):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "text": [], "meta": {}}
            arts.append(cur)
            mode = "art"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if not line.strip():
            continue
        if mode == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif mode == "art":
            if cur.get("_intext"):
                cur["text"].append(line.strip())
                continue
            k, _, v = line.partition(":")
            k = k.strip()
            if k == "text":
                cur["_intext"] = True
            else:
                cur["meta"][k] = v.strip()
        elif mode == "layout":
            layout.append(line.strip())
    for a in arts:
        a.pop("_intext", None)
    return {"page": page, "articles": arts, "layout": layout}


def convert_punct(s: str, mode: str) -> str:
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- widths ---
def em(tok: str) -> float:
    if tok == " ":
        return 0.0
    if all(ord(c) < 128 for c in tok):
        return 0.5 * len(tok)
    return float(len(tok))


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.group() and all(ord(c) < 128 for c in m.group()):
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def is_num(tok: str) -> bool:
    return len(tok) > 0 and all(ord(c) < 128 for c in tok) and any(c.isalnum() for c in tok)


def spread(toks: list[str]) -> str:
    """A justified line drawn with wide letter-spacing: the extraction puts a
    space between the glyphs, none after closing punctuation and none before an
    opening quote (measured on seeds 000 and 004)."""
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSE or b in OPEN or (a in OPEN and False):
            out += b
        else:
            out += " " + b
    return out


class Stats:
    def __init__(self):
        self.c = Counter()

    def add(self, key, n=1):
        self.c[key] += n


# ------------------------------------------------------------ column set ---
def set_column(segs, width, rng, st, numsp, dateline=None):
    """Set text in a column of `width` em, the way seeds 000/004 print it.

    segs: list of (text, starts_para).  A paragraph's first line is indented
    2 em (the indent itself is not extracted).  Closing punctuation hangs or
    pushes the last glyph down; an opening mark never ends a line; a number run
    is never broken.  A non-final line left 1 em or more short is justified by
    letter-spacing, which the extraction prints as spaces between the glyphs.
    dateline: list of unbreakable groups ("\n" forces a break)."""
    lines = []
    pending, pw, cap = [], 0.0, float(width)
    nospread = [False]

    def flush(final):
        nonlocal pending, pw
        if not pending:
            return
        short = (not final) and (not nospread[0]) and pw <= cap - 1.0 and len(pending) > 3
        if short:
            txt = spread([t for t in pending if t != " "])
            st.add("justified line spread with spaces")
            if any(t in ("“", "‘") for t in pending[:-1]):
                st.add("space after an opening quote")
        else:
            txt = ""
            for i, t in enumerate(pending):
                nxt = pending[i + 1] if i + 1 < len(pending) else None
                if t == " ":
                    txt += " "
                    continue
                if is_num(t):
                    if numsp in ("both", "before") and txt and not txt.endswith(" ") and txt[-1] not in CLOSE and txt[-1] not in OPEN:
                        txt += " "
                        st.add("space around a number run")
                    if "%" in t and rng.random() < 0.12:
                        t = t.replace("%", " %")
                        st.add("glyph-gap space before punctuation or %")
                    txt += t
                    if numsp == "both" and nxt and nxt not in CLOSE and nxt != " ":
                        txt += " "
                    continue
                if t in GAP_PUNCT and txt and not txt.endswith(" ") and rng.random() < 0.035:
                    txt += " "
                    st.add("glyph-gap space before punctuation or %")
                txt += t
                if t in ("“", "‘") and nxt and rng.random() < 0.06:
                    txt += " "
                    st.add("space after an opening quote")
        lines.append(txt.rstrip() if txt.startswith(" 湖南日报") else txt.strip())
        pending, pw = [], 0.0
        nospread[0] = False

    if dateline:
        nospread[0] = True
        for g in dateline:
            if g == "\n":
                flush(True)
                nospread[0] = True
                st.add("line break inside a dateline")
                continue
            gt = tokens(g)
            w = sum(em(t) for t in gt) + (0.5 if pending else 0)
            if pending and pw + w > cap:
                flush(True)
                nospread[0] = True
                st.add("line break inside a dateline")
                if g.startswith("通讯员"):
                    st.add("line break before 通讯员")
            if pending and pending[-1] != " ":
                pending.append(" ")
            pending.extend(gt)
            pw += w
    for text, starts in segs:
        if starts:
            if pending and not nospread[0]:
                flush(True)
            if not pending:
                cap = float(width) - 2
        for t in tokens(text):
            w = em(t)
            if pw + w <= cap or not pending:
                pending.append(t)
                pw += w
                continue
            if t in CLOSE and pw + w <= cap + 1 and rng.random() < 0.5:   # hanging punctuation
                pending.append(t)
                pw += w
                continue
            carry = []
            if t in CLOSE and len(pending) > 3 and pending[-1] not in CLOSE:
                carry = [pending.pop()]                                   # push a glyph down
            while len(pending) > 3 and pending[-1] in OPEN:
                carry.insert(0, pending.pop())
            pw = sum(em(x) for x in pending)
            flush(False)
            cap = float(width)
            pending = carry + [t]
            pw = sum(em(x) for x in pending)
    flush(True)
    return lines


# ------------------------------------------------------------- the page ---
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.src = parse_source(path)
        self.p = self.src["page"]
        self.rng = random.Random(path.name)
        self.st = Stats()
        self.punct = self.p.get("punct", "full")
        self.layout = self.p["layout"]
        self.arts = {}
        for a in self.src["articles"]:
            self.arts[a["id"]] = a
            self.prep(a)

    # -- article preparation ------------------------------------------------
    def cv(self, s):
        return convert_punct(s or "", self.punct)

    def prep(self, a):
        m = a["meta"]
        a["numsp"] = m.get("numsp") or self.rng.choice(["both", "both", "before", "none"])
        a["width"] = float(m.get("width") or 16)
        paras, subheads = [], []
        pieces = [[]]                      # piece -> list of (text, starts_para)
        for raw in a["text"]:
            raw = self.cv(raw)
            if raw.startswith("## "):
                h = raw[3:].strip()
                subheads.append(h)
                paras.append(h)
                pieces[-1].append(("##" + h, True, False))
                continue
            clean = CUT.sub("", raw).replace("^", "")
            paras.append(squash(clean))
            parts = CUT.split(raw)
            # CUT.split yields text, type, text, type ...
            texts, types = parts[0::2], parts[1::2]
            for i, t in enumerate(texts):
                if i > 0:
                    pieces.append([])
                    a.setdefault("cut_types", {})[len(pieces) - 1] = types[i - 1] or "s"
                sub = t.split("^")
                for j, u in enumerate(sub):
                    if j > 0:
                        self.st.add("paragraph split by a column break, nothing between")
                    pieces[-1].append((u, i == 0 and j == 0, j > 0))
        a["pieces"] = pieces
        a["paras"] = paras
        a["subheads"] = subheads
        title = self.cv(m.get("title", ""))
        a["gold"] = {
            "kind": a["kind"],
            "column": self.cv(m.get("column", "")),
            "kicker": self.cv(m.get("kicker", "")).replace("/", ""),
            "title": title.replace("/", ""),
            "subtitle": self.cv(m.get("subtitle", "")).replace("/", ""),
            "byline": re.sub(r"\s*/\s*", " ", self.cv(m.get("byline", ""))).strip(),
            "dateline": re.sub(r"\s*/\s*", lambda x: "" if x.group() == "/" else " ", self.cv(m.get("dateline", ""))),
            "continued": self.cv(m.get("continued", "")),
            "subheads": subheads,
            "paragraphs": paras,
        }
        a["gold"]["dateline"] = re.sub(r"\s+", " ", a["gold"]["dateline"]).strip()
        a["lines_cache"] = {}

    # -- rendering pieces ---------------------------------------------------
    def dateline_groups(self, a):
        d = self.cv(a["meta"].get("dateline", ""))
        if not d:
            return None
        return d

    def render_piece(self, a, n):
        if n in a["lines_cache"]:
            return a["lines_cache"][n]
        if n == "all":
            segs = [seg for p in a["pieces"] for seg in p]
        else:
            segs = a["pieces"][n]
        rng, st = self.rng, self.st
        out = []
        dl = self.dateline_groups(a) if n in (0, "all") else None
        if self.layout == "column":
            blocks = []     # list of (kind, content)
            cur = []
            for text, starts, colbreak in segs:
                if text.startswith("##"):
                    blocks.append(("seg", cur)); cur = []
                    blocks.append(("sub", text[2:]))
                    continue
                cur.append((text, starts))
            blocks.append(("seg", cur))
            first = True
            for kind, content in blocks:
                if kind == "sub":
                    out.append(content)
                    continue
                if not content and not (first and dl):
                    continue
                groups = None
                if first and dl:
                    groups = self.dl_groups(dl)
                    if groups and groups[0].startswith("湖南日报") and rng.random() < 0.5:
                        groups[0] = self.space_date(groups[0])
                    if rng.random() < 0.35 and not dl.startswith("新华社"):
                        pass
                out.extend(set_column(content, a["width"], rng, st, a["numsp"], groups))
                first = False
        else:
            buf, prefix_only = None, False
            if dl and not a["meta"].get("dlbreak"):
                dl = a["gold"]["dateline"]
            if dl:
                parts = dl.split("/")
                for p in parts[:-1]:
                    out.append(p.strip())
                    st.add("line break inside a dateline")
                buf, prefix_only = parts[-1].strip(), True
            for text, starts, colbreak in segs:
                if text.startswith("##"):
                    if buf:
                        out.append(buf)
                    buf, prefix_only = None, False
                    out.append(text[2:])
                    continue
                if buf is not None and (starts or colbreak) and not prefix_only:
                    out.append(buf)
                    buf = None
                buf = (buf or "") + text
                prefix_only = False
            if buf:
                out.append(buf)
        a["lines_cache"][n] = out
        return out

    def dl_groups(self, dl):
        """Dateline as unbreakable groups; '/' forces a break."""
        groups = []
        forced = dl.split("/")
        for k, part in enumerate(forced):
            gs = part.strip().split(" ")
            groups.extend(gs)
            if k < len(forced) - 1:
                groups.append("\n")
        return groups

    def space_date(self, g):
        self.st.add("space around a number run")
        return " " + re.sub(r"(\d+[月日])", r" \1", g)

    # -- headline blocks ----------------------------------------------------
    def head_lines(self, a, style):
        m, st = a["meta"], self.st
        parts = []
        for key in ("kicker", "title", "subtitle"):
            v = self.cv(m.get(key, ""))
            if v:
                parts.append((key, v))
        if not parts:
            return []
        if style == "one":
            st.add("headline stack printed on one line")
            return [" ".join(v.replace("/", "") for _, v in parts)]
        lines = []
        for key, v in parts:
            if key == "title" and style == "double":
                t = v.replace("/", "")
                lines.append(t + " " + t)
                st.add("headline doubled on one line")
                continue
            if "/" in v:
                st.add("headline line broken, last word alone")
            lines.append(v.replace("/", "\n"))
            if key == "title" and style == "twice":
                lines.append(v.replace("/", "\n"))
                st.add("headline printed as two identical lines")
        return lines

    # -- layout ----------------------------------------------------------------
    def build(self):
        rng, st = self.rng, self.st
        blocks = []
        extras, dups = [], []
        for item in self.src["layout"]:
            op, _, rest = item.partition(" ")
            args = rest.split(" ") if rest else []
            if op == "top":
                blocks.append("")
            elif op == "mast":
                pieces = [p for p in rest.split("|")]
                extras.append("".join(squash(p) for p in pieces))
                st.add("masthead piece", len(pieces))
                st.add("masthead pieces merged on one line", sum(1 for p in pieces if " " in p.strip()))
                sep = ["\n\n", "\n"]
                txt = pieces[0]
                for p in pieces[1:]:
                    txt += rng.choice(sep) + p
                blocks.append(txt)
            elif op == "box":
                pieces = rest.split("|")
                extras.append("".join(squash(self.cv(p)) for p in pieces))
                st.add("box line (countdown, code prompt)", len(pieces))
                blocks.append("\n\n".join(self.cv(p) for p in pieces))
            elif op == "head":
                a = self.arts[args[0]]
                style = args[1] if len(args) > 1 else "lines"
                hl = self.head_lines(a, style)
                if hl:
                    joiner = "\n" if (style != "lines" or rng.random() < 0.3) else "\n\n"
                    blocks.append(joiner.join(hl))
                    if style == "double":
                        dups.append(squash(a["gold"]["title"]))
                    if style == "twice":
                        dups.append(squash(a["gold"]["title"]))
                    if a.get("_body_seen"):
                        st.add("headline printed after its body")
            elif op == "heads":
                st.add("headlines bunched with other stories' headlines")
                group = []
                for aid in args:
                    a = self.arts[aid]
                    group.append("\n".join(self.head_lines(a, "lines")))
                    if a.get("_body_seen"):
                        st.add("headline printed after its body")
                    by = a["meta"].get("headby")
                    if by:
                        group.append(self.cv(a["meta"]["byline"]))
                blocks.append("\n\n".join(group))
            elif op == "col":
                a = self.arts[args[0]]
                blocks.append(self.cv(a["meta"]["column"]))
                st.add("column label on its own line")
            elif op == "by":
                a = self.arts[args[0]]
                b = self.cv(a["meta"]["byline"])
                if "/" in b:
                    st.add("line break inside a byline")
                    if re.search(r"/\s*通讯员", b):
                        st.add("line break before 通讯员")
                blocks.append("\n".join(x.strip() for x in b.split("/")))
            elif op == "body":
                a = self.arts[args[0]]
                a["_body_seen"] = True
                sel = args[1] if len(args) > 1 and not args[1].startswith("dup") else "*"
                dup = None
                for x in args[1:]:
                    if x.startswith("dup="):
                        dup = int(x[4:])
                if sel == "*" and self.layout == "column":
                    ns = ["all"]
                elif sel == "*":
                    ns = list(range(len(a["pieces"])))
                elif "-" in sel:
                    lo, hi = sel.split("-")
                    ns = list(range(int(lo), int(hi) + 1))
                else:
                    ns = [int(sel)]
                k = -1
                for n in ns:
                    if n not in ("all", 0) and n in a.get("cut_types", {}):
                        st.add("story cut " + CUT_NAMES[a["cut_types"][n]])
                    lines = self.render_piece(a, n)
                    for ln in lines:
                        k += 1
                        blocks.append(ln)
                        if dup is not None and k == dup:
                            blocks.append(ln)
                            dups.append(squash(ln))
                            st.add("line printed twice")
            elif op == "again":
                a = self.arts[args[0]]
                ln = self.render_piece(a, int(args[1]))[int(args[2])]
                blocks.append(ln)
                dups.append(squash(ln))
                st.add("line printed twice")
            elif op == "photo":
                a = self.arts[args[0]]
                how = args[1] if len(args) > 1 else "inline"
                title = self.cv(a["meta"].get("title", ""))
                if title:
                    blocks.append(title)
                cred = self.cv(a["meta"].get("byline", "")).replace("/", "")
                caps = [self.cv(CUT.sub("", t)) for t in a["text"]]
                if self.layout == "column" and a["meta"].get("wide"):
                    wide = int(a["meta"]["wide"])
                    lines = []
                    for c in caps:
                        lines.extend(set_column([(c, False)], wide, rng, st, "before"))
                    caps = lines
                st.add("photo caption")
                if how == "inline":
                    caps[-1] = caps[-1] + (" " if self.punct != "half" or rng.random() < 0.5 else "  ") + cred
                    blocks.extend(caps)
                elif how == "right":
                    blocks.extend(caps)
                    blocks.append(" " * rng.randint(18, 30) + cred)
                    st.add("credit right-aligned on its own line")
                else:
                    blocks.extend(caps)
                    blocks.append(cred)
            elif op == "mark":
                blocks.append(self.cv(rest))
                st.add("jump marker")
            elif op == "markin":          # marker glued to the first body line
                a = self.arts[args[0]]
                a["_body_seen"] = True
                ns = ["all"] if self.layout == "column" else list(range(len(a["pieces"])))
                lines = [ln for n in ns for ln in self.render_piece(a, n)]
                mk = self.cv(rest.split(" ", 1)[1])
                lines[0] = mk + lines[0]
                blocks.extend(lines)
                st.add("jump marker")
            elif op == "blank":
                blocks.append("")
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {op!r}")
        text = "\n\n".join(blocks) + "\n"
        text = re.sub(r"\n{5,}", "\n\n\n\n", text)
        self.text = text
        self.extras = extras
        self.dups = dups
        return text

    def gold(self, fname):
        p = self.p
        arts = [a["gold"] for a in self.src["articles"]]
        return {
            "source": fname,
            "issue_date": p["date"],
            "issue_number": p.get("issue") or None,
            "page_count": int(p["pagecount"]) if p.get("pagecount") else None,
            "articles": [{k: g[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                            "dateline", "continued", "subheads", "paragraphs")} for g in arts],
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build_all():
    """Returns {relative path: bytes} for everything compose writes, plus page info."""
    files, info, total = {}, [], Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        pg = Page(sp)
        text = pg.build()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{pg.p['name']}_{h}"
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        g = pg.gold(name + ".txt")
        files[f"gold/{name}.json"] = (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(pg.st.c)
        info.append({"file": name + ".txt", "date": pg.p["date"], "page": pg.p.get("pageno", ""),
                     "layout": pg.layout, "punct": pg.punct, "articles": len(g["articles"]),
                     "chars": len(squash(text)), "subjects": pg.p.get("subjects", ""),
                     "kinds": Counter(a["kind"] for a in g["articles"])})
    files["README.md"] = readme(info, total).encode("utf-8")
    return files, info, total


PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width ()", "half": "half-width , ( ) ; :"}


def readme(info, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in info:
        prow.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {PUNCT_NAMES[r['punct']]} | "
                    f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, info, total = build_all()
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(info)} pages, {sum(r['articles'] for r in info)} articles")


if __name__ == "__main__":
    main()
