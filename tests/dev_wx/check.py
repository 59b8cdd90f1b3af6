#!/usr/bin/env python3
"""Verify the dev_wx test set; prints `check passed` when every rule holds."""
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
SCORER = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases of the paper
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 华声在线 新湖南客户端 通讯员 新华社 记者 评论员
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的二十大 党中央 国务院
省委 省政府 省人大常委会 省政协 省委常委 省长 副省长 省委书记 省委副书记
高质量发展 新时代 现代化 新湖南 三高四新 美好蓝图 乡村振兴 实体经济 先进制造业
相关负责人 负责人介绍 负责人表示 负责人说 据了解 据悉 近日 今年以来 去年以来 同比增长
比上年增长 个百分点 亿元 万元 万吨 以上 左右 规模以上 规模工业 工业增加值 进出口
中联重科 三一重工 三一集团 湖南钢铁 长沙海关 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳
常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江
发展改革委 工信厅 商务厅 省统计局 统计局 国家统计局 中级人民法院 人民法院 人民检察院
检察院 法院 纪委监委 市场监管 应急管理 人社厅 文旅厅 文化和旅游 非物质文化遗产 非遗
工业互联网 数字经济 数字化转型 产业链 供应链 专精特新 小巨人 营商环境 招商引资
全面贯彻 深入学习贯彻 深入贯彻 贯彻落实 坚持以 为指导 重要讲话 指示批示精神 重要指示
国家和地区 有限公司 人力资源和社会保障厅 新能源汽车 一带一路 先进硬质材料 中非经贸博览会 以旧换新 生物医药 中小企业特色产业集群 农产品加工 十四五 十五五 十三五 劳动密集型产品 机电产品 软件和信息技术服务业 信息技术 轨道交通装备 工程机械 人均可支配收入 社会消费品零售总额 重要组成部分 增加值 增速 高于全国 居全国 重点任务 出席并讲话 出席会议 主持召开 召开 会议强调 会议指出 会议要求 强调 指出 要求 表示
进一步 持续 推动 加快 加强 深化 全省 全市 全县 我省 各级 各地 各部门
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def blank_generic(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(unicodedata.normalize("NFKC", w), "\u25a1")
    return s


def grams(s: str):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u25a1" in g:
            continue
        if sum(is_cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def seed_grams():
    gs = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a["paragraphs"]):
                gs |= grams(blank_generic(t or ""))
    return gs


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    errors = []
    # 1. rebuild byte for byte
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), td],
                           capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                errors.append(f"{sub}: files differ from a fresh rebuild")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    errors.append(f"{sub}/{n} differs from a fresh rebuild")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            errors.append("README.md differs from a fresh rebuild")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        errors.append(f"expected 14 pages/golds/sources, got {len(pages)}/{len(golds)}/{len(srcs)}")
    layouts = Counter()
    years = Counter()
    fronts = []
    by_date = {}
    export = {"articles": [], "sources": []}
    sg = seed_grams()
    for k, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{k:03d}_{h}.txt":
            errors.append(f"{p.name}: name is not NNN_ + sha256 of the page text")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            errors.append(f"{p.name}: no gold")
            continue
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            errors.append(f"{gp.name}: not in indent=1 ensure_ascii=False form")
        if list(g) != KEYS:
            errors.append(f"{gp.name}: key order {list(g)}")
        if g["source"] != p.name:
            errors.append(f"{gp.name}: source field")
        src = srcs[k - 1].read_text(encoding="utf-8")
        lay = re.search(r"^layout:\s*(\w+)", src, re.M).group(1)
        layouts[lay] += 1
        years[g["issue_date"][:4]] += 1
        pageno = re.search(r"^page:\s*(\d+)", src, re.M).group(1)
        by_date.setdefault(g["issue_date"], {})[pageno] = g
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            errors.append(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            errors.append(f"{p.name}: {len(g['articles'])} articles")
        if g["issue_number"] is not None or g["page_count"] is not None:
            fronts.append((g["issue_date"], pageno, g))
        for a in g["articles"]:
            if list(a) != AKEYS:
                errors.append(f"{gp.name}: article key order")
            if a["kind"] not in KINDS:
                errors.append(f"{gp.name}: kind {a['kind']}")
            for f in ("kicker", "title", "subtitle"):
                if "/" in a[f] or "‖" in a[f]:
                    errors.append(f"{gp.name}: layout mark left in {f}")
            for para in a["paragraphs"]:
                if "‖" in para or re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", para):
                    errors.append(f"{gp.name}: layout debris in a paragraph: {para[:20]}")
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                shared = grams(blank_generic(t)) & sg
                if shared:
                    errors.append(f"{gp.name}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:16]}")
            ea = {"source": p.name, "issue_date": g["issue_date"], "title_derived": False}
            ea.update({f: a[f] for f in AKEYS if f != "subheads"})
            export["articles"].append(ea)
        export["sources"].append({"source": p.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if layouts != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            errors.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        errors.append(f"unexpected years {set(years) - set(YEARS)}")
    if sorted(d[:4] for d, _, _ in fronts) != ["2019", "2025"]:
        errors.append(f"front pages: {[(d, pn) for d, pn, _ in fronts]}")
    for d, pn, g in fronts:
        if pn != "1" or g["issue_number"] is None or g["page_count"] is None:
            errors.append(f"front page {d} lacks page 1 / issue number / page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]):
            errors.append(f"front page {d}: no 下转2版")
        p2 = by_date.get(d, {}).get("2")
        if not p2 or not any(a["kind"] == "continuation" and "上接1版" in a["continued"]
                             for a in p2["articles"]):
            errors.append(f"front page {d}: its page 2 with 上接1版 is missing")

    # 3. a perfect export scores 1.000 everywhere
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode:
        errors.append("scorer failed: " + r.stderr)
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if line.startswith("---") or line.startswith("    "):
            errors.append("scorer problem line: " + line.strip())
        elif m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    errors.append(f"cjk_space_left {v}")
            elif v != "1.000":
                errors.append(f"{k} = {v}")
    if "coverage         1.000" not in out:
        errors.append("coverage is not 1.000")

    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
