#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, score a perfect export, check shape and
the seed-phrase rule.  Prints `check passed` or the reasons it failed."""
from __future__ import annotations

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

problems: list[str] = []


def fail(msg: str):
    problems.append(msg)


# 1. the build is repeatable: compose into a temp dir and compare every file
with tempfile.TemporaryDirectory() as td:
    compose.build(Path(td))
    for sub in ("pages", "gold"):
        a = sorted(p.name for p in (HERE / sub).iterdir())
        b = sorted(p.name for p in (Path(td) / sub).iterdir())
        if a != b:
            fail(f"{sub}/ differs from a fresh build: {sorted(set(a) ^ set(b))}")
            continue
        for n in a:
            if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                fail(f"{sub}/{n} differs from a fresh build")
    if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
        fail("README.md differs from a fresh build")

pages = sorted((HERE / "pages").glob("*.txt"))
golds = sorted((HERE / "gold").glob("*.json"))

# 2. the export a perfect segmenter would print, scored by the shared scorer
arts, srcs = [], []
for gf in golds:
    g = json.loads(gf.read_text(encoding="utf-8"))
    for a in g["articles"]:
        b = dict(a)
        b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
        arts.append(b)
    srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                 "extras": g["extras"] + g["duplicates"]})
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
    json.dump({"articles": arts, "sources": srcs}, f, ensure_ascii=False)
    export = f.name
res = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), export, str(HERE / "gold"),
                      "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
Path(export).unlink()
print(res.stdout.strip())
for line in res.stdout.splitlines():
    if line.startswith("---") or line.startswith("    "):
        fail(f"scorer problem: {line.strip()}")
    m = re.match(r"(\w+)\s+([0-9.]+)$", line)
    if not m:
        continue
    k, v = m.group(1), m.group(2)
    if k in ("articles_gold", "articles_pred"):
        continue
    if k == "cjk_space_left":
        if v != "0":
            fail("cjk_space_left is not 0")
    elif v != "1.000":
        fail(f"{k} = {v}, not 1.000")
if res.returncode:
    fail("scorer exited with an error")

# 3. shape
if len(pages) != 14 or len(golds) != 14:
    fail(f"{len(pages)} pages / {len(golds)} gold files, want 14")
layouts, years, fronts = {}, {}, []
for p in pages:
    text = p.read_text(encoding="utf-8")
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", p.name) or p.name[4:20] != h:
        fail(f"{p.name}: name does not carry the page text's hash {h}")
    gf = HERE / "gold" / (p.stem + ".json")
    if not gf.exists():
        fail(f"{p.name}: no gold file")
        continue
    g = json.loads(gf.read_text(encoding="utf-8"))
    if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                   "extras", "duplicates"]:
        fail(f"{gf.name}: top-level keys not in the seeds' order")
    for a in g["articles"]:
        if list(a) != list(compose.FIELDS):
            fail(f"{gf.name}: article keys not in the seeds' order")
        if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
            fail(f"{gf.name}: bad kind {a['kind']}")
    src = compose.parse_source(HERE / "src" / f"p{p.name[1:3]}.txt")
    layouts.setdefault(src["meta"]["layout"], []).append(p.name)
    years.setdefault(g["issue_date"][:4], []).append(p.name)
    n = len(re.sub(r"\s", "", text))
    if not 4500 <= n <= 6500:
        fail(f"{p.name}: {n} characters, want 4,500-6,500")
    if not 7 <= len(g["articles"]) <= 13:
        fail(f"{p.name}: {len(g['articles'])} articles, want 7-13")
    if g["issue_number"]:
        fronts.append((p.name, g, text))
    datetime.date.fromisoformat(g["issue_date"])
if sorted(len(v) for v in layouts.values()) != [7, 7]:
    fail(f"layouts: { {k: len(v) for k, v in layouts.items()} }, want 7 and 7")
want_years = {"2015": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}
for y, (lo, hi) in want_years.items():
    if not lo <= len(years.get(y, [])) <= hi:
        fail(f"year {y}: {len(years.get(y, []))} pages")
if set(years) - set(want_years):
    fail(f"unexpected years {set(years) - set(want_years)}")
if len(fronts) != 2:
    fail(f"{len(fronts)} front pages, want 2")
for name, g, text in fronts:
    if not g["page_count"] or not any("下转2版" in a["continued"] for a in g["articles"]):
        fail(f"{name}: front page without page count or 下转2版")
    twins = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
    twins = [t for t in twins if t["issue_date"] == g["issue_date"] and t is not g
             and t["source"] != g["source"]]
    if not any(a["continued"].startswith("上接1版") for t in twins for a in t["articles"]):
        fail(f"{name}: no page 2 of the same issue carrying 上接1版")

# 4. seed-phrase rule: no 6-character run with >= 5 Chinese characters shared
GENERIC = [
    "习近平新时代中国特色社会主义思想", "习近平总书记", "党的二十大精神", "党中央", "国务院", "政府工作报告", "轨道交通装备", "轨道交通",
    "省委书记", "省委副书记", "省长", "副省长", "省委常委", "省委", "省政府", "省人大常委会",
    "省政协", "全省", "我省", "湖南省", "湖南日报", "全媒体记者", "全媒体评论员", "评论员",
    "相关负责人", "负责人", "人均可支配收入", "公共文化服务", "出席并讲话", "人力资源和社会保障厅", "同比分别增长", "通讯员", "新华社", "高质量发展", "现代化新湖南", "社会主义现代化",
    "三高四新", "美好蓝图", "战略定位和使命任务", "同比增长", "比上年增长", "规模以上工业", "先进制造业", "产业链", "供应链", "新一代", "中欧班列", "西部陆海新通道",
    "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州",
    "怀化", "娄底", "湘西土家族苗族自治州", "湘西", "长株潭", "湖南", "中国", "全国", "国家",
    "两个确立", "两个维护", "一带一路", "以旧换新", "工程机械", "新能源汽车", "人工智能",
    "省商务厅", "省工信厅", "省农业农村厅", "省教育厅", "省文化和旅游厅", "省发展改革委",
    "中非经贸博览会", "中非经贸", "湘粤非铁海联运", "优秀传统文化", "非物质文化遗产", "工业互联网", "工业和信息化", "规模工业增加值", "规模以上", "领导小组", "智赋万企", "乡村振兴", "农业农村", "全面从严治党", "形式主义",
    "先进计算", "数字经济", "职业教育", "进出口", "中央八项规定精神", "专精特新", "小巨人",
]
SEED_CHARS = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return re.sub(r"\s", "", s)


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if sum(1 for c in s[i:i + 6] if SEED_CHARS.match(c)) >= 5}


def texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


seed = set()
for gf in sorted((SHARED / "gold").glob("*.json")):
    for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
        seed |= grams(t)
for gf in golds:
    g = json.loads(gf.read_text(encoding="utf-8"))
    for t in texts(g):
        shared = grams(t) & seed
        for s in sorted(shared):
            fail(f"{gf.name}: shares {s!r} with the seeds")

if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
print("check passed")
