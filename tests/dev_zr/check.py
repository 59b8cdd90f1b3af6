#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 on every
figure with full coverage, and no 6-character run of the seeds' gold headlines
or paragraphs may occur in this set's gold (apart from generic words)."""
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
# generic words the paper repeats on every page; a seed run inside one of them is no copy
GENERIC = [
    # the paper's own and institutions' names
    "湖南日报全媒体记者", "湖南日报全媒体评论员", "全媒体记者", "湖南日报", "长沙海关", "海关",
    "省工业和信息化厅", "工业和信息化", "省人力资源和社会保障厅", "省委常委、省委", "省委书记",
    "省长", "党中央", "长株潭城际铁路", "怀化国际陆港", "城陵矶", "长沙市开福区", "长沙市天心区",
    "中非经贸博览会", "中国—非洲经贸博览会", "第四届", "首届", "中非经贸深度合作先行区",
    "新一代自主安全计算系统", "中小航空发动机", "非物质文化遗产", "国家级", "省级",
    # trade, industry and policy terms
    "规模以上工业企业", "规模以上工业", "规模工业", "工业增加值", "制造业增加值", "增加值",
    "同比增长", "比上年增长", "分别增长", "增速高于全国", "增速高于全", "同比分别增长",
    "进出口总值", "进出口", "出口", "机电产品", "高新技术产品", "劳动密集型产品", "其中",
    "工程机械", "轨道交通装备", "轨道交通", "装备制造", "装备", "新能源汽车", "农产品",
    "先进制造业集群", "先进制造业", "世界级产业集群", "产业集群", "产业链上下游", "强链补链延链",
    "先进储能材料", "先进硬质材料", "硬质合金", "新一代信息技术", "工业互联网平台", "公共服务平台",
    "专精特新", "小巨人企业", "小巨人", "企业", "智赋万企", "实施", "行动", "湘商回归项目",
    "以旧换新政策", "加大研发投入", "龙头企业引领", "中欧班列", "累计开行班列", "非资源性产品",
    "一带一路", "中非经贸合作", "经贸合作", "三年行动计划", "产业项目建设", "基础设施建设",
    "乡村振兴", "易地扶贫搬迁", "防止规模性返贫", "发生规模性返贫", "农村人居环境", "湘江", "洞庭湖",
    "张家界", "数字经济", "高质量发展", "三高四新", "全面落实", "战略", "习近平", "全面从严治党",
    "深入学习贯彻", "摆在突出位置", "提供有力支撑", "重要组成部分", "各级各部门要", "各类经营主体",
    "经营主体活力", "生态保护修复", "应急处置能力", "移送司法机关", "数量居全国第", "智能化", "绿色化",
    "个国家和地区", "个国家", "非洲", "湖南省", "湖南", "我省", "我国", "全省", "全省上下", "持续推进",
    # reporting formula
    "负责人介绍", "负责人表示", "有关负责人", "记者从", "获悉", "今年我省将", "今年将", "今年", "去年",
    "我省将继续", "我省将重点推进", "将继续", "继续实施", "以来", "今年以来", "表示", "介绍", "透露",
    "会议在长沙召开", "大会在长沙召开", "会在长沙召开", "会在长沙开幕", "会在株洲召开", "在长沙召开",
    "召开会议", "会议", "总结", "提出", "指出", "强调", "要深化", "要深入学习", "部署下一阶段",
    "出席会议并讲话", "培训班在长沙", "工作会议", "春节期间", "企业开工率达", "签约金额超过",
    "收入突破", "投资", "亿元", "以上", "项目", "月", "日", "年", "前", "个", "至", "长沙市", "长沙",
    "作出的重大决策", "株洲", "国家", "产业", "产业链", "增长", "发展", "推动", "重点行业",
    "工业经济运行", "今天", "发布", "数据", "上", "据悉", "引进", "湘商回归", "活动", "家", "的",
    "本届", "建设", "劳动密集型产业", "中非合作", "文旅", "新动能", "创新中心", "中小企业", "美元",
    "名", "多", "来自", "部长", "亿", "先进", "围绕", "力争", "全年", "重大产业项目", "分析", "增速", "比", "合作",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def han(s: str) -> str:
    """Only the Chinese characters: a copied sentence shows there whatever its
    figures and punctuation; formula like `获悉，今年我省将` is whitelisted."""
    return "".join(re.findall(r"[\u4e00-\u9fff]", s or ""))


def export(gold_dir: Path) -> dict:
    arts, srcs = [], []
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {k: a[k] for k in ("kind", *FIELDS, "paragraphs")}
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": srcs}


def seed_runs() -> set[str]:
    runs = set()
    for f in (SHARED / "gold").glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                s = han(s)
                runs.update(s[i:i + 6] for i in range(len(s) - 5))
    return runs


def overlap(gold_dir: Path) -> list[str]:
    runs = seed_runs()
    gen = [han(g) for g in GENERIC]
    hits = []
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a[k] for k in FIELDS] + a["paragraphs"]:
                s = han(s)
                cov = [False] * len(s)          # characters inside a generic word
                for w in gen:
                    for m in re.finditer(re.escape(w), s):
                        cov[m.start():m.end()] = [True] * len(w)
                for i in range(len(s) - 5):
                    r = s[i:i + 6]
                    if r in runs and not all(cov[i:i + 6]):
                        hits.append(f"{f.name}: {r}  …{s[max(0, i - 8):i + 14]}…")
    return hits


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps(export(HERE / "gold"), ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out, end="")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", out, re.M))
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            print(f"FAIL {k} = {figs.get(k)}")
            ok = False
    if figs.get("cjk_space_left") != "0":
        print("FAIL cjk_space_left", figs.get("cjk_space_left"))
        ok = False
    if "---" in out:
        print("FAIL problem lines reported")
        ok = False
    hits = overlap(HERE / "gold")
    for h in hits:
        print("SEED RUN", h)
    ok = ok and not hits
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != len(golds) or [p.stem for p in pages] != [g.stem for g in golds]:
        print("FAIL pages and gold differ")
        ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
