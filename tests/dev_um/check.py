#!/usr/bin/env python3
"""Verify the dev_um test set; prints `check passed` when everything holds.

1. pages/, gold/ and README.md are exactly what compose.py builds from src/.
2. The set's shape: 14 pages, 7 per layout, years, front pages and their
   page-2 jumps, 4,500–6,500 characters and 7–13 articles a page, file names,
   the gold format of /work/shared/gold.
3. Every gold string is printed on its page (nothing invented), and nothing of
   a page is lost (scorer coverage).
4. No run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (generic words blanked first).
5. The export a perfect segmenter would print scores 1.000 on every figure.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

import compose

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORE = Path("/work/shared/tools/score.py")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
YEARS = {"2016": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2018", "2021"}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, and set phrases every report of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 新湖南客户端 华声在线 湖南图片库
中共中央 党中央 国务院 全国人大 全国政协 省委 省政府 省人大常委会 省政协 省纪委监委
省人大 省委常委 省委书记 省长 副省长 省委副书记 省委秘书长 省政府秘书长 秘书长
省发展改革委 省工信厅 省商务厅 省人社厅 省人力资源和社会保障厅 省农业农村厅 省农业厅 省交通运输厅
省文化和旅游厅 省文物局 省教育厅 省卫生健康委 省自然资源厅 省水利厅 省财政厅 省应急管理厅
省气象局 省统计局 省市场监管局 国网湖南省电力有限公司 国网湖南电力 长沙海关 海关总署
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳市 邵阳 岳阳市 岳阳
常德市 常德 张家界市 张家界 益阳市 益阳 郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底
湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 湘江 北京 上海 广州 广东 江苏 浙江 全省 全市 全县 我省 全国
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神 党的二十大
二十届 十九届 新时代 中国特色社会主义 高质量发展 三高四新 现代化新湖南 社会主义现代化
相关负责人 有关负责人 负责人介绍 负责人表示 记者从 记者今天从 今天 获悉 同比增长 比上年增长 增长
规模以上工业 规模以上 工业增加值 增加值 进出口总值 进出口 亿元 万元 万吨 万亩 百分点
出席会议 出席并讲话 主持召开 召开 会议强调 会议指出 会议要求 会议提出 会议透露 在长沙召开 在长沙举行
深入学习贯彻 学习贯彻 贯彻落实 重要讲话和指示批示精神 重要讲话 指示批示精神 决策部署 扎实推进 统筹推进
产业链 供应链 省委人才工作领导小组办公室 低温雨雪冰冻 新能源汽车 公共文化服务 非物质文化遗产 专项整治 怀化国际陆港 国际陆港 人力资源服务 核心竞争力 政府工作报告 基础设施建设 基础设施 劳动密集型产业 春风行动 先进制造业 数字经济 乡村振兴 新型工业化 现代化产业体系 以旧换新 中非经贸
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def covered(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def main() -> int:
    problems: list[str] = []
    bad = problems.append
    built = compose.build_all()

    # 1. byte-for-byte rebuild ---------------------------------------------
    want_pages = {b["name"] + ".txt": b["text"] for b in built.values()}
    want_gold = {b["name"] + ".json": b["gold"] for b in built.values()}
    have_pages = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "pages").glob("*")}
    have_gold = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "gold").glob("*")}
    if want_pages != have_pages:
        bad("pages/ differs from what compose.py builds")
    if want_gold != have_gold:
        bad("gold/ differs from what compose.py builds")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(built):
        bad("README.md differs from what compose.py builds")

    # 2. shape ---------------------------------------------------------------
    if len(built) != 14:
        bad(f"{len(built)} pages, want 14")
    layouts = Counter(b["page"].meta["layout"] for b in built.values())
    if layouts != Counter(column=7, paragraph=7):
        bad(f"layouts {dict(layouts)}")
    years = Counter(b["page"].meta["date"][:4] for b in built.values())
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            bad(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        bad(f"unexpected years {set(years) - set(YEARS)}")
    golds = {}
    for i, (srcname, b) in enumerate(built.items()):
        name, text, m = b["name"], b["text"], b["page"].meta
        if name != f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            bad(f"{name}: file name does not match the page text")
        g = json.loads(b["gold"], object_pairs_hook=OrderedDict)
        golds[srcname] = g
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != b["gold"]:
            bad(f"{name}: gold not in indent=1 form")
        if list(g) != TOP_KEYS:
            bad(f"{name}: top keys {list(g)}")
        if g["source"] != name + ".txt" or g["issue_date"] != m["date"]:
            bad(f"{name}: source/date fields")
        n = compose.nchars(text)
        if not 4500 <= n <= 6500:
            bad(f"{name} ({srcname}): {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            bad(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != ART_KEYS:
                bad(f"{name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                bad(f"{name}: kind {a['kind']}")
            if not a["paragraphs"] or any(re.search(r"\s", p) or not p for p in a["paragraphs"]):
                bad(f"{name}: empty paragraph or whitespace in a paragraph of {a['title'][:10]}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    bad(f"{name}: subhead {s} not among the paragraphs")
            if a["kind"] == "photo" and not a["byline"]:
                bad(f"{name}: photo without credit")
        year = m["date"][:4]
        if m.get("front"):
            if year not in FRONT_YEARS:
                bad(f"{name}: front page in {year}")
            if not (g["issue_number"] and g["page_count"] and g["extras"]):
                bad(f"{name}: front page without issue number / page count / masthead")
            if m["page"] != "1":
                bad(f"{name}: front page is page {m['page']}")
            jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
            p2 = [golds2 for s2, golds2 in ((s2, json.loads(b2["gold"])) for s2, b2 in built.items())
                  if built[s2]["page"].meta["date"] == m["date"] and built[s2]["page"].meta["page"] == "2"]
            if not jumps or not p2 or not any(a["continued"].startswith("上接1版")
                                              for a in p2[0]["articles"]):
                bad(f"{name}: front page does not jump to its page 2 in the set")
        elif g["issue_number"] is not None or g["page_count"] is not None:
            bad(f"{name}: issue number on a non-front page")
    fronts = [b for b in built.values() if b["page"].meta.get("front")]
    if sorted(b["page"].meta["date"][:4] for b in fronts) != sorted(FRONT_YEARS):
        bad("want one front page in each of " + ", ".join(sorted(FRONT_YEARS)))

    # 3. gold printed on the page --------------------------------------------
    for srcname, b in built.items():
        g = golds[srcname]
        hay = squash(b["text"])
        strs = []
        for a in g["articles"]:
            strs += [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline")]
            strs += a["paragraphs"]
        strs += g["extras"] + g["duplicates"]
        for s in strs:
            q = squash(s)
            if q and covered(q, hay) != len(q):
                bad(f"{b['name']}: gold text not on the page: {s[:30]}")

    # 4. seed phrases ------------------------------------------------------------
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(blank(s)))
    for srcname, g in golds.items():
        for a in g["articles"]:
            for s in [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline")] \
                    + a["paragraphs"] + a["subheads"]:
                for gr in grams(blank(s)):
                    if gr in seed:
                        bad(f"{srcname}: shares seed phrase {gr!r} in {squash(s)[:24]}")

    # 5. perfect export, scored --------------------------------------------------
    export = {"articles": [], "sources": []}
    for srcname, b in built.items():
        g = golds[srcname]
        for a in g["articles"]:
            e = dict(a)
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + b["page"].markers})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
        rj = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                             "--pages", str(HERE / "pages"), "--json"], capture_output=True, text=True)
    print(r.stdout, end="")
    for ln in r.stdout.splitlines():
        if ln.startswith("--- ") or ln.startswith("    "):
            bad(f"scorer problem line: {ln.strip()}")
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                bad(f"cjk_space_left {v}")
        elif v is None or round(v, 3) != 1.0:
            bad(f"{k} = {v}")
    if figs.get("coverage") != 1.0:
        bad(f"coverage {figs.get('coverage')} is not exactly 1")
    if figs["articles_gold"] != figs["articles_pred"]:
        bad("article counts differ")

    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
