#!/usr/bin/env python3
"""Verify the set: files rebuild byte-for-byte, a perfect export scores 1.000
on every figure, the set has the shape the brief asks for, and no phrase of the
seed pages' gold headlines and paragraphs is reused.  Prints `check passed`."""
from __future__ import annotations

import hashlib
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
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2016", "2018", "2021", "2026"}
FRONT_YEARS = {"2018", "2026"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases that any Hunan Daily page prints
GENERIC = """湖南日报 全媒体记者 通讯员 相关负责人 负责人 新华社 华声在线 新湖南客户端
习近平总书记 习近平新时代中国特色社会主义思想 中国特色社会主义 党中央 国务院
省委书记 省委副书记 省长 副省长 省委常委 省政协主席 省人大常委会 省政协 省政府 省委
湖南省 长沙市 株洲市 湘潭市 衡阳市 怀化市 长株潭 湘西土家族苗族自治州 土家族苗族自治州
高质量发展 三高四新 现代化新湖南 乡村振兴 同比增长 百分点 亿元 万元 以上 以来 今年 去年
近日 今天 日前 会议强调 会议指出 会议要求 出席并讲话 在长沙召开 在长沙举行 召开 举行
社会主义现代化 国家级 省级 产业链 供应链 数字经济 新能源汽车 工程机械 规模以上工业
党的二十大精神 全面从严治党 中央八项规定精神 形式主义 官僚主义 基层减负 人民群众
城际铁路 中欧班列 先进制造业 高新技术企业 专精特新 文化和旅游 非物质文化遗产 非遗
规模工业增加值 工业增加值 工业经济 经济运行 经济社会 同比分别增长 增速高于全国 高于全国
劳动密集型 机电产品 进出口总值 基础设施建设 签约金额 增加值 社会消费品零售总额
农产品加工 人居环境 人力资源和社会保障厅 长沙理工大学 重要组成部分 国家和地区
创造性转化 创新性发展 优秀传统文化 公共服务平台 人均可支配收入 轨道交通装备
特色产业集群 规模性返贫 专项行动 气象部门 各级各部门 田间地头 天气变化 近年来
跨境电商 国际市场 审判职能 农业农村 落实到位 两位数 工作会议 出口增长
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\x00" * len(w))
    return s


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(cjk(c) for c in w) >= 5:
            yield w


def seed_windows() -> set[str]:
    out = set()
    for gf in (SHARED / "gold").glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(windows(blank(squash(t))))
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    problems = []
    files, rows, _ = compose.compose_all()
    # 1. byte-for-byte rebuild
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            problems.append(f"{rel} differs from what compose.py makes")
    for d in ("pages", "gold"):
        for p in (HERE / d).glob("*"):
            if f"{d}/{p.name}" not in files:
                problems.append(f"stray file {d}/{p.name}")
    if problems:
        fail("; ".join(problems))

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages, gold files and sources, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. the export a perfect segmenter would print
    arts, sources = [], []
    shape = []
    for k, (sp, pp, gp) in enumerate(zip(srcs, pages, golds), start=1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{k:03d}_{h}.txt" or gp.name != pp.name[:-4] + ".json":
            problems.append(f"bad file name {pp.name} / {gp.name}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            problems.append(f"{gp.name}: not in the gold file format")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            problems.append(f"{gp.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline",
                           "dateline", "continued", "subheads", "paragraphs"]:
                problems.append(f"{gp.name}: article key order")
        c, _, _ = compose.build(sp)
        ids = list(c.arts)
        for aid, a in zip(ids, g["articles"]):
            e = {k2: v for k2, v in a.items() if k2 != "subheads"}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            if c.markers.get(aid):
                e["jump_marker_as_printed"] = c.markers[aid]   # extra key, see README
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                         "extras": g["extras"] + g["duplicates"]})
        shape.append((g, c, len(re.sub(r"\s", "", text))))
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        cmd = [sys.executable, str(SCORE), str(ex), str(HERE / "gold"), "--pages", str(HERE / "pages")]
        r = subprocess.run(cmd + ["-v"], capture_output=True, text=True)
        print(r.stdout, end="")
        for line in r.stdout.splitlines():
            if line.startswith("---") or line.startswith("    "):
                problems.append("scorer problem line: " + line.strip())
        out = subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout
        figs, _ = json.JSONDecoder().raw_decode(out)   # the scorer adds a summary line
    for k2, v in figs.items():
        if isinstance(v, float) and v != 1.0:
            problems.append(f"{k2} = {v!r}, not 1.000")
    if figs["cjk_space_left"] != 0 or figs["articles_gold"] != figs["articles_pred"]:
        problems.append("cjk_space_left or article counts wrong")

    # 3. shape of the set
    years = Counter(g["issue_date"][:4] for g, _, _ in shape)
    if set(years) != YEARS or not all(3 <= n <= 4 for n in years.values()):
        problems.append(f"years {dict(years)}")
    layouts = Counter(c.layout for _, c, _ in shape)
    if layouts != Counter({"column": 7, "para": 7}):
        problems.append(f"layouts {dict(layouts)}")
    fronts = [(g, c) for g, c, _ in shape if c.page["page"] == "1"]
    if sorted(g["issue_date"][:4] for g, _ in fronts) != sorted(FRONT_YEARS):
        problems.append("front pages must be one in 2018 and one in 2026")
    for g, c in fronts:
        if not g["issue_number"] or not g["page_count"] or not g["extras"]:
            problems.append(f"front page {g['source']} lacks masthead, issue number or page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            problems.append(f"front page {g['source']} jumps to no page 2")
        twos = [g2 for g2, c2, _ in shape if g2["issue_date"] == g["issue_date"] and c2.page["page"] == "2"]
        if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            problems.append(f"front page {g['source']} has no page 2 with 上接1版 in the set")
    for g, c, n in shape:
        if not 4500 <= n <= 6500:
            problems.append(f"{g['source']}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            problems.append(f"{g['source']}: {len(g['articles'])} articles")

    # 4. no phrase of the seeds
    seen = seed_windows()
    for g, _, _ in shape:
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(squash(t))):
                    if w in seen:
                        problems.append(f"{g['source']}: seed phrase {w!r} in {squash(t)[:30]!r}")
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
