#!/usr/bin/env python3
"""Verify the dev_tr test set.  Prints `check passed` when all is well.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape (14 pages, 7 per layout, years, sizes, article counts,
   file names, front pages and their page 2, gold format);
3. the export a perfect segmenter would print (every gold article; each
   page's extras and duplicates) scores 1.000 on every figure with
   /work/shared/tools/score.py, coverage 1.000, no problem line;
4. no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (generic words blanked).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution and
# place names, set phrases of the paper
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新湖南客户端 华声在线 湖南图片库 摄影报道
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 全国两会 党的二十大
中央八项规定精神 二十届中央纪委 高质量发展 三高四新 美好蓝图 现代化新湖南
相关负责人 主要负责人 有关负责人 负责同志 出席并讲话 出席会议 在长沙召开 在长沙举行
省委常委 省委书记 省委副书记 省长 副省长 省委秘书长 省人大常委会 省政协 省政府
省工信厅 省商务厅 省教育厅 省农业农村厅 省交通运输厅 省自然资源厅 省应急管理厅
省发展改革委 省机关事务管理局 省气象局 省人社厅 省纪委监委 省委宣传部 长沙海关
湘西土家族苗族自治州 长株潭 洞庭湖 长沙市 株洲市 湘潭市 衡阳市 怀化市 郴州市
岳阳市 永州市 张家界市 天心区 同比增长 比上年增长 个百分点 规模以上工业 规模工业增加值
进出口总值 新能源汽车 先进制造业 工业互联网 数字经济 以旧换新 产业链 供应链
专精特新 小巨人 中小企业 重点项目 乡村振兴 农业农村 社会主义 新时代 全面从严治党
今年全省 今年我省 近年来 会议强调 会议指出 会议要求 会议提出 各级各部门 获悉
三年行动 行动方案 行动计划 基础设施建设 非物质文化遗产 分布式光伏 轨道交通装备
""".split()


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "#" * len(w))
    return re.sub(r"\s", "", s)


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(cjk(c) for c in w) >= 5:
            yield w


def texts(gold: dict, with_meta: bool):
    for a in gold["articles"]:
        yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
        yield from a["paragraphs"]
        if with_meta:
            yield a["byline"]
            yield a["column"]
            yield from a["subheads"]


def main():
    # 1. rebuild
    files, rows = compose.build()
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{p.name}" for p in (HERE / d).iterdir()}
        if on_disk != {k for k in files if k.startswith(d + "/")}:
            fail(f"stray files in {d}/")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    partial = "--partial" in sys.argv
    if (len(pages) != 14 or len(golds) != 14) and not partial:
        fail("need 14 pages and 14 gold files")
    layouts, years, fronts = Counter(), Counter(), []
    by_date: dict[str, list] = {}
    for i, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {pp.name} / {gp.name}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != raw:
            fail(f"{gp.name}: not in the gold files' JSON layout")
        if list(g) != KEYS or g["source"] != pp.name:
            fail(f"{gp.name}: keys or source wrong")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind {a.get('kind')}")
            if not a["paragraphs"]:
                fail(f"{gp.name}: article without paragraphs")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not among paragraphs")
        row = next(r for r in rows if r["file"] == pp.name)
        layouts[row["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((row["page"], g))
        if g["issue_number"] is not None:
            if not isinstance(g["page_count"], int):
                fail(f"{gp.name}: front page without page count")
            fronts.append(g)
    if not partial and layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in ([] if partial else YEARS.items()):
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if partial:
        fronts = []
    elif set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if not partial and sorted(f["issue_date"][:4] for f in fronts) != ["2016", "2025"]:
        fail("front pages must be in 2016 and 2025")
    for f in fronts:
        if not any(a["continued"] == "下转2版" for a in f["articles"]):
            fail(f"{f['source']}: front page does not jump to page 2")
        p2 = [g for pg, g in by_date[f["issue_date"]] if pg == "2"]
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2[0]["articles"]):
            fail(f"{f['source']}: no page 2 continuing it in the set")

    # 3. perfect export, scored
    arts, srcs = [], []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in AKEYS})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp),
                              str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in ("seg_f1", "seg_precision", "seg_recall", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000" and not (partial and (figs.get(k) == "None" or k == "coverage")):
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk spaces left in paragraphs")

    # 3b. coverage losses may only be the arrows and brackets of jump markers
    sys.path.insert(0, str(SHARED / "tools"))
    import score  # noqa: E402
    lost_total = n_total = 0
    for pp, gp in zip(pages, golds):
        g = json.loads(gp.read_text(encoding="utf-8"))
        hay = "\0".join(score.squash(s) for s in score.strings_in(g["articles"])
                         + g["extras"] + g["duplicates"])
        for line in pp.read_text(encoding="utf-8").splitlines():
            s = score.squash(line)
            lost = len(s) - score.covered(s, hay)
            n_total += len(s)
            lost_total += lost
            if lost and not re.match(r"^[▷▶▲ ]*[(（](上接|下转|紧接)", line.strip()):
                fail(f"{pp.name}: {lost} characters of {line.strip()[:30]!r} in no field")
    print(f"exact coverage {1 - lost_total / n_total:.5f} ({lost_total} marker characters "
          f"of {n_total} in no field, as in the seeds)")

    # 4. seed phrases
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8")), False):
            seed.update(windows(blank(t)))
    hits = []
    for gp in golds:
        for t in texts(json.loads(gp.read_text(encoding="utf-8")), True):
            for w in windows(blank(t)):
                if w in seed:
                    hits.append((gp.name[:3], w))
    if hits:
        for h in hits:
            print("   seed phrase:", *h)
        fail(f"{len(hits)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
