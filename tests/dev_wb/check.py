#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, perfect export scores 1.000 everywhere,
the set's shape, and the seed-phrase rule.  Prints `check passed`."""
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
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2026"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any story of the paper may use.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 华声在线 新湖南客户端 新华社 记者 评论员
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 中共中央 党的二十大
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 书记 主任 副主任
省商务厅 省工信厅 省应急管理厅 省气象局 省文化和旅游厅 省发展改革委 省财政厅
长沙海关 海关总署 财政部 省委宣传部 省委办公厅
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 益阳 邵阳 张家界 湘西土家族苗族自治州 湘西
天心区 开福区 岳麓区 雨花区 湘江新区 城陵矶 黄花
进出口总值 进出口总额 进出口 同比增长 同比下降 百分点 规模以上 亿元 万元 万人次
高质量发展 现代化新湖南 三高四新 相关负责人 有关负责人 负责人 据了解 据介绍 记者从 获悉
今年以来 今年前 截至目前 目前 近年来 下一步 与此同时 一季度 上半年
综合保税区 综保区 跨境电商 新能源汽车 工程机械 中欧班列 一带一路 东盟 非洲 中非经贸
高新技术企业 外商投资企业 劳动密集型产品 机电产品 有限公司 高新技术产品 开放平台 产业链 产业集群
有进出口实绩的企业 社会消费品零售总额 居民人均可支配收入 规模工业增加值 软件和信息技术服务业 新一代信息技术
非物质文化遗产 非遗代表性 公共文化服务 开放型经济 国家级 国家和地区 轨道交通装备 电动载人汽车 新三样 易货贸易
危险化学品 生产经营单位 道路交通安全 雨雪冰冻天气 一氧化碳中毒 监测预警系统 农村人居环境 基础设施建设 农业现代化
外贸综合服务 行业领军企业 复合型人才 移送司法机关 若干政策措施 体制机制 图书馆 美术馆 博物馆 气象部门 较常年同期
会议强调 出席会议并讲话 强调要深入 牢牢把握 把思想和行动统一到 重要组成部分 进一步发挥 示范引领作用 走在全国前列
必然选择 重要抓手 一个缩影 各项措施落实到 企业和群众办事 密切关注天气变化 工作会议 今天召开的
内陆地区改革开放高地 出席并讲话 长株潭 城际铁路 创新发展示范区 以旧换新
全省各级 全省上下 各级各部门 党员干部 人民群众 安全生产 防汛 应急
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def lost_report(export):
    """List the raw characters a perfect export would not cover (markers' arrows etc.)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", SCORE)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    by = {}
    for a in export["articles"]:
        by.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in export["sources"]}
    for p in sorted((HERE / "pages").glob("*.txt")):
        hay = "\u0000".join(sc.squash(x) for x in sc.strings_in(by.get(p.name, [])) + sc.strings_in(meta.get(p.name, {})))
        for line in p.read_text(encoding="utf-8").splitlines():
            s = sc.squash(line)
            got = sc.covered(s, hay)
            if got < len(s):
                print(f"  uncovered {len(s) - got} in {p.name[:3]}: {line[:50]!r}")


def main():
    problems = []
    # 1. rebuilt byte-for-byte
    outs, rows, total = compose.build_all()
    for rel, content in outs.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            problems.append(f"{rel} differs from a fresh build (run compose.py)")
    on_disk = {f"{d}/{f.name}" for d in ("pages", "gold") for f in (HERE / d).glob("*")}
    extra = on_disk - set(outs)
    if extra:
        problems.append(f"stray files: {sorted(extra)}")
    if problems:
        fail("; ".join(problems))

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"need 14 pages and 14 gold files, have {len(pages)}/{len(golds)}")
    layouts = Counter()
    years = Counter()
    fronts = []
    gold_by = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt":
            fail(f"{p.name}: name should be {n:03d}_{h}.txt")
        if g.name != p.name[:-4] + ".json":
            fail(f"{g.name}: does not match {p.name}")
        gold = json.loads(g.read_text(encoding="utf-8"))
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{g.name}: key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{g.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{g.name}: article without paragraphs")
        if gold["source"] != p.name:
            fail(f"{g.name}: source field")
        gold_by[p.name] = gold
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters (need 4,500-6,500)")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{p.name}: {na} articles (need 7-13)")
        row = rows[n - 1]
        layouts[row[3]] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"] or gold["page_count"]:
            fronts.append((p.name, gold, row))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {f[1]["issue_date"][:4] for f in fronts} != FRONT_YEARS:
        fail("need two front pages, in " + ", ".join(sorted(FRONT_YEARS)))
    for name, gold, row in fronts:
        if str(row[2]) != "1" or not gold["issue_number"] or not gold["page_count"] or not gold["extras"]:
            fail(f"{name}: front page needs page 1, masthead, issue number and page count")
        if not any(a["continued"].startswith("下转2版") for a in gold["articles"]):
            fail(f"{name}: front page does not jump to page 2")
        p2 = [r for r in rows if r[1] == row[1] and str(r[2]) == "2"]
        if len(p2) != 1:
            fail(f"{name}: its page 2 is not in the set")
        g2 = gold_by[p2[0][0]]
        if not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation" for a in g2["articles"]):
            fail(f"{p2[0][0]}: no continuation from page 1")
    # 3. seed-phrase rule
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(s))
    shared = []
    for name, gold in gold_by.items():
        for a in gold["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in grams(s):
                    if gr in seed:
                        shared.append((name, gr))
    if shared:
        for x in shared[:40]:
            print("  seed phrase:", x)
        fail(f"{len(shared)} six-character runs shared with the seeds")
    # 4. perfect export and the scorer
    export = {"articles": [], "sources": []}
    for name, gold in gold_by.items():
        for a in gold["articles"]:
            e = {"source": name, "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    lost_report(export)
    if r.returncode != 0 or r.stderr:
        fail("scorer failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    need = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
            "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]
    for k in need:
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if figs.get("articles_gold") != figs.get("articles_pred"):
        fail("article counts differ")
    print("check passed")


if __name__ == "__main__":
    main()
