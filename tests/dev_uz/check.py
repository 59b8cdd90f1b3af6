#!/usr/bin/env python3
"""Verify the dev_uz test set; prints `check passed` when every rule holds.

    python3 compose.py && python3 check.py

1. compose.py, run again into a scratch folder, rebuilds pages/, gold/, README.md
   byte-for-byte;
2. file names, gold format (indent=1, ensure_ascii=False, seed key order);
3. the set's shape: 14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words);
5. the export a perfect segmenter would print scores 1.000 everywhere with the
   shared scorer, coverage 1.000, and no problem line.
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
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
GOLD_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
            "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2015": 4, "2019": 4, "2022": 3, "2026": 3}
FRONT_YEARS = {"2019", "2026"}
CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"

# Generic words blanked before the seed-phrase comparison: institutions, places,
# titles and set phrases any page of the paper prints.
GENERIC = sorted("""
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 副主任 副主席 秘书长 省委宣传部 省发展改革委 省商务厅 省林业局
省林业厅 省农业农村厅 省工信厅 省文化和旅游厅 省交通运输厅 省邮政管理局 省住房城乡建设厅 省民政厅
省应急管理厅 省气象局 省气象台 省卫生健康委 省教育厅 省市场监管局 省财政厅 省人社厅 省科技厅 长沙海关
长株潭 长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市
湘西土家族苗族自治州 湘西州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湖南省
全省 我省 湖南 同比增长 比上年增长 个百分点 亿元 万元 高质量发展 现代化新湖南 三高四新 乡村振兴
出席并讲话 在长沙召开 在长沙举行 召开 会议强调 会议指出 会议要求 据了解 据介绍 记者从 获悉 今年以来
近年来 下一步 以上图片均由 湖南图片库 摄影报道 下转 上接 紧接 非物质文化遗产 非遗 中欧班列 以旧换新
工程机械 跨境电商 数字经济 人工智能 新能源汽车 产业链 供应链 先进制造业 一带一路 两个维护 两个确立
十四五 十五五 春节 国庆 洞庭湖 湘江 资水 沅水 澧水 南岳 衡山 岳麓山 橘子洲 马栏山 湘江新区 浏阳市
醴陵 中非经贸 博览会 生态环境 营商环境 减负 形式主义 官僚主义 星期一 星期二 星期三 星期四 星期五
星期六 星期日 今日 农历 规模以上 全国前列 负责人说 新华社 国家和地区 基础设施 党风廉政建设 西部陆海新通道 轨道交通装备 现代化产业体系 低温雨雪冰冻 规模性返贫
""".split(), key=len, reverse=True)

problems: list[str] = []


def fail(msg: str):
    problems.append(msg)


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "")


def blank(s: str) -> str:
    s = nfkc(s)
    for w in GENERIC:
        s = s.replace(nfkc(w), "\x00" * len(w))
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def article_texts(a: dict, heads_only: bool = False) -> list[str]:
    if heads_only:
        return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + list(a["paragraphs"])
    return [a.get(k) or "" for k in ART_KEYS[:8]] + list(a["subheads"]) + list(a["paragraphs"])


def rebuild_identical():
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            fail(f"compose.py into a scratch folder failed: {r.stderr[-300:]}")
            return
        t = Path(tmp)
        for rel in ["README.md", "pages.json"]:
            if (t / rel).read_bytes() != (HERE / rel).read_bytes():
                fail(f"{rel} is not what compose.py writes")
        for d in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / d).iterdir())
            new = sorted(p.name for p in (t / d).iterdir())
            if mine != new:
                fail(f"{d}/ holds {mine[:3]}..., compose.py writes {new[:3]}...")
                continue
            for n in new:
                if (t / d / n).read_bytes() != (HERE / d / n).read_bytes():
                    fail(f"{d}/{n} differs from a fresh rebuild")


def main() -> int:
    rebuild_identical()
    manifest = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14 or len(manifest) != 14:
        fail(f"expected 14 pages and 14 gold files, found {len(pages)} and {len(golds)}")
    if len(list((HERE / "src").glob("p*.txt"))) != 14:
        fail("expected src/p01.txt … src/p14.txt")

    seed_grams: set[str] = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for s in article_texts(a, heads_only=True):
                seed_grams |= grams(s)

    layouts, years, fronts, by_date = Counter(), Counter(), [], {}
    export = {"articles": [], "sources": []}
    for k, m in enumerate(manifest, 1):
        name = m["file"]
        raw_b = (HERE / "pages" / name).read_bytes()
        raw = raw_b.decode("utf-8")
        stem = name[:-4]
        if not re.fullmatch(rf"{k:03d}_[0-9a-f]{{16}}", stem):
            fail(f"{name}: file name should be {k:03d}_<16 hex>.txt")
        if hashlib.sha256(raw_b).hexdigest()[:16] != stem[4:]:
            fail(f"{name}: name is not the SHA-256 of the page text")
        gp = HERE / "gold" / f"{stem}.json"
        if not gp.exists():
            fail(f"{name}: no gold file")
            continue
        gtext = gp.read_text(encoding="utf-8")
        gold = json.loads(gtext)
        if gtext != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name}: not written with indent=1, ensure_ascii=False")
        if list(gold) != GOLD_KEYS:
            fail(f"{gp.name}: keys {list(gold)}")
        if gold["source"] != name:
            fail(f"{gp.name}: source {gold['source']}")
        arts = gold["articles"]
        for a in arts:
            if list(a) != ART_KEYS:
                fail(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fail(f"{gp.name}: kind {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{gp.name}: article without paragraphs {a['title']!r}")
            for p in a["paragraphs"]:
                if re.search(f"(?<=[{CJK}])\\s+(?=[{CJK}])", p) or p != p.strip() or "｜" in p or "‖" in p:
                    fail(f"{gp.name}: layout debris in a paragraph: {p[:30]!r}")
            for s in a["subheads"]:
                if re.sub(r"\s+", "", s) not in [re.sub(r"\s+", "", p) for p in a["paragraphs"]]:
                    fail(f"{gp.name}: subhead not among the paragraphs: {s!r}")
            for f in ART_KEYS[:8]:
                if "｜" in a[f] or "‖" in a[f]:
                    fail(f"{gp.name}: markup left in {f}")
            mine = set()
            for s in article_texts(a):
                mine |= grams(s)
            shared = mine & seed_grams
            if shared:
                fail(f"{gp.name}: shares seed phrases {sorted(g.replace(chr(0), '□') for g in shared)[:5]}")
        flat = re.sub(r"\s+", "", nfkc(raw))
        for a in arts:
            for f in ART_KEYS[1:8]:
                v = re.sub(r"\s+", "", nfkc(a[f]))
                if v and v not in flat:
                    fail(f"{name}: {f} {a[f]!r} is not printed on the page")
        # every printed character is accounted for, and every gold character is printed
        told = [a[f] for a in arts for f in ART_KEYS[1:7]] + [p for a in arts for p in a["paragraphs"]]
        told += gold["extras"] + gold["duplicates"] + m["jumps"]
        want = Counter(re.sub(r"\s+", "", nfkc("".join(told))))
        have = Counter(flat)
        if want != have:
            fail(f"{name}: printed text and gold differ: printed-only {dict((have - want).most_common(5))}, "
                 f"gold-only {dict((want - have).most_common(5))}")
        chars = len(re.sub(r"\s+", "", raw))
        if not 4500 <= chars <= 6500:
            fail(f"{name}: {chars} characters (4,500-6,500)")
        if not 7 <= len(arts) <= 13:
            fail(f"{name}: {len(arts)} articles (7-13)")
        layouts[m["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], {})[m["pageno"]] = gold
        if gold["issue_number"] or gold["page_count"]:
            fronts.append((gold, m))
        for a in arts:
            export["articles"].append(dict(a, source=name, issue_date=gold["issue_date"],
                                           title_derived=False))
        export["sources"].append({"source": name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"] + m["jumps"]})

    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}, want 7 column and 7 paragraph")
    if dict(years) != YEARS:
        fail(f"years {dict(years)}, want {YEARS}")
    if len(fronts) != 2 or {g["issue_date"][:4] for g, _ in fronts} != FRONT_YEARS:
        fail(f"front pages: {[(g['issue_date'], m['pageno']) for g, m in fronts]}")
    for g, m in fronts:
        if m["pageno"] != "1" or not re.fullmatch(r"\d{5}", g["issue_number"] or "") or not g["page_count"]:
            fail(f"{g['source']}: a front page needs page 1, an issue number and a page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]):
            fail(f"{g['source']}: no story jumping to page 2")
        p2 = by_date.get(g["issue_date"], {}).get("2")
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2["articles"]):
            fail(f"{g['source']}: its page 2 with 上接1版 is not in the set")
        if not any(m["jumps"] for m in manifest if m["file"] == g["source"]):
            fail(f"{g['source']}: no printed jump marker")

    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    figures = {}
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer: {line.strip()}")
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
    want = ["seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
            "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"]
    for k in want:
        if figures.get(k) != "1.000":
            fail(f"scorer: {k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fail(f"scorer: cjk_space_left = {figures.get('cjk_space_left')}")
    if figures.get("articles_gold") != figures.get("articles_pred"):
        fail("scorer: article counts differ")
    if r.returncode:
        fail(f"scorer exited {r.returncode}: {r.stderr[-300:]}")

    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print(out.rstrip())
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
