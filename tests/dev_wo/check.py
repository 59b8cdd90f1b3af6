#!/usr/bin/env python3
"""Verify the set: rebuild in memory, score a perfect export, check shape and seed phrases.

    python3 check.py          prints `check passed` or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
import compose  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

# generic words blanked before the seed-phrase comparison: institution and place names,
# set phrases of the paper.  Kept short on purpose.
GENERIC = [
    "中国特色社会主义", "习近平新时代", "习近平总书记", "党中央", "国务院", "高质量发展",
    "湖南日报", "全媒体记者", "全媒体评论员", "相关负责人", "通讯员", "负责人",
    "省委常委", "省委书记", "副省长", "省政府", "省委", "省人大常委会", "省政协",
    "省交通运输厅", "省工信厅", "省商务厅", "省卫生健康委", "省文化和旅游厅", "省财政厅",
    "长沙海关", "国家税务总局湖南省税务局", "中国人民银行长沙中心支行",
    "规模以上工业", "同比增长", "比上年增长", "个百分点", "万人次", "亿元",
    "长株潭", "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市",
    "怀化市", "张家界市", "湘西土家族苗族自治州", "湖南省", "全省", "我省",
    "三高四新", "一带一路", "新型工业化", "乡村振兴", "以旧换新", "中非经贸",
    "先进制造业", "产业集群", "产业链", "工业互联网", "数字经济",
    # statistical and sector terms
    "规模工业增加值", "工业增加值", "增加值增长", "制造业增加值", "工业经济运行", "工业经济",
    "工业和信息化厅", "工业和信息化", "软件和信息技术服务业", "新能源汽车", "轨道交通装备",
    "工程机械", "集成电路", "农产品加工", "加工贸易", "保税物流", "高新技术企业", "高新技术产业",
    "技工贸总收入", "规模以上企业", "智能制造", "产业园", "非物质文化遗产", "文化强省",
    "文旅广电局", "人均可支配收入", "中医药传承创新", "医疗卫生服务体系", "服务体系",
    "统计数据显示", "重要组成部分", "创历史同期新高", "安全隐患", "个国家和地区", "基础设施建设",
    "十四五", "示范区", "产业项目", "签约金额", "同比分别增长", "较去年同期", "医养结合",
    "强链补链延链", "协同发展", "持续发力",
    # reporting formulae
    "去年以来", "今年以来", "获悉", "今天发布", "印发通知", "会议要求", "会议强调", "会议总结",
    "出席并讲话", "各级各部门", "在长沙召开", "在长沙举行",
]
CJK = re.compile(r"[\u4e00-\u9fff]")

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def sq(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = sq(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(sq(g), "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def main():
    results = compose.compose_all()
    # 1. the files on disk are exactly what compose.py builds
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if [p.name for p in pages] != [r["fname"] for r in results]:
        fail("pages/ does not match compose.py output (run compose.py)")
    if [g.name for g in golds] != [r["gname"] for r in results]:
        fail("gold/ does not match compose.py output")
    for r in results:
        p, g = HERE / "pages" / r["fname"], HERE / "gold" / r["gname"]
        if not p.exists() or p.read_text(encoding="utf-8") != r["text"]:
            fail(f"{r['fname']}: page differs from rebuild")
        if not g.exists() or g.read_text(encoding="utf-8") != r["gjson"]:
            fail(f"{r['gname']}: gold differs from rebuild")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(results):
        fail("README.md differs from rebuild")

    # 2. the gold format of /work/shared/gold
    seed_g = json.loads(next(SEED_GOLD.glob("*.json")).read_text(encoding="utf-8"))
    top_keys, art_keys = list(seed_g), list(seed_g["articles"][0])
    kinds = {"news", "commentary", "feature", "photo", "continuation", "other"}
    for r in results:
        d = json.loads(r["gjson"])
        if list(d) != top_keys:
            fail(f"{r['gname']}: top-level keys {list(d)}")
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != r["gjson"]:
            fail(f"{r['gname']}: not indent=1 / ensure_ascii=False")
        for a in d["articles"]:
            if list(a) != art_keys:
                fail(f"{r['gname']}: article keys {list(a)}")
            if a["kind"] not in kinds:
                fail(f"{r['gname']}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{r['gname']}: subhead not in paragraphs: {s}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para) and re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", para):
                    fail(f"{r['gname']}: layout space in a gold paragraph: {para[:30]}")
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", r["fname"]):
            fail(f"bad file name {r['fname']}")
        import hashlib
        if hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16] != r["fname"][4:20]:
            fail(f"{r['fname']}: name is not the hash of the text")

    # 2b. every piece of every article printed exactly once, every field shown
    for r in results:
        pg, src = r["page"], r["src"]
        want = []
        for aid, a in src["arts"].items():
            want += [(aid, k) for (k, *_ ) in pg.piece_list(a)]
            for f in ("column", "kicker", "title", "subtitle", "byline"):
                if a[f] and (aid, f) not in pg.shown:
                    fail(f"{r['fname']}: {aid}.{f} never printed")
            if a["dateline"] and (aid, (1, 1)) not in pg.printed:
                fail(f"{r['fname']}: {aid} dateline never printed")
        got = Counter(pg.printed)
        for w in want:
            if got[w] != 1:
                fail(f"{r['fname']}: piece {w} printed {got[w]} times")
        if set(got) - set(want):
            fail(f"{r['fname']}: unknown pieces {set(got) - set(want)}")

    # 3. shape of the set
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    lay = Counter(r["src"]["meta"]["layout"] for r in results)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(r["src"]["meta"]["date"][:4] for r in results)
    if set(years) != {"2017", "2019", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if set(r["src"]["meta"]["punct"] for r in results) != {"full", "mixed", "half"}:
        fail("punctuation widths do not vary over full / mixed / half")
    fronts = [r for r in results if r["gold"]["issue_number"]]
    if sorted(r["src"]["meta"]["date"][:4] for r in fronts) != ["2019", "2024"]:
        fail(f"front pages: {[r['fname'] for r in fronts]}")
    for f in fronts:
        if f["src"]["meta"]["page"] != "1" or not f["gold"]["page_count"]:
            fail(f"{f['fname']}: front page without page 1 / page count")
        if not any(a["continued"].startswith("下转2版") for a in f["gold"]["articles"]):
            fail(f"{f['fname']}: no 下转2版")
        p2 = [r for r in results if r["src"]["meta"]["date"] == f["src"]["meta"]["date"]
              and r["src"]["meta"]["page"] == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                             for a in p2[0]["gold"]["articles"]):
            fail(f"{f['fname']}: no page 2 continuation (上接1版) in the set")
    for r in results:
        n = len(re.sub(r"\s", "", r["text"]))
        if not 4500 <= n <= 6500:
            fail(f"{r['fname']}: {n} characters")
        k = len(r["gold"]["articles"])
        if not 7 <= k <= 13:
            fail(f"{r['fname']}: {k} articles")

    # 4. a perfect export, scored
    arts, srcs = [], []
    for r in results:
        g = r["gold"]
        for a in g["articles"]:
            b = dict(a)
            b["source"] = r["fname"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": r["fname"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"] + r["page"].markers})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out.rstrip())
    figs = {}
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            fail("scorer problem line: " + ln.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", ln)
        if m:
            figs[m.group(1)] = float(m.group(2))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if f"{figs.get(k, 0):.3f}" != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left", 1) != 0:
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # 5. no seed phrase
    seed_grams = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed_grams |= grams(blank(s))
    for r in results:
        hits = set()
        for a in r["gold"]["articles"]:
            for s in [a[f] for f in compose.FIELDS] + a["paragraphs"]:
                hits |= grams(blank(s)) & seed_grams
        hits |= grams(blank(r["text"])) & seed_grams
        if hits:
            fail(f"{r['fname']}: shares seed phrases {sorted(hits)[:8]}")

    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
