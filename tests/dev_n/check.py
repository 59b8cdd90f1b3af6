#!/usr/bin/env python3
"""Check the dev_n set.

1. Build the export a perfect segmenter would print from the gold (every gold article;
   each page's extras and duplicates in the source's extras), score it with
   /work/shared/tools/score.py and require every figure 1.000, coverage 1.000,
   cjk_space_left 0 and no problem lines.
2. The reverse of coverage: every gold text is on its raw page.
3. No 6-character run of the seeds' gold headlines/paragraphs occurs in this gold,
   apart from a short list of generic words.
4. The set's own bounds: 3,500-7,500 characters and 6-14 articles a page, 130+ articles.

Prints `check passed` when all hold. Standard library only.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# generic words that any Hunan Daily page uses; a 6-run made only of these is not a copy
GENERIC = [
    "湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "工业增加值", "高质量发展", "习近平总书记",
    "新时代中国特色社会主义思想", "社会主义现代化", "党中央", "国务院", "省委", "省政府", "省人大常委会",
    "省政协", "省委常委", "副省长", "百分点", "以上", "亿元", "万元", "有关负责人", "相关负责人",
    "今年以来", "近年来", "下一步", "在长沙召开", "在长沙举行", "出席并讲话", "月", "日", "年", "讯",
    "个", "家", "的", "记者", "全省", "我省", "湖南", "长沙", "今天", "近日", "获悉", "了解到",
    "专精特新", "小巨人", "中小企业", "先进制造业", "产业链", "供应链", "工业互联网", "数字经济",
    "人工智能", "新能源汽车", "乡村振兴", "高新技术企业", "粤港澳大湾区", "长株潭", "湘西土家族苗族自治州",
    "自贸试验区", "一带一路", "十四五", "十五五", "两个维护", "两个确立", "放管服", "智赋万企",
    "省农业农村厅", "省商务厅", "省工信厅", "省教育厅", "省科技厅", "省应急管理厅", "省人社厅",
    "省发展改革委", "省市场监管局", "省卫生健康委", "省气象局", "省林业局", "省文旅厅", "省财政厅",
    "长沙海关", "衡阳海关", "星沙海关", "怀化", "株洲", "湘潭", "衡阳", "岳阳", "郴州", "永州",
    "常德", "益阳", "娄底", "邵阳", "张家界", "湘西", "浏阳", "新湖南", "华声在线", "新华社",
    "进出口", "外贸", "中非经贸", "博览会", "中央八项规定精神", "形式主义", "官僚主义",
    "党风廉政建设", "全面从严治党", "湖南省", "长沙市", "株洲市", "衡阳市", "岳阳市", "常德市",
    "郴州市", "怀化市", "邵阳市", "湘潭市", "永州市", "益阳市", "娄底市", "张家界市", "湖南图片库",
    "摄", "为", "和", "在", "等", "了", "是", "将", "与", "及", "。", "，", "、", "“", "”",
    "（", "）", "(", ")", "：", "；", "其中", "分别", "增长", "全国", "第一", "企业", "发展",
    "产业", "项目", "工作", "建设", "推动", "推进", "加快", "持续", "进一步", "实现", "提升",
    "人力资源和社会保障厅", "新型基础设施", "关键核心技术", "生态环境保护", "轨道交通装备",
    "劳动密集型", "工作领导小组", "省政府秘书长", "省委副书记", "产业链上下游", "国家和地区",
    "外商投资企业", "文旅广电局", "负责人介绍", "负责人表示", "研发投入", "天心区", "开福区",
    "电子信息", "生物医药", "会议指出", "会议要求", "会议强调", "今年是", "中国共产党", "大会", "会议",
    "各级各部门", "湖南代表团", "工作会议", "工业经济", "一季度", "同比分别增长", "农产品", "工程机械",
    "公共服务平台", "体制机制", "专项整治", "污水治理", "农村人居环境", "气象部门", "政府工作报告",
    "科技创新", "现代服务业", "航空发动机", "产业集群", "世界级", "国家级", "非遗", "代表性项目",
    "非物质文化遗产", "工业和信息化部", "新兴产业", "未来产业", "产业体系", "现代化", "数字化转型",
    "制造业", "人均可支配收入", "社会消费品零售总额", "低温雨雪冰冻天气", "西部陆海新通道", "城际铁路",
    "国际陆港", "软件和信息技术服务业", "行动", "提醒", "召开", "运行", "生活", "村民", "中小企业",
    "特色产业集群", "中小航空发动机", "营业收入", "地区生产总值", "增加值", "出口",
]


def nfkc_squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def build_export(gold_dir: Path) -> dict:
    arts, sources = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            for k in ("kind",) + FIELDS:
                e[k] = a.get(k, "")
            e["title_derived"] = False
            e["paragraphs"] = list(a["paragraphs"])
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    return {"articles": arts, "sources": sources}


def run_scorer(export: dict, failures: list[str]):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        path = fh.name
    res = subprocess.run([sys.executable, str(SCORER), path, str(HERE / "gold"), "--pages",
                          str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(path).unlink()
    print(res.stdout, end="")
    if res.returncode:
        failures.append("scorer exit code %d: %s" % (res.returncode, res.stderr.strip()))
    for line in res.stdout.splitlines():
        if line.startswith("---") or line.startswith("    "):
            failures.append("scorer problem line: " + line.strip())
            continue
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if not m:
            continue
        key, val = m.groups()
        if key in ("articles_gold", "articles_pred"):
            continue
        if key == "cjk_space_left":
            if val != "0":
                failures.append(f"cjk_space_left {val}")
        elif val != "1.000":
            failures.append(f"{key} {val} (want 1.000)")


def reverse_coverage(failures: list[str]):
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = nfkc_squash((HERE / "pages" / g["source"]).read_text(encoding="utf-8"))
        texts = list(g.get("extras", [])) + list(g.get("duplicates", []))
        for a in g["articles"]:
            texts += [a.get(k, "") for k in FIELDS if k != "continued"] + a["paragraphs"] + a["subheads"]
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    failures.append(f"{gf.name}: whitespace in a gold paragraph {p[:20]!r}")
        for t in texts:
            s = nfkc_squash(t)
            if s and covered(s, raw) != len(s):
                failures.append(f"{gf.name}: gold text not on the page: {t[:30]!r}")


def phrases(t: str) -> list[str]:
    """Runs of Chinese characters and digits between punctuation marks."""
    return [p for p in re.split(r"[^\u3400-\u9fff]+", nfkc_squash(t)) if p]


def seed_runs() -> set[str]:
    runs = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + a["paragraphs"]:
                for s in phrases(t):
                    for i in range(len(s) - 5):
                        runs.add(s[i:i + 6])
    return runs


def generic_only(run: str) -> bool:
    """True when the run is covered entirely by generic words (or digits)."""
    if any(run in nfkc_squash(w) for w in GENERIC):
        return True
    covered_pos = [False] * len(run)
    for w in GENERIC:
        w = nfkc_squash(w)
        start = 0
        while True:
            k = run.find(w, start)
            if k < 0:
                break
            for j in range(k, k + len(w)):
                covered_pos[j] = True
            start = k + 1
    # a generic word cut off at either end of the run also counts
    for w in GENERIC:
        w = nfkc_squash(w)
        for n in range(1, len(w)):
            if run.startswith(w[-n:]):
                for j in range(n):
                    covered_pos[j] = True
            if run.endswith(w[:n]):
                for j in range(len(run) - n, len(run)):
                    covered_pos[j] = True
    for j, ch in enumerate(run):
        if ch.isdigit() or ch in ".%":
            covered_pos[j] = True
    return all(covered_pos)


def seed_overlap(failures: list[str]):
    runs = seed_runs()
    hits = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get(k, "") for k in ("kicker", "title", "subtitle")] + a["paragraphs"]:
                for s in phrases(t):
                    for i in range(len(s) - 5):
                        r = s[i:i + 6]
                        if r in runs and not generic_only(r):
                            hits.setdefault(r, f"{gf.name}: …{s[max(0, i - 6):i + 12]}…")
    for r, where in sorted(hits.items()):
        failures.append(f"seed 6-run {r!r} in {where}")


def bounds(failures: list[str]):
    total = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", raw))
        if not 3500 <= n <= 7500:
            failures.append(f"{gf.name}: {n} characters (want 3,500-7,500)")
        k = len(g["articles"])
        total += k
        if not 6 <= k <= 14:
            failures.append(f"{gf.name}: {k} articles (want 6-14)")
    if total < 130:
        failures.append(f"{total} articles in all (want 130+)")


def main() -> int:
    failures: list[str] = []
    run_scorer(build_export(HERE / "gold"), failures)
    reverse_coverage(failures)
    seed_overlap(failures)
    bounds(failures)
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"check failed ({len(failures)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
