#!/usr/bin/env python3
"""Verify the set: rebuild, shape, gold format, seed-phrase rule, perfect-export score.

    python3 check.py        prints `check passed` or the failures

Standard library only. Reads the seeds' gold (for the seed-phrase rule) and
runs the shared scorer on the export a perfect segmenter would print.
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
ARTICLE_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                "continued", "subheads", "paragraphs"]
PAGE_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2020": (3, 4), "2024": (3, 4)}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases that any page of the paper prints.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示 据了解 据介绍 据悉 记者从
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 党的二十大精神 党的二十大 二十大精神
省委常委 省委书记 副省长 省长 省政府 省委 省政协 省人大常委会 副主席 副主任 秘书长 出席并讲话 出席会议并讲话
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西
长株潭 全省 我省 全国 中部 同比增长 同比下降 比上年增长 增长 百分点 个百分点 万人次 亿元 万元
高质量发展 现代化新湖南 社会主义现代化 新湖南 人民群众 党员干部 经济社会 稳中向好
中小企业 规模以上工业 规模以上 民营企业 国有企业 进出口 疫情防控 乡村振兴 三高四新 美好蓝图
省市场监管局 省卫生健康委 省财政厅 省税务局 省文化和旅游厅 省旅游局 省商务厅 省工信厅 省发展改革委
人民银行长沙中心支行 人民银行 银行业 金融机构 国家税务总局湖南省税务局
软件和信息技术服务业 新一代信息技术 电子信息制造业 人均可支配收入 工作领导小组 各级各部门 道路交通安全 新业态新模式 智能制造 非物质文化遗产 信息技术服务 会议强调 会议指出 会议要求 会上 今年以来 近年来 去年以来 目前 下一步 与此同时 进一步
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\u0000" * len(w))
    return re.sub(r"\s", "", s)


def shingles(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and len(CJK.findall(g)) >= 5:
            yield g


def seed_shingles():
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(shingles(t))
    return out


def main() -> int:
    fails: list[str] = []
    files, rows, _ = compose.build(HERE)

    # 1. rebuild byte-for-byte
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fails.append(f"{rel}: not what compose.py builds (run python3 compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fails.append(f"{d}/{p.name}: stray file")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)} and {len(golds)}")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    heads = [compose.Page(s).head for s in srcs]
    lay = Counter(h["layout"] for h in heads)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts: {dict(lay)}")
    years = Counter(h["date"][:4] for h in heads)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fails.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    seeds = seed_shingles()
    fronts = []
    by_date: dict[str, list[dict]] = {}
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        want = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.stem != want or gp.stem != want:
            fails.append(f"{pp.name}: name should be {want}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != raw:
            fails.append(f"{gp.name}: not indent=1/ensure_ascii=False")
        if list(g) != PAGE_KEYS:
            fails.append(f"{gp.name}: page keys {list(g)}")
        if g["source"] != pp.name:
            fails.append(f"{gp.name}: source {g['source']}")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fails.append(f"{pp.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{pp.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != ARTICLE_KEYS:
                fails.append(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fails.append(f"{gp.name}: kind {a['kind']}")
            if not a["paragraphs"]:
                fails.append(f"{gp.name}: article without paragraphs")
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = set(shingles(t)) & seeds
                if hit:
                    fails.append(f"{pp.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:20]}…")
            for s in a["subheads"]:
                if compose.re.sub(r"\s", "", s) not in [re.sub(r"\s", "", p) for p in a["paragraphs"]]:
                    fails.append(f"{gp.name}: subhead {s} not in paragraphs")
        if g["issue_number"]:
            fronts.append(g)
        by_date.setdefault(g["issue_date"], []).append(g)
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2020"]:
        fails.append(f"front pages: {[f['issue_date'] for f in fronts]}")
    for f in fronts:
        if not f["page_count"]:
            fails.append(f"{f['source']}: front page without page count")
        down = any(a["continued"].startswith("下转2版") for a in f["articles"])
        up = any(a["continued"].startswith("上接1版") for g in by_date[f["issue_date"]]
                 if g is not f for a in g["articles"])
        if not (down and up):
            fails.append(f"{f['source']}: no 下转2版 / 上接1版 pair in the set")

    # 3. perfect export, scored
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ARTICLE_KEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        ep = fh.name
    out = subprocess.run([sys.executable, str(SCORER), ep, str(HERE / "gold"),
                          "--pages", str(HERE / "pages"), "-v"],
                         capture_output=True, text=True).stdout
    Path(ep).unlink()
    print(out.rstrip())
    figures = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem: {line.strip()}")
    for k in ("seg_f1", "headline_acc", "title_acc", "byline_acc", "dateline_acc", "kind_acc",
              "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fails.append(f"{k} = {figures.get(k)}")
    if figures.get("untitled_ok") not in ("1.000", "None"):
        fails.append(f"untitled_ok = {figures.get('untitled_ok')}")
    if figures.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figures.get('cjk_space_left')}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
