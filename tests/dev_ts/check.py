#!/usr/bin/env python3
"""Verify the dev_ts set; prints `check passed`.  Standard library only."""
import glob, hashlib, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institution and place names, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人 新华社 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 浏阳 醴陵
怀化 郴州 岳阳 常德 益阳 永州 娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 吉首 南岳区 天心区
省委 省政府 省人大常委会 省政协 省工信厅 省商务厅 省应急管理厅 省气象局 省发展改革委 省文化和旅游厅
国务院 党中央 中共中央 财政部 海关 纪委监委 省纪委监委 市场监管 自然资源
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十八大 中央八项规定精神
高质量发展 同比增长 百分点 亿元 万元 万吨 今年以来 据了解 据介绍 近年来 与此同时 记者从
获悉 目前 日前 今天 在长沙召开 在长沙举行 会议强调 会议指出 会议要求 会上 出席 参加 讲话
新能源汽车 中小企业特色产业集群 高新技术企业 科技型中小企业 技术合同成交额 重要组成部分 公共文化服务 规模以上 常务委员会 工作委员会 委员会 规模工业增加值 社会消费品零售总额 中南林业科技大学 国家和地区 专项整治 司法机关 三高四新 现代化新湖南 新湖南 乡村振兴 先进制造业 数字经济 工业互联网 人工智能 全省各级
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")
errors = []


def fail(msg):
    errors.append(msg)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
        for p in a["paragraphs"]:
            yield p


def main():
    # 1. rebuild in a scratch copy and compare byte for byte
    tmp = tempfile.mkdtemp()
    try:
        for f in ("compose.py", "README.in"):
            shutil.copy(os.path.join(HERE, f), tmp)
        shutil.copytree(os.path.join(HERE, "src"), os.path.join(tmp, "src"))
        subprocess.run([sys.executable, os.path.join(tmp, "compose.py")], check=True,
                       stdout=subprocess.DEVNULL)
        for d in ("pages", "gold"):
            a, b = sorted(os.listdir(os.path.join(HERE, d))), sorted(os.listdir(os.path.join(tmp, d)))
            if a != b:
                fail("rebuild gives other %s files" % d)
            for f in set(a) & set(b):
                if open(os.path.join(HERE, d, f), "rb").read() != open(os.path.join(tmp, d, f), "rb").read():
                    fail("rebuild differs: %s/%s" % (d, f))
        if open(os.path.join(HERE, "README.md"), "rb").read() != open(os.path.join(tmp, "README.md"), "rb").read():
            fail("rebuild differs: README.md")
    finally:
        shutil.rmtree(tmp)

    # 2. shape of the set
    pages = sorted(glob.glob(os.path.join(HERE, "pages", "*.txt")))
    golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    if len(pages) != 14 or len(golds) != 14:
        fail("want 14 pages and 14 gold files, have %d/%d" % (len(pages), len(golds)))
    layouts, years, fronts = {}, {}, []
    by_date = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        name = os.path.basename(p)
        raw = open(p, "rb").read()
        want = "%03d_%s.txt" % (n, hashlib.sha256(raw).hexdigest()[:16])
        if name != want:
            fail("%s: name should be %s" % (name, want))
        if os.path.basename(g) != name[:-4] + ".json":
            fail("%s: gold name mismatch" % g)
        gtxt = open(g, encoding="utf-8").read()
        gold = json.loads(gtxt)
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != gtxt:
            fail("%s: not in the seeds' json layout" % g)
        if list(gold) != KEYS or gold["source"] != name:
            fail("%s: top-level keys/source" % g)
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail("%s: article keys/kind %r" % (g, a.get("kind")))
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail("%s: subhead not in paragraphs" % g)
        text = raw.decode("utf-8")
        nch = len(squash(text))
        if not 4500 <= nch <= 6500:
            fail("%s: %d characters" % (name, nch))
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail("%s: %d articles" % (name, na))
        src = open(os.path.join(HERE, "src", "p%02d.txt" % n), encoding="utf-8").read()
        lay = re.search(r"^layout:\s*(\w+)", src, re.M).group(1)
        page_no = int(re.search(r"^page:\s*(\d+)", src, re.M).group(1))
        layouts[lay] = layouts.get(lay, 0) + 1
        y = gold["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        by_date.setdefault(gold["issue_date"], {})[page_no] = gold
        if gold["issue_number"] is not None:
            fronts.append(gold)
            if page_no != 1 or not gold["page_count"] or not gold["extras"]:
                fail("%s: front page needs page 1, page count and masthead" % name)
    if layouts != {"column": 7, "paragraph": 7}:
        fail("layouts %r" % layouts)
    if sorted(years) != ["2015", "2018", "2021", "2026"] or not all(3 <= v <= 4 for v in years.values()):
        fail("years %r" % years)
    if sorted(f["issue_date"][:4] for f in fronts) != ["2018", "2026"]:
        fail("front pages %r" % [f["issue_date"] for f in fronts])
    for f in fronts:
        p2 = by_date.get(f["issue_date"], {}).get(2)
        if not p2:
            fail("front page %s has no page 2 in the set" % f["issue_date"]); continue
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail("front page %s: no 下转2版" % f["issue_date"])
        if not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版") for a in p2["articles"]):
            fail("page 2 of %s: no 上接1版 continuation" % f["issue_date"])

    # 3. no phrase of the seeds reused
    seed = set()
    for g in glob.glob(os.path.join(SEED_GOLD, "*.json")):
        for t in texts(json.load(open(g, encoding="utf-8"))):
            seed |= grams(blank(t))
    for g in golds:
        for t in texts(json.load(open(g, encoding="utf-8"))):
            for s in grams(blank(t)) & seed:
                fail("%s: shares %r with the seeds" % (os.path.basename(g), s))

    # 4. a perfect segmenter's export scores 1.000 everywhere
    arts, srcs = [], []
    for g in golds:
        gold = json.load(open(g, encoding="utf-8"))
        for a in gold["articles"]:
            arts.append({"source": gold["source"], "issue_date": gold["issue_date"], "kind": a["kind"],
                         "column": a["column"], "kicker": a["kicker"], "title": a["title"],
                         "subtitle": a["subtitle"], "title_derived": False, "byline": a["byline"],
                         "dateline": a["dateline"], "continued": a["continued"],
                         "paragraphs": a["paragraphs"]})
        srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                     "extras": gold["extras"] + gold["duplicates"]})
    fd, exp = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"articles": arts, "sources": srcs}, fh, ensure_ascii=False)
    out = subprocess.run([sys.executable, SCORE, exp, os.path.join(HERE, "gold"),
                          "--pages", os.path.join(HERE, "pages"), "-v"],
                         capture_output=True, text=True).stdout
    os.remove(exp)
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail("%s is %s" % (m.group(1), m.group(2)))
        if m and m.group(1) == "cjk_space_left" and m.group(2) != "0":
            fail("cjk_space_left %s" % m.group(2))
    if "coverage         1.000" not in out:
        fail("coverage is not 1.000")

    if errors:
        for e in errors[:80]:
            print("FAIL", e)
        print("check failed (%d problems)" % len(errors))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
