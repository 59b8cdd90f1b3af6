#!/usr/bin/env python3
"""Verify the dev_wi set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte.
2. The export a perfect segmenter would print (every gold article; each page's
   extras and duplicates as the source has them) scores 1.000 on every figure of
   /work/shared/tools/score.py, coverage 1.000 (checked exactly, too), no problem line.
3. The set's shape: 14 pages, 7 per layout, years, two front pages jumping to
   their page 2, 4,500-6,500 characters and 7-13 articles a page, file names.
4. The seed-phrase rule: no run of 6 characters holding at least 5 Chinese
   characters is shared with the seeds' gold headlines and paragraphs (after
   blanking the generic words below).
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

sys.path.insert(0, str(SHARED / "tools"))
import score  # noqa: E402

# Generic words blanked before the 6-character comparison: institution and place
# names, titles, set phrases of the paper.  Kept short on purpose.
GENERIC = sorted("""
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 新华社 评论员
中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 习近平
省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长
中国特色社会主义 社会主义现代化 现代化新湖南 高质量发展 全面从严治党
党的二十大精神 党的十九大精神 党的建设 乡村振兴 三高四新 美好蓝图
相关负责人 主要负责人 负责人介绍 负责人表示 据了解 据悉 记者从 日前 近日 今年以来
同比增长 比上年增长 个百分点 居全国第 全省各级 各级各部门 长沙召开 在长沙召开 在长沙举行
湖南省 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 长株潭 洞庭湖 湘江 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 湘西
规模以上工业 规模以上 新型工业化 先进制造业 产业链 专精特新 小巨人 数字经济
高新技术企业 科技型中小企业 技术合同成交额 新产品销售收入 农村人居环境 三年行动计划 工作领导小组
中南林业科技大学 中联重科 三一集团 党委、政府 位居全国前列
近年来 今年以来 去年 今年 获悉 介绍 表示 今天召开的 最新监测显示 清醒看到
工业和信息化部 国家级企业技术中心 高新区 技工贸总收入 微信公众号 官方网站 国家和地区
新一代信息技术 新一代自主安全计算系统 轨道交通 航空航天 新能源汽车 工程机械 工业互联网 现代农业
现代化产业体系 关键核心技术 公共服务平台 政治功能和组织功能 农业强省 生态环境保护 生态文明建设
农村生活污水 疫情防控 基层减负 监督管理 常态化 长效化 重要组成部分 若干政策措施 有力支撑
解决实际问题 开展专项整治 培育一批
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(w, "\u0000")
    return re.sub(r"\s+", "", s)


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\u0000" not in w and len(CJK.findall(w)) >= 5:
            yield w


def texts_of(gold: dict):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        yield from a.get("paragraphs") or []


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    # 1. rebuild byte-for-byte
    files = compose.build()
    for rel, text in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            fail("%s differs from a fresh build (run compose.py)" % rel)
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if "%s/%s" % (d, p.name) not in files:
                fail("stray file %s/%s" % (d, p.name))

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = {p.stem: json.loads((HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")) for p in pages}

    # 2. the perfect export
    arts, srcs = [], []
    for stem, g in golds.items():
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0:
        fail("score.py exited %d: %s" % (r.returncode, r.stderr))
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left %s" % v)
        elif v != "1.000":
            fail("%s is %s" % (k, v))
    # exact coverage, not only rounded
    for p in pages:
        g = golds[p.stem]
        preds = [a for a in arts if a["source"] == g["source"]]
        meta = [s for s in srcs if s["source"] == g["source"]][0]
        hay = "\u0000".join(score.squash(s) for s in score.strings_in(preds) + score.strings_in(meta))
        for line in p.read_text(encoding="utf-8").splitlines():
            s = score.squash(line)
            if score.covered(s, hay) != len(s):
                fail("%s: line not fully covered: %r" % (p.name, line[:60]))
        for a in g["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para) and re.search(r"[^\x00-\x7f]\s|\s[^\x00-\x7f]", para):
                    fail("%s: whitespace beside CJK in a paragraph: %r" % (p.name, para[:40]))

    # 3. shape
    if len(pages) != 14:
        fail("%d pages, want 14" % len(pages))
    layouts = Counter()
    years = Counter()
    fronts = []
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        want = "%03d_%s" % (i, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        if p.stem != want:
            fail("file name %s, want %s" % (p.name, want))
        g = golds[p.stem]
        if g["source"] != p.name:
            fail("gold source of %s" % p.name)
        if list(g.keys()) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail("gold key order of %s" % p.name)
        for a in g["articles"]:
            if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                                  "continued", "subheads", "paragraphs"]:
                fail("article key order in %s" % p.name)
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail("kind %r" % a["kind"])
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail("subhead not among paragraphs: %r" % s)
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail("%s has %d characters" % (p.name, n))
        if not 7 <= len(g["articles"]) <= 13:
            fail("%s has %d articles" % (p.name, len(g["articles"])))
        layouts["column" if text.startswith(" ") and not text.startswith("\n") else "paragraph"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail("layouts %s" % dict(layouts))
    if set(years) != {"2015", "2018", "2021", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fail("years %s" % dict(years))
    if sorted(g["issue_date"][:4] for g in fronts) != ["2018", "2025"]:
        fail("front pages %s" % [g["issue_date"] for g in fronts])
    for f in fronts:
        if not f["page_count"]:
            fail("front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail("front page %s jumps nowhere" % f["source"])
        twins = [g for g in golds.values() if g["issue_date"] == f["issue_date"] and g is not f
                 and any(a["continued"].startswith("上接1版") for a in g["articles"])]
        if not twins:
            fail("no page 2 for the front page of %s" % f["issue_date"])

    # 4. seed-phrase rule
    seed_w = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(gp.read_text(encoding="utf-8"))):
            seed_w.update(windows(blank(t)))
    bad = []
    for stem, g in golds.items():
        for t in texts_of(g):
            for w in windows(blank(t)):
                if w in seed_w:
                    bad.append((stem[:3], w))
    if bad:
        for b in bad[:40]:
            print("  shared with the seeds:", *b)
        fail("%d 6-character runs shared with the seeds" % len(bad))
    print("check passed")


if __name__ == "__main__":
    main()
