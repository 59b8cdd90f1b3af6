#!/usr/bin/env python3
"""Verify the set: rebuilds byte for byte, a perfect export scores 1.000
everywhere, the shape of the set is as briefed, and no seed phrase is reused.

    python3 check.py          (after python3 compose.py)
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
PAGES, GOLD, SRC = HERE / "pages", HERE / "gold", HERE / "src"

# generic words blanked before the seed-phrase comparison: institution and
# place names, titles of office, set phrases every story of the paper uses
GENERIC = """
湖南日报 全媒体记者 新湖南客户端 华声在线 湖南图片库 通讯员 评论员 新华社
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
省工信厅 省农业农村厅 省卫生健康委 省商务厅 省文旅厅 省交通运输厅 省发展改革委
湖南省 湖南 长沙市 长沙 岳阳市 岳阳 株洲 湘潭 衡阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西
非物质文化遗产 内陆地区改革开放高地 轨道交通装备 工程机械 农村居民人均可支配收入 居民人均可支配收入 中华优秀传统文化 优秀传统文化 数据中心 生态环境保护 新型基础设施 土家族苗族自治州 自治州 洞庭湖 长江 湘江 城陵矶 中部地区 长株潭
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神 二十大 十九大
高质量发展 相关负责人 负责人介绍 负责人表示 同比增长 比上年增长 百分点 全国第一 全省第一
三高四新 战略定位和使命任务 美好蓝图 现代化新湖南 社会主义现代化 新时代 乡村振兴 农业强省
国家重要先进制造业高地 先进制造业 数字经济 工业互联网 人工智能 大数据 新一代 信息技术 产业链 供应链
今年以来 近年来 截至目前 据了解 据介绍 记者从 获悉 日前 近日 今天 当天 上午 下午
一季度 上半年 前三季度 1至 月份 以上 以下 左右 亿元 万元 万吨 万头 万人 个百分点
进一步 加快推进 推动 深入 贯彻落实 全面 坚持 加强 持续 不断 工作 会议 强调 指出 要求 表示 介绍
以来 我省 全省 各地 各级 市州 县市区 基层 群众 企业 项目 产业 发展 建设 服务 创新
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    s = squash(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" not in g and len(re.findall(r"[\u3400-\u9fff]", g)) >= 5:
            out.add(g)
    return out


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def rebuild_identical():
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        shutil.copytree(SRC, t / "src")
        shutil.copy(HERE / "compose.py", t)
        shutil.copy(HERE / "README.in", t)
        subprocess.run([sys.executable, str(t / "compose.py")], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh build")
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md differs from a fresh build")


def main():
    rebuild_identical()
    pages = sorted(PAGES.glob("*.txt"))
    golds = sorted(GOLD.glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    metas = []
    for sf in sorted(SRC.glob("p*.txt")):
        meta = {}
        sec = False
        for line in sf.read_text(encoding="utf-8").split("\n"):
            if line.startswith("@page"):
                sec = True
                continue
            if line.startswith("@"):
                break
            if sec and line.strip() and not line.startswith("#"):
                k, _, v = line.partition(" ")
                meta[k] = v.strip()
        metas.append(meta)
    export = {"articles": [], "sources": []}
    layouts, years = Counter(), Counter()
    fronts = []
    by_date = {}
    for i, (p, g, meta) in enumerate(zip(pages, golds, metas), 1):
        text = p.read_text(encoding="utf-8")
        want = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want or g.stem != want:
            fail(f"{p.name}: name should be {want}.txt")
        gold = json.loads(g.read_text(encoding="utf-8"))
        if list(gold) != ["source", "issue_date", "issue_number", "page_count",
                          "articles", "extras", "duplicates"]:
            fail(f"{g.name}: top-level keys")
        if gold["source"] != p.name:
            fail(f"{g.name}: source")
        if g.read_text(encoding="utf-8") != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (want 4500-6500)")
        arts = gold["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{p.name}: {len(arts)} articles (want 7-13)")
        for a in arts:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline",
                           "dateline", "continued", "subheads", "paragraphs"]:
                fail(f"{g.name}: article keys")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
            e = dict(a)
            e.pop("subheads")
            e["source"] = p.name
            e["issue_date"] = gold["issue_date"]
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": p.name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
        layouts[meta["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], {})[int(meta["pageno"])] = gold
        if gold["issue_number"]:
            fronts.append(gold)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2017", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2017", "2024"}:
        fail("want two front pages, 2017 and 2024")
    for f in fronts:
        pp = by_date[f["issue_date"]]
        if 1 not in pp or 2 not in pp or not f["page_count"]:
            fail(f"front page {f['issue_date']} lacks its page 2 or its page count")
        if not any(a["continued"].startswith("下转2版") for a in pp[1]["articles"]):
            fail(f"front page {f['issue_date']}: no 下转2版")
        if not any(a["continued"].startswith("上接1版") for a in pp[2]["articles"]):
            fail(f"page 2 of {f['issue_date']}: no 上接1版")

    # the seed-phrase rule
    seed = set()
    for sg in (SHARED / "gold").glob("*.json"):
        d = json.loads(sg.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    hits = []
    for p in pages:
        for line in p.read_text(encoding="utf-8").split("\n"):
            for gr in grams(blank(line)):
                if gr in seed:
                    hits.append(f"{p.name}: {gr}  <- {squash(line)[:40]}")
    if hits:
        print("\n".join(hits[:40]))
        fail(f"{len(hits)} seed phrase(s) reused")

    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(GOLD),
                            "--pages", str(PAGES), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
