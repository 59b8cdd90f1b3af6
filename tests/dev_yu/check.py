#!/usr/bin/env python3
"""Verify the set: rebuilds it in memory and compares byte for byte, scores the
export a perfect segmenter would print, checks the set's shape and the
seed-phrase rule.  Prints `check passed` when everything holds."""
from __future__ import annotations

import datetime
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, and set phrases every story of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 华声在线 新湖南客户端 湖南图片库 新华社
中共中央 党中央 国务院 全国人大 政协 省委 省政府 省人大常委会 省政协 省委常委
省委书记 省长 副省长 秘书长 主持召开 出席并讲话 出席 讲话 强调 指出 要求 表示 介绍
省委宣传部 省发展改革委 省工信厅 省商务厅 省农业农村厅 省林业局 省林业厅 省水利厅
省生态环境厅 省自然资源厅 省应急管理厅 省气象局 省财政厅 省交通运输厅 省卫生健康委
省教育厅 省文化和旅游厅 省人社厅 省司法厅 省高级人民法院 省人民检察院 省公安厅
长沙海关 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 湖南省 湖南 全省 我省 全国 中国
洞庭湖 湘江 资水 沅水 澧水 长株潭
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的二十大
高质量发展 乡村振兴 现代化 新时代 新征程 三高四新 美好蓝图 国之大者 两个确立
两个维护 决定性意义 中央八项规定精神 全面从严治党 实施方案 重要讲话 指示批示精神
相关负责人 有关负责人 负责人 同比增长 比上年 百分点 今年以来 近年来 截至 据了解
据悉 记者从 获悉 今天 日前 近日 万亩 亿元 万元 万吨 以上 左右
规模以上工业 社会主义 人民群众 党员干部 基层 改革开放 一带一路 十四五 十五五
各级各部门 各级党委 专项整治 政府工作报告 基础设施 人力资源和社会保障厅 气象部门 天气变化 因素影响 会议透露 规模工业 工业增加值 增加值 工业经济 经济运行 新兴产业 轨道交通 会议提出 会议要求 会议强调 会议指出 生产经营单位 人均可支配收入 农村居民 农产品加工 生活污水 工作机制 农村人居环境 重大决策部署 需要注意的是 公共文化 政治责任 生态环境保护 延伸产业链 形式主义 官僚主义 服务水平 产业集群 产业链供应链 重要组成部分 工作会议 召开 综合治理
进出口 新能源汽车 民营企业 货物贸易 研发投入 内陆地区改革开放高地 智能化 绿色化 突出位置 实际困难 农产品 专项行动 常态化 长效化 非物质文化遗产 非遗代表性
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_windows():
    out = {}
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            texts = [a["kicker"] + a["title"] + a["subtitle"], a["kicker"], a["title"], a["subtitle"]]
            texts += a["paragraphs"] + a["subheads"]
            for t in texts:
                for w in windows(blank(t)):
                    out.setdefault(w, t[:30])
    return out


def main():
    # 1. rebuild byte for byte
    files, info = compose.build()
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}, {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (fname, pg, gold, stats, txt) in enumerate(info, 1):
        m = pg.meta
        if fname != f"{n:03d}_{hashlib.sha256(txt.encode('utf-8')).hexdigest()[:16]}.txt":
            fail(f"bad file name {fname}")
        raw = (HERE / "pages" / fname).read_text(encoding="utf-8")
        gtext = (HERE / "gold" / (fname[:-4] + ".json")).read_text(encoding="utf-8")
        g = json.loads(gtext)
        if list(g.keys()) != KEYS:
            fail(f"{fname}: gold keys {list(g.keys())}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != gtext:
            fail(f"{fname}: gold not in indent=1 ensure_ascii=False form")
        if g["source"] != fname:
            fail(f"{fname}: gold source {g['source']}")
        datetime.date.fromisoformat(g["issue_date"])
        chars = len(re.sub(r"\s+", "", raw))
        if not 4500 <= chars <= 6500:
            fail(f"{fname}: {chars} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{fname}: {na} articles")
        for a in g["articles"]:
            if list(a.keys()) != AKEYS:
                fail(f"{fname}: article keys {list(a.keys())}")
            if a["kind"] not in KINDS:
                fail(f"{fname}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fail(f"{fname}: paragraph with whitespace or empty: {p[:20]}")
            if a["kind"] == "commentary" and a["column"] and not 2 <= len(a["column"]) <= 6:
                fail(f"{fname}: column label length {a['column']}")
        layouts[m["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((int(m["page"]), g))
        if g["issue_number"] is not None:
            fronts.append(g)
            if g["page_count"] is None or m["page"] != "1":
                fail(f"{fname}: front page without page count")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    if set(years) != {"2015", "2018", "2022", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2015", "2022"]:
        fail("front pages must be in 2015 and 2022")
    for f in fronts:
        same = dict(by_date[f["issue_date"]])
        if 2 not in same:
            fail(f"front page {f['source']} has no page 2 in the set")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"front page {f['source']} has no 下转2版")
        if not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                   for a in same[2]["articles"]):
            fail(f"page 2 of {f['issue_date']} has no 上接1版 continuation")

    # 3. the export a perfect segmenter would print
    arts, srcs = [], []
    for fname, pg, gold, stats, txt in info:
        for a in gold["articles"]:
            b = {"source": fname, "issue_date": gold["issue_date"]}
            b.update({k: a[k] for k in AKEYS})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": fname, "issue_date": gold["issue_date"],
                     "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0 or r.stderr:
        fail("score.py failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left = " + str(figs.get("cjk_space_left")))

    # 4. seed-phrase rule
    seeds = seed_windows()
    bad = []
    for fname, pg, gold, stats, txt in info:
        for a in gold["articles"]:
            texts = [a[k] for k in ("column", "kicker", "title", "subtitle", "byline")]
            texts += [a["kicker"] + a["title"] + a["subtitle"]] + a["paragraphs"] + a["subheads"]
            for t in texts:
                for w in windows(blank(t)):
                    if w in seeds:
                        bad.append((fname[:3], w, seeds[w]))
    if bad:
        for b in sorted(set(bad)):
            print("seed phrase:", *b)
        fail(f"{len(set(bad))} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
