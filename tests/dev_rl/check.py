#!/usr/bin/env python3
"""Verify the test set: rebuild in memory and compare byte-for-byte, score a
perfect export with the shared scorer, check the set's shape and the
seed-phrase rule. Prints `check passed`.

    python3 check.py
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL = []


def need(ok, msg):
    if not ok:
        FAIL.append(msg)


# generic words blanked before the seed-phrase comparison: institution and
# place names and set phrases of the paper that any page may print.
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十八大 党中央 国务院
省委常委会 省委常委 省委书记 省委副书记 省委 省政府 省人大常委会 省政协 副省长 省长 省委宣传部
全省各级 各级党委 各级各部门 湖南日报 全媒体记者 通讯员 记者 评论员
相关负责人 有关负责人 负责人介绍 负责人表示 高质量发展 现代化新湖南 三高四新 乡村振兴 新时代
同比增长 比上年增长 个百分点 万亿元 亿元 万元 以上 左右 今年以来 近年来 据了解 据介绍 据悉
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西土家族苗族自治州
新田县 新田 南县 岳麓书院 洞庭湖 湘江 中部地区 全国 全省 我省 我国
规模以上工业 工业增加值 进出口总值 先进制造业 产业链 供应链 数字经济 工业互联网 智赋万企
工作会议 座谈会 在长沙召开 在长沙举行 出席并讲话 主持召开 会议强调 会议指出 会议要求 会议提出
深入学习贯彻 全面贯彻 贯彻落实 决策部署 重要讲话 指示批示精神 两个确立 两个维护
非物质文化遗产 中华优秀传统文化 微信公众号 增加值 社会消费品零售总额 第一产业 第二产业 第三产业 固定资产投资 进出口总额
中央八项规定精神 党风廉政建设 全面从严治党 形式主义 官僚主义 国之大者
""".split()


def blank(s: str) -> str:
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "\x00")
    return s


CJK = re.compile(r"[\u3400-\u9fff]")


def windows(s: str):
    s = re.sub(r"\s+", "", s)
    s = blank(s)
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if "\x00" in w:
            continue
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def seed_windows():
    ws = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                ws |= windows(a[f])
            for p in a["paragraphs"]:
                ws |= windows(p)
    return ws


def main():
    files, infos = compose.build()

    # 1. byte-for-byte rebuild
    for rel, text in files.items():
        p = HERE / rel
        need(p.exists() and p.read_text(encoding="utf-8") == text, f"stale or missing {rel}")
    for d in ("pages", "gold"):
        for p in (HERE / d).glob("*"):
            need(f"{d}/{p.name}" in files, f"unexpected file {d}/{p.name}")

    # 2. shape
    need(len(infos) == 14, f"{len(infos)} pages, want 14")
    layouts = Counter(i["page"]["layout"] for i in infos)
    need(layouts == Counter({"column": 7, "paragraph": 7}), f"layouts {dict(layouts)}")
    years = Counter(i["page"]["date"][:4] for i in infos)
    need(set(years) == {"2015", "2017", "2023", "2025"}, f"years {dict(years)}")
    need(all(3 <= n <= 4 for n in years.values()), f"pages per year {dict(years)}")
    fronts = [i for i in infos if i["gold"]["issue_number"]]
    need(len(fronts) == 2 and sorted(i["page"]["date"][:4] for i in fronts) == ["2015", "2023"],
         "two front pages, 2015 and 2023")
    for f in fronts:
        g = f["gold"]
        need(f["page"]["page"] == "1" and g["page_count"], f"{f['stem']}: front page fields")
        need(any(a["continued"].startswith("下转2版") for a in g["articles"]), f"{f['stem']}: no 下转2版")
        twos = [i for i in infos if i["page"]["date"] == f["page"]["date"] and i["page"]["page"] == "2"]
        need(len(twos) == 1, f"{f['stem']}: no page 2 of its issue")
        for t in twos:
            need(any(a["continued"].startswith("上接1版") for a in t["gold"]["articles"]),
                 f"{t['stem']}: no 上接1版")
    for n, inf in enumerate(infos, 1):
        text, g = inf["text"], inf["gold"]
        stem = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        need(inf["stem"] == stem and g["source"] == stem + ".txt", f"{inf['stem']}: name")
        chars = len(re.sub(r"\s", "", text))
        need(4500 <= chars <= 6500, f"{stem}: {chars} characters")
        need(7 <= len(g["articles"]) <= 13, f"{stem}: {len(g['articles'])} articles")
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles", "extras",
                         "duplicates"], f"{stem}: gold keys")
        for a in g["articles"]:
            need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                             "continued", "subheads", "paragraphs"], f"{stem}: article keys")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 f"{stem}: kind {a['kind']}")
            need(all(s in a["paragraphs"] for s in a["subheads"]), f"{stem}: subhead not in paragraphs")
            for p in a["paragraphs"]:
                need(not re.search(r"[\u3000-\u9fff\uff00-\uffef“”‘’]\s+[\u3000-\u9fff\uff00-\uffef“”‘’]", p)
                     and "¦" not in p and "^" not in p, f"{stem}: debris in paragraph {p[:20]}")
        # gold headline parts are printed on the page
        flat = re.sub(r"\s", "", text)
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline"):
                need(re.sub(r"\s", "", a[f]) in flat, f"{stem}: {f} {a[f]!r} not printed")
        # year-dependent bylines
        yr = int(g["issue_date"][:4])
        for a in g["articles"]:
            t = ("" if a["dateline"].startswith("新华社") else a["dateline"]) + a["byline"]
            if yr < 2019:
                need("全媒体" not in t, f"{stem}: 全媒体 before 2019")
            else:
                need(not re.search(r"(?<!全媒体)记者", t.replace("华声在线记者", "")), f"{stem}: 记者 after 2019 {t}")

    # 3. a perfect export scores 1.000 everywhere
    arts, srcs = [], []
    for inf in infos:
        g = inf["gold"]
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: v for k, v in a.items()})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(exp), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    need(r.returncode == 0, "scorer failed: " + r.stderr[-300:])
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+|None)$", line)
        if m:
            k, v = m.groups()
            if k in ("articles_gold", "articles_pred"):
                continue
            if k == "cjk_space_left":
                need(v == "0", f"cjk_space_left {v}")
            else:
                need(v == "1.000", f"{k} {v}")
        elif line.startswith("---") or line.startswith("    "):
            need(False, "scorer problem: " + line.strip())
    need("coverage         1.000" in out, "coverage not 1.000")

    # 4. seed-phrase rule
    sw = seed_windows()
    for inf in infos:
        for a in inf["gold"]["articles"]:
            for f in ("kicker", "title", "subtitle"):
                hit = windows(a[f]) & sw
                need(not hit, f"{inf['stem']}: seed phrase in {f}: {sorted(hit)[:3]}")
            for p in a["paragraphs"]:
                hit = windows(p) & sw
                need(not hit, f"{inf['stem']}: seed phrase {sorted(hit)[:3]} in {p[:16]}")

    print(out.strip())
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
