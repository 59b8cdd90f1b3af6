#!/usr/bin/env python3
"""Verify the set: rebuild check, perfect-export scoring, shape, seed-phrase rule.

    python3 check.py        -> prints `check passed` or the failures
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily story may use.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 新华社 华声在线 新湖南客户端
省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长 省委副书记
省委宣传部 省发展改革委 省工信厅 省商务厅 省教育厅 省财政厅 省人社厅 省住建厅
省交通运输厅 省农业农村厅 省卫生健康委 省市场监管局 省统计局 省纪委监委
省自然资源厅 省生态环境厅 省水利厅 省文化和旅游厅 省应急管理厅 省机关事务管理局
省委政法委 省高级人民法院 省人民检察院 省公安厅 省司法厅 省气象局 长沙海关
党中央 国务院 中共中央 中央政治局 全国人大 全国政协
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化
娄底 湘西土家族苗族自治州 湘西 长株潭 洞庭湖 湘江 岳麓山 橘子洲
高质量发展 相关负责人 习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神
以习近平同志为核心的党中央 中央八项规定精神 社会主义现代化新湖南 三高四新 美好蓝图
国家重要先进制造业高地 具有核心竞争力的科技创新高地 内陆地区改革开放高地
规模以上工业增加值 同比增长 百分点 乡村振兴 新时代 党员干部 两个维护 两个确立
形式主义 官僚主义 全面从严治党 党风廉政建设 中国特色社会主义 马克思主义
人民群众 高水平 现代化产业体系 现代化 人工智能 数字经济 新质生产力
新一代信息技术 基础设施 互联网平台 公共服务 扶持政策 复合型人才 相辅相成 规划编制
基层治理 消费者 新兴产业 十三五 十四五 十五五
摆在突出位置 中小企业 全面深化改革 高端化 智能化 绿色化 经营主体 新形势新任务 科技创新 规模以上工业 有力支撑 专题调研 低温雨雪冰冻 人均可支配收入 近年来 今年以来 全省上下 隐患排查整治 田间地头 农产品加工 现代服务业 劳动密集型 规模性返贫 示范引领 重要组成部分 千家万户 社会消费品零售总额 各级党组织 中非经贸合作 轨道交通装备 新能源汽车 非物质文化遗产 中非经贸博览会 会议指出 会议强调 会议要求 工作会议 规模工业 增加值 工业经济 电子信息 制造业
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "##")
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        yield a["kicker"] + "\n" + a["title"] + "\n" + a["subtitle"]
        for p in a["paragraphs"]:
            yield p


def main():
    # 1. rebuild byte for byte
    built = compose.build()
    on_disk = {}
    for d in ("pages", "gold"):
        for f in sorted((HERE / d).iterdir()):
            on_disk[f"{d}/{f.name}"] = f.read_text(encoding="utf-8")
    on_disk["README.md"] = (HERE / "README.md").read_text(encoding="utf-8")
    if set(built) != set(on_disk):
        fail(f"file list differs from a rebuild: {sorted(set(built) ^ set(on_disk))[:5]}")
    for k, v in built.items():
        if on_disk.get(k) != v:
            fail(f"{k} differs from a rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))

    # 2. names, format
    seed_gold = json.loads(next(iter(sorted((SHARED / "gold").glob("*.json")))).read_text(encoding="utf-8"))
    top_keys = list(seed_gold.keys())
    art_keys = list(seed_gold["articles"][0].keys())
    layouts, years, fronts = Counter(), Counter(), []
    by_date = {}
    for n, (pg, gf, src) in enumerate(zip(pages, golds, srcs), 1):
        text = pg.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pg.name != f"{n:03d}_{h}.txt":
            fail(f"{pg.name}: name does not match the SHA-256 of its text")
        if gf.name != pg.name[:-4] + ".json":
            fail(f"{gf.name}: gold name does not match its page")
        raw_json = gf.read_text(encoding="utf-8")
        gold = json.loads(raw_json)
        if raw_json != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not in the seeds' JSON layout")
        if list(gold.keys()) != top_keys:
            fail(f"{gf.name}: top-level keys {list(gold.keys())}")
        for a in gold["articles"]:
            if list(a.keys()) != art_keys:
                fail(f"{gf.name}: article keys {list(a.keys())}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gf.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among paragraphs: {s}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{gf.name}: whitespace inside a paragraph: {p[:20]}")
        if gold["source"] != pg.name:
            fail(f"{gf.name}: source field {gold['source']}")
        meta = compose.parse_source(src)["meta"]
        layouts[meta["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        chars = len(re.sub(r"\s+", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters (want 4,500-6,500)")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{pg.name}: {na} articles (want 7-13)")
        if gold["issue_number"] and gold["page_count"]:
            fronts.append(gold)
        by_date.setdefault(gold["issue_date"], []).append(gold)
        # every gold character can be found on the raw page
        hay = squash(text)
        for a in gold["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                if squash(a[k]) not in hay:
                    fail(f"{pg.name}: {k} {a[k]!r} not on the page")
            for p in a["paragraphs"]:
                got = compose_cov(squash(p), hay)
                if got < len(squash(p)):
                    fail(f"{pg.name}: paragraph {p[:16]} not all on the page ({got}/{len(squash(p))})")
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages / {len(golds)} gold files (want 14)")
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)} (want 7 column, 7 para)")
    want_years = {"2015", "2019", "2021", "2024", "2026"}
    if set(years) != want_years or not all(2 <= v <= 3 for v in years.values()):
        fail(f"years {dict(years)}")
    if len(fronts) != 2 or sorted(g["issue_date"][:4] for g in fronts) != ["2019", "2024"]:
        fail(f"front pages: {[g['issue_date'] for g in fronts]}")
    for g in fronts:
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        same = [x for x in by_date[g["issue_date"]] if x is not g]
        up = [a for x in same for a in x["articles"] if a["continued"].startswith("上接1版")]
        if not down or len(up) < len(down):
            fail(f"front page {g['source']}: {len(down)} 下转2版, {len(up)} 上接1版 on its page 2")

    # 3. perfect export, scored
    export = {"articles": [], "sources": []}
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            for k in ("kind", "column", "kicker", "title", "subtitle"):
                e[k] = a[k]
            e["title_derived"] = False
            for k in ("byline", "dateline", "continued", "paragraphs"):
                e[k] = a[k]
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.rstrip())
    figs = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
        if line.startswith("---") or line.startswith("    "):
            fail(f"scorer problem line: {line.strip()}")
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if r.returncode:
        fail(f"score.py exit {r.returncode}")

    # 4. seed-phrase rule
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(f.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for t in texts_of(gold):
            hit = grams(blank(t)) & seed
            if hit:
                fail(f"{gf.name}: shares with the seeds {sorted(hit)[:4]} in {squash(t)[:24]}")

    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"check failed ({len(FAIL)} problems)")
        return 1
    print("check passed")
    return 0


def compose_cov(s, hay):
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


if __name__ == "__main__":
    sys.exit(main())
