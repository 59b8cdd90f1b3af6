#!/usr/bin/env python3
"""Check the set: a perfect export of the gold must score 1.000 on every figure,
pages must be in the brief's range, and no 6-character run of the seeds' gold text
may reappear in this gold (apart from generic words).

    python3 check.py        # prints "check passed" or the failures
"""
from __future__ import annotations

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

# Generic words and institution names the seeds and this set may share.
GENERIC = """湖南日报 全媒体记者 全媒体评论员 新湖南客户端 通讯员 同比增长 规模以上 工业增加值 湖南省
省委书记 省委副书记 省委常委 省委秘书长 省长 副省长 省人大常委会 常委会 副主任 省政协 副主席 主席
省人民政府 省政府 省委 省纪委监委 中共中央 党中央 国务院 习近平总书记 习近平新时代中国特色社会主义思想
习近平 新时代 中国特色社会主义 现代化新湖南 社会主义现代化 全面建设 高质量发展 三高四新 美好蓝图
战略定位和使命任务 党的二十大精神 二十大 十四五 十五五 出席 讲话 召开 会议 工作会议 在长沙 在长沙召开
在长沙举行 记者从 获悉 日前 近日 今天 今年 去年 以来 亿元 万元 万亿元 个百分点 以上 左右 增长 其中
省工业和信息化厅 省工信厅 省商务厅 省农业农村厅 省发展改革委 省文化和旅游厅 省教育厅 省统计局 省市场监管局
省应急管理厅 省自然资源厅 省住房和城乡建设厅 省民政厅 省卫生健康委 省人社厅 省财政厅 省税务局
先进制造业 产业集群 产业链 供应链 数字经济 工业互联网 智赋万企 人工智能 新一代 电子信息 工程机械
轨道交通装备 新能源汽车 乡村振兴 洞庭湖 长株潭 湘江新区 中非经贸博览会 自由贸易试验区 营商环境
进出口 外贸 消费品 以旧换新 养老服务 老旧小区 城市更新 一老一小 民生实事 基层 群众 党员干部
全面从严治党 中央八项规定精神 形式主义 官僚主义 两个确立 两个维护 决定性意义 四个意识 四个自信
长江十年禁渔 非物质文化遗产 非遗 传承人 代表性传承人 湖南图片库 摄影报道 全国 全省 我省
有关负责人表示 相关负责人表示 有关负责人介绍 相关负责人介绍 负责人表示 负责人介绍 居民人均可支配收入 人均可支配收入
城镇居民 农村居民 生态环境保护 制造业增加值 高新技术企业 重点行业领域 落实主体责任 联合执法行动 积极建言献策
服务体系 新型基础设施 基础设施建设 以习近平同志为核心的党中央 各类经营主体 规模性返贫 公共服务平台
全面贯彻党的 深入学习贯彻 提供了有力支撑 软件和信息技术服务业 主要预期目标 第一产业增加值 国之大者 东数西算
各级各部门 进一步发挥 立案审查调查 作风和腐败问题 关键少数 正风肃纪反腐 雨雪冰冻天气 天气变化 数据中心集群
数据中心 信息技术服务 一对一 清醒看到 一件事 现代化产业体系 国家重要先进制造业高地 土家族苗族自治州 重要组成部分
关键核心技术攻关 关键核心技术 特殊群体 内陆地区改革开放高地 一带一路 共建“一带一路”国家 数字化转型 国家和地区
生态保护修复 新形势新任务 经营主体 腐败问题 智能制造标杆 复合型人才 人力资源和社会保障厅 全面贯彻 产业深度融合 长沙市天心区 灯塔工厂 企业自主研发 过去一年 政府工作报告 人大代表 政协委员 委员 代表 省人大 人民代表大会 政治协商会议 工作报告
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a[k] for k in ("column", "kicker", "title", "subtitle")]
        out += a["paragraphs"]
    return [squash(t) for t in out if t]


def grams(s: str, n: int = 6) -> set[str]:
    """6-character windows of Chinese characters only (punctuation and figures break runs)."""
    out = set()
    for run in re.findall(r"[\u4e00-\u9fff“”‘’《》]+", s):
        out |= {run[i:i + n] for i in range(len(run) - n + 1)}
    return out


def main() -> int:
    fails = []
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    if not golds:
        fails.append("no gold files")

    # 1. the export a perfect segmenter would print
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            b = dict(a, source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": arts, "sources": sources}, f, ensure_ascii=False)
        export = f.name
    run = subprocess.run([sys.executable, str(SCORE), export, str(gold_dir), "--pages",
                          str(pages_dir), "-v"], capture_output=True, text=True)
    out = run.stdout
    print(out.strip())
    figures = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", out, re.M))
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figures.get(k) != "1.000":
            fails.append(f"{k} = {figures.get(k)}")
    if figures.get("cjk_space_left") != "0":
        fails.append(f"cjk_space_left = {figures.get('cjk_space_left')}")
    if "---" in out or run.returncode:
        fails.append("scorer listed problems")

    # 2. coverage: the only raw text in no gold string may be a jump marker's arrow/brackets
    sys.path.insert(0, str(SCORE.parent))
    import score  # noqa: E402
    for g in golds:
        strings = score.strings_in(g["articles"]) + g["extras"] + g["duplicates"]
        hay = "\u0000".join(squash(s) for s in strings)
        raw = (pages_dir / g["source"]).read_text(encoding="utf-8")
        for line in raw.splitlines():
            s = squash(line)
            if score.covered(s, hay) < len(s) and not re.search(r"[▷▶▲]", line):
                fails.append(f"{g['source']}: text in no gold field: {line.strip()[:40]!r}")

    # 3. size of pages and articles
    for g in golds:
        raw = (pages_dir / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s+", "", raw))
        if not 4500 <= n <= 6500:
            fails.append(f"{g['source']}: {n} characters")
        if not 6 <= len(g["articles"]) <= 14:
            fails.append(f"{g['source']}: {len(g['articles'])} articles")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{g['source']}: whitespace in a paragraph {p[:20]!r}")

    # 4. nothing reused from the seeds
    seed = set()
    for p in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(p.read_text(encoding="utf-8"))):
            seed |= grams(t)
    generic = sorted({squash(w) for w in GENERIC}, key=len, reverse=True)
    for g in golds:
        for t in texts(g):
            for w in generic:
                t = t.replace(w, "\u0000")
            for piece in t.split("\u0000"):
                hits = grams(piece) & seed
                if hits:
                    fails.append(f"{g['source']}: seed run(s) {sorted(hits)[:3]}")

    if fails:
        print("\n".join("FAIL " + f for f in fails))
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
