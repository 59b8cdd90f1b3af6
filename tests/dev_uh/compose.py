#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice is drawn from random.Random seeded by
the source file name, so a rebuild is byte-for-byte identical.

    python3 compose.py            # writes pages/, gold/, README.md
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CUT = "‸"
GLUE = "\u2060"
NBSP = "\u00a0"
OPEN = "“‘（《「【("
CLOSE = "，。、；：？！”’）》」】…—,;:?!)"
NO_SPACE_AFTER = "，。、；：？！（《「【”’）》」】"
NO_SPACE_BEFORE = "《》（）「」【】“"

# phenomenon names, in the order the README table prints them
PHEN = [
    ("number_space", "spaces around a number run (column pages)"),
    ("quote_space", "space after an opening quote in an unspread line"),
    ("percent_gap", "glyph-gap space before %"),
    ("spread_line", "justified column line spread with spaces"),
    ("dateline_break_date", "line break inside a dateline's date"),
    ("dateline_break_names", "line break between a dateline's names"),
    ("dateline_break_tx", "line break before 通讯员 (dateline or byline)"),
    ("dateline_alone", "dateline alone on its line(s), body below"),
    ("byline_break", "line break inside a byline"),
    ("head_after_body", "headline printed after its body"),
    ("head_bunch", "headline bunched with other stories' headlines"),
    ("head_joined", "headline parts joined on one line"),
    ("head_word_alone", "headline's last word left alone on a line"),
    ("head_split_space", "two-phrase headline split at its space"),
    ("head_twice_same", "headline drawn twice on one line"),
    ("head_twice_line", "headline drawn twice as two identical lines"),
    ("column_label", "column label (栏目) on its own line"),
    ("dup_line", "line printed twice"),
    ("dup_para", "paragraph printed twice"),
    ("masthead_piece", "masthead piece line"),
    ("masthead_merged", "masthead line merging pieces"),
    ("box_line", "short box line (countdown, code prompt, frame)"),
    ("credit_same_line", "photo credit on the caption's line"),
    ("credit_right", "credit right-aligned on a line of its own"),
    ("credit_group", "group credit 以上图片均由 … 摄"),
    ("jump_out", "jump marker 下转"),
    ("jump_in", "jump marker 上接/紧接"),
    ("cut_continued", "paragraph cut, continued after another story's piece"),
    ("cut_adjacent", "paragraph split by a column break, nothing between"),
    ("cut_jump", "paragraph cut at a page jump"),
    ("cut_verb_figure", "cut between a verb and its figure"),
    ("cut_figure_unit", "cut between a figure and its unit"),
    ("cut_in_quote", "cut inside a quoted term"),
    ("cut_in_word", "cut inside a word, a name or an organisation's name"),
    ("half_punct", "page with half-width ,();:"),
    ("mixed_punct", "page with full commas, half-width brackets"),
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def em(ch: str) -> float:
    if ch == " ":
        return 0.0
    if unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’…—·×":
        return 1.0
    return 0.5


def is_ascii(ch: str) -> bool:
    return ord(ch) < 128 and ch != " "


def punct(text: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued")}
        self.subheads: list[str] = []
        self.paras: list[str] = []     # with CUT marks

    def pieces(self):
        out = []
        for pi, p in enumerate(self.paras):
            segs = p.split(CUT)
            for si, s in enumerate(segs):
                out.append({"para": pi, "text": s, "start": si == 0,
                            "end": si == len(segs) - 1})
        return out


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    order = []
    sec, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            sec = parts[0]
            if sec == "article":
                cur = Article(parts[1])
                arts[cur.id] = cur
                order.append(cur.id)
            continue
        if sec == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif sec == "article":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                cur.paras.append(v)
            elif k == "h":
                cur.subheads.append(v)
                cur.paras.append(v)
            else:
                cur.f[k] = v
        elif sec == "layout":
            layout.append(line.strip())
    return meta, arts, order, layout


# ---------------------------------------------------------------- rendering
class Page:
    def __init__(self, name, meta, arts, order, layout):
        self.name = name
        self.meta = meta
        self.arts = arts
        self.order = order
        self.layout = layout
        self.rng = random.Random(name)
        self.mode = meta["layout"]          # column | para
        self.pmode = meta.get("punct", "full")
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ph = Counter()
        self.width = int(meta.get("width", "17"))
        self.printed = []
        for a in arts.values():
            for k in a.f:
                a.f[k] = punct(a.f[k], self.pmode)
            a.subheads = [punct(s, self.pmode) for s in a.subheads]
            a.paras = [punct(p, self.pmode) for p in a.paras]

    # -- helpers
    def add(self, *lines):
        self.blocks.append(list(lines))

    def numspace(self, text: str) -> str:
        """Spaces around number runs, as the column pages print them."""
        out = []
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch.isdigit():
                j = i
                while j < n and (is_ascii(text[j]) and text[j] not in "(),;:"):
                    j += 1
                run = text[i:j]
                before = i > 0 and not is_ascii(text[i - 1]) and text[i - 1] not in OPEN + CLOSE
                after = j < n and not is_ascii(text[j]) and text[j] not in CLOSE
                sp_b = before and self.rng.random() < 0.8
                sp_a = after and self.rng.random() < 0.6
                if run.endswith("%") and len(run) > 1 and self.rng.random() < 0.08:
                    run = run[:-1] + " %"
                    self.ph["percent_gap"] += 1
                if sp_b or sp_a:
                    self.ph["number_space"] += 1
                out.append((" " if sp_b else "") + run + (" " if sp_a else ""))
                i = j
            else:
                out.append(ch)
                i += 1
        return "".join(out)

    def units(self, text: str):
        """Atomic units for line breaking: [open*] core [close*]."""
        units = []
        i, n = 0, len(text)
        pend_open = ""
        lead_space = False
        while i < n:
            ch = text[i]
            if ch == GLUE:
                i += 1
                continue
            if ch == " ":
                lead_space = True
                i += 1
                continue
            if ch in OPEN and ch != "(":
                pend_open += ch
                i += 1
                continue
            if is_ascii(ch) and ch not in ",;:?!)(":
                j = i
                while j < n and is_ascii(text[j]) and text[j] not in ",;:?!)(":
                    j += 1
                core = text[i:j]
                i = j
            else:
                core = ch
                i += 1
            if units and i - len(core) - 1 >= 0 and text[i - len(core) - 1] == GLUE:
                u = units[-1]
                units[-1] = (u[0] + core, u[1] + sum(em(c) for c in core), u[2])
                continue
            if core in CLOSE and units and not pend_open:
                u = units[-1]
                units[-1] = (u[0] + core, u[1] + sum(em(c) for c in core), u[2])
                lead_space = False
                continue
            s = pend_open + core
            units.append((s, sum(em(c) for c in s), lead_space))
            pend_open, lead_space = "", False
        if pend_open:
            units.append((pend_open, sum(em(c) for c in pend_open), False))
        return units

    def spread(self, line: str) -> str:
        chars = [c for c in line]
        out = ""
        prev = ""
        for c in chars:
            if c == " ":
                if not out.endswith(" "):
                    out += " "
                prev = " "
                continue
            if out and prev != " ":
                if not (is_ascii(prev) and is_ascii(c)) and prev not in NO_SPACE_AFTER \
                        and c not in NO_SPACE_BEFORE:
                    out += " "
            out += c
            prev = c
        return out

    def wrap(self, text: str, width: int, first_cap: float, last_free: bool, lead=None):
        """Greedy fill by units. Returns lines. lead: list of forced first-line
        token groups (dateline) already rendered."""
        units = self.units(text)
        lines, cur, w, cap = [], [], 0.0, first_cap
        i = 0
        while i < len(units):
            s, uw, sp = units[i]
            if cur and w + uw > cap + 1e-9:
                lines.append((cur, w, cap, False))
                cur, w, cap = [], 0.0, width
                continue
            cur.append((s, sp))
            w += uw
            i += 1
        if cur:
            lines.append((cur, w, cap, True))
        out = []
        for k, (cu, w, cap, last) in enumerate(lines):
            txt = ""
            for j, (s, sp) in enumerate(cu):
                if sp and j > 0:
                    txt += " "
                txt += s
            if (not last or not last_free) and cap - w >= 1.0 and not last:
                txt = self.spread(txt)
                self.ph["spread_line"] += 1
            elif "“" in txt and self.rng.random() < 0.12:
                pos = txt.index("“")
                if pos + 1 < len(txt) and txt[pos + 1] not in " ”":
                    txt = txt[:pos + 1] + " " + txt[pos + 1:]
                    self.ph["quote_space"] += 1
            out.append(txt.replace(GLUE, "").replace(NBSP, " "))
        return out

    def dateline_lines(self, dl: str, width: int, how: str):
        """Render a dateline in column layout; returns (lines, rest_cap, tail)
        where tail is the last (unfinished) line the body continues on."""
        dlx = self.numspace(dl) if self.rng.random() < 0.7 else dl
        toks = dlx.split(" ")
        toks = [t for t in toks if t]
        # rebuild with number spacing in the first token (湖南日报 3月 8日讯)
        lines = []
        if how == "date":
            m = re.search(r"(\d+\s*月)\s*(\d+\s*日)", dlx)
            head = dlx[:m.end(1)].rstrip()
            rest = dlx[m.end(1):].strip()
            lines.append(head)
            self.ph["dateline_break_date"] += 1
            return lines, rest
        if how == "tx" and "通讯员" in dlx:
            k = dlx.index("通讯员")
            lines.append(dlx[:k].rstrip())
            self.ph["dateline_break_tx"] += 1
            return lines, dlx[k:]
        if how == "names":
            # break after the first reporter's name
            m = re.search(r"记者\s*(\S+)\s+", dlx)
            k = m.end()
            lines.append(dlx[:k].rstrip())
            self.ph["dateline_break_names"] += 1
            return lines, dlx[k:]
        if how == "kw":
            # break right after 记者 (name starts the next line)
            k = dlx.index("记者") + 2
            lines.append(dlx[:k].rstrip())
            self.ph["dateline_break_names"] += 1
            return lines, dlx[k:].strip()
        if how == "alone":
            self.ph["dateline_alone"] += 1
            return [dlx], None
        return [], dlx

    # -- directives
    def d_body(self, a: Article, rng_s: str, opts: dict):
        pcs = a.pieces()
        lo, hi = parse_range(rng_s, len(pcs))
        width = int(opts.get("w", self.width))
        lead = opts.get("lead")
        for idx in range(lo, hi + 1):
            pc = pcs[idx]
            self.printed.append((a.id, idx))
            text = pc["text"]
            first_of_article = idx == 0
            if self.mode == "para":
                line = text
                if first_of_article and a.f["dateline"]:
                    line = a.f["dateline"] + text
                if idx == lo and lead:
                    line = lead + line
                    self.ph["jump_in"] += 1
                self.add(line)
                if "dup" in opts and int(opts["dup"]) == idx:
                    self.add(line)
                    self.dups.append(nows(text))
                    self.ph["dup_para"] += 1
                continue
            # column layout
            body = self.numspace(text)
            lines_before = []
            cap = width - 2 if pc["start"] else width
            if first_of_article and a.f["dateline"]:
                how = opts.get("dl", "")
                pre, rest = self.dateline_lines(a.f["dateline"], width, how)
                if rest is not None:
                    rest = glue_names(rest)
                lines_before = pre
                if rest is not None:
                    body = rest + body
                    cap = width - 2 if not pre else width
                else:
                    cap = width
            if idx == lo and lead:
                body = lead + body
                self.ph["jump_in"] += 1
            lines = lines_before + self.wrap(body, width, cap, pc["end"])
            if first_of_article and self.blocks == [] and lines:
                lines[0] = " " + lines[0]
            for j, ln in enumerate(lines):
                self.add(ln)
                if opts.get("dup") == f"{idx}.{j}":
                    self.add(ln)
                    self.dups.append(nows(ln))
                    self.ph["dup_line"] += 1

    def head_lines(self, a: Article, opts: dict):
        parts = []
        for k in ("kicker", "title", "subtitle"):
            if a.f[k]:
                parts.append((k, a.f[k]))
        mode = opts.get("mode", "lines")
        brk = {}
        for spec in filter(None, opts.get("br", "").split(",")):
            k, n = spec.split(":")
            brk[k] = int(n)
        if mode == "join":
            self.ph["head_joined"] += 1
            return [[" ".join(t for _, t in parts)]]
        groups = []
        for k, t in parts:
            ls = [t]
            if k in brk:
                n = brk[k]
                ls = [t[:n], t[n:]]
                if len(t[n:]) <= 3:
                    self.ph["head_word_alone"] += 1
            elif opts.get("sp") == k and " " in t:
                ls = t.split(" ", 1)
                self.ph["head_split_space"] += 1
            if opts.get("twice") == f"same:{k}":
                ls = [t + t]
                self.dups.append(nows(t))
                self.ph["head_twice_same"] += 1
            if opts.get("twice") == f"line:{k}":
                ls = ls + ls
                self.dups.append(nows(t))
                self.ph["head_twice_line"] += 1
            groups.append(ls)
        return groups

    def d_head(self, a: Article, opts: dict):
        groups = self.head_lines(a, opts)
        if "after" in opts:
            self.ph["head_after_body"] += 1
        if "bunch" in opts:
            self.ph["head_bunch"] += 1
        adj = opts.get("adj")
        if adj is None:
            adj = "1" if self.rng.random() < 0.5 else "0"
        if adj == "1":
            self.add(*[ln for g in groups for ln in g])
        else:
            for g in groups:
                self.add(*g)

    def d_byline(self, a: Article, opts: dict):
        b = a.f["byline"]
        br = opts.get("br")
        if br == "tx" and "通讯员" in b:
            k = b.index("通讯员")
            self.add(b[:k].rstrip(), b[k:])
            self.ph["dateline_break_tx"] += 1
            self.ph["byline_break"] += 1
        elif br and br.isdigit():
            toks = b.split(" ")
            n = int(br)
            self.add(" ".join(toks[:n]), " ".join(toks[n:]))
            self.ph["byline_break"] += 1
        elif "right" in opts:
            self.add(" " * int(opts.get("right") or 24) + b)
            self.ph["credit_right"] += 1
        else:
            self.add(b)

    def d_photo(self, a: Article, opts: dict):
        credit = opts.get("credit", "same")
        pcs = a.pieces()
        width = int(opts.get("w", 0))
        for i, pc in enumerate(pcs):
            text = pc["text"]
            self.printed.append((a.id, i))
            last = i == len(pcs) - 1
            line = text
            if last and credit == "same":
                line = text + " " + a.f["byline"]
                self.ph["credit_same_line"] += 1
            if self.mode == "column" and width:
                ls = self.wrap(self.numspace(line), width, width, True)
                for ln in ls:
                    self.add(ln)
            else:
                self.add(line)
        if credit == "right":
            self.add(" " * 30 + a.f["byline"])
            self.ph["credit_right"] += 1
        elif credit == "below":
            self.add(a.f["byline"])
        if a.f["byline"].startswith("以上图片"):
            self.ph["credit_group"] += 1

    def render(self):
        for d in self.layout:
            toks = d.split()
            cmd, args = toks[0], toks[1:]
            pos = [t for t in args if "=" not in t]
            opts = {}
            for t in args:
                if "=" in t:
                    k, v = t.split("=", 1)
                    opts[k] = v
            if cmd in ("mast", "box"):
                text = d[len(cmd):].strip()
                blocks = text.split("|")
                for blk in blocks:
                    ls = blk.split("/")
                    self.add(*ls)
                    for ln in ls:
                        if cmd == "mast":
                            self.ph["masthead_piece"] += 1
                            if " " in ln.strip():
                                self.ph["masthead_merged"] += 1
                        else:
                            self.ph["box_line"] += 1
                self.extras.append(nows(text.replace("|", "").replace("/", "")))
            elif cmd == "blank":
                self.blocks.append([])
            elif cmd == "head":
                self.d_head(self.arts[pos[0]], opts)
            elif cmd == "label":
                self.add(self.arts[pos[0]].f["column"])
                self.ph["column_label"] += 1
            elif cmd == "byline":
                self.d_byline(self.arts[pos[0]], opts)
            elif cmd == "body":
                if "lead" in opts:
                    opts["lead"] = opts["lead"].replace("_", " ")
                self.d_body(self.arts[pos[0]], pos[1] if len(pos) > 1 else "0-", opts)
            elif cmd == "dupp":
                a = self.arts[pos[0]]
                pc = a.pieces()[int(pos[1])]
                if self.mode == "para":
                    self.add(pc["text"])
                else:
                    w = int(opts.get("w", self.width))
                    for ln in self.wrap(self.numspace(pc["text"]), w,
                                        w - 2 if pc["start"] else w, pc["end"]):
                        self.add(ln)
                self.dups.append(nows(pc["text"]))
                self.ph["dup_para"] += 1
            elif cmd == "photo":
                self.d_photo(self.arts[pos[0]], opts)
            elif cmd == "marker":
                text = d.split(None, 2)[2]
                self.add(text)
                self.ph["jump_out" if "下转" in text else "jump_in"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
        want = [(aid, i) for aid in self.order for i in range(len(self.arts[aid].pieces()))]
        if sorted(want) != sorted(self.printed):
            miss = sorted(set(want) - set(self.printed))
            extra = [x for x in self.printed if self.printed.count(x) > 1]
            raise SystemExit(f"{self.name}: pieces not printed once: missing {miss} twice {extra}")
        # text
        out = []
        for b in self.blocks:
            out.append("\n".join(b))
        if self.mode == "para":
            return "\n\n" + "\n\n".join(out)
        return "\n\n".join(out) + "\n\n\n"


def glue_names(dl: str) -> str:
    """Keep each name of a dateline whole when it is wrapped."""
    toks = dl.split(" ")
    out = []
    for t in toks:
        if t and not re.search(r"[0-9（(]|日讯|日电", t):
            t = GLUE.join(t)
        out.append(t)
    # a short last name must not start a line on its own (keep 4+ characters)
    if len(out) >= 2 and len(out[-1].replace(GLUE, "")) <= 3 \
            and not re.search(r"[0-9（(]|日讯|日电", out[-2]):
        out[-2:] = [out[-2] + GLUE + NBSP + GLUE + out[-1]]
    return " ".join(out)


def parse_range(s: str, n: int):
    if "-" in s:
        a, b = s.split("-")
        return int(a), (int(b) if b else n - 1)
    return int(s), int(s)


def gold_of(page: Page, source: str):
    arts = []
    for aid in page.order:
        a = page.arts[aid]
        arts.append({
            "kind": a.f["kind"], "column": a.f["column"], "kicker": a.f["kicker"],
            "title": a.f["title"], "subtitle": a.f["subtitle"], "byline": a.f["byline"],
            "dateline": a.f["dateline"], "continued": a.f["continued"],
            "subheads": list(a.subheads),
            "paragraphs": [p.replace(CUT, "") for p in a.paras],
        })
    m = page.meta
    return {
        "source": source,
        "issue_date": m["date"],
        "issue_number": m.get("issue_number") or None,
        "page_count": int(m["page_count"]) if m.get("page_count") else None,
        "articles": arts,
        "extras": page.extras,
        "duplicates": page.dups,
    }


def count_cuts(page: Page):
    """Classify the cuts (pieces of one paragraph) by what the layout put between."""
    seq = []
    for d in page.layout:
        toks = d.split()
        if toks[0] == "body":
            a = page.arts[toks[1]]
            lo, hi = parse_range(toks[2] if len(toks) > 2 and "=" not in toks[2] else "0-",
                                 len(a.pieces()))
            for i in range(lo, hi + 1):
                seq.append((toks[1], i))
        elif toks[0] in ("head", "photo", "byline", "label", "mast", "box", "marker", "dupp"):
            seq.append(("*", toks[0]))
    pos = {k: i for i, k in enumerate(seq)}
    for aid in page.order:
        for p in page.arts[aid].paras:
            for m in re.finditer(CUT, p):
                before, after = p[:m.start()], p[m.end():]
                if before and before[-1].isdigit() and after and not after[0].isdigit():
                    page.ph["cut_figure_unit"] += 1
                elif after and after[0].isdigit():
                    page.ph["cut_verb_figure"] += 1
                elif before.count("“") > before.count("”"):
                    page.ph["cut_in_quote"] += 1
                else:
                    page.ph["cut_in_word"] += 1
    for aid in page.order:
        a = page.arts[aid]
        pcs = a.pieces()
        for i in range(1, len(pcs)):
            if not pcs[i]["start"]:
                j, k = pos.get((aid, i - 1)), pos.get((aid, i))
                if j is None or k is None:
                    continue
                if k == j + 1:
                    page.ph["cut_adjacent"] += 1
                else:
                    page.ph["cut_continued"] += 1
        if a.f["continued"].startswith("下转"):
            page.ph["cut_jump"] += 1


def build():
    files = {}
    pages_info = []
    total = Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        meta, arts, order, layout = parse(sp)
        page = Page(sp.name, meta, arts, order, layout)
        text = page.render()
        count_cuts(page)
        if page.pmode == "half":
            page.ph["half_punct"] += 1
        elif page.pmode == "mixed":
            page.ph["mixed_punct"] += 1
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        gold = gold_of(page, base + ".txt")
        files[f"pages/{base}.txt"] = text
        files[f"gold/{base}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(page.ph)
        pages_info.append({
            "file": base + ".txt", "date": meta["date"], "page": meta.get("page", ""),
            "layout": meta["layout"], "punct": page.pmode, "articles": len(order),
            "chars": len(nows(text)), "subjects": meta.get("subjects", ""),
            "ph": page.ph,
        })
    files["README.md"] = readme(pages_info, total)
    return files


def readme(pages_info, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for key, desc in PHEN:
        np_ = sum(1 for p in pages_info if p["ph"].get(key))
        rows.append(f"| {desc} | {total.get(key, 0)} | {np_} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for p in pages_info:
        prow.append(f"| {p['file']} | {p['date']} | {p['page']} | {p['layout']} | {p['punct']} | "
                    f"{p['articles']} | {p['chars']} | {p['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.glob("*"):
            old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
