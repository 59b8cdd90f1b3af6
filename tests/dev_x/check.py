#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 on every
figure with full coverage, and no 6-character run of the seeds' gold text may
recur in this set's gold (apart from generic words)."""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORER = "/work/shared/tools/score.py"
GENERIC = [
    "湖南日报全媒体记者", "湖南日报全媒体评论员", "全媒体记者", "通讯员", "同比增长", "规模以上工业企业",
    "规模以上工业增加值", "规模以上", "习近平新时代中国特色社会主义思想", "高质量发展", "社会主义现代化新湖南",
    "省委常委", "省委书记", "省人大常委会", "省政协副主席", "副省长", "长沙召开", "在长沙召开", "在长沙举行",
    "省委常委会", "湖南图片库", "湖南日报", "摄影报道", "下转2版", "上接1版", "省商务厅", "省工信厅",
    "省卫生健康委", "省教育厅", "国家税务总局湖南省税务局", "湖南湘江新区", "长沙黄花国际机场",
    "先进制造业集群", "新一代信息技术", "工业互联网", "中非经贸博览会", "中国—非洲经贸博览会",
    "西部陆海新通道", "城陵矶港", "怀化国际陆港", "智能制造", "减税降费", "营商环境", "亿元，同比增长",
    "个百分点", "新冠肺炎疫情", "疫情防控", "党中央、国务院", "省委、省政府", "会议强调，要", "会议要求，要",
    "会议指出，", "负责人介绍，", "负责人表示，", "记者从", "记者今天从", "今年以来，", "近年来，",
    "生产经营", "数字经济", "产业链", "供应链", "电子信息", "新能源汽车", "轨道交通装备", "工程机械",
    "出席并讲话", "出席会议", "有关负责人", "各级各部门", "党员干部", "人民群众", "百分点",
    # stock phrases of provincial news and policy language, place and institution names
    "第一产业增加值", "一氧化碳中毒", "工业互联网平台", "企业和群众办事", "规模工业增加值同比增长",
    "企业数字化转型", "制造业数字化转型", "工业经济保持稳定", "产业链供应链稳定", "个国家和地区",
    "中小航空发动机", "中非经贸合作", "为全省高质量发展", "学习贯彻党的二十大精神", "党的二十大精神",
    "深入学习贯彻", "全面贯彻党的", "产业链上下游", "产业集群建设", "产品出口增长", "省人力资源和社会保障厅",
    "人力资源和社会保障", "居民人均可支配收入", "人大常委会副主任", "亿元以上项目", "今天召开的全省",
    "现代化产业体系", "规模以上电子信息", "软件和信息技术服务", "企业科技创新", "优质中小企业梯度培育",
    "会在长沙举行", "会在长沙召开", "社会消费品零售总额增长", "会议在长沙召开", "工作会议在长沙",
    "体制机制改革", "全省各级党组织", "全省各级各部门", "全省经济社会", "全省经济高质量发展",
    "全省规模以上工业", "全省规模工业增加值", "全省进出口总值", "全省进出口总额", "全省高质量发展",
    "公共服务平台", "关键核心技术攻关", "打造具有核心竞争力的科技创新高地", "打造内陆地区改革开放高地",
    "进出口分别增长", "出口快速增长", "切实把思想和行动统一到党", "创新平台建设", "制造业增加值增长",
    "智能制造标杆企业", "加值同比增长", "加大支持力度", "加大研发投入", "服务全省经济社会",
    "劳动密集型产品", "推动高质量发展", "帮助群众解决实际问题", "建设总体方案", "医药产业集群",
    "第十二次党代会", "湖南对非贸易额", "湖南省进出口总值", "占全省进出口", "占进出口总值的",
    "发展的重要论述", "发挥龙头企业", "发生规模性返贫", "各级各部门要", "各级财政部门", "报告会在长沙举行",
    "大会在长沙召开", "国家级专精特新", "国际竞争力持续", "湘西土家族苗族自治州", "增加值同比增长",
    "增速高于全国", "新增高新技术企业", "大力发展先进", "研究部署下一阶段", "安委会办公室",
    "届中非经贸博览会筹办", "工业和信息化", "工业增加值同比", "工业增加值增长", "工作情况汇报",
    "带动更多企业", "幕式暨主论坛", "开幕式暨主论坛", "广大党员干部", "建设社会主义现代化", "开展专项整治",
    "开展专题调研", "科技型中小企业", "技工贸总收入", "推进会上获悉", "措施落实到位", "改善人居环境",
    "新业态新模式", "新型基础设施", "智能制造产业", "株洲轨道交通装备", "长株潭城际铁路", "民营企业进出口",
    "长沙海关今天发布", "济高质量发展", "西部陆海新通道建设", "湖南省进出口", "生物医药产业集群",
    "的轨道交通装备", "的重要组成部分", "省发展改革委", "省应急管理厅", "省高质量发展作出",
    "深入田间地头", "醴陵陶瓷产业", "重点行业领域", "长沙市开福区", "长沙理工大学", "雨雪冰冻天气",
    "项目现场签约", "高新技术企业", "高质量发展作出", "高质量发展的", "轨道交通装备产业", "轨道交通装备企业",
    "社会消费品零售总额", "进出口总值的", "深入学习贯彻党", "要深入学习贯彻", "全省优势产业",
    "有关负责人介绍", "有关负责人表示", "示范区建设总体方案", "园区高质量发展", "基础设施建设", "数字经济产业",
    "省安委会办公室",
]


CJK6 = re.compile(r"[\u4e00-\u9fff]{6}")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(g):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a.get(f):
                yield a[f]
        yield from a.get("paragraphs") or []


def main():
    ok = True
    golds = sorted((HERE / "gold").glob("*.json"))
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {k: a.get(k, "") for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                            "dateline", "continued")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False,
                     paragraphs=list(a["paragraphs"]))
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": list(g.get("extras") or []) + list(g.get("duplicates") or [])})
    ex = HERE / "export_perfect.json"
    ex.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    r = subprocess.run([sys.executable, SCORER, str(ex), str(HERE / "gold"), "--pages", str(HERE / "pages"),
                        "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            print("PROBLEM:", line)
            ok = False
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    print("FAIL: cjk_space_left", v)
                    ok = False
            elif v != "None" and v != "1.000":
                print("FAIL:", k, v)
                ok = False
    if r.returncode:
        print(r.stderr)
        ok = False
    # seeds' 6-grams
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            s = squash(t)
            seed.update(s[i:i + 6] for i in range(len(s) - 5))
    gen = [squash(w) for w in GENERIC]
    bad = set()
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            s = squash(t)
            for i in range(len(s) - 5):
                x = s[i:i + 6]
                if CJK6.fullmatch(x) and x in seed and not any(x in w for w in gen):
                    bad.add(x)
    if bad:
        print("FAIL: runs shared with the seeds:", sorted(bad))
        ok = False
    # page sizes
    for p in sorted((HERE / "pages").glob("*.txt")):
        n = len(re.sub(r"\s", "", p.read_text(encoding="utf-8")))
        if not 3500 <= n <= 7500:
            print(f"FAIL: {p.name} has {n} characters")
            ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
