#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, score a perfect export, check shape and seed phrases.

    python3 check.py        prints `check passed` or the reasons it failed
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
YEARS = {"2016", "2021", "2022", "2025"}

# Words any Hunan Daily page uses: blanked on both sides before comparing 6-character runs.
GENERIC = """
湖南日报 全媒体记者 记者 通讯员 相关负责人 负责人 湖南省 湖南 我省 全省 省委 省政府 省人大常委会 省政协
长沙 株洲 湘潭 衡阳 岳阳 常德 怀化 郴州 永州 邵阳 益阳 娄底 张家界 湘西土家族苗族自治州 湘西 湘南 湘北 湘中 长株潭
同比增长 增长 亿元 万元 万亿元 百分点 以上 左右 今年 去年 今天 近日 日前 前两个月 个月 我国 全国 中国 国家
高质量发展 习近平 新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 省委常委 副省长 省长 书记 主任 会议
工业和信息化 发展改革委 工信厅 商务厅 海关 人民法院 检察院 法院 自然资源 应急管理厅 文化和旅游厅 交通运输厅
数字经济 人工智能 产业链 供应链 现代化 新湖南 三高四新 美好蓝图 先进制造业 产业集群 有限公司 集团 示范
进出口 外贸 出口 进口 消费 投资 项目 企业 产业 工作 推动 推进 加快 建设 开展 加强 持续 进一步 积极 深入 实施
专精特新 小巨人 生物医药 电子信息 轨道交通装备 新一代自主安全计算系统 自主安全计算 先进计算
关键核心技术 核心技术攻关 体制机制改革 工业互联网 新能源汽车 新型基础设施 高新技术 工业增加值 储能材料
生态环境保护 生态保护修复 十四五 内陆地区改革开放高地 改革开放高地 西部陆海新通道 微信公众号
公共文化服务体系 研发投入 上下游 党委 政府 科技型中小企业 科技创新 形式主义 高层次人才 复合型人才
智能算力 各级各部门 专项整治 装备制造 非遗 非物质文化遗产 施工现场 技术合同成交额 气象部门 重要抓手 据了解 据悉 介绍 表示 强调 指出 要求 提出 透露 获悉 举行 召开 出席 参加 调研 座谈会
""".split()

BLANK = re.compile("|".join(sorted(map(re.escape, set(GENERIC)), key=len, reverse=True)))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    return BLANK.sub(lambda m: "#" * len(m.group()), squash(s))


def runs(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append((a.get("kicker") or "") + (a.get("title") or "") + (a.get("subtitle") or ""))
        out.extend(a.get("paragraphs") or [])
    return out


def main() -> int:
    fails: list[str] = []

    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fails.append(f"{sub}/ differs from a fresh build")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fails.append(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fails.append("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. perfect export and the scorer
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                         "byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False)
        ep = f.name
    r = subprocess.run([sys.executable, str(SCORER), ep, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(ep).unlink()
    print(r.stdout, end="")
    fig = dict(re.findall(r"^(\w+)\s+([0-9.]+|None)$", r.stdout, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if fig.get(k) not in ("1.000", "None") or (k == "coverage" and fig.get(k) != "1.000"):
            fails.append(f"scorer: {k} = {fig.get(k)}")
    if fig.get("cjk_space_left") != "0":
        fails.append(f"scorer: cjk_space_left = {fig.get('cjk_space_left')}")
    if re.search(r"^--- |^\s+(headline|missing|spurious) ", r.stdout, re.M):
        fails.append("scorer printed problem lines")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    layouts, years, fronts = Counter(), Counter(), []
    seed_runs = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed_runs |= runs(blank(t))
    for i, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        g = json.loads(gf.read_text(encoding="utf-8"))
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.stem != want or gf.stem != want or g["source"] != pf.name:
            fails.append(f"{pf.name}: name should be {want}")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fails.append(f"{pf.name}: {n} characters (want 4500-6500)")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{pf.name}: {len(g['articles'])} articles (want 7-13)")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{gf.name}: key order")
        if gf.read_text(encoding="utf-8") != json.dumps(g, indent=1, ensure_ascii=False) + "\n":
            fails.append(f"{gf.name}: not indent=1 ensure_ascii=False")
        layouts["column" if text.endswith("\n") else "paragraph"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{gf.name}: kind {a['kind']}")
        shared = set()
        for t in texts(g):
            shared |= runs(blank(t)) & seed_runs
        if shared:
            fails.append(f"{pf.name}: shares runs with the seeds: {sorted(shared)[:8]}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if set(years) != YEARS or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    if len(fronts) != 2:
        fails.append(f"{len(fronts)} front pages (want 2)")
    for fg in fronts:
        same = [json.loads(p.read_text(encoding="utf-8")) for p in golds]
        p2 = [g for g in same if g["issue_date"] == fg["issue_date"] and not g["issue_number"]]
        down = any(a["continued"].startswith("下转2版") for a in fg["articles"])
        up = any(a["continued"].startswith("上接1版") for g in p2 for a in g["articles"])
        if not (fg["page_count"] and down and up):
            fails.append(f"front page {fg['source']}: needs page count and a 下转2版/上接1版 pair")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
