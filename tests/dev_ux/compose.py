#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

    python3 compose.py

Standard library only. Every small choice (a glyph gap here, a number spaced
there) comes from a random.Random seeded by the source file's name, so the
output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

CLOSE = set("，。、；：？！”’）》」』%,;:)!?…")   # may not start a line
OPEN = set("“‘（《「『(")                          # may not end a line
NOSP_AFTER = set("，。、；：？！”’）》」』,;:)!?《（(")  # spread lines: no space after these
ASCII_RUN = re.compile(r"[0-9A-Za-z.%]+")
CUT = re.compile(r"\{([A-Za-z0-9_]+)(?::([a-z_]+))?\}")

PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":", "！": "!", "？": "?"},
}


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# --------------------------------------------------------------------------
# source parsing

class Article:
    def __init__(self, aid: str, kind: str):
        assert kind in KINDS, kind
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.width = None
        self.nums = "both"
        self.paras: list[str] = []       # raw paragraph text, with {cut} marks
        self.heads: list[int] = []       # indexes of paragraphs that are subheads
        self.pos = (0, 0)                # layout cursor: paragraph, char offset
        self.dl_done = False
        self.first_seen = None


class Page:
    def __init__(self, name: str):
        self.name = name
        self.meta: dict[str, str] = {}
        self.extras: list[list[str]] = []
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []


def parse(path: Path) -> Page:
    pg = Page(path.stem)
    sect, art = None, None
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@a "):
            _, aid, kind = line.split()
            art = Article(aid, kind)
            assert aid not in pg.arts, (path, ln, aid)
            pg.arts[aid] = art
            pg.order.append(aid)
            sect = "art"
            continue
        if sect == "layout":
            pg.layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            if key == "extra":
                pg.extras.append([p.strip() for p in val.split("|")])
            else:
                pg.meta[key] = val
        elif sect == "art":
            if key == "p":
                art.paras.append(val)
            elif key == "h":
                art.heads.append(len(art.paras))
                art.paras.append(val)
            elif key == "width":
                art.width = float(val)
            elif key == "nums":
                art.nums = val
            elif key in art.f:
                art.f[key] = val
            else:
                raise SystemExit(f"{path}:{ln}: unknown key {key!r}")
        else:
            raise SystemExit(f"{path}:{ln}: text outside a section")
    return pg


# --------------------------------------------------------------------------
# column typesetting

def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tw(t: str) -> float:
    if ASCII_RUN.fullmatch(t) or t in ",;:()!? ":
        return 0.5 * len(t)
    return 1.0


def fill(toks: list[str], width: float, first_width: float) -> list[tuple[list[str], bool]]:
    """Greedy column fill. Returns (tokens, short) per line; short = the line
    stopped at least 1 em before the measure (the PDF spreads such lines)."""
    lines, cur, w = [], [], 0.0
    cap = first_width
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == " " and not cur:
            i += 1
            continue
        if not cur or w + tw(t) <= cap or t in CLOSE:
            cur.append(t)
            w += tw(t)
            i += 1
            continue
        # break before t; an opening mark may not end the line
        if cur[-1] in OPEN and len(cur) > 1:
            cur.pop()
            i -= 1
            w -= 1.0
        while cur and cur[-1] == " ":
            cur.pop()
            w -= 0.5
        lines.append((cur, cap - w >= 1.0))
        cur, w, cap = [], 0.0, width
    if cur:
        lines.append((cur, False))
    return lines


class Emitter:
    def __init__(self, pg: Page, rnd: random.Random, stats: Counter):
        self.pg, self.rnd, self.stats = pg, rnd, stats
        self.out: list[tuple[str, str, int]] = []   # (raw line, clean text, blank lines before)
        self.pending_blank = 1
        self.dups: list[str] = []
        self.column = pg.meta["layout"] == "column"

    def emit(self, raw: str, clean: str, tight: bool = False):
        self.out.append((raw, clean, 0 if tight else self.pending_blank))
        self.pending_blank = 1

    def text(self) -> str:
        parts = []
        for k, (raw, _, blanks) in enumerate(self.out):
            if k:
                parts.append("\n" * (blanks + 1))
            parts.append(raw)
        return "".join(parts) + "\n"

    # -- rendering of a column line
    def render(self, toks: list[str], spread: bool, nums: str) -> str:
        if spread:
            s = ""
            for k, t in enumerate(toks):
                if k and toks[k - 1] not in NOSP_AFTER and t != " " and toks[k - 1] != " ":
                    s += " "
                s += t
            self.stats["justified line spread with spaces"] += 1
            return s
        s = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if t == " " or prev == " ":
                pass
            elif k and nums != "none":
                a_run = ASCII_RUN.fullmatch(t) and is_cjk(prev[-1])
                b_run = ASCII_RUN.fullmatch(prev) and is_cjk(t[0]) and nums == "both"
                if a_run or b_run:
                    s += " "
                    self.stats["space beside a number run"] += 1
                elif prev == "“" and is_cjk(t[0]) and self.rnd.random() < 0.08:
                    s += " "
                    self.stats["space after an opening quote"] += 1
                elif t in "、，" and is_cjk(prev[-1]) and self.rnd.random() < 0.012:
                    s += " "
                    self.stats["glyph-gap space before full-width punctuation"] += 1
            if t.endswith("%") and len(t) > 1 and self.rnd.random() < 0.2:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            s += t
        return s


def strip_cuts(s: str) -> str:
    return CUT.sub("", s)


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def build_page(path: Path, stats: Counter):
    pg = parse(path)
    m = pg.meta
    tr = PUNCT[m["punct"]]

    def P(s: str) -> str:
        return "".join(tr.get(c, c) for c in s)

    rnd = random.Random(path.name)
    em = Emitter(pg, rnd, stats)
    page_width = float(m.get("width", "17"))
    last_body = None
    seen_body: set[str] = set()
    prev_cmd = ""

    def seen(a: Article, k: int):
        if a.first_seen is None:
            a.first_seen = k

    for k, cmd in enumerate(pg.layout):
        op, *args = cmd.split(None, 1)
        rest = args[0] if args else ""
        tight = False
        if rest.endswith(" tight"):
            rest, tight = rest[:-6], True
        if op == "blank":
            em.pending_blank += int(rest)
            continue
        if op == "x":
            pieces = pg.extras[int(rest)]
            for j, piece in enumerate(pieces):
                t = j > 0 and piece.startswith("/")
                piece = piece.lstrip("/").strip()
                em.emit(P(piece), P(piece), tight=t or (tight and j == 0))
            stats["furniture box / masthead pieces"] += len(pieces)
            continue
        if op == "mark":
            em.emit(rest, rest, tight)
            stats["jump marker line"] += 1
            continue
        if op == "dupline":
            raw, clean, _ = em.out[-1]
            em.emit(raw, clean, tight)
            em.dups.append(clean)
            stats["line printed twice"] += 1
            continue
        aid, _, opt = rest.partition(" ")
        a = pg.arts[aid]
        opt = opt.strip()
        if op == "head":
            seen(a, k)
            parts = [P(a.f[f]) for f in ("kicker", "title", "subtitle") if a.f[f]]
            mode = opt or "lines"
            if aid in seen_body:
                stats["headline printed after its body"] += 1
            if prev_cmd.startswith("head ") and prev_cmd.split()[1] != aid:
                stats["headline bunched with another story's headline"] += 1
            if mode == "join":
                em.emit(" ".join(parts), " ".join(parts), tight)
                if len(parts) > 1:
                    stats["headline parts joined on one line"] += 1
            elif mode == "kt":       # kicker + title on one line, subtitle apart
                kt = " ".join(P(a.f[f]) for f in ("kicker", "title") if a.f[f])
                em.emit(kt, kt, tight)
                if a.f["subtitle"]:
                    em.emit(P(a.f["subtitle"]), P(a.f["subtitle"]))
                stats["headline parts joined on one line"] += 1
            elif mode.startswith(("lines", "stack", "split", "last", "double", "twice")):
                first = True
                for f in ("kicker", "title", "subtitle"):
                    v = P(a.f[f])
                    if not v:
                        continue
                    t = tight if first else mode.startswith("stack")
                    first = False
                    if f == "title" and mode == "split":
                        l1, l2 = v.split(" ", 1)
                        em.emit(l1, l1, t)
                        em.emit(l2, l2, True)
                        stats["two-phrase title split at its space"] += 1
                    elif f == "title" and mode.startswith("last:"):
                        n = int(mode[5:])
                        em.emit(v[:-n], v[:-n], t)
                        em.emit(v[-n:], v[-n:], True)
                        stats["headline's last word alone on a line"] += 1
                    elif f == "title" and mode == "double":
                        em.emit(v + v, v + v, t)
                        em.dups.append(v)
                        stats["headline drawn twice on one line"] += 1
                    elif f == "title" and mode == "twice":
                        em.emit(v, v, t)
                        em.emit(v, v, True)
                        em.dups.append(v)
                        stats["headline drawn twice on two lines"] += 1
                    else:
                        em.emit(v, v, t)
            else:
                raise SystemExit(f"{path}: bad head mode {mode}")
        elif op == "col":
            seen(a, k)
            em.emit(P(a.f["column"]), P(a.f["column"]), tight)
            stats["column label on its own line"] += 1
        elif op == "by":
            seen(a, k)
            b = P(a.f["byline"])
            if opt.startswith("split"):
                # split at the n-th space from the right (default 1)
                n = int(opt[6:] or 1) if opt != "split" else 1
                cut = len(b)
                for _ in range(n):
                    cut = b.rindex(" ", 0, cut)
                em.emit(b[:cut], b[:cut], tight)
                em.emit(b[cut + 1:], b[cut + 1:], True)
                stats["line break inside a byline"] += 1
            elif opt == "right":
                em.emit(" " * 30 + b, b, tight)
                stats["credit right-aligned on its own line"] += 1
            else:
                em.emit(b, b, tight)
        elif op == "photo":
            seen(a, k)
            seen_body.add(aid)
            caps = [P(strip_cuts(p)) for p in a.paras]
            a.pos = (len(a.paras), 0)
            caps[0] = P(a.f["dateline"]) + caps[0]
            credit = P(a.f["byline"])
            for j, cap in enumerate(caps[:-1]):
                em.emit(cap, cap, tight if j == 0 else False)
            last = caps[-1]
            t = tight if len(caps) == 1 else False
            if opt == "same":
                em.emit(last + " " + credit, last + credit, t)
                stats["photo credit on the caption's line"] += 1
            elif opt == "right":
                em.emit(last, last, t)
                em.emit(" " * 40 + credit, credit)
                stats["credit right-aligned on its own line"] += 1
            elif opt == "nocredit":
                em.emit(last, last, t)
            else:
                em.emit(last, last, t)
                em.emit(credit, credit)
            if a.f["dateline"]:
                stats["photo caption carrying its own dateline"] += 1
        elif op == "body":
            seen(a, k)
            seen_body.add(aid)
            words = opt.split()
            until = None
            dl_mode = "ji"
            lead = ""
            for w in words:
                if w.startswith("dl="):
                    dl_mode = w[3:]
                elif w.startswith("mark="):
                    lead = w[5:].replace("_", " ")
                    stats["jump marker run into the body line"] += 1
                else:
                    until = w
            if last_body == aid and prev_cmd.startswith("body"):
                stats["paragraph split by a column break, nothing between"] += 1
            body(em, a, until, dl_mode, P, page_width, tight, stats, lead)
        else:
            raise SystemExit(f"{path}: bad layout op {op}")
        prev_cmd = cmd
        last_body = aid if op == "body" else last_body
    for a in pg.arts.values():
        assert a.pos[0] >= len(a.paras), (path, a.id, "body not fully laid out", a.pos)
        assert a.first_seen is not None, (path, a.id)
    return pg, em, P


def body(em: Emitter, a: Article, until, dl_mode, P, page_width, tight, stats, lead=""):
    pi, off = a.pos
    width = a.width or page_width
    first = True
    while pi < len(a.paras):
        src = a.paras[pi]
        seg = src[off:]
        stop = None
        if until:
            mm = re.search(r"\{" + until + r"(?::([a-z_]+))?\}", seg)
            if mm:
                stop = mm
        text = seg[:stop.start()] if stop else seg
        text_clean = P(strip_cuts(text))
        is_head = pi in a.heads
        new_para = off == 0
        prefix = ""
        if new_para and pi == 0 and a.f["dateline"] and not a.dl_done:
            prefix = P(a.f["dateline"])
            a.dl_done = True
        if lead and first:
            prefix, lead = lead + prefix, ""
            dl_mode = "flow"
        if not text_clean and not prefix:
            pass                        # a cut right at a paragraph start
        elif is_head:
            em.emit(text_clean, squeeze(text_clean), tight if first else False)
            stats["in-body subhead"] += 1
        elif not em.column:
            em.emit(prefix + text_clean, prefix + text_clean, tight if first else False)
        else:
            column_para(em, a, prefix, text_clean, new_para, dl_mode, width,
                        tight if first else False, stats)
        first = False
        if stop:
            a.pos = (pi, off + stop.end())
            if not src[off + stop.end():].strip() and pi + 1 == len(a.paras):
                a.pos = (pi + 1, 0)      # a jump: the story leaves the page here
            kind = stop.group(1) or "plain"
            stats[f"story cut: {kind.replace('_', ' ')}"] += 1
            return
        pi, off = pi + 1, 0
    a.pos = (pi, 0)


def column_para(em, a, prefix, text, new_para, dl_mode, width, tight, stats):
    """Typeset one paragraph (or the rest of one) into column lines."""
    text_body = text
    lines: list[tuple[list[str], bool]] = []
    indent = 2.0 if new_para else 0.0
    if prefix:
        # the dateline's first line breaks at a place chosen per story
        cut = None
        if dl_mode == "ji":
            cut = prefix.index("记者") + 2 if "记者" in prefix else None
        elif dl_mode == "tx":
            cut = prefix.index("通讯员")
        elif dl_mode == "date":
            cut = prefix.index("月") + 1
        elif dl_mode.startswith("name"):
            # break after the n-th name following 记者
            n = int(dl_mode[4:] or 1)
            j = prefix.index("记者") + 2
            for _ in range(n):
                j = prefix.index(" ", j + 1)
            cut = j
        elif dl_mode == "flow":
            cut = None
        if cut is not None:
            head = prefix[:cut].rstrip()
            em.emit(em.render(tokens(head), False, a.nums), head, tight)
            tight = False
            stats[f"dateline line break ({ {'ji': 'after 记者', 'tx': 'before 通讯员', 'date': 'inside the date'}.get(dl_mode, 'between names')})"] += 1
            text = prefix[cut:].lstrip() + text
            indent = 0.0
        else:
            text = prefix + text
    toks = tokens(text)
    lines = fill(toks, width, width - indent)
    if prefix:
        # never leave fewer than 4 characters of the dateline at a line start:
        # such a sliver would be unreadable (it hangs on the line before)
        n_dl = sum(1 for t in tokens(text[:len(text) - len(text_body)]) if t != " ")
        cum = 0
        for j in range(len(lines)):
            lt, sh = lines[j]
            need, k = max(0, n_dl - cum), 0
            while k < len(lt) and need:
                need -= lt[k] != " "
                k += 1
            lead = "".join(t for t in lt[:k] if t != " ")
            if j and 0 < len(lead) < 4 and k < len(lt):
                lines[j - 1] = (lines[j - 1][0] + lt[:k], False)
                lines[j] = (lt[k:], sh)
                stats["dateline tail kept on the line before"] += 1
            cum += sum(1 for t in lt if t != " ")
        lines = [ln for ln in lines if ln[0]]
    for toks_line, short in lines:
        clean = "".join(toks_line).strip()
        em.emit(em.render(toks_line, short, a.nums), clean, tight)
        tight = False


# --------------------------------------------------------------------------
# gold

def gold_of(pg: Page, em: Emitter, P, fname: str) -> dict:
    m = pg.meta
    arts = sorted(pg.arts.values(), key=lambda a: (a.first_seen, pg.order.index(a.id)))
    out = []
    for a in arts:
        paras = []
        for i, p in enumerate(a.paras):
            t = P(strip_cuts(p))
            paras.append(squeeze(t) if i in a.heads else t)
        d = {"kind": a.kind}
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            d[f] = P(a.f[f]) if f != "continued" else a.f[f]
        d["subheads"] = [P(strip_cuts(a.paras[i])) for i in a.heads]
        d["paragraphs"] = paras
        out.append(d)
    return {
        "source": fname,
        "issue_date": m["date"],
        "issue_number": m.get("issue") or None,
        "page_count": int(m["count"]) if m.get("count") else None,
        "articles": out,
        "extras": ["".join(P(x.lstrip("/").strip()) for x in ex) for ex in pg.extras],
        "duplicates": em.dups,
    }


def page_row(num: str, fname: str, pg: Page, gold: dict, text: str) -> str:
    m = pg.meta
    chars = len(re.sub(r"\s+", "", text))
    return (f"| {num} | `{fname}` | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
            f"{len(gold['articles'])} | {chars} | {m.get('subjects', '')} |")


def build() -> dict[str, str]:
    files: dict[str, str] = {}
    stats: Counter = Counter()
    rows = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for k, path in enumerate(srcs, 1):
        pg, em, P = build_page(path, stats)
        text = em.text()
        num = f"{k:03d}"
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{num}_{h}.txt"
        gold = gold_of(pg, em, P, fname)
        for a in gold["articles"]:
            if "讯" in a["dateline"]:
                stats["dateline with 讯"] += 1
            if "电" in a["dateline"] and "讯" not in a["dateline"]:
                stats["dateline with 电"] += 1
            if a["column"]:
                stats["article with a column label (栏目)"] += 1
            if a["subtitle"].startswith("——"):
                stats["dash-led subtitle"] += 1
            n = sum(bool(a[f]) for f in ("kicker", "title", "subtitle"))
            if n:
                n += bool(a["column"])
                stats[f"headline stack of {n} line(s) (column label counted)"] += 1
            else:
                stats["article printing no headline"] += 1
            b = a["byline"]
            for key, test in (("byline 记者 (before 2019)", "记者 " in b and "全媒体" not in b and "摄" not in b),
                              ("byline 湖南日报·华声在线记者", "华声在线记者" in b),
                              ("byline 湖南日报·新湖南客户端记者 … 报道", "新湖南客户端记者" in b),
                              ("byline 文丨 (副刊 essay)", b.startswith("文丨")),
                              ("byline 湖南日报（全媒体）评论员", "评论员" in b),
                              ("byline: writer named with a unit", a["kind"] == "commentary" and " " in b
                               and not any(w in b for w in ("记者", "评论员", "读者"))),
                              ("byline: bare name on a commentary", a["kind"] == "commentary" and b
                               and " " not in b and "评论员" not in b),
                              ("photo credit … 摄（湖南图片库）", "湖南图片库" in b),
                              ("group photo credit 以上图片均由 … 摄", b.startswith("以上图片")),
                              ("cartoon credit … 作", b.endswith(" 作")),
                              ("feature byline alone on its line", a["kind"] == "feature" and "记者" in b)):
                if test:
                    stats[key] += 1
        files[f"pages/{fname}"] = text
        files[f"gold/{num}_{h}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        rows.append(page_row(num, fname, pg, gold, text))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(stats.items())]
    pt = ["| # | file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|---|"] + rows
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            p.write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
