#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from random.Random(<source file name>),
so a rerun rebuilds the set byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

# ---------------------------------------------------------------- widths
# Measured on the column-layout seeds (000, 004): a CJK character is 1 em, the
# full-width punctuation of the body face is set half-width (0.5 em), an ASCII
# character (digit, %, letter) is 0.5 em; dashes and ellipses take a full em each.
OPEN = set("“‘（《「")
CLOSE = set("”’）》」，。、；：？！")
HALFP = OPEN | CLOSE
PUNCT_ALL = HALFP | set("…—·,;:()!?")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
CUT_RE = re.compile(r"‖([vuwqnc])")
CUT_KINDS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "cut at a clause (column break)"}


def em(tok: str) -> float:
    if tok in HALFP:
        return 0.5
    if len(tok) == 1 and ord(tok) >= 0x2000:
        return 1.0
    return 0.5 * len(tok)


def tokens(text: str) -> list[str]:
    """Characters, with ASCII runs (numbers, %, latin words) kept whole."""
    return re.findall(r"[0-9A-Za-z.%+\-/×]+|.", text)


def to_punct(s: str, style: str) -> str:
    """The page's punctuation width: full (all full-width), mixed (full-width commas with
    half-width brackets), half (half-width ,();: as well)."""
    if style in ("full", "mixed"):
        # full-width comma, semicolon, colon (a colon between digits stays ASCII)
        s = re.sub(r",(?!\d)|(?<!\d),", "，", s)
        s = s.replace(";", "；")
        s = re.sub(r"(?<!\d):|:(?!\d)", "：", s)
    if style == "full":
        s = s.replace("(", "（").replace(")", "）")
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def squash_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "masthead": [], "arts": {}, "order": [], "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") and not raw.startswith("##"):
            continue
        line = raw.rstrip()
        if line.startswith("@"):
            head = line[1:].split()
            section = head[0]
            if section == "art":
                cur = {"id": head[1], "fields": {}, "text": []}
                page["arts"][head[1]] = cur
                page["order"].append(head[1])
            continue
        if section == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif section == "masthead":
            if line.strip():
                page["masthead"].append(line.strip())
        elif section == "art":
            if cur.get("in_text"):
                if line.strip():
                    cur["text"].append(line.strip())
            elif line.strip() == "text:":
                cur["in_text"] = True
            elif ":" in line:
                k, v = line.split(":", 1)
                cur["fields"][k.strip()] = v.strip()
        elif section == "layout":
            if line.strip():
                page["layout"].append(line.split())
    return page


def gold_article(art: dict, style: str) -> dict:
    f = art["fields"]

    def fld(k):
        return to_punct(f.get(k, "").replace("｜", ""), style)

    paras, subheads = [], []
    for p in art["text"]:
        if p.startswith("## "):
            sh = to_punct(p[3:], style)
            subheads.append(sh)
            paras.append(squash_ws(sh))
        else:
            paras.append(squash_ws(to_punct(CUT_RE.sub("", p), style)))
    return {"kind": f.get("kind", "news"), "column": fld("column"), "kicker": fld("kicker"),
            "title": fld("title"), "subtitle": fld("subtitle"), "byline": fld("byline"),
            "dateline": fld("dateline"), "continued": fld("continued"), "subheads": subheads,
            "paragraphs": paras}


# ---------------------------------------------------------------- column layout
class ColumnSetter:
    """Sets an article's body into column lines of width W em, as the seeds print them."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def lines_for(self, art: dict, style: str) -> list[str]:
        f = art["fields"]
        W = float(f.get("width", "17"))
        after = self.rng.random() < 0.6          # this story also spaces after number runs
        out = []
        first = True
        dl = to_punct(f.get("dateline", ""), style)
        marker = f.get("marker", "")
        for p in art["text"]:
            if p.startswith("## "):
                out.append(to_punct(p[3:], style))
                self.stats["subhead lines in body"] += 1
                continue
            text = to_punct(CUT_RE.sub("", p), style)
            lead = []
            if first and dl:
                lead = self.dateline_pieces(dl, f.get("dlbreak", "reporter"))
            elif first and marker:
                lead = [marker + ("" if self.rng.random() < 0.5 else "")]
            out.extend(self.set_para(lead, text, W, after, indent=not (first and marker)))
            first = False
        return out

    def dateline_pieces(self, dl: str, how: str) -> list[str]:
        """Pieces of the dateline; a piece boundary is a forced line break."""
        rng = self.rng
        m = re.match(r"(.*?)(\d+月)(\d+日)([讯电])([（(])(.*)$", dl)
        if rng.random() < 0.5:
            dl_sp = f"{m.group(1)} {m.group(2)} {m.group(3)}{m.group(4)}{m.group(5)}{m.group(6)}"
            self.stats["spaces inside a dateline's date"] += 1
        else:
            dl_sp = dl
        if rng.random() < 0.4:
            dl_sp = " " + dl_sp
        if how == "date":
            i = dl_sp.index("月") + 1
            self.stats["line break inside a dateline's date"] += 1
            return [dl_sp[:i].rstrip(), "\n", dl_sp[i:].strip()]
        if how == "reporter":
            i = dl_sp.index("记者") + 2
            self.stats["line break between 记者 and the names"] += 1
            return [dl_sp[:i], "\n", dl_sp[i:].strip()]
        if how == "tongxun":
            i = dl_sp.index("通讯员")
            self.stats["line break before 通讯员"] += 1
            return [dl_sp[:i].rstrip(), "\n", dl_sp[i:]]
        if how == "end":
            self.stats["dateline alone on its line"] += 1
            return [dl_sp, "\n"]
        return [dl_sp]

    def set_para(self, lead: list[str], text: str, W: float, after: bool, indent=True) -> list[str]:
        toks = []
        for piece in lead:
            toks.append(("FORCE", 0) if piece == "\n" else ("LEAD:" + piece, em_str(piece)))
        toks += [(t, em(t)) for t in tokens(text)]
        lines, cur, width = [], [], 0.0
        cap = W - 2 if indent else W
        i = 0
        while i < len(toks):
            t, w = toks[i]
            if t == "FORCE":
                lines.append((cur, width, cap, True))
                cur, width, cap = [], 0.0, W
                i += 1
                continue
            if cur and width + w > cap and not (t in CLOSE):
                # an opening mark never ends a line
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                    width -= 0.5
                lines.append((cur, width, cap, False))
                cur, width, cap = carry, 0.5 * len(carry), W
                continue
            cur.append(t)
            width += w
            i += 1
        lines.append((cur, width, cap, True))
        out = []
        for n, (cur, width, cap, hard) in enumerate(lines):
            if not cur:
                continue
            last = n == len(lines) - 1
            has_lead = any(x.startswith("LEAD:") for x in cur)
            if not last and not hard and not has_lead and cap - width >= 1.5:
                out.append(self.spread(cur))
                self.stats["justified lines spread with spaces"] += 1
            else:
                out.append(self.natural(cur, after))
        return out

    def spread(self, cur: list[str]) -> str:
        s = ""
        for j, t in enumerate(cur):
            if j:
                a = cur[j - 1]
                s += "" if (t in OPEN or a in CLOSE) else " "
            s += t
        return s

    def natural(self, cur: list[str], after: bool) -> str:
        s = ""
        rng = self.rng
        for j, t in enumerate(cur):
            if t.startswith("LEAD:"):
                s += t[5:]
                continue
            isnum = bool(re.match(r"[0-9A-Za-z]", t)) and len(t) >= 1 and t not in PUNCT_ALL
            prev = cur[j - 1] if j else ""
            if isnum and j and prev not in PUNCT_ALL and not prev.startswith("LEAD:"):
                s += " "
                self.stats["spaces around number runs"] += 1
            if isnum and t.endswith("%") and len(t) > 1 and rng.random() < 0.08:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            if t in ("、", "，") and j and rng.random() < 0.008:
                s += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            s += t
            if t == "“" and j + 1 < len(cur) and rng.random() < 0.06:
                s += " "
                self.stats["space after an opening quote"] += 1
            if isnum and after and j + 1 < len(cur) and cur[j + 1] not in PUNCT_ALL:
                s += " "
        return s


def em_str(s: str) -> float:
    return sum(em(t) for t in tokens(s) if t != " ")


# ---------------------------------------------------------------- page composition
def headline_lines(art: dict, style: str) -> list[list[str]]:
    """The head's printed parts, each a list of printed lines."""
    f = art["fields"]
    parts = []
    for k in ("kicker", "title", "subtitle"):
        v = f.get(k, "")
        if v:
            parts.append([to_punct(x, style) for x in v.split("｜")])
    return parts


def compose_page(path: Path, stats: Counter) -> tuple[str, dict, dict]:
    page = parse_source(path)
    meta = page["meta"]
    rng = random.Random(path.name)
    style = meta["punct"]
    layout = meta["layout"]
    arts = page["arts"]
    setter = ColumnSetter(rng, stats)
    extras, dups = [], []
    blocks: list[tuple[str, str]] = []   # (text, separator-before) pieces

    # body streams
    col_lines = {a: (setter.lines_for(arts[a], style)
                     if layout == "column" and arts[a]["fields"].get("kind") != "photo" else [])
                 for a in arts}
    col_pos = {a: 0 for a in arts}
    para_segs = {}
    para_pos = {a: 0 for a in arts}
    for a, art in arts.items():
        segs = []          # (text, starts_paragraph)
        if art["fields"].get("kind") == "photo":
            para_segs[a] = segs
            continue
        first = True
        for p in art["text"]:
            if p.startswith("## "):
                segs.append((to_punct(p[3:], style), True))
                continue
            pieces = CUT_RE.split(p)
            texts = pieces[0::2]
            for k in pieces[1::2]:
                if layout == "para":
                    stats[CUT_KINDS[k]] += 1
            for j, t in enumerate(texts):
                t = to_punct(t, style)
                if j == 0 and first and art["fields"].get("dateline"):
                    t = to_punct(art["fields"]["dateline"], style) + t
                if j == 0 and first and art["fields"].get("marker"):
                    t = art["fields"]["marker"] + t
                segs.append((t, j == 0))
            first = False
        para_segs[a] = segs

    out_lines: list[str] = []
    seps: list[str] = []      # separator to put before each line

    pending = []

    def emit(line: str, sep: str = "\n\n"):
        out_lines.append(line)
        seps.append(pending.pop() if pending else sep)

    last_body = None
    for step in page["layout"]:
        op, args = step[0], step[1:]
        if op == "masthead":
            for j, m in enumerate(page["masthead"]):
                emit(m.replace("_", " "), "\n" if (j and m.startswith("第") and layout == "para") else "\n\n")
                if "_" in m:
                    stats["masthead pieces merged on one line"] += 1
            stats["masthead blocks"] += 1
            extras.append("".join(squash_ws(m.replace("_", "")) for m in page["masthead"]))
            if layout == "para":
                pending.append("\n\n\n\n")
        elif op == "body":
            a = args[0]
            if layout == "column":
                n = int(args[1]) if len(args) > 1 else len(col_lines[a]) - col_pos[a]
                lines = col_lines[a][col_pos[a]:col_pos[a] + n]
                col_pos[a] += n
                for ln in lines:
                    emit(ln)
            else:
                n = int(args[1]) if len(args) > 1 else len(para_segs[a]) - para_pos[a]
                segs = para_segs[a][para_pos[a]:para_pos[a] + n]
                if para_pos[a] > 0 and segs and not segs[0][1]:
                    if last_body == a:
                        stats["paragraph split by a column break with nothing between"] += 1
                    else:
                        stats["cut paragraph continued after a piece of another story"] += 1
                para_pos[a] += n
                for t, _ in segs:
                    emit(t)
            last_body = a
            continue
        elif op == "heads":
            # heads a1 [a2 ...] [one|lines]; several ids = bunched
            mode = "lines"
            ids = []
            for x in args:
                if x in ("one", "lines"):
                    mode = x
                else:
                    ids.append(x)
            if len(ids) > 1:
                stats["headlines bunched with other stories' headlines"] += 1
            for a in ids:
                parts = headline_lines(arts[a], style)
                if col_pos.get(a) or para_pos.get(a):
                    stats["headline printed after its body"] += 1
                if any(len(p) > 1 for p in parts):
                    stats["headline's last words alone on a line"] += 1
                if mode == "one" and parts:
                    emit(" ".join("".join(p) for p in parts))
                    stats["headline stack printed on one line"] += 1
                else:
                    for p in parts:
                        for j, ln in enumerate(p):
                            if layout == "para":
                                emit(ln, "\n" if j else "\n\n")
                            else:
                                emit(ln, "\n" if rng.random() < 0.2 else "\n\n")
        elif op == "headdup":
            # the head printed with its title drawn twice: two identical lines or doubled on one
            a, how = args[0], args[1]
            f = arts[a]["fields"]
            t = to_punct(f["title"].replace("｜", ""), style)
            if f.get("kicker"):
                emit(to_punct(f["kicker"], style))
            if how == "same":
                emit(t)
                emit(t)
            else:
                emit(t + t)
            if f.get("subtitle"):
                emit(to_punct(f["subtitle"], style))
            if col_pos.get(a) or para_pos.get(a):
                stats["headline printed after its body"] += 1
            dups.append(t)
            stats["headline drawn twice"] += 1
        elif op == "column":
            emit(to_punct(arts[args[0]]["fields"]["column"], style))
            stats["column label on its own line"] += 1
        elif op == "byline":
            a = args[0]
            by = to_punct(arts[a]["fields"]["byline"], style)
            how = args[1] if len(args) > 1 else "one"
            if how == "names":          # break between two names
                parts = by.split(" ")
                emit(" ".join(parts[:2]))
                emit(" ".join(parts[2:]), "\n")
                stats["line break between a byline's names"] += 1
            elif how == "tongxun":
                i = by.index("通讯员")
                emit(by[:i].rstrip())
                emit(by[i:], "\n")
                stats["line break before 通讯员 in a byline"] += 1
            elif how == "title":       # 湖南日报评论员 / 张三 on two lines
                i = by.rindex(" ")
                emit(by[:i])
                emit(by[i + 1:])
                stats["byline split over two lines"] += 1
            else:
                emit(by)
            stats["byline alone on its line"] += 1
        elif op == "photo":
            a = args[0]
            how = args[1] if len(args) > 1 else "one"
            art = arts[a]
            caps = [to_punct(t, style) for t in art["text"]]
            cred = to_punct(art["fields"].get("byline", ""), style)
            sep = "\n\n\n\n" if layout == "para" else "\n\n"
            if art["fields"].get("title"):
                emit(to_punct(art["fields"]["title"], style), sep)
                sep = "\n\n"
            for cap in caps[:-1]:
                emit(cap, sep)
                sep = "\n\n"
            cap = caps[-1]
            if how == "right":
                emit(cap, sep)
                emit(" " * rng.randint(18, 30) + cred)
                stats["credit right-aligned on a line of its own"] += 1
            elif how == "line":
                emit(cap, sep)
                emit(cred)
                stats["credit on a line of its own"] += 1
            elif how == "wrap":
                full = cap + " " + cred
                W = int(art["fields"].get("width", "44"))
                pieces = wrap_plain(full, W)
                for j, ln in enumerate(pieces):
                    emit(ln, sep if j == 0 else "\n\n")
                stats["photo caption wrapped across the page"] += 1
            elif how == "nocredit":
                emit(cap, sep)
            else:
                emit(cap + (" " if cred else "") + cred, sep)
            if cred:
                if cred.startswith("以上图片均由"):
                    stats["group photo credit (以上图片均由…)"] += 1
                else:
                    stats["photo credits"] += 1
        elif op == "group":
            # a group credit for several photos, printed on its own line
            a = args[0]
            emit(to_punct(arts[a]["fields"]["byline"], style))
            stats["group photo credit (以上图片均由…)"] += 1
        elif op == "mark":
            a = args[0]
            emit(arts[a]["fields"]["jump"])
            stats["jump markers"] += 1
        elif op == "extra":
            t = " ".join(args)
            emit(t)
            extras.append(squash_ws(t))
            stats["short box lines (countdown, code prompt, framed label)"] += 1
        elif op == "dup":
            prev = out_lines[-1]
            emit(prev)
            dups.append(prev.strip())
            stats["lines printed twice"] += 1
            continue
        elif op == "junk":
            # a stray piece of page furniture without meaning of its own
            t = " ".join(args)
            emit(t)
            extras.append(squash_ws(t))
        last_body = None
    for a in arts:
        if layout == "column":
            assert col_pos[a] == len(col_lines[a]), (path.name, a, "column lines left", col_pos[a], len(col_lines[a]))
        else:
            assert para_pos[a] == len(para_segs[a]) or arts[a]["fields"].get("kind") == "photo", (path.name, a)
    for a in arts:
        if arts[a]["fields"].get("marker"):
            stats["jump markers"] += 1
    # join
    text = "\n\n" if layout == "para" else ""
    for j, (ln, sep) in enumerate(zip(out_lines, seps)):
        if j:
            text += sep
        text += ln
    text += "\n\n\n" if layout == "column" else ""
    gold_meta = {
        "issue_date": meta["date"],
        "issue_number": meta.get("number") or None,
        "page_count": int(meta["count"]) if meta.get("count") else None,
    }
    golds = [gold_article(arts[a], style) for a in page["order"]]
    return text, {"meta": gold_meta, "articles": golds, "extras": extras, "duplicates": dups}, page


def wrap_plain(s: str, W: int) -> list[str]:
    out, cur, w = [], "", 0.0
    for t in tokens(s):
        tw = em(t) if t != " " else 0.5
        if w + tw > W and t not in CLOSE:
            out.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    out.append(cur)
    return out


def md_table(rows, head):
    s = "| " + " | ".join(head) + " |\n|" + "|".join("---" for _ in head) + "|\n"
    for r in rows:
        s += "| " + " | ".join(str(x) for x in r) + " |\n"
    return s


def main() -> int:
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    stats = Counter()
    rows = []
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        text, g, page = compose_page(src, stats)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", **g["meta"], "articles": g["articles"],
                "extras": g["extras"], "duplicates": g["duplicates"]}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        m = page["meta"]
        rows.append([f"`{name}.txt`", m["date"], m["page"], m["layout"], m["punct"],
                     len(g["articles"]), len(squash_ws(text)), m.get("subjects", "")])
    phen = sorted(stats.items(), key=lambda kv: -kv[1])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", md_table(phen, ["phenomenon", "count"]))
    readme = readme.replace("{{PAGES}}", md_table(rows, ["file", "issue date", "page", "layout",
                                                        "punctuation", "articles", "characters",
                                                        "subjects"]))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
