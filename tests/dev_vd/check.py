#!/usr/bin/env python3
"""Verify the dev_vd test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the export a perfect segmenter would print (every gold article; each page's
   extras and duplicates as the source has them) scores 1.000 on every figure of
   /work/shared/tools/score.py, coverage 1.000, with no problem line;
3. the shape of the set (pages, layouts, years, sizes, article counts, front
   pages and their jumps, file names, gold format);
4. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking generic words).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
sys.path.insert(0, HERE)
import compose  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# generic words blanked before the seed-phrase comparison: institution names,
# place names, titles of office and set phrases of the paper
GENERIC = """
湖南日报 全媒体记者 通讯员 记者 相关负责人 有关负责人 负责人 摄影报道 湖南图片库
省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长 省长 副主席 主席 副主任 秘书长
党中央 国务院 中共中央 省发展改革委 省工信厅 省商务厅 省财政厅 省应急管理厅 省气象局
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 邵阳 永州 益阳 娄底 张家界
湘西土家族苗族自治州 长株潭 全省 我省 全国 中部 湘南 湘北 湘中
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 高质量发展 三高四新
同比增长 比上年增长 个百分点 亿元 万元 万千瓦 今年以来 截至 近日 今天 日前 据了解
规模以上工业 工业增加值 新能源汽车 数字经济 工业互联网 人工智能 以旧换新 乡村振兴
进出口总值 进出口 先进制造业 产业链 供应链 基层减负 形式主义 会议强调 会议指出 会议要求
人力资源和社会保障厅 轨道交通 数字化转型 信息技术服务 基础设施 重要抓手 产业园区 梯度培育
关键核心技术 科技有限公司 分布式光伏 示范引领 各地各部门 工业和信息化 进一步 分别增长 生态环境保护 社会消费品零售总额 软件和信息技术服务业 增加值 出席会议并讲话 召开座谈会 工作会议 调研组 其中出口 政策措施 因素影响
在长沙召开 在长沙举行 出席并讲话 社会主义现代化新湖南 两个维护 两个确立
""".split()


def blank(s):
    s = squash(s)
    for g in sorted(set(GENERIC), key=len, reverse=True):
        s = s.replace(squash(g), "□" * len(g))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(1 for c in w if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(w)
    return out


def article_texts(a):
    return [a.get(k) or "" for k in ("kicker", "title", "subtitle")] + list(a.get("paragraphs") or [])


def main():
    # 1. rebuild byte-for-byte
    files = compose.build()
    for rel, data in files.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            err(f"{rel} differs from what compose.py builds")
    for sub in ("pages", "gold"):
        on_disk = set(os.listdir(os.path.join(HERE, sub)))
        built = {os.path.basename(k) for k in files if k.startswith(sub + "/")}
        if on_disk != built:
            err(f"{sub}/ holds {sorted(on_disk ^ built)} not matching the build")

    pages = sorted(k for k in files if k.startswith("pages/"))
    golds = {}
    for k in files:
        if k.startswith("gold/"):
            golds[os.path.basename(k)] = json.loads(files[k].decode("utf-8"))

    # 2. perfect export, scored
    arts, srcs = [], []
    for gname in sorted(golds):
        g = golds[gname]
        for a in g["articles"]:
            b = dict(a)
            b["source"] = g["source"]
            b["issue_date"] = g["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    with tempfile.TemporaryDirectory() as td:
        exp = os.path.join(td, "export.json")
        with open(exp, "w", encoding="utf-8") as fh:
            json.dump({"articles": arts, "sources": srcs}, fh, ensure_ascii=False)
        res = subprocess.run([sys.executable, SCORE, exp, os.path.join(HERE, "gold"),
                              "--pages", os.path.join(HERE, "pages"), "-v"],
                             capture_output=True, text=True)
    out = res.stdout
    print(out.rstrip())
    if res.returncode != 0:
        err(f"score.py exited {res.returncode}: {res.stderr.strip()}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            err(f"scorer problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                err(f"{m.group(1)} = {m.group(2)}, not 1.000")
    m = re.search(r"cjk_space_left\s+(\d+)", out)
    if not m or m.group(1) != "0":
        err("cjk_space_left is not 0")
    if not re.search(r"coverage\s+1\.000", out):
        err("coverage is not 1.000")

    # 3. shape
    if len(pages) != 14:
        err(f"{len(pages)} pages, not 14")
    layouts = Counter()
    years = Counter()
    fronts = []
    jumps_out, jumps_in = [], []
    for k in pages:
        name = os.path.basename(k)
        text = files[k].decode("utf-8")
        h = hashlib.sha256(files[k]).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name) or name[4:20] != h:
            err(f"{name}: name does not carry the page hash {h}")
        g = golds.get(name[:-4] + ".json")
        if g is None:
            err(f"{name}: no gold")
            continue
        if g["source"] != name:
            err(f"{name}: gold source is {g['source']}")
        if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            err(f"{name}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != list(compose.ARTICLE_KEYS):
                err(f"{name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                err(f"{name}: kind {a['kind']}")
        n = len(re.sub(r"\s+", "", text))
        if not 4500 <= n <= 6500:
            err(f"{name}: {n} characters")
        na = len(g["articles"])
        if not 7 <= na <= 13:
            err(f"{name}: {na} articles")
        src = "p%02d.txt" % int(name[:3])
        meta = compose.parse_source(os.path.join(HERE, "src", src))[0]
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append((name, g))
            if not g["page_count"] or "号" not in text or "版" not in text:
                err(f"{name}: front page without issue number / page count printed")
            if not g["extras"]:
                err(f"{name}: front page without masthead extras")
        for a in g["articles"]:
            c = squash(a["continued"])
            if c.startswith("下转"):
                jumps_out.append((g["issue_date"], re.match(r"\d+版", c[2:]).group(0)))
            if c.startswith("上接"):
                jumps_in.append((g["issue_date"], re.match(r"\d+版", c[2:]).group(0), meta.get("paper")))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        err(f"layouts {dict(layouts)}")
    want_years = {"2015", "2018", "2022", "2025"}
    if set(years) != want_years or not all(3 <= v <= 4 for v in years.values()):
        err(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2018", "2022"]:
        err(f"front pages: {[n for n, _ in fronts]}")
    for name, g in fronts:
        d = g["issue_date"]
        if (d, "2版") not in jumps_out:
            err(f"{name}: front page does not jump to 2版")
        if not any(j[0] == d and j[1] == "1版" and j[2] == "2" for j in jumps_in):
            err(f"{name}: its page 2 (上接1版) is not in the set")

    # 4. seed phrases
    seed = set()
    for fn in sorted(os.listdir(SEED_GOLD)):
        if fn.endswith(".json"):
            sg = json.load(open(os.path.join(SEED_GOLD, fn), encoding="utf-8"))
            for a in sg["articles"]:
                for t in article_texts(a):
                    seed |= grams(blank(t))
    shared = Counter()
    for gname, g in golds.items():
        for a in g["articles"]:
            for t in article_texts(a) + list(a["subheads"]):
                for w in grams(blank(t)) & seed:
                    shared[(gname[:3], w)] += 1
    for (p, w), _ in sorted(shared.items()):
        err(f"page {p}: shares the seed phrase {w!r}")

    if ERRORS:
        for e in ERRORS:
            print("FAIL:", e)
        print(f"check failed ({len(ERRORS)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
