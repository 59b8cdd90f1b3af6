#!/usr/bin/env python3
"""Check the dev_za set: build the export a perfect segmenter would print from the
gold, score it with the shared scorer (every figure must be 1.000, coverage 1.000,
cjk_space_left 0, no problem lines), check the page sizes and article counts, and check
that no 6-character run of the seeds' gold text occurs in this set's gold apart from
generic words.  Prints `check passed`.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")

GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "以上工业", "工业增加值",
    "规模以上工业", "省委常委", "习近平新时代中国特色社会主义思想", "中国特色社会主义",
    "新时代中国特色", "高质量发展", "全面建设社会主义现代化", "社会主义现代化",
    "人民代表大会", "全国人大代表", "政府工作报告", "党中央", "国务院", "省人大常委会",
    "省政协", "省委", "省政府", "湖南省", "长株潭", "湘西土家族苗族自治州", "土家族苗族自治州",
    "百分点", "亿元", "万元", "同比", "增长", "摄影报道", "湖南图片库", "湖南日报记者",
    "两个确立", "两个维护", "乡村振兴", "党风廉政建设", "省人大常委会副主任", "委员会",
    "三高四新", "中央八项规定", "先进制造业", "工业和信息化", "现代服务业", "数字经济",
    "自治州", "有限公司", "省发展改革委", "省工信厅", "省商务厅", "副省长", "省委书记",
    "人工智能", "产业链", "供应链", "新能源汽车", "基础设施", "生态环境", "以上", "个百分点",
    "工程机械", "轨道交通", "国家级", "省级", "湖南省第", "与会人员", "负责人介绍",
    "负责人表示", "相关负责人", "记者从", "记者今天从", "获悉", "召开", "在长沙召开",
    "在长沙举行", "出席并讲话", "专项整治", "乡镇", "县委书记", "市委书记", "党组书记",
    "今年春节过后", "三年行动计划", "在湖南代表团", "技工贸总收入", "长株潭城际铁路",
    "轨道交通装备", "相关负责人表示", "相关负责人介绍", "各级各部门要", "全省工业经济",
    "今年我省将", "的要求", "规模工业增加值", "园区技工贸总收入突破", "厅相关负责人",
    "基础设施建设", "政府工作报告提出", "生态环境保护", "长沙市开福区", "的轨道交通装备", "较去年同期提高", "生活污水治理", "个国家和地区", "加大研发投入", "工作领导小组",
    "年保持两位数增长", "非物质文化遗产", "国家级非遗代表性项目", "全省规模工业增加值", "和公共服务平台", "决策部署和省委", "摆在突出位置", "中小航空发动机", "各级财政部门", "技术合同成交额", "项目年内开工", "增加值同比增长", "工业增加值增长", "区高质量发展", "围绕轨道交通",
    "怀化国际陆港", "提供有力支撑", "株洲轨道交通", "高质量发展的", "工业增加值同比增长", "为主导产业的", "产业项目建设", "亿元以上项目", "密切关注天气变化", "增速高于全国",
    "推动全省外贸", "醴陵陶瓷产业", "新一代信息技术", "坚决防止发生", "的重要组成部分", "道路交通安全", "同比分别增长", "在长沙开幕", "公共文化服务", "行业领军企业", "推动高质量发展", "全省经济高质量发展", "党员干部和公职人员", "党纪政务处分", "开展专项整治",
    "移送司法机关", "专项整治行动", "规模以上工业企业", "新型显示器件", "新增规模以上", "高新技术企业", "第一产业增加值",
    "轨道交通装备产业", "轨道交通装备企业", "社会消费品零售总额增长", "应急处置能力",
    "智能制造产业园", "装备制造产业", "生物医药产业", "居民人均可支配收入", "提供了有力支撑", "领域的重点任务",
]


def squash(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def gold_texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                out.append(squash(a[k]))
        out += [squash(p) for p in a["paragraphs"]]
    return out


def build_export(gold_dir: Path, out: Path) -> None:
    arts, srcs = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    out.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                   encoding="utf-8")


def main() -> int:
    fails = []
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    export = HERE / "export_perfect.json"
    build_export(gold_dir, export)
    r = subprocess.run([sys.executable, str(SCORER), str(export), str(gold_dir),
                        "--pages", str(pages_dir), "-v"], capture_output=True, text=True)
    print(r.stdout.strip())
    if r.returncode != 0:
        fails.append("scorer exit status")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line.strip())
        if m:
            k, v = m.group(1), float(m.group(2))
            if k.endswith("_acc") or k in ("seg_precision", "seg_recall", "seg_f1",
                                           "untitled_ok", "paragraph_f1", "coverage"):
                if abs(v - 1.0) > 1e-9:
                    fails.append(f"{k} = {v}")
            if k == "cjk_space_left" and v != 0:
                fails.append(f"cjk_space_left = {v}")
    if "coverage" not in r.stdout:
        fails.append("coverage not measured")

    # page sizes, counts
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    n_art = sum(len(g["articles"]) for g in golds)
    if len(golds) != 16:
        fails.append(f"{len(golds)} pages, want 16")
    if n_art < 140:
        fails.append(f"{n_art} articles, want >= 140")
    for g in golds:
        raw = (pages_dir / g["source"]).read_text(encoding="utf-8")
        c = len(re.sub(r"\s", "", raw))
        if not 4500 <= c <= 6500:
            fails.append(f"{g['source']}: {c} characters")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{g['source']}: whitespace in paragraph {p[:20]}")
    fronts = sum(1 for g in golds if g.get("issue_number"))
    if fronts < 3:
        fails.append(f"{fronts} front pages")

    # no 6-character run of the seeds' gold text
    seed_runs = set()
    for gf in SEED_GOLD.glob("*.json"):
        for t in gold_texts(json.loads(gf.read_text(encoding="utf-8"))):
            for i in range(len(t) - 5):
                seed_runs.add(t[i:i + 6])
    generic = [squash(x) for x in GENERIC]
    hits = set()
    for g in golds:
        for t in gold_texts(g):
            for i in range(len(t) - 5):
                run = t[i:i + 6]
                if not re.fullmatch(r"[\u4e00-\u9fff]{6}", run):
                    continue      # runs across figures or punctuation are not phrases
                if run in seed_runs and not any(run in w or run[:5] in w or run[1:] in w
                                                for w in generic):
                    hits.add(run)
    if hits:
        fails.append(f"{len(hits)} seed runs reused: " + " ".join(sorted(hits)[:40]))

    # year usage: before 2019 bylines say 记者, never 全媒体记者
    for g in golds:
        for a in g["articles"]:
            if "全媒体" in a["byline"] + a["dateline"]:
                fails.append(f"{g['source']}: 全媒体 before 2019")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print(f"{len(golds)} pages, {n_art} articles")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
