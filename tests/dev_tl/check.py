#!/usr/bin/env python3
"""Verify the dev_tl test set; prints `check passed` when everything holds.

- the files on disk are exactly what compose.py builds (byte for byte);
- names, gold format (indent=1, key order), counts and shape of the set;
- no 6-character run (>= 5 Chinese characters) shared with the seeds' gold
  headlines and paragraphs, after blanking a short list of generic words;
- the export a perfect segmenter would print scores 1.000 on every figure.
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

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any page of the paper prints.
GENERIC = """
湖南日报 全媒体记者 通讯员 全媒体评论员 评论员 新湖南客户端 华声在线 新华社
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 中央八项规定精神 党的二十大精神
省委常委 省委书记 省委副书记 省委秘书长 省人大常委会 省政协副主席 省政协 省政府 副省长 省长
省工信厅 省商务厅 省发展改革委 省交通运输厅 省卫生健康委 省农业农村厅 省文化和旅游厅 省应急管理厅
省教育厅 省公安厅 省财政厅 省人社厅 省市场监管局 省药监局 长沙海关 省气象局 省科技厅 省民政厅
高质量发展 相关负责人 有关负责人 同比增长 比上年增长 规模以上工业 规模以上 工业增加值 社会消费品零售总额
进出口总值 先进制造业 生物医药 乡村振兴 新能源汽车 工程机械 人工智能 数字经济 产业链
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西
浏阳市 浏阳 醴陵 南岳区 天心区 开福区 雨花区 岳麓区 望城区 长株潭 湘江 洞庭湖
今年以来 近年来 有限公司 农村人居环境 农产品加工业 落实主体责任 人力资源和社会保障厅 非物质文化遗产 非遗代表性传承人 代表性传承人 三年行动计划 公共服务平台 产业集聚区 今年 去年 我省 全省 今天 前两个月 道路交通安全 同比分别增长 国家和地区 召开 介绍 据了解 据介绍 记者从 获悉 日前 近日 会议强调 会议指出 会议要求 会议提出 出席并讲话
""".split()


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\n")
    return s


def runs6(s: str) -> set[str]:
    out = set()
    for part in blank(s).split("\n"):
        for i in range(len(part) - 5):
            r = part[i:i + 6]
            if sum(1 for ch in r if "\u4e00" <= ch <= "\u9fff") >= 5:
                out.add(r)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        yield from a.get("paragraphs") or []


def main():
    files, rows, marks, metas = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    if on_disk != {k for k in files if k != "README.md"}:
        fail(f"pages/gold differ from a rebuild: {sorted(on_disk ^ set(files))[:5]}")
    for rel, content in files.items():
        if (HERE / rel).read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from what compose.py builds")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    partial = "--partial" in sys.argv      # while writing: skip the whole-set counts
    if not partial and (len(pages) != 14 or len(golds) != 14):
        fail(f"need 14 pages and 14 gold files, have {len(pages)} and {len(golds)}")

    # 2. names, format, shape
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt" or g.stem != p.stem:
            fail(f"bad name {p.name} / {g.name}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if list(gold) != KEYS or json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{g.name}: not in the gold format")
        if gold["source"] != p.name:
            fail(f"{g.name}: source field")
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{g.name}: article keys/kind {list(a)} {a['kind']}")
            if any(re.search(r"[\u4e00-\u9fff“”，。]\s+[\u4e00-\u9fff“”，。]", x) for x in a["paragraphs"]):
                fail(f"{g.name}: space left between Chinese characters in a gold paragraph")
            for sh in a["subheads"]:
                if re.sub(r"\s", "", sh) not in [re.sub(r"\s", "", x) for x in a["paragraphs"]]:
                    fail(f"{g.name}: subhead not among paragraphs: {sh}")
        n = len(gold["articles"])
        chars = len(re.sub(r"\s+", "", text))
        if not 7 <= n <= 13:
            fail(f"{p.name}: {n} articles (need 7-13)")
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters (need 4500-6500)")
        m = metas[p.name]
        layouts[m["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], {})[int(m["page"])] = (p.name, gold)
        if gold["issue_number"] is not None:
            if gold["page_count"] is None or int(m["page"]) != 1:
                fail(f"{p.name}: a front page needs issue number and page count")
            fronts.append((gold["issue_date"], gold))
    if partial:
        pass
    elif layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if partial:
        pass
    elif set(years) != {"2015", "2017", "2020", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if partial:
        pass
    elif sorted(d[:4] for d, _ in fronts) != ["2015", "2020"]:
        fail(f"front pages {[d for d, _ in fronts]}")
    for date, gold in fronts:
        if not any(a["continued"].startswith("下转2版") for a in gold["articles"]):
            fail(f"front page {date} has no 下转2版 story")
        p2 = by_date[date].get(2)
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2[1]["articles"]):
            fail(f"front page {date} has no page 2 continuation in the set")

    # 3. seed-phrase rule
    seed_runs = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(sg.read_text(encoding="utf-8"))):
            seed_runs |= runs6(t)
    shared = []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for t in texts_of(gold):
            hit = runs6(t) & seed_runs
            if hit:
                shared.append((g.name[:3], sorted(hit)[:3], t[:30]))
    if shared:
        for s in shared[:30]:
            print("  shared with seeds:", s)
        fail(f"{len(shared)} texts share a 6-character run with the seeds")

    # 4. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            b = {"source": gold["source"], "issue_date": gold["issue_date"]}
            b.update({k: v for k, v in a.items()})
            b["title_derived"] = False
            export["articles"].append(b)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + marks[gold["source"]]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0 or "--- " in out or res.stderr.strip():
        fail("scorer reported problems")
    for line in out.splitlines():
        k, _, v = line.partition(" ")
        v = v.strip()
        if k in ("articles_gold", "articles_pred", "seg_f1=") or k.startswith("seg_f1="):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
        elif v not in ("1.000", "None"):
            fail(f"{k} = {v}")
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
