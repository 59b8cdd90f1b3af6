#!/usr/bin/env python3
"""Check the blind set: a perfect export built from the gold must score 1.000 everywhere,
and no 6-character run of the seeds' gold text may occur in this set's gold (generic words aside)."""
import json
import re
import subprocess
import sys
import hashlib
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
GENERIC = [unicodedata.normalize("NFKC", w) for w in (HERE / "generic_words.txt").read_text(encoding="utf-8").split() if w]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(g):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a.get(f):
                yield a[f]
        for p in a["paragraphs"]:
            yield p


def main():
    ok = True
    arts, srcs = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        h = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        if not g["source"].endswith(h + ".txt") or gf.stem + ".txt" != g["source"]:
            print("bad file name/hash:", gf.name)
            ok = False
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    import tempfile
    exp = Path(tempfile.mkdtemp()) / "export.json"
    exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.strip())
    for line in r.stdout.splitlines():
        line = line.strip()
        if line.startswith("---") or line.startswith(("headline ", "missing ", "spurious ")):
            ok = False
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            k, v = m.group(1), float(m.group(2))
            if k == "cjk_space_left":
                if v != 0:
                    ok = False
            elif not k.startswith("articles") and v != 1.0:
                print("figure below 1.000:", k, v)
                ok = False
    if r.returncode:
        ok = False
    # every piece of gold text must be printed on its page (the reverse of coverage)
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        hay = score.squash((HERE / "pages" / g["source"]).read_text(encoding="utf-8"))
        for a in g["articles"]:
            for x in [a[k] for k in score.FIELDS] + a["paragraphs"] + a["subheads"]:
                q = score.squash(x)
                if q and score.covered(q, hay) < len(q):
                    print("gold text not on the page:", gf.name[:3], q[:40])
                    ok = False
        for x in g["extras"] + g["duplicates"]:
            q = score.squash(x)
            if q and q not in hay:
                print("extra/duplicate not on the page:", gf.name[:3], q[:40])
                ok = False
    # seeds' text must not be reused
    seed6 = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts(g):
            s = squash(t)
            for i in range(len(s) - 5):
                seed6.add(s[i:i + 6])
    hits = {}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts(g):
            s = squash(t)
            for w in GENERIC:
                s = s.replace(w, "\u0000")
            for i in range(len(s) - 5):
                run = s[i:i + 6]
                # only runs of six Chinese characters count: runs crossing digits or
                # punctuation are dates, figures and boilerplate joints
                if not all("\u4e00" <= ch <= "\u9fff" for ch in run):
                    continue
                if run in seed6:
                    hits.setdefault(s[i:i + 6], gf.name[:3])
    if hits:
        ok = False
        print("6-character runs shared with the seeds:", len(hits))
        for k, v in sorted(hits.items()):
            print("  ", v, k)
    n = len(arts)
    print(f"{len(golds)} pages, {n} articles")
    if ok:
        print("check passed")
        return 0
    print("check FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
