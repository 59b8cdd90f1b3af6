#!/usr/bin/env python3
"""Verify the set: rebuild byte for byte, score a perfect export, check the
shape of the set and the seed-phrase rule.  Prints `check passed`.

    python3 check.py
"""
from __future__ import annotations

import filecmp
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases of the paper's register
GENERIC = """
湖南日报 全媒体记者 通讯员 记者 新华社 华声在线 新湖南客户端 湖南图片库
中共中央政治局 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省委宣传部 省工信厅 省商务厅 省发展改革委 省财政厅 省住房城乡建设厅 省林业局 省文化和旅游厅
省交通运输厅 省农业农村厅 省教育厅 省卫生健康委 长沙海关 海关总署 省应急管理厅
习近平新时代中国特色社会主义思想 习近平总书记 以习近平同志为核心的党中央 党的二十大精神
社会主义现代化新湖南 三高四新 现代化新湖南 高质量发展 新型工业化 乡村振兴 一带一路
中欧班列 西部陆海新通道 中非经贸博览会 中非经贸 先进制造业 产业链 供应链 新能源汽车
工程机械 规模以上 规模工业 增加值 同比增长 同比下降 个百分点 亿元 万元 进出口总值 进出口
相关负责人 负责人介绍 负责人表示 负责人说 据了解 据介绍 记者从 获悉 日前 近日 今天 今年以来
近年来 去年以来 主要负责人 有关负责人 出席 讲话 会议强调 会议指出 会议要求
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
邵阳市 湘西土家族苗族自治州 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳
湘西 长株潭 湖南 全省 我省 全市 全县 全国
省人力资源和社会保障厅 人力资源和社会保障 轨道交通装备 研究部署 下一阶段 工作情况汇报
同比分别增长 国家和地区 走出去 比上年增长 公共文化服务 关键核心技术 基础设施建设 公共服务平台
湘粤非铁海联运 国际陆港 长沙国际陆港 怀化国际陆港 非物质文化遗产
省工业和信息化厅 工业和信息化 自然资源和规划局
""".split()
CJK1 = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return re.sub(r"\s", "", s)


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if CJK1.match(c)) >= 5:
            yield w


def article_texts(g: dict):
    for a in g["articles"]:
        yield from (a["kicker"], a["title"], a["subtitle"], a["column"])
        yield from a["paragraphs"]
        yield from a["subheads"]


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. rebuild byte for byte
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), td], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh build: {set(a) ^ set(b)}")
            for n in a:
                if not filecmp.cmp(HERE / sub / n, Path(td) / sub / n, shallow=False):
                    fail(f"{sub}/{n} differs from a fresh build")
        if not filecmp.cmp(HERE / "README.md", Path(td) / "README.md", shallow=False):
            fail("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. shape
    layouts, years, fronts = Counter(), Counter(), []
    gd = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {p.name} / {g.name}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not in the seeds' JSON layout (indent=1, ensure_ascii=False)")
        if list(gold) != KEYS or gold["source"] != p.name:
            fail(f"{g.name}: keys {list(gold)}")
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{g.name}: article keys/kind {list(a)} {a['kind']}")
            for s in a["subheads"]:
                if s.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{g.name}: subhead not among paragraphs: {s}")
            # bylines: 记者 before 2019, 全媒体记者 after
            for f in (a["dateline"], a["byline"]):
                y = int(gold["issue_date"][:4])
                if "湖南日报" in f and "记者" in f:
                    if y < 2019 and "全媒体" in f:
                        fail(f"{g.name}: 全媒体 before 2019: {f}")
                    if y >= 2019 and "全媒体" not in f:
                        fail(f"{g.name}: no 全媒体 after 2019: {f}")
        gd[p.name] = gold
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{p.name}: {len(gold['articles'])} articles")
        lay = "column" if re.search(r"\n\n[^\n]{4,30}\n\n[^\n]{4,30}\n\n[^\n]{4,30}\n\n", text) \
            and sum(1 for l in text.splitlines() if len(l) > 60) < 12 else "paragraph"
        layouts[lay] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"]:
            fronts.append(gold)
        for a in gold["articles"]:
            for t in article_texts({"articles": [a]}):
                pass
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if sum(years.values()) != 14:
        fail(f"years {dict(years)}")
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for f in fronts:
        if not f["page_count"] or not f["extras"]:
            fail(f"front page {f['source']} lacks page count or masthead")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        mates = [g for g in gd.values() if g["issue_date"] == f["issue_date"] and g is not f]
        ups = [a for g in mates for a in g["articles"] if a["continued"].startswith("上接1版")]
        if not down or not ups:
            fail(f"front page {f['source']}: no 下转2版 / 上接1版 pair in the set")

    # 3. seed-phrase rule
    seed = set()
    for sg in SEED_GOLD.glob("*.json"):
        for t in article_texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed.update(windows(blank(t)))
    hits = []
    for name, gold in gd.items():
        for t in article_texts(gold):
            for w in windows(blank(t)):
                if w in seed:
                    hits.append((name, w, t[:30]))
    if hits:
        for h in hits[:60]:
            print("seed phrase:", h)
        fail(f"{len(hits)} runs shared with the seeds")

    # 4. the export a perfect segmenter would print, scored
    arts, sources = [], []
    for name, g in gd.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "kind": a["kind"]}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                e[k] = a[k]
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            arts.append(e)
        sources.append({"source": name, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    bad = []
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            bad.append(line)
            continue
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                bad.append(line)
        elif v != "1.000":
            bad.append(line)
    if r.returncode or bad:
        fail("scorer: " + "; ".join(bad))
    print("check passed")


if __name__ == "__main__":
    main()
