#!/usr/bin/env python3
"""Verify the dev_xw set: rebuilds byte-for-byte, shape, perfect-export score, seed-phrase rule.

    python3 check.py        prints `check passed` or the failures
Standard library only.
"""
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2017": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2019", "2026"}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 新华社 湖南省 省委 省政府 省人大常委会 省政协 人民代表大会 政治协商会议
常务委员会 党中央 国务院 习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 二十大
人力资源和社会保障厅 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州
长株潭 洞庭湖 湘江 资水 沅水 澧水 相关负责人 有关负责人 负责人介绍 高质量发展 现代化新湖南 三高四新 美好蓝图
同比增长 比上年增长 规模以上工业 规模以上 个百分点 亿元 万元 万人 据了解 据悉 近日 今年以来 截至目前
记者从 获悉 会议强调 会议指出 会议要求 出席会议 主持会议 并讲话 省委常委 副省长 省长 省委书记 副主任 副主席
中国特色社会主义 全面建设社会主义现代化国家 在长沙召开 在长沙举行 在长沙开幕 工作领导小组 政府工作报告 社会消费品零售总额 人均可支配收入 以习近平同志为核心的党中央 稳中有进 稳中向好 生态环境保护 基础设施建设 人居环境 脱贫攻坚 乡村振兴 预期目标 经济社会发展 新中国成立 开放型经济 增加值 三年行动计划 自然资源厅 生态环境厅 应急管理厅 高新技术企业 十四五 十五五 新型工业化 中非经贸博览会 中非经贸合作 关键核心技术 世界级产业集群 国家和地区 国家重要先进制造业高地 具有核心竞争力的科技创新高地 内陆地区改革开放高地 现代化产业体系 建言献策 专项行动 专项整治 目标任务 新时代 人民群众 社会主义现代化 一带一路 营商环境 市场主体
""".split(), key=len, reverse=True)

fails: list[str] = []


def fail(msg):
    fails.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in g) >= 5:
            out.add(g)
    return out


def main():
    # 1. rebuild byte-for-byte (twice, to be sure nothing depends on the run)
    files = compose.build()
    files2 = compose.build()
    if files != files2:
        fail("compose.build() is not deterministic")
    on_disk = {str(p.relative_to(HERE)): p.read_bytes()
               for d in ("pages", "gold") for p in sorted((HERE / d).glob("*"))}
    on_disk["README.md"] = (HERE / "README.md").read_bytes() if (HERE / "README.md").exists() else b""
    if set(on_disk) != set(files):
        fail(f"files on disk differ from a rebuild: {sorted(set(on_disk) ^ set(files))}")
    for k, v in files.items():
        if on_disk.get(k) != v:
            fail(f"{k} differs from a rebuild")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"need 14 pages/golds/sources, have {len(pages)}/{len(golds)}/{len(srcs)}")
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{n:03d}_{h}.txt":
            fail(f"{pp.name}: name is not NNN_sha256[:16]")
        if gp.name != pp.name[:-4] + ".json":
            fail(f"{gp.name}: does not match {pp.name}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gp.name}: key order {list(g)}")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source field")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gp.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fail(f"{gp.name}: paragraph with whitespace or empty: {p[:20]}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {s} not among paragraphs")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        page, _, _ = compose.parse(srcs[n - 1])
        layouts[page["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((page.get("page_no"), g, page))
        if g["issue_number"] or g["page_count"]:
            fronts.append((g, page))
            if page.get("page_no") != "1":
                fail(f"{pp.name}: issue number on a page that is not page 1")
            if not g["extras"] or str(g["issue_number"]) not in "".join(g["extras"]):
                fail(f"{pp.name}: masthead with the issue number missing from extras")
        # column layout: one printed line per text line, blank between
        if page["layout"] == "column" and "\n\n\n\n" in text.rstrip("\n"):
            fail(f"{pp.name}: column page with a long blank run")
        if page["layout"] == "para" and not text.startswith("\n\n"):
            fail(f"{pp.name}: paragraph page must start with two blank lines")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS:
        fail(f"front pages: {[g['issue_date'] for g, _ in fronts]}")
    for g, page in fronts:
        same = {p for p, _, _ in by_date[g["issue_date"]]}
        if "2" not in same:
            fail(f"front page {g['issue_date']} has no page 2 in the set")
        down = [a for a in g["articles"] if "下转2版" in a["continued"]]
        if not down:
            fail(f"front page {g['issue_date']}: no 下转2版")
        p2 = [gg for p, gg, _ in by_date[g["issue_date"]] if p == "2"]
        if p2 and not any("上接1版" in a["continued"] for a in p2[0]["articles"]):
            fail(f"page 2 of {g['issue_date']}: no 上接1版")

    # 3. every gold paragraph is on its page; the perfect export scores 1.000
    arts, sources = [], []
    for pp, gp in zip(pages, golds):
        g = json.loads(gp.read_text(encoding="utf-8"))
        hay = squash(pp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a[k] for k in AKEYS[1:8]] + a["paragraphs"]:
                q = squash(s)
                if q and compose_cov(q, hay) != len(q):
                    fail(f"{pp.name}: gold text not on the page: {s[:30]}")
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
        # exact coverage: only jump-marker glyphs may be left uncovered
        strings = [s for a in g["articles"] for s in [a[k] for k in AKEYS[1:8]] + a["paragraphs"]]
        strings += g["extras"] + g["duplicates"]
        hay2 = "\u0000".join(squash(s) for s in strings)
        for line in pp.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            if compose_cov(s, hay2) != len(s):
                left = uncovered(s, hay2)
                if not set(left) <= set("▷▶▲△◀▼() "):
                    fail(f"{pp.name}: uncovered text {left!r} in line {line[:30]!r}")
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line}")
        m = re.match(r"^(\w+)\s+([\d.]+|None)$", line)
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
    if res.returncode:
        fail(f"score.py exit {res.returncode}: {res.stderr[-300:]}")

    # 4. seed-phrase rule
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(s)
    shared = Counter()
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]:
                for x in grams(s) & seed:
                    shared[(gp.name[:3], x)] += 1
    for (p, x), c in sorted(shared.items()):
        fail(f"page {p}: shares {x!r} with the seeds")

    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"check failed ({len(fails)})")
        return 1
    print("check passed")
    return 0


def compose_cov(s, hay):
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


def uncovered(s, hay):
    left, i = [], 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            i += lo
        else:
            left.append(s[i])
            i += 1
    return "".join(left)


if __name__ == "__main__":
    sys.exit(main())
