#!/usr/bin/env python3
"""Verify the dev_tv set; prints `check passed` when everything holds."""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
YEARS = {"2016": (3, 4), "2018": (3, 4), "2021": (3, 4), "2024": (3, 4)}
FRONT_YEARS = {"2018", "2021"}
# generic words blanked before the seed-phrase comparison: institutions,
# places, titles and set phrases the paper repeats on every page
GENERIC = """湖南日报 全媒体记者 通讯员 新湖南客户端 华声在线 评论员 记者 相关负责人 负责人介绍
负责人表示 有关负责人 中华人民共和国 习近平总书记 习近平 党中央 国务院 省委 省政府 省人大常委会
省政协 省纪委 湖南省 我省 全省 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化
娄底 邵阳 张家界 湘西土家族苗族自治州 湘西 安化 高质量发展 乡村振兴 同比增长 同比下降 亿元
万元 万吨 据了解 据介绍 近年来 今年以来 与此同时 下一步 新时代 推动 实现 进一步 以上 左右
全国 中部 百分点 全面从严治党 学习贯彻 规模以上工业增加值 工业增加值 社会消费品零售总额 人均可支配收入 轨道交通装备 高技术制造业 制造业 优势产业 增加值 城镇居民 农村居民 农村人居环境 生活污水 生活垃圾 充电基础设施 基础设施 道路交通安全 道路交通 工业互联网 软件和信息技术服务业 信息技术 数据中心 生态保护修复 三年行动计划 行动计划 重要组成部分 “十四五”期间 十四五 分布式光伏 光伏发电 形式主义 官僚主义 中国特色社会主义 新形势新任务 工业和信息化厅 工业和信息化 党的十八届六中全会 党的十九大 党的二十大 二十届三中全会 中央八项规定精神 增长 省农业农村厅 省商务厅 省交通运输厅 省发展改革委 省工信厅 省文化和旅游厅
省体育局 省卫生健康委 省教育厅 省财政厅 长沙海关 新能源汽车 湖南 工作 发展 建设 产业 企业
""".split()


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u25a1" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(cjk(c) for c in g) >= 5:
            out.add(g)
    return out


def article_texts(a):
    return [a.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(a.get("paragraphs") or [])


def main():
    # 1. rebuild byte-for-byte in a scratch copy
    tmp = tempfile.mkdtemp()
    try:
        for x in ("compose.py", "README.in"):
            shutil.copy(os.path.join(HERE, x), tmp)
        shutil.copytree(os.path.join(HERE, "src"), os.path.join(tmp, "src"))
        subprocess.run([sys.executable, os.path.join(tmp, "compose.py")], check=True,
                       stdout=subprocess.DEVNULL)
        for sub in ("pages", "gold"):
            a = sorted(os.listdir(os.path.join(HERE, sub)))
            b = sorted(os.listdir(os.path.join(tmp, sub)))
            if a != b:
                fail(f"{sub}/ is not what compose.py writes")
            for f in a:
                if open(os.path.join(HERE, sub, f), "rb").read() != open(os.path.join(tmp, sub, f), "rb").read():
                    fail(f"{sub}/{f} differs from a fresh compose")
        if open(os.path.join(HERE, "README.md"), "rb").read() != open(os.path.join(tmp, "README.md"), "rb").read():
            fail("README.md differs from a fresh compose")
    finally:
        shutil.rmtree(tmp)

    pages = sorted(glob.glob(os.path.join(HERE, "pages", "*.txt")))
    golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    srcs = sorted(glob.glob(os.path.join(HERE, "src", "p*.txt")))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        fail(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. shape of every page
    layouts, years, fronts = {}, {}, []
    arts_all, srcs_all = [], []
    jumps_out, jumps_in = {}, {}
    for n, (p, g) in enumerate(zip(pages, golds), 1):
        name = os.path.basename(p)
        text = open(p, encoding="utf-8").read()
        if not re.fullmatch(r"%03d_[0-9a-f]{16}\.txt" % n, name):
            fail(f"bad page name {name}")
        if name[4:20] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
            fail(f"{name}: hash does not match the text")
        raw = open(g, encoding="utf-8").read()
        gold = json.loads(raw)
        if os.path.basename(g) != name[:-4] + ".json" or gold["source"] != name:
            fail(f"{g}: wrong name or source")
        if raw != json.dumps(gold, ensure_ascii=False, indent=1) + "\n":
            fail(f"{g}: not indent=1 / ensure_ascii=False")
        if list(gold) != KEYS:
            fail(f"{g}: key order {list(gold)}")
        for a in gold["articles"]:
            if list(a) != AKEYS:
                fail(f"{g}: article key order {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g}: kind {a['kind']}")
        sq = re.sub(r"\s", "", text)
        tot = sum(len(re.sub(r"\s", "", x)) for x in gold["extras"] + gold["duplicates"])
        for a in gold["articles"]:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                v = re.sub(r"\s", "", a[k])
                tot += len(v)
                if v not in sq:
                    fail(f"{name}: {k} {a[k]!r} is not printed on the page")
            tot += sum(len(re.sub(r"\s", "", x)) for x in a["paragraphs"])
        # the gold must account for every printed character but jump-marker debris
        if not 0 <= len(sq) - tot <= 12:
            fail(f"{name}: gold holds {tot} characters, the page {len(sq)}")
        nchar = len(sq)
        if not 4500 <= nchar <= 6500:
            fail(f"{name}: {nchar} characters")
        na = len(gold["articles"])
        if not 7 <= na <= 13:
            fail(f"{name}: {na} articles")
        src = open(srcs[n - 1], encoding="utf-8").read()
        lay = re.search(r"^layout:\s*(\S+)", src, re.M).group(1)
        layouts[lay] = layouts.get(lay, 0) + 1
        y = gold["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        if gold["issue_number"]:
            fronts.append((y, name))
            if not gold["page_count"] or "第%s号" % gold["issue_number"] not in text \
                    or "今日%d版" % gold["page_count"] not in text:
                fail(f"{name}: front page without its masthead pieces")
        for a in gold["articles"]:
            if a["continued"].startswith("下转2版"):
                jumps_out[y] = name
            if a["continued"].startswith("上接1版"):
                jumps_in[y] = name
            b = dict(a, source=name, issue_date=gold["issue_date"], title_derived=False)
            arts_all.append(b)
        srcs_all.append({"source": name, "issue_date": gold["issue_date"],
                         "extras": gold["extras"] + gold["duplicates"]})
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(f"year {y}: {years.get(y, 0)} pages")
    if set(years) != set(YEARS):
        fail(f"years {years}")
    if sorted(y for y, _ in fronts) != sorted(FRONT_YEARS):
        fail(f"front pages {fronts}")
    for y in FRONT_YEARS:
        if y not in jumps_out or y not in jumps_in:
            fail(f"{y}: front page does not jump to its page 2 in the set")

    # 3. a perfect export, scored
    exp = os.path.join(tempfile.mkdtemp(), "export.json")
    json.dump({"articles": arts_all, "sources": srcs_all}, open(exp, "w", encoding="utf-8"),
              ensure_ascii=False)
    r = subprocess.run([sys.executable, SCORE, exp, os.path.join(HERE, "gold"),
                        "--pages", os.path.join(HERE, "pages"), "-v"],
                       capture_output=True, text=True)
    print(r.stdout, end="")
    shutil.rmtree(os.path.dirname(exp))
    if r.returncode:
        fail("score.py failed: " + r.stderr)
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if not m:
            continue
        k, v = m.group(1), m.group(2)
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail("cjk_space_left " + v)
        elif v != "1.000":
            fail(f"{k} = {v}")

    # 4. seed-phrase rule
    seed = set()
    for f in glob.glob(os.path.join(SEED_GOLD, "*.json")):
        for a in json.load(open(f, encoding="utf-8"))["articles"]:
            for s in article_texts(a):
                seed |= grams(blank(re.sub(r"\s", "", s)))
    hits = []
    for a in arts_all:
        for s in article_texts(a):
            for gm in grams(blank(re.sub(r"\s", "", s))):
                if gm in seed:
                    hits.append((a["source"][:3], gm))
    if hits:
        for h in sorted(set(hits)):
            print("seed phrase:", *h)
        fail(f"{len(set(hits))} runs shared with the seeds")
    print("check passed")


if __name__ == "__main__":
    main()
