#!/usr/bin/env python3
"""Check the dev_zb set: a perfect export built from the gold must score 1.000 on every
figure with coverage 1.000 and no problem lines; no 6-character run of the seeds' gold
text may occur in this set's gold (apart from generic words). Prints `check passed`."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# generic words a 6-character run may fall inside without counting as reuse
GENERIC = """湖南日报 全媒体记者 全媒体评论员 通讯员 同比增长 规模以上 规模以上工业 规模以上工业企业
习近平新时代中国特色社会主义思想 习近平总书记 党中央 国务院 省委 省政府 省委常委 省委书记 省长 副省长
社会主义现代化新湖南 全面建设社会主义现代化 三高四新 高质量发展 推动高质量发展 经济高质量发展
中非经贸博览会 中国（湖南）自由贸易试验区 自由贸易试验区 乡村振兴 全面推进乡村振兴 十四五 十五五
党史学习教育 新湖南客户端 湖南图片库 全媒体记者 百分点 个百分点 亿元 万元 湖南省 长沙市
省人大常委会 省政协 省委副书记 省委常委会 新一代信息技术 先进制造业 工业互联网 工程机械
数字经济 国家级 省级 中央八项规定精神 两个确立 两个维护 新华社 全省各级 主要负责人 相关负责人
负责人介绍 负责人表示 的决定性意义 坚决做到 深入学习贯彻 深入贯彻落实 重要讲话 指示批示精神
新能源汽车 人工智能 中小企业 专精特新 小巨人 实体经济 产业链 供应链 创新链 长株潭 湘江新区
统筹推进 疫情防控 复工复产 防汛抗旱 脱贫攻坚 高新技术企业 城市更新 老旧小区改造 县域经济
国家重要先进制造业高地 具有核心竞争力的科技创新高地 内陆地区改革开放高地 粮食安全 防止规模性返贫
西部陆海新通道建设 帮助群众解决实际问题 国家级专精特新 轨道交通装备企业 深入学习贯彻党的二十大精神 把思想和行动统一到党 战略定位和使命任务 以钉钉子精神 打造内陆地区改革开放高地 新增规模以上工业企业 新增高新技术企业 智能制造产业园 非物质文化遗产 规模以上企业 工业互联网平台 产业高质量发展 企业数字化转型 数字化转型服务 优势产业集群 先进储能材料 制造业创新中心 技术合同成交额 关键核心技术攻关 高层次人才和 劳动密集型产品 重要组成部分 的重要组成部分 中非经贸合作的 产业链供应链 出席会议并讲话 社会消费品零售总额增长 解决实际问题 发生规模性返贫 生态环境保护 湖南省发展改革委 新型基础设施 打造具有核心竞争力的科技创新高地 会议在长沙召开 工作会议在长沙 报告会在长沙举行 全省经济社会发展 着力打造国家重要先进制造业高地 发扬斗争精神 委主要负责人 提供有力支撑 要进一步完善 高质量发展的 中非经贸深度合作先行区 世界级先进制造业集群 全面深化改革 密切关注天气变化 大宗商品进口 气象部门预计 较常年同期偏多 全省农业农村系统 加大支持力度 新业态新模式 生物医药领域 稳外贸稳外资 省工信厅相关负责人 省商务厅相关负责人 个省市重点项目 委相关负责人 厅相关负责人 局相关负责人 办相关负责人 省市重点项目 全省规模以上工业 各级各部门要 工作情况汇报 工作领导小组
广大党员干部 研究部署下一阶段 长沙市开福区 长沙市岳麓区 长沙市天心区 长沙市芙蓉区 长沙市雨花区 长沙经开区 常务副省长
省人大常委会副主任 省政协副主席 省委宣传部部长 全面从严治党 党风廉政建设 形式主义官僚主义 为基层减负 优化营商环境
人民群众 生命安全和身体健康 以习近平同志为核心的党中央 贯彻落实党中央 决策部署 现代化产业体系 新型工业化 数字化转型
湖南湘江新区 长株潭城市群 长株潭一体化 进出口总值 一带一路 国民经济和社会发展第十四个五年规划 二〇三五年远景目标
规模以上工业企业 先进轨道交通装备 新一代自主安全计算系统 社会消费品零售总额 固定资产投资 一般公共预算收入
规模以上工业增加值 规模工业增加值 工业增加值同比增长 工业增加值增长 工业增加值比上年 地区生产总值同比增长 进出口总值同比增长
个国家和地区 国家企业技术中心 传承创新发展的 位居全国前列 先进硬质材料 公共服务平台 关键核心技术
农村人居环境 农村居民人均可支配收入 湘西土家族苗族自治州 特色产业集群 中非经贸合作 产业项目建设 亿元以上项目 会在长沙举行 会在长沙召开 会在长沙开幕 厅相关负责人 首届中非经贸博览会 中非经贸博览会筹备 技工贸总收入 人均可支配收入 基础设施建设 相关负责人介绍 相关负责人表示 相关负责人说
省发展改革委 省商务厅 省工信厅 省农业农村厅 省应急管理厅 省气象局 省住房城乡建设厅 长沙海关
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def seed_grams():
    grams = set()
    for f in SEED_GOLD.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + a.get("paragraphs", []):
                s = squash(t)
                for i in range(len(s) - 5):
                    grams.add(s[i:i + 6])
    return grams


def generic(gram: str, ctx: str) -> bool:
    """runs holding punctuation, figures or Latin are not phrases; generic words pass."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{6}", gram):
        return True
    return any(gram in w for w in GENERIC)


def main():
    ok = True
    gold_dir, pages = HERE / "gold", HERE / "pages"
    export = {"articles": [], "sources": []}
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        if not (pages / g["source"]).exists():
            print("missing page", g["source"]); ok = False
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "kind": a["kind"],
                 "title_derived": False}
            for k in FIELDS:
                e[k] = a[k]
            e["paragraphs"] = a["paragraphs"]
            export["articles"].append(e)
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    print("whitespace in paragraph", g["source"], p[:20]); ok = False
            for s in a["subheads"]:
                if squash(s) not in [squash(p) for p in a["paragraphs"]]:
                    print("subhead not in paragraphs", s); ok = False
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    ep = HERE / "export_perfect.json"
    ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    r = subprocess.run([sys.executable, SCORE, str(ep), str(gold_dir), "--pages", str(pages),
                        "-v", "--json"], capture_output=True, text=True)
    print(r.stdout)
    if r.returncode != 0 or r.stderr:
        print(r.stderr); ok = False
    text = r.stdout
    if "---" in text:
        print("problem lines reported"); ok = False
    fig = json.loads(text[text.index("{"):text.rindex("}") + 1])
    for k in ("seg_f1", "headline_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        v = fig.get(k)
        if v is None or round(v, 3) != 1.0:
            print("figure not 1.000:", k, v); ok = False
    if fig.get("cjk_space_left") != 0:
        print("cjk_space_left", fig.get("cjk_space_left")); ok = False
    # exact per-page coverage report
    sys.path.insert(0, str(Path(SCORE).parent))
    import score  # noqa
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (pages / g["source"]).read_text(encoding="utf-8")
        strs = score.strings_in([a for a in export["articles"] if a["source"] == g["source"]])
        strs += g["extras"] + g["duplicates"]
        hay = "\u0000".join(score.squash(s) for s in strs)
        n = got = 0
        for line in raw.splitlines():
            s = score.squash(line)
            n += len(s)
            got += score.covered(s, hay)
        if n - got > 12:
            print(f"coverage loss {g['source']}: {n - got} of {n}"); ok = False
    # reuse of the seeds' text
    grams = seed_grams()
    hits = {}
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            s = squash("".join([a[k] for k in FIELDS] + a["paragraphs"]))
            for i in range(len(s) - 5):
                gr = s[i:i + 6]
                if gr in grams and not generic(gr, s):
                    hits.setdefault(gr, g["source"])
    if hits:
        ok = False
        for gr, src in sorted(hits.items()):
            print("seed 6-gram reused:", gr, src)
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
