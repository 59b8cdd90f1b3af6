#!/usr/bin/env python3
"""Verify the dev_vr test set; prints `check passed` or the reasons it fails.

- compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
- the export a perfect segmenter would print scores 1.000 everywhere with the
  shared scorer (coverage 1.000, no problem line, no CJK space left);
- the set's shape: 14 pages, 7 per layout, years, front pages with their page 2,
  4,500-6,500 characters and 7-13 articles a page, file names, gold format;
- no 6-character run holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking a short list of generic words).
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
SCORER = SHARED / "tools" / "score.py"
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2025": (3, 4)}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 负责人表示 高质量发展 新时代中国特色社会主义思想
习近平总书记 习近平 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
湖南省 全省 我省 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西
土家族苗族自治州 同比增长 比上年 今年以来 近年来 据了解 据介绍 记者从 获悉 召开 举行 出席 会议强调
会议指出 会议要求 百分点 万亿元 亿元 万元 个百分点 以上 左右 湖南 中国 国家级 省级 规模以上
工业增加值 非物质文化遗产 生态保护修复 中医药传承创新发展 中医药传承创新 人才培养基地 西部陆海新通道 同比分别增长 生态环境保护 三年行动计划 相关职能部门 社会消费品零售总额 重要组成部分 三高四新 美好蓝图 推动 加快 进一步 持续 深入学习贯彻 重要讲话 指示批示精神
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")
problems: list[str] = []


def fail(msg: str) -> None:
    problems.append(msg)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\x00" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s", "", s))
    return {s[i:i + 6] for i in range(len(s) - 5)
            if "\x00" not in s[i:i + 6] and len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def check_rebuild() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr[-500:])
            return
        t = Path(tmp)
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            new = sorted(p.name for p in (t / sub).iterdir())
            if mine != new:
                fail(f"{sub}/ differs from a fresh compose: {set(mine) ^ set(new)}")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"{sub}/{n} is not rebuilt byte-for-byte")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md is not rebuilt byte-for-byte")


def check_scores(golds: dict[str, dict]) -> str:
    arts, srcs = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    if r.returncode:
        fail("scorer failed: " + r.stderr[-500:])
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"scorer {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"scorer cjk_space_left = {figs.get('cjk_space_left')}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
    return out


def main() -> int:
    check_rebuild()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    headers = {}
    for s in srcs:
        h = dict(kv.split("=", 1) for kv in s.read_text(encoding="utf-8").splitlines()[0][5:].split())
        headers[h["no"]] = h
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds: dict[str, dict] = {}
    if len(pages) != 14 or len(srcs) != 14:
        fail(f"{len(pages)} pages / {len(srcs)} sources, want 14")
    lay = Counter()
    years = Counter()
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", p.name)
        if not m or m.group(1) != f"{i:03d}":
            fail(f"bad page name {p.name}")
            continue
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            fail(f"{p.name}: hash does not match its text")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            fail(f"no gold for {p.name}")
            continue
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not in indent=1 ensure_ascii=False form")
        if list(g) != KEYS or g["source"] != p.name:
            fail(f"{gp.name}: keys or source wrong")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind wrong {a.get('title')}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not in paragraphs {sh}")
        golds[p.name] = g
        h = headers.get(m.group(1), {})
        lay[h.get("lay")] += 1
        years[g["issue_date"][:4]] += 1
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages in {y}")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    fronts = [g for g in golds.values() if g["issue_number"] and g["page_count"]]
    if sorted(g["issue_date"][:4] for g in fronts) != ["2016", "2023"]:
        fail("want two front pages, in 2016 and 2023")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"front page {f['source']} has no 下转2版")
        twos = [g for g in golds.values() if g["issue_date"] == f["issue_date"] and g is not f
                and any(a["continued"].startswith("上接1版") for a in g["articles"])]
        if len(twos) != 1:
            fail(f"front page {f['source']}: no page 2 with 上接1版 in the set")
    # seed phrases
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed |= grams(t)
    for g in golds.values():
        for t in texts(g):
            hit = grams(t) & seed
            if hit:
                fail(f"{g['source']}: shares seed phrases {sorted(hit)[:5]}")
    out = check_scores(golds)
    if problems:
        print(out)
        for p in problems:
            print("FAIL", p)
        return 1
    print(out.rstrip())
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
