#!/usr/bin/env python3
"""Verify the dev_xn test set; prints `check passed` or the failures.

- compose.py rebuilds pages/, gold/ and README.md byte-for-byte;
- the set's shape (14 pages, 7 per layout, years, front pages and their jumps,
  4,500-6,500 characters and 7-13 articles a page, file names);
- a perfect export scores 1.000 on every figure of /work/shared/tools/score.py,
  coverage 1.000, no problem line;
- no run of 6 characters holding at least 5 Chinese characters is shared with the
  seeds' gold headlines and paragraphs (after blanking a short list of generic words).
Standard library only.
"""
from __future__ import annotations

import filecmp
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
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
YEARS = {"2016": (3, 4), "2020": (3, 4), "2023": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2020", "2026"}

# generic words blanked before the seed-phrase comparison: institutions, places,
# set phrases of the paper that any story may use
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 记者 评论员 新湖南客户端 华声在线 湖南图片库
相关负责人 有关负责人 负责人介绍 负责人表示 据介绍 据了解 据悉 记者从 获悉
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 娄底 邵阳 益阳 永州
张家界 湘西 土家族苗族自治州 长株潭 洞庭湖 湘江 南岳
省委 省政府 省人大常委会 省政协 省纪委监委 省工信厅 省商务厅 省发改委 省科技厅
省委常委 省委书记 省长 副省长 省领导 党中央 国务院 中共中央
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 高质量发展
新时代 现代化 全省 我省 全国 同比增长 亿元 万元 百分点 以上 以来 今年 去年
人工智能 数字经济 专精特新 小巨人 新一代信息技术 先进制造业 工业互联网
轨道交通装备 轨道交通 工程机械 中联重科 三一集团 三一重工
研究部署 下一阶段 规模以上 规模工业 工业增加值 工业企业 各级各部门 各地各部门
产业链供应链 产业链 供应链 新型基础设施 基础设施建设 基础设施 数据中心 公共服务平台
有力支撑 主动作为 会议强调 会议要求 会议指出 会议认为 会议提出 田间地头 民生保障
重要组成部分 重点行业领域 省应急管理厅 省人社厅 省统计局 省农业农村厅 省文物局 省公安厅
广大党员干部 新能源汽车 社会消费品零售总额 企业和群众 进出口
工业和信息化 省工业和信息化厅
非物质文化遗产 非遗代表性项目 文化和旅游厅
微信公众号 省卫生健康委 卫生健康委
深入学习贯彻 全面深化改革 高端化 智能化 绿色化 新兴产业 未来产业 人居环境
数字化转型 制造业 复合型人才 示范引领
软件和信息技术服务业 智能算力 总算力 电子元器件
政府工作报告 十五五 十四五 新形势新任务 人力资源和社会保障厅 春风行动 全国人大代表
生态环境 中非经贸 先进计算 核心竞争力 科技创新
生态保护修复 货物贸易 进出口总值
负责人说 道路交通安全 雨雪冰冻 冰冻天气
三高四新 以旧换新 乡村振兴 一带一路 形式主义 官僚主义 中央八项规定精神
""".split(), key=len, reverse=True)
GENERIC_N = [unicodedata.normalize("NFKC", w) for w in GENERIC]
CJK = re.compile(r"[\u3400-\u9fff]")


def fail(msgs: list[str], msg: str) -> None:
    msgs.append(msg)


def rebuild_ok(msgs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, str(HERE / "compose.py"), tmp], capture_output=True, text=True)
        if r.returncode:
            fail(msgs, "compose.py failed: " + r.stderr[-500:])
            return
        for sub in ("pages", "gold"):
            a = sorted(p.name for p in (HERE / sub).iterdir())
            b = sorted(p.name for p in (Path(tmp) / sub).iterdir())
            if a != b:
                fail(msgs, f"{sub}/ differs from a fresh build: {set(a) ^ set(b)}")
                continue
            for n in a:
                if not filecmp.cmp(HERE / sub / n, Path(tmp) / sub / n, shallow=False):
                    fail(msgs, f"{sub}/{n} differs from a fresh build")
        if not filecmp.cmp(HERE / "README.md", Path(tmp) / "README.md", shallow=False):
            fail(msgs, "README.md differs from a fresh build")


def src_meta() -> dict[str, dict]:
    out = {}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta = {}
        for line in src.read_text(encoding="utf-8").splitlines():
            if line.startswith("@art") or line.startswith("@layout"):
                break
            key, sep, val = line.partition(": ")
            if sep:
                meta[key.strip()] = val.strip()
        out[meta["num"]] = meta
    return out


def shape(msgs: list[str], golds: dict[str, dict]) -> None:
    metas = src_meta()
    pages = sorted((HERE / "pages").glob("*.txt"))
    if len(pages) != 14 or len(golds) != 14:
        fail(msgs, f"expected 14 pages and 14 gold files, got {len(pages)} and {len(golds)}")
    nums = []
    for p in pages:
        text = p.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", p.name)
        if not m:
            fail(msgs, f"bad page file name {p.name}")
            continue
        nums.append(m.group(1))
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            fail(msgs, f"{p.name}: name is not the SHA-256 of its text")
        g = golds.get(p.stem)
        if g is None:
            fail(msgs, f"{p.name}: no gold file")
            continue
        if g["source"] != p.name:
            fail(msgs, f"{p.name}: gold source is {g['source']}")
        n_chars = len(re.sub(r"\s", "", text))
        if not 4500 <= n_chars <= 6500:
            fail(msgs, f"{p.name}: {n_chars} characters (want 4,500-6,500)")
        if not 7 <= len(g["articles"]) <= 13:
            fail(msgs, f"{p.name}: {len(g['articles'])} articles (want 7-13)")
        meta = metas.get(m.group(1), {})
        if meta.get("date") != g["issue_date"]:
            fail(msgs, f"{p.name}: issue date differs from its source")
        want = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
        if list(g) != want:
            fail(msgs, f"{p.name}: gold keys {list(g)}")
        for a in g["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(msgs, f"{p.name}: article keys {list(a)}")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(msgs, f"{p.name}: kind {a['kind']}")
            for para in a["paragraphs"]:
                if re.search(r"\s", para) or not para:
                    fail(msgs, f"{p.name}: whitespace or empty paragraph in {a['title'][:10]}")
            for sh in a["subheads"]:
                if re.sub(r"\s", "", sh) not in a["paragraphs"]:
                    fail(msgs, f"{p.name}: subhead {sh} not among paragraphs")
    if nums != [f"{i:03d}" for i in range(1, 15)]:
        fail(msgs, f"page numbers {nums}")
    layouts = Counter(m.get("layout") for m in metas.values())
    if layouts != Counter({"column": 7, "paragraph": 7}):
        fail(msgs, f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for g in golds.values())
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            fail(msgs, f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        fail(msgs, f"unexpected years {set(years) - set(YEARS)}")
    fronts = [g for g in golds.values() if g["issue_number"]]
    if sorted(g["issue_date"][:4] for g in fronts) != sorted(FRONT_YEARS):
        fail(msgs, f"front pages in {[g['issue_date'] for g in fronts]}")
    for f in fronts:
        if not isinstance(f["page_count"], int) or not isinstance(f["issue_number"], str):
            fail(msgs, f"{f['source']}: issue_number must be a string and page_count an int")
        if not any("下转2版" in a["continued"] for a in f["articles"]):
            fail(msgs, f"{f['source']}: front page jumps to no page 2")
        same = [g for g in golds.values() if g["issue_date"] == f["issue_date"] and g is not f]
        if not any(a["continued"].startswith("上接1版") for g in same for a in g["articles"]):
            fail(msgs, f"{f['source']}: its page 2 (上接1版) is not in the set")


def export(golds: dict[str, dict], path: Path) -> None:
    arts, sources = [], []
    for g in golds.values():
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"], **a,
                 "title_derived": False}
            arts.append(b)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    path.write_text(json.dumps({"articles": arts, "sources": sources}, ensure_ascii=False), encoding="utf-8")


def score(msgs: list[str], golds: dict[str, dict]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        ex = Path(tmp) / "export.json"
        export(golds, ex)
        r = subprocess.run([sys.executable, str(SCORE), str(ex), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    if r.returncode:
        fail(msgs, "score.py failed: " + r.stderr[-300:])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail(msgs, "scorer problem: " + line.strip())
    figs = dict(re.findall(r"^(\w+)\s+([0-9.]+)$", out, re.M))
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000":
            fail(msgs, f"{k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        fail(msgs, f"cjk_space_left = {figs.get('cjk_space_left')}")
    return out


def blank(s: str) -> str:
    s = re.sub(r"\s", "", unicodedata.normalize("NFKC", s))
    for w in GENERIC_N:
        s = s.replace(w, "□")
    return s


def grams(s: str) -> set[str]:
    return {s[i:i + 6] for i in range(len(s) - 5) if len(CJK.findall(s[i:i + 6])) >= 5}


def texts(g: dict) -> list[str]:
    out = []
    for a in g["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return out


def seed_phrases(msgs: list[str], golds: dict[str, dict]) -> None:
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        for t in texts(json.loads(gf.read_text(encoding="utf-8"))):
            seed |= grams(blank(t))
    for name, g in sorted(golds.items()):
        for t in texts(g):
            hit = grams(blank(t)) & seed
            if hit:
                fail(msgs, f"{name}: shares seed phrase(s) {sorted(hit)[:5]} in {t[:24]!r}")


def main() -> int:
    msgs: list[str] = []
    rebuild_ok(msgs)
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))}
    shape(msgs, golds)
    out = score(msgs, golds)
    seed_phrases(msgs, golds)
    print(out.rstrip())
    if msgs:
        for m in msgs:
            print("FAIL", m)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
