#!/usr/bin/env python3
"""Verify this test set.  Prints `check passed` or the problems found.

    python3 check.py

1. compose.py rebuilds pages/, gold/ and README.md byte for byte;
2. the set's shape (14 pages, 7 per layout, years, front pages and their
   page 2, 4,500-6,500 characters and 7-13 articles a page, file names);
3. gold files in the exact format of /work/shared/gold;
4. every gold string is printed on its page, no spaces between Chinese
   characters in gold paragraphs;
5. the export a perfect segmenter would print scores 1.000 on every figure
   with /work/shared/tools/score.py, coverage 1.000, no problem line;
6. no run of 6 characters holding at least 5 Chinese characters is shared
   with the seeds' gold headlines and paragraphs (generic words blanked).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "gold"

TOP_KEYS = ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]
ART_KEYS = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs"]
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
CJKP = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"

# Generic words blanked before the seed-phrase comparison: institutions,
# places, titles and set phrases any page of the paper uses.
GENERIC = """
湖南日报全媒体评论员 湖南日报评论员 湖南日报全媒体记者 湖南日报记者 全媒体记者 通讯员 湖南日报 新华社
习近平新时代中国特色社会主义思想 习近平总书记 党的二十大精神 党中央 国务院 中共中央
省委常委 省委书记 省委副书记 省委 省政府 省人大常委会 省人大 省政协 副省长 省长 秘书长 常务副
省工信厅 省商务厅 省发展改革委 省农业农村厅 省水利厅 省应急管理厅 省气象局 省文化和旅游厅 省体育局
省科技厅 省教育厅 省卫生健康委 省自然资源厅 省交通运输厅 省住房城乡建设厅 省财政厅 省统计局
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭 衡阳 岳阳 常德 怀化 郴州 永州 益阳 娄底 邵阳 张家界
湘西土家族苗族自治州 湘西 长株潭 洞庭湖 湘江 资江 沅江 澧水 湘南 湘北 湘中 全省各地 全省 我省 全国
各级各部门 各级党委、政府 各级党委 人均可支配收入 农业农村 农产品加工业 研发投入 开局之年 非物质文化遗产 气象部门 基础设施建设 工业和信息化 较常年同期 印发通知 智能算力 轨道交通装备 软件和信息技术服务业 电子信息制造业 农业强省 数字产业 人力资源和社会保障厅 大模型 湖南大数据交易所 工业互联网 十四五 十五五 规模以上 中小航空发动机 负责人说 相关负责人 负责人介绍 负责人表示 高质量发展 三高四新 乡村振兴 同比增长 比上年增长 据了解 据悉 记者从
以旧换新 先进制造业 现代化产业体系 人工智能 数字经济 新质生产力 中非经贸 中部地区 社会主义现代化
出席并讲话 主持召开 召开全体会议 在长沙召开 在长沙举行 在长沙开幕 工作会议 座谈会 新湖南
""".split()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str, least: int = 4) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(least, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def src_meta(path: Path) -> dict:
    meta, on = {}, False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("= "):
            on = line[2:].split()[0] == "page"
            continue
        if on and ":" in line:
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    return meta


def windows(texts, blank):
    """6-character windows with at least 5 Chinese characters, after the
    generic words are blanked (a blank splits the text)."""
    out = set()
    for t in texts:
        t = unicodedata.normalize("NFKC", t)
        t = re.sub(r"\s+", "", t)
        for piece in blank.split(t):
            for i in range(len(piece) - 5):
                w = piece[i:i + 6]
                if len(CJK_RE.findall(w)) >= 5:
                    out.add(w)
    return out


def texts_of(gold: dict):
    for a in gold["articles"]:
        for f in ("column", "kicker", "title", "subtitle"):
            if a[f]:
                yield a[f]
        yield from a["paragraphs"]


def main() -> int:
    problems = []
    P = problems.append

    # 1. rebuild byte for byte
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        for f in ("compose.py", "README.in"):
            shutil.copy(HERE / f, t / f)
        shutil.copytree(HERE / "src", t / "src")
        r = subprocess.run([sys.executable, str(t / "compose.py")], capture_output=True, text=True)
        if r.returncode:
            P("compose.py failed in a fresh copy: " + r.stderr[-500:])
        else:
            for sub in ("pages", "gold"):
                a = sorted(p.name for p in (HERE / sub).iterdir())
                b = sorted(p.name for p in (t / sub).iterdir())
                if a != b:
                    P(f"{sub}/ differs from a fresh build")
                for n in set(a) & set(b):
                    if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                        P(f"{sub}/{n} differs from a fresh build")
            if (HERE / "README.md").read_bytes() != (t / "README.md").read_bytes():
                P("README.md differs from a fresh build")

    # 2. shape
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    srcs = sorted((HERE / "src").glob("p*.txt"))
    if len(pages) != 14 or len(golds) != 14 or len(srcs) != 14:
        P(f"expected 14 pages, gold files and sources, got {len(pages)}, {len(golds)}, {len(srcs)}")
    metas = {int(src_meta(s)["seq"]): src_meta(s) for s in srcs}
    layouts = Counter(m["layout"] for m in metas.values())
    if layouts != Counter({"column": 7, "para": 7}):
        P(f"layouts: {dict(layouts)}")
    years = Counter(m["date"][:4] for m in metas.values())
    if set(years) != {"2016", "2019", "2023", "2026"} or not all(3 <= n <= 4 for n in years.values()):
        P(f"years: {dict(years)}")
    if sorted(metas) != list(range(1, 15)):
        P("sources must number the pages 001-014")
    by_name = {}
    for p in pages:
        text = p.read_text(encoding="utf-8")
        m = re.fullmatch(r"(\d{3})_([0-9a-f]{16})\.txt", p.name)
        if not m or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != m.group(2):
            P(f"{p.name}: name is not NNN_ + sha256[:16]")
        n = len(re.sub(r"\s", "", text))
        if not 4500 <= n <= 6500:
            P(f"{p.name}: {n} characters")
        by_name[p.name] = text

    # 3. gold format, 4. gold printed on the page
    all_gold = {}
    fronts = []
    for g in golds:
        raw_json = g.read_text(encoding="utf-8")
        d = json.loads(raw_json, object_pairs_hook=OrderedDict)
        all_gold[g.name] = d
        if json.dumps(d, ensure_ascii=False, indent=1) + "\n" != raw_json:
            P(f"{g.name}: not indent=1 / ensure_ascii=False")
        if list(d) != TOP_KEYS:
            P(f"{g.name}: keys {list(d)}")
        if d["source"] != g.name[:-5] + ".txt" or d["source"] not in by_name:
            P(f"{g.name}: source {d['source']}")
            continue
        seq = int(g.name[:3])
        meta = metas.get(seq, {})
        if d["issue_date"] != meta.get("date"):
            P(f"{g.name}: issue date")
        if not 7 <= len(d["articles"]) <= 13:
            P(f"{g.name}: {len(d['articles'])} articles")
        raw = by_name[d["source"]]
        hay = squash(raw)
        for a in d["articles"]:
            if list(a) != ART_KEYS:
                P(f"{g.name}: article keys {list(a)}")
            if a["kind"] not in KINDS:
                P(f"{g.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    P(f"{g.name}: subhead not among paragraphs: {sh}")
            strings = [a[f] for f in ART_KEYS if isinstance(a[f], str) and f != "kind"] + a["paragraphs"]
            for s in strings:
                q = squash(s)
                if q and covered(q, hay) != len(q):
                    P(f"{g.name}: gold text not printed on the page: {s[:30]!r}")
            for para in a["paragraphs"]:
                if re.search(f"(?<=[{CJKP}])\\s+(?=[{CJKP}])", para) or para != para.strip():
                    P(f"{g.name}: spaces in a gold paragraph: {para[:30]!r}")
            if not a["paragraphs"]:
                P(f"{g.name}: article without paragraphs")
        for s in d["extras"] + d["duplicates"]:
            q = squash(s)
            if covered(q, hay, 1) != len(q):
                P(f"{g.name}: extra/duplicate not printed: {s[:30]!r}")
        if d["issue_number"] is not None:
            fronts.append(d)
            if not (meta.get("page") == "1" and isinstance(d["page_count"], int)):
                P(f"{g.name}: front page needs page 1 and a page count")
    if len(fronts) != 2:
        P(f"{len(fronts)} front pages")
    for f in fronts:
        down = [a for a in f["articles"] if a["continued"].startswith("下转2版")]
        twos = [d for d in all_gold.values() if d["issue_date"] == f["issue_date"]
                and metas[int(d["source"][:3])]["page"] == "2"]
        ups = [a for d in twos for a in d["articles"]
               if a["kind"] == "continuation" and a["continued"].startswith("上接1版")]
        if not down or not twos or len(ups) < len(down):
            P(f"front page {f['source']}: jumps {len(down)}, page 2 continuations {len(ups)}")

    # 5. the perfect export through the scorer
    export = {"articles": [], "sources": []}
    for d in all_gold.values():
        for a in d["articles"]:
            e = OrderedDict(source=d["source"], issue_date=d["issue_date"])
            e.update((k, a[k]) for k in ART_KEYS)
            e["title_derived"] = False
            export["articles"].append(e)
        export["sources"].append({"source": d["source"], "issue_date": d["issue_date"],
                                  "extras": d["extras"] + d["duplicates"]})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export, fh, ensure_ascii=False)
        exp = fh.name
    r = subprocess.run([sys.executable, str(SCORER), exp, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    Path(exp).unlink()
    print(r.stdout, end="")
    figs = {}
    for line in r.stdout.splitlines():
        if line.startswith(("---", "    ")):
            P("scorer problem line: " + line.strip())
        m = re.match(r"(\w+)\s+(\S+)$", line)
        if m:
            figs[m.group(1)] = m.group(2)
    for k in ("seg_precision", "seg_recall", "seg_f1", "headline_acc", "title_acc", "untitled_ok",
              "byline_acc", "dateline_acc", "kind_acc", "paragraph_f1", "issue_date_acc", "coverage"):
        if figs.get(k) != "1.000" and not (k == "untitled_ok" and figs.get(k) == "None"):
            P(f"scorer figure {k} = {figs.get(k)}")
    if figs.get("cjk_space_left") != "0":
        P(f"cjk_space_left = {figs.get('cjk_space_left')}")
    if r.returncode:
        P("scorer failed: " + r.stderr[-300:])

    # 6. seed phrases
    blank = re.compile("|".join(sorted(map(re.escape, GENERIC), key=len, reverse=True)))
    seed_texts = []
    for g in sorted(SEED_GOLD.glob("*.json")):
        seed_texts += list(texts_of(json.loads(g.read_text(encoding="utf-8"))))
    seed_w = windows(seed_texts, blank)
    for name, d in sorted(all_gold.items()):
        shared = windows(texts_of(d), blank) & seed_w
        for w in sorted(shared):
            P(f"{name}: shares {w!r} with the seeds")

    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"check failed ({len(problems)} problems)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
