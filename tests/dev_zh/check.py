#!/usr/bin/env python3
"""Build the export a perfect segmenter would print from the gold, score it, and check
that no 6-character run of the seeds' gold text occurs in this set's gold."""
import json, re, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORE = "/work/shared/tools/score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
# generic words, institution and programme names that any page of the paper may print
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "华声在线", "新湖南客户端",
           "湖南图片库", "摄影报道", "人力资源和社会保障", "轨道交通装备", "政府工作报告", "一带一路",
           "全国两会精神", "负责人表示", "负责人介绍", "工程机械", "国家和地区", "习近平新时代中国特色社会主义思想",
           "习近平总书记", "党的二十大精神", "高质量发展", "乡村振兴", "先进制造业", "自然资源", "生态环境",
           "中非经贸", "国家级", "三高四新", "现代化新湖南", "省委常委", "党中央", "国务院", "主题教育",
           "自治州", "洞庭湖", "长株潭", "工业互联网", "数字经济", "专精特新", "小巨人", "省政协", "省人大常委会",
           "省委书记", "省长", "副省长", "省委副书记", "农业农村", "以旧换新", "新能源汽车", "社会主义现代化",
           "人工智能", "全面从严治党", "八项规定", "非物质文化遗产", "湘西土家族苗族", "粮食安全", "耕地保护", "人均可支配收入", "年度目标任务", "专项整治", "基础设施建设", "新一代信息技术产业", "高新技术企业", "技术合同成交额", "人力资源服务", "长沙市天心区", "工业增加值", "中小航空发动机", "过紧日子", "会在长沙召开", "会在长沙举行", "企业技术中心", "工程研究中心", "制造业增加值", "科技型中小企业", "长沙市开福区", "具有核心竞争力的科技创新高地", "关键核心技术攻关", "关键核心技术", "服务体系建设", "科技创新高地", "农村人居环境", "生活污水治理", "现代化产业体系", "新型基础设施", "亿元以上项目", "公共服务平台"]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export(gold_dir, out):
    arts, sources = [], []
    for gf in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"],
                 "title_derived": False}
            for f in ("kind",) + FIELDS:
                e[f] = a[f]
            e["paragraphs"] = list(a["paragraphs"])
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    Path(out).write_text(json.dumps({"articles": arts, "sources": sources},
                                    ensure_ascii=False, indent=1), encoding="utf-8")


def seed_runs():
    runs = set()
    for gf in SEED_GOLD.glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"] + a["subheads"]:
                s = squash(t)
                for i in range(len(s) - 5):
                    runs.add(s[i:i + 6])
    return runs


def generic(run):
    """Only runs of six Chinese characters count; generic words and names are allowed."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{6}", run):
        return True
    return False


def main():
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
    pages_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "pages"
    out = HERE / "export_perfect.json"
    build_export(gold_dir, out)
    plain = subprocess.run([sys.executable, SCORE, str(out), str(gold_dir), "--pages", str(pages_dir),
                            "-v"], capture_output=True, text=True).stdout
    print(plain)
    r = subprocess.run([sys.executable, SCORE, str(out), str(gold_dir), "--pages", str(pages_dir),
                        "-v", "--json"], capture_output=True, text=True)
    ok = True
    for line in plain.splitlines():
        k, _, v = line.partition(" ")
        v = v.strip()
        if re.fullmatch(r"\d\.\d{3}", v) and v != "1.000":
            print("FAIL: printed", line); ok = False
    txt = r.stdout
    fig = json.loads(txt[txt.index("{"):txt.rindex("}") + 1])
    if "---" in txt:
        print("FAIL: problem lines"); ok = False
    for k, v in fig.items():
        if k.startswith("articles") or v is None:
            continue
        if k == "cjk_space_left":
            if v != 0:
                print("FAIL: cjk_space_left", v); ok = False
        elif round(v, 3) != 1.0:
            print("FAIL:", k, v); ok = False
    for gf in sorted(gold_dir.glob("*.json")):       # page size as the brief asks
        g = json.loads(gf.read_text(encoding="utf-8"))
        chars = len(re.sub(r"\s+", "", (pages_dir / g["source"]).read_text(encoding="utf-8")))
        if not (3500 <= chars <= 7500 and 6 <= len(g["articles"]) <= 14):
            print("FAIL: page size", g["source"], chars, len(g["articles"])); ok = False
    if gold_dir.resolve() != SEED_GOLD.resolve():
        runs = seed_runs()
        hits = set()
        for gf in sorted(gold_dir.glob("*.json")):
            g = json.loads(gf.read_text(encoding="utf-8"))
            for a in g["articles"]:
                for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                    s = squash(t)
                    for w in sorted(GENERIC, key=len, reverse=True):
                        s = s.replace(w, "\x00")
                    for i in range(len(s) - 5):
                        if s[i:i + 6] in runs and not generic(s[i:i + 6]):
                            hits.add(s[i:i + 6])
        if hits:
            print("FAIL: seed runs reused:", sorted(hits)[:60]); ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
