#!/usr/bin/env python3
"""Verify the set: rebuild, file names, gold format, shape, perfect-export score, seed-phrase rule.

    python3 check.py            prints `check passed` or the failures
Standard library only.
"""
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2017", "2019", "2024", "2026"}

# generic words blanked before the seed-phrase comparison: institution names, places, set phrases
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 党中央 国务院
湖南日报全媒体记者 湖南日报记者 全媒体记者 湖南日报 通讯员 新华社 评论员
省委常委 省委书记 省委副书记 省委 省政府 省人大常委会 省政协 副省长 省长 省纪委监委 纪委监委
省农业农村厅 省农委 省水利厅 省人社厅 省商务厅 省财政厅 省工信厅 省应急管理厅 省气象局 省自然资源厅
省委组织部 省发展改革委 省粮食局 省防指 长沙海关 星沙海关
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西
洞庭湖 湘江 资水 沅水 澧水 长江 中非经贸博览会 中国（湖南）自由贸易试验区 自贸试验区
相关负责人 有关负责人 主要负责人 高质量发展 乡村振兴 同比增长 个百分点 以上 今年以来 近年来 据了解 据介绍
日前 今天 记者从 获悉 召开 举行 出席 强调 指出 要求 表示 会议 工作 全省 我省 各地 各级
国家级 省级 市州 县市区 一批 进一步 推动 加快 加强 全面 深入 持续 重点
进出口总值 进出口 机电产品 劳动密集型产品 高新技术企业 基础设施建设 大宗商品 民营企业 产业链 供应链 外商投资企业 外资企业 国有企业 中非经贸 广大党员干部 党员干部 形式主义 官僚主义 轨道交通装备 农产品加工 就业援助月 湘商回归 先进制造业集群 春风行动 新型基础设施 新能源汽车
"""
GEN = sorted(set(GENERIC.split()), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")

fails = []


def fail(msg):
    fails.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for g in GEN:
        s = s.replace(squash(g), "□" * len(squash(g)))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def main():
    # 1. rebuild byte-for-byte
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True)
        t = Path(td)
        for d in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / d).glob("*"))
            b = sorted(p.name for p in (t / d).glob("*"))
            if a != b:
                fail(f"{d}/ differs from a fresh compose: {set(a) ^ set(b)}")
                continue
            for n in a:
                if (HERE / d / n).read_bytes() != (t / d / n).read_bytes():
                    fail(f"{d}/{n} is not what compose.py writes")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md is not what compose.py writes")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"expected 14 pages/gold/src, found {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. names, gold format, shape
    layouts, years, fronts = Counter(), Counter(), []
    bydate = {}
    export = {"articles": [], "sources": []}
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        txt = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{i:03d}_{h}.txt":
            fail(f"{pg.name}: name should be {i:03d}_{h}.txt")
        if gf.stem != pg.stem:
            fail(f"{gf.name}: does not pair with {pg.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not in the seeds' json layout (indent=1, ensure_ascii=False)")
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source field {g['source']}")
        meta = dict(l.split(":", 1) for l in srcs[i - 1].read_text(encoding="utf-8").split("\n=== ")[0].splitlines()
                    if ":" in l and not l.startswith("#"))
        meta = {k.strip(): v.strip() for k, v in meta.items()}
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(re.sub(r"\s+", "", txt))
        if not 4500 <= n <= 6500:
            fail(f"{pg.name}: {n} characters (4,500-6,500 wanted)")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{pg.name}: {na} articles (7-13 wanted)")
        bydate.setdefault(g["issue_date"], []).append((meta["page"], g, pg.name))
        if g["issue_number"] is not None or g["page_count"] is not None:
            fronts.append((g, meta, pg.name))
        flat = squash(txt)
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for f in AKEYS[1:8]:
                if squash(a[f]) and squash(a[f]) not in flat and f not in ("dateline", "byline", "title", "kicker", "subtitle", "continued"):
                    fail(f"{gf.name}: {f} {a[f]!r} not on the page")
            for para in a["paragraphs"]:
                if re.search(r"(?<=[\u4e00-\u9fff，。、；：“”（）])\s+(?=[\u4e00-\u9fff，。、；：“”（）])", para):
                    fail(f"{gf.name}: space between CJK in a gold paragraph {para[:20]!r}")
            # every gold piece must come from the page
            sys.path.insert(0, str(SCORE.parent))
            from score import covered
            for s in [a[f] for f in AKEYS[1:8]] + a["paragraphs"]:
                q = squash(s)
                if q and covered(q, flat) < len(q):
                    fail(f"{gf.name}: gold text not found on page: {s[:30]!r}")
            b = dict(a)
            b.update(source=pg.name, issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(b)
        export["sources"].append({"source": pg.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fail(f"layouts {dict(layouts)} (7 + 7 wanted)")
    if set(years) != YEARS or any(not 3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fy = sorted(g["issue_date"][:4] for g, _, _ in fronts)
    if fy != ["2019", "2026"]:
        fail(f"front pages in {fy} (2019 and 2026 wanted)")
    for g, meta, name in fronts:
        if not (g["issue_number"] and g["page_count"]) or meta["page"] != "1":
            fail(f"{name}: front page needs issue number, page count, page 1")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{name}: no 下转2版 jump")
        p2 = [x for x in bydate[g["issue_date"]] if x[0] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0][1]["articles"]):
            fail(f"{name}: no page 2 with 上接1版 in the set")

    # 3. perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(f"scorer figure {m.group(1)} = {m.group(2)}")
        if m and m.group(1) == "cjk_space_left" and m.group(2) != "0":
            fail("cjk_space_left not 0")
        if m and m.group(1) == "articles_gold" and m.group(2) != str(len(export["articles"])):
            fail("articles_gold count mismatch")

    # 4. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    shared = Counter()
    mine = []
    for pg, gf in zip(pages, golds):
        mine += pg.read_text(encoding="utf-8").splitlines()
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            mine += [a[f] for f in AKEYS[1:8]] + a["paragraphs"]
        mine += g["extras"] + g["duplicates"]
    for s in mine:
        for gm in grams(blank(s)):
            if gm in seed:
                shared[gm] += 1
    for gm, c in sorted(shared.items()):
        fail(f"seed phrase reused: {gm} ({c}x)")

    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
