#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page texts (pages/),
their gold annotations (gold/) and README.md (from README.in).

    python3 compose.py

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
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

OPEN = set("（《“‘「『〈([")
CLOSE = set("，。、；：？！）》”’」』〉,.;:?!)]%")
PUNCT = set("，。、；：？！（）《》“”‘’「」『』〈〉·,;:?!()[]")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/\-]+")
LONG = ("……", "——")

# punctuation width styles (see README): full, mixed, half
HALF_MIXED = {"（": "(", "）": ")"}
HALF_ALL = {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"}


def punct_style(s: str, style: str) -> str:
    table = {"full": {}, "mixed": HALF_MIXED, "half": HALF_ALL}[style]
    for a, b in table.items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- source --
class Article:
    def __init__(self, key):
        self.key = key
        self.f = {"kind": "news", "column": "", "kicker": "", "title": "", "subtitle": "",
                  "byline": "", "dateline": "", "continued": ""}
        self.opt = {}
        self.paras = []        # list of (text_with_cuts, is_subhead)
        self.chunks = None     # body chunks (list of list of (text, starts_para, is_first))
        self.next_chunk = 0
        self.last_lines = []
        self.dl_gold = None


def parse_source(path: Path):
    page, arts, layout = {}, {}, []
    cur, section = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith(";;"):
            continue
        if line.startswith("@page"):
            section = "page"
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if line.startswith("@a "):
            section = "art"
            cur = Article(line[3:].strip())
            arts[cur.key] = cur
            continue
        if section == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif section == "art":
            if line.startswith("> "):
                cur.paras.append((despace(line[2:]), False))
            elif line.startswith("# "):
                cur.paras.append((despace(line[2:]), True))
            else:
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k in cur.f:
                    cur.f[k] = v
                else:
                    cur.opt[k] = v
        elif section == "layout":
            layout.append(line.strip())
    return page, arts, layout


def despace(s: str) -> str:
    """source paragraphs may be typed with spaces; the gold has none
    (except between two Latin letters)."""
    return re.sub(r"(?<![A-Za-z]) | (?![A-Za-z])", "", s.strip())


def clean(s: str) -> str:
    """gold form of a headline part / field: drop break marks."""
    s = s.replace("^^", "").replace("^", "")
    return re.sub(r"  +", " ", s).strip()


def split_chunks(art: Article):
    """Body chunks: the paragraph stream cut at every '¦'."""
    chunks, cur = [], []
    for pi, (text, sub) in enumerate(art.paras):
        pieces = text.split("¦")
        for j, piece in enumerate(pieces):
            if j > 0:
                chunks.append(cur)
                cur = []
            if piece:
                lead = all(not x for x in pieces[:j])
                cur.append({"text": piece, "para_start": lead, "first": pi == 0 and lead})
    chunks.append(cur)
    art.chunks = chunks


# ---------------------------------------------------------- column layout --
def units_of(text: str):
    """Units of a text line for justification: (text, kind)."""
    out, i = [], 0
    while i < len(text):
        if text[i:i + 2] in LONG:
            out.append((text[i:i + 2], "l"))
            i += 2
            continue
        m = ASCII_RUN.match(text, i)
        if m:
            out.append((m.group(0), "n"))
            i = m.end()
            continue
        ch = text[i]
        if ch == " ":
            i += 1
            continue
        out.append((ch, "p" if ch in PUNCT else "c"))
        i += 1
    return out


def uwidth(u, prev):
    t, k = u
    if k == "n":
        return 0.5 * len(t)
    if k == "l":
        return 2.0
    if k == "w":
        return sum(uwidth(x, None) for x in units_of(t))
    if k == "p":
        return 0.5 if prev is not None and prev[1] == "p" else 1.0
    return 1.0


def wrap(units, cap_first, cap):
    """Greedy fill with hanging closing punctuation and no opening
    punctuation at a line end. Returns [(units, width, cap, last)]."""
    lines, line, w, c = [], [], 0.0, cap_first
    for u in units:
        if u[1] == "brk":
            lines.append((line, w, c, False, True))
            line, w, c = [], 0.0, cap
            continue
        uw = uwidth(u, line[-1] if line else None)
        if w + uw <= c or not line:
            line.append(u)
            w += uw
            continue
        if u[1] == "p" and u[0] in CLOSE and w + uw <= c + 1:
            line.append(u)
            w += uw
            continue
        carry = []
        if u[1] == "p" and u[0] in CLOSE:
            # a closing mark may not start a line: push the last unit down with it
            while line and line[-1][1] == "p" and line[-1][0] in CLOSE:
                carry.insert(0, line.pop())
            if line:
                carry.insert(0, line.pop())
        while line and line[-1][1] == "p" and line[-1][0] in OPEN:
            carry.insert(0, line.pop())
        w2 = 0.0
        for i, x in enumerate(line):
            w2 += uwidth(x, line[i - 1] if i else None)
        lines.append((line, w2, c, False, False))
        line = carry + [u]
        w = 0.0
        for i, x in enumerate(line):
            w += uwidth(x, line[i - 1] if i else None)
        c = cap
    lines.append((line, w, c, True, False))
    return lines


def render_plain(us, numsp, rng, gap):
    s = ""
    for i, (t, k) in enumerate(us):
        prev = us[i - 1] if i else None
        if k == "w":
            s += (" " if i else "") + t
            continue
        if k == "n" and prev is not None and prev[1] in "cw" and numsp in ("before", "both"):
            s += " "
        if prev is not None and prev[1] == "n" and k == "c" and numsp == "both":
            s += " "
        if k == "p" and t in "、" and prev is not None and prev[1] in "cn" and rng.random() < gap:
            s += " "
        if k == "p" and t == "%" and rng.random() < gap:
            s += " "
        s += t
        if k == "p" and t in "“‘" and i + 1 < len(us) and rng.random() < gap:
            s += " "
    return s


def render_spread(us):
    s = ""
    for i, (t, k) in enumerate(us):
        if i:
            a, b = us[i - 1], (t, k)
            no = (a[1] == "p" and a[0] not in "“‘") or (b[1] == "p" and b[0] in "“‘《（》）")
            if not no:
                s += " "
        s += t
    return s


def dateline_units(dl: str):
    """Dateline as unbreakable words; '^' forces a break."""
    us = []
    for part in re.split(r"(\^)", dl):
        if part == "^":
            us.append(("", "brk"))
            continue
        for word in part.split(" "):
            if word:
                us.append((word, "w"))
    return us


# ----------------------------------------------------------------- layout --
class Page:
    def __init__(self, name, page, arts, layout):
        self.name = name
        self.page = page
        self.arts = arts
        self.layout = layout
        self.rng = random.Random(name)
        self.units = []          # output units, joined by "\n\n"
        self.extras = []
        self.dups = []
        self.stats = Counter()
        self.style = page.get("punct", "full")
        self.col = page["layout"] == "column"

    def P(self, s):
        return punct_style(s, self.style)

    def add(self, text):
        self.units.append(text)

    # headline stacks -----------------------------------------------------
    def part_raw(self, a, letter):
        m = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}[letter]
        return self.P(a.f[m])

    def head(self, key, pattern):
        a = self.arts[key]
        seen = Counter()
        blocks = []
        lead = ""
        if pattern.startswith("_"):
            lead, pattern = " ", pattern[1:]
        for block in pattern.split("|"):
            lines = []
            for ln in block.split("/"):
                parts = []
                for letter in ln.split("+"):
                    seen[letter] += 1
                    txt = self.part_raw(a, letter)
                    if seen[letter] > 1:
                        self.dups.append(clean(txt))
                        self.stats["headline drawn twice"] += 1
                    parts.append(txt)
                lines.append(" ".join(parts))
            blk = "\n".join(lines)
            if "^" in blk:
                self.stats["headline/byline broken inside"] += 1
            blk = blk.replace(" ^^", "\n\n").replace("^^", "\n\n").replace(" ^", "\n").replace("^", "\n")
            blocks.extend(blk.split("\n\n"))
        if len(pattern.replace("|", "/").split("/")) > 1 and "/" in pattern:
            self.stats["headline lines joined by single newline"] += 1
        if " " in pattern.replace("+", " ") or "+" in pattern:
            pass
        if "+" in pattern:
            self.stats["headline parts on one line"] += 1
        blocks[0] = lead + blocks[0]
        if lead:
            self.stats["leading space on a line"] += 1
        for b in blocks:
            self.add(b)

    # body ---------------------------------------------------------------
    def body(self, key, opts):
        a = self.arts[key]
        if a.chunks is None:
            split_chunks(a)
        chunk = a.chunks[a.next_chunk]
        a.next_chunk += 1
        prefix = opts.get("mark", "")
        if prefix:
            self.extras.append(prefix)
            self.stats["jump marker"] += 1
        lines = self.body_col(a, chunk, prefix) if self.col else self.body_para(a, chunk, prefix)
        a.last_lines = lines
        for ln in lines:
            self.add(ln)

    def body_para(self, a, chunk, prefix):
        out = []
        for piece in chunk:
            txt = self.P(piece["text"])
            if piece["first"] and a.f["dateline"]:
                dl = self.P(a.f["dateline"])
                a.dl_gold = clean(dl)
                txt = dl.replace("^", "") + txt
            if prefix:
                txt = prefix + txt
                prefix = ""
            out.append(txt)
        if chunk and not chunk[-1]["text"].endswith(tuple("。！？”…")):
            self.stats["paragraph cut"] += 1
        return out

    def body_col(self, a, chunk, prefix):
        W = float(a.opt.get("width", self.page.get("width", "17")))
        numsp = a.opt.get("numsp", self.page.get("numsp", "both"))
        gap = float(a.opt.get("gap", self.page.get("gap", "0.06")))
        out = []
        for piece in chunk:
            us = units_of(self.P(piece["text"]))
            indent = 2 if piece["para_start"] else 0
            if piece["first"] and a.f["dateline"]:
                dl = self.P(a.f["dateline"])
                dus = dateline_units(dl)
                if a.opt.get("dlsep"):
                    dls = wrap(dus, W, W)
                    dlines = [render_plain(l[0], numsp, self.rng, 0) for l in dls]
                    a.dl_gold = "".join(" ".join(x[0] for x in l[0]) for l in dls)
                    out.extend(dlines)
                    indent = 0
                else:
                    us = dus + [("", "brk0")] + us
                    indent = 2
            if piece["first"] and a.f["dateline"] and not a.opt.get("dlsep"):
                dl_part = us[:us.index(("", "brk0"))]
                us = [u for u in us if u[1] != "brk0"]
            lines = wrap(us, W - indent, W)
            if piece["first"] and a.f["dateline"] and not a.opt.get("dlsep"):
                # gold dateline: the printed words, joined across line breaks
                g, n = [], 0
                for (lu, _, _, _, _) in lines:
                    ws = [t for t, k in lu if k == "w"]
                    if ws:
                        g.append(" ".join(ws))
                a.dl_gold = "".join(g)
                if len(g) > 1:
                    self.stats["line break inside a dateline"] += 1
            for (lu, w, c, last, forced) in lines:
                if not lu:
                    continue
                if (not last and not forced and c - w >= 1 and all(k != "w" for _, k in lu)):
                    s = render_spread(lu)
                    self.stats["justified line spread with spaces"] += 1
                else:
                    s = render_plain(lu, numsp, self.rng, gap)
                if prefix:
                    s = prefix + s
                    prefix = ""
                out.append(s)
        if chunk and not chunk[-1]["text"].endswith(tuple("。！？”…")):
            self.stats["paragraph cut"] += 1
        if any(re.search(r"[\u4e00-\u9fff] [0-9]", x) for x in out):
            self.stats["lines with spaces around number runs"] += sum(
                1 for x in out if re.search(r"[\u4e00-\u9fff] [0-9]", x))
        return out

    # photos -------------------------------------------------------------
    def photo(self, key, how):
        a = self.arts[key]
        split_chunks(a)
        a.next_chunk = len(a.chunks)
        cap = self.P(a.paras[0][0])
        credit = self.P(a.f["byline"]).replace(" ^", "\n").replace("^", "\n")
        title = self.P(a.f["title"])
        self.stats["photo / picture"] += 1
        if not self.col:
            self.units[-1:] = [self.units[-1] + "\n" * int(a.opt.get("pre", "2"))] if self.units else []
        if title:
            self.add(title)
        if how == "inline":
            self.add(cap + (" " + credit if credit else ""))
        elif how == "own":
            self.add(cap)
            if credit:
                self.add(credit)
        elif how == "right":
            self.add(cap)
            self.add(" " * 24 + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif how.startswith("wrap"):
            n = int(how[4:] or 44)
            txt = cap + (" " + credit if credit else "")
            cur, parts = "", []
            for ch in txt:
                cur += ch
                if len(cur) >= n:
                    parts.append(cur)
                    cur = ""
            if cur:
                parts.append(cur)
            for p in parts:
                self.add(p)

    # the layout script ---------------------------------------------------
    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            args = rest.split(" ") if rest else []
            if op == "mast":
                for blk in rest.split("|"):
                    self.add(blk.replace("/", "\n"))
                self.extras.append(rest.replace("|", "").replace("/", ""))
                self.stats["masthead pieces"] += rest.count("|") + rest.count("/") + 1
            elif op == "head":
                self.head(args[0], args[1])
            elif op == "body":
                opts = {}
                if "mark=" in rest:
                    opts["mark"] = rest.split("mark=", 1)[1]
                self.body(args[0], opts)
            elif op == "mark":
                txt = rest.split(" ", 1)[1]
                self.add(txt)
                self.extras.append(txt)
                self.stats["jump marker"] += 1
            elif op == "photo":
                self.photo(args[0], args[1] if len(args) > 1 else "inline")
            elif op == "extra":
                for blk in rest.split("|"):
                    self.add(blk.replace("/", "\n"))
                self.extras.append(rest.replace("|", "").replace("/", ""))
                self.stats["box / furniture line"] += 1
            elif op == "dup":
                a = self.arts[args[0]]
                n = int(args[1])
                ln = a.last_lines[n - 1]
                self.add(ln)
                self.dups.append(ln)
                self.stats["line printed twice"] += 1
            elif op == "blank":
                self.units[-1] += "\n" * int(args[0])
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        for a in self.arts.values():
            if a.chunks is None or a.next_chunk != len(a.chunks):
                raise SystemExit(f"{self.name}: article {a.key} body not fully laid out")
        if self.col:
            return " " + "\n\n".join(self.units) + "\n\n\n"
        return "\n\n" + "\n\n".join(self.units)


def gold_article(a: Article, style):
    f = {k: punct_style(clean(v), style) for k, v in a.f.items()}
    if a.dl_gold is not None:
        f["dateline"] = a.dl_gold
    f["dateline"] = re.sub(r"(?<=[^\s（(]) (?=[0-9])|(?<=[0-9]) (?=[\u4e00-\u9fff])", "", f["dateline"])
    f["continued"] = clean(a.f["continued"])
    paras = [punct_style(t.replace("¦", ""), style) for t, _ in a.paras]
    subs = [punct_style(t.replace("¦", ""), style) for t, s in a.paras if s]
    return {"kind": f["kind"], "column": f["column"], "kicker": f["kicker"], "title": f["title"],
            "subtitle": f["subtitle"], "byline": f["byline"], "dateline": f["dateline"],
            "continued": f["continued"], "subheads": subs, "paragraphs": paras}


def build():
    """Returns {relative path: text} for every generated file, plus page info."""
    files, infos = {}, []
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page, arts, layout = parse_source(src)
        pg = Page(src.name, page, arts, layout)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        order = page.get("order", "").split() or list(arts)
        golds = [gold_article(arts[k], pg.style) for k in order]
        issue = page.get("issue") or None
        gold = {"source": stem + ".txt", "issue_date": page["date"],
                "issue_number": issue, "page_count": int(page["pages"]) if page.get("pages") else None,
                "articles": golds, "extras": pg.extras, "duplicates": pg.dups}
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        infos.append({"stem": stem, "src": src.name, "page": page, "gold": gold,
                      "stats": pg.stats, "text": text})
    files["README.md"] = readme(infos)
    return files, infos


def readme(infos):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for inf in infos:
        total.update(inf["stats"])
    kinds = Counter(a["kind"] for inf in infos for a in inf["gold"]["articles"])
    rows = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        rows.append(f"| {k} | {v} |")
    for k, v in sorted(kinds.items()):
        rows.append(f"| articles of kind `{k}` | {v} |")
    rows.append(f"| articles with a column label | {sum(1 for i in infos for a in i['gold']['articles'] if a['column'])} |")
    rows.append(f"| articles with subheads (crossheads) | {sum(1 for i in infos for a in i['gold']['articles'] if a['subheads'])} |")
    rows.append(f"| articles without a printed headline | {sum(1 for i in infos for a in i['gold']['articles'] if not (a['kicker'] + a['title'] + a['subtitle']))} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for inf in infos:
        p = inf["page"]
        n = len(re.sub(r"\s", "", inf["text"]))
        prow.append(f"| {inf['stem']}.txt | {p['date']} | {p['page']} | {p['layout']} | {p.get('punct', 'full')} | "
                    f"{len(inf['gold']['articles'])} | {n} | {p.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, _ = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).glob("*"):
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
