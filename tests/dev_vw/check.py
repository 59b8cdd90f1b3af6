#!/usr/bin/env python3
"""Verify the dev_vw test set; prints `check passed` when every check holds.

1. compose.py reproduces pages/, gold/ and README.md byte for byte;
2. the set's shape: 14 pages, 7 per layout, years and page counts, two front pages
   jumping to their page 2, 4,500-6,500 characters and 7-13 articles a page,
   file names from the SHA-256 of the page text, gold in the seeds' format;
3. a perfect export (every gold article; each page's extras and duplicates) scores
   1.000 on every figure with score.py, coverage 1.000 and no problem line;
4. no run of 6 characters holding 5 or more Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words).
Standard library only.
"""
from __future__ import annotations

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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2023": (3, 4), "2025": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution names, place
# names, titles and set phrases any page of the paper repeats.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 负责人介绍 负责人表示 有关负责人
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 副主任 副书记 秘书长 出席 主持 讲话 强调 指出 要求
高质量发展 高质量 现代化新湖南 社会主义现代化 三高四新 战略定位和使命任务 美好蓝图
同比增长 比上年增长 增长 百分点 亿元 万元 万人 以上 左右 今年以来 近年来 截至 目前
全省 我省 湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州
怀化 娄底 湘西土家族苗族自治州 湘西 醴陵 浏阳 洞庭湖 湘江 长株潭 湘北 湘中 湘南
省工信厅 省商务厅 省发展改革委 省人社厅 省气象局 省水利厅 省应急管理厅 省自然资源厅
省财政厅 省教育厅 省卫生健康委 省市场监管局 省政务服务中心 省数据局 长沙海关
数字经济 数字化转型 工业互联网 先进制造业 产业集群 产业链 人工智能 大数据 数据中心
新一代信息技术 软件和信息技术服务业 智赋万企 规模以上工业 规模以上 中小企业 专精特新
一网通办 政务服务 营商环境 放管服 招聘会 就业岗位 春风行动 高校毕业生 农民工
雨雪冰冻 低温雨雪冰冻天气 厄尔尼诺 降雨量 降水偏多 气温偏高 防汛 抗旱 应急响应 汛期
新能源汽车 以旧换新 进出口 外贸 中欧班列 陆海新通道
自然资源和规划局 先进陶瓷 人力资源和社会保障 重点行业领域 监测预警系统 监测预警 公共服务平台 重要组成部分 十四五 各类经营主体 经营主体 复合型人才 现代化产业体系 深度融合 学习贯彻党的二十大精神 党的二十大精神 党的二十大 人力资源服务产业园 年度目标任务 目标任务 轨道交通 生产经营单位 隐患排查整治 电子信息制造业 制造业 增加值 召开 举行 各级各部门 基础设施建设 农村人居环境 非物质文化遗产 国家和地区 智能化 绿色化 数字化 网络化 常年同期 同期 国内外
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def person_names(s: str) -> list[str]:
    """Names in a dateline or byline: the tokens inside its brackets or after its role."""
    if re.search(r"[讯电][（(]", s):
        s = re.sub(r"^.*?[讯电][（(]", "", s)
        s = re.sub(r"[）)].*$", "", s)
    s = re.sub(r"湖南日报[·\w]*?记者|全媒体记者|记者|通讯员|评论员|报道|摄影|摄|文丨|漫画/|以上图片均由|湖南图片库|湖南日报", " ", s)
    return [x for x in s.split() if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", x) and x != "全媒体"]


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    # 1. byte-for-byte rebuild
    before = {p: p.read_bytes() for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    before[HERE / "README.md"] = (HERE / "README.md").read_bytes()
    compose.main()
    after = {p: p.read_bytes() for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    after[HERE / "README.md"] = (HERE / "README.md").read_bytes()
    if before != after:
        fail("compose.py does not rebuild the set byte for byte")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if not (len(pages) == len(golds) == len(srcs) == 14):
        fail(f"expected 14 pages, gold files and sources: {len(pages)} {len(golds)} {len(srcs)}")

    # 2. shape
    layouts, years = Counter(), Counter()
    fronts = []
    by_date: dict[str, list] = {}
    for n, (p, g, s) in enumerate(zip(pages, golds, srcs), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"file name {p.name} / {g.name} does not match the page hash {h}")
        raw = g.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not in the seeds' JSON format (indent=1, ensure_ascii=False)")
        if list(gold) != KEYS or gold["source"] != p.name:
            fail(f"{g.name}: keys or source wrong")
        for a in gold["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{g.name}: article keys or kind wrong: {list(a)} {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{g.name}: article without paragraphs")
            for sh in a["subheads"]:
                if sh.replace(" ", "") not in [x.replace(" ", "") for x in a["paragraphs"]]:
                    fail(f"{g.name}: subhead {sh!r} not among the paragraphs")
        page = compose.Page(s)
        layouts[page.meta["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        nchar = len(re.sub(r"\s", "", text))
        if not 4500 <= nchar <= 6500:
            fail(f"{p.name}: {nchar} characters (want 4,500-6,500)")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{p.name}: {len(gold['articles'])} articles (want 7-13)")
        by_date.setdefault(gold["issue_date"], []).append((page.meta["page"], gold, text))
        if page.meta["page"] == "1":
            fronts.append(gold)
            if not (gold["issue_number"] and gold["page_count"] and gold["extras"]):
                fail(f"{p.name}: front page without issue number, page count or masthead")
            if f"第{gold['issue_number']}号" not in text.replace(" ", ""):
                fail(f"{p.name}: issue number not printed")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if sum(years.values()) != 14 or set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2019", "2025"}:
        fail("want two front pages, 2019 and 2025")
    for f in fronts:
        same = by_date[f["issue_date"]]
        down = any("下转2版" in a["continued"] for a in f["articles"])
        up = any(pg == "2" and any(a["continued"].startswith("上接1版") for a in g["articles"])
                 for pg, g, _ in same)
        if not (down and up):
            fail(f"front page {f['source']} does not jump to its page 2 in the set")

    # 3. a perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in AKEYS})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(ex),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0 or "---" in r.stdout:
        fail("score.py reported problems")
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and "=" not in line and parts[0] not in ("articles_gold", "articles_pred"):
            k, v = parts
            if k == "cjk_space_left":
                if v != "0":
                    fail(f"cjk_space_left {v}")
            elif v != "1.000":
                fail(f"{k} = {v}")

    # 4a. invented people: no reporter / author name of the seeds in a dateline or byline
    seed_names = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            seed_names.update(person_names(a["dateline"]) + person_names(a["byline"]))
    for g in golds:
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            hit = set(person_names(a["dateline"]) + person_names(a["byline"])) & seed_names
            if hit:
                fail(f"{g.name}: seed person names reused: {sorted(hit)}")

    # 4. seed-phrase rule
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(blank(t)))
    bad = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in grams(blank(t)):
                    if x in seed:
                        bad.append((g.name[:3], x))
    if bad:
        for b in sorted(set(bad)):
            print("seed phrase:", *b)
        fail(f"{len(set(bad))} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
