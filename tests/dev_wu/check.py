#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000
everywhere, the set has the required shape, and no phrase of the seeds was reused.

    python3 compose.py && python3 check.py      prints `check passed`
"""
from __future__ import annotations

import datetime
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
SHARED = Path("/work/shared")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": (3, 4), "2017": (3, 4), "2020": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2017", "2024"}

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, set phrases every story of the paper uses.
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协
湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 相关负责人 负责人 有关负责人
高质量发展 经济社会发展 社会主义现代化新湖南 三高四新 美好蓝图 党的二十大精神 贯彻落实
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市
张家界市 湘西土家族苗族自治州 长株潭 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底
邵阳 张家界 湘西 湖南 全省 我省 省应急管理厅 省科技厅 省教育厅 省生态环境厅 省住房和城乡建设厅
省自然资源厅 省发展改革委 省工信厅 省商务厅 省财政厅 省交通运输厅 省水利厅 省农业农村厅
中南大学 湖南大学 湖南师范大学 湘潭大学 湖南农业大学 新华社 同比增长 比上年增长 亿元 万元
高新技术企业 科技型中小企业 中南林业科技大学 中国工程院院士 国家级 省级 工作会议 三年行动计划 出席会议并讲话 提供有力支撑 技术合同成交额 若干政策措施
重点行业领域 各级各部门 过去一年 增加值 企业技术中心 工程研究中心 基础设施建设 施工现场 今年将 轨道交通装备 公共服务平台 中联重科 三一集团 三一重工 规模以上 电子信息 生物医药 新材料 产业链上下游 关键核心技术 新能源汽车 十四五 十三五 现代化产业体系 政府工作报告 生态环境保护 隐患排查整治 轨道交通 加大研发投入
今年以来 近年来 据了解 据介绍 记者从 今天 日前 近日 截至目前 以上 左右 目前 其中
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u4e00-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def seed_grams() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out |= grams(blank(t))
    return out


FAIL: list[str] = []


def need(ok: bool, msg: str):
    if not ok:
        FAIL.append(msg)


def main() -> int:
    files, rows, _ = compose.build()
    # 1. byte-for-byte rebuild
    for rel, text in files.items():
        p = HERE / rel
        need(p.exists() and p.read_text(encoding="utf-8") == text, f"{rel} differs from a rebuild")
    for d in ("pages", "gold"):
        for p in (HERE / d).iterdir():
            need(f"{d}/{p.name}" in files, f"stray file {d}/{p.name}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    need(len(pages) == 14 and len(golds) == 14, f"{len(pages)} pages, {len(golds)} gold files")

    # 2. shape of every page and gold file
    layouts, years = Counter(), Counter()
    seeds = seed_grams()
    export = {"articles": [], "sources": []}
    by_date: dict[str, dict] = {}
    for row, gp in zip(rows, golds):
        raw_json = gp.read_text(encoding="utf-8")
        g = json.loads(raw_json)
        name = g["source"]
        page = (HERE / "pages" / name).read_text(encoding="utf-8")
        need(name == gp.stem + ".txt", f"{gp.name}: source {name}")
        need(re.fullmatch(r"0(0[1-9]|1[0-4])_[0-9a-f]{16}\.txt", name) is not None, f"bad name {name}")
        need(name[4:20] == hashlib.sha256(page.encode("utf-8")).hexdigest()[:16], f"{name}: hash")
        need(list(g) == KEYS, f"{name}: keys {list(g)}")
        need(raw_json == json.dumps(g, ensure_ascii=False, indent=1) + "\n", f"{name}: json layout")
        n = len(re.sub(r"\s", "", page))
        need(4500 <= n <= 6500, f"{name}: {n} characters")
        need(7 <= len(g["articles"]) <= 13, f"{name}: {len(g['articles'])} articles")
        layouts[row["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        datetime.date.fromisoformat(g["issue_date"])
        by_date.setdefault(g["issue_date"], {})[int(row["page"])] = g
        for a in g["articles"]:
            need(list(a) == ART_KEYS, f"{name}: article keys {list(a)}")
            need(a["kind"] in KINDS, f"{name}: kind {a['kind']}")
            need(all(p and p == p.strip() for p in a["paragraphs"]), f"{name}: empty/padded paragraph")
            need(all(s in a["paragraphs"] for s in a["subheads"]), f"{name}: subhead not in paragraphs")
            text = [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
            for t in text:
                hit = grams(blank(t)) & seeds
                need(not hit, f"{name}: seed phrase {sorted(hit)[:3]} in {t[:20]!r}")
            # the export a perfect segmenter prints
            e = dict(a, source=name, issue_date=g["issue_date"], title_derived=False)
            if a["continued"]:
                e["continued_raw"] = [ln for ln in page.splitlines()
                                      if squash(a["continued"]) in squash(ln)]
                need(bool(e["continued_raw"]), f"{name}: marker {a['continued']} not on the page")
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
        if g["issue_number"] or g["page_count"]:
            need(row["page"] == "1", f"{name}: masthead on page {row['page']}")

    need(layouts == Counter({"column": 7, "paragraph": 7}), f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        need(lo <= years[y] <= hi, f"{years[y]} pages of {y}")
    need(set(years) == set(YEARS), f"years {sorted(years)}")
    fronts = [(d, ps) for d, ps in by_date.items() if 1 in ps]
    need(sorted(d[:4] for d, _ in fronts) == sorted(FRONT_YEARS), f"front pages {[d for d, _ in fronts]}")
    for d, ps in fronts:
        f = ps[1]
        need(bool(f["issue_number"]) and bool(f["page_count"]), f"{d}: front page without issue/page count")
        need(2 in ps, f"{d}: its page 2 is not in the set")
        outs = [a for a in f["articles"] if "下转2版" in a["continued"]]
        need(bool(outs), f"{d}: no 下转2版 on the front page")
        if 2 in ps:
            ins = [a for a in ps[2]["articles"] if "上接1版" in a["continued"]]
            need(bool(ins), f"{d}: no 上接1版 on page 2")

    # 3. the scorer on the perfect export
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True).stdout
    print(out.rstrip())
    for key in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
                "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        m = re.search(rf"^{key}\s+(\S+)$", out, re.M)
        need(bool(m) and m.group(1) == "1.000", f"scorer {key} = {m.group(1) if m else 'missing'}")
    need(re.search(r"^cjk_space_left\s+0$", out, re.M) is not None, "cjk spaces left in paragraphs")
    need(not re.search(r"^(---|    )", out, re.M), "the scorer listed problems")

    if FAIL:
        for f in FAIL[:60]:
            print("FAIL", f)
        print(f"check failed ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
