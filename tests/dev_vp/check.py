#!/usr/bin/env python3
"""Verify the dev_vp test set; prints `check passed` or the reasons it fails.

    python3 check.py            full check (run after python3 compose.py)
    python3 check.py --phrases  only list runs shared with the seeds
"""
from __future__ import annotations

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

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# Generic words blanked before comparing with the seeds: institution names, place
# names and set phrases any story of the paper may use.
GENERIC = """
习近平总书记 习近平新时代中国特色社会主义思想 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 湖南日报 全媒体记者 全媒体评论员 通讯员 新华社
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 岳阳市 岳阳 常德 益阳 娄底
郴州 永州 怀化 邵阳 张家界 湘西土家族苗族自治州 醴陵 浏阳 湘江新区 长株潭
省人社厅 省人力资源和社会保障厅 省发展改革委 省工信厅 省商务厅 省住房城乡建设厅 省市场监管局
省体育局 省财政厅 省教育厅 省卫生健康委 省农业农村厅 长沙海关 海关总署 省统计局
相关负责人 负责人介绍 负责人表示 高质量发展 同比增长 规模以上 百分点 市场主体 营商环境
中小企业 民营企业 民营经济 以旧换新 乡村振兴 三高四新 二十大精神 党的二十大 十四五 十五五
全省各级 各市州 各级各部门 据了解 据悉 记者从 今年以来 近年来 截至目前 亿元 万元 万人
省应急管理厅 生产经营单位 先进陶瓷 会议强调 专精特新 小巨人 电子元器件 湖南大学 中南大学 领导小组 产业增加值 增加值增长 社会消费品零售总额 重点行业领域 出席会议并讲话 出席并讲话 湘商回归 新中国成立 生态环境保护 非物质文化遗产 会议要求 工业和信息化厅 劳动密集型 基础设施建设 国家和地区 今年我省 今年，我省 企业和群众 连日来 重要抓手 年度目标任务 人工智能 数字经济 新能源汽车 工程机械 产业链 先进制造业 新型工业化 一带一路 跨境电商
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted((squash(g) for g in GENERIC), key=len, reverse=True):
        s = s.replace(w, "\x00")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\x00" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for k in ("kicker", "title", "subtitle"):
                out |= grams(blank(a[k]))
            for p in a["paragraphs"]:
                out |= grams(blank(p))
    return out


def phrase_hits(files: dict) -> list[str]:
    sg = seed_grams()
    hits = []
    for rel, data in sorted(files.items()):
        if rel.startswith("gold/"):
            g = json.loads(data)
            texts = [a[k] for a in g["articles"] for k in ("kicker", "title", "subtitle")]
            texts += [p for a in g["articles"] for p in a["paragraphs"]]
        elif rel.startswith("pages/"):
            texts = data.decode("utf-8").splitlines()
        else:
            continue
        for line in texts:
            common = grams(blank(line)) & sg
            for g in sorted(common):
                hits.append(f"{rel}: {g!r} in {line.strip()[:40]!r}")
    return hits


def covered(s: str, hay: str) -> int:
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


def main(argv):
    files = compose.build()
    if "--phrases" in argv:
        hits = phrase_hits(files)
        print("\n".join(hits) or "no shared runs")
        return 0
    fail = []

    # 1. the files on disk are exactly what compose.py builds
    disk = {}
    for sub in ("pages", "gold"):
        for f in sorted((HERE / sub).glob("*")):
            disk[f"{sub}/{f.name}"] = f.read_bytes()
    if (HERE / "README.md").exists():
        disk["README.md"] = (HERE / "README.md").read_bytes()
    if set(disk) != set(files):
        fail.append(f"files differ from a fresh build: {sorted(set(disk) ^ set(files))[:6]}")
    for rel, data in files.items():
        if rel in disk and disk[rel] != data:
            fail.append(f"{rel} is not what compose.py builds")

    # 2. shape of the set
    pages = {rel: data.decode("utf-8") for rel, data in files.items() if rel.startswith("pages/")}
    golds = {rel: json.loads(data) for rel, data in files.items() if rel.startswith("gold/")}
    if len(pages) != 14 or len(golds) != 14:
        fail.append(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    srcs = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, layout = compose.parse_source(src)
        srcs[meta["no"]] = (meta, arts)
    nos = sorted(srcs)
    if nos != [f"{i:03d}" for i in range(1, 15)]:
        fail.append(f"page numbers {nos}")
    layouts = Counter(m["layout"] for m, _ in srcs.values())
    if layouts != Counter({"column": 7, "para": 7}):
        fail.append(f"layouts {dict(layouts)}")
    years = Counter(m["date"][:4] for m, _ in srcs.values())
    if set(years) != {"2015", "2019", "2021", "2025"} or not all(3 <= n <= 4 for n in years.values()):
        fail.append(f"years {dict(years)}")
    if len({m.get("punct", "full") for m, _ in srcs.values()}) < 3:
        fail.append("punctuation width does not vary over the three styles")
    fronts = []
    for rel, text in sorted(pages.items()):
        name = Path(rel).stem
        no, digest = name.split("_")
        import hashlib
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != digest:
            fail.append(f"{rel}: name is not the hash of the text")
        g = golds.get(f"gold/{name}.json")
        if g is None:
            fail.append(f"{rel}: no gold")
            continue
        if g["source"] != f"{name}.txt":
            fail.append(f"{rel}: gold source {g['source']}")
        graw = files[f"gold/{name}.json"].decode("utf-8")
        if graw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail.append(f"{rel}: gold not written with indent=1, ensure_ascii=False")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail.append(f"{rel}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != list(FIELDS):
                fail.append(f"{rel}: article keys {list(a)}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail.append(f"{rel}: whitespace in a paragraph {p[:20]!r}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail.append(f"{rel}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail.append(f"{rel}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append((g, no))
        # every gold text comes from the page (reverse coverage)
        hay = squash(text)
        for a in g["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                s = squash(a[k])
                if s and covered(s, hay) != len(s):
                    fail.append(f"{rel}: {k} {a[k][:20]!r} not printed on the page")
            for p in a["paragraphs"]:
                s = squash(p)
                if covered(s, hay) != len(s):
                    fail.append(f"{rel}: paragraph {p[:20]!r} not printed on the page")
    if len(fronts) != 2:
        fail.append(f"{len(fronts)} front pages (want 2)")
    for g, no in fronts:
        if not g["page_count"]:
            fail.append(f"front page {no} lacks a page count")
        jump = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        nxt = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g
               and any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                       for a in h["articles"])]
        if not jump or not nxt:
            fail.append(f"front page {no}: no 下转2版 / 上接1版 pair in the set")
        elif g["issue_date"][:4] not in ("2015", "2021"):
            fail.append(f"front page {no} in {g['issue_date'][:4]}")

    # 3. cut marks are what they claim
    for no, (meta, arts) in srcs.items():
        for a in arts.values():
            for code, before, after in a.cut_codes():
                if code == "u" and not (before.isdigit() and (CJK.match(after or "") or after == "%")):
                    fail.append(f"{no}/{a.id}: figure|unit cut at {before}|{after}")
                if code == "v" and not (CJK.match(before or "") and after[:1].isdigit()):
                    fail.append(f"{no}/{a.id}: verb|figure cut at {before}|{after}")

    # every phenomenon the brief asks for occurs at least once
    need = ["space around a number run", "space after an opening quote",
            "justified line spread with spaces", "glyph-gap space before full-width punctuation",
            "headline drawn twice on one line", "headline drawn twice on two lines",
            "lines printed twice", "line break inside a byline", "headline's last words alone on a line",
            "masthead pieces merged on one line", "credit right-aligned on its own line",
            "short box line (countdown, code prompt, notice box)", "jump marker line",
            "story resumed after a piece of another story",
            "paragraph split by a column break with nothing between",
            "headline stack printed on one line", "column label on its own line",
            "line break inside a dateline's date", "line break before 通讯员",
            "headline printed after its body", "headline bunched with another story's headline",
            "photo title printed under its credit"]
    need += list(compose.CUT_NAMES.values())
    for k in need:
        if compose.STATS[k] < 1:
            fail.append(f"phenomenon never produced: {k}")

    # 4. a perfect export scores 1.000 everywhere
    arts, sources = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
        rj = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp),
                             str(HERE / "gold"), "--pages", str(HERE / "pages"), "--json"],
                            capture_output=True, text=True)
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    for k, v in figs.items():
        if isinstance(v, float) and v != 1.0:
            fail.append(f"exact figure {k} = {v!r}")
    out = r.stdout
    print(out.rstrip())
    if r.returncode or "---" in out:
        fail.append("the scorer reports problems")
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"\d\.\d{3}", parts[1]) and parts[1] != "1.000":
            fail.append(f"score {parts[0]} = {parts[1]}")
        if parts[:1] == ["cjk_space_left"] and parts[1] != "0":
            fail.append(f"cjk_space_left = {parts[1]}")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail.append("coverage is not 1.000")

    # 5. nothing taken from the seeds
    hits = phrase_hits(files)
    if hits:
        fail.append(f"{len(hits)} runs shared with the seeds, e.g. {hits[:3]}")

    if fail:
        print("\n".join("FAIL " + f for f in fail))
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
