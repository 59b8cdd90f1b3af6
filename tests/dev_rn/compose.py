#!/usr/bin/env python3
"""Lay the page sources src/pNN.txt out as raw extraction text (pages/), write the
gold annotations (gold/) and README.md (from README.in).  Standard library only.

Source format (see README): an `@page` header, one `@<id> <kind>` section per
article (key=value lines, then `--` and the body, one paragraph a line, `|` marks a
cut point inside a paragraph, `## ` a subhead), then `@layout` with one token a line.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》%…")
OPEN = set("“‘（《")
HALF = set("，。、；：“”‘’（）《》")   # compressed to half an em in the column layout
STATS = Counter()


# ---------------------------------------------------------------- source parsing
def parse(path):
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!"):
            continue
        if line.startswith("@"):
            head = line[1:].split()
            if head[0] == "page":
                mode = "page"
            elif head[0] == "layout":
                mode = "layout"
            else:
                cur = {"id": head[0], "kind": head[1], "meta": {}, "body": []}
                arts[head[0]] = cur
                order.append(head[0])
                mode = "meta"
            continue
        if mode == "page":
            if "=" in line:
                k, v = line.split("=", 1)
                page[k.strip()] = v.strip()
        elif mode == "meta":
            if line == "--":
                mode = "body"
            elif "=" in line:
                k, v = line.split("=", 1)
                cur["meta"][k.strip()] = v.strip()
        elif mode == "body":
            if line.strip():
                cur["body"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                layout.append(line.strip())
    return page, arts, order, layout


def punct(s, style):
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s):
    return s.replace("/", "")


# ---------------------------------------------------------------- column flow
def units(text, name_units=False):
    """Split text into unbreakable units: number/latin runs, (names), single chars."""
    out = []
    if name_units:   # a dateline: words after the opening bracket stay whole
        m = re.match(r"^(.*?[（(])(.*)$", text)
        if m:
            out += units(m.group(1))
            rest = m.group(2)
            for i, w in enumerate(rest.split(" ")):
                if not w:
                    continue
                sub = re.match(r"^(.*?)([^）)]*[）)].*)?$", w)
                out.append(("w", w, i > 0))
            return out
    for m in re.finditer(r"[0-9A-Za-z][0-9A-Za-z.%+×:\-]*|.", text):
        t = m.group(0)
        if t == " ":
            continue
        if re.match(r"[0-9A-Za-z]", t):
            out.append(("n", t, False))
        else:
            out.append(("c", t, False))
    return out


def uw(u):
    kind, t, _ = u
    if kind == "n":
        return 0.5 * len(t) + 0.25
    if kind == "w":
        return sum(0.5 if (c in HALF or ord(c) < 128) else 1.0 for c in t) + (0.25 if u[2] else 0)
    return 0.5 if t in HALF else 1.0


def render(line, spread, tail_space, rng):
    s = ""
    for i, (kind, t, sp) in enumerate(line):
        if kind == "n":
            if s and not s.endswith(" ") and "\u4e00" <= s[-1] <= "\u9fff":
                s += " "
            elif s and not s.endswith(" ") and spread:
                s += " "
            s += t
            if i + 1 < len(line) and (tail_space or spread) and line[i + 1][1] not in CLOSE:
                s += " "
            elif i + 1 < len(line) and line[i + 1][1] in "，、；" and rng.random() < 0.25:
                s += " "          # glyph gap before full-width punctuation
                STATS["glyph-gap spaces"] += 1
        elif kind == "w":
            if sp and s and not s.endswith(" "):
                s += " "
            s += t
        else:
            if spread and t not in HALF and i + 1 < len(line) and line[i + 1][0] != "n":
                s += t + " "
            elif spread and t in "“" and i + 1 < len(line):
                s += t + " "
            else:
                s += t
    return s.rstrip()


def flow(text, width, first_indent, rng, tail_space, name_units=False, last_spread=False):
    us = units(text, name_units)
    lines, cur, w = [], [], first_indent
    widths = []
    for u in us:
        x = uw(u)
        if cur and w + x > width:
            if u[1] in CLOSE and cur[-1][1] not in CLOSE:
                cur.append(u)
                w += x
                continue
            carry = []
            while cur and cur[-1][1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append(cur)
            widths.append(w)
            cur, w = carry, sum(uw(c) for c in carry)
        cur.append(u)
        w += x
    if cur:
        lines.append(cur)
        widths.append(w)
    out = []
    for i, (ln, lw) in enumerate(zip(lines, widths)):
        last = i == len(lines) - 1
        spread = (not last) and (width - lw >= 1.0) and len(ln) > 3
        if spread:
            STATS["justified lines spread with spaces"] += 1
        out.append(render(ln, spread, tail_space, rng))
    return out


# ---------------------------------------------------------------- page composing
def pieces(art):
    """Body as a list of (paragraph index, text); `|` cuts a paragraph in pieces."""
    out = []
    for i, p in enumerate(art["body"]):
        for j, piece in enumerate(p.split("|")):
            out.append((i, piece, j > 0))
    return out


def rng_range(spec, n):
    if spec is None or spec == "all":
        return list(range(n))
    a, _, b = spec.partition("-")
    if not _:
        return [int(a)]
    return list(range(int(a), int(b) + 1 if b else n))


def compose(src):
    page, arts, order, layout = parse(src)
    rng = random.Random(src.name)
    style = page.get("punct", "full")
    col = page.get("layout") == "column"
    P = lambda s: punct(s, style)
    lines, extras, dups = [], [], []
    tail = {a: rng.random() < 0.5 for a in order}

    def head_lines(a, opt):
        m = arts[a]["meta"]
        parts = [P(m[k]) for k in ("kicker", "title", "subtitle") if m.get(k)]
        if opt == "join":
            STATS["headline stacks joined on one line"] += 1
            return [" ".join(clean(p) for p in parts)]
        out = []
        for k in ("kicker", "title", "subtitle"):
            v = m.get(k)
            if not v:
                continue
            v = P(v)
            if "/" in v:
                STATS["headline lines broken (last word alone)"] += 1
            out += v.split("/")
            if k == "title" and opt == "double":
                out[-1] = clean(v) + " " + clean(v)
                dups.append(clean(v))
                STATS["headline doubled on one line"] += 1
            if k == "title" and opt == "twice":
                out.append(clean(v))
                dups.append(clean(v))
                STATS["headline printed as two identical lines"] += 1
        return out

    first_head, first_body, prev = {}, {}, None
    for i, tok in enumerate(layout):
        op_, *rest_ = tok.split(" ")
        if op_ == "head":
            first_head.setdefault(rest_[0], i)
            if prev == "head":
                STATS["headlines bunched with another story's headline"] += 1
        if op_ in ("body", "photo"):
            first_body.setdefault(rest_[0], i)
        prev = op_
    for a_, i in first_head.items():
        if a_ in first_body and first_body[a_] < i:
            STATS["headlines printed after their body"] += 1
    for tok in layout:
        parts = tok.split(" ", 2)
        op = parts[0]
        a = parts[1] if len(parts) > 1 else None
        rest = parts[2] if len(parts) > 2 else ""
        if op == "mast":
            ms = page["mast"].split("|")
            STATS["masthead pieces"] += len(ms)
            lines.extend(m.replace("¶", "\n") for m in ms)
            extras.append(re.sub(r"\s+", "", "".join(ms).replace("¶", "")))
        elif op == "box":
            bs = tok[4:].split("|")
            STATS["box lines (countdown, code prompt, label)"] += len(bs)
            lines.extend(bs)
            extras.append(re.sub(r"\s+", "", "".join(bs)) if len(bs) > 1 else bs[0])
        elif op == "extra":
            STATS["box lines (countdown, code prompt, label)"] += 1
            lines.append(tok[6:])
            extras.append(tok[6:])
        elif op == "gap":
            lines.extend([""] * int(a or 2))
        elif op == "mark":
            STATS["jump markers"] += 1
            lines.append(P(tok[5:]))
        elif op == "col":
            lines.append(P(arts[a]["meta"]["column"]))
            STATS["column labels on their own line"] += 1
        elif op == "head":
            hl = head_lines(a, rest)
            lines.extend(hl)
        elif op == "by":
            b = P(arts[a]["meta"]["byline"])
            if rest == "split":
                i = b.index(" ")
                j = b.index(" ", i + 1) if b.count(" ") > 1 and "通讯员" not in b else i
                if "通讯员" in b:
                    j = b.index("通讯员") - 1
                lines += [b[:j], b[j + 1:]]
                STATS["bylines broken between names"] += 1
            else:
                lines.append(b)
        elif op == "photo":
            m = arts[a]["meta"]
            cap = P(" ".join(arts[a]["body"]))
            cr = P(m.get("byline", ""))
            if m.get("title") and rest != "notitle":
                lines.append(P(m["title"]))
            if col:
                body = flow(cap, float(m.get("width", 44)), 0, rng, False)
            else:
                body = [cap]
            if cr and rest == "right":
                lines.extend(body)
                lines.append(" " * 24 + cr)
                STATS["credits right-aligned on their own line"] += 1
            elif cr and rest == "below":
                lines.extend(body)
                lines.append(cr)
            elif cr:
                body[-1] = body[-1] + " " + cr
                lines.extend(body)
            else:
                lines.extend(body)
        elif op in ("body", "dup"):
            art = arts[a]
            m = art["meta"]
            opts = dict(o.split("=", 1) for o in rest.split()[1:] if "=" in o)
            spec = rest.split()[0] if rest.split() and "=" not in rest.split()[0] else None
            ps = pieces(art)
            idx = rng_range(spec, len(ps))
            pre = opts.get("pre", "").replace("_", " ")
            new_lines = []
            for k in idx:
                pi, text, cont = ps[k]
                text = P(text)
                sub = text.startswith("## ")
                if sub:
                    text = text[3:]
                first = k == 0 and not cont
                if first and m.get("dateline") and op == "body":
                    dl = P(m["dateline"])
                    if col:
                        text = dl + "\u0001" + text
                    else:
                        text = dl + text
                if pre and k == idx[0]:
                    text = P(pre) + text
                if col and not sub:
                    width = float(m.get("width", 17))
                    if "\u0001" in text:
                        dl, body = text.split("\u0001")
                        ls = flow_dateline(dl, body, width, rng, tail[a])
                    else:
                        ls = flow(text, width, 0 if cont else 2, rng, tail[a])
                    new_lines.extend(ls)
                else:
                    new_lines.append(text)
                if cont:
                    STATS["paragraph continued after a cut"] += 1
            if "dupline" in opts:
                n = int(opts["dupline"])
                new_lines.insert(n + 1, new_lines[n])
                dups.append(re.sub(r"\s+", "", new_lines[n]))
                STATS["lines printed twice"] += 1
            if op == "dup":
                STATS["pieces printed twice"] += 1
                for k in idx:
                    dups.append(P(ps[k][1]))
            if not col:
                new_lines = [glyph(l, rng) for l in new_lines]
            lines.extend(new_lines)
        else:
            raise SystemExit(f"{src.name}: unknown layout token {tok!r}")

    if col:
        lines[0] = " " + lines[0]
        text = "\n\n".join(lines) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(lines)
    gold_arts = []
    for a in order:
        art = arts[a]
        m = art["meta"]
        paras, subs = [], []
        for p in art["body"]:
            p = P(p.replace("|", ""))
            if p.startswith("## "):
                p = p[3:]
                subs.append(p)
            paras.append(p)
        g = {"kind": art["kind"]}
        for f in FIELDS:
            g[f] = P(clean(m.get(f, "")))
        g["subheads"] = subs
        g["paragraphs"] = paras
        gold_arts.append(g)
    return page, text, gold_arts, extras, dups


def flow_dateline(dl, body, width, rng, tail):
    """The dateline opens the first paragraph: flowed with names kept whole."""
    us = units(dl, name_units=True) + units(body)
    marker = "\u0002"
    joined = flow_units(us, width, 2, rng, tail)
    return joined


def flow_units(us, width, indent, rng, tail):
    lines, cur, w, widths = [], [], indent, []
    for u in us:
        x = uw(u)
        if cur and w + x > width:
            if u[1] in CLOSE and cur[-1][1] not in CLOSE:
                cur.append(u)
                w += x
                continue
            carry = []
            if u[0] == "w" and u[1][-1] in "）)" and len(u[1]) < 5 and cur and cur[-1][0] == "w":
                carry.insert(0, cur.pop())     # a short last name never starts a line alone
            while cur and cur[-1][1] in OPEN:
                carry.insert(0, cur.pop())
            w = sum(uw(c) for c in cur) + (indent if not lines else 0)
            lines.append(cur)
            widths.append(w)
            cur, w = carry, sum(uw(c) for c in carry)
        cur.append(u)
        w += x
    if cur:
        lines.append(cur)
        widths.append(w)
    out = []
    for i, (ln, lw) in enumerate(zip(lines, widths)):
        last = i == len(lines) - 1
        spread = (not last) and i > 0 and (width - lw >= 1.0) and len(ln) > 3
        if spread:
            STATS["justified lines spread with spaces"] += 1
        out.append(render(ln, spread, tail, rng))
    if len(out) > 1:
        if re.search(r"(\d|月|日)$", out[0]):
            STATS["line breaks inside a dateline's date"] += 1
        if out[1].startswith("通讯员"):
            STATS["line breaks before 通讯员"] += 1
        elif not re.search(r"[）)]", out[0]):
            STATS["datelines broken inside the bracket (between names)"] += 1
    return out


def glyph(line, rng):
    """Paragraph layout debris: a space before % or after an opening quote, now and then."""
    out = []
    for i, ch in enumerate(line):
        if ch == "%" and i and line[i - 1].isdigit() and rng.random() < 0.2:
            out.append(" ")
            STATS["spaces before % / after opening quote"] += 1
        out.append(ch)
        if ch == "“" and i + 1 < len(line) and rng.random() < 0.06:
            out.append(" ")
            STATS["spaces before % / after opening quote"] += 1
    return "".join(out)


def nows(s):
    return len(re.sub(r"\s+", "", s))


def main():
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    rows = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        page, text, garts, extras, dups = compose(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": page["date"],
                "issue_number": page.get("issue") or None,
                "page_count": int(page["pages"]) if page.get("pages") else None,
                "articles": garts, "extras": extras, "duplicates": dups}
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        STATS["articles"] += len(garts)
        rows.append(f"| {name}.txt | {page['date']} | {page['page']} | {page['layout']} | "
                    f"{page.get('punct', 'full')} | {len(garts)} | {nows(text)} | {page.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(STATS.items()) if k != "articles"]
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tpl.replace("{{PHENOMENA}}", "\n".join(ph))
                                    .replace("{{PAGES}}", "\n".join(pg)), encoding="utf-8")
    print("\n".join(ph))
    print("\n".join(pg))


if __name__ == "__main__":
    main()
