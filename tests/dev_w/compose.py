#!/usr/bin/env python3
"""Deterministic composer: lays the hand-written stories of src/ out into raw page
files (column or paragraph layout, as the seed pages are printed) and writes gold."""
import datetime, glob, hashlib, json, os, random, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_NO = (datetime.date(2025, 3, 27), 27314)      # 第27314号 printed on 2025-03-27
LUNAR = {"2015-03-12": "农历乙未年正月廿二", "2016-01-23": "农历乙未年腊月十四",
         "2016-05-20": "农历丙申年四月十四", "2018-04-28": "农历戊戌年三月十三",
         "2020-06-13": "农历庚子年闰四月廿二"}
HEAD = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "opt", "id")
PUNCT = "，。、；：？！）》”’…—"


def parse(path):
    meta, stories = {}, []
    blocks = open(path, encoding="utf-8").read().split("\n===\n")
    for line in blocks[0].splitlines():
        if ": " in line:
            k, v = line.split(": ", 1)
            meta.setdefault(k, []).append(v.strip()) if k == "box" else meta.__setitem__(k, v.strip())
    for b in blocks[1:]:
        st = {k: "" for k in HEAD}
        paras, subs = [], []
        for line in b.strip("\n").splitlines():
            m = re.match(r"^([a-z]+): ?(.*)$", line)
            if m and m.group(1) in HEAD and not paras:
                st[m.group(1)] = m.group(2).strip()
            elif line.strip():
                if line.startswith("## "):
                    subs.append(line[3:].strip())
                    paras.append(("sub", line[3:].strip()))
                else:
                    paras.append(("p", line.strip()))
        st["paras"], st["subs"] = paras, subs
        st["opts"] = set(st["opt"].split())
        assert st["kind"] != "photo" or len(paras) == 1, (path, st["id"])
        stories.append(st)
    return meta, stories


def conv(s, punct):
    if punct in ("paren", "comma"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "comma":
        s = s.replace("，", ",")
    return s


def vw(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s)


def wrap(text, w, first_w=None):
    lines, cur, lim = [], "", first_w or w
    for c in re.findall(r"[0-9A-Za-z][0-9A-Za-z.%％]*|.", text):   # figures are never broken
        if vw(cur + c) > lim and cur:
            if c in PUNCT or (c.isascii() and vw(cur) < lim * 0.7):           # punctuation never opens a line
                cur += c
                continue
            lines.append(cur)
            cur, lim = "", w
        cur += c
    if cur:
        lines.append(cur)
    return lines


NUM = re.compile(r"[0-9][0-9.%％,]*")


def numspace(line, rng, p=0.75):
    """glyph gaps around number runs, as the PDF extraction prints them"""
    out, last = [], 0
    for m in NUM.finditer(line):
        a, b = m.span()
        pre, post = line[last:a], m.group()
        out.append(pre)
        before = line[a - 1] if a else ""
        after = line[b] if b < len(line) else ""
        sp1 = before and ord(before) > 255 and before not in "“（(《" and rng.random() < p
        sp2 = after and ord(after) > 255 and after not in PUNCT + "，," and rng.random() < p
        out.append((" " if sp1 else "") + post + (" " if sp2 else ""))
        last = b
    out.append(line[last:])
    return "".join(out)


def spread(line):
    toks = re.findall(r"[0-9A-Za-z][0-9A-Za-z.%％]*|\S", line)
    s = ""
    for i, t in enumerate(toks):
        s += t
        if i < len(toks) - 1 and t not in PUNCT + "，（“":
            s += " "
    return s


def squash(s):
    return re.sub(r"\s+", "", s)


def gold_article(st, date):
    return {"kind": st["kind"] or "news", "column": st["column"], "kicker": st["kicker"],
            "title": st["title"], "subtitle": st["subtitle"], "byline": st["byline"],
            "dateline": st["dateline"], "continued": st["continued"],
            "subheads": list(st["subs"]),
            "paragraphs": [squash(t) for _, t in st["paras"]]}


def masthead(meta, rng):
    d = datetime.date.fromisoformat(meta["date"])
    no = BASE_NO[1] - (BASE_NO[0] - d).days
    wk = "星期" + "一二三四五六日"[d.weekday()]
    pieces = [f"{d.year}年{d.month}月", str(d.day), wk, LUNAR[meta["date"]],
              f"第{no}号", f"今日{meta['pages']}版"]
    if rng.random() < 0.5:                       # day and weekday drawn as one piece
        pieces[1:3] = [pieces[1] + " " + pieces[2]]
    return pieces, str(no)


def dateline_raw(dl, rng):
    # "湖南日报 3月 8日讯" : glyph gaps inside the dateline's date
    if rng.random() < 0.5:
        dl = re.sub(r"^(湖南日报)(\d+月)(\d+日)", lambda m: m.group(1) + " " + m.group(2) + " " + m.group(3), dl)
    return dl


# ---------------------------------------------------------------- column layout
def column_page(meta, stories, rng, stats):
    L, dups, extras = [], [], []
    pun = meta["punct"]
    if meta.get("pno") == "1":
        pieces, _ = masthead(meta, rng)
        L += pieces
        extras.append("".join(pieces))
    bunch = []
    nbunch = sum(1 for s in stories if "bunch" in s["opts"])
    seen = 0
    for si, st in enumerate(stories):
        kind = st["kind"]
        w = rng.choice([11, 12, 13]) if kind == "commentary" else rng.choice([15, 16, 17, 18, 19, 20])
        head = []
        if st["kicker"]:
            head.append(st["kicker"])
        if st["title"]:
            t = st["title"]
            if kind != "photo" and len(t) > 13 and rng.random() < 0.6:
                k = rng.randint(len(t) - 6, len(t) - 3) if "lastword" in st["opts"] else rng.randint(len(t) // 2, len(t) - 4)
                head += [t[:k], t[k:]]
            else:
                head.append(t)
        if st["subtitle"]:
            head.append(st["subtitle"])
        head = [conv(h, pun) for h in head]
        if "bold" in st["opts"] and head:
            i = len(head) - 1 if not st["subtitle"] else len(head) - 2
            dups.append(head[i])
            head.insert(i + 1, head[i])
            stats["headline drawn twice"] += 1
        body = []
        if kind == "photo":
            cap = conv(st["paras"][0][1], pun)
            cr = conv(st["byline"], pun)
            if not cr:
                body = wrap(cap, 36) if "wrapcap" in st["opts"] else [cap]
            elif "creditline" in st["opts"]:
                body = wrap(cap, 36) + [cr]
                stats["photo credit on own line"] += 1
            elif "creditright" in st["opts"]:
                body = wrap(cap, 38) + [" " * rng.randint(20, 30) + cr]
                stats["credit right-aligned on own line"] += 1
            elif "wrapcap" in st["opts"]:
                body = wrap(cap, 36)
                body[-1] += " " + cr
                stats["photo credit on caption line"] += 1
            else:
                body = [cap + " " + cr]
                stats["photo credit on caption line"] += 1
            if st["title"]:
                body = head + body if "titlefirst" in st["opts"] else body
                stats["photo title line"] += 1
            L += body
            continue
        if st["byline"]:
            b = conv(st["byline"], pun)
            if kind == "commentary" and " " in b:
                body += b.split(" ", 1)
            elif "通讯员" in b and rng.random() < 0.6:
                i = b.index("通讯员")
                body += [b[:i].strip(), b[i:]]
                stats["break before 通讯员"] += 1
            else:
                body.append(b)
            if " " not in b and not b.startswith("文丨") and len(b) <= 4:
                stats["bare-name byline"] += 1
        first = True
        for typ, ptxt in st["paras"]:
            ptxt = conv(ptxt, pun)
            if typ == "sub":
                body.append(ptxt)
                continue
            if first:
                pre = ""
                if st["dateline"]:
                    pre = dateline_raw(conv(st["dateline"], pun), rng)
                if st["kind"] == "continuation":
                    pre = "▲ ▲" + conv("（" + st["continued"] + "）", pun)
                    extras.append(pre)
                    stats["continuation marker 上接"] += 1
                text = pre + ptxt
                first = False
            else:
                text = ptxt
            ls = wrap(text, w)
            if first is False and pre and text.startswith(pre) and ptxt == text[len(pre):]:
                for ww in (w, w - 1, w + 1, w - 2, w + 2, w - 3):
                    ls = wrap(text, ww)
                    b, bad = 0, False
                    for ln in ls[:-1]:
                        b += len(ln)
                        bad |= 0 < len(pre) - b < 4 or 0 < b - len(pre) < 4
                    if not bad:
                        break
            for j, ln in enumerate(ls):
                if j < len(ls) - 1 and rng.random() < 0.07:
                    ln = spread(ln)
                    stats["justified line spread"] += 1
                else:
                    ln = numspace(ln, rng)
                body.append(ln)
            if st["dateline"] and len(body) and text.startswith(pre) and pre and st["kind"] != "continuation":
                pass
        if st["continued"].startswith("下转"):
            body.append("▷" + conv("（" + st["continued"] + "）", pun))
            extras.append(body[-1])
            stats["jump marker 下转"] += 1
        if "duplicate" in st["opts"] and len(body) > 6:
            k = rng.randint(3, len(body) - 3)
            body.insert(k + 1, body[k])
            dups.append(body[k])
            stats["line printed twice"] += 1
        if st["column"]:
            stats["column label"] += 1
        place = "before" if "before" in st["opts"] else "after" if "after" in st["opts"] else "bunch"
        if kind == "commentary":
            place = "bunch" if "before" not in st["opts"] else "before"
        if kind == "continuation":
            place = "before"
        if place == "before":
            if st["column"]:
                L.append(conv(st["column"], pun))
            L += head + body
            stats["headline before body"] += bool(head)
        elif place == "after":
            L += body + head
            if st["column"]:
                L.append(conv(st["column"], pun))
            stats["headline after body"] += bool(head)
        else:
            L += body
            if st["column"]:
                L.append(conv(st["column"], pun))
            bunch += head
            seen += 1
            stats["headline bunched elsewhere"] += bool(head)
            if seen == nbunch:
                L += bunch
                bunch = []
    L += bunch
    for bx in meta.get("box", []):
        parts = bx.split("|")
        k = rng.randint(0, len(L))
        L[k:k] = parts
        extras.append("".join(parts))
        stats["box line"] += 1
    text = "".join(l + "\n\n" for l in L)
    return text, extras, dups


# ---------------------------------------------------------------- paragraph layout
def cut_point(p, rng):
    """a cut inside a paragraph: between a figure and its unit, or inside a word"""
    n = len(p)
    cands = [m.end() for m in NUM.finditer(p) if n * 0.25 < m.end() < n * 0.85]
    if cands and rng.random() < 0.6:
        return rng.choice(cands), "cut between figure and unit"
    lo, hi = int(n * 0.35), int(n * 0.8)
    for _ in range(50):
        k = rng.randint(lo, hi)
        if p[k - 1] not in PUNCT + "，,“" and p[k] not in PUNCT + "，,”":
            return k, "cut inside a word"
    return hi, "cut inside a word"


def gaps(line, rng, stats):
    """glyph gaps of the extraction: before %, after digits, after an opening quote"""
    s = numspace(line, rng, 0.35)
    if "“" in s and rng.random() < 0.5:
        s = s.replace("“", "“ ", 1)
        stats["space after opening quote"] += 1
    return s


def story_pieces(st, pun, rng, stats, gappy):
    """returns list of raw lines for the story (headline, byline, body)"""
    head = [conv(x, pun) for x in (st["kicker"], st["title"], st["subtitle"]) if x]
    out = []
    kind = st["kind"]
    if st["column"] and "labelafter" not in st["opts"]:
        out.append(conv(st["column"], pun))
    if kind == "photo":
        cap, cr = conv(st["paras"][0][1], pun), conv(st["byline"], pun)
        if head:
            out += head
            stats["photo title line"] += 1
        if "creditline" in st["opts"] or "titlefirst" in st["opts"]:
            out += [cap, cr]
            stats["photo credit on own line"] += 1
        elif "credittop" in st["opts"]:
            out = [cr] + out + [cap]
            stats["photo credit on own line"] += 1
        else:
            out.append(cap + ("" if rng.random() < 0.5 or not cr else " ") + cr)
            stats["photo credit on caption line"] += bool(cr)
        return out, []
    if head:
        if "joined" in st["opts"]:
            out.append(" ".join(head))
            stats["headline parts joined on one line"] += 1
        else:
            out += head
        if "bold" in st["opts"]:
            h = out[-1]
            out[-1] = h + h
            stats["headline drawn twice"] += 1
    if st["byline"]:
        b = conv(st["byline"], pun)
        if "通讯员" in b and rng.random() < 0.6:
            i = b.index("通讯员")
            out += [b[:i].strip(), b[i:]]
            stats["break before 通讯员"] += 1
        else:
            out.append(b)
        if " " not in b and not b.startswith("文丨") and len(b) <= 4:
            stats["bare-name byline"] += 1
    body = []
    first = True
    for typ, p in st["paras"]:
        p = conv(p, pun)
        if typ == "sub":
            body.append(p)
            continue
        if gappy and rng.random() < 0.3:
            p = gaps(p, rng, stats)
        if first:
            if st["dateline"]:
                p = conv(st["dateline"], pun) + p
            if kind == "continuation":
                p = "▲ ▲" + conv("（" + st["continued"] + "）", pun) + p
                stats["continuation marker 上接"] += 1
            first = False
        body.append(p)
    return out, body


def paragraph_page(meta, stories, rng, stats):
    pun = meta["punct"]
    gappy = meta.get("gaps") == "yes"
    L, dups, extras = ["", ""], [], []
    if meta.get("pno") == "1":
        pieces, _ = masthead(meta, rng)
        L += pieces
        extras.append("".join(pieces))
    i = 0
    while i < len(stories):
        st = stories[i]
        head, body = story_pieces(st, pun, rng, stats, gappy)
        # a column break inside one paragraph, continued on the next line
        if "split" in st["opts"] and len(body) > 2:
            k = max(range(1, len(body)), key=lambda j: len(body[j]))
            c, why = cut_point(body[k], rng)
            body[k:k + 1] = [body[k][:c], body[k][c:]]
            stats["paragraph broken across lines"] += 1
        jump = ["▷" + conv("(" + st["continued"] + ")", pun)] if st["continued"].startswith("下转") else []
        if st["kind"] == "continuation":
            extras.append("▲ ▲" + conv("（" + st["continued"] + "）", pun))
        if jump:
            extras.append(jump[0])
            stats["jump marker 下转"] += 1
        if "dup" in st["opts"] and len(body) > 3:
            k = rng.randint(1, len(body) - 2)
            dups.append(body[k])
            body.insert(k, body[k])
            stats["line printed twice"] += 1
        if "cut" in st["opts"] and i + 1 < len(stories) and len(body) >= 3:
            nxt = stories[i + 1]
            h2, b2 = story_pieces(nxt, pun, rng, stats, gappy)
            k = rng.randint(1, len(body) - 2)
            c, why = cut_point(body[k], rng)
            stats[why] += 1
            stats["story cut and continued after another"] += 1
            m = min(len(b2) - 1, rng.choice([1, 2]))
            A1, A2 = body[:k] + [body[k][:c]], [body[k][c:]] + body[k + 1:]
            B1, B2 = b2[:m], b2[m:]
            if len(B2) >= 2 and rng.random() < 0.5:
                c2, why2 = cut_point(B1[-1], rng)
                B2 = [B1[-1][c2:]] + B2
                B1[-1] = B1[-1][:c2]
                stats[why2] += 1
            L += head + A1 + h2 + B1 + A2 + jump + B2
            if nxt["column"] and "labelafter" in nxt["opts"]:
                L.append(conv(nxt["column"], pun))
            i += 2
        else:
            L += head + body + jump
            i += 1
        if st["column"] and "labelafter" in st["opts"]:
            L.append(conv(st["column"], pun))
        if st["column"]:
            stats["column label"] += 1
    for bx in meta.get("box", []):
        parts = bx.split("|")
        L += parts
        extras.append("".join(parts))
        stats["box line"] += 1
    text = "\n\n".join(L) + "\n"
    return text, extras, dups


def main():
    from collections import Counter
    for d in ("pages", "gold"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    table, allstats = [], Counter()
    for n, path in enumerate(sorted(glob.glob(os.path.join(HERE, "src", "p*.txt")))):
        meta, stories = parse(path)
        rng = random.Random(1000 + n)
        stats = Counter()
        if meta["layout"] == "column":
            text, extras, dups = column_page(meta, stories, rng, stats)
        else:
            text, extras, dups = paragraph_page(meta, stories, rng, stats)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8").write(text)
        front = meta.get("pno") == "1"
        no = masthead(meta, random.Random(0))[1] if front else None
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": no if front else None,
                "page_count": int(meta["pages"]) if front else None,
                "articles": [], "extras": extras, "duplicates": dups}
        for st in stories:
            a = gold_article(st, meta["date"])
            for k in ("kicker", "title", "subtitle", "byline", "dateline", "continued", "column"):
                a[k] = conv(a[k], meta["punct"])
            a["subheads"] = [conv(s, meta["punct"]) for s in a["subheads"]]
            a["paragraphs"] = [conv(p, meta["punct"]) for p in a["paragraphs"]]
            gold["articles"].append(a)
        json.dump(gold, open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        for a in gold["articles"]:
            bd = a["byline"] + a["dateline"]
            for key, pat in (("dateline 新华社…电", r"^新华社.*电"), ("byline 湖南日报·华声在线记者", "华声在线记者"),
                             ("byline 湖南日报·新湖南客户端记者 … 报道", "客户端记者.*报道"), ("byline 文丨X (副刊)", "^文丨"),
                             ("group photo credit 以上图片均由", "以上图片均由"), ("byline/dateline 全媒体记者", "全媒体记者")):
                if re.search(pat, a["dateline"] if key.startswith("dateline 新") else bd):
                    stats[key] += 1
            if a["dateline"].endswith("电") or re.search(r"电[（(]", a["dateline"]):
                stats["dateline with 电"] += 1
            if a["subheads"]:
                stats["crossheads (articles with)"] += 1
        kinds = Counter(a["kind"] for a in gold["articles"])
        table.append((name, meta["date"], meta["pno"], meta["layout"], len(stories),
                      len(squash(text)), dict(kinds)))
        allstats += stats
    json.dump({"pages": table, "phenomena": dict(allstats)},
              open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for t in table:
        print(*t[:6])
    write_readme(table, allstats)


README_HEAD = """# dev_w — blind test set of Hunan Daily pages

Made blind: only the five seed pages, their gold, `FORMAT.md`, the scorer and the brief were read.
All stories in `src/` are hand-written and invented (people, figures, places' details); no sentence,
headline or distinctive 6-character run of the seeds is reused (`check.py` verifies this).

16 pages (8 column layout, 8 paragraph layout) from five issues: 2015-03-12, 2016-01-23, 2016-05-20,
2018-04-28 and 2020-06-13. Bylines say `记者` up to 2018 and `全媒体记者` in 2020; 2016–2018 pages also
carry `湖南日报·华声在线记者`, and 2018/2020 pages `湖南日报·新湖南客户端记者 X 报道`.

Rebuild and verify: `python3 compose.py && python3 check.py` (prints `check passed`).

## How it is made
- `src/pNN.txt`: one page per file: a header (date, page no., layout, punctuation style `full` / `paren`
  (half-width brackets) / `comma` (half-width `,()`), `pages` = 今日N版 for fronts, `box` lines, `gaps: yes`
  for glyph gaps), then stories separated by `===`: fields (kind, column, kicker, title, subtitle, byline,
  dateline, continued, opt) and one paragraph per line; `## ` marks a crosshead.
- `compose.py` (deterministic, `random.Random(1000+n)`) writes `pages/NNN_<sha16>.txt`, `gold/NNN_<sha16>.json`,
  `stats.json` and this README.
  - column layout (as seeds 000/004): each printed column line followed by a blank line; widths 15–20
    (commentary 11–13); figures never broken; glyph gaps around figures; some lines spread with spaces;
    each story's body printed in one run, its headline before, after, or bunched after the last such story;
    commentary byline in two lines before the body, column label after it; photo captions on one line with the
    credit, wrapped, with a credit line of its own (right-aligned or not), group credits after the last photo;
    masthead pieces at the top of fronts; `▷（下转N版）`, `▲ ▲（上接1版）`; duplicated lines; box lines.
  - paragraph layout (as seeds 001–003): one paragraph per line; headline parts on own lines or joined by a
    space; bold headlines drawn twice on one line; dateline + first paragraph on one line; stories cut inside a
    paragraph (between a figure and its unit or inside a word) and continued after a piece of the next story;
    a paragraph broken over two lines; a line printed twice; half-width `,()` or `()` pages; glyph gaps.
- `check.py` builds the perfect export from gold (extras + duplicates as the source's extras), runs the
  scorer, requires every figure 1.000, coverage 1.000, cjk_space_left 0, no problem lines, and no run of
  six Chinese characters shared with the seeds' gold text (apart from a list of generic words and
  institution names).

## Gold conventions followed
Paragraphs whitespace-free; crossheads kept in `subheads` and as paragraphs; headline spaces kept;
`continued` = `下转3版` / `上接1版` without decoration; masthead pieces joined into one extras string;
box lines joined into one extras string; duplicated lines / bold headline copies in `duplicates`;
photo credit in `byline` (a group credit `以上图片均由 …` in the byline of the photo it is printed after,
the other photos of the group with an empty byline, as seed 003 gives `(本文图片均由…)` to the caption it
follows); commentary and 副刊 column labels in `column`; `文丨X` kept whole as the byline of an essay
(kind `feature`, no dateline); `新华社长沙X月X日电（记者 X）` as dateline; `湖南日报·新湖南客户端记者 X 报道`
as byline.
Deviation: the printed jump markers themselves (`▷（下转N版）`, `▲ ▲（上接1版）`) are also listed in
`extras` — the seeds' gold leaves their decoration uncovered (coverage 0.999 on the seeds); listing them
is needed for coverage 1.000.
"""

README_TAIL = """
## Limits
- Five issues only (2015-03-12, 2016-01-23, 2016-05-20, 2018-04-28, 2020-06-13); no pages after 2020.
- Pages hold 3,500–3,650 characters, at the low end of the real range; 12–14 articles a page.
- Lunar dates in mastheads computed by hand from new-moon dates; issue numbers extrapolated from
  第27314号 (2025-03-27) at one a day, so they are not the real ones.
- Layout scrambles are drawn from the five seeds only; other extraction behaviours of the real e-paper
  (tables, multi-column essays, vertical text) are not represented. Poem lines are one paragraph each.
- The kind of 副刊 essays and book notes (`feature`) and of `客户端…报道` items (`news`) is a judgment, not
  shown in the seeds.
"""


def write_readme(table, allstats):
    from collections import Counter
    kinds = Counter()
    L = [README_HEAD, "## Pages", "| file | issue date | page | layout | articles | chars | kinds |",
         "|---|---|---|---|---|---|---|"]
    for name, date, pno, lay, n, ch, k in table:
        kinds.update(k)
        L.append(f"| {name} | {date} | {pno} | {lay} | {n} | {ch} | " +
                 ", ".join(f"{a} {b}" for a, b in sorted(k.items())) + " |")
    L += ["", f"Total: {len(table)} pages, {sum(t[4] for t in table)} articles (" +
          ", ".join(f"{a} {b}" for a, b in kinds.most_common()) + ").", "",
          "## Phenomena (counts over the set)", "| phenomenon | count |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in sorted(allstats.items())]
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n" + README_TAIL)


if __name__ == "__main__":
    main()
