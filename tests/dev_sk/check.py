#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, a perfect export scores 1.000 everywhere,
the set has the shape the brief asks for, and no seed phrase was reused.

    python3 check.py            prints `check passed` (exit 0) or the failures (exit 1)
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases any Hunan Daily story may print
GENERIC = """
湖南日报全媒体评论员 湖南日报全媒体记者 湖南日报评论员 湖南日报记者 全媒体记者 通讯员 相关负责人 有关负责人
主要负责人 负责同志 习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院
省委常委 省委书记 省委副书记 省委秘书长 省委宣传部 省政府 省人大常委会 省政协 副省长 省长 副主席 副主任
省工信厅 省商务厅 省住房和城乡建设厅 省住建厅 省农业农村厅 省发展改革委 省文化和旅游厅 省卫生健康委
省中医药管理局 省自然资源厅 省交通运输厅 省教育厅 省财政厅 省市场监管局 省统计局 省气象局 省科技厅
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
自然资源部门 中华优秀传统文化 负责人说 负责人介绍 负责人表示 国家和地区 省工业和信息化厅 应急管理部门 省应急管理厅 中小航空发动机 中非经贸深度合作先行区 湘粤非铁海联运 省人力资源和社会保障厅 会议强调 会议指出 会议要求 会议认为 非物质文化遗产 轨道交通装备 湘西土家族苗族自治州 长株潭 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
中欧班列 西部陆海新通道 国际陆港 一带一路 中非经贸 高质量发展 新发展理念 现代化新湖南 三高四新
国家重要先进制造业高地 乡村振兴 同比增长 比上年增长 个百分点 以上 以来 今年 去年 记者 获悉 今天 日前 近日
全面建设社会主义现代化 中国式现代化 新时代 人民群众 党员干部 各级各部门 市州 县市区 进出口 工程机械
规模以上工业 先进制造业 数字经济 人工智能 新能源汽车 产业链 供应链 营商环境 湖南 全省 我省
"""


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str, words: list[str]) -> str:
    for w in words:
        s = s.replace(w, "\x00" * len(w))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\x00" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def seed_grams(words) -> set[str]:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(blank(squash(s), words))
    return out


def main() -> int:
    fails = []
    results = compose.build_all()

    # 1. byte-for-byte rebuild
    want = {}
    for r in results:
        want[HERE / "pages" / (r["name"] + ".txt")] = r["text"]
        want[HERE / "gold" / (r["name"] + ".json")] = json.dumps(
            r["gold"], ensure_ascii=False, indent=1) + "\n"
    want[HERE / "README.md"] = compose.readme(results)
    for p, text in want.items():
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fails.append(f"not rebuilt byte-for-byte: {p.name}")
    have = set((HERE / "pages").glob("*.txt")) | set((HERE / "gold").glob("*.json"))
    for p in have - set(want):
        fails.append(f"stray file: {p}")

    # 2. a perfect export scores 1.000
    arts, srcs = [], []
    for r in results:
        g = r["gold"]
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out.rstrip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem line: {line.strip()}")
            continue
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fails.append(f"cjk_space_left {v}")
        elif v != "1.000":
            fails.append(f"{k} is {v}, not 1.000")

    # 3. shape
    layouts = Counter(r["src"]["meta"]["layout"] for r in results)
    years = Counter(r["gold"]["issue_date"][:4] for r in results)
    if len(results) != 14:
        fails.append(f"{len(results)} pages, not 14")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if set(years) != {"2017", "2020", "2022", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fails.append(f"years {dict(years)}")
    fronts = []
    for i, r in enumerate(results, 1):
        g, text, name = r["gold"], r["text"], r["name"]
        import hashlib
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != f"{i:03d}_{h}":
            fails.append(f"{name}: name is not NNN_ + hash of the text")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{name}: {len(g['articles'])} articles")
        if r["src"]["meta"]["page"] == "1":
            fronts.append(r)
            if not (g["issue_number"] and g["page_count"]):
                fails.append(f"{name}: front page without issue number / page count")
            if str(g["issue_number"]) not in text or f"{g['page_count']}版" not in text:
                fails.append(f"{name}: issue number / page count not printed")
    if len(fronts) != 2 or {f["gold"]["issue_date"][:4] for f in fronts} != {"2020", "2025"}:
        fails.append("front pages: want one in 2020 and one in 2025")
    for f in fronts:
        d = f["gold"]["issue_date"]
        p2 = [r for r in results if r["gold"]["issue_date"] == d and r["src"]["meta"]["page"] == "2"]
        down = [a for a in f["gold"]["articles"] if a["continued"].startswith("下转2版")]
        if not p2 or not down:
            fails.append(f"{f['name']}: no jump to a page 2 in the set")
            continue
        up = [a for a in p2[0]["gold"]["articles"] if a["continued"].startswith("上接1版")]
        if len(up) != len(down):
            fails.append(f"{f['name']}: {len(down)} jumps out, {len(up)} continued on page 2")

    # 4. no seed phrase reused
    words = sorted(set(GENERIC.split()), key=len, reverse=True)
    seeds = seed_grams(words)
    for r in results:
        g = r["gold"]
        for a in g["articles"]:
            for s in [a[k] for k in compose.FIELDS] + a["paragraphs"]:
                hit = grams(blank(squash(s), words)) & seeds
                if hit:
                    fails.append(f"{r['name']}: seed phrase {sorted(hit)[0]!r} in {s[:20]!r}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
