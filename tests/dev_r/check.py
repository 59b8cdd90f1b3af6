#!/usr/bin/env python3
"""Check the dev_r set: a perfect segmenter's export (built from the gold) must score
1.000 everywhere with the shared scorer, and no 6-character run of the seeds' gold
text may occur in this set's gold (apart from a short list of generic words).

    python3 check.py        # prints `check passed` or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"

# generic words a 6-character run may come from without being reused text
GENERIC = [
    "会议在长沙召开", "大会在长沙召开", "会议在长沙举行", "相关负责人表示", "有关负责人表示", "相关负责人介绍",
    "规模以上工业企业", "规模以上工业增加值", "规模工业增加值", "高新技术产品", "非物质文化遗产",
    "全省规模工业增加值", "社会消费品零售总额", "轨道交通装备", "长株潭城际铁路", "个国家和地区",
    "生态环境保护", "三年行动计划", "出席会议并讲话", "中央八项规定精神",
    "工业和信息化厅", "产业链上下游", "基础设施建设", "重要组成部分", "历史同期新高", "高质量发展",
    "企业技术中心", "国家级专精特新", "外商投资企业", "人力资源和社会保障厅",
    "增加值同比增长", "制造业增加值", "长沙市开福区",
    "农村居民人均可支配收入", "特色产业集群", "专项整治行动",
    "中非经贸深度合作先行区", "产业链供应链", "信息技术服务", "先进制造业集群", "数字经济",
    "数字产业集群", "经营主体", "省政协副主席", "雨雪冰冻天气", "一氧化碳中毒", "政府工作报告", "技术合同成交额", "新一代信息技术",
    "现代化产业体系", "生态保护修复", "农村人居环境", "关键核心技术", "高新技术企业", "怀化国际陆港", "湘西土家族苗族自治州", "省人大常委会副主任",
    "省委常委省委秘书长",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a.get(k, "") for k in ("kicker", "title", "subtitle")]
        out += a.get("paragraphs", [])
    return [squash(t) for t in out if t]


def grams(t: str) -> set[str]:
    """Every run of 6 Chinese characters (runs of Han characters only: a number or a
    punctuation mark ends a run)."""
    out = set()
    for run in re.findall(r"[\u4e00-\u9fff]{6,}", t):
        out.update(run[i:i + 6] for i in range(len(run) - 5))
    return out


def is_generic(g: str, w: str) -> bool:
    """A run is generic when a generic word makes up all of it but at most two
    characters (the word itself, or the word's head or tail of 4+ characters)."""
    if g in w or (w in g and len(g) - len(w) <= 2):
        return True
    return any(g[:k] == w[-k:] or g[-k:] == w[:k] for k in range(4, min(len(g), len(w)) + 1))


def main() -> int:
    fails: list[str] = []
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            d = dict(a)
            d["source"] = g["source"]
            d["issue_date"] = g["issue_date"]
            d["title_derived"] = False
            arts.append(d)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump({"articles": arts, "sources": srcs}, fh, ensure_ascii=False)
        export = fh.name
    run = subprocess.run([sys.executable, str(SCORE), export, str(gold_dir), "--pages",
                          str(pages_dir), "-v"], capture_output=True, text=True)
    print(run.stdout, end="")
    if run.returncode:
        fails.append("scorer failed: " + run.stderr[-500:])
    for line in run.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            key, val = m.groups()
            if key in ("articles_gold", "articles_pred"):
                continue
            if key == "cjk_space_left":
                if int(float(val)) != 0:
                    fails.append(f"{key} {val}")
            elif val != "1.000":
                fails.append(f"{key} {val}")

    # sizes the task asks for
    total = sum(len(g["articles"]) for g in golds)
    if len(golds) != 16:
        fails.append(f"{len(golds)} pages, want 16")
    if total < 140:
        fails.append(f"{total} articles, want at least 140")
    for g, p in zip(golds, sorted(pages_dir.glob("*.txt"))):
        n = len(re.sub(r"\s+", "", p.read_text(encoding="utf-8")))
        if not 4500 <= n <= 7000:
            fails.append(f"{p.name}: {n} characters, want 4500–7000")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{p.name}: {len(g['articles'])} articles, want 6–14")

    # no reuse of the seeds' text
    seed_grams: set[str] = set()
    for sp in (SHARED / "gold").glob("*.json"):
        for t in texts(json.loads(sp.read_text(encoding="utf-8"))):
            seed_grams.update(grams(t))
    generic = [squash(w) for w in GENERIC]
    seed_grams = {s for s in seed_grams if not any(is_generic(s, w) for w in generic)}
    for g in golds:
        for t in texts(g):
            for run6 in sorted(grams(t) & seed_grams):
                i = t.find(run6)
                fails.append(f"{g['source']}: seed text reused: {run6!r} in …{t[max(0, i - 8):i + 14]}…")
    if fails:
        print("\n".join(sorted(set(fails))))
        print("check FAILED")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
