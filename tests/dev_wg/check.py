#!/usr/bin/env python3
"""Verify the dev_wg test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape (14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format);
3. every gold text is printed on its page;
4. no 6-character run holding >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words);
5. the export a perfect segmenter would print scores 1.000 everywhere with
   coverage 1.000 and no problem line.
Standard library only.
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
sys.path.insert(0, str(SHARED / "tools"))
import score  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases of the paper
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 省委常委 省委书记 省委副书记 副省长 省长
高质量发展 习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院
社会主义现代化新湖南 三高四新 中央八项规定精神 乡村振兴 同比增长 个百分点
规模以上工业 人民银行长沙中心支行 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市
常德市 张家界 湘西土家族苗族自治州 郴州市 永州市 怀化市 娄底市 益阳市 邵阳市
省人大常委会 省政协 省政府 省委 新一代信息技术 先进制造业 现代化产业体系
以上 亿元 万元 万人次 湖南日报全媒体评论员 湖南图片库 在长沙召开 在长沙举行
今年以来 近年来 截至目前 据了解 下一步 进一步 全面从严治党 为基层减负
出席并讲话 各级各部门 分别增长 有力支撑 交通安全 长株潭 非物质文化遗产 基础设施建设 党风廉政建设 人均可支配收入 比上年增长 工作会议 今年以来 农村人居环境 生活污水 会议强调 会议要求 会议指出 社会消费品零售总额 产业链供应链 科技型中小企业 领导小组 生态环境保护 传承创新 人力资源和社会保障
""".split(), key=len, reverse=True)


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def cjk(ch):
    return "\u3400" <= ch <= "\u9fff"


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def seed_grams():
    gs = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                gs |= grams(blank(a.get(f) or ""))
            for p in a.get("paragraphs") or []:
                gs |= grams(blank(p))
    return gs


def main():
    # 1. byte-for-byte rebuild
    files, rows, stats = compose.compose_all()
    for rel, txt in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != txt:
            fail(f"{rel} differs from a fresh compose")
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
              {f"gold/{p.name}" for p in (HERE / "gold").glob("*")}
    if on_disk - set(files):
        fail(f"stray files: {sorted(on_disk - set(files))}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    lay = Counter(r["layout"] for r in rows)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(r["date"][:4] for r in rows)
    if set(years) != {"2016", "2019", "2022", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    seeds = seed_grams()
    fronts = []
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{n:03d}_{h}.txt" or gp.name != f"{n:03d}_{h}.json":
            fail(f"bad names {pp.name} {gp.name}")
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{gp.name}: not in indent=1 / ensure_ascii=False form")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{gp.name}: key order {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
        if g["source"] != pp.name:
            fail(f"{gp.name}: source field")
        nch = len(re.sub(r"\s+", "", text))
        if not 4500 <= nch <= 6500:
            fail(f"{pp.name}: {nch} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pp.name}: {len(g['articles'])} articles")
        # 3. gold text is printed on the page
        flat = squash(text)
        for a in g["articles"]:
            for f in compose.FIELDS:
                if a[f] and squash(a[f]) not in flat:
                    fail(f"{pp.name}: {f} {a[f]!r} not printed")
            for para in a["paragraphs"]:
                sp = squash(para)
                if sp[:4] not in flat or sp[-3:] not in flat:
                    fail(f"{pp.name}: paragraph {para[:20]!r} not printed")
        # every raw line covered in full by the gold texts (jump-marker glyphs aside)
        hay = "\u0000".join(squash(x) for x in score.strings_in(g["articles"]) + g["extras"] + g["duplicates"])
        for line in text.splitlines():
            s = squash(line)
            lost = len(s) - score.covered(s, hay)
            if lost and not re.search("[▲▷▶]", line):
                fail(f"{pp.name}: {lost} characters of line {line[:30]!r} not covered by gold")
        # 4. seed phrases
        mine = set()
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                mine |= grams(blank(a[f]))
            for p in a["paragraphs"]:
                mine |= grams(blank(p))
        shared = mine & seeds
        if shared:
            fail(f"{pp.name}: shares seed phrases {sorted(shared)[:12]}")
        if g["issue_number"]:
            fronts.append(g)
    # front pages and their page 2
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for fg in fronts:
        if not fg["page_count"]:
            fail("front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in fg["articles"]):
            fail(f"{fg['source']}: no 下转2版")
        p2 = [r for r in rows if r["date"] == fg["issue_date"] and r["page"] == "2"]
        if not p2:
            fail(f"{fg['source']}: its page 2 is not in the set")
        else:
            g2 = json.loads((HERE / "gold" / p2[0]["file"].replace(".txt", ".json")).read_text(encoding="utf-8"))
            if not any(a["continued"].startswith("上接1版") for a in g2["articles"]):
                fail(f"{p2[0]['file']}: no 上接1版")

    # 5. perfect export scored by the shared scorer
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind",) + compose.FIELDS})
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and float(m.group(2)) != 1.0:
            fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail("cjk_space_left not 0")
        if line.startswith("coverage") and line.split()[-1] != "1.000":
            fail("coverage not 1.000")
    if r.returncode:
        fail("scorer exit code")
    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
