#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (spaces around a number run, an
early line break, a glyph gap) comes from a random.Random seeded by the source
file name, so the output is the same byte for byte on every run.
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

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！）》”’,;:?!)")      # may not start a line, compress to 1/2 em
OPEN = set("（《“‘(")                           # may not end a line, compress to 1/2 em
QUOTE_OPEN, QUOTE_CLOSE = set("“‘"), set("”’")
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-]*")
CUT = re.compile(r"‖([a-z]?)")                   # cut point, optional type tag
CUT_TYPES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "": "cut at a clause or sentence boundary"}

# seed-measured column behaviour (see README: "The two layouts")
P_EARLY_BREAK = 0.05     # compositor keeps a word together: line ends 1-2 em short, is spread
P_NUM_BEFORE = 0.85      # space between CJK and a following number run
P_NUM_AFTER = 0.55       # space between a number run and following CJK
P_PCT_GAP = 0.12         # "15 %"
P_QUOTE_GAP = 0.25       # "“ 买"
P_PUNCT_GAP = 0.03       # "机遇 、拓展"
P_LEAD_SPACE = 0.4       # " 湖南日报 3月 8日讯…" (dateline or headline line starting with a space)


def em(tok: str) -> float:
    if NUM.fullmatch(tok):
        return 0.5 * len(tok)
    if tok in CLOSE or tok in OPEN:
        return 0.5
    if tok == " ":
        return 0.5
    return 0.5 if ord(tok[0]) < 128 else 1.0


def tokens(text: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-]*|\s|.", text)


def tokens_dateline(text: str) -> list[str]:
    """A dateline keeps each name whole (names follow a space, end at a space or bracket);
    its last name stays with the closing bracket and the word before it, so that no line
    begins with a tail of three characters or fewer (seeds: "王静）近日", "通讯员 苏立）长沙")."""
    toks = _tokens_dateline(text)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k] in "）)" and len(toks[k - 1]) >= 2 and is_cjk(toks[k - 1]):
            merged = toks[k - 1] + toks[k]
            lo = k - 1
            if lo >= 2 and toks[lo - 1] == " " and is_cjk(toks[lo - 2]) and len(toks[lo - 2]) <= 4:
                merged = toks[lo - 2] + " " + merged
                lo -= 2
            toks[lo:k + 1] = [merged]
            break
    return toks


def _tokens_dateline(text: str) -> list[str]:
    return re.findall(r"(?:(?<= )|^)[\u4e00-\u9fff]{2,4}(?=[ ）)])|[0-9A-Za-z][0-9A-Za-z.%+×/\-]*|\s|.", text)


def em_tok(tok: str) -> float:
    if len(tok) == 1 or NUM.fullmatch(tok):
        return em(tok)
    return sum(em(c) for c in tok)


def is_cjk(tok: str) -> bool:
    return bool(tok) and "\u3400" <= tok[0] <= "\u9fff"


# ---------------------------------------------------------------- punctuation
def convert(text: str, punct: str) -> str:
    if punct == "full":
        return text
    text = text.replace("（", "(").replace("）", ")")
    if punct == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    head, arts, layout = {}, {}, []
    cur = None
    section = "head"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        m = re.match(r"^=== (\S+)$", line)
        if m:
            name = m.group(1)
            if name == "layout":
                section = "layout"
            else:
                section = "art"
                cur = {"name": name, "fields": {}, "paras": []}
                arts[name] = cur
            continue
        if section == "head":
            k, _, v = line.partition(":")
            head[k.strip()] = v.strip()
        elif section == "layout":
            layout.append(line.strip())
        else:
            if line.startswith(">"):
                if line[1:].strip():
                    cur["paras"].append(("p", line[1:].strip()))
            elif line.startswith("## "):
                cur["paras"].append(("h", line[3:].strip()))
            else:
                k, _, v = line.partition(":")
                cur["fields"][k.strip()] = v.strip()
    return {"head": head, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- page builder
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.doc = parse_source(src)
        h = self.doc["head"]
        self.rng = random.Random(src.name)
        self.layout = h["layout"]
        self.punct = h["punct"]
        self.lines: list[tuple[str, str]] = []   # (text, sep-before: "blank" | "tight")
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats: Counter = Counter()
        self.body_seen: dict[str, int] = {}      # article -> index of last printed piece
        self.last_printed: str | None = None
        self.arts = {}
        for name, a in self.doc["arts"].items():
            self.arts[name] = self.prepare(a)

    # -- article text -------------------------------------------------------
    def prepare(self, a: dict) -> dict:
        f = {k: convert(v, self.punct) for k, v in a["fields"].items()}
        dl, by = f.get("dateline", ""), f.get("byline", "")
        if re.search(r"电[（(]", dl):
            self.stats["dateline with 电" + ("（新华社）" if dl.startswith("新华社") else "（湖南日报外埠）")] += 1
        elif "讯" in dl:
            self.stats["dateline with 讯"] += 1
        for key, label in (("文丨", "byline 文丨X (副刊 essay, no dateline)"), ("评论员", "byline 湖南日报（全媒体）评论员"),
                           ("华声在线", "湖南日报·华声在线记者"), ("新湖南客户端", "byline 湖南日报·新湖南客户端记者 X 报道"),
                           ("湖南图片库", "credit … 摄（湖南图片库）"), ("以上图片均由", "group credit 以上图片均由 … 摄"),
                           ("漫画", "cartoon credit")):
            if key in by or (key == "华声在线" and key in dl):
                self.stats[label] += 1
        if by and f.get("kind") == "feature" and "记者" in by:
            self.stats["feature byline alone on its first line"] += 1
        if f.get("subtitle", "").startswith("——"):
            self.stats["dash-led subtitle"] += 1
        if f.get("column"):
            self.stats["column labels (栏目)"] += 1
        pieces = []        # list of paragraphs; each a list of (text, cut tag before it)
        paras = []
        subheads = []
        for kind, text in a["paras"]:
            text = convert(text, self.punct)
            parts = CUT.split(text)
            seg = [(parts[0], None)]
            for i in range(1, len(parts), 2):
                seg.append((parts[i + 1], parts[i]))
                self.stats[CUT_TYPES[parts[i]]] += 1
            pieces.append(seg)
            clean = "".join(p for p, _ in seg)
            paras.append(clean)
            if kind == "h":
                subheads.append(clean)
        # flatten into numbered cut ranges: cut k lies between piece k-1 and piece k
        flat = []
        for pi, seg in enumerate(pieces):
            for si, (t, tag) in enumerate(seg):
                flat.append({"para": pi, "text": t, "para_start": si == 0,
                             "para_end": si == len(seg) - 1, "tag": tag})
        return {"name": a["name"], "f": f, "flat": flat, "paras": paras, "subheads": subheads,
                "kinds": [k for k, _ in a["paras"]]}

    def gold_article(self, a: dict) -> dict:
        f = a["f"]
        def hl(key):
            return f.get(key, "").replace("|", "")
        return {
            "kind": f.get("kind", "news"),
            "column": hl("column"),
            "kicker": hl("kicker"),
            "title": hl("title"),
            "subtitle": hl("subtitle"),
            "byline": re.sub(r" *\| *", " ", f.get("byline", "")),
            "dateline": f.get("dateline", "").replace("|", ""),
            "continued": f.get("continued", ""),
            "subheads": a["subheads"],
            "paragraphs": a["paras"],
        }

    # -- output primitives ----------------------------------------------------
    def emit(self, text: str, tight: bool = False, owner: str | None = None):
        self.lines.append((text, "tight" if tight else "blank"))
        if owner is not None:
            self.last_printed = owner

    def gap(self, n: int = 1):
        for _ in range(n):
            self.lines.append(("", "gap"))

    # -- column line rendering --------------------------------------------------
    def render_line(self, toks: list[str], spread: bool) -> str:
        toks = [t for t in toks]
        while toks and toks[0] == " ":
            toks.pop(0)
        while toks and toks[-1] == " ":
            toks.pop()
        if spread:
            self.stats["justified column lines spread with spaces"] += 1
            out = ""
            for i, t in enumerate(toks):
                if i:
                    a, b = toks[i - 1], t
                    if a == " " or b == " ":
                        pass
                    elif a in CLOSE or b in OPEN or b in "）)》" or a in "（(《":
                        pass
                    else:
                        out += " "
                out += t
            return re.sub(r" +", " ", out)
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if NUM.fullmatch(t):
                tt = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < P_PCT_GAP:
                    tt = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                if prev and (is_cjk(prev) or prev in CLOSE) and self.rng.random() < P_NUM_BEFORE:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                out += tt
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if nxt and is_cjk(nxt) and self.rng.random() < P_NUM_AFTER:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if t in "、，" and prev and is_cjk(prev) and self.rng.random() < P_PUNCT_GAP:
                out += " "
                self.stats["glyph-gap space around full-width punctuation"] += 1
            out += t
            if t in QUOTE_OPEN and i + 1 < len(toks) and self.rng.random() < P_QUOTE_GAP:
                out += " "
                self.stats["space after an opening quote"] += 1
        return re.sub(r"  +", " ", out).rstrip()

    def flow(self, pieces: list[dict], width: float, prefix: str = "") -> list[str]:
        """Set pieces (paragraph parts) in a column of `width` em."""
        out = []
        for n, pc in enumerate(pieces):
            text = pc["text"]
            forced = []
            if n == 0 and prefix:
                parts = prefix.split("|")
                for p in parts[:-1]:
                    forced.append(p)
                text = parts[-1] + text
                toks = tokens_dateline(parts[-1]) + tokens(pc["text"])
            else:
                toks = tokens(text)
            first = True
            indent = pc["para_start"]
            for fl in forced:
                ftoks = tokens_dateline(fl)
                line = self.render_line(ftoks, False)
                if self.rng.random() < P_LEAD_SPACE and first:
                    line = " " + line
                out.append(line)
                first = False
                indent = False
            i = 0
            while i < len(toks):
                avail = width - (2 if (first and indent) else 0)
                cur, j = 0.0, i
                while j < len(toks) and cur + em_tok(toks[j]) <= avail + 1e-9:
                    cur += em_tok(toks[j])
                    j += 1
                while j < len(toks) and toks[j] in CLOSE:      # hanging punctuation
                    j += 1
                if j == i:
                    j = i + 1
                while j - 1 > i and toks[j - 1] in OPEN and j < len(toks):
                    j -= 1
                if j < len(toks) and self.rng.random() < P_EARLY_BREAK:
                    k = self.rng.choice([1, 2])
                    if j - k > i + 4 and all(is_cjk(t) for t in toks[j - k:j + 1]):
                        j -= k
                line = toks[i:j]
                last = j >= len(toks)
                slack = avail - sum(em_tok(t) for t in line if t != " ")
                # a dateline's first line, broken before a name, is never spread (seeds 000, 004)
                dl_first = first and n == 0 and bool(prefix) and not forced
                spread = (not last) and slack >= 1 and len(line) > 3 and not dl_first
                txt = self.render_line(line, spread)
                if first and prefix and n == 0 and not forced and self.rng.random() < P_LEAD_SPACE:
                    txt = " " + txt
                out.append(txt)
                i = j
                first = False
                while i < len(toks) and toks[i] == " ":
                    i += 1
        return out

    # -- layout commands ------------------------------------------------------------
    def art(self, name):
        return self.arts[name]

    def head_lines(self, a: dict, spec: str) -> None:
        f = a["f"]
        keys = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        for tok in spec.split():
            tight = tok.startswith("~")
            tok = tok.lstrip("~")
            mode = ""
            m = re.match(r"^([ktscb+]+)([*=]2)?$", tok)
            if not m:
                raise SystemExit(f"{self.src.name}: bad head spec {tok}")
            fields, mode = m.group(1), m.group(2) or ""
            texts = []
            for ch in fields.split("+"):
                txt = f.get(keys[ch], "")
                if ch == "b":
                    txt = re.sub(r" *\| *", "|", txt)
                texts.append(txt)
            text = " ".join(texts)
            parts = text.split("|")
            if len(parts) > 1 and len(parts[-1].replace(" ", "")) <= 3:
                self.stats["headline's last word left alone on a line"] += 1
            if len(parts) > 1:
                self.stats["headline or byline wrapped over lines"] += 1
            lead = " " if (self.layout == "column" and self.rng.random() < P_LEAD_SPACE / 3) else ""
            for pi, p in enumerate(parts):
                line = (lead if pi == 0 else "") + p.strip()
                if mode == "*2" and pi == len(parts) - 1:
                    line = line + " " + p.strip()
                    self.dups.append(p.strip())
                    self.stats["headline drawn twice on one line"] += 1
                self.emit(line, tight=(tight and pi == 0) or (pi > 0 and self.layout == "column"))
            if mode == "=2":
                for pi, p in enumerate(parts):
                    self.emit(p.strip(), tight=pi > 0 and self.layout == "column")
                    self.dups.append(p.strip())
                self.stats["headline drawn twice as two identical lines"] += 1
        self.last_printed = a["name"]

    def body(self, a: dict, i: int, j: int, width: float | None, lead: str = "",
             lead_own: bool = False) -> list[str]:
        pieces = a["flat"][i:j]
        name = a["name"]
        prev = self.body_seen.get(name)
        if prev is not None:
            if self.last_printed == name:
                self.stats["paragraph split by a column break with nothing between"] += 1
            else:
                self.stats["story continued after a piece of another story"] += 1
        self.body_seen[name] = j
        prefix = ""
        if i == 0:
            prefix = a["f"].get("dateline", "")
            if "|" in prefix:
                pre = prefix.split("|")[0]
                if re.search(r"\d$", pre) or re.search(r"^\D*\d+月$", pre):
                    self.stats["line break inside a dateline's date"] += 1
                elif pre.endswith("记者") or re.search(r"[\u4e00-\u9fff]{2,3} [\u4e00-\u9fff]{2,3}$", pre) and "通讯员" not in pre:
                    self.stats["line break inside a dateline after 记者 / between names"] += 1
                if prefix.split("|")[1].startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
        if self.layout == "column":
            lines = self.flow(pieces, width or float(a["f"].get("width", 16)), prefix)
            if lead:
                if lead_own:
                    self.emit(lead)
                else:
                    lines[0] = lead + lines[0]
            return lines
        # paragraph layout: one paragraph (piece) a line
        lines = []
        for n, pc in enumerate(pieces):
            txt = pc["text"]
            if n == 0 and prefix:
                segs = prefix.split("|")
                lines.extend(segs[:-1])
                txt = segs[-1] + txt
            if n == 0 and lead and not lead_own:
                txt = lead + txt
            lines.append(txt)
        if lead and lead_own:
            self.emit(lead)
        return lines

    def run(self) -> None:
        for cmd in self.doc["layout"]:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "mast" or op == "box" or op == "raw":
                parts = [p.strip() for p in rest.split("¦")]
                for k, p in enumerate(parts):
                    tight = op == "box" and k > 0 and self.layout == "column"
                    self.emit(p, tight=tight)
                self.extras.append("".join(p.replace(" ", "") for p in parts))
                key = {"mast": "masthead pieces (lines)", "box": "short box lines (countdown, code, framed label)",
                       "raw": "other page furniture lines"}[op]
                self.stats[key] += len(parts)
                if op == "mast":
                    self.stats["masthead pieces merged on one line"] += sum(1 for p in parts if " " in p)
                self.last_printed = None
            elif op == "head":
                a = self.art(args[0])
                self.head_lines(a, " ".join(args[1:]))
                if len(args) > 1 and any(self.body_seen.get(args[0]) for _ in [0]):
                    self.stats["headline printed after its body"] += 1
            elif op == "bunch":
                # headlines of several stories printed together: bunch a1:k+t a2:t ...
                for item in args:
                    nm, _, spec = item.partition(":")
                    self.head_lines(self.art(nm), spec.replace(",", " "))
                self.stats["headline stacks bunched with other stories' headlines"] += len(args)
                self.last_printed = None
            elif op == "byline":
                a = self.art(args[0])
                parts = a["f"]["byline"].split("|")
                for k, p in enumerate(parts):
                    self.emit(p.strip(), tight=k > 0 and self.layout == "column")
                if len(parts) > 1:
                    self.stats["line break between a byline's names"] += 1
                self.last_printed = a["name"]
            elif op == "body":
                a = self.art(args[0])
                i, j = int(args[1]), int(args[2]) if args[2] != "end" else len(a["flat"])
                opts = dict(o.split("=", 1) for o in args[3:] if "=" in o)
                lead = opts.get("lead", "").replace("_", " ")
                lines = self.body(a, i, j, float(opts["w"]) if "w" in opts else None, lead,
                                  "leadown" in args[3:])
                if lead:
                    self.stats["jump markers"] += 1
                for ln in lines:
                    self.emit(ln, owner=a["name"])
                self.last_printed = a["name"]
            elif op == "inter":
                # two stories alternating line by line: inter aX i j aY k l w=..
                a, b = self.art(args[0]), self.art(args[3])
                opts = dict(o.split("=", 1) for o in args[6:] if "=" in o)
                w = float(opts.get("w", 14))
                la = self.body(a, int(args[1]), int(args[2]) if args[2] != "end" else len(a["flat"]), w)
                lb = self.body(b, int(args[4]), int(args[5]) if args[5] != "end" else len(b["flat"]), w)
                n = max(len(la), len(lb))
                for k in range(n):
                    if k < len(la):
                        self.emit(la[k])
                    if k < len(lb):
                        self.emit(lb[k])
                self.stats["lines of two stories alternating line by line"] += len(la) + len(lb)
                self.last_printed = None
            elif op == "mark":
                self.emit(rest.replace("_", " ").strip())
                self.stats["jump markers"] += 1
            elif op == "photo":
                a = self.art(args[0])
                mode = args[1] if len(args) > 1 else "same"
                cred = a["f"].get("byline", "")
                wide = int(a["f"].get("width", 0) or 0)
                capl = []
                for cap in a["paras"]:
                    capl += [cap] if not wide else [cap[k:k + wide] for k in range(0, len(cap), wide)]
                if wide:
                    self.stats["photo caption lines wrapped at a fixed width"] += len(capl)
                if self.layout == "paragraph":
                    self.gap(2)
                if mode == "same":
                    capl[-1] = capl[-1] + " " + cred if cred else capl[-1]
                    for ln in capl:
                        self.emit(ln)
                elif mode == "glued":
                    capl[-1] = capl[-1] + cred
                    for ln in capl:
                        self.emit(ln)
                else:
                    for ln in capl:
                        self.emit(ln)
                    if mode == "right":
                        self.emit(" " * (24 + self.rng.randint(0, 8)) + cred)
                        self.stats["credits right-aligned on a line of their own"] += 1
                    else:
                        self.emit(cred)
                self.stats["photo captions"] += 1
                self.last_printed = a["name"]
            elif op == "dup":
                n = int(args[0])
                printed = [t for t, s in self.lines if t.strip()][-n:]
                for t in printed:
                    self.emit(t)
                    self.dups.append(t.strip())
                self.stats["lines printed twice"] += n
            elif op == "gap":
                self.gap(int(args[0]) if args else 1)
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd}")
        # every cut piece must be printed exactly once
        for name, a in self.arts.items():
            if self.body_seen.get(name, 0) != len(a["flat"]) and a["f"].get("kind") != "photo":
                raise SystemExit(f"{self.src.name}: {name} body not fully printed")

    def text(self) -> str:
        if self.layout == "column":
            out = ""
            for k, (t, sep) in enumerate(self.lines):
                if k:
                    out += "\n" if sep == "tight" else "\n\n"
                out += t
            return re.sub(r"\n{4,}", "\n\n\n", out) + "\n\n\n"
        out = "\n\n"
        first = True
        for t, sep in self.lines:
            if sep == "gap":
                out += "\n"
                continue
            if not first:
                out += "\n\n"
            out += t
            first = False
        return out


def build() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    rows = []
    phen = Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        h = pg.doc["head"]
        num = src.stem[1:].rjust(3, "0")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num}_{digest}"
        gold = {
            "source": name + ".txt",
            "issue_date": h["date"],
            "issue_number": h.get("number") or None,
            "page_count": int(h["pages"]) if h.get("pages") else None,
            "articles": [pg.gold_article(a) for a in pg.arts.values()],
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        phen.update(pg.stats)
        nchar = len(re.sub(r"\s", "", text))
        kinds = Counter(a["kind"] for a in gold["articles"])
        rows.append((name + ".txt", h["date"], h["page"], h["layout"], h["punct"],
                     len(gold["articles"]), nchar, h.get("subjects", ""),
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))))
    ptable = ["| file | issue date | page | layout | punctuation | articles | characters | kinds | subjects |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptable.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[8]} | {r[7]} |")
    ftable = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(phen.items(), key=lambda kv: (-kv[1], kv[0])):
        ftable.append(f"| {k} | {v} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PAGES}}", "\n".join(ptable)).replace("{{PHENOMENA}}", "\n".join(ftable))
    files["README.md"] = readme.encode("utf-8")
    return files


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file():
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages, "
          f"{sum(1 for k in files if k.startswith('gold/'))} gold files, README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
