#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 everywhere with
/work/shared/tools/score.py, and no 6-character run of the seeds' gold headlines or
paragraphs may appear in this set's gold (apart from generic words).

    python3 check.py        -> prints `check passed` or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
GOLD, PAGES = ROOT / "gold", ROOT / "pages"
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
EXPORT = ROOT / "export_perfect.json"

# generic words and institution names that may be shared with the seeds
GENERIC = """湖南日报 全媒体记者 全媒体评论员 通讯员 同比增长 规模以上 工业增加值 习近平新时代中国特色社会主义思想
党的二十大 党中央 国务院 省委书记 省委副书记 省委常委 省政府 省人大常委会 省政协 副省长 省长
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 新一代 高质量发展 发展改革委 省发展改革委 省工信厅 省商务厅 省人社厅 省国资委
省科技厅 省教育厅 省农业农村厅 省文化和旅游厅 省体育局 省气象局 省应急管理厅 省机关事务管理局 在长沙召开
在长沙举行 有关负责人 负责人介绍 负责人表示 相关负责人 截至 以上 亿元 万元 百分点 进出口 中小企业
乡村振兴 脱贫攻坚 基础设施 产业链 供应链 人工智能 工程机械 轨道交通 新能源汽车 先进制造业 数字经济
湖南日报评论员 摄影报道 湖南图片库 中国工程院院士 省委秘书长 以习近平同志为核心的党中央 全面从严治党
中央八项规定精神 党风廉政建设 省纪委监委 纪委监委 全面建设社会主义现代化新湖南 社会主义现代化
出席并讲话 出席会议并讲话 会议指出 会议强调 会议要求 会议提出 强调，要 指出，要 获悉，今年 我省将 同比分别增长
比上年增长 农村工作会议 人均可支配收入 农村居民 城镇居民 高新技术企业 关键核心技术 技术合同成交额
人力资源和社会保障厅 生物医药 电子信息 重要组成部分 有力支撑 与此同时 去年以来 近年来，我省 今年以来
增速居全国 深入贯彻 优化发展环境 优秀传统文化 政协委员 “三农” 腐败问题 新动能 工作机制 提升服务水平
用在刀刃上 现代服务业 工业经济运行 高端化、智能化、绿色化 在市场竞争中 创新平台 习近平总书记 重要论述 确保高质量 企业和群众办事 做了大量工作 专题调研 建言献策 智慧和力量 外商投资企业 系列活动 拼搏的精神 农村人居环境 工作情况汇报 规模性返贫 张家界、常德 地理信息 长株潭 政府工作报告 企业技术中心 形式主义、官僚主义 “四个意识” “四个自信” 钉钉子精神 重大决策部署 思想和行动统一到 决策部署上来 国家和地区 生态环境保护 工作会议召开 主要预期目标 项目进展顺利 产业项目建设 介绍，今年将 进一步增强 现有产业 工作领导小组 全省上下 近年来，全省 长沙理工大学 的时候，我们 应急处置能力 研发投入 核心竞争力 增加值 各级各部门要 龙头企业 经济社会 非物质文化遗产 突破口 大力发展 取得的成绩 重要抓手 今天召开的 今天，全省 余场次 在长沙开幕 在长沙举行
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def main() -> int:
    fails: list[str] = []
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    if not golds:
        print("no gold files; run compose.py first")
        return 1

    # ---- perfect export
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            b = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                   "dateline", "continued", "paragraphs")}
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    EXPORT.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False, indent=1),
                      encoding="utf-8")
    r = subprocess.run([sys.executable, str(SCORE), str(EXPORT), str(GOLD), "--pages", str(PAGES), "-v"],
                       capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    figs = {}
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem line: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fails.append(f"{k} = {figs.get(k)} (want 1.000)")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if r.returncode != 0:
        fails.append("score.py exit status %d: %s" % (r.returncode, r.stderr[-300:]))

    # ---- page-level sanity
    layouts = Counter()
    for g in golds:
        raw = (PAGES / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        if not 4500 <= n <= 6500:
            fails.append(f"{g['source']}: {n} characters")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{g['source']}: {len(g['articles'])} articles")
        if not "2015" <= g["issue_date"][:4] <= "2020":
            fails.append(f"{g['source']}: date {g['issue_date']}")
        layouts["column" if raw.count("\n\n") > 0.8 * raw.count("\n") / 2 and
                max(len(x) for x in raw.splitlines()) < 120 and
                sum(1 for x in raw.splitlines() if x.strip()) > 150 else "para"] += 1
        pool = Counter(squash(raw))
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{g['source']}: whitespace in paragraph {p[:20]}")
            need = Counter(squash("".join(a[f] for f in ("column", "kicker", "title", "subtitle",
                                                          "byline", "dateline", "continued"))
                                  + "".join(a["paragraphs"])))
            lack = need - pool
            if lack:
                fails.append(f"{g['source']}: gold text not on page {''.join(lack)[:20]!r}")
    if layouts["column"] != 8 or layouts["para"] != 8:
        fails.append(f"layouts {dict(layouts)} (want 8 column, 8 paragraph)")

    # ---- no 6-character run of the seeds' gold headlines / paragraphs
    seed = set()
    for p in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + a["paragraphs"]:
                s = squash(s)
                for i in range(len(s) - 5):
                    seed.add(s[i:i + 6])
    gen = sorted((squash(w) for w in GENERIC), key=len, reverse=True)
    hits = Counter()
    for g in golds:
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["byline"], a["column"]] + a["paragraphs"]:
                s = squash(s)
                for w in gen:
                    s = s.replace(w, "\u0000")
                for i in range(len(s) - 5):
                    r6 = s[i:i + 6]
                    cjk = len(re.findall(r"[\u4e00-\u9fff]", r6))
                    if "\u0000" not in r6 and cjk >= 5 and r6 in seed:
                        hits[r6] += 1
    for r6, n in hits.most_common():
        fails.append(f"seed 6-gram reused: {r6} x{n}")

    if fails:
        print("\n".join("FAIL " + f for f in fails))
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
