#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare byte-for-byte, score a perfect export,
check the shape of the set and the seed-phrase rule. Prints `check passed`."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
YEARS = {"2015": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人 高质量发展 同比增长 百分点 习近平总书记
习近平新时代中国特色社会主义思想 中国特色社会主义 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 长沙 湖南省 湖南 株洲 湘潭 衡阳 岳阳 常德 郴州 永州 怀化 娄底 益阳 邵阳
张家界 湘西土家族苗族自治州 长株潭 全省 我省 今年以来 近年来 据了解 据悉 与此同时 进一步 会议强调 会议要求
会议指出 在长沙召开 在长沙举行 记者从 获悉 今天 日前 近日 以上 以来 亿元 万元 万吨 万头 个百分点
省工业和信息化厅 省工信厅 省商务厅 省农业农村厅 省应急管理厅 长沙海关 省发展改革委 中非经贸博览会
人均可支配收入 中小企业特色 高端化 智能化 绿色化 现代化产业体系 规模以上工业增加值 增加值 未来产业 新兴产业 经营主体 深度融合 工业和信息化部 小巨人 制造业单项冠军 专精特新 国家级 国家和地区 航空航天 轨道交通 先进硬质材料 锂电新能源 以习近平同志为核心的党中央 作出的重大决策部署 忠诚干净担当 轨道交通装备 中小航空发动机 西部陆海新通道 高新技术企业 技术合同成交额 人力资源和社会保障 公共服务平台 走出去 警示教育 产业集群 先进储能材料 新一代信息技术 工程机械 先进制造业 产业链 数字经济 新能源汽车 工业互联网 实体经济 乡村振兴
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for g in GENERIC:
        s = s.replace(g, "□")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a.get(f):
                yield a[f]
        yield from a.get("paragraphs") or []


def main():
    fails = []
    results = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = sorted(p.name for p in (HERE / "pages").glob("*.txt"))
    if on_disk != sorted(r["name"] + ".txt" for r in results):
        fails.append("pages/ does not match a fresh composition")
    for r in results:
        pt = HERE / "pages" / (r["name"] + ".txt")
        gt = HERE / "gold" / (r["name"] + ".json")
        if not pt.exists() or pt.read_text(encoding="utf-8") != r["text"]:
            fails.append(f"{pt.name}: differs from a fresh composition")
        if not gt.exists() or gt.read_text(encoding="utf-8") != r["gtext"]:
            fails.append(f"{gt.name}: differs from a fresh composition")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(results):
        fails.append("README.md differs from a fresh composition")
    # 2. shape
    if len(results) != 14:
        fails.append(f"{len(results)} pages, want 14")
    layouts = Counter(r["meta"]["layout"] for r in results)
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    years = Counter(r["meta"]["date"][:4] for r in results)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fails.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    fronts = [r for r in results if r["gold"]["issue_number"]]
    if sorted(r["meta"]["date"][:4] for r in fronts) != ["2018", "2024"]:
        fails.append("want one front page in 2018 and one in 2024")
    for f in fronts:
        g = f["gold"]
        if not g["page_count"] or f["meta"]["page"] != "1":
            fails.append(f"{f['name']}: front page lacks page count / page 1")
        downs = [a for a in g["articles"] if "下转2版" in a["continued"]]
        p2 = [r for r in results if r["meta"]["date"] == f["meta"]["date"] and r["meta"]["page"] == "2"]
        ups = [a for r in p2 for a in r["gold"]["articles"] if a["continued"].startswith("上接1版")]
        if not downs or not p2 or not ups:
            fails.append(f"{f['name']}: no 下转2版 / 上接1版 pair in the set")
    for r in results:
        n = len(r["gold"]["articles"])
        chars = len(re.sub(r"\s", "", r["text"]))
        if not 7 <= n <= 13:
            fails.append(f"{r['name']}: {n} articles")
        if not 4500 <= chars <= 6500:
            fails.append(f"{r['name']}: {chars} characters")
        import hashlib
        h = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16]
        if not r["name"].endswith("_" + h):
            fails.append(f"{r['name']}: name does not carry the page hash")
        if r["gold"]["source"] != r["name"] + ".txt":
            fails.append(f"{r['name']}: gold source field")
    # 3. seed-phrase rule
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(norm(t))
    for r in results:
        for t in texts(r["gold"]):
            shared = grams(norm(t)) & seed
            if shared:
                fails.append(f"{r['src']}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:24]!r}")
    # 4. a perfect export, scored
    export = {"articles": [], "sources": []}
    for r in results:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                        "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fails.append(f"scorer figure {m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fails.append("cjk spaces left in gold paragraphs")
    if "coverage         1.000" not in out:
        fails.append("coverage is not 1.000")
    if res.returncode:
        fails.append(f"scorer exit {res.returncode}")
    if fails:
        for f in fails:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
