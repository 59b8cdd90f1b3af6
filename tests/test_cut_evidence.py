"""Evidence that reads across a cut: province words, and story topics that
hold no jump markers or figures."""

from __future__ import annotations

import jieba
import pytest

from hnreader.corpus import load
from hnreader.corpus.segment import thresholds as T
from hnreader.corpus.segment.hunan_words import formula_across, names_place, straddles
from hnreader.corpus.segment.joins import join_evidence, measure_fits
from hnreader.corpus.segment.pieces import topic_text


def _masthead(year: int, month: int, day: int, weekday: str, number: int) -> str:
    """A front page's date block, as the extraction prints it over the text."""
    return f"\n\n{year}年{month}月\n\n{day}\n\n星期{weekday}\n\n第{number}号\n\n\n\n"


def _articles_of(tmp_path, name: str, page: str):
    (tmp_path / name).write_text(page, encoding="utf-8")
    return load([tmp_path]).issues[0].articles


@pytest.mark.parametrize(
    ("tail", "piece"),
    [
        ("打造都市圈，深化与长", "株潭三市的产业协作。"),  # 长株潭
        ("支持长株", "潭建设现代化都市圈。"),
        ("推进湘赣", "边区域合作示范区建设。"),  # 湘赣边
        ("落实“三高", "四新”美好蓝图。"),  # 三高四新
        ("奋力建设现代化新", "湖南的重要支撑。"),  # 现代化新湖南
        # a standing formula cut anywhere, far from either end of it
        ("成效，根本在于习近平新时代", "中国特色社会主义思想的科学指引。"),
        ("在以习近平同志为核心的党中", "央坚强领导下，全省上下"),
        ("为全面建设社会", "主义现代化国家开好局"),
        ("长沙市住房和城乡", "建设委员会有关负责人介绍"),  # a department's name
    ],
)
def test_a_province_word_cut_in_two_straddles_the_cut(tail, piece):
    assert straddles(tail, piece)


@pytest.mark.parametrize(
    ("tail", "piece"),
    [
        ("会议要求各地", "认真抓好落实。"),
        ("推动长株潭", "一体化发展。"),  # the word is whole on the tail's side
        ("坚持创新", "湖南建设不停步。"),
        ("我们坚持中国", "特色的道路"),  # the formula's words, but not its run
        ("会议强调，要以习近平新时代", "的担当作为推动发展"),
    ],
)
def test_no_province_word_across_a_plain_cut(tail, piece):
    assert not straddles(tail, piece)


def test_only_a_long_name_or_formula_is_read_across_by_formula_across():
    assert formula_across("据介绍，益阳市住房和城乡", "建设局有关负责人介绍")
    # (a short word of the province meets by chance: 扩大 + 湘西州 is no 大湘西)
    assert straddles("全省新能源装机规模持续扩大", "湘西州凤凰古城推出民俗活动")
    assert not formula_across("全省新能源装机规模持续扩大", "湘西州凤凰古城推出民俗活动")


def test_province_words_leave_jiebas_dictionary_alone():
    # Other passes (search, the corpus composer) segment with the shared dictionary.
    assert "长株潭" not in jieba.lcut("推动长株潭一体化发展", HMM=False)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("▲ ▲（上接3版①）加快产业园区建设", "加快产业园区建设", ("上接", "3", "▲")),
        ("前9个月完成投资120.5亿元", "个月完成投资", ("9", "120.5")),
        ("项目建设提速(下转2版)", "项目建设提速", ("下转", "2")),
    ],
)
def test_a_topic_holds_words_not_markers_or_figures(text, kept, dropped):
    topic = topic_text(text)
    assert kept in topic.replace(" ", "")
    for part in dropped:
        assert part not in topic


def test_a_headless_continuation_takes_back_its_piece_and_the_interruption(tmp_path):
    # The continuation's lead is cut after a few words, too few for a topic;
    # its rest and the next paragraph interrupt the news story between the
    # news story's open tail (项目总投资) and that tail's own rest (12.5亿元).
    page = (
        "\n\n2024年5月\n\n8\n\n星期三\n\n第27102号\n\n\n\n"
        "▲ ▲（上接1版①）会议强调，要深化与长\n\n"
        "江北新城净水厂项目开工\n\n"
        "湖南日报5月7日讯（全媒体记者 王五）今天，江北新城净水厂项目开工。项目总投资\n\n"
        "株潭三市的产业协作，推动园区共建共享。\n\n"
        "会议要求，各部门要抓好任务落实，确保各项目标如期完成。\n\n"
        "12.5亿元，建设内容包括取水泵站、净水厂和输水管网。\n\n"
        "净水厂建成后，将满足新城五十万居民的用水需求。\n"
    )
    (tmp_path / "2024-05-08_p2.txt").write_text(page, encoding="utf-8")
    articles = load([tmp_path]).issues[0].articles
    continuation = next(a for a in articles if a.kind == "continuation")
    news = next(a for a in articles if a.kind == "news")
    assert continuation.paragraphs == (
        "会议强调，要深化与长株潭三市的产业协作，推动园区共建共享。",
        "会议要求，各部门要抓好任务落实，确保各项目标如期完成。",
    )
    assert news.paragraphs == (
        "今天，江北新城净水厂项目开工。项目总投资12.5亿元，建设内容包括取水泵站、净水厂和输水管网。",
        "净水厂建成后，将满足新城五十万居民的用水需求。",
    )


def test_a_line_cut_inside_a_word_over_a_headline_is_neither_kicker_nor_crosshead(tmp_path):
    # A continuation's line of listed places, cut inside a word (…加装护 +
    # 栏，…), stands over the next story's headline: it is no kicker, and no
    # crosshead either, but a cut sentence whose rest is printed further on.
    page = (
        "\n\n2023年4月\n\n20\n\n星期四\n\n第26700号\n\n\n\n"
        "▲ ▲（上接1版）通知要求，各乡镇要把农村公路安全隐患排查到每一条村道。\n\n"
        "各县市区还将在急弯、陡坡、临水路段加装护\n\n"
        "常德新开通三条城乡公交线路\n\n"
        "湖南日报4月19日讯（全媒体记者 周八）今天，常德新开通三条城乡公交线路，"
        "沿线十二个村的群众出行更方便。\n\n"
        "栏，并在学校周边设置减速带。\n\n"
        "新线路每天发车四十余班，票价两元。\n"
    )
    (tmp_path / "2023-04-20_p2.txt").write_text(page, encoding="utf-8")
    articles = load([tmp_path]).issues[0].articles
    continuation = next(a for a in articles if a.kind == "continuation")
    bus = next(a for a in articles if a.title.startswith("常德"))
    assert bus.kicker == ""
    assert continuation.paragraphs[-1] == (
        "各县市区还将在急弯、陡坡、临水路段加装护栏，并在学校周边设置减速带。"
    )
    assert bus.paragraphs == (
        "今天，常德新开通三条城乡公交线路，沿线十二个村的群众出行更方便。",
        "新线路每天发车四十余班，票价两元。",
    )


def test_a_crosshead_over_a_line_cut_inside_a_word_stays_in_its_feature(tmp_path):
    # A feature's crosshead stands over a paragraph cut inside a word (…如
    # / 今…): the two are no headline of a story of their own.
    page = (
        "\n\n2024年9月\n\n6\n\n星期五\n\n第27200号\n\n\n\n"
        "老茶厂的“新茶人”\n\n"
        "湖南日报全媒体记者 何九 通讯员 常十\n\n"
        "在安化县一家有着六十多年历史的老茶厂，过去烟熏火燎、满地茶末的车间，"
        "如今蒸汽氤氲、干净整洁，工人们守着自动化生产线压制黑茶砖。\n\n"
        "从“靠手艺”到“靠数据”\n\n"
        "35岁的制茶师傅说，过去压茶全凭老师傅的手感和经验，一批茶的成色好坏要看运气，如\n\n"
        "今每块茶砖压制时的温度、湿度和压力都记录在系统里，哪个环节出了偏差，屏幕上一眼就能看出来。\n\n"
        "这家茶厂每年都要组织青年茶工参加技能培训，近三年已有80多名青年茶工成长为技术骨干。\n"
    )
    (tmp_path / "2024-09-06_p5.txt").write_text(page, encoding="utf-8")
    articles = load([tmp_path]).issues[0].articles
    assert [a.title for a in articles] == ["老茶厂的“新茶人”"]
    assert articles[0].paragraphs[1:3] == (
        "从“靠手艺”到“靠数据”",
        "35岁的制茶师傅说，过去压茶全凭老师傅的手感和经验，一批茶的成色好坏要看运气，"
        "如今每块茶砖压制时的温度、湿度和压力都记录在系统里，哪个环节出了偏差，屏幕上一眼就能看出来。",
    )


def test_a_figure_does_not_complete_half_a_noun():
    # …车间里，工 is half a word (工人): a piece opening on a figure (35岁的…)
    # fits a tail stopped on a verb (…同比增 + 12.5%), not this one.
    tail = "如今蒸汽氤氲、干净整洁，工"
    assert join_evidence(tail, "人们守着生产线。") > join_evidence(tail, "35岁的师傅说，")
    assert join_evidence("全年销售额同比增", "12.5%，高于全省平均。") >= T.JOIN_FIGURE


def test_a_count_closing_its_clause_completes_the_noun_before_it():
    # …共派出监测车 + 86台，…: the noun's own count (noun, figure, counter),
    # though jieba reads the noun's last character alone.
    assert join_evidence("全省共派出无线电监测车", "86台，在各考点周边巡查。") >= T.JOIN_FIGURE
    assert join_evidence("全省共派出无线电监测车", "86岁的老人说，") < T.JOIN_FIGURE


def test_a_figures_unit_must_fit_the_measure_the_tail_names():
    # Two tails cut before their figures, two figures cut from them: the
    # area takes the 亩, the donations the 元.
    area, money = "暴雨造成全市农作物受灾面积", "红十字会已接收社会捐款"
    acres, yuan = "120余万亩，其中绝收面积近10万亩。", "860余万元，将全部用于灾后重建。"
    assert join_evidence(area, acres) > join_evidence(money, acres)
    assert join_evidence(money, yuan) > join_evidence(area, yuan)


def test_cases_are_counted_in_qi_and_computing_power_in_card_hours():
    # Two tails cut before their figures: the disasters take the 起, the
    # computing power the 卡时.
    cases, power = "去年以来成功预警地质灾害", "平台已累计调度算力"
    qi, hours = "32起，避免人员伤亡1000余人。", "60余万卡时。"
    assert join_evidence(cases, qi) > join_evidence(power, qi)
    assert measure_fits(power, hours) is True
    assert measure_fits(cases, hours) is False


def test_a_figure_modifying_a_noun_opens_a_subject_not_a_verbs_object():
    # …推动一批重大项目 + 10岁的男孩说: a figure and its unit before 的 begin a
    # subject; the same figure before a pause is the object a verb awaits.
    tail = "要坚持项目为王，推动一批重大项目"
    assert join_evidence(tail, "10岁的男孩小军说，他长大了也想当老师。") < T.JOIN_FIGURE
    assert join_evidence("全年完成造林", "3000余亩，超额完成任务。") >= T.JOIN_FIGURE


def test_a_figure_cut_from_its_sentence_goes_back_to_it(tmp_path):
    # …同比增长 + 21.4%，… (a verb and its figure, the figure ending on %) and
    # …网点60 + 余个，… (a bare figure and the rest of it) are each printed
    # inside another story.
    page = (
        "\n\n2024年6月\n\n12\n\n星期三\n\n第27130号\n\n\n\n"
        "前5月全市快递业务量稳步增长\n\n"
        "湖南日报6月11日讯（全媒体记者 赵六）"
        "今年前5个月，全市快递业务量累计完成3.6亿件，同比增长\n\n"
        "城南社区书屋开门迎客\n\n"
        "湖南日报6月11日讯（全媒体记者 钱七）"
        "今天，城南社区书屋正式开放，藏书两万余册，居民可免费借阅。\n\n"
        "21.4%，增速高于全省平均水平。今年以来，全市新增快递网点60\n\n"
        "书屋还开设了少儿阅读区，配备了一批绘本和科普读物，周末将举办亲子阅读活动。\n\n"
        "余个，快递服务已覆盖全部乡镇。\n"
    )
    (tmp_path / "2024-06-12_p3.txt").write_text(page, encoding="utf-8")
    articles = load([tmp_path]).issues[0].articles
    express = next(a for a in articles if a.title.startswith("前5月"))
    books = next(a for a in articles if a.title.startswith("城南"))
    assert express.paragraphs == (
        "今年前5个月，全市快递业务量累计完成3.6亿件，同比增长21.4%，增速高于全省平均水平。"
        "今年以来，全市新增快递网点60余个，快递服务已覆盖全部乡镇。",
    )
    assert books.paragraphs == (
        "今天，城南社区书屋正式开放，藏书两万余册，居民可免费借阅。",
        "书屋还开设了少儿阅读区，配备了一批绘本和科普读物，周末将举办亲子阅读活动。",
    )


def test_a_sentence_stopped_on_a_comma_takes_the_piece_that_talks_about_its_story(tmp_path):
    # …古丈毛尖、 + 君山银针…: no word across the cut, but the tail cannot end
    # there and the piece is about the fair, not about parking; the parking
    # story's own paragraph stays where it is.
    page = (
        "\n\n2024年9月\n\n20\n\n星期五\n\n第27200号\n\n\n\n"
        "全省茶叶产业博览会在益阳开幕\n\n"
        "湖南日报9月19日讯（全媒体记者 孙八）"
        "今天，全省茶叶产业博览会在益阳开幕。展会吸引了安化黑茶、古丈毛尖、\n\n"
        "城区新增公共停车位两千个\n\n"
        "湖南日报9月19日讯（全媒体记者 周九）"
        "记者从市城管局获悉，今年以来城区新建改建公共停车场十二处，新增公共停车位两千个。\n\n"
        "君山银针等品牌的三百余家茶企参展。全省茶叶产业博览会为期四天，"
        "展会期间还将举办茶旅融合推介活动。\n\n"
        "市城管局负责人表示，将继续挖潜停车资源，缓解市民停车难。\n"
    )
    (tmp_path / "2024-09-20_p4.txt").write_text(page, encoding="utf-8")
    articles = load([tmp_path]).issues[0].articles
    fair = next(a for a in articles if a.title.startswith("全省茶叶"))
    parking = next(a for a in articles if a.title.startswith("城区"))
    assert fair.paragraphs == (
        "今天，全省茶叶产业博览会在益阳开幕。展会吸引了安化黑茶、古丈毛尖、"
        "君山银针等品牌的三百余家茶企参展。全省茶叶产业博览会为期四天，"
        "展会期间还将举办茶旅融合推介活动。",
    )
    assert parking.paragraphs == (
        "记者从市城管局获悉，今年以来城区新建改建公共停车场十二处，新增公共停车位两千个。",
        "市城管局负责人表示，将继续挖潜停车资源，缓解市民停车难。",
    )


def test_a_verb_and_its_figure_across_a_cut_weigh_as_a_figure_and_its_unit():
    from hnreader.corpus.segment import thresholds as T
    from hnreader.corpus.segment.joins import join_evidence

    verb_figure = join_evidence("今年全省交通建设全年共完成", "860亿元，比上年多出一成。")
    figure_unit = join_evidence("全年累计开展技能培训72", "万人次，完成年度目标。")
    assert verb_figure == pytest.approx(figure_unit) == pytest.approx(T.JOIN_FIGURE_UNIT)
    # (a measure named before the figure, its unit fitting it, adds to that)
    named = join_evidence("今年全省交通建设全年完成投资", "860亿元，比上年多出一成。")
    assert named == pytest.approx(T.JOIN_FIGURE + T.JOIN_MEASURE)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("岳阳", True),
        ("长沙市开福区", True),
        ("华容县", True),
        ("汝城县沙洲村", True),
        ("湘江新区", True),
        ("走进县域园区", False),  # a label whose words happen to end in 县…区
        ("社区", False),
        ("长沙黄花综保区", False),
    ],
)
def test_a_places_name_is_a_city_county_and_town_in_a_row(text, place):
    assert names_place(text) is place


def test_a_verb_of_reaching_a_quantity_takes_the_measure_and_figure_after_the_cut():
    # …全年完成 + 工业投资620亿元: the verb cannot close its sentence, and the
    # piece names what it completed with the figure; a plain sentence with a
    # subject of its own (一位代表说，…) is no such object.
    tail = "去年该市推进园区标准化厂房建设，全年完成"
    assert join_evidence(tail, "工业投资620亿元，同比增长18.4%。") >= T.JOIN_FIGURE
    assert join_evidence(tail, "一位来自企业的代表说，要加大研发投入。") < T.JOIN_FIGURE
    assert join_evidence("要推动一批重大项目", "工业投资620亿元，同比增长18.4%。") < T.JOIN_FIGURE


def test_characters_repeated_over_a_cut_close_on_a_mark_and_a_word_opening_anew_is_no_repeat():
    from hnreader.corpus.segment.joins import overlaps

    assert overlaps("全面完成年度使命任务。", "务。今年以来，全省上下")
    assert not overlaps("据介绍，湘江流域共设立各级河长", "河长制推行以来，湘江流域累计清理")
    # (the figure that goes on the noun wins over the word printed anew)
    tail = "据介绍，湘江流域共设立各级河长"
    assert join_evidence(tail, "1.1万余名，其中乡级河长7000多名。") > join_evidence(
        tail, "河长制推行以来，湘江流域累计清理河道垃圾12万吨。"
    )


def test_a_tail_stopped_on_a_preposition_takes_its_object_not_a_new_sentence():
    tail = "医院负责人介绍，国家医学中心建成后，将重点在"
    assert join_evidence(tail, "肿瘤、心脑血管等疾病的诊疗上取得突破。") >= T.JOIN_CLAUSE
    assert join_evidence(tail, "今年以来，全省各地博物馆推出特色展览。") < T.JOIN_CLAUSE
    # (a word ending on the preposition's character is no preposition)
    assert (
        join_evidence("这些问题依然存在", "肿瘤、心脑血管等疾病的诊疗上取得突破。") < T.JOIN_CLAUSE
    )


@pytest.mark.parametrize(
    ("piece", "joins"),
    [
        ("万余处破旧民房完成改造。", True),  # a magnitude, an approximation and 处
        ("处历史建筑得到修缮。", True),
        ("项改革任务全部完成。", True),
        ("人次，同比增长一成。", True),
        ("项目建设单位介绍，线路年内通车。", False),  # 项目: a noun, no counter
        ("人员到岗后立即开展工作。", False),
        ("株古树挂牌保护。", True),
        ("株洲、湘潭两市同步开展整治。", False),  # 株洲: a city, no counter of trees
        ("张宣传海报贴进社区。", True),
        ("张家界市接待游客同比增长。", False),
    ],
)
def test_a_bare_figure_takes_a_counter_not_a_noun_that_opens_on_ones_character(piece, joins):
    tail = "去年以来，全县累计拆除违建3.5"
    evidence = join_evidence(tail, piece)
    assert (evidence == T.JOIN_FIGURE_UNIT) if joins else evidence is None


def test_a_list_closed_on_deng_over_a_headline_waits_for_its_count(tmp_path):
    # A paragraph cut after a list closed on 等 stands over the next story's
    # stack; its count (12个乡镇，…) is printed further on: no kicker, and
    # the rest goes back into the sentence.
    page = (
        _masthead(2021, 3, 9, "二", 25600) + "春耕备耕有序展开\n\n"
        "湖南日报3月8日讯（全媒体记者 吴三 通讯员 郑四）今天，衡南县春耕现场会召开，"
        "全县早稻集中育秧工作全面铺开。\n\n"
        "今年首批推广机插秧的有车江、云集、三塘、茶市等\n\n"
        "邵东打火机产业加快转型\n\n"
        "智能制造车间陆续投产\n\n"
        "湖南日报3月8日讯（全媒体记者 冯五）记者今天从邵东市获悉，当地打火机企业"
        "新建的智能制造车间陆续投产，产品合格率提升到99%以上。\n\n"
        "企业负责人说，新车间用工减少了一半。\n\n"
        "12个乡镇，机插面积将达到8万亩。县农业农村局组织技术人员下村指导。\n\n"
        "衡南县还将统一调配育秧设备，保障春耕生产。\n"
    )
    articles = _articles_of(tmp_path, "2021-03-09_p3.txt", page)
    lighter = next(a for a in articles if a.title.startswith("智能制造") or "邵东" in a.kicker)
    assert lighter.kicker == "邵东打火机产业加快转型"
    farming = next(a for a in articles if a.title == "春耕备耕有序展开")
    assert farming.paragraphs[1] == (
        "今年首批推广机插秧的有车江、云集、三塘、茶市等12个乡镇，机插面积将达到8万亩。"
        "县农业农村局组织技术人员下村指导。"
    )


def test_a_line_stopped_on_a_bare_figure_over_a_headline_waits_for_its_unit(tmp_path):
    # …规模为120 stands over the next story's title; its unit (亿元，…) is
    # printed under that story's first paragraph.
    page = (
        _masthead(2024, 3, 12, "二", 27300) + "新一批政府债券资金到位\n\n"
        "湖南日报3月11日讯（全媒体记者 孟七）记者今天从省财政厅获悉，新一批政府债券资金"
        "已拨付到各市州。\n\n"
        "本批一般债券规模为120\n\n"
        "岳阳新港区集装箱航线加密\n\n"
        "湖南日报3月11日讯（全媒体记者 蒋八）今天，岳阳城陵矶新港区新增两条外贸集装箱航线，"
        "每周航班增至二十班。\n\n"
        "亿元，主要用于农村公路、中小学校舍和水利设施建设。\n\n"
        "港区负责人说，新航线开通后，企业出口货物在港时间缩短一天。\n"
    )
    articles = _articles_of(tmp_path, "2024-03-12_p2.txt", page)
    port = next(a for a in articles if "集装箱" in a.title)
    assert port.kicker + port.title + port.subtitle == "岳阳新港区集装箱航线加密"
    bonds = next(a for a in articles if "债券" in a.title)
    assert (
        bonds.paragraphs[1]
        == "本批一般债券规模为120亿元，主要用于农村公路、中小学校舍和水利设施建设。"
    )


def test_going_back_to_the_flow_right_after_a_cut_storys_rest_is_weighed(tmp_path, monkeypatch):
    # A race report cut mid-sentence; the training base's report opens under
    # it; the race's rest (，中段…) comes next, then a paragraph either may
    # take. Read into the base right after the rest went to the race, it
    # ends the race's run after its rest at one piece: the search weighs it.
    from hnreader.corpus.segment import assignment as A

    page = (
        "\n\n2025年6月\n\n3\n\n星期二\n\n第27400号\n\n\n\n"
        "汨罗江龙舟邀请赛鸣锣\n\n"
        "湖南日报6月2日讯（全媒体记者 龙九 通讯员 屈十）今天，汨罗江国际龙舟邀请赛在汨罗开赛，"
        "来自省内外的12支队伍同江竞渡。\n\n"
        "比赛分为200米直道赛和500米直道赛两个项目，沿江两岸观众超过3万人。\n\n"
        "500米决赛中，岳阳队起航稍慢\n\n"
        "省龙舟训练基地落户汨罗\n\n"
        "湖南日报6月2日讯（全媒体记者 龙九）今天，省龙舟训练基地在汨罗挂牌，"
        "将承担全省龙舟队伍集训和裁判员培训任务。\n\n"
        "，中段连续超越，最终以2分05秒的成绩夺冠。\n\n"
        "赛后，岳阳队的队员们说，能在家门口的训练基地练兵，是这次夺冠的关键。\n\n"
        "基地建有标准训练航道2000米，可同时容纳8支队伍训练。\n"
    )
    (tmp_path / "2025-06-03_p6.txt").write_text(page, encoding="utf-8")
    pages = []
    solve = A._Page.solve
    monkeypatch.setattr(A._Page, "solve", lambda self: pages.append(self) or solve(self))
    load([tmp_path], workers=1)
    (found,) = pages
    texts = [b.text for b in found.body]
    rest = next(k for k, t in enumerate(texts) if t.startswith("，中段"))
    after = rest + 1
    race, base = found.flow[rest - 2], found.flow[rest]
    assert race != base and found.flow[after] == base
    node = found.root()
    for k in found.pieces[: found.order[rest]]:
        node = found.child(node, k, found.flow[k], A.Move.FOLLOW, 0.0)
    for story, back in ((race, True), (base, False)):
        read = found.child(node, rest, story, A.Move.FOLLOW, 0.0)
        features = dict(found.features(after, base, A.Move.FOLLOW, read))
        assert (A.F_RETURNS in features) is back
        assert found.gain(after, base, A.Move.FOLLOW, read) == A._worth(list(features.items()))


def test_a_reports_attribution_cut_over_a_headline_is_no_headline_line(tmp_path):
    # 据了解，… opens a paragraph, never a headline: cut right over a brief's
    # dateline, it is no title of it and waits for its rest (86家，…).
    page = (
        _masthead(2022, 9, 28, "三", 26500) + "株洲社区养老服务实现全覆盖\n\n"
        "湖南日报9月27日讯（全媒体记者 唐一 通讯员 宋二）记者今天从株洲市民政局获悉，"
        "全市社区居家养老服务站已覆盖所有城市社区。\n\n"
        "据了解，全市现有各类养老机构\n\n"
        "湖南日报9月27日讯（全媒体记者 元三）今天起，湘潭新开通四条夜间公交线路，"
        "末班车延长至23时。\n\n"
        "86家，床位1.2万张，其中护理型床位占比超过六成。\n\n"
        "新线路途经火车站、商圈和医院，每20分钟一班。\n"
    )
    articles = _articles_of(tmp_path, "2022-09-28_p4.txt", page)
    bus = next(a for a in articles if "公交" in "".join(a.paragraphs))
    assert "据了解" not in bus.kicker + bus.title + bus.subtitle
    care = next(a for a in articles if "养老" in a.title)
    assert (
        care.paragraphs[1]
        == "据了解，全市现有各类养老机构86家，床位1.2万张，其中护理型床位占比超过六成。"
    )


def test_an_attribution_opens_its_sentence_and_a_share_goes_on_its_subject():
    from hnreader.corpus.segment.continuation import Start, opening_odds, start_of

    tail = "今年前三季度，全市乡村民宿接待游客人数"
    # (人数 + 据统计 reads 数据 across the cut: no word runs into an attribution)
    assert join_evidence(tail, "据统计，今年以来全市新增农家乐86家。") == 0.0
    # A share of a whole names no subject of its own: the tail's noun is it.
    assert start_of("占全市游客总数的四成以上。") == Start.CLAUSE
    assert join_evidence(tail, "占全市游客总数的42%。") > 0.0
    assert start_of("占地200亩的产业园已经开工。") == Start.PLAIN
    # An attribution opens paragraphs as a preposition does, whatever jieba tags it.
    assert opening_odds("据统计，今年以来…") > 0.0


def test_a_unit_that_fits_what_the_tail_measures_goes_on_its_figure_before_one_that_does_not():
    tail = "新建的仓储中心占地约120"
    assert join_evidence(tail, "亩，分两期建设。") > join_evidence(tail, "亿元，全部达产后。")
    assert join_evidence("全年完成投资 860", "亿元，同比增长。") > T.JOIN_FIGURE_UNIT


def test_a_figure_in_words_goes_on_a_comparison_and_an_interviews_turn_goes_on_nothing():
    tail = "优质稻的收购价每斤高出"
    assert join_evidence(tail, "三毛钱左右。") >= T.JOIN_FIGURE
    assert join_evidence(tail, "问：下一步有哪些打算？") is None
    assert join_evidence("出口金额同比增长", "一家企业负责人说，") < T.JOIN_FIGURE


def test_an_approximate_amount_goes_on_the_word_it_measures():
    assert join_evidence("全县已削减生猪存栏", "约12万头。退养户转向种养结合。") >= T.JOIN_FIGURE
    assert join_evidence("全县已削减生猪存栏，", "约有一半养殖户转产。") < T.JOIN_FIGURE


def test_what_a_tail_counts_takes_the_unit_of_the_figure_that_goes_on_it():
    # Two reports cut before their figures: the one counting firms goes on
    # the piece counting firms, the one counting projects on the projects.
    firms, projects = "今年新增专精特新中小企业", "全市新签约亿元以上项目"
    in_firms, in_projects = "86家，总数超过900家。", "42个，总投资260亿元。"
    assert join_evidence(firms, in_firms) > join_evidence(firms, in_projects)
    assert join_evidence(projects, in_projects) > join_evidence(projects, in_firms)
    assert measure_fits("已立案办理各类案件", "380件，")


@pytest.mark.parametrize(
    "piece",
    [
        "微克/立方米，同比下降8.3%。",
        "毫克/升，达到Ⅲ类标准。",
        "毫米，较常年偏多两成。",
        "万立方米。",
    ],
)
def test_a_bare_figure_takes_the_units_the_air_water_and_rain_are_measured_in(piece):
    evidence = join_evidence("今年以来，全市细颗粒物平均浓度为32", piece)
    assert evidence is not None and evidence >= T.JOIN_FIGURE_UNIT


def test_a_line_stopped_on_a_post_and_a_surname_waits_for_the_name_not_a_headline(tmp_path):
    # One paragraph a line: a story cut inside a person's name, after the post
    # and the surname, then the next story's headline, then the name's rest.
    page = "\n\n".join(
        [
            "衡阳启动冬季农田水利建设",
            "湖南日报12月3日讯（全媒体记者 周若溪）今天，衡阳市冬季农田水利建设全面启动，全市计划新修水渠三百公里。",
            "市水利局局长刘",
            "长沙地铁六号线东延段开通",
            "湖南日报12月3日讯（全媒体记者 王浩）今天上午，长沙地铁六号线东延段正式开通运营，沿线市民出行更加便捷。",
            "建华介绍，今冬明春全市将完成小型水利设施修复一千二百处，确保明年春灌用水。",
        ]
    )
    (tmp_path / "p.txt").write_text(page + "\n", encoding="utf-8")
    water, metro = load([tmp_path]).articles
    assert (water.kicker, water.title) == ("", "衡阳启动冬季农田水利建设")
    assert (metro.kicker, metro.title) == ("", "长沙地铁六号线东延段开通")
    assert water.paragraphs[-1].startswith("市水利局局长刘建华介绍，")
    assert len(metro.paragraphs) == 1


def test_a_flow_takes_cubic_metres_a_second_and_a_transfer_cubic_metres():
    # Two river reports cut on their figures: a flow goes on in the unit of a
    # flow, water sent down a river in the unit of a volume.
    flow, transfer = "11日8时，湘江株洲站流量为960", "省水利厅调度梯级水库，预计向下游补水1.6"
    per_second, volume = "立方米每秒，较常年同期偏少三成。", "亿立方米，保障沿线城市取水。"
    assert join_evidence(flow, per_second) > join_evidence(flow, volume)
    assert join_evidence(transfer, volume) > T.JOIN_FIGURE_UNIT
    assert measure_fits("全市平均降雨量", "1毫米，") is True


def test_a_figure_goes_on_in_dollars_and_foreign_capital_is_counted_in_them():
    from hnreader.corpus.segment.continuation import Start, start_of

    capital = "三个片区累计实际使用外资31.4"
    assert start_of("亿美元，进出口总额年均增长。") == Start.UNIT
    assert join_evidence("对非洲出口412.5", "亿美元，增长两成。") == T.JOIN_FIGURE_UNIT
    assert join_evidence(capital, "亿美元，增长两成。") > join_evidence(capital, "亿元，增长两成。")


def test_a_connective_that_opens_a_sentence_goes_on_no_clause():
    tail = "记者从赛事组委会获悉，今年环湖自行车赛报名工作日前结束，"
    assert join_evidence(tail, "与此同时，群众性骑行活动在全市蓬勃开展。") is None
    assert join_evidence(tail, "此外，组委会还将增设亲子组。") is None
    assert join_evidence(tail, "3000个参赛名额共吸引1.2万人报名。") is not None


@pytest.mark.parametrize(
    ("tail", "piece"),
    [
        ("市城管局排水处负责人彭", "立新介绍，连日来，全市组织排渍队伍"),
        ("县农业农村局副局长邓", "志军说，今年全县早稻长势良好"),
        ("这家企业的总工程师欧", "阳表示，新产品已进入量产阶段"),
    ],
)
def test_a_name_cut_after_a_post_and_surname_goes_on_on_a_given_name_that_speaks(tail, piece):
    # jieba reads no name over the cut: the post and surname before it, a
    # given name and a verb of speech after it, say it all the same.
    other = "今年以来，全省共完成小型病险水库除险加固"
    assert join_evidence(tail, piece) > join_evidence(tail, other)


@pytest.mark.parametrize(
    ("tail", "piece", "fits"),
    [
        ("已分配公租房", "2140套，", True),
        ("已分配公租房", "128条，", False),
        ("计划整治背街小巷", "128条，", True),
        ("计划整治背街小巷", "2140套，", False),
        ("新建保障房", "86万平方米", True),
        ("全市病险水库", "36座", True),
        ("全县新增床位", "320张", True),
        ("全县新增床位", "320所", False),
    ],
)
def test_a_thing_counted_takes_its_own_measure_word(tail, piece, fits):
    # 房 by 套, 巷 by 条, 水库 by 座, 床位 by 张: a figure printed apart from
    # its noun goes back to the noun its measure word counts.
    assert measure_fits(tail, piece) is fits


def test_complaints_are_counted_in_jian_and_losses_in_yuan():
    # Two tails cut before their figures: the complaints take the 件, the
    # losses recovered the 元.
    complaints, losses = "全年共受理群众投诉", "为企业挽回经济损失"
    jian, yuan = "1800余件，办结率达98%。", "260余万元。"
    assert join_evidence(complaints, jian) > join_evidence(losses, jian)
    assert join_evidence(losses, yuan) > join_evidence(complaints, yuan)


def _quoted_features(monkeypatch, texts: list[str], opener: str, names: tuple[str, ...]) -> list:
    """The features of the piece opening on ``opener`` on a paragraph page of
    ``texts``, read for each story whose text holds each of ``names``, the
    pieces above it read as the layout gives them."""
    from hnreader.corpus.segment import assignment as A

    from .test_segment_general import paragraph_page, parse

    pages = []
    solve = A._Page.solve
    monkeypatch.setattr(A._Page, "solve", lambda self: pages.append(self) or solve(self))
    parse(paragraph_page(*texts))
    (found,) = pages
    k = next(k for k, b in enumerate(found.body) if b.text.startswith(opener))
    node = found.root()
    for j in found.pieces[: found.order[k]]:
        node = found.child(node, j, found.flow[j], A.Move.FOLLOW, 0.0)
    stories = [found.flow[next(j for j, b in enumerate(found.body) if n in b.text)] for n in names]
    return [dict(found.features(k, s, A.Move.FOLLOW, node)) for s in stories]


def test_a_paragraph_quoting_an_offices_spokesman_leans_to_the_story_learning_from_it(monkeypatch):
    # (pass test, paragraph pages) 某局有关负责人表示，… printed among another
    # story's pieces leans to the one story whose lead learnt from that office,
    # at a share of what a person named so is worth (an office is quoted in
    # more stories); named in two leads, it leans to neither.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    def page(loans_source: str) -> list[str]:
        return [
            "全省新增减税降费超过两百亿元",
            "湖南日报9月5日讯（记者 欧阳晴）记者从省税务局获悉，前8月全省新增减税降费"
            "及退税缓费超过两百亿元，惠及经营主体六十余万户。",
            "全省普惠小微贷款余额持续增长",
            f"湖南日报9月5日讯（记者 胡越）记者从{loans_source}获悉，截至8月末，"
            "全省普惠小微贷款余额较上年同期多出两成。",
            "各银行机构加大信用贷款投放力度，小微企业融资成本稳中有降。",
            "省税务局有关负责人表示，下一步将持续优化办税服务，让政策红利直达快享。",
        ]

    names = ("减税降费", "普惠小微")
    to_tax, to_loans = _quoted_features(monkeypatch, page("人民银行湖南省分行"), "省税务局", names)
    assert to_tax[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_loans
    both = page("人民银行湖南省分行和省税务局")
    to_tax, to_loans = _quoted_features(monkeypatch, both, "省税务局", names)
    assert A.F_SPEAKER not in to_tax and A.F_SPEAKER not in to_loans


#: A meeting's report, then another story's, then what the meeting asked,
#: printed among that story's pieces.
TEA_MEETING = [
    "全省茶叶产业发展推进会召开",
    "湖南日报3月28日讯（记者 陶一苇）今天，全省茶叶产业发展推进会在益阳召开，"
    "部署今年茶叶产业提质增效工作。",
    "安化黑茶一季度出口货值创新高",
    "湖南日报3月28日讯（记者 符青）记者从长沙海关获悉，一季度安化黑茶出口货值"
    "较上年同期多出三成，销往二十多个国家和地区。",
    "海关为茶企提供预约通关服务，出口通关时间压缩至一天以内。",
    "会议要求，各地要加快建设标准化生态茶园，做强区域公用品牌。",
]


def test_what_a_meeting_asked_leans_to_the_one_titled_story_reporting_a_meeting(monkeypatch):
    # (pass test, paragraph pages) 会议要求，… printed among another story's
    # pieces leans to the one story whose headline or lead reports a meeting
    # held; with a story printed with no headline on the page (a
    # continuation, which may report one too), to none.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    meeting = TEA_MEETING
    names = ("推进会在益阳", "长沙海关")
    to_meeting, to_exports = _quoted_features(monkeypatch, meeting, "会议要求", names)
    assert to_meeting[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_exports
    continued = ["（上接1版）各地组织农技人员深入茶园，指导茶农做好春茶采摘。", *meeting]
    to_meeting, to_exports = _quoted_features(monkeypatch, continued, "会议要求", names)
    assert A.F_SPEAKER not in to_meeting and A.F_SPEAKER not in to_exports


def test_a_figure_with_decimals_goes_on_no_other_figure_with_decimals():
    # (提高1.6 / 58.2%，… are two figures: a number holds one decimal point)
    tail = "全市林木覆盖率比去年提高1.6"
    assert join_evidence(tail, "58.2%，在中部六省领先。") is None
    assert join_evidence(tail, "个点，在各市州中排第二。") is not None
    assert join_evidence("全年新增造林面积12", "3.5万亩，超额完成任务。") is not None


def test_a_measure_named_before_a_verb_of_reaching_takes_its_own_unit():
    # (the noun names what the figure counts, the verb between them aside)
    jobs = "新落户的电子信息企业投产后，将带动就业"
    funds = "首批签约的文旅项目总投资额达"
    assert join_evidence(jobs, "2万余人，其中返乡青年过半。") > join_evidence(
        jobs, "560亿元，其中返乡青年过半。"
    )
    assert join_evidence(funds, "560亿元，涵盖康养、研学等。") > join_evidence(
        funds, "2万余人，涵盖康养、研学等。"
    )
    assert measure_fits("试验田早稻亩产达到", "612.4公斤") is True
    assert measure_fits("全县今年已检修各类农机具", "3.6万台套") is True
    assert measure_fits("全县今年已检修各类农机具", "3600份") is False


def test_a_change_takes_its_rate_and_a_water_level_its_metres():
    rising = "一季度全市接待过夜游客比上年提高"
    assert join_evidence(rising, "21.7%，带动住宿收入明显回升。") > join_evidence(
        rising, "216亿元，带动住宿收入明显回升。"
    )
    assert measure_fits("资水益阳站超警戒水位", "0.86米") is True
    assert measure_fits("资水益阳站超警戒水位", "1.2万立方米") is False


def test_what_a_meeting_asked_leans_to_the_meeting_reported_above_it_of_two(monkeypatch):
    # (pass test, paragraph pages) with a second meeting reported below the
    # piece, 会议要求，… leans to the one whose report opened above it.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    page = [
        *TEA_MEETING,
        "全省春季森林防火部署会举行",
        "湖南日报3月28日讯（记者 林小禾）今天，全省春季森林防火部署会在岳阳举行。",
    ]
    names = ("推进会在益阳", "长沙海关", "森林防火部署会在岳阳")
    to_meeting, to_exports, to_fire = _quoted_features(monkeypatch, page, "会议要求", names)
    assert to_meeting[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_exports and A.F_SPEAKER not in to_fire


def test_what_the_meetings_members_did_leans_to_the_story_reporting_the_meeting(monkeypatch):
    # (pass test, paragraph pages) 与会代表… and 会议还… tell what the meeting
    # and its members did, no turn of speech after them: they lean to the
    # one story reporting a meeting as 会议要求，… does.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    names = ("推进会在益阳", "长沙海关")
    for opener, text in (
        ("与会代表", "与会代表实地察看了桃江县一处标准化生态茶园和两家茶叶加工厂。"),
        ("会议还", "会议还对春茶采摘期的用工安全和质量抽检作了安排。"),
    ):
        page = [*TEA_MEETING[:-1], text]
        to_meeting, to_exports = _quoted_features(monkeypatch, page, opener, names)
        assert to_meeting[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
        assert A.F_SPEAKER not in to_exports


def test_a_division_of_an_office_or_the_office_advising_leans_to_the_story_learning_from_it(
    monkeypatch,
):
    # (pass test, paragraph pages) 某委某某处负责人介绍，… quotes a division of
    # the office a lead learnt from, and 某委提醒… the office itself: both lean
    # to that story, not to the one learning from another office.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    texts = [
        "油菜花期田管有序推进",
        "湖南日报3月12日讯（记者 谷雨禾）记者今天从省农委获悉，全省油菜已进入盛花期，"
        "各地组织农技人员下田指导清沟排渍。",
        "县级储备粮轮换全面完成",
        "湖南日报3月12日讯（记者 苗青）记者从省粮食局了解到，全省县级储备粮"
        "今年的轮换任务已全面完成，库存粮食质量良好。",
    ]
    names = ("省农委获悉", "省粮食局了解")
    for opener, text in (
        ("省农委种植业", "省农委种植业管理处负责人介绍，今年全省油菜种植面积稳中有增。"),
        ("省农委提醒", "省农委提醒各地密切关注天气变化，防范倒春寒。"),
    ):
        to_crops, to_grain = _quoted_features(monkeypatch, [*texts, text], opener, names)
        assert to_crops[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
        assert A.F_SPEAKER not in to_grain


def test_what_a_meeting_asked_leans_to_the_continuation_when_no_titled_story_reports_one(
    monkeypatch,
):
    # (pass test, paragraph pages) a meeting's report continued from page 1
    # has no headline here: when no titled story reports a meeting,
    # 会议要求，… leans to the continuation.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    texts = [
        "（上接1版）推动惠企政策直达快享，让经营主体有实实在在的获得感。",
        "湘潭出台无人机产业发展行动方案",
        "湖南日报3月4日讯（记者 邹远）湘潭近日出台无人机产业发展行动方案，"
        "提出三年内培育整机企业十家以上。",
        "会议要求，各地要把优化营商环境作为一把手工程，持续打造办事方便的环境。",
    ]
    names = ("直达快享", "无人机产业发展行动方案，")
    to_meeting, to_drones = _quoted_features(monkeypatch, texts, "会议要求", names)
    assert to_meeting[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_drones
    # (of two continuations, the one the piece is printed under)
    two = [
        "（上接1版）代表们表示，要把大会精神带回湖南、落到实处。",
        *texts[1:3],
        "（上接2版）推动惠企政策直达快享，让经营主体有实实在在的获得感。",
        texts[3],
    ]
    names = ("大会精神", "直达快享", "无人机产业发展行动方案，")
    to_other, to_meeting, to_drones = _quoted_features(monkeypatch, two, "会议要求", names)
    assert to_meeting[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_other and A.F_SPEAKER not in to_drones


def test_a_line_whose_figure_opens_the_next_is_a_cut_sentence_not_a_crosshead(monkeypatch):
    # Comma lines of one build (目前，全市已有 / 目前，全市共设置安置点) make a
    # crosshead series, unless the line printed next opens on the figure
    # each stops before; and a crosshead-shaped line so followed is open.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment.pieces import crosshead_series

    from .test_segment_general import paragraph_page, parse

    cut = [
        "目前，全市已有",
        "1.6万名干部群众上堤巡查。",
        "目前，全市共设置安置点",
        "96个，集中安置群众。",
    ]
    assert crosshead_series(cut) == set()
    assert crosshead_series([t.lstrip("0123456789") for t in cut]) == {0, 2}

    pages = []
    solve = A._Page.solve
    monkeypatch.setattr(A._Page, "solve", lambda self: pages.append(self) or solve(self))
    parse(
        paragraph_page(
            "受灾群众基本生活得到保障",
            "湖南日报6月22日讯（记者 罗清）记者从市减灾办获悉，本轮强降雨过后，"
            "全市已调拨帐篷、棉被等救灾物资，受灾群众基本生活得到保障。",
            "市减灾办还会同市财政部门预拨一批市级自然灾害救灾资金",
            "800万元，重点用于受灾群众紧急转移安置。",
            "电力部门抢修受损线路",
            "湖南日报6月22日讯（记者 谷川）记者从市供电公司获悉，受损线路已抢修完毕，"
            "全市供电恢复正常。",
        )
    )
    (found,) = pages
    k = next(k for k, b in enumerate(found.body) if b.text.startswith("市减灾办还会同"))
    assert found.open[k]


def test_what_a_meeting_asked_leans_to_the_meeting_whose_headline_shares_its_words(monkeypatch):
    # (pass test, paragraph pages) two meetings reported above the piece:
    # 会议要求，… leans to the one whose headline names what it asks about.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    page = [
        "全省柑橘产业推进会召开",
        "湖南日报3月28日讯（记者 陶一苇）今天，全省柑橘产业推进会在永州召开。",
        "全省春季森林防火部署会举行",
        "湖南日报3月28日讯（记者 林小禾）今天，全省春季森林防火部署会在岳阳举行。",
        "会议要求，各地要加快柑橘品种改良，做强柑橘区域公用品牌。",
    ]
    names = ("柑橘产业推进会在永州", "森林防火部署会在岳阳")
    to_oranges, to_fire = _quoted_features(monkeypatch, page, "会议要求", names)
    assert to_oranges[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_fire


def test_what_a_document_lays_down_leans_to_the_story_naming_that_document(monkeypatch):
    # (pass test, paragraph pages) 规划明确，… tells what a plan lays down:
    # it leans to the story whose headline names a plan, of two the one whose
    # headline shares its words, not to a report naming none.
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    page = [
        "我省印发林业发展规划",
        "湖南日报3月28日讯（记者 陶一苇）近日，省林业局印发全省林业发展规划。",
        "全省交通运输发展规划出台",
        "湖南日报3月28日讯（记者 林小禾）记者今天从省交通运输厅获悉，规划已经出台。",
        "春茶开采",
        "湖南日报3月28日讯（记者 苗青）今天，古丈县的春茶开采。",
        "规划明确，到2030年全省森林覆盖率稳定在59%以上，林业产值突破7000亿元。",
    ]
    names = ("省林业局印发", "省交通运输厅", "古丈县")
    to_forests, to_roads, to_tea = _quoted_features(monkeypatch, page, "规划明确", names)
    assert to_forests[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_roads and A.F_SPEAKER not in to_tea


def test_what_a_regulation_lays_down_leans_to_the_story_naming_the_law_it_is(monkeypatch):
    # (pass test, paragraph pages) 条例明确，… leans to the story whose
    # headline calls the regulation the law it is (…出台地方性法规).
    from hnreader.corpus.segment import assignment as A
    from hnreader.corpus.segment import thresholds as T

    page = [
        "怀化出台地方性法规 古村寨保护有章可循",
        "湖南日报9月23日讯（记者 陶一苇）记者今天从怀化市人大法制委获悉，新法规将于下月施行。",
        "通道侗寨启动风雨桥修缮",
        "湖南日报9月23日讯（记者 林小禾）今天，通道侗族自治县的风雨桥修缮工程开工。",
        "条例明确，古村寨保护实行“保护为主、抢救第一”的原则，严禁拆真建假。",
    ]
    names = ("怀化市人大", "通道侗族")
    to_law, to_bridge = _quoted_features(monkeypatch, page, "条例明确", names)
    assert to_law[A.F_SPEAKER] == T.BODY_SPEAKER_SHARE
    assert A.F_SPEAKER not in to_bridge


def test_people_named_by_their_post_or_home_are_counted_by_the_head_or_visit():
    # (a post's holders by the head, those served also by the visit; a
    # household by the 户; a count's own noun names nothing, what it counts does)
    assert measure_fits("全市已设立市、县、乡三级林长", "2.8万名，") is True
    assert measure_fits("全市已设立市、县、乡三级林长", "960家涉危企业，") is False
    assert measure_fits("今年以来累计服务老人超过", "30万人次。") is True
    assert measure_fits("带动脱贫户", "1.6万户增收。") is True
    assert measure_fits("带动脱贫户", "86公斤。") is False
    assert measure_fits("全市规上制造企业数量达到", "1.9万家，") is True
    assert measure_fits("全市规上制造企业数量达到", "3600万元，") is False
    # (人次 is a visit, not a 人: the longest unit that fits is the one read)
    assert measure_fits("全市电动车保有量", "12万人次") is None


def test_a_bare_figure_goes_on_the_counter_of_teams_medals_or_volumes():
    # (支, 枚, 册 and their like count as surely as 个 or 家; a word they
    # only open, 部门 or 首批, is no counter)
    teams = "全县已组建应急抢险专业队伍46"
    assert join_evidence(teams, "支，配备冲锋舟、救生衣等物资。") is not None
    assert join_evidence("运动员共夺得金牌17", "枚，创历届最好成绩。") is not None
    assert join_evidence("全市共有12", "部门参与联合检查。") is None


def test_beasts_birds_boats_vehicles_boxes_and_flights_take_their_own_measure_words():
    assert measure_fits("今年一季度全市出栏生猪", "286万头，") is True
    assert measure_fits("今年一季度全市出栏生猪", "286万标箱，") is False
    assert measure_fits("东洞庭湖越冬候鸟", "9.8万只，") is True
    assert measure_fits("岳阳港前三季度集装箱吞吐量", "31.6万标箱，") is True
    assert measure_fits("今年以来通过船闸的船舶", "4.2万艘次，") is True
    assert measure_fits("经开区上半年下线整车", "12.6万辆，") is True
    assert measure_fits("机场今年保障航班", "5600架次，") is True


def test_a_preposition_after_a_pause_wants_its_object_over_a_word_across():
    # (…，对 + 弄虚作假的…: the preposition's object; …把标杆 + 立起来: the
    # verb the object brought forward waits for; neither reads less than
    # the word 对立 read across the cut)
    tail_on_preposition = "要让考核真正“长牙齿”，对"
    tail_on_object = "多下些“绣花功夫”，把标杆"
    assert join_evidence(tail_on_preposition, "弄虚作假的严肃追责。") >= T.JOIN_CLAUSE
    assert join_evidence(tail_on_object, "立起来，把标准定下来。") >= T.JOIN_CLAUSE
    assert join_evidence(tail_on_object, "弄虚作假的严肃追责。") < T.JOIN_CLAUSE
    assert join_evidence("多下些“绣花功夫”，把握", "立起来，把标准定下来。") < T.JOIN_CLAUSE


def test_a_list_left_open_takes_its_last_item_and_no_turn_of_argument():
    # (…参加电工、厨师、 + 电商等技能培训；…: the list's last item, closed by
    # 等; + 更重要的是，…: a sentence of its own, never the next item)
    tail = "有的组织渔民参加电工、厨师、"
    assert join_evidence(tail, "电商等技能培训；有的扶持渔民发展民宿。") >= T.JOIN_CLAUSE
    assert join_evidence(tail, "更重要的是，要让渔民的日子越过越好。") is None
    assert join_evidence("要加快项目建设，", "更重要的是，要让渔民的日子越过越好。") is not None
