#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, perfect export scores 1.000, shape, seed-phrase rule."""
import filecmp, glob, json, os, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
GENERIC = ["湖南日报", "全媒体记者", "全媒体评论员", "通讯员", "新湖南客户端", "华声在线", "新华社",
           "湖南省", "长沙市", "株洲市", "湘潭市", "衡阳市", "怀化市", "全省", "我省", "省委", "省政府",
           "相关负责人", "高质量发展", "习近平新时代中国特色社会主义思想", "党中央", "国务院",
           "社会主义现代化新湖南", "现代化新湖南", "中国特色社会主义", "习近平总书记", "二十大精神",
           "新时代", "同比增长", "亿元", "万元", "湖南", "长沙", "今年以来", "近年来", "据了解",
           "进一步", "推动", "省委书记", "副省长", "省长", "乡村振兴", "先进制造业", "湖南图片库",
           "召开", "座谈会", "会议", "工作", "产业链", "主持", "出席", "强调", "指出", "要求",
           "省人大常委会", "非物质文化遗产", "优秀传统文化", "长株潭城际铁路", "省安委会办公室", "安全生产", "国防科技大学", "中南大学", "钉钉子精神", "思想和行动统一到", "学习贯彻", "各级各部门", "组合拳", "清醒看到", "公共服务平台", "国家和地区", "研发投入", "应用场景", "农产品加工", "公务用车", "人力资源和社会保障厅", "疫情防控", "人工智能", "工业和信息化", "关键核心技术", "核心技术攻关", "规模以上企业", "湘西土家族苗族自治州", "中小航空发动机", "技术合同成交额", "高新技术企业", "增加值增长", "关键技术及应用", "创新性发展", "创造性转化", "现代化产业体系", "重要组成部分", "加大支持力度", "道路交通安全", "电动自行车", "具有核心竞争力的科技创新高地", "内陆地区改革开放高地", "国家重要先进制造业高地", "社会消费品零售总额", "轨道交通装备", "特色产业集群", "产业集群建设", "十五五”规划", "规模以上工业", "三年行动计划", "非遗代表性", "经营主体", "服务体系", "人均可支配收入", "中非经贸博览会", "十四五”期间", "省政协", "全国", "中央", "一带一路", "航空航天", "新能源汽车"]
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def norm(s):
    return unicodedata.normalize("NFKC", s)


def blank(s):
    s = norm(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(norm(w), "\u25a1" * len(w))
    return s


def grams(s):
    s = re.sub(r"\s+", "", blank(s))
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u25a1" in w:
            continue
        if sum("\u3400" <= c <= "\u9fff" for c in w) >= 5:
            out.add(w)
    return out


# 1. rebuild byte-for-byte
with tempfile.TemporaryDirectory() as td:
    subprocess.run([sys.executable, os.path.join(HERE, "compose.py"), td], check=True)
    for sub in ("pages", "gold"):
        a, b = sorted(os.listdir(os.path.join(HERE, sub))), sorted(os.listdir(os.path.join(td, sub)))
        if a != b:
            fail(f"{sub}: file list differs after rebuild")
            continue
        for f in a:
            if not filecmp.cmp(os.path.join(HERE, sub, f), os.path.join(td, sub, f), shallow=False):
                fail(f"{sub}/{f} differs after rebuild")
    if not filecmp.cmp(os.path.join(HERE, "README.md"), os.path.join(td, "README.md"), shallow=False):
        fail("README.md differs after rebuild")

# 2. perfect export and the scorer
pages = sorted(glob.glob(os.path.join(HERE, "pages", "*.txt")))
golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
arts, srcs = [], []
years, layouts, fronts = Counter(), Counter(), []
for gf in golds:
    g = json.load(open(gf, encoding="utf-8"))
    for a in g["articles"]:
        b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
        arts.append(b)
    srcs.append({"source": g["source"], "issue_date": g["issue_date"], "extras": g["extras"] + g["duplicates"]})
    text = open(os.path.join(HERE, "pages", g["source"]), encoding="utf-8").read()
    n = len(re.sub(r"\s+", "", text))
    if not 4500 <= n <= 6500:
        fail(f"{g['source']}: {n} characters")
    if not 7 <= len(g["articles"]) <= 13:
        fail(f"{g['source']}: {len(g['articles'])} articles")
    stem = os.path.basename(gf)[:-5]
    import hashlib
    if stem[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
        fail(f"{stem}: name does not match the page hash")
    years[g["issue_date"][:4]] += 1
    blanks = sum(1 for l in text.splitlines() if not l.strip())
    layouts["column" if blanks > len(text.splitlines()) * 0.4 and max(len(l) for l in text.splitlines()) < 80 else "paragraph"] += 1
    if g["issue_number"]:
        fronts.append(g)
    if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
        fail(f"{stem}: gold key order")
with tempfile.TemporaryDirectory() as td:
    ep = os.path.join(td, "export.json")
    json.dump({"articles": arts, "sources": srcs}, open(ep, "w", encoding="utf-8"), ensure_ascii=False)
    r = subprocess.run([sys.executable, os.path.join(SHARED, "tools", "score.py"), ep, os.path.join(HERE, "gold"),
                        "--pages", os.path.join(HERE, "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
        elif m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left") and m.group(2) != "1.000":
            fail(f"{m.group(1)} = {m.group(2)}")
        elif m and m.group(1) == "cjk_space_left" and m.group(2) != "0":
            fail("cjk_space_left " + m.group(2))
    if "coverage         1.000" not in r.stdout:
        fail("coverage is not 1.000")

# 3. shape
if len(pages) != 14 or len(golds) != 14:
    fail(f"{len(pages)} pages, {len(golds)} gold files")
if layouts != Counter({"column": 7, "paragraph": 7}):
    fail(f"layouts {dict(layouts)}")
if set(years) != {"2017", "2020", "2022", "2026"} or not all(3 <= v <= 4 for v in years.values()):
    fail(f"years {dict(years)}")
if sorted(g["issue_date"][:4] for g in fronts) != ["2017", "2026"]:
    fail("front pages must be one in 2017 and one in 2026")
for fg in fronts:
    same = [json.load(open(x, encoding="utf-8")) for x in golds]
    same = [g for g in same if g["issue_date"] == fg["issue_date"] and g is not fg and not g["issue_number"]]
    downs = [a for a in fg["articles"] if a["continued"].startswith("下转2版")]
    ups = [a for g in same for a in g["articles"] if a["continued"].startswith("上接1版")]
    if not downs or len(downs) != len(ups):
        fail(f"front page {fg['source']}: {len(downs)} 下转2版 vs {len(ups)} 上接1版 on its page 2")

# 4. seed-phrase rule
seed = set()
for gf in glob.glob(os.path.join(SHARED, "gold", "*.json")):
    g = json.load(open(gf, encoding="utf-8"))
    for a in g["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed |= grams(t)
for gf in golds:
    g = json.load(open(gf, encoding="utf-8"))
    for a in g["articles"]:
        for t in [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"]:
            hit = grams(t) & seed
            if hit:
                fail(f"{g['source']}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:30]!r}")

if fails:
    print(f"check failed ({len(fails)} problems)")
    sys.exit(1)
print("check passed")
