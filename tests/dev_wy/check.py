#!/usr/bin/env python3
"""Verify the dev_wy set:  python3 compose.py && python3 check.py  ->  check passed

1. the files on disk are exactly what compose.py builds (byte for byte);
2. the export a perfect segmenter would print scores 1.000 everywhere with
   score.py, coverage 1.000, cjk_space_left 0, and no problem line;
3. the shape of the set (pages, layouts, years, front pages and their page 2,
   sizes, article counts, file names, gold format);
4. no run of 6 characters with at least 5 Chinese characters is shared with
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
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any page of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 新华社 相关负责人 负责人 有关负责人
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 二十大 十九大
三高四新 高质量发展 现代化新湖南 社会主义现代化 乡村振兴 全面从严治党 两个维护 两个确立
同比增长 百分点 个百分点 亿元 万元 万亿元 以上 左右 今年以来 去年以来 截至 近日 日前 今天
在长沙召开 在长沙举行 在长沙 出席并讲话 出席会议 强调 指出 要求 表示 介绍 获悉 透露
记者从 记者今天从 据了解 据悉 据介绍 会议强调 会议指出 会议要求 会议提出
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西 湘江 洞庭湖 长株潭 全省 全市 全县 全国 我省 我国 中部
省交通运输厅 省水利厅 省应急管理厅 省商务厅 省工信厅 省发展改革委 省财政厅 省气象局
人民银行 长沙海关 海关 市州 县市区 产业链 供应链 先进制造业 工程机械 轨道交通
新能源汽车 数字经济 人工智能 工业互联网 基础设施 公共服务 安全生产 防汛抗旱
进出口 外贸 中非经贸 博览会 十四五 十五五 一带一路 中央八项规定精神
个国家和地区 各级党委、政府 各级各部门 年度目标任务 农村人居环境整治 农村人居环境
人力资源和社会保障厅 工作领导小组 规模性返贫 乡村建设、乡村治理 生活污水治理
生态保护修复 钉钉子精神 政府工作报告 人均可支配收入 科技型中小企业 重要组成部分
重点行业领域 专项整治 部署下一阶段 气象部门
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "#")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_windows():
    out = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(windows(blank(re.sub(r"\s+", "", t))))
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    built = compose.build()
    # 1. byte-for-byte
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
              {f"gold/{p.name}" for p in (HERE / "gold").glob("*")} | {"README.md"}
    if on_disk != set(built):
        fail(f"files differ from a rebuild: {sorted(on_disk ^ set(built))[:6]}")
    for rel, data in built.items():
        if (HERE / rel).read_bytes() != data:
            fail(f"{rel} differs from a rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    metas = [compose.parse(p)[0] for p in sorted((HERE / "src").glob("p*.txt"))]

    # 3. shape
    if len(pages) != 14 or len(golds) != 14 or len(metas) != 14:
        fail("need 14 pages, 14 gold files, 14 sources")
    lay = Counter(m["layout"] for m in metas)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {lay}")
    years = Counter(m["date"][:4] for m in metas)
    if set(years) != {"2016", "2018", "2021", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    gd = {}
    for n, (p, g, m) in enumerate(zip(pages, golds, metas), 1):
        txt = p.read_text(encoding="utf-8")
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"file name {p.name} / {g.name}")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw, object_pairs_hook=OrderedDict)
        if list(d) != KEYS or any(list(a) != AKEYS for a in d["articles"]):
            fail(f"{g.name}: key order")
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if d["source"] != p.name or d["issue_date"] != m["date"]:
            fail(f"{g.name}: source / date")
        nchar = len(re.sub(r"\s", "", txt))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{p.name}: {len(d['articles'])} articles")
        for a in d["articles"]:
            if a["kind"] not in KINDS:
                fail(f"{p.name}: kind {a['kind']}")
            for s in a["paragraphs"]:
                if re.search(r"[\u3400-\u9fff“”，。、；：？！（）]\s+[\u3400-\u9fff“”，。、；：？！（）]", s):
                    fail(f"{p.name}: space between Chinese characters in a paragraph")
        gd[p.name] = (d, m)
    fronts = [(k, d, m) for k, (d, m) in gd.items() if m["pageno"] == "1"]
    if len(fronts) != 2 or {m["date"][:4] for _, _, m in fronts} != {"2018", "2026"}:
        fail("two front pages, 2018 and 2026")
    for k, d, m in fronts:
        if not d["issue_number"] or not d["page_count"]:
            fail(f"{k}: front page without issue number / page count")
        if not any(a["continued"].startswith("下转2版") for a in d["articles"]):
            fail(f"{k}: no 下转2版 story")
        twos = [d2 for d2, m2 in gd.values() if m2["date"] == m["date"] and m2["pageno"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            fail(f"{k}: its page 2 with 上接1版 is missing")

    # 2. perfect export, scored
    arts, srcs = [], []
    for k, (d, m) in gd.items():
        for a in d["articles"]:
            b = OrderedDict(source=k, issue_date=d["issue_date"])
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": k, "issue_date": d["issue_date"],
                     "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")

    # 4. seed phrases
    seeds = seed_windows()
    bad = []
    for k, (d, m) in gd.items():
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(re.sub(r"\s+", "", t))):
                    if w in seeds:
                        bad.append((k[:3], w))
    if bad:
        for b in bad[:60]:
            print("seed phrase:", *b)
        fail(f"{len(bad)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
