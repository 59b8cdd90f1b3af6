#!/usr/bin/env python3
"""Verify the set: rebuild in memory, score a perfect export, check shape and
the seed-phrase rule.  Prints `check passed` or exits non-zero."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIGS_ONE = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
            "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage")

# generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 相关负责人 负责人 高质量发展 习近平总书记 习近平
新时代中国特色社会主义思想 中国特色社会主义 党中央 国务院 省委 省政府 省人大常委会 省政协
全省 我省 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
娄底 湘西土家族苗族自治州 湘西 长株潭 省委常委 副省长 省长 省委书记 在长沙召开 在长沙举行
出席并讲话 同比增长 比上年增长 个百分点 万亿元 亿元 万元 万人次 公里 以上 工作会议
中国工程院 工程研究中心 院士 科技型中小企业 人力资源和社会保障厅 高新技术企业 小巨人
基础设施建设 三年行动计划 重要组成部分 专项整治
各级各部门
国家和地区
规模以上工业增加值 规模工业增加值 社会消费品零售总额 目标任务
十四五 十三五 湘粤非铁海联运
关键核心技术 揭榜挂帅 国家科技进步奖 中南林业科技大学 工业互联网 新能源汽车
道路交通安全
轨道交通装备
中华优秀传统文化 优秀传统文化 创造性转化 创新性发展
西部陆海新通道
以旧换新 工业和信息化
今天 近日 日前 记者 获悉 了解到 介绍 表示 强调 指出 要求 省工信厅 省商务厅 省交通运输厅
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = compose.nows(s)
    for w in GENERIC:
        s = s.replace(w, "#")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "#" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(blank(a[k]))
            for p in a["paragraphs"]:
                out |= grams(blank(p))
    return out


def main():
    results = compose.compose_all(write=False)
    # 1. byte-for-byte rebuild
    want = {}
    for stem, pg, c, text, gold in results:
        want[HERE / "pages" / (stem + ".txt")] = text
        want[HERE / "gold" / (stem + ".json")] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    for p, t in want.items():
        if not p.exists() or p.read_text(encoding="utf-8") != t:
            fail(f"{p.name} differs from a rebuild (run compose.py)")
    for d in ("pages", "gold"):
        extra = {p for p in (HERE / d).iterdir()} - set(want)
        if extra:
            fail(f"stray files in {d}: {sorted(x.name for x in extra)}")
    readme = HERE / "README.md"
    if not readme.exists() or readme.read_text(encoding="utf-8") != compose.write_readme(results, write=False):
        fail("README.md differs from a rebuild (run compose.py)")

    # 2. shape
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    layouts = Counter(pg.meta["layout"] for _, pg, _, _, _ in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    years = Counter(g["issue_date"][:4] for *_, g in results)
    if set(years) != {"2016", "2018", "2021", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {years}")
    fronts = [(pg, g) for _, pg, _, _, g in results if pg.meta.get("page") == "1"]
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2018", "2025"]:
        fail("front pages must be in 2018 and 2025")
    for pg, g in fronts:
        if not (g["issue_number"] and g["page_count"]):
            fail(f"front page {g['source']} lacks issue number or page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {g['source']} has no jump to page 2")
        p2 = [g2 for _, pg2, _, _, g2 in results
              if g2["issue_date"] == g["issue_date"] and pg2.meta.get("page") == "2"]
        if len(p2) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                   for a in p2[0]["articles"]):
            fail(f"front page {g['source']} has no page 2 continuing it")
    for stem, pg, c, text, g in results:
        n = len(compose.nows(text))
        if not 4500 <= n <= 6500:
            fail(f"{stem}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{stem}: {len(g['articles'])} articles")
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", stem):
            fail(f"bad name {stem}")

    # 3. seed phrases
    seeds = seed_grams()
    bad = []
    for stem, pg, c, text, g in results:
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = grams(blank(s)) & seeds
                bad.extend((stem[:3], h) for h in sorted(hit))
    if bad:
        for b in bad[:60]:
            print("seed phrase", *b)
        fail(f"{len(bad)} 6-character runs shared with the seeds")

    # 4. the perfect export, scored
    arts, sources = [], []
    for stem, pg, c, text, g in results:
        for a in g["articles"]:
            arts.append({"source": g["source"], "issue_date": g["issue_date"], **a, "title_derived": False})
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"] + c.markers})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v", "--json"],
                           capture_output=True, text=True, cwd=HERE)
    out = r.stdout
    print(out.strip())
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    js = out[out.index("{"): out.rindex("}") + 1]
    pre = out[: out.index("{")]
    if pre.strip():
        fail("scorer reported problems:\n" + pre)
    figs = json.loads(js)
    for k in FIGS_ONE:
        if figs[k] is None or round(figs[k], 3) != 1.0:
            fail(f"{k} = {figs[k]}")
    if figs["cjk_space_left"] != 0:
        fail("cjk spaces left")
    print("check passed")


if __name__ == "__main__":
    main()
