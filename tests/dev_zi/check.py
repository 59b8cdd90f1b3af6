#!/usr/bin/env python3
"""Self-check of the set: a perfect export built from the gold must score 1.000 on every
figure with full coverage and no problem lines; the gold must share no 6-character run
with the seeds' gold (apart from generic words); pages must be of full length."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
SCORE = os.path.join(SHARED, "tools", "score.py")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# words every Hunan Daily page uses; a seed 6-gram inside one of these is not a reuse
GENERIC = """湖南日报全媒体记者 湖南日报全媒体评论员 全媒体记者 通讯员 同比增长 规模以上工业 规模以上工业企业
习近平新时代中国特色社会主义思想 党的二十大精神 湖南图片库 摄影报道 社会主义现代化新湖南
高质量发展 省委常委 省委副书记 副省长 省人大常委会副主任 省政协副主席 在长沙召开 在长沙举行
中非经贸博览会 一带一路 个国家和地区 政府工作报告 省政府秘书长 长沙市开福区 施工现场 负责人表示 有关负责人表示 相关负责人表示 规模以上企业 高质量发展的 会在长沙举行 会在长沙召开 非物质文化遗产 打造国家重要先进制造业高地 政府工作报告提出 电动载人汽车 积极建言献策 创历史同期新高 的重要组成部分 中非经贸合作 基础设施建设 湖南对非贸易 要进一步完善 交通安全宣传 和电动自行车 为推动高质量发展 省发展改革委 较常年同期偏少 社会消费品零售总额增长 轨道交通装备 推进大会在长沙召开 有限公司生产 加大支持力度 打造内陆地区改革开放高地 专项整治行动 工业增加值比重 违反中央八项规定精神 重点行业领域 长沙市天心区 湘西土家族苗族自治州 农村居民人均可支配收入 提供了有力支撑 以钉钉子精神 开创工作新局面 长株潭城际铁路 生物医药产业集群 技工贸总收入 人大常委会党组书记 推进产业项目建设 贯彻落实党的 乡村振兴等方面 今天召开的全省 贸易进出口总额 加工贸易进出口总值 党风廉政建设 全国两会精神 公共服务平台 农村人居环境 一些党员干部 全市规模以上工业增加值增长 委相关负责人 推动高质量发展 相关负责人介绍 负责人介绍 人力资源和社会保障 省人力资源和社会保障厅 全省各级党组织 落实中央八项规定精神 会议并讲话 的重要讲话和指示批示精神 湖南日报 个百分点 亿元，同比增长 万元
产业链供应链 新一代信息技术 先进制造业 中央八项规定精神 三高四新 两个维护 两个确立
规模以上工业增加值 进出口总值 全面从严治党 形式主义、官僚主义 乡村振兴 现代化产业体系""".split()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def texts(g):
    for a in g["articles"]:
        for f in ("kicker", "title", "subtitle"):
            yield a.get(f) or ""
        yield from a.get("paragraphs") or []


def main():
    gold_dir = os.path.join(HERE, "gold")
    pages_dir = os.path.join(HERE, "pages")
    ok = True
    arts, sources = [], []
    golds = []
    for fn in sorted(os.listdir(gold_dir)):
        g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        golds.append(g)
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a.get(k, "") for k in ("kind",) + FIELDS})
            e["paragraphs"] = a["paragraphs"]
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"articles": arts, "sources": sources}, f, ensure_ascii=False)
        exp = f.name
    r = subprocess.run([sys.executable, SCORE, exp, gold_dir, "--pages", pages_dir, "-v"],
                       capture_output=True, text=True)
    os.unlink(exp)
    print(r.stdout, end="")
    if r.returncode or r.stderr:
        print(r.stderr)
        ok = False
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("    ") or line.startswith("---"):
            print("PROBLEM:", line)
            ok = False
            continue
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                print("FAIL cjk_space_left", v)
                ok = False
        elif v != "None" and v != "1.000":
            print("FAIL", k, v)
            ok = False
    if figs.get("coverage") != "1.000":
        print("FAIL coverage", figs.get("coverage"))
        ok = False
    if figs.get("articles_gold") != figs.get("articles_pred"):
        ok = False

    # per-line coverage, to name any line the gold does not account for
    sys.path.insert(0, os.path.dirname(SCORE))
    import score  # noqa
    for g in golds:
        strings = score.strings_in([a for a in arts if a["source"] == g["source"]]) + \
            list(g["extras"]) + list(g["duplicates"])
        hay = "\u0000".join(squash(s) for s in strings)
        raw = open(os.path.join(pages_dir, g["source"]), encoding="utf-8").read()
        for line in raw.splitlines():
            s = squash(line)
            if score.covered(s, hay) != len(s):
                print("UNCOVERED", g["source"], repr(line))
                ok = False
        # paragraphs and gold text must be printed on the page (no invented gold)
        flat = squash(raw)
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if squash(p)[:12] not in flat:
                    print("NOT ON PAGE", g["source"], p[:20])
                    ok = False
        n = len(re.sub(r"\s", "", raw))
        if not 3500 <= n <= 7500:
            print("LENGTH", g["source"], n)
            ok = False
        if not 6 <= len(g["articles"]) <= 14:
            print("ARTICLES", g["source"], len(g["articles"]))
            ok = False

    # no 6-character run of the seeds' gold text in ours
    seed = set()
    for fn in os.listdir(os.path.join(SHARED, "gold")):
        if fn.endswith(".json"):
            sg = json.load(open(os.path.join(SHARED, "gold", fn), encoding="utf-8"))
            for t in texts(sg):
                t = squash(t)
                seed.update(t[i:i + 6] for i in range(len(t) - 5))
    gen = [squash(w) for w in GENERIC]
    reused = set()
    for g in golds:
        for t in texts(g):
            t = squash(t)
            for i in range(len(t) - 5):
                w = t[i:i + 6]
                if w in seed and not any(w in x for x in gen) and re.fullmatch(r"[\u4e00-\u9fff]{6}", w):
                    reused.add((g["source"][:3], w))
    for r_ in sorted(reused):
        print("SEED RUN", *r_)
    if reused:
        ok = False
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
