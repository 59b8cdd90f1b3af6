#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect export scores 1.000 everywhere,
the set's shape, and the seed-phrase rule.  Prints `check passed`."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SEED_GOLD = Path("/work/shared/gold")
SCORE = Path("/work/shared/tools/score.py")
CJK = re.compile(r"[\u4e00-\u9fff]")
# generic words blanked before the seed-phrase comparison: institution names,
# place names, titles and set phrases any Hunan Daily page repeats
GENERIC = sorted("""
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 新华社 相关负责人 负责人 有关负责人
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 市委书记 县委书记 党组书记 高质量发展 现代化新湖南
三高四新 美好蓝图 战略定位和使命任务 中国式现代化 党的二十大精神 二十大 十四五 十五五
规模以上工业 规模以上 同比增长 同比下降 个百分点 亿元 万元 进出口 湖南省 湖南 长沙市 长沙
株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西 湘江
洞庭湖 长株潭 省工信厅 省商务厅 省科技厅 省教育厅 省生态环境厅 省住建厅 省水利厅 长沙海关
中欧班列 跨境电商 新能源汽车 工程机械 人工智能 先进制造业 产业链 供应链 创新链 专精特新
小巨人 高新技术企业 发明专利 以旧换新 乡村振兴 生态环境 老旧小区 河长制 数字经济 智赋万企
我省 今年 去年 近年来 获悉 介绍 比上年增长 基础设施 外商投资企业 科技型中小企业 主体责任
田间地头 新三样 锂离子蓄电池 太阳能电池 电动载人汽车 国家和地区 老字号 数字化转型
分别增长 生态保护修复 中小航空发动机 生物医药 智能装备 工业和信息化 现场签约 西部陆海新通道 国际陆港 社会消费品零售总额 新业态新模式 深度合作先行区 工作会议 会议提出 会议要求 会议强调 三年行动计划 关键核心技术 劳动密集型 机电产品 大宗商品 签约金额 使用年限 技术合同 创新平台 全面从严治党 中央八项规定精神 形式主义 官僚主义 新质生产力 一带一路 中非经贸 自由贸易试验区
""".split(), key=len, reverse=True)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str):
    s = blank(re.sub(r"\s+", "", s))
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_windows():
    ws = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["subheads"] + a["paragraphs"]:
                ws.update(windows(t))
    return ws


def main():
    fails = []
    # 1. byte-for-byte rebuild
    files = compose.build_all()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fails.append(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for f in (HERE / d).iterdir():
            if f"{d}/{f.name}" not in files:
                fails.append(f"stray file {d}/{f.name}")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"{len(pages)} pages / {len(golds)} gold files, want 14")
    years, layouts, fronts = Counter(), Counter(), []
    sws = seed_windows()
    export = {"articles": [], "sources": []}
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", p.name)
        if not m or int(m.group(1)) != i or \
                hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            fails.append(f"bad file name {p.name}")
        gp = HERE / "gold" / (p.stem + ".json")
        g = json.loads(gp.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count",
                       "articles", "extras", "duplicates"] or g["source"] != p.name:
            fails.append(f"gold keys/source wrong in {gp.name}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline",
                           "dateline", "continued", "subheads", "paragraphs"]:
                fails.append(f"article keys wrong in {gp.name}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"bad kind {a['kind']} in {gp.name}")
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                bad = sorted(set(windows(t)) & sws)
                if bad:
                    fails.append(f"{p.name}: seed phrase {bad[:3]} in {t[:30]}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{p.name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        pg = compose.Page(HERE / "src" / f"p{i:02d}.txt")
        layouts[pg.kind] += 1
        if g["issue_number"]:
            fronts.append((g["issue_date"], g["page_count"], pg.meta["pageno"]))
        for a in g["articles"]:
            e = {"source": p.name, "issue_date": g["issue_date"], "kind": a["kind"],
                 "column": a["column"], "kicker": a["kicker"], "title": a["title"],
                 "subtitle": a["subtitle"], "title_derived": False,
                 "byline": a["byline"], "dateline": a["dateline"],
                 "continued": a["continued"], "paragraphs": a["paragraphs"]}
            export["articles"].append(e)
        export["sources"].append({"source": p.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if dict(years) != {"2015": 4, "2020": 3, "2023": 4, "2025": 3}:
        fails.append(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["para"] != 7:
        fails.append(f"layouts {dict(layouts)}")
    if sorted(d[:4] for d, _, _ in fronts) != ["2015", "2023"]:
        fails.append(f"front pages {fronts}")
    # each front page jumps to its page 2 in the set
    for d, _, _ in fronts:
        gs = [json.loads(f.read_text(encoding="utf-8")) for f in golds]
        f1 = [a for g in gs if g["issue_date"] == d and g["issue_number"] for a in g["articles"]
              if a["continued"].startswith("下转2版")]
        p2 = [a for g in gs if g["issue_date"] == d and not g["issue_number"] for a in g["articles"]
              if a["continued"].startswith("上接1版")]
        if not f1 or not p2:
            fails.append(f"front page {d}: no 下转2版 / 上接1版 pair")

    # 3. the perfect export scores 1.000
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v", "--json"],
                           capture_output=True, text=True)
    out = r.stdout
    js = out[:out.rindex("}") + 1]
    fig = json.loads(js[js.index("{"):])
    if "---" in out or r.returncode:
        fails.append("scorer problems:\n" + out)
    for k, v in fig.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fails.append(f"cjk_space_left {v}")
        elif v is None or f"{v:.3f}" != "1.000":
            fails.append(f"{k} = {v}")
    if fig["articles_gold"] != fig["articles_pred"]:
        fails.append("article counts differ")
    if fails:
        print("\n".join(fails))
        print("check FAILED")
        return 1
    print(f"{len(pages)} pages, {fig['articles_gold']} articles, coverage {fig['coverage']:.4f}")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
