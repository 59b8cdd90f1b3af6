#!/usr/bin/env python3
"""Verify this test set; print `check passed` or the first failures.

    python3 compose.py && python3 check.py

1. the files on disk are exactly what compose.py builds (byte for byte);
2. the set's shape: 14 pages, 7 per extraction layout, years 2015-2020 with 2-3
   pages a year, two front pages (masthead, issue number, page count) each with
   its page 2 in the set (下转2版 / 上接1版), 4,500-6,500 characters and 7-13
   articles a page, file names NNN_<sha256[:16]>, gold in the seeds' format;
3. no run of 6 characters holding at least 5 Chinese characters is shared with
   the seeds' gold headlines and paragraphs (after blanking generic words);
4. the export a perfect segmenter would print scores 1.000 on every figure with
   coverage 1.000 and no problem line.
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
SHARED = Path("/work/shared")
sys.path.insert(0, str(HERE))
import compose  # noqa: E402

KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
AKEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
         "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

# Generic words blanked before the seed-phrase comparison: institution names,
# place names and set phrases any Hunan Daily page uses.
GENERIC = sorted("""
湖南日报 全媒体记者 全媒体评论员 通讯员 新华社 习近平新时代中国特色社会主义思想
习近平总书记 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 副省长
省长 省委副书记 秘书长 相关负责人 有关负责人 主要负责人 负责人 高质量发展 社会主义现代化 新能源汽车 基础设施建设 党委、政府 科技型中小企业 各级各部门 决策部署 特殊群体 通知，要求 通知,要求 政府工作报告 形式主义、官僚主义 思想和行动统一到 生态环境保护 电子信息 生物医药 建言献策 解决实际问题 广大党员干部 中小航空发动机 全国前列 产业链 关键核心技术 相辅相成 体系建设 进一步 数字化转型 龙头企业 党纪政务处分 非遗代表性 技工贸总收入 综保区 外商投资企业 产业集群 规模以上 智能化
中央八项规定精神 全面从严治党 党风廉政建设 乡村振兴 脱贫攻坚 精准扶贫 新时代 同比增长
比上年增长 个百分点 亿元 万元 规模以上工业 规模工业增加值 先进制造业 工程机械 轨道交通
湘西土家族苗族自治州 长株潭 湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 常德市 郴州市 怀化市
永州市 邵阳市 娄底市 益阳市 张家界市 长沙 株洲 湘潭 衡阳 岳阳 常德 郴州 怀化 永州 邵阳 娄底
益阳 张家界 湘西 湘江 湖南 全省 我省 在长沙召开 在长沙举行 出席并讲话 会议强调 会议指出
会议要求 近年来 今年以来 据了解 据介绍 记者从 日前 今天 日讯 日电 记者 摄 人民群众
""".split(), key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def fail(msg: str):
    print("FAIL:", msg)
    sys.exit(1)


def blank(s: str) -> str:
    for w in GENERIC:
        s = s.replace(w, "#" * len(w))
    return s


def windows(s: str):
    s = blank(unicodedata.normalize("NFKC", re.sub(r"\s+", "", s)))
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


def seed_windows() -> set[str]:
    out = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                out.update(windows(t))
    return out


def check_files(results):
    want = {}
    for name, text, gjson, pg in results:
        want[f"pages/{name}.txt"] = text.encode("utf-8")
        want[f"gold/{name}.json"] = gjson.encode("utf-8")
    want["README.md"] = compose.readme(results).encode("utf-8")
    have = {str(p.relative_to(HERE)) for d in ("pages", "gold") for p in (HERE / d).iterdir()}
    extra = have - set(want) - {"README.md"}
    if extra:
        fail(f"files not built by compose.py: {sorted(extra)}")
    for rel, data in want.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            fail(f"{rel} differs from what compose.py builds (run python3 compose.py)")


def check_shape(results):
    if len(results) != 14:
        fail(f"{len(results)} pages, want 14")
    lay = Counter(pg.page["layout"] for *_, pg in results)
    if lay != Counter({"column": 7, "para": 7}):
        fail(f"layouts {dict(lay)}")
    years = Counter(pg.page["date"][:4] for *_, pg in results)
    if set(years) != {str(y) for y in range(2015, 2021)} or not all(2 <= v <= 3 for v in years.values()):
        fail(f"years {dict(years)}")
    fronts = []
    for name, text, gjson, pg in results:
        g = json.loads(gjson)
        if list(g) != KEYS:
            fail(f"{name}: gold keys {list(g)}")
        if json.dumps(g, ensure_ascii=False, indent=1) + "\n" != gjson:
            fail(f"{name}: gold not in the seeds' JSON layout")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        if name[4:] != h or g["source"] != name + ".txt":
            fail(f"{name}: name does not carry the page hash")
        n = compose.cjk_len(text)
        if not 4500 <= n <= 6500:
            fail(f"{name}: {n} characters")
        if not 7 <= len(g["articles"]) <= 13:
            fail(f"{name}: {len(g['articles'])} articles")
        year = int(g["issue_date"][:4])
        for a in g["articles"]:
            if list(a) != AKEYS or a["kind"] not in KINDS:
                fail(f"{name}: article keys/kind {list(a)} {a['kind']}")
            if not a["paragraphs"]:
                fail(f"{name}: article without paragraphs")
            for sh in a["subheads"]:
                if re.sub(r"\s+", "", sh) not in a["paragraphs"]:
                    fail(f"{name}: subhead {sh} not among the paragraphs")
            who = a["byline"] + a["dateline"]
            if year < 2019 and "全媒体" in who:
                fail(f"{name}: 全媒体 byline before 2019: {who}")
            if year >= 2019 and "湖南日报" in who and re.search(r"(?<!全媒体)记者", who):
                fail(f"{name}: plain 记者 byline in {year}: {who}")
        if pg.page["page"] == "1":
            if not (g["issue_number"] and g["page_count"] and g["extras"]):
                fail(f"{name}: front page without masthead/issue number/page count")
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail(f"{name}: front page jumps nowhere")
            fronts.append(g)
    if len(fronts) != 2:
        fail(f"{len(fronts)} front pages, want 2")
    for f in fronts:
        twos = [json.loads(gj) for name, t, gj, pg in results
                if pg.page["page"] == "2" and pg.page["date"] == f["issue_date"]]
        if len(twos) != 1 or not any(a["continued"].startswith("上接1版") for a in twos[0]["articles"]):
            fail(f"front page {f['source']}: its page 2 with 上接1版 is missing")


def check_seed_phrases(results):
    seeds = seed_windows()
    bad = []
    for name, text, gjson, pg in results:
        g = json.loads(gjson)
        texts = list(g["extras"])
        for a in g["articles"]:
            texts += [a["column"], a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
        for t in texts:
            for w in windows(t):
                if w in seeds:
                    bad.append((name[:3], w, t[:30]))
    if bad:
        for b in bad[:40]:
            print("  seed phrase:", b)
        fail(f"{len(bad)} runs shared with the seeds")


def perfect_export(results) -> dict:
    arts, srcs = [], []
    for name, text, gjson, pg in results:
        g = json.loads(gjson)
        for a in g["articles"]:
            b = {"source": g["source"], "issue_date": g["issue_date"]}
            b.update({k: a[k] for k in AKEYS if k != "subheads"})
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": srcs}


def check_score(results):
    with tempfile.TemporaryDirectory() as tmp:
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps(perfect_export(results), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp),
                            str(HERE / "gold"), "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0:
        fail("score.py failed:\n" + out + r.stderr)
    figures = {}
    for line in out.splitlines():
        if line.startswith(("---", "    ")):
            fail("score.py lists a problem:\n" + out)
        m = re.match(r"^(\w+)\s+(\S+)$", line)
        if m:
            figures[m.group(1)] = m.group(2)
    for k, v in figures.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != "0":
                fail(f"cjk_space_left {v}")
            continue
        if v != "1.000":
            fail(f"{k} = {v}\n{out}")
    if figures.get("coverage") != "1.000":
        fail("coverage not measured as 1.000")
    return out


def check_lost(results):
    """Characters the perfect export cannot cover: only jump-marker glyphs."""
    sys.path.insert(0, str(SHARED / "tools"))
    import score
    exp = perfect_export(results)
    lost_all = []
    for name, text, gjson, pg in results:
        src = name + ".txt"
        strings = score.strings_in([a for a in exp["articles"] if a["source"] == src])
        strings += score.strings_in([s for s in exp["sources"] if s["source"] == src])
        hay = "\0".join(score.squash(s) for s in strings)
        for line in text.splitlines():
            s = score.squash(line)
            if score.covered(s, hay) < len(s):
                lost_all.append((name[:3], line.strip()))
    for n, line in lost_all:
        if not re.match(r"^[▷▶▲◀△ ]+[（(](上接|下转|紧接)", line):
            fail(f"{n}: a raw line the perfect export does not cover: {line!r}")
    return len(lost_all)


def main():
    results = compose.all_pages()
    check_files(results)
    check_shape(results)
    check_seed_phrases(results)
    lost = check_lost(results)
    out = check_score(results)
    print(out.strip())
    print(f"(jump-marker lines with uncovered glyphs: {lost})")
    print("check passed")


if __name__ == "__main__":
    main()
