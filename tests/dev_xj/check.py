#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, gold format, page shape, the seed-phrase
rule, and a perfect export scored 1.000 everywhere by /work/shared/tools/score.py.
Prints `check passed`.  Standard library only."""
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

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (2, 4), "2019": (2, 4), "2021": (2, 4), "2026": (2, 4)}

# generic words blanked before the seed-phrase comparison: institution and place
# names, set phrases of the paper (kept short on purpose)
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示 记者今天从
省委 省政府 省人大常委会 省政协 省财政厅 省教育厅 省商务厅 省工信厅 省应急管理厅
省卫生健康委 省医保局 省发展改革委 省市场监管局 省自然资源厅 人民银行 财政部 长沙海关
湖南省 全省 我省 长沙市 长沙 株洲市 株洲 湘潭 衡阳市 衡阳 邵阳 岳阳 常德 张家界 益阳
郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西州 湘西 长株潭
同比增长 比上年增长 个百分点 亿元 万亿元 万元 万人次 截至目前 今年以来 近年来 据了解
高质量发展 实体经济 先进制造业 现代化 新湖南 乡村振兴 三高四新 习近平 党中央 国务院
十四五 十五五 社会消费品零售总额 工业增加值 政府工作报告 人均可支配收入 新中国成立 轨道交通装备 中西部 产业链 供应链 数字经济 人工智能 以旧换新 工业互联网 规模以上 社会主义
""".split(), key=len, reverse=True)
BLANK = "□"
CJK = re.compile(r"[\u4e00-\u9fff]")

failures: list[str] = []


def fail(msg: str):
    failures.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, BLANK * len(w))
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if CJK.match(c)) >= 5:
            yield g


def seed_texts():
    out = []
    for gf in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(gf.read_text(encoding="utf-8"))
        for a in d["articles"]:
            out += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
            out += a.get("paragraphs", [])
    return out


def main():
    out, rows, totals = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    on_disk.add("README.md")
    if on_disk != set(out):
        fail(f"files on disk differ from a rebuild: {sorted(on_disk ^ set(out))[:6]}")
    for rel, data in out.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} is not what compose.py builds")
    # 2. gold format and page shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"want 14 pages and 14 gold files, have {len(pages)} / {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    jumps_down, jumps_up = {}, {}
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{n:03d}_{h}.txt" or gp.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {pp.name} / {gp.name}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gp.name}: top keys {list(g)}")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source {g['source']}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", g["issue_date"] or ""):
            fail(f"{gp.name}: issue_date")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            for s_ in a["subheads"]:
                if s_ not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not in paragraphs: {s_}")
            for p_ in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", p_):
                    fail(f"{gp.name}: space between CJK in a paragraph: {p_[:30]}")
        nchar = len(re.sub(r"\s+", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{pp.name}: {nchar} characters (want 4,500–6,500)")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{pp.name}: {na} articles (want 7–13)")
        row = rows[n - 1]
        layouts[row["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] and g["page_count"]:
            fronts.append((g["issue_date"], n))
        for a in g["articles"]:
            if a["continued"].startswith("下转2版"):
                jumps_down.setdefault(g["issue_date"], 0)
                jumps_down[g["issue_date"]] += 1
            if a["continued"].startswith(("上接1版", "紧接1版")):
                jumps_up.setdefault(g["issue_date"], 0)
                jumps_up[g["issue_date"]] += 1
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)} (want 7 column, 7 para)")
    for y, (lo, hi) in YEARS.items():
        if not 3 <= years[y] <= 4:
            fail(f"year {y}: {years[y]} pages (want 3–4)")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {d[:4] for d, _ in fronts} != {"2019", "2026"}:
        fail(f"front pages {fronts} (want one in 2019 and one in 2026)")
    for d, _ in fronts:
        if not jumps_down.get(d) or jumps_down.get(d) != jumps_up.get(d):
            fail(f"front page {d}: {jumps_down.get(d)} jumps down, {jumps_up.get(d)} picked up on page 2")
    # 3. the seed-phrase rule
    seed = set()
    for t in seed_texts():
        seed.update(grams(blank(t)))
    shared = Counter()
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in grams(blank(t)):
                    if gr in seed:
                        shared[(gp.name[:3], gr)] += 1
    for (pg, gr), _ in sorted(shared.items()):
        fail(f"page {pg} shares a seed phrase: {gr}")
    # 4. the perfect export, scored
    arts, srcs = [], []
    for n, gp in enumerate(golds):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"] + rows[n]["markers"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail(f"score.py exit {r.returncode}: {r.stderr[-300:]}")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"score.py problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([\d.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)} (want 1.000)")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if failures:
        for f in failures[:60]:
            print("FAIL", f)
        print(f"check failed ({len(failures)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
