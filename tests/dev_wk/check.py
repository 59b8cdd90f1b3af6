#!/usr/bin/env python3
"""Verify the dev_wk test set; prints `check passed`.

1. rebuild: compose.py run again in a scratch copy gives byte-identical pages, gold, README;
2. names: NNN_<first 16 hex of sha256(page)>.txt / .json, gold["source"] matches;
3. score: the export a perfect segmenter would print scores 1.000 everywhere, no problem line;
4. shape: 14 pages, 7 per layout, years and front pages as the brief asks, 4,500–6,500
   characters and 7–13 articles a page;
5. seed phrases: no 6-character run holding >= 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
ERR: list[str] = []


def fail(msg: str):
    ERR.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def load_gold():
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))}


# ------------------------------------------------------------------ 1. rebuild
def check_rebuild():
    with tempfile.TemporaryDirectory() as td:
        t = Path(td) / "set"
        t.mkdir()
        for name in ("compose.py", "README.in"):
            shutil.copy(HERE / name, t / name)
        shutil.copytree(HERE / "src", t / "src")
        r = subprocess.run([sys.executable, str(t / "compose.py")], capture_output=True, text=True)
        if r.returncode:
            fail("compose.py failed in a scratch copy: " + r.stderr[-400:])
            return
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh rebuild")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs from a fresh rebuild")
        if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
            fail("README.md differs from a fresh rebuild")


# -------------------------------------------------------------------- 2. names
def check_names(golds):
    pages = sorted((HERE / "pages").glob("*.txt"))
    if [p.stem for p in pages] != list(golds):
        fail("pages/ and gold/ do not pair up")
    for i, p in enumerate(pages, 1):
        h = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
        if p.name != f"{i:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_<sha256[:16]>")
        g = golds.get(p.stem)
        if g and g["source"] != p.name:
            fail(f"{p.stem}.json: source is {g['source']}")
        gtext = (HERE / "gold" / f"{p.stem}.json").read_text(encoding="utf-8")
        if g and json.dumps(g, ensure_ascii=False, indent=1) + "\n" != gtext:
            fail(f"{p.stem}.json: not in the seeds' JSON layout")
        if g and list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{p.stem}.json: key order")
        for a in (g or {}).get("articles", []):
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{p.stem}.json: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p.stem}.json: kind {a['kind']}")


# -------------------------------------------------------------------- 3. score
def check_score(golds):
    arts, srcs = [], []
    for stem, g in golds.items():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update(a)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode:
        fail("score.py exited with " + str(r.returncode))
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} is {v}")
    # exact coverage: only jump-marker glyphs may be lost (as on the seeds)
    sys.path.insert(0, str(SCORE.parent))
    import score as S
    for stem, g in golds.items():
        strings = S.strings_in([a for a in g["articles"]]) + g["extras"] + g["duplicates"]
        hay = "\u0000".join(S.squash(s) for s in strings)
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        for line in raw.splitlines():
            s = S.squash(line)
            lost = len(s) - S.covered(s, hay)
            if lost and not re.search(r"[▷▶▲◀△]|[转接]\s*\d+\s*版", line):
                fail(f"{stem}: {lost} characters of {line[:30]!r} are in no gold string")


# -------------------------------------------------------------------- 4. shape
def check_shape(golds):
    sys.path.insert(0, str(HERE))
    import compose
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(srcs) != 14 or len(golds) != 14:
        fail(f"{len(srcs)} sources, {len(golds)} gold files: want 14")
    heads = [compose.parse(p)[0] for p in srcs]
    lay = Counter(h["layout"] for h in heads)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}: want 7 column, 7 para")
    years = Counter(h["date"][:4] for h in heads)
    if set(years) != {"2017", "2020", "2023", "2026"} or not all(3 <= n <= 4 for n in years.values()):
        fail(f"years {dict(years)}: want 2017, 2020, 2023, 2026 with 3-4 pages each")
    stems = list(golds)
    fronts = []
    for stem, g in golds.items():
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s+", "", raw))
        if not 4500 <= n <= 6500:
            fail(f"{stem}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{stem}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts.append(stem)
            if not g["page_count"] or not g["extras"]:
                fail(f"{stem}: front page without page count or masthead")
            if not any(a["continued"] == "下转2版" for a in g["articles"]):
                fail(f"{stem}: front page without a 下转2版 jump")
            p2 = [s for s, h in zip(stems, heads) if h["date"] == g["issue_date"] and h["no"] == "2"]
            if not p2 or not any(a["continued"].startswith("上接1版") for a in golds[p2[0]]["articles"]):
                fail(f"{stem}: its page 2 with 上接1版 is missing")
    fy = sorted(golds[s]["issue_date"][:4] for s in fronts)
    if fy != ["2017", "2023"]:
        fail(f"front pages in {fy}: want 2017 and 2023")


# ------------------------------------------------------------- 5. seed phrases
GENERIC = """
湖南日报 全媒体记者 通讯员 新湖南客户端 华声在线 评论员 新华社
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 中共中央 党的二十大 二十大精神
人力资源和社会保障厅 基础设施建设 各级各部门 省委常委会 省委常委 省委书记 省委副书记 省委 省政府 省长 副省长 省人大常委会 省政协 省纪委监委
省发展改革委 省工信厅 省商务厅 省交通运输厅 省卫生健康委 省医保局 省民政厅 省公安厅 省高级人民法院
省人民检察院 省司法厅 省文化和旅游厅 省应急管理厅 省自然资源厅 省住房城乡建设厅 长沙海关
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 怀化市 永州市 邵阳市 益阳市 娄底市 张家界市 湘西土家族苗族自治州
长株潭 湘江新区 怀化国际陆港 中非经贸博览会 三高四新 美好蓝图 国家重要先进制造业高地 社会主义现代化新湖南
相关负责人 主要负责人 同比增长 比上年增长 个百分点 规模以上工业 规模以上 工业增加值 高质量发展 进出口总值
亿元 万元 万人次 中小企业 先进制造业 数字经济 新能源汽车 工程机械 轨道交通 产业链 供应链
以旧换新 人工智能 中央八项规定精神 全面从严治党 形式主义 官僚主义 乡村振兴 两个确立 两个维护
党风廉政建设 基层减负 政法工作 人民法院 纪检监察 出席并讲话 在长沙召开 在长沙举行 在长沙开幕
电子信息 生物医药 道路交通安全 危险化学品 高新技术企业 制造业增加值 研发投入 学习贯彻
文旅广电局 走出去 世界级产业集群 工业和信息化 位居全国前列 电动自行车 关键核心技术 专精特新 小巨人 单项冠军 数字化转型 智赋万企 国家和地区 工业互联网 隐患排查 输变电装备
现代化产业体系 中小航空发动机 新兴产业和未来产业 生态环境保护 一带一路 人均可支配收入 重要组成部分 非物质文化遗产 今年我省 今年以来 近年来 据了解 据悉 截至 目前 其中 与此同时 会议强调 会议指出 会议要求
"""


def blank_words(s: str, words) -> str:
    for w in words:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for ch in g if "\u4e00" <= ch <= "\u9fff") >= 5:
            yield g


def check_seed_phrases(golds):
    words = sorted({w for w in GENERIC.split()}, key=len, reverse=True)
    seed = set()
    for p in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(blank_words(squash(t), words)))
    hits = []
    for stem, g in golds.items():
        for a in g["articles"]:
            fields = [a[f] for f in ("column", "kicker", "title", "subtitle")] + a["subheads"] + a["paragraphs"]
            for t in fields:
                for gr in grams(blank_words(squash(t), words)):
                    if gr in seed:
                        hits.append(f"{stem}: {gr}  in  {t[:40]}")
    for h in hits[:40]:
        fail("seed phrase " + h)
    return len(words)


def main():
    golds = load_gold()
    check_rebuild()
    check_names(golds)
    check_score(golds)
    check_shape(golds)
    n = check_seed_phrases(golds)
    if ERR:
        for e in ERR:
            print("FAIL", e)
        print(f"check failed: {len(ERR)} problem(s)")
        return 1
    print(f"seed-phrase rule: no shared 6-character run (generic list of {n} words blanked)")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
