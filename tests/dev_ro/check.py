#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 on every
figure with full coverage, the set has the required shape, and no phrase of the
seeds' gold text is reused. Prints `check passed`."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

# generic words blanked before the seed-phrase comparison
GENERIC = """湖南日报 全媒体记者 通讯员 湖南省 全省 我省 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化
娄底 邵阳 益阳 张家界 湘西土家族苗族自治州 湘西 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长
省委书记 省委副书记 省发展改革委 省工信厅 省商务厅 省文化和旅游厅 省农业农村厅 省教育厅 省卫生健康委
省自然资源厅 省生态环境厅 相关负责人 负责人介绍 负责人表示 高质量发展 同比增长 以上 据了解 近年来
今年以来 据介绍 习近平总书记 党中央 新时代 现代化新湖南 三高四新 美好蓝图 乡村振兴 人民群众 先进制造业
数字经济 新华社 出席并讲话 非物质文化遗产 现场签约 长株潭 规模以上工业增加值 规模工业增加值 工业增加值 增加值增长 国家和地区 装备制造 技术合同成交额 高新技术企业 各级各部门 重点行业领域 劳动密集型产品 湘粤非铁海联运 进出口总值 增速高于全国 责任感和使命感 会议强调 新能源汽车 轨道交通装备 重要组成部分 优秀传统文化 科技创新 关键核心技术 需要注意的是 提供有力支撑 源源不断 人力资源和社会保障 专精特新 小巨人 国家级 中部地区 新湖南 华声在线 湖南图片库 百分点 亿元 万元""".split()

FIG_ONE = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
           "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return re.sub(r"\s+", "", s)


def grams(s: str):
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" in g:
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", g)) >= 5:
            out.add(g)
    return out


def main():
    pages, gold = HERE / "pages", HERE / "gold"
    # 1. rebuild byte-for-byte
    before = {p.name: p.read_bytes() for d in (pages, gold) for p in sorted(d.iterdir())}
    before["README.md"] = (HERE / "README.md").read_bytes()
    compose.main()
    after = {p.name: p.read_bytes() for d in (pages, gold) for p in sorted(d.iterdir())}
    after["README.md"] = (HERE / "README.md").read_bytes()
    if before != after:
        fail("rebuild is not byte-identical")

    srcs = sorted((HERE / "src").glob("p*.txt"))
    golds = sorted(gold.glob("*.json"))
    raws = sorted(pages.glob("*.txt"))
    if not (len(srcs) == len(golds) == len(raws) == 14):
        fail(f"expected 14 pages, have {len(srcs)} sources, {len(raws)} pages, {len(golds)} gold")

    # 2. names and shape
    layouts, years = Counter(), Counter()
    fronts, by_date = [], {}
    for i, (src, rp, gp) in enumerate(zip(srcs, raws, golds), 1):
        text = rp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if rp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {rp.name} / {gp.name}")
        g = json.loads(gp.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"] or g["source"] != rp.name:
            fail(f"{gp.name}: key order or source")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
        meta, _, _ = compose.parse(src)
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{rp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{rp.name}: {len(g['articles'])} articles")
        by_date.setdefault(g["issue_date"], []).append((meta.get("page"), g))
        if g["issue_number"]:
            if not g["page_count"]:
                fail(f"{rp.name}: front page without page count")
            fronts.append(g)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    if years != Counter({"2015": 4, "2018": 3, "2022": 4, "2025": 3}):
        fail(f"years {years}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2015", "2022"]:
        fail("front pages must be in 2015 and 2022")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page does not jump to page 2")
        twos = [g for p, g in by_date[f["issue_date"]] if p == "2"]
        if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            fail(f"{f['source']}: no page 2 picking up the jump")

    # 3. the perfect export
    arts, sources = [], []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp), str(gold),
                            "--pages", str(pages), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer reports a problem: {line}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in FIG_ONE:
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")

    # 4. seed-phrase rule
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(s)
    hits = []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in sorted(grams(s) & seed):
                    hits.append((gp.name[:3], x))
    if hits:
        for h in hits[:40]:
            print("seed phrase:", *h)
        fail(f"{len(hits)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
