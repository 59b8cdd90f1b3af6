#!/usr/bin/env python3
"""Verify the dev_ub test set; prints `check passed` when everything holds.

- compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
- a perfect export (every gold article, each page's extras and duplicates)
  scores 1.000 on every figure of /work/shared/tools/score.py, coverage
  1.000, and the verbose run lists no problem;
- the set has its shape (14 pages, 7 per layout, years, front pages and their
  jumps, 4,500-6,500 characters and 7-13 articles a page, file names);
- no 6-character run holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking a short list of
  generic words).
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2018": (3, 4), "2020": (3, 4), "2024": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page uses
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省委常委
省人大常委会 省政协 副省长 省长 省委书记 省委副书记 中央八项规定精神 二十大精神
高质量发展 现代化新湖南 三高四新 社会主义现代化 美好蓝图 战略定位和使命任务
乡村振兴 粮食安全 新型工业化 先进制造业 产业链 供应链 规模以上工业 同比增长
比上年增长 百分点 亿元 万元 万亩 全省 我省 湖南省 长沙市 株洲市 湘潭市 衡阳市
邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市 湘西土家族苗族自治州
洞庭湖 长株潭 省农业农村厅 省发展改革委 省工信厅 省商务厅 省生态环境厅 省水利厅
省文化和旅游厅 省卫生健康委 省教育厅 省财政厅 省应急管理厅 省市场监管局 省粮食和物资储备局
人力资源和社会保障厅 轨道交通装备 生态环境保护 三年行动计划 农村人居环境 专项整治行动 新型基础设施 电子信息 生物医药 各级各部门 隐患排查 产业项目 进出口总额 一对一 智能终端 企业和群众 非遗代表性 公共图书馆 生活污水治理 智能装备 高新技术企业 负责人说 气象部门 以旧换新 专精特新 小巨人 数字经济 人工智能 新能源汽车 工程机械 中欧班列
会议强调 会议指出 会议要求 会议提出 强调要 指出要 据了解 据悉 截至目前 近年来 今年以来
与此同时 进一步 坚持以 全面贯彻 深入学习贯彻 出席并讲话 在长沙召开 在长沙举行
""".split()

CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if CJK.match(c)) >= 5:
            yield w


def seed_windows():
    ws = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for k in ("kicker", "title", "subtitle"):
                ws.update(windows(blank(a[k])))
            for p in a["paragraphs"] + a.get("subheads", []):
                ws.update(windows(blank(p)))
    return ws


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True,
                       stdout=subprocess.DEVNULL)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh compose: {set(a) ^ set(b)}")
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh compose")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md differs from a fresh compose")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")

    # 2. shape
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        want = f"{n:03d}_{h}"
        if pf.stem != want or gf.stem != want:
            fail(f"{pf.name}: name should be {want}.txt / .json")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not in the seeds' JSON layout")
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        if g["source"] != pf.name:
            fail(f"{gf.name}: source {g['source']}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gf.name}: article keys {list(a)}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace in a paragraph {p[:20]!r}")
            for s in a["subheads"]:
                if re.sub(r"\s", "", s) not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead {s!r} not among the paragraphs")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pf.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles")
        col = text.endswith("\n\n\n") and not text.startswith("\n")
        layouts["column" if col else "paragraph"] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append(g)
        if g["issue_number"] or g["page_count"]:
            if not (g["issue_number"] and g["page_count"] and g["extras"]):
                fail(f"{pf.name}: front page without full masthead")
            fronts.append(g)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2018", "2020"}:
        fail("need front pages in 2018 and 2020")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page does not jump to page 2")
        others = [g for g in by_date[f["issue_date"]] if g is not f]
        if not any(a["continued"].startswith("上接1版") for g in others for a in g["articles"]):
            fail(f"{f['source']}: its page 2 with 上接1版 is not in the set")

    # 3. seed phrases
    sw = seed_windows()
    clashes = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        strings = list(g["extras"])
        for a in g["articles"]:
            strings += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline")]
            strings += a["paragraphs"] + a["subheads"]
        for s in strings:
            for w in windows(blank(s)):
                if w in sw:
                    clashes.append((gf.name[:3], w, s[:30]))
    if clashes:
        for c in clashes[:60]:
            print("seed phrase:", *c)
        fail(f"{len(clashes)} runs shared with the seeds")

    # 4. perfect export through the scorer
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in AKEYS if k != "subheads"})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail("cjk spaces left")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail("coverage is not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
