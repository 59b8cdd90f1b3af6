#!/usr/bin/env python3
"""Verify the dev_tf test set; prints `check passed` when every rule holds.

    python3 compose.py && python3 check.py

1. rebuild: compose.py run again in a scratch copy gives the same bytes;
2. shape: 14 pages, 7 per layout, names, sizes, article counts, years,
   the two front pages and their page 2;
3. gold files in the exact format of /work/shared/gold;
4. the export a perfect segmenter would print scores 1.000 everywhere;
5. no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (generic words blanked).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"
KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued", "subheads", "paragraphs"]
TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
MARKER_GLYPHS = set("▷▶▲△◀◁(（)） ")

# Generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases of the paper.  Kept short on purpose.
GENERIC = """
湖南日报 全媒体记者 通讯员 党中央 国务院 省委 省政府 省人大常委会 人力资源和社会保障厅 工业和信息化
湖南省 湘西土家族苗族自治州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
相关负责人 主要负责人 高质量发展 现代化产业体系 新型工业化 软件和信息技术服务 非物质文化遗产 中小航空发动机
轨道交通装备 新能源汽车 政府工作报告 高新技术企业 农村人居环境 生活污水 乡村振兴 党员干部 数字经济
中小企业 人工智能 雨雪冰冻 安全生产 基础设施 规模以上 规模工业增加值 同比增长 比上年增长
会议指出 会议强调 会议要求 工作会议 研究部署 获悉 我省 全省 召开
""".split()
GENERIC.sort(key=len, reverse=True)

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ------------------------------------------------------------------ 1 rebuild
def check_rebuild():
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp) / "set"
        t.mkdir()
        for name in ("compose.py", "README.in"):
            shutil.copy(HERE / name, t / name)
        shutil.copytree(HERE / "src", t / "src")
        r = subprocess.run([sys.executable, "compose.py"], cwd=t, capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed in a scratch copy: " + r.stderr[-300:])
            return
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh rebuild")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"{sub}/{n} is not byte-for-byte rebuilt")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md is not byte-for-byte rebuilt")


# ------------------------------------------------------------------ 2/3 shape + format
def src_meta():
    metas = []
    for p in sorted((HERE / "src").glob("p*.txt")):
        m, sect = {}, None
        for line in p.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith("["):
                sect = s
                continue
            if sect == "[page]" and "=" in s and not s.startswith("#"):
                k, _, v = s.partition("=")
                m[k.strip()] = v.strip()
        metas.append(m)
    return metas


def check_shape():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    metas = src_meta()
    if len(pages) != 14 or len(golds) != 14 or len(metas) != 14:
        fail(f"expected 14 pages/gold/sources, got {len(pages)}/{len(golds)}/{len(metas)}")
        return []
    layouts = Counter(m["layout"] for m in metas)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {layouts}")
    years = Counter(m["issue_date"][:4] for m in metas)
    if set(years) != {"2015", "2017", "2021", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    loaded = []
    for i, (p, g, m) in enumerate(zip(pages, golds, metas), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        if p.stem != stem or g.stem != stem:
            fail(f"file names {p.name} / {g.name} should be {stem}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw, object_pairs_hook=OrderedDict)
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(gold) != TOP:
            fail(f"{g.name}: top-level keys {list(gold)}")
        if gold["source"] != p.name:
            fail(f"{g.name}: source {gold['source']}")
        if gold["issue_date"] != m["issue_date"]:
            fail(f"{g.name}: issue date")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (4500-6500)")
        arts = gold["articles"]
        if not 7 <= len(arts) <= 13:
            fail(f"{p.name}: {len(arts)} articles (7-13)")
        for a in arts:
            if list(a) != KEYS:
                fail(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{g.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if squash(s) not in [squash(x) for x in a["paragraphs"]]:
                    fail(f"{g.name}: subhead {s} not among the paragraphs")
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fail(f"{g.name}: whitespace in a paragraph")
        # every gold character is printed on the page
        have = Counter(squash(text))
        need = Counter()
        for a in arts:
            for f in KEYS[1:8]:
                need += Counter(squash(a[f]))
            for para in a["paragraphs"]:
                need += Counter(squash(para))
        for s in gold["extras"] + gold["duplicates"]:
            need += Counter(squash(s))
        for a in arts:   # the jump marker text is printed with its arrows
            pass
        lack = need - have
        if lack:
            fail(f"{p.name}: gold holds characters the page lacks: {''.join(sorted(lack.elements()))[:40]}")
        loaded.append((p, gold, m, text))
    # front pages and their page 2
    fronts = [(p, g, m) for p, g, m, _ in loaded if g["issue_number"]]
    if len(fronts) != 2 or sorted(m["issue_date"][:4] for _, _, m in fronts) != ["2017", "2024"]:
        fail("need two front pages, in 2017 and 2024")
    for p, g, m in fronts:
        if not g["page_count"] or m.get("page") != "1":
            fail(f"{p.name}: front page needs page 1 and a page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{p.name}: front page has no 下转2版 story")
        twos = [(q, h) for q, h, n, _ in loaded if h["issue_date"] == g["issue_date"] and n["page"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                     for a in twos[0][1]["articles"]):
            fail(f"{p.name}: its page 2 with an 上接1版 continuation is missing")
    return loaded


# ------------------------------------------------------------------ 4 score
def check_score(loaded):
    export = {"articles": [], "sources": []}
    for p, g, m, _ in loaded:
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(b)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode:
        fail("score.py exit status " + str(r.returncode))
    for line in r.stdout.splitlines():
        if line.startswith("seg_f1="):
            continue
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
            continue
        parts = line.split()
        if len(parts) == 2 and parts[0] not in ("articles_gold", "articles_pred"):
            k, v = parts
            if k == "cjk_space_left":
                if v != "0":
                    fail("cjk_space_left " + v)
            elif v != "1.000":
                fail(f"{k} = {v}")
    # coverage: the only characters allowed to stay unfound are the arrows and
    # brackets of jump markers (the gold `continued` field holds 下转2版 without them)
    sys.path.insert(0, str(SCORE.parent))
    import score
    for p, g, m, text in loaded:
        arts = [dict(a) for a in g["articles"]]
        hay = "\u0000".join(score.squash(s) for s in score.strings_in(arts) +
                            score.strings_in({"extras": g["extras"] + g["duplicates"]}))
        for line in text.splitlines():
            s = score.squash(line)
            if score.covered(s, hay) < len(s):
                if not re.match(r"^[▷▶▲\s]*[(（](下转|上接|紧接)", line.strip()):
                    fail(f"{p.name}: text lost from line {line.strip()[:30]!r}")


# ------------------------------------------------------------------ 5 seed phrases
def blank(s):
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(unicodedata.normalize("NFKC", w), "\u25a1")
    return re.sub(r"\s+", "", s)


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def check_seed_phrases(loaded):
    seed = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["subheads"] + a["paragraphs"]:
                seed |= grams(blank(s))
    hits = Counter()
    for p, g, m, text in loaded:
        strings = []
        for a in g["articles"]:
            strings += [a[k] for k in KEYS[1:8]] + a["subheads"] + a["paragraphs"]
        strings += g["extras"]
        for s in strings:
            for x in grams(blank(s)) & seed:
                hits[x] += 1
    for x, n in sorted(hits.items()):
        fail(f"seed phrase shared: {x} ({n}x)")


def main():
    check_rebuild()
    loaded = check_shape()
    if loaded:
        check_score(loaded)
        check_seed_phrases(loaded)
    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
