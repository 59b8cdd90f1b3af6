#!/usr/bin/env python3
"""Verify the set: rebuild in memory, compare byte-for-byte, score a perfect export,
check the shape of the set and the seed-phrase rule.  Prints `check passed`."""
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

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FAIL: list[str] = []

# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示 高质量发展 习近平总书记
省委 省政府 省人大 省政协 省商务厅 省农业农村厅 省教育厅 省林业局 长沙海关 湖南省 全省 我省
长沙市 株洲市 湘潭市 衡阳市 郴州市 怀化市 张家界市 湘西土家族苗族自治州 岳阳市 常德市
中联重科 三一集团 三一重工 工程机械 先进制造业 进出口总值 同比增长 比上年增长 个百分点
一带一路 规模以上工业 工业增加值 新能源汽车 现代化新湖南 社会主义 中国特色 新时代
乡村振兴 以旧换新 数字经济 人工智能 新型工业化 记者今天从 据了解 据介绍 今年以来
党中央 国务院 贯彻落实 深入学习 重要讲话 指示批示精神 三高四新 美好蓝图 国家级
中南林业科技大学 国家和地区 非物质文化遗产 基础设施建设 轨道交通装备 民营企业 机电产品
社会消费品零售总额 怀化国际陆港 湘粤非铁海联运 西部陆海新通道 工业和信息化 产业链供应链
关键核心技术 世界级产业集群 生态环境保护 历史同期新高 同比分别增长 广大党员干部 发达经济体
各类经营主体 劳动密集型产品 气象部门 加大研发投入 走出去 智能化 绿色化
""".split(), key=len, reverse=True)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(unicodedata.normalize("NFKC", w), "\u0000")
    return s


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def grams(s):
    s = re.sub(r"\s+", "", blank(s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and sum(is_cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        yield a.get("kicker", "") + "\n" + a.get("title", "") + "\n" + a.get("subtitle", "")
        for p in a.get("paragraphs", []):
            yield p


def fail(msg):
    FAIL.append(msg)


def main():
    # 1. byte-for-byte rebuild
    built = compose.build()
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    want = {k for k in built if not k.startswith("README")}
    if on_disk != want:
        fail(f"files on disk differ from a rebuild: {sorted(on_disk ^ want)[:5]}")
    for rel, data in built.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} is not what compose.py builds")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"need 14 pages and 14 gold files, have {len(pages)} / {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    seed_gold = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SHARED / "gold").glob("*.json"))]
    key_order = list(seed_gold[0].keys())
    art_keys = list(seed_gold[0]["articles"][0].keys())
    by_date: dict[tuple, dict] = {}
    srcs = {compose.Page(p).date + "/" + str(compose.Page(p).pageno): compose.Page(p)
            for p in sorted((HERE / "src").glob("p*.txt"))}
    for i, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {pp.name} / {gp.name}")
        raw_g = gp.read_text(encoding="utf-8")
        g = json.loads(raw_g)
        if raw_g != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not indent=1 / ensure_ascii=False")
        if list(g.keys()) != key_order:
            fail(f"{gp.name}: key order {list(g.keys())}")
        for a in g["articles"]:
            if list(a.keys()) != art_keys:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not among paragraphs")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source field")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        src = srcs[g["issue_date"] + "/" + str(compose.Page(sorted((HERE / 'src').glob('p*.txt'))[i - 1]).pageno)]
        layouts[src.mode] += 1
        years[g["issue_date"][:4]] += 1
        by_date[(g["issue_date"], src.pageno)] = g
        if src.pageno == 1:
            fronts.append(g)
            if not (g["issue_number"] and g["page_count"] and g["extras"]):
                fail(f"{pp.name}: front page without masthead / issue number / page count")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2019", "2021", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2019", "2021"]:
        fail("need front pages in 2019 and 2021")
    for g in fronts:
        p2 = by_date.get((g["issue_date"], 2))
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        up = [a for a in (p2 or {}).get("articles", []) if a["continued"].startswith("上接1版")]
        if not p2 or not down or len(up) != len(down):
            fail(f"front page {g['source']} does not jump to its page 2 in the set")

    # 3. seed-phrase rule
    seed_grams = set()
    for sg in seed_gold:
        for t in texts_of(sg):
            seed_grams |= grams(t)
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for t in texts_of(g):
            hit = grams(t) & seed_grams
            if hit:
                fail(f"{gp.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:20]!r}")

    # 4. perfect export, scored
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "kind": a["kind"]}
            for k in ("column", "kicker", "title", "subtitle"):
                e[k] = a[k]
            e["title_derived"] = False
            for k in ("byline", "dateline", "continued", "paragraphs"):
                e[k] = a[k]
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line.strip())
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"score problem: {line.strip()}")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if r.returncode:
        fail("score.py failed")

    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
