#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw page files (pages/), their gold
annotations (gold/) and README.md (from README.in).

    python3 compose.py          # writes pages/, gold/, README.md
    DEBUG=1 python3 compose.py  # also prints each page with line numbers

Standard library only. Every choice that is not written in a source is drawn
from random.Random(<source file name>), so the output is the same on every run.
See README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

OPEN = set("“‘（《〈「【")
CLOSE = set("，。、；：？！）》”’〉」】…%")
NOSTART = set("，。、；：？！）》”’〉」】")
NOSPACE_BEFORE = OPEN | set("》）")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/:,();×]+")
CJK = re.compile(r"[\u3400-\u9fff]")
CUT = re.compile(r"\|([vuwqnc])")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between"}

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ----------------------------------------------------------------- source
def parse_source(path: Path):
    page = OrderedDict()
    arts = OrderedDict()
    layout = []
    cur = None
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        if ln.startswith("[") and ln.rstrip().endswith("]"):
            name = ln.strip()[1:-1]
            if name == "layout":
                cur = "layout"
            elif name == "page":
                cur = "page"
            else:
                cur = OrderedDict(id=name, paras=[])
                arts[name] = cur
            continue
        if cur == "layout":
            layout.append(ln.rstrip())
            continue
        m = re.match(r"^([ps])\s+(?:=\s*)?(.*)$", ln) or re.match(r"^(\w+)\s*=\s*(.*)$", ln)
        if not m:
            raise SystemExit(f"{path.name}: cannot read {ln!r}")
        key, val = m.group(1), m.group(2).strip()
        if cur == "page":
            page[key] = val
        else:
            if key in ("p", "s"):
                cur["paras"].append((key, val))
            else:
                cur[key] = val
    return page, arts, layout


def punct(text: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if style == "full":
        return text
    text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


# ----------------------------------------------------------------- tokens
def tokens(text: str):
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and text[i] not in "(),;:":
            # keep half-width punctuation apart from number runs
            run = re.match(r"[0-9A-Za-z.%+\-/×]+", text[i:]).group(0)
            out.append(run)
            i += len(run)
            continue
        out.append(text[i])
        i += 1
    return out


def tw(tok: str) -> float:
    if tok == " ":
        return 0.5
    if len(tok) > 1 or tok.isascii():
        return 0.5 * len(tok)
    return 1.0


def is_num(tok):
    return len(tok) >= 1 and tok[0].isascii() and tok[0].isalnum()


def is_cjk(tok):
    return len(tok) == 1 and bool(CJK.match(tok))


# ----------------------------------------------------------------- page builder
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.page, self.arts, self.layout = parse_source(src)
        self.lay = self.page["layout"]
        self.style = self.page.get("punct", "full")
        self.lines = []          # (text, newlines_before)
        self.extras = []
        self.dups = []
        self.ph = Counter()      # phenomena
        self.printed_parts = Counter()
        self.body_printed = Counter()
        self.chunks = {}
        self.order = []          # article ids in gold order
        for a in self.arts.values():
            for f in FIELDS:
                a.setdefault(f, "")
            a.setdefault("kind", "news")
            for f in FIELDS + ("marker",):
                if a.get(f):
                    a[f] = punct(a[f], self.style)
            a["paras"] = [(k, punct(v, self.style)) for k, v in a["paras"]]
            self.chunks[a["id"]] = self.render_body(a)

    # ---- body rendering --------------------------------------------------
    def render_body(self, a):
        """List of chunks; a chunk is a list of (printed line, clean line)."""
        paras = a["paras"]
        chunks = [[]]
        if self.lay == "para":
            first = True
            for kind, text in paras:
                pieces = CUT.split(text)
                segs = [pieces[0]] + pieces[2::2]
                kinds = pieces[1::2]
                for k in kinds:
                    self.ph[CUT_NAMES[k]] += 1
                for j, seg in enumerate(segs):
                    line = seg
                    if first and a["dateline"] and kind == "p":
                        line = a["dateline"].replace("/", "") + seg
                    first = False
                    if j > 0:
                        chunks.append([])
                    chunks[-1].append((line, line))
            return chunks
        width = float(a.get("width", self.page.get("width", "17")))
        numsp = a.get("numsp") or self.rng.choice(["both", "both", "before"])
        first = True
        for kind, text in paras:
            if kind == "s":
                chunks[-1].append((text, text))
                continue
            cuts = []
            clean = ""
            pieces = CUT.split(text)
            clean = pieces[0]
            for k, seg in zip(pieces[1::2], pieces[2::2]):
                cuts.append(len(clean))
                clean += seg
            lead = ""
            forced = []
            if first and a["dateline"]:
                dl = a["dateline"]
                # '/' in a dateline forces a line break there
                parts = dl.split("/")
                pos = 0
                lead = "".join(parts)
                for p in parts[:-1]:
                    pos += len(p)
                    # the scorer's coverage needs a dateline tail of 4+ characters
                    # when a line opens with it: move a late break earlier
                    brk = pos
                    while 0 < len(lead[brk:].replace(" ", "")) < 4 and brk > 0:
                        brk -= 1
                    forced.append(brk)
            first = False
            full = lead + clean
            cuts = [c + len(lead) for c in cuts]
            lines = self.wrap(full, width, forced, numsp, len(lead))
            for li, (printed, cleanline, endpos) in enumerate(lines):
                chunks[-1].append((printed, cleanline))
                if any(c <= endpos for c in cuts):
                    cuts = [c for c in cuts if c > endpos]
                    chunks.append([])
                    self.ph["column story cut at a column end, continued later"] += 1
        while chunks and not chunks[-1]:
            chunks.pop()
        return chunks

    def count_dateline_break(self, dl, pos):
        before, after = dl[:pos], dl[pos:]
        if "讯" not in before and "电" not in before:
            self.ph["line break inside a dateline's date"] += 1
        elif after.lstrip().startswith("通讯员"):
            self.ph["line break before 通讯员"] += 1
        elif before.endswith(" ") or after.startswith(" ") or before.endswith("（"):
            self.ph["line break between a byline's names"] += 1
        else:
            self.ph["line break inside a name in a dateline"] += 1

    def wrap(self, text, width, forced, numsp, leadlen=0):
        toks = tokens(text)
        starts, p = [], 0
        for t in toks:
            starts.append(p)
            p += len(t)
        starts.append(p)
        forced = set(forced)
        lines, cur, w = [], [], 0.0      # cur: token indices
        line_forced = []

        def close(is_forced):
            nonlocal cur, w
            lines.append(cur)
            line_forced.append(is_forced)
            cur, w = [], 0.0

        i = 0
        while i < len(toks):
            t = toks[i]
            if cur and starts[i] in forced:
                close(True)
            if t == " " and not cur:
                i += 1
                continue
            if cur and w + tw(t) > width + 1e-9:
                if t in NOSTART:
                    # punctuation may not start a line: hang it (at most two marks)
                    cur.append(i)
                    i += 1
                    if i < len(toks) and toks[i] in NOSTART:
                        cur.append(i)
                        i += 1
                    close(False)
                    continue
                carry = []
                while cur and toks[cur[-1]] in OPEN:
                    carry.insert(0, cur.pop())
                close(False)
                cur, w = carry, sum(tw(toks[x]) for x in carry)
                if t == " ":
                    i += 1
                    continue
            cur.append(i)
            w += tw(t)
            i += 1
        if cur:
            close(False)
        # a line must not open with a dateline tail of 1-3 characters (the
        # scorer's coverage looks for pieces of 4+): pull the break earlier
        for k in range(len(lines) - 1):
            while lines[k] and lines[k + 1]:
                p0 = starts[lines[k + 1][0]]
                rem = len(text[p0:leadlen].replace(" ", ""))
                if not 0 < rem < 4 or len(lines[k]) < 2:
                    break
                lines[k + 1].insert(0, lines[k].pop())
            while lines[k] and toks[lines[k][-1]] == " ":
                lines[k].pop()
        for k in range(len(lines) - 1):
            if lines[k + 1] and starts[lines[k + 1][0]] < leadlen:
                self.count_dateline_break(text[:leadlen], starts[lines[k + 1][0]])
        out = []
        for li, idx in enumerate(lines):
            while idx and toks[idx[-1]] == " ":
                idx.pop()
            toks_ = [toks[x] for x in idx]
            endpos = starts[idx[-1] + 1] if idx else 0
            clean = "".join(toks_)
            last = li == len(lines) - 1
            wsum = sum(tw(x) for x in toks_)
            npunct = sum(1 for x in toks_ if x in CLOSE or x in OPEN)
            justify = (not last and not line_forced[li]
                       and (wsum <= width - 1 or npunct >= 3 and wsum <= width + 0.5)
                       and " " not in toks_)
            if justify:
                s = toks_[0]
                for a_, b_ in zip(toks_, toks_[1:]):
                    if a_ in CLOSE - {"%"} or b_ in NOSPACE_BEFORE:
                        s += b_
                    else:
                        s += " " + b_
                self.ph["justified column line spread with spaces"] += 1
                out.append((s, clean, endpos))
                continue
            s = ""
            for j, t in enumerate(toks_):
                prev = toks_[j - 1] if j else ""
                if is_num(t) and prev and not (prev in CLOSE or prev in OPEN or prev == " "):
                    if numsp in ("both", "before"):
                        s += " "
                        self.ph["space around a number run"] += 1
                if len(t) > 1 and t.endswith("%") and self.rng.random() < 0.2:
                    t = t[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                if prev == "“" and is_cjk(t) and self.rng.random() < 0.08:
                    s += " "
                    self.ph["space after an opening quote"] += 1
                if t in ("，", "；") and prev and is_cjk(prev) and self.rng.random() < 0.02:
                    s += " "
                    self.ph["glyph-gap space before full-width punctuation"] += 1
                s += t
                if is_num(t) and numsp == "both" and j + 1 < len(toks_) and is_cjk(toks_[j + 1]):
                    s += " "
            out.append((s, clean, endpos))
        return out

    # ---- layout ----------------------------------------------------------
    def emit(self, text, nl):
        self.lines.append([text, nl])

    def head_text(self, a, part):
        key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline",
               "d": "continued"}[part]
        return a[key] if key != "continued" else a.get("marker", "")

    def do_head(self, a, spec, nl, append):
        out = []              # [text, tight]
        prev_sep = None
        for m in re.finditer(r"([ckstb])(\*2)?([,;+=]?)", spec):
            part, twice, sep = m.groups()
            txt = self.head_text(a, part)
            clean = txt.replace("/", "")
            self.printed_parts[(a["id"], part)] += 1
            if self.printed_parts[(a["id"], part)] > 1:
                self.dups.append(clean)
                self.ph["headline drawn twice (two identical lines)"] += 1
            if twice:
                self.dups.append(clean)
                self.ph["headline drawn twice (doubled on one line)"] += 1
                txt = clean + clean
            pieces = txt.split("/")
            if len(pieces) > 1:
                if len(pieces[-1]) <= 4:
                    self.ph["headline's last word alone on a line"] += 1
                else:
                    self.ph["headline broken over two lines"] += 1
            if prev_sep in ("+", "=") and out:
                out[-1][0] += (" " if prev_sep == "+" else "") + pieces[0]
                if prev_sep == "+":
                    self.ph["headline parts on one line joined by a space"] += 1
            else:
                out.append([pieces[0], prev_sep == ";"])
            for pc in pieces[1:]:
                out.append([pc, True])
            prev_sep = sep
        for k, (text, tight) in enumerate(out):
            if k == 0:
                if append:
                    self.lines[-1][0] += " " + text
                else:
                    self.emit(text, nl)
            else:
                self.emit(text, 1 if tight else 2)

    def run_layout(self):
        first_body_seen = set()
        last_cmd = None
        last_head = None
        last_body = None
        for raw in self.layout:
            cmd = raw.strip()
            nl = 2
            append = False
            while cmd and cmd[0] in "^~+":
                if cmd[0] == "^":
                    nl = 1
                    cmd = cmd[1:]
                elif cmd[0] == "+":
                    append = True
                    cmd = cmd[1:]
                else:
                    m = re.match(r"~(\d+)\s*", cmd)
                    nl = int(m.group(1)) + 1
                    cmd = cmd[m.end():]
            verb, _, rest = cmd.partition(" ")
            if verb == "head":
                aid, _, spec = rest.partition(" ")
                a = self.arts[aid]
                if aid in first_body_seen:
                    self.ph["headline printed after its body"] += 1
                if last_cmd == "head" and not append and last_head != aid:
                    self.ph["headline bunched with another story's headline"] += 1
                last_head = aid
                if append and last_cmd == "head":
                    self.ph["two stories' headlines on one line"] += 1
                self.do_head(a, spec or "k,t,s", nl, append)
            elif verb == "body":
                aid, _, rng_ = rest.partition(" ")
                chunks = self.chunks[aid]
                lo, hi = 0, len(chunks) - 1
                if rng_:
                    if "-" in rng_:
                        x, y = rng_.split("-")
                        lo = int(x)
                        hi = int(y) if y else len(chunks) - 1
                    else:
                        lo = hi = int(rng_)
                if lo > 0 and last_body not in (None, aid):
                    self.ph["story continued after a piece of another story"] += 1
                last_body = aid
                for ci in range(lo, hi + 1):
                    if (aid, ci) in self.body_printed:
                        raise SystemExit(f"{self.src.name}: chunk {aid}:{ci} printed twice")
                    self.body_printed[(aid, ci)] += 1
                    for k, (printed, _) in enumerate(chunks[ci]):
                        if append and ci == lo and k == 0:
                            self.lines[-1][0] += " " + printed
                        else:
                            self.emit(printed, nl if (ci == lo and k == 0) else 2)
                first_body_seen.add(aid)
            elif verb == "dupline":
                aid, ci, li = rest.split()
                printed, clean = self.chunks[aid][int(ci)][int(li)]
                self.emit(printed, nl)
                self.dups.append(clean)
                self.ph["body line printed twice"] += 1
            elif verb == "by":
                aid, _, how = rest.partition(" ")
                a = self.arts[aid]
                txt = a["byline"]
                if how == ">":
                    txt = " " * 24 + txt
                    self.ph["credit right-aligned on a line of its own"] += 1
                parts = txt.split("/")
                if len(parts) > 1:
                    self.ph["line break inside a feature byline"] += 1
                if append:
                    self.lines[-1][0] += " " + parts[0]
                else:
                    self.emit(parts[0], nl)
                for p in parts[1:]:
                    self.emit(p, 1)
            elif verb == "mark":
                a = self.arts[rest.strip()]
                self.emit(a["marker"], nl)
                self.ph["jump marker"] += 1
            elif verb in ("x", "xx"):
                text = punct(rest, self.style)
                self.ph["page-furniture line (masthead piece, box line)"] += 1
                if nl == 1:
                    self.ph["furniture pieces broken without a blank line"] += 1
                if " " in text:
                    self.ph["furniture pieces merged on one line"] += 1
                if append:
                    self.lines[-1][0] += " " + text
                else:
                    self.emit(text, nl)
                if verb == "x":
                    self.extras.append(text.replace(" ", ""))
                else:
                    self.extras[-1] += text.replace(" ", "")
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {raw!r}")
            last_cmd = verb
        for aid, chunks in self.chunks.items():
            for ci in range(len(chunks)):
                if (aid, ci) not in self.body_printed:
                    raise SystemExit(f"{self.src.name}: chunk {aid}:{ci} never printed")

    # ---- output ----------------------------------------------------------
    def text(self):
        out = []
        for k, (t, nl) in enumerate(self.lines):
            if k == 0:
                out.append((" " + t) if self.lay == "column" else "\n\n" + t)
            else:
                out.append("\n" * nl + t)
        s = "".join(out)
        s += "\n\n\n" if self.lay == "column" else ""
        return s

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras, subs = [], []
            for kind, text in a["paras"]:
                clean = CUT.sub("", text)
                if kind == "s":
                    subs.append(clean)
                paras.append(clean)
            g = OrderedDict()
            g["kind"] = a["kind"]
            for f in FIELDS:
                g[f] = a[f].replace("/", "")
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        d = OrderedDict()
        d["source"] = fname
        d["issue_date"] = self.page["date"]
        d["issue_number"] = self.page.get("issue") or None
        d["page_count"] = int(self.page["pages"]) if self.page.get("pages") else None
        d["articles"] = arts
        d["extras"] = self.extras
        d["duplicates"] = self.dups
        return d


def build():
    """Return {relative path: content} for everything compose writes, plus page records."""
    files, records = {}, []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        pg.run_layout()
        text = pg.text()
        no = pg.page["no"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{no}_{h}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        records.append(dict(name=name, page=pg, gold=gold, text=text))
    files["README.md"] = readme(records)
    return files, records


def readme(records):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for r in records:
        total.update(r["page"].ph)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0])):
        rows.append(f"| {k} | {v} |")
    more = Counter()
    for r in records:
        g = r["gold"]
        more["extras entries (masthead, boxes)"] += len(g["extras"])
        more["duplicates entries"] += len(g["duplicates"])
        for a in g["articles"]:
            if a["continued"]:
                more["articles with a jump (continued)"] += 1
            if a["column"]:
                more["articles with a column label"] += 1
            if a["subheads"]:
                more["articles with crossheads"] += 1
            if a["kind"] == "photo":
                more["photo articles"] += 1
            if not a["title"]:
                more["articles printing no title"] += 1
    for k, v in sorted(more.items()):
        rows.append(f"| {k} | {v} |")
    prows = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---:|---|---|---:|---:|---|"]
    for r in records:
        pg = r["page"]
        nchar = len(re.sub(r"\s", "", r["text"]))
        prows.append(f"| {r['name']}.txt | {pg.page['date']} | {pg.page['page']} | {pg.lay} | "
                     f"{pg.style} | {len(r['gold']['articles'])} | {nchar} | {pg.page.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prows))


def main():
    files, records = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    if os.environ.get("DEBUG"):
        for r in records:
            if os.environ["DEBUG"] not in ("1", r["name"][:3]):
                continue
            print("=" * 20, r["name"])
            for k, (t, nl) in enumerate(r["page"].lines):
                print(f"{k:4d}{'^' if nl == 1 else ' '} {t}")
    print(f"composed {len(records)} pages")


if __name__ == "__main__":
    main()
