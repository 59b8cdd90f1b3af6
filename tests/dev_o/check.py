#!/usr/bin/env python3
"""Check the dev_o set: a perfect export scores 1.000 everywhere, and no text of the seeds leaks in.

    python3 check.py

1. Builds the export JSON a perfect segmenter would print from gold/*.json (every gold
   article; the page's extras and duplicates as the source's extras), runs
   /work/shared/tools/score.py on it with --pages pages -v, and requires every figure to
   print 1.000, coverage 1.000, cjk_space_left 0 and no problem lines.
2. Requires that no 6-character run of the seeds' gold headlines and paragraphs occurs in
   this set's gold (apart from a short list of generic words).
3. Sanity: page sizes (3,500-7,500 characters), 6-14 articles a page, file names match
   the sha256 of the page text, gold sources match the file names.
Prints `check passed` or the failures. Standard library only.
"""
from __future__ import annotations

import hashlib
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
# generic words a 6-character run of the seeds may share with this set
GENERIC = ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "百分点", "习近平总书记",
           "新时代中国特色社会主义思想", "党中央", "高质量发展", "省委书记", "省委副书记",
           "省长", "副省长", "省政协", "省人大常委会", "省委常委", "省委秘书长", "长沙海关",
           "中央八项规定", "以上工业企业", "规模工业增加值", "亿元", "万元", "湘西土家族苗族自治州",
           "有关负责人", "会议强调", "会议指出", "会议要求", "会议还研究了其他事项", "今天",
           "记者从", "获悉", "省统计局", "省农业农村厅", "省商务厅", "省发展改革委",
           "省工业和信息化厅", "湖南图片库", "湖南省", "专精特新", "小巨人", "三高四新",
           "十四五", "十五五", "乡村振兴", "一带一路", "新能源汽车", "社会消费品零售总额",
           "增加值增长", "进出口", "规模以上工业增加值", "有限公司", "人工智能", "数字经济",
           "人力资源和社会保障", "软件和信息技术服务", "轨道交通装备", "关键核心技术",
           "科技创新高地", "核心竞争力", "政府工作报告", "人均可支配收入", "农村居民", "雨雪冰冻",
           "非物质文化遗产", "西部陆海新通道", "基础设施", "农村人居环境", "公共文化服务",
           "高新技术企业", "科技型中小企业", "劳动密集型", "分布式光伏", "航空发动机", "历史同期新高",
           "全面深化改革", "经营主体", "道路交通安全", "行业领域", "排查整治", "以旧换新", "民生福祉",
           "钉钉子精神", "思想和行动统一", "内陆地区改革开放", "规模性返贫", "农产品加工", "同比分别增长",
           "新业态新模式", "长沙市", "铁海联运", "国际陆港", "数据中心", "产业链", "服务平台", "生活污水",
           "建言献策", "全国前列", "研发投入", "支持力度", "国家和地区", "各级党组织", "经济社会",
           "年度目标任务", "各级各部门", "在长沙召开", "专题调研", "腐败问题", "机电产品", "出口增长",
           "签约金额", "信息技术"]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export(gold_dir: Path, out: Path) -> None:
    arts, srcs = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            b.update({k: a[k] for k in ("kind",) + FIELDS + ("paragraphs",)})
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras") or []) + list(g.get("duplicates") or [])})
    out.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False, indent=1),
                   encoding="utf-8")


def run_scorer(failures: list[str]) -> str:
    with tempfile.TemporaryDirectory() as td:
        ex = Path(td) / "export.json"
        build_export(HERE / "gold", ex)
        r = subprocess.run([sys.executable, str(SCORER), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0:
        failures.append(f"scorer exited {r.returncode}: {r.stderr[-400:]}")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            failures.append(f"scorer problem line: {line.strip()}")
            continue
        m = re.match(r"(\w+)\s+([\d.]+)$", line)
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
    return out


def han_segments(text: str) -> list[str]:
    """Runs of Han characters left after masking generic words; punctuation, digits and
    Latin letters break a run."""
    s = squash(text)
    for g in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(g, "|")
    return re.findall(r"[\u4e00-\u9fff]{6,}", s)


def runs_of(text: str):
    for seg in han_segments(text):
        for i in range(len(seg) - 5):
            yield seg[i:i + 6]


def seed_runs() -> set[str]:
    runs = set()
    for gf in SEED_GOLD.glob("*.json"):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs") or []):
                runs.update(runs_of(t or ""))
    return runs


def leak_check(failures: list[str]) -> int:
    runs = seed_runs()
    hits = {}
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get(f) for f in FIELDS] + list(a.get("paragraphs") or []):
                for r in runs_of(t or ""):
                    if r in runs:
                        hits.setdefault(r, gf.name[:3])
    for r, page in sorted(hits.items()):
        failures.append(f"seed text reused: {r!r} (page {page})")
    return len(hits)


def sanity(failures: list[str]) -> None:
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != len(golds):
        failures.append(f"{len(pages)} pages but {len(golds)} gold files")
    for p in pages:
        text = p.read_text(encoding="utf-8")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if not p.stem.endswith(sha):
            failures.append(f"{p.name}: name does not match sha256 {sha}")
        n = len(re.sub(r"\s+", "", text))
        if not 3500 <= n <= 7500:
            failures.append(f"{p.name}: {n} characters")
        gf = HERE / "gold" / (p.stem + ".json")
        if not gf.exists():
            failures.append(f"{p.name}: no gold")
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        if g["source"] != p.name:
            failures.append(f"{gf.name}: source {g['source']}")
        if not 6 <= len(g["articles"]) <= 14:
            failures.append(f"{p.name}: {len(g['articles'])} articles")
        for a in g["articles"]:
            for para in a["paragraphs"]:
                if re.search(r"\s", para):
                    failures.append(f"{p.name}: whitespace in a gold paragraph {para[:20]!r}")


def main() -> int:
    failures: list[str] = []
    sanity(failures)
    out = run_scorer(failures)
    print(out.strip())
    leak_check(failures)
    if failures:
        print("\nFAILED:")
        for f in failures:
            print("  " + f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
