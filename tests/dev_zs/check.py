#!/usr/bin/env python3
"""Check the set: a perfect segmenter's export must score 1.000 everywhere.

    python3 check.py

1. builds export.json from gold/ (every gold article; page extras and duplicates in the
   source's extras), runs /work/shared/tools/score.py EXPORT gold --pages pages -v and
   requires every figure 1.000, coverage 1.000, cjk_space_left 0 and no problem lines;
2. checks that no 6-character run of the seeds' gold headlines/paragraphs occurs in this
   set's gold (apart from a short list of generic words);
3. checks the brief's size rules (pages, layouts, characters, articles, years).
Prints `check passed` or the failures.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FAIL: list[str] = []

GENERIC = ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "省人大常委会", "人大常委会",
           "常委会副主任", "省委常委", "省政协副主席", "省发展改革委", "有关负责人", "相关负责人",
           "高质量发展", "中华人民共和国", "习近平总书记", "习近平新时代中国特色社会主义思想",
           "新时代中国特色社会主义", "中国特色社会主义", "党的十九大精神", "省委、省政府",
           "湖南省", "长株潭", "湘西土家族苗族自治州", "工业增加值", "乡村振兴", "产业链",
           "进出口", "实施办法", "百分点", "省高级人民法院", "人民检察院", "人民法院", "重要组成部分", "工作会议", "召开的全省",
           "座谈会", "今天召开", "记者从", "据了解", "相关部门", "有关部门",
           # terms, statistics and proper names (not phrases of the seeds' writers)
           "政府工作报告", "非物质文化遗产", "社会消费品零售总额", "生态环境保护", "人均可支配收入",
           "长沙市开福区", "西部陆海新通道", "怀化国际陆港", "省应急管理厅", "省级及以上园区",
           "技工贸总收入", "特色产业集群", "河流综合治理", "监测预警", "党风廉政建设", "基础设施建设",
           "三年行动计划", "农村居民", "城乡居民"]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str):
    FAIL.append(msg)


def build_export(gold_dir: Path, out: Path) -> list[dict]:
    arts, srcs, golds = [], [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        golds.append(g)
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras") or []) + list(g.get("duplicates") or [])})
    out.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False, indent=1),
                   encoding="utf-8")
    return golds


def run_score(export: Path):
    r = subprocess.run([sys.executable, str(SCORE), str(export), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fail(f"score.py failed: rc={r.returncode} {r.stderr.strip()[:300]}")
    figs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line.strip())
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"problem line: {line.strip()}")
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left = {v}")
            continue
        if v != "1.000":
            fail(f"{k} = {v}")
    if figs.get("articles_gold") != figs.get("articles_pred"):
        fail("article counts differ")
    need = {"seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
            "kind_acc", "paragraph_f1", "issue_date_acc", "coverage", "cjk_space_left"}
    if need - set(figs):
        fail(f"figures missing: {sorted(need - set(figs))}")


def exact_uncovered(golds: list[dict]):
    """Characters of the raw pages that no gold string holds (the seeds leave the jump
    markers' arrows and brackets out, as here); reported, and kept to those glyphs."""
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(SCORE.parent))
    from score import covered  # noqa: E402
    total = miss = 0
    for g in golds:
        hay = "\u0000".join(squash(s) for s in strings(g["articles"]) + g["extras"] + g["duplicates"])
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        for line in raw.splitlines():
            s = squash(line)
            c = covered(s, hay)
            total += len(s)
            miss += len(s) - c
            if len(s) - c > 4:
                fail(f"{g['source']}: {len(s) - c} characters of {line[:30]!r} in no gold string")
    print(f"raw characters {total}, outside every gold string {miss} (jump-marker glyphs)")


def strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return []


def seed_runs(golds: list[dict]):
    seed_text = []
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            seed_text += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
            seed_text += list(a.get("paragraphs") or [])

    def grams(s: str) -> set[str]:
        # runs of Chinese characters only (punctuation and figures break a run), with the
        # generic words cut out
        s = squash(s)
        for w in GENERIC:
            s = s.replace(w, "\u0000")
        out = set()
        for run in re.findall(r"[\u4e00-\u9fff]{6,}", s):
            out |= {run[i:i + 6] for i in range(len(run) - 5)}
        return out

    seed = set()
    for s in seed_text:
        seed |= grams(s)
    hits = Counter()
    for g in golds:
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in grams(s) & seed:
                    hits[x] += 1
    for x, n in sorted(hits.items()):
        fail(f"6-character run shared with the seeds: {x!r} ({n}x)")


def brief_rules(golds: list[dict]):
    layouts = Counter()
    years = Counter()
    for g in golds:
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        k = len(g["articles"])
        col = bool(re.search(r"\S\n\n\S", raw)) and not raw.startswith("\n\n")
        layouts["column" if col else "paragraph"] += 1
        years[g["issue_date"][:4]] += 1
        if not 4500 <= n <= 6500:
            fail(f"{g['source']}: {n} characters (4,500-6,500)")
        if not 7 <= k <= 13:
            fail(f"{g['source']}: {k} articles (7-13)")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", p):
                    fail(f"{g['source']}: space between CJK in a gold paragraph: {p[:30]!r}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g['source']}: bad kind {a['kind']}")
    if len(golds) != 14:
        fail(f"{len(golds)} pages (14)")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)} (7 + 7)")
    if set(years) != {str(y) for y in range(2015, 2021)} or max(years.values()) > 3:
        fail(f"years {dict(sorted(years.items()))}")
    fronts = [g for g in golds if g.get("issue_number")]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages with masthead (2)")
    for f in fronts:
        jumps = [a for a in f["articles"] if a["continued"].startswith("下转")]
        inside = [g for g in golds if g["issue_date"] == f["issue_date"] and g is not f]
        conts = [a for g in inside for a in g["articles"] if a["continued"].startswith(("上接", "紧接"))]
        if not jumps or not conts:
            fail(f"{f['source']}: front page without a jump continued on an included inside page")
    print(f"pages {len(golds)}; layouts {dict(layouts)}; years {dict(sorted(years.items()))}")


def main():
    export = HERE / "export.json"
    golds = build_export(HERE / "gold", export)
    run_score(export)
    exact_uncovered(golds)
    seed_runs(golds)
    brief_rules(golds)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
