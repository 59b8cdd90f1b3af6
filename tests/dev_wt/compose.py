#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only; deterministic (random.Random seeded by the source file name).
Source format: see README.in / README.md ("Source format").
"""
import hashlib, json, random, re, sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

PAUSE = "、，。；：！？"
CLOSE = "”’》）」』%"
OPEN = "“‘《（「『"
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×\-/]*")
PH = Counter()          # phenomena counted while composing


def width(s):
    return sum(0 if c == " " else (0.5 if ord(c) < 128 else 1) for c in s)


def punct(s, mode):
    """Apply the page's punctuation width to text written full-width."""
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse(path):
    page, extras, arts, layout = {}, OrderedDict(), OrderedDict(), []
    sec, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("@page"):
            sec = "page"; continue
        if line.startswith("@extras"):
            sec = "extras"; continue
        if line.startswith("@layout"):
            sec = "layout"; continue
        if line.startswith("@a "):
            sec = "art"; aid = line.split()[1]
            cur = arts[aid] = OrderedDict(id=aid, kind="news", column="", kicker="", title="",
                                          subtitle="", byline="", dateline="", continued="",
                                          marker="", paras=[])
            continue
        if sec == "page":
            k, v = line.split(":", 1); page[k.strip()] = v.strip()
        elif sec == "extras":
            k, v = line.split(":", 1); extras[k.strip()] = v.strip()
        elif sec == "art":
            if line.startswith("= "):
                cur["paras"].append(line[2:].strip())
            elif line.startswith("+ "):           # continuation of previous paragraph source line
                cur["paras"][-1] += line[2:].strip()
            else:
                k, v = line.split(":", 1); cur[k.strip()] = v.strip()
        elif sec == "layout":
            layout.append(line.split())
    return page, extras, arts, layout


class Page:
    def __init__(self, path):
        self.name = path.stem
        self.rng = random.Random(path.name)
        self.page, self.extras, self.arts, self.layout = parse(path)
        self.mode = self.page["layout"]            # column | para
        self.pm = self.page.get("punct", "full")
        self.W = float(self.page.get("width", "17"))
        self.lines = []       # printed lines (None = blank line)
        self.dups, self.markers = [], []
        for a in self.arts.values():
            for k in ("kicker", "title", "subtitle", "dateline", "byline", "column"):
                a[k] = punct(a[k], self.pm)
            a["paras"] = [punct(p, self.pm) for p in a["paras"]]
            pieces = []
            for pi, p in enumerate(a["paras"]):
                parts = p.split("‖")
                if len(parts) > 1:
                    PH["paragraph cut into pieces (‖)"] += len(parts) - 1
                for j, part in enumerate(parts):
                    pieces.append((pi, j, part))
            a["pieces"] = pieces
            a["numspace"] = self.rng.random() < 0.6

    # ---- output helpers
    def out(self, s, blank=True):
        self.lines.append(s)
        if blank:
            self.lines.append("")

    # ---- column flow
    def tokens(self, text):
        toks, i = [], 0
        while i < len(text):
            m = NUMRUN.match(text, i)
            if m and m.end() > i:
                toks.append(m.group()); i = m.end()
            else:
                toks.append(text[i]); i += 1
        return toks

    def flow(self, text, W, numspace, indent=True):
        """Break text into column lines of W em; '¦' forces a break; the first line of a
        paragraph is indented 2 em (the indent itself is not extracted)."""
        lines = []
        for seg_i, seg in enumerate(text.split("¦")):
            toks = self.tokens(seg)
            cur, w = [], 0.0
            for t in toks:
                tw = width(t)
                lw = W - 2 if (indent and not lines and seg_i == 0) else W
                if cur and w + tw > lw and not (t[0] in PAUSE + CLOSE):
                    lines.append([cur, w, False]); cur, w = [], 0.0
                # an opening mark may not end a line
                cur.append(t); w += tw
                if w >= W and cur and cur[-1][-1] in OPEN and len(cur) > 1:
                    o = cur.pop(); lines.append([cur, w - width(o), False]); cur, w = [o], width(o)
            if cur:
                lines.append([cur, w, True])
            if seg_i < len(text.split("¦")) - 1:
                PH["forced break inside a dateline / byline"] += 1
                lines[-1][2] = "forced"
        res = []
        for n, (toks, w, end) in enumerate(lines):
            if n == 0 and indent:
                w += 2
            is_last = n == len(lines) - 1
            nfull = sum(1 for t in toks if t in PAUSE + CLOSE + OPEN)
            spread = False
            if not is_last and end is False:
                if W - w >= 1.0 or (nfull >= 3 and self.rng.random() < 0.35):
                    spread = True
            if spread:
                PH["justified line spread with spaces"] += 1
                s = ""
                for k, t in enumerate(toks):
                    if k and not (toks[k - 1][-1] in PAUSE + CLOSE or t[0] in OPEN):
                        s += " "
                    s += t
            else:
                s = ""
                for k, t in enumerate(toks):
                    if numspace and NUMRUN.fullmatch(t) and t[0].isdigit():
                        if k and not s.endswith(" ") and toks[k - 1][-1] not in OPEN + PAUSE:
                            s += " "
                        s += t
                        if k + 1 < len(toks) and toks[k + 1][0] not in PAUSE + CLOSE:
                            s += " "
                        PH["spaces around a number run"] += 1
                        continue
                    s += t
            res.append(s)
        return res

    # ---- commands
    def headline_parts(self, a):
        return [p for p in (a["kicker"], a["title"], a["subtitle"]) if p]

    def cmd_h(self, a, mode, tight_after):
        parts = self.headline_parts(a)
        if mode == "line":
            self.out(" ".join(p.replace("¦", "") for p in parts), not tight_after)
            PH["headline stack printed on one line"] += 1
            return
        n = 0
        for role in ("kicker", "title", "subtitle"):
            p = a[role]
            if not p:
                continue
            n += 1
            sub = p.split("¦")
            if len(sub) > 1:
                PH["headline line broken (word left alone)"] += 1
            if role == "title" and mode == "double":
                t = p.replace("¦", "")
                self.out(t + t, True); self.dups.append(t)
                PH["headline doubled on one line"] += 1
                continue
            for k, s in enumerate(sub):
                last = (n == len(parts)) and k == len(sub) - 1
                blank = (mode != "tight") and k == len(sub) - 1
                if last:
                    blank = not tight_after
                self.out(s, blank)
            if role == "title" and mode == "twice":
                t = p.replace("¦", "")
                self.out(t, True); self.dups.append(t)
                PH["headline printed on two identical lines"] += 1

    def piece_range(self, a, rng):
        if rng == "all":
            return list(range(len(a["pieces"])))
        lo, sep, hi = rng.partition("-")
        lo = int(lo); hi = int(hi) if hi else (len(a["pieces"]) if sep else lo)
        return list(range(lo - 1, hi))

    def cmd_b(self, a, rng, prefix=""):
        idx = self.piece_range(a, rng)
        a.setdefault("printed", []).extend(idx)
        dl = a["dateline"]
        for k in idx:
            pi, j, text = a["pieces"][k]
            if k == 0 and dl:
                text = dl + text
            if k == idx[0] and prefix:
                text = prefix + text
            if text.startswith("## "):
                self.out(text[3:]); PH["crosshead inside a story"] += 1
                continue
            if self.mode == "para":
                text = text.replace("¦", "")
                text = self.para_debris(text, a)
                self.out(text)
            else:
                for s in self.flow(text, self.W_for(a), a["numspace"], indent=(j == 0)):
                    self.out(s)

    def W_for(self, a):
        return float(a.get("width", self.W))

    def para_debris(self, text, a):
        # glyph-gap spaces of PDF extraction in paragraph pages
        if a["numspace"] and self.rng.random() < 0.5:
            new = re.sub(r"(?<=[\u4e00-\u9fff])(\d[\d.]*)(?=[\u4e00-\u9fff])", r" \1 ", text, count=2)
            if new != text:
                PH["spaces around a number run"] += 1
                text = new
        if self.rng.random() < 0.25 and "“" in text:
            text = text.replace("“", "“ ", 1); PH["space after an opening quote"] += 1
        if self.rng.random() < 0.2 and "%" in text:
            text = re.sub(r"(?<=\d)%", " %", text, count=1); PH["glyph-gap space before %"] += 1
        return text

    def run(self):
        for cmd in self.layout:
            op, args = cmd[0], cmd[1:]
            tight = "-" in args
            args = [x for x in args if x != "-"]
            if op == "x":                      # page furniture (extras)
                for s in self.extras[args[0]].split("|"):
                    self.out(s.strip() if not s.startswith("  ") else s.rstrip(), not tight)
                PH["page furniture item (masthead, box)"] += 1
            elif op == "gap":                  # extra blank lines
                self.lines.extend([""] * int(args[0] if args else 2))
            elif op == "h":
                self.cmd_h(self.arts[args[0]], args[1] if len(args) > 1 else "stack", tight)
            elif op == "c":
                self.out(self.arts[args[0]]["column"], not tight); PH["column label line"] += 1
            elif op == "y":
                a = self.arts[args[0]]
                parts = a["byline"].split("¦")
                if len(parts) > 1:
                    PH["line break between a byline's names"] += 1
                for k, s in enumerate(parts):
                    self.out(s.strip(), (k == len(parts) - 1) and not tight)
            elif op == "b":
                self.cmd_b(self.arts[args[0]], args[1] if len(args) > 1 else "all")
            elif op == "bm":                   # body with the jump marker in front
                a = self.arts[args[0]]
                self.markers.append(a["marker"]); PH["jump marker"] += 1
                self.cmd_b(a, args[1] if len(args) > 1 else "all", prefix=a["marker"])
            elif op == "m":
                a = self.arts[args[0]]
                self.out(a["marker"], not tight); self.markers.append(a["marker"])
                PH["jump marker"] += 1
            elif op == "p":                    # photo caption + credit
                a = self.arts[args[0]]
                how = args[1] if len(args) > 1 else "below"
                caps = [p for p in a["paras"]]
                cred = a["byline"]
                for k, c in enumerate(caps):
                    lastc = k == len(caps) - 1
                    if lastc and how == "same" and cred:
                        self.out(c + " " * self.rng.choice([1, 2, 4]) + cred)
                        PH["photo credit on the caption line"] += 1
                    else:
                        self.out(c)
                if cred and how == "right":
                    self.out(" " * self.rng.choice([24, 30, 36, 40]) + cred)
                    PH["credit right-aligned on its own line"] += 1
                elif cred and how == "below":
                    self.out(cred)
            elif op == "dup":                  # reprint a piece (paragraph pages) or last n lines
                if args[0] == "last":
                    n = int(args[1])
                    got = [l for l in self.lines if l][-n:]
                    for l in got:
                        self.out(l); self.dups.append(l.strip())
                    PH["line printed twice"] += n
                else:
                    a = self.arts[args[0]]
                    k = int(args[1]) - 1
                    text = a["pieces"][k][2]
                    self.out(text); self.dups.append(text)
                    PH["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op}")
        for a in self.arts.values():
            want = list(range(len(a["pieces"]))) if a["kind"] != "photo" else []
            got = sorted(a.get("printed", []))
            if a["kind"] != "photo" and got != want:
                raise SystemExit(f"{self.name}: {a['id']} pieces printed {got}, want {want}")
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        lead = "\n\n" if self.mode == "para" else ""
        return lead + "\n".join(self.lines) + "\n"

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras = []
            for p in a["paras"]:
                t = p.replace("‖", "").replace("¦", "")
                if t.startswith("## "):
                    t = t[3:]
                paras.append(re.sub(r"\s+", "", t))
            subs = [p[3:].replace("‖", "") for p in a["paras"] if p.startswith("## ")]
            arts.append(OrderedDict([
                ("kind", a["kind"]), ("column", a["column"]),
                ("kicker", a["kicker"].replace("¦", "")), ("title", a["title"].replace("¦", "")),
                ("subtitle", a["subtitle"].replace("¦", "")),
                ("byline", a["byline"].replace("¦", " ")), ("dateline", a["dateline"].replace("¦", "")),
                ("continued", a["continued"]), ("subheads", subs), ("paragraphs", paras)]))
        issue = self.page.get("issue")
        pc = self.page.get("pages")
        return OrderedDict([
            ("source", fname), ("issue_date", self.page["date"]),
            ("issue_number", int(issue) if issue else None),
            ("page_count", int(pc) if pc else None),
            ("articles", arts),
            ("extras", [v.replace("|", "").replace(" ", "") if not v.startswith("  ") else v.strip()
                        for v in self.extras.values()]),
            ("duplicates", self.dups)])


def md_table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.glob("*"):
            f.unlink()
    rows, meta = [], []
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        fname = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (PAGES / (fname + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(fname + ".txt")
        (GOLD / (fname + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        meta.append({"source": fname + ".txt", "markers": pg.markers})
        chars = len(re.sub(r"\s", "", text))
        rows.append([fname + ".txt", pg.page["date"], pg.page["page"], pg.page["layout"],
                     pg.page.get("punct", "full"), len(g["articles"]), chars,
                     pg.page.get("subjects", "")])
    (HERE / "markers.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    ph = md_table(sorted(PH.items(), key=lambda x: (-x[1], x[0])), ["phenomenon", "count"])
    pt = md_table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles",
                         "characters", "subjects"])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(ph)
    print()
    print(pt)


if __name__ == "__main__":
    main()
