#!/usr/bin/env python3
"""Verify the dev_vl test set; prints `check passed` or the failures.

    python3 compose.py && python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py (coverage 1.000, no problem line);
3. the set's shape: 14 pages, 7 per layout, the years and front pages of the brief,
   4,500-6,500 characters and 7-13 articles a page, file names, gold key order;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2018", "2025"}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases any Hunan Daily page repeats.
GENERIC = """湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 负责人介绍
省委常委 省委书记 省委副书记 副省长 省长 省政府 省委 省政协 省人大常委会 常委会
省商务厅 省水利厅 省文化和旅游厅 省科技厅 省民政厅 省应急管理厅 省气象台 省气象局
长沙海关 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市
邵阳市 张家界市 湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 湘江 资水 沅水 澧水
在长沙召开 在长沙举行 同比增长 比上年增长 个百分点 亿元 万元 规模以上 以习近平同志为核心的党中央
习近平新时代中国特色社会主义思想 党的二十大精神 习近平总书记 二十届 高质量发展 新发展理念
中国特色社会主义 社会主义现代化 现代化新湖南 三高四新 战略定位和使命任务 美好蓝图
非物质文化遗产 中非经贸博览会 中非经贸深度合作先行区 先进制造业 工业互联网 数字经济
国家级 省级 专精特新 小巨人 进出口总值 进出口 外贸 自贸试验区 产业链 供应链
记者从 记者今天从 今天 近日 日前 据了解 据悉 会议强调 会议指出 会议要求 出席并讲话
政府工作报告 主要预期目标 经济社会发展 城乡居民 人均可支配收入 工业增加值 高新技术企业
高新技术产业 技术合同成交额 研发投入 轨道交通装备 中小航空发动机 西部陆海新通道 怀化国际陆港
中央八项规定精神 乡村振兴 生态环境保护 雨雪冰冻 企业和群众 较常年同期 气象部门 过去一年
近年来 全省上下 负责人表示 在长沙开幕 培育一批 湖南省第 获悉 今年以来 较去年同期
个国家和地区 外商投资企业 中国工程院院士 人力资源和社会保障厅 自然资源和规划局 省发展改革委
中非经贸合作 湘粤非铁海联运 工作领导小组 形式主义 官僚主义 疫情防控 新能源汽车 重要组成部分
科技型中小企业 创历史同期新高 内陆地区改革开放 全面从严治党 深入学习贯彻 基础设施建设
体制机制改革 先进储能材料 机电产品 劳动密集型产品 高新技术产品 国家科技进步 主体责任
公共服务平台 新业态新模式 郴州高新区 张家界 常德 岳阳 郴州 浏阳 农产品加工 智能装备 一对一
自主研发 规模以上工业企业 工作机制 召开座谈会 下发通知 等因素影响 各级各部门
""".split()


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def blank(s: str) -> str:
    s = compose.squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(compose.squash(w), "□")
    return s


def windows(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if sum(map(cjk, s[i:i + 6])) >= 5}


def seed_windows() -> set[str]:
    out: set[str] = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= windows(blank(t))
    return out


def main() -> int:
    # 1. rebuild byte for byte
    files = compose.build()
    on_disk = {str(p.relative_to(HERE)): p.read_bytes()
               for d in ("pages", "gold") for p in sorted((HERE / d).glob("*")) if p.is_file()}
    on_disk["README.md"] = (HERE / "README.md").read_bytes() if (HERE / "README.md").exists() else b""
    if set(files) != set(on_disk):
        fail(f"files differ from a fresh composition: {sorted(set(files) ^ set(on_disk))[:6]}")
    for rel, data in files.items():
        if on_disk[rel] != data:
            fail(f"{rel} differs from a fresh composition (run compose.py)")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files; want 14 each")
    layouts, years, fronts = Counter(), Counter(), []
    gold_by_key = {}
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_bytes()
        want = f"{i:03d}_{hashlib.sha256(text).hexdigest()[:16]}"
        if pg.stem != want or gf.stem != want:
            fail(f"{pg.name}: want file name {want}.txt (and .json)")
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != KEYS:
            fail(f"{gf.name}: keys {list(g)}")
        if gf.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not written with indent=1, ensure_ascii=False")
        if g["source"] != pg.name:
            fail(f"{gf.name}: source {g['source']}")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys/kind {list(a)} {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[^\x00-\x7f]\s|\s[^\x00-\x7f]", p) or not p:
                    fail(f"{gf.name}: layout space or empty paragraph in {p[:20]!r}")
        n = len(g["articles"])
        chars = len(re.sub(r"\s", "", text.decode("utf-8")))
        if not 7 <= n <= 13:
            fail(f"{pg.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters")
        head = compose.parse(HERE / "src" / f"p{i:02d}.txt")["head"]
        if head["date"] != g["issue_date"]:
            fail(f"{pg.name}: date {g['issue_date']} vs source {head['date']}")
        layouts[head["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        gold_by_key[(g["issue_date"], head["page"])] = g
        if g["issue_number"] or g["page_count"]:
            if head["page"] != "1" or not (g["issue_number"] and g["page_count"]):
                fail(f"{pg.name}: issue number / page count only on front pages, both")
            fronts.append((g["issue_date"], g))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if sorted(d[:4] for d, _ in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages {[d for d, _ in fronts]}")
    for d, g in fronts:
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"front page {d}: no story jumps to page 2")
        p2 = gold_by_key.get((d, "2"))
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2["articles"]):
            fail(f"front page {d}: its page 2 with 上接1版 is not in the set")

    # 4. seed phrases
    seeds = seed_windows()
    hits = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in sorted(windows(blank(t)) & seeds):
                    hits.append(f"{gf.name[:3]} {w} in {t[:30]!r}")
    if hits:
        print("\n".join(hits[:60]))
        fail(f"{len(hits)} runs shared with the seeds' gold text")

    # 2. the perfect export, scored
    arts, sources = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr[-300:])
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            fail("problem line from the scorer: " + line)
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[0-9.]+", parts[1]) and "." in parts[1]:
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk_space_left " + parts[1])
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
