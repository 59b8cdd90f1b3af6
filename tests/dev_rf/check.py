#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, shape, the seed-phrase rule, and a
perfect export scored by the shared scorer (every figure 1.000, no problem line).
Prints `check passed` when all is well.  Standard library only."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any story of the paper may use.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新湖南客户端 华声在线 新华社 记者
中共中央 党中央 国务院 中央政治局 全国人大 全国政协 习近平总书记 习近平新时代中国特色社会主义思想 习近平
省委书记 省委副书记 省委常委 省委秘书长 省委 省政府 省人民政府 省长 副省长 省人大常委会 省人大 省政协主席 省政协副主席 省政协 省纪委监委 纪委监委
省发展改革委 省工信厅 省商务厅 省农业农村厅 省卫生健康委 省卫生计生委 省教育厅 省财政厅 省交通运输厅 省文化和旅游厅 省医保局
省应急管理厅 省气象局 省公安厅 省高级人民法院 省人民检察院 省市场监管局 省食品药品监督管理局 省自然资源厅 省生态环境厅
湖南省 湖南 长沙市 长沙 株洲 湘潭市 湘潭 衡阳 邵阳 岳阳 常德市 常德 张家界 益阳 郴州 永州 怀化市 怀化 娄底 湘西土家族苗族自治州 湘西
长株潭 洞庭湖 湘江 雪峰山 通道侗族自治县 通道 溆浦县 溆浦 洞口县 隆回 鼎城区 武陵区 汉寿 澧县 桃源县 华容县 湘乡 韶山 浏阳 醴陵
湘潭钢铁集团有限公司 湘钢 湖南钢铁集团 华菱 中联重科 三一 全国 我省 全省 各地 各级 市州 县市区
相关负责人 负责人 有关负责人 高质量发展 现代化新湖南 三高四新 乡村振兴 新型工业化 国家重要先进制造业高地 先进制造业 战略定位和使命任务
党的二十大精神 二十大 十四五 十五五 一带一路 以旧换新 规模以上工业 规模工业 增加值 同比增长 百分点 亿元 万元 万吨
新材料
新能源汽车 省工业和信息化厅 工业和信息化 企业技术中心 高端化、智能化、绿色化 高端化 智能化 绿色化 非物质文化遗产 比上年增长 农产品加工业 先进储能材料 技工贸总收入
截至 近日 今天 今年 去年 以来 目前 据悉 据了解 获悉 介绍 表示 强调 指出 要求 提出 出席 召开 举行 会议 座谈会
""".split()
CJK = re.compile(r"[\u3400-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def grams(text: str) -> set[str]:
    t = squash(text)
    for w in sorted(GENERIC, key=len, reverse=True):
        t = t.replace(w, "□" * len(w))
    out = set()
    for i in range(len(t) - 5):
        g = t[i:i + 6]
        if sum(1 for c in g if CJK.match(c)) >= 5:
            out.add(g)
    return out


def texts_of(gold: dict, with_extras: bool) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
        if with_extras:
            out += [a["column"], a["byline"]]
    if with_extras:
        out += gold["extras"]
    return out


def rebuild_check():
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        shutil.copytree(HERE / "src", t / "src")
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, t / f)
        subprocess.run([sys.executable, str(t / "compose.py")], check=True, capture_output=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"rebuild: {sub}/ file names differ")
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("rebuild: README.md differs")


def main():
    rebuild_check()
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # ---- shape
    layouts, years, fronts = Counter(), Counter(), []
    by_date: dict[str, list] = {}
    export = {"articles": [], "sources": []}
    for i, (pg, gf, sf) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json":
            fail(f"file name {pg.name} / {gf.name} does not match the page hash")
        raw_gold = gf.read_text(encoding="utf-8")
        gold = json.loads(raw_gold)
        if raw_gold != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not written with indent=1, ensure_ascii=False")
        if list(gold) != KEYS:
            fail(f"{gf.name}: key order {list(gold)}")
        if gold["source"] != pg.name:
            fail(f"{gf.name}: source field")
        meta = dict(l[1:].split(" ", 1) for l in sf.read_text(encoding="utf-8").splitlines()
                    if l.startswith("@"))
        layouts[meta["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        n = len(gold["articles"])
        nchar = len(re.sub(r"\s+", "", text))
        if not 7 <= n <= 13:
            fail(f"{pg.name}: {n} articles")
        if not 4500 <= nchar <= 6500:
            fail(f"{pg.name}: {nchar} characters")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                fail(f"{gf.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、（）：；] +[\u4e00-\u9fff“”，。、（）：；]", p):
                    fail(f"{gf.name}: space between CJK in a paragraph: {p[:30]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs: {s}")
        # gold text must come from the page: character multiset inclusion
        gc = Counter(squash("".join(
            [a[k] for a in gold["articles"] for k in AKEYS[1:8]] +
            [p for a in gold["articles"] for p in a["paragraphs"]] + gold["extras"] + gold["duplicates"])))
        pc = Counter(squash(text))
        extra = gc - pc
        if extra:
            fail(f"{pg.name}: gold holds characters the page lacks: {''.join(extra.elements())[:40]}")
        if gold["issue_number"] is not None:
            fronts.append(gold)
        by_date.setdefault(gold["issue_date"], []).append((meta.get("page"), gold))
        for a in gold["articles"]:
            e = dict(a)
            e.pop("subheads")
            e = {"source": pg.name, "issue_date": gold["issue_date"], **e, "title_derived": False}
            export["articles"].append(e)
        export["sources"].append({"source": pg.name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2016", "2020", "2024", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2016", "2024"]:
        fail("front pages must be one in 2016 and one in 2024")
    for g in fronts:
        if not (g["page_count"] and any(a["continued"].startswith("下转2版") for a in g["articles"])):
            fail(f"front page {g['source']}: page count or 下转2版 missing")
        p2 = [x for p, x in by_date[g["issue_date"]] if p == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["articles"]):
            fail(f"front page {g['source']}: no page 2 with 上接1版 in the set")

    # ---- seed-phrase rule
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        seed |= grams("\u0000".join(texts_of(json.loads(gf.read_text(encoding="utf-8")), False)))
    clashes = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts_of(g, True):
            for x in sorted(grams(t) & seed):
                clashes.append(f"{gf.name[:3]} {x}  in {t[:24]}")
    if clashes:
        print("\n".join(clashes[:80]))
        fail(f"{len(clashes)} runs shared with the seeds")

    # ---- perfect export, scored
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or "---" in out or "   " in "".join(l for l in out.splitlines() if l.startswith("    ")):
        fail("scorer reported problems")
    for line in out.splitlines():
        parts = line.split()
        if len(parts) != 2 or parts[0].startswith("seg_f1="):
            continue
        k, v = parts
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
            continue
        if v not in ("1.000", "None"):
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
