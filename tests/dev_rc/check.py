#!/usr/bin/env python3
"""Verify the set: a perfect export scores 1.000 everywhere, the shape is as briefed,
no seed phrase is reused, and compose.py rebuilds every file byte for byte."""
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
SHARED = Path("/work/shared")
FAIL = []

# generic words blanked before the seed-phrase comparison: institution names, place names,
# set phrases of the paper's register that any story of the paper uses
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 记者 相关负责人 负责人 有关负责人 省委 省政府 省人大常委会 省政协
省委常委 省委书记 副省长 省长 副主任 副书记 秘书长 习近平总书记 习近平新时代中国特色社会主义思想 党中央 国务院
党的二十大精神 中国特色社会主义 高质量发展 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳市 衡阳 南岳区 南岳衡山 南岳
岳阳 常德 郴州 永州 怀化 娄底 邵阳 益阳 张家界 湘西土家族苗族自治州 湘西州 湘西 吉首 永顺县 永顺 新田县 天心区
全省 我省 今年 去年 同比增长 比上年增长 百分点 亿元 万元 以上 近年来 据了解 据悉 今天 日前 记者从 获悉 目前
工业和信息化 规模以上工业 增加值 先进制造业 产业链 供应链 新能源汽车 人工智能 数字经济 乡村振兴 农业农村
进出口 省商务厅 长沙海关 省农业农村厅 省教育厅 省卫生健康委 省文化和旅游厅 文化和旅游 中非经贸博览会 一带一路
两个维护 两个确立 四个意识 四个自信 中央八项规定精神 形式主义 官僚主义 党风廉政建设 全面从严治党 纪委监委 西部陆海新通道 陆海新通道 中欧班列 数字化转型 智能化改造 应急管理部门 应急管理局 应急管理厅 长株潭 城际铁路 高新技术 深度融合 疫情防控 新冠肺炎 有色金属 各级各部门 系列活动 专项整治 行动计划 屡禁不止 非物质文化遗产 文化遗产 代表性传承人
国家级 省级 市州 县市区 企业 有限公司 专精特新 小巨人 社会主义现代化新湖南 现代化新湖南 三高四新 智赋万企
一季度 前两个月 前10个月 1至10月 1至2月 两位数 年底 上半年 下半年 十四五 十五五 十三五 新时代 新征程
座谈会 工作会议 召开 举行 出席 讲话 强调 指出 要求 表示 介绍 透露 发布 部署 推进 推动 加快 加强 深入 持续
进一步 坚持 聚焦 围绕 打造 培育 实施 开展 建设 发展 工作 服务 企业 项目 平台 体系 机制 能力 水平 质量
""".split()
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    for g in GENERIC:
        s = s.replace(g, "\u25a1")
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_grams() -> set:
    out = set()
    for f in (SHARED / "gold").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(grams(norm(t)))
    return out


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # ---- byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}: rebuild gives other file names")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs on rebuild")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md differs on rebuild")
    # ---- the perfect export
    export = {"articles": [], "sources": []}
    shape = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            b = {"source": d["source"], "issue_date": d["issue_date"], "title_derived": False}
            b.update(a)
            export["articles"].append(b)
        export["sources"].append({"source": d["source"], "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"]})
        shape.append(d)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump(export, tf, ensure_ascii=False)
    r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), tf.name, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        k, *v = line.split()
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem: " + line)
        elif k in ("articles_gold", "articles_pred", "seg_f1=1.000"):
            continue
        elif k == "cjk_space_left":
            if v[0] != "0":
                fail(line)
        elif v and v[0] not in ("1.000", "None") and not k.startswith("seg_f1="):
            fail("figure below 1.000: " + line)
    # ---- shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    years = Counter(d["issue_date"][:4] for d in shape)
    if set(years) != {"2017", "2020", "2021", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {dict(years)}")
    layouts = Counter()
    fronts = []
    for p, d in zip(pages, shape):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + h + r"\.txt", p.name) or d["source"] != p.name:
            fail(f"{p.name}: name does not match the page hash")
        if p.with_suffix(".json").name != (HERE / "gold" / (p.stem + ".json")).name:
            fail(f"{p.name}: no gold")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{p.name}: {len(d['articles'])} articles")
        # column layout: every text line followed by a blank line, short lines
        lines = [l for l in text.splitlines() if l.strip()]
        long_lines = sum(1 for l in lines if len(l.strip()) > 60)
        layouts["paragraph" if long_lines > len(lines) * 0.25 else "column"] += 1
        if d["issue_number"]:
            fronts.append(d)
        if list(d.keys()) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{p.name}: key order")
        for a in d["articles"]:
            if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                                  "continued", "subheads", "paragraphs"]:
                fail(f"{p.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p.name}: kind {a['kind']}")
        exp = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
        if (HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8") != exp:
            fail(f"{p.name}: gold not in indent=1 ensure_ascii=False form")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2020", "2025"}:
        fail("front pages: want one in 2020 and one in 2025")
    for f in fronts:
        if not f["page_count"]:
            fail(f"{f['source']}: front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page without a jump to page 2")
        twos = [d for d in shape if d["issue_date"] == f["issue_date"] and d is not f]
        if not any(a["continued"].startswith("上接1版") for d in twos for a in d["articles"]):
            fail(f"{f['source']}: its page 2 has no 上接1版 continuation")
    # ---- seed phrases
    sg = seed_grams()
    for d in shape:
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = sorted({w for w in grams(norm(t)) if w in sg})
                if hit:
                    fail(f"{d['source']}: seed phrase {hit[:4]} in {t[:30]!r}")
    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
