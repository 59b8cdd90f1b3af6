#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, a perfect export scores 1.000 everywhere,
the shape of the set, and the seed-phrase rule.  Prints `check passed`."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# 1. rebuild byte-for-byte ------------------------------------------------------
out, pages, phen = compose.build_all()
for rel, content in out.items():
    p = HERE / rel
    if not p.exists() or p.read_text(encoding="utf-8") != content:
        fail(f"not rebuilt byte-for-byte: {rel}")
for d in ("pages", "gold"):
    for f in (HERE / d).iterdir():
        if f"{d}/{f.name}" not in out:
            fail(f"stale file {d}/{f.name}")

# 2. perfect export --------------------------------------------------------------
markers = json.loads((HERE / "markers.json").read_text(encoding="utf-8"))
arts, srcs = [], []
golds = {}
for gf in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    golds[g["source"]] = g
    for i, a in enumerate(g["articles"]):
        b = {"source": g["source"], "issue_date": g["issue_date"]}
        b.update({k: v for k, v in a.items()})
        b["title_derived"] = False
        b["markers_raw"] = markers.get(g["source"], {}).get(str(i), [])
        arts.append(b)
    srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                 "extras": g["extras"] + g["duplicates"]})
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
    json.dump({"articles": arts, "sources": srcs}, tf, ensure_ascii=False)
    exp = tf.name
r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), exp, str(HERE / "gold"),
                    "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
print(r.stdout.strip())
for line in r.stdout.splitlines():
    m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
    if line.startswith("---") or line.startswith("    "):
        fail(f"scorer problem line: {line.strip()}")
    if m:
        k, v = m.group(1), m.group(2)
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left not 0")
        elif "." in v and v != "1.000":
            fail(f"{k} = {v}")
if r.returncode:
    fail("scorer exited non-zero")
rj = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), exp, str(HERE / "gold"),
                     "--pages", str(HERE / "pages"), "--json"], capture_output=True, text=True)
fig = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
for k, v in fig.items():
    if isinstance(v, float) and v != 1.0:
        fail(f"{k} = {v!r} (not exactly 1)")
if fig.get("cjk_space_left") != 0 or fig.get("articles_gold") != fig.get("articles_pred"):
    fail("cjk_space_left / article counts")

# 3. shape -----------------------------------------------------------------------
if len(golds) != 14:
    fail(f"{len(golds)} pages, want 14")
lay = Counter(p["layout"] for p in pages)
if lay != Counter({"column": 7, "paragraph": 7}):
    fail(f"layouts {dict(lay)}")
years = Counter(p["date"][:4] for p in pages)
if sorted(years) != ["2016", "2020", "2023", "2026"] or not all(3 <= v <= 4 for v in years.values()):
    fail(f"years {dict(years)}")
for n, p in enumerate(pages, 1):
    text = (HERE / "pages" / p["file"]).read_text(encoding="utf-8")
    want = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + ".txt"
    if p["file"] != want:
        fail(f"file name {p['file']} != {want}")
    if not 4500 <= p["chars"] <= 6500:
        fail(f"{p['file']}: {p['chars']} characters")
    if not 7 <= p["articles"] <= 13:
        fail(f"{p['file']}: {p['articles']} articles")
fronts = [g for g in golds.values() if g["issue_number"]]
if len(fronts) != 2 or sorted(g["issue_date"][:4] for g in fronts) != ["2016", "2026"]:
    fail("front pages")
for g in fronts:
    if not g["page_count"] or not any(a["continued"].startswith("下转2版") for a in g["articles"]):
        fail(f"front page {g['source']} lacks page count or 下转2版")
    p2 = [p for p in pages if p["date"] == g["issue_date"] and str(p["page"]) == "2"]
    if len(p2) != 1:
        fail(f"no page 2 for {g['issue_date']}")
    else:
        g2 = golds[p2[0]["file"]]
        if not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版") for a in g2["articles"]):
            fail(f"page 2 of {g['issue_date']} lacks 上接1版")
for g in golds.values():
    if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
        fail("gold key order")
    for a in g["articles"]:
        if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                       "continued", "subheads", "paragraphs"]:
            fail("article key order")

# 4. seed-phrase rule ------------------------------------------------------------
GENERIC = """湖南日报 全媒体记者 全媒体评论员 通讯员 相关负责人 有关负责人 习近平总书记 习近平新时代中国特色社会主义思想
党中央 国务院 省委 省政府 省人大常委会 省政协 高质量发展 现代化新湖南 三高四新 美好蓝图 社会主义
长株潭 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳 湘西 土家族苗族自治州 洞庭湖 湘江
同比增长 个百分点 规模以上工业 增加值 进出口 以上 亿元 万元 今年以来 近年来 据了解 据悉 记者从 获悉 召开 会议强调
会议指出 会议要求 出席 主持 调研 座谈会 新华社 基层 党员干部 党组织 全面从严治党 八项规定 形式主义 官僚主义
中国特色 实施方案 工作会议 在长沙 举行 全省 我省 湖南省 湖南
三年行动计划 全体会议 委员会 经济运行 情况汇报 新能源汽车 部署下一阶段 规模工业 研究部署 忠诚干净担当
学习教育 移送司法机关 解决实际问题 腐败问题 国家和地区 非物质文化遗产 重要组成部分 主要负责人 负责人表示 清醒看到 生态保护修复 突出问题 可支配收入 规模性返贫 历史同期 基础设施建设 田间地头 产业发展 轨道交通装备 制造业 各级各部门 产业集群 等内容 社会消费品零售总额 政治功能和组织功能 十五五 良好开局 领导小组 体制机制改革 高层次人才 就业岗位""".split()
GENERIC.sort(key=len, reverse=True)


def blank(s):
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s):
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


seed_grams = set()
for gf in sorted((SHARED / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    for a in g["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed_grams |= grams(t)
shared = Counter()
for g in golds.values():
    for a in g["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for x in grams(t) & seed_grams:
                shared[(g["source"][:3], x)] += 1
for (pg, x), n in sorted(shared.items()):
    fail(f"seed phrase shared on page {pg}: {x}")

if FAIL:
    print(f"check FAILED ({len(FAIL)} problems)")
    sys.exit(1)
print("check passed")
