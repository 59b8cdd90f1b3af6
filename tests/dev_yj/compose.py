#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name."""
import hashlib, json, random, re, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = set("，、。；：！？”）》」,;:)!?")
OPEN = set("“（《「(")
PUNCT_SPREAD = set("，、。；：")
CUT = re.compile(r"\{/([a-z]?)\}")
CUTNAMES = {"": "plain cut", "v": "cut between verb and figure", "u": "cut between figure and unit",
            "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name"}


def em(s):
    return sum(0 if c == " " else (1 if unicodedata.east_asian_width(c) in "WFA" and ord(c) > 127 else 0.5) for c in s)


def convert(s, punct):
    if punct == "half":
        return s.translate(str.maketrans("，（）：；", ",():;"))
    if punct == "mixed":
        return s.translate(str.maketrans("（）", "()"))
    return s


def parse(path):
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("%page"):
            page = dict(kv.split("=", 1) for kv in line.split()[1:])
            mode = "page"
        elif line.startswith("%art"):
            bits = line.split()
            cur = {"id": bits[1], "kind": bits[2], "col": "", "kick": "", "title": "", "sub": "",
                   "by": "", "dl": "", "cont": "", "mark": "", "paras": []}
            arts[bits[1]] = cur
            order.append(bits[1])
            mode = "art"
        elif line.startswith("%layout"):
            mode = "layout"
        elif mode == "art":
            key, _, val = line.partition("=")
            if key in ("p", "h"):
                cur["paras"].append((key, val))
            else:
                cur[key] = val
        elif mode == "layout":
            layout.append(line)
    return page, arts, order, layout


class Page:
    def __init__(self, src):
        self.name = src.name
        self.rng = random.Random(src.name)
        self.page, self.arts, self.order, self.layout = parse(src)
        self.punct = self.page.get("punct", "full")
        self.column = self.page["layout"] == "column"
        self.width = float(self.page.get("w", "16"))
        self.out = []          # list of (text, joiner-before)
        self.extras, self.dups = [], []
        self.stats = Counter()
        self.printed = Counter()
        for a in self.arts.values():
            segs = []
            for pi, (k, p) in enumerate(a["paras"]):
                p = convert(p, self.punct)
                pieces = CUT.split(p)
                texts, tags = pieces[0::2], pieces[1::2]
                for t in tags:
                    self.stats[CUTNAMES[t]] += 1
                for si, t in enumerate(texts):
                    segs.append({"para": pi, "text": t, "first": si == 0, "last": si == len(texts) - 1})
            a["segs"] = segs
            for f in ("col", "kick", "title", "sub", "by", "dl", "mark"):
                a[f] = convert(a[f], self.punct)

    # ---------------------------------------------------------------- output
    def emit(self, text, join="\n\n"):
        self.out.append((text, join))

    def spaced_numbers(self, s):
        def rep(m):
            r = self.rng.random()
            if r < 0.55:
                self.stats["spaces around a number run"] += 1
                return " " + m.group(0) + " "
            if r < 0.7:
                self.stats["spaces around a number run"] += 1
                return " " + m.group(0)
            return m.group(0)
        s = re.sub(r"(?<=[\u4e00-\u9fff，、。（“])[0-9][0-9.]*(?=[\u4e00-\u9fff%，、。）])", rep, s)
        s = re.sub(r"(?<=[0-9])%(?=[，、。；])", lambda m: "% " if self.rng.random() < 0.3 else "%", s)
        return s

    def spread(self, s):
        toks = re.findall(r"[0-9][0-9.%]*|.", s.replace(" ", ""))
        out = toks[0]
        for prev, t in zip(toks, toks[1:]):
            out += t if prev in CLOSE else " " + t
        return out

    def wrap(self, text, width, forced_ok=True):
        """Break text into column lines of `width` em; '|' forces a break."""
        lines, cur = [], ""
        for c in re.findall(r"\||[0-9][0-9.%]*|[A-Za-z]+|.", text):
            if c == "|":
                lines.append(cur)
                cur = ""
                continue
            if em(cur + c) > width + 0.01 and cur and c not in CLOSE:
                lines.append(cur)
                cur = ""
            cur += c
        if cur:
            lines.append(cur)
        return lines

    def colprint(self, text, width, last_is_end=True, spread_ok=True, dlen=0):
        lines = self.wrap(text, width)
        if dlen:
            # a dateline tail of 1-3 characters at a line start cannot be read as a
            # unit: move the break back until the tail holds 4 characters
            dl_chars = len(re.sub(r"\s", "", text[:dlen].replace("|", "")))
            seen = 0
            for k in range(1, len(lines)):
                seen += len(re.sub(r"\s", "", lines[k - 1]))
                tail = dl_chars - seen
                if 0 < tail < 4:
                    while tail < 4 and len(lines[k - 1]) > 1:
                        ch = lines[k - 1][-1]
                        lines[k - 1], lines[k] = lines[k - 1][:-1], ch + lines[k]
                        tail += 0 if ch.isspace() else 1
                    self.stats["line break moved to keep a dateline tail readable"] += 1
                    break
        for k, ln in enumerate(lines):
            ln = self.spaced_numbers(ln)
            lastline = k == len(lines) - 1 and last_is_end
            pn = sum(ln.count(p) for p in PUNCT_SPREAD)
            if spread_ok and not lastline and not re.search(r"[讯电]（|日报", ln) and (pn >= 2 or re.search("[0-9]", ln)) and self.rng.random() < 0.3:
                ln = self.spread(ln)
                self.stats["justified line spread with spaces"] += 1
            self.emit(ln.strip() if k else ln.rstrip())

    # ---------------------------------------------------------------- commands
    def run(self):
        for cmd in self.layout:
            parts = cmd.split()
            op, args = parts[0], parts[1:]
            getattr(self, "op_" + op)(cmd[len(op):].strip(), args)
        for aid, a in self.arts.items():
            n = len(a["segs"])
            for i in range(n):
                if self.printed[(aid, i)] != 1:
                    raise SystemExit(f"{self.name}: segment {aid}.{i} printed {self.printed[(aid, i)]} times")
        text = ""
        for k, (t, j) in enumerate(self.out):
            text += (j if k else self.page.get("lead", "")) + t
        return text + "\n"

    def op_mast(self, rest, args):
        pieces = rest.split("|")
        for p in pieces:
            self.emit(p.strip() if not p.startswith(" ") else p, "\n\n" if self.rng.random() < 0.8 else "\n")
            self.extras.append(p.strip())
            self.stats["masthead pieces"] += 1
        self.emit("", "\n\n")

    def op_box(self, rest, args):
        self.emit(rest)
        self.extras.append(rest.strip())
        self.stats["short box line (extras)"] += 1

    def head_lines(self, a, style):
        parts = []
        if a["col"] and a.get("colpos", "before") == "before":
            parts.append(a["col"])
        for f in ("kick", "title", "sub"):
            if a[f]:
                parts.append(a[f])
        return parts

    def op_head(self, rest, args):
        a = self.arts[args[0]]
        style = args[1] if len(args) > 1 else "lines"
        parts = self.head_lines(a, style)
        self.stats["headline stacks printed"] += 1
        if style == "one":
            self.emit(" ".join(p.replace("|", "") for p in parts))
            self.stats["headline parts bunched on one line"] += 1
            return
        for p in parts:
            if style == "double" and p == a["title"]:
                t = p.replace("|", "")
                self.emit(t + " " + t)
                self.dups.append(t)
                self.stats["headline doubled on one line"] += 1
            elif "|" in p:
                bits = p.split("|")
                self.emit(bits[0])
                for b in bits[1:]:
                    self.emit(b, "\n" if not self.column else "\n\n")
                self.stats["headline broken over lines"] += 1
            else:
                self.emit(p)
        if style == "twice":
            t = a["title"].replace("|", "")
            self.emit(t)
            self.dups.append(t)
            self.stats["headline printed as two identical lines"] += 1

    def op_label(self, rest, args):
        a = self.arts[args[0]]
        self.emit(a["col"])
        self.stats["column label printed after its commentary"] += 1

    def op_byl(self, rest, args):
        a = self.arts[args[0]]
        bits = a["by"].split("|")
        self.emit(bits[0])
        for b in bits[1:]:
            self.emit(b, "\n")
            self.stats["line break inside a byline"] += 1

    def op_body(self, rest, args):
        aid, rng_ = args[0], args[1]
        width = self.width
        for x in args[2:]:
            if x.startswith("w="):
                width = float(x[2:])
        a = self.arts[aid]
        nxt = next((k for k in range(len(a["segs"])) if not self.printed[(aid, k)]), len(a["segs"]))
        if rng_ == "*":
            lo, hi = nxt, len(a["segs"]) - 1
        elif rng_.startswith("+"):
            lo, hi = nxt, nxt + int(rng_[1:]) - 1
        else:
            lo, hi = (int(v) for v in rng_.split("-")) if "-" in rng_ else (int(rng_), int(rng_))
        for i in range(lo, hi + 1):
            seg = a["segs"][i]
            self.printed[(aid, i)] += 1
            text = seg["text"]
            if i == 0:
                if a["kind"] == "continuation" and a["mark"]:
                    text = a["mark"] + text
                    self.stats["jump marker (continuation)"] += 1
                elif a["dl"]:
                    text = a["dl"] + text
                    if "|" in a["dl"]:
                        self.stats["line break inside a dateline"] += 1
            if self.column:
                dlen = len(a["dl"]) if i == 0 and a["dl"] and a["kind"] != "continuation" else 0
                self.colprint(text, width, last_is_end=seg["last"], dlen=dlen)
            else:
                parts = text.split("|")
                self.emit(parts[0])
                for b in parts[1:]:
                    self.emit(b, "\n")
            if not seg["last"] and self.printed[(aid, i + 1)] == 0:
                if i + 1 <= hi:
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["paragraph cut, continued after other text"] += 1

    def op_dup(self, rest, args):
        a = self.arts[args[0]]
        seg = a["segs"][int(args[1])]
        if self.column:
            self.colprint(seg["text"], self.width, spread_ok=False)
        else:
            self.emit(seg["text"])
        self.dups.append(seg["text"].replace("|", ""))
        self.stats["text printed twice (duplicates)"] += 1

    def op_mark(self, rest, args):
        a = self.arts[args[0]]
        self.emit(a["mark"])
        self.stats["jump marker (to a later page)"] += 1

    def op_photo(self, rest, args):
        a = self.arts[args[0]]
        style = args[1] if len(args) > 1 else "right"
        if a["title"]:
            self.emit(a["title"])
        cap = a["segs"][0]["text"]
        self.printed[(args[0], 0)] += 1
        if self.column:
            lines = self.wrap(cap, self.width)
            for ln in lines[:-1]:
                self.emit(ln)
            last = lines[-1]
        else:
            last = cap
        if a["by"] and style == "inline":
            self.emit(last + " " + a["by"])
            self.stats["photo credit on the caption line"] += 1
        else:
            self.emit(last)
            if a["by"]:
                self.emit(" " * self.rng.randint(14, 30) + a["by"])
                self.stats["credit right-aligned on its own line"] += 1

    # ---------------------------------------------------------------- gold
    def gold(self, source):
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras = {}
            for s in a["segs"]:
                paras.setdefault(s["para"], "")
                paras[s["para"]] += s["text"].replace("|", "")
            plist = [paras[k] for k in sorted(paras)]
            subheads = [convert(p, self.punct) for k, p in a["paras"] if k == "h"]
            cont = a["cont"] or ""
            arts.append({"kind": a["kind"], "column": a["col"], "kicker": a["kick"].replace("|", ""),
                         "title": a["title"].replace("|", ""), "subtitle": a["sub"].replace("|", ""),
                         "byline": a["by"].replace("|", ""), "dateline": a["dl"].replace("|", ""),
                         "continued": cont, "subheads": subheads, "paragraphs": plist})
        g = {"source": source, "issue_date": self.page["date"],
             "issue_number": self.page.get("issue") or None,
             "page_count": int(self.page["count"]) if self.page.get("count") else None,
             "articles": arts, "extras": self.extras, "duplicates": self.dups}
        return g


def main():
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    rows, phen = [], Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (HERE / "gold" / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        phen.update(pg.stats)
        chars = len(re.sub(r"\s", "", text))
        rows.append(f"| {name}.txt | {g['issue_date']} | {pg.page['page']} | {pg.page['layout']} | "
                    f"{pg.punct} | {len(g['articles'])} | {chars} | {pg.page.get('subjects', '').replace('_', ' ')} |")
    ptab = "| phenomenon | count |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in sorted(phen.items()))
    pagetab = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
               "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ptab).replace("{{PAGES}}", pagetab)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    (HERE / "phenomena.md").write_text(ptab + "\n\n" + pagetab + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
