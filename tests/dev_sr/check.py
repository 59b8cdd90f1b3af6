#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect export scores 1.000 everywhere,
shape of the set, and no phrase taken from the seeds.  Prints `check passed`."""
from __future__ import annotations

import datetime
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

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FAIL = []

# generic words blanked before the seed-phrase comparison
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人介绍 有关负责人 副省长 省长 省委书记
省委常委 省人大常委会 省政协 湖南省 全省 我省 湖南 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳
长株潭 轨道交通 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 高质量发展 同比增长 百分点 以上 亿元
万元 据介绍 据了解 近年来 今年以来 去年以来 记者从 获悉 先进制造业 现代化 新湖南 三高四新
乡村振兴 进出口 产业链 供应链 中非经贸 轨道交通装备 工业和信息化 新一代 人工智能 一带一路
社会主义 应急管理厅 人力资源和社会保障厅 西部陆海新通道 关键核心技术 社会消费品零售总额 新能源汽车 外商投资企业 中非经贸深度合作先行区 内陆地区改革开放高地 非物质文化遗产 新中国成立 以实际行动 决策部署 重要讲话 指示批示精神 民营企业 外资企业 国有企业 规模以上
"""
GENERIC = sorted(set(GENERIC.split()), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg):
    FAIL.append(msg)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def main():
    files, rows, total = compose.build()
    ph, pt = compose.tables(rows, total)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    # 1. byte-for-byte
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            fail(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")
    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (pg, row) in enumerate(zip(pages, rows), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{n:03d}_{h}.txt":
            fail(f"bad file name {pg.name}")
        gp = HERE / "gold" / (pg.stem + ".json")
        g = json.loads(gp.read_text(encoding="utf-8"))
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != gp.read_text(encoding="utf-8"):
            fail(f"{gp.name}: not in indent=1 format")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{gp.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or "|" in p or "^" in p:
                    fail(f"{gp.name}: whitespace or mark left in paragraph {p[:20]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not among paragraphs")
        if g["source"] != pg.name:
            fail(f"{gp.name}: source")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        pgm = row[8]
        layouts[pgm.meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        datetime.date.fromisoformat(g["issue_date"])
        by_date.setdefault(g["issue_date"], {})[pgm.meta["page"]] = g
        if g["issue_number"]:
            fronts.append(g)
            if not g["page_count"] or pgm.meta["page"] != "1" or not g["extras"]:
                fail(f"{pg.name}: front page without page count or masthead")
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2016", "2019", "2023", "2026"] or any(not 3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2016", "2023"]:
        fail("front pages must be in 2016 and 2023")
    for f in fronts:
        p2 = by_date[f["issue_date"]].get("2")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        up = [a for a in (p2 or {"articles": []})["articles"]
              if a["kind"] == "continuation" and a["continued"].startswith("上接1版")]
        if not (down and up):
            fail(f"{f['source']}: front-page jump to page 2 missing")
    # 3. perfect export and the scorer
    export = {"articles": [], "sources": []}
    for pg, row in zip(pages, rows):
        g = json.loads((HERE / "gold" / (pg.stem + ".json")).read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": pg.name, "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: v for k, v in a.items() if k != "subheads"})
            export["articles"].append(e)
        export["sources"].append({"source": pg.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + row[8].residue})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0 or r.stderr:
        fail("scorer failed: " + r.stderr[-500:])
    figs = {}
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            fail("problem line: " + ln.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", ln)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    # 4. seed phrases
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    shared = Counter()
    for gp in golds:
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            for gr in grams(blank(t)) & seed:
                shared[gr] += 1
                fail(f"{gp.name}: seed phrase {gr!r} in {t[:24]!r}")
    if FAIL:
        for f in FAIL[:60]:
            print("FAIL:", f)
        print(f"check failed ({len(FAIL)} problems)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
