#!/usr/bin/env python3
"""Verify the set: perfect-export score, shape, seed-phrase rule, reproducibility.

    python3 check.py        -> prints `check passed` or the failures
"""
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
fails = []

# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 新华社 中共中央 国务院 党中央 习近平 新时代中国特色社会主义思想
习近平总书记 中国特色社会主义 省委常委 省委书记 省委副书记 省长 副省长 省政府 省委 省人大常委会 省政协
相关负责人 负责人介绍 领导小组 工作领导小组 办公室 高质量发展 现代化新湖南 三高四新 同比增长 个百分点 以上 亿元 万元 全省 我省 湖南省
长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市
湘西土家族苗族自治州 湘西州 省发展改革委 省工信厅 省商务厅 省农业农村厅 省文化和旅游厅 省市场监管局
乡村振兴 产业链 供应链 党的二十大精神 二十大 一带一路 中央八项规定精神 形式主义 官僚主义 新型工业化
在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出 会议要求 据了解 据悉 近日 今天 今年以来 记者从
知识产权 非物质文化遗产 非遗 国家级 省级 市州 县市区 数字经济 人工智能 工业互联网
人均可支配收入 国家和地区 基础设施 企业技术中心 科技型中小企业 劳动密集型 一氧化碳 龙头企业
经济发展 增加值 制造业 新能源汽车 轨道交通 工程机械 进出口 有力支撑 政策措施 长株潭 城际铁路 专题调研 进一步 去年以来 获悉 工作会议 关键核心技术 专项整治 重点产业 春风行动 体系建设 天气变化 加快建设 人居环境 生活污水 负责人说 负责人表示 负责人介绍""".split()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg):
    fails.append(msg)


def seed_grams():
    grams = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                grams |= grams_of(t)
    return grams


def blank(s):
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1" * len(w))
    return s


def grams_of(t):
    s = blank(t)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u25a1" in g:
            continue
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def main():
    # 1. reproducibility: compose again in a scratch copy and compare bytes
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, td / f)
        shutil.copytree(HERE / "src", td / "src")
        subprocess.run([sys.executable, str(td / "compose.py")], check=True, capture_output=True)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (td / sub).iterdir())
            if a != b:
                fail(f"{sub}/ differs from a fresh compose")
                continue
            for n in a:
                if (HERE / sub / n).read_bytes() != (td / sub / n).read_bytes():
                    fail(f"{sub}/{n} not byte-identical on rebuild")
        if (HERE / "README.md").read_bytes() != (td / "README.md").read_bytes():
            fail("README.md not byte-identical on rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")

    # 2. the export a perfect segmenter would print
    arts, srcs = [], []
    layouts, years = Counter(), Counter()
    by_date = {}
    srcmeta = {}
    for s in sorted((HERE / "src").glob("p*.txt")):
        m = re.search(r"^page:\s*(.+)$", s.read_text(encoding="utf-8"), re.M)
        d, pno, lay, mode = [x.strip() for x in m.group(1).split("|")]
        srcmeta[s.name] = (d, pno, lay)
    for i, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        g = json.loads(gf.read_text(encoding="utf-8"))
        stem = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.stem != stem or gf.stem != stem or g["source"] != pg.name:
            fail(f"{pg.name}: name does not match its hash / gold")
        keys = list(g.keys())
        if keys != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{gf.name}: key order {keys}")
        for a in g["articles"]:
            if list(a.keys()) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                                  "continued", "subheads", "paragraphs"]:
                fail(f"{gf.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not in paragraphs")
            e = dict(a)
            e.pop("subheads")
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{pg.name}: {nchar} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pg.name}: {len(g['articles'])} articles")
        d, pno, lay = list(srcmeta.values())[i - 1]
        if d != g["issue_date"]:
            fail(f"{pg.name}: date mismatch")
        layouts[lay] += 1
        years[d[:4]] += 1
        by_date.setdefault(d, {})[pno] = g
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {dict(layouts)}")
    if set(years) != {"2015", "2018", "2023", "2026"} or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = 0
    for d, pp in by_date.items():
        if "1" in pp:
            fronts += 1
            g1 = pp["1"]
            if not (g1["issue_number"] and g1["page_count"] and g1["extras"]):
                fail(f"{d}: front page lacks masthead / number / page count")
            if not any(a["continued"].startswith("下转2版") for a in g1["articles"]):
                fail(f"{d}: front page has no 下转2版")
            if "2" not in pp or not any(a["continued"].startswith("上接1版") for a in pp["2"]["articles"]):
                fail(f"{d}: front page's page 2 missing or without 上接1版")
    if fronts != 2 or sorted(d[:4] for d, pp in by_date.items() if "1" in pp) != ["2015", "2023"]:
        fail("front pages must be two, in 2015 and 2023")

    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"cjk_space_left {v}")
            elif v != "1.000":
                fail(f"{k} = {v}")

    # 3. seed-phrase rule
    seeds = seed_grams()
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                shared = grams_of(t) & seeds
                if shared:
                    fail(f"{gf.name}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:20]!r}")

    if fails:
        print(out)
        for f in fails:
            print("FAIL", f)
        print(f"check failed ({len(fails)})")
        return 1
    print(out.strip())
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
