#!/usr/bin/env python3
"""Verify the test set: rebuild is byte-identical, a perfect export scores 1.000
on every figure with full coverage, the set has the shape the brief asks for,
and no phrase of the seeds' gold text is reused.

    python3 check.py        # prints `check passed` or the failures
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FAILS: list[str] = []

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases of the paper
GENERIC = sorted("""
湖南日报 华声在线 新湖南客户端 全媒体记者 全媒体评论员 评论员 通讯员 新华社
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委 省委常委
省委书记 省长 副省长 秘书长 省委宣传部 省工信厅 省发展改革委 省商务厅 省公安厅
省应急管理厅 省交通运输厅 省文化和旅游厅 省卫生健康委 省教育厅 省农业农村厅
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大 党的十九大 二十大精神
十九大精神 社会主义现代化新湖南 高质量发展 三高四新 美好蓝图 战略定位 使命任务
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 益阳 娄底 邵阳 永州
张家界 湘西土家族苗族自治州 湘西州 湘江新区 长株潭 中国 全国 我省 全省
相关负责人 主要负责人 负责人介绍 据介绍 据了解 同比增长 百分点 亿元 万元 万辆
规模以上 新能源汽车 数字经济 先进制造业 工业互联网 人工智能 国家级 省级
派出所 公安局 消防救援 反诈 电信网络诈骗 乡村振兴 制造业 产业链 供应链
先进计算 工业和信息化 关键核心技术 中非经贸博览会 各级各部门 负责人说 决策部署 隐患排查 形式主义 官僚主义 现代服务业 非物质文化遗产 社会消费品零售总额 基础设施建设 比上年增长 全面从严治党 从严治党 道路交通安全 交通安全 规模工业 工业增加值 增加值 电子信息 生物医药 新材料 一季度 召开座谈会 主持召开
政府工作报告 深入学习贯彻 现代化新湖南 数字化转型 大数据交易所 轨道交通装备 智能算力 一氧化碳中毒 雨雪冰冻天气 软件和信息技术服务业 分布式光伏 自主研发 应用场景 小巨人 网络零售额
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(squash(w), "□" * len(squash(w)))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
        yield from a["paragraphs"]


def fail(msg):
    FAILS.append(msg)


def digest():
    h = {}
    for p in sorted(list((HERE / "pages").glob("*")) + list((HERE / "gold").glob("*")) + [HERE / "README.md"]):
        h[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return h


def main():
    before = digest()
    sys.path.insert(0, str(HERE))
    import compose
    import contextlib
    import io
    with contextlib.redirect_stdout(io.StringIO()):
        compose.main()
    if digest() != before:
        fail("compose.py does not rebuild the set byte-for-byte")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    srcs = {}
    for sp in sorted((HERE / "src").glob("p*.txt")):
        m = compose.parse(sp)["meta"]
        srcs[m["no"]] = m
    # shape ---------------------------------------------------------------
    keys = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
    akeys = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
             "subheads", "paragraphs"]
    years, layouts, fronts = Counter(), Counter(), []
    by_date = {}
    arts_all = []
    for pg in pages:
        text = pg.read_text(encoding="utf-8")
        no = pg.name[:3]
        want = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        if pg.name != want:
            fail(f"{pg.name}: name does not match the page hash ({want})")
        gp = HERE / "gold" / (pg.stem + ".json")
        if not gp.exists():
            fail(f"{pg.name}: no gold file")
            continue
        raw = gp.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not in the gold layout (indent=1, ensure_ascii=False)")
        if list(gold) != keys or gold["source"] != pg.name:
            fail(f"{gp.name}: keys or source wrong")
        for a in gold["articles"]:
            if list(a) != akeys:
                fail(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {s!r} not among the paragraphs")
            arts_all.append((gold["issue_date"], a))
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{pg.name}: {n} characters (4,500–6,500 wanted)")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{pg.name}: {na} articles (7–13 wanted)")
        meta = srcs.get(no, {})
        if meta.get("date") != gold["issue_date"]:
            fail(f"{pg.name}: issue date differs from its source")
        years[gold["issue_date"][:4]] += 1
        layouts[meta.get("layout")] += 1
        by_date.setdefault(gold["issue_date"], {})[meta.get("page")] = gold
        if gold["issue_number"]:
            fronts.append(gold)
            if not gold["page_count"]:
                fail(f"{pg.name}: front page without page count")
            if not any(e for e in gold["extras"] if gold["issue_number"] in e):
                fail(f"{pg.name}: masthead issue number not among the extras")
        # era of bylines
        yr = int(gold["issue_date"][:4])
        for a in gold["articles"]:
            d = a["dateline"] + a["byline"]
            if yr < 2019 and "全媒体" in d:
                fail(f"{pg.name}: 全媒体 before 2019: {d}")
            if yr >= 2019 and re.search(r"(?<!全媒体)记者", a["dateline"]) and "湖南日报" in a["dateline"] \
                    and "客户端" not in a["dateline"] and "华声" not in a["dateline"]:
                fail(f"{pg.name}: bare 记者 after 2019: {d}")
    if dict(years) != {"2016": 4, "2018": 3, "2022": 4, "2026": 3}:
        fail(f"pages per year: {dict(years)}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts: {dict(layouts)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2016", "2022"]:
        fail("front pages wanted in 2016 and 2022")
    for g in fronts:
        p2 = by_date.get(g["issue_date"], {}).get("2")
        down = [a for a in g["articles"] if re.search(r"下转\s*2\s*版", a["continued"])]
        if not p2 or not down:
            fail(f"{g['source']}: front page without a 下转2版 story or its page 2")
            continue
        up = [a for a in p2["articles"] if a["kind"] == "continuation" and "上接1版" in squash(a["continued"])]
        if len(up) < len(down):
            fail(f"{g['source']}: page 2 lacks the 上接1版 continuations")
    # seed phrases ------------------------------------------------------------
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    shared = Counter()
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            for g in grams(blank(t)) & seed:
                shared[(gf.name[:3], g)] += 1
    for (no, g), _ in sorted(shared.items()):
        fail(f"page {no}: shares {g!r} with the seeds")
    # perfect export ------------------------------------------------------------
    export = {"articles": [], "sources": []}
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            b = {"source": gold["source"], "issue_date": gold["issue_date"], **a, "title_derived": False}
            export["articles"].append(b)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if FAILS:
        for f in FAILS[:80]:
            print("FAIL", f)
        print(f"check failed ({len(FAILS)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
