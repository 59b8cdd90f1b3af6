#!/usr/bin/env python3
"""Verify this test set; prints `check passed` when everything holds.

    python3 compose.py && python3 check.py

1. compose.py, run again in memory, gives pages/, gold/ and README.md byte for byte;
2. the export a perfect segmenter would print (every gold article; each page's
   extras and duplicates) scores 1.000 on every figure of the shared scorer,
   coverage 1.000, no space left between Chinese characters, no problem line;
3. the shape of the set: 14 pages, 7 per extraction layout, the years asked for,
   two front pages each jumping to its page 2, 4,500-6,500 characters and 7-13
   articles a page, file names from the SHA-256 of the page text, gold files in
   exactly the seeds' format;
4. no run of 6 characters holding at least 5 Chinese characters is shared with the
   seeds' gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")

YEARS = {2016: (2, 3), 2018: (2, 3), 2021: (2, 3), 2022: (2, 3), 2024: (2, 3)}
FRONT_YEARS = {2016, 2021}
TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]

# Generic words blanked before the seed-phrase comparison: institution and office
# names, place names, and set phrases any report of the paper uses.
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新华社 湖南图片库 湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭
衡阳市 衡阳 岳阳市 岳阳 常德市 常德 益阳 娄底 邵阳 郴州 永州 怀化 张家界 湘西土家族苗族自治州 湘西州 湘西
长株潭 中共中央政治局 党中央 国务院 全国人大 全国政协 中央 省委常委会 省委书记 省委副书记 省委常委
省委秘书长 省委 省政府 省长 副省长 省人大常委会 省人大 省政协 省领导 省直 市委书记 市长 市委 县委书记
县委 区委 人民政府 常委会 副主任 主任 秘书长 副主席 主席 党组书记 党组 纪委监委 纪委 监委 省纪委
省工信厅 省商务厅 省教育厅 省文化和旅游厅 省农业农村厅 省发展改革委 省财政厅 省自然资源厅 省住房城乡建设厅
省交通运输厅 省卫生健康委 省应急管理厅 省生态环境厅 省人社厅 省委宣传部 宣传部 组织部 统战部 政法委
习近平新时代中国特色社会主义思想 习近平总书记 习近平 总书记 党的二十大精神 党的十九大精神 十八大以来
重要讲话和指示批示精神 重要讲话精神 以习近平同志为核心的党中央 决策部署 高质量发展 相关负责人 三高四新
美好蓝图 战略定位和使命任务 社会主义现代化新湖南 现代化新湖南 两个确立 两个维护 四个意识 四个自信
乡村振兴 脱贫攻坚 全面从严治党 中央八项规定精神 党风廉政建设 先进制造业 同比增长 个百分点 规模以上
工业增加值 进出口总值 亿元 万元 全省 全市 全县 在长沙召开 在长沙举行 出席并讲话 主持召开 召开 会议
强调 指出 要求 表示 介绍 据了解 据悉 近日 今天 日前 一带一路 中非经贸 粤港澳大湾区 长江经济带
电子信息 生物医药 新材料 工程机械 轨道交通 中小企业 科技型 非物质文化遗产 道路交通安全 各级党委 党委 政府
近年来 今年以来 我省 加快建设 下一步 与此同时 农村人居环境 新能源汽车 高新技术企业 生活污水
出席会议并讲话 以实际行动 隐患排查 生态环境保护 专题调研 同比分别增长 分别增长
新一代信息技术 关键核心技术 十四五 广大党员干部 田间地头 智慧和力量 全国两会精神 全国两会
专精特新 小巨人 工业和信息化 高端化 智能化 绿色化 农业现代化 西部陆海新通道 思想和行动统一到
指明了方向 更大担当 更大贡献 国家重要先进制造业高地 具有核心竞争力的科技创新高地
内陆地区改革开放高地 科技创新高地 改革开放高地 国家和地区 解决实际问题
数字经济 数字产业 数字化转型 工业互联网 新型基础设施 基础设施建设 各级各部门 气象部门 人力资源和社会保障厅 产业链上下游 输变电装备
中小航空发动机 现代化产业体系 居民人均可支配收入 人均可支配收入 低温雨雪冰冻 主要预期目标 一老一小
广大政协委员 关注天气变化
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def fail(msg: str) -> None:
    print("check FAILED:", msg)
    sys.exit(1)


# ----------------------------------------------------------------- 1. rebuild
def check_rebuild() -> list[dict]:
    pages = compose.compose_all(write=False)
    want = {}
    for pg in pages:
        want["pages/" + pg["name"] + ".txt"] = pg["text"]
        want["gold/" + pg["name"] + ".json"] = compose.gold_json(pg["gold"])
    have = {}
    for sub in ("pages", "gold"):
        for f in sorted((HERE / sub).iterdir()):
            have[f"{sub}/{f.name}"] = f.read_text(encoding="utf-8")
    if set(have) != set(want):
        fail(f"pages/gold files differ from a fresh composition: {sorted(set(have) ^ set(want))}")
    for k in want:
        if have[k] != want[k]:
            fail(f"{k} is not what compose.py makes now (run compose.py)")
    readme = compose.readme(pages, compose.seed_measures())
    if (HERE / "README.md").read_text(encoding="utf-8") != readme:
        fail("README.md is not what compose.py makes now")
    return pages


# ------------------------------------------------------------------ 2. scorer
def check_score() -> str:
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ART_KEYS})
            e["title_derived"] = False
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        exp = Path(td) / "export.json"
        exp.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False),
                       encoding="utf-8")
        run = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"],
                             capture_output=True, text=True)
    out = run.stdout
    if run.returncode != 0:
        fail("score.py failed:\n" + out + run.stderr)
    problems = [l for l in out.splitlines() if l.startswith("---") or l.startswith("    ")]
    if problems:
        fail("score.py lists problems:\n" + "\n".join(problems))
    figs = {}
    for line in out.splitlines():
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(f"{k} = {figs.get(k)}, want 1.000\n{out}")
    if figs.get("cjk_space_left") != "0":
        fail(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if figs.get("articles_gold") != figs.get("articles_pred"):
        fail("article counts differ")
    check_uncovered(arts, sources)
    return out


def check_uncovered(arts: list[dict], sources: list[dict]) -> None:
    """The only characters of a page found in no gold string are the arrows and
    brackets of jump markers (their text is in `continued`, as on the seeds)."""
    sys.path.insert(0, str(SCORE.parent))
    import score  # the shared scorer's own coverage measure
    for src in sources:
        name = src["source"]
        strings = score.strings_in([a for a in arts if a["source"] == name]) + score.strings_in(src)
        hay = "\u0000".join(score.squash(x) for x in strings)
        lost = []
        for line in (HERE / "pages" / name).read_text(encoding="utf-8").splitlines():
            s = score.squash(line)
            if score.covered(s, hay) < len(s) and not re.search(r"[▷▶▲]|[上下紧]接|下转", s):
                lost.append(line.strip()[:40])
        if lost:
            fail(f"{name}: text of these lines is in no gold string: {lost}")


# ------------------------------------------------------------------- 3. shape
def check_shape(pages: list[dict]) -> None:
    seed_keys = json.loads(next(SEED_GOLD.glob("*.json")).read_text(encoding="utf-8"))
    if list(seed_keys) != TOP_KEYS or list(seed_keys["articles"][0]) != ART_KEYS:
        fail("the seeds' gold key order is not the one this check knows")
    files = sorted((HERE / "pages").glob("*.txt"))
    if len(files) != 14:
        fail(f"{len(files)} pages, want 14")
    layouts, years = Counter(), Counter()
    fronts = []
    by_date: dict[str, list] = {}
    meta = {pg["name"] + ".txt": pg["comp"].meta for pg in pages}
    for i, f in enumerate(files, 1):
        text = f.read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if f.name != f"{i:03d}_{digest}.txt":
            fail(f"{f.name}: name is not NNN_ + first 16 hex of the SHA-256 of its text")
        gf = HERE / "gold" / (f.stem + ".json")
        gtext = gf.read_text(encoding="utf-8")
        g = json.loads(gtext)
        if gtext != json.dumps(g, ensure_ascii=False, indent=1) + "\n":
            fail(f"{gf.name}: not in the seeds' JSON format (indent=1, ensure_ascii=False)")
        if list(g) != TOP_KEYS or any(list(a) != ART_KEYS for a in g["articles"]):
            fail(f"{gf.name}: key order differs from the seeds'")
        if g["source"] != f.name:
            fail(f"{gf.name}: source field {g['source']}")
        for a in g["articles"]:
            if a["kind"] not in compose.KINDS:
                fail(f"{gf.name}: kind {a['kind']}")
            for s in a["subheads"]:
                if s.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{gf.name}: subhead {s} not among the paragraphs")
        chars = len(re.sub(r"\s", "", text))
        if not 4500 <= chars <= 6500:
            fail(f"{f.name}: {chars} characters, want 4,500-6,500")
        n = len(g["articles"])
        if not 7 <= n <= 13:
            fail(f"{f.name}: {n} articles, want 7-13")
        m = meta[f.name]
        lay = m["layout"]
        layouts[lay] += 1
        # the text itself must look like its layout
        lines = [l for l in text.split("\n") if l.strip()]
        med = sorted(len(l) for l in lines)[len(lines) // 2]
        if (lay == "column") != (med <= 26):
            fail(f"{f.name}: median line length {med} does not fit a {lay} layout")
        year = int(g["issue_date"][:4])
        years[year] += 1
        by_date.setdefault(g["issue_date"], []).append((m, g))
        if g["issue_number"] or g["page_count"]:
            fronts.append((m, g))
        # bylines before 2019 say 记者, after 全媒体记者
        for a in g["articles"]:
            who = a["dateline"] + a["byline"]
            if year < 2019 and "全媒体记者" in who:
                fail(f"{f.name}: 全媒体记者 before 2019")
            if year > 2019 and "记者" in who and "全媒体记者" not in who and "新华社" not in who:
                fail(f"{f.name}: 记者 without 全媒体 after 2019: {who}")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(f"layouts {dict(layouts)}, want 7 + 7")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail(f"{years[y]} pages of {y}, want {lo}-{hi}")
    if set(years) != set(YEARS):
        fail(f"years {sorted(years)}")
    if sorted(int(g["issue_date"][:4]) for _, g in fronts) != sorted(FRONT_YEARS):
        fail("front pages must be one in 2016 and one in 2021")
    for m, g in fronts:
        if not (g["issue_number"] and g["page_count"] and m["page"] == "01"):
            fail(f"{g['source']}: a front page prints its issue number and page count")
        if not any(a["continued"] == "下转2版" for a in g["articles"]):
            fail(f"{g['source']}: no story jumps to page 2")
        twos = [g2 for m2, g2 in by_date[g["issue_date"]] if m2["page"] == "02"]
        if len(twos) != 1 or not any(a["kind"] == "continuation" and a["continued"] == "上接1版"
                                     for a in twos[0]["articles"]):
            fail(f"{g['source']}: its page 2 is not in the set with the story continued")
        # the jump joins: page 1 piece + page 2 piece
        src = [a for a in g["articles"] if a["continued"] == "下转2版"]
        if len(src) != 1:
            fail(f"{g['source']}: want exactly one story jumping to page 2")


# ------------------------------------------------------------ 4. seed phrases
def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if compose.is_cjk(c)) >= 5:
            out.add(g)
    return out


def check_seed_phrases() -> None:
    seed = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= grams(blank(s))
    hits = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            texts = [a[k] for k in ("column", "kicker", "title", "subtitle")] + a["paragraphs"]
            for s in texts:
                b = blank(s)
                for gr in grams(b):
                    if gr in seed:
                        hits.append(f"{gf.name[:3]} {gr}  in  {s[:40]}")
    if hits:
        fail("phrases shared with the seeds:\n" + "\n".join(sorted(set(hits))))


def main() -> None:
    pages = check_rebuild()
    out = check_score()
    check_shape(pages)
    check_seed_phrases()
    print(out.strip())
    print("check passed")


if __name__ == "__main__":
    main()
