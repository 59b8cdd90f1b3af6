"""Rules for variants of the paper and of its extraction that independent sets
showed on arrival, each on a small page of new text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hnreader.corpus.reflow import close_mark_gaps, pauses_gapped, squash

from .test_segment_general import NEWS_B, column_page, parse, stories


def test_a_line_of_running_text_printed_twice_is_read_once_and_opens_no_story():
    page = parse(
        column_page(
            "湖南日报 4 月 2 日讯（全媒体记者\n王小川 通讯员 李青）今天上午，\n"
            "城东片区首批重点项目集中开工，\n18 个项目总投资 96 亿元。\n"
            "此次开工项目覆盖装备制造、数\n此次开工项目覆盖装备制造、数\n"
            "字经济和城市更新等领域，其中\n产业项目 11 个，占总投资的六\n成以上。",
            "城东片区首批重点项目集中开工",
            "湖南日报 4 月 2 日讯（全媒体记者\n赵一鸣）记者今天从市农业农村\n"
            "局获悉，全市春播面积已过半。",
            "全市春播面积过半",
        )
    )
    assert [a.title for a in stories(page)] == ["城东片区首批重点项目集中开工", "全市春播面积过半"]
    body = squash("".join(stories(page)[0].paragraphs))
    assert body.count("此次开工项目覆盖装备制造、数字经济") == 1
    assert any("此次开工项目覆盖装备制造" in d for d in page.duplicates)


def paragraph_page(*lines: str) -> str:
    """A page one paragraph a line: two blank lines at the top, one between lines
    (a line given as "" adds one more, as the gap an image leaves)."""
    return "\n\n" + "\n\n".join(lines) + "\n"


def test_a_credit_printed_at_the_pages_top_credits_the_photo_printed_with_none():
    page = parse(
        paragraph_page(
            "通讯员 罗小溪 摄",
            "城南片区老旧小区改造启动",
            "湖南日报5月6日讯（全媒体记者 陈一舟）今天，城南片区32个老旧小区改造项目集中启动。",
            "此次改造涉及居民1.2万户，将加装电梯、改造管网、增设停车位。",
            "茶园吐新绿",
            "5月5日，安化县马路镇，茶农在茶园里采摘春茶。",
            "全市春季招聘活动举行",
            "湖南日报5月6日讯（全媒体记者 林晓）今天，全市春季招聘活动在会展中心举行。",
            "活动共提供岗位8000余个，吸引求职者2万余人次。",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [(p.title, p.byline, list(p.paragraphs)) for p in photos] == [
        ("茶园吐新绿", "通讯员 罗小溪 摄", ["5月5日，安化县马路镇，茶农在茶园里采摘春茶。"])
    ]
    assert [a.title for a in stories(page)] == ["城南片区老旧小区改造启动", "全市春季招聘活动举行"]
    assert all(a.byline == "" for a in stories(page))


def test_a_caption_under_an_images_gap_is_a_photo_and_a_dated_lead_is_no_caption():
    page = parse(
        paragraph_page(
            "河湖长制工作会议召开",
            "湖南日报5月6日讯（全媒体记者 周雨）今天，全省河湖长制工作会议召开，部署今年工作。",
            "会议要求，各级河湖长要加密巡河频次，及时发现和处置问题。",
            "会议强调，要持续推进河湖“清四乱”常态化规范化，严厉打击非法采砂、非法捕捞等"
            "违法行为，加强入河排污口监管，确保重要江河湖泊水质稳定向好，让河湖长制从"
            "“有名”向“有实”转变，推动全省河湖面貌持续改善，守护好一江碧水。",
            "",
            "5月5日，岳阳市东洞庭湖，志愿者在湖边清理垃圾。",
            "一条老街的新生",
            "5月4日上午，醴陵市一条百年老街重新开街，游客络绎不绝。",
            "老街全长800米，改造中保留了青石板路和老字号招牌，沿街30多家商铺陆续开门迎客。",
            "街坊们说，老街又热闹起来了。",
            "橘园花开",
            "5月3日，麻阳县一处橘园，果农在管护果树。",
            "       湖南日报全媒体记者 田野 报道",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [list(p.paragraphs) for p in photos] == [
        ["5月5日，岳阳市东洞庭湖，志愿者在湖边清理垃圾。"],
        ["5月3日，麻阳县一处橘园，果农在管护果树。"],
    ]
    street = next(a for a in page.articles if a.title == "一条老街的新生")
    assert street.kind != "photo" and len(street.paragraphs) >= 3
    # (a titled scene signed by its reporter's 报道 line: the line is its credit)
    assert photos[1].title == "橘园花开" and "田野" in photos[1].byline


def test_a_wire_photos_credit_is_a_credit():
    from hnreader.corpus.segment.patterns import credit_match

    for line, credit in [
        ("9月16日，游客在景区游览。 新华社发", "新华社发"),
        ("游客在景区游览。 新华社发（李明 摄）", "新华社发（李明 摄）"),
        ("游客在景区游览。 新华社记者 李明 摄", "新华社记者 李明 摄"),
    ]:
        match = credit_match(line)
        assert match is not None and match.group(0) == credit
    assert credit_match("新华社长沙9月3日电（记者 李明）考察团今天出发") is None


def test_on_a_column_page_a_credit_at_the_top_credits_a_caption_that_stands_out_of_the_columns():
    page = parse(
        column_page(
            " 通讯员 罗小溪 摄",
            "湖南日报 5 月 6 日讯（全媒体记者\n陈一舟）今天，城南片区 32 个老旧\n"
            "小区改造项目集中启动，涉及居民\n1.2 万户，将加装电梯、改造管网、\n增设停车位。",
            "城南片区老旧小区改造启动",
            "茶园吐新绿",
            "安化县马路镇的一处茶园里，茶农正在采摘春茶。",
            "湖南日报 5 月 6 日讯（全媒体记者\n林晓）今天，全市春季招聘活动在\n"
            "会展中心举行，共提供岗位 8000\n余个，吸引求职者 2 万余人次。",
            "全市春季招聘活动举行",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [(p.title, p.byline, list(p.paragraphs)) for p in photos] == [
        ("茶园吐新绿", "通讯员 罗小溪 摄", ["安化县马路镇的一处茶园里，茶农正在采摘春茶。"])
    ]
    assert sorted(a.title for a in stories(page)) == [
        "全市春季招聘活动举行",
        "城南片区老旧小区改造启动",
    ]


def test_a_notices_name_heading_a_dated_report_is_the_reports_kicker():
    page = parse(
        paragraph_page(
            "全市春季植树活动启动",
            "湖南日报3月2日讯（全媒体记者 陈一舟）今天，全市春季义务植树活动启动，计划植树50万株。",
            "我省发布春季森林防火通告",
            "野外用火实行“审批制”",
            "湖南日报3月2日讯（全媒体记者 周雨）记者今天从省林业局获悉，省里发布春季森林防火通告。",
            "通告要求，森林防火期内禁止在野外烧荒、燃放烟花爆竹。",
        )
    )
    report = stories(page)[-1]
    stack = (report.kicker + report.title + report.subtitle).replace(" ", "")
    assert stack == "我省发布春季森林防火通告野外用火实行“审批制”"
    assert len(stories(page)) == 2


def test_lines_of_clauses_running_a_word_over_the_break_are_never_headline_lines():
    body = (
        "湖南日报 10 月 11 日讯（全媒体记者 邹丽娟）\n"
        "今天，市委常委会召开会议，传达学习中央\n有关会议精神，分析前三季度全市经济形势，\n"
        "研究部署四季度经济工作。市委书记主持\n会议。\n"
        "会议强调，四季度是决战全年的关键时期，\n各地各部门要增强紧迫感和责任感，锚定\n"
        "全年目标任务，以只争朝夕的劲头抓好各\n项工作落实。要抓牢项目投资这个关键，\n"
        "推动重大项目多形成实物工作量。\n"
        "会议要求，要持续优化营商环境，落实支\n持民营经济发展的各项政策，帮助企业解\n"
        "决融资、用工、用地等实际困难，稳定市\n场预期，提振发展信心。要扎实做好"
    )
    page = parse(
        column_page(
            body,
            "市委常委会召开会议",
            "全力冲刺四季度 确保完成全年目标任务",
            "▷(下转3版)",
            "湖南日报 10 月 11 日讯（全媒体记者\n刘嘉禾 通讯员 曾佳）记者今天从市农\n"
            "业农村局获悉，全市一季晚稻已收获\n过半，收获进度比去年同期快两成。",
            "全市一季晚稻收获过半",
        )
    )
    first = stories(page)[0]
    assert "会议要求" not in first.kicker + first.title + first.subtitle
    assert any(p.startswith("会议要求，要持续优化营商环境") for p in first.paragraphs)


def test_a_series_strip_and_a_codes_target_are_boxes_not_headline_lines():
    page = parse(
        column_page(
            "全省春耕生产全面展开",
            "全国两会\n特别报道",
            "湖南日报 3 月 2 日讯（全媒体记者\n曾凡宇）记者今天从省农业农村厅获\n"
            "悉，全省早稻集中育秧已经开始，今\n年计划育秧面积 400 万亩以上。",
            "湖南首个低空经济示范区开建",
            "扫码进入\n湖南日报两会专题",
            "湖南日报 3 月 2 日讯（全媒体记者\n周子衡）今天，全省首个低空经济示\n"
            "范区在株洲开工建设，首期投资 30\n亿元。",
        )
    )
    assert [a.title for a in stories(page)] == [
        "全省春耕生产全面展开",
        "湖南首个低空经济示范区开建",
    ]
    assert any("特别报道" in e for e in page.extras)
    assert any("两会专题" in e for e in page.extras)


def test_the_editors_line_of_a_header_strip_may_close_on_the_page_number():
    from hnreader.corpus.segment.patterns import PAGE_HEADER

    assert PAGE_HEADER.match("责任编辑 易可欣 版式编辑 余小云 02")
    assert PAGE_HEADER.match("责任编辑 易可欣 版式编辑 余小云 第2版")


def test_a_two_character_column_name_under_a_stack_labels_the_commentary_signed_below_it():
    page = parse(
        column_page(
            "湖南日报 4 月 2 日讯（全媒体记者\n王小川）今天上午，城东片区首批重\n"
            "点项目集中开工，18 个项目总投资\n96 亿元。",
            "城东片区首批重点项目集中开工\n18个项目总投资96亿元",
            "新论",
            "易知秋",
            "办事窗口的变化，群众看在眼里。\n过去跑几个部门、交一摞材料，如\n"
            "今一个窗口就能办完，这是实实在\n在的进步。",
            "让群众少跑腿",
        )
    )
    news, comment = stories(page)
    assert (news.kicker + news.title + news.subtitle).replace(
        " ", ""
    ) == "城东片区首批重点项目集中开工18个项目总投资96亿元"
    assert (comment.column, comment.byline) == ("新论", "易知秋")


def test_a_line_of_clauses_cut_after_a_pause_is_a_paragraphs_not_a_headlines():
    page = parse(
        column_page(
            "湖南日报 12 月 6 日讯（记者 黎伟涛）\n记者今天从省教育厅获悉，长沙市所辖\n"
            "9 个县市区全部通过国家义务教育发\n展基本均衡县评估认定。",
            "长沙还着力破解“大班额”难题，通过新建学校、\n调整学区等办法，大班额比例由三年前\n"
            "的 28%下降到 2%以内。",
            "下一步，长沙将向义务教育优质均衡\n发展迈进，新增中小学学位 10 万个。",
            "长沙获评全国义务教育发展基本均衡城市",
        )
    )
    assert [a.title for a in stories(page)] == ["长沙获评全国义务教育发展基本均衡城市"]
    assert (
        stories(page)[0].paragraphs[1].startswith("长沙还着力破解“大班额”难题，通过新建学校、调整")
    )


def test_a_reporters_line_right_under_a_caption_credits_the_photo():
    page = parse(
        column_page(
            "湖南日报 12 月 6 日讯（记者 黎伟涛）\n记者今天从省教育厅获悉，长沙市所辖\n"
            "9 个县市区全部通过国家义务教育发\n展基本均衡县评估认定。",
            "长沙获评全国义务教育发展基本均衡城市",
            "测试区扩容",
            "12月6日，湖南湘江新区智能网联汽车测试区，一辆无人驾驶汽车在模拟道路上测试。",
            "湖南日报·新湖南客户端记者 符聪远 报道",
            "湖南日报 12 月 6 日讯（记者 邓钰琦）\n今天，第四届湖南茶业博览会在常德\n"
            "开幕，680 余家茶企参展。",
            "第四届湖南茶业博览会在常德开幕",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.byline == "湖南日报·新湖南客户端记者 符聪远 报道"
    assert all(a.byline == "" for a in stories(page))


def test_a_headlines_first_phrase_printed_again_under_it_is_a_copy():
    page = parse(
        paragraph_page(
            "前4月全省外贸增长近四成 民营企业占比过七成",
            "前4月全省外贸增长近四成",
            "湖南日报5月18日讯（全媒体记者 李青）记者今天从长沙海关获悉，"
            "前4个月全省进出口增长37.6%。",
            "其中，民营企业进出口占比达到76.8%，拉动作用明显。",
        )
    )
    (story,) = stories(page)
    stack = (story.kicker + story.title + story.subtitle).replace(" ", "")
    assert stack == "前4月全省外贸增长近四成民营企业占比过七成"
    assert "前4月全省外贸增长近四成" in page.duplicates


def test_pointers_to_the_papers_app_and_codes_to_scan_are_boxes():
    page = parse(
        paragraph_page(
            "全省防汛工作会议召开",
            "湖南日报6月3日讯（全媒体记者 王川）今天，全省防汛工作会议召开，部署今年防汛工作。",
            "更多报道",
            "详见新湖南客户端",
            "扫描二维码",
            "看两会全媒体报道",
            "全省早稻栽插过半",
            "湖南日报6月3日讯（全媒体记者 李青）记者今天从省农业农村厅获悉，全省早稻栽插已过半。",
        )
    )
    assert [a.title for a in stories(page)] == ["全省防汛工作会议召开", "全省早稻栽插过半"]
    assert all("客户端" not in "".join(a.paragraphs) for a in page.articles)
    assert sum("客户端" in e or "全媒体报道" in e for e in page.extras) == 2


@pytest.mark.parametrize(
    "account", ["关注湖南日报微信公众号", "关注湖南日报官方微信", "关注新湖南视频号"]
)
def test_a_code_to_scan_over_the_papers_account_is_a_box_not_a_kicker(account):
    page = parse(
        paragraph_page(
            "扫一扫",
            account,
            "全省秋冬种工作会议召开",
            "湖南日报10月9日讯（全媒体记者 王川）今天，全省秋冬种工作会议召开，部署秋冬种生产。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title) == ("", "全省秋冬种工作会议召开")
    assert any(account in e.replace(" ", "") for e in page.extras)


def test_one_writer_signing_two_pieces_of_a_page_opens_two_pieces():
    page = parse(
        paragraph_page(
            "三湘时评",
            "让“家门口的好学校”越来越多",
            "湖南日报全媒体评论员 邓若溪",
            "每到招生季，“择校热”总会如期升温，背后是优质教育资源分布不均。",
            "教育公平是社会公平的重要基础，各地要在均衡上多下功夫。",
            "三湘时评",
            "让“夜经济”亮起来更要“暖”起来",
            "湖南日报全媒体评论员 邓若溪",
            "入夏以来，长沙的夜市、夜游持续火爆，管理服务也要跟上。",
            "城市的温度，往往体现在夜晚。",
        )
    )
    assert [(a.title, a.byline) for a in stories(page)] == [
        ("让“家门口的好学校”越来越多", "湖南日报全媒体评论员 邓若溪"),
        ("让“夜经济”亮起来更要“暖”起来", "湖南日报全媒体评论员 邓若溪"),
    ]


def test_two_labels_of_two_characters_and_a_name_of_a_surname_that_opens_words():
    page = parse(
        paragraph_page(
            "观察家",
            "为“小区加梯”按下快进键",
            "曾一帆",
            "对住在老旧小区高楼层的老年人来说，加装电梯是实实在在的民生工程。",
            "破解“加梯难”，既需要政府部门简化审批，也需要邻里之间多一些理解。",
            "新闻快评",
            "锐评",
            "整治“指尖上的官僚习气”不能一阵风",
            "施明远",
            "打卡、截图、转发、点赞，这是不少基层干部的真实写照。",
            "整治不能一阵风，要常抓不懈、久久为功。",
        )
    )
    first, second = stories(page)
    assert (first.column, first.byline) == ("观察家", "曾一帆")
    assert (second.column, second.title, second.byline) == (
        "锐评",
        "整治“指尖上的官僚习气”不能一阵风",
        "施明远",
    )


def test_a_name_opening_on_a_surname_that_opens_words():
    from hnreader.corpus.segment.patterns import is_name_line

    assert is_name_line("施明远") and is_name_line("温晓东")
    assert not is_name_line("施工队") and not is_name_line("温暖的") and not is_name_line("季度末")


def test_a_headline_line_that_lists_is_no_cut_paragraph():
    page = parse(
        paragraph_page(
            "全省文化和旅游产业发展大会召开",
            "加快打造文化强省、旅游强省",
            "湖南日报9月17日讯（记者 喻如玉）今天，全省文化和旅游产业发展大会在张家界召开。",
            "会上，张家界、湘西等地作了典型发言，部分企业现场签下合作项目。",
        )
    )
    (story,) = stories(page)
    stack = (story.kicker + story.title + story.subtitle).replace(" ", "")
    assert stack == "全省文化和旅游产业发展大会召开加快打造文化强省、旅游强省"


def test_a_series_name_over_a_dated_report_is_its_kicker_no_column():
    page = parse(
        paragraph_page(
            "全省春耕备耕有序推进",
            "湖南日报3月14日讯（记者 周雨）记者今天从省农委获悉，全省春耕备耕有序推进。",
            "聚焦“3·15”国际消费者权益日",
            "全省百余场维权活动同步开展",
            "湖南日报3月15日讯（记者 何锦滢）今天是“3·15”国际消费者权益日，"
            "全省各地开展维权活动百余场。",
            "在长沙市五一广场活动现场，执法人员展示了一批假冒伪劣商品。",
        )
    )
    report = stories(page)[-1]
    assert report.column == ""
    assert (report.kicker + report.title).replace(" ", "") == (
        "聚焦“3·15”国际消费者权益日全省百余场维权活动同步开展"
    )


def test_a_pages_contacts_and_sponsor_are_boxes():
    page = parse(
        column_page(
            "评论\n湖南日报全媒体评论部主办",
            "湘江时论",
            "湖南日报评论员",
            "办事窗口的变化，群众看在眼里。\n过去跑几个部门、交一摞材料，如\n今一个窗口就能办完。",
            "让群众少跑腿",
            "欢迎投稿\n评论版邮箱：pinglun@hnrb.example",
        )
    )
    (story,) = stories(page)
    assert story.title == "让群众少跑腿"
    assert any("主办" in e for e in page.extras) and any("@" in e for e in page.extras)


def test_a_headline_over_the_pages_first_story_is_no_cut_paragraph_by_a_chance_word():
    page = parse(
        paragraph_page(
            "一季度全省外贸进出口1162.8亿元 同比增长38.1%,增速居中部第一",
            "湖南日报4月19日讯(记者 彭可文)记者今天从长沙海关获悉,一季度全省外贸进出口1162.8亿元。",
            "民营企业是外贸增长的主力军,一季度进出口增长45.2%。",
            "产业观察",
            "一颗辣椒的“升值”之路",
            "湖南日报记者 周月华",
            "4月中旬,在攸县一家食品企业的车间里,一条生产线正在满负荷运转。",
        )
    )
    first = stories(page)[0]
    assert (
        (first.kicker + first.title + first.subtitle).replace(" ", "").startswith("一季度全省外贸")
    )


def test_a_line_stating_figures_under_a_title_that_states_none_is_its_subtitle():
    from hnreader.corpus.segment.headlines import carries_quantity

    assert carries_quantity("一田两用 亩均增收超两千元") and carries_quantity("增长8.3%")
    assert not carries_quantity("益阳推进“稻虾共作”综合种养")
    page = parse(
        column_page(
            "湖南日报 6 月 2 日讯（全媒体记者\n李青）记者今天从南县获悉，当地稻\n"
            "虾共作面积已达 30 万亩，农户亩\n均增收两千余元。稻田养虾、虾粪\n"
            "肥田，一田两用让农民尝到甜头。",
            "湖南日报 6 月 2 日讯（全媒体记者\n周雨）记者今天从市统计局获悉，前\n"
            "4 个月全市规模以上服务业营业收\n入增长 8.3%，信息技术服务业增\n"
            "长最快，拉动作用明显。",
            "益阳推进“稻虾共作”综合种养",
            "一田两用 亩均增收超两千元",
            "全市服务业营业收入增长8.3%",
        )
    )
    first, second = stories(page)
    assert (first.kicker + first.title + first.subtitle).replace(" ", "") == (
        "益阳推进“稻虾共作”综合种养一田两用亩均增收超两千元"
    )
    assert second.title == "全市服务业营业收入增长8.3%"


def test_who_chaired_and_who_attended_on_one_line_closes_a_meetings_stack():
    from hnreader.corpus.segment.headlines import is_attendance

    assert is_attendance("邵铭远主持并讲话 蔡延川出席")
    assert is_attendance("聂崇山讲话 俞卫东主持")
    assert not is_attendance("让老街 焕发新生机")


def test_a_long_photo_title_naming_the_captions_scene_is_the_photos():
    page = parse(
        column_page(
            "湖南日报 12 月 6 日讯（记者 黎伟涛）\n记者今天从省教育厅获悉，长沙市所辖\n"
            "9 个县市区全部通过国家义务教育发\n展基本均衡县评估认定。",
            "长沙获评全国义务教育发展基本均衡城市",
            "湘江新区：智能网联汽车测试区扩容",
            "12月6日，湖南湘江新区智能网联汽车测试区，一辆无人驾驶汽车在模拟道路上测试。 李明 摄",
            "湖南日报 12 月 6 日讯（记者 邓钰琦）\n今天，第四届湖南茶业博览会在常德\n"
            "开幕，680 余家茶企参展。",
            "第四届湖南茶业博览会在常德开幕",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "湘江新区：智能网联汽车测试区扩容"


def test_a_headline_line_ending_on_a_dash_goes_on_on_the_next():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.lines import Line

    zone = Zone(
        [Line(1, "十九大代表回到基层一线——", 1, False), Line(3, "把党的声音带回苗寨", 1, False)],
        0,
        1,
    )
    parts = read_zone(zone, lambda text, share=0.0: False)
    assert [p.text for p in parts] == ["十九大代表回到基层一线——把党的声音带回苗寨"]


def test_a_causative_frame_left_without_its_verb_goes_on_on_the_next_line():
    from hnreader.corpus.segment.headlines import causative_wrapped

    assert causative_wrapped("别让“微腐败”", "啃食群众获得感")
    assert causative_wrapped("让党的声音", "传遍苗寨")
    assert not causative_wrapped("让“湘非之约”年年更精彩", "打造对非经贸合作新高地")
    assert not causative_wrapped("让工匠精神薪火相传", "怀化高铁南站片区开发提速")
    assert not causative_wrapped("让群众少跑腿", "一次办成")


def test_a_supplements_name_in_its_frame_is_a_box_over_an_essays_label():
    page = parse(
        paragraph_page(
            "湘江",
            "副刊",
            "三湘风物",
            "霜降后的柚子林",
            "文丨胡晓岚",
            "老家在沅水边上，屋后有一片柚子林。霜降一过，柚子黄了，整片林子像挂满了灯笼。",
            "小时候，摘柚子是一年里最热闹的事。",
        )
    )
    (essay,) = stories(page)
    assert (essay.column, essay.title) == ("三湘风物", "霜降后的柚子林")
    assert "湘江副刊" in page.extras


def test_the_further_poem_of_a_piece_is_a_heading_inside_it():
    page = parse(
        column_page(
            "湘江副刊",
            "春天的来信（外一首）",
            "文丨苏晓芸",
            "柳梢上冒出的第一粒新芽，是春\n天寄来的邮票。田埂边开得正欢\n的油菜花，是春天写满的信笺。",
            "外一首·惊蛰",
            "一声春雷，把沉睡的大地叫醒。\n蛰伏的虫儿伸了伸懒腰，田里的\n泥鳅翻了个身。",
        )
    )
    (poem,) = stories(page)
    assert poem.title == "春天的来信（外一首）"
    assert "外一首·惊蛰" in poem.paragraphs


def test_a_commentarys_parallel_paragraphs_printed_among_another_storys_go_back_to_it():
    page = parse(
        paragraph_page(
            "答好县域发展这道题",
            "湖南日报评论员",
            "岁末年初，各县市区陆续晒出全年成绩单，县域经济总量和质量都迈上了新台阶。",
            "发展，要找准定位。每个县的资源禀赋不同，照搬照抄别人的路子，往往事倍功半。",
            "全市冬季植树活动启动",
            "湖南日报12月3日讯（全媒体记者 周晓岚）今天上午，全市冬季义务植树活动在城北公园启动。",
            "发展，要敢闯新路。县域要在产业链上找位置，在开放中找机会，在改革中找动力。",
            "发展，要守住底线。生态、安全和民生的底线守住了，发展的成色才会更足。",
            "活动现场，机关干部和志愿者一起栽下桂花、香樟等树苗3000余株。",
            "今冬明春，全市计划新增造林面积5万亩，完成村庄绿化200个。",
        )
    )
    commentary, news = stories(page)
    assert commentary.title == "答好县域发展这道题"
    assert [p[:7] for p in commentary.paragraphs] == [
        "岁末年初，各县",
        "发展，要找准定",
        "发展，要敢闯新",
        "发展，要守住底",
    ]
    assert [p[:4] for p in news.paragraphs] == ["今天上午", "活动现场", "今冬明春"]


def test_a_titles_first_line_drawn_twice_over_the_title_whole_is_a_copy():
    body = column_page(
        "湖南日报 3 月 9 日讯（全媒体记者\n周晓岚）记者今天从省水利厅获\n"
        "悉，全省春季农田水利建设已完\n成投资 42 亿元，新修渠道 1.6\n万公里。",
        "各地抢抓晴好天气整修渠道塘坝，\n新增蓄水能力 3000 万立方米，为\n春耕生产备足了用水。",
    )
    # a stack's lines set close, as the extraction prints a bunch of headlines
    stacks = (
        "\n全省春修水利\n全省春修水利完成投资42亿元全省春修水利完成投资42亿元\n\n"
        "全市春播面积过半\n\n"
    )
    rest = column_page(
        "湖南日报 3 月 9 日讯（全媒体记者\n赵一鸣）记者今天从市农业农村\n局获悉，全市春播面积已过半。"
    )
    page = parse(body + stacks + rest)
    titles = [(a.kicker + a.title + a.subtitle).replace(" ", "") for a in stories(page)]
    assert titles == ["全省春修水利完成投资42亿元", "全市春播面积过半"]


def test_a_viewpoint_label_over_a_bare_name_labels_the_piece_signed_below():
    page = parse(
        column_page(
            "快评",
            "周立群",
            "入冬以来，不少城市的公园推出\n夜间开放、冬季集市等活动，市\n民有了更多好去处。",
            "公园开放要算好服务账，夜间照\n明、安保和保洁都要跟得上。",
            "公园冬季开放要有好服务",
            "观点",
            "钟明远",
            "年底将至，一些单位又忙着迎检\n备考，台账越做越厚，基层干部\n苦不堪言。",
            "检查考核要看实绩，不能只看材\n料，更不能以痕迹论英雄。",
            "别让台账压弯基层干部的腰",
        )
    )
    pieces = [(a.title, a.column, a.byline) for a in page.articles if a.paragraphs]
    assert pieces == [
        ("公园冬季开放要有好服务", "快评", "周立群"),
        ("别让台账压弯基层干部的腰", "观点", "钟明远"),
    ]


def test_a_reporters_visit_over_a_couplet_is_the_couplets_kicker_in_a_bunch():
    page = parse(
        column_page(
            "周子航",
            "一些地方的政务公众号更新频繁，\n转发量却寥寥无几，群众办事还得\n跑窗口。",
            "政务服务上网，要让群众真正少跑\n腿，而不是多一块展示的牌子。",
            "三湘短评",
            "政务公众号别只重更新",
            "探访桃源县一处易地扶贫搬迁安置点",
            "搬出大山 住进新家",
            "衡阳农村公路提质",
            "走进桃源县的安置小区，一排排\n新楼房整齐划一，搬迁户老李正\n在新家门口晒被子。",
            "“从山上搬下来，孩子上学近了，\n我在小区旁的厂里也找到了活。”\n老李说。",
            "湖南日报 6 月 2 日讯（记者 赵一鸣）\n衡阳市今天启动农村公路提质三\n年行动，三年将改造农村公路\n3000 公里。",
        )
    )
    heads = [(a.kicker, a.title) for a in stories(page)]
    assert ("探访桃源县一处易地扶贫搬迁安置点", "搬出大山 住进新家") in heads
    assert ("", "衡阳农村公路提质") in heads


def test_a_photographer_named_after_the_word_credits_the_photo():
    page = parse(
        paragraph_page(
            "湘江边的早晨",
            "文丨罗晓岚",
            "天刚亮，江边的步道上已经有了晨跑的人。",
            "卖早点的小摊支起了锅，米粉的香气顺着江风飘得很远。",
            "",
            "稻浪",
            "宁乡市沩山乡，金黄的稻田一直铺到山脚。 摄影 邓一帆",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [(p.title, p.byline, list(p.paragraphs)) for p in photos] == [
        ("稻浪", "摄影 邓一帆", ["宁乡市沩山乡，金黄的稻田一直铺到山脚。"])
    ]
    (essay,) = stories(page)
    assert essay.paragraphs[-1].endswith("飘得很远。")


def test_a_headline_that_lists_places_is_no_cut_paragraph_by_a_chance_word():
    page = parse(
        paragraph_page(
            "全省林下经济产值突破千亿元",
            "湖南日报8月9日讯（全媒体记者 肖林）记者今天从省林业局获悉，全省林下经济产值突破1000亿元。",
            "各地因地制宜发展林下种植、林下养殖和森林康养，大力发展林下中药材和特色农",
            "我省国家森林城市增至8个 新增岳阳、常德两地",
            "湖南日报8月9日讯（全媒体记者 肖林）记者今天从省林业局获悉，岳阳、常德两市日前获评国家森林城市。",
            "产，成为带动山区群众增收的重要力量。",
            "两市近年来持续推进城区绿化和乡村绿化，城市绿化覆盖率均超过40%。",
        )
    )
    titles = [(a.kicker + a.title + a.subtitle).replace(" ", "") for a in stories(page)]
    assert titles == ["全省林下经济产值突破千亿元", "我省国家森林城市增至8个新增岳阳、常德两地"]


def test_a_writers_name_under_a_title_printed_after_its_body_signs_that_title():
    page = parse(
        column_page(
            "新论",
            "非遗进校园，重在体验。剪纸、\n扎染、湘绣这些技艺，都要动手\n才能领会其中的门道。",
            "让孩子拿起针线、剪刀，在一针\n一线中感受传统工艺的精妙。",
            "让非遗在课堂里“活”起来",
            "陈默然",
            "老旧小区改造要多听居民意见",
            "罗晓峰",
            "老旧小区改造直接关系居民的\n切身利益，改什么、怎么改，\n应当多听听居民的意见。",
            "改造方案先公示、再征求意见，\n居民的满意度就会高得多。",
        )
    )
    pieces = [(a.title, a.byline) for a in stories(page)]
    assert pieces == [
        ("让非遗在课堂里“活”起来", "陈默然"),
        ("老旧小区改造要多听居民意见", "罗晓峰"),
    ]


def test_a_city_whose_first_character_is_a_surname_heads_the_title_and_signs_nothing():
    page = parse(
        paragraph_page(
            "常德",
            "推动柑橘产业提质增效",
            "湖南日报11月3日讯（全媒体记者 符瑞）记者今天从常德市农业农村局获悉，全市柑橘种植面积达到60万亩。",
            "今年以来，常德市推广柑橘良种和标准化种植，优质果率提高到七成以上。",
            "张家界",
            "开展旅游市场综合整治",
            "湖南日报11月3日讯（全媒体记者 向云）张家界市今天启动旅游市场综合整治行动，为期三个月。",
        )
    )
    heads = [(a.kicker + a.title).replace(" ", "") for a in stories(page)]
    assert heads == ["常德推动柑橘产业提质增效", "张家界开展旅游市场综合整治"]
    assert all(a.byline == "" for a in stories(page))


def test_a_short_predicate_under_a_time_frame_or_a_counted_subject_is_the_titles_rest():
    page = parse(
        column_page(
            "湖南日报 3 月 9 日讯（记者 周晓岚）\n记者今天从省水利厅获悉，全省\n河湖长制实施两年来，水质优良\n断面比例提高到 95%。",
            "河湖长制实施两年来",
            "成效初显",
            "一座老厂房",
            "变身文创园",
            "湖南日报 3 月 9 日讯（记者 赵一鸣）\n株洲一座闲置多年的老厂房，经\n过一年改造，今天作为文创园对\n外开放。",
        )
    )
    heads = [(a.kicker + a.title + a.subtitle).replace(" ", "") for a in stories(page)]
    assert heads == ["河湖长制实施两年来成效初显", "一座老厂房变身文创园"]
    assert all(a.column == "" for a in stories(page))


def test_a_line_handing_over_on_a_dash_is_the_kicker_not_a_column():
    # (the page opens on the line, as the extraction may print a page's first stack)
    page = parse(
        paragraph_page(
            "今年我省农业这样抓——",
            "稳粮扩油 提质增效",
            "湖南日报全媒体记者 周湘宁",
            "稳，是前提。今年以来，全省粮食播种面积稳定在7100万亩以上，油菜面积继续扩大。",
            "提，是关键。优质稻面积扩大到2000万亩，农产品加工业营收增长8%以上。",
            "全省政法工作会议召开",
            "湖南日报2月21日讯（全媒体记者 杨望舒）今天，全省政法工作会议在长沙召开。",
        ).lstrip("\n")
    )
    story = stories(page)[0]
    assert story.column == ""
    assert (story.kicker + story.title).replace(" ", "") == "今年我省农业这样抓——稳粮扩油提质增效"


def test_a_city_and_its_county_over_a_title_are_its_kicker_not_a_label():
    page = parse(
        column_page(
            "湖南日报 2 月 24 日讯（记者 李青）\n桂阳县 56 家农民合作社去年带\n动 1.2 万户农户增收，户均增收\n3000 元。",
            "郴州桂阳",
            "农民合作社带动万户增收",
            "假期已经过去，\n有人却说“过年比上\n班还累”：走亲访友排\n得满满当当，礼金一\n年比一年高。",
            "年味，本是团圆的\n喜悦，不该被攀比和\n应酬绑架。",
            "莫让“年味”变“累味”",
            "湘江时评",
        )
    )
    news, commentary = stories(page)
    assert (news.kicker + news.title).replace(" ", "") == "郴州桂阳农民合作社带动万户增收"
    assert commentary.column != "郴州桂阳"


def test_a_verb_left_alone_under_a_title_ends_it_though_the_subtitle_is_set_tight_under_it():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.lines import Line

    lines = [
        Line(1, "全省农村电商提质增效工作有序", 1, False),
        Line(3, "推进", 1, False),
        Line(4, "今年新建村级电商服务站1200个", 0, False),
    ]
    parts = read_zone(Zone(lines, -1, 0), lambda text, share=0.0: False)
    assert [p.text for p in parts] == [
        "全省农村电商提质增效工作有序推进",
        "今年新建村级电商服务站1200个",
    ]
    # A place set so begins the next piece (灾后重建… / 郴州 / 汛期…).
    lines[1] = Line(3, "郴州", 1, False)
    parts = read_zone(Zone(lines, -1, 0), lambda text, share=0.0: False)
    assert parts[0].text == "全省农村电商提质增效工作有序"


def test_a_commentarys_label_and_title_printed_in_a_reports_cut_head_the_commentary_signed_below():
    page = parse(
        paragraph_page(
            "全省春季重点项目集中开工",
            "湖南日报4月6日讯（记者 周晨）今天，全省春季重点项目集中开工，共开工项目156个。",
            "从投资结构看，产业项目比重上升。156个项目中，产业项目总投资",
            "湘江时论",
            "把开工的热度化为建设的速度",
            "720亿元，占总投资的48.6%，主要集中在新能源、新材料等领域。",
            "交通、水利等基础设施项目也在加快推进，一批项目将于年内建成。",
            "湖南日报评论员",
            "春天是干事创业的好时节，一批重点项目同时开工，令人振奋。",
            "开工只是第一步，更要盯住工期、守住质量，让项目早日见效。",
        )
    )
    report, essay = stories(page)
    assert (essay.column, essay.title, essay.byline) == (
        "湘江时论",
        "把开工的热度化为建设的速度",
        "湖南日报评论员",
    )
    assert [p[:6] for p in essay.paragraphs] == ["春天是干事创", "开工只是第一"]
    assert report.paragraphs[1].endswith("等领域。")
    assert not any("时论" in p or "热度" in p for p in report.paragraphs)


def test_a_stacks_first_lines_printed_in_a_cut_and_handing_over_on_a_dash_join_the_title_over_the_byline():
    page = parse(
        paragraph_page(
            "前三季度全省外贸进出口增长18%",
            "湖南日报10月20日讯（全媒体记者 段晓）前三季度，全省外贸进出口总值4860亿元，增长18%。",
            "机电产品出口增势良好。前三季度，全省出口机电产品",
            "乡村振兴·蹲点调研",
            "从“人挑肩扛”到“机器代劳”——",
            "1120亿元，增长26.3%，占出口总值的41.2%。",
            "民营企业活力增强，进出口增长21.5%，占全省外贸总值的八成以上。",
            "智慧农机在湘北平原落地生根",
            "湖南日报全媒体记者 田野 通讯员 曾朵",
            "秋收时节，华容县的稻田里，一台无人驾驶收割机正在作业。",
            "合作社负责人说，过去收一季稻要请二十多个帮工，如今两台农机就够了。",
        )
    )
    trade, farm = stories(page)
    assert (farm.column, farm.kicker, farm.title) == (
        "乡村振兴·蹲点调研",
        "从“人挑肩扛”到“机器代劳”——",
        "智慧农机在湘北平原落地生根",
    )
    assert trade.paragraphs[1].endswith("41.2%。")
    assert farm.paragraphs[0].startswith("秋收时节")


def test_a_column_line_printed_twice_over_the_next_line_of_its_clauses_is_read_once():
    page = parse(
        column_page(
            "湖南日报 11 月 9 日讯（记者 邹平 通讯\n员 李晓）今天，省高院发布一批涉农\n"
            "典型案例，涉及农资质量纠纷、土地\n流转纠纷等 8 个案例。",
            "在一起种子质量纠纷案中，某种粮户从\n在一起种子质量纠纷案中，某种粮户从\n"
            "一家农资店购进杂交稻种 300 公斤，播\n种后出苗率不足三成，法院经审理认\n"
            "定种子质量不合格，判令农资店赔偿\n损失 9.6 万元。",
            "省高院发布一批涉农典型案例",
            "湖南日报 11 月 9 日讯（记者 赵一鸣）\n记者今天从市农业农村局获悉，\n全市秋播面积已过半。",
            "全市秋播面积过半",
        )
    )
    assert [a.title for a in stories(page)] == ["省高院发布一批涉农典型案例", "全市秋播面积过半"]
    body = squash("".join(stories(page)[0].paragraphs))
    assert body.count("某种粮户从一家农资店") == 1
    assert body.count("在一起种子质量纠纷案中") == 1


@pytest.mark.parametrize(
    ("text", "strip"),
    [
        ("全面深化改革在湖南", True),
        ("学党史 悟思想 办实事 开新局", True),
        ("奋进新征程 建功新时代", True),
        ("会议还研究了其他事项。", False),
        ("全省早稻栽插已过半，长势良好", False),
    ],
)
def test_a_banner_or_slogan_alone_is_page_furniture_and_a_sentence_is_not(text, strip):
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.page import _furniture

    alone = Draft(paras=[Para(text, [7])], lines={7})
    assert _furniture(alone) is strip
    headed = Draft(paras=[Para(text, [7])], lines={7}, heads=[[]])
    assert not _furniture(headed)


def test_a_column_line_of_no_clause_printed_twice_over_a_word_closed_by_a_stop_is_read_once():
    page = parse(
        column_page(
            "湖南日报 3 月 6 日讯（记者 周立）\n株洲中小航空发动机产业产值去年\n突破 300 亿元。",
            "株洲是我国中小航空发动机研制生产的重要\n株洲是我国中小航空发动机研制生产的重要\n"
            "基地。近年来，株洲依托骨干企业，建设航\n空动力产业园，先后引进配套企业 60 余家。",
            "株洲航空发动机产业产值突破300亿元",
            "湖南日报 3 月 6 日讯（记者 赵一鸣）\n记者今天从市农业农村局获悉，\n全市春播面积已过半。",
            "全市春播面积过半",
        )
    )
    assert [a.title for a in stories(page)] == [
        "株洲航空发动机产业产值突破300亿元",
        "全市春播面积过半",
    ]
    body = squash("".join(stories(page)[0].paragraphs))
    assert body.count("研制生产的重要基地") == 1


@pytest.mark.parametrize("box", ["更多报道请登录华声在线", "湖南日报·新湖南客户端出品"])
def test_a_pointer_to_the_papers_site_and_a_producers_credit_are_boxes_not_kickers(box):
    page = parse(
        paragraph_page(
            "全省防汛工作会议召开",
            "湖南日报6月3日讯（全媒体记者 王川）今天，全省防汛工作会议召开，部署今年防汛工作。",
            box,
            "全省早稻栽插过半",
            "湖南日报6月3日讯（全媒体记者 李青）记者今天从省农业农村厅获悉，全省早稻栽插已过半。",
        )
    )
    assert [(a.kicker, a.title) for a in stories(page)] == [
        ("", "全省防汛工作会议召开"),
        ("", "全省早稻栽插过半"),
    ]
    assert any(squash(box) == squash(e) for e in page.extras)


def test_a_verb_too_common_to_weigh_left_alone_under_a_title_ends_it():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.lines import Line

    lines = [Line(1, "湖南日报社推进媒体深度融合", 1, False), Line(3, "发展", 1, False)]
    # (a common word weighs nothing in any body: it reads as standing alone)
    parts = read_zone(Zone(lines, 0, 1), lambda text, share=0.0: True)
    assert [p.text for p in parts] == ["湖南日报社推进媒体深度融合发展"]


def test_a_campaigns_slogan_over_a_features_stack_is_its_column_not_its_kicker():
    page = parse(
        paragraph_page(
            "奋进新征程 建功新时代",
            "探访株洲高新区“智能工厂”——",
            "一台电机背后的“智造”变革",
            "湖南日报全媒体记者 田野 通讯员 曾朵",
            "走进株洲高新区一家电机企业的总装车间，机械臂正在自动绕线，工人寥寥无几。",
            "企业负责人说，生产线改造后，一台电机的装配时间缩短了一半。",
        )
    )
    (feature,) = stories(page)
    assert squash(feature.column) == "奋进新征程建功新时代"
    assert feature.kicker == "探访株洲高新区“智能工厂”——"
    assert feature.title == "一台电机背后的“智造”变革"


def test_a_stack_printed_in_a_feature_far_above_its_dated_story_heads_that_story():
    feature = [
        f"第{n}个村的老人说，检察官每月都来村里走一走，听听大家的难处，把法律讲到田间地头。"
        for n in "一二三四五六七八九"
    ]
    page = parse(
        paragraph_page(
            "“检察蓝”守护一方平安",
            "湖南日报全媒体记者 邹平 通讯员 罗雯",
            "清晨6点，汨罗市检察院的检察官已经出现在河边，查看排污口的整改情况。",
            "“公益诉讼不是要和行政机关对着干，而是要形成合力，”检察官说，去年共办理公益诉讼案件",
            "前4个月全省税收收入增长8.3%",
            "制造业税收占比持续提升",
            "380件，督促清理固体废物2.1万吨。",
            *feature,
            "湖南日报5月23日讯（全媒体记者 孙文）记者今天从省税务局获悉，前4个月，全省税收收入增长8.3%，制造业税收占比持续提升。",
            "减税降费政策持续发力，制造业企业享受留抵退税120亿元。",
        )
    )
    essay, tax = stories(page)
    assert (tax.kicker, tax.title) == ("前4个月全省税收收入增长8.3%", "制造业税收占比持续提升")
    assert essay.paragraphs[1].endswith("2.1万吨。")


def test_a_kicker_and_title_printed_in_a_cut_both_head_the_dated_story_below():
    page = parse(
        paragraph_page(
            "株洲发布“动力之都”城市品牌",
            "湖南日报9月25日讯（全媒体记者 周立）株洲是新中国重点建设的老工业基地，去年全市工业对G",
            "省生态环境厅通报洞庭湖生态环境专项整治进展",
            "下塞湖矮围全部拆除 湿地生态逐步恢复",
            "DP增长的贡献率超过三成。",
            "湖南日报9月25日讯（全媒体记者 李青）下塞湖矮围全部拆除后，湿地生态逐步恢复，候鸟数量明显增加。",
        )
    )
    city, lake = stories(page)
    assert squash(lake.kicker + lake.title + lake.subtitle) == squash(
        "省生态环境厅通报洞庭湖生态环境专项整治进展下塞湖矮围全部拆除 湿地生态逐步恢复"
    )
    assert city.paragraphs[0].endswith("对GDP增长的贡献率超过三成。")


def test_a_paragraph_opening_over_a_line_spread_by_glyph_gaps_opens_no_story():
    # (the justified second line has fewer characters than the first: the
    # extraction left its spreading out, so it is no narrower in print)
    page = parse(
        column_page(
            "湖南日报 6 月 3 日讯（全媒体记者 孟川 通\n讯员 蒋一）今天，资水益阳段“清河\n"
            "行动”启动，500 余名志愿者参加。",
            "益阳市建立了市、县、乡、村\n四级巡河制度 ， 聘请河长\n"
            "1200 名，常态化开展巡查、保洁，\n资水益阳段水质持续向好，今年以\n来稳定保持Ⅱ类。",
            "资水益阳段启动“清河行动”",
        )
    )
    (story,) = stories(page)
    assert story.title == "资水益阳段启动“清河行动”"
    assert "益阳市建立了市、县、乡、村四级巡河制度" in squash("".join(story.paragraphs))


def test_a_paragraphs_last_line_printed_twice_is_read_once():
    page = parse(
        column_page(
            "湖南日报 6 月 3 日讯（全媒体记者 孟川）\n今天，全省外贸稳增长座谈会在长沙\n"
            "召开。前 5 个月，我省对东盟出口\n增长 18%，机电产品、农产品增长较快，\n"
            "“湘品出海”的步子越迈越大。\n“湘品出海”的步子越迈越大。\n"
            "会议要求，各地要帮助企业稳订单、\n拓市场。",
            "全省外贸稳增长座谈会召开",
        )
    )
    (story,) = stories(page)
    assert squash("".join(story.paragraphs)).count("步子越迈越大") == 1
    assert any("步子越迈越大" in d for d in page.duplicates)


def test_a_series_named_for_its_journey_closing_a_stack_labels_the_feature():
    page = parse(
        column_page(
            "湖南日报全媒体记者 邓一帆\n走进岳阳经开区一家电子材料企业\n"
            "的车间，一卷卷铜箔正在下线。五年\n前，这里还是一片荒地。\n"
            "如今，岳阳电子材料产业年产值已\n突破 300 亿元，配套企业 80 多家。",
            "一卷铜箔的远行",
            "岳阳电子材料产业集群成长记",
            "新型工业化调研行",
            "湖南日报 5 月 14 日讯（全媒体记者\n孟川）记者今天从省林业局获悉，\n全省油茶林面积已达 2300 万亩。",
            "全省油茶林面积达2300万亩",
        )
    )
    feature, tea = stories(page)
    assert feature.column == "新型工业化调研行"
    assert (
        feature.kicker + feature.title + feature.subtitle
        == "一卷铜箔的远行岳阳电子材料产业集群成长记"
    )
    assert tea.title == "全省油茶林面积达2300万亩"


def test_a_paragraph_cut_inside_its_lists_last_item_is_no_kicker_of_the_headline_below():
    page = parse(
        paragraph_page(
            "全省林业安全生产检查启动",
            "湖南日报4月8日讯（记者 孟川）省林业局今天启动全省林业安全生产检查，为期一个月。",
            "检查重点是林区防火设施的隐患排查整改、护林员责任落实、应",
            "株洲开展电动自行车消防安全整治",
            "湖南日报4月8日讯（记者 周立）株洲市今天部署开展电动自行车消防安全专项整治。",
            "急物资储备和扑火队伍建设等情况。对检查中发现的问题，将建立清单限期整改。",
            "整治期间，株洲将对住宅小区楼道违规停放、充电等问题开展集中清理。",
        )
    )
    forest, fire = stories(page)
    assert (forest.title, forest.kicker) == ("全省林业安全生产检查启动", "")
    assert (fire.title, fire.kicker) == ("株洲开展电动自行车消防安全整治", "")
    assert "责任落实、应急物资储备" in squash("".join(forest.paragraphs))


def test_a_paragraphs_full_width_first_line_naming_the_story_opens_no_headline():
    page = parse(
        column_page(
            "湖南日报 6 月 12 日讯（全媒体记者\n孟川）省农业农村厅今天召开汛期\n"
            "农业生产调度会，部署各地做好灾\n后农业生产恢复工作。会议要求，\n"
            "各地农业农村部门要组织农技人员\n深入受灾田块，指导农户及时扶苗\n"
            "洗苗、追肥补肥。",
            "省农业农村厅已组织农技专家组\n赴现场开展技术服务，并调剂储\n备了一批良种和化肥。",
            "据统计，全省已为受灾农户调剂发\n放救灾种子 12 万公斤、化肥 3000\n吨。",
            "农业部门部署汛期农业生产",
        )
    )
    (story,) = stories(page)
    assert story.title == "农业部门部署汛期农业生产"
    assert any(squash(p).startswith("省农业农村厅已组织农技专家组赴现场") for p in story.paragraphs)
    assert not story.subheads


def test_a_figure_a_headline_line_wrapped_alone_stays_with_it():
    page = parse(
        column_page(
            "湖南日报 3 月 11 日讯（记者 孟川）\n记者今天从省交通运输厅了解到，\n"
            "今年前 2 个月，全省完成交通投资\n120 亿元，同比增长 9%。\n"
            "其中，高速公路完成投资 68 亿元，\n普通国省道完成投资 31 亿元。",
            "前2月全省交通建设完成投资",
            "逾百亿元",
            "高速公路投资增长一成二",
            "湖南日报 3 月 11 日讯（记者 周立）\n浏阳市今年前 2 个月规模工业\n实现产值 262 亿元。",
            "浏阳工业开局良好",
        )
    )
    roads, liuyang = stories(page)
    assert (
        squash(roads.kicker + roads.title + roads.subtitle)
        == "前2月全省交通建设完成投资逾百亿元高速公路投资增长一成二"
    )
    assert not roads.column
    assert liuyang.title == "浏阳工业开局良好"


def test_a_paragraphs_line_cut_inside_a_word_that_names_the_story_opens_no_headline():
    # (the line shares the story's words and the text under it does not: only
    # the word run over the break says it is running text)
    page = parse(
        column_page(
            "本报北京 3 月 9 日电（记者\n孟川）连日来，在京出席全国\n人大会议的湖南代表认真审\n"
            "议政府工作报告，围绕农业现\n代化、农村发展等话题踊跃发\n言。",
            "全国人大代表、种粮大户李春\n华说，合作社去年种植水稻 2.6\n万亩，她建议加大对粮食主产\n"
            "区的补偿力度。",
            "全国人大代表周桂英关注农村贫\n困学生就学问题。她说，山区学\n"
            "校寄宿条件仍需改善，希望加\n大投入，让孩子们安心读书。",
            "在京湖南代表热议政府工作报告",
            "湖南日报 3 月 9 日讯（记者 周立）\n浏阳市今年前 2 个月规模工业\n实现产值 262 亿元。",
            "浏阳工业开局良好",
        )
    )
    deputies, liuyang = stories(page)
    assert deputies.title == "在京湖南代表热议政府工作报告"
    assert any("关注农村贫困学生就学问题" in squash(p) for p in deputies.paragraphs)
    assert liuyang.title == "浏阳工业开局良好"


def test_a_story_sent_on_by_its_jump_marker_takes_no_later_text_of_the_page():
    page = parse(
        paragraph_page(
            "全省文旅产业发展大会召开 推动文旅融合高质量发展",
            "湖南日报5月18日讯（记者 孟川）今天，全省文旅产业发展大会在张家界召开。会议启动实施文旅产业“十百千”工程，计划用三年时间打造10个文旅集群。",
            "会议提出，我省将以红色文化、山水生态、民俗风情等特色文旅资源为重点，培育一批过百亿元的文旅产业集群，到2027",
            "省政府召开常务会议",
            "湖南日报5月18日讯（记者 周立）省政府今天召开常务会议，研究部署防汛和森林防火工作。",
            "年，全省文旅产业增加值占比达到6%以上。",
            "会议强调，发展文旅产业，要坚持以文塑旅、以旅彰文。要加快建设一批精品景区和特色街区，打造湖南文旅品牌，提升游客满意度，",
            "▷(下转2版)",
            "会议指出，我省即将进入主汛期，各地要克服麻痹思想，做好防汛各项准备。",
            "会议要求，要加强森林防火巡查，严防发生重大火灾。",
            "华声时评",
            "让“湖南山水”更有文化味",
            "湖南日报评论员",
            "湖南文旅资源丰富，张家界、崀山、南岳等景区名扬海内外。但长期以来，文旅融合不深、产品同质化等问题制约着文旅产业发展。",
            "发展文旅产业，要坚持以文塑旅、以旅彰文。只有立足红色文化、山水生态、民俗风情等特色文旅资源，培育文旅产业集群，湖南文旅才能脱颖而出。",
            "品牌就是竞争力。打造湖南文旅品牌，要加快建设精品景区和特色街区，提升游客满意度，推动文旅融合高质量发展。",
        )
    )
    tourism, _council, comment = stories(page)
    assert tourism.paragraphs[-1].startswith("会议强调，发展文旅产业")
    assert comment.title == "让“湖南山水”更有文化味"
    assert len(comment.paragraphs) == 3


def test_a_word_cut_at_a_headlines_break_is_no_signature_of_a_surname():
    page = parse(
        column_page(
            "湖南日报 11 月 16 日讯（全媒体记者\n孟川）今天，全省安全生产工作视频\n"
            "调度会召开。会议要求，科学精准\n做好冬季安全生产各项工作。",
            "全省安全生产工作视频调度会要求",
            "科学精准做好冬季安全生产各",
            "项工作",
            "湖南日报 11 月 16 日讯（全媒体记者\n周立）记者从省商务厅获悉，前三\n季度全省新引进产业项目 1426 个。",
            "全省新引进产业项目1426个",
        )
    )
    safety, projects = stories(page)
    assert squash(safety.kicker + safety.title + safety.subtitle) == squash(
        "全省安全生产工作视频调度会要求科学精准做好冬季安全生产各项工作"
    )
    assert not safety.byline and not projects.byline


def test_a_label_between_a_signed_commentary_and_a_reports_headline_is_the_commentarys():
    page = parse(
        paragraph_page(
            "办节会更要“留得住”",
            "何文菊",
            "一场文化节，来了上万游客，签了几十个项目，这是看得见的热闹。",
            "“留得住”靠的是服务。把“游客”变成“常客”，还需久久为功。",
            "潇湘新语",
            "湖南非遗展销中心在长沙揭牌",
            "湖南日报6月27日讯（全媒体记者 孟川）今天，湖南非遗展销中心在长沙揭牌。",
            "该中心将采取“线下展示+线上销售”模式，集中展销全省非遗产品。",
        )
    )
    comment, report = stories(page)
    assert (comment.column, comment.title) == ("潇湘新语", "办节会更要“留得住”")
    assert (report.kicker, report.title, report.column) == ("", "湖南非遗展销中心在长沙揭牌", "")


def test_a_series_name_quoting_its_campaign_over_a_features_stack_is_its_column():
    page = parse(
        paragraph_page(
            "逐梦“新时代”·基层来信",
            "一个产业园区的五年规划",
            "“我们要把蓝图变成施工图”",
            "湖南日报全媒体记者 孟川",
            "清晨7点，园区管委会的会议室已经亮起了灯。规划编制组的年轻人围坐在一起，逐条讨论企业提出的意见。",
            "五年前，这里还是一片稻田；如今，园区已集聚企业120多家，年产值突破300亿元。",
        )
    )
    (feature,) = stories(page)
    assert feature.column == "逐梦“新时代”·基层来信"
    assert (feature.kicker, feature.title) == (
        "一个产业园区的五年规划",
        "“我们要把蓝图变成施工图”",
    )


def test_a_campaigns_slogan_over_a_features_whole_stack_is_its_column_whatever_words_it_shares():
    page = parse(
        paragraph_page(
            "学党史 悟思想 办实事 开新局",
            "走进红色地标",
            "一封家书里的初心",
            "湖南日报全媒体记者 孟川",
            "在纪念馆里，一封泛黄的家书吸引了前来学党史的党员干部。讲解员说，这封信写于1927年。",
            "参观结束后，大家表示，要从党史中汲取力量，为群众办实事，以新气象开新局。",
        )
    )
    (feature,) = stories(page)
    assert feature.column == "学党史 悟思想 办实事 开新局"
    assert (
        squash(feature.kicker + feature.title + feature.subtitle) == "走进红色地标一封家书里的初心"
    )


def test_a_commentary_signed_at_its_foot_with_a_bare_name_is_a_piece_of_its_own():
    page = parse(
        paragraph_page(
            "长沙召开“十五五”规划座谈会",
            "湖南日报12月2日讯（全媒体记者 孟川）今天，长沙市召开“十五五”规划座谈会，听取各界意见建议。",
            "座谈会上，大家围绕产业发展、城市建设等话题踊跃发言。",
            "12月2日，湘潭大学的学生志愿者在社区宣讲规划。 湖南日报全媒体记者 周立 摄",
            "湘音",
            "规划要“接地气”更要“落了地”",
            "编制规划，群众是主角。一份好的规划，既要站得高、看得远，也要接地气、办得到。",
            "规划的生命力在于落实。把群众的所思所盼写进规划，才能让蓝图变成实景。",
            "欧阳明远",
            "益阳市赫山区产业帮扶持续发力",
            "湖南日报12月2日讯（全媒体记者 吕明）初冬时节，赫山区的蔬菜基地一派繁忙。",
        )
    )
    titles = [(a.column, a.title, a.byline) for a in stories(page)]
    assert ("湘音", "规划要“接地气”更要“落了地”", "欧阳明远") in titles


def test_a_credit_at_the_pages_top_over_a_titled_caption_credits_that_photo():
    page = parse(
        paragraph_page(
            "                            湖南日报全媒体记者 孟川 通讯员 周立 摄",
            "老街巷焕新颜",
            "5月18日，株洲市芦淞区一处完成改造的老旧小区，居民在新建的广场上散步、健身。",
            "今年全省计划改造城镇老旧小区2700个",
            "湖南日报5月18日讯（全媒体记者 谢华）记者今天从省住房和城乡建设厅获悉，今年全省计划改造城镇老旧小区2700个。",
            "各地在完成水电气路等基础改造的同时，加装电梯、建设养老托育设施。",
        )
    )
    photo, report = page.articles
    assert (photo.kind, photo.title) == ("photo", "老街巷焕新颜")
    assert squash(photo.byline) == squash("湖南日报全媒体记者 孟川 通讯员 周立 摄")
    assert report.title == "今年全省计划改造城镇老旧小区2700个"


def test_a_caption_spread_over_its_line_with_its_credit_is_a_photo():
    spread = " ".join(
        "11月9日，长沙市芙蓉区一社区，志愿者为老人讲解手机使用方法。湖南日报全媒体记者孟川通讯员周立摄"
    )
    page = parse(
        "湖南日报11月9日讯（全媒体记者 吕明）记者今天从省水利厅获悉，今冬明春全省将实施农田水利项目1200个。\n\n"
        "省水利厅相关负责人表示，将加强项目调度和质量监管，确保工程在明年汛前发挥效益。\n\n\n\n"
        f"{spread}\n\n"
        "湘西州柑橘鲜果搭上“冷链专列”\n\n"
        "湖南日报11月9日讯（全媒体记者 谢梅）随着柑橘进入采摘旺季，湘西州开通的冷链专线已运送鲜果2万余吨。\n"
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert squash(photo.byline) == squash("湖南日报全媒体记者 孟川 通讯员 周立 摄")
    assert squash(photo.paragraphs[0]).startswith("11月9日,长沙市芙蓉区")


def test_a_box_drawn_into_a_columns_sentence_is_a_box_and_the_sentence_goes_on():
    page = parse(
        column_page(
            "湖南日报 8 月 24 日讯（全媒体记者\n孟川）入伏以来，我省降雨偏少，\n"
            "湘中、湘南部分地区旱情较重。\n"
            "省防汛抗旱指挥部要求，各地要把保障\n抗旱保供\n在行动\n"
            "群众饮水安全放在首位，对出现饮水\n困难的地方，采取应急送水等措施。",
            "我省启动抗旱应急响应",
        )
    )
    (story,) = stories(page)
    assert story.title == "我省启动抗旱应急响应"
    assert "各地要把保障群众饮水安全放在首位" in squash("".join(story.paragraphs))
    assert any("抗旱保供" in e for e in page.extras)


def test_a_two_character_name_closing_a_zone_under_a_commentarys_title_signs_it():
    page = parse(
        column_page(
            "节约用水，不只是旱季的应急之举，\n更应成为日常的生活习惯。洗菜水\n可以浇花，洗衣水可以拖地。\n"
            "让我们从身边做起，珍惜每一滴水，\n共同守护好我们的家园。",
            "节水要从身边做起",
            "彭健",
            "湖南日报 8 月 24 日讯（全媒体记者\n孟川）记者今天从省气象台获悉，\n预计下周全省旱情有望缓解。",
            "省气象台预计下周旱情有望缓解",
        )
    )
    comment, weather = stories(page)
    assert (comment.title, comment.byline) == ("节水要从身边做起", "彭健")
    assert weather.title == "省气象台预计下周旱情有望缓解"


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("全社会研发经费投入从2015年的412亿元增加到2019年的", True),
        ("全省外贸进出口额比去年同期的", True),
        ("好日子是干出来的", False),
        ("开局之年当有开局之为", False),
    ],
)
def test_a_line_stopped_on_a_times_de_is_a_cut_paragraph_no_headline(line, cut):
    from hnreader.corpus.segment.paragraph_pages import _cut_paragraph

    assert _cut_paragraph(squash(line)) is cut


def test_a_codes_prompt_to_view_and_the_report_it_names_over_lines_are_one_box():
    page = parse(
        column_page(
            "湖南日报 3 月 16 日讯（全媒体记者 孟川）\n记者今天从省工信厅获悉，我省新\n增省级制造业创新中心 8 家。",
            "我省新增一批省级制造业创新中心",
            "扫码看",
            "湘江实验室",
            "专题报道",
            "湖南日报 3 月 16 日讯（全媒体记者 周立）\n今天，全省科技创新工作会议在长\n沙召开。",
            "全省科技创新工作会议召开",
        )
    )
    titles = [a.title for a in stories(page)]
    assert titles == ["我省新增一批省级制造业创新中心", "全省科技创新工作会议召开"]
    assert any("湘江实验室" in e and "扫码看" in e for e in page.extras)


def test_a_code_to_scan_and_its_offer_to_watch_drawn_into_a_sentence_are_a_box():
    page = parse(
        column_page(
            "湖南日报 4 月 17 日讯（全媒体记者 孟川）\n长沙海关今天推出 12 项措施，推广\n"
            "“提前申报”模式，推动口岸经营单位\n扫一扫\n看视频\n降低收费标准。\n"
            "数据显示，一季度湖南进口整体通关\n时间较去年同期压缩了 31%。",
            "长沙海关推出12项措施优化口岸营商环境",
        )
    )
    (story,) = stories(page)
    assert story.title == "长沙海关推出12项措施优化口岸营商环境"
    assert "推动口岸经营单位降低收费标准" in squash("".join(story.paragraphs))
    assert any("看视频" in e for e in page.extras)


def test_a_pages_reading_is_the_same_whatever_the_processs_string_hashing():
    # (each worker process hashes strings its own way: the headline evidence,
    # summed over a set of character pairs, must come out the same in all)
    import os
    import subprocess
    import sys

    code = (
        "import glob, sys; from hnreader.corpus.loader import load;"
        "from hnreader.corpus.export import to_json;"
        "sys.stdout.write(to_json(load(sorted(glob.glob(sys.argv[1])), workers=1)))"
    )
    pages = str(Path(__file__).parent / "dev_zd" / "pages" / "*.txt")
    outs = {
        subprocess.run(
            [sys.executable, "-c", code, pages],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2")
    }
    assert len(outs) == 1


def test_a_line_of_clauses_announcing_a_list_is_a_paragraphs_no_headline():
    page = parse(
        column_page(
            "湖南日报 3 月 21 日讯（记者 孟川）\n今天召开的示范区建设推进会透露，\n今年将实施百项关键技术攻关。",
            "推进会提出，今年将重点抓好“三个一批”：\n突破一批制约产业发展的“卡脖子”技术，\n"
            "培育一批拥有自主知识产权的科技企业，\n建设一批面向行业的公共研发平台。",
            "示范区建设提速",
        )
    )
    (story,) = stories(page)
    assert story.title == "示范区建设提速"
    assert any(squash(p).startswith("推进会提出") for p in story.paragraphs)


def test_the_走基层_campaigns_name_under_a_headline_labels_the_story_signed_below():
    page = parse(
        column_page(
            "湖南日报 1 月 20 日讯（全媒体记\n者 王小川）今天，岳阳港城陵矶\n"
            "港区新开通一条至东盟的集装箱\n航线，每周往返一班。",
            "城陵矶港新开东盟集装箱航线",
            "春节一线走基层",
            "湖南日报全媒体记者 李秋生 报道",
            "清晨六点，桃源县的茶园里已是\n一片忙碌。雾气还未散尽，几十\n名采茶工背着竹篓在茶垄间穿\n"
            "行，一芽一叶落入篓中。",
            "茶山里的新年",
        )
    )
    port = next(a for a in page.articles if a.dateline)
    tea = next(a for a in page.articles if "李秋生" in a.byline)
    assert port.title == "城陵矶港新开东盟集装箱航线" and not port.subtitle
    assert tea.column == "春节一线走基层"


def test_a_wide_line_whose_clause_ends_its_sentence_on_the_next_line_is_running_text():
    page = parse(
        column_page(
            "湘南高校团队研发的测绘软件获奖",
            "湖南日报 3 月 2 日讯（全媒体记者 唐\n诗琪）记者今天从湘南一所高校获\n"
            "悉，该校团队研发的测绘软件，日\n前在一项国际竞赛中获得一等奖。",
            "测绘软件被称为行业的“数字之眼”，",
            "是工程建设必不可少的基础软件。该\n团队研发的软件运用人工智能技术\n"
            "优化测量流程，在同等条件下可将\n外业周期缩短约四成。",
        )
    )
    (story,) = stories(page)
    assert story.title == "湘南高校团队研发的测绘软件获奖"
    assert "被称为行业的“数字之眼”，是工程建设" in "".join(story.paragraphs)


def test_a_line_naming_the_signed_essay_above_over_text_of_another_is_its_title_not_a_crosshead():
    page = parse(
        column_page(
            "文丨苏小禾",
            "老家的屋门前，有一口老井。听祖\n父说，这口井是他的爷爷亲手挖\n的，井水清甜，一年四季不干。\n"
            "小时候，井边是我们的乐园，大人\n们在井边洗菜、聊天，孩子们在井\n边跳房子、捉迷藏。",
            "如今老屋翻修成了新楼房，可门前\n的老井依然清澈，每年回乡，我都\n要在井边站一站，打一桶井水。",
            "老屋门前的那口井",
            "又是一年桂花开，我再一次来到岳\n麓山下的爱晚亭。",
            "秋风拂面，枫叶正红。站在亭前远\n眺，湘江北去，心中不禁涌起万千\n感慨。",
        )
    )
    essays = stories(page)
    assert essays[0].title == "老屋门前的那口井"
    assert not any("爱晚亭" in p for p in essays[0].paragraphs)


def test_three_character_crossheads_in_a_series_stay_in_their_feature():
    page = parse(
        column_page(
            "湖南日报全媒体记者 陈小川",
            "2019年春天，省直某单位干部李明\n来到新化县一个山村担任驻村第一\n书记，三年间带领村民修通了公路。",
            "去年底驻村期满，他却主动申请留\n下来，继续和乡亲们一起干。",
            "谋新路",
            "脱贫之后路在何方？他和村干部反\n复讨论，最后把目光投向了村里的\n茶园和山水，引进茶企建起车间。",
            "去年村里接待游客3万多人次，村\n集体经济收入达到56万元。",
            "聚人心",
            "产业要发展，关键在人。他在村里\n组建了返乡青年创业联盟，吸引二\n十多名年轻人回村创业。",
            "村民们说，现在大家心里都有了奔\n头。",
            "梯田里的新考卷",
        )
    )
    (feature,) = stories(page)
    assert feature.title == "梯田里的新考卷"
    assert {"谋新路", "聚人心"} <= set(feature.subheads)


def test_a_credit_cut_inside_通讯员_at_a_captions_line_end_is_read_whole():
    page = parse(
        column_page(
            "湖南日报 3 月 16 日讯（全媒体记者 周\n小川）今天，全省中小学科学教育工\n作推进会在长沙召开。会议要求，\n"
            "各地要配齐科学教师，建好科学实\n验室，每所学校至少开设一门科学\n类课后服务课程，让孩子们在动手\n"
            "中爱上科学。",
            "3月16日，株洲市一所小学，学生在科学课上制作简易机器人。 湖南日报全媒体记者 李明 通",
            "讯员 王小红 摄",
            "全省推进中小学科学教育",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.byline.replace(" ", "") == "湖南日报全媒体记者李明通讯员王小红摄"
    assert photo.paragraphs == ("3月16日，株洲市一所小学，学生在科学课上制作简易机器人。",)


def test_a_scene_under_its_title_takes_the_credit_printed_alone_at_the_pages_top():
    page = parse(
        column_page(
            "                       湖南日报全媒体记者 李小文 摄",
            "湖南日报 3 月 16 日讯（全媒体记者 周\n小川）今天，全省中小学科学教育工\n作推进会在长沙召开。会议要求，\n"
            "各地要配齐科学教师，建好科学实\n验室，每所学校至少开设一门科学\n类课后服务课程。",
            "全省推进中小学科学教育",
            "油菜花开",
            "3月16日，衡阳县西渡镇，游客赏花。",
            "湖南日报 3 月 16 日讯（全媒体记者 王\n大川）记者今天从省农业农村厅获\n悉，全省春耕备耕工作有序推进，\n"
            "早稻集中育秧面积超过两百万亩。",
            "全省春耕备耕有序推进",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo" and a.paragraphs)
    assert photo.title == "油菜花开" and "李小文" in photo.byline
    assert photo.paragraphs == ("3月16日，衡阳县西渡镇，游客赏花。",)


def test_a_short_headline_line_stopped_on_a_preposition_takes_its_last_word_from_under_it():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.lines import Line

    lines = [
        Line(1, "资江航道整治工程全面完工", 1, False),
        Line(3, "千吨货轮驶向", 1, False),
        Line(5, "大海", 1, False),
        Line(7, "邵阳新增两个省级现代农业产业园", 1, False),
    ]
    parts = read_zone(Zone(lines, -1, 0), lambda text, share=0.0: False)
    assert [p.text for p in parts][1] == "千吨货轮驶向大海"


def test_photo_titles_under_the_pages_strip_and_of_four_characters_stay_the_photos():
    page = parse(
        paragraph_page(
            "文体",
            "05",
            "2024年6月4日 星期二",
            "责任编辑 王明 版式编辑 李青",
            "荷叶田田",
            "6月2日，益阳市赫山区，荷塘里荷叶舒展，游客在栈道上观赏。",
            "通讯员 林小舟 摄",
            "端午文化节将在岳阳开幕",
            "湖南日报6月3日讯（全媒体记者 钟小禾）记者今天从岳阳市获悉，端午文化节将于6月8日开幕，"
            "其间将举办龙舟邀请赛、非遗展演等活动。",
            "",
            "",
            "鱼跃龙门",
            "6月2日，岳阳市南湖新区，龙舟队员在湖面上进行训练。",
            "                              湖南日报全媒体记者 陶安然 摄",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [p.title for p in photos] == ["荷叶田田", "鱼跃龙门"]
    assert "陶安然" in photos[1].byline
    assert not any("荷叶" in extra for extra in page.extras)


def test_a_credit_between_a_photos_title_and_its_caption_credits_that_photo():
    page = parse(
        paragraph_page(
            "全市秋季运动会闭幕",
            "湖南日报10月9日讯（全媒体记者 秦晓川）为期五天的全市秋季运动会今天闭幕，共决出金牌120枚。",
            "夜游湘江",
            "湖南日报全媒体记者 许明远 摄",
            "10月8日晚，长沙市橘子洲头，湘江两岸灯火璀璨，游船往来穿梭。",
            "全省冬修水利启动",
            "湖南日报10月9日讯（全媒体记者 罗安）记者今天从省水利厅获悉，全省冬修水利工作全面启动。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "夜游湘江"
    assert "许明远" in photo.byline
    assert squash("".join(photo.paragraphs)).startswith("10月8日晚")
    assert all("橘子洲" not in "".join(a.paragraphs) for a in stories(page))


def test_a_titled_scene_caption_of_three_sentences_with_its_credit_elsewhere_is_a_photo():
    page = parse(
        paragraph_page(
            "通讯员 卢远山 摄",
            "全省冬修水利启动",
            "湖南日报11月6日讯（全媒体记者 罗安）记者今天从省水利厅获悉，全省冬修水利工作全面启动。"
            "今冬明春计划完成水利投资120亿元。",
            "枫叶流丹",
            "11月5日，长沙市岳麓区桃花岭公园，满园枫叶红透，吸引市民前来观赏。每年11月中旬，"
            "是长沙观赏红叶的最佳时节，公园湖畔一带游人如织。管理处提醒游客错峰出行，文明赏景。",
            "秋收冬种",
            "11月5日，衡阳县西渡镇，农民在田间驾驶农机收割晚稻。 新华社记者 陈远 摄",
        )
    )
    photos = {a.title: a for a in page.articles if a.kind == "photo"}
    assert "枫叶流丹" in photos
    assert "卢远山" in photos["枫叶流丹"].byline
    assert all("枫叶" not in "".join(a.paragraphs) for a in stories(page))


def test_an_essays_text_and_pictures_credit_before_a_reporters_byline_is_a_byline():
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline("文/图 湖南日报全媒体记者 龙远")
    assert is_byline("图/文 湖南日报记者 张小川 通讯员 李青")
    page = parse(
        paragraph_page(
            "镜头·乡村",
            "山路上的邮递员",
            "文/图 湖南日报全媒体记者 龙远",
            "早上7点，邮递员杨明骑着摩托车出发了。他负责的邮路有120多公里。",
            "这些年，通往各村的公路陆续硬化，他的邮路越跑越顺。",
        )
    )
    (story,) = page.articles
    assert story.title == "山路上的邮递员"
    assert story.byline == "文/图 湖南日报全媒体记者 龙远"


def test_a_front_pages_digest_entries_are_furniture_not_stories():
    page = parse(
        paragraph_page(
            "全省春耕生产全面铺开",
            "湖南日报3月20日讯（全媒体记者 周青）记者今天从省农业农村厅获悉，全省春耕生产全面铺开，"
            "已备足种子和化肥。",
            "今日导读",
            "春耕一线见闻 3版",
            "2版 县域经济看增长 6版 湘江两岸新风貌",
            "长沙新开通5条公交线路",
            "湖南日报3月20日讯（全媒体记者 袁青）长沙今天起新开通5条公交线路，方便市民出行。",
        )
    )
    assert [a.title for a in page.articles] == ["全省春耕生产全面铺开", "长沙新开通5条公交线路"]
    assert any("春耕一线见闻" in extra for extra in page.extras)
    assert any("湘江两岸新风貌" in extra for extra in page.extras)


def test_a_listings_rows_under_its_name_are_furniture_not_a_story():
    page = parse(
        column_page(
            "湖南日报 11 月 3 日讯（记者 严小舟）\n省文化和旅游厅今天发布消息，冬\n"
            "季演出季将于本月中旬启幕，全省\n将推出剧目 60 余台。",
            "冬季演出季本月启幕",
        )
        + "\n演出预告\n\n11月18日 花鼓戏《打铜锣》 长沙音乐厅\n\n"
        "11月25日 湘昆《白兔记》 湖南大剧院\n\n"
    )
    assert [a.title for a in page.articles] == ["冬季演出季本月启幕"]
    assert any("白兔记" in extra and "演出预告" in extra for extra in page.extras)


@pytest.mark.parametrize("editors", ["本版编辑 王晓川", "本版责编 王晓川"])
def test_the_pages_editor_named_as_this_pages_is_furniture_not_a_column(editors):
    page = parse(
        paragraph_page(
            "副刊",
            "12",
            "2019年4月6日 星期六",
            editors,
            "山居笔记",
            "屋后的竹林",
            "文丨林青禾",
            "老家的屋后有一片竹林，春天里笋子破土而出，一夜之间就长高了一截。",
            "小时候，我常跟着祖父去竹林里挖笋。祖父说，挖笋要看土，土裂开的地方就有笋。",
        )
    )
    (essay,) = page.articles
    assert essay.title == "屋后的竹林"
    assert essay.column == "山居笔记"
    assert any("王晓川" in extra for extra in page.extras)


def test_a_photos_title_closed_by_an_exclamation_is_its_title():
    page = parse(
        paragraph_page(
            "全省中考明日开考",
            "湖南日报6月15日讯（全媒体记者 陈小禾）全省初中学业水平考试明日开考，共有考生62万人。",
            "冲刺！",
            "6月14日，株洲市第二中学考点，考生在校门口合影留念。 湖南日报全媒体记者 罗立 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "冲刺！"
    assert "冲刺" not in "".join(stories(page)[0].paragraphs)


def test_a_code_prompt_naming_a_film_over_two_lines_is_one_box_over_no_headline():
    page = parse(
        column_page(
            "湖南日报 5 月 12 日讯（记者 何小川）\n今年以来，安化黑茶产业加快转型，\n"
            "全县茶园面积达 36 万亩。",
            "安化黑茶产业加快转型",
        )
        + "\n扫码看安化黑茶\n\n“制茶工艺”视频\n\n"
        + column_page(
            "湖南日报 5 月 12 日讯（记者 罗青）\n记者今天从省林业局获悉，全省油茶\n"
            "林面积突破 2300 万亩。",
            "油茶产业",
            "全省油茶林面积突破2300万亩",
        )
    )
    assert [a.title for a in page.articles] == [
        "安化黑茶产业加快转型",
        "全省油茶林面积突破2300万亩",
    ]
    assert not any("视频" in a.kicker + a.title + a.subtitle + a.column for a in page.articles)
    assert any("视频" in extra for extra in page.extras)


def test_a_code_prompt_with_what_it_shows_on_the_next_line_is_one_box():
    page = parse(
        column_page(
            "湖南日报 4 月 16 日讯（记者 何小川）\n长沙地铁 6 号线今天完成全线\n"
            "轨通，年内将开通运营。",
            "长沙地铁6号线全线轨通",
        )
        + "\n扫描二维码\n\n看地铁6号线轨通现场\n\n"
        + "城铁早班车\n\n4 月 14 日早上 7 时，长株潭城际列车\n\n上，乘客有序乘车。\n\n记者 罗立 摄\n"
    )
    assert not any("现场" in a.kicker + a.title + a.subtitle for a in page.articles)
    assert any("看地铁6号线轨通现场" in extra.replace(" ", "") for extra in page.extras)


def test_a_row_of_counts_under_its_table_title_is_a_box():
    page = parse(
        column_page(
            "全省青少年田径锦标赛落幕",
            "株洲代表队获金牌8枚",
            "湖南日报5月9日讯（全媒体记者 易小川）\n今天，全省青少年田径锦标赛在株洲\n"
            "落幕。株洲代表队获金牌8枚、银牌\n6枚、铜牌5枚，金牌数居全省第一。",
            "全省青少年田径锦标赛",
            "株洲代表队奖牌榜",
            "金牌 8枚 银牌 6枚 铜牌 5枚",
            "一季度全省外贸进出口增长9%",
            NEWS_B,
        )
    )
    games, trade = page.articles
    assert (games.kicker, games.title, games.subtitle) == (
        "全省青少年田径锦标赛落幕",
        "株洲代表队获金牌8枚",
        "",
    )
    assert trade.title == "一季度全省外贸进出口增长9%"
    assert page.extras == ("全省青少年田径锦标赛株洲代表队奖牌榜金牌 8枚 银牌 6枚 铜牌 5枚",)


def test_a_short_line_set_tight_under_a_headline_line_is_its_wrap_no_label():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    lines = [
        Line(1, "三湘时评", 1, False),
        Line(3, "整治“飞线充电”要", 1, False),
        Line(4, "建长效机制", 0, False),
    ]
    # (the label's words are in no story; so are the wrap's)
    parts = read_zone(Zone(lines, 0, 1), lambda text, share=0.0: True)
    assert [(p.kind, p.text) for p in parts] == [
        (ZonePart.LABEL, "三湘时评"),
        (ZonePart.HEAD, "整治“飞线充电”要"),
        (ZonePart.HEAD, "建长效机制"),
    ]


def test_a_short_predicate_under_a_commentarys_title_line_is_its_wrap_no_label():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    for title, wrap in (("街头的“共享充电宝”", "该管管了"), ("老旧小区“微改造”", "贵在用心")):
        lines = [Line(1, "三湘时评", 1, False), Line(3, title, 1, False), Line(5, wrap, 1, False)]
        parts = read_zone(Zone(lines, 0, 1), lambda text, share=0.0: True)
        assert [(p.kind, p.text) for p in parts] == [
            (ZonePart.LABEL, "三湘时评"),
            (ZonePart.HEAD, title + wrap),
        ]


def test_a_predicate_set_tight_under_a_subject_alone_is_the_titles_wrap():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    lines = [
        Line(1, "前三季度接待游客4800余万人次", 1, False),
        Line(3, "南岳旅游", 1, False),
        Line(4, "持续“升温”", 0, False),
        Line(6, "首批白鹤飞抵东洞庭湖", 1, False),
    ]
    parts = read_zone(Zone(lines, 0, 1), lambda text, share=0.0: False)
    assert [(p.kind, p.text) for p in parts] == [
        (ZonePart.HEAD, "前三季度接待游客4800余万人次"),
        (ZonePart.HEAD, "南岳旅游持续“升温”"),
        (ZonePart.HEAD, "首批白鹤飞抵东洞庭湖"),
    ]


def test_a_headline_over_its_dateline_that_names_a_code_to_scan_is_no_box():
    from .test_segment_general import NEWS, paragraph_page

    page = parse(paragraph_page("韶山推进“智慧景区”建设 扫码购票 刷脸入园", *NEWS))
    (news,) = page.articles
    assert (
        squash(news.kicker + news.title + news.subtitle) == "韶山推进“智慧景区”建设扫码购票刷脸入园"
    )
    assert page.extras == ()


def test_a_short_line_inside_a_meetings_stack_is_no_label():
    from hnreader.corpus.segment.column_headlines import Zone, read_zone
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    lines = [
        Line(1, "省防指部署湘江流域防汛抗洪工作", 1, False),
        Line(3, "闻汛而动", 1, False),
        Line(5, "确保沿江群众安全度汛", 1, False),
        Line(7, "吴大成出席", 1, False),
    ]
    parts = read_zone(Zone(lines, -1, 0), lambda text, share=0.0: True)
    assert [p.kind for p in parts] == [ZonePart.HEAD] * 3 + [ZonePart.ATTEND]


def test_a_short_line_with_a_modal_in_it_is_no_column_label():
    from hnreader.corpus.segment.roles import label_shaped

    assert label_shaped("经济观察") and label_shaped("要闻速递")
    assert not label_shaped("园区要算好") and not label_shaped("招商需发力")


def test_the_first_line_of_a_dated_reports_wrapped_title_under_a_caption_is_no_photo_title():
    page = parse(
        column_page(
            NEWS_B,
            "6月15日，衡东经开区，工人在新能源电池生产线上作业。  记者 郭立亮 摄",
            "衡东经开区引进",
            "新能源电池材料项目",
            "湖南日报6月18日讯（记者 唐湘衡 通讯\n员 资毅）今天，衡东经开区与一家新\n能源企业签订投资协议，项目总投资\n12亿元，达产后年产值可达25亿元。",
        )
    )
    report = page.articles[-1]
    assert (
        squash(report.kicker + report.title + report.subtitle) == "衡东经开区引进新能源电池材料项目"
    )
    assert all(a.title_derived for a in page.articles if a.kind == "photo")


#: The sentence marks an extraction may give in their ASCII form.
HALF_MARKS = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})

ASCII_MARKS_PAGE = column_page(
    "湖南日报 7 月 5 日讯（全媒体记者 周一\n帆 通讯员 孙立行）记者今天从株洲市商务\n局获悉，今年以来，株洲市推动 200 余家\n"
    "外贸企业开展跨境电商业务，建成海外仓\n 12 个、跨境电商产业园 3 家，企业出口\n订单平均增长 30% 以上，物流成本平均降\n"
    "低 10 % 左右。\n在株洲高新区一家服饰企业，记者看到，\n直播间里主播正用英语介绍新款服装，数\n"
    "据大屏实时显示各国订单的成交情况。企业\n负责人介绍，通过跨境电商，产品上架周\n期由原来的 20 天缩短到 7 天，海外客户\n增加了一倍。\n"
    "株洲市还组建了由高校教师和服务商组成的\n“跨境电商服务队”，免费为中小企业开\n 展业务培训 ， 提出经营方案。今年，该市\n"
    "计划培训 800 家企业跨境电商人才，推动更\n多中小企业“触网出海”。",
    "株洲推进“跨境出海”",
    "200余家企业开展跨境电商业务",
    "全省中考成绩7月10日公布",
    "湖南日报7月 5 日讯（全媒体记者 林小溪）\n记者今天从省教育厅获悉， 2023年全省初\n中学业水平考试成绩将于 7月 10日公布，各\n"
    "市州将按照规定的时间和程序依次开展录取\n工作，预计 7 月底结束。\n今年我省初中学业水平考试报名人数达 70.2\n万人，"
    "创历史新高。省教育厅提醒，考生要及\n时关注录取信息，不要轻信所谓“内部名\n额”等虚假宣传，谨防上当受骗。",
)


def _read(text):
    return [(a.title, [squash(p) for p in a.paragraphs]) for a in stories(parse(text))]


def test_a_page_with_ascii_sentence_marks_reads_as_with_the_papers_own():
    assert _read(ASCII_MARKS_PAGE.translate(HALF_MARKS)) == _read(ASCII_MARKS_PAGE)
    assert [t for t, _ in _read(ASCII_MARKS_PAGE)] == [
        "200余家企业开展跨境电商业务",
        "全省中考成绩7月10日公布",
    ]


def test_a_glyph_gap_inside_a_quotes_edge_reads_as_none():
    lines = (
        "城北新区新建一批口袋公园",
        "湖南日报3月2日讯（全媒体记者 罗青 通讯员 贺一）记者今天从城北新区获悉，"
        "今年新区将新建口袋公园12个，让居民出门见绿。",
        "前段时间陪父亲去银行办事，取号要扫码、填单要扫码，父亲拿着老年机干着急。",
        "希望公共服务场所都保留人工窗口，多给老人一些耐心。",
        "办事大厅留一扇“人工窗口” 周小禾",
        "全省春季植树活动启动",
        "湖南日报3月2日讯（全媒体记者 谭林）记者今天从省林业局获悉，全省春季植树活动启动。",
    )
    gapped = [line.replace("“", "“ ").replace("”", " ”") for line in lines]
    read = [(a.title, a.byline) for a in stories(parse(paragraph_page(*gapped)))]
    assert read == [(a.title, a.byline) for a in stories(parse(paragraph_page(*lines)))]
    assert read[1] == ("办事大厅留一扇“人工窗口”", "周小禾")


def test_a_headline_whose_figures_the_extraction_spaced_is_no_tables_row():
    page = parse(
        paragraph_page(
            "城西园区招商引资成效明显",
            "前 6 个月引进 300 强企业项目 28 个",
            "湖南日报7月2日讯（全媒体记者 罗青）记者今天从城西园区获悉，上半年园区新引进"
            "“三类300强”企业投资项目28个，投资总额达到126亿元。",
            "全省夏粮收购工作启动",
            "湖南日报7月2日讯（全媒体记者 谭林）记者今天从省粮食局获悉，全省夏粮收购工作启动。",
        )
    )
    assert [squash_all(a) for a in stories(page)] == [
        "城西园区招商引资成效明显前6个月引进300强企业项目28个",
        "全省夏粮收购工作启动",
    ]
    assert not page.extras


def test_a_headlines_first_phrase_printed_again_is_a_copy_whatever_its_figures_spacing():
    page = parse(
        paragraph_page(
            "全省春播进度过半",
            "湖南日报4月2日讯（全媒体记者 谭林）记者今天从省农业农村厅获悉，全省春播进度过半。",
            "前 3 月全省外贸进出口增长近三成 民营企业进出口占比达 72.5 %",
            "前 3 月全省外贸进出口增长近三成",
            "湖南日报4月2日讯（全媒体记者 罗青）长沙海关今天发布数据，今年前3个月，"
            "湖南外贸进出口总值1286.3亿元，同比增长28.6%。",
        )
    )
    assert [squash_all(a) for a in stories(page)][1] == (
        "前3月全省外贸进出口增长近三成民营企业进出口占比达72.5%"
    )


def squash_all(article):
    return (article.kicker + article.title + article.subtitle).replace(" ", "")


def test_stacks_bunched_at_a_pages_foot_head_the_stories_above_them_in_order():
    page = parse(
        paragraph_page(
            "湖南日报5月8日讯（全媒体记者 罗青 通讯员 贺一）记者今天从益阳高新区获悉，"
            "益阳高新区电子元件产业园一期建成投产，首批12家企业入驻。",
            "产业园一期占地560亩，全部达产后年产值可达80亿元。",
            "湖南日报5月8日讯（全媒体记者 谭林 通讯员 周敏）记者从衡阳市交通运输局获悉，"
            "衡阳城区新开通5条公交微循环线路，覆盖老旧小区28个。",
            "新线路采用小型电动公交车，发车间隔缩短到10分钟。",
            "湖南日报5月8日讯（全媒体记者 陈一舟）记者从省农业农村厅获悉，全省早稻插秧"
            "已完成九成，各地正加强田间管理。",
            "农技人员深入田间地头，指导农户科学施肥、防治病虫害。",
            "湖南日报5月8日讯（全媒体记者 林晓 通讯员 刘洋）记者从郴州市卫生健康委获悉，"
            "郴州市新建乡镇卫生院发热门诊36个，村民就近看病更方便。",
            "益阳高新区电子元件产业园一期投产",
            "衡阳城区",
            "新开通5条公交微循环线路",
            "全省早稻插秧完成九成",
            "郴州新建乡镇卫生院发热门诊36个",
        )
    )
    heads = [(a.kicker + a.title + a.subtitle).replace(" ", "") for a in stories(page)]
    assert heads == [
        "益阳高新区电子元件产业园一期投产",
        "衡阳城区新开通5条公交微循环线路",
        "全省早稻插秧完成九成",
        "郴州新建乡镇卫生院发热门诊36个",
    ]
    assert all(a.dateline for a in stories(page))


def test_a_place_jieba_reads_as_a_verb_opens_the_next_stack_not_the_title_above():
    page = parse(
        column_page(
            "湖南日报 12 月 7 日讯（全媒体记者\n杨一帆 通讯员 周敏）今天，益阳\n高新区一个新能源电池项目投产，\n"
            "总投资 36 亿元，达产后年产值可达\n60 亿元。",
            "益阳高新区新能源电池项目投产",
            "安化黑茶小镇",
            "游客接待量突破百万人次",
            "湖南日报 12 月 7 日讯（全媒体记者\n向一鸣 通讯员 舒琴）记者今天从\n安化县获悉，安化黑茶小镇今年接\n"
            "待游客突破百万人次，带动周边\n3000 余名群众增收。",
        )
    )
    heads = [(a.kicker + a.title + a.subtitle).replace(" ", "") for a in stories(page)]
    assert heads == ["益阳高新区新能源电池项目投产", "安化黑茶小镇游客接待量突破百万人次"]


def test_of_two_label_shaped_lines_over_an_essay_the_one_its_text_reads_is_the_title():
    page = parse(
        paragraph_page(
            "全市春耕备耕有序推进",
            "湖南日报3月2日讯（全媒体记者 谭林）记者今天从市农业农村局获悉，全市春耕备耕有序推进。",
            "湘江",
            "老屋场的夜",
            "文丨罗小溪",
            "老家的屋场在山脚下，住着七八户人家。夏天的夜里，大人们在屋场的晒谷坪上乘凉。",
            "后来我去城里读书，屋场的夜就成了我心里最惦记的时光。",
        )
    )
    essay = page.articles[-1]
    assert (essay.column, essay.title, essay.byline) == ("湘江", "老屋场的夜", "文丨罗小溪")


def test_a_second_reporters_name_under_a_byline_goes_on_it_whatever_its_words():
    page = parse(
        column_page(
            "支部风采",
            "庆祝建党纪念日",
            "一个村的“三本账”",
            "——记石门县大石桥镇石门村党总支",
            "湖南日报全媒体记者 杨小龙",
            "唐朝",
            "产业账：荒坡变果园",
            "石门村地处山脚下，过去是远近闻名\n的穷村，村里的年轻人大多外出打工，\n"
            "不少山坡地撂荒。新班子上任后，带着\n党员挨家挨户摸底，商量村里的发展。",
        )
    )
    assert stories(page)[0].byline == "湖南日报全媒体记者 杨小龙 唐朝"


def test_a_dated_storys_stack_printed_over_the_last_of_its_text_heads_it():
    page = parse(
        paragraph_page(
            "全省晚稻栽插基本结束",
            "湖南日报8月2日讯（记者 罗青 通讯员 贺一）记者今天从省农业农村厅获悉，全省晚稻栽插基本结束，"
            "面积稳定在2000万亩以上。",
            "湖南日报8月2日讯（记者 谭林 通讯员 周敏）衡南县是全省生猪调出大县。今年以来，该县对"
            "湘江沿岸禁养区内的养殖场开展整治，已关停搬迁养殖场600余个，削减生猪存栏",
            "各地正抓紧田间管理，防止高温热害，为全年粮食丰收打下基础。",
            "衡南县生猪养殖退出湘江沿岸",
            "关停搬迁养殖场600余个",
            "约9万头。养殖场退出后，县里鼓励养殖户向规模场集中，配套建设有机肥加工车间。",
            "不少退养户转向了种养结合，在村里流转稻田发展稻虾共养。",
        )
    )
    pigs = [a for a in stories(page) if a.dateline and "衡南县" in a.paragraphs[0]]
    assert len(pigs) == 1
    assert (pigs[0].kicker + pigs[0].title).replace(
        " ", ""
    ) == "衡南县生猪养殖退出湘江沿岸关停搬迁养殖场600余个"
    assert pigs[0].paragraphs[-1].startswith("不少退养户")


def test_a_features_crossheads_of_one_build_take_back_its_sections_and_its_first():
    # (a column page of dev_xh: a feature's sections printed on past a report
    # set into its column, its first crosshead right under its byline)
    path = next((Path(__file__).parent / "dev_xh" / "pages").glob("006_*.txt"))
    page = parse(path.read_text(encoding="utf-8"), path.name)
    feature = next(a for a in stories(page) if "三本账" in a.title)
    assert feature.subtitle.startswith("——记")
    heads = [p.split("：")[0] for p in feature.paragraphs if "账：" in p[:5]]
    assert heads == ["产业账", "民心账", "传承账"]
    report = next(a for a in stories(page) if "两优一先" in a.kicker + a.title)
    assert not any("账：" in p[:5] for p in report.paragraphs)


def test_a_dated_leads_stack_printed_over_the_rest_of_its_cut_sentence_heads_it():
    page = parse(
        paragraph_page(
            "全省园区工作座谈会召开",
            "湖南日报5月23日讯（全媒体记者 罗青）今天，全省园区工作座谈会在长沙召开。",
            "湖南日报5月23日讯（全媒体记者 谭林 通讯员 周敏）走进株洲高新区的轨道交通产业园，"
            "整车、牵引系统、制动系统等生产车间一字排开。该区轨道交通产业已聚集上下游企业90多家，"
            "去年产业链产值突破",
            "会上，各市州和省级以上园区负责人作了交流发言。",
            "株洲高新区做强轨道交通产业链",
            "九十多家企业聚在一条链上",
            "300亿元。",
            "株洲高新区坚持“引进龙头、配套跟进”的思路，围绕整车企业引进配套企业30多家。",
        )
    )
    rail = next(a for a in stories(page) if "株洲高新区" in "".join(a.paragraphs))
    assert (rail.kicker + rail.title).replace(
        " ", ""
    ) == "株洲高新区做强轨道交通产业链九十多家企业聚在一条链上"
    assert rail.paragraphs[0].endswith("产业链产值突破300亿元。")


def test_a_line_no_story_claims_opening_on_its_verb_stays_under_its_subject():
    page = parse(
        column_page(
            "湖南日报 3 月 9 日讯（全媒体记者\n邓文）记者今天从省市场监管局获\n"
            "悉，即日起全省开展食品专项检\n查，重点查处过期原料、无证经营\n"
            "等问题，检查结果将向社会公布。",
            "省市场监管局部署食品专项检查",
            "守好孩子们的餐桌",
            "全省职业技能大赛在株洲开幕",
            "两千余名选手同台比拼",
            "湖南日报 3 月 9 日讯（全媒体记者\n黄露）第三届全省职业技能大赛今\n"
            "天在株洲开幕，两千余名选手将在\n焊接、数控等项目中比拼技能，大\n"
            "赛持续四天。",
        )
    )
    check, contest = stories(page)
    assert squash(check.kicker + check.title + check.subtitle) == squash(
        "省市场监管局部署食品专项检查守好孩子们的餐桌"
    )
    assert squash(contest.kicker + contest.title) == squash(
        "全省职业技能大赛在株洲开幕两千余名选手同台比拼"
    )


def test_a_box_of_results_under_its_title_is_an_item_of_its_own():
    page = parse(
        column_page(
            "湖南日报 10 月 6 日讯（记者 秦川）\n全国田径锦标赛今天在郑州落幕，湖\n"
            "南田径队获得 2 枚金牌、1 枚银牌。",
            "全国田径锦标赛湖南选手决赛成绩",
            "男子 110 米栏",
            "欧阳昊 13 秒 42 第一名",
            "女子跳远",
            "蒋一诺 6 米 58 第一名",
            "男子 400 米",
            "龙晨曦 45 秒 91 第二名",
            "田径场上看耐心",
            "体育短评",
            "金牌来之不易。一名选手从少体\n校练起，往往要十年才能站上全国\n赛场。",
        )
    )
    box = next(a for a in page.articles if a.title.endswith("决赛成绩"))
    assert box.kind == "other"
    assert [squash(p) for p in box.paragraphs] == [
        "男子110米栏",
        "欧阳昊13秒42第一名",
        "女子跳远",
        "蒋一诺6米58第一名",
        "男子400米",
        "龙晨曦45秒91第二名",
    ]
    comment = next(a for a in page.articles if a.title == "田径场上看耐心")
    assert comment.paragraphs[0].startswith("金牌来之不易")


def test_reporters_over_the_last_title_of_a_zone_sign_the_feature_under_it():
    from hnreader.corpus.segment.column_headlines import Part, Zone, _sign_owner
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.kinds import ZonePart
    from hnreader.corpus.segment.lines import Line

    # A commentary's pen name read as a headline line, the feature's
    # reporters, the feature's title; the commentary above, the feature under.
    pen, reporter, aide, title = (
        Line(no, raw, 1, False)
        for no, raw in enumerate(
            ("秦风", "湖南日报记者 蒋晓珂", "通讯员 邓佳", "门将的第十个赛季"), 50
        )
    )
    comment = Draft(column="体坛新语", paras=[Para("比赛输了，看台上的掌声却没有停。", [40])])
    feature = Draft(paras=[Para("10月5日清晨，训练场上只有他一个人。", [60])])
    parts = [
        Part(ZonePart.HEAD, [pen]),
        Part(ZonePart.SIGN, [reporter, aide]),
        Part(ZonePart.HEAD, [title]),
    ]
    zone = Zone([pen, reporter, aide, title], 0, 1)
    assert _sign_owner([comment, feature], zone, parts, 1) == 1


def test_the_line_naming_who_joins_the_paper_in_a_page_is_page_furniture():
    page = parse(
        column_page(
            "本版由株洲市生态环境局协办",
            "株洲打好蓝天保卫战",
            "（株洲市生态环境局 供稿）",
            "今年以来，株洲市空气质量优良天数\n比例达到87.6%，同比上升3.2个百\n分点。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title) == ("", "株洲打好蓝天保卫战")
    assert any("协办" in e for e in page.extras)


def test_a_list_cut_after_its_pause_goes_on_under_the_next_reports_stack():
    # The first report's list is cut by the second report's dateline; the
    # list goes on under the second report's stack, its words the first's
    # no more than the second's.
    page = parse(
        column_page(
            "湖南日报长沙 5 月 8 日讯（记者 邓宇）",
            "第十届湖南茶博会今天在长沙开幕，\n全省 260 家茶企参展，开幕首日意向\n成交 3.2 亿元。",
            "在安化展区，千两茶、茯砖茶、",
            "湖南日报 5 月 8 日讯（记者 龙雪）",
            "益阳港务部门今天发布，今年前4个\n月，益阳港完成货物吞吐量 420 万\n吨，增长 18%。",
            "益阳港前4个月",
            "吞吐量增长18%",
            "花卷茶等特色产品前挤满了客商，不\n少外地采购商当场下单。",
            "湘茶企业抱团参展",
        )
    )
    fair = next(a for a in page.articles if "邓宇" in a.dateline)
    assert any("茯砖茶、花卷茶等" in p for p in fair.paragraphs)
    assert not any(a.paragraphs and a.paragraphs[0].startswith("花卷茶") for a in page.articles)


def test_short_lines_over_a_paragraph_set_to_the_columns_width_are_a_stack():
    from hnreader.corpus.segment.column_pages import _breaks_flow
    from hnreader.corpus.segment.kinds import LineKind
    from hnreader.corpus.segment.lines import Line

    # A report's stack (a list's pause in its kicker) and a commentary's
    # title, bunched over the commentary's text, a column of thirteen.
    texts = (
        "坡子街、夜市人气旺",
        "长沙夜宵经济成新增长点",
        "夜经济既要“热”起来",
        "更要“静”得下来",
        "入夜之后，街头的烟火",
        "气让城市有了温度。不过，噪",
        "声扰民、油烟污染等问题也随",
        "之而来，需要管理者多用心。",
    )
    lines = [Line(no, text, 1, False) for no, text in enumerate(texts)]
    kinds = [LineKind.TEXT] * len(lines)
    assert _breaks_flow(lines, kinds, 0)
    assert not _breaks_flow(lines, kinds, 4)  # (the paragraph's indented first line)


@pytest.mark.parametrize("opener", ["【{}】", "（{}）"])
def test_briefs_opening_on_their_place_in_brackets_are_one_item_under_their_label(opener):
    items = [
        opener.format(place) + text
        for place, text in (
            ("衡阳", "衡阳市今年新增城镇就业\n2.3 万人，完成年度目标任务\n的 58%。"),
            ("岳阳", "岳阳市人社局近日举办\n就业招聘会，120 家企业提供\n岗位 3000 余个。"),
            ("常德", "常德市推出创业担保贷款\n新政，个人最高可贷 30 万元。"),
        )
    ]
    page = parse(
        column_page(
            "湖南日报 6 月 11 日讯（记者 丁可）\n记者今天从省人社厅获悉，今年\n以来全省城镇新增就业 30 万人。",
            "三湘简讯",
            *items,
        )
    )
    report, briefs = page.articles
    assert report.paragraphs == ("记者今天从省人社厅获悉，今年以来全省城镇新增就业30万人。",)
    assert briefs.column == "三湘简讯"
    assert [p[:4] for p in briefs.paragraphs] == [
        opener.format(p)[:4] for p in ("衡阳", "岳阳", "常德")
    ]


def _gapped_at_pauses(text: str) -> str:
    """The page as an extraction gives it that sets off every pause by glyph gaps."""
    return re.sub(r"(?<=\S)([，、；：])(?=\S)", r" \1 ", text)


def _outline(page) -> list[tuple[str, str, str, list[str]]]:
    return [(a.kind, a.title, a.byline, [squash(p) for p in a.paragraphs]) for a in page.articles]


@pytest.mark.parametrize("number", ["002", "007", "014"])
def test_a_page_gapped_at_every_pause_reads_as_printed(number):
    # (pages of dev_wf, both layouts: gapped at every pause, a line whose
    # sentence goes on into a figure read as a crosshead, a column's lines as
    # justified; the gaps tell nothing there and are closed up)
    path = next((Path(__file__).parent / "dev_wf" / "pages").glob(f"{number}_*.txt"))
    text = path.read_text(encoding="utf-8")
    assert pauses_gapped(_gapped_at_pauses(text)) and not pauses_gapped(text)
    assert _outline(parse(_gapped_at_pauses(text), path.name)) == _outline(parse(text, path.name))


def test_a_justified_lines_gaps_at_its_pauses_are_no_page_gapped_at_every_pause():
    text = column_page(
        "湖南日报 6 月 3 日讯（全媒体记者 孟川）\n今天，全省外贸稳增长座谈会在长沙\n"
        "召开。前 5 个月，我省对东盟出口\n增长 18% ， 机电产品、农产品增长较快，\n"
        "“湘品出海”的步子越迈越大 ， 会议\n要求，各地要帮助企业稳订单、拓市场。"
    )
    assert not pauses_gapped(text)
    assert close_mark_gaps("增长 18% ， 机电产品 、 农产品") == "增长 18%，机电产品、农产品"
    assert close_mark_gaps("戴 口 罩 、勤 洗 手 、用 公") == "戴 口 罩 、勤 洗 手 、用 公"


def test_a_bylines_name_printed_a_character_a_line_under_its_role_is_the_bylines():
    page = parse(
        paragraph_page(
            "让老字号在新消费中焕发新活力",
            "湖南日报全媒体评论员",
            "邓",
            "一鸣",
            "老字号是一座城市的文化记忆，也是消费市场的金字招牌。",
            "让老字号焕发新活力，既要守住匠心，也要拥抱新的消费场景。",
        )
    )
    (piece,) = page.articles
    assert piece.title == "让老字号在新消费中焕发新活力"
    assert squash(piece.byline) == "湖南日报全媒体评论员邓一鸣"
    assert squash(piece.paragraphs[0]).startswith("老字号是一座城市")


def test_a_features_reporter_named_a_character_a_line_on_a_column_page_signs_it():
    page = parse(
        column_page(
            "一位乡村医生的三十年",
            "湖南日报全媒体记者",
            "刘\n勇",
            "清晨六点，石门县一个山村的卫生\n室已经亮起了灯。58 岁的乡村医生\n"
            "谭德明背起药箱，开始一天的巡诊。\n三十年来，他走遍了全村 12 个村\n"
            "民小组，为村民看病 10 万余人次。",
        )
    )
    (feature,) = stories(page)
    assert squash(feature.byline) == "湖南日报全媒体记者刘勇"
    assert not [a for a in page.articles if squash(a.title + "".join(a.paragraphs)) in ("刘", "勇")]


def test_a_paragraph_cut_between_a_minute_and_its_figure_heads_no_story():
    page = parse(
        paragraph_page(
            "省青少年足球联赛决赛落幕",
            "湖南日报10月9日讯（全媒体记者 林涛）今天，全省青少年足球联赛决赛在株洲落幕，长沙队夺得冠军。",
            "决赛中，长沙队与衡阳队相持不下，双方都有破门良机。",
            "比赛第 28",
            "全省秋粮收购工作启动",
            "湖南日报10月9日讯（全媒体记者 何方）记者今天从省粮食和物资储备局获悉，全省秋粮收购工作全面启动。",
            "分钟，长沙队前锋接队友传中头球破门，最终以1比0取胜。",
            "今年全省各地共设收购网点1600余个，确保农民余粮应收尽收。",
        )
    )
    assert [a.title for a in stories(page)] == ["省青少年足球联赛决赛落幕", "全省秋粮收购工作启动"]
    assert squash(stories(page)[0].paragraphs[-1]).endswith(
        squash("比赛第28分钟，长沙队前锋接队友传中头球破门，最终以1比0取胜。")
    )


def test_a_source_note_printed_on_after_a_paragraphs_last_sentence_closes_it():
    page = parse(
        column_page(
            "推动数字技术走进田间地头",
            "数字技术正在改变乡村的生产和生\n活方式。要加快农村网络建设，培\n养一批懂技术、会经营的新型农民，\n"
            "让农民共享数字红利。（摘自某刊文\n章，作者王立）\n"
            "各地要因地制宜推进智慧农业，把\n数字技术用到田间地头，让农民种\n得更省心、卖得更顺畅。",
        )
    )
    (piece,) = stories(page)
    assert [squash(p)[-8:] for p in piece.paragraphs] == [
        squash("文章，作者王立）"),
        squash("心、卖得更顺畅。"),
    ]


def test_a_headline_printed_under_its_reports_text_bunched_over_the_next_goes_back_to_it():
    page = parse(
        paragraph_page(
            "全省夏粮收购进度过半",
            "湖南日报6月20日讯（记者 王平）记者从省粮食局获悉，全省夏粮收购进度已过半。",
            "各地收购网点有序运转，农民售粮排队时间明显缩短。",
            "湖南日报6月20日讯（记者 杨军 通讯员 舒红）树上的脐橙还只有乒乓球大小，"
            "新宁县的种植户李长庚心里已经有了底：果品企业和他签了收购合同。",
            "今年以来，新宁县推行脐橙订单种植，由果品企业与种植户签订保底收购合同，订单面积达到3万亩。",
            "“过去最怕丰产不丰收，现在签了订单，心里踏实多了。”李长庚说。",
            "新宁脐橙种植户尝到订单甜头 果子还没熟 销路已落实",
            "宁乡花猪搭上直播快车",
            "湖南日报6月20日讯（记者 陈昊）一头宁乡花猪，在直播间里卖出了好价钱。",
            "宁乡市今年已培训养殖户直播带货300多人次，花猪网上销量增长一倍。",
        )
    )
    heads = {
        squash(a.kicker + a.title + a.subtitle): squash(a.paragraphs[0])[:8] for a in stories(page)
    }
    assert heads[squash("新宁脐橙种植户尝到订单甜头果子还没熟销路已落实")] == squash(
        "树上的脐橙还只有"
    )
    assert heads[squash("宁乡花猪搭上直播快车")] == squash("一头宁乡花猪，在")


def test_a_short_question_under_a_columns_label_titles_the_piece_under_it():
    page = parse(
        column_page(
            "百姓心声",
            "老街夜市噪音大，该谁管？",
            "我家住在老街边上，楼下一到晚\n上就摆起了夜市，烧烤摊的音响\n一直响到凌晨两点，老人孩子都\n睡不好觉。",
            "希望有关部门划定经营时段，让\n夜市热闹不扰民。",
            "长沙读者 周明",
        )
    )
    (letter,) = stories(page)
    assert letter.title == "老街夜市噪音大，该谁管？"
    assert letter.column == "百姓心声"
    assert squash(letter.paragraphs[0]).startswith("我家住在老街边上")


def test_a_films_name_under_a_prompt_to_view_it_is_the_codes_box_no_kicker():
    page = parse(
        paragraph_page(
            "扫码看视频",
            "农机博览会现场直击",
            "第五届湖南农机博览会开幕 300余家企业携新机具参展",
            "湖南日报9月6日讯（全媒体记者 曹明）今天，第五届湖南农机博览会在长沙开幕。",
            "展会设置了智能农机、丘陵山区农机等展区，集中展示新机具800余台套。",
        )
    )
    (story,) = stories(page)
    assert squash(story.kicker + story.title + story.subtitle) == squash(
        "第五届湖南农机博览会开幕300余家企业携新机具参展"
    )
    assert any("现场直击" in extra for extra in page.extras)


def test_two_tight_headline_lines_stay_two_pieces_with_a_gap_after_a_figure():
    # (the extraction sets a gap after a figure on some pages: 不起诉 386 人)
    for gap in ("", " "):
        page = parse(
            paragraph_page(
                f"全省法院加强少年审判工作\n去年审结涉未成年人案件2{gap}千余件",
                "湖南日报1月22日讯（记者 罗琳 通讯员 周彬）记者从省高级人民法院获悉，全省法院去年审结涉未成年人案件2000余件。",
                "全省法院已设立少年法庭42个，推行心理疏导、社会调查等特殊制度。",
            )
        )
        (story,) = stories(page)
        assert (squash(story.kicker), squash(story.title)) == (
            squash("全省法院加强少年审判工作"),
            squash("去年审结涉未成年人案件2千余件"),
        )


def test_a_figures_unit_after_the_extractions_gap_is_no_writer_beside_the_title():
    page = parse(
        paragraph_page(
            "今年全省计划新建保障性住房12 万套",
            "湖南日报2月9日讯（记者 胡明 通讯员 刘峰）记者从省住房和城乡建设厅获悉，今年全省计划新建保障性住房12万套。",
            "各地将优先保障新市民、青年人的住房需求。",
        )
    )
    (story,) = stories(page)
    assert squash(story.kicker + story.title) == squash("今年全省计划新建保障性住房12万套")
    assert story.byline == ""


def test_excerpts_each_closed_on_their_source_note_are_pieces_of_their_own():
    page = parse(
        column_page(
            "言论摘编",
            "让老字号走进年轻人的生活",
            "老字号是城市的文化名片，承载着几代人的\n记忆。要在保留传统技艺的同时大胆创新，\n"
            "开发年轻人喜欢的产品和消费场景，让老字\n号焕发新的光彩。（摘自某报评论，作者罗\n清）",
            "农村快递进村服务要打通最后一公里",
            "不少山区村民网购仍要跑到镇上取件，来回\n要花大半天。要整合邮政、快递和供销网点，\n"
            "在村里建起共配站点，让包裹直接送到村民\n家门口。（摘自某刊文章，作者毛云）",
        )
    )
    pieces = stories(page)
    assert [p.title for p in pieces] == [
        "让老字号走进年轻人的生活",
        "农村快递进村服务要打通最后一公里",
    ]
    assert [len(p.paragraphs) for p in pieces] == [1, 1]
    assert squash(pieces[1].paragraphs[0]).startswith("不少山区村民网购")


def test_a_stack_right_over_a_commentators_line_heads_that_commentary_not_the_report_above():
    # The commentary's title shares words with the report's last paragraph
    # (稳住…基本盘): no reason to read the report as two stories run together.
    page = parse(
        column_page(
            "全省春季招聘月累计提供岗位六十万个",
            "湖南日报3月12日讯（全媒体记者 符晓岚）",
            "记者今天从省人社厅获悉，全省春季招聘\n月活动开展以来，各地共举办招聘会1800\n"
            "余场，提供就业岗位60.2万个，达成就业\n意向14.6万人。",
            "省人社厅有关负责人表示，下一步将继\n续落实稳岗政策，扩大见习规模，加大技\n"
            "能培训力度，努力稳住就业基本盘。",
            "湘江评说",
            "以更大力度稳住外贸基本盘",
            "湖南日报全媒体评论员\n颜清和",
            "稳外贸，就是稳增长、稳就业。湖南外贸\n企业多是民营企业，连着产业链，也连着\n"
            "千家万户的饭碗。外部环境越复杂，越要\n把稳外贸摆在更加突出的位置。",
            "稳外贸，要让企业有订单。组织企业组团\n出海，帮助企业参加境外展会，把服务送\n"
            "到企业家门口，都是实打实的帮扶。",
        )
    )
    report, commentary = stories(page)
    assert squash(report.paragraphs[-1]).endswith("努力稳住就业基本盘。")
    assert (commentary.column, commentary.title) == ("湘江评说", "以更大力度稳住外贸基本盘")
    assert commentary.byline == "湖南日报全媒体评论员 颜清和"


def test_a_bare_name_under_a_commentary_signs_it_when_the_next_ones_stack_signs_that_one():
    page = parse(
        column_page(
            "快言",
            "旧书摊也该有个好去处",
            "城南老街的旧书摊摆了二十多年，\n摊主每天清早把书一捆捆搬出来，\n"
            "傍晚再一捆捆搬回去。不少老读者\n专程赶来淘书，说这里的书有人情\n味。",
            "旧书摊不占道、不扰民，给它划出\n一块固定的地方，城市的书香就多\n了一分。",
            "邹南山",
            "社区食堂开张不到半年，饭点时总\n是排起长队。一荤两素十二元，老\n"
            "人吃得实惠，年轻人也愿意来。",
            "办好一家食堂不难，难的是一直办\n好。菜价、口味、卫生，样样都要\n经得起街坊们天天检验。",
            "一事一议",
            "社区食堂贵在“一直办好”",
            "戴知秋",
        )
    )
    books, canteen = stories(page)
    assert (books.title, books.byline) == ("旧书摊也该有个好去处", "邹南山")
    assert (canteen.column, canteen.title, canteen.byline) == (
        "一事一议",
        "社区食堂贵在“一直办好”",
        "戴知秋",
    )


def test_a_writers_name_between_a_title_and_a_column_label_is_no_framed_pair():
    page = parse(
        column_page(
            "村里的老戏台修好了，每逢节日，花\n鼓戏、山歌轮番上演，十里八乡的\n"
            "乡亲都赶来看热闹。老人们说，戏\n台一亮，村子就有了精气神。",
            "乡村文化要有人“唱主角”，让群众\n从台下走到台上，戏台才不会再次\n冷清。",
            "老戏台不能“只搭不唱”",
            "罗敏",
            "新论",
            "让县域商业体系补上短板",
            "卢景明",
            "县城是连接城乡的枢纽，县域商业\n体系建得好，工业品下乡、农产品\n进城才能顺畅。",
        )
    )
    opera, trade = stories(page)
    assert (opera.title, opera.byline) == ("老戏台不能“只搭不唱”", "罗敏")
    assert (trade.title, trade.byline) == ("让县域商业体系补上短板", "卢景明")
    assert not any("罗敏" in text for text in page.extras)


def test_on_a_column_page_a_rate_goes_on_the_cut_sentence_that_takes_one_not_an_amounts_noun():
    page = parse(
        column_page(
            "湖南日报 3 月 6 日讯（记者 龙泽宇）",
            "省农信系统今天发布数据，截至 2 月\n末，全省涉农贷款余额 3120\n亿元，比年初增长",
            "湖南日报 3 月 6 日讯（记者 唐晓帆",
            "通讯员 邱霞）记者从长沙海关获悉，\n今年前两个月，岳阳城陵矶综合保税\n区完成贸易总值",
            "6.4%，农户贷款不良率较年初下降\n0.15 个百分点。各农商银行推出\n“春耕贷”，已为 1.2 万户种粮大户\n送去资金。",
            "12.6 亿美元，同比增长近三成，新\n落户加工贸易企业 9 家，吸纳就业\n1800 人。",
            "涉农贷款余额较年初增长6.4%",
            "城陵矶综保区前两月进出口12.6亿美元",
        )
    )
    loans, port = stories(page)
    assert "比年初增长6.4%，农户贷款" in loans.body.replace(" ", "")
    assert "贸易总值12.6亿美元" in port.body.replace(" ", "")


def test_a_paragraph_cut_before_the_next_dateline_is_no_stack_when_a_clause_runs_a_word_on():
    page = parse(
        column_page(
            "湖南日报 5 月 9 日讯（记者 贺思远）\n记者从省财政厅获悉，今年省级财政\n"
            "下达县域经济发展专项资金 42 亿元，\n比上年增加 3.5 亿元。",
            "专项资金重点投向县域主导",
            "产业和园区基础设施，用于技",
            "术改造的比例不低于",
            "湖南日报 5 月 9 日讯（记者 熊一鸣）\n记者从省林业局获悉，今年春季全省\n"
            "完成植树造林 210 万亩，比去年同期\n多出 18 万亩。",
            "35%，以加快县域产业转型升级。",
            "省级财政下达县域经济专项资金42亿元",
            "全省春季植树造林210万亩",
        )
    )
    funds, trees = stories(page)
    assert funds.title == "省级财政下达县域经济专项资金42亿元"
    assert "专项资金重点投向县域主导" in funds.body.replace(" ", "")
    assert "专项资金" not in trees.kicker + trees.title + trees.subtitle


def test_a_waiting_sentence_left_on_a_line_of_one_character_is_read_with_the_line_before():
    page = parse(
        column_page(
            "湖南日报 7 月 3 日讯（记者 聂远航）",
            "记者从省水利厅获悉，今年汛前全省\n完成水毁工程修复 1260 处，通过跨\n区域调水，已落实应急水源",
            "湖南日报 7 月 3 日讯（记者 聂远航\n通讯员 屈梅）记者从省水文中心获\n"
            "悉，全省首个智慧水文平台日前上\n线，首批接入雨量站、水位站等资",
            "源",
            "2.1 亿立方米以上。",
            "省水利厅负责人说，各地已落实防\n汛抢险队伍 2800 余支，储备编织\n"
            "袋、砂石料等物资。同时，水利部\n门将加强对",
            "老旧山塘、小型水库等薄弱部位的\n巡查，及时排除隐患。",
            "45 万立方米。",
            "平台可以自动汇总各站数据，洪水\n来临前发出预警。",
            "全省汛前修复水毁工程1260处",
            "全省首个智慧水文平台上线",
        )
    )
    works, gauges = stories(page)
    assert "加强对老旧山塘" in works.body.replace(" ", "")
    assert "等资源45万立方米。" in gauges.body.replace(" ", "")


def test_a_paragraph_sent_on_by_its_jump_marker_is_no_stack_when_a_clause_runs_a_word_on():
    from hnreader.corpus.segment.column_pages import _is_headline_line
    from hnreader.corpus.segment.lines import line_kinds, read_lines

    text = column_page(
        "会议强调，要把科技创新摆在更加\n突出的位置，推动创新链产业链深\n度融合。",
        "会议提出，今年全省研发经费投",
        "入的主要目标是：研发投入强度提",
        "占",
        "占",
        "▷（下转2版）",
    )
    lines = read_lines(text.split("\n"), set())
    kinds = line_kinds(lines)
    at = next(k for k, line in enumerate(lines) if line.raw.startswith("会议提出"))
    assert not _is_headline_line(lines, kinds, at, lambda: "")


def test_a_cartoons_credit_on_its_captions_last_line_takes_the_caption_and_title_above():
    page = parse(
        column_page(
            "让人才在乡村留得住",
            "谭知微",
            "乡村振兴，人才是关键。要让更多\n年轻人愿意回来、留得下来，乡村\n才有源源不断的活力。",
            "（作者单位：湖南农业大学）",
            "松绑",
            "表 格 少 了 ，会 议 短 了 ，",
            "基层干部腾出手来，为群众办事",
            "的时间更多了。 漫画/柯南舟",
            "读者来信",
            "菜市场门口的路灯该修了",
            "长沙读者 罗建华",
            "我家附近的菜市场门口有\n一段路，路灯坏了大半年，\n晚上买菜的老人走得心惊胆\n战。希望有关部门尽快修好。",
        )
    )
    cartoon = next(a for a in page.articles if a.kind.value == "photo")
    assert (cartoon.title, cartoon.byline) == ("松绑", "漫画/柯南舟")
    assert cartoon.body.replace(" ", "").startswith("表格少了，会议短了，基层干部腾出手来")
    assert not any(a.title == "松绑" and a.kind.value != "photo" for a in page.articles)


def test_a_notices_title_as_wide_as_the_column_heads_the_notice_under_a_finished_report():
    page = parse(
        column_page(
            "农村公路提质改造进度过半",
            "湖南日报 5 月 6 日讯（记者 廖晨曦）\n记者从省交通运输厅获悉，全省农村\n"
            "公路提质改造工程已完成年度任务的\n五成以上，新改建里程 4600 公里。",
            "据了解，改造后的道路将统一设置安\n全防护设施和交通标志标线。",
            "关于征集农村公路安全隐患线索的公告",
            "为及时消除农村公路安全隐患，现面\n向社会征集相关线索。群众可拨打热\n线或通过信函反映问题。",
            "湖南省交通运输厅\n2018年5月6日",
        )
    )
    titles = [a.title for a in page.articles]
    assert "关于征集农村公路安全隐患线索的公告" in titles
    road = next(a for a in page.articles if a.title == "农村公路提质改造进度过半")
    assert "征集" not in road.body


def test_an_untitled_photos_caption_after_a_finished_paragraph_runs_to_its_credit():
    page = parse(
        column_page(
            "湘江航道扩能工程完工",
            "湖南日报 10 月 9 日讯（记者 姚一帆）\n湘江长沙至城陵矶段航道扩能工程今\n"
            "天完工，千吨级船舶可全年通航。",
            "航道管理部门介绍，扩能后航道年通\n过能力将提高三成以上。",
            "10 月 8 日，攸县皇图岭镇，农民在\n田间收割晚稻。眼下，株洲各地晚稻\n"
            "陆续成熟，农机手抢抓晴好天气开镰\n收割，田野里一派繁忙景象。当地农\n"
            "机合作社组织收割机、烘干机开展跨\n区作业服务，确保颗粒归仓。",
            "湖南日报记者 彭湘宁 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind.value == "photo")
    assert photo.byline == "湖南日报记者 彭湘宁 摄"
    assert photo.body.replace(" ", "").startswith("10月8日，攸县皇图岭镇")
    waterway = next(a for a in page.articles if a.title == "湘江航道扩能工程完工")
    assert "晚稻" not in waterway.body


def test_a_proposal_and_a_box_of_terms_are_notices_of_their_own():
    page = parse(
        paragraph_page(
            "全省推行农业保险线上理赔",
            "湖南日报8月2日讯（全媒体记者 符晓岚）记者从省财政厅获悉，全省农业保险线上理赔平台正式运行，农户足不出户即可报案理赔。",
            "平台运行一个月来，已受理理赔案件1.2万件，平均结案时间缩短到5天。",
            "2026年全省政策性农业保险投保须知",
            "为支持种粮大户稳定生产，我省继续实施政策性农业保险保费补贴政策。投保人应如实告知种植面积和品种，保险期间发生灾害，应在48小时内报案。",
            "全省节约用水倡议书",
            "当前我省部分地区旱情持续，请广大市民珍惜每一滴水，一水多用，共同守护城乡供水安全。",
            "长沙新开一条国际货运航线",
            "湖南日报8月2日讯（全媒体记者 邹一鸣）今天凌晨，一架全货机从长沙黄花国际机场起飞，飞往越南河内。",
        )
    )
    titles = [a.title for a in page.articles]
    assert "2026年全省政策性农业保险投保须知" in titles and "全省节约用水倡议书" in titles
    report = next(a for a in page.articles if a.title == "全省推行农业保险线上理赔")
    assert "投保人" not in report.body and "旱情" not in report.body


def test_a_columns_name_over_a_notice_labels_it_and_issues_nothing():
    page = parse(
        column_page(
            "让群众少跑腿",
            "易知行",
            "办事窗口的变化，群众看在眼里。过\n去跑几个部门，如今一个窗口就能办\n完。",
            "观点",
            "来稿须知",
            "本版欢迎读者来稿，来稿请注明真实\n姓名和联系方式。",
        )
    )
    notice = next(a for a in page.articles if "须知" in a.kicker + a.title)
    assert (notice.column, notice.title) == ("观点", "来稿须知")


def test_a_cartoons_told_words_under_its_title_are_its_caption_over_the_artists_credit():
    page = parse(
        column_page(
            "会议多了，落实少了，群众看在眼\n里。少开会、开短会，把时间留给\n干实事。",
            "罗清远",
            "三湘快评",
            "“陪会”",
            "漫画：会场第一排坐满了前来陪会\n的干部，台上的领导念着稿子，门\n外的群众排着长队等着办事。",
            "                    谢雨农 作",
            "快递进村还要再加把劲",
            "宁秋白",
            "不少村民网购的包裹，还得跑到镇\n上去取，来回一趟要大半天。",
        )
    )
    cartoon = next(a for a in page.articles if a.title == "“陪会”")
    assert (cartoon.kind.value, cartoon.byline) == ("photo", "谢雨农 作")
    assert cartoon.body.startswith("漫画：会场第一排坐满了前来陪会的干部")


def test_a_cartoon_titled_so_under_a_writers_note_is_a_picture_not_the_notes_text():
    page = parse(
        column_page(
            "新论",
            "县域经济要在特色上做文章",
            "易明川",
            "县域经济强，全省经济才\n能强。各地要立足资源禀\n赋，培育主导产业，避免\n同质竞争。",
            "（作者系湖南师范大学教授）",
            "漫画：最后一道审批“关口”",
            "项目审批材料齐全，只差一个部门盖章。",
            "                    贺一凡 作",
        )
    )
    cartoon = next(a for a in page.articles if a.kind.value == "photo")
    assert (cartoon.title, cartoon.byline) == ("漫画：最后一道审批“关口”", "贺一凡 作")
    essay = next(a for a in page.articles if a.title == "县域经济要在特色上做文章")
    assert "漫画" not in essay.body


def test_a_title_and_subtitle_on_one_line_after_a_feature_head_a_story_of_their_own():
    page = parse(
        paragraph_page(
            "山里的果子走出了大山",
            "湖南日报记者 周小溪 通讯员 柳青",
            "清早，桑植县的果农就把刚摘下的猕猴桃装进了纸箱，发往全国各地。",
            "过去山里的好果子卖不出去，如今县里建起冷链仓库，果农家门口就能发货。",
            "去年全县水果线上销售额超过3亿元，带动果农户均增收6000多元。",
            "竹林里笋子旺 某县发展林下经济带动农户增收",
            "5月6日，某县一片竹林里，农户正在挖春笋。近年来，当地引导农户发展林下种植，带动农户增收。",
            "目前，全县林下经济面积达到12万亩，带动8000户农户年均增收3000多元。",
        )
    )
    feature, story = stories(page)
    assert (feature.title, feature.subheads) == ("山里的果子走出了大山", ())
    assert story.kicker + story.title + story.subtitle == "竹林里笋子旺某县发展林下经济带动农户增收"
    assert story.paragraphs[0].startswith("5月6日，某县一片竹林里")


def test_a_stack_printed_after_a_sentence_stopped_on_a_preposition_is_a_headline():
    page = parse(
        column_page(
            "湖南日报5月6日讯（记者 欧阳川）连日\n晴好，全省800多万亩早稻陆续进入分\n蘖期。省农业农村厅今天下发通知，部\n署各地抓住有利天气做好田管。",
            "通知要求，各地要组织农技人员分片\n包干，指导农户科学施肥，重点防控稻\n飞虱和纹枯病；对",
            "全省早稻进入分蘖期",
            "抓住晴好天气 做好田管",
            "长势偏弱的田块，可追施一次分蘖肥，\n促进早生快发。",
            "省农业农村厅同时提醒，各地要提前\n做好防汛准备，确保早稻稳产。",
        )
    )
    story = stories(page)[0]
    assert (
        squash(story.kicker + story.title + story.subtitle)
        == "全省早稻进入分蘖期抓住晴好天气做好田管"
    )
    assert squash("；对长势偏弱的田块，可追施一次分蘖肥") in squash("".join(story.paragraphs))


def test_a_box_of_figures_under_their_labels_is_an_item_of_its_own_not_a_headline():
    page = parse(
        paragraph_page(
            "全省城市更新项目开工率过四成",
            "湖南日报4月22日讯（全媒体记者 周一帆）今年全省计划实施城市更新项目1200个，一季度已开工510个。",
            "为加快项目推进，我省建立了城市更新项目联审机制，对进度滞后的项目挂牌督办。",
            "一季度全省交通建设主要数据",
            "公路建设投资 212.4亿元",
            "新改建农村公路 1860公里",
            "新增城市公交线路 46条",
            "首条城际铁路支线开工",
            "湖南日报4月22日讯（全媒体记者 王小川）今天，长株潭城际铁路支线在湘潭开工。",
            "支线全长32公里，建成后长沙至湘潭北站只需20分钟。",
        )
    )
    box = next(a for a in page.articles if a.title == "一季度全省交通建设主要数据")
    assert box.kind.value == "other"
    assert [squash(p) for p in box.paragraphs] == [
        "公路建设投资212.4亿元",
        "新改建农村公路1860公里",
        "新增城市公交线路46条",
    ]
    assert [a.title for a in stories(page) if a.dateline] == [
        "全省城市更新项目开工率过四成",
        "首条城际铁路支线开工",
    ]


def test_a_headline_drawn_twice_among_the_paragraphs_is_a_copy_not_a_piece_of_text():
    page = parse(
        paragraph_page(
            "株洲新开两条城际公交 市民往返长株潭更便捷",
            "湖南日报3月5日讯（记者 王小川）今天起，株洲新开两条城际公交线路，连接长沙、湘潭两地。",
            "据介绍，两条线路全程票价不超过10元，首期投入新能源公交车40辆，购车资金约2360",
            "全市春耕备耕有序推进 全市春耕备耕有序推进",
            "湖南日报3月5日讯（记者 赵一鸣）记者从市农业农村局获悉，全市已储备化肥12万吨。",
            "株洲新开两条城际公交株洲新开两条城际公交",
            "万元。公交公司负责人说，新线路开通后，沿线市民往返三市的时间将缩短一半。",
            "各地抢抓晴好天气开展春耕，目前已检修各类农机具1.6万台套。",
        )
    )
    bus, farm = stories(page)
    assert (
        squash(bus.kicker + bus.title + bus.subtitle) == "株洲新开两条城际公交市民往返长株潭更便捷"
    )
    assert "约2360万元。公交公司负责人说" in "".join(bus.paragraphs)
    assert len(bus.paragraphs) == 2
    assert not any(p.startswith("株洲新开") for a in stories(page) for p in a.paragraphs)
    # (a headline drawn twice in its own place is that headline, read once)
    assert squash(farm.kicker + farm.title + farm.subtitle) == "全市春耕备耕有序推进"
    assert farm.paragraphs[-1].startswith("各地抢抓晴好天气")


def test_a_line_spread_to_the_columns_width_is_full_not_short_of_the_lines_over_it():
    # A commentary's paragraph whose fourth line the page spread character
    # by character: closed up it is short of the lines over it, yet it was
    # set to the column's full width, so the paragraph's first line is no
    # headline.
    page = parse(
        column_page(
            "湘江时评",
            "让夜市多一些烟火气",
            "王明",
            "入夜，城区的夜市渐渐热闹起\n来，小吃摊前排起了长队，街\n"
            "头艺人弹唱着老歌，市民游客\n在烟火气里感受温度。",
            "对于占道经营、噪声扰民的不\n文明商户，有关部门要及时劝\n"
            "导，该整改的整改，该规范的\n规 范 ，让 夜 市 既 有 烟 火 气\n"
            "又有好秩序。市民也要自觉维\n护环境卫生，守护城市夜色。",
            "观点",
            "乡村阅读需要好书架",
            "李青",
            "农家书屋建起来了，书也摆满\n了，可一些书屋常年铁将军把\n"
            "门，村民想借书却找不到人。\n书屋要管起来，更要用起来。",
        )
    )
    night, books = stories(page)
    assert (night.column, night.title) == ("湘江时评", "让夜市多一些烟火气")
    assert squash(night.paragraphs[-1]).startswith("对于占道经营")
    assert (books.column, books.title) == ("观点", "乡村阅读需要好书架")


def test_a_named_box_of_figures_printed_into_a_cut_sentence_leaves_it_to_go_on_after():
    page = parse(
        paragraph_page(
            "全市农村人居环境整治见成效",
            "湖南日报5月8日讯（记者 周小川）记者从市农业农村局获悉，今年全市计划新改建农村户厕1.2万座，并完成",
            "数读",
            "农村人居环境这三年",
            "累计改造农村户厕 3.6万座",
            "生活垃圾收运处置体系覆盖率由62%升至95%",
            "建成美丽屋场 180个",
            "农村生活污水治理率：约45%",
            "300个行政村的生活污水治理任务，让村容村貌再上新台阶。",
            "各区县将把整治成效纳入年度考核，对工作滞后的地方进行约谈。",
        )
    )
    village, box = stories(page)
    assert squash(village.paragraphs[0]).endswith(
        "并完成300个行政村的生活污水治理任务,让村容村貌再上新台阶。"
    )
    assert village.paragraphs[-1].startswith("各区县将把整治成效")
    assert (box.column + box.kicker, box.title) == ("数读", "农村人居环境这三年")
    assert box.kind == "other" and len(box.paragraphs) == 4


def test_a_cut_paragraph_set_in_its_time_over_a_dateline_is_no_headline():
    page = parse(
        paragraph_page(
            "全市法院集中清理执行积案",
            "湖南日报6月3日讯（记者 王小川）记者今天从市中级人民法院获悉，全市法院今年已执结各类积案4200余件。",
            "清理行动期间，全市法院组织集中执行",
            "湖南日报6月3日讯（记者 赵一鸣）市检察院今天通报，今年以来，全市检察机关共起诉危害食品安全犯罪",
            "126次，出动干警3100余人次，对一批拒不履行义务的被执行人采取了强制措施。",
            "58人，涉及生产销售有毒有害食品、假冒注册商标等罪名。",
            "市中院要求，各基层法院要对涉民生案件开辟绿色通道，让群众早日拿到执行款。",
        )
    )
    (court,) = [a for a in stories(page) if a.title == "全市法院集中清理执行积案"]
    assert "清理行动期间，全市法院组织集中执行126次" in "".join(court.paragraphs)
    assert not any(a.title.startswith("清理行动期间") for a in stories(page))


def test_a_signed_pieces_text_printed_inside_a_story_above_its_title_leaves_the_storys_rest():
    # A dated story cut open, a signed piece's text, the dated story's rest,
    # then the piece's title and writer: the piece takes its own text only.
    page = parse(
        paragraph_page(
            "全市人大代表积极建言 今年已提交建议86件",
            "湖南日报3月9日讯（记者 王小川）记者从市人大常委会获悉，截至今天，全市人大代表共提交建议",
            "在今年的市两会上，市政协委员李青带来了关于加强社区养老护理队伍建设的提案。",
            "李青在调研中发现，一些社区养老服务站护理人员流动性大，年轻人干不长，老人们刚熟悉就换了人。",
            "她建议，提高社区养老护理人员的薪酬待遇，建立职业技能等级与工资挂钩的机制，让护理人员留得住。",
            "86件，内容涉及城市更新、教育医疗、交通出行等多个方面。",
            "代表们的建议大多来自深入调研，有的代表走访了十多个街道社区，听取群众意见。",
            "市人大常委会将及时交办代表建议，确保件件有回音、事事有着落。",
            "市政协委员李青：让社区养老护理人员留得住",
            "湖南日报记者 周小溪 报道",
            "市政协委员视察重点民生项目",
            "湖南日报3月9日讯（记者 赵一鸣）今天，部分市政协委员视察了城区重点民生项目建设情况。",
            "委员们先后来到保障性住房、社区卫生服务中心等项目现场，详细了解项目进展。",
        )
    )
    deputies, member, _visit = stories(page)
    assert deputies.paragraphs[0].endswith(
        "共提交建议86件，内容涉及城市更新、教育医疗、交通出行等多个方面。"
    )
    assert deputies.paragraphs[-1].startswith("市人大常委会将及时交办")
    assert len(member.paragraphs) == 3 and member.paragraphs[0].startswith("在今年的市两会上")


def test_a_line_as_wide_as_the_column_stopped_on_a_pause_is_a_paragraphs_not_a_headline():
    page = parse(
        column_page(
            "湖南日报5月6日讯（记者 欧阳川）今年\n全市计划培训高素质农民八千人，重点\n培育家庭农场主和合作社带头人。",
            "近年来，全市累计培训高素质农民三万\n多人，一批新型职业农民成长为乡亲们\n增收致富的“领头雁”。",
            "市农业农村局还将建立学员跟踪服务制度，\n对 学 员 创 业 给 予 指 导 ，对 优 秀\n学员优先推荐申报项目和贷款贴息。",
            "全市高素质农民培训开班",
            "湖南日报5月6日讯（记者 赵一鸣）记者\n从市商务局获悉，今年全市将支持十个\n乡镇建设商贸中心。",
            "乡镇商贸中心建设提速",
        )
    )
    farmers, shops = stories(page)
    assert farmers.title == "全市高素质农民培训开班"
    assert farmers.paragraphs[-1].startswith(
        "市农业农村局还将建立学员跟踪服务制度，对学员创业给予指导"
    )
    assert shops.title == "乡镇商贸中心建设提速"


def test_a_closing_mark_wrapped_to_a_line_of_its_own_ends_the_line_above():
    page = parse(
        column_page(
            "湖南日报9月7日讯（记者 李孟河）昨天，\n环湖自行车赛在益阳落幕，来自全国的\n"
            "三百余名车手参赛。赛后，冠军车手说：\n“这是我骑过的最美的赛道。\n”",
            "益阳市有关负责人表示，当地将继续发\n展“体育+旅游”，让更多游客来益阳。",
            "环湖自行车赛落幕",
        )
    )
    (race,) = stories(page)
    assert race.title == "环湖自行车赛落幕"
    assert race.paragraphs[0].endswith("“这是我骑过的最美的赛道。”")
    assert race.paragraphs[-1].startswith("益阳市有关负责人表示")


def test_a_source_note_alone_under_a_story_closes_it_and_heads_nothing():
    page = parse(
        column_page(
            "新华社长沙11月18日电 记者从湖南省\n委政法委获悉，全省市域社会治理现代\n化试点工作取得阶段性成效。",
            "（据新华社）",
            "全市开展平安校园建设专项检查",
            "湖南日报11月18日讯（记者 王小川）\n即日起，全市开展平安校园建设专项检\n查，为期一个月。",
        )
    )
    xinhua, school = stories(page)
    assert school.kicker + school.title + school.subtitle == "全市开展平安校园建设专项检查"
    assert xinhua.paragraphs[-1] == "（据新华社）"


def test_a_reports_headline_printed_over_its_leads_rest_is_its_headline():
    # Two datelines printed together, each lead cut open; the first story's
    # text, then the second's headline over the rest of its lead.
    page = parse(
        paragraph_page(
            "全市冬季运动会落幕 我市代表队获金牌12枚",
            "湖南日报3月13日讯（记者 王小川）记者从市体育局获悉，在刚刚结束的全市冬季运动会上，我市代表队共获得",
            "湖南日报3月13日讯（记者 赵一鸣）记者从赛事组委会获悉，今年环湖自行车赛报名工作日前结束，",
            "金牌12枚、银牌9枚，金牌数创历届最好成绩。",
            "本届运动会共设滑冰、冰壶等6个大项，参赛运动员400余名。",
            "与此同时，群众性冰雪运动在全市蓬勃开展，室内冰场已建成5座。",
            "环湖自行车赛报名人数创新高 3000个参赛名额吸引逾万人报名",
            "3000个参赛名额共吸引1.2万人报名，报名人数创历届新高，将通过抽签确定参赛选手。",
            "本届赛事将于4月举行，赛道串起湖边多处景点。",
        )
    )
    games, race = stories(page)
    assert games.paragraphs[-1].startswith("与此同时，群众性冰雪运动")
    assert squash(race.kicker + race.title + race.subtitle) == squash(
        "环湖自行车赛报名人数创新高3000个参赛名额吸引逾万人报名"
    )
    assert race.paragraphs[0].endswith(
        "日前结束，3000个参赛名额共吸引1.2万人报名，报名人数创历届新高，将通过抽签确定参赛选手。"
    )


def test_a_full_line_over_one_as_wide_is_no_headline_over_a_spread_line():
    # A paragraph's line of no clause, as wide as the column and over a line
    # as wide: a spread line under those is full, not short of them.
    page = parse(
        column_page(
            "湘江时评",
            "让社区食堂办得更长久",
            "赵磊",
            "社区食堂开张一年来，饭菜实\n惠、口味家常，成了不少老人\n每天必去的地方。",
            "办好社区食堂，靠的是长久。\n各街道社区要把社区食堂运营\n补贴的政策真正落到实处，多\n"
            "听 听 老 人 的 意 见 ，少 一 些\n走过场的检查评比，让食堂越\n办越红火。",
            "观点",
            "夜间经济要守住安全底线",
            "钱亮",
            "夜市、夜游、夜购火了，安全\n管理也要跟上，消防通道不能\n堵，食品卫生不能松。",
        )
    )
    canteen, night = stories(page)
    assert canteen.title == "让社区食堂办得更长久"
    assert squash(canteen.paragraphs[-1]).endswith(
        "各街道社区要把社区食堂运营补贴的政策真正落到实处,多听听老人的意见,少一些走过场的检查评比,让食堂越办越红火。"
    )
    assert (night.column, night.title) == ("观点", "夜间经济要守住安全底线")


def test_a_line_the_next_goes_on_from_at_a_comma_is_no_headline():
    # A paragraph opening on the title's words, its comma wrapped to the next
    # line: no headline is followed by a pause.
    page = parse(
        column_page(
            "三湘快评",
            "让老街多一些“慢功夫”",
            "孙悦",
            "老街改造，各地都在推进。一\n些地方图快，拆了老房子，也\n丢了老味道。",
            "让老街多一些“慢功夫”\n，要先问问住在这里的居民，\n改 什 么 、怎 么 改 ，\n由大家商量，让老街留住老味道。",
            "观点",
            "夜间经济要守住安全底线",
            "钱亮",
            "夜市、夜游、夜购火了，安全\n管理也要跟上，消防通道不能\n堵，食品卫生不能松。",
        )
    )
    street, night = stories(page)
    assert street.title == "让老街多一些“慢功夫”"
    assert len(street.paragraphs) == 2
    assert squash(street.paragraphs[1]).startswith("让老街多一些“慢功夫”,要先问问")
    assert night.title == "夜间经济要守住安全底线"


def test_paragraphs_opening_on_one_phrase_are_each_kept_not_copies():
    # A commentary's parallel points open alike (phrase, comma) under a
    # finished sentence each: the second opening is no copy of the first.
    page = parse(
        column_page(
            "湘声锐评",
            "为小微企业纾困解难",
            "湖南日报评论员",
            "小微企业量大面广，是稳就业\n的重要力量。",
            "为小微企业纾困解难，\n要在融资上想办法，让贷款来\n得更快、成本更低。",
            "为小微企业纾困解难，\n要在服务上下功夫，让企业少\n跑腿、好办事。",
        )
    )
    (piece,) = stories(page)
    assert [squash(p)[:12] for p in piece.paragraphs[1:]] == [
        "为小微企业纾困解难,要在",
        "为小微企业纾困解难,要在",
    ]


def test_a_cut_line_closing_on_the_whole_it_counts_is_no_headline_over_the_next_dateline():
    # …，全镇 / (another story) / 1200户…: a clause of only the whole a
    # figure counts next is a cut paragraph's, its figure printed later.
    page = parse(
        paragraph_page(
            "茶园里的好日子",
            "湖南日报4月9日讯（记者 吴青 通讯员 陈默）春茶开采，桃源县一个山村的茶园里满是采茶人。一筐筐鲜叶送进加工厂，当天就制成了干茶。",
            "这个镇曾是全省有名的穷镇，全镇",
            "湖南日报4月9日讯（记者 彭程）今天，全省农村电商发展现场会在邵阳召开。与会代表参观了电商服务站和物流分拣中心。",
            "会议提出，今年将新建村级电商服务站500个，让更多农产品卖出好价钱。",
            "1200户中有一半以上靠种茶增收。镇里建起了茶叶合作社，统一收购、统一加工。",
            "茶农李大哥说，茶园成了他家的致富园，今年春茶又是好收成。",
        )
    )
    tea, shop = stories(page)
    assert tea.title == "茶园里的好日子"
    assert squash(tea.paragraphs[1]).startswith("这个镇曾是全省有名的穷镇,全镇1200户中")
    assert [squash(p)[:4] for p in shop.paragraphs] == ["今天,全", "会议提出"]


def test_a_headline_printed_after_its_dated_storys_text_heads_it():
    # A dated story with no headline over it, another story's rest printed
    # after its text (too far for a headline read among its paragraphs),
    # then its headline, a box and the next story.
    page = parse(
        paragraph_page(
            "茶园里的好日子",
            "湖南日报4月9日讯（记者 吴青 通讯员 陈默）春茶开采，桃源县一个山村的茶园里满是采茶人。一筐筐鲜叶送进加工厂，当天就制成了干茶。",
            "这个镇曾是全省有名的穷镇，全镇",
            "湖南日报4月9日讯（记者 彭程）今天，全省农村电商发展现场会在邵阳召开。与会代表参观了农村电商服务站和物流分拣中心。",
            "会议提出，今年将新建村级电商服务站500个，让更多农产品通过电商卖出好价钱。",
            "近年来，我省电商进农村综合示范县实现全覆盖，农产品网络零售额连续三年保持两位数增长。",
            "在现场会上，一家物流企业负责人说，村村通快递以后，山里的腊肉、茶油两天就能送到城里人手中。",
            "1200户中有一半以上靠种茶增收。镇里建起了茶叶合作社，统一收购、统一加工。",
            "茶农李大哥说，茶园成了他家的致富园，今年春茶又是好收成。",
            "为了让茶叶卖上好价钱，合作社注册了商标，还请来专家指导茶农改良品种。",
            "今年，镇里又把茶园和民宿连在一起，游客来了能采茶、品茶，住上一晚。",
            "镇党委书记说，下一步要把茶旅融合做大，让茶农的日子越过越红火。",
            "农村电商让山货卖得更远",
            "湖南日报春茶特刊 扫码阅读",
            "农村电商物流站点年内覆盖全省",
            "湖南日报4月9日讯（记者 罗丹）记者从省邮政管理局获悉，今年全省将新建农村电商物流站点3000个，快递进村更快。",
        )
    )
    tea, shop, grain = stories(page)
    assert shop.title == "农村电商让山货卖得更远"
    assert squash(shop.paragraphs[-1]).startswith("在现场会上")
    assert squash(tea.paragraphs[-1]).startswith("镇党委书记说")
    assert grain.title == "农村电商物流站点年内覆盖全省"


def test_a_headline_its_lead_restates_opens_a_report_under_a_signed_piece():
    # A report with no dateline under a commentary: its headline, set near
    # the column's width, is told again by the two lines under it.
    page = parse(
        column_page(
            "法治时评",
            "让网络谣言无处藏身",
            "何静",
            "一些人为了博眼球、赚流量，编造\n传播网络谣言，扰乱社会秩序，损\n害他人权益，必须依法惩治。",
            "治理网络谣言，平台要担起主体责\n任，及时辟谣、依法处置，网民也\n要擦亮眼睛，不信谣、不传谣。",
            "省消委发布消费投诉分析报告",
            "湖南省消费者委员会10日发布上\n半年消费投诉分析报告，全省共受\n理消费者投诉2.3万件。",
            "报告显示，预付式消费和直播带货\n引发的投诉增长较快。",
            "（据新华社）",
        )
    )
    piece, report = stories(page)
    assert (piece.column, piece.title) == ("法治时评", "让网络谣言无处藏身")
    assert len(piece.paragraphs) == 2
    assert report.title == "省消委发布消费投诉分析报告"
    assert squash(report.paragraphs[0]).startswith("湖南省消费者委员会10日发布")


def test_a_piece_printed_between_an_interviews_question_and_answer_is_another_storys():
    page = parse(
        paragraph_page(
            "“让群众喝上放心水”",
            "——专访省水利厅主要负责人",
            "湖南日报记者 罗明",
            "农村饮水安全事关千家万户。今年我省农村供水工程建设进展如何？近日，记者专访了省水利厅主要负责人。",
            "问：今年我省农村供水工程建设情况怎么样？",
            "答：今年全省新建和改造农村供水工程1200处，农村自来水普及率达到92%，提升了",
            "全省河湖“清四乱”专项行动启动",
            "湖南日报6月8日讯（记者 罗明）今天，全省河湖“清四乱”专项行动动员会在益阳召开。会议提出，年底前完成乱占、乱采、乱堆、乱建问题清理整治。",
            "380万农村人口的供水保障水平。",
            "问：一些山区群众反映水压不稳、停水较多，下一步怎么解决？",
            "益阳市河长办负责人贺",
            "答：我们将推进规模化供水工程建设，以大并小、以大带小，让山区群众也能用上稳定的自来水。",
            "问：对保护好农村水源，您有什么建议？",
            "答：水源是供水的生命线。要划定水源保护区，加强日常巡查，让每一滴水都干干净净。",
            "建华介绍，全市已清理河道垃圾1.2万吨，拆除违规建筑86处。",
            "会议要求，各地要建立问题清单，逐一销号，防止乱象反弹。",
        )
    )
    talk, water = stories(page)
    assert [squash(p)[:1] for p in talk.paragraphs[1:]] == ["问", "答", "问", "答", "问", "答"]
    assert squash(talk.paragraphs[2]).endswith("提升了380万农村人口的供水保障水平。")
    assert any(squash(p).startswith("益阳市河长办负责人贺建华介绍") for p in water.paragraphs)


def test_a_titles_first_line_printed_again_under_its_stack_is_a_copy():
    # kicker / title's two lines / the title's first line again / dateline
    page = parse(
        column_page(
            "我省启动冬季“暖心行动”专项活动",
            "为返乡务工人员\n送去岗位1.2万个\n为返乡务工人员",
            "湖南日报12月3日讯（记者 王清\n通讯员 李一）记者今天从省民政\n厅获悉，全省“暖冬行动”日前启\n动，各地已为返乡务工人员送去\n岗位1.2万个。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title, story.subtitle) == (
        "我省启动冬季“暖心行动”专项活动",
        "为返乡务工人员送去岗位1.2万个",
        "",
    )


def test_a_last_line_of_a_features_stack_as_long_as_its_crossheads_is_its_first_crosshead():
    page = parse(
        paragraph_page(
            "湖湘茶产业的“绿色账本”",
            "从一片叶到一座城",
            "茶园管理走向精细",
            "湖南日报记者 周青",
            "清晨的安化山间云雾缭绕，茶农们已经背着竹篓走进茶园。今年，这里的茶园全部用上了有机肥。",
            "“施有机肥，茶叶的香气更足，价钱也更好。”一位茶农说。",
            "加工企业加快升级",
            "在一家黑茶企业的生产车间，自动化压制线正在运转，每天能压制茶砖20吨。",
            "近年来，全省茶叶加工企业纷纷引进新设备，产品附加值明显提高。",
        )
    )
    (feature,) = stories(page)
    assert (feature.kicker, feature.title, feature.subtitle) == (
        "湖湘茶产业的“绿色账本”",
        "从一片叶到一座城",
        "",
    )
    assert feature.paragraphs[0] == "茶园管理走向精细"


def test_reporters_a_dateline_does_not_name_sign_the_feature_stacked_under_them():
    # A dated report, then 记者 某某 报道 over a feature's kicker and title:
    # the report named its own reporters, so the byline is the feature's.
    page = parse(
        column_page(
            "全省茶叶外销额增长三成",
            "湖南日报5月9日讯（记者 唐凯）\n记者今天从长沙海关获悉，今年\n前4个月，全省茶叶出口额增长\n三成，黑茶、红茶出口均创新高。",
            "湖南日报·新湖南客户端记者 何平 报道",
            "一位茶商的“出海记”",
            "从“小作坊”到“大品牌”",
            "走进位于安化县城郊的一\n家茶叶企业，一条条自动压制生产\n线正在满负荷运转。企业负责人\n指着仓库说：“这些茶砖下个月\n就要运往中亚。”",
        )
    )
    report, feature = stories(page)
    assert report.title == "全省茶叶外销额增长三成" and report.byline == ""
    assert feature.byline == "湖南日报·新湖南客户端记者 何平 报道"
    assert feature.kicker + feature.title == "一位茶商的“出海记”从“小作坊”到“大品牌”"
    assert squash(feature.paragraphs[0]).startswith("走进位于安化县城郊的一家茶叶企业")


def test_a_desk_of_the_paper_over_a_notices_day_issues_the_notice_and_opens_nothing():
    page = parse(
        paragraph_page(
            "关于举办2026年湖南日报读者开放日活动的启事",
            "为感谢广大读者长期以来的支持，湖南日报社将于5月20日举办读者开放日活动，现将有关事项启事如下：",
            "1.报名方式。读者可拨打活动热线报名，名额100个，额满为止。",
            "2.活动内容。参观报社新闻采编中心和印务中心，与编辑记者面对面交流。",
            "湖南日报社广告部",
            "2026年5月6日",
        )
    )
    (notice,) = stories(page)
    assert notice.title == "关于举办2026年湖南日报读者开放日活动的启事"
    assert notice.byline == "" and notice.paragraphs[-1] == "2026年5月6日"


def test_on_a_column_page_a_desk_over_a_notices_day_issues_the_notice():
    page = parse(
        column_page(
            "征订启事",
            "2027年度《湖南日报》征订工作\n已经开始，读者可到当地邮政营\n业网点订阅，全年订价420元。",
            "湖南日报社发行部",
            "2026年10月20日",
        )
    )
    (notice,) = stories(page)
    assert notice.title == "征订启事" and notice.byline == ""
    assert notice.paragraphs[-1] == "2026年10月20日"


def test_one_credit_under_two_captions_of_their_day_and_a_title_over_them_is_one_photo():
    page = parse(
        paragraph_page(
            "全省各地全力应对强降雨",
            "湖南日报7月2日讯（记者 周丹）连日来，我省多地遭遇强降雨，各地迅速启动防汛应急响应，转移群众1.2万人。",
            "交通部门组织力量抢通水毁道路，电力部门恢复受灾地区供电。",
            "守堤",
            "7月1日，汨罗市罗江大堤，民兵冒雨巡查堤防。当天，罗江水位超过警戒线0.8米。",
            "7月1日，平江县城关镇，救援人员帮助被困群众转移。",
            "湖南日报记者 李涛 摄",
        )
    )
    story, photo = page.articles
    assert squash(story.paragraphs[-1]).startswith("交通部门")
    assert photo.title == "守堤" and photo.byline == "湖南日报记者 李涛 摄"
    assert [squash(p)[:9] for p in photo.paragraphs] == ["7月1日,汨罗市罗", "7月1日,平江县城"]


def test_a_figure_and_its_unit_alone_before_a_stop_ends_the_waiting_storys_cut_figure():
    # …纳入帮扶对象 2 / the next story / 3 万户。: a figure and its unit
    # alone open no paragraph; they end the figure the first story left open.
    page = parse(
        column_page(
            "全省农村低收入人口常态化帮扶有序推进",
            "湖南日报3月5日讯（记者 何清）记\n者从省民政厅获悉，我省已建立农村\n低收入人口动态监测机制，截至2月\n底，全省累计纳入帮扶对象 2",
            "衡阳油茶产业链产值突破百亿元",
            "湖南日报3月5日讯（记者 谢岚）记\n者从衡阳市林业局获悉，去年全市油\n茶产业链综合产值突破百亿元，带动\n10万余户农户增收。",
            "3 万户。",
            "对纳入帮扶的农户，各地分类落实\n救助措施，做到应帮尽帮。",
        )
    )
    aid, tea = stories(page)
    assert squash(aid.paragraphs[0]).endswith("全省累计纳入帮扶对象23万户。")
    assert squash(aid.paragraphs[-1]).startswith("对纳入帮扶的农户")
    assert squash(tea.paragraphs[-1]).endswith("带动10万余户农户增收。")


def test_a_line_stopped_on_a_particle_over_its_noun_and_stop_is_running_text():
    # 理论 / title / writer / …生产力的 / 核 心 要 素 。当 前 ，…: the
    # paragraph's first line, however its spread neighbour reads closed up.
    page = parse(
        column_page(
            "理论",
            "以数字赋能乡村治理",
            "王建国",
            "数字技术是提升乡村治理效能的\n关 键 支 撑 。当 前 ，数 字 乡 村\n建设加快推进，为基层治理提供\n了新的手段和平台。",
            "推进数字赋能，要补齐基础设施\n短板，让网络真正通到村、入到\n户、用起来。",
        )
    )
    (piece,) = stories(page)
    assert (piece.column, piece.title, piece.subtitle) == ("理论", "以数字赋能乡村治理", "")
    assert squash(piece.paragraphs[0]).startswith("数字技术是提升乡村治理效能的关键支撑。")


def test_a_figure_alone_over_a_line_opening_on_a_figure_is_the_waiting_storys():
    # …整修农村公路 / 3860 / 215 条，…: no sentence reads two figures in a
    # row; the lone figure is the rest of the sentence the story above left
    # open (…已筹集保障性租 / 赁住房 / … / 3860 / … / 套，…).
    page = parse(
        column_page(
            "常德保障性租赁住房加快筹集",
            "湖南日报5月9日讯（记者 龙岩）常\n德市今年新开工保障性租赁住房\n项目12个，截至目前已筹集保障性租\n赁住房",
            "益阳整修农村公路",
            "湖南日报5月9日讯（记者 方舟）今\n年以来，益阳市组织力量整修农\n村公路，加宽路面、增设护栏。",
            "今年全市计划整修农村公路",
            "3860",
            "215 条 ，总 里 程 约 980 公 里 ，目\n前已完工 64 条。",
            "沿线村民说，路修好了，农产品运\n得出去，游客也引得进来。",
            "套，可解决 1.1 万名新市民的住\n房需求。",
            "常德还将盘活闲置厂房和商业用\n房，改建为租赁住房。",
        )
    )
    housing, roads = stories(page)
    assert (housing.title, roads.title) == ("常德保障性租赁住房加快筹集", "益阳整修农村公路")
    assert "已筹集保障性租赁住房3860套,可解决1.1万名新市民的住房需求。" in squash(housing.body)
    assert "计划整修农村公路215条,总里程约980公里" in squash(roads.body)
    assert squash(roads.paragraphs[-1]).startswith("沿线村民说")


def test_a_features_lead_printed_above_its_writers_and_stack_opens_it():
    # Where the columns broke, a feature's first paragraphs come first, then
    # another story, then its writers / stack (its dash-led subtitle as wide
    # as the text) / the rest: the lead is the feature's.
    page = parse(
        column_page(
            "立夏时节，邵阳县的油茶林里一片\n新绿。三年前，这里的山坡还荒着，\n如今油茶苗已经齐腰高了。",
            "邵阳县是油茶大县，过去油茶林老\n化、产量低，茶油卖不上价。县里\n把油茶低改当成头号产业工程。",
            "全省春季造林面积突破三百万亩",
            "湖南日报5月6日讯（记者 向阳）记\n者从省林业局获悉，今年春季全省\n完成造林面积310万亩。",
            "湖南日报记者 唐远 周青",
            "油茶林里的“增收经”",
            "——邵阳县油茶产业低改提质见闻",
            "“一亩低改林，三年能回本。”邵阳\n县林业局负责人说，全县已完成油\n茶低改12万亩，油茶林亩产茶油由\n过去的5公斤提高到15公斤。",
            "在塘渡口镇，油茶加工厂正在扩建\n生产线，邵阳县的茶油不愁卖不上\n价了。",
        )
    )
    trees, feature = stories(page)
    assert trees.title == "全省春季造林面积突破三百万亩"
    assert (feature.title, feature.subtitle) == (
        "油茶林里的“增收经”",
        "——邵阳县油茶产业低改提质见闻",
    )
    assert feature.byline == "湖南日报记者 唐远 周青"
    assert squash(feature.paragraphs[0]).startswith("立夏时节")
    assert squash(feature.paragraphs[-1]).startswith("在塘渡口镇")


def test_a_crosshead_numbered_one_under_a_storys_lead_opens_its_sections():
    # 一、… under the feature's finished lead, 二、… further down: its first
    # section, no headline of a story of its own.
    page = parse(
        column_page(
            "醴陵陶瓷出口增长两成",
            "湖南日报4月9日讯（记者 石磊）记\n者从醴陵市商务局获悉，一季度全\n市陶瓷出口额同比增长21%。",
            "湖南日报记者 石磊 龙娟",
            "一家“老厂”的新生",
            "——记醴陵一家陶瓷企业",
            "在醴陵经开区，一家陶瓷企业的\n车间里，智能窑炉正在满负荷运\n转，五年前这里还是一家老厂。",
            "一、从“烧柴窑”到“用电窑”",
            "2019 年，企业投入 3000 万元改\n造窑炉，能耗下降了四成。",
            "二、从“做代工”到“创品牌”",
            "企业组建设计团队，推出自有品\n牌，产品远销欧洲。",
        )
    )
    exports, feature = stories(page)
    assert exports.title == "醴陵陶瓷出口增长两成"
    assert feature.title == "一家“老厂”的新生" and feature.byline == "湖南日报记者 石磊 龙娟"
    assert [squash(p)[:6] for p in feature.paragraphs] == [
        "在醴陵经开区",
        "一、从“烧柴",
        "2019年,",
        "二、从“做代",
        "企业组建设计",
    ]


def test_a_notices_issuer_over_its_word_on_itself_closes_the_notice():
    # 某某厅 / 本通告自发布之日起施行…: the issuer and the notice's last
    # sentence, no headline and text of another piece.
    page = parse(
        column_page(
            "湖南省林业局关于征集违法线索的通告",
            "为加强野生动物保护，现面向社\n会公开征集破坏野生动物资源违\n法犯罪线索，对查证属实的给予\n奖励。",
            "举报电话：0731-12345678。",
            "湖南省林业局",
            "本通告自发布之日起施行，有效\n期一年。",
        )
    )
    (notice,) = stories(page)
    assert notice.title.endswith("的通告")
    assert [squash(p) for p in notice.paragraphs[-2:]] == [
        "湖南省林业局",
        "本通告自发布之日起施行,有效期一年。",
    ]


def test_a_notices_issuer_its_title_names_first_signs_it_under_its_text():
    # 某某协会招聘启事 / its text / 某某协会, then the next story's stack:
    # the issuer signs the notice, no line of that stack.
    page = parse(
        column_page(
            "益阳茶园机械化采摘率过半",
            "湖南日报4月20日讯（记者 龚然）记\n者从益阳市农业农村局获悉，全市\n茶园机械化采摘率已达到52%。",
            "省茶叶协会招聘启事",
            "因工作需要，省茶叶协会现面向社\n会公开招聘工作人员2名，有意者\n请于5月10日前发送简历。",
            "省茶叶协会",
            "安化黑茶春茶开采",
            "湖南日报4月20日讯（记者 龚然）记\n者从安化县获悉，今年全县春茶开\n采面积达到36万亩。",
        )
    )
    _, notice, tea = stories(page)
    assert notice.title == "省茶叶协会招聘启事" and notice.subtitle == ""
    assert squash(notice.paragraphs[-1]) == "省茶叶协会"
    assert tea.title == "安化黑茶春茶开采"


def test_a_reporters_last_name_set_tight_under_their_line_finishes_the_byline():
    # 湖南日报全媒体记者 某某 / 揭晓峰 (a rare surname, tight under it): the
    # byline's last name, not the first words of the text.
    page = parse(
        paragraph_page(
            "代表委员谈乡村振兴",
            "湖南日报全媒体记者 周立\n揭晓峰",
            "“村里的路修好了，产业才能进得来。”省人大代表、一位村党支部书记说。",
            "不少代表委员建议，要把乡村振兴的资金更多投向产业和人才。",
        )
    )
    (story,) = stories(page)
    assert story.byline == "湖南日报全媒体记者 周立 揭晓峰"
    assert squash(story.paragraphs[0]).startswith("“村里的路修好了")


def test_a_phrase_under_an_opinion_columns_label_is_the_pieces_title_however_wide():
    # 某某时评 / a title as wide as the commentary's narrow column / its
    # text: the label heads a titled piece.
    page = parse(
        column_page(
            "全省园区亩均税收稳步提高",
            "湖南日报3月5日讯（记者 龙岩）记\n者从省发展改革委获悉，去年全省\n园区亩均税收同比增长8.6%。",
            "三湘时评",
            "让“绿色”成为发展的底色",
            "发展是第一要务。但一些地\n方仍重速度轻质量，“重开\n发”多、“重保护”少。",
            "绿色发展不是不发展，而是\n要走得更稳更远。",
            "王湘平",
        )
    )
    _, piece = stories(page)
    assert (piece.column, piece.title) == ("三湘时评", "让“绿色”成为发展的底色")
    assert squash(piece.paragraphs[0]).startswith("发展是第一要务")


def test_a_notices_title_over_a_sentence_opening_on_a_word_that_may_end_one():
    # 某某招聘启事 / 因工作需要，…: 因 may close a word, but none runs into it
    # from the title; the notice's title, however wide, heads its text.
    page = parse(
        column_page(
            "益阳茶园机械化采摘率过半",
            "湖南日报4月20日讯（记者 龚然）记\n者从益阳市农业农村局获悉，全市\n茶园机械化采摘率已达到52%。",
            "湖南省茶叶协会招聘启事",
            "因工作需要，湖南省茶叶协会现面\n向社会公开招聘工作人员2名，有\n意者请于5月10日前发送简历。",
            "湖南省茶叶协会",
            "安化黑茶春茶开采",
            "湖南日报4月20日讯（记者 龚然）记\n者从安化县获悉，今年全县春茶开\n采面积达到36万亩。",
        )
    )
    _, notice, tea = stories(page)
    assert notice.title == "湖南省茶叶协会招聘启事"
    assert squash(notice.paragraphs[0]).startswith("因工作需要")
    assert squash(notice.paragraphs[-1]) == "湖南省茶叶协会" and tea.title == "安化黑茶春茶开采"


def test_a_notices_numbered_points_are_paragraphs_and_its_joint_issuers_sign_it():
    # 各有关单位： / its text / 一、… 二、…(a justified line whose sentence
    # ends on the next) / two issuers a line each over the day: one notice,
    # a paragraph a point, then the next story under its own title.
    page = parse(
        column_page(
            "关于岳麓大道部分路段夜间施工的通告",
            "各有关单位：",
            "因雨污分流改造需要，岳麓大道\n部分路段将于6月1日至7月15日\n夜间施工，具体事项通告如下：",
            "一、施工期间，由东往西方向封\n闭一条车道，其余车道保持通行。",
            "二 、过 往 车 辆 请 提 前 选 择 绕\n行。",
            "三、请市民服从现场交通警察的\n指挥。由此带来的不便，敬请谅解。",
            "长沙市公安局交通警察支队",
            "长沙市住房和城乡建设局",
            "2021年5月28日",
            "浏阳花炮企业复工复产",
            "湖南日报5月28日讯（记者 易明）记\n者从浏阳市花炮产业服务中心获悉，全市\n已有326家花炮企业复工复产。",
        )
    )
    notice, fireworks = stories(page)
    assert notice.title.endswith("施工的通告") and notice.subtitle == ""
    assert [squash(p)[:2] for p in notice.paragraphs] == [
        "各有",
        "因雨",
        "一、",
        "二、",
        "三、",
        "长沙",
        "长沙",
        "20",
    ]
    assert squash(notice.paragraphs[3]) == "二、过往车辆请提前选择绕行。"
    assert fireworks.title == "浏阳花炮企业复工复产"


def test_a_line_opening_on_two_figures_in_a_row_is_no_point_of_a_series():
    # (一、二线城市… under a finished sentence, no 二、 after it: running text)
    page = parse(
        column_page(
            "楼市成交量稳中有升",
            "湖南日报5月28日讯（记者 易明）记\n者从省住房和城乡建设厅获悉，上\n月全省商品房成交量环比上升。\n一、二线城市的成交量增长较快，\n三、四线城市则保持平稳态势。",
        )
    )
    (story,) = stories(page)
    assert len(story.paragraphs) == 1


@pytest.mark.parametrize("label", ["湘水微评", "湘江锐评"])
def test_a_phrase_as_wide_as_the_column_under_an_opinion_label_is_the_title(label):
    # 某某微评 / a title as wide as the narrow column / a justified first
    # line: the label's piece, titled, its text under the title.
    page = parse(
        column_page(
            "全省园区亩均税收稳步提高",
            "湖南日报3月5日讯（记者 龙岩）记\n者从省发展改革委获悉，去年全省\n园区亩均税收同比增长8.6%。",
            label,
            "冬季取暖安全不可松懈",
            "入 冬 以 来 ，气 温 下 降 ，\n取暖用火用电增多，火\n灾风险随之上升，教训\n不可谓不深刻。",
            "防范火灾，要从日常点\n滴做起，人走要断电。",
            "李卫平",
        )
    )
    _, piece = stories(page)
    assert (piece.column, piece.title) == (label, "冬季取暖安全不可松懈")
    assert squash(piece.paragraphs[0]).startswith("入冬以来")


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("前三季度全省新登记市场主体48.6万户", "创业热情持续高涨"),
        ("上半年全省税收收入1260亿元", "减税降费效应显现"),
    ],
)
def test_a_line_closed_on_its_count_set_tight_over_a_phrase_is_a_piece_of_its_own(kicker, title):
    # The extraction set the stack's two lines tight: the count closes the
    # first, so the phrase under it is the next piece, no wrapped words.
    page = parse(
        f"{kicker}\n{title}\n\n"  # (set tight: no blank between them)
        + column_page(
            "湖南日报10月20日讯（记者 曾雅琴）记者\n今天从省市场监管局获悉，今年以来\n全省经营主体保持较快增长势头。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title) == (kicker, title)


def test_a_count_a_verb_hands_on_takes_its_noun_set_tight_under_it():
    # (…将新开6条 / 国际航线: the noun the count wants, one piece)
    page = parse(
        "黄花机场今年将新开6条\n国际航线\n\n"
        + column_page(
            "湖南日报3月2日讯（记者 曾雅琴）记者\n今天从长沙黄花国际机场获悉，今年\n机场将加密至东南亚的客运航班。",
        )
    )
    (story,) = stories(page)
    assert squash(story.kicker + story.title) == "黄花机场今年将新开6条国际航线"
    assert story.kicker == ""


def test_two_stories_cut_inside_names_each_prints_again_go_on_in_turns():
    # 醴陵市推行… (A) cut at …记者今天从醴陵 / B's stack and lead, cut at
    # …在醴陵市来龙门 / 市民政局获悉，… (A's 醴陵市) / … / 街道，… (B's
    # 来龙门街道): each piece goes on the story whose name it completes.
    page = parse(
        column_page(
            "醴陵市推行“网格+调解”",
            "3100名网格员走进千家万户",
            "湖南日报9月16日讯（记者 龙文泱）\n记者今天从醴陵",
            "来龙门街道打造“志愿服务圈”",
            "居民有需求 志愿者来帮忙",
            "湖南日报9月16日讯（记者 龙文泱）\n修水龙头、陪老人聊天……在醴陵\n市来龙门",
            "市民政局获悉，该市将全市划分为\n980个网格，今年以来共收集处理群\n众诉求1.8万件。在醴陵市，每个网\n格覆盖300户左右居民，网格员每天\n入户走访。醴陵",
            "街道，居民的这些小事，只要在手机\n上“下单”，附近的志愿者就能上门\n服务。来龙门街道现有注册志愿者\n4200名，组建志愿服务队伍38支。",
            "乡村公路通到了家门口",
            "湖南日报9月16日讯（记者 龙文泱）\n记者从市交通运输局获悉，今年全市\n新改建农村公路210公里。",
        )
    )
    grid, volunteers, _ = stories(page)
    assert squash("".join(grid.paragraphs)).startswith("记者今天从醴陵市民政局获悉")
    assert "醴陵街道" not in squash("".join(grid.paragraphs))
    assert squash("在醴陵市来龙门街道，居民的这些小事") in squash("".join(volunteers.paragraphs))


def test_a_box_named_for_its_figures_printed_into_a_cut_sentence_is_an_item_of_its_own():
    # …今年计划新植 / 数读·某某这五年 / label figure ×6 / 1.6万株。: the box
    # an item, a line a paragraph; the sentence goes on under it.
    page = parse(
        column_page(
            "全省春季义务植树活动启动",
            "湖南日报3月10日讯（记者 龙岩）记者\n从省林业局获悉，今年各地将组织\n市民参加义务植树，长沙市计划新植",
            "数读·三湘绿化这五年",
            "森林覆盖率 59.7%\n新增造林 1320万亩\n湿地公园 68个\n口袋公园 1540个\n油茶林 2280万亩\n林业产值 5900亿元",
            "1.6万株。\n今年的义务植树坚持科学绿化，重\n点推进长江岸线生态修复。",
        )
    )
    planting, box = stories(page)
    assert box.title == "数读·三湘绿化这五年" and len(box.paragraphs) == 6
    assert squash("".join(planting.paragraphs)).count("长沙市计划新植1.6万株。") == 1
    assert "林业产值" not in "".join(planting.paragraphs)


@pytest.mark.parametrize(
    "line", ["文：向晚晴", "文：湖南日报全媒体记者 向晚晴", "湖南日报特约记者 向晚晴 通讯员 吴越"]
)
def test_an_essays_writer_after_a_colon_and_a_special_correspondent_are_bylines(line):
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline(line)
