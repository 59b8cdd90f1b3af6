#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
import compose  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place names,
# offices, set phrases of the paper
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 全国人大 省委 省政府 省人大常委会
省政协 省委常委 省委书记 省长 副省长 省人大 全媒体记者 湖南日报 通讯员 相关负责人 负责人 有关负责人
省委秘书长 秘书长 副主任 主任 副主席 主席 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市
永州市 怀化市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 长江经济带 同比增长
高质量发展 新发展理念 乡村振兴 三高四新 美好蓝图 现代化新湖南 社会主义现代化 国家级 省级 市州 县市区
中央八项规定精神 省工信厅 省商务厅 省发展改革委 长沙海关 工业和信息化 规模以上工业 先进制造业 数字经济
工业互联网 百分点 以上 亿元 万元 万吨 今年以来 近年来 据了解 据介绍 记者从 获悉 日前 近日 今天 召开 举行
出席 主持 强调 指出 要求 表示 介绍 会议 座谈会 调研 深入学习贯彻 贯彻落实 推动 加快 进一步 持续
重要抓手 基础设施建设 联合印发通知 中南林业科技大学 年度目标任务 取得的成绩 结合工作实际 全面从严治党
三年行动计划 建言献策 智慧和力量 突出问题 各级各部门
轨道交通装备 工程机械 数字化转型 软件和信息技术服务业 中非经贸 东数西算 东江湖数据中心 湖南大数据交易所
低温雨雪冰冻 现代化产业体系 先行区 公共服务平台 智能算力 先进计算 生物医药 电子信息 新型基础设施
数字产业集群 有力支撑 产业链上下游 倍增计划 非物质文化遗产 博物馆 纪念馆 上云 专项整治 必然选择 服务商
优势产业 今年，我省 去年，全省 等领域 今年我省 重要组成部分 服务体系建设 数据中心集群 人才培养基地 现场签约
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def windows(text: str) -> set[str]:
    for g in sorted(GENERIC, key=len, reverse=True):
        text = text.replace(g, "\u0000")
    out = set()
    for i in range(len(text) - 5):
        w = text[i:i + 6]
        if "\u0000" in w:
            continue
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"] + a["subheads"]
    return [squash(t) for t in out if t]


def main():
    # 1. byte-for-byte rebuild
    files = compose.build()
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    on_disk.add("README.md")
    if on_disk != set(files):
        fail(f"file set differs from a rebuild: {sorted(on_disk ^ set(files))[:5]}")
    for rel, text in files.items():
        if (HERE / rel).read_bytes() != text.encode("utf-8"):
            fail(f"{rel} differs from a rebuild")

    golds = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != KEYS:
            fail(f"{gf.name}: key order {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind {list(a)} {a.get('kind')}")
        golds[gf.name] = g
    srcs = {}
    for sp in sorted(compose.SRC.glob("p*.txt")):
        srcs[sp.name] = compose.parse(sp)

    # 2. shape
    if len(golds) != 14:
        fail(f"{len(golds)} pages, want 14")
    layouts = Counter()
    years = Counter()
    fronts = []
    by_num = {}
    for sp, page in srcs.items():
        by_num[page["meta"]["num"]] = page
    nums = sorted(by_num)
    if nums != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {nums}")
    for name, g in golds.items():
        num = name[:3]
        page = by_num[num]
        text = (HERE / "pages" / (name[:-5] + ".txt")).read_text(encoding="utf-8")
        if name[4:20] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fail(f"{name}: name is not the hash of the page text")
        if g["source"] != name[:-5] + ".txt":
            fail(f"{name}: source field")
        chars = len(squash(text))
        if not 4500 <= chars <= 6500:
            fail(f"{name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        layouts[page["meta"]["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            if not g["page_count"] or page["meta"]["page"] != "1":
                fail(f"{name}: front page without page count")
            fronts.append((name, g))
        # every piece of every paragraph must be on the page (no invented gold)
        flat = squash(text)
        mode = page["meta"].get("punct", "full")
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                if squash(a[f]) and squash(a[f]) not in flat:
                    fail(f"{name}: {f} not on page: {a[f]}")
            if a["continued"] and squash(a["continued"]) not in flat:
                fail(f"{name}: jump marker not on page: {a['continued']}")
        for e in g["extras"] + g["duplicates"]:
            if squash(e) not in flat:
                fail(f"{name}: extra/duplicate not on page: {e}")
        for aid in page["order"]:
            for pc in compose.pieces_of(page["arts"][aid]):
                t = squash(compose.punct(pc["text"], mode).replace(compose.BREAK, ""))
                if t and t not in flat:
                    fail(f"{name}: piece not on page: {t[:20]}")
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {layouts}")
    if set(years) != {"2016", "2018", "2023", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2018", "2026"]:
        fail("front pages must be one in 2018 and one in 2026")
    for name, g in fronts:
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{name}: front page has no 下转2版")
        p2 = [h for n, h in golds.items() if h["issue_date"] == g["issue_date"] and not h["issue_number"]
              and by_num[n[:3]]["meta"]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["articles"]):
            fail(f"{name}: its page 2 with 上接1版 is missing")

    # 3. seed-phrase rule
    seedwin = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(gf.read_text(encoding="utf-8"))):
            seedwin |= windows(t)
    clashes = []
    for name, g in golds.items():
        for t in texts_of(g):
            for w in windows(t) & seedwin:
                clashes.append((name[:3], w))
    if clashes:
        for c in sorted(set(clashes))[:60]:
            print("seed phrase:", *c)
        fail(f"{len(set(clashes))} runs shared with the seeds")

    # 4. the export a perfect segmenter prints, scored
    arts, sources = [], []
    for name, g in golds.items():
        page = by_num[name[:3]]
        src = name[:-5] + ".txt"
        for a, aid in zip(g["articles"], page["order"]):
            e = {"source": src, "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": src, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode or r.stderr:
        fail("scorer failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        parts = line.split()
        if len(parts) == 2 and not line.startswith("seg_f1="):
            k, v = parts
            if k == "cjk_space_left":
                if v != "0":
                    fail(line)
            elif "." in v and v != "1.000":
                fail(line)
    print("check passed")


if __name__ == "__main__":
    main()
