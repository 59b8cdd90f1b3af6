#!/usr/bin/env python3
"""Verify the dev_sg set; prints `check passed`.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py (coverage 1.000, no problem line, cjk_space_left 0);
3. the set's shape (pages, layouts, years, front pages, sizes, article counts, names);
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
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
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2017": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}
# generic words blanked before the shared-phrase test: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 负责人表示 有限公司 有限责任公司 省委常委
省委书记 副省长 省长 省政府 省委 省政协 省人大常委会 常委会 人民政府 发展改革委 工业和信息化
工信厅 商务厅 农业农村厅 卫生健康委 卫健委 文化和旅游厅 自然资源厅 应急管理厅 市场监管局
省气象局 长沙海关 海关总署 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 张家界市 益阳市 郴州市
永州市 怀化市 娄底市 邵阳市 湘西土家族苗族自治州 湘西州 中南林业科技大学 中南大学 湖南大学 非物质文化遗产 非遗代表性传承人 规模工业增加值 工业增加值 工业经济运行 长株潭 长沙 株洲 湘潭 衡阳 岳阳 常德
张家界 益阳 郴州 永州 怀化 娄底 邵阳 湘西 湖南 全省 我省 今年以来 同比增长 同比下降 比上年增长
高质量发展 出席并讲话 出席会议 在长沙召开 在长沙举行 党中央 国务院 习近平总书记
新时代 中国特色社会主义 二十大 三高四新 先进制造业 产业链 供应链 跨境电商 工业互联网
进出口 规模以上 以旧换新 乡村振兴 中非经贸 一带一路 新三样 老三样 专精特新 小巨人
数字经济 人工智能 新能源汽车 高新技术企业 中小企业 龙头企业 市场主体 营商环境
""".split(), key=len, reverse=True)
CJK1 = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK1.findall(g)) >= 5:
            out.add(g)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files, pages = compose.build()
    # 1. byte-for-byte rebuild
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds")
    for sub in ("pages", "gold"):
        for f in (HERE / sub).iterdir():
            if f"{sub}/{f.name}" not in files:
                fail(f"stray file {sub}/{f.name}")

    # 2. perfect export through the scorer
    arts, srcs = [], []
    for p in pages:
        g = p.gold()
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"] + p.leftover})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("scorer failed: " + r.stderr[-500:])
    figures = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line}")
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fail(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figures.get('cjk_space_left')}")
    # 4. seed phrases
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            seed |= grams(a["kicker"] + a["title"] + a["subtitle"])
            seed |= grams(a["kicker"]) | grams(a["title"]) | grams(a["subtitle"])
            for para in a["paragraphs"]:
                seed |= grams(para)
    shared = []
    for p in pages:
        g = p.gold()
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["kicker"] + a["title"] + a["subtitle"],
                      *a["paragraphs"]]:
                hit = grams(s) & seed
                if hit:
                    shared.append((p.fname, sorted(hit)[:3], s[:30]))
        for s in g["extras"]:
            if grams(s) & seed:
                shared.append((p.fname, sorted(grams(s) & seed)[:3], s[:30]))
    if shared:
        for x in shared:
            print("  shared with seeds:", x)
        fail(f"{len(shared)} strings share a 6-character run with the seeds")

    # 3. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    lay = Counter(p.mode for p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {lay}")
    years = Counter(p.meta["date"][:4] for p in pages)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {years}")
    fronts = []
    for n, p in enumerate(pages, 1):
        text = (HERE / "pages" / p.fname).read_text(encoding="utf-8")
        if p.fname != "%03d_%s.txt" % (n, hashlib.sha256(text.encode()).hexdigest()[:16]):
            fail(f"bad file name {p.fname}")
        gtxt = (HERE / "gold" / p.fname.replace(".txt", ".json")).read_text(encoding="utf-8")
        g = json.loads(gtxt)
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{p.fname}: gold keys out of order")
        if gtxt != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{p.fname}: gold not in indent=1 form")
        nc = compose.nchars(text)
        if not 4500 <= nc <= 6500:
            fail(f"{p.fname}: {nc} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.fname}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append((p, g))
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for p, g in fronts:
        if p.meta["page"] != "1" or not g["page_count"]:
            fail(f"{p.fname}: front page without page number/count")
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"{p.fname}: no 下转2版")
        twin = [q for q in pages if q.meta["date"] == p.meta["date"] and q.meta["page"] == "2"]
        if len(twin) != 1:
            fail(f"{p.fname}: its page 2 is not in the set")
        tg = twin[0].gold()
        if not any(a["continued"].startswith("上接1版") for a in tg["articles"]):
            fail(f"{twin[0].fname}: no 上接1版")
    if {p.meta["date"][:4] for p, _ in fronts} != {"2017", "2022"}:
        fail("front pages not in 2017 and 2022")

    print("check passed")


if __name__ == "__main__":
    main()
