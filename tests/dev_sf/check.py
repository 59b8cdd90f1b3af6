#!/usr/bin/env python3
"""Verify the dev_sf test set; prints `check passed` when every test holds."""
from __future__ import annotations

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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SEEDS = Path("/work/shared/gold")
SCORE = Path("/work/shared/tools/score.py")
YEARS = {"2016", "2018", "2021", "2026"}
# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases every Hunan Daily page uses
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 新湖南客户端 华声在线 相关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 中国特色社会主义 习近平 党中央 国务院 省委 省政府 省人大常委会
省政协 省工信厅 省商务厅 省教育厅 省农业农村厅 省生态环境厅 省文化和旅游厅 省人社厅 省委书记
副省长 省长 长沙海关 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 邵阳 永州 益阳 娄底 张家界 湘西
湘江 洞庭湖 湖南省 湖南 全省 我省 今年以来 同比增长 进出口 工程机械 一带一路 先进制造业
高质量发展 新型工业化 现代化 产业集群 在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出
会议要求 记者今天从 获悉 今天 近日 日前 前两个月 个百分点 万亿元 亿元 万元 以上 左右
三年行动计划 比上年增长 基础设施建设 非物质文化遗产 轨道交通装备 中小航空发动机 长株潭城际铁路
开放型经济 工作会议 土家族苗族自治州 中非经贸 国际陆港 产业链上下游 新能源汽车 进出口实绩 智能制造
乡村振兴 广大党员干部 生态环境保护 优秀传统文化 走出去 生活污水 指明了方向 也要清醒看到 农产品加工
源源不断 作出明确规定 一个缩影 气象部门 中国 全国 国家 统计数据 数据显示 规模以上 工业增加值 新三样 老三样 高水平 人民群众
""".split()
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return s


def windows(s):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def texts(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    files, _, _ = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build")
    for d in ("pages", "gold"):
        extra = {f"{d}/{f.name}" for f in (HERE / d).iterdir()} - set(files)
        if extra:
            fail(f"stray files {sorted(extra)}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = [json.loads((HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")) for p in pages]

    # 2. shape of the set
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    srcs = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = compose.parse(src.read_text(encoding="utf-8"))[0]
        srcs[pg["no"]] = pg
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        no, h = p.stem.split("_")
        text = p.read_text(encoding="utf-8")
        if no != f"{i:03d}" or h != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fail(f"{p.name}: bad file name")
        if g["source"] != p.name:
            fail(f"{p.name}: gold source field")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        layouts[srcs[no]["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g, srcs[no]))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{p.name}: gold key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{p.name}: article key order")
            if a["kind"] not in {"news", "commentary", "feature", "photo", "continuation", "other"}:
                fail(f"{p.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{p.name}: subhead not in paragraphs")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    if set(years) != YEARS or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != ["2018", "2026"]:
        fail("front pages must be in 2018 and 2026")
    for g, pg in fronts:
        if not g["page_count"] or pg["pageno"] != "1":
            fail("front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail("front page without a jump to page 2")
        twos = [g2 for g2, p2 in zip(golds, pages) if g2["issue_date"] == g["issue_date"]
                and srcs[p2.stem[:3]]["pageno"] == "2"]
        if not twos or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                               for a in twos[0]["articles"]):
            fail("front page's page 2 missing or without 上接1版")

    # every gold text is printed on its page (reverse coverage, as the scorer measures it)
    sys.path.insert(0, str(SCORE.parent))
    import score  # noqa: E402
    for p, g in zip(pages, golds):
        hay = "\0".join(score.squash(l) for l in p.read_text(encoding="utf-8").splitlines())
        for a in g["articles"]:
            for t in [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"]:
                s = score.squash(t)
                if len(s) - score.covered(s, hay) > 3:   # a scrap of <4 at a line end is unfindable
                    fail(f"{p.name}: gold text not printed: {t[:30]}")
        whole = score.squash(p.read_text(encoding="utf-8"))
        for t in g["extras"] + g["duplicates"]:
            if score.squash(t) not in whole:
                fail(f"{p.name}: extra/duplicate not printed: {t[:30]}")

    # 3. seed-phrase rule
    seedwin = set()
    for f in sorted(SEEDS.glob("*.json")):
        for t in texts(json.loads(f.read_text(encoding="utf-8"))):
            seedwin.update(windows(blank(t)))
    for p, g in zip(pages, golds):
        for t in texts(g):
            hit = [w for w in windows(blank(t)) if w in seedwin]
            if hit:
                fail(f"{p.name}: shares {hit[:5]} with the seeds")

    # 4. a perfect export scores 1.000 everywhere
    arts, sources = [], []
    for p, g in zip(pages, golds):
        for a in g["articles"]:
            e = {"source": p.name, "issue_date": g["issue_date"]}
            e.update({k: v for k, v in a.items() if k != "subheads"})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": p.name, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk spaces left")
        elif v != "None" and v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
