#!/usr/bin/env python3
"""Verify the dev_wv set; prints `check passed` when every rule holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte (rebuilt in a temp dir).
2. The export a perfect segmenter would print (every gold article; extras and duplicates as
   page text) scores 1.000 on every figure, coverage 1.000, no problem line.
3. Shape: 14 pages, 7 per layout, years and counts, file names, gold format, front pages.
4. No run of 6 characters holding at least 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
"""
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
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2016", "2023"}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市
郴州市 怀化市 娄底市 益阳市 永州市 邵阳市 张家界市 湘西土家族苗族自治州 长株潭 省委 省政府
省人大常委会 省政协 省商务厅 省工信厅 省林业局 省发展改革委 省市场监管局 长沙海关 新湖南
相关负责人 负责人介绍 负责人表示 同比增长 高质量发展 以上工业 规模以上 中欧班列 跨境电商
进出口总值 亿元 万元 党中央 习近平 新时代 中国特色社会主义 党的二十大 乡村振兴 基层减负
形式主义 营商环境 市场主体 民营企业 民营经济 国有企业 外商投资 重点项目 数字经济 人工智能
工程机械 以旧换新 国家和地区 省工业和信息化厅 工业和信息化 国家进出口 产品出口增长 对非贸易 深度合作先行区 新能源汽车 促消费活动 促消费 县域商业 新型消费 轨道交通装备 电子元器件 怀化国际陆港 西部陆海新通道 中非经贸博览会 中非经贸合作 中非经贸 电子信息 生物医药 中小企业 新型基础设施 数据中心 农产品加工 电动载人汽车 锂离子蓄电池 新三样 湘粤非铁海联运 稳规模优结构 在长沙召开 在长沙举行 会议强调 会议指出 会议要求 经营主体 生态保护修复 软件和信息技术服务业 比上年增长 印发通知 走出去 湖南老字号 网络零售额 近年来 记者从 居全国 发布通知 会上获悉 今年全省 去年全省 密切关注 天气变化 社会消费品零售总额 先进制造业 产业链 供应链 一带一路 三高四新
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def read_tree(root: Path) -> dict:
    out = {}
    for sub in ("pages", "gold"):
        for f in sorted((root / sub).glob("*")):
            out[f"{sub}/{f.name}"] = f.read_bytes()
    out["README.md"] = (root / "README.md").read_bytes()
    return out


def check_rebuild():
    with tempfile.TemporaryDirectory() as td:
        compose.build(Path(td))
        fresh, here = read_tree(Path(td)), read_tree(HERE)
    if fresh.keys() != here.keys():
        fail(f"rebuild gives other files: {sorted(set(fresh) ^ set(here))[:5]}")
    for k in fresh:
        if fresh[k] != here[k]:
            fail(f"rebuild differs: {k}")


def perfect_export(golds: list[dict]) -> dict:
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": srcs}


def check_score(golds):
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps(perfect_export(golds), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr[-300:])
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer lists a problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    need = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
            "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]
    for k in need:
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")


def check_shape(golds):
    pages = sorted((HERE / "pages").glob("*.txt"))
    gfiles = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(gfiles) != 14:
        fail(f"{len(pages)} pages, {len(gfiles)} gold files (want 14)")
    if [p.stem for p in pages] != [g.stem for g in gfiles]:
        fail("page and gold names differ")
    layouts, years, fronts = Counter(), Counter(), []
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, _ = compose.parse(src)
        metas[meta["page"]] = meta
    for i, (p, gf) in enumerate(zip(pages, gfiles), 1):
        num = f"{i:03d}"
        text = p.read_text(encoding="utf-8")
        want = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want:
            fail(f"{p.name}: name should be {want}.txt")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not indent=1 / ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        if g["source"] != p.name:
            fail(f"{gf.name}: source {g['source']}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in compose.KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs: {s}")
        n = len(g["articles"])
        chars = compose.nows(text)
        if not 7 <= n <= 13:
            fail(f"{p.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        meta = metas[num]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if meta["pageno"] == "1":
            fronts.append((g, meta))
            if not g["issue_number"] or not g["page_count"]:
                fail(f"{p.name}: front page without issue number / page count")
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail(f"{p.name}: front page jumps nowhere")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS or len(fronts) != 2:
        fail("front pages should be one in 2016 and one in 2023")
    for g, meta in fronts:
        p2 = [x for x in golds if x["issue_date"] == g["issue_date"] and x is not g
              and metas[x["source"][:3]]["pageno"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["articles"]):
            fail(f"front page {g['source']} has no page 2 continuing it")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "#" * len(w))
    return s


def grams(s: str):
    s = blank(re.sub(r"\s+", "", s))
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def check_seed_phrases(golds):
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(t))
    hits = []
    for g in golds:
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                hits += [(g["source"][:3], w) for w in grams(a[f]) if w in seed]
            for t in a["paragraphs"]:
                hits += [(g["source"][:3], w) for w in grams(t) if w in seed]
    if hits:
        for h in hits[:40]:
            print("   shared with the seeds:", *h)
        fail(f"{len(hits)} runs shared with the seeds")


def main():
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((HERE / "gold").glob("*.json"))]
    check_rebuild()
    check_seed_phrases(golds)
    check_shape(golds)
    check_score(golds)
    print("check passed")


if __name__ == "__main__":
    main()
