#!/usr/bin/env python3
"""Verify the dev_vf test set; prints `check passed` when every rule holds.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the set has its shape (14 pages, 7 per layout, years, fronts and their page 2s,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format);
3. the export a perfect segmenter would print scores 1.000 on every figure with
   /work/shared/tools/score.py, coverage 1.000 and no problem line;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words).
Standard library only.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"
YEARS = {2015: (3, 4), 2021: (3, 4), 2024: (3, 4), 2025: (3, 4)}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked on both sides before comparing with the seeds:
# institution names, place names, titles and set phrases of the paper.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 通讯员 记者 评论员 新华社
中共中央 党中央 国务院 全国人大 全国政协 习近平总书记 习近平新时代中国特色社会主义思想
省委 省政府 省人大常委会 省政协 省纪委监委 省委常委 副省长 省长 省委书记 秘书长
省工信厅 省商务厅 省交通运输厅 省科技厅 省民政厅 省农业农村厅 省发展改革委 省财政厅
省应急管理厅 省气象局 省市场监管局 省人社厅 省教育厅 省卫生健康委 省文旅厅
湖南省 长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市
娄底市 邵阳市 张家界市 湘西土家族苗族自治州 湘西州 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳
郴州 永州 怀化 娄底 邵阳 张家界 湘西 湘南 湘北 湘中 洞庭湖 湘江
高质量发展 现代化新湖南 社会主义现代化 三高四新 美好蓝图 战略定位和使命任务
党的二十大精神 二十大精神 两个确立 两个维护 决定性意义 国之大者
相关负责人 主要负责人 负责人介绍 负责人表示 记者从 日前 近日 今年以来 据了解
同比增长 比上年增长 个百分点 规模以上工业 规模以上 先进制造业 工业互联网 数字经济
产业链 供应链 中小企业 专精特新 小巨人 智赋万企 乡村振兴 以旧换新
亿元 万元 万吨 万人次 公里 全省各级 全省上下 一批 一系列 进一步 加快推进 深入推进
持续推进 重点任务 重要讲话 指示批示精神 工作会议 座谈会 在长沙召开 在长沙举行
出席会议 并讲话 出席并讲话 据悉 目前 下一步 与此同时 截至 月底 以来
高新技术企业 社会消费品零售总额 人均可支配收入 关键核心技术 新一代信息技术 技术合同成交额
工业增加值 增加值增长 制造业增加值 新能源汽车 专项整治 排查整治 特殊群体 近年来 获悉
今年我省 今年全省 我省将 轨道交通装备 轨道交通 雨雪冰冻天气 重要组成部分 推进会
关注天气变化 非物质文化遗产 西部陆海新通道 道路交通安全 人力资源和社会保障厅 落实主体责任
科技创新高地 生物医药 产业集群 规模性返贫 年度目标任务 微信公众号 工作领导小组 居全省第二位
中小航空发动机 先进硬质材料 中南大学 湖南大学 重大危险源 公共服务平台 走出去 一对一
三年行动计划 国家和地区 高价值专利 清醒看到 不正之风和腐败问题 等因素影响 负责人说
""".split()


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def cjk_count(s: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "#")
    return s


def grams(s: str):
    s = blank(s)
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if cjk_count(g) >= 5:
            yield g


def seed_texts():
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
            yield from a["paragraphs"]
            yield from a["subheads"]


def main():
    # 1. rebuild byte for byte
    out, phen, rows = compose.build()
    on_disk = {}
    for d in ("pages", "gold"):
        for f in sorted((HERE / d).iterdir()):
            on_disk[f"{d}/{f.name}"] = f.read_bytes()
    on_disk["README.md"] = (HERE / "README.md").read_bytes()
    if set(on_disk) != set(out):
        fail(f"files differ from a fresh compose: {sorted(set(on_disk) ^ set(out))}")
    for k, v in out.items():
        if on_disk[k] != v:
            fail(f"{k} differs from a fresh compose")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14:
        fail(f"{len(pages)} pages, want 14")
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if [s.name for s in srcs] != [f"p{n:02d}.txt" for n in range(1, 15)]:
        fail("src/p01.txt … src/p14.txt expected")
    metas = [compose.parse_source(s)[0] for s in srcs]
    lay = Counter(m["layout"] for m in metas)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(int(m["date"][:4]) for m in metas)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    golds = {}
    for n, (p, m) in enumerate(zip(pages, metas), start=1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt":
            fail(f"{p.name}: name is not NNN_<sha256[:16]>")
        gp = HERE / "gold" / (p.stem + ".json")
        raw = gp.read_text(encoding="utf-8")
        g = json.loads(raw)
        if list(g) != KEYS or raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not in the seeds' gold format")
        if g["source"] != p.name:
            fail(f"{gp.name}: source {g['source']}")
        for a in g["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{gp.name}: article keys/kind {list(a)} {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(f"(?<=[{CJK}])\\s+(?=[{CJK}])", para):
                    fail(f"{gp.name}: space between CJK in gold paragraph {para[:20]}")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        d = dt.date.fromisoformat(g["issue_date"])
        if d.isoformat() != m["date"]:
            fail(f"{p.name}: date")
        golds[p.name] = (g, m, text)
    fronts = [(k, g, m) for k, (g, m, t) in golds.items() if g["issue_number"]]
    if len(fronts) != 2 or sorted(m["date"][:4] for _, _, m in fronts) != ["2021", "2025"]:
        fail("two front pages wanted, in 2021 and 2025")
    for k, g, m in fronts:
        if not g["page_count"] or not g["extras"] or m.get("paper_page") != "1":
            fail(f"{k}: front page without masthead / page count")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{k}: no 下转2版")
        twos = [(k2, g2) for k2, (g2, m2, _) in golds.items()
                if g2["issue_date"] == g["issue_date"] and m2.get("paper_page") == "2"]
        if len(twos) != 1 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                                     for a in twos[0][1]["articles"]):
            fail(f"{k}: no page 2 with 上接1版 in the set")
    others = [g for g, m, t in golds.values() if not g["issue_number"]]
    if any(g["page_count"] for g in others):
        fail("page count on a non-front page")

    # 3. the perfect export scores 1.000
    export = {"articles": [], "sources": []}
    for name, (g, m, t) in golds.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    figures = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        mm = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if mm:
            figures[mm.group(1)] = mm.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fail(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail("cjk_space_left = " + str(figures.get("cjk_space_left")))

    # 4. no seed phrase
    seed = set()
    for s in seed_texts():
        seed.update(grams(s))
    shared = Counter()
    for name, (g, m, t) in golds.items():
        for a in g["articles"]:
            for s in [a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]] + a["paragraphs"] + a["subheads"]:
                for gr in grams(s):
                    if gr in seed:
                        shared[(name[:3], gr)] += 1
    if shared:
        for (n, gr), c in sorted(shared.items()):
            print("   seed phrase", n, gr)
        fail(f"{len(shared)} runs shared with the seeds")
    print("check passed")


CJK = compose.re.escape("") + r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"

if __name__ == "__main__":
    main()
