#!/usr/bin/env python3
"""Verify the dev_uv test set.  Prints `check passed` or the failures.

    python3 compose.py && python3 check.py

1. compose.py rebuilds pages/ and gold/ byte-for-byte (recomposed here in memory);
2. the export a perfect segmenter would print (every gold article; each page's extras
   and duplicates) scores 1.000 on every figure of /work/shared/tools/score.py, with
   coverage 1.000 and no problem line;
3. the set has the shape the brief asks (pages, layouts, years, sizes, front pages);
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
"""
from __future__ import annotations

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
sys.dont_write_bytecode = True
import compose  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution names, place
# names, offices, and set phrases of the paper that any story may use.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社 华声在线 新湖南客户端
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 中央 党和国家
省委书记 省委副书记 省长 副省长 省委常委 省人大常委会 省政协 省政府 省委 省直 省领导
省委宣传部 省发展改革委 省工信厅 省商务厅 省农业农村厅 省文化和旅游厅 省卫生健康委
省药监局 省科技厅 省电力公司 国网湖南省电力有限公司 国家电网 省能源局 省交通运输厅
省教育厅 省公安厅 省人社厅 省民政厅 省自然资源厅 省生态环境厅 省财政厅 省统计局
长沙海关 海关总署 财政部 商务部 市委 县委 区委 市政府 县政府 乡镇 村民 党员干部
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西 湘江 洞庭湖 长株潭 浏阳 宁乡 攸县 醴陵 汝城 宜章 隆回 新化 溆浦 辰溪
中非经贸博览会 中非经贸深度合作先行区 中非 非洲 一带一路 东盟 粤港澳大湾区
相关负责人 负责人介绍 负责人表示 负责人说 据了解 据介绍 据悉 近日 今天 日前 目前
人力资源和社会保障厅 研发投入 工业和信息化 中医药 等方面 清醒看到 必然选择 进展顺利 调研组 现场签约 经贸合作 机电产品 对非贸易 今冬明春 雨雪冰冻 隐患排查整治 重点抓好 较去年同期 历史同期新高 今年前 湘粤非铁海联运 密切关注 移送司法机关 亿元的企业 产业集聚区 自主研发 持续增强 十四五 提升服务水平 高新技术企业 专项整治 人均可支配收入 分别增长 进出口贸易 出口实绩 基础设施建设 解决实际问题 高新技术产品 国家和地区 生态环境保护 轨道交通装备 三年行动计划 情况汇报 研究部署 农产品加工 增加值增长 走出去 工业经济 规模工业 制造业增加值 公共服务平台 新能源汽车 电子信息 装备制造 获悉 今年我省 我省 近年来 重要抓手 全国前列 全省前列 同比增长 同比下降 比上年增长 个百分点 高质量发展 新质生产力 乡村振兴 三高四新
现代化新湖南 全面建设社会主义现代化 以习近平同志为核心的党中央 两个确立 两个维护
重要讲话和指示批示精神 重要指示批示精神 重要讲话 指示批示 深入学习贯彻 坚持以
规模以上工业 进出口总值 社会消费品零售总额 生物医药 乡村旅游 特色产业
全省上下 全省各地 各级各部门 有关部门 出席 参加 主持召开 召开 会议强调 会议指出 会议要求
"""
GENERIC_WORDS = sorted({w for w in GENERIC.split() if w}, key=len, reverse=True)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = norm(s)
    for w in GENERIC_WORDS:
        s = s.replace(norm(w), "□" * len(norm(w)))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum("\u3400" <= c <= "\u9fff" for c in g) >= 5:
            out.add(g)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append(a["kicker"] + a["title"] + a["subtitle"])
        out.extend(a["paragraphs"])
    return out


def main() -> int:
    fails: list[str] = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))

    # 1. rebuilt byte-for-byte
    if not (len(srcs) == len(pages) == len(golds) == 14):
        fails.append(f"expected 14 sources/pages/golds, got {len(srcs)}/{len(pages)}/{len(golds)}")
    for n, src in enumerate(srcs, 1):
        text, gold, _ = compose.compose(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        pt, gj = HERE / "pages" / (name + ".txt"), HERE / "gold" / (name + ".json")
        if not pt.exists() or pt.read_bytes() != text.encode("utf-8"):
            fails.append(f"{src.name}: page {pt.name} not rebuilt byte-for-byte")
        want = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gj.exists() or gj.read_bytes() != want.encode("utf-8"):
            fails.append(f"{src.name}: gold {gj.name} not rebuilt byte-for-byte")

    # 2. a perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"], "duplicates": g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fails.append(f"cjk_space_left {v}")
        elif v != "1.000":
            fails.append(f"{k} {v}")
    if "coverage" not in r.stdout or "None" in r.stdout:
        fails.append("a figure is missing or None")
    if r.returncode:
        fails.append(f"scorer exited {r.returncode}: {r.stderr[-300:]}")

    # 3. shape
    layouts, years = Counter(), Counter()
    fronts = []
    by_date: dict[str, list[dict]] = {}
    for src, gf, pf in zip(srcs, golds, pages):
        meta = compose.parse(src)["meta"]
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = pf.read_text(encoding="utf-8")
        if list(g) != KEYS:
            fails.append(f"{gf.name}: keys {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fails.append(f"{gf.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fails.append(f"{gf.name}: kind {a['kind']}")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.stem[4:] != h or gf.stem != pf.stem or g["source"] != pf.name:
            fails.append(f"{pf.name}: name does not match its hash / gold")
        layouts[meta["layout"]] += 1
        year = int(g["issue_date"][:4])
        years[year] += 1
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fails.append(f"{pf.name}: {len(g['articles'])} articles")
        by_date.setdefault(g["issue_date"], []).append({"meta": meta, "gold": g, "name": pf.name})
        if g["issue_number"]:
            fronts.append((g, meta, pf.name))
        allf = json.dumps(g["articles"], ensure_ascii=False)
        if year < 2019 and "全媒体" in allf:
            fails.append(f"{pf.name}: 全媒体 before 2019")
        if year >= 2019:
            for a in g["articles"]:
                d = a["dateline"]
                if d.startswith("湖南日报") and "记者" in d and "全媒体记者" not in d:
                    fails.append(f"{pf.name}: plain 记者 after 2019: {d}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    if set(years) != {2016, 2018, 2023, 2025} or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    if len(fronts) != 2 or {int(g['issue_date'][:4]) for g, _, _ in fronts} != {2018, 2025}:
        fails.append(f"front pages: {[n for _, _, n in fronts]}")
    for g, meta, name in fronts:
        if meta.get("pageno") != "1" or not g["page_count"] or not g["extras"]:
            fails.append(f"{name}: front page lacks page number / page count / masthead")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fails.append(f"{name}: front page has no 下转2版 jump")
        twos = [p for p in by_date[g["issue_date"]] if p["meta"].get("pageno") == "2"]
        if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["gold"]["articles"]):
            fails.append(f"{name}: no page 2 with 上接1版 in the set")

    # 4. seed phrases
    seed = set()
    for sg in sorted(SEED_GOLD.glob("*.json")):
        for t in texts_of(json.loads(sg.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        shared = set()
        for t in texts_of(g):
            shared |= grams(blank(t)) & seed
        if shared:
            fails.append(f"{gf.name}: shares seed phrases {sorted(shared)[:8]}")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
