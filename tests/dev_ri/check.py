#!/usr/bin/env python3
"""Verify the dev_ri set: a perfect export must score 1.000 everywhere with
coverage 1.000; the set must have its shape; no seed phrase may be reused.
Prints `check passed`."""
from __future__ import annotations

import collections
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
# generic words blanked before the seed-phrase comparison
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人介绍 负责人表示 有关负责人 习近平总书记
新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委
省委书记 省长 副省长 秘书长 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州
怀化 娄底 邵阳 湘西土家族苗族自治州 高质量发展 三高四新 美好蓝图 同比增长 比上年增长 百分点 亿元
万元 出席并讲话 在长沙召开 在长沙举行 实现 推动 推进 加快 进一步 持续 深入 全面 积极 切实
规模以上工业增加值 “十四五”规划 “十五五”规划 十四五 十五五 规划目标 建成投产 先进陶瓷 主导产业 规模以上企业 新业态 历史同期新高 三年行动计划 产业集聚区 工业增加值 规模工业 工业经济运行 品牌影响力 调研组 人才培养 有力支撑 专项整治 走出去 出口增长 国家和地区 特色产业集群 优势产业 关键技术 非遗代表性 先进制造业集群 先进制造业 关键核心技术攻关 关键核心技术 公共服务平台 农业现代化 非物质文化遗产 优势产业集群 农产品加工业 龙头企业 产业链上下游 有限公司 醴陵陶瓷 稳外贸 稳外资 农村居民人均可支配收入 可支配收入 非遗代表性传承人 规模以上工业企业 工业和信息化 轨道交通装备 重要组成部分 会议强调 会议指出 会议要求 会议提出 重点行业领域 主体责任 监管责任 深度融合 现场签约 社会消费品零售总额 各级各部门 固定资产投资 中国 全国 全省 我省 今年 去年 近年来 以来 记者 日前 近日 今天 据了解 据悉 工作 发展 建设""".split()

failures = []


def fail(msg):
    failures.append(msg)


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def texts(g):
    for a in g["articles"]:
        yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
        yield from a["paragraphs"]


def main():
    # ---- byte-for-byte rebuild: what is on disk must be what compose.py writes
    def snapshot():
        files = sorted((HERE / "pages").glob("*")) + sorted((HERE / "gold").glob("*")) + [HERE / "README.md"]
        return {f.relative_to(HERE).as_posix(): f.read_bytes() for f in files if f.exists()}
    before = snapshot()
    subprocess.run([sys.executable, str(HERE / "compose.py")], check=True, stdout=subprocess.DEVNULL)
    after = snapshot()
    if before != after:
        changed = sorted(set(before) ^ set(after) | {k for k in before if k in after and before[k] != after[k]})
        fail(f"compose.py does not rebuild the set byte-for-byte: {changed[:6]}")
    meta = {}
    for sp_ in sorted((HERE / "src").glob("p*.txt")):
        first = next(l for l in sp_.read_text(encoding="utf-8").splitlines() if l.startswith("page "))
        m = dict(re.findall(r"(\w+)=(\S+)", first))
        meta[m["num"]] = m
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"expected 14 pages/gold/src, got {len(pages)}/{len(golds)}/{len(srcs)}")

    # ---- shape
    layouts, years, fronts = collections.Counter(), collections.Counter(), []
    jumps_out, jumps_in = {}, {}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        if list(g) != KEYS:
            fail(f"{gp.name}: keys {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gp.name}: article keys {list(a)}")
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        h = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        if g["source"] != gp.stem + ".txt" or not re.fullmatch(rf"\d{{3}}_{h}\.txt", g["source"]):
            fail(f"{gp.name}: name does not match the page hash")
        n = len(re.sub(r"\s+", "", raw))
        if not 4500 <= n <= 6500:
            fail(f"{gp.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{gp.name}: {len(g['articles'])} articles")
        layouts[meta[gp.name[:3]]["layout"]] += 1
        sq = re.sub(r"\s+", "", raw)
        for piece in g["extras"] + g["duplicates"]:
            if re.sub(r"\s+", "", piece) not in sq:
                fail(f"{gp.name}: extra/duplicate not on the page: {piece[:20]!r}")
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
            if not g["page_count"]:
                fail(f"{gp.name}: front page without page count")
            for a in g["articles"]:
                if a["continued"].startswith("下转2版"):
                    jumps_out[g["issue_date"]] = True
        for a in g["articles"]:
            if a["continued"].startswith("上接1版"):
                jumps_in[g["issue_date"]] = True
    if layouts != collections.Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2017", "2020", "2024", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2017", "2024"]:
        fail(f"front pages {[g['issue_date'] for g in fronts]}")
    for g in fronts:
        if not (jumps_out.get(g["issue_date"]) and jumps_in.get(g["issue_date"])):
            fail(f"front page {g['issue_date']} does not jump to its page 2 in the set")

    # ---- seed phrases
    seed = set()
    for sp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sp.read_text(encoding="utf-8"))):
            seed |= windows(blank(re.sub(r"\s+", "", t)))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for t in texts(g):
            hit = windows(blank(re.sub(r"\s+", "", t))) & seed
            if hit:
                fail(f"{gp.name}: seed phrase reused: {sorted(hit)[:5]}")

    # ---- perfect export, scored
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS})
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
        m = re.match(r"^(\w+)\s+([\d.]+)$", line)
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

    if failures:
        for f in failures:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
