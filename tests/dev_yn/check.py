#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, right shape, perfect export scores 1.000
everywhere with full coverage, and no phrase of the seeds reused. Prints
`check passed`. Standard library only."""
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
SCORER = SHARED / "tools" / "score.py"
YEARS = {"2017": (3, 4), "2020": (3, 4), "2023": (3, 4), "2026": (3, 4)}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, and set phrases any story of the paper uses.
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新华社 华声在线 新湖南客户端
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院
省委常委 省委书记 省委副书记 省政府 省人大常委会 省政协 省委 副省长 省长 主持召开
相关负责人 负责人 高质量发展 新发展理念 新发展格局 现代化新湖南 三高四新 美好蓝图
重要讲话 重要指示 指示批示精神 重要论述 决策部署 以来 今年以来 同比增长 增长 百分点
进出口总值 进出口 亿元 万元 亿美元 全省 我省 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳
常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西 土家族苗族自治州 洞庭湖 湘江 长株潭
在长沙召开 在长沙举行 会议强调 会议指出 会议要求 会议提出 会上 据了解 据悉 近年来 目前
中国 全国 国家 党员干部 基层 乡村振兴 现代化 产业链 供应链 先进制造业 数字经济
轨道交通装备 深入学习贯彻 开放平台 政策措施 钉钉子精神 优势产业 生态环境 生态保护 劳动密集型 走出去 统计数据显示 电子信息 生物医药 工程机械 新能源汽车 中非经贸 深度合作先行区 新一代信息技术 工作领导小组 规模以上工业增加值 规模以上工业 各级各部门 年度目标任务 相关职能部门 各级党组织 基层党组织
社会主义 十四五 大数据 人工智能 工业互联网 基础设施 科技创新 核心竞争力 关键核心技术
重要组成部分 改革开放 内陆地区 数字化转型 数字产业化 地理信息 先进计算 新形势新任务 形式主义 官僚主义 解决实际问题 一带一路 货物贸易 大宗商品 增加值 人均可支配收入 社会消费品零售总额 农村居民 第一产业 锂电池 光伏
专精特新 小巨人 开门红 工业和信息化 十五五 文化强省 智能制造 企业技术中心 先进硬质材料
轨道交通 十大产业项目 提振消费 工作会议 公共服务平台 规模性返贫 政府工作报告 新兴产业 未来产业 两会精神 高端化 智能化 绿色化
新产业 新模式 新动能 人才培养
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    s = squash(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"], a["column"]] + list(a["paragraphs"])
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    built = compose.build_all()
    # 1. rebuilt byte-for-byte
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if [p.stem for p in pages] != [b[0] for b in built] or [g.stem for g in golds] != [b[0] for b in built]:
        fail("pages/gold on disk differ from a fresh build (run compose.py)")
    for name, text, gj, *_ in built:
        if (HERE / "pages" / (name + ".txt")).read_text(encoding="utf-8") != text:
            fail(f"{name}.txt differs from a fresh build")
        if (HERE / "gold" / (name + ".json")).read_text(encoding="utf-8") != gj:
            fail(f"{name}.json differs from a fresh build")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(built):
        fail("README.md differs from a fresh build")

    # 2. shape
    if len(built) != 14:
        fail(f"{len(built)} pages, want 14")
    lay = Counter(b[4]["layout"] for b in built)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(b[4]["date"][:4] for b in built)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    fronts = []
    for i, (name, text, gj, gold, meta, st, sn) in enumerate(built, 1):
        if not re.fullmatch(rf"{i:03d}_[0-9a-f]{{16}}", name):
            fail(f"bad name {name}")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:]:
            fail(f"hash of {name}")
        g = json.loads(gj)
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{name}: key order")
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != gj:
            fail(f"{name}: json format")
        n = compose.nchars(text)
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{name}: {na} articles")
        for a in g["articles"]:
            if a["kind"] not in KINDS:
                fail(f"{name}: kind {a['kind']}")
            if not a["paragraphs"] or any(not p or " " in p for p in a["paragraphs"]):
                fail(f"{name}: empty paragraph or space in a paragraph")
            if a["kind"] == "photo" and not a["byline"] and not a["title"]:
                pass
        sq = squash(text)
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle", "byline", "dateline", "column"):
                if a[f] and squash(a[f]) not in sq:
                    fail(f"{name}: {f} {a[f]!r} not printed on the page")
        if g["issue_number"] is not None:
            if g["page_count"] is None or not g["extras"]:
                fail(f"{name}: front page without page count or masthead")
            fronts.append((g["issue_date"], name))
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail(f"{name}: front page without a jump to page 2")
            if meta["page"] != "1":
                fail(f"{name}: front page is not page 1")
    if sorted(d[:4] for d, _ in fronts) != ["2020", "2026"]:
        fail(f"front pages {fronts}")
    for d, _ in fronts:
        p2 = [b for b in built if b[4]["date"] == d and b[4]["page"] == "2"]
        if len(p2) != 1 or not any(a["continued"].startswith("上接1版") for a in p2[0][3]["articles"]):
            fail(f"front page {d} has no page 2 continuing it")

    # 3. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for name, text, gj, gold, meta, st, sn in built:
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["subheads"] = a["subheads"]
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0 or r.stderr.strip():
        fail("scorer failed:\n" + out + r.stderr)
    if "---" in out or re.search(r"^\s+(headline|missing|spurious)", out, re.M):
        fail("scorer reports problems:\n" + out)
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+|None)$", out, re.M))
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage", "seg_precision", "seg_recall"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}\n" + out)
    if figs.get("cjk_space_left") != "0":
        fail("cjk spaces left\n" + out)

    # 4. no phrase of the seeds reused
    seedg = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seedg |= grams(blank(t))
    hits = Counter()
    for name, text, gj, gold, *_ in built:
        for t in texts(gold):
            for g in grams(blank(t)) & seedg:
                hits[(name[:3], g)] += 1
    if hits:
        fail("phrases shared with the seeds: " + ", ".join(f"{n}:{g}" for n, g in sorted(hits)))
    print(out.rstrip())
    print("check passed")


if __name__ == "__main__":
    main()
