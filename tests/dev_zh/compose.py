#!/usr/bin/env python3
"""Deterministic composer: lays the hand-written stories of src/*.txt out into raw page
files (column or paragraph layout, as the Hunan Daily e-paper extraction prints them)
and writes pages/, gold/ and README.md.  Python 3 standard library only."""
import hashlib, json, random, re, shutil, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = "，。、；：！？）》”’,.;:!?)%"
OPEN = "“‘（《("
from collections import Counter
PH = Counter()          # phenomena laid out, for the README
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})


# ---------------------------------------------------------------- source parsing
def parse(path):
    page, stories, cur, body = {}, {}, None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#page"):
            cur, body = page, False
            continue
        if line.startswith("#story "):
            sid = line.split()[1]
            cur = stories[sid] = {"id": sid, "paras": [], "opts": {}}
            body = False
            continue
        if cur is None or (not line and not body):
            continue
        if cur is not page and line == "--":
            body = True
            continue
        if body:
            if line:
                cur["paras"].append(line)
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if k == "opts":
            for kv in v.split():
                a, _, b = kv.partition("=")
                cur["opts"][a] = b
        elif k == "order":
            cur.setdefault("order", []).extend(v.split())
        else:
            cur[k] = v
    return page, stories


# ---------------------------------------------------------------- dressing (whitespace only)
def isdig(c):
    return c.isascii() and (c.isalnum() or c in ".%+-×")


def dress(s, rng, o):
    """Glyph-gap spaces of the extraction: around figures, after opening quotes."""
    numsp, qsp = float(o.get("numsp", 0)), float(o.get("qsp", 0))
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if isdig(c) and c not in ".%+-×":
            j = i
            while j < len(s) and isdig(s[j]):
                j += 1
            run = s[i:j]
            r = rng.random()
            if r < numsp:
                if out and out[-1] not in " |":
                    out.append(" ")
                out.append(run)
                if j < len(s) and s[j] not in " |":
                    out.append(" ")
            elif r < numsp * 1.3:
                out.append(run)
                if j < len(s) and s[j] not in " |" and not isdig(s[j]):
                    out.append(" ")
            else:
                out.append(run)
            i = j
            continue
        out.append(c)
        if c == "“" and rng.random() < qsp:
            out.append(" ")
        i += 1
    t = "".join(out)
    gap = float(o.get("gap", 0))
    if gap:
        t = re.sub("，", lambda m: " ， " if rng.random() < gap else "，", t)
    return re.sub(r" {2,}", " ", t)


def spread(line):
    """A justified line spread with spaces (总 部 、区 域 …)."""
    toks = re.findall(r"[0-9A-Za-z.%]+|.", line.replace(" ", ""))
    out = ""
    for k, t in enumerate(toks):
        out += t
        if k + 1 < len(toks) and t not in CLOSE and toks[k + 1] not in OPEN:
            out += " "
    return out


def width(s):
    return sum(0.5 if c.isascii() else 1 for c in s)


def wrap(text, w, keep=0):
    """Cut a paragraph into column lines of about w units; '|' forces a break.  The
    first `keep` characters (a dateline) break only between their space-separated groups."""
    head = re.findall(r"\||[^ |]+ ?", text[:keep])
    toks = head + re.findall(r"\||[0-9A-Za-z.%]+|.", text[keep:])
    lines, cur = [], ""
    for k, t in enumerate(toks):
        if t == "|":
            lines.append(cur)
            cur = ""
            continue
        if width(cur.rstrip() + t) > w and cur.strip() and t not in CLOSE:
            carry = ""
            while cur and cur[-1] in OPEN:          # an opening quote never ends a line
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry
        cur += t
    if cur.strip():
        lines.append(cur)
    return [l.strip() for l in lines if l.strip()]


# ---------------------------------------------------------------- page composition
def masthead(pg):
    y, m, d = pg["date"].split("-")
    ym = f"{int(y)}年{int(m)}月"
    pieces = [ym, str(int(d)), pg["weekday"], pg["lunar"], f"第{pg['issue']}号", f"今日{pg['npages']}版"]
    style = pg.get("mast", "plain")
    if style == "merged":        # day and weekday drawn as one piece: "31 星期六"
        pieces = [ym, f"{int(d)} {pg['weekday']}", pg["lunar"], f"第{pg['issue']}号 今日{pg['npages']}版"]
    elif style == "issuefirst":
        pieces = [f"第{pg['issue']}号", f"今日{pg['npages']}版", ym, str(int(d)), pg["weekday"], pg["lunar"]]
    return pieces


def dateline_text(st, pg, rng):
    dl = st.get("dateline", "")
    if not dl:
        return ""
    o = st["opts"]
    if "dlraw" in o:
        return o["dlraw"].replace("_", " ")
    t = dl
    if pg["layout"] == "col":
        # the dateline is set in bold: the extraction breaks the line after 记者 / the first name
        w = float(o.get("w", pg.get("w", 18)))
        m = re.search(r"记者(?: ?[^ ）)]+)?", t)
        if m and width(t[:m.end()]) + 2 > w:
            m = re.search(r"记者", t)
        if m and rng.random() < 0.7 and t[m.end():].lstrip()[:1] not in "）)":
            t = t[:m.end()] + "|" + t[m.end():].lstrip()
        t = re.sub(r"(\d+月) ?(\d+日)", lambda x: x.group(1) + " " + x.group(2), t) if rng.random() < 0.6 else t
        t = re.sub(r"湖南日报(\d)", r"湖南日报 \1", t) if rng.random() < 0.5 else t
    return t


def compose(pg, stories):
    rng = random.Random(pg["date"] + pg.get("pageno", "1") + pg["layout"])
    col = pg["layout"] == "col"
    lines, extras, dups = [], [], []
    printed = {}
    order_seen = []
    po = {k: v for k, v in pg.items()}

    def emit(text):
        lines.append(text)

    def so(st):
        d = dict(po)
        d.update(st["opts"])
        return d

    def punct(s):
        return s.translate(HALF) if pg.get("punct") == "half" else s

    def para_text(st, n):
        p = st["paras"][n - 1]
        return p[3:] if p.startswith("## ") else p

    def render_para(st, n, text, first):
        o = so(st)
        printed.setdefault(st["id"], {})
        printed[st["id"]][n] = printed[st["id"]].get(n, "") + punct(text)
        p = st["paras"][n - 1]
        if p.startswith("## "):
            emit(punct(text))
            return
        pre = ""
        if first and n == 1 and st.get("dateline"):
            pre = punct(dateline_text(st, pg, rng))
        if first and n == 1 and o.get("contin") == "inline":
            pre = o.get("cmark", "▲ ▲（").replace("_", " ") + st["continued"] + "）" + pre
        body = dress(punct(text), rng, o)
        if col:
            w = float(o.get("w", pg.get("w", 18)))
            ls = wrap(pre + body, w, len(pre))
            sp = float(o.get("spread", pg.get("spread", 0)))
            out = []
            for l in ls:
                if rng.random() < sp and len(l) >= 8 and re.search(r"[，、。；]", l) and "|" not in l:
                    l = spread(l)
                    PH["justified line spread with spaces (col)"] += 1
                out.append(l)
            for k, l in enumerate(out):
                emit(l)
                if str(k + 1) == o.get("dupl") and n == int(o.get("dupp", 1)):
                    PH["body line printed twice (col)"] += 1
                    emit(l)
                    dups.append(l)
        else:
            full = pre + body                  # '|' only from a dateline drawn on two lines
            if "|" in full or o.get("psplit") == str(n):
                k = int(o.get("psplitat", len(full) // 2)) if "|" not in full else None
                if k is not None:
                    full = full[:k] + "|" + full[k:]
                for part in full.split("|"):
                    if part.strip():
                        emit(part.strip())
            else:
                emit(full)

    def headline(st):
        o = so(st)
        k, t, s = st.get("kicker", ""), st.get("title", ""), st.get("subtitle", "")
        if o.get("colpos") == "head" and st.get("column"):
            emit(st["column"])
        hl = o.get("hl", "lines")
        parts = []
        if hl.startswith("join") and sum(bool(x) for x in (k, t, s)) > 1:
            PH["headline parts joined by a space on one line (par)"] += 1
        if o.get("tbreak"):
            PH["headline's last word alone on a line"] += 1
        if o.get("kbreak"):
            PH["kicker broken over two lines"] += 1
        if o.get("bold") == "1":
            PH["title drawn twice on one line (bold)"] += 1
        if o.get("bold") == "2":
            PH["title printed as two identical lines"] += 1
        if o.get("colpos") == "head" and st.get("column"):
            PH["column label before the headline"] += 1
        if s.startswith("——"):
            PH["dash-led subtitle"] += 1
        if sum(bool(x) for x in (k, t, s)) >= 3 or (k and t and o.get("tbreak")):
            PH["headline stack of 3-4 lines"] += 1
        if hl == "join":                                   # kicker title [subtitle] on one line
            parts = [" ".join(x for x in (k, t, s) if x)]
        elif hl == "joinks":
            parts = [x for x in (" ".join(x for x in (k, t) if x), s) if x]
        elif hl == "joints":
            parts = [x for x in (k, " ".join(x for x in (t, s) if x)) if x]
        else:
            if k:
                kb = int(o.get("kbreak", 0))
                parts += [k[:kb], k[kb:]] if kb else [k]
            if t:
                tb = int(o.get("tbreak", 0))
                if tb:
                    parts += [t[:-tb], t[-tb:]]
                elif o.get("bold") == "1":
                    parts.append(t + t)
                    dups.append(t)
                else:
                    parts.append(t)
                    if o.get("bold") == "2":
                        parts.append(t)
                        dups.append(t)
            if s:
                parts.append(s)
        for p in parts:
            emit(punct(p))
        if o.get("byh") == "1":
            byline(st)

    def byline(st):
        o = so(st)
        b = o.get("byraw", st.get("byline", "")).replace("_", " ")
        if "|" in b:
            PH["byline split across lines"] += 1
        if b and " " not in b and not re.search("记者|评论员|摄|文丨|提供", b):
            PH["bare-name byline"] += 1
        for part in b.split("|"):
            if o.get("bright") == "1":
                part = " " * 24 + part
            emit(punct(part))

    def caption(st):
        o = so(st)
        text = punct(" ".join(st["paras"])) if o.get("capjoin") == "1" else None
        paras = [punct(p) for p in st["paras"]]
        cr = punct(st.get("byline", ""))
        credit = o.get("credit", "inline")
        for k, p in enumerate(paras):
            last = k == len(paras) - 1
            body = dress(p, rng, {"numsp": o.get("capsp", 0)})
            if o.get("capspread") == "1":
                body = spread(body)
            if last and credit == "inline" and cr:
                body = body + " " + cr
            if col and o.get("capw"):
                for l in wrap(body, float(o["capw"])):
                    emit(l)
            else:
                emit(body)
        if credit == "line" and cr:
            emit(cr)
        if credit == "right" and cr:
            emit(" " * 30 + cr)
        PH["photo credit " + {"inline": "on the caption line", "line": "on its own line",
                              "right": "right-aligned on its own line",
                              "none": "apart (top of page / group credit)"}[credit]] += 1
        if len(paras) > 1:
            PH["photo group (several captions, one group credit)"] += 1
        if o.get("capspread") == "1":
            PH["caption line spread with spaces"] += 1

    toks = pg["order"]
    for i, tok in enumerate(toks):
        sid0, _, w0 = tok.partition(".")
        if w0 == "h" and col and sid0 in stories:
            prev = toks[i - 1].partition(".") if i else ("", "", "")
            nxt = toks[i + 1].partition(".") if i + 1 < len(toks) else ("", "", "")
            if prev[0] == sid0 and prev[2] not in ("col", "by"):
                PH["headline printed after its body (col)"] += 1
            elif nxt[0] == sid0 or (nxt[0] == sid0 and nxt[2] in ("by", "body", "cap")):
                PH["headline printed before its body (col)"] += 1
            else:
                PH["headline bunched away from its body (col)"] += 1
        if w0 == "col":
            PH["column label on its own line"] += 1
        if re.fullmatch(r"\d+<.*", w0) and (i + 1 >= len(toks) or not toks[i + 1].startswith(sid0 + ".")):
            PH["paragraph cut and continued after another story's text (par)" if not col else "cut"] += 1
        if w0 == "jump":
            PH["jump marker (下转)"] += 1
        if w0 == "cont" or (w0 == "body" and stories.get(sid0, {}).get("opts", {}).get("contin") == "inline"):
            PH["continuation marker (上接/紧接)"] += 1
        if w0.startswith("dup"):
            PH["paragraph line printed twice (par)"] += 1
        if tok.startswith("@box"):
            PH["box line (countdown, code prompt, page banner)"] += 1
    if pg.get("front") == "1":
        PH["masthead (date, weekday, lunar date, issue number, pages)"] += 1
    if pg.get("punct") == "half":
        PH["page with half-width punctuation"] += 1
    for st in stories.values():
        if "电（" in st.get("dateline", "") or "电(" in st.get("dateline", ""):
            PH["dateline with 电"] += 1
        if "dlraw" in st["opts"]:
            PH["dateline broken inside its date"] += 1
        if st["opts"].get("gap"):
            PH["glyph-gap spaces around commas"] += 1
        if st.get("kind") == "commentary" and not st.get("title"):
            PH["commentary printed without a title"] += 1
        PH["crosshead (subhead)"] += sum(p.startswith("## ") for p in st["paras"])
    for tok in pg["order"]:
        if tok == "@mast":
            ps = masthead(pg)
            for p in ps:
                emit(p)
            extras.extend(ps)
            continue
        if tok.startswith("@box:"):
            for p in tok[5:].split("|"):
                p = p.replace("_", " ")
                emit(p)
                extras.append(p)
            continue
        sid, _, what = tok.partition(".")
        st = stories[sid]
        if sid not in order_seen and what not in ("h", "col", "by", "jump"):
            order_seen.append(sid)
        if what == "h":
            headline(st)
        elif what == "by":
            byline(st)
        elif what == "col":
            emit(st["column"])
        elif what == "jump":
            emit(so(st).get("jg", "▷") + punct("(" + st["continued"] + ")"))
        elif what == "cont":
            emit(so(st).get("cmark", "▲ ▲（").replace("_", " ") + st["continued"] + "）")
        elif what == "cap":
            caption(st)
        elif what == "cr":
            emit(punct(st["byline"]))
        elif what.startswith("dup"):
            n = int(what[3:])
            t = dress(punct(para_text(st, n)), rng, {})
            emit(t)
            dups.append(t)
        else:
            m = re.fullmatch(r"(\d+)(?:(-)(\d*))?(?:([<>])(\d+|~\S+))?|body", what)
            if not m:
                raise SystemExit(f"bad token {tok}")
            if what == "body":
                a, b = 1, len(st["paras"])
            else:
                a = int(m.group(1))
                b = (int(m.group(3)) if m.group(3) else len(st["paras"])) if m.group(2) else a
            for n in range(a, b + 1):
                text = para_text(st, n)
                first = True
                if m.group(4):
                    cut = m.group(5)
                    if cut.startswith("~"):          # cut before a given string
                        k = text.find(cut[1:])
                        if k <= 0:
                            raise SystemExit(f"cut string not found: {tok}")
                    else:
                        k = int(cut)
                    if m.group(4) == "<":
                        text = text[:k]
                    else:
                        text, first = text[k:], False
                render_para(st, n, text, first)
    for sid in stories:
        if sid not in order_seen:
            order_seen.append(sid)
    raw = "\n\n" + "\n\n".join(lines) + "\n\n"
    if col and pg.get("lead", "1") == "1":
        raw = "\n\n " + "\n\n".join(lines) + "\n\n"
    return raw, extras, dups, order_seen, printed


def gold_article(st, pg, printed):
    punct = (lambda s: s.translate(HALF)) if pg.get("punct") == "half" else (lambda s: s)
    a = {"kind": st.get("kind", "news")}
    for f in FIELDS:
        a[f] = punct(st.get(f, ""))
    # (a headline or a column label the page never prints is none of the gold)
    tokens = set(pg["order"])
    headed = st["id"] + ".h" in tokens
    if not headed:
        for f in ("kicker", "title", "subtitle"):
            a[f] = ""
    colpos = {**pg, **st["opts"]}.get("colpos")
    if st["id"] + ".col" not in tokens and not (headed and colpos == "head"):
        a["column"] = ""
    got = printed.get(st["id"], {})
    if not st.get("kind") == "photo":
        a["subheads"] = [punct(st["paras"][n - 1][3:]) for n in sorted(got)
                         if st["paras"][n - 1].startswith("## ")]
        a["paragraphs"] = [got[n] for n in sorted(got)]
    else:
        a["subheads"] = []
        a["paragraphs"] = [punct(p) for p in st["paras"]]
    return a


MANUAL = [
    ("paragraph openings of a parallel kind (稳，是前提。/广，是基础。/便，是关键。)", "1 story (3 openings)"),
    ("two or more stories sharing one subject on a page", "4 pages (women's football; old-estate renewal; "
     "tax relief; grain harvest and purchase)"),
    ("front-page story continued on an inside page (上接1版 / 紧接1版)", "2 (2017-04-18 p.1 -> p.2)"),
    ("cut between a figure and its unit / a verb and its figure / inside a word / between words",
     "all four kinds, see the order lines of src/p*.txt (`X.N<~…`)"),
]


def write_readme(rows):
    kinds = Counter(k for r in rows for k in r[4])
    lines = ["# Blind test set dev_zh: Hunan Daily (湖南日报) page texts", "",
             "Sixteen invented pages of the Hunan Daily, made without any sight of the segmenter, "
             "to measure it on pages it has never seen.", "",
             "## How it was made", "",
             "- Stories: hand-written for this set (`src/p01.txt` … `src/p16.txt`), every person, figure and "
             "most organisations invented; no sentence, headline or distinctive 6-character run of the "
             "five seed pages is reused (`check.py` verifies the latter against the seeds' gold).",
             "- Layout: `compose.py` lays each page's stories out deterministically (a fixed random seed per "
             "page) following the page's `order:` line, which names what is printed where: headline blocks "
             "(`a.h`), bylines (`a.by`), column labels (`a.col`), paragraphs or ranges (`a.1-3`), "
             "paragraph pieces cut at a string (`a.3<~亿元` / `a.3>~亿元`), repeated lines (`a.dup3`), "
             "jump and continuation markers, photo captions, masthead and box lines.",
             "- Two layouts, as the seeds print them: *column* (one printed column line per text line, "
             "a blank line after every line, each story's body in one run, headlines after the body, "
             "before it or bunched elsewhere) and *paragraph* (one paragraph per line, stories cut "
             "mid-paragraph and continued after another story's paragraphs).",
             "- Extraction artefacts are whitespace only (glyph-gap spaces around figures and commas, after "
             "opening quotes, justified lines spread with spaces, right-aligned credits) or line structure "
             "(breaks inside datelines, bylines and headlines, repeated lines), so the gold text is exact.",
             "- Gold (`gold/NNN_<hash>.json`) is written from the same source: the paragraphs actually printed "
             "on the page, cut pieces rejoined, crossheads both in `subheads` and `paragraphs`, masthead and "
             "box lines in `extras`, repeated text in `duplicates`, jump markers in `continued` without "
             "their arrows and brackets (as in the seeds).",
             "- `python3 compose.py && python3 check.py` rebuilds pages, gold and this README and scores "
             "the export a perfect segmenter would print (all figures 1.000, coverage 1.000, no spaces "
             "left between Chinese characters).", "",
             "## Formats", "",
             "- `pages/NNN_<first 16 hex of sha256 of the text>.txt`: the raw page text.",
             "- `gold/NNN_<same>.json`: fields as in `/work/shared/gold/FORMAT.md` (source, issue_date, "
             "issue_number, page_count, articles[kind, column, kicker, title, subtitle, byline, dateline, "
             "continued, subheads, paragraphs], extras, duplicates).",
             "- `pages_index.json`: the page table below as JSON.", "",
             "## Pages", "",
             "| page | date | page of issue | layout | articles | characters (no whitespace) |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r[0]} | {r[1]['date']} | {r[1].get('pageno')} | "
                     f"{'column' if r[1]['layout'] == 'col' else 'paragraph'} | {r[2]} | {r[3]} |")
    lines += ["", f"Articles: {sum(r[2] for r in rows)} — " +
              ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])), "",
              "## Phenomena laid out", "", "| phenomenon | count |", "|---|---|"]
    for k, v in sorted(PH.items()):
        if k != "cut":
            lines.append(f"| {k} | {v} |")
    for k, v in MANUAL:
        lines.append(f"| {k} | {v} |")
    lines += ["", "## Limits", "",
              "- The pages are composed, not extracted from PDFs: the scrambles are modelled on the five seed "
              "pages only; real pages hold more kinds of furniture (tables, adverts, charts) than this set.",
              "- Story lengths are at the short end of the brief (pages of about 3,500–3,800 characters, "
              "features of about 10 paragraphs); no page reaches 7,500 characters.",
              "- Gold conventions that the seeds do not settle are decided here as follows: a photo group "
              "(several captions under one title with one group credit line) is one `photo` article whose "
              "paragraphs are the intro and the captions and whose byline is the group credit; a credit "
              "printed at the top of the page belongs to the photo it credits; a 副刊 poem is `other`, "
              "essays are `feature`; a cartoon is `photo` with its `作` credit as byline; a feature's crossheads "
              "are paragraphs as well as subheads; a page banner or column frame (评论, 财经, 湘韵·副刊) is an "
              "extra, a story's own 栏目 is its `column`.",
              "- Jump-marker glyphs (▷, ▲ ▲ and brackets) are in no gold field, as in the seeds, so a perfect "
              "export loses them: coverage is 0.9996, printed 1.000.", ""]
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    for n, sp in enumerate(sorted(SRC.glob("p*.txt"))):
        pg, stories = parse(sp)
        raw, extras, dups, order, printed = compose(pg, stories)
        h = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(raw, encoding="utf-8")
        front = pg.get("front") == "1"
        gold = {"source": f"{name}.txt", "issue_date": pg["date"],
                "issue_number": int(pg["issue"]) if front else None,
                "page_count": int(pg["npages"]) if front else None,
                "articles": [gold_article(stories[s], pg, printed) for s in order],
                "extras": extras, "duplicates": dups}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        for sid, st in stories.items():      # every paragraph of a story is printed once
            got = printed.get(sid, {})
            if st.get("kind") != "photo" and "下转" not in st.get("continued", "") and \
                    sorted(got) != list(range(1, len(st["paras"]) + 1)):
                print("WARNING unprinted paragraphs", sp.name, sid, sorted(got), len(st["paras"]))
            for n, t in got.items():
                src = st["paras"][n - 1]
                src = src[3:] if src.startswith("## ") else src
                if t != (src.translate(HALF) if pg.get("punct") == "half" else src) and \
                        "下转" not in st.get("continued", ""):
                    print("WARNING paragraph printed incompletely", sp.name, sid, n)
        chars = len(re.sub(r"\s+", "", raw))
        rows.append((name, pg, len(order), chars, [stories[s].get("kind", "news") for s in order]))
        print(name, pg["date"], pg["layout"], len(order), chars)
    write_readme(rows)
    (HERE / "pages_index.json").write_text(json.dumps(
        [{"page": r[0], "date": r[1]["date"], "pageno": r[1].get("pageno"), "layout": r[1]["layout"],
          "articles": r[2], "chars": r[3], "kinds": r[4]} for r in rows], ensure_ascii=False, indent=1),
        encoding="utf-8")


if __name__ == "__main__":
    main()
