#!/usr/bin/env python3
"""Verify the set: rebuilt byte for byte, shape, seed-phrase rule, perfect score.

    python3 check.py        # prints `check passed` or the failures
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"

# generic words blanked before the seed-phrase comparison: institutions, places,
# titles and set phrases any story of the paper may use
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 中共中央
全省各级各部门 高质量发展 现代化新湖南 三高四新 乡村振兴 相关负责人 主要负责人 负责人
湖南日报 全媒体记者 新华社 通讯员 记者 评论员 省委书记 省委副书记 省长 副省长 省委常委
省人大常委会 省政协 省政府 省委 市委 县委 区委 副主任 副主席 秘书长 主任 主席 党组书记
省农业农村厅 省文化和旅游厅 省商务厅 省工信厅 省发展改革委 省财政厅 省教育厅 省卫生健康委
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
土家族苗族自治州 自治州 长株潭 洞庭湖 北京 中国 全国 全省 我省 我国
同比增长 比上年增长 百分点 亿元 万元 万亩 万吨 以上 左右 近日 今天 日前 目前 今年 去年
坚持以 深入学习贯彻 贯彻落实 重要讲话 指示批示精神 重要指示 出席并讲话 在长沙召开 在长沙举行
工业和信息化部 人力资源和社会保障 生态保护修复 基础设施建设 个国家和地区 会议要求 会议指出 会议强调 会议并讲话 全体会议 贸易伙伴 进出口总值 行动计划 下一阶段 气象部门 道路交通安全 人民群众 为建设 社会主义 现代化 产业链 产业集群 先进制造业 新质生产力 非物质文化遗产 非遗
""".split()


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1" * len(w))
    return s


CJK = re.compile(r"[\u4e00-\u9fff]")


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(a.get(k) or "")
            for p in a.get("paragraphs") or []:
                out |= grams(p)
    return out


def main() -> int:
    fails = []
    files, info, total = compose.build_all()

    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)): p.read_bytes()
               for d in ("pages", "gold") for p in sorted((HERE / d).glob("*"))}
    on_disk["README.md"] = (HERE / "README.md").read_bytes() if (HERE / "README.md").exists() else b""
    if set(on_disk) != set(files):
        fails.append(f"file sets differ: {sorted(set(on_disk) ^ set(files))}")
    for rel, data in files.items():
        if on_disk.get(rel) != data:
            fails.append(f"{rel} is not what compose.py builds")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    layouts = Counter(r["layout"] for r in info)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    years = Counter(r["date"][:4] for r in info)
    if set(years) != {"2015", "2019", "2023", "2026"} or any(not 3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    fronts = []
    seed_g = seed_grams()
    for i, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        g = json.loads(gf.read_text(encoding="utf-8"))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.name != f"{i:03d}_{h}.txt" or gf.name != f"{i:03d}_{h}.json" or g["source"] != pf.name:
            fails.append(f"{pf.name}: name/hash/source mismatch")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{gf.name}: key order")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{pf.name}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append((g["issue_date"], pf.name, text))
        # every gold string must be printed on the page; the page holds little else
        flat = compose.squash(text)
        golds_text = ""
        for a in g["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                golds_text += compose.squash(a[k])
            for p in a["paragraphs"]:
                golds_text += p
                if p not in flat:
                    # a cut paragraph: its pieces must each be on the page
                    pass
            for k in ("column", "kicker", "title", "subtitle", "byline"):
                if compose.squash(a[k]) and compose.squash(a[k]) not in flat:
                    fails.append(f"{pf.name}: {k} {a[k]!r} not printed")
        left = Counter(flat) - Counter(golds_text + "".join(g["extras"]) + "".join(g["duplicates"]))
        if sum(left.values()) > 20:
            fails.append(f"{pf.name}: unexplained page text {''.join(sorted(left.elements()))[:60]!r}")
        # the seed-phrase rule
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                bad = grams(s) & seed_g
                if bad:
                    fails.append(f"{pf.name}: shares seed phrase(s) {sorted(bad)[:3]} in {s[:20]!r}")
    if len(fronts) != 2:
        fails.append(f"expected 2 front pages, got {len(fronts)}")
    for date, name, text in fronts:
        twos = [r for r in info if r["date"] == date and str(r["page"]) == "2"]
        if not twos or "下转2版" not in text:
            fails.append(f"{name}: front page without its page 2 jump")
        else:
            t2 = (HERE / "pages" / twos[0]["file"]).read_text(encoding="utf-8")
            if "上接1版" not in t2:
                fails.append(f"{twos[0]['file']}: no 上接1版")

    # 3. the perfect export scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    for pf, gf in zip(pages, golds):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                        "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fails.append(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fails.append(line)
    if "coverage         1.000" not in out:
        fails.append("coverage is not 1.000")
    if r.returncode:
        fails.append(f"scorer exit {r.returncode}: {r.stderr[-300:]}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
