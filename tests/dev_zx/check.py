#!/usr/bin/env python3
"""Verify the set: rebuilt byte for byte, perfect export scores 1.000 on every
figure with full coverage and no problem line, the set's shape, and the
seed-phrase rule.  Prints `check passed`.  Standard library only."""
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

YEARS = {"2015": (2, 2), "2017": (3, 3), "2019": (2, 2), "2020": (2, 2),
         "2023": (2, 2), "2026": (3, 3)}
GOLD_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles",
             "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institution and
# place names, offices and set phrases any Hunan Daily page may print
GENERIC = """
习近平新时代中国特色社会主义思想 中国特色社会主义 习近平总书记 党中央 国务院
高质量发展 相关负责人 主要负责人 负责人介绍 负责人表示 全媒体记者 湖南日报 全媒体评论员
通讯员 新湖南客户端 华声在线 社会主义现代化新湖南 社会主义现代化 三高四新 美好蓝图
战略定位和使命任务 省委常委 省委书记 省委副书记 省长 副省长 省政协 省人大常委会
省发展改革委 省工信厅 省商务厅 省财政厅 省交通运输厅 省应急管理厅 省气象局 省农业农村厅
省水利厅 省民政厅 省住房城乡建设厅 省文化和旅游厅 省公安厅 省教育厅 省卫生健康委
省市场监管局 省自然资源厅 省生态环境厅 省地方金融监管局 省文物局 长沙海关 海关总署
财政部 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市
邵阳市 娄底市 张家界市 湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 湘江 资水 沅江 澧水
同比增长 百分点 亿元 万元 以旧换新 新能源汽车 工程机械 跨境电商 进出口 一带一路
中非经贸博览会 中非经贸 规模以上工业 数字经济 人工智能 工业互联网 先进制造业
乡村振兴 两个确立 两个维护 国之大者 党的二十大精神 全面从严治党 中央八项规定
以旧换新 农村居民 城乡居民 在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出
会议要求 今年以来 近年来 据了解 记者从 获悉 近日 今天 日前 全省各级 各市州
轨道交通装备 非物质文化遗产 高新技术产品 外商投资企业 基础设施建设 农产品加工
开放型经济 出席会议并讲话 比上年增长 高于全国 主要预期目标 大宗商品 重点行业领域
专项整治 湘商回归 我省将 政策措施 外贸企业 分别增长 优势产品 一对一
工业和信息化 人力资源和社会保障厅 软件和信息技术服务业 软件和信息技术 公共服务平台
重要组成部分 优秀传统文化 特色产业集群 产业链上下游 新业态新模式 新型基础设施
数字化转型 十五五 疫情防控 道路交通安全 交通安全宣传 国家和地区 全国前列 常年同期
预报预警 体制机制 科技创新高地 改革开放高地 国家重要先进制造业高地 高端化 智能化
绿色化 核心竞争力 建言献策 以实际行动 智能制造 深度融合 复合型人才 龙头企业
人才培养 应用场景 春节期间 一季度 前两个月 落实情况 系列活动 智慧和力量
"""


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def blank(s: str, words: list[str]) -> str:
    s = squash(s)
    for w in words:
        s = s.replace(w, "#" * len(w))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for ch in g if cjk(ch)) >= 5:
            out.add(g)
    return out


def seed_rule(golds: list[dict]):
    words = sorted({squash(w) for w in GENERIC.split()}, key=len, reverse=True)
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s, words))
    hits = []
    for g in golds:
        for a in g["articles"]:
            for f in ["column", "kicker", "title", "subtitle", "byline", "dateline"]:
                for x in grams(blank(a[f], words)) & seed:
                    hits.append((g["source"], f, x))
            for p in a["paragraphs"]:
                for x in grams(blank(p, words)) & seed:
                    hits.append((g["source"], "paragraph", x))
    if hits:
        for h in hits[:40]:
            print("   seed phrase:", h)
        fail(f"{len(hits)} 6-character runs shared with the seeds")


def main():
    # 1. rebuild byte for byte
    files = compose.build()
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
              {f"gold/{p.name}" for p in (HERE / "gold").glob("*")} | {"README.md"}
    if set(files) != on_disk:
        fail(f"file list differs from a fresh build: {sorted(set(files) ^ on_disk)[:6]}")
    for rel, text in files.items():
        if (HERE / rel).read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh build")
    if compose.build() != files:
        fail("two builds differ")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = []
    # 2. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    for i, p in enumerate(pages):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_ + sha256 of the text")
        gp = HERE / "gold" / (p.stem + ".json")
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g) != GOLD_KEYS or g["source"] != p.name:
            fail(f"{gp.name}: keys or source wrong")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind wrong: {a.get('title')}")
            for s in a["subheads"]:
                if squash(s) not in [squash(x) for x in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {s!r} not among paragraphs")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        layout = "para" if text.startswith("\n\n") else "column"
        layouts[layout] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
        golds.append(g)
    if layouts != Counter({"para": 7, "column": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for f in fronts:
        if not f["page_count"] or not f["extras"]:
            fail(f"{f['source']}: front page lacks page count or masthead")
        downs = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        if not downs:
            fail(f"{f['source']}: no 下转2版")
        p2 = [g for g in golds if g["issue_date"] == f["issue_date"] and g is not f]
        ups = [a for g in p2 for a in g["articles"] if a["continued"].startswith("上接1版")]
        if len(p2) != 1 or len(ups) < len(downs):
            fail(f"{f['source']}: its page 2 continuation is missing")
    # 3. seed-phrase rule
    seed_rule(golds)
    # 4. perfect export through the scorer
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources},
                                  ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
               "--pages", str(HERE / "pages"), "-v"]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE)
        print(r.stdout, end="")
        if r.returncode:
            fail("scorer exited non-zero: " + r.stderr[-400:])
        rj = subprocess.run(cmd + ["--json"], capture_output=True, text=True, cwd=HERE)
    out = r.stdout
    if "---" in out or re.search(r"^\s+(headline|missing|spurious)", out, re.M):
        fail("the scorer listed problems")
    js = rj.stdout[rj.stdout.index("{"):rj.stdout.rindex("}") + 1]
    figs = json.loads(js)
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fail(f"cjk_space_left {v}")
            continue
        if v is None or abs(v - 1.0) > 1e-12:
            fail(f"{k} = {v}")
    if figs["articles_gold"] != figs["articles_pred"]:
        fail("article counts differ")
    print("check passed")


if __name__ == "__main__":
    main()
