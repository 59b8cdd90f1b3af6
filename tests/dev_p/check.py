#!/usr/bin/env python3
"""Check the dev_p set: a perfect export built from the gold must score 1.000 on
every figure with the shared scorer, cover every raw character, and the gold must
share no 6-character run with the seeds' gold beyond a short list of generic words.

    python3 check.py        # prints `check passed` or what failed
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# Generic words of the paper that any page may share with the seeds (a 6-run is
# accepted when it lies inside one of these).
GENERIC = """湖南日报全媒体记者 湖南日报全媒体评论员 湖南日报评论员 全媒体记者 通讯员
同比增长 规模以上工业增加值 规模以上工业企业 规模以上 社会消费品零售总额 固定资产投资
省委常委、省委秘书长 省委副书记、省长 省委常委、省委宣传部部长 省人大常委会副主任 省政协副主席
以习近平新时代中国特色社会主义思想为指导 习近平新时代中国特色社会主义思想 全面贯彻党的二十大精神
中国特色社会主义 党的十九大精神 高质量发展 社会主义现代化新湖南 “三高四新” 三高四新
省工业和信息化厅 省人力资源和社会保障厅 省农业农村厅 省文化和旅游厅 省商务厅 省统计局 省发展改革委
长沙海关 省生态环境厅 省住房和城乡建设厅 人民银行长沙中心支行 省应急管理厅 省市场监管局
“一带一路” 一带一路 个百分点 亿元，同比增长 万元，同比增长 新能源汽车 工程机械 轨道交通装备
智能制造 工业互联网 数字经济 先进制造业 产业链供应链 专精特新“小巨人”企业 专精特新
中央八项规定精神 形式主义、官僚主义 全面从严治党 乡村振兴 防止规模性返贫 粮食安全
湖南图片库 摄影报道 湘江新区 长沙经开区 国家级 示范基地 综合保税区 城陵矶 中非经贸博览会
有关负责人表示， 有关负责人介绍， 相关负责人表示， 负责人介绍，今年以来， 负责人表示，今年
会议强调，要坚持 会议要求，要 会议指出，要坚持 会议提出， 会议透露， 在长沙召开。会议提出，
工作会议在长沙召开。会议 在长沙举行。 在长沙开幕。 出席并讲话，省 出席并讲话。 省委副书记
省人大常委会 省委、省政府 各级党委、政府要 各级各部门要 。全省各级各部门 ，全省各级党组织
广大党员干部 广大政协委员 近年来，我省 今年以来，全省 ，今年以来，湖南 获悉，今年我省将
今年，我省将重点推进 春节期间，全省 个国家和地区 高新技术企业 新增高新技术企业 外商投资企业
民营企业进出口 技术合同成交额 科技型中小企业 数字经济产业 电子信息制造业 软件和信息技术服务业
农村居民人均可支配收入 农业农村发展 全省工业经济运行 增加值同比增长 规模工业增加值增长
制造业增加值增长 社会消费品零售总额增长 亿元，同比增长 亿元，增长 亿元，比上年增 ，同比分别增长
个百分点 ，增速居中部第一 ，高于全国 增速高于全国 进出口总值 。其中，出口 产品出口增长
农产品出口增长 累计开行班列 ，同比增长 分别增长 家以上， 亿元以上项目 以上项目 签约金额超过
湘西土家族苗族自治州 长株潭城际铁路 长沙市开福区 长沙市天心区 湘北、湘中 新能源汽车、 、新能源汽车、
、生物医药、 、人工智能等领域 、跨境电商、 、轨道交通装备等优势产业 先进轨道交通 新型显示、智能终端
非物质文化遗产 低温雨雪冰冻天气 道路交通安全 重点行业领域 对重点行业领域 各类经营主体 世界500强
“一老一小” “十五五”规划 省“十五五”规划 新中国成立70周年 中非经贸合作 “三高四新”战略 落实“三高四新”战略
推动高质量发展 高质量发展新 高质量发展。 推动高质量发展中 推动高质量发展的 推动高质量发展，
全面推进乡村振兴 违反中央八项规定精神 中央八项规定精神， 形式主义、官僚主义， 学习贯彻党的
智能化、绿色化 高端化、智能化 企业数字化转型， 关键核心技术 加大研发投入 体制机制改革，
公共服务平台 产业深度融合， 具有核心竞争力的 生态环境保护 重大决策部署 工作情况汇报
的突出问题， 智慧和力量。 的政治责任， 的新任务新要求， 了过去一年的 年度目标任务，
气象部门提醒， 省政府秘书长 三年行动计划 中心负责人说 专项行动开展 开展专题调研，
、公车私用、 措施，进一步 ”系列活动， 指出，要坚持 强调，要坚持 发展示范区，
各项措施落实 隐患排查整治 持续推进，全省 经济发展的重要 湘商回归项目 引进湘商回归项目
实施方案》，提出到20
全省规模以上工业增加值 全省规模工业增加值 全省规模工业企业 提供有力支撑 在长沙召开 在长沙举行
会在长沙召开 会在长沙举行 规模以上工业增加值同比增长 软件和信息技术服务业营业收入 国家级专精特新
国家进出口 数量居全国前列 长沙市 省人大常委会副主任 省人大常委会 省委副书记、省长 指明了方向 》，提出到20 ，新增国家级 企业科技创新 ，推动进出口 加快发展现代
"""


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export(gold_dir: Path) -> dict:
    arts, sources = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind",) + FIELDS})
            e["paragraphs"] = list(a["paragraphs"])
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": sources}


def strict_coverage(pages: Path, gold_dir: Path) -> list[str]:
    """Characters of each raw line that no gold string holds (beyond the jump arrows)."""
    sys.path.insert(0, str(SCORE.parent))
    import score  # the shared scorer's own coverage routine
    problems = []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        hay = "\u0000".join(squash(s) for s in score.strings_in(g["articles"]) + g["extras"] + g["duplicates"])
        raw = (pages / g["source"]).read_text(encoding="utf-8")
        for line in raw.splitlines():
            s = squash(line)
            got = score.covered(s, hay)
            lost = len(s) - got
            if lost > 2:
                problems.append(f"{g['source']}: {line.strip()[:40]!r} lost {lost}")
    return problems


def seed_runs() -> set[str]:
    runs = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                t = squash(t)
                runs.update(t[i:i + 6] for i in range(len(t) - 5))
    return runs


def generic_run(r: str, generic: list[str]) -> bool:
    """A shared run is generic when, figures and dates set aside, every piece of it
    between punctuation marks is short (a formula's joints) or a generic word."""
    core = re.sub(r"[0-9][0-9.%°C]*[年月日号]?", "|", r)
    pieces = re.split(r"[|,.;:!?、。“”‘’()（）《》—…]", core)
    return all(len(p) < 4 or any(p in w for w in generic) for p in pieces)


def overlap(gold_dir: Path) -> list[str]:
    seeds = seed_runs()
    generic = [squash(w) for w in GENERIC.split()]
    hits = []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                t = squash(t)
                for i in range(len(t) - 5):
                    r = t[i:i + 6]
                    if r in seeds and not generic_run(r, generic):
                        hits.append(f"{gf.name}: {r} …{t[max(0, i - 8):i + 14]}…")
    return hits


def main() -> int:
    pages, gold = HERE / "pages", HERE / "gold"
    ok = True
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(build_export(gold), f, ensure_ascii=False)
        exp = f.name
    out = subprocess.run([sys.executable, str(SCORE), exp, str(gold), "--pages", str(pages), "-v"],
                         capture_output=True, text=True).stdout
    print(out.strip())
    figs = {}
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line.strip())
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) not in ("1.000", "None"):
            print(f"FAIL {k} = {figs.get(k)}")
            ok = False
    if figs.get("cjk_space_left") != "0":
        print(f"FAIL cjk_space_left = {figs.get('cjk_space_left')}")
        ok = False
    if "--- " in out:
        print("FAIL the scorer lists problem lines")
        ok = False
    for p in strict_coverage(pages, gold):
        print("FAIL coverage", p)
        ok = False
    hits = overlap(gold)
    for h in hits[:40]:
        print("FAIL seed overlap", h)
    ok = ok and not hits
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
