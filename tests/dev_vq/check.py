#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export scoring, shape, seed-phrase rule.
Prints `check passed` or exits non-zero with the reasons."""
from __future__ import annotations

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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases every page of the paper uses
GENERIC = sorted("""
湖南日报 人力资源和社会保障 全媒体记者 全媒体评论员 通讯员 华声在线 新湖南客户端 新华社
习近平总书记 习近平新时代中国特色社会主义思想 习近平 党中央 国务院 中央
省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长 副主任 主任 秘书长
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西 长株潭 增加值 社会消费品零售总额 第一产业 第二产业 第三产业 国家和地区 先进制造业集群 工业和信息化 工信厅 新能源汽车 工业经济 非物质文化遗产 非遗 产业链 各级各部门 常年同期 年度目标任务 微信公众号 洞庭湖 湘江 资水 沅水 澧水 安化 醴陵
相关负责人 规模以上 高质量发展 同比增长 比上年增长 乡村振兴 现代化 新湖南 三高四新
全省 我省 今年 去年 近年来 以来 目前 据了解 据介绍 今天 日前 近日 同时 其中 同比
出席 调研 强调 指出 要求 表示 会议 召开 举行 活动 工作 推动 推进 加快 加强 发展 建设
""".split(), key=len, reverse=True)
CJK1 = re.compile(r"[\u4e00-\u9fff]")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for g in GENERIC:
        s = s.replace(g, "□")
    return s


def windows(s: str, n=6):
    for i in range(len(s) - n + 1):
        w = s[i:i + n]
        if len(CJK1.findall(w)) >= 5:
            yield w


def texts_of(gold):
    for a in gold["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        yield from a["paragraphs"]


def main():
    # 1. rebuild byte for byte
    out = compose.build()
    for rel, content in out.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} is not what compose.py builds")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}, {len(golds)}")
    if {p.stem for p in pages} != {g.stem for g in golds}:
        fail("page and gold names differ")

    # 2. perfect export and scorer
    export = {"articles": [], "sources": []}
    G = {}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        G[g.stem] = gold
        if list(gold) != KEYS:
            fail(f"{g.name}: key order {list(gold)}")
        if g.read_text(encoding="utf-8") != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                fail(f"{g.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{g.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if re.sub(r"\s", "", s) not in a["paragraphs"]:
                    fail(f"{g.name}: subhead {s} not among paragraphs")
            export["articles"].append({
                "source": gold["source"], "issue_date": gold["issue_date"],
                "kind": a["kind"], "column": a["column"], "kicker": a["kicker"],
                "title": a["title"], "subtitle": a["subtitle"], "title_derived": False,
                "byline": a["byline"], "dateline": a["dateline"], "continued": a["continued"],
                "paragraphs": a["paragraphs"]})
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail("scorer failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")

    # 3. shape
    layouts, years, fronts = Counter(), Counter(), []
    srcs = {c: compose.Composer(c) for c in sorted((HERE / "src").glob("p*.txt"))}
    by_file = {}
    for s, c in srcs.items():
        c.run()
        by_file[c.name] = c
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + h, p.stem):
            fail(f"{p.name}: name does not carry the text hash")
        gold = G[p.stem]
        if gold["source"] != p.name:
            fail(f"{p.name}: gold source {gold['source']}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{p.name}: {na} articles")
        c = by_file[p.stem]
        layouts[c.col] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"]:
            fronts.append(p.stem)
            if not gold["page_count"]:
                fail(f"{p.name}: front page without page count")
            downs = [a for a in gold["articles"] if a["continued"].startswith("下转2版")]
            if not downs:
                fail(f"{p.name}: front page without a jump to page 2")
            twos = [q for q in G.values() if q["issue_date"] == gold["issue_date"] and q is not gold
                    and any(a["continued"].startswith("上接1版") for a in q["articles"])]
            if not twos:
                fail(f"{p.name}: its page 2 is not in the set")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2017", "2020", "2022", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {G[f]["issue_date"][:4] for f in fronts} != {"2020", "2026"}:
        fail(f"front pages {fronts}")

    # 4. seed-phrase rule
    seedw = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(g.read_text(encoding="utf-8"))):
            seedw.update(windows(blank(t)))
    bad = []
    for stem, gold in G.items():
        for t in texts_of(gold):
            for w in windows(blank(t)):
                if w in seedw:
                    bad.append((stem[:3], w, t[:30]))
    if bad:
        for b in bad[:60]:
            print("   seed phrase:", *b)
        fail(f"{len(bad)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
