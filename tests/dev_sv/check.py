#!/usr/bin/env python3
"""Verify the dev_sv test set; prints `check passed` when everything holds."""
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, and set phrases of the paper
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 通讯员 新华社 相关负责人 有关负责人 负责人介绍 负责人表示
高质量发展 现代化 新湖南 三高四新 美好蓝图 习近平 新时代中国特色社会主义思想 党的二十大精神
党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 副书记 秘书长
长株潭 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 郴州市 怀化市 常德市 张家界市 娄底市 益阳市
湘江新区 天心区 开福区 岳麓区 雨花区 芙蓉区 长沙县 炎陵县 湘西土家族苗族自治州
省工信厅 省商务厅 省教育厅 省人社厅 省发展改革委 省自然资源厅 省应急管理厅 省气象局 省委宣传部
湖南省博物馆 马王堆汉墓 马王堆
先进制造业 产业集群 数字经济 工业互联网 专精特新 小巨人 人工智能 新一代 信息技术
同比增长 个百分点 亿元 万元 进出口 规模以上 工业增加值 以旧换新
在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出 会议要求 近年来 今年以来 据了解 据介绍
国防科技大学 中南大学 湖南大学 湖南师范大学 专项整治 核心技术攻关 关键核心技术 高层次人才 科技型中小企业
政府工作报告 高新技术企业 技工贸总收入 春风行动 省级以上 较去年同期 增速高于全国 全省经济社会 负责人说
今年我省将 新能源 项目签约 现场签约 产业链上下游 加大研发投入 隐患排查整治 农村人居环境
深入学习贯彻 优秀传统文化 科技创新引领 中南林业科技大学 湖南农业大学 长沙理工大学 在长沙开幕 公共服务平台
轨道交通装备 较常年同期 省安委会 社会消费品零售总额 乡村振兴 营商环境 就业岗位 高校毕业生 社会主义 中国特色 贯彻落实
""".split()


def squash(s):
    return compose.re.sub(r"\s+", "", s or "")


def cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\x00")
    return s


def grams(s):
    s = blank(squash(s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\x00" in g:
            continue
        if sum(1 for c in g if cjk(c)) >= 5:
            out.add(g)
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    built = compose.build()
    on_disk = {str(p.relative_to(HERE)): p.read_text(encoding="utf-8")
               for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    on_disk["README.md"] = (HERE / "README.md").read_text(encoding="utf-8")
    if set(built) != set(on_disk):
        fail(f"file sets differ: {sorted(set(built) ^ set(on_disk))}")
    for k in built:
        if built[k] != on_disk[k]:
            fail(f"{k} is not what compose.py builds")

    # 2. shape of the set
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("sources must be src/p01.txt … src/p14.txt")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    layouts, years = Counter(), Counter()
    fronts = []
    by_date = {}
    for i, (pp, gp, sp) in enumerate(zip(pages, golds, srcs), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {pp.name}/{gp.name}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gp.name}: key order {list(g)}")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source field")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gp.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {s} not among paragraphs")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gp.name}: whitespace inside a paragraph")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        src = compose.parse(sp)
        layouts[src["layoutkind"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((src, g, text))
        if src.get("pageno") == "1":
            fronts.append((src, g, text))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    if set(years) != {"2016", "2019", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(g["issue_date"][:4] for _, g, _ in fronts) != ["2016", "2021"]:
        fail("front pages must be in 2016 and 2021")
    for src, g, text in fronts:
        if not (g["issue_number"] and g["page_count"] and g["extras"]):
            fail(f"{g['source']}: front page lacks masthead facts")
        if g["issue_number"] not in text or f"今日{g['page_count']}版" not in text:
            fail(f"{g['source']}: masthead not printed")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{g['source']}: no 下转2版")
        twos = [x for x in by_date[g["issue_date"]] if x[0].get("pageno") == "2"]
        if len(twos) != 1 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                     for a in twos[0][1]["articles"]):
            fail(f"{g['source']}: its page 2 with 上接1版 is missing")

    # 3. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(s)
    hits = []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = grams(s) & seed
                if hit:
                    hits.append(f"{gp.name}: shares seed phrase(s) {sorted(hit)[:5]} in {s[:30]!r}")
    if hits:
        print("\n".join(hits))
        fail(f"{len(hits)} text(s) share a 6-character run with the seeds")

    # 4. the perfect export scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
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
    print(out, end="")
    if r.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc",
              "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        m = re.search(rf"^{k}\s+(\S+)$", out, re.M)
        if not m or m.group(1) != "1.000":
            fail(f"{k} is {m.group(1) if m else 'missing'}")
    m = re.search(r"^cjk_space_left\s+(\d+)$", out, re.M)
    if not m or m.group(1) != "0":
        fail("cjk_space_left is not 0")
    print("check passed")


if __name__ == "__main__":
    main()
