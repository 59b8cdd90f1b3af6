#!/usr/bin/env python3
"""Verify the set: rebuild in memory, score a perfect export, check shape and seed phrases.
Prints `check passed`.  Standard library only."""
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

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
FIELDS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
          "subheads", "paragraphs"]
TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
CJKSP = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"

# generic words blanked before the seed-phrase comparison: institution and place names,
# titles of office, set phrases of the paper
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 华声在线 新湖南客户端 通讯员 评论员 本报记者 新华社
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省纪委监委 省委常委 省委书记 省长 副省长
省工业和信息化厅 省工信厅 省商务厅 省农业农村厅 省教育厅 省文化和旅游厅 省林业局 省气象局
省发展改革委 省财政厅 省人社厅 省卫生健康委 省交通运输厅 省生态环境厅 省水利厅 长沙海关
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 高质量发展
三高四新 现代化新湖南 社会主义现代化 乡村振兴 相关负责人 主要负责人 同比增长 比上年增长
规模以上工业 规模以上 进出口总值 新能源汽车 先进制造业 产业链 供应链 百分点 以上 万亿元 亿元 万元
全省 我省 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市
邵阳市 张家界市 湘西土家族苗族自治州 长株潭 洞庭湖 安化县 今年以来 近年来 据了解 据悉
在长沙召开 在长沙举行 非物质文化遗产 轨道交通装备 气象部门 国家和地区 专题调研 座谈会
田间地头 天气变化 产业发展 生态环境保护 生态环境 基础设施 全国前列 省人力资源和社会保障厅 现代服务业 示范引领作用 增加值 因素影响 重要组成部分 同比分别增长 分别增长 深度融合 千家万户 工业和信息化 现代化产业体系 自然资源和规划局 优秀传统文化 出席并讲话 会议强调 会议指出 会议要求 会上 今天 日前 近日
"""


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s, words):
    for w in words:
        s = s.replace(w, "\x00")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\x00" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def fail(msg):
    print("CHECK FAILED:", msg)
    sys.exit(1)


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(srcs) != 14:
        fail(f"{len(srcs)} sources, want 14")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("want 14 pages and 14 gold files")
    export = {"articles": [], "sources": []}
    layouts = Counter()
    years = Counter()
    fronts = []
    by_date = {}
    words = sorted({squash(w) for w in GENERIC.split()}, key=len, reverse=True)
    seed_g = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed_g |= grams(blank(squash(s), words))
    shared = []
    for i, src in enumerate(srcs, 1):
        page, garts, extras, dups, markers, text, stats = compose.compose_page(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        pf = HERE / "pages" / f"{name}.txt"
        gfp = HERE / "gold" / f"{name}.json"
        if not pf.exists() or pf.read_text(encoding="utf-8") != text:
            fail(f"{src.name}: pages/{name}.txt missing or not rebuilt byte-for-byte")
        if hashlib.sha256(pf.read_bytes()).hexdigest()[:16] != h:
            fail(f"{pf.name}: name does not match its SHA-256")
        graw = gfp.read_text(encoding="utf-8")
        gold = json.loads(graw)
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != graw:
            fail(f"{gfp.name}: not indent=1 / ensure_ascii=False")
        if list(gold) != TOP:
            fail(f"{gfp.name}: top-level key order {list(gold)}")
        if gold["source"] != pf.name:
            fail(f"{gfp.name}: source field")
        for a in gold["articles"]:
            if list(a) != FIELDS:
                fail(f"{gfp.name}: article key order {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gfp.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gfp.name}: subhead {s} not among the paragraphs")
            for p in a["paragraphs"]:
                if re.search(f"(?<=[{CJKSP}])\\s+(?=[{CJKSP}])", p) or not p.strip():
                    fail(f"{gfp.name}: paragraph with layout spaces or empty: {p[:30]}")
        n = len(gold["articles"])
        nchar = len(re.sub(r"\s", "", text))
        if not 7 <= n <= 13:
            fail(f"{pf.name}: {n} articles")
        if not 4500 <= nchar <= 6500:
            fail(f"{pf.name}: {nchar} characters")
        layouts[page["layout"]] += 1
        years[page["date"][:4]] += 1
        by_date.setdefault(page["date"], {})[page["page"]] = gold
        if page["page"] == "1":
            fronts.append(gold)
        # seed phrases
        for a in gold["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for g in grams(blank(squash(s), words)) & seed_g:
                    shared.append((pf.name, g))
        # the perfect export
        for a in gold["articles"]:
            e = {"source": pf.name, "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in FIELDS})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": pf.name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + markers})
    if shared:
        for s in shared[:40]:
            print("seed phrase:", s)
        fail(f"{len(shared)} runs shared with the seeds")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2018", "2021", "2022", "2024"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for g in fronts) != ["2018", "2022"]:
        fail("want two front pages, 2018 and 2022")
    for g in fronts:
        if not g["issue_number"] or not g["page_count"] or not g["extras"]:
            fail(f"{g['source']}: front page without masthead / issue number / page count")
        p2 = by_date[g["issue_date"]].get("2")
        if not p2:
            fail(f"{g['source']}: no page 2 of the same issue in the set")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{g['source']}: no jump to page 2")
        if not any(a["kind"] == "continuation" and "上接1版" in a["continued"] for a in p2["articles"]):
            fail(f"{p2['source']}: no continuation from page 1")
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        cmd = [sys.executable, SCORE, str(ep), str(HERE / "gold"), "--pages", str(HERE / "pages")]
        out = subprocess.run(cmd + ["-v"], capture_output=True, text=True).stdout
        print(out, end="")
        js = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout
                        .split("\nseg_f1=")[0])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
    for k, v in js.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fail("cjk_space_left")
        elif v is None or v != 1.0:
            fail(f"{k} = {v}")
    if js["articles_gold"] != js["articles_pred"]:
        fail("article counts")
    print("check passed")


if __name__ == "__main__":
    main()
