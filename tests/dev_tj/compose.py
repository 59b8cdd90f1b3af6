#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) into raw pages, gold and README.

Made without any sight of the segmenter. Standard library only. Deterministic:
every small choice comes from random.Random seeded by the source file name.
"""
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
OPEN = "“‘（《(〈「"
CLOSE = "，。、；：！？”’）》)〉」…,;:!?%"
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/:]+")
PUNCT_HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
PUNCT_BR = {"（": "(", "）": ")"}


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def conv(s, mode):
    table = PUNCT_HALF if mode == "half" else PUNCT_BR if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def gold_field(s, role):
    """Gold form of a field written with '/' forced breaks."""
    if role in ("kicker", "title", "subtitle", "column"):
        return s.replace("/", "")
    s = s.replace("/", " ")
    s = re.sub(r" +", " ", s)
    return re.sub(r"([（(]) ", r"\1", s).strip()


# ------------------------------------------------------------------ parsing
def parse(path):
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@layout"):
            in_layout = True
            continue
        if in_layout:
            page["layout"].append(line)
            continue
        if line.startswith("@"):
            aid, kind = line[1:].split()
            cur = {"id": aid, "kind": kind, "paras": [], "subheads": [], "w": None,
                   **{f: "" for f in FIELDS}}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        key, _, val = line.partition(" ")
        if cur is None:
            page["meta"][key] = val.strip()
        elif key == "p":
            cur["paras"].append(val.strip())
        elif key == "s":
            cur["paras"].append(val.strip())
            cur["subheads"].append(val.strip())
        elif key == "w":
            cur["w"] = float(val)
        elif key in FIELDS:
            cur[key] = val.strip()
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return page


def pieces(art):
    """Split paragraphs at '|' cut points -> list of (text, starts_para, ends_para)."""
    out = []
    for para in art["paras"]:
        parts = para.split("|")
        for i, t in enumerate(parts):
            out.append((t, i == 0, i == len(parts) - 1))
    return out


# ------------------------------------------------------------------ column wrapping
def tokens(text):
    toks, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.end() > i:
            toks.append(m.group())
            i = m.end()
        else:
            toks.append(text[i])
            i += 1
    return toks


def tw(t):
    if t == "\n":
        return 0
    if t == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in t)


def is_ascii(t):
    return ord(t[0]) < 128 and (len(t) == 1 or ord(t[-1]) < 128)


def lead_tokens(lead):
    """A dateline as unbreakable words; '/' forces a break; a short last word sticks
    to the one before it (a name is never split, and never left alone)."""
    toks = []
    for n, seg in enumerate(lead.split("/")):
        if n:
            toks.append("\n")
        words = [w for w in seg.split(" ") if w]
        if len(words) > 1 and len(words[-1]) < 5:
            words[-2:] = [words[-2] + " " + words[-1]]
        for j, w in enumerate(words):
            if j:
                toks.append(" ")
            toks.append(w)
    return toks


def wrap(text, width, indent, last_is_end, stats, rng, numsp, lead=""):
    """Greedy fill of a column; '/' in a dateline forces a line break. Returns printed lines."""
    toks = lead_tokens(lead) + tokens(text)
    # '\n' survives as its own token (forced break)
    lines, cur, used = [], [], indent
    forced = []

    def flush(force_end):
        while cur and cur[-1] == " ":
            cur.pop()
        lines.append(cur[:])
        forced.append(force_end)

    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "\n":
            flush(True)
            cur, used = [], 0
            i += 1
            continue
        if t == " " and not cur:
            i += 1
            continue
        w = tw(t) + (0.25 if is_ascii(t) and t != " " else 0)
        if cur and used + w > width + 0.01:
            if len(t) == 1 and t in CLOSE:
                cur.append(t)          # hanging punctuation, never at a line start
                i += 1
                flush(False)
                cur, used = [], 0
                continue
            if cur[-1] in OPEN:        # an opening mark never ends a line
                o = cur.pop()
                flush(False)
                cur, used = [o], 1
                continue
            flush(False)
            cur, used = [], 0
            continue
        cur.append(t)
        used += w
        i += 1
    if cur:
        flush(False)
    out = []
    for n, (ln, fe) in enumerate(zip(lines, forced)):
        is_last = n == len(lines) - 1
        width_here = width - (indent if n == 0 else 0)
        slack = width_here - sum(tw(t) + (0.25 if is_ascii(t) else 0) for t in ln)
        if not fe and not (is_last and last_is_end) and slack >= 1.0 and len(ln) > 3:
            stats["justified column lines"] += 1
            s = ""
            for j, t in enumerate(ln):
                if j and not ((len(ln[j - 1]) == 1 and ln[j - 1] in CLOSE) or (len(t) == 1 and t in OPEN)):
                    s += " "
                s += t
            out.append(s)
            continue
        s = ""
        for j, t in enumerate(ln):
            prev = ln[j - 1] if j else ""
            if is_ascii(t) and t[0].isdigit() and prev and not is_ascii(prev) and prev not in OPEN + CLOSE and prev != "\n":
                if rng.random() < numsp:
                    s += " "
                    stats["spaces around number runs"] += 1
            if j and is_ascii(prev) and prev[-1].isalnum() and not is_ascii(t) and t not in CLOSE:
                if rng.random() < numsp * 0.7:
                    s += " "
                    stats["spaces around number runs"] += 1
            if t in "、，。" and j and rng.random() < numsp * 0.04:
                s += " "
                stats["glyph-gap spaces at punctuation"] += 1
            if is_ascii(t) and t.endswith("%") and len(t) > 1 and rng.random() < numsp * 0.1:
                t = t[:-1] + " %"
                stats["glyph-gap spaces at punctuation"] += 1
            s += t
        out.append(s)
    return out


# ------------------------------------------------------------------ page composition
def compose_page(path):
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(path.name)
    layout = meta["layout"]
    mode = meta.get("punct", "full")
    width = float(meta.get("width", 16))
    numsp = float(meta.get("numsp", 0.6 if layout == "column" else 0.0))
    stats = Counter()
    lines = []          # printed lines (None = extra blank line)
    extras, dups = [], []
    printed_body = {}   # aid -> set of piece indexes printed
    last_body_line = None
    head_seen = set()
    prev_cmd = None
    body_done = set()
    art_pieces = {a: pieces(arts[a]) for a in arts}
    shown_cuts = set()

    def emit(s):
        lines.append(conv(s, mode))

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        if op == "x":
            extras.append(squash(conv(rest, mode)))
            emit(rest)
            stats["masthead / box lines"] += 1
        elif op == "x+":
            extras[-1] += squash(conv(rest, mode))
            emit(rest)
            stats["masthead / box lines"] += 1
        elif op == "n":
            lines.append(None)
        elif op == "m":
            emit(rest)
            stats["jump markers"] += 1
        elif op == "h":
            aid, *spec = rest.split()
            a = arts[aid]
            if aid in body_done:
                stats["headlines printed after their body"] += 1
            if prev_cmd == "h" and head_seen and aid not in head_seen:
                stats["headline stacks bunched with another story's"] += 1
            head_seen.add(aid)
            seen_lines = set()
            for tok in spec:
                parts = []
                doubled = False
                for letter in tok.split("+"):
                    if letter.endswith("2"):
                        doubled = True
                        letter = letter[0]
                    field = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "y": "byline"}[letter]
                    parts.append(a[field])
                text = " ".join(parts)
                segs = text.split("/")
                if len(segs) > 1:
                    if any(x in tok for x in "kts"):
                        stats["headline lines broken (last words alone)"] += 1
                    else:
                        stats["byline names broken over lines"] += 1
                for seg in segs:
                    seg = seg.strip()
                    if doubled:
                        emit(seg + " " + seg)
                        dups.append(squash(conv(seg, mode)))
                        stats["headlines drawn twice"] += 1
                    elif seg in seen_lines:
                        emit(seg)
                        dups.append(squash(conv(seg, mode)))
                        stats["headlines drawn twice"] += 1
                    else:
                        emit(seg)
                    seen_lines.add(seg)
        elif op == "y":
            aid, *opt = rest.split()
            by = arts[aid]["byline"]
            segs = by.split("/")
            if len(segs) > 1:
                stats["byline names broken over lines"] += 1
            for seg in segs:
                if "right" in opt:
                    emit(" " * rng.randint(18, 40) + seg.strip())
                    stats["credits right-aligned on their own line"] += 1
                else:
                    emit(seg.strip())
        elif op == "b":
            aid, rng_s, *opt = rest.split()
            a = arts[aid]
            ps = art_pieces[aid]
            lo, _, hi = rng_s.partition("-")
            lo = int(lo)
            hi = (len(ps) - 1) if hi == "" and "-" in rng_s else int(hi or lo)
            w = a["w"] or width
            carry = None
            carry_lead = ""
            carry_start = False
            for k in range(lo, hi + 1):
                text, starts, ends = ps[k]
                if carry is None:
                    carry_start = starts
                if k in printed_body.setdefault(aid, set()):
                    raise SystemExit(f"{path.name}: piece {aid}:{k} printed twice")
                printed_body[aid].add(k)
                if k > lo and not ps[k - 1][2] and layout == "paragraph" and "split" in opt:
                    stats["paragraphs split by a column break with nothing between"] += 1
                if k == lo and k > 0 and not starts:
                    stats["cut paragraphs continued after another story"] += 1
                    shown_cuts.add((aid, k))
                if k > lo and not ps[k - 1][2] and layout == "paragraph" and "split" in opt:
                    shown_cuts.add((aid, k))
                lead = ""
                if k == 0 and a["dateline"]:
                    dl = a["dateline"]
                    if "/" in dl:
                        stats["line breaks inside datelines"] += 1
                        if "/通讯员" in dl:
                            stats["line breaks before 通讯员"] += 1
                    lead = dl
                    if layout != "column" or a["kind"] == "other":
                        text, lead = dl + text, ""
                if a["kind"] == "photo":
                    if "+y" in opt and k == hi:
                        text = text + " " + a["byline"]
                    emit(text)
                    last_body_line = lines[-1]
                    continue
                if layout == "column" and (a["kind"] != "other" or "wrap" in opt):
                    if not ends and k < hi:
                        carry = carry + text if carry is not None else text
                        carry_lead = carry_lead or lead
                        continue
                    if carry is not None:
                        text = carry + text
                        starts = carry_start
                        lead = carry_lead or lead
                    carry, carry_lead = None, ""
                    out = wrap(text, w, 2 if starts else 0, ends, stats, rng, numsp, lead)
                    for o in out:
                        emit(o)
                else:
                    if not ends and k < hi and "split" not in opt:
                        carry = carry + text if carry is not None else text
                        continue
                    if carry is not None:
                        text = carry + text
                    carry = None
                    if "/" in text:
                        for seg in text.split("/"):
                            emit(seg)
                    else:
                        t = text
                        if numsp:
                            t = re.sub(r"(?<=[\u4e00-\u9fff])(\d[\d.]*)", lambda m: (" " if rng.random() < numsp else "") + m.group(1), t)
                        emit(t)
                last_body_line = lines[-1]
            if hi == len(ps) - 1:
                body_done.add(aid)
        elif op == "D":
            if rest:
                aid, k = rest.split()
                text = art_pieces[aid][int(k)][0]
                emit(text)
            else:
                lines.append(last_body_line)
            dups.append(squash(lines[-1]))
            stats["lines printed twice"] += 1
        else:
            raise SystemExit(f"{path.name}: unknown layout op {op!r}")
        prev_cmd = op
    for aid in page["order"]:
        n = len(art_pieces[aid])
        if printed_body.get(aid, set()) != set(range(n)):
            raise SystemExit(f"{path.name}: {aid} pieces printed {sorted(printed_body.get(aid, []))} of {n}")
    # cut statistics: only the cuts the layout actually shows (pieces printed apart)
    for aid, k in sorted(shown_cuts):
        before = art_pieces[aid][k - 1][0]
        l, r = before[-1], art_pieces[aid][k][0][0]
        if l.isdigit() and (r.isdigit() or r in ".%"):
            stats["cuts inside a number"] += 1
        elif l.isdigit():
            stats["cuts between a figure and its unit"] += 1
        elif r.isdigit():
            stats["cuts between a word and its figure"] += 1
        elif before.count("“") > before.count("”") or r in "“":
            stats["cuts inside or before a quoted term"] += 1
        else:
            stats["cuts inside a word or name"] += 1
    # text
    out = []
    for i, l in enumerate(lines):
        if l is None:
            out.append("")
            continue
        if i == 0 and layout == "column":
            l = " " + l
        out.append(l)
        out.append("")
    text = ("\n\n" if layout == "paragraph" else "") + "\n".join(out)
    gold_arts = []
    for aid in page["order"]:
        a = arts[aid]
        g = {"kind": a["kind"]}
        for f in FIELDS:
            g[f] = conv(gold_field(a[f], f), mode)
        g["subheads"] = [conv(s, mode) for s in a["subheads"]]
        g["paragraphs"] = [conv(p.replace("|", ""), mode) for p in a["paras"]]
        gold_arts.append(g)
    return page, text, gold_arts, extras, dups, stats


def build():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    results = []
    for n, sp in enumerate(srcs, 1):
        page, text, arts, extras, dups, stats = compose_page(sp)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        meta = page["meta"]
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": arts, "extras": extras, "duplicates": dups}
        gtext = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        results.append({"name": name, "text": text, "gold": gold, "gtext": gtext,
                        "meta": meta, "stats": stats, "src": sp.name})
    return results


def readme(results):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for r in results:
        total.update(r["stats"])
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        rows.append(f"| {k} | {total[k]} |")
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in results:
        m = r["meta"]
        chars = len(re.sub(r"\s", "", r["text"]))
        ptab.append(f"| {r['name']}.txt | {m['date']} | {m['page']}{' (front)' if m.get('issue') else ''} | "
                    f"{m['layout']} | {m.get('punct', 'full')} | {len(r['gold']['articles'])} | {chars} | {m.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(ptab))


def main():
    results = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for r in results:
        (HERE / "pages" / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (HERE / "gold" / (r["name"] + ".json")).write_text(r["gtext"], encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    main()
