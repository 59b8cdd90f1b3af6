#!/usr/bin/env python3
"""Verify the dev_ud test set; prints `check passed` when every rule holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape: 14 pages 001-014, 7 column + 7 paragraph layout, years
   2015/2017/2022/2026 with 3-4 pages each, 4,500-6,500 characters and 7-13
   articles a page, two front pages (2017, 2026) each jumping to its page 2;
3. gold files in the seeds' exact format (key order, indent=1);
4. the export a perfect segmenter would print scores 1.000 on every figure of
   /work/shared/tools/score.py, coverage 1.000, cjk_space_left 0, no problem line;
5. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking a short list of
   generic words).
Standard library only.
"""
from __future__ import annotations

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
import compose  # noqa: E402

SEED_GOLD = Path("/work/shared/gold")
SCORER = Path("/work/shared/tools/score.py")
YEARS = {"2015": 3, "2017": 4, "2022": 3, "2026": 4}
FRONT_YEARS = {"2017", "2026"}
PAGE_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page prints
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 华声在线 新湖南客户端
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 习近平 党的二十大
省委 省政府 省人大常委会 省人大 省政协 省纪委监委 省委常委 副省长 省长 书记
湘西土家族苗族自治州 土家族苗族自治州 自治州 自治县 非物质文化遗产
基础设施 长株潭 人力资源和社会保障 中央八项规定精神 社会消费品零售总额
雨雪冰冻 隐患排查整治 各级各部门
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 邵阳 娄底 湘西 张家界
全省 我省 全国 全市 全县 今年以来 近年来 目前 据了解 据悉 相关负责人 负责人 介绍
高质量发展 乡村振兴 同比增长 分别增长 百分点 亿元 万元 以上 进一步 推动 加快 加强 深入
主要负责同志 出席 讲话 召开 举行 会议强调 会议指出 会议要求 会议认为
""".split()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg):
    print("check FAILED:", msg)
    sys.exit(1)


def grams(text):
    t = squash(text)
    for w in sorted(GENERIC, key=len, reverse=True):
        t = t.replace(squash(w), "□" * len(w))
    out = set()
    for i in range(len(t) - 5):
        g = t[i:i + 6]
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def gold_texts(g):
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"], a["column"]] + list(a["paragraphs"])
    return out


def main():
    files, records = compose.build()
    # 1. byte-for-byte rebuild
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        have = {f"{d}/{p.name}" for p in (HERE / d).iterdir()}
        want = {k for k in files if k.startswith(d + "/")}
        if have != want:
            fail(f"{d}/ holds {sorted(have ^ want)} unexpectedly")
    # 2. shape
    if len(records) != 14:
        fail(f"{len(records)} pages, want 14")
    lay = Counter(r["page"].lay for r in records)
    if lay != Counter(column=7, para=7):
        fail(f"layouts {dict(lay)}")
    years = Counter(r["gold"]["issue_date"][:4] for r in records)
    if dict(years) != YEARS:
        fail(f"years {dict(years)}")
    fronts = []
    for k, r in enumerate(records, 1):
        name, text, g = r["name"], r["text"], r["gold"]
        if name[:3] != f"{k:03d}":
            fail(f"{name}: page number out of sequence")
        if name[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fail(f"{name}: name is not the hash of the page text")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        # 3. format
        if list(g) != PAGE_KEYS:
            fail(f"{name}: page keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind {list(a)} {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{name}: subhead {sh} not among the paragraphs")
            if not a["paragraphs"]:
                fail(f"{name}: article without paragraphs")
        if g["issue_number"] or g["page_count"]:
            if not (g["issue_number"] and g["page_count"] and g["extras"]):
                fail(f"{name}: front page needs issue number, page count and masthead")
            fronts.append(r)
    if sorted(r["gold"]["issue_date"][:4] for r in fronts) != sorted(FRONT_YEARS):
        fail("front pages: want one in 2017 and one in 2026")
    for r in fronts:
        g = r["gold"]
        if r["page"].page["page"] != "1":
            fail(f"{r['name']}: front page is not page 1")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{r['name']}: front page does not jump to page 2")
        two = [x for x in records if x["gold"]["issue_date"] == g["issue_date"] and x["page"].page["page"] == "2"]
        if len(two) != 1 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                    for a in two[0]["gold"]["articles"]):
            fail(f"{r['name']}: no page 2 continuing it")
    # 4. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for r in records:
        g = r["gold"]
        for aid, a in zip(r["page"].arts, g["articles"]):
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: v for k, v in a.items() if k != "subheads"})
            e["subheads"] = a["subheads"]
            e["title_derived"] = False
            marker = r["page"].arts[aid].get("marker")
            if marker:
                e["continued_as_printed"] = marker
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    # lines the export cannot cover (a field tail under 4 characters opening a line)
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    bad = []
    for r, src in zip(records, export["sources"]):
        arts = [a for a in export["articles"] if a["source"] == src["source"]]
        hay = "\u0000".join(score.squash(s) for s in score.strings_in(arts) + score.strings_in(src))
        for line in r["text"].splitlines():
            s = score.squash(line)
            if score.covered(s, hay) < len(s):
                bad.append(f"{r['name'][:3]}: {line!r}")
    if bad:
        fail("uncovered lines:\n  " + "\n  ".join(bad))
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0 or res.stderr.strip():
        fail("scorer failed: " + res.stderr)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reports a problem: " + line)
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        key, val = m.groups()
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                fail("cjk_space_left " + val)
        elif val != "None" and val != "1.000":
            fail(f"{key} = {val}")
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")
    # 5. seed phrases
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for t in gold_texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(t)
    shared = []
    for r in records:
        for t in gold_texts(r["gold"]):
            for gm in grams(t) & seed:
                shared.append((r["name"][:3], gm))
    if shared:
        for s in sorted(set(shared)):
            print("   shared with seeds:", s)
        fail(f"{len(set(shared))} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
