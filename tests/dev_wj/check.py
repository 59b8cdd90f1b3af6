#!/usr/bin/env python3
"""Verify the dev_wj test set; prints `check passed`.

1. a fresh build (compose.build_all) equals pages/, gold/ and README.md byte for byte;
2. the set's shape: 14 pages, 7 per layout, years, sizes, article counts, names, gold format,
   the two front pages and their page 2;
3. the seed-phrase rule: no run of 6 characters holding >= 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (after blanking generic words);
4. the export a perfect segmenter would print scores 1.000 everywhere with the shared scorer.
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
YEARS = {"2016": 3, "2019": 4, "2022": 3, "2026": 4}
FRONT_YEARS = {"2019", "2026"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]

# generic words blanked before the seed-phrase comparison: institution and place names,
# offices, statistical terms and set phrases every Hunan Daily page uses
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 湖南日报 全媒体记者
新湖南客户端 华声在线 通讯员 评论员 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 怀化市
郴州市 邵阳市 益阳市 娄底市 永州市 张家界市 湘西土家族苗族自治州 湘西州 长株潭 省委 省政府
省人大常委会 省政协 省商务厅 省发展改革委 省住房城乡建设厅 省文化和旅游厅 省气象局 省水利厅
省应急管理厅 省农业农村厅 省工信厅 省财政厅 省教育厅 长沙海关 海关总署 省防汛抗旱指挥部
相关负责人 有关负责人 负责人介绍 负责人表示 据了解 据介绍 记者从 记者了解到 获悉 今年以来 近年来
同比增长 比上年增长 个百分点 进出口总值 进出口总额 进出口 规模以上工业增加值 社会消费品零售总额
高质量发展 现代化新湖南 三高四新 一带一路 中非经贸 以旧换新 中欧班列 陆海新通道 东盟
开放型经济 在长沙召开 在长沙举行 在长沙开幕 非物质文化遗产 非遗代表性 代表性项目 代表性传承人
劳动密集型产品 机电产品 贸易伙伴 纪委监委 纪检监察 各级各部门 农产品 综保区 综合保税区 储能材料
中南大学 湖南师范大学 中非经贸博览会 主力军 项目签约
内陆地区改革开放高地 易货贸易 新业态新模式 产业链供应链 新型基础设施 优秀传统文化
重要组成部分 重要抓手 中非经贸深度合作先行区 先进计算 新能源汽车 微信公众号 专精特新 小巨人 工业和信息化 电子信息 生物医药 国家级 外商投资企业 轨道交通装备 基础设施建设 气象部门 国家和地区 工作会议 海关今天
全国 全省 我省 今年 去年 同期 其中 分别增长 亿元 万元 亿美元 增长 下降 以上 左右
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC_WORDS:
        s = s.replace(w, "\x00")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\x00" not in w and len(CJK.findall(w)) >= 5:
            yield w


def seed_windows() -> set[str]:
    seen = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for k in ("column", "kicker", "title", "subtitle"):
                seen.update(windows(blank(a[k])))
            for p in a["paragraphs"]:
                seen.update(windows(blank(p)))
    return seen


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    results = compose.build_all()
    problems = []

    # 1. byte-for-byte rebuild
    want = {}
    for pg, name, text, gold, _ in results:
        want[HERE / "pages" / (name + ".txt")] = text
        want[HERE / "gold" / (name + ".json")] = compose.dumps(gold)
    want[HERE / "README.md"] = compose.readme(results)
    for path, body in want.items():
        if not path.exists() or path.read_text(encoding="utf-8") != body:
            problems.append(f"{path.name} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        extra = {p for p in (HERE / d).iterdir()} - set(want)
        if extra:
            problems.append(f"stray files in {d}: {sorted(p.name for p in extra)}")

    # 2. shape
    if len(results) != 14:
        problems.append(f"{len(results)} pages, want 14")
    layouts = Counter(pg.meta["layout"] for pg, *_ in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for _, _, _, g, _ in results)
    if years != Counter(YEARS):
        problems.append(f"years {dict(years)}")
    fronts = []
    for i, (pg, name, text, gold, _) in enumerate(results, 1):
        if not re.fullmatch(rf"{i:03d}_[0-9a-f]{{16}}", name):
            problems.append(f"bad name {name}")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:]:
            problems.append(f"{name}: hash does not match the page text")
        n = compose.nchars(text)
        if not 4500 <= n <= 6500:
            problems.append(f"{name}: {n} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            problems.append(f"{name}: {na} articles")
        if list(gold) != KEYS or any(list(a) != AKEYS for a in gold["articles"]):
            problems.append(f"{name}: gold keys out of order")
        for a in gold["articles"]:
            if a["kind"] not in compose.KINDS:
                problems.append(f"{name}: kind {a['kind']}")
            if any("¦" in str(v) for v in a.values()):
                problems.append(f"{name}: cut mark left in gold")
            if a["kind"] == "photo" and not a["byline"] and not a["paragraphs"]:
                problems.append(f"{name}: empty photo")
        if "¦" in text:
            problems.append(f"{name}: cut mark left in page")
        if gold["issue_number"] or gold["page_count"]:
            fronts.append((pg, gold))
    if sorted(g["issue_date"][:4] for _, g in fronts) != sorted(FRONT_YEARS):
        problems.append(f"front pages in {[g['issue_date'] for _, g in fronts]}")
    for pg, g in fronts:
        if not (g["issue_number"] and isinstance(g["page_count"], int) and pg.meta["page"] == "1"):
            problems.append(f"front page {g['source']} lacks issue number or page count")
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        twos = [g2 for _, _, _, g2, _ in results
                if g2["issue_date"] == g["issue_date"] and g2 is not g]
        ups = [a for g2 in twos for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if not down or not twos or len(ups) < len(down):
            problems.append(f"front page {g['source']}: jumps 下转2版 {len(down)}, 上接1版 {len(ups)}")
        for a in ups:
            if a["kind"] != "continuation":
                problems.append("a 上接1版 piece is not kind continuation")

    # 3. seed phrases
    seeds = seed_windows()
    for pg, name, text, gold, _ in results:
        for a in gold["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                for w in windows(blank(a[k])):
                    if w in seeds:
                        problems.append(f"{name}: {k} shares {w!r} with the seeds")
            for p in a["paragraphs"]:
                for w in windows(blank(p)):
                    if w in seeds:
                        problems.append(f"{name}: paragraph shares {w!r} with the seeds")

    # 4. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for pg, name, text, gold, _ in results:
        for aid, a in zip(pg.order, gold["articles"]):
            art = {"source": gold["source"], "issue_date": gold["issue_date"]}
            art.update({k: a[k] for k in AKEYS})
            art["title_derived"] = False
            marker = compose.punct(pg.arts[aid].marker, pg.meta.get("punct", "full"))
            if marker:
                art["continued_printed"] = marker     # the marker as drawn: ▷(下转2版)
            export["articles"].append(art)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        run = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ex),
                              str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = run.stdout
    print(out.rstrip())
    if run.returncode:
        problems.append("score.py failed: " + run.stderr[-300:])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            problems.append("scorer problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        key, val = m.groups()
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                problems.append(f"cjk_space_left {val}")
        elif val != "1.000":
            problems.append(f"{key} {val}")
    if problems:
        for p in problems[:60]:
            print("  -", p)
        fail(f"{len(problems)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
