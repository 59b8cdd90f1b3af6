#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice is drawn from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.
"""
import collections
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

OPEN = set("“‘（《(【「")
CLOSE = set("，。、；：？！”’）》),;:】」")
PUNCT = OPEN | CLOSE
QUOTE_OPEN = set("“‘")
NUMRE = re.compile(r"[0-9A-Za-z.%]+")
CUT = "‖"      # segment cut (the rest is printed elsewhere by the layout)
BRK = "¦"      # forced line break (column end, date/name break) inside a segment
CUTTAGS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
           "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
           "s": "cut at a sentence or clause boundary"}

PH = collections.Counter()          # phenomena, counted while composing


class Art:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("col", "kick", "title", "sub", "by", "dl", "cont", "mark", "hs", "w", "ps", "cap")}
        self.paras = []          # (type, text) type p | sh


def parse(path):
    meta, arts, layout = {}, collections.OrderedDict(), []
    cur, mode = None, "meta"
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("## "):
            aid, kind = line[3:].split()
            cur = arts[aid] = Art(aid, kind)
            mode = "art"
            continue
        if line.strip() == "@layout":
            mode = "layout"
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if mode == "meta":
            meta[k] = v
        elif k in ("p", "sh"):
            cur.paras.append((k, v))
        elif k in cur.f:
            cur.f[k] = v
        else:
            raise SystemExit(f"{path}: unknown key {k!r}")
    return meta, arts, layout


def conv(s, mode):
    """Printed punctuation width of the page."""
    if mode in ("halfbr", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s):
    s = re.sub(CUT + "[a-z]?", "", s)
    return s.replace(BRK, "")


# ---------------------------------------------------------------- tokenising
def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = NUMRE.match(s, i)
        if m:
            out.append((m.group(), "num"))
            i = m.end()
            continue
        ch = s[i]
        if ch == " ":
            out.append((ch, "space"))
        elif ch in OPEN:
            out.append((ch, "open"))
        elif ch in CLOSE:
            out.append((ch, "close"))
        else:
            out.append((ch, "cjk"))
        i += 1
    return out


def tw(t):
    s, k = t
    if k == "num":
        return 0.55 * len(s)
    if k == "space":
        return 0.3
    if k in ("open", "close"):
        return 0.5
    return 1.0 if ord(s) > 127 else 0.5


def fill(text, width, indent, rng, spread_p):
    """Greedy justified-column line breaking; returns [(tokens, full, spread)]."""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    cap = width - (2 if indent else 0)
    i = 0
    while i < len(toks):
        t = toks[i]
        if not cur and t[1] == "space":
            i += 1
            continue
        if cur and w + tw(t) > cap + 0.01 and t[1] != "close":
            back = 0
            while cur and cur[-1][1] == "open":
                cur.pop()
                back += 1
            i -= back
            spread = False
            npunct = sum(1 for x in cur if x[1] in ("open", "close"))
            if npunct >= 2 and len(cur) > 6 and rng.random() < spread_p and cur[-1][1] == "cjk":
                cur.pop()
                i -= 1
                spread = True
            lines.append((cur, True, spread))
            cur, w, cap = [], 0.0, width
            continue
        cur.append(t)
        w += tw(t)
        i += 1
    if cur:
        lines.append((cur, False, False))
    return lines


def spread_line(toks):
    out = ""
    for j, (s, k) in enumerate(toks):
        if j:
            a, b = toks[j - 1], (s, k)
            glue = (a[1] == "close" or b[1] == "open" or a[0] in "（《(" or b[0] in "）》)")
            if a[0] in QUOTE_OPEN:
                glue = False
            if b[0] in "”’" :
                glue = False
            out += "" if glue else " "
        out += s
    PH["justified column line spread with spaces"] += 1
    return out


def plain_line(toks, rng, column):
    out = ""
    pnum = 0.85 if column else 0.08
    for j, (s, k) in enumerate(toks):
        prev = toks[j - 1] if j else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if k == "num" and any(c.isdigit() for c in s):
            if prev and prev[1] in (("cjk", "close") if column else ("cjk",)) and rng.random() < pnum:
                out += " "
                PH["space around a number run"] += 1
            if s.endswith("%") and len(s) > 1 and rng.random() < (0.12 if column else 0.05):
                s = s[:-1] + " %"
                PH["glyph-gap space before %"] += 1
            out += s
            if nxt and nxt[1] == "cjk" and rng.random() < pnum * 0.55:
                out += " "
                PH["space around a number run"] += 1
            continue
        if k == "close" and prev and prev[1] == "cjk" and rng.random() < (0.02 if column else 0.01):
            out += " "
            PH["glyph-gap space before full-width punctuation"] += 1
        out += s
        if k == "open" and s in QUOTE_OPEN and nxt and nxt[1] == "cjk" and rng.random() < (0.06 if column else 0.04):
            out += " "
            PH["space after an opening quote"] += 1
    return out


# ---------------------------------------------------------------- the page
class Page:
    def __init__(self, name):
        self.name = name
        self.meta, self.arts, self.layout = parse(os.path.join(SRC, name))
        self.rng = random.Random(name)
        self.mode = self.meta.get("punct", "full")
        self.column = self.meta["layout"] == "column"
        self.width = float(self.meta.get("width", 16))
        self.out = []            # [text, sep]  sep: "\n\n" or "\n"
        self.extras, self.dups, self.furniture = [], [], []
        self.body_lines = collections.defaultdict(list)   # aid -> [(printed, clean)]
        self.placed = collections.Counter()
        for a in self.arts.values():
            for k in a.f:
                if k not in ("hs", "w", "ps"):
                    a.f[k] = conv(a.f[k], self.mode)
            a.paras = [(t, conv(x, self.mode)) for t, x in a.paras]
            a.segs = self.segments(a)

    # body cut into segments at ‖ marks; each segment a list of pieces
    def segments(self, a):
        segs, cur = [], []
        body = list(a.paras)
        if a.kind == "photo":
            body = [("p", a.f["cap"])] if a.f["cap"] else []
        for n, (t, text) in enumerate(body):
            if n == 0 and a.f["dl"]:
                text = a.f["dl"] + BRK * 0 + text
            parts = re.split(CUT + "([a-z]?)", text)
            pieces = parts[0::2]
            tags = parts[1::2]
            for j, piece in enumerate(pieces):
                cur.append({"text": piece, "start": j == 0, "end": j == len(pieces) - 1,
                            "sh": t == "sh", "dl": len(a.f["dl"]) if (n == 0 and j == 0) else 0})
                if j < len(pieces) - 1:
                    segs.append(cur)
                    cur = []
                    PH[CUTTAGS[tags[j] or "s"]] += 1
            if text.endswith(CUT):
                pass
        if cur:
            segs.append(cur)
        segs = [[p for p in s if p["text"] or p["start"]] for s in segs]
        return [s for s in segs if s]

    def emit(self, text, sep="\n\n"):
        self.out.append([text, sep])

    def art(self, aid):
        if aid not in self.arts:
            raise SystemExit(f"{self.name}: layout names unknown article {aid}")
        return self.arts[aid]

    def awidth(self, a):
        return float(a.f["w"]) if a.f["w"] else self.width

    # ----- heads
    def head_lines(self, a):
        hs = a.f["hs"].split()
        kick, title, sub = a.f["kick"], a.f["title"], a.f["sub"]
        opts = dict(x.split("=", 1) if "=" in x else (x, "1") for x in hs)
        if "one" in opts:
            parts = [x for x in (kick, title, sub) if x]
            lines = [" ".join(parts)]
            if "dbl" in opts:
                lines = [" ".join(parts[:-1] + [title, title] if parts[-1] == title else [kick, title, title, sub] if kick else [title, title, sub])]
                self.dups.append(title)
                PH["headline doubled on one line"] += 1
            return lines, "one" in opts and "tight" in opts
        lines = []
        if kick:
            if "ksplit" in opts:
                n = int(opts["ksplit"])
                lines += [kick[:n], kick[n:]]
                PH["kicker printed over two lines"] += 1
            else:
                lines.append(kick)
        if title:
            if "split" in opts:
                n = int(opts["split"])
                lines += [title[:n], title[n:]]
                if len(title[n:]) <= 3:
                    PH["headline's last word left alone on a line"] += 1
                else:
                    PH["title printed in two lines cut mid-phrase"] += 1
            elif "sp" in opts:
                x, y = title.split(" ", 1)
                lines += [x, y]
                PH["two-phrase title split at its space"] += 1
            elif "dbl" in opts:
                lines.append(title + " " + title)
                self.dups.append(title)
                PH["headline doubled on one line"] += 1
            else:
                lines.append(title)
            if "twice" in opts:
                lines.append(lines[-1])
                self.dups.append(clean(lines[-1]))
                PH["headline line printed twice"] += 1
        if sub:
            lines.append(sub)
            if len(sub) <= 6:
                PH["short trailing headline line"] += 1
            if sub.startswith("——"):
                PH["dash-led subtitle"] += 1
        if "lead" in opts:
            lines[0] = " " + lines[0]
        return lines, "tight" in opts

    def do_heads(self, aids):
        for n, aid in enumerate(aids):
            a = self.art(aid)
            self.placed["H" + aid] += 1
            lines, tight = self.head_lines(a)
            if n and len(aids) > 1:
                PH["headline bunched with other stories' headlines"] += 1
                if self.column and self.rng.random() < 0.5:
                    self.out[-1][1] = "\n"
                    lines = [" " + lines[0]] + lines[1:]
            if a.id in self.seen_body:
                PH["headline printed after its body"] += 1
            for j, l in enumerate(lines):
                self.emit(l, "\n" if (tight and j < len(lines) - 1) else "\n\n")

    # ----- body
    def do_seg(self, aid, k, glue_mark=False, dup=False, _redo=False):
        a = self.art(aid)
        if k >= len(a.segs):
            raise SystemExit(f"{self.name}: {aid} has no segment {k}")
        if not dup and not _redo:
            self.placed[f"S{aid}.{k}"] += 1
            self.seen_body.add(aid)
        seg = a.segs[k]
        printed = []
        for pc in seg:
            chunks = pc["text"].split(BRK)
            for ci, chunk in enumerate(chunks):
                if ci:
                    pos = sum(len(c) for c in chunks[:ci])
                    if pc["dl"] and pos == pc["dl"]:
                        pass
                    elif pc["dl"] and pos < pc["dl"]:
                        tail = chunk
                        if tail.startswith("通讯员"):
                            PH["line break before 通讯员 in a dateline"] += 1
                        elif re.match(r"\d", tail) or chunks[ci - 1][-1:].isdigit() or chunks[ci - 1].endswith("月"):
                            PH["line break inside a dateline's date"] += 1
                        else:
                            PH["line break between a byline's names"] += 1
                    else:
                        PH["paragraph split by a column break with nothing between"] += 1
                first = pc["start"] and ci == 0 and not pc["sh"]
                if self.column:
                    flines = fill(chunk, self.awidth(a), first, self.rng, 0.22)
                    if pc["dl"] and ci == 0 and BRK not in pc["text"][:pc["dl"]]:
                        # a line must not open with a dateline tail shorter than 4 characters
                        dl_len = len(pc["text"][:pc["dl"]].replace(" ", ""))
                        pos = 0
                        for toks, full, spread in flines:
                            ln = sum(len(t[0]) for t in toks if t[1] != "space")
                            if pos and pos < dl_len < pos + ln and dl_len - pos < 4:
                                pc["text"] = pc["text"][:pc["dl"]] + BRK + pc["text"][pc["dl"]:]
                                PH["dateline set on its own line"] += 1
                                return self.do_seg(aid, k, glue_mark, dup, _redo=True)
                            pos += ln
                    for toks, full, spread in flines:
                        c = "".join(t[0] for t in toks)
                        p = spread_line(toks) if spread else plain_line(toks, self.rng, True)
                        p = p.rstrip()
                        printed.append((p, c))
                else:
                    printed.append((plain_line(tokens(chunk), self.rng, False), chunk))
        if glue_mark:
            printed[0] = (a.f["mark"] + printed[0][0], printed[0][1])
            self.placed["M" + aid] += 1
            self.furniture.append(a.f["mark"])
            PH["jump marker"] += 1
        if dup:
            self.dups.append(clean("".join(c for _, c in printed)))
            PH["story piece printed twice"] += 1
        for p, c in printed:
            self.emit(p)
            if not dup:
                self.body_lines[aid].append((p, c))

    def do_line_dup(self, aid, k):
        p, c = self.body_lines[aid][k]
        self.emit(p)
        self.dups.append(c)
        PH["line printed twice"] += 1

    def do_photo(self, aid):
        a = self.art(aid)
        self.placed["P" + aid] += 1
        self.seen_body.add(aid)
        cap, by, ps = a.f["cap"], a.f["by"], a.f["ps"] or "inline"
        self.placed[f"S{aid}.0"] += 1
        if ps == "inline":
            self.emit(cap + " " + by)
        elif ps == "glued":
            self.emit(cap + by)
        elif ps == "wrap":
            n = 34 + self.rng.randrange(8)
            parts = [cap[i:i + n] for i in range(0, len(cap), n)]
            parts[-1] += " " + by
            for x in parts:
                self.emit(x)
        elif ps == "own":
            self.emit(cap)
            self.emit(" " * (24 + self.rng.randrange(12)) + by)
            PH["credit right-aligned on a line of its own"] += 1
        elif ps == "none":
            self.emit(cap)
        else:
            raise SystemExit(f"bad photo style {ps}")
        if ps != "none":
            self.placed["B" + aid] += 1

    def do_byline(self, aid):
        a = self.art(aid)
        self.placed["B" + aid] += 1
        parts = a.f["by"].split(BRK)
        if a.kind == "photo":
            self.emit(" " * (24 + self.rng.randrange(12)) + parts[0])
            PH["credit right-aligned on a line of its own"] += 1
            return
        if len(parts) > 1:
            PH["line break between a byline's names"] += 1
        for x in parts:
            self.emit(x)

    def build(self):
        self.seen_body = set()
        lead = self.meta.get("lead", "")
        if lead:
            for _ in range(int(lead)):
                self.emit("", "\n")
        for item in self.layout:
            op, _, rest = item.partition(" ")
            args = rest.split()
            if op == "mast":
                pieces = rest.split("|")
                for x in pieces:
                    self.emit(x)
                    if " " in x.strip():
                        PH["masthead pieces merged on one line"] += 1
                self.extras.append("".join(x.replace(" ", "") for x in pieces))
                PH["masthead piece"] += len(pieces)
            elif op == "X":
                pieces = rest.split("|")
                for x in pieces:
                    self.emit(x)
                self.extras.append("".join(pieces))
                PH["short box line (countdown, code prompt, framed label)"] += 1
            elif op == "H":
                self.do_heads(args)
            elif op == "S":
                self.do_seg(args[0], int(args[1]))
            elif op == "SM":
                self.do_seg(args[0], int(args[1]), glue_mark=True)
            elif op == "DS":
                self.do_seg(args[0], int(args[1]), dup=True)
            elif op == "DL":
                self.do_line_dup(args[0], int(args[1]))
            elif op == "M":
                a = self.art(args[0])
                self.emit(a.f["mark"])
                self.placed["M" + a.id] += 1
                self.furniture.append(a.f["mark"])
                PH["jump marker"] += 1
            elif op == "B":
                self.do_byline(args[0])
            elif op == "C":
                a = self.art(args[0])
                self.placed["C" + a.id] += 1
                self.emit(a.f["col"])
                PH["column label on its own line"] += 1
            elif op == "P":
                self.do_photo(args[0])
            elif op == "gap":
                self.out[-1][1] += "\n" * int(args[0])
            else:
                raise SystemExit(f"{self.name}: bad layout line {item!r}")
        self.verify_placement()
        text = "".join(t + s for t, s in self.out)
        return text

    def verify_placement(self):
        for a in self.arts.values():
            need = []
            if a.f["kick"] or a.f["title"] or a.f["sub"]:
                need.append("H")
            if a.f["col"]:
                need.append("C")
            if a.f["mark"]:
                need.append("M")
            if a.f["by"]:
                need.append("B")
            for x in need:
                if self.placed[x + a.id] != 1:
                    raise SystemExit(f"{self.name}: {a.id} needs exactly one {x} (has {self.placed[x + a.id]})")
            for k in range(len(a.segs) if a.kind != "photo" else 1):
                if self.placed[f"S{a.id}.{k}"] != 1:
                    raise SystemExit(f"{self.name}: {a.id} segment {k} placed {self.placed[f'S{a.id}.{k}']} times")

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            if a.kind == "photo":
                paras = [clean(a.f["cap"])]
            else:
                paras = [clean(x) for _, x in a.paras]
            arts.append(collections.OrderedDict([
                ("kind", a.kind), ("column", a.f["col"]), ("kicker", a.f["kick"]),
                ("title", a.f["title"]), ("subtitle", a.f["sub"]),
                ("byline", clean(a.f["by"])), ("dateline", clean(a.f["dl"])),
                ("continued", a.f["cont"]),
                ("subheads", [clean(x) for t, x in a.paras if t == "sh"]),
                ("paragraphs", paras)]))
        num = self.meta.get("number") or None
        cnt = int(self.meta["pages"]) if self.meta.get("pages") else None
        return collections.OrderedDict([
            ("source", fname), ("issue_date", self.meta["date"]),
            ("issue_number", num), ("page_count", cnt),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for d in (PAGES, GOLD):
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    rows, furn = [], {}
    PH.clear()
    for n, name in enumerate(sorted(f for f in os.listdir(SRC) if f.endswith(".txt")), 1):
        pg = Page(name)
        text = pg.build()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        with open(os.path.join(PAGES, base + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        g = pg.gold(base + ".txt")
        with open(os.path.join(GOLD, base + ".json"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        furn[base + ".txt"] = pg.furniture
        chars = len(re.sub(r"\s", "", text))
        m = pg.meta
        rows.append(f"| {base}.txt | {m['date']} | {m['page']} | {m['layout']} | {m.get('punct', 'full')} | "
                    f"{len(g['articles'])} | {chars} | {m['subject']} |")
    with open(os.path.join(HERE, "furniture.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(furn, ensure_ascii=False, indent=1) + "\n")
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(PH.items(), key=lambda kv: (-kv[1], kv[0])))
    tpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    readme = tpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + ph)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
                            "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
