#!/usr/bin/env python3
"""Check the dev_q set: a perfect segmenter's export, built from the gold,
must score 1.000 everywhere on the raw pages; and the gold must not copy the
seeds (no 6-character run of the seeds' gold headlines/paragraphs, apart from
a short list of generic words).

    python3 check.py        # prints `check passed` or the failures
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
EXPORT = HERE / "export_perfect.json"

# generic words and institution names the seeds and this set may share
GENERIC = [
    "湖南日报全媒体评论员", "湖南日报全媒体记者", "湖南日报", "全媒体记者", "通讯员", "同比增长",
    "规模以上", "规模工业", "工业增加值", "百分点", "高质量发展", "有关负责人", "负责人表示",
    "负责人介绍", "省人大常委会", "省人民政府", "省政协", "省委书记", "省委常委", "副省长",
    "省发展和改革委员会", "省工业和信息化厅", "省商务厅", "省人力资源和社会保障厅", "长沙海关",
    "省农业农村厅", "省民政厅", "省教育厅", "省统计局", "省委宣传部", "省委组织部", "省应急管理厅",
    "省生态环境厅", "省文化和旅游厅", "省卫生健康委", "省医疗保障局", "湘西土家族苗族自治州",
    "长株潭", "在长沙召开", "在长沙举行", "记者今天从", "今天召开的", "月讯", "日讯",
    "新能源汽车", "先进制造业", "工程机械", "轨道交通", "中小航空发动机", "智赋万企",
    "以旧换新", "一带一路", "全省各级", "进出口总值", "中欧班列", "省级以上", "国家级",
    "专精特新", "小巨人", "三高四新", "战略定位", "使命任务", "放管服", "一件事一次办",
    "营商环境", "稳中有进", "脱贫攻坚", "乡村振兴", "高标准农田", "双季稻", "粮食安全",
    "人工智能", "工业互联网", "数字经济", "先进计算", "湘江新区", "湘南湘西", "现代服务业",
    "十四五", "十五五", "发展改革委", "党中央", "国务院", "新时代", "中国式现代化",
    "一季度", "上半年", "下半年", "1至2月", "1至4月", "1至5月", "1至8月", "1至10月",
    "同比分别增长", "分别增长", "亿元", "万人次", "社会消费品零售总额", "固定资产投资",
    "实现了", "进一步", "推动", "加快", "全省", "我省", "湖南省", "长沙市", "株洲市", "湘潭市",
    "衡阳市", "岳阳市", "常德市", "郴州市", "怀化市", "邵阳市", "娄底市", "益阳市", "永州市",
    "张家界市", "湘西州", "洞庭湖", "湘江", "长沙县", "浏阳市", "醴陵市", "韶山市",
    # policy vocabulary and set phrases of the paper (not distinctive of any story)
    "工业和信息化", "三年行动计划", "提供有力支撑", "提供了有力支撑", "服务体系建设", "湘商回归",
    "基础设施建设", "国家和地区", "位居全国前列", "居全国前列", "部署下一阶段", "制造业增加值",
    "新型基础设施", "重要组成部分", "种业创新", "现代化产业体系", "关键核心技术", "工作会议",
    "产业特色鲜明", "技工贸总收入", "工业经济", "产业项目建设", "微信公众号", "内陆地区",
    "改革开放高地", "人居环境", "公共服务平台", "年度目标任务", "全面从严治党", "研究部署",
    "增加值增长", "开放平台", "国内领先", "稳外贸稳外资", "重大工程", "解决实际问题",
    "行政事业单位", "现场签约", "先进储能材料", "中非经贸博览会", "示范引领作用",
    "产业链上下游", "企业和群众", "隐患排查整治", "走在全国前列", "增速高于全国",
    "外商投资企业", "中心负责人", "工作领导小组", "守正创新", "非物质文化遗产", "公共文化服务",
    "科技创新高地", "科技创新", "高新技术企业", "体制机制改革", "较去年同期", "中西部",
    "劳动密集型产品", "湘粤非铁海联运", "田间地头", "国家重要先进制造业高地", "新兴产业",
    "出口增长", "产业发展", "特色产业集群", "生态环境保护", "西部陆海新通道", "怀化国际陆港",
    "充电基础设施", "能源管理平台", "专项整治", "核心竞争力", "经营主体", "产业集群",
]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build_export() -> None:
    arts, srcs = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {k: v for k, v in a.items() if k != "subheads"}
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    EXPORT.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False, indent=1),
                      encoding="utf-8")


def run_scorer() -> list[str]:
    fails = []
    base = [sys.executable, str(SCORE), str(EXPORT), str(HERE / "gold"), "--pages", str(HERE / "pages")]
    out = subprocess.run(base + ["-v"], capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        fails.append("scorer exited with %d: %s" % (out.returncode, out.stderr[-500:]))
    problems = [ln for ln in out.stdout.splitlines() if ln.startswith("---") or ln.startswith("    ")]
    if problems:
        fails.append(f"{len(problems)} problem line(s) reported by the scorer")
    js = subprocess.run(base + ["--json"], capture_output=True, text=True)
    text = js.stdout[: js.stdout.rindex("}") + 1]
    figs = json.loads(text[text.index("{"):])
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                fails.append(f"cjk_space_left = {v}")
        elif v is None or round(v, 3) != 1.0:
            fails.append(f"{k} = {v}")
    print(f"coverage (unrounded) {figs['coverage']:.6f}  "
          f"(jump-marker glyphs ▷ ▲ and brackets are left outside every field, as in the seeds)")
    if figs["articles_gold"] != figs["articles_pred"]:
        fails.append("article counts differ")
    return fails


def gold_on_page() -> list[str]:
    """Every gold string must be printed on its page (pieces of 4+ characters,
    since a rejoined paragraph is printed in two places)."""
    sys.path.insert(0, str(SCORE.parent))
    from score import covered
    bad = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        page = squash((HERE / "pages" / g["source"]).read_text(encoding="utf-8"))
        strings = list(g.get("extras", [])) + list(g.get("duplicates", []))
        for a in g["articles"]:
            strings += [a[k] for k in ("column", "kicker", "title", "subtitle", "byline",
                                       "dateline", "continued")] + a["paragraphs"] + a["subheads"]
        for t in strings:
            s = squash(t)
            if s and covered(s, page) < len(s):
                bad.append(f"{gf.name}: not on the page: {t[:40]!r}")
    return bad


def strip_generic(s: str) -> str:
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "\u0000")
    return s


HAN = re.compile(r"[\u3400-\u9fff]+")


def pieces(s: str) -> list[str]:
    """Runs of Chinese characters (punctuation, digits and removed generic
    words break a run): a shared phrase is a shared run of 6+ characters."""
    return [m.group() for part in s.split("\u0000") for m in HAN.finditer(part)]


def grams(s: str, n: int = 6) -> set[str]:
    out = set()
    for piece in pieces(s):
        for i in range(len(piece) - n + 1):
            out.add(piece[i:i + n])
    return out


def seed_overlap() -> list[str]:
    seed = set()
    for gf in sorted((SHARED / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs") or []):
                seed |= grams(strip_generic(squash(t)))
    hits = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a.get("kicker"), a.get("title"), a.get("subtitle")] + list(a.get("paragraphs") or []):
                s = strip_generic(squash(t))
                for piece in pieces(s):
                    for i in range(len(piece) - 5):
                        if piece[i:i + 6] in seed:
                            hits.append(f"{gf.name}: {piece[max(0, i - 4):i + 10]!r} ({piece[i:i + 6]})")
    return hits


def main() -> int:
    build_export()
    fails = run_scorer()
    for b in gold_on_page():
        print(b)
        fails.append(b)
    hits = seed_overlap()
    for h in hits:
        print("seed run:", h)
    if hits:
        fails.append(f"{len(hits)} 6-character run(s) shared with the seeds")
    if fails:
        for f in fails:
            print("FAIL:", f)
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
