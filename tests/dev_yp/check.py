#!/usr/bin/env python3
"""Verify the test set: rebuild, shape, seed-phrase rule, perfect-export score.

    python3 check.py        -> prints `check passed` or the failures
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles, set phrases every story of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人 习近平新时代中国特色社会主义思想 党的二十大精神
党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 湖南省 长沙市 株洲市
湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市 娄底市 邵阳市 益阳市 张家界市 湘西土家族苗族自治州
长株潭 高质量发展 新时代 习近平总书记 总书记 重要讲话 指示批示精神 重要指示 全面贯彻 深入学习贯彻
推动 进一步 据了解 据悉 今年以来 同比增长 以上 亿元 万元 百分点 记者从 获悉 在长沙召开 在长沙举行
出席 主持 讲话 会议强调 会议指出 会议要求 近年来 目前 今天 近日 日前 与此同时 国家级 省级
中国特色社会主义 我省 各级党委 创造性转化 创新性发展 重要组成部分 长沙理工大学 人力资源和社会保障厅 关键核心技术 非物质文化遗产 工业和信息化厅 增加值 新能源汽车 国家重要先进制造业高地 具有核心竞争力的科技创新高地 决策部署 中非经贸博览会 中国—非洲经贸博览会 乡村振兴 以旧换新 人工智能 新一代 现代化 先进制造业 文化强省 湖南 全省
""".split(), key=len, reverse=True)

PUNCT_MARKERS = re.compile(r"(▷\(下转[^)]*\)|▶\(下转[^)]*\)|（下转[^）]*）|\(下转[^)]*\)|"
                           r"▲ ?▲ ?[（(][上紧]接[^）)]*[）)])")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
    """Characters of s found in hay as pieces of 4 or more (as the scorer counts)."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def fail(msgs: list[str], m: str):
    msgs.append(m)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "\u25a1" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main() -> int:
    msgs: list[str] = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(srcs) != 14 or len(pages) != 14 or len(golds) != 14:
        fail(msgs, f"need 14 sources/pages/gold, have {len(srcs)}/{len(pages)}/{len(golds)}")

    # 1. byte-for-byte rebuild from the sources
    for n, src in enumerate(srcs, 1):
        text, gold, info = compose.compose_page(src)
        stem = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold["source"] = stem + ".txt"
        pp, gp = HERE / "pages" / (stem + ".txt"), HERE / "gold" / (stem + ".json")
        if not pp.exists() or pp.read_text(encoding="utf-8") != text:
            fail(msgs, f"{src.name}: page {pp.name} missing or not reproduced")
        want = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gp.exists() or gp.read_text(encoding="utf-8") != want:
            fail(msgs, f"{src.name}: gold {gp.name} missing or not reproduced")

    # 2. shape
    styles, years, fronts = Counter(), Counter(), []
    seed_grams: set[str] = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            seed_grams |= grams(t)
    by_date: dict[str, list[dict]] = {}
    for src, pp in zip(srcs, pages):
        text = pp.read_text(encoding="utf-8")
        page = compose.parse_source(src)
        styles[page.get("style")] += 1
        gp = HERE / "gold" / (pp.stem + ".json")
        raw = gp.read_text(encoding="utf-8")
        gold = json.loads(raw)
        name = pp.name
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name) or \
                hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:20]:
            fail(msgs, f"{name}: bad file name")
        if list(gold) != KEYS or gold["source"] != name:
            fail(msgs, f"{name}: gold keys/source wrong")
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(msgs, f"{name}: article keys/kind wrong {a.get('title')!r}")
            if not a["paragraphs"]:
                fail(msgs, f"{name}: article without paragraphs {a.get('title')!r}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", p):
                    fail(msgs, f"{name}: CJK space in gold paragraph {p[:20]!r}")
        sq = squash(text)
        for a in gold["articles"]:
            for t in [a[k] for k in AKEYS[1:8]] + a["paragraphs"]:
                t = squash(t)
                if t and covered(t, sq) < len(t):
                    fail(msgs, f"{name}: gold text not printed on the page: {t[:24]!r}")
        n_chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= n_chars <= 6500:
            fail(msgs, f"{name}: {n_chars} characters (want 4,500-6,500)")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(msgs, f"{name}: {len(gold['articles'])} articles (want 7-13)")
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], []).append(gold)
        if gold["issue_number"] is not None:
            fronts.append(gold)
        for t in texts(gold):
            shared = grams(t) & seed_grams
            if shared:
                fail(msgs, f"{name}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:24]!r}")
    if styles != Counter({"column": 7, "paragraph": 7}):
        fail(msgs, f"layouts {dict(styles)} (want 7 column, 7 paragraph)")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(msgs, f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(msgs, f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2019", "2023"]:
        fail(msgs, "want two front pages, 2019 and 2023")
    for f in fronts:
        if f["page_count"] is None:
            fail(msgs, f"{f['source']}: front page without page count")
        jumps = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        backs = [a for g in by_date[f["issue_date"]] if g is not f for a in g["articles"]
                 if a["kind"] == "continuation" and a["continued"].startswith("上接1版")]
        if not jumps or len(backs) < len(jumps):
            fail(msgs, f"{f['source']}: jump to page 2 not matched ({len(jumps)}/{len(backs)})")

    # 3. the export a perfect segmenter prints, scored by the shared scorer
    arts, sources = [], []
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = (HERE / "pages" / gold["source"]).read_text(encoding="utf-8")
        for a in gold["articles"]:
            b = {"source": gold["source"], "issue_date": gold["issue_date"]}
            b.update({k: a[k] for k in AKEYS if k != "subheads"})
            b["title_derived"] = False
            arts.append(b)
        markers = PUNCT_MARKERS.findall(text)
        sources.append({"source": gold["source"], "issue_date": gold["issue_date"],
                        "extras": gold["extras"] + gold["duplicates"] + markers})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                      encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    print(res.stdout, end="")
    for line in res.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(msgs, f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(msgs, f"scorer figure {m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail(msgs, "cjk_space_left not 0")
        if line.startswith("coverage") and "None" in line:
            fail(msgs, "coverage not measured")
    if res.returncode != 0:
        fail(msgs, f"scorer exit {res.returncode}")

    if msgs:
        for m in msgs:
            print("FAIL", m)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
