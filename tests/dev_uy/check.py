#!/usr/bin/env python3
"""Verify the dev_uy test set; prints `check passed` or the reasons it fails.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape (pages, layouts, years, front pages and their jumps, sizes);
3. the export a perfect segmenter would print scores 1.000 everywhere, with no
   problem line, under /work/shared/tools/score.py;
4. no run of 6 characters holding 5 or more Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
"""
from __future__ import annotations

import datetime
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

YEARS = {2016: (3, 4), 2018: (3, 4), 2021: (3, 4), 2025: (3, 4)}
FRONT_YEARS = {2018, 2021}

# words any Hunan Daily page uses; blanked on both sides before comparing runs
GENERIC = sorted("""
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 记者 湖南省 湖南 长沙市 株洲市 湘潭市 衡阳市
郴州市 岳阳市 怀化市 常德市 益阳市 娄底市 邵阳市 永州市 张家界市 湘西土家族苗族自治州
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 省委书记 省委副书记 省领导 秘书长
相关负责人 负责人介绍 负责人表示 高质量发展 习近平总书记 习近平新时代中国特色社会主义思想
党的二十大精神 党中央 国务院 社会主义现代化新湖南 三高四新 美好蓝图 在长沙召开 在长沙举行
出席并讲话 同比增长 比上年增长 个百分点 规模以上 今年以来 近年来 据了解 据介绍 获悉
工业互联网 先进制造业 产业链 有限公司 省工信厅 省商务厅 省发展改革委 中央八项规定精神
新一代信息技术 人工智能 一带一路 乡村振兴 数字经济 以旧换新 进出口总值 长株潭
会议强调 会议指出 会议要求 工作会议 今年我省 我省将 全省各级 各级各部门
高新技术企业 轨道交通装备 轨道交通 个国家和地区 同比分别增长 工业增加值 工程研究中心 现场签约 会议透露
深入学习贯彻 关键核心技术 落实主体责任 非物质文化遗产
生物医药 电子信息 农村人居环境 基础设施建设 科技型中小企业 若干政策措施 年度目标任务 重要抓手 创新平台
政府工作报告 全国两会 技术合同成交额 加大研发投入 十四五 关键技术 清醒看到 道路交通安全
中南大学 湖南大学 湖南师范大学 省级以上 科技创新 采访
省应急管理厅 省自然资源厅 省地质院 省科技厅 省住房城乡建设厅 省农业农村厅 省生态环境厅 省工业和信息化厅
规模性返贫 解决实际问题 中联重科 三一重工 专精特新 小巨人 核心竞争力 高层次人才 企业技术中心
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for w in GENERIC:
        s = s.replace(unicodedata.normalize("NFKC", w), "\u0001")
    return s


def runs(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def seed_runs() -> set[str]:
    out: set[str] = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= runs(norm(t))
    return out


def main() -> int:
    fails: list[str] = []

    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fails.append(f"{rel} differs from what compose.py builds")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fails.append(f"stray file {d}/{p.name}")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = {json.loads(g.read_text(encoding="utf-8"))["source"]: json.loads(g.read_text(encoding="utf-8"))
             for g in sorted((HERE / "gold").glob("*.json"))}
    metas = {}
    for sp in sorted(compose.SRC.glob("p*.txt")):
        meta = compose.parse_source(sp)["meta"]
        metas[meta["file"]] = meta
    if len(pages) != 14:
        fails.append(f"{len(pages)} pages, want 14")
    layouts = Counter()
    years = Counter()
    fronts = []
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fails.append(f"{p.name}: name is not NNN_<sha256[:16]> of its text")
        g = golds.get(p.name)
        if g is None:
            fails.append(f"{p.name}: no gold")
            continue
        if (HERE / "gold" / (p.stem + ".json")).exists() is False:
            fails.append(f"{p.name}: gold file not named after the page")
        meta = metas[p.name[:3]]
        layouts[meta["layout"]] += 1
        years[datetime.date.fromisoformat(g["issue_date"]).year] += 1
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters, want 4500-6500")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fails.append(f"{p.name}: {na} articles, want 7-13")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{p.name}: gold keys out of order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{p.name}: article keys out of order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{p.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fails.append(f"{p.name}: subhead {sh} not among the paragraphs")
        if g["issue_number"]:
            fronts.append((g["issue_date"], p.name, g))
            if meta["pageno"] != "1" or not g["page_count"]:
                fails.append(f"{p.name}: front page without page 1 / page count")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}, want 7 + 7")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fails.append(f"{years[y]} pages of {y}, want {lo}-{hi}")
    if set(years) - set(YEARS):
        fails.append(f"pages of other years: {set(years) - set(YEARS)}")
    if {int(d[:4]) for d, _, _ in fronts} != FRONT_YEARS or len(fronts) != 2:
        fails.append(f"front pages {[(d, n) for d, n, _ in fronts]}, want one in each of {FRONT_YEARS}")
    for d, name, g in fronts:
        jumps = [a for a in g["articles"] if "下转2版" in a["continued"]]
        p2 = [n for n, gg in golds.items() if gg["issue_date"] == d and metas[n[:3]]["pageno"] == "2"]
        if not jumps or len(p2) != 1:
            fails.append(f"{name}: front page jump or its page 2 missing")
            continue
        conts = [a for a in golds[p2[0]]["articles"] if "上接1版" in a["continued"]]
        if not conts:
            fails.append(f"{p2[0]}: no 上接1版 continuation")

    # 3. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fails.append(f"score.py exited {r.returncode}: {r.stderr.strip()}")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem line: {line.strip()}")
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if k == "untitled_ok" and figs.get(k) == "None":
            continue
        if figs.get(k) != "1.000":
            fails.append(f"{k} = {figs.get(k)}, want 1.000")
    if figs.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # every character of every raw line is in the gold (the scorer's own measure)
    sys.path.insert(0, str(SCORE.parent))
    import score
    for name, g in golds.items():
        strings = score.strings_in(g["articles"]) + g["extras"] + g["duplicates"]
        hay = "\0".join(score.squash(x) for x in strings)
        for line in (HERE / "pages" / name).read_text(encoding="utf-8").splitlines():
            sq = score.squash(line)
            lost = len(sq) - score.covered(sq, hay)
            if lost > 0 and not re.match(r"[▷▶▲◀(（]*[上下紧][接转]\d+版[①-⑩]?[)）]?", sq):
                fails.append(f"{name}: {lost} characters of {line.strip()[:30]!r} in no gold field")

    # 4. seed phrases
    seeds = seed_runs()
    for name, g in golds.items():
        texts = g["extras"] + g["duplicates"]
        for a in g["articles"]:
            texts += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline")] + a["paragraphs"]
        for t in texts:
            shared = sorted(runs(norm(t)) & seeds)
            if shared:
                fails.append(f"{name}: shares {shared[:3]} with the seeds in {t[:30]!r}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
