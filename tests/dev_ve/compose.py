#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.
Standard library only; every random choice comes from random.Random(<source file name>)."""
import hashlib, json, random, re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CUT = "¦"
OPEN_P = "“‘《（("
CLOSE_P = "，。、；：？！”’》）,;:)!?"
STATS = Counter()


def em(s):
    return sum(0.5 if ord(c) < 0x2000 else 1 for c in s)


def punct(s, mode):
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in zip("，；：（）", ",;:()"):
            s = s.replace(a, b)
    return s


def parse(path):
    page, arts, layout, cur, order = {}, {}, [], None, []
    sect = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#page"):
            sect = "page"; continue
        if line.startswith("#art "):
            sect = "art"; cur = {"id": line.split()[1], "paras": [], "f": {}}
            arts[cur["id"]] = cur; order.append(cur["id"]); continue
        if line.startswith("#layout"):
            sect = "layout"; continue
        if not line or line.startswith("//"):
            continue
        if sect == "page":
            k, v = line.split(":", 1); page[k.strip()] = v.strip()
        elif sect == "art":
            m = re.match(r"^(kind|column|kicker|title|subtitle|byline|dateline|continued|width|nums):(.*)$", line)
            if m and not cur["paras"]:
                cur["f"][m.group(1)] = m.group(2).strip()
            else:
                cur["paras"].append(line)
        elif sect == "layout":
            layout.append(line)
    return page, arts, order, layout


def wrap(text, width, first_width=None):
    lines, cur, w = [], "", 0
    lim = first_width or width
    for i, c in enumerate(text):
        cw = 0.5 if ord(c) < 0x2000 else 1
        glued = c.isascii() and not c.isspace() and cur and cur[-1].isascii() and not cur[-1].isspace()
        if w + cw > lim and cur and c not in CLOSE_P and not glued:
            if cur[-1] in OPEN_P:        # never end a line on an opening mark
                lines.append(cur[:-1]); cur, w = cur[-1], 1
            else:
                lines.append(cur); cur, w = "", 0
            lim = width
        cur += c; w += cw
    if cur:
        lines.append(cur)
    return lines


def spread(line, rng):
    """justified line: glyph gaps after every character but full-width punctuation"""
    out = ""
    for i, c in enumerate(line):
        out += c
        if i < len(line) - 1 and c not in "，。、；：？！）》”,;:)" and not (c.isascii() and line[i + 1].isascii()):
            out += " "
    return out


def numspace(s, p, rng):
    def rep(m):
        if rng.random() < p:
            STATS["number runs spaced"] += 1
            a, b = m.start(), m.end()
            pre = " " if a > 0 and not s[a - 1].isascii() else ""
            post = " " if b < len(s) and not s[b].isascii() else ""
            return pre + m.group(0) + post
        return m.group(0)
    return re.sub(r"[0-9][0-9.]*%?", rep, s)


def render(path):
    page, arts, order, layout = parse(path)
    rng = random.Random(path.name)
    col = page["layout"] == "column"
    W = float(page.get("width", "17"))
    mode = page.get("punct", "full")
    out = []          # list of (text, joined_with_previous_without_blank)
    extras, dups = [], []
    for a in arts.values():
        f = a["f"]
        STATS["line breaks forced inside datelines"] += "/" in f.get("dateline", "")
        STATS["bylines broken across lines"] += "/" in f.get("byline", "")
        STATS["headline last word left alone"] += any(len(f.get(k, "").split("/")[-1]) <= 3 and "/" in f.get(k, "") for k in ("kicker", "title", "subtitle"))
        STATS["headlines split over lines"] += any("/" in f.get(k, "") for k in ("kicker", "title", "subtitle"))
        STATS["articles, kind " + f.get("kind", "news")] += 1
    for a in arts.values():  # split paragraphs into pieces
        pieces, paras, subs = [], [], []
        dl = a["f"].get("dateline", "")
        for pi, p in enumerate(a["paras"]):
            sub = p.startswith("## ")
            if sub:
                p = p[3:]; subs.append(p); STATS["subheads"] += 1
            parts = p.split(CUT)
            STATS["cuts inside paragraphs"] += len(parts) - 1
            for k, part in enumerate(parts):
                pieces.append({"t": part, "start": k == 0, "end": k == len(parts) - 1,
                               "first": pi == 0 and k == 0, "sub": sub})
            paras.append(p.replace(CUT, ""))
        a["pieces"], a["gparas"], a["subs"] = pieces, paras, subs

    def emit(t, tight=False):
        out.append((t, tight))

    def head_lines(a, opts):
        f = a["f"]
        parts = [f.get(k, "") for k in ("column", "kicker", "title", "subtitle")]
        if "nocol" in opts:
            parts[0] = ""
        parts = [x for x in parts if x]
        if "join" in opts:
            lines = [" ".join(x.replace("/", "") for x in parts)]
        else:
            lines = []
            for x in parts:
                lines += x.split("/")
        return lines

    used = []
    for item in layout:
        tok = item.split()
        op = tok[0]
        if op == "masthead":
            bits = item[len("masthead"):].strip().split("|")
            first = True
            for b in bits:
                tight = b.startswith("+")
                emit(b.lstrip("+"), tight)
            extras.append("".join(b.lstrip("+").replace(" ", "") for b in bits))
            STATS["masthead pieces"] += len(bits)
        elif op == "box":
            t = item[4:].strip(); emit(t); extras.append(t); STATS["box lines (extras)"] += 1
        elif op == "extra":
            t = item[6:].strip(); emit(t); extras.append(t)
        elif op == "head":
            a = arts[tok[1]]; opts = tok[2:]
            for ln in head_lines(a, opts):
                emit(ln)
            if "after" in opts:
                STATS["headlines printed after body"] += 1
            if "bunch" in opts:
                STATS["headlines bunched"] += 1
            if "dup" in opts:
                ln = head_lines(a, opts)[-1]; emit(ln); dups.append(ln); STATS["headline drawn twice (two lines)"] += 1
            if "double" in opts:
                ln = head_lines(a, opts)[-1]; out[-1] = (ln + " " + ln, False); dups.append(ln)
                STATS["headline doubled on one line"] += 1
        elif op == "label":           # a column label printed by itself
            emit(arts[tok[1]]["f"]["column"]); STATS["column label lines"] += 1
        elif op == "byline":
            a = arts[tok[1]]
            for ln in a["f"]["byline"].split("/"):
                emit(ln)
            STATS["bylines on own line"] += 1
        elif op == "marker":
            emit(item.split(None, 2)[2]); STATS["jump markers"] += 1
        elif op == "dupline":
            emit(out[-1][0]); dups.append(out[-1][0].strip()); STATS["lines printed twice"] += 1
        elif op == "photo":
            a = arts[tok[1]]; cap = a["gparas"][0]; cr = a["f"].get("byline", "")
            used.extend((a["id"], i) for i in range(len(a["pieces"])))
            how = tok[2] if len(tok) > 2 else "inline"
            if a["f"].get("title") and "notitle" not in tok:
                emit(a["f"]["title"])
            capw = float(page.get("capwidth", "0"))
            text = cap
            if how == "inline" and cr:
                text = cap + " " + cr; STATS["credits inline with caption"] += 1
            lines = wrap(text, capw) if (col and capw) else [text]
            for ln in lines:
                emit(ln)
            if how == "right" and cr:
                emit(" " * 30 + cr); STATS["credits right-aligned on own line"] += 1
            for p in a["gparas"][1:]:
                emit(p)
            if how == "after" and cr:
                emit(cr)
        elif op == "body":
            a = arts[tok[1]]
            rngspec = tok[2]
            if "-" in rngspec:
                lo, hi = rngspec.split("-")
                lo = int(lo); hi = int(hi) if hi else len(a["pieces"]) - 1
            else:
                lo = hi = int(rngspec)
            aw = float(a["f"].get("width", W))
            nump = float(a["f"].get("nums", page.get("nums", "0.6")))
            for idx in range(lo, hi + 1):
                pc = a["pieces"][idx]
                used.append((a["id"], idx))
                t = pc["t"]
                if pc["first"] and a["f"].get("dateline"):
                    t = a["f"]["dateline"] + t
                if not col:
                    for k, ln in enumerate(t.split("/")):
                        emit(ln, tight=False)
                    continue
                segs = t.split("/")  # forced breaks (dateline breaks)
                for si, seg in enumerate(segs):
                    if pc["sub"]:
                        emit(seg); continue
                    seg = numspace(seg, nump, rng) if nump else seg
                    indent = pc["start"] and si == 0 and not (pc["first"] and a["f"].get("dateline"))
                    lines = wrap(seg, aw, aw - 2 if indent else None)
                    if pc["first"] and si == len(segs) - 1 and a["f"].get("dateline"):
                        dl = len(re.sub(r"\s", "", a["f"]["dateline"].split("/")[-1]))
                        seen = 0
                        for k, ln in enumerate(lines):
                            n = len(re.sub(r"\s", "", ln))
                            if seen + n >= dl:
                                tail = dl - seen
                                if 0 < tail < 4 and k > 0:   # keep at least 4 dateline characters together
                                    need, cut = 4 - tail, len(lines[k - 1])
                                    while need and cut > 0:
                                        cut -= 1
                                        need -= not lines[k - 1][cut].isspace()
                                    lines[k - 1], lines[k] = lines[k - 1][:cut].rstrip(), lines[k - 1][cut:].lstrip() + ln
                                break
                            seen += n
                    for li, ln in enumerate(lines):
                        last = li == len(lines) - 1
                        inner = sum(ln[:-1].count(c) for c in "，。、；：,;:")
                        if not last and inner >= 2 and rng.random() < 0.5:
                            ln = spread(ln, rng); STATS["justified lines spread"] += 1
                        elif "“" in ln[:-1] and rng.random() < 0.15:
                            ln = ln.replace("“", "“ ", 1); STATS["space after opening quote"] += 1
                        emit(ln)
        elif op == "text":            # literal line that belongs to an article already (rare)
            emit(item[5:])
        else:
            raise SystemExit(f"{path.name}: unknown layout op {op}")
    want = [(a["id"], i) for a in arts.values() for i in range(len(a["pieces"]))]
    if sorted(used) != sorted(want):
        raise SystemExit(f"{path.name}: pieces used {sorted(set(want) ^ set(used))} / dup {[u for u in used if used.count(u) > 1]}")
    # ---- page text
    chunks = ["", ""]
    for t, tight in out:
        if tight and chunks:
            chunks[-1] += "\n" + t
        else:
            chunks.append(t)
    text = punct("\n\n".join(chunks) + "\n", mode)
    # ---- gold
    garts = []
    for aid in order:
        a = arts[aid]; f = a["f"]
        g = {"kind": f.get("kind", "news")}
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[k] = punct(f.get(k, "").replace("/", ""), mode)
        g["subheads"] = [punct(s, mode) for s in a["subs"]]
        g["paragraphs"] = [punct(p.replace("/", ""), mode) for p in a["gparas"]]
        garts.append(g)
    return page, text, garts, [punct(e, mode) for e in extras], [punct(d, mode) for d in dups]


def main():
    (ROOT / "pages").mkdir(exist_ok=True); (ROOT / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (ROOT / d).glob("*"):
            f.unlink()
    rows = []
    for src in sorted((ROOT / "src").glob("p*.txt")):
        page, text, garts, extras, dups = render(src)
        nnn = "%03d" % int(src.stem[1:])
        name = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (ROOT / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = {"source": name + ".txt", "issue_date": page["date"],
                "issue_number": int(page["issue"]) if page.get("issue") else None,
                "page_count": int(page["pages"]) if page.get("issue") else None,
                "articles": garts, "extras": extras, "duplicates": dups}
        (ROOT / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        rows.append(f"| `{name}.txt` | {page['date']} | {page['page']} | {page['layout']} | "
                    f"{page.get('punct','full')} | {len(garts)} | {chars} | {page.get('subjects','')} |")
    ptab = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
           "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    stab = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(STATS.items()))
    tmpl = (ROOT / "README.in").read_text(encoding="utf-8")
    (ROOT / "README.md").write_text(tmpl.replace("{{PAGES}}", ptab).replace("{{PHENOMENA}}", stab),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
