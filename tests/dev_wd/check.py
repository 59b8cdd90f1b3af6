#!/usr/bin/env python3
"""Verify the dev_wd test set; prints `check passed` when everything holds.

1. compose.build() reproduces pages/, gold/ and README.md byte for byte;
2. file names carry the SHA-256 of the page text; gold has the seeds' key order;
3. the export a perfect segmenter would print scores 1.000 everywhere, coverage
   1.000, no problem line (run through /work/shared/tools/score.py);
4. the shape of the set (pages, layouts, years, sizes, articles, front pages, jumps);
5. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking generic words).
Standard library only.
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
CJK = re.compile(r"[\u3400-\u9fff]")

# Generic words blanked before the seed-phrase comparison: institution names, place
# names, and the set phrases every report of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 主要负责人 负责人介绍 负责人表示 记者从 获悉
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
高质量发展 现代化新湖南 社会主义现代化 三高四新 美好蓝图 先进制造业 国家重要
规模以上工业 规模工业 增加值 同比增长 同比下降 个百分点 百分点 进出口 亿元 万元
以旧换新 长株潭 长沙市 湖南省 全省 我省 今年以来 截至 目前 近年来 据了解 据悉
省工信厅 省商务厅 省发展改革委 省统计局 长沙海关 省农业农村厅 省交通运输厅 省卫生健康委
省医保局 省国资委 省市场监管局 省工商联 省财政厅 省人社厅 省教育厅 省文旅厅 省生态环境厅
新华社 中共中央 政治局 二十大 十四五 十五五 现代化产业体系 数字经济 人工智能 新能源汽车
中小企业 民营企业 民营经济 市场主体 工业互联网 产业链 供应链 营商环境 乡村振兴 城乡居民
农村居民 城镇居民 人均可支配收入 社会消费品零售总额 固定资产投资 地区生产总值 外贸
中非经贸 输变电装备 数字化转型 西部陆海新通道 人力资源和社会保障厅 全国两会精神 各地各部门 新型基础设施 企业技术中心 关键核心技术 高新技术企业 省级及以上 先进计算 技术合同成交额 产业项目 锂电池 光伏 一带一路 新型消费 电子信息 生物医药 智能装备 网络零售额 销售额 技工贸总收入 湘商回归 软件和信息技术服务业 有力支撑 签约金额 机电产品 轨道交通装备 分别增长 国家级专精特新“小巨人”企业 专精特新“小巨人”企业 专精特新 小巨人 工业和信息化 加大支持力度 各级各部门 重要组成部分 下一阶段 高于全国 去年同期 政府工作报告 公共服务平台 今天发布 非物质文化遗产 劳动密集型产品 大宗商品 湘江新区 湘西土家族苗族自治州 张家界 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 怀化 邵阳
永州 娄底 长沙 湘西 副省长 省委常委 秘书长 出席 并讲话 会议强调 会议指出 会议要求 会议提出
在长沙召开 在长沙举行 工作会议 座谈会 调研 开展 推动 推进 加快 加强 深入 持续 全面 进一步
""".split(), key=len, reverse=True)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\u25a1" * len(w))
    return s


def grams(s: str):
    s = re.sub(r"\s+", "", s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def article_texts(a: dict):
    yield from (a.get(k) or "" for k in ("column", "kicker", "title", "subtitle"))
    yield from a.get("paragraphs") or []


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    problems: list[str] = []
    files = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = {p.relative_to(HERE).as_posix() for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    on_disk.add("README.md")
    if on_disk != set(files):
        problems.append(f"files differ from a rebuild: {sorted(on_disk ^ set(files))[:5]}")
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            problems.append(f"{rel} is not what compose.py builds")
    # 2. names and key order
    golds = {}
    for rel, content in sorted(files.items()):
        if rel.startswith("pages/"):
            name = Path(rel).name
            h = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
            if not re.fullmatch(r"\d{3}_" + h + r"\.txt", name):
                problems.append(f"{name}: name does not carry the page hash {h}")
        if rel.startswith("gold/"):
            g = json.loads(content)
            if list(g) != KEYS:
                problems.append(f"{rel}: keys {list(g)}")
            for a in g["articles"]:
                if list(a) != AKEYS:
                    problems.append(f"{rel}: article keys {list(a)}")
            golds[Path(rel).stem] = g
    # 3. the perfect export, scored
    export = {"articles": [], "sources": []}
    for stem, g in golds.items():
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v", "--json"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0 or "---" in out:
        problems.append("scorer problems:\n" + out + r.stderr)
    else:
        js = out[: out.rindex("}") + 1]
        fig = json.loads(js)
        for k, v in fig.items():
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != 0:
                    problems.append(f"cjk_space_left = {v}")
            elif k == "untitled_ok" and v is None:
                problems.append("no untitled article in the set")
            elif v is None or round(v, 3) != 1.0:
                problems.append(f"{k} = {v}")
        print(out.strip())
    # 4. shape
    years, layouts, fronts = Counter(), Counter(), []
    for stem, g in golds.items():
        text = files[f"pages/{stem}.txt"]
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            problems.append(f"{stem}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            problems.append(f"{stem}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        lens = sorted(len(l) for l in text.split("\n") if l.strip())
        col = lens[len(lens) // 2] < 30      # one printed column line per text line
        layouts["column" if col else "paragraph"] += 1
        if g["issue_number"]:
            fronts.append(stem)
            if not g["page_count"]:
                problems.append(f"{stem}: front page without a page count")
    if len(golds) != 14:
        problems.append(f"{len(golds)} pages")
    if sorted(years) != ["2015", "2020", "2024", "2026"] or not all(3 <= v <= 4 for v in years.values()):
        problems.append(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        problems.append(f"layouts {dict(layouts)}")
    if len(fronts) != 2:
        problems.append(f"front pages {fronts}")
    for stem in fronts:
        g = golds[stem]
        date = g["issue_date"]
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [s for s, h in golds.items() if h["issue_date"] == date and s != stem]
        backs = [a for s in p2 for a in golds[s]["articles"] if a["continued"].startswith("上接1版")]
        if not jumps or not backs:
            problems.append(f"{stem}: front page jump 下转2版/上接1版 not matched in the set")
    # 5. seed phrases
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for t in article_texts(a):
                seed.update(grams(blank(t)))
    shared = Counter()
    for stem, g in golds.items():
        for a in g["articles"]:
            for t in article_texts(a):
                for gr in grams(blank(t)):
                    if gr in seed:
                        shared[(stem[:3], gr)] += 1
    if shared:
        problems.append("phrases shared with the seeds: " + ", ".join(f"{s}:{g}" for s, g in shared))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        fail(f"{len(problems)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
