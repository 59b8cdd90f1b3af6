#!/usr/bin/env python3
"""Verify the dev_xs test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the set's shape (14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page, gold format and key order);
3. the seed-phrase rule (no 6-character run with 5+ Chinese characters shared with
   the seeds' gold headlines and paragraphs, after blanking generic words);
4. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py, coverage 1.000, no problem line.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before comparing with the seeds: institutions, places, set phrases
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人 新湖南 华声在线 习近平总书记 习近平
党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 书记 副主任 秘书长
省工信厅 省人社厅 省发展改革委 省商务厅 工业和信息化 人力资源和社会保障 省应急管理厅
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 永州 邵阳 娄底 益阳 张家界 湘西
全省 我省 全国 中部 规模以上 同比增长 比上年 高质量发展 现代化 先进制造业 产业链 产业集群
亿元 万元 百分点 以上 今年以来 近年来 据了解 记者了解到 据悉 会议强调 会议指出 会议要求
三高四新 新湖南 社会主义 以旧换新 实现 推动 推进 加快 进一步 全面 持续 深入
规模工业 制造业 增加值 工程机械 轨道交通 海关 行动方案 国家和地区 分别增长
工作会议 中央八项规定精神 党员干部 各级各部门 公共文化服务 基础设施 城际铁路 人均可支配收入
农产品加工 生态环境 隐患排查 新能源汽车 有力支撑 获悉 召开 会上强调 春风行动 小巨人 传统文化
专题调研 工业经济 电子信息 生物医药 核心技术 软件和信息技术服务 航空发动机 中非经贸
新业态新模式 上下游 气象部门 印发通知 研究部署 工作情况 产业项目 重要抓手 以实际行动 常年同期
专项行动 签约 土家族苗族自治州 实际问题 专精特新 工业互联网 自主安全计算 国家级""".split()


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(unicodedata.normalize("NFKC", w), "□")
    return re.sub(r"\s+", "", s)


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(map(cjk, w)) >= 5:
            yield w


def texts(g: dict):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    results = compose.build()
    # 1. byte-for-byte rebuild
    want = {("pages", n + ".txt"): t for _, n, t, _ in results}
    want.update({("gold", n + ".json"): compose.gold_json(g) for _, n, _, g in results})
    for d in ("pages", "gold"):
        have = {f.name for f in (HERE / d).iterdir()}
        if have != {n for dd, n in want if dd == d}:
            fail(f"{d}/ holds other files than compose.py writes")
    for (d, n), t in want.items():
        if (HERE / d / n).read_text(encoding="utf-8") != t:
            fail(f"{d}/{n} differs from a fresh composition")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(results):
        fail("README.md differs from a fresh composition")

    # 2. shape
    if len(results) != 14:
        fail("not 14 pages")
    lay = [pg.meta["layout"] for pg, *_ in results]
    if lay.count("column") != 7 or lay.count("paragraph") != 7:
        fail(f"layouts {lay}")
    years: dict[str, int] = {}
    fronts = []
    for pg, name, text, g in results:
        if not re.fullmatch(r"0(0[1-9]|1[0-4])_[0-9a-f]{16}", name):
            fail(f"file name {name}")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{name}: key order")
        n = len(compose.squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        y = g["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        for a in g["articles"]:
            if a["kind"] not in KINDS:
                fail(f"{name}: kind {a['kind']}")
            if any(re.search(r"\s", p) for p in a["paragraphs"]) or not all(a["paragraphs"]):
                fail(f"{name}: whitespace or empty paragraph")
            who = a["byline"] + a["dateline"]
            if int(y) < 2019 and "全媒体" in who:
                fail(f"{name}: 全媒体记者 before 2019")
            if int(y) > 2019 and re.search(r"湖南日报(?:[^·]{0,12}?)记者", who) and "全媒体" not in who \
                    and "客户端" not in who:
                fail(f"{name}: plain 记者 after 2019: {who}")
        if g["issue_number"]:
            if not (g["page_count"] and pg.meta["page"] == "1" and g["extras"]):
                fail(f"{name}: front page without page count or masthead")
            fronts.append((g["issue_date"], g))
    if sorted(years) != ["2015", "2017", "2020", "2024"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(d[:4] for d, _ in fronts) != ["2017", "2020"]:
        fail("front pages are not one in 2017 and one in 2020")
    for date, g in fronts:
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {date} jumps to no page 2")
        p2 = [gg for pg, _, _, gg in results if gg["issue_date"] == date and pg.meta["page"] == "2"]
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2[0]["articles"]):
            fail(f"front page {date}: its page 2 carries no continuation")

    # 3. seed phrases
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(f.read_text(encoding="utf-8"))):
            seed.update(windows(norm(t)))
    shared = []
    for _, name, _, g in results:
        for t in texts(g):
            shared += [(name, w) for w in windows(norm(t)) if w in seed]
    if shared:
        for name, w in shared[:300]:
            print("   shared with the seeds:", name, w)
        fail(f"{len(shared)} runs shared with the seeds")

    # 4. perfect export, scored
    export = {"articles": [], "sources": []}
    for pg, name, _, g in results:
        for a in g["articles"]:
            export["articles"].append({"source": name + ".txt", "issue_date": g["issue_date"],
                                       "title_derived": False, **a})
        export["sources"].append({"source": name + ".txt", "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + pg.debris})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    figures = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"problem line: {line}")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fail(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail("cjk_space_left is not 0")
    print("check passed")


if __name__ == "__main__":
    main()
