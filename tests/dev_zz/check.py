#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, shape, the seed-phrase rule, and a
perfect export scored 1.000 everywhere by /work/shared/tools/score.py.

    python3 check.py        prints `check passed` or the reasons it failed
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

YEARS = {2015, 2017, 2018, 2021, 2023, 2026}
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]

# Generic words blanked before the seed-phrase comparison: place names,
# institution names and set phrases of the paper (terms of statistics, of
# industry policy, of the paper's reports) that no story on these subjects
# can do without.  Kept to the words the set actually needs.
GENERIC = sorted(set("""
长沙 张家界 湘西土家族苗族自治州
省政府 副书记 海关 省应急管理厅 应急管理部门 工业和信息化
高质量发展 相关负责人 同比增长 增加值 规模以上 规模工业 规模以上工业 社会消费品零售总额
软件和信息技术服务业 现代化产业体系 科技型中小企业 高新技术企业 企业技术中心 工业互联网
人工智能 工程机械 新能源汽车 先进储能材料 先进硬质材料 轨道交通 灯塔工厂 数字化转型
关键核心技术 科技创新 研发投入 销售收入 产业链 基础设施 体制机制 经营主体 国家和地区
生态环境保护 党员干部 智能化 预报预警 重要组成部分
""".split()), key=len, reverse=True)

CJK_RE = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "#")
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK_RE.findall(w)) >= 5:
            yield w


def seed_windows():
    grams = {}
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for w in windows(blank(t)):
                    grams.setdefault(w, t[:30])
    return grams


def strings_of_gold(g):
    out = []
    for a in g["articles"]:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            out.append(a[k])
        out += a["paragraphs"]
    out += g["extras"] + g["duplicates"]
    return out


def main() -> int:
    fails = []
    files, pages, total = compose.build()

    # 1. byte-for-byte rebuild
    for rel, content in files.items():
        p = HERE / rel
        if not p.exists() or p.read_text(encoding="utf-8") != content:
            fails.append(f"not rebuilt byte-for-byte: {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            if f"{d}/{p.name}" not in files:
                fails.append(f"stray file {d}/{p.name}")

    # 2. shape
    golds = {}
    for rel, content in files.items():
        if rel.startswith("gold/"):
            golds[rel[5:-5]] = json.loads(content)
    texts = {rel[6:-4]: c for rel, c in files.items() if rel.startswith("pages/")}
    if len(texts) != 14:
        fails.append(f"{len(texts)} pages, not 14")
    lay = Counter(p["layout"] for p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(lay)}")
    years = Counter(int(p["date"][:4]) for p in pages)
    if set(years) != YEARS or any(not 2 <= n <= 3 for n in years.values()):
        fails.append(f"years {dict(years)}")
    for p in pages:
        name = p["file"][:-4]
        text = texts[name]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name) or name[4:] != h:
            fails.append(f"{name}: name does not match the text's hash")
        if not 4500 <= p["chars"] <= 6500:
            fails.append(f"{name}: {p['chars']} characters")
        if not 7 <= p["articles"] <= 13:
            fails.append(f"{name}: {p['articles']} articles")
        g = golds[name]
        if list(g) != TOP_KEYS:
            fails.append(f"{name}: top keys {list(g)}")
        if g["source"] != name + ".txt":
            fails.append(f"{name}: source field")
        for a in g["articles"]:
            if list(a) != ART_KEYS:
                fails.append(f"{name}: article keys {list(a)}")
            if a["kind"] not in compose.KINDS:
                fails.append(f"{name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", para) or not para.strip():
                    fails.append(f"{name}: paragraph with a space or empty: {para[:20]}")
            for s in a["subheads"]:
                if re.sub(r"\s", "", s) not in [re.sub(r"\s", "", x) for x in a["paragraphs"]]:
                    fails.append(f"{name}: subhead not among paragraphs: {s}")
    # front pages and their jumps
    fronts = [p for p in pages if p["page"] == "1"]
    if len(fronts) != 2:
        fails.append(f"{len(fronts)} front pages, not 2")
    for f in fronts:
        g = golds[f["file"][:-4]]
        if not g["issue_number"] or not g["page_count"] or not g["extras"]:
            fails.append(f"{f['file']}: front page without issue number, page count or masthead")
        downs = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not downs or "下转2版" not in texts[f["file"][:-4]]:
            fails.append(f"{f['file']}: no 下转2版 jump")
        twos = [p for p in pages if p["date"] == f["date"] and p["page"] == "2"]
        if len(twos) != 1:
            fails.append(f"{f['file']}: no page 2 of the same issue in the set")
            continue
        g2 = golds[twos[0]["file"][:-4]]
        ups = [a for a in g2["articles"] if a["continued"].startswith("上接1版")
               and a["kind"] == "continuation"]
        if len(ups) != len(downs) or "上接1版" not in texts[twos[0]["file"][:-4]]:
            fails.append(f"{twos[0]['file']}: {len(ups)} 上接1版 pieces for {len(downs)} jumps")

    # 3. the seed-phrase rule
    grams = seed_windows()
    hits = []
    for name, g in sorted(golds.items()):
        for s in strings_of_gold(g):
            for w in windows(blank(s)):
                if w in grams:
                    hits.append(f"{name}: {w!r} (seed: {grams[w]!r})")
    if hits:
        fails.append(f"{len(hits)} six-character runs shared with the seeds")
        fails += ["   " + h for h in hits[:400]]

    # 4. the perfect export, scored
    export = {"articles": [], "sources": []}
    for name, g in sorted(golds.items()):
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    if r.returncode != 0:
        fails.append(f"score.py exit {r.returncode}: {r.stderr[-500:]}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("score problem: " + line.strip())
            continue
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fails.append(f"cjk_space_left {v}")
        elif v != "1.000":
            fails.append(f"{k} {v}")
    if "coverage         1.000" not in out:
        fails.append("coverage not 1.000")

    if fails:
        print("check FAILED")
        for f in fails:
            print(" -", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
