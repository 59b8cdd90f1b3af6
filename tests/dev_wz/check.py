#!/usr/bin/env python3
"""Verify the dev_wz set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print scores 1.000 everywhere
   (score.py -v: no problem line, coverage 1.000, cjk_space_left 0);
3. the set has the shape the brief asks for;
4. no 6-character run holding >= 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words).
"""
from __future__ import annotations

import importlib.util
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

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


# ------------------------------------------------------------------ generic words
# blanked on both sides before comparing runs: institution names, place names,
# set phrases of the paper.  Kept short on purpose.
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 评论员 相关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
党的二十大精神 高质量发展 现代化新湖南 三高四新 美好蓝图 战略定位和使命任务
同比增长 比上年增长 个百分点 以上 亿元 万元 万人次 今年以来 近年来 据了解 据悉
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湖南省 全省 我省 长株潭 在长沙召开 在长沙举行
省市场监管局 省住房城乡建设厅 省文化和旅游厅 省民政厅 省科技厅 省发展改革委 省商务厅
省工信厅 省农业农村厅 省教育厅 省卫生健康委 省自然资源厅 省应急管理厅 省财政厅
专精特新“小巨人”企业 农业农村 道路交通安全 技术合同成交额 中联重科 三一重工 三一重能 三一集团 同比分别增长 高新技术企业 科技型中小企业 数字化转型 出席并讲话 主持召开 召开 举行 会议强调 会议指出 会议要求 会上 记者从 今天
""".split()


def cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def segments(text):
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"\s+", "", t)
    for w in sorted(GENERIC, key=len, reverse=True):
        t = t.replace(w, "\u0000")
    return t.split("\u0000")


def runs(text):
    out = set()
    for seg in segments(text):
        for i in range(len(seg) - 5):
            r = seg[i:i + 6]
            if sum(cjk(c) for c in r) >= 5:
                out.add(r)
    return out


def seed_runs():
    rs = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for k in ("kicker", "title", "subtitle"):
                rs |= runs(a.get(k) or "")
            for p in a.get("paragraphs") or []:
                rs |= runs(p)
    return rs


def article_texts(g):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle", "column"):
            if a.get(k):
                yield a[k]
        for p in a["paragraphs"]:
            yield p


# ------------------------------------------------------------------ checks
def check_rebuild(pages):
    want = {}
    for p in pages:
        want["pages/" + p["name"] + ".txt"] = p["text"].encode("utf-8")
        want["gold/" + p["name"] + ".json"] = compose.gold_json(p["gold"]).encode("utf-8")
    want["README.md"] = compose.readme(pages)[0].encode("utf-8")
    have = {str(f.relative_to(HERE)) for d in ("pages", "gold") for f in (HERE / d).glob("*")}
    have.add("README.md")
    for k in sorted(set(want) | have):
        f = HERE / k
        if k not in want:
            fail(f"stray file {k}")
        elif not f.exists() or f.read_bytes() != want[k]:
            fail(f"{k} differs from what compose.py builds")


def export_of(pages):
    arts, srcs = [], []
    for p in pages:
        g = p["gold"]
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            b["title_derived"] = False
            b.update({k: a[k] for k in ("byline", "dateline", "continued")})
            b["paragraphs"] = a["paragraphs"]
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": srcs}


def check_score(pages):
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export_of(pages), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0:
        fail("score.py returned %d: %s" % (r.returncode, r.stderr))
    if "---" in out or re.search(r"^\s+(missing|spurious|headline)\s", out, re.M):
        fail("score.py printed problem lines")
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+|None)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figs.get(k) not in ("1.000",):
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    return out


def load_score_module():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools/score.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


ALLOWED_LOST = set("▷▶▲△◀◁()（）")


def check_exact_coverage(pages, sc):
    """what the scorer cannot find may only be jump-marker glyphs and brackets"""
    for p in pages:
        g = p["gold"]
        strings = sc.strings_in(export_of([p])["articles"]) + g["extras"] + g["duplicates"]
        hay = "\u0000".join(sc.squash(s) for s in strings)
        for line in p["text"].splitlines():
            s = sc.squash(line)
            i = 0
            lost = ""
            while i < len(s):
                lo, hi = 0, len(s) - i
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if s[i:i + mid] in hay:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo >= min(4, len(s) - i):
                    i += lo
                else:
                    lost += s[i]
                    i += 1
            if set(lost) - ALLOWED_LOST:
                fail(f"{p['name']}: uncovered {lost!r} in line {line[:40]!r}")


def check_shape(pages):
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    lay = Counter(p["layout"] for p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(p["gold"]["issue_date"][:4] for p in pages)
    if set(years) != {"2017", "2020", "2023", "2024"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    nums = [p["name"][:3] for p in pages]
    if nums != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {nums}")
    fronts = []
    for p in pages:
        import hashlib
        h = hashlib.sha256(p["text"].encode("utf-8")).hexdigest()[:16]
        if p["name"] != p["name"][:3] + "_" + h:
            fail(f"{p['name']}: name does not match the text hash")
        g = p["gold"]
        n = len(compose.nows(p["text"]))
        if not 4500 <= n <= 6500:
            fail(f"{p['name']}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p['name']}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append(p)
            if not g["page_count"]:
                fail(f"{p['name']}: front page without page count")
    fy = sorted(p["gold"]["issue_date"][:4] for p in fronts)
    if fy != ["2020", "2024"]:
        fail(f"front pages in {fy}")
    for f in fronts:
        date = f["gold"]["issue_date"]
        down = [a for a in f["gold"]["articles"] if a["continued"].startswith("下转2版")]
        p2 = [p for p in pages if p["gold"]["issue_date"] == date and p["src"].get("pageno") == "2"]
        up = [a for p in p2 for a in p["gold"]["articles"] if a["continued"].startswith("上接1版")]
        if not down or not p2 or not up:
            fail(f"{f['name']}: front-page jump to page 2 missing")
        if "下转2版" not in f["text"]:
            fail(f"{f['name']}: no 下转2版 marker")
        if p2 and "上接1版" not in p2[0]["text"]:
            fail(f"{p2[0]['name']}: no 上接1版 marker")
    # keys and order exactly as the shared gold
    ref = json.loads(next((SHARED / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    for p in pages:
        g = p["gold"]
        if list(g) != list(ref):
            fail(f"{p['name']}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != list(ref["articles"][0]):
                fail(f"{p['name']}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p['name']}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fail(f"{p['name']}: whitespace in a paragraph {para[:20]!r}")


def check_fields_printed(pages, sc):
    """every gold field and paragraph piece is on the page"""
    for p in pages:
        flat = sc.squash(p["text"])
        for a in p["gold"]["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                if a[k] and sc.squash(a[k]) not in flat:
                    fail(f"{p['name']}: {k} {a[k]!r} not on the page")
            for para in a["paragraphs"]:
                if sc.squash(para)[:6] not in flat:
                    fail(f"{p['name']}: paragraph {para[:12]!r} not on the page")


def check_seed_phrases(pages):
    srs = seed_runs()
    bad = 0
    for p in pages:
        for t in article_texts(p["gold"]):
            shared = runs(t) & srs
            for r in sorted(shared):
                bad += 1
                if bad <= 60:
                    print(f"   seed phrase {r!r} in {p['name'][:3]}: {t[:30]!r}")
    if bad:
        fail(f"{bad} runs shared with the seeds")


def main():
    pages = compose.build()
    check_rebuild(pages)
    check_score(pages)
    sc = load_score_module()
    check_exact_coverage(pages, sc)
    check_fields_printed(pages, sc)
    check_shape(pages)
    check_seed_phrases(pages)
    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
