#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 on
every figure of /work/shared/tools/score.py (coverage included, no problem
lines, no CJK spaces left), page files must be named by their hash, pages
must hold 3,500-7,500 characters and 6-14 articles, and no 6-character run
of the seeds' gold headlines or paragraphs may occur in this set's gold
(apart from a short list of generic words).  Prints `check passed`."""
from __future__ import annotations

import glob
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
# characters of jump markers the gold (as in the seeds) does not keep
MARKER_CHARS = set("▷▶▲◀▼（）()")
# generic words a 6-character run of the seeds may share with this set
GENERIC = [
    "湖南日报全媒体记者", "湖南日报全媒体评论员", "全媒体记者", "通讯员", "同比增长", "规模以上工业",
    "规模以上工业企业", "省委常委", "省委书记", "省人大常委会副主任", "省人大常委会", "省政协副主席",
    "湖南省", "习近平新时代中国特色社会主义思想", "习近平总书记", "党的二十大精神", "中央八项规定精神",
    "三高四新", "高质量发展", "全面从严治党", "乡村振兴", "长株潭", "湘西土家族苗族自治州",
    "湖南图片库", "社会主义现代化新湖南", "现代化新湖南", "湖南日报", "全省各级", "进一步",
    "决定性意义", "两个确立", "两个维护", "有限公司", "以上工业增加值", "社会主义现代化",
    "长株潭城际铁路", "有关负责人", "负责人表示", "负责人介绍", "去年以来", "今年以来", "较去年同期",
    "今年我省将", "获悉", "记者从", "近年来", "目前", "据了解", "据悉", "与此同时", "同时", "全省", "我省", "今年", "去年", "在长沙召开", "在长沙举行", "在长沙开幕", "防止规模性返贫", "关键核心技术", "基础设施建设", "农村人居环境",
    "开福区", "高于", "规划", "提供有力支撑", "人工智能", "生物医药", "今天", "企业", "新中国成立", "生态环境保护", "轨道交通装备", "脱贫攻坚", "新增高新技术企业", "高新技术企业", "三年行动计划", "工作会议", "出席会议并讲话", "政治责任", "现代化新湖南",
    "全面建设社会主义现代化", "农业农村", "农村居民人均可支配收入", "规模性返贫", "钉钉子精神", "“三农”",
    "全面推进乡村振兴", "天心区", "农村", "发展", "工作", "推进", "责任", "精神", "征程",
    "长沙市", "余件", "社会主义现代化新征程", "西部陆海新通道", "开放平台", "科技创新", "推动", "全国人大常委会", "加强", "建设", "新能源汽车", "介绍", "湘北", "湘中", "湘南", "企业",
    "政府工作报告", "人均可支配收入", "社会消费品零售总额", "主要预期目标", "国家和地区", "建言献策",
    "经济社会发展", "过去一年", "增长", "积极", "城乡居民", "“一带一路”",
    "省人力资源和社会保障厅", "省发展改革委", "毫米", "较常年同期", "省应急管理厅",
    "气象部门提醒", "重要抓手", "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳",
    "郴州", "永州", "怀化", "娄底", "湘西", "完成年度目标任务", "同比分别增长", "年度目标任务", "受其影响",
]

errors: list[str] = []


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def export_from_gold(golds):
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            e = {k: a[k] for k in FIELDS}
            e.update(source=g["source"], issue_date=g["issue_date"], kind=a["kind"],
                     title_derived=False, paragraphs=a["paragraphs"])
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": sources}


def strict_coverage(g, raw):
    """Characters of the raw page found in no gold string (score.py's rule,
    but reported one by one); jump-marker decorations are allowed."""
    strings = []
    for a in g["articles"]:
        strings += [a[k] for k in FIELDS] + a["paragraphs"] + a["subheads"]
    strings += g["extras"] + g["duplicates"]
    hay = "\0".join(squash(s) for s in strings)
    lost = []
    for line in raw.splitlines():
        s = squash(line)
        i = 0
        while i < len(s):
            lo, hi = 0, len(s) - i
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if s[i:i + mid] in hay:
                    lo = mid
                else:
                    hi = mid - 1
            if lo >= min(4, len(s) - i):
                i += lo
            else:
                lost.append((s[i], line.strip()[:30]))
                i += 1
    return [x for x in lost if x[0] not in MARKER_CHARS]


def seed_runs():
    runs = set()
    for f in glob.glob(str(SHARED / "gold" / "*.json")):
        for a in json.load(open(f, encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(t)
                runs.update(s[i:i + 6] for i in range(len(s) - 5))
    return runs


PLAIN = re.compile(r"[\d.%,，。、；：“”‘’（）()!?！？年月日至个万亿元家余°C℃—到]")


def generic_mask(s: str) -> list[bool]:
    """Positions of s covered by a generic word, a digit or punctuation."""
    mask = [bool(PLAIN.fullmatch(c)) for c in s]
    for w in GENERIC:
        w = squash(w)
        for m in re.finditer(re.escape(w), s):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = []
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.stem.split("_")[1] != h:
            errors.append(f"{p.name}: name does not match hash {h}")
        gp = HERE / "gold" / (p.stem + ".json")
        g = json.loads(gp.read_text(encoding="utf-8"))
        golds.append(g)
        n = len(re.sub(r"\s", "", text))
        if not 3500 <= n <= 7500:
            errors.append(f"{p.name}: {n} characters")
        if not 6 <= len(g["articles"]) <= 14:
            errors.append(f"{p.name}: {len(g['articles'])} articles")
        for ch, where in strict_coverage(g, text):
            errors.append(f"{p.name}: raw char {ch!r} in no gold string ({where})")
        for a in g["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    errors.append(f"{p.name}: whitespace in paragraph {para[:20]}")
    if len(list((HERE / "gold").glob("*.json"))) != len(pages):
        errors.append("gold and pages differ in number")

    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps(export_from_gold(golds), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.strip())
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line.strip())
        if not m:
            if line.startswith("---") or line.startswith("    "):
                errors.append(f"scorer problem: {line.strip()}")
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                errors.append(f"cjk_space_left {v}")
        elif v != "None" and v != "1.000":
            errors.append(f"{k} = {v}")

    runs = seed_runs()
    for g in golds:
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(t)
                mask = generic_mask(s)
                for i in range(len(s) - 5):
                    run = s[i:i + 6]
                    if run in runs and not all(mask[i:i + 6]):
                        errors.append(f"{g['source']}: seed run {run!r} in {s[max(0, i - 8):i + 14]}")

    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
