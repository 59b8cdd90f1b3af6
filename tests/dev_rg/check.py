#!/usr/bin/env python3
"""Verify the set: rebuild determinism, file names, gold format, shape, the
seed-phrase rule, and a perfect export scored 1.000 by the shared scorer.

    python3 compose.py && python3 check.py
"""
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
# generic words blanked before the seed-phrase comparison
GENERIC = """湖南日报 全媒体记者 全媒体评论员 通讯员 相关负责人 有关负责人 主要负责人 负责人介绍 负责人表示
湖南省 长沙市 株洲市 湘潭市 岳阳市 衡阳市 常德市 郴州市 怀化市 张家界 湘西土家族苗族自治州 湘西州
省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长 省商务厅 省工信厅 省教育厅 省应急管理厅
省发展改革委 省自然资源厅 长沙海关 省气象局 省纪委监委 省委宣传部 省人社厅 省财政厅
习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 高质量发展 现代化新湖南 三高四新
同比增长 个百分点 进出口总值 规模以上工业 新一代信息技术 人工智能 数字经济 工业互联网
社会主义现代化 中国特色社会主义 出席并讲话 在长沙召开 在长沙举行 今天 记者从 据了解 据介绍
湖南图片库 摄影报道 非物质文化遗产 代表性传承人 低温雨雪冰冻 雨雪冰冻天气 移送司法机关 应急处置能力
人力资源和社会保障厅 专精特新“小巨人” 国家科技进步奖二等奖 现代化产业体系 十四五 十五五 规划目标
新兴产业和未来产业 重要组成部分 主体责任 部门监管责任 规模工业增加值 规模以上 企业技术中心 长株潭城际铁路
西部陆海新通道 陆海新通道 怀化国际陆港 电子信息 生物医药 一氧化碳中毒 智能化管控平台 智能化管控 进出口实绩
三年行动计划 从业人员 重点行业领域 各类经营主体 深度融合 解决实际问题 专项行动 复合型人才 大数据中心
科技创新 会议强调 会议要求 会议指出 重大危险源 己内酰胺 各级各部门 近年来 我省将 我省 以来 持续到 农村电网 今年以来 截至目前 先进制造业 产业链 供应链 以旧换新 新能源汽车 乡村振兴 作风建设 专项整治
""".split()
CJK = re.compile(r"[\u3400-\u9fff]")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "■" * len(w))
    return re.sub(r"\s+", "", s)


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "■" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def main():
    pages, golds = HERE / "pages", HERE / "gold"
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(srcs) != 14:
        fail("expected 14 sources, found %d" % len(srcs))
    # 1. determinism and file names
    names = []
    for src in srcs:
        name, text, gold, info = compose.compose_page(src)
        pf, gf = pages / (name + ".txt"), golds / (name + ".json")
        if not pf.exists() or pf.read_text(encoding="utf-8") != text:
            fail("%s: page not rebuilt byte-for-byte" % name)
        if gf.read_text(encoding="utf-8") != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail("%s: gold not rebuilt byte-for-byte" % name)
        if name.split("_")[1] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fail("%s: name is not the text's hash" % name)
        names.append(name)
    if sorted(p.stem for p in pages.glob("*.txt")) != sorted(names):
        fail("stray page files")
    if sorted(p.stem for p in golds.glob("*.json")) != sorted(names):
        fail("stray gold files")
    if [n[:3] for n in sorted(names)] != ["%03d" % i for i in range(1, 15)]:
        fail("pages must be numbered 001-014")
    # 2. gold format and shape
    years, layouts, fronts, jumps = Counter(), Counter(), [], []
    all_gold = {}
    for name in sorted(names):
        g = json.loads((golds / (name + ".json")).read_text(encoding="utf-8"))
        all_gold[name] = g
        if list(g) != KEYS:
            fail("%s: gold keys %s" % (name, list(g)))
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail("%s: article keys %s" % (name, list(a)))
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail("%s: kind %s" % (name, a["kind"]))
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、（）]\s+[\u4e00-\u9fff“”，。、（）]", p):
                    fail("%s: space between CJK in a gold paragraph: %s" % (name, p[:30]))
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail("%s: subhead not in paragraphs" % name)
        text = (pages / (name + ".txt")).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail("%s: %d characters" % (name, n))
        if not 7 <= len(g["articles"]) <= 13:
            fail("%s: %d articles" % (name, len(g["articles"])))
        years[g["issue_date"][:4]] += 1
        src = compose.parse(HERE / "src" / ("p%s.txt" % name[1:3]))
        layouts[src["meta"]["layout"]] += 1
        if g["issue_number"] is not None:
            fronts.append((name, g))
        for a in g["articles"]:
            if a["continued"]:
                jumps.append((name, g["issue_date"], a["continued"]))
    if dict(years) != {"2015": 3, "2018": 4, "2022": 3, "2026": 4}:
        fail("years %s" % dict(years))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail("layouts %s" % dict(layouts))
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for _, g in fronts) != ["2018", "2026"]:
        fail("front pages must be two, in 2018 and 2026")
    for name, g in fronts:
        if not g["page_count"] or not any("号" in e for e in g["extras"]):
            fail("%s: front page without masthead" % name)
        d = g["issue_date"]
        if not any(j[1] == d and j[2].startswith("下转2版") for j in jumps if j[0] == name):
            fail("%s: front page does not jump to page 2" % name)
        if not any(j[1] == d and j[2].startswith("上接1版") for j in jumps if j[0] != name):
            fail("%s: no page 2 of the same date continues it" % name)
    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(gf.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(t))
    clashes = []
    for name, g in all_gold.items():
        for a in g["articles"]:
            for t in [a[k] for k in AKEYS[1:8]] + a["paragraphs"]:
                for x in grams(blank(t)) & seed:
                    clashes.append((name, x))
    if clashes:
        for c in sorted(set(clashes)):
            print("  seed phrase:", c)
        fail("%d runs shared with the seeds" % len(clashes))
    # 4. perfect export scored by the shared scorer
    arts, sources = [], []
    for name, g in all_gold.items():
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(golds), "--pages", str(pages), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left %s" % v)
        elif v != "1.000":
            fail("%s = %s" % (k, v))
    if "coverage         1.000" not in out:
        fail("coverage not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
