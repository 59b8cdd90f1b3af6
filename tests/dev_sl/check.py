#!/usr/bin/env python3
"""Verify the dev_sl set: rebuild byte-for-byte, score a perfect export, check shape
and the seed-phrase rule. Prints `check passed`."""
from __future__ import annotations

import hashlib
import unicodedata
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
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "相关负责人", "有关负责人", "负责人", "高质量发展",
           "省委", "省政府", "湖南省", "长沙市", "同比增长", "个百分点", "百分点", "新华社",
           "湖南", "长沙", "今年以来", "据了解", "近年来", "与此同时", "下一步", "记者从",
           "乡村振兴", "生物医药", "高校毕业生", "全省", "我省", "产业链", "长株潭", "以上",
           "亿元", "万元", "万人", "人力资源和社会保障", "出席并讲话", "公共服务平台", "农产品加工", "工业和信息化", "非遗代表性", "细胞治疗", "十四五", "湘西土家族苗族自治州", "人均可支配收入", "十五五", "文旅广电局", "华中科技大学", "发展", "工作", "会议", "推动", "推进", "加快", "建设"]
errors: list[str] = []


def fail(msg: str):
    errors.append(msg)


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return re.sub(r"\s+", "", s)


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            yield w


def main() -> int:
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{p.name}" for p in (HERE / d).iterdir()}
        extra = on_disk - set(files)
        if extra:
            fail(f"stray files: {sorted(extra)}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")

    # perfect export from the gold
    arts, sources = [], []
    layouts, years, fronts = Counter(), Counter(), []
    for n, (pg, gf, sp) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{n:03d}_{sha}.txt" or gf.name != f"{n:03d}_{sha}.json":
            fail(f"bad file name {pg.name} / {gf.name}")
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gf.name}: key order")
        for a in g["articles"]:
            if list(a) != list(compose.FIELDS) + ["paragraphs"]:
                fail(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace in a paragraph")
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{pg.name}: {nchar} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        meta = compose.parse(sp)["meta"]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
        for d in g["duplicates"]:
            if re.sub(r"\s", "", d) not in re.sub(r"\s", "", text):
                fail(f"{pg.name}: duplicate not on the page: {d[:20]}")
    if layouts != Counter(column=7, para=7):
        fail(f"layouts {dict(layouts)}")
    for y in ("2015", "2019", "2024", "2026"):
        if not 3 <= years[y] <= 4:
            fail(f"year {y}: {years[y]} pages")
    if sum(years.values()) != years["2015"] + years["2019"] + years["2024"] + years["2026"]:
        fail("pages outside the years")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2015", "2026"]:
        fail("front pages must be one in 2015 and one in 2026")
    for f in fronts:
        if not f["page_count"]:
            fail("front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail("front page without a jump to page 2")
        mates = [a for a in arts if a["issue_date"] == f["issue_date"]
                 and a["continued"].startswith("上接1版")]
        if not mates:
            fail(f"no page-2 continuation for {f['source']}")

    # where a line of a page is not found in the export (coverage below 1)
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    for gf, pg in zip(golds, pages):
        mine = [a for a in arts if a["source"] == pg.name]
        meta = [s for s in sources if s["source"] == pg.name]
        hay = "\0".join(score.squash(s) for s in score.strings_in(mine) + score.strings_in(meta))
        for line in pg.read_text(encoding="utf-8").splitlines():
            s = score.squash(line)
            lost = len(s) - score.covered(s, hay)
            if lost and not re.match(r"^[▷▶▲ ]", line.strip()):
                fail(f"{pg.name}: {lost} characters not covered in {line.strip()[:30]!r}")

    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith(("---", "    ")):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail("cjk spaces left")
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")

    # seed-phrase rule
    seed = set()
    for gf in (SHARED / "gold").glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(windows(blank(s)))
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(s)):
                    if w in seed:
                        fail(f"{gf.name}: shares seed phrase {w!r}")

    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
