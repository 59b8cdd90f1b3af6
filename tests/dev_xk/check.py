#!/usr/bin/env python3
"""Verify the test set: byte-for-byte rebuild, shape, gold format, seed-phrase rule,
and a perfect export scored 1.000 everywhere by the shared scorer."""
from __future__ import annotations

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
SCORER = SHARED / "tools" / "score.py"
YEARS = {"2015": (3, 4), "2018": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2018", "2026"}
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases of the paper
GENERIC = """湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 湖南图片库 相关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委
省委书记 省长 副省长 省工信厅 省经信委 省商务厅 省发展改革委 长沙海关 海关总署 国家级 省级
高质量发展 先进制造业 制造业 产业集群 产业链 供应链 轨道交通装备 轨道交通 工程机械 进出口总值 进出口
同比增长 同比下降 亿元 万元 百分点 规模以上工业 规模以上 规模工业增加值 增加值 主营业务收入 中欧班列
跨境电商 自贸试验区 新能源汽车 新一代 人工智能 数字经济 工业互联网 乡村振兴 中非经贸 一带一路
以旧换新 三高四新 美好蓝图 现代化新湖南 社会主义现代化 重要指示 批示精神 重要讲话 党的二十大
长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 怀化市 娄底市 邵阳市 益阳市 永州市 张家界
湘西土家族苗族自治州 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 娄底 邵阳 益阳 永州 湖南省 湖南
劳动密集型产品 机电产品 外商投资企业 电子信息 生物医药
非物质文化遗产 雨雪冰冻 经营主体 国家重要先进制造业高地 新一代自主安全计算系统 西部陆海新通道 湘粤非铁海联运 走在全国前列 提供有力支撑 国家和地区 高新技术产品 现代化产业体系 专精特新 “小巨人” 小巨人 工业和信息化 公共服务平台 绿色化 智能化 数字化 道路交通安全 危险化学品 高新技术企业 企业技术中心 基础设施建设 中央八项规定精神 中小航空发动机 各级各部门 智能制造
召开 会议强调 会议指出 会议要求 出席并讲话 在长沙召开 在长沙举行 记者从 获悉 今年以来 据了解 日前
""".split()
CJK1 = re.compile(r"[\u4e00-\u9fff]")

failures: list[str] = []


def fail(msg):
    failures.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "#")
    return re.sub(r"\s+", "", s)


def windows(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK1.findall(w)) >= 5:
            yield w


def seed_windows():
    ws = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                ws.update(windows(t))
    return ws


def main():
    results, readme = compose.compose(write=False)

    # 1. byte-for-byte rebuild
    on_disk = {p.name: p.read_bytes() for p in (HERE / "pages").glob("*.txt")}
    built = {r["name"] + ".txt": r["text"].encode("utf-8") for r in results}
    if on_disk != built:
        fail("pages/ differ from a fresh build (run compose.py)")
    on_disk = {p.name: p.read_bytes() for p in (HERE / "gold").glob("*.json")}
    built = {r["name"] + ".json": r["gjson"].encode("utf-8") for r in results}
    if on_disk != built:
        fail("gold/ differ from a fresh build (run compose.py)")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme:
        fail("README.md differs from a fresh build")
    for n in range(1, 15):
        if not (HERE / "src" / f"p{n:02d}.txt").exists():
            fail(f"src/p{n:02d}.txt missing")

    # 2. shape
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    lay = Counter(r["meta"]["layout"] for r in results)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}, want 7 column + 7 paragraph")
    years = Counter(r["gold"]["issue_date"][:4] for r in results)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    fronts = [r for r in results if r["gold"]["issue_number"] is not None]
    if sorted(r["gold"]["issue_date"][:4] for r in fronts) != sorted(FRONT_YEARS):
        fail("front pages must be one in 2018 and one in 2026")
    for r in results:
        g, name = r["gold"], r["name"]
        if g["source"] != name + ".txt":
            fail(f"{name}: source field")
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name):
            fail(f"{name}: bad name")
        import hashlib
        if hashlib.sha256(r["text"].encode()).hexdigest()[:16] != name[4:]:
            fail(f"{name}: hash")
        nch = len(re.sub(r"\s+", "", r["text"]))
        if not 4500 <= nch <= 6500:
            fail(f"{name}: {nch} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if list(g) != TOP_KEYS:
            fail(f"{name}: top-level keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ART_KEYS:
                fail(f"{name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if re.sub(r"\s+", "", s) not in a["paragraphs"]:
                    fail(f"{name}: subhead {s!r} not among paragraphs")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{name}: whitespace in paragraph {p[:20]!r}")
                if "¦" in p or "/" in a["title"]:
                    fail(f"{name}: layout mark left in gold")
        # front pages and their jumps
        if g["issue_number"] is not None:
            if not g["page_count"] or r["meta"]["page"] != "1":
                fail(f"{name}: front page needs page 1 and a page count")
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail(f"{name}: front page has no 下转2版")
            p2 = [x for x in results if x["gold"]["issue_date"] == g["issue_date"]
                  and x["meta"]["page"] == "2"]
            if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["gold"]["articles"]):
                fail(f"{name}: no page 2 with 上接1版 in the set")
        # text bookkeeping: every page character is in the gold, bar jump-marker glyphs
        page_c = Counter(squash(r["text"]))
        strs = compose_strings(g)
        gold_c = Counter(squash("".join(strs)))
        extra = gold_c - page_c
        lost = page_c - gold_c
        if sum(extra.values()):
            fail(f"{name}: gold holds text not on the page: {dict(extra)}")
        if sum(lost.values()) > 8 or set(lost) - set("▷▶▲△◀(（)）► "):
            fail(f"{name}: page text missing from gold: {dict(lost)}")

    # 3. seed-phrase rule
    sw = seed_windows()
    for r in results:
        for a in r["gold"]["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]:
                hits = sorted({w for w in windows(t) if w in sw})
                if hits:
                    fail(f"{r['name']}: shares seed phrase(s) {hits} in {t[:24]!r}")

    # 4. the perfect export, scored
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        (td / "pages").mkdir()
        (td / "gold").mkdir()
        export = {"articles": [], "sources": []}
        for r in results:
            g = r["gold"]
            (td / "pages" / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
            (td / "gold" / (r["name"] + ".json")).write_text(r["gjson"], encoding="utf-8")
            for a in g["articles"]:
                e = {"source": g["source"], "issue_date": g["issue_date"]}
                e.update({k: a[k] for k in ART_KEYS if k != "subheads"})
                e["title_derived"] = False
                export["articles"].append(e)
            export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                      "extras": g["extras"] + g["duplicates"]})
        (td / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(td / "export.json"), str(td / "gold"),
                              "--pages", str(td / "pages"), "-v"], capture_output=True, text=True)
        print(out.stdout, end="")
        if out.returncode:
            fail("scorer failed: " + out.stderr)
        for line in out.stdout.splitlines():
            if line.startswith("---") or line.startswith("    "):
                fail("scorer problem: " + line.strip())
            m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
            if not m:
                continue
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"cjk_space_left {v}")
            elif v != "1.000":
                fail(f"{k} = {v}")

    if failures:
        for f in failures:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


def compose_strings(g):
    strs = []
    for a in g["articles"]:
        strs += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")]
        strs += a["paragraphs"]
    return strs + g["extras"] + g["duplicates"]


if __name__ == "__main__":
    main()
