#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, shape, seed-phrase rule, perfect score."""
from __future__ import annotations

import datetime
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
SCORER = SHARED / "tools" / "score.py"
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
            "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {2017: (3, 4), 2020: (3, 4), 2022: (3, 4), 2025: (3, 4)}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, and set phrases of the paper that any story may use.
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 新华社 摄影报道 湖南图片库
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省发展改革委 省工信厅 省商务厅 省财政厅 省医保局 省林业局 省交通运输厅 省农业农村厅
省生态环境厅 省卫生健康委 省教育厅 省人社厅 省应急管理厅 省市场监管局 省统计局
相关负责人 负责人 获悉 出席并讲话 人均可支配收入 先进陶瓷 中南林业科技大学 非物质文化遗产 非遗代表性传承人 中国国际轨道交通和装备制造产业博览会 高新技术企业 一带一路 国家和地区 专项整治 领导小组 人力资源和社会保障厅 有关负责人 主要负责人 工作人员 相关部门 职能部门
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神
高质量发展 三高四新 现代化新湖南 先进制造业 产业链 供应链 数字经济 新能源汽车
轨道交通装备 工程机械 中联重科 三一重工 中车株机 中车株洲 株洲 长沙 湘潭 衡阳 岳阳
常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 醴陵 浏阳 城陵矶
长株潭 洞庭湖 湘江 湖南 全省 我省 全国 今年以来 近年来 目前 据了解 据悉 同比增长
比上年增长 百分点 亿元 万元 万吨 个百分点 以上 左右 截至 月底 前两个月 一季度
乡村振兴 新型工业化 营商环境 人工智能 工业互联网 进出口 外贸 跨境电商 中欧班列
规模以上工业 增加值 社会消费品零售总额 中非经贸 博览会 以旧换新 新三样 老三样
学习贯彻 深入贯彻 贯彻落实 决策部署 重要讲话 指示批示精神 全面从严治党 党风廉政建设
中央八项规定精神 形式主义 官僚主义 为基层减负 两个确立 两个维护 国之大者
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def snapshot() -> dict:
    out = {}
    for d in ("pages", "gold"):
        for f in sorted((HERE / d).glob("*")):
            out[f"{d}/{f.name}"] = hashlib.sha256(f.read_bytes()).hexdigest()
    out["README.md"] = hashlib.sha256((HERE / "README.md").read_bytes()).hexdigest()
    return out


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if len(CJK.findall(s[i:i + 6])) >= 5}


def gold_texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main() -> int:
    # 1. the build is deterministic: composing again changes no byte
    before = snapshot()
    r = subprocess.run([sys.executable, str(HERE / "compose.py")], capture_output=True, text=True)
    if r.returncode:
        fail("compose.py failed: " + r.stderr)
    if snapshot() != before:
        fail("compose.py does not rebuild the set byte-for-byte")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. shape
    years, layouts, fronts, p2 = Counter(), Counter(), [], []
    infos = []
    for i, (p, gf) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {p.name} / {gf.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != raw:
            fail(f"{gf.name}: not in the seeds' JSON layout")
        if list(g) != TOP_KEYS or g["source"] != p.name:
            fail(f"{gf.name}: top-level keys or source wrong")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind wrong: {a.get('title')}")
            for sh in a["subheads"]:
                if sh.replace(" ", "") not in [x.replace(" ", "") for x in a["paragraphs"]]:
                    fail(f"{gf.name}: subhead {sh} not among paragraphs")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        src = srcs[i - 1].read_text(encoding="utf-8")
        layout = re.search(r"^layout: (\w+)", src, re.M).group(1)
        pageno = re.search(r"^pageno: (\d+)", src, re.M).group(1)
        layouts[layout] += 1
        d = datetime.date.fromisoformat(g["issue_date"])
        years[d.year] += 1
        if g["issue_number"]:
            if not (g["page_count"] and g["extras"] and pageno == "1"):
                fail(f"{p.name}: front page without masthead or page count")
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail(f"{p.name}: front page without a jump to page 2")
            fronts.append(g["issue_date"])
        if pageno == "2" and any(a["continued"].startswith("上接1版") for a in g["articles"]):
            p2.append(g["issue_date"])
        infos.append((p, g))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or sorted(fronts) != sorted(p2) or {f[:4] for f in fronts} != {"2017", "2022"}:
        fail(f"front pages {fronts} / their page 2 {p2}")

    # 3. no phrase of the seeds' gold headlines and paragraphs
    seed = set()
    for sf in sorted((SHARED / "gold").glob("*.json")):
        for s in gold_texts(json.loads(sf.read_text(encoding="utf-8"))):
            seed |= grams(s)
    hits = Counter()
    for p, g in infos:
        for s in gold_texts(g):
            for x in grams(s) & seed:
                hits[x] += 1
    if hits:
        fail("phrases shared with the seeds: " + " ".join(sorted(hits)))

    # 4. the export a perfect segmenter would print scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    for p, g in infos:
        for a in g["articles"]:
            e = {"source": p.name, "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": p.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode or "---" in out or "missing" in out or "spurious" in out:
        fail("scorer reported problems")
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left = " + str(figs.get("cjk_space_left")))
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
