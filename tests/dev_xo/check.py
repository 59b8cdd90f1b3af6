#!/usr/bin/env python3
"""Verify the dev_xo test set; prints `check passed` when everything holds.

    python3 check.py
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人表示 负责人介绍 据介绍 据了解 记者了解到 记者从
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
社会主义现代化新湖南 高质量发展 新湖南 湖南省 全省 我省 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德
怀化 郴州 永州 益阳 娄底 邵阳 张家界 湘西土家族苗族自治州 省教育厅 省生态环境厅 省农业农村厅
同比增长 三年行动计划 基础设施建设 居全国前列 就业岗位 政府工作报告 轨道交通装备 重要组成部分 人均可支配收入 湖南教育电视台 深入学习贯彻 新能源汽车 今年以来 近年来 会议强调 会议指出 进一步 在长沙召开 在长沙举行 百分点 省领导 出席
""".split(), key=len, reverse=True)
FAILS: list[str] = []


def fail(msg: str):
    FAILS.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u4e00" <= ch <= "\u9fff" for ch in g) >= 5:
            out.add(g)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main() -> int:
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                fail(f"stray file {d}/{f.name}")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = [json.loads((HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")) for p in pages]

    # 2. the export a perfect segmenter would print
    arts, sources = [], []
    for p, g in zip(pages, golds):
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind",) + FIELDS})
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line.strip()}")
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m or "=" in line:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "None" and v != "1.000":
            fail(f"{k} = {v}, want 1.000")
        elif k == "coverage" and v != "1.000":
            fail("coverage not 1.000")
    if r.returncode:
        fail("scorer exited non-zero")

    # 3. shape of the set
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts, years = Counter(), Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    fronts = []
    for i, (p, g, sp) in enumerate(zip(pages, golds, srcs)):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i + 1:03d}_{h}.txt" or g["source"] != p.name:
            fail(f"bad file name {p.name}")
        keys = list(g.keys())
        if keys != ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
                    "duplicates"]:
            fail(f"{p.name}: key order {keys}")
        for a in g["articles"]:
            if list(a.keys()) != ["kind"] + list(FIELDS) + ["subheads", "paragraphs"]:
                fail(f"{p.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{p.name}: subhead not in paragraphs {sh}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        src = compose.parse(sp)["page"]
        layouts[src["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g, src))
        # every gold string is printed on the page
        page_sq = squash(text)
        for a in g["articles"]:
            for s in [a[f] for f in FIELDS if f != "continued"] + a["paragraphs"]:
                if s and compose_covered(squash(s), page_sq) < len(squash(s)):
                    fail(f"{p.name}: gold text not on the page: {s[:30]}")
        for s in g["extras"] + g["duplicates"]:
            if squash(s) not in page_sq:
                fail(f"{p.name}: extra/duplicate not on the page: {s[:30]}")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2016", "2018", "2021", "2024"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != ["2018", "2024"]:
        fail("want one front page in 2018 and one in 2024")
    for g, src in fronts:
        if src["page"] != "1" or not g["page_count"] or not g["extras"]:
            fail(f"{g['source']}: front page without masthead/page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]):
            fail(f"{g['source']}: no 下转2版")
        twos = [g2 for g2, sp in zip(golds, srcs)
                if g2["issue_date"] == g["issue_date"] and compose.parse(sp)["page"]["page"] == "2"]
        if not twos or not any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                               for a in twos[0]["articles"]):
            fail(f"{g['source']}: no page 2 with 上接1版")

    # 4. no phrase of the seeds
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for s in texts_of(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(s))
    for g in golds:
        for s in texts_of(g):
            hit = grams(blank(s)) & seed
            if hit:
                fail(f"{g['source']}: shares seed phrase(s) {sorted(hit)[:3]} in {s[:24]}")

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


def compose_covered(s: str, hay: str) -> int:
    """Characters of s found in hay as pieces of 4+ (a paragraph may be cut in pieces)."""
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
