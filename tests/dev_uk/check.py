#!/usr/bin/env python3
"""Verify the dev_uk test set; prints `check passed` when everything holds.

- compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
- a perfect export (every gold article, each page's extras and duplicates) scores
  1.000 on every figure of /work/shared/tools/score.py, coverage 1.000, no problem line;
- the set has the shape of the brief (14 pages, 7 per layout, years, front pages,
  sizes, article counts, file names);
- no run of 6 characters holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking generic words).
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
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
YEARS = {"2016": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2016", "2022"}

# Words any Hunan Daily page uses: blanked before the seed-phrase comparison.
GENERIC = """
湖南日报 全媒体记者 评论员 通讯员 新华社 华声在线 新湖南客户端
中共中央 国务院 党中央 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省林业厅 省林业局 省商务厅 省民政厅 省文化和旅游厅 省交通运输厅 省发展改革委 省财政厅
省工信厅 省应急管理厅 长沙海关 海关总署 财政部 国家发展改革委
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 怀化 郴州 永州 邵阳 益阳 娄底 张家界
湘西土家族苗族自治州 湘西州 长株潭 湘江 洞庭湖
相关负责人 负责人介绍 负责人表示 记者从 获悉 据了解 据悉 今年以来 近年来 截至
同比增长 比上年增长 规模以上 高质量发展 习近平总书记 习近平新时代中国特色社会主义思想
党的二十大精神 二十大精神 主持召开 出席会议并讲话 出席并讲话 在长沙召开 在长沙举行
进出口总值 进出口实绩 民营企业 位居全国前列 全国两会 中西部第一
中南林业科技大学 公共文化服务体系 公共文化服务 公共图书馆 会议要求 会议强调 会议指出
中非经贸深度合作先行区 外商投资企业 一带一路 新三样 新能源汽车 锂电池 新动能 新一代信息技术 出口机电产品 机电产品 劳动密集型产品 农产品出口 道路交通安全 非遗代表性项目 非遗代表性传承人 国家和地区 湘粤非铁海联运 中欧班列 中非经贸博览会 轨道交通装备 轨道交通 非物质文化遗产 代表性传承人 重要抓手 重要讲话 重要指示 决策部署
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


CJK = re.compile(r"[\u4e00-\u9fff]")


def windows(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append(a["kicker"] + a["title"] + a["subtitle"])
        out.extend(a["paragraphs"])
    return out


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files (want 14)")

    # 2. shape
    layouts, years, fronts = Counter(), Counter(), []
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        m = compose.parse(src)["meta"]
        metas[m["file_no"]] = m
    nos = sorted(metas)
    if nos != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"file numbers {nos}")
    for gp in golds:
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if list(g) != KEYS:
            fail(f"{gp.name}: keys {list(g)}")
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not indent=1 ensure_ascii=False")
        name = g["source"]
        text = (HERE / "pages" / name).read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != f"{name[:3]}_{h}.txt" or gp.stem != name[:-4]:
            fail(f"{gp.name}: name does not match the page hash")
        m = metas[name[:3]]
        layouts[m["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        chars = len(squash(text))
        if not 4500 <= chars <= 6500:
            fail(f"{name}: {chars} characters")
        n = len(g["articles"])
        if not 7 <= n <= 13:
            fail(f"{name}: {n} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind {list(a)} {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、；：“”（）]\s+[\u4e00-\u9fff，。、；：“”（）]", p):
                    fail(f"{name}: space between Chinese characters in {p[:20]}")
        if g["issue_number"]:
            fronts.append((g, m))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages in {y}")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != sorted(FRONT_YEARS):
        fail("front pages: " + str([g["issue_date"] for g, _ in fronts]))
    allg = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
    for g, m in fronts:
        if m["page"] != "1" or not g["page_count"]:
            fail(f"front page {g['source']} lacks page 1 / page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {g['source']} jumps nowhere")
        p2 = [x for x in allg if x["issue_date"] == g["issue_date"] and x is not g
              and any(a["continued"].startswith("上接1版") for a in x["articles"])]
        if not p2:
            fail(f"no page 2 continuing {g['source']}")

    # 3. seed phrases
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= windows(blank(t))
    for g in allg:
        for t in texts(g):
            hit = windows(blank(t)) & seed
            if hit:
                fail(f"{g['source']}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:30]}")

    # 4. perfect export scored
    arts, srcs = [], []
    for g in allg:
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        parts = line.split()
        if len(parts) == 2 and "=" not in line and parts[0] not in ("articles_gold", "articles_pred"):
            want = "0" if parts[0] == "cjk_space_left" else "1.000"
            if parts[1] != want:
                fail(f"{parts[0]} = {parts[1]}")
    print("check passed")


if __name__ == "__main__":
    main()
