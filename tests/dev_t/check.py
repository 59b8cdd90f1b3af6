#!/usr/bin/env python3
"""Check the dev_t set: a perfect export built from the gold must score 1.000 everywhere,
and the gold must share no 6-character run with the seeds' gold text (generic words aside)."""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/gold")
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "规模以上工业", "习近平新时代中国特色社会主义思想",
           "高质量发展", "党的二十大精神", "全面建设社会主义现代化新湖南", "社会主义现代化新湖南",
           "三高四新", "省委常委", "省委书记", "副省长", "全省各级", "深入学习贯彻", "习近平总书记",
           "乡村振兴", "百分点", "两个维护", "两个确立", "中央八项规定精神", "有限公司", "长株潭",
           "省政协副主席", "省人大常委会", "副主任", "现代化产业体系", "中非经贸博览会", "先进制造业",
           "国际妇女节", "工业互联网", "亿元，同比增长", "万元，同比增长", "个百分点。", "全省上下",
           "的重要讲话", "湖南图片库", "摄（湖南图片库）", "党中央决策部署", "出席并讲话", "在长沙召开",
           "在长沙举行", "进出口总值", "新能源汽车", "“两个维护”", "“两个确立”", "一带一路",
           # boilerplate phrases, place and institution names that any report of the paper shares
           "省人力资源和社会保障厅", "规模以上工业增加值增长", "省人大常委会党组书记", "湘西土家族苗族自治州", "株洲轨道交通装备产业", "规模工业增加值增长",
           "占全省进出口总值的", "经济社会高质量发展", "把思想和行动统一到", "制造业增加值增长", "完成年度目标任务", "全面推进乡村振兴", "全省各级各部门要",
           "密切关注天气变化", "合作项目现场签约", "轨道交通装备企业", "届中非经贸博览会", "长沙海关今天发布", "民人均可支配收入", "茶产业高质量发展",
           "委主要负责人表示", "为推动高质量发展", "中央八项规定精神", "研究部署下一阶段", "湖南省进出口总值", "全省规模以上工业", "引导广大党员干部",
           "省出口机电产品", "提供了有力支撑", "民营企业进出口", "的若干政策措施", "中小航空发动机", "中非经贸合作的", "长株潭城际铁路", "的重要组成部分",
           "相关负责人介绍", "增加值同比增长", "季道路交通安全", "湘粤非铁海联运", "非物质文化遗产", "的轨道交通装备", "专项整治行动", "全面深化改革",
           "开展专题调研", "开展专项整治", "个国家和地区", "公共服务平台", "生态环境保护", "中心负责人说", "高质量发展的", "会在长沙举行", "同比分别增长",
           "深入田间地头", "发挥审判职能", "雨雪冰冻天气", "数据中心项目", "解决实际问题", "审议有关文件", "先进计算产业", "重点产业项目", "全国两会精神",
           "公共文化服务", "党和国家事业", "关负责人表示", "总值同比增长", "调研组在长沙", "服务体系建设", "基础设施建设", "工作会议召开", "综合服务体系",
           "我省贯彻落实", "全省工业经济", "三年行动计划", "政府工作报告", "出口分别增长", "会在长沙召开", "产品出口增长", "长沙市天心区", "业高质量发展",
           "移送司法机关", "省发展改革委", "各级各部门要", "农村人居环境", "推进会上获悉", "我省工程机械", "长沙市开福区", "各类经营主体",
           "规模工业增加值同比", "会在长沙开幕", "全省各级党组织", "全省经济社会", "增速居全国第", "长沙海关今天公布",
           "中非经贸博览会筹备", "全省经济社会高质量发展",
           "技术合同成交额", "社会消费品零售总额增长"]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(g):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a.get(f):
                yield a[f]
        yield from a["paragraphs"]


def main():
    golds = sorted((HERE / "gold").glob("*.json"))
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    exp = HERE / "export_perfect.json"
    exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, "/work/shared/tools/score.py", str(exp), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    fails = []
    if r.returncode or r.stderr.strip():
        fails.append("scorer failed: " + r.stderr[-500:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([\d.]+)$", line)
        if m:
            k, v = m.group(1), m.group(2)
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fails.append(f"{k} = {v}")
            elif v != "1.000":
                fails.append(f"{k} = {v}")
    # exact coverage report (the scorer rounds)
    sys.path.insert(0, "/work/shared/tools")
    import score
    lost = 0
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        hay = "\0".join(squash(s) for s in score.strings_in([a for a in arts if a["source"] == g["source"]])
                        + score.strings_in([s for s in srcs if s["source"] == g["source"]]))
        for line in (HERE / "pages" / g["source"]).read_text(encoding="utf-8").splitlines():
            s = squash(line)
            c = score.covered(s, hay)
            if c < len(s):
                lost += len(s) - c
                if len(s) - c > 4:
                    fails.append(f"coverage: {g['source']} loses {len(s) - c} chars of {line[:40]!r}")
    print(f"characters lost to coverage (dateline tails under 4 characters): {lost}")
    # no 6-character run of the seeds' gold text
    seed = set()
    for gf in SEEDS.glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts(g):
            t = squash(t)
            for i in range(len(t) - 5):
                seed.add(t[i:i + 6])
    gen = [squash(x) for x in GENERIC]
    hits = set()
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts(g):
            t = squash(t)
            for i in range(len(t) - 5):
                run = t[i:i + 6]
                if run in seed and re.fullmatch(r"[\u4e00-\u9fff]{6}", run) and not any(run in x for x in gen):
                    hits.add(run)
    for h in sorted(hits):
        fails.append(f"seed run reused: {h}")
    # page sizes
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        n = len(re.sub(r"\s+", "", (HERE / "pages" / g["source"]).read_text(encoding="utf-8")))
        if not 3500 <= n <= 7500:
            fails.append(f"{g['source']}: {n} characters (want 3500-7500)")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{g['source']}: {len(g['articles'])} articles (want 6-14)")
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
