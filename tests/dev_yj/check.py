#!/usr/bin/env python3
"""Verify the set: perfect-export score, shape, seed-phrase rule. Prints `check passed`."""
import glob, hashlib, json, re, subprocess, sys, tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDGOLD = Path("/work/shared/gold")
SCORE = "/work/shared/tools/score.py"
GENERIC = ["习近平新时代中国特色社会主义思想", "习近平总书记", "党的二十大精神", "党的二十届三中全会",
           "高质量发展", "相关负责人", "湖南日报", "全媒体记者", "通讯员", "新华社", "省委书记", "省委副书记",
           "省长", "副省长", "省委常委", "省人大常委会", "省政协", "省政府", "省委", "现代化", "乡村振兴",
           "中国式现代化", "三高四新", "美好蓝图", "新时代", "全面推进", "进一步", "长株潭", "近年来",
           "今年以来", "据了解", "据悉", "截至目前", "同比增长", "个百分点", "以上", "亿元", "万元", "主持召开",
           "会议强调", "会议指出", "会议要求", "先进制造业", "国家重要先进制造业高地", "人民群众", "坚持以",
           "深入学习贯彻", "省农业农村厅", "省教育厅", "省卫生健康委", "省发展改革委", "省商务厅", "省工信厅",
           "湖南省", "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市", "怀化市", "永州市",
           "娄底市", "益阳市", "邵阳市", "张家界市", "湘西州", "一带一路", "中华人民共和国", "国务院", "党中央",
           # institution names
           "长沙理工大学", "人力资源和社会保障厅", "省人社厅", "外商投资企业", "工作领导小组",
           # set phrases of policy language
           "农村人居环境", "党委、政府", "各级各部门", "生态环境保护", "社会消费品零售总额", "产业链供应链",
           "国家和地区", "三年行动计划", "农产品加工", "基础设施建设", "关键核心技术攻关", "形式主义、官僚主义",
           "新业态新模式", "新型消费业态", "消费品以旧换新", "经营主体", "人均可支配收入", "规模性返贫",
           "生活污水治理", "规模以上工业增加值", "工业增加值", "制造业增加值", "轨道交通", "航空航天", "重要组成部分", "移送司法机关", "党纪政务处分",
           "深入田间地头", "新能源汽车", "优化消费环境", "重点行业领域", "密切关注天气变化", "摆在突出位置",
           "重要抓手", "延伸产业链", "消除安全隐患", "监管责任", "项目审批", "签约金额", "同比分别增长",
           # generic words of news copy
           "我省将", "今年", "去年", "以来", "获悉", "召开", "举行", "会议", "全省", "通知", "要求", "确保",
           "各项措施", "落实情况", "系列活动", "今天", "同比"]
CJK = re.compile(r"[\u4e00-\u9fff]")
problems = []


def blank(s):
    s = re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(a):
    return [a.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(a.get("paragraphs") or [])


seed = set()
for f in sorted(SEEDGOLD.glob("*.json")):
    for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
        for t in texts(a):
            seed |= grams(t)

pages = sorted((HERE / "pages").glob("*.txt"))
golds = sorted((HERE / "gold").glob("*.json"))
if len(pages) != 14 or len(golds) != 14:
    problems.append(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")

export = {"articles": [], "sources": []}
layouts, years, fronts = Counter(), Counter(), []
pagemeta = {}
for line in (HERE / "phenomena.md").read_text(encoding="utf-8").splitlines():
    m = re.match(r"\| (\d{3}_\w+\.txt) \| ([\d-]+) \| (\w+) \| (\w+) \|", line)
    if m:
        pagemeta[m.group(1)] = (m.group(3), m.group(4))
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "subheads", "paragraphs"]
for n, (p, g) in enumerate(zip(pages, golds), 1):
    text = p.read_text(encoding="utf-8")
    gold = json.loads(g.read_text(encoding="utf-8"))
    want = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    if p.stem != want or g.stem != want or gold["source"] != p.name:
        problems.append(f"{p.name}: name does not match its hash / gold")
    if list(gold) != KEYS or any(list(a) != AKEYS for a in gold["articles"]):
        problems.append(f"{g.name}: key order differs from the seeds' gold")
    if g.read_text(encoding="utf-8") != json.dumps(gold, ensure_ascii=False, indent=1):
        problems.append(f"{g.name}: not indent=1 / ensure_ascii=False")
    chars = len(re.sub(r"\s", "", text))
    if not 4500 <= chars <= 6500:
        problems.append(f"{p.name}: {chars} characters")
    na = len(gold["articles"])
    if not 7 <= na <= 13:
        problems.append(f"{p.name}: {na} articles")
    pg, lay = pagemeta.get(p.name, ("?", "?"))
    layouts[lay] += 1
    years[gold["issue_date"][:4]] += 1
    if gold["issue_number"] and gold["page_count"]:
        fronts.append((gold["issue_date"], pg, [a["continued"] for a in gold["articles"]]))
    for a in gold["articles"]:
        e = {"source": p.name, "issue_date": gold["issue_date"], "title_derived": False}
        e.update({k: a[k] for k in AKEYS if k != "subheads"})
        export["articles"].append(e)
        for t in texts(a):
            hit = grams(t) & seed
            if hit:
                problems.append(f"{p.name}: shares seed phrase(s) {sorted(hit)[:3]}")
    export["sources"].append({"source": p.name, "issue_date": gold["issue_date"],
                              "extras": gold["extras"] + gold["duplicates"]})
    pagemeta[p.name] = (pg, lay, gold)

if layouts != Counter({"column": 7, "paragraph": 7}):
    problems.append(f"layouts {dict(layouts)}")
if sorted(years) != ["2016", "2019", "2022", "2025"] or not all(2 <= v <= 4 for v in years.values()):
    problems.append(f"years {dict(years)}")
if len(fronts) != 2:
    problems.append(f"{len(fronts)} front pages")
for date, pg, conts in fronts:
    if pg != "1" or "下转2版" not in conts:
        problems.append(f"front page {date} has no 下转2版 story")
    second = [v[2] for v in pagemeta.values() if len(v) == 3 and v[2]["issue_date"] == date and v[0] == "2"]
    if not second or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in second[0]["articles"]):
        problems.append(f"front page {date}: no page 2 with 上接1版 in the set")

with tempfile.TemporaryDirectory() as tmp:
    ex = Path(tmp) / "export.json"
    ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, SCORE, str(ex), str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                       capture_output=True, text=True)
out = r.stdout
print(out, end="")
for line in out.splitlines():
    if line.startswith(("---", "    ")):
        problems.append("scorer problem: " + line.strip())
    m = re.match(r"(\w+)\s+([\d.]+)$", line)
    if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left") and m.group(2) != "1.000":
        problems.append(f"{m.group(1)} = {m.group(2)}")
if not re.search(r"cjk_space_left\s+0$", out, re.M):
    problems.append("cjk_space_left not 0")
if problems:
    for pr in problems:
        print("PROBLEM", pr)
    sys.exit(1)
print("check passed")
