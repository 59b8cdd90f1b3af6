#!/usr/bin/env python3
"""Verify the set: rebuild it in a scratch folder and compare bytes, check its shape,
the seed-phrase rule, and that a perfect segmenter scores 1.000 everywhere.

    python3 check.py            prints `check passed` or the reasons it did not
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
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2015": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2019", "2026"}
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]

# Generic words blanked before the seed-phrase comparison: institution names, place
# names, set phrases of the paper.  Anything else shared with the seeds is a failure.
GENERIC = """
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 负责人表示 负责人说
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
省委常委 省委书记 省长 副省长 省委秘书长 省委副书记 主持召开 出席并讲话 出席会议
省商务厅 省工信厅 省发展改革委 省农业农村厅 省住房城乡建设厅 省交通运输厅 省文化和旅游厅
长沙海关 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市 邵阳市 益阳市 娄底市
张家界 湘西土家族苗族自治州 长株潭 湖南省 全省 我省 湖南 中联重科 三一重工 三一集团 山河智能 铁建重工
黄花国际机场 同比增长 同比下降 增速居全国 百分点 高质量发展 现代化新湖南 三高四新 美好蓝图
战略定位和使命任务 以习近平同志为核心的 二十大精神 政治责任 乡村振兴 进出口总值
规模以上工业 工业增加值 先进制造业 中西部第一 一带一路 新三样 老三样 工程机械
专精特新“小巨人”企业 专精特新“小巨人” 专精特新 工业和信息化部 中非经贸博览会 中非经贸合作 湘粤非铁海联运 省安委会办公室 新中国成立 人力资源和社会保障厅 年度目标任务 个国家和地区 在长沙举行 在长沙召开 基础设施建设 非物质文化遗产 今年以来 近年来 截至 记者从 日前 今天 据了解 据悉 会议指出 会议强调 会议要求
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msgs, m):
    msgs.append(m)


def blanked(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "□" * len(g))
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            yield g


def gold_texts(d):
    for a in d["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        yield from a["paragraphs"]


def main() -> int:
    msgs: list[str] = []
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fail(msgs, f"rebuild: {sub}/ file names differ")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fail(msgs, f"rebuild: {sub}/{n} differs")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail(msgs, "rebuild: README.md differs")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(msgs, f"shape: {len(srcs)} sources, {len(pages)} pages, {len(golds)} gold files (want 14)")

    # 2. shape of every page
    years, layouts = Counter(), Counter()
    fronts = []
    seed_texts = []
    for g in sorted((SHARED / "gold").glob("*.json")):
        seed_texts += list(gold_texts(json.loads(g.read_text(encoding="utf-8"))))
    seed_grams = set()
    for t in seed_texts:
        seed_grams.update(grams(blanked(t)))
    by_date: dict[str, list] = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(msgs, f"{p.name}: name is not NNN_ + sha256[:16] of the text")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if raw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(msgs, f"{g.name}: not in the seeds' JSON layout")
        if list(d) != KEYS or d["source"] != p.name:
            fail(msgs, f"{g.name}: keys or source wrong")
        nchar = len(re.sub(r"\s+", "", text))
        if not 4500 <= nchar <= 6500:
            fail(msgs, f"{p.name}: {nchar} characters (want 4,500-6,500)")
        if not 7 <= len(d["articles"]) <= 13:
            fail(msgs, f"{p.name}: {len(d['articles'])} articles (want 7-13)")
        years[d["issue_date"][:4]] += 1
        src_meta = {}
        for ln in srcs[n - 1].read_text(encoding="utf-8").split("\n"):
            if ln.startswith("layout "):
                src_meta["layout"] = ln.split()[1]
            if ln.startswith("page ") and "page" not in src_meta:
                src_meta["page"] = ln.split()[1]
        layouts[src_meta.get("layout")] += 1
        by_date.setdefault(d["issue_date"], []).append((src_meta.get("page"), d, text))
        sq = squash(text)
        for a in d["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(msgs, f"{g.name}: article keys/kind wrong: {a.get('kind')}")
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                if squash(a[f]) and squash(a[f]) not in sq:
                    fail(msgs, f"{g.name}: {f} {a[f]!r} not printed on the page")
            for para in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、；：“”（）]\s+[\u4e00-\u9fff，。、；：“”（）]", para):
                    fail(msgs, f"{g.name}: space between CJK in a paragraph: {para[:30]}")
            for t in gold_texts({"articles": [a]}):
                for gram in grams(blanked(t)):
                    if gram in seed_grams:
                        fail(msgs, f"{g.name}: shares {gram!r} with the seeds")
        if d["issue_number"] is not None:
            fronts.append(d)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(msgs, f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(msgs, f"unexpected years {set(years) - set(YEARS)}")
    if layouts["column"] != 7 or layouts["para"] != 7:
        fail(msgs, f"layouts {dict(layouts)} (want 7 column, 7 para)")
    if sorted(f["issue_date"][:4] for f in fronts) != sorted(FRONT_YEARS):
        fail(msgs, f"front pages in {[f['issue_date'] for f in fronts]}")
    for f in fronts:
        if not f["page_count"]:
            fail(msgs, f"front page {f['source']}: no page count")
        same = by_date.get(f["issue_date"], [])
        p2 = [d for pg, d, _ in same if pg == "2"]
        downs = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        ups = [a for d in p2 for a in d["articles"] if a["continued"].startswith("上接1版")]
        if not p2 or not downs or len(ups) < len(downs):
            fail(msgs, f"front page {f['source']}: jumps to page 2 not matched "
                       f"({len(downs)} down, {len(ups)} up)")

    # 3. a perfect segmenter's export, scored
    export = {"articles": [], "sources": []}
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            e.update({k: a[k] for k in AKEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": d["source"], "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        ex = fh.name
    r = subprocess.run([sys.executable, str(SCORE), ex, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(ex).unlink()
    print(r.stdout, end="")
    for ln in r.stdout.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            fail(msgs, f"scorer problem: {ln.strip()}")
        m = re.match(r"(\w+)\s+([\d.]+)$", ln)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(msgs, f"scorer: {m.group(1)} = {m.group(2)}")
        if ln.startswith("cjk_space_left") and ln.split()[1] != "0":
            fail(msgs, "scorer: cjk_space_left not 0")
    if "coverage         1.000" not in r.stdout:
        fail(msgs, "scorer: coverage not 1.000")
    if r.returncode:
        fail(msgs, f"scorer exit {r.returncode}: {r.stderr[-300:]}")
    for m in msgs:
        print("FAIL", m)
    if msgs:
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
