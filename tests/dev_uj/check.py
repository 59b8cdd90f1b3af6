#!/usr/bin/env python3
"""Verify the dev_uj set; prints `check passed`.

1. compose.build() reproduces pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print scores 1.000 everywhere (score.py -v,
   no problem line, coverage 1.000, no CJK spaces left);
3. the set's shape: 14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format;
4. no run of 6 characters holding >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
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

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL: list[str] = []

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2018": (3, 4), "2020": (3, 4), "2026": (3, 4)}
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 记者 评论员 新华社 习近平总书记 习近平 总书记 党中央 国务院
省委 省政府 省人大常委会 常委会 省政协 人民政府 委员会 中国共产党 社会主义 现代化 新湖南
高质量发展 相关负责人 负责人 介绍 据介绍 据了解 同比增长 百分点 个百分点 今年以来 近年来 下一步
湖南省 湖南 长沙市 长沙 株洲市 株洲 醴陵市 醴陵 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳
湘西 土家族苗族自治州 自治州 重要讲话 指示批示精神 决策部署 会议强调 会议指出 会议要求 要坚持
专精特新 全面深化改革 副书记 省长 同比分别 国家和地区 企业技术中心 亿元 万元 万人次 规模以上 工业增加值 乡村振兴 人民群众 党员干部 贯彻落实 全省各级 各级各部门
以习近平同志为核心的 新时代 中国特色 生态环境 营商环境 基层 群众""".split(), key=len, reverse=True)


def fail(msg: str):
    FAIL.append(msg)


def squash(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
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
            fail(f"{rel} differs from a rebuild (run compose.py)")
    for sub in ("pages", "gold"):
        for p in (HERE / sub).iterdir():
            if f"{sub}/{p.name}" not in files:
                fail(f"stray file {sub}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. perfect export through the scorer
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], **a,
                 "title_derived": False}
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr[-300:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
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
            fail(f"{k} = {v}, not 1.000")
    if "coverage         1.000" not in r.stdout:
        fail("coverage is not 1.000")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    by_date: dict[tuple[str, str], dict] = {}
    srcmeta = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        m = compose.parse_source(src)["meta"]
        srcmeta["%03d" % int(src.stem[1:])] = m
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", p.name) or p.name[4:20] != h:
            fail(f"{p.name}: name is not NNN_ + sha256[:16]")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            fail(f"{p.name}: no gold")
            continue
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{gp.name}: key order differs from the seeds' gold")
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if g["source"] != p.name:
            fail(f"{gp.name}: source field")
        if re.search(r"[‖¦⏎]|\{\w+\}", text + raw):
            fail(f"{p.name}: a source marker leaked into the page or gold")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        meta = srcmeta[p.name[:3]]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date[(g["issue_date"], meta["page"])] = g
        for a in g["articles"]:
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{p.name}: subhead not in paragraphs")
        if g["issue_number"] or g["page_count"]:
            fronts.append(g)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2018", "2020"]:
        fail("front pages must be one in 2018 and one in 2020")
    for f in fronts:
        if not isinstance(f["page_count"], int) or not f["issue_number"]:
            fail("front page without issue number / page count")
        p2 = by_date.get((f["issue_date"], "2"))
        jumps = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        if not p2 or not jumps:
            fail(f"front page {f['source']}: no jump to a page 2 in the set")
            continue
        conts = [a for a in p2["articles"] if a["continued"].startswith("上接1版")]
        if len(conts) < len(jumps):
            fail(f"page 2 of {f['issue_date']}: {len(conts)} continuations for {len(jumps)} jumps")

    # 4. seed phrases
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            hit = grams(blank(t)) & seed
            if hit:
                fail(f"{gf.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:30]!r}")

    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
