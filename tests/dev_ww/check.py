#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare byte for byte, check the shape,
the seed-phrase rule, and score a perfect export with the shared scorer.

    python3 check.py        prints `check passed` or the problems and exits 1
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {"2018": (3, 4), "2021": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2026"}
KEY_ORDER = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_ORDER = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
             "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases of the paper's register
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人 有关负责人 高质量发展 现代化新湖南 社会主义
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
省委常委 副省长 省长 省委书记 省委副书记 秘书长 副主席 全省各级 各级各部门 长株潭 湖南省 长沙市
株洲市 湘潭市 衡阳市 岳阳市 郴州市 永州市 怀化市 常德市 益阳市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州
省人社厅 省人力资源和社会保障厅 省财政厅 省税务局 省发展改革委 省能源局 省农业农村厅 省卫生健康委
省商务厅 省工信厅 省民政厅 国家电网 同比增长 比上年增长 个百分点 以上 近年来 今年以来
今年1至 截至目前 在长沙召开 在长沙举行 在会上强调 出席会议 三高四新 美好蓝图 重要讲话
重要指示批示精神 新型工业化 乡村振兴 先进制造业 产业链 供应链 数字经济 以旧换新 营商环境
人民群众 党员干部 一批 全面落实 深入学习贯彻 坚持以人民为中心 全力以赴 作出新的更大贡献
今年 我省 获悉 进一步 重点推进 有力支持 有力支撑 突出位置 继续实施 一对一 工作会议 高新技术企业
重要组成部分 长沙理工大学 十四五 十五五 人力资源服务 政府工作报告 分布式光伏 轨道交通装备 人均可支配收入 农村居民 城镇居民 工程机械 新能源汽车 中小企业 专精特新
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "#")
    return re.sub(r"\s+", "", s)


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    gs = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for k in ("kicker", "title", "subtitle", "column"):
                gs |= grams(blank(a.get(k) or ""))
            for p in a.get("paragraphs") or []:
                gs |= grams(blank(p))
    return gs


def main() -> int:
    problems: list[str] = []
    files, rows, stats = compose.build_all()

    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    if on_disk != {k for k in files if k != "README.md"}:
        problems.append(f"pages/gold differ from a fresh build: {sorted(on_disk ^ set(files))[:6]}")
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            problems.append(f"{rel} is not what compose.py builds")

    # 2. shape
    golds = {}
    for rel, text in files.items():
        if rel.startswith("gold/"):
            golds[Path(rel).stem] = json.loads(text)
    if len(rows) != 14:
        problems.append(f"{len(rows)} pages, want 14")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(lay)}, want 7 column + 7 paragraph")
    years = Counter(r["date"][:4] for r in rows)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            problems.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        problems.append(f"unexpected years {set(years) - set(YEARS)}")
    for i, r in enumerate(rows, 1):
        stem = Path(r["file"]).stem
        text = files[f"pages/{stem}.txt"]
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if stem != want:
            problems.append(f"{stem}: name should be {want}")
        if not 4500 <= r["chars"] <= 6500:
            problems.append(f"{stem}: {r['chars']} characters")
        if not 7 <= r["articles"] <= 13:
            problems.append(f"{stem}: {r['articles']} articles")
        g = golds[stem]
        if list(g) != KEY_ORDER:
            problems.append(f"{stem}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ART_ORDER or a["kind"] not in KINDS:
                problems.append(f"{stem}: bad article keys/kind {a.get('kind')}")
            for para in a["paragraphs"]:
                if re.search(r"[\u3400-\u9fff“”，。、；：（）]\s+[\u3400-\u9fff“”，。、；：（）]", para):
                    problems.append(f"{stem}: space inside a paragraph: {para[:30]}")
            if not a["paragraphs"]:
                problems.append(f"{stem}: article without paragraphs")
    fronts = [r for r in rows if str(r["pageno"]) == "1"]
    if {r["date"][:4] for r in fronts} != FRONT_YEARS or len(fronts) != 2:
        problems.append(f"front pages: {[(r['file'], r['date']) for r in fronts]}")
    for fr in fronts:
        g = golds[Path(fr["file"]).stem]
        if not (g["issue_number"] and g["page_count"]):
            problems.append(f"{fr['file']}: front page without issue number / page count")
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [r for r in rows if r["date"] == fr["date"] and str(r["pageno"]) == "2"]
        if not jumps or not p2:
            problems.append(f"{fr['file']}: no jump to a page 2 in the set")
            continue
        g2 = golds[Path(p2[0]["file"]).stem]
        cont = [a for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if len(cont) < len(jumps):
            problems.append(f"{fr['file']}: page 2 continues {len(cont)} of {len(jumps)} jumps")

    # 3. seed-phrase rule
    sg = seed_grams()
    hits = Counter()
    for stem, g in golds.items():
        texts = list(g["extras"])
        for a in g["articles"]:
            texts += [a[k] for k in ("column", "kicker", "title", "subtitle")] + a["paragraphs"]
        for t in texts:
            for x in grams(blank(t)) & sg:
                hits[(stem[:3], x)] += 1
    for (stem, x), n in sorted(hits.items()):
        problems.append(f"{stem}: shares {x!r} with the seeds")

    # 4. perfect export scored by the shared scorer
    export = {"articles": [], "sources": []}
    for stem, g in golds.items():
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = not a["title"]
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode or "---" in out:
        problems.append("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line.strip())
        if not m:
            continue
        k, v = m[1], float(m[2])
        if k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
                 "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc",
                 "coverage") and v != 1.0:
            problems.append(f"{k} = {v}")
        if k == "cjk_space_left" and v != 0:
            problems.append(f"cjk_space_left = {v}")
    for k in ("coverage", "seg_f1", "headline_acc"):
        if not re.search(rf"^{k}\s+1\.000$", out, re.M):
            problems.append(f"{k} missing or not 1.000")

    if problems:
        print("\n".join(problems[:80]))
        print(f"check FAILED ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
