#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, a perfect export scoring 1.000 everywhere,
the set's shape, and the seed-phrase rule.  Prints `check passed`."""
from __future__ import annotations

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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2016", "2023"}

# generic words blanked before the seed-phrase comparison: institution names, place
# names, set phrases the paper repeats on every page
GENERIC = """湖南日报 全媒体记者 记者 通讯员 评论员 新华社 华声在线 新湖南客户端
中华人民共和国 习近平总书记 习近平新时代中国特色社会主义思想 党中央 国务院 中共中央
党的二十大精神 党的十八大 党的十九大 全国人大 全国政协 省委常委 省委书记 省长 副省长 省委 省政府 省人大常委会
省人大 省政协 省纪委监委 省发展改革委 省工信厅 省教育厅 省商务厅 省林业局 省水利厅 省生态环境厅 省文化和旅游厅
省农业农村厅 省财政厅 省自然资源厅 省应急管理厅 省市场监管局 省统计局 省气象局 湖南省 长沙市 株洲市 湘潭市 衡阳市
岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州 洞庭湖 长株潭 湘江
相关负责人 有关负责人 负责人介绍 负责人表示 高质量发展 同比增长 比上年增长 百分点 亿元 万元 万亩 规模以上
工业企业 电子信息 新一代信息技术 三高四新 美好蓝图 先进制造业 现代化产业体系 产业链 供应链 乡村振兴
中央八项规定精神 形式主义 官僚主义 为基层减负 全面从严治党 民营企业 进出口 今年以来 近年来 与此同时
有限公司 专项整治 全国前列 司法机关 轨道交通 非物质文化遗产 工业和信息化 产业园 经济技术开发区 高新技术产业开发区
长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西 吉首 湖南 全省 我省
专精特新 小巨人 生态保护修复 人力资源和社会保障厅 生态环境 有力支撑 技术中心 自主研发 工业互联网 个国家和地区 新能源汽车 将持续到 持续到 规模工业增加值 工业增加值 增加值 以来 气象部门 电子元器件 有关部门 工作人员 负责同志 调研组 座谈会
记者今天从 记者从 日前 今天 据了解 据悉 一批 一系列 全省各地 各级各部门 出席并讲话 在长沙召开 在长沙举行
""".split()


def nfkc(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = nfkc(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(nfkc(w), "□" * len(nfkc(w)))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def article_texts(a):
    yield a["kicker"] + a["title"] + a["subtitle"]
    for k in ("kicker", "title", "subtitle"):
        yield a[k]
    for p in a["paragraphs"]:
        yield p


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    pages = compose.build_all()
    problems = []

    # 1. byte-for-byte rebuild
    want = {}
    for name, text, gold, pg in pages:
        want[f"pages/{name}.txt"] = text
        want[f"gold/{name}.json"] = compose.gold_json(gold)
    ph, pt = compose.tables(pages)
    want["README.md"] = (HERE / "README.in").read_text(encoding="utf-8").replace(
        "{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    for rel, content in want.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            problems.append(f"{rel} differs from a rebuild (run compose.py)")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in want:
                problems.append(f"stray file {d}/{f.name}")

    # 2. shape
    if len(pages) != 14:
        problems.append(f"{len(pages)} pages, want 14")
    lay = Counter(pg.meta["layout"] for *_x, pg in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(lay)}")
    years = Counter(g["issue_date"][:4] for _n, _t, g, _p in pages)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            problems.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        problems.append(f"unexpected years {set(years) - set(YEARS)}")
    nums = []
    fronts = []
    for name, text, gold, pg in pages:
        num, h = name.split("_")
        nums.append(num)
        if h != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            problems.append(f"{name}: hash")
        if gold["source"] != name + ".txt":
            problems.append(f"{name}: source field")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            problems.append(f"{name}: {chars} characters")
        n = len(gold["articles"])
        if not 7 <= n <= 13:
            problems.append(f"{name}: {n} articles")
        if gold["issue_number"]:
            fronts.append((name, gold, pg))
            if not gold["page_count"] or pg.meta["pageno"] != "1":
                problems.append(f"{name}: front page needs page count and page 1")
        # every gold string is printed on the page
        sq = nfkc(text)
        for x in gold["duplicates"]:
            sq = sq.replace(nfkc(x), "", 1)
        for a in gold["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                if a[k] and nfkc(a[k]) not in sq:
                    problems.append(f"{name}: {k} {a[k]!r} not printed")
        for a in pg.arts.values():
            for pieces, _k, _s in a.paras:
                for x in pieces:
                    if nfkc(x) not in sq:
                        problems.append(f"{name}: piece {x[:20]!r} not printed")
        for x in gold["extras"] + gold["duplicates"]:
            if nfkc(x) not in nfkc(text):
                problems.append(f"{name}: extra/duplicate {x[:20]!r} not printed")
    if nums != [f"{i:03d}" for i in range(1, 15)]:
        problems.append(f"page numbers {nums}")
    if {g["issue_date"][:4] for _n, g, _p in fronts} != FRONT_YEARS or len(fronts) != 2:
        problems.append("front pages: want one in 2016 and one in 2023")
    for name, gold, pg in fronts:
        if not any(a["continued"].startswith("下转2版") for a in gold["articles"]):
            problems.append(f"{name}: front page has no 下转2版")
        twos = [g for _n, _t, g, p in pages if g["issue_date"] == gold["issue_date"] and p.meta["pageno"] == "2"]
        if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            problems.append(f"{name}: no page 2 with 上接1版 in the set")

    # 3. seed-phrase rule
    seedw = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for t in article_texts(a):
                seedw |= windows(blank(t))
    for name, text, gold, pg in pages:
        for a in gold["articles"]:
            for t in article_texts(a):
                shared = windows(blank(t)) & seedw
                if shared:
                    problems.append(f"{name}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:24]!r}")

    # 4. the export a perfect segmenter would print, scored
    export = {"articles": [], "sources": []}
    for name, text, gold, pg in pages:
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + pg.furniture})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        problems.append("score.py failed: " + r.stderr[-500:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            problems.append("scorer problem line: " + line.strip())
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred"):
            k, v = m.groups()
            if k == "cjk_space_left":
                if v != "0":
                    problems.append(f"{k} = {v}")
            elif v != "1.000":
                problems.append(f"{k} = {v}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
