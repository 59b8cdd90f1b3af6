#!/usr/bin/env python3
"""Verify the dev_ug set: rebuild is byte-identical, a perfect export scores 1.000,
the set has the required shape, and no seed phrase is reused.  Prints `check passed`."""
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

YEARS = {"2015", "2019", "2022", "2026"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
FLOATS = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
          "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]

# Generic words blanked before the seed-phrase comparison: institution and place names,
# set phrases of the paper.  Anything else shared with the seeds is a failure.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市
永州市 怀化市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州 长株潭 省委 省政府 省人大常委会 省政协
党中央 国务院 中共中央 省委常委 副省长 省委书记 省应急管理厅 省工业和信息化厅 省长 副主任 副主席 秘书长 习近平新时代中国特色社会主义思想
习近平总书记 习近平 党的二十大精神 党的二十大 高质量发展 相关负责人 负责人介绍 同比增长 比上年增长 规模以上
百分点 乡村振兴 三高四新 现代化新湖南 社会主义现代化 新一代信息技术 全面建设 重要讲话 指示批示精神
出席并讲话 在长沙召开 在长沙举行 有关部门 人民群众 党员干部 新时代 先进制造业 国家级 省级 市州
亿元 万元 中央八项规定 工业互联网 以旧换新 湖南图片库 记者从 今年以来 近年来 据了解 截至 目前
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "\u25a1")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def seed_grams() -> set[str]:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(t)
    return out


def article_texts(a: dict) -> list[str]:
    return [a[k] for k in ("column", "kicker", "title", "subtitle", "byline")] + a["paragraphs"]


def main() -> int:
    errors: list[str] = []
    # 1. the rebuild is byte-for-byte what is on disk
    files, metas = compose.compose_all(with_meta=True)
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            errors.append(f"{rel}: not what compose.py builds (run compose.py)")
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | {
        f"gold/{p.name}" for p in (HERE / "gold").glob("*")}
    for extra in on_disk - set(files):
        errors.append(f"{extra}: stale file")

    # 2. shape
    golds = {}
    for rel, content in sorted(files.items()):
        if rel.startswith("gold/"):
            g = json.loads(content)
            golds[g["source"]] = g
            if list(g) != KEYS:
                errors.append(f"{rel}: key order {list(g)}")
            if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != content:
                errors.append(f"{rel}: not indent=1 / ensure_ascii=False")
    if len(golds) != 14:
        errors.append(f"{len(golds)} pages, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    seeds = seed_grams()
    for name, g in golds.items():
        text = files[f"pages/{name}"]
        num = name[:3]
        want = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        if name != want:
            errors.append(f"{name}: name should be {want}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            errors.append(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            errors.append(f"{name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        lay = metas[name]["layout"]
        layouts[lay] += 1
        if (lay == "column") != (text.endswith("\n\n\n") and not text.startswith("\n")):
            errors.append(f"{name}: text shape does not match its {lay} layout")
        if g["issue_number"]:
            fronts.append(g)
        for a in g["articles"]:
            if list(a) != AKEYS:
                errors.append(f"{name}: article key order")
            if a["kind"] not in KINDS:
                errors.append(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    errors.append(f"{name}: whitespace in paragraph {p[:20]}")
            for t in article_texts(a):
                shared = grams(t) & seeds
                if shared:
                    errors.append(f"{name}: seed phrase {sorted(shared)[:3]} in {t[:24]!r}")
        for t in g["extras"]:
            shared = grams(t) & seeds
            if shared:
                errors.append(f"{name}: seed phrase {sorted(shared)[:3]} in extras")
    if set(years) != YEARS or not all(3 <= years[y] <= 4 for y in YEARS):
        errors.append(f"years {dict(years)}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(layouts)}")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2015", "2022"]:
        errors.append(f"front pages in {[g['issue_date'] for g in fronts]}")
    for f in fronts:
        if not f["page_count"]:
            errors.append(f"{f['source']}: front page without page count")
        downs = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        p2 = [g for g in golds.values() if g["issue_date"] == f["issue_date"] and g is not f]
        ups = [a for g in p2 for a in g["articles"] if a["continued"].startswith("上接1版")]
        if not downs or not ups:
            errors.append(f"{f['source']}: no 下转2版 / 上接1版 pair in the set")

    # 3. a perfect export scores 1.000 everywhere
    arts, srcs = [], []
    for name, g in golds.items():
        for a in g["articles"]:
            b = dict(a, source=name, issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": name, "issue_date": g["issue_date"], "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(out.stdout, end="")
    figs = {}
    for line in out.stdout.splitlines():
        if line.startswith(("---", "    ")):
            errors.append(f"scorer problem: {line.strip()}")
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in FLOATS:
        if figs.get(k) != "1.000":
            errors.append(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        errors.append(f"cjk_space_left = {figs.get('cjk_space_left')}")
    # coverage exactly 1 (the scorer rounds to three places)
    sys.path.insert(0, str(SHARED / "tools"))
    import score  # noqa: E402
    by_src = {}
    for a in arts:
        by_src.setdefault(a["source"], []).append(a)
    for s in srcs:
        hay = "\u0000".join(score.squash(x) for x in score.strings_in(by_src.get(s["source"], [])) +
                              score.strings_in(s))
        for line in files[f"pages/{s['source']}"].splitlines():
            q = score.squash(line)
            if score.covered(q, hay) != len(q):
                errors.append(f"{s['source']}: line not fully covered: {line.strip()[:30]!r}")
    if out.returncode:
        errors.append(f"score.py exit {out.returncode}: {out.stderr.strip()[-200:]}")

    for e in errors:
        print("FAIL", e)
    if errors:
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
