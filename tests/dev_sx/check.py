#!/usr/bin/env python3
"""Verify the dev_sx test set; prints `check passed` or the failures.

- the set rebuilds byte-for-byte (compose.py run again in a scratch folder);
- shape: 14 pages, 7 per layout, years, front pages and their page 2, sizes, names;
- gold files: exact key order and dump format, page text == gold text (character multiset);
- a perfect export scores 1.000 everywhere with the shared scorer, coverage 1.000;
- no 6-character run with >= 5 Chinese characters shared with the seeds' gold text.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2017": (3, 4), "2019": (3, 4), "2023": (3, 4), "2025": (3, 4)}
MARKER = re.compile(r"^\s*(▷|▶|▲ ?▲|▼)\s*[(（][^)）]*[)）]")

# Generic words blanked before the seed-phrase comparison: institution and place names,
# titles of office and set phrases any report of the paper may use.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 讯 电
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神
省委书记 省委副书记 省长 副省长 省委常委 省委秘书长 省人大常委会 省政协 省政府 省委 省领导
省工信厅 省发展改革委 省商务厅 省农业农村厅 省住房城乡建设厅 省文化和旅游厅 省教育厅 省卫生健康委
省应急管理厅 省气象局 省交通运输厅 省财政厅 省人社厅 长沙海关 海关总署
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西 浏阳 醴陵 宁乡 湘江 洞庭湖 江西 萍乡 宜春 萍乡市 浏阳市 醴陵市
相关负责人 据了解 据悉 近日 今天 目前 近年来 与此同时 下一步 同比增长 比上年增长 增长
高质量发展 乡村振兴 三高四新 新时代 现代化 产业链 供应链 先进制造业 以上 以下 亿元 万元
全省 我省 市州 县市区 有关部门 工作会议 座谈会 召开 出席 讲话 调研 强调 指出 要求 推动 加快
先进制造业高地 航空航天 通用航空 住房公积金 保障性住房 湘赣边 区域合作 非物质文化遗产
主体责任 各地各部门 下一阶段 重要组成部分 国家和地区 走在全国前列 取得突破 持续发力 进一步
人工智能 品牌影响力 工业和信息化 长株潭城际铁路 应急管理部门 专精特新 小巨人 产业园区 上下游
签约金额 合作项目 系列活动 自主研发 研发投入 农产品加工业 改革创新 优化发展环境 制度保障
工作推进机制 重点工作 相关企业 开展警示教育 移送司法机关 年度目标任务 中小航空发动机 微信公众号 全国青少年 中国特色社会主义 马克思主义 人民群众 人民日报 国家级 省级 市级 县级 产业集群 一带一路
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC_WORDS:
        s = s.replace(w, "□" * len(w))
    return re.sub(r"\s+", "", s)


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if sum(map(is_cjk, s[i:i + 6])) >= 5}


def art_texts(a: dict) -> list[str]:
    return [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]


def rebuild_same():
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copytree(HERE / "src", t / "src")
        shutil.copy(HERE / "compose.py", t)
        shutil.copy(HERE / "README.in", t)
        subprocess.run([sys.executable, str(t / "compose.py")], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"rebuild: {sub} file names differ")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("rebuild: README.md differs")


def main():
    rebuild_same()
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    if len(list((HERE / "src").glob("p*.txt"))) != 14:
        fail("expected src/p01.txt … src/p14.txt")

    seed_grams: set[str] = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in art_texts(a):
                seed_grams |= grams(s)

    layouts, years, fronts, seconds = Counter(), Counter(), {}, {}
    export = {"articles": [], "sources": []}
    for i, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        stem = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.stem != stem or gp.stem != stem:
            fail(f"{pp.name}: name is not NNN_ + sha256[:16] of the text ({stem})")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not dumped with indent=1, ensure_ascii=False")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{gp.name}: key order differs from the seeds' gold")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source field")
        n_art = len(g["articles"])
        chars = len(re.sub(r"\s", "", text))
        if not 7 <= n_art <= 13:
            fail(f"{pp.name}: {n_art} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        # layout: column pages hold short lines, paragraph pages long ones
        lines = [ln for ln in text.split("\n") if ln.strip()]
        long_lines = sum(len(ln) > 60 for ln in lines)
        layouts["paragraph" if long_lines >= 15 else "column"] += 1
        years[g["issue_date"][:4]] += 1
        # every kind known, every subhead among paragraphs, no CJK spaces in paragraphs
        for a in g["articles"]:
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead {s} not in paragraphs")
            if not a["paragraphs"] and a["kind"] != "photo":
                fail(f"{gp.name}: article without paragraphs")
        # the page holds exactly the gold's characters, plus raw jump markers
        markers = [ln.strip() for ln in lines if MARKER.match(ln)]
        gold_strings = [s for a in g["articles"] for s in
                        [a[k] for k in AKEYS[1:8]] + a["paragraphs"]] + g["extras"] + g["duplicates"]
        page_c = Counter(squash(text))
        gold_c = Counter(squash("".join(gold_strings)))
        mark_c = Counter(squash("".join(markers)))
        for a in g["articles"]:
            mark_c -= Counter(squash(a["continued"]))
        diff_plus = page_c - gold_c - mark_c
        diff_minus = gold_c - page_c
        if diff_plus or diff_minus:
            fail(f"{pp.name}: page/gold characters differ: +{dict(diff_plus)} -{dict(diff_minus)}")
        # front pages and their page 2
        if g["issue_number"]:
            if not (g["page_count"] and g["extras"]):
                fail(f"{gp.name}: front page without page count / masthead")
            fronts[g["issue_date"]] = g
        if any(a["continued"].startswith("上接1版") for a in g["articles"]):
            seconds[g["issue_date"]] = g
        # seed phrases
        for a in g["articles"]:
            for s in art_texts(a):
                shared = grams(s) & seed_grams
                if shared:
                    fail(f"{gp.name}: shares seed phrase(s) {sorted(shared)[:3]}")
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update(a)
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"], "markers": markers})
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2 or {d[:4] for d in fronts} != {"2019", "2023"}:
        fail(f"front pages: {sorted(fronts)}")
    for d, g in fronts.items():
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"front page {d}: no 下转2版")
        if d not in seconds:
            fail(f"front page {d}: its page 2 (上接1版) is not in the set")

    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(SCORE), str(ex), str(HERE / "gold"), "--pages", str(HERE / "pages")]
        out = subprocess.run(cmd + ["-v"], capture_output=True, text=True).stdout
        print(out, end="")
        if "---" in out:
            fail("scorer listed problems")
        figs = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout
                          .split("\nseg_f1=")[0])
        for k, v in figs.items():
            if isinstance(v, float) and v != 1.0:
                fail(f"scorer figure {k} = {v}")
            if v is None and k != "untitled_ok":
                fail(f"scorer figure {k} missing")
        if figs["cjk_space_left"] != 0:
            fail("cjk spaces left in paragraphs")
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
