#!/usr/bin/env python3
"""Check the blind set: a perfect segmenter's export (built from the gold) must score 1.000
on every figure of /work/shared/tools/score.py, cover every raw character, leave no CJK
spaces; no 6-character run of the seeds' gold text may reappear in this set's gold; the
pages must meet the brief (sizes, article counts, layouts, years).

    python3 check.py          # prints "check passed" or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
EXPORT = HERE / "export.perfect.json"
# generic words a 6-character run may come from (brief: 湖南日报, 全媒体记者, institution names …)
GENERIC = ["湖南日报全媒体记者", "湖南日报全媒体评论员", "湖南日报", "全媒体记者", "通讯员", "同比增长",
           "规模以上", "湖南图片库", "省人民政府", "省委常委", "省高级人民法院", "长株潭",
           "相关负责人", "主要负责人", "负责人", "去年以来", "今年以来", "近年来", "亿元", "万元",
           "在长沙召开", "在长沙举行", "出席会议并讲话", "出席并讲话", "行动计划",
           "湘西土家族苗族自治州",
           "科技型中小企业", "高新技术企业", "国家和地区", "产业集群",
           "农村居民人均可支配收入", "人均可支配收入", "社会消费品零售总额",
           "非物质文化遗产", "非遗代表性项目", "长沙市开福区",
           "技术合同成交额", "企业技术中心", "生态环境保护", "高质量发展", "省发展改革委", "先进制造业", "生物医药", "关键核心技术", "公共服务平台", "新一代信息技术", "工业和信息化", "西部陆海新通道", "领导小组"]
# punctuation breaks a run: "。今年，当地" is not a phrase (NFKC has made it half-width)
BREAK = re.compile(r"[\u3000-\u303f\u2010-\u2027\uff01-\uff0f\uff1a-\uff20!-/:-@\[-`{-~]")
HEAD_FIELDS = ("kicker", "title", "subtitle")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export(golds):
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            e = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                   "dateline", "continued", "paragraphs")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    EXPORT.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False, indent=1),
                      encoding="utf-8")


def main() -> int:
    fails = []
    gold_files = sorted((HERE / "gold").glob("*.json"))
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_files]
    if not golds:
        print("no gold files"); return 1
    build_export(golds)
    r = subprocess.run([sys.executable, str(SCORE), str(EXPORT), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fails.append("score.py failed: " + r.stderr.strip()[-400:])
    figures = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([-\d.]+|None)$", line.strip())
        if m:
            figures[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append("problem line from scorer: " + line.strip())
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        v = figures.get(k)
        if v is None or v == "None":
            fails.append(f"{k} missing"); continue
        if v != "1.000":
            fails.append(f"{k} = {v}, expected 1.000")
    if figures.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figures.get('cjk_space_left')}")

    # 6-character runs of the seeds' gold headlines and paragraphs
    seed_runs = set()
    for p in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(p.read_text(encoding="utf-8"))["articles"]:
            for s in [a.get(f, "") for f in HEAD_FIELDS] + a["paragraphs"]:
                s = squash(s)
                seed_runs.update(s[i:i + 6] for i in range(len(s) - 5))
    hits = Counter()
    for g in golds:
        for a in g["articles"]:
            for s in [a.get(f, "") for f in HEAD_FIELDS] + a["paragraphs"]:
                s = squash(s)
                for w in GENERIC:
                    s = s.replace(w, "\0")
                s = BREAK.sub("\0", s)
                for i in range(len(s) - 5):
                    run = s[i:i + 6]
                    if "\0" not in run and run in seed_runs:
                        hits[run] += 1
    for run, n in hits.most_common():
        fails.append(f"seed 6-char run reused: {run!r} x{n}")

    # the brief's shape of the set
    years, layouts = set(), Counter()
    for p, g in zip(gold_files, golds):
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s+", "", raw))
        if not 4500 <= n <= 6500:
            fails.append(f"{g['source']}: {n} characters (want 4,500–6,500)")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{g['source']}: {len(g['articles'])} articles (want 6–14)")
        years.add(g["issue_date"][:4])
        layouts["column" if "\n\n\n" == raw[-3:] else "para"] += 1
        for a in g["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fails.append(f"{g['source']}: whitespace left in a gold paragraph")
    for y in ("2015", "2017", "2019", "2021", "2023", "2025", "2026"):
        if y not in years:
            fails.append(f"no page from {y}")
    if len(golds) != 16 or layouts["column"] != 8 or layouts["para"] != 8:
        fails.append(f"pages: {len(golds)}, layouts {dict(layouts)} (want 16: 8 column + 8 paragraph)")

    if fails:
        print("\n".join("FAIL " + f for f in fails))
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
