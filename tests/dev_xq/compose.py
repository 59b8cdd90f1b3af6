#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw extracted page
text (pages/*.txt), write their gold annotations (gold/*.json) and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# ---------------------------------------------------------------- source parsing

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
            "dateline", "continued")


def parse_source(path: Path) -> dict:
    page = {"meta": {}, "articles": OrderedDict(), "layout": []}
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):          # comment
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@article"):
            sect = "article"
            aid = line.split()[1]
            cur = {"id": aid, "fields": {k: "" for k in ART_KEYS},
                   "opts": {}, "paras": [], "in_body": False}
            cur["fields"]["kind"] = "news"
            page["articles"][aid] = cur
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif sect == "article":
            if cur["in_body"]:
                if line.strip():
                    cur["paras"].append(line.strip())
                continue
            if line.strip() == "---":
                cur["in_body"] = True
                continue
            if ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k in ART_KEYS:
                    cur["fields"][k] = v
                else:
                    cur["opts"][k] = v
        elif sect == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# ---------------------------------------------------------------- punctuation

HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})
MIXED = str.maketrans({"（": "(", "）": ")"})


def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(HALF)
    if mode == "mixed":
        return s.translate(MIXED)
    return s


# ---------------------------------------------------------------- column lines

CLOSE = set("，。、；：？！）》”’…,.;:?!)")
OPEN = set("（《“‘(")
PUNCT = CLOSE | OPEN | set("—·")
NUMRUN = re.compile(r"[0-9A-Za-z.%+\-]+")


def units(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uwidth(u: str) -> float:
    if u == " ":
        return 0.5
    if NUMRUN.fullmatch(u):
        return 0.5 * len(u)
    return 1.0


def is_num(u: str) -> bool:
    return bool(NUMRUN.fullmatch(u))


def is_cjk(u: str) -> bool:
    return len(u) == 1 and "\u4e00" <= u <= "\u9fff"


class Stats:
    def __init__(self):
        self.c = Counter()

    def add(self, k, n=1):
        self.c[k] += n


def render_normal(us: list[str], ctx) -> str:
    rng, numgap, st = ctx["rng"], ctx["numgap"], ctx["stats"]
    out = ""
    for i, u in enumerate(us):
        prev = us[i - 1] if i else None
        if u == " ":
            out += " "
            continue
        if is_num(u) and prev is not None and (is_cjk(prev) or prev in "”"):
            out += " "
            st.add("spaces around number runs")
        elif prev is not None and is_num(prev) and numgap == "both" and is_cjk(u):
            out += " "
        elif u in CLOSE and u not in "”’）)" and prev and is_cjk(prev) and rng.random() < ctx["gap_p"]:
            out += " "
            st.add("glyph-gap space before full-width punctuation")
        if is_num(u) and u.endswith("%") and len(u) > 1 and rng.random() < ctx["gap_p"] * 4:
            out += u[:-1] + " %"
            st.add("glyph-gap space before %")
            continue
        out += u
        if u in "“" and i + 1 < len(us) and rng.random() < ctx["quote_p"]:
            out += " "
            st.add("space after an opening quote")
    return out


def render_spread(us: list[str], ctx) -> str:
    out = ""
    for i, u in enumerate(us):
        if u == " ":
            continue
        if out and not out.endswith(" "):
            prev = out[-1]
            if prev not in CLOSE and u not in OPEN:
                out += " "
        out += u
    ctx["stats"].add("justified lines spread with spaces")
    return out


def wrap(text: str, width: float, indent: bool, ctx, force_breaks=()) -> list[tuple[str, int]]:
    """Wrap one paragraph into printed column lines.  Returns (line, start
    offset in text) pairs."""
    us = units(text)
    offs, o = [], 0
    for u in us:
        offs.append(o)
        o += len(u)
    brk_at = set()
    for fb in force_breaks:
        p = text.find(fb)
        if p >= 0:
            brk_at.add(p + len(fb))
    lines = []
    i, first = 0, True
    while i < len(us):
        W = width - (2 if (first and indent) else 0)
        j, w = i, 0.0
        forced = False
        while j < len(us):
            if j > i and offs[j] in brk_at:
                forced = True
                break
            uw = uwidth(us[j])
            if w + uw <= W or j == i:
                w += uw
                j += 1
            elif us[j] in CLOSE:
                while j < len(us) and us[j] in CLOSE:
                    w += uwidth(us[j])   # hanging / compressed punctuation
                    j += 1
                break
            else:
                break
        last = j >= len(us)
        if not last and not forced and j - i > 2 and us[j - 1] in OPEN:
            j -= 1
            w -= 1
        spread = False
        if not last and not forced:
            gap = W - w
            if gap >= 1 and " " not in us[i:j]:
                spread = True
            elif (j - i > 6 and any(u in PUNCT for u in us[i:j])
                  and ctx["rng"].random() < ctx["spread_p"]):
                k = j - 1
                if us[k] not in CLOSE and us[k - 1] not in OPEN and us[k] != " ":
                    j = k
                    spread = True
        seg = us[i:j]
        while seg and seg[-1] == " ":
            seg = seg[:-1]
        while seg and seg[0] == " ":
            seg = seg[1:]
        line = render_spread(seg, ctx) if spread else render_normal(seg, ctx)
        lines.append((line, offs[i]))
        i = j
        while i < len(us) and us[i] == " ":
            i += 1
        first = False
    return lines


# ---------------------------------------------------------------- article model

def split_parts(paras: list[str]):
    """Return (gold paragraphs, subheads, fragments).  A fragment is
    (part index, paragraph index, text, starts paragraph, ends paragraph)."""
    gold, subs, frags = [], [], []
    part = 0
    for pi, p in enumerate(paras):
        sub = p.startswith("## ")
        if sub:
            p = p[3:]
            subs.append(p)
        pieces = p.split("|")
        gold.append("".join(pieces))
        for k, piece in enumerate(pieces):
            if k > 0:
                part += 1
            frags.append((part, pi, piece, k == 0, k == len(pieces) - 1, sub))
    return gold, subs, frags


def squash_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- page layout

def build_page(src: Path):
    page = parse_source(src)
    meta = page["meta"]
    rng = random.Random(src.name)
    st = Stats()
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    ctx = {"rng": rng, "numgap": meta.get("numgap", "both"), "stats": st,
           "spread_p": float(meta.get("spread", "0.08")),
           "gap_p": float(meta.get("gap", "0.03")),
           "quote_p": float(meta.get("quote", "0.1"))}
    P = lambda s: punct(s, mode)
    arts = page["articles"]
    model = {}
    for aid, a in arts.items():
        f = {k: re.sub(r" {2,}", " ", P(v)) for k, v in a["fields"].items()}
        printed_f = {k: P(v) for k, v in a["fields"].items()}
        gold_paras, subs, frags = split_parts([P(x) for x in a["paras"]])
        model[aid] = {"f": f, "pf": printed_f, "opts": a["opts"], "gold": gold_paras,
                      "subs": subs, "frags": frags, "lines": None}
        st.add("articles")
        st.add(f"kind: {f['kind']}")
        if len({fr[0] for fr in frags}) > 1:
            st.add("stories cut into parts (cut points)", len({fr[0] for fr in frags}) - 1)

    def part_lines(aid: str, k: int) -> list[str]:
        m = model[aid]
        if m["lines"] is None:
            m["lines"] = make_lines(aid)
        return [t for (pk, t) in m["lines"] if pk == k]

    def make_lines(aid: str):
        m = model[aid]
        f, opts = m["pf"], m["opts"]
        dl = f["dateline"]
        out = []
        if layout == "paragraph":
            for (pk, pi, text, starts, ends, sub) in m["frags"]:
                if pi == 0 and starts and dl:
                    text = dl + text
                out.append((pk, text))
            return out
        width = float(opts.get("width", meta.get("width", "17")))
        brks = [x for x in opts.get("brk", "").split("¦") if x]
        if brks:
            st.add("forced line break inside a dateline (date or names)")
        # group fragments by paragraph
        by_para = OrderedDict()
        for fr in m["frags"]:
            by_para.setdefault(fr[1], []).append(fr)
        for pi, frs in by_para.items():
            text = "".join(fr[2] for fr in frs)
            sub = frs[0][5]
            pre = dl if (pi == 0 and dl) else ""
            full = pre + text
            if sub:
                out.append((frs[0][0], text))
                continue
            cuts = []
            o = len(pre)
            for fr in frs[:-1]:
                o += len(fr[2])
                cuts.append((o, fr[0] + 1))
            for line, start in wrap(full, width, True, ctx, brks if pi == 0 else ()):
                pk = frs[0][0]
                for (co, nk) in cuts:
                    if start >= co:
                        pk = nk
                out.append((pk, line))
        return out

    blocks: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    mast: list[str] = []
    seen_body = set()
    printed = []
    last_head = None

    def emit(text: str, attach=False):
        if attach and blocks:
            blocks[-1] += "\n" + text
        else:
            blocks.append(text)

    def head_text(aid, parts):
        f = model[aid]["pf"]
        return [f[p] for p in parts if f[p]]

    for d in page["layout"]:
        attach = d.startswith("+")
        if attach:
            d = d[1:]
        toks = d.split()
        op = toks[0]
        rest = d[len(op):].strip()
        if op in ("kick", "title", "sub", "col", "by", "head"):
            aid = toks[1]
            f = model[aid]["pf"]
            style = toks[2] if len(toks) > 2 else ""
            if op == "head":
                txt = head_text(aid, ("kicker", "title", "subtitle"))
                if style == "one":
                    emit(" ".join(txt), attach)
                    st.add("headline stack printed on one line")
                else:
                    emit("\n".join(txt), attach)
                    st.add("headline stack on consecutive lines")
            else:
                key = {"kick": "kicker", "title": "title", "sub": "subtitle",
                       "col": "column", "by": "byline"}[op]
                val = f[key]
                if op == "title" and style == "double":
                    emit(val + val, attach)
                    dups.append(val)
                    st.add("headline drawn twice")
                elif op == "title" and style == "twice":
                    emit(val + "\n" + val, attach)
                    dups.append(val)
                    st.add("headline drawn twice")
                elif op == "title" and style.startswith("orphan"):
                    n = int(style[6:] or 2)
                    emit(val[:-n] + "\n" + val[-n:], attach)
                    st.add("headline's last word alone on a line")
                elif op == "title" and style == "split":
                    a, b = val.split(" ", 1)
                    emit(a + "\n" + b, attach)
                    st.add("two-phrase title split at its space")
                elif op == "by" and style.startswith("brk="):
                    cut = style[4:]
                    p = val.find(cut) + len(cut)
                    emit(val[:p].rstrip() + "\n" + val[p:].lstrip(), attach)
                    st.add("line break between a byline's names")
                elif op == "by" and style == "right":
                    emit(" " * 24 + val, attach)
                    st.add("credit right-aligned on its own line")
                else:
                    emit(val, attach)
                if op == "col":
                    st.add("column label on its own line")
            if op in ("kick", "title", "sub", "head"):
                if aid in seen_body:
                    st.add("headline printed after its body")
                if last_head is not None and last_head != aid:
                    st.add("headlines bunched with another story's")
                last_head = aid
            continue
        last_head = None if op not in ("blank",) else last_head
        if op == "body":
            aid, k = toks[1], int(toks[2])
            lines = part_lines(aid, k)
            pre = ""
            for t in toks[3:]:
                if t.startswith("pre="):
                    pre = t[4:].replace("_", " ")
            if pre:
                lines = [pre + lines[0]] + lines[1:]
                st.add("jump marker inline before a continuation")
            for i, ln in enumerate(lines):
                emit(ln, attach and i == 0)
            seen_body.add(aid)
            printed.append((aid, k))
            if k > 0:
                st.add("story continued after a piece of another (or a column break)")
        elif op == "dup":
            aid, k, n = toks[1], int(toks[2]), int(toks[3])
            ln = part_lines(aid, k)[n]
            emit(ln, attach)
            dups.append(squash_ws(ln))
            st.add("lines printed twice")
        elif op == "mark":
            emit(rest, attach)
            st.add("jump markers")
        elif op == "extra":
            emit(rest.replace("\\n", "\n"), attach)
            extras.append(squash_ws(rest.replace("\\n", "")))
            st.add("box / furniture lines (extras)")
        elif op == "mast":
            pieces = rest.split("|")
            emit(pieces[0].strip(), attach)
            for pc in pieces[1:]:
                pc = pc.strip()
                if pc.startswith("+"):
                    emit(pc[1:], True)
                else:
                    emit(pc)
            mast.append("".join(squash_ws(p).lstrip("+") for p in pieces))
            st.add("masthead pieces", len(pieces))
        elif op == "photo":
            aid = toks[1]
            style = toks[2] if len(toks) > 2 else "inline"
            m = model[aid]
            cap = "".join(m["gold"])
            cred = m["pf"]["byline"]
            st.add("photo captions")
            if style == "inline":
                line = cap + " " + cred if cred else cap
                capw = int(m["opts"].get("capw", "0"))
                if capw and layout == "column":
                    chunks, cur_ = [], ""
                    for ch in line:
                        if len(cur_) >= capw and ch not in CLOSE:
                            chunks.append(cur_)
                            cur_ = ""
                        cur_ += ch
                    if cur_:
                        chunks.append(cur_)
                    emit("\n\n".join(chunks), attach)
                else:
                    emit(line, attach)
            elif style == "right":
                emit(cap, attach)
                emit(" " * 30 + cred)
                st.add("credit right-aligned on its own line")
            elif style == "below":
                for i, c in enumerate(m["gold"]):
                    emit(c, attach and i == 0)
                emit(cred)
            else:
                raise ValueError(style)
            seen_body.add(aid)
        elif op == "blank":
            blocks.append("")
        else:
            raise ValueError(f"{src.name}: unknown layout op {op}")

    for aid, m in model.items():
        want = {fr[0] for fr in m["frags"]}
        got = {k for (a_, k) in printed if a_ == aid}
        if m["f"]["kind"] != "photo" and want != got:
            raise ValueError(f"{src.name}: article {aid} parts {sorted(want)} printed {sorted(got)}")
    lead = meta.get("lead", "")
    lead = lead.replace("\\n", "\n").replace("\\s", " ")
    text = lead + "\n\n".join(blocks) + "\n"

    # ------------------------------------------------------------ gold
    gold_articles = []
    for aid, m in model.items():
        f = m["f"]
        cont = f["continued"]
        gold_articles.append(OrderedDict([
            ("kind", f["kind"]), ("column", f["column"]), ("kicker", f["kicker"]),
            ("title", f["title"]), ("subtitle", f["subtitle"]),
            ("byline", f["byline"]), ("dateline", f["dateline"]),
            ("continued", cont), ("subheads", m["subs"]),
            ("paragraphs", m["gold"])]))
    issue_number = meta.get("issue_number") or None
    page_count = int(meta["page_count"]) if meta.get("page_count") else None
    info = {"no": meta["no"], "date": meta["date"], "page": meta["page"],
            "layout": layout, "punct": mode, "subjects": meta.get("subjects", ""),
            "stats": st.c, "articles": len(gold_articles),
            "chars": len(squash_ws(text))}
    return text, gold_articles, mast + extras, dups, issue_number, page_count, info


def page_name(no: str, text: str) -> str:
    return f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def build_all():
    """Everything compose writes, as {relative path: text}."""
    files = {}
    infos = []
    for src in sorted(SRC.glob("p*.txt")):
        text, arts, extras, dups, inum, pcount, info = build_page(src)
        name = page_name(info["no"], text)
        gold = OrderedDict([
            ("source", name + ".txt"), ("issue_date", info["date"]),
            ("issue_number", inum), ("page_count", pcount),
            ("articles", arts), ("extras", extras), ("duplicates", dups)])
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        info["file"] = name + ".txt"
        infos.append(info)
    files["README.md"] = readme(infos)
    return files, infos


def readme(infos) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for i in infos:
        total.update(i["stats"])
    keys = sorted(k for k in total if not k.startswith("kind") and k != "articles")
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in keys:
        npg = sum(1 for i in infos if i["stats"].get(k))
        rows.append(f"| {k} | {total[k]} | {npg} |")
    for k in sorted(x for x in total if x.startswith("kind")):
        rows.append(f"| articles of {k} | {total[k]} | {sum(1 for i in infos if i['stats'].get(k))} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for i in infos:
        prow.append(f"| {i['file']} | {i['date']} | {i['page']} | {i['layout']} | {i['punct']} | "
                    f"{i['articles']} | {i['chars']} | {i['subjects']} |")
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(prow))
                .replace("{{TOTAL_ARTICLES}}", str(sum(i["articles"] for i in infos)))
                .replace("{{TOTAL_CHARS}}", str(sum(i["chars"] for i in infos))))


def main():
    files, infos = build_all()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    for i in infos:
        print(f"{i['file']}  {i['layout']:9} {i['articles']:2} articles {i['chars']:5} chars")


if __name__ == "__main__":
    main()
