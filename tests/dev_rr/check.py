#!/usr/bin/env python3
"""Verify the set: rebuilds byte for byte, a perfect export scores 1.000 everywhere,
the shape asked for, and no 6-character run shared with the seeds' gold text.

    python3 check.py          prints `check passed` or the failures
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

# generic words blanked before the seed-phrase comparison: institutions, places,
# titles and set phrases any Hunan Daily story uses
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 记者 相关负责人 负责人 有关负责人
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 党的二十大精神 党的二十大
高质量发展 现代化新湖南 社会主义现代化 三高四新 中国特色社会主义 新时代 总书记 重要讲话
重要指示批示精神 指示批示 非物质文化遗产 国家级非遗 非遗 全面从严治党 乡村振兴 粤港澳大湾区 大湾区 先进制造业 产业链
省委常委 省委书记 省委副书记 副省长 省长 省政协 省人大常委会 省政府 省委 市委 县委 区委 省直
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 永州 娄底 邵阳 益阳 张家界 湘西
土家族苗族自治州 自治州 中共中央 全国 我省 全省 全市 全县 今年以来 近年来 同比增长 同比 增长
湘粤非铁海联运 铁海联运 规模以上工业增加值 规模以上工业 工业增加值 进出口总额 进出口总值 长株潭城际铁路 长株潭 西部陆海新通道 陆海新通道 国际陆港 综合保税区 部署下一阶段 农业农村 人居环境 会议强调 会议指出 会议要求 会议提出 人均可支配收入 农村居民 城镇居民 提供有力支撑 形式主义 官僚主义 今天召开的 近日召开的
百分点 今年以来 记者从 获悉 据了解 据悉 进一步 新质生产力 数字经济 人工智能
""".split()


def blank(s: str) -> str:
    s = unicodedata_nfkc(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def unicodedata_nfkc(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in g) >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append(a["kicker"] + "|" + a["title"] + "|" + a["subtitle"])
        out.extend(a["paragraphs"])
    return out


def main() -> int:
    fails = []
    # 1. rebuild byte for byte
    files = compose.build()
    on_disk = {str(p.relative_to(HERE)): p.read_text(encoding="utf-8")
               for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    on_disk["README.md"] = (HERE / "README.md").read_text(encoding="utf-8")
    if set(files) != set(on_disk):
        fails.append(f"file set differs from a rebuild: {sorted(set(files) ^ set(on_disk))}")
    for rel, content in files.items():
        if on_disk.get(rel) != content:
            fails.append(f"{rel} differs from a rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = [json.loads((HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")) for p in pages]

    # 2. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for p, g in zip(pages, golds):
        for a in g["articles"]:
            e = {"source": p.name, "issue_date": g["issue_date"], "kind": a["kind"]}
            for k in compose.FIELDS:
                e[k] = a[k]
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            export["articles"].append(e)
        export["sources"].append({"source": p.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        k, _, v = line.partition(" ")
        v = v.strip()
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem: {line.strip()}")
        elif re.fullmatch(r"\d\.\d{3}", v) and v != "1.000":
            fails.append(f"scorer figure {k} = {v}")
        elif k == "cjk_space_left" and v != "0":
            fails.append(f"cjk_space_left = {v}")
        elif k == "coverage" and v != "1.000":
            fails.append(f"coverage = {v}")
    if "coverage" not in r.stdout:
        fails.append("scorer printed no coverage")

    # 3. shape
    if len(pages) != 14:
        fails.append(f"{len(pages)} pages, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for i, (p, g, s) in enumerate(zip(pages, golds, srcs), 1):
        head = compose.parse(s)[0]
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want or g["source"] != p.name:
            fails.append(f"{p.name}: name should be {want}")
        layouts[head["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{p.name}: {len(g['articles'])} articles")
        if g["issue_number"] is not None:
            fronts.append((p, g, head))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
                       "duplicates"]:
            fails.append(f"{p.name}: gold key order")
        for a in g["articles"]:
            if list(a) != ["kind", *compose.FIELDS, "subheads", "paragraphs"]:
                fails.append(f"{p.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{p.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\S\s+\S", para) and re.search(rf"[{compose_cjk()}]\s+[{compose_cjk()}]", para):
                    fails.append(f"{p.name}: space between CJK in a paragraph: {para[:20]}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2018", "2023", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fails.append(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for _, g, _ in fronts) != ["2018", "2025"]:
        fails.append("front pages should be one in 2018 and one in 2025")
    for p, g, head in fronts:
        if head["page"] != "1" or not g["page_count"]:
            fails.append(f"{p.name}: front page header")
        downs = [a for a in g["articles"] if "下转2版" in a["continued"]]
        twos = [(q, h) for q, h in zip(pages, golds) if h["issue_date"] == g["issue_date"] and h is not g]
        ups = [a for _, h in twos for a in h["articles"] if a["continued"].startswith("上接1版")]
        if not downs or len(ups) < len(downs):
            fails.append(f"{p.name}: jumps 下转2版 {len(downs)}, 上接1版 on page 2 {len(ups)}")

    # 4. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for p, g in zip(pages, golds):
        for t in texts(g):
            hit = grams(blank(t)) & seed
            if hit:
                fails.append(f"{p.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]!r}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


def compose_cjk() -> str:
    return r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"


if __name__ == "__main__":
    sys.exit(main())
