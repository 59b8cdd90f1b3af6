#!/usr/bin/env python3
"""Verify the dev_vx test set.  Prints `check passed` or exits non-zero.

  1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
  2. the export a perfect segmenter would print (every gold article; each page's
     extras and duplicates as the source has them) scores 1.000 on every figure
     of /work/shared/tools/score.py, coverage 1.000, no problem line;
  3. the set's shape (pages, layouts, years, front pages and their jumps,
     characters, articles, file names, gold format);
  4. no run of 6 characters holding at least 5 Chinese characters is shared
     with the seeds' gold headlines and paragraphs (generic words blanked).
Standard library only.
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
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402
sys.path.insert(0, str(SCORER.parent))
import score  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": 4, "2020": 3, "2022": 4, "2026": 3}
FRONT_YEARS = {"2015", "2022"}

# Generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases of the paper.
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新华社 相关负责人 有关负责人 负责人介绍 负责人表示
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神
习近平 总书记 省委书记 省委副书记 省长 副省长 省委常委 省人大常委会 省政协 省政府
省委 省高级人民法院 省高院 省林业厅 省林业局 省文物局 省文化和旅游厅 省商务厅
省发展改革委 省交通运输厅 省工信厅 省财政厅 省委宣传部 省纪委监委 纪委监委
高质量发展 三高四新 美好蓝图 现代化新湖南 乡村振兴 中部地区 长株潭 湘西土家族苗族自治州
土家族苗族自治州 在长沙召开 在长沙举行 会议在长沙 同比增长 同比下降 个百分点 亿元 万元
万人次 今年以来 截至目前 据了解 据悉 记者今天从 记者从 获悉 近日 日前 今天
全省各级 全省上下 各级各部门 进一步 加快推进 深入推进 推动 持续 不断 切实 坚持
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市
怀化市 娄底市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湖南省
湖南 我省 全省 全国 中国 国家级 省级 市州 县市区 黄花国际机场 黄花机场
介绍 会议要求 会议指出 会议强调 召开座谈会 体制机制 基础设施建设 非物质文化遗产 文化遗产 疫情防控 关键核心技术 出席并讲话 中南林业科技大学 湖南师范大学
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=lambda w: (-len(w), w))
CJK = re.compile(r"[\u4e00-\u9fff]")

problems: list[str] = []


def fail(msg: str):
    problems.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC_WORDS:
        if w in s:
            s = s.replace(w, "□" * len(w))
    return s


def grams(texts) -> set[str]:
    out = set()
    for t in texts:
        b = blank(t)
        for i in range(len(b) - 5):
            g = b[i:i + 6]
            if len(CJK.findall(g)) >= 5:
                out.add(g)
    return out


def head_para_texts(gold: dict):
    for a in gold["articles"]:
        for k in ("column", "kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        yield from a.get("subheads") or []
        yield from a.get("paragraphs") or []


# ------------------------------------------------------------------ 1. rebuild
def check_rebuild():
    outputs, records, _ = compose.build()
    on_disk = {}
    for sub in ("pages", "gold"):
        for f in sorted((HERE / sub).iterdir()):
            on_disk[f"{sub}/{f.name}"] = f.read_bytes()
    on_disk["README.md"] = (HERE / "README.md").read_bytes()
    if set(on_disk) != set(outputs):
        fail(f"rebuild: files differ: {sorted(set(on_disk) ^ set(outputs))[:6]}")
    for k, v in outputs.items():
        if on_disk.get(k) != v:
            fail(f"rebuild: {k} is not byte-for-byte what compose.py makes")
    # a second build must be identical too (seeded choices only)
    again, _, _ = compose.build()
    if again != outputs:
        fail("rebuild: two builds differ")
    return records


# ------------------------------------------------------------------ 2. score
def check_score():
    arts, srcs = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0:
        fail(f"score: scorer exited {r.returncode}: {r.stderr[-300:]}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"score: problem line {line.strip()!r}")
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        key, val = m.groups()
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                fail(f"score: cjk_space_left {val}")
        elif val != "1.000":
            fail(f"score: {key} = {val}")
    return out


# ------------------------------------------------------------------ 3. shape
def check_shape(records):
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"shape: {len(pages)} pages, {len(golds)} gold files (want 14)")
    layouts = Counter(r["layout"] for r in records)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"shape: layouts {dict(layouts)}")
    years = Counter()
    fronts = []
    by_date_page = {}
    for n, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        digest = hashlib.sha256(pf.read_bytes()).hexdigest()[:16]
        want = f"{n:03d}_{digest}"
        if pf.stem != want:
            fail(f"shape: {pf.name} should be named {want}.txt")
        if gf.stem != pf.stem:
            fail(f"shape: gold {gf.name} does not match page {pf.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) != raw:
            fail(f"shape: {gf.name} not in indent=1 ensure_ascii=False form")
        if list(g) != KEYS:
            fail(f"shape: {gf.name} keys {list(g)}")
        if g["source"] != pf.name:
            fail(f"shape: {gf.name} source {g['source']}")
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"shape: {pf.name} has {nchar} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"shape: {pf.name} has {na} articles")
        sq = squash(text)
        for a in g["articles"]:
            for part in [a[k] for k in ("column", "kicker", "title", "subtitle", "byline",
                                        "dateline", "continued")] + a["paragraphs"]:
                part = squash(part)
                ok = part in sq if len(part) < 4 else score.covered(part, sq) == len(part)
                if part and not ok:
                    fail(f"shape: {gf.name} gold text {part[:20]!r} is not printed on the page")
            if list(a) != AKEYS:
                fail(f"shape: {gf.name} article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"shape: {gf.name} kind {a['kind']}")
            if not a["paragraphs"]:
                fail(f"shape: {gf.name} article without paragraphs")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    fail(f"shape: subhead {s!r} not among the paragraphs")
        for s in g["extras"] + g["duplicates"]:
            if squash(s) not in sq:
                fail(f"shape: {gf.name} extra/duplicate {s[:20]!r} not printed on the page")
        years[g["issue_date"][:4]] += 1
        rec = records[n - 1]
        by_date_page[(g["issue_date"], str(rec["page"]))] = g
        if g["issue_number"] is not None or g["page_count"] is not None:
            fronts.append((g, text, rec))
    if dict(years) != YEARS:
        fail(f"shape: years {dict(years)} (want {YEARS})")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _, _ in fronts} != FRONT_YEARS:
        fail(f"shape: front pages {[g['issue_date'] for g, _, _ in fronts]}")
    for g, text, rec in fronts:
        if str(rec["page"]) != "1":
            fail(f"shape: front page {g['source']} is not page 1")
        if not (isinstance(g["issue_number"], str) and f"第{g['issue_number']}号" in squash(text)):
            fail(f"shape: front page {g['source']} does not print its issue number")
        if not (isinstance(g["page_count"], int) and f"{g['page_count']}版" in squash(text)):
            fail(f"shape: front page {g['source']} does not print its page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"shape: front page {g['source']} has no 下转2版 jump")
        p2 = by_date_page.get((g["issue_date"], "2"))
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2["articles"]):
            fail(f"shape: front page {g['source']} has no page 2 with 上接1版 in the set")


# ------------------------------------------------------------------ 4. seeds
def check_seed_phrases():
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        seed |= grams(head_para_texts(json.loads(gf.read_text(encoding="utf-8"))))
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        shared = grams(head_para_texts(g)) & seed
        for s in sorted(shared):
            fail(f"seed phrase: {gf.name[:3]} shares {s!r} with the seeds")


def main():
    records = check_rebuild()
    score_out = check_score()
    check_shape(records)
    check_seed_phrases()
    print(score_out.rstrip())
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
