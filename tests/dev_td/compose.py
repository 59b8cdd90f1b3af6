#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Every page is drawn from its source file (src/pNN.txt): the articles (kind, headline
parts, column, byline, dateline, paragraphs with cut marks) and a layout script that
orders masthead, headlines, bylines, body ranges, photos, markers, extras and
duplicate lines.  Small choices (a space before a number run or not, whether a
borderline column line is spread) come from a random.Random seeded by the source
file name, so the build is byte-for-byte repeatable.  Standard library only.
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")

CJK = re.compile(r"[\u3400-\u9fff]")
PUNCT = set("、，。；：？！“”‘’（）《》…—·,.;:?!()「」")
CLOSE = set("、，。；：？！）》”’,.;:?!)」")      # may not start a line (hangs instead)
OPEN = set("“‘（《(「")                           # may not end a line
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×\-/:]+")

# ---------------------------------------------------------------- source reading


def parse_source(path: Path) -> dict:
    """Read one src/pNN.txt into {'meta', 'articles' (ordered), 'layout'}."""
    meta, arts, layout = {}, {}, []
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                section = "layout"
                cur = None
                continue
            section = "article"
            cur = {"id": head[0], "kind": head[1], "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "marker": "", "paras": [], "subheads": [], "credit": ""}
            arts[head[0]] = cur
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif section == "layout":
            layout.append(line.strip())
        else:
            if line.startswith(">> "):
                cur["paras"].append(line[3:].strip())
                cur["subheads"].append(line[3:].strip())
            elif line.startswith("> "):
                cur["paras"].append(line[2:].strip())
            elif line.startswith(">"):
                cur["paras"].append(line[1:].strip())
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
    return {"meta": meta, "articles": arts, "layout": layout}


# ---------------------------------------------------------------- punctuation width

def punct_mode(text: str, mode: str) -> str:
    if mode == "mixed":          # full commas, half-width brackets
        return text.replace("（", "(").replace("）", ")")
    if mode == "half":           # half-width , ( ) ; :
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            text = text.replace(a, b)
        return text
    return text


def clean(text: str) -> str:
    """Text as the gold stores it: cut and break marks removed."""
    text = re.sub(r"‖[a-z\-]?", "", text)
    return text.replace("¦", "").replace("/", "")


def clean_head(text: str) -> str:
    return text.replace("¦", "").replace("/", "")


# ---------------------------------------------------------------- column layout


def em(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def natural(tok: str) -> float:
    """Width a token needs before justification (punctuation drawn half-width)."""
    if tok == " ":
        return 0.5
    return sum(0.5 if (ord(c) < 128 or c in PUNCT) else 1.0 for c in tok)


def tokenize(text: str) -> list[str]:
    """Unbreakable pieces: CJK characters one by one, ASCII runs whole, names in a
    dateline/byline (space-separated) whole, spaces kept, '¦' a forced break."""
    toks, i = [], 0
    while i < len(text):
        c = text[i]
        m = ASCII_RUN.match(text, i)
        if m and m.end() > i:
            toks.append(m.group())
            i = m.end()
        elif c == " ":
            toks.append(" ")
            i += 1
        else:
            toks.append(c)
            i += 1
    return toks


def group_names(toks: list[str]) -> list[str]:
    """Keep runs of 2-3 CJK characters that stand between spaces (names) together."""
    out, i = [], 0
    while i < len(toks):
        if toks[i] == " ":
            j = i + 1
            while j < len(toks) and toks[j] not in (" ", "¦") and toks[j] not in PUNCT \
                    and CJK.match(toks[j]) and j - i <= 4:
                j += 1
            if 2 <= j - i - 1 <= 4 and (j == len(toks) or toks[j] in (" ", "）", ")", "¦")):
                out.append(" ")
                out.append("".join(toks[i + 1:j]))
                i = j
                continue
        out.append(toks[i])
        i += 1
    return out


class Wrapper:
    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def wrap(self, text: str, width: float) -> list[str]:
        """One paragraph -> printed column lines (strings, layout spaces added)."""
        toks = group_names(tokenize(re.sub(r"‖[a-z\-]?", "", text).replace("/", "")))
        lines, cur = [], []

        def flush(final):
            while cur and cur[-1] == " ":
                cur.pop()
            if cur:
                lines.append((list(cur), final))
            cur.clear()

        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "¦":
                flush("forced")
                i += 1
                continue
            if t == " " and not cur:
                i += 1
                continue
            npun = sum(1 for x in cur + [t] for c in x if c in PUNCT)
            cap = width + 0.5 * min(npun, 2)
            w = sum(em(x) for x in cur) + em(t)
            if w <= cap or not cur or (t in CLOSE):
                cur.append(t)
                i += 1
                continue
            # line full: an opening mark may not end it
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            flush(False)
            cur.extend(carry)
        flush(True)
        out = []
        for toks_line, final in lines:
            out.append(self.render(toks_line, width, final))
        return out

    def render(self, toks: list[str], width: float, final) -> str:
        slack = width - sum(natural(t) for t in toks)
        spread = False
        if final is False and len(toks) > 4 and " " not in toks:
            # measured on the seeds: 4-7% of column lines are spread; lines short of
            # the measure by 2 em or more always are, by 1-2 em about half, by 0.5 em rarely
            if slack >= 2.0:
                spread = True
            elif slack >= 1.0:
                spread = self.rng.random() < 0.5
            elif slack >= 0.5:
                spread = self.rng.random() < 0.06
        if spread:
            self.stats["justified column line spread with spaces"] += 1
            s = ""
            for k, t in enumerate(toks):
                if t == " ":
                    continue
                if s:
                    a, b = s[-1], t[0]
                    if a in "、，。；：？！）》”’（《(" or b in "）》“)" or b == "(":
                        pass
                    else:
                        s += " "
                        if a == "“":
                            self.stats["space after an opening quote"] += 1
                s += t
            return s
        s = ""
        for k, t in enumerate(toks):
            if t == " ":
                if s and not s.endswith(" "):
                    s += " "
                continue
            if ASCII_RUN.fullmatch(t) and t[0].isdigit():
                if s and CJK.match(s[-1]) and self.rng.random() < 0.8:
                    s += " "
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 2 and self.rng.random() < 0.12:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and CJK.match(nxt[0]) and self.rng.random() < 0.45:
                    s += " "
                continue
            if t in "、，。；：" and s and CJK.match(s[-1]) and self.rng.random() < 0.006:
                s += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            s += t
        return s.replace("  ", " ")


# ---------------------------------------------------------------- page building


def short_tail(lines: list[str], dateline: str) -> int:
    """1 when a printed line starts with fewer than 4 characters of the dateline's end."""
    dl = re.sub(r"[\s¦]", "", dateline)
    done = 0
    for k, ln in enumerate(lines):
        sq = re.sub(r"\s", "", ln)
        if done + len(sq) >= len(dl):
            rest = len(dl) - done
            return 1 if k > 0 and 0 < rest < 4 else 0
        done += len(sq)
    return 0


def split_byline(b: str) -> list[str]:
    return [x.strip() for x in b.split("¦")]


def build_page(src: Path, stats: Counter) -> tuple[str, dict, dict]:
    doc = parse_source(src)
    meta, arts = doc["meta"], doc["articles"]
    mode = meta.get("punct", "full")
    layout_kind = meta["layout"]
    rng = random.Random(src.name)
    wrapper = Wrapper(rng, stats)
    for a in arts.values():
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                  "continued", "marker", "credit"):
            a[k] = punct_mode(a[k], mode)
        a["paras"] = [punct_mode(p, mode) for p in a["paras"]]
        a["subheads"] = [punct_mode(p, mode) for p in a["subheads"]]
        a["cursor"] = 0
        a["segs"] = None
        a["width"] = 18
        a["first_pos"] = None
        a["opts"] = set()

    out: list[tuple[str, str]] = []     # (text, joiner-before) joiner: "\n\n" or "\n"
    extras, dups = [], []
    prefix_next = {}
    last_line = [""]
    head_done, body_started = set(), set()

    def emit(text: str, tight: bool = False, aid: str | None = None):
        out.append((text, "\n" if tight else "\n\n"))
        last_line[0] = text
        if aid and arts[aid]["first_pos"] is None:
            arts[aid]["first_pos"] = len(out)

    def segments(a) -> list[str]:
        if a["segs"] is not None:
            return a["segs"]
        paras = list(a["paras"])
        if a["dateline"]:
            sep = "" if "dl-own" not in a["opts"] else "¦"
            paras[0] = a["dateline"] + sep + paras[0] if paras else a["dateline"]
        segs = []
        if layout_kind == "paragraph":
            dl = a["dateline"]
            if "¦" in dl:
                stats["line break inside a dateline"] += 1
                if re.search(r"\d月¦", dl):
                    stats["line break inside a dateline's date"] += 1
                elif "¦通讯员" in dl:
                    stats["line break before 通讯员"] += 1
                else:
                    stats["line break between a dateline's names"] += 1
            for p in paras:
                for piece in re.split(r"‖[a-z\-]?|¦", p):
                    segs.append(piece)
                for tag in re.findall(r"‖([a-z\-]?)", p):
                    stats[CUTS.get(tag, "paragraph cut at a column break")] += 1
        else:
            for n, p in enumerate(paras):
                lines = wrapper.wrap(p, a["width"])
                if n == 0 and a["dateline"]:
                    # a line may not start with a dateline tail shorter than 4 characters
                    # (names are moved down whole, as the paper's typesetting does)
                    dl = a["dateline"]
                    body = p[len(dl):]
                    if short_tail(lines, dl):
                        spaces = [m.start() for m in re.finditer(" ", dl)][::-1]
                        for k in spaces + [None]:
                            cand = dl + "¦" if k is None else dl[:k] + " ¦" + dl[k + 1:]
                            lines = wrapper.wrap(cand + body, a["width"])
                            if not short_tail(lines, cand):
                                break
                if n == 0 and a["dateline"] and len(lines) > 1:
                    dl = re.sub(r"[\s¦]", "", a["dateline"])
                    first = re.sub(r"\s", "", lines[0])
                    if len(first) < len(dl):
                        stats["line break inside a dateline"] += 1
                        if re.search(r"\d月$|\d$", first):
                            stats["line break inside a dateline's date"] += 1
                        elif first.endswith("通讯员") or dl[len(first):].startswith("通讯员"):
                            stats["line break before 通讯员"] += 1
                segs.extend(lines)
        a["segs"] = segs
        return segs

    for cmd in doc["layout"]:
        parts = cmd.split(" ", 1)
        op, arg = parts[0], (parts[1] if len(parts) > 1 else "")
        if op == "width":
            aid, w = arg.split()
            arts[aid]["width"] = float(w)
        elif op == "opt":
            aid, *o = arg.split()
            arts[aid]["opts"].update(o)
        elif op == "blank":
            for _ in range(int(arg)):
                out.append(("", "\n"))
        elif op in ("extra", "box"):
            # ' | ' separates printed lines (blank between), ' || ' consecutive lines
            text = punct_mode(arg, mode)
            pieces = re.split(r" (\|\|?) ", text)
            joined = ""
            tight = False
            for k, p in enumerate(pieces):
                if p in ("|", "||"):
                    tight = p == "||"
                    continue
                emit(p, tight=tight if k else False)
                joined += p
            extras.append(joined)
            stats["masthead piece" if op == "extra" else "short box line"] += len(pieces[::2])
        elif op == "label":
            aid, *o = arg.split()
            a = arts[aid]
            emit(a["column"], aid=aid)
            stats["column label on its own line"] += 1
        elif op == "head":
            aid, *o = arg.split()
            a = arts[aid]
            stack = [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]
            if "one" in o:
                line = " ".join(s.replace("/", " ").replace("¦", " ") for s in stack)
                if "double" in o:
                    line = line + line
                    dups.append(" ".join(clean_head(s) for s in stack))
                    stats["headline drawn twice (doubled on one line)"] += 1
                emit(line, aid=aid)
            else:
                tight = "tight" in o
                sub_lines = [x for s in stack for x in s.split("/")]
                if len(sub_lines) > len(stack):
                    stats["headline broken over lines"] += 1
                    if any(len(x) <= 3 for x in sub_lines):
                        stats["headline's last word left alone"] += 1
                for k, x in enumerate(sub_lines):
                    emit(x, tight=tight and k > 0, aid=aid)
                if "twice" in o:
                    for k, x in enumerate(sub_lines):
                        emit(x, tight=tight and k > 0)
                    dups.append("".join(sub_lines))
                    stats["headline drawn twice (two identical lines)"] += 1
            if aid in body_started:
                stats["headline printed after its body"] += 1
            if "bunch" in o:
                stats["headline bunched with other stories' headlines"] += 1
            head_done.add(aid)
            stats[f"headline stack of {len(stack)} part(s) (kicker / title / subtitle)"] += 1
            if "one" not in o:
                stats[f"headline printed on {len(sub_lines)} line(s)"] += 1
        elif op == "byline":
            aid, *o = arg.split()
            a = arts[aid]
            pieces = split_byline(a["byline"])
            for p in pieces:
                emit(p, aid=aid)
            if len(pieces) > 1:
                stats["byline broken over lines"] += 1
        elif op == "mark":
            aid, *o = arg.split()
            a = arts[aid]
            if "inline" in o:
                prefix_next[aid] = a["marker"]
            else:
                emit(a["marker"], aid=aid)
            stats["jump marker"] += 1
        elif op == "body":
            aid, n = arg.split()
            a = arts[aid]
            segs = segments(a)
            if n == "*":
                take = len(segs) - a["cursor"]
            elif n.endswith("%"):
                take = max(1, round(len(segs) * int(n[:-1]) / 100)) - a["cursor"]
            else:
                take = int(n)
            if take <= 0:
                raise SystemExit(f"{src.name}: body {aid} {n}: nothing left")
            for k in range(take):
                seg = segs[a["cursor"]]
                a["cursor"] += 1
                if aid in prefix_next and k == 0:
                    seg = prefix_next.pop(aid) + seg
                emit(seg, aid=aid)
            body_started.add(aid)
        elif op == "dup":
            n = int(arg or 1)
            lines = [t for t, _ in out if t][-n:]
            for t in lines:
                emit(t)
            dups.append(re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", "".join(lines)))
            stats["line printed twice"] += n
        elif op == "photo":
            aid, *o = arg.split()
            a = arts[aid]
            cap = a["paras"][0]
            if a["title"]:
                emit(a["title"], aid=aid)
            if "line" in o:
                emit(cap + " " + a["byline"], aid=aid)
                stats["photo credit on the caption line"] += 1
            elif "right" in o:
                emit(cap, aid=aid)
                emit(" " * 24 + a["byline"])
                stats["credit right-aligned on a line of its own"] += 1
            else:
                emit(cap, aid=aid)
                emit(a["byline"])
                stats["photo credit on its own line"] += 1
            a["cursor"] = 1
            a["segs"] = [cap]
        elif op == "text":
            aid, *o = arg.split()
            a = arts[aid]
            for p in a["paras"]:
                emit(p, aid=aid)
            a["segs"] = a["paras"]
            a["cursor"] = len(a["paras"])
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op!r}")

    for a in arts.values():
        if a["segs"] is None or a["cursor"] != len(a["segs"]):
            raise SystemExit(f"{src.name}: article {a['id']} not fully printed")

    # ---- page text
    text = ""
    for k, (t, j) in enumerate(out):
        text += ("" if k == 0 else j) + t
    if layout_kind == "paragraph":
        text = "\n\n" + text + "\n"
    else:
        text = " " + text + "\n\n"

    # ---- gold
    order = sorted(arts.values(), key=lambda a: a["first_pos"])
    golds = []
    for a in order:
        g = {"kind": a["kind"], "column": clean_head(a["column"]),
             "kicker": clean_head(a["kicker"]), "title": clean_head(a["title"]),
             "subtitle": clean_head(a["subtitle"]), "byline": clean_head(a["byline"]),
             "dateline": clean_head(a["dateline"]), "continued": a["continued"],
             "subheads": [clean(s) for s in a["subheads"]],
             "paragraphs": [clean(p) for p in a["paras"]]}
        g["byline"] = re.sub(r"\s+", " ", g["byline"]).strip()
        golds.append(g)
    gold = {"source": "", "issue_date": meta["date"],
            "issue_number": meta.get("issue_number") or None,
            "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
            "articles": golds, "extras": extras, "duplicates": dups}
    return text, gold, meta


CUTS = {
    "v": "paragraph cut between a verb and its figure",
    "u": "paragraph cut between a figure and its unit",
    "w": "paragraph cut inside a word",
    "q": "paragraph cut inside a quoted term",
    "n": "paragraph cut inside a person's name",
    "": "paragraph cut at a column break",
    "-": "paragraph cut at a column break",
}


def nonspace(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build(dest: Path) -> dict:
    """Build pages/, gold/ and README.md under dest; return a summary."""
    (dest / "pages").mkdir(parents=True, exist_ok=True)
    (dest / "gold").mkdir(parents=True, exist_ok=True)
    stats: Counter = Counter()
    rows = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        text, gold, meta = build_page(src, stats)
        num = meta["page_id"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num}_{h}"
        gold["source"] = name + ".txt"
        (dest / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (dest / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append((name, meta, gold, nonspace(text)))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items(), key=lambda x: (-x[1], x[0])):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, meta, gold, n in rows:
        pg.append(f"| {name}.txt | {meta['date']} | {meta['pageno']} | {meta['layout']} | "
                  f"{meta.get('punct', 'full')} | {len(gold['articles'])} | {n} | {meta['subjects']} |")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    (dest / "README.md").write_text(readme, encoding="utf-8")
    return {"rows": rows, "stats": stats}


def main() -> int:
    for d in ("pages", "gold"):
        p = HERE / d
        if p.exists():
            for f in p.iterdir():
                f.unlink()
    build(HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
