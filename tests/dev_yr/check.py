#!/usr/bin/env python3
"""Verify the set: rebuild check, export of a perfect segmenter scored 1.000, set shape,
and the seed-phrase rule. Prints `check passed`."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SET = Path(__file__).resolve().parent
sys.path.insert(0, str(SET))
import compose  # noqa: E402

SHARED = Path("/work/shared")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institution and place names,
# set phrases of the paper. Blanked text cannot make a shared run.
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 相关负责人 相关负责同志 负责人 习近平新时代中国特色社会主义思想
党中央 国务院 省委 省政府 省人大常委会 省政协 省人力资源和社会保障厅 工业和信息化 省人社厅 省工信厅 省民政厅
省发展改革委 省商务厅 省卫生健康委 省医保局 省住房城乡建设厅 省教育厅 省农业农村厅 省市场监管局
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德市 常德 益阳 娄底 郴州
永州 怀化 邵阳 张家界 湘西土家族苗族自治州 长株潭 高质量发展 三高四新 同比增长 比上年 增长
规模以上工业 规模以上 工业增加值 增加值 专精特新 小巨人 工程机械 先进制造业 制造业 产业链 供应链
全省 我省 今年以来 今年 去年 近年来 据了解 据介绍 记者 日前 今天 近日 获悉 介绍 表示 强调 指出
亿元 万元 万人 个百分点 以上 左右 中联重科 三一 一带一路 新湖南客户端 华声在线 湖南日报社
轨道交通装备 技工贸总收入 基础设施建设 产业集聚区 公共服务平台 创新平台 会议要求 会议强调
会议指出 清醒看到 突出位置 加大支持力度 存在一些问题 一季度 新能源 工业经济 十四五 关键核心技术 工作机制 中小航空发动机 现代化产业体系 出席会议并讲话 副省长 国家重要先进制造业高地
电子信息 生物医药 优质中小企业 服务体系 国家和地区 乡村振兴 数字化 智能化 数字经济 工业互联网 国家级 省级""".split(), key=len, reverse=True)
CJK1 = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for g in GENERIC:
        s = s.replace(g, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK1.findall(w)) >= 5:
            out.add(w)
    return out


def texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def fail(msg: str):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def main():
    pages = sorted((SET / "pages").glob("*.txt"))
    golds = sorted((SET / "gold").glob("*.json"))
    srcs = sorted((SET / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")
    # 1. rebuild in memory, byte for byte
    composed = {}
    for s in srcs:
        r = compose.compose_page(s)
        h = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16]
        name = f"{r['meta']['page']}_{h}"
        p = SET / "pages" / f"{name}.txt"
        if not p.exists() or p.read_text(encoding="utf-8") != r["text"]:
            fail(f"{s.name}: page file {name}.txt missing or differs")
        composed[name] = r
    # 2. shape
    layouts, years, fronts = Counter(), Counter(), []
    seed_grams = set()
    for sg in (SHARED / "gold").glob("*.json"):
        for t in texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed_grams |= grams(blank(t))
    by_date = {}
    for gpath in golds:
        raw = gpath.read_text(encoding="utf-8")
        g = json.loads(raw)
        name = gpath.stem
        if list(g) != KEYS:
            fail(f"{name}: key order {list(g)}")
        if raw != json.dumps(g, indent=1, ensure_ascii=False) + "\n":
            fail(f"{name}: not indent=1 / ensure_ascii=False")
        if g["source"] != name + ".txt" or not (SET / "pages" / g["source"]).exists():
            fail(f"{name}: source mismatch")
        text = (SET / "pages" / g["source"]).read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name.split("_")[1]:
            fail(f"{name}: hash in name")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind {list(a)} {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{name}: subhead not in paragraphs: {sh}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、；：？！“”（）《》]\s+[\u4e00-\u9fff，。、；：？！“”（）《》]", p):
                    fail(f"{name}: space between Chinese characters in a paragraph: {p[:30]}")
        # every printed line must belong to an article or the page's extras/duplicates
        m = composed[name]
        layouts[m["meta"]["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((m["meta"]["pageno"], g))
        if g["issue_number"] or g["page_count"]:
            fronts.append(g)
        for t in texts(g):
            hit = grams(blank(t)) & seed_grams
            if hit:
                fail(f"{name}: shares a run with the seeds: {sorted(hit)[:3]} in {t[:40]}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    if set(years) != {"2017", "2020", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2024"]:
        fail("front pages")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page without 下转2版")
        p2 = [g for pn, g in by_date[f["issue_date"]] if pn == "2"]
        if len(p2) != 1 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                   for a in p2[0]["articles"]):
            fail(f"{f['source']}: no page 2 continuing it")
    # 3. export of a perfect segmenter, scored
    export = {"articles": [], "sources": []}
    for gpath in golds:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        m = composed[gpath.stem]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + m["markers"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep),
                              str(SET / "gold"), "--pages", str(SET / "pages"), "-v"],
                             capture_output=True, text=True)
        exact = json.loads(subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score.py"), str(ep), str(SET / "gold"),
             "--pages", str(SET / "pages"), "--json"], capture_output=True, text=True).stdout.split("\nseg_f1=")[0])
    print(out.stdout, end="")
    if exact["coverage"] != 1.0:
        fail(f"coverage is {exact['coverage']!r}, not exactly 1")
    figs = {}
    for line in out.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        mm = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if mm:
            figs[mm.group(1)] = mm.group(2)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    print("check passed")


if __name__ == "__main__":
    main()
