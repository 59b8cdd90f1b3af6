#!/usr/bin/env python3
"""Verify the dev_vt test set; prints `check passed` when every rule holds.

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py (coverage 1.000, no problem line, cjk_space_left 0);
3. the set has its shape (14 pages, 7 per layout, years, sizes, article counts,
   two front pages each jumping to its page 2, file names, gold format);
4. no run of 6 characters holding 5 or more Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a few generic words).
Standard library only.
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
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
YEARS = {"2016": (3, 4), "2019": (3, 4), "2022": (3, 4), "2025": (3, 4)}

# Words any Hunan Daily page uses; blanked before comparing with the seeds.
GENERIC = """湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党中央 国务院 省委 省政府 省人大常委会
省政协 党的二十大精神 二十大精神 高质量发展 乡村振兴 规模以上工业 规模以上 工业增加值
同比增长 个百分点 百分点 湖南省 我省 全省 在长沙召开 在长沙举行 长沙市 株洲市 湘潭市
衡阳市 岳阳市 常德市 张家界市 永州市 郴州市 怀化市 娄底市 益阳市 邵阳市 湘西土家族苗族自治州
长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 永州 郴州 怀化 娄底 益阳 邵阳 湘西 长株潭
省应急管理厅 省工业和信息化厅 省工信厅 省商务厅 省发展改革委 省财政厅 省自然资源厅
省农业农村厅 省文化和旅游厅 省教育厅 省卫生健康委 省人社厅 省民政厅 省气象局 国网湖南省电力有限公司
副省长 省委常委 秘书长 出席会议并讲话 出席并讲话 主持召开 召开会议 全体会议
新一代信息技术 先进制造业 工程机械 产业集群 产业链 供应链 数字经济 人工智能
现代化新湖南 三高四新 社会主义现代化 安全生产 应急管理 防灾减灾 隐患排查
主体责任 监管责任 文旅广电局 输变电装备 高新技术企业 湖南老字号 重点行业领域 公共服务 同比分别 农村人居环境 生活污水 专项整治 道路交通安全 雨雪冰冻 应急处置 轨道交通装备 工业互联网 专精特新 “小巨人” 数字化转型 新能源汽车 复合型人才 工作会议 分布式光伏 生态环境保护 西部陆海新通道 会议强调 会议指出 会议要求 解决实际问题 增加值 经济运行 新中国成立 产业项目建设 个国家和地区 各级各部门 生产经营单位 公共文化服务 技工贸总收入 基础设施 近日 今天 日前 截至 目前 据了解 据介绍 今年以来 去年以来 与此同时""".split()


def blank(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "_" * len(w))
    return s


def windows(s: str) -> set[str]:
    s = blank(re.sub(r"\s+", "", s))
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def main() -> int:
    # 1. byte-for-byte rebuild
    files = compose.build()
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds; run compose.py")
    for d in ("pages", "gold"):
        extra = {f"{d}/{f.name}" for f in (HERE / d).iterdir()} - set(files)
        if extra:
            fail(f"stray files: {sorted(extra)}")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 3. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} and {len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    by_date: dict[str, list] = {}
    seed_w: set[str] = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for t in texts_of(json.loads(sg.read_text(encoding="utf-8"))):
            seed_w |= windows(t)
    shared_runs = []
    for n, (pg, gf) in enumerate(zip(pages, golds), 1):
        text = pg.read_text(encoding="utf-8")
        raw = gf.read_text(encoding="utf-8")
        gold = json.loads(raw)
        want = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        if pg.stem != want or gf.stem != want or gold["source"] != pg.name:
            fail(f"{pg.name}: name should be {want}.txt")
        if list(gold) != KEYS or json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != raw:
            fail(f"{gf.name}: not in the gold format (key order, indent=1)")
        for a in gold["articles"]:
            if list(a) != ART_KEYS or a["kind"] not in KINDS:
                fail(f"{gf.name}: article keys or kind wrong: {a.get('title')}")
            if not a["paragraphs"]:
                fail(f"{gf.name}: article without paragraphs: {a['title']}")
            for p in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff，。、；：“”]\s+[\u4e00-\u9fff，。、；：“”]", p) or "‖" in p or "¦" in p:
                    fail(f"{gf.name}: layout debris in a gold paragraph: {p[:30]}")
            for sh in a["subheads"]:
                if sh.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead not among the paragraphs: {sh}")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{pg.name}: {chars} characters (4,500-6,500 wanted)")
        if not 7 <= len(gold["articles"]) <= 13:
            fail(f"{pg.name}: {len(gold['articles'])} articles (7-13 wanted)")
        src = compose.parse_source(HERE / "src" / f"p{n:02d}.txt")
        layouts[src["meta"]["layout"]] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], []).append((src["meta"]["page"], gold, pg.name))
        if gold["issue_number"]:
            fronts.append(gold)
            if not gold["page_count"] or src["meta"]["page"] != "1":
                fail(f"{pg.name}: a front page needs issue number, page count and page 1")
        for t in texts_of(gold):
            for w in windows(t):
                if w in seed_w:
                    shared_runs.append((pg.name, w))
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(layouts)} (7 column, 7 paragraph wanted)")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if set(years) != set(YEARS):
        fail(f"unexpected years {sorted(years)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2019", "2025"}:
        fail("two front pages wanted, in 2019 and 2025")
    for f in fronts:
        same = by_date[f["issue_date"]]
        p2 = [g for page, g, _ in same if page == "2"]
        if not p2:
            fail(f"front page of {f['issue_date']} has no page 2 in the set")
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        up = [a for a in p2[0]["articles"] if a["continued"].startswith("上接1版")]
        if not down or len(up) != len(down):
            fail(f"{f['issue_date']}: front page jumps do not match page 2")
    if shared_runs:
        for name, w in shared_runs[:40]:
            print("   shared with the seeds:", name, w)
        fail(f"{len(shared_runs)} runs shared with the seeds")

    # 2. the perfect export, scored
    export = {"articles": [], "sources": []}
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v", "--json"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0 or "---" in out:
        print(out, r.stderr)
        fail("the scorer reported problems")
    figs = json.loads(out[:out.rindex("}") + 1])
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fail(f"cjk_space_left {v}")
            continue
        if v is None or f"{v:.3f}" != "1.000":
            fail(f"{k} = {v}")
    print(f"{figs['articles_gold']} articles on {len(pages)} pages; every figure 1.000, "
          f"coverage {figs['coverage']:.5f}")
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
