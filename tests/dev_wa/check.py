#!/usr/bin/env python3
"""Verify the dev_wa set: a perfect export scores 1.000 everywhere, the shape of the
set is as briefed, and no seed phrase is reused.  Prints `check passed`."""
import collections
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "paragraphs")

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases any Hunan Daily page uses
GENERIC = """
湖南日报 全媒体记者 通讯员 记者 评论员 新湖南客户端 华声在线
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省长 副省长
省人大常委会副主任 省政协副主席 省委副书记 秘书长 省委宣传部 省发展改革委 省工信厅
省生态环境厅 省人社厅 省住房城乡建设厅 省农业农村厅 省林业局 省水利厅 省自然资源厅
省教育厅 省卫生健康委 省财政厅 省商务厅 省民政厅 省应急管理厅 省气象局
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神
社会主义现代化新湖南 三高四新 高质量发展 现代化 新时代 乡村振兴 人民群众
相关负责人 负责人介绍 同比增长 个百分点 以上 以来 今年 去年 明年 目前 近年来 全省 我省
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
土家族苗族自治州 自治州 洞庭湖 湘江 长江 资江 沅江 澧水 长株潭
国家级 省级 市州 县市区 有限公司 企业 产业 工作会议 在长沙召开 召开 出席 讲话 强调 指出 要求
各级各部门 重要组成部分 专项整治 生活污水 年度目标 司法机关
生态环境保护 社会消费品零售总额 规模以上工业增加值 工业增加值 增加值 进出口总额
人均可支配收入 居民人均 农村居民 轨道交通装备 基础设施建设 疫情防控 劳动密集型
数字化转型 深入学习贯彻 主体责任 监管责任 田间地头 全国前列
政府工作报告 关键核心技术 科技创新高地 核心竞争力 新型工业化 人力资源服务 文旅广电局
进出口实绩 新能源汽车 经营主体 三年行动计划 行动方案 目标任务 积极贡献 安全隐患
"""


def generic_words():
    return sorted(set(GENERIC.split()), key=len, reverse=True)


def blank(s, words):
    for w in words:
        s = s.replace(w, "□")
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def texts_of(gold):
    for a in gold["articles"]:
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        for p in a["paragraphs"]:
            yield p


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    pages = sorted(glob.glob(os.path.join(HERE, "pages", "*.txt")))
    golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    furn = json.load(open(os.path.join(HERE, "furniture.json"), encoding="utf-8"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"{len(pages)} pages, {len(golds)} gold files")

    # ---- shape
    years = collections.Counter()
    layouts = collections.Counter()
    fronts = []
    by_date = collections.defaultdict(list)
    seed_keys = list(json.load(open(glob.glob(os.path.join(SEED_GOLD, "*.json"))[0]), object_pairs_hook=collections.OrderedDict).keys())
    seed_akeys = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "subheads", "paragraphs"]
    for n, (pp, gp) in enumerate(zip(pages, golds), 1):
        text = open(pp, encoding="utf-8").read()
        base = os.path.basename(pp)[:-4]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if base != f"{n:03d}_{h}" or os.path.basename(gp) != base + ".json":
            fail(f"bad file name {base}")
        raw = open(gp, encoding="utf-8").read()
        g = json.loads(raw, object_pairs_hook=collections.OrderedDict)
        if raw != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{base}: gold not in the seeds' JSON layout")
        if list(g.keys()) != seed_keys:
            fail(f"{base}: gold keys {list(g.keys())}")
        for a in g["articles"]:
            if list(a.keys()) != seed_akeys:
                fail(f"{base}: article keys {list(a.keys())}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{base}: kind {a['kind']}")
            for s in a["subheads"]:
                if s not in a["paragraphs"]:
                    fail(f"{base}: subhead {s} not in paragraphs")
        if g["source"] != base + ".txt":
            fail(f"{base}: source field")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{base}: {chars} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            fail(f"{base}: {na} articles")
        years[g["issue_date"][:4]] += 1
        # layout: column pages print one short line per text line with blank lines between
        lines = [l for l in text.split("\n") if l.strip()]
        long_lines = sum(1 for l in lines if len(l) > 60)
        layouts["column" if long_lines < 6 else "paragraph"] += 1
        if g["issue_number"]:
            fronts.append(g)
            if not isinstance(g["page_count"], int):
                fail(f"{base}: page_count")
        by_date[g["issue_date"]].append(g)
    if dict(years) != {"2017": 4, "2020": 3, "2023": 4, "2024": 3}:
        fail(f"years {dict(years)}")
    if layouts["column"] != 7 or layouts["paragraph"] != 7:
        fail(f"layouts {dict(layouts)}")
    if sorted(f["issue_date"][:4] for f in fronts) != ["2017", "2023"]:
        fail("front pages must be in 2017 and 2023")
    for f in fronts:
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]):
            fail(f"{f['source']}: front page has no 下转2版")
        others = [g for g in by_date[f["issue_date"]] if g is not f]
        if not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                   for g in others for a in g["articles"]):
            fail(f"{f['source']}: its page 2 with 上接1版 is missing")

    # ---- seed phrases
    words = generic_words()
    seed = set()
    for sp in glob.glob(os.path.join(SEED_GOLD, "*.json")):
        for t in texts_of(json.load(open(sp, encoding="utf-8"))):
            seed |= windows(blank(t, words))
    shared = collections.Counter()
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        for t in texts_of(g):
            for w in windows(blank(t, words)) & seed:
                shared[(os.path.basename(gp)[:3], w)] += 1
    if shared:
        for (p, w), c in sorted(shared.items()):
            print("  seed phrase", p, w)
        fail(f"{len(shared)} runs shared with the seeds")

    # ---- perfect export
    exp = {"articles": [], "sources": []}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            for k in FIELDS:
                e[k] = a[k]
            e["title_derived"] = False
            exp["articles"].append(e)
        exp["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                               "extras": g["extras"] + g["duplicates"] + furn[g["source"]]})
    with tempfile.TemporaryDirectory() as td:
        ep = os.path.join(td, "export.json")
        with open(ep, "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False)
        r = subprocess.run([sys.executable, SCORE, ep, os.path.join(HERE, "gold"),
                            "--pages", os.path.join(HERE, "pages"), "-v"],
                           capture_output=True, text=True)
        rj = subprocess.run([sys.executable, SCORE, ep, os.path.join(HERE, "gold"),
                             "--pages", os.path.join(HERE, "pages"), "--json"],
                            capture_output=True, text=True)
    exact = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if exact.get(k) != 1.0:
            fail(f"{k} is {exact.get(k)!r}, not exactly 1")
    print(r.stdout, end="")
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+|None)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail("cjk_space_left " + str(figs.get("cjk_space_left")))
    print("check passed")


if __name__ == "__main__":
    main()
