#!/usr/bin/env python3
"""Verify the dev_tu set: shape, seed-phrase rule, and a perfect export scoring 1.000.

    python3 check.py        prints `check passed` or the reasons it failed
"""
from __future__ import annotations

import glob
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
        "subheads", "paragraphs"]
TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}

# generic words blanked before the seed-phrase comparison: institutions, places,
# set phrases of the paper that any story may use
GENERIC = sorted("""
湖南日报 全媒体记者 记者 通讯员 评论员 相关负责人 负责人 新华社 湖南图片库
习近平新时代中国特色社会主义思想 习近平总书记 习近平 新时代 中国特色社会主义 党的二十大精神 党的二十大
党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 秘书长
非物质文化遗产 新能源汽车 代表性传承人 社会消费品零售总额 规模工业增加值 工业增加值 增加值 第一产业 第二产业 第三产业 固定资产投资 醴陵 浏阳 长株潭 城际铁路 轨道交通装备 轨道交通 司法机关 长沙市 长沙 湖南省 湖南 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 邵阳 益阳 娄底 张家界 湘西
我省 全省 全国 全市 全县 以上 亿元 万元 同比增长 同比 增长 个百分点 百分点
今年 去年 近日 今天 日前 目前 近年来 据了解 据悉 记者从 记者了解到 召开 举行 出席 讲话 强调 指出 表示 介绍
高质量发展 社会主义现代化新湖南 现代化新湖南 三高四新 乡村振兴 产业链 数字经济
工作会议 座谈会 新闻发布会 有限公司 集团 负责同志 先进制造业 基层 群众 企业 项目 服务
以来 其中 分别 进一步 推动 推进 加快 加强 持续 不断 全面 深入 积极 着力 重点 工作
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "\u25a1")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if CJK.match(c)) >= 5:
            out.add(g)
    return out


def fail(msgs):
    for m in msgs[:60]:
        print("FAIL:", m)
    if len(msgs) > 60:
        print(f"... and {len(msgs) - 60} more")
    sys.exit(1)


def main():
    errs = []
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        errs.append(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")
    # ---- seed phrases
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + a["paragraphs"]:
                seed |= grams(blank(t))
    layouts, years, fronts = Counter(), Counter(), []
    for n, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        want = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.stem != want or gf.stem != want:
            errs.append(f"{pf.name}: name should be {want}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, indent=1, ensure_ascii=False) + "\n":
            errs.append(f"{gf.name}: not in indent=1 ensure_ascii=False form")
        if list(g) != TOP:
            errs.append(f"{gf.name}: top keys {list(g)}")
        if g["source"] != pf.name:
            errs.append(f"{gf.name}: source {g['source']}")
        arts = g["articles"]
        if not 7 <= len(arts) <= 13:
            errs.append(f"{pf.name}: {len(arts)} articles")
        nchar = len(re.sub(r"\s+", "", text))
        if not 4500 <= nchar <= 6500:
            errs.append(f"{pf.name}: {nchar} characters")
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g["issue_date"], pf.name))
            if not isinstance(g["page_count"], int):
                errs.append(f"{pf.name}: front page without page count")
        # layout: column pages hold many short lines
        lines = [l for l in text.split("\n") if l.strip()]
        short = sum(1 for l in lines if len(l.replace(" ", "")) <= 26)
        layouts["column" if short > 0.8 * len(lines) else "paragraph"] += 1
        for a in arts:
            if list(a) != KEYS:
                errs.append(f"{pf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                errs.append(f"{pf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    errs.append(f"{pf.name}: paragraph with whitespace or empty: {p[:20]}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    errs.append(f"{pf.name}: subhead not among paragraphs: {s}")
            if a["kind"] == "continuation" and not a["continued"]:
                errs.append(f"{pf.name}: continuation without marker")
            # seed phrases
            for t in [a[k] for k in FIELDS] + a["paragraphs"]:
                bad = grams(blank(t)) & seed
                for b in sorted(bad):
                    errs.append(f"{pf.name}: seed phrase {b!r} in {t[:30]!r}")
        for t in g["extras"]:
            for b in sorted(grams(blank(t)) & seed):
                errs.append(f"{pf.name}: seed phrase {b!r} in extras")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            errs.append(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        errs.append(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        errs.append(f"layouts {dict(layouts)}")
    if sorted(d[:4] for d, _ in fronts) != ["2015", "2023"]:
        errs.append(f"front pages {fronts}")
    # each front page jumps to its page 2 in the set
    for d, name in fronts:
        g = json.loads((HERE / "gold" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not downs:
            errs.append(f"{name}: front page without 下转2版")
        found = False
        for gf in golds:
            h = json.loads(gf.read_text(encoding="utf-8"))
            if h["issue_date"] == d and h is not g and gf.stem != name[:-4]:
                if any(a["continued"].startswith("上接1版") for a in h["articles"]):
                    found = True
        if not found:
            errs.append(f"{name}: no page 2 with 上接1版 for {d}")
    if errs:
        fail(errs)
    # ---- the export a perfect segmenter would print
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in ("kind",) + FIELDS})
            b["title_derived"] = False
            b["paragraphs"] = a["paragraphs"]
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            errs.append("scorer problem: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                errs.append(f"{m.group(1)} = {m.group(2)}")
        if m and m.group(1) == "cjk_space_left" and m.group(2) != "0":
            errs.append("cjk_space_left " + m.group(2))
    if r.returncode != 0:
        errs.append("scorer exit code %d" % r.returncode)
    if errs:
        fail(errs)
    print("check passed")


if __name__ == "__main__":
    main()
