"""Seed-phrase rule shared by check.py: no 6-character run holding at least five
Chinese characters may be shared with the seeds' gold headlines and paragraphs,
after blanking a short list of generic words."""
import json, re, unicodedata
from pathlib import Path

SEED_GOLD = Path("/work/shared/gold")

# institution names, place names and set phrases blanked before comparing
GENERIC = """
湖南日报 全媒体记者 记者 通讯员 评论员 新湖南 华声在线 湖南图片库
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳市 邵阳 岳阳市 岳阳
常德市 常德 张家界市 张家界 益阳市 益阳 郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底
湘西土家族苗族自治州 湘西州 湘西 湘南 湘北 湘中 长株潭 中部 全国 全省 我省 我国 中国
省委 省政府 省人大常委会 省政协 国务院 党中央 省委常委 省长 副省长 省委书记 秘书长
省发展改革委 省工信厅 省商务厅 省财政厅 省农业农村厅 省卫生健康委 省住房城乡建设厅
省科技厅 省文化和旅游厅 省自然资源厅 省人社厅 省教育厅 省民政厅 省气象局 省应急管理厅
海关 长沙海关 统计局 人民银行
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党的十九大精神 党的十九大 党的二十大
高质量发展 相关负责人 主要负责人 负责人介绍 有关负责人 同比增长 同比下降 比上年增长 以上 以下
今年以来 近年来 据了解 据介绍 据悉 目前 截至 其中 今天 近日 日前 当天
国家级 省级 市级 县级 规模以上 工业增加值 新能源汽车 先进制造业 现代化产业体系
乡村振兴 三高四新 战略定位和使命任务 一带一路 中非经贸博览会 中非经贸 自贸试验区 自由贸易试验区
产业链 供应链 创新链 数字经济 人工智能 工业互联网 营商环境 招商引资 进出口 外贸
出席会议并讲话 出席并讲话 在长沙召开 在长沙举行 会议强调 会议指出 会议要求 会议认为
国家重要先进制造业高地 具有核心竞争力的科技创新高地 内陆地区改革开放高地
两个确立 两个维护 四个意识 四个自信 中央八项规定精神 全面从严治党 形式主义 官僚主义
社会主义现代化新湖南 现代化新湖南 以旧换新 湖南图片库
低温雨雪冰冻天气 雨雪冰冻 省人力资源和社会保障厅 人力资源和社会保障 十五五 十四五 新型基础设施 经营主体
高新技术企业 年度目标任务 关键核心技术 省工业和信息化厅 工业和信息化 基础设施建设 技术合同成交额
非物质文化遗产 气象部门 省少儿图书馆 省少年儿童图书馆 各级各部门
"""
GENERIC_WORDS = sorted(set(GENERIC.split()), key=len, reverse=True)
HAN = re.compile(r"[\u3400-\u9fff]")


def norm(s: str) -> str:
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
    for w in GENERIC_WORDS:
        s = s.replace(w, "□")
    return s


def grams(s: str, n=6):
    s = norm(s)
    for i in range(len(s) - n + 1):
        g = s[i:i + n]
        if "□" in g:
            continue
        if len(HAN.findall(g)) >= 5:
            yield g


def texts_of(gold):
    for a in gold["articles"]:
        for k in ("kicker", "title", "subtitle"):
            if a.get(k):
                yield a[k]
        for p in a.get("paragraphs") or []:
            yield p


def seed_grams():
    out = set()
    for f in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for t in texts_of(g):
            out.update(grams(t))
    return out


def shared(gold, seeds=None):
    seeds = seeds if seeds is not None else seed_grams()
    hits = []
    for t in texts_of(gold):
        for g in grams(t):
            if g in seeds:
                hits.append((g, t[:30]))
    return hits
