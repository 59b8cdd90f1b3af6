#!/usr/bin/env python3
"""Verify the set: perfect export scores 1.000 everywhere, shape, seed-phrase rule."""
import glob, hashlib, json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
fail = []

# generic words blanked before the seed-phrase comparison: institutions, places, set phrases
GENERIC = """湖南日报 全媒体记者 通讯员 评论员 相关负责人 负责人介绍 有关负责人 新华社 湖南省 省委书记 省委副书记 省长
省委常委 副省长 秘书长 省人大常委会 省政协 副主席 省政府 省委 党中央 国务院 习近平总书记 习近平 新时代中国特色社会主义思想
工业和信息化 新型工业化 现代化产业体系 西部陆海新通道 我省 今年 获悉 进一步 深度融合 重要抓手 负责人表示 党的二十大精神 党的建设 高质量发展 现代化新湖南 三高四新 长株潭 湘西土家族苗族自治州 张家界 常德 怀化 衡阳 株洲
湘潭 岳阳 郴州 永州 邵阳 益阳 娄底 长沙 湘江 洞庭湖 同比增长 比上年增长 今年以来 近年来 据了解 据悉 会议强调 会议指出
会议要求 出席并讲话 召开 在长沙召开 在长沙举行 乡村振兴 先进制造业 规模以上工业 工业增加值 中央八项规定精神 形式主义
官僚主义 为基层减负 产业链 供应链 数字经济 人工智能 新能源汽车 工程机械 省工信厅 省商务厅 省发展改革委 省农业农村厅
省文化和旅游厅 省卫生健康委 省教育厅 国家级 省级 专精特新 小巨人 全省各级 各市州 市州 县市区 湘南湘西承接产业转移示范区
非物质文化遗产 非遗 有限公司 中非经贸 进出口总值 社会消费品零售总额 以旧换新 营商环境 招商引资 基础设施 生态环境 主题教育""".split()
GENERIC.sort(key=len, reverse=True)
CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s):
    s = re.sub(r"\s+", "", s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def windows(s):
    for i in range(len(s) - 5):
        w = s[i:i + 6]
        if len(CJK.findall(w)) >= 5:
            yield w


seed = set()
for f in glob.glob(str(SHARED / "gold" / "*.json")):
    d = json.load(open(f, encoding="utf-8"))
    for a in d["articles"]:
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed.update(windows(blank(t)))

golds = sorted((HERE / "gold").glob("*.json"))
pages = sorted((HERE / "pages").glob("*.txt"))
if len(golds) != 14 or len(pages) != 14:
    fail.append(f"expected 14 pages and 14 gold files, got {len(pages)} / {len(golds)}")

arts, srcs = [], []
layouts, years, fronts = {}, {}, 0
for gf in golds:
    g = json.loads(gf.read_text(encoding="utf-8"))
    name = g["source"]
    page = HERE / "pages" / name
    text = page.read_text(encoding="utf-8")
    if name != gf.stem + ".txt":
        fail.append(f"{gf.name}: source {name} does not match")
    if name[4:20] != hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]:
        fail.append(f"{name}: name is not the hash of the text")
    if list(g) != ["source", "issue_date", "issue_number", "page_count", "articles", "extras", "duplicates"]:
        fail.append(f"{name}: key order")
    n = len(re.sub(r"\s", "", text))
    if not 4500 <= n <= 6500:
        fail.append(f"{name}: {n} characters")
    if not 7 <= len(g["articles"]) <= 13:
        fail.append(f"{name}: {len(g['articles'])} articles")
    y = g["issue_date"][:4]
    years[y] = years.get(y, 0) + 1
    lay = "column" if re.match(r" \S", text) else "paragraph"
    layouts[lay] = layouts.get(lay, 0) + 1
    if g["issue_number"]:
        fronts += 1
    for a in g["articles"]:
        if list(a) != ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                       "continued", "subheads", "paragraphs"]:
            fail.append(f"{name}: article key order")
        b = dict(a, source=name, issue_date=g["issue_date"], title_derived=False)
        arts.append(b)
        for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for w in windows(blank(t)):
                if w in seed:
                    fail.append(f"{name}: shares {w!r} with the seeds ({t[:20]}…)")
    srcs.append({"source": name, "issue_date": g["issue_date"], "extras": g["extras"] + g["duplicates"]})

if years != {"2016": 3, "2019": 4, "2021": 3, "2024": 4}:
    fail.append(f"years {years}")
if layouts != {"column": 7, "paragraph": 7}:
    fail.append(f"layouts {layouts}")
if fronts != 2:
    fail.append(f"{fronts} front pages")
conts = [a["continued"] for a in arts if a["continued"]]
if sum(c.startswith("下转2版") for c in conts) < 2 or sum(c.startswith("上接1版") for c in conts) < 2:
    fail.append(f"jumps {conts}")

exp = HERE / "export.json"
exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False, indent=1), encoding="utf-8")
r = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(exp), str(HERE / "gold"),
                    "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
exp.unlink()
print(r.stdout, end="")
for line in r.stdout.splitlines():
    parts = line.split()
    if line.startswith(("---", "    ")):
        fail.append("scorer problem: " + line.strip())
    elif len(parts) == 2 and "=" not in line and parts[0] not in ("articles_gold", "articles_pred", "cjk_space_left"):
        if parts[1] != "1.000":
            fail.append(f"{parts[0]} = {parts[1]}")
    elif parts and parts[0] == "cjk_space_left" and parts[1] != "0":
        fail.append("cjk spaces left")
for f in fail:
    print("FAIL", f)
if fail:
    sys.exit(1)
print("check passed")
