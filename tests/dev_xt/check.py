#!/usr/bin/env python3
"""Verify the dev_xt test set; prints `check passed` when every requirement holds.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. shape: 14 pages, 7 per layout, years, front pages and their jumps, sizes, article counts,
   file names, gold format (the seeds' key order);
3. seed-phrase rule: no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (after blanking a short list of generic words);
4. the export a perfect segmenter would print scores 1.000 on every figure, coverage 1.000,
   with no problem line.
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

# generic words blanked before the seed-phrase comparison: institution and place names,
# titles and set phrases any story of the paper may use
GENERIC = """
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 相关负责人 有关负责人 负责人介绍
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
中共中央政治局 社会主义现代化新湖南 高质量发展 三高四新 美好蓝图 战略定位和使命任务 乡村振兴
先进制造业 现代化产业体系 全面从严治党 中央八项规定精神 党风廉政建设 营商环境 中小企业 专精特新
长株潭 湘西土家族苗族自治州 张家界 常德 怀化 株洲 湘潭 衡阳 岳阳 郴州 永州 邵阳 益阳 娄底 长沙
省农业农村厅 省生态环境厅 省工业和信息化厅 省商务厅 省发展改革委 省气象局 人民银行 国家金融监督管理总局
同比增长 百分点 亿元 万元 万亩 万吨 截至 今年以来 近年来 记者从 了解到 获悉 召开 举行 出席 主持
党员干部 生态环境 新动能 有力支撑 农业农村局局长 产业链上下游 延伸产业链 人力资源和社会保障厅 关键核心技术 新型基础设施 企业和群众 走出去 非物质文化遗产 非遗代表性 微信公众号 专项行动 领导小组 农村人居环境 外商投资企业 技工贸总收入 春风行动 同比分别增长 生活污水 田间地头 司法机关 高于全国 行动计划 居全国 各级各部门 工作会议 座谈会 一季度 前两个月 规模以上工业 进出口 增加值
""".split()

CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def gold_texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
    return out


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    # 1. rebuild byte-for-byte --------------------------------------------------
    files, recs, _ = compose.build(HERE)
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                fail(f"stray file {d}/{f.name}")

    # 2. shape -----------------------------------------------------------------
    seed_keys = None
    for f in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        seed_keys = (list(g), list(g["articles"][0]))
    partial = "--partial" in sys.argv      # while composing: per-page checks only
    if partial:
        pass
    elif len(recs) != 14:
        fail(f"{len(recs)} pages, want 14")
    lay = Counter(r["meta"]["layout"] for r in recs)
    if partial:
        pass
    elif lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(r["meta"]["date"][:4] for r in recs)
    if partial:
        pass
    elif set(years) != {"2016", "2019", "2023", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = [r for r in recs if r["gold"]["issue_number"]]
    if partial:
        pass
    elif sorted(r["meta"]["date"][:4] for r in fronts) != ["2019", "2023"]:
        fail("want two front pages, in 2019 and 2023")
    for r in recs:
        g, name = r["gold"], r["name"]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name):
            fail(f"bad name {name}")
        raw = (HERE / "pages" / f"{name}.txt").read_text(encoding="utf-8")
        if hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16] != name[4:]:
            fail(f"{name}: hash")
        if (list(g), list(g["articles"][0])) != seed_keys:
            fail(f"{name}: gold keys differ from the seeds'")
        if not 4500 <= r["chars"] <= 6500 and not partial:
            fail(f"{name}: {r['chars']} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if a["kind"] not in compose.KINDS:
                fail(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、；：？！（）《》]\s+[\u4e00-\u9fff“”，。、；：？！（）《》]", p):
                    fail(f"{name}: space between Chinese characters in a paragraph: {p[:30]}")
    for fr in fronts:
        if fr["meta"]["page"] != "1" or not fr["gold"]["page_count"]:
            fail(f"{fr['name']}: front page without page 1 / page count")
        if not any(a["continued"] == "下转2版" for a in fr["gold"]["articles"]):
            fail(f"{fr['name']}: no 下转2版")
        p2 = [r for r in recs if r["meta"]["date"] == fr["meta"]["date"] and r["meta"]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                             for a in p2[0]["gold"]["articles"]):
            fail(f"{fr['name']}: its page 2 is missing or has no 上接1版")

    # 3. seed phrases ----------------------------------------------------------
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for t in gold_texts(json.loads(f.read_text(encoding="utf-8"))):
            seed |= grams(t)
    shared = Counter()
    for r in recs:
        for t in gold_texts(r["gold"]):
            for gm in grams(t) & seed:
                shared[(r["name"], gm)] += 1
    if shared:
        for (n, gm), _ in sorted(shared.items())[:40]:
            print("   seed phrase", n, gm)
        fail(f"{len(shared)} runs shared with the seeds")

    # 4. perfect export --------------------------------------------------------
    export = {"articles": [], "sources": []}
    for r in recs:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "subheads", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    print(res.stdout.rstrip())
    if res.returncode != 0:
        fail("score.py failed: " + res.stderr)
    if "---" in res.stdout:
        fail("score.py listed problems")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", res.stdout, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    print("check passed")


if __name__ == "__main__":
    main()
