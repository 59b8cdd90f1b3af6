#!/usr/bin/env python3
"""Verify the dev_vu test set; prints `check passed` when everything holds.

1. compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
2. the set's shape (14 pages, 7 per layout, years, front pages and their page 2,
   4,500-6,500 characters and 7-13 articles a page, file names, gold format);
3. the seed-phrase rule: no run of 6 characters holding at least 5 Chinese characters
   is shared with the seeds' gold headlines and paragraphs (after blanking GENERIC);
4. the export a perfect segmenter would print scores 1.000 everywhere with
   /work/shared/tools/score.py, coverage 1.000, no problem line.
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
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
YEARS = {"2017": (3, 4), "2020": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2017", "2022"}
KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
         "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any report of the paper uses
GENERIC = sorted("""
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府 省人大常委会
省政协 省委常委 副省长 省长 省委书记 省工信厅 省商务厅 省科技厅 省民政厅 省林业局 省农业农村厅
省交通运输厅 省发展改革委 长沙海关 湖南日报 全媒体记者 通讯员 评论员 中联重科 三一 中南林业科技大学
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 邵阳
湘西土家族苗族自治州 湘西 洞庭湖 湘江 长株潭 西部陆海新通道
相关负责人 负责人表示 高质量发展 高质量 同比增长 比上年增长 个百分点 百分点 规模以上 近年来 今年以来
据了解 据悉 今天召开的 工作会议 召开 会议提出 会议要求 会议总结 出席并讲话 各级各部门
全面建设社会主义现代化新湖南 社会主义现代化 现代化新湖南 三高四新 战略定位和使命任务
具有核心竞争力的科技创新高地 科技创新高地 内陆地区改革开放高地 改革开放高地 现代化产业体系
全面深化改革 体制机制改革 各类经营主体活力 经营主体 提供有力支撑 重要组成部分 非物质文化遗产
高新技术企业 高新技术产品 科技型中小企业 技术合同成交额 关键核心技术 一批关键技术 科技创新引领
创新平台建设 服务体系建设 基础设施建设 轨道交通装备 产业链上下游 延伸产业链 加大研发投入 技术取得突破
工业增加值 制造业增加值 社会消费品零售总额 人均可支配收入 进出口总额 产品销售收入 增速居全国
居全国前列 创历史同期新高 历史同期新高 完成年度目标 个国家和地区 专项整治行动 应急处置能力
企业和群众办事 密切关注天气变化 安全风险 将重点推进 人才等方面
以上 以来 其中 全省 我省 今年 去年 进一步 推动 加快 持续 深入
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u3400-\u9fff]")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    res = compose.build()
    # 1. byte-for-byte
    for sub, files in (("pages", res["pages"]), ("gold", res["gold"])):
        on_disk = sorted(p.name for p in (HERE / sub).iterdir())
        if on_disk != sorted(files):
            fail(f"{sub}/ holds {on_disk} but compose builds {sorted(files)}")
        for f, t in files.items():
            if (HERE / sub / f).read_bytes() != t.encode("utf-8"):
                fail(f"{sub}/{f} differs from a rebuild")
    if (HERE / "README.md").read_bytes() != compose.readme(res).encode("utf-8"):
        fail("README.md differs from a rebuild")

    # 2. shape
    info = res["info"]
    partial = "--partial" in sys.argv     # while composing: skip the whole-set counts
    if partial:
        pass
    elif len(info) != 14:
        fail(f"{len(info)} pages, want 14")
    lay = Counter(i["meta"]["layout"] for i in info)
    if not partial and lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(i["meta"]["date"][:4] for i in info)
    for y, (lo, hi) in YEARS.items():
        if not partial and not lo <= years[y] <= hi:
            fail(f"year {y}: {years[y]} pages")
    if not partial and set(years) != set(YEARS):
        fail(f"years {dict(years)}")
    fronts = [i for i in info if i["gold"]["issue_number"]]
    if not partial and sorted(i["meta"]["date"][:4] for i in fronts) != sorted(FRONT_YEARS):
        fail("front pages: " + ", ".join(i["file"] for i in fronts))
    for fr in fronts:
        g = fr["gold"]
        if not g["page_count"] or fr["meta"]["pageno"] != "1":
            fail(f"{fr['file']}: front page without page count / page number 1")
        if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
            fail(f"{fr['file']}: no jump to page 2")
        p2 = [i for i in info if i["meta"]["date"] == fr["meta"]["date"] and i["meta"]["pageno"] == "2"]
        if not p2 or not any(a["kind"] == "continuation" and a["continued"].startswith("上接1版")
                             for a in p2[0]["gold"]["articles"]):
            fail(f"{fr['file']}: its page 2 is missing or holds no 上接1版 piece")
        n_out = sum(a["continued"].startswith("下转2版") for a in g["articles"])
        n_in = sum(a["continued"].startswith("上接1版") for a in p2[0]["gold"]["articles"])
        if n_out != n_in:
            fail(f"{fr['file']}: {n_out} jumps out, {n_in} pieces on page 2")
    seeds_dates = set()
    for i in info:
        f, g, t = i["file"], i["gold"], res["pages"][i["file"]]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", f) or \
                f[4:20] != hashlib.sha256(t.encode("utf-8")).hexdigest()[:16]:
            fail(f"{f}: file name is not NNN_ + sha256[:16]")
        if not partial and not 4500 <= i["chars"] <= 6500:
            fail(f"{f}: {i['chars']} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{f}: {len(g['articles'])} articles")
        if list(g) != KEYS or g["source"] != f:
            fail(f"{f}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{f}: article keys/kind {list(a)} {a['kind']}")
            for s in a["subheads"]:
                if s.replace(" ", "") not in a["paragraphs"]:
                    fail(f"{f}: subhead {s!r} not among the paragraphs")
            if any(ch in json.dumps(a, ensure_ascii=False) for ch in (compose.CUT, compose.BRK, "\x00")):
                fail(f"{f}: layout marks left in the gold")
        seeds_dates.add(g["issue_date"])
    nums = sorted(int(i["file"][:3]) for i in info)
    if not partial and nums != list(range(1, 15)):
        fail(f"page numbers {nums}")

    # every gold text is printed on its page (in a few long pieces, the reverse of coverage)
    sys.path.insert(0, str(SCORER.parent))
    import score  # noqa: E402
    for i in info:
        page = squash(res["pages"][i["file"]])
        g = i["gold"]
        for a in g["articles"]:
            for t in [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"]:
                t = squash(t)
                if t and score.covered(t, page) != len(t):
                    fail(f"{i['file']}: gold text not on the page: {t[:30]!r}")
        for t in g["extras"] + g["duplicates"]:
            if squash(t) not in page:
                fail(f"{i['file']}: extra/duplicate not on the page: {t[:30]!r}")

    # 3. seed phrases
    seed_win = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        gd = json.loads(gf.read_text(encoding="utf-8"))
        for a in gd["articles"]:
            for s in [a["kicker"] + a["title"] + a["subtitle"], *a["paragraphs"]]:
                seed_win |= windows(blank(s))
    shared = []
    for i in info:
        g = i["gold"]
        texts = [*g["extras"]]
        for a in g["articles"]:
            texts += [a["column"], a["kicker"] + a["title"] + a["subtitle"], a["byline"], a["dateline"],
                      *a["subheads"], *a["paragraphs"]]
        for s in texts:
            for w in windows(blank(s)) & seed_win:
                shared.append((i["file"], w))
    if shared and not partial:
        for f, w in shared[:40]:
            print("   shared with the seeds:", f, w)
        fail(f"{len(shared)} runs shared with the seeds")

    # 4. perfect export through the scorer
    arts, sources = [], []
    for i in info:
        g, f = i["gold"], i["file"]
        marks = res["marks"][f]
        for a in g["articles"]:
            e = {"source": f, "issue_date": g["issue_date"], "kind": a["kind"], "column": a["column"],
                 "kicker": a["kicker"], "title": a["title"], "subtitle": a["subtitle"],
                 "title_derived": False, "byline": a["byline"], "dateline": a["dateline"],
                 "continued": a["continued"], "subheads": a["subheads"], "paragraphs": a["paragraphs"]}
            arts.append(e)
        # raw jump markers as printed (▷(下转2版), ▲ ▲（上接1版①）), kept beside their article
        sources.append({"source": f, "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
        for aid, ms in marks.items():
            idx = i["order"].index(aid)
            arts[len(arts) - len(g["articles"]) + idx]["continued_raw"] = ms
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        ex.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")
        p = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = p.stdout
    print(out.rstrip())
    if p.returncode != 0 or p.stderr.strip():
        fail("scorer failed: " + p.stderr[-500:])
    problems = [ln for ln in out.splitlines() if ln.startswith("---") or ln.startswith("    ")]
    if problems:
        fail(f"{len(problems)} problem lines")
    for ln in out.splitlines():
        m = re.match(r"(\w+)\s+(\S+)$", ln)
        if not m or m.group(1) in ("articles_gold", "articles_pred"):
            continue
        k, v = m.groups()
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
        elif v != "1.000":
            fail(f"{k} = {v}")
    print("check passed")


if __name__ == "__main__":
    main()
