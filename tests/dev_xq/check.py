#!/usr/bin/env python3
"""Verify the test set: rebuilt byte-for-byte, perfect export scores 1.000,
shape of the set, and no phrase taken from the seed pages.  Prints
`check passed`."""
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"

# Generic words blanked before the seed-phrase comparison: institution and
# place names, titles, and set phrases of the paper that any story repeats.
GENERIC = """
湖南日报 新湖南 华声在线 全媒体记者 评论员 通讯员 新华社
中华人民共和国 习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记
相关负责人 主要负责人 有关负责人 负责同志
乡村振兴 高质量发展 现代化新湖南 三高四新 美好蓝图 战略定位和使命任务
两个确立 两个维护 决定性意义 国之大者 二十大精神
同比增长 比上年增长 个百分点 以上 亿元 万元 年以来 今年以来 截至目前
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湘西自治州 洞庭湖区 长株潭
省工信厅 省商务厅 省发展改革委 省应急管理厅 省气象局 省水利厅 省农业农村厅
省纪委监委 纪委监委 人民法院 人民检察院
全省各级 各级各部门 深入学习贯彻 贯彻落实 决策部署 重要讲话 指示批示精神
湖南图片库 摄影报道 物质文化遗产 三年行动计划 农村人居环境 工业增加值 生态环境保护 人均可支配收入 工业和信息化厅 人力资源和社会保障厅 省自然资源厅
""".split()

CJK1 = re.compile(r"[\u4e00-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
    """Characters of s found in hay as pieces of 2 or more characters."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(2, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def blank(s: str) -> str:
    s = squash(s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return s


def grams(texts) -> set[str]:
    out = set()
    for t in texts:
        b = blank(t)
        for i in range(len(b) - 5):
            w = b[i:i + 6]
            if len(CJK1.findall(w)) >= 5:
                out.add(w)
    return out


def gold_texts(g: dict):
    for a in g["articles"]:
        yield a["kicker"]
        yield a["title"]
        yield a["subtitle"]
        yield from a["paragraphs"]


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    problems = []
    # 1. rebuilt byte-for-byte
    files, infos = compose.build_all()
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            problems.append(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                problems.append(f"stray file {d}/{p.name}")
    if problems:
        fail("; ".join(problems))

    golds = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        golds[gp.name] = json.loads(gp.read_text(encoding="utf-8"))

    # 2. shape of the set
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14 or len(golds) != 14:
        problems.append(f"{len(pages)} pages / {len(golds)} gold files, want 14")
    nos = []
    for p in pages:
        text = p.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", p.name)
        if not m:
            problems.append(f"bad file name {p.name}")
            continue
        nos.append(m.group(1))
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            problems.append(f"{p.name}: hash does not match text")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            problems.append(f"{p.name}: {n} characters")
        g = golds.get(p.stem + ".json")
        if g is None:
            problems.append(f"{p.name}: no gold")
            continue
        if g["source"] != p.name:
            problems.append(f"{p.name}: gold source {g['source']}")
        if not 7 <= len(g["articles"]) <= 13:
            problems.append(f"{p.name}: {len(g['articles'])} articles")
        keys = list(g)
        if keys != ["source", "issue_date", "issue_number", "page_count", "articles",
                    "extras", "duplicates"]:
            problems.append(f"{p.name}: gold keys {keys}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline",
                           "dateline", "continued", "subheads", "paragraphs"]:
                problems.append(f"{p.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                problems.append(f"{p.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para) and para not in a["subheads"]:
                    problems.append(f"{p.name}: whitespace in a paragraph {para[:20]!r}")
        # every gold string must be printed on the page (whitespace-insensitive)
        flat = squash(text)
        for a in g["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                if a[k] and squash(a[k]) not in flat:
                    problems.append(f"{p.name}: {k} {a[k]!r} not on the page")
            for para in a["paragraphs"]:
                sp = squash(para)
                if covered(sp, flat) < len(sp):
                    problems.append(f"{p.name}: paragraph {sp[:20]!r} not all on the page")
    if nos != [f"{i:03d}" for i in range(1, 15)]:
        problems.append(f"page numbers {nos}")
    layouts = Counter(i["layout"] for i in infos)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        problems.append(f"layouts {dict(layouts)}")
    years = Counter(i["date"][:4] for i in infos)
    if set(years) != {"2015", "2018", "2021", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        problems.append(f"years {dict(years)}")
    fronts = [g for g in golds.values() if g["issue_number"] and g["page_count"]]
    if sorted(g["issue_date"][:4] for g in fronts) != ["2018", "2025"]:
        problems.append(f"front pages {[g['issue_date'] for g in fronts]}")
    for fg in fronts:
        if not fg["extras"]:
            problems.append(f"front page {fg['source']} has no masthead extras")
        if not any(a["continued"].startswith("下转2版") for a in fg["articles"]):
            problems.append(f"front page {fg['source']} does not jump to page 2")
        p2 = [g for g in golds.values() if g["issue_date"] == fg["issue_date"] and g is not fg
              and any(a["continued"].startswith("上接1版") for a in g["articles"])]
        if not p2:
            problems.append(f"front page {fg['source']}: no page 2 with 上接1版 in the set")
        text = (HERE / "pages" / fg["source"]).read_text(encoding="utf-8")
        if "下转2版" not in squash(text) or fg["issue_number"] not in text:
            problems.append(f"front page {fg['source']}: marker or issue number not printed")
    if problems:
        fail("; ".join(problems[:20]))

    # 3. seed-phrase rule
    seed_grams = grams(t for gp in sorted((SHARED / "gold").glob("*.json"))
                       for t in gold_texts(json.loads(gp.read_text(encoding="utf-8"))))
    shared = []
    for name, g in golds.items():
        for t in gold_texts(g):
            for w in grams([t]) & seed_grams:
                shared.append(f"{name[:3]}:{w}")
    if shared:
        fail(f"{len(shared)} six-character runs shared with the seeds: " + " ".join(shared[:40]))

    # 4. the export a perfect segmenter would print, scored
    arts, srcs = [], []
    for name, g in golds.items():
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "issue_number": g["issue_number"], "page_count": g["page_count"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0 or r.stderr:
        fail("score.py failed: " + r.stderr)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("score.py reported a problem: " + line)
        parts = line.split()
        if "=" in line:
            continue
        if len(parts) == 2 and parts[0] not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk_space_left " + parts[1])
    print("check passed")


if __name__ == "__main__":
    main()
