#!/usr/bin/env python3
"""Verify the set: perfect-export score, shape, and the seed-phrase rule.
Prints `check passed` on success.  Standard library only."""
import datetime
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
FAIL = []

# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示 湖南省 长沙市 我省 全省
省委 省政府 省人大常委会 省政协 省发改委 省发展改革委 省工信厅 省商务厅 省教育厅 省农业农村厅 省林业局
省文化和旅游厅 省交通运输厅 省卫生健康委 省应急管理厅 省气象局 省财政厅 省自然资源厅 省人社厅 省委宣传部
长株潭 长沙 郴州市 郴州 耒阳市 湘西土家族苗族自治州 湘西州 花垣县 十八洞村 怀化 衡阳 株洲 湘潭 岳阳 常德 张家界
社会消费品零售总额 人均可支配收入 中小企业特色产业集群 农村人居环境 新能源汽车 以上 同比增长 同比下降 亿元 万元 百分点 高质量发展 新时代 习近平 党中央 国务院 中国特色社会主义
今天 日前 近日 记者从 据了解 据介绍 会议强调 会议指出 会议要求 会上 目前 今年以来 去年 今年
进一步 推动 加快 全面 深入 持续 重点 有关部门 各级各部门 党员干部 人民群众 乡村振兴 新湖南
三高四新 先进制造业 产业链 供应链 工业互联网 数字经济 以旧换新 现代化 市州 县市区 摄影报道 图片库""".split(), key=len, reverse=True)


def blank(s):
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts(gold):
    for a in gold["articles"]:
        yield a["kicker"] + "｜" + a["title"] + "｜" + a["subtitle"]
        yield from a["paragraphs"]


def nows(s):
    return len(re.sub(r"\s+", "", s))


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        FAIL.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    arts, srcs = [], []
    layouts, years, fronts = Counter(), Counter(), []
    seed_grams = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            seed_grams |= grams(blank(t))
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        gold = json.loads(g.read_text(encoding="utf-8"))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json" or gold["source"] != p.name:
            FAIL.append(f"{p.name}: name does not match the text hash / gold")
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles",
                          "extras", "duplicates"]:
            FAIL.append(f"{g.name}: key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                FAIL.append(f"{g.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                FAIL.append(f"{g.name}: bad kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", para):
                    FAIL.append(f"{g.name}: space inside a gold paragraph: {para[:30]}")
            b = a["article"] if False else None
            arts.append(dict(a, source=gold["source"], issue_date=gold["issue_date"],
                             title_derived=False))
        srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                     "extras": gold["extras"] + gold["duplicates"]})
        na, nc = len(gold["articles"]), nows(text)
        if not 7 <= na <= 13:
            FAIL.append(f"{p.name}: {na} articles")
        if not 4500 <= nc <= 6500:
            FAIL.append(f"{p.name}: {nc} characters")
        lay = "column" if re.match(r"^ \S", text) and "\n\n\n" in text[-3:] else "paragraph"
        layouts[lay] += 1
        years[gold["issue_date"][:4]] += 1
        if gold["issue_number"]:
            fronts.append(gold)
        datetime.date.fromisoformat(gold["issue_date"])
        # seed-phrase rule
        for t in texts(gold):
            shared = grams(blank(t)) & seed_grams
            if shared:
                FAIL.append(f"{g.name}: shares seed phrase(s) {sorted(shared)[:3]} in {t[:24]!r}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        FAIL.append(f"layouts {dict(layouts)}")
    if years != Counter({"2017": 4, "2020": 4, "2023": 3, "2026": 3}):
        FAIL.append(f"years {dict(years)}")
    if len(fronts) != 2 or sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2020"]:
        FAIL.append("two front pages (2017, 2020) expected")
    for f in fronts:
        if not f["page_count"] or not any("下转2版" in a["continued"] for a in f["articles"]):
            FAIL.append(f"{f['source']}: front page without page count or 下转2版")
        same = [a for a in arts if a["issue_date"] == f["issue_date"] and a["source"] != f["source"]
                and a["continued"].startswith("上接1版")]
        if not same:
            FAIL.append(f"{f['source']}: no page 2 continuation (上接1版) in the set")
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                       encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            FAIL.append("scorer problem: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                FAIL.append(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            FAIL.append(line)
    if "coverage         1.000" not in out:
        FAIL.append("coverage is not 1.000")
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
