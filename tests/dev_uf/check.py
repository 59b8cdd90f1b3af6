#!/usr/bin/env python3
"""Verify the dev_uf set; prints `check passed` or the reasons it fails.

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print scores 1.000 on every figure, coverage
   1.000, no problem line (run through /work/shared/tools/score.py);
3. the set's shape: 14 pages, names, years, layouts, sizes, article counts, front pages
   jumping to their page 2, gold key order as in /work/shared/gold;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
"""
from __future__ import annotations

import hashlib
import importlib.util
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
YEARS = {"2016": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2016", "2024"}

# generic words blanked before the seed-phrase comparison: institution names, place
# names, titles and set phrases any Hunan Daily story uses
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 记者 新华社
中共中央 党中央 国务院 全国人大 全国政协 中央政治局 省委常委 省委副书记 省委书记 省委 省政府
省人大常委会 省政协 省纪委监委 省委宣传部 省发展改革委 省工信厅 省商务厅 省教育厅 省农业农村厅
省林业局 省气象局 省气象台 省交通运输厅 省文化和旅游厅 省卫生健康委 省外事办 省侨联 省邮政管理局
省应急管理厅 省自然资源厅 省生态环境厅 省财政厅 省人社厅 省公安厅 省高级人民法院 省人民检察院
长沙海关 财政部 商务部 副省长 省长 主持召开 出席会议并讲话 出席并讲话 出席 主持
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西 湘江 资水 沅水 澧水 洞庭湖 浏阳 宁乡 醴陵 桃江 安化 南岳
相关负责人 有关负责人 负责人介绍 负责人表示 据了解 据介绍 记者获悉 近年来 今年以来 与此同时
同比增长 同比下降 比上年增长 个百分点 高质量发展 习近平新时代中国特色社会主义思想 习近平总书记
党的二十大精神 全面建设社会主义现代化新湖南 社会主义现代化 三高四新 乡村振兴 以旧换新
进出口总值 规模以上工业 规模以上 先进制造业 产业链 供应链 新能源汽车 工程机械 数字经济
长株潭城际铁路 长株潭 会议要求 会议指出 会议强调 现代化产业体系 规模工业增加值 人均可支配收入 社会消费品零售总额 重点行业领域 重要组成部分 微信公众号 常态化 贸易伙伴 走出去 全面深化改革 领导小组 居全国前列 去年以来 各级各部门 较常年同期 国家和地区 轨道交通装备 非物质文化遗产 中南林业科技大学 气象部门
全省 我省 今天 今年 获悉 记者从 中非经贸博览会 一带一路 中欧班列 生态环境 基础设施 人民群众 党员干部 形式主义 官僚主义
""".split()
CJK = re.compile(r"[\u3400-\u9fff]")

problems: list[str] = []


def fail(msg: str):
    problems.append(msg)


def load_compose():
    spec = importlib.util.spec_from_file_location("compose", HERE / "compose.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def article_texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main() -> int:
    comp = load_compose()
    files, recs = comp.build()

    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    on_disk.add("README.md")
    if on_disk != set(files):
        fail(f"files on disk differ from a rebuild: {sorted(on_disk ^ set(files))[:6]}")
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            fail(f"{rel} is not what compose.py builds")

    # 2. perfect export through the scorer
    seed_gold = json.loads(next((SHARED / "gold").glob("*.json")).read_text(encoding="utf-8"))
    key_order = list(seed_gold)
    art_order = list(seed_gold["articles"][0])
    export = {"articles": [], "sources": []}
    for r in recs:
        g = r["gold"]
        if list(g) != key_order:
            fail(f"{r['name']}: gold keys {list(g)}")
        for a, marker in zip(g["articles"], r["markers"]):
            if list(a) != art_order:
                fail(f"{r['name']}: article keys {list(a)}")
            e = {"source": g["source"], "issue_date": g["issue_date"], **a,
                 "title_derived": False}
            if marker:
                e["continued_raw"] = marker      # the jump line as printed (arrows, brackets)
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0:
        fail("score.py exited with " + str(res.returncode) + res.stderr[-300:])
    figs = dict(re.findall(r"^(\w+)\s+([\d.]+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"score figure {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if re.search(r"^(---|    )", out, re.M):
        fail("score.py listed problems")
    # exact coverage, not only rounded
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for r in recs:
        g = r["gold"]
        strings = score.strings_in([a for a in export["articles"] if a["source"] == g["source"]])
        strings += score.strings_in([s for s in export["sources"] if s["source"] == g["source"]])
        hay = "\u0000".join(score.squash(s) for s in strings)
        raw = files["pages/" + r["name"] + ".txt"]
        for line in raw.splitlines():
            s = score.squash(line)
            if score.covered(s, hay) != len(s):
                fail(f"{r['name']}: line not covered: {line[:40]!r}")

    # 3. shape
    if len(recs) != 14:
        fail(f"{len(recs)} pages, want 14")
    layouts = Counter(r["layout"] for r in recs)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    years = Counter(r["gold"]["issue_date"][:4] for r in recs)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    for k, r in enumerate(recs, 1):
        text = files["pages/" + r["name"] + ".txt"]
        want = "%03d_%s" % (k, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        if r["name"] != want:
            fail(f"name {r['name']} != {want}")
        if r["gold"]["source"] != r["name"] + ".txt":
            fail(f"{r['name']}: gold source {r['gold']['source']}")
        if not 4500 <= r["chars"] <= 6500:
            fail(f"{r['name']}: {r['chars']} characters")
        n = len(r["gold"]["articles"])
        if not 7 <= n <= 13:
            fail(f"{r['name']}: {n} articles")
    fronts = [r for r in recs if r["gold"]["issue_number"]]
    if sorted(r["gold"]["issue_date"][:4] for r in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages in {[r['gold']['issue_date'] for r in fronts]}")
    for f in fronts:
        g = f["gold"]
        if not g["page_count"] or not any(g["issue_number"] in x for x in g["extras"]):
            fail(f"{f['name']}: masthead lacks issue number or page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{f['name']}: front page does not jump to page 2")
        p2 = [r for r in recs if r["gold"]["issue_date"] == g["issue_date"] and r is not f
              and r["page_no"].split()[0] == "2"]
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2[0]["gold"]["articles"]):
            fail(f"{f['name']}: no page 2 continuing it in the set")

    # 4. seed phrases
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in article_texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= windows(t)
    for r in recs:
        for t in article_texts(r["gold"]) + [a["byline"] for a in r["gold"]["articles"]]:
            shared = windows(t) & seed
            if shared:
                fail(f"{r['name']}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:24]!r}")

    if problems:
        for p in problems[:60]:
            print("FAIL", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
