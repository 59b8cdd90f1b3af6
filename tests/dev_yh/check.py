#!/usr/bin/env python3
"""Verify the set: rebuild in memory, compare byte for byte, score a perfect
export with the shared scorer, check the set's shape and the seed-phrase rule.

    python3 check.py            prints `check passed` or the failures
"""
from __future__ import annotations

import glob
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
import compose  # noqa: E402

SCORER = "/work/shared/tools/score.py"
SEED_GOLD = "/work/shared/gold"
YEARS = {"2017": (3, 4), "2020": (3, 4), "2022": (3, 4), "2025": (3, 4)}
FRONT_YEARS = {"2020", "2025"}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases every Hunan Daily page uses
GENERIC = """
习近平新时代中国特色社会主义思想 习近平总书记 习近平 党的二十大精神 党的十九大精神 党中央
全面建设社会主义现代化新湖南 社会主义现代化新湖南 现代化新湖南 三高四新 两个确立 两个维护
高质量发展 相关负责人 主要负责人 负责人介绍 负责人表示 有关负责人 同比增长 同比下降 比上年增长
个百分点 全国人大代表 全国政协委员 全国人大 全国政协 政府工作报告 十四五 十五五
湖南日报全媒体记者 湖南日报记者 湖南日报 全媒体记者 全媒体评论员 评论员 通讯员 新华社
省委常委 省委书记 省委副书记 省委秘书长 省长 副省长 省政府 省委 省人大常委会 省人大 省政协
省纪委监委 纪委监委 省高级人民法院 省高院 人民法院 人民检察院 检察院 公安局 公安机关 省公安厅
省工信厅 省商务厅 省发展改革委 省财政厅 省农业农村厅 省教育厅 省卫生健康委 省文化和旅游厅
省交通运输厅 省应急管理厅 省自然资源厅 省生态环境厅 省住房城乡建设厅 省人社厅 长沙海关 海关
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
湘西土家族苗族自治州 湘西州 湘西 长株潭 洞庭湖 湘江 全省 我省 市州 县市区 各级各部门
规模以上工业 规模以上 工业增加值 进出口总值 进出口 亿元 万元 以上 左右 今年以来 近年来 据了解
先进制造业 新型工业化 数字经济 人工智能 工业互联网 乡村振兴 脱贫攻坚 中央八项规定精神
非物质文化遗产 重点行业领域 隐患排查整治 审议有关文件 新的更大贡献 科技型中小企业 高新技术企业 全面深化改革 新三样 走出去 一带一路 低温雨雪冰冻天气 政协委员 规划目标任务 湘粤非铁海联运 具有核心竞争力的科技创新高地 核心竞争力 体制机制改革 关键核心技术 加大研发投入 科技创新 社会消费品零售总额 中非经贸博览会 新业态新模式 进一步发挥 新一代信息技术 产业链供应链 有力支撑 轨道交通装备 人力资源和社会保障厅 会议强调 会议指出 会议要求 广大党员干部 规模性返贫 建言献策 现场签约 基础设施建设 劳动密集型产品 智慧和力量 一对一 生态环境保护 生态环境 农村人居环境 国家和地区 形式主义 官僚主义 党风廉政建设 全面从严治党 反腐败 作风建设 全国两会 两会
中国特色社会主义 现代化 全面推进 深入学习贯彻 贯彻落实 出席并讲话 主持召开 在长沙召开 在长沙举行
""".split()
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u3400-\u9fff]")


def blank(s: str) -> str:
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" in g:
            continue
        if len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts_of(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out.append((a.get("kicker") or "") + (a.get("title") or "") + (a.get("subtitle") or ""))
        out.extend(a.get("paragraphs") or [])
    return out


def main():
    fails: list[str] = []
    res = compose.build_all()

    # 1. byte-for-byte rebuild
    on_disk = sorted(p.name for p in (ROOT / "pages").glob("*.txt"))
    if on_disk != sorted(res):
        fails.append(f"pages/ differs from a fresh build: {on_disk} vs {sorted(res)}")
    for name, (text, gold, _) in res.items():
        pp, gp = ROOT / "pages" / name, ROOT / "gold" / (name[:-4] + ".json")
        if not pp.exists() or pp.read_bytes() != text.encode("utf-8"):
            fails.append(f"{name}: page text differs from a fresh build")
        gtext = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if not gp.exists() or gp.read_bytes() != gtext.encode("utf-8"):
            fails.append(f"{gp.name}: gold differs from a fresh build")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + h + r"\.txt", name):
            fails.append(f"{name}: name does not carry the text's hash {h}")
        if gold["source"] != name:
            fails.append(f"{name}: gold source field is {gold['source']}")
    if (ROOT / "README.md").read_text(encoding="utf-8") != compose.readme(res):
        fails.append("README.md differs from a fresh build")

    # 2. a perfect export, scored by the shared scorer
    export = {"articles": [], "sources": []}
    for name, (text, gold, _) in res.items():
        for a in gold["articles"]:
            e = {"source": name, "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": name, "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, SCORER, str(ep), str(ROOT / "gold"),
                            "--pages", str(ROOT / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0 or r.stderr.strip():
        fails.append("scorer failed: " + r.stderr.strip()[-500:])
    for line in r.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fails.append("scorer problem: " + line.strip())
            continue
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if not m:
            continue
        key, val = m.groups()
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                fails.append(f"cjk_space_left is {val}")
        elif val != "1.000":
            fails.append(f"{key} is {val}, not 1.000")
    figs = dict(re.findall(r"^(\w+)\s+(\S+)$", r.stdout, re.M))
    if figs.get("articles_gold") != figs.get("articles_pred"):
        fails.append("article counts differ")

    # 3. the set's shape
    layouts, years = Counter(), Counter()
    fronts = []
    by_date: dict[str, list] = {}
    for name, (text, gold, pg) in res.items():
        chars = len(re.sub(r"\s+", "", text))
        n = len(gold["articles"])
        if not 4500 <= chars <= 6500:
            fails.append(f"{name}: {chars} characters (4500-6500)")
        if not 7 <= n <= 13:
            fails.append(f"{name}: {n} articles (7-13)")
        layouts[pg.kind] += 1
        years[gold["issue_date"][:4]] += 1
        by_date.setdefault(gold["issue_date"], []).append((name, gold, pg))
        if gold["issue_number"]:
            fronts.append((name, gold, pg))
        for a in gold["articles"]:
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fails.append(f"{name}: bad kind {a['kind']}")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fails.append(f"{name}: whitespace in a gold paragraph")
    if len(res) != 14:
        fails.append(f"{len(res)} pages, not 14")
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fails.append(f"layouts {dict(layouts)}")
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fails.append(f"year {y}: {years[y]} pages")
    if set(years) - set(YEARS):
        fails.append(f"unexpected years {set(years) - set(YEARS)}")
    if sorted(g["issue_date"][:4] for _, g, _ in fronts) != sorted(FRONT_YEARS):
        fails.append("front pages: " + ", ".join(n for n, _, _ in fronts))
    for name, gold, pg in fronts:
        if not gold["page_count"] or pg.meta.get("page") != "1" or not gold["extras"]:
            fails.append(f"{name}: front page without masthead / page count")
        if not any(nows_in(gold["extras"][0], gold["issue_number"]) for _ in [0]):
            fails.append(f"{name}: masthead does not print the issue number")
        downs = [a for a in gold["articles"] if a["continued"].startswith("下转2版")]
        p2 = [g for n, g, p in by_date[gold["issue_date"]] if p.meta.get("page") == "2"]
        if not downs or not p2:
            fails.append(f"{name}: no jump to a page 2 in the set")
            continue
        ups = [a for a in p2[0]["articles"] if a["continued"].startswith("上接1版")]
        if len(ups) < len(downs):
            fails.append(f"{name}: {len(downs)} jumps out, {len(ups)} continued on page 2")
        if p2[0]["issue_number"]:
            fails.append(f"{name}: page 2 claims an issue number")

    # 4. seed-phrase rule
    seed = set()
    for f in sorted(glob.glob(SEED_GOLD + "/*.json")):
        for t in texts_of(json.load(open(f, encoding="utf-8"))):
            seed |= grams(blank(t))
    shared = Counter()
    for name, (text, gold, _) in res.items():
        for t in texts_of(gold):
            for g in grams(blank(t)) & seed:
                shared[(name, g)] += 1
    for (name, g), _ in sorted(shared.items()):
        fails.append(f"{name}: shares {g!r} with the seeds")

    if fails:
        print("\n".join("FAIL " + f for f in fails[:80]))
        if len(fails) > 80:
            print(f"... {len(fails) - 80} more")
        sys.exit(1)
    print("check passed")


def nows_in(hay: str, needle: str) -> bool:
    return re.sub(r"\s+", "", needle) in re.sub(r"\s+", "", hay)


if __name__ == "__main__":
    main()
