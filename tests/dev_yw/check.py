#!/usr/bin/env python3
"""Verify the test set: rebuild it in memory and compare byte for byte, check
its shape, the seed-phrase rule, and score the export a perfect segmenter
would print with /work/shared/tools/score.py (every figure 1.000, coverage
1.000, no problem line). Prints `check passed`."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import compose

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORER = Path("/work/shared/tools/score.py")
YEARS = {"2017": (3, 4), "2020": (3, 4), "2023": (3, 4), "2026": (3, 4)}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]

# generic words blanked before the seed-phrase comparison: institution and
# place names, titles of office and set phrases of the paper
GENERIC = """
习近平新时代中国特色社会主义思想 以习近平同志为核心的党中央 习近平总书记 习近平
党的二十大精神 党的十九大精神 党中央 国务院 中央八项规定精神 全面从严治党
社会主义现代化新湖南 三高四新 高质量发展 两个确立 两个维护 决定性意义
湖南日报 全媒体记者 通讯员 评论员 相关负责人 主要负责人 负责人介绍
省委常委 省委书记 省委副书记 省委秘书长 省人大常委会 省政协 副省长 省长
省纪委监委 纪委监委 纪检监察 省委巡视 巡视组 省委政法委 政法委
省卫生健康委 省医保局 省交通运输厅 省发展改革委 省工信厅 省商务厅 省财政厅
省高级人民法院 省人民检察院 省公安厅 省司法厅 长沙海关
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市 邵阳市
益阳市 娄底市 张家界市 湘西土家族苗族自治州 长株潭
有限公司 同比增长 个百分点 规模以上工业 规模以上 亿元以上 万元以上
在长沙召开 在长沙举行 出席并讲话 出席会议 主持召开 深入学习贯彻
人民群众 党员干部 乡村振兴 营商环境 体制机制 产业链
中央八项规定 三年行动计划 工作领导小组 党纪政务处分 问题线索 比上年 公车私用 工作会议
专项整治 基础设施 不正之风和腐败问题 正风肃纪反腐 会议强调 现代化新湖南 脱贫攻坚 形式主义 官僚主义 街道办事处 决策部署 立案审查调查 生态环境保护 人力资源和社会保障厅 移送司法机关 今年我省 我省将 今年以来 据了解 据介绍 记者从 获悉 道路交通安全
长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳 湘西
""".split()


def fail(msg: str):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    return {s[i:i + 6] for i in range(len(s) - 5) if sum(cjk(c) for c in s[i:i + 6]) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return [t for t in out if t]


def main():
    records = compose.build()

    # 1. byte-for-byte: what is on disk is what compose builds
    want = {}
    for r in records:
        want[Path("pages") / (r["stem"] + ".txt")] = r["text"]
        want[Path("gold") / (r["stem"] + ".json")] = compose.gold_json(r["gold"])
    want[Path("README.md")] = compose.readme(records)
    for rel, text in want.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            fail(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        extra = {p.name for p in (HERE / d).iterdir()} - {r.name for r in want if r.parts[0] == d}
        if extra:
            fail(f"stray files in {d}: {sorted(extra)}")

    # 2. shape
    if len(records) != 14:
        fail(f"{len(records)} pages, want 14")
    lay = Counter(r["meta"]["layout"] for r in records)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(r["meta"]["date"][:4] for r in records)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages in {y}")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    seed_keys = None
    for sp in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(sp.read_text(encoding="utf-8"))
        seed_keys = (list(g), [list(a) for a in g["articles"]][0])
    if seed_keys != (KEYS, AKEYS):
        fail("seed gold key order is not the one this check expects")
    fronts = []
    for k, r in enumerate(records, 1):
        g, name = r["gold"], r["stem"]
        if not re.fullmatch(rf"{k:03d}_[0-9a-f]{{16}}", name):
            fail(f"bad name {name}")
        import hashlib
        if hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16] != name[4:]:
            fail(f"{name}: name is not the hash of the text")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{name}: key order")
        if g["source"] != name + ".txt":
            fail(f"{name}: source field")
        if not 4500 <= r["chars"] <= 6500:
            fail(f"{name}: {r['chars']} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if a["kind"] not in compose.KINDS:
                fail(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{name}: subhead {s!r} not among the paragraphs")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{name}: whitespace in a paragraph: {p[:30]!r}")
        if (g["issue_number"] is None) != (g["page_count"] is None):
            fail(f"{name}: issue number and page count go together")
        if g["issue_number"]:
            fronts.append(r)
            if r["meta"]["page"] != "1" or not g["extras"]:
                fail(f"{name}: a front page is page 1 with a masthead")
    if sorted(r["meta"]["date"][:4] for r in fronts) != ["2017", "2026"]:
        fail("want one front page in 2017 and one in 2026")
    for fr in fronts:
        date = fr["meta"]["date"]
        p2 = [r for r in records if r["meta"]["date"] == date and r["meta"]["page"] == "2"]
        if len(p2) != 1:
            fail(f"front page of {date} has no page 2 in the set")
        if not any("下转2版" in a["continued"] for a in fr["gold"]["articles"]):
            fail(f"front page of {date} has no 下转2版")
        if not any("上接1版" in a["continued"] and a["kind"] == "continuation"
                   for a in p2[0]["gold"]["articles"]):
            fail(f"page 2 of {date} has no 上接1版 continuation")

    # 3. seed-phrase rule
    seed = set()
    for sp in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(sp.read_text(encoding="utf-8"))):
            seed |= grams(t)
    hits = []
    for r in records:
        for t in texts(r["gold"]):
            for gr in sorted(grams(t) & seed):
                hits.append(f"{r['src']}: {gr!r} in {t[:24]!r}")
    if hits:
        fail("phrases shared with the seeds:\n  " + "\n  ".join(hits))

    # 4. the export a perfect segmenter would print, scored
    export = {"articles": [], "sources": []}
    for r in records:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in compose.FIELDS})
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + r["markers"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out, end="")
    if res.returncode or res.stderr.strip():
        fail("scorer failed: " + res.stderr)
    if "---" in out or re.search(r"^\s+(headline|missing|spurious)", out, re.M):
        fail("scorer printed problem lines")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif "." in v and v != "1.000":
            fail(f"{k} = {v}")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail("coverage is not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
