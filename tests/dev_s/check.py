#!/usr/bin/env python3
"""Check the dev_s set: a perfect export built from the gold must score 1.000 on every
figure, with full coverage and no problem lines; pages must be full-length; and no
6-character run of the seeds' gold text may occur in this set's gold."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
GENERIC = {  # generic words and institution names allowed to recur
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "高质量发展", "习近平新时代中国特色社会主义思想",
    "社会主义现代化新湖南", "党的二十大精神", "湖南日报全媒体评论员", "省委常委", "省委书记", "全国人大代表",
    "副省长", "省政协副主席", "省人大常委会副主任", "以习近平同志为核心的党中央", "三高四新", "美好蓝图",
    "中央八项规定精神", "乡村振兴", "先进制造业", "国家重要先进制造业高地", "规模以上工业增加值", "全面建设社会主义现代化",
    "在长沙召开", "在长沙举行", "湖南图片库", "高质量发展", "新湖南", "全面推进乡村振兴", "工业互联网",
    "社会消费品零售总额", "智赋万企", "新一代信息技术", "长株潭", "湘西土家族苗族自治州", "中非经贸博览会",
    "摄影报道", "工作会议在长沙召开", "出席会议并讲话", "相关负责人介绍", "相关负责人表示", "外商投资企业",
    "三年行动计划", "世界500强", "长沙市开福区", "各级各部门要", "开放型经济工作", "新闻发布会", "有关负责人介绍",
    "有关负责人表示", "记者从省", "全省各级各部门", "领导干部", "党员干部", "主持召开", "调研时强调", "出席并讲话",
    "省委副书记", "省长", "怀化国际陆港", "西部陆海新通道", "新的更大贡献", "工业增加值增长", "规模工业增加值", "制造业增加值", "消费品以旧换新", "以旧换新政策", "数码产品购新补贴", "把思想和行动统一到", "全省各级党组织", "全省工业经济", "工业经济运行", "大力提振消费", "消费新增长点", "我省贯彻落实", "持续深化改革", "工作领导小组", "工业和信息化", "新型工业化", "长沙市天心区", "农村基本具备现代生活条件", "推动外贸质升量稳", "规模性返贫", "建设农业强省", "稳外贸稳外资", "优化发展环境", "农产品加工业", "工作会议部署", "文旅广电局", "人均可支配收入", "农村居民人均", "世界级产业集群", "产业集群建设", "工作会议召开", "新一代半导体", "若干政策措施", "产业链上下游", "企业和群众办", "进出口总值", "出口机电产品", "出口工程机械", "增速高于全国", "民营企业进出口", "占全省进出口", "全省经济社会", "国家级专精特新", "专精特新", "先进轨道交通", "生态环境保护", "进步奖二等奖", "经贸合作日益密切", "低温雨雪冰冻天气", "提供了有力支撑", "农产品出口", "出口分别增长", "年度目标任务", "科技型中小企业", "长沙海关今天发布", "高新技术企业", "全面从严治党", "农村人居环境", "劳动密集型产", "中小航空发动机", "中非经贸合作", "轨道交通装备", "积极建言献策", "我省今年将", "省人力资源", "人力资源和社会保障", "全国两会精神", "政府工作报告", "完成年度目标", "我省今年将", "亿元以上项目", "先进储能材料", "技工贸总收入", "我省将重点推进", "今年我省将重点", "钉钉子精神", "产业项目建设", "今天召开的全省", "省农委相关负责人", "委相关负责人", "省委秘书长", "省政府", "经济社会发展", "同比下降", "增速居全国", "个百分点", "中非经贸深度合作", "意识形态", "两个维护", "两个确立", "决定性意义", "党中央决策部署",
}


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def main():
    golds = sorted((HERE / "gold").glob("*.json"))
    export = {"articles": [], "sources": []}
    ok = True
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                   "dateline", "continued", "paragraphs")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        na = len(g["articles"])
        if not (3500 <= n <= 7500) or not (6 <= na <= 14):
            print(f"page {g['source']}: {n} characters, {na} articles (want 3500-7500, 6-14)")
            ok = False
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False)
    r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), f.name, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.strip())
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            ok = False
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if float(m.group(2)) != 1.0:
                print("figure not 1.000:", line)
                ok = False
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            ok = False
        if line.startswith("coverage") and line.split()[1] != "1.000":
            ok = False
    # no reuse of the seeds' text
    seed_runs = set()
    for gf in (SHARED / "gold").glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(s)
                seed_runs.update(s[i:i + 6] for i in range(len(s) - 5))
    bad = {}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(s)
                for w in sorted(GENERIC, key=len, reverse=True):
                    s = s.replace(w, "|")  # generic words cut the text; runs never span them
                for i in range(len(s) - 5):
                    run = s[i:i + 6]
                    if re.search(r"[|，。、；：？！“”‘’（）《》,.()—…·;:!?%]", run):
                        continue  # a run across punctuation is a chance join, not a phrase
                    if len(re.findall(r"[0-9]", run)) >= 2:
                        continue  # figures recur by chance
                    if run in seed_runs and not any(run in w for w in GENERIC) \
                            and not re.fullmatch(r"[\d.%，。、年月日亿万元个]+", run):
                        bad.setdefault(run, gf.name)
    for run, where in sorted(bad.items()):
        print("seed text reused:", run, where)
        ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
