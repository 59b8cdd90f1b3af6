#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (spaces around figures, which justified
lines get spread) comes from a random.Random seeded by the source file name, so a
rebuild is byte-for-byte identical.
"""
import hashlib, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = set("，。、；：？！”’）》」』…,.;:?!)")
OPEN = set("“‘（《「『(")
PUNCT = CLOSE | OPEN | set("—·")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CUT = re.compile(r"‖([a-z]?)")
STATS = Counter()


def conv(s, mode):
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse(path):
    page, arts, order, layout, cur = {}, {}, [], [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("%"):
            continue
        if line == "#page":
            cur = page
            continue
        if line.startswith("#art "):
            key = line.split()[1]
            cur = arts[key] = {"paras": []}
            order.append(key)
            continue
        if line == "#layout":
            cur = None
            continue
        if cur is None:
            layout.append(line.strip())
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if cur is page:
            page[k] = v
        elif k in ("p", "h"):
            cur["paras"].append((k, v))
        else:
            cur[k] = v
    return page, arts, order, layout


def tokens(s):
    return re.findall(r"[A-Za-z0-9.%+]+|\x00|.", s)


def tw(t):
    if t == "\x00":
        return 0
    return 0.5 * len(t) if t.isascii() else 1.0


def is_cjk(t):
    return len(t) == 1 and not t.isascii() and t not in PUNCT


def render(toks, spread, rng):
    out = []
    for i, t in enumerate(toks):
        out.append(t)
        if i == len(toks) - 1:
            break
        nxt = toks[i + 1]
        if spread:
            if t in CLOSE or t in OPEN:
                if t == "“" and rng.random() < 0.5:
                    out.append(" ")
                    STATS["space after opening quote"] += 1
                continue
            out.append(" ")
        else:
            if t.isascii() and t[0].isdigit() and nxt != "%" and (is_cjk(nxt) or nxt in CLOSE) and rng.random() < 0.45:
                out.append(" ")
                STATS["space around a figure"] += 1
            elif nxt.isascii() and nxt[0].isdigit() and is_cjk(t) and rng.random() < 0.75:
                out.append(" ")
                STATS["space around a figure"] += 1
            elif nxt == "%" and rng.random() < 0.12:
                out.append(" ")
                STATS["glyph gap before %"] += 1
            elif nxt in "，、。" and t.isascii() and rng.random() < 0.3:
                out.append(" ")
                STATS["glyph gap before punctuation"] += 1
    return "".join(out).strip()


def wrap(text, width, rng):
    """Column lines of `width` em: CJK and full-width punctuation 1 em, ASCII 0.5 em.
    A closing mark never starts a line (it hangs); a non-final line left short by
    1 em or more is justified by spreading it, and a full line with two or more
    marks is spread now and then (about 5 % of lines on seeds 000/004)."""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    forced = []
    for t in toks:
        if t == "\x00":
            lines.append(cur); forced.append(True); cur, w = [], 0.0
            continue
        if w + tw(t) > width and cur:
            if t in CLOSE:
                cur.append(t); lines.append(cur); forced.append(False); cur, w = [], 0.0
                continue
            lines.append(cur); forced.append(False); cur, w = [], 0.0
        cur.append(t); w += tw(t)
    if cur:
        lines.append(cur); forced.append(True)
    out = []
    for toks_, f in zip(lines, forced):
        width_ = sum(tw(t) for t in toks_)
        npunct = sum(t in CLOSE or t in OPEN for t in toks_)
        spread = (not f) and (width_ <= width - 1 or (npunct >= 2 and rng.random() < 0.12))
        if spread:
            STATS["justified line spread with spaces"] += 1
        out.append(render(toks_, spread, rng))
    return out


def gold_text(s):
    return CUT.sub("", s).replace("/", "")


class Page:
    def __init__(self, path):
        self.path = path
        self.page, self.arts, self.order, self.layout = parse(path)
        p = self.page
        self.mode = p["layout"]
        self.punct = p.get("punct", "full")
        self.rng = random.Random(path.name)
        self.units = {}
        self.cursor = {}
        for k in self.order:
            self.units[k] = self.make_units(k)
            self.cursor[k] = 0

    def c(self, s):
        return conv(s, self.punct)

    def make_units(self, k):
        a = self.arts[k]
        if a["kind"] == "photo" and not a.get("dateline"):
            return []
        units = []
        width = float(a.get("width", self.page.get("width", 17)))
        for i, (typ, text) in enumerate(a["paras"]):
            text = self.c(text)
            if i == 0 and a.get("dateline"):
                dl = self.c(a["dateline"])
                if self.mode == "column":
                    for m in re.finditer("/", dl):
                        before, after = dl[:m.start()], dl[m.end():]
                        STATS["dateline break: " + ("inside the date" if re.search(r"[0-9月]$", before)
                                                    else "before 通讯员" if after.startswith("通讯员")
                                                    else "between the names")] += 1
                text = (dl.replace("/", "\x00") if self.mode == "column" else dl.replace("/", "")) + text
            if self.mode == "column":
                if typ == "h":
                    units.append(gold_text(text))
                else:
                    body = CUT.sub("", text)
                    state = self.rng.getstate()
                    lines = wrap(body, width, self.rng)
                    if i == 0 and a.get("dateline"):
                        # a dateline whose last 1-3 glyphs would open the next line is
                        # ended on its own line instead (seed 004: "…（全媒体记者 王晗）")
                        n = len(re.sub(r"[\s\x00/]", "", dl))
                        seen = 0
                        for ln in lines:
                            k = len(re.sub(r"\s", "", ln))
                            if seen < n < seen + k and n - seen < 4:
                                self.rng.setstate(state)
                                cut = body.index(dl.replace("/", "\x00")) + len(dl)
                                lines = wrap(body[:cut] + "\x00" + body[cut:], width, self.rng)
                                STATS["dateline ended on its own line"] += 1
                                break
                            seen += k
                    units.extend(lines)
            else:
                pieces = CUT.split(text)
                texts = pieces[0::2]
                for tag in pieces[1::2]:
                    STATS["cut: " + {"v": "between a verb and its figure", "u": "between a figure and its unit",
                                     "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
                                     "c": "column break, nothing between", "": "plain cut"}[tag]] += 1
                units.extend(t.replace("\x00", "") for t in texts)
        return units

    def headline_lines(self, a, groups):
        lines = []
        for g in groups:
            if g == "T":
                t = self.c(gold_text(a["title"]))
                lines.append(t + " " + t)
                self.dups.append(t)
                STATS["headline doubled on one line"] += 1
                continue
            parts = []
            for ch in g:
                v = self.c(a.get({"k": "kicker", "t": "title", "s": "subtitle"}[ch], ""))
                if not v:
                    continue
                parts.append(v)
            text = " ".join(parts)
            if not text:
                continue
            segs = text.split("/")
            if len(segs) > 1 and len(segs[-1]) <= 3:
                STATS["headline's last word alone on a line"] += 1
            lines.extend(segs)
        return lines

    def build(self):
        out = []           # (gap_before, text)
        self.extras, self.dups = [], []
        gap = [None]
        printed_body = set()
        seen_head = Counter()

        def emit(t):
            out.append((gap[0], t))
            gap[0] = None

        for op in self.layout:
            parts = op.split()
            cmd = parts[0]
            if cmd == "nogap":
                gap[0] = 0; STATS["lines joined without a blank line"] += self.mode == "column"
            elif cmd == "gap":
                gap[0] = int(parts[1])
            elif cmd == "mast":
                pieces = [x.strip() for x in self.page["mast"].split("|")]
                for i, pc in enumerate(pieces):
                    for j, sub in enumerate(pc.split("+")):
                        if j:
                            gap[0] = 0
                        emit(sub.strip())
                        STATS["masthead pieces"] += 1
                        STATS["masthead pieces merged on one line"] += " " in sub.strip()
                self.extras.append(re.sub(r"[|+\s]", "", self.page["mast"]))
            elif cmd == "extra":
                txt = op[len("extra"):].strip()
                segs = [x.strip() for x in txt.split("|")]
                for s in segs:
                    emit(self.c(s))
                self.extras.append(self.c("".join(segs)))
                STATS["box lines (countdown, code prompt, label)"] += 1
            elif cmd == "col":
                emit(self.c(self.arts[parts[1]]["column"]))
                STATS["column label on its own line"] += 1
            elif cmd == "head":
                k = parts[1]
                a = self.arts[k]
                groups = parts[2:] or ["k", "t", "s"]
                if k in printed_body:
                    STATS["headline printed after its body"] += 1
                for ln in self.headline_lines(a, groups):
                    key = (k, ln)
                    if seen_head[key]:
                        self.dups.append(ln)
                        STATS["headline line printed twice"] += 1
                    seen_head[key] += 1
                    emit(ln)
            elif cmd == "byline":
                k = parts[1]
                b = self.c(self.arts[k]["byline"])
                segs = b.split("/")
                if len(segs) > 1:
                    STATS["byline broken between names"] += 1
                for s in segs:
                    if "right" in parts:
                        s = " " * self.rng.randint(18, 30) + s
                        STATS["credit right-aligned on its own line"] += 1
                    emit(s.rstrip())
            elif cmd == "body":
                k, n = parts[1], parts[2]
                a = self.arts[k]
                us = self.units[k]
                i = self.cursor[k]
                j = len(us) if n == "*" else i + int(n)
                if j > len(us):
                    raise SystemExit(f"{self.path.name}: {k} has only {len(us)} units, asked up to {j}")
                for u in range(i, j):
                    t = us[u]
                    if u == 0 and a.get("markinline"):
                        t = a["markinline"] + t
                        self.extras.append(a["markinline"])
                        STATS["jump markers"] += 1
                    emit(t)
                self.cursor[k] = j
                printed_body.add(k)
            elif cmd == "mark":
                emit(self.arts[parts[1]]["mark"])
                self.extras.append(self.arts[parts[1]]["mark"])
                STATS["jump markers"] += 1
            elif cmd == "dupunit":
                k, n = parts[1], int(parts[2])
                t = self.units[k][n - 1]
                emit(t)
                self.dups.append(t)
                STATS["line printed twice"] += 1
            elif cmd == "photo":
                k = parts[1]
                a = self.arts[k]
                cap = self.c(a["paras"][0][1])
                cred = self.c(a.get("byline", ""))
                how = parts[2] if len(parts) > 2 else "same"
                if self.mode == "column":
                    lines = wrap(cap, float(a.get("width", 44)), self.rng) if len(cap) > 44 else [cap]
                else:
                    lines = [cap]
                if cred and how == "same":
                    lines[-1] = lines[-1] + " " + cred.replace(" /", " ").replace("/", " ")
                for ln in lines:
                    emit(ln)
                segs = cred.split("/")
                if cred and how != "same" and len(segs) > 1:
                    STATS["byline broken between names"] += 1
                if cred and how == "right":
                    for sg in segs:
                        emit(" " * self.rng.randint(20, 34) + sg.strip())
                    STATS["credit right-aligned on its own line"] += 1
                elif cred and how == "sep":
                    for sg in segs:
                        emit(sg.strip())
                printed_body.add(k)
            else:
                raise SystemExit(f"{self.path.name}: unknown op {op!r}")
        for k in self.order:
            if self.cursor[k] != len(self.units[k]):
                raise SystemExit(f"{self.path.name}: {k} printed {self.cursor[k]}/{len(self.units[k])} units")
        # join
        if self.mode == "column":
            text = " "
            for i, (g, t) in enumerate(out):
                if i:
                    text += "\n" * ((1 if g is None else g) + 1)
                text += t
        else:
            text = "\n\n"
            for i, (g, t) in enumerate(out):
                if i:
                    text += "\n" * ((1 if g is None else g) + 1)
                text += t
        return text + "\n"

    def gold(self, name):
        p = self.page
        arts = []
        for k in self.order:
            a = self.arts[k]
            assert a["kind"] in KINDS, (self.path, k)
            paras = [self.c(gold_text(t)) for _, t in a["paras"]]
            subs = [self.c(gold_text(t)) for typ, t in a["paras"] if typ == "h"]
            g = {"kind": a["kind"], "column": self.c(a.get("column", "")),
                 "kicker": self.c(gold_text(a.get("kicker", ""))),
                 "title": self.c(gold_text(a.get("title", ""))),
                 "subtitle": self.c(gold_text(a.get("subtitle", ""))),
                 "byline": self.c(a.get("byline", "").replace(" /", " ").replace("/", " ")),
                 "dateline": self.c(gold_text(a.get("dateline", ""))),
                 "continued": a.get("continued", ""), "subheads": subs, "paragraphs": paras}
            arts.append(g)
        return {"source": name, "issue_date": p["date"],
                "issue_number": int(p["issue"]) if p.get("issue") else None,
                "page_count": int(p["pages"]) if p.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            f.unlink()
    rows = []
    for i, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.build()
        name = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        STATS["punctuation: " + pg.punct] += 1
        chars = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", g["issue_date"], pg.page["page"], pg.mode, pg.punct,
                     len(g["articles"]), chars, pg.page.get("subjects", "")))
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    ptab += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    ftab = ["| phenomenon | count |", "|---|---|"]
    ftab += [f"| {k} | {v} |" for k, v in sorted(STATS.items())]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ftab)).replace("{{PAGES}}", "\n".join(ptab))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
