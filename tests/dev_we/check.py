#!/usr/bin/env python3
"""Verify the dev_we test set; prints `check passed` when every test holds.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte (into a temp dir);
2. the set's shape: 14 pages, 7 per layout, years and sizes, file names, gold format,
   two front pages jumping to their page 2;
3. no 6-character run holding 5+ Chinese characters is shared with the seeds' gold
   headlines and paragraphs (after blanking a short list of generic words);
4. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py, coverage 1.000, no problem line.
Standard library only.
"""
from __future__ import annotations

import filecmp
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
SCORE = SHARED / "tools" / "score.py"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2017", "2019", "2023", "2026"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, offices, set phrases every report of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 新华社 相关负责人 负责人介绍 负责同志 记者从 记者了解到 据了解 据介绍
省委常委 省委书记 省委副书记 省长 副省长 省委 省政府 省人大常委会 省政协 省委宣传部
省工信厅 省商务厅 省农业农村厅 省科技厅 省教育厅 省交通运输厅 省发展改革委 省财政厅
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 党的二十大精神 高质量发展
新时代 现代化 湖南省 全省 我省 湖南 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 永州 益阳 娄底 邵阳
张家界 湘西土家族苗族自治州 长株潭 轨道交通 关键核心技术 加大研发投入 各级各部门 三年行动计划 人均可支配收入 电子信息制造业 软件和信息技术服务业 工业和信息化 规模以上 重要组成部分 出席并讲话 有力支撑 产业链上下游 政府工作报告 位居全国前列 制造业创新中心 技术合同成交额 科技型中小企业 高新技术企业 农村人居环境 工作领导小组 中非经贸博览会 经贸博览会 科技创新高地 新能源汽车 数字化转型 工业互联网 人力资源和社会保障 生活污水 道路交通安全 雨雪冰冻天气 国家和地区 农村工作会议 优秀传统文化 同比增长 比上年增长 百分点 亿元 万元 在长沙召开 在长沙举行
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(article: dict) -> list[str]:
    return [article.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(article["paragraphs"])


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import compose  # noqa: E402

    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True)
        for sub, pat in (("pages", "*.txt"), ("gold", "*.json")):
            mine = sorted(p.name for p in (HERE / sub).glob(pat))
            again = sorted(p.name for p in (Path(tmp) / sub).glob(pat))
            if mine != again:
                fail(f"{sub}/ differs from a rebuild")
            for n in mine:
                if not filecmp.cmp(HERE / sub / n, Path(tmp) / sub / n, shallow=False):
                    fail(f"{sub}/{n} differs from a rebuild")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail("README.md differs from a rebuild")

    # 2. shape
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if not (len(srcs) == len(pages) == len(golds) == 14):
        fail(f"want 14 sources/pages/golds, have {len(srcs)}/{len(pages)}/{len(golds)}")
    layouts, years, by_issue = Counter(), Counter(), {}
    all_gold = []
    for i, (sp, pp, gp) in enumerate(zip(srcs, pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        want = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != want + ".txt" or gp.name != want + ".json":
            fail(f"file names {pp.name} / {gp.name}, want {want}")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gp.name}: not in the gold files' format (indent=1, ensure_ascii=False)")
        if list(g) != KEYS or g["source"] != pp.name:
            fail(f"{gp.name}: keys {list(g)} / source {g['source']}")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys or kind {list(a)} {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead {sh!r} not among the paragraphs")
        meta = compose.parse_source(sp)["page"]
        if meta["date"] != g["issue_date"]:
            fail(f"{gp.name}: issue date")
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        n = len(g["articles"])
        chars = len(re.sub(r"\s", "", text))
        if not 7 <= n <= 13:
            fail(f"{pp.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{pp.name}: {chars} characters")
        by_issue.setdefault(g["issue_date"], []).append((int(meta["page"]), g))
        all_gold.append(g)
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}")
    if set(years) != YEARS or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = 0
    for date, pgs in by_issue.items():
        for pno, g in pgs:
            if pno != 1:
                continue
            if not (g["issue_number"] and g["page_count"]):
                fail(f"front page {g['source']} lacks issue number / page count")
            if not any(a["continued"] == "下转2版" for a in g["articles"]):
                fail(f"front page {g['source']} has no story jumping to page 2")
            p2 = [g2 for n2, g2 in pgs if n2 == 2]
            if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                 for a in p2[0]["articles"]):
                fail(f"front page {g['source']}: its page 2 with 上接1版 is not in the set")
            fronts += 1
    if fronts != 2 or sorted(d[:4] for d, p in by_issue.items() if any(n == 1 for n, _ in p)) != ["2019", "2023"]:
        fail(f"want front pages in 2019 and 2023, have {fronts}")

    # 3. no phrase of the seeds
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(sg.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                seed |= grams(t)
    shared = Counter()
    for g in all_gold:
        for a in g["articles"]:
            for t in texts(a) + [a["byline"], a["dateline"], a["column"]]:
                for x in grams(t) & seed:
                    shared[(g["source"], x)] += 1
    if shared:
        fail("phrases shared with the seeds: " + ", ".join(f"{s}:{x}" for s, x in sorted(shared)))

    # 4. a perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for g in all_gold:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in AKEYS})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        fail("score.py failed: " + out.stderr)
    for line in out.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("score.py lists a problem: " + line)
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[a-z_0-9]+", parts[0]):
            k, v = parts
            if k == "cjk_space_left":
                if v != "0":
                    fail("cjk_space_left " + v)
            elif k.startswith("articles_"):
                continue
            elif v != "1.000":
                fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
