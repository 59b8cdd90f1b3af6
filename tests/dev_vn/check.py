#!/usr/bin/env python3
"""Verify the set: byte-for-byte rebuild, perfect-export score, shape, seed-phrase rule.

    python3 compose.py && python3 check.py      -> prints `check passed`
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
SCORE = SHARED / "tools" / "score.py"
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

FAIL: list[str] = []


def need(ok: bool, msg: str):
    if not ok:
        FAIL.append(msg)


# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office, set phrases every report of the paper uses.
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 评论员 相关负责人 有关负责人 主要负责人 负责同志 新闻发言人
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
省人大常委会 省政协 省委书记 省委副书记 省委常委 副省长 省长 市委书记 县委书记 秘书长
省统计局 省工信厅 省商务厅 省发改委 省卫生健康委 省农业农村厅 省财政厅 省应急管理厅 长沙海关
国家统计局 人民银行 湖南调查总队 省气象局 省委组织部 省委宣传部 省纪委监委
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西自治州 长株潭 怀化国际陆港 中欧班列 东盟 非洲 欧洲 东南亚
同比增长 比上年同期 个百分点 百分点 规模以上工业 规模以上 工业增加值 增加值增长 进出口总值
社会消费品零售总额 固定资产投资 地区生产总值 全省 我省 今年以来 据了解 据悉 近日 今天 今年
会议强调 会议指出 会议要求 会议认为 会议提出 出席会议 并讲话 在长沙召开 在长沙举行
高质量发展 乡村振兴 新质生产力 中非经贸 三高四新 先进制造业 进出口 外贸 民营企业
居民人均可支配收入 人均可支配收入 农村居民 城镇居民 第一产业 第二产业 第三产业 稳中有进
稳中向好 重点产业项目 高新技术产品 形式主义 官僚主义 中央八项规定精神 以习近平同志为核心的党中央 思想和行动统一到 轨道交通装备
新能源汽车 电子信息 生物医药 现代化产业体系 消费品以旧换新 设备更新 一带一路 低温雨雪冰冻天气
关键核心技术 特色产业集群 新兴产业 未来产业 钉钉子精神 一锤接着一锤敲 深入学习贯彻 农村人居环境
技工贸总收入 统计数据显示 创历史同期新高 有力支撑 基础设施建设 增进民生福祉 重大事故隐患排查整治
全面从严治党 西部陆海新通道 上下联动 齐抓共管 解决实际问题 春风行动 气象部门 广大党员干部
劳动密集型产品 湘粤非铁海联运 新三样 工作会议 全面深化改革 新业态新模式 各级各部门 高新技术企业
省级 国家级 以上 以来 亿元 万元 万吨 万亩 个百分点 增长 全国 平均水平
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def runs(s: str):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if CJK.match(c)) >= 5:
            yield w


def seed_phrases() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"], *a["paragraphs"]]:
                out.update(runs(blank(t)))
    return out


def main():
    files, info = compose.build_all()
    # 1. byte-for-byte rebuild
    for rel, data in files.items():
        p = HERE / rel
        need(p.exists() and p.read_bytes() == data, f"{rel} differs from a fresh compose")
    for d in ("pages", "gold"):
        for p in (HERE / d).glob("*"):
            need(f"{d}/{p.name}" in files, f"{d}/{p.name} is not produced by compose")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    need(len(pages) == 14 and len(golds) == 14, f"{len(pages)} pages, {len(golds)} gold files (want 14)")
    layouts, years = Counter(), Counter()
    fronts = []
    for p in pages:
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        need(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", p.name) is not None and p.stem.endswith(h),
             f"{p.name}: name is not NNN_<sha256[:16]>")
        gp = HERE / "gold" / (p.stem + ".json")
        need(gp.exists(), f"{p.name}: no gold")
        if not gp.exists():
            continue
        g = json.loads(gp.read_text(encoding="utf-8"))
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"],
             f"{gp.name}: key order")
        need(gp.read_text(encoding="utf-8") == json.dumps(g, ensure_ascii=False, indent=1) + "\n",
             f"{gp.name}: not indent=1 / ensure_ascii=False")
        keys = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
                "subheads", "paragraphs"]
        for a in g["articles"]:
            need(list(a) == keys, f"{gp.name}: article key order")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 f"{gp.name}: kind {a['kind']}")
            need(all(s in a["paragraphs"] for s in a["subheads"]), f"{gp.name}: subhead not in paragraphs")
        n = len(re.sub(r"\s", "", text))
        need(4500 <= n <= 6500, f"{p.name}: {n} characters (want 4,500-6,500)")
        na = len(g["articles"])
        need(7 <= na <= 13, f"{p.name}: {na} articles (want 7-13)")
        need(g["source"] == p.name, f"{gp.name}: source")
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(g)
            need(g["issue_number"] in text.replace(" ", "") and g["page_count"], f"{p.name}: masthead")
    for _, pg, g in info:
        layouts[pg.page["layout"]] += 1
    need(layouts == Counter(column=7, para=7), f"layouts {dict(layouts)}")
    need(years == Counter({"2015": 3, "2017": 4, "2020": 3, "2024": 4}), f"years {dict(years)}")
    need(sorted(g["issue_date"][:4] for g in fronts) == ["2017", "2024"], "front pages in 2017 and 2024")
    for fg in fronts:
        down = [a for a in fg["articles"] if a["continued"].startswith("下转2版")]
        need(bool(down), f"front page {fg['source']}: no 下转2版")
        mates = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        mates = [m for m in mates if m["issue_date"] == fg["issue_date"] and m is not fg and m["source"] != fg["source"]]
        up = [a for m in mates for a in m["articles"] if a["continued"].startswith("上接1版")]
        need(len(up) >= len(down), f"front page {fg['source']}: its page 2 lacks 上接1版")

    # 3. seed-phrase rule
    seeds = seed_phrases()
    hits = []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["column"], a["kicker"], a["title"], a["subtitle"], a["byline"], *a["paragraphs"]]:
                for w in runs(blank(t)):
                    if w in seeds:
                        hits.append((gp.name[:3], w))
    need(not hits, f"seed phrases reused: {sorted(set(hits))[:40]}")

    # 4. perfect export through the scorer
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], **{k: a[k] for k in a if k != "subheads"}}
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"), "--pages",
                            str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out, end="")
    need(r.returncode == 0, "score.py failed: " + r.stderr[-300:])
    need(not re.search(r"^(---|    )", out, re.M), "scorer listed problems")
    for key in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
                "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        m = re.search(rf"^{key}\s+(\S+)", out, re.M)
        need(bool(m) and m.group(1) == "1.000", f"{key} is {m.group(1) if m else 'missing'}")
    m = re.search(r"^cjk_space_left\s+(\S+)", out, re.M)
    need(bool(m) and m.group(1) == "0", "cjk_space_left is not 0")

    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print("check failed")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
