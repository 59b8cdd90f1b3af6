#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, shape, gold format, the perfect
export scores 1.000 everywhere, and no phrase is borrowed from the seeds.

    python3 check.py        prints `check passed` or the problems found
"""
from __future__ import annotations

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose      # noqa: E402
import seedcheck    # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
MARKER_GLYPHS = set("▷▶▲△►◆ ()（）")

problems: list[str] = []


def fail(msg: str):
    problems.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def main():
    results, out = compose.build(write=False)

    # 1. byte-for-byte rebuild
    for rel, content in out.items():
        p = HERE / rel
        if not p.exists():
            fail(f"missing {rel} (run compose.py)")
        elif p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build")
    for d in ("pages", "gold"):
        for p in (HERE / d).glob("*"):
            if f"{d}/{p.name}" not in out:
                fail(f"stray file {d}/{p.name}")

    # 2. shape
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    layouts = Counter(ctx.layout for *_, ctx in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}, want 7 + 7")
    years = Counter(int(page.meta["date"][:4]) for _, page, *_ in results)
    for y in range(2017, 2027):
        if not 1 <= years[y] <= 3:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(range(2017, 2027)):
        fail(f"years outside 2017-2026: {sorted(years)}")
    puncts = Counter(ctx.mode for *_, ctx in results)
    if len(puncts) < 3:
        fail(f"punctuation variants {dict(puncts)}")
    for n, (base, page, text, gold, gjson, ctx) in enumerate(results):
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if base != f"{n:03d}_{h}":
            fail(f"{base}: name does not match the page hash {h}")
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{base}: {chars} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{base}: {na} articles")
        # gold format
        if list(gold) != KEYS:
            fail(f"{base}: gold keys {list(gold)}")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                fail(f"{base}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{base}: kind {a['kind']}")
            for s in a["subheads"]:
                if squash(s) not in [squash(x) for x in a["paragraphs"]]:
                    fail(f"{base}: subhead not among the paragraphs: {s}")
            if not a["paragraphs"]:
                fail(f"{base}: article without paragraphs {a['title']}")
        if json.dumps(gold, indent=1, ensure_ascii=False) + "\n" != gjson:
            fail(f"{base}: gold json not in the house format")
        datetime.date.fromisoformat(gold["issue_date"])
        # bylines by year
        year = int(gold["issue_date"][:4])
        for a in gold["articles"]:
            who = a["dateline"] + " " + a["byline"]
            if year < 2019 and "全媒体" in who:
                fail(f"{base}: 全媒体 before 2019: {who}")
            if year >= 2020 and a["dateline"].startswith("湖南日报") and "全媒体记者" not in a["dateline"]:
                fail(f"{base}: dateline without 全媒体记者 in {year}: {a['dateline']}")

    # two front pages, each jumping to its page 2 in the set
    fronts = [r for r in results if r[3]["issue_number"]]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages, want 2")
    for base, page, text, gold, gjson, ctx in fronts:
        if not gold["page_count"] or page.meta["page"] != "1":
            fail(f"{base}: front page without page count or not page 1")
        downs = [a for a in gold["articles"] if a["continued"].startswith("下转2版")]
        twos = [r for r in results if r[3]["issue_date"] == gold["issue_date"] and r[1].meta["page"] == "2"]
        if not downs or len(twos) != 1:
            fail(f"{base}: no jump to a page 2 in the set")
            continue
        ups = [a for a in twos[0][3]["articles"]
               if a["kind"] == "continuation" and a["continued"].startswith("上接1版")]
        if len(ups) != len(downs):
            fail(f"{base}: {len(downs)} jumps out, {len(ups)} continued on page 2")

    # 3. the export a perfect segmenter would print
    with tempfile.TemporaryDirectory() as td:
        arts, srcs = [], []
        for base, page, text, gold, gjson, ctx in results:
            for a in gold["articles"]:
                e = {"source": gold["source"], "issue_date": gold["issue_date"]}
                e.update({k: a[k] for k in AKEYS if k != "subheads"})
                e["title_derived"] = False
                arts.append(e)
            srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                         "extras": gold["extras"] + gold["duplicates"]})
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
        print(r.stdout, end="")
        if r.returncode:
            fail(f"scorer exit {r.returncode}: {r.stderr}")
        figures = {}
        for line in r.stdout.splitlines():
            if line.startswith("---") or line.startswith("    "):
                fail(f"scorer problem line: {line.strip()}")
            m = re.match(r"^(\w+)\s+(\S+)$", line)
            if m:
                figures[m.group(1)] = m.group(2)
        for k, v in figures.items():
            if k.startswith("articles_"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"cjk_space_left {v}")
            elif v != "1.000":
                fail(f"{k} = {v}")
        for k in ("seg_f1", "headline_acc", "untitled_ok", "byline_acc", "dateline_acc",
                  "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
            if k not in figures:
                fail(f"scorer printed no {k}")
        # exact coverage: only the decoration of jump markers may be missed
        sys.path.insert(0, str(SCORER.parent))
        import score
        for base, page, text, gold, gjson, ctx in results:
            mine = [a for a in arts if a["source"] == gold["source"]]
            meta = [s for s in srcs if s["source"] == gold["source"]][0]
            hay = "\u0000".join(score.squash(s) for s in score.strings_in(mine) + score.strings_in(meta))
            for line in text.splitlines():
                s = score.squash(line)
                lost = len(s) - score.covered(s, hay)
                if lost and not (set(line) & set("▷▶▲") and lost <= 4):
                    fail(f"{base}: {lost} characters of {line[:30]!r} not in the export")

    # 4. no phrase from the seeds
    seeds = seedcheck.seed_grams()
    for base, page, text, gold, gjson, ctx in results:
        for g, t in seedcheck.shared(gold, seeds):
            fail(f"{base}: shares {g!r} with the seeds ({t}…)")

    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
