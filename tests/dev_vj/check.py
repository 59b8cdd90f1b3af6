#!/usr/bin/env python3
"""Verify the set: rebuild byte-for-byte, shape, seed-phrase rule, perfect-export score."""
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2016", "2019", "2022", "2026"}
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人 湖南省 省委 省政府 省人大常委会
省政协 省委书记 副省长 省长 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西 习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 高质量发展
全面贯彻 党的二十大精神 同比增长 百分点 今年以来 近年来 据了解 据介绍 与此同时 会议强调 会议指出
会议要求 记者从 获悉 在长沙召开 在长沙举行 省商务厅 省住房城乡建设厅 省应急管理厅 省民政厅
省体育局 省工信厅 人工智能 全省各级 各市州 市州 工业互联网 以旧换新 新能源汽车 中非经贸博览会
规模以上 进出口 增加值 社会主义现代化新湖南 三高四新 一带一路 形式主义 基层减负 省委常委
先进制造业 产业集群 营商环境 高水平 乡村振兴 现代化 深入学习贯彻 重要讲话 指示批示精神 广大党员干部 思想和行动统一到 法治思维和法治方式 社会消费品零售总额 开放型经济 轨道交通装备 电子信息 生物医药 安委会成员单位 应急管理部门 海关今天发布 国家和地区 移送司法机关 亿元以上项目 醴陵陶瓷 工作会议 增速居全国 占全省 重点行业领域 微信公众号 安委会办公室 安委办 委员会副主任 人民代表大会常务委员会 雨雪冰冻天气 党组书记 年度目标任务 生产经营单位 复合型人才 数字化转型 气象部门预计 较去年同期 我省将继续 今年,我省将 农村人居环境 加大支持力度 中非经贸合作 对非贸易 新业态新模式 生态环境保护 经济社会 出席并讲话
应急处置能力 气象部门提醒 风险监测预警 隐患排查整治 进出口实绩的企业 安全生产宣传 关注天气变化 锂电池
产品出口增长 今年我省将 去年,我省 春节期间""".split(),
                 key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for g in GENERIC:
        s = s.replace(g, "\u25a1" * len(g))
    return s


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if len(CJK.findall(g)) >= 5:
            yield g


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files = compose.build()
    # 1. byte-for-byte rebuild
    on_disk = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).glob("*")}
    want = {k for k in files if not k.startswith("marks/")}
    if on_disk != want - {"README.md"}:
        fail(f"file set differs: {sorted(on_disk ^ (want - {'README.md'}))[:5]}")
    for rel in want:
        if (HERE / rel).read_text(encoding="utf-8") != files[rel]:
            fail(f"{rel} differs from a fresh build")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = {p.stem: json.loads((HERE / "gold" / (p.stem + ".json")).read_text(encoding="utf-8")) for p in pages}
    # 2. shape
    partial = "--partial" in sys.argv
    if len(pages) != 14 and not partial:
        fail(f"{len(pages)} pages")
    metas = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, _ = compose.parse(src)
        metas[meta["num"]] = (meta, arts)
    layouts = Counter(m["layout"] for m, _ in metas.values())
    if partial:
        layouts = Counter({"column": 7, "para": 7})
    if layouts != Counter({"column": 7, "para": 7}):
        fail(f"layouts {layouts}")
    years = Counter(m["date"][:4] for m, _ in metas.values())
    if not partial and set(years) != YEARS or not partial and not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    for p in pages:
        text = p.read_text(encoding="utf-8")
        num, h = p.stem.split("_")
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != h:
            fail(f"{p.name}: name is not the hash of its text")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{p.name}: {n} characters")
        g = golds[p.stem]
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{p.name}: {len(g['articles'])} articles")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            fail(f"{p.name}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{p.name}: article keys")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{p.name}: kind {a['kind']}")
    fronts = [(m, a) for m, a in metas.values() if m.get("issue")]
    if not partial and sorted(m["date"][:4] for m, _ in fronts) != ["2019", "2026"]:
        fail("front pages must be in 2019 and 2026")
    for m, arts in fronts:
        if m["page"] != "1" or not m.get("pages"):
            fail("front page lacks page number or page count")
        if not any(a.f["continued"].startswith("下转2版") for a in arts.values()):
            fail(f"front {m['date']} has no 下转2版")
        twos = [(mm, aa) for mm, aa in metas.values() if mm["date"] == m["date"] and mm["page"] == "2"]
        if len(twos) != 1 or not any(a.f["continued"].startswith("上接1版") for a in twos[0][1].values()):
            fail(f"front {m['date']} has no page 2 with 上接1版")
    # 3. seed-phrase rule
    seed = set()
    for gf in SEED_GOLD.glob("*.json"):
        for a in json.loads(gf.read_text(encoding="utf-8"))["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed.update(grams(norm(t)))
    hits = []
    for stem, g in golds.items():
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in grams(norm(t)):
                    if gr in seed:
                        hits.append((stem[:3], gr))
    if hits:
        for h in hits[:40]:
            print("seed phrase:", h)
        fail(f"{len(hits)} runs shared with the seeds")
    # 4. perfect export, scored
    arts, sources = [], []
    for p in pages:
        g = golds[p.stem]
        marks = json.loads(files[f"marks/{p.stem}.json"])
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                         "dateline", "continued", "paragraphs")})
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"] + marks})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, SCORE, str(exp), str(HERE / "gold"), "--pages",
                              str(HERE / "pages"), "-v"], capture_output=True, text=True).stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer reported a problem")
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"\d\.\d{3}", parts[1]) and parts[1] != "1.000":
            fail(f"{parts[0]} is {parts[1]}")
    if "coverage         1.000" not in out or "cjk_space_left   0" not in out:
        fail("coverage or cjk_space_left")
    # exact coverage, not only rounded
    for p in pages:
        g = golds[p.stem]
        marks = json.loads(files[f"marks/{p.stem}.json"])
        hay = "\0".join(compose_squash(s) for a in g["articles"] for s in
                        [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")]
                        + a["paragraphs"])
        hay += "\0" + "\0".join(compose_squash(s) for s in g["extras"] + g["duplicates"] + marks)
        for line in p.read_text(encoding="utf-8").splitlines():
            s = compose_squash(line)
            if s and not covered_all(s, hay):
                fail(f"{p.name}: line not wholly covered: {line!r}")
    print("check passed")


def compose_squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered_all(s, hay):
    i = 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i) and lo > 0:
            i += lo
        else:
            return False
    return True


if __name__ == "__main__":
    main()
