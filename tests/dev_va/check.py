#!/usr/bin/env python3
"""Verify the dev_va test set; prints `check passed` or the reasons it fails.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte (into a temp folder);
2. the export a perfect segmenter would print (every gold article; each page's extras and
   duplicates as the page has them) scores 1.000 on every figure of score.py, coverage
   1.000, cjk_space_left 0, and no problem line;
3. the set's shape: 14 pages, 7 per layout, years, front pages and their page 2s,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format;
4. no run of 6 characters holding >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
"""
from __future__ import annotations

import filecmp
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2019", "2025"}

# generic words blanked before the seed-phrase comparison: institution and place names,
# set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 记者 评论员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平总书记 习近平 总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委
副省长 省长 书记 副书记 秘书长
高质量发展 现代化新湖南 社会主义现代化 新时代 三高四新 两个确立 两个维护 国之大者
省工信厅 省商务厅 省教育厅 省农业农村厅 省生态环境厅 省应急管理厅 省气象局 省发展改革委
省自然资源厅 省人社厅 省财政厅 省水利厅 省交通运输厅 省机关事务管理局 省委宣传部 省纪委监委
规模以上工业 规模以上 先进制造业 制造业集群 产业集群 工程机械 新一代 人工智能 数字经济
专精特新 小巨人 以旧换新 乡村振兴 农业农村 党风廉政建设 中央八项规定
湖南省 全省 全国 长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 怀化市 永州市
益阳市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化
永州 益阳 娄底 邵阳 张家界 湘西 湖南 中国 国家
我省 获悉 移送司法机关 办理时限 出席会议并讲话 出席并讲话 增加值 轨道交通装备 工业互联网
智能制造 数字化 各级各部门 一个缩影 海关 基础设施 人均可支配收入 可支配收入 主体责任 支持力度
高层次人才 智能装备 新能源汽车 生产经营单位 隐患排查 工业和信息化 重大危险源 应急管理部门 应急管理 产业链供应链 电子信息 生物医药 行业领域 在长沙召开 在长沙举行 高端化 智能化 绿色化 技术合同成交额 生态环境 生活污水 重要组成部分 应急处置 监测预警 湖南大学 中南大学 湖南师范大学 湖南农业大学 同比增长 比上年增长 个百分点 今年以来 近年来 与此同时 据了解 据悉 会议强调 会议指出 会议要求
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\u25a1")
    return s


def grams(s: str):
    s = re.sub(r"\s+", "", blank(s))
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def gold_texts(g: dict):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        yield from a["paragraphs"]


def src_meta(path: Path) -> dict:
    meta = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            break
        if line.startswith("#") or not line.strip():
            continue
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh compose: {set(a) ^ set(b)}")
            for name in a:
                if not filecmp.cmp(HERE / sub / name, Path(tmp) / sub / name, shallow=False):
                    fail(f"{sub}/{name} differs from a fresh compose")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail("README.md differs from a fresh compose")

    # 3. shape
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages, gold files and sources, got {len(pages)}, {len(golds)}, {len(srcs)}")
    layouts, years = Counter(), Counter()
    fronts = []
    by_date = {}
    for n, (pg, gf, sp) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(pg.read_bytes()).hexdigest()[:16]
        if pg.name != f"{n:03d}_{h}.txt" or gf.name != f"{n:03d}_{h}.json":
            fail(f"bad file names {pg.name} / {gf.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != raw:
            fail(f"{gf.name}: not in the seeds' JSON layout (indent=1, ensure_ascii=False)")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{gf.name}: key order differs from the seeds' gold")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source is {g['source']}")
        for a in g["articles"]:
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if re.sub(r"\s", "", sh) not in [re.sub(r"\s", "", p) for p in a["paragraphs"]]:
                    fail(f"{gf.name}: subhead {sh!r} not among the paragraphs")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters (want 4,500-6,500)")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles (want 7-13)")
        meta = src_meta(sp)
        if meta["date"] != g["issue_date"]:
            fail(f"{pg.name}: issue date mismatch")
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((meta, g))
        if g["issue_number"] or g["page_count"]:
            fronts.append((meta, g))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)} (want 7 column, 7 paragraph)")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    if sorted(m["date"][:4] for m, _ in fronts) != sorted(FRONT_YEARS):
        fail("want one front page in 2019 and one in 2025")
    for meta, g in fronts:
        if meta.get("page") != "1" or not g["extras"]:
            fail(f"front page {g['source']}: page 1 with masthead extras expected")
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not downs:
            fail(f"front page {g['source']}: no story jumps to page 2")
        p2 = [gg for mm, gg in by_date[g["issue_date"]] if mm.get("page") == "2"]
        if len(p2) != 1:
            fail(f"front page {g['source']}: its page 2 is not in the set")
        ups = [a for a in p2[0]["articles"] if a["continued"].startswith("上接1版")]
        if len(ups) < len(downs):
            fail(f"{p2[0]['source']}: {len(downs)} jumps from page 1 but {len(ups)} continuations")

    # 4. seed phrases
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in gold_texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed.update(grams(t))
    shared = []
    for gf in golds:
        for t in gold_texts(json.loads(gf.read_text(encoding="utf-8"))):
            for gm in grams(t):
                if gm in seed:
                    shared.append((gf.name[:3], gm))
    if shared:
        for name, gm in shared[:40]:
            print("   seed phrase", name, gm)
        fail(f"{len(shared)} runs shared with the seeds")

    # 2. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode:
        fail("score.py failed: " + res.stderr)
    problems = [ln for ln in out.splitlines() if ln.startswith("---") or ln.startswith("    ")]
    if problems:
        fail("score.py listed problems")
    figures = dict(ln.split(None, 1) for ln in out.splitlines() if ln and not ln.startswith("seg_f1="))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k, "").strip() != "1.000":
            fail(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left", "").strip() != "0":
        fail(f"cjk_space_left = {figures.get('cjk_space_left')}")
    print("check passed")


if __name__ == "__main__":
    main()
