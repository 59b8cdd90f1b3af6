#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare byte for byte, score a perfect
export with the shared scorer (every figure must be 1.000, no problem line),
check the character accounting of every page, the shape of the set and the
seed-phrase rule.  Prints `check passed`."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2018": (3, 4), "2022": (3, 4), "2024": (3, 4)}
# generic words blanked before the seed-phrase comparison (institutions,
# places, set phrases of the paper)
GENERIC = """湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 有关负责人
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
湘西土家族苗族自治州 张家界 长株潭 长沙市 湖南省 我省 全省 高质量发展 乡村振兴
二十大精神 同比增长 比上年增长 规模以上 亿元 万元 个百分点 出席并讲话 在长沙召开 会议强调
会议指出 会议要求 据介绍 据了解 近年来 今年以来 记者从 获悉 与此同时 因地制宜 新时代
全面推进 进一步 一批 持续 非物质文化遗产 在长沙举行 中南林业科技大学 关键核心技术 先进储能材料 新能源汽车 工业和信息化 先进硬质材料 先进陶瓷材料 在长沙开幕 形式主义 深入学习贯彻 工作会议 座谈会 产业链 供应链 数字经济""".split()
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    s = re.sub(r"\s+", "", s)
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def main():
    files, infos = compose.build()
    # 1. byte-for-byte rebuild
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            fail(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{p.name}" for p in (HERE / d).iterdir()}
        extra = on_disk - set(files)
        if extra:
            fail(f"stale files: {sorted(extra)}")

    # 2. export a perfect segmenter would print
    arts, sources = [], []
    for info in infos:
        g = info["gold"]
        for aid, a in zip(info["order"], g["articles"]):
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update(a)
            e["title_derived"] = False
            if info["markers"].get(aid):
                e["continued_raw"] = info["markers"][aid]   # the jump marker as printed
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode or r.stderr.strip():
        fail("scorer error: " + r.stderr[-500:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"{k} = {v}")
            elif v != "1.000":
                fail(f"{k} = {v}")

    # 3. per page: exact coverage and character accounting
    score = {}
    exec(compile((SHARED / "tools/score.py").read_text(encoding="utf-8"), "score.py", "exec"), score)
    for info in infos:
        g = info["gold"]
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        strings = []
        for aid, a in zip(info["order"], g["articles"]):
            strings += score["strings_in"](a) + info["markers"].get(aid, [])
        strings += g["extras"] + g["duplicates"]
        hay = "\0".join(squash(s) for s in strings)
        lost = 0
        for line in raw.splitlines():
            s = squash(line)
            lost += len(s) - score["covered"](s, hay)
        if lost:
            fail(f"{g['source']}: {lost} characters not covered exactly")
        have = Counter(squash(raw))
        want = Counter()
        for aid, a in zip(info["order"], g["articles"]):
            for k in AKEYS[1:8]:
                want.update(squash(a[k]))
            for p in a["paragraphs"]:
                want.update(squash(p))
            for m in info["markers"].get(aid, []):
                want.update(squash(m).replace(squash(a["continued"]), "", 1))
        for s in g["extras"] + g["duplicates"]:
            want.update(squash(s))
        if have != want:
            fail(f"{g['source']}: character accounting differs: raw-only {dict(have - want)} "
                 f"gold-only {dict(want - have)}")

    # 4. shape of the set
    if len(infos) != 14:
        fail(f"{len(infos)} pages, want 14")
    lay = Counter(i["meta"]["layout"] for i in infos)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(i["meta"]["date"][:4] for i in infos)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    fronts = [i for i in infos if i["gold"]["issue_number"]]
    if len(fronts) != 2 or {f["meta"]["date"][:4] for f in fronts} != {"2015", "2022"}:
        fail("want two front pages, in 2015 and 2022")
    for f in fronts:
        g = f["gold"]
        if not g["page_count"] or f["meta"]["page"] != "1":
            fail(f"{g['source']}: front page without page count")
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"{g['source']}: no 下转2版")
        p2 = [i for i in infos if i["meta"]["date"] == g["issue_date"] and i["meta"]["page"] == "2"]
        if len(p2) != 1 or not any(a["continued"].startswith("上接1版")
                                   for a in p2[0]["gold"]["articles"]):
            fail(f"{g['source']}: its page 2 with 上接1版 is missing")
    nums = []
    for i in infos:
        g = i["gold"]
        n = len(g["articles"])
        if not 7 <= n <= 13:
            fail(f"{g['source']}: {n} articles")
        if not 4500 <= i["chars"] <= 6500:
            fail(f"{g['source']}: {i['chars']} characters")
        raw = (HERE / "pages" / g["source"]).read_bytes()
        h = hashlib.sha256(raw).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + h + r"\.txt", g["source"]):
            fail(f"{g['source']}: name does not match the hash {h}")
        nums.append(g["source"][:3])
        gp = HERE / "gold" / (g["source"][:-4] + ".json")
        d = json.loads(gp.read_text(encoding="utf-8"))
        if list(d) != KEYS or any(list(a) != AKEYS for a in d["articles"]):
            fail(f"{gp.name}: key order")
        if gp.read_text(encoding="utf-8") != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not in the seeds' JSON style")
    if sorted(nums) != ["%03d" % k for k in range(1, 15)]:
        fail(f"page numbers {sorted(nums)}")

    # 5. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(gf.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= windows(blank(unicodedata.normalize("NFKC", t)))
    hits = Counter()
    for info in infos:
        for a in info["gold"]["articles"]:
            for k in AKEYS[1:8]:
                for w in windows(blank(unicodedata.normalize("NFKC", a[k]))) & seed:
                    hits[(info["src"], w)] += 1
            for p in a["paragraphs"]:
                for w in windows(blank(unicodedata.normalize("NFKC", p))) & seed:
                    hits[(info["src"], w)] += 1
    for (src, w), n in sorted(hits.items()):
        fail(f"{src}: shares '{w}' with the seeds")
    # every person is invented: no name from a seed dateline or byline
    names = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            t = re.sub(r".*[（(]", "", a["byline"] + " " + a["dateline"])
            for w in re.split(r"[\s（）()]+", t):
                w = re.sub(r"^(湖南日报全媒体记者|全媒体记者|通讯员|记者|湖南日报全媒体评论员)", "", w)
                w = w.replace("摄影报道", "").replace("摄", "")
                if 2 <= len(w) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
                    names.add(w)
    for info in infos:
        for a in info["gold"]["articles"]:
            t = re.sub(r"\s", "", a["byline"] + a["dateline"])
            for n in sorted(names):
                if n in t:
                    fail(f"{info['src']}: seed person's name {n} in a byline or dateline")

    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
