#!/usr/bin/env python3
"""Verify the dev_ua test set; prints `check passed` or exits non-zero with the reasons.

1. compose.build() reproduces pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print scores 1.000 everywhere with the shared scorer;
3. the set has the shape the brief asks for;
4. no 6-character run (>= 5 Chinese characters) is shared with the seeds' gold text.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

# Generic words blanked before the seed-phrase comparison: institution and place names,
# titles of office and set phrases every report of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人 有关负责人 新华社 华声在线 新湖南客户端
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
省委常委 省委书记 副省长 省长 副主任 副主席 秘书长 出席 讲话 召开 举行 会议 会上 强调 指出 要求 表示 介绍
社会主义现代化新湖南 三高四新 高质量发展 二十大精神 两个确立 两个维护 中央八项规定精神
长株潭 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 湘西土家族苗族自治州 土家族苗族 湘西 张家界 洞庭湖 湘江
规模以上工业 工业增加值 同比增长 百分点 亿元 万元 今年以来 近年来 据介绍 据了解 截至 目前
工程机械 先进制造业 智能制造 产业链 产业集群 数字经济 工业互联网 新能源汽车 以旧换新
社会消费品零售总额 进出口 中非经贸 省商务厅 省工信厅 省应急管理厅 应急管理 安全生产 事故灾害 隐患排查
省教育厅 中小学 轨道交通装备 专精特新 小巨人 生产经营单位 历史同期 省安委会 三年行动计划 中南林业科技大学 湖南师范大学 中南大学 湖南大学 农村人居环境 工业和信息化部 工业和信息化 企业技术中心 党纪政务处分 移送司法机关 非物质文化遗产 中华优秀传统文化 开展专项整治 湖南老字号 中华老字号 充电基础设施 省气象局 电动自行车 道路交通安全 重大危险源 数字化转型 审议有关文件 研究部署 制造业增加值 中小航空发动机 关键核心技术 研发投入 一带一路 清醒看到 长沙海关 海关 技术合同成交额 规模性返贫 高端化 智能化 绿色化 主体责任 部门监管责任 义务教育 乡村振兴 生态环境 湖南省 我省 全省 各级 各地 各部门 一批 进一步 持续 推动 加快 推进
打造 建设 发展 服务 工作 企业 项目 产业 经济 创新 系统 平台 能力 水平 体系 领域 重点 质量 全国 国家
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "#")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append(a["kicker"] + a["title"] + a["subtitle"])
        out.extend(a["paragraphs"])
    return out


def main() -> int:
    bad: list[str] = []
    files, rows, stats = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = {f"{d}/{p.name}" for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    if on_disk != {k for k in files if k != "README.md"}:
        bad.append("pages/ or gold/ hold files compose does not make")
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            bad.append(f"{rel} differs from a fresh build")
    golds = {rel: json.loads(c) for rel, c in files.items() if rel.startswith("gold/")}
    # 2. perfect export through the shared scorer
    arts, srcs = [], []
    for rel, g in sorted(golds.items()):
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            bad.append("scorer problem: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                bad.append(f"cjk_space_left {v}")
        elif v != "1.000":
            bad.append(f"{k} is {v}, not 1.000")
    if r.returncode:
        bad.append("scorer failed: " + r.stderr[-300:])
    # 3. shape
    if len(rows) != 14:
        bad.append(f"{len(rows)} pages, not 14")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "paragraph": 7}):
        bad.append(f"layouts {dict(lay)}")
    years = Counter(r["date"][:4] for r in rows)
    if set(years) != {"2017", "2019", "2022", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        bad.append(f"years {dict(years)}")
    for r in rows:
        if not 4500 <= r["chars"] <= 6500:
            bad.append(f"{r['file']}: {r['chars']} characters")
        if not 7 <= r["articles"] <= 13:
            bad.append(f"{r['file']}: {r['articles']} articles")
    for rel, text in files.items():
        if rel.startswith("pages/"):
            import hashlib
            h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            if not re.fullmatch(r"pages/\d{3}_" + h + r"\.txt", rel):
                bad.append(f"{rel}: name does not carry the page hash")
    fronts = [(rel, g) for rel, g in golds.items() if g["issue_number"]]
    if len(fronts) != 2 or {g["issue_date"][:4] for _, g in fronts} != {"2017", "2024"}:
        bad.append("need two front pages, 2017 and 2024")
    for rel, g in fronts:
        if not g["page_count"] or not any("下转2版" in a["continued"] for a in g["articles"]):
            bad.append(f"{rel}: front page without page count or 下转2版")
        twos = [x for x in golds.values() if x["issue_date"] == g["issue_date"] and x is not g]
        if not any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                   for x in twos for a in x["articles"]):
            bad.append(f"{rel}: no page 2 continuation (上接1版) in the set")
    for rel, g in golds.items():
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            bad.append(f"{rel}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                bad.append(f"{rel}: article key order")
    # 4. seed phrases
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(t)
    shared = Counter()
    for rel, g in golds.items():
        for t in texts(g):
            for x in grams(t) & seed:
                shared[x] += 1
    for x, n in shared.most_common():
        bad.append(f"seed phrase shared: {x} ({n}x)")
    if bad:
        for b in bad:
            print("FAIL", b)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
