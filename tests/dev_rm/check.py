#!/usr/bin/env python3
"""Verify the dev_rm test set; prints `check passed` or the first problems found.

1. compose.build() reproduces pages/, gold/ and README.md byte for byte;
2. shape: 14 pages, 7 per layout, years 2016/2019/2022/2024 (3-4 pages each),
   4,500-6,500 non-space characters and 7-13 articles a page, two front pages
   (2019, 2022) each jumping to its page 2 in the set, file names from SHA-256;
3. gold files in exactly the seeds' format (key order, indent=1);
4. the perfect export (every gold article; extras + duplicates per page) scores
   1.000 on every figure, coverage 1.000, no problem line;
5. no run of 6 characters holding >= 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words).
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

SEED_GOLD = Path("/work/shared/gold")
SCORER = Path("/work/shared/tools/score.py")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
# generic words blanked before the seed-phrase comparison: institutions, places,
# titles and set phrases any Hunan Daily page prints
GENERIC = """湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 新华社 相关负责人 负责人
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 习近平 总书记
省委常委 省委书记 省委副书记 省委 省政府 省人大常委会 省人大 省政协 副省长 省长
省委宣传部 宣传部 省发展改革委 省农业农村厅 省文化和旅游厅 省生态环境厅 省林业局
省交通运输厅 省教育厅 省卫生健康委 省商务厅 省工信厅 省应急管理厅 省气象局 省纪委监委
高质量发展 乡村振兴 现代化新湖南 三高四新 美好蓝图 中国式现代化 党的二十大精神
党的十九大精神 国家级 省级 市州 县市区 同比增长 亿元 万元 百分点 以上 今年以来
非物质文化遗产 重要组成部分 基础设施 各级各部门 规模性返贫 农村人居环境 近年来 据了解 据悉 会议强调 会议指出 会议要求 出席 主持 讲话 调研 召开 举行
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 土家族苗族自治州
冷水江 浏阳 洞庭湖 江永 湖南省 湖南 全省 我省 中部 全国 中国 北京
"""


def fail(msg: str) -> None:
    print("check failed:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def seed_runs() -> set[str]:
    words = sorted(set(GENERIC.split()), key=len, reverse=True)
    runs = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                runs |= six_runs(s, words)
    return runs


def blank(s: str, words) -> str:
    s = squash(s)
    for w in words:
        s = s.replace(w, "□" * len(w))
    return s


def six_runs(s: str, words) -> set[str]:
    s = blank(s, words)
    out = set()
    for i in range(len(s) - 5):
        r = s[i:i + 6]
        if "□" in r:
            continue
        if sum(1 for c in r if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(r)
    return out


def main() -> int:
    files, rows, total = compose.build()
    # 1. byte-for-byte
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} is not what compose.py writes")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{p.name}" for p in (HERE / d).iterdir()}
        if on_disk != {k for k in files if k.startswith(d + "/")}:
            fail(f"stray files in {d}/")
    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {lay}")
    years = Counter(r["date"][:4] for r in rows)
    if set(years) != {"2016", "2019", "2022", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    fronts = []
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json":
            fail(f"file name {pg.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{gf.name}: key order")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gf.name}: not indent=1 / ensure_ascii=False")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pg.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，、。；：？！“”（）《》]\s+[\u4e00-\u9fff，、。；：？！“”（）《》]", p):
                    fail(f"{pg.name}: layout space in a gold paragraph: {p[:30]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{pg.name}: subhead not among paragraphs")
        if g["issue_number"] is not None:
            if g["page_count"] is None:
                fail(f"{pg.name}: front page without page count")
            fronts.append(g)
    if sorted(f["issue_date"][:4] for f in fronts) != ["2019", "2022"]:
        fail("front pages must be one in 2019 and one in 2022")
    allg = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
    for f in fronts:
        if not any(a["continued"] == "下转2版" for a in f["articles"]):
            fail(f"{f['source']}: front page does not jump to page 2")
        mates = [g for g in allg if g["issue_date"] == f["issue_date"] and g is not f
                 and g["issue_number"] is None]
        if not any(a["continued"].startswith("上接1版") for g in mates for a in g["articles"]):
            fail(f"{f['source']}: no page 2 continuation in the set")
    # 3. seed phrases
    words = sorted(set(GENERIC.split()), key=len, reverse=True)
    seeds = seed_runs()
    for g in allg:
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = six_runs(s, words) & seeds
                if hit:
                    fail(f"{g['source']}: shares seed phrase(s) {sorted(hit)[:5]}")
    # 4. perfect export through the scorer
    arts, srcs = [], []
    for g in allg:
        for a in g["articles"]:
            x = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            x.update(a)
            arts.append(x)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
