#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 everywhere, and the
text must not reuse the seeds' wording. Prints `check passed` on success.

    python3 check.py
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
N = 6

# Generic words a Hunan Daily page cannot avoid (a 6-character run of the seeds is allowed
# only when it lies inside one of these).
GENERIC = [
    "湖南日报全媒体记者", "湖南日报全媒体评论员", "规模以上工业企业", "规模以上工业增加值",
    "习近平新时代中国特色社会主义思想", "习近平总书记", "省委常委、省委秘书长",
    "省委副书记、省长", "省人大常委会副主任", "省政协副主席", "高质量发展",
    "省工业和信息化厅", "社会主义现代化新湖南", "中非经贸博览会", "中非经贸深度合作先行区",
    "长株潭", "同比增长", "全省各级", "比上年增长", "个百分点", "新能源汽车",
    "湖南日报", "通讯员", "规模以上", "以上图片均由", "湖南图片库", "省应急管理厅",
    "党的二十大精神", "二十届中央纪委", "专精特新“小巨人”企业", "制造业单项冠军",
    "工业互联网平台", "乡村振兴", "以旧换新", "有限公司", "长沙经开区", "党风廉政建设",
    "纪委监委", "在长沙召开", "在长沙举行", "在长沙开幕", "轨道交通装备", "负责人介绍", "负责人表示",
    "省发展改革委", "基础设施", "国家和地区", "工业和信息化", "位居全国前列", "新一代信息技术",
    "先进制造业高地", "湘粤非铁海联运", "人力资源和社会保障",
    "党纪政务处分", "中央八项规定精神", "全面从严治党", "不正之风和腐败问题", "生态环境保护", "航空发动机", "农村人居环境", "工作领导小组", "信息技术服务业",
    "人均可支配收入", "农村居民人均", "高新技术企业", "技术合同成交额", "怀化国际陆港",
    "政府工作报告",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + list(a["paragraphs"])
    return out


def runs(text: str) -> list[str]:
    """Runs of Chinese characters, generic words masked out: digits, Latin and punctuation
    break a run, so figures and stock punctuation never count as reused wording."""
    s = squash(text)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "|")
    return [r for r in re.split(r"[^\u3400-\u9fff]+", s) if len(r) >= N]


def grams_of(text: str):
    for r in runs(text):
        for i in range(len(r) - N + 1):
            yield r[i:i + N], r


def seed_grams() -> set[str]:
    grams = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for t in texts_of(g):
            grams.update(x for x, _ in grams_of(t))
    return grams


def main() -> int:
    fails: list[str] = []
    golds = sorted((HERE / "gold").glob("*.json"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    if not golds or len(golds) != len(pages):
        print("gold/pages missing or unequal")
        return 1

    # ---------------------------------------------------------------- page-level checks
    total_articles = 0
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        pf = HERE / "pages" / g["source"]
        if not pf.exists():
            fails.append(f"{gf.name}: page file missing")
            continue
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not pf.stem.endswith(h) or gf.stem != pf.stem:
            fails.append(f"{pf.name}: name does not carry the hash {h}")
        n = len(re.sub(r"\s+", "", text))
        if not 3500 <= n <= 7500:
            fails.append(f"{pf.name}: {n} characters (want 3500-7500)")
        k = len(g["articles"])
        total_articles += k
        if not 6 <= k <= 14:
            fails.append(f"{pf.name}: {k} articles (want 6-14)")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{pf.name}: whitespace in a paragraph: {p[:30]}")
            for sh in a["subheads"]:
                if re.sub(r"\s", "", sh) not in [re.sub(r"\s", "", p) for p in a["paragraphs"]]:
                    fails.append(f"{pf.name}: subhead not among paragraphs: {sh}")
        # every gold text must be printed on the page (no invented or dropped text)
        sys.path.insert(0, str(SCORE.parent))
        import score
        hay = "\0".join(squash(line) for line in text.splitlines())
        for a in g["articles"]:
            fields = [a[f] for f in ("column", "kicker", "title", "subtitle", "byline",
                                     "dateline", "continued")] + a["paragraphs"]
            for fld in fields:
                sq = squash(fld)
                miss = len(sq) - score.covered(sq, hay) if sq else 0
                if miss and (len(sq) <= 8 or miss > 3):
                    fails.append(f"{pf.name}: gold text not printed: {fld[:30]}")
    if not 150 <= total_articles <= 180:
        fails.append(f"{total_articles} articles in all (want 150-180)")

    # ---------------------------------------------------------------- perfect export
    arts, srcs = [], []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    export = HERE / "perfect_export.json"
    export.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                      encoding="utf-8")
    r = subprocess.run([sys.executable, str(SCORE), str(export), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"],
                       capture_output=True, text=True)
    out = r.stdout
    export.unlink()
    figures = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([\d.]+|None)$", line.strip())
        if m:
            figures[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
    for key, val in figures.items():
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                fails.append(f"cjk_space_left = {val}")
        elif val != "None" and val != "1.000":
            fails.append(f"{key} = {val}")
    if "coverage" not in figures:
        fails.append("scorer printed no coverage")

    # ---------------------------------------------------------------- no seed wording
    grams = seed_grams()
    seen = set()
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts_of(g):
            for gram, run in grams_of(t):
                if gram in grams and gram not in seen:
                    seen.add(gram)
                    fails.append(f"{gf.name}: seed wording {gram!r} in …{run[:30]}…")

    if fails:
        print(out)
        for f in fails:
            print("FAIL", f)
        return 1
    print(out.strip())
    print(f"{len(golds)} pages, {total_articles} articles")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
