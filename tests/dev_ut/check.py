#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule.

    python3 check.py        -> prints `check passed` (exit 0) or the failures (exit 1)
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
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
        "subheads", "paragraphs"]
TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
YEARS = {"2015": (3, 4), "2017": (3, 4), "2021": (3, 4), "2024": (3, 4)}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 新华社 记者 相关负责人 负责人介绍
习近平总书记 习近平新时代中国特色社会主义思想 党中央 国务院 中共中央 省委书记 省委副书记 省委常委
省人大常委会 省政协 省政府 省委 副省长 省长 主任 副主任 秘书长 党组书记 全省上下 全省各级
高质量发展 三高四新 美好蓝图 现代化新湖南 新湖南 社会主义现代化 战略定位和使命任务 乡村振兴
长株潭 洞庭湖 长江经济带 湘江 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西州 同比增长 百分点 规模以上工业 规模以上 先进制造业 数字经济 工业互联网
今天 近日 日前 据了解 记者从 获悉 召开 举行 出席 讲话 强调 指出 要求 会议 座谈会 调研 工作会议
进一步 加快 推动 推进 持续 坚持 聚焦 围绕 全面 深入 切实 不断 积极 有效 有力 重要 重点 关键
以来 今年 去年 目前 其中 全省 我省 全国 湖南省 湖南 各地 各级 各部门 企业 产业 发展 建设 工作
人力资源和社会保障 人力资源 社会保障 高层次人才 电子信息 生物医药 新能源汽车 新材料 各有关部门 有关部门 专精特新 小巨人 工业和信息化 轨道交通 智能化 绿色化 高端化 产业链 上下游 复合型人才 工业增加值 增加值 规模工业 轨道交通装备 工程机械 基础设施 亿元 万元 万吨 万头 比上年 同比 党员干部 人民群众 群众 基层 中国式现代化 新质生产力 一带一路 中非经贸 博览会 进出口 外贸
""".split()
CJK1 = re.compile(r"[\u4e00-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK1.findall(w)) >= 5:
            out.add(w)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
        out += a.get("paragraphs", [])
    return out


def main() -> int:
    fails = []
    files, exports, phen, table = compose.build(write=False)
    # 1. byte-for-byte rebuild
    on_disk = {f"{d}/{p.name}" for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    want = {k for k in files if k != "README.md"}
    if on_disk != want:
        fails.append(f"file set differs: extra {sorted(on_disk - want)[:3]} missing {sorted(want - on_disk)[:3]}")
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            fails.append(f"{rel} is not what compose.py builds")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"need 14 pages and 14 gold files, have {len(pages)}, {len(golds)}")
    years, layouts = Counter(), Counter()
    fronts = []
    by_date = {}
    for n, (name, meta, na, nc) in enumerate(table, 1):
        text = files[f"pages/{name}.txt"]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name) or name[:3] != f"{n:03d}":
            fails.append(f"bad name {name}")
        if name[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fails.append(f"{name}: hash does not match text")
        if not 4500 <= nc <= 6500:
            fails.append(f"{name}: {nc} characters")
        if not 7 <= na <= 13:
            fails.append(f"{name}: {na} articles")
        years[meta["date"][:4]] += 1
        layouts[meta["layout"]] += 1
        by_date.setdefault(meta["date"], []).append((meta["page"], name))
        gold = json.loads(files[f"gold/{name}.json"])
        if list(gold) != TOP:
            fails.append(f"{name}: gold key order")
        for a in gold["articles"]:
            if list(a) != KEYS:
                fails.append(f"{name}: article key order")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", p):
                    fails.append(f"{name}: space inside a gold paragraph {p[:20]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fails.append(f"{name}: subhead not in paragraphs")
        if meta["page"] == "1":
            if not (gold["issue_number"] and gold["page_count"] and gold["extras"]):
                fails.append(f"{name}: front page without masthead, issue number or page count")
            fronts.append((meta["date"], gold))
        if files[f"gold/{name}.json"] != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{name}: gold not indent=1 / ensure_ascii=False")
    if dict(years) != {"2015": 3, "2017": 4, "2021": 3, "2024": 4}:
        for y, (lo, hi) in YEARS.items():
            if not lo <= years[y] <= hi:
                fails.append(f"year {y}: {years[y]} pages")
        if set(years) - set(YEARS):
            fails.append(f"years outside the brief: {sorted(set(years) - set(YEARS))}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if len(fronts) != 2 or {d[:4] for d, _ in fronts} != {"2017", "2024"}:
        fails.append("need front pages in 2017 and 2024")
    for date, fg in fronts:
        p2 = [nm for pg, nm in by_date[date] if pg == "2"]
        if not p2:
            fails.append(f"front page {date} has no page 2 in the set")
            continue
        g2 = json.loads(files[f"gold/{p2[0]}.json"])
        down = [a for a in fg["articles"] if "下转2版" in a["continued"]]
        up = [a for a in g2["articles"] if "上接1版" in a["continued"]]
        if not down or len(down) != len(up):
            fails.append(f"{date}: jumps 下转2版 {len(down)} vs 上接1版 {len(up)}")

    # 3. seed-phrase rule
    seed_w = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(gf.read_text(encoding="utf-8"))):
            seed_w |= windows(blank(t))
    for name, gold, _ in exports:
        for t in texts_of(gold):
            hit = windows(blank(t)) & seed_w
            if hit:
                fails.append(f"{name}: shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]}")

    # 4. perfect export, scored
    export = {"articles": [], "sources": []}
    for name, gold, raw_extra in exports:
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            for k in KEYS:
                if k != "subheads":
                    e[k] = a[k]
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + raw_extra})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
               "--pages", str(HERE / "pages")]
        res = subprocess.run(cmd + ["-v"], capture_output=True, text=True)
        figs = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout
                          .rsplit("seg_f1=", 1)[0])
    print(res.stdout, end="")
    for line in res.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"score problem: {line.strip()}")
    for k, v in figs.items():
        if isinstance(v, float) and k != "cjk_space_left" and f"{v:.3f}" != "1.000":
            fails.append(f"{k} = {v}")
    if figs["coverage"] is None or figs["coverage"] < 1.0:
        fails.append(f"coverage {figs['coverage']}")
    if figs["cjk_space_left"] != 0:
        fails.append(f"cjk_space_left {figs['cjk_space_left']}")
    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
