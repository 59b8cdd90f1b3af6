#!/usr/bin/env python3
"""Verify the set: rebuild the export a perfect segmenter would print, score it
with /work/shared/tools/score.py, check the set's shape and the seed-phrase rule.
Prints `check passed` or exits non-zero."""
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CJK = re.compile(r"[\u4e00-\u9fff]")

# generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases of the paper (kept short on purpose)
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 省委书记 省委副书记 副省长 省长 省政协
省人大常委会 省委常委 省委秘书长 省政府 省商务厅 省工信厅 省农业农村厅 省生态环境厅
省发展改革委 省水利厅 长沙海关 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市
郴州市 永州市 怀化市 娄底市 邵阳市 张家界 湘西土家族苗族自治州 醴陵市 醴陵陶瓷 陶瓷产业
高质量发展 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 乡村振兴
新时代 同比增长 增长 亿元 万元 以上 一带一路 跨境电商 数字经济 先进制造业 产业集群
产业链 现代化 新湖南 三高四新 今年以来 近年来 记者从 会议指出 会议强调 会议要求
在长沙召开 在长沙举行 出席会议并讲话 公共服务平台 非物质文化遗产 国家和地区
行动计划 分中心 数据中心 各级各部门 居全国前列 国家科技进步奖 脱贫攻坚 关键核心技术 先进陶瓷 田间地头 专精特新“小巨人” 湘粤非铁海联运 加大研发投入 微信公众号 省应急管理厅 全国两会精神 把思想和行动统一到 决策部署上来 “十五五”规划
“十四五” 新业态新模式 生态保护修复 新兴产业和未来产业 深度融合 排查整治 形式主义、官僚主义 广大党员干部 人力资源和社会保障厅 生活污水治理 数字化转型 提供有力支撑 应急处置能力 月 日 讯 年
""".split(), key=len, reverse=True)


def blank(s):
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    import hashlib
    export = {"articles": [], "sources": []}
    layouts, years = Counter(), Counter()
    fronts = []
    seed_texts = []
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            seed_texts += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    seed_grams = set()
    for t in seed_texts:
        seed_grams |= grams(blank(t))
    shared = []
    for i, (p, gf) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"bad file name {p.name}")
        if gf.name != p.name.replace(".txt", ".json"):
            fail(f"gold name {gf.name} does not match {p.name}")
        g = json.loads(gf.read_text(encoding="utf-8"))
        # exact format
        if gf.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name} not in the seeds' JSON layout")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gf.name}: key order")
        for a in g["articles"]:
            if list(a) != list(FIELDS) + ["subheads", "paragraphs"]:
                fail(f"{gf.name}: article key order")
        if g["source"] != p.name:
            fail(f"{gf.name}: source")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        src = (HERE / "src" / f"p{i:02d}.txt").read_text(encoding="utf-8")
        lay = re.search(r"(?m)^layout: (\w+)", src).group(1)
        layouts[lay] += 1
        if lay == "column" and len(text.splitlines()) < 250:
            fail(f"{p.name}: a column page should print one column line per text line")
        if g["issue_number"]:
            fronts.append((i, g))
        for a in g["articles"]:
            d = {"source": p.name, "issue_date": g["issue_date"]}
            d.update({k: a[k] for k in FIELDS})
            d["title_derived"] = False
            d["paragraphs"] = a["paragraphs"]
            export["articles"].append(d)
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gm in grams(blank(t)) & seed_grams:
                    shared.append((p.name, gm, t[:30]))
        export["sources"].append({"source": p.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if shared:
        for s in shared[:40]:
            print("seed phrase:", *s)
        fail(f"{len(shared)} 6-character runs shared with the seeds")
    if sorted(years) != ["2016", "2018", "2022", "2026"] or any(not 3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["para"] != 7:
        fail(f"layouts {dict(layouts)}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for _, g in fronts) != ["2016", "2026"]:
        fail("front pages")
    for i, g in fronts:
        if not g["page_count"] or not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail("front page without page count or jump")
        nxt = json.loads(golds[i].read_text(encoding="utf-8"))   # the page after it
        if nxt["issue_date"] != g["issue_date"] or not any(
                a["continued"].startswith("上接1版") for a in nxt["articles"]):
            fail("front page's page 2 missing")
    # exact coverage (the scorer rounds to 3 decimals)
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", SCORE)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    for src in export["sources"]:
        strings = sc.strings_in([a for a in export["articles"] if a["source"] == src["source"]]) \
            + sc.strings_in(src)
        hay = "\u0000".join(sc.squash(x) for x in strings)
        for line in (HERE / "pages" / src["source"]).read_text(encoding="utf-8").splitlines():
            q = sc.squash(line)
            if sc.covered(q, hay) != len(q):
                fail(f"{src['source']}: line not fully covered: {line[:40]!r}")
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    for line in out.splitlines():
        k, _, v = line.partition(" ")
        v = v.strip()
        if k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
                 "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
                 "issue_date_acc", "coverage") and v not in ("1.000", "None"):
            fail(f"{k} = {v}")
        if k == "coverage" and v != "1.000":
            fail("coverage")
        if k == "cjk_space_left" and v != "0":
            fail("cjk spaces left")
    print("check passed")


if __name__ == "__main__":
    main()
