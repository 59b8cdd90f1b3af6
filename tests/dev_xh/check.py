#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare, check its shape, the seed-phrase rule,
the character balance of page against gold, and a perfect export scored by the shared
scorer (every figure 1.000, coverage 1.000, no problem line). Prints `check passed`."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
MARKER = re.compile(r"[▷▶▲ ]*[(（]((?:下转|上接|紧接)[^)）]*)[)）]")
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 电子信息制造业 西部陆海新通道 规模以上企业 智能制造 提供有力支撑 有力支撑 生态环境保护 高新技术企业 会议强调 会议指出 会议要求 会议提出 会议在 召开 新中国成立 农产品加工业 轨道交通装备 轨道交通 产业项目 去年以来 不正之风和腐败问题 主要负责人 通讯员 出席并讲话 摆在突出位置 今年将 记者 评论员 相关负责人 有关负责人 负责人 新华社
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 中共中央 政治局
省委常委 省委书记 省委副书记 省长 副省长 省委 省政府 省人大常委会 省政协 省纪委监委
省委组织部 省委宣传部 省发展改革委 省工信厅 省商务厅 省农业农村厅 省自然资源厅 省民政厅
省人社厅 省财政厅 省教育厅 省卫生健康委 省应急管理厅 省生态环境厅 省交通运输厅
党的二十大精神 党的十九大精神 高质量发展 现代化新湖南 乡村振兴 脱贫攻坚 全面小康
新型工业化 先进制造业 产业链 供应链 工业互联网 中小企业 民营企业 规模以上工业
农业农村 粮食安全 基层治理 基层党组织 党组织 党支部 村党支部 党员干部 形式主义
同比增长 比上年增长 百分点 亿元 万元 万亩 万吨 万头 今年以来 近年来 据了解 据悉
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市
娄底市 湘西土家族苗族自治州 长株潭 湖南省 全省 我省 湖南 长沙 株洲 湘潭 衡阳 邵阳 岳阳
常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 中非经贸博览会 三高四新 美好蓝图
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main():
    files, rows, total = compose.build()
    # 1. byte-for-byte rebuild
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fail(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        extra = {f"{d}/{p.name}" for p in (HERE / d).iterdir()} - set(files)
        if extra:
            fail(f"stray files: {sorted(extra)}")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(rows, total):
        fail("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = {}
    # 2. shape
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    layouts = Counter(r["layout"] for r in rows)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    years = Counter(r["date"][:4] for r in rows)
    if set(years) != {"2017", "2019", "2023", "2026"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {years}")
    fronts = []
    for i, (p, r) in enumerate(zip(pages, rows), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name does not match the hash of its text")
        graw = (HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")
        g = json.loads(graw)
        golds[p.name] = g
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{p.stem}.json is not indent=1 / ensure_ascii=False")
        if list(g) != TOP_KEYS or g["source"] != p.name:
            fail(f"{p.stem}.json top-level keys/source")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{p.stem}.json article keys/kind: {list(a)} {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{p.stem}: subhead not among paragraphs: {s}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        if g["issue_number"] or g["page_count"]:
            fronts.append((p.name, g))
        # character balance: every printed character is in the gold, and nothing more,
        # except the glyphs of jump markers
        gold_chars = Counter()
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                gold_chars.update(re.sub(r"\s", "", a[f]))
            for para in a["paragraphs"]:
                gold_chars.update(re.sub(r"\s", "", para))
        for s in g["extras"] + g["duplicates"]:
            gold_chars.update(re.sub(r"\s", "", s))
        conts = {a["continued"] for a in g["articles"] if a["continued"]}
        body = []
        for line in text.splitlines():
            m = MARKER.fullmatch(line.strip())
            if m:
                if re.sub(r"\s", "", m.group(1)) not in conts:
                    fail(f"{p.name}: jump marker {line.strip()!r} matches no article's continued")
                continue
            body.append(line)
        page_chars = Counter(re.sub(r"\s", "", "".join(body)))
        gold_chars = +gold_chars
        over = gold_chars - page_chars
        under = page_chars - gold_chars
        if over or under:
            fail(f"{p.name}: gold/page characters differ: gold-only {dict(over)} page-only {dict(under)}")
        for a in g["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fail(f"{p.name}: whitespace left in a paragraph: {para[:30]}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for _, g in fronts) != ["2017", "2023"]:
        fail(f"front pages: {[n for n, _ in fronts]}")
    for name, g in fronts:
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"{name}: no 下转2版 story")
        twos = [r for r in rows if r["date"] == g["issue_date"] and r["page"] == "2"]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版")
                                     for a in golds[twos[0]["file"]]["articles"]):
            fail(f"{name}: its page 2 with 上接1版 is missing")

    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    hits = []
    for name, g in golds.items():
        for t in texts(g):
            for gr in sorted(grams(blank(t)) & seed):
                hits.append(f"{name}: {gr}")
    if hits:
        fail("phrases shared with the seeds:\n  " + "\n  ".join(hits))

    # 4. perfect export, scored
    export = {"articles": [], "sources": []}
    for name, g in golds.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS if k not in ("subheads",)})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out, end="")
    if res.returncode != 0 or "---" in out:
        fail("scorer reported problems")
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[0-9.]+", parts[1]) and "." in parts[1]:
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
    if not re.search(r"^coverage\s+1\.000$", out, re.M):
        fail("coverage is not 1.000")
    if not re.search(r"^cjk_space_left\s+0$", out, re.M):
        fail("CJK spaces left")
    print("check passed")


if __name__ == "__main__":
    main()
