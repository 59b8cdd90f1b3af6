#!/usr/bin/env python3
"""Verify the test set.  Prints `check passed` or the reasons it fails.

    python3 check.py            everything
    python3 check.py --phrases  only list phrases shared with the seeds

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print (every gold article; each page's
   extras and duplicates) scores 1.000 on every figure of the shared scorer,
   coverage 1.000, cjk_space_left 0, and no problem line;
3. the set has the shape the brief asks for;
4. every gold string is text of its page (nothing invented by the gold);
5. no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (generic words blanked).
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
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

# Generic words blanked before the phrase comparison: institution and place
# names, bylines, and set phrases of the paper that any story must use.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 华声在线 新湖南客户端 记者
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德市 常德
郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底 邵阳市 邵阳 益阳市 益阳 张家界市 张家界
湘西土家族苗族自治州 湘西州 湘西 湘江 洞庭湖 长株潭
农村人居环境 基础设施 国家和地区 创造性转化 创新性发展 数字经济 雨雪冰冻 新能源汽车 比上年增长 人力资源和社会保障 应急管理厅 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委 市委 县委 市政府 县政府
习近平总书记 习近平新时代中国特色社会主义思想 习近平 党的二十大 党的十九大 党的十八大
高质量发展 相关负责人 负责人 同比增长 规模以上 个百分点 百分点 亿元 万元 万吨 万亩 万人
近年来 今年以来 据了解 据悉 乡村振兴 三高四新 现代化新湖南 中央八项规定精神 全面从严治党
全省 我省 全国 全市 全县 一批 进一步 以上 左右 今年 去年 明年 目前 截至
""".split()
CJK = re.compile(r"[\u4e00-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def grams(s):
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold):
    for a in gold["articles"]:
        for f in ("kicker", "title", "subtitle", "column"):
            if a.get(f):
                yield a[f]
        yield from a["paragraphs"]


def seed_grams():
    g = {}
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in grams(t):
                    g.setdefault(x, t[:30])
    return g


def phrase_hits(golds):
    sg = seed_grams()
    hits = []
    for name, gold in golds.items():
        for t in texts(gold):
            for x in sorted(grams(t)):
                if x in sg:
                    hits.append((name, x, t[:40], sg[x]))
    return hits


def covered_all(s, hay):
    """Every character of s found in hay as pieces of 2+ characters."""
    i = 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            return s[i:i + 12]
        i += lo
    return None


def main():
    fails = []
    files, rows, phen = compose.build_all()
    golds = {rel: json.loads(b) for rel, b in files.items() if rel.startswith("gold/")}

    if "--phrases" in sys.argv:
        for h in phrase_hits(golds):
            print(*h, sep="  |  ")
        return 0

    # 1. byte-for-byte rebuild
    readme = compose.readme(rows, phen).encode("utf-8")
    want = dict(files)
    want["README.md"] = readme
    for rel, data in want.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fails.append(f"{rel} is not what compose.py builds (run compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in want:
                fails.append(f"stray file {d}/{p.name}")

    # 2. a perfect export scores 1.000
    arts, sources = [], []
    for rel, g in sorted(golds.items()):
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0:
        fails.append(f"scorer exited {res.returncode}: {res.stderr.strip()[-300:]}")
    figs = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem line: {line.strip()}")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fails.append(f"{k} = {figs.get(k)}, not 1.000")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # 3. shape
    if len(rows) != 14:
        fails.append(f"{len(rows)} pages, not 14")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(lay)}, not 7 column + 7 paragraph")
    years = Counter(r["date"][:4] for r in rows)
    if set(years) != {"2016", "2018", "2021", "2024", "2026"} or not all(2 <= v <= 3 for v in years.values()):
        fails.append(f"years {dict(years)}")
    for i, r in enumerate(rows, 1):
        name = r["file"]
        text = files[f"pages/{name}"].decode("utf-8")
        g = golds[f"gold/{name[:-4]}.json"]
        if not re.fullmatch(rf"{i:03d}_[0-9a-f]{{16}}\.txt", name) or \
                name[4:20] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fails.append(f"{name}: file name is not NNN_ + sha256[:16]")
        if g["source"] != name:
            fails.append(f"{name}: gold source field {g['source']}")
        if not 4500 <= r["chars"] <= 6500:
            fails.append(f"{name}: {r['chars']} characters (want 4500-6500)")
        if not 7 <= r["articles"] <= 13:
            fails.append(f"{name}: {r['articles']} articles (want 7-13)")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{name}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if squash(sh) not in [squash(p) for p in a["paragraphs"]]:
                    fails.append(f"{name}: subhead {sh} not among the paragraphs")
            if not a["paragraphs"] or not all(p.strip() for p in a["paragraphs"]):
                fails.append(f"{name}: empty paragraph in {a['title'] or a['paragraphs'][:1]}")
        datetime.date.fromisoformat(g["issue_date"])
        year = int(g["issue_date"][:4])
        for a in g["articles"]:
            for f in ("byline", "dateline"):
                v = a[f]
                if year < 2019 and "全媒体" in v:
                    fails.append(f"{name}: {v} ({year}: 记者, not 全媒体记者)")
                if year >= 2019 and re.search(r"(?<!全媒体)记者", v) and not v.startswith("新华社"):
                    fails.append(f"{name}: {v} ({year}: 全媒体记者)")
        for s in [text] + list(compose_strings(g)):
            if re.search(r"§|\|c\d|~", s):
                fails.append(f"{name}: source markup leaked: {s[:40]!r}")
        # 4. gold text is page text
        hay = squash(text)
        for s in compose_strings(g):
            miss = covered_all(squash(s), hay)
            if miss:
                fails.append(f"{name}: gold text not on the page: {miss!r} in {s[:30]!r}")
    fronts = [r for r in rows if r["front"]]
    if sorted(r["date"][:4] for r in fronts) != ["2018", "2024"]:
        fails.append(f"front pages in {[r['date'] for r in fronts]}, want 2018 and 2024")
    for r in fronts:
        g = golds[f"gold/{r['file'][:-4]}.json"]
        if not (g["issue_number"] and g["page_count"]):
            fails.append(f"{r['file']}: front page without issue number / page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fails.append(f"{r['file']}: front page with no 下转2版")
        p2 = [x for x in rows if x["date"] == r["date"] and x is not r and x["page"].startswith("02")]
        if len(p2) != 1:
            fails.append(f"{r['file']}: no page 2 of {r['date']} in the set")
            continue
        g2 = golds[f"gold/{p2[0]['file'][:-4]}.json"]
        jumps = sum(a["continued"].startswith("下转2版") for a in g["articles"])
        conts = sum(a["kind"] == "continuation" and a["continued"].startswith(("上接1版", "紧接1版")) for a in g2["articles"])
        if jumps != conts:
            fails.append(f"{r['file']}: {jumps} jumps out, {conts} continuations on page 2")

    # 5. seed phrases
    for h in phrase_hits(golds):
        fails.append("shares a seed phrase: " + "  |  ".join(h))

    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


def compose_strings(g):
    for a in g["articles"]:
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            if a[f]:
                yield a[f]
        yield from a["paragraphs"]
    yield from g["extras"]
    yield from g["duplicates"]


if __name__ == "__main__":
    sys.exit(main())
