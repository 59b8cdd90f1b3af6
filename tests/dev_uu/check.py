#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
GENERIC = ["湖南日报", "全媒体记者", "华声在线", "新湖南客户端", "通讯员", "相关负责人", "负责人", "记者从",
           "高质量发展", "习近平", "总书记", "新时代中国特色社会主义思想", "党中央", "国务院", "省委", "省政府",
           "省人大常委会", "省政协", "湖南省", "我省", "全省", "长沙市", "长沙", "株洲", "湘潭", "衡阳", "岳阳",
           "常德", "怀化", "郴州", "永州", "邵阳", "益阳", "娄底", "张家界", "湘西土家族苗族自治州", "湘西",
           "同比增长", "百分点", "亿元", "万元", "规模以上", "工业和信息化", "中国特色社会主义", "现代化新湖南",
           "三高四新", "美好蓝图", "战略定位和使命任务", "乡村振兴", "在长沙召开", "在长沙举行", "出席并讲话",
           "省委常委", "副省长", "省长", "省委书记", "有关部门", "各级各部门", "党风廉政建设", "数字经济",
           "人工智能", "先进制造业", "新湖南", "湖南", "中国", "今年以来", "近年来", "据了解", "会议强调",
           "会议指出", "会议要求", "工作会议", "国家级", "省级", "以上", "全国", "记者", "评论员", "摄影报道",
           "湖南图片库", "自治州", "党组书记", "副主任", "主任", "书记", "副书记", "开发区", "经开区", "高新区", "形式主义", "官僚主义", "农产品加工", "农产品", "深入学习贯彻", "重要讲话精神", "贯彻落实", "工业互联网", "外商投资企业",
           "产业项目", "实际问题", "体系建设", "历史同期", "重点任务", "新一代", "有限公司", "轨道交通装备", "中非经贸", "钉钉子精神", "党员干部", "人力资源和社会保障", "目标任务", "法治思维", "特殊群体", "数字化转型", "软件和信息技术服务", "产业集聚区", "信息技术", "非物质文化遗产", "核心竞争力", "智能算力", "新型基础设施", "千家万户", "过去一年", "新能源汽车", "提质增效", "分别增长"]
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")
fails = []


def fail(msg):
    fails.append(msg)


def blank(s):
    for g in GENERIC:
        s = s.replace(g, "\u0000")
    return re.sub(r"\s+", "", s)


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def main():
    files = compose.build_all()
    # 1. byte-for-byte rebuild
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    layouts, years = Counter(), Counter()
    fronts = []
    cont = {}
    srcmeta = {}
    for i, sp in enumerate(sorted(compose.SRC.glob("p*.txt")), 1):
        pg = compose.Page(sp)
        srcmeta[i] = pg.meta
        layouts[pg.meta["layout"]] += 1
        years[pg.meta["date"][:4]] += 1
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2018", "2019", "2022", "2026"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    exp_arts, exp_srcs = [], []
    for i, (tp, gp) in enumerate(zip(pages, golds), 1):
        text = tp.read_text(encoding="utf-8")
        gold = json.loads(gp.read_text(encoding="utf-8"))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if tp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json" or gold["source"] != tp.name:
            fail(f"file naming: {tp.name}")
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{gp.name}: key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
                           "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{tp.name}: {n} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{tp.name}: {na} articles")
        if gold["issue_number"]:
            fronts.append(i)
            if not (gold["page_count"] and srcmeta[i].get("page") == "1"):
                fail(f"{tp.name}: front page without page count")
        for a in gold["articles"]:
            if a["continued"]:
                cont.setdefault(i, []).append(a["continued"])
        for a in gold["articles"]:
            b = dict(a)
            b.update(source=gold["source"], issue_date=gold["issue_date"], title_derived=False)
            exp_arts.append(b)
        exp_srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                         "extras": gold["extras"] + gold["duplicates"]})
    if len(fronts) != 2:
        fail(f"front pages: {fronts}")
    for f in fronts:
        if "下转2版" not in cont.get(f, []) or not any(c.startswith("上接1版") for c in cont.get(f + 1, [])) \
                or srcmeta[f + 1].get("page") != "2" or srcmeta[f + 1]["date"] != srcmeta[f]["date"]:
            fail(f"front page {f:03d} does not jump to its page 2 (next file)")
    if sorted(srcmeta[f]["date"][:4] for f in fronts) != ["2019", "2026"]:
        fail("front pages must be in 2019 and 2026")
    # 3. perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps({"articles": exp_arts, "sources": exp_srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail("cjk_space_left not 0")
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")
    # 4. seed-phrase rule
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    shared = Counter()
    for gp in golds:
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            for g in grams(blank(t)) & seed:
                shared[g] += 1
                fail(f"{gp.name}: shares seed phrase {g!r}")
    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
