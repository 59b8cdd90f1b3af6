#!/usr/bin/env python3
"""Verify this test set; print `check passed` when every test holds.

    python3 compose.py && python3 check.py

1. A rebuild into a scratch folder gives the same pages, gold files and README, byte for byte.
2. Every file name is NNN_ + the first 16 hex of the SHA-256 of the page text, and every
   gold file is written exactly like the seeds' gold (indent=1, same key order).
3. The export a perfect segmenter would print (every gold article; each page's extras and
   duplicates as its gold has them) scores 1.000 on every figure of the shared scorer,
   coverage 1.000, no spaces left between Chinese characters, no problem line.
4. Every gold string is found on its page (nothing annotated that is not printed).
5. The set's shape: 14 pages, 7 per layout, the years and pages per year, 4,500–6,500
   characters and 7–13 articles a page, two front pages each with its page 2 in the set.
6. No run of 6 characters holding at least 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking the generic words listed below).
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

sys.dont_write_bytecode = True          # keep the set's folder free of __pycache__
HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

YEARS = {2016: 2, 2019: 3, 2020: 2, 2022: 2, 2024: 3, 2025: 2}
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]

# Generic words blanked before the seed-phrase comparison: institution and place names,
# reporters' titles, set phrases of the paper's news language.
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 新华社 评论员 记者
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 中共中央
省委常委 省委书记 省委 省政府 省人大常委会 省政协 副省长 省长 省直 市委 县委 市政府
省发展改革委 省工信厅 省商务厅 省人社厅 省医保局 省民政厅 省教育厅 省生态环境厅 省农业农村厅 省水利厅
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭 衡阳 岳阳 常德 益阳 怀化市 怀化 湘西土家族苗族自治州 湘西州 湘西
张家界 郴州 永州 娄底 邵阳 洞庭湖 湘江 长株潭 中部地区 全省 全国 我省 全市 全县
高质量发展 相关负责人 主要负责人 同比增长 个百分点 亿元 万元 乡村振兴 三高四新 新时代 现代化
产业链 供应链 专精特新 一带一路 先进制造业 工程机械 轨道交通 规模以上 进出口 民营企业
湘粤非铁海联运 新三样 智赋万企 工业互联网 数字化转型 新型工业化 小巨人 国家和地区 新能源汽车 增加值 产业项目 出席并讲话 春风行动 新中国成立 形式主义 官僚主义 雨雪冰冻
""".split()
GENERIC.sort(key=len, reverse=True)
HAN = re.compile(r"[\u3400-\u9fff]")

FIGURES = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
           "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]

failures: list[str] = []


def fail(msg: str):
    failures.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(squash(w), "□")
    return s


def strings_of(gold: dict, seed: bool) -> list[str]:
    out = []
    for a in gold["articles"]:
        fields = ("kicker", "title", "subtitle") if seed else \
            ("column", "kicker", "title", "subtitle", "byline", "dateline")
        out += [a[f] for f in fields if a[f]] + a["paragraphs"]
    if not seed:
        out += gold["extras"] + gold["duplicates"]
    return out


def windows(s: str):
    for i in range(len(s) - 5):
        yield s[i:i + 6]


# ---------------------------------------------------------------------------- tests

def test_rebuild():
    sys.path.insert(0, str(HERE))
    import compose  # noqa: E402
    with tempfile.TemporaryDirectory() as tmp:
        compose.build(Path(tmp))
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            again = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if mine != again:
                fail(f"rebuild: {sub}/ differs: {sorted(set(mine) ^ set(again))}")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fail(f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail("rebuild: README.md differs")


def load_set():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if [p.stem for p in pages] != [g.stem for g in golds]:
        fail("pages/ and gold/ do not pair up")
    out = []
    for k, (p, g) in enumerate(zip(pages, golds)):
        text = p.read_text(encoding="utf-8")
        want = f"{k:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want:
            fail(f"{p.name}: name should be {want}.txt")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if json.dumps(gold, indent=1, ensure_ascii=False) + "\n" != raw:
            fail(f"{g.name}: not written with indent=1, ensure_ascii=False")
        if list(gold) != TOP_KEYS:
            fail(f"{g.name}: top-level keys {list(gold)}")
        for a in gold["articles"]:
            if list(a) != ART_KEYS:
                fail(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{g.name}: subhead not among paragraphs: {sh}")
        if gold["source"] != p.name:
            fail(f"{g.name}: source {gold['source']}")
        out.append((p, text, gold))
    return out


def test_score(pages):
    arts, sources = [], []
    for p, text, gold in pages:
        for a in gold["articles"]:
            arts.append({"source": p.name, "issue_date": gold["issue_date"], **a,
                         "title_derived": False})
        sources.append({"source": p.name, "issue_date": gold["issue_date"],
                        "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode:
        fail(f"scorer exit {r.returncode}: {r.stderr.strip()}")
    got = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            got[m[1]] = m[2]
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
    for f in FIGURES:
        if got.get(f) != "1.000":
            fail(f"scorer: {f} = {got.get(f)}")
    if got.get("cjk_space_left") != "0":
        fail(f"scorer: cjk_space_left = {got.get('cjk_space_left')}")
    # coverage is printed rounded: also measure what is lost exactly
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    lost = 0
    for p, text, gold in pages:
        hay = "\u0000".join(score.squash(s) for s in score.strings_in(
            [a for a in arts if a["source"] == p.name]) + score.strings_in(
            [s for s in sources if s["source"] == p.name]))
        for line in text.splitlines():
            s = score.squash(line)
            lost += len(s) - score.covered(s, hay)
    print(f"characters not covered (arrow glyphs of jump markers): {lost}")
    if lost > 40:
        fail(f"{lost} page characters are in no gold string")


def test_found(pages):
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    for p, text, gold in pages:
        hay = squash(text)
        for s in [x for a in gold["articles"] for x in
                  [a[f] for f in ("column", "kicker", "title", "subtitle", "byline", "dateline")]
                  + a["paragraphs"]] + gold["extras"] + gold["duplicates"]:
            s2 = squash(s)
            if s2 and score.covered(s2, hay) < len(s2):
                fail(f"{p.name}: gold string not on the page: {s[:40]}")
        for a in gold["articles"]:
            c = squash(a["continued"])
            if c and c not in hay:
                fail(f"{p.name}: jump marker {c} not printed")


def test_shape(pages):
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts, years, by_date = Counter(), Counter(), {}
    sys.path.insert(0, str(HERE))
    import compose  # noqa: E402
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for (p, text, gold), src in zip(pages, srcs):
        head = compose.parse(src)["page"]
        layouts[head["layout"]] += 1
        years[int(gold["issue_date"][:4])] += 1
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        k = len(gold["articles"])
        if not 7 <= k <= 13:
            fail(f"{p.name}: {k} articles")
        by_date.setdefault(gold["issue_date"], []).append((head.get("page"), p, text, gold))
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {dict(layouts)}")
    if dict(years) != YEARS:
        fail(f"years {dict(years)}, want {YEARS}")
    fronts = [(d, x) for d, xs in by_date.items() for x in xs if x[3]["issue_number"]]
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages, want 2")
    for d, (pg, p, text, gold) in fronts:
        if pg != "1" or not gold["page_count"] or not gold["extras"]:
            fail(f"{p.name}: front page without page 1 / page count / masthead")
        if not any("下转2版" in a["continued"] for a in gold["articles"]):
            fail(f"{p.name}: front page with no jump to page 2")
        twos = [x for x in by_date[d] if x[0] == "2"]
        if not twos:
            fail(f"{p.name}: its page 2 is not in the set")
            continue
        g2 = twos[0][3]
        if not any(a["kind"] == "continuation" and "上接1版" in a["continued"] for a in g2["articles"]):
            fail(f"{twos[0][1].name}: page 2 carries no continuation from page 1")


def test_seed_phrases(pages):
    seed = set()
    for g in sorted(SEED_GOLD.glob("*.json")):
        for s in strings_of(json.loads(g.read_text(encoding="utf-8")), seed=True):
            seed.update(windows(blank(s)))
    hits = Counter()
    for p, text, gold in pages:
        for s in strings_of(gold, seed=False):
            for w in windows(blank(s)):
                if len(HAN.findall(w)) >= 5 and w in seed:
                    hits[(p.name, w)] += 1
    for (name, w), n in sorted(hits.items()):
        fail(f"{name}: shares «{w}» with the seeds")


def main():
    test_rebuild()
    pages = load_set()
    test_score(pages)
    test_found(pages)
    test_shape(pages)
    test_seed_phrases(pages)
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"check failed: {len(failures)} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
