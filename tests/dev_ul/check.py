#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, score a perfect export, check shape and seed phrases.

    python3 check.py          prints `check passed` or the first failures
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2023": (3, 4), "2026": (3, 4)}

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 记者
中华人民共和国 党中央 国务院 省委 省政府 省人大常委会 省政协 省委书记 省长 副省长
省农业农村厅 省农委 省工业和信息化厅 省工信厅 省商务厅 省发展改革委 省生态环境厅 省林业局 省交通运输厅
省卫生健康委 省教育厅 省体育局 省文化和旅游厅 省司法厅 省公安厅 省应急管理厅
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市
张家界市 湘西土家族苗族自治州 长株潭 洞庭湖 湘江 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化
相关负责人 负责人介绍 负责人表示 高质量发展 新时代中国特色社会主义思想 习近平总书记
二十大精神 乡村振兴 先进制造业 规模以上工业 同比增长 比上年增长 有关部门 新能源汽车
社会主义现代化新湖南 三高四新 美好蓝图 据了解 据悉 近日 今年以来 与此同时
出席并讲话 生态保护修复 三年行动计划 规模性返贫 农村人居环境 人力资源和社会保障厅 各级各部门 基础设施建设 脱贫攻坚 非物质文化遗产 代表性传承人
规模以上 工程机械 工业互联网 科技型中小企业 高新技术企业 轨道交通装备 一带一路 走出去 高端化 智能化 绿色化
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)
fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def blank(s: str) -> str:
    for w in GENERIC_WORDS:
        s = s.replace(w, "#")
    return s


def windows(s: str) -> set[str]:
    s = re.sub(r"\s+", "", s)
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in w) >= 5:
            out.add(w)
    return out


def seed_windows() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            texts = [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + a["paragraphs"]
            for t in texts:
                out |= windows(blank(t))
    return out


def rebuild_identical():
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh compose: {sorted(set(a) ^ set(b))[:4]}")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} is not what compose.py writes")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md is not what compose.py writes")


def main():
    rebuild_identical()
    golds = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        golds[gf.name] = g
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not written with indent=1, ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) and re.search(r"[\u4e00-\u9fff“”，。]\s|\s[\u4e00-\u9fff“”，。]", p):
                    fail(f"{gf.name}: whitespace next to Chinese in a paragraph: {p[:30]}")
            for h in a["subheads"]:
                if h not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs: {h}")

    # ---- shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [s.name for s in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("src/ must hold p01.txt … p14.txt")
    layouts, years = Counter(), Counter()
    fronts = []
    for i, pg in enumerate(pages, 1):
        text = pg.read_text(encoding="utf-8")
        want = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        if pg.name != want:
            fail(f"{pg.name}: name should be {want}")
        g = golds.get(pg.name[:-4] + ".json")
        if not g:
            fail(f"{pg.name}: no gold")
            continue
        if g["source"] != pg.name:
            fail(f"{pg.name}: gold source {g['source']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pg.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        src = (HERE / "src" / f"p{i:02d}.txt").read_text(encoding="utf-8")
        m = re.search(r"^PAGE .*\bkind=(\w+)", src, re.M)
        layouts[m.group(1)] += 1
        pm = re.search(r"^PAGE .*\bpage=(\d+)", src, re.M)
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] or g["page_count"]:
            fronts.append((g, int(pm.group(1))))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages of {y}")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != ["2017", "2023"]:
        fail("front pages must be one of 2017 and one of 2023")
    for g, pno in fronts:
        if pno != 1 or not (g["issue_number"] and g["page_count"]):
            fail(f"{g['source']}: a front page prints its issue number and page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{g['source']}: no jump to page 2")
        twos = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g]
        if not any(a["continued"].startswith("上接1版") for h in twos for a in h["articles"]):
            fail(f"{g['source']}: its page 2 carries no 上接1版 continuation")

    # ---- seed phrases
    seeds = seed_windows()
    for name, g in golds.items():
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = windows(blank(t)) & seeds
                if hit:
                    fail(f"{name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]}")

    # ---- the export a perfect segmenter prints, scored
    arts, sources = [], []
    for name, g in golds.items():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in AKEYS})
            b["title_derived"] = False
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
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} {v}")
    if r.returncode:
        fail(f"scorer exit {r.returncode}: {r.stderr[-300:]}")

    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
