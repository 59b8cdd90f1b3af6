#!/usr/bin/env python3
"""Verify the set: perfect export scores 1.000 everywhere, shape, seed-phrase rule."""
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
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
CJ = re.compile(r"[\u4e00-\u9fff]")
# generic words blanked before the seed-phrase comparison
GENERIC = """湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 记者 相关负责人 有关负责人 负责人介绍 据了解 据介绍
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 省委书记 省委常委 省委 省政府 省政协 省人大常委会
全国人大 中央 高质量发展 同比增长 增长 以上 规模以上工业 规模以上 进出口总值 进出口 全省 我省 湖南省 湖南 今年 去年
长沙海关 省商务厅 省工信厅 省气象局 省林业厅 省林业局 省民政厅 省医保局 省人社厅 省发展改革委 省农业农村厅 省自然资源厅 省卫生健康委
长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市 湘西土家族苗族自治州
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 长株潭 洞庭湖 湘江
新时代 新征程 中国式现代化 党的二十大精神 党的二十大 二十届 全面从严治党 乡村振兴 以旧换新 新三样 老三样
社会消费品零售总额 一带一路 中非经贸 民营企业 国有企业 外资企业 先进制造业 现代化产业体系 有关部署
会议强调 会议指出 会议要求 会议提出 会议透露 会议认为 会上 今天 日前 近日 目前 截至 其中 同时 此外 下一步
进一步 非物质文化遗产 形式主义 官僚主义 产业链上下游 国家和地区 基础设施建设 工程机械 深度合作先行区 品牌影响力 太阳能电池 锂电池 生态环境保护 省应急管理厅 体系建设 专项整治 新能源汽车 疫情防控 等因素影响 确保各项措施 人力资源和社会保障厅 人社厅 人均可支配收入 博览会 密切关注 天气预报 个百分点 亿元 万元 万人 万亩 十四五 十五五 一季度 前两个月 前10个月 前11个月 1至10月 1至2月""".split()


def squash(s):
    return re.sub(r"\s+", "", s or "")


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    s = blank(squash(s))
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJ.findall(g)) >= 5:
            out.add(g)
    return out


def texts(g):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                yield a[k]
        yield from a["paragraphs"]


def main():
    fails = []
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = sorted(gold_dir.glob("*.json"))
    pages = sorted(pages_dir.glob("*.txt"))
    if len(golds) != 14 or len(pages) != 14:
        fails.append(f"expected 14 pages and 14 gold files, found {len(pages)} / {len(golds)}")
    export = {"articles": [], "sources": []}
    layouts, years, fronts = Counter(), Counter(), []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        if list(g) != KEYS:
            fails.append(f"{gf.name}: key order {list(g)}")
        name = g["source"]
        raw = (pages_dir / name).read_text(encoding="utf-8")
        h = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        if name != f"{name[:3]}_{h}.txt" or gf.stem != Path(name).stem:
            fails.append(f"{gf.name}: file name does not match page hash")
        if gf.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{gf.name}: not in the seeds' json layout")
        n = len(squash(raw))
        if not 4500 <= n <= 6500:
            fails.append(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{name}: {len(g['articles'])} articles")
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] is not None:
            fronts.append(g)
        # layout: column pages have one printed column line per text line
        lines = [l for l in raw.splitlines() if l.strip()]
        longl = sum(len(l) > 40 for l in lines)
        layouts["paragraph" if longl > len(lines) * 0.2 else "column"] += 1
        for a in g["articles"]:
            if list(a) != AKEYS:
                fails.append(f"{name}: article key order")
            if a["kind"] not in KINDS:
                fails.append(f"{name}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", p):
                    fails.append(f"{name}: CJK space in a paragraph {p[:20]}")
            pa = dict(a, source=name, issue_date=g["issue_date"], title_derived=False)
            export["articles"].append(pa)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if sorted(years) != ["2016", "2020", "2023", "2026"] or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    if len(fronts) != 2:
        fails.append(f"{len(fronts)} front pages")
    for f in fronts:
        arts = f["articles"]
        if not any(a["continued"].startswith("下转2版") for a in arts):
            fails.append(f"{f['source']}: front page jumps to no page 2")
        p2 = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        if not any(x["issue_date"] == f["issue_date"] and x is not f and
                   any(a["continued"].startswith("上接1版") for a in x["articles"]) for x in p2):
            fails.append(f"{f['source']}: no page 2 continuing it")
    # seed-phrase rule
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sg.read_text(encoding="utf-8"))):
            seed |= grams(t)
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts(g):
            common = grams(t) & seed
            if common:
                fails.append(f"{gf.name}: seed phrase {sorted(common)[:3]} in {t[:24]}")
    # perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(gold_dir), "--pages",
                            str(pages_dir), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        bits = line.split()
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
        elif len(bits) == 2 and "=" not in line and bits[0] not in ("articles_gold", "articles_pred"):
            want = "0" if bits[0] == "cjk_space_left" else "1.000"
            if bits[1] != want:
                fails.append(f"scorer figure {bits[0]} = {bits[1]}")
    if r.returncode:
        fails.append("scorer failed: " + r.stderr[-300:])
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
