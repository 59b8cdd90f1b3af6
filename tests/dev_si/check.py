#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare byte-for-byte, check the shape, the
seed-phrase rule, and score a perfect export with /work/shared/tools/score.py."""
from __future__ import annotations

import datetime
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2018", "2024"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, datelines, and set phrases every page of the paper uses
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 负责人 主要负责人
高质量发展 习近平新时代中国特色社会主义思想 习近平总书记 习近平 新时代 中国特色社会主义
党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长 省领导
省工信厅 省经信委 省发改委 省发展改革委 省商务厅 省卫健委 省卫计委 省农业农村厅 省文旅厅
省数据局 省统计局 省财政厅 省科技厅 省教育厅 省自然资源厅 省生态环境厅 省能源局 省扶贫办
湖南大数据交易所 国家电网 长沙海关 国家统计局 新华社
湖南省 湖南 长沙市 长沙 湘潭县 湘潭市 湘潭 株洲市 株洲 衡阳市 衡阳 岳阳 常德 益阳 娄底
郴州 永州 怀化 邵阳 张家界 湘西土家族苗族自治州 湘西 长株潭 洞庭湖 湘江 南岳 衡山
全省 我省 今年以来 近年来 据了解 据悉 同比增长 同比下降 百分点 亿元 万元 万亩
规模以上工业 规模以上 增加值 乡村振兴 数字经济 新能源汽车 先进制造业 产业链 产业集群
三高四新 美好蓝图 现代化新湖南 社会主义现代化 两个确立 两个维护 决定性意义
会议强调 会议指出 会议要求 会上 日前 近日 今天 记者从 获悉 表示 介绍
以上图片均由 湖南图片库 摄影报道 上接1版 下转2版 紧接1版
非物质文化遗产 工业经济 一季度 二季度 三季度 前三季度 上半年 社区卫生服务中心
家庭医生 签约服务 光伏发电 新能源 数据要素 数据交易 大数据
进出口总值 轨道交通装备 劳动密集型 数据中心 高于全国 开放平台 人才培养 政策措施 一带一路
政府工作报告 企业和群众 专项资金 重点推进 思想和行动统一到 决策部署
同比分别增长 分别增长 摆在突出位置
十四五 十五五 重要抓手 人工智能
代表性项目 代表性传承人 非遗 创造性转化 创新性发展
西部陆海新通道 信息技术服务业 软件和信息技术 田间地头 怀化国际陆港
充电基础设施 深度融合
新三样 老三样
国家和地区 位居全国前列 常年同期 下发通知 要求各地 要求各级 分布式光伏 屋顶分布式
""".split()

CJK_RE = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "#")
    return s


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK_RE.findall(w)) >= 5:
            out.add(w)
    return out


def gold_texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
        out += a.get("paragraphs", [])
    return [t for t in out if t]


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    res = compose.build_all()
    problems = []

    # 1. byte-for-byte rebuild
    want_pages = {r["name"] + ".txt": r["text"] for r in res}
    want_gold = {r["name"] + ".json": json.dumps(r["gold"], indent=1, ensure_ascii=False) + "\n"
                 for r in res}
    have_pages = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "pages").glob("*")}
    have_gold = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "gold").glob("*")}
    if have_pages != want_pages:
        problems.append("pages/ differ from a rebuild")
    if have_gold != want_gold:
        problems.append("gold/ differs from a rebuild")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(res):
        problems.append("README.md differs from a rebuild")

    # 2. shape
    if len(res) != 14:
        problems.append(f"{len(res)} pages, want 14")
    lay = Counter(r["meta"]["layout"] for r in res)
    if lay != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(lay)}")
    years = Counter(r["meta"]["date"][:4] for r in res)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            problems.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        problems.append(f"unexpected years {set(years) - set(YEARS)}")
    seqs = [r["name"][:3] for r in res]
    if seqs != [f"{i:03d}" for i in range(1, 15)]:
        problems.append(f"sequence numbers {seqs}")
    fronts = [r for r in res if r["gold"]["issue_number"]]
    if sorted(r["meta"]["date"][:4] for r in fronts) != sorted(FRONT_YEARS):
        problems.append("front pages: want one in each of " + ", ".join(sorted(FRONT_YEARS)))
    for r in res:
        g = r["gold"]
        name = r["name"]
        if name[4:] != hashlib.sha256(r["text"].encode()).hexdigest()[:16]:
            problems.append(f"{name}: name is not the text's hash")
        if g["source"] != name + ".txt":
            problems.append(f"{name}: gold source")
        n = compose.nchars(r["text"])
        if not 4500 <= n <= 6500:
            problems.append(f"{name}: {n} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            problems.append(f"{name}: {na} articles")
        datetime.date.fromisoformat(g["issue_date"])
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                problems.append(f"{name}: article keys")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                problems.append(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s.replace(" ", "") not in [p.replace(" ", "") for p in a["paragraphs"]]:
                    problems.append(f"{name}: subhead not among paragraphs: {s}")
            for p in a["paragraphs"]:
                if re.search(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])\s+"
                             r"(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])", p):
                    problems.append(f"{name}: space between CJK in a paragraph: {p[:20]}")
    for f in fronts:
        g = f["gold"]
        if not g["page_count"] or f["meta"]["page"] != "1":
            problems.append(f"{f['name']}: front page fields")
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [r for r in res if r["meta"]["date"] == f["meta"]["date"] and r["meta"]["page"] == "2"]
        if not jumps or not p2:
            problems.append(f"{f['name']}: front page with no jump to a page 2 in the set")
        elif not any(a["continued"].startswith("上接1版") for a in p2[0]["gold"]["articles"]):
            problems.append(f"{p2[0]['name']}: page 2 holds no 上接1版 continuation")

    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in gold_texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= windows(blank(t))
    for r in res:
        for t in gold_texts(r["gold"]):
            hit = windows(blank(t)) & seed
            if hit:
                problems.append(f"{r['name']}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:16]}")

    # 4. perfect export scored by the shared scorer
    export = {"articles": [], "sources": []}
    for r in res:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in a})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"] + r["markers"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        fail("scorer exit code %d: %s" % (out.returncode, out.stderr))
    bad = []
    for line in out.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            bad.append(line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                bad.append(line)
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            bad.append(line)
    if "coverage         1.000" not in out.stdout:
        bad.append("coverage not 1.000")
    for p in problems + bad:
        print("  -", p)
    if bad:
        fail("scorer figures not perfect")
    if problems:
        fail(f"{len(problems)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
