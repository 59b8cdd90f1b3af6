#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw extracted page text
(pages/*.txt), their gold annotations (gold/*.json) and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

CLOSE = set("，。、；：？！”）》』」,;:?!)%…")
OPEN = set("“（《‘(「『")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%×\-]+")
CUT = re.compile(r"¦([a-z])")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term or quotation",
             "n": "cut inside a name", "p": "cut at a clause (plain)", "c": "column break inside a paragraph, nothing between"}

HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
MIXED = str.maketrans({"（": "(", "）": ")"})


def width(tok):
    w = 0.0
    for c in tok:
        if c == " ":
            continue
        w += 1.0 if (unicodedata.east_asian_width(c) in "WF" or c in "“”‘’…—·") else 0.5
    return w


def tokens(text):
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


def is_cjk(tok):
    return bool(tok) and not ASCII_RUN.fullmatch(tok) and tok not in CLOSE and tok not in OPEN


class Page:
    def __init__(self, path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta = {}
        self.arts = OrderedDict()
        self.layout = []
        self.stats = Counter()
        self.parse(path.read_text(encoding="utf-8"))
        tr = {"half": HALF, "mixed": MIXED}.get(self.meta.get("punct", "full"))
        if tr:
            for a in self.arts.values():
                for k, v in list(a.items()):
                    if isinstance(v, str) and k not in ("kind", "id"):
                        a[k] = v.translate(tr)
                a["paras"] = [(t, p.translate(tr)) for t, p in a["paras"]]
            self.layout = [(c, [x.translate(tr) for x in args]) for c, args in self.layout]

    # ---------------------------------------------------------------- parsing
    def parse(self, text):
        cur = None
        mode = "meta"
        for raw in text.splitlines():
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("== layout"):
                mode = "layout"
                continue
            if line.startswith("== "):
                mode = "art"
                aid = line[3:].strip()
                cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "", "subtitle": "",
                       "byline": "", "dateline": "", "continued": "", "marker": "", "lead": "", "paras": []}
                self.arts[aid] = cur
                continue
            if mode == "meta":
                k, _, v = line.partition(":")
                self.meta[k.strip()] = v.strip()
            elif mode == "art":
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k in ("para", "sub"):
                    cur["paras"].append((k, v))
                else:
                    cur[k] = v
            else:
                parts = line.split(" ", 1)
                cmd = parts[0]
                rest = parts[1] if len(parts) > 1 else ""
                if cmd in ("line", "mast", "box", "right"):
                    self.layout.append((cmd, [rest]))
                else:
                    self.layout.append((cmd, rest.split()))

    # ---------------------------------------------------------------- gold
    @staticmethod
    def clean(s):
        return CUT.sub("", s).replace("/", "")

    def gold_article(self, a):
        paras = [self.clean(p) for _, p in a["paras"]]
        subs = [self.clean(p) for t, p in a["paras"] if t == "sub"]
        return OrderedDict([("kind", a["kind"]), ("column", a["column"]), ("kicker", self.clean(a["kicker"])),
                            ("title", self.clean(a["title"])), ("subtitle", self.clean(a["subtitle"])),
                            ("byline", self.clean(a["byline"])), ("dateline", self.clean(a["dateline"])),
                            ("continued", a["continued"]), ("subheads", subs), ("paragraphs", paras)])

    # ---------------------------------------------------------------- pieces
    def pieces(self, a):
        """Split the body at the cut marks: list of pieces, each a list of
        (text, starts_paragraph, ends_paragraph, is_subhead)."""
        out, cur = [], []
        for t, p in a["paras"]:
            segs = CUT.split(p)
            texts, kinds = segs[0::2], segs[1::2]
            for j, s in enumerate(texts):
                cur.append((s, j == 0, j == len(texts) - 1, t == "sub"))
                if j < len(kinds):
                    self.stats[CUT_NAMES[kinds[j]]] += 1
                    out.append(cur)
                    cur = []
        out.append(cur)
        return out

    # ---------------------------------------------------------------- raw text helpers
    def numspace(self, text, prob):
        """Spaces around number runs and after an opening quote, glyph gaps."""
        toks = tokens(text)
        out = []
        for i, t in enumerate(toks):
            if i and ASCII_RUN.fullmatch(t) and is_cjk(toks[i - 1]) and self.rng.random() < prob:
                out.append(" ")
                self.stats["space before a number run"] += 1
            if t == "%" or (t.endswith("%") and len(t) > 1 and self.rng.random() < float(self.meta.get("pctgap", 0))):
                if t.endswith("%") and len(t) > 1:
                    out.append(t[:-1] + " %")
                    self.stats["glyph-gap space before %"] += 1
                    continue
            if i and t in "，、。；" and self.rng.random() < float(self.meta.get("gap", 0)):
                out.append(" ")
                self.stats["glyph-gap space before full-width punctuation"] += 1
            out.append(t)
            if ASCII_RUN.fullmatch(t) and i + 1 < len(toks) and is_cjk(toks[i + 1]) and self.rng.random() < prob * 0.7:
                out.append(" ")
                self.stats["space after a number run"] += 1
            if t == "“" and i + 1 < len(toks) and self.rng.random() < float(self.meta.get("qgap", 0)):
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out)

    def spread(self, toks):
        out = []
        for i, t in enumerate(toks):
            if i and not (toks[i - 1] in CLOSE or t in OPEN):
                out.append(" ")
            out.append(t)
        return "".join(out)

    def wrap(self, text, w, indent, last_is_end, prefix=None):
        """Wrap text into column lines of w em. indent: first line loses 2 em.
        Short non-final lines are justified (spread with spaces). A prefix (the
        tail of a dateline, a jump marker) is kept whole on the first line."""
        toks = ([prefix] if prefix else []) + tokens(text)
        lines, cur, cw = [], [], 0.0
        cap = w - (2 if indent else 0)
        for t in toks:
            tw = width(t)
            if cur and cw + tw > cap and t not in CLOSE and cur[-1] not in OPEN:
                lines.append(cur)
                cur, cw, cap = [], 0.0, w
            cur.append(t)
            cw += tw
        if cur:
            lines.append(cur)
        out = []
        for k, ln in enumerate(lines):
            lw = sum(width(t) for t in ln)
            lcap = w - (2 if (indent and k == 0) else 0)
            final = k == len(lines) - 1 and last_is_end
            npunct = sum(1 for t in ln if t in "，、。；：")
            if not final and (lw <= lcap - 1.0 or (npunct >= 3 and self.rng.random() < 0.5)):
                out.append(self.spread(ln))
                self.stats["justified line spread with spaces"] += 1
            else:
                out.append(self.numspace("".join(ln), float(self.meta.get("num", 0.5))))
        return out

    # ---------------------------------------------------------------- layout
    def build(self):
        col = self.meta["layout"] == "column"
        W = {"news": int(self.meta.get("w", 17))}
        blocks = []           # printed blocks, joined by blank lines
        extras, dups = [], []
        last_lines = []
        headed_before_body = set()
        body_seen = set()
        pieces = {aid: self.pieces(a) for aid, a in self.arts.items()}
        used = Counter()
        prev_body = None
        for cmd, args in self.layout:
            if cmd != "body":
                prev_body = None
            if cmd == "mast":
                parts = args[0].split("|")
                blocks.extend(parts)
                extras.append("".join(p.replace(" ", "") for p in parts))
                self.stats["masthead pieces"] += len(parts)
                self.stats["masthead pieces merged on one line"] += sum(1 for p in parts if " " in p)
            elif cmd == "line":
                blocks.append(args[0])
                extras.append(args[0].replace(" ", ""))
                self.stats["short box line"] += 1
            elif cmd == "box":
                parts = args[0].split("|")
                blocks.append("\n".join(parts))
                extras.append("".join(p.replace(" ", "") for p in parts))
                self.stats["short box line"] += len(parts)
            elif cmd == "head":
                a = self.arts[args[0]]
                style = args[1] if len(args) > 1 else "stack"
                blocks.append(self.head(a, style, col, dups))
                if args[0] in body_seen:
                    self.stats["headline printed after its body"] += 1
            elif cmd == "col":
                a = self.arts[args[0]]
                blocks.append(a["column"])
                self.stats["column label on its own line"] += 1
            elif cmd == "byline":
                a = self.arts[args[0]]
                blocks.append(a["byline"].replace("/", "\n"))
                self.stats["byline on its own line"] += 1
                if "/" in a["byline"]:
                    self.stats["line break inside a byline"] += 1
            elif cmd == "marker":
                a = self.arts[args[0]]
                blocks.append(a["marker"])
                extras.append(a["marker"])
                self.stats["jump marker"] += 1
            elif cmd == "photo":
                a = self.arts[args[0]]
                how = args[1] if len(args) > 1 else "same"
                caps = [self.clean(p) for _, p in a["paras"]]
                credit = a["byline"]
                if col:
                    for c in caps:
                        blocks.extend(self.wrap(c, 44, False, True) if width(c) > 44 else [c])
                else:
                    blocks.extend(caps)
                if how == "same":
                    blocks[-1] = blocks[-1] + (" " if col else "") + credit
                    self.stats["photo credit on the caption's line"] += 1
                elif how == "right":
                    blocks.append(" " * 24 + credit)
                    self.stats["credit right-aligned on its own line"] += 1
                else:
                    blocks.append(credit)
                    self.stats["credit on its own line"] += 1
            elif cmd == "body":
                aid, k = args[0], int(args[1])
                used[(aid, k)] += 1
                if prev_body == (aid, k - 1):
                    self.stats["paragraph split by a column break, nothing between"] += 1
                prev_body = (aid, k)
                a = self.arts[aid]
                body_seen.add(aid)
                piece = pieces[aid][k]
                lead = ""
                if k == 0 and a["dateline"]:
                    lead = a["dateline"]
                elif k == 0 and a["lead"] == "marker":
                    lead = a["marker"]
                    extras.append(a["marker"])
                    self.stats["jump marker"] += 1
                lines = []
                if lead and col and "/" not in lead and width(lead) > (int(args[2]) if len(args) > 2 else W["news"]) - 3:
                    if "通讯员" in lead:
                        i = lead.index("通讯员")
                        lead = lead[:i].rstrip() + "/" + lead[i:]
                        self.stats["line break before 通讯员 (automatic)"] += 1
                    elif "记者 " in lead:
                        i = lead.index("记者 ") + 3
                        lead = lead[:i].rstrip() + "/" + lead[i:]
                if lead:
                    segs = lead.split("/")
                    if len(segs) > 1:
                        self.stats["line break inside a dateline"] += 1
                    for s in segs[:-1]:
                        lines.append(self.numspace(s, float(self.meta.get("num", 0.5))) if col else s)
                    lead = segs[-1]
                for j, (text, start, end, sub) in enumerate(piece):
                    if not text:
                        continue
                    if sub:
                        lines.append(text)
                        self.stats["crosshead"] += 1
                        continue
                    t = (lead + text) if (j == 0 and lead) else text
                    if col:
                        lines.extend(self.wrap(text, int(args[2]) if len(args) > 2 else W["news"],
                                               start and not (j == 0 and lead), end,
                                               prefix=lead if (j == 0 and lead) else None))
                    else:
                        lines.append(t)
                    lead = ""
                if lead:
                    lines.append(lead)
                if col and k == 0 and a["dateline"] and self.rng.random() < 0.5:
                    lines[0] = " " + lines[0]
                blocks.extend(lines)
                last_lines = lines
            elif cmd == "dup":
                n = int(args[0]) if args else 1
                rep = last_lines[-n:]
                blocks.extend(rep)
                dups.append("".join(rep).replace(" ", ""))
                self.stats["line printed twice"] += n
            else:
                raise SystemExit(f"{self.path.name}: unknown layout command {cmd}")
        for aid, ps in pieces.items():
            if self.arts[aid]["kind"] == "photo":
                continue
            for k in range(len(ps)):
                if used[(aid, k)] != 1:
                    raise SystemExit(f"{self.path.name}: piece {aid} {k} laid out {used[(aid, k)]} times")
        text = "\n\n".join(blocks).rstrip("\n") + "\n"
        if self.meta.get("lead_blank"):
            text = "\n\n" + text
        arts = [self.gold_article(a) for a in self.arts.values()]
        return text, arts, extras, dups

    def head(self, a, style, col, dups):
        kick, title, sub = a["kicker"], a["title"], a["subtitle"]
        if "/" in title:
            self.stats["headline's last word alone on a line"] += 1
        title_p = title.replace("/", "\n")
        if style == "double":
            title_p = title_p.replace("\n", "") * 2
            dups.append(self.clean(title))
            self.stats["headline drawn twice on one line"] += 1
        elif style == "twice":
            title_p = title_p + "\n\n" + title_p
            dups.append(self.clean(title))
            self.stats["headline drawn twice as two lines"] += 1
        parts = [p for p in (kick.replace("/", "\n"), title_p, sub.replace("/", "\n")) if p]
        if style == "join":
            self.stats["headline stack bunched on one line"] += 1
            return " ".join(p.replace("\n", "") for p in parts)
        if style == "tight":
            return "\n".join(parts)
        return "\n\n".join(parts)


def build_all():
    files = {}
    rows, total = [], Counter()
    for i, sp in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(sp)
        text, arts, extras, dups = pg.build()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        m = pg.meta
        gold = OrderedDict([("source", name + ".txt"), ("issue_date", m["date"]),
                            ("issue_number", m.get("issue") or None),
                            ("page_count", int(m["count"]) if m.get("count") else None),
                            ("articles", arts), ("extras", extras), ("duplicates", dups)])
        files["pages/" + name + ".txt"] = text
        files["gold/" + name + ".json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", m["date"], m.get("page", ""), m["layout"], m.get("punct", "full"),
                     len(arts), nchar, m.get("subjects", "")))
        total.update(pg.stats)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in sorted(total.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" + "".join("| " + " | ".join(str(x) for x in r) + " |\n" for r in rows))
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    return files


def main():
    files = build_all()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            if f.is_file() and (d + "/" + f.name) not in files:
                f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
