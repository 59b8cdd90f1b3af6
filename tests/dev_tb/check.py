#!/usr/bin/env python3
"""Verify the set: gold-perfect export scores 1.000 everywhere, shape, seed-phrase rule."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
CJK = re.compile(r"[\u4e00-\u9fff]")
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人 有关负责同志 湖南省 我省 全省 长株潭 湘江 长沙市 长沙
省委常委 省委书记 省长 副省长 省政协 省人大常委会 省委 省政府 省发展改革委 省商务厅 省工信厅
省人社厅 省农业农村厅 省林业厅 省林业局 省文物局 省交通运输厅 省统计局 长沙海关 国务院 党中央
习近平新时代中国特色社会主义思想 习近平总书记 高质量发展 现代化新湖南 三高四新 同比增长 增长
中南林业科技大学 全面深化改革 轨道交通装备 工程机械 人力资源和社会保障厅 就业援助月 社保基金 春风行动 基础设施 应急处置 全国两会 人居环境 贯彻落实 乡村振兴 新时代 中国特色社会主义 以人民为中心 党的二十大精神 党的十九大精神 人民群众 获悉 据悉
省委副书记 省委秘书长 省委宣传部部长 新华社 岳阳 衡阳 株洲 湘潭 怀化 常德 郴州 永州 益阳
邵阳 娄底 张家界 湘西土家族苗族自治州 城陵矶 先进制造业 进出口 规模以上 工业企业 今年以来
近年来 下一步 与此同时 截至目前 记者从 在长沙召开 在长沙举行 以旧换新 数字经济 产业链
""".split(), key=len, reverse=True)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def blank(s):
    for g in GENERIC:
        s = s.replace(g, "\u3000")
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u3000" not in w and len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def texts(a):
    return [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])


def main():
    fails = []
    golds = sorted((HERE / "gold").glob("*.json"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    # ---- export a perfect segmenter would print
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: v for k, v in a.items()})
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": arts, "sources": sources}, f, ensure_ascii=False)
        exp = f.name
    r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), exp, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v", "--json"],
                       capture_output=True, text=True)
    out = r.stdout
    print(out.strip())
    body = out[out.index("{"):out.rindex("}") + 1]
    figs = json.loads(body)
    for line in out[:out.index("{")].splitlines():
        if line.strip():
            fails.append("scorer problem: " + line.strip())
    for k, v in figs.items():
        if k.startswith("articles") or v is None:
            continue
        if k == "cjk_space_left":
            if v != 0:
                fails.append(f"cjk_space_left={v}")
        elif round(v, 3) != 1.0:
            fails.append(f"{k}={v:.4f}")
    # ---- shape
    if len(golds) != 14 or len(pages) != 14:
        fails.append(f"expected 14 pages, got {len(pages)} pages / {len(golds)} gold")
    years, layouts, fronts = Counter(), Counter(), []
    import hashlib
    for gf, pf in zip(golds, pages):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = pf.read_text(encoding="utf-8")
        if gf.stem != pf.stem or g["source"] != pf.name:
            fails.append(f"name mismatch {gf.name} {pf.name}")
        if pf.stem[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fails.append(f"hash mismatch {pf.name}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{pf.name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        layouts["column" if "\n\n" in text[:200] and not text.startswith("\n") else "paragraph"] += 1
        if g["issue_number"]:
            fronts.append((g, text))
    if dict(years) != {"2015": 4, "2018": 4, "2022": 3, "2026": 3}:
        fails.append(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fails.append(f"layouts {dict(layouts)}")
    if sorted(g["issue_date"][:4] for g, _ in fronts) != ["2018", "2026"]:
        fails.append("front pages must be one in 2018 and one in 2026")
    for g, text in fronts:
        if "下转2版" not in text or not g["page_count"]:
            fails.append(f"front page {g['source']} lacks jump or page count")
        mates = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        if not any(m["issue_date"] == g["issue_date"] and m is not g and
                   any(a["continued"].startswith("上接1版") for a in m["articles"]) for m in mates):
            fails.append(f"front page {g['source']} has no page 2 continuation in the set")
    # ---- every gold text is printed on its page (nothing invented by the gold)
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    for gf, pf in zip(golds, pages):
        g = json.loads(gf.read_text(encoding="utf-8"))
        hay = score.squash(pf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a[f] for f in score.FIELDS] + a["paragraphs"]:
                s = score.squash(s)
                if s and score.covered(s, hay) != len(s) and s not in hay:
                    fails.append(f"{gf.name}: {s[:16]!r} not on the page")
        for x in g["extras"] + g["duplicates"]:
            if score.covered(score.squash(x), hay) != len(score.squash(x)):
                fails.append(f"{gf.name}: extra {x[:12]!r} not on the page")
    # ---- seed-phrase rule
    seed = set()
    for sf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(sf.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                seed |= windows(blank(squash(t)))
    shared = Counter()
    for gf in golds:
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                for w in windows(blank(squash(t))) & seed:
                    shared[w] += 1
                    fails.append(f"{gf.name}: shares {w!r} with the seeds")
    if fails:
        print("\n".join(fails))
        print("check FAILED")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
