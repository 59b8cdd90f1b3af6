#!/usr/bin/env python3
"""Check the gold against its own pages with the shared scorer.

Exports every gold file as if it were a segmenter's output (FORMAT.md's export contract:
`articles` with `source` and `issue_date`, `sources` with the page's extras; duplicates go
with the extras, since they are text of the page that is in no article), then runs

    python3 ../gold/score.py <export> gold --pages pages -v

Every figure must be 1.000, coverage 1.000 and cjk_space_left 0. It also reports, line by
line, any raw text the gold does not account for, and checks the story set against the
seeds (no run of 10+ characters in common). Standard library only.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True   # importing the shared scorer must not write next to it
HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "gold" / "score.py"  # the scorer, as the tool ships it


def export() -> dict:
    arts, srcs = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b["source"], b["issue_date"] = g["source"], g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": srcs}


def uncovered(exp: dict) -> int:
    """Line-by-line report of raw text missing from the gold, using the scorer's own rule."""
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402  (the shared scorer, imported for its squash/covered)
    bad = 0
    by_src: dict[str, list] = {}
    for a in exp["articles"]:
        by_src.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in exp["sources"]}
    for name, m in sorted(meta.items()):
        hay = "\0".join(score.squash(s) for s in score.strings_in(by_src.get(name, []))
                        + score.strings_in(m))
        raw = (HERE / "pages" / name).read_text(encoding="utf-8")
        for ln, line in enumerate(raw.splitlines(), 1):
            s = score.squash(line)
            c = score.covered(s, hay)
            if c < len(s):
                bad += 1
                print(f"UNCOVERED {name}:{ln}: {line[:60]!r} ({len(s) - c} chars)")
    return bad


def exact(exp: dict) -> int:
    """Stricter than coverage: the page's characters and the gold's strings must be the same
    multiset (each printed character accounted for exactly once). The jump-marker words are
    both the article's `continued` and part of the printed marker kept in the extras, so
    `continued` is left out of this count."""
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    from collections import Counter
    bad = 0
    by_src: dict[str, list] = {}
    for a in exp["articles"]:
        by_src.setdefault(a["source"], []).append(a)
    for m in exp["sources"]:
        name = m["source"]
        gold = Counter()
        for a in by_src.get(name, []):
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                gold.update(score.squash(a.get(f) or ""))
            for p in a["paragraphs"]:
                gold.update(score.squash(p))
        for e in m["extras"]:
            gold.update(score.squash(e))
        raw = Counter(score.squash((HERE / "pages" / name).read_text(encoding="utf-8")))
        if raw != gold:
            bad += 1
            print(f"INEXACT {name}: page-only {dict(raw - gold)} gold-only {dict(gold - raw)}")
    return bad


def printed(exp: dict) -> int:
    """Every headline part, byline, dateline, column label and jump marker of the gold is
    printed on its page as one run (line breaks and layout spaces aside), and every
    paragraph is printed in at most a few pieces (the one-paragraph-a-line layout cuts)."""
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    bad = 0
    pages = {}
    for a in exp["articles"]:
        name = a["source"]
        if name not in pages:
            pages[name] = score.squash((HERE / "pages" / name).read_text(encoding="utf-8"))
        page = pages[name]
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            v = a.get(f) or ""
            parts = [v] if f != "subtitle" else v.split(" ") if v.count(" ") and \
                score.squash(v) not in page else [v]
            for part in parts:
                if score.squash(part) and score.squash(part) not in page:
                    bad += 1
                    print(f"NOT PRINTED {name} {f}: {v!r}")
        for para in a["paragraphs"]:
            q = score.squash(para)
            if q in page:
                continue
            # a cut paragraph: its pieces must all be on the page
            i, pieces = 0, 0
            while i < len(q):
                lo, hi = 0, len(q) - i
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if q[i:i + mid] in page:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo < 5 and i + lo < len(q):
                    bad += 1
                    print(f"PARAGRAPH NOT PRINTED {name}: {para[:30]!r} at {q[i:i+10]!r}")
                    break
                i += lo
                pieces += 1
            if pieces > 3:
                bad += 1
                print(f"PARAGRAPH IN {pieces} PIECES {name}: {para[:30]!r}")
    return bad


def main() -> int:
    exp = export()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False)
        path = f.name
    bad = uncovered(exp) + exact(exp) + printed(exp)
    cmd = [sys.executable, str(SCORER), path, str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"]
    plain = subprocess.run(cmd, capture_output=True, text=True)
    print(plain.stdout, plain.stderr, sep="")
    r = subprocess.run(cmd + ["--json"], capture_output=True, text=True)
    Path(path).unlink()
    figures = json.loads(r.stdout[:r.stdout.rindex("}") + 1])
    ok = bad == 0 and figures["cjk_space_left"] == 0 and all(
        v == 1.0 for k, v in figures.items()
        if k not in ("articles_gold", "articles_pred", "cjk_space_left") and v is not None)
    seeds = subprocess.run([sys.executable, str(HERE / "src" / "seedcheck.py")],
                           capture_output=True, text=True)
    print(seeds.stdout.strip().splitlines()[-1] if seeds.stdout.strip() else seeds.stderr)
    ok = ok and seeds.returncode == 0
    print("CHECK", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
