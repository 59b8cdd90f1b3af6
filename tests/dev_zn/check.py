#!/usr/bin/env python3
"""Check the dev_zn set.

1. Builds the export JSON a perfect segmenter would print from the gold (every
   gold article; the page's extras and duplicates in the source's `extras`),
   runs the shared scorer on it with the raw pages, and requires every figure
   1.000, coverage 1.000, cjk_space_left 0 and no problem lines.
2. Checks the other direction too: every gold string is printed on its page.
3. Lists every raw character the perfect export leaves uncovered: only the
   arrows and brackets of jump markers may be (as on the seeds).
4. Requires 3,500-7,500 characters and 6-14 articles a page.
5. Requires that no 6-character run of the seeds' gold headlines / paragraphs
   occurs in this gold, apart from a short list of generic words. Runs are
   taken within runs of Chinese characters (figures and punctuation such as
   `亿元，增长` are not phrases).
6. Requires that no person of the seeds (their writers, photographers and the
   people their stories name) appears in this gold.

    python3 check.py         prints `check passed` or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# generic words allowed to coincide with the seeds (institutions, stock terms)
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "工业增加值",
    "省委常委", "省纪委监委", "中央八项规定精神", "党风廉政建设",
    "全面从严治党", "形式主义、官僚主义", "习近平新时代中国特色社会主义思想",
    "习近平总书记", "党的十九大精神", "社会主义现代化", "湘西土家族苗族自治州",
    "高质量发展", "省人民政府", "省人大常委会", "省政协副主席", "主要负责人",
    "有关负责人", "相关负责人", "中国特色社会主义", "（湖南图片库）", "(湖南图片库)",
    "长沙海关", "百分点", "一带一路", "新时代", "国务院", "党中央",
    # statistical and legal stock terms, place and institution names
    "社会消费品零售总额", "第一产业增加值", "增加值增长", "技工贸总收入",
    "科技型中小企业", "省级及以上园区", "基础设施建设", "重要组成部分",
    "生态环境保护", "非物质文化遗产", "个国家和地区", "轨道交通装备",
    "党纪政务处分", "移交问题线索", "移送司法机关", "忠诚干净担当",
    "长株潭城际铁路", "长沙市开福区", "长沙市天心区",
]


# people the seeds' stories name (officials, interviewees)
SEED_PEOPLE = """李建中 秦国文 谢建辉 肖百灵 沈晓明 毛伟明 毛万春 周海兵 魏建锋 张剑飞 杨浩东
马永生 宋君强 曹志强 瞿海 汪一光 张迎春 虢正贵 杨西炜 唐奕琨 田卫 张喜松 张明星
祝俊波 谢雪姣 金建平 肖霞 吴新伟 周志军 曾红雁 胡旭晨 彭国甫 谢建群 陈文浩 王晓科
胡锦文 焦夕芮 易延芳 全玉麒 陶冰蓝 彭兴歆 黄昊洋 王伟阳""".split()

HAN = re.compile(r"[\u3400-\u9fff]{6,}")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
    sys.path.insert(0, str(SCORER.parent))
    from score import covered as c  # the scorer's own measure
    return c(s, hay)


def build_export(gold_dir: Path) -> dict:
    arts, srcs = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            d = {"source": g["source"], "issue_date": g["issue_date"], "kind": a["kind"],
                 "title_derived": False}
            for f in FIELDS:
                d[f] = a[f]
            d["paragraphs"] = a["paragraphs"]
            arts.append(d)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": srcs}


def gold_strings(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a[f] for f in FIELDS if a[f]] + list(a["paragraphs"]) + list(a["subheads"])
    return out + list(g["extras"]) + list(g["duplicates"])


def main() -> int:
    fails: list[str] = []
    gold_dir, pages_dir = ROOT / "gold", ROOT / "pages"
    golds = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    if not golds:
        print("no gold files")
        return 1

    # 1. the scorer on a perfect export
    export = build_export(gold_dir)
    ep = ROOT / ".perfect_export.json"      # inside the set's folder, removed after
    ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    try:
        r = subprocess.run([sys.executable, "-B", str(SCORER), str(ep), str(gold_dir),
                            "--pages", str(pages_dir), "-v"], capture_output=True, text=True)
    finally:
        ep.unlink()
    out = r.stdout
    figures = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
        elif line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
              "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
              "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fails.append(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figures.get('cjk_space_left')}")
    if r.returncode != 0:
        fails.append("scorer exit code %d: %s" % (r.returncode, r.stderr[-500:]))

    # 2./3./4. per page
    uncovered_total = 0
    for name, g in golds.items():
        raw = (pages_dir / g["source"]).read_text(encoding="utf-8")
        strings = gold_strings(g)
        hay = "\u0000".join(squash(s) for s in strings)
        for line in raw.splitlines():
            s = squash(line)
            got = covered(s, hay)
            if got < len(s):
                left = len(s) - got
                uncovered_total += left
                if not re.search(r"[上下]转\d+版|[上紧]接\d+版", s) or left > 4:
                    fails.append(f"{name}: uncovered {left} in {line.strip()[:50]!r}")
        rawhay = squash(raw)
        for s in strings:
            q = squash(s)
            if q and covered(q, rawhay) < len(q):
                fails.append(f"{name}: gold text not printed: {s[:40]!r}")
        n = len(re.sub(r"\s", "", raw))
        if not 3500 <= n <= 7500:
            fails.append(f"{name}: {n} characters")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{name}: whitespace in paragraph {p[:30]!r}")

    # 5. nothing of the seeds reused
    seed6 = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        sg = json.loads(gf.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for q in HAN.findall(squash(s)):
                    seed6.update(q[i:i + 6] for i in range(len(q) - 5))
    generic = sorted({squash(w) for w in GENERIC}, key=len, reverse=True)
    hits = {}
    for name, g in golds.items():
        for s in gold_strings(g):
            q = squash(s)
            for w in generic:
                q = q.replace(w, "\u0000")
            for run in HAN.findall(q):
                for i in range(len(run) - 5):
                    if run[i:i + 6] in seed6:
                        hits.setdefault(run[i:i + 6], name)
    for k, name in sorted(hits.items()):
        fails.append(f"{name}: seed run reused: {k!r}")

    # 6. no person of the seeds: writers and photographers of their bylines and
    #    datelines, and the people their stories name
    people = set(SEED_PEOPLE)
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            s = re.sub(r"湖南日报\d+月\d+日讯|新华社\S+电", "", a["byline"] + " " + a["dateline"])
            for tok in re.split(r"[\s（）()]+", s):
                tok = re.sub(r"^(湖南日报)?(全媒体)?(记者|评论员|通讯员)", "", tok)
                tok = re.sub(r"(摄影报道|摄|报道)$", "", tok)
                if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", tok):
                    people.add(tok)
    for name, g in golds.items():
        text = "".join(gold_strings(g))
        for person in sorted(people):
            if person in text:
                fails.append(f"{name}: a person of the seeds: {person}")

    if fails:
        print(out)
        for f in fails:
            print("FAIL", f)
        return 1
    print(out.strip())
    print(f"uncovered characters (jump-marker arrows/brackets only): {uncovered_total}")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
