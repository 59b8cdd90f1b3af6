#!/usr/bin/env python3
"""Verify the dev_uh set; prints `check passed` when everything holds.

1. compose.build() reproduces pages/, gold/ and README.md byte-for-byte;
2. the set's shape (14 pages, 7 per layout, years, sizes, article counts,
   front pages jumping to their page 2, file names = SHA-256 of the text,
   gold in exactly the seeds' format);
3. the export a perfect segmenter would print scores 1.000 everywhere with
   coverage 1.000 and no problem line;
4. no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (generic words blanked).
Standard library only.
"""
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {"2016": (3, 4), "2020": (3, 4), "2023": (3, 4), "2025": (3, 4)}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names, titles and set phrases any Hunan Daily page uses
GENERIC = """
湖南日报 全媒体记者 通讯员 华声在线 新湖南客户端 湖南日报评论员
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省委副书记 秘书长 省发展改革委 省工信厅 省商务厅 省财政厅 省农业农村厅 省生态环境厅
省应急管理厅 省气象局 省文化和旅游厅 省委宣传部 海关 长沙海关
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 二十大
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 怀化 郴州 永州 邵阳 娄底 益阳 张家界
湘西土家族苗族自治州 湘西 浏阳 醴陵 长株潭
相关负责人 高质量发展 全面从严治党 乡村振兴 现代化新湖南 三高四新 战略定位和使命任务
新湖南 社会主义现代化 先进制造业 规模以上 同比增长 百分点 以上 亿元 万元 有限公司
进出口 国家和地区 工业互联网 中央八项规定精神 两个确立 两个维护 一带一路 十四五 十五五
各级各部门 发展大局 的重要讲话和指示批示精神 重要讲话 重要指示 出席 在长沙召开 在长沙举行
工业和信息化 人力资源和社会保障 应急管理部门 新型基础设施 基础设施建设 非物质文化遗产
非遗代表性 高级认证企业 轨道交通装备 微信公众号 劳动密集型产品 大宗商品 以旧换新
内陆地区改革开放高地 改革开放高地 重要组成部分 新的更大贡献 优秀传统文化 重点行业领域
高端化 智能化 绿色化 千家万户 田间地头 全国前列 农业强省 摆在突出位置 贸易伙伴
比上年增长 增速高于全国 近年来 今年 我省 密切关注 天气变化 研发投入 民生保障
全省经济社会 生态环境保护 专项整治 工作机制 会议强调 中非经贸 系列活动 工作会议
""".split()


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def grams(s: str):
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if cjk(c)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        yield a["kicker"] + a["title"] + a["subtitle"]
        yield a["kicker"]
        yield a["title"]
        yield a["subtitle"]
        yield from a["paragraphs"]


def main():
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build")
    on_disk = {f"{d}/{p.name}" for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    if on_disk != {k for k in files if k != "README.md"}:
        fail("pages/ or gold/ hold stray files")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    layouts, years = Counter(), Counter()
    fronts = []
    by_date = {}
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{n:03d}_{h}.txt" or gp.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {pp.name}")
        raw = gp.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(gold) != KEYS or gold["source"] != pp.name:
            fail(f"{gp.name}: key order or source")
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind")
            for para in a["paragraphs"]:
                if re.search(r"\s", para) or not para:
                    fail(f"{gp.name}: whitespace/empty paragraph")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not in paragraphs")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{pp.name}: {na} articles")
        layout = "para" if text.startswith("\n\n") else "column"
        layouts[layout] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], []).append(gold)
        if gold["issue_number"]:
            if not gold["page_count"] or not gold["extras"]:
                fail(f"{pp.name}: front page without page count / masthead")
            fronts.append(gold)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2020", "2025"]:
        fail("front pages must be one in 2020 and one in 2025")
    for g in fronts:
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{g['source']}: front page without 下转2版")
        same = [x for x in by_date[g["issue_date"]] if x is not g]
        if not any(a["continued"].startswith("上接1版") for x in same for a in x["articles"]):
            fail(f"{g['source']}: no page 2 with 上接1版 in the set")

    # 3. perfect export, scored
    export = {"articles": [], "sources": []}
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0:
        fail("score.py failed")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"problem line: {line}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
            continue
        if v != "1.000":
            fail(f"{k} = {v}")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail("coverage")

    # 4. seed phrases
    seed = set()
    for gp in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= grams(t)
    hits = []
    for gp in golds:
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            for g in grams(t) & seed:
                hits.append((gp.name[:3], g))
    if hits:
        for h in sorted(set(hits)):
            print("seed phrase", *h)
        fail(f"{len(set(hits))} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
