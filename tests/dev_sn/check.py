#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, shape, gold format, perfect-export
score of 1.000 everywhere, and no phrase borrowed from the seeds' gold text.
Prints `check passed`."""
from __future__ import annotations

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

TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2017", "2021"}

# generic words blanked before the seed-phrase comparison: institution and
# place names, titles and set phrases that any report in the paper uses
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 记者 相关负责人 有关负责人 负责人
中共中央 党中央 国务院 中央政治局 全国人大 全国政协 省委 省政府 省人大常委会 省人大 省政协 省纪委监委
省委常委 省委书记 省委副书记 副省长 省长 秘书长 副主任 副主席 主席 党组书记
省发展改革委 省工信厅 省商务厅 省农业农村厅 省农委 省医保局 省卫生健康委 省文化和旅游厅 省财政厅
省交通运输厅 省自然资源厅 省生态环境厅 省市场监管局 省应急管理厅 海关总署 长沙海关 省气象局 省教育厅
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的二十大 党的十八大 党的十九大
中国特色社会主义 社会主义现代化新湖南 社会主义现代化 现代化新湖南 三高四新 美好蓝图 战略定位和使命任务
高质量发展 高水平开放 现代化产业体系 先进制造业 新质生产力 乡村振兴 全面从严治党 作风建设
非物质文化遗产 非遗 国家和地区 分别增长 西部陆海新通道 国际陆港 工作会议 博览会 领导小组 产业集聚区 研发投入 公共服务平台 农产品加工业 规模性返贫 形式主义 官僚主义 新一代信息技术 十四五 十三五 基础设施 进出口总额 进出口总值 产业链 同比分别增长 农村人居环境 生活污水 三年行动计划 各级各部门 道路交通安全 人力资源和社会保障厅 省人社厅 雨雪冰冻天气 轨道交通装备 中央八项规定精神 两个确立 两个维护 国之大者 一带一路 中非经贸博览会 中非经贸 湘粤非铁海联运
同比增长 同比下降 环比增长 环比下降 个百分点 亿元 万元 万吨 以上 左右 今年以来 截至 据介绍 据了解
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西 长株潭 湘江 洞庭湖 岳麓山 浏阳 宁乡 望城区 天心区 开福区 雨花区 芙蓉区
全省 我省 各市州 市州 县市区 今天 近日 日前 目前 记者从 获悉 召开 举行 出席 讲话 强调 指出 要求 表示
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)
CJKRE = re.compile(r"[\u3400-\u9fff]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for w in GENERIC_WORDS:
        s = s.replace(w, "□")
    return s


def grams(s: str):
    s = norm(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if CJKRE.match(c)) >= 5:
            yield g


def texts(gold):
    for a in gold["articles"]:
        yield from (a["kicker"], a["title"], a["subtitle"])
        yield from a["paragraphs"]


def fail(msg):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def main():
    files, infos = compose.build()
    # 1. rebuild is byte-identical
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    if on_disk != {k for k in files if k != "README.md"}:
        fail(f"pages/gold on disk differ from a rebuild: {sorted(on_disk ^ set(files))[:5]}")
    for rel, content in files.items():
        if (HERE / rel).read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a rebuild (run compose.py)")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    golds = {}
    layouts = Counter()
    years = Counter()
    by_date = {}
    for i, (p, info) in enumerate(zip(pages, infos), 1):
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + ".txt"
        if p.name != want:
            fail(f"{p.name}: name should be {want}")
        gp = HERE / "gold" / (p.stem + ".json")
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if graw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g) != TOP_KEYS:
            fail(f"{gp.name}: key order {list(g)}")
        if g["source"] != p.name:
            fail(f"{gp.name}: source {g['source']}")
        for a in g["articles"]:
            if list(a) != ART_KEYS:
                fail(f"{gp.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh.replace(" ", "") not in [x.replace(" ", "") for x in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {sh!r} not among the paragraphs")
            for para in a["paragraphs"]:
                if re.search(r"[\u3400-\u9fff“”，。、；：（）]\s+[\u3400-\u9fff“”，。、；：（）]", para):
                    fail(f"{gp.name}: space between CJK in a paragraph: {para[:30]}")
        golds[p.name] = g
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        layouts[info["layout"]] += 1
        y = g["issue_date"][:4]
        years[y] += 1
        by_date.setdefault(g["issue_date"], []).append((info, g))
        # bylines by year: 记者 before 2019, 全媒体记者 after
        for a in g["articles"]:
            who = a["dateline"] + " " + a["byline"]
            if int(y) < 2019 and "全媒体" in who:
                fail(f"{p.name}: 全媒体 before 2019: {who}")
            if int(y) >= 2019 and re.search(r"湖南日报[^ ]*讯[（(]记者", who):
                fail(f"{p.name}: bare 记者 in a {y} dateline: {who}")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages in {y}")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    fronts = [(info, g) for info, g in ((i, golds[i["file"]]) for i in infos) if g["issue_number"]]
    if sorted(g["issue_date"][:4] for _, g in fronts) != sorted(FRONT_YEARS):
        fail("front pages: want one in 2017 and one in 2021")
    for info, g in fronts:
        if not g["page_count"] or not g["extras"] or info["pageno"] != "1":
            fail(f"{info['file']}: front page without masthead / page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{info['file']}: front page jumps nowhere")
        p2 = [x for x in by_date[g["issue_date"]] if x[0]["pageno"] == "2"]
        if not p2:
            fail(f"{info['file']}: its page 2 is not in the set")
        n_out = sum(1 for a in g["articles"] if a["continued"].startswith("下转2版"))
        n_in = sum(1 for a in p2[0][1]["articles"]
                   if a["kind"] == "continuation" and re.match(r"(上|紧)接1版", a["continued"]))
        if n_in != n_out:
            fail(f"{info['file']}: {n_out} jumps out, {n_in} continuations on page 2")

    # 3. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ART_KEYS})
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        ep = fh.name
    r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), ep, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(ep).unlink()
    print(r.stdout.rstrip())
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # 4. no phrase of the seeds' gold headlines and paragraphs
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed.update(grams(t))
    hits = []
    for name, g in golds.items():
        for t in texts(g):
            for gr in grams(t):
                if gr in seed:
                    hits.append((name[:3], gr))
    if hits:
        for h in sorted(set(hits)):
            print("   seed phrase:", *h)
        fail(f"{len(set(hits))} runs of 6 shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
