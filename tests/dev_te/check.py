#!/usr/bin/env python3
"""Verify the dev_te test set; prints `check passed` when everything holds.

- compose.py output on disk is byte-for-byte what the sources give;
- the export a perfect segmenter would print scores 1.000 on every figure with
  /work/shared/tools/score.py (coverage 1.000, no problem line, no CJK spaces);
- the set's shape (14 pages, 7 per layout, years, front pages and their jumps,
  4,500-6,500 characters and 7-13 articles a page, file names);
- no run of 6 characters holding at least 5 Chinese characters is shared with
  the seeds' gold headlines and paragraphs (after blanking GENERIC words).
Standard library only.
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

SET = Path(__file__).resolve().parent
sys.path.insert(0, str(SET))
import compose  # noqa: E402

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2016": (3, 4), "2018": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2016", "2022"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 新华社 记者
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委 省委常委 省委书记 省长 副省长
省发展改革委 省商务厅 省工信厅 省农业农村厅 省交通运输厅 省文化和旅游厅 省应急管理厅 省气象局
习近平 总书记 新时代中国特色社会主义思想 党的二十大精神 中国特色社会主义
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西 洞庭湖 湘江 安化 长株潭
相关负责人 负责人介绍 高质量发展 现代化 同比增长 百分点 亿元 万元 以上 今年以来 近年来 据了解 据悉
非物质文化遗产 非遗代表性 出席并讲话 出席会议并讲话 疫情防控 分布式光伏 我省 会议提出 会议指出 会议强调 会议要求 召开
有限公司 产业链 社会主义 三高四新 全面从严治党 乡村振兴 新能源 人民群众 基层 一批 进一步 坚持
""".split(), key=len, reverse=True)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str) -> set[str]:
    s = blank(squash(s))
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in w) >= 5:
            out.add(w)
    return out


def texts_of(a: dict) -> list[str]:
    return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", ""), a.get("column", "")] + \
        list(a.get("paragraphs") or [])


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    errors = []
    pages, stats = compose.build_all()
    # --- byte-for-byte rebuild
    names = []
    for pg in pages:
        name = compose.file_name(pg)
        pg["name"] = name
        names.append(name)
        p = SET / "pages" / (name + ".txt")
        g = SET / "gold" / (name + ".json")
        if not p.exists() or p.read_text(encoding="utf-8") != pg["text"]:
            errors.append(f"pages/{name}.txt differs from compose output")
        if not g.exists() or g.read_text(encoding="utf-8") != compose.gold_json(pg, name):
            errors.append(f"gold/{name}.json differs from compose output")
    if sorted(x.stem for x in (SET / "pages").glob("*.txt")) != sorted(names):
        errors.append("pages/ holds other files")
    if sorted(x.stem for x in (SET / "gold").glob("*.json")) != sorted(names):
        errors.append("gold/ holds other files")
    if (SET / "README.md").read_text(encoding="utf-8") != compose.readme(pages, stats):
        errors.append("README.md differs from compose output")

    # --- shape
    if len(pages) != 14:
        errors.append(f"{len(pages)} pages, want 14")
    lay = Counter(pg["meta"]["layout"] for pg in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(lay)}")
    years = Counter(pg["meta"]["date"][:4] for pg in pages)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            errors.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        errors.append(f"unexpected years {set(years) - set(YEARS)}")
    nos = [int(pg["meta"]["no"]) for pg in pages]
    if nos != list(range(1, 15)):
        errors.append(f"page numbers {nos}")
    fronts = [pg for pg in pages if pg["meta"]["page"] == "1"]
    if sorted(pg["meta"]["date"][:4] for pg in fronts) != sorted(FRONT_YEARS):
        errors.append("front pages must be one in 2016 and one in 2022")
    for fp in fronts:
        g = json.loads(compose.gold_json(fp, fp["name"]))
        if not g["issue_number"] or not g["page_count"] or not g["extras"]:
            errors.append(f"{fp['name']}: front page without masthead/issue number/page count")
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        p2 = [pg for pg in pages if pg["meta"]["date"] == fp["meta"]["date"] and pg["meta"]["page"] == "2"]
        if not down or not p2:
            errors.append(f"{fp['name']}: no 下转2版 story or no page 2 in the set")
        else:
            up = [a for a in p2[0]["arts"] if a["continued"].startswith("上接1版")]
            if len(up) < len(down):
                errors.append(f"{fp['name']}: page 2 lacks the 上接1版 continuation")
            if "下转2版" not in fp["text"] or "上接1版" not in p2[0]["text"]:
                errors.append(f"{fp['name']}: jump markers not printed")
    for pg in pages:
        n = compose.count_chars(pg["text"])
        if not 4500 <= n <= 6500:
            errors.append(f"{pg['name']}: {n} characters")
        if not 7 <= len(pg["arts"]) <= 13:
            errors.append(f"{pg['name']}: {len(pg['arts'])} articles")
        h = hashlib.sha256(pg["text"].encode("utf-8")).hexdigest()[:16]
        if not pg["name"].endswith("_" + h):
            errors.append(f"{pg['name']}: name does not carry the text hash")
        if "¦" in pg["text"]:
            errors.append(f"{pg['name']}: cut mark left in the page text")
        g = json.loads(compose.gold_json(pg, pg["name"]))
        if list(g) != KEYS:
            errors.append(f"{pg['name']}: gold key order {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                errors.append(f"{pg['name']}: article key order {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                errors.append(f"{pg['name']}: kind {a['kind']}")
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    errors.append(f"{pg['name']}: subhead {s!r} not among the paragraphs")
            for p in a["paragraphs"]:
                if re.search(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", p) or "¦" in p or not p.strip():
                    errors.append(f"{pg['name']}: unclean paragraph {p[:30]!r}")

    # --- seed phrases
    seed_w = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in texts_of(a):
                seed_w |= windows(t)
    for pg in pages:
        for a in pg["arts"]:
            for t in texts_of(a):
                hit = windows(t) & seed_w
                if hit:
                    errors.append(f"{pg['name']}: seed phrase {sorted(hit)[:3]} in {t[:24]!r}")

    # --- the perfect export, scored
    export = {"articles": [], "sources": []}
    for pg in pages:
        src = pg["name"] + ".txt"
        for a in pg["arts"]:
            e = {"source": src, "issue_date": pg["meta"]["date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": src, "issue_date": pg["meta"]["date"],
                                  "extras": pg["extras"] + pg["dups"] + pg["residue"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORE, str(ep), str(SET / "gold"),
                            "--pages", str(SET / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        errors.append("score.py failed: " + r.stderr.strip()[-300:])
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            errors.append("scorer problem line: " + ln.strip())
            continue
        parts = ln.split()
        if len(parts) == 2 and re.match(r"^\d+\.\d{3}$", parts[1]) and parts[1] != "1.000":
            errors.append(f"figure {parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            errors.append("cjk_space_left " + parts[1])
        if parts and parts[0] == "coverage" and parts[1] != "1.000":
            errors.append("coverage " + parts[1])
    if "coverage" not in out:
        errors.append("no coverage figure")
    if errors:
        for e in errors[:60]:
            print("  -", e)
        fail(f"{len(errors)} problem(s)")
    print("check passed")


if __name__ == "__main__":
    main()
