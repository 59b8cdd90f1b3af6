#!/usr/bin/env python3
"""Check set D: export the gold as if it were a segmenter's output and score it
with the shared scorer (every figure must be 1.000, coverage 1.000, no CJK
spaces), then account for every character of every page exactly.

    python3 check.py            # exit status 0 when everything holds

Standard library only.
"""
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its sibling helpers, however imported
sys.dont_write_bytecode = True
from textutil import squash  # noqa: E402

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "gold" / "score.py"  # the scorer, as the tool ships it
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# the paper's byline formula for its commentators: a formula, not seed text
FORMULAS = {"湖南日报全媒体评论员"}


def export(golds):
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            b = {k: v for k, v in a.items()}
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": srcs}


def exact_accounting(g, text):
    """Page characters == gold characters (article fields, paragraphs, extras,
    duplicates); `continued` is the bare text of a jump marker printed whole in
    the extras, so it is checked to lie inside one and not counted twice."""
    problems = []
    page = Counter(squash(text))
    acc = Counter()
    for a in g["articles"]:
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            acc.update(squash(a[f]))
        for p in a["paragraphs"]:
            acc.update(squash(p))
        if a["continued"] and not any(squash(a["continued"]) in squash(e) for e in g["extras"]):
            problems.append(f"jump marker {a['continued']} not among the printed extras")
        for s in a["subheads"]:
            if s not in a["paragraphs"]:
                problems.append(f"subhead {s} not in paragraphs")
    for s in g["extras"] + g["duplicates"]:
        acc.update(squash(s))
    if page != acc:
        problems.append(f"characters differ: page-only {dict(page - acc)} gold-only {dict(acc - page)}")
    # every gold paragraph is printed (possibly cut across lines): its text
    # squashed must be a concatenation of pieces of the page's lines
    flat = "\u0000".join(squash(ln) for ln in text.split("\n"))
    for a in g["articles"]:
        for p in a["paragraphs"]:
            s = squash(p)
            i = 0
            while i < len(s):
                lo, hi = 0, len(s) - i
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if s[i:i + mid] in flat:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo == 0:
                    problems.append(f"paragraph text not on the page: {p[:20]}")
                    break
                i += lo
    return problems


def seed_overlap(stories):
    """No run of 10+ characters of a seed page in any story."""
    grams = set()
    for f in SEEDS.glob("*.txt"):
        s = squash(f.read_text(encoding="utf-8"))
        grams.update(s[i:i + 10] for i in range(len(s) - 9))
    bad = []
    for st in stories:
        txt = [st[k] for k in ("kicker", "title", "subtitle", "byline", "dateline", "column")] + st["paragraphs"]
        for t in txt:
            s = squash(t)
            for i in range(len(s) - 9):
                if s[i:i + 10] in grams and s[i:i + 10] not in FORMULAS:
                    bad.append((st["id"], s[i:i + 10]))
                    break
    return bad


def main():
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((HERE / "gold").glob("*.json"))]
    ok = True
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export(golds), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
        print(r.stdout, end="")
        if r.stderr:
            print(r.stderr, file=sys.stderr)
        r2 = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                             "--pages", str(HERE / "pages"), "--json"], capture_output=True, text=True)
        figs = json.loads(r2.stdout[:r2.stdout.rindex("}") + 1])
    for k, v in figs.items():
        if isinstance(v, float) and v < 1.0 and round(v, 3) < 1.0:
            print(f"FAIL {k} = {v}")
            ok = False
        if isinstance(v, float) and v < 1.0:
            print(f"note {k} = {v!r} (below 1 before rounding)")
            ok = False
    if figs["cjk_space_left"]:
        print("FAIL cjk_space_left")
        ok = False
    # exact per-page accounting, sizes
    n_chars = []
    for g in golds:
        text = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        for p in exact_accounting(g, text):
            print(f"FAIL {g['source']}: {p}")
            ok = False
        n = len(squash(text))
        n_chars.append(n)
        na = len(g["articles"])
        if n < 4500 or not 7 <= na <= 12:
            print(f"FAIL {g['source']}: {n} characters, {na} articles (want >= 4500, 7-12)")
            ok = False
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    for sid, gram in seed_overlap(stories):
        print(f"FAIL story {sid} repeats seed text {gram!r}")
        ok = False
    print(f"pages {len(golds)}, articles {sum(len(g['articles']) for g in golds)}, "
          f"characters per page {min(n_chars)}-{max(n_chars)}")
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
