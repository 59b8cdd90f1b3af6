#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule.
Prints `check passed` or the failures.  Standard library only."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES, GOLD = HERE / "pages", HERE / "gold"
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(SHARED / "tools"))
from score import squash, strings_in  # noqa: E402

FAIL = []
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
YEARS = {"2015": (3, 4), "2019": (3, 4), "2021": (3, 4), "2024": (3, 4)}
MARKER_DECOR = set("▷▶▲△◀◁▼(（)）")
# generic words blanked before the seed-phrase comparison
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 党的二十大精神 中共中央政治局 党中央国务院 高质量发展 现代化新湖南
三高四新 相关负责人 湖南日报 全媒体记者 通讯员 评论员 负责人介绍 据了解 据悉 近年来 今年以来 同比增长
同比下降 百分点 亿元 万元 规模以上工业 规模以上 工业增加值 先进制造业 新能源汽车 长沙市 株洲市 湘潭市
衡阳市 岳阳市 常德市 张家界 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市 湘西土家族苗族自治州 湘西州
省委书记 省委副书记 省长 副省长 省委常委 省人大常委会 省政协 省政府 省委 全省 我省 湖南省 乡村振兴
党风廉政建设 意识形态 出席会议并讲话 出席并讲话 主持召开 会议强调 会议指出 会议要求 座谈会 调研
中央八项规定精神 以习近平同志为核心的党中央 新时代 两个确立 两个维护 国之大者 一带一路 十四五 十五五
产业链 供应链 创新链 数字经济 人工智能 工业互联网 营商环境 进出口 外贸 机关事务 社会主义
长株潭城际铁路 农村人居环境 千家万户 社会消费品零售总额 防止规模性返贫 软件和信息技术服务业
人力资源和社会保障厅 人力资源和社会保障 解决实际问题 清醒看到 必然选择 用在刀刃上 改革创新 田间地头
服务业增加值 基层干部 智慧和力量 年度目标 今天发布 各级各部门 人才培养基地 负责人说 增加值增长
比上年增长 农村居民 还存在一些 电动汽车 光伏 政府工作报告 低温雨雪冰冻 充电基础设施 轨道交通装备
预期目标 应急管理厅 规模性返贫 生活污水治理 现代化产业体系 提供有力支撑 科技创新引领 广大党员干部
可支配收入 在长沙开幕 公款吃喝 公车私用 研发投入 国家和地区 过去一年 高新技术企业 生态环境保护
服务体系建设 经营主体 长沙理工大学 关键核心技术攻关 核心竞争力 科技创新高地 新型工业化 稳规模优结构
技术合同成交额 新三样 提振消费 基础设施建设 农产品 自主研发 梯度培育 高水平
""".split(), key=len, reverse=True)


def fail(msg):
    FAIL.append(msg)


def rebuild_identical():
    before = {p: p.read_bytes() for d in (PAGES, GOLD) for p in d.iterdir()}
    before[HERE / "README.md"] = (HERE / "README.md").read_bytes()
    subprocess.run([sys.executable, str(HERE / "compose.py")], check=True,
                   stdout=subprocess.DEVNULL)
    after = {p: p.read_bytes() for d in (PAGES, GOLD) for p in d.iterdir()}
    after[HERE / "README.md"] = (HERE / "README.md").read_bytes()
    if before != after:
        fail("compose.py does not rebuild the set byte-for-byte")


def load():
    golds = []
    for g in sorted(GOLD.glob("*.json")):
        txt = g.read_text(encoding="utf-8")
        d = json.loads(txt)
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != txt:
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(d) != KEYS:
            fail(f"{g.name}: key order {list(d)}")
        for a in d["articles"]:
            if list(a) != AKEYS:
                fail(f"{g.name}: article key order {list(a)}")
        golds.append((g, d))
    return golds


def export(golds, path):
    arts, srcs = [], []
    for _, d in golds:
        for a in d["articles"]:
            b = {"source": d["source"], "issue_date": d["issue_date"]}
            b.update(a)
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": d["source"], "issue_date": d["issue_date"],
                     "extras": d["extras"] + d["duplicates"]})
    Path(path).write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                          encoding="utf-8")
    return arts, srcs


def run_score(path):
    r = subprocess.run([sys.executable, str(SCORE), path, str(GOLD), "--pages", str(PAGES), "-v"],
                       capture_output=True, text=True)
    print(r.stdout.rstrip())
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")
    if r.returncode != 0:
        fail("score.py exit status %d" % r.returncode)


def exact_coverage(golds, arts, srcs):
    """Every raw character must be in the export, except the arrows/brackets of jump markers
    (the seeds' gold keeps only 下转2版 / 上接1版 in `continued`)."""
    by = {}
    for a in arts:
        by.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in srcs}
    lost = Counter()
    for _, d in golds:
        name = d["source"]
        hay = "\0".join(squash(s) for s in strings_in(by.get(name, [])) + strings_in(meta[name]))
        for ln in (PAGES / name).read_text(encoding="utf-8").splitlines():
            s, i = squash(ln), 0
            while i < len(s):
                lo, hi = 0, len(s) - i
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if s[i:i + mid] in hay:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo >= min(4, len(s) - i):
                    i += lo
                else:
                    if s[i] not in MARKER_DECOR:
                        fail(f"{name}: raw char {s[i]!r} lost in line {ln[:30]!r}")
                    lost[s[i]] += 1
                    i += 1
    return lost


def shape(golds):
    if len(golds) != 14:
        fail(f"{len(golds)} gold files, want 14")
    layouts, years, fronts = Counter(), Counter(), []
    for g, d in golds:
        name = d["source"]
        p = PAGES / name
        if not p.exists():
            fail(f"missing page {name}")
            continue
        raw = p.read_bytes()
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name) or \
                name[4:20] != hashlib.sha256(raw).hexdigest()[:16] or g.stem != name[:-4]:
            fail(f"{name}: name does not match the page's SHA-256")
        text = raw.decode("utf-8")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(d["articles"]) <= 13:
            fail(f"{name}: {len(d['articles'])} articles")
        years[d["issue_date"][:4]] += 1
        col = sum(1 for ln in text.split("\n\n") if ln.strip()) > 250
        layouts["column" if col else "paragraph"] += 1
        if d["issue_number"] and d["page_count"]:
            fronts.append(d)
    if layouts != Counter(column=7, paragraph=7):
        fail(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fail(f"unexpected years {set(years) - set(YEARS)}")
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page without 下转2版")
        twos = [d for _, d in golds if d["issue_date"] == f["issue_date"] and d is not f and
                any(a["continued"].startswith("上接1版") for a in d["articles"])]
        if len(twos) != 1:
            fail(f"{f['source']}: no page 2 with 上接1版")


def blank(s):
    for w in GENERIC:
        s = s.replace(w, "\x00")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\x00" in g:
            continue
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def seed_rule(golds):
    seed = set()
    for g in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(squash(s)))
    hits = 0
    for _, d in golds:
        for a in d["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in sorted(grams(blank(squash(s))) & seed):
                    hits += 1
                    fail(f"{d['source']}: shares {gr!r} with the seeds")
    return hits


def main():
    rebuild_identical()
    golds = load()
    shape(golds)
    with tempfile.TemporaryDirectory() as td:
        ex = str(Path(td) / "export.json")
        arts, srcs = export(golds, ex)
        run_score(ex)
    lost = exact_coverage(golds, arts, srcs)
    print("marker decorations outside the gold (as in the seeds):", sum(lost.values()),
          "".join(sorted(lost)))
    seed_rule(golds)
    if FAIL:
        for f in FAIL[:60]:
            print("FAIL", f)
        print(f"check failed ({len(FAIL)} problems)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
