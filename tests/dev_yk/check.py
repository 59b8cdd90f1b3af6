#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import compose

SET = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
errors = []


def err(msg):
    errors.append(msg)


# ---- 1. rebuild in memory and compare with the files on disk
results = compose.build_all()
names = sorted(r["name"] for r in results)
on_disk = sorted(p.stem for p in (SET / "pages").glob("*.txt"))
if names != on_disk or names != sorted(p.stem for p in (SET / "gold").glob("*.json")):
    err("pages/ or gold/ do not match the sources")
for r in results:
    if (SET / "pages" / (r["name"] + ".txt")).read_text(encoding="utf-8") != r["text"]:
        err(f"{r['name']}: page text differs from a rebuild")
    if (SET / "gold" / (r["name"] + ".json")).read_text(encoding="utf-8") != compose.gold_json(r["gold"]):
        err(f"{r['name']}: gold differs from a rebuild")
    h = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16]
    if not re.fullmatch(r"\d{3}_" + h, r["name"]):
        err(f"{r['name']}: name is not NNN_<sha256[:16]>")
if (SET / "README.md").read_text(encoding="utf-8") != compose.readme(results):
    err("README.md differs from a rebuild")

# ---- 2. gold format like the seeds'
seed_gold = json.loads(next((SHARED / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
for r in results:
    g = json.loads((SET / "gold" / (r["name"] + ".json")).read_text(encoding="utf-8"))
    if list(g) != list(seed_gold):
        err(f"{r['name']}: top-level keys differ from the seeds'")
    for a in g["articles"]:
        if list(a) != list(seed_gold["articles"][0]):
            err(f"{r['name']}: article keys differ from the seeds'")
        for s in a["subheads"]:
            if s not in a["paragraphs"]:
                err(f"{r['name']}: subhead not among paragraphs: {s}")

# ---- 3. perfect export scored by the shared scorer
export = {"articles": [], "sources": []}
for r in results:
    g = r["gold"]
    for a in g["articles"]:
        e = {"source": g["source"], "issue_date": g["issue_date"], "kind": a["kind"]}
        for f in compose.FIELDS:
            e[f] = a[f]
        e["title_derived"] = False
        e["paragraphs"] = a["paragraphs"]
        export["articles"].append(e)
    export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                              "extras": g["extras"] + g["duplicates"]})
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
    json.dump(export, fh, ensure_ascii=False)
    expath = fh.name
out = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), expath, str(SET / "gold"),
                      "--pages", str(SET / "pages"), "-v"], capture_output=True, text=True)
Path(expath).unlink()
print(out.stdout, end="")
if out.returncode != 0 or "---" in out.stdout:
    err("scorer reported problems")
for line in out.stdout.splitlines():
    m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
    if not m:
        continue
    k, v = m.groups()
    if k in ("articles_gold", "articles_pred"):
        continue
    if k == "cjk_space_left":
        if v != "0":
            err("cjk_space_left is not 0")
    elif v != "None" and v != "1.000":
        err(f"{k} = {v}, not 1.000")
if "coverage         1.000" not in out.stdout:
    err("coverage is not 1.000")

# ---- 4. shape
if len(results) != 14:
    err(f"{len(results)} pages, not 14")
lay = Counter(r["meta"]["layout"] for r in results)
if lay != Counter({"column": 7, "paragraph": 7}):
    err(f"layouts {dict(lay)}")
years = Counter(r["meta"]["date"][:4] for r in results)
if set(years) != {"2015", "2018", "2020", "2023", "2026"} or not all(2 <= v <= 3 for v in years.values()):
    err(f"years {dict(years)}")
fronts = [r for r in results if r["meta"]["page"] == "1"]
if sorted(r["meta"]["date"][:4] for r in fronts) != ["2018", "2023"]:
    err("front pages must be one in 2018 and one in 2023")
for f in fronts:
    g = f["gold"]
    if not g["issue_number"] or not g["page_count"]:
        err(f"{f['name']}: front page without issue number / page count")
    if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
        err(f"{f['name']}: front page does not jump to page 2")
    twos = [r for r in results if r["meta"]["date"] == f["meta"]["date"] and r["meta"]["page"] == "2"]
    if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["gold"]["articles"]):
        err(f"{f['name']}: its page 2 is missing or has no 上接1版")
for r in results:
    n = compose.nchars(r["text"])
    k = len(r["gold"]["articles"])
    if not 4500 <= n <= 6500:
        err(f"{r['name']}: {n} characters")
    if not 7 <= k <= 13:
        err(f"{r['name']}: {k} articles")

# ---- 5. seed-phrase rule: no 6-run with >=5 CJK shared with the seeds' headlines/paragraphs
GENERIC = """湖南日报 全媒体记者 全媒体评论员 通讯员 相关负责人 负责同志 有关负责人 湖南省 长沙市 长沙
湖南 全省 我省 省委 省政府 省人大常委会 省政协 省委常委 副省长 高质量发展 新时代 习近平
中国特色社会主义 党的二十大 据了解 据统计 记者从 今年以来 近年来 同比增长 百分点 亿元 万元
万人次 博物馆 文化旅游 非物质文化遗产 非遗 会议强调 会议指出 会议要求 张家界 岳阳 株洲 湘潭
衡阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 湘西 张家界市 岳阳市 株洲市 衡阳市 怀化市
国家级 省级 以上 进一步 推动 加快 建设 发展 工作 全国 中部
公共文化服务体系 公共文化服务 有限公司 各级党委 党委、政府 政府 召开 会议总结 优秀传统文化
深度融合 今天召开的 隐患排查 一个缩影 深入学习贯彻 重要组成部分 各级各部门 进展顺利
雨雪冰冻 核心竞争力 体制机制改革 专题调研 公共图书馆 国家和地区 消费环境 落实到位 服务水平
田间地头 下一阶段 智慧和力量""".split()
GENERIC.sort(key=len, reverse=True)
CJKC = re.compile(r"[\u4e00-\u9fff]")


def grams(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "\u25a1")
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJKC.findall(s[i:i + 6])) >= 5}


seed = set()
for gf in sorted((SHARED / "gold").glob("*.json")):
    for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed |= grams(t)
shared = Counter()
for r in results:
    for a in r["gold"]["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for gsh in grams(t) & seed:
                shared[gsh] += 1
if shared:
    err("runs shared with the seeds: " + " ".join(sorted(shared)))

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("check passed")
