#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, perfect score of a perfect export, shape, seed phrases.

    python3 check.py            prints `check passed` or the reasons it failed
"""
from __future__ import annotations

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

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 华声在线 新湖南客户端 评论员
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 中共中央 党的二十大精神 二十大
全面建设社会主义现代化新湖南 社会主义现代化 现代化新湖南 三高四新 美好蓝图 战略定位和使命任务
高质量发展 国家重要先进制造业高地 先进制造业 内陆地区改革开放高地 改革开放 一带一路
省委常委 省委书记 省长 副省长 省委副书记 省委秘书长 省人大常委会 省政协 省政府 省委 人民政府
全国人大 全国政协 人大代表 政协委员 代表委员 常委会 副主任 副主席 主席 秘书长
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市 娄底市 邵阳市 益阳市
张家界 湘西土家族苗族自治州 长株潭 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 邵阳 益阳 湘西
省商务厅 省工信厅 长沙海关 海关总署 省发展改革委 省纪委监委 纪委监委 省应急管理厅 省公安厅
相关负责人 有关负责人 主要负责人 据了解 据悉 近日 今天 同比增长 比上年增长 个百分点 以上
进出口总值 进出口总额 规模以上工业 规模工业增加值 工业增加值 社会消费品零售总额 亿元 万元
现代化产业体系 科技型中小企业 立案审查调查 移送司法机关 工作领导小组 重要组成部分 近年来 湖南大学 中南大学 湖南农业大学 湖南师范大学 轨道交通装备 基础设施建设 全面深化改革 人力资源和社会保障厅 党纪政务处分 道路交通安全 雨雪冰冻 非物质文化遗产 高新技术企业 生态环境保护 走出去 三年行动计划 个国家和地区 批代表团 项合作协议 中非经贸博览会 中非经贸深度合作先行区 中非经贸 东盟 欧盟 俄罗斯 非洲
湖南图片库 摄影报道 以上图片均由 湖南日报社
中央八项规定精神 全面从严治党 党风廉政建设 形式主义 官僚主义 两个确立 两个维护 四个意识 四个自信
十四五 十五五 十三五 开局之年 乡村振兴 新型工业化 数字经济 人工智能 工业互联网 智赋万企
中国特色社会主义 决策部署 指示批示精神 重要讲话 政府工作报告 出席并讲话 在长沙召开 在长沙举行
"""


def generic_words() -> list[str]:
    return sorted(set(GENERIC.split()), key=len, reverse=True)


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def blank(s: str, words: list[str]) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    for w in words:
        s = s.replace(w, "\u0000")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and sum(cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def seed_texts() -> list[str]:
    out = []
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            out += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
            out += a.get("paragraphs", [])
    return out


def set_texts(gold: dict) -> list[tuple[str, str]]:
    out = []
    for a in gold["articles"]:
        for f in ("kicker", "title", "subtitle"):
            out.append((f, a[f]))
        out += [("paragraph", p) for p in a["paragraphs"]]
    return out


def main() -> int:
    problems: list[str] = []

    # 1. rebuilt byte-for-byte
    files = compose.build()
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    on_disk.add("README.md")
    if on_disk != set(files):
        problems.append(f"files differ from a rebuild: {sorted(on_disk ^ set(files))[:6]}")
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            problems.append(f"{rel}: not what compose.py builds")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        problems.append(f"{len(pages)} pages, {len(golds)} gold files (want 14 each)")
    lays, years, fronts = Counter(), Counter(), []
    srcs = {compose.parse(s)["page"]: compose.parse(s) for s in sorted((HERE / "src").glob("p*.txt"))}
    if sorted(srcs) != [f"{i:03d}" for i in range(1, 15)]:
        problems.append(f"page numbers {sorted(srcs)}")
    all_gold = {}
    for pf in pages:
        text = pf.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", pf.name)
        import hashlib
        if not m or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            problems.append(f"{pf.name}: name is not NNN_ + sha256[:16]")
            continue
        gf = HERE / "gold" / (pf.stem + ".json")
        if not gf.exists():
            problems.append(f"{pf.name}: no gold")
            continue
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        all_gold[pf.name] = g
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n" or list(g) != KEYS:
            problems.append(f"{gf.name}: not in the seeds' gold format")
        if g["source"] != pf.name:
            problems.append(f"{gf.name}: source {g['source']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            problems.append(f"{pf.name}: {n} characters (want 4,500-6,500)")
        if not 7 <= len(g["articles"]) <= 13:
            problems.append(f"{pf.name}: {len(g['articles'])} articles (want 7-13)")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                problems.append(f"{pf.name}: article keys/kind {list(a)} {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    problems.append(f"{pf.name}: whitespace in a paragraph {p[:20]!r}")
        src = srcs.get(m.group(1))
        lays[src["lay"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] or g["page_count"]:
            fronts.append((g["issue_date"], pf.name, g))
    if lays != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(lays)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            problems.append(f"{years[y]} pages of {y}")
    if set(years) - set(YEARS):
        problems.append(f"years {sorted(years)}")
    if sorted(d[:4] for d, _, _ in fronts) != ["2016", "2023"]:
        problems.append(f"front pages {[(d, n) for d, n, _ in fronts]}")
    for date, name, g in fronts:
        jumps = [a["continued"] for a in g["articles"] if a["continued"].startswith("下转2版")]
        back = [a for n2, g2 in all_gold.items() if g2["issue_date"] == date and n2 != name
                for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if not jumps or len(back) < len(jumps):
            problems.append(f"{name}: {len(jumps)} jumps to page 2, {len(back)} continued there")

    # 3. seed phrases
    words = generic_words()
    seed = set()
    for t in seed_texts():
        seed |= grams(blank(t, words))
    for name, g in sorted(all_gold.items()):
        for f, t in set_texts(g):
            hit = grams(blank(t, words)) & seed
            if hit:
                problems.append(f"{name}: {f} shares seed phrase(s) {sorted(hit)[:3]} in {t[:24]!r}")

    # 4. a perfect export scores perfectly
    export = {"articles": [], "sources": []}
    for name, g in sorted(all_gold.items()):
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: v for k, v in a.items()})
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        s = line.strip()
        if s.startswith(("---", "missing", "headline ", "spurious")):
            problems.append(f"score: {s}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", s)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left") \
                and m.group(2) != "1.000":
            problems.append(f"score: {s}")
        if s.startswith("cjk_space_left") and s.split()[-1] != "0":
            problems.append(f"score: {s}")
        if s.split() and s.split()[0].endswith(("_acc", "_ok", "_f1", "coverage", "_precision", "_recall")) \
                and s.split()[-1] == "None":
            problems.append(f"score: {s} (nothing measured)")
    if r.returncode:
        problems.append(f"score.py exit {r.returncode}: {r.stderr[-300:]}")

    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
