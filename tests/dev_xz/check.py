#!/usr/bin/env python3
"""Verify the dev_xz test set; prints `check passed` when everything holds.

1. rebuilds the set in a temporary folder and compares pages/, gold/ and README.md
   byte for byte;
2. builds the export a perfect segmenter would print (every gold article; each
   page's extras and duplicates as sources[].extras) and runs the shared scorer:
   every figure must print 1.000, coverage 1.000, cjk_space_left 0, no problem line;
3. checks the set's shape (14 pages, 7 per layout, years, front pages and their
   jumps, 4,500-6,500 characters and 7-13 articles a page, file names, gold format);
4. checks that no run of 6 characters holding at least 5 Chinese characters is
   shared with the seeds' gold headlines and paragraphs (generic words blanked).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {"2015", "2019", "2021", "2026"}
FRONT_YEARS = {"2019", "2021"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, bylines, and set phrases every page of the paper uses
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 中央八项规定精神
湘西土家族苗族自治州 社会主义现代化新湖南 社会主义现代化 国家重要先进制造业高地
先进制造业 战略定位和使命任务 三高四新 两个确立 两个维护 现代化产业体系
高质量发展 湖南日报社 湖南日报 全媒体评论员 全媒体记者 新湖南客户端 华声在线
通讯员 新华社 相关负责人 负责人介绍 负责人表示 省委书记 省委副书记 省委常委
省人大常委会 省政协 省政府 副省长 省长 省委 湖南省 长株潭 洞庭湖 张家界市
长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市
邵阳市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 湘西 湖南
规模以上工业 规模以上 工业增加值 同比增长 百分点 有限公司 工程机械 以旧换新
数字经济 科技创新 今年以来 据了解 据悉 会议强调 会议指出 会议要求 记者从 近日
今天 日前 亿元 万元 出席 讲话 调研 中国 全国 全省 我省
工业和信息化厅 工业和信息化 基础设施 高新技术企业 工程研究中心 科技型中小企业 技术合同成交额 高层次人才 非物质文化遗产 增加值 产业链供应链 重要组成部分 新能源汽车 电子信息 生物医药 专精特新 小巨人 轨道交通 去年同期 生态环境保护 航空发动机 国家和地区 比上年增长 上年同期
""".split()
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

problems: list[str] = []


def fail(msg):
    problems.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1")
    return s


def grams(s):
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def covered(s, hay):
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


def missed(s, hay):
    """Characters of s not found in hay as pieces (the scorer's coverage rule)."""
    out, i = [], 0
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
            out.append(s[i])
            i += 1
    return out


def rebuild_identical():
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for name in ("compose.py", "README.in"):
            shutil.copy(HERE / name, td / name)
        shutil.copytree(HERE / "src", td / "src")
        r = subprocess.run([sys.executable, str(td / "compose.py")], capture_output=True,
                           text=True)
        if r.returncode:
            fail(f"rebuild failed: {r.stderr.strip()}")
            return
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            theirs = sorted(p.name for p in (td / sub).iterdir())
            if mine != theirs:
                fail(f"rebuild: {sub}/ file names differ")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (td / sub / n).read_bytes():
                    fail(f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (td / "README.md").read_bytes():
            fail("rebuild: README.md differs")


def main():
    rebuild_identical()
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")

    seed_grams = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            seed_grams |= grams(a["kicker"] + "\u25a1" + a["title"] + "\u25a1" + a["subtitle"])
            for p in a["paragraphs"]:
                seed_grams |= grams(p)

    layouts, years, nums = Counter(), Counter(), []
    export = {"articles": [], "sources": []}
    by_date = {}
    shared = Counter()
    for gp in golds:
        raw_gold = gp.read_text(encoding="utf-8")
        g = json.loads(raw_gold)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != raw_gold:
            fail(f"{gp.name}: not in the seeds' JSON layout (indent=1, ensure_ascii=False)")
        if list(g) != KEYS:
            fail(f"{gp.name}: key order {list(g)}")
        name = g["source"]
        if gp.stem + ".txt" != name:
            fail(f"{gp.name}: source {name}")
        pp = HERE / "pages" / name
        if not pp.exists():
            fail(f"{name}: page missing")
            continue
        text = pp.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", name)
        if not m or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            fail(f"{name}: name is not NNN_ + sha256[:16]")
        nums.append(m.group(1) if m else "?")
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{name}: {nchar} characters")
        arts = g["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{name}: {len(arts)} articles")
        layout = "column" if text.startswith(" ") else "paragraph"
        layouts[layout] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((g, text, layout))
        hay = squash(text)
        for a in arts:
            if list(a) != AKEYS:
                fail(f"{name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{name}: kind {a['kind']}")
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                s = squash(a[f])
                if s and covered(s, hay) != len(s):
                    fail(f"{name}: {f} {a[f]!r} not on the page")
            for p in a["paragraphs"]:
                s = squash(p)
                if covered(s, hay) != len(s):
                    fail(f"{name}: paragraph not on the page: {p[:30]!r}")
                if re.search(r"\s", p):
                    fail(f"{name}: whitespace left in a paragraph: {p[:30]!r}")
            for sh in a["subheads"]:
                if sh.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{name}: subhead {sh!r} is not a paragraph")
            txt = "\u25a1".join([a["kicker"], a["title"], a["subtitle"], a["column"]] +
                                a["paragraphs"])
            for gr in grams(txt) & seed_grams:
                shared[gr] += 1
                fail(f"{name}: shares {gr!r} with the seeds")
            b = dict(a)
            b.update(source=name, issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(b)
        for e in g["extras"] + g["duplicates"]:
            s = squash(e)
            if covered(s, hay) != len(s):
                fail(f"{name}: extra/duplicate not on the page: {e[:30]!r}")
        for gr in set().union(*[grams(e) for e in g["extras"]] or [set()]) & seed_grams:
            fail(f"{name}: extra shares {gr!r} with the seeds")
        # every character of the page must belong to the gold (all fields, extras,
        # duplicates), printed jump markers included (they are kept in extras)
        gold_hay = "\u0000".join(squash(x) for x in
                                  [v for a in arts for k, v in a.items() if isinstance(v, str)]
                                  + [p for a in arts for p in a["paragraphs"]]
                                  + g["extras"] + g["duplicates"])
        for line in text.splitlines():
            s = squash(line)
            for ch in missed(s, gold_hay):
                if True:
                    fail(f"{name}: page text {ch!r} in {line.strip()[:30]!r} is in no gold field")
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})

    if sorted(nums) != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {sorted(nums)}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != YEARS or not all(2 <= years[y] <= 4 for y in YEARS):
        fail(f"years {dict(years)}")
    fronts = 0
    for date, items in by_date.items():
        for g, text, _ in items:
            if g["issue_number"] and g["page_count"]:
                fronts += 1
                if date[:4] not in FRONT_YEARS:
                    fail(f"front page in {date}")
                jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
                backs = [a for g2, _, _ in items for a in g2["articles"]
                         if a["continued"].startswith("上接1版") and g2 is not g]
                if not jumps or len(backs) < len(jumps):
                    fail(f"front page {g['source']}: jumps {len(jumps)}, continuations {len(backs)}")
    if fronts != 2:
        fail(f"{fronts} front pages")

    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"cjk_space_left {v}")
            elif v != "1.000":
                fail(f"{k} {v}")

    if problems:
        for p in problems[:60]:
            print("FAIL", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
