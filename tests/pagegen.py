"""Compose raw page text in the two extraction layouts from known articles.

The stories here are written for the tests (not taken from the paper), so the
loader's rules are checked on text they were not tuned on. ``render_columns``
and ``render_paragraphs`` lay them out the way the e-paper extraction does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Story:
    kicker: str
    title: str
    subtitle: str
    dateline: str  # "" for commentary / features
    byline: str
    paragraphs: list[str]
    kind: str = "news"
    continued: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def headline(self) -> str:
        return self.kicker + self.title + self.subtitle


STORIES = [
    Story(
        "",
        "益阳茶旅融合带火乡村游",
        "一季度接待游客同比增长18%",
        "湖南日报4月21日讯（全媒体记者 范晓东 通讯员 龙湘）",
        "",
        [
            "记者今天从益阳市文化旅游广电局获悉，一季度全市接待游客1320万人次，同比增长18%，"
            "其中茶旅线路游客占比超过三成。",
            "安化县把黑茶园、茶马古道和梅山文化串成精品线路，游客白天采茶制茶，夜晚住进茶园民宿。"
            "清明前后，不少茶企的体验工坊需要提前一周预约。",
            "益阳还推出“跟着茶香游益阳”主题活动，整合景区、民宿和非遗工坊资源，"
            "发放文旅消费券500万元，带动餐饮住宿消费明显回升。",
        ],
    ),
    Story(
        "常德加快建设现代化物流枢纽",
        "铁水联运让货物出湖入江更顺畅",
        "",
        "湖南日报4月21日讯（全媒体记者 胡锦程）",
        "",
        [
            "一列满载化肥的班列今天驶入常德港区，货物在码头直接换装上船，经沅水进入洞庭湖，"
            "再转长江运往华东各地。",
            "常德港区铁路专用线去年建成投用，打通了铁路与码头之间的最后一公里。港区负责人介绍，"
            "铁水联运让每吨货物的物流成本下降约20元。",
            "今年，常德将新开通两条集装箱航线，推动港口、园区和物流企业数据互通，"
            "力争全年铁水联运量突破150万吨。",
        ],
    ),
    Story(
        "",
        "",
        "",
        "",
        "湖南日报全媒体评论员 向晨",
        [
            "春耕时节，田间地头处处是忙碌景象。种粮大户算的是收成账，也是信心账。",
            "稳住粮食生产，既要靠良种良法，也要靠完善的社会化服务。一台无人机一天能飞防上千亩，"
            "一个育秧工厂能供应周边几个村的秧苗，小农户也能分享现代农业的红利。",
            "让种粮有钱赚、多得利，政策要更精准，服务要更贴心。把惠农补贴及时足额发到农民手中，"
            "把农技专家派到田间地头，粮食安全的根基才会越扎越牢。",
        ],
        kind="commentary",
    ),
    Story(
        "",
        "郴州百名工程师结对帮扶中小企业",
        "",
        "湖南日报4月21日讯（全媒体记者 欧阳倩 通讯员 谭雯）",
        "",
        [
            "郴州市科技局今天启动“百名工程师进百企”行动，首批112名工程师与中小企业结对，"
            "帮助企业解决设备改造、工艺优化等难题。",
            "结对工程师来自高校、科研院所和龙头企业，每人每月至少到企业现场服务两次。"
            "企业提出的技术需求，由科技部门建立清单，逐项跟踪办结。",
        ],
    ),
    Story(
        "",
        "岳阳长江岸线生态修复见成效",
        "江豚频繁现身，候鸟种群数量持续增加",
        "湖南日报4月21日讯（全媒体记者 段涵敏）",
        "",
        [
            "清晨的君山岸线，几头江豚在江面追逐嬉戏，吸引不少市民驻足观看。"
            "岳阳市生态环境局监测显示，今年以来江豚出现频次明显增加。",
            "近年来，岳阳拆除沿江非法码头，复绿岸线160多公里，"
            "长江岳阳段水质连续多年保持在二类以上。",
            "湿地保护区内，越冬候鸟种群数量今年突破30万只，小天鹅、白琵鹭等珍稀鸟类成群栖息。",
        ],
    ),
]

COMMENTARY_TITLE = "种粮要有好收成"

FEATURE = Story(
    "",
    "一座老厂房的新生",
    "",
    "",
    "湖南日报全媒体记者 石文",
    [
        "走进株洲清水塘，曾经机器轰鸣的老厂房如今挂满了画作，成了年轻人打卡的文创街区。",
        "从工业遗存到城市客厅",
        "十年前，这里的冶炼厂陆续关停搬迁，留下大片空置厂房。当地没有一拆了之，"
        "而是请来设计团队，保留高炉、烟囱和铁轨，改造成展馆、书店和咖啡馆。",
        "街区运营方介绍，开街以来累计接待游客超过200万人次，周末的市集常常一位难求。",
        "年轻人留下来了",
        "陶艺工作室的主人小刘大学毕业后回到家乡，在厂房里租下两间车间。"
        "她说，这里租金不高，氛围很好，订单大多来自线上。",
        "越来越多像她这样的年轻人把工作室搬进街区，老厂房重新热闹起来。",
    ],
    kind="feature",
)

PHOTO = (
    "4月20日，娄底市涟源市白马湖畔，游客在盛开的花海中拍照留念。",
    "李明辉 摄（湖南图片库）",
)


def _justify(line: str, rng: random.Random) -> str:
    """Spread a column line the way justified extraction does."""
    if rng.random() < 0.25 and len(line) > 6:
        return " ".join(line)
    out = []
    for i, ch in enumerate(line):
        out.append(ch)
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if (ch.isdigit() != nxt.isdigit()) and nxt and rng.random() < 0.6:
            out.append(" ")
    return "".join(out)


def wrap(paragraph: str, width: int) -> list[str]:
    """Column lines of one paragraph: the first indented by two characters."""
    lines, first = [], True
    rest = paragraph
    while rest:
        w = width - 2 if first else width
        # No line may begin with closing punctuation: it hangs on the line above.
        while w < len(rest) and rest[w] in "，。、；：！？”）》":
            w += 1
        lines.append(rest[:w])
        rest = rest[w:]
        first = False
    return lines


def render_columns(
    stories: list[Story], *, headlines: str = "after", seed: int = 0, width: int = 16
) -> str:
    """Column-broken layout: one printed line per text line, blank lines
    between, headlines after their body ("after"), before it ("before") or
    bunched together at the end ("bunched")."""
    rng = random.Random(seed)
    out: list[str] = []
    bunch: list[str] = []

    def headline_lines(story: Story) -> list[str]:
        parts = [p for p in (story.kicker, story.title, story.subtitle) if p]
        return parts

    for story in stories:
        head = headline_lines(story)
        if head and headlines == "before":
            out.extend(head)
        if story.byline and not story.dateline:
            role, _, name = story.byline.partition(" ")
            out.extend([role, name])
        lines: list[str] = []
        for k, para in enumerate(story.paragraphs):
            text = story.dateline + para if k == 0 and story.dateline else para
            lines.extend(wrap(text, width))
        out.extend(_justify(li, rng) for li in lines)
        if head and headlines == "after":
            out.extend(head)
        elif head and headlines == "bunched":
            bunch.extend(head)
    out.extend(bunch)
    out.append(f"{PHOTO[0]} {PHOTO[1]}")
    return "\n\n".join(out) + "\n"


def _mid_word(text: str) -> int:
    """A cut inside a word near the middle, as the extraction makes them."""
    import jieba

    pos = 0
    for word in jieba.lcut(text):
        if pos >= len(text) // 2 and len(word) >= 2 and word.isalpha():
            return pos + 1
        pos += len(word)
    return len(text) // 2


def render_paragraphs(
    stories: list[Story],
    *,
    masthead: str = "",
    cut: bool = False,
    column: str = "",
    duplicate: bool = False,
) -> str:
    """One paragraph per line: headline parts joined by spaces before the
    dateline; with ``cut``, the second story's longest paragraph is cut at a
    column's foot, and its rest, with the paragraphs after it, is printed
    inside the next story (the next column goes on with all of it)."""
    out: list[str] = []
    if masthead:
        out.append(masthead)
    pending: list[str] = []
    for s, story in enumerate(stories):
        head = " ".join(p for p in (story.kicker, story.title, story.subtitle) if p)
        if column and story.kind == "feature":
            out.append(column)
        if head:
            out.append(head)
        if story.byline and not story.dateline:
            out.append(story.byline)
        longest = max(range(1, len(story.paragraphs)), key=lambda n: len(story.paragraphs[n]))
        for k, para in enumerate(story.paragraphs):
            text = story.dateline + para if k == 0 and story.dateline else para
            if cut and s == 1 and k == longest:
                cut_at = _mid_word(text)
                out.append(text[:cut_at])
                pending.append(text[cut_at:])
                continue
            if pending and s == 1:
                pending.append(text)  # the rest of the cut story goes with its tail
                continue
            out.append(text)
            if duplicate and s == 3 and k == 0:
                out.append(stories[0].paragraphs[-1])  # a line the extraction printed twice
            if pending and s == 2 and k == 1:
                out.extend(pending)
                pending = []
    out.append("")
    out.append("")
    out.append(PHOTO[0] + PHOTO[1])
    return "\n\n".join(out) + "\n"
