#!/usr/bin/env python3
"""Verify the set: rebuild in memory, compare byte-for-byte, score a perfect export,
check the set's shape and the seed-phrase rule.  Prints `check passed`."""
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

SEEDGOLD = Path("/work/shared/gold")
SCORE = "/work/shared/tools/score.py"
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 记者 通讯员 华声在线 新湖南客户端 新华社 湖南图片库
中华人民共和国 全国人大常委会 省人大常委会 省政协 省委 省政府 省委常委 副省长 省长 副主任 副书记 书记 主任
省工信厅 省交通运输厅 省农业农村厅 省高级人民法院 省人民检察院 省公安厅 省司法厅 省体育局 省文旅厅
省教育厅 省卫生健康委 省发展改革委 省商务厅 省林业局 省气象局 省应急管理厅 长沙海关 海关
中共中央 党中央 国务院 习近平新时代中国特色社会主义思想 习近平 总书记 党的二十大精神 二十大
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州
湘西 长株潭 洞庭湖 湘江 北京 上海 广州 全省 全市 全国 我省 我国
相关负责人 负责人 介绍 表示 据了解 据悉 近日 今天 日前 目前 今年以来 今年 去年 同比增长 增长 百分点 亿元 万元
出席并讲话 非物质文化遗产 先进储能材料 储能材料 硬质材料 高新技术企业 人力资源和社会保障 文旅广电局 年度目标任务 重要组成部分 工业增加值 增加值 新能源汽车 航空发动机 核心竞争力 陆海新通道 科技创新 各级各部门 精细化 召开 部署 等方面 专精特新 小巨人 轨道交通装备 关键核心技术 产业链 个国家和地区 工程机械 领军企业 先进制造业 工业互联网 数字化转型 基础设施 新型基础设施 工业和信息化 农产品加工 有力支撑 支持力度 规模以上 高质量发展 三高四新 新湖南 现代化 社会主义 以上 左右 其中 同期 分别
""".split(), key=len, reverse=True)


def blank(s):
    s = re.sub(r"\s", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s, n=6):
    out = set()
    for i in range(len(s) - n + 1):
        g = s[i:i + n]
        if "□" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        for p in a["paragraphs"]:
            yield p


def main():
    fail = []
    src = sorted((HERE / "src").glob("p*.txt"))
    if len(src) != 14:
        fail.append(f"{len(src)} sources, want 14")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    export = {"articles": [], "sources": []}
    layouts, years = Counter(), Counter()
    fronts = []
    seen = set()
    for i, path in enumerate(src, 1):
        page, lay, text, name, gold, order = compose.build_page(i, path)
        seen.add(name)
        pf, gf = HERE / "pages" / name, HERE / "gold" / name.replace(".txt", ".json")
        if not pf.exists() or pf.read_text(encoding="utf-8") != text:
            fail.append(f"{name}: page not rebuilt byte-for-byte")
        gtext = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gf.exists() or gf.read_text(encoding="utf-8") != gtext:
            fail.append(f"{name}: gold not rebuilt byte-for-byte")
        if not re.fullmatch(rf"{i:03d}_[0-9a-f]{{16}}\.txt", name):
            fail.append(f"bad name {name}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail.append(f"{name}: {n} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail.append(f"{name}: {na} articles")
        layouts[page["layout_kind"]] += 1
        years[page["date"][:4]] += 1
        if gold["issue_number"]:
            fronts.append((page["date"], page.get("page")))
        # gold sanity: no whitespace in paragraphs, every article has text
        for a in gold["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail.append(f"{name}: whitespace in a gold paragraph")
            if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                                  "continued", "subheads", "paragraphs"]:
                fail.append(f"{name}: key order")
        # every character of the page is in the gold (or a jump marker), and vice versa
        have = Counter(re.sub(r"\s", "", text))
        want = Counter()
        for a in gold["articles"]:
            for k in ("kicker", "title", "subtitle", "byline", "dateline"):
                want.update(re.sub(r"\s", "", a[k]))
            for p in a["paragraphs"]:
                want.update(p)
        for x in gold["extras"] + gold["duplicates"] + lay.printed_cols:
            want.update(re.sub(r"\s", "", x))
        for ms in lay.markers.values():
            for m in ms:
                want.update(re.sub(r"\s", "", m))
        if have != want:
            fail.append(f"{name}: page and gold characters differ: +{dict(have - want)} -{dict(want - have)}")
        # the export a perfect segmenter prints
        for aid, a in zip(order, gold["articles"]):
            e = {"source": name, "issue_date": gold["issue_date"], "kind": a["kind"],
                 "column": a["column"], "kicker": a["kicker"], "title": a["title"],
                 "subtitle": a["subtitle"], "title_derived": False, "byline": a["byline"],
                 "dateline": a["dateline"], "continued": a["continued"],
                 "paragraphs": a["paragraphs"]}
            if lay.markers.get(aid):
                e["jump_markers"] = lay.markers[aid]
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    if {p.name for p in pages} != seen or len(golds) != len(seen):
        fail.append("stray or missing files in pages/ or gold/")
    if layouts != Counter({"col": 7, "para": 7}):
        fail.append(f"layouts {dict(layouts)}")
    want_years = {"2017", "2020", "2023", "2024"}
    if set(years) != want_years or not all(3 <= v <= 4 for v in years.values()):
        fail.append(f"years {dict(years)}")
    if sorted(d[:4] for d, _ in fronts) != ["2020", "2024"]:
        fail.append(f"front pages {fronts}")
    for d, _ in fronts:   # each front page has its page 2 in the set
        got = [p for p in src if compose.parse(p).get("date") == d and compose.parse(p).get("page") == "2"]
        if not got:
            fail.append(f"no page 2 for the front page of {d}")
    # score the perfect export
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.strip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail.append("scorer problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail.append(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            fail.append(line)
        if line.startswith("articles_") and False:
            pass
    # coverage exactly, line by line (the printed figure is rounded)
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", SCORE)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    for src_meta in export["sources"]:
        name = src_meta["source"]
        arts = [a for a in export["articles"] if a["source"] == name]
        hay = "\u0000".join(sc.squash(x) for x in sc.strings_in(arts) + sc.strings_in(src_meta))
        for line in (HERE / "pages" / name).read_text(encoding="utf-8").splitlines():
            q = sc.squash(line)
            if sc.covered(q, hay) != len(q):
                fail.append(f"{name}: line not fully covered: {line!r}")
    if "coverage         1.000" not in out:
        fail.append("coverage not 1.000")
    # seed-phrase rule
    seed = set()
    for gf in sorted(SEEDGOLD.glob("*.json")):
        for t in texts_of(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for gf in sorted((HERE / "gold").glob("*.json")):
        for t in texts_of(json.loads(gf.read_text(encoding="utf-8"))):
            common = grams(blank(t)) & seed
            if common:
                fail.append(f"{gf.name}: shares seed phrase(s) {sorted(common)[:5]} in {t[:30]!r}")
    if fail:
        for f in fail[:80]:
            print("FAIL", f)
        print(f"{len(fail)} failures")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
