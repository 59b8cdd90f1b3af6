#!/usr/bin/env python3
"""Verify the dev_ra test set; prints `check passed` when everything holds.

- compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
- file names are NNN_ + first 16 hex of the SHA-256 of the page text;
- the set's shape: 14 pages, 7 per layout, years 2016/2019/2023/2026 with 3-4
  pages each, two front pages (2019, 2026) jumping to their page 2 in the set,
  4,500-6,500 characters and 7-13 articles a page;
- no run of 6 characters holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking generic words);
- the export a perfect segmenter would print scores 1.000 on every figure with
  coverage 1.000, no problem line, and cjk_space_left 0.
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
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 新华社 华声在线 新湖南客户端
相关负责人 负责人介绍 负责人表示 据了解 据介绍 记者从 记者今天从 今天 近日 日前 获悉
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 书记
市委 县委 市政府 县政府 人民政府 管委会 委员会 办公室 有限公司 集团
习近平新时代中国特色社会主义思想 习近平 总书记 新时代 党的二十大精神 二十大
高质量发展 现代化 三高四新 美好蓝图 乡村振兴 全面建成小康社会 供给侧结构性改革
一带一路 长株潭 湖南省 湖南 长沙市 长沙 株洲 湘潭 岳阳 衡阳 常德 益阳 郴州 永州 怀化
娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 吉首 城陵矶 综合保税区 综保区 洞庭湖 湘江
同比增长 比上年增长 百分点 亿元 万元 以上 左右 今年以来 今年 去年 全省 我省 我国 全国
进出口 进出口总值 外贸 进出口贸易 跨境电商 中欧班列 海关 统计数据显示 数据显示
先进制造业 产业链 供应链 数字经济 人工智能 新能源汽车 工程机械 轨道交通
非物质文化遗产 国家级 省级 工作会议 高新技术企业 开放型经济 中非经贸博览会 中国—非洲经贸博览会 出席并讲话 各级各部门 花瑶挑花 花瑶 挑花 猕猴桃 城际铁路 地铁
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for g in GENERIC:
        s = s.replace(g, "\u25a1" * len(g))
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u25a1" not in w and len(CJK.findall(w)) >= 5:
            yield w


def texts(gold: dict):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        yield from a.get("paragraphs") or []


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        compose.build(td)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (td / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh build: {set(a) ^ set(b)}")
            for n in a:
                if (HERE / sub / n).read_bytes() != (td / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (td / "README.md").read_bytes():
            fail("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages, gold files and sources: {len(pages)} {len(golds)} {len(srcs)}")

    # 2. names, shape
    layouts, years = Counter(), Counter()
    fronts = []
    by_date = {}
    for n, (pg, gf, src) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        want = f"{n:03d}_{h}"
        if pg.stem != want or gf.stem != want:
            fail(f"bad name {pg.name} / {gf.name}, want {want}")
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gf.name}: key order {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gf.name}: article key order {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs: {sh}")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source field {g['source']}")
        meta = compose.parse(src)[0]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        by_date.setdefault(g["issue_date"], []).append((meta, g))
        if g["issue_number"] or g["page_count"]:
            if not (g["issue_number"] and g["page_count"] and meta["page"] == "1"):
                fail(f"{pg.name}: front page needs issue number, page count and page 1")
            fronts.append((g["issue_date"], g))
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {layouts}")
    if set(years) != {"2016", "2019", "2023", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(d[:4] for d, _ in fronts) != ["2019", "2026"]:
        fail(f"front pages {[d for d, _ in fronts]}")
    for d, g in fronts:
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {d} does not jump to page 2")
        p2 = [gg for m, gg in by_date[d] if m["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["articles"]):
            fail(f"front page {d}: no page 2 with 上接1版 in the set")

    # 3. seed phrases
    seedwin = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seedwin.update(windows(norm(t)))
    hits = []
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            for w in windows(norm(t)):
                if w in seedwin:
                    hits.append((gf.name[:3], w))
    if hits:
        for h in hits[:40]:
            print("   seed phrase:", *h)
        fail(f"{len(hits)} runs shared with the seeds")

    # 4. the perfect export
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0 or r.stderr.strip():
        fail("scorer failed: " + r.stderr)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif k in ("articles_gold", "articles_pred"):
            continue
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
