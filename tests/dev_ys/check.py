#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, names, gold format, shape, the
seed-phrase rule, and a perfect export scored 1.000 by the shared scorer."""
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
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases of the paper that any page may use
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 相关负责人 主要负责人 负责同志 有关负责人
省委书记 省委副书记 省长 副省长 省委常委 省人大常委会 常委会副主任 省政协主席 省政协副主席
省委 省政府 省政协 省人大 党中央 国务院 全国人大 全国政协 中央 人大代表 政协委员
习近平总书记 习近平新时代中国特色社会主义思想 习近平 总书记 重要讲话 指示批示精神 重要指示
中国特色社会主义 社会主义现代化 现代化新湖南 新湖南 三高四新 美好蓝图 高质量发展 现代化产业体系
国家重要先进制造业高地 先进制造业 战略性新兴产业 乡村振兴 脱贫攻坚 全面从严治党 党风廉政建设
中央八项规定精神 形式主义 官僚主义 一带一路 长株潭 湘西土家族苗族自治州 土家族苗族自治州
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 湖南省 湖南 全省 我省
规模以上工业 规模工业增加值 同比增长 百分点 进出口总值 进出口 以旧换新 工业互联网 智赋万企
政府工作报告 轨道交通装备 基础设施建设 国家和地区 突出问题 重点行业领域 消费环境 经营主体 新一代信息技术 人工智能 算力中心 十五五 规划编制 专题调研 凝聚人心 会议要求 增加值 发展态势 技术合同成交额 关键核心技术
中非经贸深度合作先行区 货物贸易 新业态新模式 优秀传统文化 社会消费品零售总额 制造业增加值 新能源汽车 太阳能电池 软件和信息技术服务业 促消费活动 气象部门 较常年同期 生态环境保护 进一步完善 过去一年 道路交通安全 雨雪冰冻 主体责任 安全隐患 需要注意的是 产业集群 储能材料 生物医药 电子元器件 电子材料 公共服务平台 高新技术企业 经贸活动 全国两会 消防安全 研发投入 前两个月 智慧和力量 人力资源和社会保障厅 会议强调 会议指出 田间地头 一氧化碳中毒 工作会议 稳中向好 人均可支配收入 中非经贸博览会 预期目标
航空航天 轨道交通 中南大学 国防科技大学 湖南大学 建言献策 各级各部门 基础性作用 经济发展 体制机制 产业链 供应链
省工信厅 省商务厅 省发展改革委 省应急管理厅 省人社厅 长沙海关 以上 以下 亿元 万元
""".split()

CJKRE = re.compile(r"[\u4e00-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□")
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJKRE.findall(g)) >= 5:
            yield g


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. rebuild byte-for-byte
    out, rows, phen = compose.build()
    disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
           {f"gold/{p.name}" for p in (HERE / "gold").glob("*")}
    want = {k for k in out if k != "README.md"}
    if disk != want:
        fail(f"files on disk differ from a rebuild: {sorted(disk ^ want)[:4]}")
    for rel, content in out.items():
        if (HERE / rel).read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")

    # 2. names and gold format
    layouts, years, fronts = Counter(), Counter(), []
    gold_by = {}
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + h + r"\.txt", p.name):
            fail(f"bad page name {p.name}")
        g = HERE / "gold" / (p.stem + ".json")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if raw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(d) != KEYS or d["source"] != p.name:
            fail(f"{g.name}: keys or source")
        for a in d["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{g.name}: article keys/kind")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{g.name}: subhead not in paragraphs")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{p.name}: {len(d['articles'])} articles")
        gold_by[p.name] = d
        years[d["issue_date"][:4]] += 1
        if d["issue_number"] and d["page_count"]:
            fronts.append(d)
    for r in rows:
        layouts[r["layout"]] += 1
    shape(layouts, years, fronts, gold_by)
    seed_and_score(gold_by)


def shape(layouts, years, fronts, gold_by):
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    if set(years) != {"2015", "2019", "2022", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2019", "2026"}:
        fail("two front pages, 2019 and 2026")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail("front page without 下转2版")
        same = [d for d in gold_by.values() if d["issue_date"] == f["issue_date"] and d is not f]
        if not any(a["continued"].startswith("上接1版") for d in same for a in d["articles"]):
            fail(f"no page 2 for the front page of {f['issue_date']}")



def seed_and_score(gold_by):
    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        sd = json.loads(gf.read_text(encoding="utf-8"))
        for a in sd["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(norm(s)))
    hits = []
    for name, d in gold_by.items():
        for a in d["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for g in grams(norm(s)):
                    if g in seed:
                        hits.append((name[:3], g))
    if hits:
        for h in hits[:40]:
            print("seed phrase:", h)
        fail(f"{len(hits)} runs shared with the seeds")

    # 4. the perfect export, scored
    export = {"articles": [], "sources": []}
    for name, d in gold_by.items():
        for a in d["articles"]:
            e = {"source": name, "issue_date": d["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0 or "---" in r.stdout:
        fail("scorer reported problems")
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
        elif v != "1.000":
            fail(f"{k} = {v}")
    if "coverage         1.000" not in r.stdout:
        fail("coverage")
    print("check passed")


if __name__ == "__main__":
    main()
