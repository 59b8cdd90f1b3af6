#!/usr/bin/env python3
"""Verify the dev_uw test set; prints `check passed` or the first failures.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print (every gold article, each page's
   extras, duplicates and jump-marker lines) scores 1.000 everywhere with
   /work/shared/tools/score.py, coverage 1.000, no problem line;
3. the set's shape (pages, layouts, years, front pages, sizes, names, gold format);
4. no 6-character run holding >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {2015: (3, 4), 2019: (3, 4), 2022: (3, 4), 2024: (3, 4)}
FRONT_YEARS = {2015, 2022}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, and set phrases every story of the paper uses.
GENERIC = """
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 负责人表示 记者从 近日 今年以来 据了解 据悉
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
高质量发展 社会主义现代化新湖南 三高四新 美好蓝图 战略定位和使命任务 决策部署
省人大常委会 省政协 省委常委 省委副书记 副省长 省长 主任 副主任 秘书长 出席 主持
同比增长 比上年增长 增长 万亿元 亿元 万元 个百分点 以上 左右
规模以上工业 先进制造业 制造业 产业链 供应链 工程机械 新能源汽车 数字经济 人工智能
全省 我省 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西 安化县 安化 南岳区 中联重科 三一重工 三一集团 铁建重工
省工信厅 省商务厅 省教育厅 省交通运输厅 省林业局 省农业农村厅 长沙海关 海关总署
进出口 出口 进口 外贸 获悉 国家和地区 产业集群 基础设施建设 会议强调 会议指出 会议要求 会议提出 会议透露 摆在突出位置 轨道交通装备 长株潭 城际铁路 人力资源和社会保障厅 非物质文化遗产 有力支撑 工业互联网 科技创新 专项整治 形式主义 官僚主义 支持力度 乡村振兴 民生福祉 十四五 各级各部门 优秀传统文化 一带一路 灯塔工厂 中非经贸 就业岗位 重要组成部分 年前 个月 以来 方面 工作会议 座谈会 在长沙召开 在长沙举行 召开
""".split()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "#")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def article_texts(a, headlines_only=False):
    hs = [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
    if headlines_only:
        return hs
    return hs + [a.get(k, "") for k in ("column", "byline", "dateline")] + list(a["paragraphs"])


def main():
    fails = []
    files, models = compose.build()

    # 1. byte-for-byte rebuild, no stray files
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fails.append(f"rebuild differs: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fails.append(f"stray file {d}/{p.name}")

    # 2. perfect export scored with the shared scorer
    export = {"articles": [], "sources": []}
    for m in models:
        g = m["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + m["page"].markers})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode:
        fails.append("score.py failed: " + r.stderr[-300:])
    if "---" in out:
        fails.append("score.py listed problem lines")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+|None)$", out, flags=re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fails.append(f"score {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # strict coverage: every character of every raw line found in the export
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools/score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for m in models:
        g = m["gold"]
        strings = [s for a in g["articles"] for s in article_texts(a)] + g["extras"] + g["duplicates"] \
            + m["page"].markers + [s for a in g["articles"] for s in a["subheads"]] \
            + [a["continued"] for a in g["articles"]]
        hay = "\0".join(squash(s) for s in strings)
        for ln in m["text"].splitlines():
            s = squash(ln)
            if s and score.covered(s, hay) != len(s):
                fails.append(f"{g['source']}: line not fully covered: {ln[:40]!r}")

    # 3. shape
    if len(models) != 14:
        fails.append(f"{len(models)} pages, want 14")
    lay = Counter(m["src"].h["layout"] for m in models)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(lay)}")
    years = Counter(int(m["gold"]["issue_date"][:4]) for m in models)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fails.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    fronts = []
    for i, m in enumerate(models, 1):
        g, text, name = m["gold"], m["text"], m["name"]
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != want or g["source"] != name + ".txt":
            fails.append(f"name {name} != {want}")
        raw = (HERE / "gold" / (name + ".json")).read_text(encoding="utf-8")
        gj = json.loads(raw)
        if list(gj) != KEYS or any(list(a) != AKEYS for a in gj["articles"]):
            fails.append(f"{name}: key order")
        if raw != json.dumps(gj, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{name}: json formatting")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{name}: {n} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fails.append(f"{name}: {na} articles")
        for a in g["articles"]:
            if a["kind"] not in KINDS:
                fails.append(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fails.append(f"{name}: paragraph with whitespace or empty {p[:20]!r}")
            for s in a["subheads"]:
                if re.sub(r"\s+", "", s) not in a["paragraphs"]:
                    fails.append(f"{name}: subhead not among paragraphs {s!r}")
        date.fromisoformat(g["issue_date"])
        if g["issue_number"] is not None:
            fronts.append(m)
            if not (isinstance(g["page_count"], int) and g["issue_number"].isdigit()):
                fails.append(f"{name}: masthead fields")
            d = date.fromisoformat(g["issue_date"])
            wk = "一二三四五六日"[d.weekday()]
            if f"星期{wk}" not in "".join(g["extras"]) or f"第{g['issue_number']}号" not in "".join(g["extras"]):
                fails.append(f"{name}: masthead weekday/issue number")
    if sorted(int(m["gold"]["issue_date"][:4]) for m in fronts) != sorted(FRONT_YEARS):
        fails.append(f"front pages in {[m['gold']['issue_date'] for m in fronts]}")
    for m in fronts:
        g = m["gold"]
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fails.append(f"{m['name']}: front page without 下转2版")
        twos = [x for x in models if x["gold"]["issue_date"] == g["issue_date"] and x["src"].h["pagenum"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                     for a in twos[0]["gold"]["articles"]):
            fails.append(f"{m['name']}: no page 2 continuing it")

    # 4. seed phrases
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for s in article_texts(a, headlines_only=True) + list(a["paragraphs"]):
                seed |= grams(blank(s))
    for m in models:
        g = m["gold"]
        for a in g["articles"]:
            for s in article_texts(a) + a["subheads"]:
                hit = grams(blank(s)) & seed
                if hit:
                    fails.append(f"{m['name']}: seed phrase {sorted(hit)[:3]} in {s[:24]!r}")
        for s in g["extras"]:
            hit = grams(blank(s)) & seed
            if hit:
                fails.append(f"{m['name']}: seed phrase {sorted(hit)[:3]} in extras")

    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
