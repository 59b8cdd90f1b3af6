#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 everywhere,
the set has the required shape, and no seed phrase was reused.

    python3 check.py        prints `check passed` or the failures
"""
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
        "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
FIGURES = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
           "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
           "issue_date_acc", "coverage"]

# generic words blanked before the seed-phrase comparison: institution and place names,
# titles of office and set phrases any report of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 新湖南客户端 华声在线 湖南图片库 新华社
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 中共中央 政治局
省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长 省委副书记 秘书长
省工信厅 省商务厅 省农业农村厅 省卫生健康委 省发展改革委 省财政厅 省教育厅 省文化和旅游厅
省生态环境厅 省交通运输厅 省市场监管局 长沙海关 海关 统计局 人民政府
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳
张家界 湘西土家族苗族自治州 湘西州 湘西 洞庭湖 长株潭
高质量发展 同比增长 个百分点 百分点 相关负责人 负责人介绍 据介绍 据了解 近年来 今年以来
目前 与此同时 新时代 现代化 中国式现代化 乡村振兴 三高四新 党的二十大精神 党的二十大
进出口总值 规模以上工业 规模以上 先进制造业 工程机械 产业链 供应链 以旧换新 数字经济
轨道交通装备 非物质文化遗产 今年我省 我省将 国家级
基础设施建设 今天召开的 会上获悉 推进会
中非经贸博览会 中非经贸 工业增加值 规模工业 增加值增长 制造业增加值 走出去 产品出口 工业经济 系列活动
非遗代表性传承人 代表性传承人 非遗
工业和信息化 政府工作报告
全国两会精神 全国两会
农村人居环境 人居环境
深度合作先行区 重要组成部分
人均可支配收入 生态保护修复 生态环境治理 下一阶段
生态环境保护 装备制造产业 装备制造
一带一路 位居全国前列 研发投入 清醒看到 智能化 绿色化
社会主义 全面建设 美好蓝图 重要讲话 指示批示精神 决策部署 会议强调 会议指出 会议要求
在长沙召开 在长沙举行 出席并讲话 座谈会 调研 有关部门 各级各部门 全省各地 全省上下
""".split(), key=len, reverse=True)

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def cjk(s: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def windows(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if cjk(s[i:i + 6]) >= 5}


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 1. the build is reproducible: compose again in memory and compare byte for byte
    for k, src in enumerate(srcs, 1):
        pg = compose.Page(src)
        pg.run()
        text = pg.text()
        name = f"{k:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        p = HERE / "pages" / f"{name}.txt"
        g = HERE / "gold" / f"{name}.json"
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{src.name}: page file {name}.txt missing or differs from a rebuild")
        gj = json.dumps(pg.gold(f"{name}.txt"), ensure_ascii=False, indent=1) + "\n"
        if not g.exists() or g.read_text(encoding="utf-8") != gj:
            fail(f"{src.name}: gold {name}.json missing or differs from a rebuild")

    # 2. shape
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"want 14 pages, gold files and sources, have {len(pages)}/{len(golds)}/{len(srcs)}")
    years, layouts, fronts = Counter(), Counter(), []
    by_date: dict[tuple, dict] = {}
    for k, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        want = f"{k:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.stem != want or g.stem != want:
            fail(f"{p.name}: name should be {want}")
        graw = g.read_text(encoding="utf-8")
        gold = json.loads(graw)
        if list(gold) != KEYS:
            fail(f"{g.name}: keys {list(gold)}")
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{g.name}: not written with indent=1, ensure_ascii=False")
        if gold["source"] != p.name:
            fail(f"{g.name}: source {gold['source']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (want 4,500-6,500)")
        arts = gold["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{p.name}: {len(arts)} articles (want 7-13)")
        for a in arts:
            if list(a) != AKEYS:
                fail(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{g.name}: kind {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{g.name}: article without paragraphs")
        src = compose.parse(srcs[k - 1])
        m = src["meta"]
        if m["date"] != gold["issue_date"]:
            fail(f"{p.name}: date differs from source")
        years[m["date"][:4]] += 1
        layouts[m["layout"]] += 1
        page_no = int(m["page"])
        by_date[(m["date"], page_no)] = gold
        if gold["issue_number"] is not None:
            fronts.append((m["date"], page_no, gold))
    if dict(years) != {"2015": 4, "2019": 3, "2022": 4, "2026": 3}:
        fail(f"years {dict(years)}")
    if any(not 3 <= v <= 4 for v in years.values()):
        fail("3-4 pages a year")
    if dict(layouts) != {"column": 7, "para": 7}:
        fail(f"layouts {dict(layouts)}")
    if sorted(d[:4] for d, _, _ in fronts) != ["2015", "2022"]:
        fail(f"front pages {[(d, n) for d, n, _ in fronts]}")
    for d, n, gold in fronts:
        if n != 1 or not gold["page_count"]:
            fail(f"front page {d}: page {n}, page_count {gold['page_count']}")
        jumps = [a for a in gold["articles"] if a["continued"].startswith("下转2版")]
        p2 = by_date.get((d, 2))
        back = [a for a in (p2 or {}).get("articles", []) if a["continued"].startswith("上接1版")]
        if not jumps or not p2 or len(back) < len(jumps):
            fail(f"front page {d}: {len(jumps)} jumps, page 2 has {len(back)} continuations")

    # 3. a perfect export scores 1.000
    arts, sources = [], []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            b = {"source": gold["source"], "issue_date": gold["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        sources.append({"source": gold["source"], "issue_date": gold["issue_date"],
                        "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ex),
                              str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        fail("score.py failed: " + out.stderr)
    vals = dict(re.findall(r"^(\w+)\s+(\S+)$", out.stdout, re.M))
    for f in FIGURES:
        if vals.get(f) != "1.000":
            fail(f"{f} = {vals.get(f)}")
    if vals.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {vals.get('cjk_space_left')}")
    if re.search(r"^---|^    ", out.stdout, re.M):
        fail("score.py printed problem lines")

    # 4. no seed phrase reused
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= windows(blank(s))
    shared = Counter()
    for g in golds:
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(s)) & seed:
                    shared[(g.name[:3], w)] += 1
    for (pg, w), _ in sorted(shared.items()):
        fail(f"{pg}: shares {w!r} with the seeds")

    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
