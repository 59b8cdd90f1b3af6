#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
their gold annotations (gold/) and README.md (from README.in).

Standard library only.  Every random choice comes from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.

    python3 compose.py
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSING = set("，。、；：？！”’）》…%,.;:?!)")
OPENING = set("“‘（《(")
PUNCT = CLOSING | OPENING | set("—·")
QUOTES = set("“”‘’")
BRACKETS = set("（）《》()")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×]+")
CUT = re.compile(r"‖(?:\{([a-z\-]+)\})?")
WEEKDAYS = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()

PHEN = Counter()          # phenomena over the whole set
PAGE_PHEN = {}            # per page


def note(key, n=1):
    PHEN[key] += n
    CUR[key] += n


CUR = Counter()


# --------------------------------------------------------------------------- source
def parse(path: Path):
    page, arts, layout = {}, OrderedDict(), []
    cur, in_text = None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line.strip())
        if m:
            name = m.group(1)
            in_text = False
            if name == "page":
                cur = page
            elif name == "layout":
                cur = None
            else:
                cur = arts[name] = {"id": name, "paras": []}
            section = name
            continue
        if section == "layout":
            layout.append(line.strip())
            continue
        if in_text:
            cur["paras"].append(line.strip())
            continue
        if line.strip() == ">":
            in_text = True
            continue
        k, _, v = line.partition("=")
        cur[k.strip()] = v.strip()
    return page, arts, layout


# --------------------------------------------------------------------------- text helpers
def punct_style(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a headline/byline/dateline field: no layout marks, single spaces."""
    s = s.replace("//", " ").replace("/", "")
    return re.sub(r"\s+", " ", s).strip()


def squash_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def tokens(s: str, group_names=False):
    """Split text into layout tokens: a run of ASCII, a CJK char, a punct mark.
    Spaces become ' ' tokens (kept only inside datelines)."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        m = ASCII_RUN.match(s, i)
        if m and m.group(0) not in ("/",):
            out.append(m.group(0))
            i = m.end()
            continue
        if c == " ":
            if group_names:
                j = i + 1
                while j < len(s) and is_cjk(s[j]):
                    j += 1
                if 2 <= j - i - 1 <= 4 and (j >= len(s) or s[j] in " ）)"):
                    out.append(" ")
                    out.append(s[i + 1:j])
                    i = j
                    continue
            out.append(" ")
            i += 1
            continue
        out.append(c)
        i += 1
    return out


def tok_width(t: str) -> float:
    if t == " ":
        return 0.0
    if t == "\n":
        return 0.0
    if t[0] in PUNCT and len(t) == 1:
        return 0.5
    if t.isascii():
        return 0.5 * len(t)
    return float(len(t))


def wrap(toks, first_cap, cap, rnd=None):
    """Greedy column wrap.  Returns list of (tokens, cap).  '\n' tokens force a break.
    Closing punctuation never starts a line: it hangs in the margin, or (with rnd,
    half of the time) the glyph before it is pushed down with it, which leaves
    the line short so that it is justified (spread)."""
    lines, line, w, c = [], [], 0.0, first_cap
    for t in toks:
        if rnd is not None and t in CLOSING and line and w + tok_width(t) > c \
                and len(line) > 4 and line[-1] not in PUNCT and line[-1] != " " \
                and rnd.random() < 0.5:
            last = line.pop()
            lines.append((line, c, False))
            line, w, c = [last], tok_width(last), cap

        if t == "\n":
            lines.append((line, c, True))
            line, w, c = [], 0.0, cap
            continue
        tw = tok_width(t)
        if t == " " and not line:
            continue
        if line and w + tw > c and not (t in CLOSING):
            # opening punctuation never ends a line
            carry = []
            while line and line[-1] in OPENING:
                carry.insert(0, line.pop())
            while line and line[-1] == " ":
                line.pop()
            lines.append((line, c, False))
            line = carry
            w = sum(tok_width(x) for x in line)
            c = cap
            if t == " ":
                continue
        line.append(t)
        w += tw
    if line:
        lines.append((line, c, True))
    return lines


class Painter:
    """Turns token lines into printed text with the PDF extraction artefacts."""

    def __init__(self, rnd: random.Random, layout: str):
        self.rnd, self.layout = rnd, layout

    def plain(self, toks):
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if t == " ":
                out.append(" ")
                continue
            if self.layout == "column" and t.isascii() and t[0].isdigit():
                if prev and prev != " " and (is_cjk(prev[-1])) and self.rnd.random() < 0.8:
                    out.append(" ")
                    note("space before a number run")
                body = t
                if body.endswith("%") and len(body) > 1 and self.rnd.random() < 0.12:
                    body = body[:-1] + " %"
                    note("glyph gap before %")
                out.append(body)
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt and nxt != " " and is_cjk(nxt[0]) and self.rnd.random() < 0.5:
                    out.append(" ")
                    note("space after a number run")
                continue
            if self.layout == "column" and t in "、，；" and prev and is_cjk(prev[-1]) \
                    and self.rnd.random() < 0.04:
                out.append(" ")
                note("glyph gap before full-width punctuation")
            out.append(t)
            if self.layout == "column" and t == "“" and i + 1 < len(toks) \
                    and self.rnd.random() < 0.12:
                out.append(" ")
                note("space after an opening quote")
        return re.sub(" +", " ", "".join(out)).strip(" ")

    def spread(self, toks):
        toks = [t for t in toks if t != " "]
        out = []
        for i, t in enumerate(toks):
            if i:
                prev = toks[i - 1]
                if prev in BRACKETS or t in BRACKETS:
                    gap = False
                elif prev in CLOSING and prev != "%":
                    gap = False
                elif t in OPENING:
                    gap = False
                else:
                    gap = True
                if gap:
                    out.append(" ")
            out.append(t)
        note("justified line spread with spaces")
        return "".join(out)


# --------------------------------------------------------------------------- page model
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta, self.arts, self.layout = parse(path)
        self.rnd = random.Random(path.name)
        self.style = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]
        self.painter = Painter(self.rnd, self.kind)
        self.out = []          # list of [text, sep_after]
        self.extras, self.dups = [], []
        self.prefix = ""
        for a in self.arts.values():
            self.prepare(a)

    # ---- article text -------------------------------------------------------
    def prepare(self, a):
        st = self.style
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            a[f] = punct_style(a.get(f, ""), st)
        paras, subheads, cuts = [], [], []
        for p in a["paras"]:
            p = punct_style(p, st)
            if p.startswith("## "):
                subheads.append(p[3:])
                p = p[3:]
            text, pos = "", 0
            for m in CUT.finditer(p):
                text += p[pos:m.start()]
                cuts.append((len(paras), len(text), m.group(1) or ""))
                pos = m.end()
            text += p[pos:]
            paras.append(text)
        a["text"], a["subheads"], a["cuts"] = paras, subheads, cuts

    def gold(self, a):
        return OrderedDict([
            ("kind", a.get("kind", "news")),
            ("column", clean(a["column"])),
            ("kicker", clean(a["kicker"])),
            ("title", clean(a["title"])),
            ("subtitle", clean(a["subtitle"])),
            ("byline", clean(a["byline"])),
            ("dateline", clean(a["dateline"])),
            ("continued", clean(a["continued"])),
            ("subheads", [clean(s) for s in a["subheads"]]),
            ("paragraphs", [squash_ws(p) for p in a["text"]]),
        ])

    def pos(self, a, spec):
        if spec == "start":
            return (0, 0)
        if spec == "end":
            return (len(a["text"]) - 1, len(a["text"][-1]))
        if spec[0] == "p":
            return (int(spec[1:]) - 1, 0)
        if spec[0] == "c":
            pi, off, tag = a["cuts"][int(spec[1:]) - 1]
            return (pi, off)
        raise ValueError(spec)

    def pieces(self, a, frm, to):
        """Paragraph fragments between two positions: (para index, text, starts para, ends para)."""
        (p0, o0), (p1, o1) = self.pos(a, frm), self.pos(a, to)
        res = []
        for pi in range(p0, p1 + 1):
            t = a["text"][pi]
            s = o0 if pi == p0 else 0
            e = o1 if pi == p1 else len(t)
            if pi == p1 and e == 0 and pi != p0:
                break
            res.append((pi, t[s:e], s == 0, e == len(t)))
        return res

    # ---- output helpers -----------------------------------------------------
    def emit(self, text, sep="\n\n"):
        if self.prefix:
            text, self.prefix = self.prefix + text, ""
        self.out.append([text, sep])

    def set_sep(self, sep):
        if self.out:
            self.out[-1][1] = sep

    def split_marks(self, s):
        """'/' = line break, '//' = blank line break: list of (text, sep)."""
        parts = re.split(r"(//|/)", s)
        res = []
        for i in range(0, len(parts), 2):
            sep = parts[i + 1] if i + 1 < len(parts) else None
            res.append((parts[i].strip(), "\n" if sep == "/" else "\n\n"))
        return res

    # ---- commands ------------------------------------------------------------
    def cmd_head(self, a, args):
        flags = set(args)
        parts = [f for f in ("kicker", "title", "subtitle") if a[f] and (f in flags or not flags & {"kicker", "title", "subtitle"})]
        texts = [a[f] for f in parts]
        if "one" in flags:
            lines = [(" ".join(clean(t) if "keep" not in flags else t for t in texts), "\n\n")]
            note("headline stack printed on one line")
        else:
            sep = "\n" if "tight" in flags else "\n\n"
            lines = []
            for t in texts:
                sub = self.split_marks(t)
                if len(sub) > 1:
                    note("headline broken, last word alone")
                lines.extend(sub[:-1])
                lines.append((sub[-1][0], sep))
            lines[-1] = (lines[-1][0], "\n\n")
        if "doubled" in flags:
            lines = [(l + " " + l, s) if i == len(lines) - 1 or len(lines) == 1 else (l, s)
                     for i, (l, s) in enumerate(lines)]
            self.dups.append(squash_ws(lines[-1][0].split(" ")[0]) if " " not in clean(texts[-1])
                             else squash_ws(clean(texts[-1])))
            note("headline drawn twice on one line")
        if "twice" in flags:
            l, s = lines[-1]
            lines.append((l, s))
            lines[-2] = (l, "\n")
            self.dups.append(squash_ws(l))
            note("headline printed as two identical lines")
        if "lead" in flags:
            lines[0] = (" " + lines[0][0], lines[0][1])
        if "after" in flags:
            note("headline printed after its body")
        if "bunch" in flags:
            note("headline bunched with other stories' headlines")
        for l, s in lines:
            self.emit(l, s)

    def cmd_column(self, a, args):
        self.emit(a["column"])
        note("column label on its own line")

    def cmd_byline(self, a, args):
        sub = self.split_marks(a["byline"])
        if len(sub) > 1:
            note("line break inside a byline")
        for l, s in sub:
            self.emit(l, s)

    def cmd_credit(self, a, args):
        self.emit(" " * int(args[0] if args else 28) + a["byline"])
        note("credit right-aligned on its own line")

    def cmd_body(self, a, args):
        frm, to = args[0], args[1]
        w = float(a.get("width", self.meta.get("width", "17")))
        pcs = self.pieces(a, frm, to)
        if frm != "start" and frm[0] == "c":
            note("story cut and continued after a piece of another story"
                 if "apart" in args else "paragraph split by a column break")
            tag = a["cuts"][int(frm[1:]) - 1][2]
            if tag:
                note("cut: " + tag)
        for k, (pi, txt, starts, ends) in enumerate(pcs):
            lead = ""
            if pi == 0 and starts and a["dateline"] and "nodate" not in args:
                lead = a["dateline"]
            if self.kind == "paragraph":
                self.emit_para_line(lead, txt)
            else:
                self.emit_column(lead, txt, w, indent=starts and not (k == 0 and "noindent" in args),
                                 last=ends)

    def emit_para_line(self, lead, txt):
        if lead:
            subs = self.split_marks(lead)
            for l, s in subs[:-1]:
                self.emit(l, s)
                note("line break inside a dateline")
            lead = subs[-1][0]
        self.emit(lead + txt)

    def emit_column(self, lead, txt, w, indent, last):
        toks = []
        if lead:
            for part, sep in self.split_marks(lead):
                if toks:
                    toks.append("\n")
                    note("line break inside a dateline")
                toks.extend(tokens(part, group_names=True))
        toks.extend(tokens(txt))
        lines = wrap(toks, w - 2 if indent else w, w, self.rnd)
        for i, (lt, cap, forced) in enumerate(lines):
            final = i == len(lines) - 1
            width = sum(tok_width(t) for t in lt)
            if not final and not forced and cap - width >= 1.0 and len(lt) > 3 \
                    and not (lead and i == 0):
                self.emit(self.painter.spread(lt))
            else:
                self.emit(self.painter.plain(lt))

    def cmd_photo(self, a, args):
        flags = set(args)
        caps = [p for p in a["text"]]
        credit = a["byline"]
        wrapw = next((float(x[5:]) for x in args if x.startswith("wrap=")), None)
        for i, c in enumerate(caps):
            lastcap = i == len(caps) - 1
            tail = ""
            if lastcap and credit and "inline" in flags:
                tail = " " + credit
                note("credit on the caption line")
            if wrapw:
                lines = wrap(tokens(c), wrapw, wrapw)
                texts = ["".join(t for t in lt) for lt, _, _ in lines]
                texts[-1] += tail
                for t in texts:
                    self.emit(t)
            else:
                self.emit(c + tail)
        if credit and "inline" not in flags:
            self.emit(" " * 30 + credit)
            note("credit right-aligned on its own line")

    def cmd_marker(self, text):
        self.emit(text)
        note("jump marker")

    def run(self):
        for cmd in self.layout:
            parts = cmd.split()
            op = parts[0]
            if op in ("extra", "extra+", "box", "box+"):
                text = cmd.split(" ", 1)[1] if " " in cmd else ""
                text = punct_style(text, self.style)
                if op.endswith("+"):
                    self.extras[-1] += squash_ws(text)
                else:
                    self.extras.append(squash_ws(text))
                if op.startswith("box"):
                    note("short box line")
                else:
                    note("masthead piece")
                    if " " in text:
                        note("masthead pieces merged on one line")
                self.emit(text)
            elif op == "sep":
                self.set_sep(parts[1].replace("n", "\n").replace("\\", ""))
            elif op == "blank":
                self.set_sep("\n" * int(parts[1]))
            elif op == "marker+":
                self.prefix = punct_style(cmd.split(" ", 1)[1], self.style)
                note("jump marker")
                note("jump marker run into the first text line")
            elif op == "marker":
                self.cmd_marker(punct_style(cmd.split(" ", 1)[1], self.style))
            elif op == "dup":
                a = self.arts[parts[1]]
                before = len(self.out)
                self.cmd_body(a, parts[2:] + ["nodate"])
                self.dups.append("".join(squash_ws(t) for t, _ in self.out[before:]))
                note("lines printed twice")
            elif op == "line":
                self.emit(cmd.split(" ", 1)[1])
            else:
                a = self.arts[parts[1]]
                getattr(self, "cmd_" + op)(a, parts[2:])
        text = ""
        for t, s in self.out:
            text += t + s
        if self.kind == "column":
            text = " " + text.rstrip("\n") + "\n\n\n"
        else:
            text = "\n\n" + text.rstrip("\n")
        return text


def issue_meta(meta):
    num = meta.get("issue_number") or None
    cnt = int(meta["page_count"]) if meta.get("page_count") else None
    return num, cnt


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        CUR.clear()
        pg = Page(src)
        text = pg.run()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{digest}"
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        num, cnt = issue_meta(pg.meta)
        gold = OrderedDict([
            ("source", name + ".txt"),
            ("issue_date", pg.meta["issue_date"]),
            ("issue_number", num),
            ("page_count", cnt),
            ("articles", [pg.gold(a) for a in pg.arts.values()]),
            ("extras", pg.extras),
            ("duplicates", pg.dups),
        ])
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        PAGE_PHEN[name] = Counter(CUR)
        rows.append((name, pg, len(squash_ws(text))))
    write_readme(rows)
    print(f"composed {len(rows)} pages")


def write_readme(rows):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(PHEN.items(), key=lambda kv: kv[0]):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, pg, n in rows:
        m = pg.meta
        pt.append(f"| {name}.txt | {m['issue_date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                  f"{len(pg.arts)} | {n} | {m.get('subjects', '')} |")
    out = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
