#!/usr/bin/env python3
"""Check the dev_v set: a perfect export built from the gold must score 1.000
on every figure with full coverage, and no 6-character run of the seeds' gold
headlines / paragraphs may occur in this set's gold (apart from generic words)."""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = "/work/shared/tools/score.py"
SEED_GOLD = Path("/work/shared/gold")

# generic words and institution names allowed to coincide with the seeds
# stock formulae of Chinese news writing (not distinctive phrases of the seeds)
STOCK = ["相关负责人表示", "相关负责人介绍", "移送司法机关", "党纪政务处分", "个国家和地区",
         "三年行动计划", "农村人居环境", "人均可支配收入", "规模工业增加值", "第一产业增加值",
         "创历史同期新高", "去年同期", "完成年度目标任务", "审议有关文件", "工程研究中心",
         "工业和信息化", "工作会议召开", "工作会议透露", "在长沙召开", "在长沙举行",
         "深入学习贯彻党的", "把思想和行动统一到", "新时代党的建设总要求", "党的政治建设",
         "提供坚强政治保", "提供了有力支撑", "提供有力支撑", "体制机制改革", "规模性返贫",
         "第十二次党代会", "非遗代表性", "联合执法行动", "若干政策措施", "中医药传承创新",
         "中非经贸合作", "产业发展重点", "优化发展环境", "优秀传统文化", "公共服务平台",
         "生活污水治理", "生态环境保护", "相关职能部门", "确保粮食安全", "民营企业进出口",
         "中西部第一", "文化强省建设", "服务体系建设", "整治形式主义", "教育系统开展",
         "开放平台建设", "我省贯彻落实", "贯彻落实", "其中党纪政务"]
GENERIC = STOCK + ["湖南日报", "全媒体记者", "通讯员", "同比增长", "规模以上", "湖南日报全媒体记者",
           "省人大常委会", "省委常委", "省委书记", "省政协副主席", "省政协主席", "副省长",
           "湖南日报全媒体评论员", "习近平新时代中国特色社会主义思想", "二十大精神",
           "新湖南客户端", "省委宣传部", "国家级专精特新", "专精特新“小巨人”", "党中央",
           "湖南图片库", "全面从严治党", "中央八项规定精神", "省委、省政府", "社会主义现代化新湖南",
           "先进制造业", "党风廉政建设", "中非经贸博览会", "长株潭", "“三高四新”", "以旧换新",
           "湖南省", "全省", "高质量发展", "工业互联网", "省政府", "新能源汽车",
           "省人大常委会副主任", "规模工业增加值增长", "违反中央八项规定精神", "生物医药产业",
           "加快发展现代", "湘西土家族苗族自治州", "主要负责人表示", "规模以上工业企业",
           "规模以上企业", "会议在长沙召开", "人力资源和社会保障厅", "走在全国前列", "走进千家万户",
           "轨道交通装备", "习近平总书记关于", "长株潭城际铁路", "制造业增加值增长", "高新技术企业", "关键核心技术攻关", "全面推进乡村振兴", "高质量发展的", "长沙市开福区", "长沙理工大学", "问题专项整治", "不正之风和腐败问题", "非物质文化遗产", "中共中央政治局会议", "乡村振兴", "纪检监察机关", "全省各级"]


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def export(gold_dir, out):
    arts, srcs = [], []
    for f in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = {k: v for k, v in a.items() if k != "subheads"}
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(b)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g.get("extras", [])) + list(g.get("duplicates", []))})
    Path(out).write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False),
                         encoding="utf-8")
    return len(arts)


def runs(s, n=6):
    """Runs of n Chinese characters (figures, punctuation and the generic words
    above break a run)."""
    s = squash(s)
    for w in sorted(GENERIC, key=len, reverse=True):
        s = s.replace(squash(w), "|")
    return {s[i:i + n] for i in range(len(s) - n + 1)
            if re.fullmatch(r"[\u4e00-\u9fff]{%d}" % n, s[i:i + n])}


def main():
    ok = True
    exp = HERE / "export_perfect.json"
    n = export(HERE / "gold", exp)
    r = subprocess.run([sys.executable, SCORE, str(exp), str(HERE / "gold"), "--pages",
                        str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout.strip())
    if r.returncode:
        print(r.stderr)
        ok = False
    if "---" in r.stdout:
        print("FAIL: problem lines listed")
        ok = False
    figs = dict(l.split(None, 1) for l in r.stdout.splitlines() if re.match(r"^\w+\s+\S+$", l))
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred", "cjk_space_left"):
            continue
        if v != "1.000":
            print("FAIL: %s = %s" % (k, v))
            ok = False
    if figs.get("cjk_space_left") != "0":
        print("FAIL: cjk_space_left", figs.get("cjk_space_left"))
        ok = False
    if figs.get("coverage") != "1.000":
        ok = False
    # the other direction: every gold string is printed on its page
    sys.path.insert(0, str(Path(SCORE).parent))
    from score import covered
    for f in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        raw = squash((HERE / "pages" / g["source"]).read_text(encoding="utf-8"))
        for a in g["articles"]:
            for x in [a[k] for k in ("column", "kicker", "title", "subtitle", "byline",
                                     "dateline", "continued")] + a["paragraphs"]:
                x = squash(x)
                if covered(x, raw) < len(x):
                    print("FAIL: gold text not on page %s: %r" % (f.name[:3], x[:30]))
                    ok = False
        for x in g["extras"] + g["duplicates"]:
            if squash(x) not in raw:
                print("FAIL: extra not on page %s: %r" % (f.name[:3], x[:30]))
                ok = False
    # originality against the seeds
    seed = set()
    for f in SEED_GOLD.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                seed |= runs(t)
    gen = [squash(w) for w in GENERIC]
    bad = set()
    for f in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                for x in runs(t) & seed:
                    bad.add((x, f.name[:3]))
    for x, p in sorted(bad):
        print("FAIL: seed phrase %r reused in page %s" % (x, p))
        ok = False
    if n < 140:
        print("FAIL: only %d articles" % n)
        ok = False
    print("articles", n)
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
