#!/usr/bin/env python3
"""Verify the set: rebuild, perfect-export score, shape, seed-phrase rule.

    python3 check.py          prints `check passed` or the reasons it fails
"""
from __future__ import annotations

import filecmp
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
CJK = re.compile(r"[\u3400-\u9fff]")
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2017": (3, 4), "2021": (3, 4), "2025": (3, 4)}

# Generic words blanked before the seed-phrase comparison: institution and place names,
# titles of office and set phrases every page of the paper prints.
GENERIC = """
湖南日报 全媒体记者 全媒体评论员 通讯员 记者 相关负责人 负责人介绍 负责人表示
中共中央政治局 党中央 国务院 习近平新时代中国特色社会主义思想 习近平总书记
省委书记 省委副书记 省长 副省长 省委常委 省委秘书长 省政协主席 省政协副主席 省人大常委会 副主任
省委 省政府 省政协 省人大 省工信厅 省商务厅 省应急管理厅 省水利厅 省气象局 省工商联 省财政厅
省发展改革委 省农业农村厅 省教育厅 省卫生健康委 省交通运输厅 省自然资源厅 省文化和旅游厅
省住房城乡建设厅 省生态环境厅 省市场监管局 省防汛抗旱指挥部 省纪委监委 省委宣传部
长沙海关 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市
怀化市 娄底市 湘西土家族苗族自治州 湘西州 长株潭 洞庭湖 湘江 资水 沅水 澧水
湖南省 全省 我省 湖南 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
高质量发展 新时代 新征程 现代化 三高四新 乡村振兴 一带一路 中欧班列 同比增长 百分点
规模以上工业 工业增加值 进出口总值 个百分点 亿元 万元 社会主义 中国特色 党风廉政建设
主持召开 出席并讲话 召开 举行 在长沙 日前 今天 近日 记者从 获悉 据了解 据介绍
以旧换新 专精特新 小巨人 数字经济 先进制造业 人工智能 工业互联网 两个确立 两个维护
中央八项规定精神 形式主义 官僚主义 中西医 中非经贸 湖南图片库 以上图片均由 摄影报道
新一代 产业链 供应链 营商环境 民营企业 民营经济 高新技术企业 工程机械 轨道交通
湘商回归 纪委监委 安委会办公室 内陆地区改革开放高地 不正之风和腐败问题 腐败问题 进出口实绩 科技型中小企业 企业和群众 外商投资企业 电子元器件 各类经营主体 经营主体 关于进一步 国家科技进步奖 国家科学技术进步奖 中非经贸深度合作先行区 三年行动计划 同比分别增长 分别增长 国家和地区 文旅广电局 智能化、绿色化 提供有力支撑 会议透露 非物质文化遗产 自然资源和规划局 关键核心技术 技工贸总收入 气象部门 会议指出 会议强调 会议要求 增加值 党委、政府 广大党员干部 一个缩影 微信公众号 工作情况 优化发展环境 增速高于全国 各级各部门 学习贯彻 法治思维 法治方式 新型工业化 新能源汽车 消费品 基础设施 重点项目 招商引资 产业集群 经济开发区 高新区 经开区
""".split()


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def runs6(text: str) -> set[str]:
    out = set()
    for i in range(len(text) - 5):
        w = text[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def blank(text: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        text = text.replace(w, "\u0000\u0000")
    return re.sub(r"\s+", "", text)


def seed_texts() -> list[str]:
    out = []
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            out.append(a["kicker"] + "\u0000" + a["title"] + "\u0000" + a["subtitle"])
            out += a["paragraphs"]
    return out


def main():
    # 1. byte-for-byte rebuild
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], capture_output=True,
                           text=True)
        if r.returncode:
            fail("compose.py failed: " + r.stderr[-500:])
        for d in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / d).iterdir())
            fresh = sorted(p.name for p in (Path(tmp) / d).iterdir())
            if mine != fresh:
                fail(f"{d}/ differs from a fresh build: run compose.py")
            for n in mine:
                if not filecmp.cmp(HERE / d / n, Path(tmp) / d / n, shallow=False):
                    fail(f"{d}/{n} differs from a fresh build")
        if not filecmp.cmp(HERE / "README.md", Path(tmp) / "README.md", shallow=False):
            fail("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, found {len(pages)} / {len(golds)}")
    seed_gold = json.loads(next((SHARED / "gold").glob("*.json")).read_text(encoding="utf-8"))
    if list(seed_gold.keys()) != KEYS or list(seed_gold["articles"][0].keys()) != ART_KEYS:
        fail("seed gold key order changed?")
    layouts = Counter()
    years = Counter()
    fronts = []
    by_date = {}
    srcs = {}
    for s in sorted((HERE / "src").glob("p*.txt")):
        head = {}
        for line in s.read_text(encoding="utf-8").splitlines():
            if line.startswith("=="):
                break
            k, _, v = line.partition(" ")
            head[k] = v.strip()
        srcs[head["page"]] = head
    for i, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        num = f"{i:03d}"
        want = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if p.stem != want or g.stem != want:
            fail(f"{p.name}: name should be {want}")
        raw = g.read_text(encoding="utf-8")
        d = json.loads(raw)
        if raw != json.dumps(d, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g.name}: not in the gold JSON layout (indent=1, ensure_ascii=False)")
        if list(d.keys()) != KEYS:
            fail(f"{g.name}: key order {list(d.keys())}")
        for a in d["articles"]:
            if list(a.keys()) != ART_KEYS:
                fail(f"{g.name}: article key order {list(a.keys())}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{g.name}: subhead {sh!r} not among the paragraphs")
        if d["source"] != p.name:
            fail(f"{g.name}: source field")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters (4,500-6,500 wanted)")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{p.name}: {len(d['articles'])} articles (7-13 wanted)")
        head = srcs[num]
        layouts[head["layout"]] += 1
        years[d["issue_date"][:4]] += 1
        by_date.setdefault(d["issue_date"], []).append((head.get("pageno"), d))
        if d["issue_number"] or d["page_count"]:
            if not (d["issue_number"] and d["page_count"] and d["extras"]):
                fail(f"{p.name}: a front page needs masthead, issue number and page count")
            fronts.append(d)
        if head["layout"] == "column":
            body = [l for l in text.split("\n")]
            if sum(1 for l in body if l.strip()) * 2 - 1 > len(body) + 2:
                fail(f"{p.name}: column layout pages keep a blank line between lines")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)}: 7 column and 7 paragraph wanted")
    if set(years) != set(YEARS) or any(not YEARS[y][0] <= c <= YEARS[y][1] for y, c in years.items()):
        fail(f"years {dict(years)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2025"]:
        fail("front pages wanted in 2017 and 2025")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page does not jump to page 2")
        p2 = [d for no, d in by_date[f["issue_date"]] if no == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") and a["kind"] == "continuation"
                             for a in p2[0]["articles"]):
            fail(f"{f['source']}: its page 2 (上接1版) is not in the set")

    # 3. seed-phrase rule
    seed_runs = set()
    for t in seed_texts():
        seed_runs |= runs6(blank(t))
    hits = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            fields = [a["kicker"], a["title"], a["subtitle"], a["column"]] + a["paragraphs"]
            for t in fields:
                common = runs6(blank(t)) & seed_runs
                if common:
                    hits.append((g.name[:3], sorted(common)[0], t[:30]))
    if hits:
        for h in hits[:40]:
            print("   seed phrase:", h)
        fail(f"{len(hits)} texts share a 6-character run with the seeds")

    # 4. the perfect export, scored
    arts, sources = [], []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            e = {"source": d["source"], "issue_date": d["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": d["source"], "issue_date": d["issue_date"],
                        "extras": d["extras"] + d["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode:
        fail("score.py failed")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("the scorer lists a problem: " + line.strip())
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
