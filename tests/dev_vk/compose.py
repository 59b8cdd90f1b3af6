#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from a random.Random seeded by the
source file's name, so a rebuild is byte-for-byte identical.
"""
import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = "¦"
CLOSE = set("，。、；：？！”’）》」,.;:?!)%")
OPEN = set("“‘（《「(")
PUNCT = set("，。、；：？！")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
NUM_CH = set("0123456789.%")

PH = Counter()          # phenomena counted while composing (whole set)
PH_ORDER = [
    ("pages_column", "pages in the column layout"),
    ("pages_para", "pages in the paragraph layout"),
    ("articles", "articles (gold)"),
    ("kind_news", "… news"), ("kind_commentary", "… commentary"), ("kind_feature", "… feature"),
    ("kind_photo", "… photo"), ("kind_continuation", "… continuation"), ("kind_other", "… other"),
    ("head_after_body", "headlines printed after their body"),
    ("head_bunched", "headline stacks bunched with another story's headline"),
    ("head_merged", "headline stacks merged on one line"),
    ("head_last_word", "headline split leaving its last word(s) alone"),
    ("head_double_line", "headline drawn twice on one line"),
    ("head_double_two", "headline drawn twice as two identical lines"),
    ("column_label", "column labels (栏目) printed"),
    ("dup_lines", "body lines printed twice"),
    ("dateline_break", "line breaks inside a dateline (forced or by column wrap)"),
    ("byline_break", "line breaks inside a byline"),
    ("tongxun_break", "line breaks right before 通讯员 (datelines and bylines)"),
    ("masthead_pieces", "masthead pieces"),
    ("masthead_merged", "… merged pieces (like `31 星期六`)"),
    ("box_lines", "short box lines (countdowns, prompts, framed labels)"),
    ("markers", "jump marker lines"),
    ("credit_right", "credits right-aligned on their own line"),
    ("credit_inline", "credits on the caption line"),
    ("spread_lines", "justified lines spread with spaces"),
    ("num_space", "spaces put around number runs"),
    ("pct_gap", "glyph-gap space before %"),
    ("quote_space", "space after an opening quote"),
    ("punct_gap", "glyph-gap space before full-width punctuation"),
    ("cut_figure_unit", "cuts between a figure and its unit"),
    ("cut_verb_figure", "cuts between a verb and its figure"),
    ("cut_word", "cuts inside a word"),
    ("cut_quote", "cuts inside a quoted term"),
    ("cut_name", "cuts inside a name"),
    ("cut_plain", "other cuts (between clauses)"),
    ("column_break", "paragraphs split by a column break with nothing between"),
    ("cut_resumed_after_other", "cut stories continued after a piece of another story"),
]


def em(s):
    return sum(0 if c == " " else 0.5 if ord(c) < 128 else 1 for c in s)


def clean(s):
    return re.sub(r"¦(\{\w+\})?", "", s or "")


# ---------------------------------------------------------------- source parsing
def parse(path):
    page = OrderedDict(name=path.name)
    arts = OrderedDict()
    layout = []
    cur = None
    mode = "page"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== layout"):
            mode = "layout"
            continue
        if line.startswith("== "):
            aid, kind = line[3:].split()
            cur = OrderedDict(id=aid, kind=kind, col="", kick="", title="", sub="", by="",
                              dl="", cont="", mark="", credit="", w=None, raw=False, paras=[])
            arts[aid] = cur
            mode = "art"
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "page":
            page[key] = val
        else:
            if key == "p":
                cur["paras"].append(("p", val))
            elif key == "h":
                cur["paras"].append(("h", val))
            elif key == "w":
                cur["w"] = float(val)
            elif key == "raw":
                cur["raw"] = True
            else:
                cur[key] = val
    return page, arts, layout


def punct(s, style):
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":"), ("？", "?"), ("！", "!")):
            s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- column wrapping
def tokens(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in "0123456789" or (c in "." and out and out[-1][-1:].isdigit()):
            j = i
            while j < len(text) and (text[j] in NUM_CH or (text[j].isascii() and text[j].isalnum())):
                j += 1
            out.append(text[i:j])
            i = j
        elif c.isascii() and c.isalpha():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isalnum():
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


class Page:
    def __init__(self, page, arts, layout, rnd):
        self.page, self.arts, self.layout, self.r = page, arts, layout, rnd
        self.lines = []          # printed lines (strings)
        self.extras, self.dups = [], []
        self.markers = []
        self.col = page["layout"] == "column"
        self.W = float(page.get("width", 17))
        self.style = page.get("punct", "full")
        self.pos = {a: 0 for a in arts}
        self.pieces = {}
        self.first_head, self.first_body = {}, {}
        self.last_owner = None
        self.cut_open = {}
        self.head_printed = {}
        for aid, a in arts.items():
            self.pieces[aid] = self.split_pieces(a)

    # an article's body as pieces separated by cut marks
    def split_pieces(self, a):
        pieces, cur = [], []
        for i, (k, text) in enumerate(a["paras"]):
            text = punct(text, self.style)
            parts = re.split(r"¦(?:\{(\w+)\})?", text)
            segs = parts[0::2]
            tags = parts[1::2]
            for j, seg in enumerate(segs):
                cur.append((k, seg, j == 0))
                if j < len(segs) - 1:
                    self.count_cut(segs[j], segs[j + 1], tags[j])
                    pieces.append(cur)
                    cur = []
        pieces.append(cur)
        return pieces

    def count_cut(self, left, right, tag):
        if tag:
            PH["cut_" + tag] += 1
        elif left[-1:].isdigit() and CJK_RE.match(right[:1] or " "):
            PH["cut_figure_unit"] += 1
        elif CJK_RE.match(left[-1:] or " ") and right[:1].isdigit():
            PH["cut_verb_figure"] += 1
        elif left.count("“") > left.count("”"):
            PH["cut_quote"] += 1
        elif CJK_RE.match(left[-1:] or " ") and CJK_RE.match(right[:1] or " "):
            PH["cut_word"] += 1
        else:
            PH["cut_plain"] += 1

    def emit(self, s, owner=None):
        self.lines.append(s)
        self.last_owner = owner

    # --- artefacts on one column line
    def decorate(self, toks):
        r = self.r
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isdigit():
                if prev and CJK_RE.match(prev[-1]) and r.random() < 0.8:
                    out += " "
                    PH["num_space"] += 1
                if t.endswith("%") and r.random() < 0.12:
                    t = t[:-1] + " %"
                    PH["pct_gap"] += 1
                out += t
                if nxt and CJK_RE.match(nxt[0]) and not t.endswith("%") and r.random() < 0.55:
                    out += " "
                    PH["num_space"] += 1
                continue
            if t in "、，；" and prev and CJK_RE.match(prev[-1]) and r.random() < 0.02:
                out += " "
                PH["punct_gap"] += 1
            out += t
            if t == "“" and nxt and CJK_RE.match(nxt[0]) and r.random() < 0.06:
                out += " "
                PH["quote_space"] += 1
        return out

    def spread(self, toks):
        out = ""
        for i, t in enumerate(toks):
            out += t
            if i + 1 < len(toks) and t not in PUNCT and t not in OPEN:
                out += " "
        PH["spread_lines"] += 1
        return out

    def wrap(self, chunks, width, owner, lead=""):
        """chunks: list of (kind, text, starts_paragraph). Print column lines."""
        r = self.r
        for k, text, starts in chunks:
            if not text:
                continue
            if k == "h" or (self.arts[owner]["raw"]):
                self.emit(text, owner)
                continue
            if getattr(self, "dl_tail", 0) and starts:
                dtxt = punct(self.arts[owner]["dl"], self.style).split(CUT)[-1]
                if text.startswith(dtxt):
                    words = dtxt.split(" ")
                    k = len(words) - 1
                    while k > 0 and len("".join(words[k:])) < 4:
                        k -= 1
                    head = " ".join(words[:k]) + (" " if k else "")
                    toks = tokens(head) + [" ".join(words[k:])] + tokens(text[len(dtxt):])
                else:
                    toks = tokens(text)
                self.dl_tail = 0
            else:
                toks = tokens(text)
            first = True
            while toks:
                indent = 2 if (starts and first) else 0
                dl = r.random()
                delta = -1 if dl < 0.28 else (1 if dl > 0.75 else 0)
                spread = r.random() < 0.035
                if spread:
                    delta = -2
                target = width - indent + delta
                line, w = [], 0
                while toks and (w + em(toks[0]) <= target or not line):
                    line.append(toks.pop(0))
                    w += em(line[-1])
                while toks and toks[0] in CLOSE:
                    line.append(toks.pop(0))
                while len(line) > 1 and line[-1] in OPEN:
                    toks.insert(0, line.pop())
                s = self.spread(line) if (spread and toks) else self.decorate(line)
                if first and lead:
                    s = lead + s
                self.emit(s, owner)
                first = False

    # --- directives
    def head(self, aid, spec):
        a = self.arts[aid]
        st = self.style
        parts = {"c": a["col"], "k": a["kick"], "t": a["title"], "s": a["sub"]}
        printed = self.head_printed.setdefault(aid, [])
        if aid not in self.first_head:
            self.first_head[aid] = len(self.lines)
            if self.last_owner not in (None, aid) and self.last_kind == "head":
                PH["head_bunched"] += 1
        for tok in spec:
            if tok == "tt":
                t = punct(clean(a["title"]), st)
                self.emit(t + " " + t, aid)
                self.dups.append(t)
                PH["head_double_line"] += 1
                continue
            names = tok.split("+")
            if len(names) > 1:
                s = " ".join(punct(clean(parts[n]), st) for n in names if parts[n])
                PH["head_merged"] += 1
                self.emit(s, aid)
                printed.append(s)
                continue
            n = names[0]
            val = punct(parts[n], st)
            if n == "c":
                PH["column_label"] += 1
            segs = re.split(r"¦(?:\{\w+\})?", val)
            if len(segs) > 1:
                PH["head_last_word"] += 1
            for sgm in segs:
                if sgm in printed:
                    self.dups.append(sgm)
                    PH["head_double_two"] += 1
                self.emit(sgm, aid)
                printed.append(sgm)
        self.last_kind = "head"

    def byl(self, aid):
        a = self.arts[aid]
        segs = punct(a["by"], self.style).split(CUT)
        for i, sgm in enumerate(segs):
            if i:
                PH["byline_break"] += 1
                if sgm.startswith("通讯员"):
                    PH["tongxun_break"] += 1
            self.emit(sgm.strip(), aid)
        self.last_kind = "byl"

    def body(self, aid, all_=False):
        a = self.arts[aid]
        n = len(self.pieces[aid]) if all_ else 1
        for _ in range(n):
            i = self.pos[aid]
            if i >= len(self.pieces[aid]):
                raise SystemExit(f"{self.page['name']}: {aid} has no piece left")
            chunks = self.pieces[aid][i]
            self.pos[aid] += 1
            if i > 0:
                if self.last_owner == aid and self.last_kind == "body":
                    PH["column_break"] += 1
                elif self.last_owner != aid:
                    PH["cut_resumed_after_other"] += 1
            if aid not in self.first_body:
                self.first_body[aid] = len(self.lines)
            dl = punct(a["dl"], self.style) if i == 0 else ""
            self.dl_tail = 4 if dl else 0
            if dl:
                dsegs = dl.split(CUT)
                PH["dateline_break"] += len(dsegs) - 1
                for sgm in dsegs[1:]:
                    if sgm.lstrip().startswith("通讯员"):
                        PH["tongxun_break"] += 1
            w = a["w"] or self.W
            if self.col:
                if dl:
                    lead_lines = dl.split(CUT)
                    for ll in lead_lines[:-1]:
                        self.emit(ll, aid)
                    k, t, s = chunks[0]
                    chunks = [(k, lead_lines[-1] + t, True)] + chunks[1:]
                start = len(self.lines)
                self.wrap(chunks, w, aid)
                if dl:
                    need = len(re.sub(r"\s", "", dl.replace(CUT, "")))
                    got = 0
                    for ln in self.lines[start:]:
                        got += len(re.sub(r"\s", "", ln))
                        if got >= need:
                            break
                        PH["dateline_break"] += 1
                        nxt_line = self.lines[start + self.lines[start:].index(ln) + 1].lstrip()
                        if nxt_line.startswith("通讯员"):
                            PH["tongxun_break"] += 1
            else:
                first = True
                for k, t, starts in chunks:
                    if first and dl:
                        dsegs = dl.split(CUT)
                        for ll in dsegs[:-1]:
                            self.emit(ll, aid)
                        t = dsegs[-1] + t
                    if t:
                        self.emit(t, aid)
                    first = False
            self.last_kind = "body"

    def photo(self, aid, how):
        a = self.arts[aid]
        cap = punct(clean(a["paras"][0][1]), self.style)
        cr = punct(a["credit"] or a["by"], self.style)
        if aid not in self.first_body:
            self.first_body[aid] = len(self.lines)
        if how == "inline":
            self.emit(cap + "  " + cr, aid)
            PH["credit_inline"] += 1
        elif how == "right":
            w = a["w"] or self.W
            self.wrap([("p", cap, False)], w, aid)
            self.emit(" " * int(max(2, (w - em(cr)) * 2)) + cr, aid)
            PH["credit_right"] += 1
        else:  # para layout: caption line, credit line
            self.emit(cap, aid)
            self.emit(cr, aid)
        self.last_kind = "photo"

    def run(self):
        self.last_kind = None
        for d in self.layout:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "head":
                self.head(args[0], args[1:] or ["k", "t", "s"])
            elif op == "byl":
                self.byl(args[0])
            elif op == "body":
                self.body(args[0], all_=len(args) > 1 and args[1] == "all")
            elif op == "photo":
                self.photo(args[0], args[1] if len(args) > 1 else "lines")
            elif op == "mark":
                m = punct(self.arts[args[0]]["mark"], self.style)
                self.emit(m, args[0])
                self.markers.append(m)
                PH["markers"] += 1
                self.last_kind = "mark"
            elif op in ("mast", "box"):
                pieces = [p.strip() for p in rest.split("|")]
                for p in pieces:
                    self.emit(p, None)
                self.extras.append("".join(pieces))
                if op == "mast":
                    PH["masthead_pieces"] += len(pieces)
                    PH["masthead_merged"] += sum(1 for p in pieces if re.match(r"^\d+ \S", p))
                else:
                    PH["box_lines"] += len(pieces)
                self.last_kind = op
            elif op == "dup":
                s = self.lines[-1]
                self.emit(s, self.last_owner)
                self.dups.append(s.strip())
                PH["dup_lines"] += 1
            elif op == "gap":
                self.emit("", None)
            else:
                raise SystemExit(f"{self.page['name']}: unknown directive {d!r}")
        for aid, n in self.pos.items():
            a = self.arts[aid]
            if a["kind"] != "photo" and n != len(self.pieces[aid]):
                raise SystemExit(f"{self.page['name']}: {aid} printed {n} of {len(self.pieces[aid])} pieces")
            if aid in self.first_head and aid in self.first_body and self.first_head[aid] > self.first_body[aid]:
                PH["head_after_body"] += 1

    def text(self):
        if self.col:
            out = []
            for i, l in enumerate(self.lines):
                if i == 0 and not l.startswith(" "):
                    l = " " + l
                out.append(l)
                out.append("")
            return "\n".join(out)
        out = ["", ""]
        for l in self.lines:
            out.append(l)
            out.append("")
        return "\n".join(out)


def gold_article(a, style):
    paras = [punct(clean(t), style) for k, t in a["paras"]]
    by = punct(a["by"], style).replace(CUT, " ")
    by = re.sub(" +", " ", by).strip()
    if a["kind"] == "photo":
        by = punct(a["credit"] or a["by"], style)
    return OrderedDict([
        ("kind", a["kind"]),
        ("column", punct(clean(a["col"]), style)),
        ("kicker", punct(clean(a["kick"]), style)),
        ("title", punct(clean(a["title"]), style)),
        ("subtitle", punct(clean(a["sub"]), style)),
        ("byline", by),
        ("dateline", punct(clean(a["dl"]), style)),
        ("continued", punct(a["cont"], style)),
        ("subheads", [punct(clean(t), style) for k, t in a["paras"] if k == "h"]),
        ("paragraphs", paras),
    ])


def build():
    for d in ("pages", "gold"):
        p = HERE / d
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    PH.clear()
    rows = []
    markers = {}
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page, arts, layout = parse(src)
        rnd = random.Random(src.name)
        pg = Page(page, arts, layout, rnd)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        style = page.get("punct", "full")
        gold = OrderedDict([
            ("source", f"{name}.txt"),
            ("issue_date", page["date"]),
            ("issue_number", page.get("issue") or None),
            ("page_count", int(page["pages"]) if page.get("pages") else None),
            ("articles", [gold_article(a, style) for a in arts.values()]),
            ("extras", pg.extras),
            ("duplicates", pg.dups),
        ])
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        markers[f"{name}.txt"] = pg.markers
        PH["pages_" + page["layout"]] += 1
        PH["articles"] += len(arts)
        for a in arts.values():
            PH["kind_" + a["kind"]] += 1
        chars = len(re.sub(r"\s", "", text))
        rows.append((f"{name}.txt", page["date"], page["pageno"], page["layout"], style,
                     len(arts), chars, page.get("subjects", "")))
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(
        f"| {label} | {PH[k]} |\n" for k, label in PH_ORDER)
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" + "".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |\n"
              for r in rows))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt),
                                    encoding="utf-8")
    return ph, pt


if __name__ == "__main__":
    ph, pt = build()
    print(ph)
    print(pt)
