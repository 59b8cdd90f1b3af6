#!/usr/bin/env python3
"""Verify the dev_tw test set; prints `check passed`.

1. rebuilding (compose.main) gives byte-identical pages/, gold/, README.md;
2. file names are NNN_<sha256[:16]> of the page text; gold has the seeds' key order;
3. the export a perfect segmenter would print (every gold article, each page's
   extras and duplicates) scores 1.000 on every figure with coverage 1.000 and
   no problem line (run through /work/shared/tools/score.py -v);
4. shape: 14 pages, 7 per layout, years 2017/2020/2022/2025 with 3-4 pages each,
   two front pages (2017, 2025) with masthead, issue number, page count, each
   jumping to its page 2 in the set; 4,500-6,500 characters and 7-13 articles a page;
5. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking generic words).
Standard library only.
"""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SET = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.path.insert(0, str(SET))
import compose  # noqa: E402

fails = []


def need(ok, msg):
    if not ok:
        fails.append(msg)


def snapshot():
    out = {}
    for p in sorted(list((SET / "pages").glob("*")) + list((SET / "gold").glob("*")) + [SET / "README.md"]):
        out[str(p.relative_to(SET))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# 1. deterministic rebuild
before = snapshot()
compose.main()
need(snapshot() == before, "rebuild is not byte-for-byte identical")

pages = sorted((SET / "pages").glob("*.txt"))
golds = sorted((SET / "gold").glob("*.json"))
need(len(pages) == 14 and len(golds) == 14, "need 14 pages and 14 gold files")
need(len(list((SET / "src").glob("p*.txt"))) == 14, "need src/p01..p14")

# 2. names and format
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "subheads", "paragraphs"]
seed_gold = json.loads(sorted((SHARED / "gold").glob("*.json"))[0].read_text(encoding="utf-8"))
need(list(seed_gold) == KEYS and list(seed_gold["articles"][0]) == AKEYS, "seed key order changed?")
G = {}
for n, p in enumerate(pages, 1):
    text = p.read_text(encoding="utf-8")
    need(p.name == "%03d_%s.txt" % (n, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]), "bad name " + p.name)
    gp = SET / "gold" / (p.stem + ".json")
    need(gp.exists(), "no gold for " + p.name)
    raw = gp.read_text(encoding="utf-8")
    g = json.loads(raw)
    need(raw == json.dumps(g, ensure_ascii=False, indent=1) + "\n", "gold not indent=1/ensure_ascii=False: " + gp.name)
    need(list(g) == KEYS, "gold key order " + gp.name)
    for a in g["articles"]:
        need(list(a) == AKEYS, "article key order " + gp.name)
        need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"), "kind " + a["kind"])
        for s in a["subheads"]:
            need(s in a["paragraphs"], "subhead not in paragraphs " + s)
    need(g["source"] == p.name, "source field " + gp.name)
    G[p.name] = (text, g)

# 3. perfect export through the scorer
export = {"articles": [], "sources": []}
for name, (text, g) in G.items():
    for a in g["articles"]:
        e = {"source": name, "issue_date": g["issue_date"]}
        e.update({k: a[k] for k in AKEYS if k != "subheads"})
        e["title_derived"] = False
        export["articles"].append(e)
    export["sources"].append({"source": name, "issue_date": g["issue_date"],
                              "extras": list(g["extras"]) + list(g["duplicates"])})
with tempfile.TemporaryDirectory() as td:
    ep = Path(td) / "export.json"
    ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep), str(SET / "gold"),
                        "--pages", str(SET / "pages"), "-v"], capture_output=True, text=True)
out = r.stdout
print(out.strip())
need(r.returncode == 0, "scorer failed: " + r.stderr[-500:])
need("---" not in out, "scorer listed problems")
for key in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc",
            "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
    m = re.search(r"^%s\s+(\S+)" % key, out, re.M)
    need(m and m.group(1) == "1.000", "%s is %s" % (key, m.group(1) if m else "missing"))
m = re.search(r"^cjk_space_left\s+(\S+)", out, re.M)
need(m and m.group(1) == "0", "cjk_space_left not 0")

# 4. shape
years = Counter()
layouts = Counter()
fronts = []
for n, src in enumerate(sorted((SET / "src").glob("p*.txt"))):
    meta, arts, layout = compose.parse(src)
    name = pages[n].name
    text, g = G[name]
    years[meta["date"][:4]] += 1
    layouts[meta["layout"]] += 1
    chars = len(re.sub(r"\s+", "", text))
    need(4500 <= chars <= 6500, "%s has %d characters" % (name, chars))
    need(7 <= len(g["articles"]) <= 13, "%s has %d articles" % (name, len(g["articles"])))
    if meta["page"] == "1":
        fronts.append((name, g))
need(layouts == Counter(column=7, paragraph=7), "layouts %s" % layouts)
need(set(years) == {"2017", "2020", "2022", "2025"} and all(3 <= v <= 4 for v in years.values()), "years %s" % years)
need(len(fronts) == 2 and {g["issue_date"][:4] for _, g in fronts} == {"2017", "2025"}, "front pages")
for name, g in fronts:
    need(g["issue_number"] and g["page_count"] and g["extras"], "front page masthead " + name)
    jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
    need(jumps, "no 下转2版 on " + name)
    p2 = [h for n2, (t2, h) in G.items() if h["issue_date"] == g["issue_date"] and h is not g]
    need(len(p2) == 1, "no page 2 for " + name)
    if p2:
        need(any(a["continued"].startswith("上接1版") and a["kind"] == "continuation" for a in p2[0]["articles"]),
             "page 2 of %s has no 上接1版" % name)

# 5. seed phrases
GENERIC = """湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 新华社 习近平新时代中国特色社会主义思想 习近平总书记
党的二十大精神 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委 纪委监委 省委书记 省长 副省长 省委常委
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 益阳 邵阳 张家界 湘西土家族苗族自治州 湘西
长株潭 湘江 洞庭湖 中国 全国 全省 我省 今年 去年 相关负责人 负责人 同比增长 比上年增长 百分点 高质量发展
有限公司 集团 工程机械 先进制造业 进出口 规模以上工业 增加值 亿元 万元 万亩 公斤 近日 据悉 据了解
三高四新 现代化新湖南 乡村振兴 一带一路 中非经贸 十四五 十五五 以旧换新 跨境电商 省商务厅 省工信厅 省农业农村厅
长沙海关 海关 市场监管 省文化和旅游厅 省水利厅 河长制 省发展改革委 省财政厅 省人社厅 工作会议 在长沙召开 在长沙举行 出席并讲话 基础设施 国家和地区 专项整治 相关职能部门 有关部门 人力资源和社会保障厅 三年行动计划 经营主体 生产经营单位 会议要求 工作情况汇报 党委、政府 雨雪冰冻天气 科技型中小企业 复合型人才 非物质文化遗产 湘粤非铁海联运 出口快速增长 新业态新模式 高端化、智能化、绿色化 智能化、绿色化 轨道交通装备 新能源汽车 同比分别增长 稳外贸稳外资 生态保护修复 提供有力支撑 重点行业领域 隐患排查整治""".split()
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s):
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


seed = set()
for gf in (SHARED / "gold").glob("*.json"):
    for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
        for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed |= grams(s)
shared = Counter()
for name, (text, g) in G.items():
    for a in g["articles"]:
        for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for x in grams(s) & seed:
                shared[x] += 1
need(not shared, "phrases shared with the seeds: %s" % sorted(shared)[:40])

if fails:
    for f in fails:
        print("FAIL:", f)
    sys.exit(1)
print("check passed")
