#!/usr/bin/env python3
"""Check the dev_zc set: build the export a perfect segmenter would print from the
gold, score it with the shared scorer, and check that no 6-character run of the
seeds' gold headlines/paragraphs occurs in this set's gold (apart from a short list
of generic words). Prints `check passed` when everything holds.

    python3 check.py
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")

# generic words, institution and programme names that may legitimately recur
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "新湖南客户端",
    "省委副书记", "省委常委", "省政府", "省人大常委会", "省政协", "湖南省",
    "中非经贸深度合作先行区", "中非经贸博览会", "先进制造业高地", "先进制造业集群",
    "国家级专精特新“小巨人”企业", "专精特新“小巨人”企业", "工业互联网", "智赋万企",
    "轨道交通装备", "中小航空发动机", "新一代自主安全计算系统", "湘江新区",
    "长沙经开区", "湘西土家族苗族自治州", "省工信厅", "省商务厅", "省发展改革委",
    "省市场监管局", "省农业农村厅", "省生态环境厅", "省司法厅", "长沙海关", "十四五",
    "十五五", "高质量发展", "营商环境", "新质生产力", "人工智能", "工程机械", "百分点",
    "社会消费品零售总额", "进出口总值", "规模工业增加值", "全省各级", "相关负责人",
    "湖南湘江新区", "湖南大数据交易所", "中国（湖南）", "中非经贸合作促进创新示范园",
    "湘商回归", "高标准农田", "省政府办公厅", "省人民检察院", "省高级人民法院",
    "新型基础设施", "国家先进制造业集群", "新能源汽车", "长株潭", "洞庭湖",
    "关键核心技术", "生态环境", "乡村振兴", "粮食安全", "省委书记", "省长",
    "有限公司", "全国人大代表", "全国政协委员", "人民大会堂", "政府工作报告",
    # officialese and institution names that any report of the paper uses
    "规模以上工业增加值", "规模以上工业企业", "专项整治行动", "三年行动计划", "世界级产业集群",
    "工业互联网平台", "制造业单项冠军企业", "新兴产业和未来产业", "工业增加值增长", "企业数字化转型",
    "个国家和地区", "国家级专精特新", "主要负责人表示", "轨道交通装备产业", "轨道交通装备企业",
    "现代化产业体系建设", "产业链上下游", "人大常委会党组书记", "人大常委会副主任",
    "软件和信息技术服务业", "优质中小企业梯度培育", "会在长沙举行", "会在长沙召开", "会在株洲召开",
    "大会在长沙开幕", "位居全国前列", "合作先行区建设", "工信厅相关负责人", "相关负责人介绍",
    "相关负责人表示", "推动全省高质量发展", "经济高质量发展", "推动高质量发展", "制造业增加值增长",
    "先进制造业高地建设", "先进制造业高地的", "加大支持力度", "加大研发投入", "炼化一体化项目",
    "湖南对非贸易额", "发挥中非经贸", "中非经贸合作的", "各类经营主体", "各级各部门要", "同比分别增长",
    "社会消费品零售总额增长", "在市场竞争中", "基础设施建设", "委主要负责人", "工业和信息化",
    "工作领导小组", "法工委相关负责人", "年度目标任务", "广大政协委员", "怀化国际陆港",
    "科技型中小企业", "技术合同成交额", "新业态新模式", "新增国家级专精特新", "新引进湘商回归",
    "智能算力中心", "服务业增加值", "株洲轨道交通装备", "关键核心技术攻关", "消费品以旧换新",
    "非物质文化遗产", "生活污水治理", "重要组成部分", "省应急管理厅", "省级先进制造业",
    "自然资源部门", "西部陆海新通道", "走在全国前列", "较去年同期提高", "较常年同期偏",
    "长沙市开福区", "高新技术企业", "推进会上获悉", "省级先进制造业集群",
    "大会在长沙召开", "的轨道交通装备", "为国家级专精特新", "的重要组成部分",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def build_export(gold_dir: Path) -> dict:
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
                     "extras": list(g.get("extras") or []) + list(g.get("duplicates") or [])})
    return {"articles": arts, "sources": srcs}


def seed_runs(n: int = 6) -> set[str]:
    runs = set()
    for gf in SEED_GOLD.glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs") or []):
                s = squash(t)
                for i in range(len(s) - n + 1):
                    runs.add(s[i:i + n])
    return runs


def main():
    gold_dir, pages = HERE / "gold", HERE / "pages"
    golds = sorted(gold_dir.glob("*.json"))
    if len(golds) != 16 or len(list(pages.glob("*.txt"))) != 16:
        fail("expected 16 pages and 16 gold files")
    export = build_export(gold_dir)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump(export, tf, ensure_ascii=False)
        ep = tf.name
    r = subprocess.run([sys.executable, str(SCORER), ep, str(gold_dir), "--pages", str(pages), "-v"],
                       capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0:
        fail("scorer exited with %d: %s" % (r.returncode, r.stderr))
    figs = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line.strip())
        if m:
            figs[m.group(1)] = m.group(2)
    if any(l.startswith("---") or l.startswith("    ") for l in out.splitlines()):
        fail("scorer listed problem lines")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left = %s" % figs.get("cjk_space_left"))
    # gold sanity
    n_art = 0
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        if not (gf.stem + ".txt") == g["source"]:
            fail(f"source name mismatch in {gf.name}")
        raw = (pages / g["source"]).read_text(encoding="utf-8")
        chars = len(squash(raw))
        if not 4500 <= chars <= 6500:
            fail(f"{g['source']}: {chars} characters")
        n_art += len(g["articles"])
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"whitespace left in a gold paragraph: {p[:30]}")
                if not p:
                    fail("empty paragraph")
    if n_art < 140:
        fail(f"only {n_art} articles")
    # no seed text reused
    runs = seed_runs()
    generic = [squash(w) for w in GENERIC]
    hits = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a["paragraphs"]):
                s = squash(t)
                for i in range(len(s) - 5):
                    run = s[i:i + 6]
                    if not re.fullmatch(r"[\u4e00-\u9fff]{6}", run):
                        continue    # runs of digits/punctuation are not phrases
                    if run in runs and not any(run in w or w in run and len(w) >= 4 for w in generic):
                        hits.append((gf.name[:3], run, s[max(0, i - 8):i + 14]))
    if hits:
        seen = set()
        for h in hits:
            if h[1] not in seen:
                seen.add(h[1])
                print("   seed run:", *h)
        fail(f"{len(seen)} 6-character runs of the seeds' text reused")
    print("check passed")


if __name__ == "__main__":
    main()
