#!/usr/bin/env python3
"""Verify the set: rebuild check, perfect-export score, shape, seed-phrase rule.

    python3 check.py        # prints `check passed` or the list of failures
"""
from __future__ import annotations

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
SCORE = SHARED / "tools" / "score.py"
YEARS = {2016, 2019, 2021, 2024, 2026}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names, place
# names, set phrases of the paper. They are allowed to recur; nothing else of 6 is.
GENERIC = """
湖南日报 全媒体记者 记者 通讯员 评论员 新湖南客户端 华声在线 新华社 摄影报道 湖南图片库
中共中央政治局 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想 习近平 总书记
党的二十大精神 党的二十大 二十届 中央八项规定精神 中央八项规定 社会主义现代化新湖南 社会主义现代化
现代化新湖南 三高四新 美好蓝图 战略定位和使命任务 高质量发展 高水平 新时代 现代化产业体系
省委常委 省委书记 省委副书记 省委秘书长 省委宣传部部长 省委宣传部 省委 省政府 省长 副省长
省人大常委会 省人大 省政协 省政协主席 省政协副主席 省纪委监委 纪委监委 县纪委监委 省军区
省工信厅 省商务厅 省自然资源厅 省农业农村厅 省卫生健康委 省卫健委 省教育厅 省交通运输厅
省体育局 省气象局 省应急管理厅 省人社厅 省民政厅 省财政厅 省发展改革委 省文化和旅游厅 省公安厅
省司法厅 省生态环境厅 省市场监管局 省医保局 省住房城乡建设厅 省水利厅 省林业局 省总工会
长沙海关 国家发展改革委 财政部 海关总署
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳市 邵阳 岳阳市 岳阳 常德市 常德
张家界市 张家界 益阳市 益阳 郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底
湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江 资水 沅水 澧水 岳麓山 南岳 衡山
相关负责人 负责人介绍 负责人表示 负责人说 主要负责人 有关负责人 据了解 据悉 近日 日前 今年以来 近年来
同比增长 同比下降 分别增长 同比分别 百分点 个百分点 亿元 万元 万亩 万人次 人次 以上 以下 左右 今年 去年 明年
全省各级 全省上下 各级各部门 市州 县市区 县（市、区） 乡镇 村民 群众 党员干部
深入学习贯彻 学习贯彻 贯彻落实 出席并讲话 出席会议 主持召开 召开 强调 指出 要求 表示 介绍
一氧化碳中毒 一氧化碳 非物质文化遗产 非遗 代表性传承人 乡村振兴 以旧换新 数字经济 先进制造业 人工智能 新能源汽车 工程机械 产业链 供应链
比上年增长 比上年 高新技术产品 机电产品 轨道交通装备 新一代信息技术 外商投资企业 民营企业 国有企业
雨雪冰冻天气 雨雪冰冻 生态环境保护 生态环境 出口增长 进口增长
信息技术服务 需要注意的是 经营主体 道路交通安全 重点推进 国家和地区 人力资源和社会保障厅 人力资源和社会保障 工作领导小组 领导小组 春风行动 较常年同期 常年同期 有力支撑 关注天气变化 制造业单项冠军企业 单项冠军企业 单项冠军 工业和信息化部 工业和信息化 农业强省 新型基础设施 基础设施建设 基础设施 公共服务平台 技工贸总收入 应急管理部门 开展专题调研 专题调研 农村人居环境 人居环境
全国 全省 我省 中部 中西部 国家级 省级 规模以上 规模工业 增加值 进出口 外贸
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted({squash(w) for w in GENERIC}, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def grams(s: str):
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(is_han(c) for c in g) >= 5:
            yield g


def seed_grams() -> set:
    out = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(grams(blank(t)))
    return out


def main() -> int:
    fails = []
    # 1. the set rebuilds byte for byte
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(HERE / "compose.py"), "--out", td], check=True,
                       stdout=subprocess.DEVNULL)
        for sub in ("pages", "gold"):
            mine = sorted(p.name for p in (HERE / sub).iterdir())
            fresh = sorted(p.name for p in (Path(td) / sub).iterdir())
            if mine != fresh:
                fails.append(f"{sub}/ differs from a fresh build (run compose.py)")
                continue
            for n in mine:
                if (HERE / sub / n).read_bytes() != (Path(td) / sub / n).read_bytes():
                    fails.append(f"{sub}/{n} differs from a fresh build")
        if (HERE / "README.md").read_bytes() != (Path(td) / "README.md").read_bytes():
            fails.append("README.md differs from a fresh build")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    # 2. shape
    if len(pages) != 14 or len(golds) != 14:
        fails.append(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    layouts, years, fronts = Counter(), Counter(), []
    seeds = seed_grams()
    by_date = {}
    import hashlib
    for p in pages:
        text = p.read_text(encoding="utf-8")
        m = re.match(r"(\d{3})_([0-9a-f]{16})\.txt$", p.name)
        if not m or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            fails.append(f"{p.name}: name is not NNN_ + sha256[:16]")
        gp = HERE / "gold" / (p.stem + ".json")
        if not gp.exists():
            fails.append(f"{p.name}: no gold"); continue
        graw = gp.read_text(encoding="utf-8")
        g = json.loads(graw)
        if graw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fails.append(f"{gp.name}: not written with indent=1, ensure_ascii=False")
        if list(g) != KEYS:
            fails.append(f"{gp.name}: top-level keys {list(g)}")
        if g["source"] != p.name:
            fails.append(f"{gp.name}: source field {g['source']}")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            fails.append(f"{p.name}: {n} characters (want 4500-6500)")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fails.append(f"{p.name}: {na} articles (want 7-13)")
        for a in g["articles"]:
            if list(a) != AKEYS:
                fails.append(f"{gp.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                fails.append(f"{gp.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"[\u4e00-\u9fff“”，。、]\s+[\u4e00-\u9fff“”，。、]", para):
                    fails.append(f"{gp.name}: space between Chinese characters in {para[:20]}")
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for gr in grams(blank(t)):
                    if gr in seeds:
                        fails.append(f"{gp.name}: shares {gr!r} with the seeds ({t[:24]}…)")
        flat = squash(text)
        sys.path.insert(0, str(SCORE.parent))
        import score
        for a in g["articles"]:
            body = squash("".join(a["paragraphs"]))
            got = score.covered(body, flat)
            if got < len(body):
                fails.append(f"{p.name}: article {a['title'][:12] or body[:12]} not all printed ({got}/{len(body)})")
        src = HERE / "src" / ("p%02d.txt" % int(p.name[:3]))
        mm = re.search(r"^layout:\s*(\w+)", src.read_text(encoding="utf-8"), re.M) if src.exists() else None
        lay = mm.group(1) if mm else "?"
        # the layout must also show in the raw text: column pages are short lines
        longest = max(len(ln) for ln in text.splitlines())
        if (lay == "column") != (sum(len(ln) > 60 for ln in text.splitlines()) < 8):
            fails.append(f"{p.name}: raw text does not look like the {lay} layout (longest line {longest})")
        layouts[lay] += 1
        y = int(g["issue_date"][:4])
        years[y] += 1
        by_date.setdefault(g["issue_date"], []).append(g)
        if g["issue_number"] is not None:
            fronts.append(g)
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fails.append(f"layouts {dict(layouts)} (want 7 column, 7 paragraph)")
    if set(years) != YEARS or any(not 2 <= v <= 3 for v in years.values()):
        fails.append(f"years {dict(years)}")
    if sorted(int(f["issue_date"][:4]) for f in fronts) != [2019, 2024]:
        fails.append("want front pages in 2019 and 2024")
    for f in fronts:
        if not f["page_count"]:
            fails.append(f"{f['source']}: front page without page count")
        if not f["extras"]:
            fails.append(f"{f['source']}: front page without masthead extras")
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fails.append(f"{f['source']}: front page jumps to no page 2")
        others = [g for g in by_date[f["issue_date"]] if g is not f]
        if not any(a["continued"].startswith("上接1版") for g in others for a in g["articles"]):
            fails.append(f"{f['source']}: its page 2 is not in the set")

    # 3. the perfect export scores 1.000 everywhere
    arts, srcs = [], []
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tf:
        json.dump({"articles": arts, "sources": srcs}, tf, ensure_ascii=False)
        exp = tf.name
    r = subprocess.run([sys.executable, str(SCORE), exp, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(exp).unlink()
    out = r.stdout
    for ln in out.splitlines():
        if ln.startswith("---") or ln.startswith("    "):
            fails.append("scorer: " + ln.strip())
    for key in ("seg_f1", "headline_acc", "title_acc", "byline_acc",
                "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        m = re.search(rf"^{key}\s+(\S+)", out, re.M)
        if not m or m.group(1) != "1.000":
            fails.append(f"scorer: {key} = {m.group(1) if m else 'missing'}")
    m = re.search(r"^untitled_ok\s+(\S+)", out, re.M)
    if not m or m.group(1) not in ("1.000", "None"):
        fails.append("scorer: untitled_ok not 1.000")
    m = re.search(r"^cjk_space_left\s+(\S+)", out, re.M)
    if not m or m.group(1) != "0":
        fails.append("scorer: cjk_space_left not 0")

    if fails:
        for f in fails:
            print("FAIL", f)
        return 1
    print(out.strip())
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
