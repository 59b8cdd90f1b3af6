#!/usr/bin/env python3
"""Verify the dev_wp test set; prints `check passed`.  Standard library only."""
from __future__ import annotations

import filecmp
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FAIL: list[str] = []

# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 记者 相关负责人 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德
郴州 永州 怀化 娄底 益阳 邵阳 张家界 湘西土家族苗族自治州 湘西 省委 省政府 省人大常委会 省政协 省委书记
副省长 省长 人民政府 高质量发展 习近平新时代中国特色社会主义思想 党中央 国务院 同比增长 亿元 万元
百分点 以上 今年以来 近年来 据了解 据悉 会议强调 会议指出 会议要求 社会主义现代化 现代化新湖南 新时代
有限公司 工作会议 座谈会 推进会 在长沙召开 党的二十大精神 中国特色社会主义 乡村振兴 脱贫攻坚
全面从严治党 省纪委监委 全省各级 各级党委 省直机关 市州 县市区 党员干部 人民群众 基层减负 形式主义
国家重要先进制造业高地 位居全国前列 中非经贸 加大研发投入 体制机制改革 先进制造业 生态环境保护 经济社会 生态保护修复 优秀传统文化 非遗代表性 专项整治行动 县域商业体系 规模性返贫 生活污水 一带一路 重要组成部分 不发生规模性返贫 出席并讲话 摆在突出位置 同比分别增长 我省将 农业强省 人均可支配收入 非物质文化遗产 政府工作报告 农村人居环境 轨道交通装备 国家和地区 调研中发现 加快推进 推进各项工作 公共文化服务 高端化 智能化 绿色化 服务体系建设 道路交通安全 人力资源和社会保障厅 移送司法机关 不正之风和腐败问题 补助资金 总收入 今年我省将 监督管理 规模工业增加值 技工贸 省级以上 产业园区 产业链 数字经济 工业互联网 新能源汽车 服务业 进出口 规模以上工业 省委常委 重要讲话
""".split(), key=len, reverse=True)


def fail(msg):
    FAIL.append(msg)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}: rebuild gives other files")
                continue
            for n in a:
                if not filecmp.cmp(HERE / sub / n, Path(td) / sub / n, shallow=False):
                    fail(f"{sub}/{n}: rebuild differs")
        if not filecmp.cmp(HERE / "README.md", Path(td) / "README.md", shallow=False):
            fail("README.md: rebuild differs")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    layouts, years = Counter(), Counter()
    arts_all, exp_sources = [], []
    fronts = []
    by_date: dict[tuple, dict] = {}
    for i, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        g = json.loads(gp.read_text(encoding="utf-8"))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json" or g["source"] != pp.name:
            fail(f"{pp.name}: name / hash / source mismatch")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gp.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        nb = [l for l in text.split("\n") if l.strip()]
        lay = "column" if sum(len(l) for l in nb) / len(nb) < 28 else "paragraph"
        layouts[lay] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
        by_date.setdefault(g["issue_date"], {})[pp.name] = g
        for a in g["articles"]:
            b = {"source": pp.name, "issue_date": g["issue_date"], "title_derived": False}
            b.update(a)
            arts_all.append(b)
        exp_sources.append({"source": pp.name, "issue_date": g["issue_date"],
                            "extras": g["extras"] + g["duplicates"]})
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2016", "2018", "2022", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fyears = sorted(f["issue_date"][:4] for f in fronts)
    if fyears != ["2016", "2022"]:
        fail(f"front pages {fyears}")
    for f in fronts:
        if not f["page_count"]:
            fail("front page without page count")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        others = [g for n, g in by_date[f["issue_date"]].items() if g is not f]
        up = [a for g in others for a in g["articles"] if a["continued"].startswith("上接1版")]
        if not down or len(up) < len(down):
            fail(f"front {f['issue_date']}: jumps {len(down)} down, {len(up)} up")

    # 3. seed-phrase rule
    seed_text = []
    for sg in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(sg.read_text(encoding="utf-8"))
        for a in d["articles"]:
            seed_text += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    seed_grams = set()
    for s in seed_text:
        seed_grams |= grams(blank(re.sub(r"\s", "", s)))
    for a in arts_all:
        for s in [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"]:
            hit = grams(blank(re.sub(r"\s", "", s))) & seed_grams
            if hit:
                fail(f"{a['source']}: seed phrase {sorted(hit)[:3]} in {s[:30]!r}")

    # 4. score a perfect export
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts_all, "sources": exp_sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
        print(r.stdout, end="")
        for line in r.stdout.splitlines():
            if line.startswith("---") or line.startswith("    "):
                fail(f"scorer problem: {line.strip()}")
            parts = line.split()
            if len(parts) == 2 and re.fullmatch(r"\d\.\d{3}", parts[1]) and parts[1] != "1.000":
                fail(f"scorer figure {line.strip()}")
            if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
                fail("cjk spaces left")
        if "coverage         1.000" not in r.stdout:
            fail("coverage is not 1.000")

    if FAIL:
        for f in FAIL[:60]:
            print("FAIL", f)
        print(f"check failed ({len(FAIL)} problems)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
