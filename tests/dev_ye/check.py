#!/usr/bin/env python3
"""Verify the set: rebuild a perfect export from gold, score it, check shape and seed phrases."""
import json, re, subprocess, sys, tempfile, hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
EXPECT_COLUMN, EXPECT_PARA = 8, 6
YEARS = {"2015": (2, 3), "2017": (2, 3), "2020": (2, 3), "2023": (2, 3), "2025": (2, 3)}
GENERIC = """湖南日报 全媒体记者 通讯员 相关负责人 高质量发展 习近平新时代中国特色社会主义思想 党的二十大精神
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委秘书长 副省长 长沙市 株洲市 湘潭市 衡阳市
岳阳市 常德市 郴州市 怀化市 永州市 益阳市 娄底市 邵阳市 张家界市 湘西土家族苗族自治州 湖南省 我省 全省 同比增长
百分点 亿元 万元 以上 工作会议 在长沙召开 在长沙举行 中央八项规定精神 先进制造业 工业互联网 新能源汽车 进出口
乡村振兴 公共文化服务 规模工业增加值 规模以上工业增加值 工业经济运行 国家和地区 研发投入 欧洲市场 轨道交通装备 中联重科 三一重工 各级各部门 一氧化碳中毒 三年行动计划 人工智能 大数据 农产品加工业 工业和信息化 充电基础设施 同比分别增长 怀化国际陆港 国际陆港 西部陆海新通道 制造业增加值 增加值增长 电动自行车 公共服务平台 重点行业领域 重要组成部分 在株洲召开 中小航空发动机 关键核心技术 核心技术攻关 长沙海关 新三样 电动载人汽车 锂离子蓄电池 稳规模 优结构 轨道交通 航空航天 形式主义 新一代信息技术 软件和信息技术服务业 湘粤非铁海联运 数字化转型 微信公众号 交通安全宣传 气象部门 移送司法机关 人力资源和社会保障厅 高层次人才 年度目标任务 人均可支配收入 农村居民 城镇居民 居民人均 实体经济 国家级 产业链 供应链 重要论述 重要指示 省委书记 省长 出席 讲话 强调 指出 要求 今年以来 近年来
去年 今年 月 日 企业 产业 发展 建设 工作 推动 推进 加快 提升 全面 深入 坚持""".split()
CJK = re.compile(r"[\u4e00-\u9fff]")

PARTIAL = bool(__import__("os").environ.get("PARTIAL"))

def fail(msg):
    print("FAIL:", msg); sys.exit(1)

def shape_fail(msg):
    if PARTIAL:
        print("(partial) shape:", msg)
    else:
        fail(msg)

def blank(s):
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(w, "\u0000")
    return re.sub(r"\s+", "", s)

def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "\u0000" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out

def texts(g):
    for a in g["articles"]:
        yield a["kicker"] + "\u0000" + a["title"] + "\u0000" + a["subtitle"]
        for p in a["paragraphs"]:
            yield p

def main():
    r = subprocess.run([sys.executable, str(HERE / "compose.py")], capture_output=True, text=True)
    if r.returncode:
        fail("compose.py failed: " + r.stderr)
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        shape_fail(f"expected 14 pages and 14 gold files, got {len(pages)}/{len(golds)}")
    export = {"articles": [], "sources": []}
    layouts = {"column": 0, "paragraph": 0}
    years = {}
    fronts = []
    for n, (pf, gf) in enumerate(zip(pages, golds), 1):
        text = pf.read_text(encoding="utf-8")
        g = json.loads(gf.read_text(encoding="utf-8"))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.name != f"{n:03d}_{h}.txt" or gf.stem != pf.stem or g["source"] != pf.name:
            fail(f"bad name {pf.name}")
        nch = len(re.sub(r"\s+", "", text))
        if not 4500 <= nch <= 6500:
            fail(f"{pf.name}: {nch} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{pf.name}: {len(g['articles'])} articles")
        col = "\n\n" in text.strip()
        layouts["column" if col else "paragraph"] += 1
        years[g["issue_date"][:4]] = years.get(g["issue_date"][:4], 0) + 1
        if g["issue_number"]:
            fronts.append(g)
        for a in g["articles"]:
            e = dict(a); e["source"] = pf.name; e["issue_date"] = g["issue_date"]; e["title_derived"] = False
            export["articles"].append(e)
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail(f"{pf.name}: whitespace in a paragraph: {p[:30]}")
        export["sources"].append({"source": pf.name, "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    if layouts != {"column": EXPECT_COLUMN, "paragraph": EXPECT_PARA}:
        shape_fail(f"layouts {layouts}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            shape_fail(f"year {y}: {years.get(y, 0)} pages")
    if sorted(g["issue_date"][:4] for g in fronts) != ["2017", "2023"]:
        shape_fail("front pages must be in 2017 and 2023")
    for f in fronts:
        same = [json.loads(x.read_text(encoding="utf-8")) for x in golds]
        p2 = [g for g in same if g["issue_date"] == f["issue_date"] and not g["issue_number"]]
        if not any(a["continued"].startswith("下转2版") for a in f["articles"]) or \
           not any(a["continued"].startswith("上接1版") for g in p2 for a in g["articles"]):
            shape_fail(f"front page {f['source']} lacks its jump to page 2")
    # the reverse of coverage: every gold string is printed on its page
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    for pf, gf in zip(pages, golds):
        hay = score.squash(pf.read_text(encoding="utf-8"))
        g = json.loads(gf.read_text(encoding="utf-8"))
        for s in score.strings_in(g["articles"]) + g["extras"] + g["duplicates"]:
            q = score.squash(s)
            if q and q not in ("news", "commentary", "feature", "photo", "continuation", "other") \
                    and score.covered(q, hay) != len(q):
                fail(f"{gf.name}: gold text not printed on the page: {s[:30]}")
    # seed phrase rule
    seed = set()
    for sf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(sf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for gf in golds:
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            hit = grams(blank(t)) & seed
            if hit:
                fail(f"{gf.name}: shares seed phrase(s) {sorted(hit)[:5]}")
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools/score.py"), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v", "--json"], capture_output=True, text=True)
    out = r.stdout
    if "---" in out or r.returncode:
        fail("scorer reported problems:\n" + out)
    figs = json.loads(out[:out.rindex("}") + 1])
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0: fail(f"cjk_space_left {v}")
        elif v is not None and abs(v - 1.0) > 1e-9:
            fail(f"{k} = {v}")
    print(out[out.index("{"):out.rindex("}") + 1])
    print("check passed")

if __name__ == "__main__":
    main()
