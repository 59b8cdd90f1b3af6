#!/usr/bin/env python3
"""Verify the dev_tp test set.  Prints `check passed` or exits non-zero.

1. compose.py rebuilt in memory gives byte-identical pages/, gold/, README.md;
2. the set's shape (14 pages, 7 per layout, years, sizes, article counts, front
   pages and their jumps, file names);
3. a perfect export built from gold scores 1.000 everywhere with score.py,
   coverage 1.000, no problem line;
4. no 6-character run (>= 5 Chinese characters) shared with the seeds' gold
   headlines and paragraphs, after blanking a short list of generic words.
"""
from __future__ import annotations

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

SCORE = Path("/work/shared/tools/score.py")
SEED_GOLD = Path("/work/shared/gold")
YEARS = {"2018": (3, 4), "2020": (3, 4), "2022": (3, 4), "2024": (3, 4)}

# generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases every page of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 记者 评论员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 省委 省政府
省委常委 省委书记 省委副书记 副省长 省长 省人大常委会 省政协 副主席 秘书长 出席 讲话
中国特色社会主义 社会主义现代化新湖南 现代化新湖南 高质量发展 三高四新 美好蓝图 战略定位和使命任务
湖南省 湖南 长沙市 长沙 株洲 湘潭 衡阳 岳阳 常德 益阳 郴州 永州 怀化 娄底 邵阳 张家界
湘西土家族苗族自治州 洞庭湖 长株潭 湘江 南县 华容县 沅江市 汉寿县
同比增长 比上年增长 个百分点 万亿元 亿元 万元 以上 左右 今年以来 近年来 截至目前 据了解 据悉
中欧班列 新能源汽车 先进制造业 国家级 省级 规模以上 工业企业 进出口 外贸 一带一路
在长沙召开 在长沙举行 召开 举行 会议强调 会议指出 会议要求 要坚持 深入学习贯彻 全面贯彻
以上图片均由 摄影报道 湖南图片库 下转 上接 紧接 版
国家和地区 高新技术产品 基础设施建设 非物质文化遗产 中华优秀传统文化 优秀传统文化 产业集群 研发投入 体制机制
各级党委 全省各级各部门 各级各部门 党员干部 历史同期新高 智能制造 新能源 西部陆海新通道 陆海新通道 服务体系 专项行动 产业园
工业和信息化 产业链上下游 规模工业 产业链 供应链
人力资源和社会保障 人力资源和社会保障局 发展和改革委员会 发展和改革局
人均可支配收入 可支配收入
关键核心技术 核心技术 科技创新
负责人说 负责人表示 负责人介绍
新三样 老三样
轨道交通装备 较去年同期 去年同期 同比
湘粤非铁海联运 铁海联运
有进出口实绩的企业 形式主义 官僚主义 乡村振兴 脱贫攻坚 以旧换新 一带一路 综合保税区 综保区
""".split(), key=len, reverse=True)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s: str) -> str:
    s = squash(s)
    for w in GENERIC:
        s = s.replace(squash(w), "□" * len(squash(w)))
    return s


def cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def windows(s: str) -> set[str]:
    out = set()
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if sum(cjk(c) for c in w) >= 5:
            out.add(w)
    return out


def seed_windows() -> set[str]:
    res = set()
    for gf in sorted(SEED_GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for f in ("kicker", "title", "subtitle"):
                res |= windows(blank(a.get(f, "")))
            for p in a.get("paragraphs", []):
                res |= windows(blank(p))
    return res


def fail(msg: str):
    print("check FAILED:", msg)
    sys.exit(1)


def main():
    errors = []
    res = compose.build_all()

    # 1. byte-for-byte rebuild
    for name, (text, gold, pg) in res.items():
        p = HERE / "pages" / f"{name}.txt"
        g = HERE / "gold" / f"{name}.json"
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            errors.append(f"pages/{name}.txt differs from a fresh composition")
        if not g.exists() or g.read_text(encoding="utf-8") != compose.gold_json(gold):
            errors.append(f"gold/{name}.json differs from a fresh composition")
    on_disk = {f.stem for f in (HERE / "pages").glob("*.txt")}
    if on_disk != set(res):
        errors.append(f"pages/ holds other files: {sorted(on_disk ^ set(res))}")
    ph, pt = compose.tables(res)
    readme = (HERE / "README.in").read_text(encoding="utf-8").replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    if (HERE / "README.md").read_text(encoding="utf-8") != readme:
        errors.append("README.md differs from a fresh composition")

    # 2. shape
    if len(res) != 14:
        errors.append(f"{len(res)} pages, want 14")
    layouts = Counter(pg.layout for _, _, pg in res.values())
    if layouts != Counter({"column": 7, "paragraph": 7}):
        errors.append(f"layouts {dict(layouts)}")
    years = Counter(g["issue_date"][:4] for _, g, _ in res.values())
    for y, (lo, hi) in YEARS.items():
        if not lo <= years.get(y, 0) <= hi:
            errors.append(f"year {y}: {years.get(y, 0)} pages")
    if set(years) - set(YEARS):
        errors.append(f"unexpected years {set(years) - set(YEARS)}")
    fronts = []
    names = list(res)
    for i, name in enumerate(names):
        text, gold, pg = res[name]
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", name) or name[:3] != f"{i + 1:03d}":
            errors.append(f"bad file name {name}")
        import hashlib
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:]:
            errors.append(f"{name}: hash does not match the page text")
        n = compose.page_chars(text)
        if not 4500 <= n <= 6500:
            errors.append(f"{name}: {n} characters")
        k = len(gold["articles"])
        if not 7 <= k <= 13:
            errors.append(f"{name}: {k} articles")
        if gold["source"] != name + ".txt":
            errors.append(f"{name}: gold source {gold['source']}")
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
            errors.append(f"{name}: gold key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                errors.append(f"{name}: article key order")
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    errors.append(f"{name}: whitespace in a gold paragraph {p[:20]}")
            for s in a["subheads"]:
                if nows := re.sub(r"\s+", "", s):
                    if nows not in a["paragraphs"]:
                        errors.append(f"{name}: subhead {s} not among the paragraphs")
        if gold["issue_number"]:
            fronts.append((i, name, gold))
    if len(fronts) != 2:
        errors.append(f"{len(fronts)} front pages, want 2")
    for i, name, gold in fronts:
        if not gold["page_count"] or res[name][2].meta["page"] != "1":
            errors.append(f"{name}: front page without page count / page 1")
        if i + 1 >= len(names):
            errors.append(f"{name}: no following page")
            continue
        nxt = res[names[i + 1]]
        if nxt[2].meta["page"] != "2" or nxt[1]["issue_date"] != gold["issue_date"]:
            errors.append(f"{name}: the next page is not its page 2")
        down = [a for a in gold["articles"] if a["continued"].startswith("下转2版")]
        up = [a for a in nxt[1]["articles"] if a["continued"].startswith("上接1版")]
        if not down or len(up) < len(down):
            errors.append(f"{name}: jumps 下转2版 {len(down)} / 上接1版 {len(up)}")
        yr = gold["issue_date"][:4]
        if yr not in ("2020", "2024"):
            errors.append(f"{name}: front page in {yr}")
    # every raw line fully accounted for by gold text (exact, before scoring)
    for name, (text, gold, pg) in res.items():
        hay = "\u0000".join(squash(s) for s in compose_strings(gold))
        for line in text.splitlines():
            s = squash(line)
            if not s:
                continue
            lost = s
            # allowed furniture of jump markers
            lost = re.sub(r"[▷▶▲◀(（)）]", "", lost) if ("版" in s and re.search(r"[转接]", s)) else lost
            if lost and not covered_all(s, hay):
                errors.append(f"{name}: line not covered by gold: {line[:30]!r}")

    # 3. perfect export through score.py
    export = {"articles": [], "sources": []}
    for name, (text, gold, pg) in res.items():
        for a in gold["articles"]:
            e = {"source": gold["source"], "issue_date": gold["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = r.stdout
    print(out.strip())
    if r.returncode != 0:
        errors.append("score.py failed: " + r.stderr[-300:])
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            errors.append("score problem line: " + line.strip())
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line)
        if m:
            k, v = m.group(1), m.group(2)
            if k in ("articles_gold", "articles_pred", "cjk_space_left"):
                continue
            if v != "1.000":
                errors.append(f"score {k} = {v}")
        if line.startswith("cjk_space_left") and not line.rstrip().endswith(" 0"):
            errors.append(line)
    for k in ("seg_f1", "headline_acc", "untitled_ok", "byline_acc", "dateline_acc", "kind_acc",
              "paragraph_f1", "issue_date_acc", "coverage"):
        if not re.search(rf"^{k}\s+1\.000$", out, re.M):
            errors.append(f"score: {k} not 1.000")

    # 4. seed phrases
    seeds = seed_windows()
    shared = Counter()
    for name, (text, gold, pg) in res.items():
        for a in gold["articles"]:
            texts = [a[f] for f in compose.FIELDS] + a["paragraphs"] + a["subheads"]
            for t in texts:
                for w in windows(blank(t)) & seeds:
                    shared[(name, w)] += 1
    for (name, w), n in sorted(shared.items()):
        errors.append(f"{name}: shares seed phrase {w!r}")

    if errors:
        for e in errors[:60]:
            print("  -", e)
        fail(f"{len(errors)} problem(s)")
    print("check passed")


def compose_strings(gold):
    out = []
    for a in gold["articles"]:
        out += [a[f] for f in compose.FIELDS] + a["paragraphs"]
    return out + gold["extras"] + gold["duplicates"]


def covered_all(s: str, hay: str) -> bool:
    """Every character of s lies in a piece of >= 2 chars found in hay
    (jump-marker arrows and brackets excepted)."""
    i = 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(2, len(s) - i):
            i += lo
        elif s[i] in "▷▶▲◀()（）":
            i += 1
        else:
            return False
    return True


if __name__ == "__main__":
    main()
