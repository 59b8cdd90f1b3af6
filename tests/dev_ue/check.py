#!/usr/bin/env python3
"""Verify the set: rebuild is identical, perfect export scores 1.000 everywhere,
shape of the set, and no phrase shared with the seeds. Prints `check passed`."""
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 华声在线 新湖南客户端 通讯员 新华社 记者
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
中共中央政治局 全国人大 党的二十大 党的十九大 二十大精神 十九大精神
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 长株潭 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
省工信厅 省商务厅 省科技厅 省财政厅 省发展改革委 省农业农村厅 省住房城乡建设厅 省体育局 省卫健委
省应急管理厅 省气象局 省教育厅 省文化和旅游厅 省地方金融监管局 人民银行长沙中心支行 长沙海关
相关负责人 有关负责人 高质量发展 现代化新湖南 三高四新 同比增长 比上年增长 个百分点 规模以上
以上 左右 今年以来 近年来 据了解 据介绍 记者从 今天 日前 近日 会议强调 会议要求 会议指出
副省长 省长 省委书记 出席并讲话 工作会议 在长沙召开 召开 高新技术企业 工业和信息化 获悉 技术合同成交额 重点实验室
中联重科 三一集团 三一重工 加大研发投入 新能源汽车 工程机械 轨道交通
工程研究中心 工程技术研究中心 三年行动计划 行动计划 住房和城乡建设 先进计算 输变电 装备 科技创新高地 关键核心技术 企业技术中心 核心竞争力 科技创新 现代化产业体系 产业体系 中非经贸博览会 以旧换新 省人社厅 省教育厅 毛伟明 沈晓明 各级各部门 先进制造业 数字经济 乡村振兴 新时代 社会主义 现代化 一带一路 中小企业 产业链 供应链
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "\u25a1" * len(squash(w)))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 1. the rebuild is byte-for-byte identical
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh rebuild")
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh rebuild")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail("README.md differs from a fresh rebuild")

    # 2. names, format, shape
    if (len(pages) != 14 or len(golds) != 14) and "--partial" not in sys.argv:
        fail(f"need 14 pages and 14 gold files, have {len(pages)} / {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    seed_text = []
    for g in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(g.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            seed_text += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    seed_grams = set()
    for s in seed_text:
        seed_grams |= grams(blank(s))
    export = {"articles": [], "sources": []}
    all_text = {}
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want or g.stem != want:
            fail(f"{p.name}: name should be {want}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, indent=1, ensure_ascii=False) + "\n":
            fail(f"{g.name}: not in indent=1 / ensure_ascii=False form")
        if list(gold) != KEYS or gold["source"] != p.name:
            fail(f"{g.name}: wrong keys or source")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        arts = gold["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{p.name}: {len(arts)} articles")
        for a in arts:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{g.name}: article keys/kind {list(a)} {a['kind']}")
        src = (HERE / "src" / f"p{i:02d}.txt").read_text(encoding="utf-8")
        layout = re.search(r"^layout: *(\w+)", src, re.M).group(1)
        layouts[layout] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"] is not None:
            fronts.append((p.name, gold["page_count"]))
        all_text[p.name] = (text, arts)
        for a in arts:
            ea = dict(a)
            ea.pop("subheads")
            ea = {"source": p.name, "issue_date": gold["issue_date"], **ea, "title_derived": False}
            export["articles"].append(ea)
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                shared = grams(blank(s)) & seed_grams
                if shared:
                    fail(f"{p.name}: shares {sorted(shared)[:3]} with the seeds in {s[:30]!r}")
        export["sources"].append({"source": p.name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    partial = "--partial" in sys.argv
    if not partial and layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if not partial and (sorted(years) != ["2018", "2020", "2023", "2025"] or not all(3 <= v <= 4 for v in years.values())):
        fail(f"years {dict(years)}")
    if not partial and (len(fronts) != 2 or not all(pc for _, pc in fronts)):
        fail(f"front pages {fronts}")
    # each front page jumps to a page 2 of the set
    for name, _ in ([] if partial else fronts):
        text, arts = all_text[name]
        if not any("下转2版" in a["continued"] for a in arts):
            fail(f"{name}: no 下转2版")
        year = json.loads((HERE / "gold" / (name[:-4] + ".json")).read_text())["issue_date"]
        ok = False
        for n2, (t2, a2) in all_text.items():
            g2 = json.loads((HERE / "gold" / (n2[:-4] + ".json")).read_text())
            if g2["issue_date"] == year and n2 != name and any("上接1版" in a["continued"] for a in a2):
                ok = True
        if not ok:
            fail(f"{name}: its page 2 with 上接1版 is missing")

    # 3. perfect export scores 1.000
    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0:
        fail("scorer failed")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left")
            continue
        if v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
