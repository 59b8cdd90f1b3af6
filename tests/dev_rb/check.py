#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, shape, seed-phrase rule, perfect-export score."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2015": (3, 4), "2018": (3, 4), "2022": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2018", "2024"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 相关负责人 负责人介绍 据了解 据介绍 近年来 今年以来 与此同时
习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 省纪委监委 省发展改革委 省工信厅 省商务厅 省水利厅 省农业农村厅
省文化和旅游厅 省教育厅 省卫生健康委 省交通运输厅 省林业局 省生态环境厅 省自然资源厅 省财政厅
高质量发展 乡村振兴 同比增长 个百分点 规模以上 规模工业 工业增加值 亿元 万元 万人次
长沙市 株洲市 湘潭市 益阳市 郴州市 永州市 岳阳市 常德市 衡阳市 邵阳市 怀化市 娄底市 张家界市
湘西土家族苗族自治州 长株潭 中国特色社会主义 人民群众 先进制造业 新能源汽车 以旧换新 智赋万企
实体经济 工程机械 轨道交通 营商环境 数字经济 产业链 供应链 创新链 获得感 幸福感 安全感
国家和地区 行动计划 非物质文化遗产 进出口总值 进出口 劳动密集型 农产品 销售收入 增速高于全国 出口增长
在长沙召开 今年我省 我省将 会议指出 会议要求 会议强调 工作领导小组 重要组成部分 高端化 智能化 绿色化
公共服务平台 产业集群 优秀传统文化 田间地头 警示教育 专项整治 司法机关 气象部门 上下游 获悉 今天
专精特新 小巨人 关键核心技术 世界级 雨雪冰冻 常年同期 电子元器件
现代化产业体系 工业互联网 数字化转型 提供有力支撑
形式主义 官僚主义 基层减负 中央八项规定 精神 湖南省 全省各地 全省各级 各级各部门 有关部门
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "#")
    return re.sub(r"\s+", "", s)


def grams(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    files = compose.render_all()
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
              {f"gold/{p.name}" for p in (HERE / "gold").glob("*")} | {"README.md"}
    if on_disk != set(files):
        fail(f"file set differs from a fresh build: {sorted(on_disk ^ set(files))[:6]}")
    for rel, content in files.items():
        if (HERE / rel).read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    layouts, years, fronts = Counter(), Counter(), []
    dates_pages = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {p.name} / {g.name}")
        gold = json.loads(g.read_text(encoding="utf-8"))
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles",
                          "extras", "duplicates"] or gold["source"] != p.name:
            fail(f"{g.name}: keys or source")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{g.name}: article keys")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{p.name}: {len(gold['articles'])} articles")
        src = compose.parse(HERE / "src" / f"p{n:02d}.txt")
        layouts[src["meta"]["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        dates_pages[(gold["issue_date"], src["meta"]["page"])] = (p.name, gold, text)
        if gold["issue_number"]:
            fronts.append((gold, text))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS or len(fronts) != 2:
        fail("front pages")
    for g, text in fronts:
        if not g["page_count"] or f"第{g['issue_number']}号" not in text:
            fail("front page furniture")
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail("front page has no 下转2版")
        two = dates_pages.get((g["issue_date"], "2"))
        if not two or not any(a["continued"].startswith("上接1版") for a in two[1]["articles"]):
            fail(f"{g['issue_date']}: page 2 with 上接1版 missing")

    # 3. seed-phrase rule
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(sg.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(s))
    shared = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in grams(s):
                    if gr in seed:
                        shared.append((g.name[:3], gr))
    if shared:
        fail(f"{len(shared)} runs shared with the seeds: {shared[:60]}")

    # 4. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": d["source"], "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False)
        ex = f.name
    r = subprocess.run([sys.executable, str(SCORE), ex, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(ex).unlink()
    print(r.stdout, end="")
    if r.returncode:
        fail("scorer failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and m.group(1) != "cjk_space_left":
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            fail("cjk spaces left")
        if line.startswith("coverage") and line.split()[1] != "1.000":
            fail("coverage")
    if "coverage         1.000" not in r.stdout:
        fail("coverage not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
