#!/usr/bin/env python3
"""Check the dev_zo set: build the export a perfect segmenter would print from the
gold, score it with ../shared/tools/score.py (every figure must be 1.000, coverage
1.000, cjk_space_left 0, no problem lines), and check that the gold shares no
6-character run with the seeds' gold apart from a short list of generic words.
Prints `check passed`.  Python 3 standard library only."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

# generic words and institution names a 6-character run may come from
GENERIC = """
湖南日报全媒体记者 湖南日报全媒体评论员 湖南日报 全媒体记者 通讯员 同比增长 规模以上工业企业 规模以上工业增加值
规模以上 百分点 亿元 万元 省委常委 省委书记 省委副书记 省政府 省人大常委会副主任 省人大常委会 省政协副主席 省政协主席
省政协 副省长 习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 社会主义现代化新湖南
全面建成小康社会 高质量发展 乡村振兴 脱贫攻坚 产业链 供应链 先进制造业 工程机械 轨道交通装备 新一代信息技术
中欧班列 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 怀化 郴州 永州 邵阳 娄底 益阳 湘西土家族苗族自治州 湘江新区
湖南湘江新区 洞庭湖 省高级人民法院 省人民检察院 省工信厅 省商务厅 省发展改革委 省农业农村厅 省自然资源厅 省应急管理厅
湖南省 全省 今年以来 据介绍 据了解 新华社 中国共产党 三高四新 科技创新 工业互联网 数字经济 中央八项规定精神
摄影报道 湖南图片库 以旧换新 专精特新 小巨人 招商引资 营商环境 党风廉政建设 全面从严治党 两个确立 两个维护
总书记关于 重要讲话 重要指示 批示精神 中央经济工作会议 政府工作报告 人民代表大会 十四五 十五五 国民经济和社会发展
相关负责人 负责人表示 负责人介绍 规模工业增加值 工业增加值 企业技术中心 委员会全体会议 高新技术企业 雨雪冰冻天气
技术合同成交额 人力资源和社会保障 以习近平同志为核心的党中央 新中国成立 工作领导小组 国家和地区 基础设施建设
三年行动计划 世界级产业集群 微信公众号 湖南教育电视台 西部陆海新通道 长株潭城际铁路 中小航空发动机
先进硬质材料 先进储能材料 关键核心技术 农村人居环境 生活污水治理 规模性返贫 货物贸易 进出口总值 劳动密集型产品
大宗商品 生态环境保护 体制机制改革 公共服务平台 农村工作会议 气象部门 重要组成部分 疫情防控 广大党员干部
稳外贸稳外资 新时代人大工作 增加值 深入田间地头 现代化新湖南
"""
GENERIC_WORDS = [w for w in GENERIC.split() if w]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def gold_texts(g: dict):
    for a in g["articles"]:
        for f in ("column", "kicker", "title", "subtitle"):
            if a.get(f):
                yield a[f]
        for p in a.get("paragraphs") or []:
            yield p


def covered(s: str, hay: str) -> int:
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


def main():
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = sorted(gold_dir.glob("*.json"))
    if len(golds) != 16 and "--partial" not in sys.argv:
        fail(f"{len(golds)} gold files, want 16")
    arts, srcs = [], []
    fronts = 0
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw_path = pages_dir / g["source"]
        if not raw_path.exists():
            fail(f"missing page {g['source']}")
        text = raw_path.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if raw_path.stem.split("_", 1)[1] != h or gf.stem != raw_path.stem:
            fail(f"{gf.name}: name/hash mismatch")
        n = len(re.sub(r"\s+", "", text))
        if not 3500 <= n <= 7500 and "--partial" not in sys.argv:
            fail(f"{gf.name}: {n} characters")
        if not 6 <= len(g["articles"]) <= 14:
            fail(f"{gf.name}: {len(g['articles'])} articles")
        if g["issue_number"]:
            fronts += 1
        # every gold string must come from the page (reverse coverage)
        hay = squash(text)
        for a in g["articles"]:
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                v = squash(a.get(f))
                if v and covered(v, hay) < len(v):
                    fail(f"{gf.name}: {f} {a.get(f)!r} not on the page")
            for p in a["paragraphs"] + a["subheads"]:
                v = squash(p)
                if covered(v, hay) < len(v) - 2:
                    fail(f"{gf.name}: paragraph not on the page: {p[:30]!r}")
                if re.search(r"\s", p) and p not in a["subheads"]:
                    fail(f"{gf.name}: whitespace in paragraph {p[:30]!r}")
        for e in g["extras"] + g["duplicates"]:
            v = squash(e)
            if covered(v, hay) < len(v):
                fail(f"{gf.name}: extra not on page {e!r}")
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    if fronts < 3 and "--partial" not in sys.argv:
        fail(f"only {fronts} front pages")

    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(exp), str(gold_dir), "--pages", str(pages_dir), "-v"],
                           capture_output=True, text=True)
        js = subprocess.run([sys.executable, str(SCORE), str(exp), str(gold_dir), "--pages", str(pages_dir), "--json"],
                            capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fail("scorer failed: " + r.stderr)
    if "---" in r.stdout:
        fail("the scorer listed problem lines")
    figs = json.loads(js.stdout[:js.stdout.rindex("}") + 1])
    for k, v in figs.items():
        if isinstance(v, float) and f"{v:.3f}" != "1.000":
            fail(f"{k} = {v}")
    if figs["cjk_space_left"] != 0:
        fail("cjk_space_left")
    print(f"coverage (exact) {figs['coverage']:.5f}")

    # no 6-character run of the seeds' gold text: generic words, digits and
    # punctuation are masked in both texts first, so a shared run is 6 characters
    # of distinctive wording
    generic = sorted({squash(w) for w in GENERIC_WORDS}, key=len, reverse=True)

    def masked(t: str) -> str:
        s = squash(t)
        for w in generic:
            s = s.replace(w, "|" * len(w))
        return re.sub(r"[0-9A-Za-z.%+\-×,，。、；;：:！!？?“”‘’\"'（）()《》「」—…·]", "|", s)

    def runs(t: str):
        m = masked(t)
        s = squash(t)
        for i in range(len(m) - 5):
            if "|" not in m[i:i + 6]:
                yield m[i:i + 6], s[max(0, i - 6):i + 12]

    seed_runs = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in gold_texts(g):
            seed_runs.update(r for r, _ in runs(t))
    hits = []
    for gf in golds:
        g = json.loads(gf.read_text(encoding="utf-8"))
        for t in gold_texts(g):
            for r, ctx in runs(t):
                if r in seed_runs:
                    hits.append((gf.name[:3], r, ctx))
    if hits:
        for h in hits[:400]:
            print("seed run:", *h)
        fail(f"{len(hits)} 6-character runs shared with the seeds")
    if not (HERE / "README.md").exists():
        fail("README.md missing")
    print("check passed")


if __name__ == "__main__":
    main()
