#!/usr/bin/env python3
"""Verify the set: rebuild check, perfect-export score, shape, seed-phrase rule.

Prints `check passed` when everything holds. Standard library only.
"""
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
PAGES, GOLD = HERE / "pages", HERE / "gold"
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
KEY_ORDER = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2021": (3, 4), "2024": (3, 4)}

# Generic words blanked before the seed-phrase comparison: institution and place names,
# and set phrases any Hunan Daily story may use.
GENERIC = sorted("""
湖南日报 全媒体记者 记者 通讯员 评论员 相关负责人 有关负责人 负责人介绍 负责人表示
新湖南客户端 华声在线
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委
中共中央 中央 政治局 省委常委 副省长 省长 书记 党组 工作会议 座谈会 推进会 现场会
高质量发展 乡村振兴 同比增长 同比下降 同比多增 同比少增 比上年 规模以上 百分点 增加值
进出口 以旧换新 新三样 老三样 三高四新 智赋万企 专精特新 小巨人 先进制造业 产业集群 产业链 供应链
新型工业化 数字经济 人工智能 工业互联网 中小企业 民营企业 龙头企业 农民合作社 家庭农场
全国 全省 我省 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江 县委 市委 区委 乡镇
人民银行 长沙中心支行 海关 商务厅 工信厅 财政厅 农业农村厅 自然资源厅 发展改革委 统计局 应急管理厅 气象局
劳动密集型 有限公司 股份有限公司 集团 亿元 万元 万亿元 以上 以下 左右 今年以来 近年来 据了解 据悉 据介绍
轨道交通装备 基础设施建设 脱贫攻坚 社会消费品零售总额 人均可支配收入 农村居民 城镇居民 今天发布 农村人居环境 电子信息 生物医药 一带一路 工业和信息化 农业强省 新能源汽车 规模工业 新一代信息技术 国家和地区 领导小组 农产品加工业 稳中有进 稳中向好 各级各部门 同比分别增长 一季度 二季度 三季度 四季度 上半年 前三季度 全年 今年 去年 明年 累计 其中
""".split(), key=len, reverse=True)
GEN_RE = re.compile("|".join(map(re.escape, GENERIC)))
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    return GEN_RE.sub("□", s)


def grams(s: str) -> set[str]:
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for ch in g if CJK.match(ch)) >= 5:
            out.add(g)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
    return out


def fail(msg: str) -> None:
    print("check FAILED:", msg)
    sys.exit(1)


def main() -> int:
    problems = []
    # 1. rebuild byte for byte
    before = {p.name: p.read_bytes() for d in (PAGES, GOLD) for p in sorted(d.iterdir())}
    before["README.md"] = (HERE / "README.md").read_bytes()
    r = subprocess.run([sys.executable, str(HERE / "compose.py")], capture_output=True, text=True)
    if r.returncode:
        fail("compose.py failed: " + r.stderr[-500:])
    after = {p.name: p.read_bytes() for d in (PAGES, GOLD) for p in sorted(d.iterdir())}
    after["README.md"] = (HERE / "README.md").read_bytes()
    if before != after:
        problems.append("compose.py does not rebuild the set byte for byte")

    pages = sorted(PAGES.glob("*.txt"))
    golds = sorted(GOLD.glob("*.json"))
    # 2. names, shape
    if len(pages) != 14 or len(golds) != 14:
        problems.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    layouts = Counter()
    years = Counter()
    fronts = []
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            problems.append(f"{p.name}: name does not carry NNN_ and the text's hash")
        if g.name != p.name[:-4] + ".json":
            problems.append(f"{g.name}: gold name does not match {p.name}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            problems.append(f"{g.name}: not in the seeds' JSON form (indent=1, ensure_ascii=False)")
        if list(gold) != KEY_ORDER:
            problems.append(f"{g.name}: key order {list(gold)}")
        if gold["source"] != p.name:
            problems.append(f"{g.name}: source {gold['source']}")
        for a in gold["articles"]:
            if list(a) != ART_KEYS:
                problems.append(f"{g.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                problems.append(f"{g.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    problems.append(f"{g.name}: whitespace in a paragraph: {para[:20]}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            problems.append(f"{p.name}: {n} characters (4,500–6,500 wanted)")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            problems.append(f"{p.name}: {na} articles (7–13 wanted)")
        lay = "column" if re.match(r"^ ?\S", text) and "\n\n" in text and not text.startswith("\n") else "para"
        layouts[lay] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"]:
            fronts.append((gold["issue_date"], gold["page_count"], text))
    if layouts != Counter({"column": 7, "para": 7}):
        problems.append(f"layouts {dict(layouts)} (7 + 7 wanted)")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            problems.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        problems.append(f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2 or {d[:4] for d, _, _ in fronts} != {"2017", "2024"}:
        problems.append("two front pages wanted, in 2017 and 2024")
    for d, count, text in fronts:
        if not count or "下转2版" not in re.sub(r"\s", "", text):
            problems.append(f"front page {d}: page count or 下转2版 missing")
        twos = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        if not any(x["issue_date"] == d and any("上接1版" in a["continued"] for a in x["articles"])
                   for x in twos):
            problems.append(f"front page {d}: no page 2 with 上接1版 in the set")

    # 3. seed-phrase rule
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(g.read_text(encoding="utf-8"))):
            seed |= grams(t)
    shared = Counter()
    for g in golds:
        for t in texts_of(json.loads(g.read_text(encoding="utf-8"))):
            for x in grams(t) & seed:
                shared[x] += 1
    if shared:
        problems.append("runs shared with the seeds: " + " ".join(sorted(shared)))

    # 4. the perfect export, scored
    arts, srcs = [], []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            arts.append({"source": gold["source"], "issue_date": gold["issue_date"], **a,
                         "title_derived": False})
        srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                     "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(GOLD), "--pages", str(PAGES),
                            "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode:
        problems.append("scorer exited with " + str(r.returncode))
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            problems.append("scorer problem line: " + line.strip())
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            problems.append(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        problems.append(f"cjk_space_left = {figs.get('cjk_space_left')}")

    if problems:
        for p in problems:
            print("problem:", p)
        print("check FAILED")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
