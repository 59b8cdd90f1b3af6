#!/usr/bin/env python3
"""Verify the set: rebuild is byte-identical, a perfect export scores 1.000 everywhere,
the set has the required shape, and no seed phrase is reused.  Prints `check passed`."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SEEDS_GOLD = Path("/work/shared/gold")
SCORER = "/work/shared/tools/score.py"
FAIL = []


def need(ok, msg):
    if not ok:
        FAIL.append(msg)


# Generic words blanked before the seed-phrase comparison: institution and place names,
# set phrases of the paper.
GENERIC = sorted("""湖南日报 全媒体记者 新湖南客户端 华声在线 通讯员 评论员 湖南省 长沙市 长沙 湖南 全省 我省
省委 省政府 省人大 省政协 省委书记 省长 副省长 常务副省长 省委常委 党中央 国务院 习近平 总书记
新时代 中国特色社会主义 高质量发展 相关负责人 负责人 同比增长 百分点 以上 今年 去年 近日 今天
据了解 据悉 记者 工作会议 召开 举行 出席 讲话 强调 指出 要求 会议 座谈会 调研 推动 推进 加快 加强
坚持 深入 贯彻 落实 学习 精神 重要 工作 发展 建设 全面 进一步 持续 不断 积极 主动 有效 切实
扎实 聚焦 围绕 重点 产业 企业 项目 经济 社会 群众 人民 基层 服务 创新 改革 开放 安全 保障 生态
乡村振兴 现代化 体系 能力 水平 机制 作用 质量 规模 亿元 万元 个月 前两个月 前11个月 同比 增长
省领导 省委副书记 党组书记 省政协主席 省人大常委会 主任 副主任 市委书记 县委书记 省委宣传部
省发展改革委 省工信厅 省农业农村厅 省水利厅 省文旅厅 省商务厅 省统计局 省应急管理厅 省气象局
株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界 湘西 韶山 浏阳 宁乡 湘江 洞庭湖
文旅广电局 人力资源和社会保障厅 组成部分 各级各部门 各地各部门 社会消费品零售总额 新型基础设施 中非经贸深度合作先行区 历史同期 工程机械 电动自行车 软件和信息技术服务业 电子信息制造业 数据中心集群 智能制造 新能源汽车 数字化转型 智赋万企 轨道交通装备 新一代信息技术 国家和地区 中小企业 核心竞争力 党委 政府 工业增加值 非物质文化遗产 行动计划 一带一路 三高四新 两个确立 两个维护 中央八项规定 数字经济 人工智能 工业互联网 以旧换新
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s):
    s = compose.clean(s)
    for w in GENERIC:
        s = s.replace(w, "#")
    return re.sub(r"\s", "", s)


def windows(s):
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            out.add(w)
    return out


def seed_windows():
    out = set()
    for gf in sorted(SEEDS_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                out |= windows(blank(a[f]))
            for p in a["paragraphs"]:
                out |= windows(blank(p))
    return out


def main():
    results = compose.build_all()
    # 1. byte-for-byte rebuild
    files = {}
    for r in results:
        files["pages/" + r["file"]] = r["text"].encode("utf-8")
        files["gold/" + r["stem"] + ".json"] = r["gold"].encode("utf-8")
    files["README.md"] = compose.readme(results).encode("utf-8")
    for rel, data in files.items():
        p = HERE / rel
        need(p.exists() and p.read_bytes() == data, f"{rel} differs from a rebuild")
    for d in ("pages", "gold"):
        have = {d + "/" + f.name for f in (HERE / d).iterdir()}
        need(have == {k for k in files if k.startswith(d + "/")}, f"stray files in {d}/")

    # 2. shape
    need(len(results) == 14, "not 14 pages")
    lays = [r["layout"] for r in results]
    need(lays.count("col") == 7 and lays.count("para") == 7, "layouts not 7 + 7")
    years = {}
    for r in results:
        years.setdefault(r["page"]["date"][:4], []).append(r)
        n = compose.nchars(r["text"])
        need(4500 <= n <= 6500, f"{r['file']}: {n} characters")
        na = len(r["articles"])
        need(7 <= na <= 13, f"{r['file']}: {na} articles")
        g = json.loads(r["gold"])
        need(list(g) == ["source", "issue_date", "issue_number", "page_count", "articles",
                         "extras", "duplicates"], "gold key order")
        for a in g["articles"]:
            need(list(a) == ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                             "continued", "subheads", "paragraphs"], "article key order")
            need(a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"),
                 "bad kind")
            for s in a["subheads"]:
                need(s in a["paragraphs"], "subhead not among paragraphs")
        import hashlib
        need(r["file"][4:20] == hashlib.sha256(r["text"].encode()).hexdigest()[:16], "file name hash")
    need(sorted(years) == ["2015", "2019", "2022", "2026"], f"years {sorted(years)}")
    for y, rs in years.items():
        need(3 <= len(rs) <= 4, f"{y}: {len(rs)} pages")
    fronts = [r for r in results if r["page"].get("issue")]
    need(len(fronts) == 2 and {r["page"]["date"][:4] for r in fronts} == {"2015", "2026"},
         "front pages")
    for fr in fronts:
        gf = json.loads(fr["gold"])
        need(gf["page_count"] and any(a["continued"].startswith("下转2版") for a in gf["articles"]),
             "front page without 下转2版")
        p2 = [r for r in results if r["page"]["date"] == fr["page"]["date"] and r["page"]["page"] == "2"]
        need(len(p2) == 1 and any(a["continued"].startswith("上接1版")
                                  for a in json.loads(p2[0]["gold"])["articles"]), "page 2 jump")

    # 3. seed phrases
    sw = seed_windows()
    for r in results:
        g = json.loads(r["gold"])
        for a in g["articles"]:
            for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                hit = windows(blank(s)) & sw
                need(not hit, f"{r['file']}: seed phrase {sorted(hit)[:3]} in {s[:20]!r}")

    # 4. perfect export, scored
    export = {"articles": [], "sources": []}
    for r in results:
        g = json.loads(r["gold"])
        for a in g["articles"]:
            e = {"source": r["file"], "issue_date": g["issue_date"]}
            e.update({k: v for k, v in a.items() if k != "subheads"})
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": r["file"], "issue_date": g["issue_date"],
                                  "extras": g["extras"], "duplicates": g["duplicates"],
                                  "jump_markers": r["debris"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, SCORER, str(ep), str(HERE / "gold"), "--pages",
                              str(HERE / "pages"), "-v"], capture_output=True, text=True).stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            need(False, "scorer problem: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and not line.startswith("seg_f1="):
            need(m.group(2) == "1.000", f"{m.group(1)} = {m.group(2)}")
        if line.startswith("cjk_space_left"):
            need(line.split()[1] == "0", "cjk spaces left")
        if line.startswith("coverage"):
            need(line.split()[1] == "1.000", "coverage")
    for f in FAIL:
        print("FAIL", f)
    if FAIL:
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
