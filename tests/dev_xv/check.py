#!/usr/bin/env python3
"""Verify this test set; prints `check passed` or the reasons it fails.

1. compose.py rebuilds pages/, gold/, furniture.json and README.md byte for byte;
2. the set's shape: 14 pages named NNN_<sha256[:16]>, 7 per layout, the years and
   front pages of the brief, 4,500-6,500 characters and 7-13 articles a page;
3. the export a perfect segmenter would print scores 1.000 on every figure with
   coverage 1.000 and no problem line (../../shared/tools/score.py -v);
4. no 6-character run holding 5+ Chinese characters is shared with the seeds'
   gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2016": (3, 4), "2018": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2016", "2022"}
CJK = re.compile(r"[\u4e00-\u9fff]")

# generic words blanked before the seed-phrase comparison: institution names,
# place names, set phrases and statistical terms every economic page prints
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 中国特色社会主义 党的二十大精神 党中央 国务院
社会消费品零售总额 规模以上工业增加值 规模以上 进出口总值 进出口总额 同比增长 同比下降 比上年增长
个百分点 同比分别增长 分别增长 高质量发展 现代化新湖南 三高四新 出席会议并讲话 出席并讲话 政府工作报告 在长沙举行 在长沙召开
高于全国 工作会议 以旧换新 中欧班列 陆海新通道 西部陆海新通道
湖南日报 全媒体记者 相关负责人 有关负责人 负责人介绍 负责人表示 新一代信息技术
省商务厅 省工信厅 省发展改革委 省文化和旅游厅 省教育厅 省交通运输厅 省市场监管局
长沙海关 星沙海关 长株潭 先进制造业 产业链供应链 人工智能 数字经济 工业互联网
中非经贸博览会 中非经贸 一带一路 新能源汽车 跨境电商 乡村振兴 农业农村 全省上下
国家级 省级 全省各级 各级各部门 湘西土家族苗族自治州 长沙市 株洲市 湘潭市 衡阳市
岳阳市 怀化市 郴州市 常德市 张家界 城陵矶 自贸试验区 综合保税区 综保区 黄花机场
公共文化服务体系 图书馆 博物馆 文化馆 美术馆 二十大 十四五 十五五 会议强调 会议指出
会议要求 会议提出 海关高级认证企业 我省将 家装厨卫 数码产品购新补贴 智能手表 带动销售额 在长沙开幕 重要组成部分 人力资源和社会保障厅 县域商业 湘粤非铁海联运 目标任务 稳外贸稳外资 外商投资企业 深度合作先行区 基础设施建设 国家和地区 进出口实绩 劳动密集型产品 大宗商品 国际陆港 轨道交通装备 经贸合作 走出去 引进来 据了解 据介绍 近年来 今年以来 与此同时 记者从 获悉 在长沙召开
""".split(), key=len, reverse=True)


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ------------------------------------------------------------- 1. rebuild ---
def check_rebuild():
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds (run compose.py)")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")
    return files


# --------------------------------------------------------------- 2. shape ---
def check_shape():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages and {len(golds)} gold files, want 14 of each")
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, layout = compose.parse(src)
        metas[meta["seq"]] = meta
    if sorted(metas) != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {sorted(metas)}")
    layouts = Counter()
    years = Counter()
    fronts = []
    golddata = {}
    for p, g in zip(pages, golds):
        text = p.read_text(encoding="utf-8")
        seq, h = p.stem.split("_")
        if h != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] or len(h) != 16:
            fail(f"{p.name}: name is not the hash of its text")
        if g.stem != p.stem:
            fail(f"{g.name} does not pair with {p.name}")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{g.name}: not in the seeds' dump format (indent=1, ensure_ascii=False)")
        if list(d) != KEYS:
            fail(f"{g.name}: keys {list(d)}")
        for a in d["articles"]:
            if list(a) != AKEYS:
                fail(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{g.name}: subhead {s!r} is not among the paragraphs")
            if not a["paragraphs"]:
                fail(f"{g.name}: article without paragraphs")
        if d["source"] != p.name:
            fail(f"{g.name}: source {d['source']}")
        meta = metas[seq]
        if d["issue_date"] != meta["date"]:
            fail(f"{g.name}: issue date")
        layouts[meta["layout"]] += 1
        years[meta["date"][:4]] += 1
        n = len(d["articles"])
        chars = len(re.sub(r"\s", "", text))
        if not 7 <= n <= 13:
            fail(f"{p.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        if d["issue_number"]:
            if not d["page_count"] or not re.search(f"第{d['issue_number']}号", squash(text)) \
                    or f"今日{d['page_count']}版" not in squash(text):
                fail(f"{p.name}: masthead does not print its issue number and page count")
            fronts.append((meta, d))
        golddata[p.name] = (meta, d, text)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages of {y}")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if sorted(m["date"][:4] for m, _ in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages in {[m['date'] for m, _ in fronts]}")
    for meta, d in fronts:
        if not any(a["continued"] == "下转2版" for a in d["articles"]):
            fail(f"front page {meta['date']} jumps to no page 2")
        twos = [g for m, g, _ in golddata.values() if m["date"] == meta["date"] and m["pageno"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                                     for a in twos[0]["articles"]):
            fail(f"page 2 of {meta['date']} holds no 上接1版 continuation")
    return golddata


# --------------------------------------------------------------- 3. score ---
def perfect_export(golddata) -> dict:
    furniture = json.loads((HERE / "furniture.json").read_text(encoding="utf-8"))
    arts, sources = [], []
    for name, (meta, d, _) in sorted(golddata.items()):
        for a in d["articles"]:
            b = {"source": name, "issue_date": d["issue_date"]}
            b.update({k: v for k, v in a.items()})
            b["title_derived"] = False
            arts.append(b)
        sources.append({"source": name, "issue_date": d["issue_date"],
                        "extras": d["extras"] + d["duplicates"] + furniture.get(name, [])})
    return {"articles": arts, "sources": sources}


def uncovered(exp) -> list[str]:
    """Raw lines the perfect export does not cover (to mend a layout)."""
    sys.path.insert(0, str(SCORER.parent))
    import score
    out = []
    for src in exp["sources"]:
        arts = [a for a in exp["articles"] if a["source"] == src["source"]]
        hay = "\0".join(score.squash(x) for x in score.strings_in(arts) + score.strings_in(src))
        for line in (HERE / "pages" / src["source"]).read_text(encoding="utf-8").splitlines():
            q = score.squash(line)
            if score.covered(q, hay) < len(q):
                out.append(f"{src['source'][:3]} {line!r}")
    return out


def check_score(golddata):
    exp = perfect_export(golddata)
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(ep), str(HERE / "gold"), "--pages", str(HERE / "pages")]
        out = subprocess.run(args + ["-v"], capture_output=True, text=True)
        js = subprocess.run(args + ["--json"], capture_output=True, text=True)
    print(out.stdout.rstrip())
    if out.returncode or js.returncode:
        fail("scorer failed: " + out.stderr[-500:])
    if "---" in out.stdout:
        fail("scorer lists problems")
    figs = json.loads(js.stdout[:js.stdout.rindex("}") + 1])
    if figs["coverage"] != 1.0:
        fail(f"coverage {figs['coverage']}: " + "; ".join(uncovered(exp)))
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fail(f"cjk_space_left {v}")
        elif v is not None and abs(v - 1.0) > 1e-12:
            fail(f"{k} = {v}")
    for line in out.stdout.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and m.group(1) not in ("cjk_space_left",) and m.group(2) != "1.000":
            fail(f"printed {line}")


# ------------------------------------------------------------ 4. phrases ---
def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "□")
    return re.sub(r"\s+", "", s)


def grams(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" not in g and len(CJK.findall(g)) >= 5:
            yield g


def texts(d: dict):
    for a in d["articles"]:
        yield a["kicker"]
        yield a["title"]
        yield a["subtitle"]
        yield from a["paragraphs"]


def check_phrases(golddata):
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            seed.update(grams(squash(t)))
    bad = []
    for name, (_, d, _) in sorted(golddata.items()):
        for t in texts(d):
            for g in grams(squash(t)):
                if g in seed:
                    bad.append(f"{name[:3]} {g}")
    if bad:
        fail("phrases shared with the seeds: " + ", ".join(sorted(set(bad))))


def main():
    check_rebuild()
    golddata = check_shape()
    check_phrases(golddata)
    check_score(golddata)
    print("check passed")


if __name__ == "__main__":
    main()
