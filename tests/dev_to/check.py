#!/usr/bin/env python3
"""Verify the test set: perfect-export score, shape, seed-phrase rule, rebuild.

Prints `check passed` when every test holds; otherwise lists the failures.
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names, place
# names, set phrases of the paper that any story may share with the seeds.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人 省委书记 副省长 省长 省委常委 省政协
省人大常委会 省委 省政府 省人民政府 湖南省 湖南 我省 全省 长沙市 长沙 株洲 湘潭 衡阳 岳阳
常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳 湘西土家族苗族自治州 湘西 中共中央 党中央 国务院
习近平 总书记 新时代 中国特色社会主义 二十大 同比增长 同比分别增长 同比下降 分别 亿元 万元 万人次 百分点 个百分点
高质量发展 现代化 新湖南 三高四新 美好蓝图 召开 举行 出席 讲话 会议 强调 指出 要求 表示 介绍
今年以来 近年来 截至 目前 今天 近日 日前 记者 获悉 省发展改革委 省工信厅 省商务厅 省文化和旅游厅
省农业农村厅 省粮食和物资储备局 省文物局 省体育局 省气象局 海关 统计 数据 数字经济 软件和信息技术服务业
产业链 供应链 数字化转型 人力资源和社会保障厅 专精特新 小巨人 委员会 基础设施 三年行动计划 软件和信息技术 中非经贸博览会 轨道交通 工业和信息化 航空航天 先进制造业 工业互联网 规模以上 增加值 营收 人工智能 数据中心 算力 进出口 新能源汽车
乡村振兴 中央八项规定 形式主义 官僚主义 党风廉政建设 纪委监委 基层减负 一带一路
""".split(), key=len, reverse=True)

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "#")
    return s


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "#" not in w and sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def seed_windows() -> set[str]:
    ws: set[str] = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                ws |= windows(blank(t))
    return ws


def perfect_export(golds: list[dict]) -> dict:
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update(a)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": srcs}


def check_score(golds: list[dict]):
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps(perfect_export(golds), ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out.rstrip())
    figs = {}
    for line in out.splitlines():
        if line.startswith(("---", "    ")):
            fail(f"scorer problem line: {line.strip()}")
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k, v in figs.items():
        if k.startswith("articles_"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} {v} (must print 1.000)")
    for k in ("seg_f1", "headline_acc", "coverage", "untitled_ok", "byline_acc", "dateline_acc"):
        if k not in figs:
            fail(f"scorer printed no {k}")


def check_shape(golds: list[dict], metas: list[dict]):
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages / {len(golds)} gold files, want 14")
    layouts = Counter(m.get("layout") for m in metas)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for g in golds)
    if set(years) != {"2016", "2017", "2021", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {dict(years)}")
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name does not match NNN_sha256")
        if g["source"] != p.name:
            fail(f"{p.name}: gold source {g['source']}")
        raw = (HERE / "gold" / p.name.replace(".txt", ".json")).read_text(encoding="utf-8")
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n" or list(g) != KEYS:
            fail(f"{p.name}: gold not in the seeds' exact JSON form")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{p.name}: article keys/kind {list(a)} {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fail(f"{p.name}: whitespace in a paragraph")
            for s in a["subheads"]:
                if squash(s) not in a["paragraphs"]:
                    fail(f"{p.name}: subhead {s} not among paragraphs")
            for f in AKEYS[1:8]:
                if squash(a[f]) and squash(a[f]) not in squash(text) and f != "continued":
                    fail(f"{p.name}: {f} {a[f]!r} not printed on the page")
    fronts = [g for g in golds if g["issue_number"]]
    if sorted(g["issue_date"][:4] for g in fronts) != ["2017", "2021"]:
        fail(f"front pages: {[g['issue_date'] for g in fronts]}")
    for fg in fronts:
        if not fg["page_count"] or not fg["extras"]:
            fail(f"{fg['source']}: front page without page count or masthead")
        down = [a for a in fg["articles"] if a["continued"].startswith("下转2版")]
        p2 = [g for g in golds if g["issue_date"] == fg["issue_date"] and g is not fg]
        up = [a for g in p2 for a in g["articles"] if a["continued"].startswith("上接1版")]
        if not down or not up or len(up) != len(down):
            fail(f"{fg['source']}: jumps 下转2版 {len(down)} / 上接1版 {len(up)}")


def check_seed_phrases(golds: list[dict]):
    seeds = seed_windows()
    for g in golds:
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = windows(blank(t)) & seeds
                if hit:
                    fail(f"{g['source']}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:30]!r}")


def check_rebuild():
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        shutil.copytree(HERE / "src", t / "src")
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, t / f)
        subprocess.run([sys.executable, str(t / "compose.py")], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"rebuild: {sub} names differ")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("rebuild: README.md differs")


def main() -> int:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))]
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import compose
    metas = [compose.parse(p)["meta"] for p in sorted((HERE / "src").glob("p*.txt"))]
    check_score(golds)
    check_shape(golds, metas)
    check_seed_phrases(golds)
    check_rebuild()
    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
