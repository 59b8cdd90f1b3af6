#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.  See README.md for the source format.
"""
import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CJK = re.compile(r"[\u3400-\u9fff]")
OPEN = "“‘《（(【"
CLOSE = "，。、；：？！”’》）)】…—,;:?!"
COMPRESS = "，。、；：“”‘’《》（）"      # full-width marks drawn half-width in justified lines
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}
MARK_BREAK = "^"                           # a printed line break inside a dateline/byline/headline
MARK_CUT = "¦"                             # a piece boundary inside the text stream

PHEN = Counter()                           # phenomena counted while composing (whole set)


# ----------------------------------------------------------------- source parsing
def parse(path):
    page = {"meta": OrderedDict(), "arts": OrderedDict(), "layout": []}
    cur, in_text = None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not in_text:
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            in_text = False
            if name == "layout":
                cur = "layout"
            else:
                cur = OrderedDict(name=name, kind="news", column="", kicker="", title="",
                                  subtitle="", byline="", dateline="", continued="",
                                  width="17", spacing="num", text=[])
                page["arts"][name] = cur
            continue
        if cur is None:
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
            continue
        if cur == "layout":
            if line.strip():
                page["layout"].append(line.strip())
            continue
        if in_text:
            if line.strip():
                cur["text"].append(line.strip())
            continue
        if line.strip() == "text:":
            in_text = True
            continue
        if ":" in line:
            k, v = line.split(":", 1)
            cur[k.strip()] = v.strip()
    return page


def conv(s, mode):
    table = {"full": {}, "mixed": MIXED, "half": HALF}[mode]
    return "".join(table.get(c, c) for c in s)


def clean(s):
    """Gold form of a head/dateline/byline string: break marks removed."""
    return s.replace(MARK_BREAK, "")


# ----------------------------------------------------------------- article streams
def stream(art, mode):
    """The article's printed text as pieces; each piece is a list of (kind, text, para_start).
    kinds: 'date' (dateline, may hold ^), 'para', 'sub' (crosshead)."""
    pieces, cur = [], []
    first = True
    for t in art["text"]:
        sub = t.startswith("## ")
        body = conv(t[3:] if sub else t, mode)
        parts = body.split(MARK_CUT)
        for i, p in enumerate(parts):
            if i > 0:
                pieces.append(cur)
                cur = []
            if p:
                kind = "sub" if sub else "para"
                cur.append([kind, p, i == 0])
        first = False
    pieces.append(cur)
    if art["dateline"]:
        pieces[0].insert(0, ["date", conv(art["dateline"], mode), True])
    return pieces


def gold_article(art, mode):
    paras, subs = [], []
    for t in art["text"]:
        if t.startswith("## "):
            s = conv(t[3:], mode).replace(MARK_CUT, "")
            subs.append(s)
            paras.append(s)
        else:
            paras.append(conv(t, mode).replace(MARK_CUT, ""))
    return OrderedDict([
        ("kind", art["kind"]), ("column", clean(art["column"])),
        ("kicker", conv(clean(art["kicker"]), mode)), ("title", conv(clean(art["title"]), mode)),
        ("subtitle", conv(clean(art["subtitle"]), mode)), ("byline", conv(clean(art["byline"]), mode)),
        ("dateline", conv(clean(art["dateline"]), mode)), ("continued", art["continued"]),
        ("subheads", subs), ("paragraphs", paras)])


# ----------------------------------------------------------------- column layout
def cw(c):
    return 0.5 if ord(c) < 0x2000 else 1.0


def tokens(text):
    """Atomic units for wrapping: number runs, latin runs, single characters."""
    return re.findall(r"[0-9][0-9.,%％:]*|[A-Za-z]+|.", text)


def wrap_column(items, width):
    """Wrap a piece's items into column lines: list of (tokens, flag); flag True on a
    paragraph's last line (never spread), "sub" for a crosshead, False otherwise."""
    out, line, used = [], [], 0.0
    after_date = False
    for kind, text, start in items:
        if kind == "sub":
            if line:
                out.append((line, True))
            out.append(([text], "sub"))
            line, used = [], 0.0
            continue
        if kind == "date":
            if line:
                out.append((line, True))
            line, used = [], 0.0
            segs = text.split(MARK_BREAK)
            for si, seg in enumerate(segs):
                for w in re.findall(r"\S+\s*", seg):
                    ww = sum(cw(c) for c in w.strip())
                    if used + ww > width and line:
                        out.append((line, False))
                        line, used = [], 0.0
                    line.append(w)
                    used += ww
                if si < len(segs) - 1 and line:
                    out.append((line, False))
                    line, used = [], 0.0
            if MARK_BREAK in text:
                PHEN["line break inside a dateline"] += 1
            # never leave a dateline tail under 4 characters alone on a line
            if out and len(re.sub(r"\s", "", "".join(line))) < 4 and len(out[-1][0]) > 1:
                line.insert(0, out[-1][0].pop())
                used = sum(cw(c) for c in "".join(line).strip())
            after_date = True
            continue
        if start and line and not after_date:
            out.append((line, True))
            line, used = [], 0.0
        if start and not line:
            used = 2.0                       # paragraph indent of 2 em (printed as nothing)
        after_date = False
        for tok in tokens(text):
            tw = sum(cw(c) for c in tok)
            if used + tw > width and line and not (len(tok) == 1 and tok in CLOSE):
                out.append((line, False))
                line, used = [], 0.0
            line.append(tok)
            used += tw
    if line:
        out.append((line, True))
    return out


def line_is_date(line):
    return any("讯" in t or "电" in t for t in line) and any("）" in t or ")" in t for t in line)


def render_col_line(toks, spacing, rng, may_spread):
    s = "".join(toks)
    ncomp = sum(1 for c in s if c in COMPRESS)
    if may_spread and ncomp >= 2 and rng.random() < 0.45:
        PHEN["justified line spread with spaces"] += 1
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i == len(toks) - 1:
                break
            last = t[-1]
            if last in COMPRESS and last not in "“‘":
                continue
            out.append(" ")
        r = "".join(out)
        if "“ " in r:
            PHEN["space after an opening quote"] += 1
        return re.sub(r" +", " ", r).strip()
    if spacing == "num":
        out = ""
        for i, t in enumerate(toks):
            if t[0].isdigit() and i > 0 and not out.endswith(" ") and out[-1] not in COMPRESS:
                out += " "
                PHEN["spaces around a number run"] += 1
            out += t
            if t[0].isdigit() and i < len(toks) - 1 and toks[i + 1][0] not in "，。、；：”）%":
                out += " "
        return out.strip()
    return s


# ----------------------------------------------------------------- paragraph-layout gaps
def gap_spaces(s, rng, page_gap):
    if not page_gap:
        return s
    out = s
    if "%" in out and rng.random() < 0.7:
        out = re.sub(r"(?<=[0-9])%", " %", out, count=2)
        PHEN["space before %"] += 1
    if rng.random() < 0.5:
        n = 0
        def rep(m):
            nonlocal n
            n += 1
            return " " + m.group(0) + " " if n % 3 == 1 else m.group(0)
        out2 = re.sub(r"(?<=[\u4e00-\u9fff])[，、；](?=[\u4e00-\u9fff])", rep, out)
        if out2 != out:
            PHEN["glyph-gap spaces around full-width punctuation"] += 1
        out = out2
    return out


# ----------------------------------------------------------------- page composition
def compose(path):
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(path.name)
    mode, layout = meta["punct"], meta["layout"]
    gap = meta.get("gap", "no") == "yes"
    lines = []                      # (text, sep) sep is the separator printed after the line
    extras, dups = OrderedDict(), []
    state = {n: {"pieces": stream(a, mode), "next": 0, "carry": None} for n, a in arts.items()}

    def emit(text, sep="\n\n"):
        lines.append([text, sep])

    def head_parts(a):
        return [conv(a[k], mode) for k in ("kicker", "title", "subtitle") if a[k]]

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        if lines and lines[-1][1] == "\n" and not (op == "extra" and rest.startswith("mast")):
            lines[-1][1] = "\n\n"
        if op == "head":                       # head NAME [join|stack|split|lastword=N|double|tight]
            name, *opts = rest.split()
            a = arts[name]
            parts = head_parts(a)
            sep = "\n" if ("tight" in opts or layout == "column") else "\n\n"
            if "join" in opts:
                out = [" ".join(p.replace(MARK_BREAK, "") for p in parts)]
                PHEN["headline stack joined on one line"] += 1
            else:
                out = []
                for p in parts:
                    out.extend(x.strip() for x in p.split(MARK_BREAK))
                    if MARK_BREAK in p:
                        tail = p.split(MARK_BREAK)[-1].strip()
                        if len(tail) <= 3:
                            PHEN["headline's last word alone on a line"] += 1
                        else:
                            PHEN["headline split across lines (two phrases)"] += 1
            if "double" in opts:
                t = conv(clean(a["title"]), mode)
                out = [o + o if o == t else o for o in out]
                dups.append(t)
                PHEN["headline drawn twice on one line"] += 1
            if "twice" in opts:
                t = conv(clean(a["title"]), mode)
                i = out.index(t)
                out.insert(i + 1, t)
                dups.append(t)
                PHEN["headline printed on two identical lines"] += 1
            for i, o in enumerate(out):
                emit(o, sep if i < len(out) - 1 else "\n\n")
        elif op == "col":                       # col NAME : the column label on its own line
            emit(arts[rest.strip()]["column"])
            PHEN["column label on its own line"] += 1
        elif op == "byline":                    # byline NAME [right] [join]
            name, *opts = rest.split()
            b = conv(arts[name]["byline"], mode)
            segs = [x.strip() for x in b.split(MARK_BREAK)]
            if MARK_BREAK in b:
                PHEN["line break inside a byline"] += 1
            for i, sgm in enumerate(segs):
                if "right" in opts:
                    sgm = " " * rng.randint(18, 30) + sgm
                    PHEN["credit right-aligned on its own line"] += 1
                emit(sgm)
        elif op == "body":                      # body NAME [N|all] [lead=TEXT] [+credit]
            name, *opts = rest.split()
            a, st = arts[name], state[name]
            lead = ""
            which = "all"
            credit = False
            for o in opts:
                if o.startswith("lead="):
                    lead = o[5:].replace("_", " ")
                elif o == "+credit":
                    credit = True
                else:
                    which = o
            if which == "all":
                idx = list(range(st["next"], len(st["pieces"])))
            else:
                idx = [int(which)]
            for k in idx:
                piece = st["pieces"][k]
                st["next"] = k + 1
                if layout == "paragraph":
                    for j, (kind, text, start) in enumerate(piece):
                        t = text.replace(MARK_BREAK, "")
                        if kind == "date":
                            nxt = piece[j + 1][1] if j + 1 < len(piece) else ""
                            piece[j + 1][1] = t + nxt if j + 1 < len(piece) else t
                            if j + 1 >= len(piece):
                                emit(t)
                            continue
                        if kind == "sub":
                            emit(t)
                            continue
                        t = gap_spaces(t, rng, gap)
                        if lead and j == 0:
                            t = lead + t
                        emit(t)
                else:
                    rows = wrap_column(piece, float(a["width"]))
                    for r, (toks, pend) in enumerate(rows):
                        if pend == "sub":
                            emit(toks[0])
                            continue
                        txt = render_col_line(toks, a["spacing"], rng, not pend)
                        if lead and r == 0:
                            txt = lead + txt
                        emit(txt)
                if credit:
                    lines[-1][0] += " " + conv(a["byline"], mode)
                    PHEN["photo credit on the caption line"] += 1
        elif op == "mark":                      # mark TEXT : jump marker line
            emit(rest.replace("_", " "))
            PHEN["jump marker"] += 1
        elif op == "extra":                     # extra GROUP TEXT : furniture line
            g, _, txt = rest.partition(" ")
            extras.setdefault(g, []).append(txt)
            emit(txt.replace("_", " "), "\n" if g.startswith("mast") else "\n\n")
            PHEN["masthead piece" if g.startswith("mast") else "box line (countdown, code prompt)"] += 1
        elif op == "dupline":                   # print the last body line again
            t = lines[-1][0]
            emit(t)
            dups.append(re.sub(r"\s+", "", t))
            PHEN["line printed twice"] += 1
        elif op == "blank":
            emit("", "\n")
        else:
            raise SystemExit(f"{path.name}: unknown layout op {cmd!r}")
    for n, st in state.items():
        if st["next"] < len(st["pieces"]):
            raise SystemExit(f"{path.name}: article {n} has unprinted pieces")
    text = "".join(t + s for t, s in lines)
    gold_arts = [gold_article(a, mode) for a in arts.values()]
    ex = ["".join(v).replace("_", "") for v in extras.values()]
    return page, text, gold_arts, ex, dups


def count_phen(page, text, mode):
    PHEN["line break before 通讯员 in a dateline"] += len(re.findall(r"\n通讯员", text))
    PHEN["jump marker"] += len(re.findall(r"^▲ ▲[（(]上接", text, re.M)) and text.startswith("▲ ▲(")
    for a in page["arts"].values():
        if a["kind"] == "news" and a["subtitle"] and "出席" in a["subtitle"] and len(a["subtitle"]) <= 8:
            PHEN["short trailing line like 某某某出席"] += 1
        if a["subtitle"].startswith("——"):
            PHEN["dash-led subtitle"] += 1
        if a["column"]:
            PHEN["column label"] += 1
        if sum(1 for k in ("kicker", "title", "subtitle") if a[k]) + a["title"].count(MARK_BREAK) >= 4:
            PHEN["four-line headline stack"] += 1
        t = "".join(a["text"])
        PHEN["cuts between pieces"] += t.count(MARK_CUT)
        if a["byline"].startswith("文丨"):
            PHEN["文丨 essay byline"] += 1
        if a["byline"].endswith("摄（湖南图片库）") or a["byline"].endswith("摄(湖南图片库)"):
            PHEN["credit 摄（湖南图片库）"] += 1
        if a["byline"].startswith("以上图片均由"):
            PHEN["group credit 以上图片均由"] += 1
        if "电（" in a["dateline"] or "电(" in a["dateline"]:
            PHEN["dateline with 电"] += 1
        if "华声在线" in a["dateline"] + a["byline"]:
            PHEN["湖南日报·华声在线…讯（记者 …） dateline"] += 1
        if "新湖南客户端" in a["dateline"] + a["byline"]:
            PHEN["湖南日报·新湖南客户端记者 … 报道"] += 1


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    rows = []
    for src in sorted(SRC.glob("p*.txt")):
        page, text, arts, extras, dups = compose(src)
        meta = page["meta"]
        count_phen(page, text, meta["punct"])
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        num = "%03d" % (int(src.stem[1:]) - 1 + int(meta.get("base", "1")))
        name = f"{num}_{h}.txt"
        (PAGES / name).write_text(text, encoding="utf-8")
        gold = OrderedDict([
            ("source", name), ("issue_date", meta["date"]),
            ("issue_number", meta.get("issue_number") or None),
            ("page_count", int(meta["page_count"]) if meta.get("page_count") else None),
            ("articles", arts), ("extras", extras), ("duplicates", dups)])
        (GOLD / (name[:-4] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name, meta["date"], meta["pageno"], meta["layout"], meta["punct"],
                     len(arts), nchar, meta.get("subjects", "")))
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PHEN.items(), key=lambda x: (-x[1], x[0])))
    pg = "\n".join("| %s | %s | %s | %s | %s | %d | %d | %s |" % r for r in rows)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg),
                                    encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
