#!/usr/bin/env python3
"""Verify the dev_uc test set; prints `check passed` when every rule holds."""
import hashlib, json, re, subprocess, sys, tempfile
sys.dont_write_bytecode = True
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

SHARED = Path("/work/shared")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
# generic words blanked before the seed-phrase comparison: institution and place
# names, titles and set phrases any page of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 新湖南客户端 华声在线 新华社
习近平总书记 习近平新时代中国特色社会主义思想 党的二十大精神 党中央 国务院 党中央、国务院
省委书记 省委副书记、省长 省委副书记 副省长 省长 省政协主席 省政协副主席 省人大常委会
省委 省政府 省政协 省委常委 省委、省政府 省发展改革委 省工信厅 省商务厅 省财政厅 省交通运输厅
省卫生健康委 省中医药管理局 省林业局 省应急管理厅 省水利厅 省气象局 省水文局 省防汛抗旱指挥部
相关负责人 负责人介绍 负责人表示 记者从 记者今天从 据了解 据介绍 今年以来 近年来 截至目前
高质量发展 同比增长 比上年增长 规模以上 百分点 亿元 万元 个百分点 以上 左右
长株潭 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 益阳市 郴州市 永州市 怀化市 娄底市 邵阳市 张家界市
湘西土家族苗族自治州 湘西州 洞庭湖 湘江 长江 长沙 岳阳 常德 衡阳 湖南省 湖南 全省 我省
新一代信息技术 工业互联网 数字经济 人工智能 先进制造业 专精特新 “小巨人” 中央八项规定精神
会议要求 会议强调 会议指出 会议认为 会议提出 研究部署 下一阶段 产业链上下游 居全国前列 深入田间地头 工作情况汇报 安全提示
基础设施建设 专项整治 钉钉子精神 突出位置 密切关注 天气变化 产业链 消防安全 通知，要求 中医药 推动 ，要求各
软件和信息技术服务业 软件和信息技术 信息技术服务 产业集聚区 清醒看到 深度融合 大数据中心 轨道交通装备 工程机械 数字化 核心竞争力 工作会议 会议透露 会上获悉 推进会 政策措施 的发展 增速高于全国
两位数 安全生产 重点行业领域 风险隐患 隐患排查 工业和信息化 “十四五” 有力支撑 服务体系 全国两会 政协委员 生态环境保护 建言献策 前两个月 数字产业 规模性返贫 中国电信 中国移动 全面建设社会主义现代化 决策部署 思想和行动统一 各级各部门 传承创新 稳步提升 科技创新 复合型人才 智能算力 负责人说 服务商 数字化转型 增加值 培育一批 倍增计划 重要组成部分 怀化国际陆港 国家和地区 宣传教育 电子元器件 非物质文化遗产
现代化新湖南 “三高四新” 美好蓝图 一带一路 新质生产力 以旧换新 乡村振兴
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s):
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s, n=6):
    s = blank(re.sub(r"\s+", "", s))
    return {s[i:i + n] for i in range(len(s) - n + 1)
            if "□" not in s[i:i + n] and len(CJK.findall(s[i:i + n])) >= 5}


def text_of(g):
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def main():
    errors = []
    # 1. rebuild in memory and compare byte for byte
    srcs = sorted((HERE / "src").glob("p*.txt"))
    parsed = {}
    for path in srcs:
        src, name, text, gold = compose.build(path)
        parsed[name] = src
        pf, gf = HERE / "pages" / (name + ".txt"), HERE / "gold" / (name + ".json")
        if not pf.exists() or pf.read_text(encoding="utf-8") != text:
            errors.append(f"{path.name}: page not rebuilt identically")
        want = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gf.exists() or gf.read_text(encoding="utf-8") != want:
            errors.append(f"{path.name}: gold not rebuilt identically")
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        errors.append(f"need 14 pages/gold/src, have {len(pages)}/{len(golds)}/{len(srcs)}")

    # 2. shape
    seed_gold = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SHARED / "gold").glob("*.json"))]
    keyorder = list(seed_gold[0].keys())
    artorder = list(seed_gold[0]["articles"][0].keys())
    layouts, years, fronts = Counter(), Counter(), []
    all_gold = {}
    for i, pf in enumerate(pages):
        text = pf.read_text(encoding="utf-8")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if pf.name != f"{i + 1:03d}_{h}.txt":
            errors.append(f"{pf.name}: name is not NNN_sha256[:16]")
        gf = HERE / "gold" / (pf.stem + ".json")
        g = json.loads(gf.read_text(encoding="utf-8"))
        all_gold[pf.name] = g
        if list(g.keys()) != keyorder or any(list(a.keys()) != artorder for a in g["articles"]):
            errors.append(f"{gf.name}: key order differs from the seeds' gold")
        if g["source"] != pf.name:
            errors.append(f"{gf.name}: source field")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            errors.append(f"{pf.name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            errors.append(f"{pf.name}: {len(g['articles'])} articles")
        src = parsed.get(pf.stem, {})
        layouts[src.get("layout")] += 1
        years[g["issue_date"][:4]] += 1
        if g["issue_number"] or g["page_count"]:
            fronts.append((pf.name, g))
    if layouts != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(layouts)}")
    if sorted(years) != ["2016", "2019", "2021", "2025"] or not all(3 <= v <= 4 for v in years.values()):
        errors.append(f"years {dict(years)}")
    if sorted(g["issue_date"][:4] for _, g in fronts) != ["2016", "2021"]:
        errors.append("front pages must be one in 2016 and one in 2021")
    for name, g in fronts:
        if not (g["issue_number"] and g["page_count"]):
            errors.append(f"{name}: front page lacks issue number or page count")
        if not any("下转2版" in a["continued"] for a in g["articles"]):
            errors.append(f"{name}: front page has no 下转2版")
        twos = [x for x in all_gold.values() if x["issue_date"] == g["issue_date"] and x is not g]
        if not any("上接1版" in a["continued"] for x in twos for a in x["articles"]):
            errors.append(f"{name}: its page 2 has no 上接1版")

    # 3. seed-phrase rule
    seed = set()
    for g in seed_gold:
        for s in text_of(g):
            seed |= grams(s)
    for name, g in all_gold.items():
        for s in text_of(g):
            bad = grams(s) & seed
            if bad:
                errors.append(f"{name}: shares seed phrase(s) {sorted(bad)[:3]} in {s[:20]!r}")

    # 4. the perfect export scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    src_of = {k + ".txt": v for k, v in parsed.items()}
    for name, g in all_gold.items():
        for a in g["articles"]:
            e = {"source": name, "issue_date": g["issue_date"], "kind": a["kind"]}
            e.update({f: a[f] for f in FIELDS})
            e["title_derived"] = False
            e["paragraphs"] = list(a["paragraphs"])
            export["articles"].append(e)
        # the jump-marker glyphs (▷, ▲) are in no article: a perfect export lists them too
        marks = [compose.punct(it.split(None, 2)[2], src_of[name]["punct"])
                 for it in src_of[name]["items"] if it.startswith("mark ")]
        export["sources"].append({"source": name, "issue_date": g["issue_date"],
                                  "extras": list(g["extras"]) + list(g["duplicates"]) + marks})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as t:
        json.dump(export, t, ensure_ascii=False)
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), t.name, str(HERE / "gold"),
                          "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True).stdout
    Path(t.name).unlink()
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            errors.append("score: " + line.strip())
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and "." in m.group(2) and not m.group(1).startswith("articles") and m.group(2) != "1.000":
            errors.append(f"score: {line}")
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            errors.append(f"score: {line}")
    print(out.strip())
    if errors:
        print("\n".join(errors))
        print("check FAILED")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
