#!/usr/bin/env python3
"""Verify the set: rebuild is byte-for-byte, a perfect export scores 1.000 on every
figure with full coverage, the set has the required shape, and no phrase of the
seeds' gold headlines and paragraphs is reused.  Prints `check passed`."""
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
PAGES, GOLD = HERE / "pages", HERE / "gold"
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2017": (3, 4), "2020": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2017", "2022"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, set phrases of the paper
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 高质量发展 习近平总书记
习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 省委常委 省委 省政府 省人大常委会
省政协 副省长 同比增长 百分点 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 郴州 怀化 岳阳 常德 益阳
娄底 邵阳 永州 张家界 湘西土家族苗族自治州 湘西州 省气象局 省应急管理厅 省自然资源厅 省商务厅
省工信厅 省市场监管局 省退役军人事务厅 省农业农村厅 省林业局 自然资源和规划局 自然资源部门 专精特新 小巨人 黄花国际机场 新湖南 华声在线
今年以来 近年来 据了解 据悉 新华社 评论员 三高四新 亿元 万元 以上 出席 主持 全省 我省 市州
省直 各级 有关部门 中共中央 政治局""".split(), key=len, reverse=True)


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(squash(w), "□" * len(squash(w)))
    return s


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(map(cjk, g)) >= 5:
            yield g


def texts(gold: dict):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def snapshot():
    out = {}
    for d in (PAGES, GOLD):
        for f in sorted(d.iterdir()):
            out[str(f.relative_to(HERE))] = hashlib.sha256(f.read_bytes()).hexdigest()
    out["README.md"] = hashlib.sha256((HERE / "README.md").read_bytes()).hexdigest()
    return out


def main():
    # 1. rebuild byte-for-byte
    before = snapshot()
    r = subprocess.run([sys.executable, str(HERE / "compose.py")], capture_output=True, text=True)
    if r.returncode:
        fail("compose.py failed: " + r.stderr)
    if snapshot() != before:
        fail("compose.py does not rebuild the set byte-for-byte")

    # 2. shape
    pages = sorted(PAGES.glob("*.txt"))
    golds = sorted(GOLD.glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}, {len(golds)}")
    years, layouts, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {p.name} / {g.name}")
        raw_g = g.read_text(encoding="utf-8")
        gold = json.loads(raw_g)
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != raw_g:
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles",
                          "extras", "duplicates"]:
            fail(f"{g.name}: key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{g.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
        if gold["source"] != p.name:
            fail(f"{g.name}: source")
        nchar = len(re.sub(r"\s+", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{p.name}: {na} articles")
        years[gold["issue_date"][:4]] += 1
        lines = [ln for ln in text.splitlines() if ln.strip()]
        short = sum(len(ln.strip()) <= 32 for ln in lines) / len(lines)
        layouts["column" if short > 0.8 else "paragraph"] += 1
        by_date.setdefault(gold["issue_date"], []).append(gold)
        if gold["issue_number"]:
            fronts.append(gold)
            if not isinstance(gold["page_count"], int) or not gold["extras"]:
                fail(f"{p.name}: front page without page count / masthead")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"unexpected years {dict(years)}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if sorted(f["issue_date"][:4] for f in fronts) != sorted(FRONT_YEARS):
        fail("front pages: " + str([f["issue_date"] for f in fronts]))
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"front page {f['source']} has no 下转2版 jump")
        p2 = [g for g in by_date[f["issue_date"]] if g is not f]
        if not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                   for g in p2 for a in g["articles"]):
            fail(f"front page {f['source']} has no page 2 with 上接1版")

    # 3. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(GOLD), "--pages", str(PAGES),
                            "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode:
        fail("score.py returned " + str(r.returncode))
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")
    # exact coverage (not only rounded)
    sys.path.insert(0, str(SCORE.parent))
    import score  # noqa: E402
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        strings = score.strings_in(gold["articles"]) + gold["extras"] + gold["duplicates"]
        hay = "\u0000".join(score.squash(s) for s in strings)
        raw = (PAGES / gold["source"]).read_text(encoding="utf-8")
        for line in raw.splitlines():
            s = score.squash(line)
            if re.search(r"[▷▶▲].*[上下紧]接?转?\d+版", s):
                # a jump marker: the gold keeps its words (continued), not its
                # ornaments and brackets, as the seeds' gold does
                s = re.sub(r"[▷▶▲()]", "", s)
            if score.covered(s, hay) != len(s):
                fail(f"{gold['source']}: line not fully covered: {line!r}")

    # 4. seed-phrase rule
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            seed.update(grams(blank(t)))
    hits = []
    for g in golds:
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            for gr in grams(blank(t)):
                if gr in seed:
                    hits.append((g.name[:3], gr))
    if hits:
        fail(f"{len(hits)} runs shared with the seeds: {hits[:20]}")

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    if "without sight of the program" not in readme:
        fail("README must say it was made without sight of the program")
    print("check passed")


if __name__ == "__main__":
    main()
