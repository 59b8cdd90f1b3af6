#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.
Standard library only; deterministic (random.Random seeded by the source file name)."""
import hashlib, json, random, re
from pathlib import Path
from collections import Counter, OrderedDict

HERE = Path(__file__).resolve().parent
CLOSE = set("，。、；：”’）》！？…,.;:)!?")
OPEN = set("“‘（《(")
PUNCT = set("，。、；：“”‘’（）《》！？")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/\-]+")
CJK = re.compile(r"[\u4e00-\u9fff]")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

def to_punct(s, mode):
    if mode == "half":
        return s.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}))
    if mode == "mixed":
        return s.translate(str.maketrans({"（": "(", "）": ")"}))
    return s

# ---------------------------------------------------------------- source parsing
def parse(path):
    meta, arts, layout, cur, sect = {}, OrderedDict(), [], None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                sect = "layout"; continue
            sect = "art"
            cur = {"id": parts[0], "kind": parts[1], "paras": [], "subheads": []}
            for f in FIELDS:
                cur[f] = ""
            arts[parts[0]] = cur
            continue
        if sect == "meta":
            k, v = line.split(":", 1); meta[k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith("> "):
                cur["paras"].append(line[2:])
            elif line.startswith("## "):
                cur["paras"].append(line[3:]); cur["subheads"].append(line[3:])
            else:
                k, v = line.split(":", 1); cur[k.strip()] = v.strip()
        else:
            layout.append(line.split())
    return meta, arts, layout

def segments(a):
    """(paragraph index, text) pieces; '¦' cuts a paragraph into pieces."""
    out = []
    for i, p in enumerate(a["paras"]):
        for j, s in enumerate(p.split("¦")):
            out.append((i, j, s))
    return out

def clean(s):
    return s.replace("¦", "").replace("/", "") if s else s

def clean_head(s):
    return s.replace("/", "")

# ---------------------------------------------------------------- column layout
def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and m.group(0):
            out.append(m.group(0)); i = m.end()
        else:
            out.append(s[i]); i += 1
    return out

def width(t):
    if t == "\u2002":
        return 0.5
    return 0.5 * len(t) if ASCII_RUN.fullmatch(t) else 1.0

def spread(toks):
    """A justified line: every token followed by a space, except closing marks,
    before opening marks and after （《."""
    out = ""
    for k, t in enumerate(toks):
        out += t
        if k == len(toks) - 1:
            break
        nxt = toks[k + 1]
        if t in CLOSE or t in "（《(" or nxt in OPEN:
            continue
        out += " "
    return out

def plain(toks, rng, stats, pafter):
    out = ""
    for k, t in enumerate(toks):
        isnum = bool(ASCII_RUN.fullmatch(t)) and any(c.isdigit() for c in t)
        if isnum and out and CJK.match(out[-1]):
            out += " "; stats["number runs spaced"] += 1
        out += t
        if isnum and k + 1 < len(toks) and CJK.match(toks[k + 1]) and rng.random() < pafter:
            out += " "
        if t == "“" and k + 1 < len(toks) and rng.random() < 0.08:
            out += " "; stats["space after opening quote"] += 1
    return out

def wrap(text, W, first_indent, rng, stats, pafter, brk=None):
    """Greedy fill of one paragraph piece to W em columns (first line W-indent)."""
    toks = tokens(text)
    lines, cur, cw, cap = [], [], 0.0, W - first_indent
    forced = None
    if brk:
        pos = text.find(brk)
        if pos > 0:
            forced = len(tokens(text[:pos]))
    i = 0
    while i < len(toks):
        t = toks[i]; w = width(t)
        if forced is not None and i == forced and cur:
            lines.append((cur, cw, cap, "forced")); cur, cw, cap = [], 0.0, W
            forced = None
        if cw + w > cap + 1e-9 and cur:
            if t in CLOSE:                       # hanging punctuation
                cur.append(t); cw += w; i += 1
                lines.append((cur, cw, cap, "full")); cur, cw, cap = [], 0.0, W
                continue
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append((cur, sum(map(width, cur)), cap, "full"))
            cur, cw, cap = carry, sum(map(width, carry)), W
            continue
        cur.append(t); cw += w; i += 1
    if cur:
        lines.append((cur, cw, cap, "last"))
    out = []
    for toks_, w_, cap_, why in lines:
        while toks_ and toks_[0] == "\u2002":
            toks_ = toks_[1:]
        while toks_ and toks_[-1] == "\u2002":
            toks_ = toks_[:-1]
        if not toks_:
            continue
        npunct = sum(1 for t in toks_ if t in PUNCT)
        if why == "full" and (w_ < cap_ - 0.75 or (npunct >= 3 and rng.random() < 0.55)):
            out.append(spread(toks_)); stats["justified lines spread"] += 1
        else:
            out.append(plain(toks_, rng, stats, pafter))
    return out

# ---------------------------------------------------------------- composing
def compose(path, nnn):
    meta, arts, layout = parse(path)
    rng = random.Random(path.name)
    punct = meta.get("punct", "full")
    colmode = meta["layout"] == "column"
    stats = Counter()
    pafter = float(meta.get("numspace", "0.5"))
    lines = []          # printed lines
    extras, dups = [], []
    P = lambda s: to_punct(s, punct)

    printed = {}

    def emit(s):
        lines.append(s)

    for cmd in layout:
        op, args = cmd[0], cmd[1:]
        opts = dict(a.split("=", 1) for a in args[1:] if "=" in a)
        flags = {a for a in args[1:] if "=" not in a}
        a = arts.get(args[0]) if args and args[0] in arts else None
        if op == "mast":
            pieces = " ".join(args).split("|")
            for p in pieces:
                emit(p)
            extras.append("".join(p.replace(" ", "") for p in pieces)); stats["masthead pieces"] += len(pieces)
        elif op == "box":
            txt = " ".join(args).split("|")
            for p in txt:
                emit(P(p))
            extras.append(P("".join(txt))); stats["box lines (extras)"] += 1
        elif op == "head":
            hl = []
            for f in ("kicker", "title", "subtitle"):
                v = a[f]
                if not v:
                    continue
                if f == "title" and "double" in flags:      # drawn twice on one line
                    t = P(clean_head(v)); hl.append([t + t]); dups.append(t)
                    stats["headline doubled on one line"] += 1
                    continue
                hl.append([P(q) for q in v.split("/")])
                if len(hl[-1]) > 1:
                    stats["headline split, last word alone"] += 1
                if f == "title" and "twice" in flags:
                    t = P(clean_head(v)); hl.append([t]); dups.append(t); stats["headline printed twice (two lines)"] += 1
            if colmode or "stack" in flags:
                for grp in hl:
                    for q in grp:
                        emit(q)
            else:
                emit(" ".join("".join(g) for g in hl))
            if opts.get("pos") == "after":
                stats["headlines printed after body"] += 1
            if opts.get("pos") == "bunch":
                stats["headlines bunched with others"] += 1
        elif op == "col":
            emit(P(a["column"])); stats["column label lines printed"] += 1
        elif op == "byline":
            b = P(a["byline"])
            if "split" in flags:
                k = b.rfind(" "); emit(b[:k]); emit(b[k + 1:]); stats["byline name on own line"] += 1
            else:
                emit(b)
        elif op == "marker":
            m = P(a["continued"])
            if m.startswith("下转"):
                ml = "▷(" + m + ")" if not colmode else "（" + m + "）"
            else:
                ml = "▲ ▲（" + m + "）" if colmode else "(" + m + ")"
            emit(ml); extras.append(ml)
            stats["jump markers"] += 1
        elif op == "credit":
            emit(" " * int(opts.get("pad", "18")) + P(a["byline"])); stats["credits on own line"] += 1
        elif op == "photo":
            if a["title"] and "notitle" not in flags:     # photo-news title above its caption
                emit(P(clean_head(a["title"])))
            for k, s in enumerate(segments(a)):
                printed[(a["id"], k)] = printed.get((a["id"], k), 0) + 1
                emit(P(s[2]))
            if a["byline"] and "nocredit" not in flags:
                emit(" " * int(opts.get("pad", "18")) + P(a["byline"])); stats["credits on own line"] += 1
        elif op == "body":
            segs = segments(a)
            rng_ = args[1] if len(args) > 1 and ":" in args[1] and "=" not in args[1] else ":"
            s0, s1 = rng_.split(":")
            s0 = int(s0) if s0 else 0; s1 = int(s1) if s1 else len(segs)
            W = float(opts.get("w", "17"))
            dupat = {int(x) for x in opts.get("dup", "").split(",") if x}
            out = []
            for k in range(s0, s1):
                printed[(a["id"], k)] = printed.get((a["id"], k), 0) + 1
                pi, j, text = segs[k]
                txt = P(text)
                brk = None
                if k == 0 and a["dateline"]:
                    txt = P(a["dateline"].replace(" ", "\u2002")) + txt
                    brk = opts.get("dl")
                    if brk:
                        stats["dateline line breaks"] += 1
                if colmode and j == 0 and text in a["subheads"] and "¦" not in a["paras"][pi]:
                    out.append(txt); stats["crossheads"] += 1
                elif colmode:
                    wl = wrap(txt, W, 2 if j == 0 else 0, rng, stats, pafter,
                              brk.replace(" ", "\u2002") if brk else None)
                    wl = [x.replace("\u2002", " ") for x in wl]
                    out += wl
                else:
                    out.append(txt.replace("\u2002", " "))
                if j > 0:
                    stats["cut paragraph resumed after other text" if k == s0
                          else "paragraph split by a column break, nothing between"] += 1
            if "inline" in flags and lines:      # marker glued to the first body line
                lines[-1] = lines[-1] + out.pop(0)
            for n, l in enumerate(out):
                emit(l)
                if n in dupat:
                    emit(l); dups.append(l.replace(" ", "")); stats["lines printed twice"] += 1
        elif op == "dupseg":               # a whole paragraph line printed again
            segs = segments(a); k = int(args[1]); t = P(segs[k][2])
            emit(t); dups.append(t); stats["lines printed twice"] += 1
        elif op == "text":                 # literal extra
            t = P(" ".join(args)); emit(t); extras.append(t)
        else:
            raise SystemExit(f"{path.name}: unknown layout op {op}")
    ops = {}
    for c in layout:
        if len(c) > 1:
            ops.setdefault(c[1], set()).add(c[0])
    for a in arts.values():                # every printed field must be laid out
        o = ops.get(a["id"], set())
        need = []
        if a["column"] and "col" not in o: need.append("col")
        if (a["kicker"] or a["subtitle"] or a["title"]) and not ({"head", "photo"} & o): need.append("head")
        if a["byline"] and not ({"byline", "photo", "credit"} & o): need.append("byline")
        if a["continued"] and "marker" not in o: need.append("marker")
        if need:
            raise SystemExit(f"{path.name}: {a['id']} never prints {need}")
    for a in arts.values():
        for k in range(len(segments(a))):
            if printed.get((a["id"], k)) != 1:
                raise SystemExit(f"{path.name}: {a['id']} piece {k} printed {printed.get((a['id'], k), 0)} times")
    for a in arts.values():
        stats[f"articles of kind {a['kind']}"] += 1
        if "电（" in a["dateline"] or "电(" in a["dateline"]:
            stats["datelines with 电"] += 1
        if a["column"]:
            stats["articles with a column label"] += 1
    # cut statistics
    for a in arts.values():
        for p in a["paras"]:
            stats["paragraph cuts (¦)"] += p.count("¦")
    sep = "\n\n" if colmode else "\n"
    text = sep.join(lines) + ("\n\n\n" if colmode else "\n")
    name = f"{nnn:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    golds = []
    for a in arts.values():
        g = OrderedDict()
        g["kind"] = a["kind"]
        for f in FIELDS:
            v = a[f]
            g[f] = P(clean_head(v)) if f in ("kicker", "title", "subtitle") else P(v)
        g["subheads"] = [P(s) for s in a["subheads"]]
        g["paragraphs"] = [P(clean(p)) for p in a["paras"]]
        golds.append(g)
    gold = OrderedDict([("source", name + ".txt"), ("issue_date", meta["date"]),
                        ("issue_number", meta.get("issue") or None),
                        ("page_count", int(meta["pages"]) if meta.get("pages") else None),
                        ("articles", golds), ("extras", extras), ("duplicates", dups)])
    return name, text, gold, meta, stats

def nchars(s):
    return len(re.sub(r"\s+", "", s))

def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    total = Counter(); rows = []
    for n, sp in enumerate(srcs, 1):
        name, text, gold, meta, stats = compose(sp, n)
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(stats)
        rows.append(f"| {name}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | {meta.get('punct','full')} "
                    f"| {len(gold['articles'])} | {nchars(text)} | {meta.get('subjects','')} |")
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + phen)
                                    .replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)),
                                    encoding="utf-8")

if __name__ == "__main__":
    main()
