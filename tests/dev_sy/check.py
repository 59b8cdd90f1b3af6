#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule.
Prints `check passed` or exits non-zero with the reasons."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
fails: list[str] = []


def fail(msg):
    fails.append(msg)


# 1. rebuild byte-for-byte ------------------------------------------------------
pages, total = compose.build()
on_disk = {p.stem for p in (HERE / "pages").glob("*.txt")}
if on_disk != set(pages):
    fail(f"pages/ differs from a rebuild: {sorted(on_disk ^ set(pages))}")
for fname, (text, gold, info) in pages.items():
    pp, gp = HERE / "pages" / (fname + ".txt"), HERE / "gold" / (fname + ".json")
    if not pp.exists() or pp.read_bytes() != text.encode("utf-8"):
        fail(f"{fname}.txt not byte-identical to a rebuild")
    if not gp.exists() or gp.read_bytes() != compose.gold_json(gold).encode("utf-8"):
        fail(f"{fname}.json not byte-identical to a rebuild")
if {p.stem for p in (HERE / "gold").glob("*.json")} != set(pages):
    fail("gold/ holds files that are not in the rebuild")
if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(pages, total):
    fail("README.md not identical to a rebuild")

# 2. shape ---------------------------------------------------------------------
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
if len(pages) != 14:
    fail(f"{len(pages)} pages, want 14")
lay = Counter(info["meta"]["layout"] for _, _, info in pages.values())
if lay != Counter({"column": 7, "para": 7}):
    fail(f"layouts {dict(lay)}, want 7 + 7")
years = Counter(g["issue_date"][:4] for _, g, _ in pages.values())
if set(years) != {"2016", "2018", "2021", "2025"} or not all(3 <= v <= 4 for v in years.values()):
    fail(f"years {dict(years)}")
nums = sorted(int(f[:3]) for f in pages)
if nums != list(range(1, 15)):
    fail(f"page numbers {nums}")
fronts = []
for fname, (text, g, info) in pages.items():
    if list(g) != KEYS:
        fail(f"{fname}: gold keys {list(g)}")
    if fname[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
        fail(f"{fname}: name is not the hash of the text")
    n = len(re.sub(r"\s", "", text))
    if not 4500 <= n <= 6500:
        fail(f"{fname}: {n} characters")
    if not 7 <= len(g["articles"]) <= 13:
        fail(f"{fname}: {len(g['articles'])} articles")
    for a in g["articles"]:
        if list(a) != AKEYS or a["kind"] not in KINDS:
            fail(f"{fname}: bad article keys/kind {a.get('kind')}")
        for p in a["paragraphs"]:
            if re.search(r"(?<=[\u4e00-\u9fff“”，。、；：？！（）])\s+(?=[\u4e00-\u9fff“”，。、；：？！（）])", p):
                fail(f"{fname}: space between CJK in gold paragraph {p[:20]}")
        for s in a["subheads"]:
            if s.replace(" ", "") not in a["paragraphs"]:
                fail(f"{fname}: subhead not among paragraphs {s}")
    if g["issue_number"] or g["page_count"]:
        fronts.append((fname, g))
        if info["meta"]["page"] != "1" or not g["issue_number"] or not g["page_count"]:
            fail(f"{fname}: front page needs page 1, issue number and page count")
        jump = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not jump:
            fail(f"{fname}: front page jumps to no page 2")
        p2 = [g2 for f2, (_, g2, i2) in pages.items()
              if g2["issue_date"] == g["issue_date"] and i2["meta"]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                             for a in p2[0]["articles"]):
            fail(f"{fname}: its page 2 (上接1版) is not in the set")
if sorted(g["issue_date"][:4] for _, g in fronts) != ["2018", "2025"]:
    fail(f"front pages: {[g['issue_date'] for _, g in fronts]}")

# 3. perfect export scores 1.000 ---------------------------------------------------
export = {"articles": [], "sources": []}
for fname, (text, g, info) in pages.items():
    for a in g["articles"]:
        e = {"source": g["source"], "issue_date": g["issue_date"]}
        e.update({k: v for k, v in a.items() if k != "subheads"})
        e["title_derived"] = False
        export["articles"].append(e)
    export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                              "extras": g["extras"] + g["duplicates"]})
with tempfile.TemporaryDirectory() as td:
    ep = Path(td) / "export.json"
    ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"],
                       capture_output=True, text=True)
out = r.stdout
print(out, end="")
if r.returncode != 0:
    fail("score.py failed: " + r.stderr[-300:])
for line in out.splitlines():
    if line.startswith("---") or line.startswith("    "):
        fail("scorer problem line: " + line.strip())
    m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
    if not m:
        continue
    k, v = m.groups()
    if k in ("articles_gold", "articles_pred"):
        continue
    if k == "cjk_space_left":
        if v != "0":
            fail(f"cjk_space_left {v}")
    elif v != "None" and v != "1.000":
        fail(f"{k} = {v}")
    elif v == "None" and k == "coverage":
        fail("coverage not measured")

# 4. seed-phrase rule ---------------------------------------------------------------
GENERIC = sorted("""湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新湖南客户端 华声在线 新华社
相关负责人 主要负责人 负责人 省委书记 省委副书记 省长 副省长 省委常委 秘书长 省政协 省人大常委会
省政府 省委 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 习近平 党的二十大精神
党的二十大 高质量发展 现代化新湖南 三高四新 美好蓝图 社会主义现代化 中国特色社会主义 新时代
国家重要先进制造业高地 先进制造业 数字经济 人工智能 新一代信息技术 工业互联网 全省各级 各级各部门
全省上下 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州
湘西 浏阳 湘江 洞庭湖 长株潭 湖南省 湖南 全省 我省 今年以来 近年来 据了解 据悉 记者从 日前 近日
同比增长 亿元 万元 百分点 以上 工作会议 座谈会 召开 举行 出席 讲话 强调 指出 要求 表示 介绍
乡村振兴 生态环境 安全生产 应急管理 纪委监委 以旧换新 进出口 规模以上 省工信厅 省商务厅
省应急管理厅 省发展改革委 省气象局 省医保局 省文化和旅游厅 省生态环境厅 省水利厅 市场监管
三年行动计划 非遗代表性项目 代表性传承人 人力资源和社会保障厅 非物质文化遗产 重要组成部分 优秀传统文化
工业增加值 增加值增长 新能源汽车 数据中心 气象部门 工业经济运行 清醒看到
历史同期 国家和地区 新型基础设施 基础设施建设 数字化转型 绿色化 主体责任 政策措施
走在全国前列 安全防范 国际市场 大数据交易所 研发投入 复合型人才 生活污水 深度融合 隐患排查
支持力度 监测显示 落实情况
一是 二是 三是 进一步 切实 坚持 推动 推进 加快 加强 深入 全面 持续 不断 积极 扎实
""".split(), key=len, reverse=True)


def norm(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return re.sub(r"\s", "", s)


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


seed_grams = set()
for gf in sorted((SHARED / "gold").glob("*.json")):
    sg = json.loads(gf.read_text(encoding="utf-8"))
    for a in sg["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed_grams |= grams(norm(t))
shared = Counter()
for fname, (text, g, info) in pages.items():
    for a in g["articles"]:
        for t in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for x in grams(norm(t)) & seed_grams:
                shared[(fname[:3], x)] += 1
if shared:
    for (f, x), n in sorted(shared.items()):
        print(f"seed phrase shared: {f} {x}")
    fail(f"{len(shared)} seed phrases shared")

if fails:
    for f in fails:
        print("FAIL:", f)
    sys.exit(1)
print("check passed")
