#!/usr/bin/env python3
"""Verify the dev_vs test set; prints `check passed` when everything holds.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape (14 pages, 7 per layout, years, front pages and their
   page 2, 4,500-6,500 characters and 7-13 articles a page, file names);
3. the gold files keep the seeds' exact JSON format;
4. no 6-character run holding 5+ Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words);
5. the export a perfect segmenter would print scores 1.000 on every figure
   with score.py, coverage 1.000 and no problem line.
Standard library only.
"""
from __future__ import annotations

import datetime
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
SCORER = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL = []


def need(ok, msg):
    if not ok:
        FAIL.append(msg)
    return ok


# words blanked before the seed-phrase comparison: institutions, places,
# offices and set phrases any Hunan Daily page uses
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 新华社 华声在线 新湖南客户端
相关负责人 有关负责人 负责人 主要负责人 介绍 表示 获悉 了解到 据了解 据介绍 据统计
省委书记 省委副书记 省委常委 省长 副省长 省委 省政府 省人大常委会 省政协 省纪委监委
省发展改革委 省发改委 省工信厅 省商务厅 省财政厅 省农业农村厅 省农业委员会 省交通运输厅
省卫生健康委 省卫生计生委 省医保局 省文化和旅游厅 省旅游发展委员会 省旅游局 省教育厅
省人力资源和社会保障厅 省人社厅 省应急管理厅 省市场监管局 省林业局 省水利厅 省气象局
省高级人民法院 省高院 长沙海关 海关 党中央 国务院 中共中央 国家
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大 二十大精神 高质量发展
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江 南岳 韶山 凤凰
进出口总值 进出口 同比增长 同比下降 比上年增长 比去年同期 增长 下降 亿元 万元 万人次 百分点
以上 左右 今年以来 去年以来 近年来 目前 今天 昨天 日前 近日 下一步
一带一路 乡村振兴 三高四新 现代化 新湖南 产业链 供应链 先进制造业 规模以上工业
综合保税区 自贸试验区 自由贸易试验区 中欧班列 跨境电商 外贸企业 民营企业 国有企业 外资企业
定点医院 医保基金 城乡居民 基本医疗保险 高速公路 高速铁路 高铁 铁路 地铁 A级景区
中国旅游日 旅游收入 接待游客 粮食 早稻 晚稻 中稻 双季稻 杂交水稻 种业 新品种 高标准农田
今年 去年 我省 全省 进一步 政府工作报告 轨道交通装备 可支配收入 施工现场 气象部门 走出去
农产品 会议要求 会议强调 会议指出 培育一批 博览会 走在全国前列 十四五 中非经贸 湘粤非铁海联运 外商投资企业
""".split()
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    s = blank(re.sub(r"\s+", "", s))
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def gold_texts(g):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        compose.build(HERE, td, quiet=True)
        for d in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / d).iterdir())
            theirs = sorted(p.name for p in (td / d).iterdir())
            need(mine == theirs, f"{d}/ differs from a fresh compose")
            for n in theirs:
                if (HERE / d / n).exists():
                    need((HERE / d / n).read_bytes() == (td / d / n).read_bytes(),
                         f"{d}/{n} not byte-identical to a fresh compose")
        need((HERE / "README.md").read_bytes() == (td / "README.md").read_bytes(),
             "README.md not byte-identical to a fresh compose")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    need(len(pages) == 14 and len(golds) == 14, "need 14 pages and 14 gold files")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    need([s.name for s in srcs] == [f"p{i:02d}.txt" for i in range(1, 15)], "src/p01..p14")

    # 2./3. shape and format
    layouts, years, fronts, by_date = Counter(), Counter(), [], {}
    for n, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        need(pf.name == f"{n:03d}_{h}.txt", f"{pf.name}: name is not NNN_sha256[:16]")
        need(gf.name == pf.name[:-4] + ".json", f"{gf.name}: gold name does not match page")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        need(json.dumps(g, ensure_ascii=False, indent=1) + "\n" == raw, f"{gf.name}: not indent=1 JSON")
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles",
                         "extras", "duplicates"], f"{gf.name}: top-level key order")
        need(g["source"] == pf.name, f"{gf.name}: source")
        for a in g["articles"]:
            need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                             "continued", "subheads", "paragraphs"], f"{gf.name}: article key order")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 f"{gf.name}: kind {a['kind']}")
            need(all(re.sub(r"\s", "", s) in a["paragraphs"] for s in a["subheads"]),
                 f"{gf.name}: subhead not in paragraphs")
            need(all(not re.search(r"\s", p) for p in a["paragraphs"]), f"{gf.name}: whitespace in a paragraph")
            need(all(p for p in a["paragraphs"]), f"{gf.name}: empty paragraph")
        nchar = len(re.sub(r"\s+", "", text))
        need(4500 <= nchar <= 6500, f"{pf.name}: {nchar} characters")
        need(7 <= len(g["articles"]) <= 13, f"{pf.name}: {len(g['articles'])} articles")
        meta = compose.parse(srcs[n - 1])[0]
        layouts[meta["layout"]] += 1
        need(meta["date"] == g["issue_date"], f"{pf.name}: date")
        datetime.date.fromisoformat(g["issue_date"])
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], {})[int(meta["page"])] = g
        if g["issue_number"] is not None:
            fronts.append(g)
            need(g["page_count"] is not None and meta["page"] == "1", f"{pf.name}: front page fields")
    need(layouts == Counter(column=7, paragraph=7), f"layouts {dict(layouts)}")
    need(set(years) == {"2015", "2018", "2021", "2024"} and all(3 <= v <= 4 for v in years.values()),
         f"years {dict(years)}")
    need(sorted(f["issue_date"][:4] for f in fronts) == ["2015", "2021"], "front pages in 2015 and 2021")
    for f in fronts:
        p2 = by_date[f["issue_date"]].get(2)
        jumps = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        need(bool(jumps), f"front page {f['source']}: no 下转2版")
        need(p2 is not None and any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                    for a in p2["articles"]), f"front page {f['source']}: no page 2 上接1版")

    # 4. seed-phrase rule
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in gold_texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed.update(grams(t))
    shared = Counter()
    for gf in golds:
        for t in gold_texts(json.loads(gf.read_text(encoding="utf-8"))):
            for gr in grams(t):
                if gr in seed:
                    shared[(gf.name[:3], gr)] += 1
    need(not shared, "runs shared with the seeds: " + ", ".join(f"{k[0]}:{k[1]}" for k in shared))

    # 5. perfect export, scored
    arts, srcs_out = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        srcs_out.append({"source": g["source"], "issue_date": g["issue_date"],
                         "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump({"articles": arts, "sources": srcs_out}, tf, ensure_ascii=False)
        exp = tf.name
    r = subprocess.run([sys.executable, str(SCORER), exp, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(exp).unlink()
    print(r.stdout, end="")
    need(r.returncode == 0, "score.py failed: " + r.stderr[-300:])
    figs = {}
    for ln in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", ln)
        if m:
            figs[m.group(1)] = m.group(2)
        if ln.startswith("---") or ln.startswith("    "):
            need(False, "problem line: " + ln.strip())
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        need(figs.get(k) == "1.000", f"{k} = {figs.get(k)}")
    need(figs.get("cjk_space_left") == "0", "cjk_space_left not 0")

    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
