#!/usr/bin/env python3
"""Verify the dev_vv test set; prints `check passed`.  Standard library only.

1. the files on disk are exactly what compose.py builds (byte for byte);
2. a perfect export (every gold article; extras and duplicates as the page's
   extras) scores 1.000 everywhere with /work/shared/tools/score.py, coverage
   1.000, no problem line;
3. the shape of the set (14 pages, 7 per layout, years, sizes, article counts,
   front pages and their jumps);
4. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking generic words).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORER = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2018", "2024"}

# generic words blanked before the shared-run test: institutions, places,
# roles and set phrases every page of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 记者 通讯员 评论员 新华社 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 益阳 邵阳
张家界 湘西土家族苗族自治州 湘西 中部 全国 全省 我省 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长
省工信厅 省商务厅 省住房和城乡建设厅 省住建厅 省教育厅 省体育局 省文化和旅游厅 省财政厅 省发展改革委 人民银行
相关负责人 负责人介绍 负责人表示 有关负责人 据了解 据悉 记者从 获悉 近日 今天 日前 目前 今年以来 去年以来 近年来
同比增长 同比下降 百分点 以上 左右 亿元 万元 万人次 个百分点 万平方米 高质量发展 现代化新湖南 三高四新 美好蓝图
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 党的二十大精神 新时代 重要讲话 指示批示精神
产业链 供应链 数字经济 先进制造业 工程机械 新能源汽车 人工智能 以旧换新 专精特新 小巨人 中小企业 民营企业
进出口 一带一路 乡村振兴 示范区 创新发展 基础设施 体制机制 生态环境 人民群众 党员干部 基层 形式主义
同比分别增长 统计数据显示 人力资源和社会保障厅 三年行动计划 公共文化服务 千家万户
国家和地区 现场签约 工业互联网 电子信息 生物医药 比上年增长 工作领导小组 现代化产业体系 国家重要先进制造业高地 打造国家重要 数字化转型 用在刀刃上 巨大潜力 非物质文化遗产 深度融合 服务业增加值
出席 讲话 主持 召开 举行 调研 强调 指出 要求 表示 介绍 透露 提出 会议 会上 座谈会 工作会议
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str) -> set[str]:
    s = blank(re.sub(r"\s", "", s))
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files = compose.build()
    # 1. byte-for-byte
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            fail(f"{rel} differs from what compose.py builds (run compose.py)")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                fail(f"stray file {d}/{f.name}")
    golds = {rel: json.loads(c) for rel, c in files.items() if rel.startswith("gold/")}
    pages = {rel: c for rel, c in files.items() if rel.startswith("pages/")}

    # 2. perfect export through the scorer
    arts, srcs = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update(a)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORER, str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left = " + str(figs.get("cjk_space_left")))

    # 3. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages")
    layouts, years, fronts = Counter(), Counter(), []
    for rel, text in pages.items():
        name = Path(rel).name
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name):
            fail("bad file name " + name)
        import hashlib
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:20]:
            fail("hash mismatch " + name)
        g = golds["gold/" + name[:-4] + ".json"]
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        # column layout: every line followed by a blank line; paragraph layout: long lines
        col = text.endswith("\n")
        layouts["column" if col else "para"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g, text))
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p) and not re.search(r"[A-Za-z] [A-Za-z]", p):
                    fail(f"{name}: whitespace in a paragraph: {p[:30]}")
    if layouts != Counter(column=7, para=7):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if sum(years.values()) != 14 or set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS:
        fail("front pages: " + str([g["issue_date"] for g, _ in fronts]))
    for g, text in fronts:
        if not g["page_count"] or "下转2版" not in "".join(a["continued"] for a in g["articles"]):
            fail(f"front page {g['source']} lacks page count or a jump to page 2")
        twins = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g]
        if not any("上接1版" in a["continued"] for h in twins for a in h["articles"]):
            fail(f"front page {g['source']}: no page 2 continuation in the set")

    # 4. seed phrases
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= windows(s)
    bad = Counter()
    for g in golds.values():
        texts = g["extras"] + g["duplicates"]
        for a in g["articles"]:
            texts += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline")]
            texts += a["paragraphs"]
        for s in texts:
            for w in windows(s) & seed:
                bad[w] += 1
    if bad:
        fail("runs shared with the seeds: " + " ".join(sorted(bad)))
    print("check passed")


if __name__ == "__main__":
    main()
