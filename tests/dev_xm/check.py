#!/usr/bin/env python3
"""Verify the set: rebuild, score a perfect export, check shape and the seed-phrase rule.

    python3 check.py        prints `check passed` or the failures
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIGS = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
        "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage")
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
GOLD_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
             "duplicates"]
# generic words blanked before the seed-phrase comparison: institution and place names,
# titles, set phrases and statistical terms any Hunan Daily story may use
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 新湖南客户端 华声在线 通讯员 评论员 新华社
习近平新时代中国特色社会主义思想 习近平总书记 习近平 中国特色社会主义 新时代 总书记
党中央 国务院 省委常委 省委书记 省委副书记 省政府 省人大常委会 省政协 副省长 省长 省委
省商务厅 省工信厅 省农业农村厅 省统计局 省发展改革委 长沙海关 海关总署 国家统计局
中非经贸博览会 非物质文化遗产 长株潭 城际铁路 轨道交通装备 工程机械 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 怀化 郴州 永州 邵阳 娄底 张家界 湘西土家族苗族自治州 湘西
社会消费品零售总额 规模以上工业增加值 规模以上工业 规模以上 进出口总值 以旧换新 数码产品购新补贴 智能手表(手环) 电动自行车 带动销售额 百分点 同比增长 同比下降 亿元 万元 万亩 公斤
高质量发展 现代化新湖南 三高四新 美好蓝图 全面推进乡村振兴 乡村振兴 农业强省 粮食安全 先进制造业
相关负责人 政府工作报告 关键核心技术 负责人介绍 负责人表示 记者从 记者今天从 今天召开的 在长沙召开 在长沙举行 在长沙 召开 出席会议并讲话 出席并讲话 出席
坚持以 为指导 全面贯彻 深入学习贯彻 党的二十大精神 二十大精神 重要讲话 重要指示 批示精神 指示批示精神 关于湖南工作的
社会主义现代化 国家重要先进制造业高地 产业链供应链 产业链 供应链 数字经济 新一代 信息技术 人工智能 工业互联网
今年以来 去年以来 近年来 与此同时 据了解 据悉 截至 其中 分别增长 分别 增长 全省 我省 今年 去年 前两个月 一季度 二季度 前10个月 前11个月
会议强调 会议指出 会议要求 会议提出 会议透露 会议部署 强调 指出 要求 表示 介绍
""".split()
GENERIC.sort(key=len, reverse=True)

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = norm(s)
    for g in GENERIC:
        s = s.replace(norm(g), "□")
    return s


def cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def seed_texts() -> list[str]:
    texts = []
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            texts += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
            texts += a.get("paragraphs", [])
    return texts


def main() -> int:
    # 1. rebuild byte for byte
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        (td / "README.in").write_text((HERE / "README.in").read_text(encoding="utf-8"), encoding="utf-8")
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), str(td)], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr[-500:])
        else:
            for sub in ("pages", "gold"):
                a = sorted(p.name for p in (HERE / sub).iterdir())
                b = sorted(p.name for p in (td / sub).iterdir())
                if a != b:
                    fail(f"{sub}/ differs from a fresh build: {sorted(set(a) ^ set(b))[:4]}")
                for n in set(a) & set(b):
                    if (HERE / sub / n).read_bytes() != (td / sub / n).read_bytes():
                        fail(f"{sub}/{n} is not reproduced byte for byte")
            if (HERE / "README.md").read_bytes() != (td / "README.md").read_bytes():
                fail("README.md is not reproduced byte for byte")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 2. shape
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"want 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")
    gold_by_src, layouts, years = {}, Counter(), Counter()
    for n, gp in enumerate(golds, 1):
        raw = gp.read_bytes()
        g = json.loads(raw.decode("utf-8"), object_pairs_hook=OrderedDict)
        if list(g.keys()) != GOLD_KEYS:
            fail(f"{gp.name}: keys {list(g.keys())}")
        for a in g["articles"]:
            if list(a.keys()) != ART_KEYS:
                fail(f"{gp.name}: article keys {list(a.keys())}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not among paragraphs: {s}")
        if json.dumps(g, ensure_ascii=False, indent=1).encode("utf-8") != raw:
            fail(f"{gp.name}: not in the seeds' json format (indent=1, ensure_ascii=False)")
        stem = gp.stem
        if not re.fullmatch(rf"{n:03d}_[0-9a-f]{{16}}", stem):
            fail(f"{gp.name}: bad name")
        pp = HERE / "pages" / (stem + ".txt")
        if not pp.exists():
            fail(f"{gp.name}: no page {pp.name}")
            continue
        text = pp.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != stem[4:]:
            fail(f"{pp.name}: name is not the hash of its text")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source {g['source']}")
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        lines = [l for l in text.split("\n") if l.strip()]
        med = sorted(len(l) for l in lines)[len(lines) // 2]
        lay = "column" if med < 30 else "paragraph"
        src = srcs[n - 1] if n - 1 < len(srcs) else None
        if src is not None:
            m = re.search(r"^@layout (\w+)", src.read_text(encoding="utf-8"), re.M)
            if not m or m.group(1) != lay:
                fail(f"{pp.name}: looks {lay}, source says {m.group(1) if m else None}")
        layouts[lay] += 1
        years[g["issue_date"][:4]] += 1
        gold_by_src[pp.name] = g
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2019", "2022", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = [g for g in gold_by_src.values() if g["issue_number"] and g["page_count"]]
    if sorted(g["issue_date"][:4] for g in fronts) != ["2019", "2022"]:
        fail(f"front pages: {[g['issue_date'] for g in fronts]}")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page without 下转2版")
        twins = [g for g in gold_by_src.values() if g is not f and g["issue_date"] == f["issue_date"]]
        if not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                   for g in twins for a in g["articles"]):
            fail(f"{f['source']}: no page 2 with 上接1版 in the set")
        if not f["extras"]:
            fail(f"{f['source']}: front page without masthead extras")

    # 3. a perfect export, scored
    arts, sources = [], []
    for name, g in gold_by_src.items():
        for a in g["articles"]:
            b = dict(a)
            b.update(source=name, issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": name, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    vals = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in FIGS:
        if vals.get(k) != "1.000":
            fail(f"score: {k} = {vals.get(k)}")
    if vals.get("cjk_space_left") != "0":
        fail(f"score: cjk_space_left = {vals.get('cjk_space_left')}")
    if re.search(r"^(---|    )", out, re.M):
        fail("score printed problem lines")

    # 4. seed phrases
    seed = set()
    for t in seed_texts():
        seed |= grams(blank(t))
    hits = Counter()
    for name, g in gold_by_src.items():
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in grams(blank(t)) & seed:
                    hits[(name[:3], x)] += 1
    for (p, x), c in sorted(hits.items()):
        fail(f"seed phrase shared: page {p}: {x}")

    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
