"""Column labels (栏目) and the lines that only look like them."""

from __future__ import annotations

import pytest

from hnreader.corpus.model import ArticleKind
from hnreader.corpus.reflow import ends_sentence, squash
from hnreader.corpus.segment.column_headlines import Zone
from hnreader.corpus.segment.column_pages import _rejoin_round_a_piece, _rejoin_under_own_headline
from hnreader.corpus.segment.draft import Draft, Para
from hnreader.corpus.segment.headlines import split_roles
from hnreader.corpus.segment.kinds import Opener
from hnreader.corpus.segment.lines import Line
from hnreader.corpus.segment.patterns import is_byline

from .pagegen import wrap
from .test_segment_general import (
    CLINIC_COMMENT,
    CLINIC_REPORT,
    NEWS,
    column_page,
    paragraph_page,
    parse,
    set_in_column,
    stories,
)

LEADER = (
    "今年入秋以来，全省多地降水偏少，部分\n地区出现了旱情。越是这样的时候，越要\n"
    "把群众的饮水安全放在心上。",
    "保供水，要早谋划、早动手。各地要摸\n清水源家底，该打井的打井，该调水的调\n水，"
    "决不能让一户群众喝不上水。",
)


def test_the_label_over_the_papers_own_commentary_is_its_column_not_a_byline():
    assert not is_byline("本报评论员文章")
    assert is_byline("湖南日报评论员")
    page = parse(column_page("本报评论员文章", "抗旱保供要打主动仗", "湖南日报评论员", *LEADER))
    (piece,) = stories(page)
    assert (piece.column, piece.title, piece.byline) == (
        "本报评论员文章",
        "抗旱保供要打主动仗",
        "湖南日报评论员",
    )


FIRST = (
    "街角的修鞋摊、巷口的早点铺，是城\n市里最有温度的风景。一些地方在整\n"
    "治市容时一拆了之，方便了管理，却\n苦了居民。",
    "管理要有尺度，也要有温度。划出固\n定点位、定好经营时段，小摊小店就\n能和整洁的街面相安无事。",
)
SECOND = (
    "秋收时节，不少村里的晒谷场被占\n去停车、堆放杂物，农户只能把稻谷\n晒在公路上，很不安全。",
    "晒谷场虽小，连着农民的收成。村里\n要把公共场地管起来，让它在农忙时\n回到农民手里。",
)
NOTICE = ("本版开设“湘水漫议”栏目，欢迎读者\n就身边的民生话题来稿，每篇以八百\n字以内为宜。",)


def test_a_name_heading_two_commentaries_is_their_column_even_when_a_notice_names_it():
    # The name is set tight over the first title, and a notice quotes it:
    # printed twice apart, each time over a piece, it is the column's.
    text = column_page(
        "湘水漫议\n小摊小店也是城市的风景",
        "卢晓岚",
        *FIRST,
        "湘水漫议",
        "晒谷场要还给农民",
        *SECOND,
        "贺　成",
        "投稿须知",
        *NOTICE,
    )
    page = parse(text.replace("湘水漫议\n\n小摊", "湘水漫议\n小摊"))
    first, second, notice = stories(page)
    assert (first.column, first.title) == ("湘水漫议", "小摊小店也是城市的风景")
    assert (second.column, second.title) == ("湘水漫议", "晒谷场要还给农民")
    assert second.byline == "贺成" and len(second.paragraphs) == 2
    # (a short line over a notice, printed once and with no column's word in
    # it, is the notice's title)
    assert (notice.column, squash(notice.title)) == ("", "投稿须知")


def test_two_writers_one_name_spread_are_a_line_of_names():
    from hnreader.corpus.segment.patterns import is_name_line

    assert is_name_line("郝振声 严　洁") and is_name_line("严 洁 郝振声")
    assert not is_name_line("郝振声 严")


REPRINT = (
    "县域是城乡融合的关键一环。推进以县\n城为重要载体的城镇化，要把产业、公\n"
    "共服务和基础设施统筹起来谋划。",
    "一方面要培育主导产业，让农民在家门\n口就业；另一方面要补齐教育医疗短板，\n让进城的人留得下。",
    "（摘自《湘江论丛》2021 年第 3 期）",
)
NEXT = (
    "不少村把红白理事会章程写进村规，\n定下酒席桌数和礼金上限，由村民\n共同监督执行。",
    "移风易俗，贵在坚持。只要持续引导，\n文明节俭的新风就能在乡村扎下根来。",
)


def test_a_reprints_source_closes_its_text_and_a_bare_name_under_it_signs_it():
    page = parse(
        column_page(
            "观点摘编",
            "县域城镇化产业先行",
            *REPRINT,
            "郝振声",
            "乡风文明",
            "移风易俗贵在久久为功",
            "严　洁",
            *NEXT,
        )
    )
    reprint, comment = stories(page)
    assert reprint.title == "县域城镇化产业先行"
    assert reprint.paragraphs[-1].replace(" ", "") == "（摘自《湘江论丛》2021年第3期）"
    assert reprint.byline == "郝振声"
    assert (comment.title, comment.byline) == ("移风易俗贵在久久为功", "严洁")


def test_a_column_name_set_tight_over_its_title_on_a_paragraph_page_is_its_label():
    page = parse(
        "读书札记\n把“冷板凳”坐热\n\n韩立秋\n\n"
        "做学问要耐得住寂寞。一本好书，往往要几年甚至十几年的积累才能写成，急不得。\n\n"
        "坐得住，才能钻得深。年轻学者尤其要沉下心来，把基础打牢，把问题想透。\n"
    )
    (piece,) = stories(page)
    assert (piece.column, piece.title, piece.byline) == ("读书札记", "把“冷板凳”坐热", "韩立秋")


def test_a_writers_name_on_the_titles_line_is_the_byline():
    page = parse(
        "理论前沿\n\n让数据要素活起来\n\n蒋明哲\n\n"
        "数据是新的生产要素。用好数据，要先让数据能流动、可交易，还要守住安全底线。\n\n"
        "（作者单位：湖南师范大学）\n\n"
        "理论前沿\n\n推动县域商业体系提质升级 龙佩琳\n\n"
        "县域商业连着城乡两个市场。补齐县乡村三级物流短板，才能让工业品下得去、农产品上得来。\n\n"
        "提质升级，关键在于培育一批骨干流通企业，让它们把网点延伸到乡镇和村里。\n"
    )
    first, second = stories(page)
    assert (first.title, first.byline) == ("让数据要素活起来", "蒋明哲")
    assert (second.kicker, second.title, second.byline) == (
        "",
        "推动县域商业体系提质升级",
        "龙佩琳",
    )


ESSAY = (
    "文丨苗秋禾",
    "村口那棵老樟树，比村里最老的人还要老。夏天的傍晚，大人们摇着蒲扇在树下说古，孩子们在树根间捉迷藏。",
    "后来我去了城里读书，每次回家，远远望见它，心就落了地。",
)
ESSAY_2 = (
    "文丨谷雨桐",
    "母亲的针线筐里，什么都有：顶针、线团、碎布头，还有一把用了三十年的剪刀。",
    "如今母亲眼花了，穿针要我帮忙。我才懂得，那一针一线缝进去的，是日子。",
)


def test_a_name_heading_two_essays_on_their_title_lines_is_their_column():
    page = parse(
        "\n\n".join(("乡土记忆 村口的老樟树", *ESSAY, "乡土记忆 母亲的针线筐", *ESSAY_2)) + "\n"
    )
    first, second = stories(page)
    assert (first.column, first.kicker, first.title) == ("乡土记忆", "", "村口的老樟树")
    assert (second.column, second.kicker, second.title) == ("乡土记忆", "", "母亲的针线筐")


def test_a_dash_led_line_set_tight_under_a_title_is_its_subtitle():
    page = parse(
        "书架\n\n一部写给洞庭渔民的长卷\n——读长篇小说《湖上人家》\n\n文丨简若溪\n\n"
        "小说以一个渔村三代人的命运为线索，写出了洞庭湖区半个世纪的变迁。\n\n"
        "作者在湖区生活多年，笔下的风浪、渔船和号子，都带着湖水的腥气。\n"
    )
    (piece,) = stories(page)
    assert (piece.title, piece.subtitle) == ("一部写给洞庭渔民的长卷", "——读长篇小说《湖上人家》")


def test_a_column_name_under_the_papers_unnamed_commentator_is_no_name_of_the_byline():
    # (the leader's title and signature printed after its text, the next
    # piece's column, title and writer under them)
    page = parse(
        column_page(
            *LEADER,
            "抗旱保供要打主动仗",
            "湖南日报全媒体评论员",
            "湘水新声",
            "晒谷场要还给农民",
            "贺　成",
            *SECOND,
        )
    )
    leader, second = stories(page)
    assert (leader.title, leader.byline) == ("抗旱保供要打主动仗", "湖南日报全媒体评论员")
    assert (second.column, second.title, second.byline) == ("湘水新声", "晒谷场要还给农民", "贺成")


def test_a_dated_reports_headline_printed_inside_its_text_is_its_headline_not_a_crosshead():
    page = parse(
        column_page(
            "湖南日报3月2日讯（记者 龚秋实）记者今天\n从省林业局获悉，全省春季森林防火期已\n"
            "经开始，各地已落实护林员 3.2 万名，在\n重点林区设立检查站 860 个。",
            "今年以来，全省共发生森林火情 12 起，比\n去年同期下降四成，火情均在当天扑灭，\n"
            "没有造成人员伤亡。",
            "进山祭扫要防范林火",
            "林业部门提醒，进山祭扫要文明用火，不\n要在林区焚香烧纸、燃放鞭炮，提倡用鲜\n"
            "花祭扫、网上祭扫等方式寄托哀思。",
            "各地将在重点林区路口设卡检查，劝导群\n众不带火种进山。",
        )
    )
    (report,) = stories(page)
    assert report.title == "进山祭扫要防范林火"
    assert report.subheads == () and len(report.paragraphs) == 4


def test_a_short_line_under_an_untitled_photos_credit_is_its_title():
    page = parse(
        column_page("湘水漫议", "小摊小店也是城市的风景", "卢晓岚", *FIRST)
        + "\n\n3月9日，桃源县一处茶园，茶农在采摘春茶。 记者 田子墨 摄\n\n\n春茶开采\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert (photo.title, photo.title_derived) == ("春茶开采", False)
    assert "春茶开采" not in page.extras


def test_the_text_under_a_reports_own_headline_printed_inside_it_goes_on_that_report():
    page = parse(
        column_page(
            "湖南日报3月4日讯（记者 石青岚）今天，\n郴州一季度重大项目集中开工，40 个项\n"
            "目总投资 326 亿元，涵盖新材料、电子\n信息和文旅等领域。",
            "从投资结构看，新材料项目占比超过\n四成，其中一个锂电材料项目总投资\n60 亿元。",
            "郴州重大项目集中开工",
            "40个项目总投资326亿元",
            "在郴州主会场，挖掘机来回作业，重\n大项目工地一派繁忙。项目负责人说，\n"
            "锂电材料项目争取明年投产。",
            "郴州将对重大项目实行专班推进，协\n调解决用地、用能和融资等问题。",
        )
    )
    (report,) = stories(page)
    assert report.dateline and len(report.paragraphs) == 4
    assert squash(report.kicker + report.title + report.subtitle) == (
        "郴州重大项目集中开工40个项目总投资326亿元"
    )


def test_a_banner_with_a_year_in_it_alone_at_the_pages_foot_is_furniture():
    page = parse(
        column_page("湘水漫议", "小摊小店也是城市的风景", "卢晓岚", *FIRST, "聚焦2027全省两会")
    )
    assert len(page.articles) == 1
    assert "聚焦2027全省两会" in page.extras


def test_a_headline_bunched_over_another_report_goes_to_the_report_with_none():
    page = parse(
        "\n\n".join(
            (
                "全省春运客流平稳有序",
                "长沙机场新开两条国际航线",
                "湖南日报1月20日讯（记者 彭晓川）记者今天从省交通运输厅获悉，春运首周全省铁路、"
                "公路发送旅客460万人次，客流平稳有序，未发生重大拥堵。",
                "省交通运输厅提醒，节前返乡客流将继续增长，长沙等地还将加开两条夜间线路。",
                "湖南日报1月20日讯（记者 谭远航）今天，长沙黄花国际机场新开至曼谷、河内的两条国际航线，"
                "每周各执飞四班。",
                "机场方面介绍，今年还将加密至东南亚的航班，方便游客出境旅游。",
            )
        )
        + "\n"
    )
    transport, airport = stories(page)
    assert transport.title == "全省春运客流平稳有序" and not transport.kicker
    assert airport.title == "长沙机场新开两条国际航线"


def test_a_cartoon_printed_with_only_its_title_and_credit_is_titled_not_captioned():
    page = parse(
        column_page(
            "湘水漫议",
            "小摊小店也是城市的风景",
            "卢晓岚",
            *FIRST,
            "湘水漫议",
            "晒谷场要还给农民",
            "贺　成",
            *SECOND,
            "表格比田还多 柳青山 作",
        )
    )
    (cartoon,) = [a for a in page.articles if a.kind == "photo"]
    assert (cartoon.title, cartoon.paragraphs) == ("表格比田还多", ())
    assert squash(cartoon.byline) == "柳青山作"


def test_an_essays_title_and_byline_set_on_one_line_are_parted():
    page = parse(
        "\n\n".join(
            ("乡土记忆 村口的老樟树 文丨苗秋禾", *ESSAY[1:], "乡土记忆 母亲的针线筐", *ESSAY_2)
        )
        + "\n"
    )
    first, second = stories(page)
    assert (first.column, first.title, first.byline) == ("乡土记忆", "村口的老樟树", "文丨苗秋禾")
    assert (second.title, second.byline) == ("母亲的针线筐", "文丨谷雨桐")


def test_a_title_and_byline_on_one_line_are_parted_on_a_column_page_too():
    page = parse(
        column_page(
            "湘水漫议",
            "小摊小店也是城市的风景 文丨卢晓岚",
            *FIRST,
            "湘水漫议",
            "晒谷场要还给农民 文丨贺成章",
            *SECOND,
        )
    )
    first, second = stories(page)
    assert (first.title, first.byline) == ("小摊小店也是城市的风景", "文丨卢晓岚")
    assert (second.title, second.byline) == ("晒谷场要还给农民", "文丨贺成章")


def test_a_reports_one_crosshead_over_text_of_another_subject_heads_another_piece():
    page = parse(
        "\n\n".join(
            (
                "全省春运客流平稳有序",
                "湖南日报1月20日讯（记者 彭晓川）记者今天从省交通运输厅获悉，春运首周全省铁路、"
                "公路发送旅客460万人次，客流平稳有序，未发生重大拥堵。",
                "省交通运输厅提醒，节前返乡客流将继续增长，旅客要错峰出行。",
                "湘西苗绣走进时装周",
                "湘西苗绣的针脚里，藏着苗家人世代相传的手艺。今年，十多位苗绣传承人带着作品走进时装周，"
                "苗绣图案被设计师用在了新款服饰上。",
                "让苗绣走出大山，关键在于把传统手艺和今天的生活连起来，让绣娘靠手艺增收。",
            )
        )
        + "\n"
    )
    titles = [a.title for a in stories(page)]
    assert titles == ["全省春运客流平稳有序", "湘西苗绣走进时装周"]


def test_a_desk_of_the_paper_signs_a_piece():
    assert is_byline("本报理论部") and is_byline("湖南日报评论部")
    assert not is_byline("本报讯") and not is_byline("湖南日报社")
    page = parse(
        "\n\n".join(
            (
                "县域商业网点怎么补",
                "本报理论部",
                "问：县域商业网点为什么要补？",
                "答：县域商业连着城乡两个市场，是扩大内需的重要一环。",
            )
        )
        + "\n"
    )
    (piece,) = stories(page)
    assert (piece.title, piece.byline) == ("县域商业网点怎么补", "本报理论部")


def test_a_photo_report_with_its_title_under_the_reporters_line_is_a_photo():
    page = parse(
        "\n\n".join(
            (
                "抗旱保供要打主动仗",
                "湖南日报评论员",
                "今年入秋以来，全省多地降水偏少，部分地区出现了旱情。越是这样的时候，越要把群众的饮水安全放在心上。",
                "保供水，要早谋划、早动手。各地要摸清水源家底，决不能让一户群众喝不上水。",
                "9月3日，衡阳县一处山塘边，村民在抽水灌溉晚稻。连日来，当地组织抽水机上千台。"
                "村干部说，全村晚稻都能保住。",
                "湖南日报·新湖南客户端记者 龚秋实 报道",
                "抽水保晚稻",
                "全省春运客流平稳有序",
                "湖南日报1月20日讯（记者 彭晓川）记者今天从省交通运输厅获悉，春运首周全省铁路、"
                "公路发送旅客460万人次，客流平稳有序。",
            )
        )
        + "\n"
    )
    comment = next(a for a in page.articles if a.kind == "commentary")
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert comment.byline == "湖南日报评论员" and len(comment.paragraphs) == 2
    assert (photo.title, squash(photo.byline)) == (
        "抽水保晚稻",
        "湖南日报·新湖南客户端记者龚秋实报道",
    )


def test_a_hotline_printed_alone_is_a_box():
    page = parse(
        "\n\n".join(
            (
                "全省春运客流平稳有序",
                "湖南日报1月20日讯（记者 彭晓川）记者今天从省交通运输厅获悉，春运首周全省铁路、"
                "公路发送旅客460万人次，客流平稳有序。",
                "春运出行服务热线：12328",
            )
        )
        + "\n"
    )
    assert len(page.articles) == 1
    assert "春运出行服务热线：12328" in page.extras


SECTIONS_APART = column_page(
    "一、数字技术为农业打开新空间",
    set_in_column(
        [
            "当前，数字技术正由城市向乡村加速延伸。对我省而言，把数字技术用到田间地头，"
            "有利于降低种植成本、提高产出效益。",
            "一些合作社已经尝到了甜头。无人机飞防、水肥一体化让每亩地少用工三个，"
            "产量还增加了一成。",
        ],
        18,
    ),
    "快评",
    "老旧小区停车要多想办法",
    "罗湘江",
    set_in_column(
        [
            "停车难是许多老旧小区的通病。车越来越多，车位却没有增加，居民常常为一个车位争得面红耳赤。",
            "破解这道难题，既要挖潜，也要共享，还要把停车设施纳入规划统筹考虑。",
        ],
        12,
    ),
    "以数字技术推动农业转型升级",
    "宋致和",
    "二、融合发展还有几块短板",
    set_in_column(
        [
            "也要看到，我省农业数字化仍处在起步阶段。不少农户对新技术心存顾虑，"
            "既懂农业又懂技术的人才短缺。",
        ],
        18,
    ),
    "三、在重点环节率先突破",
    set_in_column(
        ["推进农业数字化，要坚持问题导向、分类施策，政府在网络和平台建设上多下功夫。"], 18
    ),
)


def test_a_numbered_section_printed_apart_goes_back_to_its_piece():
    # A theory piece's first section is printed in the column before another
    # piece; its headline comes with its later sections. 一、 heads no story.
    page = parse(SECTIONS_APART)
    titles = [a.title for a in stories(page)]
    assert titles == ["老旧小区停车要多想办法", "以数字技术推动农业转型升级"]
    theory = stories(page)[1]
    assert theory.paragraphs[0] == "一、数字技术为农业打开新空间"
    assert theory.paragraphs[3] == "二、融合发展还有几块短板"
    assert len(theory.paragraphs) == 7


def test_a_label_closing_a_stack_is_that_pieces_column_not_the_cartoons_title():
    # title / writer / label printed after the body, then a cartoon whose
    # title stands on its credit's line: the label closes the piece above.
    page = parse(
        column_page(
            *LEADER,
            "旱情面前更要守住民生底线",
            "邹文博",
            "湘水之窗",
            "节约用水 从我做起 罗小川 作",
            "快评",
            "晒谷场要还给农民",
            "贺成章",
            *SECOND,
        )
    )
    first, second = stories(page)
    assert (first.column, first.title, first.byline) == (
        "湘水之窗",
        "旱情面前更要守住民生底线",
        "邹文博",
    )
    (cartoon,) = [a for a in page.articles if a.kind == "photo"]
    assert squash(cartoon.title) == "节约用水从我做起" and "罗小川" in cartoon.byline
    assert second.column == "快评"


def test_a_group_of_poems_printed_into_an_essay_keeps_its_sections_and_the_essay_its_text():
    essay = set_in_column(
        [
            "去江边的那天，天刚下过一场雨。沿着河堤走下去，风里都是青草和泥土的气味，远处的渡船还泊在岸边。",
            "渡口在老街的尽头，一条石阶伸进江里。守渡的老人坐在船头补网，见有人来，便放下网去解缆绳。",
        ],
        22,
    )
    rest = set_in_column(
        [
            "天黑下来的时候，渡口亮起了灯。守渡的老人说，这条江他守了四十年，江水涨了又落，船换了三条，"
            "来来往往的人却一年比一年多。",
            "我坐上最后一班渡船过江。老人摇着橹，船在江心慢慢转了个弯，渡口的灯一点一点远了。",
        ],
        22,
    )
    page = parse(
        column_page(
            "江边的渡口",
            "文丨周晓岚",
            essay,
            "湘江四月（组诗）",
            "罗青禾",
            "白鹭",
            "四月的白鹭落满了沙洲\n它们把脚伸进水里\n像在试探春天的深浅",
            "江豚",
            "它从水里探出头来\n看了一眼岸上的人\n又沉了下去",
            rest,
        )
    )
    essay_piece, poem = stories(page)
    assert (poem.title, poem.byline) == ("湘江四月（组诗）", "罗青禾")
    assert "江豚" in poem.paragraphs and len(poem.paragraphs) == 8, poem.paragraphs
    assert essay_piece.byline == "文丨周晓岚" and len(essay_piece.paragraphs) == 4


REPORT_CUT = set_in_column(
    [
        "湖南日报8月20日讯（全媒体记者 龙思远 通讯员 唐小溪）8月18日至20日，省政协调研组"
        "深入岳阳、益阳、常德等地，调研洞庭湖保护情况。",
        "这是今年的首次专题调研。调研采取听取汇报、实地察看、暗访抽查相结合的方式进行。",
        "调研组沿着湖岸一路察看了污水处理厂、入湖排污口和岸线修复现场，随机抽查了部分企业的排污许可"
        "执行情况，并与基层干部群众和企业负",
    ],
    18,
)
OTHER_REPORT = set_in_column(
    [
        "湖南日报8月20日讯（全媒体记者 胡晓宁）记者今天从省农业农村厅获悉，最新一轮洞庭湖鱼类资源"
        "监测显示，湖区监测到的鱼类种类比禁捕前增加了十余种。",
        "省农业农村厅有关负责人介绍，禁捕以来，全省持续开展打击非法捕捞行动，建立了覆盖全湖区的护渔队伍。",
    ],
    18,
)
REPORT_REST = set_in_column(
    ["责人座谈交流。调研组指出，要以法治力量守护好洞庭湖，推动各项保护措施落地见效。"], 18
)


def test_a_stack_printed_into_a_cut_paragraph_heads_the_next_story_and_the_cut_reads_on():
    page = parse(
        column_page(
            "省政协委员赴湖区开展洞庭湖保护专题调研",
            "守护一湖碧水",
            "向远方",
            REPORT_CUT,
            "禁捕三年 洞庭湖鱼类资源明显恢复",
            "湖里的鱼多了 岸边的人乐了",
            OTHER_REPORT,
            REPORT_REST,
        )
    )
    first, second = stories(page)
    assert (first.kicker, first.title) == (
        "省政协委员赴湖区开展洞庭湖保护专题调研",
        "守护一湖碧水向远方",
    )
    assert first.paragraphs[-1].endswith(
        "企业负责人座谈交流。调研组指出，要以法治力量守护好洞庭湖，推动各项保护措施落地见效。"
    )
    assert (
        squash(second.kicker + second.title)
        == "禁捕三年洞庭湖鱼类资源明显恢复湖里的鱼多了岸边的人乐了"
    )
    assert len(second.paragraphs) == 2


def test_a_column_name_set_tight_under_a_title_is_the_column_and_a_title_in_two_halves_is_one():
    page = parse(
        "\n\n".join(
            (
                "假期补课不能变相“加餐”\n一家之言",
                "罗晓岚",
                "暑假刚到，有家长反映，孩子所在的学校以“自愿托管”为名，组织学生到校上课，"
                "课表和平时几乎一样。",
                "假期是孩子休息和成长的时间。学校和培训机构都应守住规矩，别让孩子的暑假变成第三个学期。",
                "抓住新机遇\n建好新引擎",
                "邓立平",
                "今年以来，我省不少园区加快引进新能源和新材料项目，产业链条的轮廓越来越清晰。",
                "建好新引擎，关键是把项目落地的每一个环节服务好，让企业进得来、留得住、发展好。",
            )
        )
        + "\n"
    )
    first, second = stories(page)
    assert (first.column, first.title, first.byline) == (
        "一家之言",
        "假期补课不能变相“加餐”",
        "罗晓岚",
    )
    assert squash(second.title) == "抓住新机遇建好新引擎" and not second.column


def test_a_call_for_contributions_under_the_pages_address_is_one_box():
    page = parse(
        column_page(*LEADER, "本版邮箱：hnpl@163.com\n欢迎来稿，来稿请注明真实姓名和联系方式")
    )
    assert len(page.articles) == 1 and page.articles[0].kind != "photo"
    assert any("欢迎来稿" in extra for extra in page.extras)


def test_a_commentarys_short_last_paragraph_stays_with_it_over_wider_text():
    commentary = set_in_column(
        [
            "山里的猕猴桃挂满枝头，果农的腰包鼓了起来，这是产业扶贫结出的果子。",
            "扶贫最怕的是只送米送面。发几袋米、送几床被，能解一时之急，却难拔穷根。"
            "只有把产业引进来、把群众组织起来，让贫困户既有活干、又有钱分，脱贫才能稳得住。",
            "产业扶贫也要防止一哄而上。种什么、养什么，要尊重市场规律，找准当地的比较优势，"
            "还要有龙头企业带动、有技术服务跟进、有稳定销路兜底。",
            "扶贫扶到根子上，贵在久久为功。",
        ],
        12,
    )
    page = parse(
        column_page(
            "株洲机车驶向中亚",
            "湖南日报6月14日讯（记者 杨青柳）今天上午，一台电力机车在株洲完成\n"
            "出厂试验，将发往中亚，这是当地企业今年交付的第十台机车。",
            "湘江短评",
            "扶贫要扶到根子上",
            "黄晓晖",
            commentary,
            set_in_column(
                [
                    "“以前是卖产品，现在是卖技术、卖服务。”公司海外业务负责人说，企业在海外"
                    "设立了维保中心，为用户提供全寿命周期服务，还为当地培训了一批技术工人。",
                    "株洲市相关负责人表示，将继续支持机车企业抱团开拓海外市场，推动本地"
                    "配套企业跟随整车企业走出去，做强机车整车和配套产业。",
                ],
                17,
            ),
        )
    )
    piece = stories(page)[1]
    assert (piece.column, piece.title, piece.byline) == ("湘江短评", "扶贫要扶到根子上", "黄晓晖")
    assert "扶贫扶到根子上，贵在久久为功。" in piece.paragraphs


def test_a_group_of_photos_keeps_a_caption_of_the_same_evening_and_its_title_whole():
    page = parse(
        "\n\n".join(
            (
                "全省春季农资储备充足",
                "湖南日报2月20日讯（记者 龙思远）记者今天从省供销合作总社获悉，全省已储备化肥、"
                "农药、种子等春耕农资一百二十万吨，能满足春耕生产需要。",
                "据介绍，各地供销社还组织农资配送队伍进村入户，把农资送到田间地头，"
                "方便农民就近购买。",
                "灯火映江 古城闹元宵",
                "2月19日晚，长沙市开福区一处街区花灯璀璨，市民和游客赏灯猜谜。",
                "当晚，浏阳市社港镇的村民舞起草龙，穿村过巷送祝福。",
                "2月19日，邵阳县一家敬老院里，志愿者陪老人们包汤圆。",
                "以上图片均由湖南日报记者 陶永清 摄",
            )
        )
        + "\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert len(photo.paragraphs) == 3 and len(page.articles) == 2
    assert squash(photo.title) == "灯火映江古城闹元宵" and not photo.kicker


def test_a_features_writers_printed_over_its_headline_sign_it_and_the_headline_heads_it():
    page = parse(
        column_page(
            "东洞庭湖麋鹿种群增至200余头",
            "湖南日报12月21日讯（全媒体记者 龙思远）记者今天从东洞庭湖国家级自然\n"
            "保护区管理局获悉，保护区内的野生麋鹿种群已增至二百余头。",
            "湖南日报全媒体记者 刘思远",
            "从“打鱼郎”到“护渔人”",
            "沅江渔民上岸记",
            set_in_column(
                [
                    "清晨六点，沅江市南大膳镇的湖面上还笼着一层薄雾。五十六岁的黄德贵已经驾着一条"
                    "巡护船出了港，船上不再装渔网，而是一面写着护渔的小旗。",
                    "三十多年来，他一直以打鱼为生。禁捕以后，他和村里的老渔民一起加入了护渔队，"
                    "每天在湖上巡查，劝阻非法捕捞。",
                ],
                20,
            ),
        )
    )
    deer, feature = stories(page)
    assert squash(feature.kicker + feature.title) == "从“打鱼郎”到“护渔人”沅江渔民上岸记"
    assert feature.byline == "湖南日报全媒体记者 刘思远" and len(feature.paragraphs) == 2
    assert feature.paragraphs[0].startswith("清晨六点") and deer.byline == ""


def test_a_notice_set_apart_by_a_frames_gap_is_an_item_of_its_own():
    page = parse(
        "\n\n".join(
            (
                "全国医保参保人数保持稳定",
                "新华社北京9月17日电（记者 韩小宇）记者17日从国家医疗保障局获悉，今年上半年，"
                "全国基本医疗保险参保人数保持稳定，参保率稳定在百分之九十五以上。",
                "国家医保局有关负责人表示，下一步将继续完善医保支付政策，推进异地就医直接结算。",
            )
        )
        + "\n\n\n\n\n"
        + "\n\n".join(
            (
                "关于做好城乡居民医保参保缴费工作的提示",
                "城乡居民基本医疗保险集中缴费期为9月1日至12月31日。请广大群众按时缴费，"
                "以免影响明年的医保待遇享受。",
                "湖南省医疗保障局",
            )
        )
        + "\n"
    )
    report, notice = page.articles
    assert notice.title == "关于做好城乡居民医保参保缴费工作的提示" and notice.kind != "photo"
    assert notice.paragraphs[0].startswith("城乡居民基本医疗保险集中缴费期")
    assert len(report.paragraphs) == 2


def test_a_features_last_section_printed_past_another_piece_goes_back_to_it():
    page = parse(
        "\n\n".join(
            (
                "从作坊到“单项冠军”",
                "湖南日报全媒体记者 谭晓川",
                "走进株洲高新区一家民营企业的车间，机械臂往来穿梭，一批发往海外的零部件正在装箱。",
                "起步：给大厂做配套",
                "二十年前，陈立平带着几个伙伴办起小作坊，给本地的整车厂加工零件，利润很薄。",
                "突破：把技术攥在手里",
                "此后十多年，企业每年拿出一成以上的收入搞研发，终于攻下了一项关键工艺。",
                "▲ ▲（上接1版②）",
                "省生态环境厅有关负责人表示，总磷削减是一项系统工程，需要上下游、左右岸协同发力。",
                "据介绍，我省还将在湘江流域推进幸福河湖建设，让群众在家门口享受到治水成果。",
                "远行：在海外扎下根",
                "为了更好地服务海外客户，这家企业先后在东南亚和欧洲设立了办事处和维修点。",
                "谈到今年的打算，负责人信心满满，新厂房正在建设，争取在新兴市场拿下更多订单。",
            )
        )
        + "\n"
    )
    feature = next(a for a in page.articles if "单项冠军" in a.kicker + a.title)
    continuation = next(a for a in page.articles if a.kind == "continuation")
    assert feature.subheads == ("起步：给大厂做配套", "突破：把技术攥在手里", "远行：在海外扎下根")
    assert len(continuation.paragraphs) == 2


def test_a_storys_text_set_round_a_narrower_commentary_goes_on_the_story():
    report = "湖南日报5月8日讯（记者 石青禾\n" + set_in_column(
        [
            "通讯员 周小满）今天，一批新造的风电叶片从湘潭装船，沿湘江"
            "出洞庭湖，将运往江苏的海上风电场。这是当地企业今年发出的第六批叶片。",
            "这批叶片长九十余米，采用新型碳纤维主梁，重量比上一代减轻一成，"
            "发电效率提高近两成，企业为此新建了一条自动化铺层生产线。",
        ],
        17,
    )
    commentary = set_in_column(
        [
            "一座城里的工厂把叶片送上海上风场，靠的是一年接一年的技术积累。",
            "制造业要向高处走，就得舍得在研发上下本钱，舍得在人才上花心思，"
            "也要有耐心等一项技术慢慢成熟。",
            "久久为功，才有今天的船运出港。",
        ],
        12,
    )
    rest = set_in_column(
        [
            "“过去叶片要靠公路一片片运，如今走水路，一船能装六片。”企业物流负责人说，"
            "水运让单片运费降了四成，叶片也不必再受公路限高限宽的约束。",
            "湘潭市有关负责人表示，将加快建设风电产业园，推动叶片、塔筒和"
            "主机配套企业集聚，让更多风电装备从湘江出发。",
        ],
        17,
    )
    page = parse(
        column_page(
            "风电叶片从湘江启航",
            report,
            "湘江短评",
            "舍得在研发上下本钱",
            "柳岸青",
            commentary,
            rest,
        )
    )
    report_out, comment_out = stories(page)
    assert report_out.title == "风电叶片从湘江启航"
    assert any(p.startswith("“过去叶片要靠公路") for p in report_out.paragraphs)
    assert report_out.paragraphs[-1].endswith("让更多风电装备从湘江出发。")
    assert comment_out.paragraphs[-1].endswith("久久为功，才有今天的船运出港。")


def test_a_features_short_last_paragraph_past_a_narrower_commentary_goes_on_the_feature():
    feature = set_in_column(
        [
            "清晨，沅水上的雾还没散，老船工向金山已经把巡护船开出了码头。",
            "他在江上摆渡了三十多年，前年交回渡船，当上了巡护员，每月领固定工资，"
            "还参加了养老保险。",
        ],
        20,
    )
    section = set_in_column(
        [
            "如今，向金山和十几名巡护员一起，每天在江上巡查，清理违规网具，"
            "记录水鸟出没的情况，遇到偷捕就第一时间报告。",
        ],
        20,
    )
    commentary = set_in_column(
        [
            "一条江的安宁，要靠许多双眼睛守着。巡护员风里来雨里去，守的是一江清水。",
            "守江先要识江。哪里水急，哪里鱼多，哪里常有人偷捕，老船工心里有一本账，"
            "这本账比什么设备都管用。",
            "护江不能只靠几个人，沿江各地要把巡护队伍建好、待遇保障好，让守江的人守得安心。",
        ],
        12,
    )
    last = set_in_column(
        ["“过去靠江吃饭，如今替江守门，这日子过得踏实。”向金山说，江里的鱼多了，水鸟也常来做客。"],
        20,
    )
    page = parse(
        column_page(
            "湖南日报记者 石青禾 通讯员 周小满",
            "从摆渡人到巡护员",
            "——沅水老船工上岸记",
            feature,
            "江上新岗",
            section,
            "沅水快评",
            "守江的人要守得安心",
            "柳岸青",
            commentary,
            last,
        )
    )
    feature_out, comment_out = stories(page)
    assert feature_out.title == "从摆渡人到巡护员"
    assert feature_out.paragraphs[-1].startswith("“过去靠江吃饭")
    assert "江上新岗" in feature_out.subheads
    assert comment_out.paragraphs[-1].endswith("让守江的人守得安心。")


def test_a_kicker_with_a_clause_over_a_title_and_its_dash_led_subtitle_is_the_kicker():
    page = parse(
        "湖南日报4月17日讯（全媒体记者 石青禾）今天，全省春季农业生产现场推进会在常德召开。"
        "与会人员观摩了集中育秧和机械化插秧现场。\n\n"
        "会议要求，各地要抓早抓实春耕生产，稳住粮食生产基本盘，确保夺取全年粮食丰收。\n\n"
        "守村五年，他把乡亲当成了家\n\n"
        "“老书记”的笔记本\n\n"
        "——记桑植县龙潭村党支部书记向远山\n\n"
        "湖南日报全媒体记者 周小满\n\n"
        "在桑植县一个偏远山村，村党支部书记向远山有一个厚厚的笔记本，记着全村每一户的难处。\n\n"
        "乡亲们说，有事找老向，他从不推辞。五年来，他带着村民修通了进村公路，办起了茶叶合作社。\n\n"
        "如今，村里的茶叶卖到了省外，村集体经济收入突破20万元，外出务工的年轻人陆续回来了。\n",
        "2026-04-18_p3.txt",
    )
    feature = next(a for a in page.articles if a.byline)
    assert (feature.kicker, feature.title) == ("守村五年，他把乡亲当成了家", "“老书记”的笔记本")
    assert feature.subtitle == "——记桑植县龙潭村党支部书记向远山"
    report = next(a for a in page.articles if a.dateline)
    assert all("当成了家" not in p for p in report.paragraphs)


def test_a_features_next_series_crosshead_over_another_storys_stack_is_the_features():
    page = parse(
        "“老书记”的笔记本\n\n"
        "湖南日报全媒体记者 周小满\n\n"
        "在桑植县一个偏远山村，村党支部书记向远山有一个厚厚的笔记本，记着全村每一户的难处。\n\n"
        "第一本账：修路架桥\n\n"
        "五年前，进村只有一条泥巴路。向远山跑项目、筹资金，带着村民修通了进村公路。\n\n"
        "第二本账：产业增收\n\n"
        "路通了，他又牵头办起茶叶合作社，村里的茶叶卖到了省外，村集体经济收入突破20万元。\n\n"
        "第三本账：邻里冷暖\n\n"
        "湘北农村兴起“邻里食堂”\n\n"
        "湖南日报4月17日讯（全媒体记者 石青禾）在华容县一处邻里食堂，十几位老人正围坐着吃午饭，"
        "饭菜由村里的志愿者轮流掌勺。\n\n"
        "笔记本里，还记着村里老人的生日、留守孩子的成绩。向远山说，这些事比修路还要紧。\n\n"
        "华容县民政局有关负责人表示，今年要推动邻里食堂与村卫生室合作，定期为老人体检。\n",
        "2026-04-18_p3.txt",
    )
    feature = next(a for a in page.articles if a.byline)
    report = next(a for a in page.articles if a.dateline)
    assert feature.subheads == ("第一本账：修路架桥", "第二本账：产业增收", "第三本账：邻里冷暖")
    assert (report.kicker, report.title) == ("", "湘北农村兴起“邻里食堂”")


def test_a_storys_text_past_a_wider_report_and_its_headline_goes_on_the_story():
    story = "湖南日报11月8日讯（记者 石青禾\n" + set_in_column(
        [
            "通讯员 周小满）正值柑橘采收季节，记者今天从省农业厅获悉，全省柑橘种植面积达到"
            "600万亩，年产量超过500万吨，产值居全国前列。",
            "柑橘是我省山区群众增收的主要产业之一，近年来，各地推广良种良法，"
            "新建标准化果园100多万亩，带动20多万农户增收。",
        ],
        17,
    )
    report = "湖南日报11月8日讯（记者 龙小溪）记者今\n" + set_in_column(
        [
            "天从省交通运输厅获悉，今年前三季度，全省农村公路新改建里程超过8000公里，"
            "完成投资超过120亿元，比上年多一成。",
            "农村公路建设直接关系群众出行和农产品外运。省交通运输厅有关负责人介绍，"
            "下一步将推进农村公路提质改造，让更多村庄通上客车和物流车。",
            "今年以来，全省新开通城乡公交线路120条，建制村通客车率保持百分之百，"
            "一批农村客运站完成改造，候车条件明显改善，群众出行更加方便快捷。",
        ],
        23,
    )
    rest = set_in_column(
        [
            "在石门县，漫山遍野的柑橘树上挂满了金黄的果子，果农们正忙着采摘。种植大户告诉记者，"
            "他承包的300亩果园今年喜获丰收，柑橘每斤卖到两元多。",
            "石门柑橘协会的老会长说，今年全县柑橘收购价比去年高出一成，"
            "果农们盼着明年再扩种，让柑橘树成为果农的“摇钱树”。",
        ],
        17,
    )
    page = parse(
        column_page(
            "全省柑橘产值居全国前列",
            story,
            report,
            "前三季度农村公路新改建8000公里\n城乡客运一体化加快推进",
            rest,
        )
    )
    citrus, roads = stories(page)
    assert citrus.title == "全省柑橘产值居全国前列"
    assert citrus.paragraphs[-1].endswith("让柑橘树成为果农的“摇钱树”。")
    headline = roads.kicker + roads.title + roads.subtitle
    assert headline == "前三季度农村公路新改建8000公里城乡客运一体化加快推进"
    assert roads.paragraphs[-1].endswith("群众出行更加方便快捷。")


def test_a_writers_name_set_tight_under_a_title_is_the_byline_on_a_paragraph_page():
    page = parse(
        "推动县域商业提质升级要下足绣花功夫\n\n"
        "郑明远\n\n"
        "县域商业是畅通城乡经济循环的重要一环。近年来，我省加快完善县乡村三级商业网络，"
        "农村消费潜力逐步释放。\n\n"
        "一、补齐农村物流短板\n\n"
        "农村物流成本高、效率低，是制约县域商业发展的突出问题，要推动快递、邮政和供销网点共建共享。\n\n"
        "（作者系湖南省社会科学院研究员）\n\n"
        "让老字号在新时代焕发新的光彩\n"
        "唐志远\n\n"
        "老字号是城市的文化名片，承载着几代人的记忆。如何让老字号既守住传统又跟上潮流，值得认真思考。\n\n"
        "守正才能创新。老字号的根在品质和口碑，丢了这些，再好的包装也留不住顾客。\n",
        "2018-07-10_p7.txt",
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("推动县域商业提质升级要下足绣花功夫", "郑明远")
    assert (second.title, second.byline) == ("让老字号在新时代焕发新的光彩", "唐志远")
    assert second.paragraphs[0].startswith("老字号是城市的文化名片")


def test_a_features_next_numbered_section_past_a_commentary_on_it_goes_on_the_feature():
    # The commentary speaks of the feature's subject: only the widths and the
    # section's number tell where the section goes.
    feature = set_in_column(
        [
            "初春的湘江长沙段，江水缓缓北去。站在江堤上远眺，新栽的柳树已经抽出嫩芽，"
            "江滩上绿草如茵，几只白鹭在浅水处觅食。",
        ],
        20,
    )
    first = set_in_column(
        [
            "几年前，这里还是砂石堆场和简易码头，运砂车来来往往，尘土飞扬。"
            "当地下决心关停非法码头，腾退岸线十多公里。",
            "腾退并不容易。一些码头经营多年，涉及不少人的生计，干部们一家一家上门算账，"
            "帮助经营户转产转业。",
        ],
        20,
    )
    commentary = set_in_column(
        [
            "湘江岸线的变化告诉我们，生态保护和经济发展并不是非此即彼的关系。",
            "关停非法码头，一些经营户一时难以接受，这在情理之中。把道理讲透，"
            "把转产的路子铺好，群众自然会理解和支持。",
            "腾退岸线，短期内看似少了一些发展空间，长远看，换来的是一江清水。",
            "守住这份底色，发展之路才能走得更宽更远。",
        ],
        12,
    )
    second = set_in_column(
        [
            "岸线腾退以后，如何修复？当地的做法是宜林则林、宜草则草、宜湿则湿，"
            "先清运砂石垃圾，再回填种植土，种上乡土树种。",
        ],
        20,
    )
    page = parse(
        column_page(
            "湖南日报记者 石青禾 周小满",
            "十里江岸的“绿色转身”",
            "——湘江长沙段岸线生态修复见闻",
            feature,
            "一、“退”出来的岸线",
            first,
            "湘江观澜",
            "让一江清水成为发展底色",
            "柳岸青",
            commentary,
            "二、“绿”起来的江滩",
            second,
        )
    )
    feature_out, comment_out = stories(page)
    assert feature_out.subheads == ("一、“退”出来的岸线", "二、“绿”起来的江滩")
    assert feature_out.paragraphs[-1].startswith("岸线腾退以后")
    assert comment_out.paragraphs[-1].endswith("发展之路才能走得更宽更远。")


def test_a_series_name_under_a_column_label_is_the_kicker_not_a_second_column():
    body = set_in_column(
        [
            "初冬的洞庭湖畔，芦苇荡里一片金黄。站在大堤上远眺，成群的候鸟在浅水处觅食，"
            "几位护鸟员正沿着湖岸巡查。",
            "几年前，这里还是一片杨树林，湿地一天天变干，候鸟越来越少。当地下决心清退杨树，"
            "恢复湿地，如今水鸟又回来了。",
            "护鸟员老周说，他在湖边守了二十年，今年看到的白鹤比哪一年都多。",
        ],
        19,
    )
    page = parse(
        column_page(
            "一线观察",
            "生态保护·湖南实践",
            "湖畔候鸟归来时",
            "——洞庭湖湿地修复见闻",
            "湖南日报记者 石青禾 周小满",
            body,
        )
    )
    (feature,) = stories(page)
    assert (feature.column, feature.kicker) == ("一线观察", "生态保护·湖南实践")
    assert (feature.title, feature.subtitle) == ("湖畔候鸟归来时", "——洞庭湖湿地修复见闻")


def test_a_commentarys_stack_and_writer_printed_into_a_cut_sentence_head_it_and_the_cut_reads_on():
    first = set_in_column(
        [
            "进入腊月，各类生产经营活动进入高峰期，也进入了安全事故易发多发的时段。"
            "越是临近年关，安全这根弦越要绷得紧而又紧。",
            "安全生产，重在防范。回顾以往的一些事故，不少都是小隐患酿成的大祸患，"
            "一根老化的电线，一条被杂物堵塞的消防通道，都可能酿成大祸。",
        ],
        17,
    )
    second = set_in_column(
        [
            "“双减”政策落地一个学期，课后服务基本实现全覆盖。下午放学后，孩子们留在"
            "学校里写作业、打球、练书法，家长们也松了一口气。",
            "覆盖面上去了，质量还要跟上。课后服务不能只是“看管”，更要让孩子们学有所得、"
            "玩有所乐，这需要学校用心设计课程。",
            "让课后服务更有“质感”，学校、家庭和社会都要拿出实招来。",
        ],
        12,
    )
    page = parse(
        column_page(
            "湖南日报评论员",
            first,
            "要压实企业主体责任。企业是安全生产",
            "湘声",
            "课后服务如何更有“质感”",
            "舒雅晴",
            second,
            "的责任主体，必须把安全投入、安全培\n训、隐患排查一项项落到实处，决不能\n让安全生产停留在口头上。",
        )
    )
    safety, school = stories(page)
    assert "".join(safety.paragraphs).endswith(
        "企业是安全生产的责任主体，必须把安全投入、安全培训、隐患排查一项项落到实处，"
        "决不能让安全生产停留在口头上。"
    )
    assert "课后服务" not in "".join(safety.paragraphs)
    assert "决不能" not in "".join(school.paragraphs)
    assert (school.title, school.byline) == ("课后服务如何更有“质感”", "舒雅晴")


def test_a_poem_run_stops_before_the_next_pieces_title_and_dash_led_subtitle():
    from hnreader.corpus.segment.blocks import Block
    from hnreader.corpus.segment.kinds import BlockRole
    from hnreader.corpus.segment.lines import Line
    from hnreader.corpus.segment.paragraph_pages import _verse_after

    verse = [
        "露水落在稻叶上",
        "落在祖母的竹篮里",
        "落在归来的脚印上",
        "一阵风过",
        "田埂上站满了秋天",
    ]
    texts = [*verse, "在稻田里读懂一个村庄", "——读散文集《稻花香里》", "文丨舒青禾"]
    blocks = [Block([Line(2 * k + 1, t, 1, False)], t) for k, t in enumerate(texts)]
    for block in blocks:
        block.role = BlockRole.TEXT
    blocks[-1].role = BlockRole.BYLINE
    assert [b.text for b in _verse_after(blocks, 0)] == verse


def test_a_photos_title_printed_into_an_open_sentence_titles_the_photo_and_the_sentence_goes_on():
    story = set_in_column(
        [
            "杨晓峰的网店带火了一个村子。在他的带动下，村里先后有30多名年轻人返乡开起网店，"
            "村里建起了快递收发点和农产品初加工车间。",
            "过去要背到镇上去卖的土特产，如今坐在家里就能卖到全国各地。",
        ],
        17,
    )
    cut = story.split("\n")
    at = next(k for k, line in enumerate(cut) if "返" in line)
    page = parse(
        column_page(
            "大山里的网店村",
            "湖南日报11月8日讯（记者 石青禾）今天，记者走进新化县一个山村，\n"
            "看电商如何改变这里的日子。",
            *cut[: at + 1],
            "晚稻开镰",
            "11 月 7 日，宁乡县双凫铺镇，农民驾驶收割机抢收晚稻。 周小满 摄",
            *cut[at + 1 :],
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "晚稻开镰"
    (report,) = stories(page)
    assert "晚稻开镰" not in "".join(report.paragraphs)
    assert "返乡开起网店" in "".join(report.paragraphs)


def test_a_two_phrase_line_drawn_twice_under_a_report_heads_the_next_piece_not_a_section():
    report = set_in_column(
        [
            "湖南日报11月8日讯（记者 石青禾）记者今天从省粮食局获悉，全省晚稻收购已全面展开，"
            "各类粮食企业累计收购晚稻45亿斤，收购进度快于上年同期。",
            "为方便农民售粮，各地粮食部门延长收购时间、增设收购网点，推行预约收购、"
            "上门收购等服务，帮助农民减少产后损失、卖出好价钱。",
        ],
        17,
    )
    notice = set_in_column(
        [
            "据省气象台预报，受强冷空气影响，未来三天我省将出现大风降温天气，"
            "过程降温幅度8℃至10℃，高山地区可能出现霜冻。",
            "气象部门建议：设施农业要加固大棚、做好防寒；已收获的晚稻要及时晒干入仓；"
            "市民要及时添衣保暖。",
        ],
        17,
    )
    page = parse(
        column_page(
            "晚稻收购开秤 收购价格总体平稳",
            report,
            "寒潮来袭　注意防寒保暖",
            "寒潮来袭　注意防寒保暖",
            notice,
        )
    )
    rice, cold = stories(page)
    assert rice.subheads == ()
    assert "".join(rice.paragraphs).endswith("卖出好价钱。")
    assert squash(cold.kicker + cold.title) == "寒潮来袭注意防寒保暖"


def test_the_rest_of_a_cut_sentence_opening_on_its_last_word_and_stop_goes_back_to_it():
    # (…并恢复土地 / the next report's stack and text / 原状。…: a word joins
    # the two halves, but no paragraph opens on a sentence's last word)
    cut = set_in_column(
        [
            "湖南日报3月14日讯（记者 石青禾）今天，省高级人民法院发布涉农纠纷典型案例。",
            "在一起土地流转合同纠纷中，某公司从村民手中流转土地300余亩种植苗木，但连续两年拖欠"
            "流转费用。法院判决解除合同，公司须支付拖欠费用并恢复土地",
        ],
        17,
    )
    rest = set_in_column(
        ["原状。承办法官介绍，农户签订合同时应注意约定违约责任，发生纠纷及时寻求法律帮助。"], 17
    )
    page = parse(
        column_page(
            "省高院发布涉农纠纷典型案例",
            cut,
            "张家界机场今年将新开8条航线",
            OTHER_REPORT,
            rest,
        )
    )
    court, airport = stories(page)
    assert "".join(court.paragraphs).endswith("发生纠纷及时寻求法律帮助。")
    assert "原状" not in "".join(airport.paragraphs)
    assert airport.title == "张家界机场今年将新开8条航线"


# A report's dated text, its stack printed where the columns broke, the rest of it.
GRAIN_DATED = (
    "湖南日报6月2日讯（全媒体记者 龙溪云）记者\n今天从省粮食和物资储备局获悉，今年夏\n"
    "粮收购已在常德、益阳等地启动，首批\n收购小麦和早籼稻 12 万吨。",
    "粮食部门在各收购点设立了便民服务\n窗口，农民售粮可当场结算，售粮款直\n接打入农户银行卡。",
)
GRAIN_REST = (
    "在汉寿县一家粮库，前来售粮的农用\n车排起长队。粮库负责人说，今年收购\n的粮食九成达到三等以上。",
    "省粮食和物资储备局要求，各地粮库\n要严格执行收购政策，不得压级压价，\n让农民售粮卖得好。",
)


def test_a_box_label_after_the_text_under_a_reports_own_headline_heads_nothing():
    # The reader gave the headless text under the stack the label printed
    # after it; the text goes on the report, the label is page furniture.
    lines = [
        Line(n, raw, 1, False)
        for n, raw in enumerate(("甲", "全省夏粮收购全面启动", "乙", "民生速递"), 1)
    ]
    report = Draft(ArticleKind.NEWS, [[lines[1]]], dateline="湖南日报6月2日讯", lines={1, 2})
    report.paras = [Para("记者今天从省粮食和物资储备局获悉，今年夏粮收购已启动。", [1])]
    rest = Draft(column="民生速递", lines={3, 4}, starts_with=Opener.BODY)
    rest.paras = [Para("在汉寿县一家粮库，前来售粮的农用车排起长队，夏粮收购有序。", [3])]
    furniture = _rejoin_under_own_headline([report, rest], [Zone([lines[1]], 0, 1)], lines)
    assert furniture == ["民生速递"] and len(report.paras) == 2 and not rest.paras
    # A label printed over the text is its column: that text is a piece of its own.
    report.paras, rest.paras = report.paras[:1], [Para("在汉寿县一家粮库，夏粮收购有序。", [4])]
    rest.lines, rest.column = {3, 4}, "民生速递"
    lines[2], lines[3] = Line(3, "民生速递", 1, False), Line(4, "乙", 1, False)
    assert _rejoin_under_own_headline([report, rest], [Zone([lines[1]], 0, 1)], lines) == []
    assert len(report.paras) == 1 and rest.paras


def test_a_reports_text_turning_back_to_the_report_before_it_goes_back():
    # Two dated reports set in turns round one's stack: the first report,
    # the second's dated start, its stack, its rest, then the first's rest.
    page = parse(
        column_page(
            "早稻机收进度过半",
            "湖南日报7月18日讯（全媒体记者 韦青禾）记\n者今天从省农业农村厅获悉，全省早稻\n"
            "机收进度已过半，收割机下田作业一\n万多台，早稻机收率九成。",
            *GRAIN_DATED,
            "全省夏粮收购全面启动 首批收购十二万吨",
            *GRAIN_REST,
            "各地农机部门组织收割机跨区机收，\n收割机在稻田来回穿梭，一台收割机\n一天能机收早稻百多亩。",
            "省农业农村厅提醒，各地要抢晴天机\n收早稻，及时烘干晾晒早稻，同时抓\n紧栽插晚稻。",
        )
    )
    harvest, grain = stories(page)
    assert harvest.title == "早稻机收进度过半" and len(harvest.paragraphs) == 3
    assert squash(grain.kicker + grain.title) == "全省夏粮收购全面启动首批收购十二万吨"
    assert len(grain.paragraphs) == 4


def test_sections_under_a_crosshead_after_a_short_report_go_back_to_the_feature():
    page = parse(
        column_page(
            "一台旧手机的“重生”",
            "湖南日报全媒体记者 柳青岩",
            "在长沙一家电子产品回收企业，一台\n台旧手机被检测、拆解、分类，能用\n的零件重新组装。",
            "企业负责人说，去年企业回收旧手机\n六十多万台，今年前三季度就已超过\n去年全年。",
            "回收门路越来越多",
            "过去，不少市民的旧手机只能放在抽\n屉里。如今，社区回收箱、上门回收\n越来越多了。",
            "全省社区养老服务中心达到八百家",
            "湖南日报9月9日讯（全媒体记者 戴秋田）记\n者今天从省民政厅获悉，全省已建成社\n"
            "区养老服务中心八百家，为老人提供助\n餐、助浴等服务。",
            "社区养老服务中心大多由专业机构运\n营，老人在中心吃一顿午饭只需八元，\n行动不便的还可以送餐上门。",
            "省民政厅负责人说，年内将推动社区\n养老服务中心向乡镇延伸。",
            "拆解提炼“变废为宝”",
            "一吨旧手机的电路板可以提炼出数百\n克黄金，回收企业的拆解线上，旧手\n机被拆开分别处理。",
            "回收先过数据安全关",
            "企业负责人说，旧手机回收还要过好\n数据安全关，每台旧手机拆解前都要\n清除数据。",
        )
    )
    phone, care = stories(page)
    assert phone.title == "一台旧手机的“重生”"
    assert "拆解提炼“变废为宝”" in phone.paragraphs
    assert care.paragraphs[-1].startswith("省民政厅负责人说")


def test_a_poem_in_slashed_stanzas_under_two_labels_keeps_its_lines_and_its_own_label():
    # One paragraph a line: an essay, its label printed after it, the poem's
    # own two-character label, the poem's stanzas run onto lines with slashes,
    # then the next essay under the first essay's label, printed again.
    page = parse(
        "\n\n".join(
            (
                "山里的油茶花",
                "文丨林晚照",
                "立冬前后，油茶花开满了山坡，白色的花瓣衬着深绿的叶子，远远望去像落了一层薄雪。",
                "小时候，我们常在油茶林里吸花蜜，一根稻草管插进花心，甜丝丝的味道能记一整年。",
                "霜降以后摘油茶果，大人们背着竹篓上山，孩子们跟在后面捡落在草丛里的果子，一捡就是一整天。",
                "如今村里的油茶林连成了片，榨油坊也换了新机器，可我总记得老油坊里那股热乎乎的香气。",
                "炉边闲话",
                "诗苑",
                "山村组诗（三首）",
                "文丨石听泉",
                "晒秋",
                "辣椒红了/玉米黄了/屋顶上/晒满了一年的日子",
                "风雨桥",
                "桥上有风/桥下有水/过桥的人/把脚步放得很轻",
                "老井",
                "井水清了又清/照过三代人的脸/如今/只照见天上的云",
                "炉边闲话",
                "外公的竹篮",
                "文丨何远舟",
                "外公会编竹篮，他编的竹篮结实耐用，村里人家家都有一两个，用上十年也不坏。",
                "外公去世后，那只最小的竹篮一直挂在母亲的厨房里，装着她晒好的干辣椒。",
                "编竹篮要先破竹，再把竹子劈成薄薄的篾片，外公的手上全是老茧，篾片在他手里像听话的孩子。",
                "前些年回乡，我在集市上看见有人卖塑料篮子，颜色鲜亮，却总觉得少了竹子的那股清香。",
            )
        )
        + "\n"
    )
    oil, poem, basket = stories(page)
    assert (oil.column, oil.title) == ("炉边闲话", "山里的油茶花")
    assert (poem.column, poem.title) == ("诗苑", "山村组诗（三首）")
    assert len(poem.paragraphs) == 6 and poem.paragraphs[0] == "晒秋"
    assert (basket.column, basket.title) == ("炉边闲话", "外公的竹篮")


def test_two_headline_lines_bunched_over_a_paragraph_are_no_paragraph_of_the_story_above():
    # Two headlines printed together at an indent's width under a photo, over
    # the text of the first (signed at its end) and the dated report of the second.
    page = parse(
        column_page(
            "湘江航道疏浚工程完工",
            "湖南日报5月6日讯（全媒体记者 冯远帆）记者今",
            "天从省交通运输厅获悉，湘江长沙至城",
            "陵矶段航道疏浚工程全部完工，千吨级",
            "船舶可全天候通航。",
            "5月5日，岳阳城陵矶港，集装箱货轮依次靠泊装卸。",
            "                  湖南日报全媒体记者 米思远 摄",
            "岳阳港集装箱吞吐量持续稳步攀升",
            "全省农村公路安全防护提质增效",
            "从岳阳城陵矶港区的集装箱码头获",
            "悉，今年以来岳阳港集装箱吞吐量持续",
            "攀升，外贸航线新增四条，港口码头的",
            "装卸作业一派繁忙，货主企业的订舱需",
            "求也比往年多了不少。",
            "湖南日报·新湖南客户端记者 文一鸣 报道",
            "湖南日报5月6日讯（全媒体记者 易秋明）记者今",
            "天从省交通运输厅获悉，全省计划年内完",
            "成农村公路安全防护提质工程五千公里，",
            "重点整治临水临崖路段。",
        )
    )
    channel, port, roads = stories(page)
    assert len(page.articles) == 4
    assert channel.paragraphs[-1].endswith("全天候通航。")
    assert port.title == "岳阳港集装箱吞吐量持续稳步攀升" and "文一鸣" in port.byline
    assert roads.title == "全省农村公路安全防护提质增效" and roads.dateline


LEADER_FIRST = (
    "立秋一过，湘中丘陵的晚稻田里一片青绿，不少村子的稻田边上，新修的机耕道通到了"
    "田头，收割机能开进最远的那块田。过去一亩田收割要请人挑担，如今机器下田，一个上午"
    "就能收完，种粮户算下来每亩能省一百多元，种粮的账就好算了。"
)
NARROW_COMMENT = (
    "晚上八点以后到城里的老小区走一走，人行道上、消防通道里停满了车，停车难成了"
    "不少居民的心病，与其年年喊难，不如在边角地上想办法。"
)
LEADER_REST = (
    "把机耕道修好，还要把它管好用好，有的地方修路时热热闹闹，修完以后无人养护，"
    "一场大雨就冲得坑坑洼洼，收割机又开不进田了，养护的钱从哪里来、谁来管，要有"
    "章法，田间的路连着种粮人的心，路管好了，种粮的信心也就足了。"
)


def test_a_leaders_text_set_round_a_narrower_commentary_under_a_headline_after_it_is_one():
    # Headlines printed after their text: the leader's first part (no
    # headline of its own), a narrow commentary, the leader's rest with its
    # headline after it. The first part goes before the rest.
    parts = [wrap(LEADER_FIRST, 20), wrap(NARROW_COMMENT, 12), wrap(LEADER_REST, 20)]
    texts = [line for part in parts for line in part] + ["机耕道修到田头 种粮账就好算"]
    lines = [Line(n, raw, 1, False) for n, raw in enumerate(texts, 1)]
    drafts, start = [], 0
    for part, opener in zip(parts, (Opener.BODY, Opener.BYLINE, Opener.BODY), strict=True):
        nos = list(range(start + 1, start + len(part) + 1))
        drafts.append(Draft(lines=set(nos), starts_with=opener, paras=[Para("".join(part), nos)]))
        start += len(part)
    first, comment, rest = drafts
    comment.byline, comment.heads = "柳叶青", [[Line(99, "停车难，先向边角地要车位", 1, False)]]
    rest.heads = [[lines[-1]]]
    rest.lines.add(lines[-1].no)
    _rejoin_round_a_piece(drafts, lines)
    assert not first.paras and [p.text[:4] for p in rest.paras] == ["立秋一过", "把机耕道"]
    assert min(rest.lines) == 1 and comment.paras


def test_an_essays_stack_and_writer_printed_into_its_sentence_head_the_whole_essay():
    # Column lines: an essay's first paragraphs, a sentence cut, its label,
    # title and writer printed there, then the sentence going on.
    page = parse(
        column_page(
            "谷雨前后，正是采茶的好时节。朋友\n约我去安化的茶山走走，说是新茶\n最鲜，错过了就要再等一年。",
            "茶场的老场长告诉我，这片茶园以\n前是村里的荒山，十几年前才开始\n种茶。",
            "如今，茶园面积发展到三千多亩，带动周",
            "节令风物",
            "春山采茶",
            "文丨舒晚禾",
            "边四个村的村民种茶、采茶、卖茶，不少在\n外打工的年轻人也回来了。",
            "下山的时候，又下起了小雨。回头望\n去，茶山隐在烟雨里，采茶人若隐\n若现。",
        )
    )
    (essay,) = stories(page)
    assert (essay.title, essay.byline) == ("春山采茶", "文丨舒晚禾")
    assert essay.paragraphs[0].startswith("谷雨前后")
    assert any("带动周边四个村" in p for p in essay.paragraphs)


def test_a_series_name_over_an_undated_pieces_kicker_and_title_is_its_column():
    # The series' words are the story's too: only its place over a kicker
    # and a title says it is no part of the headline.
    body = (
        "城市更新，更新的不只是房子。走进\n衡东县的一个老旧小区，楼道里的杂\n物清走了，墙上贴着居民定下的公约。",
        "“以前有事找不到人，现在楼栋长一\n个电话就来了。”住了三十年的老住\n户说，这样的城市更新暖人心。",
    )
    page = parse(
        column_page(
            "城市更新新观察",
            "老小区里的“楼栋长”",
            "有事找得到人 小事不出楼",
            "湖南日报全媒体记者 宁远舟",
            *body,
        )
    )
    (piece,) = stories(page)
    assert (piece.column, piece.kicker, piece.title) == (
        "城市更新新观察",
        "老小区里的“楼栋长”",
        "有事找得到人 小事不出楼",
    )


def test_what_a_place_did_over_a_kicker_and_title_stays_in_the_headline():
    page = parse(
        column_page(
            "桂东县深耕生态旅游",
            "山里人吃上“旅游饭”",
            "一条山路串起十个民宿村",
            "湖南日报全媒体记者 宁远舟",
            "清晨，桂东县的山路上已经有了自驾\n的游客。这几年，桂东县深耕生态旅\n游，沿路的民宿一家挨着一家。",
        )
    )
    (piece,) = stories(page)
    assert not piece.column and squash(piece.kicker + piece.title + piece.subtitle) == squash(
        "桂东县深耕生态旅游山里人吃上“旅游饭”一条山路串起十个民宿村"
    )


def test_the_body_that_supplied_a_sponsors_page_story_signs_it():
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline("（衡阳市水利局 供稿）") and is_byline("(衡阳市水利局供稿)")
    assert not is_byline("衡阳市水利局")
    page = parse(
        column_page(
            "衡阳完成小型水库除险加固",
            "（衡阳市水利局 供稿）",
            "今年以来，衡阳市完成小型水库除险\n加固工程86座，新增蓄水能力1200\n万立方米。",
            "衡阳推进农村供水提质",
            "（衡阳市农业农村局 供稿）",
            "入冬以来，衡阳市在全市推进农村供\n水提质工程，新建改造供水管网300\n余公里。",
        )
    )
    reservoirs, water = stories(page)
    assert (reservoirs.title, reservoirs.byline) == (
        "衡阳完成小型水库除险加固",
        "（衡阳市水利局 供稿）",
    )
    assert (water.title, water.byline) == ("衡阳推进农村供水提质", "（衡阳市农业农村局 供稿）")


def test_a_name_under_a_column_label_under_a_title_signs_that_commentary():
    page = parse(
        column_page(
            "临近年关，礼品市场的过度包装问\n题又冒了出来。一盒茶叶套了三层\n盒子，拆开一看，茶叶只有一小袋。",
            "治理过度包装，要让标准长出牙齿。\n对包装层数、空隙率超标的商品，\n该下架的下架，该处罚的处罚。",
            "别让礼盒比茶叶还贵",
            "快评",
            "龙飞",
            "读者来信",
            "小区门口的公交站该挪一挪",
            "编辑同志：我住在株洲市荷塘区一\n个新建小区，小区门口的公交站离\n路口太近，车一停就堵住转弯车道。",
        )
    )
    comment = page.articles[0]
    assert (comment.column, comment.title, comment.byline) == ("快评", "别让礼盒比茶叶还贵", "龙飞")


def test_a_second_writers_name_set_tight_under_the_first_signs_with_it():
    # (each column_page block is set apart by a blank line: the two names
    # are joined here by hand, printed tight as the page prints them)
    text = (
        column_page("湘江观点", "以法治思维推进乡村治理")
        + "\n龙雨晴\n谭越\n\n"
        + column_page(
            "乡村是治理的基础单元。推进乡村\n治理，要把法治思维贯穿始终，让\n群众办事依法、遇事找法。",
            "把矛盾化解在基层，靠的是规则，\n不是人情。规则立得住，治理才有\n章法。",
        )
    )
    (piece,) = stories(parse(text))
    assert (piece.title, piece.byline) == ("以法治思维推进乡村治理", "龙雨晴 谭越")


PEN_SIGNED = (
    "入冬以来，不少小区的电动车充电桩\n排起了长队，有的居民只好把电瓶拎\n回家里充电，埋下了火灾隐患。",
    "充电难，难在规划跟不上需求。新建\n小区要按比例配足充电设施，老小区\n也要想办法挤出空间。",
)


def test_a_pen_name_under_a_labelled_commentarys_last_sentence_signs_it():
    from hnreader.corpus.segment.patterns import is_name_line

    assert not is_name_line("湘远")  # no surname of the names list: a pen name
    at_the_end = parse(column_page("湘江快评", "充电桩别成“排队桩”", *PEN_SIGNED, "湘远"))
    (comment,) = stories(at_the_end)
    assert (comment.column, comment.title, comment.byline) == (
        "湘江快评",
        "充电桩别成“排队桩”",
        "湘远",
    )
    assert "湘远" not in at_the_end.extras
    # A report under it opens on its reporters: the pen name is no label of
    # the report's, which are printed over a headline.
    over_a_report = parse(
        column_page(
            "湘江快评",
            "充电桩别成“排队桩”",
            *PEN_SIGNED,
            "湘远",
            "湖南日报记者 龙安澜",
            "通讯员 向小满",
            "篮球赛打出“好人气”",
            "周末，石门县一个村的篮球场坐满了观众，十\n支村队在这里打了三天比赛，场边的土特产摊\n也卖得红火。村支书说，球赛把在外打工的年\n轻人都喊回来了。",
            "球场是去年村里用集体经济收入修的，\n灯光、看台一应俱全。如今每到周末，\n附近几个村的村民都来这里打球、看球，\n小小的篮球场成了村里最热闹的地方。",
        )
    )
    comment, report = stories(over_a_report)
    assert (comment.column, comment.byline) == ("湘江快评", "湘远")
    assert (report.column, report.title) == ("", "篮球赛打出“好人气”")
    assert report.byline == "湖南日报记者 龙安澜 通讯员 向小满"


SHOPPING = (
    "新规实施一年多，网购商品“七日无理\n由退货”已深入人心。但不少消费者\n反映，退货时仍遇到各种刁难。",
    "法律的生命在于实施。平台要担起责\n任，畅通投诉渠道，对拒不退货的商\n家依法处理。",
)
LEDGER = (
    "近日，醴陵市一些村在公开栏上“晒”\n出了上半年的收支账本，大到修路\n的工程款，小到村部的电费，一笔\n一笔列得清清楚楚。",
    "把账本晒在阳光下，群众的疑虑就少\n了。希望“晒账本”成为常态，让账本\n经得起群众查看。",
)
LETTER = (
    "编辑同志：我家住株洲市芦淞区一\n个老小区，小区门口每晚都有烧烤摊\n摆到凌晨，油烟熏得居民不敢开窗。",
    "希望有关部门管一管，还居民一个清\n静的夜晚。",
)


def test_a_stack_printed_under_its_text_heads_that_text_not_the_letter_under_it():
    page = parse(
        column_page(
            "湘水时论",
            "网购退货不能“难上加难”",
            "龙 平",
            *SHOPPING,
            *LEDGER,
            "村务“晒账本”晒出了信任",
            "一家之言",
            "田 野",
            "读者来信",
            "小区门口的烧烤摊该管管了",
            *LETTER,
            "株洲市芦淞区读者 王建新",
        )
    )
    shopping, ledger, letter = stories(page)
    assert (shopping.title, shopping.byline, len(shopping.paragraphs)) == (
        "网购退货不能“难上加难”",
        "龙平",
        2,
    )
    assert (ledger.column, ledger.title, ledger.byline) == (
        "一家之言",
        "村务“晒账本”晒出了信任",
        "田野",
    )
    assert ledger.paragraphs[0].startswith("近日，醴陵市") and len(ledger.paragraphs) == 2
    # (the line between the letters' label and the salutation is the
    # letter's title, though as wide as the column's lines)
    assert (letter.column, letter.title) == ("读者来信", "小区门口的烧烤摊该管管了")
    assert letter.paragraphs[0].startswith("编辑同志：")


def test_stacks_bunched_over_a_photo_closing_the_page_are_dealt_to_their_stories():
    from hnreader.corpus.segment.bunches import deal_foot_bunch

    leads = (
        "记者今天从省交通运输厅获悉，今年我省将新开工高速公路6条，年内通车里程将突破7500公里。",
        "国家统计局湖南调查总队今天发布，2月份全省居民消费价格同比上涨1.4%。",
        "长沙海关今天发布，一至二月湖南货物贸易额达612亿元，比上年同期多5.3%。",
    )
    heads = (
        "今年新开工高速公路6条",
        "2月份全省居民消费价格上涨1.4%",
        "开年两月湖南货物贸易额多5.3%",
    )
    lines = [Line(no, text, 1, False) for no, text in enumerate(leads + heads, start=1)]
    lines += [
        Line(7, "3月8日，株洲市一处工地，工人在绑扎钢筋。", 1, False),
        Line(8, "记者 谢远 摄", 1, False),
    ]
    stories = [
        Draft(kind=ArticleKind.NEWS, paras=[Para(lead, [no])], lines={no})
        for no, lead in enumerate(leads, start=1)
    ]
    # (read in print order, the bunch's lines became a story of short paragraphs)
    bunch = Draft(paras=[Para(h, [no]) for no, h in enumerate(heads, start=4)], lines={4, 5, 6})
    photo = Draft(kind=ArticleKind.PHOTO, paras=[Para(lines[6].raw, [7])], lines={7, 8})
    drafts = [*stories, bunch, photo]
    deal_foot_bunch(drafts, lines, lambda text: "，" not in text and "。" not in text)
    assert [[line.raw for unit in d.heads for line in unit] for d in stories] == [
        [h] for h in heads
    ]
    assert not bunch.lines and photo.lines == {7, 8}


def test_a_pen_name_under_a_commentarys_last_paragraph_on_a_paragraph_page_signs_it():
    comment = (
        "湘江快评\n\n充电桩别成“排队桩”\n\n"
        "入冬以来，不少小区的电动车充电桩排起了长队，有的居民只好把电瓶拎回家里充电。\n\n"
        "充电难，难在规划跟不上需求。新建小区要按比例配足充电设施，老小区也要挤出空间。\n\n"
    )
    report = (
        "村里的篮球赛火了\n\n"
        "湖南日报3月5日讯（记者 向远 通讯员 覃小刚）周末，石门县一个村的篮球场坐满了观众，"
        "十支村队在这里打了三天比赛。\n\n"
        "球场是去年村里用集体经济收入修的，如今成了村里最热闹的地方。\n\n"
    )
    # Over a report, the pen name is no kicker of its; closing the page, it
    # is no last paragraph of the commentary.
    for text in (comment + "湘远\n\n" + report, report + comment + "湘远\n"):
        page = parse(text)
        signed = next(a for a in page.articles if a.column == "湘江快评")
        dated = next(a for a in page.articles if a.dateline)
        assert (signed.title, signed.byline) == ("充电桩别成“排队桩”", "湘远")
        assert signed.paragraphs[-1].endswith("挤出空间。")
        assert (dated.kicker, dated.title) == ("", "村里的篮球赛火了")


def test_a_poem_signed_at_its_foot_keeps_its_last_line_and_its_title_under_its_label():
    verse = (
        "竹篙点开晨雾的时候",
        "渡船也醒了",
        "老艄公把一壶茶",
        "放在船头",
        "过河的人说着赶集的事",
        "河水只是听着",
        "把每一句话",
        "都带到了下游",
    )
    page = parse(
        column_page(
            "听涛",
            "清晨的渡口",
            *verse,
            "舒望川",
            "老街上的裁缝铺",
            "文丨龙小满",
            "小城的老街上，有一家开了三十多年的\n裁缝铺。铺子只有一间门面，一台老式缝\n纫机，一面斑驳的镜子。",
        )
    )
    poem = next(a for a in page.articles if a.byline == "舒望川")
    assert (poem.column, poem.title) == ("听涛", "清晨的渡口")
    assert poem.paragraphs == verse


def test_poems_signed_by_bare_names_at_their_feet_after_an_essay_are_each_a_piece():
    # A 副刊 column: an essay, then two short poems, each a title, its verse
    # and the poet's bare name under the verse, then the next essay's stack.
    essay = [
        "村口那棵老樟树，据说有三百多年了。小时候，我们一群孩子常在树下跳房子、捉迷藏，玩累了就靠着树干坐下，听老人讲古。",
        "如今孩子们都进了城，树下的石凳空了许多。可每年清明回乡，我总要去树下坐一坐，摸一摸那粗糙的树皮，心里才踏实。",
    ]
    first = (
        "山路弯弯",
        "背篓里装着半座山的雨",
        "外婆走在前面",
        "把一条小路",
        "走成了一根长长的线",
        "线的那头",
        "是我回不去的童年",
    )
    second = (
        "炉边的冬夜",
        "炉火映红了半面墙",
        "父亲在灯下补网",
        "窗外的雪",
        "一片接着一片",
        "落进了我的梦里",
    )
    page = parse(
        column_page(
            "老樟树下",
            "文丨蒋月明",
            *(line for para in essay for line in wrap(para, 14)),
            first[0],
            *first[1:],
            "向南山",
            second[0],
            *second[1:],
            "龙溪",
            "城南旧事",
            "文丨唐芷若",
            *wrap(
                "搬进城南那年，我才七岁。那是一条窄窄的巷子，两边都是青砖老屋，门口摆着竹椅和花盆，一到傍晚，家家户户都端着饭碗坐在门口，边吃边聊。",
                14,
            ),
        )
    )
    by_byline = {a.byline: a for a in page.articles}
    assert (by_byline["向南山"].title, by_byline["向南山"].paragraphs) == (first[0], first[1:])
    assert (by_byline["龙溪"].title, by_byline["龙溪"].paragraphs) == (second[0], second[1:])
    assert list(by_byline["文丨蒋月明"].paragraphs) == essay
    assert by_byline["文丨唐芷若"].title == "城南旧事"


#: Three briefs, each a title and its paragraph, as a 简讯 column prints them.
BRIEFS = (
    (
        "农机手培训开班",
        "近日，衡阳县举办农机手技能培训班，120名种粮大户和农机合作社成员参加，培训为期五天。",
    ),
    (
        "乡村图书馆上新",
        "邵东市今年为乡镇图书馆新添图书三万余册，并开通了手机借阅服务，群众借书更加方便。",
    ),
    (
        "冬季送温暖启动",
        "常德市民政部门日前启动冬季送温暖活动，为全市困难群众送去棉被、米面油等生活物资。",
    ),
)


def test_undated_briefs_under_their_label_are_each_a_piece_titled_by_its_own_line():
    report = (
        "湖南日报12月3日讯（全媒体记者 周若溪）今天，全省冬春农田水利建设现场会在益阳召开。"
        "会议要求，各地要抓住冬季农闲时节，加快推进高标准农田建设和小型水利设施修复。"
    )
    page = parse(
        column_page(
            "全省冬春农田水利建设全面铺开",
            *wrap(report, 15),
            "简讯",
            *(line for title, text in BRIEFS for line in (title, *wrap(text, 15))),
        )
    )
    found = {a.title: a for a in page.articles}
    for title, text in BRIEFS:
        assert found[title].column == "简讯", found[title]
        assert list(found[title].paragraphs) == [text]


def test_briefs_read_as_one_pieces_sections_are_parted_at_their_titles():
    # One paragraph a line: the briefs' titles come out as crossheads of the
    # first brief, as a feature's sections would.
    page = parse(
        "\n\n".join(
            [
                "全省冬春农田水利建设全面铺开",
                "湖南日报12月3日讯（全媒体记者 周若溪）今天，全省冬春农田水利建设现场会在益阳召开。",
                "会议要求，各地要抓住冬季农闲时节，加快推进高标准农田建设和小型水利设施修复。",
                "简讯",
                *(line for brief in BRIEFS for line in brief),
            ]
        )
        + "\n"
    )
    found = {a.title: a for a in page.articles}
    for title, text in BRIEFS:
        assert (found[title].column, list(found[title].paragraphs)) == ("简讯", [text])


def test_a_briefs_columns_crossheads_part_it_into_briefs_each_under_the_label():
    from hnreader.corpus.segment.regroup import regroup

    texts = [
        "农机手培训开班",
        "近日，衡阳县举办农机手技能培训班。",
        "乡村图书馆上新",
        "邵东市为乡镇图书馆新添图书三万余册。",
    ]
    lines = [Line(no, text, 1, False) for no, text in enumerate(texts, 1)]
    paras = [
        Para(texts[1], [2]),
        Para(texts[2], [3], subhead=True),
        Para(texts[3], [4]),
    ]
    draft = Draft(heads=[[lines[0]]], column="简讯", paras=paras, lines={1, 2, 3, 4})
    first, second = regroup([draft], lines)
    assert ([li.raw for li in first.heads[0]], [p.text for p in first.paras]) == (
        ["农机手培训开班"],
        [texts[1]],
    )
    assert (second.column, [li.raw for li in second.heads[0]]) == ("简讯", ["乡村图书馆上新"])
    assert [p.text for p in second.paras] == [texts[3]]
    # A dated report's sections stay its own.
    dated = Draft(
        heads=[[lines[0]]], column="简讯", dateline="湖南日报12月3日讯", paras=list(paras)
    )
    dated.lines = {1, 2, 3, 4}
    assert len(regroup([dated], lines)) == 1


def test_a_title_under_a_features_reporters_line_with_its_last_word_alone_is_its_title():
    text = (
        "清晨的浏阳大围山，雾气还没有散尽。护林员李长青背着水壶，沿着山道往上走，"
        "他要去看看那棵三百多岁的红豆杉。",
        "这棵古树长在半山腰的一处石坎上，树干要三个人才能合抱。李长青说，他爷爷那一辈就守着这棵树。",
        "如今，古树旁立起了保护牌，装上了监测设备，每年都有不少游客专程来看它。",
    )
    page = parse(
        column_page(
            "湖南日报全媒体记者 彭思远",
            "在大围山下，听一棵古树讲述",
            "往事",
            *(line for para in text for line in wrap(para, 15)),
        )
    )
    (feature,) = page.articles
    assert (feature.title, feature.byline) == (
        "在大围山下，听一棵古树讲述往事",
        "湖南日报全媒体记者 彭思远",
    )
    assert list(feature.paragraphs) == list(text)


# --- notices, compilers and a brief's source ------------------------------------------

ROAD_NOTE = (
    "乡间公路修好了，养护却常常跟不上。有的路段坑洼不平，有的边沟堵塞无人清理，"
    "群众出行又遇上了新难题。建好是基础，管好才是长久之计。",
    "把养护责任落实到县、乡、村三级，让每一段路都有人管、有钱管，乡村公路才能真正畅通。",
)
CALL_FOR_LETTERS = (
    "本版即日起开设“身边的变化”栏目，欢迎读者来信讲述家乡道路、学校、医院的新变化，"
    "字数在八百字以内，来稿请注明真实姓名和联系电话。",
)


def test_a_notices_title_under_a_commentarys_text_heads_the_notice_not_a_column():
    page = parse(
        column_page(
            "乡村公路要建好更要管好",
            "石岩松",
            *(line for para in ROAD_NOTE for line in wrap(para, 16)),
            "征稿启事",
            *(line for para in CALL_FOR_LETTERS for line in wrap(para, 16)),
            # (an address cut at its @ leaves its tail alone on a line)
            "投稿邮箱：bianyi@",
            "example.cn",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert "example.cn" not in by_title
    assert by_title["征稿启事"].paragraphs[0] == CALL_FOR_LETTERS[0]
    assert (
        by_title["乡村公路要建好更要管好"].column,
        by_title["乡村公路要建好更要管好"].byline,
    ) == (
        "",
        "石岩松",
    )
    assert list(by_title["乡村公路要建好更要管好"].paragraphs) == list(ROAD_NOTE)


def test_a_notices_title_under_a_headline_printed_after_its_text_is_no_line_of_it():
    report = (
        "湖南日报5月6日讯（记者 何晓岚）今天，省农业农村厅通报一季度农资质量抽检情况，"
        "全省共抽检化肥、农药、种子样品一千二百余批次。",
        "通报显示，抽检合格率为百分之九十六点八，比去年同期又有提高。",
    )
    notice = ("本报今年下半年订阅工作正在进行中，全省各地邮政网点均可办理，欢迎广大读者订阅。",)
    page = parse(
        column_page(
            *(line for para in report for line in wrap(para, 16)),
            "一季度农资抽检结果通报",
            "抽检合格率同比提高",
            "启事",
            *(line for para in notice for line in wrap(para, 16)),
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert list(by_title["启事"].paragraphs) == list(notice)
    (dated,) = [a for a in page.articles if a.dateline]
    assert "启事" not in dated.kicker + dated.title + dated.subtitle
    assert list(dated.paragraphs)[-1] == report[-1]


def test_a_digest_signed_by_the_page_that_compiled_it_has_that_byline():
    views = (
        "省社科院研究员陈立夫认为，发展县域经济，关键在于培育一批有竞争力的特色产业。",
        "湖南师范大学教授吴晓晴认为，县城要在补齐公共服务短板上下功夫，让人口留得住。",
    )
    page = parse(
        column_page(
            "学者观点",
            "县域经济要在特色上做文章",
            "本版辑",
            *(line for para in views for line in wrap(para, 16)),
        )
    )
    (digest,) = page.articles
    assert (digest.column, digest.title, digest.byline) == (
        "学者观点",
        "县域经济要在特色上做文章",
        "本版辑",
    )


def test_a_briefs_source_in_brackets_on_its_own_line_closes_the_brief_above():
    first = "本报5月6日讯 省图书馆流动服务车近日开进山区乡镇，为村民送去农业技术图书两千余册。"
    second = "本报5月6日讯 浏阳市首个油茶林下经济示范基地近日建成，带动周边农户两百余户增收。"
    page = parse(
        column_page(
            "简讯",
            "流动图书馆进山乡",
            *wrap(first, 16),
            "（记者 唐雨桐）",
            "浏阳油茶林下经济示范基地建成",
            *wrap(second, 16),
            "（记者 钟雪岩）",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"流动图书馆进山乡", "浏阳油茶林下经济示范基地建成"}
    # (the page's brackets may be read in either width)
    assert squash(by_title["流动图书馆进山乡"].byline).strip("()（）") == "记者唐雨桐"
    assert squash(by_title["浏阳油茶林下经济示范基地建成"].byline).strip("()（）") == "记者钟雪岩"


def test_a_hotline_and_its_number_alone_at_the_top_of_a_page_is_no_story():
    report = (
        "湖南日报5月6日讯（记者 何晓岚）今天，全省春季森林防火工作电视电话会议举行，"
        "会议要求各地严管野外用火，确保不发生重大森林火灾。",
    )
    page = parse(
        column_page(
            "新闻热线 0731-86661234",
            "全省部署春季森林防火工作",
            *(line for para in report for line in wrap(para, 16)),
        )
    )
    (story,) = page.articles
    assert story.title == "全省部署春季森林防火工作"
    assert any("0731" in extra for extra in page.extras)


def test_text_after_a_brief_closed_by_its_source_goes_to_the_story_whose_words_it_shares():
    # One paragraph a line: a feature, a report, a run of briefs each closed
    # by its source, then the feature's last paragraph, printed on under them.
    feature_last = "如今，老杨的合作社里有了三台收割机，村里的稻田再也没有撂荒过。"
    page = parse(
        "\n\n".join(
            [
                "种粮大户老杨的“新农具”",
                "湖南日报全媒体记者 谭思雨",
                "天刚亮，老杨就开着旋耕机下了田。这位种了三十年稻子的农民，如今种着八百亩稻田。",
                "益阳启动秋冬农田水利建设",
                "湖南日报10月9日讯（全媒体记者 范晓晨）今天，益阳市秋冬农田水利建设动员会举行，"
                "全市今冬将整修山塘一千二百口。",
                "据介绍，益阳市今年将新建高标准农田十五万亩，重点解决灌溉“最后一公里”问题。",
                "简讯",
                "衡山县举办农民丰收节",
                "湖南日报10月9日讯 8日，衡山县农民丰收节开幕，百余种农产品集中展销。（全媒体记者 宁远舟）",
                "汝城县新建冷链仓储中心",
                "湖南日报10月9日讯 汝城县冷链仓储中心近日投入使用，可储存果蔬三千吨。（全媒体记者 欧阳晴）",
                feature_last,
            ]
        )
        + "\n"
    )
    found = {a.title: a for a in page.articles}
    assert list(found["汝城县新建冷链仓储中心"].paragraphs) == [
        "汝城县冷链仓储中心近日投入使用，可储存果蔬三千吨。（全媒体记者欧阳晴）"
    ]
    assert list(found["种粮大户老杨的“新农具”"].paragraphs)[-1] == feature_last


def test_a_short_question_over_a_headline_on_a_paragraph_page_is_its_kicker():
    report = (
        "湖南日报3月2日讯（全媒体记者 柯雨桐）一边是城区公办幼儿园学位紧张，"
        "一边是部分民办幼儿园生源不足，株洲市日前出台办法，推动学位统筹调配。",
        "按照办法，株洲市将建立全市学位信息平台，家长可在线查询各园空余学位。",
    )
    page = parse(
        "\n\n".join(
            [
                "湖南日报3月2日讯（全媒体记者 宁晓川）今天，全省春季学期开学工作视频会举行。",
                "“入园难”变“招生难”？",
                "株洲统筹调配幼儿园学位",
                *report,
            ]
        )
        + "\n"
    )
    (story,) = [a for a in page.articles if "株洲" in a.title]
    assert (story.kicker, story.title) == ("“入园难”变“招生难”？", "株洲统筹调配幼儿园学位")


def test_a_short_title_drawn_twice_as_two_lines_is_read_once():
    page = parse(
        "\n\n".join(
            [
                "3月5日，岳阳市君山区一家社区书法班，老人们在练习写春联。"
                "  湖南日报全媒体记者 周梓涵 摄",
                "翰墨迎春",
                "翰墨迎春",
                "全省新建社区老年学堂三百所",
                "湖南日报3月5日讯（全媒体记者 龚雨晴）记者今天从省民政厅获悉，"
                "去年全省新建社区老年学堂三百所，开设书法、声乐等课程。",
            ]
        )
        + "\n"
    )
    report = next(a for a in page.articles if a.dateline)
    assert (report.kicker, report.title) == ("", "全省新建社区老年学堂三百所")
    assert "翰墨迎春" in page.duplicates


def test_a_title_under_an_untitled_photos_credit_over_a_whole_stack_is_the_photos():
    from hnreader.corpus.segment.paragraph_pages import _photo_title_over_labelled_stack

    caption = "4月2日，株洲市荷塘区一处社区公园，居民在湖畔打太极拳。"
    photo = Draft(kind=ArticleKind.PHOTO, byline="湖南日报全媒体记者 罗一鸣 摄", lines={5})
    photo.paras = [Para(caption, [5])]
    stack = ["湖畔晨练", "社区养老服务调查", "家门口的“老年食堂”开张了"]
    lines = [Line(no, text, 1, False) for no, text in zip((7, 9, 11), stack, strict=True)]
    story = Draft(heads=[[line] for line in lines], byline="湖南日报全媒体记者 易思琪")
    story.lines = {7, 9, 11, 13, 15}
    # (a column's name in the words of columns, under the photo, stays the story's)
    commentary = Draft(heads=[[Line(21, "潇湘时评", 1, False)], [lines[1]], [lines[2]]])
    commentary.byline, commentary.lines = "某某", {21, 23}
    other = Draft(kind=ArticleKind.PHOTO, byline="湖南日报全媒体记者 罗一鸣 摄", lines={19})
    _photo_title_over_labelled_stack([photo, story, other, commentary])
    assert [[li.raw for li in h] for h in photo.heads] == [["湖畔晨练"]]
    assert [[li.raw for li in h] for h in story.heads] == [stack[1:2], stack[2:3]]
    assert 7 not in story.lines
    assert len(commentary.heads) == 3 and not other.heads


def test_a_photo_reports_credit_after_its_caption_on_one_line_signs_the_photo():
    caption = "4月8日，醴陵市一家陶瓷企业的展厅里，外国客商在挑选釉下五彩瓷。"
    page = parse(
        "\n\n".join(
            [
                "醴陵陶瓷一季度外销走俏",
                "湖南日报4月8日讯（记者 石佳音）记者从醴陵市商务局获悉，"
                "一季度全市陶瓷出口额比上年多出两成，新开拓中东、非洲市场客户六十余家。",
                caption + "  湖南日报·新湖南客户端记者 贺雨辰 报道",
                "彩瓷俏海外",
                "浏阳花炮企业复工率超九成",
                "湖南日报4月8日讯（记者 欧阳晨）记者今天从浏阳市获悉，全市花炮生产企业复工率已超过九成。",
            ]
        )
        + "\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert (photo.title, photo.byline) == ("彩瓷俏海外", "湖南日报·新湖南客户端记者 贺雨辰 报道")
    assert list(photo.paragraphs) == [caption]
    reports = {a.title: a for a in page.articles if a.dateline}
    assert set(reports) == {"醴陵陶瓷一季度外销走俏", "浏阳花炮企业复工率超九成"}


def test_a_residents_signature_under_a_letter_closes_it_and_the_title_under_it_is_the_nexts():
    letter = (
        "编辑同志：我家门口的公交站台去年拆除后一直没有恢复，附近居民出行很不方便，"
        "希望相关单位尽快重建站台，方便群众候车。",
    )
    comment = (
        "公交站台虽小，连着群众的出行。城市更新中拆了的便民设施，要及时补上，"
        "别让群众的小事变成难事。",
    )
    page = parse(
        column_page(
            "读者来信",
            "公交站台何时能恢复",
            *(line for para in letter for line in wrap(para, 16)),
            "株洲市民 龙启明",
            "便民设施要拆得快更要补得上",
            "湖南日报全媒体评论员 欧阳峥",
            *(line for para in comment for line in wrap(para, 16)),
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert by_title["公交站台何时能恢复"].byline == "株洲市民 龙启明"
    piece = by_title["便民设施要拆得快更要补得上"]
    assert (piece.byline, list(piece.paragraphs)) == ("湖南日报全媒体评论员 欧阳峥", list(comment))


def test_a_code_to_load_the_papers_app_over_a_dateline_is_a_box_not_a_headline():
    page = parse(
        column_page(
            "全省春播进度过七成",
            "湖南日报客户端 新湖南 扫码下载",
            "湖南日报4月20日讯（全媒体记者 符晓川）记者从省农业农村厅",
            "获悉，全省春播已完成七成以上，早稻秧苗长势良好。",
        )
    )
    (story,) = page.articles
    assert story.title == "全省春播进度过七成"
    assert any("扫码下载" in extra for extra in page.extras)


def test_a_group_of_poems_signed_with_a_square_mark_is_read_as_verse():
    verse = [
        "山路",
        "雨后的山路",
        "把脚印存进泥里",
        "一只鸟从竹林飞出",
        "又落回竹林",
        "溪口",
        "溪水绕过石头",
        "像绕过一句旧话",
        "洗衣的人抬起头",
        "唱成慢慢的歌",
    ]
    # (the essay's second line ends a sentence at the column's edge, and the
    # line under it reads on from the poem's last, 歌 / 坛口: the essay's still)
    first = [
        "小时候，家门口有一棵老樟树，树干粗壮，",
        "枝叶茂密得像一把撑开的大伞，遮住半个院子。",
        "坛口盖着一只旧瓷碗，碗里盛满清水，",
        "那是外婆腌菜的老坛子，就放在树下。",
    ]
    essay = (
        "".join(first),
        "后来我离开了村子，那棵樟树却一直长在心里，每逢想家，眼前便是它浓密的树荫。",
    )
    page = parse(
        column_page(
            "诗歌",
            "雨后过雪峰山（组诗）",
            "□ 向晚晴",
            *verse,
            "散文",
            "门前那棵老樟树",
            "文丨龙溪月",
            *first,
            *wrap(essay[1], 20),
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"雨后过雪峰山（组诗）", "门前那棵老樟树"}
    poem = by_title["雨后过雪峰山（组诗）"]
    assert squash(poem.byline) == "□向晚晴"
    assert "把脚印存进泥里" in "".join(poem.paragraphs)
    assert list(by_title["门前那棵老樟树"].paragraphs) == list(essay)


def test_a_headline_cut_between_the_digits_of_its_figure_keeps_both_halves():
    # (a figure cut from its unit elsewhere on the page, …烟田1 / 万亩，…, must
    # not make the headline's first half a paragraph's stopped end)
    page = parse(
        paragraph_page(
            "新田县召开烤烟生产调度会",
            "湖南日报5月17日讯（全媒体记者 刘思远）今天，新田县召开烤烟生产调度会，"
            "部署移栽后田间管理工作。会议要求，今年全县要新建高标准烟田1",
            "据介绍，今年全县烤烟种植任务比上年有所增加，县里计划新建标准化烤房",
            "烤烟移栽全部结束",
            "全县烟叶种植面积预计达到32",
            "00亩",
            "湖南日报5月17日讯（全媒体记者 肖雅文 通讯员 黄烟新）记者今天从新田县烟草部门"
            "获悉，截至5月16日，全县烤烟移栽全部结束，种植面积预计达到3200亩，比上年增加300亩。",
            "今年，县里对集中育苗、机械起垄给予补贴，每亩补助60元，带动种植大户扩大规模。",
            "40座，配套建设育苗大棚一批，所需资金由县财政和烟草部门共同承担。",
            "万亩，各乡镇要抓住晴好天气，抓紧完成追肥培土。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"新田县召开烤烟生产调度会", "全县烟叶种植面积预计达到3200亩"}
    assert by_title["全县烟叶种植面积预计达到3200亩"].kicker == "烤烟移栽全部结束"


def test_text_under_a_stack_inside_its_story_that_finishes_the_story_before_goes_there():
    # (the report printed before the stack stops inside a standing formula;
    # the text under the stack finishes it, though it shares words with the
    # story whose stack it is printed under)
    page = parse(
        column_page(
            "省政协党组召开扩大会议",
            "把学习成果转化为履职实效",
            "湖南日报3月9日讯（全媒体记者 陈思远）今天，",
            "省政协党组召开扩大会议，传达学习全国",
            "两会精神，研究部署贯彻落实工作。",
            "会议指出，一年来全省政协工作取得新",
            "成效，根本在于习近平新时代",
            "湖南日报3月9日讯（全媒体记者 蒋雨桐）",
            "今天，全省春季植树造林现场推进会在",
            "邵阳召开，部署今春国土绿化工作。",
            "据介绍，今年全省计划完成造林面积",
            "二百万亩，新建森林乡村五百个。",
            "全省春季植树造林现场推进会召开",
            "今年造林二百万亩",
            "中国特色社会主义思想的科学指引。",
            "会议要求，全省各级政协组织要围绕国土",
            "绿化、森林乡村建设等课题深入调研，今年",
            "全省计划完成的造林任务要有人督办。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"把学习成果转化为履职实效", "今年造林二百万亩"}
    meeting = "".join(by_title["把学习成果转化为履职实效"].paragraphs)
    assert "根本在于习近平新时代中国特色社会主义思想的科学指引。" in meeting
    assert "有人督办" in meeting
    assert "督办" not in "".join(by_title["今年造林二百万亩"].paragraphs)


NIGHT_SCHOOL = (
    "乡村夜校办起来，农民白天下田、晚上听课，学的是种养技术，也学直播带货。"
    "课堂搬到了村部，老师请的是农技员和返乡青年。",
    "夜校要办得长久，关键在于讲的东西有用。农民缺什么就讲什么，讲完了还要跟到田间地头。",
)
YOUTH_HOSTEL = (
    "不少县城办起了青年驿站，外地来求职的年轻人可以免费住上几天。一张床、一顿饭，暖的是人心。",
    "驿站要留住人，还得把就业服务做在前面，岗位信息、技能培训一并送到年轻人手上。",
)
MARKET = (
    "菜市场改造完成后，地面干净了，摊位整齐了，买菜的居民多了起来。",
    "改造之后更要管好，卫生保洁、价格公示、计量监督，样样都要有人盯。",
)
PARK = (
    "社区公园里的健身器材，有的掉了漆，有的松了螺丝，老人们锻炼时心里不踏实。",
    "器材装上去只是开始，定期检修、及时更换，才能让居民用得放心。",
)


def _set(paragraphs: tuple[str, ...]) -> list[str]:
    return [line for para in paragraphs for line in wrap(para, 13)]


def test_a_name_alone_under_a_stack_printed_after_its_text_signs_that_text():
    # (each commentary's label, title and writer printed after its text; the
    # commentator's line under the first stack opened the second piece)
    page = parse(
        column_page(
            *_set(NIGHT_SCHOOL),
            "湘声快评",
            "乡村夜校要讲“有用的课”",
            "湖南日报全媒体评论员 龙岸青",
            *_set(YOUTH_HOSTEL),
            "青年驿站暖的是人心",
            "何秋禾",
            "湘江观潮",
            *_set(MARKET),
            "菜市场改造后更要管好",
            "易南风",
        )
    )
    signed = {a.title: a.byline for a in page.articles}
    assert signed == {
        "乡村夜校要讲“有用的课”": "湖南日报全媒体评论员 龙岸青",
        "青年驿站暖的是人心": "何秋禾",
        "菜市场改造后更要管好": "易南风",
    }


def test_names_under_stacks_that_follow_their_texts_each_sign_the_text_above():
    # (every bare name opened the piece under it; the last stack's name,
    # with no piece under it, shows whose each name is)
    page = parse(
        column_page(
            *_set(NIGHT_SCHOOL),
            "湘声快评",
            "乡村夜校要讲“有用的课”",
            "龙岸青",
            *_set(YOUTH_HOSTEL),
            "今日短评",
            "青年驿站暖的是人心",
            "何秋禾",
            *_set(MARKET),
            "来论",
            "菜市场改造后更要管好",
            "易南风",
            *_set(PARK),
            "湘江观潮",
            "公园里的健身器材要常修",
            "贺兰舟",
        )
    )
    signed = {a.title: (a.column, a.byline) for a in page.articles}
    assert signed == {
        "乡村夜校要讲“有用的课”": ("湘声快评", "龙岸青"),
        "青年驿站暖的是人心": ("今日短评", "何秋禾"),
        "菜市场改造后更要管好": ("来论", "易南风"),
        "公园里的健身器材要常修": ("湘江观潮", "贺兰舟"),
    }


def test_a_line_drawn_twice_left_alone_under_a_reports_text_joins_its_stack():
    from hnreader.corpus.segment.column_pages import _doubled_line_to_story_above

    # (the report took its title from the foot of the page; the subtitle,
    # drawn twice for bold, is printed under its text, over a photo)
    doubled = "45个老旧小区年内完成改造45个老旧小区年内完成改造"
    lines = [
        Line(3, "湖南日报5月8日讯（记者 贺思远）记者", 1, False),
        Line(5, "从益阳市住建局获悉，今年该市将对城区", 1, False),
        Line(7, doubled, 1, False),
        Line(9, "5月7日，岳阳市君山区一处油菜种植基地，农机手抢收油菜。", 1, False),
        Line(40, "益阳推进老旧小区提质改造", 1, False),
    ]
    report = Draft(heads=[[lines[4]]], dateline="湖南日报5月8日讯（记者 贺思远）")
    report.paras, report.lines = [Para("记者从益阳市住建局获悉，…", [3, 5])], {3, 5, 40}
    alone = Draft(starts_with=Opener.ORPHAN, paras=[Para(doubled, [7])], lines={7})
    photo = Draft(kind=ArticleKind.PHOTO, byline="湖南日报记者 曾晓雨 摄", lines={9})
    photo.paras = [Para(lines[3].raw, [9])]
    # (running text alone is left as it is)
    text = Draft(
        starts_with=Opener.ORPHAN, paras=[Para("改造内容包括雨污分流。", [11])], lines={11}
    )
    _doubled_line_to_story_above([report, alone, photo, text], lines)
    assert [[li.raw for li in h] for h in report.heads] == [[lines[4].raw], [doubled]]
    assert 7 in report.lines and not alone.paras and not alone.lines
    assert text.paras and not photo.heads


def test_a_notices_issuer_under_its_last_sentence_signs_it_on_both_layouts():
    notice = (
        "王某某：本院受理原告某某建材有限公司诉你买卖合同纠纷一案，现依法向你公告"
        "送达起诉状副本及开庭传票。自公告之日起经过60日，即视为送达。"
    )
    court = "湖南省岳阳市岳阳楼区人民法院"
    on_columns = column_page(
        "公告",
        *wrap(notice, 18),
        court,
        "湖南日报12月7日讯（记者 邢远山）记者",
        "从省司法厅获悉，截至11月底，全省累计",
        "接收社区服刑人员3.2万名。",
        "社区矫正工作稳步推进",
    )
    on_paragraphs = paragraph_page(
        "公告",
        notice,
        court,
        "岳阳推行“法官进社区”",
        "湖南日报12月7日讯（记者 邢远山）记者从岳阳市中级人民法院获悉，"
        "今年该市法院在120个社区设立法官工作室，化解物业纠纷800余件。",
    )
    for text in (on_columns, on_paragraphs):
        page = parse(text)
        by_title = {a.title: a for a in page.articles}
        assert by_title["公告"].paragraphs[-1] == court
        (report,) = [a for a in page.articles if a.dateline]
        assert court not in report.kicker + report.title


def test_a_verb_alone_under_a_headline_line_is_its_last_word_however_set_apart():
    from hnreader.corpus.segment.column_headlines import _word_left_alone

    title = Line(14, "1.9万名困难群众获免费法律", 0, False)
    # (set a blank further apart than the stack's own lines, as a label is)
    assert _word_left_alone(title, Line(16, "帮助", 1, False))
    assert not _word_left_alone(title, Line(16, "湘声", 1, False))


def test_an_essays_first_line_of_no_clause_under_its_writer_is_text_when_the_next_goes_on():
    lines = [
        "的，青石磨盘，枣木磨柄，用了五十多年，院子",
        "里的孩子都爱围着它转。",
        "每到腊月，母亲就在石磨旁推豆腐，",
        "豆浆顺着磨槽流进木桶里，满院飘香，祖父坐",
        "在一旁抽旱烟，看着我们一圈一圈地推，脸上",
        "的皱纹都笑开了，那是一年里最热闹的日子，",
        "连隔壁的小狗也跑来凑热闹，蹲在磨盘边上等",
        "着掉下来的豆渣。",
        "后来，村里有了打浆机，石磨就闲",
        "了下来，磨盘上落满了灰尘和树叶，去年回乡",
        "我把它擦洗干净，摆回院子，像是摆回了一段",
        "旧时光。",
    ]
    page = parse(
        column_page(
            "岁月留痕",
            "门前的石磨",
            "文丨林晚舟",
            # (the first line indented and justified, narrower than the column)
            " " + " ".join("老家门前的那盘石磨是祖父一锤一凿凿成"),
            *lines,
        )
    )
    (essay,) = page.articles
    assert (essay.column, essay.kicker, essay.title) == ("岁月留痕", "", "门前的石磨")
    assert essay.paragraphs[0].startswith("老家门前的那盘石磨是祖父一锤一凿凿成的，青石磨盘")


def test_a_line_whose_sentence_the_next_goes_on_inside_is_text_under_a_writer():
    from hnreader.corpus.segment.column_pages import ColumnReader

    raws = [
        "门前的石磨",
        "文丨林晚舟",
        "老家门前的那盘石磨是祖父一锤一凿凿成",
        "的，青石磨盘，枣木磨柄，用了五十多年。",
        "——记一位石匠",
    ]
    reader = ColumnReader([Line(no, raw, 1, False) for no, raw in enumerate(raws, 1)])
    assert reader._sentence_goes_on_under(2)  # (…凿成 / 的，…)
    assert not reader._sentence_goes_on_under(3)  # (its sentence ends)
    reader = ColumnReader([Line(1, "一块石头的“新生”", 1, False), Line(2, raws[4], 1, False)])
    assert not reader._sentence_goes_on_under(0)  # (a dash-led subtitle is no text)


def test_the_paragraphs_under_a_labelled_pieces_bare_name_are_its_own():
    # (a feature left open above the commentary on its subject; the
    # commentary's first paragraphs share the feature's words)
    page = parse(
        paragraph_page(
            "一位村支书的“巡河日志”",
            "湖南日报全媒体记者 龙清溪 通讯员 伍小满",
            "在桃源县的一个村部，村支书老向翻开一本巡河日志，每页都记着河道的变化。"
            "三年来，他和村民一共清出河道垃圾两百多吨，拆除违建网箱六十多处。",
            "据了解，桃源县今年共有38条河流纳入“一河一策”治理，各村",
            "湘水时评",
            "让“巡河日志”记下河道的变化",
            "向晚晴",
            "一本巡河日志，记下了两百多吨垃圾，也记下了一位村支书的用心。",
            "河道治理是民生工程，也是民心工程。巡河日志记得越细，河道就管得越好。",
            "但愿每一条河的身边，都有这样一本“日志”。",
            "民小组都建立了巡河队伍，由村干部和党员轮流值守，做到每周巡河不少于两次。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    comment = by_title["让“巡河日志”记下河道的变化"]
    assert comment.byline == "向晚晴"
    assert comment.paragraphs[0].startswith("一本巡河日志，记下了两百多吨垃圾")
    assert len(comment.paragraphs) == 3
    feature = by_title["一位村支书的“巡河日志”"]
    assert feature.paragraphs[-1].endswith("做到每周巡河不少于两次。")


def test_a_residents_letter_keeps_its_closing_formula_and_signature():
    page = parse(
        paragraph_page(
            "读者来信",
            "楼道里的电动车何时能清走",
            "编辑同志：",
            "我住在株洲市芦淞区建设街道的一个老小区，楼道里常年停着七八辆电动车，"
            "晚上还有人拉线充电，大家都担心出事。",
            "希望相关单位能来看一看，帮我们在小区里建一个集中充电棚。",
            "此致",
            "敬礼",
            "株洲市芦淞区建设街道某小区居民 周正和",
            "全省新建电动自行车充电桩两万个",
            "湖南日报9月11日讯（记者 李晓川）记者从省消防救援总队获悉，"
            "今年以来全省新建电动自行车集中充电桩两万个。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"楼道里的电动车何时能清走", "全省新建电动自行车充电桩两万个"}
    letter = by_title["楼道里的电动车何时能清走"]
    assert letter.byline == "株洲市芦淞区建设街道某小区居民 周正和"
    assert letter.paragraphs[-2:] == ("此致", "敬礼")


def test_a_paragraph_cut_inside_a_departments_name_is_no_headline_over_the_next_story():
    page = parse(
        paragraph_page(
            "益阳老旧小区改造过半",
            "湖南日报9月11日讯（记者 邹清源）记者今天从益阳市获悉，今年全市纳入改造的"
            "86个老旧小区已完工46个，惠及居民1.2万户。",
            "据介绍，今年的改造重点解决居民反映强烈的水、电、路问题。",
            "益阳市住房和城乡",
            "常德出台加装电梯补贴办法",
            "湖南日报9月11日讯（记者 文若溪）记者从常德市获悉，该市出台既有住宅加装电梯"
            "补贴办法，每部电梯最高补贴15万元。",
            "建设局有关负责人介绍，改造资金采取政府补助、居民自筹等方式筹集。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert set(by_title) == {"益阳老旧小区改造过半", "常德出台加装电梯补贴办法"}
    assert by_title["常德出台加装电梯补贴办法"].kicker == ""
    assert "益阳市住房和城乡" in "".join(by_title["益阳老旧小区改造过半"].paragraphs)


def test_a_cartoons_title_and_word_left_alone_over_its_credit_are_the_cartoons():
    # (the commentary's label, title and writer printed after its text run on
    # into the cartoon's lines, as one stack over the credit)
    page = parse(
        column_page(
            *_set(MARKET),
            "学思践悟",
            "菜市场改造后更要管好",
            "易南风",
            "漫画",
            "“扫码”——买菜还差最后一步",
            "                        宁小川 作",
            *_set(PARK),
            "湘江观潮",
            "公园里的健身器材要常修",
            "贺兰舟",
        )
    )
    (cartoon,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert (cartoon.title, cartoon.byline) == ("“扫码”——买菜还差最后一步", "宁小川 作")
    assert "漫画" in page.extras
    assert {a.title for a in page.articles} == {
        "菜市场改造后更要管好",
        "“扫码”——买菜还差最后一步",
        "公园里的健身器材要常修",
    }


def test_a_notices_title_over_its_text_heads_it_though_the_text_quotes_a_label():
    from hnreader.corpus.segment.column_pages import _notice_title_over_its_text

    # (the assignment gave the notice the label it quotes, printed far above
    # between a piece's title and text; the notice's own title was left alone)
    lines = [
        Line(219, "社区“共享药箱”暖人心", 1, False),
        Line(220, "邻里话题", 1, False),
        Line(222, "前不久，株洲某社区在居委会设了一个共享药箱，", 1, False),
        Line(740, "征稿启事", 1, False),
        Line(742, "为进一步办好评论版，本版即日起开设“邻里话题”栏目，", 1, False),
    ]
    piece = Draft(heads=[[lines[0]]], byline="龙湘竹", lines={219, 222})
    piece.paras = [Para(lines[2].raw, [222])]
    notice = Draft(heads=[[lines[1]]], lines={220, 742})
    notice.paras = [Para(lines[4].raw, [742])]
    title = Draft(starts_with=Opener.ORPHAN, paras=[Para("征稿启事", [740])], lines={740})
    boxed: list[str] = []
    _notice_title_over_its_text([piece, notice, title], lines, boxed)
    assert [[li.raw for li in unit] for unit in notice.heads] == [["征稿启事"]]
    assert piece.column == "邻里话题" and not boxed
    assert not title.lines and 220 not in notice.lines


def test_a_notices_first_line_of_a_clause_under_its_title_opens_its_text():
    from hnreader.corpus.segment.column_pages import _notices_first_line_back

    lines = [
        Line(634, "公告", 1, False),
        Line(636, "根据工作安排，湘江新区政务服务中心", 1, False),
        Line(638, "将于2021年3月20日至21日进行信息系", 1, False),
    ]
    notice = Draft(heads=[[lines[1]]], column="公告", lines={634, 636, 638})
    notice.paras = [Para("将于2021年3月20日至21日进行信息系统升级。", [638])]
    # (a title of one phrase under a notice's label stays the title)
    other = Draft(
        heads=[[Line(702, "春季招聘会", 1, False)]], column="招聘启事", lines={700, 702, 704}
    )
    other.paras = [Para("全市将举办春季招聘会。", [704])]
    lines += [Line(700, "招聘启事", 1, False), other.heads[0][0], Line(704, "全市将举办", 1, False)]
    _notices_first_line_back([notice, other], lines)
    assert ([[li.raw for li in unit] for unit in notice.heads], notice.column) == ([["公告"]], "")
    assert notice.paras[0].text.startswith("根据工作安排，湘江新区政务服务中心将于")
    assert other.column == "招聘启事"


def test_a_writers_workplace_on_a_line_of_its_own_signs_with_the_name():
    def set_wide(paragraphs):
        return [line for para in paragraphs for line in wrap(para, 21)]

    page = parse(
        column_page(
            "湘江观潮",
            "公园里的健身器材要常修",
            *set_wide(PARK),
            "贺兰舟",
            "湖南师范大学公共管理学院",
            "理论视点",
            "菜市场改造后更要管好",
            "易南风",
            *set_wide(MARKET),
        )
    )
    signed = {a.title: a.byline for a in page.articles}
    assert squash(signed["公园里的健身器材要常修"]) == "贺兰舟湖南师范大学公共管理学院"
    assert squash(signed["菜市场改造后更要管好"]) == "易南风"
    assert not any("学院" in extra for extra in page.extras)


def test_a_second_writers_name_set_tight_under_the_first_signs_too():
    from hnreader.corpus.segment.column_pages import _writers_workplace

    def signed(gap: int) -> tuple[str, list[str]]:
        lines = [Line(530, "唐志明", 1, False), Line(531, "龙秋云", gap, False)]
        writer = Draft(byline="唐志明", lines={520, 530})
        writer.paras = [Para("精准扶贫贵在下足绣花功夫。", [520])]
        boxed = ["龙秋云"]
        _writers_workplace([writer], lines, boxed)
        return squash(writer.byline), boxed

    assert signed(0) == ("唐志明龙秋云", [])
    assert signed(1) == ("唐志明", ["龙秋云"])  # (a blank apart: another piece's)


def test_a_reporters_closing_line_over_another_storys_cut_rest_signs_the_report():
    page = parse(
        paragraph_page(
            "益阳小竹子撬动大产业",
            "在益阳市桃江县，一根根楠竹被加工成竹地板、竹家具和竹炭，全县竹产业年产值突破百亿元。",
            "桃江县林业部门负责人表示，将继续推进竹产业提质升级。",
            "湖南日报·新湖南客户端记者 龙晓川 报道",
            "40亿元，带动全县10万余名果农增收。",
            "娄底新化红茶进入旺季",
            "湖南日报11月15日讯（记者 谭远舟）记者今天从新化县获悉，今年全县红茶产值预计达到",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert by_title["益阳小竹子撬动大产业"].byline == "湖南日报·新湖南客户端记者 龙晓川 报道"
    assert "40亿元" not in "".join(by_title["益阳小竹子撬动大产业"].paragraphs)


BRIDGE_STORY = [
    "湖南日报9月12日讯（记者 葛云帆 通讯员 孟书宁）今天，益阳至常德城际公路沅江特大桥主桥合龙，"
    "全线进入桥面铺装阶段，预计明年春节前建成通车。大桥建成后，两地之间的车程将由一个半小时缩短到四十分钟左右。",
    "项目负责人介绍，这座大桥跨越沅江主航道，施工期间正逢汛期，建设者们调整工序、错峰作业，保证了工期。",
]
RIVER_STORY = [
    "湖南日报9月12日讯（记者 石映秋）记者今天从省水利厅获悉，今年以来全省新建和加固堤防三百余公里，"
    "完成病险水库除险加固四十二座，汛前各项准备工作全部到位。",
    "省水利厅负责人表示，将抓紧补齐防洪工程短板，提升洞庭湖区防御能力。",
]


def _with_line_after(text: str, phrase: str, *extra: str) -> str:
    """``text`` set with ``extra`` lines printed right after the line ending on ``phrase``."""
    lines = text.split("\n")
    (k,) = [i for i, line in enumerate(lines) if line.endswith(phrase)]
    return "\n".join([*lines[: k + 1], *extra, *lines[k + 1 :]])


def test_a_headline_printed_inside_its_reports_sentence_heads_the_report():
    bridge = set_in_column(BRIDGE_STORY, 19)
    cut = bridge.split("\n")[4]  # (a line inside the lead's second sentence)
    assert not ends_sentence(cut)
    inserted = _with_line_after(bridge, cut, "沅江特大桥主桥合龙")
    page = parse(column_page("全省汛前堤防加固全部完成", set_in_column(RIVER_STORY, 19), inserted))
    by_title = {a.title: a for a in stories(page)}
    assert set(by_title) == {"全省汛前堤防加固全部完成", "沅江特大桥主桥合龙"}
    lead = by_title["沅江特大桥主桥合龙"].paragraphs[0]
    assert "合龙全线进入" not in lead and lead.startswith("今天，益阳至常德城际公路")
    assert squash("".join(BRIDGE_STORY[0].split("）", 1)[1])) == squash(lead)


def test_a_headline_printed_twice_inside_its_report_is_kept_once():
    bridge = set_in_column(BRIDGE_STORY, 19)
    cut = bridge.split("\n")[4]
    title = "益阳至常德城际公路沅江特大桥合龙"  # (wider than the column)
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 19),
            _with_line_after(bridge, cut, title, title),
        )
    )
    (bridge_piece,) = [a for a in stories(page) if "沅江" in "".join(a.paragraphs)]
    assert bridge_piece.title == title
    assert title not in "".join(bridge_piece.paragraphs)


def test_a_line_cut_short_inside_a_headless_report_stays_its_text():
    # (a short line of no clause whose words the report does not use is a
    # line of text, cut short, not a headline)
    bridge = set_in_column(BRIDGE_STORY, 19)
    cut = bridge.split("\n")[4]
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 19),
            _with_line_after(bridge, cut, "寒露过后晚稻陆续开镰收割"),
        )
    )
    (bridge_piece,) = [a for a in page.articles if "沅江" in "".join(a.paragraphs)]
    assert "寒露" not in bridge_piece.title
    assert "缩短寒露过后晚稻陆续开镰收割到四十分钟" in "".join(bridge_piece.paragraphs)


LIBRARY_REPORT = [
    "湖南日报4月23日讯（记者 邵凌峰）今天是世界读书日，全省各地农家书屋开展阅读推广活动，"
    "送书下乡、亲子共读、读书分享会等活动吸引了众多村民参与。",
    "据了解，全省共建成农家书屋四万余家，今年将为其中一千家更新图书，增加农业技术和少儿读物的比重。",
    "省新闻出版局有关负责人介绍，今年还将在五十个县开展书屋管理员培训，推动书屋与村综合服务中心、"
    "学校图书室资源共享，让书屋真正成为村民身边的阅读空间。",
]
LIBRARY_COMMENT = [
    "书屋建起来了，书也摆上了架，可有的书屋常年铁将军把门，书上落满了灰。",
    "让农民爱读书，先要让书屋开得了门。管理员要选好，开放时间要排在农闲和晚上，"
    "书目要多听村民的意见，种养技术、法律常识、孩子的课外书，缺什么补什么。",
    "书屋热闹起来，乡村的精气神就足了。",
]


def test_a_line_over_text_set_to_another_width_heads_a_piece_of_its_own():
    # (a report's headline printed after its body, then a commentary on the
    # same subject set to a narrower column: the headline line is no
    # crosshead of the report, whose text the commentary's does not go on)
    page = parse(
        column_page(
            set_in_column(LIBRARY_REPORT, 19),
            "全省农家书屋开展阅读推广活动",
            "农家书屋要开门迎来读书人",
            set_in_column(LIBRARY_COMMENT, 13),
        )
    )
    (report,) = [a for a in page.articles if "世界读书日" in "".join(a.paragraphs)]
    assert "书屋建起来了" not in "".join(report.paragraphs)
    assert report.title == "全省农家书屋开展阅读推广活动"


def test_a_bunched_title_a_reports_lead_restates_goes_to_that_report():
    from hnreader.corpus.segment.regroup import _title_its_lead_restates

    def unit(no: int, text: str) -> list[Line]:
        return [Line(no, text, 1, False)]

    veterans = Draft(dateline="湖南日报3月2日讯（记者 谭思远）", lines={10, 11, 12, 20})
    veterans.heads = [
        unit(10, "株洲至醴陵城际公交开通运营"),
        unit(11, "全省养老服务推进会提出"),
        unit(12, "今年新增养老床位两万张"),
    ]
    veterans.paras = [
        Para("今天，全省养老服务推进会在株洲召开。会议提出，今年新增养老床位两万张。", [20])
    ]
    bus = Draft(dateline="湖南日报3月2日讯（记者 龙振宇）", lines={30, 40})
    bus.heads = [unit(30, "岳阳临港新区新建冷链仓库")]
    bus.paras = [Para("今天，株洲至醴陵城际公交开通运营，两地群众往来更加方便。", [40])]
    store = Draft(dateline="湖南日报3月2日讯（记者 方晓岚）", lines={50})
    store.paras = [
        Para("记者从岳阳临港新区获悉，新区新建的冷链仓库投入使用，可存储冻品三万吨。", [50])
    ]

    _title_its_lead_restates([veterans, bus, store])
    texts = lambda d: [li.raw for u in d.heads for li in u]  # noqa: E731
    assert texts(bus) == ["株洲至醴陵城际公交开通运营"]
    assert texts(store) == ["岳阳临港新区新建冷链仓库"]
    assert texts(veterans) == ["全省养老服务推进会提出", "今年新增养老床位两万张"]
    assert 30 in store.lines and 10 in bus.lines and 10 not in veterans.lines

    # (with no story left without a headline to take the report's own, nothing moves)
    lone = Draft(dateline="湖南日报3月2日讯（记者 龙振宇）", lines={30, 40})
    lone.heads = [unit(30, "岳阳临港新区新建冷链仓库")]
    lone.paras = [Para("今天，株洲至醴陵城际公交开通运营，两地群众往来更加方便。", [40])]
    again = Draft(dateline="湖南日报3月2日讯（记者 谭思远）", lines={10, 11, 20})
    again.heads = [unit(10, "株洲至醴陵城际公交开通运营"), unit(11, "全省养老服务推进会提出")]
    again.paras = [Para("今天，全省养老服务推进会在株洲召开。", [20])]
    _title_its_lead_restates([again, lone])
    assert texts(lone) == ["岳阳临港新区新建冷链仓库"]


def test_a_report_filed_from_a_city_office_opens_on_its_undated_dateline():
    from hnreader.corpus.segment.patterns import dateline_match

    assert dateline_match("湖南日报岳阳讯（全媒体记者 聂子涵）").group(0) == "湖南日报岳阳讯"
    assert dateline_match("湖南日报社讯") is None  # (the paper's own news: no city, no reporters)
    page = parse(
        column_page(
            "全省农家书屋里书香浓",
            set_in_column(LIBRARY_REPORT, 19),
            "岳阳港新开内贸集装箱航线",
            set_in_column(
                [
                    "湖南日报岳阳讯（全媒体记者 聂子涵）一艘满载建材和日用品的货轮从城陵矶港驶出，"
                    "岳阳至南京内贸集装箱航线正式开通，每周往返两班。",
                    "港口负责人介绍，航线开通后，岳阳及周边企业的货物可直接运抵长三角，物流成本降低约两成。",
                ],
                19,
            ),
        )
    )
    by_title = {a.title: a for a in stories(page)}
    port = by_title["岳阳港新开内贸集装箱航线"]
    assert port.dateline.startswith("湖南日报岳阳讯")
    assert port.paragraphs[0].startswith("一艘满载建材")
    assert "货轮" not in "".join(by_title["全省农家书屋里书香浓"].paragraphs)


def test_a_title_under_a_two_character_opinion_label_heads_the_piece():
    # (来论 names an opinion column in two characters: the phrase under it
    # is the piece's title, as wide as the column's lines, not its text's
    # first line)
    page = parse(
        column_page(
            "全省农家书屋里书香浓",
            set_in_column(LIBRARY_REPORT, 19),
            "来论",
            "菜市场改造要给老摊主留一条活路",
            "菜市场是一座城市最有烟火气的地方。",
            "可有的市场改造以后，摊位费涨了一大截，",
            "不少老摊主撑不下去，只好离开了市场。",
            "改造是为了让买菜更方便，不能让小摊",
            "主和老顾客都成了局外人。定价要听听各方",
            "意见，给老摊主留条路。",
        )
    )
    (piece,) = [a for a in page.articles if "烟火气" in "".join(a.paragraphs)]
    assert (piece.column, piece.title) == ("来论", "菜市场改造要给老摊主留一条活路")
    assert piece.paragraphs[0].startswith("菜市场是一座城市最有烟火气的地方")


def test_a_poem_titled_with_its_poets_bracketed_name_stands_alone():
    # (a literary page signs a poem after its title, the poet's name in
    # brackets: the verse under it is the poem's, line by line, and the
    # short line over prose after it is the next essay's title)
    verse = [
        "晚风把湖面",
        "吹成一页旧信纸",
        "归来的渔船",
        "在码头边轻轻靠岸",
        "岸上的灯",
        "一盏一盏亮起来",
        "照着回家的路",
    ]
    essay = [
        "外公的铁匠铺开在镇子东头，炉火一年四季不熄。",
        "小时候放了学，我总爱蹲在铺子门口，看他抡起铁锤，把烧红的铁块敲成镰刀和锄头，火星溅得满地都是。",
    ]
    page = parse(
        column_page(
            "湖畔晚归（罗清远）",
            *verse,
            "镇东头的铁匠铺",
            set_in_column(essay, 17),
            "陈秋实",
        )
    )
    by_title = {a.title: a for a in page.articles}
    poem = by_title["湖畔晚归"]
    assert poem.byline == "（罗清远）" and poem.column == ""
    assert list(poem.paragraphs) == verse
    assert by_title["镇东头的铁匠铺"].paragraphs[0].startswith("外公的铁匠铺开在镇子东头")


def test_a_title_its_text_opens_on_word_for_word_heads_a_piece_of_its_own():
    # (a crosshead names its section; an essay may open on its own title's
    # words, 某某 / 某某在…: that line is the next piece's title, not a
    # crosshead of the essay above)
    first = [
        "镇子东头有一家老茶馆，木桌木凳，一壶粗茶从早泡到晚。",
        "茶馆的老板姓邹，六十多岁，说话慢，倒茶快。来喝茶的多是镇上的老人，聊收成，聊儿女，一坐就是半天。",
        "这些年镇上新开了不少奶茶店，老茶馆却一直开着。邹老板说，只要还有人来，他就一直烧水。",
    ]
    second = [
        "屋后的枇杷树是爷爷种下的，比我的年纪还大。",
        "每年初夏，枇杷黄了，奶奶就搬出竹梯，让我爬上去摘。摘下的枇杷装满一竹篮，分给左邻右舍。",
    ]
    page = parse(
        column_page(
            "镇上的老茶馆",
            "文丨易秋帆",
            set_in_column(first, 17),
            "屋后的枇杷树",
            set_in_column(second, 17),
            "龙晓禾",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert "屋后的枇杷树" in by_title
    assert by_title["屋后的枇杷树"].paragraphs[0].startswith("屋后的枇杷树是爷爷种下的")
    assert "枇杷" not in "".join(by_title["镇上的老茶馆"].paragraphs)


def test_a_whole_stack_printed_in_its_reports_cut_lead_heads_the_report():
    # (paragraph pages: a dated report's lead cut inside a name, another
    # story's paragraph, then the report's stack on one line of three
    # phrases set apart, then the rest of the lead's sentence)
    page = parse(
        paragraph_page(
            "全省养老服务推进会在株洲召开",
            "湖南日报5月8日讯（记者 邵凌峰）今天，全省养老服务推进会在株洲召开，会议部署今年养老服务重点工作。",
            "会议要求，各地要加快补齐农村养老服务短板，让老人在家门口享受到助餐、助浴等服务。",
            "湖南日报5月8日讯（记者 聂子涵）清晨，华容县的湖区稻田里，收割机来回穿梭。种粮大户黄",
            "会议提出，今年全省将新增养老床位一万张，培训养老护理员两万人次。",
            "华容县推广稻虾轮作 一水两用 亩均增收一千元",
            "建华告诉记者，他流转的三百亩稻田实行稻虾轮作，去年每亩纯收入超过三千元。",
        )
    )
    (report,) = [a for a in page.articles if "华容县的湖区稻田" in "".join(a.paragraphs)]
    assert squash(report.kicker + report.title + report.subtitle) == squash(
        "华容县推广稻虾轮作一水两用亩均增收一千元"
    )
    assert "种粮大户黄建华告诉记者" in "".join(report.paragraphs)


def test_a_two_line_stack_printed_between_a_word_and_its_figure_is_no_text():
    # (column pages: a report's sentence cut before the figure it wants,
    # …完成投资 / title / subtitle / 58亿元。: the two lines between are a
    # stack, however wide, and the sentence reads across them)
    road = [
        "湖南日报7月9日讯（记者 龙振宇）记者从省交通运输厅了解到，今年我省农村公路提质改造计划完成"
        "一万二千公里，截至6月底已完成七千八百公里，完成率六成以上；新建资源路、旅游路六百余公里，完成投资",
    ]
    lines = set_in_column(road, 17).split("\n")
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 17),
            *lines,
            "上半年农村公路提质改造超过计划进度",
            "2.6万个村民小组将通上硬化路",
            "58亿元。今年的项目主要集中在湘西、湘南山区，",
            "省交通运输厅将加强质量监管，确保工程",
            "经得起检验。",
        )
    )
    (report,) = [a for a in page.articles if "提质改造计划完成" in "".join(a.paragraphs)]
    text = "".join(report.paragraphs)
    assert "完成投资58亿元。" in text
    assert "村民小组" not in text and "超过计划进度" not in text


def test_a_paragraph_cut_on_its_copula_is_no_headline():
    # (paragraph pages: a report's paragraph cut right after 是, another
    # report's stack and lead, then the rest of the sentence: the cut line
    # says what its subject is, and no headline stops there)
    page = parse(
        paragraph_page(
            "油菜收获接近尾声",
            "全省夏收油菜喜获丰产",
            "湖南日报5月21日讯（记者 龙思源）记者从省农业农村厅获悉，截至5月20日，全省油菜已收获九成以上。",
            "各地组织农机手抢晴收割，确保颗粒归仓。",
            "单产提高是",
            "早稻栽插全面完成 机插比例再创新高",
            "湖南日报5月21日讯（记者 谢青禾）记者今天获悉，全省早稻栽插已全面完成，机插面积占比超过六成。",
            "今年油菜生产的最大特点。全省油菜平均亩产达到一百三十公斤，比上年增加六公斤。",
            "各地农技人员深入田间，指导农户做好秧苗管理。",
        )
    )
    (harvest,) = [a for a in page.articles if "全省油菜已收获九成" in "".join(a.paragraphs)]
    assert "单产提高是今年油菜生产的最大特点" in "".join(harvest.paragraphs)
    (planting,) = [a for a in page.articles if "早稻栽插已全面完成" in "".join(a.paragraphs)]
    headline = planting.kicker + planting.title + planting.subtitle
    assert squash(headline) == squash("早稻栽插全面完成机插比例再创新高")


def test_a_cartoon_named_in_one_line_under_its_word_is_titled_by_the_word():
    # (column pages: 漫画 / “某某” / 某某 作 under a commentary: a drawing
    # with no words of its own is titled 漫画 and its name is its text)
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 17),
            "漫画",
            "“排队盖章”",
            "                        罗晓川 作",
            "湘江时评",
            "简化流程才能方便群众",
            "柳青原",
            set_in_column(
                [
                    "一件事要跑几个窗口、盖十几个章，群众办事难的问题在一些地方仍然存在。",
                    "简化流程，关键在于打破部门壁垒，让数据多跑路、群众少跑腿。",
                ],
                17,
            ),
        )
    )
    (cartoon,) = [a for a in page.articles if a.byline == "罗晓川 作"]
    assert cartoon.title == "漫画"
    assert cartoon.paragraphs == ("“排队盖章”",)


def test_a_line_closing_a_story_before_a_reports_rest_is_that_reports_headline():
    # (column pages: a dated report with no headline, its lead cut before
    # its unit; another story, closed by a line of no clause worded like the
    # report; then the rest of the report's sentence: the line is the
    # report's headline, never the other story's last paragraph)
    ferry = set_in_column(
        [
            "湖南日报5月6日讯（记者 向晚舟）记者从岳阳市交通运输局获悉，洞庭湖区新建的"
            "六座客运渡口将于6月1日通航，每天可运送旅客约1.2万"
        ],
        17,
    )
    page = parse(
        column_page(
            ferry,
            set_in_column([*RIVER_STORY, "汛期将至，各地要压实防汛责任，落实巡堤查险人员。"], 17),
            "洞庭湖区六座新建客运渡口将于6月1日通航",
            "人次。",
            set_in_column(
                ["新建渡口均配备候船室和救生设施，岳阳市交通运输局将加强渡口和渡船的安全监管。"], 17
            ),
        )
    )
    (report,) = [a for a in page.articles if "客运渡口" in "".join(a.paragraphs)]
    assert report.title == "洞庭湖区六座新建客运渡口将于6月1日通航"
    assert "约1.2万人次。" in "".join(report.paragraphs)
    (river,) = [a for a in page.articles if "病险水库" in "".join(a.paragraphs)]
    assert "渡口" not in "".join(river.paragraphs)


def test_a_writers_line_between_two_paragraphs_of_one_series_signs_the_essay():
    # (column pages: 湖南日报评论员 printed at a column's top inside one essay,
    # between two paragraphs opening alike, 节水，…: the text under it goes
    # on the essay above, which the line signs)
    page = parse(
        column_page(
            "让节约用水成为城乡新风尚",
            set_in_column(
                [
                    "今夏的旱情再次提醒我们，水是最宝贵的资源之一，省水就是保发展、保民生。",
                    "节水，重点在农业。推广喷灌滴灌，让每一滴水都浇到作物的根上。",
                ],
                17,
            ),
            "湖南日报评论员",
            set_in_column(
                [
                    "节水，潜力在工业。推动企业循环用水，把废水变成可用之水。",
                    "节水，基础在城乡居民。拧紧一个水龙头，也是对资源的爱惜。",
                ],
                17,
            ),
            "湘江时评",
            "乡村夜校办出新气象",
            "龙晓禾",
            set_in_column(["夜幕降临，村部的灯亮了，种粮大户们围坐一起听农技员讲课。"], 17),
        )
    )
    (essay,) = [a for a in page.articles if "旱情" in "".join(a.paragraphs)]
    assert essay.title == "让节约用水成为城乡新风尚"
    assert essay.byline == "湖南日报评论员"
    assert "节水，基础在城乡居民" in "".join(essay.paragraphs)


def test_a_letters_question_with_one_clause_over_the_salutation_is_its_title():
    # (paragraph pages: a captioned photo, then the letters' column, a
    # question setting one clause before it, 编辑同志：: the letter's title
    # and column, no title of the photo above)
    page = parse(
        paragraph_page(
            "全省汛前堤防加固全部完成",
            *RIVER_STORY,
            "9月12日，岳阳县麻塘镇，施工人员在加固洞庭湖大堤。 湖南日报记者 石映秋 摄",
            "读者来信",
            "公交站台改了位置，能否提前贴个告示？",
            "编辑同志：",
            "上周我像往常一样去小区门口等公交，等了半个小时才知道站台已经挪到了三百米外。",
            "希望公交公司调整站台时提前张贴告示，方便群众出行。",
            "株洲市天元区 读者 易春和",
        )
    )
    (letter,) = [a for a in page.articles if "编辑同志" in "".join(a.paragraphs)]
    assert letter.title == "公交站台改了位置，能否提前贴个告示？"
    assert letter.column == "读者来信"
    (photo,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert photo.title != "读者来信"


def test_a_cartoon_credited_by_the_word_its_drawer_and_作_is_a_cartoon_of_its_own():
    # (column pages: title / caption / 漫画/某某 作 under a story's last
    # paragraph: a cartoon, its credit naming the word, the drawer and 作)
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 17),
            "堤上的“千里眼”",
            "无人机巡堤、探头值守，老堤有了新帮手。",
            "                    漫画/石小禾 作",
            "湘江时评",
            "乡村夜校办出新气象",
            "龙晓禾",
            set_in_column(["夜幕降临，村部的灯亮了，种粮大户们围坐一起听农技员讲课。"], 17),
        )
    )
    (cartoon,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert cartoon.title == "堤上的“千里眼”"
    assert squash(cartoon.byline) == "漫画/石小禾作"
    (river,) = [a for a in page.articles if "病险水库" in "".join(a.paragraphs)]
    assert "千里眼" not in "".join(river.paragraphs)


@pytest.mark.parametrize("fall", ["明日起全省气温下降5℃至7℃", "明日起全省气温将降5℃至7℃"])
def test_temperatures_told_as_a_fall_are_a_headlines_not_a_weather_box(fall):
    # (column pages: 冷空气来袭 / 明日起全省气温下降5℃至7℃ over a dated
    # report: the second line is the stack's, though it holds a forecast's
    # temperatures; the fall told with its figure too: 将降5℃)
    forecast = [
        "湖南日报11月2日讯（记者 贺晓岚）省气象台今天发布消息，受强冷空气影响，"
        "明日起我省自北向南将出现大风降温天气。",
        "气象部门提醒，广大群众要及时添衣保暖，设施农业要做好防风防冻。",
    ]
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 17),
            "冷空气来袭",
            fall,
            set_in_column(forecast, 17),
        )
    )
    (report,) = [a for a in page.articles if "大风降温" in "".join(a.paragraphs)]
    headline = report.kicker + report.title + report.subtitle
    assert squash(headline) == squash("冷空气来袭" + fall)


def test_a_short_title_over_a_code_closing_the_page_is_the_boxs():
    # (column pages: a notice, then 守护一江碧水 / 扫码观看…视频 closing the
    # page: the code's box and its title, no headline of the notice)
    notice = [
        "为做好汛期志愿服务，岳阳市志愿者协会面向社会招募巡堤志愿者两百名。",
        "报名者须年满十八周岁，身体健康，有意者请于7月10日前到各区志愿服务站报名。",
    ]
    page = parse(
        column_page(
            "全省汛前堤防加固全部完成",
            set_in_column(RIVER_STORY, 17),
            "招募启事",
            set_in_column(notice, 17),
            "守护一江碧水",
            "扫码观看“巡堤志愿者”专题视频",
        )
    )
    (call,) = [a for a in page.articles if "巡堤志愿者两百名" in "".join(a.paragraphs)]
    assert call.title == "招募启事"
    assert any(extra.startswith("守护一江碧水") for extra in page.extras)


def test_a_two_line_stack_closing_its_zone_over_a_reporters_feature_in_sections_holds_it(
    monkeypatch,
):
    # (pass test, column pages) a stack of two lines right over the
    # reporters' line of a feature set in sections claims it as surely as a
    # writer's line under a title; a single line there (a series' name) does not
    from hnreader.corpus.segment import column_headlines as CH

    feature = [
        "凌晨5时，天刚蒙蒙亮，隆回县的群测群防员罗春生已经打着手电上了后山。",
        "一根皮尺守护十户人家",
        "后山这处隐患点威胁着坡下十户群众，罗春生每天早晚巡查两次。",
        "一部手机连着全村群众",
        "发现险情，罗春生第一时间在村群里喊话，带着群众转移到安全地带。",
    ]

    def claims(*stack: str) -> list[bool]:
        seen = []
        assign = CH.assign

        def spy(zones, read, affinity, targets, contests):
            stacks = assign(zones, read, affinity, targets, contests)
            seen.extend(
                CH._over_its_reporters(zones, read, affinity, s)
                for s in stacks
                if s.body >= 0 and s.body in affinity.features
            )
            return stacks

        monkeypatch.setattr(CH, "assign", spy)
        parse(
            column_page(
                "全省汛前堤防加固全部完成",
                set_in_column(RIVER_STORY, 17),
                *stack,
                "湖南日报记者 欧阳晴",
                set_in_column(feature, 17),
            )
        )
        return seen

    assert claims("走近隆回山区——", "雨夜里的“守山人”") == [True]
    assert claims("基层群测群防员风采") == [False]


def test_a_caption_of_three_paragraphs_under_an_images_gap_is_the_photos_whole_text():
    # (paragraph pages) the credit closes only the last paragraph; the two
    # above it, opening under the blank lines of the picture's frame, are its
    # caption too and not the rest of the report printed over the picture
    caption = [
        "4月3日，浏阳市大围山镇，志愿者在山间步道旁补植杜鹃苗木。",
        "活动中，志愿者还向过往游客发放森林防火宣传册，讲解野外用火常识。",
        "据介绍，今年当地已组织义务植树活动15场，参与群众超过4000人次。  通讯员 龙晓岚 摄",
    ]
    page = parse(
        paragraph_page(
            "全省今年完成植树造林86万亩",
            *NEWS,
            "\n",
            *caption,
            "长沙地铁六号线东延段开通",
            "湖南日报4月2日讯（记者 汤文远）长沙地铁六号线东延段今天开通运营，"
            "线路全长8.6公里，设车站4座。",
        )
    )
    (photo,) = [a for a in page.articles if a.byline.endswith("摄")]
    assert [squash(p)[:8] for p in photo.paragraphs] == [squash(c)[:8] for c in caption]
    (report,) = [a for a in page.articles if a.title.startswith("全省今年完成植树")]
    assert len(report.paragraphs) == len(NEWS)


def test_a_column_line_stopped_on_a_surname_over_the_given_name_speaking_is_running_text():
    # (column pages) …83岁老人 + 谢 / 桂英说，…: a name cut after its surname,
    # however narrow the line, is no headline over a story of its own; any
    # person named so (老人, 运动员, 村民), as a post names one
    story = [
        "湖南日报5月6日讯（全媒体记者 龙晓舟）衡东县今年在32个村推行“村医上门”服务，"
        "每月为独居老人测血压、送药品，建立健康档案，慢性病老人每季度复查一次。",
        "县卫健委有关负责人表示，下一步将把上门服务扩大到全县所有行政村，"
        "让老人少跑路、看好病，村医的补助也将逐年提高。",
    ]
    page = parse(
        column_page(
            "全省基层卫生院完成改造",
            set_in_column(CLINIC_REPORT, 17),
            "衡东村医每月上门为老人体检",
            set_in_column(story, 17),
            "家住石湾镇的83岁老人谢",
            "桂英说，以前看病要走十几里山路，如",
            "今村医隔三岔五就上门，心里踏实多",
            "了。",
            "让基层医疗强起来",
            set_in_column(CLINIC_COMMENT, 17),
        )
    )
    assert not any(a.title.endswith("老人谢") for a in page.articles)
    (report,) = [a for a in page.articles if a.title.startswith("衡东村医")]
    assert "老人谢桂英说" in squash("".join(report.paragraphs))


def test_the_papers_editorial_label_heads_a_title_over_a_lead_opening_on_its_province():
    # (column pages) 社论 / title / 省…: the editorial's title, though the
    # lead's first characters could be a word's second half (湖南|省)
    editorial = [
        "省第十二次妇女代表大会今天闭幕。大会选出了新一届省妇联领导班子，部署了今后五年的任务。",
        "落实大会精神，贵在抓早抓实。各级妇联要把目标任务分解到月、落实到人，确保开局良好。",
    ]
    page = parse(
        column_page(
            "社论",
            "让巾帼建功的舞台更加宽广",
            set_in_column(editorial, 16),
            "衡东村医每月上门为老人体检",
            set_in_column(CLINIC_REPORT, 16),
        )
    )
    (piece,) = [a for a in page.articles if squash(a.paragraphs[0]).startswith("省第十二次")]
    assert (piece.title, piece.column) == ("让巾帼建功的舞台更加宽广", "社论")


def test_a_commentarys_stack_read_from_its_foot_under_its_text_takes_that_text():
    # (pass test, column pages) …text / 陈湘宁 / title / 百姓话题, with the
    # next piece's label under it: a signed stack, read from its foot; its
    # text starts where its title's words come in, not at an earlier
    # paragraph leaning to neither piece
    from hnreader.corpus.segment.column_pages import _signed_stack, _where_its_text_starts

    printed = ["陈湘宁", "老旧小区加装电梯要多商量", "百姓话题", "湘江时评", "冬季防火不能松劲"]
    lines = [Line(n, raw, 1, False) for n, raw in enumerate(printed)]
    stack = _signed_stack(lines, 0, set())
    assert [line.raw for line in stack] == ["老旧小区加装电梯要多商量", "百姓话题", "陈湘宁"]

    texts = [
        "一些地方文件一发再发、会议一开再开，基层干部整天忙于应付文山会海。",
        "精简文件会议，要从领导机关做起，少发文、发短文，少开会、开短会。",
        "说到底，干部的精力是有限的，多用在实处，群众才能看到实效。",
        "不少老旧小区的居民盼着加装电梯，可一到征求意见，低层住户往往不同意。",
        "加装电梯涉及每一户的利益，社区要多搭平台，让高低层住户坐下来商量。",
    ]
    paras = [Para(text, [k]) for k, text in enumerate(texts)]
    assert _where_its_text_starts(paras, "老旧小区加装电梯要多商量", "莫让文山会海挤占时间") == 3


def test_one_character_under_an_open_sentence_over_a_box_is_the_sentences_next_word():
    # (column pages) …最高可 / 达 / box / 30万元。…: the lone character goes on
    # the sentence and the box is drawn into it; no stack printed there
    page = parse(
        column_page(
            "全省基层卫生院完成改造",
            set_in_column(CLINIC_REPORT, 17),
            "举报奖励标准大幅提高",
            "湖南日报9月2日讯（记者 汤文远）",
            "省安监部门今天发布修订后的安",
            "全生产举报奖励办法。办法提高了奖励",
            "标准，举报重大事故隐患的，最高奖励",
            "由原来的5万元提高到30万元；举报",
            "瞒报事故的，按每瞒报1人奖励3万元",
            "计算，单起事故的累计奖励金额最高可",
            "达",
            "举报投诉电话 12350",
            "30 万元。奖励资金由受理举报的部门",
            "直接发放，一般在核查结束后60日内兑",
            "现。",
        )
    )
    (report,) = [a for a in page.articles if a.title == "举报奖励标准大幅提高"]
    assert "最高可达30万元。奖励资金" in squash("".join(report.paragraphs))
    assert not any("12350" in a.title for a in page.articles)


def test_a_notices_issuer_and_day_with_the_days_figure_cut_to_the_next_line_sign_it():
    # (column pages) …敬请谅解。 / 某某支队 2023年5月 / 17日: the notice's
    # signature, never a headline over text elsewhere on the page
    notice = [
        "为保障马拉松比赛顺利进行，比赛当天上午，对湘江中路、"
        "橘子洲大桥等赛道沿线道路实施临时交通管制。请过往车辆提前绕行，"
        "由此带来的不便，敬请谅解。",
    ]
    page = parse(
        column_page(
            "全省基层卫生院完成改造",
            set_in_column(CLINIC_REPORT, 17),
            "马拉松比赛交通管制公告",
            set_in_column(notice, 17),
            "长沙市公安局交通警察支队  2023 年 5 月",
            "17 日",
        )
    )
    assert not any(a.title.startswith("长沙市公安局") for a in page.articles)
    (call,) = [a for a in page.articles if a.title == "马拉松比赛交通管制公告"]
    assert "长沙市公安局交通警察支队2023年5月17日" in squash("".join(call.paragraphs))


def test_a_writers_name_over_a_foot_bunch_signs_the_commentary_titled_right_above_it():
    # (pass test, column pages) 看…要有“定力” / 龙 岸 / the bunched stacks of
    # the reports above: the name opened a piece whose text was the bunch,
    # dealt to those reports; it signs the commentary under that title
    from hnreader.corpus.segment.bunches import _name_over_bunch

    printed = ["读数据要多一分定力", "石 川", "今年新开工高速公路五条", "年内通车里程再创新高"]
    lines = [Line(n, raw, 1, False) for n, raw in enumerate(printed)]
    comment = Draft(heads=[[lines[0]]], paras=[Para("一季度的数据出来了，有人看涨有人看跌。", [7])])
    signed = Draft(starts_with=Opener.BYLINE, byline="石 川", lines={1})
    drafts = [comment, signed]
    _name_over_bunch(drafts, lines)
    assert (comment.byline, signed.byline) == ("石 川", "")
    # (a piece signed already keeps its writer)
    taken = Draft(heads=[[lines[0]]], byline="江 南")
    other = Draft(starts_with=Opener.BYLINE, byline="石 川", lines={1})
    _name_over_bunch([taken, other], lines)
    assert (taken.byline, other.byline) == ("江 南", "石 川")


def test_two_characters_spread_to_a_names_width_are_a_name_under_any_surname():
    # a writer of two characters is printed spread to a three-character
    # name's width (申 言, 闻 一): a name under any surname of the lists, not
    # only the commonest, where the same two characters set tight may be a word
    from hnreader.corpus.segment.patterns import is_name_line

    assert is_name_line("申 言") and is_name_line("闻 一") and is_name_line("蒙 恬")
    assert not is_name_line("申报") and not is_name_line("闻讯")
    page = parse(
        column_page("湘江快评", "充电桩别成“排队桩”", "申 言", *PEN_SIGNED, "", "让基层医疗强起来")
    )
    (comment,) = [a for a in page.articles if a.title == "充电桩别成“排队桩”"]
    assert comment.byline.replace(" ", "") == "申言"


OIL_TEA = [
    "湖南日报10月9日讯（记者 宋立平）今年以来，溆浦县把油茶作为富民产业来抓，"
    "新造和改造油茶林四万亩，带动三千多户农户增收。",
    "县里引进两家加工企业，建起油茶精深加工生产线，茶油产品远销广东、浙江等地。",
]
PARKS = [
    "湖南日报10月9日讯（记者 刘晓云）记者今天从省住房城乡建设厅获悉，今年全省新建"
    "城市公园一百二十个，新增绿地面积八百多公顷。",
    "各地还将利用边角地建设口袋公园，让市民出门就能见到绿。",
]


def test_a_figure_of_speech_under_a_kicker_is_its_title_not_the_next_storys_kicker():
    # (column pages, headlines after their bodies) 某县油茶产业带动农户增收 /
    # 一棵树撑起“幸福伞” / 全省新建城市公园…: the middle line shares no word
    # with either body; a title under its kicker more often than a kicker
    # over the next story's title
    page = parse(
        column_page(
            set_in_column(OIL_TEA, 17),
            "溆浦油茶产业带动三千农户增收",
            "一棵树撑起“幸福伞”",
            "全省新建城市公园一百二十个",
            set_in_column(PARKS, 17),
        )
    )
    (oil,) = [a for a in page.articles if "油茶林" in "".join(a.paragraphs)]
    (parks,) = [a for a in page.articles if "口袋公园" in "".join(a.paragraphs)]
    assert (oil.kicker, oil.title) == ("溆浦油茶产业带动三千农户增收", "一棵树撑起“幸福伞”")
    assert (parks.kicker, parks.title) == ("", "全省新建城市公园一百二十个")


def test_a_caption_of_short_paragraphs_opening_on_its_day_is_the_photos_whole_text():
    # (paragraph pages) no image's gap over it: the credit closes the last
    # short paragraph, and the walk up goes to the one opening on the
    # picture's day and place (5月20日，某市某站，…); the story above keeps
    # only its own paragraphs
    caption = [
        "5月20日，怀化南站，旅客在站台排队候车。",
        "端午小长假期间，怀化南站预计发送旅客12万人次。  通讯员 舒涵 摄",
    ]
    page = parse(
        paragraph_page(
            "全省今年完成植树造林86万亩",
            *NEWS,
            *caption,
            "长沙地铁六号线东延段开通",
            "湖南日报4月2日讯（记者 汤文远）长沙地铁六号线东延段今天开通运营，"
            "线路全长8.6公里，设车站4座。",
        )
    )
    (photo,) = [a for a in page.articles if a.byline.endswith("摄")]
    assert [squash(p)[:8] for p in photo.paragraphs] == [squash(c)[:8] for c in caption]
    (report,) = [a for a in page.articles if a.title.startswith("全省今年完成植树")]
    assert len(report.paragraphs) == len(NEWS)


def test_a_line_stopped_on_a_pause_under_an_opinion_label_is_its_texts_first_line():
    # (column pages) 潇湘快评 / 不少村庄建起文化广场， / …: a title never ends
    # on a pause; narrow as the line is, its sentence goes on under it
    page = parse(
        column_page(
            "全省基层卫生院完成改造",
            set_in_column(CLINIC_REPORT, 17),
            "潇湘快评",
            "不少村庄建起文化广场，",
            "场地修得气派，设施配得齐",
            "全，可平日里常常冷冷清清：",
            "白天无人来，晚上不开灯。",
            "广场建起来，更要用起来。村",
            "里不妨多办几场村晚、球赛，",
            "让群众愿意来、留得住。",
            "欧阳方",
        )
    )
    assert not any(a.title.endswith("，") for a in page.articles)
    (piece,) = [a for a in page.articles if "冷冷清清" in "".join(a.paragraphs)]
    assert squash(piece.paragraphs[0]).startswith(squash("不少村庄建起文化广场，场地"))


FARMLAND_COMMENT = [
    "耕地是粮食生产的命根子。近年来，各地整治撂荒耕地，新建高标准农田，守住了耕地红线。",
    "守住耕地，还要种好耕地。要让种粮农民算得清账、得到实惠，耕地才能真正种上庄稼。",
]


@pytest.mark.parametrize(
    ("stack", "title"),
    [
        ("守住耕地\n\n粮仓才稳", "守住耕地 粮仓才稳"),
        # (the title's last characters wrapped tight under a full line, the
        # name after a gap)
        ("让每一块耕地都种上庄稼、种\n得好", "让每一块耕地都种上庄稼、种得好"),
    ],
)
def test_a_pen_name_under_a_commentarys_title_signs_it(stack, title):
    # (column pages: 湘江评论 / title / 湘耕 / text: a writer's name of
    # characters no word holds, under a title line that is not full)
    page = parse(
        column_page("全省秋冬种进展顺利", set_in_column(CLINIC_REPORT, 13), "湘江评论")
        + f"\n{stack}\n\n"
        + column_page("湘耕", set_in_column(FARMLAND_COMMENT, 13))
    )
    piece = next(a for a in page.articles if a.column == "湘江评论")
    assert (squash(piece.title), piece.byline) == (squash(title), "湘耕")
    assert piece.paragraphs[0].startswith("耕地是粮食生产的命根子")


def test_a_numbered_part_of_a_series_is_the_kicker_over_the_parts_title():
    head = split_roles(
        ["守护耕地系列评论之二", "让每一块耕地都有人种、种得好"], separate_lines=True
    )
    assert (head.kicker, head.title) == ("守护耕地系列评论之二", "让每一块耕地都有人种、种得好")


def test_a_name_over_a_dated_reports_stack_signs_the_commentary_printed_before_it():
    # (column pages: a commentary's text, its title and label printed after
    # it, then the writer's name tight over the next report's headline)
    page = parse(
        column_page(set_in_column(FARMLAND_COMMENT, 13), "守住耕地 粮仓才稳", "湘江评论")
        + "\n贺远舟\n全省秋冬种进展顺利\n\n"
        + column_page(set_in_column(CLINIC_REPORT, 13))
    )
    piece = next(a for a in page.articles if a.column == "湘江评论")
    assert piece.byline == "贺远舟"
    report = next(a for a in page.articles if a.dateline)
    assert "贺远舟" not in report.kicker + report.title + report.subtitle
