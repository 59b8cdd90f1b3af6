#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (spaces around number runs, glyph gaps)
comes from a random.Random seeded by the source file name, so a rebuild is
byte-for-byte identical.  See README.in / README.md for the source format.
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

# ---------------------------------------------------------------- text helpers
CLOSE = set("、，。；：？！”’）》,;:!?)%")
OPEN = set("“‘（《(")
NUMCH = re.compile(r"[0-9A-Za-z.%+×\-/]")
CUT = re.compile(r"§(vf|fu|wd|qt|nm|pc)?")
WS = re.compile(r"\s+")

PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT[mode].items():
        s = s.replace(a, b)
    return s


def nows(s: str) -> str:
    return WS.sub("", s)


def clean(s: str) -> str:
    """Gold form of a headline / byline / dateline field: layout marks removed."""
    return s.replace("‖", "").replace("|", "").strip()


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


# ---------------------------------------------------------------- source parser
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {"col": "", "kick": "", "title": "", "sub": "", "by": "", "dl": "",
                  "cont": "", "pf": "after", "w": ""}
        self.paras: list[tuple[str, str]] = []   # ("p"|"h", text)


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur, section = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line == "@page":
            section = "page"
            continue
        if line == "@layout":
            section = "layout"
            continue
        if line.startswith("@article "):
            _, aid, kind = line.split()
            cur = arts[aid] = Article(aid, kind)
            section = "article"
            continue
        if section == "page":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif section == "article":
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k in ("p", "h"):
                cur.paras.append((k, v))
            else:
                cur.f[k] = v
        elif section == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- column flow
class Tok:
    __slots__ = ("t", "kind", "w", "sp_after")

    def __init__(self, t, kind, w, sp_after=False):
        self.t, self.kind, self.w, self.sp_after = t, kind, w, sp_after


def tokenize(s: str) -> list[Tok]:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if NUMCH.match(c):
            j = i
            while j < len(s) and NUMCH.match(s[j]):
                j += 1
            run = s[i:j]
            out.append(Tok(run, "num", 0.5 * len(run) + 0.5))
            i = j
        elif s.startswith("……", i) or s.startswith("——", i):
            out.append(Tok(s[i:i + 2], "dash", 2.0))
            i += 2
        elif c in CLOSE:
            out.append(Tok(c, "close", 0.5))
            i += 1
        elif c in OPEN:
            out.append(Tok(c, "open", 0.5))
            i += 1
        elif c == " ":
            i += 1
        else:
            out.append(Tok(c, "cjk", 1.0))
            i += 1
    return out


def unit(s: str, sp_after: bool) -> Tok:
    w = sum(0.5 if (NUMCH.match(c) or c in CLOSE or c in OPEN) else 1.0 for c in s)
    return Tok(s, "unit", w, sp_after)


def flow(tokens: list[Tok], width: float, indent: float):
    """Greedy fill with the kinsoku rules the seeds show; returns [(tokens, natural, cap)]."""
    lines, cur, curw, cap = [], [], 0.0, width - indent
    forced = set()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "brk":
            if cur:
                lines.append((cur, curw, cap, True))
            cur, curw, cap = [], 0.0, width
            i += 1
            continue
        extra = 0.5 if (cur and cur[-1].sp_after) else 0.0
        if curw + extra + t.w <= cap or not cur or (t.kind == "close" and curw + t.w <= cap + 0.5):
            cur.append(t)
            curw += extra + t.w
            i += 1
            continue
        # break before t
        carry = []
        if t.kind == "close" and len(cur) > 1 and cur[-1].kind != "close":
            carry = [cur.pop()]
        while len(cur) > 1 and cur[-1].kind == "open":
            carry.insert(0, cur.pop())
        lines.append((cur, sum(x.w for x in cur), cap, False))
        cur, cap = carry, width
        curw = sum(x.w for x in cur)
    if cur:
        lines.append((cur, curw, cap, True))
    return lines


class Renderer:
    def __init__(self, name: str, meta: dict, arts: dict):
        self.rng = random.Random(name)
        self.meta, self.arts = meta, arts
        self.col = meta["layout"] == "column"
        self.stats = Counter()
        self.lines: list[list] = []         # [text, sep_before]
        self.next_sep = None
        self.prefix = ""
        self.extras, self.dups = [], []
        self.bodies = set()
        self.chunk_cache = {}
        self.printed = Counter()
        self.heads = set()
        # page-level artefact rates, drawn once per page
        self.p_num_before = self.rng.choice([0.35, 0.6, 0.85])
        self.p_num_after = self.rng.choice([0.25, 0.45, 0.7])
        self.p_gap = self.rng.choice([0.0, 0.02, 0.04])

    # -- output
    def emit(self, text: str, sep: str = "\n\n"):
        if self.next_sep is not None:
            sep, self.next_sep = self.next_sep, None
        if self.prefix:
            text, self.prefix = self.prefix + text, ""
        self.lines.append([text, sep])

    def emit_field(self, s: str, first_sep: str = "\n\n"):
        parts = re.split(r"(‖|\|)", s)
        sep = first_sep
        for p in parts:
            if p == "|":
                sep = "\n"
            elif p == "‖":
                sep = "\n\n"
            else:
                self.emit(p.strip(), sep)
                sep = "\n\n"

    def text(self) -> str:
        out = []
        for i, (t, sep) in enumerate(self.lines):
            out.append(t if i == 0 else sep + t)
        body = "".join(out)
        return (body + "\n\n\n") if self.col else ("\n\n" + body)

    # -- column line rendering
    def numspace(self, s: str) -> str:
        """Spaces around number runs inside a non-justified line (artefact)."""
        return s

    def render_line(self, toks: list[Tok], spread: bool) -> str:
        out = []
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else None
            txt = t.t
            if t.kind == "num" and txt.endswith("%") and len(txt) > 1 and self.rng.random() < 0.06:
                txt = txt[:-1] + " %"
                self.stats["space before %"] += 1
            if prev is not None:
                sp = False
                if prev.kind == "unit":
                    sp = prev.sp_after
                elif spread:
                    if prev.kind == "close":
                        sp = False
                    elif prev.kind == "open":
                        sp = prev.t in "“‘"
                    elif t.kind == "open":
                        sp = False
                    elif t.kind == "close":
                        sp = t.t not in "》）)"
                    else:
                        sp = True
                else:
                    if t.kind == "num" and prev.kind in ("cjk", "unit"):
                        sp = self.rng.random() < self.p_num_before
                        self.stats["space around number run"] += sp
                    elif prev.kind == "num" and t.kind in ("cjk",):
                        sp = self.rng.random() < self.p_num_after
                        self.stats["space around number run"] += sp
                    elif t.kind == "close" and prev.kind == "cjk" and self.rng.random() < self.p_gap:
                        sp = True
                        self.stats["glyph-gap space before punctuation"] += 1
                    elif prev.kind == "open" and prev.t == "“" and self.rng.random() < self.p_gap:
                        sp = True
                        self.stats["space after opening quote"] += 1
                if sp:
                    out.append(" ")
            out.append(txt)
        if spread:
            self.stats["justified line spread with spaces"] += 1
        return "".join(out)

    def flow_emit(self, tokens, width, indent, lead_sep="\n\n", last_is_end=True):
        lines = flow(tokens, width, indent)
        for n, (toks, nat, cap, hard) in enumerate(lines):
            is_last = n == len(lines) - 1
            spread = (not hard) and (not is_last) and cap - nat >= 1.0 and len(toks) > 4
            self.emit(self.render_line(toks, spread), lead_sep if n == 0 else "\n\n")

    # -- pieces of an article
    def chunks(self, a: Article):
        """Body chunks: list of chunks, each a list of (para_index, kind, fragment, starts)."""
        if a.id in self.chunk_cache:
            return self.chunk_cache[a.id]
        chunks, cur = [], []
        for pi, (k, text) in enumerate(a.paras):
            pieces = CUT.split(text)
            # CUT.split returns text, tag, text, tag ...
            frags, tags = pieces[0::2], pieces[1::2]
            for fi, frag in enumerate(frags):
                if frag:
                    cur.append((pi, k, frag, fi == 0))
                if fi < len(tags):
                    chunks.append(cur)
                    cur = []
                    self.stats["story cut: " + {
                        None: "between paragraphs" if fi + 2 == len(frags) and not frags[-1] else "mid-paragraph",
                        "vf": "between a verb and its figure", "fu": "between a figure and its unit",
                        "wd": "inside a word", "qt": "inside a quoted term", "nm": "inside a name",
                        "pc": "inside a percentage"}[tags[fi]]] += 1
        if cur:
            chunks.append(cur)
        self.chunk_cache[a.id] = chunks
        return chunks

    def dl_tokens(self, a: Article, para_layout=False):
        dl = a.f["dl"]
        toks = []
        for m, part in enumerate(dl.split("|")):
            if m:
                toks.append(Tok("", "brk", 0))
                self.stats["line break inside a dateline"] += 1
            words = [w for w in part.strip().split(" ") if w]
            # the dateline's last word (a name and its bracket) never starts a line alone
            # when shorter than 4 characters: bind it to the word before, as the seeds print
            # (`通讯员 苏立）`, `（全媒体记者 王亮）`)
            if len(words) > 1 and len(words[-1]) < 4:
                words[-2:] = [words[-2] + " " + words[-1]]
            for wi, w in enumerate(words):
                if not w:
                    continue
                w = self.date_spaces(w)
                toks.append(unit(w, wi < len(words) - 1))
        return toks

    def date_spaces(self, w: str) -> str:
        if not re.search(r"\d+月", w):
            return w
        r = self.rng.random()
        if r < 0.25:
            self.stats["spaces in a dateline's date"] += 1
            w = re.sub(r"^(湖南日报)(\d)", r"\1 \2", w)
            return re.sub(r"(\d+)月\s*(\d+)日", r"\1月 \2日", w)
        if r < 0.35:
            self.stats["spaces in a dateline's date"] += 1
            return re.sub(r"(\d+)月(\d+)日", r" \1 月 \2 日", w).replace("报  ", "报 ")
        return w

    def body(self, a: Article, idx, width):
        if a.id not in self.bodies and a.f["dl"]:
            dl = clean(a.f["dl"])
            form = ("新华社…电" if dl.startswith("新华社") else "湖南日报…电" if "电" in dl.split("（")[0].split("(")[0]
                    else "湖南日报…讯")
            self.stats["dateline form: " + form] += 1
        self.bodies.add(a.id)
        chs = self.chunks(a)
        sel = range(len(chs)) if idx is None else [idx]
        for ci in sel:
            ch = chs[ci]
            self.printed[(a.id, ci)] += 1
            for pi, k, frag, starts in ch:
                lines = frag.split("|")
                if len(lines) > 1:
                    self.stats["paragraph split by a column break, nothing between"] += len(lines) - 1
                if k == "h":
                    self.emit(nows(frag.replace("|", "")) if not self.col else frag.replace("|", ""))
                    self.stats["crosshead (subhead)"] += 1
                    continue
                for li, piece in enumerate(lines):
                    if self.col:
                        toks = []
                        if pi == 0 and starts and li == 0 and a.f["dl"]:
                            toks = self.dl_tokens(a)
                        toks += tokenize(piece)
                        indent = 2.0 if (starts and li == 0) else 0.0
                        self.flow_emit(toks, width, indent)
                    else:
                        txt = piece
                        if pi == 0 and starts and li == 0 and a.f["dl"]:
                            dlp = a.f["dl"].split("|")
                            if len(dlp) > 1:
                                for d in dlp[:-1]:
                                    self.emit(d.strip())
                                self.stats["line break inside a dateline"] += len(dlp) - 1
                            txt = dlp[-1].strip() + txt
                        self.emit(txt)

    def head(self, a: Article, opts: set):
        self.heads.add(a.id)
        fields = []
        if a.f["col"] and "nocol" not in opts and "colafter" not in opts:
            fields.append(("col", a.f["col"]))
        for k in ("kick", "title", "sub"):
            if a.f[k]:
                fields.append((k, a.f[k]))
        if "colafter" in opts:
            fields.append(("col", a.f["col"]))
        if "one" in opts:
            txt = " ".join(clean(v) for k, v in fields)
            self.emit(txt)
            self.stats["headline stack printed on one line"] += 1
            return
        first = True
        for k, v in fields:
            sep = "\n\n"
            if not first and "tight" in opts:
                sep = "\n"
            if first and "tightprev" in opts:
                sep = "\n"
                self.stats["headline bunched with another story's headline"] += 1
            first = False
            if k == "title" and "dbl" in opts:
                self.emit(clean(v) + clean(v), sep)
                self.dups.append(nows(clean(v)))
                self.stats["headline drawn twice (doubled on one line)"] += 1
                continue
            if k == "title" and "sp" in opts:
                v = re.sub(r"(?<=[\u4e00-\u9fff])(\d)", r" \1", v, count=1)
                self.stats["space around number run (headline)"] += 1
            if "|" in v or "‖" in v:
                if re.search(r" [|‖]", v):
                    self.stats["two-phrase title split at its space"] += 1
                elif len(re.split(r"[|‖]", v)[-1].strip()) <= 3:
                    self.stats["headline's last word left alone on a line"] += 1
                else:
                    self.stats["headline wrapped onto two lines"] += 1
            self.emit_field(v, sep)
            if k == "title" and "twice" in opts:
                self.emit(clean(v), "\n")
                self.dups.append(nows(clean(v)))
                self.stats["headline drawn twice (two identical lines)"] += 1
        if a.id in self.bodies:
            self.stats["headline printed after its body"] += 1

    def photo(self, a: Article, width):
        credit = clean(a.f["by"])
        for i in range(len(self.chunks(a))):
            self.printed[(a.id, i)] += 1
        caps = [nows(t) for k, t in a.paras]
        pf = a.f["pf"]
        self.stats["photo credit: " + pf] += 1
        for ci, cap in enumerate(caps):
            last = ci == len(caps) - 1
            if pf == "open" and ci == 0:
                cap = credit + "  " + cap
            if pf == "after" and last:
                cap = cap + " " + credit
            if self.col and width:
                toks = tokenize(cap) if pf != "after" or not last else tokenize(cap[:-len(credit) - 1])
                if pf == "after" and last:
                    toks += [unit(" " + credit, False)]
                self.flow_emit(toks, width, 0)
            else:
                self.emit(cap)
        if pf == "own":
            self.emit(" " * self.rng.choice([18, 24, 30]) + credit)
            self.stats["credit right-aligned on its own line"] += 1

    # -- layout script
    def run(self, layout: list[str]):
        width = float(self.meta.get("width", 17))
        for cmd in layout:
            parts = cmd.split(" ", 1)
            op, rest = parts[0], (parts[1] if len(parts) > 1 else "")
            if op in ("mast", "box"):
                sep = self.next_sep or "\n\n"
                self.next_sep = None
                pieces = re.split(r" (//|/) ", rest)
                self.emit(pieces[0].strip(), sep)
                for j in range(1, len(pieces), 2):
                    self.emit(pieces[j + 1].strip(), "\n" if pieces[j] == "//" else "\n\n")
                self.extras.append(nows("".join(pieces[0::2])))
                self.stats["masthead piece" if op == "mast" else "box line"] += (len(pieces) + 1) // 2
            elif op == "head":
                aid, *o = rest.split()
                self.head(self.arts[aid], set(o))
            elif op == "col":
                a = self.arts[rest.split()[0]]
                self.emit(a.f["col"])
                self.stats["column label on its own line, apart from its head"] += 1
            elif op == "byline":
                aid, *o = rest.split()
                a = self.arts[aid]
                if "|" in a.f["by"]:
                    self.stats["byline broken across lines"] += 1
                self.emit_field(a.f["by"])
            elif op == "body":
                spec, *o = rest.split()
                aid, _, idx = spec.partition(".")
                a = self.arts[aid]
                w = width
                for x in o:
                    if x.startswith("w="):
                        w = float(x[2:])
                if a.f["w"]:
                    w = float(a.f["w"]) if not any(x.startswith("w=") for x in o) else w
                self.body(a, int(idx) if idx else None, w)
            elif op == "photo":
                aid, *o = rest.split()
                w = 0
                for x in o:
                    if x.startswith("w="):
                        w = float(x[2:])
                self.photo(self.arts[aid], w)
            elif op == "mark":
                inline = rest.endswith(" +")
                txt = rest[:-2] if inline else rest
                self.extras.append(nows(txt))
                self.stats["jump marker"] += 1
                if inline:
                    self.prefix = txt
                else:
                    self.emit(txt)
            elif op == "dup":
                t = self.lines[-1][0]
                self.emit(t)
                self.dups.append(nows(t))
                self.stats["line printed twice"] += 1
            elif op == "gap":
                self.next_sep = "\n\n\n\n"
            elif op == "tight":
                self.next_sep = "\n"
            else:
                raise SystemExit(f"unknown layout op {op!r}")


# ---------------------------------------------------------------- gold
def gold_article(a: Article) -> dict:
    paras, subs = [], []
    for k, t in a.paras:
        txt = nows(CUT.sub("", t).replace("|", ""))
        paras.append(txt)
        if k == "h":
            subs.append(CUT.sub("", t).replace("|", "").strip())
    return {
        "kind": a.kind,
        "column": clean(a.f["col"]),
        "kicker": clean(a.f["kick"]),
        "title": clean(a.f["title"]),
        "subtitle": clean(a.f["sub"]),
        "byline": clean(a.f["by"]),
        "dateline": clean(a.f["dl"]),
        "continued": a.f["cont"],
        "subheads": subs,
        "paragraphs": paras,
    }


def build(src: Path):
    meta, arts, layout = parse(src)
    mode = meta.get("punct", "full")
    for a in arts.values():
        for k in a.f:
            a.f[k] = punct(a.f[k], mode)
        a.paras = [(k, punct(t, mode)) for k, t in a.paras]
    layout = [punct(x, mode) if x.split(" ", 1)[0] in ("mast", "box", "mark") else x for x in layout]
    r = Renderer(src.name, meta, arts)
    r.run(layout)
    for a in arts.values():
        for i, ch in enumerate(r.chunks(a)):
            n = r.printed[(a.id, i)]
            if any(f for _, _, f, _ in ch) and n != 1:
                raise SystemExit(f"{src.name}: chunk {a.id}.{i} printed {n} times")
        if (a.f["kick"] or a.f["title"] or a.f["sub"]) and a.id not in r.heads and a.kind != "photo":
            raise SystemExit(f"{src.name}: head of {a.id} never printed")
    text = r.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = meta["num"]
    name = f"{num}_{h}"
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": meta.get("issue_number") or None,
        "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
        "articles": [gold_article(a) for a in arts.values()],
        "extras": r.extras,
        "duplicates": r.dups,
    }
    return name, text, gold, meta, r.stats


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def compose_all(with_meta: bool = False):
    """Return {relative path: content} for everything compose writes
    (and, with_meta, {page file name: page meta} as well)."""
    files, stats, rows, metas = {}, Counter(), [], {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        name, text, gold, meta, st = build(src)
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = gold_json(gold)
        stats.update(st)
        metas[name + ".txt"] = meta
        chars = len(nows(text))
        rows.append((f"`{name}.txt`", gold["issue_date"], meta["page"], meta["layout"], meta.get("punct", "full"),
                     len(gold["articles"]), chars, meta.get("subjects", "")))
    phen = table(sorted(stats.items(), key=lambda kv: kv[0]), ["phenomenon", "count"])
    pages = table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles", "characters", "subjects"])
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", pages)
    return (files, metas) if with_meta else files


def main():
    files = compose_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.name not in {Path(k).name for k in files if k.startswith(d + "/")}:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
