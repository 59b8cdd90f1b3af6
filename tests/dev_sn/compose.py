#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (number spacing, glyph gaps, ...) is
drawn from a random.Random seeded by the source file name, so a rebuild is
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

# marks that may not begin a line (closing) / may not end a line (opening)
CLOSE = set("，。、；：？！）”’》」』,;:?!)")
OPEN = set("（“‘《「『(")
FULLCLOSE = set("，。、；：？！）”’》」』")
NUMCH = re.compile(r"[0-9A-Za-z.%+]")
CJK = re.compile(r"[\u3400-\u9fff]")

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")


# ---------------------------------------------------------------- sources
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {"column": "", "kicker": "", "title": "", "subtitle": "", "byline": "",
                  "dateline": "", "continued": "", "marker": "", "width": "17",
                  "dlbreak": "own", "hstyle": "blank", "hdouble": "", "cstyle": "inline",
                  "mpos": "line", "cwidth": "44"}
        self.subheads: list[str] = []
        self.paras: list[str] = []


def parse_source(path: Path):
    page = {"name": path.name}
    arts: dict[str, Article] = {}
    order: list[str] = []
    layout: list[str] = []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("#page"):
            sect = "page"
            continue
        if line.startswith("#art "):
            _, aid, kind = line.split()
            cur = Article(aid, kind)
            arts[aid] = cur
            order.append(aid)
            sect = "art"
            continue
        if line.startswith("#layout"):
            sect = "layout"
            continue
        if sect == "page":
            k, _, v = line.partition(" ")
            page[k] = v.strip()
        elif sect == "art":
            k, _, v = line.partition(" ")
            if k == "p":
                cur.paras.append(v)
            elif k == "sub":
                cur.subheads.append(v)
            elif k in cur.f:
                cur.f[k] = v
            else:
                raise SystemExit(f"{path.name}: unknown article key {k!r}")
        elif sect == "layout":
            layout.append(line.strip())
    return page, arts, order, layout


# ---------------------------------------------------------------- punctuation
def conv(s: str, punct: str) -> str:
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Source text -> gold text: drop cut marks and their tags."""
    return re.sub(r"¦(\{[a-z]\})?", "", s)


def pieces(p: str) -> list[str]:
    return re.split(r"¦(?:\{[a-z]\})?", p)


def cut_tags(p: str) -> list[str]:
    return [m.group(1) or "" for m in re.finditer(r"¦(?:\{([a-z])\})?", p)]


# ---------------------------------------------------------------- column flow
def tokenize(s: str):
    toks, i = [], 0
    while i < len(s):
        if NUMCH.match(s[i]):
            j = i
            while j < len(s) and NUMCH.match(s[j]):
                j += 1
            toks.append(s[i:j])
            i = j
        else:
            toks.append(s[i])
            i += 1
    return toks


def tw(t: str) -> float:
    if t == " ":
        return 0.5
    if NUMCH.match(t[0]) or t in ",;:()":
        return 0.5 * len(t)
    return 1.0


def isnum(t):
    return bool(NUMCH.match(t[0]))


def flow(text: str, width: float, indent: float, rng=None):
    """Greedy line filling with the two kinsoku rules seen on the seeds.
    A closing mark that does not fit is either squeezed in (punctuation
    compression) or pushes the last glyph down, leaving a short line.
    Returns [(tokens, avail, is_last)]."""
    toks = tokenize(text)
    lines, cur, cw, avail = [], [], 0.0, width - indent
    carry = []
    i = 0
    while i < len(toks):
        t = toks[i]
        w = tw(t)
        if cw + w <= avail + 1e-9 or not cur:
            cur.append(t)
            cw += w
            i += 1
            continue
        nxt = []
        if t in CLOSE and rng is not None and rng.random() < 0.55:
            cur.append(t)                        # squeezed in by compression
            cw += w
            i += 1
            continue
        if t in CLOSE and len(cur) > 1:          # closing mark may not begin a line
            nxt.append(cur.pop())
            while len(cur) > 1 and nxt[0] in CLOSE:
                nxt.insert(0, cur.pop())
        while len(cur) > 1 and cur[-1] in OPEN:  # opening mark may not end a line
            nxt.insert(0, cur.pop())
        while cur and cur[-1] == " ":
            cur.pop()
        lines.append((cur, avail))
        while nxt and nxt[0] == " ":
            nxt.pop(0)
        cur = nxt
        cw = sum(tw(x) for x in cur)
        avail = width
    if cur:
        lines.append((cur, avail))
    return [(l, a, k == len(lines) - 1) for k, (l, a) in enumerate(lines)]


class Renderer:
    def __init__(self, page, rng, stats):
        self.page, self.rng, self.st = page, rng, stats
        self.numsp = page.get("numsp", "both")

    def spread(self, toks):
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            out += ("" if (a in FULLCLOSE or a in ",;:)" or b in OPEN) else " ") + b
        return out

    def plain(self, toks, allow_gaps=True):
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            sep = ""
            if k and (isnum(t) and CJK.match(prev[-1]) or isnum(prev) and CJK.match(t[0])):
                mode = self.numsp
                if mode == "mixed":
                    mode = self.rng.choice(["both", "before", "both", "none"])
                if isnum(t) and mode in ("both", "before"):
                    sep = " "
                elif isnum(prev) and mode == "both":
                    sep = " "
                if sep:
                    self.st["spaces around number runs"] += 1
            if allow_gaps and k and t in "、，。" and self.rng.random() < float(self.page.get("gaps", "0.03")):
                sep = " "
                self.st["glyph-gap spaces before full-width marks"] += 1
            if allow_gaps and isnum(t) and t.endswith("%") and len(t) > 1 and self.rng.random() < 0.25:
                t = t[:-1] + " %"
                self.st["glyph-gap spaces before %"] += 1
            out += sep + t
            if allow_gaps and t in "“" and k == 0 and self.rng.random() < 0.5:
                out += " "
                self.st["space after an opening quote"] += 1
        return out

    def numline(self, s):
        return self.plain(tokenize(s), allow_gaps=False)

    def column_lines(self, text, width, indent):
        res = []
        for toks, avail, last in flow(text, width, indent, self.rng):
            used = sum(tw(t) for t in toks)
            marks = sum(1 for t in toks if t in FULLCLOSE)
            if not last and (avail - used >= 0.99 or marks >= 4):
                res.append(self.spread(toks))
                self.st["justified lines spread with spaces"] += 1
                if "“" in toks and toks.index("“") < len(toks) - 1:
                    self.st["space after an opening quote"] += 1
            else:
                res.append(self.plain(toks))
        return res


# ---------------------------------------------------------------- compose
def parse_range(spec: str, art: Article):
    """'all' | 'N' | 'N-M' | 'Nb-M' | 'N-Ma' ... -> list of (para index, piece index)."""
    if spec == "all":
        spec = f"1-{len(art.paras)}"
    a, _, b = spec.partition("-")
    b = b or a

    def pt(x, end):
        m = re.fullmatch(r"(\d+)([a-z]?)", x)
        n = int(m.group(1)) - 1
        if m.group(2):
            return n, ord(m.group(2)) - 97, True
        return n, (len(pieces(art.paras[n])) - 1 if end else 0), False

    (sa, sp, _), (ea, ep, explicit_end) = pt(a, False), pt(b, True)
    if not re.search(r"[a-z]$", b) and a == b and not re.search(r"[a-z]$", a):
        ep = len(pieces(art.paras[ea])) - 1
    out = []
    for n in range(sa, ea + 1):
        ps = pieces(art.paras[n])
        lo = sp if n == sa else 0
        hi = ep if n == ea else len(ps) - 1
        for k in range(lo, hi + 1):
            out.append((n, k))
    return out


def build_page(src: Path):
    page, arts, order, layout = parse_source(src)
    rng = random.Random(src.name)
    st = Counter()
    punct = page["punct"]
    col = page["layout"] == "column"
    R = Renderer(page, rng, st)
    C = lambda s: conv(s, punct)
    out: list[str] = []          # blocks; joined by the page separator
    extras, dups = [], []
    seen_body, seen_head, printed_pieces = set(), set(), {}
    last_op_art = None
    SEP = "\n\n"

    def head_lines(a: Article):
        parts = [C(x) for x in (a.f["kicker"], a.f["title"], a.f["subtitle"]) if x]
        n_lines = 0
        style = a.f["hstyle"]
        rendered = []
        for part in parts:
            segs = part.split("/")
            if len(segs) > 1 and len(segs[-1]) <= 3:
                st["headline last word left alone on a line"] += 1
            rendered.append("\n".join(segs))
            n_lines += len(segs)
        if style == "space":
            text = " ".join(r.replace("\n", " ") for r in rendered)
        elif style == "nl":
            text = "\n".join(rendered)
        elif style == "kt":        # kicker+title on one line, subtitle apart
            text = rendered[0] + " " + rendered[1] + ("".join(SEP + r for r in rendered[2:]))
        else:
            text = SEP.join(rendered)
        if a.f["hdouble"] == "line":
            t = C(a.f["title"]).replace("/", "")
            text = text.replace(C(a.f["title"]).replace("/", "\n"), t + t, 1)
            dups.append(t)
            st["headline drawn twice"] += 1
        elif a.f["hdouble"] == "twice":
            t = C(a.f["title"]).replace("/", "")
            text = text + SEP + t
            dups.append(t)
            st["headline drawn twice"] += 1
        st[f"headline stacks of {len(parts)} part(s)"] += 1
        st[f"headlines printed on {min(n_lines, 4) if style != 'space' else 1} line(s)"] += 1
        if " " in a.f["title"]:
            st["two-phrase titles split at a space"] += 1
        if a.f["subtitle"].startswith("——"):
            st["dash-led subtitles"] += 1
        if a.f["kicker"].endswith("——"):
            st["kickers ending in a dash"] += 1
        if re.search(r"(出席|参加|讲话|主持)$", a.f["subtitle"]):
            st["short trailing line (… 出席)"] += 1
        return text

    def byline_text(s):
        s = C(s)
        if "//" in s or "/" in s:
            st["byline broken across lines"] += 1
        return s.replace("//", SEP).replace("/", "\n")

    for op in layout:
        w = op.split()
        cmd = w[0]
        if cmd in ("extra", "box", "mast"):
            text = op.split(" ", 1)[1]
            printed = C(text).replace("‖", SEP).replace("¶", "\n")
            out.append(printed)
            extras.append(re.sub(r"\s+", "", C(text).replace("‖", "").replace("¶", "")))
            if cmd == "mast":
                st["masthead pieces (lines)"] += sum(1 for x in printed.split("\n") if x.strip())
                if re.search(r"\S \S", text):
                    st["merged masthead pieces (e.g. 31 星期六)"] += 1
            else:
                st["short box lines (countdown, code prompt ...)"] += 1
            continue
        if cmd == "blank":
            out.append("\n" * (int(w[1]) - 1) if int(w[1]) > 1 else "")
            continue
        a = arts[w[1]]
        opts = dict(x.split("=", 1) for x in w[2:] if "=" in x)
        rest = [x for x in w[2:] if "=" not in x]
        if cmd == "head":
            if a.id in seen_body:
                st["headlines printed after their body"] += 1
            if last_op_art and last_op_art[0] == "head" and last_op_art[1] != a.id:
                st["headlines bunched with another story's headline"] += 1
            seen_head.add(a.id)
            out.append(head_lines(a))
        elif cmd == "label":
            out.append(C(a.f["column"]))
            st["column labels on their own line"] += 1
        elif cmd == "byline":
            out.append(byline_text(a.f["byline"]))
        elif cmd == "marker":
            out.append(a.f["marker"])
            st["jump markers"] += 1
        elif cmd == "photo":
            cap = C(clean(a.paras[0]))
            cw = float(opts.get("w", a.f["cwidth"]))
            credit = byline_text(a.f["byline"]) if a.f["byline"] else ""
            if col:
                lines = [R.plain(t) for t, _, _ in flow(cap, cw, 0, rng)]
            else:
                lines = [cap]
            style = a.f["cstyle"]
            if credit and style == "inline":
                lines[-1] += " " + credit
            elif credit and style == "right":
                pad = max(4, int(2 * (cw - len(credit))))
                lines.append(" " * pad + credit)
                st["credits right-aligned on a line of their own"] += 1
            elif credit and style == "below":
                lines.append(credit)
            out.append(SEP.join(lines))
        elif cmd in ("body", "dup"):
            spec = rest[0] if rest else "all"
            rng_list = parse_range(spec, a)
            if cmd == "dup":
                for n, k in rng_list:
                    txt = C(pieces(a.paras[n])[k])
                    out.append(txt)
                    dups.append(txt)
                    st["lines printed twice"] += 1
                continue
            if (last_op_art and last_op_art[0] == "body" and last_op_art[1] == a.id
                    and rng_list and rng_list[0][1] > 0):
                st["paragraph split by a column break with nothing between"] += 1
            elif rng_list and rng_list[0][1] > 0:
                st["cut paragraph continued after a piece of another story"] += 1
            for n, k in rng_list:
                printed_pieces[(a.id, n, k)] = printed_pieces.get((a.id, n, k), 0) + 1
            seen_body.add(a.id)
            width = float(opts.get("w", a.f["width"]))
            dupline = int(opts.get("dupline", 0))
            inline_marker = a.f["marker"] if (a.f["mpos"] == "inline" and rng_list[0] == (0, 0)) else ""
            blocks = []
            # in the column layout a cut only matters where an op ends: pieces of
            # one paragraph printed by the same op flow on as one text
            segs = []
            for n, k in rng_list:
                if col and segs and segs[-1][0] == n:
                    segs[-1][2].append(k)
                else:
                    segs.append((n, k, [k]))
            for n, k, ks in segs:
                ps = pieces(a.paras[n])
                txt = C("".join(ps[x] for x in ks))
                k_last = ks[-1]
                if k_last + 1 < len(ps) and (n, k_last + 1) not in rng_list:
                    tag = cut_tags(a.paras[n])[k_last]
                    kindcut = {"n": "inside a name", "w": "inside a word", "q": "inside a quoted term",
                               "f": "between a verb and its figure", "u": "between a figure and its unit"}.get(tag)
                    if not kindcut:
                        nxt = ps[k_last + 1]
                        if nxt[:1].isdigit():
                            kindcut = "between a verb and its figure"
                        elif txt[-1:].isdigit():
                            kindcut = "between a figure and its unit"
                        elif txt.count("“") > txt.count("”"):
                            kindcut = "inside a quoted term"
                        else:
                            kindcut = "inside a word"
                    st[f"cut {kindcut}"] += 1
                first_piece = (n, k) == (0, 0)
                if col:
                    if first_piece and a.f["dateline"]:
                        dl = C(a.f["dateline"])
                        br = C(a.f["dlbreak"])
                        if br == "own":
                            blocks.append(R.numline(dl))
                            lines = R.column_lines(txt, width, 0)
                            st["dateline on a line of its own"] += 1
                        else:
                            key = br.replace("|", "")
                            pos = dl.index(key) + br.index("|")
                            blocks.append(R.numline(dl[:pos].rstrip()))
                            lines = R.column_lines(dl[pos:].lstrip() + txt, width, 0)
                            if "月|" in br or "|日" in br or re.search(r"\d\|", br):
                                st["line break inside a dateline's date"] += 1
                            elif "|通讯员" in br:
                                st["dateline broken before 通讯员"] += 1
                            elif "记者|" in br:
                                st["dateline broken after 记者"] += 1
                            else:
                                st["dateline broken between names"] += 1
                    else:
                        lines = R.column_lines(txt, width, 2 if k == 0 and not (first_piece and inline_marker) else 0)
                    if first_piece and inline_marker:
                        lines[0] = inline_marker + lines[0]
                        st["jump markers"] += 1
                    blocks.extend(lines)
                else:
                    line = txt
                    if first_piece and a.f["dateline"]:
                        line = C(a.f["dateline"]) + line
                    if first_piece and inline_marker:
                        line = inline_marker + line
                        st["jump markers"] += 1
                    blocks.append(line)
            if dupline:
                dl_ = blocks[dupline - 1]
                blocks.insert(dupline, dl_)
                dups.append(re.sub(r"\s+", "", dl_))
                st["lines printed twice"] += 1
            out.append(SEP.join(blocks))
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op!r}")
        last_op_art = (cmd, a.id)

    # every piece of every paragraph printed exactly once?
    for aid in order:
        a = arts[aid]
        for n, p in enumerate(a.paras):
            for k in range(len(pieces(p))):
                c = printed_pieces.get((aid, n, k), 0)
                if a.kind != "photo" and c != 1:
                    raise SystemExit(f"{src.name}: {aid} para {n+1} piece {k} printed {c} times")
        if (a.f["kicker"] or a.f["title"] or a.f["subtitle"]) and aid not in seen_head:
            raise SystemExit(f"{src.name}: headline of {aid} never printed")

    lead = " " if col else "\n\n"
    text = lead + SEP.join(out) + "\n"
    text = re.sub(r"\n{5,}", "\n\n\n\n", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{page['num']}_{digest}"
    gold = {
        "source": name + ".txt",
        "issue_date": page["date"],
        "issue_number": int(page["front"].split()[0]) if page.get("front") else None,
        "page_count": int(page["front"].split()[1]) if page.get("front") else None,
        "articles": [],
        "extras": extras,
        "duplicates": dups,
    }
    for aid in order:
        a = arts[aid]
        g = {"kind": a.kind}
        for f in ("column", "kicker", "title", "subtitle"):
            g[f] = C(a.f[f]).replace("/", "")
        g["byline"] = C(a.f["byline"]).replace("//", " ").replace("/", " ")
        g["dateline"] = C(a.f["dateline"])
        g["continued"] = a.f["continued"]
        g["subheads"] = [C(s) for s in a.subheads]
        # a space printed between two Chinese words is layout, not text (seed 004)
        g["paragraphs"] = [re.sub(r"(?<=[\u3400-\u9fff“”])\s+(?=[\u3400-\u9fff“”])", "", C(clean(p)))
                           for p in a.paras]
        gold["articles"].append(g)
        if a.f["column"]:
            st["articles with a column label"] += 1
    info = {
        "file": name + ".txt", "src": src.name, "date": page["date"], "pageno": page["pageno"],
        "layout": page["layout"], "punct": punct, "articles": len(order),
        "chars": len(re.sub(r"\s", "", text)), "subjects": page.get("subjects", ""),
        "front": page.get("front", ""), "kinds": Counter(arts[x].kind for x in order),
    }
    return name, text, gold, st, info


def gold_json(g) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


PUNCT_DESC = {"full": "full-width", "mixed": "full, half-width ()", "half": "half-width ,();:"}


def build():
    files = {}
    total = Counter()
    infos = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        name, text, gold, st, info = build_page(src)
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = gold_json(gold)
        total.update(st)
        info["stats"] = st
        infos.append(info)
    # README
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(total):
        npages = sum(1 for i in infos if i["stats"].get(k))
        rows.append(f"| {k} | {total[k]} | {npages} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for i in infos:
        pg = i["pageno"] + (f" (front: 第{i['front'].split()[0]}号, {i['front'].split()[1]}版)" if i["front"] else "")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(i["kinds"].items()))
        prow.append(f"| {i['file']} | {i['date']} | {pg} | {i['layout']} | {PUNCT_DESC[i['punct']]} | "
                    f"{i['articles']} ({kinds}) | {i['chars']} | {i['subjects']} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))
    files["README.md"] = readme
    return files, infos


def main():
    files, _ = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages, "
          f"{sum(1 for r in files if r.startswith('gold/'))} gold files, README.md")


if __name__ == "__main__":
    main()
