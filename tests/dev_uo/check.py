#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 on every
figure with full coverage and no problem line, the set has the required shape, and no
distinctive phrase of the seeds is reused.  Prints `check passed`.  Standard library only."""
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

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2018": (3, 4), "2020": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2018", "2025"}

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人 习近平总书记 习近平 新时代中国特色社会主义思想
党的二十大精神 二十大 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长
高质量发展 现代化新湖南 社会主义现代化 中国式现代化 三高四新 美好蓝图 湖南省 湖南 长沙市 长沙 株洲 湘潭
衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 长株潭 全省 我省 全国
同比增长 比上年增长 个百分点 亿元 万元 以上 今年以来 近年来 记者从 获悉 据了解 据悉 日前 近日 今天
深入学习贯彻 贯彻落实 决策部署 重要讲话 指示批示精神 出席并讲话 在长沙召开 在长沙举行 有关部门
规模以上工业 工业增加值 进出口总值 先进制造业 产业链 供应链 数字经济 新能源汽车 工程机械 乡村振兴
人民群众 党员干部 形式主义 官僚主义 一带一路 新一代信息技术 中小航空发动机 公共服务平台 工业和信息化 先进计算 内陆地区改革开放高地 改革开放 专精特新 小巨人 新型基础设施 基础设施建设 工业互联网 人工智能 核心竞争力 生物医药 产业集群 研发投入 优势产业 新材料 关键核心技术 科技创新高地 轨道交通 航空航天 体制机制 农业农村局 农业农村厅 疫情防控期间 中医药传承创新 大数据中心 非遗代表性传承人 轨道交通装备 重要组成部分 智能装备 签约金额 中国工程院院士 一个缩影 人力资源和社会保障厅 委员会副主任 提供有力支撑 企业技术中心 新产品销售收入 科技型中小企业 技术合同成交额 全面深化改革 工作领导小组 高新技术企业 各级各部门 行动方案 主持会议并讲话 创新平台 增加值 研究部署 个国家和地区 非物质文化遗产 中非经贸 海关 统计数据显示 下一步 与此同时 主要负责人""".split()


def squash(s):
    return compose.re.sub(r"\s+", "", compose.unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(g), "□")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            yield w


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. rebuild byte-for-byte
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("src must hold p01.txt … p14.txt")
    built = [compose.compose(p, i) for i, p in enumerate(srcs, start=1)]
    names = sorted(x.name for x in (HERE / "pages").glob("*.txt"))
    if names != [b["name"] + ".txt" for b in built]:
        fail("pages/ does not match a fresh rebuild")
    if sorted(x.name for x in (HERE / "gold").glob("*.json")) != [b["name"] + ".json" for b in built]:
        fail("gold/ does not match a fresh rebuild")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(built):
        fail("README.md differs from a rebuild")
    for b in built:
        if (HERE / "pages" / (b["name"] + ".txt")).read_text(encoding="utf-8") != b["text"]:
            fail(f"{b['name']}.txt differs from a rebuild")
        g = json.dumps(b["gold"], ensure_ascii=False, indent=1) + "\n"
        if (HERE / "gold" / (b["name"] + ".json")).read_text(encoding="utf-8") != g:
            fail(f"{b['name']}.json differs from a rebuild")
        if hashlib.sha256(b["text"].encode()).hexdigest()[:16] != b["name"][4:]:
            fail(f"{b['name']}: name is not the page hash")

    # 2. shape
    golds = [json.loads((HERE / "gold" / (b["name"] + ".json")).read_text(encoding="utf-8")) for b in built]
    layouts = Counter(b["meta"]["layout"] for b in built)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    years = Counter(g["issue_date"][:4] for g in golds)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {years}")
    fronts = [(b, g) for b, g in zip(built, golds) if g["issue_number"]]
    if len(fronts) != 2 or {g["issue_date"][:4] for _, g in fronts} != FRONT_YEARS:
        fail("two front pages, in 2018 and 2025, are required")
    for b, g in fronts:
        if not g["page_count"] or b["meta"].get("page") != "1":
            fail(f"{b['name']}: front page needs page 1 and a page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{b['name']}: front page must jump to page 2")
        twos = [g2 for b2, g2 in zip(built, golds)
                if g2["issue_date"] == g["issue_date"] and b2["meta"].get("page") == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            fail(f"{b['name']}: its page 2 with 上接1版 is missing")
    for b, g in zip(built, golds):
        n = len(re.sub(r"\s+", "", b["text"]))
        if not 4500 <= n <= 6500:
            fail(f"{b['name']}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{b['name']}: {len(g['articles'])} articles")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{b['name']}: key order")
        if g["source"] != b["name"] + ".txt":
            fail(f"{b['name']}: source field")
        for a in g["articles"]:
            if a["kind"] not in KINDS:
                fail(f"{b['name']}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、]\s+[\u4e00-\u9fff“”，。、]", p):
                    fail(f"{b['name']}: space between CJK in gold paragraph {p[:20]}")
            people = a["dateline"] + a["byline"]
            year = int(g["issue_date"][:4])
            if year < 2019 and "全媒体" in people:
                fail(f"{b['name']}: 全媒体 before 2019")
            if year >= 2019 and re.search(r"(?<!全媒体)记者", people) and "华声在线" not in people \
                    and "新华社" not in people:
                fail(f"{b['name']}: plain 记者 after 2019: {people}")

    # 3. seed-phrase rule
    seed = set()
    for f in SEED_GOLD.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(windows(blank(s)))
    hits = []
    for b, g in zip(built, golds):
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(s)):
                    if w in seed:
                        hits.append(f"{b['name']}: {w}")
    if hits:
        fail("phrases shared with the seeds:\n  " + "\n  ".join(sorted(set(hits))))

    # 4. a perfect export scores 1.000 everywhere
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            for k in ("kind", "column", "kicker", "title", "subtitle"):
                e[k] = a[k]
            e["title_derived"] = False
            for k in ("byline", "dateline", "continued", "paragraphs"):
                e[k] = a[k]
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        out = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        parts = line.split()
        if len(parts) == 2 and re.match(r"\d+\.\d+$", parts[1]) and parts[1] != "1.000":
            fail(f"figure {parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk_space_left")
        if parts and parts[0] == "coverage" and parts[1] != "1.000":
            fail("coverage")
    if "coverage         1.000" not in out:
        fail("coverage not printed as 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
