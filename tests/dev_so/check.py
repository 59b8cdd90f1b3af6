#!/usr/bin/env python3
"""Verify the dev_so test set; prints `check passed` when all is well.

    python3 compose.py && python3 check.py
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIGS = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
        "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage")
YEARS = {"2017": 3, "2019": 4, "2023": 3, "2026": 4}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases that any Hunan Daily story may print
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
相关负责人 高质量发展 湖南日报 全媒体记者 通讯员 新华社 有限公司 同比增长 百分点 亿元 万元
省委常委 省委书记 副省长 省长 先进制造业 现代化 一体化 乡村振兴 新时代 全面推进 深入贯彻
省工信厅 省发展改革委 省商务厅 湖南省 长沙市 株洲市 湘潭市 衡阳市 怀化市 张家界市 湘西土家族苗族自治州
今年以来 据了解 据介绍 近年来 与此同时 重要讲话 指示批示精神 党的二十大精神 工程机械
轨道交通装备 核心竞争力 行动计划 公共服务 人才培养 获悉 非物质文化遗产 公共文化服务
在长沙召开 出席并讲话 全省各级各部门 工业和信息化 规模以上 轨道交通 航空航天 新中国成立
主要负责人 人力资源和社会保障 有力支撑 提供了有力
关键核心技术 核心技术攻关 非遗代表性传承人 产业项目
工业增加值 增加值 中南大学 湖南大学 复合型人才
产业链上下游 供需对接 机电产品 基础设施 省安委会办公室 田间地头
新型工业化 产业链供应链 工业互联网 人工智能 在长沙举行 产业体系 国家和地区
决策部署 领导小组 农业强省 在长沙开幕 应用场景 各级党委、政府
""".split()
FAILS: list[str] = []


def fail(msg):
    FAILS.append(msg)


def blank(s: str) -> str:
    s = compose.clean(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "□" in w:
            continue
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            yield w


def seed_phrases():
    grams = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                grams.update(windows(blank(t)))
    return grams


def main():
    files, pages = compose.build()
    # 1. byte-for-byte rebuild
    for rel, txt in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != txt:
            fail(f"{rel} differs from a fresh compose (run compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")

    # 2. gold format and file names
    golds = {}
    for pg in pages:
        txt = (HERE / "pages" / (pg.base + ".txt")).read_text(encoding="utf-8")
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        if not pg.base.endswith("_" + h):
            fail(f"{pg.base}: name does not carry the page hash {h}")
        graw = (HERE / "gold" / (pg.base + ".json")).read_text(encoding="utf-8")
        g = json.loads(graw)
        if list(g) != KEYS:
            fail(f"{pg.base}: gold keys {list(g)}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{pg.base}: gold not in indent=1 ensure_ascii=False form")
        for a in g["articles"]:
            if list(a) != list(compose.GOLD_KEYS):
                fail(f"{pg.base}: article keys {list(a)}")
            for par in a["paragraphs"]:
                if re.search(f"(?<=[{CJKR}])\\s+(?=[{CJKR}])", par):
                    fail(f"{pg.base}: space between CJK in gold paragraph {par[:20]}")
            if not all(s in a["paragraphs"] for s in a["subheads"]):
                fail(f"{pg.base}: subhead missing from paragraphs")
        golds[pg.base] = (pg, g, txt)

    # 3. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    lay = Counter(pg.meta["layout"] for pg in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    yrs = Counter(pg.meta["date"][:4] for pg in pages)
    if yrs != Counter(YEARS):
        fail(f"years {dict(yrs)}")
    for base, (pg, g, txt) in golds.items():
        n = compose.nonws(txt)
        if not 4500 <= n <= 6500:
            fail(f"{base}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{base}: {len(g['articles'])} articles")
        if g["issue_date"] != pg.meta["date"]:
            fail(f"{base}: issue date")
    fronts = [(pg, g) for pg, g, _ in golds.values() if g["issue_number"]]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages, want 2")
    for pg, g in fronts:
        if not (isinstance(g["page_count"], int) and pg.meta["pageno"] == "1" and g["extras"]):
            fail(f"{pg.base}: front page lacks page count / masthead")
        outs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [g2 for pg2, g2, _ in golds.values()
              if g2["issue_date"] == g["issue_date"] and pg2.meta["pageno"] == "2"]
        ins = [a for g2 in p2 for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if not outs or not p2 or len(ins) < len(outs):
            fail(f"{pg.base}: jumps 下转2版 {len(outs)} / 上接1版 {len(ins)} not paired")

    # 4. seed-phrase rule
    seeds = seed_phrases()
    for base, (pg, g, _) in golds.items():
        for a in g["articles"]:
            for t in [a[k] for k in ("column", "kicker", "title", "subtitle")] + a["paragraphs"]:
                hit = [w for w in windows(blank(t)) if w in seeds]
                if hit:
                    fail(f"{base}: shares seed phrase(s) {hit[:3]} in {t[:24]!r}")

    # 5. a perfect segmenter's export, scored
    export = {"articles": [], "sources": []}
    for base, (pg, g, _) in golds.items():
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update(a)
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + pg.markers})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False)
        ep = f.name
    r = subprocess.run([sys.executable, str(SCORE), ep, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(ep).unlink()
    print(r.stdout.rstrip())
    vals = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            vals[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line.strip()}")
    for k in FIGS:
        if vals.get(k) != "1.000":
            fail(f"{k} = {vals.get(k)}")
    if vals.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {vals.get('cjk_space_left')}")
    if r.returncode:
        fail(f"score.py exit {r.returncode}: {r.stderr.strip()[:200]}")

    if FAILS:
        for x in FAILS:
            print("FAIL", x)
        sys.exit(1)
    print("check passed")


CJKR = r"\u3400-\u4dbf\u4e00-\u9fff"

if __name__ == "__main__":
    main()
