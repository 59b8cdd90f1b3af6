#!/usr/bin/env python3
"""Verify the dev_rd set; prints `check passed` or the reasons it fails.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print (every gold article; each page's
   extras and duplicates as its source) scores 1.000 on every figure of
   /work/shared/tools/score.py, coverage 1.000, no problem line;
3. character accounting: every printed character is in the gold (articles, extras,
   duplicates) except the glyphs of jump markers, and nothing in the gold is missing
   from the page;
4. the shape of the set (pages, layouts, years, front pages and their jumps, sizes,
   article counts, file names, gold format);
5. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (generic words blanked first).
"""
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
SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
YEARS = {"2016": (3, 4), "2018": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2023"}
MARKER_GLYPHS = set("▷▶▲()")

# Generic words blanked before the seed-phrase comparison: institution names, place
# names and set phrases any page of the paper uses.
GENERIC = """
湖南日报社 湖南日报 新湖南客户端 华声在线 全媒体记者 全媒体评论员 评论员 记者 通讯员 新华社
中共中央 党中央 国务院 省委常委 省委书记 省委副书记 省委 省政府 省长 副省长 省人大常委会 省人大
省政协 省纪委监委 纪委监委 省发展改革委 发展改革委 省工信厅 省商务厅 省教育厅 省财政厅 省生态环境厅
省交通运输厅 省农业农村厅 省文化和旅游厅 省卫生健康委 省自然资源厅 省水利厅 省科技厅 省委宣传部
人民政府 有限公司 股份有限公司 集团 委员会 办公室 工作会议 座谈会 推进会
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 隆回县 隆回 滩头镇 滩头 资兴市 资兴 东江湖 洪江 鹤城区 涟源 冷水江
双峰 新化 芷江 沅陵 溆浦 辰溪 麻阳 靖州 通道 会同 中方 桂阳 汝城 宜章 嘉禾 安仁
相关负责人 负责人 人均可支配收入 可支配收入 有力支撑 工业和信息化 先进制造业集群 先进制造业 轨道交通装备 数据中心集群 数据中心 十四五 十五五 工业经济 中华优秀传统文化 优秀传统文化 重要组成部分 西部陆海新通道 高端化 智能化 绿色化 农业强省 国家和地区 研发投入 专项整治 新能源汽车 调研组指出 调研组 田间地头 千家万户 会议强调 会议指出 会议要求 各级各部门 三年行动计划 全省上下 非物质文化遗产 非遗 较去年同期 去年同期 现代服务业 长株潭 高质量发展 习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 二十大
同比增长 亿元 万元 万吨 百分点 以上 以来 近年来 今年以来 据了解 据悉 记者了解到 乡村振兴 产业链 供应链
三高四新 现代化新湖南 新时代 社会主义 中国特色 实施方案 工作方案 重要讲话 指示批示精神 重要指示
全面从严治党 党风廉政建设 生态环境保护 中小企业 规模以上工业 规模工业 增加值 进出口 出口 进口
科技创新 数字经济 人工智能 工业互联网 基础设施 人民群众 基层 干部 党员 群众 企业 项目 产业
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msgs: list[str], why: str):
    msgs.append(why)


def rebuild(msgs):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], capture_output=True,
                           text=True)
        if r.returncode:
            fail(msgs, f"compose.py failed: {r.stderr[-500:]}")
            return
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fail(msgs, f"{sub}/ differs from a rebuild: {sorted(set(a) ^ set(b))}")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fail(msgs, f"{sub}/{n} differs from a rebuild")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail(msgs, "README.md differs from a rebuild")


def export_and_score(golds, msgs):
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False,
                                 indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    figs = {}
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(msgs, f"scorer problem line: {line.strip()}")
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc",
              "coverage"):
        if figs.get(k) != "1.000":
            fail(msgs, f"score figure {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(msgs, f"cjk_space_left = {figs.get('cjk_space_left')}")
    if figs.get("articles_gold") != figs.get("articles_pred"):
        fail(msgs, "article counts differ")


def accounting(g, page_text, msgs):
    """Every printed character is in the gold, and every gold character is printed."""
    pc = Counter(squash(page_text))
    gc = Counter()
    for a in g["articles"]:
        for f in FIELDS:
            gc.update(squash(a[f]))
        for p in a["paragraphs"]:
            gc.update(squash(p))
    for s in g["extras"] + g["duplicates"]:
        gc.update(squash(s))
    extra_in_page = pc - gc
    missing = gc - pc
    if set(extra_in_page) - MARKER_GLYPHS:
        fail(msgs, f"{g['source']}: printed but not in gold: {dict(extra_in_page)}")
    if missing:
        fail(msgs, f"{g['source']}: in gold but not printed: {dict(missing)}")
    # every paragraph and headline must be found in the page as printed (up to layout)
    flat = squash(page_text)
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle", "byline", "column"):
            if squash(a[f]) and squash(a[f]) not in flat:
                fail(msgs, f"{g['source']}: {f} {a[f]!r} not printed as one piece")


def shape(golds, names, msgs):
    if len(golds) != 14:
        fail(msgs, f"{len(golds)} pages, want 14")
    sys.path.insert(0, str(HERE))
    import compose  # noqa: E402  (same folder)
    srcs = sorted((HERE / "src").glob("p*.txt"))
    metas = [compose.parse(s)["page"] for s in srcs]
    lay = Counter(m["layout"] for m in metas)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(msgs, f"layouts {dict(lay)}, want 7 column + 7 paragraph")
    years = Counter(g["issue_date"][:4] for g in golds)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(msgs, f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(msgs, f"unexpected years {set(years) - set(YEARS)}")
    fronts = [(g, m) for g, m in zip(golds, metas) if g["issue_number"] or g["page_count"]]
    if sorted(g["issue_date"][:4] for g, _ in fronts) != sorted(FRONT_YEARS):
        fail(msgs, f"front pages in {[g['issue_date'] for g, _ in fronts]}")
    for g, m in fronts:
        if not (g["issue_number"] and g["page_count"] and m["pageno"] == "1"):
            fail(msgs, f"{g['source']}: front page lacks issue number / page count")
        if not g["extras"] or g["issue_number"] not in g["extras"][0]:
            fail(msgs, f"{g['source']}: masthead not in extras")
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        twos = [g2 for g2, m2 in zip(golds, metas)
                if m2["pageno"] == "2" and g2["issue_date"] == g["issue_date"]]
        ups = [a for g2 in twos for a in g2["articles"]
               if a["kind"] == "continuation" and a["continued"].startswith("上接1版")]
        if not downs or not ups or len(downs) != len(ups):
            fail(msgs, f"{g['source']}: jumps 下转2版 {len(downs)} / 上接1版 {len(ups)}")
    for g, n in zip(golds, names):
        text = (HERE / "pages" / n).read_text(encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(msgs, f"{n}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(msgs, f"{n}: {len(g['articles'])} articles")
        want = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if n[4:20] != want or not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", n):
            fail(msgs, f"{n}: name does not match the text hash {want}")
        gtext = (HERE / "gold" / (n[:-4] + ".json")).read_text(encoding="utf-8")
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != gtext:
            fail(msgs, f"{n}: gold not in the seeds' json layout")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(msgs, f"{n}: gold key order")
        if g["source"] != n:
            fail(msgs, f"{n}: gold source {g['source']}")
        accounting(g, text, msgs)
    kinds = Counter(a["kind"] for g in golds for a in g["articles"])
    for k in ("news", "commentary", "feature", "photo", "continuation", "other"):
        if not kinds[k]:
            fail(msgs, f"no article of kind {k}")


def windows(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    for w in sorted(GENERIC, key=len, reverse=True):
        text = text.replace(w, "\n")
    text = re.sub(r"\s+", lambda m: "\n" if "\n" in m.group() else "", text)
    out = set()
    for i in range(len(text) - 5):
        w = text[i:i + 6]
        if "\n" in w:
            continue
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def seed_phrases(golds, msgs):
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            seed |= windows(a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"])
            for p in a["paragraphs"]:
                seed |= windows(p)
    hits = Counter()
    for g in golds:
        for a in g["articles"]:
            parts = [a[f] for f in FIELDS] + a["paragraphs"]
            for p in parts:
                for w in windows(p) & seed:
                    hits[w] += 1
    if hits:
        fail(msgs, f"runs shared with the seeds: {sorted(hits)}")


def main() -> int:
    msgs: list[str] = []
    rebuild(msgs)
    names = sorted(p.name for p in (HERE / "pages").glob("*.txt"))
    golds = [json.loads((HERE / "gold" / (n[:-4] + ".json")).read_text(encoding="utf-8"))
             for n in names]
    export_and_score(golds, msgs)
    shape(golds, names, msgs)
    seed_phrases(golds, msgs)
    if msgs:
        for m in msgs:
            print("FAIL:", m)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
