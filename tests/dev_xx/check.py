#!/usr/bin/env python3
"""Verify the set: rebuilt byte for byte, perfect export scores 1.000, shape, seed phrases.

    python3 check.py        prints `check passed` or the failures
"""
from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {2015, 2020, 2024, 2025}

# generic words blanked before comparing with the seeds: institutions, places,
# set phrases of the paper (a shared run made only of these is no borrowing)
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 新湖南 华声在线 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市
郴州市 永州市 怀化市 娄底市 邵阳市 张家界 湘西土家族苗族自治州 长株潭 洞庭湖 省委 省政府 省人大常委会
省政协 省委常委 省委书记 副省长 省长 党中央 国务院 习近平新时代中国特色社会主义思想 习近平总书记 党的二十大
中国特色社会主义 相关负责人 有关负责人 负责人介绍 负责人表示 高质量发展 现代化新湖南 三高四新 全面从严治党
中央八项规定精神 同比增长 比上年增长 规模以上 百分点 亿元 万元 万亩 万吨 万人次 记者今天从 在长沙召开 在长沙举行 记者从 获悉 据了解
据介绍 今年以来 近年来 截至目前 与此同时 下一步 进一步 新能源汽车 数字经济 人工智能 算力 工业互联网
乡村振兴 粮食安全 双季稻 早稻 以旧换新 先进制造业 产业链 供应链 专精特新 小巨人 中小企业 市场主体
营商环境 基层减负 形式主义 官僚主义 主题教育 党风廉政建设 纪委监委 人民群众 老百姓 获得感 幸福感
安全感 非物质文化遗产 湖南大数据交易所 中非经贸博览会 生态环境保护 关键核心技术 出席并讲话 新型工业化 重要组成部分 重要论述 规模工业 工业经济 微信公众号 轨道交通装备 增加值 国家和地区 中小航空发动机 现代化产业体系 电子信息制造业 充电基础设施 一老一小 全省各级 各级各部门 党员干部 领导干部 基层党组织 社会主义现代化 中华民族 文化强省
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(text: str) -> str:
    for w in GENERIC:
        text = text.replace(w, "□" * len(w))
    return re.sub(r"\s", "", text)


def runs(text: str) -> set[str]:
    t = blank(text)
    out = set()
    for i in range(len(t) - 5):
        w = t[i:i + 6]
        if "□" not in w and len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def art_text(a: dict) -> list[str]:
    return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + list(a.get("paragraphs", []))


def main() -> int:
    fails: list[str] = []

    # 1. rebuilt byte for byte
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fails.append(f"not rebuilt byte for byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fails.append(f"stray file {d}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 2. perfect export scores 1.000
    arts, srcs = [], []
    gold_by = {}
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        gold_by[d["source"]] = d
        for a in d["articles"]:
            b = {"source": d["source"], "issue_date": d["issue_date"], "title_derived": False}
            b.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                        "dateline", "continued", "paragraphs")})
            arts.append(b)
        srcs.append({"source": d["source"], "issue_date": d["issue_date"],
                     "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    for line in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem line: {line.strip()}")
        elif m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fails.append(f"cjk_space_left {v}")
            elif v != "1.000":
                fails.append(f"{k} = {v}, not 1.000")
    if r.returncode:
        fails.append(f"scorer exit {r.returncode}: {r.stderr[-300:]}")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    heads = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        heads[src.stem] = compose.parse_source(src)["head"]
    layouts = Counter(h["layout"] for h in heads.values())
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    years = Counter(int(h["date"][:4]) for h in heads.values())
    if set(years) != YEARS or not all(3 <= n <= 4 for n in years.values()):
        fails.append(f"years {dict(years)}")
    fronts = []
    for p in pages:
        num = p.name[:3]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", p.name):
            fails.append(f"bad name {p.name}")
        text = p.read_text(encoding="utf-8")
        import hashlib
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != p.stem[4:]:
            fails.append(f"hash mismatch {p.name}")
        d = gold_by.get(p.name)
        if d is None:
            fails.append(f"no gold for {p.name}")
            continue
        if list(d) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fails.append(f"{p.name}: gold key order")
        for a in d["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fails.append(f"{p.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{p.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fails.append(f"{p.name}: subhead not in paragraphs: {sh}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fails.append(f"{p.name}: {len(d['articles'])} articles")
        datetime.date.fromisoformat(d["issue_date"])
        h = heads[f"p{num[1:]}"]
        if h["layout"] == "column" and "\n\n" not in text[:200]:
            fails.append(f"{p.name}: column layout without blank lines")
        if d["issue_number"]:
            if not d["page_count"]:
                fails.append(f"{p.name}: front page without page count")
            fronts.append(d)
    if len(fronts) != 2:
        fails.append(f"{len(fronts)} front pages (want 2)")
    for f in fronts:
        yr = f["issue_date"][:4]
        if yr not in ("2015", "2024"):
            fails.append(f"front page in {yr}")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fails.append(f"{f['source']}: no 下转2版")
        twos = [d for d in gold_by.values() if d["issue_date"] == f["issue_date"] and d is not f
                and any(a["continued"].startswith("上接1版") for a in d["articles"])]
        if not twos:
            fails.append(f"{f['source']}: no page 2 with 上接1版 of the same issue")

    # 4. seed phrases
    seed_runs: dict[str, str] = {}
    for g in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in art_text(a):
                for w in runs(t):
                    seed_runs.setdefault(w, g.name)
    shared = defaultdict(set)
    for name, d in gold_by.items():
        for a in d["articles"]:
            for t in art_text(a):
                for w in runs(t) & seed_runs.keys():
                    shared[name].add(w)
    for name, ws in sorted(shared.items()):
        fails.append(f"{name}: shares seed runs {sorted(ws)[:12]}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
