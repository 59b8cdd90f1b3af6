#!/usr/bin/env python3
"""Builds the export a perfect segmenter would print from gold/, scores it with the
shared scorer, and checks that no 6-character run of the seeds' text is reused."""
import glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
GENERIC = ["湖南日报全媒体记者", "全媒体记者", "湖南日报", "通讯员", "同比增长", "规模以上", "湖南图片库",
           "省委常委", "副省长", "月", "日讯", "乡村振兴", "增加值增长", "工作会议", "规模工业增加值", "工业增加值增长", "工业经济运行", "雨雪冰冻天气", "解决实际问题", "全省大部地区", "会议在长沙召开", "居全国第一", "土家族苗族自治州", "政府工作报告", "非物质文化遗产", "现代服务业", "农业现代化", "有关负责人", "相关负责人", "以上", "进一步",
           "全面建成小康社会", "农村居民人均可支配收入", "人均可支配收入", "高质量发展", "党中央",
           "湖南省", "习近平总书记", "全省各级", "长沙召开", "在长沙举行", "的重要", "新湖南", "省人大常委会",
           "人民法院", "中非经贸", "乡村旅游", "个百分点", "精准扶贫", "三年行动计划", "高新技术企业", "产业链上下游", "道路交通安全", "企业技术中心", "轨道交通装备", "长沙市天心区", "问题专项整治", "社会消费品零售总额", "全省规模工业", "人力资源和社会保障", "科技型中小企业", "新增科技型中小", "省应急管理厅"]


CJK6 = re.compile(r"^[\u4e00-\u9fff]{6}$")   # runs of six Chinese characters


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def main():
    arts, sources = [], []
    for gf in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        g = json.load(open(gf, encoding="utf-8"))
        for a in g["articles"]:
            e = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                    "dateline", "continued", "paragraphs")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    exp = os.path.join(HERE, "export.json")
    json.dump({"articles": arts, "sources": sources}, open(exp, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    r = subprocess.run([sys.executable, SCORER, exp, os.path.join(HERE, "gold"),
                        "--pages", os.path.join(HERE, "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout)
    ok = True
    fig = dict(l.split(None, 1) for l in r.stdout.splitlines() if l and not l.startswith((" ", "-", "seg_f1=")))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "byline_acc",
              "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if fig.get(k, "None").strip() not in ("1.000", "None"):
            print("FAIL figure", k, fig.get(k)); ok = False
    if fig.get("cjk_space_left", "").strip() != "0":
        print("FAIL cjk_space_left", fig.get("cjk_space_left")); ok = False
    if "---" in r.stdout:
        print("FAIL problem lines"); ok = False
    # reuse of the seeds' text
    seed = set()
    for gf in glob.glob(os.path.join(SEED_GOLD, "*.json")):
        for a in json.load(open(gf, encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                t = squash(t)
                for g in GENERIC:
                    t = t.replace(squash(g), "\u0000")
                seed.update(t[i:i + 6] for i in range(len(t) - 5) if CJK6.match(t[i:i + 6]))
    hits = set()
    for gf in glob.glob(os.path.join(HERE, "gold", "*.json")):
        for a in json.load(open(gf, encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                t = squash(t)
                hits.update(t[i:i + 6] for i in range(len(t) - 5) if t[i:i + 6] in seed)
    if hits:
        print("FAIL seed text reused:", sorted(hits)); ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
