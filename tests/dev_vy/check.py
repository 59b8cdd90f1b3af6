#!/usr/bin/env python3
"""Verify the set: rebuild in memory, compare with the files, score a perfect export,
check the set's shape and the seed-phrase rule. Prints `check passed`."""
from __future__ import annotations

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

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
FAIL = []

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""湖南日报 全媒体记者 湖南日报全媒体评论员 评论员 通讯员 相关负责人 负责人 习近平新时代中国特色社会主义思想
习近平总书记 习近平 总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 省委书记 省长 副省长 省委副书记
省委常委 人民群众 高质量发展 现代化新湖南 新湖南 社会主义 中国特色 重要讲话 重要指示 以上 同比增长
轨道交通装备 工程机械 长株潭 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 湖南省 湖南 全省 我省 今年
记者 日讯 年月 党的二十大精神 二十大 中国 全国 乡村振兴 一带一路 新能源汽车 数字经济 先进制造业
产业链 供应链 以旧换新 非物质文化遗产 国家和地区 比上年 分别增长 亿元 万元 万吨 万亩 同比 人力资源和社会保障厅 核心技术 行动计划 项目建设 规模以上工业增加值 工业增加值 增加值 工业互联网 基础设施 体制机制 党员干部 形式主义 官僚主义 营商环境""".split(),
                 key=len, reverse=True)
CJK1 = re.compile(r"[\u4e00-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "#" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK1.findall(g)) >= 5:
            out.add(g)
    return out


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def main():
    pages, golds = compose.build(write=False)
    # 1. files identical to a fresh build
    pd, gd = HERE / "pages", HERE / "gold"
    want_p = {n + ".txt": t for n, t, _ in pages}
    want_g = {n + ".json": json.dumps(g, ensure_ascii=False, indent=1) + "\n" for n, g in golds}
    have_p = {f.name: f.read_text(encoding="utf-8") for f in pd.glob("*.txt")}
    have_g = {f.name: f.read_text(encoding="utf-8") for f in gd.glob("*.json")}
    if want_p != have_p:
        fail("pages/ differ from a fresh build")
    if want_g != have_g:
        fail("gold/ differ from a fresh build")
    # 2. perfect export
    arts, sources = [], []
    for (name, text, page), (_, g) in zip(pages, golds):
        src = name + ".txt"
        for aid, ga in zip(page["order"], g["articles"]):
            a = {"source": src, "issue_date": g["issue_date"]}
            a.update({k: ga[k] for k in ("kind",) + compose.FIELDS + ("paragraphs",)})
            a["title_derived"] = False
            a["marker_text"] = page["arts"][aid]["marker"]   # raw jump marker as printed
            arts.append(a)
        sources.append({"source": src, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False))
        r = subprocess.run([sys.executable, SCORE, str(ex), str(gd), "--pages", str(pd), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and m.group(1) not in ("articles_gold", "articles_pred"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            fail("cjk_space_left not 0")
    if "coverage         1.000" not in r.stdout:
        fail("coverage not 1.000")
    # exact coverage both ways
    for (name, text, page), (_, g) in zip(pages, golds):
        hay = "\u0000".join(squash(s) for s in
                            [x for a in g["articles"] for x in compose.FIELDS and
                             ([a[f] for f in compose.FIELDS] + a["paragraphs"])]
                            + [page["arts"][k]["marker"] for k in page["order"]]
                            + g["extras"] + g["duplicates"])
        for line in text.splitlines():
            s = squash(line)
            if s and compose_cov(s, hay) != len(s):
                fail(f"{name}: raw line not covered by gold: {line[:40]!r}")
        raw = squash(text)
        for a in g["articles"]:
            for f in list(compose.FIELDS) + ["paragraphs"]:
                vals = a[f] if f == "paragraphs" else [a[f]]
                for v in vals:
                    s = squash(v)
                    if s and compose_cov(s, raw) != len(s):
                        fail(f"{name}: gold {f} not found in page: {v[:40]!r}")
            for p in a["paragraphs"]:
                if re.search(f"(?<=[{CJKR}])\\s+(?=[{CJKR}])", p):
                    fail(f"{name}: space between CJK in gold paragraph {p[:30]!r}")
    # 3. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    lay = Counter(p["meta"]["layout"] for _, _, p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(g["issue_date"][:4] for _, g in golds)
    if set(years) != {"2016", "2018", "2021", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    for i, ((name, text, page), (_, g)) in enumerate(zip(pages, golds), 1):
        if not name.startswith(f"{i:03d}_") or g["source"] != name + ".txt":
            fail(f"{name}: bad name")
        nc = compose.page_chars(text)
        if not 4500 <= nc <= 6500:
            fail(f"{name}: {nc} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{name}: {na} articles")
        if list(g.keys()) != ["source", "issue_date", "issue_number", "page_count", "articles",
                              "extras", "duplicates"]:
            fail(f"{name}: key order")
        for a in g["articles"]:
            if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued", "subheads", "paragraphs"]:
                fail(f"{name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{name}: subhead not in paragraphs")
    fronts = [(n, g) for n, g in golds if g["issue_number"]]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for n, g in fronts:
        if not g["page_count"] or not g["extras"]:
            fail(f"{n}: front page without page count / masthead")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{n}: front page without 下转2版")
        p2 = [(m, h) for (m, h), (_, _, pg) in zip(golds, pages)
              if h["issue_date"] == g["issue_date"] and pg["meta"]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0][1]["articles"]):
            fail(f"{n}: no page 2 with 上接1版 in the set")
    # 4. seed-phrase rule
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        sg = json.loads(f.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    shared = Counter()
    for (name, text, page), (_, g) in zip(pages, golds):
        for a in g["articles"]:
            for s in [a[f] for f in compose.FIELDS] + a["paragraphs"]:
                for gr in grams(blank(s)) & seed:
                    shared[gr] += 1
                    fail(f"{name}: shares seed phrase {gr!r} in {s[:30]!r}")
    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


CJKR = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"


def compose_cov(s, hay):
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


if __name__ == "__main__":
    sys.exit(main())
