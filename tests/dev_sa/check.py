#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, shape, seed-phrase rule, and a perfect
export scored 1.000 on every figure by /work/shared/tools/score.py.

    python3 compose.py && python3 check.py      # prints "check passed"
"""
from __future__ import annotations

import datetime
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2016", "2023"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily story may use
GENERIC = sorted("""
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 负责人 湖南省 湖南 我省 全省 省委 省政府
省人大常委会 省政协 省委常委 副省长 省长 省委书记 党中央 国务院 习近平新时代中国特色社会主义思想
习近平总书记 党的二十大精神 党的十八大以来 高质量发展 三高四新 美好蓝图 现代化新湖南 乡村振兴
长株潭 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 邵阳 益阳 娄底 张家界 湘西土家族苗族自治州 湘西州
同比增长 百分点 今年以来 近年来 据了解 据介绍 记者了解到 记者从 获悉 在长沙召开 在长沙举行
会议强调 会议指出 会议要求 会议提出 出席并讲话 主持召开 座谈会 工作会议 规模以上工业
工业和信息化 中南林业科技大学 省发展改革委 省工信厅 省教育厅 省文化和旅游厅 省交通运输厅 省卫生健康委 省市场监管局 省林业局 省商务厅
轨道交通装备 外商投资企业 同比分别增长 个国家和地区 比上年增长 比上年 居全国前列 位居全国前列 行动计划 技术合同成交额 先进制造业 工业互联网 产业链 供应链 新能源汽车 营商环境 非物质文化遗产 非遗代表性传承人 非遗 一带一路 西部陆海新通道 怀化国际陆港
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return s


def grams(s: str) -> set[str]:
    s = norm(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" in g:
            continue
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out: set[str] = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(t)
    return out


def article_texts(a: dict) -> list[str]:
    return [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    errors: list[str] = []
    res = compose.build_all()
    files = compose.outputs(res)

    # 1. rebuilt byte-for-byte
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            errors.append(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{f.name}" for f in (HERE / d).glob("*")}
        extra = on_disk - set(files)
        if extra:
            errors.append(f"stray files: {sorted(extra)}")

    # 2. shape
    if len(res) != 14:
        errors.append(f"{len(res)} pages, want 14")
    lay = Counter(r["meta"]["layout"] for r in res)
    if lay != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(lay)}")
    years = Counter(r["meta"]["date"][:4] for r in res)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            errors.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        errors.append(f"unexpected years {set(years) - set(YEARS)}")
    seeds = seed_grams()
    fronts = 0
    for i, r in enumerate(res, 1):
        name, text, g = r["name"], r["text"], r["gold"]
        if not name.startswith("%03d_" % i):
            errors.append(f"{name}: not page {i:03d}")
        if name[4:] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            errors.append(f"{name}: name is not the hash of its text")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            errors.append(f"{name}: {chars} characters")
        n = len(g["articles"])
        if not 7 <= n <= 13:
            errors.append(f"{name}: {n} articles")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            errors.append(f"{name}: gold keys out of order")
        datetime.date.fromisoformat(g["issue_date"])
        if g["issue_number"]:
            fronts += 1
            if r["meta"]["page"] != "1" or not isinstance(g["page_count"], int):
                errors.append(f"{name}: front page fields")
            if not g["extras"] or g["issue_number"] not in g["extras"][0]:
                errors.append(f"{name}: masthead with the issue number missing from extras")
            # jumps to its page 2 in the set
            downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
            twos = [s for s in res if s["meta"]["date"] == r["meta"]["date"] and s["meta"]["page"] == "2"]
            ups = [a for s in twos for a in s["gold"]["articles"] if a["continued"].startswith("上接1版")]
            if not downs or not ups or len(ups) < len(downs):
                errors.append(f"{name}: front page jump to page 2 not matched ({len(downs)} down, {len(ups)} up)")
            if r["meta"]["date"][:4] not in FRONT_YEARS:
                errors.append(f"{name}: front page in {r['meta']['date'][:4]}")
        # seed-phrase rule
        for a in g["articles"]:
            for t in article_texts(a):
                hit = grams(t) & seeds
                if hit:
                    errors.append(f"{name}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:20]!r}")
    if fronts != 2:
        errors.append(f"{fronts} front pages, want 2")

    # 3. a perfect export, scored
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "pages").mkdir()
        (tmp / "gold").mkdir()
        arts, srcs = [], []
        for r in res:
            g = r["gold"]
            (tmp / "pages" / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
            (tmp / "gold" / (r["name"] + ".json")).write_text(compose.gold_json(g), encoding="utf-8")
            # the printed form of each jump marker (arrows, brackets) rides along as an extra key
            printed = list(r["markers"].values())
            for a in g["articles"]:
                e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
                e.update({k: a[k] for k in AKEYS if k != "subheads"})
                for pm in printed:
                    if a["continued"] and compose.squash(a["continued"]) in compose.squash(pm):
                        e["continued_printed"] = pm
                arts.append(e)
            srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                         "extras": g["extras"] + g["duplicates"]})
        (tmp / "export.json").write_text(json.dumps({"articles": arts, "sources": srcs},
                                                    ensure_ascii=False, indent=1), encoding="utf-8")
        cmd = [sys.executable, str(SCORE), str(tmp / "export.json"), str(tmp / "gold"),
               "--pages", str(tmp / "pages"), "-v"]
        out = subprocess.run(cmd, capture_output=True, text=True)
        print(out.stdout, end="")
        if out.returncode != 0:
            errors.append("score.py failed: " + out.stderr[-500:])
        for line in out.stdout.splitlines():
            if line.startswith("---") or line.startswith("    "):
                errors.append("problem line: " + line.strip())
            parts = line.split()
            if len(parts) == 2 and re.fullmatch(r"\d\.\d{3}", parts[1]):
                if parts[1] != "1.000":
                    errors.append(f"{parts[0]} = {parts[1]}")
            if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
                errors.append("cjk_space_left " + parts[1])
        if "coverage         1.000" not in out.stdout:
            errors.append("coverage is not 1.000")
        # exact coverage, not only to three decimals
        sys.path.insert(0, str(SCORE.parent))
        import score  # noqa: E402
        for r in res:
            g = r["gold"]
            strs = score.strings_in([a for a in arts if a["source"] == g["source"]])
            strs += g["extras"] + g["duplicates"]
            hay = "\u0000".join(score.squash(s) for s in strs)
            for line in r["text"].splitlines():
                s = score.squash(line)
                if score.covered(s, hay) != len(s):
                    errors.append(f"{r['name']}: line not fully covered: {line[:40]!r}")
    if errors:
        for e in errors[:60]:
            print("  -", e)
        fail(f"{len(errors)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
