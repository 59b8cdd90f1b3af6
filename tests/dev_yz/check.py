#!/usr/bin/env python3
"""Verify the test set: rebuild is byte-for-byte, a perfect export scores 1.000
on every figure, the set has the required shape, and no 6-character run with
at least 5 Chinese characters is shared with the seeds' gold text.

    python3 compose.py && python3 check.py
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
ART_KEYS = ["kind", *FIELDS, "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases any Hunan Daily page repeats
GENERIC = """
湖南日报 华声在线 新湖南 全媒体记者 通讯员 新华社 记者 评论员 相关负责人 有关负责人
习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院
人力资源和社会保障厅 省委常委 省委 省政府 省人大常委会 省政协 副省长 省长 省委书记 秘书长 副主席 副主任
高质量发展 三高四新 国之大者 同比增长 规模以上工业 规模以上 先进制造业 专精特新 小巨人
产业链 供应链 工业互联网 数字经济 长株潭 湖南省 我省 全省 今年以来 据了解 截至
文旅广电局 非物质文化遗产 非遗代表性 外商投资企业 生态环境保护 数字化转型 省级及以上园区 单项冠军 体制机制改革 形式主义 官僚主义 软件和信息技术服务业 工业和信息化 十四五 西部陆海新通道 领军企业 高新技术企业 重点产业项目 全国两会 轨道交通 航空航天 政府工作报告 轨道交通装备 新一代信息技术 新中国成立 技工贸总收入 新能源汽车 规模工业增加值 比上年增长 生物医药 公共服务平台 中小企业 电子信息
长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 邵阳 益阳 娄底 张家界 湘西土家族苗族自治州
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "#")
    return s


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum("\u4e00" <= c <= "\u9fff" for c in w) >= 5:
            out.add(w)
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    def snapshot():
        files = sorted(list((HERE / "pages").glob("*.txt")) + list((HERE / "gold").glob("*.json"))
                       + [HERE / "README.md"])
        return {f.relative_to(HERE).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    before = snapshot()
    sys.path.insert(0, str(HERE))
    import compose
    with redirect_stdout(io.StringIO()):
        compose.build()
    if snapshot() != before:
        fail("compose.py does not rebuild the set byte-for-byte")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages, gold files and sources: {len(pages)} {len(golds)} {len(srcs)}")

    # 2. file names, gold format, page shape
    seed_gold = json.loads(next((SHARED / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    assert list(seed_gold) == TOP_KEYS and list(seed_gold["articles"][0]) == ART_KEYS
    layouts, years, fronts, seconds = {}, {}, {}, {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {p.name} / {g.name}")
        graw = g.read_text(encoding="utf-8")
        gold = json.loads(graw)
        if graw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not in indent=1 ensure_ascii=False form")
        if list(gold) != TOP_KEYS or gold["source"] != p.name:
            fail(f"{g.name}: top-level keys / source")
        for a in gold["articles"]:
            if list(a) != ART_KEYS:
                fail(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in {"news", "commentary", "feature", "photo", "continuation", "other"}:
                fail(f"{g.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{g.name}: subhead {sh} not among paragraphs")
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    fail(f"{g.name}: whitespace in a gold paragraph: {para[:30]}")
        nchar = len(re.sub(r"\s+", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{p.name}: {len(gold['articles'])} articles")
        src = srcs[n - 1].read_text(encoding="utf-8")
        lay = re.search(r"^layout:\s*(\w+)", src, re.M).group(1)
        pageno = re.search(r"^pageno:\s*(\d+)", src, re.M).group(1)
        layouts[p.name] = lay
        y = gold["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        conts = [a["continued"] for a in gold["articles"]]
        if gold["issue_number"] is not None:
            if not gold["page_count"] or pageno != "1":
                fail(f"{p.name}: front page without page count")
            if not any(c.startswith("下转2版") for c in conts):
                fail(f"{p.name}: front page without a jump to page 2")
            fronts[gold["issue_date"]] = p.name
        if pageno == "2":
            if not any(c.startswith("上接1版") for c in conts):
                fail(f"{p.name}: page 2 without a 上接1版 continuation")
            seconds[gold["issue_date"]] = p.name
    if sorted(years) != ["2015", "2019", "2021", "2024"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if list(layouts.values()).count("column") != 7 or list(layouts.values()).count("paragraph") != 7:
        fail(f"layouts {layouts}")
    if sorted(d[:4] for d in fronts) != ["2019", "2024"] or sorted(fronts) != sorted(seconds):
        fail(f"front pages {fronts} / page 2 {seconds}")

    # 3. the perfect export scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", *FIELDS)})
            e["title_derived"] = False
            e["paragraphs"] = a["paragraphs"]
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("scorer failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reports a problem: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k, v in figs.items():
        if k.startswith("articles_"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")
    if figs.get("coverage") != "1.000" or figs.get("articles_gold") != figs.get("articles_pred"):
        fail("coverage / article counts")

    # 4. no seed phrase reused
    seed_w = set()
    for g in (SHARED / "gold").glob("*.json"):
        sg = json.loads(g.read_text(encoding="utf-8"))
        for a in sg["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                seed_w |= windows(blank(s))
    hits = []
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            for s in [a["column"], a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                for w in sorted(windows(blank(s)) & seed_w):
                    hits.append(f"{g.name[:3]} {w}  in {squash(s)[:40]}")
    if hits:
        print("\n".join(hits[:60]))
        fail(f"{len(hits)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
