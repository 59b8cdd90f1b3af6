#!/usr/bin/env python3
"""Verify the set: rebuild, score a perfect export, shape, seed-phrase rule.

    python3 check.py        -> prints `check passed` (exit 0) or the failures
"""
from __future__ import annotations

import collections
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True   # keep the set folder clean

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016", "2019", "2022", "2026"}
CJK = re.compile(r"[\u4e00-\u9fff]")

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases that any Hunan Daily page prints
GENERIC = """
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 新华社 相关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 党中央 国务院
省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长 省委副书记 省纪委监委 纪委监委
中国特色社会主义 社会主义现代化新湖南 全面建设社会主义现代化 高质量发展 三高四新 美好蓝图
新时代 现代化 中华民族 总书记 重要讲话 重要指示 指示批示精神 关于湖南工作的 以习近平同志为核心的
同比增长 同比下降 比上年增长 增长 百分点 亿元 万元 万吨 万辆 万人 万户 平方公里 个百分点
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 湘江 资江 沅江 澧水 东洞庭湖 西洞庭湖 南洞庭湖
湖南省 全省 我省 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
省发展改革委 省工信厅 省教育厅 省生态环境厅 省住房城乡建设厅 省自然资源厅 省水利厅 省林业局
省交通运输厅 省商务厅 省卫生健康委 省财政厅 省人社厅 省应急管理厅 省市场监管局 省统计局
国家发展改革委 生态环境部 教育部 工业和信息化部 住房和城乡建设部 自然资源部 海关总署 长沙海关
新能源汽车 新型储能 锂离子电池 动力电池 老旧小区改造 城市更新 课后服务 义务教育 中小学
人工智能 工业互联网 先进制造业 产业集群 产业链 供应链 数字经济 乡村振兴 生态环境保护
以旧换新 营商环境 一带一路 长江经济带 共抓大保护 不搞大开发 绿水青山就是金山银山
自然资源和规划 新一轮找矿突破战略行动 工作会议 规模以上企业 将重点推进 各级各部门 微信公众号 领导小组 广大党员干部 以实际行动 规模以上工业增加值 规模工业增加值 工业增加值 制造业增加值 社会消费品零售总额 隐患排查整治 思想和行动统一到 全国两会精神 决策部署 各级党组织 党和国家事业 田间地头 十四五 十五五 十三五 工业和信息化 增速高于全国 提供有力支撑 有力支撑 产业集聚区 国家和地区 专项整治行动 增进民生福祉 走出去 改善人居环境 基础设施建设 充电基础设施 清醒看到 会议强调 会议要求 会议指出 会议提出 三年行动计划 移送司法机关 有关负责人
近日 今天 日前 目前 今年以来 据了解 据介绍 记者了解到 记者从 获悉 今年 去年 明年
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)

FAIL: list[str] = []


sys.path.insert(0, str(SCORE.parent))
from score import covered, squash  # noqa: E402  (the scorer's own text helpers)


def fail(msg: str):
    FAIL.append(msg)


def blank_generic(s: str) -> str:
    for w in GENERIC_WORDS:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank_generic(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                out |= grams(a[f])
            for p in a["paragraphs"]:
                out |= grams(p)
    return out


def rebuild_identical():
    """compose.py run afresh in a scratch copy must give the same bytes."""
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        shutil.copytree(HERE / "src", t / "src")
        shutil.copy(HERE / "compose.py", t / "compose.py")
        shutil.copy(HERE / "README.in", t / "README.in")
        r = subprocess.run([sys.executable, str(t / "compose.py")], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed in a scratch copy: " + r.stderr[-500:])
            return
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh build: {sorted(set(a) ^ set(b))}")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md differs from a fresh build")


def main():
    rebuild_identical()
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    sys.path.insert(0, str(HERE))
    import compose  # noqa: E402
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        m = compose.parse_source(src)["meta"]
        metas[m["seq"]] = m
    layouts = collections.Counter(m["layout"] for m in metas.values())
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {dict(layouts)}, want 7 column + 7 paragraph")
    puncts = collections.Counter(m["punct"] for m in metas.values())
    if set(puncts) != {"full", "mixed", "half"}:
        fail(f"punctuation styles {dict(puncts)}")

    sgrams = seed_grams()
    export = {"articles": [], "sources": []}
    years = collections.Counter()
    fronts = []
    by_date = collections.defaultdict(list)
    for pf in pages:
        text = pf.read_text(encoding="utf-8")
        want = pf.name[:4] + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + ".txt"
        if pf.name != want or not re.fullmatch(r"0(0[1-9]|1[0-4])_[0-9a-f]{16}\.txt", pf.name):
            fail(f"{pf.name}: name should be {want}")
        gf = HERE / "gold" / pf.name.replace(".txt", ".json")
        if not gf.exists():
            fail(f"{gf.name} missing")
            continue
        gtext = gf.read_text(encoding="utf-8")
        g = json.loads(gtext)
        if json.dumps(g, indent=1, ensure_ascii=False) + "\n" != gtext:
            fail(f"{gf.name}: not in the seeds' JSON layout (indent=1, ensure_ascii=False)")
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        if g["source"] != pf.name:
            fail(f"{gf.name}: source {g['source']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pf.name}: {n} characters (4500-6500)")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles (7-13)")
        years[g["issue_date"][:4]] += 1
        m = metas.get(pf.name[:3], {})
        by_date[g["issue_date"]].append((m.get("page"), g))
        if g["issue_number"] is not None:
            fronts.append(g)
            if not (isinstance(g["issue_number"], str) and isinstance(g["page_count"], int)):
                fail(f"{gf.name}: issue_number must be a string, page_count an int")
        raw_sq = squash(text)
        for a in g["articles"]:
            # everything the gold says is printed on the page (pieces of 4+ chars)
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                if squash(a[f]) and squash(a[f]) not in raw_sq:
                    fail(f"{gf.name}: {f} {a[f]!r} is not printed on the page")
            for p in a["paragraphs"]:
                q = squash(p)
                if covered(q, raw_sq) != len(q):
                    fail(f"{gf.name}: paragraph not found on the page: {p[:30]!r}")
            if list(a) != AKEYS:
                fail(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead {s!r} not among the paragraphs")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、；：（）《》]\s+[\u4e00-\u9fff“”，。、；：（）《》]", p):
                    fail(f"{gf.name}: space between CJK characters in a paragraph: {p[:30]!r}")
            texts = [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
            for t in texts:
                hit = grams(t) & sgrams
                if hit:
                    fail(f"{gf.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]!r}")
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(b)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if set(years) != YEARS or not all(2 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    # two front pages, each jumping to its page 2 in the set
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2016", "2022"}:
        fail(f"front pages: {[f['source'] for f in fronts]}")
    for f in fronts:
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        p2 = [g for pg, g in by_date[f["issue_date"]] if pg == "2"]
        up = [a for g in p2 for a in g["articles"] if a["continued"].startswith("上接1版")]
        if not down or not p2 or len(up) != len(down):
            fail(f"{f['source']}: jump 下转2版 / 上接1版 not matched ({len(down)} / {len(up)})")
        if not f["extras"]:
            fail(f"{f['source']}: front page without masthead extras")

    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
        rj = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                             "--pages", str(HERE / "pages"), "--json"], capture_output=True, text=True)
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        want = 0 if k == "cjk_space_left" else 1.0
        if v != want:
            fail(f"exact figure {k} = {v!r}, want {want}")
    if figs["articles_gold"] != figs["articles_pred"]:
        fail("article counts differ")
    out = r.stdout
    print(out.rstrip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem: " + line.strip())
        mm = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if mm and mm.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if float(mm.group(2)) != 1.0:
                fail(f"{mm.group(1)} = {mm.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail(line)
        if line.startswith("coverage") and line.split()[-1] != "1.000":
            fail(line)
    if "coverage" not in out:
        fail("no coverage figure")
    if r.returncode:
        fail("score.py exit " + str(r.returncode) + r.stderr[-300:])
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
