#!/usr/bin/env python3
"""Verify the dev_tc set; prints `check passed` or fails with the reasons."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
KEYS_TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KEYS_ART = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison
GENERIC = sorted("""湖南日报 全媒体记者 记者 通讯员 相关负责人 负责人 介绍 表示 今年以来 近年来 据了解
据介绍 同比增长 同比下降 比上年 亿元 万元 百分点 高质量发展 习近平 新时代 中国特色社会主义
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 省工信厅 省商务厅 省农业农村厅
省卫生健康委 省卫生计生委 省财政厅 省人社厅 省发展改革委 省交通运输厅 省文化和旅游厅 省应急管理厅
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德 益阳 郴州 永州
怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 全省 我省 各市州 市州 县市区 规模以上工业
规模以上 工业增加值 产业链 供应链 先进制造业 新能源汽车 工程机械 人工智能 数字经济 乡村振兴
中央 国务院 党中央 会议强调 会议指出 会议要求 会上 今天 日前 近日 召开 举行 在长沙 非物质文化遗产 非遗代表性 国家和地区 中小航空发动机 文化和旅游
轨道交通装备 先进储能材料 先进硬质材料 电子信息 生物医药 基础设施 科技型中小企业 企业技术中心
输变电装备 智能化 绿色化 研发投入
社会消费品零售总额 专精特新 小巨人 制造业单项冠军 工业和信息化 以旧换新 同比分别 数字化转型 智能制造 供需对接""".split(),
                 key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

fails = []


def fail(msg):
    fails.append(msg)


def blank(s):
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams():
    out = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(blank(t))
    return out


def main():
    files, rows, total = compose.build()
    # 1. byte-for-byte rebuild
    ph, pt = compose.tables(rows, total)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh compose (run compose.py)")
    for d in ("pages", "gold"):
        have = {f"{d}/{f.name}" for f in (HERE / d).iterdir()}
        extra = have - set(files)
        if extra:
            fail(f"stray files: {sorted(extra)}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = {json.loads(f.read_text(encoding="utf-8"))["source"]: f for f in (HERE / "gold").glob("*.json")}
    # 2. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts = Counter(r[3] for r in rows)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}, want 7 + 7")
    years = Counter(r[1][:4] for r in rows)
    if set(years) != {"2017", "2019", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    seeds = seed_grams()
    fronts = []
    all_gold = {}
    for k, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{k:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_ + sha256[:16]")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        gf = golds.get(p.name)
        if not gf or gf.name != p.name[:-4] + ".json":
            fail(f"{p.name}: no gold")
            continue
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        all_gold[p.name] = g
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n" or list(g) != KEYS_TOP:
            fail(f"{gf.name}: not in the seeds' JSON layout")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        year = int(g["issue_date"][:4])
        for a in g["articles"]:
            if list(a) != KEYS_ART or a["kind"] not in KINDS:
                fail(f"{p.name}: article keys/kind {list(a)} {a['kind']}")
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                bad = grams(blank(t)) & seeds
                if bad:
                    fail(f"{p.name}: shares seed phrase(s) {sorted(bad)[:5]}")
            for f in ("byline", "dateline"):
                v = a[f]
                if year < 2019 and "全媒体" in v:
                    fail(f"{p.name}: 全媒体 before 2019: {v}")
                if year >= 2021 and re.search(r"(（|\(|^|·)记者", v) and "全媒体" not in v \
                        and not v.startswith("新华社"):
                    fail(f"{p.name}: plain 记者 after 2019: {v}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{p.name}: subhead not in paragraphs: {s}")
        if g["issue_number"] is not None:
            fronts.append(g)
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for g in fronts) != ["2017", "2024"]:
        fail(f"front pages: {[g['issue_date'] for g in fronts]}")
    for g in fronts:
        if not g["page_count"] or not any(str(g["issue_number"]) in e for e in g["extras"]):
            fail(f"front page {g['source']}: masthead/issue/page count missing")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {g['source']}: no 下转2版")
        p2 = [row for row in rows if row[1] == g["issue_date"] and row[2] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版")
                             for a in all_gold.get(p2[0][0], {}).get("articles", [])):
            fail(f"front page {g['source']}: no page 2 with 上接1版 in the set")

    # 3. a perfect export scores 1.000 everywhere
    arts, srcs = [], []
    for name, g in sorted(all_gold.items()):
        for a in g["articles"]:
            b = dict(a)
            b.update(source=name, issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": name, "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.strip())
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+|None)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")

    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
