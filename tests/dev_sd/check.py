#!/usr/bin/env python3
"""Verify the dev_sd test set; prints `check passed` when everything holds.

- pages/, gold/ and README.md are exactly what compose.py builds (byte for byte);
- file names are NNN_ + first 16 hex of SHA-256 of the page text;
- a perfect export (every gold article; each page's extras and duplicates) scores
  1.000 on every figure of /work/shared/tools/score.py with coverage 1.000, no problem line;
- the set's shape: 14 pages, 7 per layout, years, front pages, sizes, article counts;
- no 6-character run holding >= 5 Chinese characters is shared with the seeds' gold
  headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
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

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2020": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2019", "2025"}
# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 湖南日报社 通讯员 新华社 评论员 相关负责人 负责人 有限公司 股份有限公司
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省委副书记 秘书长 常务副省长 省委宣传部 部长 主任 副主任 主席 副主席
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神
高质量发展 乡村振兴 新能源汽车 以旧换新 一带一路 中非经贸博览会 三高四新 美好蓝图
现代化新湖南 社会主义 中国特色 同比增长 比上年增长 百分点 规模以上 工业增加值
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 怀化市 郴州市 永州市 娄底市
邵阳市 张家界市 湘西土家族苗族自治州 湘西州 长株潭 安化县 长沙 株洲 湘潭 衡阳 岳阳 常德
益阳 怀化 郴州 永州 娄底 邵阳 张家界 湘西 全省 我省 各市州 市州 今年以来 近年来 据了解
省工信厅 省商务厅 省教育厅 省发展改革委 省农业农村厅 省体育局 省能源局 省财政厅
中国工程院院士 自由贸易试验区 开放型经济 外商投资企业 中非经贸合作 基础设施建设
重要组成部分 国家和地区 生物医药产业 出席并讲话 省气候中心 较常年同期 非遗传承人 同比分别增长 中非经贸深度合作先行区 劳动密集型产品 全面深化改革 一氧化碳中毒 非物质文化遗产 先进制造业 产业链 供应链 新一代 数字经济 进出口
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "\u25a1")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def fail(msg: str):
    print("FAILED:", msg)
    sys.exit(1)


def main():
    built = compose.build()
    files = built["files"]
    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)): p for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    on_disk["README.md"] = HERE / "README.md"
    if set(on_disk) != set(files):
        fail(f"files differ from a rebuild: {sorted(set(on_disk) ^ set(files))}")
    for rel, content in files.items():
        if on_disk[rel].read_bytes() != content.encode("utf-8"):
            fail(f"{rel} differs from a rebuild")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("src/ must hold p01.txt … p14.txt")

    # 2. names, gold format, shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    layouts, years, fronts = Counter(), Counter(), []
    arts_out, srcs_out = [], []
    mine = []
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json":
            fail(f"bad name {pg.name} / {gf.name}")
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != KEYS or g["source"] != pg.name:
            fail(f"{gf.name}: keys or source wrong")
        if gf.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not indent=1 / ensure_ascii=False")
        meta = compose.parse(srcs[i - 1])["meta"]
        layouts[meta["layout"]] += 1
        year = g["issue_date"][:4]
        years[year] += 1
        n = len(g["articles"])
        chars = len(re.sub(r"\s+", "", text))
        if not 7 <= n <= 13:
            fail(f"{pg.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind {list(a)} {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace in a paragraph: {p[:30]}")
            if re.search(r"\{[a-z/]\}", "".join(v if isinstance(v, str) else "".join(v) for v in a.values())):
                fail(f"{gf.name}: a source mark leaked: {a['title']}")
            b = dict(a, source=pg.name, issue_date=g["issue_date"], title_derived=False)
            arts_out.append(b)
            mine.append("".join([a["kicker"], "\u25a1", a["title"], "\u25a1", a["subtitle"]]))
            mine += a["paragraphs"] + [a["byline"], a["dateline"], a["column"]]
        srcs_out.append({"source": pg.name, "issue_date": g["issue_date"],
                         "extras": g["extras"] + g["duplicates"]})
        if g["issue_number"]:
            fronts.append((year, g, text))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    if sorted(y for y, _, _ in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages {[y for y, _, _ in fronts]}")
    for y, g, text in fronts:
        if not g["page_count"] or "下转2版" not in "".join(a["continued"] for a in g["articles"]):
            fail(f"front page {y}: page count or 下转2版 missing")
        p2 = [a for a in arts_out if a["issue_date"] == g["issue_date"] and a["continued"].startswith("上接1版")
              and a["source"] != g["source"]]
        if not p2:
            fail(f"front page {y}: no 上接1版 continuation on its page 2")

    # 3. perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts_out, "sources": srcs_out}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        m = re.search(rf"^{k}\s+(\S+)", out, re.M)
        if not m or m.group(1) != "1.000":
            fail(f"{k} = {m.group(1) if m else None}")
    if not re.search(r"^cjk_space_left\s+0$", out, re.M):
        fail("cjk_space_left is not 0")

    # 4. seed-phrase rule
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"] + "\u25a1" + a["title"] + "\u25a1" + a["subtitle"]] + a["paragraphs"]:
                seed.update(windows(blank(s)))
    shared = Counter()
    for s in mine:
        for w in windows(blank(s)):
            if w in seed:
                shared[w] += 1
    if shared:
        fail(f"runs shared with the seeds: {sorted(shared)}")
    print("check passed")


if __name__ == "__main__":
    main()
