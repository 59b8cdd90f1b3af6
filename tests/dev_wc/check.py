#!/usr/bin/env python3
"""Verify the dev_wc test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte (into a temp dir);
2. file names are NNN_<sha256[:16]> of the page text, gold names and `source` agree;
3. the export a perfect segmenter would print scores 1.000 on every figure with
   coverage 1.000 and no problem line (score.py -v);
4. the set's shape: 14 pages, 7 per layout, years 2016/2019/2022/2025 with 3-4 pages each,
   two front pages (2016, 2022) with issue number and page count, each jumping to a
   page 2 of the same date that carries the 上接1版 continuation; 4,500-6,500 characters
   and 7-13 articles a page;
5. no run of 6 characters holding >= 5 Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking generic words).
Standard library only.
"""
import filecmp
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
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# generic words blanked before the seed-phrase comparison
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
省人大常委会 省政协 高质量发展 现代化新湖南 三高四新 社会主义 中国特色 新时代
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市 娄底市 益阳市 邵阳市
张家界 湘西土家族苗族自治州 长株潭 湖南 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底
益阳 邵阳 湘西 全省 我省 今年以来 近年来 同比增长 亿元 万元 个百分点 以上 以下 工作会议
提供有力支撑 西部陆海新通道 发展改革委 产业链供应链 出席并讲话 企业和群众 文旅广电局 大数据中心 政策措施 国家和地区 清醒看到 下一阶段 非物质文化遗产 各级各部门 重要抓手 核心竞争力 重要组成部分 中南林业科技大学 纪检监察机构 基础设施建设 生产经营单位 服务体系建设 出席会议 在长沙召开 在长沙举行 记者从 获悉 据了解 据悉 新华社 进出口 规模以上工业 增加值
""".split()


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(is_cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        for p in a.get("paragraphs") or []:
            yield p


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), "--out", td],
                           capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr[-500:])
        else:
            for d in ("pages", "gold"):
                mine = sorted(p.name for p in (HERE / d).iterdir())
                theirs = sorted(p.name for p in (Path(td) / d).iterdir())
                if mine != theirs:
                    fail(f"{d}/ differs from a fresh compose")
                    continue
                for n in mine:
                    if not filecmp.cmp(HERE / d / n, Path(td) / d / n, shallow=False):
                        fail(f"{d}/{n} differs from a fresh compose")
            if not filecmp.cmp(HERE / "README.md", Path(td) / "README.md", shallow=False):
                fail("README.md differs from a fresh compose")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. names
    gd = {}
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", p.name) or p.name[4:20] != h:
            fail(f"bad page name {p.name} (sha {h})")
        gf = HERE / "gold" / (p.stem + ".json")
        if not gf.exists():
            fail(f"no gold for {p.name}")
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        if g["source"] != p.name:
            fail(f"gold source {g['source']} != {p.name}")
        if gf.read_text(encoding="utf-8") != json.dumps(g, indent=1, ensure_ascii=False) + "\n":
            fail(f"{gf.name} not in the seeds' JSON layout")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gf.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
        gd[p.name] = (g, text)
    if len(golds) != len(pages):
        fail("gold and pages counts differ")

    # 2b. every gold text is printed on its page (fields whole, paragraphs piecewise)
    sys.path.insert(0, str(SCORE.parent))
    from score import covered
    for name, (g, text) in sorted(gd.items()):
        raw = squash(text)
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                if squash(a[f]) and squash(a[f]) not in raw:
                    fail(f"{name}: {f} {a[f]!r} not printed on the page")
            for para in a["paragraphs"] + a["subheads"]:
                q = squash(para)
                if covered(q, raw) != len(q):
                    fail(f"{name}: paragraph not printed: {para[:30]!r}")
        for x in g["extras"] + g["duplicates"]:
            if squash(x) not in raw:
                fail(f"{name}: extra/duplicate not printed: {x[:30]!r}")

    # 3. perfect export, scored
    arts, srcs = [], []
    for name, (g, _) in sorted(gd.items()):
        for a in g["articles"]:
            b = dict(a)
            b.update(source=name, issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": name, "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode:
        fail("score.py exit code %d" % r.returncode)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
    figs = {}
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc",
              "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left = %s" % figs.get("cjk_space_left"))

    # 4. shape
    layouts = Counter()
    years = Counter()
    srcinfo = {}
    for s in sorted((HERE / "src").glob("p*.txt")):
        info = {}
        for ln in s.read_text(encoding="utf-8").split("\n"):
            if ln.startswith("=art"):
                break
            k, _, v = ln.partition(":")
            info[k.strip()] = v.strip()
        srcinfo["%03d" % int(s.stem[1:])] = info
    if len(pages) != 14 or sorted(srcinfo) != ["%03d" % i for i in range(1, 15)]:
        fail("need pages 001-014")
    fronts = []
    for name, (g, text) in sorted(gd.items()):
        info = srcinfo.get(name[:3], {})
        layouts[info.get("layout")] += 1
        years[g["issue_date"][:4]] += 1
        if info.get("date") != g["issue_date"]:
            fail(f"{name}: date mismatch")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append((name, g))
            if not g["page_count"] or info.get("page") != "1":
                fail(f"{name}: front page without page count / page 1")
        # layout sanity: column pages hold short lines, paragraph pages long ones
        lines = [l for l in text.split("\n") if l.strip()]
        short = sum(1 for l in lines if len(l.replace(" ", "")) <= 24) / len(lines)
        if info.get("layout") == "column" and short < 0.8:
            fail(f"{name}: column layout with long lines")
        if info.get("layout") == "para" and short > 0.6:
            fail(f"{name}: paragraph layout with short lines")
    if layouts != Counter(column=7, para=7):
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2016", "2019", "2022", "2025"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2016", "2022"]:
        fail("front pages must be one in 2016 and one in 2022")
    for name, g in fronts:
        jumps = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not jumps:
            fail(f"{name}: front page without 下转2版")
        p2 = [(n, gg) for n, (gg, _) in gd.items() if gg["issue_date"] == g["issue_date"]
              and srcinfo[n[:3]].get("page") == "2"]
        if not p2:
            fail(f"{name}: no page 2 of the same date")
            continue
        conts = [a for a in p2[0][1]["articles"] if a["continued"].startswith("上接1版")]
        if len(conts) != len(jumps):
            fail(f"{name}: {len(jumps)} jumps but {len(conts)} continuations on page 2")
        if not any(sq for sq in g["extras"] if "导读" in sq) and g["issue_date"].startswith("2016"):
            fail(f"{name}: 2016 front page without 导读 box")

    # 5. seed phrases
    seed_grams = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts_of(sg):
            seed_grams |= grams(blank(t))
    shared = Counter()
    for name, (g, _) in sorted(gd.items()):
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle", "byline", "column"):
                for x in grams(blank(a[f])) & seed_grams:
                    shared[(name, x)] += 1
            for p in a["paragraphs"]:
                for x in grams(blank(p)) & seed_grams:
                    shared[(name, x)] += 1
    for (name, x), c in sorted(shared.items()):
        fail(f"{name}: shares the seed run {x!r}")

    if FAIL:
        print(f"check FAILED ({len(FAIL)} problems)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
