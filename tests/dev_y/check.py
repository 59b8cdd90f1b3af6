#!/usr/bin/env python3
"""Check the blind set: a perfect export built from the gold must score 1.000
everywhere, and no 6-character run of the seeds' gold text may occur in our gold."""
import json, re, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path('/work/shared/gold')
SCORER = '/work/shared/tools/score.py'
GENERIC = """湖南日报 全媒体记者 通讯员 同比增长 同比 增长 规模以上 华声在线 新湖南客户端 湖南图片库 评论员 上接1版 下转
紧接1版 工业增加值 增加值 高质量发展 习近平 总书记 党中央 乡村振兴 全面推进 中非经贸 博览会 省委 省政府 省长 副省长 省委常委
省人大常委会 省政协 百分点 亿元 万元 万人 万亩 万个 万家 万吨 今天 今年 去年 近日 日前 目前 近年来 以来 截至 前三季度 前两个月
前5个月 前4个月 前11个月 1至 月份 记者 获悉 从 了解 据 介绍 表示 指出 强调 要求 提出 明确 负责人 相关 有关 会议 召开 举行 在长沙
长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西 土家族苗族自治州 湘西土家族苗族自治州 湖南省 湖南 我省 全省 各地 各级 各部门 省 市 县 区 开福区 天心区 岳麓区 芙蓉区 雨花区 望城区
海关 长沙海关 省商务厅 省科技厅 省工信厅 省农业农村厅 省发展改革委 省人力资源和社会保障厅 人力资源和社会保障厅 省民政厅 省财政厅 省统计局 省生态环境厅 省林业局 省教育厅 省文化和旅游厅
高新技术企业 高新技术产业 科技型中小企业 专精特新 小巨人 企业技术中心 技术合同成交额 关键核心技术 核心技术攻关 攻关 科技创新 科技创新高地 具有核心竞争力的 核心竞争力 创新平台 创新
进出口 进出口总值 进出口总额 进出口实绩 出口 进口 外贸 对非 非洲 非洲国家 中非 经贸 深度合作先行区 先行区 合作 一带一路 共建 东盟 民营企业 机电产品 新三样 劳动密集型产品 锂电池 光伏 新能源汽车 电动汽车
社会消费品零售总额 消费品 零售总额 固定资产投资 制造业 规模工业 工业企业 工业投资 电子信息 轨道交通装备 轨道交通 工程机械 先进计算 新一代信息技术 信息技术 软件和信息技术服务 软件 人工智能 生物医药 新材料 新能源 先进储能材料 储能 半导体 数据中心 数据中心集群 算力 智能算力 智赋万企 自主安全计算 中小航空发动机 湘粤非铁海联运 西部陆海新通道 国际陆港 节点城市
长株潭 长株潭城际铁路 城际铁路 城市群 城市更新 老旧小区 片区 基础设施建设 生态环境保护 生态保护修复 生态 保护 修复 污水 生活污水治理 湘江 洞庭湖 东江湖 三农 农业农村 农产品加工 农村居民人均可支配收入 人均可支配收入 可支配收入 居民 防止规模性返贫 规模性返贫 脱贫 巩固拓展 醴陵陶瓷产业 陶瓷 产业
十四五 十五五 期间 到2025年 到2030年 力争 重点 推进 推动 加快 打造 建设 发展 实施 方案 实施方案 若干政策措施 政策措施 措施 工作机制 机制 体系 服务体系 服务 工作会议 座谈会 会议指出 会议强调 会议要求 会议提出 各级各部门 各地各部门 要坚持 要对标对表 对标对表 稳规模 优结构 清醒看到 也要 坚定决心 的 了 和 与 及 等 将 为 对 在 是 有 也 中 上 下 一 二 三 四 五 六 七 八 九 十 百 千 万 亿 年 月 日 个 家 项 次 名 所 条 分别 其中 继续 保持 中西部 首位 居 全国 前列 现场签约 签约 项目 总投资 投资 引进 湘商回归 优秀传统文化 传统文化 非遗 代表性传承人 博物馆 湖南博物院 文化 旅游 体育 运动会 部署下一阶段 下一阶段 三年行动计划 非物质文化遗产 部署 近年来 营收 突破 达到 超过 以上 左右 余 多 近 约 首次 该 当地 这 其 并 还 就 都 已 正 不断 探索创新 探索 持续 进一步 更加 源源不断 人才 动密集型 小 新 大 高 重大 重要
""".split()


def squash(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def gold_texts(g):
    out = []
    for a in g['articles']:
        for f in ('kicker', 'title', 'subtitle'):
            out.append(a.get(f) or '')
        out.extend(a.get('paragraphs') or [])
    return out


def main(gold_dir=HERE / 'gold', pages=HERE / 'pages', seed_check=True):
    gold_dir, pages = Path(gold_dir), Path(pages)
    arts, sources = [], []
    for gf in sorted(gold_dir.glob('*.json')):
        g = json.loads(gf.read_text(encoding='utf-8'))
        for a in g['articles']:
            e = {k: a.get(k, '') for k in ('kind', 'column', 'kicker', 'title', 'subtitle',
                                             'byline', 'dateline', 'continued')}
            e['source'] = g['source']
            e['issue_date'] = g['issue_date']
            e['title_derived'] = False
            e['paragraphs'] = list(a['paragraphs'])
            arts.append(e)
        sources.append({'source': g['source'], 'issue_date': g['issue_date'],
                        'extras': list(g.get('extras') or []) + list(g.get('duplicates') or [])})
    exp = HERE / 'export_perfect.json'
    exp.write_text(json.dumps({'articles': arts, 'sources': sources}, ensure_ascii=False, indent=1),
                   encoding='utf-8')
    r = subprocess.run([sys.executable, SCORER, str(exp), str(gold_dir), '--pages', str(pages), '-v'],
                       capture_output=True, text=True)
    print(r.stdout, end='')
    ok = True
    if r.returncode != 0 or '---' in r.stdout:
        print('FAIL: scorer returned problems'); ok = False
    for line in r.stdout.splitlines():
        m = re.match(r'(\w+)\s+([\d.]+|None)$', line.strip())
        if not m:
            continue
        k, v = m.groups()
        if k in ('articles_gold', 'articles_pred'):
            continue
        if k == 'cjk_space_left':
            if v != '0':
                print('FAIL: cjk_space_left', v); ok = False
        elif v == 'None':
            continue
        elif v != '1.000':
            print('FAIL:', k, v); ok = False
    if seed_check:
        seed_runs = set()
        for gf in SEED_GOLD.glob('*.json'):
            for t in gold_texts(json.loads(gf.read_text(encoding='utf-8'))):
                t = squash(t)
                for i in range(len(t) - 5):
                    seed_runs.add(t[i:i + 6])
        hits = {}
        for gf in sorted(gold_dir.glob('*.json')):
            for t in gold_texts(json.loads(gf.read_text(encoding='utf-8'))):
                t = squash(t)
                mark = [not re.match(r'[\u4e00-\u9fff]', ch) for ch in t]
                for gw in GENERIC:
                    for m in re.finditer(re.escape(gw), t):
                        for k in range(m.start(), m.end()):
                            mark[k] = True
                for i in range(len(t) - 5):
                    run = t[i:i + 6]
                    if run in seed_runs and re.search('0{3}', ''.join('0' if not x else '1' for x in mark[i:i + 6])):
                        hits.setdefault(run, gf.name)
        if hits:
            for run, f in sorted(hits.items()):
                print('SEED RUN', run, f)
            ok = False
    print('check passed' if ok else 'check FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--seeds':
        sys.exit(main(SEED_GOLD, '/work/shared/seeds', seed_check=False))
    sys.exit(main())
