#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, the perfect export scores 1.000 on
every figure with full coverage and no problem line, the set has the required
shape, and no seed phrase is reused.  Prints `check passed`.

    python3 check.py
"""
from __future__ import annotations

import datetime as dt
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from compose import parse  # noqa: E402

FAIL: list[str] = []


def need(ok: bool, msg: str):
    if not ok:
        FAIL.append(msg)


# generic words blanked before the seed-phrase comparison: institution and
# place names, set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 华声在线 新湖南客户端
习近平新时代中国特色社会主义思想 中国特色社会主义 习近平总书记 习近平 党中央 国务院
党的二十大精神 党的二十大 党的十九大 新时代 高质量发展 相关负责人 主要负责人 负责人
现代化新湖南 三高四新 美好蓝图 战略定位 使命任务 重要讲话 指示批示精神 重要指示
省委常委 省委书记 省委副书记 省长 副省长 省政协主席 省政协副主席 省人大常委会 常委会副主任 省委 省政府 省政协 省人大
省委宣传部 宣传部部长 秘书长 省发展改革委 省工信厅 省商务厅 省农业农村厅 省教育厅 省文化和旅游厅 省体育局 省卫生健康委
省交通运输厅 省自然资源厅 省生态环境厅 省应急管理厅 省气象局 省市场监管局 长沙海关 省统计局 省财政厅 省人社厅
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德市 常德 益阳市 益阳 郴州市 郴州
永州市 永州 怀化市 怀化 娄底市 娄底 邵阳市 邵阳 张家界市 张家界 湘西土家族苗族自治州 湘西州 湘西
长株潭 湘江 洞庭湖 南岳 岳麓山 浏阳 醴陵
规模以上工业 规模工业增加值 工业增加值 进出口总值 同比增长 百分点 个百分点 亿元 万元 以上 左右
在长沙召开 在长沙举行 会议强调 会议指出 会议要求 出席并讲话 出席会议 深入学习贯彻 贯彻落实
先进制造业 产业集群 产业链 数字经济 乡村振兴 中央八项规定精神 形式主义 官僚主义 以旧换新
非物质文化遗产 较常年同期 去年以来 重要抓手 湖南大学 中南大学 湖南师范大学
电子信息 生物医药 轨道交通装备 生态环境保护 人居环境 政府工作报告 民生福祉 新能源汽车 我省将 源源不断
今天召开的 现场签约 新一代 工程机械 以旧换新 新型工业化 营商环境
时间和精力 党员干部 经济社会发展 经济社会 突出位置 制度保障
社会消费品零售总额 国家和地区 新型基础设施 基础设施建设 基础设施 工业互联网 大数据 人工智能 支持力度
全面建设社会主义现代化国家 全面建设社会主义现代化 全面建设社会主义 好钢用在刀刃上 关键核心技术 生态保护修复 内陆地区改革开放高地 改革开放高地 有力支撑 轨道交通
数字化转型 核心竞争力 各级各部门 全面贯彻 扩大国内需求 工业和信息化 农产品加工 各项工作
今年以来 近年来 据了解 据悉 记者从 获悉 与此同时
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_windows() -> set[str]:
    seen = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seen.update(windows(blank(t)))
    return seen


def rebuild_identical():
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for n in ("compose.py", "README.in"):
            shutil.copy(HERE / n, td / n)
        shutil.copytree(HERE / "src", td / "src")
        (td / "pages").mkdir()
        (td / "gold").mkdir()
        r = subprocess.run([sys.executable, str(td / "compose.py")], capture_output=True, text=True)
        need(r.returncode == 0, f"compose failed in rebuild: {r.stderr[-400:]}")
        for d in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / d).iterdir())
            b = sorted(p.name for p in (td / d).iterdir())
            need(a == b, f"rebuild: {d}/ file names differ")
            for n in a:
                if n in b:
                    need((HERE / d / n).read_bytes() == (td / d / n).read_bytes(),
                         f"rebuild: {d}/{n} differs")
        need((HERE / "README.md").read_bytes() == (td / "README.md").read_bytes(),
             "rebuild: README.md differs")


def main() -> int:
    rebuild_identical()
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    need(len(pages) == 14 and len(golds) == 14 and len(srcs) == 14, "need 14 pages, gold files, sources")
    metas = {}
    for s in srcs:
        m = parse(s)["meta"]
        metas[m["name"]] = m
    need(sorted(metas) == [f"{i:03d}" for i in range(1, 15)], "page numbers 001-014")

    # ---- shape
    layouts, years = Counter(), Counter()
    fronts = []
    export = {"articles": [], "sources": []}
    for pf in pages:
        text = pf.read_text(encoding="utf-8")
        nnn, h = pf.stem.split("_")
        need(h == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], f"{pf.name}: hash name")
        gf = HERE / "gold" / f"{pf.stem}.json"
        need(gf.exists(), f"{pf.name}: no gold")
        if not gf.exists():
            continue
        raw_gold = gf.read_text(encoding="utf-8")
        g = json.loads(raw_gold)
        need(raw_gold == json.dumps(g, ensure_ascii=False, indent=1) + "\n", f"{gf.name}: format")
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles",
                         "extras", "duplicates"], f"{gf.name}: key order")
        for a in g["articles"]:
            need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                             "continued", "subheads", "paragraphs"], f"{gf.name}: article key order")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 f"{gf.name}: kind {a['kind']}")
            need(all(s in a["paragraphs"] for s in a["subheads"]), f"{gf.name}: subhead not in paragraphs")
            need(bool(a["paragraphs"]), f"{gf.name}: article without paragraphs")
        need(g["source"] == pf.name, f"{gf.name}: source")
        m = metas[nnn]
        need(g["issue_date"] == m["date"], f"{pf.name}: date")
        n = len(re.sub(r"\s", "", text))
        need(4500 <= n <= 6500, f"{pf.name}: {n} characters")
        na = len(g["articles"])
        need(7 <= na <= 13, f"{pf.name}: {na} articles")
        layouts[m["layout"]] += 1
        years[m["date"][:4]] += 1
        if m["page"] == "1":
            fronts.append((g, m))
            need(bool(g["issue_number"]) and bool(g["page_count"]), f"{pf.name}: front page without issue/page count")
        # datelines of 讯 stories are dated the day before the issue
        day_before = dt.date.fromisoformat(g["issue_date"]) - dt.timedelta(days=1)
        for a in g["articles"]:
            mm = re.match(r"湖南日报(\d+)月(\d+)日讯", a["dateline"])
            if mm:
                need((int(mm[1]), int(mm[2])) == (day_before.month, day_before.day),
                     f"{pf.name}: dateline date {a['dateline'][:12]}")
        # every character printed is in the gold, and every gold character is printed
        import unicodedata
        sq = lambda x: re.sub(r"\s+", "", unicodedata.normalize("NFKC", x))
        marks = "".join(l for l in text.splitlines() if re.search(r"[上下紧]接?转?\d+版", l) and len(l.strip()) < 16)
        page_c = Counter(sq(text)) - Counter(sq(marks))
        gold_c = Counter(sq("".join(json.dumps(a, ensure_ascii=False) and "".join(
            [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"])
            for a in g["articles"]) + "".join(g["extras"]) + "".join(g["duplicates"])))
        need(not (gold_c - page_c), f"{pf.name}: gold text not printed: {''.join((gold_c - page_c).elements())[:40]}")
        need(not (page_c - gold_c), f"{pf.name}: printed text not in gold: {''.join((page_c - gold_c).elements())[:40]}")
        for a in g["articles"]:
            e = dict(a)
            e.pop("subheads")
            e["source"] = g["source"]
            e["issue_date"] = g["issue_date"]
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    need(layouts == Counter({"column": 7, "para": 7}), f"layouts {dict(layouts)}")
    need(sorted(years) == ["2016", "2018", "2020", "2023", "2026"] and all(2 <= v <= 3 for v in years.values()),
         f"years {dict(years)}")
    need(sorted(m["date"][:4] for _, m in fronts) == ["2018", "2023"], "front pages in 2018 and 2023")
    for g, m in fronts:
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        need(bool(jumps), f"front {m['date']}: no 下转2版")
        p2 = [metas[k] for k in metas if metas[k]["date"] == m["date"] and metas[k]["page"] == "2"]
        need(len(p2) == 1, f"front {m['date']}: page 2 not in set")
        if p2:
            g2 = next(json.loads(f.read_text(encoding="utf-8")) for f in golds
                      if f.name.startswith(p2[0]["name"] + "_"))
            need(sum(a["continued"].startswith("上接1版") for a in g2["articles"]) == len(jumps),
                 f"front {m['date']}: page 2 continuations")

    # ---- perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    need(r.returncode == 0, "scorer failed: " + r.stderr[-300:])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            FAIL.append("scorer problem: " + line.strip())
    figs = dict(re.findall(r"^(\w+)\s+([\d.]+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        need(figs.get(k) == "1.000", f"scorer {k} = {figs.get(k)}")
    need(figs.get("cjk_space_left") == "0", f"cjk_space_left = {figs.get('cjk_space_left')}")

    # ---- seed phrases
    seen = seed_windows()
    hits = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(t)):
                    if w in seen:
                        hits.append(f"{gf.name[:3]}: {w}  in {t[:30]}")
    for h in hits[:40]:
        FAIL.append("seed phrase: " + h)

    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"check failed ({len(FAIL)})")
        return 1
    print(out.strip())
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
