#!/usr/bin/env python3
"""Verify the dev_tg set.

    python3 check.py      # prints `check passed` or the list of failures

1. the files on disk are exactly what compose.build() makes (byte for byte);
2. the shape of the set (14 pages, 7 per layout, years, front pages and their
   page 2, characters and articles per page, file names from the SHA-256);
3. every gold string is really printed on its page;
4. a perfect export (every gold article; each page's extras and duplicates)
   scores 1.000 everywhere with /work/shared/tools/score.py, with no problem line;
5. no 6-character run with at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a few generic words).
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2015": (3, 4), "2019": (3, 4), "2020": (3, 4), "2023": (3, 4)}
FRONT_YEARS = {"2019", "2023"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases of the paper
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 中共中央
湖南日报全媒体评论员 湖南日报评论员 湖南日报 全媒体记者 新湖南客户端 华声在线 新华社 通讯员 记者
相关负责人 有关负责人 负责人介绍 负责人表示 负责人说
省委常委 省委书记 省委副书记 省长 副省长 省政府 省委 省政协 省人大常委会 省工信厅 省商务厅 省农业农村厅 省发展改革委
省教育厅 省人社厅 省民政厅 省应急管理厅 省交通运输厅 省卫生健康委 省气象局 省体育局 省财政厅 省市场监管局
长株潭 长沙市 长沙县 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳 湘西土家族苗族自治州 湘西 湘南 湘北 湘中
中国 湖南省 湖南 全省 我省 全国 全市 全县
高质量发展 三高四新 乡村振兴 新型工业化 现代化新湖南 社会主义现代化 战略定位和使命任务
同比增长 同比下降 比上年增长 百分点 亿元 万元 有限公司 规模以上 工业增加值 以旧换新 产业链 先进制造业
数字经济 人工智能 新能源汽车 工程机械 电子信息 集成电路 新一代 轨道交通 招商引资
人力资源和社会保障厅 工业和信息化 中非经贸博览会 非物质文化遗产 软件和信息技术服务 新型显示 中南大学 湖南大学
重要组成部分 各级各部门 关键核心技术 新型基础设施 新业态新模式 人均可支配收入 历史同期 三年行动计划 产业项目建设
会议强调 会议指出 会议要求 国家和地区 同比分别增长 十四五 十三五 世界级产业集群 就业岗位 劳动密集型 半导体 有条件的地区
在长沙召开 在长沙举行 出席并讲话 出席会议 今天 近日 日前 目前 今年以来 去年以来 据了解 据介绍 据悉
"""


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def grams(text: str, words: list) -> set:
    t = squash(text)
    for w in words:
        t = t.replace(w, "\u0000")
    out = set()
    for i in range(len(t) - 5):
        g = t[i:i + 6]
        if "\u0000" in g:
            continue
        if len(CJK_RE.findall(g)) >= 5:
            out.add(g)
    return out


def covered(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def main() -> int:
    fails: list[str] = []
    files, rows = compose.build()

    # 1. byte-for-byte
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fails.append(f"{rel} differs from what compose.py builds (run compose.py)")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                fails.append(f"stray file {d}/{f.name}")

    pages = {k: v for k, v in files.items() if k.startswith("pages/")}
    golds = {k[5:-5]: json.loads(v) for k, v in files.items() if k.startswith("gold/")}

    # 2. shape
    if len(pages) != 14:
        fails.append(f"{len(pages)} pages, want 14")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "para": 7}):
        fails.append(f"layouts {dict(lay)}, want 7 + 7")
    years = Counter(r["date"][:4] for r in rows)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fails.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    for n, r in enumerate(rows, 1):
        name = r["file"][:-4]
        text = pages[f"pages/{name}.txt"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != f"{n:03d}_{h}":
            fails.append(f"{name}: name is not NNN_ + sha256[:16]")
        if not 4500 <= r["chars"] <= 6500:
            fails.append(f"{name}: {r['chars']} characters")
        if not 7 <= r["articles"] <= 13:
            fails.append(f"{name}: {r['articles']} articles")
        g = golds[name]
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{name}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{name}: whitespace in a gold paragraph {p[:20]!r}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    fails.append(f"{name}: subhead {s!r} not among the paragraphs")
    fronts = [r for r in rows if r["front"]]
    if len(fronts) != 2 or {r["date"][:4] for r in fronts} != FRONT_YEARS:
        fails.append(f"front pages: {[(r['file'], r['date']) for r in fronts]}")
    for fr in fronts:
        g = golds[fr["file"][:-4]]
        if not (g["issue_number"] and g["page_count"] and g["extras"]):
            fails.append(f"{fr['file']}: front page without issue number / page count / masthead")
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        twos = [r for r in rows if r["date"] == fr["date"] and str(r["page"]) == "2"]
        if not downs or len(twos) != 1:
            fails.append(f"{fr['file']}: no jump to a page 2 of the same date in the set")
            continue
        g2 = golds[twos[0]["file"][:-4]]
        ups = [a for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if len(ups) != len(downs):
            fails.append(f"{fr['file']}: {len(downs)} jumps down, {len(ups)} continuations on page 2")
    for r in rows:
        if not r["front"] and (golds[r["file"][:-4]]["issue_number"] or golds[r["file"][:-4]]["page_count"]):
            fails.append(f"{r['file']}: issue number on an inside page")

    # 3. gold strings are printed on the page
    for name, g in golds.items():
        hay = squash(pages[f"pages/{name}.txt"])
        strings = [s for a in g["articles"] for s in
                   [a[f] for f in compose.FIELDS[1:]] + a["paragraphs"] + a["subheads"]]
        strings += g["extras"] + g["duplicates"]
        for s in strings:
            sq = squash(s)
            if sq and covered(sq, hay) < len(sq):
                fails.append(f"{name}: gold text not on the page: {s[:30]!r}")

    # 4. a perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in a if k != "subheads"})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0:
        fails.append(f"scorer exit {res.returncode}: {res.stderr[-300:]}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem: {line.strip()}")
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m:
            k, v = m.group(1), m.group(2)
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fails.append(f"cjk_space_left {v}")
            elif v != "1.000":
                fails.append(f"{k} {v}")
    for k in ("seg_f1", "headline_acc", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if not re.search(rf"^{k}\s+1\.000$", out, re.M):
            fails.append(f"{k} is not 1.000")

    # 5. seed phrases
    words = sorted(GENERIC.split(), key=len, reverse=True)
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(t, words)
    for rel, text in sorted(pages.items()):
        shared = sorted(grams(text, words) & seed)
        if shared:
            fails.append(f"{rel}: shares seed phrases {shared[:8]}")

    if fails:
        print("\n".join("FAIL " + f for f in fails))
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
