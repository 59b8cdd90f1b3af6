"""Rules read from how stories are laid out rather than from their words: a
dateline finished lines later, a run of paragraphs weighed as a whole, two tails
contending for two pieces, photo titles by where they stand. Each page is new text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import squash
from hnreader.corpus.segment import segment_page
from hnreader.corpus.segment.joins import join_evidence
from hnreader.corpus.segment.patterns import looks_like_column


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def paragraph_page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def column_page(*blocks: str) -> str:
    return "\n\n".join(line for block in blocks for line in block.split("\n")) + "\n"


def norm(text: str) -> str:
    """As the scorer compares: NFKC, no whitespace."""
    return squash(unicodedata.normalize("NFKC", text))


ESSAY = (
    "山茶花开",
    "文丨任青禾",
    "老屋后面的山坡上，每到冬天都开满山茶花。祖母说，这些花是她嫁过来那年种下的，",
)
ESSAY_REST = "一晃已经六十多年。花开的时候，祖母总要搬把竹椅坐在坡上，一坐就是一下午。"
WATER = (
    "湘潭新建三座污水处理厂",
    "日处理能力提升至42万吨",
)
WATER_LEAD = (
    "记者今天从湘潭市住建局获悉，该市新建的九华、河东、易俗河三座污水处理厂"
    "近日全部投入运行，全市污水日处理能力提升至42万吨。"
)
WATER_MORE = (
    "市住建局有关负责人介绍，三座污水处理厂总投资9.6亿元，出水水质全部达到一级A标准。",
    "下一步，湘潭将加快老城区雨污分流改造，年底前完成管网改造120公里。",
)


# --- a dateline finished lines later ------------------------------------------


def test_a_dateline_cut_inside_its_date_is_finished_where_its_rest_is_printed():
    page = parse(
        paragraph_page(
            *WATER,
            "湖南日报 11 月 2",
            ESSAY[2] + ESSAY_REST,
            "日讯（全媒体记者 贺秋林）" + WATER_LEAD,
            *WATER_MORE,
        )
    )
    water = next(a for a in page.articles if "污水" in a.title + a.kicker)
    assert norm(water.dateline) == norm("湖南日报11月2日讯（全媒体记者贺秋林）")
    assert water.paragraphs[0].startswith("记者今天从湘潭市住建局获悉")


def test_a_reporters_parenthesis_is_finished_where_its_last_names_are_printed():
    page = parse(
        paragraph_page(
            *WATER,
            "湖南日报11月2日讯（全媒体记者",
            "祖母说，这些花是她嫁过来那年种下的，一晃已经六十多年。",
            "贺秋林 通讯员 周小满）" + WATER_LEAD,
            *WATER_MORE,
        )
    )
    water = next(a for a in page.articles if "污水" in a.title + a.kicker)
    assert norm(water.dateline) == norm("湖南日报11月2日讯（全媒体记者贺秋林通讯员周小满）")


def test_a_name_alone_and_its_mark_finish_a_parenthesis_that_stopped_on_a_role():
    page = parse(
        paragraph_page(
            *WATER,
            "湖南日报11月2日讯（全媒体记者",
            "祖母说，这些花是她嫁过来那年种下的，一晃已经六十多年。",
            "贺秋林）" + WATER_LEAD,
            *WATER_MORE,
        )
    )
    water = next(a for a in page.articles if "污水" in a.title + a.kicker)
    assert norm(water.dateline) == norm("湖南日报11月2日讯（全媒体记者贺秋林）")


# --- figures at a cut -----------------------------------------------------------


def test_a_figures_digits_never_go_on_in_a_piece_that_opens_on_digits():
    assert join_evidence("示范区主动对接，今年1至8", "45岁的许长根，以前靠打鱼为生") is None
    assert join_evidence("示范区主动对接，今年1至8", "月，共引进项目420个") is not None


def test_a_magnitude_and_an_approximation_go_on_a_bare_figure():
    assert join_evidence("新线开通后，沿线3", "万余名群众出行更方便了。") is not None


# --- runs of paragraphs ----------------------------------------------------------


FACTORY = (
    "车间里的“抢单”忙",
    "湖南日报全媒体记者 石凯文",
    "5月11日上午，长沙经开区一家工程机械企业的总装车间里，机器轰鸣，一台台挖掘机"
    "驶下生产线，等待发往全国各地。",
    "“4月份我们的订单同比增长了六成多，生产线两班倒都忙不过来。”企业生产部负责人说。",
    "车间实行“两班倒”，每天24小时不停产，挖掘机、起重机的日产量都创下新高。",
)
STATS_HEAD = ("4月全省规模工业增加值增长6.2%", "主要指标逐月回升")
STATS_TAIL = (
    "个行业增加值实现增长，增长面达71.8%。其中，专用设备制造业增长21.4%。",
    "从产品看，挖掘机、起重机、混凝土机械等工程机械产品产量分别增长35.2%、28.6%、22.1%。",
    "投资和消费降幅继续收窄。1至4月，全省固定资产投资下降1.8%，降幅比一季度收窄3.4个百分点。",
    "省统计局有关负责人表示，4月份全省经济主要指标明显好转，下一步将继续加大政策支持力度。",
)


def test_a_story_tail_printed_before_its_head_goes_with_it_whole():
    # The statistics story's tail (a piece opening on its unit, then three whole
    # paragraphs) is printed before its headline, under a feature on a
    # machinery plant. One of those paragraphs speaks of excavators as the
    # feature does; the paragraphs after it carry the run on to the head.
    page = parse(
        paragraph_page(
            *FACTORY,
            *STATS_TAIL,
            *STATS_HEAD,
            "湖南日报5月11日讯（全媒体记者 贺秋林）省统计局今天发布，4月份全省规模以上工业"
            "增加值同比增长6.2%，增速比3月加快3.1个百分点。从行业看，全省39个工业大类行业中，有28",
        )
    )
    stats = next(a for a in page.articles if a.dateline)
    text = squash("".join(stats.paragraphs))
    assert all(squash(p) in text for p in STATS_TAIL)
    feature = next(a for a in page.articles if a.byline)
    assert "混凝土机械" not in "".join(feature.paragraphs)


def test_two_tails_cut_on_figures_take_the_pieces_that_speak_of_their_stories():
    # Two stories cut on a bare figure each, their rests printed in turns: the
    # unit right after the second tail is the first tail's (it speaks of its
    # story), however near it is printed.
    page = parse(
        paragraph_page(
            "湘南承接产业转移示范区建设提速",
            "湖南日报9月19日讯（全媒体记者 石凯文）示范区获批以来，郴州、衡阳、永州三市"
            "主动对接粤港澳地区产业转移，引进电子信息、新材料项目，今年1至8",
            "益阳开通首条城乡公交一体化线路",
            "湖南日报9月20日讯（全媒体记者 龙小溪）益阳市中心城区至沧水铺镇的城乡公交"
            "一体化线路今天正式开通，沿线3",
            "月，示范区共引进产业转移项目420个，到位资金同比增长18.6%，"
            "郴州、衡阳、永州三市产业转移项目数量均居全省前列。",
            "省商务厅有关负责人表示，将进一步加强示范区产业链配套和要素保障，推动产业转移项目早投产。",
            "万名群众出行有了新选择。",
            "该线路全长约28公里，投入新能源公交车12台，票价由原来的8元降至2元。",
            "据介绍，益阳市计划年底前再开通5条城乡公交线路，实现中心城区至周边乡镇公交全覆盖。",
        )
    )
    zone = next(a for a in page.articles if "示范区" in a.title)
    bus = next(a for a in page.articles if "公交" in a.title)
    assert "今年1至8月，示范区共引进" in "".join(zone.paragraphs)
    assert "沿线3万名群众" in "".join(bus.paragraphs)


# --- headlines ---------------------------------------------------------------------


def test_a_title_drawn_twice_over_an_attendance_foot_heads_its_story():
    title = "全省冬季农田水利建设现场推进会在衡阳召开"
    page = parse(
        paragraph_page(
            "冬修水利正当时",
            "各地要抢抓冬春农闲时节，集中力量修复水毁工程，加固病险水库，清淤疏浚沟渠。",
            "把水利设施修好管好，来年的丰收才有保障。",
            "抓住冬春黄金期 加快补齐水利短板",
            title + title,
            "龙小溪出席",
            "湖南日报11月2日讯（全媒体记者 贺秋林）" + title + "，总结今年农田水利建设成效，"
            "部署冬春水利建设任务。副省长龙小溪出席会议并讲话。",
            "会议要求，各地要抢抓冬春农闲时节，今冬明春完成小型水库除险加固300座。",
        )
    )
    news = next(a for a in page.articles if a.dateline)
    assert squash(news.kicker + news.title + news.subtitle) == squash(
        "抓住冬春黄金期 加快补齐水利短板" + title + "龙小溪出席"
    )


def test_a_headline_naming_what_follows_and_nothing_above_opens_an_undated_story():
    page = parse(
        paragraph_page(
            "全省前三季度经济运行稳中有进",
            "湖南日报10月20日讯（全媒体记者 贺秋林）省统计局今天发布，前三季度全省地区生产"
            "总值增长5.6%，规模以上工业增加值增长6.8%，社会消费品零售总额增长5.1%。",
            "分产业看，第一产业增加值增长3.4%，第二产业增加值增长6.1%，第三产业增加值增长5.5%。",
            "省统计局新闻发言人表示，总的来看，前三季度全省经济保持稳中有进的发展态势。",
            "湘江新区智慧公交示范线开通",
            "10月20日上午，一辆无人驾驶公交车从梅溪湖站出发，沿着智慧公交示范线驶向洋湖，"
            "车上的乘客不时拿出手机拍照。",
            "这条示范线全长16公里，设站点12个，运行的8台公交车均具备自动驾驶功能。",
            "湖南日报全媒体记者 龙小溪 报道",
        )
    )
    bus = next(a for a in page.articles if a.title == "湘江新区智慧公交示范线开通")
    assert bus.paragraphs[0].startswith("10月20日上午")
    stats = next(a for a in page.articles if a.dateline)
    assert "无人驾驶" not in "".join(stats.paragraphs)


# --- photo titles on column pages ----------------------------------------------------


FLOOD = (
    "湖南日报8月13日讯（全媒体记者 易小川）\n"
    "记者从省农业农村厅获悉，全省洪涝灾\n"
    "后补种工作全面展开，灾后补种正当时，\n"
    "各地组织农民改种补种秋冬作物，力争\n"
    "把损失降到最低。"
)


def test_a_short_line_set_apart_over_a_group_of_captions_is_their_title():
    # Under a code box, over the captions: the group's title, though its words
    # are the story's beside it (a photo of a story's subject) and not the
    # captions'.
    page = parse(
        column_page(
            FLOOD,
            "新湖南客户端\n扫码阅读全文",
            "灾后补种正当时",
            "8月12日，华容县三封寺镇，农民在退水后的田块里补插晚稻秧苗。",
            "8月12日，沅江市南大膳镇，农技人员在田间查看秧苗长势。",
            "以上图片均由 湖南日报全媒体记者 谭明 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "灾后补种正当时"


def test_a_short_phrase_as_much_the_captions_as_the_storys_is_the_photos_title():
    page = parse(
        column_page(
            "湖南日报5月14日讯（全媒体记者 龙小溪）\n"
            "长株潭都市圈跨市通勤公交线路今起增\n"
            "至46条，市民沿湘江往返三市更方便。",
            "长株潭都市圈跨市通勤",
            "公交线路增至46条",
            "湘江夜色",
            "5月13日晚，长沙湘江两岸灯光璀璨，游人沿江漫步。",
            "谢楚航 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "湘江夜色"
    news = next(a for a in page.articles if a.dateline)
    assert "湘江夜色" not in news.kicker + news.title + news.subtitle


def test_a_framed_pair_under_a_headline_that_ends_on_a_word_is_a_box():
    page = parse(
        column_page(
            "上半年我省网络\n零售额增长18.7%\n农产品网络零售额达112.6亿元",
            "今日\n关注",
            "湖南日报8月13日讯（全媒体记者 余若\n"
            "通讯员 陶嘉明）记者今天从省商务厅获\n"
            "悉，今年上半年全省实现网络零售额同\n"
            "比增长18.7%，增速高于全国。",
        )
    )
    news = next(a for a in page.articles if a.dateline)
    assert "今日" not in news.kicker + news.title + news.subtitle
    assert "今日关注" in "".join(page.extras)


def test_a_dated_reports_headline_printed_after_it_is_no_crosshead_of_the_text_below():
    page = parse(
        column_page(
            "湖南日报北京4月15日电（记者 宋子衡）\n"
            "第九届中国国际茶业博览会今天在北京开\n"
            "幕，湖南组织安化黑茶、古丈毛尖等60余\n"
            "家茶企参展，展位面积约1500平方米。\n"
            "开幕首日，湖南展区人头攒动，不少市民\n"
            "排队品尝黑茶。当天湖南参展茶企现场销\n"
            "售额达320万元，签订意向合同1.6亿元。\n"
            "下一步，我省将推动湘茶走向全国。",
            "湘茶进京 香飘京城",
            "近来，一些基层干部反映，上级\n"
            "出台的扶持政策不少，但到了乡\n"
            "镇和村里，常常因为细则迟迟不\n"
            "出、部门之间相互推诿而落不了\n"
            "地。政策“悬在半空”，群众望得\n"
            "见、够不着，着急也没用。\n"
            "政策的生命力在于执行。一项好\n"
            "政策从文件到田间地头，中间要\n"
            "经过好几道环节，任何一个环节\n"
            "打折扣，都可能让效果大打折扣。",
            "洞庭时论",
            "莫让好政策“悬在半空”",
            "龙晓岚",
        )
    )
    news = next(a for a in page.articles if a.dateline)
    assert squash(news.kicker + news.title + news.subtitle) == "湘茶进京香飘京城"
    assert "推诿" not in "".join(news.paragraphs)


def test_a_bare_name_under_a_commentarys_late_headline_signs_it_not_the_essay_after():
    page = parse(
        column_page(
            "近来，一些基层干部反映，上级\n"
            "出台的扶持政策不少，但到了乡\n"
            "镇和村里，常常因为细则迟迟不\n"
            "出而落不了地，着急也没用。",
            "洞庭时论",
            "莫让好政策“悬在半空”",
            "龙晓岚",
            "老家的油菜花，总是在清明前后开得\n"
            "最旺。站在屋后的山坡上往下看，一垄\n"
            "一垄的金黄铺到河边，风一吹，花浪便\n"
            "一层一层往远处推。",
            "油菜花开的时候",
            "文丨谭雪芳",
        )
    )
    comment = next(a for a in page.articles if "悬在半空" in a.title)
    essay = next(a for a in page.articles if a.title == "油菜花开的时候")
    assert (comment.byline, essay.byline) == ("龙晓岚", "文丨谭雪芳")


def test_a_story_signed_at_its_end_opens_at_its_headline_inside_an_essay_above():
    # The essay above has a crosshead, so a short line in it may be one; the
    # reporters' line closing the text below says a story begins there, at the
    # line that names the text under it and nothing of the essay.
    page = parse(
        paragraph_page(
            "湘江夜读",
            "文丨任青禾",
            "老屋后面的山坡上，每到冬天都开满山茶花。祖母说，这些花是她嫁过来那年种下的。",
            "花开的时候，祖母总要搬把竹椅坐在坡上，一坐就是一下午，看花，也看远处的河。",
            "山茶花开",
            "后来我去了城里读书，每年寒假回家，祖母都会剪几枝最好的花插在我的书桌上。",
            "如今祖母不在了，那片山茶花还在，年年冬天开得红红火火，像是替她守着老屋。",
            "长株潭城际铁路开始联调联试",
            "11月8日上午9时，一列白色动车组从长沙火车站驶出，经暮云、株洲驶向湘潭，"
            "长株潭城际铁路开始联调联试，距离开通运营又近了一步。",
            "长株潭城际铁路全长95.5公里，设计时速200公里，开通后三市之间最快半小时可达。",
            "湖南日报·新湖南客户端记者 匡小强 报道",
        )
    )
    rail = next(a for a in page.articles if a.title == "长株潭城际铁路开始联调联试")
    assert rail.byline.endswith("报道")
    assert rail.paragraphs[0].startswith("11月8日上午9时")
    essay = next(a for a in page.articles if "文丨" in a.byline)
    assert "动车组" not in "".join(essay.paragraphs)


# --- page furniture ------------------------------------------------------------------


def test_the_publishers_lines_of_a_front_page_masthead_are_no_story():
    page = parse(
        paragraph_page(
            "2020年6月10日",
            "星期三",
            "中共湖南省委机关报",
            "第25563号",
            "今日8版",
            "国内统一连续出版物号 CN 43-0001",
            "邮发代号 41-1",
            "湖南日报社出版",
            "华声在线网址 www.voc.com.cn",
            *WATER,
            "湖南日报6月9日讯（记者 贺秋林）" + WATER_LEAD,
            *WATER_MORE,
        )
    )
    (water,) = page.articles
    assert squash(water.kicker + water.title + water.subtitle) == squash("".join(WATER))
    assert page.issue_date.isoformat() == "2020-06-10"
    masthead = " ".join(page.extras)
    for piece in (
        "邮发代号",
        "CN 43-0001",
        "湖南日报社出版",
        "中共湖南省委机关报",
        "www.voc.com.cn",
    ):
        assert piece in masthead


def test_the_papers_name_over_its_english_name_is_the_masthead():
    page = parse(
        paragraph_page(
            "湖南日报",
            "HUNAN DAILY",
            "2020年6月10日",
            "星期三",
            "第25563号",
            "今日8版",
            *WATER,
            "湖南日报6月9日讯（记者 贺秋林）" + WATER_LEAD,
            *WATER_MORE,
        )
    )
    (water,) = page.articles
    assert squash(water.kicker + water.title + water.subtitle) == squash("".join(WATER))
    masthead = " ".join(page.extras)
    assert "HUNAN DAILY" in masthead and "湖南日报" in masthead


def test_an_inner_pages_editors_on_one_line_are_its_header_strip():
    page = parse(
        column_page(
            "02\n要闻\n2018年12月27日 星期四\n责任编辑 刘海燕 版式编辑 余小云",
            "我省今年建成农村公路1.9万公里",
            "湖南日报12月26日讯（记者 罗晓涛）\n"
            "记者从省交通运输厅获悉，今年全省\n"
            "新建改建农村公路1.9万公里，建制村\n"
            "通客车率达到100%。",
        )
    )
    (news,) = page.articles
    assert news.title == "我省今年建成农村公路1.9万公里"
    assert "责任编辑 刘海燕 版式编辑 余小云" in " ".join(page.extras)


def test_a_line_under_an_attendance_foot_and_over_a_caption_is_the_photos_title():
    page = parse(
        column_page(
            FLOOD,
            "全省文化旅游产业发展大会在张家界召开",
            "推动全域旅游 做大文旅产业",
        )
        # (the photo's title printed tight under the stack's last line)
        + "黎光明出席并讲话\n梯田稻熟\n\n"
        + column_page(
            "9月24日，新化县紫鹊界梯田，层层稻谷金黄，农民忙着收割。",
            "湖南日报记者 龙启明 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "梯田稻熟"


def test_a_short_line_after_a_stack_saying_nothing_of_story_or_caption_is_the_photos():
    page = parse(
        column_page(
            FLOOD,
            "沅江一处堤段散浸险情得到控制",
            "子弟兵驰援湖区",
            "7月9日，沅江市南大膳镇，官兵在大堤上扛运沙袋加固堤防。",
            "湖南日报记者 谭明 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "子弟兵驰援湖区"


# --- column labels ---------------------------------------------------------------


FEATURE_BODY = (
    "湖南日报记者 石凯文",
    "清晨6点，花垣县十八洞村的山雾还没散，搬进新居的龙大姐已经在灶台前忙开了。",
    "三年前，她一家还住在半山腰的木屋里，出门要走两个小时山路。如今，新房离学校只有五分钟路程。",
)


def test_a_series_name_joined_by_a_middle_dot_over_a_title_is_the_column():
    page = parse(paragraph_page("决战决胜脱贫攻坚·记者蹲点", "搬出大山后的新日子", *FEATURE_BODY))
    (feature,) = page.articles
    assert (feature.column, feature.kicker, feature.title) == (
        "决战决胜脱贫攻坚·记者蹲点",
        "",
        "搬出大山后的新日子",
    )


def test_a_reporting_series_that_opens_on_what_it_follows_is_the_column():
    page = parse(paragraph_page("聚焦全国两会", "搬出大山后的新日子", *FEATURE_BODY))
    (feature,) = page.articles
    assert (feature.column, feature.title) == ("聚焦全国两会", "搬出大山后的新日子")


def test_a_two_character_label_under_a_signed_pieces_title_is_its_column():
    page = parse(
        paragraph_page(
            "代表履职要“接地气”",
            "观点",
            "周立新",
            "一位农民代表的建议，源自走访的上百户农户；一位工人代表的发言，来自车间里的一线观察。",
            "接地气，就要沉下去。代表要多到基层走一走、看一看、问一问，了解群众的所思所想所盼。",
        )
    )
    (comment,) = page.articles
    assert (comment.column, comment.title, comment.byline) == (
        "观点",
        "代表履职要“接地气”",
        "周立新",
    )


def test_an_editors_note_and_a_series_of_crossheads_stay_in_their_feature():
    page = parse(
        column_page(
            "湖南日报全媒体记者\n唐振华 通讯员 谭斌",
            "编者按",
            "县域强则省域强。即日起，本报推出\n"
            "专栏，走进各地县市区，记录它们立\n"
            "足特色、转型发展的探索，敬请关注。",
            "深秋时节，走进衡阳县西渡镇梅花村，\n连绵的山坡上，油茶果挂满枝头。",
            "老林变新林",
            "“以前的老油茶林，一亩地只能产十几\n"
            "斤油。”从2010年起，全县大力推进\n"
            "低产林改造，亩产提高到40斤左右。",
            "卖果变卖油",
            "过去，农民摘了油茶果，大多直接卖给\n"
            "收购商。如今，全县引进和培育了18家\n"
            "油茶加工企业，建成了一批生产线。",
            "一产变三产",
            "在西渡镇，一座油茶主题公园吸引了不\n少城里游客，体验传统榨油工艺。",
            "小油茶撑起大产业",
        )
    )
    (feature,) = page.articles
    assert feature.byline == "湖南日报全媒体记者 唐振华 通讯员 谭斌"
    assert feature.paragraphs[0] == "编者按"
    assert {"老林变新林", "卖果变卖油", "一产变三产"} <= set(feature.subheads)


def test_crossheads_carry_a_run_to_the_feature_not_the_dated_report_it_is_printed_in():
    # The feature's rest, printed under a dated report of a close topic (rice),
    # holds the feature's crossheads: they go with it, whatever the words say.
    page = parse(
        paragraph_page(
            "从“湘品出海”到“非品入湘”",
            "湖南日报记者 黄凌霄",
            "在博览会的湖南展区，一台橙色的挖掘机模型前围满了非洲客商。“这款机型在非洲很受欢迎，去年卖了200",
            "非洲学员来湘学种杂交水稻",
            "湖南日报6月27日讯（记者 肖志远）6月27日，一期面向非洲国家的杂交水稻技术培训班在长沙开班，"
            "来自12个国家的学员将学习育秧、田间管理和病虫害防治等技术。",
            "多台。”一家工程机械企业的海外销售经理用流利的英语向客商介绍。",
            "从工程机械到杂交水稻，从轨道交通装备到中医药，越来越多的湘企产品走进非洲。",
            "湘企在非洲扎下根",
            "在坦桑尼亚，一家湖南建筑企业参与修建的公路已经通车，湘企建设的农业园区带动当地就业。",
            "合作平台越搭越宽",
            "博览会长期落户湖南，为湘非合作提供了新的平台，湘非贸易正从单向输出向双向互动转变。",
        )
    )
    feature = next(a for a in page.articles if a.byline)
    assert {"湘企在非洲扎下根", "合作平台越搭越宽"} <= set(feature.subheads)
    news = next(a for a in page.articles if a.dateline)
    assert len(news.paragraphs) == 1


def test_of_two_whole_copies_the_one_among_its_storys_text_is_kept():
    copy = "“我们国家的水稻产量很低，很多大米需要进口。”来自马达加斯加的学员说，希望学成回国后能把杂交水稻技术教给更多农民。"
    page = parse(
        paragraph_page(
            "非洲学员来湘学种杂交水稻",
            "湖南日报6月27日讯（记者 肖志远）一期面向非洲国家的杂交水稻技术培训班今天在长沙开班。",
            "中非咖啡节在长沙开幕",
            "湖南日报6月27日讯（记者 陈雪梅）首届中非咖啡节今天在长沙高桥大市场开幕，20多个国家的咖啡参展。",
            copy,
            "“以前要买正宗的非洲咖啡，只能托朋友带，现在家门口就能买到。”市民王女士说。",
            "非洲学员杂交水稻培训班今年已是第三期",
            "湖南日报6月27日讯（记者 肖志远）据介绍，杂交水稻培训班已培训非洲学员2000余人次。",
            copy,
            "培训结束后，学员们还将到怀化、衡阳等地的杂交水稻制种基地，学习制种技术。",
        )
    )
    rice = next(a for a in page.articles if a.title == "非洲学员杂交水稻培训班今年已是第三期")
    assert squash(copy) in squash("".join(rice.paragraphs))
    assert squash(copy) in squash(" ".join(page.duplicates))


def test_a_copy_between_a_label_and_the_next_headline_goes_with_its_story_not_the_headline():
    # The earlier copy stands under a commentary's label and over a headline
    # that shares its topic's words; neither is running text of a story, so
    # the later copy, among its own story's paragraphs, is the one kept.
    copy = "为保障春茶采摘期间茶园安全，县茶叶局已组织人员开展为期两个月的茶园巡查，在重点茶山设置巡护点12个。"
    page = parse(
        paragraph_page(
            "让好茶走出大山",
            "湖南日报评论员",
            "春分过后，湘西的茶山又绿了。一片叶子富了一方百姓，靠的是标准和品牌。",
            "好茶也要会吆喝。把品牌做响，把标准立起来，山里的茶才能卖出好价钱。",
            "潇湘时论",
            copy,
            "古丈春茶开园采摘 茶农忙着抢“头茶”",
            "湖南日报3月21日讯（记者 龙向阳）今天，古丈县万亩茶园开园，茶农们趁着晴好天气采摘春茶。",
            "县茶叶局负责人介绍，今年全县茶园面积达到20万亩，预计春茶产值将超过10亿元。",
            copy,
            "全省春季植树造林任务过半",
            "湖南日报3月21日讯（记者 李秋生）记者从省林业局获悉，全省春季植树造林已完成任务的六成。",
        )
    )
    tea = next(a for a in page.articles if "春茶开园" in a.headline)
    assert squash(copy) in squash("".join(tea.paragraphs))
    comment = next(a for a in page.articles if a.byline == "湖南日报评论员")
    assert squash(copy) not in squash("".join(comment.paragraphs))


def test_a_reporters_line_under_a_titled_caption_credits_the_photo_not_the_story_above():
    page = parse(
        paragraph_page(
            "益阳今年新建农村公路800公里",
            "湖南日报4月2日讯（记者 周慧敏）记者今天从益阳市交通运输局获悉，今年全市将新建农村公路800公里。",
            "据介绍，新建公路将优先连通产业园区和旅游景点，方便群众出行和农产品外运。",
            "油菜花开",
            "4月1日，赫山区泉交河镇，游客在油菜花田中拍照留念。",
            "湖南日报全媒体记者 彭雨欣 报道",
            "全省中小学春季开学工作平稳有序",
            "湖南日报4月2日讯（记者 谭晓雯）记者从省教育厅获悉，全省中小学春季开学工作平稳有序。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "油菜花开"
    assert "彭雨欣" in photo.byline
    roads = next(a for a in page.articles if "农村公路" in a.headline)
    assert not roads.byline
    assert all("油菜花" not in p for p in roads.paragraphs)


def test_a_quote_left_open_is_a_tail_however_short():
    page = parse(
        paragraph_page(
            "我省一季度经济实现“开门红”",
            "湖南日报4月16日讯（全媒体记者 易明轩）省统计局今天发布一季度全省经济运行数据，"
            "全省地区生产总值同比增长19.2%。",
            "“一季度数据总体亮眼",
            "，但也有低基数因素。”省统计局有关负责人表示，下阶段要持续巩固经济稳中向好势头。",
            "长沙工程机械出口一季度增长六成",
            "湖南日报4月16日讯（全媒体记者 邹鹏飞）在三一集团长沙产业园，一台台挖掘机驶下生产线，"
            "厂房负责人介绍，今年以来，发往东南亚、中东的挖掘机订单明显增多，",
        )
    )
    stats = next(a for a in page.articles if "开门红" in a.title)
    assert "“一季度数据总体亮眼，但也有低基数因素。”" in "".join(stats.paragraphs)
    export = next(a for a in page.articles if "出口" in a.title)
    assert "低基数" not in "".join(export.paragraphs)


def test_a_tail_is_its_own_storys_though_its_rest_printed_elsewhere_speaks_like_it():
    # The commentary's rest is printed inside the trade report: the report's
    # whole text then holds the commentary's words, which must not make the
    # commentary's cut paragraph read as the report's.
    page = parse(
        paragraph_page(
            "春耕备耕要“早”字当头",
            "周子衿",
            "春分将至，三湘大地处处是春耕忙。从洞庭湖平原到湘西山区，农民抢抓农时整田育秧。",
            "一年之计在于春。春耕生产关系全年粮食收成，早谋划、早准",
            "1至2月全省外贸进出口增长9.6%",
            "湖南日报3月16日讯（全媒体记者 宁可欣）长沙海关今天发布，1至2月全省外贸进出口"
            "总值1102.3亿元，增长9.6%。",
            "备，才能赢得农时、掌握主动。种子、化肥、农药等农资要及早调运到村到户，让农民备耕不愁。",
            "抓好春耕备耕，还要用好科技手段。推广集中育秧、机械插秧，让育秧早一步、插秧快一步。",
            "手中有粮，心中不慌。以“早”字当头抓好春耕生产，就是为全年粮食丰收打下基础。",
            "从产品看，机电产品出口325.8亿元，增长12.6%，占出口总值的57.3%。",
        )
    )
    comment = next(a for a in page.articles if "春耕" in a.title)
    text = "".join(comment.paragraphs)
    assert "早准备，才能赢得农时" in text and "机械插秧" in text
    trade = next(a for a in page.articles if a.dateline)
    assert "育秧" not in "".join(trade.paragraphs)


def test_a_short_title_naming_what_follows_and_nothing_of_the_dated_report_above_opens_a_story():
    page = parse(
        paragraph_page(
            "长沙获批建设国家智能网联汽车测试区",
            "湖南日报6月13日讯（记者 陈雪梅）记者今天从长沙市获悉，工业和信息化部近日批复，"
            "支持长沙建设国家智能网联汽车测试区，测试区可提供全天候测试服务。",
            "长沙市有关负责人表示，将以测试区为依托，完善车路协同基础设施，"
            "加快形成智能网联汽车产业集群。",
            "此前，长沙已出台智能网联汽车道路测试管理办法，集聚相关企业50多家。",
            "汨罗江畔龙舟竞渡",
            "6月13日，2018中国汨罗江国际龙舟节在汨罗江畔开幕，32支龙舟队在江面上竞渡，"
            "两岸数万名群众呐喊助威。",
            "汨罗江是端午文化的重要发源地，本届龙舟节为期4天，还将举办端午民俗展演。",
        )
    )
    boats = next(a for a in page.articles if a.title == "汨罗江畔龙舟竞渡")
    assert boats.paragraphs[0].startswith("6月13日")
    cars = next(a for a in page.articles if a.dateline)
    assert "龙舟" not in "".join(cars.paragraphs)


def test_a_crosshead_between_two_paragraphs_goes_on_no_tail_whatever_word_it_makes():
    # 落到民 + 用好开放平台 reads 民用: a crosshead standing between the
    # paragraphs of its own story still goes on no tail.
    page = parse(
        paragraph_page(
            "以实干实绩开好新局",
            "湖南日报评论员",
            "全国两会开幕，为新一年的发展指明方向。开局之年，湖南要以实干实绩把蓝图变为现实。",
            "干，就要落到民",
            "以高水平开放推动高质量发展",
            "彭书言",
            "开放是当代中国的鲜明标识。对内陆省份湖南而言，扩大高水平开放是增强发展动力的必然选择。",
            "用好开放平台",
            "自贸试验区、综合保税区、国际陆港等平台，是湖南开放的重要载体，要提升开放平台能级。",
            "生。发展的成果最终要体现在群众的获得感上，要多办利民实事、多解民生难事。",
            "畅通开放通道",
            "要统筹铁路、水运、航空和多式联运通道建设，让湖南与世界的连接更加便捷。",
        )
    )
    first = next(a for a in page.articles if a.title == "以实干实绩开好新局")
    assert "落到民生。发展的成果" in "".join(first.paragraphs)
    second = next(a for a in page.articles if "开放" in a.title)
    assert "用好开放平台" in second.subheads


def test_after_a_pause_no_piece_opens_on_a_words_last_character_and_a_stop():
    assert join_evidence("让高校出成果、让企业出题、", "生。发展的成果最终要体现") is None
    assert join_evidence("干，就要落到民", "生。发展的成果最终要体现") is not None


def test_an_authors_note_broken_over_two_column_lines_closes_its_commentary():
    page = parse(
        column_page(
            "唐子骞",
            "制造业是国民经济的\n主体，数字化转型是制造\n业高质量发展的必由之路。",
            "湖南作为制造业大省，推\n动数字技术与实体经济深\n度融合，既有基础，也有\n紧迫性。",
            "（作者系湖南工商大\n学经济与贸易学院教授）",
            "理论前沿",
            "以数字化转型赋能制造\n业高质量发展",
        )
    )
    (comment,) = page.articles
    assert (comment.column, comment.title) == ("理论前沿", "以数字化转型赋能制造业高质量发展")
    assert comment.paragraphs[-1].startswith("（作者系")


def test_a_reporting_campaigns_name_is_a_column_not_a_photos_title():
    page = parse(
        column_page(
            "3月10日，常德市鼎城区一家农机合作社，工作人员在检修插秧机，",
            "为春耕做准备。  通讯员 潘磊 摄",
            "走基层 看发展",
            "湖南日报3月10日讯（全媒体记者 卢一鸣）\n"
            "记者今天从省农业农村厅获悉，全省春耕\n"
            "备耕工作全面展开，各地农机合作社检修\n"
            "农机具3.2万台。",
            "全省春耕备耕全面展开",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert "走基层" not in photo.title


def test_two_bare_names_under_a_late_headline_sign_two_commentaries():
    # The first commentary's label, title and name are printed after its text;
    # the second's name over its own text, right under them.
    page = parse(
        column_page(
            "“双减”实施半年多，学生作业少\n了，家长的焦虑却并没有完全消\n除。教育的本质是成长，不是竞赛。",
            "观点",
            "让“双减”减出教育好生态",
            "蒋书琴",
            "刘桂生",
            "在新化县的一个山村，一位种了\n三十年柑橘的老农，被村里请来\n当技术顾问，乡亲们都服他。",
            "新论",
            "乡村振兴要善用“土专家”",
        )
    )
    first = next(a for a in page.articles if "双减" in a.title)
    second = next(a for a in page.articles if "土专家" in a.title)
    assert (first.byline, second.byline) == ("蒋书琴", "刘桂生")
    assert "刘桂生" not in first.kicker + first.title + first.subtitle


def test_a_story_signed_at_its_end_under_a_dated_report_opens_at_its_headline():
    # The report above is dated: its reporters are in its dateline, so the
    # 报道 line closes another story, which opens at the headline line that
    # names the text under it, though both stories speak of the economy.
    page = parse(
        paragraph_page(
            "全省第一批重大项目集中开工",
            "湖南日报2月2日讯（记者 易禾）今天上午，我省2017年第一批重大项目集中开工，"
            "127个项目总投资1238亿元，涵盖产业、基础设施和民生项目。",
            "省发改委负责人介绍，今年全省计划安排省重点建设项目300个，年度投资3000亿元以上。",
            "各市州也纷纷在节后打响项目建设“第一枪”，株洲、湘潭等地集中开工一批产业项目。",
            "春节黄金周全省消费市场平稳繁荣",
            "春节期间，全省消费市场平稳繁荣。据省商务厅监测，春节7天，全省重点监测的零售和餐饮"
            "企业实现销售额128.6亿元，比去年春节期间增长11.2%。",
            "网络消费继续保持高速增长。春节期间，全省快递业务量达1280万件，同比增长38%。",
            "湖南日报·新湖南客户端记者 王一苇 报道",
        )
    )
    spending = next(a for a in page.articles if "春节" in a.title)
    assert spending.byline.endswith("报道")
    assert spending.paragraphs[0].startswith("春节期间")


def test_a_cut_paragraph_printed_twice_is_read_where_its_story_cut_it():
    # The story's later paragraphs are printed before its headline, closed by a
    # copy of the paragraph they finish; that paragraph stands again in the
    # story, after its dateline, where it was cut.
    cut = "从产品看，机电产品出口增长18.2%，劳动密集型产品出口增长6.1%，防疫物资中的口"
    page = parse(
        paragraph_page(
            "罩、防护服等防疫物资43.6亿元。从市场看，对东盟、欧盟进出口分别增长21.5%和9.8%。",
            "长沙海关负责人介绍，疫情发生后，海关出台支持外贸稳增长措施，压缩通关时间。",
            cut,
            "上半年全省外贸逆势增长",
            "进出口总值增长11.7%，增速居全国前列",
            "湖南日报7月14日讯（全媒体记者 谷晓峰）长沙海关今天发布，上半年全省外贸进出口总值"
            "2251.9亿元，同比增长11.7%，增速居全国前列。",
            "从月度走势看，我省外贸在一季度短暂下滑后快速回升，6月当月进出口增长24.6%。",
            cut,
            "汛情就是命令 堤防就是阵地",
            "湖南日报评论员",
            "洞庭湖水位持续上涨，城陵矶站超警戒水位1.6米，堤防就是最前沿的阵地。",
        )
    )
    trade = next(a for a in page.articles if "外贸" in a.title + a.kicker)
    text = "".join(trade.paragraphs)
    assert "防疫物资中的口罩、防护服" in text and "长沙海关负责人介绍" in text


def test_a_weather_box_and_a_date_line_with_its_section_are_page_furniture():
    page = parse(
        column_page(
            "湘江保护和治理“一号重点工程”三年\n任务进入收官阶段",
            "长沙 今日 中到大雨\n23℃～29℃",
            "湖南日报6月17日讯（记者 彭晓岚）\n"
            "记者今天从省环保厅获悉，湘江保护\n"
            "和治理“一号重点工程”三年任务已完\n"
            "成九成以上，进入收官阶段。",
            "2022年9月8日 星期四 文化·湘江副刊\n责任编辑 龚政文 版式编辑 周小春\n06",
        )
    )
    (news,) = page.articles
    assert (
        squash(news.kicker + news.title + news.subtitle)
        == "湘江保护和治理“一号重点工程”三年任务进入收官阶段"
    )
    extras = " ".join(page.extras)
    assert "23℃～29℃" in extras and "文化·湘江副刊" in extras


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("今日谈", True),
        ("湘江锐评", True),
        ("聚焦全国两会", True),
        ("决战决胜脱贫攻坚·记者蹲点", True),
        ("县域经济巡礼", True),
        ("两国元首举行会谈", False),
        ("专家学者座谈", False),
        ("搬出大山后的新日子", False),
    ],
)
def test_the_shapes_of_column_names(text, column):
    assert looks_like_column(text) is column


def test_a_photos_title_after_one_storys_stack_is_the_photos_whatever_another_story_says():
    lake = (
        "湖南日报益阳6月20日电（记者 石磊）\n"
        "益阳市今天启动“互联网+”农村产权\n"
        "交易平台，湖区农户足不出户就能流\n"
        "转土地、承包鱼塘。"
    )
    harvest = (
        "湖南日报6月20日讯（记者 谭明）记者\n"
        "从省农业农村厅获悉，全省早稻长势\n"
        "良好，病虫害发生程度偏轻。"
    )
    page = parse(
        column_page(lake, harvest, "益阳推行“互联网+”农村")
        + "产权交易\n\n"
        + column_page(
            "湖区好“丰”景",
            "6月19日，沅江市草尾镇，农民驾驶收割机抢收油菜。",
            "湖南日报记者 谭明 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "湖区好“丰”景"


def test_paragraphs_printed_inside_a_cut_dateline_paragraph_are_the_story_before_it():
    # The second report's first paragraph is cut and finished after the first
    # report's later paragraphs: those cannot be the second report's (its
    # sentence is not over), they are the first's.
    page = parse(
        paragraph_page(
            "全省扶贫对象建档立卡“回头看”基本完成",
            "湖南日报6月17日讯（记者 贺湘宁）记者今天从省扶贫办获悉，全省扶贫对象建档立卡"
            "“回头看”工作基本完成，新识别贫困人口9.8万人。",
            "前5个月新引进项目486个",
            "湖南日报6月17日讯（记者 谭静怡）记者今天从省商",
            "今年3月起，我省组织各级驻村工作队和乡村干部，对照“一看房、二看粮”逐户核查，"
            "评议结果张榜公示，让群众心服口服。",
            "省扶贫办负责人介绍，建档立卡数据将全部录入全国扶贫开发信息系统，确保扶真贫、真扶贫。",
            "务厅获悉，今年1至5月，湘南承接产业转移示范区衡阳、郴州、永州三市新引进项目486个。",
            "湘南示范区自2011年获批以来，依托紧邻粤港澳的区位优势，形成一批特色产业集群。",
        )
    )
    poverty = next(a for a in page.articles if "扶贫" in a.title)
    assert len(poverty.paragraphs) == 3
    projects = next(a for a in page.articles if "项目" in a.title)
    assert projects.paragraphs[0].startswith("记者今天从省商务厅获悉")
    assert "扶贫" not in "".join(projects.paragraphs)


def test_a_sign_off_broken_before_its_correspondent_closes_the_story_under_a_photo():
    page = parse(
        paragraph_page(
            "全省农村义务教育学生营养餐覆盖面扩大",
            "湖南日报9月21日讯（记者 陈钰）记者今天从省教育厅获悉，从今年秋季学期开始，"
            "我省农村义务教育学生营养改善计划新增32个县市区，惠及学生156万人。",
            "省教育厅要求，各地要严格落实食品安全责任，让学生吃得安全、吃得营养。",
            "9月21日，长沙市芙蓉区一所小学的学生在食堂用餐。 湖南日报记者 徐行 摄",
            "“湘字号”农产品组团亮相东盟博览会",
            "9月12日至15日，第14届中国—东盟博览会在广西南宁举行，我省组织百余家企业参展。",
            "今年1至8月，我省对东盟出口农产品9.8亿元，增长21.3%。",
            "湖南日报·新湖南客户端记者 孙晓敏",
            "通讯员 李颖 报道",
        )
    )
    asean = next(a for a in page.articles if "东盟" in a.title)
    assert squash(asean.byline) == squash("湖南日报·新湖南客户端记者 孙晓敏 通讯员 李颖 报道")
    meals = next(a for a in page.articles if a.dateline)
    assert "东盟" not in "".join(meals.paragraphs) and not meals.byline


def test_a_signed_storys_headline_set_into_a_dated_reports_cut_paragraph_opens_it():
    page = parse(
        paragraph_page(
            "洞庭湖生态环境专项整治取得阶段性成效",
            "湖南日报5月15日讯（记者 罗湘宁）记者今天从省洞庭湖办获悉，湖区已清理非法矮围网围"
            "超过40万亩，拆除砂场230余个。",
            "在沅江市南洞庭湖区域，记者看到，过去被矮围",
            "湘企组团亮相深圳文博会",
            "5月10日至14日，第十四届中国（深圳）国际文化产业博览交易会举行，我省120家文化企业"
            "携湘绣、醴陵瓷器等参展。",
            "分割得支离破碎的湖面重新连成一片，一群群候鸟在湖面上觅食嬉戏。",
            "本届文博会上，我省现场签约文化产业项目23个，金额112亿元。",
            "湖南日报·新湖南客户端记者 汤露 报道",
        )
    )
    fair = next(a for a in page.articles if "文博会" in a.title)
    assert fair.byline.endswith("报道")
    assert fair.paragraphs[0].startswith("5月10日至14日")
    lake = next(a for a in page.articles if a.dateline)
    assert not lake.byline and "文博会" not in "".join(lake.paragraphs)


def test_a_paragraph_cut_after_its_speaker_is_no_line_of_the_headline_under_it():
    page = parse(
        paragraph_page(
            "全力以赴保障迎峰度夏电力供应",
            "湖南日报9月7日讯（全媒体记者 周帙恒）面对严峻形势，我省多措并举保障电力供应，"
            "全省电网最高负荷创历史新高。",
            "国网湖南电力有关负责人",
            "以抗旱的韧劲守护秋粮丰收",
            "郭湘琦",
            "连续数十天的晴热高温，让不少地方的田地干裂，抗旱保秋粮成了头等大事。",
            "表示，随着气温逐步回落，全省电力供需紧张形势将逐步缓解。",
        )
    )
    comment = next(a for a in page.articles if a.byline == "郭湘琦")
    assert squash(comment.kicker + comment.title + comment.subtitle) == "以抗旱的韧劲守护秋粮丰收"


def test_a_label_over_three_headline_pieces_is_the_column_even_when_the_story_says_its_words():
    body = [
        "走进醴陵经开区的一家陶瓷企业的生产车间，",
        "几十座自动化窑炉正在满负荷运转，县域园",
        "区里的陶瓷企业纷纷引进智能化生产线。",
        "近两年，受市场需求变化影响，陶瓷行业",
        "经历了一轮深度调整，不少企业面临订单",
        "减少、成本上升的双重压力。",
    ]
    stack = ["走进县域园区", "醴陵陶瓷产业智能化改造调查", "智能窑炉进园区\n“千年瓷都”焕新颜"]
    page = parse("\n\n".join(["记者 易水寒 通讯员 龙小溪", *body, *stack]) + "\n")
    story = next(a for a in page.articles if a.byline)
    assert story.column == "走进县域园区"
    assert norm(story.kicker + story.title + story.subtitle) == norm(
        "醴陵陶瓷产业智能化改造调查智能窑炉进园区“千年瓷都”焕新颜"
    )


def test_a_paragraph_printed_just_above_a_continuation_is_no_headline_of_it():
    page = parse(
        paragraph_page(
            "全省旅游商品大赛下月举行",
            "湖南日报9月12日讯（记者 石岩）记者今天从省文旅厅获悉，第五届全省旅游商品大赛将于10月举行。",
            "本届大赛以“湘品出湘”为主题，设置文创产品、非遗产品、土特产品、旅游装备、数字文旅等",
            "（紧接1版）项目建设提速。前8个月，全省交通投资同比增长12.4%，增速比上半年加快1.1个百分点。",
            "8个赛道，参赛作品预计超过3000件。",
        )
    )
    continuation = next(a for a in page.articles if a.kind == "continuation")
    assert continuation.title_derived and not continuation.kicker
    contest = next(a for a in page.articles if "大赛" in a.title)
    assert "数字文旅等8个赛道" in norm("".join(contest.paragraphs))


def test_a_paragraph_printed_twice_keeps_the_copy_in_its_story_not_the_one_under_a_headline():
    lead = (
        "近年来，我省把林下经济作为山区群众增收的重要抓手，重点发展林下种植、林下养殖、"
        "森林康养等产业，全省林下经济年产值突破600亿元。"
    )
    page = parse(
        paragraph_page(
            "全国林下经济现场会上 湖南林下经济发展经验获推介",
            lead,
            "湖南日报北京9月12日电（记者 林一苇）今天，全国林下经济发展现场会在北京举行，"
            "我省林下种植、森林康养等产业带动山区群众增收的做法受到关注。",
            lead,
            "会上，国家有关部门负责人表示，各地要因地制宜，防止一哄而上。",
        )
    )
    story = next(a for a in page.articles if a.dateline)
    assert norm(story.kicker + story.title + story.subtitle) == norm(
        "全国林下经济现场会上湖南林下经济发展经验获推介"
    )
    assert [norm(p) for p in story.paragraphs].count(norm(lead)) == 1


def test_a_dateline_paragraph_printed_twice_stays_under_its_headline():
    # A story's dateline paragraph, set right under its headline, is printed
    # again further down among its own text, after the rest of the story above
    # (printed into it): the copy under the headline is where the paper set it.
    dated = (
        "湖南日报6月3日讯（记者 苏青禾）记者今天从省交通运输厅获悉，全省农村公路"
        "提质改造工程已完成年度任务的六成，新改建农村公路4200公里。"
    )
    page = parse(
        paragraph_page(
            "全省夏粮收购工作会议召开",
            "湖南日报6月3日讯（记者 魏南星）今天，全省夏粮收购工作会议在长沙召开。"
            "会议要求，各地要做好收购资金、仓容和运力准备，守住农民“种粮卖得出”的底线。",
            "农村公路提质改造完成年度任务六成",
            dated,
            "会议强调，要加强粮食市场监管，严厉打击压级压价、短斤少两等坑农害农行为。",
            "今年以来，各地把农村公路建设与乡村旅游、产业发展结合起来，建成了一批旅游路、产业路。",
            dated,
            "省交通运输厅有关负责人表示，将加快推进剩余项目建设，确保年底前全面完工。",
        )
    )
    roads = next(a for a in page.articles if a.title.startswith("农村公路"))
    assert norm(roads.paragraphs[0]).startswith(norm("记者今天从省交通运输厅获悉"))
    assert [norm(p) for p in roads.paragraphs].count(norm(dated[dated.index("）") + 1 :])) == 1


def test_a_column_headline_line_cut_inside_a_word_goes_on_with_the_line_set_tight_under_it():
    forest = [
        "湖南日报9月10日讯（记者 沈千帆）记者",
        "今天从省林业局获悉，今年以来全省完成",
        "人工造林126万亩，森林覆盖率达到",
        "59.98%，林业产业总产值突破5000亿元。",
    ]
    holiday = [
        "湖南日报9月10日讯（记者 程晓光）国庆",
        "假期即将到来，全省各大景区推出",
        "系列文旅活动，预计假期全省接待游客",
        "2000万人次以上。长沙、张家界等地",
        "酒店预订量同比增长三成。",
    ]
    stacks = ["全省林业产业总产值突破5000亿元", "国庆假期全省预\n计接待游客超2000万人次"]
    page = parse("\n\n".join([*forest, stacks[0], *holiday, stacks[1]]) + "\n")
    story = next(a for a in page.articles if "程晓光" in a.dateline)
    assert (story.kicker, story.title, story.subtitle) == (
        "",
        "国庆假期全省预计接待游客超2000万人次",
        "",
    )


def test_text_after_a_story_sent_on_to_another_page_is_another_storys():
    news = [
        "湖南日报9月10日讯（记者 石磊）记者今天",
        "从省水利厅获悉，今年全省新建农村",
        "供水工程1200处，惠及群众86万人。",
        "下一步，全省将加快推进城乡供水一体",
        "化，力争到年底农村自来水普及率达",
        "▷（下转2版）",
    ]
    comment = [
        "农村饮水安全，是最基本的民生。一",
        "口干净的水，连着千家万户的日子。",
        "这些年，各地下大力气建水厂、铺管",
        "网，不少山区群众告别了挑水吃的日子。",
    ]
    heads = ["三湘时评", "让每一滴水都流进群众心坎", "龙清泉"]
    page = parse("\n\n".join(["全省新建农村供水工程1200处", *news, *comment, *heads]) + "\n")
    story = next(a for a in page.articles if a.dateline)
    assert "民生" not in "".join(story.paragraphs)
    signed = next(a for a in page.articles if a.byline == "龙清泉")
    assert (signed.column, signed.title) == ("三湘时评", "让每一滴水都流进群众心坎")
    assert norm("".join(signed.paragraphs)) == norm("".join(comment))


def test_a_short_line_with_like_phrases_set_tight_under_it_opens_a_kicker_of_its_own():
    cakes = [
        "湖南日报9月7日讯（记者 夏小满）中秋节",
        "临近，我省月饼市场进入销售旺季。记",
        "者走访长沙多家商超发现，湘味月饼、",
        "国潮礼盒等产品受到消费者青睐。",
    ]
    drought = [
        "湖南日报9月7日讯（记者 严冬青）记者",
        "今天从省防汛抗旱指挥部获悉，全省抗",
        "旱救灾取得阶段性成效，累计解决38万",
        "人临时饮水困难，秋粮受灾面积得到控制。",
    ]
    zone = "中秋节前月饼销售进入旺季\n\n湘味月饼、国潮礼盒受青睐\n\n战高温\n抗大旱 保民生"
    page = parse("\n\n".join([*cakes, zone, "全省抗旱救灾取得阶段性成效", *drought]) + "\n")
    cake = next(a for a in page.articles if "夏小满" in a.dateline)
    assert "战高温" not in cake.kicker + cake.title + cake.subtitle


def test_a_caption_opening_on_part_of_a_month_leaves_the_title_above_it_a_title():
    page = parse(
        paragraph_page(
            "桃花源里春正浓",
            "3月下旬，桃源县桃花源景区，游客在花海中拍照留念。",
            "          林小禾 摄",
            "湖南日报3月28日讯（记者 宁远）记者今天从省文旅厅获悉，全省春季赏花游持续升温。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "桃花源里春正浓" and not photo.title_derived
    assert photo.paragraphs == ("3月下旬，桃源县桃花源景区，游客在花海中拍照留念。",)


# --- poems ---------------------------------------------------------------------------

POEM = (
    "山那边的灯火",
    "一盏一盏亮起来",
    "像母亲数过的星星",
    "稻草垛睡在田里",
    "风从村口经过",
    "轻轻喊了一声我的小名",
)
ESSAY_PARAS = (
    "老屋门前有一棵桂花树，是祖父年轻时种下的。每到八月，满院子都是桂花香，"
    "祖父就搬出竹床，在树下一坐就是一个下午，看我们在院子里追来跑去。",
    "祖父走后，桂花树还在，年年开花，只是再没有人在树下摇花了。母亲说，"
    "树比人长情，它记得每一个在树下乘过凉的人。",
    "今年中秋回家，我在树下站了很久。风一吹，细碎的花落了一身，像祖父"
    "从前拍在我肩上的那只手，轻轻的，暖暖的。",
)
#: A report set on the same page: paragraphs that fill a paragraph page's lines.
NEWS_BESIDE = (
    "湘潭新建三座污水处理厂",
    "湖南日报9月7日讯（记者 沙鸥）" + WATER_LEAD,
    *WATER_MORE,
)


def test_a_poem_under_its_byline_is_one_piece_a_verse_a_paragraph_up_to_the_next_title():
    page = parse(
        paragraph_page(
            "诗歌",
            "故乡的夜",
            "文丨谷雨声",
            *POEM,
            "老屋门前的桂花树",
            "文丨陶秋禾",
            *ESSAY_PARAS,
            *NEWS_BESIDE,
        )
    )
    poem = next(a for a in page.articles if a.byline == "文丨谷雨声")
    assert (poem.column, poem.title) == ("诗歌", "故乡的夜")
    assert poem.paragraphs == POEM and not poem.subheads
    essay = next(a for a in page.articles if a.byline == "文丨陶秋禾")
    assert essay.title == "老屋门前的桂花树"


def test_prose_printed_after_a_poem_does_not_run_on_its_last_verse():
    page = parse(
        paragraph_page(
            "老屋门前的桂花树",
            "文丨陶秋禾",
            ESSAY_PARAS[0],
            "故乡的夜",
            "文丨谷雨声",
            *POEM,
            *ESSAY_PARAS[1:],
            *NEWS_BESIDE,
        )
    )
    poem = next(a for a in page.articles if a.byline == "文丨谷雨声")
    assert poem.paragraphs == POEM


def test_a_paragraph_opening_on_a_comparison_goes_on_no_open_tail_of_another_story():
    grain = (
        "全省晚稻长势良好",
        "湖南日报9月18日讯（记者 田禾）记者今天从省农业农村厅获悉，全省晚稻已进入灌浆期，从各地田间调查看，",
    )
    fair = (
        "全省农机展览会下周开幕",
        "湖南日报9月18日讯（记者 车辙）记者今天从省农业农村厅获悉，第十届全省农机展览会将于下周在长沙开幕。",
        "与上届相比，本届展会更加突出智能农机，展出面积扩大到3万平方米。",
    )
    rest = "晚稻总体长势好于上年，病虫害发生程度偏轻，丰收在望。"
    page = parse(
        paragraph_page(*grain, *fair, rest, "省农机局有关负责人表示，展会期间将举办多场对接活动。")
    )
    rice = next(a for a in page.articles if "田禾" in a.dateline)
    assert norm("".join(rice.paragraphs)).endswith(norm("从各地田间调查看，" + rest))
    show = next(a for a in page.articles if "车辙" in a.dateline)
    assert any(p.startswith("与上届相比") for p in show.paragraphs)


def test_a_dateline_cut_after_its_date_is_finished_where_its_agency_word_is_printed():
    page = parse(
        paragraph_page(
            "全省中小学春季开学准备就绪",
            "湖南日报2月24日",
            "长沙首周签约项目42个",
            "湖南日报2月24日讯（记者 米禾 通讯员 湘长）春节后上班首周，长沙共签约重大项目42个。",
            "讯（记者 江小渔）记者今天从省教育厅获悉，全省中小学将于近日陆续开学。",
            "长沙市有关负责人表示，今年将围绕产业链开展精准招商。",
        )
    )
    school = next(a for a in page.articles if "江小渔" in a.dateline)
    assert school.title == "全省中小学春季开学准备就绪"
    assert school.dateline.startswith("湖南日报2月24日讯")


def test_a_dated_first_paragraph_alone_above_the_next_dateline_takes_back_its_paragraphs():
    page = parse(
        paragraph_page(
            "全省中小学春季开学准备就绪",
            "湖南日报2月24日讯（记者 江小渔）记者今天从省教育厅获悉，全省中小学将于近日陆续开学，"
            "各地已完成校舍安全排查和教师培训。",
            "长沙首周签约重大项目42个",
            "湖南日报2月24日讯（记者 米禾）春节后上班首周，长沙市密集开展招商引资活动，"
            "共签约重大项目42个，总投资超过600亿元。",
            "省教育厅要求，各地要做好开学第一课，引导学生尽快收心，合理安排作息和体育锻炼时间。",
            "各地中小学还将利用开学前的时间，对校舍、食堂、宿舍和校园周边环境开展安全检查。",
            "签约项目中，先进制造业项目占六成以上，一批投资超过10亿元的重大产业项目落户长沙。",
            "长沙市有关负责人表示，今年长沙将围绕产业链开展精准招商，力争引进更多重大项目。",
        )
    )
    school = next(a for a in page.articles if "江小渔" in a.dateline)
    assert len(school.paragraphs) == 3
    assert school.paragraphs[1].startswith("省教育厅要求")


# --- readers' letters ---------------------------------------------------------------


def test_a_readers_letter_is_signed_with_the_readers_town_and_opens_on_its_salutation():
    letter = [
        "我是湘阴县某镇的一名村",
        "民。前年，村里修了一座便民",
        "桥，村民们都很高兴。",
        "可是今年汛期过后，桥面出",
        "现了好几处裂缝，至今没人来修。",
        "希望有关部门早日派人看看。",
    ]
    zone_above = ["读者来信"]
    zone_below = ["村口的便民桥该修了", "湘阴县读者 何小舟"]
    page = parse(column_page(*zone_above, "编辑同志：", *letter, *zone_below))
    story = next(a for a in page.articles if a.byline)
    assert story.byline == "湘阴县读者 何小舟"
    assert (story.column, story.title) == ("读者来信", "村口的便民桥该修了")
    # (the salutation is a paragraph of its own, as every gold set holding a
    # letter sets it)
    assert story.paragraphs[0] == "编辑同志："
    assert story.paragraphs[1].startswith("我是湘阴县")


def test_a_cut_paragraph_printed_twice_is_kept_where_its_rest_follows_it():
    cut = "投资和消费双双发力。全省固定资产投资同比增长31.5%，社会消费品零售总额3811.5亿元"
    page = parse(
        paragraph_page(
            "一季度全省经济实现开门红",
            "湖南日报4月16日讯（记者 易明）省统计局今天发布一季度全省经济运行数据，全省地区生产总值同比增长19.2%。",
            "工业生产快速回升。一季度，全省规模以上工业增加值同比增长24.5%。",
            cut,
            "长沙高新区新增5家上市后备企业",
            "湖南日报4月16日讯（记者 罗远）长沙高新区今天召开企业上市工作推进会，5家企业新纳入上市后备库。",
            cut,
            "，同比增长30.7%，升级类商品消费需求加快释放。",
            "目前，长沙高新区已有境内外上市企业47家，今年计划推动8家企业上市。",
        )
    )
    economy = next(a for a in page.articles if "易明" in a.dateline)
    assert norm(economy.paragraphs[-1]) == norm(
        cut + "，同比增长30.7%，升级类商品消费需求加快释放。"
    )
    park = next(a for a in page.articles if "罗远" in a.dateline)
    assert "投资和消费" not in "".join(park.paragraphs)


def test_a_sign_off_with_a_photo_printed_under_it_still_closes_its_story():
    page = parse(
        paragraph_page(
            "湘钢宽厚板出口订单排至年底",
            "湖南日报10月28日讯（记者 颜豪）记者今天从湘钢获悉，该公司高端宽厚板出口订单已排产至12月。",
            "湘钢是全国重要的宽厚板生产基地。今年前三季度，湘钢高端产品",
            "湘江新区开出首张行业综合许可证",
            "10月28日，在湘江新区政务服务中心，一家便利店负责人领到了全区首张行业综合许可证。",
            "销量占比达到68%，出口钢材92万吨，同比增长25%，产品进入韩国、新加坡等地的船厂。",
            "湘江新区首批在便利店、药店等10个行业推行一业一证改革，审批时限压减七成以上。",
            "湖南日报·新湖南客户端记者 罗远 通讯员 陈思 报道",
            "10月28日，长沙经开区，工人在厂房内装配泵车。",
            "          湖南日报全媒体记者 柏树 摄",
            "北汽株洲基地新能源汽车产量同比翻番",
            "湖南日报10月28日讯（记者 雷宇）今天，在北汽株洲基地总装车间，一辆辆新能源汽车驶下生产线。",
        )
    )
    signed = next(a for a in page.articles if a.byline.endswith("报道"))
    assert signed.title == "湘江新区开出首张行业综合许可证"
    assert signed.paragraphs[0].startswith("10月28日，在湘江新区")


# --- photo groups ----------------------------------------------------------------------

GROVE = "10月14日，衡阳县西渡镇，茶农在油茶林里察看挂果情况。"
PRESS = "10月14日，衡阳县一家油茶加工企业，工人在灌装茶油。"
GROUP_CREDIT = "以上图片均由湖南日报记者 童小宇 摄"
REPORT_BELOW = (
    "醴陵陶瓷产业年产值突破600亿元",
    "湖南日报10月16日讯（记者 唐华）记者今天从醴陵市获悉，该市陶瓷产业年产值突破600亿元。",
)


def test_untitled_photos_under_one_credit_are_an_item_each_the_credit_with_the_last():
    page = parse(paragraph_page(GROVE, PRESS, GROUP_CREDIT, *REPORT_BELOW))
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [p.paragraphs for p in photos] == [(GROVE,), (PRESS,)]
    assert [bool(p.byline) for p in photos] == [False, True]


def test_a_short_line_under_a_group_credit_over_running_text_is_the_groups_title():
    page = parse(
        paragraph_page(
            GROVE,
            PRESS,
            GROUP_CREDIT,
            "湘南秋色浓",
            "在攸县皇图岭镇的稻田里，收割机刚刚收完晚稻，田里的稻花鱼就被村民捞上了岸。",
            *REPORT_BELOW,
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert len(photos) == 1
    assert photos[0].title == "湘南秋色浓" and photos[0].paragraphs == (GROVE, PRESS)


def test_a_group_credit_takes_its_captions_and_no_paragraph_of_the_story_above_them():
    page = parse(
        paragraph_page(
            "全省检察机关去年批准逮捕人数下降",
            "湖南日报1月29日讯（记者 彭霞）省人民检察院今天发布工作报告。",
            "省人民检察院检察长所作的工作报告显示，去年全省检察机关共批准逮捕各类犯罪嫌疑人2.1万人。",
            GROVE,
            PRESS,
            GROUP_CREDIT,
            "代表建言",
            "让洞庭湖重现碧波万顷",
            "湖南日报1月29日讯（记者 周文）“洞庭湖是长江的调蓄器，保护好洞庭湖是我们的责任。”",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [p.paragraphs for p in photos] == [(GROVE,), (PRESS,)]
    report = next(a for a in page.articles if "周文" in a.dateline)
    assert norm(report.kicker + report.title) == norm("代表建言让洞庭湖重现碧波万顷")


def test_a_headline_line_opening_on_a_time_and_its_verb_stays_under_the_line_naming_its_subject():
    holiday = [
        "湖南日报9月25日讯（记者 彭霞）今年国庆、",
        "中秋假期长达8天，省文旅厅今天发布消",
        "息，全省各地将推出300余项文旅活动，",
        "旅游市场持续火热。",
    ]
    tourism = [
        "湖南日报9月25日讯（记者 龙涛）记者从",
        "张家界市旅游部门获悉，今年1至8月，张",
        "家界市接待境外游客同比增长28%。",
    ]
    zone = [
        "国庆中秋假期全省推出300余项文旅活动",
        "张家界国际旅游市场持续升温",
        "前8个月接待境外游客同比增长28%",
    ]
    page = parse(column_page(*holiday, *tourism, *zone))
    story = next(a for a in page.articles if "龙涛" in a.dateline)
    assert norm(story.kicker + story.title + story.subtitle) == norm(
        "张家界国际旅游市场持续升温前8个月接待境外游客同比增长28%"
    )


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("谢小满（长沙市民）", True),  # a reader, signed with who the reader is
        ("秋日书简（组诗）", False),  # a title with its genre
        ("中国（湖南）", False),
    ],
)
def test_a_readers_signature_names_who_the_reader_is(line, byline):
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline(line) is byline


def test_a_cartoons_maker_signs_it_as_its_credit():
    from hnreader.corpus.segment.patterns import credit_match

    assert (
        credit_match("合同签了一大摞，项目落地没几个。 王小群 作").group(0).strip() == "王小群 作"
    )
    assert credit_match("各方加强合作") is None
    # (a two-character name spread to a three-character one's width)
    assert credit_match("王 群 作").group(0).strip() == "王 群 作"


def test_a_title_under_its_columns_label_is_a_title_whatever_word_it_ends_on():
    page = parse(
        paragraph_page(
            "路通了，山货走出大山",
            "“要想富，先修路。”驻村工作队进村后，第一件事就是修通了村里的公路。",
            "路通了，山里的东西就能运出去了。村里有种茶的传统，茶叶终于卖上了好价钱。",
            "洞庭观察",
            "防汛关键时刻，更需干部挺在前",
            "湖南日报评论员 汪小舟",
            "洞庭湖水位持续上涨，全省防汛进入最关键时期，各级干部要冲在一线。",
            "防汛抗洪，是对各级干部的一场大考。越是关键时刻，越要靠前指挥。",
        )
    )
    comment = next(a for a in page.articles if a.byline == "湖南日报评论员 汪小舟")
    assert (comment.column, comment.title) == ("洞庭观察", "防汛关键时刻，更需干部挺在前")


def test_an_inner_pages_header_with_its_section_before_the_date_is_furniture():
    page = parse(
        column_page(
            " 02",
            "要闻 2015年4月21日 星期二",
            "责任编辑 彭小丽 美术编辑 蒋小岚",
            "湖南日报4月20日讯（记者 黄杰）今天",
            "上午，省人大常委会会议在长沙开幕。",
            "会议审议了食品安全条例草案。",
            "省人大常委会会议开幕",
        )
    )
    assert [a.title for a in page.articles] == ["省人大常委会会议开幕"]
    assert any("要闻" in extra for extra in page.extras)


@pytest.mark.parametrize("offer", ["更多精彩内容", "更多要闻"])
def test_a_header_strip_with_the_paper_and_section_page_number_is_furniture(offer):
    page = parse(
        column_page(
            "湖南日报4月20日讯（记者 黄杰）今天",
            "上午，省人大常委会会议在长沙开幕。",
            "会议审议了食品安全条例草案。",
            "省人大常委会会议开幕",
            "湖南日报 2016年9月23日 星期五",
            "评论 05",
            "扫码看新湖南",
            offer,
        )
    )
    assert [a.title for a in page.articles] == ["省人大常委会会议开幕"]


def test_a_caption_right_under_a_credit_printed_alone_is_that_photo_whatever_follows():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 彭雨欣 摄",
            "4月12日晚，株洲市体育中心，株洲队球员在比赛中头球攻门。",
            "全省城市篮球联赛第二轮战罢",
            "湖南日报4月13日讯（全媒体记者 谭晓雯）12日晚，全省城市篮球联赛第二轮在6个赛场同时开战。",
            "比赛第三节，株洲队连续命中三分球，最终以88比80战胜常德队，取得两连胜。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert "彭雨欣" in photo.byline
    assert photo.paragraphs == ("4月12日晚，株洲市体育中心，株洲队球员在比赛中头球攻门。",)
    story = next(a for a in page.articles if a.kind != "photo")
    assert story.title == "全省城市篮球联赛第二轮战罢" and len(story.paragraphs) == 2


def test_a_headline_line_ending_on_a_whole_word_is_no_paragraph_cut_before_a_chance_word():
    page = parse(
        paragraph_page(
            "全省招商引资大会召开",
            "湖南日报2月7日讯（全媒体记者 蒋文韬）今天，全省招商引资大会在长沙召开。",
            "会议要求，各地要形成一批可复制的",
            "▷（下转2版）",
            "首批30个招商项目集中签约",
            "总投资超500亿元，制造业项目占比过半",
            "湖南日报2月7日讯（全媒体记者 黎思琪）今天，首批30个招商项目在长沙集中签约，总投资512亿元。",
            "签约项目覆盖全省14个市州，其中制造业项目16个。",
            "拼的是环境",
            "开年召开招商引资大会，释放的信号十分明确：比拼发展，首先比拼环境。",
        )
    )
    signed = next(a for a in page.articles if "黎思琪" in a.dateline)
    assert (signed.title, signed.subtitle) == (
        "首批30个招商项目集中签约",
        "总投资超500亿元，制造业项目占比过半",
    )


def test_a_word_read_across_a_cut_takes_no_character_of_a_whole_word():
    from hnreader.corpus.segment.joins import breaks_last_word

    assert breaks_last_word("制造业项目占比过半", "开年召开招商引资大会")
    assert not breaks_last_word("码头建成后年吞吐", "能力将提升至千万吨")  # 吞吐能力
    assert not breaks_last_word("加强现场服", "务两次")  # a character left alone


def test_a_series_name_over_a_title_inside_a_feature_is_its_stack_not_an_early_crosshead():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 刘沛然",
            "初冬的西洞庭湖，水落滩出，成群的候鸟在湖面上空盘旋起落，鸣声此起彼伏。",
            "“今年来越冬的候鸟比去年还多。”在湖区守护了二十多年的护鸟员何国强说。",
            "退渔还湖，给鸟儿腾出家园",
            "西洞庭湖是重要湿地，过去一段时间，湖区围网密布，候鸟的栖息地被大量挤占。",
            "绿色发展看湖南",
            "一片湿地是怎样新生的",
            "近年来，当地拆除各类围网数千处，恢复湿地面积数万亩，水面开阔了，鸟儿自然就来了。",
            "退杨还湿，让湿地重焕生机",
            "黑杨曾经遍布湖区洲滩，大量吸水导致湿地旱化，如今已全部清理，湿地重现生机。",
        )
    )
    (feature,) = [a for a in page.articles if "刘沛然" in a.byline]
    assert feature.title == "一片湿地是怎样新生的"
    assert feature.column == "绿色发展看湖南"
    assert "退渔还湖" not in feature.kicker + feature.title + feature.subtitle


def test_a_crosshead_drawn_twice_inside_a_feature_is_read_once_and_opens_no_story():
    page = parse(
        paragraph_page(
            "千年古寨的新生",
            "湖南日报全媒体记者 王文秀 通讯员 胡小娟",
            "雨后的古寨，青石板路泛着微光，游客三三两两穿行在巷子里，寨子里处处是老房子。",
            "为了不让古寨变成“空寨”，当地鼓励原住民继续在寨子里生活，对房屋修缮给予补助。",
            "活化利用",
            "活化利用",
            "保护的同时，古寨也在探索活化利用。一批老房子被改造成了非遗展示馆和文创工作室。",
            "今年，古寨推出了夜游项目，巷子里挂起灯笼，游客可以体验非遗手工。",
        )
    )
    (feature,) = [a for a in page.articles if a.kind != "photo"]
    assert "".join(feature.paragraphs).count("活化利用") == 2  # the line once, and the text's
    assert "活化利用" in page.duplicates


def _set_in_column(paragraphs: list[str], chars: int) -> str:
    """Paragraphs as a column page prints them, ``chars`` to a full line (a
    closing mark never opens a line: it stays on the line it closes)."""
    lines = []
    for paragraph in paragraphs:
        k = 0
        while k < len(paragraph):
            end = k + chars
            while end < len(paragraph) and paragraph[end] in "，。、；：”）":
                end += 1
            lines.append(paragraph[k:end])
            k = end
    return "\n".join(lines)


def test_a_paragraph_set_to_a_narrower_column_opens_a_story_headed_elsewhere():
    # A news story set 17 to the line, then a commentary set 12 to the line
    # with no opener of its own; both stacks are bunched under them.
    news = [
        "湖南日报4月2日讯（全媒体记者 沈青 通讯员 陶然）今天，岳阳城陵矶港新开通"
        "至东盟的集装箱直航航线，首航船舶装载电子产品、工程机械配件等货物。",
        "据介绍，新航线每周一班，从岳阳出发直达越南海防港，全程约需十二天，"
        "比经上海中转节省时间五天以上，每个标箱可为企业降低物流成本约八百元。",
    ]
    commentary = [
        "一条航线的开通，看似只是多了一个出海口，背后却是内陆省份融入开放大局的一次主动作为。",
        "湖南不沿边、不靠海，过去企业出口往往要绕道沿海港口，时间长、成本高。"
        "把航线直接开到家门口，企业算的是经济账，地方赢的是发展势。",
    ]
    page = parse(
        column_page(
            _set_in_column(news, 17),
            _set_in_column(commentary, 12),
            "城陵矶港开通东盟直航航线",
            "让内陆企业走得更远",
            "欧阳青山",
        )
    )
    titles = {a.title: a for a in page.articles}
    assert set(titles) == {"城陵矶港开通东盟直航航线", "让内陆企业走得更远"}
    opinion = titles["让内陆企业走得更远"]
    assert opinion.byline == "欧阳青山"
    assert [norm(p)[:8] for p in opinion.paragraphs] == ["一条航线的开通,", "湖南不沿边、不靠"]
    assert len(titles["城陵矶港开通东盟直航航线"].paragraphs) == 2


@pytest.mark.parametrize(
    "first",
    [
        "从“跑得完”到“跑得好”",
        # (one naming the section's words more than the title names the feature's)
        "退休教师爱上了马拉松",
    ],
)
def test_a_crosshead_under_a_features_byline_is_its_first_section_not_a_story(first):
    # title / 记者 某某 / crosshead / text, bunched under the news story
    # above with its title: the feature's first section is headed right
    # under its byline, as its later ones are among its text.
    sections = [
        "清晨五点，柳叶湖边的步道上已经有不少跑友在热身，46岁的退休教师张秋生"
        "绕着湖跑了三圈，衣服湿透了，脸上却满是笑容。他说，十年前自己连一公里都跑不下来。",
        "如今，当地的跑步协会已有会员两千多人，每个周末都组织集体训练，"
        "不少人从跑完全程到追求更好的成绩。",
    ]
    more = [
        "马拉松带火了湖边的民宿和餐馆，周边三十多家店铺在赛事期间营业额翻了一番，"
        "有的民宿提前一个月就订满了。",
        "区里顺势规划了环湖运动休闲带，引进运动装备、体育培训等企业十余家。",
    ]
    page = parse(
        column_page(
            _set_in_column(
                [
                    "湖南日报5月6日讯（记者 向东 通讯员 田甜）今天，常德柳叶湖国际马拉松赛"
                    "鸣枪开跑，来自国内外的两万名选手参赛。",
                    "本届赛事首次设置了亲子跑项目，沿途设有十二个补给站和医疗点。",
                ],
                18,
            ),
            "柳叶湖国际马拉松鸣枪开跑",
            "柳叶湖畔的“追光者”",
            "记者 龚晓岚",
            "通讯员 柏松",
            first,
            _set_in_column(sections, 18),
            "赛道边长出新产业",
            _set_in_column(more, 18),
        )
    )
    titles = [a.title for a in page.articles]
    assert titles == ["柳叶湖国际马拉松鸣枪开跑", "柳叶湖畔的“追光者”"]
    feature = page.articles[1]
    assert feature.byline == "记者 龚晓岚 通讯员 柏松"
    assert feature.paragraphs[0] == first
    assert feature.subheads == (first, "赛道边长出新产业")


def test_a_byline_broken_after_the_papers_name_keeps_the_name():
    page = parse(
        column_page(
            "种粮要让农民有钱赚",
            "湖南日报全媒体",
            "评论员",
            "周一鸣",
            _set_in_column(
                [
                    "稳住粮食生产，关键是让种粮农民有钱赚、得实惠。近年来，我省"
                    "持续加大种粮补贴力度，推广订单农业和社会化服务。",
                    "只有种粮收益稳定，农民才愿意种粮、多种粮、种好粮。",
                ],
                14,
            ),
        )
    )
    (opinion,) = page.articles
    assert opinion.title == "种粮要让农民有钱赚"
    assert squash(opinion.byline) == "湖南日报全媒体评论员周一鸣"


def test_a_poem_under_its_poets_byline_after_a_bunched_label_is_read_line_by_line():
    verse = [
        "山雨把门前的石阶洗得发亮",
        "竹影在窗上走动",
        "一盏灯",
        "守着半卷旧书",
        "檐下的燕子",
        "衔来了整座山的春天",
    ]
    page = parse(
        column_page(
            "湘西乡村文化驿站挂牌",
            "湖南日报4月9日讯（全媒体记者 石林）今天，湘西州首批乡村\n"
            "文化驿站挂牌运行，全州八个县市各建一处，\n"
            "老祠堂、老戏台重新热闹起来。",
            "诗苑",
            "山居春夜（外一首）",
            "文丨谭远舟",
            "\n".join(verse),
        )
    )
    poem = next(a for a in page.articles if a.title == "山居春夜（外一首）")
    assert poem.byline == "文丨谭远舟"
    assert list(poem.paragraphs) == verse


def test_a_poem_printed_before_its_title_and_poet_is_a_piece_of_its_own():
    verse = [
        "霜落在瓦上的时候",
        "灶膛里的火正旺",
        "外婆把腊肉挂上房梁",
        "像挂起一整年的盼头",
        "远处的山",
        "一层比一层淡",
        "村口的老樟树",
        "把归人的脚步",
        "数了又数",
    ]
    page = parse(
        column_page(
            "老屋的灯",
            "文丨彭雨溪",
            _set_in_column(
                [
                    "每次回乡，远远望见老屋窗口那盏灯，心里就踏实了。母亲说，"
                    "灯是给回家的人留的，不管多晚，总要亮着。",
                ],
                16,
            ),
            "\n".join(verse),
            "冬至（外一首）",
            "龙青禾",
            "书香湖湘",
            "一本书里的洞庭",
            "文丨肖远山",
            _set_in_column(
                [
                    "读完这本写洞庭湖的散文集，仿佛跟着作者在湖上走了一遍，"
                    "看渔火，听涛声，也看湖区人家几十年的变迁。",
                ],
                16,
            ),
        )
    )
    poem = next(a for a in page.articles if a.title == "冬至（外一首）")
    assert squash(poem.byline) == "龙青禾"
    assert list(poem.paragraphs) == verse
    essay = next(a for a in page.articles if a.title == "老屋的灯")
    assert len(essay.paragraphs) == 1


def test_crossheads_of_a_comma_series_head_their_sections_on_a_paragraph_page():
    from .test_segment_general import paragraph_page, parse

    page = parse(
        paragraph_page(
            "桑植县乡村振兴见闻",
            "山里的新日子",
            "湖南日报全媒体记者 向山青",
            "车子沿着盘山公路一路向上，云雾在山腰间缓缓流动，路边的梯田一层叠着一层，"
            "山坳里的村庄升起了袅袅炊烟。",
            "一条渠，浇活了千亩田",
            "以前村里缺水，种稻全靠天。去年修通的灌溉渠，让千亩梯田都喝上了水，"
            "今年的早稻亩产比往年高出一百多斤。",
            "一座厂，留住了年轻人",
            "村里的茶叶加工厂开工后，外出打工的年轻人陆续回来了，有的当上了技术员，"
            "有的开起了网店，把山里的茶叶卖到了全国各地。",
            "一间屋，装下了新生活",
            "搬进新居的老人说，屋里通了自来水，装上了取暖器，冬天再也不用去井边挑水了，"
            "孙子放学回来也有了自己的书桌。",
        )
    )
    (feature,) = page.articles
    heads = ["一条渠，浇活了千亩田", "一座厂，留住了年轻人", "一间屋，装下了新生活"]
    assert [p for p in feature.paragraphs if p in heads] == heads
    assert len(feature.paragraphs) == 7


def test_a_reviews_stack_under_a_poems_last_line_heads_the_review():
    verse = [
        "田埂上的草又绿了",
        "父亲扛着锄头",
        "从雾里走过来，露水打湿了他的裤脚",
        "他说",
        "今年的雨水好",
        "秧苗会长得齐整",
        "我跟在他身后，数着一垄一垄的绿",
    ]
    page = parse(
        column_page(
            "湘西乡村文化驿站挂牌",
            "湖南日报4月9日讯（全媒体记者 石林）今天，湘西州首批乡村\n"
            "文化驿站挂牌运行，全州八个县市各建一处，\n"
            "老祠堂、老戏台重新热闹起来。",
            "诗苑",
            "春天的田埂",
            "文丨舒晴川",
            "\n".join([*verse, "读《湘西茶事》", "一片叶子里的山河"]),
            "文丨贺岚风",
            _set_in_column(
                [
                    "翻开周明远的新著《湘西茶事》，扑面而来的是一股清新的茶香。"
                    "这本书记下了湘西三十多位茶人的故事。",
                ],
                16,
            ),
        )
    )
    poem = next(a for a in page.articles if a.title == "春天的田埂")
    assert list(poem.paragraphs) == verse
    review = next(a for a in page.articles if a.byline == "文丨贺岚风")
    assert (review.kicker, review.title) == ("读《湘西茶事》", "一片叶子里的山河")


@pytest.mark.parametrize("edition", ["湖南日报数字版", "湖南日报电子版"])
def test_the_papers_digital_edition_under_a_codes_prompt_is_the_box_not_a_kicker(edition):
    # Column page: 扫码阅读 / 湖南日报数字版, a code's box, over a report's
    # two-line title: no kicker of it.
    page = parse(
        column_page(
            "扫码阅读",
            edition,
            "衡山清明小长假",
            "迎来游客21万人次",
            "湖南日报4月6日讯（记者 邝远）记者",
            "从衡山景区获悉，清明小长假三天，",
            "景区共迎来游客21万人次。",
        )
    )
    (story,) = page.articles
    assert not story.kicker
    assert story.title == "衡山清明小长假迎来游客21万人次"
