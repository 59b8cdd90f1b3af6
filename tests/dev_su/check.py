#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000
everywhere, the set has the shape the brief asks for, and no seed phrase is
reused.  Prints `check passed` (exit 0) or the failures (exit 1).
"""
from __future__ import annotations

import collections
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2017", "2025"}

# generic words blanked before the seed-phrase comparison (institutions,
# places, set phrases of the paper)
GENERIC = """湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 新华社 相关负责人 负责人介绍
习近平 总书记 党中央 国务院 中央 省委 省政府 省人大常委会 省政协 省委常委 副省长
高质量发展 现代化 社会主义 中国特色 新时代 三高四新 乡村振兴 一带一路 有限公司
同比增长 百分点 亿元 万元 以上 全省 我省 湖南省 长沙市 株洲 湘潭 衡阳 岳阳 常德 怀化
长株潭 长沙 湖南 工程机械 轨道交通装备 新能源 进出口 规模以上 中联重科 三一 非物质文化遗产 非遗
省工信厅 省商务厅 省农业农村厅 省卫生健康委 海关 生态环境 国家级 今年以来 近年来
记者从 获悉 各级党委 政府 先进制造业 深入贯彻 湘西土家族苗族自治州 工业和信息化 国家和地区 主要负责人 农村人居环境 重要组成部分 工作会议 召开 出席并讲话 基础设施 各级各部门 快速增长 今年前 据了解 据介绍 一步 持续 推动 加快 进一步 日前 今天 近日 月至 以来 其中
""".split()
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if CJK.match(c)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(blank(s))
    return out


def main() -> int:
    fails: list[str] = []
    fail = fails.append

    # 1. rebuild byte for byte
    built = compose.build()
    on_disk = {str(p.relative_to(HERE)): p.read_bytes()
               for d in ("pages", "gold") for p in sorted((HERE / d).glob("*"))}
    on_disk["README.md"] = (HERE / "README.md").read_bytes()
    if set(built) != set(on_disk):
        fail(f"file sets differ: {sorted(set(built) ^ set(on_disk))[:6]}")
    for k, v in built.items():
        if on_disk.get(k) != v:
            fail(f"not reproduced byte for byte: {k}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 2. the export a perfect segmenter would print
    arts, sources = [], []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            e.update(a)
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": d["source"], "issue_date": d["issue_date"],
                        "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fail("score.py failed: " + r.stderr.strip()[-300:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} {v}")
    if not re.search(r"^coverage\s+1\.000$", r.stdout, re.M):
        fail("coverage is not 1.000")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"expected 14 pages/golds/sources, got {len(pages)}/{len(golds)}/{len(srcs)}")
    layouts = collections.Counter()
    years = collections.Counter()
    by_date = collections.defaultdict(list)
    sg = seed_grams()
    shared_total = 0
    for i, (p, g, s) in enumerate(zip(pages, golds, srcs), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_ + sha256[:16]")
        if g.stem != p.stem:
            fail(f"{g.name}: gold name does not match page")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if raw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(d) != KEYS:
            fail(f"{g.name}: key order {list(d)}")
        if d["source"] != p.name:
            fail(f"{g.name}: source field")
        src = compose.parse(s)
        layouts[src["format"]] += 1
        years[d["issue_date"][:4]] += 1
        by_date[d["issue_date"]].append((int(src["page"]), d, src))
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (4500-6500)")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{p.name}: {len(d['articles'])} articles (7-13)")
        for a in d["articles"]:
            if list(a) != ART_KEYS:
                fail(f"{g.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{g.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if re.sub(r"\s+", "", sh) not in a["paragraphs"]:
                    fail(f"{g.name}: subhead not among paragraphs: {sh}")
            for fld in ("column",):
                if a[fld] and not 2 <= len(a[fld]) <= 6:
                    fail(f"{g.name}: column label length {a[fld]}")
            # seed phrases
            for fld in [a["kicker"], a["title"], a["subtitle"], a["byline"], a["dateline"],
                        a["column"]] + a["paragraphs"]:
                common = grams(blank(fld)) & sg
                if common:
                    shared_total += 1
                    fail(f"{p.name}: shares seed phrase(s) {sorted(common)[:4]} in {fld[:30]!r}")
        front = d["issue_number"] is not None
        if front != (d["page_count"] is not None):
            fail(f"{g.name}: issue_number and page_count must come together")
        if front and src["page"] != "1":
            fail(f"{g.name}: issue number printed on a page other than 1")
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    fronts = []
    for date, lst in by_date.items():
        nums = {n: d for n, d, _ in lst}
        if 1 in nums:
            fronts.append(date[:4])
            d1 = nums[1]
            if d1["issue_number"] is None:
                fail(f"{date}: front page without issue number")
            if not any(a["continued"].startswith("下转2版") for a in d1["articles"]):
                fail(f"{date}: front page does not jump to page 2")
            if 2 not in nums:
                fail(f"{date}: page 2 missing from the set")
            elif not any(a["continued"].startswith("上接1版") for a in nums[2]["articles"]):
                fail(f"{date}: page 2 carries no 上接1版 continuation")
    if sorted(fronts) != sorted(FRONT_YEARS):
        fail(f"front pages in {sorted(fronts)}, expected {sorted(FRONT_YEARS)}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
