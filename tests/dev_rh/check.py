#!/usr/bin/env python3
"""Verify the dev_rh set: rebuild in memory and compare byte for byte, check the
shape of the set, score a perfect export with the shared scorer, and check that
no phrase of the seeds' gold was reused.  Prints `check passed`."""
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

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """
湖南日报 全媒体记者 通讯员 新湖南客户端 华声在线 湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭 衡阳 邵阳 岳阳 常德
张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西 长株潭 宁乡市 宁乡 醴陵 浏阳 隆回 邵东 永定区
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 党中央 国务院 全国 全省 我省 各级 各地 市州
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 高质量发展 三高四新 国家重要先进制造业高地
先进制造业 轨道交通装备 工业互联网 数字经济 新能源汽车 产业链 供应链 乡村振兴 相关负责人 主要负责人
规模以上工业 增加值 同比增长 亿元 万元 百分点 省工信厅 省商务厅 省文化和旅游厅 省农业农村厅 省卫生健康委
新一代 信息技术 高质量 会议强调 会议要求 会议指出 会议提出 技术合同成交额 高新技术企业 新产品销售收入
国家和地区 研发投入 国际竞争力 应急处置能力 比上年增长 农村电商 负责人介绍 负责人表示 专精特新“小巨人”企业 专精特新 “新三样” 新三样 机电产品 同比分别增长 专项整治 作出明确规定 产业集群 新型工业化 社会消费品零售总额 固定资产投资 国家统计局 农村人居环境 非洲猪瘟 稳产保供 走出去 “走出去” 非物质文化遗产 中小航空发动机 工程机械 电力机车 据了解 据介绍 今年 去年 近年来 近日 今天 目前
"""


def generic_words():
    return sorted({w for w in GENERIC.split() if len(w) >= 2}, key=len, reverse=True)


def blank(s: str, words) -> str:
    for w in words:
        s = s.replace(w, " " * len(w))
    return s


CJKC = re.compile(r"[\u4e00-\u9fff]")


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if " " in g:
            continue
        if sum(1 for c in g if CJKC.match(c)) >= 5:
            yield g


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    out, stats, rows = compose.build(write=False)
    # 1. byte-for-byte rebuild
    for k, v in out.items():
        p = HERE / k
        if not p.exists() or p.read_text(encoding="utf-8") != v:
            fail(f"{k} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in out:
                fail(f"stray file {d}/{f.name}")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    lay = Counter(r[3] for r in rows)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {lay}")
    years = Counter(r[1][:4] for r in rows)
    if set(years) != {"2016", "2019", "2023", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {years}")
    fronts = []
    nums = []
    for pf, gf in zip(pages, golds):
        text = pf.read_text(encoding="utf-8")
        g = json.loads(gf.read_text(encoding="utf-8"))
        stem = pf.stem
        nums.append(stem[:3])
        if stem[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] or gf.stem != stem:
            fail(f"{pf.name}: name is not NNN_ + sha256[:16]")
        if list(g) != KEYS or g["source"] != pf.name:
            fail(f"{gf.name}: keys/source")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace in a paragraph {p[:20]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles")
        if g["issue_number"] or g["page_count"]:
            fronts.append(g)
    if nums != ["%03d" % i for i in range(1, 15)]:
        fail(f"page numbers {nums}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2016", "2023"]:
        fail("need two front pages, 2016 and 2023")
    for f in fronts:
        if not f["issue_number"] or not f["page_count"]:
            fail("front page lacks issue number or page count")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        if not down:
            fail("front page jumps nowhere")
        p2 = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        p2 = [g for g in p2 if g["issue_date"] == f["issue_date"] and g is not f and g["source"] != f["source"]]
        ups = [a for g in p2 for a in g["articles"] if a["continued"].startswith("上接1版")]
        if len(ups) < len(down):
            fail(f"front page {f['issue_date']}: page 2 continuations missing")
        for a in down:
            m = [u for u in ups if u["kind"] == "continuation"]
            if not m:
                fail("continuation kind")
    # 3. seed phrases
    words = generic_words()
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(blank(re.sub(r"\s+", "", s), words)))
    hits = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"], a["byline"]] + a["paragraphs"]:
                for x in grams(blank(re.sub(r"\s+", "", s), words)):
                    if x in seed:
                        hits.append((gf.name, x, s[:30]))
    if hits:
        for h in hits[:40]:
            print("seed phrase:", h)
        fail(f"{len(hits)} runs shared with the seeds")
    # 4. perfect export, scored
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in AKEYS})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    if "---" in r.stdout or r.returncode:
        fail("scorer reported problems")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    print("check passed")


if __name__ == "__main__":
    main()
