#!/usr/bin/env python3
"""Verify the set: rebuilt byte for byte, shape, seed-phrase rule, perfect score.

    python3 check.py        prints `check passed` or the failures
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

import compose

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORER = SHARED / "tools" / "score.py"

YEARS = {"2016": (3, 4), "2019": (3, 4), "2022": (3, 4), "2026": (3, 4)}
FRONT_YEARS = {"2016", "2022"}

# generic words blanked before the seed-phrase comparison: institution and place
# names, titles of office and set phrases every report of the paper uses
GENERIC = sorted("""
湖南日报 全媒体记者 通讯员 记者 新华社 评论员 相关负责人 负责人 有关负责人 主要负责人
中共中央 党中央 国务院 省委 省政府 省人大常委会 省政协 省委常委 省委书记 省委副书记 副省长 省长
秘书长 省委秘书长 省委宣传部 省工信厅 省商务厅 省应急管理厅 省农业农村厅 省交通运输厅 省教育厅
省卫生健康委 省发展改革委 省财政厅 省气象局 省自然资源厅 省水利厅 省文化和旅游厅 省科技厅
市委书记 县委书记 党委书记 副书记 主任 副主任 董事长 总经理
习近平总书记 习近平 新时代中国特色社会主义思想 党的二十大 党的十九大 中央八项规定精神
高质量发展 乡村振兴 全面建设社会主义现代化新湖南 社会主义现代化 三高四新 美好蓝图 战略定位和使命任务
湖南省 湖南 长沙市 长沙 株洲市 株洲 湘潭市 湘潭 衡阳市 衡阳 邵阳市 邵阳 岳阳市 岳阳 常德市 常德
张家界市 张家界 益阳市 益阳 郴州市 郴州 永州市 永州 怀化市 怀化 娄底市 娄底 湘西土家族苗族自治州 湘西州 湘西
长株潭 洞庭湖 湘江 岳麓山 南岳
三一重工 中联重科 三一集团 铁建重工 中车株机 中车株洲电力机车有限公司 山河智能
规模以上工业增加值 规模以上工业 规模以上 同比增长 同比下降 个百分点 百分点 工程机械 轨道交通 先进制造业
智能制造 新能源汽车 产业链 供应链 新一代 工业互联网 数字经济
应急管理 安全生产 隐患排查 安全隐患 防汛 地质灾害
党员干部 各级各部门 各级党委 全省各地 各市州 市州 县市区 全省上下 进一步 以习近平同志为核心的
农村居民人均可支配收入 人均可支配收入 专业合作社 合作社 驻村第一书记 第一书记 脱贫攻坚 建档立卡 贫困户 贫困村
中国式现代化 新质生产力 湖南图片库 以上图片均由 摄影报道
会议指出 会议强调 会议要求 会议提出 同比分别增长 基础设施建设 应急处置能力 农产品加工业 出席并讲话
常年同期 历史同期 国家和地区 自主研发 清醒看到 近年来 成员单位 密切关注 培育一批 据了解 据介绍
道路交通安全 雨雪冰冻天气 一氧化碳中毒 重大危险源 重点行业领域 农村人居环境 的一个缩影
工业经济 规模性返贫 专精特新 小巨人 省工业和信息化厅 工业和信息化 重要组成部分 位居全国前列
年度目标任务 有力有效 梯度培育 安全防范 省人力资源和社会保障厅 人力资源和社会保障
核心竞争力 高端化 智能化 绿色化 有力支撑 中小航空发动机 工作领导小组 领导小组 专项整治 数字化转型
""".split(), key=len, reverse=True)

CJK = re.compile(r"[\u4e00-\u9fff]")


def blank(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for w in GENERIC:
        s = s.replace(w, "\x00")
    return s


def grams(s: str) -> set[str]:
    s = blank(s)
    return {s[i:i + 6] for i in range(len(s) - 5)
            if "\x00" not in s[i:i + 6] and len(CJK.findall(s[i:i + 6])) >= 5}


def texts(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]
    return [t for t in out if t]


def main() -> int:
    fail: list[str] = []
    recs = compose.build()

    # 1. the files on disk are exactly what compose.py makes
    want = {f"{r['name']}.txt": r["text"] for r in recs}
    have = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "pages").glob("*")}
    if want != have:
        fail.append("pages/ differ from a fresh composition (run compose.py)")
    wantg = {f"{r['name']}.json": compose.gold_json(r["gold"]) for r in recs}
    haveg = {p.name: p.read_text(encoding="utf-8") for p in (HERE / "gold").glob("*")}
    if wantg != haveg:
        fail.append("gold/ differs from a fresh composition")
    if (HERE / "README.md").read_text(encoding="utf-8") != compose.readme(recs):
        fail.append("README.md differs from a fresh composition")

    # 2. shape
    seed_gold = json.loads(next((SHARED / "gold").glob("000_*.json")).read_text(encoding="utf-8"))
    top_keys = list(seed_gold)
    art_keys = list(seed_gold["articles"][0])
    if len(recs) != 14:
        fail.append(f"{len(recs)} pages, want 14")
    lay = Counter(r["src"].meta["layout"] for r in recs)
    if lay != Counter({"column": 7, "paragraph": 7}):
        fail.append(f"layouts {dict(lay)}, want 7 + 7")
    years = Counter(r["gold"]["issue_date"][:4] for r in recs)
    for y, (lo, hi) in YEARS.items():
        if not lo <= years[y] <= hi:
            fail.append(f"{years[y]} pages of {y}, want {lo}-{hi}")
    if set(years) - set(YEARS):
        fail.append(f"unexpected years {set(years) - set(YEARS)}")
    fronts = [r for r in recs if r["gold"]["issue_number"]]
    if sorted(r["gold"]["issue_date"][:4] for r in fronts) != sorted(FRONT_YEARS):
        fail.append("want one front page in each of " + ", ".join(sorted(FRONT_YEARS)))
    for r in recs:
        g, name = r["gold"], r["name"]
        n = len(g["articles"])
        c = compose.chars(r["text"])
        if not 7 <= n <= 13:
            fail.append(f"{name}: {n} articles")
        if not 4500 <= c <= 6500:
            fail.append(f"{name}: {c} characters")
        digest = compose.hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:16]
        if not re.fullmatch(r"\d{3}_" + digest, name) or g["source"] != name + ".txt":
            fail.append(f"{name}: name is not NNN_ + sha256[:16]")
        if list(g) != top_keys or any(list(a) != art_keys for a in g["articles"]):
            fail.append(f"{name}: gold keys differ from the seeds' gold")
        if g["issue_number"]:
            if not isinstance(g["page_count"], int):
                fail.append(f"{name}: front page without page count")
            if r["src"].meta["page"] != "1":
                fail.append(f"{name}: issue number on a page other than 1")
            if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
                fail.append(f"{name}: front page without a jump to page 2")
            twos = [x for x in recs if x["gold"]["issue_date"] == g["issue_date"]
                    and x["src"].meta["page"] == "2"]
            if not twos or not any(a["continued"].startswith("上接1版") for a in twos[0]["gold"]["articles"]):
                fail.append(f"{name}: no page 2 of {g['issue_date']} continuing it")
        for a in g["articles"]:
            for p in a["paragraphs"]:
                if re.search(r"\s", p):
                    fail.append(f"{name}: whitespace in a paragraph {p[:20]!r}")
            for s in a["subheads"]:
                if compose.nows(s) not in a["paragraphs"]:
                    fail.append(f"{name}: subhead not among paragraphs {s!r}")
        if r["text"].count(compose.BRK) or r["text"].count("\x01"):
            fail.append(f"{name}: layout marker left in the page text")

    # 3. nothing taken from the seeds
    seed = set()
    for f in sorted((SHARED / "gold").glob("*.json")):
        seed |= set().union(*(grams(t) for t in texts(json.loads(f.read_text(encoding="utf-8")))))
    for r in recs:
        for t in texts(r["gold"]):
            shared = grams(t) & seed
            if shared:
                fail.append(f"{r['name']}: shares {sorted(shared)[:3]} with the seeds in {t[:16]!r}")

    # 4. a perfect segmenter scores 1.000 everywhere
    export = {"articles": [], "sources": []}
    for r in recs:
        g = r["gold"]
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle")})
            e["title_derived"] = False
            e.update({k: a[k] for k in ("byline", "dateline", "continued", "paragraphs")})
            export["articles"].append(e)
        export["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                                  "extras": g["extras"] + g["duplicates"]})
    with tempfile.TemporaryDirectory() as tmp:
        ep = Path(tmp) / "export.json"
        ep.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(ep), str(HERE / "gold"),
                              "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    out = res.stdout
    print(out, end="")
    for line in out.splitlines():
        if line.startswith("---") or line.startswith("    "):
            fail.append(f"scorer problem line: {line.strip()}")
        m = re.match(r"(\w+)\s+([\d.]+|None)$", line)
        if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
            if m.group(2) != "1.000":
                fail.append(f"scorer {m.group(1)} = {m.group(2)}")
        if m and m.group(1) == "cjk_space_left" and m.group(2) != "0":
            fail.append(f"cjk_space_left = {m.group(2)}")
    if res.returncode:
        fail.append(f"scorer exited {res.returncode}")

    if fail:
        for f in fail:
            print("FAIL", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
