#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from random.Random(source file name),
so running it again rebuilds everything byte for byte.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = "¦"
OPEN = "（《“「(‘"
CLOSE = "，。、；：？！）》”」,;:)’"
INNER = "，。、；：,;:"
CJK = re.compile(r"[\u4e00-\u9fff]")


def width(tok):
    return sum(0.5 if ord(c) < 128 else 1 for c in tok if c != " ")


def punct(text, mode):
    """Page punctuation width: full | mixed (full commas, half brackets) | half."""
    if mode in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("：", ":").replace("；", ";")
    return text


class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = dict(column="", kicker="", title="", subtitle="", byline="", dateline="",
                      continued="")
        self.paras = []      # list of list of pieces (cut at ¦)
        self.subheads = []

    def pieces(self):
        out = []
        for pi, para in enumerate(self.paras):
            for k, piece in enumerate(para):
                out.append((pi, k, k == len(para) - 1, piece))
        return out


def parse(path):
    page = {"arts": {}, "order": [], "layout": [], "meta": {}}
    sec = None
    cur = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("%page"):
            for kv in line.split()[1:]:
                k, v = kv.split("=", 1)
                page["meta"][k] = v
            continue
        if line.startswith("%art"):
            _, aid, kind = line.split()
            cur = Article(aid, kind)
            page["arts"][aid] = cur
            page["order"].append(aid)
            sec = "art"
            continue
        if line.startswith("%layout"):
            sec = "layout"
            continue
        if sec == "art":
            tag, _, val = line.partition(": ")
            val = val.strip()
            key = dict(C="column", K="kicker", T="title", S="subtitle", B="byline",
                       D="dateline", J="continued").get(tag)
            if key:
                cur.f[key] = val
            elif tag == "P":
                cur.paras.append(val.split(CUT))
            elif tag == "H":
                cur.subheads.append(val)
                cur.paras.append([val])
            else:
                raise SystemExit(f"{path}: bad line {line!r}")
        elif sec == "layout":
            page["layout"].append(line.strip())
    return page


def rng_for(name):
    return random.Random(name)


def number_spaces(text, rng, p, stats):
    """PDF gap spaces around digit runs touching CJK, after opening quotes, before %."""
    out = []
    toks = re.findall(r"[0-9A-Za-z.%×+]+|.", text)
    for i, t in enumerate(toks):
        if re.match(r"[0-9]", t) and len(t) >= 1:
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            sp = rng.random() < p
            if sp and prev and CJK.match(prev):
                out.append(" ")
                stats["number_space"] += 1
            if t.endswith("%") and len(t) > 1 and rng.random() < 0.25:
                t = t[:-1] + " %"
                stats["space_before_percent"] += 1
            out.append(t)
            if sp and nxt and (CJK.match(nxt) or nxt in "、，"):
                out.append(" ")
        elif t == "“" and rng.random() < 0.12:
            out.append("“ ")
            stats["space_after_quote"] += 1
        else:
            out.append(t)
    return "".join(out)


def spread(line):
    toks = re.findall(r"[0-9A-Za-z.%×+]+|\S", line.replace(" ", ""))
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSE or b in "（《“「)）》":
            out += b
        else:
            out += " " + b
    return out


def wrap(text, w, rng, stats, final_para=True, brk=None):
    """Column lines of about w em; breaks forced at the offsets in brk."""
    toks = re.findall(r"[0-9A-Za-z.%×+]+|\s|.", text)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        if t == "\n":
            lines.append("".join(cur))
            cur, cw = [], 0.0
            continue
        tw = width(t) if t not in INNER else 0.5
        if t == " ":
            tw = 0.25
        if cw + tw > w and cur and t not in CLOSE:
            if cur[-1] in OPEN:
                last = cur.pop()
                lines.append("".join(cur))
                cur, cw = [last], width(last)
            else:
                lines.append("".join(cur))
                cur, cw = [], 0.0
            if t == " ":
                continue
        cur.append(t)
        cw += tw
    if cur:
        lines.append("".join(cur))
    lines = [l.strip() for l in lines if l.strip()]
    out = []
    for i, l in enumerate(lines):
        last = i == len(lines) - 1
        inner = sum(1 for c in l[:-1] if c in INNER)
        if not (last and final_para) and inner >= 2 and rng.random() < 0.2:
            l = spread(l)
            stats["justified_spread_line"] += 1
        out.append(l)
    return out


def aid_n(a, n):
    return f"{a.id}{n}"


def short_tail(lines, dl):
    """True when a line starts with 1-3 characters of the dateline's end: the scorer's
    coverage needs pieces of 4 characters, so such a page would cost a perfect export."""
    seen = ""
    for i, l in enumerate(lines):
        sq = l.replace(" ", "")
        if len(seen) < len(dl) <= len(seen) + len(sq):
            k = len(dl) - len(seen)
            return i > 0 and 0 < k < 4
        seen += sq
    return False


def headline_lines(a, spec, stats, dups):
    """spec tokens: letters k/t/s joined on one line; t2 = title doubled; t! = title twice."""
    lines = []
    parts = {"k": a.f["kicker"], "t": a.f["title"], "s": a.f["subtitle"]}
    for tok in spec:
        if tok == "t2":
            t = parts["t"].replace("/", "")
            lines.append(t + t)
            dups.append(t)
            stats["headline_doubled_on_line"] += 1
            continue
        if tok == "t!":
            t = parts["t"].replace("/", "")
            lines += [t, t]
            dups.append(t)
            stats["headline_line_twice"] += 1
            continue
        segs = [parts[c] for c in tok if parts.get(c)]
        if len(segs) > 1:
            stats["headline_parts_on_one_line"] += 1
        txt = " ".join(segs)
        if "/" in txt:
            stats["headline_split_over_lines"] += 1
        lines += [x.strip() for x in txt.split("/") if x.strip()]
    return lines


def build_page(src):
    name = src.stem
    page = parse(src)
    m = page["meta"]
    rng = rng_for(src.name)
    mode = m.get("punct", "full")
    layout = m["layout"]
    W = float(m.get("w", 17))
    nsp = float(m.get("numsp", 0.6 if layout == "column" else 0))
    stats = Counter()
    arts = page["arts"]
    for a in arts.values():
        for k in a.f:
            a.f[k] = punct(a.f[k], mode)
        a.paras = [[punct(p, mode) for p in para] for para in a.paras]
        a.subheads = [punct(s, mode) for s in a.subheads]
    lines, extras, mast, dups = [], [], [], []
    used = {}
    used_bc = set()
    expanded = []
    for cmd in page["layout"]:
        if cmd.startswith("a "):
            a = arts[cmd.split()[1]]
            if a.f["kicker"] or a.f["title"] or a.f["subtitle"]:
                expanded.append(f"h {a.id}")
            if a.kind == "photo":
                expanded += [f"b {a.id} 0", f"by {a.id}"]
            else:
                if a.f["byline"]:
                    expanded.append(f"by {a.id}")
                expanded.append(f"b {a.id} 0-")
        else:
            expanded.append(cmd)
    for cmd in expanded:
        op, _, rest = cmd.partition(" ")
        args = rest.split()
        if op == "m":
            lines.append(rest)
            mast.append(rest.replace(" ", ""))
            stats["masthead_piece"] += 1
        elif op == "x":
            lines.append(rest)
            extras.append(rest.strip())
            stats["box_or_extra_line"] += 1
        elif op == "j":
            lines.append(rest)
            stats["jump_marker"] += 1
        elif op == "h":
            a = arts[args[0]]
            spec = args[1:] or ["k", "t", "s"]
            lines += headline_lines(a, spec, stats, dups)
        elif op == "c":
            lines.append(arts[args[0]].f["column"])
            stats["column_label_line"] += 1
        elif op == "by":
            a = arts[args[0]]
            b = a.f["byline"]
            if "split" in args:
                i = b.rfind(" ")
                lines += [b[:i], b[i + 1:]]
                stats["byline_names_split"] += 1
            elif "r" in args:
                lines.append(" " * (24 + rng.randrange(12)) + b)
                stats["credit_right_aligned"] += 1
            else:
                lines.append(b)
        elif op == "bc":   # photo caption and credit on one line
            a = arts[args[0]]
            lines.append(a.paras[0][0] + " " + a.f["byline"])
            used_bc.add(a.id)
            stats["caption_with_credit"] += 1
        elif op == "b":
            a = arts[args[0]]
            pcs = a.pieces()
            lo, _, hi = args[1].partition("-")
            lo = int(lo)
            hi = int(hi) if hi else (len(pcs) - 1 if _ else lo)
            opts = dict(o.split("=") if "=" in o else (o, "1") for o in args[2:])
            sel = pcs[lo:hi + 1]
            used.setdefault(a.id, []).extend(range(lo, hi + 1))
            if layout == "paragraph":
                for n, (pi, k, fin, text) in enumerate(sel):
                    if lo + n == 0 and a.f["dateline"]:
                        text = a.f["dateline"] + text
                    lines.append(text)
                    if not fin:
                        stats["paragraph_cut"] += 1
            else:
                w = float(opts.get("w", W))
                for n, (pi, k, fin, text) in enumerate(sel):
                    if lo + n == 0 and a.f["dateline"]:
                        d = a.f["dateline"]
                        if "tx" in opts and "通讯员" in d:
                            d = d.replace(" 通讯员", "\n通讯员")
                            stats["break_before_通讯员"] += 1
                        text = d + text
                    if k == 0 and text in a.subheads:
                        lines.append(text)
                        stats["crosshead"] += 1
                        continue
                    text = number_spaces(text, rng, nsp, stats)
                    dl = a.f["dateline"].replace(" ", "") if lo + n == 0 else ""
                    for dw in (0, -0.5, 0.5, -1, 1, -1.5):
                        st = Counter()
                        ls = wrap(text, w + dw, random.Random(f"{src.name}/{aid_n(a, lo + n)}"), st,
                                  final_para=fin)
                        if not dl or not short_tail(ls, dl):
                            break
                    stats.update(st)
                    if lo + n == 0 and a.f["dateline"]:
                        dl = a.f["dateline"].replace(" ", "")
                        first = ls[0].replace(" ", "")
                        if len(first) < len(dl):
                            stats["dateline_broken_over_lines"] += 1
                    lines += ls
                    if not fin:
                        stats["column_cut"] += 1
        elif op == "dup":
            prev = lines[-1]
            lines.append(prev)
            dups.append(re.sub(r"(?<=\S) (?=\S)", "", prev.strip()) if layout == "column"
                        else prev.strip())
            stats["line_printed_twice"] += 1
        else:
            raise SystemExit(f"{src}: bad layout op {cmd!r}")
    for aid, a in arts.items():
        need = list(range(len(a.pieces())))
        if a.kind == "photo" and aid in used_bc:
            need = need[1:]
        if sorted(used.get(aid, [])) != need:
            raise SystemExit(f"{src.name}: article {aid} pieces laid out {sorted(used.get(aid, []))}, "
                             f"expected {need}")
    text = "\n\n".join(lines) + "\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    num = m["n"]
    fname = f"{num}_{digest}"
    gold_extras = []
    if mast:
        gold_extras.append("".join(mast))
    gold_extras += extras
    gold = {
        "source": fname + ".txt",
        "issue_date": m["date"],
        "issue_number": int(m["issue"]) if m.get("issue") else None,
        "page_count": int(m["pages"]) if m.get("pages") else None,
        "articles": [],
        "extras": gold_extras,
        "duplicates": dups,
    }
    for aid in page["order"]:
        a = arts[aid]
        gold["articles"].append({
            "kind": a.kind,
            "column": a.f["column"],
            "kicker": a.f["kicker"].replace("/", ""),
            "title": a.f["title"].replace("/", ""),
            "subtitle": a.f["subtitle"].replace("/", ""),
            "byline": a.f["byline"],
            "dateline": a.f["dateline"],
            "continued": a.f["continued"],
            "subheads": a.subheads,
            "paragraphs": ["".join(p) for p in a.paras],
        })
    info = dict(file=fname + ".txt", date=m["date"], pageno=m.get("page", "?"), layout=layout,
                punct=mode, articles=len(page["order"]),
                chars=len(re.sub(r"\s", "", text)), subjects=m.get("subjects", "").replace("_", " "))
    return fname, text, gold, stats, info


def build_all():
    out = {}
    total = Counter()
    infos = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        fname, text, gold, stats, info = build_page(src)
        out[f"pages/{fname}.txt"] = text
        out[f"gold/{fname}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(stats)
        infos.append(info)
    ph = ["| phenomenon | count |", "|---|---|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    pt += [f"| {i['file']} | {i['date']} | {i['pageno']} | {i['layout']} | {i['punct']} | "
           f"{i['articles']} | {i['chars']} | {i['subjects']} |" for i in infos]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    out["README.md"] = readme
    return out, infos


def main():
    out, _ = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in out if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
