#!/usr/bin/env python3
"""Verify the test set: rebuilt byte-for-byte, perfect export scores 1.000,
shape of the set, and no phrase shared with the seeds.  Prints `check passed`."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2018": (3, 4), "2022": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institutions, places,
# set phrases of the paper that any page must be free to use
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 党中央 国务院
高质量发展 现代化新湖南 社会主义现代化 中国式现代化 三高四新 乡村振兴 农业农村
相关负责人 主要负责人 湖南日报 全媒体记者 通讯员 评论员 新湖南客户端 华声在线
省委书记 省委副书记 省长 副省长 省委常委 省政协主席 省政协副主席 省人大常委会 省政府
省委 省政协 省商务厅 省农业农村厅 省发展改革委 省工信厅 省林业局 省统计局 长沙海关 海关总署
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市
怀化市 娄底市 湘西土家族苗族自治州 长株潭 中非经贸博览会 中非经贸深度合作先行区
自由贸易试验区 自贸试验区 进出口总值 同比增长 百分点 亿元 万元 万吨 万亩 以上 以来
规模以上工业 工业增加值 一带一路 同比分别增长 分别增长 今年以来 近年来 据了解 据悉
粮食安全 年前 个月 近日 今天 日前 记者从 在长沙召开 在长沙举行 出席并讲话 全省各级
今年我省 获悉 会议强调 进出口实绩 民营企业 外商投资企业 机电产品 劳动密集型产品 大宗商品
新能源汽车 锂离子蓄电池 电动载人汽车 其他成员国 高于全国 基础设施建设 个国家和地区
高新技术企业 先进制造业集群 电子信息 生物医药 航空航天 轨道交通装备 轨道交通 工程机械
非物质文化遗产 非遗代表性 中非经贸合作 人均可支配收入 湘粤非铁海联运 田间地头 行政事业单位
社会消费品零售总额 关键核心技术 生态环境保护 进出口
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)))
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def seed_grams() -> set[str]:
    out: set[str] = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                out |= grams(a[f])
            for p in a["paragraphs"]:
                out |= grams(p)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files, _, _ = compose.build()
    # 1. rebuilt byte-for-byte
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files; want 14")

    # 2. shape
    layouts, years, fronts = {"column": 0, "paragraph": 0}, {}, []
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta = compose.parse(src)[0]
        metas[src.name] = meta
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{n:03d}_{h}.txt" or gp.name != f"{n:03d}_{h}.json":
            fail(f"bad name {pp.name} / {gp.name}")
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if list(g) != KEYS or g["source"] != pp.name:
            fail(f"{gp.name}: keys {list(g)}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        meta = metas[f"p{n:02d}.txt"]
        layouts[meta["layout"]] += 1
        y = g["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        chars = len(compose.squash(text))
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind {list(a)} {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、]\s+[\u4e00-\u9fff“”，。、]", p) or not p.strip():
                    fail(f"{gp.name}: space or empty paragraph {p[:30]!r}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not in paragraphs {s!r}")
        flat = compose.squash(text)
        if "¦" in text or "/" in text or "¦" in graw:
            fail(f"{pp.name}: source markup left on the page or in the gold")
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                if compose.squash(a[f]) not in flat:
                    fail(f"{gp.name}: {f} {a[f]!r} is not printed on the page")
            for para in a["paragraphs"]:
                sp = compose.squash(para)
                if sp[:4] not in flat or sp[-4:] not in flat:
                    fail(f"{gp.name}: paragraph {para[:20]!r} is not printed on the page")
        if g["issue_number"]:
            fronts.append((g, text, meta))
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) != set(YEARS):
        fail(f"years {years}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _, _ in fronts} != {"2015", "2022"}:
        fail("want two front pages, 2015 and 2022")
    allg = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
    for g, text, meta in fronts:
        if not g["page_count"] or meta["page"] != "1":
            fail(f"{g['source']}: front page without page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]) or "下转2版" not in text:
            fail(f"{g['source']}: no jump to page 2")
        p2 = [x for x in allg if x["issue_date"] == g["issue_date"] and x is not g]
        if not p2 or not any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                             for x in p2 for a in x["articles"]):
            fail(f"{g['source']}: its page 2 (上接1版) is not in the set")

    # 3. seed phrases
    sg = seed_grams()
    bad = []
    for g in allg:
        for a in g["articles"]:
            texts = [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
            for t in texts:
                hit = grams(t) & sg
                if hit:
                    bad.append((g["source"], sorted(hit)[:3], t[:30]))
    if bad:
        for b in bad[:40]:
            print("   seed phrase", b)
        fail(f"{len(bad)} texts share a 6-character run with the seeds")

    # 4. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for g in allg:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem: " + line)
        parts = line.split()
        if len(parts) == 2 and re.match(r"^[\d.]+$", parts[1]):
            k, v = parts
            if k == "cjk_space_left":
                if v != "0":
                    fail("cjk_space_left " + v)
            elif k in ("articles_gold", "articles_pred"):
                continue
            elif v != "1.000":
                fail(f"{k} = {v}")
    if "coverage         1.000" not in r.stdout:
        fail("coverage not 1.000")
    print("check passed")


if __name__ == "__main__":
    main()
