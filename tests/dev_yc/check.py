#!/usr/bin/env python3
"""Verify the set: rebuilt byte for byte, scored perfect, right shape, no seed phrases.

    python3 compose.py && python3 check.py      -> prints "check passed"

Standard library only.
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

sys.dont_write_bytecode = True          # keep the set folder free of __pycache__
import compose  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {2015, 2019, 2020, 2023, 2026}
FRONT_YEARS = {2019, 2026}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution names, place
# names and set phrases any Hunan Daily story may use.  Kept short on purpose.
GENERIC = """
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德
郴州 永州 怀化 益阳 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西州 湘西 洞庭湖 湘江
省委 省政府 省人大常委会 省政协 省发改委 省工信厅 省商务厅 省财政厅 省人社厅 省农业农村厅
省生态环境厅 省应急管理厅 省市场监管局 省统计局 长沙海关 人民银行 国务院 党中央 中央
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神 二十大
高质量发展 相关负责人 有关负责人 负责人 同比增长 同比下降 比上年增长 比去年同期 增长 百分点
规模以上工业增加值 规模以上工业企业 规模以上 工业增加值 社会消费品零售总额 固定资产投资
进出口总值 进出口总额 进出口 民营企业 外商投资企业 国有企业 中小企业 专精特新 小巨人
一带一路 东盟 非洲 中非经贸博览会 中非 新能源汽车 工程机械 轨道交通 先进制造业 数字经济
人工智能 产业链 供应链 乡村振兴 脱贫攻坚 营商环境 以旧换新 新三样 老三样 形式主义
今年以来 截至 记者从 记者今天从 获悉 据了解 据悉 近年来 下一步 与此同时 其中 目前
人均可支配收入 农村居民 城镇居民 劳动密集型 机电产品 第一产业 第二产业 第三产业 新一代信息技术
新兴产业 农村人居环境 生活污水 出席并讲话 深入学习贯彻 各级各部门 以下简称 国家和地区 技工贸总收入
司法机关 气象部门 民生福祉 复合型人才 优势产业 深度融合 专题调研 建言献策 专项整治 农产品加工
服务水平 政策措施 互联网平台 制造业增加值 高新技术企业 基础设施 关键核心技术 十三五 十四五 十五五 前两个月 非物质文化遗产 长株潭 货物贸易 特色产业集群 工业和信息化部 政法委
""".split()
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def blank(text: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        text = text.replace(w, "#")
    return text


def grams(text: str) -> set[str]:
    t = blank(compose.nows(text))
    out = set()
    for i in range(len(t) - 5):
        g = t[i:i + 6]
        if len(CJK_RE.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(a.get(k) or "")
            for p in a.get("paragraphs") or []:
                out |= grams(p)
    return out


def main() -> int:
    results = compose.compose_all()
    # 1. rebuilt byte for byte -------------------------------------------------
    want_pages = {name: text for _, _, name, text, _ in results}
    want_gold = {name.replace(".txt", ".json"): compose.dump_gold(g) for _, _, name, _, g in results}
    have_pages = {f.name for f in (HERE / "pages").iterdir()}
    have_gold = {f.name for f in (HERE / "gold").iterdir()}
    if have_pages != set(want_pages) or have_gold != set(want_gold):
        fail("pages/ or gold/ do not hold exactly the composed files (run compose.py)")
    for n, t in want_pages.items():
        if (HERE / "pages" / n).read_bytes() != t.encode("utf-8"):
            fail(f"pages/{n} differs from a fresh composition")
    for n, t in want_gold.items():
        if (HERE / "gold" / n).read_bytes() != t.encode("utf-8"):
            fail(f"gold/{n} differs from a fresh composition")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(results):
        fail("README.md differs from a fresh composition")

    # 2. shape ------------------------------------------------------------------
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    layouts = Counter(c.page["layout"] for _, c, *_ in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}, want 7 column and 7 paragraph")
    years = Counter(int(g["issue_date"][:4]) for *_, g in results)
    if set(years) != YEARS or not all(2 <= n <= 3 for n in years.values()):
        fail(f"years {dict(years)}")
    fronts = []
    for i, (src, c, name, text, g) in enumerate(results, 1):
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name) or name[:3] != f"{i:03d}":
            fail(f"bad file name {name}")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:20]:
            fail(f"{name}: name does not carry the page hash")
        if g["source"] != name or list(g) != KEYS:
            fail(f"{name}: gold keys or source wrong")
        n_chars = len(compose.nows(text))
        if not 4500 <= n_chars <= 6500:
            fail(f"{name}: {n_chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind wrong: {a.get('title')}")
            if not a["paragraphs"] or any(not p or re.search(r"\s", p) for p in a["paragraphs"]):
                fail(f"{name}: empty paragraph or whitespace in a paragraph ({a['title']})")
            for s in a["subheads"]:
                if compose.nows(s) not in a["paragraphs"]:
                    fail(f"{name}: subhead not among the paragraphs: {s}")
        if c.col != text.startswith(" ") or (not c.col) != text.startswith("\n\n"):
            fail(f"{name}: layout shape")
        if g["issue_number"] or g["page_count"]:
            fronts.append((name, g))
    if len(fronts) != 2 or {int(g["issue_date"][:4]) for _, g in fronts} != FRONT_YEARS:
        fail("want two front pages, in 2019 and 2026")
    for name, g in fronts:
        if not (re.fullmatch(r"\d{5}", g["issue_number"] or "") and isinstance(g["page_count"], int)):
            fail(f"{name}: issue number / page count")
        out = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [gg for _, cc, _, _, gg in results
              if gg["issue_date"] == g["issue_date"] and cc.page["page"] == "2"]
        if len(p2) != 1:
            fail(f"{name}: its page 2 is not in the set")
        back = [a for gg in p2 for a in gg["articles"]
                if a["kind"] == "continuation" and re.match(r"(上接|紧接)1版", a["continued"])]
        if not out or len(out) != len(back):
            fail(f"{name}: {len(out)} jumps out, {len(back)} continuations on its page 2")
        if not re.search(r"第\d{5}号", "".join(g["extras"])):
            fail(f"{name}: masthead not in extras")

    # 3. a perfect export scores 1.000 everywhere --------------------------------
    arts, srcs = [], []
    for *_, g in results:
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update(a)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fail("score.py failed: " + r.stderr.strip()[-300:])
    figures = {}
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("score.py lists a problem: " + line.strip())
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fail(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail("cjk_space_left = " + str(figures.get("cjk_space_left")))

    # 4. nothing of the seeds is reused ------------------------------------------
    seeds = seed_grams()
    hits = []
    for *_, g in results:
        for a in g["articles"]:
            texts = [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
            for t in texts:
                for x in sorted(grams(t) & seeds):
                    hits.append(f"{g['source'][:3]} {x}")
    if hits:
        fail("runs shared with the seeds: " + "; ".join(hits[:40]) + f" ({len(hits)} in all)")

    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
