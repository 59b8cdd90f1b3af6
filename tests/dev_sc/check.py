#!/usr/bin/env python3
"""Verify the dev_sc test set: rebuild, score a perfect export, check shape and the
seed-phrase rule. Prints `check passed` or the reasons it fails."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compose  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2018": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2026"}
# Generic words blanked before the seed-phrase comparison: institution and place names
# and set phrases of the paper, which any two pages of it share.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 新华社 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
省人大常委会 省政协 省委常委 省委书记 省委副书记 省长 副省长 省工信厅 省商务厅 省农业农村厅
省住房和城乡建设厅 省文化和旅游厅 省自然资源厅 长沙海关 湖南省 湖南 长沙市 长沙 株洲 湘潭
国防科技大学 中南大学 湖南大学 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 江永县
工业和信息化 国家和地区 人力资源和社会保障厅 现代化产业体系 专精特新 小巨人 单项冠军 重要组成部分 优秀传统文化 田间地头 千家万户 非物质文化遗产 社会消费品零售总额 十四五 文旅广电局 全省 我省 全国 记者从 记者今天从 获悉 日前 近日 今年以来 同比增长 比上年增长 亿元 万元
高质量发展 现代化新湖南 三高四新 乡村振兴 新型工业化 先进制造业 产业链 以旧换新
进一步 推动 加快 加强 坚持 工作会议 在长沙召开 在长沙举行 主持召开 出席并讲话
社会主义现代化 中国式现代化 两个确立 两个维护 国之大者 人民群众 党员干部 基层
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if "\u0000" not in s[i:i + 6] and len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main():
    # 1. byte-for-byte rebuild
    files, rows, total = compose.build_all()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build: run compose.py")
    on_disk = {f"{d}/{p.name}" for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    if on_disk != {k for k in files if k != "README.md"}:
        fail(f"stray files: {sorted(on_disk ^ set(files))}")

    # 2. shape
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [s.name for s in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("sources must be src/p01.txt … src/p14.txt")
    pages = [compose.parse(s) for s in srcs]
    lay = Counter(p["layout"] for p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {lay}")
    years = Counter(p["date"][:4] for p in pages)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {years}")
    golds = {}
    for rel, content in files.items():
        if rel.startswith("gold/"):
            g = json.loads(content)
            if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
                fail(f"{rel}: key order")
            golds[rel] = g
    for rel, text in files.items():
        if not rel.startswith("pages/"):
            continue
        name = Path(rel).name
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(rf"\d{{3}}_{h}\.txt", name):
            fail(f"{name}: name does not carry the page hash")
        if f"gold/{name[:-4]}.json" not in golds:
            fail(f"{name}: no gold")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
    for rel, g in golds.items():
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{rel}: {len(g['articles'])} articles")
    fronts = [(rel, g) for rel, g in golds.items() if g["issue_number"] and g["page_count"]]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    by_date = {}
    for p, (rel, g) in zip(pages, sorted(golds.items())):
        by_date.setdefault(p["date"], []).append((p["page"], g))
    for rel, g in fronts:
        if g["issue_date"][:4] not in FRONT_YEARS:
            fail(f"{rel}: front page year")
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"{rel}: no 下转2版")
        twos = [g2 for pg, g2 in by_date[g["issue_date"]] if pg == 2]
        if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            fail(f"{rel}: no page 2 taking up the jump")
    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(t)
    shared = Counter()
    for rel, g in sorted(golds.items()):
        for t in texts(g):
            for x in grams(t) & seed:
                shared[(rel[5:8], x)] += 1
    if shared:
        fail("phrases shared with the seeds: " + ", ".join(f"{r}:{x}" for r, x in sorted(shared)))
    # 4. perfect export, scored
    arts, sources = [], []
    for rel, g in sorted(golds.items()):
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True, cwd=HERE)
    out = r.stdout
    print(out, end="")
    if r.returncode or r.stderr:
        fail("scorer failed: " + r.stderr)
    for line in out.splitlines():
        if line.startswith(("---", "    ")):
            fail("scorer reports a problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m or m.group(1) in ("articles_gold", "articles_pred"):
            continue
        k, v = m.groups()
        if k == "cjk_space_left":
            if v != "0":
                fail(f"{k} = {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
