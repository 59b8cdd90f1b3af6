#!/usr/bin/env python3
"""Verify the set: perfect-export score, shape, seed-phrase rule. Prints `check passed`."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

fails = []


def fail(msg):
    fails.append(msg)


golds = sorted((HERE / "gold").glob("*.json"))
pages = sorted((HERE / "pages").glob("*.txt"))
srcs = sorted((HERE / "src").glob("p*.txt"))

# ---- perfect export
export = {"articles": [], "sources": []}
for gf, sp in zip(golds, srcs):
    g = json.loads(gf.read_text(encoding="utf-8"))
    page = compose.parse(sp)
    markers = [c.partition(" ")[2] for c in page["layout"] if c.startswith("marker ")]
    for a in g["articles"]:
        e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
        e.update({k: v for k, v in a.items() if k != "subheads"})
        export["articles"].append(e)
    export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                              "extras": g["extras"] + g["duplicates"] + markers})
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
    json.dump(export, fh, ensure_ascii=False)
    ex = fh.name
r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), ex, str(HERE / "gold"),
                    "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
out = r.stdout
print(out.strip())
for line in out.splitlines():
    if line.startswith("---") or line.startswith("    "):
        fail("score problem: " + line.strip())
    m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
    if m and "." in m.group(2):
        k, v = m.group(1), float(m.group(2))
        if k.endswith(("_f1", "_acc", "_ok", "precision", "recall")) or k == "coverage":
            if round(v, 3) != 1.0:
                fail(f"{k} = {v}")
    if line.startswith("cjk_space_left") and line.split()[-1] != "0":
        fail(line)
if "coverage" not in out:
    fail("no coverage figure")

# ---- shape
if len(golds) != 14 or len(pages) != 14 or len(srcs) != 14:
    fail(f"counts: gold {len(golds)} pages {len(pages)} src {len(srcs)}")
lay, years = Counter(), Counter()
fronts = 0
for i, (gf, pf, sp) in enumerate(zip(golds, pages, srcs), 1):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text = pf.read_text(encoding="utf-8")
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if pf.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json" or g["source"] != pf.name:
        fail(f"name/hash mismatch {pf.name}")
    meta = compose.parse(sp)["meta"]
    lay[meta["layout"]] += 1
    years[g["issue_date"][:4]] += 1
    n = len(re.sub(r"\s", "", text))
    if not 4500 <= n <= 6500:
        fail(f"{pf.name}: {n} characters")
    if not 7 <= len(g["articles"]) <= 13:
        fail(f"{pf.name}: {len(g['articles'])} articles")
    if list(g.keys()) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
        fail(f"{gf.name}: key order")
    for a in g["articles"]:
        if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                              "continued", "subheads", "paragraphs"]:
            fail(f"{gf.name}: article key order")
        if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
            fail(f"{gf.name}: kind {a['kind']}")
    if g["issue_number"]:
        fronts += 1
        if not g["page_count"]:
            fail(f"{gf.name}: front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{gf.name}: front page without jump")
        nxt = json.loads(golds[i].read_text(encoding="utf-8"))
        if nxt["issue_date"] != g["issue_date"] or not any(
                a["continued"].startswith("上接1版") for a in nxt["articles"]):
            fail(f"{gf.name}: page 2 with 上接1版 missing")
    # rebuild equals stored
    _, t2, g2, e2, d2, _ = compose.compose_page(sp)
    if t2 != text:
        fail(f"{pf.name}: not reproducible")
if lay != Counter(column=7, paragraph=7):
    fail(f"layouts {lay}")
if set(years) != {"2015", "2017", "2021", "2024", "2026"} or not all(2 <= v <= 3 for v in years.values()):
    fail(f"years {years}")
if fronts != 2:
    fail(f"front pages {fronts}")

# ---- seed-phrase rule
GENERIC = [
    "习近平新时代中国特色社会主义思想", "中国特色社会主义", "习近平总书记", "党中央", "国务院",
    "湖南日报", "全媒体记者", "全媒体评论员", "通讯员", "相关负责人", "同比增长", "同比下降",
    "高质量发展", "湖南省", "省委书记", "省委副书记", "省长", "副省长", "省委常委", "省政协",
    "省人大常委会", "省委", "省政府", "长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "郴州", "怀化",
    "张家界", "益阳", "娄底", "邵阳", "永州", "湘西土家族苗族自治州", "现代化新湖南", "新湖南",
    "百分点", "亿元", "万元", "出席", "讲话", "会议", "召开", "进出口", "规模以上工业", "增加值",
    "先进制造业", "产业链", "工业互联网", "新能源汽车", "以上", "今年", "去年", "近日", "今天",
    "我省", "全省", "前10个月", "1至10月",
    # set phrases and standing terms of the paper
    "中央八项规定精神", "党风廉政建设", "全国两会精神", "全面深化改革", "社会消费品零售总额",
    "人均可支配收入", "非物质文化遗产", "高新技术", "轨道交通装备", "大宗商品", "外商投资企业",
    "基础设施建设", "农村人居环境", "公共文化服务", "公共图书馆", "农产品加工", "中南林业科技大学",
    "外贸稳定增长", "机电产品", "三年行动计划", "产业项目", "研究部署", "钉钉子精神", "走出去",
    "建言献策", "招商引资", "过去一年", "同比分别增长", "增速高于全国", "智能装备", "统筹推进",
    "工作情况汇报", "深入基层", "加快发展", "各级各部门", "重要组成部分", "国家和地区",
    "摆在突出位置", "指明了方向", "强调", "指出",
    "专精特新", "小巨人", "智赋万企", "一带一路", "三高四新", "十五五", "新型基础设施",
    "关键核心技术", "现代化产业体系", "高端化、智能化、绿色化", "中非经贸", "以旧换新",
    "低温雨雪冰冻", "全面从严治党", "政府工作报告", "人力资源和社会保障", "体制机制改革",
    "科技创新", "生态环境保护", "乡村振兴", "新一代信息技术", "特色产业集群", "中小企业",
    "电子信息", "生物医药", "太阳能电池", "工程机械", "湘商回归", "忠诚干净担当", "道路交通安全",
    "专项整治", "腐败问题", "若干政策措施", "专题调研", "年度目标任务", "技术合同成交额",
    "党纪政务处分", "立案审查调查", "提振消费专项行动", "深度合作先行区", "核心竞争力",
    "中小航空发动机", "一氧化碳中毒", "形式主义", "梯度培育", "解决实际问题", "重大工程建设",
    "生态保护修复", "深入学习贯彻", "规模性返贫", "新业态新模式", "书记、副主任", "深度融合",
    "农业强省", "新三样", "电子元器件", "工业经济运行", "先进计算",
]


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u0001")
    return re.sub(r"\s", "", s)


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u0001" in w:
            continue
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


seed = set()
for gf in sorted((SHARED / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    for a in g["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed |= grams(blank(compose.punct(t, "full")))
            seed |= grams(blank(t))
hits = Counter()
for gf in golds:
    g = json.loads(gf.read_text(encoding="utf-8"))
    for a in g["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for w in grams(blank(t)) & seed:
                hits[(gf.name[:3], w)] += 1
for (p, w), n in sorted(hits.items()):
    fail(f"seed phrase shared: page {p} {w!r}")

if fails:
    for f in fails:
        print("FAIL", f)
    sys.exit(1)
print("check passed")
