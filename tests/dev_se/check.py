#!/usr/bin/env python3
"""Verify the dev_se test set; prints `check passed` when every rule holds.

1. pages/, gold/ and README.md are exactly what compose.py builds (byte for byte).
2. The export a perfect segmenter would print (every gold article; each page's extras,
   duplicates and jump-marker glyphs as furniture) scores 1.000 on every figure of
   /work/shared/tools/score.py, coverage 1.000, no problem line, cjk_space_left 0.
3. Shape: 14 pages, 7 per layout, the years and front pages of the brief, 4,500–6,500
   characters and 7–13 articles a page, names NNN_<sha256[:16]>.
4. No run of 6 characters holding 5 or more Chinese characters is shared with the
   seeds' gold headlines and paragraphs, once a short list of generic words is blanked.
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

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")

# Generic words blanked before the seed-phrase comparison: institution names, place
# names, ranks and set phrases every page of the paper prints.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 华声在线 新湖南客户端 通讯员 新华社 评论员
党中央 国务院 省委 省政府 省人大常委会 省政协 省发展改革委 省工信厅 省商务厅 省民政厅
省农业农村厅 省政务局 省粮食和物资储备局 省文化和旅游厅 省人社厅 省医保局 省统计局
省气象局 省应急管理厅 副省长 省长 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市
益阳市 郴州市 怀化市 邵阳市 湘西土家族苗族自治州 长株潭 洞庭湖 湘江 湘西
长株潭城际铁路 城际铁路 轨道交通 非物质文化遗产 国家级非遗代表性传承人 新一代信息技术
农村居民人均可支配收入 相关负责人 有关负责人 主要负责人 出席会议并讲话 出席并讲话
高质量发展 乡村振兴 粮食安全 同比增长 比上年增长 个百分点 提供有力支撑 提供了有力支撑
近年来 今年以来 连日来 据悉 获悉 负责人说 负责人表示 负责人介绍 企业和群众 在长沙召开
在长沙举行 会议强调 会议指出 会议总结 会议要求 位居全国前列 人力资源和社会保障厅 将持续到
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(unicodedata.normalize("NFKC", w), "\x00" * len(w))
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\x00" not in w and sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            yield w


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
    return out


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    files = compose.build()
    problems = []
    # 1. rebuilt byte for byte
    for rel, data in files.items():
        if rel.startswith("markers/"):
            continue
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            problems.append(f"{rel} differs from what compose.py builds")
    for sub in ("pages", "gold"):
        for p in (HERE / sub).iterdir():
            if f"{sub}/{p.name}" not in files:
                problems.append(f"stray file {sub}/{p.name}")
    if problems:
        fail("; ".join(problems))

    golds = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))}
    seed_keys = list(json.loads(next(SEED_GOLD.glob("*.json")).read_text(encoding="utf-8")).keys())
    seed_akeys = list(json.loads(next(SEED_GOLD.glob("*.json")).read_text(encoding="utf-8"))["articles"][0].keys())

    # 2. perfect export, scored
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        markers = json.loads(files[f"markers/{name}"].decode("utf-8"))
        for i, a in enumerate(g["articles"]):
            art = {"source": g["source"], "issue_date": g["issue_date"], "kind": a["kind"],
                   "column": a["column"], "kicker": a["kicker"], "title": a["title"],
                   "subtitle": a["subtitle"], "title_derived": False, "byline": a["byline"],
                   "dateline": a["dateline"], "continued": a["continued"],
                   "paragraphs": a["paragraphs"]}
            export["articles"].append(art)
        furniture = list(g["extras"]) + list(g["duplicates"])
        for ms in markers.values():
            furniture += ms          # the marker glyphs (▷, ▲ ▲, brackets) around 下转/上接
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": furniture})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode or r.stderr.strip():
        fail("score.py failed: " + r.stderr[-500:])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line.strip())
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v == "None":
            if k not in ("untitled_ok",):
                fail(f"{k} is None")
        elif v != "1.000":
            fail(f"{k} = {v}")
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")

    # 3. shape
    srcs = {}
    for p in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, layout = compose.parse_source(p)
        srcs[meta["seq"]] = meta
    if len(golds) != 14 or len(srcs) != 14:
        fail(f"{len(golds)} pages, want 14")
    lay = Counter(m["layout"] for m in srcs.values())
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(m["date"][:4] for m in srcs.values())
    if set(years) != {"2015", "2017", "2020", "2024"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {dict(years)}")
    fronts = [(n, g) for n, g in golds.items() if g["issue_number"] is not None]
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2015", "2024"]:
        fail("front pages must be in 2015 and 2024")
    for name, g in golds.items():
        seq = name[:3]
        raw = (HERE / "pages" / (name[:-5] + ".txt")).read_bytes()
        if name[:-5] != f"{seq}_" + hashlib.sha256(raw).hexdigest()[:16]:
            fail(f"{name}: name is not NNN_ + sha256[:16] of the page")
        if g["source"] != name[:-5] + ".txt":
            fail(f"{name}: source field")
        if list(g.keys()) != seed_keys or any(list(a.keys()) != seed_akeys for a in g["articles"]):
            fail(f"{name}: keys differ from the seed gold files")
        n = len(re.sub(r"\s+", "", raw.decode("utf-8")))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if srcs[seq]["layout"] == "column" and "\n\n" not in raw.decode("utf-8"):
            fail(f"{name}: column page without blank lines")
    for name, g in fronts:
        if not g["page_count"]:
            fail(f"{name}: front page without page count")
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g]
        up = [a for h in p2 for a in h["articles"] if a["continued"].startswith("上接1版")]
        if not down or len(up) < len(down):
            fail(f"{name}: front-page jumps without their page 2 continuations")

    # 4. seed phrases
    seed_w = set()
    for p in SEED_GOLD.glob("*.json"):
        for t in texts(json.loads(p.read_text(encoding="utf-8"))):
            seed_w.update(windows(blank(t)))
    hits = []
    for name, g in golds.items():
        for t in texts(g):
            for w in windows(blank(t)):
                if w in seed_w:
                    hits.append(f"{name[:3]}:{w}")
    if hits:
        fail("seed phrases reused: " + " ".join(sorted(set(hits))[:80]) + f" ({len(hits)})")
    print("check passed")


if __name__ == "__main__":
    main()
