#!/usr/bin/env python3
"""Verify the dev_uq test set; prints `check passed` when everything holds.

- compose.py output is reproduced byte-for-byte (pages/, gold/, README.md);
- the export a perfect segmenter would print (every gold article; each page's
  extras and duplicates) scores 1.000 everywhere with the shared scorer, coverage
  1.000, no problem line;
- the set has the shape the brief asks for (pages, layouts, years, front pages,
  sizes, article counts, file names, gold key order);
- no run of 6 characters holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking a short list of generic words).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL: list[str] = []


def need(ok: bool, msg: str):
    if not ok:
        FAIL.append(msg)


# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases of any Hunan Daily report
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "相关负责人", "有关负责人", "负责人介绍", "负责人表示",
    "同比增长", "同比下降", "个百分点", "万亿元", "亿元", "万元", "以上", "左右",
    "长沙海关", "省委常委", "省委书记", "副省长", "省长", "省政协", "省人大常委会",
    "省商务厅", "省工信厅", "省发展改革委", "省应急管理厅", "省气象局", "省农业农村厅",
    "湖南省", "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市", "怀化市",
    "张家界市", "益阳市", "永州市", "邵阳市", "娄底市", "湘西土家族苗族自治州", "长株潭",
    "在长沙召开", "在长沙举行", "出席并讲话", "出席会议", "习近平新时代中国特色社会主义思想",
    "党中央", "国务院", "高质量发展", "全面贯彻", "党的二十大精神", "工程机械", "三一重工",
    "中联重科", "先进制造业", "产业集群", "进出口", "数字经济", "新一代", "记者从", "获悉",
    "今年以来", "与此同时", "据了解", "据介绍", "近年来", "截至目前", "新能源汽车", "乡村振兴",
    "安全生产", "基础设施", "工业互联网", "专精特新", "小巨人", "中非经贸", "人工智能",
    "工业和信息化", "在株洲召开", "非物质文化遗产", "怀化国际陆港", "西部陆海新通道",
    "轨道交通装备", "国家重要先进制造业高地", "智赋万企", "国家和地区", "分别增长", "前两个月",
    "我省将", "负责人说", "一个缩影", "有力支撑", "重要组成部分", "网络零售额", "制造业增加值",
    "主体责任", "监管责任", "田间地头", "上下游", "协同创新", "深度融合", "体制机制",
    "数字化转型", "现代化产业体系", "公共服务", "复合型人才", "移送司法机关", "人居环境",
    "安全隐患", "全国范围内", "高端化", "智能化", "绿色化",
]
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = compose.re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u0000")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u0000" not in w and len(CJK.findall(w)) >= 5:
            yield w


def texts(gold: dict):
    for a in gold["articles"]:
        yield a["kicker"]
        yield a["title"]
        yield a["subtitle"]
        yield from a["paragraphs"]


def main():
    files = compose.build()
    # 1. reproducible
    for rel, data in files.items():
        p = HERE / rel
        need(p.exists() and p.read_bytes() == data, f"{rel} differs from compose.py output")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            need(f"{d}/{p.name}" in files, f"stray file {d}/{p.name}")

    golds = {}
    for rel, data in sorted(files.items()):
        if rel.startswith("gold/"):
            golds[rel[5:]] = json.loads(data)
    pages = {rel[6:]: data.decode("utf-8") for rel, data in files.items() if rel.startswith("pages/")}

    # 2. the perfect export scores 1.000
    arts, srcs = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], **a, "title_derived": False}
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(out.stdout, end="")
    need(out.returncode == 0, "score.py failed: " + out.stderr[-300:])
    figs = {}
    for line in out.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            FAIL.append("scorer problem line: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        need(figs.get(k) == "1.000", f"{k} = {figs.get(k)}, not 1.000")
    need(figs.get("cjk_space_left") == "0", "cjk_space_left is not 0")

    # 3. shape
    metas = {}
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        metas[n] = compose.parse_source(src)[0]
    need(len(pages) == 14 and len(golds) == 14, f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    lay = Counter(m["layout"] for m in metas.values())
    need(lay["column"] == 7 and lay["paragraph"] == 7, f"layouts {dict(lay)}")
    years = Counter(m["date"][:4] for m in metas.values())
    need(set(years) == {"2017", "2019", "2023", "2026"} and all(3 <= v <= 4 for v in years.values()),
         f"years {dict(years)}")
    fronts = [(n, m) for n, m in metas.items() if m.get("front") == "1"]
    need(sorted(m["date"][:4] for _, m in fronts) == ["2017", "2023"], "front pages must be one in 2017, one in 2023")
    key_order = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
    art_order = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
                 "subheads", "paragraphs"]
    for fname, g in golds.items():
        stem = fname[:-5]
        text = pages[stem + ".txt"]
        need(g["source"] == stem + ".txt", f"{fname}: source field")
        need(stem[4:] == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], f"{fname}: hash in name")
        need(list(g) == key_order, f"{fname}: key order")
        need(all(list(a) == art_order for a in g["articles"]), f"{fname}: article key order")
        chars = len(re.sub(r"\s+", "", text))
        need(4500 <= chars <= 6500, f"{fname}: {chars} characters")
        need(7 <= len(g["articles"]) <= 13, f"{fname}: {len(g['articles'])} articles")
        need(all(k in ("news", "commentary", "feature", "photo", "continuation", "other")
                 for k in (a["kind"] for a in g["articles"])), f"{fname}: kind")
        for a in g["articles"]:
            for sh in a["subheads"]:
                need(sh in a["paragraphs"], f"{fname}: subhead not in paragraphs")
    by_date = {}
    for n, m in metas.items():
        by_date.setdefault(m["date"], {})[m["page"]] = n
    for n, m in fronts:
        g = golds[sorted(golds)[n - 1]]
        need(g["issue_number"] and g["page_count"], f"front page {n}: issue number / page count")
        need(any(a["continued"].startswith("下转2版") for a in g["articles"]), f"front page {n}: 下转2版")
        two = by_date[m["date"]].get("2")
        need(two is not None, f"front page {n}: its page 2 is not in the set")
        if two:
            g2 = golds[sorted(golds)[two - 1]]
            need(any(a["continued"].startswith("上接1版") for a in g2["articles"]), f"page {two}: 上接1版")
    for n, m in metas.items():
        if m.get("front") != "1":
            g = golds[sorted(golds)[n - 1]]
            need(g["issue_number"] is None and g["page_count"] is None, f"page {n}: issue number on inner page")

    # 4. seed phrases
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed.update(windows(blank(t)))
    shared = Counter()
    for fname, g in golds.items():
        for t in texts(g):
            for w in windows(blank(t)):
                if w in seed:
                    shared[(fname[:3], w)] += 1
    for (f, w), c in sorted(shared.items()):
        FAIL.append(f"page {f} shares a seed phrase: {w!r}")

    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
