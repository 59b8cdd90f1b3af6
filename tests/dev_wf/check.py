#!/usr/bin/env python3
"""Verify the dev_wf test set; prints `check passed` when every rule holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print scores 1.000 everywhere (score.py);
3. the set has the shape the brief asks for;
4. no 6-character run with >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
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

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

KEYS_TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KEYS_ART = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases any story of the paper may use
GENERIC = """
湖南 长沙 全省 我省 海关 湘西土家族苗族自治州 人力资源和社会保障部 自然资源和规划局 文旅广电局
中非经贸 中非经贸深度合作先行区 相关负责人 负责同志 负责人介绍 负责人表示 今年以来 近年来
进出口 亿元 同比增长 高质量发展 国家级 生态环境 就业 公共服务平台 国家和地区 三年行动
产业链供应链 稳外贸稳外资 新业态新模式 稳规模优结构 非物质文化遗产 轨道交通装备
外商投资企业 机电产品 劳动密集型 生物医药 新能源汽车 工程机械
""".split()


def squash(s):
    return re.sub(r"\s+", "", s or "")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), td], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(td) / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh compose: {set(a) ^ set(b)}")
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} is not what compose.py writes")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md is not what compose.py writes")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in KEYS_ART if k != "subheads"})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0 or "---" in out or re.search(r"^\s+(headline|missing|spurious)", out, re.M):
        fail("score.py reports problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line.strip())
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left is not 0")
            continue
        if v == "None":
            continue
        if v != "1.000":
            fail(f"{k} = {v}")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail("coverage is not 1.000")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    years, layouts, fronts = Counter(), Counter(), []
    jumps_out, jumps_in = {}, {}
    for pf, gf in zip(pages, golds):
        text = pf.read_text(encoding="utf-8")
        raw = gf.read_text(encoding="utf-8")
        g = json.loads(raw)
        nnn = pf.name[:3]
        if pf.name != f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt":
            fail(f"{pf.name}: name is not NNN_ + sha256[:16]")
        if gf.stem != pf.stem or g["source"] != pf.name:
            fail(f"{gf.name}: does not name its page")
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not written with indent=1, ensure_ascii=False")
        if list(g) != KEYS_TOP:
            fail(f"{gf.name}: top-level keys {list(g)}")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{pf.name}: {n} characters")
        arts = g["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{pf.name}: {len(arts)} articles")
        hay = squash(text)
        for a in arts:
            if list(a) != KEYS_ART:
                fail(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p) or not p:
                    fail(f"{gf.name}: whitespace or empty paragraph {p[:20]!r}")
            for k in ("kicker", "title", "subtitle", "byline", "dateline", "column"):
                if squash(a[k]) not in hay:
                    fail(f"{gf.name}: {k} {a[k]!r} not printed on the page")
            if a["continued"].startswith("下转"):
                jumps_out[g["issue_date"]] = a["continued"]
            if a["continued"].startswith("上接"):
                jumps_in[g["issue_date"]] = a["continued"]
        year = g["issue_date"][:4]
        years[year] += 1
        src = (HERE / "src" / f"p{int(nnn):02d}.txt").read_text(encoding="utf-8")
        lay = re.search(r"^layout:\s*(\w+)", src, re.M).group(1)
        layouts[lay] += 1
        if g["issue_number"]:
            fronts.append((year, g["issue_date"], g["page_count"]))
            if not isinstance(g["page_count"], int):
                fail(f"{gf.name}: page_count")
    if dict(years) != {"2015": 3, "2018": 4, "2021": 3, "2025": 4}:
        fail(f"years {dict(years)}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if sorted(y for y, _, _ in fronts) != ["2018", "2025"]:
        fail(f"front pages {fronts}")
    for _, d, _ in fronts:
        if not (jumps_out.get(d, "").startswith("下转2版") and jumps_in.get(d, "").startswith("上接1版")):
            fail(f"front page of {d} does not jump to its page 2 in the set")

    # 4. seed phrases
    seed_w = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed_w |= windows(blank(squash(s)))
    bad = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]:
                hit = windows(blank(squash(s))) & seed_w
                if hit:
                    bad.append((gf.name[:3], sorted(hit)))
    if bad:
        for b in bad:
            print("seed phrase:", *b)
        fail("runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
