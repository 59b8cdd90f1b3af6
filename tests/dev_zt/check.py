#!/usr/bin/env python3
"""Check the dev_zt set: a perfect segmenter must score 1.000 everywhere.

1. Builds the export JSON a perfect segmenter would print from gold/ (every gold
   article; each page's extras and duplicates in its source's `extras`).
2. Runs /work/shared/tools/score.py EXPORT gold --pages pages -v and requires
   every figure 1.000, coverage 1.000, cjk_space_left 0 and no problem lines.
3. Checks the set's shape (14 pages, 7 per layout, 4,500-6,500 characters and
   7-13 articles a page, file names = hash of the page text, gold sources).
4. Requires that no 6-character run of the seeds' gold headlines/paragraphs
   occurs in this set's gold, apart from a short list of generic words.
Prints `check passed`. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

FIGURES_ONE = ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
               "untitled_ok", "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1",
               "issue_date_acc", "coverage")

# generic words that may be shared with the seeds (names of institutions, set phrases
# of every news report); they are blanked out before comparing 6-character runs
GENERIC = sorted("""
湖南日报全媒体记者 湖南日报全媒体评论员 湖南日报 全媒体记者 通讯员 同比增长 规模以上 新华社
习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 省委 省政府
省人大常委会 省政协 省委常委 省委书记 省委副书记 省长 副省长 省纪委监委 中非经贸博览会
中非经贸深度合作先行区 长株潭 湘江新区 高质量发展 个百分点 亿元 万元 社会主义现代化新湖南
三高四新 美好蓝图 战略定位和使命任务 工业互联网 数字经济 人工智能 先进计算 乡村振兴
新能源汽车 进出口 湖南图片库 摄影报道 省工信厅 省商务厅 省发展改革委 省农业农村厅
省医保局 省卫生健康委 长沙海关 湖南省 以上 今年以来 近年来 据介绍 据了解 下一步
相关负责人 负责人表示 负责人介绍 记者从 规模工业增加值 高新技术企业 技术合同成交额
《措施》明确 压舱石 一个缩影 固定资产投资 社会消费品零售总额 一般公共预算收入
中非经贸合作 轨道交通装备 增速高于全国 在长沙举行 在长沙召开 先进制造业集群 国家和地区
湘西土家族苗族自治州 会议强调 会议指出 会议要求 出席并讲话 全面从严治党 基础设施建设 产业集群
中小航空发动机 新一代自主安全计算系统 湖南老字号 行动计划 轨道交通 各级各部门
问题线索 立案审查调查 党纪政务处分 关键核心技术攻关 工作领导小组 重大决策部署 湘粤非铁海联运
深入学习贯彻 现代化新湖南 党的政治建设 体制机制改革 全省经济社会 同比分别增长 调研组 召开座谈会
下一阶段 工作会议 湖南对非贸易 人才等方面 一行先后 数字化转型 农村人居环境 平台建设 今年我省 非物质文化遗产 湖南大数据交易所 人力资源和社会保障厅 软件和信息技术服务 智赋万企 国家级专精特新“小巨人”企业 农村居民人均可支配收入
在长沙开幕 一批合作项目 审议有关文件 存在一些问题 腐败问题 新业态新模式 稳规模、优结构 比上年增长 生态环境保护
""".split(), key=len, reverse=True)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def build_export(gold_dir: Path) -> dict:
    arts, srcs = [], []
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            d = {"source": g["source"], "issue_date": g["issue_date"],
                 "title_derived": False}
            d.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                        "byline", "dateline", "continued", "paragraphs")})
            arts.append(d)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    return {"articles": arts, "sources": srcs}


def covered(s: str, hay: str) -> int:
    """Same measure as score.py: characters of s found in hay as pieces >= 4."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def strings_in(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


def main():
    pages = ROOT / "pages"
    gold = ROOT / "gold"
    gfiles = sorted(gold.glob("*.json"))
    pfiles = sorted(pages.glob("*.txt"))

    # ---- shape of the set
    if len(gfiles) != 14 or len(pfiles) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pfiles)}/{len(gfiles)}")
    layouts = {"column": 0, "paragraph": 0}
    years: dict[str, int] = {}
    front = 0
    for pf, gf in zip(pfiles, gfiles):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.stem.split("_")[1] != h or gf.stem != pf.stem:
            fail(f"{pf.name}: name does not match the hash of its text / its gold")
        g = json.loads(gf.read_text(encoding="utf-8"))
        if g["source"] != pf.name:
            fail(f"{gf.name}: source {g['source']} != {pf.name}")
        n = len(squash(text))
        if not 4500 <= n <= 6500:
            fail(f"{pf.name}: {n} characters (4,500-6,500 wanted)")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles (7-13 wanted)")
        lay = "column" if text.startswith(" ") else "paragraph"
        layouts[lay] += 1
        years[g["issue_date"][:4]] = years.get(g["issue_date"][:4], 0) + 1
        if g["issue_number"]:
            front += 1
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、]\s+[\u4e00-\u9fff“”，。、]", p):
                    fail(f"{pf.name}: space between CJK characters in gold: {p[:30]}")
            for s in a["subheads"]:
                if s not in a["paragraphs"] and s.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{pf.name}: subhead {s!r} missing from paragraphs")
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {layouts}, 7 + 7 wanted")
    if (sorted(years) != ["2021", "2022", "2023", "2024", "2025", "2026"] or
            not all(2 <= v <= 3 for v in years.values())):
        fail(f"years {years}")
    if front != 2:
        fail(f"{front} front pages with masthead, 2 wanted")

    # ---- exact coverage (score.py rounds to 3 decimals)
    total = lost = 0
    lost_bits: list[str] = []
    for pf, gf in zip(pfiles, gfiles):
        g = json.loads(gf.read_text(encoding="utf-8"))
        hay = "\u0000".join(squash(s) for s in strings_in(g["articles"]) +
                            g["extras"] + g["duplicates"])
        for line in pf.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            c = covered(s, hay)
            total += len(s)
            if c < len(s):
                lost += len(s) - c
                lost_bits.append(f"{pf.name[:3]}: {line.strip()[:40]}")
    # only the arrow glyphs and the opening bracket of the jump markers may be lost:
    # the gold keeps `下转2版` / `上接1版①` in `continued`, as the seeds do
    for b in lost_bits:
        if not re.search(r"[▷▶▲◀]", b):
            fail(f"text lost from the gold: {b}")

    # ---- the scorer
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps(build_export(gold), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(gold),
                            "--pages", str(pages), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    figs = {}
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"problem line from the scorer: {line}")
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in FIGURES_ONE:
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    print(f"exact coverage   {1 - lost / total:.5f} ({lost} of {total} characters: "
          f"the arrow and bracket of {len(lost_bits)} jump-marker lines)")

    # ---- no 6-character run of the seeds
    def blank(s: str) -> str:
        s = squash(s)
        for w in GENERIC:
            s = s.replace(w, "\u0001")
        return s

    def distinctive(g: str) -> bool:
        # a run counts when it holds at least 5 Chinese characters (figures,
        # punctuation and blanked generic words make no phrase)
        return "\u0001" not in g and len(re.findall(r"[\u4e00-\u9fff]", g)) >= 5

    def grams(s: str) -> set[str]:
        return {s[i:i + 6] for i in range(len(s) - 5) if distinctive(s[i:i + 6])}

    seed = set()
    for f in SEED_GOLD.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    hits = []
    for f in gfiles:
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]:
                b = blank(s)
                for i in range(len(b) - 5):
                    if distinctive(b[i:i + 6]) and b[i:i + 6] in seed:
                        hits.append(f"{f.name[:3]} {b[i:i + 6]!r} in {b[max(0, i - 6):i + 12]!r}")
    if hits:
        for h in hits[:60]:
            print("  seed run:", h)
        fail(f"{len(hits)} 6-character runs shared with the seeds")

    print("check passed")


if __name__ == "__main__":
    main()
