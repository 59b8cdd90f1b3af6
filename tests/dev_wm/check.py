#!/usr/bin/env python3
"""Verify the dev_wm test set; prints `check passed` when every rule holds.

- compose.py rebuilds pages/, gold/ and README.md byte for byte;
- the export a perfect segmenter would print (every gold article; each page's
  extras and duplicates) scores 1.000 everywhere with the shared scorer, no
  problem line, coverage 1.000, no CJK spaces left;
- the set's shape: 14 pages, 7 per layout, years, front pages and their jumps,
  4,500-6,500 characters and 7-13 articles a page, file names, gold format;
- no 6-character run (>= 5 Chinese characters) shared with the seeds' gold
  headlines and paragraphs, after blanking a short list of generic words.
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
SCORER = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2018": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2018", "2025"}

# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page prints.
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 评论员 习近平新时代中国特色社会主义思想 党的二十大精神
省委常委 省委书记 省长 副省长 省政协 省人大常委会 省政府 省委 省发展改革委 省商务厅 省科技厅
省教育厅 省生态环境厅 省农业农村厅 省工信厅 省人社厅 省市场监管局 长沙海关 海关总署
湖南省 长株潭 长沙市 长沙 湘江 洞庭湖 岳阳 常德 益阳 株洲 湘潭 衡阳 郴州 永州 怀化 邵阳 娄底
张家界 湘西土家族苗族自治州 中国 全国 全省 我省 今年 去年 同比增长 增长 亿元 万元 个百分点
高质量发展 相关负责人 负责人介绍 据介绍 据了解 记者了解到 记者获悉 记者从 会议强调 会议指出
会议要求 重要讲话 重要指示 精神 新湖南 三高四新 美好蓝图 先进制造业 进出口 规模以上
乡村振兴 海关高级认证企业 高级认证企业 深度合作先行区 现代化产业体系 重要组成部分 锂电池 先进储能材料 工业和信息化 国家级专精特新“小巨人”企业 专精特新 “小巨人” 单项冠军 科技型中小企业 关键核心技术 中小航空发动机 研发投入 先进计算 企业技术中心 轨道交通装备 中非经贸 个国家和地区 外商投资企业 劳动密集型产品 负责人说 “走出去” “主力军” 农产品 工作领导小组 技术合同成交额 新产品销售收入 高新技术企业 生态环境保护 各级党委、政府 高新技术产品 新能源汽车 公共文化服务 各级各部门 前沿 产业链 供应链 创新 发展 建设 推动 推进 加快 聚焦 全面 深入 持续 进一步
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")

fails: list[str] = []


def fail(msg: str):
    fails.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC_WORDS:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def texts(art: dict) -> list[str]:
    return [art.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(art.get("paragraphs") or [])


def check_rebuild():
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), td], capture_output=True, text=True)
        if r.returncode:
            fail(f"compose.py failed: {r.stderr[-400:]}")
            return
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            theirs = sorted(p.name for p in (Path(td) / sub).iterdir())
            if mine != theirs:
                fail(f"{sub}/ differs from a fresh build")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fail("README.md differs from a fresh build")


def check_score(golds: dict[str, dict]):
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        for a in g["articles"]:
            export["articles"].append({"source": g["source"], "issue_date": g["issue_date"],
                                       "title_derived": False, **a})
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    figs = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem: {line.strip()}")
    for k in ("seg_f1", "seg_precision", "seg_recall", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"scorer {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    return out


def check_shape(golds: dict[str, dict]):
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [p.name for p in srcs] != [f"p{i:02d}.txt" for i in range(1, 15)]:
        fail("src/ must hold p01.txt … p14.txt")
    layouts = Counter()
    years = Counter()
    fronts = []
    by_date = {}
    for i, p in enumerate(pages, start=1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_<sha256[:16]>")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            fail(f"{p.name}: no gold")
            continue
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if raw != json.dumps(g, indent=1, ensure_ascii=False) + "\n":
            fail(f"{gp.name}: not written with indent=1, ensure_ascii=False")
        if list(g) != KEYS:
            fail(f"{gp.name}: key order {list(g)}")
        if g["source"] != p.name:
            fail(f"{gp.name}: source field")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fail(f"{gp.name}: article key order {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if squash(sh) not in [squash(x) for x in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead {sh!r} not among the paragraphs")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        src = srcs[i - 1].read_text(encoding="utf-8") if i <= len(srcs) else ""
        lay = re.search(r"^layout:\s*(\w+)", src, re.M).group(1)
        pageno = re.search(r"^page:\s*(\d+)", src, re.M).group(1)
        layouts[lay] += 1
        years[g["issue_date"][:4]] += 1
        by_date.setdefault(g["issue_date"], []).append((pageno, g))
        if g["issue_number"] is not None or g["page_count"] is not None:
            fronts.append((g, pageno))
            if pageno != "1" or not g["issue_number"] or not g["page_count"]:
                fail(f"{p.name}: front page needs page 1, issue number and page count")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS:
        fail("two front pages, in 2018 and 2025, are required")
    for g, _ in fronts:
        down = [a for a in g["articles"] if a["continued"] == "下转2版"]
        p2 = [pg for no, pg in by_date[g["issue_date"]] if no == "2"]
        up = [a for pg in p2 for a in pg["articles"] if a["continued"].startswith("上接1版")]
        if not down or not p2 or len(up) < len(down):
            fail(f"front page of {g['issue_date']}: jump to its page 2 not matched")


def check_seed_phrases(golds: dict[str, dict]):
    seed = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in texts(a):
                seed.update(grams(blank(t)))
    hits = Counter()
    for name, g in golds.items():
        for a in g["articles"]:
            for t in texts(a) + [a["column"], a["byline"], a["dateline"]] + a["subheads"]:
                for gr in grams(blank(t)):
                    if gr in seed:
                        hits[(name[:3], gr)] += 1
    for (n, gr), c in sorted(hits.items()):
        fail(f"{n}: shares {gr!r} with the seeds")


def main():
    check_rebuild()
    golds = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))}
    out = check_score(golds)
    check_shape(golds)
    check_seed_phrases(golds)
    print(out.rstrip())
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
