#!/usr/bin/env python3
"""Verify the dev_ws test set: rebuild, shape, gold format, perfect-export score,
seed-phrase rule.  Prints `check passed` or exits with the list of failures."""
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2018": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2022"}
# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases every story of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 新华社 相关负责人 负责人介绍 有关负责人 据了解 据介绍 近日 今年以来
近年来 与此同时 习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 长沙市 长沙 株洲 湘潭 衡阳 岳阳
常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西州 邵阳 湖南省 湖南 全省 我省
高质量发展 三高四新 现代化新湖南 社会主义现代化 乡村振兴 同比增长 个百分点 亿元 万元 万人次
省发展改革委 省财政厅 省卫生健康委 省文化和旅游厅 省交通运输厅 省农业农村厅 省商务厅
中国人民银行 国家税务总局 人民群众 高铁 机场 旅游 文化 非遗 医保 医院
长株潭城际铁路 重要组成部分 各级各部门 基础设施建设
农村居民人均可支配收入 人均可支配收入
规模以上工业企业 新一代信息技术 低温雨雪冰冻天气
农村人居环境 规模性返贫 生活污水治理
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")
FAILS: list[str] = []


def fail(msg: str):
    FAILS.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail(f"sources must be p01..p14, got {[p.name for p in srcs]}")
    # ---- rebuild in memory, compare byte for byte
    built = {}
    metas = {}
    for i, src in enumerate(srcs, 1):
        name, page, gold, meta, _ = compose.compose(src, i)
        built[name] = (page, gold)
        metas[name] = meta
        pf, gf = HERE / "pages" / f"{name}.txt", HERE / "gold" / f"{name}.json"
        if not pf.exists() or pf.read_text(encoding="utf-8") != page:
            fail(f"{name}: page file missing or not rebuilt byte for byte")
        gtext = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gf.exists() or gf.read_text(encoding="utf-8") != gtext:
            fail(f"{name}: gold file missing or not rebuilt byte for byte")
    if sorted(p.stem for p in (HERE / "pages").glob("*.txt")) != sorted(built):
        fail("pages/ holds files that compose.py does not make")
    if sorted(p.stem for p in (HERE / "gold").glob("*.json")) != sorted(built):
        fail("gold/ holds files that compose.py does not make")
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    if "without sight of the program" not in readme or "{{" in readme:
        fail("README.md incomplete")

    # ---- shape
    layouts, years, fronts = Counter(), Counter(), []
    for name, (page, gold) in built.items():
        meta = metas[name]
        sha = compose.hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
        if name[4:] != sha or gold["source"] != name + ".txt":
            fail(f"{name}: file name is not NNN_ + sha256 of the text")
        layouts[meta["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        chars = len(re.sub(r"\s", "", page))
        if not 4500 <= chars <= 6500:
            fail(f"{name}: {chars} characters, outside 4500-6500")
        n = len(gold["articles"])
        if not 7 <= n <= 13:
            fail(f"{name}: {n} articles, outside 7-13")
        if list(gold) != KEYS:
            fail(f"{name}: gold keys {list(gold)}")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                fail(f"{name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{name}: kind {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{name}: article without paragraphs {a['title']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{name}: subhead not among paragraphs {s}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{name}: whitespace in a gold paragraph {p[:20]}")
            for f in AKEYS[:8]:
                if compose.CUT in a[f] or compose.BRK in a[f]:
                    fail(f"{name}: layout mark left in {f}")
        if gold["issue_number"]:
            fronts.append((name, gold))
    if layouts != Counter(column=7, para=7):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {g["issue_date"][:4] for _, g in fronts} != FRONT_YEARS:
        fail(f"front pages {[(n, g['issue_date']) for n, g in fronts]}")
    for name, g in fronts:
        if not g["page_count"] or metas[name].get("page") != "1":
            fail(f"{name}: front page without page count / page 1")
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        seconds = [n for n, (_, g2) in built.items() if g2["issue_date"] == g["issue_date"]
                   and metas[n].get("page") == "2"]
        if not jumps or not seconds:
            fail(f"{name}: no jump to a page 2 in the set")
            continue
        g2 = built[seconds[0]][1]
        conts = [a for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if len(conts) < len(jumps):
            fail(f"{name}: {len(jumps)} jumps but {len(conts)} continuations on page 2")

    # ---- the export a perfect segmenter would print
    export = {"articles": [], "sources": []}
    for name, (page, gold) in built.items():
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode or r.stderr:
        fail(f"score.py failed: {r.stderr}")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"score problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")

    # ---- seed-phrase rule
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            seed |= grams(blank(a["kicker"] + a["title"] + a["subtitle"]))
            for p in a["paragraphs"]:
                seed |= grams(blank(p))
    for name, (page, gold) in built.items():
        texts = page.splitlines() + [a[k] for a in gold["articles"] for k in ("kicker", "title", "subtitle")]
        texts += [p for a in gold["articles"] for p in a["paragraphs"]]
        shared = set()
        for t in texts:
            shared |= grams(blank(t)) & seed
        if shared:
            fail(f"{name}: shares seed phrases {sorted(shared)[:12]}")

    if FAILS:
        print("\n".join("FAIL " + f for f in FAILS))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
