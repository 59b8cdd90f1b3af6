#!/usr/bin/env python3
"""Verify the set: rebuild, compare byte for byte, score a perfect export,
check the shape of the set and the seed-phrase rule.  Prints `check passed`."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
PARTIAL = bool(os.environ.get("PARTIAL"))   # while writing: skip the set-level counts
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# generic words blanked before the seed-phrase comparison: institution and place
# names, set phrases of the paper
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 新华社 相关负责人 负责人 有限公司 有限责任公司
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 秘书长 省发展改革委 省工信厅 省商务厅 省教育厅 省科技厅
省文化和旅游厅 省体育局 省卫生健康委 省交通运输厅 省农业农村厅 省应急管理厅 省自然资源厅 省气象局
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 郴州 永州 怀化 娄底 邵阳 益阳 醴陵 株洲市 衡阳市 岳阳市 常德市 郴州市
湘西土家族苗族自治州 湘西 长株潭 中南大学 湖南大学 湖南师范大学 国家级 省级 市州 县市区 高质量发展
同比增长 同比下降 比上年增长 个百分点 万元 亿元 今年以来 据了解 据悉 近年来 与此同时 近日 日前 记者从 获悉
非物质文化遗产 公共图书馆 轨道交通装备 轨道交通 航空航天 人工智能 关键核心技术
高新技术企业 高新技术 技术合同成交额 规模以上工业 增加值 核心竞争力 各级各部门 科技创新 新一代 社会消费品零售总额 人均可支配收入 进出口总额 农村居民 城镇居民 新能源汽车 人力资源和社会保障 技工贸总收入 以旧换新 一带一路 进出口总值 进出口 民营企业 一氧化碳中毒 分布式光伏
文旅广电体育局 微信公众号 出席 讲话 强调 指出 要求 会议 召开 举行 在长沙 全省 我省 副主任 主任 党组书记 新湖南 现代化
""".split()


def squash(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s):
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def check_set_shape(results):
    if len(results) != 14:
        fail("need 14 pages")
    layouts = Counter(r["meta"]["layout"] for r in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    years = Counter(r["meta"]["date"][:4] for r in results)
    if set(years) != {"2016", "2019", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    fronts = [r for r in results if r["gold"]["issue_number"]]
    if len(fronts) != 2 or sorted(r["meta"]["date"][:4] for r in fronts) != ["2019", "2024"]:
        fail("two front pages, 2019 and 2024")
    for fr in fronts:
        if not fr["gold"]["page_count"] or not fr["gold"]["extras"]:
            fail("front page without page count or masthead")
        if not any(a["continued"].startswith("下转2版") for a in fr["gold"]["articles"]):
            fail("front page without 下转2版")
        p2 = [r for r in results if r["meta"]["date"] == fr["meta"]["date"] and r["meta"]["pageno"] == "2"]
        if len(p2) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                   for a in p2[0]["gold"]["articles"]):
            fail(f"page 2 of {fr['meta']['date']} missing or without 上接1版")
    puncts = Counter(r["meta"]["punct"] for r in results)
    if len(puncts) != 3:
        fail(f"punctuation widths {puncts}")


def main():
    # 1. rebuild byte for byte
    before = {p.name: p.read_bytes() for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    before["README.md"] = (HERE / "README.md").read_bytes()
    results = compose.compose_all(write=False)
    want = {}
    for r in results:
        want[r["base"] + ".txt"] = r["text"].encode("utf-8")
        want[r["base"] + ".json"] = (json.dumps(r["gold"], ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for k, v in want.items():
        if before.get(k) != v:
            fail(f"{k} differs from a fresh composition (run compose.py)")
    if before["README.md"] != compose.readme_text(results).encode("utf-8"):
        fail("README.md differs from a fresh composition (run compose.py)")
    if set(before) - set(want) - {"README.md"}:
        fail(f"stray files: {sorted(set(before) - set(want) - {'README.md'})}")

    # 2. shape of the set
    if not PARTIAL:
        check_set_shape(results)
    for r in results:
        g = r["gold"]
        name = r["base"] + ".txt"
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name):
            fail(name)
        n = len(compose.nows(r["text"]))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if list(g) != KEYS:
            fail(f"{name}: keys")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{name}: whitespace in a paragraph")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{name}: subhead not among paragraphs")

    # 3. seed-phrase rule
    seedwin = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(gf.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seedwin |= windows(blank(squash(t)))
    bad = []
    for r in results:
        for a in r["gold"]["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(squash(t))):
                    if w in seedwin:
                        bad.append((r["src"], w))
    if bad:
        for b in bad[:40]:
            print("seed phrase:", *b)
        fail(f"{len(bad)} runs shared with the seeds")

    # 4. perfect export and the scorer
    export = {"articles": [], "sources": []}
    for r in results:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update(a)
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + r["marks"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v", "--json"],
                             capture_output=True, text=True)
    print(out.stdout.strip())
    if out.returncode != 0 or "---" in out.stdout:
        fail("scorer reported problems")
    js = json.loads(out.stdout[out.stdout.index("{"):out.stdout.rindex("}") + 1])
    for k, v in js.items():
        if isinstance(v, float) and round(v, 3) != 1.0:
            fail(f"{k} = {v:.4f}")
    if round(js["coverage"], 3) != 1.0 or js["cjk_space_left"] != 0:
        fail("coverage / cjk spaces")
    print("check passed")


if __name__ == "__main__":
    main()
