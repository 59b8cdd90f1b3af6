#!/usr/bin/env python3
"""Verify the dev_th set: a perfect export scores 1.000 everywhere with full
coverage and no problem line; the set has the required shape; no 6-character
run (>= 5 Chinese characters) is shared with the seeds' gold headlines and
paragraphs. Prints `check passed`."""
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
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2018": (3, 4), "2021": (3, 4), "2026": (3, 4)}

# generic words blanked before the seed-phrase comparison
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人 习近平新时代中国特色社会主义思想
习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 高质量发展 同比增长 个百分点 百分点
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市
张家界市 湘西土家族苗族自治州 湖南 长沙 新湖南 现代化 社会主义 党的二十大精神 二十大 重要讲话
指示批示精神 全面贯彻 深入学习贯彻 深入贯彻 贯彻落实 乡村振兴 以上 以来 今年以来 近年来 据了解
据悉 会议强调 会议指出 会议要求 会上 副省长 省长 省委书记 常委 副主任 主任 主席 副主席 秘书长
在长沙召开 在长沙举行 比上年增长 比上年 较去年同期 规模以上工业增加值 规模工业增加值 工业增加值 增加值增长 社会消费品零售总额
电子信息制造业 制造业 人力资源和社会保障厅 三年行动计划 基础设施建设 长株潭城际铁路 长株潭 公共文化服务
非物质文化遗产 轨道交通装备 国家科技进步奖 高层次人才 用在刀刃上
重要组成部分 清醒看到 形式主义 各级各部门 十四五 生态环境保护 应急管理厅 专项整治 生活污水治理
核心竞争力 进出口总额 国家和地区 电动自行车 消防安全 延伸产业链 就业岗位 经济发展 继续实施 持续增强
出口增长 其中 召开 举行 出席 讲话 新时代 中国特色 国家级 省级 全省 全国 我省 我国
""".split(), key=len, reverse=True)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(squash(w), "□" * len(w))
    return s


def cjk(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def texts(g):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        for p in a["paragraphs"]:
            yield p


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")
    # ---- perfect export
    arts, sources = [], []
    layouts = Counter()
    years = Counter()
    fronts = []
    for i, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.name != f"{i:03d}_{h}.txt":
            fail(f"bad page name {pf.name}")
        if gf.name != pf.name[:-4] + ".json":
            fail(f"gold name {gf.name} does not match {pf.name}")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not in the seeds' json layout")
        if list(g) != KEYS or g["source"] != pf.name:
            fail(f"{gf.name}: keys/source")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind {a.get('title')}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace in paragraph {p[:20]}")
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
        layouts["column" if text.startswith(" ") else "para"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] is not None:
            fronts.append(g)
    if layouts != Counter(column=7, para=7):
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if sum(years.values()) != 14 or set(years) != set(YEARS):
        fail(f"years {years}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g in fronts} != {"2016", "2021"}:
        fail("front pages")
    allg = [json.loads(f.read_text(encoding="utf-8")) for f in golds]
    for fg in fronts:
        if not fg["page_count"]:
            fail("front page count")
        if not any(a["continued"].startswith("下转2版") for a in fg["articles"]):
            fail("front page without 下转2版")
        if not any(g["issue_date"] == fg["issue_date"] and g is not fg and
                   any(a["continued"].startswith("上接1版") for a in g["articles"]) for g in allg):
            fail("front page's page 2 missing")
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left")
    # ---- seed phrases
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(f.read_text(encoding="utf-8"))):
            b = blank(t)
            for i in range(len(b) - 5):
                seed.add(b[i:i + 6])
    bad = []
    for gf, g in zip(golds, allg):
        for t in texts(g):
            b = blank(t)
            for i in range(len(b) - 5):
                w = b[i:i + 6]
                if sum(cjk(c) for c in w) >= 5 and w in seed:
                    bad.append(f"{gf.name[:3]} {w}")
    if bad:
        fail("seed phrases shared: " + ", ".join(sorted(set(bad))))
    print("check passed")


if __name__ == "__main__":
    main()
