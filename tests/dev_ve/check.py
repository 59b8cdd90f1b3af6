#!/usr/bin/env python3
"""Verify the set: perfect export scores 1.000 everywhere, shape, seed-phrase rule, rebuild."""
import hashlib, json, re, subprocess, sys, tempfile, unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
fail = []


def need(cond, msg):
    if not cond:
        fail.append(msg)


def snapshot():
    files = sorted(list((ROOT / "pages").glob("*")) + list((ROOT / "gold").glob("*")) + [ROOT / "README.md"])
    return {str(f.relative_to(ROOT)): f.read_bytes() for f in files}


# 1. rebuild byte-for-byte
before = snapshot()
subprocess.run([sys.executable, str(ROOT / "compose.py")], check=True)
need(snapshot() == before, "compose.py does not rebuild the set byte-for-byte")

golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ROOT / "gold").glob("*.json"))]
pages = sorted((ROOT / "pages").glob("*.txt"))

# 2. perfect export scored by the shared scorer
export = {"articles": [], "sources": []}
for g in golds:
    for a in g["articles"]:
        e = {"source": g["source"], "issue_date": g["issue_date"]}
        e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
        e["title_derived"] = False
        e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
        export["articles"].append(e)
    export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                              "extras": g["extras"] + g["duplicates"]})
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
    json.dump(export, tf, ensure_ascii=False)
r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), tf.name, str(ROOT / "gold"),
                    "--pages", str(ROOT / "pages"), "-v"], capture_output=True, text=True)
print(r.stdout, end="")
for line in r.stdout.splitlines():
    if line.startswith("---") or line.startswith("    "):
        need(False, "scorer problem line: " + line.strip())
    m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
    if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
        need(m.group(2) == "None" or float(m.group(2)) == 1.0, f"{m.group(1)} is {m.group(2)}")
    if line.startswith("cjk_space_left"):
        need(line.split()[1] == "0", "cjk spaces left in paragraphs")
    if line.startswith("coverage"):
        need(line.split()[1] == "1.000", "coverage below 1.000")
need(r.returncode == 0, "scorer failed")

# 3. shape
need(len(pages) == 14 and len(golds) == 14, "need 14 pages and 14 gold files")
layouts, years = Counter(), Counter()
srcs = {int(f.stem[1:]): f for f in (ROOT / "src").glob("p*.txt")}
for p, g in zip(pages, golds):
    text = p.read_text(encoding="utf-8")
    nnn = p.name[:3]
    need(p.name == f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt", f"bad name {p.name}")
    need(g["source"] == p.name, f"gold source mismatch {p.name}")
    n = len(re.sub(r"\s", "", text))
    need(4500 <= n <= 6500, f"{p.name}: {n} characters")
    need(7 <= len(g["articles"]) <= 13, f"{p.name}: {len(g['articles'])} articles")
    head = srcs[int(nnn)].read_text(encoding="utf-8")
    layouts[re.search(r"^layout:\s*(\w+)", head, re.M).group(1)] += 1
    years[g["issue_date"][:4]] += 1
    need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"],
         f"{p.name}: key order")
    for a in g["articles"]:
        need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
                         "subheads", "paragraphs"], f"{p.name}: article key order")
        need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"), "kind")
need(layouts == Counter(column=7, paragraph=7), f"layouts {dict(layouts)}")
need(set(years) == {"2016", "2019", "2023", "2026"} and all(3 <= v <= 4 for v in years.values()),
     f"years {dict(years)}")
fronts = [g for g in golds if g["issue_number"]]
need(len(fronts) == 2 and {g["issue_date"][:4] for g in fronts} == {"2016", "2023"}, "front pages")
for fg in fronts:
    need(any("下转2版" in a["continued"] for a in fg["articles"]), "front page without 下转2版")
    p2 = [g for g in golds if g["issue_date"] == fg["issue_date"] and g is not fg]
    need(any(a["continued"].startswith("上接1版") for g in p2 for a in g["articles"]), "page 2 without 上接1版")

# 4. seed-phrase rule
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "相关负责人", "新湖南客户端", "华声在线", "高质量发展",
           "习近平新时代中国特色社会主义思想", "习近平总书记", "党中央", "国务院", "省委", "省政府",
           "长沙", "湖南省", "湖南", "全省", "我省", "今年以来", "同比增长", "近年来", "据了解", "据悉",
           "中国", "全国", "以上", "亿元", "万元", "百分点", "有关部门", "各级各部门", "乡村振兴",
           "省人大常委会", "省政协", "新时代", "现代化", "二十大", "经济社会", "产业链", "供应链",
           "重要讲话和指示批示精神", "先进制造业", "社会主义", "省商务厅", "省工信厅", "纪委监委",
           "工作会议", "在长沙召开", "各级党委、政府", "会议要求", "施工现场", "较去年同期", "生产经营单位",
           "专项整治", "突出位置", "湘西土家族苗族自治州", "专精特新“小巨人”企业", "优势产业集群", "基础设施建设", "省应急管理厅", "省水利厅", "省市场监管局", "规模工业增加值", "工业增加值", "增加值增长", "制造业增加值",
           "轨道交通装备", "新能源汽车", "文旅广电局", "历史同期新高", "人居环境", "防洪能力", "各级财政部门", "工作领导小组", "科技型中小企业", "会议强调", "会议指出", "出席会议", "新型工业化", "市场主体", "营商环境", "湖南图片库"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def grams(s):
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u0000")
    s = re.sub(r"\s", "", unicodedata.normalize("NFKC", s))
    return {s[i:i + 6] for i in range(len(s) - 5)
            if "\u0000" not in s[i:i + 6] and len(CJK.findall(s[i:i + 6])) >= 5}


def texts(g):
    for a in g["articles"]:
        yield a["kicker"]; yield a["title"]; yield a["subtitle"]
        yield from a["paragraphs"]


seed = set()
for f in sorted((SHARED / "gold").glob("*.json")):
    for t in texts(json.loads(f.read_text(encoding="utf-8"))):
        seed |= grams(t)
for g in golds:
    for t in texts(g):
        hit = grams(t) & seed
        need(not hit, f"{g['source']}: shares seed phrase(s) {sorted(hit)[:5]}")

if fail:
    print("\n".join("FAIL " + f for f in fail))
    sys.exit(1)
print("check passed")
