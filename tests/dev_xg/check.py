#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, perfect export scores 1.000, shape, seed-phrase rule.

Prints `check passed` when everything holds. Standard library only.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
CJK = re.compile(r"[\u3400-\u9fff]")
# Generic words blanked before the seed-phrase comparison: institutions, places, set phrases.
GENERIC = sorted("""
湖南日报 全媒体记者 记者 通讯员 相关负责人 负责人 习近平新时代中国特色社会主义思想 习近平总书记
党的二十大精神 党的十九大精神 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
高质量发展 现代化新湖南 三高四新 新发展理念 新发展格局 以人民为中心 乡村振兴 人民群众
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德市 常德 益阳市 益阳
郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底 邵阳市 邵阳 张家界市 张家界 湘西土家族苗族自治州 湘西州
长株潭 洞庭湖 湘江 长江 全省 我省 今年以来 同比增长 同比下降 百分点 亿元 万元 进出口 进出口总值 长沙海关
中欧班列 跨境电商 自贸试验区 省商务厅 省生态环境厅 省环保厅 省水利厅 省人社厅 省教育厅 省发展改革委
国家和地区 非物质文化遗产 专精特新“小巨人”企业 专精特新 工业和信息化厅 工业和信息化部 工业和信息化 国家级 产业链供应链 重要抓手 低温雨雪冰冻天气 雨雪冰冻 重要组成部分 新一代信息技术 中非经贸合作 外商投资企业 中南林业科技大学 湖南师范大学 中非经贸博览会 基础设施建设 公共文化服务 人均可支配收入 人力资源和社会保障厅 人力资源和社会保障 以钉钉子精神 党委、政府 年度目标任务 三年行动计划 生态环境保护 生态环境 轨道交通装备 工程机械 省工信厅 省农业农村厅 省财政厅 省民政厅 省卫生健康委 规模以上工业 工业增加值 先进制造业
""".split(), key=len, reverse=True)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return s


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out: set[str] = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(a.get(k) or "")
            for p in a.get("paragraphs") or []:
                out |= grams(p)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    problems: list[str] = []
    # 1. byte-for-byte rebuild
    built = compose.build(HERE)
    on_disk = {f"{d}/{p.name}" for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    if on_disk != {k for k in built if k != "README.md"}:
        problems.append("pages/ or gold/ differ in file names from a fresh build")
    for rel, content in built.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            problems.append(f"{rel} is not what compose.py builds")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        problems.append(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    seeds = seed_grams()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    shared_hits = []
    conts = []
    for n, (pg, gf, src) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{n:03d}_{h}.txt" or gf.name != f"{n:03d}_{h}.json":
            problems.append(f"bad file name {pg.name} / {gf.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            problems.append(f"{gf.name}: not indent=1 / ensure_ascii=False")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            problems.append(f"{gf.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                problems.append(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                problems.append(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    problems.append(f"{gf.name}: subhead not in paragraphs: {sh}")
            if a["continued"]:
                conts.append((g["issue_date"], a["continued"], n))
            for k in ("kicker", "title", "subtitle"):
                for x in grams(a[k]) & seeds:
                    shared_hits.append((gf.name, x))
            for p in a["paragraphs"]:
                for x in grams(p) & seeds:
                    shared_hits.append((gf.name, x))
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            problems.append(f"{pg.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            problems.append(f"{pg.name}: {len(g['articles'])} articles")
        meta = compose.parse(src.read_text(encoding="utf-8"))["meta"]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g["issue_date"], g["page_count"]))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(layouts)}")
    if years != Counter({"2015": 3, "2018": 4, "2020": 3, "2024": 4}):
        problems.append(f"years {dict(years)}")
    if sorted(d[:4] for d, _ in fronts) != ["2018", "2024"]:
        problems.append(f"front pages {fronts}")
    for date, _ in fronts:
        down = [c for d, c, _ in conts if d == date and c.startswith("下转2版")]
        up = [c for d, c, _ in conts if d == date and c.startswith("上接1版")]
        if not down or not up:
            problems.append(f"front page {date}: 下转2版/上接1版 pair missing")
    for name, x in sorted(set(shared_hits)):
        problems.append(f"{name}: shares a seed phrase {x!r}")

    # 3. perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0 or "---" in out:
        problems.append("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line.strip())
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                problems.append(f"cjk_space_left {v}")
        elif v != "None" and v != "1.000":
            problems.append(f"{k} = {v}")
    if "coverage         1.000" not in out:
        problems.append("coverage is not 1.000")

    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
