#!/usr/bin/env python3
"""Check the set: a perfect export built from the gold must score 1.000 everywhere with
/work/shared/tools/score.py (coverage 1.000, cjk_space_left 0, no problem lines), and no
6-character run of the seeds' gold headlines/paragraphs may occur in this gold (apart
from runs holding a generic word). Prints 'check passed'."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "规模以上工业", "百分点",
           "中非经贸博览会", "中非经贸", "人民代表大会", "常务委员会", "高质量发展", "亿元，同比",
           "万元，同比", "省人大常委会", "省委常委", "副省长", "乡村振兴", "进出口总值",
           "有限公司", "工业互联网", "先进制造业", "中央八项规定", "习近平总书记", "经济社会",
           "党中央", "省委、省政府", "省政府", "现代化新湖南", "三高四新", "长株潭", "产业链",
           "新能源汽车", "工程机械", "社会主义现代化", "湖南省", "长沙市", "株洲市", "湘潭市",
           "以上工业企业", "全省各级", "基层党组织", "政治建设", "增加值增长", "生态环境",
           "进一步", "一老一小", "十五五", "省发展改革委", "湖南对非", "第四届中非经贸博览会", "会议提出", "重大产业项目", "生物医药产业", "产业发展专项", "专精特新“小巨人”企业", "分别增长", "增加值同比增长", "较常年同期", "今年我省", "与此同时", "今年将", "增速居", "农产品加工", "退役军人", "合作项目", "三年行动", "专项整治", "走出去", "就业岗位", "负责人说", "主导产业", "介绍，今年", "表示，今年", "占全省", "会议要求", "行动，推动", "今年，我省", "自然资源和规划局", "在长沙举行", "在长沙召开", "基础设施建设", "出席会议并讲话", "一对一", "疫情防控期间", "常委会副主任", "人大常委会", "年以来，全省", "中非经贸合作", "对非经贸合作", "技工贸总收入", "政府工作报告", "长株潭城际铁路", "工作机制", "移送司法机关", "规模工业增加值", "轨道交通装备", "高新技术产品", "高新技术企业", "国家和地区", "负责人介绍", "负责人表示", "国之大者", "农村人居环境", "去年以来", "进出口总额", "智能装备", "亿元，增长", "今年以来", "据了解", "据悉", "近年来", "以旧换新", "开放型经济", "一带一路", "实施方案", "国家级", "专精特新"]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def grams(s: str, n: int = 6) -> set[str]:
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def text_of(a: dict) -> list[str]:
    return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + list(a["paragraphs"])


def main() -> int:
    ok = True
    golds = sorted((HERE / "gold").glob("*.json"))
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = dict(a)
            e["source"] = g["source"]
            e["issue_date"] = g["issue_date"]
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        path = fh.name
    r = subprocess.run([sys.executable, SCORE, path, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.strip())
    for line in r.stdout.splitlines():
        k, _, v = line.partition(" ")
        v = v.strip()
        if line.startswith("---") or line.startswith("    "):
            ok = False
            print("PROBLEM:", line)
        elif k == "cjk_space_left" and v != "0":
            ok = False
            print("FAIL:", line)
        elif re.fullmatch(r"\d\.\d{3}", v) and k not in ("articles_gold", "articles_pred") and v != "1.000":
            ok = False
            print("FAIL:", line)
    if r.returncode != 0:
        ok = False
    # no 6-character run of the seeds' gold text
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for s in text_of(a):
                seed |= grams(squash(s))
    generic = [squash(w) for w in GENERIC]
    gen4 = {w[i:i + 4] for w in generic for i in range(max(1, len(w) - 3))}
    hits = {}
    for gf in golds:
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for s in text_of(a):
                for gram in grams(squash(s)) & seed:
                    if any(w in gram or gram in w for w in generic) or any(q in gram for q in gen4):
                        continue
                    if not re.search(r"[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff]", gram):
                        continue          # mostly figures and punctuation
                    hits.setdefault(gram, gf.name)
    for gram, where in sorted(hits.items()):
        print("SEED RUN:", gram, where)
        ok = False
    # page sizes
    for pf in sorted((HERE / "pages").glob("*.txt")):
        n = len(re.sub(r"\s", "", pf.read_text(encoding="utf-8")))
        g = json.loads((HERE / "gold" / (pf.stem + ".json")).read_text(encoding="utf-8"))
        na = len(g["articles"])
        if not (4500 <= n <= 6500) or not (6 <= na <= 14):
            print(f"SIZE: {pf.name} {n} chars {na} articles")
            ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
