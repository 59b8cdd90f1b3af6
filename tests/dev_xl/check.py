#!/usr/bin/env python3
"""Verify the test set: shape, seed-phrase rule, and a perfect export scoring 1.000.

    python3 check.py        (after python3 compose.py)
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
PAGES, GOLD = HERE / "pages", HERE / "gold"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases every page of the paper uses
GENERIC = """
习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 湖南日报 全媒体记者 全媒体评论员
通讯员 评论员 相关负责人 主要负责人 负责人介绍 负责人表示 负责人说 省委书记 省委副书记 省长 副省长
省委常委 省人大常委会 人大常委会 常委会 省政协 政协 省政府 省委 省人社厅 人力资源和社会保障厅
住房和城乡建设厅 省住房和城乡建设厅 省发展改革委 省财政厅 省水利厅 省应急管理厅 省气象局 省商务厅
省工信厅 省自然资源厅 长株潭 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
娄底 湘西土家族苗族自治州 湘西 湖南省 湖南 全省 我省 全国 中部 高质量发展 现代化新湖南 三高四新
战略定位和使命任务 两个确立 两个维护 四个意识 四个自信 决定性意义 新时代 社会主义 乡村振兴
同比增长 比上年增长 百分点 亿元 万元 今年以来 据了解 据悉 会议指出 会议强调 会议要求 近年来 记者从
获悉 今天 召开 人力资源服务 国家级先进制造业集群 国家先进制造业集群 先进制造业集群 工业和信息化部 省工业和信息化厅 工业和信息化 规模以上 先进制造业高地 国家重要先进制造业高地 同比分别增长 同比分别 非物质文化遗产 各级各部门 广大党员干部 年度目标任务 完成年度目标任务 生态环境保护 深入学习贯彻 增进民生福祉 保障和改善民生 人民群众 委员会副主任 委员会主任 专题调研 开展专题调研 基础设施 出席 讲话 在长沙召开 在长沙举行 工作会议 座谈会 全体会议 十四五 十五五 一季度
""".split()
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = unicodedata.normalize("NFKC", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def texts(g):
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main():
    fails = []
    golds = sorted(GOLD.glob("*.json"))
    pages = sorted(PAGES.glob("*.txt"))
    if len(golds) != 14 or len(pages) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    srcmeta = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta = {}
        for line in src.read_text(encoding="utf-8").splitlines():
            if line.startswith("@a "):
                break
            if ":" in line and not line.startswith(("#", "@")):
                k, _, v = line.partition(":")
                meta[k.strip()] = v.strip()
        srcmeta["%03d" % int(src.stem[1:])] = meta
    # seed n-grams
    seed_grams = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            b = blank(t)
            for i in range(len(b) - 5):
                seed_grams.add(b[i:i + 6])
    export = {"articles": [], "sources": []}
    for gf in golds:
        raw_gold = gf.read_text(encoding="utf-8")
        g = json.loads(raw_gold)
        name = g["source"]
        num = name[:3]
        pf = PAGES / name
        if not pf.exists():
            fails.append(f"{name}: page file missing")
            continue
        text = pf.read_text(encoding="utf-8")
        if name != f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt" or gf.stem != pf.stem:
            fails.append(f"{name}: file name is not NNN_ + sha256[:16]")
        if list(g) != KEYS:
            fails.append(f"{name}: gold keys {list(g)}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw_gold:
            fails.append(f"{name}: gold not in indent=1 / ensure_ascii=False form")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{name}: {n} characters (want 4500-6500)")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fails.append(f"{name}: {na} articles (want 7-13)")
        meta = srcmeta.get(num, {})
        layouts[meta.get("layout")] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] or g["page_count"]:
            fronts.append((g["issue_date"], name))
        for a in g["articles"]:
            if list(a) != AKEYS:
                fails.append(f"{name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fails.append(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fails.append(f"{name}: subhead not in paragraphs: {s}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", p):
                    fails.append(f"{name}: space between CJK in a gold paragraph: {p[:30]}")
        # seed-phrase rule
        for t in texts(g):
            b = blank(t)
            for i in range(len(b) - 5):
                w = b[i:i + 6]
                if len(CJK_RE.findall(w)) >= 5 and w in seed_grams:
                    fails.append(f"{name}: shares a seed phrase: {w!r} in {t[:24]!r}")
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "title_derived": False}
            for k in AKEYS:
                if k != "subheads":
                    e[k] = a[k]
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if sorted(layouts.items()) != [("column", 7), ("paragraph", 7)]:
        fails.append(f"layouts {dict(layouts)} (want 7 + 7)")
    if set(years) != {"2016", "2017", "2022", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    fyears = sorted(d[:4] for d, _ in fronts)
    if fyears != ["2017", "2025"]:
        fails.append(f"front pages {fronts}")
    # each front page jumps to its page 2 in the set
    for d, name in fronts:
        g = json.loads((GOLD / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        downs = [a["continued"] for a in g["articles"] if "下转2版" in a["continued"]]
        p2 = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        ups = [a for x in p2 if x["issue_date"] == d and x["source"] != name
               for a in x["articles"] if a["continued"].startswith("上接1版")]
        if not downs or len(ups) < len(downs):
            fails.append(f"{name}: front page jumps {downs} not matched by 上接1版 on page 2")
    # exact coverage and the converse: every raw line is in the gold, every gold text is on its page
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (PAGES / g["source"]).read_text(encoding="utf-8")
        strings = g["extras"] + g["duplicates"]
        for a in g["articles"]:
            strings += [a[k] for k in AKEYS if isinstance(a[k], str) and k != "kind"] + a["paragraphs"]
        hay = "\0".join(squash(x) for x in strings)
        for line in raw.splitlines():
            sq = squash(line)
            if score.covered(sq, hay) != len(sq):
                fails.append(f"{g['source']}: raw line not fully in the gold: {line.strip()[:30]!r}")
        page_sq = squash(raw)
        for x in strings:
            sq = squash(x)
            if score.covered(sq, page_sq) != len(sq):
                fails.append(f"{g['source']}: gold text not on the page: {x[:30]!r}")
    # the set rebuilds byte-for-byte from its sources
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        import shutil
        shutil.copytree(HERE / "src", t / "src")
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, t / f)
        r0 = subprocess.run([sys.executable, str(t / "compose.py")], capture_output=True, text=True)
        if r0.returncode:
            fails.append("compose.py failed in a clean copy: " + r0.stderr[-200:])
        else:
            for sub in ("pages", "gold"):
                mine = sorted(p.name for p in (HERE / sub).iterdir())
                theirs = sorted(p.name for p in (t / sub).iterdir())
                if mine != theirs:
                    fails.append(f"{sub}/ differs from a clean rebuild")
                    continue
                for n in mine:
                    if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                        fails.append(f"{sub}/{n} differs from a clean rebuild")
            if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
                fails.append("README.md differs from a clean rebuild")
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep), str(GOLD),
                            "--pages", str(PAGES), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            fails.append("scorer problem: " + line.strip())
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"\d\.\d{3}", parts[1]) and parts[1] != "1.000":
            fails.append(f"figure {parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fails.append("cjk_space_left not 0")
    if r.returncode:
        fails.append(f"scorer exit {r.returncode}: {r.stderr[-300:]}")
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"check failed ({len(fails)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
