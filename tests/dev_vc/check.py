#!/usr/bin/env python3
"""Verify the set: rebuilt byte-for-byte, perfect export scores 1.000 everywhere,
shape as briefed, and no 6-character run shared with the seeds' gold text."""
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

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """
湖南日报 全媒体记者 华声在线 新湖南客户端 通讯员 评论员 新华社 相关负责人 有关负责人 负责人
中共中央 党中央 国务院 习近平 新时代中国特色社会主义思想 总书记 重要讲话 重要指示 政治局
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 张家界 怀化市 郴州市 永州市 娄底市 邵阳市 益阳市
湘西土家族苗族自治州 土家族 自治州 省委常委 省委书记 副省长 省政府 省委 省人大 省政协 省长
省工信厅 省商务厅 省人社厅 省卫生健康委 省财政厅 省税务局 省文旅厅 省文物局 省发展改革委 长沙海关
高质量发展 三高四新 美好蓝图 现代化新湖南 社会主义 新征程 同比增长 百分点 规模以上 工业增加值
进出口 全省各级 各级各部门 以旧换新 新一代 人工智能 中小企业 产业集群 重点产业 先进制造业
工作会议 座谈会 在长沙举行 在长沙召开 召开 出席 记者从 获悉 据了解 据悉 近日 今天 日前 今年以来
与此同时 近年来 一批 一系列 全国 全省 我省 湖南 长沙 非遗 非物质文化遗产 代表性 传承人
国家级 省级 市州 县市区 党员干部 形式主义 基层减负 高校毕业生 招聘会 就业岗位 人才
电子信息 生物医药 轨道交通 中医药 传承创新 安全生产 成员单位 智能制造 高新技术企业 高层次 领导小组
重要组成部分 装备 农产品 落实情况 下一阶段 介绍 欧洲 市场
年度目标任务 中南大学 湖南大学 劳动密集型 清醒看到 新业态新模式 数字化转型 国民经济 深化改革
经营主体 会议强调 重点推进 春风行动 长株潭 城际铁路 工业和信息化 印发通知 稳规模优结构 应急处置
新能源汽车 天气变化 田间地头 国家和地区 同比分别增长 两位数 湘粤非 铁海联运 改革开放高地 内陆地区
特殊群体 残疾人 刀刃上 乡村振兴 精准 人力资源和社会保障 政策咨询 重点领域
""".split()


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def seed_grams():
    G = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                G |= grams(blank(t))
    return G


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    files, meta, _ = compose.build()
    # 1. rebuilt byte-for-byte
    for k, v in files.items():
        p = HERE / k
        if not p.exists() or p.read_text(encoding="utf-8") != v:
            fail(f"{k} differs from a fresh build")
    for d in ("pages", "gold"):
        on_disk = {f"{d}/{f.name}" for f in (HERE / d).iterdir()}
        if on_disk != {k for k in files if k.startswith(d + "/")}:
            fail(f"stray files in {d}/")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail("need 14 pages and 14 gold files")
    seed_keys = None
    sg = json.loads(next((SHARED / "gold").glob("*.json")).read_text(encoding="utf-8"))
    seed_keys = (list(sg.keys()), list(sg["articles"][0].keys()))
    years, layouts, fronts = Counter(), Counter(), []
    by_date = {}
    for i, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = pp.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pp.name != f"{i:03d}_{h}.txt" or gp.name != f"{i:03d}_{h}.json":
            fail(f"bad file name {pp.name}")
        g = json.loads(gp.read_text(encoding="utf-8"))
        if gp.read_text(encoding="utf-8") != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gp.name} not in indent=1 form")
        if (list(g.keys()), list(g["articles"][0].keys())) != seed_keys:
            fail(f"{gp.name} key order differs from the seeds")
        if g["source"] != pp.name:
            fail(f"{gp.name} source field")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fail(f"{pp.name}: {n} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{pp.name}: {na} articles")
        m = meta[i - 1]
        years[g["issue_date"][:4]] += 1
        layouts[m["layout"]] += 1
        by_date.setdefault(g["issue_date"], []).append((m["page"], g))
        if g["issue_number"] is not None:
            fronts.append(g)
    if dict(years) != {"2017": 4, "2020": 3, "2024": 4, "2026": 3}:
        fail(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fail(f"layouts {dict(layouts)}")
    if len(fronts) != 2 or {f["issue_date"][:4] for f in fronts} != {"2017", "2024"}:
        fail("front pages")
    for f in fronts:
        if not f["page_count"] or not any(a["continued"] == "下转2版" for a in f["articles"]):
            fail("front page without page count or 下转2版")
        p2 = [g for pg, g in by_date[f["issue_date"]] if pg == "2"]
        if not p2 or not any(a["continued"].startswith("上接1版") for a in p2[0]["articles"]):
            fail("front page without its page 2 continuation")

    # 3. seed-phrase rule
    G = seed_grams()
    bad = []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                common = grams(blank(t)) & G
                if common:
                    bad.append((gp.name[:3], sorted(common)[:3]))
    if bad:
        for b in bad:
            print("seed phrase:", *b)
        fail(f"{len(bad)} strings share a 6-character run with the seeds")

    # 4. perfect export scores 1.000
    arts, srcs = [], []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        fail("scorer failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        parts = line.split()
        if len(parts) == 2 and re.fullmatch(r"[0-9.]+", parts[1]) and "." in parts[1]:
            if parts[1] != "1.000":
                fail(f"{parts[0]} = {parts[1]}")
        if parts and parts[0] == "cjk_space_left" and parts[1] != "0":
            fail("cjk_space_left")
    if "coverage         1.000" not in r.stdout:
        fail("coverage")
    print("check passed")


if __name__ == "__main__":
    main()
