#!/usr/bin/env python3
"""Compose the dev_re test set: src/pNN.txt -> pages/*.txt, gold/*.json, README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs"]
CUT = "¦"      # paragraph cut point (another piece may be printed between the parts)
BRK = "⁞"      # forced line break in the column layout (not part of the text)
CLOSE = set("，。、；：？！）”’》」,.;:?!)%")
OPEN = set("“‘（《「(")
FULLP = set("，。、；：？！）”’》」“‘（《「")


# ---------------------------------------------------------------- parsing
def parse(path):
    head, arts, layout = {}, {}, []
    cur, sect = None, "head"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@"):
            name, kind = line[1:].split()
            cur = {"kind": kind, "column": "", "kicker": "", "title": "", "subtitle": "",
                   "byline": "", "dateline": "", "continued": "", "paras": [], "width": None}
            arts[name] = cur
            sect = "art"
            continue
        if sect == "layout":
            layout.append(line.strip())
        elif sect == "head":
            k, _, v = line.partition(":")
            head[k.strip()] = v.strip()
        else:
            if line.startswith(">"):
                cur["paras"].append(line[1:].strip())
            else:
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "width":
                    cur["width"] = float(v)
                else:
                    cur[k] = v.strip()
    return head, arts, layout


def punct(s, mode):
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
    return s


# ---------------------------------------------------------------- artefacts
def em(s):
    return sum(0 if c in " \u3000\x01" else (0.5 if ord(c) < 128 else 1) for c in s)


def tokens(s):
    """Atomic units for wrapping: ASCII runs stay whole, every other character alone."""
    return re.findall(r"\x01[^\x01]*\x01|▲ ▲[（(][^）)]*[）)]|[A-Za-z0-9.%+\-×/]+|[^A-Za-z0-9.%+\-×/]", s)


def wrap(text, width):
    """Greedy fill to `width` em with simple kinsoku: no line starts with closing
    punctuation, no line ends with opening punctuation. Forced breaks at BRK.
    Returns (line, justified) pairs: every line but a segment's last is justified."""
    out = []
    segs = text.split(BRK)
    for si, seg in enumerate(segs):
        line, lines = [], []
        for t in tokens(seg):
            if line and em("".join(line)) + em(t) > width:
                carry = []
                if t in CLOSE:
                    while len(line) > 1 and (not carry or carry[0] in CLOSE):
                        carry.insert(0, line.pop())
                while len(line) > 1 and line[-1] in OPEN:
                    carry.insert(0, line.pop())
                lines.append("".join(line))
                line = carry
            line.append(t)
        if line:
            lines.append("".join(line))
        for i, l in enumerate(lines):
            out.append((l, i < len(lines) - 1))
    return out


def spread(line):
    toks = tokens(line)
    s = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSE and a not in "%" or b in OPEN:
            s += b
        else:
            s += " " + b
    return s


class Art:
    """Artefact generator for one page; counts every phenomenon it draws."""

    def __init__(self, rng, layout, stats):
        self.rng, self.layout, self.st = rng, layout, stats

    def count(self, k, n=1):
        self.st[k] = self.st.get(k, 0) + n

    def _numspace(self, s, p):
        out, i = [], 0
        for m in re.finditer(r"[0-9][0-9.]*%?", s):
            a, b = m.start(), m.end()
            left_ok = a > 0 and not s[a - 1].isspace() and not s[a - 1].isascii()
            right_ok = b < len(s) and not s[b].isspace() and not s[b].isascii()
            out.append(s[i:a])
            num = m.group(0)
            if (left_ok or right_ok) and self.rng.random() < p:
                self.count("spaces around a number run")
                side = self.rng.choice(["both", "both", "left", "right"])
                if left_ok and side in ("both", "left"):
                    num = " " + num
                if right_ok and side in ("both", "right"):
                    num = num + " "
            out.append(num)
            i = b
        out.append(s[i:])
        return "".join(out)

    def gaps(self, s, p):
        """Glyph-gap spaces before full-width punctuation and before %."""
        out = []
        for j, c in enumerate(s):
            if j > 0 and c in "，、。；" and not s[j - 1].isspace() and self.rng.random() < p:
                out.append(" ")
                self.count("glyph-gap space before full-width punctuation")
            if j > 0 and c == "%" and s[j - 1].isdigit() and self.rng.random() < p:
                out.append(" ")
                self.count("glyph-gap space before %")
            out.append(c)
        return "".join(out)

    def column_lines(self, text, width):
        res = []
        for l, justify in wrap(text, width):
            l = l.strip().replace("\x01", "").replace("\x02", " ")
            if justify and width - em(l) >= 1.0 and len(l) > 3 and " " not in l:
                res.append(spread(l))
                self.count("justified line spread with spaces")
            else:
                res.append(self.gaps(self._numspace(l, 0.55), 0.05))
        return res


# ---------------------------------------------------------------- compose one page
def parse_range(spec, arts_paras):
    n = len(arts_paras)
    if spec == "all":
        return [(i, None) for i in range(n)]
    items = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
        else:
            a = b = part
        ai, ak = (a.split(".") + [None])[:2]
        bi, bk = (b.split(".") + [None])[:2]
        ai, bi = int(ai) - 1, int(bi) - 1
        for i in range(ai, bi + 1):
            k = None
            if i == ai and ak:
                k = int(ak)
            if i == bi and bk and i != ai:
                k = ("upto", int(bk))
            items.append((i, k))
    return items


def piece(p, k):
    parts = p.split(CUT)
    if k is None:
        return "".join(parts)
    if isinstance(k, tuple):
        return parts[0] if k[1] == 1 else "".join(parts[:k[1]])
    return parts[k - 1]


def clean(s):
    return s.replace(CUT, "").replace(BRK, "")


def compose(src):
    head, arts, layout = parse(src)
    rng = random.Random(src.name)
    mode = head["layout"]
    pm = head.get("punct", "full")
    stats = {}
    A = Art(rng, mode, stats)
    W = float(head.get("width", 17))
    for a in arts.values():
        if BRK in a["dateline"]:
            A.count("forced line break inside a dateline")
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            a[f] = punct(a[f], pm)
        a["paras"] = [punct(p, pm) for p in a["paras"]]
    blocks = []            # list of lists of lines; blocks separated by a blank line
    extras, dups = [], []
    started = set()
    last_piece = None

    def emit(lines, tight=False):
        if tight and blocks:
            blocks[-1].extend(lines)
        else:
            for l in lines:
                blocks.append([l])

    for cmd in layout:
        op, _, rest = cmd.partition(" ")
        if op == "extra":
            for blk in rest.split("|"):
                blocks.append(blk.split("/"))
            extras.append(re.sub(r"\s+", "", rest.replace("/", "").replace("|", "")))
            A.count("furniture / box lines (extras)")
            continue
        if op != "body":
            last_piece = None
        if op == "mark":
            emit([rest])
            A.count("jump marker on its own line")
            continue
        args = rest.split()
        a = arts[args[0]]
        w = a["width"] or W
        if op == "head":
            for blk in args[1].split("|"):
                lines = []
                for ln in blk.split("/"):
                    txt = []
                    items = ln.split("+")
                    if len(items) > 1:
                        A.count("headline parts bunched on one line")
                    for it in items:
                        m = re.match(r"([cktsb])(\*2|\^|<\d+)?$", it)
                        f = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle",
                             "b": "byline"}[m.group(1)]
                        v = a[f]
                        mod = m.group(2) or ""
                        if mod == "*2":
                            dups.append(v)
                            v = v + v
                            A.count("headline drawn twice on one line")
                        elif mod == "^":
                            v1, v2 = v.split(" ", 1)
                            lines.append(" ".join(txt + [v1]))
                            txt, v = [], v2
                            A.count("two-phrase title split at its space")
                        elif mod.startswith("<"):
                            n = int(mod[1:])
                            lines.append(" ".join(txt + [v[:-n]]))
                            txt, v = [], v[-n:]
                            A.count("headline's last word alone on a line")
                        txt.append(v)
                    lines.append(" ".join(txt))
                blocks.append(lines)
            if len(args) > 2 and args[2] == "twice":
                blocks.append(list(blocks[-1]))
                dups.append(re.sub(r"\s+", "", "".join(blocks[-1])))
                A.count("headline printed as two identical lines")
            continue
        if op == "by":
            v = a["byline"]
            if len(args) > 1 and args[1] == "split":
                if " 通讯员" in v:
                    i = v.index(" 通讯员")
                    A.count("line break before 通讯员")
                else:
                    i = v.rindex(" ")
                    A.count("line break between a byline's names")
                blocks.append([v[:i], v[i + 1:]])
            elif len(args) > 1 and args[1] == "right":
                emit([" " * rng.randint(24, 40) + v])
                A.count("credit right-aligned on its own line")
            else:
                emit([v])
            continue
        if op in ("body", "dup"):
            opts = dict(x.split("=", 1) for x in args[2:] if "=" in x)
            items = parse_range(args[1], a["paras"])
            if "width" in opts:
                w = float(opts["width"])
            for n, (i, k) in enumerate(items):
                text = piece(a["paras"][i], k)
                if text.startswith("## "):
                    text = text[3:]
                first = k is None or k == 1 or isinstance(k, tuple)
                if op == "body" and i == 0 and first and a["dateline"]:
                    d = a["dateline"]
                    if mode == "column":
                        # keep the dateline's last characters together: a line never
                        # starts with a 1-3 character tail of the dateline
                        j = len(d)
                        n = 0
                        while j > 0 and n < 4:
                            j -= 1
                            n += not d[j].isspace()
                        d = d[:j] + "\x01" + d[j:].replace(" ", "\x02") + "\x01"
                    text = d + text
                if op == "body" and n == 0 and "pre" in opts:
                    text = opts["pre"].replace("_", " ") + text
                    A.count("jump marker before a continuation")
                if op == "body" and n == len(items) - 1 and "credit" in opts:
                    if opts["credit"] == "same":
                        text = text + " " + a["byline"]
                if op == "body":
                    started.add((args[0], i))
                if op == "dup":
                    dups.append(clean(text))
                    A.count("line or paragraph printed twice")
                if k is not None and op == "body":
                    A.count("paragraph piece printed apart (cut)")
                    if last_piece == (args[0], i, (k[1] - 1) if isinstance(k, tuple) else k - 1):
                        A.count("paragraph split by a column break, nothing between")
                if op == "body":
                    last_piece = (args[0], i, 1 if k is None or isinstance(k, tuple) else k)
                text = text.replace(CUT, "")
                if mode == "column":
                    lines = A.column_lines(text, w)
                    if "dupline" in opts and n == 0:
                        j = int(opts["dupline"]) - 1
                        dups.append(re.sub(r"\s+", "", lines[j]))
                        lines.insert(j + 1, lines[j])
                        A.count("line or paragraph printed twice")
                    emit(lines)
                else:
                    text = text.replace(BRK, "")
                    emit([text])
            if op == "body" and opts.get("credit") == "right":
                emit([" " * rng.randint(24, 40) + a["byline"]])
                A.count("credit right-aligned on its own line")
            elif op == "body" and opts.get("credit") == "line":
                emit([a["byline"]])
            continue
        raise SystemExit(f"{src}: unknown layout op {cmd!r}")

    for nm, a in arts.items():
        for i in range(len(a["paras"])):
            if (nm, i) not in started:
                raise SystemExit(f"{src.name}: {nm} paragraph {i + 1} never printed")
    lead = "\n" * rng.choice([0, 1, 2])
    page = lead + "\n\n".join("\n".join(b) for b in blocks) + "\n"
    digest = hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
    no = head["page"]
    name = f"{no}_{digest}"
    articles = []
    for a in arts.values():
        paras, subs = [], []
        for p in a["paras"]:
            t = clean(p)
            if t.startswith("## "):
                t = t[3:]
                subs.append(t)
            paras.append(t)
        d = {"kind": a["kind"], "column": a["column"], "kicker": a["kicker"], "title": a["title"],
             "subtitle": a["subtitle"], "byline": a["byline"], "dateline": clean(a["dateline"]),
             "continued": a["continued"], "subheads": subs, "paragraphs": paras}
        articles.append(d)
    front = head.get("front", "").split()
    gold = {"source": name + ".txt", "issue_date": head["date"],
            "issue_number": int(front[0]) if front else None,
            "page_count": int(front[1]) if front else None,
            "articles": articles, "extras": extras, "duplicates": dups}
    return name, page, gold, head, stats


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    rows, total = [], {}
    for s in srcs:
        name, page, gold, head, stats = compose(s)
        (HERE / "pages" / (name + ".txt")).write_text(page, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", page))
        rows.append((name + ".txt", head["date"], head.get("pageno", "?"), head["layout"],
                     head.get("punct", "full"), len(gold["articles"]), nchar, head.get("subjects", "")))
        for a in gold["articles"]:
            stats["kind: " + a["kind"]] = stats.get("kind: " + a["kind"], 0) + 1
            for f, lab in (("column", "column label (栏目)"), ("kicker", "kicker (引题)"),
                           ("subtitle", "subtitle (副题)"), ("continued", "jump field (continued)")):
                if a[f]:
                    stats[lab] = stats.get(lab, 0) + 1
            if a["subtitle"].startswith("——"):
                stats["dash-led subtitle"] = stats.get("dash-led subtitle", 0) + 1
            if a["dateline"].endswith("）") or a["dateline"].endswith(")"):
                key = "dateline with 电" if "电" in a["dateline"][:14] else "dateline with 讯"
                stats[key] = stats.get(key, 0) + 1
            if a["subheads"]:
                stats["crossheads (subheads)"] = stats.get("crossheads (subheads)", 0) + len(a["subheads"])
            if " " in a["title"]:
                stats["two-phrase title (space)"] = stats.get("two-phrase title (space)", 0) + 1
        for k, v in stats.items():
            total[k] = total.get(k, 0) + v
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(total.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" + "".join(
              "| " + " | ".join(str(x) for x in r) + " |\n" for r in rows))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt),
                                    encoding="utf-8")
    if "-q" not in sys.argv:
        print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
