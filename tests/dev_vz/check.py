#!/usr/bin/env python3
"""Verify the dev_vz test set; prints `check passed` when every rule holds.

    python3 check.py

1. compose.build() gives byte-for-byte the files on disk (pages/, gold/, README.md);
2. the export a perfect segmenter would print scores 1.000 on every figure with
   /work/shared/tools/score.py, coverage 1.000, cjk_space_left 0, no problem line;
3. the set's shape: 14 pages, 7 per layout, years, front pages and their jumps,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking generic words).
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued", "subheads", "paragraphs"]
TOP = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
YEARS = {"2015": (3, 4), "2019": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2015", "2023"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases any Hunan Daily story may carry
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 新华社 华声在线 新湖南
中国共产党 党中央 国务院 全国人大 全国政协 省委常委 省委副书记 省委书记 省委 省政府 省人大常委会 省人大
省政协 省纪委监委 纪委监委 省直 省工信厅 省商务厅 省发展改革委 省农业农村厅 省交通运输厅 省文化和旅游厅
省财政厅 省教育厅 省卫生健康委 长沙海关 海关总署 国家电网 国网湖南省电力有限公司
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西土家族苗族自治州
湘西州 湘西 长株潭 洞庭湖 湘江 全省 我省 全市 全县 全国 各市州
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的二十大 新时代 中国特色社会主义
高质量发展 现代化新湖南 三高四新 乡村振兴 相关负责人 负责人介绍 负责人表示 主要负责人 有关负责人
同比增长 比上年增长 百分点 进出口 规模以上 工业增加值 新能源汽车 新能源 一带一路 出席并讲话 主持召开
在长沙召开 在长沙举行 记者从 获悉 据了解 据介绍 近日 今天 日前 会议强调 会议指出 会议要求 会议提出
农村居民人均可支配收入 人均可支配收入 农村人居环境 轨道交通装备 个国家和地区 中非经贸博览会 中非经贸
机电产品 大宗商品 劳动密集型 电子元器件 各地各部门 世界一流 有力支撑 智能化 绿色化 增加值 产业集群
非物质文化遗产 非遗代表性项目 非遗代表性 生态环境保护 生态环境治理 充电基础设施 分布式光伏 同比分别增长 各类经营主体
先进制造业集群 关键核心技术 雨雪冰冻天气 深度合作先行区 年度目标任务 重要组成部分 公共服务平台 工作情况汇报
现代化产业体系 西部陆海新通道 进出口实绩 新三样 走出去 国际陆港
党委、政府 道路交通安全 交通安全 作风建设 警示教育 落实到位 工作会议 能力建设
副省长 省长 副主任 主任 副书记 书记 党委书记 有关部门 各级各部门 省领导 出席 讲话 强调 指出 要求 参加
""".split(), key=len, reverse=True)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            yield w


def texts(gold: dict):
    for a in gold["articles"]:
        yield a["kicker"] + a["title"] + a["subtitle"]
        for p in a["paragraphs"]:
            yield p


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    out, facts, _ = compose.build()
    # 1. byte-for-byte
    for rel, data in out.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds")
    on_disk = {f"pages/{p.name}" for p in (HERE / "pages").glob("*")} | \
              {f"gold/{p.name}" for p in (HERE / "gold").glob("*")}
    if on_disk - set(out):
        fail(f"stray files: {sorted(on_disk - set(out))}")

    golds = {}
    for gp in sorted((HERE / "gold").glob("*.json")):
        text = gp.read_text(encoding="utf-8")
        g = json.loads(text)
        if list(g) != TOP:
            fail(f"{gp.name}: top-level keys {list(g)}")
        for a in g["articles"]:
            if list(a) != KEYS:
                fail(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{gp.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{gp.name}: subhead not among paragraphs: {sh}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != text:
            fail(f"{gp.name}: not in the seeds' JSON layout (indent=1, ensure_ascii=False)")
        golds[gp.name] = g

    # 2. perfect export through the scorer
    arts, srcs = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in KEYS})
            b["title_derived"] = not a["title"]
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        fail("score.py failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")

    # 3. shape
    if len(facts) != 14:
        fail(f"{len(facts)} pages, want 14")
    lay = Counter(f["layout"] for f in facts)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(f["date"][:4] for f in facts)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    nums = sorted(f["file"][:3] for f in facts)
    if nums != ["%03d" % i for i in range(1, 15)]:
        fail(f"page numbers {nums}")
    fronts = []
    for f in facts:
        name = f["file"]
        text = (HERE / "pages" / name).read_bytes()
        if name[4:20] != hashlib.sha256(text).hexdigest()[:16] or not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name):
            fail(f"{name}: name is not NNN_ + sha256[:16]")
        g = golds[name[:-4] + ".json"]
        if g["source"] != name:
            fail(f"{name}: gold source {g['source']}")
        if not 4500 <= f["chars"] <= 6500:
            fail(f"{name}: {f['chars']} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        if g["issue_number"] is not None:
            fronts.append(g)
            if f["pageno"] != "1" or g["page_count"] is None or not g["extras"]:
                fail(f"{name}: front page without page 1 / page count / masthead")
    if sorted(g["issue_date"][:4] for g in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages in {[g['issue_date'] for g in fronts]}")
    for g in fronts:
        down = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        if not down:
            fail(f"{g['source']}: front page has no 下转2版")
        twos = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g]
        ups = [a for h in twos for a in h["articles"] if a["continued"].startswith("上接1版")]
        if len(ups) < len(down):
            fail(f"{g['source']}: page 2 of {g['issue_date']} lacks its 上接1版 continuations")
        pages2 = [f for f in facts if f["date"] == g["issue_date"] and f["pageno"] == "2"]
        if not pages2:
            fail(f"{g['issue_date']}: no page 2 in the set")

    # 4. seed phrases
    seed = set()
    for gp in sorted(SEED_GOLD.glob("*.json")):
        for t in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed.update(windows(blank(t)))
    shared = []
    for name, g in golds.items():
        for t in texts(g):
            for w in windows(blank(t)):
                if w in seed:
                    shared.append((name, w))
    if shared:
        for name, w in shared[:40]:
            print("   shared with seeds:", name, w)
        fail(f"{len(shared)} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
