#!/usr/bin/env python3
"""Verify the dev_vi test set; prints `check passed` when everything holds.

    python3 compose.py && python3 check.py
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

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
# Jump-marker glyphs: printed on the page, kept out of the gold (as in the seeds'
# gold, where `continued` holds 下转2版 without its arrow and brackets).
MARKER_CHARS = set("▷▶▲◀△()（）")
# Generic words blanked before the seed-phrase comparison: institutions, places,
# set phrases every report of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 记者 通讯员 新华社 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州
永州 怀化 娄底 益阳 邵阳 张家界 湘西 省委 省政府 省人大常委会 省政协 党中央 国务院
省委常委 副省长 省长 省委书记 相关负责人 负责人 高质量发展 习近平新时代中国特色社会主义思想
习近平总书记 总书记 新时代 现代化 乡村振兴 全省各级 进一步 同比增长 以上 据了解 据介绍
与此同时 近年来 今年以来 会议强调 会议要求 会议指出 省工信厅 省商务厅 长沙海关 星沙海关
省卫生健康委 省医保局 省生态环境厅 省农业农村厅 省文化和旅游厅 省发展改革委 市州 县市区
规模以上 先进制造业 湘西土家族苗族自治州 土家族苗族自治州 非物质文化遗产 中央八项规定
工作领导小组 三年行动计划 软件和信息技术服务业 新一代信息技术 工业互联网 湖南大学 中南大学
湖南师范大学 轨道交通 不发生规模性返贫 规模性返贫 乡村发展、乡村建设 乡村建设 乡村治理
位居全国前列 规模工业增加值 工业增加值 增加值增长 制造业增加值 移送司法机关 稳中向好 农村人居环境 生活污水治理 人均可支配收入 中医药传承创新发展 湖南大数据交易所 大数据交易所 数字化转型 先进硬质材料 公共服务平台 文旅广电 传承创新发展 湖南大数据交易所 大数据交易所 数字化转型 先进硬质材料 公共服务平台 文旅广电 信息技术服务 生态环境 全省 我省 今天 今年 去年 基础设施 进出口 工作会议 数字经济 产业链 供应链 工程机械 新能源汽车 人工智能 生物医药
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str):
    print("FAILED:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if CJK.match(c)) >= 5:
            out.add(w)
    return out


def main() -> int:
    # 1. the files on disk are what compose.py builds, byte for byte
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a rebuild (run compose.py)")
    for d in ("pages", "gold"):
        extra = {f"{d}/{p.name}" for p in (HERE / d).iterdir()} - set(files)
        if extra:
            fail(f"stray files: {sorted(extra)}")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("src/ must hold p01.txt … p14.txt")

    golds = []
    for gp in sorted((HERE / "gold").glob("*.json")):
        text = gp.read_text(encoding="utf-8")
        g = json.loads(text)
        if list(g) != KEYS:
            fail(f"{gp.name}: keys {list(g)}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != text:
            fail(f"{gp.name}: not in the seeds' JSON layout")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys or kind {a.get('kind')}")
        golds.append(g)

    # 2. shape of the set
    metas = {p.name: compose.parse_source(p) for p in srcs}
    if len(golds) != 14:
        fail(f"{len(golds)} pages, want 14")
    lay = Counter(m["kind"] for m in metas.values())
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {lay}")
    # column measures used by the layouts are measures the column-layout seeds print
    measured = {w for v in compose.measure_seeds().values() for w in v.get("widths", [])}
    for p, m in metas.items():
        for cmd in m["layout"]:
            for w in re.findall(r"\bw=(\d+)", cmd):
                if int(w) not in measured:
                    fail(f"{p}: column measure {w} em is not one the seeds print")
    years = Counter(g["issue_date"][:4] for g in golds)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages in {y}")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    fronts = [g for g in golds if g["issue_number"] and g["page_count"]]
    if sorted(g["issue_date"][:4] for g in fronts) != ["2015", "2021"]:
        fail("front pages must be one in 2015 and one in 2021")
    for i, g in enumerate(golds, 1):
        name = g["source"]
        page = (HERE / "pages" / name).read_text(encoding="utf-8")
        if not name.startswith(f"{i:03d}_"):
            fail(f"{name}: numbering")
        if name != f"{i:03d}_" + hashlib.sha256(page.encode()).hexdigest()[:16] + ".txt":
            fail(f"{name}: hash of the page text")
        chars = len(re.sub(r"\s", "", page))
        if not 4500 <= chars <= 6500:
            fail(f"{name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        # every character of the page is in the gold (or is a jump-marker glyph), and
        # every character of the gold is on the page
        gold_text = "".join(compose_strings(g))
        raw, gt = Counter(squash(page)), Counter(squash(gold_text))
        if gt - raw:
            fail(f"{name}: gold text not on the page: {''.join(sorted((gt - raw).elements()))[:80]}")
        left = set((raw - gt).elements())
        if left - {unicodedata.normalize('NFKC', c) for c in MARKER_CHARS}:
            fail(f"{name}: page text missing from the gold: {''.join(sorted(left))[:80]}")
    for f in fronts:
        conts = [a for a in f["articles"] if a["continued"] == "下转2版"]
        p2 = [g for g in golds if g["issue_date"] == f["issue_date"] and g is not f]
        if not conts or not p2 or not any(a["kind"] == "continuation" and
                                          a["continued"].startswith("上接1版")
                                          for g in p2 for a in g["articles"]):
            fail(f"front page {f['source']}: no jump to a page 2 in the set")

    # 3. the seed-phrase rule
    seed_w: set[str] = set()
    for sp in sorted(SEED_GOLD.glob("*.json")):
        sg = json.loads(sp.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed_w |= windows(blank(s))
    for g in golds:
        for s in compose_strings(g):
            hit = windows(blank(s)) & seed_w
            if hit:
                fail(f"{g['source']}: shares {sorted(hit)[:5]} with the seeds in {s[:30]!r}")

    # 4. a perfect segmenter's export scores 1.000 everywhere
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    print("check passed")
    return 0


def compose_strings(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a[k] for k in AKEYS[1:8]] + a["paragraphs"]
    return out + g["extras"] + g["duplicates"]


if __name__ == "__main__":
    sys.exit(main())
