#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 everywhere.

1. builds the export JSON a perfect segmenter would print (every gold article;
   page extras and duplicates in the source's extras),
2. runs /work/shared/tools/score.py on it with --pages pages -v and requires
   every figure 1.000, coverage 1.000, cjk_space_left 0 and no problem lines,
3. checks that no run of 6 Chinese characters of the seeds' gold headlines and
   paragraphs occurs in this gold, apart from a short list of generic words,
4. checks the page sizes and counts the brief asks for.
Prints 'check passed' or the failures. Standard library only.
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
SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")

# generic words and names a Hunan Daily page shares with any other one
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "新华社", "华声在线", "新湖南客户端",
    "省人大常委会", "省委常委", "省政协", "省委书记", "省委副书记", "副省长", "省政府", "省委",
    "在长沙召开", "在长沙举行", "习近平新时代中国特色社会主义思想", "习近平总书记", "党的十九大",
    "湖南图片库", "中共中央", "国务院", "湖南日报全媒体评论员", "湖南日报记者", "摄影报道", "百分点",
    "湘西土家族苗族自治州", "党风廉政建设", "中央八项规定精神", "乡村振兴", "全面从严治党",
    "政府工作报告", "人均可支配收入", "社会消费品零售总额", "规模工业增加值", "工业增加值增长",
    "经济社会发展", "主要预期目标", "政协委员", "长沙市开福区", "一带一路", "三年行动计划",
    "今天召开的", "长株潭城际铁路", "非物质文化遗产", "个国家和地区", "销售收入", "负责人介绍",
    "增速居全省", "今年以来", "负责人表示", "工作领导小组", "雨雪冰冻天气", "新一代信息技术", "产业增加值", "增加值增长", "生态环境保护", "基础设施建设", "人力资源和社会保障厅", "各级党组织", "长沙市天心区",
]
FIGURES = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
           "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def sq(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export(gold_dir: Path) -> dict:
    arts, sources = [], []
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update({k: a[k] for k in ("kind",) + FIELDS + ("paragraphs",)})
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    return {"articles": arts, "sources": sources}


def seed_runs(n: int = 6) -> set[str]:
    runs = set()
    for f in SEED_GOLD.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs", [])):
                t = sq(t)
                for i in range(len(t) - n + 1):
                    runs.add(t[i:i + n])
    return runs


def overlaps(texts: list[str], n: int = 6) -> list[tuple[str, str]]:
    runs = seed_runs(n)
    generic = sorted({sq(w) for w in GENERIC}, key=len, reverse=True)
    out = []
    for t in texts:
        t = sq(t)
        for w in generic:
            t = t.replace(w, "\u0000")
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if all("\u4e00" <= c <= "\u9fff" for c in g) and g in runs:
                out.append((g, t[max(0, i - 6):i + n + 6].replace("\u0000", "…")))
    return out


def main() -> int:
    fails: list[str] = []
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = sorted(gold_dir.glob("*.json"))
    pages = sorted(pages_dir.glob("*.txt"))
    if [g.stem for g in golds] != [p.stem for p in pages]:
        fails.append("gold and pages do not pair up")

    # 1-2: perfect export through the scorer
    export = build_export(gold_dir)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump(export, tf, ensure_ascii=False)
    res = subprocess.run([sys.executable, str(SCORE), tf.name, str(gold_dir), "--pages", str(pages_dir), "-v"],
                         capture_output=True, text=True)
    Path(tf.name).unlink()
    out = res.stdout
    print(out.rstrip())
    figs = {}
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
    for k in FIGURES:
        if figs.get(k) != "1.000":
            fails.append(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if res.returncode:
        fails.append("scorer failed: " + res.stderr[-300:])

    # 3: no seed phrases
    texts = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            texts += [a[k] for k in FIELDS] + a["paragraphs"] + a["subheads"]
    for run, ctx in overlaps(texts):
        fails.append(f"seed phrase {run!r} in …{ctx}…")

    # 4: sizes and shapes
    total = 0
    for g, p in zip(golds, pages):
        d = json.loads(g.read_text(encoding="utf-8"))
        n = len(d["articles"])
        total += n
        chars = len(re.sub(r"\s+", "", p.read_text(encoding="utf-8")))
        if not 3500 <= chars <= 7500:
            fails.append(f"{p.name}: {chars} characters")
        if not 6 <= n <= 14:
            fails.append(f"{p.name}: {n} articles")
        for a in d["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fails.append(f"{p.name}: whitespace in paragraph {para[:20]}")
            for sh in a["subheads"]:
                if sq(sh) not in [sq(x) for x in a["paragraphs"]]:
                    fails.append(f"{p.name}: subhead not among paragraphs {sh}")
    if len(pages) != 16:
        fails.append(f"{len(pages)} pages, not 16")
    if not 150 <= total <= 180:
        fails.append(f"{total} articles in all, not 150-180")

    if fails:
        print("check FAILED")
        for f in fails:
            print("  " + f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
