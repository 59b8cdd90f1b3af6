#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, score a perfect export at 1.000, check the
set's shape and that no phrase of the seeds was reused.  Prints `check passed`.

Standard library only.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names, place
# names and set phrases every page of the paper uses.
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 社会主义现代化新湖南 中国特色社会主义
党的二十大精神 中央八项规定精神 两个确立 两个维护 三高四新 国家重要先进制造业高地
湖南日报社 湖南日报 全媒体记者 全媒体评论员 新华社 通讯员
省委常委会 省委常委 省委书记 省委副书记 省长 副省长 省政府常务会议 省政府 省委 省政协 省人大常委会
秘书长 副主任 副主席 相关负责人 负责人介绍 有关负责人 主要负责人
高质量发展 同比增长 百分点 亿元 万元 公里 以上 以来 今年 去年 今天 近日 记者从
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 邵阳 益阳 张家界 湘西土家族苗族自治州 湘西
全省 我省 各级各部门 党中央 国务院 规模以上工业 先进制造业 产业链 供应链 中非经贸博览会 新能源汽车 长株潭 城际铁路 深入学习贯彻
会议强调 会议指出 会议要求 会议认为 党委、政府 增加值 出席并讲话 有力支撑 工作会议 国家和地区 工业互联网
电子信息 生物医药 基础设施 稳中向好 高于全国 国内需求 西部陆海新通道 人力资源和社会保障 人均可支配收入
社会消费品零售总额 全国两会 党代会 生态环境保护 稳外贸稳外资 人工智能 大数据 改革开放高地 重要组成部分 历史同期 有限公司 非遗代表性 非物质文化遗产 进出口总值 以旧换新 道路交通安全 劳动密集型产品
十五五 森林防灭火 重点行业领域 隐患排查 数字化转型
""".split()

CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "□" * len(squash(w)))
    return s


def grams(s, n=6):
    out = set()
    for i in range(len(s) - n + 1):
        g = s[i:i + n]
        if "□" in g:
            continue
        if sum(1 for ch in g if CJK.match(ch)) >= 5:
            out.add(g)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    problems = []
    # 1. rebuild byte for byte in a scratch directory and compare
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, td / f)
        shutil.copytree(HERE / "src", td / "src")
        r = subprocess.run([sys.executable, str(td / "compose.py")], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed in scratch copy: " + r.stderr)
        for d in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / d).iterdir())
            b = sorted(p.name for p in (td / d).iterdir())
            if a != b:
                fail(f"{d}/ differs from a fresh rebuild (run compose.py)")
            for n in a:
                if (HERE / d / n).read_bytes() != (td / d / n).read_bytes():
                    fail(f"{d}/{n} differs from a fresh rebuild")
        if (HERE / "README.md").read_bytes() != (td / "README.md").read_bytes():
            fail("README.md differs from a fresh rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        problems.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")

    # 2. gold format, names, shape
    import hashlib
    years, layouts, fronts = Counter(), Counter(), []
    by_date = {}
    seed_like = {}
    for pg, gf in zip(pages, golds):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{pg.name[:3]}_{h}.txt" or not re.fullmatch(r"\d{3}", pg.name[:3]):
            problems.append(f"{pg.name}: name does not match NNN_<sha256[:16]>")
        if gf.stem != pg.stem:
            problems.append(f"{gf.name}: does not pair with {pg.name}")
        raw = gf.read_text(encoding="utf-8")
        gold = json.loads(raw, object_pairs_hook=OrderedDict)
        if json.dumps(gold, ensure_ascii=False, indent=1) != raw:
            problems.append(f"{gf.name}: not in indent=1 / ensure_ascii=False form")
        if list(gold) != KEYS:
            problems.append(f"{gf.name}: top-level keys {list(gold)}")
        if gold["source"] != pg.name:
            problems.append(f"{gf.name}: source {gold['source']}")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                problems.append(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                problems.append(f"{gf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    problems.append(f"{gf.name}: whitespace in a paragraph")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    problems.append(f"{gf.name}: subhead {s!r} not among paragraphs")
        n_chars = len(re.sub(r"\s+", "", text))
        n_arts = len(gold["articles"])
        if not 4500 <= n_chars <= 6500:
            problems.append(f"{pg.name}: {n_chars} characters (4500–6500)")
        if not 7 <= n_arts <= 13:
            problems.append(f"{pg.name}: {n_arts} articles (7–13)")
        years[gold["issue_date"][:4]] += 1
        col = bool(re.search(r"^\S.{0,24}$\n\n^\S.{0,24}$\n\n^\S.{0,24}$", text, re.M)) and \
            text.count("\n\n") > 150
        layouts["column" if col else "paragraph"] += 1
        if gold["issue_number"] or gold["page_count"]:
            fronts.append(gold)
        by_date.setdefault(gold["issue_date"], []).append((pg.name, gold, text))
    if dict(years) != {"2015": 3, "2018": 4, "2022": 3, "2025": 4}:
        problems.append(f"years: {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        problems.append(f"layouts: {dict(layouts)}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for g in fronts) != ["2018", "2025"]:
        problems.append("need exactly two front pages, in 2018 and 2025")
    for g in fronts:
        if not (g["issue_number"] and g["page_count"]):
            problems.append(f"{g['source']}: front page without issue number and page count")
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not downs:
            problems.append(f"{g['source']}: front page does not jump to page 2")
        others = [x for x in by_date[g["issue_date"]] if x[1] is not g]
        ups = [a for _, og, _ in others for a in og["articles"] if a["continued"].startswith("上接1版")]
        if not ups:
            problems.append(f"{g['source']}: its page 2 in the set has no 上接1版 continuation")
        if re.search(r"今日\d+版", "".join(g["extras"])) is None:
            problems.append(f"{g['source']}: masthead without page count")

    # 3. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(f.read_text(encoding="utf-8"))
        for t in texts_of(sg):
            seed |= grams(blank(t))
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts_of(g):
            hit = grams(blank(t)) & seed
            for x in sorted(hit):
                problems.append(f"{gf.name}: shares seed phrase {x!r} in {squash(t)[:30]!r}")

    # 4. perfect export, scored
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = OrderedDict(source=g["source"], issue_date=g["issue_date"])
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode:
        problems.append("score.py failed: " + r.stderr)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            problems.append("scorer problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred", "cjk_space_left"):
            if k == "cjk_space_left" and v != "0":
                problems.append(f"cjk_space_left {v}")
            continue
        if v == "None":
            continue
        if v != "1.000":
            problems.append(f"{k} {v}")
    if "coverage" not in out:
        problems.append("no coverage figure")

    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
