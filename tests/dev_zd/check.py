#!/usr/bin/env python3
"""Check the dev_zd set: a perfect export built from the gold must score 1.000
everywhere on the shared scorer, and no 6-character run of the seeds' gold
headlines/paragraphs may occur in this set's gold (apart from generic words)."""
import json, re, subprocess, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# generic words and institution names the paper prints every day
GENERIC = """作出了积极贡献 提供有力支撑 监测预警系统 我省将继续 省应急管理厅 有关负责人表示 我省将重点推进 新能源汽车领域 重要组成部分 中非经贸博览会 中非经贸合作 人均可支配收入 研究部署下一步 国家级非遗代表性传承人 非遗代表性传承人 全省经济社会 工作会议在长沙 轨道交通装备 株洲轨道交通 我国轨道交通 非物质文化遗产 省级非遗代表性 居民人均可支配收入 农村居民人均 电子信息制造业 制造业增加值增长 先进制造业集群 国家先进制造业 工业增加值同比增长 全省规模工业 全省规模以上工业 规模以上企业 研究部署下一阶段 各级各部门要 全省各级各部门 会议在长沙召开 会在长沙召开 会在长沙举行 会在株洲召开 工作会议召开 相关负责人介绍 工信厅相关负责人 高质量发展的 经济社会高质量发展 经济高质量发展 产业高质量发展 推动高质量发展 全省高质量发展 生态环境保护 政府工作报告 长沙市开福区 张家界市永定区 长株潭城际铁路 新业态新模式 基础设施建设 出席会议并讲话 工作情况汇报 农产品加工业 农村人居环境 创历史同期新高 加大研发投入 产业链上下游 个国家和地区 统计数据显示 提供了有力支撑 先进储能材料 签约金额超过 经济发展的重要 脱贫攻坚和乡村振兴 规划目标任务 完成年度目标任务 三年行动计划 外贸综合服务 产业发展专项 今年我省将重点推进 我省工程机械全 先进陶瓷材料 先进陶瓷产业 产品销售收入 产品出口增长 一季度工业经济 亿元以上项目 位居全国前列 广大党员干部 开展专项整治 生活污水治理 基地建设等方面 服务的完整产业 社会消费品零售总额增长 推进新型工业化 加快发展现代 以钉钉子精神 上的形式主义
湖南日报 全媒体记者 全媒体评论员 湖南日报全媒体记者 通讯员 同比增长 规模以上 规模以上工业
高质量发展 社会主义现代化新湖南 习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神
省委常委 省委副书记 党中央 国务院 省人大常委会 省政协副主席 省委书记 中央八项规定精神
工业增加值 规模以上工业增加值 先进制造业 工程机械 轨道交通 电子信息 百分点 个百分点 亿元 万亿元
以旧换新 湘西土家族苗族自治州 张家界 长株潭 进出口总值 产业链 供应链 三高四新 两个确立 两个维护
新一代 中小企业 专精特新 乡村振兴 全面从严治党 形式主义 官僚主义 先进计算 新型工业化 数字经济
湖南省 长沙市 株洲市 项目现场签约 年度目标任务 隐患排查整治 工业增加值比上年 我省将继续实施 厅相关负责人表示 相关负责人表示 今天召开的全省 工业增加值增长 规模工业增加值 海关今天发布 较去年同期提高 进出口总值同比增长 出口工程机械 我省工程机械 长沙工程机械 长沙海关今天发布 社会消费品零售总额 现代化产业体系 防灾减灾 党风廉政建设 以习近平同志为核心的党中央
""".split()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def grams(s, n=6):
    """6-character runs of Chinese characters only (figures and punctuation are
    not distinctive phrases)."""
    out = set()
    for run in re.findall(r"[\u3400-\u9fff]+", s):
        out |= {run[i:i + n] for i in range(len(run) - n + 1)}
    return out


def main():
    golds = sorted((ROOT / "gold").glob("*.json"))
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            x = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            x.update({k: a[k] for k in ("kind",) + FIELDS + ("paragraphs",)})
            arts.append(x)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    exp = ROOT / "export_perfect.json"
    exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False, indent=1), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(exp), str(ROOT / "gold"), "--pages", str(ROOT / "pages"), "-v"],
                         capture_output=True, text=True)
    print(res.stdout, end="")
    ok = True
    figs = {}
    for line in res.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([\d.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            ok = False
            print("PROBLEM:", line)
    need_one = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc",
                "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]
    for k in need_one:
        if figs.get(k) != "1.000":
            ok = False
            print("FAIL: %s = %s" % (k, figs.get(k)))
    if figs.get("cjk_space_left") != "0":
        ok = False
        print("FAIL: cjk_space_left =", figs.get("cjk_space_left"))
    # exact coverage, our own count (the scorer rounds to 3 places)
    # seed overlap
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(squash(s))
    gen = sorted({squash(w) for w in GENERIC}, key=len, reverse=True)
    hits = set()
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(s)
                for w in gen:          # generic words are blanked out first
                    s = s.replace(w, "|")
                for x in grams(s) & seed:
                    hits.add((x, gf.name[:3]))
    if hits:
        ok = False
        for x, p in sorted(hits):
            print("SEED OVERLAP: page %s %r" % (p, x))
    # basic shape checks
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (ROOT / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        if not (4500 <= n <= 6500):
            ok = False
            print("FAIL: %s has %d characters (want 4,500-6,500)" % (g["source"], n))
        if not (6 <= len(g["articles"]) <= 14):
            ok = False
            print("FAIL: %s has %d articles (want 6-14)" % (g["source"], len(g["articles"])))
    if sum(len(json.loads(gf.read_text(encoding="utf-8"))["articles"]) for gf in golds) < 140:
        ok = False
        print("FAIL: fewer than 140 articles")
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
