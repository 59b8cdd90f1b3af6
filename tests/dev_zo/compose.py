#!/usr/bin/env python3
"""Compose the dev_zo blind set: lay the hand-written stories of src/*.txt out into
Hunan Daily page files (column or paragraph layout, as the seed pages are extracted)
and write pages/, gold/ and README.md.

Deterministic: every random choice comes from random.Random seeded by the page.
Python 3 standard library only.

Source format (src/NNN.txt)
  #key value          page settings: date, page, layout (column|para), punct (full|half|parens),
                      pages (今日N版, front pages only), seed, width (column default width),
                      nums (number spacing mode for column pages), spread (probability)
  == ID               a story; then "key: value" header lines, then "--", then its body:
                      one paragraph a line, "## text" a crosshead (subhead)
  @plan               the drawing order of the page, one command a line (see render_*).
Markers inside header values: ¦ a printed line break without a blank line, ‖ with one.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, OrderedDict
from datetime import date, timedelta
from pathlib import Path

from lunar import lunar

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
WEEK = "一二三四五六日"
NO_START = set("，。、；：？！”’）》…%,;:)?!·")
NO_END = set("“‘（《(")
NOSP_AFTER = set("、，。；：！？”’）》（《,;:()")
NOSP_BEFORE = set("“‘《》（）()")
PUNCT = set("、，。；：！？“”‘’（）《》…—·,;:()?!「」")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+]*")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def width(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch in "“”‘’" or ord(ch) < 128:
            w += 0.5
        else:
            w += 1.0
    return w


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def strip_marks(s: str) -> str:
    return re.sub(r" {2,}", " ", s.replace("¦", "").replace("‖", "")).strip()


def to_half(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")"}))
    if mode == "parens":
        return s.translate(str.maketrans({"（": "(", "）": ")"}))
    return s


# ---------------------------------------------------------------- parsing

class Story:
    def __init__(self, sid: str):
        self.id = sid
        self.h: dict[str, str] = {}
        self.body: list[tuple[str, str]] = []      # ("p"|"sub", text)
        self.printed = set()                        # what the plan printed

    def get(self, k, d=""):
        return self.h.get(k, d)

    @property
    def paras(self):
        """Paragraph texts as the gold lists them (crossheads included)."""
        return [t for _, t in self.body]


def parse(path: Path):
    settings, stories, plan = {}, OrderedDict(), []
    cur, mode = None, "settings"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if mode == "plan":
            if line.strip() and not line.lstrip().startswith(";"):
                plan.append(line.strip())
            continue
        if line.startswith("@plan"):
            mode = "plan"
            continue
        if line.startswith("== "):
            cur = Story(line[3:].strip())
            stories[cur.id] = cur
            mode = "head"
            continue
        if mode == "settings":
            if line.startswith("#") and " " in line:
                k, v = line[1:].split(" ", 1)
                settings[k] = v.strip()
            continue
        if mode == "head":
            if line.strip() == "--":
                mode = "body"
            elif ":" in line:
                k, v = line.split(":", 1)
                cur.h[k.strip()] = v.strip()
            continue
        if mode == "body" and line.strip():
            t = line.strip()
            if t.startswith("## "):
                cur.body.append(("sub", t[3:].strip()))
            else:
                assert " " not in t, f"{path.name} {cur.id}: space in paragraph: {t[:30]}"
                cur.body.append(("p", t))
    return settings, stories, plan


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, settings, stories, plan, name):
        self.s, self.stories, self.plan, self.name = settings, stories, plan, name
        self.layout = settings["layout"]
        self.punct = settings.get("punct", "full" if self.layout == "column" else "parens")
        self.date = date.fromisoformat(settings["date"])
        self.rng = random.Random(int(settings.get("seed", "1")))
        self.out: list[list] = []            # [text, newlines_after]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ph = Counter()
        self.front = "pages" in settings

    # -- emit
    def emit(self, text, tight=False):
        if tight and self.out:
            self.out[-1][1] = 1
        self.out.append([text, 2])

    def blank(self, n):
        if self.out:
            self.out[-1][1] += n

    def text(self):
        lead = "\n\n" if self.layout == "para" else ""
        return lead + "".join(t + "\n" * n for t, n in self.out)

    def conv(self, s):
        return to_half(s, self.punct)


# ---------------------------------------------------------------- column decorations

def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def spread(line: str) -> str:
    toks = [t for t in tokens(line) if t != " "]
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a[-1] in NOSP_AFTER or b[0] in NOSP_BEFORE:
            out += b
        else:
            out += " " + b
    return out


def spread_all(line: str) -> str:
    return " ".join(t for t in tokens(line) if t != " ")


def space_numbers(line: str, rng, pb: float, pa: float) -> str:
    out, last = [], 0
    for m in ASCII_RUN.finditer(line):
        i, j = m.start(), m.end()
        out.append(line[last:i])
        before = line[i - 1] if i > 0 else ""
        after = line[j] if j < len(line) else ""
        pre = " " if before and (is_cjk(before) or before in "”") and rng.random() < pb else ""
        post = " " if after and (is_cjk(after) or after == "“") and rng.random() < pa else ""
        out.append(pre + m.group() + post)
        last = j
    out.append(line[last:])
    return "".join(out)


NUM_MODES = {"none": (0, 0), "before": (0.95, 0.1), "mixed": (0.85, 0.55), "all": (1, 1)}


def wrap(text: str, W: float, indent: float = 2.0):
    """Greedy wrap of one paragraph; '¦' forces a break."""
    lines, cur, curw, limit = [], "", 0.0, W - indent
    for tok in tokens(text):
        if tok == "¦":
            lines.append(cur.strip())
            cur, curw, limit = "", 0.0, W
            continue
        w = width(tok)
        if cur and curw + w > limit + 1e-9:
            if tok[0] in NO_START:
                cur += tok
                curw += w
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur.rstrip())
            cur, curw, limit = carry, width(carry), W
            if tok == " ":
                continue
        cur += tok
        curw += w
    if cur.strip():
        lines.append(cur.strip())
    return lines


# ---------------------------------------------------------------- headline stacks

ELEM = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}


def head(page: Page, st: Story, spec: str):
    """Print headline elements.  spec: groups separated by spaces, a group's elements
    joined by '+' on one printed line; a group starting with '/' follows the previous
    line without a blank line.  Element letters k t s c b, suffix '*' printed twice on one
    line, '**' printed twice on two lines, '^' a leading space."""
    for group in spec.split():
        tight = group.startswith("/")
        group = group.lstrip("/")
        parts, dup_two = [], None
        for el in group.split("+"):
            lead = el.endswith("^")
            el = el.rstrip("^")
            twice_two = el.endswith("**")
            twice_one = el.endswith("*") and not twice_two
            key = ELEM[el.rstrip("*")]
            st.printed.add(key)
            val = page.conv(st.get(key))
            assert val, f"{page.name} {st.id}: no {key}"
            if twice_one:
                assert "¦" not in val and "‖" not in val
                page.dups.append(strip_marks(val))
                val = val + val
                page.ph["doubled headline (one line)"] += 1
            if twice_two:
                dup_two = strip_marks(val)
                page.dups.append(dup_two)
                page.ph["doubled headline (two lines)"] += 1
            if lead:
                val = " " + val
            parts.append(val)
        line = " ".join(parts)
        if len(parts) > 1:
            page.ph["headline parts joined on one line"] += 1
        segs = re.split(r"(¦|‖)", line)
        first = segs[0].rstrip()
        if not first.startswith(" "):
            first = first.strip()
        page.emit(first, tight=tight)
        for marker, seg in zip(segs[1::2], segs[2::2]):
            page.emit(seg.strip(), tight=(marker == "¦"))
        if dup_two:
            page.emit(dup_two, tight=True)


# ---------------------------------------------------------------- column layout

def col_body(page: Page, st: Story):
    st.printed.update({"body", "dateline"} | {("full", i) for i in range(len(st.paras))})
    W = float(st.get("width", page.s.get("width", "17")))
    pb, pa = NUM_MODES[st.get("nums", page.s.get("nums", "mixed"))]
    sp = float(st.get("spread", page.s.get("spread", "0.08")))
    gaps = int(st.get("gap", "0"))
    duplines = {int(x) for x in st.get("dupline", "").split(",") if x.strip()}
    rng = page.rng
    body_lines = []        # (text, is_last_of_para, is_sub)
    first = True
    for kind, txt in st.body:
        txt = page.conv(txt)
        if kind == "sub":
            body_lines.append((txt, True, True))
            continue
        pre = ""
        if first:
            pre = page.conv(st.get("lead", "")) + page.conv(st.get("dateline", ""))
            first = False
        ls = wrap(pre + txt, W)
        # a line does not open with a short tail (< 4 characters) of the dateline:
        # the printed column keeps it on the line above
        if pre:
            for j in range(1, len(ls)):
                k = ls[j].find("）") if "）" in ls[j] else ls[j].find(")")
                if 0 < k < 3 and ls[j][:k + 1] in pre:
                    ls[j - 1] += ls[j][:k + 1]
                    ls[j] = ls[j][k + 1:]
                    break
        if pre and "¦" in pre:
            page.ph["dateline broken across lines (forced)"] += 1
        for i, l in enumerate(ls):
            body_lines.append((l, i == len(ls) - 1, False))
    gap_lines = set(rng.sample(range(len(body_lines)), min(gaps, len(body_lines))))
    for i, (l, last, sub) in enumerate(body_lines):
        if not sub:
            if (not last and len(l) >= 8 and rng.random() < sp) or st.get("spreadline", "") == str(i):
                l = spread(l)
                page.ph["justified line spread with spaces"] += 1
            else:
                l = space_numbers(l, rng, pb, pa)
            if i in gap_lines:
                l2 = glyph_gap(l, rng)
                if l2 != l:
                    page.ph["glyph-gap spaces"] += 1
                    l = l2
        if st.get("qgap") and "“" in l and "“ " not in l:
            l = l.replace("“", "“ ")
            page.ph["space after opening quote"] += 1
        if i == 0 and st.get("leadspace"):
            l = " " + l
        page.emit(l)
        if i in duplines:
            page.emit(l)
            page.dups.append(squash(l))
            page.ph["duplicated body line"] += 1


def glyph_gap(l: str, rng) -> str:
    opts = []
    for m in re.finditer(r"[，。、]", l):
        opts.append(("p", m.start()))
    for m in re.finditer(r"\d%", l):
        opts.append(("pct", m.start() + 1))
    if not opts:
        return l
    kind, i = rng.choice(opts)
    if kind == "pct":
        return l[:i] + " " + l[i:]
    return l[:i].rstrip() + " " + l[i] + " " + l[i + 1:].lstrip()


def photo(page: Page, st: Story, mode: str):
    st.printed.update({("full", 0), "byline"})
    cap = page.conv(st.paras[0])
    credit = page.conv(st.get("byline"))
    pw = st.get("pw")
    if page.layout == "column" and pw:
        lines = wrap(cap, float(pw), indent=0)
    else:
        lines = [cap]
    if st.get("capspread"):
        lines = [spread_all(l) for l in lines]
        page.ph["caption line spread with spaces"] += 1
    if mode == "same":
        lines[-1] = lines[-1] + " " + credit
        page.ph["photo credit on caption line"] += 1
    for l in lines:
        page.emit(l)
    if mode == "own":
        page.emit(credit, tight=page.layout == "para" and st.get("tightcredit") == "1")
        page.ph["photo credit on own line"] += 1
    elif mode == "right":
        page.emit(" " * int(st.get("indent", "24")) + credit)
        page.ph["photo credit right-aligned (leading spaces)"] += 1
    elif mode == "top":
        page.ph["photo credit printed at page top"] += 1
    if "以上图片" in credit or "均由" in credit:
        page.ph["group photo credit"] += 1


# ---------------------------------------------------------------- paragraph layout

def seg_text(st: Story, seg: str, page: Page, ph_tag=None):
    """'3' a paragraph, '0-2' a range, '3<X' paragraph 3 up to and including X,
    '3>X' the rest of paragraph 3 after X.  Returns list of line texts."""
    m = re.match(r"^(\d+)-(\d+)$", seg)
    if m:
        return [st.paras[i] for i in range(int(m.group(1)), int(m.group(2)) + 1)], list(range(int(m.group(1)), int(m.group(2)) + 1))
    m = re.match(r"^(\d+)([<>])(.+)$", seg)
    if m:
        i, op, x = int(m.group(1)), m.group(2), m.group(3)
        p = st.paras[i]
        assert x in p, f"{page.name} {st.id}: {x!r} not in paragraph {i}"
        k = p.index(x) + len(x)
        assert k < len(p), f"{st.id} cut at end {seg}"
        return [p[:k] if op == "<" else p[k:]], [i if op == "<" else -1]
    return [st.paras[int(seg)]], [int(seg)]


def para_seg(page: Page, st: Story, segs: list[str], dup=False):
    prev_tight = False
    for seg in segs:
        tag = None
        if "@" in seg:
            seg, tag = seg.split("@", 1)
        if seg.startswith("/"):
            seg, tight = seg[1:], True
        else:
            tight = False
        texts, idxs = seg_text(st, seg, page)
        if not dup:
            m = re.match(r"^(\d+)([<>])", seg)
            if m:
                st.printed.add((m.group(2), int(m.group(1))))
            else:
                st.printed.update(("full", i) for i in idxs)
            st.printed.add("dateline")
        if tag:
            page.ph[{"unit": "cut between a figure and its unit",
                     "verb": "cut between a verb and its figure",
                     "word": "cut inside a word or name",
                     "next": "cut continued on the next line",
                     "later": "cut continued after another story's paragraphs"}[tag]] += 1
        for t, i in zip(texts, idxs):
            t = page.conv(t)
            if i == 0 and not dup:
                pre = page.conv(st.get("lead", "")) + page.conv(st.get("dateline", ""))
                t = pre + t
                if "¦" in t:
                    a, b = t.split("¦", 1)
                    page.emit(a.strip(), tight=tight)
                    t, tight = b.strip(), True
                    page.ph["dateline broken across lines (forced)"] += 1
            if st.get("gapline") == seg:
                t2 = glyph_gap(t, page.rng)
                if t2 != t:
                    t = t2
                    page.ph["glyph-gap spaces"] += 1
            if st.get("nums") == "all":
                t = space_numbers(t, page.rng, 1, 1)
                page.ph["spaces around every number run (paragraph page)"] += 1
            if st.get("qgap") and "“" in t:
                t = t.replace("“", "“ ")
                page.ph["space after opening quote"] += 1
            page.emit(t, tight=tight)
            if dup:
                page.dups.append(squash(t))
                page.ph["duplicated paragraph line"] += 1


# ---------------------------------------------------------------- masthead

def masthead(page: Page, spec: str):
    d = page.date
    pieces = {"Y": f"{d.year}年{d.month}月", "D": str(d.day), "W": "星期" + WEEK[d.weekday()],
              "L": lunar(d), "N": f"第{page.s['issue']}号", "P": f"今日{page.s['pages']}版"}
    joined = ""
    for gi, group in enumerate(spec.split()):
        tight = group.startswith("/")
        text = " ".join(pieces[c] for c in group.lstrip("/").split("+"))
        page.emit(text, tight=tight)
        joined += text.replace(" ", "")
    page.extras.append(joined)
    page.ph["masthead"] += 1


# ---------------------------------------------------------------- page rendering

def render(page: Page):
    seen_head = Counter()
    body_done = set()
    for cmd in page.plan:
        op, _, rest = cmd.partition(" ")
        rest = rest.strip()
        if op == "mast":
            masthead(page, rest)
        elif op == "box":
            parts = re.split(r"(\||¦)", page.conv(rest))
            txt, tight = "", False
            for p in parts:
                if p in ("|", "¦"):
                    tight = p == "¦"
                    continue
                page.emit(p, tight=tight)
                txt += p.replace(" ", "")
            page.extras.append(txt)
            page.ph["box lines (extras)"] += 1
        elif op == "x":
            page.emit(page.conv(rest))
            page.extras.append(page.conv(rest).strip())
            page.ph["box lines (extras)"] += 1
        elif op == "raw":
            page.emit(page.conv(rest))
            if "下转" in rest:
                page.ph["jump marker (下转)"] += 1
        elif op == "rawright":
            page.emit(" " * 22 + page.conv(rest))
        elif op == "dup":
            page.emit(page.conv(rest))
            page.dups.append(page.conv(rest))
            page.ph["duplicated line"] += 1
        elif op == "blank":
            page.blank(int(rest or "1"))
        elif op == "h":
            sid, spec = rest.split(" ", 1)
            st = page.stories[sid]
            if page.layout == "column":
                if sid in body_done:
                    page.ph["headline printed after its body (column)"] += "t" in spec or "k" in spec
                seen_head[sid] += 1
            head(page, st, spec)
            if "c" in re.sub(r"[^a-z]", "", spec):
                page.ph["column label " + ("after body" if sid in body_done else "before body/headline")] += 1
        elif op == "c":
            st = page.stories[rest]
            col_body(page, st)
            body_done.add(rest)
        elif op == "p":
            sid, *segs = rest.split()
            para_seg(page, page.stories[sid], segs)
            body_done.add(sid)
        elif op == "dupp":
            sid, *segs = rest.split()
            para_seg(page, page.stories[sid], segs, dup=True)
        elif op == "ph":
            sid, mode = rest.split()
            photo(page, page.stories[sid], mode)
            body_done.add(sid)
        elif op == "bunch":
            # several stories' headline stacks printed together away from their bodies
            page.ph["headline bunch (stacks away from bodies)"] += 1
            for item in rest.split(";"):
                sid, spec = item.strip().split(" ", 1)
                head(page, page.stories[sid], spec)
                page.ph["headline in a bunch"] += 1
        else:
            raise SystemExit(f"{page.name}: unknown plan command {cmd!r}")


def gold_article(page: Page, st: Story):
    a = OrderedDict()
    for f in FIELDS:
        v = st.get(f)
        if f in ("kicker", "title", "subtitle", "column", "continued"):
            v = strip_marks(v)
        elif f in ("byline", "dateline"):
            v = strip_marks(v.replace("¦", " ").replace("‖", " ")) if f == "byline" else strip_marks(v)
        a[f] = page.conv(v) if f != "kind" else v
    assert a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"), st.id
    a["subheads"] = [page.conv(t) for k, t in st.body if k == "sub"]
    a["paragraphs"] = [page.conv(re.sub(r"\s+", "", t)) for t in st.paras]
    return a


def phenomena_static(page: Page):
    ph = page.ph
    for st in page.stories.values():
        k, t, s = st.get("kicker"), st.get("title"), st.get("subtitle")
        n = sum(1 + v.count("¦") + v.count("‖") for v in (k, t, s) if v)
        if n:
            ph[f"headline stack of {min(n, 4)} printed line(s)"] += 1
        if k and t:
            ph["kicker + title"] += 1
        if s and s.startswith("——"):
            ph["dash-led subtitle"] += 1
        if k and k.endswith("——"):
            ph["kicker ending in a dash"] += 1
        if s and (s.endswith("出席") or s.endswith("主持")) and len(s) <= 8:
            ph["short 某某某出席/主持 line"] += 1
        if st.get("kind") == "photo" and not t:
            ph["photo without title"] += 1
        if st.get("kind") == "photo" and t:
            ph["photo with title line"] += 1
        d = st.get("dateline")
        if "电（" in d or "电(" in d:
            ph["dateline with 电 (新华社)"] += 1
        elif "讯" in d:
            ph["dateline with 讯"] += 1
        b = st.get("byline")
        if b.startswith("文丨"):
            ph["byline 文丨X"] += 1
        if "新湖南客户端" in b or "新湖南客户端" in d:
            ph["湖南日报·新湖南客户端 byline/dateline"] += 1
        if b and st.get("kind") != "photo" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", strip_marks(b)):
            ph["bare-name byline"] += 1
        if st.get("continued"):
            ph["continued marker: " + re.sub(r"\d.*", "", st.get("continued"))] += 1
        if st.get("kind") == "continuation":
            ph["continuation article"] += 1
        subs = [x for kk, x in st.body if kk == "sub"]
        if subs:
            ph["feature crossheads (subheads)"] += len(subs)
        if not t and st.get("kind") != "photo":
            ph["article printed without a title"] += 1
    if page.punct == "half":
        ph["page with half-width ,;()"] += 1
    elif page.punct == "parens":
        ph["page with half-width () only"] += 1
    else:
        ph["page with full-width punctuation"] += 1


def build(path: Path):
    settings, stories, plan = parse(path)
    page = Page(settings, stories, plan, path.stem)
    d = page.date
    if page.front:
        page.s["issue"] = str(27314 - (date(2025, 3, 27) - d).days)
    render(page)
    for st in stories.values():
        for i in range(len(st.paras)):
            ok = ("full", i) in st.printed or {("<", i), (">", i)} <= st.printed
            assert ok, f"{path.name} {st.id}: paragraph {i} not (fully) printed"
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            if st.get(f):
                assert f in st.printed, f"{path.name} {st.id}: {f} not printed"
    phenomena_static(page)
    text = page.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{path.stem}_{h}"
    arts = [gold_article(page, st) for st in stories.values()]
    gold = OrderedDict()
    gold["source"] = name + ".txt"
    gold["issue_date"] = d.isoformat()
    gold["issue_number"] = page.s["issue"] if page.front else None
    gold["page_count"] = int(page.s["pages"]) if page.front else None
    gold["articles"] = arts
    gold["extras"] = page.extras
    gold["duplicates"] = page.dups
    return page, name, text, gold


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.glob("*"):
            f.unlink()
    rows, total = [], Counter()
    kinds = Counter()
    for path in sorted(SRC.glob("*.txt")):
        page, name, text, gold = build(path)
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(page.ph)
        for a in gold["articles"]:
            kinds[a["kind"]] += 1
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name, page.date.isoformat(), page.s.get("page", "?"), page.layout, page.punct,
                     len(gold["articles"]), nchar, Counter(a["kind"] for a in gold["articles"])))
    write_readme(rows, total, kinds)
    for r in rows:
        print(f"{r[0]}  {r[1]}  {r[2]:>2}版  {r[3]:6} {r[4]:6} {r[5]:2} articles {r[6]:5} chars")
    print("articles by kind:", dict(kinds), "total", sum(kinds.values()))


def write_readme(rows, total, kinds):
    tpl = (HERE / "README.in.md").read_text(encoding="utf-8")
    ptab = ["| file | issue date | page | layout | punctuation | articles | kinds | characters |",
            "|---|---|---|---|---|---|---|---|"]
    for name, d, pg, lay, pun, n, c, k in rows:
        ks = ", ".join(f"{kk} {v}" for kk, v in sorted(k.items()))
        ptab.append(f"| {name}.txt | {d} | {pg} | {lay} | {pun} | {n} | {ks} | {c} |")
    chars = [r[6] for r in rows]
    ptab.append(f"| **total** | | | | | **{sum(r[5] for r in rows)}** | | **{sum(chars)}** "
                f"(min {min(chars)}, max {max(chars)}, mean {sum(chars) // len(chars)}) |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        ftab.append(f"| {k} | {v} |")
    ktab = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    out = (tpl.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
           .replace("{{KINDS}}", ktab))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
