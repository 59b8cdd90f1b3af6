#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/NNN_<sha16>.txt, OUTDIR/gold/NNN_<sha16>.json and
OUTDIR/README.md (OUTDIR defaults to this folder). Standard library only; every
small choice comes from a random.Random seeded by the source file's name, so the
output is the same byte for byte on every run.

Source format (see README): meta lines `@key value`, then article sections
`== id kind [w=..] [spread=..] [dl=own]` with `field: value` header lines, a `--`
line and one paragraph per line (`## ` marks a subhead, `¦x` a cut point), then a
`== layout` section of directives, one a line.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = re.compile("¦([a-z])")
CUT_NAMES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "s": "cut at a clause boundary",
    "c": "paragraph split by a column break, nothing between",
}
# glyph classes (after punctuation conversion)
HALF_EM = set("，。、；：？！“”‘’（）《》,;:()?!")
OPEN = set("“‘（《(")
CLOSE = set("，。、；：？！”’）》,;:)?!…—%")
FULLP = set("，。、；：？！")
BR, BLANKBR = "⏎", "⏏"


# ---------------------------------------------------------------- parsing
def conv_punct(s: str, mode: str) -> str:
    if mode in ("full", "mixed"):        # sources may be typed with ASCII marks
        s = re.sub(r",(?!\d{3})", "，", s).replace(";", "；")
        s = re.sub(r"(?<=[^\x00-\x7f]):|:(?=[^\x00-\x7f])", "：", s)
    if mode == "full":
        s = s.replace("(", "（").replace(")", "）")
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse(path: Path) -> dict:
    meta, arts, layout = {}, OrderedDict(), []
    cur, in_body = None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@") and cur is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v.strip()
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                cur = "layout"
                continue
            opts = dict(p.split("=", 1) for p in parts[2:])
            cur = {"id": parts[0], "kind": parts[1], "opts": opts,
                   "f": {f: "" for f in FIELDS}, "paras": []}
            arts[parts[0]] = cur
            in_body = False
            continue
        if cur == "layout":
            layout.append(line.strip())
            continue
        if cur is None:
            raise SystemExit(f"{path}: text before first section: {line!r}")
        if not in_body:
            if line.strip() == "--":
                in_body = True
                continue
            k, _, v = line.partition(":")
            if k.strip() not in FIELDS:
                raise SystemExit(f"{path}: unknown field {k!r}")
            cur["f"][k.strip()] = v.strip()
        else:
            cur["paras"].append(line.strip())
    mode = meta.get("punct", "full")
    layout = [conv_punct(l, mode) for l in layout]
    for a in arts.values():
        for k in FIELDS:
            a["f"][k] = conv_punct(a["f"][k], mode)
        a["paras"] = [conv_punct(p, mode) for p in a["paras"]]
        pieces = []
        for pi, p in enumerate(a["paras"], 1):
            sub = p.startswith("## ")
            text = p[3:] if sub else p
            chunks = CUT.split(text)
            # chunks: text, code, text, code, text ...
            if len(chunks) > 1 and chunks[-1] == "" and pi == len(a["paras"]):
                a["jumpcut"] = chunks[-2]        # the story jumps to another page here
                chunks = chunks[:-2]
            for ci in range(0, len(chunks), 2):
                pieces.append({"text": chunks[ci], "para": pi, "sub": sub,
                               "first": ci == 0, "last": ci == len(chunks) - 1,
                               "cut": chunks[ci - 1] if ci else ""})
        a["pieces"] = pieces
    return {"meta": meta, "arts": arts, "layout": layout}


def clean(s: str) -> str:
    return CUT.sub("", s).replace(BLANKBR, "").replace(BR, "")


# ---------------------------------------------------------------- typesetting
class Tok:
    __slots__ = ("t", "w", "k", "d")

    def __init__(self, t, w, k):
        self.t, self.w, self.k, self.d = t, w, k, False


def glyph_w(ch: str) -> float:
    return 0.5 if (ch in HALF_EM or ord(ch) < 128) else 1.0


def tokenize(text: str, words: bool = False) -> list[Tok]:
    """Tokens of running text. words=True: space-separated words stay whole
    (names in datelines and bylines)."""
    out = []
    if words:
        ws = []
        for wd in text.split(" "):       # padded two-character names stay one word
            if ws and len(ws[-1]) == 1 and len(wd.rstrip("）)")) == 1:
                ws[-1] += " " + wd
            else:
                ws.append(wd)
        if len(ws) >= 2 and len(ws[-1].replace(" ", "")) < 4:
            ws[-2:] = [ws[-2] + " " + ws[-1]]      # a short last name never starts a line alone
        for i, wd in enumerate(ws):
            if i:
                out.append(Tok(" ", 0.5, "space"))
            out.append(Tok(wd, sum(glyph_w(c) for c in wd), "word"))
        return out
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in (BR, BLANKBR):
            out.append(Tok("", 0, "br"))
            i += 1
            continue
        m = re.match(r"[0-9A-Za-z.%+×]+", text[i:])
        if m:
            s = m.group(0)
            out.append(Tok(s, 0.5 * len(s), "num" if re.search(r"\d", s) else "lat"))
            i += len(s)
            continue
        if text[i:i + 2] in ("——", "……"):
            out.append(Tok(text[i:i + 2], 2.0, "dash"))
            i += 2
            continue
        if ch == " ":
            out.append(Tok(" ", 0.5, "space"))
        elif ch in OPEN:
            out.append(Tok(ch, glyph_w(ch), "open"))
        elif ch in CLOSE:
            out.append(Tok(ch, glyph_w(ch), "close"))
        else:
            out.append(Tok(ch, glyph_w(ch), "cjk"))
        i += 1
    return out


def dateline_tokens(dl: str) -> list[Tok]:
    """The agency-and-date part breaks like text; the names in brackets stay whole."""
    m = re.search(r"[（(]", dl)
    if not m:
        return tokenize(dl)
    head, tail = dl[:m.start()], dl[m.start():]
    toks = tokenize(head)
    parts = re.split(f"({BR})", tail)
    for p in parts:
        if p == BR:
            toks.append(Tok("", 0, "br"))
        elif p:
            toks.extend(tokenize(p, words=True))
    for t in toks:
        t.d = True       # dateline lines are never spread
    return toks


class Setter:
    """Greedy column typesetter with hanging punctuation and the seeds' justified-line rule."""

    def __init__(self, rng: random.Random, cnt: Counter, numspace: float, quotespace: float,
                 gapspace: float):
        self.rng, self.cnt = rng, cnt
        self.numspace, self.quotespace, self.gapspace = numspace, quotespace, gapspace

    def set(self, toks: list[Tok], width: float, indent: float, spread_p: float,
            para_end: bool = True) -> list[str]:
        lines, cur, cw = [], [], 0.0
        avail = width - indent
        i = 0

        def flush(forced: bool, last: bool):
            nonlocal cur, cw, avail
            while cur and cur[-1].k == "space":
                cw -= cur.pop().w
            if cur:
                lines.append((cur, avail - cw, forced or last))
            cur, cw, avail = [], 0.0, width

        while i < len(toks):
            t = toks[i]
            if t.k == "br":
                flush(True, False)
                i += 1
                continue
            if t.k == "space" and not cur:
                i += 1
                continue
            if cw + t.w <= avail + 1e-9:
                cur.append(t)
                cw += t.w
                i += 1
                continue
            if t.k == "close" and cur:
                # hanging punctuation: a closing mark never starts a line
                while i < len(toks) and toks[i].k == "close" and cw + toks[i].w <= avail + 1.0:
                    cur.append(toks[i])
                    cw += toks[i].w
                    i += 1
                flush(False, False)
                continue
            carry = []
            if cur and cur[-1].k == "open":      # an opening mark never ends a line
                carry = [cur.pop()]
                cw -= carry[0].w
            flush(False, False)
            for c in carry:
                cur.append(c)
                cw += c.w
        flush(False, para_end)
        out = []
        for n, (lt, slack, final) in enumerate(lines):
            has_p = any(x.k in ("close", "open") for x in lt)
            spread = not final and not any(x.d for x in lt) and (slack >= 1.5 or (
                slack >= 0.5 and has_p and self.rng.random() < spread_p))
            out.append(self.render(lt, spread))
        return out

    def render(self, lt: list[Tok], spread: bool) -> str:
        s = ""
        if spread:
            self.cnt["justified line spread with spaces"] += 1
            for j, t in enumerate(lt):
                if j:
                    a = lt[j - 1]
                    if not (a.k in ("close", "space") or t.k in ("open", "space")):
                        s += " "
                s += t.t
            return s
        for j, t in enumerate(lt):
            prev = lt[j - 1] if j else None
            nxt = lt[j + 1] if j + 1 < len(lt) else None
            if t.k == "num" and prev is not None and prev.k == "cjk" \
                    and self.rng.random() < self.numspace:
                s += " "
                self.cnt["space around a number run"] += 1
            if t.k == "close" and t.t in FULLP and prev is not None and prev.k in ("cjk", "num") \
                    and self.rng.random() < self.gapspace:
                s += " "
                self.cnt["glyph-gap space before full-width punctuation"] += 1
            tt = t.t
            if t.k == "num" and tt.endswith("%") and len(tt) > 1 and self.rng.random() < self.gapspace * 2:
                tt = tt[:-1] + " %"
                self.cnt["glyph-gap space before %"] += 1
            s += tt
            if t.k == "num" and nxt is not None and nxt.k == "cjk" and self.rng.random() < self.numspace * 0.7:
                s += " "
                self.cnt["space around a number run"] += 1
            if t.k == "open" and t.t == "“" and nxt is not None and self.rng.random() < self.quotespace:
                s += " "
                self.cnt["space after an opening quote"] += 1
        return s


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, src: Path):
        self.src = src
        d = parse(src)
        self.meta, self.arts, self.layout = d["meta"], d["arts"], d["layout"]
        self.rng = random.Random(src.name)
        self.cnt = Counter()
        self.col = self.meta["layout"] == "column"
        self.out: list[list[str]] = []          # [sep, text]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.order: list[str] = []
        self.printed: dict[str, set] = {k: set() for k in self.arts}
        self.body_seen: set = set()
        self.head_seen: set = set()
        m = self.meta
        self.setter = Setter(self.rng, self.cnt, float(m.get("numspace", "0.5")),
                             float(m.get("quotespace", "0.06")), float(m.get("gapspace", "0.03")))

    # output helpers
    def emit(self, text: str, sep: str = "\n\n"):
        if not self.out:
            sep = ""
        self.out.append([sep, text])

    def emit_block(self, lines: list[str], sep: str, inner: str):
        for n, l in enumerate(lines):
            self.emit(l, sep if n == 0 else inner)

    def seen(self, aid: str):
        if aid not in self.order:
            self.order.append(aid)

    # directives
    def run(self):
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            args, opts = [], {}
            for tok in re.findall(r"\S+=\S.*?(?=\s+\S+=|$)|\S+", rest):
                if "=" in tok and re.match(r"^[a-z]+=", tok):
                    k, v = tok.split("=", 1)
                    opts[k] = v
                else:
                    args.append(tok)
            sep = {"1": "\n", "sp": "\n ", "0": " ", "3": "\n\n\n\n"}.get(opts.get("gl", ""), "\n\n")
            getattr(self, "do_" + cmd)(args, opts, sep)
        for aid, a in self.arts.items():
            if len(self.printed[aid]) != len(a["pieces"]):
                missing = sorted(set(range(1, len(a["pieces"]) + 1)) - self.printed[aid])
                raise SystemExit(f"{self.src.name}: {aid} pieces not printed: {missing}")
            if aid not in self.order:
                raise SystemExit(f"{self.src.name}: {aid} never laid out")

    def do_extra(self, args, opts, sep):
        text = " ".join(args)
        parts = re.split(r"([|/])", text)
        first = True
        for p in parts:
            if p in ("|", "/"):
                nsep = "\n\n" if p == "|" else "\n"
                continue
            self.emit(p, sep if first else nsep)
            first = False
        self.extras.append(re.sub(r"\s+", "", text.replace("|", "").replace("/", "")))
        kind = opts.get("kind", "box")
        if kind == "masthead":
            self.cnt["masthead pieces in drawing order"] += text.count("|") + text.count("/") + 1
            self.cnt["masthead pieces merged on one line"] += sum(
                1 for p in re.split(r"[|/]", text) if " " in p.strip())
        else:
            self.cnt["short box line (countdown, code prompt, notice box)"] += 1

    def do_mark(self, args, opts, sep):
        aid, text = args[0], " ".join(args[1:])
        cont = self.arts[aid]["f"]["continued"]
        assert cont and cont.replace(" ", "") in text.replace(" ", ""), (aid, text)
        self.emit(text, sep)
        self.cnt["jump marker on a line of its own"] += 1
        jc = self.arts[aid].get("jumpcut")
        if jc:
            self.cnt[CUT_NAMES[jc] + " (at a jump to another page)"] += 1

    def do_dup(self, args, opts, sep):
        n = int(args[0]) if args else 1
        last = [t for _, t in self.out[-n:]]
        for l in last:
            self.emit(l, sep)
            self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) +|\s+(?=[^\x00-\x7f])", "", l).strip())
            self.cnt["line printed twice"] += 1

    def head_lines(self, a, spec: str) -> list[tuple[str, str]]:
        """[(sep_before, text)] for a headline stack spec like 'k|t/s' or 't_T'."""
        f = a["f"]
        names = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
        res, cur, pend = [], "", None
        joins = {"|": "\n\n", "/": "\n", "_": " ", "+": ""}
        for ch in spec:
            if ch in joins:
                pend = joins[ch]
                continue
            val = f[names[ch.lower()]]
            if not val:
                raise SystemExit(f"{self.src.name}: {a['id']} has no {names[ch.lower()]}")
            if ch.lower() == "s" and len(clean(val)) <= 6 and clean(val).endswith(("出席", "参加")):
                self.cnt["short trailing headline line (某某某出席)"] += 1
            if ch.isupper():
                self.dups.append(clean(val).replace(" ", ""))
                self.cnt["headline drawn twice"] += 1
            if BR in val or BLANKBR in val:
                self.cnt["headline or byline broken across lines"] += 1
                if " " + BR in val:
                    self.cnt["two-phrase title split at its space"] += 1
                tail = re.split(f"[{BR}{BLANKBR}]", val)[-1]
                if ch.lower() == "t" and len(tail) <= 4:
                    self.cnt["headline's last word left alone on a line"] += 1
            val = val.replace(BLANKBR, "\n\n").replace(BR, "\n")
            if pend is None:
                cur = val
            elif pend in (" ", ""):
                cur += pend + val
                if pend == " " and ch.islower():
                    self.cnt["headline parts bunched on one line"] += 1
            else:
                res.append(cur)
                res.append(pend)
                cur = val
            pend = "x"
        res.append(cur)
        out, s = [], None
        for x in res:
            if x in ("\n\n", "\n"):
                s = x
            else:
                out.append((s, x))
        return out

    def do_head(self, args, opts, sep):
        aid, spec = args[0], args[1]
        a = self.arts[aid]
        if aid in self.body_seen and a["kind"] not in ("photo",):
            self.cnt["headline printed after its body"] += 1
        if opts.get("bunch"):
            self.cnt["headline bunched with other stories' headlines"] += 1
        self.head_seen.add(aid)
        for n, (s, text) in enumerate(self.head_lines(a, spec)):
            for m, piece in enumerate(p.rstrip() for p in text.split("\n")):
                if n == 0 and m == 0:
                    self.emit(piece, sep)
                elif m == 0:
                    self.emit(piece, s)
                else:
                    self.emit(piece, "\n")
        if "b" in spec and re.search("通讯员", a["f"]["byline"]) and BR in a["f"]["byline"].split("通讯员")[0][-2:]:
            self.cnt["line break before 通讯员"] += 1

    def pieces(self, a, rng_s: str) -> list[int]:
        n = len(a["pieces"])
        if rng_s == "all":
            return list(range(1, n + 1))
        lo, _, hi = rng_s.partition("-")
        lo = int(lo)
        hi = int(hi) if hi else (n if "-" in rng_s else lo)
        return list(range(lo, hi + 1))

    def do_body(self, args, opts, sep):
        aid = args[0]
        a = self.arts[aid]
        self.seen(aid)
        idx = self.pieces(a, args[1] if len(args) > 1 else "all")
        for i in idx:
            if i in self.printed[aid]:
                raise SystemExit(f"{self.src.name}: {aid} piece {i} printed twice")
            self.printed[aid].add(i)
        if idx[0] > 1 and not a["pieces"][idx[0] - 1]["first"]:
            code = a["pieces"][idx[0] - 1]["cut"]
            if self.out and self.last_body == (aid, idx[0] - 1):
                self.cnt[CUT_NAMES["c"]] += 1
            else:
                self.cnt[CUT_NAMES.get(code, "cut")] += 1
                self.cnt["story continued after a piece of another story"] += 1
        self.body_seen.add(aid)
        pre = opts.get("pre", "")
        if pre:
            self.cnt["jump marker at the start of a body line"] += 1
        dl = a["f"]["dateline"] if idx[0] == 1 else ""
        dlmode = a["opts"].get("dl", "inline")
        if dl and re.search(r"\d月" + BR + r"|月" + BR + r"\d|日" + BR, dl):
            self.cnt["line break inside a dateline's date"] += 1
        if dl and re.search(BR + "通讯员", dl):
            self.cnt["line break before 通讯员"] += 1
        if dl and re.search(r"[\u4e00-\u9fff]" + BR + r"[\u4e00-\u9fff]", dl.split("（")[-1].split("(")[-1]):
            self.cnt["line break between a byline's names"] += 1
        first_sep = sep
        if self.col:
            self.body_col(a, idx, dl, dlmode, pre, first_sep)
        else:
            self.body_par(a, idx, dl, pre, first_sep)
        self.last_body = (aid, idx[-1])

    last_body = None

    def body_par(self, a, idx, dl, pre, sep):
        for n, i in enumerate(idx):
            p = a["pieces"][i - 1]
            text = p["text"]
            if n == 0 and dl:
                if BR in dl:
                    head, _, tail = dl.partition(BR)
                    self.emit(pre + head, sep)
                    pre, sep = "", "\n"
                    text = tail.replace(BR, "") + text
                else:
                    text = dl + text
            if n == 0 and pre:
                text = pre + text
            if n > 0 and not p["first"]:
                self.cnt[CUT_NAMES["c"]] += 1
            self.emit(text, sep if n == 0 else "\n\n")

    def body_col(self, a, idx, dl, dlmode, pre, sep):
        w = float(a["opts"].get("w", self.meta.get("width", "17")))
        sp = float(a["opts"].get("spread", self.meta.get("spread", "0.1")))
        lines = []
        for n, i in enumerate(idx):
            p = a["pieces"][i - 1]
            toks = []
            indent = 2.0 if (p["first"] and not p["sub"]) else 0.0
            if n == 0 and dl:
                if dlmode == "own":
                    dls = self.setter.set(dateline_tokens(dl), w, 2.0, 0.0)
                    lines += dls
                    indent = 0.0
                else:
                    toks += dateline_tokens(dl)
            toks += tokenize(p["text"])
            if n > 0 and not p["first"]:
                self.cnt[CUT_NAMES["c"]] += 1
            if p["sub"]:
                ls = self.setter.set(toks, w, 0.0, 0.0)
            else:
                ls = self.setter.set(toks, w, indent, sp, para_end=p["last"])
            if n == 0 and pre:
                ls[0] = pre + ls[0]
            lines += ls
        self.emit_block(lines, sep, "\n\n")

    def do_photo(self, args, opts, sep):
        aid = args[0]
        a = self.arts[aid]
        self.seen(aid)
        for i in range(1, len(a["pieces"]) + 1):
            self.printed[aid].add(i)
        cap = "".join(p["text"] for p in a["pieces"])
        credit = a["f"]["byline"]
        mode = opts.get("credit", "end")
        if self.col:
            pw = float(opts.get("pw", "40"))
            lines = self.setter.set(tokenize(cap), pw, 0.0, 0.0)
        else:
            lines = [cap]
        if credit and mode == "end":
            lines[-1] += " " + credit
            self.cnt["photo credit at the end of the caption line"] += 1
        elif credit and mode == "tight":
            lines[-1] += credit
            self.cnt["photo credit at the end of the caption line"] += 1
        self.emit_block(lines, sep, "\n\n")
        if credit and mode == "own":
            self.emit(credit, "\n\n")
            self.cnt["photo credit on a line of its own"] += 1
        if credit and mode == "right":
            self.emit(" " * int(opts.get("pad", "24")) + credit, "\n\n")
            self.cnt["credit right-aligned on a line of its own"] += 1

    # ------------------------------------------------------------ results
    def text(self) -> str:
        body = "".join(s + t for s, t in self.out)
        if self.col:
            return " " + body + "\n\n\n"
        return "\n\n" + body

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            f = {k: clean(v) for k, v in a["f"].items()}
            f["continued"] = re.sub(r"[\s▷▶▲（）()]", "", f["continued"]) if f["continued"] else ""
            paras, subs = [], []
            for p in a["paras"]:
                sub = p.startswith("## ")
                t = clean(p[3:] if sub else p)
                if sub:
                    subs.append(t)
                paras.append(t)
            art = OrderedDict()
            art["kind"] = a["kind"]
            for k in FIELDS:
                art[k] = f[k]
            art["subheads"] = subs
            art["paragraphs"] = paras
            arts.append(art)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = self.meta["date"]
        g["issue_number"] = int(self.meta["issue"]) if self.meta.get("issue") else None
        g["page_count"] = int(self.meta["pages"]) if self.meta.get("pages") else None
        g["articles"] = arts
        g["extras"] = self.extras
        g["duplicates"] = self.dups
        return g


def build(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    rows, total = [], Counter()
    for src in srcs:
        pg = Page(src)
        pg.run()
        text = pg.text()
        no = pg.meta["no"]
        name = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (outdir / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (outdir / "gold" / (name + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        for a in pg.arts.values():
            for p in a["pieces"]:
                if p["cut"]:
                    pass
        total.update(pg.cnt)
        chars = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", pg.meta["date"], pg.meta.get("page", ""), pg.meta["layout"],
                     pg.meta.get("punct", "full"), len(g["articles"]), chars,
                     pg.meta.get("subjects", "")))
    ph = "| phenomenon | count |\n|---|---:|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---:|---:|---|\n" + "\n".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |" for r in rows))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return ph, pt


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    build(out)
