#!/usr/bin/env python3
"""Compose the dev_zd blind test pages from the hand-written stories in src/.

Deterministic: every random choice comes from random.Random seeded by the page
number, so `python3 compose.py` always writes the same pages/ and gold/.
Standard library only.
"""
import hashlib, json, random, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC, PAGES, GOLD = ROOT / "src", ROOT / "pages", ROOT / "gold"
PH = Counter()           # phenomena counts, for the README
PAGE_ROWS = []

CUT, SOFT = "¦", "¶"      # markers in src paragraphs: interleave cut / soft line break
OPEN = "“‘（(《「"
CLOSE = "，。、；：？！）)”’》」%,;:?!"
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-·]*")


# ---------------------------------------------------------------- parsing
def parse(path):
    page, stories, cur = {}, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("=page"):
            cur = page
            continue
        if line.startswith("@"):
            head = line[1:].split()
            cur = {"kind": head[0], "opt": dict(o.split("=", 1) for o in head[1:]),
                   "body": []}
            stories.append(cur)
            continue
        if line.startswith("> "):
            cur["body"].append(("p", line[2:].strip()))
        elif line.startswith("## "):
            cur["body"].append(("h", line[3:].strip()))
        else:
            k, v = line.split("=", 1)
            cur[k.strip()] = v.strip()
    return page, stories


# ---------------------------------------------------------------- helpers
def halfwidth(s):
    return s.replace("，", ",").replace("（", "(").replace("）", ")")


def squash(s):
    return re.sub(r"\s+", "", s)


def clean(s):
    return s.replace(CUT, "").replace(SOFT, "").replace("/", "") if s else ""


def clean_body(s):
    return s.replace(CUT, "").replace(SOFT, "")


def is_cjk(ch):
    return bool(ch) and ("\u3400" <= ch <= "\u9fff")


def space_numbers(s, rng, mode, p_before=0.85, p_after=0.6):
    """Insert the glyph-gap spaces a PDF extraction leaves around digit runs."""
    if mode == "none":
        return s
    out, i = [], 0
    for m in ASCII_RUN.finditer(s):
        a, b = m.span()
        out.append(s[i:a])
        before = s[a - 1] if a else ""
        after = s[b] if b < len(s) else ""
        tok = m.group()
        if mode in ("col", "all") and is_cjk(before) and rng.random() < (1.0 if mode == "all" else p_before):
            tok = " " + tok
        if mode in ("col", "all", "after") and (is_cjk(after)) and rng.random() < (1.0 if mode in ("all", "after") else p_after):
            tok = tok + " "
        if mode == "all" and "%" in tok:
            tok = tok.replace("%", " %")
        out.append(tok)
        i = b
    out.append(s[i:])
    r = "".join(out)
    if mode == "all":
        r = re.sub(r"([“‘])(?=\S)", r"\1 ", r)
    return r


def spread(s):
    """A justified line: the extraction spreads it with a space between glyphs."""
    toks = re.findall(r"[0-9A-Za-z.%+×/\-·]+|\s+|.", s)
    toks = [t for t in toks if not t.isspace()]
    out = ""
    for i, t in enumerate(toks):
        out += t
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if t[-1] in "，。、；：？！”’）》" or nxt[0] in "“‘（《":
                continue
            out += " "
    return out


def width(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text, w):
    """Greedy column wrap by printed width; no line starts with closing punctuation."""
    lines, cur, cw = [], "", 0.0
    for ch in text:
        cw2 = cw + width(ch)
        if cw2 > w + 0.01 and cur and ch not in CLOSE:
            # an opening quote/bracket never ends a line: carry it over
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            # a figure is never split over two lines
            if not carry and re.match(r"[0-9A-Za-z.]", ch):
                k = len(cur)
                while k > 0 and re.match(r"[0-9A-Za-z.]", cur[k - 1]):
                    k -= 1
                if 0 < k < len(cur):
                    carry, cur = cur[k:], cur[:k]
            lines.append(cur)
            cur = carry + ch
            cw = sum(width(c) for c in cur)
        else:
            cur, cw = cur + ch, cw2
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- gold
def gold_article(st, hw):
    f = (lambda s: halfwidth(s)) if hw else (lambda s: s)
    paras, subs = [], []
    for t, x in st["body"]:
        x = clean_body(x)
        if t == "h":
            subs.append(f(x))
            paras.append(f(squash(x)))
        else:
            paras.append(f(x))
    return {"kind": st["kind"], "column": f(st.get("col", "")),
            "kicker": f(clean(st.get("kick", ""))), "title": f(clean(st.get("title", ""))),
            "subtitle": f(clean(st.get("sub", ""))), "byline": f(st.get("by", "")),
            "dateline": f(st.get("dl", "")), "continued": f(st.get("cont", "")),
            "subheads": subs, "paragraphs": paras}


# ---------------------------------------------------------------- column layout
class Col:
    def __init__(self, page, stories, rng):
        self.p, self.s, self.rng = page, stories, rng
        self.out = []          # list of (text, sep_after) ; sep "\n\n" or "\n"
        self.dups = []
        lo, hi = (int(x) for x in page.get("width", "15-19").split("-"))
        self.wrange = (lo, hi)
        self.spread_p = float(page.get("spread", "0.07"))

    def emit(self, text, tight=False):
        self.out.append([text, "\n" if tight else "\n\n"])

    def headline_lines(self, st, with_byline=False):
        r = self.rng
        parts = []
        for key in ("kick", "title", "sub"):
            v = st.get(key, "")
            if v:
                parts.append((key, v))
        lines = []
        for key, v in parts:
            # a marked break is printed as a wrapped headline about half the time
            pieces = v.split("/") if r.random() < 0.55 else [v.replace("/", "")]
            for j, pc in enumerate(pieces):
                lines.append([pc, j < len(pieces) - 1])   # tight to next
            PH["headline line break (/) inside a headline"] += len(pieces) > 1
        if st["opt"].get("dup") == "title" and st.get("title"):
            for ln in lines:
                if ln[0] in (st["title"].split("/")[0], clean(st["title"])):
                    t = ln[0]
                    if r.random() < 0.5:
                        ln[0] = t + t
                    else:
                        lines.insert(lines.index(ln) + 1, [t, False])
                    self.dups.append(t)
                    PH["headline drawn twice (bold)"] += 1
                    break
        if with_byline and st.get("by"):
            lines[-1][1] = True
            lines.append([st["by"], False])
        for ln in lines:
            if not ln[1] and r.random() < 0.25:
                ln[1] = True
        if lines and r.random() < 0.12:
            lines[0][0] = " " + lines[0][0]
        return lines

    def emit_lines(self, lines):
        for t, tight in lines:
            self.emit(t, tight)

    def body(self, st):
        r, p = self.rng, self.p
        kind = st["kind"]
        o = st["opt"]
        if "w" in o:
            w = int(o["w"])
        elif kind == "commentary":
            w = r.randint(12, 14)
        else:
            w = r.randint(*self.wrange)
        mode = p.get("spacing", "col")
        first = True
        dl = st.get("dl", "")
        lines = []
        if st.get("cont") and kind == "continuation":
            mark = "▲ ▲（%s）" % st["cont"]
            if o.get("merge") == "1":
                PH["continuation marker merged into first line"] += 1
            else:
                lines.append(mark)
                mark = ""
                PH["continuation marker line (上接/紧接)"] += 1
        else:
            mark = ""
        for t, x in st["body"]:
            x = clean_body(x)
            if t == "h":
                lines.append(x)
                continue
            text = x
            if first and dl:
                brk = o.get("dlbreak")
                if brk:
                    PH["line break inside a dateline (%s)" % brk] += 1
                    if brk == "date":
                        m = re.search(r"日(讯|电)", dl)
                        a, b = dl[:m.start()], dl[m.start():]
                        lines.append(space_numbers(a, r, mode))
                        text = b + text
                    elif brk == "tx":
                        a, b = dl.split(" 通讯员", 1)
                        lines.append(space_numbers(a, r, mode))
                        text = "通讯员" + b + text
                    elif brk == "names":
                        i = dl.rfind(" ")
                        if len(dl) - i - 1 < 4:     # keep a findable piece after the break
                            i = dl.rfind(" ", 0, i)
                        lines.append(space_numbers(dl[:i], r, mode))
                        text = dl[i + 1:] + text
                else:
                    text = dl + text
            if first and mark:
                text = mark + text
            first = False
            wl = wrap(text, w)
            if dl and text.find(dl.split(" ")[-1]) >= 0 and len(wl) > 1:
                # the tail of a dateline is never left as a 1-3 character scrap
                # at the start of a line (it would not be found again as printed)
                end = text.find("）", 0) + 1 if "）" in text[:len(dl) + 8] else -1
                pos = 0
                for k in range(len(wl) - 1):
                    pos += len(wl[k])
                    rest = text[pos:end] if end > pos else ""
                    if 0 < len(rest.replace(" ", "")) < 4:
                        cut = len(wl[k]) - (5 - len(rest.replace(" ", "")))
                        wl[k + 1] = wl[k][cut:] + wl[k + 1]
                        wl[k] = wl[k][:cut]
                        PH["dateline tail moved to keep a 4+ character piece"] += 0
            for ln in wl:
                lines.append(ln)
        # print body lines
        for ln in lines:
            ln = ln.strip()
            s = space_numbers(ln, r, mode).strip()
            if r.random() < self.spread_p and re.search(r"[，、。；]", ln[2:-1] or "") and len(ln) > 8:
                s = spread(ln)
                PH["justified line spread with spaces"] += 1
            self.emit(s)
        if o.get("dupline") and len(lines) > 4:
            k = int(o["dupline"])
            k = min(k, len(lines) - 1)
            # a body line printed twice (drawn twice by the PDF)
            self.out.insert(len(self.out) - (len(lines) - k) + 1, [space_numbers(lines[k], r, mode), "\n\n"])
            self.dups.append(squash(lines[k]))
            PH["body line printed twice"] += 1
        return w

    def photo(self, st):
        r, o = self.rng, st["opt"]
        cap = clean_body(st["body"][0][1])
        pw = int(o.get("w", r.randint(36, 46)))
        if st.get("title"):
            pcs = st["title"].split("/")
            for j, pc in enumerate(pcs):
                self.emit(pc, tight=j < len(pcs) - 1)
            PH["photo title line"] += 1
        credit = st.get("by", "")
        where = o.get("credit", "end")
        mode = o.get("spacing", "none")
        lines = wrap(cap, pw)
        lines = [space_numbers(l, r, mode) for l in lines]
        if mode == "gaps":
            lines = [spread(l) for l in lines]
            PH["caption line spread by glyph gaps"] += 1
        if credit and where == "end":
            lines[-1] += " " + credit
            PH["photo credit at end of caption"] += 1
        for l in lines:
            self.emit(l)
        if credit and where in ("own", "right"):
            pad = " " * r.randint(18, 40) if where == "right" else ""
            self.emit(pad + credit)
            PH["photo credit on own line" + (" (right-aligned)" if pad else "")] += 1

    def run(self):
        r, p, S = self.rng, self.p, self.s
        n = len(S)
        # headline placement
        place = []
        for i, st in enumerate(S):
            hl = st["opt"].get("hl")
            if st["kind"] in ("photo", "continuation") or not (st.get("title") or st.get("kick") or st.get("sub")):
                hl = "none"
            if not hl:
                x = r.random()
                hl = "after" if x < 0.45 else ("bunch" if x < 0.8 else "before")
            place.append(hl)
        zones = [int(z) for z in p.get("zones", "").split(",") if z != ""]
        if not zones:
            zones = sorted(r.sample(range(2, n), min(2, max(0, n - 2))))
        pending = []
        mast_at = int(p.get("mast_at", "0"))
        box_at = int(p.get("box_at", str(r.randint(1, n - 1))))
        for i, st in enumerate(S):
            if i == mast_at and p.get("mast"):
                self.masthead()
            if i == box_at:
                self.boxes()
            kind, o = st["kind"], st["opt"]
            hl = place[i]
            if hl == "bunch" and not any(z >= i for z in zones):
                hl = "after"
            colpos = o.get("colpos", "after" if kind == "commentary" else "before")
            if st.get("col") and colpos == "before":
                self.emit(st["col"])
                PH["column label line before story"] += 1
            bare = kind == "commentary" and st.get("by") and o.get("by", "bare") == "bare"
            if hl == "before":
                self.emit_lines(self.headline_lines(st, with_byline=(kind == "commentary" and not bare)))
                PH["headline before body (column)"] += 1
            if kind == "photo":
                self.photo(st)
            else:
                if bare:
                    by = st["by"]
                    if " " in by:
                        a, b = by.rsplit(" ", 1)
                        self.emit(a)
                        self.emit(b)
                    else:
                        self.emit(by)
                    PH["bare-name byline before body"] += 1
                elif st.get("by") and kind != "commentary":
                    by = st["by"]
                    if " 通讯员" in by and r.random() < 0.6:
                        a, b = by.split(" 通讯员", 1)
                        self.emit(a, tight=r.random() < 0.5)
                        self.emit("通讯员" + b)
                        PH["byline broken before 通讯员"] += 1
                    else:
                        self.emit(by)
                self.body(st)
                if st.get("cont") and kind != "continuation":
                    self.emit("▷（%s）" % st["cont"])
                    PH["jump marker 下转"] += 1
            if st.get("col") and colpos == "after":
                self.emit(st["col"])
                PH["column label line after story"] += 1
            if hl == "after":
                self.emit_lines(self.headline_lines(st, with_byline=(kind == "commentary" and not bare)))
                PH["headline after body (column)"] += 1
            elif hl == "bunch":
                pending.append(st)
            if i in zones and pending:
                r.shuffle(pending)
                for q in pending:
                    self.emit_lines(self.headline_lines(q, with_byline=(q["kind"] == "commentary" and q["opt"].get("by", "bare") != "bare")))
                PH["bunched headline zones"] += 1
                PH["headlines in bunched zones"] += len(pending)
                pending = []
        for q in pending:
            self.emit_lines(self.headline_lines(q))
        if p.get("code"):
            pass
        text = " " + "".join(t + s for t, s in self.out).rstrip("\n") + "\n\n\n"
        return text

    def masthead(self):
        pieces = self.p["mast"].split("|")
        for j, pc in enumerate(pieces):
            self.emit(pc, tight=self.rng.random() < 0.3)
        PH["masthead"] += 1

    def boxes(self):
        for b in ("box", "box2"):
            if self.p.get(b):
                for ln in self.p[b].split("|"):
                    self.emit(ln)
                PH["box lines (countdown/frame)"] += 1
        if self.p.get("code"):
            self.emit(self.p["code"])
            PH["code prompt line"] += 1


# ---------------------------------------------------------------- paragraph layout
class Para:
    def __init__(self, page, stories, rng):
        self.p, self.s, self.rng = page, stories, rng
        self.hw = page.get("punct") == "half"
        self.mode = page.get("spacing", "none")
        self.out = []
        self.dups = []

    def f(self, s):
        return halfwidth(s) if self.hw else s

    def emit(self, text, sep="\n\n"):
        self.out.append([self.f(text), sep])

    def headline(self, st):
        r, o = self.rng, st["opt"]
        parts = [st.get(k, "") for k in ("kick", "title", "sub")]
        form = o.get("hl")
        if not form:
            form = r.choice(["lines", "lines", "join", "join2"])
        if st.get("col") and o.get("colpos", "before") == "before":
            self.emit(st["col"])
            PH["column label line before story"] += 1
        present = [x for x in parts if x]
        if not present:
            return
        if form == "join" and len(present) > 1:
            self.emit(" ".join(clean(x) for x in present))
            PH["headline parts joined by spaces on one line"] += 1
        elif form == "join2" and len(present) == 3:
            self.emit(clean(present[0]))
            self.emit(clean(present[1]) + " " + clean(present[2]))
            PH["headline parts joined by spaces on one line"] += 1
        elif form == "join2" and len(present) == 2:
            self.emit(" ".join(clean(x) for x in present))
            PH["headline parts joined by spaces on one line"] += 1
        else:
            for x in present:
                pcs = x.split("/") if r.random() < 0.45 else [x.replace("/", "")]
                for j, pc in enumerate(pcs):
                    self.emit(pc, "\n" if j < len(pcs) - 1 else "\n\n")
                PH["headline line break (/) inside a headline"] += len(pcs) > 1
            PH["headline parts on own lines"] += 1
        if o.get("dup") == "title" and st.get("title"):
            t = clean(st["title"])
            self.emit(t)
            self.dups.append(self.f(t))
            PH["headline drawn twice (bold)"] += 1

    def chunks(self, st):
        """Split a story into printed lines and chunks at CUT markers."""
        r, o = self.rng, st["opt"]
        kind = st["kind"]
        chunks, cur = [], []
        first = True
        for t, x in st["body"]:
            if t == "h":
                cur.append(x)
                continue
            if first and st.get("dl"):
                x = st["dl"] + x
            if first and kind == "continuation" and st.get("cont"):
                if o.get("merge") == "1":
                    x = ("(%s)" if self.hw else "（%s）") % st["cont"] + x
                    PH["continuation marker merged into first line"] += 1
            first = False
            segs = x.split(CUT)
            for j, sg in enumerate(segs):
                if j > 0:
                    chunks.append(cur)
                    cur = []
                    PH["paragraph cut and continued after another story"] += 1
                softs = sg.split(SOFT)
                for k, so in enumerate(softs):
                    cur.append(so)
                PH["soft line break inside a paragraph"] += len(softs) - 1
        chunks.append(cur)
        return chunks

    def render(self, s):
        return space_numbers(s, self.rng, self.mode)

    def story_chunk(self, st, idx, ch):
        kind, o = st["kind"], st["opt"]
        if idx == 0:
            if kind == "photo":
                self.photo(st)
                return
            if kind == "continuation" and st.get("cont") and o.get("merge") != "1":
                self.emit("(%s)" % st["cont"] if self.hw else "（%s）" % st["cont"])
                PH["continuation marker line (上接/紧接)"] += 1
            self.headline(st)
            if st.get("by") and kind != "photo":
                by = st["by"]
                if " 通讯员" in by and o.get("bybreak", "1") == "1":
                    a, b = by.split(" 通讯员", 1)
                    self.emit(a, "\n")
                    self.emit("通讯员" + b)
                    PH["byline broken before 通讯员"] += 1
                else:
                    self.emit(by)
                    if kind == "commentary" and " " not in by:
                        PH["bare-name byline before body"] += 1
        for ln in ch:
            self.emit(self.render(ln))
        if o.get("gap"):
            self.out[-1][1] = "\n\n\n\n"

    def photo(self, st):
        r, o = self.rng, st["opt"]
        cap = clean_body(st["body"][0][1])
        if st.get("title"):
            pcs = st["title"].split("/")
            for j, pc in enumerate(pcs):
                self.emit(pc, "\n" if j < len(pcs) - 1 else "\n\n")
            PH["photo title line"] += 1
        credit = st.get("by", "")
        where = o.get("credit", "end")
        c = self.render(cap)
        if o.get("spacing") == "gaps":
            c = spread(cap)
            PH["caption line spread by glyph gaps"] += 1
        if credit and where == "end":
            self.emit(c + " " + credit)
            PH["photo credit at end of caption"] += 1
        else:
            self.emit(c)
            if credit:
                self.emit(credit)
                PH["photo credit on own line"] += 1
        if o.get("gap"):
            self.out[-1][1] = "\n\n\n\n"

    def run(self):
        r, p, S = self.rng, self.p, self.s
        if p.get("mast"):
            pieces = p["mast"].split("|")
            for j, pc in enumerate(pieces):
                nxt = pieces[j + 1] if j + 1 < len(pieces) else ""
                self.emit(pc, "\n" if nxt.startswith("~") else "\n\n")
            self.out = [[t.lstrip("~"), s] for t, s in self.out]
            # "~" marks a piece drawn on the line right after the previous
            self.out[-1][1] = "\n\n\n\n"
            PH["masthead"] += 1
        box_at = int(p.get("box_at", "-1"))
        i = 0
        order = []
        while i < len(S):
            st = S[i]
            ch = self.chunks(st)
            if len(ch) > 1 and i + 1 < len(S) and st["opt"].get("tailfirst") is None:
                nx = S[i + 1]
                ch2 = self.chunks(nx)
                # A0 B0 A1 B1 A2 ...
                seq = []
                for k in range(max(len(ch), len(ch2))):
                    if k < len(ch):
                        seq.append((st, k, ch[k]))
                    if k < len(ch2):
                        seq.append((nx, k, ch2[k]))
                order.append(seq)
                i += 2
            elif len(ch) > 1 and st["opt"].get("tailfirst"):
                # the story's tail is printed before its headline, with the two lines
                # before the cut printed there a second time
                head, tail = ch[0], sum(ch[1:], [])
                seq = [(st, 99, tail), (st, 98, head[-2:]), (st, 0, head)]
                for x in head[-2:]:
                    self.dups.append(self.f(squash(x)))
                PH["story tail printed before its headline"] += 1
                PH["lines printed twice"] += 2
                order.append(seq)
                i += 1
            else:
                order.append([(st, k, c) for k, c in enumerate(ch)])
                i += 1
        for gi, seq in enumerate(order):
            if gi == box_at:
                self.boxes()
            for st, k, c in seq:
                if k >= 98:
                    for ln in c:
                        self.emit(self.render(ln))
                    continue
                self.story_chunk(st, k, c)
                last = k == max(kk for s2, kk, _ in seq if s2 is st and kk < 98)
                if last:
                    if st.get("cont") and st["kind"] != "continuation":
                        mk = self.p.get("jump", "▷")
                        self.emit(mk + ("(%s)" % st["cont"] if self.hw else "（%s）" % st["cont"]))
                        PH["jump marker 下转"] += 1
                    if st.get("col") and st["opt"].get("colpos") == "after":
                        self.emit(st["col"])
                        PH["column label line after story"] += 1
        if box_at >= len(order) or box_at == -1 and (p.get("box") or p.get("code")):
            self.boxes()
        text = "\n\n" + "".join(t + s for t, s in self.out)
        return text.rstrip("\n")

    def boxes(self):
        for b in ("box", "box2"):
            if self.p.get(b):
                for ln in self.p[b].split("|"):
                    self.emit(ln)
                PH["box lines (countdown/frame)"] += 1
        if self.p.get("code"):
            self.emit(self.p["code"])
            PH["code prompt line"] += 1


# ---------------------------------------------------------------- main
def extras_of(page, hw):
    f = halfwidth if hw else (lambda s: s)
    ex = []
    if page.get("mast"):
        ex.append(f("".join(x.lstrip("~") for x in page["mast"].split("|")).replace(" ", "")))
    for b in ("box", "box2"):
        if page.get(b):
            ex.append(f("".join(page[b].split("|"))))
    if page.get("code"):
        ex.append(f(page["code"]))
    return ex


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for old in d.glob("*"):
            old.unlink()
    for path in sorted(SRC.glob("p*.txt")):
        page, stories = parse(path)
        num = int(path.stem[1:])
        rng = random.Random(1000 + num)
        hw = page.get("punct") == "half"
        if page["layout"] == "col":
            lay = Col(page, stories, rng)
        else:
            lay = Para(page, stories, rng)
        text = lay.run()
        for st in stories:
            if re.search(r"电[（(]", st.get("dl", "")):
                PH["dateline with 电 (新华社…电)"] += 1
            if st.get("sub", "").startswith("——") or st.get("kick", "").endswith("——"):
                PH["dash-led subtitle or dash-ended kicker"] += 1
            if re.search(r"(出席|主持)$", st.get("sub", "")):
                PH["short line 某某出席 / 某某主持"] += 1
            if st.get("kick") and st.get("title") and st.get("sub"):
                PH["three-part headline stack (kicker/title/subtitle)"] += 1
            if st["kind"] == "photo" and "以上图片" in st.get("by", ""):
                PH["photo group credit (以上图片均由…)"] += 1
            if st.get("by", "").startswith("文丨"):
                PH["副刊 byline 文丨X"] += 1
            for t, x in st["body"]:
                if re.match(r"^[\u4e00-\u9fff]，是[\u4e00-\u9fff]{2,3}。", x.replace(",", "，")):
                    PH["parallel paragraph opening (X，是前提。)"] += 1
        if page.get("punct") == "half":
            PH["page with half-width punctuation ,()"] += 1
        if page.get("spacing") == "all":
            PH["page with spaces around every number run and after opening quotes"] += 1
        if page.get("spacing") == "after":
            PH["page with spaces after digit runs only"] += 1
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = "%03d_%s" % (num, h)
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = {"source": name + ".txt", "issue_date": page["date"],
                "issue_number": page.get("issue") or None,
                "page_count": int(page["pages"]) if page.get("pages") else None,
                "articles": [gold_article(st, hw) for st in stories],
                "extras": extras_of(page, hw),
                "duplicates": lay.dups}
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        PAGE_ROWS.append((name, page["date"], page.get("slot", ""), page["layout"], len(stories), chars,
                          Counter(s["kind"] for s in stories)))
    write_readme()
    print("composed %d pages" % len(PAGE_ROWS))


def write_readme():
    tmpl = (ROOT / "README.in.md").read_text(encoding="utf-8") if (ROOT / "README.in.md").exists() else "{tables}"
    kinds = Counter()
    for row in PAGE_ROWS:
        kinds.update(row[6])
    t = ["| page | issue date | page of issue | layout | articles | characters |", "|---|---|---|---|---|---|"]
    for name, date, slot, lay, n, c, _ in PAGE_ROWS:
        t.append("| %s | %s | %s | %s | %d | %d |" % (name, date, slot, "column" if lay == "col" else "paragraph", n, c))
    chars = sorted(r[5] for r in PAGE_ROWS)
    t.append("")
    t.append("Articles: %d (%s). Characters per page (whitespace excluded): min %d, median %d, max %d." % (
        sum(r[4] for r in PAGE_ROWS), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        chars[0], chars[len(chars) // 2], chars[-1]))
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(PH.items()):
        if v:
            ph.append("| %s | %d |" % (k, v))
    (ROOT / "README.md").write_text(tmpl.replace("{pages}", "\n".join(t)).replace("{phenomena}", "\n".join(ph)),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
