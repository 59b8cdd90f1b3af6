#!/usr/bin/env python3
"""Verify the set: a perfect export scores 1.000 everywhere, the set has the right shape,
and no 6-character run (>= 5 Chinese characters) is shared with the seeds' gold text."""
import glob
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORE = "/work/shared/tools/score.py"

# generic words blanked before the seed-phrase comparison
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 以习近平同志为核心的党中央 习近平总书记 党中央 国务院
中共中央政治局 省委常委 省委书记 省委副书记 省长 副省长 省政协 省人大常委会 省委 省政府
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 湖南省 全省 我省 长沙市 长沙 株洲 湘潭 衡阳 岳阳
常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 邵阳 高质量发展 现代化 新湖南 社会主义 同比增长
进出口 今年以来 近年来 据了解 据悉 会议强调 会议指出 会议要求 会上 今天 近日 记者从
一季度 前两个月 亿元 万元 百分点 省工信厅 省商务厅 省农业农村厅 省应急管理厅 省水利厅
省卫生健康委 省文旅厅 生物医药 医疗器械 先进制造业 产业集群 湖南图片库 星期 农历 同比分别增长 国家和地区 劳动密集型产品 签约金额 密切关注
深入田间地头 产业集聚区 较常年同期 各级各部门 创历史同期新高 会议提出 会议总结 规模以上企业
气象部门预计 齐抓共管 轨道交通 航空 自主研发 发展后劲 高端化 智能化 绿色化 有力支撑
非物质文化遗产 两位数 现场签约 公共服务平台 人居环境 乡村振兴 人均可支配收入 规模性返贫
服务水平 农产品加工 人才培养基地 出席并讲话 国家重要先进制造业高地 关键核心技术 工业和信息化
服务体系 研发投入 推进机制 专题调研 调研组指出 进一步完善 负责人说 特殊群体 政策措施
人工智能 大数据 高新技术企业 出口快速增长 等方面
""".split(), key=len, reverse=True)


def blank(s):
    s = re.sub(r"\s", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in g) >= 5:
            out.add(g)
    return out


def texts(g):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def main():
    fails = []
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    arts, srcs = [], []
    layouts, years, fronts = Counter(), Counter(), 0
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + ".txt"
        if p.name != want:
            fails.append(f"{p.name}: name should be {want}")
        gp = HERE / "gold" / p.name.replace(".txt", ".json")
        if not gp.exists():
            fails.append(f"{p.name}: no gold")
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{p.name}: gold key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{p.name}: article key order")
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters (want 4500-6500)")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{p.name}: {len(g['articles'])} articles (want 7-13)")
        years[g["issue_date"][:4]] += 1
        lens = sorted(len(x.replace(" ", "")) for x in text.split("\n") if x.strip())
        layouts["column" if lens[len(lens) // 2] <= 30 else "paragraph"] += 1
        if g["issue_number"] is not None:
            fronts += 1
    if layouts != Counter(column=7, paragraph=7):
        fails.append(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2018", "2020", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    if fronts != 2:
        fails.append(f"front pages {fronts}")
    # front pages jump to their page 2 in the set
    allg = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
    for g in allg:
        if g["issue_number"] is None:
            continue
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [h for h in allg if h["issue_date"] == g["issue_date"] and h is not g]
        ups = [a for h in p2 for a in h["articles"] if a["continued"].startswith("上接1版")]
        if not downs or not ups:
            fails.append(f"{g['source']}: front page jump to page 2 missing")
    # the perfect export scores 1.000
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        rj = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"), "--pages",
                             str(HERE / "pages"), "--json"], capture_output=True, text=True)
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs[k] != 1.0:
            fails.append(f"exact figure {k} = {figs[k]}")
    for line in out.splitlines():
        if line.startswith(("---", "    ")):
            fails.append("scorer problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if float(m.group(2)) != 1.0:
                fails.append(f"scorer {m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fails.append("cjk spaces left")
    # seed-phrase rule
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(f.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for g in allg:
        for t in texts(g):
            bad = grams(blank(t)) & seed
            if bad:
                fails.append(f"{g['source']}: shares seed phrase(s) {sorted(bad)[:3]} in {t[:20]!r}")
    print(out.strip())
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
