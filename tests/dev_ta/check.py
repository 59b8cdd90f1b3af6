#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, score a perfect export, check the
set's shape and that no seed phrase was reused.  Prints `check passed`."""
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
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SHARED / "tools"))
import compose  # noqa: E402
import score    # noqa: E402

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


# generic words blanked before the seed-phrase comparison: institution names,
# place names, titles of office and set phrases any Hunan Daily story uses
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 新湖南客户端 华声在线 通讯员 记者 评论员
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 党的二十大精神 党的二十大
省委常委 省委书记 省委副书记 省委 省政府 省人大常委会 省政协 副省长 省长 省领导
省发展改革委 省工信厅 省商务厅 省农业农村厅 省文化和旅游厅 省民政厅 省卫生健康委 省教育厅
省交通运输厅 省自然资源厅 省应急管理厅 省气象局 国网湖南省电力有限公司 国网湖南电力
中国铁路广州局集团有限公司 长沙海关 相关负责人 负责人 有关负责人 主要负责人 负责同志
高质量发展 社会主义现代化新湖南 现代化新湖南 三高四新 美好蓝图 战略定位和使命任务
乡村振兴 全面推进乡村振兴 新型工业化 数字经济 先进制造业 产业链 供应链 以旧换新
同比增长 比上年增长 个百分点 亿元 万元 万吨 万人次 今年以来 近年来 据了解 据介绍 截至
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湘西州 长株潭 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州
永州 怀化 娄底 湘西 湖南省 湖南 全省 我省 全国 中部地区 粤港澳大湾区 轨道交通装备 轨道交通 工程机械 电子信息 生物医药 新能源汽车 人工智能 基础设施建设 重要组成部分 十四五 十五五 较去年同期 一带一路 西部陆海新通道 中欧班列 强调 要坚持 同比增长
出席并讲话 在长沙召开 在长沙举行 会议强调 会议指出 会议要求 会议提出 他强调 他指出
""".split(), key=len, reverse=True)

CJKCHR = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for g in GENERIC:
        s = s.replace(g, "\u0000" * len(g))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" in g:
            continue
        if len(CJKCHR.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(blank(a.get(k) or ""))
            for p in a.get("paragraphs") or []:
                out |= grams(blank(p))
    return out


def uncovered(s: str, hay: str) -> str:
    """The characters score.covered() does not find (same greedy walk)."""
    lost, i = "", 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            i += lo
        else:
            lost += s[i]
            i += 1
    return lost


def main() -> int:
    # 1. the set rebuilds byte-for-byte
    with tempfile.TemporaryDirectory() as td:
        compose.build(Path(td), quiet=True)
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            new = sorted(p.name for p in (Path(td) / sub).iterdir())
            if mine != new:
                fail(f"{sub}/ differs from a fresh build: {set(mine) ^ set(new)}")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. a perfect export, scored
    arts, srcs = [], []
    G = {}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        G[g["source"]] = g
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump({"articles": arts, "sources": srcs}, tf, ensure_ascii=False)
        export = tf.name
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), export,
                          str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                         capture_output=True, text=True)
    print(res.stdout.strip())
    figs = {}
    for line in res.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line.strip())
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line.strip()}")
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) not in (None, "1.000") and k in figs:
            fail(f"{k} = {figs.get(k)}")
        if k in ("seg_f1", "coverage", "headline_acc") and figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    # exact coverage: only jump-marker ornaments may stay uncovered (seed convention)
    for p in pages:
        g = G.get(p.name)
        if g is None:
            fail(f"no gold for {p.name}")
            continue
        preds = [a for a in arts if a["source"] == p.name]
        hay = "\0".join(score.squash(s) for s in score.strings_in(preds)
                        + g["extras"] + g["duplicates"])
        for line in p.read_text(encoding="utf-8").splitlines():
            lost = uncovered(score.squash(line), hay)
            if set(lost) - set("▷▶▲△◀()（）"):
                fail(f"{p.name}: text not covered by gold: {lost!r} in {line[:30]!r}")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    layouts, years = Counter(), Counter()
    fronts = []
    seeds = seed_grams()
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        import hashlib
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_<sha256[:16]>.txt")
        if not (HERE / "gold" / p.name.replace(".txt", ".json")).exists():
            fail(f"{p.name}: gold file missing")
        g = G.get(p.name)
        if not g:
            continue
        head, arts_, layout = compose.parse(HERE / "src" / f"p{i:02d}.txt")
        layouts[head["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (want 4,500-6,500)")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles (want 7-13)")
        # layout shape: column pages are short lines with blank lines between
        lines = [l for l in text.splitlines() if l.strip()]
        long_lines = sum(len(l) > 40 for l in lines)
        is_col = long_lines < 0.1 * len(lines)
        if is_col != (head["layout"] == "column"):
            fail(f"{p.name}: declared {head['layout']} layout does not look like one")
        if g["issue_number"]:
            fronts.append(g)
        # seed phrases
        for a in g["articles"]:
            for s in [a[k] for k in ("kicker", "title", "subtitle")] + a["paragraphs"]:
                shared = grams(blank(s)) & seeds
                if shared:
                    fail(f"{p.name}: seed phrase reused: {sorted(shared)[:3]} in {s[:30]!r}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)} (want 7 + 7)")
    if set(years) != {"2016", "2020", "2023", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages (want 2)")
    for fg in fronts:
        if not fg["page_count"] or not any("下转2版" in a["continued"] for a in fg["articles"]):
            fail(f"{fg['source']}: front page without page count or 下转2版")
        twos = [g for g in G.values() if g["issue_date"] == fg["issue_date"] and g is not fg
                and any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                        for a in g["articles"])]
        if not twos:
            fail(f"{fg['source']}: no page 2 with 上接1版 in the set")
    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
