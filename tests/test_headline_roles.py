"""Headline pieces and their roles, on stacks of new text."""

from __future__ import annotations

import pytest

from hnreader.corpus.segment.headlines import is_attendance, phrases, split_roles


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A word cut at the line's end.
        (["岳麓山大学科技城智能网", "联产业园开园"], "岳麓山大学科技城智能网联产业园开园"),
        # A quote left open.
        (["我市新增5个省级“美丽", "乡村”示范村"], "我市新增5个省级“美丽乡村”示范村"),
        # The second line opens on a particle.
        (["洋湖湿地公园：城市中", "的“绿肺”"], "洋湖湿地公园：城市中的“绿肺”"),
        # One half names a place, the other says what happens there.
        (["益阳高新区新材料产业", "集群加速成长"], "益阳高新区新材料产业集群加速成长"),
        # A quoted term names a thing: the line before the verb says nothing yet.
        (["以“两高两新”", "引领城乡建设"], "以“两高两新”引领城乡建设"),
        # Whom a deed is for, then the deed.
        (["为留守儿童", "开设暑期课堂300个"], "为留守儿童开设暑期课堂300个"),
        (["向农村老人", "送上家门口的医疗服务"], "向农村老人送上家门口的医疗服务"),
    ],
)
def test_a_title_wrapped_by_a_narrow_column_is_one_title(lines, title):
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == ("", title, "")


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        # Two whole statements: a title and the subtitle spelling out its facts.
        (
            ["浏阳花炮出口额连续三年创历史新高", "前三季度全市花炮出口额达到48.6亿元同比增长21.4%"],
            (
                "",
                "浏阳花炮出口额连续三年创历史新高",
                "前三季度全市花炮出口额达到48.6亿元同比增长21.4%",
            ),
        ),
        # A dash-led subtitle is never the rest of the line above it.
        (
            ["城陵矶港集装箱吞吐量", "——外贸航线增至12条"],
            ("", "城陵矶港集装箱吞吐量", "——外贸航线增至12条"),
        ),
    ],
)
def test_whole_pieces_stay_apart(lines, roles):
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == roles


@pytest.mark.parametrize(
    "lines",
    [
        # (地 of 地区 or 地方 is no particle left over from the line above)
        ["一季度全省工业生产回升向好", "地区生产总值同比增长5.9%"],
        ["全省税收收入运行平稳", "地方财政收入增幅居中部前列"],
        # A figure stated in words (增加两成, 突破千亿元) says something as digits do.
        ["今冬农资储备充足", "化肥库存同比增加两成"],
    ],
)
def test_two_whole_statements_are_two_pieces(lines):
    head = split_roles(lines, separate_lines=True)
    assert [p for p in (head.kicker, head.title, head.subtitle) if p] == lines


def test_a_short_figure_line_over_a_longer_statement_is_the_kicker():
    head = split_roles(
        ["门票由60元降至30元", "张家界推出景区惠民年卡服务全省游客"], separate_lines=True
    )
    assert (head.kicker, head.title) == ("门票由60元降至30元", "张家界推出景区惠民年卡服务全省游客")


def test_a_title_with_its_figure_keeps_the_shorter_figure_comparison_as_subtitle():
    head = split_roles(
        ["前三季度我省粮食产量达210亿斤", "增幅比上年提高1.2个百分点"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "",
        "前三季度我省粮食产量达210亿斤",
        "增幅比上年提高1.2个百分点",
    )


def test_a_figure_line_over_a_plain_statement_is_its_kicker():
    # (the paper sets the figures over the news they add up to)
    head = split_roles(
        ["前三季度我省粮食产量达210亿斤", "秋粮收购工作全面展开"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "前三季度我省粮食产量达210亿斤",
        "秋粮收购工作全面展开",
        "",
    )


def test_a_line_comparing_a_titles_figure_is_its_subtitle():
    head = split_roles(
        ["前三季度我省粮食产量达210亿斤", "增幅连续三年高于全省平均水平"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "",
        "前三季度我省粮食产量达210亿斤",
        "增幅连续三年高于全省平均水平",
    )


def test_a_long_scene_setting_phrase_before_a_short_one_is_the_kicker():
    head = split_roles(["湘西州持续推进传统村落保护利用", "古寨焕新颜"], separate_lines=False)
    assert (head.kicker, head.title) == ("湘西州持续推进传统村落保护利用", "古寨焕新颜")


def test_an_opinion_column_name_is_a_column():
    from hnreader.corpus.segment.patterns import looks_like_column

    assert looks_like_column("资江时论")
    assert not looks_like_column("资江两岸稻花香")
    assert looks_like_column("新论") and looks_like_column("短论")
    assert looks_like_column("湘评") and looks_like_column("新评")
    assert looks_like_column("湘江财评")  # (a finance page's commentary)
    assert not looks_like_column("讨论会上的新论")


def test_a_run_of_briefs_label_is_a_column():
    from hnreader.corpus.segment.patterns import BRIEFS_COLUMN, looks_like_column

    for label in ("三湘简讯", "湘地快讯", "要闻简报"):
        assert looks_like_column(label) and BRIEFS_COLUMN.search(label)
    assert not looks_like_column("全省防汛工作简况")


def test_an_ongoing_effort_above_the_news_is_the_kicker():
    head = split_roles(["娄底持续推进钢铁产业转型升级", "涟钢新材料项目投产"], separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == (
        "娄底持续推进钢铁产业转型升级",
        "涟钢新材料项目投产",
        "",
    )


def test_a_bare_quantity_on_its_own_line_ends_the_line_above():
    head = split_roles(["湘西州今年接待游客", "2860万人次"], separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == ("", "湘西州今年接待游客2860万人次", "")


def test_a_fact_line_ending_on_its_figure_is_a_whole_kicker():
    head = split_roles(["新增投资约35亿元", "常德高新区产业园", "再添9个项目"], separate_lines=True)
    assert (head.kicker, head.title) == ("新增投资约35亿元", "常德高新区产业园再添9个项目")


def test_a_short_title_under_an_ongoing_effort_is_no_tail_of_it():
    head = split_roles(["怀化持续推进五溪流域生态修复工作", "溪水清又清"], separate_lines=True)
    assert (head.kicker, head.title) == ("怀化持续推进五溪流域生态修复工作", "溪水清又清")


def test_two_unlike_phrases_before_a_dash_subtitle_are_kicker_and_title():
    head = split_roles(
        ["邵阳加快建设特色产业园区", "竹木加工集群成形", "——前三季度产值增长12.6%"],
        separate_lines=False,
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "邵阳加快建设特色产业园区",
        "竹木加工集群成形",
        "——前三季度产值增长12.6%",
    )


def test_a_dash_led_subtitle_listing_who_spoke_stays_whole_under_two_phrases():
    head = split_roles(
        ["衡阳代表团举行全体会议 审议政府工作报告", "——某甲主持 某乙发言"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "衡阳代表团举行全体会议",
        "审议政府工作报告",
        "——某甲主持 某乙发言",
    )


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (
            ["全市秋冬季造林工作现场会召开", "抓住时令扩绿增绿", "——力争完成造林8万亩", "某甲出席"],
            ("全市秋冬季造林工作现场会召开", "抓住时令扩绿增绿", "——力争完成造林8万亩 某甲出席"),
        ),
        (
            ["坚决打赢污染防治攻坚战", "——全市环保督察整改推进会召开", "某甲出席"],
            ("", "坚决打赢污染防治攻坚战", "——全市环保督察整改推进会召开 某甲出席"),
        ),
    ],
)
def test_a_subtitle_begins_at_its_dash_however_many_lines_follow(lines, roles):
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == roles


def test_a_speakers_frame_set_on_two_lines_is_one_kicker():
    head = split_roles(
        ["周立言在怀化市调研", "乡村振兴工作时强调", "抢抓工期 确保汛前完工"], separate_lines=True
    )
    assert (head.kicker, head.title) == (
        "周立言在怀化市调研乡村振兴工作时强调",
        "抢抓工期 确保汛前完工",
    )


def test_a_line_opening_on_the_figure_of_a_subject_above_is_the_rest_of_its_piece():
    head = split_roles(
        ["常德外贸前4月", "同比增长21.3%", "增速高于全省5.2个百分点"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "",
        "常德外贸前4月同比增长21.3%",
        "增速高于全省5.2个百分点",
    )


def test_an_event_over_what_it_came_to_is_the_kicker_over_the_title():
    # (the event sets the scene, its figure is the news: the stacks of every
    # independent set read so, about three to one)
    head = split_roles(["湘西农特产品展销会开幕", "首日成交额突破800万元"], separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == (
        "湘西农特产品展销会开幕",
        "首日成交额突破800万元",
        "",
    )


def test_an_event_over_what_it_came_to_in_clauses_is_the_title_over_its_subtitle():
    head = split_roles(
        ["首批30个招商项目集中签约", "总投资超500亿元，制造业项目占比过半"], separate_lines=True
    )
    assert (head.kicker, head.title) == ("", "首批30个招商项目集中签约")


def test_a_stack_with_no_cue_is_a_kicker_over_its_title():
    head = split_roles(["浏阳花炮产业转型升级调查", "一挂鞭炮的“身价”之变"], separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == (
        "浏阳花炮产业转型升级调查",
        "一挂鞭炮的“身价”之变",
        "",
    )


def test_a_figure_line_longer_than_the_statement_over_it_is_its_subtitle():
    head = split_roles(
        ["郴州蓝莓首次搭乘中欧班列出口到荷兰", "前9个月全市水果出口货值同比增长156%"],
        separate_lines=True,
    )
    assert (head.kicker, head.title) == ("", "郴州蓝莓首次搭乘中欧班列出口到荷兰")
    head = split_roles(["我省出台稳岗扩就业新举措", "今年新增岗位65万个"], separate_lines=True)
    assert (head.kicker, head.title) == ("我省出台稳岗扩就业新举措", "今年新增岗位65万个")


def test_a_short_scene_over_a_wider_figure_line_is_its_kicker():
    head = split_roles(
        ["夏粮收购工作有序推进", "全省已收购小麦和早籼稻共计12.6万吨"], separate_lines=True
    )
    assert (head.kicker, head.title) == (
        "夏粮收购工作有序推进",
        "全省已收购小麦和早籼稻共计12.6万吨",
    )


def test_a_catchword_in_quotes_over_a_wider_figure_line_sets_the_scene_for_it():
    head = split_roles(
        ["乡村“夜经济”点亮消费", "前三季度全省夜间消费额同比增长23.5%"], separate_lines=True
    )
    assert (head.kicker, head.title) == (
        "乡村“夜经济”点亮消费",
        "前三季度全省夜间消费额同比增长23.5%",
    )


def test_a_catchword_in_quotes_under_a_figure_is_the_title():
    head = split_roles(["前三季度全省茶叶出口增长31%", "“湖南红”茶叶香飘海外"], separate_lines=True)
    assert (head.kicker, head.title) == ("前三季度全省茶叶出口增长31%", "“湖南红”茶叶香飘海外")


def test_a_speakers_report_first_on_a_line_of_phrases_is_the_kicker():
    head = split_roles(
        ["周立言在全省防汛工作调度会上强调 时刻绷紧防汛这根弦", "全力保障群众生命财产安全"],
        separate_lines=True,
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "周立言在全省防汛工作调度会上强调",
        "时刻绷紧防汛这根弦",
        "全力保障群众生命财产安全",
    )


def test_an_event_first_on_a_line_of_parallel_phrases_is_the_kicker():
    head = split_roles(
        ["省政协全会在长开幕 凝心聚力建良言 同心共绘新蓝图", "周立言作工作报告 王北辰等出席"],
        separate_lines=True,
    )
    assert head.kicker == "省政协全会在长开幕"
    assert head.title == "凝心聚力建良言 同心共绘新蓝图"


def test_a_short_line_under_a_speakers_frame_is_no_rest_of_it():
    head = split_roles(
        ["周立言在湘西州调研扶贫工作时强调", "精准发力", "啃下深度贫困“硬骨头”"],
        separate_lines=True,
    )
    assert head.kicker == "周立言在湘西州调研扶贫工作时强调"


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        # A place named over what happens there.
        (["益阳", "茶产业综合产值突破300亿元"], ("益阳", "茶产业综合产值突破300亿元", "")),
        # A scene over the statement.
        (["抗冰一线", "电力工人连夜抢修受损线路"], ("抗冰一线", "电力工人连夜抢修受损线路", "")),
        # Over a title wrapped on two lines of a narrow column.
        (["永州", "零陵古城景区", "迎来旅游旺季"], ("永州", "零陵古城景区迎来旅游旺季", "")),
    ],
)
def test_a_short_name_over_a_wider_statement_is_its_kicker(lines, roles):
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == roles


def test_a_short_name_set_apart_on_the_title_line_is_its_kicker():
    head = split_roles(["常德海关", "柑橘出口量同比增长两成"], separate_lines=False)
    assert (head.kicker, head.title) == ("常德海关", "柑橘出口量同比增长两成")


def test_a_verb_whose_object_is_the_line_below_is_wrapped_not_a_kicker():
    head = split_roles(["加快建设", "现代化产业体系示范区"], separate_lines=True)
    assert (head.kicker, head.title) == ("", "加快建设现代化产业体系示范区")


def test_a_dash_led_subtitle_on_the_title_line_under_a_kicker():
    head = split_roles(
        ["长江岸线观察", "一江碧水 两岸新绿 ——岳阳长江岸线整治纪实"], separate_lines=True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "长江岸线观察",
        "一江碧水 两岸新绿",
        "——岳阳长江岸线整治纪实",
    )


def test_who_attended_set_on_the_title_line_under_a_kicker_is_the_subtitle():
    head = split_roles(
        ["全省森林防火工作电视电话会议召开", "守牢森林防火安全底线 李志平出席"], True
    )
    assert (head.kicker, head.title, head.subtitle) == (
        "全省森林防火工作电视电话会议召开",
        "守牢森林防火安全底线",
        "李志平出席",
    )


@pytest.mark.parametrize("line", ["周宏远吴立新参加审议", "周宏远发言"])
def test_a_delegates_line_is_an_attendance_line(line):
    assert is_attendance(line)
    head = split_roles(["湖南代表团举行全体会议", f"审议政府工作报告 {line}"], True)
    assert (head.title, head.subtitle) == ("审议政府工作报告", line)


@pytest.mark.parametrize("phrases", [["稳中求进 ", "以进促稳"], ["迎新春", "树新风"]])
def test_two_short_phrases_of_one_length_are_one_couplet_title(phrases):
    head = split_roles(phrases, separate_lines=False)
    assert (head.kicker, head.title) == ("", " ".join(p.strip() for p in phrases))


def test_a_figure_spaced_apart_by_the_extraction_parts_no_phrases():
    head = split_roles(phrases("娄底市场主体突破 28 万户"), separate_lines=False)
    assert (head.title, head.subtitle) == ("娄底市场主体突破28万户", "")


def test_a_phrase_opening_on_a_figure_stays_a_phrase():
    head = split_roles(phrases("城陵矶港集装箱运输“满仓” 1至4月吞吐量增长9.8%"), False)
    assert (head.kicker, head.title) == ("城陵矶港集装箱运输“满仓”", "1至4月吞吐量增长9.8%")


def test_a_figure_and_its_unit_alone_on_a_line_end_the_line_above():
    head = split_roles(["常德高新区引进新材料项目", "15个"], separate_lines=True)
    assert (head.kicker, head.title, head.subtitle) == ("", "常德高新区引进新材料项目15个", "")


def test_a_short_name_set_apart_over_a_title_opening_on_its_verb_is_its_kicker():
    # (on two lines the same words could be one title wrapped; on one line
    # the space sets them apart)
    head = split_roles(["省援外医疗队", "架起中非友谊“连心桥”"], separate_lines=False)
    assert (head.kicker, head.title) == ("省援外医疗队", "架起中非友谊“连心桥”")


def test_a_meetings_report_closed_on_its_verb_is_a_whole_kicker():
    head = split_roles(["市政府常务会议研究部署", "加快推进城市更新行动"], separate_lines=True)
    assert (head.kicker, head.title) == ("市政府常务会议研究部署", "加快推进城市更新行动")


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["资江防汛一线见闻", "护堤人的", "不眠夜"], ("资江防汛一线见闻", "护堤人的不眠夜")),
        (["山火扑救纪实", "火线上的七十二小时"], ("山火扑救纪实", "火线上的七十二小时")),
    ],
)
def test_a_line_closed_on_a_reports_genre_is_the_kicker(lines, roles):
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title) == roles


def test_the_end_of_a_stack_printed_again_under_it_is_kept_once():
    head = split_roles(["全省出台措施支持返乡青年创业", "支持返乡青年创业"], separate_lines=True)
    assert head.text == "全省出台措施支持返乡青年创业"
    assert head.doubled == ("支持返乡青年创业",)


def test_what_a_meeting_stressed_keeps_every_subjectless_line_under_it():
    # (全省…会议强调 / 立足… / 牢牢守住…: a zone cut between the two stressed
    # lines costs as a line leaning on the one above; a title with a subject
    # under it is free to go)
    from hnreader.corpus.segment.column_headlines import Part, _stressed_break
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    def zone(*texts):
        return [Part(ZonePart.HEAD, [Line(n, t, 1, False)]) for n, t in enumerate(texts)]

    stressed = zone(
        "全省春运工作会议强调", "立足早字抓准备", "牢牢守住安全底线", "浏阳花炮出口增长两成"
    )
    heads = [0, 1, 2, 3]
    assert _stressed_break(stressed, heads, 0, 2) == 1  # 牢牢守住… left out
    assert _stressed_break(stressed, heads, 0, 3) == 0  # 浏阳花炮… has a subject
    plain = zone("全省春运工作会议召开", "立足早字抓准备", "牢牢守住安全底线")
    assert _stressed_break(plain, heads, 0, 2) == 0


def test_a_reporters_visit_keeps_the_line_under_it():
    from hnreader.corpus.segment.column_headlines import Part, _visit_break
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    texts = ("探访桃源县一处易地扶贫搬迁安置点", "搬出大山 住进新家", "衡阳农村公路提质")
    parts = [Part(ZonePart.HEAD, [Line(n, t, 1, False)]) for n, t in enumerate(texts)]
    assert _visit_break(parts, [0, 1, 2], 1) == 1
    assert _visit_break(parts, [0, 1, 2], 2) == 0


def test_a_phrase_closed_on_a_term_in_quotes_is_whole_over_a_statement():
    head = split_roles(["乡村教师的“百宝箱”", "把课堂搬进田野"], separate_lines=True)
    assert (head.kicker, head.title) == ("乡村教师的“百宝箱”", "把课堂搬进田野")


def test_the_taggers_words_read_by_the_dictionary_are_jiebas_own():
    # ``pos_cut`` reads what jieba's dictionary alone decides by rjieba and
    # leaves the model's guesses to jieba: word for word, jieba's tagging.
    from pathlib import Path

    import jieba.posseg

    from hnreader.corpus.match import pos_cut

    root = Path(__file__).resolve().parent
    lines = {
        line.strip()
        for path in sorted((root / "dev" / "pages").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if 0 < len(line.strip()) <= 40
    }
    lines |= {
        "",
        "前8个月接待境外游客超百万人次",  # a figure in a run of characters
        "“新质生产力”赋能县域经济",  # quotes apart
        "AI赋能 C++课程进校园",  # letters and marks
        "湘江边上的欧阳晓明和司马南",  # names the model guesses
        "１２３ ４５６",  # fullwidth figures, a space
    }
    for line in sorted(lines):
        want = [(w.word, w.flag) for w in jieba.posseg.lcut(line)]
        assert [(w.word, w.flag) for w in pos_cut(line)] == want, line


def test_a_speakers_line_drawn_under_what_was_said_is_still_the_kicker():
    head = split_roles(["稳住粮食面积 守牢耕地红线", "全省春耕生产现场会要求"], separate_lines=True)
    assert head.kicker == "全省春耕生产现场会要求"
    assert head.title == "稳住粮食面积 守牢耕地红线"


def test_a_line_closed_on_its_genre_is_a_whole_kicker_not_a_wrapped_title():
    head = split_roles(["湖南日报·新湖南客户端记者走基层", "山村夜校灯火明"], separate_lines=True)
    assert (head.kicker, head.title) == ("湖南日报·新湖南客户端记者走基层", "山村夜校灯火明")


def test_two_phrases_of_figures_over_a_plain_statement_are_its_kicker():
    head = split_roles(["春灌面积已完成八成　新增蓄水3亿立方米", "全省冬修水利进入冲刺阶段"], True)
    assert (head.kicker, head.title) == (
        "春灌面积已完成八成 新增蓄水3亿立方米",
        "全省冬修水利进入冲刺阶段",
    )


def test_two_long_statements_on_one_line_are_kicker_and_title_not_a_two_part_title():
    head = split_roles(["省肿瘤医院联合高校开展医工协同攻关 国产康复机器人完成首批临床试验"], True)
    assert (head.kicker, head.title) == (
        "省肿瘤医院联合高校开展医工协同攻关",
        "国产康复机器人完成首批临床试验",
    )
    couplet = split_roles(["绿水青山入画来 乡村振兴添新彩"], True)
    assert couplet.kicker == "" and couplet.title == "绿水青山入画来 乡村振兴添新彩"


@pytest.mark.parametrize(
    "lines",
    [
        ["夜访城中村", "一间出租屋的“新变化”"],
        ["聚焦产业升级", "一条生产线的“蝶变”"],
    ],
)
def test_a_kicker_that_says_something_over_a_things_quoted_name_is_no_wrapped_title(lines):
    # The title names a thing in quotes after what it belongs to (…的“…”):
    # a whole piece under a kicker that says something.
    head = split_roles(lines, separate_lines=True)
    assert (head.kicker, head.title) == tuple(lines)


def test_a_line_carrying_out_a_demand_is_no_speakers_line_and_keeps_its_place():
    # 要求 as what is carried out (落实…要求) reports no speaker: the stack
    # reads in the order printed.
    head = split_roles(["秋季学期中小学开学", "全省各地落实“减负”要求"], separate_lines=True)
    assert head.kicker + head.title + head.subtitle == "秋季学期中小学开学全省各地落实“减负”要求"
    # ... while a meeting's 要求 drawn under what it asked stays the kicker.
    head = split_roles(["抓好秋粮收购", "全省粮食收购座谈会要求"], separate_lines=True)
    assert (head.kicker, head.title) == ("全省粮食收购座谈会要求", "抓好秋粮收购")


def test_a_pause_set_apart_by_glyph_gaps_parts_no_phrases():
    assert phrases("开学季新安排 ， 家长关心的事有了回音——") == [
        "开学季新安排，家长关心的事有了回音——"
    ]
    assert phrases("稳增长， 促改革") == ["稳增长，", "促改革"]
    head = split_roles(
        ["开学季新安排 ， 家长关心的事有了回音——", "午饭怎么吃？ 班车怎么坐？"], True
    )
    assert (head.kicker, head.title) == (
        "开学季新安排，家长关心的事有了回音——",
        "午饭怎么吃？ 班车怎么坐？",
    )


def test_a_figure_line_over_one_opening_on_its_own_figure_is_the_kicker():
    # (a line of figures over the news that opens on its figure: the scene
    # set out, then the news; a second line comparing the first's figure is
    # its subtitle)
    head = split_roles(["全省今年受理法律援助案件2.6万件", "1.9万名困难群众获免费法律帮助"], True)
    assert (head.kicker, head.title) == (
        "全省今年受理法律援助案件2.6万件",
        "1.9万名困难群众获免费法律帮助",
    )
    head = split_roles(["前10月全省外贸总值达5200亿元", "3.2万户商家快于去年同期"], True)
    assert (head.title, head.subtitle) == (
        "前10月全省外贸总值达5200亿元",
        "3.2万户商家快于去年同期",
    )


def test_two_lines_each_a_columns_headline_width_are_two_pieces():
    # a kicker's grammar may run on into its title (…全力建设国际物流枢纽 /
    # 中部地区陆港型物流新高地): two lines each as wide as a headline line
    # are kicker and title; a short line over one is a piece wrapped
    head = split_roles(["长沙全力建设国际物流枢纽", "中部地区陆港型物流新高地"], True)
    assert (head.kicker, head.title) == ("长沙全力建设国际物流枢纽", "中部地区陆港型物流新高地")
    head = split_roles(["常德打造", "鼎城农机装备基地"], True)
    assert (head.kicker, head.title) == ("", "常德打造鼎城农机装备基地")


def test_two_short_phrases_under_a_kicker_are_its_titles_two_halves():
    # (a kicker, then the title's two short phrases: 某会召开 严防山火 确保…;
    # a subtitle under a kicker and a title states its facts at length, or
    # is led by a dash)
    head = split_roles(["全省秋季植树护林动员会召开", "严防山火", "确保林区安全度秋冬"], False)
    assert (head.kicker, head.title, head.subtitle) == (
        "全省秋季植树护林动员会召开",
        "严防山火 确保林区安全度秋冬",
        "",
    )
    head = split_roles(["全省秋季植树护林动员会召开", "严防山火", "——记林场护林员"], False)
    assert (head.title, head.subtitle) == ("严防山火", "——记林场护林员")
