#!/usr/bin/env python3
"""Export the gold of dev_l as a perfect segmenter's output and score it with
the shared scorer; every figure must be 1.000, coverage 1.000, no CJK spaces.
Also checks that no 6-character run of the seed gold text appears in this set.

    python3 check.py
"""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = str(HERE.parent / "gold" / "score.py")
SEED_GOLD = HERE.parent / "gold"
# generic words allowed to coincide with the seeds
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "新湖南客户端", "月", "日讯", "日电", "评论员", "摄影报道",
           "同比增长", "相关负责人表示", "负责人表示", "会议强调", "今年以来", "会议指出", "记者从",
           "规模以上", "专精特新", "小巨人", "产业链供应链", "怀化国际陆港", "陆海新通道",
           "中非经贸", "纪委监委", "在长沙举行", "获悉", "出席并讲话", "副省长", "高层次人才", "年以来",
           "进出口总值", "软件和信息技术服务业", "长沙市", "高质量发展", "个国家和地区", "在长沙召开",
           "工作会议召开", "省人力资源和社会保障厅", "省应急管理厅", "生物医药产业"]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export():
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        assert (HERE / "pages" / g["source"]).exists(), g["source"]
        assert gf.stem + ".txt" == g["source"]
        for a in g["articles"]:
            e = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                   "byline", "dateline", "continued", "paragraphs")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g.get("duplicates", [])})
    return {"articles": arts, "sources": sources}


def grams6(t):
    s = squash(t)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "|")
    return {s[i:i + 6] for i in range(len(s) - 5) if "|" not in s[i:i + 6]
            and sum(is_cjk(c) for c in s[i:i + 6]) >= 5}


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def seed_overlap():
    grams = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                grams |= grams6(t)
    hits = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]:
                for x in grams6(t) & grams:
                    hits.setdefault(x, gf.name)
    return hits


def main():
    exp = build_export()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False)
        path = f.name
    r = subprocess.run([sys.executable, SCORER, path, str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                       capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        print(r.stderr)
    fig = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([\d.]+)$", line)
        if m:
            fig[m.group(1)] = float(m.group(2))
    bad = [k for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
                       "kind_acc", "paragraph_f1", "issue_date_acc", "coverage") if k in fig and fig[k] != 1.0]
    if fig.get("cjk_space_left"):
        bad.append("cjk_space_left")
    if "---" in r.stdout:
        bad.append("verbose problems listed")
    hits = seed_overlap()
    if hits:
        print("6-character runs shared with the seed gold:", ", ".join(sorted(hits)))
        bad.append("seed overlap")
    else:
        print("seed overlap: no 6-character run of the seed gold found")
    if bad:
        print("check FAILED:", bad)
        sys.exit(1)
    print("check passed: %d pages, %d articles" % (len(exp["sources"]), len(exp["articles"])))


if __name__ == "__main__":
    main()
