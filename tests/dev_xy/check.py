#!/usr/bin/env python3
"""Verify the set: perfect-export score, shape, and the seed-phrase rule.

Prints `check passed` when everything holds.  Standard library only.
"""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES, GOLD = HERE / "pages", HERE / "gold"
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(SCORE.parent))
import score  # noqa: E402  (the shared scorer, for its coverage rule)
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = list(FIELDS) + ["subheads", "paragraphs"]
YEARS = {"2016": (3, 4), "2018": (3, 4), "2022": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any story of the paper may use
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新湖南客户端 华声在线 新华社
中共中央 国务院 党中央 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省委副书记 省委秘书长 副主席 副主任 秘书长 主持召开 出席并讲话 出席会议 主持会议
省商务厅 省工信厅 省教育厅 省卫生健康委 省医保局 省交通运输厅 省农业农村厅 省发展改革委
省财政厅 省人社厅 省应急管理厅 省气象局 省市场监管局 长沙海关 省贸促会 省文化和旅游厅
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 高质量发展 乡村振兴 脱贫攻坚
同比增长 百分点 进出口总值 进出口 有关负责人 相关负责人 负责人介绍 负责人表示 据了解 据介绍
中非经贸博览会 中非经贸 湖南自贸试验区 自贸试验区 一带一路 长株潭 湘江新区 湘南 湘西土家族苗族自治州
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 湖南省 湖南 全省 我省
记者从 今天召开 在长沙召开 在长沙举行 会议强调 会议指出 会议要求 先进制造业 产业链 供应链
中非经贸深度合作先行区 现代化产业体系 新兴产业和未来产业 未来产业 全面深化改革 各类经营主体 经营主体 世界级产业集群 西部陆海新通道 轨道交通装备 关键核心技术 省人力资源和社会保障厅 新能源汽车 人力资源和社会保障 农村居民人均可支配收入 农村人居环境 工作领导小组 农产品加工业 生活污水治理
今年以来 去年以来 截至目前 下一步 近年来 人工智能 规模以上工业 增加值 社会消费品零售总额
""".split()


def squash(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "□")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def seed_texts():
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for k in ("kicker", "title", "subtitle"):
                yield a.get(k) or ""
            yield from a.get("paragraphs") or []


def main():
    fails = []
    golds = sorted(GOLD.glob("*.json"))
    pages = sorted(PAGES.glob("*.txt"))
    if len(golds) != 14 or len(pages) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")

    export = {"articles": [], "sources": []}
    layouts, years, fronts = Counter(), Counter(), []
    allgold = {}
    for k, gf in enumerate(golds, 1):
        g = json.loads(gf.read_text(encoding="utf-8"))
        allgold[gf.name] = g
        raw = (PAGES / g["source"]).read_text(encoding="utf-8")
        # file naming
        h = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        want = f"{k:03d}_{h}"
        if g["source"] != want + ".txt" or gf.stem != want:
            fails.append(f"{gf.name}: name should be {want}")
        if list(g.keys()) != KEYS:
            fails.append(f"{gf.name}: key order {list(g.keys())}")
        if gf.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{gf.name}: not in indent=1 ensure_ascii=False form")
        for a in g["articles"]:
            if list(a.keys()) != AKEYS:
                fails.append(f"{gf.name}: article key order")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fails.append(f"{gf.name}: subhead not in paragraphs: {sh}")
        nchar = len(re.sub(r"\s", "", raw))
        if not 4500 <= nchar <= 6500:
            fails.append(f"{gf.name}: {nchar} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{gf.name}: {len(g['articles'])} articles")
        nonblank = [l for l in raw.split("\n") if l.strip()]
        lens = sorted(len(l) for l in nonblank)
        layouts["column" if lens[int(len(lens) * 0.9)] <= 30 else "paragraph"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((g["issue_date"], k))
        for a in g["articles"]:
            d = {"source": g["source"], "issue_date": g["issue_date"]}
            for f in FIELDS:
                d[f] = a[f]
            d["title_derived"] = False
            d["paragraphs"] = a["paragraphs"]
            export["articles"].append(d)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
        # every line of the page must come from somewhere in the gold
        hay = "\u0000".join(squash(s) for s in
                            [x for a in g["articles"] for x in list(a.values()) if isinstance(x, str)] +
                            [p for a in g["articles"] for p in a["paragraphs"]] + g["extras"] + g["duplicates"])
        for line in nonblank:
            s = squash(line)
            lost = len(s) - score.covered(s, hay)
            allowed = sum(s.count(c) for c in "▷▶▲()") if re.search("上接|下转|紧接", s) else 0
            if lost > allowed:
                fails.append(f"{gf.name}: raw line not covered by gold ({lost} lost): {line[:30]!r}")

    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fails.append(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fails.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    front_years = sorted(d[:4] for d, _ in fronts)
    if front_years != ["2016", "2022"]:
        fails.append(f"front pages {front_years}")
    # each front page jumps to its page 2 in the set
    names = sorted(allgold)
    for d, k in fronts:
        if k >= len(names):
            fails.append(f"front page {k} has no page 2 after it")
            continue
        g1 = allgold[names[k - 1]]
        g2 = allgold[names[k]]
        if g2["issue_date"] != d or not any(a["continued"].startswith("上接1版") for a in g2["articles"]) \
                or not any(a["continued"] == "下转2版" for a in g1["articles"]):
            fails.append(f"front page {names[k-1]} does not jump to page 2")

    # perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(GOLD), "--pages", str(PAGES), "-v"],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    figs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem line: " + line.strip())
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fails.append(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # seed-phrase rule
    seed = set()
    for t in seed_texts():
        seed |= grams(blank(t))
    for name, g in allgold.items():
        for a in g["articles"]:
            for t in [a[f] for f in FIELDS] + a["paragraphs"]:
                hit = grams(blank(t)) & seed
                if hit:
                    fails.append(f"{name}: seed phrase {sorted(hit)[:3]} in {t[:24]!r}")

    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
