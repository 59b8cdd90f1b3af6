#!/usr/bin/env python3
"""Verify the test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte (no stray files);
2. gold files are in exactly the seeds' format (keys, key order, indent=1);
3. shape: 14 pages, 7 per layout, years 2016/2018/2023/2025 with 3-4 pages each,
   4,500-6,500 characters and 7-13 articles a page, file names NNN_<sha256[:16]>,
   two front pages (2018, 2023) with masthead, issue number and page count, each
   jumping (下转2版) to its page 2 in the set (上接1版);
4. seed-phrase rule: no 6-character run with at least 5 Chinese characters is
   shared with the seeds' gold headlines and paragraphs (generic words blanked);
5. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py (coverage 1.000, no problem line), and exact
   coverage (every raw character found) holds.
"""
from __future__ import annotations

import hashlib
import importlib.util
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
SCORE = SHARED / "tools" / "score.py"

# Generic words blanked on both sides before the seed-phrase comparison:
# institution names, place names, set phrases of the paper.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 通讯员 新华社 华声在线 新湖南客户端
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神
省委书记 省委副书记 省委常委 省委秘书长 省长 副省长 省政府 省委 省人大常委会 省政协
省商务厅 省统计局 省工信厅 省农业农村厅 省文化和旅游厅 省发展改革委 长沙海关 海关总署
相关负责人 有关负责人 主要负责人 负责人介绍 负责人表示 负责人说
湖南省 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳
湘西土家族苗族自治州 湘西州 长株潭 湖南 全省 我省 全国
高质量发展 社会主义现代化新湖南 三高四新 美好蓝图 乡村振兴 一带一路 中非经贸
规模以上工业 社会消费品零售总额 同比增长 同比下降 进出口总值 进出口 个百分点
亿元 万亿元 万元 增加值 增长 今年以来 近年来 据了解 据悉 记者从 今天 日前 近日
以旧换新 先进制造业 数字经济 跨境电商 新能源汽车 一季度 上半年 前三季度
机电产品 劳动密集型产品 农产品加工 电子元器件 一般贸易 加工贸易 非物质文化遗产 非遗代表性
各级各部门 农村人居环境 形式主义 产业集群 民生福祉 党员干部
开放型经济 农业农村 图书馆 美术馆 博物馆
体制机制 重要抓手 进一步 强调 座谈会 成员单位 重点行业 智能装备 大宗商品 智能制造
核心竞争力 现代化产业体系 核心技术攻关 新材料 中小航空发动机 新三样 太阳能电池 锂电池 电动载人汽车
专题调研 政协委员 情况汇报 突出问题 政策措施 微信公众号 高新技术企业 国家和地区
党委、政府 稳规模优结构 高新技术产品 调研组 主体责任 监管责任 职能部门 工作实际
外商投资企业 轨道交通装备 制造业单项冠军 单项冠军
关键核心技术 科技创新 智能化 绿色化 深化改革 创造性转化 创新性发展 优秀传统文化 深度融合
湘粤非铁海联运 深度合作先行区 新业态 平台建设 人力资源和社会保障厅 生态保护修复
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)


def load_compose():
    spec = importlib.util.spec_from_file_location("compose", HERE / "compose.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def nk(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = nk(s)
    for w in GENERIC_WORDS:
        s = s.replace(nk(w), "\u0000")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def article_texts(a: dict, with_all=False) -> list[str]:
    t = [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
    if with_all:
        t += [a["column"], a["byline"]] + list(a["subheads"])
    return t


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    compose = load_compose()
    results = compose.build_all()

    # 1. byte-for-byte rebuild
    want = {}
    for pg, name, text, gold in results:
        want["pages/" + name] = text
        want["gold/" + name.replace(".txt", ".json")] = compose.dump_gold(gold)
    want["README.md"] = compose.readme(results)
    for rel, content in want.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh rebuild (run compose.py)")
    for sub in ("pages", "gold"):
        for f in (HERE / sub).iterdir():
            if f"{sub}/{f.name}" not in want:
                fail(f"stray file {sub}/{f.name}")

    # 2. gold format, as in the seeds
    seed_gold = json.loads(next((SHARED / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    top_keys = list(seed_gold.keys())
    art_keys = list(seed_gold["articles"][0].keys())
    kinds = {"news", "commentary", "feature", "photo", "continuation", "other"}
    for pg, name, text, gold in results:
        if list(gold.keys()) != top_keys:
            fail(f"{name}: gold keys {list(gold.keys())}")
        for a in gold["articles"]:
            if list(a.keys()) != art_keys:
                fail(f"{name}: article keys {list(a.keys())}")
            if a["kind"] not in kinds:
                fail(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fail(f"{name}: paragraph with whitespace or empty")
            for s in a["subheads"]:
                if nk(s) not in [nk(p) for p in a["paragraphs"]]:
                    fail(f"{name}: subhead not among paragraphs: {s}")

    # 3. shape  (--partial skips it while pages are being written)
    partial = "--partial" in sys.argv
    if partial:
        pass
    elif len(results) != 14:
        fail(f"{len(results)} pages")
    layouts = Counter(pg.meta["layout"] for pg, *_ in results)
    if partial:
        pass
    elif layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    years = Counter(pg.meta["date"][:4] for pg, *_ in results)
    if partial:
        pass
    elif set(years) != {"2016", "2018", "2023", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    nos = sorted(pg.meta["no"] for pg, *_ in results)
    if partial:
        pass
    elif nos != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {nos}")
    for pg, name, text, gold in results:
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != f"{pg.meta['no']}_{h}.txt" or gold["source"] != name:
            fail(f"{name}: name does not match hash")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{name}: {len(gold['articles'])} articles")
    fronts = [(pg, g) for pg, _, _, g in results if pg.meta["pageno"] == "1"]
    if partial:
        pass
    elif sorted(pg.meta["date"][:4] for pg, _ in fronts) != ["2018", "2023"]:
        fail("front pages must be one in 2018 and one in 2023")
    for pg, g in ([] if partial else fronts):
        if not (g["issue_number"] and g["page_count"] and g["extras"]):
            fail(f"front page {pg.meta['date']} lacks masthead / issue number / page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {pg.meta['date']} has no 下转2版")
        twos = [g2 for pg2, _, _, g2 in results
                if pg2.meta["date"] == pg.meta["date"] and pg2.meta["pageno"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                     for a in twos[0]["articles"]):
            fail(f"front page {pg.meta['date']} has no page 2 with 上接1版")

    # 4. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for t in article_texts(a):
                seed |= grams(blank(t))
    shared = []
    for pg, name, text, gold in results:
        for a in gold["articles"]:
            for t in article_texts(a, True):
                for gm in sorted(grams(blank(t)) & seed):
                    shared.append((name, gm))
        for t in gold["extras"]:
            for gm in sorted(grams(blank(t)) & seed):
                shared.append((name, gm))
    if shared:
        for name, gm in shared[:200]:
            print("   seed phrase", name, gm.replace("\u0000", "□"))
        fail(f"{len(shared)} runs shared with the seeds")

    # 5. perfect export, scored
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    export = {"articles": [], "sources": []}
    for pg, name, text, gold in results:
        for a in gold["articles"]:
            e = {"source": name, "issue_date": gold["issue_date"]}
            for k in ("kind", "column", "kicker", "title", "subtitle"):
                e[k] = a[k]
            e["title_derived"] = False
            for k in ("byline", "dateline", "continued", "paragraphs"):
                e[k] = a[k]
            e["subheads"] = a["subheads"]
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + pg.leftovers})
        # exact coverage with the scorer's own functions
        strings = score.strings_in([a for a in export["articles"] if a["source"] == name]) + \
            score.strings_in(export["sources"][-1])
        hay = "\u0000".join(score.squash(s) for s in strings)
        for line in text.splitlines():
            s = score.squash(line)
            if score.covered(s, hay) != len(s):
                fail(f"{name}: raw line not fully covered: {line[:40]!r}")
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True, cwd=HERE)
    print(r.stdout, end="")
    if r.returncode != 0 or r.stderr:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"\d+\.\d{3}", parts[1]):
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk spaces left")
        if parts and parts[0] == "coverage" and parts[1] != "1.000":
            fail("coverage")
    if "coverage         1.000" not in r.stdout:
        fail("coverage not printed as 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
