#!/usr/bin/env python3
"""Verify the set: rebuild in memory and compare byte-for-byte, score a perfect
export with the shared scorer, check the shape of the set and the seed-phrase rule.

    python3 check.py          prints `check passed` or the reasons it failed
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"

# Generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases any Hunan Daily story may use.
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 华声在线 新湖南客户端 本报讯
中共中央 党中央 国务院 全国人大 全国政协 省委 省政府 省人大常委会 省人大 省政协 省纪委 省监委
省委书记 省长 副省长 省委常委 省委秘书长 省委副书记 省政协主席 省政协副主席 秘书长 副主任 主任
省委宣传部 省发展改革委 省工信厅 省商务厅 省农业农村厅 省水利厅 省民政厅 省人社厅 省卫生健康委
省文化和旅游厅 省教育厅 省财政厅 省自然资源厅 省生态环境厅 省交通运输厅 省应急管理厅 省气象局
省防汛抗旱指挥部 省防指 省高级人民法院 省高院 省检察院 省公安厅 长沙海关 海关总署 星沙海关
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的二十大 二十届三中全会
中国特色社会主义 社会主义现代化新湖南 三高四新 美好蓝图 战略定位和使命任务 高质量发展
两个确立 两个维护 决定性意义 重要讲话 指示批示精神 重要指示
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳市 邵阳 岳阳市 岳阳 常德市 常德
张家界市 张家界 益阳市 益阳 郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底 湘西土家族苗族自治州 湘西州 湘西
长株潭 洞庭湖 湘江 资水 沅江 澧水 湘资沅澧 中部地区 中西部 东盟 欧洲 非洲 俄罗斯
中欧班列 同比增长 比上年增长 同比下降 个百分点 规模以上工业 规模以上 进出口总值 进出口 亿元 万元
相关负责人 负责人介绍 负责人表示 据了解 据介绍 记者从 记者今天从 今年以来 近年来 截至目前
一带一路 乡村振兴 以旧换新 智赋万企 新三样 老三样 全面从严治党 中央八项规定精神
人力资源和社会保障厅 社会消费品零售总额 非物质文化遗产 公共文化服务 西部陆海新通道 中非经贸博览会
中非经贸合作 轨道交通装备 应急管理部门 新能源汽车 太阳能电池 微信公众号 有限公司 产业链供应链
十四五 年度目标任务 服务体系 会议强调 会议指出 会议要求 重要组成部分 较常年同期 农业农村
同比分别增长 增速高于全国 突出位置 累计开行 提质增效 有进出口实绩的企业 个国家和地区
加大研发投入 出口增长 进一步 广大党员干部 非遗传承人 外商投资企业 各级各部门
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)


def blank(s: str) -> str:
    for w in GENERIC_WORDS:
        s = s.replace(w, "#")
    return s


def grams(texts, n=6):
    out = set()
    for t in texts:
        t = blank(re.sub(r"\s+", "", t))
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
                out.add(g)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main() -> int:
    fails: list[str] = []
    results = compose.build_all()
    files = compose.outputs(results)
    # 1. byte-for-byte rebuild
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fails.append(f"{rel} differs from a fresh build (run compose.py)")
    for d in ("pages", "gold"):
        extra = {f"{d}/{f.name}" for f in (HERE / d).iterdir()} - set(files)
        if extra:
            fails.append(f"stray files: {sorted(extra)}")
    # 2. shape
    golds = [r[2] for r in results]
    pages = [r[3] for r in results]
    if len(results) != 14:
        fails.append(f"{len(results)} pages, want 14")
    lay = Counter(p["layout"] for p in pages)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(lay)}")
    years = Counter(g["issue_date"][:4] for g in golds)
    if set(years) != {"2016", "2020", "2023", "2025"} or not all(3 <= v <= 4 for v in years.values()):
        fails.append(f"years {dict(years)}")
    for fname, text, gold, page, _ in results:
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{fname}: {n} characters")
        if not 7 <= len(gold["articles"]) <= 13:
            fails.append(f"{fname}: {len(gold['articles'])} articles")
        if fname != f"{page['page']}_" + hashlib.sha256(text.encode()).hexdigest()[:16]:
            fails.append(f"{fname}: name is not the hash of the text")
        if gold["source"] != fname + ".txt":
            fails.append(f"{fname}: gold source")
        for a in gold["articles"]:
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{fname}: kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{fname}: whitespace in a gold paragraph {p[:20]}")
    names = [p["page"] for p in pages]
    if names != [f"{i:03d}" for i in range(1, 15)]:
        fails.append(f"page numbers {names}")
    fronts = [(g, p) for g, p in zip(golds, pages) if g["issue_number"]]
    if sorted(g["issue_date"][:4] for g, _ in fronts) != ["2016", "2023"]:
        fails.append("front pages must be one in 2016 and one in 2023")
    for g, p in fronts:
        if not g["page_count"] or not g["extras"]:
            fails.append(f"front page {p['page']} lacks page count or masthead")
        jump = [a for a in g["articles"] if a["continued"].startswith("下转2版")]
        back = [a for g2, p2 in zip(golds, pages) if g2["issue_date"] == g["issue_date"] and p2.get("pageno") == "2"
                for a in g2["articles"] if a["continued"].startswith("上接1版")]
        if not jump or not back:
            fails.append(f"front page {p['page']}: no 下转2版 / 上接1版 pair in the set")
    # 3. seed-phrase rule
    seed = []
    for f in sorted((SHARED / "gold").glob("*.json")):
        seed += texts_of(json.loads(f.read_text(encoding="utf-8")))
    seed_grams = grams(seed)
    for g in golds:
        shared = grams(texts_of(g)) & seed_grams
        if shared:
            fails.append(f"{g['source']}: shares with the seeds: {sorted(shared)[:8]}")
    # 4. perfect export scored by the shared scorer
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update({k: v for k, v in a.items()})
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(out.stdout, end="")
    for line in out.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2):
            if m.group(2) != "1.000":
                fails.append(f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            fails.append(line)
    if out.returncode:
        fails.append(f"scorer exit {out.returncode}: {out.stderr[-300:]}")
    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
