#!/usr/bin/env python3
"""Verify the dev_tq test set.  Prints `check passed` or the reasons it fails.

    python3 compose.py && python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte (recomputed here in
   memory and compared with the files on disk).
2. A perfect segmenter's export (every gold article; each page's extras and duplicates
   as its source has them) scores 1.000 on every figure of the shared scorer, coverage
   1.000, no spaces left in body text and no problem line.
3. The set's shape: 14 pages, 7 per layout, the years and front pages of the brief,
   4,500-6,500 characters and 7-13 articles a page, names from the page hash, gold in
   the seeds' exact format.
4. No run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {"2015": 3, "2017": 4, "2020": 3, "2023": 4}
FRONT_YEARS = {"2017", "2023"}
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
            "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases of the paper that any story must use
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 华声在线 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市
常德市 郴州市 永州市 怀化市 邵阳市 益阳市 娄底市 张家界市 湘西土家族苗族自治州
长株潭 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长 省工信厅
省商务厅 省林业厅 省卫生健康委 省医保局 省文化和旅游厅 省发展改革委 省财政厅
负责人说 相关负责人 主要负责人 有关负责人 负责人介绍 负责人表示 记者从 记者了解到 据了解 据介绍
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 党的二十大精神 高质量发展
三高四新 美好蓝图 同比增长 比上年增长 百分点 数字经济 人工智能 新质生产力 乡村振兴
规模以上工业 先进制造业 工业互联网 数据中心 新一代 以上 亿元 万元 万吨 万亩
在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出 会议要求 会议提出 今年以来 近年来
国家和地区 社会消费品零售总额 生态环境保护 电子信息制造业 数字产业 全国两会精神 大宗商品 数字化转型 核心竞争力 数字湖南 总算力 优秀传统文化 民生福祉 中南林业科技大学 重要抓手 公共服务平台 基础设施建设 软件和信息技术服务业 信息技术服务 轨道交通装备 中小航空发动机 疫情防控 公共文化服务 重要组成部分 经济社会 春节期间 中央八项规定精神 重点行业领域 春风行动 我省将 同比分别增长 一氧化碳中毒 非物质文化遗产 消费者 获悉 今年我省 去年我省 现代化新湖南 社会主义现代化 中部地区 国家级 省级 市州 县市区 人民群众 城陵矶
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msgs: list[str], msg: str) -> None:
    msgs.append(msg)


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "\u0000")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" in g:
            continue
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts_of(gold: dict, with_extras: bool) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
        if with_extras:
            out += [a["column"], a["byline"]] + list(a["subheads"])
    if with_extras:
        out += list(gold["extras"])
    return out


def main() -> int:
    msgs: list[str] = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 1. byte-for-byte rebuild -------------------------------------------------------
    if len(srcs) != 14:
        fail(msgs, f"expected 14 sources, found {len(srcs)}")
    expect: dict[str, tuple[str, str]] = {}
    infos = {}
    for i, path in enumerate(srcs, 1):
        text, gold, info = compose.compose(path)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        g = OrderedDict([("source", f"{name}.txt")])
        g.update(gold)
        expect[name] = (text, json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        infos[name] = info
    if sorted(p.stem for p in pages) != sorted(expect) or sorted(
            p.stem for p in golds) != sorted(expect):
        fail(msgs, "pages/ or gold/ do not hold exactly the composed files (run compose.py)")
    for name, (text, gtext) in expect.items():
        pp, gp = HERE / "pages" / f"{name}.txt", HERE / "gold" / f"{name}.json"
        if not pp.exists() or pp.read_bytes() != text.encode("utf-8"):
            fail(msgs, f"{name}.txt differs from its rebuild")
        if not gp.exists() or gp.read_bytes() != gtext.encode("utf-8"):
            fail(msgs, f"{name}.json differs from its rebuild")
        if hashlib.sha256(pp.read_bytes()).hexdigest()[:16] != name[4:]:
            fail(msgs, f"{name}: name is not the page's hash")
    readme = HERE / "README.md"
    if not readme.exists() or "@@" in readme.read_text(encoding="utf-8"):
        fail(msgs, "README.md missing or not filled")

    # 2. perfect export through the shared scorer ------------------------------------
    arts, sources = [], []
    gold_docs = {}
    for gp in golds:
        raw = gp.read_text(encoding="utf-8")
        d = json.loads(raw, object_pairs_hook=OrderedDict)
        gold_docs[gp.stem] = d
        if list(d.keys()) != TOP_KEYS:
            fail(msgs, f"{gp.name}: top-level keys {list(d.keys())}")
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(msgs, f"{gp.name}: not in the seeds' JSON layout")
        for a in d["articles"]:
            if list(a.keys()) != ART_KEYS:
                fail(msgs, f"{gp.name}: article keys {list(a.keys())}")
            if a["kind"] not in KINDS:
                fail(msgs, f"{gp.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(msgs, f"{gp.name}: whitespace in a paragraph: {p[:20]}")
            for sh in a["subheads"]:
                if squash(sh) not in [squash(p) for p in a["paragraphs"]]:
                    fail(msgs, f"{gp.name}: subhead not among paragraphs: {sh}")
            e = dict(a)
            e["source"] = d["source"]
            e["issue_date"] = d["issue_date"]
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": d["source"], "issue_date": d["issue_date"],
                        "extras": list(d["extras"]) + list(d["duplicates"])})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources},
                                  ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    figures = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(msgs, f"scorer problem line: {line.strip()}")
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fail(msgs, f"scorer figure {k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail(msgs, f"cjk_space_left = {figures.get('cjk_space_left')}")
    if r.returncode:
        fail(msgs, f"scorer exit code {r.returncode}: {r.stderr[-300:]}")

    # 3. shape -------------------------------------------------------------------------
    layouts, years = Counter(), Counter()
    fronts = []
    by_date: dict[str, list] = {}
    for name, info in infos.items():
        meta = info["meta"]
        d = gold_docs.get(name)
        if d is None:
            continue
        layouts[meta["layout"]] += 1
        years[meta["date"][:4]] += 1
        by_date.setdefault(meta["date"], []).append((meta, d, name))
        text = expect[name][0]
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(msgs, f"{name}: {n} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fail(msgs, f"{name}: {len(d['articles'])} articles")
        if d["issue_date"] != meta["date"]:
            fail(msgs, f"{name}: issue date")
        if d["issue_number"] is not None:
            fronts.append((meta, d, name))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(msgs, f"layouts {dict(layouts)}")
    if dict(years) != YEARS:
        fail(msgs, f"years {dict(years)}")
    if {m["date"][:4] for m, _, _ in fronts} != FRONT_YEARS or len(fronts) != 2:
        fail(msgs, f"front pages {[n for _, _, n in fronts]}")
    for meta, d, name in fronts:
        if meta["page"] != "1" or not d["page_count"]:
            fail(msgs, f"{name}: front page without page 1 / page count")
        if not any(a["continued"].startswith("下转2版") for a in d["articles"]):
            fail(msgs, f"{name}: front page has no 下转2版 story")
        p2 = [x for x in by_date[meta["date"]] if x[0]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版")
                             for a in p2[0][1]["articles"]):
            fail(msgs, f"{name}: its page 2 with 上接1版 is missing from the set")

    # 4. seed phrases -------------------------------------------------------------------
    seed_grams: set[str] = set()
    for gp in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(gp.read_text(encoding="utf-8"))
        for t in texts_of(d, with_extras=False):
            seed_grams |= grams(blank(t))
    shared = Counter()
    for name, d in gold_docs.items():
        for t in texts_of(d, with_extras=True):
            for g in grams(blank(t)) & seed_grams:
                shared[(name[:3], g)] += 1
    for (page, g), _ in sorted(shared.items()):
        fail(msgs, f"{page}: shares the seed phrase {g!r}")

    if msgs:
        for m in msgs:
            print("FAIL:", m)
        print(f"check failed ({len(msgs)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
