#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold (gold/) and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name (p01.txt ...).
"""
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：”’）！？》〉…—,;:)!?%")
OPEN = set("“‘（《〈(")
PUNCT = CLOSE | OPEN
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+·/×\-]*")
CUT = re.compile(r"‖([vuwqnp])")
CUT_NAMES = {"v": "cut between verb and figure", "u": "cut between figure and unit",
             "w": "cut inside a word", "q": "cut inside a quoted term",
             "n": "cut inside a name", "p": "cut at a clause"}
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}


# ---------------------------------------------------------------- source parsing
def parse(path):
    meta, arts, layout = {}, [], []
    mode, cur = "meta", None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("%"):          # comment
            continue
        if line.startswith("=== "):
            f = line[4:].split()
            opts = dict(x.split("=", 1) for x in f[2:])
            cur = {"id": f[0], "kind": f[1], "opts": opts, "f": {}, "body": []}
            assert cur["kind"] in KINDS, line
            arts.append(cur)
            mode = "head"
            continue
        if line == "[layout]":
            mode = "layout"
            continue
        if not line.strip():
            continue
        if mode == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "head":
            if line == "---":
                mode = "body"
                continue
            k, v = line.split(":", 1)
            assert k in ("col", "kick", "title", "sub", "by", "date", "cont"), line
            cur["f"][k] = v.strip()
        elif mode == "body":
            cur["body"].append(line.strip())
        else:
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def punct(s, style):
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s):
    """Text as gold keeps it: layout marks removed."""
    s = CUT.sub("", s).replace("¦", "").replace("|", "")
    return s


# ---------------------------------------------------------------- column layout
def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = NUM.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def em(tok):
    if NUM.fullmatch(tok):
        return 0.55 * len(tok)
    return 1.0


def spread(toks):
    out = ""
    for k, t in enumerate(toks):
        if k:
            prev = toks[k - 1]
            if prev in CLOSE and prev not in "%":
                sep = ""
            elif t in OPEN:
                sep = ""
            else:
                sep = " "
            out += sep
        out += t
    return out


class Stats(Counter):
    pass


def render_line(toks, rng, st, justify):
    if justify and len(toks) > 3:
        st["justified (spread) column lines"] += 1
        return spread(toks)
    style = rng.choices(["both", "before", "none"], [5, 3, 2])[0]
    out = ""
    for k, t in enumerate(toks):
        isnum = bool(NUM.fullmatch(t))
        if isnum and k and style != "none" and not out.endswith(" "):
            out += " "
            st["spaces around number runs"] += 1
        if t in "、，" and k and rng.random() < 0.04:
            out += " "
            st["glyph-gap spaces before punctuation"] += 1
        if isnum and t.endswith("%") and rng.random() < 0.1:
            t = t[:-1] + " %"
            st["glyph-gap spaces before %"] += 1
        out += t
        if isnum and style == "both" and k + 1 < len(toks) and not t.endswith("%") \
                and toks[k + 1] not in PUNCT:
            out += " "
    return out


def wrap(text, width, rng, st):
    """Wrap one flow (dateline + paragraph, or a paragraph piece) into column lines.
    '|' forces a break (no justification), '¦' a column break."""
    lines = []
    segs = re.split(r"([|¦])", text)
    for si, seg in enumerate(segs):
        if seg in ("|", "¦"):
            continue
        toks = tokens(seg)
        cur, w = [], 0.0
        rows = []
        for t in toks:
            e = em(t)
            if cur and w + e > width + 0.01 and not (t in CLOSE):
                # never leave an opening mark at a line end
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                rows.append((cur, w))
                cur, w = carry, sum(em(x) for x in carry)
            cur.append(t)
            w += e
        if cur:
            rows.append((cur, None))
        for toks_, ww in rows:
            justify = ww is not None and ww < width - 0.9
            if ww is not None and not justify and sum(1 for x in toks_ if x in "，。、；：") >= 2 \
                    and rng.random() < 0.12:
                justify = True
            lines.append(render_line(toks_, rng, st, justify).strip())
    return lines


# ---------------------------------------------------------------- page composition
def compose_page(path):
    rng = random.Random(path.name)
    meta, arts, layout = parse(path)
    A = {a["id"]: a for a in arts}
    lay = meta["layout"]
    assert lay in ("column", "para")
    ps = meta.get("punct", "full")
    width = float(meta.get("width", 17))
    st = Stats()
    blocks, extras, dups = [], [], []

    def P(s):
        return punct(s, ps)

    # split bodies into pieces at cut marks
    for a in arts:
        pieces, cur = [], []
        for para in a["body"]:
            parts = CUT.split(para)
            # parts = [text, code, text, code, text ...]
            cur.append(parts[0])
            for j in range(1, len(parts), 2):
                st[CUT_NAMES[parts[j]]] += 1
                pieces.append(cur)
                cur = [parts[j + 1]]
        pieces.append(cur)
        a["pieces"] = pieces
        a["w"] = float(a["opts"].get("w", width))
        for para in a["body"]:
            if "¦" in para:
                st["paragraph split by a column break"] += 1
    rendered = {}

    def render_piece(a, k):
        key = (a["id"], k)
        if key in rendered:
            return rendered[key]
        out = []
        paras = a["pieces"][k]
        for j, para in enumerate(paras):
            sub = para.startswith("## ")
            if sub:
                para = para[3:]
            text = P(para)
            if k == 0 and j == 0 and a["f"].get("date"):
                dl = P(a["f"]["date"])
                if lay == "column":
                    # the extraction breaks a dateline at a space that still fits the
                    # line, leaving at least a name and its bracket for the next line
                    head_, _, last = dl.rpartition("|")
                    if sum(em(t) for t in tokens(last)) > a["w"]:
                        cut = [m.start() for m in re.finditer(" ", last)
                               if sum(em(t) for t in tokens(last[:m.start()])) <= a["w"]
                               and len(last[m.start():].replace(" ", "")) >= 4]
                        if cut:
                            last = last[:cut[-1]] + "|" + last[cut[-1] + 1:]
                    dl = head_ + ("|" if head_ else "") + last
                text = dl + text
            if a["kind"] == "photo" or sub:
                out.append(text.replace("|", "\n").replace("¦", ""))
            elif lay == "column":
                for ln in wrap(text, a["w"], rng, st):
                    out.append(ln)
            else:
                for seg in text.split("¦"):
                    out.append(seg.replace("|", "\n"))
        rendered[key] = out
        return out

    for d in layout:
        f = d.split()
        op = f[0]
        if op == "mast":
            pieces = d[5:].split("|")
            blocks.extend(pieces)
            extras.append("".join(p.replace(" ", "") for p in pieces))
            st["masthead pieces"] += len(pieces)
            st["merged masthead pieces"] += sum(1 for p in pieces if " " in p)
        elif op in ("mark", "box"):
            txt = d[len(op) + 1:]
            blocks.append(txt.replace("|", "\n"))
            extras.append(txt.replace("|", ""))
            st["jump markers" if op == "mark" else "short box lines"] += 1
        elif op == "head":
            a = A[f[1]]
            opt = f[2] if len(f) > 2 else ""
            parts = [P(a["f"][k]) for k in ("kick", "title", "sub") if a["f"].get(k)]
            if opt == "join":
                blocks.append(" ".join(p.replace("|", "") for p in parts))
                st["headline stacks joined on one line"] += 1
            elif opt == "twice":
                for k in ("kick", "title", "sub"):
                    if a["f"].get(k):
                        t = P(a["f"][k]).replace("|", "")
                        if k == "title":
                            blocks.append(t + " " + t)
                            dups.append(t)
                            st["headlines doubled on one line"] += 1
                        else:
                            blocks.append(t)
            elif opt == "dup":
                for k in ("kick", "title", "sub"):
                    if a["f"].get(k):
                        t = P(a["f"][k])
                        blocks.append(t.replace("|", "\n"))
                        if "|" in t:
                            st["headline last word left alone"] += 1
                        if k == "title":
                            blocks.append(t.replace("|", "\n"))
                            dups.append(t.replace("|", ""))
                            st["headlines drawn twice on two lines"] += 1
            elif opt == "split":       # two-phrase title split at its space
                for k in ("kick", "title", "sub"):
                    if a["f"].get(k):
                        t = P(a["f"][k]).replace("|", "")
                        if k == "title":
                            blocks.extend(t.split(" "))
                            st["two-phrase titles split at the space"] += 1
                        else:
                            blocks.append(t)
            else:
                for p in parts:
                    blocks.append(p.replace("|", "\n"))
                    if "|" in p:
                        st["headline last word left alone"] += 1
            st["headlines printed"] += 1
        elif op == "after":            # marks the preceding head as printed after its body
            st["headlines printed after their body"] += 1
        elif op == "bunch":
            st["headlines bunched with other stories' headlines"] += int(f[1])
        elif op == "col":
            a = A[f[1]]
            blocks.append(P(a["f"]["col"]))
            st["column labels on their own line"] += 1
        elif op == "by":
            a = A[f[1]]
            b = P(a["f"]["by"])
            if len(f) > 2 and f[2] == "split":
                i = b.rfind(" ")
                if lay == "column":
                    blocks.extend([b[:i], b[i + 1:]])
                else:
                    blocks.append(b[:i] + "\n" + b[i + 1:])
                st["byline broken between role/names"] += 1
            else:
                blocks.append(b)
        elif op == "body":
            a = A[f[1]]
            k = int(f[2]) if len(f) > 2 else 0
            ls = render_piece(a, k)
            if k == 0 and a["f"].get("date") and "|" in a["f"]["date"]:
                st["line breaks inside a dateline"] += 1
            if k > 0:
                st["story continued after a piece of another"] += 1
            blocks.extend(ls)
        elif op == "dup":
            a = A[f[1]]
            ls = render_piece(a, int(f[2]))
            ln = ls[int(f[3])]
            blocks.append(ln)
            dups.append(ln.replace(" ", ""))
            st["lines printed twice"] += 1
        elif op == "photo":
            a = A[f[1]]
            opt = f[2] if len(f) > 2 else "below"
            cap = [P(p) for p in a["body"]]
            cred = P(a["f"].get("by", ""))
            if opt == "inline":
                cap[-1] = cap[-1] + " " + cred
                blocks.extend(cap)
            elif opt == "right":
                blocks.extend(cap)
                blocks.append(" " * 28 + cred)
                st["credits right-aligned on their own line"] += 1
            elif opt == "first":
                blocks.append(cred)
                blocks.extend(cap)
            else:
                blocks.extend(cap)
                if cred:
                    blocks.append(cred)
            st["photo captions"] += 1
        elif op == "blank":
            blocks.append("")
        else:
            raise SystemExit(f"{path.name}: unknown layout op {d}")

    # every piece of every article printed exactly once?
    text = "\n\n".join(blocks) + "\n"
    if meta.get("lead"):
        text = meta["lead"].replace("\\n", "\n") + text
    return meta, arts, text, extras, dups, st


def gold_of(meta, arts, name, extras, dups):
    ps = meta.get("punct", "full")
    out_arts = []
    for a in arts:
        f = a["f"]
        paras, subs = [], []
        for para in a["body"]:
            sub = para.startswith("## ")
            t = punct(clean(para[3:] if sub else para), ps)
            if sub:
                subs.append(t)
            paras.append(t)
        out_arts.append({
            "kind": a["kind"],
            "column": punct(clean(f.get("col", "")), ps),
            "kicker": punct(clean(f.get("kick", "")), ps),
            "title": punct(clean(f.get("title", "")), ps),
            "subtitle": punct(clean(f.get("sub", "")), ps),
            "byline": punct(clean(f.get("by", "")), ps),
            "dateline": punct(clean(f.get("date", "")), ps),
            "continued": f.get("cont", ""),
            "subheads": subs,
            "paragraphs": paras,
        })
    return {
        "source": name,
        "issue_date": meta["date"],
        "issue_number": int(meta["issue"]) if meta.get("issue") else None,
        "page_count": int(meta["count"]) if meta.get("count") else None,
        "articles": out_arts,
        "extras": extras,
        "duplicates": dups,
    }


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    total = Counter()
    page_rows = []
    for i, path in enumerate(sorted(SRC.glob("p*.txt")), 1):
        meta, arts, text, extras, dups, st = compose_page(path)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}.txt"
        (PAGES / name).write_text(text, encoding="utf-8")
        gold = gold_of(meta, arts, name, extras, dups)
        (GOLD / name.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(st)
        nchar = len(re.sub(r"\s", "", text))
        page_rows.append([name, meta["date"], meta["page"], meta["layout"], meta.get("punct", "full"),
                          len(arts), nchar, meta.get("subjects", "")])
    ph = table(sorted(total.items()), ["phenomenon", "count"])
    pg = table(page_rows, ["file", "issue date", "page", "layout", "punctuation", "articles",
                           "characters", "subjects"])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pg)
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
