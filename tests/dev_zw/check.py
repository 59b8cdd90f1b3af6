#!/usr/bin/env python3
"""Verify the test set: rebuild, perfect-export score, shape, seed-phrase rule.

    python3 check.py      prints `check passed` or the reasons it failed
"""
from __future__ import annotations

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

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2016": 3, "2018": 2, "2021": 2, "2022": 2, "2024": 3, "2025": 2}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page prints
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 华声在线 新湖南客户端
中共中央 党中央 国务院 全国人大 全国政协 中央政治局 省委常委 省委书记 省委副书记 省长 副省长
省人大常委会 省政协 省政府 省委 省纪委 省监委 省人社厅 省工信厅 省商务厅 省发展改革委 省应急管理厅
省自然资源厅 省生态环境厅 省交通运输厅 省教育厅 省卫生健康委 省文化和旅游厅 省农业农村厅 省水利厅
省高级人民法院 省人民检察院 省公安厅 省财政厅 省科技厅 省体育局 省气象局 省林业局 长沙海关
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十八大 党的十九大
高质量发展 相关负责人 法治思维 法治方式 形式主义 减轻基层负担 应急处置能力 新业态新模式 广大党员干部 解决实际问题 应急管理部门 生活污水 开展专题调研 出席会议并讲话 省人力资源和社会保障厅 现代化产业体系 科技创新 专精特新 小巨人 轨道交通装备 智能化 绿色化 数字化 增加值增长 工业增加值 增加值 规模工业 制造业 工业经济 稳中向好 装备制造 现场签约 牢牢把握 一氧化碳中毒 重要组成部分 专项整治行动 施工现场 历史同期新高 城际铁路 新能源汽车 全国两会精神 忠诚干净担当 生态环境保护 重点行业领域 开展专项整治 会议强调 全省法院 非物质文化遗产 农村人居环境 农产品加工业 生物医药 电子信息 在会上强调 工作机制 延伸产业链 公共文化服务 政府工作报告 三年行动计划 规模以上工业增加值 同比分别增长 分别增长 主要负责人 负责人介绍 负责人表示 同比增长 同比下降 比上年增长 百分点
社会主义现代化新湖南 现代化新湖南 三高四新 战略定位和使命任务 美好蓝图 乡村振兴 全面从严治党
两个确立 两个维护 十四五 十五五 新时代 新征程 一带一路 中非经贸 长株潭 先进制造业
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
土家族苗族自治州 洞庭湖 湘江 资江 沅江 澧水 南岳 衡山 岳麓
亿元 万元 以上 以来 今年 去年 近年来 目前 截至 据了解 据悉 近日 日前 今天 当天
在长沙召开 在长沙举行 出席并讲话
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"\s+", "", s)
    for g in GENERIC:
        s = s.replace(g, "\x00")
    return s


def grams(s: str):
    s = norm(s)
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\x00" in w:
            continue
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def texts(a):
    return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + list(a.get("paragraphs", []))


def main():
    fails = []

    # 1. rebuild byte for byte
    files = compose.build()
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    on_disk.add("README.md")
    if set(files) != on_disk:
        fails.append(f"files differ from a rebuild: {sorted(set(files) ^ on_disk)[:6]}")
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            fails.append(f"{rel} is not what compose.py builds")

    # 2. the export a perfect segmenter would print, scored
    golds = sorted((HERE / "gold").glob("*.json"))
    arts, srcs = [], []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"], "title_derived": False}
            e.update(a)
            arts.append(e)
        srcs.append({"source": d["source"], "issue_date": d["issue_date"],
                     "extras": list(d["extras"]) + list(d["duplicates"])})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump({"articles": arts, "sources": srcs}, fh, ensure_ascii=False)
        exp = fh.name
    r = subprocess.run([sys.executable, SCORE, exp, str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                       capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem line: {line.strip()}")
            continue
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fails.append(f"cjk_space_left {v}")
        elif v != "1.000":
            fails.append(f"{k} {v}")
    rj = subprocess.run([sys.executable, SCORE, exp, str(HERE / "gold"), "--pages", str(HERE / "pages"), "--json"],
                        capture_output=True, text=True)
    figs = json.loads(rj.stdout.split("\nseg_f1=")[0])
    if figs["coverage"] != 1.0:
        fails.append(f"coverage not exactly 1: {figs['coverage']}")
    Path(exp).unlink()

    # 3. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    layouts, years = Counter(), Counter()
    fronts = []
    bydate = {}
    for i, (p, g) in enumerate(zip(pages, golds)):
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.stem != want or g.stem != want:
            fails.append(f"{p.name}: name should be {want}")
        graw = g.read_text(encoding="utf-8")
        d = json.loads(graw)
        if graw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{g.name}: not indent=1 ensure_ascii=False")
        if list(d) != KEYS:
            fails.append(f"{g.name}: key order {list(d)}")
        if d["source"] != p.name:
            fails.append(f"{g.name}: source {d['source']}")
        for a in d["articles"]:
            if list(a) != AKEYS:
                fails.append(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fails.append(f"{g.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fails.append(f"{g.name}: subhead not in paragraphs {s}")
            for para in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、；：？！（）《》]\s+[\u4e00-\u9fff“”，。、；：？！（）《》]", para):
                    fails.append(f"{g.name}: space between CJK in a paragraph: {para[:30]}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters")
        na = len(d["articles"])
        if not 7 <= na <= 13:
            fails.append(f"{p.name}: {na} articles")
        col = text.startswith(" ") and text.endswith("\n\n\n")
        para = text.startswith("\n\n") and not text.endswith("\n")
        if col == para:
            fails.append(f"{p.name}: layout not recognisable")
        layouts["column" if col else "para"] += 1
        years[d["issue_date"][:4]] += 1
        bydate.setdefault(d["issue_date"], []).append(d)
        if d["issue_number"] or d["page_count"]:
            fronts.append(d)
    if layouts != Counter({"column": 7, "para": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if dict(years) != YEARS:
        fails.append(f"years {dict(years)}")
    if len(fronts) != 2:
        fails.append(f"{len(fronts)} front pages")
    for f in fronts:
        if not (f["issue_number"] and f["page_count"]):
            fails.append(f"{f['source']}: front page lacks issue number or page count")
        if not f["extras"]:
            fails.append(f"{f['source']}: front page without masthead extras")
        jumps = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        mates = [d for d in bydate[f["issue_date"]] if d is not f]
        cont = [a for d in mates for a in d["articles"] if a["continued"].startswith("上接1版")]
        if not jumps or len(cont) < len(jumps):
            fails.append(f"{f['source']}: jump 下转2版 without its 上接1版 on page 2")

    # 4. seed-phrase rule
    seed = set()
    for g in SEED_GOLD.glob("*.json"):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                seed |= grams(t)
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in texts(a) + [a["byline"], a["column"]]:
                hit = grams(t) & seed
                if hit:
                    fails.append(f"{g.name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]!r}")

    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
