#!/usr/bin/env python3
"""Verify the set: rebuild, shape, seed-phrase rule, perfect export scored 1.000.

    python3 check.py        -> prints `check passed`
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2015", "2017", "2020", "2024"}
FRONT_YEARS = {"2017", "2024"}

# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = sorted("""
非物质文化遗产 关键核心技术 专精特新“小巨人” 专精特新 生态环境保护 一氧化碳中毒 落实主体责任 隐患排查整治 新能源汽车 规模以上工业增加值 规模以上工业 规模工业增加值 工业增加值 工业和信息化 重要组成部分 人均可支配收入 创造性转化 创新性发展 中南大学 湖南大学 湖南师范大学 公共文化服务 三年行动计划 公共服务平台 先进储能材料 工程研究中心 并讲话 湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 相关负责人 有关负责人 负责人 主要负责人
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十八大 党中央 国务院
中共中央 省委常委 省委书记 副省长 省长 省委 省政府 省人大常委会 省政协 省纪委监委 政协 人大
湖南省 湖南 我省 全省 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江 中国 全国 国家 北京 新华社
高质量发展 现代化 新湖南 三高四新 先进制造业 乡村振兴 新型工业化 战略性新兴产业 产业链 供应链
同比增长 个百分点 亿元 万元 万吨 万亩 今年以来 据了解 据悉 记者从 记者了解到 介绍 表示 今天 近日 日前
会议强调 会议指出 会议要求 会上 强调 指出 要求 出席 召开 举行 开幕 调研 座谈会 工作会议 推进会
进一步 加快 推动 推进 持续 深入 坚持 围绕 聚焦 着力 不断 切实 全面 积极 扎实 有效 加强 提升
以来 目前 其中 同时 此外 下一步 一批 一系列 各级 各地 各部门 相关部门 工作 发展 建设 企业 项目
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if CJK.match(c)) >= 5:
            out.add(g)
    return out


def article_texts(a: dict) -> list[str]:
    return [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    built = compose.build()
    # 1. byte-for-byte rebuild
    want_pages = {fname: text for _, _, text, fname, _ in built}
    want_gold = {fname.replace(".txt", ".json"): json.dumps(g, ensure_ascii=False, indent=1) + "\n"
                 for _, _, _, fname, g in built}
    have_pages = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "pages").glob("*")}
    have_gold = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "gold").glob("*")}
    if have_pages != want_pages:
        fail("pages/ differs from a fresh rebuild (run compose.py)")
    if have_gold != want_gold:
        fail("gold/ differs from a fresh rebuild (run compose.py)")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(built):
        fail("README.md differs from a fresh rebuild")

    # 2. shape
    if len(built) != 14:
        fail(f"{len(built)} pages, want 14")
    layouts = Counter(pg.meta["layout"] for _, pg, *_ in built)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for *_, g in built)
    if set(years) != YEARS or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {dict(years)}")
    fronts = []
    for nnn, pg, text, fname, g in built:
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if fname != f"{nnn}_{h}.txt" or g["source"] != fname:
            fail(f"{fname}: name/hash")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{fname}: gold key order")
        n = compose.nows(text)
        if not 4500 <= n <= 6500:
            fail(f"{fname}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{fname}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if a["kind"] not in compose.KINDS:
                fail(f"{fname}: kind {a['kind']}")
            if not all(s in a["paragraphs"] for s in a["subheads"]):
                fail(f"{fname}: subhead not among paragraphs")
        if g["issue_number"]:
            fronts.append((g, pg))
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS:
        fail("front pages")
    for g, pg in fronts:
        if pg.meta["page"] != "1" or not g["page_count"]:
            fail("front page metadata")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail("front page without 下转2版")
        p2 = [g2 for _, pg2, _, _, g2 in built
              if g2["issue_date"] == g["issue_date"] and pg2.meta["page"] == "2"]
        if len(p2) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                   for a in p2[0]["articles"]):
            fail(f"page 2 of {g['issue_date']}")

    # 3. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(f.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for t in article_texts(a):
                seed |= grams(blank(compose.unicodedata_nfkc(t)))
    hits = []
    for *_, fname, g in built:
        for a in g["articles"]:
            for t in article_texts(a) + [a["byline"], a["column"]]:
                for gm in grams(blank(compose.unicodedata_nfkc(t))):
                    if gm in seed:
                        hits.append((fname[:3], gm))
    if hits:
        fail("phrases shared with the seeds: " + " ".join(f"{f}:{g}" for f, g in sorted(set(hits))))

    # 4. the export a perfect segmenter would print, scored
    arts, srcs = [], []
    for nnn, pg, text, fname, g in built:
        aids = list(pg.arts)
        for aid, a in zip(aids, g["articles"]):
            d = {"source": fname, "issue_date": g["issue_date"]}
            d.update(a)
            d["title_derived"] = False
            d["markers_raw"] = pg.markers.get(aid, [])     # jump markers as printed
            arts.append(d)
        srcs.append({"source": fname, "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode or r.stderr:
        fail("scorer failed: " + r.stderr)
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            fail("problem line: " + ln)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", ln)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")
    if "coverage         1.000" not in out:
        fail("coverage")
    print("check passed")


if __name__ == "__main__":
    main()
