#!/usr/bin/env python3
"""Check the dev_m set: the export a perfect segmenter would print (built from the
gold) must score 1.000 on every figure with full coverage, no CJK spaces left and no
problem lines; pages must hold 3,500-7,500 characters and 6-14 articles; no 6-character
run of the seeds' gold headlines/paragraphs may occur in this gold (a few generic
words excepted).

    python3 check.py
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
SCORER = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# 6-hanzi runs shared with the seeds that are generic wording of the paper (institution
# and place names, statistical terms, set phrases of meeting reports), not borrowed text
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上工业增加值", "社会消费品零售总额",
    "服务业增加值", "省人力资源和社会保障厅", "湘西土家族苗族自治州", "省人大常委会副主任",
    "湖南代表团", "政府工作报告", "省人大常委会", "中央八项规定", "全国两会精神", "违反中央八项规定精神", "出席会议并讲话",
    "记者采访", "相关负责人", "有关负责人", "开展专题调研", "工作会议", "习近平总书记", "中国特色社会主义",
    "负责人介绍", "负责人表示", "高新技术企业", "轨道交通装备", "在长沙召开", "在长沙举行", "在株洲召开", "座谈会", "进出口总值", "机电产品", "高新技术产品", "民营企业", "城际铁路", "妇联",
    "巾帼建功", "党员干部", "各级党组织", "各级党委", "妇联组织", "全省进出口", "出口机电产品", "进出口",
    "长株潭", "专项整治", "开放型经济", "进出口实绩", "农村人居环境", "增速居全国", "政协委员",
    "较常年同期", "行动计划", "全面深化改革", "国际陆港", "各地各部门", "高层次人才", "非物质文化遗产", "领导小组", "制造业增加值", "工业经济运行", "基础设施建设", "应急管理厅", "重点行业领域", "技工贸总收入", "同比分别增长", "产业链上下游", "规模以上工业", "重要组成部分", "移送司法机关",
    "规模工业增加值", "工业增加值", "新一代信息技术", "技术合同成交额", "产业项目建设", "生态环境保护", "企业和群众办事", "增速高于全国",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def export_from_gold(gold_dir: Path) -> dict:
    arts, sources = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind",) + FIELDS})
            e["paragraphs"] = list(a["paragraphs"])
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": sources}


def seed_runs(n: int = 6) -> set[str]:
    runs = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs") or []):
                runs.update(r for _, r in hanzi_runs(squash(t), n))
    return runs


def generic(text: str, i: int, n: int = 6) -> bool:
    """The run text[i:i+n] is generic when generic words found in the text around it
    cover all but at most two of its characters."""
    cov = [False] * n
    lo, hi = max(0, i - 12), min(len(text), i + n + 12)
    for w in GENERIC:
        j = text.find(w, lo)
        while j != -1 and j < hi:
            for k in range(max(j, i), min(j + len(w), i + n)):
                cov[k - i] = True
            j = text.find(w, j + 1)
    return cov.count(False) <= 2


def hanzi_runs(s: str, n: int = 6):
    """(offset, run) for runs of n Chinese characters (punctuation and figures break a run)."""
    for m in re.finditer(r"[\u4e00-\u9fff]+", s):
        for i in range(m.start(), m.end() - n + 1):
            yield i, s[i:i + n]


def main() -> int:
    ok = True
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    exp = export_from_gold(gold_dir)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False)
        path = f.name
    r = subprocess.run([sys.executable, str(SCORER), path, str(gold_dir), "--pages", str(pages_dir), "-v"],
                       capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        print(r.stderr)
        ok = False
    figs = {}
    for ln in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([\d.]+|None)$", ln.strip())
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            print(f"FAIL {k} = {figs.get(k)}")
            ok = False
    if figs.get("cjk_space_left") != "0":
        print(f"FAIL cjk_space_left = {figs.get('cjk_space_left')}")
        ok = False
    if "---" in r.stdout:
        print("FAIL problem lines reported")
        ok = False

    # pages: size, article count, file names
    import hashlib
    for pf in sorted(pages_dir.glob("*.txt")):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not pf.stem.endswith(h):
            print(f"FAIL {pf.name}: name does not carry the text hash {h}")
            ok = False
        g = json.loads((gold_dir / (pf.stem + ".json")).read_text(encoding="utf-8"))
        n = len(re.sub(r"\s", "", text))
        if not 3500 <= n <= 7500:
            print(f"FAIL {pf.name}: {n} characters")
            ok = False
        if not 6 <= len(g["articles"]) <= 14:
            print(f"FAIL {pf.name}: {len(g['articles'])} articles")
            ok = False
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、]\s+[\u4e00-\u9fff，。、]", p):
                    print(f"FAIL {pf.name}: space in paragraph {p[:20]}")
                    ok = False

    # no borrowed text from the seeds
    runs = seed_runs()
    hits = {}
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a[k] for k in FIELDS] + a["paragraphs"]:
                text = squash(t)
                for i, run in hanzi_runs(text):
                    if run in runs and not generic(text, i):
                        hits.setdefault(run, gf.name)
    for run, name in sorted(hits.items()):
        print(f"FAIL seed text reused: {run!r} in {name}")
        ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
