#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 everywhere,
the shape matches the brief, and no seed phrase is reused. Prints `check passed`."""
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
FAIL: list[str] = []

GENERIC = sorted("""湖南日报 全媒体记者 通讯员 评论员 相关负责人 习近平新时代中国特色社会主义思想
习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 高质量发展 三高四新 美好蓝图
现代化新湖南 长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 怀化市 娄底市 益阳市 邵阳市
张家界 永州市 湘西土家族苗族自治州 湖南省 我省 全省 省委书记 省长 副省长 省委副书记 省委常委
同比增长 百分点 以上 今年以来 近年来 据了解 记者了解到 会议强调 会议指出 会议要求 重要讲话 指示批示精神
关于湖南工作的重要讲话和指示批示精神 人工智能 新能源汽车 工程机械 先进制造业 数字经济 乡村振兴
产业链 供应链 中国特色社会主义 全面建设社会主义现代化国家 两个确立 两个维护 决定性意义
以旧换新 省工信厅 省商务厅 省教育厅 省卫生健康委 省交通运输厅 省发展改革委 工业互联网
长沙理工大学 湖南大学 中南大学 湖南师范大学 湘潭大学 南华大学 吉首大学 湖南农业大学 通知，要求 等方式 有关负责人 负责人介绍 负责人表示
中联重科 三一集团 三一重工 企业技术中心 高层次人才 增加值 轨道交通装备 科技型中小企业 技术合同成交额
国家和地区 田间地头 高新技术企业 高新技术产业 中小企业 自主研发 规模以上 湘江新区 国防科技大学 先进计算
新型工业化 创新驱动 关键核心技术 研发投入 人民群众 获得感 幸福感 安全感 党风廉政建设 全面从严治党
小巨人 专精特新 单项冠军
人均可支配收入 基础设施建设 气象部门 脱贫攻坚 供给侧结构性改革 稳中求进 污染防治 精准脱贫
工作会议 储能材料 雨雪冰冻 人力资源和社会保障厅 生态环境 长沙黄花国际机场 黄花机场
三年行动 行动计划 年度目标
形式主义 官僚主义 钉钉子精神 社会消费品零售总额 高于全国
统计数据显示 推进会上获悉 负责人说 中医药 数据显示 记者从 获悉
航空发动机 轨道交通 陶瓷 高端化 智能化 绿色化 醴陵
工业和信息化部 工业和信息化厅 工业和信息化 梯度培育 用地
数字化转型 非物质文化遗产 重要组成部分 引领作用 复合型人才 新形势
历史同期 同比分别增长 分别增长
出席 主持 召开 在长沙召开 在长沙举行 近日 今天 日前 下转2版 上接1版 摄 湖南图片库""".split(),
                 key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    FAIL.append(msg)


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "\0")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if "\0" not in s[i:i + 6] and len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main():
    # 1. rebuild byte for byte
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], check=True,
                       stdout=subprocess.DEVNULL)
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            new = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if mine != new:
                fail(f"{sub}: file list differs on rebuild")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (Path(tmp) / sub / n).read_bytes():
                    fail(f"{sub}/{n} differs on rebuild")
        if (HERE / "README.md").read_bytes() != (Path(tmp) / "README.md").read_bytes():
            fail("README.md differs on rebuild")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fail(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")
    years, layouts, fronts = Counter(), Counter(), []
    seed_keys = list(json.loads(next((SHARED / "gold").glob("*.json")).read_text()).keys())
    seed_art_keys = list(json.loads(next((SHARED / "gold").glob("*.json")).read_text())
                         ["articles"][0].keys())
    arts, srcs = [], []
    jumps = {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        text = p.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if p.name != f"{n:03d}_{h}.txt" or g.name != f"{n:03d}_{h}.json":
            fail(f"bad file name {p.name} / {g.name}")
        gold = json.loads(g.read_text(encoding="utf-8"))
        if list(gold.keys()) != seed_keys:
            fail(f"{g.name}: key order differs from the seeds' gold")
        if g.read_text(encoding="utf-8") != json.dumps(gold, indent=1, ensure_ascii=False) + "\n":
            fail(f"{g.name}: not indent=1 / ensure_ascii=False")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{p.name}: {na} articles")
        years[gold["issue_date"][:4]] += 1
        body = [l for l in text.splitlines() if l.strip()]
        column = sum(1 for l in body if len(l.strip()) <= 30) > 0.8 * len(body)
        layouts["column" if column else "paragraph"] += 1
        if gold["issue_number"]:
            fronts.append(gold["issue_date"])
        for a in gold["articles"]:
            if list(a.keys()) != seed_art_keys:
                fail(f"{g.name}: article key order")
            for f in ("continued",):
                if a[f]:
                    jumps.setdefault(gold["issue_date"], []).append(a[f])
            b = dict(a, source=gold["source"], issue_date=gold["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": gold["source"], "issue_date": gold["issue_date"],
                     "extras": gold["extras"] + gold["duplicates"]})
    if sorted(years) != ["2015", "2018", "2021", "2025"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fail(f"layouts {dict(layouts)}")
    if sorted(d[:4] for d in fronts) != ["2018", "2025"]:
        fail(f"front pages {fronts}")
    for d in fronts:
        js = jumps.get(d, [])
        if not any(j.startswith("下转2版") for j in js) or not any(j.startswith("上接1版") for j in js):
            fail(f"front page {d} does not jump to its page 2 in the set: {js}")

    # 3. a perfect export scores 1.000
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": arts, "sources": srcs}, f, ensure_ascii=False)
        exp = f.name
    r = subprocess.run([sys.executable, str(SCORE), exp, str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(exp).unlink()
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            fail(f"scorer problem: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left not 0")
        elif v != "1.000":
            fail(f"{k} = {v}")

    # 4. seed phrases
    seed = set()
    for g in (SHARED / "gold").glob("*.json"):
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            seed |= grams(t)
    for g in golds:
        for t in texts(json.loads(g.read_text(encoding="utf-8"))):
            hit = grams(t) & seed
            if hit:
                fail(f"{g.name}: seed phrase {sorted(hit)[:3]} in {t[:30]}")

    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
