#!/usr/bin/env python3
"""Verify the dev_ui test set; prints `check passed` when everything holds.

1. compose.build() reproduces pages/, gold/ and README.md byte for byte;
2. a perfect export built from the gold scores 1.000 everywhere with score.py;
3. the set has the required shape;
4. no 6-character run (>= 5 Chinese characters) of the gold headlines and
   paragraphs is shared with the seeds' gold (after blanking generic words).
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

FAIL: list[str] = []


def fail(msg: str):
    FAIL.append(msg)


# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases of the paper that any story must use
GENERIC = """
湖南日报 全媒体记者 评论员 通讯员 记者 新华社 华声在线 新湖南客户端
相关负责人 主要负责人 负责人 有关负责人 据了解 据悉 近年来 今年以来 去年以来 截至
同比增长 比上年增长 增长 亿元 万元 个百分点 规模以上 高质量发展 现代化新湖南
三高四新 美好蓝图 战略定位和使命任务 习近平总书记 习近平 党中央 国务院 总书记
省委 省政府 省人大常委会 省政协 省委常委 副省长 省长 书记 秘书长 副主任 主任 出席 讲话
省委书记 主席 副主席 委员会 工作会议 座谈会 在长沙召开 在长沙举行 召开 举行
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳
湘西土家族苗族自治州 湘西州 湘西 吉首 全省 我省 省级 国家级 市州 县市区 园区
生物医药 医疗器械 产业链 产业集群 先进制造业 有色金属 数字经济 新一代 人工智能
中国工程院院士 院士 联合打造 以上 以来 目前 近日 今天 当天 日前 日讯 日电
进出口 外贸 消费品 以旧换新 乡村振兴 文化旅游 文旅 工业互联网 轨道交通装备 新型工业化 深度融合 工业和信息化厅 工业和信息化 自然资源和规划局 新能源汽车 重要组成部分 公共文化服务 各级各部门 国家和地区 统计数据显示 数据显示 非物质文化遗产 非遗 国之大者
科技有限公司 有限公司 股份有限公司 会议要求 会议强调 会议指出 会议认为 会议提出 会议部署 两个确立 两个维护 决定性意义 中央八项规定精神 党风廉政建设 全面从严治党
""".split()


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1" * len(w))
    return s


CJK = re.compile(r"[\u3400-\u9fff]")


def runs(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        r = s[i:i + 6]
        if "\u25a1" in r:
            continue
        if len(CJK.findall(r)) >= 5:
            out.add(r)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append(a["kicker"] + a["title"] + a["subtitle"])
        out += a["paragraphs"]
    return out


def main():
    # 1. rebuild
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"not reproduced byte for byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fail(f"stray file {d}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    years = Counter()
    layouts = Counter()
    fronts = []
    meta = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        m = compose.parse_source(src.read_text(encoding="utf-8"))["meta"]
        meta[src.stem] = m
        layouts[m["layout"]] += 1
    for i, p in enumerate(pages, 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"bad page name {p.name}")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            fail(f"no gold for {p.name}")
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles",
                       "extras", "duplicates"]:
            fail(f"{gp.name}: key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{gp.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
    if dict(layouts) != {"column": 7, "paragraph": 7}:
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2017", "2018", "2021", "2024"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2024"]:
        fail("front pages must be one in 2017 and one in 2024")
    for f in fronts:
        if not isinstance(f["page_count"], int):
            fail("front page without page count")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"front page {f['source']} jumps to no page 2")
        partner = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        partner = [g for g in partner if g["issue_date"] == f["issue_date"] and g is not f
                   and g["source"] != f["source"]]
        if not any(a["continued"].startswith("上接1版") for g in partner for a in g["articles"]):
            fail(f"front page {f['source']} has no page 2 continuation in the set")

    # 2. perfect export
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")

    # 4. seed phrases
    seed_runs = set()
    for gp in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed_runs |= runs(blank(t))
    shared = Counter()
    for gp in golds:
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            for r in runs(blank(t)) & seed_runs:
                shared[(gp.name[:3], r)] += 1
    for (pg, r), _ in sorted(shared.items()):
        fail(f"seed phrase shared on page {pg}: {r}")

    if FAIL:
        for f in FAIL[:60]:
            print("FAIL:", f)
        print(f"check failed ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
