#!/usr/bin/env python3
"""Verify the dev_xr test set.  Prints `check passed` or the list of failures.

    python3 compose.py && python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the set's shape: 14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format;
3. no run of 6 characters (5+ Chinese) shared with the seeds' gold headlines and
   paragraphs, once a short list of generic words is blanked;
4. a perfect export (every gold article, each page's extras and duplicates)
   scores 1.000 on every figure of /work/shared/tools/score.py, coverage 1.000,
   with no problem line.
Standard library only.
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

YEARS = {"2016": (3, 4), "2019": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2016", "2022"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases any report of the paper may use
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新湖南客户端 华声在线 湖南图片库 摄影报道
中华人民共和国 中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想
党的二十大精神 党的十八大 党的十九大 二十届 省委常委 省委书记 省委副书记 副省长 省长
省政协 省人大常委会 省政府 省委 市委 县委 区委 纪委监委 相关负责人 主要负责人 负责人介绍
长沙海关 星沙海关 海关总署 商务部 财政部 省商务厅 省发展改革委 省住房和城乡建设厅 省文化和旅游厅
省工业和信息化厅 省工信厅 省自然资源厅 省应急管理厅 省气象局 省统计局
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湘西州 长株潭 张家界 凤凰古城 中欧班列 西部陆海新通道 自由贸易试验区 自贸试验区
中国（湖南）自由贸易试验区 中非经贸博览会 一带一路 三高四新 美好蓝图 高质量发展 新质生产力
进出口总值 同比增长 同比下降 增长 百分点 亿元 万元 万美元 亿美元 标箱 平方米 人次 规模以上
工业增加值 规模以上工业 社会消费品零售总额 以旧换新 专精特新 小巨人 先进制造业 产业集群
老旧小区改造 保障性住房 城中村改造 乡村振兴 全面从严治党 中央八项规定精神 形式主义
出席并讲话 主持召开 召开 强调 指出 要求 表示 介绍 据了解 近日 今天 日前 会议 会上
进出口 轨道交通装备 工程机械 经济社会 开放型经济 外商投资企业 外贸综合服务 开放平台 机电产品
一般贸易 劳动密集型 国际市场 贸易伙伴 国家和地区 中非经贸合作 产业园 研发投入 基础设施建设
人力资源和社会保障厅 人力资源 文化强省 春风行动 气象部门 田间地头 突破口 重要组成部分
高于全国 累计开行 继续实施 确保各项措施 今年我省 近年来 获悉
内陆地区改革开放高地 国家重要先进制造业高地 湘粤非铁海联运 中小航空发动机 产业链供应链
制造业增加值 工业经济运行 一季度 生态环境保护 中非经贸深度合作先行区 关键核心技术 怀化国际陆港 东盟班列
""".split()


def fail(msg: str, errors: list):
    errors.append(msg)


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in g) >= 5:
            out.add(g)
    return out


def art_text(a: dict) -> list[str]:
    return [a.get(k) or "" for k in ("column", "kicker", "title", "subtitle")] + list(a["paragraphs"])


def main() -> int:
    errors: list[str] = []
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from what compose.py builds", errors)
    for d in ("pages", "gold"):
        for p in (HERE / d).glob("*"):
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}", errors)

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}", errors)
    seed_gold = json.loads(sorted((SHARED / "gold").glob("*.json"))[1].read_text(encoding="utf-8"))
    top_keys = list(seed_gold)
    art_keys = list(seed_gold["articles"][0])
    srcs = {s.stem[1:].zfill(3): compose.parse(s) for s in sorted((HERE / "src").glob("p*.txt"))}
    layouts, years, by_date = Counter(), Counter(), {}
    for i, pg in enumerate(pages, 1):
        text = pg.read_text(encoding="utf-8")
        nnn = f"{i:03d}"
        want = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        if pg.name != want:
            fail(f"{pg.name}: name should be {want}", errors)
        gp = HERE / "gold" / (pg.stem + ".json")
        if not gp.exists():
            fail(f"{pg.name}: no gold file", errors)
            continue
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not written with indent=1, ensure_ascii=False", errors)
        if list(g) != top_keys:
            fail(f"{gp.name}: top-level keys {list(g)} != seeds' {top_keys}", errors)
        for a in g["articles"]:
            if list(a) != art_keys:
                fail(f"{gp.name}: article keys {list(a)} != seeds' {art_keys}", errors)
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: bad kind {a['kind']}", errors)
            for s in a["subheads"]:
                if re.sub(r"\s+", "", s) not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead {s!r} not among the paragraphs", errors)
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fail(f"{gp.name}: paragraph with whitespace or empty", errors)
        if g["source"] != pg.name:
            fail(f"{gp.name}: source {g['source']} != {pg.name}", errors)
        n_chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= n_chars <= 6500:
            fail(f"{pg.name}: {n_chars} characters (want 4,500-6,500)", errors)
        n_arts = len(g["articles"])
        if not 7 <= n_arts <= 13:
            fail(f"{pg.name}: {n_arts} articles (want 7-13)", errors)
        sp = srcs.get(nnn)
        if sp is None:
            fail(f"{pg.name}: no source", errors)
            continue
        layouts[sp["form"]] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((sp.get("page"), g, pg.name))
        # cut points of the kind the source claims
        for a in sp["arts"].values():
            for _, para in a["paras"]:
                for m in compose.CUT_RE.finditer(para):
                    before, after = para[:m.start()], para[m.end():]
                    after = compose.CUT_RE.sub("", after)
                    t = m.group(1)
                    ok = {"v": after[:1].isdigit() and not before[-1:].isdigit(),
                          "u": before[-1:].isdigit() and not after[:1].isdigit() and after[:1] not in "，。、；",
                          "w": True, "q": before.count("“") > before.count("”"),
                          "n": True, "p": True}.get(t, False)
                    if not ok:
                        fail(f"{pg.name}: cut {{|{t}}} in {a['id']} is not of its kind: …{before[-6:]}|{after[:6]}…",
                             errors)
    if dict(layouts) != {"column": 7, "paragraph": 7}:
        fail(f"layouts {dict(layouts)} (want 7 column, 7 paragraph)", errors)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages (want {lo}-{hi})", errors)
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}", errors)
    fronts = [(d, g, n) for d, lst in by_date.items() for (p, g, n) in lst if p == "1"]
    if sorted(d[:4] for d, _, _ in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages in {[d for d, _, _ in fronts]} (want one in each of {sorted(FRONT_YEARS)})", errors)
    for d, g, n in fronts:
        if not (g["issue_number"] and g["page_count"]):
            fail(f"{n}: front page without issue number / page count", errors)
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [gg for (p, gg, nn) in by_date[d] if p == "2"]
        if not down or not p2:
            fail(f"{n}: front page without a 下转2版 story or without its page 2", errors)
            continue
        up = [a for a in p2[0]["articles"] if a["continued"].startswith(("上接1版", "紧接1版"))]
        if len(up) < len(down):
            fail(f"{n}: {len(down)} stories jump to page 2 but page 2 continues {len(up)}", errors)
    for d, lst in by_date.items():
        for p, g, n in lst:
            if p != "1" and (g["issue_number"] or g["page_count"]):
                fail(f"{n}: issue number / page count on an inner page", errors)

    # 3. seed phrases
    seed_grams = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(sg.read_text(encoding="utf-8"))["articles"]:
            for s in [a.get(k) or "" for k in ("kicker", "title", "subtitle")] + a["paragraphs"]:
                seed_grams |= grams(blank(re.sub(r"\s+", "", s)))
    shared = Counter()
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in art_text(a):
                for gr in grams(blank(re.sub(r"\s+", "", s))) & seed_grams:
                    shared[(gp.name[:3], gr)] += 1
    for (n, gr), c in sorted(shared.items()):
        fail(f"{n}: shares {gr!r} with the seeds", errors)

    # 4. a perfect export scores 1.000
    arts, sources = [], []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], **a,
                 "title_derived": False}
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
               "--pages", str(HERE / "pages"), "-v"]
        r = subprocess.run(cmd, capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            fail(f"scorer problem line: {line.strip()}", errors)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"scorer figure {k} = {figs.get(k)} (want 1.000)", errors)
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')} (want 0)", errors)
    if r.returncode != 0:
        fail(f"scorer exited {r.returncode}: {r.stderr.strip()}", errors)

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"check failed ({len(errors)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
