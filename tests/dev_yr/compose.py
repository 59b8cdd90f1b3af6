#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice is drawn from random.Random(<source file name>),
so running this again rebuilds the same bytes.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SET = Path(__file__).resolve().parent
SRC, PAGES, GOLD = SET / "src", SET / "pages", SET / "gold"

CUT_RE = re.compile(r"\{([vuwqncs])\}")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between", "s": "cut at a clause boundary"}
CLOSE = set("，。、；：！？）》”’…,;:)")
OPEN = set("“‘《（(")
PUNCT = CLOSE | OPEN | set("—·")
NUM_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/×]*")

# ---------------------------------------------------------------- source parsing

def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": [], "layout": []}
    cur = None
    mode = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                mode = "layout"
                continue
            mode = "art"
            cur = {"id": head[0], "kind": head[1], "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "subheads": [], "paras": []}
            page["arts"].append(cur)
            continue
        if mode == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "meta":
            page["meta"][key] = val
        elif key == "p":
            cur["paras"].append(val)
        elif key == "sub":
            cur["subheads"].append(val)
            cur["paras"].append(val)
        else:
            cur[key] = val
    return page


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def segments(p: str) -> list[tuple[str, str]]:
    """[(text, cut kind that ends it or '')]."""
    out, pos = [], 0
    for m in CUT_RE.finditer(p):
        out.append((p[pos:m.start()], m.group(1)))
        pos = m.end()
    out.append((p[pos:], ""))
    return out


def plain(p: str) -> str:
    return CUT_RE.sub("", p)

# ---------------------------------------------------------------- column typesetting

def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = NUM_RE.match(s, i)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if NUM_RE.fullmatch(tok):
        return 0.5 * len(tok)
    if len(tok) == 1 and ord(tok) < 128:
        return 0.5
    return 1.0


def is_cjk(tok: str) -> bool:
    return len(tok) == 1 and ("\u4e00" <= tok <= "\u9fff" or tok in "〇")


class Typesetter:
    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def wrap(self, text: str, w: float, first: float) -> list[tuple[list[str], bool]]:
        """Greedy fill; returns [(tokens, spread?)]."""
        toks = tokens(text)
        lines, cur, cw, limit = [], [], 0.0, first
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if cw + tw <= limit + 1e-9 or not cur:
                cur.append(t)
                cw += tw
                i += 1
                continue
            if t in CLOSE and cw + tw <= limit + 1.0 + 1e-9:      # hang / squeeze a closing mark
                cur.append(t)
                cw += tw
                i += 1
                lines.append((cur, False))
                cur, cw, limit = [], 0.0, w
                continue
            # an opening mark may not end a line
            back = 0
            while cur and cur[-1] in OPEN and back < 2:
                cur.pop()
                i -= 1
                back += 1
            cw = sum(width(x) for x in cur)
            if cur and cur[-1] == " ":
                cur.pop()
                cw -= 0.5
            spread = (limit - cw) >= 1.0 - 1e-9
            lines.append((cur, spread))
            cur, cw, limit = [], 0.0, w
            while i < len(toks) and toks[i] == " ":
                i += 1
        if cur:
            lines.append((cur, False))
        return lines

    def render(self, toks: list[str], spread: bool) -> str:
        if spread:
            self.stats["justified column line spread with spaces"] += 1
            out = ""
            for k, t in enumerate(toks):
                if t == " ":
                    continue
                if out and not (out[-1] in CLOSE or t in "（《》）“‘(" or out.endswith(" ")):
                    out += " "
                out += t
            return out
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if NUM_RE.fullmatch(t) and is_cjk(prev) and self.rng.random() < 0.75:
                out += " "
                self.stats["space around a number run"] += 1
            elif prev and NUM_RE.fullmatch(prev) and is_cjk(t) and self.rng.random() < 0.45:
                out += " "
                self.stats["space around a number run"] += 1
            elif t in "，、。；" and is_cjk(prev) and self.rng.random() < 0.02:
                out += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            elif prev == "“" and is_cjk(t) and self.rng.random() < 0.12:
                out += " "
                self.stats["space after an opening quote"] += 1
            if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.2:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            out += t
        return out

# ---------------------------------------------------------------- page composition

def seg_ref(spec: str, art: dict) -> tuple[int, int]:
    m = re.fullmatch(r"(\d+)([a-z]?)", spec)
    p = int(m.group(1))
    s = ord(m.group(2)) - 97 if m.group(2) else None
    return p, s


def body_range(art: dict, rng_spec: str) -> list[tuple[int, int]]:
    a, _, b = rng_spec.partition("-")
    b = b or a
    pa, sa = seg_ref(a, art)
    pb, sb = seg_ref(b, art)
    out = []
    for p in range(pa, pb + 1):
        segs = segments(art["paras"][p])
        lo = sa if (p == pa and sa is not None) else 0
        hi = sb if (p == pb and sb is not None) else len(segs) - 1
        for s in range(lo, hi + 1):
            out.append((p, s))
    return out


def dl_index(text: str, mark: str) -> int:
    """Where a dateline is broken: after `mark`, or before it when written `^mark`."""
    if mark.startswith("^"):
        return text.index(mark[1:])
    return text.index(mark) + len(mark)


def opts(words: list[str]) -> dict:
    d = {}
    for w in words:
        k, eq, v = w.partition("=")
        d[k] = v.replace("_", " ") if eq else True
    return d


def compose_page(src: Path) -> dict:
    page = parse_source(src)
    meta = page["meta"]
    rng = random.Random(src.name)
    stats: Counter = Counter()
    ts = Typesetter(rng, stats)
    layout_kind = meta["layout"]
    pm = meta.get("punct", "full")
    W = float(meta.get("width", "17"))
    arts = {a["id"]: a for a in page["arts"]}
    for a in page["arts"]:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            a[k] = punct(a[k], pm)
        a["paras"] = [punct(p, pm) for p in a["paras"]]
        a["subheads"] = [punct(s, pm) for s in a["subheads"]]
        for p in a["paras"]:
            for m in CUT_RE.finditer(p):
                stats[CUT_NAMES[m.group(1)]] += 1
    for a in page["arts"]:
        stats[f"article kind {a['kind']}"] += 1
        d, b = a["dateline"], a["byline"]
        if d:
            stats["dateline with 电 (新华社 / 湖南日报北京…电)" if re.search(r"\d日电", d)
                  else "dateline with 讯"] += 1
        if "全媒体记者" in d + b:
            stats["byline 全媒体记者"] += 1
        elif re.search(r"(^|[（(])记者", d) or b.startswith("湖南日报记者"):
            stats["byline 记者 (before 2019)"] += 1
        if "华声在线" in b:
            stats["byline 湖南日报·华声在线记者"] += 1
        if "新湖南客户端" in b:
            stats["byline 湖南日报·新湖南客户端记者 … 报道"] += 1
        if b.startswith("文丨"):
            stats["byline 文丨X on a 副刊 essay"] += 1
        if "评论员" in b:
            stats["byline 湖南日报(全媒体)评论员"] += 1
        if a["kind"] == "commentary" and b and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", b):
            stats["commentary signed with a bare name"] += 1
        if "读者" in b:
            stats["letter signed by a reader (name and place at the end)"] += 1
        if b.endswith("摄") or "摄（" in b or "摄(" in b or b.endswith(" 作"):
            stats["photo / cartoon credit"] += 1
        if b.startswith("以上图片均由"):
            stats["group photo credit 以上图片均由 … 摄"] += 1
        if a["column"]:
            stats["article with a column label"] += 1
        if a["subheads"]:
            stats["crossheads (subheads) in a feature"] += len(a["subheads"])
        if a["subtitle"].startswith("——"):
            stats["dash-led subtitle"] += 1
        if " " in a["title"]:
            stats["two-phrase title split at a space"] += 1
    printed: Counter = Counter()
    items: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    markers: list[str] = []
    col = layout_kind == "column"

    def head_parts(a, o):
        parts = [a[k] for k in (o.get("parts") or "kts").replace("k", "kicker ").replace(
            "t", "title ").replace("s", "subtitle ").split() if a[k]]
        return parts

    for cmd in page["layout"]:
        words = cmd.split()
        op, rest = words[0], words[1:]
        if op == "mast":
            pieces = [x.strip() for x in cmd[5:].split("|")]
            for x in pieces:
                items.append(x)
            extras.append(re.sub(r"\s+", "", "".join(pieces)))
            stats["masthead piece in drawing order"] += len(pieces)
            stats["masthead pieces merged on one line"] += sum(1 for x in pieces if " " in x)
        elif op == "box":
            pieces = [x.strip().replace("_", " ") for x in cmd[4:].split("|")]
            items.extend(pieces)
            extras.append("".join(pieces))
            stats["short box line (countdown, code prompt, framed label)"] += 1
        elif op == "mark":
            t = cmd[5:].strip()
            items.append(t)
            markers.append(t)
            stats["jump marker line"] += 1
        elif op == "blank":
            items.extend([""] * int(rest[0]))
        elif op == "col":
            a = arts[rest[0]]
            items.append(a["column"])
            stats["column label on its own line"] += 1
        elif op == "by":
            a, o = arts[rest[0]], opts(rest[1:])
            b = a["byline"]
            if "split" in o:
                i = b.index(o["split"])
                b = b[:i].rstrip() + "\n" + b[i:]
                stats["line break between a byline's names"] += 1
            items.append(b)
            stats["byline alone on its own line"] += 1
        elif op == "head":
            a, o = arts[rest[0]], opts(rest[1:])
            parts = head_parts(a, o)
            if "orphan" in o:
                n = int(o["orphan"])
                t = a["title"]
                parts = [t[:-n] + "\n" + t[-n:] if p == t else p for p in parts]
                stats["headline's last word left alone on a line"] += 1
            if "double" in o:
                parts = [a["title"] + " " + a["title"] if p == a["title"] else p for p in parts]
                dups.append(a["title"])
                stats["headline drawn twice"] += 1
            style = o.get("style") or ("tight" if col else "one")
            if style == "one":
                items.append(" ".join(parts))
            elif style == "tight":
                items.append("\n".join(parts))
            else:
                items.extend(parts)
            if "twice" in o:
                items.append(a["title"])
                dups.append(a["title"])
                stats["headline drawn twice"] += 1
            if o.get("where") == "after":
                stats["headline printed after its body"] += 1
            if o.get("where") == "bunched":
                stats["headline bunched with other stories' headlines"] += 1
            if len(parts) > 1:
                stats[f"headline stack of {len(parts)} lines"] += 1
        elif op in ("body", "dup"):
            a, o = arts[rest[0]], opts(rest[2:])
            if "dl" in o:
                o["dl"] = punct(o["dl"], pm)
            rs = body_range(a, rest[1])
            w = float(o.get("w", W))
            out_lines = []
            for (p, s) in rs:
                if op == "body":
                    printed[(a["id"], p, s)] += 1
                segs = segments(a["paras"][p])
                text = segs[s][0]
                lead = p == 0 and s == 0 and a["dateline"] and op == "body"
                if o.get("pre") and (p, s) == rs[0]:
                    text = o["pre"] + text
                    markers.append(o["pre"])
                    stats["jump marker line"] += 1
                if lead:
                    text = a["dateline"] + text
                if col:
                    if lead and "dl" in o:
                        k = dl_index(text, o["dl"])
                        first, text = text[:k].rstrip(" "), text[k:].lstrip(" ")
                        out_lines.append((" " if rng.random() < 0.4 else "") + ts.render(tokens(first), False))
                        stats["line break inside a dateline"] += 1
                        wl = ts.wrap(text, w, w)
                    else:
                        indent = 0 if (lead or s > 0 or p in a.get("_noindent", ())) else 2
                        wl = ts.wrap(text, w, w - indent)
                    for toks_, spread in wl:
                        out_lines.append(ts.render(toks_, spread))
                else:
                    if lead and "dl" in o:
                        k = dl_index(text, o["dl"])
                        out_lines.append(text[:k])
                        text = text[k:]
                        stats["line break inside a dateline"] += 1
                    out_lines.append(text)
            if op == "dup":
                for l in out_lines:
                    dups.append(re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", l))
                stats["body line printed twice"] += len(out_lines)
            items.extend(out_lines)
        elif op == "dupline":
            last = next(x for x in reversed(items) if x.strip())
            items.append(last)
            dups.append(re.sub(r"\s+", "", last))
            stats["body line printed twice"] += 1
        elif op == "photo":
            a, o = arts[rest[0]], opts(rest[1:])
            if a["title"]:
                items.append(a["title"])
            cap = a["paras"]
            for i, p in enumerate(cap):
                segs = segments(p)
                for k in range(len(segs)):
                    printed[(a["id"], i, k)] += 1
                if "two" in o and len(segs) > 1:
                    items.extend(x for x, _ in segs)
                    stats["photo caption printed on two lines"] += 1
                else:
                    items.append(plain(p))
            cred = a["byline"]
            if cred:
                if "same" in o:
                    items[-1] = items[-1] + " " + cred
                    stats["photo credit on the caption's line"] += 1
                elif "right" in o:
                    items.append(" " * int(o["right"]) + cred)
                    stats["credit right-aligned on a line of its own"] += 1
                else:
                    items.append(cred)
        else:
            raise SystemExit(f"{src.name}: unknown layout op {op}")

    text = "\n\n".join(items) + "\n\n\n" if col else "\n\n" + "\n\n".join(items)
    # verify every article's text is printed once (catch layout typos)
    for a in page["arts"]:
        for i, p in enumerate(a["paras"]):
            for k in range(len(segments(p))):
                if printed[(a["id"], i, k)] != 1:
                    raise SystemExit(f"{src.name}: {a['id']} paragraph {i} segment {k} printed "
                                     f"{printed[(a['id'], i, k)]} times")
    golds = []
    for a in page["arts"]:
        paras = [plain(p) for p in a["paras"]]
        golds.append({"kind": a["kind"], "column": a["column"], "kicker": a["kicker"],
                      "title": a["title"], "subtitle": a["subtitle"], "byline": a["byline"],
                      "dateline": a["dateline"], "continued": a["continued"],
                      "subheads": a["subheads"], "paragraphs": paras})
    return {"meta": meta, "text": text, "articles": golds, "extras": extras,
            "duplicates": dups, "markers": markers, "stats": stats}


def cjk_count(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for f in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        f.unlink()
    rows, total = [], Counter()
    manifest = []
    for src in sorted(SRC.glob("p*.txt")):
        r = compose_page(src)
        meta = r["meta"]
        num = meta["page"]
        h = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16]
        name = f"{num}_{h}"
        (PAGES / f"{name}.txt").write_text(r["text"], encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": meta.get("issue") or None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": r["articles"], "extras": r["extras"], "duplicates": r["duplicates"]}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        manifest.append({"source": f"{name}.txt", "markers": r["markers"]})
        total.update(r["stats"])
        rows.append((name, meta, r))
    # README
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n")
    for name, meta, r in rows:
        pt += (f"| {name}.txt | {meta['date']} | {meta['pageno']} | {meta['layout']} | "
               f"{meta.get('punct', 'full')} | {len(r['articles'])} | {cjk_count(r['text'])} | "
               f"{meta.get('subjects', '')} |\n")
    tpl = (SET / "README.in").read_text(encoding="utf-8")
    (SET / "README.md").write_text(tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt.rstrip("\n")),
                                   encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
