#!/usr/bin/env python3
"""Verify the dev_wn set; prints `check passed` or the reasons it fails.

1. compose.build() rebuilt in memory equals pages/, gold/, README.md byte for byte;
2. the export of a perfect segmenter (every gold article, each page's extras and
   duplicates) scores 1.000 on every figure with /work/shared/tools/score.py,
   coverage 1.000, no problem line;
3. the shape of the set (pages, layouts, years, front pages and their jumps,
   sizes, article counts, file names, gold format);
4. no run of 6 characters holding 5 or more Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")

YEARS = {"2015": (3, 4), "2020": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2020", "2026"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases of the paper
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 中央八项规定精神 社会主义现代化新湖南
高质量发展 全面从严治党 党中央 国务院 省委 省政府 省人大常委会 省政协 省住房和城乡建设厅 省住建厅
省人社厅 省商务厅 省气象局 省应急管理厅 省发展改革委 省工信厅 省水利厅 省财政厅 省委组织部
湖南日报 全媒体记者 新湖南 通讯员 人力资源和社会保障 相关负责人 有关负责人 负责人表示 负责人介绍 同比增长 个百分点
长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 邵阳市 郴州市 永州市 怀化市 娄底市 张家界
湘西土家族苗族自治州 湘西州 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 邵阳 郴州 永州 怀化 娄底 湖南省 全省
中非经贸博览会 中非经贸深度合作先行区 中非经贸 湘粤非铁海联运 外商投资企业 国家和地区 一带一路 三高四新 国家重要先进制造业高地 中欧班列 西部陆海新通道
以旧换新 规模以上 工业增加值 进出口总值 社会消费品零售总额 乡村振兴 基层减负 形式主义 官僚主义
基础设施 今年以来 截至目前 我省 今年 获悉 工作会议 常年同期 据了解 近年来 与此同时 下一步 目前 同时
""".split()

CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return re.sub(r"\s+", "", s)


def grams(s: str):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def art_texts(a: dict):
    yield (a.get("kicker") or "") + (a.get("title") or "") + (a.get("subtitle") or "")
    for k in ("kicker", "title", "subtitle", "column", "byline"):
        yield a.get(k) or ""
    yield from a.get("paragraphs") or []


def main() -> int:
    errs: list[str] = []

    # 1. rebuild byte for byte
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            errs.append(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                errs.append(f"stale file {d}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        errs.append(f"expected 14 pages and 14 gold files, got {len(pages)}, {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    metas = [compose.parse(s)[0] for s in srcs]
    by_date: dict[str, dict] = {}
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{i:03d}_{h}.txt":
            errs.append(f"bad page file name {pg.name}")
        if gf.name != pg.name[:-4] + ".json":
            errs.append(f"gold name {gf.name} does not match {pg.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            errs.append(f"{gf.name}: not in the seeds' JSON layout")
        if list(g) != KEYS:
            errs.append(f"{gf.name}: key order {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                errs.append(f"{gf.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                errs.append(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    errs.append(f"{gf.name}: subhead {sh!r} not among paragraphs")
        if g["source"] != pg.name:
            errs.append(f"{gf.name}: source {g['source']}")
        meta = metas[i - 1]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(g["articles"])
        if not 7 <= n <= 13:
            errs.append(f"{pg.name}: {n} articles")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            errs.append(f"{pg.name}: {chars} characters")
        if g["issue_number"]:
            fronts.append((g, meta))
            if not g["page_count"] or meta["page"] != "1":
                errs.append(f"{pg.name}: front page without page count or not page 1")
        by_date.setdefault(g["issue_date"], {})[meta["page"]] = g
        # every gold text is found on the page
        sq = squash(text)
        for a in g["articles"]:
            for t in list(art_texts(a))[1:] + [a["dateline"]]:
                t = squash(t)
                if t and compose_cov(t, sq) < len(t):
                    errs.append(f"{pg.name}: gold text not on the page: {t[:30]!r}")
        for t in g["extras"] + g["duplicates"]:
            if squash(t) not in sq:
                errs.append(f"{pg.name}: extra/duplicate not on the page: {t[:30]!r}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        errs.append(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            errs.append(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        errs.append(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != sorted(FRONT_YEARS):
        errs.append(f"front pages in {[g['issue_date'] for g, _ in fronts]}")
    for g, meta in fronts:
        p2 = by_date.get(g["issue_date"], {}).get("2")
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not p2 or not down:
            errs.append(f"front page {g['issue_date']}: no page 2 in the set or no 下转2版")
            continue
        up = [a for a in p2["articles"] if a["continued"].startswith("上接1版")]
        if len(up) < len(down):
            errs.append(f"front page {g['issue_date']}: {len(down)} jumps, {len(up)} continuations")

    # 4. seed phrases
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            seed |= grams(blank(a["kicker"] + a["title"] + a["subtitle"]))
            for k in ("kicker", "title", "subtitle"):
                seed |= grams(blank(a[k]))
            for p in a["paragraphs"]:
                seed |= grams(blank(p))
    shared = Counter()
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in art_texts(a):
                for x in grams(blank(t)) & seed:
                    shared[(gf.name[:3], x)] += 1
        for t in g["extras"]:
            for x in grams(blank(t)) & seed:
                shared[(gf.name[:3], x)] += 1
    for (pg, x), _ in sorted(shared.items()):
        errs.append(f"seed phrase shared on {pg}: {x}")

    # 2. perfect export, scored
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0:
        errs.append(f"score.py exit {r.returncode}: {r.stderr[-300:]}")
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            errs.append(f"scorer problem: {ln.strip()}")
            continue
        m = re.match(r"(\w+)\s+(\S+)$", ln)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                errs.append(f"cjk_space_left {v}")
        elif v != "None" and v != "1.000":
            errs.append(f"{k} {v}")

    if errs:
        for e in errs[:200]:
            print("FAIL:", e)
        print(f"check failed ({len(errs)} problems)")
        return 1
    print("check passed")
    return 0


def compose_cov(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(2, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


if __name__ == "__main__":
    sys.exit(main())
