#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 everywhere,
the shape matches the brief, and no seed phrase is reused. Prints `check passed`."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
YEARS = {"2015": (3, 4), "2018": (3, 4), "2024": (3, 4), "2026": (3, 4)}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """湖南日报 全媒体记者 通讯员 记者 新华社 相关负责人 有关负责人 负责同志 负责人 省委常委
省人民政府 省政府 省委 省人大常委会 省政协 省发展改革委 省工信厅 省商务厅 省农业农村厅 省民政厅
省文化和旅游厅 省教育厅 省卫生健康委 省交通运输厅 省高级人民法院 省人民检察院 省市场监管局
长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市 张家界市
湘西土家族苗族自治州 湘西州 长株潭 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湖南省 湖南 全省 我省 全国 中国 今年以来 近年来 与此同时 据了解 据介绍 记者了解到 同比增长
高质量发展 以上 亿元 万元 个百分点 先进制造业 新能源汽车 电子信息 工程机械 人工智能 一带一路
党中央 国务院 习近平 新时代 中国特色社会主义 乡村振兴 老字号
副省长 省长 工作会议 出席并讲话 轨道交通装备 电子元器件 比上年 继续实施 明确规定 会议透露 介绍
非物质文化遗产 中华优秀传统文化 农村居民人均可支配收入 人均可支配收入 货物贸易进出口总值 平板显示模组 新业态新模式 会议指出 会议强调 行动方案 工业和信息化厅 工业和信息化局 工业和信息化 人力资源和社会保障厅 海关 基础设施建设 公共文化服务体系 公共文化服务""".split()
CJK = re.compile(r"[\u4e00-\u9fff]")


PARTIAL = os.environ.get("CHECK_PARTIAL") == "1"   # while drafting: report shape failures, go on


def fail(msg: str, shape: bool = False):
    print("FAIL:", msg)
    if not (shape and PARTIAL):
        sys.exit(1)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1" * len(w))
    return re.sub(r"\s+", "", s)


def grams(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def main():
    # 1. rebuild byte-for-byte
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), "--out", td], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh rebuild")
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh rebuild")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md differs from a fresh rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(shape=True, msg=f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. shape
    layouts, years, fronts = Counter(), Counter(), []
    keyorder = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
    akeys = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
             "subheads", "paragraphs"]
    by_date = {}
    for i, (pg, gd) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        want = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if pg.stem != want or gd.stem != want:
            fail(f"{pg.name}: name should be {want}")
        raw = gd.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gd.name}: not in the seeds' json layout")
        if list(g) != keyorder or any(list(a) != akeys for a in g["articles"]):
            fail(f"{gd.name}: key order")
        if g["source"] != pg.name:
            fail(f"{gd.name}: source field")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(shape=True, msg=f"{pg.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        meta = dict(kv.split("=", 1) for kv in srcs[i - 1].read_text(encoding="utf-8")
                    .split("@page ", 1)[1].split("\n", 1)[0].split())
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g, text))
        by_date.setdefault(g["issue_date"], []).append((meta, g))
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"(?<=[\u4e00-\u9fff，。、；：“”（）《》])\s+(?=[\u4e00-\u9fff，。、；：“”（）《》])", p):
                    fail(f"{pg.name}: layout space left in a gold paragraph: {p[:30]}")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(shape=True, msg=f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(shape=True, msg=f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(shape=True, msg=f"years {sorted(years)}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for g, _ in fronts) != ["2018", "2026"]:
        fail(shape=True, msg="two front pages, 2018 and 2026, expected")
    for g, text in fronts:
        if not g["page_count"] or "下转2版" not in squash(text):
            fail(shape=True, msg=f"front page {g['source']}: page count / jump marker")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(shape=True, msg=f"front page {g['source']}: no article jumps to page 2")
        two = [x for m, x in by_date[g["issue_date"]] if m["page"] == "2"]
        if not two or not any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                              for a in two[0]["articles"]):
            fail(shape=True, msg=f"front page {g['source']}: its page 2 has no 上接1版 continuation")

    # 3. seed phrases
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    hits = []
    for gd in golds:
        g = json.loads(gd.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in sorted(grams(blank(s)) & seed):
                    hits.append(f"{gd.name[:3]} {x}")
    if hits:
        fail("seed phrases reused: " + "; ".join(hits[:30]))

    # 4. a perfect export scores 1.000
    arts, sources = [], []
    for gd in golds:
        g = json.loads(gd.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    for ln in out.splitlines():
        k, _, v = ln.partition(" ")
        v = v.strip()
        if k in ("articles_gold", "articles_pred") or k.startswith("seg_f1="):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
