#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into pages/*.txt, gold/*.json, README.md.

Standard library only. Deterministic: every small choice comes from a random.Random
seeded by the source file name (src/pNN.txt).
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = "，。、；：？！”’）》」,.;:?!)"
OPEN = "“‘（《「("
FULLP = "，。、；：？！“”‘’（）《》「」"
RUN = re.compile(r"[0-9A-Za-z.%+×\-/]+")

# ---------------------------------------------------------------- source parsing


def conv_punct(s: str, mode: str) -> str:
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("：", ":"), ("；", ";")):
            s = s.replace(a, b)
    return s


def parse(path: Path) -> dict:
    meta, arts, order, layout = {}, {}, [], []
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "LAYOUT":
                section = "layout"
                continue
            section = "art"
            cur = {"id": head[0], "kind": head[1], "paras": [], "marker": ""}
            for f in FIELDS:
                cur[f] = ""
            arts[head[0]] = cur
            order.append(head[0])
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif section == "art":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                cur["paras"].append(v)
            elif k in FIELDS or k == "marker":
                cur[k] = v
            else:
                raise SystemExit(f"{path}: unknown key {k!r}")
        else:
            layout.append(line.strip())
    mode = meta.get("punct", "full")
    for a in arts.values():
        for f in FIELDS + ("marker",):
            a[f] = conv_punct(a[f], mode)
        a["paras"] = [conv_punct(p, mode) for p in a["paras"]]
    layout = [conv_punct(x, mode) if x.split(" ", 1)[0] in ("extra", "mast", "line") else x
              for x in layout]
    return {"meta": meta, "arts": arts, "order": order, "layout": layout, "name": path.name}


def clean(s: str) -> str:
    return s.replace("|", "").replace("¦", "")


def gold_article(a: dict) -> dict:
    paras, subs = [], []
    for p in a["paras"]:
        if p.startswith("## "):
            t = clean(p[3:])
            subs.append(t)
            paras.append(t)
        else:
            paras.append(clean(p))
    return {"kind": a["kind"], "column": a["column"], "kicker": a["kicker"], "title": a["title"],
            "subtitle": a["subtitle"], "byline": clean(a["byline"]), "dateline": clean(a["dateline"]),
            "continued": a["continued"], "subheads": subs, "paragraphs": paras}

# ---------------------------------------------------------------- column flow


def width(tok: str) -> float:
    if tok == " ":
        return 0.0
    if RUN.fullmatch(tok) or len(tok) > 1:
        return 0.5 * len(tok)
    if tok in FULLP:
        return 0.5                      # squeezed full-width punctuation
    return 1.0 if ord(tok) > 0x2E80 else 0.5


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def is_cjk(t: str) -> bool:
    return len(t) == 1 and ord(t) > 0x2E80 and t not in FULLP


class Flow:
    """Per-article cursor over its body text for the column layout."""

    def __init__(self, a: dict, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats
        self.paras = []
        first = True
        for p in a["paras"]:
            p = p[3:] if p.startswith("## ") else p
            p = p.replace("|", "")
            if first:
                lead = a["marker"] if a["kind"] == "continuation" and a["marker"] else ""
                p = lead + a["dateline"] + p
                first = False
            self.paras.append(tokens(p))
        self.pi, self.ti = 0, 0
        self.lead = bool(a["dateline"] or (a["kind"] == "continuation" and a["marker"]))

    def done(self) -> bool:
        return self.pi >= len(self.paras)

    def line(self, w: float) -> str:
        toks = self.paras[self.pi]
        got, acc = [], 0.0
        if self.ti == 0 and not (self.pi == 0 and self.lead):
            w -= 2.0                        # first-line indent of a paragraph
        forced = False
        while self.ti < len(toks):
            t = toks[self.ti]
            if t == "¦":
                self.ti += 1
                forced = True
                self.stats["forced line breaks (dateline, byline)"] += 1
                break
            tw = width(t)
            if acc + tw > w and got and t not in CLOSE:
                break
            got.append(t)
            acc += tw
            self.ti += 1
        while len(got) > 1 and got[-1] in OPEN and self.ti < len(toks):
            got.pop()                       # an opening mark never ends a line
            self.ti -= 1
            acc -= 0.5
        last = self.ti >= len(toks)
        if last:
            self.pi += 1
            self.ti = 0
        if not last and not forced and w - acc >= 1.0 and len(got) > 3:
            self.stats["justified lines spread with spaces"] += 1
            return self.spread(got).rstrip()
        return self.plain(got).rstrip()

    def spread(self, got: list[str]) -> str:
        s = ""
        for i, t in enumerate(got):
            s += t
            if i < len(got) - 1 and t not in CLOSE:
                s += " "
        return s

    def plain(self, got: list[str]) -> str:
        rng = self.rng
        s = ""
        for i, t in enumerate(got):
            prev = got[i - 1] if i else ""
            if RUN.fullmatch(t) and any(c.isdigit() for c in t):
                if prev and is_cjk(prev) and rng.random() < 0.8:
                    s += " "
                if t.endswith("%") and len(t) > 1 and rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                nxt = got[i + 1] if i + 1 < len(got) else ""
                if nxt and is_cjk(nxt) and rng.random() < 0.75:
                    s += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if t in "，。、；" and prev and is_cjk(prev) and rng.random() < 0.01:
                s += " "
                self.stats["glyph-gap space before punctuation"] += 1
            s += t
            if t == "“" and i + 1 < len(got) and rng.random() < 0.12:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s

# ---------------------------------------------------------------- layout


def lay(page: dict) -> tuple[str, dict]:
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(page["name"])
    stats: Counter = Counter()
    page["stats"] = stats
    layout_kind = meta["layout"]
    defw = float(meta.get("width", "17"))
    out: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    flows: dict[str, Flow] = {}
    pieces: dict[str, list[str]] = {}
    pcur: Counter = Counter()

    def emit(s: str):
        out.append(s)

    def flow(aid: str) -> Flow:
        if aid not in flows:
            flows[aid] = Flow(arts[aid], rng, stats)
        return flows[aid]

    def plist(aid: str) -> list[str]:
        if aid not in pieces:
            a = arts[aid]
            ps = []
            for k, p in enumerate(a["paras"]):
                p = p[3:] if p.startswith("## ") else p
                p = p.replace("¦", "")
                parts = p.split("|")
                if k == 0:
                    lead = a["marker"] if a["kind"] == "continuation" and a["marker"] else ""
                    parts[0] = lead + clean(a["dateline"]) + parts[0]
                if len(parts) > 1:
                    stats["paragraph cuts mid-paragraph"] += len(parts) - 1
                ps.extend((x, j < len(parts) - 1) for j, x in enumerate(parts))
            pieces[aid] = ps
        return pieces[aid]

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        args = rest.split()
        if op == "blank":
            out.extend([""] * int(rest or "1"))
        elif op == "extra":
            emit(rest)
            extras.append(rest)
            stats["box / furniture lines"] += 1
        elif op == "mast":
            parts = [x.strip() for x in rest.split("|")]
            for x in parts:
                emit(x)
            extras.append("".join(parts).replace(" ", ""))
            stats["masthead pieces"] += len(parts)
        elif op == "line":
            emit(rest)
        elif op == "dup":
            emit(out[-1] if out[-1] else out[-2])
            dups.append(out[-1])
            stats["lines printed twice"] += 1
        elif op == "head":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else "stack"
            k, t, s, c = a["kicker"], a["title"], a["subtitle"], a["column"]
            lines = []
            if mode == "stack":
                lines = [x for x in (k, t, s) if x]
            elif mode == "join":            # kicker and title on one line
                lines = [" ".join(x for x in (k, t) if x)] + ([s] if s else [])
            elif mode == "joinall":
                lines = [" ".join(x for x in (k, t, s) if x)]
            elif mode == "split":           # title split at its space
                a1, a2 = t.split(" ", 1)
                lines = ([k] if k else []) + [a1, a2] + ([s] if s else [])
                stats["two-phrase titles split over lines"] += 1
            elif mode == "lastword":        # last n chars of title alone
                n = int(args[2])
                lines = ([k] if k else []) + [t[:-n], t[-n:]] + ([s] if s else [])
                stats["headline's last word alone on a line"] += 1
            elif mode == "double":          # title drawn twice on one line
                lines = ([k] if k else []) + [t + t] + ([s] if s else [])
                dups.append(t)
                stats["headline doubled (one line / two lines)"] += 1
            elif mode == "twice":
                lines = ([k] if k else []) + [t, t] + ([s] if s else [])
                dups.append(t)
                stats["headline doubled (one line / two lines)"] += 1
            elif mode == "labelsame":       # title then column label on one line
                lines = ([k] if k else []) + [t + " " + c] + ([s] if s else [])
                stats["column label on the title's line"] += 1
            for x in lines:
                emit(x)
            stats["headline stacks printed"] += 1
        elif op == "label":
            emit(arts[args[0]]["column"])
            stats["column labels on their own line"] += 1
        elif op == "byline":
            a = arts[args[0]]
            b = a["byline"]
            if "¦" in b:
                for x in b.split("¦"):
                    emit(x.strip())
                stats["byline split over lines"] += 1
            elif len(args) > 1 and args[1] == "right":
                emit(" " * 24 + b)
                stats["credits right-aligned on their own line"] += 1
            else:
                emit(b)
        elif op == "body":              # column layout flow
            aid = args[0]
            f = flow(aid)
            n, w = None, defw
            for x in args[1:]:
                if x.startswith("n="):
                    n = int(x[2:])
                if x.startswith("w="):
                    w = float(x[2:])
            k = 0
            while not f.done() and (n is None or k < n):
                s = f.line(w)
                if k == 0 and f is not None and rng.random() < 0.15 and s.startswith("湖南日报"):
                    s = " " + s
                emit(s)
                k += 1
        elif op == "para":              # paragraph layout: up to the next cut, or all
            aid = args[0]
            ps = plist(aid)
            while pcur[aid] < len(ps):
                txt, cut = ps[pcur[aid]]
                emit(txt)
                pcur[aid] += 1
                if cut and not (len(args) > 1 and args[1] == "all"):
                    break
        elif op == "duppiece":
            aid, k = args[0], int(args[1])
            emit(plist(aid)[k][0])
            dups.append(plist(aid)[k][0])
            stats["lines printed twice"] += 1
        elif op == "photo":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else "inline"
            cap = clean(a["paras"][0])
            bl = clean(a["byline"])
            if mode == "inline":
                emit(cap + "  " + bl)
            elif mode == "right":
                emit(cap)
                emit(" " * 30 + bl)
                stats["credits right-aligned on their own line"] += 1
            elif mode == "own":
                emit(cap)
                emit(bl)
            elif mode == "group":           # several captions, one group credit
                for c in a["paras"]:
                    emit(clean(c))
                emit(bl)
                stats["group photo credits"] += 1
            elif mode == "split":
                b1, b2 = a["byline"].split("¦")
                emit(cap + "  " + b1.strip())
                emit(b2.strip())
                stats["photo credit split over two lines"] += 1
            stats["photo captions"] += 1
        elif op == "marker":
            emit(arts[args[0]]["marker"])
            stats["jump markers"] += 1
        else:
            raise SystemExit(f"{page['name']}: unknown layout op {op!r}")
    # check everything was laid out
    for aid, a in arts.items():
        if a["kind"] == "photo":
            continue
        if layout_kind == "column":
            if aid not in flows or not flows[aid].done():
                raise SystemExit(f"{page['name']}: {aid} body not fully laid out")
        else:
            if pcur[aid] != len(plist(aid)):
                raise SystemExit(f"{page['name']}: {aid} pieces {pcur[aid]}/{len(plist(aid))}")
    for a in arts.values():
        if a["marker"] and a["kind"] == "continuation":
            stats["jump markers"] += 1
    text = "\n\n".join(out) + "\n"
    gold = {"extras": extras, "duplicates": dups}
    return text, gold


def page_chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def build(write: bool = True):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages, golds, rows = [], [], []
    total = Counter()
    for i, sp in enumerate(srcs, 1):
        page = parse(sp)
        text, g = lay(page)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        meta = page["meta"]
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue_number"]) if meta.get("issue_number") else None,
                "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
                "articles": [gold_article(page["arts"][a]) for a in page["order"]],
                "extras": g["extras"], "duplicates": g["duplicates"]}
        page["file"] = name
        pages.append((name, text, page))
        golds.append((name, gold))
        total.update(page["stats"])
        rows.append((name, meta, len(gold["articles"]), page_chars(text)))
    if write:
        pd, gd = HERE / "pages", HERE / "gold"
        for d in (pd, gd):
            d.mkdir(exist_ok=True)
            for f in d.iterdir():
                f.unlink()
        for name, text, _ in pages:
            (pd / (name + ".txt")).write_text(text, encoding="utf-8")
        for name, gold in golds:
            (gd / (name + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        readme(rows, total, pages)
    return pages, golds


PUNCT_NAME = {"full": "full-width", "mixed": "full commas, half-width ()", "half": "half-width ,();:"}


def readme(rows, total, pages):
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items()):
        ph.append(f"| {k} | {v} |")
    ph.append(f"| articles with a dateline | {sum(1 for _,_,p in pages for a in p['arts'].values() if a['dateline'])} |")
    ph.append(f"| continuation articles (上接) | {sum(1 for _,_,p in pages for a in p['arts'].values() if a['kind']=='continuation')} |")
    ph.append(f"| articles with a jump-out (下转) | {sum(1 for _,_,p in pages for a in p['arts'].values() if a['continued'].startswith('下转'))} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | chars | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, meta, na, nc in rows:
        pt.append(f"| {name}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | "
                  f"{PUNCT_NAME[meta.get('punct','full')]} | {na} | {nc} | {meta.get('subjects','')} |")
    t = (HERE / "README.in").read_text(encoding="utf-8")
    t = t.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(t, encoding="utf-8")


if __name__ == "__main__":
    build()
    print("composed", len(list((HERE / "pages").glob("*.txt"))), "pages")
