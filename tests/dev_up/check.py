#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, shape, seed-phrase rule, and a perfect
export scored by /work/shared/tools/score.py (every figure 1.000).
Prints `check passed`.  Standard library only."""
from __future__ import annotations

import datetime
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
import compose  # noqa: E402

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page uses
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 新湖南客户端 华声在线 通讯员 评论员 相关负责人 主要负责人 负责同志
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 党的二十大精神 党的二十大 中央八项规定精神
高质量发展 现代化新湖南 三高四新 美好蓝图 乡村振兴 新型工业化 先进制造业 中小企业 专精特新
省委书记 省委副书记 省委常委 省长 副省长 省政协 省人大常委会 省政府 省委 省直 市州 县市区
省工业和信息化厅 省工信厅 省商务厅 省教育厅 省应急管理厅 省发展改革委 省生态环境厅 省农业农村厅
省人社厅 省财政厅 省消防救援总队 省气象局 省统计局 省文化和旅游厅 省科技厅 省自然资源厅
长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 邵阳 益阳 张家界 湘西 醴陵 浏阳 湖南省 湖南 洞庭湖 湘江
长株潭 湘绣 新能源汽车 储能 光伏 职业院校 工业互联网 人工智能 数字经济 消费品以旧换新
同比增长 比上年增长 亿元 万元 今年以来 近年来 据了解 据悉 据介绍 记者从 近日 日前 今天 开幕式上
以上 以下 个百分点 全省各级 各地各部门 落实落细 走深走实 部署推进 会议指出 会议强调 会议要求
会议认为 会议提出 十四五 十五五 非物质文化遗产 轨道交通装备 安全生产 人民群众 党员干部 基层 发展 工作 推进 推动 建设 加快 加强
""".split(), key=len, reverse=True)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = norm(s)
    for w in GENERIC:
        s = s.replace(norm(w), "□")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def article_texts(a):
    return [a.get(k, "") for k in ("kicker", "title", "subtitle")] + list(a.get("paragraphs", []))


def main():
    # 1. rebuild in memory, compare byte-for-byte
    results, rows, total = compose.compose(write=False)
    for rel, text in results.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh build")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in results:
                fail(f"stray file {d}/{f.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    years, layouts = Counter(), Counter()
    fronts = []
    gold_by = {}
    for n, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{n:03d}_{h}.txt":
            fail(f"{pg.name}: name does not match number/hash")
        if gf.name != pg.name[:-4] + ".json":
            fail(f"{gf.name}: gold name does not match page")
        graw = gf.read_text(encoding="utf-8")
        g = json.loads(graw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{gf.name}: not in the seeds' JSON layout")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gf.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if norm(sh) not in [norm(p) for p in a["paragraphs"]]:
                    fail(f"{gf.name}: subhead not among paragraphs: {sh}")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source field")
        gold_by[pg.name] = g
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{pg.name}: {nchar} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{pg.name}: {na} articles")
        datetime.date.fromisoformat(g["issue_date"])
        years[g["issue_date"][:4]] += 1
        src = compose.parse(HERE / "src" / f"p{n:02d}.txt")[0]
        layouts[src["layout"]] += 1
        if g["issue_number"]:
            fronts.append((pg.name, g))
            if not g["page_count"] or src["page"] != "1":
                fail(f"{pg.name}: front page lacks page count / is not page 1")
    if dict(layouts) != {"column": 7, "para": 7}:
        fail(f"layouts {dict(layouts)}")
    want = {"2016", "2019", "2021", "2026"}
    if set(years) != want or any(not 3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {g["issue_date"][:4] for _, g in fronts} != {"2016", "2021"}:
        fail("front pages: want two, in 2016 and 2021")
    for name, g in fronts:
        down = [a for a in g["articles"] if "下转2版" in a["continued"]]
        mates = [x for x in gold_by.values() if x["issue_date"] == g["issue_date"]
                 and x is not g and any("上接1版" in a["continued"] for a in x["articles"])]
        if not down or len(mates) != 1:
            fail(f"{name}: jump 下转2版 / 上接1版 not matched in the set")

    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in article_texts(a):
                seed |= grams(blank(t))
    shared = Counter()
    for name, g in gold_by.items():
        for a in g["articles"]:
            for t in article_texts(a) + [a["column"]] + a["subheads"]:
                for x in grams(blank(t)) & seed:
                    shared[(name[:3], x)] += 1
    for (nm, x), _ in sorted(shared.items()):
        fail(f"seed phrase shared: page {nm} {x}")

    # 4. perfect export scored
    arts, sources = [], []
    for name, g in gold_by.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: v for k, v in a.items()})
            arts.append(e)
        sources.append({"source": name, "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0 or r.stderr.strip():
        fail("score.py failed: " + r.stderr[-500:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")
    if "coverage" not in r.stdout:
        fail("no coverage figure")

    if fails:
        print(f"check FAILED ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
