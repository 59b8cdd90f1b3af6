#!/usr/bin/env python3
"""Verify the set: rebuilds byte-for-byte, scores a perfect export 1.000 on every
figure, has the required shape, and shares no 6-character run (5+ Chinese
characters) with the seeds' gold headlines and paragraphs.  Prints `check passed`.

    python3 compose.py && python3 check.py
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
FAIL: list[str] = []

# generic words blanked before the seed-phrase comparison: institutions, places,
# set phrases of the paper that any Hunan Daily page must be free to use
GENERIC = """
湖南日报 全媒体记者 通讯员 评论员 新华社 记者 华声在线 新湖南客户端
中共中央 党中央 国务院 全国人大 全国政协 中央政治局 习近平总书记 习近平新时代中国特色社会主义思想
习近平 总书记 新时代 中国特色社会主义 党的二十大精神 党的二十大 党的十八大 十九大 二十届
省委常委 省委书记 省委副书记 省长 副省长 省人大常委会 省政协 省政府 省委 省纪委监委 纪委监委
常委会 副主任 副主席 秘书长 主任 主席 党组书记 负责人 相关负责人 有关负责人
省工信厅 省商务厅 省教育厅 省农业农村厅 省林业局 省市场监管局 省卫生健康委 省发展改革委
省财政厅 省科技厅 省文化和旅游厅 省交通运输厅 省住房城乡建设厅 省自然资源厅 省生态环境厅
省应急管理厅 省人社厅 轨道交通装备 工程机械 省经信委 省食药监局 省民政厅 省公安厅 省司法厅 省统计局 省气象局 长沙海关
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州
怀化 娄底 湘西土家族苗族自治州 湘西 隆回县 隆回 滩头镇 滩头 浏阳 宁乡 醴陵 湘江 洞庭湖
长株潭 都市圈 一体化 高质量发展 现代化 新湖南 三高四新 美好蓝图 国家重要先进制造业高地
先进制造业 产业链 供应链 规模以上工业 同比增长 增长 百分点 亿元 万元 今年以来 近年来 据了解
据悉 日前 近日 今天 会议指出 会议强调 会议要求 出席 讲话 召开 举行 在长沙 调研
进一步 持续 推动 加快 坚持 全面 深入 贯彻落实 学习贯彻 重要讲话 指示批示精神 关于湖南工作的
全省 我省 各级 各地 各部门 市州 县市区 乡村振兴 新能源汽车 锂电池 人工智能 数字经济
食品安全 新一代信息技术 世界级产业集群 民营企业 进出口 规模以上 产业集群 专项整治 印发通知 人才培养 文旅广电局 一氧化碳中毒 重要组成部分 雨雪冰冻天气
中小学 学校 教育 文化 非物质文化遗产 非遗 年画 养蜂 蜂蜜
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "\x00" * len(squash(w)))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u3400" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")]
        out += a.get("paragraphs", [])
    return out


def need(cond: bool, msg: str):
    if not cond:
        FAIL.append(msg)


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    # ---------------------------------------------------------- determinism
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        shutil.copy(HERE / "compose.py", t)
        shutil.copy(HERE / "README.in", t)
        shutil.copytree(HERE / "src", t / "src")
        subprocess.run([sys.executable, str(t / "compose.py")], check=True,
                       stdout=subprocess.DEVNULL)
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (t / sub).iterdir())
            need(a == b, f"rebuild: {sub}/ file names differ")
            for n in set(a) & set(b):
                need((HERE / sub / n).read_bytes() == (t / sub / n).read_bytes(),
                     f"rebuild: {sub}/{n} differs")
        need((HERE / "README.md").read_bytes() == (t / "README.md").read_bytes(),
             "rebuild: README.md differs")

    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    score = load_score()

    # ---------------------------------------------------------- shape
    need(len(pages) == 14 and len(golds) == 14 and len(srcs) == 14, "need 14 pages, gold files, sources")
    layouts, years, fronts = Counter(), Counter(), []
    jumps_out, jumps_in = {}, {}
    for i, p in enumerate(pages, 1):
        txt = p.read_text(encoding="utf-8")
        h = hashlib.sha256(txt.encode("utf-8")).hexdigest()[:16]
        need(p.name == f"{i:03d}_{h}.txt", f"{p.name}: name is not NNN_sha256[:16]")
        gp = HERE / "gold" / p.name.replace(".txt", ".json")
        need(gp.exists(), f"{p.name}: no gold")
        g = json.loads(gp.read_text(encoding="utf-8"))
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles",
                         "extras", "duplicates"], f"{gp.name}: key order")
        need(gp.read_text(encoding="utf-8") == json.dumps(g, ensure_ascii=False, indent=1) + "\n",
             f"{gp.name}: not indent=1 / ensure_ascii=False")
        for a in g["articles"]:
            need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                             "continued", "subheads", "paragraphs"], f"{gp.name}: article key order")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 f"{gp.name}: bad kind {a['kind']}")
        need(g["source"] == p.name, f"{gp.name}: source field")
        n = len(squash(txt))
        need(4500 <= n <= 6500, f"{p.name}: {n} characters")
        na = len(g["articles"])
        need(7 <= na <= 13, f"{p.name}: {na} articles")
        meta = {}
        for line in srcs[i - 1].read_text(encoding="utf-8").split("#art")[0].splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        layouts[meta["layout"]] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"]:
            fronts.append(p.name)
            need(bool(g["page_count"]) and g["extras"], f"{p.name}: front page without masthead")
            need(re.search(r"第\s*" + g["issue_number"] + r"\s*号", txt) is not None,
                 f"{p.name}: issue number not printed")
        for a in g["articles"]:
            if a["continued"].startswith("下转2版"):
                jumps_out[g["issue_date"]] = p.name
            if a["continued"].startswith("上接1版"):
                jumps_in[g["issue_date"]] = p.name
        # every gold text is printed on the page
        hay = squash(txt)
        for a in g["articles"]:
            for s in [a[k] for k in ("column", "kicker", "title", "subtitle", "byline", "dateline")] + a["paragraphs"]:
                s = squash(s)
                need(score.covered(s, hay) >= len(s) - 3, f"{p.name}: gold text not on page: {s[:30]}")
    need(layouts == Counter({"column": 7, "paragraph": 7}), f"layouts {dict(layouts)}")
    need(set(years) == {"2016", "2020", "2022", "2026"} and all(3 <= v <= 4 for v in years.values()),
         f"years {dict(years)}")
    need(len(fronts) == 2, f"front pages {fronts}")
    for d in ("2016", "2022"):
        need(any(k.startswith(d) for k in jumps_out) and any(k.startswith(d) for k in jumps_in),
             f"{d}: front page jump to page 2 missing")
    for d in jumps_out:
        need(d in jumps_in, f"{d}: 下转2版 without 上接1版 in the set")

    # ---------------------------------------------------------- perfect export
    export = {"articles": [], "sources": []}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
        rj = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                             "--pages", str(HERE / "pages"), "--json"],
                            capture_output=True, text=True)
    figs = json.loads(rj.stdout[:rj.stdout.rindex("}") + 1])
    need(figs["coverage"] == 1.0, f"coverage not exactly 1: {figs['coverage']}")
    print(r.stdout, end="")
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            FAIL.append("score problem: " + line.strip())
        bits = line.split()
        if len(bits) == 2 and "=" not in line and bits[0] not in ("articles_gold", "articles_pred"):
            if bits[0] == "cjk_space_left":
                need(bits[1] == "0", "cjk_space_left not 0")
            elif bits[1] != "None":
                need(bits[1] == "1.000", f"score: {bits[0]} = {bits[1]}")
    need(r.returncode == 0, "score.py failed")

    # ---------------------------------------------------------- seed phrases
    seed = set()
    for gp in SEED_GOLD.glob("*.json"):
        for s in texts(json.loads(gp.read_text(encoding="utf-8"))):
            seed |= grams(blank(s))
    shared = Counter()
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for s in texts(g) + [a["byline"] for a in g["articles"]]:
            for gr in grams(blank(s)) & seed:
                shared[gr.replace("\x00", "□")] += 1
    need(not shared, "phrases shared with the seeds: " + ", ".join(sorted(shared)))

    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
