#!/usr/bin/env python3
"""Verify the dev_vk set; prints `check passed` when every rule holds."""
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
FAIL = []

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases any report of the paper uses
GENERIC = """
习近平新时代中国特色社会主义思想 中国特色社会主义 党中央 国务院 全国人大 省人大常委会 人大常委会
省委 省政府 省政协 省委常委 省委书记 省长 副省长 省人大 省纪委 省委宣传部 省教育厅 省工信厅
省商务厅 省发展改革委 省财政厅 省交通运输厅 省农业农村厅 省自然资源厅 省应急管理厅 人力资源和社会保障厅 省人社厅
湖南日报 全媒体记者 新湖南客户端 华声在线 评论员 通讯员 记者 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳
岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州 长株潭 相关负责人 有关负责人
高质量发展 先进制造业 现代化 新时代 以来 今年以来 近年来 近日 今天 日前 据了解 据介绍 据悉
同比增长 比上年增长 亿元 万元 个百分点 进出口 全省 我省 全市 全国 工作会议 座谈会 专项整治
产业链 数字经济 工业互联网 规模以上工业 增加值 新能源汽车 工程机械 轨道交通 中小企业
乡村振兴 国家和地区 机电产品 中小航空发动机 ‘小巨人’ 软件和信息技术服务 同比分别增长 有力支撑 国际陆港 负责人介绍 会议强调 会议指出 会议要求 工作委员会 高端化 智能化 绿色化 负责人 重要组成部分 生态环境保护 行政事业单位 党组书记 关键核心技术 研发投入 专精特新 “小巨人” 工业和信息化部 电子信息 生物医药 智能制造 基础设施 人民群众 党员干部 基层 总书记 重要讲话 重要指示 指示精神 贯彻落实 决策部署
""".split()


def fail(msg):
    FAIL.append(msg)


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts_of(article):
    return [article.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(article["paragraphs"])


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(srcs) != 14 or len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 sources/pages/golds, got {len(srcs)}/{len(pages)}/{len(golds)}")

    # 1. rebuild in memory: page text must equal the file byte for byte
    markers = {}
    for n, src in enumerate(srcs, 1):
        page, arts, layout = compose.parse(src)
        pg = compose.Page(page, arts, layout, random.Random(src.name))
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}.txt"
        p = HERE / "pages" / name
        if not p.exists() or p.read_bytes() != text.encode("utf-8"):
            fail(f"{src.name}: page file {name} missing or not rebuilt identically")
        markers[name] = pg.markers

    # 2. shape
    years, layouts, fronts = Counter(), Counter(), []
    by_date = {}
    gold_data = {}
    keys = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
    akeys = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
             "subheads", "paragraphs"]
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        gold_data[g.name] = d
        if list(d) != keys:
            fail(f"{g.name}: keys {list(d)}")
        if g.read_text(encoding="utf-8") != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        src = d["source"]
        if src[:-4] != g.name[:-5]:
            fail(f"{g.name}: source {src}")
        text = (HERE / "pages" / src).read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != src[4:20]:
            fail(f"{src}: name is not the hash of its text")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{src}: {chars} characters")
        na = len(d["articles"])
        if not 7 <= na <= 13:
            fail(f"{src}: {na} articles")
        for a in d["articles"]:
            if list(a) != akeys:
                fail(f"{src}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{src}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{src}: subhead {s} not in paragraphs")
        years[d["issue_date"][:4]] += 1
        layouts["column" if re.match(r"^ \S", text) and "\n\n" in text[:200] and not text.startswith("\n") else "para"] += 1
        by_date.setdefault(d["issue_date"], []).append(d)
        if d["issue_number"]:
            fronts.append(d)
            if not isinstance(d["page_count"], int):
                fail(f"{src}: page_count")
    if dict(years) != {"2017": 4, "2020": 4, "2023": 3, "2025": 3}:
        fail(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["para"] != 7:
        fail(f"layouts {dict(layouts)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2023"]:
        fail("front pages must be in 2017 and 2023")
    for f in fronts:
        jumps = [a for a in f["articles"] if re.search(r"下转(第)?2版", a["continued"])]
        mates = [x for x in by_date[f["issue_date"]] if x is not f]
        conts = [a for m in mates for a in m["articles"] if re.search(r"上接(第)?1版", a["continued"])]
        if not jumps or not conts:
            fail(f"{f['source']}: front page without its jump to page 2")

    # 3. seed-phrase rule
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for t in texts_of(a):
                seed |= grams(blank(t))
    for name, d in gold_data.items():
        for a in d["articles"]:
            for t in texts_of(a) + [a["column"]]:
                hit = grams(blank(t)) & seed
                if hit:
                    fail(f"{d['source']}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:30]!r}")

    # 4. the export a perfect segmenter would print, scored
    export = {"articles": [], "sources": []}
    for name, d in gold_data.items():
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            e.update({k: a[k] for k in akeys})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": d["source"], "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"] + markers.get(d["source"], [])})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
        rj = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep),
                             str(HERE / "gold"), "--pages", str(HERE / "pages"), "--json"],
                            capture_output=True, text=True)
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    if figs["coverage"] != 1.0:
        fail(f"coverage {figs['coverage']!r} is not exactly 1")
    out = r.stdout
    print(out, end="")
    if r.returncode or "---" in out:
        fail("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "None" and v != "1.000":
            fail(f"{k} {v}")
    if FAIL:
        for f in FAIL:
            print("FAIL:", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
