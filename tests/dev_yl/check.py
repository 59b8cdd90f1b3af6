#!/usr/bin/env python3
"""Verify the set: perfect export scores 1.000 everywhere, shape, seed-phrase rule."""
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
PAGES, GOLD = HERE / "pages", HERE / "gold"
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"

# generic words blanked before the seed-phrase comparison
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 相关负责人 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 永州市 怀化市
娄底市 益阳市 邵阳市 张家界市 湘西土家族苗族自治州 省委常委 省委书记 副省长 省长 省政府 省委 省人大常委会
省政协 高质量发展 习近平新时代中国特色社会主义思想 党的二十大精神 习近平总书记 习近平法治思想 党中央 国务院
新华社 记者 评论员 湖南图片库 摄影报道 同比增长 比上年增长 个百分点 亿元 万元 在长沙召开 在长沙举行 今年以来
近年来 据了解 据悉 省高级人民法院 省人民检察院 省公安厅 省司法厅 省科技厅 省工信厅 省委政法委 人民法院 人民检察院
有限公司 中国特色社会主义 新时代 三高四新 国家级 省级 会议强调 会议指出 会议要求 重要讲话 指示批示精神
具有核心竞争力的科技创新高地 科技创新高地 关键核心技术 高新技术企业 科技型中小企业 规模以上工业企业 规模以上工业
新能源汽车 工业互联网 智赋万企 智能制造 电子信息 生物医药 轨道交通 航空航天 先进计算 中小航空发动机 锂电池 光伏
技术合同成交额 国家科技进步奖 二等奖 战略定位和使命任务 出席会议并讲话 出席并讲话 深入学习贯彻 思想和行动统一到
作出新的更大贡献 重要组成部分 有力支撑 同比分别增长 常态化长效化 形式主义 法治思维 法治方式 法治力量
新产业、新模式、新动能 高端化、智能化、绿色化 体制机制 全面深化改革 全面贯彻 十四五 走出去 生态环境保护
公共服务平台 移送司法机关 忠诚干净担当 决策部署 认真学习领会 省部级 标杆企业 标杆车间 营商环境 取得的成绩
干部 新的历史 去年以来 地质灾害 农产品加工 酒驾醉驾 交通装备 用地、人才 创新平台 产品销售收入 科技创新
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u3400-\u9fff]")


def norm(s):
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "□" in w:
            continue
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def texts(g):
    for a in g["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        yield from a.get("paragraphs") or []


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    golds = sorted(GOLD.glob("*.json"))
    pages = sorted(PAGES.glob("*.txt"))
    if len(golds) != 14 or len(pages) != 14:
        fail(f"need 14 pages and 14 gold files, have {len(pages)} / {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        name = g["source"]
        pf = PAGES / name
        if not pf.exists():
            fail(f"{name}: page missing")
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name != f"{name[:3]}_{h}.txt" or gf.name != name[:-4] + ".json":
            fail(f"{name}: file name does not match the text hash")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{name}: top-level key order")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{name}: subhead not among paragraphs: {s}")
            for p in a["paragraphs"]:
                if re.search(r"[\u3400-\u9fff“”，。]\s+[\u3400-\u9fff“”，。]", p) or "‖" in p or "¦" in p:
                    fail(f"{name}: layout debris in gold paragraph: {p[:30]}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        layouts["paragraph" if text.startswith("\n\n") else "column"] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
        for a in g["articles"]:
            b = dict(a)
            b["source"] = name
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            export["articles"].append(b)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fail(f"layouts {dict(layouts)}")
    if sorted(years) != ["2015", "2018", "2022", "2025"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2018", "2022"]:
        fail("front pages must be one in 2018 and one in 2022")
    for f in fronts:
        if not f["page_count"]:
            fail("front page without page count")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        if not down:
            fail("front page does not jump to page 2")
        follow = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        ok = any(x["issue_date"] == f["issue_date"] and x is not f and
                 any(a["continued"].startswith("上接1版") for a in x["articles"]) for x in follow)
        if not ok:
            fail(f"no page 2 continuation for the front page of {f['issue_date']}")
    # seed-phrase rule
    seed = set()
    for sf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sf.read_text(encoding="utf-8"))):
            seed |= windows(norm(t))
    shared = Counter()
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            for w in windows(norm(t)) & seed:
                shared[w] += 1
    if shared:
        fail("phrases shared with the seeds: " + " ".join(sorted(shared)))
    # perfect export through the scorer
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(GOLD), "--pages", str(PAGES), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    if r.returncode or "---" in out or re.search(r"^\s+(headline|missing|spurious)", out, re.M):
        fail("scorer reported problems")
    for line in out.splitlines():
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc",
                                "untitled_ok", "byline_acc", "dateline_acc", "kind_acc",
                                "paragraph_f1", "issue_date_acc", "coverage"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fail("cjk_space_left not 0")
    print("check passed")


if __name__ == "__main__":
    main()
