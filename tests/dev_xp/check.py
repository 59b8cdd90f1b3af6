#!/usr/bin/env python3
"""Verify the dev_xp test set; prints `check passed` when everything holds.

- the files on disk are exactly what compose.py builds (byte for byte);
- a perfect segmenter's export (every gold article; each page's extras and
  duplicates) scores 1.000 on every figure of /work/shared/tools/score.py,
  coverage 1.000, cjk_space_left 0, and no problem line;
- the set's shape: 14 pages, 7 per layout, years 2015/2017/2020/2023/2026 with
  2-3 pages each, two front pages (2017, 2023) jumping to their page 2 in the
  set, 4,500-6,500 characters and 7-13 articles a page, file names NNN_sha16;
- gold files in the seeds' exact JSON form (indent=1, key order);
- no run of 6 characters holding at least 5 Chinese characters is shared with
  the seeds' gold headlines and paragraphs (after blanking generic words).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2015", "2017", "2020", "2023", "2026"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]

# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any story of the paper may share with the seeds.
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新华社 华声在线 新湖南客户端
中共中央 党中央 国务院 全国人大 全国政协 省委 省政府 省人大常委会 省政协 省纪委监委
省委常委 省委书记 副省长 省长 常务副省长 秘书长 省领导 副主任 主任 副主席 主席 负责人
相关负责人 有关负责人 主要负责人 负责同志 有关部门 职能部门 各级各部门
省发展改革委 省工信厅 省商务厅 省交通运输厅 省卫生健康委 省卫健委 省教育厅 省财政厅
省自然资源厅 省农业农村厅 省文化和旅游厅 省人社厅 省应急管理厅 省市场监管局 省气象局
长沙海关 长株潭 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市
永州市 怀化市 娄底市 湘西土家族苗族自治州 湘西州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德
张家界 益阳 郴州 永州 怀化 娄底 湘西 湖南省 湖南 全省 我省 北京 中国 全国
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 高质量发展 三高四新
现代化新湖南 国家重要先进制造业高地 新质生产力 乡村振兴 产业链 供应链 数字经济
规模以上工业 规模工业增加值 同比增长 比上年增长 百分点 亿元 万元 万亿元 个百分点
今年以来 近年来 据了解 据悉 记者了解到 与此同时 下一步 截至目前 日前 近日 今天
会议强调 会议指出 会议要求 出席会议 在长沙召开 在长沙举行 召开 举行 出席 讲话
工业互联网 人工智能 新能源汽车 先进制造业 中小企业 专精特新 产业园区 园区
湘商回归 内陆地区改革开放 航空发动机 轨道交通 湘粤非铁海联运 社会消费品零售总额 人均可支配收入 公共服务平台 基础设施建设 技工贸总收入 劳动密集型 外商投资企业 智能制造 现场签约 高新技术企业 高新技术产业 增加值 轨道交通装备 工程机械 电子信息 生物医药 新一代信息技术 政府工作报告 全国人大代表 全国政协委员 人大代表 政协委员 代表团 全体会议 以旧换新 招商引资 营商环境 进出口 外贸 一带一路 中欧班列 中非经贸
""".split()

CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u25a1" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main() -> int:
    built = compose.build()
    pages_dir, gold_dir = HERE / "pages", HERE / "gold"

    # 1. byte-for-byte rebuild
    want_p = {f"{n}.txt": t for n, t, _, _ in built}
    want_g = {f"{n}.json": compose.gold_json(g) for n, _, g, _ in built}
    have_p = {f.name: f.read_text(encoding="utf-8") for f in pages_dir.glob("*")}
    have_g = {f.name: f.read_text(encoding="utf-8") for f in gold_dir.glob("*")}
    if want_p != have_p:
        fail("pages/ differ from what compose.py builds")
    if want_g != have_g:
        fail("gold/ differ from what compose.py builds")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(built):
        fail("README.md differs from what compose.py builds")

    # 2. shape (skipped with --partial while pages are being written)
    partial = "--partial" in sys.argv
    if partial:
        pass
    elif len(built) != 14:
        fail(f"{len(built)} pages, want 14")
    layouts = Counter(c.layout for *_, c in built)
    if partial:
        pass
    elif layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for _, _, g, _ in built)
    if partial:
        pass
    elif set(years) != YEARS or any(not 2 <= v <= 3 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = []
    for i, (name, text, g, c) in enumerate(built, start=1):
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name) or int(name[:3]) != i:
            fail(f"bad name {name}")
        if hashlib.sha256(text.encode()).hexdigest()[:16] != name[4:]:
            fail(f"hash of {name}")
        n = compose.nchars(text)
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if list(g) != KEYS or any(list(a) != AKEYS for a in g["articles"]):
            fail(f"{name}: key order")
        raw = json.loads(have_g[f"{name}.json"])
        if json.dumps(raw, ensure_ascii=False, indent=1) + "\n" != have_g[f"{name}.json"]:
            fail(f"{name}: json form")
        for a in g["articles"]:
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{name}: subhead not among paragraphs")
            if not a["paragraphs"]:
                fail(f"{name}: article without paragraphs")
        if g["issue_number"] is not None:
            fronts.append((g, c))
    if not partial and sorted(g["issue_date"][:4] for g, _ in fronts) != ["2017", "2023"]:
        fail("front pages must be one in 2017 and one in 2023")
    for g, c in fronts:
        if c.page["meta"].get("page") != "1" or not g["page_count"]:
            fail("front page without page number / page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]):
            fail("front page without a 下转2版 jump")
        twos = [g2 for _, _, g2, c2 in built
                if g2["issue_date"] == g["issue_date"] and c2.page["meta"].get("page") == "2"]
        if not twos or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                               for a in twos[0]["articles"]):
            fail(f"page 2 of {g['issue_date']} missing or without 上接1版")

    # 3. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(s)
    clashes = []
    for name, _, g, _ in built:
        for a in g["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                shared = grams(s) & seed
                if shared:
                    clashes.append(f"{name}: {sorted(shared)[:5]} in {s[:24]!r}")
    if clashes:
        print("\n".join(clashes))
        fail(f"{len(clashes)} texts share seed phrases")

    # 4. the perfect export scores 1.000
    arts, srcs = [], []
    for name, _, g, _ in built:
        for a in g["articles"]:
            e = dict(a)
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(gold_dir),
                            "--pages", str(pages_dir), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"\d+\.\d{3}", parts[1]):
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk spaces left")
        if parts and parts[0] == "coverage" and parts[1] != "1.000":
            fail("coverage")
    print("check passed" + (" (partial: shape not checked)" if partial else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
