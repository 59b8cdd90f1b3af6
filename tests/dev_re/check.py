#!/usr/bin/env python3
"""Verify the dev_re set: perfect export scores 1.000 everywhere, shape, seed-phrase rule."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
CJK = re.compile(r"[\u3400-\u9fff]")
# generic words blanked before the seed-phrase comparison (institutions, places, set phrases)
GENERIC = sorted("""湖南日报 全媒体记者 通讯员 相关负责人 有关负责人 负责人介绍 负责人表示
习近平新时代中国特色社会主义思想 习近平总书记 党中央 高质量发展 新时代 现代化 以来
湖南省 长沙市 株洲市 湘潭市 衡阳市 岳阳市 永州市 怀化市 郴州市 常德市 长沙 株洲 湘潭 衡阳
省委 省政府 省人大常委会 省政协 省发展改革委 省工信厅 省商务厅 省农业农村厅 省民政厅
省交通运输厅 省文化和旅游厅 省卫生健康委 省教育厅 长沙海关 省委书记 省长 副省长
同比增长 比上年增长 今年以来 近年来 据了解 据介绍 记者从 获悉 亿元 万元 百分点
深入学习贯彻 贯彻落实 党的二十大精神 全省各级 各级各部门 决策部署 乡村振兴
全国 全省 我省 我国 中国 国家级 省级 以上 工作会议 座谈会 召开 举行
非物质文化遗产 长株潭 城际铁路 出席并讲话 国家和地区 同比分别增长
有限公司 规模工业增加值 制造业增加值 增加值增长 产业项目建设
服务体系 监督管理 三年行动计划 人力资源 有条件的地方 专项整治
湘西土家族苗族自治州 通道侗族自治县 靖州苗族侗族自治县
数字经济 公共服务 主体责任 核心竞争力 工业互联网 软件和信息技术服务业 工业和信息化 突出问题 基础设施建设 进出口总值""".split(), key=len, reverse=True)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if "□" not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out


def texts(a):
    return [a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")] + list(a.get("paragraphs") or [])


def main():
    pages = sorted((HERE / "pages").glob("*.txt"))
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(pages) != 14 or len(golds) != 14:
        fail(f"need 14 pages and 14 gold files, have {len(pages)} and {len(golds)}")
    layouts = {"column": 0, "paragraph": 0}
    years = {}
    fronts = []
    export = {"articles": [], "sources": []}
    seen_nos = []
    for p, g in zip(pages, golds):
        text = p.read_text(encoding="utf-8")
        import hashlib
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        no = p.name[:3]
        seen_nos.append(no)
        if p.name != f"{no}_{h}.txt" or g.name != f"{no}_{h}.json":
            fail(f"{p.name}: file name does not match the SHA-256 of the text")
        gold = json.loads(g.read_text(encoding="utf-8"))
        if json.dumps(gold, ensure_ascii=False, indent=1) + "\n" != g.read_text(encoding="utf-8"):
            fail(f"{g.name}: not in the seeds' JSON layout")
        if list(gold) != ["source", "issue_date", "issue_number", "page_count", "articles",
                          "extras", "duplicates"]:
            fail(f"{g.name}: key order")
        for a in gold["articles"]:
            if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                           "continued", "subheads", "paragraphs"]:
                fail(f"{g.name}: article key order")
            if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
                fail(f"{g.name}: kind {a['kind']}")
            for sh in a["subheads"]:
                if sh not in a["paragraphs"]:
                    fail(f"{g.name}: subhead not in paragraphs")
        sys.path.insert(0, str(SCORE.parent))
        from score import covered
        flat = squash(text)
        for a in gold["articles"]:
            for f in ["column", "kicker", "title", "subtitle", "byline", "dateline", "continued"] + a["paragraphs"]:
                t = squash(a.get(f, f) if f in a else f)
                if t and covered(t, flat) != len(t):
                    fail(f"{p.name}: gold text not on the page: {t[:30]}")
        n = len(gold["articles"])
        chars = len(re.sub(r"\s+", "", text))
        if not 7 <= n <= 13:
            fail(f"{p.name}: {n} articles")
        if not 4500 <= chars <= 6500:
            fail(f"{p.name}: {chars} characters")
        lay = re.search(r"^layout: (\w+)", (HERE / "src" / f"p{no[1:]}.txt").read_text(encoding="utf-8"), re.M).group(1)
        layouts[lay] += 1
        y = gold["issue_date"][:4]
        years[y] = years.get(y, 0) + 1
        if gold["issue_number"] is not None:
            fronts.append((gold["issue_date"], gold["page_count"]))
        for a in gold["articles"]:
            e = dict(a)
            e.update(source=gold["source"], issue_date=gold["issue_date"], title_derived=False)
            export["articles"].append(e)
        export["sources"].append({"source": gold["source"], "issue_date": gold["issue_date"],
                                  "extras": gold["extras"] + gold["duplicates"]})
    if seen_nos != [f"{i:03d}" for i in range(1, 15)]:
        fail(f"page numbers {seen_nos}")
    if layouts != {"column": 7, "paragraph": 7}:
        fail(f"layouts {layouts}")
    if sorted(years) != ["2015", "2019", "2022", "2025"] or not all(3 <= v <= 4 for v in years.values()):
        fail(f"years {years}")
    if sorted(d[:4] for d, _ in fronts) != ["2019", "2025"]:
        fail(f"front pages {fronts}")
    # each front page jumps to its page 2 in the set
    for d, _ in fronts:
        same = [json.loads(g.read_text(encoding="utf-8")) for g in golds]
        same = [x for x in same if x["issue_date"] == d]
        down = [a for x in same for a in x["articles"] if a["continued"].startswith("下转2版")]
        up = [a for x in same for a in x["articles"] if a["continued"].startswith("上接1版")]
        if not down or not up:
            fail(f"front page {d}: no 下转2版 / 上接1版 pair")
    # score the perfect export
    with tempfile.TemporaryDirectory() as td:
        ep = Path(td) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(ep), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"],
                           capture_output=True, text=True)
    out = r.stdout
    if r.returncode or r.stderr.strip():
        fail("scorer error\n" + out + r.stderr)
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail("scorer problem line: " + line)
        m = re.match(r"(\w+)\s+([0-9.]+)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail(f"{m.group(1)} = {m.group(2)}\n{out}")
        if line.startswith("cjk_space_left") and line.split()[1] != "0":
            fail("cjk_space_left " + line)
        if line.startswith("coverage") and line.split()[1] != "1.000":
            fail("coverage " + line)
    if "coverage" not in out:
        fail("no coverage figure")
    # seed-phrase rule
    seed = set()
    for sg in sorted((SHARED / "gold").glob("*.json")):
        for a in json.loads(sg.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                seed |= grams(blank(t))
    hits = []
    for g in golds:
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            for t in texts(a):
                for gr in sorted(grams(blank(t)) & seed):
                    hits.append((g.name[:3], gr))
    if hits:
        fail("phrases shared with the seeds: " + ", ".join(f"{n}:{x}" for n, x in hits))
    print(out.strip())
    print("check passed")


if __name__ == "__main__":
    main()
