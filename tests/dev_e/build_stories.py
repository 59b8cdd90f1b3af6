#!/usr/bin/env python3
"""Build stories.json from the story sources in src/*.txt (standard library only).

Source format, one story per block:
    === ID
    issue: 2015-06-18           publication date of the issue the story belongs to
    kind: news|commentary|feature|photo|other
    col: 栏目                     column label (栏目)
    kick: / title: / sub: / attend:   headline stack (引题 / 主题 / 副题 / short "X出席" line)
    date: 湖南日报6月17日讯（记者 …）  dateline, printed at the head of the first paragraph
    by: byline (author, or a photo's credit)
    bypos: start|end            where a news byline is printed (default: start)
    p: paragraph                one per line; for photos: the caption(s)
    h: crosshead (小标题)        also kept as a paragraph, as the seeds' gold does
Checks: no run of 10+ characters (after NFKC, whitespace removed) shared with a seed page.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KEYS = {"issue", "kind", "col", "kick", "title", "sub", "attend", "date", "by", "bypos", "note"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def parse(path: Path) -> list[dict]:
    stories, cur = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "issue": "", "kind": "news", "column": "",
                   "kicker": "", "title": "", "subtitle": "", "attend": "", "dateline": "",
                   "byline": "", "byline_pos": "start", "paragraphs": [], "subheads": []}
            stories.append(cur)
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "p":
            cur["paragraphs"].append(val)
        elif key == "h":
            cur["paragraphs"].append(val)
            cur["subheads"].append(val)
        elif key in KEYS:
            name = {"col": "column", "kick": "kicker", "sub": "subtitle", "date": "dateline",
                    "by": "byline", "bypos": "byline_pos"}.get(key, key)
            if name != "note":
                cur[name] = val
        else:
            raise SystemExit(f"{path.name}: bad line {line[:40]!r}")
    return stories


def seed_grams(n: int = 10) -> set[str]:
    grams = set()
    for f in SEEDS.glob("*.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            grams.update(s[i:i + n] for i in range(len(s) - n + 1))
    return grams


def main() -> int:
    stories = []
    for f in sorted((HERE / "src").glob("*.txt")):
        stories.extend(parse(f))
    ids = [s["id"] for s in stories]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids {dup}")
    grams, bad = seed_grams(), 0
    for s in stories:
        for p in s["paragraphs"]:
            if re.search(r"\s", p):
                print(f"{s['id']}: whitespace in paragraph {p[:20]!r}")
                bad += 1
        text = [s[k] for k in ("kicker", "title", "subtitle", "attend", "dateline", "byline", "column")]
        for t in text + s["paragraphs"]:
            q = squash(t)
            for i in range(len(q) - 9):
                if q[i:i + 10] in grams:
                    print(f"{s['id']}: seed run {q[i:i+10]!r} in {t[:24]!r}")
                    bad += 1
                    break
        if not s["issue"] or not s["paragraphs"]:
            print(f"{s['id']}: missing issue or paragraphs")
            bad += 1
    (HERE / "stories.json").write_text(json.dumps(stories, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    n = sum(len("".join(s["paragraphs"])) for s in stories)
    print(f"{len(stories)} stories, {n} characters of body text, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
