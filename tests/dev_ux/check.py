#!/usr/bin/env python3
"""Verify the test set: rebuilt byte for byte, perfect export scores 1.000,
shape as briefed, no phrase taken from the seeds.  Prints `check passed`."""
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
FIGS = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
        "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]

# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any two reports in the paper share.
GENERIC = """
湖南日报 全媒体记者 通讯员 新华社 华声在线 新湖南客户端 评论员
中共中央 党中央 国务院 全国人大 省委 省政府 省人大常委会 省政协 省纪委监委 省委常委
省发展改革委 省工信厅 省商务厅 省农业农村厅 农业农村局 省粮食和物资储备局 省能源局 省医保局
省卫生健康委 省教育厅 省交通运输厅 省文化和旅游厅 省人社厅 省财政厅 省高级人民法院
省市场监管局 省应急管理厅 省气象局 省自然资源厅 长沙海关
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳
张家界 湘西土家族苗族自治州 浏阳 长株潭
习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 高质量发展 三高四新 十四五 十五五
相关负责人 有关负责人 主要负责人 负责人介绍 负责人表示 同比增长 比上年增长 个百分点
出席会议并讲话 出席并讲话 主持召开 在长沙召开 在长沙举行 记者从 记者今天从
今年以来 年以来 获悉 今年我省 全省各级 近年来 据了解 据介绍 下一步 与此同时 截至目前 社会主义现代化新湖南
规模以上工业 新能源汽车 以旧换新 乡村振兴 全面推进 中央八项规定精神 优化营商环境
居全省 全省第一位 小时车程 提升服务水平 工人正在 将持续到 微信公众号 移送司法机关
工作会议 重要抓手 社会消费品零售总额 数字化转型 应急管理部门 生产经营单位 一个缩影 个国家和地区 道路交通安全 最新监测显示 年度目标任务 先进制造业 产业链 供应链 一带一路 专精特新 现代化产业体系 数字经济 人工智能
""".split()

CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank_generic(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "#" * len(g))
    return s


def grams(s: str) -> set[str]:
    s = re.sub(r"\s+", "", blank_generic(s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "#" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    errors: list[str] = []
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != content.encode("utf-8"):
            errors.append(f"not rebuilt byte for byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                errors.append(f"stray file {d}/{p.name}")
    if errors:
        fail("\n".join(errors))

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    metas = [compose.parse(s).meta for s in srcs]

    # 2. the export a perfect segmenter would print
    arts, sources = [], []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            b = {"source": d["source"], "issue_date": d["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        sources.append({"source": d["source"], "issue_date": d["issue_date"],
                        "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            errors.append(f"scorer problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for f in FIGS:
        if figs.get(f) != "1.000":
            errors.append(f"{f} = {figs.get(f)}")
    if figs.get("cjk_space_left") != "0":
        errors.append(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if r.returncode:
        errors.append(f"scorer exit {r.returncode}: {r.stderr[-300:]}")

    # exact coverage: characters lost only on jump-marker lines
    for p, g in zip(pages, golds):
        d = json.loads(g.read_text(encoding="utf-8"))
        strs = [s for a in d["articles"] for k in AKEYS for s in
                (a[k] if isinstance(a[k], list) else [a[k]])] + d["extras"] + d["duplicates"]
        hay = "\u0000".join(squash(s) for s in strs)
        for line in p.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            if not s:
                continue
            import importlib.util  # noqa: F401
            sc = load_score()
            got = sc.covered(s, hay)
            if got < len(s) and not re.search(r"[下上紧]接?转?\d版", s):
                errors.append(f"{p.name}: line not covered: {line.strip()[:40]!r} ({got}/{len(s)})")

    # 3. shape
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        errors.append(f"expected 14 pages, got {len(pages)} pages / {len(golds)} gold / {len(srcs)} src")
    lay = Counter(m["layout"] for m in metas)
    if lay != Counter({"column": 7, "para": 7}):
        errors.append(f"layouts {dict(lay)}")
    years = Counter(m["date"][:4] for m in metas)
    if sorted(years) != ["2017", "2020", "2023", "2026"] or not all(3 <= v <= 4 for v in years.values()):
        errors.append(f"years {dict(years)}")
    puncts = Counter(m["punct"] for m in metas)
    if len(puncts) != 3:
        errors.append(f"punctuation widths {dict(puncts)}")
    fronts = []
    for k, (p, g, m) in enumerate(zip(pages, golds, metas), 1):
        text = p.read_text(encoding="utf-8")
        num = f"{k:03d}"
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{num}_{h}.txt" or g.name != f"{num}_{h}.json":
            errors.append(f"bad file name {p.name} / {g.name}")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if list(d) != KEYS:
            errors.append(f"{g.name}: key order {list(d)}")
        if raw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            errors.append(f"{g.name}: not indent=1 / ensure_ascii=False")
        if d["source"] != p.name:
            errors.append(f"{g.name}: source {d['source']}")
        for a in d["articles"]:
            if list(a) != AKEYS:
                errors.append(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in compose.KINDS:
                errors.append(f"{g.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"[\u3400-\u9fff“”，。、]\s+[\u3400-\u9fff“”，。、]", para):
                    errors.append(f"{g.name}: space between CJK in a paragraph {para[:20]}")
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            errors.append(f"{p.name}: {chars} characters")
        if not 7 <= len(d["articles"]) <= 13:
            errors.append(f"{p.name}: {len(d['articles'])} articles")
        if d["issue_date"] != m["date"]:
            errors.append(f"{p.name}: date")
        if d["issue_number"] or d["page_count"]:
            fronts.append((d, m))
            if m["page"] != "1" or not d["issue_number"] or not d["page_count"]:
                errors.append(f"{p.name}: front page fields")
            if not any(a["continued"].startswith("下转2版") for a in d["articles"]):
                errors.append(f"{p.name}: front page jumps nowhere")
            twos = [json.loads(g2.read_text(encoding="utf-8")) for g2, m2 in zip(golds, metas)
                    if m2["date"] == m["date"] and m2["page"] == "2"]
            if len(twos) != 1 or not any(a["continued"].startswith("上接1版")
                                         for a in twos[0]["articles"]):
                errors.append(f"{p.name}: no page 2 with 上接1版 in the set")
            if str(d["issue_number"]) not in text or f"今日{d['page_count']}版" not in squash(text):
                errors.append(f"{p.name}: masthead does not print issue number / page count")
    if sorted(m["date"][:4] for _, m in fronts) != ["2020", "2026"]:
        errors.append(f"front pages in {[m['date'] for _, m in fronts]}")

    # 4. no phrase of the seeds
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for f in ("kicker", "title", "subtitle"):
                seed |= grams(a[f])
            for para in a["paragraphs"]:
                seed |= grams(para)
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for f in AKEYS:
                vals = a[f] if isinstance(a[f], list) else [a[f]]
                for v in vals:
                    shared = grams(v) & seed
                    if shared:
                        errors.append(f"{g.name}: seed phrase {sorted(shared)[:3]} in {f}: {v[:30]}")

    if errors:
        fail("\n".join(errors[:60]) + (f"\n… {len(errors) - 60} more" if len(errors) > 60 else ""))
    print("check passed")


_SC = None


def load_score():
    global _SC
    if _SC is None:
        import importlib.util
        spec = importlib.util.spec_from_file_location("score", SCORE)
        _SC = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_SC)
    return _SC


if __name__ == "__main__":
    main()
