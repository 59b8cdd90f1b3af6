#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold annotations
(gold/) and README.md.  Standard library only; deterministic (every small
choice comes from a random.Random seeded by the source file name).

Source format: see README.in / README.md ("The source format").
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
SRC = HERE / "src"

CUT = "\u00a6"                       # ¦ followed by a one-letter cut code
CUT_NAMES = {
    "p": "cut between paragraphs",
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "b": "cut inside a title in 《》",
    "c": "paragraph split by a column break, nothing between",
    "s": "cut mid-sentence (other)",
}
CLOSING = set("，。、；：？！）”》’%,;:)?!")
OPENING = set("“《（‘(")
COMPRESSIBLE = set("，。、；：")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXBR = {"（": "(", "）": ")"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
          "dateline", "continued", "subheads", "paragraphs")


# ---------------------------------------------------------------- parsing
def parse(text: str, name: str) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "layout": [], "name": name}
    cur = None
    mode = "meta"
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("%%"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                mode, cur = "layout", None
                continue
            cur = {"id": parts[0], "kind": parts[1], "f": {}, "body": []}
            page["arts"][parts[0]] = cur
            mode = "fields"
            continue
        if mode == "meta":
            if line.strip():
                k, _, v = line.partition(":")
                page["meta"][k.strip()] = v.strip()
        elif mode == "fields":
            if line.strip() == "---":
                mode = "body"
            elif line.strip():
                k, _, v = line.partition(":")
                cur["f"][k.strip()] = v.strip()
        elif mode == "body":
            if line.strip():
                cur["body"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


def conv(s: str, punct: str) -> str:
    table = HALF if punct == "half" else MIXBR if punct == "mixbr" else {}
    return "".join(table.get(c, c) for c in s)


def pieces_of(art: dict, punct: str, tally: Counter):
    """Split an article body into paragraphs (gold) and pieces (layout).
    A piece is a list of segments (para_index, text, starts_para)."""
    paras, subheads, pieces = [], [], [[]]
    for line in art["body"]:
        if re.fullmatch(CUT + "[a-z]", line):
            tally[CUT_NAMES[line[1]]] += 1
            pieces.append([])
            continue
        sub = line.startswith("## ")
        if sub:
            line = line[3:].strip()
        line = conv(line, punct)
        chunks = re.split(CUT + "([a-z])", line)
        full = "".join(chunks[0::2])
        idx = len(paras)
        paras.append(full)
        if sub:
            subheads.append(full)
        for k, chunk in enumerate(chunks[0::2]):
            if k:
                tally[CUT_NAMES[chunks[2 * k - 1]]] += 1
                pieces.append([])
            pieces[-1].append((idx, chunk, k == 0, sub))
    pieces = [p for p in pieces if p]
    return paras, subheads, pieces


# ---------------------------------------------------------------- column wrap
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-]*|\S|[ \u3000]")


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if tok == "\u3000":
        return 1.0
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in tok)


def is_ascii_run(tok: str) -> bool:
    return bool(re.match(r"[A-Za-z0-9]", tok))


def wrap(stream: list, W: float) -> list:
    """stream: list of tokens, '\n' = forced break, a token starting with
    '\x01' may not begin a line (inside a dateline word).  Greedy fill to W em
    with hanging punctuation; returns list of (tokens, forced_end)."""
    lines, cur = [], []
    for tok in stream:
        if tok == "\n":
            lines.append((cur, True))
            cur = []
            continue
        if tok == " " and not cur:
            continue
        cw = sum(width(t.lstrip("\x01")) for t in cur)
        w = width(tok.lstrip("\x01"))
        if cw + w > W + 1e-9 and cur:
            if tok in CLOSING:             # hanging punctuation stays
                cur.append(tok)
                continue
            if tok.startswith("\x01") or tok == " ":
                j = max((k for k, t in enumerate(cur) if t == " "), default=0)
                if j > 0:
                    rest = cur[j + 1:]
                    cur = cur[:j]
                    lines.append((cur, True))
                    cur = rest
                    if tok != " ":
                        cur.append(tok)
                    continue
            brk_space = tok == " " or (cur and cur[-1] == " ")
            while cur and cur[-1] == " ":
                cur.pop()
            carry = []
            while len(cur) > 1 and cur[-1] in OPENING:
                carry.insert(0, cur.pop())
            lines.append((cur, brk_space))
            cur = carry
            if tok == " ":
                continue
        cur.append(tok)
    if cur:
        lines.append((cur, True))
    return [([t.lstrip("\x01") for t in l], f) for l, f in lines]


def render(tokens: list, spread: bool, rng: random.Random, style: dict,
           tally: Counter) -> str:
    toks = [t for t in tokens]
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if spread:
            if i and not (prev in CLOSING and prev != "%") and t not in OPENING \
                    and prev != " " and t != " ":
                out += " "
            out += t
            continue
        if is_ascii_run(t) and i and not is_ascii_run(prev) and prev not in OPENING \
                and prev != " " and rng.random() < style["numlead"]:
            out += " "
            tally["space before a number run"] += 1
        elif t in "、，" and i and rng.random() < style["gap"]:
            out += " "
            tally["glyph-gap space before full-width punctuation"] += 1
        elif t == "%" and rng.random() < style["gap"]:
            out += " "
            tally["glyph-gap space before %"] += 1
        out += t
        if is_ascii_run(t) and i + 1 < len(toks) and re.match(r"[\u4e00-\u9fff]", toks[i + 1]) \
                and rng.random() < style["numtrail"]:
            out += " "
            tally["space after a number run"] += 1
        if t == "“" and i + 1 < len(toks) and rng.random() < style["quote"]:
            out += " "
            tally["space after an opening quote"] += 1
    return out


def column_lines(text_stream: list, W: float, rng, style, tally, final_is_para_end=True):
    lines = wrap(text_stream, W)
    res = []
    for n, (toks, forced) in enumerate(lines):
        last = n == len(lines) - 1
        w = sum(width(t) for t in toks)
        spread = False
        if not forced and not last:
            npunct = sum(1 for t in toks[:-1] if t in COMPRESSIBLE)
            if W - w >= 1 or (npunct >= 3 and rng.random() < style["spread3"]):
                spread = True
                tally["justified line spread with spaces"] += 1
        res.append(render(toks, spread, rng, style, tally))
    return res


def tail_ok(lines: list, sq: int) -> bool:
    """The dateline's last piece on a line that goes on with body text must
    hold 4+ characters (or the line must end with the dateline)."""
    done = 0
    for l in lines:
        n = len(re.sub(r"\s", "", l))
        if done + n >= sq:
            tail = sq - done
            return tail >= 4 or done + n == sq or tail == n
        done += n
    return True


def heads_ok(lines: list, sq: int) -> bool:
    """No line inside a dateline may hold fewer than 5 characters."""
    done = 0
    for l in lines:
        n = len(re.sub(r"\s", "", l))
        if done + n >= sq:
            return True
        if n < 5:
            return False
        done += n
    return True


def tokens(s: str) -> list:
    return TOKEN.findall(s)


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, page: dict, tally: Counter):
        self.p = page
        self.m = page["meta"]
        self.tally = tally
        self.rng = random.Random(page["name"])
        self.punct = self.m.get("punct", "full")
        self.layout = self.m["layout"]
        self.W = float(self.m.get("width", 17))
        self.style = {
            "numlead": float(self.m.get("numlead", 0.85 if self.layout == "column" else 0)),
            "numtrail": float(self.m.get("numtrail", 0.5 if self.layout == "column" else 0)),
            "gap": float(self.m.get("gap", 0.04 if self.layout == "column" else 0)),
            "quote": float(self.m.get("quote", 0.08 if self.layout == "column" else 0)),
            "spread3": float(self.m.get("spread3", 0.6)),
        }
        self.out = []          # [line, sep_after]
        self.extras, self.dups, self.raw_markers = [], [], {}
        self.order = []
        self.gold = {}
        self.pieces = {}
        self.started = set()
        self.body_seen = set()
        self.last_head = None
        self.in_mast = False
        for aid, a in page["arts"].items():
            f = {k: conv(v, self.punct) for k, v in a["f"].items()}
            paras, subs, pcs = pieces_of(a, self.punct, tally)
            a["F"] = f
            self.pieces[aid] = pcs
            g = OrderedDict()
            g["kind"] = a["kind"]
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                g[k] = f.get(k, "").replace("/", "")
            g["subheads"] = subs
            g["paragraphs"] = paras
            self.gold[aid] = g

    # -- output helpers
    def emit(self, line: str, sep: str = "\n\n"):
        self.out.append([line.rstrip(), sep])

    def touch(self, aid):
        if aid not in self.order:
            self.order.append(aid)

    def art(self, aid):
        return self.p["arts"][aid]

    # -- instructions
    def run(self):
        for ins in self.p["layout"]:
            op, _, rest = ins.partition(" ")
            if op != "mast" and self.in_mast:
                self.in_mast = False
            getattr(self, "op_" + op)(rest.strip())
        for aid, pcs in self.pieces.items():
            if pcs:
                raise SystemExit(f"{self.p['name']}: pieces of {aid} not laid out")
        missing = [a for a in self.p["arts"] if a not in self.order]
        if missing:
            raise SystemExit(f"{self.p['name']}: articles never laid out: {missing}")

    def op_mast(self, rest):
        t = conv(rest, self.punct)
        self.emit(t, self.m.get("mastsep", "\n\n").encode().decode("unicode_escape"))
        if self.in_mast:
            self.extras[-1] += re.sub(r"\s+", "", t)
        else:
            self.extras.append(re.sub(r"\s+", "", t))
        self.in_mast = True
        self.tally["masthead piece"] += 1

    def op_box(self, rest):
        t = conv(rest, self.punct)
        for part in t.split("/"):
            self.emit(part)
        self.extras.append(re.sub(r"\s+", "", t.replace("/", "")))
        self.tally["short box line (countdown, code prompt, sponsor, label)"] += 1

    def op_gap(self, rest):
        if self.out:
            self.out[-1][1] = "\n\n\n\n"

    def op_tight(self, rest):
        if self.out:
            self.out[-1][1] = "\n"

    def head_parts(self, aid, only=None):
        f = self.art(aid)["F"]
        keys = only or ["kicker", "title", "subtitle"]
        return [(k, f[k]) for k in keys if f.get(k)]

    def op_head(self, rest):
        args = rest.split()
        aid, opts = args[0], args[1:]
        self.touch(aid)
        only = None
        for o in opts:
            if o.startswith("only="):
                only = o[5:].split(",")
        parts = self.head_parts(aid, only)
        if aid in self.body_seen:
            self.tally["headline printed after its body"] += 1
        if self.last_head and self.last_head != aid:
            self.tally["headline bunched with another story's headline"] += 1
        one = ("one" in opts) or (self.layout == "para" and "lines" not in opts)
        tight = "tight" in opts
        for k, v in parts:
            if "/" in v:
                last = v.rsplit("/", 1)[1]
                if len(last) <= 3:
                    self.tally["headline's last word left alone on a line"] += 1
        if one:
            text = " ".join(v.replace("/", " ") for _, v in parts)
            self.emit(text)
        else:
            for k, v in parts:
                for seg in v.split("/"):
                    self.emit(seg, "\n" if tight else "\n\n")
            if tight:
                self.out[-1][1] = "\n\n"
        self.last_head = aid

    def op_head2(self, rest):
        aid, how = rest.split()
        self.touch(aid)
        t = self.art(aid)["F"]["title"].replace("/", "")
        if how == "same":
            self.emit(t + t)
            self.tally["headline drawn twice on one line"] += 1
        else:
            self.emit(t)
            self.emit(t)
            self.tally["headline drawn twice as two identical lines"] += 1
        self.dups.append(t)
        self.last_head = aid

    def op_col(self, rest):
        aid = rest.split()[0]
        self.touch(aid)
        self.emit(self.art(aid)["F"]["column"])
        self.tally["column label on its own line"] += 1
        self.last_head = None

    def breaks(self, s: str, what: str):
        segs = s.split("/")
        for a, b in zip(segs, segs[1:]):
            if not b.strip():
                self.tally[f"{what} alone on its line"] += 1
            elif b.lstrip().startswith("通讯员"):
                self.tally[f"line break before 通讯员 ({what})"] += 1
            elif what == "dateline" and not re.search(r"[讯电]", a):
                self.tally["line break inside a dateline's date"] += 1
            else:
                self.tally[f"line break between names ({what})"] += 1

    def count_breaks(self, lines, d):
        sd = re.sub(r"\s", "", d)
        done = 0
        for l in lines:
            done += len(re.sub(r"\s", "", l))
            if done >= len(sd):
                break
            nxt = sd[done:]
            if nxt.startswith("通讯员"):
                self.tally["line break before 通讯员 (dateline)"] += 1
            elif not re.search(r"[讯电]", sd[:done]):
                self.tally["line break inside a dateline's date"] += 1
            elif "（" in sd[:done] or "(" in sd[:done]:
                self.tally["line break between names (dateline)"] += 1
            else:
                self.tally["line break after the dateline's place and date"] += 1

    def op_by(self, rest):
        args = rest.split()
        aid = args[0]
        self.touch(aid)
        b = self.art(aid)["F"]["byline"]
        self.breaks(b, "byline")
        for seg in b.split("/"):
            if "right" in args:
                seg = " " * self.rng.randint(12, 30) + seg
                self.tally["credit right-aligned on its own line"] += 1
            self.emit(seg)
        self.last_head = None

    def op_mark(self, rest):
        aid = rest.split()[0]
        self.touch(aid)
        m = self.art(aid)["F"]["marker"]
        self.emit(m)
        self.raw_markers.setdefault(aid, []).append(m)
        self.tally["jump marker"] += 1
        self.last_head = None

    def op_dup(self, rest):
        n = int(rest or 1)
        lines = [l for l, _ in self.out[-n:]]
        for l in lines:
            self.emit(l)
            self.dups.append(l.strip())
            self.tally["line printed twice"] += 1

    def op_photo(self, rest):
        args = rest.split()
        aid = args[0]
        self.touch(aid)
        a = self.art(aid)
        f = a["F"]
        cap = self.gold[aid]["paragraphs"][0]
        self.pieces[aid] = []
        if f.get("title") and "notitle" not in args:
            self.emit(f["title"])
        cw = float(f.get("width", 44))
        if self.layout == "column":
            lines = [render(t, False, self.rng, self.style, self.tally)
                     for t, _ in wrap(tokens(cap), cw)]
        else:
            lines = [cap]
        cred = f.get("byline", "")
        if cred and "same" in args:
            lines[-1] += " " + cred.replace("/", "")
            self.tally["credit on the caption's last line"] += 1
        for i, l in enumerate(lines):
            self.emit(l, "\n" if i < len(lines) - 1 and self.layout == "column" else "\n\n")
        if cred and "same" not in args:
            for seg in cred.split("/"):
                pad = " " * self.rng.randint(16, 36) if "right" in args else ""
                if pad:
                    self.tally["credit right-aligned on its own line"] += 1
                self.emit(pad + seg)
        self.last_head = None

    def op_body(self, rest):
        args = rest.split()
        aid = args[0]
        n = 1
        for o in args[1:]:
            if o.isdigit():
                n = int(o)
        if "all" in args:
            n = len(self.pieces[aid])
        inline_mark = "mark" in args
        self.touch(aid)
        a = self.art(aid)
        f = a["F"]
        W = float(f.get("width", self.W))
        for _ in range(n):
            piece = self.pieces[aid].pop(0)
            first_piece = aid not in self.started
            self.started.add(aid)
            self.body_seen.add(aid)
            for si, (pi, text, starts, sub) in enumerate(piece):
                prefix = ""
                if si == 0 and first_piece and f.get("dateline"):
                    prefix = f["dateline"]
                if si == 0 and inline_mark:
                    m = f["marker"]
                    self.raw_markers.setdefault(aid, []).append(m)
                    self.tally["jump marker"] += 1
                    prefix = m + prefix
                if self.layout == "para" or sub:
                    while "/" in prefix and 0 < len(re.sub(r"\s", "", prefix.rsplit("/", 1)[1])) < 4:
                        prefix = prefix[::-1].replace("/", "", 1)[::-1]
                    if "/" in prefix:
                        self.breaks(prefix, "dateline")
                    segs = prefix.split("/") if prefix else [""]
                    segs[-1] += text
                    for s in segs:
                        if s:
                            self.emit(s)
                else:
                    variants = [prefix]
                    while "/" in variants[-1]:
                        variants.append(variants[-1][::-1].replace("/", "", 1)[::-1])
                    for prefix in variants:
                        lines = self.wrap_first(prefix, text, W)
                        if lines is not None:
                            break
                    else:
                        raise SystemExit(f"{self.p['name']}: {aid}: dateline cannot be laid out")
                    if prefix:
                        self.count_breaks(lines, prefix.replace("/", ""))
                    for l in lines:
                        self.emit(l)
        self.last_head = None

    def wrap_first(self, prefix, text, W):
                    stream = []
                    if prefix:
                        for k, seg in enumerate(prefix.split("/")):
                            if k:
                                stream.append("\n")
                            prev = " "
                            for t in tokens(seg):
                                stream.append(t if prev == " " or t == " " else "\x01" + t)
                                prev = t
                    stream += tokens(text)
                    sq = len(re.sub(r"\s", "", prefix.replace("/", "")))
                    for shrink in (0, 0.5, 1, 1.5, 2, 2.5, 3, -0.5, -1):
                        lines = column_lines(stream, W - shrink, self.rng, self.style, Counter())
                        if not prefix or (tail_ok(lines, sq) and heads_ok(lines, sq)):
                            break
                    else:
                        return None
                    return column_lines(stream, W - shrink, self.rng, self.style, self.tally)

    # -- results
    def text(self) -> str:
        s = "\n\n" if self.layout == "para" else " " * int(self.m.get("lead", 0))
        for i, (l, sep) in enumerate(self.out):
            s += l + (sep if i < len(self.out) - 1 else "")
        return s

    def gold_json(self, fname: str) -> dict:
        d = OrderedDict()
        d["source"] = fname
        d["issue_date"] = self.m["date"]
        d["issue_number"] = self.m.get("number") or None
        d["page_count"] = int(self.m["pages"]) if self.m.get("pages") else None
        d["articles"] = [self.gold[a] for a in self.order]
        d["extras"] = self.extras
        d["duplicates"] = self.dups
        return d


def build(only=None):
    """Return {relpath: text} for everything compose writes, plus info."""
    files, infos = {}, []
    total = Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        page = parse(sp.read_text(encoding="utf-8"), sp.name)
        tally = Counter()
        P = Page(page, tally)
        P.run()
        text = P.text()
        num = "%03d" % int(page["meta"]["file"])
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{num}_{h}.txt"
        gold = P.gold_json(fname)
        files[f"pages/{fname}"] = text
        files[f"gold/{num}_{h}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(tally)
        if P.punct != "full":
            total[f"page with punctuation '{P.punct}'"] += 1
        infos.append({"file": fname, "src": sp.name, "meta": page["meta"], "gold": gold,
                      "markers": P.raw_markers, "order": P.order, "tally": tally,
                      "chars": len(re.sub(r"\s", "", text))})
    files["README.md"] = readme(infos, total)
    return files, infos


def readme(infos, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        npages = sum(1 for i in infos if i["tally"].get(k)) or "–"
        rows.append(f"| {k} | {total[k]} | {npages} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for i in infos:
        m = i["meta"]
        front = f" (front, 第{m['number']}号, {m['pages']}版)" if m.get("number") else ""
        prow.append(f"| {i['file']} | {m['date']} | {m['page']}{front} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(i['gold']['articles'])} | {i['chars']} | "
                    f"{m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files, infos = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(infos)} pages")


if __name__ == "__main__":
    main()
