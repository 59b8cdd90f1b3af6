#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = "‖"
NOSTART = set("，。、；：？！）》”’」%,.;:?!)")
NUMCH = re.compile(r"[0-9A-Za-z.%×+\-]")
WEEK = "一二三四五六日"
PHEN = Counter()          # phenomena counted while composing (all pages)


# ---------------------------------------------------------------- source
def parse(path):
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#page"):
            page = dict(kv.split("=", 1) for kv in line.split()[1:])
            mode = "page"
        elif line.startswith("#art"):
            bits = line.split()
            cur = {"id": bits[1], "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "paras": [], "heads": set(), "width": None}
            for kv in bits[2:]:
                k, v = kv.split("=", 1)
                cur[k] = int(v) if k == "width" else v
            arts[cur["id"]] = cur
            order.append(cur["id"])
            mode = "art"
        elif line.startswith("#layout"):
            mode = "layout"
        elif mode == "art":
            k, v = line.split("=", 1)
            if k in ("p", "h"):
                cur["paras"].append(v)
                if k == "h":
                    cur["heads"].add(len(cur["paras"]) - 1)
            else:
                cur[k] = v
        elif mode == "layout":
            layout.append(line.strip())
    return page, arts, order, layout


# ---------------------------------------------------------- punctuation
def punct(s, style):
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def clean(s):
    """gold form of a source string: cut marks and forced breaks removed"""
    s = re.sub(CUT + ".", "", s)
    return s.replace(" / ", " ").replace("/", "")


def segments(p):
    """split a paragraph at its cut marks -> [(text, cutkind_before)]"""
    out, kind = [], ""
    parts = re.split("(" + CUT + ".)", p)
    buf = parts[0]
    out.append((buf, ""))
    i = 1
    while i < len(parts):
        out.append((parts[i + 1], parts[i][1]))
        i += 2
    return out


# ------------------------------------------------------------ printing
def ew(s):
    w = 0.0
    for c in s:
        w += 0.25 if c == " " else (0.5 if ord(c) < 0x2000 and c not in "“”‘’" else 1.0)
    return w


def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = re.match(r"[0-9A-Za-z.%×+\-]+", s[i:])
        if m and m.group(0)[0] not in "+-":
            out.append(m.group(0))
            i += len(m.group(0))
        else:
            out.append(s[i])
            i += 1
    return out


class Printer:
    def __init__(self, rng, opts):
        self.rng, self.opts, self.lines = rng, opts, []

    def out(self, s, blank=1):
        self.lines.append(s)
        self.lines.extend([""] * blank)

    def wrap(self, text, width, indent, cut=0, L=0):
        """column layout: one printed column line per text line"""
        rng, o = self.rng, self.opts
        toks = tokens(text)
        # spaces around number runs
        shown = []
        for t in toks:
            if NUMCH.match(t) and len(t) > 0 and t[0].isdigit() and rng.random() < o.get("numsp", 0.6):
                shown.append(" " + t + " ")
                PHEN["space around a number run"] += 1
            else:
                shown.append(t)
        lines, cur, cw, done = [], [], 0.0, 0
        limit = width - (2 if indent else 0) - cut
        i = 0
        while i < len(shown):
            t = shown[i]
            if t == "/":                       # forced break (dateline, byline)
                lines.append((cur, False, limit))
                cur, cw, limit = [], 0.0, width - (cut if done < L else 0)
                PHEN["line break forced inside a dateline"] += 1
                i += 1
                continue
            tw = ew(t)
            if cw + tw <= limit + 0.01 or not cur:
                cur.append(t)
                cw += tw
                done += len(t.strip())
                i += 1
                continue
            if t.strip() and t.strip()[0] in NOSTART and cw + tw <= limit + 1.01:
                cur.append(t)              # squeezed punctuation
                cw += tw
                done += len(t.strip())
                i += 1
            short = limit - cw >= 0.99
            lines.append((cur, short, limit))
            cur, cw, limit = [], 0.0, width - (cut if done < L else 0)
        if cur:
            lines.append((cur, False, limit))
        res = []
        for toks_, short, lim in lines:
            if short:
                PHEN["justified line spread with spaces"] += 1
                s = ""
                for k, t in enumerate(toks_):
                    t = t.strip()
                    s += t
                    if k + 1 < len(toks_) and t[-1] not in "，。、；：“（《‘":
                        s += " "
                res.append(s.strip())
            else:
                s = "".join(toks_).strip()
                s = re.sub(" +", " ", s)
                if o.get("glyph") and rng.random() < o["glyph"]:
                    s2 = re.sub(r"([0-9])%", r"\1 %", s, count=1)
                    s2 = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", s2, count=1)
                    s2 = re.sub(r"(?<=[\u4e00-\u9fff])([、，])(?=[\u4e00-\u9fff])", r" \1", s2, count=1)
                    if s2 != s:
                        PHEN["glyph-gap space (punctuation, %, after quote)"] += 1
                    s = s2
                res.append(s)
        return res


def rangespec(art, spec):
    """'all' | 'A-B' with A,B = P or P.S (1-based) -> list of (pi, si)"""
    paras = [segments(p) for p in art["paras"]]
    if spec == "all":
        a, b = "1", str(len(paras))
    elif "-" in spec:
        a, b = spec.split("-")
    else:
        a = b = spec

    def pos(x, end):
        if "." in x:
            p, s = x.split(".")
            return int(p) - 1, int(s) - 1
        p = int(x) - 1
        return (p, len(paras[p]) - 1) if end else (p, 0)
    s, e = pos(a, False), pos(b, True)
    out = []
    for pi in range(s[0], e[0] + 1):
        for si in range(len(paras[pi])):
            if (pi, si) >= s and (pi, si) <= e:
                out.append((pi, si))
    return out, paras


def render(page, arts, layout, rng, srcname):
    style = page.get("punct", "full")
    col = page["layout"] == "column"
    opts = {"numsp": float(page.get("numsp", 0.6)) if col else 0.0,
            "glyph": float(page.get("glyph", 0.0))}
    P = Printer(rng, opts)
    pw = int(page.get("width", 17))
    extras, dups, mast = [], [], []
    gap = 1 if col else 1
    P.lines += [""] * (0 if col else 2)
    printed_heads = {}

    def hl(a, k):
        return punct(a[k], style)

    for cmd in layout:
        op, _, rest = cmd.partition(" ")
        if op == "mast":
            P.out(rest, gap)
            mast.append(rest)
        elif op == "x":                     # extra (box line, countdown, code prompt)
            P.out(rest, gap)
            extras.append(rest)
            PHEN["short box line kept as extra"] += 1
        elif op == "blank":
            P.lines += [""] * int(rest)
        elif op == "mark":                  # jump marker line
            P.out(rest, gap)
            PHEN["jump marker"] += 1
        elif op == "col":
            a = arts[rest]
            s = a["column"]
            if rng.random() < 0.3 and col:
                s = " ".join(s)                 # framed label printed spread
            P.out(s, gap)
            PHEN["column label on its own line"] += 1
        elif op == "head":
            aid, mode = (rest.split() + ["stack"])[:2]
            a = arts[aid]
            parts = [hl(a, k) for k in ("kicker", "title", "subtitle") if a[k]]
            if mode == "join":
                P.out(" ".join(x.replace("/", "") for x in parts), gap)
                PHEN["headline parts joined on one line"] += 1
            elif mode == "kt":
                P.out(" ".join(x.replace("/", "") for x in parts[:2]), gap)
                for x in parts[2:]:
                    P.out(x.replace("/", ""), gap)
            elif mode in ("dbl", "twice"):
                for k in ("kicker", "title", "subtitle"):
                    if not a[k]:
                        continue
                    t = hl(a, k).replace("/", "")
                    if k == "title":
                        if mode == "dbl":
                            P.out(t + t, gap)
                            PHEN["headline doubled on one line"] += 1
                        else:
                            P.out(t, gap)
                            P.out(t, gap)
                            PHEN["headline printed on two identical lines"] += 1
                        dups.append(t)
                    else:
                        P.out(t, gap)
            else:                             # stack; '/' splits a part over lines
                tight = mode == "tight"
                for x in parts:
                    bits = x.split("/")
                    if len(bits) > 1:
                        PHEN["headline part broken over lines"] += 1
                    for j, b in enumerate(bits):
                        P.out(b, 0 if (tight and j + 1 < len(bits)) else gap)
            PHEN["headline stack of %d line(s)" % len(parts)] += 1
            printed_heads[aid] = True
        elif op == "by":
            a = arts[rest]
            bits = hl(a, "byline").split("/")
            if len(bits) > 1:
                PHEN["byline broken between names"] += 1
            for b in bits:
                P.out(b, gap)
        elif op == "credit":                # photo credit right-aligned on its own line
            a = arts[rest]
            P.out(" " * rng.randint(30, 60) + hl(a, "byline").replace("/", ""), gap)
            PHEN["credit right-aligned on its own line"] += 1
        elif op == "photo":                 # caption with credit on the same line
            a = arts[rest]
            cap = punct(clean(a["paras"][0]), style)
            P.out(cap + " " * rng.randint(1, 3) + hl(a, "byline").replace("/", ""), gap)
            PHEN["caption with credit on the same line"] += 1
        elif op == "dupline":
            last = [l for l in P.lines if l.strip()][-1]
            P.out(last, gap)
            dups.append(last.strip())
            PHEN["line printed twice"] += 1
        elif op == "dup":                   # paragraph layout: paragraph printed twice
            aid, n = rest.split()
            a = arts[aid]
            t = punct(clean(a["paras"][int(n) - 1]), style)
            P.out(t, gap)
            dups.append(t)
            PHEN["paragraph printed twice"] += 1
        elif op == "body":
            bits = rest.split()
            aid, spec = bits[0], bits[1] if len(bits) > 1 else "all"
            flags = bits[2:]
            a = arts[aid]
            segs, paras = rangespec(a, spec)
            w = a["width"] or pw
            # group contiguous segments per paragraph
            groups = []
            for pi, si in segs:
                if groups and groups[-1][0] == pi:
                    groups[-1][1].append(si)
                else:
                    groups.append((pi, [si]))
            for pi, sis in groups:
                pieces = []
                for si in sis:
                    txt, kind = paras[pi][si]
                    if si == sis[0] and si > 0:
                        PHEN["cut: " + CUTNAME.get(kind, kind)] += 1
                    if si != sis[0] and kind == "c" and not col:
                        pieces.append(None)        # column break with nothing between
                        PHEN["cut: " + CUTNAME["c"]] += 1
                    pieces.append(txt)
                text = []
                for x in pieces:
                    if x is None:
                        text.append(None)
                    else:
                        if text and text[-1] is not None:
                            text[-1] += x
                        else:
                            text.append(x)
                first = pi == 0 and sis[0] == 0
                for j, t in enumerate(text):
                    if t is None:
                        continue
                    lead = j == 0 and first and a["dateline"] and "nodl" not in flags
                    t = punct(t, style)
                    if lead:
                        t = punct(a["dateline"], style) + (" " if a["dateline"].endswith("讯") else "") + t
                    if "tail" in flags and pi == groups[-1][0] and j == len(text) - 1:
                        t = t + punct(a["byline"], style).replace("/", "")
                    if not col:
                        P.out(t.replace("/", ""), gap)
                    else:
                        indent = j == 0 and sis[0] == 0 and not lead and not ("noind" in flags and pi == groups[0][0]) and "flush" not in flags
                        if lead:
                            snap = Counter(PHEN)
                            L = len(re.sub(r"\s+", "", t[:len(punct(a["dateline"], style))].replace("/", "")))
                            for cut in range(0, 9):
                                PHEN.clear()
                                PHEN.update(snap)
                                ls = P.wrap(t, w, indent, cut, L)
                                if dl_ok(ls, L):
                                    break
                        else:
                            ls = P.wrap(t, w, indent)
                        for l in ls:
                            P.out(("" if not lead or rng.random() < 0.5 else " ") + l if l is not None else "", gap)
                            lead = False
        else:
            raise SystemExit(f"{srcname}: unknown layout op {cmd!r}")
    return "\n".join(P.lines).rstrip("\n") + "\n", extras, dups, mast


def dl_ok(lines, L):
    """the dateline's last piece on a line shared with body text must be >= 4 chars"""
    cum = 0
    for l in lines:
        n = len(re.sub(r"\s+", "", l))
        if cum < L < cum + n and L - cum < 4:
            return False
        cum += n
    return True


CUTNAME = {"v": "between a verb and its figure", "u": "between a figure and its unit",
           "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
           "a": "inside an abbreviation", "c": "column break with nothing between",
           "s": "at a sentence end"}


def gold_article(a, style):
    g = {}
    for k in FIELDS:
        v = a[k]
        g[k] = punct(clean(v), style) if k not in ("kind",) else v
    g["subheads"] = [punct(clean(a["paras"][i]), style) for i in sorted(a["heads"])]
    g["paragraphs"] = [punct(clean(p), style) for p in a["paras"]]
    return g


def main():
    src = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        if (HERE / d).exists():
            shutil.rmtree(HERE / d)
        (HERE / d).mkdir()
    rows = []
    for sp in src:
        rng = random.Random(sp.name)
        page, arts, order, layout = parse(sp)
        style = page.get("punct", "full")
        before = Counter(PHEN)
        text, extras, dups, mast = render(page, arts, layout, rng, sp.name)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{page['no']}_{h}"
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = {"source": name + ".txt", "issue_date": page["date"],
                "issue_number": int(page["issue"]) if "issue" in page else None,
                "page_count": int(page["pages"]) if "pages" in page else None,
                "articles": [gold_article(arts[i], style) for i in order],
                "extras": ([re.sub(r"\s+", "", "".join(mast))] if mast else []) + extras,
                "duplicates": dups}
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for i in order:
            a = arts[i]
            PHEN["article kind: " + a["kind"]] += 1
            dl, by = a["dateline"], a["byline"]
            if dl:
                PHEN["dateline with 电" if "电" in dl.split("（")[0].split("(")[0] else "dateline with 讯"] += 1
            for key, label in (("华声在线", "湖南日报·华声在线 credit"), ("新湖南客户端", "湖南日报·新湖南客户端记者 … 报道"),
                              ("文丨", "byline 文丨X (副刊)"), ("□", "byline □ X (副刊)"), ("评论员", "byline 湖南日报(全媒体)评论员"),
                              ("以上图片均由", "group photo credit 以上图片均由 … 摄"), ("湖南图片库", "credit … 摄（湖南图片库）")):
                if key in dl or key in by:
                    PHEN[label] += 1
            if "全媒体记者" in dl + by:
                PHEN["byline/dateline with 全媒体记者"] += 1
            elif "记者" in dl + by:
                PHEN["byline/dateline with 记者 (pre-2019)"] += 1
            if a["kind"] == "commentary" and by and not re.search("记者|评论员", by):
                PHEN["commentary with bare-name byline"] += 1
            if a["column"]:
                PHEN["article with a column label"] += 1
            if a["heads"]:
                PHEN["feature/poem crossheads (subheads)"] += len(a["heads"])
            if a["continued"]:
                PHEN["continued: " + a["continued"]] += 1
        nchar = len(re.sub(r"\s+", "", text))
        d = datetime.date.fromisoformat(page["date"])
        rows.append((name + ".txt", f"{page['date']} 星期{WEEK[d.weekday()]}", page["page"],
                     page["layout"], style, len(order), nchar, page.get("subjects", "")))
    # README
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items()))
    pt = "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + ph)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + pt)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
