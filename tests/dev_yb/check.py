#!/usr/bin/env python3
"""Verify the set: reproducible, perfect export scores 1.000, shape, seed-phrase rule.

    python3 compose.py && python3 check.py        -> prints `check passed`
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
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

YEARS = {"2015", "2017", "2019", "2022", "2025"}
FRONT_YEARS = {"2017", "2022"}
GOLD_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution names, place
# names and set phrases of the paper that any page of it uses.
GENERIC = """
党中央 省委 省人大常委会 省政协 省应急管理厅 人力资源和社会保障 工业和信息化 文旅广电局 湖南省
长沙 株洲 在长沙召开 出席并讲话 相关负责人 各级各部门 中央八项规定 高质量发展 乡村振兴
生态环境保护 公共文化服务 非物质文化遗产 基础设施建设 内陆地区改革开放高地 优化发展环境
湘粤非铁海联运 以旧换新 数字经济 生物医药 规模以上 工业企业 进出口 亿元 增加值 规模工业增加值
社会消费品零售总额 劳动密集型产品
""".split()

CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


GEN = sorted({squash(g) for g in GENERIC}, key=len, reverse=True)


def blank(s):
    s = squash(s)
    for g in GEN:
        s = s.replace(g, "\x00")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def fail(msg):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def main():
    problems = []
    # 1. byte-for-byte reproduction
    files = compose.build()
    on_disk = {}
    for d in ("pages", "gold"):
        for f in sorted((HERE / d).glob("*")):
            on_disk[f"{d}/{f.name}"] = f.read_text(encoding="utf-8")
    on_disk["README.md"] = (HERE / "README.md").read_text(encoding="utf-8")
    if set(files) != set(on_disk):
        fail(f"files differ from a fresh build: {sorted(set(files) ^ set(on_disk))}")
    for k in files:
        if files[k] != on_disk[k]:
            fail(f"{k} differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 2. names, gold format
    gold = {}
    for g in golds:
        text = g.read_text(encoding="utf-8")
        d = json.loads(text)
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != text:
            problems.append(f"{g.name}: not written with indent=1, ensure_ascii=False")
        if list(d) != GOLD_KEYS:
            problems.append(f"{g.name}: key order {list(d)}")
        for a in d["articles"]:
            if list(a) != ART_KEYS:
                problems.append(f"{g.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                problems.append(f"{g.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    problems.append(f"{g.name}: whitespace in a paragraph {p[:20]!r}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    problems.append(f"{g.name}: subhead not among paragraphs {s!r}")
        if d["source"] != g.stem + ".txt":
            problems.append(f"{g.name}: source {d['source']}")
        gold[g.stem] = d
    for p in pages:
        raw = p.read_bytes()
        num, dig = p.stem.split("_")
        if hashlib.sha256(raw).hexdigest()[:16] != dig:
            problems.append(f"{p.name}: name is not the hash of its text")
        if p.stem not in gold:
            problems.append(f"{p.name}: no gold")
    if [p.stem.split("_")[0] for p in pages] != [f"{i:03d}" for i in range(1, 15)]:
        problems.append("pages are not numbered 001..014")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        problems.append(f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")
    layouts, years = Counter(), Counter()
    fronts = []
    for sp, p in zip(srcs, pages):
        page = compose.Page(sp)
        layouts[page.layout_kind] += 1
        d = gold[p.stem]
        years[d["issue_date"][:4]] += 1
        raw = p.read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        if not 4500 <= n <= 6500:
            problems.append(f"{p.name}: {n} characters (want 4500-6500)")
        na = len(d["articles"])
        if not 7 <= na <= 13:
            problems.append(f"{p.name}: {na} articles (want 7-13)")
        if d["issue_number"] is not None or d["page_count"] is not None:
            fronts.append((p, d, page))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(layouts)}")
    if set(years) != YEARS or not all(2 <= v <= 3 for v in years.values()):
        problems.append(f"years {dict(years)}")
    if len(fronts) != 2 or {d["issue_date"][:4] for _, d, _ in fronts} != FRONT_YEARS:
        problems.append(f"front pages: {[p.name for p, _, _ in fronts]}")
    for p, d, page in fronts:
        if page.head.get("printed_page") != "1":
            problems.append(f"{p.name}: front page not page 1")
        if not re.fullmatch(r"\d{5}", d["issue_number"] or "") or not d["page_count"]:
            problems.append(f"{p.name}: issue number / page count")
        downs = [a["continued"] for a in d["articles"] if a["continued"].startswith("下转2版")]
        if not downs:
            problems.append(f"{p.name}: no 下转2版 marker")
        mates = [(q, e) for q, e in gold.items() if e["issue_date"] == d["issue_date"] and e is not d]
        ups = []
        for q, e in mates:
            ups += [a for a in e["articles"] if a["kind"] == "continuation" and re.match(r"(上|紧)接1版", a["continued"])]
        if len(ups) != len(downs):
            problems.append(f"{p.name}: {len(downs)} jumps to page 2 but {len(ups)} continuations")
        raw = p.read_text(encoding="utf-8")
        for x in d["extras"]:
            pass
        for piece in (d["issue_number"], f"今日{d['page_count']}版"):
            if piece not in squash(raw):
                problems.append(f"{p.name}: masthead lacks {piece}")

    # 4. perfect export through the scorer
    arts, sources = [], []
    for stem, d in gold.items():
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            for k in ("kind", "column", "kicker", "title", "subtitle"):
                e[k] = a[k]
            e["title_derived"] = False
            for k in ("byline", "dateline", "continued", "paragraphs"):
                e[k] = a[k]
            arts.append(e)
        sources.append({"source": d["source"], "issue_date": d["issue_date"],
                        "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False, indent=1),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0:
        problems.append(f"scorer exit {r.returncode}: {r.stderr[-300:]}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            problems.append(f"scorer problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    problems.append(f"cjk_space_left {v}")
            elif v != "1.000":
                problems.append(f"{k} = {v}")
    for k in ("coverage", "seg_f1", "headline_acc", "paragraph_f1"):
        if not re.search(rf"^{k}\s+1\.000$", out, re.M):
            problems.append(f"{k} not printed as 1.000")

    # 5. seed-phrase rule
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    shared = Counter()
    for stem, d in gold.items():
        for a in d["articles"]:
            for k in ART_KEYS[1:8]:
                for g in grams(blank(a[k])) & seed:
                    shared[(stem[:3], g)] += 1
            for s in a["paragraphs"] + a["subheads"]:
                for g in grams(blank(s)) & seed:
                    shared[(stem[:3], g)] += 1
        for s in d["extras"] + d["duplicates"]:
            for g in grams(blank(s)) & seed:
                shared[(stem[:3], g)] += 1
    for (pg, g), n in sorted(shared.items()):
        problems.append(f"page {pg} shares a seed run {g!r}")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        fail(f"{len(problems)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
