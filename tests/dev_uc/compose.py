#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Deterministic: every small choice comes from random.Random seeded by the source
file name, so a rebuild is byte-for-byte identical.  Standard library only.
"""
import hashlib, json, random, re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，、。；：？！”’）》〉」")
OPEN = set("“‘（《〈「")
PUNCT_FW = set("，、。；：？！“”（）《》")
WEEK = "一二三四五六日"

STATS = {}


def stat(key, n=1):
    STATS[key] = STATS.get(key, 0) + n


def width(s):
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in s if c != " ")


def punct(s, mode):
    """Apply the page's punctuation width."""
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- source ---
def parse(path):
    page = {"arts": {}, "order": [], "items": [], "mast": [], "name": path.stem}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@page"):
            for kv in line.split()[1:]:
                k, v = kv.split("=", 1)
                page[k] = v
            continue
        if line.startswith("@mast "):
            page["mast"] = [x.strip() for x in line[6:].split("|")]
            continue
        if line.startswith("@art "):
            bits = line.split()
            cur = {f: "" for f in FIELDS}
            cur.update(id=bits[1], kind="news", subheads=[], paras=[])
            for kv in bits[2:]:
                k, v = kv.split("=", 1)
                cur[k] = v
            page["arts"][cur["id"]] = cur
            page["order"].append(cur["id"])
            mode = "art"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "layout":
            page["items"].append(line.strip())
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if k == "p":
            cur["paras"].append(v)
        elif k == "sub":
            cur["subheads"].append(v)
            cur["paras"].append(v)
        elif k in FIELDS:
            cur[k] = v
        else:
            raise SystemExit(f"{path}: bad line {raw!r}")
    return page


def clean(s):
    """Gold text of a source string: no print-only marks."""
    return s.replace("|", "").replace("/", "").replace("^", "") if s else s


def clean_head(s):
    return s.replace("|", "").replace("^", "").replace("/", "")


# --------------------------------------------------------------- layout ----
class Page:
    def __init__(self, src, rng):
        self.src, self.rng = src, rng
        self.lines = []
        self.dups = []
        self.extras = []
        self.p = src["punct"]
        self.col = src["layout"] == "column"
        self.W = float(src.get("width", 17))

    def P(self, s):
        return punct(s, self.p)

    # segments: paragraph pieces split at '|'
    def segments(self, art):
        segs = []
        for pi, para in enumerate(art["paras"]):
            pieces = para.split("|")
            for k, piece in enumerate(pieces):
                segs.append((pi, k == 0, k == len(pieces) - 1, piece))
        return segs

    def emit(self, text):
        self.lines.append(text)

    # column rendering --------------------------------------------------
    def tokens(self, s):
        return re.findall(r"[0-9A-Za-z.%+\-×·/]+|.", s)

    def wrap(self, text, first_w, w):
        toks = self.tokens(text)
        out, cur, cw, lim = [], [], 0.0, first_w
        for t in toks:
            tw = width(t)
            if cur and cw + tw > lim + 1e-9 and not (t in CLOSE and cw + tw <= lim + 1.01):
                carry = []
                while cur and cur[-1] in OPEN:      # an opening mark never ends a line
                    carry.insert(0, cur.pop())
                out.append(cur)
                cur, lim = carry, w
                cw = sum(width(x) for x in carry)
                stat("column lines wrapped")
            cur.append(t)
            cw += tw
        if cur:
            out.append(cur)
        return out

    def dress(self, toks, full):
        """Turn a line's tokens into printed text with the extraction's spaces."""
        r = self.rng
        npunct = sum(1 for t in toks if t in PUNCT_FW)
        if full and r.random() < 0.07:
            stat("justified lines spread with spaces")
            s = " ".join(toks)
            s = re.sub(r"([，、。；：？！”）》]) ", r"\1", s)
            return re.sub(" +", " ", s)
        out = ""
        for i, t in enumerate(toks):
            if re.match(r"[0-9]", t) and r.random() < 0.55:
                stat("spaces around number runs")
                pre = " " if i > 0 else ""
                post = " " if i < len(toks) - 1 and toks[i + 1] not in PUNCT_FW else ""
                if t.endswith("%") and r.random() < 0.3:
                    t = t[:-1] + " %"
                    stat("glyph gap before %")
                out += pre + t + post
            elif t in "、，" and i > 0 and r.random() < 0.08:
                stat("glyph-gap space before punctuation")
                out += " " + t
            elif t == "“" and i < len(toks) - 1 and r.random() < 0.15:
                stat("space after opening quote")
                out += t + " "
            else:
                out += t
        return re.sub(" +", " ", out).strip()

    def column_text(self, text, indent, ends_para, w=None):
        w = w or self.W
        parts = text.split("^")
        for j, part in enumerate(parts):
            if j:
                stat("forced line breaks (dateline date, names, 通讯员)")
            rows = self.wrap(part, w - (2 if indent and j == 0 else 0), w)
            for n, row in enumerate(rows):
                last = n == len(rows) - 1 and (ends_para or j < len(parts) - 1)
                self.emit(self.dress(row, not last))

    # items ---------------------------------------------------------------
    def body(self, art, a, b, opts):
        segs = self.segments(art)
        b = len(segs) if b is None else b
        chosen = segs[a:b]
        w = float(opts.get("w", self.W))
        i = 0
        while i < len(chosen):
            pi, starts, ends, piece = chosen[i]
            text = self.P(piece)
            j = i + 1
            while j < len(chosen) and chosen[j][0] == pi:      # same paragraph
                text += self.P(chosen[j][3])
                ends = chosen[j][2]
                j += 1
            if a + i == 0 and art["dateline"]:
                dl = self.P(art["dateline"])
                text = dl + text
                stat("datelines printed")
            if not ends:
                stat("paragraphs cut at a piece boundary")
            if self.col:
                self.column_text(text, starts, ends, w)
            else:
                self.emit(text.replace("^", ""))
            i = j

    def head_lines(self, art, opt):
        parts = [self.P(art[r]) for r in ("kicker", "title", "subtitle") if art[r]]
        if opt == "join":
            stat("headline stacks joined on one line")
            return [" ".join(clean_head(x) for x in parts)]
        out = []
        for r in ("kicker", "title", "subtitle"):
            if not art[r]:
                continue
            for piece in self.P(art[r]).replace("^", "/").split("/"):
                out.append(piece)
                if r == "title" and opt == "double":
                    out[-1] = piece + " " + piece
        return out

    def run(self):
        arts = self.src["arts"]
        for item in self.src["items"]:
            bits = item.split()
            op = bits[0]
            if op == "blank":
                self.emit("")
                continue
            if op == "mast":
                for piece in self.src["mast"]:
                    self.emit(piece)
                continue
            if op == "extra":
                text = item[len("extra "):]
                self.emit(self.P(text))
                self.extras.append(self.P(text).strip())
                stat("box lines / extras")
                continue
            art = arts[bits[1]]
            opts = dict(b.split("=", 1) for b in bits[2:] if "=" in b)
            flags = [b for b in bits[2:] if "=" not in b]
            if op == "head":
                opt = flags[0] if flags else ""
                lines = self.head_lines(art, opt)
                for l in lines:
                    self.emit(l)
                if opt == "double":
                    stat("headline doubled on one line")
                    self.dups.append(self.P(clean_head(art["title"])))
                if opt == "twice":
                    stat("headline printed on two identical lines")
                    for l in lines:
                        self.emit(l)
                    self.dups.append("".join(lines))
                stat("headline lines printed", len(lines))
            elif op == "col":
                self.emit(self.P(art["column"]))
                stat("column labels on their own line")
            elif op == "by":
                by = self.P(art["byline"])
                pad = " " * int(opts.get("pad", 0))
                for piece in by.split("^"):
                    self.emit(pad + piece)
                if pad:
                    stat("credits right-aligned on their own line")
            elif op == "mark":
                self.emit(self.P(item.split(None, 2)[2]))
                stat("jump markers")
            elif op == "body":
                rng = bits[2] if len(bits) > 2 and "-" in bits[2] else "0-"
                a, _, b = rng.partition("-")
                self.body(art, int(a), int(b) if b else None, opts)
            elif op == "caption":
                # photo caption with its credit on the same line (paragraph style)
                text = self.P(art["paras"][0]).replace("|", "")
                self.emit((text + " " + self.P(art["byline"])).rstrip())
                stat("captions with credit on the same line")
            elif op == "dup":
                segs = self.segments(art)
                s = self.P(segs[int(bits[2])][3])
                if self.col:
                    self.column_text(s, False, True)
                else:
                    self.emit(s)
                self.dups.append(s)
                stat("lines printed twice")
            else:
                raise SystemExit(f"bad layout item {item!r}")

    def text(self):
        out = []
        lead = self.rng.choice(["", "\n", "\n\n"])
        for l in self.lines:
            out.append(l.rstrip())
            out.append("")
        return lead + "\n".join(out).rstrip("\n") + "\n"


def gold_article(art, p):
    g = {"kind": art["kind"]}
    for f in FIELDS:
        g[f] = punct(clean_head(art[f]) if f in ("kicker", "title", "subtitle") else art[f].replace("^", ""), p)
    g["subheads"] = [punct(s, p) for s in art["subheads"]]
    g["paragraphs"] = [punct(x.replace("|", "").replace("^", ""), p) for x in art["paras"]]
    return g


def build(path):
    src = parse(path)
    rng = random.Random(path.name)
    pg = Page(src, rng)
    pg.run()
    text = pg.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{src['num']}_{h}"
    extras = []
    if src["mast"]:
        extras.append("".join(x.replace(" ", "") for x in src["mast"]))
    extras += pg.extras
    gold = {"source": name + ".txt", "issue_date": src["date"],
            "issue_number": int(src["issue"]) if src.get("issue") else None,
            "page_count": int(src["count"]) if src.get("count") else None,
            "articles": [gold_article(src["arts"][i], src["punct"]) for i in src["order"]],
            "extras": extras, "duplicates": pg.dups}
    return src, name, text, gold


def main():
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            f.unlink()
    rows = []
    for path in sorted((HERE / "src").glob("p*.txt")):
        src, name, text, gold = build(path)
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| {name}.txt | {src['date']} | {src['pageno']} | {src['layout']} | "
                    f"{src['punct']} | {len(gold['articles'])} | {nchar} | {src['subjects']} |")
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(STATS.items()))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("@PHENOMENA@", "| phenomenon | count |\n|---|---|\n" + phen).replace(
        "@PAGES@", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
